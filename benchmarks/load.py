"""Load and faults: N sessions through 1 and 2 `scribe worker`s on a Prefect server, both on PostgreSQL.

    python benchmarks/load.py --sessions 20 --out benchmarks/out/load

Per worker count: a fresh notes database and SCRIBE_HOME, `scribe deploy`, the
workers started, N recorder files (the demo clip, each encrypted anew) dropped
into the inbox; sessions per hour = N / (time from the first drop until every
session is processed). The fault run (2 workers) also SIGKILLs one worker once
a session is processing and starts a fresh one, and stops PostgreSQL for a few
seconds mid-run. Every run is then checked: each session processed exactly
once, its audio shredded after its notes were committed, the audit chain
intact, the inbox empty, and no session id anywhere in Prefect's database.

PostgreSQL: `--database-url` (an admin URL), else `SCRIBE_TEST_DATABASE_URL`,
else a throwaway cluster from Debian's binaries (`apt-get install postgresql`);
stopping it for the fault needs the throwaway cluster (or `--pg-ctl-data DIR`).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests import pg  # noqa: E402  (the same loopback PostgreSQL and Prefect helpers the tests use)
from tests.prefect_server import prefect_server  # noqa: E402

BIN = Path(sys.executable).parent
CLIP = ROOT / "tests" / "data" / "demo_session.ogg"


def _scribe(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "scribe"), *args], env=env, capture_output=True, text=True, check=check, timeout=900)


def _states(env: dict[str, str]) -> dict[str, str]:
    try:
        rows = json.loads(_scribe(env, "sessions", "list", "--json").stdout)
    except (subprocess.CalledProcessError, ValueError):
        return {}  # the database is down for the fault: ask again
    return {r["id"]: r["state"] for r in rows}


def _worker(env: dict[str, str], inbox: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(BIN / "scribe"), "worker", "--inbox", str(inbox), "--settle", "1", "--poll", "1"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(log, "wb"), start_new_session=True,  # noqa: SIM115
    )


def _pg_pause(data_dir: Path | None, seconds: float) -> bool:
    """Stop PostgreSQL for ``seconds`` and start it again with the same options; False when it is not ours."""
    bin_dir = pg._bin_dir()  # noqa: SLF001
    if data_dir is None or bin_dir is None:
        return False
    ctl = pg._as_postgres  # noqa: SLF001
    # postmaster.opts holds the command line it was started with: start it again the same way.
    words = [w.strip('"') for w in (data_dir / "postmaster.opts").read_text().split()]
    options = " ".join(words[words.index("-D") + 2:]) if "-D" in words else ""
    subprocess.run(ctl([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "fast", "-w", "stop"]), check=True, capture_output=True)
    time.sleep(seconds)
    subprocess.run(
        ctl([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options, "-l", str(data_dir / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )
    return True


def run_once(
    admin_url: str, workers: int, sessions: int, *, faults: bool, pg_data: Path | None, report: Any
) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix=f"scribe-load-{workers}w-"))
    with pg.database(admin_url) as prefect_db, pg.database(admin_url) as notes_db, prefect_server(root / "prefect-server", prefect_db) as api:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
        env.update(
            SCRIBE_HOME=str(root / "home"), SCRIBE_DATABASE_URL=notes_db, SCRIBE_LEASE_SECONDS="10",
            PREFECT_API_URL=api, PREFECT_HOME=str(root / "client-prefect"),
        )
        inbox = root / "inbox"
        inbox.mkdir()
        procs: list[subprocess.Popen[bytes]] = []
        events: list[str] = []
        try:
            _scribe(env, "keys", "init")
            _scribe(env, "deploy")
            procs = [_worker(env, inbox, root / f"w{i}.log") for i in range(workers)]
            time.sleep(20)  # let the workers load; the clock starts at the first drop
            recipient = _scribe(env, "keys", "recipient").stdout.strip()
            ids = [f"load-{i:02d}" for i in range(sessions)]
            staged = root / "staged"
            staged.mkdir()
            for sid in ids:
                _scribe(env, "encrypt", str(CLIP), "-r", recipient, "-o", str(staged / f"{sid}.sca"))
            t0 = time.monotonic()
            for sid in ids:
                os.rename(staged / f"{sid}.sca", inbox / f"{sid}.sca")
            killed = paused = False
            deadline = t0 + 3600
            while time.monotonic() < deadline:
                states = _states(env)
                done = sum(v == "processed" for v in states.values())
                if faults and not killed and done >= 2 and "processing" in states.values():
                    os.killpg(procs[0].pid, signal.SIGKILL)
                    procs[0].wait()
                    procs.append(_worker(env, inbox, root / "w-restarted.log"))
                    killed = True
                    events.append(f"SIGKILL worker 0 at {time.monotonic() - t0:.0f} s; restarted")
                if faults and killed and not paused and done >= sessions // 2:
                    paused = _pg_pause(pg_data, 5)
                    events.append(f"PostgreSQL stopped 5 s at {time.monotonic() - t0:.0f} s" if paused else "PostgreSQL pause skipped (not our server)")
                    paused = True
                if len(states) == sessions and done == sessions:
                    break
                time.sleep(2)
            elapsed = time.monotonic() - t0
            final = _states(env)
        finally:
            for p in procs:
                if p.poll() is None:
                    os.killpg(p.pid, signal.SIGTERM)
                    p.wait(timeout=120)
        checks = _check(env, ids, final, inbox, prefect_db)
    result = {
        "workers": workers, "sessions": sessions, "faults": faults, "seconds": round(elapsed, 1),
        "sessions_per_hour": round(3600 * sum(v == "processed" for v in final.values()) / elapsed, 1),
        "events": events, **checks,
    }
    report(json.dumps(result))
    return result


def _check(env: dict[str, str], ids: list[str], final: dict[str, str], inbox: Path, prefect_db: str) -> dict[str, Any]:
    import psycopg

    once = after = 0
    for sid in ids:
        actions = [ln.split("\t")[3] for ln in _scribe(env, "audit", "log", "--session", sid).stdout.splitlines() if ln]
        once += actions.count("session.processed") == 1
        after += "audio.shred" in actions and actions.index("session.processed") < actions.index("audio.shred")
    leaks = 0
    with psycopg.connect(prefect_db.replace("+psycopg", "")) as conn:
        for (table,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall():
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608
                text = " ".join(str(v) for v in row)
                leaks += sum(sid in text for sid in ids)
    return {
        "processed": sum(v == "processed" for v in final.values()),
        "processed_exactly_once": once,
        "shredded_after_commit": after,
        "audit_intact": _scribe(env, "audit", "verify", check=False).returncode == 0,
        "inbox_left": len(list(inbox.glob("*.sca"))),
        "prefect_db_id_hits": leaks,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--database-url", default=os.environ.get("SCRIBE_TEST_DATABASE_URL"))
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "load")
    ap.add_argument("--no-faults", action="store_true")
    ap.add_argument("--faults-only", action="store_true", help="only the fault run (2 workers)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.database_url:
        os.environ["SCRIBE_TEST_DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("SCRIBE_TEST_DATABASE_URL", None)
    results = []
    with pg.server() as admin_url:
        if admin_url is None:
            raise SystemExit("PostgreSQL is not installed: apt-get install postgresql")
        pg_data = None if args.database_url else _own_data_dir(admin_url)
        for workers in () if args.faults_only else (1, 2):
            results.append(run_once(admin_url, workers, args.sessions, faults=False, pg_data=None, report=print))
        if not args.no_faults:
            results.append(run_once(admin_url, 2, args.sessions, faults=True, pg_data=pg_data, report=print))
    (args.out / "load.json").write_text(json.dumps(results, indent=1))
    lines = [
        "| workers | faults | sessions | processed | exactly once | shred after commit | audit | inbox left | ids in Prefect DB | sessions/hour |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['workers']} | {'; '.join(r['events']) or 'none'} | {r['sessions']} | {r['processed']} | {r['processed_exactly_once']} | "
            f"{r['shredded_after_commit']} | {'intact' if r['audit_intact'] else 'BROKEN'} | {r['inbox_left']} | {r['prefect_db_id_hits']} | "
            f"**{r['sessions_per_hour']}** |"
        )
    table = "\n".join(lines)
    (args.out / "load.md").write_text(table + "\n")
    print(table)


def _own_data_dir(admin_url: str) -> Path | None:
    """The data directory of the throwaway cluster tests/pg.py started (found by its port)."""
    port = admin_url.rsplit(":", 1)[1].split("/")[0]
    for candidate in Path(tempfile.gettempdir()).glob("scribe-pg-*/pgdata"):
        opts = candidate / "postmaster.opts"
        if opts.exists() and f"-p {port}" in opts.read_text().replace('"', ""):
            return candidate
    return None


if __name__ == "__main__":
    main()
