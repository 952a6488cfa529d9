"""The notes store: sessions, encrypted audio in the vault, encrypted blobs, audit.

Every object gets its own random data key, wrapped under the practice KEK of
its domain and stored in ``data_keys``; ciphertext is bound to its owner and
kind by associated data. Every action and every read of protected content is
recorded in the audit log *in the same transaction*: if the audit write
fails, the action fails.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from scribe.errors import (
    AudioError,
    AuditError,
    ConfigError,
    IntegrityError,
    NotFoundError,
    ShreddedError,
    StateError,
)
from scribe.models import sha256_file
from scribe.store import audit
from scribe.store.db import checkpoint, make_engine, migrate
from scribe.store.models import BlobRow, ClinicianRow, DataKeyRow, SessionRow
from scribe.vault import container
from scribe.vault.keys import Domain, KeyProvider

log = logging.getLogger("scribe")

RECORDER_AAD = b"scribe/v1/recorder"
# Which KEK domain protects each kind of blob: the workspace is walled off by key.
BLOB_DOMAINS: dict[str, Domain] = {
    "transcript": "record",
    "progress": "record",
    "psychotherapy": "private",
    "voiceprint": "record",
    "meta": "record",
}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def audio_aad(session_id: str) -> bytes:
    return b"scribe/v1/audio|session:" + session_id.encode()


def _blob_aad(owner: str, kind: str, key_id: str) -> bytes:
    return f"scribe/v1/blob|{owner}|{kind}|{key_id}".encode()


class _IterReader(io.RawIOBase):
    """A read-only file over an iterator of byte chunks (for re-encrypting a stream)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


@dataclass(frozen=True)
class SessionInfo:
    id: str
    ref: str
    state: str
    has_audio: bool
    audio_shredded: bool
    error_kind: str | None
    created_at: datetime
    retain_audio_until: datetime | None


