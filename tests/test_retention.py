"""Retention: exactly what is due is crypto-shredded with a certificate; legal holds suspend it; decommissioning."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from scribe.errors import ConfigError, NotFoundError, ShreddedError
from scribe.store.models import SessionRow
from scribe.store.retention import Retention, read_register
from scribe.store.review_models import NoteVersionRow
from tests.records_helpers import CLIENT, records_desk, run_cli
from tests.web_desk import Desk


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    d = records_desk(scribe_home)
    alice = d.users.get("alice")
    d.review.note(d.ids["routine"], alice)
    d.review.sign(d.ids["routine"], alice, acknowledge_all=True)
    return d


def age(desk: Desk, label: str, years: float) -> None:
    with desk.store._tx() as db:
        db.execute(update(SessionRow).where(SessionRow.id == desk.ids[label])
                   .values(created_at=datetime.now() - timedelta(days=365.25 * years)))


def readable(desk: Desk, label: str) -> bool:
    sid = desk.ids[label]
    try:
        desk.store.read_blob(sid, "transcript")
        return True
    except (ShreddedError, NotFoundError):
        return False


def test_retention_refuses_to_run_without_a_policy(desk: Desk) -> None:
    with pytest.raises(ConfigError, match="no retention policy"):
        Retention(desk.store).apply()


def test_retention_shreds_exactly_the_sessions_past_the_policy(desk: Desk) -> None:
    r = Retention(desk.store)
    r.set_years(7)
    age(desk, "routine", 8)
    age(desk, "risk", 6)
    certs = r.apply()
    assert len(certs) == 1 and certs[0]["note_versions"] == 1 and certs[0]["workspaces"] == 1
    assert "absent" in certs[0]["method"]
    assert not readable(desk, "routine")
    assert readable(desk, "risk") and readable(desk, "bob") and readable(desk, "trainee")
    with pytest.raises(ShreddedError):
        desk.review.signed_note(desk.ids["routine"]).doc  # noqa: B018  (the signed note's key is gone)
    assert r.apply() == []  # nothing more is due
    actions = [e["action"] for e in desk.store.audit_entries(desk.ids["routine"])]
    assert actions[-2:] == ["retention.keys_deleted", "retention.shred"]
    assert desk.store.verify_audit().ok


def test_legal_hold_on_a_session_suspends_its_retention(desk: Desk) -> None:
    r = Retention(desk.store)
    r.set_years(7)
    age(desk, "routine", 8)
    age(desk, "bob", 8)
    hold = r.place_hold(session_id=desk.ids["bob"], reason="litigation", reference="Case 1")
    assert [c["reason"] for c in r.apply()] == ["retention"]
    assert readable(desk, "bob") and not readable(desk, "routine")
    r.release_hold(hold)
    assert len(r.apply()) == 1 and not readable(desk, "bob")


def test_legal_hold_on_a_client_covers_every_session_of_that_client(desk: Desk) -> None:
    r = Retention(desk.store)
    r.set_years(7)
    for label in ("routine", "risk", "bob"):
        age(desk, label, 8)
    r.place_hold(client=CLIENT.upper(), reason="subpoena", reference="Case 2")  # same client, other spelling
    r.apply()
    assert readable(desk, "routine") and readable(desk, "risk") and not readable(desk, "bob")


def test_database_refuses_to_shred_a_signed_notes_key_outside_retention(desk: Desk) -> None:
    from scribe.errors import AuditError
    from scribe.store.records import shred_key

    with pytest.raises(AuditError), desk.store._tx() as db:
        row = db.query(NoteVersionRow).filter(NoteVersionRow.session_id == desk.ids["routine"]).one()
        shred_key(db, row.key_id)


def test_retention_shred_is_written_to_the_register_and_an_edited_line_is_refused(desk: Desk, tmp_path: Path) -> None:
    register = tmp_path / "elsewhere" / "shred.register"
    register.parent.mkdir()
    r = Retention(desk.store, register=register)
    r.set_years(7)
    age(desk, "routine", 8)
    r.apply()
    key = desk.store.keys.audit_key()
    assert len(read_register(register, key)) == 1 and desk.ids["routine"] not in register.read_text()
    register.write_text(register.read_text().replace("session=", "session=0"))
    with pytest.raises(ConfigError, match="does not verify"):
        read_register(register, key)


def test_decommission_destroys_every_key_and_certifies_nothing_opens(desk: Desk, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    cert_path = tmp_path / "final-certificate.json"
    rc, _out, err = run_cli(["decommission", "--certificate", str(cert_path)], monkeypatch, capsys)
    assert rc != 0 and not cert_path.exists()
    rc, _out, err = run_cli(["decommission", "--certificate", str(cert_path), "--confirm", "DESTROY-EVERYTHING"], monkeypatch, capsys)
    assert rc == 0, err
    cert = json.loads(cert_path.read_text())
    assert cert["key_file"]["destroyed"] and not cert["key_file"]["present_after"]
    assert cert["data_keys_open"] == 0 and cert["personal_keys"] == 0 and cert["sessions_shredded"] == 4
    assert not (desk.home / "keys" / "practice.key").exists()
    assert list((desk.home / "vault").glob("*.sca")) == []
    rc, _out, err = run_cli(["notes", "show", desk.ids["bob"]], monkeypatch, capsys)
    assert rc != 0


def test_decommission_refused_while_a_legal_hold_stands(desk: Desk, tmp_path: Path) -> None:
    from scribe.errors import StateError

    r = Retention(desk.store)
    r.place_hold(session_id=desk.ids["bob"], reason="litigation", reference="Case 3")
    with pytest.raises(StateError, match="legal hold"):
        r.decommission(tmp_path / "cert.json")
    assert readable(desk, "bob") and not (tmp_path / "cert.json").exists()


def test_migration_guards_and_retention_work_on_postgresql(scribe_home: Path, keys, postgres_url: str) -> None:  # type: ignore[no-untyped-def]
    import io

    from scribe.store.store import Store

    store = Store(scribe_home, keys, segment_size=4096, database_url=postgres_url)
    try:
        store.ingest("pg-1", io.BytesIO(b"RIFF" + bytes(range(256)) * 8))
        store.commit_results("pg-1", {"transcript": b'{"turns": []}'})
        with store._tx() as db:
            db.execute(update(SessionRow).where(SessionRow.id == "pg-1").values(created_at=datetime.now() - timedelta(days=4000)))
        r = Retention(store)
        r.set_years(7)
        certs = r.apply()
        assert len(certs) == 1 and certs[0]["blobs"] == 1
        with pytest.raises((ShreddedError, NotFoundError)):
            store.read_blob("pg-1", "transcript")
        assert store.verify_audit().ok
    finally:
        store.close()
