"""TOTP second factor for the review app (RFC 6238 through pyotp), recovery codes, lockout.

* **Who needs it.** The roles the practice marks (``scribe mfa require``);
  with no decision recorded, every role.
* **Enrolment.** A fresh secret is shown once as a QR code (segno, inline SVG)
  and must be confirmed with a code before it is stored, encrypted under its
  own data key; ten single-use recovery codes are shown once and kept only as
  salted SHA-256 hashes (80 random bits each, so a hash is no shortcut).
* **Verification.** A code is accepted for the current 30-second step or one
  either side, and only for a step later than the last one accepted: a code
  seen once (shoulder-surfed, replayed) is refused. Five failed second
  factors in a row lock the second factor for 15 minutes; every attempt is audited.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

import pyotp
from sqlalchemy import Select, select

from scribe.errors import AuthError, ConfigError, NotFoundError, StateError
from scribe.store.records import get_policy, open_bytes, seal_bytes, set_policy, shred_key
from scribe.store.records_models import MfaRow, RecoveryCodeRow
from scribe.store.review_models import ROLES
from scribe.store.store import Store, _now
from scribe.store.users import UserDirectory, UserInfo

POLICY_ROLES = "mfa_roles"
ISSUER = "scribe"
STEP_SECONDS = 30
LOCKOUT_ATTEMPTS = 5
LOCKOUT_MINUTES = 15
RECOVERY_CODES = 10


def required_roles(store: Store) -> tuple[str, ...]:
    value = get_policy(store, POLICY_ROLES)
    return tuple(ROLES) if value is None else tuple(value)


def set_required_roles(store: Store, roles: list[str], *, actor: str = "cli") -> None:
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ConfigError(f"unknown role(s) {', '.join(sorted(unknown))}; roles are {', '.join(ROLES)}")
    set_policy(store, POLICY_ROLES, sorted(set(roles)), actor=actor)


def _code_hash(user_id: str, code: str) -> str:
    return hashlib.sha256(f"scribe/v1/recovery|{user_id}|{_normal(code)}".encode()).hexdigest()


def _normal(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def new_recovery_code() -> str:
    raw = secrets.token_hex(10)  # 80 bits
    return "-".join(raw[i:i + 5] for i in range(0, 20, 5))


def qr_svg(uri: str) -> str:
    """The provisioning URI as an inline SVG (no script, no external image)."""
    import segno

    return str(segno.make(uri, error="m").svg_inline(scale=5, dark="#111", light="#fff"))


class SecondFactors:
    """Second factors of review-app users over a :class:`Store` (same transactions, same audit chain)."""

    def __init__(self, store: Store, users: UserDirectory | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.users = users or UserDirectory(store)
        self.clock = clock

    def required(self, user: UserInfo) -> bool:
        return user.role in required_roles(self.store)

    def enrolled(self, user: UserInfo) -> bool:
        with self.store._sessions() as db:
            return db.get(MfaRow, user.id) is not None

    @staticmethod
    def new_secret() -> str:
        return pyotp.random_base32()

    @staticmethod
    def provisioning_uri(secret: str, user: UserInfo) -> str:
        return pyotp.TOTP(secret).provisioning_uri(name=user.name, issuer_name=ISSUER)

    def _matching_step(self, secret: str, code: str) -> int | None:
        code = "".join(code.split())
        if len(code) != 6 or not code.isdigit():
            return None
        totp, now = pyotp.TOTP(secret), self.clock()
        for offset in (-1, 0, 1):
            at = now + offset * STEP_SECONDS
            if hmac.compare_digest(totp.at(at), code):
                return int(at) // STEP_SECONDS
        return None

    def enrol(self, user: UserInfo, secret: str, code: str) -> list[str]:
        """Store the confirmed secret (encrypted) and return the recovery codes (shown once; kept hashed)."""
        step = self._matching_step(secret, code)
        if step is None:
            self.store.record("mfa.enrol_failed", "user", user.id, actor=user.actor)
            raise AuthError("that code does not match; scan the QR code again and enter the current code")
        codes = [new_recovery_code() for _ in range(RECOVERY_CODES)]
        with self.store._tx() as db:
            if db.get(MfaRow, user.id) is not None:
                raise StateError("a second factor is already enrolled; an admin resets it with `scribe mfa reset`")
            key_id, key, _ = self.store._new_data_key(db, "record", "totp")
            nonce, ct = seal_bytes(key, "user_mfa", user.id, key_id, secret.encode())
            db.add(MfaRow(user_id=user.id, key_id=key_id, nonce=nonce, ciphertext=ct, enrolled_at=_now(), last_step=step,
                          failed=0))
            for c in codes:
                db.add(RecoveryCodeRow(id=uuid.uuid4().hex, user_id=user.id, code_hash=_code_hash(user.id, c)))
            self.store._audit(db, "mfa.enrol", "user", user.id, user.actor, recovery_codes=len(codes))
        return codes

    def verify(self, user: UserInfo, code: str) -> str:
        """Accept a current TOTP code (never one already used) or an unused recovery code; returns which.

        Every refusal is one generic :class:`AuthError` and an audit entry with its kind.
        """
        refused = AuthError("the second factor was not accepted, or it is locked")
        now = _now()
        with self.store._tx() as db:
            row = db.get(MfaRow, user.id)
            if row is None:
                raise NotFoundError("no second factor is enrolled for this user")
            if row.locked_until is not None and row.locked_until > now:
                self.store._audit(db, "mfa.failed", "user", user.id, user.actor, reason="locked")
                kind = None
            else:
                secret = open_bytes(self.store, db, "user_mfa", user.id, row.key_id, row.nonce, row.ciphertext).decode()
                step = self._matching_step(secret, code)
                kind = reason = None
                if step is not None and step > row.last_step:
                    row.last_step, kind = step, "totp"
                elif step is not None:
                    reason = "replay"
                else:
                    wanted = _code_hash(user.id, code)
                    q = select(RecoveryCodeRow).where(RecoveryCodeRow.user_id == user.id, RecoveryCodeRow.used_at.is_(None))
                    for rc in db.execute(q).scalars():
                        if hmac.compare_digest(rc.code_hash, wanted):
                            rc.used_at, kind = now, "recovery"
                            break
                    else:
                        reason = "code"
                if kind is not None:
                    row.failed, row.locked_until = 0, None
                    left = len([c for c in db.execute(_unused_codes(user.id)).scalars()])
                    self.store._audit(db, "mfa.verified", "user", user.id, user.actor, method=kind, recovery_codes_left=left)
                else:
                    row.failed = (row.failed or 0) + 1
                    locked = row.failed >= LOCKOUT_ATTEMPTS
                    if locked:
                        row.failed, row.locked_until = 0, now + timedelta(minutes=LOCKOUT_MINUTES)
                    self.store._audit(db, "mfa.failed", "user", user.id, user.actor, reason=reason, locked=locked)
        if kind is None:
            raise refused
        return kind

    def reset(self, name: str, *, actor: str = "cli") -> None:
        """Remove a user's second factor (lost phone); they enrol again at their next login."""
        user = self.users.get(name)
        with self.store._tx() as db:
            row = db.get(MfaRow, user.id)
            if row is None:
                raise NotFoundError("this user has no second factor enrolled")
            key_id = row.key_id
            db.delete(row)
            for rc in db.execute(select(RecoveryCodeRow).where(RecoveryCodeRow.user_id == user.id)).scalars():
                db.delete(rc)
            db.flush()
            shred_key(db, key_id)
            self.store._audit(db, "mfa.reset", "user", user.id, actor)


def _unused_codes(user_id: str) -> Select[str]:
    return select(RecoveryCodeRow.id).where(RecoveryCodeRow.user_id == user_id, RecoveryCodeRow.used_at.is_(None))


__all__ = ["SecondFactors", "new_recovery_code", "qr_svg", "required_roles", "set_required_roles"]
