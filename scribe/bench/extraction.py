"""Extraction benchmark over a folder of annotated dataset-schema sessions.

Metrics (micro-averaged over sessions unless named otherwise):

* medication name F1 and name+dose F1 (dose compared after normalisation to
  "N unit"; null == null; a drug's international and US official names are one
  name, ``SAME_DRUG``), status accuracy over name-matched medications;
* diagnosis F1 on the 3-character ICD-10 category;
* risk accuracy per field, and recall of gold ``endorsed`` values; the false-alarm
  rate (``endorsed`` predicted where gold says ``denied``/``not_assessed``, over
  all non-endorsed gold fields); the ``needs_review`` rate (sessions with any
  risk field flagged); per-category risk recall where a session's gold carries
  ``risk_category`` (one name) or ``risk_categories`` (field -> name);
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
* symptom F1 on domains and measure F1 on (instrument, score) (every self-rating scale one
  instrument), over the sessions
  whose gold carries ``symptoms`` / ``measures`` (n/a when none does);
* note quality of the narrative (``note_quality``): sentences that ask a question,
  sentences with first/second-person words outside quotes, the share of quoted
  text, structured facts the narrative never states, and sentences that
  contradict a structured fact (risk language next to a risk field that is not
  endorsed, a denial of an endorsed field);
* seconds per session (wall clock of ``extract``; the first session includes
  model loading, reported separately).

``run_risk_bench`` scores the risk-utterance corpus (benchmarks/data/risk, JSON
Lines) per category: status recall, endorsed recall, false alarms, review recall.
"""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from typing import Any

from scribe.errors import ConfigError
from scribe.extract.lexicons import SAME_SUBSTANCE

logger = logging.getLogger("scribe")


# One substance under its two official names (INN and USAN/BAN): annotators write the name they heard, the
# engine may chart the other. Scored as one name (the table lives with the lexicon, which merges the two when both
# are said in one session).
SAME_DRUG = SAME_SUBSTANCE


def drug_key(name: str) -> str:
    """The name a medication is scored under: one official name per substance, and a combination's parts in
    one order ("codeine-paracetamol" and "acetaminophen-codeine" are one product; so are "ethinylestradiol-
    levonorgestrel" and "levonorgestrel-ethinyl estradiol")."""
    low = re.sub(r"\s+", " ", name.lower().strip())
    if low in SAME_DRUG:
        return SAME_DRUG[low]
    parts = [p.strip() for p in low.split("-")]
    if len(parts) < 2 or any(not p for p in parts) or low.startswith("co-"):
        return low
    keys = [SAME_DRUG.get(p, p) for p in parts]
    return "-".join(sorted(keys))


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


def _risk_categories(gold: dict[str, Any]) -> dict[str, str]:
    """Field -> category from a session's gold (``risk_category`` for all fields, or ``risk_categories``)."""
    if isinstance(gold.get("risk_categories"), dict):
        return {str(k): str(v) for k, v in gold["risk_categories"].items()}
    if gold.get("risk_category"):
        return {f: str(gold["risk_category"]) for f in gold.get("risk") or {}}
    return {}


def _grounding(extraction: dict[str, Any], turns: list[dict[str, Any]]) -> tuple[int, int]:
    from scribe.extract.grounding import (
        supports_diagnosis,
        supports_intervention,
        supports_measure,
        supports_medication,
        supports_risk,
        supports_symptom,
        supports_text,
    )

    p = extraction["progress_note"]
    checks: list[bool] = []
    checks += [supports_medication(m, turns) for m in p.get("medications") or []]
    checks += [supports_diagnosis(d, turns) for d in p.get("diagnoses") or []]
    checks += [supports_intervention(i, turns) for i in p.get("interventions") or []]
    checks += [supports_text(h["text"], turns, h["evidence"]) for h in p.get("homework") or []]
    checks += [supports_symptom(s, turns) for s in p.get("symptoms") or []]
    checks += [supports_measure(m, turns) for m in p.get("measures") or []]
    if p.get("next_appointment"):
        n = p["next_appointment"]
        checks.append(supports_text(n["text"], turns, n["evidence"]))
    for field, item in (p.get("risk") or {}).items():
        if item["status"] != "not_assessed":
            checks.append(supports_risk(field, item, turns))
    return sum(checks), len(checks)


