"""Known-answer vectors for the AES-256-GCM wrapper (sources: see the data file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scribe.errors import IntegrityError
from scribe.vault import aead

VECTORS = Path(__file__).parent / "data" / "aes_gcm_vectors.json"


def _load() -> list[dict[str, Any]]:
    doc = json.loads(VECTORS.read_text())
    tests = [t for group in doc["testGroups"] for t in group["tests"]]
    assert len(tests) == doc["numberOfTests"]
    return tests


CASES = _load()
VALID = [t for t in CASES if t["result"] == "valid"]
INVALID = [t for t in CASES if t["result"] == "invalid"]


def _ids(tests: list[dict[str, Any]]) -> list[str]:
    return [f"tc{t['tcId']}-{'-'.join(t['flags'])}" for t in tests]


def _bytes(t: dict[str, Any], field: str) -> bytes:
    return bytes.fromhex(t[field])


def test_vector_file_names_its_sources_and_has_both_kinds() -> None:
    header = " ".join(json.loads(VECTORS.read_text())["header"])
    assert "wycheproof" in header.lower() and "McGrew" in header
    assert all(t["origin"] for t in CASES)
    assert len(VALID) >= 4 and len(INVALID) >= 4


@pytest.mark.parametrize("t", VALID, ids=_ids(VALID))
def test_valid_vector_seals_to_expected_ciphertext_and_opens(t: dict[str, Any]) -> None:
    key, iv, aad, msg = (_bytes(t, f) for f in ("key", "iv", "aad", "msg"))
    expected = _bytes(t, "ct") + _bytes(t, "tag")
    assert aead.seal(key, iv, msg, aad) == expected
    assert aead.open_(key, iv, expected, aad) == msg


@pytest.mark.parametrize("t", INVALID, ids=_ids(INVALID))
def test_invalid_vector_is_rejected_as_integrity_error(t: dict[str, Any]) -> None:
    key, iv, aad, msg = (_bytes(t, f) for f in ("key", "iv", "aad", "msg"))
    sealed = _bytes(t, "ct") + _bytes(t, "tag")
    with pytest.raises(IntegrityError) as info:
        aead.open_(key, iv, sealed, aad)
    # the message must never echo plaintext
    assert msg.hex() not in str(info.value) and "authentication" in str(info.value)


def test_ciphertext_shorter_than_tag_is_integrity_error() -> None:
    with pytest.raises(IntegrityError):
        aead.open_(bytes(32), bytes(12), b"\x00" * 15, b"")


@pytest.mark.parametrize("size", [0, 16, 24, 31, 33])
def test_wrong_key_length_is_value_error(size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        aead.seal(bytes(size), bytes(12), b"x", b"")
    with pytest.raises(ValueError, match="32 bytes"):
        aead.open_(bytes(size), bytes(12), bytes(17), b"")


@pytest.mark.parametrize("size", [0, 8, 11, 13, 16])
def test_wrong_nonce_length_is_value_error(size: int) -> None:
    with pytest.raises(ValueError, match="12 bytes"):
        aead.seal(bytes(32), bytes(size), b"x", b"")
    with pytest.raises(ValueError, match="12 bytes"):
        aead.open_(bytes(32), bytes(size), bytes(17), b"")
