"""The risk screen's learned net: what no pattern names, a classifier trained across authors may.

Every new author of risk talk phrases it in ways the patterns in ``risk`` have never seen
(independent batches scored endorsed recall 0.38-0.60 on their first look). This net reads
each sentence a client or another person says (six words or more) together with the
clinician turn just before it (the question it answers) as two all-MiniLM-L6-v2
embeddings, and scores it with one logistic regression per field
(``data/risk_classifier.npz``, trained by ``benchmarks/build_risk_classifier.py`` on the
risk corpus and on whole sessions of ordinary talk as hard negatives). A field is flagged
when a sentence scores at or above the threshold stored with the weights (0.9), and endorsed for the
clinician to confirm at ``ENDORSE_THRESHOLD``. Held out one
author batch at a time, patterns plus net reached endorsed recall 0.875 at 6 % false alarms
on whole sessions (patterns alone 0.82 at 3 %) and 0.82 at 6 % on corpus exchanges (0.74 at
4 %): the README's risk section. A flag is never silent and never final: the field is
endorsed for the clinician to confirm, with the reason and the sentence's turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scribe.errors import ModelError
from scribe.extract.schema import RISK_FIELDS

MIN_WORDS = 6
# the two probe sentences the shipped weights were trained beside: their embeddings are stored
# with the weights, so that weights from another encoder are refused rather than misread
PROBE_TEXTS = ("I keep thinking everyone would be better off without me.", "We went to the beach on Sunday.")
THRESHOLD = 0.9
# a reading this sure endorses the field (for the clinician to confirm); one between THRESHOLD and it
# only points the clinician at the turn. Held out by author, 0.9 endorsed a few more disclosures at
# 3-6 % more false alarms; on the first blind batch after (blind4) it found 2 and raised 9. With the
# weights trained on twice the data (heldout7-9, s151-s240 added) and heldout9 held out, 0.95 instead
# of 0.98 endorsed 0.545 of its disclosures instead of 0.473 at 3.6 % false alarms instead of 2.6 %, and no
# false alarm on the 30 sessions held out with it (s211-s240). Retrained on 2026-12-03 with heldout11-13 and
# s271-s390 added (threshold kept), it endorsed 7 more of the 177 disclosures of three corpus batches nobody had
# tuned on (heldout14-16) for 2 more false alarms.
ENDORSE_THRESHOLD = 0.95
CONTEXT_SENTENCES = 2
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|myself)\b", re.IGNORECASE)
# a lead that only vouches for what follows, whose "I" is not the speaker speaking of themselves: "If I am honest,
# there is room." (a deadline), "To be honest with you, the money is fine."
_HONEST_LEAD = re.compile(r"^\W*(?:(?:and|but|so|well)\W+)?(?:if\s+i(?:'m|\s+am)\s+(?:being\s+)?honest|to\s+be\s+honest(?:\s+with\s+you)?|"
                          r"i(?:'ll|\s+will|\s+have\s+to|\s+must)\s+be\s+honest|i\s+(?:have\s+to|must)\s+say)\W+", re.IGNORECASE)


def speaks_of_self(sentence: str) -> bool:
    """Whether the speaker speaks of themselves in ``sentence`` (past a lead that only vouches for it)."""
    return bool(FIRST_PERSON.search(_HONEST_LEAD.sub("", sentence)))


def sentences(text: str) -> list[str]:
    """Sentences long enough to carry a disclosure on their own (the split the net was trained on)."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if len(s.split()) >= MIN_WORDS]


def context_of(clinician_text: str) -> str:
    """The part of the clinician's turn a client sentence answers: its last sentences."""
    parts = [s for s in re.split(r"(?<=[.!?])\s+", clinician_text.strip()) if s]
    return " ".join(parts[-CONTEXT_SENTENCES:])


def features(sentence_vectors: Any, context_vectors: Any) -> Any:
    """A sentence's embedding joined with its context's: the classifier's input."""
    import numpy as np

    return np.concatenate([sentence_vectors, context_vectors], axis=1)


@dataclass(frozen=True)
class _Model:
    coef: Any  # (3, 768) float32, in RISK_FIELDS order
    bias: Any  # (3,) float32
    threshold: float


@lru_cache(maxsize=1)
def _model() -> _Model:
    import numpy as np

    from scribe.extract.embeddings import classifier_weights

    z = classifier_weights("risk_classifier.npz", PROBE_TEXTS, "the risk screen's classifier",
                           "benchmarks/build_risk_classifier.py")
    if z["coef"].shape[0] != len(RISK_FIELDS):
        raise ModelError("the risk screen's classifier has the wrong fields; rebuild it with "
                         "benchmarks/build_risk_classifier.py")
    return _Model(z["coef"].astype(np.float32), z["bias"].astype(np.float32), float(z["threshold"]))


def _probabilities(pairs: list[tuple[str, str]]) -> Any:
    """(len(pairs), 3) probabilities, in RISK_FIELDS order, for (sentence, context) pairs."""
    import numpy as np

    from scribe.extract.embeddings import encode_once

    model = _model()
    vectors = encode_once([t for pair in pairs for t in pair])
    zero = np.zeros(model.coef.shape[1] // 2, dtype=np.float32)
    x = features(np.stack([vectors[s] for s, _ in pairs]), np.stack([vectors[c] if c else zero for _, c in pairs]))
    return 1 / (1 + np.exp(-(x @ model.coef.T + model.bias)))


def likeliest(text: str, fields: list[str]) -> str | None:
    """Of ``fields``, the one the classifier reads most strongly in ``text`` (any sentence of
    it), or None when the text has no sentence long enough to read."""
    pairs = [(s, "") for s in sentences(text)]
    if not pairs:
        return None
    best = _probabilities(pairs).max(axis=0)
    return max(fields, key=lambda f: float(best[RISK_FIELDS.index(f)]))


def model_threshold() -> float:
    """The threshold stored with the weights: at or above it a reading is worth a clinician's look."""
    return _model().threshold


def scores(texts: list[str], first_person: list[bool] | None = None,
           contexts: list[str] | None = None) -> list[dict[str, float]]:
    """For each text, the classifier's highest probability per field over its sentences (empty
    when it has none long enough to read). ``contexts`` holds, per text, the clinician turn just
    before it ("" when none). Where ``first_person`` is set for a text (the client speaking), only
    sentences in which the speaker speaks of themselves count: "my grandma says she's ready to go"
    is someone else's wish. Nothing is kept between calls: no client sentence outlives the session
    that said it."""
    per_text = [[(s, context_of(contexts[i]) if contexts else "") for s in sentences(text)
                 if not (first_person and first_person[i]) or speaks_of_self(s)]
                for i, text in enumerate(texts)]
    unique = sorted({pair for pairs in per_text for pair in pairs})
    probs = dict(zip(unique, _probabilities(unique).tolist(), strict=True)) if unique else {}
    return [{f: max(probs[p][k] for p in pairs) for k, f in enumerate(RISK_FIELDS)} if pairs else {}
            for pairs in per_text]


def flagged(texts: list[str], first_person: list[bool] | None = None,
            contexts: list[str] | None = None) -> list[set[str]]:
    """For each text, the risk fields the classifier reads in it at its threshold (empty for most)."""
    threshold = _model().threshold
    return [{f for f, p in row.items() if p >= threshold} for row in scores(texts, first_person, contexts)]


__all__ = ["ENDORSE_THRESHOLD", "FIRST_PERSON", "PROBE_TEXTS", "THRESHOLD", "context_of", "features", "flagged", "likeliest", "model_threshold", "scores", "sentences", "speaks_of_self"]
