"""Diagnoses: lay and clinical wording to ICD-10-CM, negation and attribution."""

from __future__ import annotations

import pytest

from scribe.extract import extract
from tests._extract_helpers import C, P, session


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    from scribe.extract.nlp import load_spacy

    load_spacy()


def codes(*turns: tuple[str, str]) -> dict[str, list[int]]:
    out = extract(session(*turns))
    return {d["icd10"]: d["evidence"] for d in out["progress_note"]["diagnoses"]}


def test_lay_wording_bipolar_two() -> None:
    assert codes(C("That fits with the bipolar two diagnosis, the hypomanic stretch and then the crash.")) == {
        "F31.81": [0]
    }


def test_clinical_wording_panic_disorder() -> None:
    assert list(codes(C("It connects to your panic disorder diagnosis."))) == ["F41.0"]


def test_recurrent_depression_is_f33() -> None:
    assert list(codes(C("What you have is recurrent depression, and this episode is mild."))) == ["F33.1"]


def test_negated_diagnosis_excluded() -> None:
    got = codes(
        C("You've never had a manic episode, so it's not bipolar."),
        P("Good. And they tested me, I don't have ADHD."),
    )
    assert got == {}


def test_relatives_diagnosis_excluded() -> None:
    assert codes(P("My dad has PTSD from the war, but I'm just stressed.")) == {}


def test_explicit_code_kept() -> None:
    assert "F43.10" in codes(C("I'm coding this as F43.10 for the insurance."))


def test_parent_possessive_diagnosis_is_the_clients() -> None:
    from tests._extract_helpers import O

    out = extract(
        session(
            C("How has school been for Maya?"),
            O("Hard. Her ADHD diagnosis was back in third grade, and her cousin has autism too."),
            P("Mom."),
            session_type="family",
        )
    )
    got = {d["icd10"][:3] for d in out["progress_note"]["diagnoses"]}
    assert got == {"F90"}


def test_chart_code_and_rule_out() -> None:
    got = codes(
        C("Your chart says F33.1, recurrent major depression, moderate."),
        P("Dr. Okafor said she ruled out bipolar, which is good."),
    )
    assert set(got) == {"F33.1"}
