"""Turn session JSON (DESIGN.md dataset schema) into multi-speaker audio for benchmarks.

Each turn is spoken by a Debian ``flite`` voice chosen by role (clinician
``slt``, client ``rms``, other ``awb``: CAM++ separates these clearly, while
espeak-ng variants collapse into one speaker), turns are laid end to end with
short pauses; :func:`synthesize_file` writes ``<id>.wav`` (16 kHz mono PCM),
``<id>.rttm`` (reference diarization, speaker = role), ``<id>.txt`` (reference
transcript) and ``<id>.json`` (the session with audio-true turn times).
``benchmarks/synth.py`` is the command-line front end.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path
from typing import Any

import numpy as np

SAMPLE_RATE = 16000
VOICES = {"clinician": "slt", "client": "rms", "other": "awb"}


def flite_say(text: str, voice: str, workdir: Path) -> np.ndarray:
    """Speak ``text`` with a flite voice; float32 16 kHz mono, edge silence trimmed."""
    if shutil.which("flite") is None:
        raise RuntimeError("flite is not installed (apt-get install flite)")
    out = workdir / "say.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(out)], check=True)
    with wave.open(str(out), "rb") as f:
        rate = f.getframerate()
        pcm = np.frombuffer(f.readframes(f.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    if rate != SAMPLE_RATE:
        idx = np.arange(0, len(pcm), rate / SAMPLE_RATE)
        pcm = np.interp(idx, np.arange(len(pcm)), pcm).astype(np.float32)
    return trim(pcm)


def trim(x: np.ndarray, db: float = -45.0) -> np.ndarray:
    """Cut leading/trailing samples quieter than ``db`` (10 ms frames)."""
    hop = SAMPLE_RATE // 100
    n = len(x) // hop
    if n == 0:
        return x
    rms = np.sqrt(np.mean(x[: n * hop].reshape(n, hop) ** 2, axis=1) + 1e-12)
    loud = np.flatnonzero(20 * np.log10(rms) > db)
    if len(loud) == 0:
        return x
    return x[loud[0] * hop : (loud[-1] + 1) * hop]


def render(
    session: dict[str, Any],
    *,
    voices: dict[str, str] | None = None,
    pause: tuple[float, float] = (0.35, 0.8),
    lead: float = 0.5,
    seed: int = 0,
    min_seconds: float = 0.0,
) -> tuple[np.ndarray, dict[str, Any]]:
    """Synthesize a session; returns the waveform and the session with audio-true times.

    With ``min_seconds`` the turn list is repeated until the audio is that long
    (for speed benchmarks on long sessions).
    """
    voices = {**VOICES, **(voices or {})}
    rng = np.random.default_rng(seed)
    turns_in = list(session["turns"])
    if not turns_in:
        raise ValueError(f"session {session.get('id')} has no turns")
    pieces: list[np.ndarray] = [np.zeros(int(lead * SAMPLE_RATE), dtype=np.float32)]
    t = lead
    turns_out: list[dict[str, Any]] = []
    cache: dict[tuple[str, str], np.ndarray] = {}
    with tempfile.TemporaryDirectory(prefix="scribe-synth-") as tmp:
        i = 0
        while i < len(turns_in) or t < min_seconds:
            src = turns_in[i % len(turns_in)]
            i += 1
            role = src.get("speaker", "other")
            voice = voices.get(role, voices["other"])
            key = (voice, src["text"])
            if key not in cache:
                cache[key] = flite_say(src["text"], voice, Path(tmp))
            speech = cache[key]
            start = t
            pieces.append(speech)
            t += len(speech) / SAMPLE_RATE
            turns_out.append({**src, "start": round(start, 3), "end": round(t, 3)})
            gap = float(rng.uniform(*pause))
            pieces.append(np.zeros(int(gap * SAMPLE_RATE), dtype=np.float32))
            t += gap
    audio = np.concatenate(pieces)
    # a little noise floor so the recording is not digitally silent between turns
    audio = audio + rng.normal(0, 3e-4, len(audio)).astype(np.float32)
    audio *= 0.7 / max(1e-6, float(np.max(np.abs(audio))))
    out = {**session, "turns": turns_out}
    return audio.astype(np.float32), out


def rttm_lines(session: dict[str, Any], uri: str) -> list[str]:
    return [
        f"SPEAKER {uri} 1 {t['start']:.3f} {t['end'] - t['start']:.3f} <NA> <NA> {t['speaker']} <NA> <NA>"
        for t in session["turns"]
    ]


def write_wav(path: Path, audio: np.ndarray) -> None:
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(SAMPLE_RATE)
        f.writeframes(pcm.tobytes())


def synthesize_file(session_path: Path, out_dir: Path, *, min_seconds: float = 0.0, seed: int = 0) -> Path:
    """Write <id>.wav/.rttm/.txt/.json for one session JSON; returns the wav path."""
    session = json.loads(session_path.read_text())
    uri = str(session.get("id", session_path.stem))
    if min_seconds:
        uri = f"{uri}_{int(min_seconds)}s"
    audio, synced = render(session, seed=seed, min_seconds=min_seconds)
    synced["id"] = uri
    out_dir.mkdir(parents=True, exist_ok=True)
    wav = out_dir / f"{uri}.wav"
    write_wav(wav, audio)
    (out_dir / f"{uri}.rttm").write_text("\n".join(rttm_lines(synced, uri)) + "\n")
    (out_dir / f"{uri}.txt").write_text(" ".join(t["text"] for t in synced["turns"]) + "\n")
    (out_dir / f"{uri}.json").write_text(json.dumps(synced, indent=1) + "\n")
    return wav


ENROLMENT_TEXT = (
    "This is my voice sample for the practice scribe. I usually start a session by asking "
    "how the week went and what the client would like to focus on today. Then we look at "
    "what went well, what was hard, and we agree on a small step to try before we meet again. "
    "I speak at a normal pace, in the room where I see clients."
)


def write_enrolment(out_dir: Path, voice: str = VOICES["clinician"], name: str = "clinician") -> Path:
    """An enrolment clip (``enroll_<name>.wav``) in the clinician's voice, different words."""
    with tempfile.TemporaryDirectory(prefix="scribe-synth-") as tmp:
        speech = flite_say(ENROLMENT_TEXT, voice, Path(tmp))
    rng = np.random.default_rng(1)
    audio = np.concatenate([np.zeros(8000, np.float32), speech, np.zeros(8000, np.float32)])
    audio = audio + rng.normal(0, 3e-4, len(audio)).astype(np.float32)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"enroll_{name}.wav"
    write_wav(path, 0.7 * audio / max(1e-6, float(np.max(np.abs(audio)))))
    return path
