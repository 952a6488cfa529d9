"""Resource limits: compressed audio that decodes to hours, and telemetry files nobody asked for."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import av  # noqa: F401 - imported up front so its import is not counted as decoding memory
import pytest

from scribe.audio import SAMPLE_RATE, decode
from scribe.config import Settings
from scribe.errors import AudioError
from scribe.pipeline import SessionWork, stage_decode

SOX = shutil.which("sox")
needs_sox = pytest.mark.skipif(SOX is None, reason="sox is installed by `make sysdeps`")

LONG_SECONDS = 600  # ~30 KB of FLAC silence; decodes to 38 MB of float32
LIMIT = 5.0


@pytest.fixture(scope="module")
def long_flac(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("limits") / "long.flac"
    subprocess.run([str(SOX), "-n", "-r", str(SAMPLE_RATE), "-c", "1", str(path), "trim", "0", str(LONG_SECONDS)], check=True)
    data = path.read_bytes()
    assert len(data) < 100_000  # the point: a tiny file that expands enormously
    return data


def with_total_samples(flac: bytes, total: int) -> bytes:
    """Rewrite STREAMINFO's 36-bit total-sample count (0 means "unknown" in FLAC)."""
    assert flac[:4] == b"fLaC" and flac[4] & 0x7F == 0  # first metadata block is STREAMINFO
    field = slice(8 + 10, 8 + 18)  # sample rate (20 bits), channels, bits per sample, total samples (36 bits)
    packed = int.from_bytes(flac[field], "big")
    packed = (packed & ~((1 << 36) - 1)) | total
    out = bytearray(flac)
    out[field] = packed.to_bytes(8, "big")
    return bytes(out)


def peak_bytes_while(fn: object) -> tuple[BaseException | None, int]:
    """Run ``fn`` under tracemalloc (numpy reports its buffers to it); return its exception and the peak."""
    tracemalloc.start()
    try:
        fn()  # type: ignore[operator]
    except BaseException as exc:  # noqa: BLE001 - handed back to the test
        return exc, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return None, 0


@needs_sox
def test_header_over_the_limit_is_refused_before_decoding(long_flac: bytes) -> None:
    exc, peak = peak_bytes_while(lambda: decode(long_flac, max_seconds=LIMIT))
    assert isinstance(exc, AudioError)
    assert str(exc).startswith("the audio is too long (10.0 min, limit 5 s)") and "SCRIBE_MAX_AUDIO_SECONDS" in str(exc)
    assert peak < 1_000_000, peak  # nothing decoded: the full recording would be 38 MB


@needs_sox
@pytest.mark.parametrize("claimed", [0, 2 * SAMPLE_RATE], ids=["no-duration", "claims-2s"])
def test_decoding_stops_at_the_limit_when_the_header_lies(long_flac: bytes, claimed: int) -> None:
    lying = with_total_samples(long_flac, claimed)
    exc, peak = peak_bytes_while(lambda: decode(lying, max_seconds=LIMIT))
    assert isinstance(exc, AudioError) and "too long (over the 5 s limit)" in str(exc)
    # Bounded by the limit (5 s = 320 KB of float32), not by the 38 MB the file expands to.
    assert peak < 1_000_000, peak


@needs_sox
def test_the_memory_measure_sees_a_full_decode(long_flac: bytes) -> None:
    """Control for the bound above: decoding the whole lying file under a high limit costs its 38 MB."""
    lying = with_total_samples(long_flac, 0)
    exc, peak = peak_bytes_while(lambda: decode(lying, max_seconds=2 * LONG_SECONDS))
    assert isinstance(exc, AudioError) and "silent" in str(exc)  # decoded to the end, then judged
    assert peak > LONG_SECONDS * SAMPLE_RATE * 4


@needs_sox
def test_stage_decode_applies_scribe_max_audio_seconds(long_flac: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRIBE_MAX_AUDIO_SECONDS", str(LIMIT))
    work = SessionWork(session_id="s1", audio=bytearray(with_total_samples(long_flac, 0)))
    with pytest.raises(AudioError, match="too long"):
        stage_decode(work, Settings())
    assert work.audio is None and work.decoded is None


_VAD_RUN = """
import sys
import numpy as np
if sys.argv[1] == "harden":
    from scribe.config import harden_environment
    harden_environment()
if sys.argv[1] in ("harden", "library"):
    from scribe.transcribe import slice_bounds
    slice_bounds(np.zeros(3 * 16000, dtype=np.float32), max_seconds=1.0)  # runs Silero VAD
else:
    from faster_whisper.vad import VadOptions, get_speech_timestamps
    get_speech_timestamps(np.zeros(3 * 16000, dtype=np.float32), VadOptions())
"""


# What keeps onnxruntime from writing its record, besides our own switch: it stays quiet on a
# CI runner (CI=true and the vendors' variables) and while running its own unit tests. All
# are cleared so that the checks below see what a practice's box would do.
_TELEMETRY_SWITCHES = frozenset({
    "ORT_DISABLE_TELEMETRY", "XDG_CACHE_HOME", "ORT_RUNNING_UNIT_TESTS", "CI", "TF_BUILD",
    "GITHUB_ACTIONS", "GITLAB_CI", "CIRCLECI", "TRAVIS", "JENKINS_URL", "CODEBUILD_BUILD_ID",
    "BUILDKITE", "TEAMCITY_VERSION", "APPVEYOR", "BITBUCKET_BUILD_NUMBER",
})


def _run_vad(tmp_path: Path, how: str) -> list[Path]:
    home = tmp_path / how / "home"
    home.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k not in _TELEMETRY_SWITCHES}
    env.update(HOME=str(home), SCRIBE_HOME=str(tmp_path / how / "scribe-home"))
    subprocess.run([sys.executable, "-c", _VAD_RUN, how], env=env, check=True, timeout=300)
    return sorted(home.rglob("*"))


@pytest.mark.parametrize("how", ["harden", "library"])
def test_vad_writes_nothing_under_home(tmp_path: Path, how: str) -> None:
    assert _run_vad(tmp_path, how) == []


def test_vad_without_the_switch_does_write_telemetry(tmp_path: Path) -> None:
    """Control: the check above would see onnxruntime's record if the switch were missing."""
    written = _run_vad(tmp_path, "bare")
    assert any(p.name == "onnxruntime.db" for p in written), written
