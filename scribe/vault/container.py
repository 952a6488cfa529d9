"""Streaming encrypted container for session audio (`.sca` files).

Layout and rationale are in FORMAT.md next to this module. In short: an
HMAC-authenticated header, then AES-256-GCM segments under a per-file key
derived from the data key, the header salt and the caller's associated data
(which names the session), with nonce = prefix ‖ counter ‖ last-segment flag
so truncation, reordering, splicing and trailing data are all detected.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import io
import os
import queue
import secrets
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from scribe.errors import IntegrityError, KeyAccessError
from scribe.vault import aead

__all__ = [
    "DEFAULT_SEGMENT_SIZE",
    "MAGIC",
    "MAX_SEGMENT_SIZE",
    "MIN_SEGMENT_SIZE",
    "STANZA_VAULT",
    "STANZA_X25519",
    "Header",
    "decrypt",
    "encrypt",
    "encrypt_file_atomic",
    "encrypt_to_recipient",
    "format_recipient",
    "identity_public",
    "iter_decrypt",
    "parse_recipient",
    "read_header",
    "remove_stale_partials",
    "unwrap_recipient",
    "verify_header",
]

T = TypeVar("T")

MAGIC = b"SCRBAUD1"
FORMAT_VERSION = 1
STANZA_VAULT = 1
STANZA_X25519 = 2

DEFAULT_SEGMENT_SIZE = 64 * 1024
MIN_SEGMENT_SIZE = 4 * 1024
MAX_SEGMENT_SIZE = 4 * 1024 * 1024

KEY_ID_SIZE = 16
SALT_SIZE = 16
NONCE_PREFIX_SIZE = 7
HEADER_TAG_SIZE = 32
X25519_KEY_SIZE = 32
# ephemeral public key ‖ AES-256-GCM(data key) ‖ tag
X25519_STANZA_SIZE = X25519_KEY_SIZE + aead.KEY_SIZE + aead.TAG_SIZE

# magic | version | stanza type | key id | key version | segment size | salt |
# nonce prefix | stanza len
_FIXED = struct.Struct(">8sBB16sII16s7sH")
_STANZA_SIZES = {STANZA_VAULT: 0, STANZA_X25519: X25519_STANZA_SIZE}
_MAX_SEGMENTS = 1 << 32

_INFO_HEADER = b"scribe/v1/header"
_INFO_PAYLOAD = b"scribe/v1/payload"
_INFO_X25519 = b"scribe/v1/x25519"
_ZERO_NONCE = bytes(aead.NONCE_SIZE)
# ciphertext buffers in flight between the encrypting and the writing thread
_WRITE_DEPTH = 3
_WRITE_CHUNK = 1024 * 1024

RECIPIENT_PREFIX = "scribe1"
_RECIPIENT_CHECKSUM_SIZE = 4
_RECIPIENT_PAYLOAD_SIZE = 4 + X25519_KEY_SIZE + _RECIPIENT_CHECKSUM_SIZE
# 40 bytes encode to exactly 64 base32 characters, so no padding is ever needed
_RECIPIENT_BODY_CHARS = _RECIPIENT_PAYLOAD_SIZE * 8 // 5
_RECIPIENT_CHARS = len(RECIPIENT_PREFIX) + _RECIPIENT_BODY_CHARS

PARTIAL_MARKER = ".partial-"


@dataclass(frozen=True)
class Header:
    """A parsed container header; parsing does not authenticate it (`verify_header`)."""

    stanza_type: int
    key_id: bytes
    key_version: int
    segment_size: int
    salt: bytes
    nonce_prefix: bytes
    stanza: bytes
    raw: bytes  # header bytes including the trailing HMAC tag

    @property
    def size(self) -> int:
        """Length of the header on disk; the first segment starts here."""
        return len(self.raw)


# --- helpers ---------------------------------------------------------------


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(
        secret
    )


def _check_data_key(data_key: bytes) -> None:
    if len(data_key) != aead.KEY_SIZE:
        raise ValueError(f"data key must be {aead.KEY_SIZE} bytes, got {len(data_key)}")


def _check_segment_size(segment_size: int) -> None:
    if not MIN_SEGMENT_SIZE <= segment_size <= MAX_SEGMENT_SIZE:
        raise ValueError(
            f"segment_size must be {MIN_SEGMENT_SIZE}..{MAX_SEGMENT_SIZE} bytes, "
            f"got {segment_size}"
        )


def _check_key_version(key_version: int) -> None:
    if not 0 <= key_version <= 0xFFFFFFFF:
        raise ValueError(
            f"key_version must fit in an unsigned 32-bit integer, got {key_version}"
        )


def _segment_nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _read_exact(src: BinaryIO, n: int) -> bytes:
    """Read n bytes, fewer only at end of file (pipes may return short reads)."""
    parts: list[bytes] = []
    remaining = n
    while remaining:
        chunk = src.read(remaining)
        if not chunk:
            break
        parts.append(chunk)
        remaining -= len(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _fill(src: BinaryIO, buf: memoryview) -> int:
    """Fill buf from src; returns the byte count, short only at end of file."""
    readinto = getattr(src, "readinto", None)
    filled, size = 0, len(buf)
    while filled < size:
        if readinto is not None:
            got = readinto(buf[filled:])
        else:
            data = src.read(size - filled)
            got = len(data)
            buf[filled : filled + got] = data
        if not got:
            break
        filled += got
    return filled


def _write_all(dst: BinaryIO, data: memoryview) -> None:
    # raw (unbuffered) files may accept fewer bytes than offered
    while len(data):
        written = dst.write(data)
        if written is None or written >= len(data):
            return
        data = data[written:]


def _wipe(buf: bytearray) -> None:
    # best effort: plaintext should not linger in freed memory longer than needed
    buf[:] = bytes(len(buf))


def _header_tag(header_body: bytes, data_key: bytes, salt: bytes, aad: bytes) -> bytes:
    mac_key = _hkdf(data_key, salt, _INFO_HEADER + aad)
    return hmac.new(mac_key, header_body, hashlib.sha256).digest()


def _payload_cipher(data_key: bytes, salt: bytes, aad: bytes) -> aead.Aead:
    return aead.Aead(_hkdf(data_key, salt, _INFO_PAYLOAD + aad))


# --- header ----------------------------------------------------------------


def read_header(src: BinaryIO) -> Header:
    """Parse the header at the current position, leaving src at the first segment.

    Only checks structure (magic, version, sizes); authenticity needs the data
    key and is checked by `verify_header`, `iter_decrypt` and `decrypt`.
    """
    fixed = _read_exact(src, _FIXED.size)
    if len(fixed) < _FIXED.size:
        if len(fixed) >= len(MAGIC) and fixed[: len(MAGIC)] != MAGIC:
            raise IntegrityError("not a scribe audio container (bad magic)")
        raise IntegrityError("truncated container header")
    (
        magic,
        version,
        stanza_type,
        key_id,
        key_version,
        segment_size,
        salt,
        nonce_prefix,
        stanza_len,
    ) = _FIXED.unpack(fixed)
    if magic != MAGIC:
        raise IntegrityError("not a scribe audio container (bad magic)")
    if version != FORMAT_VERSION:
        raise IntegrityError(f"unsupported container version {version}")
    if stanza_type not in _STANZA_SIZES:
        raise IntegrityError(f"unknown key stanza type {stanza_type}")
    if not MIN_SEGMENT_SIZE <= segment_size <= MAX_SEGMENT_SIZE:
        raise IntegrityError("container segment size out of range")
    if stanza_len != _STANZA_SIZES[stanza_type]:
        raise IntegrityError("key stanza has the wrong length for its type")
    rest = _read_exact(src, stanza_len + HEADER_TAG_SIZE)
    if len(rest) < stanza_len + HEADER_TAG_SIZE:
        raise IntegrityError("truncated container header")
    return Header(
        stanza_type=stanza_type,
        key_id=key_id,
        key_version=key_version,
        segment_size=segment_size,
        salt=salt,
        nonce_prefix=nonce_prefix,
        stanza=rest[:stanza_len],
        raw=fixed + rest,
    )


def verify_header(header: Header, *, data_key: bytes, aad: bytes) -> None:
    """Raise IntegrityError unless the header was written with this data key and aad."""
    _check_data_key(data_key)
    expected = _header_tag(header.raw[:-HEADER_TAG_SIZE], data_key, header.salt, aad)
    # wrong key, wrong aad (session) and a modified header look alike, by design
    if not hmac.compare_digest(expected, header.raw[-HEADER_TAG_SIZE:]):
        raise IntegrityError("header authentication failed")


# --- encryption ------------------------------------------------------------


class _WriteBehind:
    """Writes ciphertext segments on a helper thread so disk I/O overlaps encryption.

    Only ciphertext crosses to the thread. Buffers cycle through a bounded
    pool, so memory stays flat; a write error is re-raised in the caller.
    """

    def __init__(
        self, dst: BinaryIO, buffer_size: int, depth: int = _WRITE_DEPTH
    ) -> None:
        self._dst = dst
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._full: queue.SimpleQueue[tuple[bytearray, int] | None] = (
            queue.SimpleQueue()
        )
        for _ in range(depth):
            self._free.put(bytearray(buffer_size))
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, name="scribe-vault-writer", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        while (item := self._full.get()) is not None:
            buf, length = item
            if self._error is None:
                try:
                    with memoryview(buf) as view:
                        _write_all(self._dst, view[:length])
                except Exception as exc:  # noqa: BLE001 (re-raised in the caller's thread)
                    self._error = exc
            self._free.put(buf)  # always recycle, so the producer never waits forever

    def _raise_pending(self) -> None:
        if self._error is not None:
            raise self._error

    def buffer(self) -> bytearray:
        """A free ciphertext buffer; raises the writer's error if a write failed."""
        self._raise_pending()
        buf = self._free.get()
        self._raise_pending()
        return buf

    def submit(self, buf: bytearray, length: int) -> None:
        self._full.put((buf, length))

    def abort(self) -> None:
        """Stop the thread after the queued writes, ignoring their errors."""
        if self._thread.is_alive():
            self._full.put(None)
            self._thread.join()

    def close(self) -> None:
        """Wait for every submitted segment to be written; re-raise a write error."""
        self.abort()
        self._raise_pending()


