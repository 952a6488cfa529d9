"""The authorisation module, as a table and route by route for every role (DESIGN.md "Review app routes")."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from scribe.store.review import SessionAccess
from scribe.store.users import UserInfo
from scribe.web.app import create_app
from scribe.web.authz import Action, allowed, in_queue
from tests.web_desk import PASSWORD, Desk, build_desk, login

ALICE = UserInfo("a", "alice", "clinician")
BOB = UserInfo("b", "bob", "clinician")
SAM = UserInfo("s", "sam", "supervisor")
TINA = UserInfo("t", "tina", "trainee", supervisor_id="s")
BILL = UserInfo("bl", "bill", "biller")
ADA = UserInfo("ad", "ada", "admin")


def _access(author: UserInfo | None, *, signed: bool = False, cosigned: bool = False) -> SessionAccess:
    return SessionAccess(
        session_id="x", ref="r", state="processed", author_id=author.id if author else None,
        author_role=author.role if author else None, author_supervisor_id=author.supervisor_id if author else None,
        has_note=True, signed=signed, cosigned=cosigned, draft_open=not signed,
    )


def test_workspace_is_for_its_author_alone() -> None:
    for author in (ALICE, SAM, TINA):
        for session in (_access(author), _access(author, signed=True, cosigned=True)):
            readers = [u for u in (ALICE, BOB, SAM, TINA, BILL, ADA) if allowed(u, Action.VIEW_WORKSPACE, session)]
            assert readers == [author]


def test_admin_sees_users_and_no_note_content() -> None:
    final = _access(ALICE, signed=True)
    assert allowed(ADA, Action.MANAGE_USERS)
    assert not allowed(ADA, Action.LIST_QUEUE)
    assert not any(allowed(ADA, a, final) for a in Action if a is not Action.MANAGE_USERS)
    assert not any(allowed(u, Action.MANAGE_USERS) for u in (ALICE, SAM, TINA, BILL))


def test_biller_sees_final_progress_notes_and_exports_only() -> None:
    draft, signed = _access(ALICE), _access(ALICE, signed=True)
    assert not allowed(BILL, Action.VIEW_NOTE, draft) and not in_queue(BILL, draft)
    assert allowed(BILL, Action.VIEW_NOTE, signed) and allowed(BILL, Action.EXPORT, signed) and in_queue(BILL, signed)
    for action in (Action.VIEW_TRANSCRIPT, Action.VIEW_HISTORY, Action.VIEW_WORKSPACE, Action.EDIT_NOTE, Action.SIGN, Action.AMEND, Action.COSIGN):
        assert not allowed(BILL, action, signed)
    # A trainee's note is final only once co-signed.
    assert not allowed(BILL, Action.VIEW_NOTE, _access(TINA, signed=True))
    assert allowed(BILL, Action.VIEW_NOTE, _access(TINA, signed=True, cosigned=True))


def test_supervisor_reads_and_cosigns_supervisees_notes_but_never_edits_or_opens_the_workspace() -> None:
    trainee = _access(TINA, signed=True)
    assert allowed(SAM, Action.VIEW_NOTE, trainee) and allowed(SAM, Action.VIEW_TRANSCRIPT, trainee)
    assert allowed(SAM, Action.COSIGN, trainee)
    for action in (Action.EDIT_NOTE, Action.SIGN, Action.AMEND, Action.VIEW_WORKSPACE):
        assert not allowed(SAM, action, trainee)
    # Not someone else's clinician, and no co-signature on a fully licensed clinician's note.
    assert not allowed(SAM, Action.VIEW_NOTE, _access(ALICE, signed=True))
    assert not allowed(SAM, Action.COSIGN, _access(ALICE, signed=True))
    assert not allowed(TINA, Action.COSIGN, trainee)


def test_clinicians_see_only_their_own_sessions_and_disabled_users_nothing() -> None:
    mine, theirs, nobody = _access(ALICE), _access(BOB), _access(None)
    assert all(allowed(ALICE, a, mine) for a in (Action.VIEW_NOTE, Action.VIEW_TRANSCRIPT, Action.EDIT_NOTE, Action.SIGN, Action.VIEW_WORKSPACE))
    assert not any(allowed(ALICE, a, theirs) for a in Action if a is not Action.LIST_QUEUE)
    assert not any(allowed(u, a, nobody) for u in (ALICE, SAM, TINA, BILL) for a in Action if a is not Action.LIST_QUEUE)
    gone = UserInfo("a", "alice", "clinician", disabled=True)
    assert not any(allowed(gone, a, mine) for a in Action)


# -- route by route, per role, against the running app --------------------------------------------


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    d = build_desk(scribe_home)
    by = {u.name: u for u in d.users.list()}
    d.review.note(d.ids["bob"], by["bob"])
    d.review.sign(d.ids["bob"], by["bob"], acknowledge_all=True)
    d.review.note(d.ids["trainee"], by["tina"])
    d.review.sign(d.ids["trainee"], by["tina"], acknowledge_all=True)
    d.review.cosign(d.ids["trainee"], by["sam"])
    return d


GET_ROUTES = {
    # (route, session label) -> {user: expected status}; anyone not named gets 403.
    ("/queue", None): {"alice": 200, "bob": 200, "sam": 200, "tina": 200, "bill": 200},
    ("/admin", None): {"ada": 200},
    ("/notes/{ref}", "risk"): {"alice": 200},
    ("/notes/{ref}", "bob"): {"bob": 200, "bill": 200},
    ("/notes/{ref}", "trainee"): {"tina": 200, "sam": 200, "bill": 200},
    ("/notes/{ref}/transcript", "risk"): {"alice": 200},
    ("/notes/{ref}/transcript", "bob"): {"bob": 200},
    ("/notes/{ref}/transcript", "trainee"): {"tina": 200, "sam": 200},
    ("/notes/{ref}/workspace", "risk"): {"alice": 200},
    ("/notes/{ref}/workspace", "bob"): {"bob": 200},
    ("/notes/{ref}/workspace", "trainee"): {"tina": 200},
    ("/notes/{ref}/export/fhir", "risk"): {"alice": 409},
    ("/notes/{ref}/export/fhir", "bob"): {"bob": 200, "bill": 200},
    ("/notes/{ref}/export/fhir", "trainee"): {"tina": 200, "sam": 200, "bill": 200},
    ("/notes/{ref}/export/markdown", "bob"): {"bob": 200, "bill": 200},
    ("/notes/{ref}/export/pdf", "trainee"): {"tina": 200, "sam": 200, "bill": 200},
    ("/notes/{ref}/export/text", "bob"): {"bob": 200, "bill": 200},
}
POST_ROUTES = {
    ("/notes/{ref}/facts", "risk", (("op", "ack"), ("path", "risk/suicidal_ideation"))): {"alice": 303},
    ("/notes/{ref}/sign", "bob", ()): {"bob": 409},
    ("/notes/{ref}/amend", "risk", ()): {"alice": 409},
    ("/notes/{ref}/cosign", "trainee", ()): {"sam": 409},
    ("/notes/{ref}/workspace", "risk", (("text", "a reflection"),)): {"alice": 303},
}
EVERYONE = ("alice", "bob", "sam", "tina", "bill", "ada")


def test_every_get_route_per_role(desk: Desk) -> None:
    app = create_app(desk.store, users=desk.users)
    for user in EVERYONE:
        client = TestClient(app, follow_redirects=False)
        r = client.post("/login", data={"username": user, "password": PASSWORD})
        assert r.status_code == 303
        for (route, label), expected in GET_ROUTES.items():
            url = route.format(ref=desk.refs[label]) if label else route
            got = client.get(url).status_code
            assert got == expected.get(user, 403), (user, route, label, got)


def test_every_post_route_per_role_with_a_valid_csrf_token(desk: Desk) -> None:
    app = create_app(desk.store, users=desk.users)
    for user in EVERYONE:
        client = TestClient(app, follow_redirects=False)
        csrf = login(client, user)
        for (route, label, fields), expected in POST_ROUTES.items():
            got = client.post(route.format(ref=desk.refs[label]), data={"csrf_token": csrf, **dict(fields)}).status_code
            assert got == expected.get(user, 403), (user, route, label, got)


def test_unknown_ref_is_404_and_session_ids_are_not_refs(desk: Desk) -> None:
    client = TestClient(create_app(desk.store, users=desk.users), follow_redirects=False)
    login(client, "alice")
    assert client.get("/notes/" + "0" * 32).status_code == 404
    assert client.get(f"/notes/{desk.ids['risk']}").status_code == 404  # a session id is not a ref
