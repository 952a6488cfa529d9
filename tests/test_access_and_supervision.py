"""Right of access (signed progress notes, never the workspace), a trainee's grant, and disclosure in the review app."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from scribe.store.supervision import Supervision
from scribe.web.app import create_app
from tests.records_helpers import CLIENT, OTHER_CLIENT, actions, records_desk, run_cli
from tests.web_desk import PASSWORD, PRIVATE_MARK, Desk, login


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    d = records_desk(scribe_home)
    alice = d.users.get("alice")
    _user, key = d.users.authenticate("alice", PASSWORD)
    d.review.add_private_note(d.ids["routine"], alice, key, PRIVATE_MARK)
    d.review.note(d.ids["routine"], alice)
    d.review.sign(d.ids["routine"], alice, acknowledge_all=True)
    return d


def client_for(desk: Desk, name: str) -> tuple[TestClient, str]:
    c = TestClient(create_app(desk.store, users=desk.users), follow_redirects=False)
    return c, login(c, name)


def test_export_record_holds_the_signed_progress_notes_and_never_the_workspace(desk: Desk, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, out, err = run_cli(["export-record", CLIENT, "--out", str(tmp_path / "rec")], monkeypatch, capsys)
    assert rc == 0, err
    pdf = (tmp_path / "rec" / "record.pdf").read_bytes()
    bundle = json.loads((tmp_path / "rec" / "record.fhir.json").read_text())
    assert pdf.startswith(b"%PDF") and bundle["resourceType"] == "Bundle"
    docs = [e["resource"] for e in bundle["entry"]]
    assert len(docs) == 1 and docs[0]["type"]["coding"][0]["code"] == "11506-3"  # the risk session is not signed
    import base64

    text = base64.b64decode(docs[0]["content"][0]["attachment"]["data"]).decode()
    assert "Subjective" in text or "Plan" in text
    assert PRIVATE_MARK not in text and "How much of the client's" not in text
    assert actions(desk).count("record.export") == 2
    assert CLIENT not in json.dumps(desk.store.audit_entries())


def test_export_record_refused_for_a_client_without_signed_notes(desk: Desk, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, _out, err = run_cli(["export-record", OTHER_CLIENT, "--out", str(tmp_path / "rec")], monkeypatch, capsys)
    assert rc != 0 and "no signed progress notes" in err


def test_biller_exports_the_record_but_never_a_workspace(desk: Desk) -> None:
    c, csrf = client_for(desk, "bill")
    r = c.post("/records/export", data={"csrf_token": csrf, "client": CLIENT, "format": "fhir"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/fhir+json")
    assert PRIVATE_MARK not in r.text
    assert c.post("/records/export", data={"csrf_token": csrf, "client": CLIENT, "format": "pdf"}).content.startswith(b"%PDF")
    ref = desk.refs["routine"]
    assert c.get(f"/notes/{ref}/workspace").status_code == 403
    assert c.get(f"/notes/{ref}/disclose").status_code == 403


def test_admin_may_not_export_a_clients_record(desk: Desk) -> None:
    c, csrf = client_for(desk, "ada")
    assert c.get("/records").status_code == 403
    assert c.post("/records/export", data={"csrf_token": csrf, "client": CLIENT}).status_code == 403


def test_supervisor_is_refused_a_trainees_workspace_before_the_grant_and_allowed_after(desk: Desk) -> None:
    ref = desk.refs["trainee"]
    sam, _ = client_for(desk, "sam")
    assert sam.get(f"/notes/{ref}/workspace").status_code == 403
    tina, tina_csrf = client_for(desk, "tina")
    refused = tina.post(f"/notes/{ref}/workspace/grant", data={"csrf_token": tina_csrf})
    assert refused.status_code == 409 and "confidentiality agreement" in refused.text  # no agreement recorded yet
    assert sam.get(f"/notes/{ref}/workspace").status_code == 403
    Supervision(desk.store).record_agreement("tina", reference="Training agreement 2026-01")
    assert tina.post(f"/notes/{ref}/workspace/grant", data={"csrf_token": tina_csrf}).status_code == 303
    page = sam.get(f"/notes/{ref}/workspace")
    assert page.status_code == 200 and "Shared with you" in page.text and "work and performance pressure" in page.text
    assert {"workspace.grant_refused", "workspace.grant", "workspace.open_shared"} <= set(actions(desk))
    assert tina.post(f"/notes/{ref}/workspace/revoke", data={"csrf_token": tina_csrf}).status_code == 303
    assert sam.get(f"/notes/{ref}/workspace").status_code == 403


def test_other_supervisees_workspace_stays_closed_to_a_supervisor(desk: Desk) -> None:
    sam, _ = client_for(desk, "sam")
    assert sam.get(f"/notes/{desk.refs['routine']}/workspace").status_code == 403


def _disclosure_form(csrf: str, *, expires: date) -> dict[str, str]:
    return {"csrf_token": csrf, "basis": "authorization", "part_themes": "1", "recipient": "Dr. Example",
            "client": CLIENT, "purpose": "continuity of care", "expires": expires.isoformat()}


def test_author_discloses_in_the_app_after_confirming_the_redaction(desk: Desk) -> None:
    ref = desk.refs["routine"]
    c, csrf = client_for(desk, "alice")
    preview = c.post(f"/notes/{ref}/disclose/preview", data=_disclosure_form(csrf, expires=date.today() + timedelta(days=9)),
                     files={"form": ("signed.pdf", io.BytesIO(b"%PDF signed"), "application/pdf")})
    assert preview.status_code == 200 and "work and performance pressure" in preview.text
    assert "backpack" not in preview.text  # metaphors were not asked for
    auth_id = preview.text.split('name="authorization_id" value="')[1].split('"')[0]
    unconfirmed = {"csrf_token": csrf, "basis": "authorization", "authorization_id": auth_id, "part_themes": "1",
                   "keep_themes/0": "1", "recipient": "Dr. Example"}
    assert c.post(f"/notes/{ref}/disclose/release", data=unconfirmed).status_code == 400
    released = c.post(f"/notes/{ref}/disclose/release", data=dict(unconfirmed, confirm="1"))
    assert released.status_code == 200 and released.content.startswith(b"%PDF")
    assert actions(desk).count("disclosure.release") == 1


def test_app_refuses_a_disclosure_under_an_expired_authorization(desk: Desk) -> None:
    ref = desk.refs["routine"]
    c, csrf = client_for(desk, "alice")
    r = c.post(f"/notes/{ref}/disclose/preview", data=_disclosure_form(csrf, expires=date.today() - timedelta(days=1)),
               files={"form": ("signed.pdf", io.BytesIO(b"%PDF signed"), "application/pdf")})
    assert r.status_code == 409 and "expired" in r.text
    assert "authorization.record" not in actions(desk) and "disclosure.refused" in actions(desk)


def test_another_clinician_cannot_start_a_disclosure(desk: Desk) -> None:
    c, csrf = client_for(desk, "bob")
    r = c.post(f"/notes/{desk.refs['routine']}/disclose/preview", data=_disclosure_form(csrf, expires=date.today()),
               files={"form": ("signed.pdf", io.BytesIO(b"x"), "application/pdf")})
    assert r.status_code == 403


def test_author_records_the_sessions_client_in_the_app_and_a_biller_cannot(desk: Desk, monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = desk.refs["bob"]
    bill, bill_csrf = client_for(desk, "bill")
    assert bill.post(f"/notes/{ref}/client", data={"csrf_token": bill_csrf, "client": CLIENT}).status_code == 403
    bob, csrf = client_for(desk, "bob")
    assert 'action="/notes/' + ref + '/client"' in bob.get(f"/notes/{ref}").text
    assert bob.post(f"/notes/{ref}/client", data={"csrf_token": csrf, "client": CLIENT}).status_code == 303
    from scribe.store.records import client_sessions

    assert desk.ids["bob"] in client_sessions(desk.store, CLIENT)
