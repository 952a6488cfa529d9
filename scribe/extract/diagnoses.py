"""Diagnoses the client was given, by ICD-10-CM code, never a relative's, a negated or a wondered-about one."""

from __future__ import annotations

import re
from typing import Any

from scribe.extract.lexicons import DIAGNOSES, DX_BY_CODE, ICD10_RE
from scribe.extract.text import clause_before, sentence_at, split_sentences

Turns = list[dict[str, Any]]

# ---------------------------------------------------------------- diagnoses

_DX_NEGATION = re.compile(
    r"(n't\b|\b(?:not|no|never)\b(?! only)|\b(read|heard|saw) (online|that|about|somewhere)|\btest\w* (\w+ )?for|\b(?:rule[sd]? out|ruled out|isn't|doesn't (mean|sound like)|don't think|"
    r"instead of|rather than|not really|wonder(ing)? (if|whether)|worried (i|you) (have|might)|"
    r"might (have|be)|could (be|have)|do i have|whether|if (i|you|it)|screen(ing)? for|test(ed)? for|"
    r"look(ing)? (into|at) (whether|if)|thought (i|it) (had|was)|googled|read about|actually\s+$))[^.?!]*$",
    re.IGNORECASE,
)
_DX_THIRD_PARTY = re.compile(
    r"\b(my|his|her|their|our) (mom|mother|dad|father|sister|brother|husband|wife|partner|boyfriend|"
    r"girlfriend|friend|roommate|son|daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|"
    r"coworker|boss|ex|parents?|family)('s)?\b[^.?!]*$|\b(he|she|they) (has|had|have|was diagnosed|"
    r"got diagnosed|struggles with|deals with)\b[^.?!]*$|\b(his|her|their) (own )?$|\bruns in\b",
    re.IGNORECASE,
)
_DX_SUBTYPES: tuple[tuple[str, str, str], ...] = (
    (r"inattentive", "F90.0", "attention-deficit hyperactivity disorder, predominantly inattentive type"),
    (r"hyperactive[- ]impulsive|hyperactive type", "F90.1",
     "attention-deficit hyperactivity disorder, predominantly hyperactive type"),
    (r"combined[- ]type|combined presentation", "F90.2", "attention-deficit hyperactivity disorder, combined type"),
)


_DX_RELATIVE = re.compile(
    r"\b(mom|mother|dad|father|sister|brother|husband|wife|partner|boyfriend|girlfriend|friend|roommate|son|"
    r"daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|coworker|boss|ex|parents?|family|"
    r"niece|nephew|stepmom|stepdad|sibling)('s)?\b",
    re.IGNORECASE,
)


def _third_party_is_client(speaker: str, multi_party: bool, match: re.Match[str], before: str, prev: str) -> bool:
    """'her ADHD diagnosis' / 'she has PTSD' from a parent or partner, or from the clinician in a
    couples or family session, is about the client unless a relative was just named."""
    if speaker == "client" or (speaker == "clinician" and not multi_party):
        return False
    if not re.match(r"(his|her|their|he|she|they)\b", match.group(0), re.IGNORECASE):
        return False
    return not _DX_RELATIVE.search(before[: match.end()] + " " + prev)


def extract_diagnoses(turns: Turns) -> list[dict[str, Any]]:
    by_cat: dict[str, dict[str, Any]] = {}
    multi_party = any(t.get("speaker") == "other" for t in turns)
    for i, t in enumerate(turns):
        text = t.get("text", "")
        low = text.lower()
        masked = [False] * len(low)
        hits: list[tuple[str, str, int, int]] = []
        for m in ICD10_RE.finditer(text):
            code = m.group(0).upper()
            label = DX_BY_CODE[code].label if code in DX_BY_CODE else code
            hits.append((code, label, m.start(), m.end()))
        cands = [
            (m.end() - m.start(), m.start(), m.end(), entry)
            for entry in DIAGNOSES
            for pat in entry.patterns
            for m in re.finditer(pat, low)
        ]
        for _, s0, e0, entry in sorted(cands, key=lambda c: (-c[0], c[1])):
            if any(masked[s0:e0]):
                continue
            for k in range(s0, e0):
                masked[k] = True
            hits.append((entry.code, entry.label, s0, e0))
        for code, label, s, e in hits:
            sent = sentence_at(text, s)
            before = clause_before(sent.text, s - sent.start)
            if _DX_NEGATION.search(before[-60:]):
                continue
            third = _DX_THIRD_PARTY.search(before)
            if third:
                prev = " ".join(x.text for x in split_sentences(text) if x.end <= sent.start)[-200:]
                if not _third_party_is_client(str(t.get("speaker", "")), multi_party, third, before, prev):
                    continue
            if re.match(r"^[^.?!]{0,25}\b(runs in|in (my|the) family)\b", text[e:]):
                continue
            if code.startswith("F90"):
                for pat, sub, sublabel in _DX_SUBTYPES:
                    if re.search(pat, sent.text, re.IGNORECASE):
                        code, label = sub, sublabel
            cat = code[:3]
            cur = by_cat.get(cat)
            if cur is None:
                by_cat[cat] = {"icd10": code, "label": label, "evidence": [i]}
            else:
                if i not in cur["evidence"]:
                    cur["evidence"].append(i)
                if len(code) > len(cur["icd10"]) and cur["icd10"].endswith(".9"):
                    cur["icd10"], cur["label"] = code, label
    return list(by_cat.values())
