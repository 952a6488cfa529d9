"""Tables for what happens to a record after it is written (migration 0005).

Clients (a keyed HMAC of the practice's client identifier, never the name),
authorizations and disclosures, supervision grants, second factors, the
practice's policy, legal holds and retired (retention-shredded) sessions.
Anything that may name a person is encrypted under its own data key.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scribe.store.models import Base

# A data key whose material was destroyed keeps its row (rows that reference it must keep
# pointing somewhere) but loses its bytes: this domain marks it.
SHREDDED_DOMAIN = "shredded"


class SessionClientRow(Base):
    """Whose session this is: HMAC(practice client key, normalised client identifier)."""

    __tablename__ = "session_clients"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    client_ref: Mapped[str] = mapped_column(String(64), index=True)
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(64))


class AuthorizationRow(Base):
    """A client's written authorization; its terms and the signed form are encrypted under ``key_id``."""

    __tablename__ = "authorizations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    client_ref: Mapped[str] = mapped_column(String(64), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)  # keyed HMAC of terms + form: recorded once
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)  # the terms (JSON)
    form_nonce: Mapped[bytes] = mapped_column(LargeBinary)
    form_ciphertext: Mapped[bytes] = mapped_column(LargeBinary)  # the signed form as given (PDF, scan)
    expires: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, inclusive
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))


class DisclosureRow(Base):
    """One release of (part of) a psychotherapy workspace: the accounting of disclosures reads these."""

    __tablename__ = "disclosures"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"))
    client_ref: Mapped[str | None] = mapped_column(String(64), index=True)
    basis: Mapped[str] = mapped_column(String(16))  # authorization | own-use | training | court-order
    authorization_id: Mapped[str | None] = mapped_column(ForeignKey("authorizations.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)  # recipient, purpose, parts, reason, reference, file hash


class ConfidentialityAgreementRow(Base):
    """A trainee's signed confidentiality agreement with their supervisor (the training exception)."""

    __tablename__ = "confidentiality_agreements"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    trainee_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    supervisor_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)  # reference (+ the form, when given)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))


class WorkspaceShareRow(Base):
    """A trainee's workspace, sealed by the trainee to their supervisor's personal key (a grant)."""

    __tablename__ = "workspace_shares"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("confidentiality_agreements.id"))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    granted_at: Mapped[datetime]


class MfaRow(Base):
    """A user's TOTP second factor: the secret encrypted under ``key_id``; the last accepted time step."""

    __tablename__ = "user_mfa"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime]
    last_step: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]


class RecoveryCodeRow(Base):
    """One single-use recovery code, stored as a salted hash only."""

    __tablename__ = "mfa_recovery_codes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None]


class PolicyRow(Base):
    """A practice setting that is a decision, not a deployment detail (retention years, MFA roles); audited."""

    __tablename__ = "practice_policy"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(64))


class LegalHoldRow(Base):
    """A legal hold on one session or every session of a client: retention leaves them alone while it stands."""

    __tablename__ = "legal_holds"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"))
    client_ref: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(ForeignKey("data_keys.id"))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)  # reason and reference
    placed_at: Mapped[datetime]
    placed_by: Mapped[str] = mapped_column(String(64))
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(String(64))


class RetiredSessionRow(Base):
    """A session whose notes and transcript were crypto-shredded (retention or decommission)."""

    __tablename__ = "retired_sessions"
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(16))  # retention | decommission | register
    retired_at: Mapped[datetime]
    pending: Mapped[str | None] = mapped_column(Text)  # wrapped-key nonces still to prove gone (JSON)
    certified_at: Mapped[datetime | None]
