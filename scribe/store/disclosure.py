"""Authorised disclosure of a psychotherapy workspace (45 CFR 164.508(a)(2)) and the accounting of disclosures.

A workspace leaves the box only here, and only one of two ways:

* under a **recorded authorization** — client, recipient, purpose, the sessions
  and parts it covers, an expiry date, and the signed form itself (stored
  encrypted) — that is unexpired and covers the session (its recorded client
  and its id) and every part released; or
* under an **exception** the rule allows (the clinician's own use, supervised
  training, a court order), recorded with its reason and a reference instead.

What is released is the minimum necessary: only the parts asked for, each item
after the PHI wall and after the clinician has confirmed (and may strike)
every item. A cover sheet names recipient, purpose, authorization reference
and date. Every release and every refusal is audited; the release is also a
row the accounting report (:meth:`Disclosures.report`) reads back.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from scribe.errors import ConfigError, StateError
from scribe.store.records import client_ref, open_bytes, open_doc, seal_bytes, seal_doc, session_client_ref
from scribe.store.records_models import AuthorizationRow, DisclosureRow
from scribe.store.store import Store, _now

# What of a workspace can be released (reflection prompts are the tool's, never released).
PARTS = ("themes", "metaphors", "hypotheses", "notes")
EXCEPTIONS = ("own-use", "training", "court-order")
MAX_FORM_BYTES = 20 * 1024 * 1024
AUTH_FIELDS = ("client", "recipient", "purpose", "sessions", "parts", "expires", "form")


class DisclosureRefused(StateError):
    """The release is not allowed (no, expired or non-covering authorization); nothing was written."""


@dataclass(frozen=True)
class Authorization:
    """The terms of an AUTH.json (DESIGN: ``client``, ``recipient``, ``purpose``, ``sessions``, ``parts``, ``expires``, ``form``)."""

    client: str
    recipient: str
    purpose: str
    sessions: tuple[str, ...]
    parts: tuple[str, ...]
    expires: date
    form: str = ""

    @classmethod
    def from_doc(cls, doc: Any, *, base: Path | None = None) -> Authorization:
        if not isinstance(doc, dict):
            raise ConfigError("the authorization must be a JSON object")
        missing = [f for f in AUTH_FIELDS if f not in doc]
        if missing:
            raise ConfigError(f"the authorization lacks {', '.join(missing)}")
        texts = {f: doc[f] for f in ("client", "recipient", "purpose", "form")}
        if not all(isinstance(v, str) and v.strip() for v in texts.values()):
            raise ConfigError("client, recipient, purpose and form must be non-empty strings")
        sessions, parts = doc["sessions"], doc["parts"]
        if not isinstance(sessions, list) or not sessions or not all(isinstance(s, str) and s for s in sessions):
            raise ConfigError("sessions must be a non-empty list of session ids")
        if not isinstance(parts, list) or not parts or not set(parts) <= set(PARTS):
            raise ConfigError(f"parts must be a non-empty subset of {', '.join(PARTS)}")
        try:
            expires = date.fromisoformat(str(doc["expires"]))
        except ValueError:
            raise ConfigError("expires must be a date, YYYY-MM-DD") from None
        form = texts["form"]
        if base is not None and not Path(form).is_absolute():
            form = str(base / form)
        return cls(
            client=texts["client"].strip(), recipient=texts["recipient"].strip(), purpose=texts["purpose"].strip(),
            sessions=tuple(sessions), parts=tuple(p for p in PARTS if p in parts), expires=expires, form=form,
        )

    @classmethod
    def load(cls, path: Path) -> tuple[Authorization, bytes]:
        """The terms and the signed form's bytes (a relative ``form`` is read next to AUTH.json)."""
        try:
            doc = json.loads(path.read_text())
        except FileNotFoundError:
            raise ConfigError(f"no authorization file {path}") from None
        except (ValueError, UnicodeDecodeError):
            raise ConfigError("the authorization file is not valid JSON") from None
        auth = cls.from_doc(doc, base=path.parent)
        return auth, read_form(Path(auth.form))

    def terms(self) -> dict[str, Any]:
        return {"client": self.client, "recipient": self.recipient, "purpose": self.purpose, "sessions": list(self.sessions),
                "parts": list(self.parts), "expires": self.expires.isoformat(), "form_name": Path(self.form).name}


