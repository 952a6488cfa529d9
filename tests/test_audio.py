"""Decoding: every container recorders produce, and each bad-input case."""

from __future__ import annotations

import io
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from scribe.audio import SAMPLE_RATE, DecodedAudio, decode
from scribe.errors import AudioError

# (container format, codec, file suffix, encoder sample rate)
FORMATS = [
    ("wav", "pcm_s16le", "wav", 44100),
    ("flac", "flac", "flac", 22050),
    ("mp3", "libmp3lame", "mp3", 44100),
    ("ipod", "aac", "m4a", 48000),
    ("ogg", "libopus", "opus", 48000),
    ("webm", "libopus", "webm", 48000),
]


def tone(seconds: float, rate: int, freq: float = 220.0, amp: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def encode(samples: np.ndarray, rate: int, fmt: str = "wav", codec: str = "pcm_s16le") -> bytes:
    """Encode (n,) mono or (2, n) stereo float samples into an in-memory container."""
    planar = np.atleast_2d(samples).astype(np.float32)
    layout = "stereo" if planar.shape[0] == 2 else "mono"
    buf = io.BytesIO()
    with av.open(buf, mode="w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout, options={"strict": "experimental"})
        assert isinstance(stream, av.AudioStream) and stream.codec_context.codec.audio_formats
        fmt_name = stream.codec_context.codec.audio_formats[0].name
        frame_size = stream.codec_context.frame_size or 1024
        resampler = av.AudioResampler(format=fmt_name, layout=layout, rate=rate)
        for i in range(0, planar.shape[1], frame_size):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(planar[:, i : i + frame_size]), format="fltp", layout=layout
            )
            frame.sample_rate = rate
            frame.pts = i
            frame.time_base = Fraction(1, rate)
            for rf in resampler.resample(frame):
                for pkt in stream.encode(rf):
                    out.mux(pkt)
        for pkt in stream.encode(None):
            out.mux(pkt)
    return buf.getvalue()


@pytest.mark.parametrize(("fmt", "codec", "suffix", "rate"), FORMATS)
def test_decodes_each_format(fmt: str, codec: str, suffix: str, rate: int) -> None:
    data = encode(tone(2.0, rate), rate, fmt, codec)
    audio = decode(data)
    assert isinstance(audio, DecodedAudio)
    assert audio.sample_rate == SAMPLE_RATE
    assert audio.waveform.dtype == np.float32 and audio.waveform.ndim == 1
    assert audio.duration == pytest.approx(2.0, abs=0.1)
    assert audio.channels is None
    rms = float(np.sqrt(np.mean(audio.waveform**2)))
    assert rms == pytest.approx(0.3 / np.sqrt(2), rel=0.15)


@pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed")
def test_decodes_ogg_vorbis_from_sox(tmp_path: Path) -> None:
    path = tmp_path / "clip.ogg"
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", "1", str(path), "synth", "2", "sine", "220", "vol", "0.3"],
        check=True,
    )
    audio = decode(path.read_bytes())
    assert audio.duration == pytest.approx(2.0, abs=0.05)


def test_accepts_path_and_file_object(tmp_path: Path) -> None:
    data = encode(tone(1.5, 8000), 8000)
    path = tmp_path / "clip.wav"
    path.write_bytes(data)
    assert decode(path).duration == pytest.approx(1.5, abs=0.01)
    assert decode(str(path)).duration == pytest.approx(1.5, abs=0.01)
    assert decode(io.BytesIO(data)).duration == pytest.approx(1.5, abs=0.01)


def test_stereo_with_distinct_channels_is_kept() -> None:
    left = tone(2.0, 44100, 220.0)
    right = np.zeros_like(left)
    audio = decode(encode(np.stack([left, right]), 44100))
    assert audio.channels is not None
    assert audio.channels.shape == (2, len(audio.waveform))
    energy = np.sqrt(np.mean(audio.channels**2, axis=1))
    assert energy[0] > 0.1 and energy[1] < 1e-3
    # the mono mixdown is the channel average
    np.testing.assert_allclose(audio.waveform, audio.channels.mean(axis=0), atol=1e-6)


def test_stereo_duplicate_of_mono_is_mono() -> None:
    x = tone(2.0, 16000)
    audio = decode(encode(np.stack([x, x]), 16000))
    assert audio.channels is None


def test_empty_input() -> None:
    with pytest.raises(AudioError, match="empty"):
        decode(b"")


def test_not_audio() -> None:
    with pytest.raises(AudioError, match="not a recognised audio file|cannot be opened"):
        decode(b"%PDF-1.7 this is a text document, not a recording\n" * 20)


def test_truncated_container() -> None:
    data = encode(tone(2.0, 48000), 48000, "ipod", "aac")
    with pytest.raises(AudioError, match="corrupt or truncated|no samples|too short|not a recognised"):
        decode(data[: len(data) // 3])


def test_corrupt_header() -> None:
    data = bytearray(encode(tone(2.0, 16000), 16000, "flac", "flac"))
    data[4:200] = b"\x00" * 196
    with pytest.raises(AudioError):
        decode(bytes(data))


def test_too_short() -> None:
    with pytest.raises(AudioError, match="too short"):
        decode(encode(tone(0.5, 16000), 16000))


def test_silence() -> None:
    with pytest.raises(AudioError, match="silent"):
        decode(encode(np.zeros(32000, dtype=np.float32), 16000))


def test_quiet_speech_level_is_not_silence() -> None:
    # -40 dBFS peak is quiet but usable
    assert decode(encode(tone(2.0, 16000, amp=0.01), 16000)).duration > 1.9


def test_too_long() -> None:
    with pytest.raises(AudioError, match="too long"):
        decode(encode(tone(3.0, 8000), 8000), max_seconds=2.0)


@pytest.mark.parametrize("rate", [16000, 44100])
def test_exactly_the_limit_is_accepted(rate: int) -> None:
    """The header check and the decoded-sample cap both let a recording of exactly max_seconds through."""
    decoded = decode(encode(tone(2.0, rate), rate), max_seconds=2.0)
    assert decoded.duration == pytest.approx(2.0, abs=1e-3)


def test_stereo_limit_counts_seconds_not_samples_of_both_channels() -> None:
    stereo = np.stack([tone(3.0, 16000), tone(3.0, 16000, freq=330.0)])
    with pytest.raises(AudioError, match="too long"):
        decode(encode(stereo, 16000), max_seconds=2.0)
    assert decode(encode(stereo, 16000), max_seconds=3.0).channels is not None


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="not found"):
        decode(tmp_path / "nope.wav")
