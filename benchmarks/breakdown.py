"""Stage-by-stage time of the speech pipeline on one or more recordings.

For each audio file (or every recording in a dataset folder), in one process:
decode, scribe's transcription stage, bare faster-whisper on the same audio
and decoding settings (the 1.1x reference), diarization split into its steps
(segmentation, speaker counting, embeddings, clustering + reconstruction,
rest), word attribution, DER at collar 0 and 0.25 s when a reference sits
next to the audio; ``--per-window`` also times the pre-pooling embeddings
(CAM++ on every window) on the same segmentation. Prints one Markdown table per file plus the totals and
writes ``<out>/breakdown.json`` and ``<out>/breakdown.md``.

    python benchmarks/synth.py benchmarks/data/sessions/s02.json --min-seconds 600 --out benchmarks/out/long
    python benchmarks/breakdown.py benchmarks/out/long/s02_600s.wav \\
        .venv/lib/python3.11/site-packages/pyannote/audio/sample --per-window --out benchmarks/out/breakdown

Models are loaded (and warmed up on a few seconds of audio) before timing.
Wall-clock figures on a shared box are noisy; compare stages within one run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from scribe.bench.speech import (  # noqa: E402
    AUDIO_SUFFIXES,
    _asr_model,
    dataset_files,
    peak_rss_mb,
    reference_segments,
)

# Diarization steps as pyannote's hook reports their end, in order.
DIARIZATION_STEPS = ("segmentation", "speaker_counting", "embeddings", "discrete_diarization")
STEP_NAMES = {
    "segmentation": "diarize: segmentation",
    "speaker_counting": "diarize: speaker counting",
    "embeddings": "diarize: embeddings",
    "discrete_diarization": "diarize: clustering + reconstruction",
    "rest": "diarize: rest (exclusive timeline, labels)",
}


# rows measured for comparison, outside the end-to-end sum
REFERENCE_STAGES = ("(reference)", "(before)")


class StepClock:
    """A pyannote hook that records wall and CPU time at the end of each step."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float, float]] = [("start", time.perf_counter(), time.process_time())]

    def __call__(self, step: str, artifact: Any, **kwargs: Any) -> None:
        # progress calls carry completed/total; the final call of a step carries the artifact
        if "completed" in kwargs or step not in DIARIZATION_STEPS:
            return
        if not any(name == step for name, _, _ in self.marks):
            self.marks.append((step, time.perf_counter(), time.process_time()))

    def finish(self) -> dict[str, tuple[float, float]]:
        self.marks.append(("rest", time.perf_counter(), time.process_time()))
        return {name: (t - self.marks[i][1], c - self.marks[i][2]) for i, (name, t, c) in enumerate(self.marks[1:])}


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float, float]:
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t, time.process_time() - c


