"""The stages of processing one session, as plain functions over in-memory state.

``flows/process_session.py`` wraps each stage in a Prefect task. Stages pass a
:class:`SessionWork` held in this process's memory, keyed by the session's
opaque ``ref``; Prefect only ever sees that ref. Plaintext audio is zeroed as
soon as it has been decoded.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from scribe.config import Settings, get_settings
from scribe.errors import NotFoundError
from scribe.store.store import Store
from scribe.transcript import Transcript
from scribe.vault.keys import FileKeyProvider

log = logging.getLogger("scribe")
ProgressHook = Callable[..., None]

DEFAULT_META = {"modality": "in-person", "note_format": "SOAP", "session_type": "individual"}


@dataclass
class SessionWork:
    """Everything one run holds in memory; never persisted, never handed to Prefect."""

    session_id: str
    meta: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    audio: bytearray | None = None
    decoded: Any = None
    words: list[Any] = field(default_factory=list)
    duration: float = 0.0
    diarization: Any = None
    transcript: Transcript | None = None
    extraction: dict[str, Any] | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    # The enrolled clinician whose voice was matched (assigns an unassigned session to them).
    matched_clinician: str | None = None

    def wipe(self) -> None:
        if self.audio is not None:
            self.audio[:] = bytes(len(self.audio))
        self.audio = None
        _zero_decoded(self.decoded)
        self.decoded = None


def _zero_decoded(decoded: Any) -> None:
    """Overwrite decoded sample buffers so the session's audio does not linger in freed memory."""
    for name in ("waveform", "channels"):
        array = getattr(decoded, name, None)
        if isinstance(array, np.ndarray) and array.flags.writeable:
            array.fill(0)


@lru_cache(maxsize=4)
def _store_for(
    home: Path,
    key_path: Path,
    passphrase: str | None,
    segment_size: int,
    max_ingest_bytes: int,
    unprocessed_retention_hours: float,
    audit_witness: Path | None,
    database_url: str | None,
) -> Store:
    return Store(
        home,
        FileKeyProvider(key_path, passphrase),
        segment_size=segment_size,
        max_ingest_bytes=max_ingest_bytes,
        unprocessed_retention_hours=unprocessed_retention_hours,
        audit_witness=audit_witness,
        database_url=database_url,
    )


def open_store(settings: Settings | None = None) -> Store:
    s = settings or get_settings()
    return _store_for(
        s.home,
        s.key_path,
        s.key_passphrase,
        s.segment_size,
        s.max_ingest_bytes,
        s.unprocessed_audio_retention_hours,
        s.audit_witness_file,
        s.database_url,
    )


def load_meta(store: Store, session_id: str) -> dict[str, Any]:
    try:
        meta = json.loads(store.read_blob(session_id, "meta", actor="pipeline"))
    except NotFoundError:  # no facts given at ingest; a tampered blob still fails the run
        meta = {}
    return {**DEFAULT_META, "date": date.today().isoformat(), **meta}


# -- stages -------------------------------------------------------------------------


def stage_decrypt(work: SessionWork, store: Store) -> dict[str, Any]:
    work.audio = store.read_audio(work.session_id)
    return {"bytes": len(work.audio)}


def stage_decode(work: SessionWork, settings: Settings) -> dict[str, Any]:
    from scribe.audio import decode

    assert work.audio is not None
    try:
        work.decoded = decode(work.audio, max_seconds=settings.max_audio_seconds)
    finally:
        # The compressed plaintext is no longer needed: zero it now, not at exit.
        work.audio[:] = bytes(len(work.audio))
        work.audio = None
    work.duration = float(work.decoded.duration)
    return {"seconds": round(work.duration, 2)}


def stage_transcribe(work: SessionWork, settings: Settings, hook: ProgressHook | None = None) -> dict[str, Any]:
    from scribe.models import resolve_asr_model
    from scribe.transcribe import CLINICAL_TERMS, TranscribeOptions, load_model, transcribe

    device = settings.resolved_device()
    model_dir = resolve_asr_model(settings.asr_model, settings.models_dir)
    model = load_model(str(model_dir), device)
    options = TranscribeOptions(hotwords=CLINICAL_TERMS if settings.asr_hotwords else None)
    result = transcribe(work.decoded.waveform, model, options, batched=device == "cuda", hook=hook)
    work.words = result.words
    return {"words": len(result.words)}


