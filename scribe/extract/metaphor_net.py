"""The metaphors' learned net: a client's image in words no pattern knows.

The patterns in ``metaphors`` find similes and the figures the team's authors used; on author
batches they were not written from they found 0.62-0.72 of the metaphors independent annotators
marked ("Thon job's a bucket wi' nae bottom", "My body is there, my heart is not", "The bells are the
only thing that keeps the days from running into one another"). This net reads each client sentence of
3 to 30 words as one all-MiniLM-L6-v2 embedding and scores it with a logistic regression
(``data/metaphor_classifier.npz``, trained by ``benchmarks/build_metaphor_classifier.py`` on every
non-blind session: a sentence is positive when it holds a gold metaphor). A sentence at or above the
threshold stored with the weights (0.8) joins the patterns' quotes, verbatim, unless a pattern already
quoted it; one that holds a pattern's shorter quote replaces it. Held out one author batch at a time,
patterns plus net found 0.866 of the metaphors where the patterns alone found 0.809 (0.749 -> 0.861 on
the four independent batches s661-s780), at 0.6-0.75 extra quotes per session; on the three blind
batches it raised recall by 0.05-0.11 (the README's latest honest figures). A whole sentence says more
than its image, so one that may name someone (``wall.may_name_someone``) or holds anything the wall
would redact is left out, and every quote still goes through the PHI wall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scribe.extract.metaphors import _NOT_THE_CLIENT
from scribe.extract.wall import guard, may_name_someone

Turns = list[dict[str, Any]]

# the two probe sentences the shipped weights were trained beside: their embeddings are stored with the
# weights, so that weights from another encoder are refused rather than misread
PROBE_TEXTS = ("My head is a washing machine that never finishes its cycle.", "We went to the beach on Sunday.")
THRESHOLD = 0.8
MIN_WORDS = 3
# a longer "sentence" is most often a run of ASR text without stops: quoted whole it would carry far more
# than an image (and, held out by author, windows of it added 0.004 of recall and most of the names the
# quotes let through)
MAX_WORDS = 30
_LEADING = re.compile(r"^(?:(?:and|but|so|um|uh|er|erm|yeah|well|okay|ok|oh|huh|i mean|you know),?\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    turn: int
    text: str  # verbatim from the turn
    start: int  # offsets in the turn's text
    end: int


def units(turns: Turns) -> list[Unit]:
    """The net's units: each client sentence of MIN_WORDS to MAX_WORDS words, verbatim."""
    out: list[Unit] = []
    for i, t in enumerate(turns):
        if t.get("speaker") in _NOT_THE_CLIENT:
            continue
        text = str(t.get("text", ""))
        for sent in re.finditer(r"\S(?:.*?)(?:[.!?](?=\s|$)|$)", text, re.DOTALL):
            if MIN_WORDS <= len(sent.group(0).split()) <= MAX_WORDS:
                out.append(Unit(i, sent.group(0), sent.start(), sent.end()))
    return out


@lru_cache(maxsize=1)
def _weights() -> tuple[Any, float, float]:
    """(coefficients over one embedding, bias, threshold) of the shipped classifier."""
    import numpy as np

    from scribe.extract.embeddings import classifier_weights

    z = classifier_weights("metaphor_classifier.npz", PROBE_TEXTS, "the metaphors' classifier",
                           "benchmarks/build_metaphor_classifier.py")
    return z["coef"][0].astype(np.float32), float(z["bias"][0]), float(z["threshold"])


def probabilities(texts: list[str]) -> list[float]:
    """The probability that each text holds a client's metaphor. Nothing is kept between calls."""
    if not texts:
        return []
    import numpy as np

    from scribe.extract.embeddings import encode_once

    coef, bias, _ = _weights()
    vectors = encode_once(texts)
    x = np.stack([vectors[t] for t in texts])
    return (1 / (1 + np.exp(-(x @ coef + bias)))).tolist()


def _norm(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", s.lower()))


def _covered(unit: Unit, quote: str) -> bool:
    """A pattern's quote in this unit (or this unit in it): half the shorter one's words shared."""
    words, qw = _norm(unit.text), _norm(quote)
    return bool(qw) and len(qw & words) >= 0.5 * min(len(qw), len(words))


def _quote(unit: Unit) -> str:
    return _LEADING.sub("", unit.text).strip()


def with_net(turns: Turns, metaphors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The patterns' ``metaphors`` with what the net reads: a sentence it reads as an image that holds a
    pattern's shorter quote replaces that quote (the image goes on past where the pattern stopped: "I'm like a
    kettle left on the boil, there's nothing left in me but steam"), and one no pattern quoted joins them."""
    candidates = units(turns)
    if not candidates:
        return list(metaphors)
    return select(candidates, probabilities([u.text for u in candidates]), metaphors, _weights()[2])


def select(candidates: list[Unit], probs: list[float], metaphors: list[dict[str, Any]],
           threshold: float) -> list[dict[str, Any]]:
    """What ``with_net`` makes of the scored units: pure, so the classifier's builder can score other weights
    with the same choices."""
    kept: list[Unit] = []
    longer: dict[int, Unit] = {}
    for unit, p in sorted(zip(candidates, probs, strict=True), key=lambda x: -x[1]):
        if p < threshold:
            break
        quote = _quote(unit)
        if may_name_someone(quote) or guard(quote)[1]:
            # a whole sentence carries more than the image: one that may name someone, or in which the wall finds
            # anything to redact (a name beside it is likelier: "[redacted] grace cook"), is left out
            continue
        held = [j for j, m in enumerate(metaphors)
                if unit.turn in (m.get("evidence") or []) and _covered(unit, str(m.get("quote", "")))]
        if not held:
            kept.append(unit)
            continue
        for j in held:
            said = str(metaphors[j].get("quote", ""))
            if j not in longer and said in unit.text and len(_norm(quote)) > len(_norm(said)):
                longer[j] = unit
    out: list[dict[str, Any]] = []
    seen: set[tuple[int, str]] = set()
    for j, m in enumerate(metaphors):
        quote = _quote(longer[j]) if j in longer else str(m.get("quote", ""))
        key = ((m.get("evidence") or [-1])[0], quote)
        if key not in seen:
            seen.add(key)
            out.append({**m, "quote": quote})
    for unit in kept:
        if len(_quote(unit).split()) >= MIN_WORDS:
            out.append({"quote": _quote(unit), "evidence": [unit.turn]})
    return sorted(out, key=lambda m: (m["evidence"] or [-1])[0])


__all__ = ["PROBE_TEXTS", "THRESHOLD", "Unit", "probabilities", "select", "units", "with_net"]
