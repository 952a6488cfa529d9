"""Retention of notes and transcripts, legal holds, the shred register, and decommissioning.

* **Policy.** The practice sets how many years a session's record is kept
  (state rules differ; there is no default). ``scribe retention apply`` (cron,
  or the worker) crypto-shreds what is due: transcript, drafts and session
  facts (their rows and data keys deleted), every note version and its edits
  (their data keys' material destroyed: the rows stay, as the database keeps
  signed notes), the sealed workspace and any supervisor's copy. Then, as for
  audio, the store's files are checkpointed and scanned for the destroyed keys'
  bytes, and only then a certificate is written to the audit chain.
* **Legal hold.** A hold on a session or on a client suspends retention for
  them until it is released; both are audited.
* **Register.** Each certified retention shred is also appended, as one signed
  line naming only the session's keyed HMAC, to ``SCRIBE_SHRED_REGISTER_FILE``
  (a file outside ``SCRIBE_HOME``, like the audit witness). A restore of an
  older backup replays it, so a record shredded after that backup stays shredded.
* **Decommission.** Every key of the store is destroyed (data keys, personal
  keys, second factors, then the key file itself), the destruction is checked
  (nothing opens) and a final certificate is written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from scribe.errors import ConfigError, NotFoundError, ShreddedError, StateError
from scribe.store import audit
from scribe.store.models import BlobRow, DataKeyRow, SessionRow
from scribe.store.records import client_ref, get_policy, open_doc, seal_doc, set_policy, shred_key
from scribe.store.records_models import (
    SHREDDED_DOMAIN,
    LegalHoldRow,
    MfaRow,
    RecoveryCodeRow,
    RetiredSessionRow,
    SessionClientRow,
    WorkspaceShareRow,
)
from scribe.store.review_models import NoteVersionRow, SealedWorkspaceRow, UserRow
from scribe.store.store import Store, _now

POLICY_YEARS = "retention_years"
REGISTER_PREFIX = "scribe-shred/1"
MAX_YEARS = 100
# Tables whose files may hold destroyed key material on PostgreSQL (rewritten by VACUUM FULL before the scan).
_PG_TABLES = ("data_keys", "blobs", "sealed_workspaces", "workspace_shares", "users")


@dataclass(frozen=True)
class Hold:
    id: str
    scope: str  # session | client
    placed_at: datetime
    placed_by: str
    released_at: datetime | None
    reason: str
    reference: str


# -- the shred register: signed lines outside the box ------------------------------------------------
def register_line(audit_key: bytes, obj: str, ts: str) -> str:
    body = f"{REGISTER_PREFIX} session={obj} ts={ts}"
    sig = hmac.new(audit_key, body.encode(), hashlib.sha256).hexdigest()
    return f"{body} sig={sig}"


def read_register(path: Path, audit_key: bytes) -> list[str]:
    """Session object refs named by the register's lines; a line that does not verify is an error."""
    refs = []
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        parts = line.strip().rsplit(" sig=", 1)
        fields = dict(p.split("=", 1) for p in parts[0].split(" ")[1:] if "=" in p)
        if len(parts) != 2 or not parts[0].startswith(REGISTER_PREFIX + " ") or "session" not in fields:
            raise ConfigError(f"line {n} of the shred register is not a scribe shred line")
        expected = hmac.new(audit_key, parts[0].encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, parts[1]):
            raise ConfigError(f"line {n} of the shred register does not verify (another practice's, or edited)")
        refs.append(fields["session"])
    return refs


