"""Red-team scenarios against the audit anchor, shredding and recorder files; one scenario per test.

Each of these passed `audit verify`, issued a false certificate or brought
"destroyed" audio back before issue 7's fixes.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from scribe.errors import AudioError, IntegrityError, NotFoundError, ShreddedError, ShredUnprovenError, StateError
from scribe.store import store as store_mod
from scribe.store.store import RECORDER_AAD, Store
from scribe.vault import container
from scribe.vault.keys import FileKeyProvider

AUDIO = b"RIFF" + bytes(range(256)) * 40
SESSION_ID = "2026-03-14-smith"  # ids are made from dates and names: never in an error message


def _raw(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "scribe.db")


def _truncate_log(home: Path, keep: int) -> None:
    """What an attacker with a shell does: drop the triggers, cut the newest entries."""
    with _raw(home) as db:
        db.execute("DROP TRIGGER audit_no_delete")
        db.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
        db.execute(
            "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )


def _entries(store: Store, n: int) -> None:
    for i in range(n):
        store.record("test.event", "test", str(i))


# -- audit anchor ---------------------------------------------------------------------


def test_deleting_newest_entries_and_the_anchor_fails_verify(store: Store, scribe_home: Path) -> None:
    _entries(store, 5)
    _truncate_log(scribe_home, keep=3)
    (scribe_home / "audit.head").unlink()
    result = store.verify_audit()
    assert not result.ok and "anchor" in result.reason and "missing" in result.reason


def test_restored_older_anchor_is_caught_by_a_witnessed_head(store: Store, scribe_home: Path) -> None:
    _entries(store, 3)
    old_anchor = (scribe_home / "audit.head").read_bytes()
    _entries(store, 3)
    witnessed = store.signed_head()  # printed and kept outside the box
    _truncate_log(scribe_home, keep=3)
    (scribe_home / "audit.head").write_bytes(old_anchor)  # authentic, only older
    assert store.verify_audit().ok  # locally consistent: the reason a witness outside SCRIBE_HOME exists
    result = store.verify_audit(witnessed=[witnessed])
    assert not result.ok and result.first_bad == 6 and "witnessed" in result.reason


def test_witness_file_outside_home_catches_a_restored_anchor(scribe_home: Path, keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    witness = tmp_path / "elsewhere" / "audit-heads.log"
    witness.parent.mkdir()
    s = Store(scribe_home, keys, audit_witness=witness)
    _entries(s, 3)
    old_anchor = (scribe_home / "audit.head").read_bytes()
    _entries(s, 2)
    assert len(witness.read_text().splitlines()) == 5
    _truncate_log(scribe_home, keep=3)
    (scribe_home / "audit.head").write_bytes(old_anchor)
    assert not s.verify_audit().ok
    s.close()


def test_anchor_never_moves_backwards(store: Store, scribe_home: Path) -> None:
    from scribe.store import audit

    _entries(store, 4)
    head = json.loads((scribe_home / "audit.head").read_text())
    # A writer that committed entry 2 but reached the anchor last must not pull it back.
    audit.write_head(scribe_home / "audit.head", store.keys.audit_key(), 2, "0" * 64)
    assert json.loads((scribe_home / "audit.head").read_text()) == head


def test_signed_head_refuses_edits_and_other_practices(store: Store, scribe_home: Path) -> None:
    _entries(store, 2)
    line = store.signed_head()
    edited = line.replace("seq=", "seq=1")
    assert "signature" in store.verify_audit(witnessed=[edited]).reason
    other = Store(scribe_home.parent / "other-home", FileKeyProvider.init(scribe_home.parent / "other.key"))
    _entries(other, 2)
    assert not store.verify_audit(witnessed=[other.signed_head()]).ok
    other.close()


def test_verify_fails_when_the_append_only_triggers_are_dropped(store: Store, scribe_home: Path) -> None:
    _entries(store, 2)
    with _raw(scribe_home) as db:
        db.execute("DROP TRIGGER audit_no_update")
    result = store.verify_audit()
    assert not result.ok and "audit_no_update" in result.reason


def test_cli_audit_head_and_verify_head(capsys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main

    assert main(["keys", "init"]) == 0
    assert main(["audit", "head"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("scribe-audit-head/1 ")
    assert main(["audit", "verify", "--head", line]) == 0
    assert main(["audit", "verify", "--head", line.replace("hash=", "hash=0")]) == 4


# -- shredding --------------------------------------------------------------------------


def _wrapped_audio_key(home: Path) -> bytes:
    with _raw(home) as db:
        return db.execute("SELECT wrapped FROM data_keys WHERE purpose='audio'").fetchone()[0]


def _on_disk(home: Path, needle: bytes) -> bool:
    return any(needle in p.read_bytes() for p in home.iterdir() if p.name.startswith("scribe.db") and p.is_file())


def test_shred_past_an_open_reader_is_not_certified(store: Store, scribe_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "SHRED_CHECKPOINT_ATTEMPTS", 2)
    store.ingest(SESSION_ID, io.BytesIO(AUDIO))
    wrapped = _wrapped_audio_key(scribe_home)
    reader = _raw(scribe_home)  # a backup, or an open sqlite3 shell
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM data_keys").fetchone()
    with pytest.raises(ShredUnprovenError, match="read transaction") as info:
        store.shred_audio(SESSION_ID)
    assert SESSION_ID not in str(info.value)
    assert not [e for e in store.audit_entries(SESSION_ID) if e["action"] == "audio.shred"]  # no certificate
    assert store.session(SESSION_ID).shred_pending and (scribe_home / "vault").iterdir()
    with pytest.raises(ShreddedError):
        store.read_audio(SESSION_ID)  # the key row is gone for the application already
    reader.rollback()
    reader.close()
    assert SESSION_ID in store.expired_audio()  # `shred --expired` finishes pending shreds
    cert = store.shred_audio(SESSION_ID)
    assert "wrapped key absent" in cert["method"] and cert["ciphertext_sha256"]
    assert not _on_disk(scribe_home, wrapped) and not _on_disk(scribe_home, wrapped[:12])
    assert list((scribe_home / "vault").iterdir()) == []
    assert store.verify_audit().ok


def test_shred_without_readers_leaves_no_key_bytes_in_any_database_file(store: Store, scribe_home: Path) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    wrapped = _wrapped_audio_key(scribe_home)
    assert _on_disk(scribe_home, wrapped)
    store.shred_audio("s")
    assert not _on_disk(scribe_home, wrapped)


def test_shred_expired_includes_failed_and_never_processed_sessions(scribe_home: Path, keys) -> None:  # type: ignore[no-untyped-def]
    s = Store(scribe_home, keys, unprocessed_retention_hours=0)
    for sid in ("never-processed", "failed", "processing", "processed-kept"):
        s.ingest(sid, io.BytesIO(AUDIO))
    s.set_state("failed", "failed", error_kind="AudioError")
    s.set_state("processing", "processing")
    s.commit_results("processed-kept", {"transcript": b"t"}, retain_audio_hours=24)
    assert s.expired_audio() == ["failed", "never-processed"]
    s.close()


def test_listing_sessions_during_an_ingest_keeps_its_temp_file(scribe_home: Path, keys) -> None:  # type: ignore[no-untyped-def]
    Store(scribe_home, keys).close()
    vault = scribe_home / "vault"
    fresh = vault / f".x.sca{container.PARTIAL_MARKER}live"
    stale = vault / f".y.sca{container.PARTIAL_MARKER}dead"
    fresh.write_bytes(b"in progress")
    stale.write_bytes(b"crashed")
    old = time.time() - 2 * store_mod.STALE_PARTIAL_SECONDS
    os.utime(stale, (old, old))
    Store(scribe_home, keys).sessions()  # what `scribe sessions list` does
    assert fresh.exists() and not stale.exists()


# -- recorder files -----------------------------------------------------------------------


def _recorder_file(keys) -> bytes:  # type: ignore[no-untyped-def]
    public, version = keys.recipient_public()
    sca = io.BytesIO()
    container.encrypt_to_recipient(io.BytesIO(AUDIO), sca, recipient_public=public, key_version=version, aad=RECORDER_AAD)
    return sca.getvalue()


def test_recorder_file_cannot_be_reingested_after_its_audio_was_shredded(store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    sca = _recorder_file(keys)
    store.ingest("first", io.BytesIO(sca))
    store.shred_audio("first")
    with pytest.raises(StateError, match="used once"):
        store.ingest("second", io.BytesIO(sca))
    with pytest.raises(NotFoundError):
        store.session("second")
    store.ingest("other", io.BytesIO(_recorder_file(keys)))  # another recording is fine


def test_cli_run_of_a_recorder_file_removes_the_inbox_copy(capsys, scribe_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main

    assert main(["keys", "init"]) == 0
    from scribe.pipeline import open_store

    sca = tmp_path / "r.sca"
    sca.write_bytes(_recorder_file(open_store().keys))
    keep = tmp_path / "copy.sca"
    keep.write_bytes(sca.read_bytes())
    assert main(["ingest", str(sca), "--session-id", "a"]) == 0
    assert not sca.exists()  # removed by default once safely in the vault
    capsys.readouterr()
    assert main(["ingest", str(keep), "--session-id", "b", "--keep-source"]) == 9  # the same recording again
    assert "used once" in capsys.readouterr().err and keep.exists()


# -- limits and messages ------------------------------------------------------------------


def test_ingest_larger_than_the_cap_is_refused_and_leaves_nothing(scribe_home: Path, keys) -> None:  # type: ignore[no-untyped-def]
    s = Store(scribe_home, keys, max_ingest_bytes=4096, segment_size=4096)
    with pytest.raises(AudioError, match="SCRIBE_MAX_INGEST_BYTES"):
        s.ingest("big", io.BytesIO(bytes(10_000)))
    assert s.sessions() == [] and list((scribe_home / "vault").iterdir()) == [] and s.keys_in_use() == {}
    s.close()


def test_cli_ingest_of_dev_zero_stops_at_the_cap(capsys, scribe_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main
    from scribe.config import get_settings
    from scribe.pipeline import _store_for

    monkeypatch.setenv("SCRIBE_MAX_INGEST_BYTES", str(1 << 20))
    get_settings.cache_clear()
    _store_for.cache_clear()
    assert main(["keys", "init"]) == 0
    capsys.readouterr()
    assert main(["ingest", "/dev/zero", "--session-id", "z"]) != 0
    assert "SCRIBE_MAX_INGEST_BYTES" in capsys.readouterr().err
    assert sum(p.stat().st_size for p in (scribe_home / "vault").iterdir()) == 0


@pytest.mark.parametrize("action", ["read_audio", "shred_audio", "session", "read_blob", "missing_vault_file"])
def test_store_errors_never_carry_the_session_id(store: Store, scribe_home: Path, action: str) -> None:
    if action == "missing_vault_file":
        path = store.ingest(SESSION_ID, io.BytesIO(AUDIO))
        path.unlink()
        call = lambda: store.read_audio(SESSION_ID)  # noqa: E731
    elif action == "read_blob":
        call = lambda: store.read_blob(SESSION_ID, "progress")  # noqa: E731
    else:
        call = lambda: getattr(store, action)(SESSION_ID)  # noqa: E731
    with pytest.raises((NotFoundError, ShreddedError, IntegrityError)) as info:
        call()
    assert SESSION_ID not in str(info.value) and "smith" not in str(info.value)
