"""Interventions the clinician delivered in the session, by canonical name."""

from __future__ import annotations

import re
from typing import Any

from scribe.extract.lexicons import INTERVENTIONS
from scribe.extract.text import split_sentences

Turns = list[dict[str, Any]]

# ------------------------------------------------------------ interventions

_PLANNED = re.compile(
    r"\b(next (time|session|week)|in a (few|couple( of)?) (weeks|sessions)|at some point|eventually|"
    r"down the road|later on|not (today|yet|ready))\b",
    re.IGNORECASE,
)
_INTERVENTION_RX = {name: [re.compile(p, re.IGNORECASE) for p in pats] for name, pats in INTERVENTIONS.items()}


def extract_interventions(turns: Turns) -> list[dict[str, Any]]:
    found: dict[str, list[int]] = {}
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        for sent in split_sentences(t.get("text", "")):
            for name, rxs in _INTERVENTION_RX.items():
                for rx in rxs:
                    m = rx.search(sent.text)
                    if not m:
                        continue
                    if _PLANNED.search(sent.text) and not re.search(r"\b(today|now|let's|right now)\b", sent.text, re.IGNORECASE):
                        continue
                    if re.search(r"\b(not|n't|never)\b[^.?!]{0,15}$", sent.text[: m.start()], re.IGNORECASE):
                        continue
                    found.setdefault(name, [])
                    if i not in found[name]:
                        found[name].append(i)
                    break
    return [{"name": n, "evidence": ev} for n, ev in found.items()]
