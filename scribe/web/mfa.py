"""The second step of logging in: TOTP (or a recovery code), and enrolment with a QR code shown once.

After a correct password, a user whose role needs a second factor gets no
login session yet: a short-lived *pending* login (server memory, its own
SameSite=Strict cookie, the opened personal key held there and zeroed when it
ends) goes to ``/login/totp``, or to ``/mfa/enrol`` if they have none yet.
Only a verified second factor turns it into a login session.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from scribe.errors import AuthError, StateError
from scribe.store.mfa import SecondFactors, qr_svg
from scribe.store.users import UserInfo
from scribe.web.auth import SessionManager, _digest

PENDING_SECONDS = 300
PENDING_ATTEMPTS = 5
COOKIE = "scribe_mfa"
SECURE_COOKIE = "__Host-scribe_mfa"


@dataclass
class PendingLogin:
    user: UserInfo
    private_key: bytearray | None
    created: float
    secret: str | None = None
    shown: bool = False
    attempts: int = 0

    def wipe(self) -> None:
        if self.private_key is not None:
            self.private_key[:] = bytes(len(self.private_key))
        self.private_key, self.secret = None, None


class PendingLogins:
    """Password-verified logins waiting for their second factor; expire after PENDING_SECONDS."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._pending: dict[str, PendingLogin] = {}
        self._lock = threading.Lock()

    def start(self, user: UserInfo, private_key: bytes | None) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._pending[_digest(token)] = PendingLogin(user, bytearray(private_key) if private_key else None, self.clock())
        return token

    def get(self, token: str | None) -> PendingLogin | None:
        if not token:
            return None
        with self._lock:
            p = self._pending.get(_digest(token))
            if p is not None and self.clock() - p.created > PENDING_SECONDS:
                p.wipe()
                del self._pending[_digest(token)]
                return None
            return p

    def drop(self, token: str | None) -> None:
        if not token:
            return
        with self._lock:
            p = self._pending.pop(_digest(token), None)
        if p is not None:
            p.wipe()


def install_mfa(
    app: FastAPI,
    *,
    factors: SecondFactors,
    sessions: SessionManager,
    render: Callable[..., Response],
    cookie_name: Callable[[Request], str],
) -> Callable[[Request, UserInfo, bytes | None], Response | None]:
    """Add the second-factor routes; returns the gate ``POST /login`` calls after a correct password."""
    pending = PendingLogins(sessions.clock)
    app.state.pending_logins = pending
    app.state.second_factors = factors

    def secure(request: Request) -> bool:
        return cookie_name(request).startswith("__Host-")

    def pending_cookie(request: Request) -> str:
        return SECURE_COOKIE if secure(request) else COOKIE

    def current(request: Request) -> tuple[str | None, PendingLogin | None]:
        token = request.cookies.get(pending_cookie(request))
        return token, pending.get(token)

    def finish(request: Request, token: str | None, p: PendingLogin, response: Response) -> Response:
        """The second factor checked out: the login session starts now (the personal key moves into it)."""
        session_token = sessions.create(p.user, bytes(p.private_key) if p.private_key is not None else None)
        pending.drop(token)
        response.set_cookie(cookie_name(request), session_token, httponly=True, secure=secure(request), samesite="strict", path="/")
        response.delete_cookie(pending_cookie(request), path="/")
        return response

    def gate(request: Request, user: UserInfo, private_key: bytes | None) -> Response | None:
        if not factors.required(user):
            return None
        pending.drop(request.cookies.get(pending_cookie(request)))
        token = pending.start(user, private_key)
        target = "/login/totp" if factors.enrolled(user) else "/mfa/enrol"
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(pending_cookie(request), token, httponly=True, secure=secure(request), samesite="strict",
                            path="/", max_age=PENDING_SECONDS)
        return response

    def restart(request: Request, token: str | None, message: str) -> Response:
        pending.drop(token)
        response = render(request, "login.html", None, 401, error=message)
        response.delete_cookie(pending_cookie(request), path="/")
        return response

    @app.get("/login/totp")
    def totp_page(request: Request) -> Response:
        _token, p = current(request)
        if p is None:
            return RedirectResponse("/login", status_code=303)
        return render(request, "mfa.html", None, who=p.user.name)

    @app.post("/login/totp")
    async def totp_check(request: Request) -> Response:
        token, p = current(request)
        if p is None:
            return RedirectResponse("/login", status_code=303)
        form = await request.form()
        try:
            factors.verify(p.user, str(form.get("code", "")))
        except AuthError as exc:
            p.attempts += 1
            if p.attempts >= PENDING_ATTEMPTS:
                return restart(request, token, str(exc))
            return render(request, "mfa.html", None, 401, who=p.user.name, error=str(exc))
        return finish(request, token, p, RedirectResponse("/admin" if p.user.role == "admin" else "/queue", status_code=303))

    @app.get("/mfa/enrol")
    def enrol_page(request: Request) -> Response:
        token, p = current(request)
        if p is None:
            return RedirectResponse("/login", status_code=303)
        if factors.enrolled(p.user):
            return RedirectResponse("/login/totp", status_code=303)
        if p.shown:
            # The secret is shown once: a reload (or someone behind the user) does not see it again.
            return restart(request, token, "The enrolment QR code is shown only once; log in again to start over.")
        p.secret, p.shown = factors.new_secret(), True
        uri = factors.provisioning_uri(p.secret, p.user)
        return render(request, "mfa_enrol.html", None, who=p.user.name, qr=Markup(qr_svg(uri)),
                      secret=" ".join(p.secret[i:i + 4] for i in range(0, len(p.secret), 4)))

    @app.post("/mfa/enrol")
    async def enrol_confirm(request: Request) -> Response:
        token, p = current(request)
        if p is None or p.secret is None:
            return RedirectResponse("/login", status_code=303)
        form = await request.form()
        try:
            codes = factors.enrol(p.user, p.secret, str(form.get("code", "")))
        except (AuthError, StateError) as exc:
            return restart(request, token, f"{exc} Log in again to start over.")
        target = "/admin" if p.user.role == "admin" else "/queue"
        return finish(request, token, p, render(request, "mfa_codes.html", None, codes=codes, target=target))

    return gate


__all__ = ["install_mfa", "PendingLogins"]
