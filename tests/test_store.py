from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from scribe.errors import AuditError, IntegrityError, KeyAccessError, ShreddedError, StateError
from scribe.store.store import RECORDER_AAD, Store
from scribe.vault import container

AUDIO = b"RIFF" + bytes(range(256)) * 40  # stands in for audio bytes; the store never parses them


def _files(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file()}


def _raw(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "scribe.db")


def test_ingest_plain_keeps_only_ciphertext_and_round_trips(store: Store, scribe_home: Path) -> None:
    path = store.ingest("s1", io.BytesIO(AUDIO))
    assert path.parent == scribe_home / "vault"
    assert bytes(store.read_audio("s1")) == AUDIO
    for name, data in _files(scribe_home).items():
        assert AUDIO[:64] not in data, name


def test_ingest_recorder_file_reencrypts_into_vault(store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    public, version = keys.recipient_public()
    sca = io.BytesIO()
    container.encrypt_to_recipient(io.BytesIO(AUDIO), sca, recipient_public=public, key_version=version, aad=RECORDER_AAD)
    store.ingest("s1", io.BytesIO(sca.getvalue()))
    assert bytes(store.read_audio("s1")) == AUDIO


def test_tampered_recorder_file_leaves_nothing(store: Store, keys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    public, version = keys.recipient_public()
    sca = io.BytesIO()
    container.encrypt_to_recipient(io.BytesIO(AUDIO), sca, recipient_public=public, key_version=version, aad=RECORDER_AAD)
    data = bytearray(sca.getvalue())
    data[-40] ^= 0x01
    with pytest.raises(IntegrityError):
        store.ingest("s1", io.BytesIO(bytes(data)))
    assert list((scribe_home / "vault").iterdir()) == []
    assert store.sessions() == []
    assert store.keys_in_use() == {}


def test_duplicate_session_id_is_refused(store: Store) -> None:
    store.ingest("s1", io.BytesIO(AUDIO))
    with pytest.raises(StateError):
        store.ingest("s1", io.BytesIO(AUDIO))


def test_shred_destroys_key_everywhere_and_certifies(store: Store, scribe_home: Path) -> None:
    vault_file = store.ingest("s1", io.BytesIO(AUDIO))
    with _raw(scribe_home) as db:
        key_id, wrapped = db.execute("SELECT id, wrapped FROM data_keys WHERE purpose='audio'").fetchone()
    cert = store.shred_audio("s1")
    assert cert["data_key"] == key_id and cert["audit_seq"] > 0
    assert not vault_file.exists()
    with pytest.raises(ShreddedError, match="shredded"):
        store.read_audio("s1")
    for suffix in ("", "-wal", "-journal"):
        f = scribe_home / f"scribe.db{suffix}"
        if f.exists():
            assert wrapped not in f.read_bytes(), f.name
    actions = [e["action"] for e in store.audit_entries("s1")]
    assert actions[-1] == "audio.shred"
    with pytest.raises(ShreddedError):
        store.shred_audio("s1")


def test_audit_failure_means_the_action_did_not_happen(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    vault_file = store.ingest("s1", io.BytesIO(AUDIO))
    from scribe.store import audit

    def disk_full(*a, **k):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT INTO audit_log", {}, Exception("disk full"))

    monkeypatch.setattr(audit, "append", disk_full)
    with pytest.raises(AuditError):
        store.shred_audio("s1")
    with pytest.raises(AuditError):
        store.read_audio("s1")
    monkeypatch.undo()
    assert vault_file.exists()
    assert bytes(store.read_audio("s1")) == AUDIO


def test_commit_results_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.ingest("s1", io.BytesIO(AUDIO))
    real = store._put_blob
    calls = []

    def flaky(db, owner, kind, data):  # type: ignore[no-untyped-def]
        calls.append(kind)
        if kind == "psychotherapy":
            raise OperationalError("INSERT INTO blobs", {}, Exception("disk full"))
        return real(db, owner, kind, data)

    monkeypatch.setattr(store, "_put_blob", flaky)
    with pytest.raises(AuditError):
        store.commit_results("s1", {"transcript": b"t", "progress": b"p", "psychotherapy": b"w"})
    monkeypatch.undo()
    assert calls == ["transcript", "progress", "psychotherapy"]
    assert store.session("s1").state == "ingested"
    with pytest.raises(Exception, match="no transcript"):
        store.read_blob("s1", "transcript")


def test_notes_are_separate_ciphertexts_in_two_key_domains(store: Store, scribe_home: Path) -> None:
    store.ingest("s1", io.BytesIO(AUDIO))
    store.commit_results("s1", {"transcript": b"TRANSCRIPT", "progress": b"PROGRESS", "psychotherapy": b"WORKSPACE"})
    assert store.read_blob("s1", "psychotherapy") == b"WORKSPACE"
    with _raw(scribe_home) as db:
        domains = dict(db.execute("SELECT purpose, domain FROM data_keys").fetchall())
    assert domains["psychotherapy"] == "private" and domains["progress"] == "record"
    for data in _files(scribe_home).values():
        assert b"WORKSPACE" not in data and b"PROGRESS" not in data


def test_blob_swapped_between_sessions_fails_authentication(store: Store, scribe_home: Path) -> None:
    for sid in ("a", "b"):
        store.ingest(sid, io.BytesIO(AUDIO))
        store.commit_results(sid, {"progress": sid.encode() * 8})
    with _raw(scribe_home) as db:
        db.execute("UPDATE blobs SET owner = CASE owner WHEN 'session:a' THEN 'session:x' ELSE owner END")
        db.execute("UPDATE blobs SET owner = 'session:a' WHERE owner = 'session:b'")
    with pytest.raises(IntegrityError):
        store.read_blob("a", "progress")


def test_rotation_rewraps_keys_and_leaves_bodies_byte_identical(store: Store, keys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    vault_file = store.ingest("s1", io.BytesIO(AUDIO))
    store.commit_results("s1", {"transcript": b"T" * 100})
    body = vault_file.read_bytes()
    with _raw(scribe_home) as db:
        blobs_before = db.execute("SELECT ciphertext FROM blobs ORDER BY id").fetchall()
    assert keys.rotate() == 2
    assert store.rewrap_all() == store.keys_in_use()[2]
    assert set(store.keys_in_use()) == {2}
    assert vault_file.read_bytes() == body
    with _raw(scribe_home) as db:
        assert db.execute("SELECT ciphertext FROM blobs ORDER BY id").fetchall() == blobs_before
    keys.retire(1)
    assert bytes(store.read_audio("s1")) == AUDIO
    assert store.read_blob("s1", "transcript") == b"T" * 100


def test_data_under_a_retired_version_cannot_be_opened(store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    store.ingest("s1", io.BytesIO(AUDIO))
    keys.rotate()
    keys.retire(1)  # without rewrapping first (the CLI refuses this; the provider obeys)
    with pytest.raises(KeyAccessError, match="retired"):
        store.read_audio("s1")


# -- audit chain -------------------------------------------------------------------------------


def _tamper(home: Path, *sql: str) -> None:
    with _raw(home) as db:
        db.execute("DROP TRIGGER IF EXISTS audit_no_update")
        db.execute("DROP TRIGGER IF EXISTS audit_no_delete")
        for stmt in sql:
            db.execute(stmt)


@pytest.fixture
def audited(store: Store) -> Store:
    for sid in ("a", "b", "c"):
        store.ingest(sid, io.BytesIO(AUDIO))
    assert store.verify_audit().ok and store.verify_audit().entries == 3
    return store


def test_audit_log_is_append_only_in_the_database(audited: Store, scribe_home: Path) -> None:
    with _raw(scribe_home) as db, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = 1")


def test_audit_ids_are_hmacs(audited: Store, scribe_home: Path) -> None:
    with _raw(scribe_home) as db:
        objects = [r[0] for r in db.execute("SELECT object FROM audit_log")]
    assert all(len(o) == 32 and o not in ("a", "b", "c") for o in objects)


def test_edited_audit_entry_is_caught(audited: Store, scribe_home: Path) -> None:
    _tamper(scribe_home, "UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
    result = audited.verify_audit()
    assert not result.ok and result.first_bad == 2


def test_deleted_audit_entry_is_caught(audited: Store, scribe_home: Path) -> None:
    _tamper(scribe_home, "DELETE FROM audit_log WHERE seq = 2")
    result = audited.verify_audit()
    assert not result.ok and result.first_bad == 2


def test_deleted_last_entry_is_caught_by_head_anchor(audited: Store, scribe_home: Path) -> None:
    _tamper(scribe_home, "DELETE FROM audit_log WHERE seq = 3")
    result = audited.verify_audit()
    assert not result.ok and result.first_bad == 3


def test_reordered_audit_entries_are_caught(audited: Store, scribe_home: Path) -> None:
    _tamper(
        scribe_home,
        "UPDATE audit_log SET seq = 100 WHERE seq = 1",
        "UPDATE audit_log SET seq = 1 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 100",
    )
    result = audited.verify_audit()
    assert not result.ok and result.first_bad == 1


def test_recomputed_chain_without_the_key_is_caught(audited: Store, scribe_home: Path) -> None:
    import hashlib

    # An attacker rewrites entry 3 and recomputes a plain SHA-256 "hash": the HMAC key is missing.
    forged = hashlib.sha256(b"forged").hexdigest()
    _tamper(scribe_home, f"UPDATE audit_log SET action = 'audio.read', hash = '{forged}' WHERE seq = 3")
    assert not audited.verify_audit().ok


def test_head_anchor_is_written_with_each_entry(audited: Store, scribe_home: Path) -> None:
    head = json.loads((scribe_home / "audit.head").read_text())
    assert head["seq"] == 3


class _DiesHalfway(io.RawIOBase):
    """A recording source that fails mid-stream (a pulled USB stick, a killed upload)."""

    def __init__(self, data: bytes) -> None:
        self._src = io.BytesIO(data)
        self._limit = len(data) // 2

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        if self._src.tell() >= self._limit:
            raise OSError("device disconnected")
        chunk = self._src.read(min(len(b), 1000))
        b[: len(chunk)] = chunk
        return len(chunk)


def test_crash_mid_ingest_leaves_no_vault_file_no_temp_and_no_session(store: Store, scribe_home: Path, tmp_path: Path) -> None:
    tmp_before = set(Path(__import__("tempfile").gettempdir()).iterdir())
    with pytest.raises(OSError):
        store.ingest("s1", io.BufferedReader(_DiesHalfway(AUDIO * 20)))
    assert list((scribe_home / "vault").iterdir()) == []
    assert store.sessions() == [] and store.keys_in_use() == {}
    new_tmp = set(Path(__import__("tempfile").gettempdir()).iterdir()) - tmp_before
    assert not [p for p in new_tmp if p.is_file() and AUDIO[:64] in p.read_bytes()]


def test_commit_failure_after_writing_leaves_no_orphan_ciphertext(store: Store, scribe_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.store import audit

    def disk_full(*a, **k):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT INTO audit_log", {}, Exception("disk full"))

    monkeypatch.setattr(audit, "append", disk_full)
    with pytest.raises(AuditError):
        store.ingest("s1", io.BytesIO(AUDIO))
    assert list((scribe_home / "vault").iterdir()) == []
    assert store.sessions() == [] and store.keys_in_use() == {}


def test_bad_session_id_is_a_config_error(store: Store) -> None:
    from scribe.errors import ConfigError

    with pytest.raises(ConfigError):
        store.ingest("x" * 200, io.BytesIO(AUDIO))
