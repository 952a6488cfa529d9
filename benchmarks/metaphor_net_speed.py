#!/usr/bin/env python3
"""Extraction time with and without the metaphors' learned net, alternated in one process (a ratio, not a
wall-clock claim: the box is shared and noisy).

Run from the repo root: ``.venv/bin/python benchmarks/metaphor_net_speed.py [--first 701 --count 40]``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scribe.extract import extract, rules  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=701, help="first session number (default 701)")
    parser.add_argument("--count", type=int, default=40, help="sessions (default 40)")
    args = parser.parse_args()
    sessions = [json.loads((ROOT / "benchmarks" / "data" / "sessions" / f"s{n}.json").read_text())
                for n in range(args.first, args.first + args.count)]
    with_net = rules.metaphor_net.with_net
    variants = {"patterns": lambda _turns, found: list(found), "patterns + net": with_net}
    extract({"id": "warm-up", "meta": sessions[0]["meta"], "turns": sessions[0]["turns"]})  # models load once
    spent = dict.fromkeys(variants, 0.0)
    try:
        for k, s in enumerate(sessions):
            order = list(variants) if k % 2 == 0 else list(reversed(variants))
            for name in order:
                rules.metaphor_net.with_net = variants[name]
                start = time.perf_counter()
                extract({"id": s["id"], "meta": s["meta"], "turns": s["turns"]})
                spent[name] += time.perf_counter() - start
            print(f"\r{k + 1}/{len(sessions)} sessions", end="", file=sys.stderr, flush=True)
    finally:
        rules.metaphor_net.with_net = with_net
    print(file=sys.stderr)
    base, net = spent["patterns"] / len(sessions), spent["patterns + net"] / len(sessions)
    print("| extraction | seconds per session | ratio |\n|---|---|---|")
    print(f"| patterns only | {base:.3f} | 1.00 |\n| patterns + net | {net:.3f} | {net / base:.2f} |")


if __name__ == "__main__":
    main()
