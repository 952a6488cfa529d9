"""Bench reports people can compare: fact scoring by content, and per-metric differences between two runs."""

from __future__ import annotations

import json
from pathlib import Path

from scribe.bench.e2e import Tally, compare_reports

GOLD = {
    "medications": [{"name": "sertraline", "dose": "50 mg", "status": "current"}],
    "diagnoses": [{"icd10": "F41.1", "label": "generalized anxiety disorder"}],
    "risk": {"suicidal_ideation": "endorsed", "homicidal_ideation": "denied", "self_harm": "not_assessed"},
    "interventions": ["thought record"],
    "metaphors": ["like carrying a backpack full of bricks"],
    "phi_terms": ["Rachel"],
}


def _note(meds: list[tuple[str, str]], si: str) -> dict:  # type: ignore[type-arg]
    risk = {f: {"status": s, "evidence": []} for f, s in
            (("suicidal_ideation", si), ("homicidal_ideation", "denied"), ("self_harm", "not_assessed"))}
    return {
        "progress_note": {
            "medications": [{"name": n, "dose": d, "status": "current", "evidence": [1]} for n, d in meds],
            "diagnoses": [{"icd10": "F41.1", "label": "x", "evidence": [1]}],
            "risk": risk,
            "interventions": [{"name": "thought record", "evidence": [2]}],
        },
        "psychotherapy_note": {"themes": [], "hypotheses": ["Rachel is the key"], "reflection_prompts": [],
                               "metaphors": [{"quote": "it's like carrying a backpack full of bricks", "evidence": [3]}]},
    }


def test_facts_are_matched_by_content_not_turn_index() -> None:
    typed, heard = Tally(), Tally()
    typed.add(_note([("sertraline", "50 mg")], "endorsed"), GOLD)
    row = heard.add(_note([("sertraline", "25 mg")], "denied"), GOLD)
    t, a = typed.summary(), heard.summary()
    assert t["medication_name_dose_f1"] == 1.0 and a["medication_name_f1"] == 1.0 and a["medication_name_dose_f1"] == 0.0
    assert t["endorsed_risk_recall"] == 1.0 and a["endorsed_risk_recall"] == 0.0  # a missed endorsement shows
    assert a["metaphor_recall"] == 1.0 and a["phi_leak_sessions"] == 1  # the name in a hypothesis is a leak
    assert row["med_errors"] == ["sertraline:25 mg", "sertraline:50 mg"]


def test_compare_reports_gives_per_metric_differences(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a = {"engine": "rules", "medication_name": {"f1": 0.9}, "metaphor_recall": 0.8, "sessions": [{"x": 1}]}
    b = {"engine": "llm", "medication_name": {"f1": 0.95}, "metaphor_recall": 0.7, "sessions": [{"x": 2}]}
    rows = {path: (x, y, d) for path, x, y, d in compare_reports(a, b)}
    assert rows["medication_name.f1"] == (0.9, 0.95, 0.05) and rows["metaphor_recall"][2] == -0.1
    assert rows["engine"] == ("rules", "llm", None) and not any(p.startswith("sessions") for p in rows)
    from scribe.cli import main

    (tmp_path / "a.json").write_text(json.dumps(a))
    (tmp_path / "b.json").write_text(json.dumps(b))
    assert main(["bench", "compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")]) == 0
    assert "| medication_name.f1 | 0.9 | 0.95 | +0.05 |" in capsys.readouterr().out
