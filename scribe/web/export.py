"""Exports of a signed progress note: FHIR R4 DocumentReference, Markdown, plain text, PDF.

Only the progress note ever leaves: no routine export includes the
psychotherapy workspace or the transcript.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

from scribe.store import notedoc
from scribe.store.review import NoteState

LOINC_PROGRESS_NOTE = {"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}


def _instant(at: datetime) -> str:
    return at.replace(tzinfo=UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def signature(state: NoteState) -> dict[str, Any]:
    assert state.signed_at is not None
    return {
        "signer": state.signed_by,
        "signed_at": _instant(state.signed_at),
        "content_hash": state.content_hash,
        "cosigner": state.cosigned_by,
        "cosigned_at": _instant(state.cosigned_at) if state.cosigned_at else None,
        "amends": state.parent_id is not None,
        "version": state.version,
    }


def markdown(state: NoteState) -> str:
    return notedoc.to_markdown(notedoc.final_note(state.doc), signature=signature(state))


def plain_text(state: NoteState) -> str:
    """What the copy-to-clipboard button puts in the EHR's text box: Markdown without the markup."""
    lines = []
    for line in markdown(state).splitlines():
        line = line.lstrip("#").strip() if line.startswith("#") else line
        lines.append("" if line == "---" else line)
    return "\n".join(lines)


def _urn(note_id: str) -> dict[str, str]:
    return {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.UUID(note_id)}"}


def document_reference(state: NoteState) -> dict[str, Any]:
    """A FHIR R4 DocumentReference (LOINC 11506-3, docStatus final) carrying the note as Markdown."""
    assert state.signed_at is not None and state.signed_by is not None
    body = markdown(state).encode()
    signed = _instant(state.signed_at)
    doc: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "id": state.note_id,
        "masterIdentifier": _urn(state.note_id),
        "status": "current",
        "docStatus": "final",
        "type": {"coding": [LOINC_PROGRESS_NOTE], "text": "Progress note"},
        "date": signed,
        "author": [{"display": state.signed_by}],
        "authenticator": {"display": state.cosigned_by or state.signed_by},
        "description": f"Psychotherapy progress note ({state.doc['progress_note'].get('format', 'SOAP')}), version {state.version}",
        "securityLabel": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R", "display": "restricted"}]}
        ],
        "content": [
            {
                "attachment": {
                    "contentType": "text/markdown; charset=utf-8",
                    "language": "en",
                    "data": base64.b64encode(body).decode(),
                    "size": len(body),
                    # FHIR R4 defines the attachment hash as base64 SHA-1.
                    "hash": base64.b64encode(hashlib.sha1(body).digest()).decode(),
                    "title": "Progress note",
                    "creation": signed,
                }
            }
        ],
    }
    session_date = (state.doc["progress_note"].get("session") or {}).get("date")
    if session_date:
        doc["context"] = {"period": {"start": session_date}}
    if state.parent_id is not None:
        doc["relatesTo"] = [{"code": "replaces", "target": {"identifier": _urn(state.parent_id)}}]
    return doc


def pdf(state: NoteState) -> bytes:
    """The signed note as a one-column PDF (core fonts: characters outside Latin-1 become '?')."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    doc = FPDF(format="A4")
    doc.set_title("Progress note")
    doc.set_creator("scribe")
    doc.add_page()
    doc.set_auto_page_break(True, margin=15)
    for line in markdown(state).splitlines():
        text = line.encode("latin-1", "replace").decode("latin-1")
        if line.startswith("# "):
            doc.set_font("Helvetica", "B", 16)
            text = text[2:]
        elif line.startswith("## "):
            doc.set_font("Helvetica", "B", 12)
            text = text[3:]
        else:
            doc.set_font("Helvetica", "", 10)
        if text.strip() == "---":
            doc.ln(2)
            continue
        doc.multi_cell(0, 6, text or " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(doc.output())


__all__ = ["document_reference", "markdown", "pdf", "plain_text", "signature"]
