"""The typed session every extraction engine is given, validated once at the edge.

A session dict (DESIGN.md's dataset schema, or what the pipeline builds from a
transcript) becomes a :class:`SessionInput` in :func:`SessionInput.parse`;
after that no stage hands another an untyped dict with keys it might misspell
(the recording's duration once never reached the note because the pipeline
wrote ``duration_seconds`` and the rules read ``duration``). ``gold`` is
never part of it: extraction cannot read the answers.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from scribe.errors import ExtractionError

Role = Literal["clinician", "client", "other", "unknown"]


class Turn(BaseModel):
    """One speaker turn: who (by role), when (seconds into the recording), what was said."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    speaker: Role = "unknown"
    start: float = Field(default=0.0, ge=0)
    end: float = Field(default=0.0, ge=0)
    text: str = ""

    @field_validator("speaker", mode="before")
    @classmethod
    def _role(cls, value: Any) -> str:
        role = str(value or "unknown").strip().lower()
        return role if role in ("clinician", "client", "other") else "unknown"


class SessionMeta(BaseModel):
    """Session facts: what the note states about the session itself."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    date: str | None = Field(default=None, description="ISO date of the session")
    modality: str | None = Field(default=None, description="in-person or telehealth")
    note_format: Literal["SOAP", "DAP", "BIRP"] = "SOAP"
    session_type: str | None = Field(default=None, description="individual, couples or family")
    duration_seconds: float | None = Field(default=None, ge=0, description="length of the recording")

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = dict(data)
            if data.get("duration_seconds") is None and data.get("duration") is not None:
                data["duration_seconds"] = data["duration"]  # the older spelling, read once here
            fmt = data.get("note_format")
            data["note_format"] = str(fmt).upper() if fmt else "SOAP"
            if data["note_format"] not in ("SOAP", "DAP", "BIRP"):
                data["note_format"] = "SOAP"
        return data


class SessionInput(BaseModel):
    """What an engine extracts from: an opaque id, the session facts and the turns."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str | None = None
    meta: SessionMeta = Field(default_factory=SessionMeta)
    turns: tuple[Turn, ...] = ()

    @classmethod
    def parse(cls, data: Any) -> SessionInput:
        """Validate a session dict; one clear error naming the field, never its text."""
        if isinstance(data, SessionInput):
            return data
        if not isinstance(data, dict):
            raise ExtractionError("a session must be a JSON object in the dataset schema")
        if not isinstance(data.get("turns"), list):
            raise ExtractionError("the session has no 'turns' list; see DESIGN.md's session schema")
        try:
            return cls.model_validate({k: v for k, v in data.items() if k != "gold"})
        except ValidationError as exc:
            where = ".".join(str(p) for p in exc.errors()[0]["loc"])
            raise ExtractionError(f"the session does not match the dataset schema at {where}") from None

    def to_dict(self) -> dict[str, Any]:
        """The plain form engines written against dicts use (the rules engine's internals)."""
        meta = self.meta.model_dump()
        meta["duration"] = meta["duration_seconds"]  # what older engine code reads
        return {"id": self.id, "meta": meta, "turns": [t.model_dump() for t in self.turns]}


__all__ = ["Role", "Turn", "SessionMeta", "SessionInput"]
