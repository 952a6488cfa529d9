"""Extraction: progress-note facts and sections, and the walled psychotherapy workspace.

``extract(session)`` takes a DESIGN.md dataset-schema session dict (``gold`` is
never read) and returns the DESIGN.md extraction dict plus ``stats``.
"""

from __future__ import annotations

import copy
import logging
import time
from pathlib import Path
from typing import Any

from scribe.errors import ExtractionError, WallError
from scribe.extract.grounding import ground
from scribe.extract.render import render_markdown
from scribe.extract.rules import finish_sections, run_rules
from scribe.extract.schema import Extraction
from scribe.extract.wall import session_phi_terms, wall_workspace

logger = logging.getLogger("scribe")

ENGINES = ("rules", "llm")


def _clean_session(session: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(session, dict):
        raise ExtractionError("session must be a JSON object in the dataset schema")
    turns = session.get("turns")
    if not isinstance(turns, list):
        raise ExtractionError("session has no 'turns' list")
    clean_turns = []
    for i, t in enumerate(turns):
        if not isinstance(t, dict) or not isinstance(t.get("text", ""), str):
            raise ExtractionError(f"turn {i} is not an object with a text string")
        clean_turns.append(
            {
                "speaker": str(t.get("speaker", "unknown")),
                "start": t.get("start", 0.0),
                "end": t.get("end", 0.0),
                "text": t.get("text", ""),
            }
        )
    # gold is deliberately not copied: extraction must never see it
    return {"id": session.get("id"), "meta": dict(session.get("meta") or {}), "turns": clean_turns}


def extract(
    session: dict[str, Any],
    *,
    engine: str = "rules",
    llm_model_dir: Path | None = None,
) -> dict[str, Any]:
    """Extract both notes from one session; every workspace string has passed the wall."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "llm" and llm_model_dir is None:
        from scribe.extract.llm import default_model_dir

        llm_model_dir = default_model_dir()  # ModelError naming the package when absent
    t0 = time.perf_counter()
    clean = _clean_session(session)
    stats: dict[str, Any] = {"engine": engine}
    draft = run_rules(clean)
    if engine == "llm":
        from scribe.extract.llm import run_llm

        assert llm_model_dir is not None
        draft, llm_stats = run_llm(clean, Path(llm_model_dir), fallback=draft)
        stats.update(llm_stats)
    draft, dropped, checked = ground(draft, clean["turns"])
    finish_sections(draft, clean)
    try:
        terms = session_phi_terms(clean["turns"])
        workspace, redactions = wall_workspace(draft["psychotherapy_note"], extra_terms=terms)
    except WallError:
        raise
    except Exception as e:  # the wall fails closed
        raise WallError(f"the PHI wall failed ({type(e).__name__}); nothing returned") from None
    draft["psychotherapy_note"] = workspace
    try:
        validated = Extraction.model_validate(copy.deepcopy(draft)).model_dump(mode="json")
    except Exception as e:
        raise ExtractionError(f"extraction did not match the output schema ({type(e).__name__})") from None
    stats.update(
        {
            "ungrounded_dropped": dropped,
            "facts_checked": checked,
            "grounded_kept": checked - dropped,
            "wall_redactions": redactions,
            "seconds": round(time.perf_counter() - t0, 3),
        }
    )
    validated["stats"] = stats
    logger.info("extraction done", extra={"session_id": clean.get("id"), "engine": engine})
    return validated


__all__ = ["extract", "render_markdown", "ENGINES"]
