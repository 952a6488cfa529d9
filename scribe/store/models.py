"""SQLAlchemy models of the notes store. Schema changes go through Alembic migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    """One recorded session. ``id`` is the practice's id; ``ref`` is what Prefect sees."""

    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    audio_file: Mapped[str | None] = mapped_column(String(255))
    audio_key_id: Mapped[str | None] = mapped_column(ForeignKey("data_keys.id"))
    audio_bytes: Mapped[int | None] = mapped_column(Integer)
    audio_shredded_at: Mapped[datetime | None]
    retain_audio_until: Mapped[datetime | None]
    error_kind: Mapped[str | None] = mapped_column(String(64))
    # Set while a shred has deleted the data key but not yet proven its bytes gone.
    audio_shred_pending: Mapped[str | None] = mapped_column(Text)
    # Service mode: who is processing it (host:pid) until when, and the Prefect flow run (an opaque UUID).
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[datetime | None]
    flow_run_id: Mapped[str | None] = mapped_column(String(64))


class DataKeyRow(Base):
    """A per-object data key, wrapped under a versioned KEK of one domain."""

    __tablename__ = "data_keys"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    domain: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(32))
    kek_version: Mapped[int] = mapped_column(Integer)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class BlobRow(Base):
    """An encrypted transcript, note or voice embedding, each under its own data key."""

    __tablename__ = "blobs"
    __table_args__ = (UniqueConstraint("owner", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    owner: Mapped[str] = mapped_column(String(160))  # "session:<id>" or "clinician:<id>"
    kind: Mapped[str] = mapped_column(String(32))
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class RecorderFileRow(Base):
    """A recorder file already ingested, by a keyed HMAC of its data key: one use only."""

    __tablename__ = "recorder_files"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ingested_at: Mapped[datetime]


class DeviceRow(Base):
    """A recorder allowed to upload: only a SHA-256 of its token is kept (the token is shown once)."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    token_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class ClinicianRow(Base):
    __tablename__ = "clinicians"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]


class AuditRow(Base):
    """Append-only, hash-chained; object ids are keyed HMACs, never the ids themselves."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
