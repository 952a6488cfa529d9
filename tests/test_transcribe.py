"""faster-whisper on the real tiny.en weights: words with times, and no words from silence or noise."""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from scribe.models import resolve_asr_model
from scribe.transcribe import CLINICAL_TERMS, TranscribeOptions, load_model, transcribe


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return load_model(str(resolve_asr_model("tiny.en", Path("/nonexistent"))), "cpu")


def _flite(tmp_path: Path, text: str) -> np.ndarray:
    if shutil.which("flite") is None:
        pytest.skip("needs Debian flite")
    out = tmp_path / "say.wav"
    subprocess.run(["flite", "-voice", "rms", "-t", text, "-o", str(out)], check=True)
    with wave.open(str(out)) as f:
        pcm = np.frombuffer(f.readframes(f.getnframes()), dtype=np.int16).astype(np.float32) / 32768
        rate = f.getframerate()
    idx = np.arange(0, len(pcm), rate / 16000)
    return np.interp(idx, np.arange(len(pcm)), pcm).astype(np.float32)


def test_words_have_ordered_timestamps_and_progress(model, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    audio = _flite(tmp_path, "I have been taking sertraline every morning, and I sleep a little better now.")
    calls = []
    result = transcribe(audio, model, TranscribeOptions(hotwords=CLINICAL_TERMS), hook=lambda *a, **k: calls.append(k))
    text = " ".join(w.text for w in result.words).lower()
    assert "sertraline" in text and "morning" in text
    starts = [w.start for w in result.words]
    assert starts == sorted(starts) and all(w.end >= w.start for w in result.words)
    assert result.words[-1].end <= result.duration + 0.1
    assert calls and calls[-1]["total"] == pytest.approx(result.duration)


def test_noise_and_silence_produce_no_words(model) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(0)
    quiet_noise = (rng.standard_normal(16000 * 8) * 0.003).astype(np.float32)
    assert transcribe(quiet_noise, model).words == []
    assert transcribe(np.zeros(16000 * 5, dtype=np.float32), model).words == []


def test_guard_options_default_to_safe_values() -> None:
    opts = TranscribeOptions()
    assert opts.vad_filter and opts.word_timestamps and not opts.condition_on_previous_text


def test_long_audio_is_sliced_in_pauses_and_times_are_offset(model, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scribe import transcribe as tr

    speech = _flite(tmp_path, "Thank you for coming in today.")
    pause = np.zeros(16000 * 2, dtype=np.float32)
    audio = np.concatenate([speech, pause, speech, pause, speech])
    bounds = tr.slice_bounds(audio, max_seconds=(len(speech) + len(pause)) / 16000 + 0.5)
    assert len(bounds) == 3 and bounds[0][0] == 0 and bounds[-1][1] == len(audio)
    for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False):
        assert end == start and np.abs(audio[end - 800 : end + 800]).max() == 0  # cut inside a pause
    monkeypatch.setattr(tr, "MAX_SLICE_SECONDS", (len(speech) + len(pause)) / 16000 + 0.5)
    monkeypatch.setattr(tr, "slice_bounds", lambda w: bounds)
    result = tr.transcribe(audio, model)
    thanks = [w.start for w in result.words if w.text.lower().startswith("thank")]
    assert len(thanks) == 3
    assert thanks[1] > bounds[1][0] / 16000 - 0.5 and thanks[2] > bounds[2][0] / 16000 - 0.5


def test_cpu_threads_never_exceed_the_cores_this_process_may_use(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os

    from scribe import transcribe as tr

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert tr.cpu_threads() == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    assert tr.cpu_threads() == 4  # CTranslate2's own default stays the ceiling
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert tr.cpu_threads() == 1


def test_cpu_model_is_loaded_with_that_many_threads(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import faster_whisper

    from scribe import transcribe as tr

    seen: dict = {}
    monkeypatch.setattr(faster_whisper, "WhisperModel", lambda path, **kw: seen.update(kw) or object())
    monkeypatch.setattr(tr, "cpu_threads", lambda: 2)
    tr.load_model.__wrapped__("/models/tiny.en", "cpu")
    assert seen["cpu_threads"] == 2 and seen["compute_type"] == "int8" and seen["local_files_only"]
    tr.load_model.__wrapped__("/models/tiny.en", "cuda")
    assert seen["cpu_threads"] == 0 and seen["compute_type"] == "float16"
