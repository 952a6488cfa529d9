"""A PostgreSQL server on loopback for the tests: the one `.ci/run` started, or one of our own.

`SCRIBE_TEST_DATABASE_URL` (an admin URL, e.g. set by `.ci/run`) is used when
given; otherwise Debian's `postgresql` binaries start a throwaway cluster in a
temp dir on a free 127.0.0.1 port (as the `postgres` user when we are root,
since PostgreSQL refuses to run as root). Without either, the PostgreSQL
tests skip with the command that installs it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin_dir() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def server() -> Iterator[str | None]:
    """Yield an admin URL (postgresql+psycopg://…/postgres), or None when PostgreSQL is unavailable."""
    given = os.environ.get("SCRIBE_TEST_DATABASE_URL")
    if given:
        yield given
        return
    bin_dir = _bin_dir()
    if bin_dir is None:
        yield None
        return
    # Its own top-level temp dir: the postgres user cannot traverse pytest's 0700 root-owned ones.
    workdir = Path(tempfile.mkdtemp(prefix="scribe-pg-"))
    data = workdir / "pgdata"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
        shutil.chown(data, "postgres")
    port = _free_port()
    subprocess.run(
        _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "scribe", "--auth=trust", "-E", "UTF8"]),
        check=True, capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://scribe@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def database(admin_url: str) -> Iterator[str]:
    """A fresh, empty database on that server for one test; dropped afterwards."""
    import psycopg

    name = f"scribe_t_{uuid.uuid4().hex[:12]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