def _encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    *,
    data_key: bytes,
    aad: bytes,
    stanza_type: int,
    key_id: bytes,
    key_version: int,
    stanza: bytes,
    segment_size: int,
) -> int:
    salt = os.urandom(SALT_SIZE)
    prefix = os.urandom(NONCE_PREFIX_SIZE)
    body = (
        _FIXED.pack(
            MAGIC,
            FORMAT_VERSION,
            stanza_type,
            key_id,
            key_version,
            segment_size,
            salt,
            prefix,
            len(stanza),
        )
        + stanza
    )
    dst.write(body + _header_tag(body, data_key, salt, aad))

    cipher = _payload_cipher(data_key, salt, aad)
    full = segment_size + aead.TAG_SIZE
    # two plaintext buffers: the look-ahead tells whether this segment is the last
    current, lookahead = bytearray(segment_size), bytearray(segment_size)
    cur_view, ahead_view = memoryview(current), memoryview(lookahead)
    # write ~1 MiB at a time: far fewer syscalls than one write per small segment
    per_write = max(1, _WRITE_CHUNK // full)
    writer = _WriteBehind(dst, per_write * full)
    out = writer.buffer()
    out_view = memoryview(out)
    total, counter, pos = 0, 0, 0
    try:
        filled = _fill(src, cur_view)
        while True:
            if filled < segment_size:
                last, ahead = True, 0  # a short read only happens at end of file
            else:
                ahead = _fill(src, ahead_view)
                last = ahead == 0
            pos += cipher.encrypt_into(
                _segment_nonce(prefix, counter, last),
                cur_view[:filled],
                b"",
                out_view[pos : pos + filled + aead.TAG_SIZE],
            )
            total += filled
            if last or pos + full > len(out):
                out_view.release()
                writer.submit(out, pos)
                if last:
                    writer.close()
                    return total
                out = writer.buffer()
                out_view, pos = memoryview(out), 0
            counter += 1
            if counter >= _MAX_SEGMENTS:
                raise ValueError("plaintext too large for this segment size")
            cur_view, ahead_view = ahead_view, cur_view
            filled = ahead
    except BaseException:
        writer.abort()  # the caller's exception wins over any write error
        raise
    finally:
        out_view.release()
        cur_view.release()
        ahead_view.release()
        _wipe(current)
        _wipe(lookahead)


def encrypt(
    src: BinaryIO,
    dst: BinaryIO,
    *,
    data_key: bytes,
    aad: bytes,
    key_id: bytes,
    key_version: int,
    segment_size: int = DEFAULT_SEGMENT_SIZE,
) -> int:
    """Encrypt src into dst under a vault data key; returns the plaintext byte count.

    Memory is flat whatever the input size: two plaintext segments plus three
    ~1 MiB ciphertext buffers that a helper thread writes to dst while the next
    segments are encrypted (dst is only touched by that thread until return).
    `key_id` is the 16-byte id of the data key's row in the key table.
    """
    _check_data_key(data_key)
    _check_segment_size(segment_size)
    _check_key_version(key_version)
    if len(key_id) != KEY_ID_SIZE:
        raise ValueError(f"key_id must be {KEY_ID_SIZE} bytes, got {len(key_id)}")
    return _encrypt_stream(
        src,
        dst,
        data_key=bytes(data_key),
        aad=aad,
        stanza_type=STANZA_VAULT,
        key_id=bytes(key_id),
        key_version=key_version,
        stanza=b"",
        segment_size=segment_size,
    )


def _recipient_key_id(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:KEY_ID_SIZE]


def _x25519_wrap_key(
    shared: bytes, ephemeral_public: bytes, recipient_public: bytes
) -> bytes:
    return _hkdf(shared, ephemeral_public + recipient_public, _INFO_X25519)


def encrypt_to_recipient(
    src: BinaryIO,
    dst: BinaryIO,
    *,
    recipient_public: bytes,
    key_version: int,
    aad: bytes = b"",
    segment_size: int = DEFAULT_SEGMENT_SIZE,
) -> int:
    """Encrypt src to an X25519 recipient under a fresh data key; needs no secret.

    Returns the plaintext byte count. Only the holder of the recipient's
    identity can recover the data key (`unwrap_recipient`).
    """
    if len(recipient_public) != X25519_KEY_SIZE:
        raise ValueError(f"recipient public key must be {X25519_KEY_SIZE} bytes")
    _check_segment_size(segment_size)
    _check_key_version(key_version)
    recipient_public = bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    except ValueError:
        # a low-order point gives an all-zero secret: refuse to encrypt to nobody
        raise ValueError("recipient public key is not a usable X25519 key") from None
    wrap_key = _x25519_wrap_key(shared, ephemeral_public, recipient_public)
    data_key = os.urandom(aead.KEY_SIZE)
    stanza = ephemeral_public + aead.seal(wrap_key, _ZERO_NONCE, data_key, _INFO_X25519)
    return _encrypt_stream(
        src,
        dst,
        data_key=data_key,
        aad=aad,
        stanza_type=STANZA_X25519,
        key_id=_recipient_key_id(recipient_public),
        key_version=key_version,
        stanza=stanza,
        segment_size=segment_size,
    )


def identity_public(identity_private: bytes) -> bytes:
    """The 32-byte X25519 public key (recipient) of a 32-byte identity."""
    if len(identity_private) != X25519_KEY_SIZE:
        raise ValueError(f"X25519 identity must be {X25519_KEY_SIZE} bytes")
    return (
        X25519PrivateKey.from_private_bytes(bytes(identity_private))
        .public_key()
        .public_bytes_raw()
    )


def unwrap_recipient(header: Header, identity_private: bytes) -> bytes:
    """Recover the data key of a recipient-encrypted file.

    KeyAccessError if the file is not for this identity; IntegrityError if the
    key stanza itself was altered. The header tag is checked afterwards, by
    decryption, with the returned key.
    """
    if header.stanza_type != STANZA_X25519:
        raise KeyAccessError("container is not encrypted to an X25519 recipient")
    if len(identity_private) != X25519_KEY_SIZE:
        raise ValueError(f"X25519 identity must be {X25519_KEY_SIZE} bytes")
    identity = X25519PrivateKey.from_private_bytes(bytes(identity_private))
    public = identity.public_key().public_bytes_raw()
    if not hmac.compare_digest(_recipient_key_id(public), header.key_id):
        raise KeyAccessError(
            "this identity is not the container's recipient (key id mismatch)"
        )
    ephemeral_public = header.stanza[:X25519_KEY_SIZE]
    try:
        shared = identity.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        raise IntegrityError("recipient key stanza is malformed") from None
    wrap_key = _x25519_wrap_key(shared, ephemeral_public, public)
    try:
        return aead.open_(
            wrap_key, _ZERO_NONCE, header.stanza[X25519_KEY_SIZE:], _INFO_X25519
        )
    except IntegrityError:
        raise IntegrityError("recipient key stanza authentication failed") from None


# --- decryption ------------------------------------------------------------


def _segment_error(index: int) -> IntegrityError:
    return IntegrityError(
        f"segment {index} failed authentication "
        "(modified, truncated, reordered or spliced)"
    )


def iter_decrypt(
    src: BinaryIO, *, data_key: bytes, aad: bytes, header: Header | None = None
) -> Iterator[bytes]:
    """Yield authenticated plaintext segments in order, in flat memory.

    Pass `header` when it was already read from src (src then sits at the first
    segment). Raises IntegrityError on any tampering, truncation, reordering or
    trailing data; segments yielded before the error were authentic but the
    file as a whole is not, so the caller must discard everything it produced.
    """
    if header is None:
        header = read_header(src)
    verify_header(header, data_key=data_key, aad=aad)
    cipher = _payload_cipher(bytes(data_key), header.salt, aad)
    full = header.segment_size + aead.TAG_SIZE
    counter = 0
    chunk = _read_exact(src, full)
    while True:
        if len(chunk) < full:
            last, ahead = True, b""  # a short read only happens at end of file
        else:
            ahead = _read_exact(src, full)
            last = not ahead
        if len(chunk) < aead.TAG_SIZE:
            raise IntegrityError(
                "missing final segment"
                if not chunk
                else f"segment {counter} is truncated"
            )
        if last and counter and len(chunk) == aead.TAG_SIZE:
            # an empty final segment is only written for an empty plaintext
            raise IntegrityError(f"segment {counter} is an empty final segment")
        try:
            plaintext = cipher.decrypt(
                _segment_nonce(header.nonce_prefix, counter, last), chunk, b""
            )
        except IntegrityError:
            raise _segment_error(counter) from None
        yield plaintext
        if last:
            return
        counter += 1
        if counter >= _MAX_SEGMENTS:
            raise IntegrityError("container has more segments than its counter allows")
        chunk = ahead


def _body_layout(body_len: int, segment_size: int) -> tuple[int, int]:
    """(segment count, plaintext size) implied by the body length, or IntegrityError."""
    full = segment_size + aead.TAG_SIZE
    n_full, rem = divmod(body_len, full)
    if rem == 0:
        if n_full == 0:
            raise IntegrityError("missing final segment")
        return n_full, n_full * segment_size
    if rem < aead.TAG_SIZE:
        raise IntegrityError(f"segment {n_full} is truncated")
    if n_full and rem == aead.TAG_SIZE:
        raise IntegrityError(f"segment {n_full} is an empty final segment")
    count = n_full + 1
    if count > _MAX_SEGMENTS:
        raise IntegrityError("container has more segments than its counter allows")
    return count, n_full * segment_size + rem - aead.TAG_SIZE


def decrypt(src: BinaryIO, *, data_key: bytes, aad: bytes) -> bytearray:
    """Decrypt a container into memory; returns only if every byte authenticates.

    The plaintext buffer is sized from the file size up front, so peak memory
    is the plaintext plus one ciphertext segment. On failure the partial
    plaintext is wiped before IntegrityError propagates.
    """
    header = read_header(src)
    verify_header(header, data_key=data_key, aad=aad)
    seekable = getattr(src, "seekable", None)
    if seekable is None or not seekable():
        return _decrypt_unseekable(src, header, data_key, aad)
    body_start = src.tell()
    body_len = src.seek(0, io.SEEK_END) - body_start
    src.seek(body_start)
    seg = header.segment_size
    count, size = _body_layout(body_len, seg)
    cipher = _payload_cipher(bytes(data_key), header.salt, aad)
    plaintext = bytearray(size)
    ciphertext = bytearray(seg + aead.TAG_SIZE)
    with memoryview(plaintext) as out, memoryview(ciphertext) as ct:
        try:
            for index in range(count):
                start = index * seg
                end = min(start + seg, size)
                want = end - start + aead.TAG_SIZE
                if _fill(src, ct[:want]) != want:
                    # the file shrank while we read it
                    raise IntegrityError(f"segment {index} is truncated")
                last = index == count - 1
                nonce = _segment_nonce(header.nonce_prefix, index, last)
                try:
                    cipher.decrypt_into(nonce, ct[:want], b"", out[start:end])
                except IntegrityError:
                    raise _segment_error(index) from None
            if src.read(1):
                # the file grew while we read it
                raise IntegrityError("trailing bytes after the final segment")
        except BaseException:
            _wipe(plaintext)
            raise
    return plaintext


def _decrypt_unseekable(
    src: BinaryIO, header: Header, data_key: bytes, aad: bytes
) -> bytearray:
    # a pipe has no size to preallocate from: grow the buffer instead
    plaintext = bytearray()
    try:
        for segment in iter_decrypt(src, data_key=data_key, aad=aad, header=header):
            plaintext += segment
    except BaseException:
        _wipe(plaintext)
        raise
    return plaintext


# --- atomic files ----------------------------------------------------------


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encrypt_file_atomic(path: Path, write: Callable[[BinaryIO], T]) -> T:
    """Create `path` all-or-nothing: `write` fills a private temp file renamed over it.

    The temp file is `.<name>.partial-<random>` beside `path`, created 0600 with
    O_EXCL before any byte is written. On any exception it is unlinked and the
    exception re-raised, so a crash never leaves a partial container and an
    existing `path` is left untouched.
    """
    path = Path(path)
    directory = path.parent
    temp = directory / f".{path.name}{PARTIAL_MARKER}{secrets.token_hex(8)}"
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
        _fsync_dir(directory)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return result


def remove_stale_partials(
    directory: Path, *, older_than_s: float | None = None
) -> list[Path]:
    """Delete temp files a crash (e.g. power loss) left in `directory`; returns them.

    With `older_than_s`, files modified more recently are kept, so a writer
    still in progress in another process is not disturbed.
    """
    now = time.time()
    removed: list[Path] = []
    for candidate in Path(directory).glob(f".*{PARTIAL_MARKER}*"):
        try:
            if (
                older_than_s is not None
                and now - candidate.stat().st_mtime < older_than_s
            ):
                continue
            if not candidate.is_file():
                continue
            candidate.unlink()
        except FileNotFoundError:
            continue  # another process cleaned it up first
        removed.append(candidate)
    return removed


# --- recipients ------------------------------------------------------------


def _recipient_checksum(payload: bytes) -> bytes:
    return hashlib.sha256(payload).digest()[:_RECIPIENT_CHECKSUM_SIZE]


def format_recipient(public: bytes, version: int) -> str:
    """Recipient as text: "scribe1" + base32(version u32 ‖ public key ‖ checksum)."""
    if len(public) != X25519_KEY_SIZE:
        raise ValueError(
            f"recipient public key must be {X25519_KEY_SIZE} bytes, got {len(public)}"
        )
    _check_key_version(version)
    payload = version.to_bytes(4, "big") + bytes(public)
    encoded = base64.b32encode(payload + _recipient_checksum(payload)).decode("ascii")
    return RECIPIENT_PREFIX + encoded.lower()


def parse_recipient(s: str) -> tuple[bytes, int]:
    """Parse `format_recipient` text into (public key, key version).

    Raises ValueError naming the problem (prefix, length, alphabet, checksum).
    """
    text = s.strip()
    if not text.lower().startswith(RECIPIENT_PREFIX):
        raise ValueError(f"recipient must start with {RECIPIENT_PREFIX!r}")
    body = text[len(RECIPIENT_PREFIX) :]
    if len(body) != _RECIPIENT_BODY_CHARS:
        raise ValueError(
            f"recipient must be {_RECIPIENT_CHARS} characters, "
            f"got {len(text)}: was it cut or pasted twice?"
        )
    try:
        raw = base64.b32decode(body.upper())
    except (binascii.Error, ValueError):
        raise ValueError(
            "recipient has characters outside base32 (a-z, 2-7): "
            "check for typos such as 0/o or 1/l"
        ) from None
    payload, checksum = raw[:-_RECIPIENT_CHECKSUM_SIZE], raw[-_RECIPIENT_CHECKSUM_SIZE:]
    if not hmac.compare_digest(_recipient_checksum(payload), checksum):
        raise ValueError(
            "recipient checksum does not match: it was mistyped or altered"
        )
    return payload[4:], int.from_bytes(payload[:4], "big")
