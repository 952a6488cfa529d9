"""Service mode: recorder files flow in unattended and run on Prefect workers.

* :func:`deploy` creates or updates work pool ``scribe`` (process type) and the
  deployment ``process-session/scribe`` on the Prefect API (``PREFECT_API_URL``);
  running it twice changes nothing.
* :class:`Inbox` takes each recorder ``.sca`` file once: it waits until a file
  has stopped changing, claims it by an atomic rename (two workers never take
  the same file), ingests it, and removes the inbox copy.
* :func:`reconcile` submits a flow run for every session that needs one: newly
  ingested, or left in ``processing`` by a run whose lease lapsed (a killed
  worker). Prefect's work pool is the queue; nothing here is a queue of its own.
* :class:`InProcessWorker` is Prefect's process worker with one change: it runs
  each flow run in this long-lived process, so models load once per box and are
  reused across sessions (``prefect worker start -p scribe`` works too, loading
  models per run).

Nothing here logs or prints a session id: output names the opaque ref.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from scribe.errors import (
    AudioError,
    AuditError,
    ConfigError,
    IntegrityError,
    KeyAccessError,
    ShredUnprovenError,
    StateError,
)
from scribe.store.store import SessionInfo, Store, _fsync_dir

log = logging.getLogger("scribe")

POOL = "scribe"
DEPLOYMENT_NAME = "scribe"
DEPLOYMENT = f"process-session/{DEPLOYMENT_NAME}"
# A run's first act is to claim its session under a lease. A run still Pending or Running this long
# with its session unclaimed belongs to a worker that died before the claim (scaled to the lease by
# `serve`). Resubmitting a live one is harmless: the lease lets exactly one of the two process it.
STALE_UNCLAIMED = timedelta(minutes=2)
MIN_UNCLAIMED = timedelta(seconds=30)
Report = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


# -- deployment ------------------------------------------------------------------------------


def deploy(*, pool_concurrency: int | None = None) -> tuple[str, str]:
    """Create or update the work pool and the deployment; returns (pool name, deployment id)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate, WorkPoolUpdate
    from prefect.deployments.runner import EntrypointType
    from prefect.exceptions import ObjectNotFound
    from prefect.utilities.asyncutils import run_coro_as_sync
    from prefect.workers.process import ProcessWorker

    from flows.process_session import process_session

    async def ensure_pool() -> None:
        async with get_client() as client:
            try:
                await client.read_work_pool(POOL)
                await client.update_work_pool(POOL, WorkPoolUpdate(concurrency_limit=pool_concurrency))
            except ObjectNotFound:
                await client.create_work_pool(
                    WorkPoolCreate(
                        name=POOL,
                        type=ProcessWorker.type,
                        base_job_template=ProcessWorker.get_default_base_job_template(),
                        concurrency_limit=pool_concurrency,
                        description="scribe sessions: one flow run per session, parameters are opaque refs",
                    )
                )

    run_coro_as_sync(ensure_pool())
    deployment = process_session.to_deployment(
        name=DEPLOYMENT_NAME,
        work_pool_name=POOL,
        # The installed package, not a file path: any box with scribe installed can run it.
        entrypoint_type=EntrypointType.MODULE_PATH,
        description="Decrypt, transcribe, diarize, extract, commit, shred one session (parameter: its opaque ref).",
    )
    # Called from sync code, to_deployment/apply return values, not coroutines.
    deployment_id = deployment.apply()  # type: ignore[union-attr]
    return POOL, str(deployment_id)


def submit(store: Store, info: SessionInfo) -> str:
    """One flow run of the deployment for this session; the run id is recorded on the session."""
    from prefect.deployments import run_deployment

    run = run_deployment(DEPLOYMENT, parameters={"ref": info.ref}, timeout=0)
    flow_run_id = str(run.id)  # type: ignore[union-attr]
    store.record_flow_run(info.id, flow_run_id)
    return flow_run_id


# -- the inbox ---------------------------------------------------------------------------------


