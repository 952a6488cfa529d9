"""The streaming audio container: round trips and, above all, named failure cases."""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import random
import stat
import threading
import tracemalloc
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from scribe.errors import IntegrityError, KeyAccessError
from scribe.vault import aead
from scribe.vault import container as c

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

SEG = 4096  # the smallest allowed segment keeps tests fast
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
KEY_ID = uuid.UUID("12345678-1234-5678-1234-567812345678").bytes
AAD = b"session:s-0001|domain:audio"
CANARY = b"the purple elephant sings at midnight "
FULL = SEG + aead.TAG_SIZE


def plaintext(size: int, seed: int = 0) -> bytes:
    if size <= len(CANARY):
        return CANARY[:size]
    return CANARY + random.Random(seed).randbytes(size - len(CANARY))


def seal(
    data: bytes, *, key: bytes = KEY, aad: bytes = AAD, segment_size: int = SEG
) -> bytes:
    dst = io.BytesIO()
    n = c.encrypt(
        io.BytesIO(data),
        dst,
        data_key=key,
        aad=aad,
        key_id=KEY_ID,
        key_version=7,
        segment_size=segment_size,
    )
    assert n == len(data)
    return dst.getvalue()


def unseal(blob: bytes, *, key: bytes = KEY, aad: bytes = AAD) -> bytes:
    return bytes(c.decrypt(io.BytesIO(blob), data_key=key, aad=aad))


def split(blob: bytes) -> tuple[bytes, list[bytes]]:
    """Header bytes and ciphertext segments of a container with segment size SEG."""
    header = c.read_header(io.BytesIO(blob))
    body = blob[header.size :]
    return header.raw, [body[i : i + FULL] for i in range(0, len(body), FULL)]


def assert_rejected(
    blob: bytes, match: str | None = None, *, key: bytes = KEY, aad: bytes = AAD
) -> None:
    """Both decryption paths refuse, and no plaintext leaks into the message."""
    with pytest.raises(IntegrityError, match=match) as whole:
        unseal(blob, key=key, aad=aad)
    with pytest.raises(IntegrityError, match=match) as streamed:
        for _ in c.iter_decrypt(io.BytesIO(blob), data_key=key, aad=aad):
            pass
    for info in (whole, streamed):
        assert CANARY.decode() not in str(info.value)


# --- round trips -------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, SEG - 1, SEG, SEG + 1, 3 * SEG, 3 * SEG + 5])
def test_round_trip_both_decrypt_paths(size: int) -> None:
    data = plaintext(size)
    blob = seal(data)
    assert unseal(blob) == data
    assert b"".join(c.iter_decrypt(io.BytesIO(blob), data_key=KEY, aad=AAD)) == data
    assert CANARY[:16] not in blob or size == 0


@pytest.mark.parametrize(
    ("size", "segments"),
    [(0, 1), (1, 1), (SEG, 1), (SEG + 1, 2), (2 * SEG, 2), (5 * SEG, 5)],
)
def test_segment_count_has_no_empty_trailer_for_exact_multiples(
    size: int, segments: int
) -> None:
    _, parts = split(seal(plaintext(size)))
    assert len(parts) == segments
    assert sum(len(p) - aead.TAG_SIZE for p in parts) == size


