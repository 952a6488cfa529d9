"""AES-256-GCM, the one AEAD scribe uses, as a thin wrapper over `cryptography`.

Every authentication failure surfaces as `scribe.errors.IntegrityError` so
callers never handle `cryptography`'s exception types; messages carry no data.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from scribe.errors import IntegrityError

__all__ = ["KEY_SIZE", "NONCE_SIZE", "TAG_SIZE", "Aead", "open_", "seal"]

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16

Buffer = bytes | bytearray | memoryview


def _check_key(key: Buffer) -> None:
    if len(key) != KEY_SIZE:
        raise ValueError(f"AES-256-GCM key must be {KEY_SIZE} bytes, got {len(key)}")


def _check_nonce(nonce: Buffer) -> None:
    if len(nonce) != NONCE_SIZE:
        raise ValueError(
            f"AES-256-GCM nonce must be {NONCE_SIZE} bytes, got {len(nonce)}"
        )


class Aead:
    """One AES-256-GCM key, expanded once and reused for many messages (segments)."""

    __slots__ = ("_cipher",)

    def __init__(self, key: Buffer) -> None:
        _check_key(key)
        self._cipher = AESGCM(bytes(key))

    def encrypt(self, nonce: Buffer, plaintext: Buffer, aad: Buffer) -> bytes:
        """Return ciphertext ‖ 16-byte tag."""
        _check_nonce(nonce)
        return self._cipher.encrypt(bytes(nonce), plaintext, aad)

    def encrypt_into(
        self, nonce: Buffer, plaintext: Buffer, aad: Buffer, out: memoryview
    ) -> int:
        """Encrypt into `out` (len(plaintext) + 16 bytes), saving a copy per segment."""
        _check_nonce(nonce)
        return self._cipher.encrypt_into(bytes(nonce), plaintext, aad, out)

    def decrypt(self, nonce: Buffer, ciphertext: Buffer, aad: Buffer) -> bytes:
        """Return the plaintext, or raise IntegrityError if anything was altered."""
        _check_nonce(nonce)
        if len(ciphertext) < TAG_SIZE:
            raise IntegrityError("ciphertext shorter than its authentication tag")
        try:
            return self._cipher.decrypt(bytes(nonce), ciphertext, aad)
        except InvalidTag:
            raise IntegrityError("authentication failed") from None

    def decrypt_into(
        self, nonce: Buffer, ciphertext: Buffer, aad: Buffer, out: memoryview
    ) -> int:
        """Decrypt into `out` (exactly len(ciphertext) - 16 bytes).

        On failure `out` holds unauthenticated bytes: the caller must wipe it.
        """
        _check_nonce(nonce)
        if len(ciphertext) < TAG_SIZE:
            raise IntegrityError("ciphertext shorter than its authentication tag")
        try:
            return self._cipher.decrypt_into(bytes(nonce), ciphertext, aad, out)
        except InvalidTag:
            raise IntegrityError("authentication failed") from None


def seal(key: Buffer, nonce: Buffer, plaintext: Buffer, aad: Buffer) -> bytes:
    """AES-256-GCM encrypt; returns ciphertext ‖ 16-byte tag."""
    return Aead(key).encrypt(nonce, plaintext, aad)


def open_(key: Buffer, nonce: Buffer, ciphertext: Buffer, aad: Buffer) -> bytes:
    """AES-256-GCM decrypt of ciphertext ‖ tag; IntegrityError on any failure."""
    return Aead(key).decrypt(nonce, ciphertext, aad)
