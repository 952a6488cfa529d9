#!/usr/bin/env python3
"""Validate benchmark session files against the DESIGN.md dataset schema.

Standard library only. Usage:
    python3 benchmarks/validate_dataset.py [DATA_DIR]
DATA_DIR defaults to benchmarks/data (expects sessions/*.json and splits.json).
Exit status 0 when every file passes, 1 otherwise (one line per problem).
gold may also carry the optional keys "symptoms" and "measures"; they are type-checked
when present (see benchmarks/data/README.md, Annotation rules).
"""
import datetime
import json
import re
import sys
from pathlib import Path

INTERVENTIONS = {
    "cognitive restructuring", "behavioral activation", "exposure", "psychoeducation",
    "mindfulness", "relaxation training", "motivational interviewing", "problem solving",
    "safety planning", "distress tolerance skills", "emotion regulation skills",
    "interpersonal effectiveness skills", "emdr", "imagery rescripting", "role play",
    "thought record", "values clarification", "grounding", "sleep hygiene",
    "trauma narrative", "communication skills training",
}
MODALITIES = {"in-person", "telehealth"}
FORMATS = {"SOAP", "DAP", "BIRP"}
SESSION_TYPES = {"individual", "couples", "family"}
SPEAKERS = {"clinician", "client", "other"}
MED_STATUS = {"current", "started", "changed", "stopped"}
RISK_FIELDS = ("suicidal_ideation", "homicidal_ideation", "self_harm")
RISK_VALUES = {"denied", "endorsed", "not_assessed"}
DOSE_RE = re.compile(r"^\d+(\.\d+)? (mg|mcg|g|ml|units)$")
ICD_RE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")
GENERIC_RE = re.compile(r"^[a-z][a-z\- ]*[a-z]$")
# Optional gold keys (scored when present): symptom domains the client reports as a current
# problem, and scores said aloud this session ("rating" = a 0-10 rating).
SYMPTOM_DOMAINS = {"mood", "anxiety", "sleep", "appetite", "energy", "concentration",
                   "substance use", "functioning"}
INSTRUMENTS = {"PHQ-9", "PHQ-A", "PHQ-2", "GAD-7", "GAD-2", "PCL-5", "Y-BOCS", "EPDS", "AUDIT",
               "SUDS", "rating"}
MIN_TURNS, MAX_TURNS = 25, 60


def _is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) and i.strip() for i in x)


