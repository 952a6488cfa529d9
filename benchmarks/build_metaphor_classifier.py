#!/usr/bin/env python3
"""Train the metaphors' sentence classifier (scribe/extract/data/metaphor_classifier.npz).

One logistic regression (balanced classes) over the all-MiniLM-L6-v2 embedding of each client
sentence, or window of a long unpunctuated one (``metaphor_net.units``). A unit is positive when it
holds one of its session's gold metaphors by the benchmark's own match (``metaphor_found``: the gold
inside it, or 80 % of the gold's words in it); every other client unit is a negative.

Sessions are every dataset session outside the ``blind`` split. ``--cv`` holds out one author batch at
a time (training on all the others) and scores the full combination (the patterns' quotes, then
``metaphor_net.select``) on it at several thresholds: metaphor recall of the patterns alone and with
the net, and the net's extra quotes per session (units holding no gold metaphor and no pattern's
quote; many are images the annotators did not list, some are literal). The same table over the four
independent batches s661-s780 is printed last. Without ``--cv`` it trains on every session and writes
the weights with ``THRESHOLD``, chosen from that table.

Run from the repo root: ``.venv/bin/python benchmarks/build_metaphor_classifier.py [--cv]``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from embedding_cache import embed  # noqa: E402  (benchmarks/, the script's own folder)

from scribe.bench.extraction import metaphor_found  # noqa: E402
from scribe.extract import metaphor_net  # noqa: E402
from scribe.extract.metaphors import extract_metaphors  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "scribe" / "extract" / "data" / "metaphor_classifier.npz"
C = 1.0
THRESHOLD = metaphor_net.THRESHOLD
THRESHOLDS = (0.7, 0.8, 0.85, 0.9, 0.95)
# the independent batches: each written by annotators who saw only the schema and the rules
INDEPENDENT = (661, 780)


def session_ids() -> list[str]:
    splits = json.loads((DATA / "splits.json").read_text())
    blind = set(splits.get("blind") or [])
    return sorted({*splits["dev"], *splits["heldout"]} - blind, key=lambda s: int(s[1:]))


def batch_of(sid: str) -> int:
    """The author batch: s01-s50, s51-s100, s101-s120, s121-s150, then thirty at a time."""
    n = int(sid[1:])
    for k, top in enumerate((50, 100, 120, 150)):
        if n <= top:
            return k
    return 4 + (n - 151) // 30


def load() -> tuple[list[str], dict[str, dict], list[tuple[str, metaphor_net.Unit]], np.ndarray, np.ndarray]:
    """Session ids; per session its turns, gold metaphors and the patterns' quotes; units; features; labels."""
    ids = session_ids()
    sessions: dict[str, dict] = {}
    units: list[tuple[str, metaphor_net.Unit]] = []
    labels: list[int] = []
    for sid in ids:
        data = json.loads((DATA / "sessions" / f"{sid}.json").read_text())
        turns = [dict(t) for t in data["turns"]]
        gold = list(data["gold"].get("metaphors") or [])
        sessions[sid] = {"turns": turns, "gold": gold, "rules": extract_metaphors(turns)}
        for u in metaphor_net.units(turns):
            units.append((sid, u))
            labels.append(int(any(metaphor_found(g, [u.text]) for g in gold)))
    x = embed([u.text for _, u in units])
    return ids, sessions, units, x, np.array(labels)


def fit(x: np.ndarray, y: np.ndarray):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)


def score(sids: list[str], sessions: dict[str, dict], units: list[tuple[str, metaphor_net.Unit]],
          probs: np.ndarray, threshold: float) -> tuple[int, int, int, int]:
    """(gold metaphors, found by the patterns, found by patterns + net, the net's extra quotes) over ``sids``."""
    by_sid: dict[str, list[int]] = {}
    for k, (sid, _) in enumerate(units):
        by_sid.setdefault(sid, []).append(k)
    n = a = b = extra = 0
    for sid in sids:
        s = sessions[sid]
        idx = by_sid.get(sid, [])
        rules = [m["quote"] for m in s["rules"]]
        both = [m["quote"] for m in metaphor_net.select([units[k][1] for k in idx], [float(probs[k]) for k in idx],
                                                         s["rules"], threshold)]
        for g in s["gold"]:
            n += 1
            a += metaphor_found(g, rules)
            b += metaphor_found(g, both)
        added = [q for q in both if not any(r in q for r in rules)]  # not a pattern's quote, nor one grown from it
        extra += sum(not any(metaphor_found(g, [q]) for g in s["gold"]) for q in added)
    return n, a, b, extra


def cross_validate() -> None:
    ids, sessions, units, x, y = load()
    batch = np.array([batch_of(sid) for sid, _ in units])
    probs = np.zeros(len(units))
    for k in sorted(set(batch.tolist())):
        held = batch == k
        probs[held] = fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
        print(f"batch {k}: held out {held.sum()} units", file=sys.stderr)
    independent = [s for s in ids if INDEPENDENT[0] <= int(s[1:]) <= INDEPENDENT[1]]
    for title, sids in ((f"all {len(ids)} sessions", ids), (f"independent s{INDEPENDENT[0]}-s{INDEPENDENT[1]}", independent)):
        print(f"\n{title}, each author batch held out\n")
        print("| threshold | patterns recall | patterns + net recall | net's extra quotes per session |")
        print("|---|---|---|---|")
        for t in THRESHOLDS:
            n, a, b, extra = score(sids, sessions, units, probs, t)
            print(f"| {t} | {a / n:.3f} ({a}/{n}) | {b / n:.3f} ({b}/{n}) | {extra / len(sids):.2f} |")


def train() -> None:
    from scribe.extract.embeddings import load_encoder

    _, _, units, x, y = load()
    model = fit(x, y)
    probe = np.asarray(load_encoder().encode(list(metaphor_net.PROBE_TEXTS), normalize_embeddings=True), dtype=np.float32)
    np.savez(OUT, coef=model.coef_.astype(np.float32), bias=model.intercept_.astype(np.float32),
             threshold=np.float32(THRESHOLD), probe=probe, parts=np.int64(1))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(units)} units, {int(y.sum())} positive, threshold {THRESHOLD}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="hold out one author batch at a time and print the table")
    if parser.parse_args().cv:
        cross_validate()
    else:
        train()
