"""Speech to words with faster-whisper: VAD, word timestamps, clinical vocabulary.

The model is loaded once per process (:func:`load_model`); inference takes a
16 kHz float32 array, so plaintext audio never needs a file.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from scribe.errors import ModelError
from scribe.transcript import Word

log = logging.getLogger("scribe")

ProgressHook = Callable[..., None]

# Psychiatric medications, diagnoses and therapy terms Whisper tends to mishear.
CLINICAL_TERMS = (
    "sertraline Zoloft fluoxetine Prozac escitalopram Lexapro citalopram Celexa paroxetine "
    "venlafaxine Effexor duloxetine Cymbalta bupropion Wellbutrin mirtazapine trazodone "
    "lithium lamotrigine Lamictal quetiapine Seroquel aripiprazole Abilify olanzapine "
    "risperidone clonazepam Klonopin alprazolam Xanax lorazepam Ativan buspirone hydroxyzine "
    "Adderall methylphenidate Ritalin prazosin naltrexone milligrams PTSD OCD ADHD bipolar "
    "CBT DBT EMDR"
)


@dataclass(frozen=True)
class TranscribeOptions:
    language: str = "en"
    beam_size: int = 5
    vad_filter: bool = True
    word_timestamps: bool = True
    # Guards against Whisper's known failure modes: loops and hallucinated text on silence.
    condition_on_previous_text: bool = False
    no_speech_threshold: float = 0.6
    compression_ratio_threshold: float = 2.4
    log_prob_threshold: float = -1.0
    hallucination_silence_threshold: float | None = 2.0
    hotwords: str | None = None
    batch_size: int = 8
    vad_parameters: dict[str, Any] = field(default_factory=lambda: {"min_silence_duration_ms": 500})


@lru_cache(maxsize=1)
def onnxruntime_telemetry_off() -> None:
    """Keep onnxruntime (faster-whisper's Silero VAD runs on it) from queueing telemetry.

    It ignores DO_NOT_TRACK and writes a record under ~/.cache/Microsoft/DeveloperTools
    when it is imported, unless ORT_DISABLE_TELEMETRY=1 is set before that import
    (``harden_environment`` sets it; this covers library use without it).
    """
    switched_off = os.environ.get("ORT_DISABLE_TELEMETRY") == "1"
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    ort = sys.modules.get("onnxruntime")
    if ort is not None and not switched_off:  # imported before the switch: stop what still can be
        ort.disable_telemetry_events()
        log.warning("onnxruntime was imported before its telemetry was disabled; call harden_environment() first")


# Long recordings are transcribed in slices cut in silence: faster-whisper computes
# log-mel features for its whole input at once, so memory would grow with the session.
MAX_SLICE_SECONDS = 600.0
SAMPLE_RATE = 16000


def slice_bounds(waveform: np.ndarray, max_seconds: float = MAX_SLICE_SECONDS) -> list[tuple[int, int]]:
    """Sample ranges of at most ``max_seconds``, cut in the middle of pauses where there are any."""
    n, limit = len(waveform), int(max_seconds * SAMPLE_RATE)
    if n <= limit:
        return [(0, n)]
    onnxruntime_telemetry_off()
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    speech = get_speech_timestamps(waveform, VadOptions(min_silence_duration_ms=300))
    pauses = [(a["end"] + b["start"]) // 2 for a, b in zip(speech, speech[1:], strict=False)]
    bounds, start = [], 0
    while n - start > limit:
        in_reach = [p for p in pauses if start + limit // 2 < p <= start + limit]
        cut = max(in_reach) if in_reach else start + limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


@dataclass(frozen=True)
class TranscriptionResult:
    words: list[Word]
    duration: float
    language: str
    segments: int


def cpu_threads() -> int:
    """Threads for CTranslate2 on CPU: the cores this process may use, at most 4 (its default).

    CTranslate2 runs 4 threads whatever the machine; on the 2-core box that
    oversubscription cost 2.8-3.3x wall time (120 s of speech, tiny.en, beam 5:
    7.4-10.1 s with 2 threads, 21.0-33.8 s with 4, same words).
    """
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 4
    return max(1, min(4, available))


@lru_cache(maxsize=4)
def load_model(model_dir: str, device: str = "cpu", compute_type: str | None = None) -> Any:
    """Load a CTranslate2 Whisper model from a local directory (never from a hub)."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelError("transcription requires faster-whisper; run `make install`") from exc
    if compute_type is None:
        compute_type = "float16" if device == "cuda" else "int8"
    try:
        return WhisperModel(
            model_dir,
            device=device,
            compute_type=compute_type,
            cpu_threads=cpu_threads() if device == "cpu" else 0,
            local_files_only=True,
        )
    except Exception as exc:
        raise ModelError(
            f"could not load the ASR model at {model_dir} ({type(exc).__name__}); "
            "check `scribe models list`"
        ) from None


def transcribe(
    waveform: np.ndarray,
    model: Any,
    options: TranscribeOptions | None = None,
    *,
    batched: bool = False,
    hook: ProgressHook | None = None,
) -> TranscriptionResult:
    """Transcribe a 16 kHz mono float32 waveform into timed words (long audio in slices)."""
    opts = options or TranscribeOptions()
    if opts.vad_filter:
        onnxruntime_telemetry_off()
    duration = float(len(waveform)) / SAMPLE_RATE
    words: list[Word] = []
    n_segments = 0
    language = opts.language
    for start, end in slice_bounds(waveform):
        offset = start / SAMPLE_RATE
        part_hook = _shifted(hook, offset, duration) if hook is not None else None
        part_words, part_segments, language = _transcribe_slice(waveform[start:end], model, opts, batched, part_hook)
        words.extend(
            Word(start=round(w.start + offset, 3), end=round(w.end + offset, 3), text=w.text, probability=w.probability)
            for w in part_words
        )
        n_segments += part_segments
    log.info("transcribed: %d segments, %d words, %.1f s audio", n_segments, len(words), duration)
    return TranscriptionResult(words=words, duration=duration, language=language, segments=n_segments)


def _shifted(hook: ProgressHook, offset: float, duration: float) -> ProgressHook:
    """A slice's progress, reported against the whole recording."""

    def shifted(step: str, artifact: Any, *, completed: float, total: float) -> None:
        hook(step, artifact, completed=offset + completed, total=duration)

    return shifted


def _transcribe_slice(
    waveform: np.ndarray, model: Any, opts: TranscribeOptions, batched: bool, hook: ProgressHook | None
) -> tuple[list[Word], int, str]:
    duration = float(len(waveform)) / SAMPLE_RATE
    kwargs: dict[str, Any] = dict(
        language=opts.language,
        beam_size=opts.beam_size,
        vad_filter=opts.vad_filter,
        vad_parameters=opts.vad_parameters,
        word_timestamps=opts.word_timestamps,
        condition_on_previous_text=opts.condition_on_previous_text,
        no_speech_threshold=opts.no_speech_threshold,
        compression_ratio_threshold=opts.compression_ratio_threshold,
        log_prob_threshold=opts.log_prob_threshold,
        hotwords=opts.hotwords,
    )
    if batched:
        from faster_whisper import BatchedInferencePipeline

        segments_iter, info = BatchedInferencePipeline(model=model).transcribe(
            waveform, batch_size=opts.batch_size, **kwargs
        )
    else:
        kwargs["hallucination_silence_threshold"] = opts.hallucination_silence_threshold
        segments_iter, info = model.transcribe(waveform, **kwargs)

    words: list[Word] = []
    n_segments = 0
    for segment in segments_iter:
        n_segments += 1
        # A segment Whisper itself thinks is probably not speech is dropped, not kept as text.
        if segment.no_speech_prob > opts.no_speech_threshold and segment.avg_logprob < opts.log_prob_threshold:
            continue
        for w in segment.words or []:
            text = w.word.strip()
            if text:
                words.append(Word(start=round(w.start, 3), end=round(w.end, 3), text=text, probability=round(w.probability, 4)))
        if hook is not None:
            hook("transcribe", None, completed=min(segment.end, duration), total=duration)
    return words, n_segments, info.language
