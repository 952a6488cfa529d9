"""The extraction benchmark's metrics on two tiny annotated sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scribe.bench.extraction import find_leaks, format_table, metaphor_found, run_extraction_bench
from scribe.errors import ConfigError
from tests._extract_helpers import C, P, session


def _write(dir_: Path, sid: str, s: dict, gold: dict) -> None:
    dir_.mkdir(parents=True, exist_ok=True)
    (dir_ / f"{sid}.json").write_text(json.dumps({**s, "id": sid, "gold": gold}))


def test_bench_scores_and_splits(tmp_path: Path) -> None:
    sessions = tmp_path / "data" / "sessions"
    s1 = session(
        C("Are you still on the Zoloft?"),
        P("Yes, fifty milligrams. It's like carrying a backpack full of bricks."),
        C("Any thoughts of suicide?"),
        P("No."),
    )
    _write(sessions, "a1", s1, {
        "medications": [{"name": "sertraline", "dose": "50 mg", "status": "current"}],
        "diagnoses": [{"icd10": "F41.1", "label": "generalized anxiety disorder"}],
        "risk": {"suicidal_ideation": "denied", "homicidal_ideation": "not_assessed", "self_harm": "not_assessed"},
        "interventions": ["psychoeducation"], "homework": [], "next_appointment": None,
        "metaphors": ["like carrying a backpack full of bricks"], "phi_terms": ["Zoloft"],
    })
    s2 = session(P("My mood is a yo-yo."), C("Let's do a thought record."))
    _write(sessions, "a2", s2, {
        "medications": [], "diagnoses": [],
        "risk": {"suicidal_ideation": "not_assessed", "homicidal_ideation": "not_assessed", "self_harm": "not_assessed"},
        "interventions": ["thought record"], "homework": [], "next_appointment": None,
        "metaphors": ["My mood is a yo-yo"], "phi_terms": [],
    })
    (tmp_path / "data" / "splits.json").write_text(json.dumps({"dev": ["a1"], "heldout": ["a2"]}))

    r = run_extraction_bench(sessions)
    assert r["n_sessions"] == 2
    assert r["medication_name_dose"]["f1"] == 1.0
    assert r["diagnosis_category"]["recall"] == 0.0
    assert r["interventions"]["tp"] == 1 and r["interventions"]["fn"] == 1
    assert r["metaphor_recall"] == 1.0
    assert r["phi_leak_sessions"] == 0
    assert r["risk_accuracy"]["suicidal_ideation"] == 1.0
    assert r["grounding_rate"] == 1.0
    table = format_table(r)
    assert "medication name+dose F1" in table and "| a1 |" in table

    assert run_extraction_bench(sessions, split="heldout")["n_sessions"] == 1
    with pytest.raises(ConfigError):
        run_extraction_bench(sessions, split="nope")


def test_metaphor_matching_and_leaks() -> None:
    assert metaphor_found("like carrying a backpack full of bricks", ["it's like carrying a backpack full of bricks all day"])
    assert not metaphor_found("a storm in a teacup", ["my mood is a yo-yo"])
    ext = {"psychotherapy_note": {"themes": ["grief"], "metaphors": [], "hypotheses": ["Rachel on Zoloft"],
                                  "reflection_prompts": []}}
    gold = {"phi_terms": ["Rachel"], "medications": [{"name": "zoloft"}], "diagnoses": [{"icd10": "F41.1"}]}
    assert find_leaks(ext, gold) == ["Rachel", "zoloft"]
