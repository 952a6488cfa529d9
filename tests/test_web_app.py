"""The review app end to end through HTTP (no browser): auth, CSRF, idle logoff, review, sign, exports, privacy."""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text
from starlette.testclient import TestClient

from scribe.errors import IntegrityError, KeyAccessError
from scribe.store.models import BlobRow
from scribe.store.review_models import SealedWorkspaceRow
from scribe.store.users import LOCKOUT_ATTEMPTS
from scribe.vault import personal
from scribe.web.app import create_app
from tests.web_desk import PASSWORD, PRIVATE_MARK, RISK_TURN, Clock, Desk, build_desk, login


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    return build_desk(scribe_home)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(desk: Desk, clock: Clock) -> TestClient:
    return TestClient(create_app(desk.store, users=desk.users, clock=clock), follow_redirects=False)


def _user(desk: Desk, name: str):  # type: ignore[no-untyped-def]
    return desk.users.get(name)


def _actions(desk: Desk) -> list[dict[str, object]]:
    return desk.store.audit_entries()


# -- contract and auth ------------------------------------------------------------------------------


def test_healthz_without_login_and_pages_need_one(client: TestClient) -> None:
    r = client.get("/healthz")
    assert (r.status_code, r.text) == (200, "ok")
    assert client.get("/queue").status_code == 303
    assert client.get("/queue").headers["location"] == "/login"
    assert client.post("/notes/abc/sign").status_code == 401


