"""Decode recordings from memory into 16 kHz float32 waveforms.

Everything happens on in-memory buffers (PyAV over ``io.BytesIO``): plaintext
audio never touches the disk. Bad input raises :class:`AudioError` with one
line saying what is wrong and what to do; messages never contain audio
content.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from scribe.errors import AudioError

logger = logging.getLogger("scribe")

SAMPLE_RATE = 16000

# A recording counts as silent when its peak stays below -50 dBFS and its RMS
# below -60 dBFS: quieter than any usable microphone signal (room noise from a
# real recorder sits around -60..-45 dBFS RMS, speech around -30..-15 dBFS).
SILENCE_PEAK = 10 ** (-50 / 20)  # ~0.0032
SILENCE_RMS = 10 ** (-60 / 20)  # 0.001

# Stereo is kept per channel only when the two channels actually differ;
# a mono recording duplicated to two channels is treated as mono.
_DUPLICATE_CHANNEL_TOLERANCE = 1e-3


@dataclass(frozen=True)
class DecodedAudio:
    """A decoded recording: mono mixdown plus, for stereo sources, each channel."""

    waveform: np.ndarray  # float32, mono, 16 kHz, shape (n,)
    sample_rate: int = SAMPLE_RATE
    channels: np.ndarray | None = None  # float32, shape (n_channels, n) for stereo sources
    duration: float = 0.0

    @classmethod
    def from_array(cls, waveform: np.ndarray, sample_rate: int = SAMPLE_RATE) -> DecodedAudio:
        """Wrap an already decoded mono 16 kHz array (tests, synthetic audio)."""
        if sample_rate != SAMPLE_RATE:
            raise ValueError(f"sample_rate must be {SAMPLE_RATE}, got {sample_rate}")
        wav = np.ascontiguousarray(waveform, dtype=np.float32).reshape(-1)
        return cls(waveform=wav, sample_rate=SAMPLE_RATE, channels=None, duration=len(wav) / SAMPLE_RATE)


def _read_bytes(data: bytes | bytearray | memoryview | BinaryIO | str | Path) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, (str, Path)):
        path = Path(data)
        if not path.is_file():
            raise AudioError(f"audio file not found: {path.name}; check the path")
        return path.read_bytes()
    if hasattr(data, "read"):
        return bytes(data.read())
    raise TypeError(f"expected bytes, a binary file object or a path, got {type(data).__name__}")


def _too_long(max_seconds: float, duration: float | None = None) -> AudioError:
    limit = f"{max_seconds / 60:.0f} min" if max_seconds >= 60 else f"{max_seconds:g} s"
    length = f"{duration / 60:.1f} min, limit {limit}" if duration is not None else f"over the {limit} limit"
    return AudioError(
        f"the audio is too long ({length}); split the recording or raise the limit (SCRIBE_MAX_AUDIO_SECONDS)"
    )


def _declared_duration(container: Any, stream: Any) -> float | None:
    """Seconds the container's header claims for ``stream`` (None when it does not say)."""
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        import av

        return float(container.duration) / av.time_base
    return None