def audio_files(paths: list[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from dataset_files(p)
        elif p.suffix.lower() in AUDIO_SUFFIXES:
            yield p
        else:
            raise SystemExit(f"not an audio file or dataset folder: {p}")


def bare_options(opts: Any) -> dict[str, Any]:
    """faster-whisper's own defaults plus scribe's model-facing settings (language, beam, word times)."""
    return dict(language=opts.language, beam_size=opts.beam_size, word_timestamps=opts.word_timestamps)


def breakdown_file(path: Path, model: Any, *, bare: bool, asr: bool, per_window: bool = False) -> dict[str, Any]:
    from scribe import diarize as dz
    from scribe.attribute import assign_roles, assign_speakers, build_turns
    from scribe.audio import decode
    from scribe.bench.der import der_report
    from scribe.transcribe import CLINICAL_TERMS, TranscribeOptions, transcribe

    stages: dict[str, dict[str, float]] = {}

    def record(name: str, wall: float, cpu: float) -> None:
        stages[name] = {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2)}

    audio, dt, cpu = _timed(decode, path.read_bytes())
    record("decode", dt, cpu)
    words: list[Any] = []
    opts = TranscribeOptions(hotwords=CLINICAL_TERMS)
    if asr:
        result, dt, cpu = _timed(transcribe, audio.waveform, model, opts)
        record("transcribe", dt, cpu)
        words = result.words
    clock = StepClock()
    dia, dt, cpu = _timed(dz.diarize, audio, hook=clock)
    for step, (w, c) in clock.finish().items():
        record(STEP_NAMES[step], w, c)
    record("diarize", dt, cpu)
    t, c = time.perf_counter(), time.process_time()
    turns = build_turns(assign_speakers(words, dia.exclusive_segments or dia.segments), dia.segments)
    assign_roles(turns, dia.embeddings, {}, threshold=0.5)
    record("attribute", time.perf_counter() - t, time.process_time() - c)
    e2e = [s for s in ("decode", "transcribe", "diarize", "attribute") if s in stages]
    record("end to end", sum(stages[s]["seconds"] for s in e2e), sum(stages[s]["cpu_seconds"] for s in e2e))
    if asr and bare:
        _, dt, cpu = _timed(_bare, model, audio.waveform, bare_options(opts))
        record("bare faster-whisper (reference)", dt, cpu)
    hypotheses = {"der": dia.segments}
    if per_window:  # the pipeline as it was: CAM++ re-run on every 10 s window
        pipeline = dz.load_pipeline()
        pipeline.pooled_embeddings = False
        clock = StepClock()
        try:
            old, dt, cpu = _timed(dz.diarize, audio, hook=clock, pipeline=pipeline)
        finally:
            pipeline.pooled_embeddings = True
        w, c = clock.finish()["embeddings"]
        record("per-window embeddings (before)", w, c)
        record("diarize with per-window embeddings (before)", dt, cpu)
        hypotheses["der_per_window"] = old.segments
    row: dict[str, Any] = {
        "duration": round(audio.duration, 2),
        "speakers": len(dia.speakers),
        "stages": stages,
        "peak_rss_mb": peak_rss_mb(),
    }
    ref = reference_segments(path)
    if ref is not None:
        for key, hyp in hypotheses.items():
            der = der_report({path.name: (ref, hyp)})["overall"]
            row[key] = {k: der[k] for k in ("collar_0", "collar_0.25")}
    return row


def _bare(model: Any, waveform: np.ndarray, options: dict[str, Any]) -> int:
    segments, _ = model.transcribe(waveform, **options)
    return sum(len(s.words or []) for s in segments)


def format_table(name: str, row: dict[str, Any]) -> str:
    dur = row["duration"]
    e2e = row["stages"]["end to end"]["seconds"]
    lines = [
        f"### {name} ({dur:.0f} s, {row['speakers']} speakers)\n",
        "| stage | s | CPU s | RTF | share |",
        "|---|---:|---:|---:|---:|",
    ]
    for stage, v in row["stages"].items():
        share = f"{v['seconds'] / e2e:.0%}" if e2e and not stage.endswith(REFERENCE_STAGES) else ""
        bold = "**" if stage in ("end to end", "diarize", "transcribe") else ""
        lines.append(
            f"| {bold}{stage}{bold} | {v['seconds']:.2f} | {v['cpu_seconds']:.2f} | {bold}{v['seconds'] / dur:.4f}{bold} | {share} |"
        )
    extra = []
    if "der" in row:
        extra.append(f"DER collar 0 / 0.25: {row['der']['collar_0']:.4f} / {row['der']['collar_0.25']:.4f}")
    if "der_per_window" in row:
        d = row["der_per_window"]
        extra.append(f"with per-window embeddings: {d['collar_0']:.4f} / {d['collar_0.25']:.4f}")
    st = row["stages"]
    bare = st.get("bare faster-whisper (reference)")
    if bare and "transcribe" in st:
        extra.append(
            f"transcribe / bare: {st['transcribe']['seconds'] / bare['seconds']:.2f}x wall, "
            f"{st['transcribe']['cpu_seconds'] / bare['cpu_seconds']:.2f}x CPU"
        )
    extra.append(f"peak RSS so far {row['peak_rss_mb']:.0f} MB")
    return "\n".join(lines) + "\n\n" + " · ".join(extra) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="stage-by-stage time of the speech pipeline")
    ap.add_argument("audio", type=Path, nargs="+", help="audio files or dataset folders")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/breakdown"))
    ap.add_argument("--no-bare", action="store_true", help="skip the bare faster-whisper reference run")
    ap.add_argument("--no-asr", action="store_true", help="diarization only")
    ap.add_argument("--model-dir", type=Path, default=None, help="faster-whisper model directory")
    ap.add_argument(
        "--per-window", action="store_true", help="also diarize with CAM++ on every window (the pre-pooling pipeline)"
    )
    args = ap.parse_args(argv)

    from scribe import diarize as dz
    from scribe.audio import SAMPLE_RATE, DecodedAudio
    from scribe.transcribe import CLINICAL_TERMS, TranscribeOptions, transcribe

    files = list(audio_files(args.audio))
    t0 = time.perf_counter()
    model, model_path = (None, None) if args.no_asr else _asr_model(args.model_dir)
    pipeline = dz.load_pipeline()
    load_s = time.perf_counter() - t0
    # warm-up on 12 s of the first file: first calls pay one-off allocation costs
    from scribe.audio import decode

    first = decode(files[0].read_bytes()).waveform[: 12 * SAMPLE_RATE]
    dz.diarize(DecodedAudio.from_array(first), pipeline=pipeline)
    if model is not None:
        transcribe(first, model, TranscribeOptions(hotwords=CLINICAL_TERMS))

    report: dict[str, Any] = {
        "model": model_path,
        "load_seconds": round(load_s, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpu_count": os.cpu_count(),
        "files": {},
    }
    md: list[str] = []
    for path in files:
        row = breakdown_file(path, model, bare=not args.no_bare, asr=not args.no_asr, per_window=args.per_window)
        report["files"][path.name] = row
        md.append(format_table(path.name, row))
        print(md[-1], flush=True)
        gc.collect()
    report["peak_rss_mb"] = peak_rss_mb()
    report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    md.append(
        f"models: {model_path or 'no ASR'} · load {report['load_seconds']} s (not counted) · "
        f"load average {report['load_average']} → {report['load_average_end']} on {report['cpu_count']} CPUs · "
        f"peak RSS {report['peak_rss_mb']:.0f} MB"
    )
    print(md[-1])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "breakdown.json").write_text(json.dumps(report, indent=1))
    (args.out / "breakdown.md").write_text("\n".join(md) + "\n")


if __name__ == "__main__":
    main()