def test_login_sets_a_strict_httponly_cookie_and_redirects(client: TestClient) -> None:
    r = client.post("/login", data={"username": "alice", "password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert "secure" not in cookie  # plain http on loopback; behind TLS see the next test


def test_behind_tls_the_cookie_is_secure_and_host_prefixed(desk: Desk) -> None:
    client = TestClient(create_app(desk.store, users=desk.users), base_url="https://desk.example", follow_redirects=False)
    r = client.post("/login", data={"username": "alice", "password": PASSWORD})
    cookie = r.headers["set-cookie"].lower()
    assert cookie.startswith("__host-scribe_session=") and "secure" in cookie
    assert client.get("/queue").headers["strict-transport-security"].startswith("max-age=")


def test_wrong_password_is_refused_and_repeated_failures_lock_the_account(client: TestClient, desk: Desk) -> None:
    for _ in range(LOCKOUT_ATTEMPTS):
        r = client.post("/login", data={"username": "alice", "password": "wrong password!"})
        assert r.status_code == 401 and "set-cookie" not in r.headers
    r = client.post("/login", data={"username": "alice", "password": PASSWORD})
    assert r.status_code == 401  # locked: even the right password
    assert _user(desk, "alice").locked
    reasons = [json.loads(str(e["detail"])).get("reason") for e in _actions(desk) if e["action"] == "user.login_failed"]
    assert reasons.count("password") == LOCKOUT_ATTEMPTS and reasons[-1] == "locked"


def test_lock_expires(desk: Desk) -> None:
    from datetime import timedelta

    from scribe.store.store import _now

    for _ in range(LOCKOUT_ATTEMPTS):
        with pytest.raises(Exception, match="locked or disabled"):
            desk.users.authenticate("bob", "wrong password!")
    with pytest.raises(Exception, match="locked or disabled"):
        desk.users.authenticate("bob", PASSWORD)
    user, key = desk.users.authenticate("bob", PASSWORD, now=_now() + timedelta(minutes=16))
    assert user.name == "bob" and key is not None


def test_unknown_and_disabled_users_get_the_same_refusal(client: TestClient, desk: Desk) -> None:
    desk.users.disable("bob")
    a = client.post("/login", data={"username": "nobody", "password": PASSWORD})
    b = client.post("/login", data={"username": "bob", "password": PASSWORD})
    assert a.status_code == b.status_code == 401
    assert "wrong user name or password" in a.text and "wrong user name or password" in b.text


def test_disabling_a_user_ends_their_sessions(client: TestClient, desk: Desk) -> None:
    login(client, "bob")
    admin = TestClient(client.app, follow_redirects=False)
    csrf = login(admin, "ada")
    bob_id = _user(desk, "bob").id
    assert admin.post(f"/admin/users/{bob_id}/disable", data={"csrf_token": csrf}).status_code == 303
    assert client.get("/queue").status_code == 303  # back to the login page


def test_idle_logoff(client: TestClient, clock: Clock) -> None:
    login(client, "alice")
    clock.advance(14 * 60)
    assert client.get("/queue").status_code == 200  # activity resets the idle timer
    clock.advance(14 * 60)
    assert client.get("/queue").status_code == 200
    clock.advance(15 * 60 + 1)
    r = client.get("/queue")
    assert r.status_code == 303 and r.headers["location"] == "/login"


def test_logout_needs_csrf_and_ends_the_session(client: TestClient) -> None:
    csrf = login(client, "alice")
    assert client.post("/logout").status_code == 403
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    assert client.get("/queue").status_code == 303


def test_csrf_less_posts_are_refused_and_change_nothing(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref = desk.refs["routine"]
    before = len(_actions(desk))
    assert client.post(f"/notes/{ref}/sign", data={"acknowledge_all": "1"}).status_code == 403
    assert client.post(f"/notes/{ref}/sign", data={"acknowledge_all": "1", "csrf_token": "forged"}).status_code == 403
    assert client.post(f"/notes/{ref}/facts", data={"op": "reject", "path": "medications/0"}).status_code == 403
    assert not [e for e in _actions(desk)[before:] if str(e["action"]).startswith("note.")]
    # The header works as well as the form field.
    r = client.post(f"/notes/{ref}/sign", data={"acknowledge_all": "1"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 303


def test_security_headers(client: TestClient, desk: Desk) -> None:
    login(client, "alice")
    r = client.get(f"/notes/{desk.refs['risk']}")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in r.text and " on" + "click=" not in r.text  # no inline script or handlers


# -- queue and review --------------------------------------------------------------------------------


def test_queue_puts_the_risk_flagged_draft_first_with_counts(client: TestClient, desk: Desk) -> None:
    login(client, "alice")
    page = client.get("/queue").text
    rows = page.split('data-ref="')[1:]
    assert rows[0].startswith(desk.refs["risk"]) and "Risk" in rows[0]
    assert desk.refs["bob"] not in page  # another clinician's session
    assert "Per clinician" in page
    for session_id in desk.ids.values():
        assert session_id not in page


def test_review_page_links_each_fact_to_its_transcript_turns(client: TestClient, desk: Desk) -> None:
    login(client, "alice")
    page = client.get(f"/notes/{desk.refs['risk']}").text
    assert 'id="turn-3"' in page and "sertraline" in page
    assert 'href="#turn-3" data-turns="3"' in page  # the medication points at the turn that names it
    assert RISK_TURN.split(".")[0] in page
    assert "b-risk" in page  # the endorsed risk item stands out


def test_edit_accept_reject_add_are_kept_and_audited(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref, sid = desk.refs["routine"], desk.ids["routine"]
    post = lambda **f: client.post(f"/notes/{ref}/facts", data={"csrf_token": csrf, **f})  # noqa: E731
    assert post(op="edit", path="medications/0", f_dose="100 mg").status_code == 303
    assert post(op="reject", path="interventions/0").status_code == 303
    assert post(op="accept", path="homework/0").status_code == 303
    drafted = len(desk.review.note(sid, _user(desk, "alice")).doc["progress_note"]["sections"]["Assessment"])
    assert post(op="add", path="Assessment", f_text="Mood improving; engaged in session.").status_code == 303
    assert post(op="edit", path="risk/suicidal_ideation", f_status="maybe").status_code == 400
    history = desk.review.history(sid, _user(desk, "alice"))
    assert [(h["action"], h["path"]) for h in history] == [
        ("edit", "medications/0"), ("reject", "interventions/0"), ("accept", "homework/0"), ("add", f"sections/Assessment/{drafted}"),
    ]
    assert history[0]["change"] == {"before": {"dose": "50 mg"}, "after": {"dose": "100 mg"}}
    assert all(h["actor"] == "clinician:alice" for h in history)
    audited = [e["action"] for e in _actions(desk) if e["actor"] == "clinician:alice"]
    assert {"note.draft", "note.edit", "note.reject", "note.accept", "note.add"} <= set(audited)
    # Edits live encrypted: the new sentence is nowhere in the database file in plaintext.
    assert b"Mood improving" not in (desk.home / "scribe.db").read_bytes()


def test_sign_needs_every_flag_acknowledged_then_locks_the_note(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref, sid = desk.refs["risk"], desk.ids["risk"]
    assert client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf}).status_code == 409
    # One by one works too: acknowledge the suicidal-ideation flag, the rest in bulk.
    assert client.post(f"/notes/{ref}/facts", data={"csrf_token": csrf, "op": "ack", "path": "risk/suicidal_ideation"}).status_code == 303
    assert client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"}).status_code == 303
    sign = [e for e in _actions(desk) if e["action"] == "note.sign"][-1]
    detail = json.loads(str(sign["detail"]))
    assert sign["actor"] == "clinician:alice" and detail["acknowledged_all"] is True and len(detail["content_hash"]) == 64
    page = client.get(f"/notes/{ref}").text
    assert "Signed" in page and "Locked" in page and "Sign note" not in page
    # The app refuses an edit; so does the database itself.
    r = client.post(f"/notes/{ref}/facts", data={"csrf_token": csrf, "op": "edit", "path": "medications/0", "f_dose": "1 mg"})
    assert r.status_code == 409
    with sqlite3.connect(desk.home / "scribe.db") as raw:
        for sql in ("UPDATE note_versions SET ciphertext = x'00'", "DELETE FROM note_versions",
                    "INSERT INTO note_edits SELECT 'x', note_id, at, actor, action, path, nonce, ciphertext FROM note_edits LIMIT 1",
                    "DELETE FROM data_keys WHERE id IN (SELECT key_id FROM note_versions)"):
            with pytest.raises(sqlite3.DatabaseError, match="signed note cannot be changed"):
                raw.execute(sql)
    state = desk.review.signed_note(sid)
    assert state.content_hash == detail["content_hash"]


def test_amendment_is_a_new_signed_version_linked_to_the_original(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref, sid = desk.refs["routine"], desk.ids["routine"]
    client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"})
    first = desk.review.signed_note(sid)
    assert client.post(f"/notes/{ref}/amend", data={"csrf_token": csrf}).status_code == 303
    assert "Amendment in progress" in client.get(f"/notes/{ref}").text
    client.post(f"/notes/{ref}/facts", data={"csrf_token": csrf, "op": "edit", "path": "medications/0", "f_dose": "75 mg"})
    # While the amendment is open, exports still carry the signed version 1.
    fhir = client.get(f"/notes/{ref}/export/fhir").json()
    assert fhir["id"] == first.note_id
    client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"})
    second = desk.review.signed_note(sid)
    assert second.version == 2 and second.parent_id == first.note_id and second.content_hash != first.content_hash
    assert desk.review.signed_note(sid).doc["amends"]["content_hash"] == first.content_hash
    fhir = client.get(f"/notes/{ref}/export/fhir").json()
    assert fhir["relatesTo"][0]["code"] == "replaces"
    assert first.note_id.replace("-", "")[:8] in fhir["relatesTo"][0]["target"]["identifier"]["value"].replace("-", "")


def test_trainee_note_needs_the_supervisors_cosignature_before_it_leaves(desk: Desk) -> None:
    app = create_app(desk.store, users=desk.users)
    tina, sam, bill = (TestClient(app, follow_redirects=False) for _ in range(3))
    ref = desk.refs["trainee"]
    t, s = login(tina, "tina"), login(sam, "sam")
    login(bill, "bill")
    tina.post(f"/notes/{ref}/sign", data={"csrf_token": t, "acknowledge_all": "1"})
    assert tina.get(f"/notes/{ref}/export/fhir").status_code == 409
    assert bill.get(f"/notes/{ref}").status_code == 403
    assert "awaiting supervisor co-signature" in sam.get(f"/notes/{ref}").text
    assert sam.post(f"/notes/{ref}/cosign", data={"csrf_token": s}).status_code == 303
    fhir = bill.get(f"/notes/{ref}/export/fhir").json()
    assert fhir["authenticator"]["display"] == "sam" and fhir["author"][0]["display"] == "tina"
    assert any(e["action"] == "note.cosign" and e["actor"] == "supervisor:sam" for e in _actions(desk))


# -- exports ---------------------------------------------------------------------------------------


def test_fhir_export_is_a_valid_r4_document_reference_only_after_signing(client: TestClient, desk: Desk) -> None:
    from fhir.resources.R4B.documentreference import DocumentReference

    csrf = login(client, "alice")
    ref = desk.refs["routine"]
    assert client.get(f"/notes/{ref}/export/fhir").status_code == 409
    client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"})
    r = client.get(f"/notes/{ref}/export/fhir")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/fhir+json")
    resource = DocumentReference.model_validate(r.json())
    assert resource.docStatus == "final" and resource.status == "current"
    coding = resource.type.coding[0]
    assert (coding.system, coding.code) == ("http://loinc.org", "11506-3")
    assert resource.author[0].display == "alice"
    body = base64.b64decode(r.json()["content"][0]["attachment"]["data"]).decode()
    assert "sertraline" in body and "Signed by alice" in body
    assert RISK_TURN not in body and PRIVATE_MARK not in body
    exports = [json.loads(str(e["detail"])) for e in _actions(desk) if e["action"] == "note.export"]
    assert exports[-1]["format"] == "fhir"


def test_markdown_text_and_pdf_exports_are_audited_and_leave_the_workspace_out(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref, sid = desk.refs["routine"], desk.ids["routine"]
    client.post(f"/notes/{ref}/workspace", data={"csrf_token": csrf, "text": PRIVATE_MARK})
    client.post(f"/notes/{ref}/facts", data={"csrf_token": csrf, "op": "reject", "path": "interventions/0"})
    client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"})
    md = client.get(f"/notes/{ref}/export/markdown")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert "# Progress note" in md.text and "sertraline" in md.text
    assert "## Interventions" not in md.text  # the rejected fact stays out of the record
    workspace = desk.review.workspace(sid, _user(desk, "alice"), desk.users.authenticate("alice", PASSWORD)[1])
    for theme in workspace["psychotherapy_note"]["themes"]:
        assert theme not in md.text
    assert PRIVATE_MARK not in md.text
    text_ = client.get(f"/notes/{ref}/export/text").text
    assert "Progress note" in text_ and "#" not in text_.splitlines()[0]
    pdf = client.get(f"/notes/{ref}/export/pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    formats = [json.loads(str(e["detail"]))["format"] for e in _actions(desk) if e["action"] == "note.export"]
    assert formats == ["markdown", "clipboard", "pdf"]


# -- privacy: workspace, transcript, admin, logs ---------------------------------------------------------


def test_workspace_is_sealed_to_its_author_and_the_practice_key_cannot_open_it(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref, sid = desk.refs["risk"], desk.ids["risk"]
    assert client.post(f"/notes/{ref}/workspace", data={"csrf_token": csrf, "text": PRIVATE_MARK}).status_code == 303
    page = client.get(f"/notes/{ref}/workspace").text
    assert PRIVATE_MARK in page and "private workspace" in page
    assert any(e["action"] == "workspace.open" and e["actor"] == "clinician:alice" for e in _actions(desk))
    with desk.store._sessions() as db:
        # No copy under the practice key: neither the pipeline-sealed one nor the migrated one.
        assert not list(db.execute(select(BlobRow).where(BlobRow.kind == "psychotherapy")).scalars())
        sealed = db.get(SealedWorkspaceRow, sid)
        assert sealed is not None
        blob = sealed.sealed
    # Someone holding the database and the key file has no key that opens it; another clinician's fails.
    _, bob_key = desk.users.authenticate("bob", PASSWORD)
    assert bob_key is not None
    with pytest.raises(IntegrityError):
        personal.open_sealed(bob_key, blob, b"scribe/v1/workspace|session:" + sid.encode() + b"|user:" + _user(desk, "alice").id.encode())
    with pytest.raises(KeyAccessError):
        desk.review.workspace(sid, _user(desk, "bob"), bob_key)
    for path in desk.home.rglob("*"):
        if path.is_file():
            assert PRIVATE_MARK.encode() not in path.read_bytes(), path


def test_existing_workspace_migrates_off_the_practice_key_on_assignment(desk: Desk) -> None:
    from tests.web_desk import add_session

    sid = "unassigned-1"
    add_session(desk.store, desk.review, sid, risk=False, clinician=None)
    with desk.store._sessions() as db:
        assert db.execute(select(BlobRow).where(BlobRow.owner == f"session:{sid}", BlobRow.kind == "psychotherapy")).first()
    assert desk.review.assign(sid, "bob") is True
    with desk.store._sessions() as db:
        assert not db.execute(select(BlobRow).where(BlobRow.owner == f"session:{sid}", BlobRow.kind == "psychotherapy")).first()
        n_keys = db.execute(text("SELECT count(*) FROM data_keys WHERE purpose = 'psychotherapy'")).scalar_one()
    assert n_keys == 0  # the practice-key copy's data key is gone too
    _, key = desk.users.authenticate("bob", PASSWORD)
    assert desk.review.workspace(sid, _user(desk, "bob"), key)["psychotherapy_note"]["themes"]
    with pytest.raises(Exception, match="sealed to another clinician"):
        desk.review.assign(sid, "alice")


def test_password_change_rewraps_the_personal_key(desk: Desk) -> None:
    desk.users.change_password("alice", PASSWORD, "a brand new passphrase")
    with pytest.raises(Exception, match="wrong user name or password"):
        desk.users.authenticate("alice", PASSWORD)
    user, key = desk.users.authenticate("alice", "a brand new passphrase")
    assert desk.review.workspace(desk.ids["risk"], user, key)["psychotherapy_note"]
    with pytest.raises(Exception, match="current password is wrong"):
        desk.users.change_password("alice", PASSWORD, "another new passphrase")


def test_biller_sees_the_signed_note_but_never_transcript_or_workspace(desk: Desk) -> None:
    app = create_app(desk.store, users=desk.users)
    bob, bill = TestClient(app, follow_redirects=False), TestClient(app, follow_redirects=False)
    csrf = login(bob, "bob")
    login(bill, "bill")
    ref = desk.refs["bob"]
    assert bill.get(f"/notes/{ref}").status_code == 403  # not signed yet
    bob.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"})
    page = bill.get(f"/notes/{ref}").text
    assert "sertraline" in page and 'id="transcript"' not in page and "Private workspace" not in page
    assert "welcome back" not in page  # transcript text
    assert bill.get(f"/notes/{ref}/transcript").status_code == 403
    assert bill.get(f"/notes/{ref}/workspace").status_code == 403
    assert bill.get(f"/notes/{ref}/export/fhir").status_code == 200


def test_admin_sees_users_and_no_note_text(desk: Desk) -> None:
    admin = TestClient(create_app(desk.store, users=desk.users), follow_redirects=False)
    login(admin, "ada")
    page = admin.get("/admin").text
    assert "alice" in page and "clinician" in page
    for phrase in ("sertraline", "thought record", "welcome back", RISK_TURN[:20], "2026-03-14"):
        assert phrase not in page
    for route in ("/queue", f"/notes/{desk.refs['risk']}", f"/notes/{desk.refs['risk']}/workspace",
                  f"/notes/{desk.refs['risk']}/transcript", f"/notes/{desk.refs['risk']}/export/fhir"):
        assert admin.get(route).status_code == 403


def test_access_log_carries_route_templates_not_refs(client: TestClient, desk: Desk, caplog: pytest.LogCaptureFixture) -> None:
    login(client, "alice")
    with caplog.at_level(logging.INFO, logger="scribe.web"):
        client.get(f"/notes/{desk.refs['risk']}")
        client.get(f"/notes/{desk.refs['risk']}/workspace")
    lines = [r.getMessage() for r in caplog.records if r.name == "scribe.web"]
    assert "GET /notes/{ref} 200" in lines and "GET /notes/{ref}/workspace 200" in lines
    assert not any(desk.refs["risk"] in line or "alice" in line for line in lines)


def test_every_review_action_is_in_the_intact_audit_chain(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref = desk.refs["routine"]
    client.get(f"/notes/{ref}")
    client.get(f"/notes/{ref}/workspace")
    client.post(f"/notes/{ref}/sign", data={"csrf_token": csrf, "acknowledge_all": "1"})
    client.get(f"/notes/{ref}/export/fhir")
    assert desk.store.verify_audit().ok
    actions = {(e["action"], e["actor"]) for e in _actions(desk)}
    for action in ("user.login", "queue.view", "note.view", "transcript.read", "workspace.open", "note.sign", "note.export"):
        assert (action, "clinician:alice") in actions, action


def test_private_notes_pass_the_phi_wall_and_carry_no_timestamp(client: TestClient, desk: Desk) -> None:
    csrf = login(client, "alice")
    ref = desk.refs["risk"]
    r = client.post(f"/notes/{ref}/workspace", data={"csrf_token": csrf, "text": "Felt protective when sertraline 50 mg came up on Tuesday."})
    assert r.status_code == 303 and "redacted=" in r.headers["location"]
    page = client.get(r.headers["location"]).text
    assert "[redacted]" in page and "item(s) were redacted" in page
    assert "sertraline" not in page.split('id="private-notes"')[1]
    _, key = desk.users.authenticate("alice", PASSWORD)
    notes = desk.review.workspace(desk.ids["risk"], _user(desk, "alice"), key)["private_notes"]
    assert list(notes[0]) == ["text"]


def test_review_page_shows_the_facets_the_client_denied(client: TestClient, desk: Desk) -> None:
    login(client, "alice")
    page = client.get(f"/notes/{desk.refs['risk']}").text
    # "I have not made any plan." beside the wish to be dead: said, so the reviewer sees it said
    assert '<span class="facet denied">plan denied</span>' in page
