"""Readable Markdown for each note kind."""

from __future__ import annotations

from typing import Any, Literal

from scribe.extract.schema import affirmed_facets
from scribe.extract.sections import med_display

_RISK_LABEL = {
    "suicidal_ideation": "Suicidal ideation",
    "homicidal_ideation": "Homicidal ideation",
    "self_harm": "Self-harm",
}


_FACET_LABEL = {
    "wish_dead": "wish to be dead",
    "active_thoughts": "active thoughts",
    "method": "method",
    "intent": "intent",
    "plan": "plan",
    "preparatory_behavior": "preparatory behaviour",
    "behavior": "acts carried out",
}


def _risk_facets(field: str, item: dict[str, Any]) -> str:
    facets = item.get("facets") or {}
    said = [_FACET_LABEL[k] for k in affirmed_facets(field, facets)]
    if facets.get("timeframe"):
        said.insert(0, str(facets["timeframe"]))
    denied = [_FACET_LABEL[k] for k in item.get("denied_facets") or [] if k in _FACET_LABEL and not facets.get(k)]
    if denied:
        said.append("denied: " + ", ".join(denied))
    return f" ({', '.join(said)})" if said else ""


def _ev(evidence: list[int] | None) -> str:
    return f" _(turns {', '.join(str(i) for i in evidence)})_" if evidence else ""


def _progress(p: dict[str, Any]) -> str:
    lines = [f"# Progress note ({p.get('format', 'SOAP')})", ""]
    s = p.get("session") or {}
    facts = [f"{k}: {s[k]}" for k in ("date", "modality", "session_type") if s.get(k)]
    if s.get("duration_s"):
        # as the Objective says it: a recording under a minute is "1 min", never "0 min"
        facts.append(f"duration: {max(1, round(s['duration_s'] / 60))} min")
    if s.get("attendees"):
        facts.append("attendees: " + ", ".join(sorted(s["attendees"])))
    if facts:
        lines += ["_" + " · ".join(facts) + "_", ""]
    for name, text in (p.get("sections") or {}).items():
        lines += [f"## {name}", "", text or "_Nothing recorded._", ""]
    lines += ["## Medications", ""]
    meds = p.get("medications") or []
    lines += [f"- {med_display(m['name'])} {m.get('dose') or ''} ({m['status']}){_ev(m.get('evidence'))}".replace("  ", " ")
              for m in meds] or ["- none discussed"]
    lines += ["", "## Diagnoses", ""]
    lines += [f"- {d['icd10']} {d['label']}{_ev(d.get('evidence'))}" for d in p.get("diagnoses") or []] or [
        "- none discussed"]
    lines += ["", "## Risk", ""]
    for field, item in (p.get("risk") or {}).items():
        lines.append(f"- {_RISK_LABEL.get(field, field)}: {item['status'].replace('_', ' ')}{_risk_facets(field, item)}"
                     f"{_ev(item.get('evidence'))}")
        if item.get("needs_review"):
            reasons = "; ".join(item.get("review_reasons") or []) or "flagged by the risk screen"
            lines.append(f"  - **needs review:** {reasons}")
    lines += ["", "## Interventions", ""]
    lines += [f"- {i['name']}{_ev(i.get('evidence'))}" for i in p.get("interventions") or []] or ["- none recorded"]
    lines += ["", "## Homework", ""]
    lines += [f"- {h['text']}{_ev(h.get('evidence'))}" for h in p.get("homework") or []] or ["- none"]
    nxt = p.get("next_appointment")
    lines += ["", "## Next appointment", "", f"- {nxt['text']}{_ev(nxt.get('evidence'))}" if nxt else "- not set", ""]
    return "\n".join(lines)


def _workspace(w: dict[str, Any]) -> str:
    lines = ["# Psychotherapy note workspace (private)", "",
             "_Kept separate from the record; contains no chart data._", ""]
    sections = (
        ("Themes", [str(t) for t in w.get("themes") or []]),
        ("Client's metaphors", [f"\u201c{m['quote']}\u201d{_ev(m.get('evidence'))}" for m in w.get("metaphors") or []]),
        ("Hypotheses voiced in session", [str(h) for h in w.get("hypotheses") or []]),
        ("Reflection prompts", [str(r) for r in w.get("reflection_prompts") or []]),
    )
    for title, items in sections:
        lines += [f"## {title}", ""] + ([f"- {x}" for x in items] or ["- none"]) + [""]
    return "\n".join(lines)


def render_markdown(extraction: dict[str, Any], kind: Literal["progress", "psychotherapy"]) -> str:
    """Markdown for the progress note or the psychotherapy workspace."""
    if kind == "progress":
        return _progress(extraction["progress_note"])
    if kind == "psychotherapy":
        return _workspace(extraction["psychotherapy_note"])
    raise ValueError(f"kind must be 'progress' or 'psychotherapy', not {kind!r}")
