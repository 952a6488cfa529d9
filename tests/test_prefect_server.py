"""Prefect's API, embedded or a real server, learns nothing it should not and keeps no one else's door open.

Against a real server (PREFECT_API_URL set) the same flow runs unchanged and the
server's database is searched for the canary phrase and every transcribed
sentence. The embedded (ephemeral) API server that scribe's own processes start
refuses requests without this process's secret, and dies with the process.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.pipeline
DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; the parent-death signal is Linux's")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    from tests.prefect_server import prefect_server

    home = tmp_path_factory.mktemp("prefect-server")
    with prefect_server(home) as url:
        yield url, home


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


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
    env["SCRIBE_HOME"] = str(home)
    return env


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # dead; a zombie only waits for init to reap it


def _wait_gone(pid: int, api: str) -> None:
    deadline = time.monotonic() + 60
    while not _gone(pid):
        assert time.monotonic() < deadline, f"the Prefect API server {pid} outlived its parent"
        time.sleep(0.2)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{api}/health", timeout=5)


# A scribe process that needs the API: importing the flow hardens the environment first.
EPHEMERAL_USER = """
import json, time
from flows import process_session
from prefect.client.orchestration import get_client
from prefect.server.api.server import SubprocessASGIServer

with get_client(sync_client=True) as client:
    client.read_flow_runs(limit=1)  # scribe's own requests carry the secret
    server = SubprocessASGIServer()
    print(json.dumps({"api": server.api_url, "pid": server.server_process.pid}), flush=True)
    time.sleep(600)
"""


@linux_only
def test_ephemeral_api_refuses_requests_without_this_process_secret(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", EPHEMERAL_USER], cwd=ROOT, env=_clean_env(tmp_path / "home"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line, proc.stderr.read()[-3000:] if proc.stderr else ""
        started = json.loads(line)
        api, pid = started["api"], started["pid"]
        server_env = dict(
            item.split("=", 1) for item in Path(f"/proc/{pid}/environ").read_text().split("\0") if "=" in item
        )
        secret = server_env["PREFECT_SERVER_API_AUTH_STRING"]
        assert len(secret) >= 32 and secret == server_env["PREFECT_API_AUTH_STRING"]
        assert secret not in Path(f"/proc/{pid}/cmdline").read_text()  # argv is world-readable, environ is not

        assert httpx.get(f"{api}/health", timeout=10).status_code == 200  # up, and says nothing
        for auth in (None, ("", "guess"), ("", secret[:-1])):
            response = httpx.post(f"{api}/flow_runs/filter", json={}, auth=auth, timeout=10)
            assert response.status_code == 401, (auth, response.status_code)
        # Prefect's client sends the bare string as Basic credentials: base64(secret).
        token = base64.b64encode(secret.encode()).decode()
        ok = httpx.post(f"{api}/flow_runs/filter", json={}, headers={"Authorization": f"Basic {token}"}, timeout=10)
        assert ok.status_code == 200
    finally:
        proc.kill()
        proc.wait(timeout=30)


@linux_only
def test_killed_scribe_run_takes_its_api_server_with_it(tmp_path: Path) -> None:
    env = _clean_env(tmp_path / "home")
    scribe_cmd = [sys.executable, "-m", "scribe.cli"]
    subprocess.run([*scribe_cmd, "keys", "init"], env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    proc = subprocess.Popen(
        [*scribe_cmd, "run", str(DATA / "demo_session.ogg"), "--session-id", "k1"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # mid-run: the flow is past its first stage, so the API is up
            if line.startswith("k1: [2/8]"):
                break
        else:
            pytest.fail(f"scribe run ended before the flow started (exit {proc.wait()})")
        servers = [
            int(child)
            for task in Path(f"/proc/{proc.pid}/task").iterdir()
            for child in (task / "children").read_text().split()
            if b"prefect.server.api.server:create_app" in Path(f"/proc/{child}/cmdline").read_bytes()
        ]
        assert len(servers) == 1
        argv = Path(f"/proc/{servers[0]}/cmdline").read_bytes().decode().split("\0")
        port = argv[argv.index("--port") + 1]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        _wait_gone(servers[0], f"http://127.0.0.1:{port}/api")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
