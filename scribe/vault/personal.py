"""Per-clinician key pairs: a psychotherapy workspace is sealed to its author alone.

Each clinician has an X25519 key pair. The public half is stored in the clear
and is all the pipeline needs to seal a workspace (``seal_to``). The private
half is stored sealed under a key derived from the clinician's password with
Argon2id; it is opened only in memory, at login, and rewrapped when the
password changes. Nothing else can open it: not the practice key file, not
an admin, not someone holding the database and the key file. A lost password
therefore means unreadable workspaces; that is the point.

Sealed box format (version 1)::

    0x01 | ephemeral X25519 public key (32) | nonce (12) | AES-256-GCM ciphertext+tag

The AES key is HKDF-SHA256(ECDH(ephemeral, recipient), salt = ephemeral || recipient,
info = "scribe/v1/personal-seal"); the caller's ``aad`` binds the box to its object.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from scribe.errors import IntegrityError, KeyAccessError

SEAL_VERSION = 1
_SEAL_INFO = b"scribe/v1/personal-seal"
_SEALED_KEY_FORMAT = "scribe-personal-key/1"
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost for deriving the key that seals a private key (RFC 9106 second choice: 64 MiB, t=3)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


DEFAULT_ARGON2 = Argon2Params()
# Bounds on a stored cost: outside them the row is corrupt or hostile, not merely slow.
_MAX_MEMORY_KIB, _MAX_TIME, _MAX_PARALLELISM = 1024 * 1024, 20, 16


def generate_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as raw (public, private) bytes."""
    private = X25519PrivateKey.generate()
    return (
        private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw),
        private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
    )


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def _password_key(password: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        password.encode(),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _key_aad(user_id: str) -> bytes:
    return f"scribe/v1/personal-key|user:{user_id}".encode()


def seal_private_key(private: bytes, password: str, *, user_id: str, params: Argon2Params = DEFAULT_ARGON2) -> str:
    """The private key sealed under Argon2id(password); JSON text for the users table."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(_password_key(password, salt, params)).encrypt(nonce, private, _key_aad(user_id))
    return json.dumps(
        {
            "format": _SEALED_KEY_FORMAT,
            "kdf": {"name": "argon2id", "t": params.time_cost, "m": params.memory_kib, "p": params.parallelism},
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "ciphertext": base64.b64encode(ciphertext).decode(),
        },
        sort_keys=True,
    )


def open_private_key(sealed: str, password: str, *, user_id: str) -> bytes:
    """Open a sealed private key; a wrong password or an altered row raises :class:`KeyAccessError`."""
    try:
        doc = json.loads(sealed)
        if doc.get("format") != _SEALED_KEY_FORMAT or doc["kdf"]["name"] != "argon2id":
            raise ValueError("format")
        params = Argon2Params(int(doc["kdf"]["t"]), int(doc["kdf"]["m"]), int(doc["kdf"]["p"]))
        salt, nonce, ciphertext = (base64.b64decode(doc[k]) for k in ("salt", "nonce", "ciphertext"))
    except (ValueError, KeyError, TypeError):
        raise IntegrityError("the sealed personal key is malformed") from None
    if not (
        1 <= params.time_cost <= _MAX_TIME
        and 8 <= params.memory_kib <= _MAX_MEMORY_KIB
        and 1 <= params.parallelism <= _MAX_PARALLELISM
    ):
        raise IntegrityError("the sealed personal key names an out-of-range Argon2 cost")
    try:
        return AESGCM(_password_key(password, salt, params)).decrypt(nonce, ciphertext, _key_aad(user_id))
    except InvalidTag:
        raise KeyAccessError("the password does not open this personal key") from None


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=_SEAL_INFO).derive(shared)


def seal_to(recipient_public: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt ``plaintext`` so that only the holder of the recipient's private key can open it."""
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    key = _seal_key(ephemeral.exchange(recipient), epk, recipient_public)
    nonce = secrets.token_bytes(12)
    return bytes([SEAL_VERSION]) + epk + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(private: bytes, sealed: bytes, aad: bytes) -> bytes:
    """Open a box from :func:`seal_to`; wrong key, wrong ``aad``, truncation or tampering raise IntegrityError."""
    if len(sealed) < 1 + 32 + 12 + 16 or sealed[0] != SEAL_VERSION:
        raise IntegrityError("the sealed workspace is truncated or of an unknown version")
    epk, nonce, body = sealed[1:33], sealed[33:45], sealed[45:]
    me = X25519PrivateKey.from_private_bytes(private)
    recipient = me.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    try:
        key = _seal_key(me.exchange(X25519PublicKey.from_public_bytes(epk)), epk, recipient)
        return AESGCM(key).decrypt(nonce, body, aad)
    except (InvalidTag, ValueError):
        raise IntegrityError("the sealed workspace failed authentication (wrong key or altered)") from None


__all__ = [
    "Argon2Params",
    "DEFAULT_ARGON2",
    "generate_keypair",
    "open_private_key",
    "open_sealed",
    "public_of",
    "seal_private_key",
    "seal_to",
]
