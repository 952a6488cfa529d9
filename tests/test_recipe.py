"""The README's scale-out recipe, performed for real on loopback (slow; CI runs it).

A Prefect server on PostgreSQL, the notes store on PostgreSQL, `scribe deploy`
(twice: idempotent), two `scribe worker` processes sharing one inbox; recorder
files dropped in; one worker killed with SIGKILL mid-session and a fresh one
started. Every session must end processed exactly once, its audio shredded
after its notes committed, the audit chain intact, the inbox empty, and
Prefect's database must hold no session id.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.pipeline]
DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent
IDS = ("2026-03-14-smith", "2026-03-14-jones", "2026-03-15-garcia")


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str) -> Iterator[dict[str, str]]:
    """Prefect server + notes store on PostgreSQL, a practice key, the deployment."""
    from tests import pg
    from tests.prefect_server import prefect_server

    root = tmp_path_factory.mktemp("practice")
    with pg.database(postgres_admin_url) as prefect_db, pg.database(postgres_admin_url) as notes_db:
        with prefect_server(root / "prefect", prefect_db) as api:
            base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
            env = dict(
                base,
                SCRIBE_HOME=str(root / "home"),
                SCRIBE_DATABASE_URL=notes_db,
                SCRIBE_LEASE_SECONDS="8",
                PREFECT_API_URL=api,
                PREFECT_HOME=str(root / "client-prefect"),
            )
            yield {"env": json.dumps(env), "inbox": str(root / "inbox"), "prefect_db": prefect_db, "root": str(root)}


def _scribe(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "scribe"), *args], env=env, capture_output=True, text=True, check=check, timeout=600)


def _states(env: dict[str, str]) -> dict[str, str]:
    rows = json.loads(_scribe(env, "sessions", "list", "--json").stdout)
    return {r["id"]: r["state"] for r in rows}


def _worker(env: dict[str, str], inbox: str, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(BIN / "scribe"), "worker", "--inbox", inbox, "--settle", "1", "--poll", "1"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(log, "wb"), start_new_session=True,  # noqa: SIM115
    )


def test_scale_out_recipe_with_a_killed_worker(practice: dict[str, str]) -> None:
    env = json.loads(practice["env"])
    inbox = Path(practice["inbox"])
    inbox.mkdir()
    _scribe(env, "keys", "init")
    first = _scribe(env, "deploy").stdout.strip().splitlines()[-1]
    assert _scribe(env, "deploy").stdout.strip().splitlines()[-1] == first  # idempotent: same deployment

    root = Path(practice["root"])
    workers = [_worker(env, str(inbox), root / f"w{i}.log") for i in (1, 2)]
    try:
        recipient = _scribe(env, "keys", "recipient").stdout.strip()
        for sid in IDS:
            _scribe(env, "encrypt", str(DATA / "demo_session.ogg"), "-r", recipient, "-o", str(inbox / f"{sid}.sca"))

        # Kill whichever worker holds the first session that starts processing.
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and "processing" not in _states(env).values():
            time.sleep(1)
        assert "processing" in _states(env).values(), "no session started processing"
        os.killpg(workers[0].pid, signal.SIGKILL)
        workers[0].wait()
        workers.append(_worker(env, str(inbox), root / "w3.log"))

        while time.monotonic() < deadline:
            listed = json.loads(_scribe(env, "sessions", "list", "--json").stdout)
            # done: every session processed and its audio shredded (a pending shred is finished by a worker)
            if len(listed) == len(IDS) and {(r["state"], r["audio"]) for r in listed} == {("processed", "shredded")}:
                break
            time.sleep(2)
        assert _states(env) == {sid: "processed" for sid in IDS}, [p.read_text() for p in root.glob("w*.log")]
    finally:
        for w in workers:
            if w.poll() is None:
                os.killpg(w.pid, signal.SIGTERM)
                w.wait(timeout=60)

    for sid in IDS:
        entries = _scribe(env, "audit", "log", "--session", sid).stdout.splitlines()
        actions = [line.split("\t")[3] for line in entries]
        assert actions.count("session.processed") == 1, actions  # exactly once, never a duplicate note
        assert actions.index("session.processed") < actions.index("audio.shred")  # notes committed first
        assert json.loads(_scribe(env, "notes", "show", sid, "--kind", "progress", "--json").stdout)["progress_note"]
    listed = json.loads(_scribe(env, "sessions", "list", "--json").stdout)
    assert {r["audio"] for r in listed} == {"shredded"}
    assert _scribe(env, "audit", "verify").returncode == 0
    assert list(inbox.glob("*.sca")) == [] and list((inbox / ".rejected").iterdir()) == []

    import psycopg

    with psycopg.connect(practice["prefect_db"].replace("+psycopg", "")) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608
                text = " ".join(str(v) for v in row)
                for sid in IDS:
                    assert sid not in text and sid.split("-")[-1] not in text, (table, sid)
