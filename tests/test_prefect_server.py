"""The same flow, unchanged, against a real Prefect server (PREFECT_API_URL set).

The server must learn nothing but opaque refs: its database is searched for
the canary phrase and every transcribed sentence after the run.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.pipeline
DATA = Path(__file__).parent / "data"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    home = tmp_path_factory.mktemp("prefect-server")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
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
                pytest.fail("prefect server did not start")
            time.sleep(1)
        yield url, home
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_flow_runs_unchanged_on_a_server_that_sees_only_refs(server: tuple[str, Path], tmp_path: Path) -> None:
    url, server_home = server
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
    env.update(SCRIBE_HOME=str(tmp_path / "home"), PREFECT_API_URL=url, PREFECT_HOME=str(tmp_path / "client-prefect"))

    def scribe(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "scribe.cli", *args], env=env, capture_output=True, text=True, timeout=600, check=False)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc.stdout

    scribe("keys", "init")
    assert scribe("run", str(DATA / "demo_session.ogg"), "--session-id", "client-smith-0314").strip().endswith("client-smith-0314")

    runs = httpx.post(f"{url}/flow_runs/filter", json={"limit": 10}, timeout=10).json()
    assert len(runs) == 1 and runs[0]["state_type"] == "COMPLETED"
    params = runs[0]["parameters"]
    assert set(params) == {"ref", "num_speakers", "min_speakers", "max_speakers"} and len(params["ref"]) == 32
    assert "smith" not in json.dumps(runs).lower()
    tasks = httpx.post(f"{url}/task_runs/filter", json={"limit": 50}, timeout=10).json()
    assert {t["name"].rsplit("-", 1)[0] for t in tasks} >= {"decrypt", "transcribe", "diarize", "extract", "shred"}

    transcript = json.loads(scribe("transcript", "show", "client-smith-0314", "--json"))
    needles = [b"periwinkle", b"zeppelin", b"smith"] + [t["text"].lower().encode() for t in transcript["turns"] if len(t["text"]) > 20]
    hits = [
        f"{p.name}: {n!r}"
        for p in list(server_home.rglob("*")) + list((tmp_path / "client-prefect").rglob("*"))
        if p.is_file()
        for n in needles
        if n in p.read_bytes().lower()
    ]
    assert hits == []
