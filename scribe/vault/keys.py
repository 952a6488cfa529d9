"""Practice keys: versioned key-encryption keys in two domains, plus the recorder identity.

The key file holds, per version, a 256-bit KEK for the *record* domain
(audio, transcripts, progress notes), one for the *private* domain
(psychotherapy workspace) and an X25519 identity whose public half recorders
encrypt to. Data keys are wrapped with AES-256-GCM under a KEK; the wrapped
form names the version so rotation can rewrap without touching ciphertext.

:class:`KeyProvider` is the seam for a KMS (e.g. Vault transit): the rest of
scribe only wraps, unwraps and asks for the active version.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from scribe.errors import ConfigError, IntegrityError, KeyAccessError

Domain = Literal["record", "private"]
DOMAINS: tuple[Domain, ...] = ("record", "private")
KEYFILE_FORMAT = "scribe-keys/1"
SEALED_FORMAT = "scribe-keys/1+scrypt"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def write_secret_file(path: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` so that no byte ever exists in a file readable by others.

    The temp file is created 0600 with O_EXCL before the first byte, fsynced,
    then renamed into place (atomic); ``replace=False`` refuses to overwrite.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not replace and path.exists():
        raise ConfigError(f"{path} already exists; refusing to overwrite a key file")
    tmp = path.with_name(f".{path.name}.partial-{secrets.token_hex(6)}")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if path appeared meanwhile: no silent overwrite
            os.unlink(tmp)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass
class KeyVersion:
    version: int
    status: Literal["active", "previous", "retired"]
    created: str
    record: bytes | None
    private: bytes | None
    x25519: bytes | None

    def kek(self, domain: Domain) -> bytes:
        key = self.record if domain == "record" else self.private
        if self.status == "retired" or key is None:
            raise KeyAccessError(
                f"key version {self.version} is retired; data wrapped under it cannot be opened"
            )
        return key

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "status": self.status,
            "created": self.created,
            "record": _b64(self.record) if self.record else None,
            "private": _b64(self.private) if self.private else None,
            "x25519": _b64(self.x25519) if self.x25519 else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyVersion:
        def opt(name: str) -> bytes | None:
            return _unb64(data[name]) if data.get(name) else None

        return cls(
            version=int(data["version"]),
            status=data["status"],
            created=data["created"],
            record=opt("record"),
            private=opt("private"),
            x25519=opt("x25519"),
        )

    @classmethod
    def generate(cls, version: int) -> KeyVersion:
        identity = X25519PrivateKey.generate().private_bytes_raw()
        return cls(
            version=version,
            status="active",
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            record=AESGCM.generate_key(256),
            private=AESGCM.generate_key(256),
            x25519=identity,
        )

    def public_key(self) -> bytes:
        if self.x25519 is None:
            raise KeyAccessError(f"key version {self.version} is retired; it has no identity")
        return X25519PrivateKey.from_private_bytes(self.x25519).public_key().public_bytes_raw()


@dataclass
class KeyRing:
    audit_key: bytes
    versions: list[KeyVersion] = field(default_factory=list)

    @property
    def active(self) -> KeyVersion:
        for v in self.versions:
            if v.status == "active":
                return v
        raise KeyAccessError("the key file has no active version; run `scribe keys rotate`")

    def get(self, version: int) -> KeyVersion:
        for v in self.versions:
            if v.version == version:
                return v
        raise KeyAccessError(f"key version {version} is not in the key file")

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEYFILE_FORMAT,
            "audit_key": _b64(self.audit_key),
            "versions": [v.to_json() for v in self.versions],
        }
        return json.dumps(doc, indent=1).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyRing:
        doc = json.loads(raw)
        if doc.get("format") != KEYFILE_FORMAT:
            raise ConfigError("unknown key file format")
        return cls(
            audit_key=_unb64(doc["audit_key"]),
            versions=[KeyVersion.from_json(v) for v in doc["versions"]],
        )


def _wrap_aad(domain: str, version: int, aad: bytes) -> bytes:
    return b"scribe/v1/dek|" + domain.encode() + b"|" + str(version).encode() + b"|" + aad


class KeyProvider(Protocol):
    """What scribe needs from key custody; a KMS-backed provider implements the same."""

    def active_version(self) -> int: ...
    def wrap(self, domain: Domain, data_key: bytes, aad: bytes) -> tuple[int, bytes]: ...
    def unwrap(self, domain: Domain, version: int, wrapped: bytes, aad: bytes) -> bytes: ...
    def identity(self, version: int) -> bytes: ...
    def recipient_public(self) -> tuple[bytes, int]: ...
    def audit_key(self) -> bytes: ...


class FileKeyProvider:
    """Keys in one local file (0600), optionally sealed with a passphrase (scrypt)."""

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = path
        self._passphrase = passphrase
        self._ring: KeyRing | None = None

    # -- file -----------------------------------------------------------------
    @classmethod
    def init(cls, path: Path, passphrase: str | None = None) -> FileKeyProvider:
        ring = KeyRing(audit_key=secrets.token_bytes(32), versions=[KeyVersion.generate(1)])
        provider = cls(path, passphrase)
        write_secret_file(path, provider._seal(ring.to_bytes()), replace=False)
        provider._ring = ring
        return provider

    def _seal(self, plain: bytes) -> bytes:
        if not self._passphrase:
            return plain
        salt = secrets.token_bytes(16)
        kek = Scrypt(salt=salt, length=32, **_SCRYPT).derive(self._passphrase.encode())
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(kek).encrypt(nonce, plain, SEALED_FORMAT.encode())
        doc = {
            "format": SEALED_FORMAT,
            "kdf": dict(_SCRYPT, salt=_b64(salt)),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
        return json.dumps(doc).encode()

    def _unseal(self, raw: bytes) -> bytes:
        try:
            doc = json.loads(raw)
        except ValueError as exc:
            raise IntegrityError(f"key file {self.path} is not valid; restore it from backup") from exc
        if doc.get("format") == KEYFILE_FORMAT:
            return raw
        if doc.get("format") != SEALED_FORMAT:
            raise ConfigError(f"key file {self.path} has an unknown format")
        if not self._passphrase:
            raise KeyAccessError("the key file is passphrase-protected; set SCRIBE_KEY_PASSPHRASE")
        kdf = doc["kdf"]
        kek = Scrypt(salt=_unb64(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(
            self._passphrase.encode()
        )
        try:
            return AESGCM(kek).decrypt(_unb64(doc["nonce"]), _unb64(doc["ciphertext"]), SEALED_FORMAT.encode())
        except InvalidTag:
            raise KeyAccessError("wrong passphrase for the key file (SCRIBE_KEY_PASSPHRASE)") from None

    @property
    def ring(self) -> KeyRing:
        if self._ring is None:
            if not self.path.exists():
                raise KeyAccessError(f"no practice key at {self.path}; run `scribe keys init` first")
            self._ring = KeyRing.from_bytes(self._unseal(self.path.read_bytes()))
        return self._ring

    def _save(self) -> None:
        write_secret_file(self.path, self._seal(self.ring.to_bytes()), replace=True)

    # -- KeyProvider ----------------------------------------------------------
    def active_version(self) -> int:
        return self.ring.active.version

    def wrap(self, domain: Domain, data_key: bytes, aad: bytes) -> tuple[int, bytes]:
        active = self.ring.active
        nonce = secrets.token_bytes(12)
        wrapped = nonce + AESGCM(active.kek(domain)).encrypt(
            nonce, data_key, _wrap_aad(domain, active.version, aad)
        )
        return active.version, wrapped

    def unwrap(self, domain: Domain, version: int, wrapped: bytes, aad: bytes) -> bytes:
        kek = self.ring.get(version).kek(domain)
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _wrap_aad(domain, version, aad))
        except InvalidTag:
            raise IntegrityError("a wrapped data key failed authentication (wrong key file?)") from None

    def identity(self, version: int) -> bytes:
        v = self.ring.get(version)
        if v.status == "retired" or v.x25519 is None:
            raise KeyAccessError(f"recipient key version {version} is retired")
        return v.x25519

    def recipient_public(self) -> tuple[bytes, int]:
        active = self.ring.active
        return active.public_key(), active.version

    def audit_key(self) -> bytes:
        return self.ring.audit_key

    # -- lifecycle ------------------------------------------------------------
    def rotate(self) -> int:
        """Add a new active version; the old one stays usable as 'previous' until retired."""
        ring = self.ring
        new = KeyVersion.generate(max(v.version for v in ring.versions) + 1)
        for v in ring.versions:
            if v.status == "active":
                v.status = "previous"
        ring.versions.append(new)
        self._save()
        return new.version

    def retire(self, version: int) -> None:
        """Destroy a non-active version's key material (after every data key was rewrapped)."""
        v = self.ring.get(version)
        if v.status == "active":
            raise KeyAccessError("the active key version cannot be retired; rotate first")
        v.status, v.record, v.private, v.x25519 = "retired", None, None, None
        self._save()


def load_provider(path: Path, passphrase: str | None = None) -> FileKeyProvider:
    return FileKeyProvider(path, passphrase)
