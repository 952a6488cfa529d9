"""A trainee's workspace, shared with their supervisor: only after a recorded agreement and the trainee's own grant.

The workspace is sealed to the trainee's personal key, so nobody, the practice
included, can share it on the trainee's behalf. Once the practice has recorded
the trainee's signed confidentiality agreement with their supervisor
(``scribe supervision agree``), the trainee, logged in, grants a session: their
key opens the workspace and it is sealed a second time to the supervisor's
public key (a snapshot; granting again shares later additions). The
supervisor then opens that copy, read-only, with their own key. Grant, revoke
and every opening are audited.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scribe.errors import ConfigError, KeyAccessError, NotFoundError, StateError
from scribe.store.records import seal_doc
from scribe.store.records_models import ConfidentialityAgreementRow, WorkspaceShareRow
from scribe.store.review_models import SealedWorkspaceRow, UserRow
from scribe.store.store import Store, _now
from scribe.store.users import UserDirectory, UserInfo
from scribe.vault import personal


def shared_aad(session_id: str, user_id: str) -> bytes:
    return f"scribe/v1/workspace-share|session:{session_id}|user:{user_id}".encode()


class Supervision:
    def __init__(self, store: Store, users: UserDirectory | None = None) -> None:
        self.store = store
        self.users = users or UserDirectory(store)

    def record_agreement(self, trainee: str, *, reference: str, form: bytes | None = None, actor: str = "cli") -> str:
        """Record the trainee's signed confidentiality agreement with their current supervisor; returns its id."""
        if not reference.strip():
            raise ConfigError("an agreement is recorded with a reference (--reference)")
        with self.store._tx() as db:
            row = self.users.row_by_name(db, trainee)
            if row.role != "trainee" or row.supervisor_id is None:
                raise ConfigError("a confidentiality agreement is between a trainee and their supervisor")
            agreement_id = uuid.uuid4().hex
            doc: dict[str, Any] = {"reference": reference.strip(), "form_bytes": len(form or b"")}
            if form:
                doc["form"] = form.hex()
            key_id, nonce, ct = seal_doc(self.store, db, "confidentiality_agreements", agreement_id, doc, purpose="agreement")
            db.add(ConfidentialityAgreementRow(id=agreement_id, trainee_id=row.id, supervisor_id=row.supervisor_id,
                                               key_id=key_id, nonce=nonce, ciphertext=ct, recorded_at=_now(), recorded_by=actor))
            self.store._audit(db, "supervision.agreement", "user", row.id, actor, supervisor=row.supervisor_id,
                              agreement=agreement_id, form=bool(form))
        return agreement_id

    @staticmethod
    def _agreement(db: Session, trainee_id: str, supervisor_id: str) -> ConfidentialityAgreementRow | None:
        q = select(ConfidentialityAgreementRow).where(
            ConfidentialityAgreementRow.trainee_id == trainee_id, ConfidentialityAgreementRow.supervisor_id == supervisor_id
        ).order_by(ConfidentialityAgreementRow.recorded_at.desc())
        return db.execute(q).scalars().first()

    def grant(self, session_id: str, trainee: UserInfo, private_key: bytes | None) -> None:
        """The trainee shares this session's workspace with their supervisor (needs the recorded agreement)."""
        from scribe.store.review import workspace_aad

        with self.store._tx() as db:
            sealed = db.get(SealedWorkspaceRow, session_id)
            if sealed is None or sealed.user_id != trainee.id or trainee.role != "trainee":
                raise KeyAccessError("only the trainee who wrote this workspace can share it with their supervisor")
            if private_key is None:
                raise KeyAccessError("your personal key is not open; log in again to share your workspace")
            if trainee.supervisor_id is None:
                raise StateError("you have no supervisor to share with")
            agreement = self._agreement(db, trainee.id, trainee.supervisor_id)
            if agreement is None:
                self.store._audit(db, "workspace.grant_refused", "session", session_id, trainee.actor, reason="no-agreement")
                refused = True
            else:
                refused = False
                supervisor = db.get(UserRow, trainee.supervisor_id)
                if supervisor is None or supervisor.public_key is None or supervisor.disabled_at is not None:
                    raise StateError("your supervisor has no active account with a personal key")
                doc = personal.open_sealed(private_key, sealed.sealed, workspace_aad(session_id, trainee.id))
                copy = personal.seal_to(supervisor.public_key, doc, shared_aad(session_id, supervisor.id))
                share = db.get(WorkspaceShareRow, (session_id, supervisor.id))
                if share is None:
                    db.add(WorkspaceShareRow(session_id=session_id, user_id=supervisor.id, agreement_id=agreement.id,
                                             sealed=copy, granted_at=_now()))
                else:
                    share.sealed, share.agreement_id, share.granted_at = copy, agreement.id, _now()
                self.store._audit(db, "workspace.grant", "session", session_id, trainee.actor, supervisor=supervisor.id,
                                  agreement=agreement.id)
        if refused:
            raise StateError("no confidentiality agreement with your supervisor is recorded; the practice records it with "
                             "`scribe supervision agree`")

    def revoke(self, session_id: str, trainee: UserInfo) -> None:
        with self.store._tx() as db:
            shares = list(db.execute(select(WorkspaceShareRow).where(WorkspaceShareRow.session_id == session_id)).scalars())
            sealed = db.get(SealedWorkspaceRow, session_id)
            if sealed is None or sealed.user_id != trainee.id:
                raise KeyAccessError("only the trainee who wrote this workspace can revoke its sharing")
            for s in shares:
                db.delete(s)
            self.store._audit(db, "workspace.revoke", "session", session_id, trainee.actor, shares=len(shares))

    def granted(self, session_id: str, supervisor_id: str) -> bool:
        with self.store._sessions() as db:
            return db.get(WorkspaceShareRow, (session_id, supervisor_id)) is not None

    def shared_workspace(self, session_id: str, supervisor: UserInfo, private_key: bytes | None) -> dict[str, Any]:
        """The copy the trainee granted, opened with the supervisor's own key (audited)."""
        with self.store._tx() as db:
            share = db.get(WorkspaceShareRow, (session_id, supervisor.id))
            sealed = db.get(SealedWorkspaceRow, session_id)
            author = db.get(UserRow, sealed.user_id) if sealed else None
            if share is None or author is None or author.supervisor_id != supervisor.id:
                raise NotFoundError("this workspace has not been shared with you")
            if self._agreement(db, author.id, supervisor.id) is None:
                raise KeyAccessError("no confidentiality agreement is recorded for this supervision")
            if private_key is None:
                raise KeyAccessError("your personal key is not open; log in again")
            doc = json.loads(personal.open_sealed(private_key, share.sealed, shared_aad(session_id, supervisor.id)))
            self.store._audit(db, "workspace.open_shared", "session", session_id, supervisor.actor, author=author.id)
        return doc  # type: ignore[no-any-return]


__all__ = ["Supervision", "shared_aad"]
