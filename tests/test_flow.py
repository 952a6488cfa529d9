"""The Prefect flow on real models: failure paths keep audio safe; retries finish cleanly."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from scribe.errors import AudioError, IntegrityError, NotFoundError, ScribeError

pytestmark = pytest.mark.pipeline
FLITE = Path("/usr/bin/flite")


def _speech(tmp_path: Path) -> bytes:
    """Two flite voices, a few seconds each (a tiny real two-speaker recording)."""
    parts = []
    for i, (voice, text) in enumerate(
        [
            ("slt", "Welcome back. How has your week been since we last met?"),
            ("rms", "It has been a hard week. I have been sleeping badly and feeling tense at work."),
            ("slt", "Thank you for telling me. Let us look at what helped last time."),
        ]
    ):
        out = tmp_path / f"p{i}.wav"
        subprocess.run([str(FLITE), "-voice", voice, "-t", text, "-o", str(out)], check=True)
        parts.append(str(out))
    joined = tmp_path / "joined.wav"
    subprocess.run(["sox", *parts, "-r", "16000", str(joined)], check=True)
    return joined.read_bytes()


@pytest.fixture
def ingested(keys):  # type: ignore[no-untyped-def]
    """The store the flow itself opens (same SCRIBE_HOME, same key file)."""
    from scribe import pipeline
    from scribe.config import get_settings

    return pipeline.open_store(get_settings())


def _run(ref: str):  # type: ignore[no-untyped-def]
    from flows.process_session import process_session

    return process_session(ref)


def test_tampered_vault_file_fails_and_stores_nothing(prefect_harness, ingested) -> None:  # type: ignore[no-untyped-def]
    store = ingested
    path = store.ingest("t1", io.BytesIO(b"\x00" * 50_000))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError):
        _run(store.session("t1").ref)
    info = store.session("t1")
    assert info.state == "failed" and info.error_kind == "IntegrityError"
    assert info.has_audio and path.exists()  # still encrypted, never shredded
    with pytest.raises(NotFoundError):
        store.read_blob("t1", "transcript")


def test_not_audio_fails_with_audio_error_and_keeps_vault_copy(prefect_harness, ingested) -> None:  # type: ignore[no-untyped-def]
    store = ingested
    store.ingest("t2", io.BytesIO(b"this is not audio at all " * 400))
    with pytest.raises(AudioError):
        _run(store.session("t2").ref)
    info = store.session("t2")
    assert info.state == "failed" and info.error_kind == "AudioError" and info.has_audio


@pytest.mark.skipif(not FLITE.exists(), reason="needs Debian flite")
def test_crash_between_commit_and_shred_is_finished_by_retry(prefect_harness, ingested, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scribe import pipeline

    store = ingested
    store.ingest("t3", io.BytesIO(_speech(tmp_path)))
    ref = store.session("t3").ref

    def crash(*a, **k):  # type: ignore[no-untyped-def]
        raise ScribeError("power cut")

    monkeypatch.setattr(pipeline, "stage_shred", crash)
    with pytest.raises(ScribeError):
        _run(ref)
    info = store.session("t3")
    assert info.state == "processed" and info.has_audio  # notes committed, audio not yet destroyed
    monkeypatch.undo()
    assert _run(ref)["resumed"] is True
    info = store.session("t3")
    assert info.audio_shredded and not info.has_audio
    transcript = store.read_blob("t3", "transcript")
    assert b"week" in transcript
    assert [e["action"] for e in store.audit_entries("t3")].count("session.processed") == 1
    assert store.verify_audit().ok


def test_prefect_sees_only_opaque_refs_and_keeps_no_results() -> None:
    from prefect.cache_policies import NO_CACHE

    from flows import process_session as fp

    assert set(fp.process_session.parameters.properties) == {"ref", "num_speakers", "min_speakers", "max_speakers"}
    assert fp.process_session.persist_result is False
    tasks = [fp.decrypt_task, fp.decode_task, fp.transcribe_task, fp.diarize_task, fp.attribute_task,
             fp.extract_task, fp.commit_task, fp.shred_task]
    assert [t.name for t in tasks] == list(fp.STAGES)
    for t in tasks:
        assert t.persist_result is False and t.cache_policy is NO_CACHE


def test_third_party_exception_text_never_reaches_prefect(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from flows import process_session as fp
    from scribe import pipeline

    fp.WORK["r1"] = pipeline.SessionWork(session_id="s1")

    def leaky(*a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("client said: my code word is periwinkle zeppelin")

    monkeypatch.setattr(pipeline, "stage_decode", leaky)
    try:
        with pytest.raises(fp.StageError) as info:
            fp.decode_task.fn("r1")
    finally:
        fp.WORK.pop("r1", None)
    assert str(info.value) == "decode failed (RuntimeError) ref=r1"
    assert info.value.__cause__ is None and info.value.__suppress_context__
    original = fp.take_failure("r1")  # what the CLI shows: the kind, never the library's text
    assert isinstance(original, fp.StageError) and str(original) == "decode failed (RuntimeError)"


def test_session_work_wipe_zeroes_plaintext_buffers() -> None:
    import numpy as np

    from scribe import pipeline
    from scribe.audio import DecodedAudio

    work = pipeline.SessionWork(session_id="s1")
    work.audio = bytearray(b"\x01" * 1000)
    wave = np.ones(16000, dtype=np.float32)
    work.decoded = DecodedAudio.from_array(wave)
    kept = work.decoded.waveform
    audio = work.audio
    work.wipe()
    assert work.audio is None and work.decoded is None
    assert not any(audio) and not kept.any()