def stage_diarize(work: SessionWork, settings: Settings, hook: ProgressHook | None = None) -> dict[str, Any]:
    from scribe.diarize import diarize

    device = "cuda" if settings.resolved_device() == "cuda" else "cpu"
    work.diarization = diarize(
        work.decoded,
        num_speakers=work.options.get("num_speakers"),
        min_speakers=work.options.get("min_speakers"),
        max_speakers=work.options.get("max_speakers"),
        hook=hook,
        model_dir=settings.diarization_model_dir,
        device=device,
    )
    return {"speakers": len(work.diarization.embeddings)}


def stage_attribute(work: SessionWork, store: Store, settings: Settings) -> dict[str, Any]:
    from scribe.attribute import apply_roles, assign_roles, assign_speakers, build_turns, matched_clinician

    segments = work.diarization.segments if work.diarization is not None else []
    # Words go to the speaker of the exclusive (one-voice-at-a-time) timeline; overlap uses the full one.
    exclusive = getattr(work.diarization, "exclusive_segments", None) or segments
    words = assign_speakers(work.words, exclusive)
    turns = build_turns(words, segments)
    enrolled = {
        name: np.frombuffer(blob, dtype=np.float32) for name, blob in store.clinician_voiceprints().items()
    }
    speakers = assign_roles(
        turns,
        work.diarization.embeddings if work.diarization is not None else {},
        enrolled,
        threshold=settings.clinician_match_threshold,
        session_type=work.meta.get("session_type", "individual"),
    )
    apply_roles(turns, speakers)
    embeddings = work.diarization.embeddings if work.diarization is not None else {}
    work.matched_clinician = matched_clinician(speakers, embeddings, enrolled)
    work.transcript = Transcript(turns=turns, duration=work.duration, speakers=speakers, meta=dict(work.meta))
    _zero_decoded(work.decoded)
    work.decoded = None
    return {"turns": len(turns), "speakers": len(speakers)}


def stage_extract(work: SessionWork, settings: Settings) -> dict[str, Any]:
    from scribe.extract import extract

    assert work.transcript is not None
    session = work.transcript.to_input(work.session_id)
    work.extraction = extract(
        session,
        engine=settings.extract_engine,
        llm_model_dir=settings.llm_model_dir,
        device="cuda" if settings.resolved_device() == "cuda" else "cpu",
    )
    stats = work.extraction.get("stats", {})
    return {k: v for k, v in stats.items() if isinstance(v, int | float)}


def stage_commit(work: SessionWork, store: Store, settings: Settings) -> dict[str, Any]:
    assert work.transcript is not None
    blobs = {"transcript": json.dumps(work.transcript.to_dict()).encode()}
    if work.extraction is not None:
        blobs["progress"] = json.dumps({"progress_note": work.extraction["progress_note"]}).encode()
        blobs["psychotherapy"] = json.dumps({"psychotherapy_note": work.extraction["psychotherapy_note"]}).encode()
    from scribe.store.review import ReviewStore

    # The workspace is sealed to the session's clinician in the same transaction, when there is one.
    blobs, seal_workspace = ReviewStore(store).commit_hook(work.session_id, blobs, work.matched_clinician)
    store.commit_results(
        work.session_id, blobs, retain_audio_hours=settings.audio_retention_hours, within=seal_workspace
    )
    return {"stored": sorted(blobs)}


def stage_shred(work: SessionWork, store: Store, settings: Settings) -> dict[str, Any]:
    if settings.audio_retention_hours > 0:
        return {"shredded": False, "retained_hours": settings.audio_retention_hours}
    cert = store.shred_audio(work.session_id, actor="pipeline", reason="processed")
    return {"shredded": True, "audit_seq": cert["audit_seq"]}
