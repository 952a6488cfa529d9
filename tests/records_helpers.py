"""Helpers for the after-life tests: a desk with clients recorded, the CLI run in-process, authorization files."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from scribe.store.records import set_client
from tests.web_desk import PASSWORD, Desk, build_desk

CLIENT = "Rachel Alvarez 1984-02-03"
OTHER_CLIENT = "Someone Else"


def records_desk(home: Path, database_url: str | None = None) -> Desk:
    """The review desk, each session with a client: alice's two sessions are CLIENT's, the rest OTHER_CLIENT's
    (on SQLite, or on the PostgreSQL database at ``database_url``)."""
    desk = build_desk(home, database_url)
    for label, sid in desk.ids.items():
        set_client(desk.store, sid, CLIENT if label in ("routine", "risk") else OTHER_CLIENT)
    return desk


def run_cli(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *,
            password: str | None = PASSWORD, stdin: str | None = None) -> tuple[int, str, str]:
    from scribe import pipeline
    from scribe.cli import main
    from scribe.config import get_settings

    get_settings.cache_clear()
    pipeline._store_for.cache_clear()
    if password is not None:
        monkeypatch.setenv("SCRIBE_PASSWORD", password)
    if stdin is not None:
        import io
        import sys

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def write_auth(tmp: Path, *, sessions: list[str], parts: list[str], client: str = CLIENT,
               expires: date | None = None, form: bool = True, name: str = "auth.json") -> Path:
    form_path = tmp / "signed-form.pdf"
    if form:
        form_path.write_bytes(b"%PDF-1.4 signed by the client\n")
    doc: dict[str, Any] = {
        "client": client, "recipient": "Dr. Example, consulting psychiatrist", "purpose": "continuity of care",
        "sessions": sessions, "parts": parts, "expires": (expires or date.today() + timedelta(days=30)).isoformat(),
        "form": form_path.name,
    }
    path = tmp / name
    path.write_text(json.dumps(doc))
    return path


def actions(desk: Desk) -> list[str]:
    return [e["action"] for e in desk.store.audit_entries()]
