"""The review app: routes over the notes store, rendered on the server (Jinja2 + vendored htmx).

Contract (DESIGN.md "Review app routes"): ``GET /healthz``; ``POST /login``;
``GET /queue``; ``GET /notes/{ref}``; ``GET /notes/{ref}/workspace`` (author
only); ``POST /notes/{ref}/sign`` (CSRF in a ``csrf…`` form field or
``X-CSRF-Token``; ``acknowledge_all=1``); ``GET /notes/{ref}/export/fhir``
(409 before signing). URLs carry the opaque session ref only. Every route asks
:mod:`scribe.web.authz`; a role that may not see a page gets 403.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from scribe.errors import AuthError, ConfigError, KeyAccessError, NotFoundError, ScribeError, StateError
from scribe.store import notedoc
from scribe.store.review import ReviewStore, SessionAccess
from scribe.store.store import Store
from scribe.store.users import UserDirectory
from scribe.web import export
from scribe.web.auth import IDLE_SECONDS, SessionManager, WebSession, csrf_ok
from scribe.web.authz import Action, allowed, in_queue, is_final

HERE = Path(__file__).parent
COOKIE = "scribe_session"
SECURE_COOKIE = "__Host-scribe_session"  # the __Host- prefix: Secure, path /, no Domain
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
access_log = logging.getLogger("scribe.web")


class _LoginRequired(Exception):
    pass


class _Forbidden(Exception):
    pass


def _status_for(exc: ScribeError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, StateError):
        return 409
    if isinstance(exc, KeyAccessError):
        return 403
    if isinstance(exc, AuthError):
        return 401
    if isinstance(exc, ConfigError):
        return 400
    return 500


def create_app(
    store: Store,
    *,
    users: UserDirectory | None = None,
    idle_seconds: float = IDLE_SECONDS,
    clock: Callable[[], float] = time.monotonic,
    secure_cookies: bool | None = None,
    upload_inbox: Path | None = None,
) -> FastAPI:
    """The ASGI app over ``store``. ``secure_cookies=None`` marks cookies Secure when the request came over HTTPS."""
    users = users or UserDirectory(store)
    review = ReviewStore(store, users)
    sessions = SessionManager(idle_seconds=idle_seconds, clock=clock)
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        sessions.wipe_all()  # opened personal keys do not outlive the server

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.sessions = sessions
    app.state.review = review
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # -- plumbing -----------------------------------------------------------------------
    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), clipboard-write=(self)"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        if request.url.scheme == "https":
            response.headers["Strict-Transport-Security"] = "max-age=31536000"
        # The access log names the route template, never the ref, a name or a query string.
        route = request.scope.get("route")
        access_log.info("%s %s %s", request.method, getattr(route, "path", "-"), response.status_code)
        return response

    def cookie_name(request: Request) -> str:
        secure = request.url.scheme == "https" if secure_cookies is None else secure_cookies
        return SECURE_COOKIE if secure else COOKIE

    def current(request: Request) -> WebSession:
        ws = sessions.get(request.cookies.get(cookie_name(request)))
        if ws is None:
            raise _LoginRequired
        return ws

    async def posted(request: Request, ws: WebSession) -> dict[str, str]:
        """The form of a state-changing request, after its CSRF token checked out."""
        form = await request.form()
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        candidates = [v for k, v in fields.items() if k.startswith("csrf")]
        candidates.append(request.headers.get("x-csrf-token", ""))
        if not csrf_ok(ws, candidates):
            raise _Forbidden
        return fields

    def render(request: Request, name: str, ws: WebSession | None, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.update(user=ws.user if ws else None, csrf=ws.csrf if ws else "", idle_seconds=int(sessions.idle_seconds))
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def session_for(ref: str, ws: WebSession, action: Action) -> SessionAccess:
        if len(ref) > 64 or not ref.isalnum():
            raise NotFoundError("no such note")
        access = review.access(ref)
        if not allowed(ws.user, action, access):
            raise _Forbidden
        return access

    def back(ref: str, anchor: str = "") -> RedirectResponse:
        return RedirectResponse(f"/notes/{ref}" + (f"#{anchor}" if anchor else ""), status_code=303)

    @app.exception_handler(_LoginRequired)
    async def login_required(request: Request, _exc: _LoginRequired) -> Response:
        if request.method == "GET":
            return RedirectResponse("/login", status_code=303)
        return PlainTextResponse("login required", status_code=401)

    @app.exception_handler(_Forbidden)
    async def forbidden(request: Request, _exc: _Forbidden) -> Response:
        ws = sessions.get(request.cookies.get(cookie_name(request)), touch=False)
        return render(request, "error.html", ws, 403, title="Not for your role", message="Your role may not see or do this.")

    @app.exception_handler(ScribeError)
    async def scribe_error(request: Request, exc: ScribeError) -> Response:
        ws = sessions.get(request.cookies.get(cookie_name(request)), touch=False)
        status = _status_for(exc)
        return render(request, "error.html", ws, status, title="Cannot do that", message=str(exc))

    # -- public --------------------------------------------------------------------------
    @app.get("/healthz", response_class=PlainTextResponse)
    def healthz() -> str:
        return "ok"

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/")
    def home(request: Request) -> Response:
        ws = current(request)
        return RedirectResponse("/admin" if ws.user.role == "admin" else "/queue", status_code=303)

    @app.get("/login")
    def login_page(request: Request) -> Response:
        ws = sessions.get(request.cookies.get(cookie_name(request)))
        if ws is not None:
            return RedirectResponse("/", status_code=303)
        notice = "You were logged out after a period of inactivity." if request.query_params.get("idle") else None
        return render(request, "login.html", None, notice=notice)

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        name, password = str(form.get("username", "")), str(form.get("password", ""))
        try:
            user, private_key = users.authenticate(name, password)
        except AuthError as exc:
            return render(request, "login.html", None, 401, error=str(exc))
        second = mfa_gate(request, user, private_key)
        if second is not None:
            return second  # the login session starts only after the second factor
        sessions.drop(request.cookies.get(cookie_name(request)))
        token = sessions.create(user, private_key)
        response = RedirectResponse("/admin" if user.role == "admin" else "/queue", status_code=303)
        secure = cookie_name(request) == SECURE_COOKIE
        response.set_cookie(cookie_name(request), token, httponly=True, secure=secure, samesite="strict", path="/")
        return response

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        ws = current(request)
        await posted(request, ws)
        sessions.drop(request.cookies.get(cookie_name(request)))
        store.record("user.logout", "user", ws.user.id, actor=ws.user.actor)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(cookie_name(request), path="/")
        return response

    # Second factor (TOTP) for the roles the practice marks (default all): POST /login hands over to it.
    from scribe.store.mfa import SecondFactors
    from scribe.web.mfa import install_mfa

    mfa_gate = install_mfa(app, factors=SecondFactors(store, users), sessions=sessions, render=render, cookie_name=cookie_name)
    # Disclosure, the client's record, a trainee's grant, a session's client (scribe/web/records.py).
    from scribe.web.records import install_records

    shared_view = install_records(app, review=review, current=current, posted=posted, render=render,
                                  session_for=session_for, forbidden=_Forbidden)

    # -- queue and admin -------------------------------------------------------------------
    @app.get("/queue")
    def queue(request: Request) -> Response:
        ws = current(request)
        if not allowed(ws.user, Action.LIST_QUEUE):
            raise _Forbidden
        visible = [a for a in review.all_access() if in_queue(ws.user, a)]
        items = review.queue(visible, ws.user)
        counts: dict[str, dict[str, int]] = {}
        for item in items:
            c = counts.setdefault(item.author or "unassigned", {"draft": 0, "flagged": 0, "signed": 0})
            c["signed" if item.status in ("signed", "awaiting-cosign") else "draft"] += 1
            c["flagged"] += int(item.risk or item.pending > 0) if item.status in ("draft", "amending") else 0
        return render(request, "queue.html", ws, items=items, counts=counts)

    @app.get("/admin")
    def admin(request: Request) -> Response:
        ws = current(request)
        if not allowed(ws.user, Action.MANAGE_USERS):
            raise _Forbidden
        everyone = users.list()
        names = {u.id: u.name for u in everyone}
        per_user: dict[str, dict[str, int]] = {}
        for a in review.all_access():
            c = per_user.setdefault(names.get(a.author_id or "", "unassigned"), {"sessions": 0, "signed": 0})
            c["sessions"] += 1
            c["signed"] += int(a.signed)
        return render(request, "admin.html", ws, people=everyone, names=names, per_user=per_user)

    @app.post("/admin/users/{user_id}/disable")
    async def admin_disable(request: Request, user_id: str) -> Response:
        ws = current(request)
        if not allowed(ws.user, Action.MANAGE_USERS):
            raise _Forbidden
        await posted(request, ws)
        target = users.by_id(user_id)
        if target.id == ws.user.id:
            raise StateError("an admin cannot disable their own account here; use `scribe users disable`")
        users.disable(target.name, actor=ws.user.actor)
        sessions.drop_user(target.id)
        return RedirectResponse("/admin", status_code=303)

    # -- the review page -------------------------------------------------------------------
    def transcript_turns(access: SessionAccess, ws: WebSession) -> list[dict[str, Any]]:
        if not allowed(ws.user, Action.VIEW_TRANSCRIPT, access):
            return []
        return list(review.transcript(access.session_id, ws.user).get("turns", []))

    @app.get("/notes/{ref}")
    def note_page(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_NOTE)
        if ws.user.role == "biller":
            state = review.signed_note(access.session_id)
            store.record("note.view", "session", access.session_id, actor=ws.user.actor, note=state.note_id, version=state.version)
        else:
            state = review.note(access.session_id, ws.user)
        turns = transcript_turns(access, ws)
        n_turns = len(turns) if turns else 10**6  # without the transcript, evidence is not re-checked here
        facts = notedoc.facts(state.doc, n_turns)
        groups: dict[str, list[notedoc.Fact]] = {}
        for f in facts:
            groups.setdefault(f.group, []).append(f)
        can = {a.value: allowed(ws.user, a, access) for a in Action}
        history = review.history(access.session_id, ws.user) if can[Action.VIEW_HISTORY.value] else []
        return render(
            request, "review.html", ws, access=access, state=state, groups=groups, turns=turns,
            pending=[f for f in facts if f.pending], can=can, history=history, final=is_final(access),
            titles=notedoc.TITLES, risk_statuses=notedoc.RISK_STATUSES, med_statuses=notedoc.MEDICATION_STATUSES,
            session_meta=state.doc["progress_note"].get("session") or {},
        )

    @app.get("/notes/{ref}/transcript")
    def transcript_page(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_TRANSCRIPT)
        return render(request, "transcript.html", ws, access=access, turns=transcript_turns(access, ws))

    @app.post("/notes/{ref}/facts")
    async def change_fact(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.EDIT_NOTE)
        form = await posted(request, ws)
        op, path = form.get("op", ""), form.get("path", "")
        values = {k[2:]: v for k, v in form.items() if k.startswith("f_")}
        if op not in ("edit", "accept", "reject", "undo", "ack", "add"):
            raise ConfigError("unknown review action")
        changed = review.change(access.session_id, ws.user, op, path, values)
        return back(ref, "f-" + changed.replace("/", "-"))

    @app.post("/notes/{ref}/sign")
    async def sign(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.SIGN)
        form = await posted(request, ws)
        review.sign(access.session_id, ws.user, acknowledge_all=form.get("acknowledge_all") == "1")
        return back(ref)

    @app.post("/notes/{ref}/cosign")
    async def cosign(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.COSIGN)
        await posted(request, ws)
        review.cosign(access.session_id, ws.user)
        return back(ref)

    @app.post("/notes/{ref}/amend")
    async def amend(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.AMEND)
        await posted(request, ws)
        review.amend(access.session_id, ws.user)
        return back(ref)

    # -- the private workspace ------------------------------------------------------------
    @app.get("/notes/{ref}/workspace")
    def workspace(request: Request, ref: str) -> Response:
        ws = current(request)
        shared = shared_view(request, ref, ws)  # a trainee's supervisor, once the trainee granted it
        if shared is not None:
            return shared
        access = session_for(ref, ws, Action.VIEW_WORKSPACE)
        doc = review.workspace(access.session_id, ws.user, ws.key())
        redacted = request.query_params.get("redacted", "")
        return render(request, "workspace.html", ws, access=access, note=doc.get("psychotherapy_note", {}),
                      private_notes=doc.get("private_notes", []), redacted=int(redacted) if redacted.isdigit() else 0)

    @app.post("/notes/{ref}/workspace")
    async def workspace_add(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_WORKSPACE)
        form = await posted(request, ws)
        redacted = review.add_private_note(access.session_id, ws.user, ws.key(), form.get("text", ""))
        return RedirectResponse(f"/notes/{ref}/workspace" + (f"?redacted={redacted}" if redacted else ""), status_code=303)

    # -- exports ---------------------------------------------------------------------------
    def exportable(ref: str, ws: WebSession, fmt: str) -> Any:
        access = session_for(ref, ws, Action.EXPORT)
        if not is_final(access):
            raise StateError(
                "only a signed note is exported" + (" (a trainee's note also needs its co-signature)" if access.signed else "")
            )
        state = review.signed_note(access.session_id)
        review.record_export(access.session_id, ws.user, fmt, state)
        return state

    @app.get("/notes/{ref}/export/fhir")
    def export_fhir(request: Request, ref: str) -> Response:
        state = exportable(ref, current(request), "fhir")
        body = json.dumps(export.document_reference(state), indent=1)
        return Response(body, media_type="application/fhir+json",
                        headers={"Content-Disposition": f'attachment; filename="progress-note-v{state.version}.json"'})

    @app.get("/notes/{ref}/export/markdown")
    def export_markdown(request: Request, ref: str) -> Response:
        state = exportable(ref, current(request), "markdown")
        return Response(export.markdown(state), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="progress-note-v{state.version}.md"'})

    @app.get("/notes/{ref}/export/text")
    def export_text(request: Request, ref: str) -> Response:
        state = exportable(ref, current(request), "clipboard")
        return PlainTextResponse(export.plain_text(state))

    @app.get("/notes/{ref}/export/pdf")
    def export_pdf(request: Request, ref: str) -> Response:
        state = exportable(ref, current(request), "pdf")
        return Response(export.pdf(state), media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="progress-note-v{state.version}.pdf"'})

    from scribe.config import get_settings
    from scribe.web.upload import add_upload_route

    settings = get_settings()
    add_upload_route(app, store, upload_inbox or settings.inbox_path, max_bytes=settings.max_ingest_bytes)
    return app


def serve(store: Store, *, host: str = "127.0.0.1", port: int = 8765, idle_seconds: float = IDLE_SECONDS,
          forwarded_allow_ips: str = "127.0.0.1") -> None:
    """Run the app with uvicorn (one process: login sessions live in its memory)."""
    import uvicorn

    uvicorn.run(
        create_app(store, idle_seconds=idle_seconds), host=host, port=port, access_log=False,
        proxy_headers=True, forwarded_allow_ips=forwarded_allow_ips, server_header=False, log_level="warning",
    )


__all__ = ["create_app", "serve"]
