"""The store's guarantees on both databases: each test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from scribe.errors import ShredUnprovenError
from scribe.store import store as store_mod
from scribe.store.store import Store
from scribe.vault.keys import FileKeyProvider

AUDIO = b"RIFF" + bytes(range(256)) * 40


def _all_values(store: Store) -> list[bytes]:
    """Every cell of every table, as bytes: what someone dumping the database sees."""
    out: list[bytes] = []
    with store.engine.connect() as conn:
        for table in ("sessions", "data_keys", "blobs", "clinicians", "audit_log", "recorder_files"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        out.append(bytes(value))
                    elif value is not None:
                        out.append(str(value).encode())
    return out


def test_round_trip_keeps_only_ciphertext_in_the_database(backend_store: Store) -> None:
    backend_store.ingest("s1", io.BytesIO(AUDIO))
    backend_store.commit_results("s1", {"transcript": b"the canary phrase is blue heron"}, retain_audio_hours=1)
    assert bytes(backend_store.read_audio("s1")) == AUDIO
    assert backend_store.read_blob("s1", "transcript") == b"the canary phrase is blue heron"
    assert not any(b"blue heron" in v or AUDIO[:64] in v for v in _all_values(backend_store))


def test_postgres_store_creates_no_sqlite_file(postgres_url: str, keys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    s = Store(scribe_home, keys, database_url=postgres_url)
    s.ingest("s1", io.BytesIO(AUDIO))
    assert not (scribe_home / "scribe.db").exists()
    s.close()
    again = Store(scribe_home, keys, database_url=postgres_url)  # migrations are idempotent
    assert [i.id for i in again.sessions()] == ["s1"]
    again.close()


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"])
def test_audit_log_refuses_changes_in_the_database(backend_store: Store, statement: str) -> None:
    backend_store.record("test.event", "test", "1")
    if statement.startswith("TRUNCATE") and backend_store.dialect == "sqlite":
        statement = "DELETE FROM audit_log"  # SQLite has no TRUNCATE; DELETE is its equivalent
    with pytest.raises(SQLAlchemyError, match="append-only"), backend_store.engine.begin() as conn:
        conn.execute(text(statement))
    assert backend_store.verify_audit().ok


def test_dropped_trigger_and_deleted_entry_fail_verify(backend_store: Store) -> None:
    for i in range(3):
        backend_store.record("test.event", "test", str(i))
    with backend_store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_no_delete" + (" ON audit_log" if backend_store.dialect == "postgresql" else "")))
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    result = backend_store.verify_audit()
    assert not result.ok and result.first_bad == 2


def test_shred_certifies_only_what_it_checked(backend_store: Store) -> None:
    backend_store.ingest("s1", io.BytesIO(AUDIO))
    cert = backend_store.shred_audio("s1")
    assert "wrapped key absent" in cert["method"]
    assert backend_store.verify_audit().ok
    with backend_store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM data_keys WHERE purpose = 'audio'")).scalar_one() == 0


def _open_reader(store: Store):  # type: ignore[no-untyped-def]
    """A second client reading the key table inside a transaction (a backup, an open sqlite3/psql shell)."""
    if store.dialect == "sqlite":
        import sqlite3

        conn = sqlite3.connect(store.db_path)
        conn.execute("BEGIN")
    else:
        import psycopg

        conn = psycopg.connect(store.engine.url.render_as_string(hide_password=False).replace("+psycopg", ""))
    conn.execute("SELECT count(*) FROM data_keys").fetchone()  # psycopg opens the transaction here
    return conn


def test_shred_past_an_open_reader_is_not_certified(backend_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "SHRED_CHECKPOINT_ATTEMPTS", 1)
    backend_store.ingest("s1", io.BytesIO(AUDIO))
    reader = _open_reader(backend_store)
    try:
        with pytest.raises(ShredUnprovenError):
            backend_store.shred_audio("s1")
        assert not [e for e in backend_store.audit_entries("s1") if e["action"] == "audio.shred"]
        assert backend_store.session("s1").shred_pending
    finally:
        reader.rollback()
        reader.close()
    assert "wrapped key absent" in backend_store.shred_audio("s1")["method"]


def test_rotation_rewrap_and_retire(backend_store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    backend_store.ingest("s1", io.BytesIO(AUDIO))
    backend_store.commit_results("s1", {"progress": b"p"}, retain_audio_hours=1)
    keys.rotate()
    assert backend_store.rewrap_all() == 2
    backend_store.retire_key_version(1)
    fresh = Store(backend_store.home, FileKeyProvider(keys.path), database_url=str(backend_store.engine.url.render_as_string(hide_password=False)) if backend_store.dialect == "postgresql" else None)
    assert bytes(fresh.read_audio("s1")) == AUDIO and fresh.read_blob("s1", "progress") == b"p"
    fresh.close()


def test_concurrent_writers_keep_one_unbroken_chain(backend_store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    url = backend_store.engine.url.render_as_string(hide_password=False) if backend_store.dialect == "postgresql" else None
    other = Store(backend_store.home, FileKeyProvider(keys.path), database_url=url)
    errors: list[BaseException] = []

    def write(s: Store, tag: str) -> None:
        try:
            for i in range(15):
                s.record("test.event", "test", f"{tag}{i}")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, t)) for s, t in ((backend_store, "a"), (other, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    result = backend_store.verify_audit()
    assert result.ok and result.entries == 30 and result.head_seq == 30
    other.close()