@settings(max_examples=60, deadline=None)
@given(
    size=st.one_of(
        st.integers(min_value=0, max_value=6 * SEG),
        st.integers(min_value=0, max_value=6).map(lambda k: k * SEG),
        st.integers(min_value=1, max_value=6).map(lambda k: k * 5000),
    ),
    segment_size=st.sampled_from([SEG, 5000]),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_property_round_trip(size: int, segment_size: int, seed: int) -> None:
    data = random.Random(seed).randbytes(size)
    blob = seal(data, segment_size=segment_size)
    assert unseal(blob) == data
    assert b"".join(c.iter_decrypt(io.BytesIO(blob), data_key=KEY, aad=AAD)) == data


def test_header_fields_are_written_as_given() -> None:
    header = c.read_header(io.BytesIO(seal(b"abc")))
    assert header.stanza_type == c.STANZA_VAULT
    assert header.key_id == KEY_ID
    assert header.key_version == 7
    assert header.segment_size == SEG
    assert header.stanza == b""
    assert header.raw.startswith(c.MAGIC) and header.size == 59 + 32


def test_fresh_salt_and_nonce_prefix_per_file() -> None:
    a, b = (c.read_header(io.BytesIO(seal(b"same"))) for _ in range(2))
    assert a.salt != b.salt and a.nonce_prefix != b.nonce_prefix


def binary(raw: io.RawIOBase) -> BinaryIO:
    """Typing bridge: the container takes any binary stream with read/readinto."""
    return cast(BinaryIO, raw)


class ShortReads(io.RawIOBase):
    """A pipe-like source: at most `step` bytes per read, not seekable."""

    def __init__(self, data: bytes, step: int = 1000) -> None:
        self._src, self._step = io.BytesIO(data), step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        chunk = self._src.read(min(len(view), self._step))
        view[: len(chunk)] = chunk
        return len(chunk)


def test_short_reads_and_unseekable_sources() -> None:
    data = plaintext(3 * SEG + 17)
    dst = io.BytesIO()
    c.encrypt(
        binary(ShortReads(data)),
        dst,
        data_key=KEY,
        aad=AAD,
        key_id=KEY_ID,
        key_version=1,
        segment_size=SEG,
    )
    blob = dst.getvalue()
    # segmentation does not depend on how the source chunks its reads
    assert [len(p) for p in split(blob)[1]] == [FULL, FULL, FULL, 17 + aead.TAG_SIZE]
    pipe = binary(ShortReads(blob, 333))
    assert bytes(c.decrypt(pipe, data_key=KEY, aad=AAD)) == data


# --- FORMAT.md, re-implemented independently ------------------------------------


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


@pytest.mark.parametrize("size", [0, 5, SEG, 2 * SEG + 5])
def test_bytes_on_disk_match_format_md(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    salt, prefix = bytes(range(100, 116)), bytes(range(200, 207))
    randoms = iter([salt, prefix])
    monkeypatch.setattr(os, "urandom", lambda n: next(randoms))  # salt, then prefix
    data = plaintext(size)
    blob = seal(data)

    fixed = (
        b"SCRBAUD1"
        + bytes([1, 1])
        + KEY_ID
        + (7).to_bytes(4, "big")
        + SEG.to_bytes(4, "big")
        + salt
        + prefix
        + (0).to_bytes(2, "big")
    )
    mac_key = hkdf(KEY, salt, b"scribe/v1/header" + AAD)
    expected = fixed + hmac.new(mac_key, fixed, hashlib.sha256).digest()
    file_key = hkdf(KEY, salt, b"scribe/v1/payload" + AAD)
    chunks = [data[i : i + SEG] for i in range(0, len(data), SEG)] or [b""]
    for i, chunk in enumerate(chunks):
        last = b"\x01" if i == len(chunks) - 1 else b"\x00"
        nonce = prefix + i.to_bytes(4, "big") + last
        expected += aead.seal(file_key, nonce, chunk, b"")
    assert len(fixed) == 59 and blob == expected


def test_x25519_stanza_matches_format_md() -> None:
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    blob = to_recipient(b"audio", public)
    header = c.read_header(io.BytesIO(blob))
    assert blob[57:59] == (80).to_bytes(2, "big") and header.size == 59 + 80 + 32
    ephemeral = header.stanza[:32]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    wrap_key = hkdf(shared, ephemeral + public, b"scribe/v1/x25519")
    data_key = aead.open_(wrap_key, bytes(12), header.stanza[32:], b"scribe/v1/x25519")
    assert data_key == c.unwrap_recipient(header, private.private_bytes_raw())
    assert unseal(blob, key=data_key, aad=b"") == b"audio"


# --- named failure cases ------------------------------------------------------

# (offset into the header, field) for one bit flipped in each header field
HEADER_FIELDS = [
    (0, "magic"),
    (8, "version"),
    (9, "stanza type"),
    (10, "key id"),
    (26, "key version"),
    (32, "segment size"),
    (34, "salt"),
    (50, "nonce prefix"),
    (57, "stanza length"),
    (59, "header tag"),
    (90, "header tag"),
]


@pytest.mark.parametrize(
    ("offset", "field"), HEADER_FIELDS, ids=[f for _, f in HEADER_FIELDS]
)
def test_flipped_bit_in_header(offset: int, field: str) -> None:
    blob = bytearray(seal(plaintext(2 * SEG + 3)))
    blob[offset] ^= 0x01
    assert_rejected(bytes(blob))


@pytest.mark.parametrize("offset", [10, 26, 34, 50, 59])
def test_flipped_bit_in_authenticated_header_field_reports_header_authentication(
    offset: int,
) -> None:
    blob = bytearray(seal(plaintext(100)))
    blob[offset] ^= 0x80
    assert_rejected(bytes(blob), "header authentication failed")


@pytest.mark.parametrize("k", [0, 1, 2, 3])
@pytest.mark.parametrize("where", ["first byte", "last ciphertext byte", "tag"])
def test_flipped_bit_in_segment_k(k: int, where: str) -> None:
    header, parts = split(seal(plaintext(3 * SEG + 100)))
    seg = bytearray(parts[k])
    index = {
        "first byte": 0,
        "last ciphertext byte": len(seg) - aead.TAG_SIZE - 1,
        "tag": -1,
    }
    seg[index[where]] ^= 0x04
    parts[k] = bytes(seg)
    blob = header + b"".join(parts)
    assert_rejected(blob, f"segment {k} ")
    # streaming releases the k authentic segments before it stops, never segment k
    stream = c.iter_decrypt(io.BytesIO(blob), data_key=KEY, aad=AAD)
    released = [next(stream) for _ in range(k)]
    assert len(released) == k
    with pytest.raises(IntegrityError):
        next(stream)


@pytest.mark.parametrize(
    "size", [3 * SEG + 100, 3 * SEG], ids=["short final", "full final"]
)
def test_dropped_final_segment(size: int) -> None:
    header, parts = split(seal(plaintext(size)))
    assert_rejected(header + b"".join(parts[:-1]))


def test_header_without_any_segment() -> None:
    header, _ = split(seal(b""))
    assert_rejected(header, "missing final segment")


@pytest.mark.parametrize(
    "extra", [b"\x00", bytes(16), bytes(FULL)], ids=["1 byte", "16", "segment"]
)
@pytest.mark.parametrize(
    "size", [2 * SEG + 9, 2 * SEG, 0], ids=["short final", "full final", "empty"]
)
def test_trailing_bytes(size: int, extra: bytes) -> None:
    assert_rejected(seal(plaintext(size)) + extra)


def test_trailing_copy_of_final_segment() -> None:
    header, parts = split(seal(plaintext(2 * SEG + 9)))
    assert_rejected(header + b"".join(parts) + parts[-1])


@pytest.mark.parametrize(("i", "j"), [(0, 1), (1, 2), (0, 3)])
def test_swapped_segments(i: int, j: int) -> None:
    header, parts = split(seal(plaintext(4 * SEG)))
    parts[i], parts[j] = parts[j], parts[i]
    assert_rejected(header + b"".join(parts))


def test_segment_spliced_from_another_file_with_same_key_and_session() -> None:
    data = plaintext(3 * SEG + 5)
    header_a, parts_a = split(seal(data))
    _, parts_b = split(seal(data))  # same key, same aad: only the salt differs
    parts_a[1] = parts_b[1]
    assert_rejected(header_a + b"".join(parts_a), "segment 1 ")


def test_header_spliced_from_another_file_with_same_key_and_session() -> None:
    data = plaintext(2 * SEG)
    _, parts_a = split(seal(data))
    header_b, _ = split(seal(data))
    assert_rejected(header_b + b"".join(parts_a), "segment 0 ")


def test_wrong_session_id_fails_header_authentication() -> None:
    blob = seal(plaintext(SEG + 1), aad=b"session:s-0001|domain:audio")
    assert_rejected(
        blob, "header authentication failed", aad=b"session:s-0002|domain:audio"
    )
    assert_rejected(blob, "header authentication failed", aad=b"")


def test_wrong_key_fails_header_authentication() -> None:
    assert_rejected(
        seal(plaintext(SEG + 1)), "header authentication failed", key=OTHER_KEY
    )


@pytest.mark.parametrize("cut", [1, 16, FULL, FULL + 15, FULL + 17])
def test_iter_decrypt_raises_on_truncation(cut: int) -> None:
    blob = seal(plaintext(3 * SEG + 50))
    truncated = blob[:-cut]
    stream = c.iter_decrypt(io.BytesIO(truncated), data_key=KEY, aad=AAD)
    with pytest.raises(IntegrityError):
        for _ in stream:
            pass
    with pytest.raises(IntegrityError):
        unseal(truncated)


@pytest.mark.parametrize("cut", [1, 8, 30, 58, 59, 90])
def test_truncated_header(cut: int) -> None:
    with pytest.raises(IntegrityError, match="header"):
        c.read_header(io.BytesIO(seal(b"x")[:cut]))


def test_not_a_container() -> None:
    with pytest.raises(IntegrityError, match="bad magic"):
        c.read_header(io.BytesIO(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(100)))


def test_non_canonical_empty_final_segment_is_rejected() -> None:
    # build, with the real key, a file ending in an empty final segment after a full one
    data = plaintext(SEG)
    header_raw, _ = split(seal(data))
    header = c.read_header(io.BytesIO(header_raw))
    cipher = c._payload_cipher(KEY, header.salt, AAD)
    seg0 = cipher.encrypt(c._segment_nonce(header.nonce_prefix, 0, False), data, b"")
    seg1 = cipher.encrypt(c._segment_nonce(header.nonce_prefix, 1, True), b"", b"")
    assert_rejected(header_raw + seg0 + seg1, "empty final segment")


def test_segment_size_out_of_range() -> None:
    for bad in (0, SEG - 1, 4 * 1024 * 1024 + 1):
        with pytest.raises(ValueError, match="segment_size"):
            seal(b"x", segment_size=bad)
    blob = bytearray(seal(b"x"))
    blob[30:34] = (1000).to_bytes(4, "big")  # forged on disk
    with pytest.raises(IntegrityError, match="segment size"):
        c.read_header(io.BytesIO(bytes(blob)))


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError, match="data key"):
        c.encrypt(
            io.BytesIO(b""),
            io.BytesIO(),
            data_key=b"short",
            aad=AAD,
            key_id=KEY_ID,
            key_version=1,
        )
    with pytest.raises(ValueError, match="key_id"):
        c.encrypt(
            io.BytesIO(b""),
            io.BytesIO(),
            data_key=KEY,
            aad=AAD,
            key_id=b"x",
            key_version=1,
        )
    with pytest.raises(ValueError, match="key_version"):
        c.encrypt(
            io.BytesIO(b""),
            io.BytesIO(),
            data_key=KEY,
            aad=AAD,
            key_id=KEY_ID,
            key_version=-1,
        )


# --- recorder-side (X25519) ---------------------------------------------------


def identity() -> tuple[bytes, bytes]:
    private = os.urandom(32)
    return private, c.identity_public(private)


def to_recipient(data: bytes, public: bytes, aad: bytes = b"") -> bytes:
    dst = io.BytesIO()
    n = c.encrypt_to_recipient(
        io.BytesIO(data),
        dst,
        recipient_public=public,
        key_version=2,
        aad=aad,
        segment_size=SEG,
    )
    assert n == len(data)
    return dst.getvalue()


def test_x25519_recipient_round_trip_and_reencrypt_into_vault() -> None:
    private, public = identity()
    data = plaintext(2 * SEG + 33)
    blob = to_recipient(data, public)
    src = io.BytesIO(blob)
    header = c.read_header(src)
    assert header.stanza_type == c.STANZA_X25519 and header.key_version == 2
    assert header.key_id == hashlib.sha256(public).digest()[:16]
    data_key = c.unwrap_recipient(header, private)
    assert unseal(blob, key=data_key, aad=b"") == data

    # ingest: stream the authenticated segments straight into a vault container
    class Chunks(io.RawIOBase):
        def __init__(self) -> None:
            self._it, self._buf = (
                c.iter_decrypt(src, data_key=data_key, aad=b"", header=header),
                b"",
            )

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: WriteableBuffer) -> int:
            view = memoryview(buffer).cast("B")
            while not self._buf:
                nxt = next(self._it, None)
                if nxt is None:
                    return 0
                self._buf = nxt
            n = min(len(view), len(self._buf))
            view[:n], self._buf = self._buf[:n], self._buf[n:]
            return n

    vault = io.BytesIO()
    reader = binary(Chunks())
    c.encrypt(reader, vault, data_key=KEY, aad=AAD, key_id=KEY_ID, key_version=1)
    assert unseal(vault.getvalue()) == data