def check_session(doc, fname):
    errs = []

    def err(msg):
        errs.append(f"{fname}: {msg}")

    if not isinstance(doc, dict):
        return [f"{fname}: top level is not an object"]
    if set(doc) != {"id", "meta", "turns", "gold"}:
        err(f"top-level keys {sorted(doc)} != ['gold', 'id', 'meta', 'turns']")
    sid = doc.get("id")
    if not isinstance(sid, str) or not sid:
        err("id must be a non-empty string")
    elif Path(fname).stem != sid:
        err(f"id {sid!r} does not match file name")

    meta = doc.get("meta")
    if not isinstance(meta, dict):
        err("meta must be an object")
    else:
        if set(meta) != {"date", "modality", "note_format", "session_type"}:
            err(f"meta keys {sorted(meta)}")
        try:
            datetime.date.fromisoformat(meta.get("date", ""))
        except (TypeError, ValueError):
            err(f"meta.date {meta.get('date')!r} is not YYYY-MM-DD")
        if meta.get("modality") not in MODALITIES:
            err(f"meta.modality {meta.get('modality')!r}")
        if meta.get("note_format") not in FORMATS:
            err(f"meta.note_format {meta.get('note_format')!r}")
        if meta.get("session_type") not in SESSION_TYPES:
            err(f"meta.session_type {meta.get('session_type')!r}")

    turns = doc.get("turns")
    client_text, all_text = [], []
    if not isinstance(turns, list):
        err("turns must be a list")
        turns = []
    if not MIN_TURNS <= len(turns) <= MAX_TURNS:
        err(f"{len(turns)} turns, expected {MIN_TURNS}-{MAX_TURNS}")
    prev_end = None
    speakers = set()
    for i, t in enumerate(turns):
        if not isinstance(t, dict) or set(t) != {"speaker", "start", "end", "text"}:
            err(f"turn {i}: keys must be speaker,start,end,text")
            continue
        if t["speaker"] not in SPEAKERS:
            err(f"turn {i}: speaker {t['speaker']!r}")
        speakers.add(t["speaker"])
        if not isinstance(t["text"], str) or not t["text"].strip():
            err(f"turn {i}: empty text")
            continue
        s, e = t["start"], t["end"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (s, e)):
            err(f"turn {i}: start/end must be numbers")
            continue
        if s < 0 or e <= s:
            err(f"turn {i}: bad interval {s}-{e}")
        if prev_end is not None and s < prev_end:
            err(f"turn {i}: starts at {s} before previous turn ends at {prev_end}")
        prev_end = e
        all_text.append(t["text"])
        if t["speaker"] == "client":
            client_text.append(t["text"])
    if turns:
        if "clinician" not in speakers or "client" not in speakers:
            err("needs at least one clinician and one client turn")
        st = meta.get("session_type") if isinstance(meta, dict) else None
        if st in ("couples", "family") and "other" not in speakers:
            err(f"{st} session without an 'other' speaker")
        if st == "individual" and "other" in speakers:
            err("individual session with an 'other' speaker")

    gold = doc.get("gold")
    if not isinstance(gold, dict):
        return errs + [f"{fname}: gold must be an object"]
    want = {"medications", "diagnoses", "risk", "interventions", "homework",
            "next_appointment", "metaphors", "phi_terms"}
    optional = {"symptoms", "measures"}
    if not want <= set(gold) <= want | optional:
        err(f"gold keys {sorted(gold)}: need {sorted(want)}, may add {sorted(optional)}")

    meds = gold.get("medications")
    if not isinstance(meds, list):
        err("gold.medications must be a list")
        meds = []
    names = []
    for m in meds:
        if not isinstance(m, dict) or set(m) != {"name", "dose", "status"}:
            err(f"medication {m!r}: keys must be name,dose,status")
            continue
        name, dose, status = m["name"], m["dose"], m["status"]
        if not isinstance(name, str) or not GENERIC_RE.match(name):
            err(f"medication name {name!r} must be a lowercase generic name")
        names.append(name)
        if status not in MED_STATUS:
            err(f"medication {name}: status {status!r}")
        if status == "stopped" and dose is not None:
            err(f"medication {name}: stopped medications have dose null")
        if dose is not None and (not isinstance(dose, str) or not DOSE_RE.match(dose)):
            err(f"medication {name}: dose {dose!r} is not 'N unit'")
        if status == "changed" and dose is None:
            err(f"medication {name}: changed medication needs the new dose")
    if len(names) != len(set(names)):
        err("duplicate medication names")

    dx = gold.get("diagnoses")
    if not isinstance(dx, list):
        err("gold.diagnoses must be a list")
        dx = []
    for d in dx:
        if not isinstance(d, dict) or set(d) != {"icd10", "label"}:
            err(f"diagnosis {d!r}: keys must be icd10,label")
            continue
        if not isinstance(d["icd10"], str) or not ICD_RE.match(d["icd10"]):
            err(f"diagnosis code {d['icd10']!r}")
        if not isinstance(d["label"], str) or not d["label"].strip():
            err("diagnosis label empty")

    risk = gold.get("risk")
    if not isinstance(risk, dict) or set(risk) != set(RISK_FIELDS):
        err(f"gold.risk must have exactly {RISK_FIELDS}")
    else:
        for k in RISK_FIELDS:
            if risk[k] not in RISK_VALUES:
                err(f"risk.{k} {risk[k]!r}")

    iv = gold.get("interventions")
    if not _is_str_list(iv):
        err("gold.interventions must be a list of strings")
    else:
        for x in iv:
            if x not in INTERVENTIONS:
                err(f"intervention {x!r} is not a canonical name")
        if len(iv) != len(set(iv)):
            err("duplicate interventions")

    hw = gold.get("homework")
    if not _is_str_list(hw):
        err("gold.homework must be a list of non-empty strings")

    na = gold.get("next_appointment")
    if na is not None:
        if not isinstance(na, str) or not na.strip():
            err("next_appointment must be a non-empty string or null")
        elif not any(na in t for t in all_text):
            err(f"next_appointment {na!r} is not verbatim in any turn")

    mets = gold.get("metaphors")
    if not _is_str_list(mets):
        err("gold.metaphors must be a list of strings")
    else:
        for q in mets:
            if not any(q in t for t in client_text):
                err(f"metaphor {q!r} is not a verbatim substring of a client turn")

    phi = gold.get("phi_terms")
    if not _is_str_list(phi):
        err("gold.phi_terms must be a list of strings")
    else:
        for p in phi:
            if not any(p in t for t in all_text):
                err(f"phi_term {p!r} is not said in any turn")

    if "symptoms" in gold:
        sy = gold["symptoms"]
        if not isinstance(sy, list):
            err("gold.symptoms must be a list")
            sy = []
        doms = []
        for x in sy:
            if not isinstance(x, dict) or set(x) != {"domain", "text"}:
                err(f"symptom {x!r}: keys must be domain,text")
                continue
            if x["domain"] not in SYMPTOM_DOMAINS:
                err(f"symptom domain {x['domain']!r}")
            doms.append(x["domain"])
            if not isinstance(x["text"], str) or not x["text"].strip():
                err(f"symptom {x['domain']!r}: text must be a non-empty string")
        if len(doms) != len(set(doms)):
            err("duplicate symptom domains")

    if "measures" in gold:
        ms = gold["measures"]
        if not isinstance(ms, list):
            err("gold.measures must be a list")
            ms = []
        for x in ms:
            if not isinstance(x, dict) or set(x) != {"instrument", "score"}:
                err(f"measure {x!r}: keys must be instrument,score")
                continue
            if x["instrument"] not in INSTRUMENTS:
                err(f"measure instrument {x['instrument']!r}")
            sc = x["score"]
            if not isinstance(sc, (int, float)) or isinstance(sc, bool) or sc < 0:
                err(f"measure {x['instrument']!r}: score {sc!r} is not a number")
            elif x["instrument"] == "rating" and sc > 10:
                err(f"measure rating {sc!r} is outside 0-10")
    return errs