def _append_line(path: Path, line: str) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    try:
        os.write(fd, (line + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)


class Retention:
    """Policy, holds, shredding of records and decommissioning over a :class:`Store`."""

    def __init__(self, store: Store, *, register: Path | None = None) -> None:
        self.store = store
        self.register = register

    # -- policy and holds ------------------------------------------------------------------
    def set_years(self, years: int, *, actor: str = "cli") -> None:
        if not 1 <= years <= MAX_YEARS:
            raise ConfigError(f"--years must be between 1 and {MAX_YEARS}")
        set_policy(self.store, POLICY_YEARS, years, actor=actor)

    def years(self) -> int | None:
        value = get_policy(self.store, POLICY_YEARS)
        return int(value) if value is not None else None

    def place_hold(self, *, session_id: str | None = None, client: str | None = None, reason: str, reference: str,
                   actor: str = "cli") -> str:
        if (session_id is None) == (client is None):
            raise ConfigError("a hold is on one session (--session) or one client (--client)")
        if not reason.strip() or not reference.strip():
            raise ConfigError("a legal hold is recorded with its reason (--reason) and a reference (--reference)")
        hold_id = "HOLD-" + uuid.uuid4().hex[:10].upper()
        with self.store._tx() as db:
            if session_id is not None:
                self.store._session(db, session_id)
                if db.get(RetiredSessionRow, session_id) is not None:
                    raise StateError("this session's record was already shredded by retention; there is nothing to hold")
            key_id, nonce, ct = seal_doc(self.store, db, "legal_holds", hold_id,
                                         {"reason": reason.strip(), "reference": reference.strip()}, purpose="hold")
            ref = client_ref(self.store, client) if client is not None else None
            db.add(LegalHoldRow(id=hold_id, session_id=session_id, client_ref=ref, key_id=key_id, nonce=nonce, ciphertext=ct,
                                placed_at=_now(), placed_by=actor))
            self.store._audit(db, "retention.hold", "session" if session_id else "client", session_id or str(ref), actor,
                              hold=hold_id, scope="session" if session_id else "client")
        return hold_id

    def release_hold(self, hold_id: str, *, actor: str = "cli") -> None:
        with self.store._tx() as db:
            row = db.get(LegalHoldRow, hold_id)
            if row is None:
                raise NotFoundError("no such legal hold; see `scribe retention holds`")
            if row.released_at is not None:
                raise StateError("this legal hold was already released")
            row.released_at, row.released_by = _now(), actor
            self.store._audit(db, "retention.hold_release", "hold", hold_id, actor, hold=hold_id)

    def holds(self) -> list[Hold]:
        with self.store._sessions() as db:
            out = []
            for r in db.execute(select(LegalHoldRow).order_by(LegalHoldRow.placed_at)).scalars():
                d = open_doc(self.store, db, "legal_holds", r.id, r.key_id, r.nonce, r.ciphertext)
                out.append(Hold(r.id, "session" if r.session_id else "client", r.placed_at, r.placed_by, r.released_at,
                                d["reason"], d["reference"]))
            return out

    def held(self) -> set[str]:
        """Session ids under an active hold (their own, or their client's)."""
        with self.store._sessions() as db:
            active = list(db.execute(select(LegalHoldRow).where(LegalHoldRow.released_at.is_(None))).scalars())
            ids = {h.session_id for h in active if h.session_id}
            refs = {h.client_ref for h in active if h.client_ref}
            if refs:
                ids |= set(db.execute(select(SessionClientRow.session_id).where(SessionClientRow.client_ref.in_(refs))).scalars())
            return ids

    def due(self, now: datetime | None = None) -> list[str]:
        """Sessions recorded more than the policy's years ago, not held, not retired, not being processed."""
        years = self.years()
        if years is None:
            raise ConfigError("no retention policy is set; the practice decides it: `scribe retention policy --years N`")
        cutoff = _years_before(now or _now(), years)
        held = self.held()
        with self.store._sessions() as db:
            retired = set(db.execute(select(RetiredSessionRow.session_id)).scalars())
            q = select(SessionRow.id).where(SessionRow.created_at <= cutoff, SessionRow.state != "processing")
            return sorted(s for s in db.execute(q).scalars() if s not in held and s not in retired)

    # -- shredding ---------------------------------------------------------------------------
    def apply(self, now: datetime | None = None, *, actor: str = "cli") -> list[dict[str, Any]]:
        """Finish any shred left unproven, then shred everything due; returns the certificates."""
        certs = [self._certify(sid, actor) for sid in self._pending()]
        for sid in self.due(now):
            certs.append(self.shred_session(sid, reason="retention", actor=actor))
        return certs

    def _pending(self) -> list[str]:
        with self.store._sessions() as db:
            q = select(RetiredSessionRow.session_id).where(RetiredSessionRow.certified_at.is_(None))
            return list(db.execute(q).scalars())

    def shred_session(self, session_id: str, *, reason: str, actor: str = "cli") -> dict[str, Any]:
        """Crypto-shred a session's notes and transcript (and its audio, if still held); returns the certificate."""
        info = self.store.session(session_id)
        if info.state == "processing":
            raise StateError("the session is being processed; shred its record once the run finished")
        if info.has_audio or info.shred_pending:
            self.store.shred_audio(session_id, actor=actor, reason=reason)
        with self.store._tx() as db:
            if db.get(RetiredSessionRow, session_id) is not None:
                raise StateError("this session's record was already shredded")
            retired = RetiredSessionRow(session_id=session_id, reason=reason, retired_at=_now())
            db.add(retired)
            db.flush()  # the database lets a signed note's key go only once its session is retired
            needles: list[bytes] = []
            counts = {"blobs": 0, "note_versions": 0, "workspaces": 0, "shares": 0}
            for blob in db.execute(select(BlobRow).where(BlobRow.owner == f"session:{session_id}")).scalars():
                key_row = db.get(DataKeyRow, blob.key_id)
                db.delete(blob)
                db.flush()
                if key_row is not None:
                    needles.append(bytes(key_row.wrapped[:12]))
                    db.delete(key_row)
                counts["blobs"] += 1
            for version in db.execute(select(NoteVersionRow).where(NoteVersionRow.session_id == session_id)).scalars():
                nonce = shred_key(db, version.key_id)
                if nonce is not None:
                    needles.append(nonce)
                counts["note_versions"] += 1
            sealed = db.get(SealedWorkspaceRow, session_id)
            if sealed is not None:
                needles.append(bytes(sealed.sealed[:32]))
                db.delete(sealed)
                counts["workspaces"] += 1
            for share in db.execute(select(WorkspaceShareRow).where(WorkspaceShareRow.session_id == session_id)).scalars():
                needles.append(bytes(share.sealed[:32]))
                db.delete(share)
                counts["shares"] += 1
            retired.pending = json.dumps({"needles": [n.hex() for n in needles], "counts": counts})
            self.store._audit(db, "retention.keys_deleted", "session", session_id, actor, reason=reason, **counts)
        return self._certify(session_id, actor)

    def _certify(self, session_id: str, actor: str) -> dict[str, Any]:
        with self.store._sessions() as db:
            row = db.get(RetiredSessionRow, session_id)
            if row is None or row.pending is None:
                raise StateError("nothing is pending for this session")
            pending = json.loads(row.pending)
        proof = prove_gone(self.store, [bytes.fromhex(n) for n in pending["needles"]])
        with self.store._tx() as db:
            row = db.get(RetiredSessionRow, session_id)
            assert row is not None
            cert = {"reason": row.reason, **pending["counts"], "keys_destroyed": len(pending["needles"]), **proof}
            row.pending, row.certified_at = None, _now()
            entry = self.store._audit(db, "retention.shred", "session", session_id, actor, **cert)
            cert = dict(cert, audit_seq=entry.seq, audit_hash=entry.hash, shredded_at=entry.ts)
            obj = entry.object
        if self.register is not None:
            _append_line(self.register, register_line(self.store.keys.audit_key(), obj, cert["shredded_at"]))
        return cert

    def replay_register(self, path: Path, *, actor: str = "cli") -> list[dict[str, Any]]:
        """Shred again every session the register names that this store still holds (after a restore)."""
        key = self.store.keys.audit_key()
        named = set(read_register(path, key))
        certs = []
        for s in self.store.sessions():
            if audit.object_ref(key, "session", s.id) in named:
                with self.store._sessions() as db:
                    if db.get(RetiredSessionRow, s.id) is not None:
                        continue
                certs.append(self.shred_session(s.id, reason="register", actor=actor))
        return certs

    # -- decommissioning -----------------------------------------------------------------------
    def decommission(self, certificate: Path, *, actor: str = "cli") -> dict[str, Any]:
        """Destroy every key of the store, check nothing opens, destroy the key file, write the final certificate."""
        from scribe.documents import publish, reserve, write_reserved

        if self.held():
            raise StateError("a legal hold is active; release it (`scribe retention release HOLD`) before decommissioning")
        tmp = reserve(certificate)
        try:
            with self.store._sessions() as db:
                retired = set(db.execute(select(RetiredSessionRow.session_id)).scalars())
            sessions = [s.id for s in self.store.sessions() if s.id not in retired]
            for sid in self._pending():
                self._certify(sid, actor)
            for sid in sessions:
                self.shred_session(sid, reason="decommission", actor=actor)
            with self.store._tx() as db:
                needles = []
                for row in db.execute(select(DataKeyRow).where(DataKeyRow.domain != SHREDDED_DOMAIN)).scalars():
                    nonce = shred_key(db, row.id)
                    if nonce is not None:
                        needles.append(nonce)
                personal = 0
                for user in db.execute(select(UserRow).where(UserRow.sealed_private_key.is_not(None))).scalars():
                    needles.append(json.loads(user.sealed_private_key or "{}")["ciphertext"].encode())
                    user.sealed_private_key, user.public_key = None, None
                    personal += 1
                codes = db.execute(select(func.count()).select_from(RecoveryCodeRow)).scalar_one()
                for code in list(db.execute(select(RecoveryCodeRow)).scalars()):
                    db.delete(code)
                self.store._audit(db, "decommission.keys_destroyed", "store", "*", actor, data_keys=len(needles) - personal,
                                  personal_keys=personal, recovery_codes=codes)
            proof = prove_gone(self.store, needles)
            checks = self._nothing_opens()
            with self.store._tx() as db:
                entry = self.store._audit(db, "decommission.certificate", "store", "*", actor, **proof, **checks)
            head = audit.signed_head(self.store.keys.audit_key(), entry.seq, entry.hash)
            head_key = audit.head_public_key(self.store.keys.audit_key())
            key_file = _destroy_key_file(self.store)
            cert = {
                "format": "scribe-decommission/1", "at": entry.ts, "sessions_shredded": len(sessions), **proof, **checks,
                "key_file": key_file, "audit_head": head, "audit_head_public_key": head_key,
                "note": "every data key's material, every personal key and second factor, and the practice key file "
                        "were destroyed; nothing in this store can be opened again",
            }
            write_reserved(tmp, json.dumps(cert, indent=1).encode())
            publish(tmp, certificate)
        finally:
            tmp.unlink(missing_ok=True)
        return cert

    def _nothing_opens(self) -> dict[str, Any]:
        """Try every data key and every personal key: each must refuse to open."""
        opened = 0
        with self.store._sessions() as db:
            ids = list(db.execute(select(DataKeyRow.id)).scalars())
            for key_id in ids:
                try:
                    self.store._data_key(db, key_id)
                    opened += 1
                except ShreddedError:
                    pass
            personal = db.execute(select(func.count()).select_from(UserRow).where(UserRow.sealed_private_key.is_not(None))).scalar_one()
            workspaces = db.execute(select(func.count()).select_from(SealedWorkspaceRow)).scalar_one()
            factors = [r.key_id for r in db.execute(select(MfaRow)).scalars()]
        vault = sorted(p.name for p in self.store.vault_dir.glob("*.sca"))
        for name in vault:  # ciphertext whose key is gone; unlink it too
            (self.store.vault_dir / name).unlink(missing_ok=True)
        if opened or personal or workspaces:
            raise StateError(f"decommission check failed: {opened} data key(s), {personal} personal key(s), "
                             f"{workspaces} workspace(s) still open; the key file was NOT destroyed")
        return {"data_keys_checked": len(ids), "data_keys_open": 0, "personal_keys": 0, "sealed_workspaces": 0,
                "second_factors_shredded": len(factors), "vault_files_unlinked": len(vault)}


def _years_before(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def _destroy_key_file(store: Store) -> dict[str, Any]:
    """Overwrite the key file with random bytes, fsync, unlink; then check no key can be loaded from it."""
    path: Path | None = getattr(store.keys, "path", None)
    if path is None:
        return {"destroyed": False, "why": "the key provider is not a file; destroy its keys in the KMS"}
    size = path.stat().st_size
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, secrets.token_bytes(size))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    path.with_name(path.name + ".lock").unlink(missing_ok=True)
    return {"destroyed": True, "overwritten_bytes": size, "present_after": path.exists()}


def prove_gone(store: Store, needles: list[bytes]) -> dict[str, Any]:
    """The store's proof (see :meth:`Store.prove_bytes_gone`) over every table that holds retained keys."""
    return store.prove_bytes_gone(needles, tables=_PG_TABLES)


__all__ = ["Hold", "Retention", "prove_gone", "read_register", "register_line"]
