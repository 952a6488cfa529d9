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
import binascii
import fcntl
import json
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from scribe.errors import ConfigError, IntegrityError, KeyAccessError, StateError

Domain = Literal["record", "private"]
DOMAINS: tuple[Domain, ...] = ("record", "private")
KEYFILE_FORMAT = "scribe-keys/1"
SEALED_FORMAT = "scribe-keys/1+scrypt"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
# A sealed file may name its own scrypt cost; anything outside these bounds is a
# corrupt or hostile file, not a slow one (2**20 * 8 * 128 B = 1 GiB of memory).
_SCRYPT_MAX_N, _SCRYPT_MAX_R, _SCRYPT_MAX_P, _SCRYPT_MAX_MEMORY = 2**20, 32, 16, 1 << 30
_STATUSES = ("active", "previous", "retired")


class MalformedKeyFile(ValueError):
    """A key file field is missing or has the wrong type or size (reported as one line)."""


def _field(doc: dict[str, Any], name: str, kind: type) -> Any:
    if name not in doc:
        raise MalformedKeyFile(f"field {name!r} is missing")
    value = doc[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise MalformedKeyFile(f"field {name!r} is not a {kind.__name__}")
    return value


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise MalformedKeyFile("it is not JSON") from None
    if not isinstance(doc, dict):
        raise MalformedKeyFile("it is not a JSON object")
    return doc


def _key_bytes(doc: dict[str, Any], name: str, size: int, *, optional: bool = False) -> bytes | None:
    value = doc.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise MalformedKeyFile(f"field {name!r} is missing or not base64 text")
    try:
        raw = _unb64(value)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise MalformedKeyFile(f"field {name!r} is not valid base64") from None
    if len(raw) != size:
        raise MalformedKeyFile(f"field {name!r} is {len(raw)} bytes, expected {size}")
    return raw


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
        if not isinstance(data, dict):
            raise MalformedKeyFile("a version entry is not an object")
        version = _field(data, "version", int)
        status = _field(data, "status", str)
        if version < 1 or status not in _STATUSES:
            raise MalformedKeyFile(f"version entry {version} has a bad number or status")
        retired = status == "retired"
        material = {name: _key_bytes(data, name, 32, optional=retired) for name in ("record", "private", "x25519")}
        return cls(version=version, status=status, created=_field(data, "created", str), **material)  # type: ignore[arg-type]

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
        """Parse and validate a key file body; every defect is a :class:`MalformedKeyFile`."""
        doc = _json_object(raw)
        if doc.get("format") != KEYFILE_FORMAT:
            raise MalformedKeyFile("unknown key file format")
        versions = [KeyVersion.from_json(v) for v in _field(doc, "versions", list)]
        numbers = [v.version for v in versions]
        if not versions or len(set(numbers)) != len(numbers):
            raise MalformedKeyFile("versions are empty or repeated")
        if sum(v.status == "active" for v in versions) != 1:
            raise MalformedKeyFile("there must be exactly one active version")
        audit_key = _key_bytes(doc, "audit_key", 32)
        assert audit_key is not None
        return cls(audit_key=audit_key, versions=versions)


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
    """Keys in one local file (0600), optionally sealed with a passphrase (scrypt).

    Every read-modify-write of the file holds an exclusive lock on a sibling
    ``.lock`` file and re-reads the file under it: if another process changed
    it since this one loaded it, the change is refused, never overwritten.
    A long-running process notices a rotation by another one (the file's
    inode/mtime/size change) and reloads before it wraps a new data key.
    """

    def __init__(self, path: Path, passphrase: str | None = None, *, allow_unsealed: bool = False) -> None:
        self.path = path
        self._passphrase = passphrase
        # `keys seal` must be able to open the unsealed file it is about to seal.
        self._allow_unsealed = allow_unsealed
        self._ring: KeyRing | None = None
        self._raw: bytes | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._lock_fd: int | None = None
        self._lock_depth = 0

    # -- file -----------------------------------------------------------------
    @classmethod
    def init(cls, path: Path, passphrase: str | None = None) -> FileKeyProvider:
        ring = KeyRing(audit_key=secrets.token_bytes(32), versions=[KeyVersion.generate(1)])
        provider = cls(path, passphrase)
        write_secret_file(path, provider._seal(ring.to_bytes()), replace=False)
        provider._load()
        return provider

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

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
        doc = _json_object(raw)
        if doc.get("format") == KEYFILE_FORMAT:
            if self._passphrase and not self._allow_unsealed:
                raise KeyAccessError(
                    f"SCRIBE_KEY_PASSPHRASE is set but {self.path} is not sealed (replaced?); "
                    "check it, then run `scribe keys seal` or unset the passphrase"
                )
            return raw
        if doc.get("format") != SEALED_FORMAT:
            raise MalformedKeyFile("unknown key file format")
        if not self._passphrase:
            raise KeyAccessError("the key file is passphrase-protected; set SCRIBE_KEY_PASSPHRASE")
        kdf = _field(doc, "kdf", dict)
        n, r, p = (_field(kdf, name, int) for name in ("n", "r", "p"))
        if not (
            2 <= n <= _SCRYPT_MAX_N and n & (n - 1) == 0 and 1 <= r <= _SCRYPT_MAX_R and 1 <= p <= _SCRYPT_MAX_P
        ) or 128 * n * r * p > _SCRYPT_MAX_MEMORY:
            raise MalformedKeyFile(f"scrypt cost n={n} r={r} p={p} is out of bounds")
        salt = _key_bytes(kdf, "salt", 16)
        nonce = _key_bytes(doc, "nonce", 12)
        ciphertext = _field(doc, "ciphertext", str)
        assert salt is not None and nonce is not None
        try:
            sealed = _unb64(ciphertext)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise MalformedKeyFile("field 'ciphertext' is not valid base64") from None
        kek = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(self._passphrase.encode())
        try:
            return AESGCM(kek).decrypt(nonce, sealed, SEALED_FORMAT.encode())
        except InvalidTag:
            raise KeyAccessError("wrong passphrase for the key file (SCRIBE_KEY_PASSPHRASE)") from None

    def _read_file(self) -> tuple[KeyRing, bytes, tuple[int, int, int]]:
        """Read, check and parse the key file as it is on disk now."""
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            raise KeyAccessError(f"no practice key at {self.path}; run `scribe keys init` first") from None
        except OSError as exc:
            raise KeyAccessError(f"cannot open the key file {self.path} ({exc.strerror}); it must be a regular file") from None
        with open(fd, "rb", closefd=True) as handle:
            st = os.fstat(handle.fileno())
            mode = stat.S_IMODE(st.st_mode)
            if not stat.S_ISREG(st.st_mode):
                raise KeyAccessError(f"the key file {self.path} is not a regular file")
            if mode & 0o077:
                raise KeyAccessError(
                    f"the key file {self.path} is readable by other users (mode {mode:04o}); "
                    f"run `chmod 600 {self.path}` and check who copied it"
                )
            raw = handle.read()
        try:
            ring = KeyRing.from_bytes(self._unseal(raw))
        except MalformedKeyFile as exc:
            raise IntegrityError(f"the key file {self.path} is malformed ({exc}); restore it from backup") from None
        return ring, raw, (st.st_ino, st.st_mtime_ns, st.st_size)

    def _load(self) -> KeyRing:
        self._ring, self._raw, self._stamp = self._read_file()
        return self._ring

    def _changed_on_disk(self) -> bool:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return True
        return (st.st_ino, st.st_mtime_ns, st.st_size) != self._stamp

    def refresh(self) -> bool:
        """Reload the ring if another process changed the key file; True if it did."""
        if self._ring is not None and not self._changed_on_disk():
            return False
        self._load()
        return True

    @property
    def ring(self) -> KeyRing:
        if self._ring is None:
            return self._load()
        return self._ring

    @contextmanager
    def locked(self) -> Iterator[KeyRing]:
        """Hold the key file's exclusive lock; refuse if the file changed since this process read it.

        Re-entrant within one provider, so a caller can hold it across rotate,
        rewrap and retire.
        """
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield self.ring
            finally:
                self._lock_depth -= 1
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.lock_path, os.O_CREAT | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            before = self._raw
            ring, raw, stamp = self._read_file()
            if before is not None and raw != before:
                raise StateError(
                    "the key file changed since this command read it (another `scribe keys` command?); "
                    "nothing was changed: run the command again"
                )
            self._ring, self._raw, self._stamp = ring, raw, stamp
            self._lock_fd, self._lock_depth = fd, 1
            yield ring
        finally:
            self._lock_fd, self._lock_depth = None, 0
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _save(self) -> None:
        if not self._lock_depth:
            raise RuntimeError("the key file is written only under its lock")  # programming error
        write_secret_file(self.path, self._seal(self.ring.to_bytes()), replace=True)
        self._load()

    # -- KeyProvider ----------------------------------------------------------
    def active_version(self) -> int:
        self.refresh()
        return self.ring.active.version

    def wrap(self, domain: Domain, data_key: bytes, aad: bytes) -> tuple[int, bytes]:
        # A rotation by another process must be seen before a new key is wrapped,
        # or the wrap would land under a version that is about to be retired.
        self.refresh()
        active = self.ring.active
        nonce = secrets.token_bytes(12)
        wrapped = nonce + AESGCM(active.kek(domain)).encrypt(
            nonce, data_key, _wrap_aad(domain, active.version, aad)
        )
        return active.version, wrapped

    def _version(self, version: int) -> KeyVersion:
        if not any(v.version == version for v in self.ring.versions):
            self.refresh()  # rewrapped by another process under a version we have not seen yet
        return self.ring.get(version)

    def unwrap(self, domain: Domain, version: int, wrapped: bytes, aad: bytes) -> bytes:
        kek = self._version(version).kek(domain)
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _wrap_aad(domain, version, aad))
        except InvalidTag:
            raise IntegrityError("a wrapped data key failed authentication (wrong key file?)") from None

    def identity(self, version: int) -> bytes:
        v = self._version(version)
        if v.status == "retired" or v.x25519 is None:
            raise KeyAccessError(f"recipient key version {version} is retired")
        return v.x25519

    def recipient_public(self) -> tuple[bytes, int]:
        self.refresh()
        active = self.ring.active
        return active.public_key(), active.version

    def audit_key(self) -> bytes:
        return self.ring.audit_key

    # -- lifecycle (each under the lock) --------------------------------------
    def rotate(self) -> int:
        """Add a new active version; the old one stays usable as 'previous' until retired."""
        with self.locked() as ring:
            new = KeyVersion.generate(max(v.version for v in ring.versions) + 1)
            for v in ring.versions:
                if v.status == "active":
                    v.status = "previous"
            ring.versions.append(new)
            self._save()
        return new.version

    def retire(self, version: int) -> None:
        """Destroy a non-active version's key material (after every data key was rewrapped)."""
        with self.locked() as ring:
            v = ring.get(version)
            if v.status == "active":
                raise KeyAccessError("the active key version cannot be retired; rotate first")
            v.status, v.record, v.private, v.x25519 = "retired", None, None, None
            self._save()

    def seal(self, passphrase: str) -> None:
        """Re-write the key file sealed with ``passphrase`` (also changes an existing one)."""
        with self.locked():
            self._passphrase = passphrase
            self._save()
        self._allow_unsealed = False


def load_provider(path: Path, passphrase: str | None = None) -> FileKeyProvider:
    return FileKeyProvider(path, passphrase)
