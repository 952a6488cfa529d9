"""The benchmark session set matches the DESIGN.md dataset schema (fast, stdlib only)."""
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def _validator():
    spec = importlib.util.spec_from_file_location("validate_dataset", ROOT / "benchmarks" / "validate_dataset.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dataset_validates():
    errors, n = _validator().validate(DATA)
    assert errors == []
    assert n >= 30


def test_heldout_split_is_a_quarter_and_disjoint():
    splits = json.loads((DATA / "splits.json").read_text())
    total = len(splits["heldout"]) + len(splits["dev"])
    assert len(splits["heldout"]) >= max(10, total // 4)
    assert not set(splits["heldout"]) & set(splits["dev"])


def test_validator_catches_bad_gold(tmp_path):
    v = _validator()
    doc = json.loads((DATA / "sessions" / "s01.json").read_text())
    doc["gold"]["interventions"].append("hugging")
    doc["gold"]["metaphors"].append("not said by anyone")
    doc["gold"]["medications"].append({"name": "Zoloft", "dose": "fifty", "status": "stopped"})
    doc["turns"][3]["start"] = doc["turns"][2]["start"]
    errs = v.check_session(doc, "s01.json")
    joined = "\n".join(errs)
    for needle in ("hugging", "not said by anyone", "lowercase generic", "'N unit'", "dose null", "before previous turn"):
        assert needle in joined, needle


def test_scripts_rebuild_the_committed_sessions_exactly(tmp_path):
    spec = importlib.util.spec_from_file_location("build", ROOT / "benchmarks" / "data" / "src" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    written = mod.build(tmp_path)
    assert len(written) >= 50
    for path in written:
        assert path.read_bytes() == (DATA / "sessions" / path.name).read_bytes(), path.name


def test_readme_counts_match_the_files():
    import re

    readme = (DATA / "README.md").read_text()
    splits = json.loads((DATA / "splits.json").read_text())
    n = len(list((DATA / "sessions").glob("*.json")))
    assert re.search(rf"\b{n} fully synthetic therapy sessions", readme)
    assert f"`dev` ({len(splits['dev'])} ids)" in readme and f"`heldout` ({len(splits['heldout'])} ids)" in readme