def validate(data_dir):
    data_dir = Path(data_dir)
    sess_dir = data_dir / "sessions"
    errors = []
    files = sorted(sess_dir.glob("*.json"))
    if not files:
        return [f"{sess_dir}: no session files"], 0
    ids = []
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            errors.append(f"{f.name}: unreadable JSON ({type(e).__name__})")
            continue
        errors += check_session(doc, f.name)
        if isinstance(doc, dict):
            ids.append(doc.get("id"))
    if len(ids) != len(set(ids)):
        errors.append("duplicate session ids")
    splits_path = data_dir / "splits.json"
    if splits_path.exists():
        try:
            splits = json.loads(splits_path.read_text(encoding="utf-8"))
        except ValueError:
            errors.append("splits.json: unreadable JSON")
        else:
            dev, held = splits.get("dev"), splits.get("heldout")
            if not _is_str_list(dev) or not _is_str_list(held):
                errors.append("splits.json: dev and heldout must be lists of ids")
            else:
                # Held out: at least 10 sessions and a quarter of the set, so honest figures have support.
                if len(held) < max(10, len(ids) // 4):
                    errors.append(f"splits.json: heldout has {len(held)} ids, expected at least {max(10, len(ids) // 4)}")
                if set(dev) & set(held):
                    errors.append(f"splits.json: overlap {sorted(set(dev) & set(held))}")
                if sorted(dev + held) != sorted(ids):
                    errors.append("splits.json: dev+heldout must list every session exactly once")
                # Blind: held-out sessions the bench scores but never itemises (no peeking while tuning).
                blind = splits.get("blind", [])
                if not isinstance(blind, list) or not set(blind) <= set(held):
                    errors.append("splits.json: blind must be a list of heldout ids")
    else:
        errors.append("splits.json missing")
    return errors, len(files)


def main(argv):
    data_dir = argv[1] if len(argv) > 1 else Path(__file__).resolve().parent / "data"
    errors, n = validate(data_dir)
    for e in errors:
        print(e)
    print(f"{n} sessions checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
