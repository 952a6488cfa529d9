"""The llm engine against the rules engine: schema validity, field agreement, seconds per session.

    python benchmarks/llm_engine.py --split dev --json benchmarks/out/llm_engine.json

Both engines run through ``scribe.extract.extract`` (grounding, wall, validation
included) on the same sessions; agreement takes the rules' grounded output as the
reference, so it measures how close the model comes to the rules, not to gold.
A field counts as valid when its provenance says the llm filled it (it parsed and
validated); otherwise it fell back to the rules, with the reason counted.
Prints a Markdown table, then the report as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("medications", "diagnoses", "risk", "interventions", "homework", "next_appointment",
          "themes", "metaphors", "hypotheses", "reflection_prompts")
RISK = ("suicidal_ideation", "homicidal_ideation", "self_harm")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _keys(field: str, out: dict[str, Any]) -> set[str]:
    """What a field says, as comparable keys."""
    p, w = out["progress_note"], out["psychotherapy_note"]
    if field == "medications":
        return {f"{m['name']}|{m.get('dose')}" for m in p["medications"]}
    if field == "diagnoses":
        return {d["icd10"][:3] for d in p["diagnoses"]}
    if field == "risk":
        return {f"{k}={p['risk'][k]['status']}" for k in RISK}
    if field == "interventions":
        return {i["name"] for i in p["interventions"]}
    if field == "homework":  # free text: compare the turns cited
        return {str(i) for h in p["homework"] for i in h["evidence"]}
    if field == "next_appointment":
        nxt = p.get("next_appointment")
        return {str(i) for i in nxt["evidence"]} if nxt else set()
    if field == "metaphors":
        return {_norm(m["quote"]) for m in w["metaphors"]}
    return {_norm(s) for s in w[field]}


def _agreement(pairs: list[tuple[set[str], set[str]]]) -> dict[str, Any]:
    """Micro F1 of the llm's keys against the rules' keys, and the share of sessions where both agree exactly."""
    tp = sum(len(a & b) for a, b in pairs)
    fp = sum(len(a - b) for a, b in pairs)
    fn = sum(len(b - a) for a, b in pairs)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    exact = sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0
    return {"f1": round(f1, 3), "exact": round(exact, 3), "llm_items": tp + fp, "rules_items": tp + fn}


def load_sessions(dataset: Path, splits: Path, split: str | None, limit: int | None) -> list[dict[str, Any]]:
    ids = json.loads(splits.read_text())[split] if split else sorted(p.stem for p in dataset.glob("*.json"))
    sessions = [json.loads((dataset / f"{sid}.json").read_text()) for sid in ids]
    return sessions[:limit] if limit else sessions


def run(args: argparse.Namespace) -> dict[str, Any]:
    import torch

    from scribe.extract import extract
    from scribe.extract.llm import PROMPT_VERSION, default_model_dir, load_llm

    if args.threads:
        torch.set_num_threads(args.threads)
    model_dir = Path(args.model_dir or os.environ.get("SCRIBE_LLM_MODEL_DIR") or default_model_dir())
    t0 = time.perf_counter()
    load_llm(str(model_dir.resolve()))
    load_s = time.perf_counter() - t0
    sessions = load_sessions(args.dataset, args.splits, args.split, args.limit)
    extract(sessions[0], engine="rules")  # warm the rules' models before timing anything

    pairs: dict[str, list[tuple[set[str], set[str]]]] = {f: [] for f in FIELDS}
    valid: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    kept = checked = 0
    for s in sessions:
        rules = extract(s, engine="rules")
        t = time.perf_counter()
        llm = extract(s, engine="llm", llm_model_dir=model_dir)
        seconds = time.perf_counter() - t
        prov = llm.get("provenance", {})
        for f in FIELDS:
            entry = prov.get(f, {"engine": "rules", "fallback": True, "reason": "no provenance"})
            if entry["engine"] == "llm":
                valid[f] += 1
            else:
                reasons[f"{f}: {entry.get('reason')}"] += 1
            pairs[f].append((_keys(f, llm), _keys(f, rules)))
        kept += llm["stats"]["grounded_kept"]
        checked += llm["stats"]["facts_checked"]
        rows.append({"id": s["id"], "seconds": round(seconds, 2), "llm_seconds": llm["stats"].get("llm_seconds"),
                     "steps": llm["stats"].get("llm_steps"), "attempts": llm["stats"].get("llm_attempts"),
                     "fallback_fields": llm["stats"].get("llm_fallback_fields", [])})
        print(f"{s['id']}: {seconds:.1f} s, fallback {rows[-1]['fallback_fields']}", file=sys.stderr, flush=True)
    n = len(sessions)
    secs = [r["seconds"] for r in rows]
    return {
        "model_dir_name": model_dir.name,
        "prompt_version": PROMPT_VERSION,
        "split": args.split,
        "sessions": n,
        "threads": torch.get_num_threads(),
        "cuda": torch.cuda.is_available(),
        "model_load_seconds": round(load_s, 1),
        "seconds_per_session": {"mean": round(statistics.mean(secs), 1), "median": round(statistics.median(secs), 1),
                                "max": round(max(secs), 1)},
        "fields": {f: {"valid": valid[f], "sessions": n, **_agreement(pairs[f])} for f in FIELDS},
        "fallback_reasons": dict(reasons),
        "llm_grounding": {"kept": kept, "checked": checked},
        "per_session": rows,
    }


def format_table(report: dict[str, Any]) -> str:
    lines = [
        f"llm engine ({report['model_dir_name']}, prompts {report['prompt_version']}) vs rules, "
        f"{report['split'] or 'all'} split, {report['sessions']} sessions",
        "",
        "| field | schema-valid (llm) | agreement F1 with rules | exact-match sessions | items llm / rules |",
        "|---|---|---|---|---|",
    ]
    for f, m in report["fields"].items():
        free = f in ("themes", "hypotheses", "reflection_prompts")
        agree = "n/a (free text)" if free else f"{m['f1']:.3f}"
        exact = "—" if free else f"{m['exact']:.3f}"
        lines.append(f"| {f} | {m['valid']}/{m['sessions']} | {agree} | {exact} | {m['llm_items']} / {m['rules_items']} |")
    s = report["seconds_per_session"]
    g = report["llm_grounding"]
    lines += [
        "",
        f"seconds per session (llm extract, model loaded once: {report['model_load_seconds']} s): "
        f"mean {s['mean']}, median {s['median']}, max {s['max']} "
        f"({'CUDA' if report['cuda'] else 'CPU'}, {report['threads']} torch threads); "
        f"llm facts kept by grounding: {g['kept']}/{g['checked']}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=ROOT / "benchmarks/data/sessions")
    ap.add_argument("--splits", type=Path, default=ROOT / "benchmarks/data/splits.json")
    ap.add_argument("--split", default="dev", help="a key of splits.json; empty for every session")
    ap.add_argument("--model-dir", default=None, help="default: SCRIBE_LLM_MODEL_DIR, else the packaged SmolLM2")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: torch's default)")
    ap.add_argument("--json", type=Path, default=None, help="also write the report here")
    args = ap.parse_args(argv)
    os.environ["HF_HUB_OFFLINE"] = "1"
    report = run(args)
    print(format_table(report))
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
