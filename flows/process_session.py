"""Prefect flow: one run per session, parameters are opaque refs only.

Each task is a thin wrapper over a stage in :mod:`scribe.pipeline`. Nothing a
task returns or raises carries PHI: results are small counts; an exception that
crosses into Prefect is a :class:`ScribeError` of the original kind whose
message is only ``"<stage> failed (<Kind>) ref=<ref>"`` (the original stays in
this process, see :func:`take_failure`); task results are never persisted and
never cached by input. The same code runs embedded (no server) or against a
Prefect server when ``PREFECT_API_URL`` is set.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import types
from collections.abc import Callable
from typing import Any, NamedTuple

from scribe.config import get_settings, harden_environment

harden_environment()

from prefect import flow, task  # noqa: E402  (the environment must be hardened first)
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.settings import PREFECT_API_URL  # noqa: E402

from scribe import pipeline  # noqa: E402
from scribe.errors import AuditError, ScribeError, ShredUnprovenError  # noqa: E402

# Transient failures (the database unreachable, an I/O hiccup) are retried with backoff;
# permanent ones (bad audio, tampering, a missing model) never are.
RETRY_DELAYS_S: list[float] = [2.0, 10.0, 30.0]


def _ephemeral_server_dies_with_this_process() -> None:
    """Linux: the embedded Prefect API server is SIGKILLed by the kernel when the process that started it dies.

    Prefect starts it as a uvicorn subprocess and stops it only from an atexit hook, which a
    SIGKILL or the OOM killer never runs: the server would outlive us, serving run history on
    loopback. Only ``prefect.server.api.server`` sees this Popen; nothing else is patched.
    """
    if not sys.platform.startswith("linux") or PREFECT_API_URL.value():
        return
    import ctypes

    from prefect.server.api import server

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1

    class Popen(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            parent = os.getpid()

            def die_with_parent() -> None:  # runs in the child between fork and exec
                if prctl(pr_set_pdeathsig, signal.SIGKILL) != 0 or os.getppid() != parent:
                    os._exit(1)

            kwargs.setdefault("preexec_fn", die_with_parent)
            super().__init__(*args, **kwargs)

    guarded = types.ModuleType("subprocess")
    guarded.__dict__.update(vars(subprocess))
    guarded.Popen = Popen  # type: ignore[attr-defined]
    server.subprocess = guarded  # type: ignore[attr-defined]


_ephemeral_server_dies_with_this_process()

StageFn = Callable[[pipeline.SessionWork, Any], dict[str, Any]]

# In-process state of runs in this process, keyed by ref; never leaves memory.
WORK: dict[str, pipeline.SessionWork] = {}
# Optional progress callback set by the CLI (same process); never a parameter.
PROGRESS: dict[str, pipeline.ProgressHook] = {}


class Failure(NamedTuple):
    original: BaseException  # what the CLI shows: scribe's own message, which may name the session
    safe: ScribeError  # what Prefect saw: the kind and the ref only


# Failures of runs in this process, keyed by ref; never leaves memory.
FAILURES: dict[str, Failure] = {}

STAGES = ("decrypt", "decode", "transcribe", "diarize", "attribute", "extract", "commit", "shred")


class StageError(ScribeError):
    """A stage failed with a non-scribe exception; only its type is kept."""


def _prefect_safe(where: str, ref: str, exc: Exception) -> ScribeError:
    """The exception that may cross into Prefect: the error kind and the opaque ref, no message.

    scribe's messages name sessions (ids are often dates and names); third-party
    messages may quote data. The original is kept in :data:`FAILURES` for the CLI.
    """
    known = FAILURES.get(ref)
    if known is not None and known.safe is exc:
        return exc  # a task's failure passing through the flow body
    kind = type(exc) if isinstance(exc, ScribeError) else StageError
    failed = f"{where} failed ({type(exc).__name__})"
    # Third-party text never reaches even the CLI: it gets the kind, as Prefect does.
    original = exc if isinstance(exc, ScribeError) else StageError(failed)
    safe = kind(f"{failed} ref={ref}")
    # A shred that could not prove its key gone (a reader held the table) is worth another try too.
    safe.retryable = isinstance(exc, AuditError | ShredUnprovenError | OSError | TimeoutError)  # type: ignore[attr-defined]
    FAILURES[ref] = Failure(original, safe)
    return safe


def _transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect's retry condition: retry only what :func:`_prefect_safe` marked transient."""
    return bool(getattr(state.data, "retryable", False))


def take_failure(ref: str) -> BaseException | None:
    """The original exception of this process's failed run of ``ref`` (for the CLI), once."""
    failure = FAILURES.pop(ref, None)
    return failure.original if failure else None


def _stage(name: str) -> Callable[[StageFn], Any]:
    def wrap(fn: StageFn) -> Any:
        def run(ref: str) -> dict[str, Any]:
            try:
                work = WORK[ref]
                hook = PROGRESS.get(ref)
                if hook:
                    hook("stage", name, completed=STAGES.index(name), total=len(STAGES))
                return fn(work, hook)
            except Exception as exc:
                raise _prefect_safe(name, ref, exc) from None

        run.__name__ = f"{name}_task"
        return task(
            name=name,
            persist_result=False,
            cache_policy=NO_CACHE,
            retries=len(RETRY_DELAYS_S),
            retry_delay_seconds=RETRY_DELAYS_S,
            retry_condition_fn=_transient,
        )(run)

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
    FAILURES.pop(ref, None)
    try:
        return _process(ref, {"num_speakers": num_speakers, "min_speakers": min_speakers, "max_speakers": max_speakers})
    except Exception as exc:
        safe = _prefect_safe("process-session", ref, exc)
        if safe is exc:
            raise
        raise safe from None


def _process(ref: str, speakers: dict[str, int | None]) -> dict[str, Any]:
    settings, store = _ctx()
    info = store.session_by_ref(ref)
    if info.state == "processed":
        # A retry after a crash between commit and shred: finish the shred, nothing else.
        if (info.has_audio or info.shred_pending) and settings.audio_retention_hours <= 0:
            store.shred_audio(info.id, actor="pipeline", reason="processed")
        return {"state": "processed", "resumed": True}
    owner = f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
    # Refused while another run holds a live lease: one session is never processed twice at once.
    if not store.claim_processing(info.id, owner, lease_seconds=settings.lease_seconds):
        return {"state": "processed", "resumed": True}
    lease = _LeaseKeeper(store, info.id, owner, settings.lease_seconds)
    lease.start()
    work = WORK.setdefault(ref, pipeline.SessionWork(session_id=info.id))
    stats: dict[str, Any] = {}
    try:
        work.meta = pipeline.load_meta(store, info.id)
        work.options.update({k: v for k, v in speakers.items() if v})
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
        lease.stop()
        work.wipe()
        WORK.pop(ref, None)
    return {"state": "processed", **{k: v for k, v in stats.items() if k != "extract"}}


class _LeaseKeeper(threading.Thread):
    """Renews this run's processing lease until the run ends; a killed worker stops renewing it."""

    def __init__(self, store: Any, session_id: str, owner: str, seconds: float) -> None:
        super().__init__(name="scribe-lease", daemon=True)
        self._store, self._session_id, self._owner, self._seconds = store, session_id, owner, seconds
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self._seconds / 4):
            try:
                self._store.renew_lease(self._session_id, self._owner, lease_seconds=self._seconds)
            except ScribeError:
                continue  # the database is briefly unreachable: the next beat tries again

    def stop(self) -> None:
        self._done.set()
