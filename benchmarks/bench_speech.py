"""Speech benchmarks: WER, DER, role accuracy, real-time factors, peak memory.

Writes ``<out>/speech.json`` and ``<out>/speech.md``. The library functions
(``scribe.bench.speech``) are what ``scribe bench asr|diarization`` call;
this script adds the threshold sweep and the end-to-end real-time factor.

    # the pyannote sample clip and synthetic sessions
    python benchmarks/synth.py benchmarks/data/sessions/s0{1,5,6}.json --out benchmarks/out/synth
    python benchmarks/bench_speech.py --dataset .venv/lib/python3.11/site-packages/pyannote/audio/sample \\
        --dataset benchmarks/out/synth --out benchmarks/out/speech
    # a 10-minute session for speed
    python benchmarks/synth.py benchmarks/data/sessions/s02.json --min-seconds 600 --out benchmarks/out/long
    python benchmarks/bench_speech.py --dataset benchmarks/out/long --out benchmarks/out/long-report
    # clustering threshold sweep
    python benchmarks/bench_speech.py --dataset benchmarks/out/synth --diarization-only --sweep 0.5,0.6,0.7,0.8
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scribe.bench.speech import (  # noqa: E402
    bench_asr,
    bench_diarization,
    format_asr_table,
    format_diarization_table,
    peak_rss_mb,
)


def end_to_end(asr: dict[str, Any], dia: dict[str, Any]) -> dict[str, Any]:
    """decode + transcribe + diarize + attribute RTF per file and overall."""
    rows: dict[str, Any] = {}
    for name, a in asr["files"].items():
        d = dia["files"].get(name)
        if d is None:
            continue
        secs = (
            a["rtf"]["decode"] * a["duration"]
            + a["seconds"]["scribe"]
            + d["seconds"]["diarize"]
            + d["seconds"].get("attribute", 0.0)
        )
        rows[name] = {"duration": a["duration"], "seconds": round(secs, 2), "rtf": round(secs / a["duration"], 4)}
    total = sum(r["duration"] for r in rows.values())
    return {
        "files": rows,
        "rtf": round(sum(r["seconds"] for r in rows.values()) / total, 4) if total else None,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="scribe speech benchmarks")
    ap.add_argument("--dataset", type=Path, action="append", required=True)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/speech"))
    ap.add_argument("--asr-only", action="store_true")
    ap.add_argument("--diarization-only", action="store_true")
    ap.add_argument("--hotword-ablation", action="store_true", help="also transcribe without hotwords")
    ap.add_argument("--sweep", type=str, default="", help="comma-separated clustering thresholds")
    ap.add_argument("--step", type=float, default=None, help="segmentation step (fraction of 10 s)")
    args = ap.parse_args(argv)

    report: dict[str, Any] = {"datasets": {}}
    md: list[str] = []
    for dataset in args.dataset:
        entry: dict[str, Any] = {}
        md.append(f"## {dataset}\n")
        if not args.diarization_only:
            entry["asr"] = bench_asr(dataset, hotword_ablation=args.hotword_ablation)
            md += ["### ASR\n", format_asr_table(entry["asr"]), ""]
        if not args.asr_only:
            thresholds = [float(x) for x in args.sweep.split(",") if x] or [None]
            for th in thresholds:
                dia = bench_diarization(dataset, threshold=th, segmentation_step=args.step)
                key = "diarization" if th is None else f"diarization@{th:g}"
                entry[key] = dia
                md += [
                    f"### Diarization{'' if th is None else f' (threshold {th:g})'}\n",
                    format_diarization_table(dia),
                    "",
                ]
        if "asr" in entry and "diarization" in entry:
            entry["end_to_end"] = e2e = end_to_end(entry["asr"], entry["diarization"])
            md.append(f"End-to-end (decode + transcribe + diarize + attribute) RTF: **{e2e['rtf']}**\n")
        report["datasets"][str(dataset)] = entry
    report["peak_rss_mb"] = peak_rss_mb()
    md.append(f"Peak RSS of the benchmark process: {report['peak_rss_mb']:.0f} MB")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "speech.json").write_text(json.dumps(report, indent=1))
    (args.out / "speech.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
