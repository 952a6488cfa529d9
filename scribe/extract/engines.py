"""Extraction engines as plugins, found through the entry-point group ``scribe.engines``.

An engine is a package, not an edit: it declares, in its own ``pyproject.toml``::

    [project.entry-points."scribe.engines"]
    myengine = "my_package.module:MyEngine"

where ``MyEngine()`` satisfies :class:`Engine`. scribe's own ``rules`` and
``llm`` engines register exactly that way (see scribe's ``pyproject.toml``),
the way simonw/llm finds model plugins. Whatever an engine returns is checked
against the draft schema, then grounded, written into sections and passed
through the PHI wall by :func:`scribe.extract.extract`: no engine can bypass
those steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from scribe.errors import ConfigError, ModelError
from scribe.extract.models import SessionInput

GROUP = "scribe.engines"


@dataclass(frozen=True)
class EngineOptions:
    """What the deployment tells every engine; an engine ignores what it does not need."""

    model_dir: Path | None = None  # SCRIBE_LLM_MODEL_DIR: a local model directory
    device: str = "cpu"  # "cuda" when the practice has a GPU
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Engine(Protocol):
    """An extraction engine: a typed session in, a draft (the DESIGN.md extraction dict) out."""

    name: str
    version: str
    # What it needs to run, shown by `scribe engines list`: e.g. ("model dir",), ("gpu",), ().
    requires: tuple[str, ...]
    description: str

    def draft(self, session: SessionInput, options: EngineOptions) -> tuple[dict[str, Any], dict[str, Any]]:
        """The un-grounded, un-walled draft and engine stats (counts and ids only, never text)."""
        ...


@dataclass(frozen=True)
class EngineInfo:
    name: str
    version: str
    requires: tuple[str, ...]
    description: str
    distribution: str


def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available() -> list[str]:
    """Names of every installed engine."""
    return sorted(_entry_points())


@lru_cache(maxsize=8)
def get_engine(name: str) -> Engine:
    """Load the engine called ``name`` (once per process)."""
    found = _entry_points()
    if name not in found:
        raise ConfigError(f"no extraction engine {name!r}; installed: {', '.join(sorted(found)) or 'none'} (see `scribe engines list`)")
    try:
        obj = found[name].load()
        engine = obj() if isinstance(obj, type) or callable(obj) and not isinstance(obj, Engine) else obj
    except (ImportError, AttributeError) as exc:
        raise ModelError(f"the extraction engine {name!r} cannot be loaded ({type(exc).__name__}); reinstall its package") from None
    if not isinstance(engine, Engine):
        raise ConfigError(f"the extraction engine {name!r} does not provide name, version, requires, description and draft()")
    return engine


def describe() -> list[EngineInfo]:
    """Every installed engine with its version and what it needs."""
    out: list[EngineInfo] = []
    for name, ep in sorted(_entry_points().items()):
        dist = ep.dist.name if ep.dist is not None else "?"
        try:
            engine = get_engine(name)
            out.append(EngineInfo(name, engine.version, tuple(engine.requires), engine.description, dist))
        except Exception as exc:  # noqa: BLE001  (a broken plugin is listed, not fatal)
            out.append(EngineInfo(name, "?", (), f"cannot be loaded ({type(exc).__name__})", dist))
    return out


__all__ = ["Engine", "EngineOptions", "EngineInfo", "GROUP", "available", "get_engine", "describe"]
