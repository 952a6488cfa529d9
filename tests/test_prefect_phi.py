"""Invariant 2 on the failure paths: Prefect's database and API never hold a session id.

Session ids are made from dates and names ("2026-03-14-smith"), so they are PHI.
Every stage is failed in turn, with scribe's own error and with a third-party
one whose messages name the session; the real flow runs under the embedded
Prefect API, then every table of its SQLite file (states, task runs, logs,
events and their resources) and its read API are searched for the id.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from scribe.errors import AudioError, NotFoundError, ScribeError

NEEDLE = "smith"  # in every session id below
MOCKED_STAGES = ("transcribe", "diarize", "attribute", "extract", "commit", "shred")


@pytest.fixture
def store(keys):  # type: ignore[no-untyped-def]
    """The store the flow itself opens (same SCRIBE_HOME, same key file)."""
    from scribe import pipeline
    from scribe.config import get_settings

    return pipeline.open_store(get_settings())


def _fail_stage(monkeypatch: pytest.MonkeyPatch, stage: str, exc: Exception) -> None:
    """Earlier stages succeed without models; ``stage`` raises ``exc``."""
    from scribe import pipeline

    def ok(*args: Any, **kwargs: Any) -> dict[str, Any]:
        return {}

    def fail(*args: Any, **kwargs: Any) -> dict[str, Any]:
        raise exc

    for name in ("decrypt", "decode", *MOCKED_STAGES):
        monkeypatch.setattr(pipeline, f"stage_{name}", fail if name == stage else ok)
        if name == stage:
            return


def _prefect_db() -> Path:
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL

    url = PREFECT_SERVER_DATABASE_CONNECTION_URL.value()
    assert url and url.startswith("sqlite+aiosqlite:///"), url
    return Path(url.removeprefix("sqlite+aiosqlite:///"))


def _wait_for_final_events(db: Path, flow_run_ids: list[str]) -> None:
    """Events reach the table through the server's persister (flushed every few seconds)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=30)
    EventsWorker.drain_all(timeout=30)
    wanted = {f"prefect.flow-run.{i}" for i in flow_run_ids}
    deadline = time.monotonic() + 120
    while True:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            seen = {r for (r,) in con.execute("SELECT resource_id FROM events WHERE event = 'prefect.flow-run.Failed'")}
        if wanted <= seen:
            return
        assert time.monotonic() < deadline, f"final events never persisted: {sorted(wanted - seen)}"
        time.sleep(0.5)


def _db_hits(db: Path, needle: str) -> list[str]:
    hits = []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(v.decode(errors="replace") if isinstance(v, bytes) else str(v) for v in row)
                if needle in text.lower():
                    hits.append(f"{table}: {text[:300]}")
    # Whatever the tables say, nothing in the files either (freed pages, the WAL).
    for path in db.parent.glob(db.name + "*"):
        if needle.encode() in path.read_bytes().lower():
            hits.append(f"file {path.name}")
    return hits


