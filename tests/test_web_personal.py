"""Personal keys (scribe.vault.personal) and the review document (scribe.store.notedoc): named cases."""

from __future__ import annotations

import json

import pytest

from scribe.errors import IntegrityError, KeyAccessError
from scribe.store import notedoc
from scribe.vault import personal

FAST = personal.Argon2Params(time_cost=1, memory_kib=1024, parallelism=1)
AAD = b"scribe/v1/workspace|session:s1|user:u1"


def test_seal_round_trip_and_named_failures() -> None:
    public, private = personal.generate_keypair()
    other_public, other_private = personal.generate_keypair()
    box = personal.seal_to(public, b"reflection", AAD)
    assert personal.open_sealed(private, box, AAD) == b"reflection"
    assert personal.seal_to(public, b"reflection", AAD) != box  # fresh ephemeral key and nonce each time
    cases = {
        "wrong key": (other_private, box, AAD),
        "wrong object (aad)": (private, box, AAD.replace(b"s1", b"s2")),
        "truncated": (private, box[:-1], AAD),
        "too short": (private, box[:40], AAD),
        "unknown version": (private, b"\x02" + box[1:], AAD),
        "ephemeral key swapped": (private, box[:1] + other_public + box[33:], AAD),
        "trailing data": (private, box + b"\x00", AAD),
    }
    for name, (key, data, aad) in cases.items():
        with pytest.raises(IntegrityError):
            personal.open_sealed(key, data, aad)
        assert name


def test_private_key_sealed_by_password() -> None:
    _public, private = personal.generate_keypair()
    sealed = personal.seal_private_key(private, "a long password", user_id="u1", params=FAST)
    assert private.hex() not in sealed and json.loads(sealed)["kdf"]["name"] == "argon2id"
    assert personal.open_private_key(sealed, "a long password", user_id="u1") == private
    with pytest.raises(KeyAccessError):
        personal.open_private_key(sealed, "wrong password", user_id="u1")
    with pytest.raises(KeyAccessError):
        personal.open_private_key(sealed, "a long password", user_id="u2")  # bound to its user
    doc = json.loads(sealed)
    with pytest.raises(IntegrityError, match="out-of-range"):
        personal.open_private_key(json.dumps({**doc, "kdf": {**doc["kdf"], "m": 1 << 30}}), "a long password", user_id="u1")
    with pytest.raises(IntegrityError, match="malformed"):
        personal.open_private_key("{}", "a long password", user_id="u1")


NOTE = {
    "format": "SOAP",
    "sections": {"Subjective": "Client reported: \"I slept a little more.\" Work was busy.", "Plan": []},
    "medications": [{"name": "sertraline", "dose": "50 mg", "status": "current", "evidence": [1]},
                    {"name": "lorazepam", "dose": None, "status": "stopped", "evidence": []}],
    "risk": {"suicidal_ideation": {"status": "endorsed", "evidence": [2]},
             "homicidal_ideation": {"status": "not_assessed", "evidence": []},
             "self_harm": {"status": "denied", "evidence": [9]}},
    "next_appointment": {"text": "Tuesday", "evidence": [3]},
}
TURNS = ["How was the week?", "Work was busy, but I slept a little more. Sertraline helps.", "I wish I were dead.", "See you Tuesday."]


def test_flags_for_missing_weak_evidence_and_risk() -> None:
    doc = notedoc.new_document(NOTE, TURNS)
    flags = {f.path: f.flag for f in notedoc.facts(doc, len(TURNS))}
    assert flags["medications/0"] is None
    assert flags["medications/1"] == "no-evidence"
    assert flags["risk/suicidal_ideation"] == "risk"
    assert flags["risk/homicidal_ideation"] is None  # "not assessed" claims no speech
    assert flags["risk/self_harm"] == "weak-evidence"  # cites a turn the transcript lacks
    assert notedoc.risk_flagged(doc)
    # String sections are split into sentences, each pointing at the turns it quotes or restates.
    subjective = doc["progress_note"]["sections"]["Subjective"]
    assert [s["evidence"] for s in subjective] == [[1], [1]]


