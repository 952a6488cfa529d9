"""Recorder devices: per-device upload tokens, shown once, kept only as a hash, revocable.

A token is ``scribe-dev1.<device id>.<32 random bytes, urlsafe base64>``: the id
finds the row, the SHA-256 of the whole token is compared in constant time
(the secret is random and long, so a fast hash is enough; no password to
stretch). Adding, revoking and every upload are in the audit chain.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from scribe.errors import ConfigError, NotFoundError, StateError
from scribe.store.models import DeviceRow
from scribe.store.store import Store, _now

TOKEN_PREFIX = "scribe-dev1"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    created_at: datetime
    revoked: bool


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class DeviceRegistry:
    """The store's recorder devices."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, name: str, *, actor: str = "cli") -> str:
        """Register a device; returns its token (the only time it is ever available)."""
        if not NAME_RE.match(name):
            raise ConfigError("a device name is 1-64 lower-case letters, digits, '.', '_' or '-'")
        device_id = uuid.uuid4().hex
        token = f"{TOKEN_PREFIX}.{device_id}.{secrets.token_urlsafe(32)}"
        with self.store._tx() as db:  # noqa: SLF001  (the store's transaction + audit helper)
            if db.execute(select(DeviceRow).where(DeviceRow.name == name)).scalar_one_or_none() is not None:
                raise StateError("a device with this name exists; revoke it or pick another name")
            db.add(DeviceRow(id=device_id, name=name, token_sha256=_digest(token), created_at=_now()))
            self.store._audit(db, "device.add", "device", device_id, actor, name=name)  # noqa: SLF001
        return token

    def revoke(self, name: str, *, actor: str = "cli") -> None:
        with self.store._tx() as db:  # noqa: SLF001
            row = db.execute(select(DeviceRow).where(DeviceRow.name == name)).scalar_one_or_none()
            if row is None:
                raise NotFoundError("no such device; see `scribe devices list`")
            if row.revoked_at is None:
                row.revoked_at = _now()
                self.store._audit(db, "device.revoke", "device", row.id, actor, name=name)  # noqa: SLF001

    def list(self) -> list[Device]:
        with self.store._sessions() as db:  # noqa: SLF001
            rows = db.execute(select(DeviceRow).order_by(DeviceRow.name)).scalars()
            return [Device(r.id, r.name, r.created_at, r.revoked_at is not None) for r in rows]

    def authenticate(self, token: str) -> Device | None:
        """The live device this token belongs to, or None (unknown, malformed, revoked)."""
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX or not re.fullmatch(r"[0-9a-f]{32}", parts[1]):
            return None
        with self.store._sessions() as db:  # noqa: SLF001
            row = db.get(DeviceRow, parts[1])
            if row is None or row.revoked_at is not None:
                return None
            if not hmac.compare_digest(row.token_sha256, _digest(token)):
                return None
            return Device(row.id, row.name, row.created_at, False)

    def record_upload(self, device: Device, *, size: int, sha256: str) -> None:
        self.store.record("recorder.upload", "device", device.id, actor=f"device:{device.name}", bytes=size, sha256=sha256)
