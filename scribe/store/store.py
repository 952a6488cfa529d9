"""The notes store: sessions, encrypted audio in the vault, encrypted blobs, audit.

Every object gets its own random data key, wrapped under the practice KEK of
its domain and stored in ``data_keys``; ciphertext is bound to its owner and
kind by associated data. Every action and every read of protected content is
recorded in the audit log *in the same transaction*: if the audit write
fails, the action fails.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
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
    KeyAccessError,
    NotFoundError,
    ShreddedError,
    ShredUnprovenError,
    StateError,
)
from scribe.models import sha256_file
from scribe.store import audit
from scribe.store.db import checkpoint, make_engine, migrate, relation_file_contains, vacuum_full
from scribe.store.models import BlobRow, ClinicianRow, DataKeyRow, RecorderFileRow, SessionRow
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


# A vault temp file untouched this long belongs to a crashed writer, not a running ingest.
STALE_PARTIAL_SECONDS = 3600.0
# A processing lease: renewed every quarter of it while a run is alive; a lapsed one means a dead run.
LEASE_SECONDS = 120.0
# How long a shred keeps trying to fold the WAL into the database file past a reader.
SHRED_CHECKPOINT_ATTEMPTS = 5


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def audio_aad(session_id: str) -> bytes:
    return b"scribe/v1/audio|session:" + session_id.encode()


def _blob_aad(owner: str, kind: str, key_id: str) -> bytes:
    return f"scribe/v1/blob|{owner}|{kind}|{key_id}".encode()


class _CappedReader(io.RawIOBase):
    """``source``, refusing to deliver more than ``limit`` bytes (``scribe ingest /dev/zero``)."""

    def __init__(self, source: BinaryIO, limit: int) -> None:
        self._source = source
        self._left = limit
        self._limit = limit

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self._source.read(min(len(b), self._left + 1))
        if len(data) > self._left:
            raise AudioError(
                f"the input is larger than {self._limit} bytes (SCRIBE_MAX_INGEST_BYTES); nothing was ingested"
            )
        self._left -= len(data)
        b[: len(data)] = data
        return len(data)


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
    shred_pending: bool = False
    lease_until: datetime | None = None
    flow_run_id: str | None = None


class Store:
    """The one API the pipeline, the CLI and a future review app use for stored state."""

    def __init__(
        self,
        home: Path,
        keys: KeyProvider,
        *,
        segment_size: int = container.DEFAULT_SEGMENT_SIZE,
        max_ingest_bytes: int = 2 * 1024**3,
        unprocessed_retention_hours: float = 14 * 24,
        audit_witness: Path | None = None,
        database_url: str | None = None,
    ):
        self.home = home
        self.keys = keys
        self.vault_dir = home / "vault"
        self.db_path = home / "scribe.db"
        self.head_path = home / "audit.head"
        self.segment_size = segment_size
        self.max_ingest_bytes = max_ingest_bytes
        self.unprocessed_retention_hours = unprocessed_retention_hours
        self.audit_witness = audit_witness
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(home, 0o700)  # holds only ciphertext, but nobody else needs to list it
        self.vault_dir.mkdir(exist_ok=True, mode=0o700)
        # Only old temp files: a `scribe sessions list` must not break an ingest in progress.
        container.remove_stale_partials(self.vault_dir, older_than_s=STALE_PARTIAL_SECONDS)
        # SQLite under SCRIBE_HOME by default; PostgreSQL (no SQLite file at all) for a practice server.
        self.engine = make_engine(url=database_url) if database_url else make_engine(self.db_path)
        self.dialect = self.engine.dialect.name
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
                audit.write_head(self.head_path, self.keys.audit_key(), *head, witness=self.audit_witness)

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
        if row is None or row.domain == "shredded":  # "shredded": material destroyed, row kept (retention)
            raise ShreddedError("the data key was destroyed; this object can never be decrypted")
        return self.keys.unwrap(row.domain, row.kek_version, row.wrapped, key_id.encode())  # type: ignore[arg-type]

    # -- sessions ----------------------------------------------------------------
    def _session(self, db: Session, session_id: str) -> SessionRow:
        row = db.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError("no such session; see `scribe sessions list`")
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
            shred_pending=row.audio_shred_pending is not None,
            lease_until=row.lease_until,
            flow_run_id=row.flow_run_id,
        )

    def set_state(self, session_id: str, state: str, *, error_kind: str | None = None, actor: str = "pipeline") -> None:
        with self._tx() as db:
            row = self._session(db, session_id)
            row.state, row.error_kind, row.updated_at = state, error_kind, _now()
            if state != "processing":
                row.lease_owner, row.lease_until = None, None
            self._audit(db, f"session.{state}", "session", session_id, actor, error_kind=error_kind)

    # -- service mode: leases and flow runs ----------------------------------------
    def claim_processing(self, session_id: str, owner: str, *, lease_seconds: float = LEASE_SECONDS, actor: str = "pipeline") -> bool:
        """Take the session for processing under ``owner``'s lease; False when it is already processed.

        Refused (StateError) while another owner's lease is live, so two runs
        never process one session at once; a lapsed lease (a killed worker) is
        taken over.
        """
        with self._tx() as db:
            row = self._session(db, session_id)
            if row.state == "processed":
                return False
            now = _now()
            if row.state == "processing" and row.lease_owner not in (None, owner) and row.lease_until and row.lease_until > now:
                raise StateError("the session is being processed by another worker; its lease is still live")
            resumed = row.state == "processing"
            row.state, row.error_kind, row.updated_at = "processing", None, now
            row.lease_owner, row.lease_until = owner, now + timedelta(seconds=lease_seconds)
            self._audit(db, "session.processing", "session", session_id, actor, owner=owner, resumed=resumed)
        return True

    def renew_lease(self, session_id: str, owner: str, *, lease_seconds: float = LEASE_SECONDS) -> bool:
        """Extend ``owner``'s lease (a heartbeat; not audited); False if it is no longer theirs."""
        with self._tx() as db:
            row = self._session(db, session_id)
            if row.state != "processing" or row.lease_owner != owner:
                return False
            row.lease_until = _now() + timedelta(seconds=lease_seconds)
        return True

    def record_flow_run(self, session_id: str, flow_run_id: str, *, actor: str = "worker") -> None:
        with self._tx() as db:
            self._session(db, session_id).flow_run_id = flow_run_id
            self._audit(db, "session.submitted", "session", session_id, actor, flow_run=flow_run_id)

    def sessions_to_resume(self, now: datetime | None = None) -> list[SessionInfo]:
        """Sessions a worker should (re)submit: never submitted, or processing under a lapsed lease."""
        now = now or _now()
        with self._sessions() as db:
            rows = db.execute(
                select(SessionRow).where(
                    SessionRow.audio_key_id.is_not(None),
                    (
                        (SessionRow.state == "ingested") & SessionRow.flow_run_id.is_(None)
                    ) | (
                        (SessionRow.state == "processing") & ((SessionRow.lease_until.is_(None)) | (SessionRow.lease_until < now))
                    ),
                ).order_by(SessionRow.created_at)
            ).scalars()
            return [self._info(r) for r in rows]

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
                raise StateError("a session with this id already exists; pick another --session-id")
        source = io.BufferedReader(_CappedReader(source, self.max_ingest_bytes))  # type: ignore[arg-type]
        head = source.read(len(container.MAGIC))
        pre_encrypted = head == container.MAGIC
        plain_source: BinaryIO
        recorder_file: str | None = None
        if pre_encrypted:
            header = container.read_header(_Prefixed(head, source))  # type: ignore[arg-type]
            if header.stanza_type != container.STANZA_X25519:
                raise IntegrityError("the file is a vault file, not a recorder file; ingest the original recording")
            data_key = container.unwrap_recipient(header, self.keys.identity(header.key_version))
            # The recording's identity is its (authenticated) data key: a copy of the file,
            # renamed or re-wrapped, is still the same recording.
            recorder_file = hmac.new(self.keys.audit_key(), b"recorder|" + data_key, hashlib.sha256).hexdigest()
            self._refuse_used_recorder_file(recorder_file)
            chunks = container.iter_decrypt(source, data_key=data_key, aad=RECORDER_AAD, header=header)
            plain_source = io.BufferedReader(_IterReader(chunks), buffer_size=self.segment_size)
        else:
            plain_source = _Prefixed(head, source)  # type: ignore[assignment]

        target = self.vault_dir / f"{uuid.uuid4().hex}.sca"
        try:
            return self._write_vault_file(session_id, plain_source, target, recorder_file, actor)
        except BaseException:
            # Whatever failed (source, audit, commit), no orphan ciphertext stays behind.
            target.unlink(missing_ok=True)
            raise

    def _refuse_used_recorder_file(self, recorder_file: str, db: Session | None = None) -> None:
        with nullcontext(db) if db is not None else self._sessions() as d:
            if d.get(RecorderFileRow, recorder_file) is not None:
                raise StateError(
                    "this recorder file was already ingested; a recorder file is used once, so audio "
                    "that was shredded cannot come back under a new session"
                )

    def _write_vault_file(
        self, session_id: str, plain_source: BinaryIO, target: Path, recorder_file: str | None, actor: str
    ) -> Path:
        pre_encrypted = recorder_file is not None
        with self._tx() as db:
            if recorder_file is not None:
                self._refuse_used_recorder_file(recorder_file, db)  # again, inside the write lock
                db.add(RecorderFileRow(id=recorder_file, ingested_at=_now()))
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
                raise ShreddedError("the session's audio was shredded; it can never be decrypted")
            data_key = self._data_key(db, row.audio_key_id)
            self._audit(db, "audio.decrypt", "session", session_id, actor)
            path = self.vault_dir / (row.audio_file or "")
        try:
            with open(path, "rb") as src:
                return container.decrypt(src, data_key=data_key, aad=audio_aad(session_id))
        except FileNotFoundError:
            raise NotFoundError("the session's vault file is missing; restore the vault from backup") from None

    def shred_audio(self, session_id: str, *, actor: str = "cli", reason: str = "manual") -> dict[str, Any]:
        """Crypto-shred: destroy the audio's data key, prove its bytes gone, then unlink the ciphertext.

        Two steps. First the data-key row is deleted (``secure_delete`` zeroes it
        in its page) and the session marked *shred pending*. Then the WAL is
        checkpointed into the database file and truncated, and both files are
        scanned for the wrapped key. Only when that proof holds is the
        certificate written; otherwise :class:`ShredUnprovenError` says why, no
        certificate exists, and running the shred again finishes it.
        Returns the deletion certificate (also the audit entry's detail).
        """
        with self._tx() as db:
            row = self._session(db, session_id)
            if row.audio_key_id is None and row.audio_shred_pending is None:
                raise ShreddedError("the session's audio is already shredded")
            if row.audio_key_id is not None:
                key_row = db.get(DataKeyRow, row.audio_key_id)
                path = self.vault_dir / (row.audio_file or "")
                pending = {
                    "reason": reason,
                    "data_key": row.audio_key_id,
                    "kek_version": key_row.kek_version if key_row else None,
                    "ciphertext_sha256": sha256_file(path) if row.audio_file and path.exists() else None,
                    "ciphertext_bytes": path.stat().st_size if row.audio_file and path.exists() else 0,
                    # The wrap's random nonce is public and useless alone; where it is absent, the key is too.
                    "wrapped_nonce": key_row.wrapped[:12].hex() if key_row else None,
                }
                if key_row is not None:
                    db.delete(key_row)
                row.audio_key_id = None
                row.audio_shred_pending = json.dumps(pending)
                row.updated_at = _now()
                self._audit(db, "audio.key_deleted", "session", session_id, actor, data_key=pending["data_key"])
            pending = json.loads(row.audio_shred_pending or "{}")
        nonce = pending.get("wrapped_nonce")
        # The wrap's random nonce is public and useless alone; where it is absent, the wrapped key is too.
        proof = self.prove_bytes_gone([bytes.fromhex(nonce)] if nonce else [])
        with self._tx() as db:
            row = self._session(db, session_id)
            path = self.vault_dir / (row.audio_file or "")
            cert = {
                "reason": pending.get("reason", reason),
                "data_key": pending.get("data_key"),
                "kek_version": pending.get("kek_version"),
                "ciphertext_sha256": pending.get("ciphertext_sha256"),
                "ciphertext_bytes": pending.get("ciphertext_bytes", 0),
                "method": proof["method"] + "; ciphertext unlinked",
                "checkpoint_attempts": proof["attempts"],
            }
            row.audio_shred_pending = None
            row.audio_shredded_at = _now()
            row.updated_at = _now()
            entry = self._audit(db, "audio.shred", "session", session_id, actor, **cert)
            cert = dict(cert, audit_seq=entry.seq, audit_hash=entry.hash, shredded_at=entry.ts)
        if row.audio_file:
            path.unlink(missing_ok=True)
            _fsync_dir(self.vault_dir)
        with self._tx() as db:
            self._session(db, session_id).audio_file = None
        return cert

    def prove_bytes_gone(self, needles: list[bytes], *, tables: tuple[str, ...] = ("data_keys",)) -> dict[str, Any]:
        """Make deleted key bytes leave the database's files, then check they are gone; raise if unproven.

        SQLite: checkpoint until the WAL is folded in and truncated, then scan the
        database file and the WAL for each needle. PostgreSQL: VACUUM FULL each
        table in ``tables`` and scan its new relation file where the role may;
        WAL segments and backups written before keep old pages until recycled,
        which the returned ``method`` (the certificate's wording) says.
        A reader holding the old pages (a backup, an open shell) makes it raise
        :class:`ShredUnprovenError`: nothing is certified.
        """
        from sqlalchemy.exc import SQLAlchemyError

        blocked = ShredUnprovenError(
            "the keys are deleted, but another connection holds a read transaction (a backup, an open "
            "sqlite3/psql shell?), so the database files may still hold their bytes; close it and run the "
            "command again (no deletion certificate was issued)"
        )
        attempt = 0
        for attempt in range(1, SHRED_CHECKPOINT_ATTEMPTS + 1):
            try:
                if self.dialect == "postgresql":
                    for table in tables:
                        vacuum_full(self.engine, table)
                    break
                busy, log_frames, done = checkpoint(self.engine)
                if busy == 0 and log_frames == done:
                    break
            except SQLAlchemyError:
                pass
            time.sleep(0.2 * attempt)
        else:
            raise blocked
        if self.dialect == "postgresql":
            found = [relation_file_contains(self.engine, t, n) for t in tables for n in needles]
            if any(f is True for f in found):
                raise ShredUnprovenError("a deleted key is still readable in a table file after VACUUM FULL; run the command again")
            scan = ("relation files scanned: wrapped key absent" if None not in found
                    else "relation files not scanned (grant pg_read_server_files to verify)")
            return {"attempts": attempt, "method": (
                f"rows deleted; VACUUM FULL rewrote {', '.join(tables)}; CHECKPOINT; {scan}; WAL segments and "
                "archives written before the vacuum keep old pages until recycled (retire the KEK version to make "
                "them useless)")}
        wal = self.db_path.with_name(self.db_path.name + "-wal")
        wal_bytes = wal.stat().st_size if wal.exists() else 0
        scanned = 0
        for f in (self.db_path, wal):
            if not f.exists():
                continue
            for needle in needles:
                found_here, size = _file_contains(f, needle)
                if found_here:
                    raise ShredUnprovenError(
                        f"a deleted key is still readable in {f.name} after the checkpoint; no deletion certificate "
                        "was issued. Run the command again, and `scribe keys rotate --retire-old` to make old copies useless"
                    )
            scanned += f.stat().st_size
        return {"attempts": attempt, "method": (
            "rows deleted (sqlite secure_delete); WAL folded into the database file and truncated "
            f"(WAL now {wal_bytes} bytes); database file and WAL scanned ({scanned} bytes) for "
            f"{len(needles)} key(s): wrapped key absent")}

    def expired_audio(self, now: datetime | None = None) -> list[str]:
        """Sessions whose audio is due for shredding.

        Processed sessions past their retention time; sessions that failed or
        were never processed, ``unprocessed_retention_hours`` after ingest
        (never one being processed); and shreds left pending.
        """
        now = now or _now()
        unprocessed_cutoff = now - timedelta(hours=self.unprocessed_retention_hours)
        with self._sessions() as db:
            due_processed = select(SessionRow.id).where(
                SessionRow.audio_key_id.is_not(None),
                SessionRow.state == "processed",
                SessionRow.retain_audio_until.is_not(None),
                SessionRow.retain_audio_until <= now,
            )
            due_unprocessed = select(SessionRow.id).where(
                SessionRow.audio_key_id.is_not(None),
                SessionRow.state.in_(("ingested", "failed")),
                SessionRow.created_at <= unprocessed_cutoff,
            )
            pending = select(SessionRow.id).where(SessionRow.audio_shred_pending.is_not(None))
            ids = {*db.execute(due_processed).scalars(), *db.execute(due_unprocessed).scalars(), *db.execute(pending).scalars()}
            return sorted(ids)

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
        within: Callable[[Session], None] | None = None,
    ) -> None:
        """Store transcript and notes and mark the session processed, all or nothing.

        ``within`` runs inside the same transaction (the review store seals the
        workspace to its clinician there, so it never exists under the practice key).
        """
        with self._tx() as db:
            row = self._session(db, session_id)
            for kind, data in blobs.items():
                self._put_blob(db, f"session:{session_id}", kind, data)
            if within is not None:
                within(db)
            row.state, row.error_kind, row.updated_at = "processed", None, _now()
            row.lease_owner, row.lease_until = None, None
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
    def _key_lock(self) -> AbstractContextManager[Any]:
        locked = getattr(self.keys, "locked", None)
        return locked() if locked is not None else nullcontext()

    def rewrap_all(self, *, actor: str = "cli") -> int:
        """Rewrap every data key under the active KEK version; ciphertext bodies are untouched.

        Every row is opened with the KEK this process actually holds, whatever
        version number it claims; if any does not open, nothing is rewrapped.
        Runs under the key file's lock, so no rotation can interleave.
        """
        with self._key_lock():
            active = self.keys.active_version()
            with self._tx() as db:
                rows = list(db.execute(select(DataKeyRow).where(DataKeyRow.domain != "shredded")).scalars())
                unopenable = 0
                rewrapped = 0
                for row in rows:
                    try:
                        data_key = self.keys.unwrap(row.domain, row.kek_version, row.wrapped, row.id.encode())  # type: ignore[arg-type]
                    except (IntegrityError, KeyAccessError):
                        unopenable += 1
                        continue
                    if row.kek_version != active:
                        row.kek_version, row.wrapped = self.keys.wrap(row.domain, data_key, row.id.encode())  # type: ignore[arg-type]
                        rewrapped += 1
                if unopenable:
                    raise IntegrityError(
                        f"{unopenable} of {len(rows)} data keys do not open under the key file this process holds; "
                        "nothing was rewrapped. Restore the key file from backup before rotating"
                    )
                self._audit(db, "keys.rewrap", "keys", str(active), actor, rewrapped=rewrapped, version=active)
        self._fold_old_pages("data_keys")
        return rewrapped

    def _fold_old_pages(self, table: str) -> None:
        """Best effort after a bulk rewrite: no old row versions linger in the live database files."""
        from sqlalchemy.exc import SQLAlchemyError

        if self.dialect == "sqlite":
            checkpoint(self.engine)
            return
        try:
            vacuum_full(self.engine, table)
        except SQLAlchemyError:
            log.warning("VACUUM FULL %s was blocked by another connection; old row versions stay until autovacuum", table)

    def retire_key_version(self, version: int, *, inbox: Path | None = None, force: bool = False, actor: str = "cli") -> None:
        """Destroy a key version's material, re-checking under the key lock and the database write lock.

        Refused while any data key still uses the version, while any session
        is being processed (a long run may hold keys it has not committed yet),
        and, unless ``force``, while recorder files in ``inbox`` are encrypted
        to that version (they would become undecryptable).
        """
        with self._key_lock():
            current = self.keys.ring.get(version)  # type: ignore[attr-defined]
            if current.status == "retired":
                raise StateError(f"key version {version} is already retired")
            with self._tx() as db:
                in_use = db.execute(select(func.count()).select_from(DataKeyRow).where(DataKeyRow.kek_version == version)).scalar_one()
                if in_use:
                    raise StateError(f"{in_use} data keys still use version {version}; run `scribe keys rotate` first")
                processing = db.execute(select(func.count()).select_from(SessionRow).where(SessionRow.state == "processing")).scalar_one()
                if processing:
                    raise StateError(
                        f"{processing} session(s) are being processed; retire once they finish "
                        "(a run that crashed: `scribe process ID` completes it)"
                    )
                waiting = recorder_files_for_version(inbox, version) if inbox is not None else []
                if waiting and not force:
                    raise StateError(
                        f"{len(waiting)} recorder file(s) in {inbox} are encrypted to key version {version} and would "
                        "become undecryptable; ingest them first, or pass --force to abandon them"
                    )
                self._audit(db, "keys.retire", "keys", str(version), actor, version=version, abandoned_recorder_files=len(waiting))
                self.keys.retire(version)  # type: ignore[attr-defined]

    def keys_in_use(self) -> dict[int, int]:
        with self._sessions() as db:
            rows = db.execute(select(DataKeyRow.kek_version, func.count()).group_by(DataKeyRow.kek_version))
            return {int(v): int(n) for v, n in rows}

    def record(self, action: str, kind: str, object_id: str, *, actor: str = "cli", **detail: Any) -> None:
        """Write a stand-alone audit entry (key rotation, exports, …)."""
        with self._tx() as db:
            self._audit(db, action, kind, object_id, actor, **detail)

    # -- audit -------------------------------------------------------------------
    def verify_audit(self, witnessed: list[str] | None = None) -> audit.VerifyResult:
        """Chain, triggers, local anchor, and any heads witnessed outside the box (signed lines)."""
        key = self.keys.audit_key()
        lines = list(witnessed or [])
        if self.audit_witness is not None and self.audit_witness.exists():
            kept = [ln for ln in self.audit_witness.read_text().splitlines() if ln.strip()]
            lines += kept[-1:]
        heads: list[audit.Head] = []
        for line in lines:
            try:
                heads.append(audit.parse_signed_head(line, key))
            except ValueError as exc:
                return audit.VerifyResult(False, 0, None, str(exc))
        with self._sessions() as db:
            return audit.verify(db, key, self.head_path, witnessed=heads)

    def signed_head(self) -> str:
        """The newest entry, signed, for a practice to keep outside SCRIBE_HOME (refused if the log is broken)."""
        result = self.verify_audit()
        if not result.ok:
            raise IntegrityError(f"audit log broken at entry {result.first_bad}: {result.reason}")
        with self._sessions() as db:
            last = db.execute(select(audit.AuditRow).order_by(audit.AuditRow.seq.desc()).limit(1)).scalar_one_or_none()
        if last is None:
            raise NotFoundError("the audit log is empty; there is no head to witness yet")
        return audit.signed_head(self.keys.audit_key(), last.seq, last.hash)

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


def recorder_files_for_version(inbox: Path, version: int) -> list[Path]:
    """Recorder (.sca) files under ``inbox`` encrypted to practice key ``version``."""
    found: list[Path] = []
    if not inbox.is_dir():
        return found
    for path in sorted(inbox.rglob("*.sca")):
        try:
            with open(path, "rb") as src:
                header = container.read_header(src)
        except (OSError, IntegrityError):
            continue  # not a recorder file we could ever open anyway
        if header.stanza_type == container.STANZA_X25519 and header.key_version == version:
            found.append(path)
    return found


def _file_contains(path: Path, needle: bytes, chunk: int = 1 << 20) -> tuple[bool, int]:
    """Whether ``needle`` occurs in the file (streamed, overlap-safe); also the bytes read."""
    tail, total = b"", 0
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            total += len(block)
            if needle in tail + block:
                return True, total
            tail = block[-(len(needle) - 1):] if len(needle) > 1 else b""
    return False, total


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["Store", "SessionInfo"]
