"""The client's right of access (45 CFR 164.524): their signed progress notes, as one PDF and as FHIR.

Only final progress notes (signed; co-signed where the author is a trainee),
the newest signed version of each. Never the psychotherapy workspace (it is
excluded from the right of access) and never the transcript. Every export is
audited with who, which format and how many notes, never the client.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from scribe.documents import markdown_pdf
from scribe.errors import NotFoundError
from scribe.store.records import client_ref, client_sessions
from scribe.store.review import NoteState, ReviewStore
from scribe.store.users import UserInfo
from scribe.web import export
from scribe.web.authz import Action, allowed, is_final


@dataclass(frozen=True)
class ClientRecord:
    client: str
    notes: list[NoteState]


def client_record(review: ReviewStore, client: str, *, user: UserInfo | None = None) -> ClientRecord:
    """The client's final progress notes (those ``user`` may export, when given), oldest first."""
    sessions = client_sessions(review.store, client)
    wanted = set(sessions)
    access = {a.session_id: a for a in review.all_access() if a.session_id in wanted}
    notes = []
    for sid in sessions:
        a = access.get(sid)
        if a is None or not is_final(a):
            continue
        if user is not None and not allowed(user, Action.EXPORT, a):
            continue
        notes.append(review.signed_note(sid))
    if not notes:
        raise NotFoundError("no signed progress notes are recorded for this client (or none you may export)")
    return ClientRecord(client, notes)


def record_pdf(record: ClientRecord) -> bytes:
    parts = [
        "# Health record: progress notes",
        "",
        f"Client: {record.client}",
        f"Produced: {datetime.now(UTC).date().isoformat()}",
        f"Notes: {len(record.notes)} signed progress note(s), newest signed version of each.",
        "",
        "This record holds the signed progress notes. Psychotherapy notes are kept separately and are not part "
        "of it (45 CFR 164.524(a)(1)(i)).",
    ]
    for state in record.notes:
        parts += ["\f", export.markdown(state)]
    return markdown_pdf("\n".join(parts), title="Progress notes")


def record_fhir(record: ClientRecord) -> dict[str, Any]:
    """A FHIR R4 Bundle (type collection) of one DocumentReference per signed progress note."""
    return {
        "resourceType": "Bundle",
        "id": uuid.uuid4().hex,
        "type": "collection",
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "entry": [
            {"fullUrl": f"urn:uuid:{uuid.UUID(s.note_id)}", "resource": export.document_reference(s)} for s in record.notes
        ],
    }


def record_export(review: ReviewStore, record: ClientRecord, fmt: str, actor: str) -> None:
    review.store.record("record.export", "client", client_ref(review.store, record.client), actor=actor, format=fmt,
                        notes=len(record.notes))


__all__ = ["ClientRecord", "client_record", "record_export", "record_fhir", "record_pdf"]
