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


def _bad_note() -> dict:
    """The kind of draft issue 8 describes: stitched quotes, a question as homework, a fact the narrative drops."""
    return {
        "section_sentences": {
            "Subjective": [{"text": 'Client reported: "I feel like such a burden to everyone."', "evidence": [3]},
                           {"text": "I think you are doing great.", "evidence": [4]}],
            "Objective": [{"text": "Suicidal ideation: denied.", "evidence": [5]}],
            "Plan": [{"text": "Homework: What could you try this week?", "evidence": [6]},
                     {"text": "The client wished she could just not wake up.", "evidence": [2]}],
        },
        "medications": [{"name": "sertraline", "dose": "100 mg", "status": "changed", "evidence": [9]}],
        "risk": {"suicidal_ideation": {"status": "denied", "evidence": [5]},
                 "homicidal_ideation": {"status": "endorsed", "evidence": [7]}},
        "interventions": [], "homework": [], "diagnoses": [], "next_appointment": None,
    }


def test_note_quality_catches_questions_and_person_words() -> None:
    from scribe.bench.extraction import note_quality

    q = note_quality(_bad_note())
    assert q["questions"] == ["Homework: What could you try this week?"]
    assert set(q["person_outside_quotes"]) == {"I think you are doing great.", "Homework: What could you try this week?"}
    assert 0.2 < q["quoted_share"] < 0.5  # the quoted client line, not the note's own sentences


def test_note_quality_catches_missing_facts_and_contradictions() -> None:
    from scribe.bench.extraction import note_quality

    q = note_quality(_bad_note())
    assert "medication:sertraline" in q["missing_facts"] and "risk:homicidal_ideation" in q["missing_facts"]
    assert "suicidal_ideation: denied, but the narrative holds risk language" in q["contradictions"]


def test_a_homework_plan_is_not_risk_language_next_to_a_denial() -> None:
    from scribe.bench.extraction import contradictions

    progress = {
        "section_sentences": {"Plan": [{"text": "Homework: Make going to the study group the plan this week.",
                                        "evidence": [3]}],
                              "Objective": [{"text": "Suicidal ideation: denied.", "evidence": [5]}]},
        "risk": {"suicidal_ideation": {"status": "denied", "evidence": [5]}},
    }
    assert contradictions(progress) == []
    progress["section_sentences"]["Plan"][0]["text"] = "The client said she wants to kill herself."
    assert contradictions(progress) == ["suicidal_ideation: denied, but the narrative holds risk language"]


def test_note_quality_passes_a_note_in_register() -> None:
    from scribe.bench.extraction import note_quality

    good = {
        "section_sentences": {"Objective": [{"text": "Suicidal ideation: denied.", "evidence": [5]},
                                            {"text": "Current medication: sertraline 100 mg.", "evidence": [9]}]},
        "medications": [{"name": "sertraline", "dose": "100 mg", "status": "current", "evidence": [9]}],
        "risk": {"suicidal_ideation": {"status": "denied", "evidence": [5]}},
    }
    q = note_quality(good)
    assert not (q["questions"] or q["person_outside_quotes"] or q["missing_facts"] or q["contradictions"])


def test_symptom_and_measure_f1_where_gold_has_them(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    s = session(C("Your PHQ-9 came out at fourteen."), P("I can't fall asleep and I'm so tired."))
    _write(sessions, "m1", s, {
        "medications": [], "diagnoses": [],
        "risk": {"suicidal_ideation": "not_assessed", "homicidal_ideation": "not_assessed", "self_harm": "not_assessed"},
        "interventions": [], "homework": [], "next_appointment": None, "metaphors": [], "phi_terms": [],
        "symptoms": [{"domain": "sleep"}, {"domain": "mood"}], "measures": [{"instrument": "PHQ-9", "score": 14}],
    })
    r = run_extraction_bench(sessions)
    assert r["measures"]["f1"] == 1.0 and r["measure_gold_sessions"] == 1
    assert r["symptoms"]["tp"] == 1 and r["symptoms"]["fn"] == 1  # sleep found, mood not said; energy an extra
    assert "note: question sentences" in format_table(r)


def test_blind_sessions_are_scored_but_never_itemised(tmp_path) -> None:
    import json
    import shutil
    from pathlib import Path

    from scribe.bench.extraction import format_table, run_extraction_bench

    src = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "sessions"
    for sid in ("s01", "s02"):
        shutil.copy(src / f"{sid}.json", tmp_path / f"{sid}.json")
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ["s01"], "heldout": ["s02"], "blind": ["s02"]}))
    report = run_extraction_bench(tmp_path)
    assert report["n_sessions"] == 2 and report["blind_sessions"] == 1
    assert [r["id"] for r in report["sessions"]] == ["s01"]
    table = format_table(report)
    assert "| s01 |" in table and "| s02 |" not in table and "1 blind sessions" in table


def test_a_drug_under_its_other_official_name_is_the_same_medication(tmp_path: Path) -> None:
    sessions = tmp_path / "data" / "sessions"
    s = session(C("Anything for the pain?"), P("Just the Tylenol, a thousand milligrams at night."))
    _write(sessions, "p1", s, {
        "medications": [{"name": "paracetamol", "dose": "1000 mg", "status": "current"}],
        "diagnoses": [], "risk": {"suicidal_ideation": "not_assessed", "homicidal_ideation": "not_assessed",
                                  "self_harm": "not_assessed"},
        "interventions": [], "homework": [], "next_appointment": None, "metaphors": [], "phi_terms": [],
    })
    r = run_extraction_bench(sessions)
    assert r["medication_name"]["f1"] == 1.0 and r["medication_name_dose"]["f1"] == 1.0


def test_a_combination_is_scored_as_one_product_whatever_the_order_of_its_parts() -> None:
    from scribe.bench.extraction import drug_key

    assert drug_key("codeine-paracetamol") == drug_key("acetaminophen-codeine")
    assert drug_key("ethinylestradiol-levonorgestrel") == drug_key("levonorgestrel-ethinyl estradiol")
    assert drug_key("Salbutamol") == drug_key("albuterol")
    assert drug_key("sodium valproate") == drug_key("valproate") != drug_key("divalproex")
    assert drug_key("macrogol") == drug_key("polyethylene glycol")
    # different products stay apart, and a "co-" name is not split
    assert drug_key("codeine-paracetamol") != drug_key("codeine")
    assert drug_key("co-codamol") == "co-codamol"
    assert drug_key("sacubitril-valsartan") != drug_key("valsartan")