def test_x25519_wrong_identity_is_key_access_error() -> None:
    _, public = identity()
    other_private, _ = identity()
    header = c.read_header(io.BytesIO(to_recipient(b"audio", public)))
    with pytest.raises(KeyAccessError, match="recipient"):
        c.unwrap_recipient(header, other_private)


def test_x25519_unwrap_of_vault_container_is_key_access_error() -> None:
    private, _ = identity()
    with pytest.raises(KeyAccessError):
        c.unwrap_recipient(c.read_header(io.BytesIO(seal(b"x"))), private)


def test_x25519_tampered_stanza_is_integrity_error() -> None:
    private, public = identity()
    blob = bytearray(to_recipient(b"audio", public))
    blob[59 + 40] ^= 0x01  # inside the wrapped data key
    with pytest.raises(IntegrityError, match="stanza"):
        c.unwrap_recipient(c.read_header(io.BytesIO(bytes(blob))), private)


def test_x25519_recipient_file_is_bound_to_its_aad() -> None:
    private, public = identity()
    blob = to_recipient(b"audio", public, aad=b"recorder:r1")
    data_key = c.unwrap_recipient(c.read_header(io.BytesIO(blob)), private)
    assert unseal(blob, key=data_key, aad=b"recorder:r1") == b"audio"
    assert_rejected(
        blob, "header authentication failed", key=data_key, aad=b"recorder:r2"
    )


