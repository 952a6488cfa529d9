"""Turn session JSON files (DESIGN.md dataset schema) into multi-speaker audio.

The synthesis lives in :mod:`scribe.bench.synth` (``scribe bench e2e`` uses it
too); this is its command line. For each session it writes ``<id>.wav``,
``<id>.rttm``, ``<id>.txt`` and ``<id>.json`` next to each other.

Usage::

    python benchmarks/synth.py benchmarks/data/sessions/*.json --out benchmarks/out/synth
    python benchmarks/synth.py s.json --out DIR --min-seconds 600   # loop to 10 min
"""

from __future__ import annotations

import argparse
from pathlib import Path

from scribe.bench.synth import (  # noqa: F401  (re-exported for benchmarks/*.py that import `synth`)
    SAMPLE_RATE,
    VOICES,
    flite_say,
    render,
    rttm_lines,
    synthesize_file,
    trim,
    write_enrolment,
    write_wav,
)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sessions", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-seconds", type=float, default=0.0, help="loop turns to this length")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-enrolment", action="store_true", help="skip enroll_clinician.wav")
    args = ap.parse_args(argv)
    if not args.no_enrolment:
        print(write_enrolment(args.out))
    for path in args.sessions:
        wav = synthesize_file(path, args.out, min_seconds=args.min_seconds, seed=args.seed)
        print(wav)


if __name__ == "__main__":
    main()
