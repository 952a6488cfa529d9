"""A real Prefect server on loopback for tests and benchmarks (SQLite, or PostgreSQL when given a URL)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def prefect_server(home: Path, database_url: str | None = None) -> Iterator[str]:
    """Start `prefect server start` with its state in ``home``; yield its API URL; stop it afterwards.

    ``database_url`` (``postgresql+psycopg://…``) puts the server's database on PostgreSQL.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    if database_url:
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = database_url.replace("+psycopg", "+asyncpg")
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("prefect server did not start")
            time.sleep(1)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
