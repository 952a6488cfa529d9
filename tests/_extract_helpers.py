"""Helpers for the extraction tests: tiny hand-written sessions."""

from __future__ import annotations

from typing import Any


def session(*turns: tuple[str, str], fmt: str = "SOAP", **meta: Any) -> dict[str, Any]:
    """A dataset-schema session from (speaker, text) pairs; 5 s per turn."""
    return {
        "id": "t",
        "meta": {"date": "2026-01-05", "modality": "in-person", "note_format": fmt, "session_type": "individual", **meta},
        "turns": [
            {"speaker": sp, "start": 5.0 * i, "end": 5.0 * i + 4.5, "text": text} for i, (sp, text) in enumerate(turns)
        ],
    }


def C(text: str) -> tuple[str, str]:
    return ("clinician", text)


def P(text: str) -> tuple[str, str]:
    return ("client", text)


def O(text: str) -> tuple[str, str]:  # noqa: E743
    return ("other", text)
