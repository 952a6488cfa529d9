#!/usr/bin/env python3
"""Build the risk screen's semantic bank (scribe/extract/data/risk_bank.jsonl).

One line per sentence (``risk_net.sentences``: six words or more) that a client or another person said:
``{"text": ..., "labels": {"suicidal_ideation": 1|0|-1, ...}}``. Sources:

* the risk corpus splits named below (heldout4 and later batches stay out: they measure it): a
  sentence is positive for a field its exchange endorses, negative otherwise. Adding heldout4
  (or heldout4 and heldout5) was tried on 2026-12-01: endorsed recall on heldout5 did not move
  (0.909 either way) and the larger bank stopped flagging "it is time for me to leave this life
  behind" (its new denials, "no, I don't want to die", sit next to disclosures in meaning);
* the dev split of the session dataset: every client sentence is a negative for the
  fields the session does not endorse (-1, unknown, for the fields it does), so that
  ordinary talk across a whole session has neighbours of its own.

It also writes the bank's embeddings (``risk_bank.npy``, float16, all-MiniLM-L6-v2 from the
pinned package) so that no process has to embed 1,750 sentences before its first screen.
Run from the repo root with the project's environment: ``.venv/bin/python benchmarks/build_risk_bank.py``.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scribe.extract.risk_net import sentences  # noqa: E402  (the split the engine applies at run time)
from scribe.extract.schema import RISK_FIELDS as FIELDS  # noqa: E402

CORPUS_SPLITS = ("dev", "heldout", "heldout2", "heldout3")
OUT = ROOT / "scribe" / "extract" / "data" / "risk_bank.jsonl"


def main():
    rows = []
    for split in CORPUS_SPLITS:
        for line in (ROOT / "benchmarks" / "data" / "risk" / f"{split}.jsonl").read_text().splitlines():
            item = json.loads(line)
            labels = {f: int(item["gold"][f] == "endorsed") for f in FIELDS}
            for turn in item["turns"]:
                if turn["speaker"] != "clinician":
                    rows += [{"text": s, "labels": labels} for s in sentences(turn["text"])]
    splits = json.loads((ROOT / "benchmarks" / "data" / "splits.json").read_text())
    for sid in splits["dev"]:
        session = json.loads((ROOT / "benchmarks" / "data" / "sessions" / f"{sid}.json").read_text())
        labels = {f: (-1 if session["gold"]["risk"][f] == "endorsed" else 0) for f in FIELDS}
        for turn in session["turns"]:
            if turn["speaker"] != "clinician":
                rows += [{"text": s, "labels": labels} for s in sentences(turn["text"])]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    import numpy as np

    from scribe.extract.embeddings import load_encoder

    vectors = load_encoder().encode([r["text"] for r in rows], normalize_embeddings=True, batch_size=64)
    np.save(OUT.with_suffix(".npy"), np.asarray(vectors, dtype=np.float16))
    print(f"{len(rows)} sentences -> {OUT.relative_to(ROOT)} (+ .npy embeddings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
