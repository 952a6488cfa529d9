"""End to end through the CLI, the way a practice runs it: `scribe run` on the demo session.

One real run (real faster-whisper, real pyannote, real extraction, embedded
Prefect in its own process) is shared by every assertion in this module,
including DESIGN.md invariant 1: the canary phrase spoken in the audio, and
every transcribed sentence, are never found in plaintext under SCRIBE_HOME,
PREFECT_HOME, the temp dir, HOME or the captured output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scribe.bench.wer import normalize, word_error_rate

pytestmark = pytest.mark.pipeline
DATA = Path(__file__).parent / "data"
CANARY = ("periwinkle", "zeppelin")


def _scribe(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "scribe.cli", *args], env=env, capture_output=True, text=True, timeout=900
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"scribe {args[0]} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return proc


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("e2e")
    dirs = {name: root / name for name in ("home", "prefect", "tmp", "user")}
    for d in dirs.values():
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SCRIBE_"))}
    env.update(
        SCRIBE_HOME=str(dirs["home"]),
        PREFECT_HOME=str(dirs["prefect"]),
        TMPDIR=str(dirs["tmp"]),
        HOME=str(dirs["user"]),
        XDG_CACHE_HOME=str(dirs["user"] / ".cache"),
    )
    _scribe(env, "keys", "init")
    run = _scribe(env, "run", str(DATA / "demo_session.ogg"), "--session-id", "demo", "--num-speakers", "2")
    transcript = json.loads(_scribe(env, "transcript", "show", "demo", "--json").stdout)
    progress = json.loads(_scribe(env, "notes", "show", "demo", "--kind", "progress", "--json").stdout)
    workspace = json.loads(_scribe(env, "notes", "show", "demo", "--kind", "psychotherapy", "--json").stdout)
    return {
        "env": env,
        "dirs": dirs,
        "run": run,
        "transcript": transcript,
        "progress": progress,
        "workspace": workspace,
        "reference": json.loads((DATA / "demo_session.json").read_text()),
    }


def test_run_prints_the_session_id_last(demo: dict[str, Any]) -> None:
    assert demo["run"].stdout.strip().splitlines()[-1] == "demo"


def test_transcript_word_error_rate_under_a_quarter(demo: dict[str, Any]) -> None:
    ref = " ".join(t["text"] for t in demo["reference"]["turns"])
    hyp = " ".join(t["text"] for t in demo["transcript"]["turns"])
    assert word_error_rate(ref, hyp).wer < 0.25


def test_two_speakers_with_clinician_and_client_roles(demo: dict[str, Any]) -> None:
    turns = demo["transcript"]["turns"]
    assert {t["speaker"] for t in turns} == set(demo["transcript"]["speakers"]) and len(demo["transcript"]["speakers"]) == 2
    assert {t["role"] for t in turns} == {"clinician", "client"}
    # Each word's role matches the reference turn it falls in.
    ref_turns = demo["reference"]["turns"]
    right = total = 0
    for t in turns:
        for w in t["words"]:
            mid = (w["start"] + w["end"]) / 2
            ref = min(ref_turns, key=lambda r: 0 if r["start"] <= mid <= r["end"] else min(abs(mid - r["start"]), abs(mid - r["end"])))
            right += ref["speaker"] == t["role"]
            total += 1
    assert total > 50 and right / total >= 0.95


def test_notes_are_drafted_and_grounded(demo: dict[str, Any]) -> None:
    note = demo["progress"]["progress_note"]
    assert [m["name"] for m in note["medications"]] == ["sertraline"]
    assert note["medications"][0]["dose"] == "50 mg"
    assert note["risk"]["suicidal_ideation"]["status"] == "denied"
    n_turns = len(demo["transcript"]["turns"])
    for med in note["medications"]:
        assert med["evidence"] and all(0 <= i < n_turns for i in med["evidence"])
    workspace = demo["workspace"]["psychotherapy_note"]
    flat = json.dumps(workspace).lower()
    for term in ("sertraline", "50 mg", "sam", "tuesday", *CANARY):
        assert term not in flat


def test_audio_is_shredded_with_a_certificate(demo: dict[str, Any]) -> None:
    env, home = demo["env"], demo["dirs"]["home"]
    assert list((home / "vault").glob("*.sca")) == []
    cert = json.loads(_scribe(env, "audit", "certificate", "demo").stdout)
    assert cert["reason"] == "processed" and cert["ciphertext_sha256"]
    again = _scribe(env, "process", "demo", check=False)
    assert again.returncode != 0 and "shredded" in again.stderr
    assert _scribe(env, "audit", "verify").returncode == 0


def _needles(demo: dict[str, Any]) -> list[bytes]:
    texts = [t["text"] for t in demo["transcript"]["turns"]] + [t["text"] for t in demo["reference"]["turns"]]
    needles = {w.encode() for w in CANARY}
    for text in texts:
        norm = normalize(text)
        if len(norm) >= 20:
            needles.add(norm.encode())
        if len(text) >= 20:
            needles.add(text.lower().encode())
    return sorted(needles)


def test_canary_never_in_plaintext_at_rest_or_in_logs(demo: dict[str, Any]) -> None:
    needles = _needles(demo)
    assert len(needles) > 5
    hits = []
    for name, d in demo["dirs"].items():
        for path in d.rglob("*"):
            if path.is_file():
                data = path.read_bytes().lower()
                hits += [f"{name}/{path.relative_to(d)}: {n!r}" for n in needles if n in data]
    output = (demo["run"].stdout + demo["run"].stderr).lower().encode()
    hits += [f"scribe run output: {n!r}" for n in needles if n in output]
    # Prefect's own database must exist (the run really went through Prefect) and be clean.
    assert list(demo["dirs"]["prefect"].rglob("*.db")), "no Prefect database under PREFECT_HOME"
    assert hits == []
