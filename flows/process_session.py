"""Prefect flow: one run per session, parameters are opaque refs only.

Each task is a thin wrapper over a stage in :mod:`scribe.pipeline`. Nothing a
task returns or raises carries PHI: results are small counts, exceptions are
:class:`ScribeError` kinds, task results are never persisted and never cached
by input. The same code runs embedded (no server) or against a Prefect server
when ``PREFECT_API_URL`` is set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scribe.config import get_settings, harden_environment

harden_environment()

from prefect import flow, task  # noqa: E402  (the environment must be hardened first)
from prefect.cache_policies import NO_CACHE  # noqa: E402

from scribe import pipeline  # noqa: E402
from scribe.errors import ScribeError  # noqa: E402

StageFn = Callable[[pipeline.SessionWork, Any], dict[str, Any]]

# In-process state of runs in this process, keyed by ref; never leaves memory.
WORK: dict[str, pipeline.SessionWork] = {}
# Optional progress callback set by the CLI (same process); never a parameter.
PROGRESS: dict[str, pipeline.ProgressHook] = {}

STAGES = ("decrypt", "decode", "transcribe", "diarize", "attribute", "extract", "commit", "shred")


class StageError(ScribeError):
    """A stage failed with a non-scribe exception; only its type is kept."""


def _stage(name: str) -> Callable[[StageFn], Any]:
    def wrap(fn: StageFn) -> Any:
        def run(ref: str) -> dict[str, Any]:
            work = WORK[ref]
            hook = PROGRESS.get(ref)
            if hook:
                hook("stage", name, completed=STAGES.index(name), total=len(STAGES))
            try:
                return fn(work, hook)
            except ScribeError:
                raise
            except Exception as exc:
                # Third-party messages may quote data; keep only the exception type.
                raise StageError(f"{name} failed ({type(exc).__name__})") from None

        run.__name__ = f"{name}_task"
        return task(name=name, persist_result=False, cache_policy=NO_CACHE, retries=0)(run)

    return wrap


def _ctx() -> tuple[Any, Any]:
    settings = get_settings()
    return settings, pipeline.open_store(settings)


@_stage("decrypt")
def decrypt_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    return pipeline.stage_decrypt(work, _ctx()[1])


@_stage("decode")
def decode_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    return pipeline.stage_decode(work, _ctx()[0])


@_stage("transcribe")
def transcribe_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    return pipeline.stage_transcribe(work, _ctx()[0], hook)


@_stage("diarize")
def diarize_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    return pipeline.stage_diarize(work, _ctx()[0], hook)


@_stage("attribute")
def attribute_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    settings, store = _ctx()
    return pipeline.stage_attribute(work, store, settings)


@_stage("extract")
def extract_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    return pipeline.stage_extract(work, _ctx()[0])


@_stage("commit")
def commit_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    settings, store = _ctx()
    return pipeline.stage_commit(work, store, settings)


@_stage("shred")
def shred_task(work: pipeline.SessionWork, hook: Any) -> dict[str, Any]:
    settings, store = _ctx()
    return pipeline.stage_shred(work, store, settings)


@flow(name="process-session", persist_result=False, log_prints=False, validate_parameters=True)
def process_session(
    ref: str, num_speakers: int | None = None, min_speakers: int | None = None, max_speakers: int | None = None
) -> dict[str, Any]:
    """Decrypt → decode → transcribe → diarize → attribute → extract → commit → shred."""
    settings, store = _ctx()
    info = store.session_by_ref(ref)
    if info.state == "processed":
        # A retry after a crash between commit and shred: finish the shred, nothing else.
        if info.has_audio and settings.audio_retention_hours <= 0:
            store.shred_audio(info.id, actor="pipeline", reason="processed")
        return {"state": "processed", "resumed": True}
    work = WORK.setdefault(ref, pipeline.SessionWork(session_id=info.id))
    work.meta = pipeline.load_meta(store, info.id)
    work.options.update(
        {k: v for k, v in (("num_speakers", num_speakers), ("min_speakers", min_speakers), ("max_speakers", max_speakers)) if v}
    )
    stats: dict[str, Any] = {}
    try:
        store.set_state(info.id, "processing")
        for step in (decrypt_task, decode_task, transcribe_task, diarize_task, attribute_task, extract_task, commit_task):
            stats[step.name] = step(ref)
        stats["shred"] = shred_task(ref)
    except ScribeError as exc:
        # The audio stays encrypted in the vault for a retry; nothing partial was stored.
        # Once committed, the notes stand: a failed shred is finished by the next run.
        if store.session(info.id).state != "processed":
            store.set_state(info.id, "failed", error_kind=type(exc).__name__)
        raise
    finally:
        work.wipe()
        WORK.pop(ref, None)
    return {"state": "processed", **{k: v for k, v in stats.items() if k != "extract"}}
