"""Grounding: every extracted fact must be supported by the turns it cites.

A fact whose evidence does not support it is dropped (risk falls back to
``not_assessed``) and counted; nothing is guessed or repaired.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from scribe.extract.diagnoses import names_diagnosis
from scribe.extract.findings import supports_measure, supports_symptom
from scribe.extract.interventions import supported
from scribe.extract.lexicons import INTERVENTIONS, MED_SURFACE, MEDICATIONS
from scribe.extract.meds import dose_values_in, fold_accents, generic_name, names_said_apart, unnamed_patches
from scribe.extract.nlp import find_drug_names
from scribe.extract.risk import (
    _PASSIVE,
    _PASSIVE_REPORTED,
    _SH_PRESUPPOSED,
    ESCALATED_THRESHOLD,
    OTHERS_BODY,
    TOPICS,
    harm_to_named,
    owned_picture_checked,
)
from scribe.extract.text import BARE_NUMBER_RE, find_doses, parse_number

logger = logging.getLogger("scribe")

_WORD = re.compile(r"[a-z0-9']+")
_STOP = frozenset(
    "a an the and or to of in on at for with your you i my me it this that is be do can will "
    "would like want each every so just".split()
)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _valid(evidence: Any, n: int) -> list[int] | None:
    if not isinstance(evidence, list) or not evidence:
        return None
    if not all(isinstance(i, int) and 0 <= i < n for i in evidence):
        return None
    return evidence


def _texts(turns: list[dict[str, Any]], evidence: list[int]) -> list[str]:
    return [str(turns[i].get("text", "")) for i in evidence]


def _surfaces_for(generic: str) -> set[str]:
    out = {s for s, g in MED_SURFACE.items() if g == generic}
    out.add(generic)
    return out


def supports_medication(fact: dict[str, Any], turns: list[dict[str, Any]]) -> bool:
    ev = _valid(fact.get("evidence"), len(turns))
    if ev is None or not fact.get("name"):
        return False
    texts = [fold_accents(t) for t in _texts(turns, ev)]  # "The losartán, yes" names losartan
    name = str(fact["name"]).lower()
    surfaces = _surfaces_for(name)
    named = any(re.search(rf"\b{re.escape(s)}(e?s)?\b", t, re.IGNORECASE) for t in texts for s in surfaces)  # "melatonins"
    if not named:
        # a name the drug dictionary knows, compared the way extraction writes it (salts dropped,
        # combinations hyphenated)
        named = any(generic_name(n) == name for t in texts for n, _, _ in find_drug_names(t))
    if not named:
        # "still on the 21 patch" while the talk is of smoking: the patch names its drug
        named = any(m.generic == name for i in ev for m in unnamed_patches(turns, i, []))
    if not named:
        # "the ren vela", "lex a pro": a name the transcriber split into words
        named = any(generic == name for t in texts for generic, _, _ in names_said_apart(t))
    if not named and "-" in name:
        # a combination named by its parts: "the levonorgestrel one with the ethinyl estradiol"
        named = all(any(re.search(rf"\b{re.escape(s)}\b", t, re.IGNORECASE) for t in texts for s in _surfaces_for(part))
                    for part in name.split("-"))
    if not named:
        return False
    dose = fact.get("dose")
    if dose:
        want = find_doses(str(dose))
        if not want:
            return False
        value = want[0].value
        for t in texts:
            if any(abs(d.value - value) < 1e-6 for d in find_doses(t)):
                return True
            for m in BARE_NUMBER_RE.finditer(t):
                v = parse_number(m.group("num"))
                if v is not None and abs(v - value) < 1e-6:
                    return True
            if any(abs(v - value) < 1e-6 for v in dose_values_in(t)):
                return True  # "fifteen in the morning and fifteen at night" is 30 a day
        return False
    return True


def supports_diagnosis(fact: dict[str, Any], turns: list[dict[str, Any]]) -> bool:
    ev = _valid(fact.get("evidence"), len(turns))
    code = str(fact.get("icd10", "")).upper()
    if ev is None or not code:
        return False
    texts = _texts(turns, ev)
    if any(code in t.upper() for t in texts):
        return True
    return any(names_diagnosis(code, t) for t in texts)


def supports_risk(field: str, item: dict[str, Any], turns: list[dict[str, Any]]) -> bool:
    status = item.get("status")
    if status == "not_assessed":
        return True
    ev = _valid(item.get("evidence"), len(turns))
    if ev is None or field not in TOPICS:
        return False
    texts = _texts(turns, ev)
    if any(TOPICS[field].search(t) for t in texts):
        return True
    if field == "homicidal_ideation" and any(harm_to_named(t) for t in texts):
        return True
    if field == "suicidal_ideation" and any(_PASSIVE.search(t) or _PASSIVE_REPORTED.search(t) for t in texts):
        return True
    if field == "self_harm" and any(_SH_PRESUPPOSED.search(t) for t in texts):
        return True
    if field == "homicidal_ideation" and any(TOPICS["self_harm"].search(t) and OTHERS_BODY.search(t) for t in texts):
        return True  # "slamming his head into the locker": self-harm's words, someone else's body
    if field == "homicidal_ideation" and owned_picture_checked(texts):
        return True  # an owned picture of an act toward someone, and the clinician asking whether there is intent
    from scribe.extract.risk_net import model_threshold, scores

    # the learned screen, asked the way the risk screen asked it: the client's own sentences only,
    # each with the clinician turn before it
    speakers = [turns[i].get("speaker") for i in ev]
    asked = [str(turns[i - 1].get("text", "")) if i and turns[i - 1].get("speaker") == "clinician" else "" for i in ev]
    read = [row.get(field, 0.0) for row in scores(texts, [sp == "client" for sp in speakers], asked)]
    if any(p >= model_threshold() for p in read):
        return True
    # a weaker reading the clinician followed up as a disclosure, the follow-up cited with it (risk.py's rule)
    return any(p >= ESCALATED_THRESHOLD and sp == "client" and any(turns[j].get("speaker") == "clinician" and j > i for j in ev)
               for i, p, sp in zip(ev, read, speakers, strict=True))


def supports_intervention(fact: dict[str, Any], turns: list[dict[str, Any]]) -> bool:
    ev = _valid(fact.get("evidence"), len(turns))
    name = str(fact.get("name", ""))
    if ev is None or name not in INTERVENTIONS:
        return False
    # a cue of the technique, its name, or the intervention net reading it in those turns
    return supported(name, turns, ev)


def supports_text(text: str, turns: list[dict[str, Any]], evidence: Any, *, verbatim: bool = False) -> bool:
    ev = _valid(evidence, len(turns))
    if ev is None or not text.strip():
        return False
    joined = _norm(" ".join(_texts(turns, ev)))
    target = _norm(text)
    if not target:
        return False
    if target in joined:
        return True
    if verbatim:
        return False
    words = [w for w in target.split() if w not in _STOP]
    if not words:
        return False
    have = set(joined.split())
    return sum(w in have for w in words) / len(words) >= 0.6


def ground(extraction: dict[str, Any], turns: list[dict[str, Any]]) -> tuple[dict[str, Any], int, int]:
    """Drop unsupported facts in place; returns (extraction, n_dropped, n_checked)."""
    dropped = 0
    checked = 0
    p = extraction["progress_note"]

    def keep(items: list[dict[str, Any]], ok: Any) -> list[dict[str, Any]]:
        nonlocal dropped, checked
        out = []
        for it in items:
            checked += 1
            if ok(it):
                out.append(it)
            else:
                dropped += 1
        return out

    p["medications"] = keep(p.get("medications") or [], lambda f: supports_medication(f, turns))
    p["diagnoses"] = keep(p.get("diagnoses") or [], lambda f: supports_diagnosis(f, turns))
    p["interventions"] = keep(p.get("interventions") or [], lambda f: supports_intervention(f, turns))
    p["homework"] = keep(p.get("homework") or [], lambda f: supports_text(f.get("text", ""), turns, f.get("evidence")))
    p["symptoms"] = keep(p.get("symptoms") or [], lambda f: supports_symptom(f, turns))
    p["measures"] = keep(p.get("measures") or [], lambda f: supports_measure(f, turns))
    nxt = p.get("next_appointment")
    if nxt:
        checked += 1
        if not supports_text(nxt.get("text", ""), turns, nxt.get("evidence")):
            p["next_appointment"] = None
            dropped += 1
    for field, item in (p.get("risk") or {}).items():
        if item.get("status") == "not_assessed":
            # raised but not settled (flagged): the turns that raised it stay for the reviewer to read
            item["evidence"] = (_valid(item.get("evidence"), len(turns)) or []) if item.get("needs_review") else []
            continue
        checked += 1
        if not supports_risk(field, item, turns):
            # Ungrounded, so not kept as a finding; but a dropped risk finding is never silent:
            # the clinician is told to check the transcript themselves.
            p["risk"][field] = {
                "status": "not_assessed",
                "evidence": [],
                "needs_review": True,
                "review_reasons": [f"a {item.get('status')} finding was dropped: its evidence did not support it; check the transcript"],
            }
            dropped += 1
    w = extraction["psychotherapy_note"]
    w["metaphors"] = keep(
        w.get("metaphors") or [], lambda f: supports_text(f.get("quote", ""), turns, f.get("evidence"), verbatim=True)
    )
    if dropped:
        logger.info("grounding dropped facts", extra={"dropped": dropped, "checked": checked})
    return extraction, dropped, checked


__all__ = ["ground", "supports_medication", "supports_diagnosis", "supports_risk", "supports_intervention",
           "supports_text", "supports_symptom", "supports_measure", "MEDICATIONS"]
