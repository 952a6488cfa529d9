"""TOTP second factor in the review app: enrolment shown once, login with and without it, replay, recovery, lockout."""

from __future__ import annotations

import re
from pathlib import Path

import pyotp
import pytest
from starlette.testclient import TestClient

from scribe.store.mfa import required_roles, set_required_roles
from scribe.store.review_models import ROLES
from scribe.store.store import Store
from scribe.web.app import create_app
from tests.web_desk import PASSWORD, Clock, Desk, build_desk


class WallClock:
    """The authenticator's and the server's time, moved by hand (a fresh TOTP step without waiting)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def step(self) -> None:
        self.now += 30


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    d = build_desk(scribe_home)
    set_required_roles(d.store, ["clinician", "supervisor", "trainee"])
    return d


@pytest.fixture
def wall() -> WallClock:
    return WallClock()


@pytest.fixture
def client(desk: Desk, wall: WallClock) -> TestClient:
    app = create_app(desk.store, users=desk.users, clock=Clock())
    app.state.second_factors.clock = wall
    return TestClient(app, follow_redirects=False)


def password(client: TestClient, name: str = "alice") -> str:
    r = client.post("/login", data={"username": name, "password": PASSWORD})
    assert r.status_code == 303
    return r.headers["location"]


def enrol(client: TestClient, wall: WallClock) -> tuple[str, list[str]]:
    assert password(client) == "/mfa/enrol"
    page = client.get("/mfa/enrol")
    assert page.status_code == 200 and "<svg" in page.text
    match = re.search(r"Key: <code>([A-Z2-7 ]+)</code>", page.text)
    assert match is not None
    secret = match.group(1).replace(" ", "")
    r = client.post("/mfa/enrol", data={"code": pyotp.TOTP(secret).at(wall())})
    assert r.status_code == 200, r.text
    codes = re.findall(r"<code>([0-9a-f]{5}(?:-[0-9a-f]{5}){3})</code>", r.text)
    return secret, codes


def logged_in(client: TestClient) -> bool:
    return client.get("/queue").status_code == 200


def logout(client: TestClient) -> None:
    page = client.get("/queue")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    client.post("/logout", data={"csrf_token": token.group(1)})
    client.cookies.clear()


def test_every_role_needs_a_second_factor_until_the_practice_decides_otherwise(scribe_home: Path, keys) -> None:  # type: ignore[no-untyped-def]
    store = Store(scribe_home / "other", keys)
    assert required_roles(store) == tuple(ROLES)


def test_enrolment_shows_the_qr_code_once_and_stores_only_hashes(client: TestClient, desk: Desk, wall: WallClock) -> None:
    secret, codes = enrol(client, wall)
    assert len(codes) == 10 and logged_in(client)
    raw = (desk.home / "scribe.db").read_bytes() + (desk.home / "scribe.db-wal").read_bytes()
    assert secret.encode() not in raw and all(c.encode() not in raw for c in codes)
    assert "mfa.enrol" in [e["action"] for e in desk.store.audit_entries()]


def test_reloading_the_enrolment_page_does_not_show_the_secret_again(client: TestClient) -> None:
    assert password(client) == "/mfa/enrol"
    assert "<svg" in client.get("/mfa/enrol").text
    again = client.get("/mfa/enrol")
    assert "<svg" not in again.text and "only once" in again.text
    assert not logged_in(client)


def test_password_alone_does_not_log_in_when_a_second_factor_is_required(client: TestClient, wall: WallClock) -> None:
    enrol(client, wall)
    logout(client)
    assert password(client) == "/login/totp"
    assert client.get("/queue").status_code == 303  # still no login session
    assert client.get("/notes/anything/workspace").status_code == 303


def test_login_with_the_current_totp_code(client: TestClient, wall: WallClock) -> None:
    secret, _ = enrol(client, wall)
    logout(client)
    wall.step()
    password(client)
    r = client.post("/login/totp", data={"code": pyotp.TOTP(secret).at(wall())})
    assert r.status_code == 303 and r.headers["location"] == "/queue" and logged_in(client)


def test_totp_code_replayed_is_refused(client: TestClient, desk: Desk, wall: WallClock) -> None:
    secret, _ = enrol(client, wall)
    logout(client)
    wall.step()
    code = pyotp.TOTP(secret).at(wall())
    password(client)
    assert client.post("/login/totp", data={"code": code}).status_code == 303
    logout(client)
    password(client)
    assert client.post("/login/totp", data={"code": code}).status_code == 401
    assert not logged_in(client)
    failed = [e for e in desk.store.audit_entries() if e["action"] == "mfa.failed"]
    assert '"reason":"replay"' in failed[-1]["detail"]


def test_recovery_code_works_once(client: TestClient, wall: WallClock) -> None:
    _, codes = enrol(client, wall)
    logout(client)
    password(client)
    assert client.post("/login/totp", data={"code": codes[3].upper()}).status_code == 303
    assert logged_in(client)
    logout(client)
    password(client)
    assert client.post("/login/totp", data={"code": codes[3]}).status_code == 401


def test_five_wrong_second_factors_lock_it_and_are_audited(client: TestClient, desk: Desk, wall: WallClock) -> None:
    secret, _ = enrol(client, wall)
    logout(client)
    password(client)
    for _ in range(5):
        client.post("/login/totp", data={"code": "000000"})
    wall.step()
    password(client)
    r = client.post("/login/totp", data={"code": pyotp.TOTP(secret).at(wall())})
    assert r.status_code == 401 and not logged_in(client)
    failed = [e["detail"] for e in desk.store.audit_entries() if e["action"] == "mfa.failed"]
    assert any('"locked":true' in d for d in failed) and '"reason":"locked"' in failed[-1]


def test_role_the_practice_does_not_mark_logs_in_with_a_password(client: TestClient) -> None:
    assert password(client, "bill") == "/queue"
    assert logged_in(client)
