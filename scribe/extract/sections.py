"""SOAP / DAP / BIRP narrative from structured facts and routed transcript sentences.

Every sentence carries the turn indices it came from, so the clinician can
trace it back; client statements are quoted, never paraphrased.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from scribe.errors import ModelError
from scribe.extract.schema import SECTION_NAMES
from scribe.extract.text import split_sentences

Sent = dict[str, Any]
logger = logging.getLogger("scribe")

_SUBJECTIVE_CUES = re.compile(
    r"\b(feel\w*|felt|mood|sleep\w*|anxi\w*|worr\w*|sad|depress\w*|stress\w*|panic\w*|tired|"
    r"angry|mad|hopeless|better|worse|week|nightmares?|cry\w*|appetite|energy|drink\w*|fight|argu\w*)\b",
    re.IGNORECASE,
)
_OBSERVATION_CUES = re.compile(r"\b(you seem|you look|i notice|i'm noticing|you're (smiling|crying|tearing))\b", re.IGNORECASE)
_ASSESSMENT_CUES = re.compile(
    r"\b(progress|improv\w*|that's a (real|big) (shift|difference|step)|fits with|consistent with|"
    r"it sounds like|makes sense|pattern)\b",
    re.IGNORECASE,
)
_RISK_LABEL = {
    "suicidal_ideation": "suicidal ideation",
    "homicidal_ideation": "homicidal ideation",
    "self_harm": "self-harm",
}


def _quote(sentence: str) -> str:
    return sentence.strip().rstrip(".")


def _client_statements(turns: list[dict[str, Any]], limit: int = 5) -> list[Sent]:
    from scribe.extract import embeddings

    if embeddings.enabled():
        try:
            return _client_statements_embedded(turns, limit)
        except ModelError:
            logger.warning("embedding routing unavailable; keyword routing")
    out: list[Sent] = []
    for i, t in enumerate(turns):
        if t.get("speaker") != "client":
            continue
        for s in split_sentences(t.get("text", "")):
            if len(s.text.split()) >= 6 and _SUBJECTIVE_CUES.search(s.text):
                out.append({"text": f'Client reported: "{_quote(s.text)}."', "evidence": [i]})
                break
        if len(out) >= limit:
            break
    return out


def _client_statements_embedded(turns: list[dict[str, Any]], limit: int) -> list[Sent]:
    """The client sentences nearest the Subjective prototype, one per turn, in session order."""
    from scribe.extract.embeddings import subjective_scores

    cands: list[tuple[int, str]] = []
    for i, t in enumerate(turns):
        if t.get("speaker") == "client":
            cands += [(i, s.text) for s in split_sentences(t.get("text", "")) if len(s.text.split()) >= 6]
    scores = subjective_scores([c[1] for c in cands])
    best: dict[int, tuple[float, str]] = {}
    for (i, text), sc in zip(cands, scores, strict=True):
        if sc >= 0.3 and (i not in best or sc > best[i][0]):
            best[i] = (sc, text)
    top = sorted(best.items(), key=lambda kv: -kv[1][0])[:limit]
    return [{"text": f'Client reported: "{_quote(text)}."', "evidence": [i]} for i, (_, text) in sorted(top)]


def _clinician_sentences(turns: list[dict[str, Any]], rx: re.Pattern[str], prefix: str, limit: int = 3) -> list[Sent]:
    out: list[Sent] = []
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        for s in split_sentences(t.get("text", "")):
            if rx.search(s.text) and not s.text.endswith("?"):
                out.append({"text": f'{prefix}: "{_quote(s.text)}."', "evidence": [i]})
                break
        if len(out) >= limit:
            break
    return out


def _session_sentence(progress: dict[str, Any], n_turns: int) -> Sent | None:
    facts = progress.get("session") or {}
    parts: list[str] = []
    if facts.get("session_type"):
        parts.append(f"{facts['session_type']} session")
    else:
        parts.append("Session")
    if facts.get("modality"):
        parts.append(f"conducted {facts['modality']}")
    if facts.get("date"):
        parts.append(f"on {facts['date']}")
    text = " ".join(parts)
    text = text[0].upper() + text[1:]
    if facts.get("duration_s"):
        text += f", about {max(1, round(facts['duration_s'] / 60))} minutes"
    roles = [r for r in ("clinician", "client", "other") if (facts.get("attendees") or {}).get(r)]
    if roles:
        text += "; present: " + ", ".join(roles)
    if n_turns == 0:
        return None
    return {"text": text + ".", "evidence": [0, n_turns - 1]}


_FACET_WORDS = {
    "wish_dead": "wish to be dead",
    "active_thoughts": "active thoughts",
    "method": "method considered",
    "intent": "intent",
    "plan": "plan",
    "preparatory_behavior": "preparatory behaviour",
}
_TIMEFRAME_WORDS = {"current": "current", "recent": "within the past month", "past": "past history only"}


def _risk_detail(field: str, item: dict[str, Any]) -> str:
    """The C-SSRS facets of one risk item as a clause: what was affirmed, when, and what was not."""
    facets = item.get("facets") or {}
    names = [k for k in _FACET_WORDS if not (k == "wish_dead" and field != "suicidal_ideation")]
    said = [_FACET_WORDS[k] for k in names if facets.get(k)]
    parts = []
    if facets.get("timeframe"):
        parts.append(_TIMEFRAME_WORDS[facets["timeframe"]])
    parts += said
    if item.get("status") == "endorsed":
        denied = [_FACET_WORDS[k] for k in ("intent", "plan", "preparatory_behavior") if not facets.get(k)]
        if denied:
            parts.append("no " + ", ".join(denied[:-1]) + (" or " if len(denied) > 1 else "") + denied[-1] + " reported")
    return f" ({'; '.join(parts)})" if parts else ""


def _risk_sentences(progress: dict[str, Any]) -> list[Sent]:
    out: list[Sent] = []
    for field, item in (progress.get("risk") or {}).items():
        status = item.get("status", "not_assessed")
        label = _RISK_LABEL.get(field, field)
        evidence = list(item.get("evidence", []))
        if status == "not_assessed":
            out.append({"text": f"{label.capitalize()} not assessed this session.", "evidence": []})
        else:
            out.append({"text": f"{label.capitalize()}: {status}{_risk_detail(field, item)}.", "evidence": evidence})
        if item.get("needs_review"):
            reasons = "; ".join(item.get("review_reasons") or []) or "flagged by the risk screen"
            out.append({"text": f"{label.capitalize()} needs review: {reasons}.", "evidence": evidence})
    return out


def _med_sentences(progress: dict[str, Any]) -> list[Sent]:
    out: list[Sent] = []
    for m in progress.get("medications") or []:
        dose = f" {m['dose']}" if m.get("dose") else ""
        out.append({"text": f"Medication: {m['name']}{dose} ({m['status']}).", "evidence": list(m["evidence"])})
    return out


def _dx_sentences(progress: dict[str, Any]) -> list[Sent]:
    return [
        {"text": f"Diagnosis discussed: {d['label']} ({d['icd10']}).", "evidence": list(d["evidence"])}
        for d in progress.get("diagnoses") or []
    ]


def _intervention_sentences(progress: dict[str, Any]) -> list[Sent]:
    return [
        {"text": f"Intervention: {iv['name']}.", "evidence": list(iv["evidence"])}
        for iv in progress.get("interventions") or []
    ]


def _response_sentences(progress: dict[str, Any], turns: list[dict[str, Any]], limit: int = 4) -> list[Sent]:
    out: list[Sent] = []
    seen: set[int] = set()
    for iv in progress.get("interventions") or []:
        for j in iv["evidence"]:
            k = next((x for x in range(j + 1, min(j + 3, len(turns))) if turns[x].get("speaker") != "clinician"), None)
            if k is None or k in seen:
                continue
            seen.add(k)
            first = split_sentences(turns[k].get("text", ""))
            if first:
                out.append({"text": f'Client response to {iv["name"]}: "{_quote(first[0].text)}."', "evidence": [k]})
            break
        if len(out) >= limit:
            break
    return out


def _plan_sentences(progress: dict[str, Any]) -> list[Sent]:
    out: list[Sent] = []
    for hw in progress.get("homework") or []:
        out.append({"text": f'Homework: "{_quote(hw["text"])}."', "evidence": list(hw["evidence"])})
    for m in progress.get("medications") or []:
        if m["status"] in ("started", "changed", "stopped"):
            out.append({"text": f"Medication {m['status']}: {m['name']}.", "evidence": list(m["evidence"])})
    nxt = progress.get("next_appointment")
    if nxt:
        out.append({"text": f"Next appointment: {nxt['text']}.", "evidence": list(nxt["evidence"])})
    return out


def build_sections(progress: dict[str, Any], turns: list[dict[str, Any]]) -> dict[str, list[Sent]]:
    fmt = progress.get("format", "SOAP")
    subjective = _client_statements(turns)
    session = _session_sentence(progress, len(turns))
    objective = ([session] if session else []) + _clinician_sentences(
        turns, _OBSERVATION_CUES, "Clinician observed") + _risk_sentences(progress) + _med_sentences(progress)
    assessment = _dx_sentences(progress) + _clinician_sentences(turns, _ASSESSMENT_CUES, "Clinician assessment")
    plan = _plan_sentences(progress)
    if fmt == "DAP":
        parts = {"Data": subjective + objective, "Assessment": assessment, "Plan": plan}
    elif fmt == "BIRP":
        parts = {
            "Behavior": subjective + objective,
            "Intervention": _intervention_sentences(progress),
            "Response": _response_sentences(progress, turns),
            "Plan": plan,
        }
    else:
        plan = _intervention_sentences(progress) + plan
        parts = {"Subjective": subjective, "Objective": objective, "Assessment": assessment, "Plan": plan}
    return {name: parts.get(name, []) for name in SECTION_NAMES[fmt]}