def _decode_pcm(raw: bytes, max_seconds: float) -> tuple[np.ndarray, int]:
    """Decode and resample to 16 kHz float32, keeping channels: returns ((c, n), n_source_channels).

    A few hundred KB of FLAC can hold hours of silence, so the limit is enforced
    twice: from the header before decoding, and on the decoded sample count
    (headers can lie or be absent), which keeps memory bounded by ``max_seconds``.
    """
    import av  # PyAV ships with faster-whisper

    try:
        container = av.open(io.BytesIO(raw), mode="r", metadata_errors="ignore")
    except av.error.InvalidDataError as e:
        raise AudioError(
            "not a recognised audio file (unknown or invalid format); "
            "export the recording as WAV, FLAC, MP3, M4A, OGG or WebM"
        ) from e
    except (av.error.FFmpegError, OSError, ValueError) as e:
        raise AudioError(
            "the audio container cannot be opened (corrupt or truncated); re-export or re-transfer the recording"
        ) from e

    with container:
        if not container.streams.audio:
            raise AudioError("the file has no audio stream; export the recording as an audio file")
        stream = container.streams.audio[0]
        declared = _declared_duration(container, stream)
        if declared is not None and declared > max_seconds:
            raise _too_long(max_seconds, declared)
        stream.codec_context.thread_type = "AUTO"
        n_channels = max(1, int(stream.codec_context.channels or 1))
        layout = "stereo" if n_channels >= 2 else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
        max_samples = int(max_seconds * SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        n_samples = 0

        def keep(frames: list[Any]) -> None:
            nonlocal n_samples
            for out in frames:
                n_samples += out.samples
                if n_samples > max_samples:
                    raise _too_long(max_seconds)
                chunks.append(out.to_ndarray())

        try:
            for frame in container.decode(stream):
                keep(resampler.resample(frame))
            keep(resampler.resample(None))
        except AudioError:
            for chunk in chunks:  # the refused recording's samples do not linger in freed memory
                chunk.fill(0)
            raise
        except (av.error.FFmpegError, ValueError) as e:
            if not chunks:
                raise AudioError(
                    "the audio stream cannot be decoded (corrupt or truncated); re-export or re-transfer the recording"
                ) from e
            # A damaged tail after good audio: keep what decoded, say so in the log.
            logger.warning("audio decode stopped early (%s); using the decoded part", type(e).__name__)
    if not chunks:
        return np.zeros((1, 0), dtype=np.float32), n_channels
    pcm = np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
    return pcm, n_channels


def decode(
    data: bytes | bytearray | memoryview | BinaryIO | str | Path,
    *,
    max_seconds: float = 4 * 3600,
    min_seconds: float = 1.0,
) -> DecodedAudio:
    """Decode a recording (WAV, FLAC, MP3, M4A/AAC, OGG/Opus, WebM; any rate) to 16 kHz.

    Raises :class:`AudioError` for empty input, non-audio or corrupt data,
    recordings shorter than ``min_seconds`` or longer than ``max_seconds``,
    and recordings that are silent throughout (see ``SILENCE_PEAK``/``SILENCE_RMS``).
    """
    raw = _read_bytes(data)
    if not raw:
        raise AudioError("the audio is empty (0 bytes); check that the recorder saved the session")
    pcm, n_source_channels = _decode_pcm(raw, max_seconds)
    n = pcm.shape[1]
    duration = n / SAMPLE_RATE
    if n == 0:
        raise AudioError(
            "the audio stream contains no samples (empty or truncated); re-export or re-transfer the recording"
        )
    if duration < min_seconds:
        raise AudioError(
            f"the audio is too short ({duration:.2f} s, minimum {min_seconds:g} s); record the full session"
        )

    mono = pcm.mean(axis=0) if pcm.shape[0] > 1 else pcm[0]
    mono = np.ascontiguousarray(mono, dtype=np.float32)
    peak = float(np.max(np.abs(pcm)))
    rms = float(np.sqrt(np.mean(np.square(pcm, dtype=np.float64))))
    if peak < SILENCE_PEAK and rms < SILENCE_RMS:
        raise AudioError(
            "the audio is silent throughout (peak below -50 dBFS); "
            "check the microphone and the recorder's input settings"
        )

    channels: np.ndarray | None = None
    if n_source_channels >= 2 and pcm.shape[0] >= 2:
        diff = float(np.max(np.abs(pcm[0] - pcm[1])))
        if diff > _DUPLICATE_CHANNEL_TOLERANCE * max(peak, 1e-9):
            channels = np.ascontiguousarray(pcm[:2], dtype=np.float32)
    logger.debug(
        "decoded audio: %.1f s, %d source channel(s), stereo kept: %s",
        duration,
        n_source_channels,
        channels is not None,
    )
    return DecodedAudio(waveform=mono, sample_rate=SAMPLE_RATE, channels=channels, duration=duration)
