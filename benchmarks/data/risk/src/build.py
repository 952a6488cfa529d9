"""Build ../dev.jsonl and ../heldout.jsonl from the hand-written scripts in this folder.

A ``# split: NAME`` line puts the rest of a file in its own split (``heldout2.jsonl``: a batch
written after tuning, scored once). Each script holds items: a header line ``@ id FIELD=E|D|- ... [review=F,F] [F.facet=value]``
then turns ``C:`` clinician, ``P:`` client, ``O:`` other. The split is fixed by a hash of
the id, stratified by category (about a third of each category held out), so it was
decided before any tuning and rebuilding gives the same files.

    python3 benchmarks/data/risk/src/build.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"SI": "suicidal_ideation", "HI": "homicidal_ideation", "SH": "self_harm"}
STATUS = {"E": "endorsed", "D": "denied", "-": "not_assessed"}
SPEAKERS = {"C": "clinician", "P": "client", "O": "other"}
HELDOUT_SHARE = 0.35


def _facet_value(raw: str) -> bool | str | None:
    if raw in ("0", "1"):
        return raw == "1"
    return None if raw == "null" else raw


def parse(path: Path) -> list[dict]:
    category = None
    split = None
    items: list[dict] = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("# category:"):
            category = line.split(":", 1)[1].split("--")[0].strip()
        if line.startswith("# split:"):
            split = line.split(":", 1)[1].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            item = {"id": parts[0], "category": category, "split": split,
                    "gold": {f: "not_assessed" for f in FIELDS.values()}, "needs_review": [], "facets": {}}
            for p in parts[1:]:
                key, val = p.split("=", 1)
                if key == "review":
                    item["needs_review"] = [FIELDS[f] for f in val.split(",")]
                elif "." in key:
                    f, facet = key.split(".", 1)
                    item["facets"].setdefault(FIELDS[f], {})[facet] = _facet_value(val)
                else:
                    item["gold"][FIELDS[key]] = STATUS[val]
            item["turns"] = []
            items.append(item)
            continue
        who, text = line.split(":", 1)
        items[-1]["turns"].append({"speaker": SPEAKERS[who], "text": text.strip()})
    return items


def main() -> None:
    items = [it for p in sorted(HERE.glob("*.txt")) for it in parse(p)]
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    heldout: set[str] = set()
    hashed = [it for it in items if it["split"] is None]
    for cat in sorted({it["category"] for it in hashed}):
        members = sorted((it["id"] for it in hashed if it["category"] == cat),
                         key=lambda i: hashlib.sha256(i.encode()).hexdigest())
        heldout.update(members[: round(len(members) * HELDOUT_SHARE)])
    for it in hashed:
        it["split"] = "heldout" if it["id"] in heldout else "dev"
    for split in sorted({it["split"] for it in items}):
        rows = [it for it in items if it["split"] == split]
        with open(HERE.parent / f"{split}.jsonl", "w") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(rows)} items")


if __name__ == "__main__":
    main()
