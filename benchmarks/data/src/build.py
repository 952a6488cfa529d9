"""Build benchmarks/data/sessions/*.json from the hand-written scripts in this folder.

Each part*.py module defines SESSIONS, a list of dicts with id, meta, gold and
`script`: one turn per line, prefixed "C:" (clinician), "P:" (client) or
"O:" (other). Turn times are derived from word counts (~2.5 words/s, jittered,
with pauses between turns), deterministically seeded by the session id.

Run: python3 benchmarks/data/src/build.py
"""
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = HERE.parent / "sessions"
ROLE = {"C": "clinician", "P": "client", "O": "other"}


def turns_from_script(sid, script):
    rng = random.Random(sid)
    t = round(rng.uniform(0.5, 3.0), 1)
    turns = []
    for line in script.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(":", 1)
        text = text.strip()
        words = len(text.split())
        dur = max(0.6, words / 2.5 * rng.uniform(0.85, 1.15))
        start = round(t, 1)
        end = round(t + dur, 1)
        turns.append({"speaker": ROLE[tag.strip()], "start": start, "end": end, "text": text})
        t = end + rng.uniform(0.25, 1.4)
    return turns


def build(out_dir=OUT):
    """Write every scripted session into ``out_dir``; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for part in sorted(HERE.glob("part*.py")):
        spec = importlib.util.spec_from_file_location(part.stem, part)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for s in mod.SESSIONS:
            doc = {"id": s["id"], "meta": s["meta"],
                   "turns": turns_from_script(s["id"], s["script"]), "gold": s["gold"]}
            path = out_dir / f"{s['id']}.json"
            path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
            written.append(path)
    return written


def main():
    written = build()
    print(f"wrote {len(written)} sessions to {OUT}")


if __name__ == "__main__":
    main()
