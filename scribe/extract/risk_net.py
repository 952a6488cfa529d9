"""The risk screen's semantic net: what no pattern names, a neighbour in meaning may.

Every new author of risk talk phrases it in ways the patterns in ``risk`` have never seen
(two independent batches scored endorsed recall 0.52 and 0.40 on their first look). This
net compares each sentence a client or another person says (six words or more) with a
bank of sentences of known label (``data/risk_bank.jsonl``, built by
``benchmarks/build_risk_bank.py`` from the risk corpus and from whole dev sessions of
ordinary talk) in all-MiniLM-L6-v2 space, and flags a field when the five nearest
neighbours that carry a label for it are, weighted by similarity, at least 80 % positive
and one positive is at least 0.45 similar. The thresholds were chosen on heldout4 and the
held-out sessions; on heldout5, written afterwards, the net lifts endorsed recall from 0.455
to 0.576 at the same false alarms (the README's risk table). A flag is never silent and never final: the field is
endorsed for the clinician to confirm, with the reason and the sentence's turn.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from scribe.errors import ModelError
from scribe.extract.schema import RISK_FIELDS

K, AGREEMENT, MIN_SIMILARITY, MIN_WORDS = 5, 0.8, 0.45, 6


def sentences(text: str) -> list[str]:
    """Sentences long enough to carry a disclosure on their own (the split the bank was built with)."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if len(s.split()) >= MIN_WORDS]


@dataclass(frozen=True)
class _Bank:
    embeddings: Any  # (n, 384) float32, unit length
    labels: Any  # (n, 3) int8: 1 positive, 0 negative, -1 unknown, in RISK_FIELDS order


@lru_cache(maxsize=1)
def _bank() -> _Bank:
    import numpy as np

    from scribe.extract.embeddings import load_encoder

    try:
        lines = resources.files("scribe.extract").joinpath("data", "risk_bank.jsonl").read_text(encoding="utf-8")
    except OSError as e:
        raise ModelError("the risk screen's sentence bank is missing from the package; reinstall scribe") from e
    rows = [json.loads(line) for line in lines.splitlines() if line.strip()]
    labels = np.array([[r["labels"][f] for f in RISK_FIELDS] for r in rows], dtype=np.int8)
    try:
        with resources.files("scribe.extract").joinpath("data", "risk_bank.npy").open("rb") as fh:
            embeddings = np.load(fh).astype(np.float32)
    except (OSError, ValueError) as e:
        raise ModelError("the risk screen's bank embeddings are missing or unreadable; reinstall scribe") from e
    # The shipped vectors must be this encoder's: re-embed a few rows and compare.
    probe = load_encoder().encode([rows[i]["text"] for i in (0, len(rows) // 2, len(rows) - 1)], normalize_embeddings=True)
    if embeddings.shape != (len(rows), probe.shape[1]) or float(
            (np.asarray(probe) * embeddings[[0, len(rows) // 2, len(rows) - 1]]).sum(axis=1).min()) < 0.99:
        raise ModelError("the risk screen's bank was embedded by another encoder; rebuild it with "
                         "benchmarks/build_risk_bank.py")
    return _Bank(embeddings, labels)


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|myself)\b", re.IGNORECASE)


def _judge(batch: list[str]) -> list[frozenset[str]]:
    import numpy as np

    from scribe.extract.embeddings import load_encoder

    bank = _bank()
    query = load_encoder().encode(batch, normalize_embeddings=True, batch_size=64)
    sims = np.asarray(query, dtype=np.float32) @ bank.embeddings.T
    out = []
    for row in sims:
        order = np.argsort(-row)[: K * 4]
        fields = set()
        for f_idx, field_name in enumerate(RISK_FIELDS):
            labelled = [j for j in order if bank.labels[j, f_idx] >= 0][:K]
            if not labelled:
                continue
            weights, positive = row[labelled], bank.labels[labelled, f_idx] == 1
            if positive.any() and float((weights * positive).sum() / weights.sum()) >= AGREEMENT \
                    and float(weights[positive].max()) >= MIN_SIMILARITY:
                fields.add(field_name)
        out.append(frozenset(fields))
    return out


def flagged(texts: list[str], first_person: list[bool] | None = None) -> list[set[str]]:
    """For each text, the risk fields its meaning puts it next to (empty for most). Where
    ``first_person`` is set for a text (the client speaking), only sentences in which the speaker
    speaks of themselves count: "my grandma says she's ready to go" is someone else's wish.
    Nothing is kept between calls: no client sentence outlives the session that said it."""
    per_text = [[s for s in sentences(text) if not (first_person and first_person[i]) or _FIRST_PERSON.search(s)]
                for i, text in enumerate(texts)]
    unique = sorted({s for ss in per_text for s in ss})
    judged = dict(zip(unique, _judge(unique), strict=True)) if unique else {}
    return [set().union(*(judged[s] for s in ss)) if ss else set() for ss in per_text]


__all__ = ["flagged", "sentences"]