# ------------------------------------------------------------------ note quality

_RISK_LABELS = {"suicidal_ideation": "suicidal ideation", "homicidal_ideation": "homicidal ideation", "self_harm": "self-harm"}


def _narrative(progress: dict[str, Any]) -> list[str]:
    """The note's sentences: ``section_sentences`` when present, else the section strings split at full stops."""
    if progress.get("section_sentences"):
        return [str(x["text"]) for v in progress["section_sentences"].values() for x in v]
    return [p.strip() for body in (progress.get("sections") or {}).values()
            for p in re.split(r"(?<=[.?!])\s+", str(body)) if p.strip()]


def _words(text: str) -> set[str]:
    return set(_norm(text).split())


def missing_facts(progress: dict[str, Any]) -> list[str]:
    """Structured facts the narrative never states (as ``kind:value``)."""
    from scribe.extract.register import normalise_appointment, third_person

    sents = _narrative(progress)
    low = [s.lower() for s in sents]
    text = " ".join(low)
    missing: list[str] = []

    def said_together(*parts: str) -> bool:
        return any(all(p.lower() in s for p in parts) for s in low)

    for m in progress.get("medications") or []:
        if not said_together(m["name"], *([m["dose"]] if m.get("dose") else [])):
            missing.append(f"medication:{m['name']}")
    for d in progress.get("diagnoses") or []:
        if d["icd10"].lower() not in text and d["label"].lower() not in text:
            missing.append(f"diagnosis:{d['icd10']}")
    for field, item in (progress.get("risk") or {}).items():
        status = str(item.get("status", "not_assessed")).replace("_", " ")
        if not said_together(_RISK_LABELS.get(field, field), status):
            missing.append(f"risk:{field}")
    for i in progress.get("interventions") or []:
        if i["name"].lower() not in text:
            missing.append(f"intervention:{i['name']}")
    for h in progress.get("homework") or []:
        want = _words(third_person(h["text"]))
        if want and not any(len(want & _words(s)) / len(want) >= 0.8 for s in sents):
            missing.append(f"homework:{h['text'][:40]}")
    nxt = progress.get("next_appointment")
    if nxt:
        date = normalise_appointment(nxt["text"], (progress.get("session") or {}).get("date"))
        if _norm(nxt["text"]) not in _norm(text) and not (date and date.lower() in text):
            missing.append(f"next_appointment:{nxt['text']}")
    for sym in progress.get("symptoms") or []:
        if not said_together(sym["text"]):
            missing.append(f"symptom:{sym['domain']}")
    for m in progress.get("measures") or []:
        if not said_together(str(m["instrument"]).removesuffix(" rating"), str(m["score"])):
            missing.append(f"measure:{m['instrument']}")
    return missing


def contradictions(progress: dict[str, Any]) -> list[str]:
    """Sentences that say what a structured risk finding does not: risk talk next to a field that is not
    endorsed, or a denial of an endorsed field."""
    from scribe.extract.risk import _PASSIVE, STRONG_TOPICS

    out: list[str] = []
    risk = progress.get("risk") or {}
    for s in _narrative(progress):
        low = s.lower()
        about_risk = low.startswith(tuple(_RISK_LABELS.values())) or low.startswith("risk")
        for field, item in risk.items():
            label = _RISK_LABELS.get(field, field)
            status = item.get("status")
            if status == "endorsed" and (f"{label}: denied" in low or f"no {label}" in low):
                out.append(f"{field}: endorsed, but the narrative denies it")
            elif status != "endorsed" and not about_risk and field in STRONG_TOPICS and (
                    STRONG_TOPICS[field].search(s) or (field == "suicidal_ideation" and (
                        _PASSIVE.search(s) or re.search(r"\b((a|such a|being a|just a) burden|better off without me)\b", low)))):
                out.append(f"{field}: {status}, but the narrative holds risk language")
    return sorted(set(out))


