"""The progress note under review: a pure document model (no I/O, no crypto).

A review document is ``{"progress_note": <extraction output>, "review": {path: state}}``.
Every sentence and structured fact has a *path* (``sections/Plan/2``,
``medications/0``, ``risk/suicidal_ideation``, ``next_appointment``). Nothing is
ever deleted: a rejected fact stays in the document, marked, and is left out
of the signed text. Facts with no or weak evidence and risk items flagged by
extraction must be resolved (acknowledged, accepted, rejected or edited)
before the note can be signed.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

# Structured fact lists and the fields a clinician may edit in each.
FACT_LISTS: dict[str, tuple[str, ...]] = {
    "medications": ("name", "dose", "status"),
    "diagnoses": ("icd10", "label"),
    "interventions": ("name",),
    "homework": ("text",),
    "measures": ("instrument", "score"),
    "symptoms": ("domain", "text"),
}
SINGLE_FACTS: dict[str, tuple[str, ...]] = {"next_appointment": ("text",)}
RISK_LABELS = {"suicidal_ideation": "Suicidal ideation", "homicidal_ideation": "Homicidal ideation", "self_harm": "Self-harm"}
RISK_STATUSES = ("denied", "endorsed", "not_assessed")
MEDICATION_STATUSES = ("current", "started", "changed", "stopped")
TITLES = {
    "medications": "Medications",
    "diagnoses": "Diagnoses",
    "risk": "Risk",
    "interventions": "Interventions",
    "homework": "Homework",
    "next_appointment": "Next appointment",
    "measures": "Measures",
    "symptoms": "Symptoms",
}
DECISIONS = ("accepted", "rejected")


class DocumentError(ValueError):
    """A path or value that does not fit the document (the message names the path, never note text)."""


@dataclass(frozen=True)
class Fact:
    path: str
    group: str  # "sections/<name>" or a TITLES key
    text: str
    fields: dict[str, str]
    evidence: list[int]
    source: str = "engine"  # engine | clinician
    flag: str | None = None  # risk | needs-review | no-evidence | weak-evidence
    reasons: list[str] = field(default_factory=list)
    decision: str | None = None
    acknowledged: bool = False
    edited: bool = False
    facets: dict[str, Any] = field(default_factory=dict)
    denied: list[str] = field(default_factory=list)  # a risk item's facets the client denied when asked

    @property
    def resolved(self) -> bool:
        return self.acknowledged or self.edited or self.decision is not None

    @property
    def pending(self) -> bool:
        return self.flag is not None and not self.resolved


_SENTENCE_END = re.compile(r"(?:(?<=[.!?][\"\u201d])|(?<=[.!?]))\s+(?=[A-Z\"\u201c])")
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]{8,})[\"\u201d]")
_WORD = re.compile(r"[a-z0-9']+")
# Words too common to tie a sentence to a turn (one list, used only for evidence matching).
_COMMON = frozenset(
    "about after also and any are been but can client clinician could did does for from had has have her him his "
    "how into its just more not now off one our out over per session she some than that the their them then there "
    "they this was were what when which who will with would you your".split()
)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _COMMON}


def match_evidence(sentence: str, turns: list[str]) -> list[int]:
    """Turns that support a sentence the engine did not ground one by one (DESIGN.md's string sections).

    A quoted span found verbatim in a turn wins; otherwise the turns sharing at
    least two content words and half of the sentence's content words. An empty
    list means nothing matched, and the sentence is flagged for the reviewer.
    """
    for quote in _QUOTED.findall(sentence):
        found = [i for i, t in enumerate(turns) if quote.strip().lower() in t.lower()]
        if found:
            return found
    words = _content_words(sentence)
    if not words:
        return []
    scored = [(len(words & _content_words(t)), i) for i, t in enumerate(turns)]
    need = max(2, (len(words) + 1) // 2)
    return [i for n, i in scored if n >= need]


def _fact_keys(note: dict[str, Any]) -> list[tuple[str, list[int] | None]]:
    """(phrase, evidence) for each structured fact, to ground the sentences that restate it."""
    keys: list[tuple[str, list[int] | None]] = []
    for m in note.get("medications") or []:
        keys.append((str(m.get("name", "")), list(m.get("evidence") or [])))
    for d in note.get("diagnoses") or []:
        keys += [(str(d.get("label", "")), list(d.get("evidence") or [])), (str(d.get("icd10", "")), list(d.get("evidence") or []))]
    for i in note.get("interventions") or []:
        keys.append((str(i.get("name", "")), list(i.get("evidence") or [])))
    for name, item in (note.get("risk") or {}).items():
        # "not assessed" claims that nothing was said: there is nothing to point at.
        evidence = None if item.get("status") == "not_assessed" else list(item.get("evidence") or [])
        keys.append((RISK_LABELS.get(name, name), evidence))
    date = (note.get("session") or {}).get("date")
    if date:
        keys.append((str(date), None))  # session facts come from the recording's metadata, not from speech
    return [(k.lower(), e) for k, e in keys if len(k) > 2]


def _ground(sentence: str, turns: list[str], keys: list[tuple[str, list[int] | None]]) -> list[int] | None:
    hits = [e for k, e in keys if k in sentence.lower()]
    if hits:
        if all(e is None for e in hits):
            return None
        return sorted({i for e in hits if e for i in e}) or match_evidence(sentence, turns)
    return match_evidence(sentence, turns)


def _sentences(section: Any, turns: list[str] | None = None, keys: list[tuple[str, list[int] | None]] | None = None) -> list[dict[str, Any]]:
    """Sections come as a list of ``{"text", "evidence"}`` sentences, or (DESIGN.md's form) one string.

    A string is split into sentences; with the transcript at hand each gets the
    turns that support it (``"evidence_source": "matched"``): those of the
    structured fact it restates, else the turns it quotes or shares words with.
    """
    if isinstance(section, str):
        parts = [p.strip() for p in _SENTENCE_END.split(section.strip()) if p.strip()]
        if turns is None:
            return [{"text": p, "evidence": None} for p in parts]
        return [{"text": p, "evidence": _ground(p, turns, keys or []), "evidence_source": "matched"} for p in parts]
    out: list[dict[str, Any]] = [dict(s) if isinstance(s, dict) else {"text": str(s), "evidence": None} for s in section or []]
    if turns is not None:
        for s in out:
            if s.get("evidence") == []:
                # a sentence the engine cites no turn for ("Homicidal ideation not assessed this session."):
                # matched like a string section's, so a statement of absence is not flagged as unsupported
                s["evidence"] = _ground(str(s.get("text", "")), turns, keys or [])
    return out


def new_document(progress_note: dict[str, Any], turns: list[str] | None = None) -> dict[str, Any]:
    """A review document from the pipeline's progress note (sections normalised to sentences).

    ``section_sentences``, when the note has them, are the sentences with the engine's evidence;
    otherwise ``turns`` (the transcript's turn texts) lets sentences of string sections point at
    their evidence.
    """
    note = copy.deepcopy(progress_note)
    keys = _fact_keys(note)
    # The engine's own sentences carry the turns each was written from; matching words against the
    # transcript is only for notes that have the sections as strings (DESIGN.md's form alone).
    written = note.pop("section_sentences", None) or {}
    note["sections"] = {name: _sentences(written.get(name) or body, turns, keys)
                        for name, body in (note.get("sections") or {}).items()}
    return {"progress_note": note, "review": {}}


def _evidence_flag(evidence: Any, n_turns: int) -> tuple[str | None, list[str]]:
    if evidence is None:
        return None, []  # not claimed sentence by sentence (a string section): nothing to check
    if not evidence:
        return "no-evidence", ["no transcript turn supports this"]
    if any(not isinstance(i, int) or i < 0 or i >= n_turns for i in evidence):
        return "weak-evidence", ["cites a turn the transcript does not have"]
    return None, []


def _fact_text(group: str, item: dict[str, Any]) -> str:
    if group == "medications":
        dose = f" {item['dose']}" if item.get("dose") else ""
        return f"{item.get('name', '')}{dose} ({item.get('status', '')})"
    if group == "diagnoses":
        return f"{item.get('icd10', '')} {item.get('label', '')}".strip()
    if group == "interventions":
        return str(item.get("name", ""))
    if group == "measures":
        return f"{item.get('instrument', '')}: {item.get('score', '')}"
    if group == "symptoms":
        return f"{item.get('domain', '')}: {item.get('text', '')}"
    return str(item.get("text", ""))


def facts(doc: dict[str, Any], n_turns: int) -> list[Fact]:
    """Every sentence and fact of the note, in display order, with its flag and review state."""
    note, review = doc["progress_note"], doc.get("review", {})
    out: list[Fact] = []

    def add(path: str, group: str, text: str, fields: dict[str, str], item: dict[str, Any],
            flag: str | None, reasons: list[str], facets: dict[str, Any] | None = None,
            denied: list[str] | None = None) -> None:
        state = review.get(path, {})
        out.append(Fact(
            path=path, group=group, text=text, fields=fields, evidence=list(item.get("evidence") or []),
            source=item.get("source", "engine"), flag=None if item.get("source") == "clinician" else flag,
            reasons=reasons, decision=state.get("decision"), acknowledged=bool(state.get("acknowledged")),
            edited=bool(state.get("edited")), facets=facets or {}, denied=denied or [],
        ))

    flag: str | None
    for name, sentences in (note.get("sections") or {}).items():
        for i, s in enumerate(sentences):
            flag, reasons = _evidence_flag(s.get("evidence"), n_turns)
            add(f"sections/{name}/{i}", f"sections/{name}", str(s.get("text", "")), {"text": str(s.get("text", ""))}, s, flag, reasons)
    for group, names in FACT_LISTS.items():
        for i, item in enumerate(note.get(group) or []):
            flag, reasons = _evidence_flag(item.get("evidence", []), n_turns)
            add(f"{group}/{i}", group, _fact_text(group, item), {k: _str(item.get(k)) for k in names}, item, flag, reasons)
    for field_name, item in (note.get("risk") or {}).items():
        status = item.get("status", "not_assessed")
        reasons = list(item.get("review_reasons") or [])
        flag = None
        if item.get("needs_review"):
            flag = "needs-review"
        elif status == "endorsed":
            flag, reasons = "risk", reasons or ["risk endorsed: confirm and document the safety response"]
        elif status != "not_assessed":
            flag, reasons = _evidence_flag(item.get("evidence", []), n_turns)
        label = RISK_LABELS.get(field_name, field_name)
        add(f"risk/{field_name}", "risk", f"{label}: {status.replace('_', ' ')}", {"status": status}, item, flag, reasons,
            facets=dict(item.get("facets") or {}), denied=list(item.get("denied_facets") or []))
    nxt = note.get("next_appointment")
    if isinstance(nxt, dict):
        flag, reasons = _evidence_flag(nxt.get("evidence", []), n_turns)
        add("next_appointment", "next_appointment", str(nxt.get("text", "")), {"text": str(nxt.get("text", ""))}, nxt, flag, reasons)
    return out


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def risk_flagged(doc: dict[str, Any]) -> bool:
    """Whether any risk item is endorsed or flagged for review (the queue puts these first)."""
    return any(
        item.get("needs_review") or item.get("status") == "endorsed"
        for item in (doc["progress_note"].get("risk") or {}).values()
    )


def pending(doc: dict[str, Any], n_turns: int) -> list[Fact]:
    return [f for f in facts(doc, n_turns) if f.pending]


def _locate(doc: dict[str, Any], path: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The dict a path names and the fields that may be edited in it."""
    note = doc["progress_note"]
    parts = path.split("/")
    try:
        if parts[0] == "sections" and len(parts) == 3:
            return note["sections"][parts[1]][int(parts[2])], ("text",)
        if parts[0] in FACT_LISTS and len(parts) == 2:
            return note[parts[0]][int(parts[1])], FACT_LISTS[parts[0]]
        if parts[0] == "risk" and len(parts) == 2:
            return note["risk"][parts[1]], ("status",)
        if parts[0] in SINGLE_FACTS and len(parts) == 1 and isinstance(note.get(parts[0]), dict):
            return note[parts[0]], SINGLE_FACTS[parts[0]]
    except (KeyError, IndexError, ValueError, TypeError):
        pass
    raise DocumentError(f"no fact at {path!r}")


def _validate(path: str, name: str, value: str) -> Any:
    value = value.strip()
    if path.startswith("risk/") and value not in RISK_STATUSES:
        raise DocumentError(f"risk status must be one of {', '.join(RISK_STATUSES)}")
    if path.startswith("medications/") and name == "status" and value not in MEDICATION_STATUSES:
        raise DocumentError(f"medication status must be one of {', '.join(MEDICATION_STATUSES)}")
    if path.startswith("measures/") and name == "score":
        try:
            return int(value)
        except ValueError:
            raise DocumentError("a measure's score is a whole number") from None
    if name in ("dose",) and not value:
        return None
    if not value and name in ("text", "name", "label", "instrument"):
        raise DocumentError(f"{name} cannot be empty; reject the fact instead")
    return value


def edit(doc: dict[str, Any], path: str, values: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Change a fact's fields in place; returns (before, after) of the changed fields."""
    item, editable = _locate(doc, path)
    unknown = set(values) - set(editable)
    if unknown:
        raise DocumentError(f"{path!r} has no editable field {sorted(unknown)[0]!r}")
    before = {k: item.get(k) for k in values}
    after = {k: _validate(path, k, v) for k, v in values.items()}
    if before == after:
        return before, after
    item.update(after)
    doc.setdefault("review", {}).setdefault(path, {})["edited"] = True
    return before, after


def add_sentence(doc: dict[str, Any], section: str, text: str) -> str:
    """Append the clinician's own sentence to a section; returns its path."""
    sections = doc["progress_note"].setdefault("sections", {})
    if section not in sections:
        raise DocumentError(f"no section {section!r}")
    if not text.strip():
        raise DocumentError("an empty sentence adds nothing")
    sections[section].append({"text": text.strip(), "evidence": [], "source": "clinician"})
    return f"sections/{section}/{len(sections[section]) - 1}"


def decide(doc: dict[str, Any], path: str, decision: str | None) -> tuple[str | None, str | None]:
    """Accept or reject a fact (``None`` undoes); returns (before, after)."""
    _locate(doc, path)
    if decision is not None and decision not in DECISIONS:
        raise DocumentError(f"a decision is one of {', '.join(DECISIONS)}")
    state = doc.setdefault("review", {}).setdefault(path, {})
    before = state.get("decision")
    state["decision"] = decision
    return before, decision


def acknowledge(doc: dict[str, Any], path: str, by: str, at: str) -> bool:
    """Mark a flagged fact as seen; returns False when it already was."""
    _locate(doc, path)
    state = doc.setdefault("review", {}).setdefault(path, {})
    if state.get("acknowledged"):
        return False
    state["acknowledged"] = {"by": by, "at": at}
    return True


def final_note(doc: dict[str, Any]) -> dict[str, Any]:
    """The progress note as signed: rejected facts and sentences left out, review marks stripped."""
    note = copy.deepcopy(doc["progress_note"])
    review = doc.get("review", {})

    def kept(path: str) -> bool:
        return review.get(path, {}).get("decision") != "rejected"

    note["sections"] = {
        name: [s for i, s in enumerate(body) if kept(f"sections/{name}/{i}")] for name, body in note.get("sections", {}).items()
    }
    for group in FACT_LISTS:
        if group in note:
            note[group] = [x for i, x in enumerate(note[group] or []) if kept(f"{group}/{i}")]
    if "risk" in note:
        note["risk"] = {k: v for k, v in note["risk"].items() if kept(f"risk/{k}")}
    if isinstance(note.get("next_appointment"), dict) and not kept("next_appointment"):
        note["next_appointment"] = None
    return note


def canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(doc: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the whole review document (what the signature covers)."""
    return hashlib.sha256(canonical(doc)).hexdigest()


def to_markdown(note: dict[str, Any], *, signature: dict[str, Any] | None = None) -> str:
    """The signed (or draft) progress note as plain Markdown for pasting into an EHR."""
    lines = [f"# Progress note ({note.get('format', 'SOAP')})", ""]
    s = note.get("session") or {}
    facts_line = [f"{k.replace('_', ' ')}: {s[k]}" for k in ("date", "modality", "session_type") if s.get(k)]
    if facts_line:
        lines += [" · ".join(facts_line), ""]
    for name, body in (note.get("sections") or {}).items():
        text = " ".join(str(x.get("text", "")) for x in _sentences(body))
        lines += [f"## {name}", "", text or "Nothing recorded.", ""]
    for group in ("medications", "diagnoses", "interventions", "homework", "measures", "symptoms"):
        items = note.get(group) or []
        if items or group in ("medications", "diagnoses"):
            lines += [f"## {TITLES[group]}", ""] + ([f"- {_fact_text(group, x)}" for x in items] or ["- none recorded"]) + [""]
    risk = note.get("risk") or {}
    if risk:
        lines += ["## Risk", ""]
        lines += [f"- {RISK_LABELS.get(k, k)}: {str(v.get('status', '')).replace('_', ' ')}" for k, v in risk.items()]
        lines.append("")
    nxt = note.get("next_appointment")
    if isinstance(nxt, dict) and nxt.get("text"):
        lines += ["## Next appointment", "", f"- {nxt['text']}", ""]
    if signature:
        lines += ["---", "", f"Signed by {signature['signer']} at {signature['signed_at']} (sha256 {signature['content_hash']})."]
        if signature.get("cosigner"):
            lines.append(f"Co-signed by {signature['cosigner']} at {signature['cosigned_at']}.")
        if signature.get("amends"):
            lines.append(f"Amendment (version {signature['version']}) of a previously signed note.")
        lines.append("")
    return "\n".join(lines)
