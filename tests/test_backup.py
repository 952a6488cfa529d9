"""Backups: encrypted, never audio or the key file; a restore brings every note back and never destroyed data."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from scribe import backup
from scribe.errors import IntegrityError, KeyAccessError, NotFoundError, ShreddedError, StateError
from scribe.store.models import SessionRow
from scribe.store.retention import Retention
from scribe.store.review import ReviewStore
from scribe.store.store import Store
from scribe.store.users import UserDirectory
from scribe.vault.keys import FileKeyProvider
from tests.records_helpers import records_desk, run_cli
from tests.web_desk import FAST_ARGON2, PASSWORD, Desk


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    d = records_desk(scribe_home)
    alice = d.users.get("alice")
    d.review.note(d.ids["routine"], alice)
    d.review.change(d.ids["routine"], alice, "add", "Plan", {"text": "Review the thought record next time."})
    d.review.sign(d.ids["routine"], alice, acknowledge_all=True)
    return d


def fresh_home(desk: Desk, tmp_path: Path, name: str = "restored", database_url: str | None = None) -> Store:
    """A new, empty SCRIBE_HOME holding only a copy of the practice key file (the lost-box case),
    its notes store on SQLite or on the empty PostgreSQL database at ``database_url``."""
    home = tmp_path / name
    (home / "keys").mkdir(parents=True)
    shutil.copy2(desk.home / "keys" / "practice.key", home / "keys" / "practice.key")
    return Store(home, FileKeyProvider(home / "keys" / "practice.key"), segment_size=4096, database_url=database_url)


def snapshot(store: Store, desk: Desk) -> dict[str, object]:
    review = ReviewStore(store, UserDirectory(store, argon2=FAST_ARGON2))
    out: dict[str, object] = {}
    for label, sid in desk.ids.items():
        out[label + "/transcript"] = store.read_blob(sid, "transcript")
        out[label + "/progress"] = store.read_blob(sid, "progress")
    signed = review.signed_note(desk.ids["routine"])
    out["signed"] = (signed.content_hash, signed.doc, signed.signed_by)
    out["history"] = [(h["action"], h["path"], h["change"]) for h in review.history(desk.ids["routine"], desk.users.get("alice"))]
    user, key = UserDirectory(store).authenticate("alice", PASSWORD)
    out["workspace"] = review.workspace(desk.ids["routine"], user, key)
    return out


def test_backup_wipe_restore_brings_every_note_back_identical_with_the_audit_chain(desk: Desk, tmp_path: Path) -> None:
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)
    assert (archive.stat().st_mode & 0o777) == 0o600
    before = snapshot(desk.store, desk)
    restored = fresh_home(desk, tmp_path)
    backup.restore(restored, archive)
    assert restored.verify_audit().ok
    assert restored.audit_entries()[-1]["action"] == "backup.restore"
    assert snapshot(restored, desk) == before


def test_a_sqlite_practice_moves_to_postgresql_through_a_backup(desk: Desk, tmp_path: Path, postgres_url: str) -> None:
    # scaling out: the archive of a single-box SQLite store restores into an empty PostgreSQL database
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)
    before = snapshot(desk.store, desk)
    restored = fresh_home(desk, tmp_path, database_url=postgres_url)
    assert restored.dialect == "postgresql"
    backup.restore(restored, archive)
    assert restored.verify_audit().ok
    assert restored.audit_entries()[-1]["action"] == "backup.restore"
    assert snapshot(restored, desk) == before
    restored.close()


def test_backup_and_restore_on_postgresql_keep_every_note_and_every_shred(scribe_home: Path, tmp_path: Path,
                                                                        postgres_admin_url: str) -> None:
    from tests import pg

    with pg.database(postgres_admin_url) as source_url, pg.database(postgres_admin_url) as target_url:
        desk = records_desk(scribe_home, source_url)
        alice = desk.users.get("alice")
        desk.review.note(desk.ids["routine"], alice)
        desk.review.sign(desk.ids["routine"], alice, acknowledge_all=True)
        archive = tmp_path / "scribe.backup"
        backup.create(desk.store, archive)
        desk.store.shred_audio(desk.ids["bob"])  # after the backup: must stay shredded on restore
        before = snapshot(desk.store, desk)
        restored = fresh_home(desk, tmp_path, database_url=target_url)
        backup.restore(restored, archive)
        assert restored.verify_audit().ok
        assert snapshot(restored, desk) == before
        with pytest.raises(ShreddedError):
            restored.read_audio(desk.ids["bob"])
        assert not restored.session(desk.ids["bob"]).has_audio
        with pytest.raises(StateError, match="not empty"):  # never over a store that holds rows
            backup.restore(restored, archive)
        restored.close()
        desk.store.close()


def test_restore_of_a_backup_taken_before_a_shred_leaves_that_audio_unreadable(desk: Desk, tmp_path: Path) -> None:
    sid = desk.ids["bob"]
    assert desk.store.read_audio(sid)  # audio still held when the backup is taken
    archive = tmp_path / "before-shred.backup"
    backup.create(desk.store, archive)
    desk.store.shred_audio(sid)
    restored = fresh_home(desk, tmp_path)
    shutil.copytree(desk.home / "vault", restored.vault_dir, dirs_exist_ok=True)  # even with every vault file back
    backup.restore(restored, archive)
    with pytest.raises(ShreddedError):
        restored.read_audio(sid)
    assert not restored.session(sid).has_audio


def test_archive_holds_no_audio_key_and_no_key_file(desk: Desk, tmp_path: Path) -> None:
    archive = tmp_path / "scribe.backup"
    manifest = backup.create(desk.store, archive)
    assert manifest["audio_keys_left_out"] == 4
    dump = backup.read(desk.store, archive)
    assert all(k["purpose"] != "audio" for k in dump["tables"]["data_keys"])
    assert all(s["audio_key_id"] is None for s in dump["tables"]["sessions"])
    raw = archive.read_bytes()
    ring = json.loads((desk.home / "keys" / "practice.key").read_text())
    for secret in [ring["audit_key"]] + [v["record"] for v in ring["versions"]] + [v["private"] for v in ring["versions"]]:
        assert secret.encode() not in raw and secret.encode() not in json.dumps(dump).encode()
    assert b"backpack" not in raw and b"Rachel" not in raw  # encrypted, not just encoded


def test_restore_refused_into_a_store_that_is_not_empty(desk: Desk, tmp_path: Path) -> None:
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)
    with pytest.raises(StateError, match="not empty"):
        backup.restore(desk.store, archive)


def test_tampered_archive_is_refused_and_nothing_restored(desk: Desk, tmp_path: Path) -> None:
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)
    data = bytearray(archive.read_bytes())
    data[-40] ^= 1
    archive.write_bytes(bytes(data))
    restored = fresh_home(desk, tmp_path)
    with pytest.raises(IntegrityError):
        backup.restore(restored, archive)
    assert restored.sessions() == [] and restored.audit_entries() == []


def test_archive_does_not_open_with_another_practices_key_file(desk: Desk, tmp_path: Path) -> None:
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)
    other_home = tmp_path / "other"
    other = Store(other_home, FileKeyProvider.init(other_home / "keys" / "practice.key"))
    with pytest.raises((KeyAccessError, IntegrityError)):
        backup.restore(other, archive)


def test_record_shredded_by_retention_after_the_backup_stays_shredded_on_restore(desk: Desk, tmp_path: Path) -> None:
    register = tmp_path / "offbox" / "shred.register"
    register.parent.mkdir()
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)  # no policy yet: nothing would be due by date at restore
    r = Retention(desk.store, register=register)
    with desk.store._tx() as db:
        db.execute(update(SessionRow).where(SessionRow.id == desk.ids["bob"]).values(created_at=datetime.now() - timedelta(days=3000)))
    r.set_years(7)
    r.apply()
    restored = fresh_home(desk, tmp_path)
    result = backup.restore(restored, archive, register=register)
    assert result["reshredded"] == 1
    with pytest.raises((ShreddedError, NotFoundError)):
        restored.read_blob(desk.ids["bob"], "transcript")
    assert restored.read_blob(desk.ids["risk"], "transcript")
    assert restored.verify_audit().ok


def test_restore_reapplies_the_retention_policy_it_restores(desk: Desk, tmp_path: Path) -> None:
    with desk.store._tx() as db:
        db.execute(update(SessionRow).where(SessionRow.id == desk.ids["bob"]).values(created_at=datetime.now() - timedelta(days=3000)))
    Retention(desk.store).set_years(7)
    archive = tmp_path / "scribe.backup"
    backup.create(desk.store, archive)  # taken before `retention apply` ran
    restored = fresh_home(desk, tmp_path)
    assert backup.restore(restored, archive)["reshredded"] == 1
    with pytest.raises((ShreddedError, NotFoundError)):
        restored.read_blob(desk.ids["bob"], "transcript")


def test_lost_box_drill_through_the_cli_recovery_key_and_restore(desk: Desk, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    archive, recovery = tmp_path / "scribe.backup", tmp_path / "practice.recovery"
    assert run_cli(["backup", "create", str(archive)], monkeypatch, capsys)[0] == 0
    monkeypatch.setenv("SCRIBE_RECOVERY_PASSPHRASE", "a long recovery passphrase")
    rc, _out, err = run_cli(["keys", "export", "--recovery", str(recovery)], monkeypatch, capsys)
    assert rc == 0, err
    assert b"audit_key" not in recovery.read_bytes()
    monkeypatch.setenv("SCRIBE_HOME", str(tmp_path / "new-box"))
    monkeypatch.setenv("SCRIBE_RECOVERY_PASSPHRASE", "a long recovery passphrase")
    rc, _out, err = run_cli(["keys", "import", "--recovery", str(recovery)], monkeypatch, capsys)
    assert rc == 0, err
    rc, _out, err = run_cli(["backup", "restore", str(archive)], monkeypatch, capsys)
    assert rc == 0, err
    assert run_cli(["audit", "verify"], monkeypatch, capsys)[0] == 0
    rc, out, _ = run_cli(["notes", "show", desk.ids["bob"], "--json"], monkeypatch, capsys)
    assert rc == 0 and json.loads(out)["progress_note"]
