"""Extraction benchmark over a folder of annotated dataset-schema sessions.

Metrics (micro-averaged over sessions unless named otherwise):

* medication name F1 and name+dose F1 (dose compared after normalisation to
  "N unit"; null == null), status accuracy over name-matched medications;
* diagnosis F1 on the 3-character ICD-10 category;
* risk accuracy per field, and recall of gold ``endorsed`` values;
* intervention F1 on canonical names;
* metaphor recall: a gold metaphor counts as found when, after lowercasing
  and stripping punctuation, it is a substring of a predicted quote, a
  predicted quote (>= 3 words) is a substring of it, or >= 80 % of its words
  appear in one predicted quote;
* workspace PHI leakage: sessions where any gold ``phi_terms`` entry, gold
  medication name or gold ICD-10 code appears (case-insensitive, word
  boundaries) in any psychotherapy_note string, with the leaked strings;
* grounding rate: output facts whose evidence turns independently support
  them (``scribe.extract.grounding`` checks) over all output facts;
* seconds per session (wall clock of ``extract``; the first session includes
  model loading, reported separately).
"""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from typing import Any

from scribe.errors import ConfigError

logger = logging.getLogger("scribe")


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _norm(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", s.lower()))


def metaphor_found(gold: str, quotes: list[str]) -> bool:
    g = _norm(gold)
    gw = g.split()
    for q in quotes:
        qn = _norm(q)
        if not qn:
            continue
        if g in qn or (len(qn.split()) >= 3 and qn in g):
            return True
        qw = set(qn.split())
        if gw and sum(w in qw for w in gw) / len(gw) >= 0.8:
            return True
    return False


def _workspace_strings(w: dict[str, Any]) -> list[str]:
    out = [str(x) for k in ("themes", "hypotheses", "reflection_prompts") for x in w.get(k) or []]
    out += [str(m.get("quote", "")) for m in w.get("metaphors") or []]
    return out


def find_leaks(extraction: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    terms = [str(t) for t in gold.get("phi_terms") or []]
    terms += [str(m["name"]) for m in gold.get("medications") or []]
    terms += [str(d["icd10"]) for d in gold.get("diagnoses") or []]
    strings = _workspace_strings(extraction.get("psychotherapy_note") or {})
    leaked = []
    for term in terms:
        if not term.strip():
            continue
        rx = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        if any(rx.search(s) for s in strings):
            leaked.append(term)
    return leaked


def _grounding(extraction: dict[str, Any], turns: list[dict[str, Any]]) -> tuple[int, int]:
    from scribe.extract.grounding import (
        supports_diagnosis,
        supports_intervention,
        supports_medication,
        supports_risk,
        supports_text,
    )

    p = extraction["progress_note"]
    checks: list[bool] = []
    checks += [supports_medication(m, turns) for m in p.get("medications") or []]
    checks += [supports_diagnosis(d, turns) for d in p.get("diagnoses") or []]
    checks += [supports_intervention(i, turns) for i in p.get("interventions") or []]
    checks += [supports_text(h["text"], turns, h["evidence"]) for h in p.get("homework") or []]
    if p.get("next_appointment"):
        n = p["next_appointment"]
        checks.append(supports_text(n["text"], turns, n["evidence"]))
    for field, item in (p.get("risk") or {}).items():
        if item["status"] != "not_assessed":
            checks.append(supports_risk(field, item, turns))
    return sum(checks), len(checks)


def _load_sessions(dataset_dir: Path, split: str | None) -> list[tuple[str, dict[str, Any]]]:
    dataset_dir = Path(dataset_dir)
    if not dataset_dir.is_dir():
        raise ConfigError(f"dataset folder not found: {dataset_dir}")
    files = sorted(dataset_dir.glob("*.json"))
    if split is not None:
        splits_path = dataset_dir / "splits.json"
        if not splits_path.is_file():
            splits_path = dataset_dir.parent / "splits.json"
        if not splits_path.is_file():
            raise ConfigError(f"split {split!r} asked for but {splits_path} does not exist")
        splits = json.loads(splits_path.read_text())
        if split not in splits:
            raise ConfigError(f"split {split!r} not in {splits_path} (have {sorted(splits)})")
        wanted = {str(x).removesuffix(".json") for x in splits[split]}
        files = [f for f in files if f.stem in wanted]
    out = []
    for f in files:
        data = json.loads(f.read_text())
        if "gold" in data:
            out.append((str(data.get("id") or f.stem), data))
    if not out:
        raise ConfigError(f"no annotated sessions in {dataset_dir}")
    return out


def run_extraction_bench(
    dataset_dir: Path,
    *,
    engine: str = "rules",
    split: str | None = None,
    llm_model_dir: Path | None = None,
) -> dict[str, Any]:
    """Score ``extract`` against the gold annotations of every session in ``dataset_dir``."""
    from scribe.extract import extract

    sessions = _load_sessions(Path(dataset_dir), split)
    med_name = [0, 0, 0]
    med_dose = [0, 0, 0]
    status_ok = status_n = 0
    dx = [0, 0, 0]
    iv = [0, 0, 0]
    risk_ok: dict[str, int] = {}
    risk_n: dict[str, int] = {}
    endorsed_tp = endorsed_n = 0
    met_found = met_n = 0
    grounded = facts = 0
    leaks: dict[str, list[str]] = {}
    per_session: list[dict[str, Any]] = []
    times: list[float] = []
    dropped_total = redactions_total = 0

    for sid, data in sessions:
        gold = data["gold"]
        session_input = {k: v for k, v in data.items() if k != "gold"}
        t0 = time.perf_counter()
        out = extract(session_input, engine=engine, llm_model_dir=llm_model_dir)
        dt = time.perf_counter() - t0
        times.append(dt)
        p = out["progress_note"]
        row: dict[str, Any] = {"id": sid, "seconds": round(dt, 3)}

        from scribe.extract.text import normalise_dose

        gm = {m["name"].lower(): m for m in gold.get("medications") or []}
        pm = {m["name"].lower(): m for m in p.get("medications") or []}
        tp = len(gm.keys() & pm.keys())
        med_name[0] += tp
        med_name[1] += len(pm.keys() - gm.keys())
        med_name[2] += len(gm.keys() - pm.keys())
        gpairs = {(n, normalise_dose(m.get("dose"))) for n, m in gm.items()}
        ppairs = {(n, normalise_dose(m.get("dose"))) for n, m in pm.items()}
        med_dose[0] += len(gpairs & ppairs)
        med_dose[1] += len(ppairs - gpairs)
        med_dose[2] += len(gpairs - ppairs)
        for n in gm.keys() & pm.keys():
            status_n += 1
            status_ok += gm[n]["status"] == pm[n]["status"]
        row["med_errors"] = sorted(f"{n}:{d}" for n, d in gpairs ^ ppairs)

        gd = {d["icd10"][:3].upper() for d in gold.get("diagnoses") or []}
        pd = {d["icd10"][:3].upper() for d in p.get("diagnoses") or []}
        dx[0] += len(gd & pd)
        dx[1] += len(pd - gd)
        dx[2] += len(gd - pd)
        row["dx_errors"] = sorted(gd ^ pd)

        gi = set(gold.get("interventions") or [])
        pi = {i["name"] for i in p.get("interventions") or []}
        iv[0] += len(gi & pi)
        iv[1] += len(pi - gi)
        iv[2] += len(gi - pi)
        row["intervention_fp"] = sorted(pi - gi)
        row["intervention_fn"] = sorted(gi - pi)

        row["risk_errors"] = []
        for field, gval in (gold.get("risk") or {}).items():
            pval = p["risk"][field]["status"]
            risk_n[field] = risk_n.get(field, 0) + 1
            risk_ok[field] = risk_ok.get(field, 0) + (pval == gval)
            if gval == "endorsed":
                endorsed_n += 1
                endorsed_tp += pval == "endorsed"
            if pval != gval:
                row["risk_errors"].append(f"{field}:{pval}!={gval}")

        quotes = [m["quote"] for m in out["psychotherapy_note"].get("metaphors") or []]
        missed = [g for g in gold.get("metaphors") or [] if not metaphor_found(g, quotes)]
        met_n += len(gold.get("metaphors") or [])
        met_found += len(gold.get("metaphors") or []) - len(missed)
        row["metaphors_missed"] = missed

        leaked = find_leaks(out, gold)
        if leaked:
            leaks[sid] = leaked
        row["leaks"] = leaked

        g_ok, g_n = _grounding(out, data["turns"])
        grounded += g_ok
        facts += g_n
        dropped_total += int(out["stats"].get("ungrounded_dropped", 0))
        redactions_total += int(out["stats"].get("wall_redactions", 0))
        per_session.append(row)

    steady = times[1:] or times
    return {
        "engine": engine,
        "split": split,
        "n_sessions": len(sessions),
        "medication_name": _f1(*med_name),
        "medication_name_dose": _f1(*med_dose),
        "medication_status_accuracy": round(status_ok / status_n, 4) if status_n else None,
        "diagnosis_category": _f1(*dx),
        "risk_accuracy": {f: round(risk_ok[f] / risk_n[f], 4) for f in risk_n},
        "endorsed_risk_recall": round(endorsed_tp / endorsed_n, 4) if endorsed_n else None,
        "endorsed_risk_n": endorsed_n,
        "interventions": _f1(*iv),
        "metaphor_recall": round(met_found / met_n, 4) if met_n else None,
        "metaphor_n": met_n,
        "phi_leak_sessions": len(leaks),
        "phi_leaks": leaks,
        "grounding_rate": round(grounded / facts, 4) if facts else 1.0,
        "facts": facts,
        "ungrounded_dropped": dropped_total,
        "wall_redactions": redactions_total,
        "seconds_per_session": round(sum(steady) / len(steady), 3),
        "first_session_seconds": round(times[0], 3),
        "sessions": per_session,
    }


def format_table(report: dict[str, Any]) -> str:
    """A plain-text summary table plus a per-session table."""
    def f(x: Any) -> str:
        if isinstance(x, dict):
            return f"{x['f1']:.3f} (P {x['precision']:.3f} R {x['recall']:.3f})"
        return "n/a" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))

    rows = [
        ("sessions", report["n_sessions"]),
        ("medication name F1", f(report["medication_name"])),
        ("medication name+dose F1", f(report["medication_name_dose"])),
        ("medication status accuracy", f(report["medication_status_accuracy"])),
        ("diagnosis F1 (ICD-10 category)", f(report["diagnosis_category"])),
    ]
    rows += [(f"risk accuracy: {k}", f(v)) for k, v in report["risk_accuracy"].items()]
    rows += [
        ("endorsed-risk recall", f"{f(report['endorsed_risk_recall'])} (n={report['endorsed_risk_n']})"),
        ("intervention F1", f(report["interventions"])),
        ("metaphor recall", f"{f(report['metaphor_recall'])} (n={report['metaphor_n']})"),
        ("workspace PHI leak sessions", report["phi_leak_sessions"]),
        ("grounding rate", f"{f(report['grounding_rate'])} ({report['facts']} facts, "
                           f"{report['ungrounded_dropped']} dropped)"),
        ("wall redactions", report["wall_redactions"]),
        ("seconds/session", f"{f(report['seconds_per_session'])} (first incl. load {f(report['first_session_seconds'])})"),
    ]
    w = max(len(r[0]) for r in rows)
    title = f"extraction benchmark · engine={report['engine']} · split={report['split'] or 'all'}"
    lines = [title, "-" * len(title)] + [f"{k.ljust(w)}  {v}" for k, v in rows]
    lines += ["", "| session | s | med errors | dx errors | risk errors | interventions -/+ | metaphors missed | leaks |",
              "|---|---|---|---|---|---|---|---|"]
    for r in report["sessions"]:
        lines.append(
            f"| {r['id']} | {r['seconds']:.2f} | {', '.join(r['med_errors']) or '-'} | {', '.join(r['dx_errors']) or '-'} | "
            f"{', '.join(r['risk_errors']) or '-'} | -{','.join(r['intervention_fn']) or ''} +{','.join(r['intervention_fp']) or ''} | "
            f"{len(r['metaphors_missed'])} | {', '.join(r['leaks']) or '-'} |"
        )
    if report["phi_leaks"]:
        lines += ["", "leaked strings:"] + [f"  {sid}: {', '.join(v)}" for sid, v in report["phi_leaks"].items()]
    return "\n".join(lines)
