"""Extraction engines as plugins: found by entry point, typed at the edge, never past grounding and the wall."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scribe.errors import ConfigError, ExtractionError
from scribe.extract import extract
from scribe.extract.models import SessionInput

BIN = Path(sys.executable).parent
SESSION = {
    "id": "t1",
    "meta": {"date": "2026-03-14", "note_format": "SOAP", "duration_seconds": 3000},
    "turns": [
        {"speaker": "clinician", "start": 0.0, "end": 4.0, "text": "How has the sertraline been?"},
        {"speaker": "client", "start": 4.0, "end": 9.0, "text": "I take sertraline 50 mg every morning and it helps."},
        {"speaker": "client", "start": 9.0, "end": 14.0, "text": "Work feels like carrying a backpack full of bricks."},
    ],
    "gold": {"medications": [{"name": "sertraline", "dose": "50 mg", "status": "current"}], "diagnoses": [],
             "risk": {"suicidal_ideation": "not_assessed", "homicidal_ideation": "not_assessed", "self_harm": "not_assessed"},
             "interventions": [], "homework": [], "next_appointment": None,
             "metaphors": ["like carrying a backpack full of bricks"], "phi_terms": []},
}

# An engine from outside scribe that tries everything the post-processing must undo.
ECHO_ENGINE = '''
class EchoEngine:
    name = "echo"
    version = "0.1.0"
    requires = ()
    description = "a test engine from another package"

    def draft(self, session, options):
        return {
            "progress_note": {
                "medications": [
                    {"name": "sertraline", "dose": "50 mg", "status": "current", "evidence": [1]},
                    {"name": "lithium", "dose": "300 mg", "status": "current", "evidence": [1]},
                ],
                "risk": {"suicidal_ideation": {"status": "not_assessed", "evidence": []}},
            },
            "psychotherapy_note": {
                "themes": ["work and performance pressure"],
                "metaphors": [{"quote": "a quote nobody said", "evidence": [2]},
                              {"quote": "like carrying a backpack full of bricks", "evidence": [2]}],
                "hypotheses": ["It sounds like Rachel at five five five one two three four is the key."],
                "reflection_prompts": [],
            },
        }, {"echo_calls": 1}
'''


@pytest.fixture(scope="module")
def outside_engine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny distribution declaring a `scribe.engines` entry point, built and installed into its own dir."""
    src = tmp_path_factory.mktemp("echo-src")
    (src / "echo_engine.py").write_text(ECHO_ENGINE)
    (src / "pyproject.toml").write_text(textwrap.dedent("""
        [build-system]
        requires = ["setuptools"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "scribe-echo-engine"
        version = "0.1.0"
        [project.entry-points."scribe.engines"]
        echo = "echo_engine:EchoEngine"
        [tool.setuptools]
        py-modules = ["echo_engine"]
    """))
    target = tmp_path_factory.mktemp("echo-site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "--target", str(target), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    return target


def _scribe(site: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(site), SCRIBE_HOME=str(home))
    return subprocess.run([str(BIN / "scribe"), *args], env=env, capture_output=True, text=True, timeout=600)


def test_builtin_engines_are_found_as_plugins() -> None:
    from scribe.extract.engines import describe

    found = {e.name: e for e in describe()}
    assert {"rules", "llm"} <= set(found)
    assert found["rules"].distribution == "scribe" and found["llm"].requires


def test_outside_engine_runs_through_extract_and_cannot_bypass_grounding_or_the_wall(
    outside_engine: Path, tmp_path: Path
) -> None:
    listed = _scribe(outside_engine, tmp_path / "home", "engines", "list")
    assert listed.returncode == 0 and "echo" in listed.stdout and "scribe-echo-engine" in listed.stdout
    session = tmp_path / "s.json"
    session.write_text(json.dumps(SESSION))
    run = _scribe(outside_engine, tmp_path / "home", "extract", str(session), "--engine", "echo", "--json", "-")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert [m["name"] for m in out["progress_note"]["medications"]] == ["sertraline"]  # lithium was never said
    quotes = [m["quote"] for m in out["psychotherapy_note"]["metaphors"]]
    assert quotes == ["like carrying a backpack full of bricks"]  # the invented quote is dropped
    workspace = json.dumps(out["psychotherapy_note"]).lower()
    assert "rachel" not in workspace and "five five five" not in workspace
    assert out["stats"]["engine"] == "echo" and out["stats"]["echo_calls"] == 1


def test_outside_engine_runs_through_bench_extraction(outside_engine: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "t1.json").write_text(json.dumps(SESSION))
    run = _scribe(outside_engine, tmp_path / "home", "bench", "extraction", "--dataset", str(data), "--engine", "echo",
                  "--json", str(tmp_path / "r.json"))
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["engine"] == "echo" and report["medication_name"]["f1"] == 1.0


def test_unknown_engine_is_one_clear_error() -> None:
    with pytest.raises(ConfigError, match="no extraction engine 'nope'"):
        extract(SESSION, engine="nope")


def test_an_engine_returning_the_wrong_shape_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Junk:
        name, version, requires, description = "junk", "0", (), "returns junk"

        def draft(self, session, options):  # type: ignore[no-untyped-def]
            return {"progress_note": {"medications": "lots"}, "psychotherapy_note": {}}, {}

    monkeypatch.setattr("scribe.extract.get_engine", lambda name: Junk())
    with pytest.raises(ExtractionError, match="does not match the schema"):
        extract(SESSION, engine="junk")


def test_the_recordings_length_reaches_the_note() -> None:
    """The pipeline said duration_seconds, the rules read duration: typed once, both spellings arrive."""
    out = extract(SESSION)
    assert out["progress_note"]["session"]["duration_s"] == 3000
    legacy = {**SESSION, "meta": {"duration": 1200}}
    assert extract(legacy)["progress_note"]["session"]["duration_s"] == 1200


def test_a_malformed_session_names_the_field_not_its_text() -> None:
    bad = {**SESSION, "turns": [{"speaker": "client", "start": "soon", "text": "my secret"}]}
    with pytest.raises(ExtractionError, match=r"turns\.0\.start") as info:
        SessionInput.parse(bad)
    assert "secret" not in str(info.value)
    assert SessionInput.parse(SESSION).meta.note_format == "SOAP" and not hasattr(SessionInput.parse(SESSION), "gold")
