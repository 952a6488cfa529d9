#!/usr/bin/env python3
"""Would a learned sentence classifier generalise across authors better than the risk patterns?

An experiment, not part of scribe: one logistic regression per risk field on all-MiniLM-L6-v2
sentence embeddings, trained on the corpus splits the semantic bank uses (dev-heldout3) plus
the client sentences of the 60 dev sessions as ordinary talk (the same rows
``build_risk_bank.py`` writes), then scored

* on corpus heldout4 and heldout5 (other authors; an item is endorsed for a field when any
  client or other-person sentence of six words or more scores at or above the threshold);
* on whole sessions s81-s120 (not in training), where every client sentence in the first
  person and every other-person sentence is a chance to be wrong.

Run from the repo root: ``.venv/bin/python benchmarks/risk_classifier_probe.py``. Result on
2026-12-01 (README, Risk): on heldout5 recall 0.70 at 3 % false alarms (threshold 0.7), where
the rules engine's first look was 0.58 at 4 %; on whole sessions the per-sentence errors
compound: full recall costs 33 % false alarms, and at 9 % false alarms recall is 0.44.
"""
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scribe.extract.embeddings import load_encoder  # noqa: E402
from scribe.extract.risk_net import sentences  # noqa: E402
from scribe.extract.schema import RISK_FIELDS as FIELDS  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
TRAIN_SPLITS = ("dev", "heldout", "heldout2", "heldout3")
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|myself)\b", re.IGNORECASE)


def corpus(split):
    return [json.loads(line) for line in (DATA / "risk" / f"{split}.jsonl").read_text().splitlines() if line.strip()]


def rows_of(items):
    """(sentence, labels, item index) for every non-clinician sentence."""
    out = []
    for k, item in enumerate(items):
        labels = [int(item["gold"][f] == "endorsed") for f in FIELDS]
        for turn in item["turns"]:
            if turn["speaker"] != "clinician":
                out += [(s, labels, k) for s in sentences(turn["text"])]
    return out


def session(sid):
    return json.loads((DATA / "sessions" / f"{sid}.json").read_text())


def flagged_items(probs, owners, n_items, threshold):
    hit = np.zeros(n_items, dtype=bool)
    for p, k in zip(probs, owners, strict=True):
        hit[k] |= p >= threshold
    return hit


def score(hits, gold):
    """Endorsed recall and false-alarm rate over (item, field) pairs."""
    tp = sum(h and g for h, g in zip(hits, gold, strict=True))
    fa = sum(h and not g for h, g in zip(hits, gold, strict=True))
    return tp / max(1, sum(gold)), fa / max(1, len(gold) - sum(gold))


def main():
    from sklearn.linear_model import LogisticRegression

    encoder = load_encoder()
    train = rows_of([i for s in TRAIN_SPLITS for i in corpus(s)])
    for sid in json.loads((DATA / "splits.json").read_text())["dev"]:
        d = session(sid)
        labels = [-1 if d["gold"]["risk"][f] == "endorsed" else 0 for f in FIELDS]
        train += [(s, labels, -1) for t in d["turns"] if t["speaker"] == "client" for s in sentences(t["text"])]
    x = encoder.encode([r[0] for r in train], normalize_embeddings=True, batch_size=64)
    y = np.array([r[1] for r in train])
    models = []
    for j in range(len(FIELDS)):
        known = y[:, j] >= 0
        models.append(LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000).fit(x[known], y[known, j]))

    def report(name, rows, gold_items):
        e = encoder.encode([r[0] for r in rows], normalize_embeddings=True, batch_size=64)
        owners = [r[2] for r in rows]
        for threshold in (0.5, 0.7, 0.85, 0.9):
            hits, gold = [], []
            for j, f in enumerate(FIELDS):
                hits += list(flagged_items(models[j].predict_proba(e)[:, 1], owners, len(gold_items), threshold))
                gold += [g[f] == "endorsed" for g in gold_items]
            recall, fa = score(hits, gold)
            print(f"{name:22s} threshold {threshold:.2f}: endorsed recall {recall:.3f}, false alarms {fa:.3f}")

    for split in ("heldout4", "heldout5"):
        items = corpus(split)
        report(f"corpus {split}", rows_of(items), [i["gold"] for i in items])
    sessions = [session(f"s{i}") for i in range(81, 121)]
    rows = [(s, None, k) for k, d in enumerate(sessions) for t in d["turns"] if t["speaker"] != "clinician"
            for s in sentences(t["text"]) if t["speaker"] == "other" or FIRST_PERSON.search(s)]
    report("sessions s81-s120", rows, [d["gold"]["risk"] for d in sessions])
    return 0


if __name__ == "__main__":
    sys.exit(main())