def test_edits_decisions_and_the_signed_text() -> None:
    doc = notedoc.new_document(NOTE, TURNS)
    assert notedoc.edit(doc, "medications/0", {"dose": "100 mg"}) == ({"dose": "50 mg"}, {"dose": "100 mg"})
    with pytest.raises(notedoc.DocumentError):
        notedoc.edit(doc, "risk/suicidal_ideation", {"status": "maybe"})
    with pytest.raises(notedoc.DocumentError):
        notedoc.edit(doc, "medications/0", {"evidence": "[1]"})  # evidence is not editable
    with pytest.raises(notedoc.DocumentError):
        notedoc.edit(doc, "medications/7", {"dose": "1 mg"})
    notedoc.decide(doc, "medications/1", "rejected")
    path = notedoc.add_sentence(doc, "Plan", "Review sleep diary next session.")
    assert path == "sections/Plan/0"
    assert notedoc.pending(doc, len(TURNS))  # the risk and the weak evidence are still open
    for fact in notedoc.pending(doc, len(TURNS)):
        notedoc.acknowledge(doc, fact.path, "alice", "t")
    assert notedoc.pending(doc, len(TURNS)) == []
    final = notedoc.final_note(doc)
    assert [m["name"] for m in final["medications"]] == ["sertraline"] and final["medications"][0]["dose"] == "100 mg"
    assert final["sections"]["Plan"][0]["source"] == "clinician"
    text = notedoc.to_markdown(final)
    assert "lorazepam" not in text and "Review sleep diary" in text
    assert notedoc.content_hash(doc) == notedoc.content_hash(json.loads(json.dumps(doc)))  # key order does not matter


def test_matched_clinician_names_the_enrolled_voice() -> None:
    import numpy as np

    from scribe.attribute import matched_clinician

    enrolled = {"alice": np.array([1.0, 0.0]), "bob": np.array([0.0, 1.0])}
    embeddings = {"SPEAKER_00": np.array([0.1, 0.9]), "SPEAKER_01": np.array([0.9, 0.1])}
    roles = {"SPEAKER_00": {"role": "clinician", "method": "enrolled"}, "SPEAKER_01": {"role": "client", "method": "enrolled"}}
    assert matched_clinician(roles, embeddings, enrolled) == "bob"
    roles["SPEAKER_00"]["method"] = "heuristic"
    assert matched_clinician(roles, embeddings, enrolled) is None


def test_voice_match_assigns_and_seals_at_commit(scribe_home) -> None:  # type: ignore[no-untyped-def]
    from scribe.store.review import ReviewStore
    from scribe.store.store import Store
    from scribe.store.users import UserDirectory
    from scribe.vault.keys import FileKeyProvider
    from tests.web_desk import FAST_ARGON2, PASSWORD

    store = Store(scribe_home, FileKeyProvider.init(scribe_home / "keys" / "k"))
    users = UserDirectory(store, argon2=FAST_ARGON2)
    users.add("alice", "clinician", PASSWORD)
    review = ReviewStore(store, users)
    import io

    store.ingest("v1", io.BytesIO(b"x" * 100))
    blobs = {"transcript": b"{}", "progress": b"{}", "psychotherapy": json.dumps({"psychotherapy_note": {"themes": ["t"]}}).encode()}
    rest, hook = review.commit_hook("v1", blobs, matched_clinician="alice")
    assert "psychotherapy" not in rest and hook is not None
    store.commit_results("v1", rest, within=hook)
    assert review.assigned_to("v1") == "alice"
    user, key = users.authenticate("alice", PASSWORD)
    assert review.workspace("v1", user, key)["psychotherapy_note"]["themes"] == ["t"]
    # A name that is not a clinician user leaves the workspace under the practice key.
    store.ingest("v2", io.BytesIO(b"y" * 100))
    rest, hook = review.commit_hook("v2", blobs, matched_clinician="somebody")
    assert rest == blobs and hook is None
