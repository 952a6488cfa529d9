"""Review state in the notes store: who a session belongs to, sealed workspaces, note versions.

* **Assignment.** A session belongs to one clinician (``--clinician NAME`` at
  ingest/run, ``scribe sessions assign``, or the enrolled-voice match the
  pipeline computes). Assigning seals an existing workspace to that
  clinician's public key and destroys the practice-key copy (migration).
* **Workspace.** Sealed to the author's personal key (:mod:`scribe.vault.personal`):
  only the author's password-derived key opens it; the practice key cannot.
* **Progress note.** Version 1 is the pipeline's draft; every edit, decision and
  acknowledgement is kept (who, when, before/after, encrypted) and audited;
  signing stores a content hash, signer and time, after which the database
  refuses any change (migration 0003); a correction is a new version that
  amends the signed one and is signed in its turn.

Every read and change is in the store's audit chain, in the same transaction.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from scribe.errors import ConfigError, IntegrityError, KeyAccessError, NotFoundError, StateError
from scribe.store import notedoc
from scribe.store.models import BlobRow, DataKeyRow, SessionRow
from scribe.store.review_models import (
    AUTHOR_ROLES,
    AssignmentRow,
    CosignatureRow,
    NoteEditRow,
    NoteVersionRow,
    SealedWorkspaceRow,
    UserRow,
)
from scribe.store.store import Store, _now
from scribe.store.users import UserDirectory, UserInfo
from scribe.vault import personal

CommitHook = Callable[[Session], None]


@dataclass(frozen=True)
class SessionAccess:
    """What authorisation needs to know about a session, read without decrypting anything."""

    session_id: str
    ref: str
    state: str
    author_id: str | None
    author_role: str | None
    author_supervisor_id: str | None
    has_note: bool
    signed: bool  # some version is signed
    cosigned: bool  # the newest signed version is co-signed
    draft_open: bool  # the newest version is an unsigned draft


@dataclass(frozen=True)
class NoteState:
    session_id: str
    ref: str
    note_id: str
    version: int
    parent_id: str | None
    doc: dict[str, Any]
    content_hash: str | None
    signed_by: str | None  # user name
    signed_at: datetime | None
    cosigned_by: str | None
    cosigned_at: datetime | None
    versions: list[dict[str, Any]]

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class QueueItem:
    ref: str
    session_id: str
    author: str | None
    status: str  # draft | awaiting-cosign | signed | amending
    risk: bool
    pending: int
    date: str | None
    priority: int


def _note_aad(note_id: str, session_id: str, key_id: str) -> bytes:
    return f"scribe/v1/note|{note_id}|session:{session_id}|{key_id}".encode()


def _edit_aad(note_id: str, edit_id: str) -> bytes:
    return f"scribe/v1/note-edit|{note_id}|{edit_id}".encode()


def _serialise(doc: dict[str, Any]) -> bytes:
    # Key order kept (SOAP reads S, O, A, P); the signature hashes the sorted canonical form.
    return json.dumps(doc, ensure_ascii=False).encode()


def workspace_aad(session_id: str, user_id: str) -> bytes:
    return f"scribe/v1/workspace|session:{session_id}|user:{user_id}".encode()


class ReviewStore:
    """Review operations over a :class:`Store` (same transactions, same audit chain)."""

    def __init__(self, store: Store, users: UserDirectory | None = None) -> None:
        self.store = store
        self.users = users or UserDirectory(store)

    # -- assignment and the sealed workspace ----------------------------------------------
    def _author_row(self, db: Session, name: str) -> UserRow:
        row = self.users.row_by_name(db, name)
        if row.role not in AUTHOR_ROLES or row.public_key is None:
            raise ConfigError("sessions are assigned to a clinician, supervisor or trainee (a user with a personal key)")
        if row.disabled_at is not None:
            raise StateError("this user is disabled; assign the session to an active clinician")
        return row

    def assign(self, session_id: str, clinician: str, *, method: str = "cli", actor: str = "cli") -> bool:
        """Assign a session; seal (migrate) its workspace to the clinician. Returns whether a workspace moved."""
        with self.store._tx() as db:
            self.store._session(db, session_id)
            user = self._author_row(db, clinician)
            moved = self._assign(db, session_id, user, method, actor)
        return moved

    def _assign(self, db: Session, session_id: str, user: UserRow, method: str, actor: str) -> bool:
        current = db.get(AssignmentRow, session_id)
        if current is not None and current.user_id != user.id:
            if db.get(SealedWorkspaceRow, session_id) is not None:
                raise StateError(
                    "the session's workspace is sealed to another clinician and cannot move; "
                    "only its author can read it"
                )
            current.user_id, current.method, current.assigned_at = user.id, method, _now()
        elif current is None:
            db.add(AssignmentRow(session_id=session_id, user_id=user.id, method=method, assigned_at=_now()))
        self.store._audit(db, "session.assign", "session", session_id, actor, method=method, user=user.id)
        return self._migrate_workspace(db, session_id, user, actor)

    def _migrate_workspace(self, db: Session, session_id: str, user: UserRow, actor: str) -> bool:
        """A workspace still under the practice's private KEK is sealed to its author and the old copy destroyed."""
        owner = f"session:{session_id}"
        blob = db.execute(select(BlobRow).where(BlobRow.owner == owner, BlobRow.kind == "psychotherapy")).scalar_one_or_none()
        if blob is None:
            return False
        plain = self.store._get_blob(db, owner, "psychotherapy")
        assert user.public_key is not None
        self._write_sealed(db, session_id, user, {**json.loads(plain), "private_notes": []})
        key_row = db.get(DataKeyRow, blob.key_id)
        db.delete(blob)
        db.flush()
        if key_row is not None:
            db.delete(key_row)  # secure_delete zeroes it: the practice key no longer opens the workspace
        self.store._audit(db, "workspace.seal", "session", session_id, actor, user=user.id, migrated=True)
        return True

    def _write_sealed(self, db: Session, session_id: str, user: UserRow, doc: dict[str, Any]) -> None:
        assert user.public_key is not None
        sealed = personal.seal_to(user.public_key, json.dumps(doc).encode(), workspace_aad(session_id, user.id))
        row = db.get(SealedWorkspaceRow, session_id)
        if row is None:
            db.add(SealedWorkspaceRow(session_id=session_id, user_id=user.id, sealed=sealed, updated_at=_now()))
        else:
            row.sealed, row.updated_at = sealed, _now()

    def commit_hook(
        self, session_id: str, blobs: dict[str, bytes], matched_clinician: str | None = None
    ) -> tuple[dict[str, bytes], CommitHook | None]:
        """For the pipeline's commit: the workspace goes sealed to the session's clinician, never under the practice key.

        A session without an assigned clinician is assigned to ``matched_clinician``
        (the enrolled voice the pipeline matched) when that name is a clinician user.
        With no clinician at all, the workspace stays under the practice's private
        KEK until one is assigned (then it migrates).
        """
        workspace = blobs.get("psychotherapy")
        with self.store._sessions() as db:
            assigned = db.get(AssignmentRow, session_id)
            user = db.get(UserRow, assigned.user_id) if assigned is not None else None
            method = "cli"
            if user is None and matched_clinician:
                candidate = db.execute(select(UserRow).where(UserRow.name == matched_clinician)).scalar_one_or_none()
                if candidate is not None and candidate.role in AUTHOR_ROLES and candidate.public_key and not candidate.disabled_at:
                    user, method = candidate, "voice"
        if user is None or workspace is None:
            return blobs, None
        rest = {k: v for k, v in blobs.items() if k != "psychotherapy"}
        user_id = user.id

        def hook(db: Session) -> None:
            row = db.get(UserRow, user_id)
            assert row is not None
            if db.get(AssignmentRow, session_id) is None:
                self._assign(db, session_id, row, method, "pipeline")
            self._write_sealed(db, session_id, row, {**json.loads(workspace), "private_notes": []})
            self.store._audit(db, "workspace.seal", "session", session_id, "pipeline", user=user_id, migrated=False)

        return rest, hook

    def assigned_to(self, session_id: str) -> str | None:
        """The assigned clinician's user name, or None."""
        with self.store._sessions() as db:
            a = db.get(AssignmentRow, session_id)
            if a is None:
                return None
            user = db.get(UserRow, a.user_id)
            return user.name if user else None

    def assignments(self) -> dict[str, str]:
        """session id -> clinician name, for every assigned session."""
        with self.store._sessions() as db:
            rows = db.execute(select(AssignmentRow.session_id, UserRow.name).join(UserRow, UserRow.id == AssignmentRow.user_id))
            return {sid: name for sid, name in rows}

    def workspace(self, session_id: str, user: UserInfo, private_key: bytes | None) -> dict[str, Any]:
        """Open the sealed workspace with its author's private key (audited); nobody else's key opens it."""
        with self.store._tx() as db:
            row = db.get(SealedWorkspaceRow, session_id)
            if row is None:
                raise NotFoundError("this session has no workspace sealed to a clinician")
            if row.user_id != user.id:
                raise KeyAccessError("the workspace is sealed to its author alone")
            if private_key is None:
                raise KeyAccessError("your personal key is not open; log in again to unlock your workspaces")
            doc = json.loads(personal.open_sealed(private_key, row.sealed, workspace_aad(session_id, user.id)))
            self.store._audit(db, "workspace.open", "session", session_id, user.actor)
        return doc  # type: ignore[no-any-return]

    def add_private_note(self, session_id: str, user: UserInfo, private_key: bytes | None, text: str) -> int:
        """Add the author's own reflection, behind the same PHI wall as the pipeline's; returns the redactions made.

        No timestamp is kept with it (the wall keeps dates and times out of the
        workspace); the audit log records when.
        """
        from scribe.extract.wall import guard

        if not text.strip():
            raise ConfigError("an empty note adds nothing")
        clean, redactions = guard(text.strip())
        with self.store._tx() as db:
            row = db.get(SealedWorkspaceRow, session_id)
            if row is None or row.user_id != user.id or private_key is None:
                raise KeyAccessError("the workspace is sealed to its author alone")
            doc = json.loads(personal.open_sealed(private_key, row.sealed, workspace_aad(session_id, user.id)))
            doc.setdefault("private_notes", []).append({"text": clean})
            author = db.get(UserRow, user.id)
            assert author is not None
            self._write_sealed(db, session_id, author, doc)
            self.store._audit(db, "workspace.note_add", "session", session_id, user.actor, redactions=redactions)
        return redactions

    # -- access facts --------------------------------------------------------------------
    def _versions(self, db: Session, session_id: str) -> list[NoteVersionRow]:
        q = select(NoteVersionRow).where(NoteVersionRow.session_id == session_id).order_by(NoteVersionRow.version)
        return list(db.execute(q).scalars())

    def _access(self, db: Session, s: SessionRow) -> SessionAccess:
        a = db.get(AssignmentRow, s.id)
        author = db.get(UserRow, a.user_id) if a else None
        versions = self._versions(db, s.id)
        has_progress = bool(versions) or db.execute(
            select(BlobRow.id).where(BlobRow.owner == f"session:{s.id}", BlobRow.kind == "progress")
        ).first() is not None
        signed = [v for v in versions if v.signed_at is not None]
        cosigned = bool(signed) and db.get(CosignatureRow, signed[-1].id) is not None
        return SessionAccess(
            session_id=s.id, ref=s.ref, state=s.state,
            author_id=author.id if author else None, author_role=author.role if author else None,
            author_supervisor_id=author.supervisor_id if author else None,
            has_note=has_progress, signed=bool(signed), cosigned=cosigned,
            draft_open=not versions or versions[-1].signed_at is None,
        )

    def access(self, ref: str) -> SessionAccess:
        with self.store._sessions() as db:
            s = db.execute(select(SessionRow).where(SessionRow.ref == ref)).scalar_one_or_none()
            if s is None:
                raise NotFoundError("no such note")
            return self._access(db, s)

    def all_access(self) -> list[SessionAccess]:
        with self.store._sessions() as db:
            return [self._access(db, s) for s in db.execute(select(SessionRow).order_by(SessionRow.created_at)).scalars()]

    # -- note versions -------------------------------------------------------------------
    def _read_version(self, db: Session, row: NoteVersionRow) -> dict[str, Any]:
        key = self.store._data_key(db, row.key_id)
        try:
            plain = AESGCM(key).decrypt(row.nonce, row.ciphertext, _note_aad(row.id, row.session_id, row.key_id))
        except InvalidTag:
            raise IntegrityError("a stored note version failed authentication") from None
        return json.loads(plain)  # type: ignore[no-any-return]

    def _write_version(self, db: Session, row: NoteVersionRow, doc: dict[str, Any]) -> None:
        key = self.store._data_key(db, row.key_id)
        row.nonce = secrets.token_bytes(12)
        row.ciphertext = AESGCM(key).encrypt(row.nonce, _serialise(doc), _note_aad(row.id, row.session_id, row.key_id))
        row.updated_at = _now()

    def _new_version(self, db: Session, session_id: str, doc: dict[str, Any], version: int, parent_id: str | None, actor: str) -> NoteVersionRow:
        key_id, key, _ = self.store._new_data_key(db, "record", "note")
        note_id = uuid.uuid4().hex
        nonce = secrets.token_bytes(12)
        now = _now()
        row = NoteVersionRow(
            id=note_id, session_id=session_id, version=version, parent_id=parent_id, key_id=key_id, nonce=nonce,
            ciphertext=AESGCM(key).encrypt(nonce, _serialise(doc), _note_aad(note_id, session_id, key_id)),
            created_at=now, created_by=actor, updated_at=now,
        )
        db.add(row)
        db.flush()
        return row

    def _current(self, db: Session, session_id: str, actor: str) -> NoteVersionRow:
        versions = self._versions(db, session_id)
        if versions:
            return versions[-1]
        try:
            draft = json.loads(self.store._get_blob(db, f"session:{session_id}", "progress"))["progress_note"]
        except NotFoundError:
            raise NotFoundError("this session has no progress note yet") from None
        row = self._new_version(db, session_id, notedoc.new_document(draft, self._turn_texts(db, session_id)), 1, None, actor)
        self.store._audit(db, "note.draft", "session", session_id, actor, note=row.id, version=1)
        return row

    def _state(self, db: Session, row: NoteVersionRow, ref: str) -> NoteState:
        names = {u.id: u.name for u in db.execute(select(UserRow)).scalars()}
        cos = db.get(CosignatureRow, row.id)
        versions = [
            {"version": v.version, "signed_at": v.signed_at, "signed_by": names.get(v.signed_by or ""), "content_hash": v.content_hash}
            for v in self._versions(db, row.session_id)
        ]
        return NoteState(
            session_id=row.session_id, ref=ref, note_id=row.id, version=row.version, parent_id=row.parent_id,
            doc=self._read_version(db, row), content_hash=row.content_hash,
            signed_by=names.get(row.signed_by or ""), signed_at=row.signed_at,
            cosigned_by=names.get(cos.user_id) if cos else None, cosigned_at=cos.at if cos else None,
            versions=versions,
        )

    def note(self, session_id: str, user: UserInfo) -> NoteState:
        """The newest version (created from the pipeline's draft on first view); the view is audited."""
        with self.store._tx() as db:
            s = self.store._session(db, session_id)
            row = self._current(db, session_id, user.actor)
            state = self._state(db, row, s.ref)
            self.store._audit(db, "note.view", "session", session_id, user.actor, note=row.id, version=row.version)
        return state

    def signed_note(self, session_id: str) -> NoteState:
        """The newest signed version (what exports carry); StateError before any signature."""
        with self.store._sessions() as db:
            s = self.store._session(db, session_id)
            signed = [v for v in self._versions(db, session_id) if v.signed_at is not None]
            if not signed:
                raise StateError("the note is not signed yet; nothing leaves the box before a clinician signs")
            return self._state(db, signed[-1], s.ref)

    def transcript(self, session_id: str, user: UserInfo) -> dict[str, Any]:
        return json.loads(self.store.read_blob(session_id, "transcript", actor=user.actor))  # type: ignore[no-any-return]

    def _turn_texts(self, db: Session, session_id: str) -> list[str]:
        try:
            turns = json.loads(self.store._get_blob(db, f"session:{session_id}", "transcript")).get("turns", [])
        except NotFoundError:
            return []
        return [str(t.get("text", "")) for t in turns]

    def _turn_count(self, db: Session, session_id: str) -> int:
        return len(self._turn_texts(db, session_id))

    def _edit_row(self, db: Session, note: NoteVersionRow, user: UserInfo, action: str, path: str, change: dict[str, Any]) -> None:
        edit_id = uuid.uuid4().hex
        key = self.store._data_key(db, note.key_id)
        nonce = secrets.token_bytes(12)
        ciphertext = AESGCM(key).encrypt(nonce, json.dumps(change, default=str).encode(), _edit_aad(note.id, edit_id))
        db.add(NoteEditRow(id=edit_id, note_id=note.id, at=_now(), actor=user.actor, action=action, path=path, nonce=nonce, ciphertext=ciphertext))
        db.flush()

    def change(self, session_id: str, user: UserInfo, op: str, path: str, values: dict[str, str] | None = None) -> str:
        """One review action on the open draft: edit | accept | reject | undo | ack | add. Returns the path changed."""
        with self.store._tx() as db:
            self.store._session(db, session_id)
            row = self._current(db, session_id, user.actor)
            if row.signed_at is not None:
                raise StateError("the note is signed and cannot change; amend it to correct it")
            doc = self._read_version(db, row)
            try:
                if op == "edit":
                    before, after = notedoc.edit(doc, path, values or {})
                    change: dict[str, Any] = {"before": before, "after": after}
                elif op in ("accept", "reject", "undo"):
                    b, a = notedoc.decide(doc, path, None if op == "undo" else op + "ed")
                    change = {"before": b, "after": a}
                elif op == "ack":
                    notedoc.acknowledge(doc, path, user.name, _now().isoformat(timespec="seconds"))
                    change = {"acknowledged": True}
                elif op == "add":
                    path = notedoc.add_sentence(doc, path, (values or {}).get("text", ""))
                    change = {"before": None, "after": (values or {}).get("text", "").strip()}
                else:
                    raise ConfigError(f"unknown review action {op!r}")
            except notedoc.DocumentError as exc:
                raise ConfigError(str(exc)) from None
            self._write_version(db, row, doc)
            self._edit_row(db, row, user, op, path, change)
            self.store._audit(db, f"note.{op}", "session", session_id, user.actor, note=row.id, path=path)
        return path

    def history(self, session_id: str, user: UserInfo) -> list[dict[str, Any]]:
        """Every change to every version, oldest first, with before/after (decrypted for the reviewer)."""
        with self.store._sessions() as db:
            out: list[dict[str, Any]] = []
            for v in self._versions(db, session_id):
                key = self.store._data_key(db, v.key_id)
                q = select(NoteEditRow).where(NoteEditRow.note_id == v.id).order_by(NoteEditRow.at, NoteEditRow.id)
                for e in db.execute(q).scalars():
                    change = json.loads(AESGCM(key).decrypt(e.nonce, e.ciphertext, _edit_aad(v.id, e.id)))
                    out.append({"version": v.version, "at": e.at, "actor": e.actor, "action": e.action, "path": e.path, "change": change})
            return out

    def sign(self, session_id: str, user: UserInfo, *, acknowledge_all: bool = False) -> str:
        """Lock the open draft: content hash, signer, time. Returns the hash.

        Refused while flagged facts are unresolved, unless ``acknowledge_all``,
        which acknowledges each of them as this user and is recorded as such.
        """
        with self.store._tx() as db:
            self.store._session(db, session_id)
            row = self._current(db, session_id, user.actor)
            if row.signed_at is not None:
                raise StateError("this version is already signed; amend it to correct it")
            doc = self._read_version(db, row)
            open_flags = notedoc.pending(doc, self._turn_count(db, session_id))
            if open_flags and not acknowledge_all:
                raise StateError(f"{len(open_flags)} flagged item(s) need acknowledging before signing")
            at = _now()
            for fact in open_flags:
                notedoc.acknowledge(doc, fact.path, user.name, at.isoformat(timespec="seconds"))
                self._edit_row(db, row, user, "ack", fact.path, {"acknowledged": True, "bulk": True})
            digest = notedoc.content_hash(doc)
            self._write_version(db, row, doc)
            row.content_hash, row.signed_by, row.signed_at = digest, user.id, at
            self.store._audit(
                db, "note.sign", "session", session_id, user.actor, note=row.id, version=row.version,
                content_hash=digest, acknowledged_all=acknowledge_all, acknowledged=len(open_flags),
            )
        return digest

    def cosign(self, session_id: str, user: UserInfo) -> None:
        with self.store._tx() as db:
            self.store._session(db, session_id)
            signed = [v for v in self._versions(db, session_id) if v.signed_at is not None]
            if not signed:
                raise StateError("the trainee has not signed this note yet")
            row = signed[-1]
            if db.get(CosignatureRow, row.id) is not None:
                raise StateError("this version is already co-signed")
            db.add(CosignatureRow(note_id=row.id, user_id=user.id, content_hash=row.content_hash or "", at=_now()))
            self.store._audit(db, "note.cosign", "session", session_id, user.actor, note=row.id, content_hash=row.content_hash)

    def amend(self, session_id: str, user: UserInfo) -> int:
        """Open a new draft version amending the newest signed one; returns its version number."""
        with self.store._tx() as db:
            self.store._session(db, session_id)
            versions = self._versions(db, session_id)
            if not versions or versions[-1].signed_at is None:
                raise StateError("only a signed note can be amended; edit the open draft instead")
            parent = versions[-1]
            doc = self._read_version(db, parent)
            doc["amends"] = {"version": parent.version, "content_hash": parent.content_hash}
            row = self._new_version(db, session_id, doc, parent.version + 1, parent.id, user.actor)
            self.store._audit(db, "note.amend", "session", session_id, user.actor, note=row.id, amends=parent.id, version=row.version)
            return row.version

    def record_export(self, session_id: str, user: UserInfo, fmt: str, state: NoteState) -> None:
        self.store.record("note.export", "session", session_id, actor=user.actor, format=fmt, note=state.note_id,
                          version=state.version, content_hash=state.content_hash)

    # -- the queue -------------------------------------------------------------------------
    def queue(self, visible: list[SessionAccess], user: UserInfo) -> list[QueueItem]:
        """Queue rows for the sessions the caller may list; risk first, then unresolved flags, then the rest."""
        items: list[QueueItem] = []
        with self.store._tx() as db:
            names = {u.id: u.name for u in db.execute(select(UserRow)).scalars()}
            for a in visible:
                versions = self._versions(db, a.session_id)
                if versions:
                    doc = self._read_version(db, versions[-1])
                else:
                    try:
                        draft = json.loads(self.store._get_blob(db, f"session:{a.session_id}", "progress"))["progress_note"]
                        doc = notedoc.new_document(draft, self._turn_texts(db, a.session_id))
                    except NotFoundError:
                        continue
                n_pending = len(notedoc.pending(doc, self._turn_count(db, a.session_id)))
                risk = notedoc.risk_flagged(doc)
                if a.draft_open:
                    status = "amending" if a.signed else "draft"
                elif a.author_role == "trainee" and not a.cosigned:
                    status = "awaiting-cosign"
                else:
                    status = "signed"
                priority = (0 if risk else 1 if n_pending else 2) if status in ("draft", "amending") else 3 if status == "awaiting-cosign" else 4
                items.append(QueueItem(
                    ref=a.ref, session_id=a.session_id, author=names.get(a.author_id or ""), status=status, risk=risk,
                    pending=n_pending, date=(doc["progress_note"].get("session") or {}).get("date"), priority=priority,
                ))
            self.store._audit(db, "queue.view", "queue", "*", user.actor, count=len(items))
        return sorted(items, key=lambda i: (i.priority, -i.pending, i.date or "", i.ref))


__all__ = ["ReviewStore", "SessionAccess", "NoteState", "QueueItem", "workspace_aad"]