def test_x25519_rejects_low_order_recipient() -> None:
    with pytest.raises(ValueError, match="X25519"):
        to_recipient(b"audio", bytes(32))


def test_recipient_string_round_trip() -> None:
    _, public = identity()
    text = c.format_recipient(public, 3)
    assert text.startswith("scribe1") and text == text.lower() and "=" not in text
    assert c.parse_recipient(text) == (public, 3)
    assert c.parse_recipient(f"  {text.upper()}\n") == (public, 3)


def test_recipient_string_typos_are_clear_value_errors() -> None:
    text = c.format_recipient(identity()[1], 1)
    swapped = text[:20] + ("a" if text[20] != "a" else "b") + text[21:]
    with pytest.raises(ValueError, match="checksum"):
        c.parse_recipient(swapped)
    with pytest.raises(ValueError, match="characters"):
        c.parse_recipient(text[:-1])
    with pytest.raises(ValueError, match="base32"):
        c.parse_recipient(text[:-1] + "0")
    with pytest.raises(ValueError, match="start with"):
        c.parse_recipient("age1" + text[7:])


# --- atomic files and crashes --------------------------------------------------


class CrashingReader(io.RawIOBase):
    """Returns `limit` bytes of plaintext, then fails like a yanked USB disk."""

    def __init__(self, data: bytes, limit: int) -> None:
        self._src, self._limit = io.BytesIO(data), limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if self._src.tell() >= self._limit:
            raise OSError("device went away")
        view = memoryview(buffer).cast("B")
        chunk = self._src.read(min(len(view), self._limit - self._src.tell()))
        view[: len(chunk)] = chunk
        return len(chunk)


