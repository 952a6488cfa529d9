#!/usr/bin/env python3
"""Build the table of strengths each medicine is taken at (scribe/extract/data/strengths.json).

For every medicine a dataset session's gold lists with a dose, the doses it was recorded at, with how many sessions
recorded each. The extractor reads it as a formulary would be read: a number said in the client's own words about a
medicine, where no phrasing the dose rules know ties it to the name ("The clonidine. Zéro virgule un... so it is zero
point one."), is taken as the dose only when the medicine is known to be taken at exactly that strength
(``meds._usual_strength_said``). Only sessions up to ``LAST`` and outside every ``blind`` split are read, so no
session a benchmark reports as unseen taught it. Rebuild after new batches are retired from ``blind``:

    .venv/bin/python benchmarks/build_strengths.py [--last N]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scribe.extract.text import normalise_dose  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "scribe" / "extract" / "data" / "strengths.json"
LAST = 1470  # the last session outside blind when the table was built (blind48 and blind49 are s1471-s1530)


def build(last: int = LAST) -> dict[str, dict[str, int]]:
    splits = json.loads((DATA / "splits.json").read_text())
    blind = set(splits.get("blind") or [])
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted((DATA / "sessions").glob("s*.json"), key=lambda p: int(p.stem[1:])):
        if int(path.stem[1:]) > last or path.stem in blind:
            continue
        gold = json.loads(path.read_text())["gold"]
        for med in gold.get("medications") or []:
            dose = normalise_dose(med.get("dose"))
            if dose:
                seen[str(med["name"]).lower()][dose] += 1
    return {name: dict(sorted(doses.items())) for name, doses in sorted(seen.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--last", type=int, default=LAST, help="the last session number to read")
    args = parser.parse_args()
    table = build(args.last)
    OUT.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n")
    print(f"{len(table)} medicines, {sum(len(v) for v in table.values())} strengths -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
