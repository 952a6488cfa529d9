"""People who use the review app: roles, Argon2 passwords, lockout, personal key pairs.

Clinicians, supervisors and trainees get an X25519 key pair at creation; the
private half is sealed under their password (:mod:`scribe.vault.personal`)
and opened only at login, in memory. Every change and every login attempt is
in the store's audit chain, with the user and role as actor.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from scribe.errors import AuthError, ConfigError, KeyAccessError, NotFoundError, StateError
from scribe.store.review_models import AUTHOR_ROLES, ROLES, UserRow
from scribe.store.store import Store, _now
from scribe.vault import personal

NAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10
LOCKOUT_ATTEMPTS = 5
LOCKOUT_MINUTES = 15
_HASHER = PasswordHasher()
# Verified against when the user does not exist, so timing does not tell who has an account.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


@dataclass(frozen=True)
class UserInfo:
    """Who is acting: what the authorisation module decides on."""

    id: str
    name: str
    role: str
    supervisor_id: str | None = None
    disabled: bool = False
    locked: bool = False
    has_key: bool = False

    @property
    def actor(self) -> str:
        """How this user appears in the audit log."""
        return f"{self.role}:{self.name}"


def _info(row: UserRow, now: datetime | None = None) -> UserInfo:
    return UserInfo(
        id=row.id,
        name=row.name,
        role=row.role,
        supervisor_id=row.supervisor_id,
        disabled=row.disabled_at is not None,
        locked=row.locked_until is not None and row.locked_until > (now or _now()),
        has_key=row.public_key is not None,
    )


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"a password needs at least {MIN_PASSWORD} characters")


class UserDirectory:
    """Users in the notes store. Uses the store's transactions so every change is audited with it."""

    def __init__(self, store: Store, *, argon2: personal.Argon2Params = personal.DEFAULT_ARGON2) -> None:
        self.store = store
        self.argon2 = argon2

    # -- lookups ---------------------------------------------------------------------
    @staticmethod
    def row_by_name(db: Session, name: str) -> UserRow:
        row = db.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
        if row is None:
            raise NotFoundError("no such user; see `scribe users list`")
        return row

    def get(self, name: str) -> UserInfo:
        with self.store._sessions() as db:
            return _info(self.row_by_name(db, name))

    def by_id(self, user_id: str) -> UserInfo:
        with self.store._sessions() as db:
            row = db.get(UserRow, user_id)
            if row is None:
                raise NotFoundError("no such user")
            return _info(row)

    def list(self) -> list[UserInfo]:
        with self.store._sessions() as db:
            return [_info(r) for r in db.execute(select(UserRow).order_by(UserRow.name)).scalars()]

    def names(self) -> dict[str, str]:
        """user id -> name (for pages that show who signed or who a session belongs to)."""
        with self.store._sessions() as db:
            return {r.id: r.name for r in db.execute(select(UserRow)).scalars()}

    # -- changes -----------------------------------------------------------------------
    def add(self, name: str, role: str, password: str, *, supervisor: str | None = None, actor: str = "cli") -> UserInfo:
        if not NAME_RE.match(name):
            raise ConfigError("a user name is 2-32 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter")
        if role not in ROLES:
            raise ConfigError(f"--role must be one of {', '.join(ROLES)}")
        if (role == "trainee") != (supervisor is not None):
            raise ConfigError("a trainee needs --supervisor NAME, and only a trainee has one")
        check_password(password)
        user_id = uuid.uuid4().hex
        public = sealed = None
        if role in AUTHOR_ROLES:
            public, private = personal.generate_keypair()
            sealed = personal.seal_private_key(private, password, user_id=user_id, params=self.argon2)
        now = _now()
        with self.store._tx() as db:
            if db.execute(select(UserRow.id).where(UserRow.name == name)).first() is not None:
                raise StateError("a user with this name already exists")
            supervisor_id = None
            if supervisor is not None:
                sup = self.row_by_name(db, supervisor)
                if sup.role != "supervisor" or sup.disabled_at is not None:
                    raise ConfigError("--supervisor must name an active user with the supervisor role")
                supervisor_id = sup.id
            row = UserRow(
                id=user_id, name=name, role=role, supervisor_id=supervisor_id,
                password_hash=_HASHER.hash(password), public_key=public, sealed_private_key=sealed,
                failed_logins=0, created_at=now, password_changed_at=now,
            )
            db.add(row)
            self.store._audit(db, "user.add", "user", user_id, actor, role=role, personal_key=public is not None)
            return _info(row)

    def disable(self, name: str, *, actor: str = "cli") -> None:
        with self.store._tx() as db:
            row = self.row_by_name(db, name)
            if row.disabled_at is None:
                row.disabled_at = _now()
            self.store._audit(db, "user.disable", "user", row.id, actor)

    def change_password(self, name: str, old: str, new: str, *, actor: str | None = None) -> None:
        """New password; the personal private key is rewrapped under it (the old password must open it)."""
        check_password(new)
        with self.store._tx() as db:
            row = self.row_by_name(db, name)
            try:
                _HASHER.verify(row.password_hash, old)
            except (VerificationError, InvalidHashError):
                raise AuthError("the current password is wrong; nothing was changed") from None
            if row.sealed_private_key is not None:
                private = personal.open_private_key(row.sealed_private_key, old, user_id=row.id)
                row.sealed_private_key = personal.seal_private_key(private, new, user_id=row.id, params=self.argon2)
            row.password_hash = _HASHER.hash(new)
            row.password_changed_at = _now()
            self.store._audit(db, "user.password", "user", row.id, actor or _info(row).actor, rewrapped=row.sealed_private_key is not None)

    # -- login -------------------------------------------------------------------------
    def authenticate(self, name: str, password: str, *, now: datetime | None = None) -> tuple[UserInfo, bytes | None]:
        """(user, opened private key or None); one generic :class:`AuthError` for every refusal.

        After ``LOCKOUT_ATTEMPTS`` wrong passwords in a row the account is locked
        for ``LOCKOUT_MINUTES``; a correct password during the lock is refused too.
        """
        now = now or _now()
        refused = AuthError("wrong user name or password, or the account is locked or disabled")
        with self.store._tx() as db:
            row = db.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
            if row is None:
                _verify_quietly(_DUMMY_HASH, password)
                self.store._audit(db, "user.login_failed", "user", name, "web", reason="unknown")
                failed = True
            elif row.disabled_at is not None:
                _verify_quietly(row.password_hash, password)
                self.store._audit(db, "user.login_failed", "user", row.id, _info(row).actor, reason="disabled")
                failed = True
            elif row.locked_until is not None and row.locked_until > now:
                _verify_quietly(row.password_hash, password)
                self.store._audit(db, "user.login_failed", "user", row.id, _info(row).actor, reason="locked")
                failed = True
            elif not _verify_quietly(row.password_hash, password):
                row.failed_logins = (row.failed_logins or 0) + 1
                locked = row.failed_logins >= LOCKOUT_ATTEMPTS
                if locked:
                    row.locked_until, row.failed_logins = now + timedelta(minutes=LOCKOUT_MINUTES), 0
                self.store._audit(db, "user.login_failed", "user", row.id, _info(row).actor, reason="password", locked=locked)
                failed = True
            else:
                failed = False
                row.failed_logins, row.locked_until = 0, None
                if _HASHER.check_needs_rehash(row.password_hash):
                    row.password_hash = _HASHER.hash(password)
                private = None
                if row.sealed_private_key is not None:
                    try:
                        private = personal.open_private_key(row.sealed_private_key, password, user_id=row.id)
                    except KeyAccessError:
                        private = None  # hash and key disagree: log in, but no workspace opens
                self.store._audit(db, "user.login", "user", row.id, _info(row).actor, personal_key=private is not None)
                info = _info(row, now)
        if failed:
            raise refused
        return info, private


def _verify_quietly(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


__all__ = ["UserDirectory", "UserInfo", "LOCKOUT_ATTEMPTS", "LOCKOUT_MINUTES", "check_password"]
