"""scribe's own engines, registered through the ``scribe.engines`` entry points like any plugin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scribe import __version__
from scribe.extract.engines import EngineOptions
from scribe.extract.models import SessionInput


class RulesEngine:
    """Deterministic rules over spaCy, negspacy and maintained vocabularies; CPU, no model directory."""

    name = "rules"
    version = __version__
    requires: tuple[str, ...] = ()
    description = "deterministic rules (spaCy, negspacy, drug NER); CPU, seconds per session"

    def draft(self, session: SessionInput, options: EngineOptions) -> tuple[dict[str, Any], dict[str, Any]]:
        from scribe.extract.rules import run_rules

        return run_rules(session.to_dict()), {}


class LlmEngine:
    """A local causal LM, one schema-constrained prompt per field group; the rules fill any gap, marked."""

    name = "llm"
    requires: tuple[str, ...] = ("model dir (SCRIBE_LLM_MODEL_DIR; packaged SmolLM2 by default)", "gpu recommended")
    description = "local transformers/GGUF causal LM with JSON-schema-constrained decoding (xgrammar)"

    @property
    def version(self) -> str:
        from scribe.extract.llm import PROMPT_VERSION

        return f"{__version__}+prompts.{PROMPT_VERSION}"

    def draft(self, session: SessionInput, options: EngineOptions) -> tuple[dict[str, Any], dict[str, Any]]:
        from scribe.extract.llm import default_model_dir, run_llm
        from scribe.extract.rules import run_rules

        model_dir = Path(options.model_dir) if options.model_dir else default_model_dir()
        plain = session.to_dict()
        return run_llm(plain, model_dir, fallback=run_rules(plain))
