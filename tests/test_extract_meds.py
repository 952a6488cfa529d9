"""Medication extraction: one focused test per hard case."""

from __future__ import annotations

from typing import Any

import pytest

from scribe.extract import extract
from tests._extract_helpers import C, O, P, session


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    from scribe.extract.nlp import load_spacy

    load_spacy()


def meds(*turns: tuple[str, str]) -> dict[str, dict[str, Any]]:
    out = extract(session(*turns))
    return {m["name"]: m for m in out["progress_note"]["medications"]}


def test_brand_maps_to_generic() -> None:
    m = meds(C("What are you taking these days?"), P("Just my Lexapro, ten milligrams every morning."))
    assert list(m) == ["escitalopram"]
    assert m["escitalopram"]["dose"] == "10 mg"
    assert m["escitalopram"]["status"] == "current"
    assert m["escitalopram"]["evidence"] == [1]


def test_spoken_dose_fifty_milligrams() -> None:
    m = meds(P("I take Zoloft, fifty milligrams a day."))
    assert m["sertraline"]["dose"] == "50 mg"


def test_spoken_dose_point_five() -> None:
    m = meds(P("The Klonopin is point five milligrams at night when I need it."))
    assert m["clonazepam"]["dose"] == "0.5 mg"


def test_dose_in_the_reply_turn() -> None:
    m = meds(C("Are you still on the Wellbutrin?"), P("Yeah, a hundred and fifty. Same as before."))
    assert m["bupropion"]["dose"] == "150 mg"
    assert m["bupropion"]["evidence"] == [0, 1]


def test_relatives_medication_excluded() -> None:
    m = meds(P("My sister takes Prozac and she keeps telling me to switch, but I'm on sertraline 50 mg."))
    assert list(m) == ["sertraline"]


def test_parent_in_family_session_speaks_of_client_and_self() -> None:
    m = meds(
        C("How are the medications going?"),
        O("He's still on Ritalin, ten milligrams before school. I take Xanax myself when I fly."),
    )
    assert list(m) == ["methylphenidate"]
    assert m["methylphenidate"]["dose"] == "10 mg"


def test_negated_medication_excluded() -> None:
    assert meds(P("I've never taken Xanax and I'm not on anything right now.")) == {}


def test_hypothetical_medication_excluded() -> None:
    m = meds(P("She mentioned maybe trying Abilify if things don't improve, but I said no."))
    assert m == {}


def test_medication_seen_on_tv_excluded() -> None:
    assert meds(P("I saw a commercial for Rexulti on TV last night.")) == {}


def test_dose_change_is_changed_with_new_dose() -> None:
    m = meds(P("Dr. Lee bumped my Zoloft up from fifty to a hundred milligrams."))
    assert m["sertraline"]["status"] == "changed"
    assert m["sertraline"]["dose"] == "100 mg"


def test_stopped_has_null_dose() -> None:
    m = meds(P("I stopped the Seroquel, the 50 mg made me a zombie."))
    assert m["quetiapine"]["status"] == "stopped"
    assert m["quetiapine"]["dose"] is None


def test_started() -> None:
    m = meds(P("My psychiatrist started me on prazosin, one milligram at bedtime."))
    assert m["prazosin"] == {"name": "prazosin", "dose": "1 mg", "status": "started", "evidence": [0]}