def read_form(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ConfigError("the signed authorization form (field `form`) was not found; a release needs the signed form") from None
    if size == 0 or size > MAX_FORM_BYTES:
        raise ConfigError(f"the signed form must be a non-empty file of at most {MAX_FORM_BYTES // 2**20} MiB")
    return path.read_bytes()


@dataclass(frozen=True)
class Item:
    """One releasable piece of the workspace; ``key`` (``themes/0``) is what a clinician strikes."""

    key: str
    part: str
    text: str


@dataclass(frozen=True)
class Basis:
    """Why a release is allowed: an authorization (by id) or an exception with reason and reference."""

    kind: str  # authorization | own-use | training | court-order
    recipient: str
    purpose: str
    reference: str
    reason: str = ""
    authorization_id: str | None = None
    parts: tuple[str, ...] = PARTS
    client: str | None = None

    @classmethod
    def exception(cls, kind: str, *, reason: str, reference: str, recipient: str, parts: tuple[str, ...]) -> Basis:
        if kind not in EXCEPTIONS:
            raise ConfigError(f"--exception must be one of {', '.join(EXCEPTIONS)}")
        if not reason.strip() or not reference.strip():
            raise ConfigError("an exception is recorded with its reason (--reason) and a reference (--reference)")
        if not recipient.strip():
            raise ConfigError("name the recipient (--recipient)")
        if not parts or not set(parts) <= set(PARTS):
            raise ConfigError(f"--parts must be a subset of {', '.join(PARTS)}")
        purpose = {"own-use": "the clinician's own use", "training": "supervised training",
                   "court-order": "court order"}[kind]
        return cls(kind, recipient.strip(), purpose, reference.strip(), reason.strip(), None, parts)


@dataclass(frozen=True)
class Release:
    id: str
    at: str
    basis: Basis
    items: list[Item]
    withheld: int
    document: str = field(repr=False)


def workspace_items(doc: dict[str, Any], parts: tuple[str, ...]) -> list[Item]:
    """The requested parts of a workspace as items, each passed through the PHI wall again."""
    from scribe.extract.wall import guard

    note = doc.get("psychotherapy_note", {}) or {}
    raw: dict[str, list[str]] = {
        "themes": [str(t) for t in note.get("themes", [])],
        "metaphors": [str(m.get("quote", "")) if isinstance(m, dict) else str(m) for m in note.get("metaphors", [])],
        "hypotheses": [str(h) for h in note.get("hypotheses", [])],
        "notes": [str(n.get("text", "")) if isinstance(n, dict) else str(n) for n in doc.get("private_notes", [])],
    }
    items = []
    for part in PARTS:
        if part not in parts:
            continue
        for i, text in enumerate(raw[part]):
            if text.strip():
                items.append(Item(f"{part}/{i}", part, guard(text.strip())[0]))
    return items


def render(basis: Basis, items: list[Item], *, at: str, release_id: str, disclosed_by: str, withheld: int) -> str:
    """Cover sheet, then the released items by part (Markdown; ``\\f`` starts a new page in the PDF)."""
    titles = {"themes": "Themes", "metaphors": "Metaphors", "hypotheses": "Working hypotheses", "notes": "Clinician's notes"}
    basis_line = (
        f"Written authorization, reference {basis.authorization_id}" if basis.kind == "authorization"
        else f"Exception: {basis.purpose} (45 CFR 164.508(a)(2)); reference {basis.reference}"
    )
    lines = [
        "# Disclosure of psychotherapy notes",
        "",
        "CONFIDENTIAL. Psychotherapy notes (45 CFR 164.501). Released only to the recipient below, for the purpose "
        "below. Redisclosure is prohibited without the client's further written authorization.",
        "",
        f"Recipient: {basis.recipient}",
        f"Purpose: {basis.purpose}",
        f"Basis: {basis_line}",
        *( [f"Client: {basis.client}"] if basis.client else [] ),
        *( [f"Reason: {basis.reason}"] if basis.reason else [] ),
        f"Date of disclosure: {at}",
        f"Disclosure id: {release_id}",
        f"Disclosed by: {disclosed_by}",
        f"Parts released: {', '.join(titles[p] for p in PARTS if p in {i.part for i in items}) or 'none'}",
        f"Items withheld at the clinician's redaction: {withheld}",
        "",
        "Minimum necessary: only the parts named above were released; everything else in the clinician's "
        "workspace, the transcript and the chart were not.",
        "\f",
    ]
    for part in PARTS:
        chosen = [i for i in items if i.part == part]
        if chosen:
            lines += [f"## {titles[part]}", *[f"- {i.text}" for i in chosen], ""]
    return "\n".join(lines) + "\n"


class Disclosures:
    """Authorizations, releases and their accounting over a :class:`Store` (same transactions, same audit chain)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- authorizations --------------------------------------------------------------------
    def _digest(self, auth: Authorization, form: bytes) -> str:
        body = json.dumps(auth.terms(), sort_keys=True).encode() + b"|" + hashlib.sha256(form).digest()
        return hmac.new(self.store.keys.audit_key(), b"authorization|" + body, hashlib.sha256).hexdigest()

    def record_authorization(self, auth: Authorization, form: bytes, *, actor: str = "cli") -> str:
        """Store the terms and the signed form, encrypted; the same authorization is recorded once. Returns its id."""
        digest = self._digest(auth, form)
        with self.store._tx() as db:
            existing = db.execute(select(AuthorizationRow).where(AuthorizationRow.digest == digest)).scalar_one_or_none()
            if existing is not None:
                return existing.id
            auth_id = "AUTH-" + uuid.uuid4().hex[:12].upper()
            key_id, nonce, ciphertext = seal_doc(self.store, db, "authorizations", auth_id, auth.terms(), purpose="authorization")
            key = self.store._data_key(db, key_id)
            form_nonce, form_ct = seal_bytes(key, "authorizations", auth_id, key_id, form, part="form")
            db.add(AuthorizationRow(
                id=auth_id, client_ref=client_ref(self.store, auth.client), digest=digest, key_id=key_id, nonce=nonce,
                ciphertext=ciphertext, form_nonce=form_nonce, form_ciphertext=form_ct, expires=auth.expires.isoformat(),
                recorded_at=_now(), recorded_by=actor,
            ))
            self.store._audit(db, "authorization.record", "authorization", auth_id, actor, expires=auth.expires.isoformat(),
                              parts=list(auth.parts), sessions=len(auth.sessions), form_bytes=len(form))
        return auth_id

    def authorization(self, auth_id: str) -> tuple[Authorization, bytes]:
        """A recorded authorization's terms and signed form (for the record; decrypted here only)."""
        with self.store._sessions() as db:
            row = db.get(AuthorizationRow, auth_id)
            if row is None:
                raise DisclosureRefused("no such authorization is recorded")
            terms = open_doc(self.store, db, "authorizations", row.id, row.key_id, row.nonce, row.ciphertext)
            form = open_bytes(self.store, db, "authorizations", row.id, row.key_id, row.form_nonce, row.form_ciphertext, "form")
        terms["form"] = terms.pop("form_name", "form")
        return Authorization.from_doc(terms), form

    def check(self, auth: Authorization, session_id: str, parts: tuple[str, ...], *, today: date | None = None,
              actor: str = "cli") -> None:
        """Refuse (audited, :class:`DisclosureRefused`) unless ``auth`` is unexpired and covers session and parts."""
        today = today or _now().date()
        reason = None
        with self.store._sessions() as db:
            self.store._session(db, session_id)
            recorded_client = session_client_ref(db, session_id)
        if auth.expires < today:
            reason = ("expired", "the authorization expired; a new signed authorization is needed")
        elif session_id not in auth.sessions:
            reason = ("session", "the authorization does not cover this session")
        elif recorded_client is None:
            reason = ("no-client", "the session has no client recorded (`scribe sessions client ID --client …`); "
                      "an authorization cannot be matched to it")
        elif recorded_client != client_ref(self.store, auth.client):
            reason = ("client", "the authorization is not from this session's client")
        elif not parts or not set(parts) <= set(auth.parts):
            reason = ("scope", "the parts asked for are outside the authorization's scope")
        if reason is not None:
            self.refused(session_id, reason[0], actor=actor)
            raise DisclosureRefused(reason[1] + "; nothing was released")

    def refused(self, session_id: str, kind: str, *, actor: str) -> None:
        self.store.record("disclosure.refused", "session", session_id, actor=actor, reason=kind)

    # -- a release -------------------------------------------------------------------------
    def release(self, session_id: str, basis: Basis, items: list[Item], *, withheld: int, actor: str,
                disclosed_by: str) -> Release:
        """Record the release (encrypted details + audit, one transaction) and return the document to hand over."""
        if not items:
            raise ConfigError("nothing is left to release after redaction")
        if basis.kind == "authorization" and basis.authorization_id is None:
            raise DisclosureRefused("an authorization must be recorded before a release")
        release_id = uuid.uuid4().hex
        at = _now().date().isoformat()
        document = render(basis, items, at=at, release_id=release_id, disclosed_by=disclosed_by, withheld=withheld)
        sha = hashlib.sha256(document.encode()).hexdigest()
        details = {
            "recipient": basis.recipient, "purpose": basis.purpose, "reference": basis.reference, "reason": basis.reason,
            "parts": sorted({i.part for i in items}), "items": len(items), "withheld": withheld, "document_sha256": sha,
            "date": at, "disclosed_by": disclosed_by,
        }
        with self.store._tx() as db:
            self.store._session(db, session_id)
            if basis.kind == "authorization":
                auth = db.get(AuthorizationRow, basis.authorization_id)
                if auth is None or date.fromisoformat(auth.expires) < _now().date():
                    raise DisclosureRefused("the authorization is not recorded or has expired; nothing was released")
            key_id, nonce, ciphertext = seal_doc(self.store, db, "disclosures", release_id, details, purpose="disclosure")
            db.add(DisclosureRow(
                id=release_id, session_id=session_id, client_ref=session_client_ref(db, session_id), basis=basis.kind,
                authorization_id=basis.authorization_id, at=_now(), actor=actor, key_id=key_id, nonce=nonce,
                ciphertext=ciphertext,
            ))
            self.store._audit(db, "disclosure.release", "session", session_id, actor, disclosure=release_id,
                              basis=basis.kind, authorization=basis.authorization_id, parts=details["parts"],
                              items=len(items), withheld=withheld, document_sha256=sha)
        return Release(release_id, at, basis, items, withheld, document)

    # -- accounting ------------------------------------------------------------------------
    def report(self, client: str, *, actor: str = "cli") -> list[dict[str, Any]]:
        """Every disclosure of this client's psychotherapy notes, oldest first (the accounting; audited)."""
        ref = client_ref(self.store, client)
        out: list[dict[str, Any]] = []
        with self.store._tx() as db:
            rows = db.execute(select(DisclosureRow).where(DisclosureRow.client_ref == ref).order_by(DisclosureRow.at)).scalars()
            for r in rows:
                d = open_doc(self.store, db, "disclosures", r.id, r.key_id, r.nonce, r.ciphertext)
                out.append({
                    "disclosure": r.id, "at": r.at.isoformat(timespec="seconds"), "session": r.session_id,
                    "basis": r.basis, "authorization": r.authorization_id, "recipient": d["recipient"],
                    "purpose": d["purpose"], "reference": d["reference"], "reason": d["reason"], "parts": d["parts"],
                    "items": d["items"], "disclosed_by": d["disclosed_by"], "document_sha256": d["document_sha256"],
                })
            self.store._audit(db, "disclosure.report", "client", ref, actor, count=len(out))
        return out


__all__ = ["Authorization", "Basis", "DisclosureRefused", "Disclosures", "EXCEPTIONS", "Item", "PARTS", "Release",
           "render", "workspace_items"]