def encrypt_into(path: Path, src: BinaryIO) -> int:
    return c.encrypt_file_atomic(
        path,
        lambda f: c.encrypt(
            src,
            f,
            data_key=KEY,
            aad=AAD,
            key_id=KEY_ID,
            key_version=1,
            segment_size=SEG,
        ),
    )


def test_crash_mid_encrypt_leaves_no_file(tmp_path: Path) -> None:
    data = plaintext(10 * SEG)
    with pytest.raises(OSError, match="device went away"):
        encrypt_into(tmp_path / "s1.sca", binary(CrashingReader(data, 5 * SEG + 7)))
    assert list(tmp_path.iterdir()) == []


def test_crash_mid_encrypt_leaves_existing_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "s1.sca"
    original = seal(b"previous recording")
    target.write_bytes(original)
    with pytest.raises(OSError):
        encrypt_into(target, binary(CrashingReader(plaintext(10 * SEG), 3 * SEG)))
    assert [p.name for p in tmp_path.iterdir()] == ["s1.sca"]
    assert target.read_bytes() == original


def test_atomic_write_creates_0600_before_first_byte(tmp_path: Path) -> None:
    target = tmp_path / "s1.sca"
    seen: dict[str, object] = {}

    def write(f: BinaryIO) -> int:
        st_ = os.fstat(f.fileno())
        seen.update(
            mode=stat.S_IMODE(st_.st_mode), size=st_.st_size, names=os.listdir(tmp_path)
        )
        return c.encrypt(
            io.BytesIO(b"audio"), f, data_key=KEY, aad=AAD, key_id=KEY_ID, key_version=1
        )

    assert c.encrypt_file_atomic(target, write) == 5
    assert seen["mode"] == 0o600 and seen["size"] == 0
    names = seen["names"]
    assert isinstance(names, list) and len(names) == 1
    assert names[0].startswith(".s1.sca.partial-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["s1.sca"]
    assert unseal(target.read_bytes()) == b"audio"


def test_remove_stale_partials(tmp_path: Path) -> None:
    keep = tmp_path / "s1.sca"
    keep.write_bytes(b"x")
    stale = tmp_path / ".s2.sca.partial-0123456789abcdef"
    stale.write_bytes(b"half")
    assert c.remove_stale_partials(tmp_path, older_than_s=3600) == []
    assert c.remove_stale_partials(tmp_path) == [stale]
    assert [p.name for p in tmp_path.iterdir()] == ["s1.sca"]


class FailingSink(io.RawIOBase):
    """Accepts `limit` bytes, then fails like a full disk."""

    def __init__(self, limit: int) -> None:
        self.written, self._limit = 0, limit

    def writable(self) -> bool:
        return True

    def write(self, b: ReadableBuffer) -> int:
        if self.written + memoryview(b).nbytes > self._limit:
            raise OSError(28, "No space left on device")
        self.written += memoryview(b).nbytes
        return memoryview(b).nbytes


@pytest.mark.parametrize("limit", [0, 100, 3 * FULL])
def test_write_error_propagates_and_stops_the_writer_thread(limit: int) -> None:
    threads_before = threading.active_count()
    sink = FailingSink(limit)
    with pytest.raises(OSError, match="No space"):
        c.encrypt(
            io.BytesIO(plaintext(20 * SEG)),
            binary(sink),
            data_key=KEY,
            aad=AAD,
            key_id=KEY_ID,
            key_version=1,
            segment_size=SEG,
        )
    assert threading.active_count() == threads_before
    assert sink.written <= limit


def test_read_error_stops_the_writer_thread() -> None:
    threads_before = threading.active_count()
    with pytest.raises(OSError, match="device went away"):
        c.encrypt(
            binary(CrashingReader(plaintext(20 * SEG), 7 * SEG)),
            io.BytesIO(),
            data_key=KEY,
            aad=AAD,
            key_id=KEY_ID,
            key_version=1,
            segment_size=SEG,
        )
    assert threading.active_count() == threads_before


# --- memory ------------------------------------------------------------------


class NullSink(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, b: ReadableBuffer) -> int:
        return memoryview(b).nbytes


def encrypt_heap_peak(size: int, segment: int) -> int:
    """Python heap peak of encrypting `size` bytes (the input is not counted)."""
    src = io.BytesIO(random.Random(size).randbytes(size))
    tracemalloc.start()
    try:
        c.encrypt(
            src,
            binary(NullSink()),
            data_key=KEY,
            aad=AAD,
            key_id=KEY_ID,
            key_version=1,
            segment_size=segment,
        )
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_encrypt_memory_is_flat_in_file_size() -> None:
    small = encrypt_heap_peak(2 * 1024 * 1024, 64 * 1024)
    large = encrypt_heap_peak(16 * 1024 * 1024, 64 * 1024)
    # a fixed pool of ~1 MiB write buffers plus segment buffers, whatever the size
    assert large < 5 * 1024 * 1024
    assert abs(large - small) < 64 * 1024
    # the largest segments still stay far under the 64 MiB budget
    assert encrypt_heap_peak(9 * 1024 * 1024, c.MAX_SEGMENT_SIZE) < 32 * 1024 * 1024


def test_decrypt_costs_plaintext_plus_one_segment() -> None:
    size, segment = 4 * 1024 * 1024, 64 * 1024
    data = random.Random(1).randbytes(size)
    sealed = seal(data, segment_size=segment)
    tracemalloc.start()
    try:
        out = c.decrypt(io.BytesIO(sealed), data_key=KEY, aad=AAD)
        decrypt_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert bytes(out) == data
    # plaintext + one ciphertext segment, with 64 KiB slack for small objects
    assert decrypt_peak <= size + segment + aead.TAG_SIZE + 64 * 1024