def _api_hits(needle: str) -> list[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import LogSort

    texts: list[str] = []
    with get_client(sync_client=True) as client:
        for run in client.read_flow_runs(limit=200):
            texts.append(run.model_dump_json())
            texts += [s.model_dump_json() for s in client.read_flow_run_states(run.id)]
        for task_run in client.read_task_runs(limit=200):
            texts.append(task_run.model_dump_json())
            texts += [s.model_dump_json() for s in client.read_task_run_states(task_run.id)]
        offset = 0
        while logs := client.read_logs(limit=200, offset=offset, sort=LogSort.TIMESTAMP_ASC):
            texts += [log.model_dump_json() for log in logs]
            offset += len(logs)
        page = client.read_events(limit=50)  # the API caps a page at 50
        while True:
            texts += [event.model_dump_json() for event in page.events]
            if not page.next_page:
                break
            page = client.read_events_page(str(page.next_page))
    return [t[:300] for t in texts if needle in t.lower()]


def _raiser(exc: Exception) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise exc

    return fail


def test_no_failure_puts_the_session_id_into_prefect(prefect_harness, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from flows import process_session as fp
    from scribe import pipeline

    # (where it fails, session id, exception kind Prefect sees, its cause's name, the CLI's message)
    cases: list[tuple[str, str, type[ScribeError], str, str | None]] = []

    sid = "2026-03-14-smith-decrypt"
    store.ingest(sid, io.BytesIO(os.urandom(20_000))).unlink()  # the vault file is missing
    cases.append(("decrypt", sid, NotFoundError, "NotFoundError", None))
    sid = "2026-03-14-smith-decode"
    store.ingest(sid, io.BytesIO(os.urandom(20_000)))
    cases.append(("decode", sid, AudioError, "AudioError", None))
    for stage in MOCKED_STAGES:
        sid = f"2026-03-14-smith-{stage}-own"
        cases.append((stage, sid, ScribeError, "ScribeError", f"cannot {stage} session {sid!r}"))
        sid = f"2026-03-14-smith-{stage}-lib"
        cases.append((stage, sid, fp.StageError, "RuntimeError", f"{stage} failed (RuntimeError)"))
    sid = "2026-03-14-smith-meta"  # the flow body itself, outside any task
    cases.append(("process-session", sid, ScribeError, "ScribeError", f"no facts for session {sid!r}"))

    refs = []
    for where, sid, kind, cause, cli_message in cases:
        if where not in ("decrypt", "decode"):
            store.ingest(sid, io.BytesIO(os.urandom(2_000)))
        ref = store.session(sid).ref
        refs.append(ref)
        with monkeypatch.context() as patch:
            if where == "process-session":
                patch.setattr(pipeline, "load_meta", _raiser(ScribeError(cli_message or "")))
            elif where in MOCKED_STAGES:
                leak = kind(cli_message) if cause == "ScribeError" else RuntimeError(f"{where} of {sid} went wrong")
                _fail_stage(patch, where, leak)
            with pytest.raises(kind) as raised:
                fp.process_session(ref)
        # Prefect saw the kind and the ref only ...
        assert type(raised.value) is kind
        assert str(raised.value) == f"{where} failed ({cause}) ref={ref}"
        assert raised.value.__cause__ is None and raised.value.__suppress_context__
        # ... while this process keeps the helpful message for the CLI, once.
        original = fp.take_failure(ref)
        assert isinstance(original, kind) and original is not raised.value
        if cli_message is not None:
            assert str(original) == cli_message
        assert fp.take_failure(ref) is None

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        runs = [r for r in client.read_flow_runs(limit=200) if r.parameters.get("ref") in refs]
    assert len(runs) == len(cases) and {r.state_name for r in runs} == {"Failed"}
    db = _prefect_db()
    _wait_for_final_events(db, [str(r.id) for r in runs])
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        # The right database: it holds these failures' logs and events.
        assert con.execute("SELECT count(*) FROM log WHERE level >= 40").fetchone()[0] >= len(cases)
        assert con.execute("SELECT count(*) FROM event_resources").fetchone()[0] > 0
    assert _db_hits(db, NEEDLE) == []
    assert _api_hits(NEEDLE) == []


def _scribe(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "scribe"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "scribe.cli"]
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=300, check=False)


def test_bad_input_prints_one_line_and_prefect_keeps_no_session_id(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
    env["SCRIBE_HOME"] = str(home)
    assert _scribe("keys", "init", env=env).returncode == 0
    noise = tmp_path / "recording.wav"
    noise.write_bytes(os.urandom(20_000))
    sid = "2026-03-14-smith"

    proc = _scribe("run", str(noise), "--session-id", sid, env=env)

    assert proc.returncode != 0
    lines = proc.stderr.splitlines()
    progress = [line for line in lines if line.startswith(f"{sid}: [")]  # cli.Progress without a terminal
    others = [line for line in lines if line not in progress]
    assert len(others) == 1 and others[0].startswith("scribe: error: "), proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    prefect_db = home / "prefect" / "prefect.db"
    assert prefect_db.exists()  # the run was recorded, without the id
    assert _db_hits(prefect_db, NEEDLE) == []
