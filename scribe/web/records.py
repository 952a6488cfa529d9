"""Review-app routes for the record's after-life: disclosure, right of access, supervision grants, the client.

* ``GET /notes/{ref}/disclose`` → form; ``POST …/disclose/preview`` records the
  authorization (its signed form uploaded, stored encrypted) or takes an
  exception with reason and reference, checks it, and shows every item for the
  clinician's redaction; ``POST …/disclose/release`` re-checks and returns the
  PDF with its cover sheet. Author only.
* ``GET /records`` and ``POST /records/export`` (clinicians and billers): a
  client's signed progress notes as PDF or FHIR; the client identifier travels
  in the POST body, never in a URL.
* ``POST /notes/{ref}/workspace/grant|revoke`` (the trainee who wrote it).
* ``POST /notes/{ref}/client`` (the author): whose session this is.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from scribe.documents import markdown_pdf
from scribe.errors import ConfigError
from scribe.right_of_access import client_record, record_export, record_fhir, record_pdf
from scribe.store.disclosure import PARTS, Authorization, Basis, Disclosures, workspace_items
from scribe.store.records import set_client
from scribe.store.review import ReviewStore, SessionAccess
from scribe.store.supervision import Supervision
from scribe.web.auth import WebSession
from scribe.web.authz import Action, allowed, may_export_record

FORM_LIMIT = 20 * 1024 * 1024


class SharedView:
    """What the workspace route asks first: is this a trainee's supervisor the trainee granted it to?"""

    def __init__(self, supervision: Supervision, review: ReviewStore, render: Callable[..., Response]) -> None:
        self.supervision = supervision
        self.review = review
        self.render = render

    def __call__(self, request: Request, ref: str, ws: WebSession) -> Response | None:
        if ws.user.role != "supervisor" or len(ref) > 64 or not ref.isalnum():
            return None
        access = self.review.access(ref)
        if not allowed(ws.user, Action.VIEW_SHARED_WORKSPACE, access) or not self.supervision.granted(access.session_id, ws.user.id):
            return None  # the workspace route then answers 403
        doc = self.supervision.shared_workspace(access.session_id, ws.user, ws.key())
        return self.render(request, "workspace.html", ws, access=access, note=doc.get("psychotherapy_note", {}),
                           private_notes=doc.get("private_notes", []), redacted=0, shared=True)


