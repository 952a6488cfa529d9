from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from scribe.errors import ConfigError, IntegrityError, KeyAccessError
from scribe.vault import keys as keymod
from scribe.vault.keys import FileKeyProvider


def test_key_file_is_0600_before_any_byte_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    modes: list[int] = []
    real_fdopen = os.fdopen

    def spy(fd: int, *args, **kwargs):  # type: ignore[no-untyped-def]
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        assert os.fstat(fd).st_size == 0
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(keymod.os, "fdopen", spy)
    path = tmp_path / "k" / "practice.key"
    FileKeyProvider.init(path)
    assert modes == [0o600]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in path.parent.iterdir() if "partial" in p.name]


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "practice.key"
    FileKeyProvider.init(path)
    before = path.read_bytes()
    with pytest.raises(ConfigError):
        FileKeyProvider.init(path)
    assert path.read_bytes() == before


def test_wrap_unwrap_is_bound_to_domain_and_aad(tmp_path: Path) -> None:
    p = FileKeyProvider.init(tmp_path / "k")
    version, wrapped = p.wrap("record", b"k" * 32, b"id-1")
    assert p.unwrap("record", version, wrapped, b"id-1") == b"k" * 32
    with pytest.raises(IntegrityError):
        p.unwrap("record", version, wrapped, b"id-2")
    with pytest.raises(IntegrityError):
        p.unwrap("private", version, wrapped, b"id-1")


def test_passphrase_sealed_key_file(tmp_path: Path) -> None:
    path = tmp_path / "k"
    p = FileKeyProvider.init(path, "correct horse")
    assert b"audit_key" not in path.read_bytes()
    version, wrapped = p.wrap("private", b"x" * 32, b"a")
    assert FileKeyProvider(path, "correct horse").unwrap("private", version, wrapped, b"a") == b"x" * 32
    with pytest.raises(KeyAccessError, match="wrong passphrase"):
        FileKeyProvider(path, "wrong").active_version()
    with pytest.raises(KeyAccessError, match="SCRIBE_KEY_PASSPHRASE"):
        FileKeyProvider(path).active_version()


def test_missing_key_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KeyAccessError, match="scribe keys init"):
        FileKeyProvider(tmp_path / "none").active_version()


def test_rotation_matrix_old_new_retired(tmp_path: Path) -> None:
    path = tmp_path / "k"
    p = FileKeyProvider.init(path)
    v1, w1 = p.wrap("record", b"1" * 32, b"a")
    assert p.rotate() == 2
    v2, w2 = p.wrap("record", b"2" * 32, b"a")
    assert (v1, v2) == (1, 2)
    reloaded = FileKeyProvider(path)
    # new key wraps under v2; the previous version still opens what it wrapped
    assert reloaded.unwrap("record", 1, w1, b"a") == b"1" * 32
    assert reloaded.unwrap("record", 2, w2, b"a") == b"2" * 32
    with pytest.raises(KeyAccessError, match="cannot be retired"):
        reloaded.retire(2)
    reloaded.retire(1)
    again = FileKeyProvider(path)
    with pytest.raises(KeyAccessError, match="retired"):
        again.unwrap("record", 1, w1, b"a")
    with pytest.raises(KeyAccessError, match="retired"):
        again.identity(1)
    assert again.unwrap("record", 2, w2, b"a") == b"2" * 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
