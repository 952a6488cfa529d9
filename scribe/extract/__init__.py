"""Extraction: progress-note facts and sections, and the walled psychotherapy workspace.

``extract(session, engine=NAME)`` validates the session once into a typed
:class:`~scribe.extract.models.SessionInput` (``gold`` is never read), asks the
engine (a plugin from the ``scribe.engines`` entry points, see
:mod:`scribe.extract.engines`) for a draft, checks the draft against the
schema, and then, whichever engine it was, grounds every fact in the turns,
writes the sections, passes the workspace through the PHI wall and validates
the result: the DESIGN.md extraction dict plus ``stats``.
"""

from __future__ import annotations

import copy
import logging
import time
from pathlib import Path
from typing import Any

from scribe.errors import ExtractionError, ScribeError, WallError
from scribe.extract.embeddings import one_session
from scribe.extract.engines import EngineOptions, get_engine
from scribe.extract.grounding import ground
from scribe.extract.models import SessionInput
from scribe.extract.render import render_markdown
from scribe.extract.rules import finish_sections
from scribe.extract.schema import Extraction
from scribe.extract.wall import session_phi_terms, wall_workspace

logger = logging.getLogger("scribe")


def extract(
    session: dict[str, Any] | SessionInput,
    *,
    engine: str = "rules",
    llm_model_dir: Path | None = None,
    device: str = "cpu",
) -> dict[str, Any]:
    """Extract both notes from one session; every workspace string has passed the wall."""
    with one_session():
        return _extract(session, engine=engine, llm_model_dir=llm_model_dir, device=device)


def _extract(session: dict[str, Any] | SessionInput, *, engine: str, llm_model_dir: Path | None,
             device: str) -> dict[str, Any]:
    typed = SessionInput.parse(session)
    chosen = get_engine(engine)
    t0 = time.perf_counter()
    stats: dict[str, Any] = {"engine": chosen.name, "engine_version": chosen.version}
    try:
        raw, engine_stats = chosen.draft(typed, EngineOptions(model_dir=llm_model_dir, device=device))
    except ScribeError:
        raise
    except Exception as e:  # a plugin's own failure: its kind only, never its text
        raise ExtractionError(f"the {chosen.name!r} engine failed ({type(e).__name__})") from None
    stats.update({k: v for k, v in (engine_stats or {}).items() if k not in stats})
    try:
        # The draft an engine hands over is typed at this edge: a plugin cannot smuggle in other shapes.
        draft = Extraction.model_validate(copy.deepcopy(raw)).model_dump(mode="python")
    except Exception as e:
        raise ExtractionError(f"the {chosen.name!r} engine returned a draft that does not match the schema ({type(e).__name__})") from None
    plain = typed.to_dict()
    draft, dropped, checked = ground(draft, plain["turns"])
    finish_sections(draft, plain)
    try:
        terms = session_phi_terms(plain["turns"])
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
    logger.info("extraction done", extra={"engine": chosen.name, "facts": checked})
    return validated


__all__ = ["extract", "render_markdown", "SessionInput"]
