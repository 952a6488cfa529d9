"""Tables of the review app: users, session assignment, sealed workspaces, note versions, edits.

Created by migration 0003. Signed notes, their edits and co-signatures are
immutable at the database level (triggers, as for the audit log).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from scribe.store.models import Base

ROLES = ("clinician", "supervisor", "trainee", "biller", "admin")
# Roles that author sessions and so hold a personal key pair for their workspaces.
AUTHOR_ROLES = ("clinician", "supervisor", "trainee")


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    password_hash: Mapped[str] = mapped_column(Text)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed_private_key: Mapped[str | None] = mapped_column(Text)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    disabled_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    password_changed_at: Mapped[datetime]


class AssignmentRow(Base):
    """Which clinician a session belongs to (``method``: cli, voice, web)."""

    __tablename__ = "session_assignments"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    method: Mapped[str] = mapped_column(String(16))
    assigned_at: Mapped[datetime]


class SealedWorkspaceRow(Base):
    """A psychotherapy workspace sealed to its author's public key (scribe.vault.personal)."""

    __tablename__ = "sealed_workspaces"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]


class NoteVersionRow(Base):
    """One version of a session's progress note; version 2+ amends ``parent_id``. Locked once signed."""

    __tablename__ = "note_versions"
    __table_args__ = (UniqueConstraint("session_id", "version"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"))
    version: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("note_versions.id"))
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    content_hash: Mapped[str | None] = mapped_column(String(64))
    signed_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None]


class NoteEditRow(Base):
    """Every change to a draft: who, when, what, and the before/after values (encrypted)."""

    __tablename__ = "note_edits"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("note_versions.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(String(128))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class CosignatureRow(Base):
    """A supervisor's co-signature of a trainee's signed note (over the same content hash)."""

    __tablename__ = "note_cosignatures"
    note_id: Mapped[str] = mapped_column(ForeignKey("note_versions.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    content_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
