"""Signed notes are locked by the database on both backends (SQLite and PostgreSQL triggers of migration 0003)."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import text

from scribe.store.review import ReviewStore
from scribe.store.store import Store
from scribe.store.users import UserDirectory
from tests.web_desk import FAST_ARGON2, PASSWORD

NOTE = {"format": "SOAP", "sections": {"Plan": [{"text": "Keep a thought record.", "evidence": [0]}]}, "medications": []}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE note_versions SET content_hash = 'x'",
        "DELETE FROM note_versions",
        "DELETE FROM data_keys WHERE id IN (SELECT key_id FROM note_versions)",
        "UPDATE note_edits SET action = 'x'",
        "DELETE FROM note_edits",
    ],
)
def test_signed_note_refuses_changes_in_the_database(backend_store: Store, statement: str) -> None:
    users = UserDirectory(backend_store, argon2=FAST_ARGON2)
    alice = users.add("alice", "clinician", PASSWORD)
    review = ReviewStore(backend_store, users)
    backend_store.ingest("s1", io.BytesIO(b"x" * 100))
    transcript = {"turns": [{"index": 0, "speaker": "A", "role": "client", "start": 0, "end": 1, "text": "I will keep a thought record."}]}
    backend_store.commit_results("s1", {"transcript": json.dumps(transcript).encode(), "progress": json.dumps({"progress_note": NOTE}).encode()})
    review.assign("s1", "alice")
    review.change("s1", alice, "accept", "sections/Plan/0")
    review.sign("s1", alice)
    with pytest.raises(Exception, match="signed note cannot be changed|append-only"):
        with backend_store.engine.begin() as conn:
            conn.execute(text(statement))
    assert review.signed_note("s1").content_hash is not None