class Store:
    """The one API the pipeline, the CLI and a future review app use for stored state."""

    def __init__(self, home: Path, keys: KeyProvider, *, segment_size: int = container.DEFAULT_SEGMENT_SIZE):
        self.home = home
        self.keys = keys
        self.vault_dir = home / "vault"
        self.db_path = home / "scribe.db"
        self.head_path = home / "audit.head"
        self.segment_size = segment_size
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(home, 0o700)  # holds only ciphertext, but nobody else needs to list it
        self.vault_dir.mkdir(exist_ok=True, mode=0o700)
        container.remove_stale_partials(self.vault_dir)
        self.engine = make_engine(self.db_path)
        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions with their audit entry ------------------------------------
    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with self._sessions() as db:
            try:
                with db.begin():
                    yield db
            except SQLAlchemyError as exc:
                raise AuditError(f"the store could not commit ({type(exc).__name__}); nothing was changed") from None
            # Committed: move the head anchor to this transaction's last audit entry.
            head = db.info.pop("audit_head", None)
            if head is not None:
                audit.write_head(self.head_path, self.keys.audit_key(), *head)

    def _audit(self, db: Session, action: str, kind: str, object_id: str, actor: str, **detail: Any) -> audit.AuditRow:
        try:
            row = audit.append(
                db,
                self.keys.audit_key(),
                actor=actor,
                action=action,
                obj=audit.object_ref(self.keys.audit_key(), kind, object_id),
                detail=detail,
            )
        except SQLAlchemyError as exc:
            raise AuditError(f"audit write failed ({type(exc).__name__}); {action} was not performed") from None
        db.info["audit_head"] = (row.seq, row.hash)
        return row

    # -- data keys ---------------------------------------------------------------
    def _new_data_key(self, db: Session, domain: Domain, purpose: str) -> tuple[str, bytes, int]:
        """A fresh data key, stored wrapped; returns (row id, key, KEK version)."""
        key_id = uuid.uuid4().hex
        data_key = AESGCM.generate_key(256)
        version, wrapped = self.keys.wrap(domain, data_key, key_id.encode())
        db.add(DataKeyRow(id=key_id, domain=domain, purpose=purpose, kek_version=version, wrapped=wrapped, created_at=_now()))
        db.flush()  # the key row must exist before rows that reference it
        return key_id, data_key, version

    def _data_key(self, db: Session, key_id: str) -> bytes:
        row = db.get(DataKeyRow, key_id)
        if row is None:
            raise ShreddedError("the data key was destroyed; this object can never be decrypted")
        return self.keys.unwrap(row.domain, row.kek_version, row.wrapped, key_id.encode())  # type: ignore[arg-type]

    # -- sessions ----------------------------------------------------------------
    def _session(self, db: Session, session_id: str) -> SessionRow:
        row = db.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError(f"no session {session_id!r}; see `scribe sessions list`")
        return row

    def session(self, session_id: str) -> SessionInfo:
        with self._sessions() as db:
            return self._info(self._session(db, session_id))

    def session_by_ref(self, ref: str) -> SessionInfo:
        with self._sessions() as db:
            row = db.execute(select(SessionRow).where(SessionRow.ref == ref)).scalar_one_or_none()
            if row is None:
                raise NotFoundError(f"no session with ref {ref}")
            return self._info(row)

    def sessions(self) -> list[SessionInfo]:
        with self._sessions() as db:
            return [self._info(r) for r in db.execute(select(SessionRow).order_by(SessionRow.created_at)).scalars()]

    @staticmethod
    def _info(row: SessionRow) -> SessionInfo:
        return SessionInfo(
            id=row.id,
            ref=row.ref,
            state=row.state,
            has_audio=row.audio_key_id is not None,
            audio_shredded=row.audio_shredded_at is not None,
            error_kind=row.error_kind,
            created_at=row.created_at,
            retain_audio_until=row.retain_audio_until,
        )

    def set_state(self, session_id: str, state: str, *, error_kind: str | None = None, actor: str = "pipeline") -> None:
        with self._tx() as db:
            row = self._session(db, session_id)
            row.state, row.error_kind, row.updated_at = state, error_kind, _now()
            self._audit(db, f"session.{state}", "session", session_id, actor, error_kind=error_kind)

    # -- audio ---------------------------------------------------------------------
    def ingest(self, session_id: str, source: BinaryIO, *, actor: str = "cli") -> Path:
        """Encrypt plain audio (or re-encrypt a recorder's .sca) into the vault.

        Plaintext moves through memory one segment at a time; the vault file
        appears only after the last segment was written (and, for a recorder
        file, authenticated), so a crash or tampered input leaves nothing behind.
        """
        if not session_id or len(session_id) > 128 or not session_id.isprintable():
            raise ConfigError("a session id must be 1-128 printable characters")
        with self._sessions() as db:
            existing = db.get(SessionRow, session_id)
            if existing is not None:
                raise StateError(f"session {session_id!r} already exists; pick another --session-id")
        head = source.read(len(container.MAGIC))
        pre_encrypted = head == container.MAGIC
        plain_source: BinaryIO
        if pre_encrypted:
            header = container.read_header(_Prefixed(head, source))  # type: ignore[arg-type]
            if header.stanza_type != container.STANZA_X25519:
                raise IntegrityError("the file is a vault file, not a recorder file; ingest the original recording")
            data_key = container.unwrap_recipient(header, self.keys.identity(header.key_version))
            chunks = container.iter_decrypt(source, data_key=data_key, aad=RECORDER_AAD, header=header)
            plain_source = io.BufferedReader(_IterReader(chunks), buffer_size=self.segment_size)
        else:
            plain_source = _Prefixed(head, source)  # type: ignore[assignment]

        target = self.vault_dir / f"{uuid.uuid4().hex}.sca"
        try:
            return self._write_vault_file(session_id, plain_source, target, pre_encrypted, actor)
        except BaseException:
            # Whatever failed (source, audit, commit), no orphan ciphertext stays behind.
            target.unlink(missing_ok=True)
            raise

    def _write_vault_file(
        self, session_id: str, plain_source: BinaryIO, target: Path, pre_encrypted: bool, actor: str
    ) -> Path:
        with self._tx() as db:
            key_id, audio_key, kek_version = self._new_data_key(db, "record", "audio")
            written = container.encrypt_file_atomic(
                target,
                lambda dst: container.encrypt(
                    plain_source,
                    dst,
                    data_key=audio_key,
                    aad=audio_aad(session_id),
                    key_id=uuid.UUID(key_id).bytes,
                    key_version=kek_version,
                    segment_size=self.segment_size,
                ),
            )
            if written == 0:
                raise AudioError("the audio file is empty; nothing was ingested")
            now = _now()
            db.add(
                SessionRow(
                    id=session_id,
                    ref=secrets.token_hex(16),
                    state="ingested",
                    created_at=now,
                    updated_at=now,
                    audio_file=target.name,
                    audio_key_id=key_id,
                    audio_bytes=written,
                )
            )
            self._audit(db, "audio.ingest", "session", session_id, actor, bytes=written, pre_encrypted=pre_encrypted, key=key_id)
        return target

    def audio_path(self, session_id: str) -> Path | None:
        with self._sessions() as db:
            row = self._session(db, session_id)
            return self.vault_dir / row.audio_file if row.audio_file else None

    def read_audio(self, session_id: str, *, actor: str = "pipeline") -> bytearray:
        """Decrypt the session's audio into memory (whole file authenticated first)."""
        with self._tx() as db:
            row = self._session(db, session_id)
            if row.audio_key_id is None:
                raise ShreddedError(f"the audio of session {session_id!r} was shredded; it can never be decrypted")
            data_key = self._data_key(db, row.audio_key_id)
            self._audit(db, "audio.decrypt", "session", session_id, actor)
            path = self.vault_dir / (row.audio_file or "")
        try:
            with open(path, "rb") as src:
                return container.decrypt(src, data_key=data_key, aad=audio_aad(session_id))
        except FileNotFoundError:
            raise NotFoundError(f"the vault file of session {session_id!r} is missing") from None

    def shred_audio(self, session_id: str, *, actor: str = "cli", reason: str = "manual") -> dict[str, Any]:
        """Crypto-shred: destroy the audio's data key, then unlink the ciphertext.

        Returns the deletion certificate (also the audit entry's detail).
        """
        with self._tx() as db:
            row = self._session(db, session_id)
            if row.audio_key_id is None:
                raise ShreddedError(f"the audio of session {session_id!r} is already shredded")
            key_row = db.get(DataKeyRow, row.audio_key_id)
            path = self.vault_dir / (row.audio_file or "")
            digest = sha256_file(path) if path.exists() else None
            cert = {
                "reason": reason,
                "data_key": row.audio_key_id,
                "kek_version": key_row.kek_version if key_row else None,
                "ciphertext_sha256": digest,
                "ciphertext_bytes": path.stat().st_size if path.exists() else 0,
                "method": "data-key deletion (sqlite secure_delete, WAL truncated) + unlink",
            }
            if key_row is not None:
                db.delete(key_row)
            row.audio_key_id = None
            row.audio_shredded_at = _now()
            row.updated_at = _now()
            entry = self._audit(db, "audio.shred", "session", session_id, actor, **cert)
            cert = dict(cert, audit_seq=entry.seq, audit_hash=entry.hash, shredded_at=entry.ts)
        checkpoint(self.engine)
        path.unlink(missing_ok=True)
        _fsync_dir(self.vault_dir)
        with self._tx() as db:
            self._session(db, session_id).audio_file = None
        return cert

    def expired_audio(self, now: datetime | None = None) -> list[str]:
        """Sessions whose processed audio is past its retention time."""
        now = now or _now()
        with self._sessions() as db:
            rows = db.execute(
                select(SessionRow.id).where(
                    SessionRow.audio_key_id.is_not(None),
                    SessionRow.state == "processed",
                    SessionRow.retain_audio_until.is_not(None),
                    SessionRow.retain_audio_until <= now,
                )
            ).scalars()
            return list(rows)

    # -- blobs (transcripts, notes, voiceprints) ------------------------------------
    def _put_blob(self, db: Session, owner: str, kind: str, plaintext: bytes) -> None:
        domain = BLOB_DOMAINS[kind]
        old = db.execute(select(BlobRow).where(BlobRow.owner == owner, BlobRow.kind == kind)).scalar_one_or_none()
        if old is not None:
            old_key = db.get(DataKeyRow, old.key_id)
            db.delete(old)
            db.flush()
            if old_key is not None:
                db.delete(old_key)
        key_id, data_key, _ = self._new_data_key(db, domain, kind)
        nonce = secrets.token_bytes(12)
        ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, _blob_aad(owner, kind, key_id))
        db.add(BlobRow(owner=owner, kind=kind, key_id=key_id, nonce=nonce, ciphertext=ciphertext, created_at=_now()))

    def _get_blob(self, db: Session, owner: str, kind: str) -> bytes:
        row = db.execute(select(BlobRow).where(BlobRow.owner == owner, BlobRow.kind == kind)).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"no {kind} stored for this {owner.split(':')[0]}")
        data_key = self._data_key(db, row.key_id)
        try:
            return AESGCM(data_key).decrypt(row.nonce, row.ciphertext, _blob_aad(owner, kind, row.key_id))
        except InvalidTag:
            raise IntegrityError(f"the stored {kind} failed authentication") from None

    def commit_results(
        self,
        session_id: str,
        blobs: dict[str, bytes],
        *,
        retain_audio_hours: float = 0.0,
        actor: str = "pipeline",
    ) -> None:
        """Store transcript and notes and mark the session processed, all or nothing."""
        with self._tx() as db:
            row = self._session(db, session_id)
            for kind, data in blobs.items():
                self._put_blob(db, f"session:{session_id}", kind, data)
            row.state, row.error_kind, row.updated_at = "processed", None, _now()
            row.retain_audio_until = _now() + timedelta(hours=retain_audio_hours) if row.audio_key_id else None
            self._audit(db, "session.processed", "session", session_id, actor, kinds=sorted(blobs))

    def commit_meta(self, session_id: str, meta: bytes, *, actor: str = "cli") -> None:
        """Session facts (date, format, modality): encrypted, since a date is PHI."""
        with self._tx() as db:
            self._session(db, session_id)
            self._put_blob(db, f"session:{session_id}", "meta", meta)
            self._audit(db, "meta.write", "session", session_id, actor)

    def read_blob(self, session_id: str, kind: str, *, actor: str = "cli") -> bytes:
        with self._tx() as db:
            self._session(db, session_id)
            data = self._get_blob(db, f"session:{session_id}", kind)
            self._audit(db, f"{kind}.read", "session", session_id, actor)
        return data

    # -- clinicians ----------------------------------------------------------------
    def enroll_clinician(self, name: str, voiceprint: bytes, *, actor: str = "cli") -> str:
        with self._tx() as db:
            row = db.execute(select(ClinicianRow).where(ClinicianRow.name == name)).scalar_one_or_none()
            if row is None:
                row = ClinicianRow(id=uuid.uuid4().hex, name=name, created_at=_now())
                db.add(row)
            self._put_blob(db, f"clinician:{row.id}", "voiceprint", voiceprint)
            self._audit(db, "clinician.enroll", "clinician", row.id, actor)
            clinician_id = row.id
        return clinician_id

    def clinician_names(self) -> list[str]:
        with self._sessions() as db:
            return list(db.execute(select(ClinicianRow.name).order_by(ClinicianRow.name)).scalars())

    def clinician_voiceprints(self, *, actor: str = "pipeline") -> dict[str, bytes]:
        with self._tx() as db:
            rows = list(db.execute(select(ClinicianRow)).scalars())
            prints = {r.name: self._get_blob(db, f"clinician:{r.id}", "voiceprint") for r in rows}
            if rows:
                self._audit(db, "clinician.voiceprints.read", "clinician", "*", actor, count=len(rows))
        return prints

    # -- keys --------------------------------------------------------------------
    def rewrap_all(self, *, actor: str = "cli") -> int:
        """Rewrap every data key under the active KEK version; ciphertext bodies are untouched."""
        active = self.keys.active_version()
        with self._tx() as db:
            rows = list(db.execute(select(DataKeyRow).where(DataKeyRow.kek_version != active)).scalars())
            for row in rows:
                data_key = self.keys.unwrap(row.domain, row.kek_version, row.wrapped, row.id.encode())  # type: ignore[arg-type]
                row.kek_version, row.wrapped = self.keys.wrap(row.domain, data_key, row.id.encode())  # type: ignore[arg-type]
            self._audit(db, "keys.rewrap", "keys", str(active), actor, rewrapped=len(rows), version=active)
        checkpoint(self.engine)
        return len(rows)

    def keys_in_use(self) -> dict[int, int]:
        with self._sessions() as db:
            rows = db.execute(select(DataKeyRow.kek_version, func.count()).group_by(DataKeyRow.kek_version))
            return {int(v): int(n) for v, n in rows}

    def record(self, action: str, kind: str, object_id: str, *, actor: str = "cli", **detail: Any) -> None:
        """Write a stand-alone audit entry (key rotation, exports, …)."""
        with self._tx() as db:
            self._audit(db, action, kind, object_id, actor, **detail)

    # -- audit -------------------------------------------------------------------
    def verify_audit(self) -> audit.VerifyResult:
        with self._sessions() as db:
            return audit.verify(db, self.keys.audit_key(), self.head_path)

    def audit_entries(self, session_id: str | None = None) -> list[dict[str, Any]]:
        with self._sessions() as db:
            q = select(audit.AuditRow).order_by(audit.AuditRow.seq)
            if session_id is not None:
                q = q.where(audit.AuditRow.object == audit.object_ref(self.keys.audit_key(), "session", session_id))
            return [
                {"seq": r.seq, "ts": r.ts, "actor": r.actor, "action": r.action, "object": r.object, "detail": r.detail, "hash": r.hash}
                for r in db.execute(q).scalars()
            ]


class _Prefixed(io.RawIOBase):
    """``source`` with ``prefix`` (bytes already read from it) put back in front."""

    def __init__(self, prefix: bytes, source: BinaryIO) -> None:
        self._prefix = prefix
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._prefix:
            n = min(len(b), len(self._prefix))
            b[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._source.read(len(b))
        b[: len(data)] = data
        return len(data)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["Store", "SessionInfo"]