def install_records(
    app: FastAPI,
    *,
    review: ReviewStore,
    current: Callable[[Request], WebSession],
    posted: Callable[[Request, WebSession], Awaitable[dict[str, str]]],
    render: Callable[..., Response],
    session_for: Callable[[str, WebSession, Action], SessionAccess],
    forbidden: type[Exception],
) -> SharedView:
    store = review.store
    desk = Disclosures(store)
    supervision = Supervision(store, review.users)

    def attachment(body: bytes, media: str, name: str) -> Response:
        return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # -- the client of a session ------------------------------------------------------------
    @app.post("/notes/{ref}/client")
    async def note_client(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.EDIT_NOTE)
        form = await posted(request, ws)
        set_client(store, access.session_id, form.get("client", ""), actor=ws.user.actor)
        return RedirectResponse(f"/notes/{ref}", status_code=303)

    # -- disclosure ---------------------------------------------------------------------------
    @app.get("/notes/{ref}/disclose")
    def disclose_page(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_WORKSPACE)
        return render(request, "disclose.html", ws, access=access, parts=PARTS)

    def basis_from(form: dict[str, Any], session_id: str, ws: WebSession) -> tuple[Basis, tuple[str, ...]]:
        parts = tuple(p for p in PARTS if form.get(f"part_{p}") == "1")
        if form.get("basis", "authorization") != "authorization":
            kind = str(form.get("basis"))
            return Basis.exception(kind, reason=str(form.get("reason", "")), reference=str(form.get("reference", "")),
                                   recipient=str(form.get("recipient", "")), parts=parts), parts
        if form.get("authorization_id"):
            auth_id = str(form["authorization_id"])
            auth, _signed = desk.authorization(auth_id)
            desk.check(auth, session_id, parts, actor=ws.user.actor)
        else:
            upload = form.get("form")
            if not isinstance(upload, UploadFile):
                raise ConfigError("attach the client's signed authorization form")
            raw = upload.file.read(FORM_LIMIT + 1)
            if not raw or len(raw) > FORM_LIMIT:
                raise ConfigError("the signed form must be a non-empty file of at most 20 MiB")
            terms = {k: form.get(k, "") for k in ("client", "recipient", "purpose", "expires")}
            authorised = [p for p in PARTS if form.get(f"auth_{p}") == "1"] or list(parts)
            terms.update(sessions=[session_id], parts=authorised, form=upload.filename or "signed-form")
            auth = Authorization.from_doc(terms)
            desk.check(auth, session_id, parts, actor=ws.user.actor)  # refused before anything is recorded
            auth_id = desk.record_authorization(auth, raw, actor=ws.user.actor)
        return Basis("authorization", auth.recipient, auth.purpose, auth_id, authorization_id=auth_id, parts=parts,
                     client=auth.client), parts

    async def checked(request: Request, ref: str) -> tuple[WebSession, SessionAccess, dict[str, Any]]:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_WORKSPACE)
        form = dict((await request.form()).multi_items())
        csrf = [v for k, v in form.items() if k.startswith("csrf") and isinstance(v, str)]
        from scribe.web.auth import csrf_ok

        if not csrf_ok(ws, csrf + [request.headers.get("x-csrf-token", "")]):
            raise forbidden
        return ws, access, form

    @app.post("/notes/{ref}/disclose/preview")
    async def disclose_preview(request: Request, ref: str) -> Response:
        ws, access, form = await checked(request, ref)
        basis, parts = basis_from(form, access.session_id, ws)
        items = workspace_items(review.workspace(access.session_id, ws.user, ws.key()), parts)
        return render(request, "disclose_preview.html", ws, access=access, basis=basis, items=items, parts=parts)

    @app.post("/notes/{ref}/disclose/release")
    async def disclose_release(request: Request, ref: str) -> Response:
        ws, access, form = await checked(request, ref)
        basis, parts = basis_from(form, access.session_id, ws)
        items = workspace_items(review.workspace(access.session_id, ws.user, ws.key()), parts)
        kept = [i for i in items if form.get(f"keep_{i.key}") == "1"]
        if form.get("confirm") != "1":
            raise ConfigError("confirm the redacted release first")
        release = desk.release(access.session_id, basis, kept, withheld=len(items) - len(kept), actor=ws.user.actor,
                               disclosed_by=ws.user.name)
        return attachment(markdown_pdf(release.document, title="Disclosure"), "application/pdf", f"disclosure-{release.id[:8]}.pdf")

    # -- right of access ------------------------------------------------------------------------
    @app.get("/records")
    def records_page(request: Request) -> Response:
        ws = current(request)
        if not may_export_record(ws.user):
            raise forbidden
        return render(request, "records.html", ws)

    @app.post("/records/export")
    async def records_export(request: Request) -> Response:
        ws = current(request)
        if not may_export_record(ws.user):
            raise forbidden
        form = await posted(request, ws)
        fmt = form.get("format", "pdf")
        if fmt not in ("pdf", "fhir"):
            raise ConfigError("format is pdf or fhir")
        record = client_record(review, form.get("client", ""), user=ws.user)
        record_export(review, record, fmt, ws.user.actor)
        if fmt == "pdf":
            return attachment(record_pdf(record), "application/pdf", "record.pdf")
        return attachment(json.dumps(record_fhir(record), indent=1).encode(), "application/fhir+json", "record.fhir.json")

    # -- a trainee shares a workspace --------------------------------------------------------------
    @app.post("/notes/{ref}/workspace/grant")
    async def workspace_grant(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_WORKSPACE)
        await posted(request, ws)
        supervision.grant(access.session_id, ws.user, ws.key())
        return RedirectResponse(f"/notes/{ref}/workspace", status_code=303)

    @app.post("/notes/{ref}/workspace/revoke")
    async def workspace_revoke(request: Request, ref: str) -> Response:
        ws = current(request)
        access = session_for(ref, ws, Action.VIEW_WORKSPACE)
        await posted(request, ws)
        supervision.revoke(access.session_id, ws.user)
        return RedirectResponse(f"/notes/{ref}/workspace", status_code=303)

    return SharedView(supervision, review, render)


__all__ = ["SharedView", "install_records"]
