"""The interventions' learned net: a technique delivered in words no cue knows.

The cue rules in ``interventions`` fit the phrasing of the authors they were written from: on
the first unseen batch after them (s151-s180) they found 0.48 of the techniques. This net reads
each clinician turn together with the client's answer to it as two all-MiniLM-L6-v2 embeddings
and scores it with one logistic regression per intervention (``data/intervention_classifier.npz``,
trained by ``benchmarks/build_intervention_classifier.py``). Gold is per session, so training is
multiple-instance: the turns the rules cite in sessions that have the technique seed the
positives, each such session's best-scoring turns join them, and every clinician turn of a
session without it is a negative. Trained on s01-s150 and tested on s151-s180, rules plus net
reached F1 0.71 (P 0.82 R 0.63) where the rules alone had 0.60 (P 0.82 R 0.48); held out one
author batch at a time the net alone had precision 0.92 at the shipped threshold (0.9). The
shipped weights were then fitted on s01-s180; refitting on s01-s210 added false alarms on batches
it was trained on, so they were kept (``benchmarks/build_intervention_classifier.py`` says why).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

Turns = list[dict[str, Any]]

# the two probe sentences the shipped weights were trained beside: their embeddings are stored with the
# weights, so that weights from another encoder are refused rather than misread
PROBE_TEXTS = ("Let's write down the evidence for and against that thought.", "We went to the beach on Sunday.")
THRESHOLD = 0.9


def pairs(turns: Turns) -> list[tuple[int, str, str]]:
    """(turn index, clinician text, the client's answer or "") for every clinician turn: the net's unit."""
    out = []
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        reply = next((str(u.get("text", "")).strip() for u in turns[i + 1:i + 3] if u.get("speaker") != "clinician"), "")
        out.append((i, str(t.get("text", "")).strip(), reply))
    return out


def features(turn_vectors: Any, reply_vectors: Any) -> Any:
    """A clinician turn's embedding joined with its answer's: the classifier's input."""
    import numpy as np

    return np.concatenate([turn_vectors, reply_vectors], axis=1)


@dataclass(frozen=True)
class _Model:
    names: tuple[str, ...]
    coef: Any  # (len(names), 768) float32
    bias: Any  # (len(names),) float32
    threshold: float


@lru_cache(maxsize=1)
def _model() -> _Model:
    import numpy as np

    from scribe.extract.embeddings import classifier_weights

    z = classifier_weights("intervention_classifier.npz", PROBE_TEXTS, "the interventions' classifier",
                           "benchmarks/build_intervention_classifier.py")
    names = tuple(str(n) for n in z["names"])
    return _Model(names, z["coef"].astype(np.float32), z["bias"].astype(np.float32), float(z["threshold"]))


def turn_scores(units: list[tuple[int, str, str]]) -> list[dict[str, float]]:
    """For each (index, clinician text, reply) unit, the probability of each intervention. Nothing is kept
    between calls."""
    if not units:
        return []
    import numpy as np

    from scribe.extract.embeddings import encode_once

    model = _model()
    vectors = encode_once([t for _, a, b in units for t in (a, b)])
    zero = np.zeros(model.coef.shape[1] // 2, dtype=np.float32)
    x = features(np.stack([vectors.get(a, zero) for _, a, _ in units]),
                 np.stack([vectors.get(b, zero) for _, _, b in units]))
    probs = 1 / (1 + np.exp(-(x @ model.coef.T + model.bias)))
    return [dict(zip(model.names, row.tolist(), strict=True)) for row in probs]


def delivered(turns: Turns) -> dict[str, list[tuple[int, float]]]:
    """Interventions the net reads in the session at its threshold: name -> [(turn, probability)], best first."""
    units = pairs(turns)
    threshold = _model().threshold
    found: dict[str, list[tuple[int, float]]] = {}
    for (i, _, _), row in zip(units, turn_scores(units), strict=True):
        for name, p in row.items():
            if p >= threshold:
                found.setdefault(name, []).append((i, p))
    return {name: sorted(hits, key=lambda h: -h[1]) for name, hits in found.items()}


def reads(name: str, turns: Turns, evidence: list[int]) -> bool:
    """Whether the net reads ``name`` in one of the clinician turns of ``evidence`` (grounding's check)."""
    units = [u for u in pairs(turns) if u[0] in set(evidence)]
    threshold = _model().threshold
    return any(row.get(name, 0.0) >= threshold for row in turn_scores(units))


__all__ = ["PROBE_TEXTS", "THRESHOLD", "delivered", "features", "pairs", "reads", "turn_scores"]
