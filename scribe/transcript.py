"""The transcript data model shared by every stage after decoding.

Times are seconds from the start of the recording. ``speaker`` is the
diarizer's label (``SPEAKER_00``…); ``role`` is ``clinician``, ``client``,
``other`` or ``unknown`` (before attribution).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

ROLES = ("clinician", "client", "other", "unknown")

if TYPE_CHECKING:
    from scribe.extract.models import SessionInput


@dataclass
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0
    speaker: str | None = None


@dataclass
class Turn:
    speaker: str
    role: str
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    overlap: bool = False


@dataclass
class Transcript:
    turns: list[Turn]
    duration: float
    language: str = "en"
    # speaker label -> {"role": ..., "confidence": float, "method": "enrolled|heuristic|channel"}
    speakers: dict[str, dict[str, Any]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def words(self) -> list[Word]:
        return [w for t in self.turns for w in t.words]

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.turns)

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration": self.duration,
            "language": self.language,
            "speakers": self.speakers,
            "meta": self.meta,
            "turns": [dict(asdict(t), index=i) for i, t in enumerate(self.turns)],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        turns = []
        for t in data.get("turns", []):
            words = [Word(**w) for w in t.get("words", [])]
            turns.append(
                Turn(
                    speaker=t.get("speaker", "unknown"),
                    role=t.get("role", t.get("speaker", "unknown")),
                    start=float(t.get("start", 0.0)),
                    end=float(t.get("end", 0.0)),
                    text=t.get("text", ""),
                    words=words,
                    overlap=bool(t.get("overlap", False)),
                )
            )
        return cls(
            turns=turns,
            duration=float(data.get("duration", turns[-1].end if turns else 0.0)),
            language=data.get("language", "en"),
            speakers=dict(data.get("speakers", {})),
            meta=dict(data.get("meta", {})),
        )

    def to_input(self, session_id: str) -> SessionInput:
        """The typed session extraction consumes: roles, times, text, and the recording's length."""
        from scribe.extract.models import SessionInput, SessionMeta, Turn

        meta = {k: v for k, v in self.meta.items() if k in SessionMeta.model_fields}
        return SessionInput(
            id=session_id,
            meta=SessionMeta(**{**meta, "duration_seconds": round(self.duration, 1)}),
            turns=tuple(Turn.model_validate({"speaker": t.role, "start": t.start, "end": t.end, "text": t.text})
                        for t in self.turns),
        )

    def to_session(self, session_id: str) -> dict[str, Any]:
        """The DESIGN.md dataset-schema view (what extraction consumes)."""
        return {
            "id": session_id,
            "meta": dict(self.meta),
            "turns": [
                {"speaker": t.role, "start": t.start, "end": t.end, "text": t.text}
                for t in self.turns
            ],
        }