@dataclass
class Inbox:
    """Recorder files dropped in ``path``: each one ingested exactly once, by exactly one worker."""

    path: Path
    store: Store
    settle_seconds: float = 5.0
    report: Report = _quiet
    # a file claimed by a worker on another box this long ago, still not ingested, was left by a dead worker
    stale_claim_seconds: float = 3600.0
    _sizes: dict[Path, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sub in ("", ".claimed", ".rejected"):
            (self.path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)

    def ready(self) -> list[Path]:
        """Files that stopped changing: older than the settle time and the same size as last scan.

        Hidden and ``.partial``/``.tmp`` names are a recorder still writing;
        symlinks are never followed (the target is not ours to remove).
        """
        now = time.time()
        ready: list[Path] = []
        seen: dict[Path, int] = {}
        for path in sorted(self.path.glob("*.sca")):
            if path.name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            st = path.stat()
            seen[path] = st.st_size
            if now - st.st_mtime >= self.settle_seconds and self._sizes.get(path) == st.st_size:
                ready.append(path)
        self._sizes = seen
        return ready

    def recover(self) -> int:
        """Put back in the inbox every claimed file its worker died holding, for the next scan to take.

        A claim names its worker (``NAME.host-pid``): dead is a pid no longer running on this box, or any
        other worker's claim older than ``stale_claim_seconds``. Without this a worker killed between claim and ingest
        would leave the recording on disk and never processed. One whose ingest had already committed
        is refused by the store as already ingested and goes to ``.rejected``; its audio is in the vault.
        """
        put_back = 0
        host = socket.gethostname()
        for claimed in sorted((self.path / ".claimed").iterdir()):
            if claimed.is_symlink() or not claimed.is_file() or "." not in claimed.name:
                continue
            original, owner = claimed.name.rsplit(".", 1)
            owner_host, _, pid = owner.rpartition("-")
            mine = owner_host == host and pid == str(os.getpid())
            gone = owner_host == host and pid.isdigit() and not mine and not _running(int(pid))
            dead = gone or (not mine and time.time() - claimed.stat().st_ctime > self.stale_claim_seconds)
            if not dead or (self.path / original).exists():
                continue
            try:
                os.rename(claimed, self.path / original)
            except FileNotFoundError:
                continue  # another worker put it back first
            put_back += 1
            self.report("put back an inbox file a stopped worker had claimed; the next scan takes it")
        return put_back

    def claim(self, path: Path) -> Path | None:
        """Atomically move the file out of the inbox; None if another worker took it first."""
        target = self.path / ".claimed" / f"{path.name}.{socket.gethostname()}-{os.getpid()}"
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        return target

    def ingest(self, claimed: Path) -> SessionInfo | None:
        """Ingest a claimed file; the copy goes once it is safely in the vault.

        Permanent failures (tampered or truncated, a recording already used, not
        audio, a retired key) move it to ``.rejected``; a transient one (the
        database unreachable) puts it back in the inbox for the next scan.
        """
        original = claimed.name.rsplit(".", 1)[0]
        session_id = self._session_id(Path(original).stem)
        try:
            with open(claimed, "rb") as src:
                self.store.ingest(session_id, src, actor="worker")
        except AuditError:
            os.rename(claimed, self.path / original)
            self.report("store unreachable; the file stays in the inbox for the next scan")
            return None
        except (IntegrityError, StateError, AudioError, KeyAccessError, ConfigError) as exc:
            rejected = self.path / ".rejected" / original
            os.rename(claimed, rejected)
            self.report(f"rejected an inbox file ({type(exc).__name__}); it is in {rejected.parent}")
            return None
        claimed.unlink()
        _fsync_dir(claimed.parent)
        return self.store.session(session_id)

    def _session_id(self, stem: str) -> str:
        """The recorder's file name when it is a usable, unused id; a random one otherwise."""
        import uuid

        if stem and len(stem) <= 128 and stem.isprintable():
            try:
                self.store.session(stem)
            except Exception:  # noqa: BLE001  (not found: the name is free)
                return stem
        return uuid.uuid4().hex[:12]

    def poll(self) -> list[SessionInfo]:
        """One pass: files stopped workers held put back, then every ready file claimed and ingested."""
        self.recover()
        taken: list[SessionInfo] = []
        for path in self.ready():
            claimed = self.claim(path)
            if claimed is None:
                continue
            info = self.ingest(claimed)
            if info is not None:
                self.report(f"ingested an inbox file as ref {info.ref}")
                taken.append(info)
        return taken


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


# -- reconciliation ----------------------------------------------------------------------------


def reconcile(
    store: Store,
    submit_fn: Callable[[Store, SessionInfo], str] = submit,
    run_state: Callable[[str], tuple[str, datetime | None]] | None = None,
    report: Report = _quiet,
    mark_crashed: Callable[[str], None] | None = None,
    unclaimed_grace: timedelta = STALE_UNCLAIMED,
) -> list[str]:
    """Submit a run for every session that needs one; returns the refs submitted.

    Needs one: ingested and never submitted; ingested with a run that failed,
    crashed or was cancelled, or that has sat Pending or Running longer than
    ``unclaimed_grace`` without claiming its session (its worker died between
    taking the run and the claim); processing under a lapsed lease (its run
    died with its worker). A session whose run is newly scheduled or holds a
    live lease is left alone. A processed session whose shred is still
    pending is shredded here.
    """
    run_state = run_state or _prefect_run_state
    submitted: list[str] = []
    due = {i.id: i for i in store.sessions_to_resume()}
    stalled = {i.id for i in due.values() if i.state == "processing"}  # runs Prefect still shows as alive
    for info in store.sessions():
        if info.state == "ingested" and info.flow_run_id and info.id not in due:
            state, since = run_state(info.flow_run_id)
            stale = state in ("PENDING", "RUNNING") and since is not None and datetime.now(UTC) - since > unclaimed_grace
            if state in ("FAILED", "CRASHED", "CANCELLED", "MISSING") or stale:
                due[info.id] = info
            if stale:
                stalled.add(info.id)
    for info in store.sessions():
        if info.shred_pending and info.state == "processed":
            # Notes committed, key deleted, deletion not yet proven (a reader held the table): finish it.
            try:
                store.shred_audio(info.id, actor="worker", reason="processed")
                report(f"finished the pending shred of ref {info.ref}")
            except ShredUnprovenError:
                report(f"shred of ref {info.ref} still pending: another connection holds the key table")
    for info in due.values():
        if info.state == "processing":
            report(f"resuming ref {info.ref}: its run stopped renewing its lease")
        elif info.id in stalled:
            report(f"resubmitting ref {info.ref}: its run never claimed the session (its worker died first)")
        if info.flow_run_id and info.id in stalled and mark_crashed is not None:
            mark_crashed(info.flow_run_id)  # Prefect would show the dead run as running forever
        submit_fn(store, info)
        submitted.append(info.ref)
    return submitted


def _prefect_mark_crashed(flow_run_id: str) -> None:
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.states import Crashed

    with get_client(sync_client=True) as client:
        client.set_flow_run_state(UUID(flow_run_id), Crashed(message="its worker died; the session was resumed"), force=True)


def _prefect_run_state(flow_run_id: str) -> tuple[str, datetime | None]:
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            run = client.read_flow_run(UUID(flow_run_id))
        except ObjectNotFound:
            return "MISSING", None
    if run.state is None:
        return "MISSING", None
    return run.state.type.value, run.state.timestamp


# -- the worker --------------------------------------------------------------------------------


def in_process_worker(limit: int = 1) -> Any:
    """Prefect's process worker for pool ``scribe``, running each flow run inside this process."""
    import anyio
    from prefect.flow_engine import run_flow
    from prefect.workers.process import ProcessWorker, ProcessWorkerResult

    from flows import process_session as fp

    class InProcessWorker(ProcessWorker):
        async def run(self, flow_run: Any, configuration: Any, task_status: Any = None) -> ProcessWorkerResult:
            if task_status is not None:
                task_status.started(os.getpid())

            def execute() -> None:
                # The flow records its own final state; its failures are already PHI-free.
                run_flow(fp.process_session, flow_run=flow_run, parameters=flow_run.parameters, return_type="state")
                fp.FAILURES.pop(str(flow_run.parameters.get("ref")), None)

            await anyio.to_thread.run_sync(execute)
            return ProcessWorkerResult(status_code=0, identifier=str(os.getpid()))

    return InProcessWorker(work_pool_name=POOL, limit=limit, name=f"scribe-{socket.gethostname()}-{os.getpid()}")


def serve(
    store: Store,
    inbox: Inbox,
    *,
    execute: bool = True,
    limit: int = 1,
    poll_seconds: float = 2.0,
    reconcile_seconds: float = 30.0,
    stop: threading.Event | None = None,
    report: Report = _quiet,
    lease_seconds: float | None = None,
) -> None:
    """The `scribe worker` loop: inbox → ingest → submit, resume dead runs, and (unless told not to) execute runs."""
    stop = stop or threading.Event()
    worker_thread: threading.Thread | None = None
    if execute:
        from prefect.utilities.asyncutils import run_coro_as_sync

        worker = in_process_worker(limit)

        def run_worker() -> None:
            run_coro_as_sync(worker.start(run_once=False, printer=lambda *_a, **_k: None))

        worker_thread = threading.Thread(target=run_worker, name="scribe-prefect-worker", daemon=True)
        worker_thread.start()
        report(f"running flow runs of pool {POOL!r} in this process (limit {limit})")
    grace = STALE_UNCLAIMED if lease_seconds is None else max(timedelta(seconds=lease_seconds), MIN_UNCLAIMED)
    last_reconcile = 0.0
    while not stop.is_set():
        for info in inbox.poll():
            try:
                submit(store, info)
            except Exception as exc:  # noqa: BLE001  (the reconciler submits it next time)
                report(f"could not submit ref {info.ref} ({type(exc).__name__}); will retry")
        if time.monotonic() - last_reconcile >= reconcile_seconds:
            last_reconcile = time.monotonic()
            try:
                reconcile(store, report=report, mark_crashed=_prefect_mark_crashed, unclaimed_grace=grace)
            except Exception as exc:  # noqa: BLE001  (Prefect or the database briefly away)
                report(f"reconciliation skipped ({type(exc).__name__}); will retry")
        stop.wait(poll_seconds)


__all__ = ["deploy", "submit", "Inbox", "reconcile", "in_process_worker", "serve", "POOL", "DEPLOYMENT"]
