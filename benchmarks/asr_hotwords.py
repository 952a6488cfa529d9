"""Does the clinical hotword list help? WER and medication-term recall, with and without.

Synthesises (flite) every dev-split turn that names a medication, transcribes
each clip with Whisper tiny.en twice in the same process -- hotwords off, then
on -- and reports overall WER and recall of the medication terms.

    .venv/bin/python benchmarks/asr_hotwords.py [--limit 60] [--json benchmarks/out/asr_hotwords.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scribe.config import harden_environment  # noqa: E402

harden_environment()

from synth import flite_say  # noqa: E402

from scribe.bench.wer import term_recall, word_error_rate  # noqa: E402
from scribe.models import resolve_asr_model  # noqa: E402
from scribe.transcribe import CLINICAL_TERMS, TranscribeOptions, load_model, transcribe  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
TERMS = sorted({t.lower() for t in CLINICAL_TERMS.split()} - {"milligrams", "cbt", "dbt", "emdr", "ptsd", "ocd", "adhd", "bipolar"})


def clips(limit: int) -> list[tuple[str, list[str]]]:
    splits = json.loads((DATA / "splits.json").read_text())
    out = []
    for sid in splits["dev"]:
        session = json.loads((DATA / "sessions" / f"{sid}.json").read_text())
        for turn in session["turns"]:
            words = set(re.findall(r"[a-z]+", turn["text"].lower()))
            terms = [t for t in TERMS if t in words]
            if terms:
                out.append((turn["text"], terms))
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    items = clips(args.limit)
    model = load_model(str(resolve_asr_model("tiny.en", Path("/nonexistent"))), "cpu")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        audio = [flite_say(text, "rms", Path(tmp)) for text, _ in items]
        for label, hotwords in (("without", None), ("with", CLINICAL_TERMS)):
            hyps = []
            started = time.process_time()
            for wave in audio:
                res = transcribe(wave, model, TranscribeOptions(hotwords=hotwords))
                hyps.append(" ".join(w.text for w in res.words))
            found = total = 0
            for (ref, terms), hyp in zip(items, hyps, strict=True):
                f, t = term_recall(ref, hyp, terms)
                found, total = found + f, total + t
            wer = word_error_rate([r for r, _ in items], hyps).wer
            cpu = time.process_time() - started
            results[label] = {"wer": round(wer, 4), "term_recall": round(found / max(1, total), 4), "terms": total, "cpu_s": round(cpu, 1)}
    print(f"{len(items)} clips with medication names (flite rms voice, tiny.en, CPU int8)\n")
    print("| hotwords | WER | medication-term recall | transcription CPU time |")
    print("|---|---|---|---|")
    base = results["without"]["cpu_s"] or 1.0
    for label, r in results.items():
        print(f"| {label} | {r['wer']:.3f} | {r['term_recall']:.3f} ({r['terms']} terms) | {r['cpu_s'] / base:.2f}x |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"clips": len(items), "results": results}, indent=1))


if __name__ == "__main__":
    main()