def note_quality(progress: dict[str, Any]) -> dict[str, Any]:
    """The note-quality checks on one progress note (see the module docstring)."""
    from scribe.extract.register import is_question, person_words_outside_quotes, quoted_share

    sents = _narrative(progress)
    return {
        "sentences": len(sents),
        "questions": [s for s in sents if is_question(s)],
        "person_outside_quotes": [s for s in sents if person_words_outside_quotes(s)],
        "quoted_share": round(quoted_share(sents), 4),
        "missing_facts": missing_facts(progress),
        "contradictions": contradictions(progress),
    }


def _instrument_key(name: Any) -> str:
    """Instrument names compared loosely: any self-rating scale ("0-10 rating", "rating") is one instrument."""
    key = _norm(str(name))
    return "rating" if key.endswith("rating") else key


def _splits_file(dataset_dir: Path) -> Path:
    return dataset_dir / "splits.json" if (dataset_dir / "splits.json").is_file() else dataset_dir.parent / "splits.json"


def blind_ids(dataset_dir: Path) -> frozenset[str]:
    """Sessions listed under ``blind`` in splits.json: scored in every total, never itemised, so
    that tuning on the per-session table cannot peek at them."""
    path = _splits_file(Path(dataset_dir))
    if not path.is_file():
        return frozenset()
    return frozenset(str(x).removesuffix(".json") for x in json.loads(path.read_text()).get("blind") or [])


def _load_sessions(dataset_dir: Path, split: str | None) -> list[tuple[str, dict[str, Any]]]:
    dataset_dir = Path(dataset_dir)
    if not dataset_dir.is_dir():
        raise ConfigError(f"dataset folder not found: {dataset_dir}")
    files = sorted(dataset_dir.glob("*.json"))
    if split is not None:
        splits_path = _splits_file(dataset_dir)
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
    blind = blind_ids(Path(dataset_dir))
    med_name = [0, 0, 0]
    med_dose = [0, 0, 0]
    status_ok = status_n = 0
    dx = [0, 0, 0]
    iv = [0, 0, 0]
    risk_ok: dict[str, int] = {}
    risk_n: dict[str, int] = {}
    endorsed_tp = endorsed_n = 0
    false_alarms = non_endorsed = review_sessions = 0
    by_category: dict[str, list[int]] = {}
    met_found = met_n = 0
    grounded = facts = 0
    leaks: dict[str, list[str]] = {}
    per_session: list[dict[str, Any]] = []
    times: list[float] = []
    dropped_total = redactions_total = 0
    sym = [0, 0, 0]
    mea = [0, 0, 0]
    sym_sessions = mea_sessions = 0
    quality = {"sentences": 0, "questions": 0, "person_outside_quotes": 0, "missing_facts": 0, "contradictions": 0,
               "failing_sessions": 0}
    quoted_shares: list[float] = []

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

        gm = {drug_key(m["name"]): m for m in gold.get("medications") or []}
        pm = {drug_key(m["name"]): m for m in p.get("medications") or []}
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
        categories = _risk_categories(gold)
        for field, gval in (gold.get("risk") or {}).items():
            pval = p["risk"][field]["status"]
            risk_n[field] = risk_n.get(field, 0) + 1
            risk_ok[field] = risk_ok.get(field, 0) + (pval == gval)
            if gval == "endorsed":
                endorsed_n += 1
                endorsed_tp += pval == "endorsed"
            else:
                non_endorsed += 1
                false_alarms += pval == "endorsed"
            if field in categories:
                tally = by_category.setdefault(categories[field], [0, 0])
                tally[0] += pval == gval
                tally[1] += 1
            if pval != gval:
                row["risk_errors"].append(f"{field}:{pval}!={gval}")
        row["risk_review"] = sorted(f for f, item in p["risk"].items() if item.get("needs_review"))
        review_sessions += bool(row["risk_review"])

        quotes = [m["quote"] for m in out["psychotherapy_note"].get("metaphors") or []]
        missed = [g for g in gold.get("metaphors") or [] if not metaphor_found(g, quotes)]
        met_n += len(gold.get("metaphors") or [])
        met_found += len(gold.get("metaphors") or []) - len(missed)
        row["metaphors_missed"] = missed

        leaked = find_leaks(out, gold)
        if leaked:
            leaks[sid] = leaked
        row["leaks"] = leaked

        if "symptoms" in gold:
            sym_sessions += 1
            gs = {str(x["domain"]).lower() for x in gold.get("symptoms") or []}
            ps = {str(x["domain"]).lower() for x in p.get("symptoms") or []}
            sym[0] += len(gs & ps)
            sym[1] += len(ps - gs)
            sym[2] += len(gs - ps)
        if "measures" in gold:
            mea_sessions += 1
            gms = {(_instrument_key(x["instrument"]), float(x["score"])) for x in gold.get("measures") or []}
            pms = {(_instrument_key(x["instrument"]), float(x["score"])) for x in p.get("measures") or []}
            mea[0] += len(gms & pms)
            mea[1] += len(pms - gms)
            mea[2] += len(gms - pms)

        q = note_quality(p)
        quality["sentences"] += q["sentences"]
        for k in ("questions", "person_outside_quotes", "missing_facts", "contradictions"):
            quality[k] += len(q[k])
        failing = any(q[k] for k in ("questions", "person_outside_quotes", "missing_facts", "contradictions"))
        quality["failing_sessions"] += failing
        quoted_shares.append(q["quoted_share"])
        row["note_quality"] = {k: v for k, v in q.items() if v}

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
        "risk_false_alarm_rate": round(false_alarms / non_endorsed, 4) if non_endorsed else None,
        "risk_false_alarms": false_alarms,
        "risk_non_endorsed_n": non_endorsed,
        "risk_needs_review_rate": round(review_sessions / len(sessions), 4),
        "risk_category_recall": {c: round(ok / n, 4) for c, (ok, n) in sorted(by_category.items())},
        "interventions": _f1(*iv),
        "metaphor_recall": round(met_found / met_n, 4) if met_n else None,
        "metaphor_n": met_n,
        "phi_leak_sessions": len(leaks),
        "phi_leaks": {sid: v for sid, v in leaks.items() if sid not in blind},
        "symptoms": _f1(*sym) if sym_sessions else None,
        "symptom_gold_sessions": sym_sessions,
        "measures": _f1(*mea) if mea_sessions else None,
        "measure_gold_sessions": mea_sessions,
        "note_quality": quality | {"quoted_share": round(sum(quoted_shares) / len(quoted_shares), 4)},
        "grounding_rate": round(grounded / facts, 4) if facts else 1.0,
        "facts": facts,
        "ungrounded_dropped": dropped_total,
        "wall_redactions": redactions_total,
        "seconds_per_session": round(sum(steady) / len(steady), 3),
        "first_session_seconds": round(times[0], 3),
        "sessions": [r for r in per_session if r["id"] not in blind],
        "blind_sessions": sum(sid in blind for sid, _ in sessions),
    }


def _issues(q: dict[str, Any]) -> str:
    parts = [f"{len(q[k])} {k.replace('_', ' ')}" for k in ("questions", "person_outside_quotes", "contradictions") if q.get(k)]
    parts += [str(x) for x in q.get("missing_facts") or []]
    return ", ".join(parts) or "-"


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
        ("risk false-alarm rate", f"{f(report['risk_false_alarm_rate'])} ({report['risk_false_alarms']} of "
                                  f"{report['risk_non_endorsed_n']} non-endorsed fields)"),
        ("risk needs_review rate (sessions)", f(report["risk_needs_review_rate"])),
    ]
    rows += [(f"risk recall: {c}", f(v)) for c, v in report["risk_category_recall"].items()]
    rows += [
        ("intervention F1", f(report["interventions"])),
        ("symptom F1 (domain)", f"{f(report['symptoms'])} ({report['symptom_gold_sessions']} sessions with gold)"),
        ("measure F1 (instrument, score)", f"{f(report['measures'])} ({report['measure_gold_sessions']} sessions with gold)"),
        ("note: question sentences", report["note_quality"]["questions"]),
        ("note: 1st/2nd person outside quotes", report["note_quality"]["person_outside_quotes"]),
        ("note: quoted share of text", f(report["note_quality"]["quoted_share"])),
        ("note: facts missing from narrative", report["note_quality"]["missing_facts"]),
        ("note: contradictions", report["note_quality"]["contradictions"]),
        ("note: sessions failing a check", f"{report['note_quality']['failing_sessions']} of {report['n_sessions']}"),
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
    lines += ["", "| session | s | med errors | dx errors | risk errors | interventions -/+ | metaphors missed | leaks | note issues |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in report["sessions"]:
        lines.append(
            f"| {r['id']} | {r['seconds']:.2f} | {', '.join(r['med_errors']) or '-'} | {', '.join(r['dx_errors']) or '-'} | "
            f"{', '.join(r['risk_errors']) or '-'} | -{','.join(r['intervention_fn']) or ''} +{','.join(r['intervention_fp']) or ''} | "
            f"{len(r['metaphors_missed'])} | {', '.join(r['leaks']) or '-'} | {_issues(r.get('note_quality') or {})} |"
        )
    if report.get("blind_sessions"):
        lines.append(f"| {report['blind_sessions']} blind sessions | counted in the totals above, not itemised "
                     "(splits.json `blind`) | | | | | | | |")
    if report["phi_leaks"]:
        lines += ["", "leaked strings:"] + [f"  {sid}: {', '.join(v)}" for sid, v in report["phi_leaks"].items()]
    return "\n".join(lines)


# ------------------------------------------------------------------ risk-utterance corpus

def risk_corpus_splits(dataset_dir: Path) -> tuple[str, ...]:
    """The corpus's splits: one ``<split>.jsonl`` each (dev, heldout, then each fresh batch written since)."""
    return tuple(sorted((p.stem for p in Path(dataset_dir).glob("*.jsonl")), key=lambda s: (s != "dev", s)))


def load_risk_corpus(dataset_dir: Path, split: str | None = None) -> list[dict[str, Any]]:
    """Items of the risk corpus (``dev.jsonl`` / ``heldout*.jsonl``): id, category, turns, gold, needs_review, facets."""
    dataset_dir = Path(dataset_dir)
    splits = risk_corpus_splits(dataset_dir)
    if split is not None and split not in splits:
        raise ConfigError(f"split must be one of {splits}, not {split!r}")
    items: list[dict[str, Any]] = []
    for name in (split,) if split else splits:
        items += [json.loads(line) for line in (dataset_dir / f"{name}.jsonl").read_text().splitlines() if line.strip()]
    if not items:
        raise ConfigError(f"no risk items in {dataset_dir}")
    return items


def score_risk_items(items: list[dict[str, Any]], predictions: list[dict[str, dict[str, Any]]],
                     blind: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Per-category and overall scores of predicted risk items (field -> {status, needs_review, facets});
    items of a ``blind`` split count in every score but are never listed in ``errors``.

    * status recall: gold field statuses reproduced, over all fields (3 per item);
    * endorsed recall: gold ``endorsed`` fields predicted ``endorsed``;
    * false-alarm rate: ``endorsed`` predicted on gold ``denied``/``not_assessed`` fields, over those fields;
    * review recall: fields gold marks ``needs_review`` that were flagged; review rate: items with any flag;
    * facet accuracy: the facet values the gold states, where it states any.
    """
    cats: dict[str, dict[str, Any]] = {}
    total = {"fields": 0, "ok": 0, "endorsed_n": 0, "endorsed_tp": 0, "non_endorsed": 0, "false_alarms": 0,
             "review_n": 0, "review_tp": 0, "flagged_items": 0, "facets_n": 0, "facets_ok": 0}
    errors: list[str] = []
    for item, pred in zip(items, predictions, strict=True):
        listed = errors if item.get("split") not in blind else []
        c = cats.setdefault(item["category"], {k: 0 for k in total} | {"items": 0, "items_ok": 0})
        c["items"] += 1
        item_ok = True
        for f, gval in item["gold"].items():
            pval = pred[f]["status"]
            for t in (c, total):
                t["fields"] += 1
                t["ok"] += pval == gval
                if gval == "endorsed":
                    t["endorsed_n"] += 1
                    t["endorsed_tp"] += pval == "endorsed"
                else:
                    t["non_endorsed"] += 1
                    t["false_alarms"] += pval == "endorsed"
            if pval != gval:
                item_ok = False
                listed.append(f"{item['id']} {f}: {pval} != {gval}")
        for f in item.get("needs_review") or []:
            flagged = bool(pred[f].get("needs_review"))
            for t in (c, total):
                t["review_n"] += 1
                t["review_tp"] += flagged
            if not flagged:
                listed.append(f"{item['id']} {f}: needs_review not set")
        for f, facets in (item.get("facets") or {}).items():
            for name, gval in facets.items():
                ok = pred[f].get("facets", {}).get(name) == gval
                for t in (c, total):
                    t["facets_n"] += 1
                    t["facets_ok"] += ok
        flagged_any = any(p.get("needs_review") for p in pred.values())
        c["flagged_items"] += flagged_any
        total["flagged_items"] += flagged_any
        c["items_ok"] += item_ok

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    def summary(t: dict[str, Any], n_items: int) -> dict[str, Any]:
        return {
            "items": n_items,
            "status_recall": ratio(t["ok"], t["fields"]),
            "endorsed_recall": ratio(t["endorsed_tp"], t["endorsed_n"]),
            "endorsed_n": t["endorsed_n"],
            "false_alarm_rate": ratio(t["false_alarms"], t["non_endorsed"]),
            "false_alarms": t["false_alarms"],
            "review_recall": ratio(t["review_tp"], t["review_n"]),
            "review_n": t["review_n"],
            "needs_review_rate": ratio(t["flagged_items"], n_items),
            "facet_accuracy": ratio(t["facets_ok"], t["facets_n"]),
        }

    return {
        "overall": summary(total, len(items)),
        "per_category": {k: summary(v, v["items"]) | {"items_right": ratio(v["items_ok"], v["items"])}
                         for k, v in sorted(cats.items())},
        "errors": errors,
    }


def run_risk_bench(dataset_dir: Path, *, split: str | None = None) -> dict[str, Any]:
    """Run ``assess_risk`` on every corpus item and score it (see ``score_risk_items``)."""
    from scribe.extract.risk import assess_risk

    items = load_risk_corpus(Path(dataset_dir), split)
    t0 = time.perf_counter()
    predictions = [{f: r.as_item() for f, r in assess_risk(item["turns"]).items()} for item in items]
    seconds = time.perf_counter() - t0
    # blind splits (``blind.txt``, one split a line) are scored in every figure, their errors never listed
    blind_file = Path(dataset_dir) / "blind.txt"
    blind = frozenset(blind_file.read_text().split()) if blind_file.is_file() else frozenset()
    report = score_risk_items(items, predictions, blind)
    report.update({"split": split, "n_items": len(items), "seconds_per_item": round(seconds / len(items), 4),
                   "blind_items": sum(i.get("split") in blind for i in items)})
    return report


def format_risk_table(report: dict[str, Any]) -> str:
    """Per-category table of the risk-corpus scores."""
    def f(x: Any) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    title = f"risk corpus · split={report['split'] or 'all'} · {report['n_items']} items"
    lines = [title, "-" * len(title), "",
             "| category | items | status recall | items right | endorsed recall (n) | false alarms | review recall (n) | review rate |",
             "|---|---|---|---|---|---|---|---|"]
    for name, s in [*report["per_category"].items(), ("**all**", report["overall"])]:
        lines.append(
            f"| {name} | {s['items']} | {f(s['status_recall'])} | {f(s.get('items_right'))} | "
            f"{f(s['endorsed_recall'])} ({s['endorsed_n']}) | {f(s['false_alarm_rate'])} ({s['false_alarms']}) | "
            f"{f(s['review_recall'])} ({s['review_n']}) | {f(s['needs_review_rate'])} |"
        )
    o = report["overall"]
    lines += ["", f"facet accuracy (where gold states facets): {f(o['facet_accuracy'])}"]
    if report.get("blind_items"):
        lines += [f"{report['blind_items']} items of blind splits (blind.txt) are scored above; their errors are never listed"]
    if report["errors"]:
        lines += ["", "errors:"] + [f"  {e}" for e in report["errors"]]
    return "\n".join(lines)
