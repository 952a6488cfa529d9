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


# ---- generalisation rules (second-author data, s37-s50)

def test_switch_from_x_to_y_stops_x_and_starts_y() -> None:
    m = meds(
        C("What happened at the psychiatrist?"),
        P("She bumped up my Wellbutrin to 300, and she switched me from Zoloft to Prozac. Twenty milligrams."),
    )
    assert m["bupropion"]["status"] == "changed" and m["bupropion"]["dose"] == "300 mg"
    assert m["sertraline"]["status"] == "stopped" and m["sertraline"]["dose"] is None
    assert m["fluoxetine"]["status"] == "started" and m["fluoxetine"]["dose"] == "20 mg"


def test_status_belongs_to_its_own_drug_in_a_shared_sentence() -> None:
    m = meds(C("Any changes?"), P("She discontinued the Ativan and started me on propranolol, ten mg, when I need it."))
    assert m["lorazepam"]["status"] == "stopped"
    assert m["propranolol"]["status"] == "started" and m["propranolol"]["dose"] == "10 mg"


def test_ongoing_taper_with_current_dose_is_a_change() -> None:
    m = meds(C("And the medication?"), P("I'm tapering off the Luvox. I'm at fifty now, from a hundred."))
    assert m["fluvoxamine"]["status"] == "changed"
    assert m["fluvoxamine"]["dose"] == "50 mg"


def test_refused_after_mention_excluded() -> None:
    m = meds(
        C("Anything else from the nurse?"),
        P("She also said something about Antabuse but I told her no way, I'm not doing that."),
    )
    assert "disulfiram" not in m


def test_possessive_from_partner_means_the_client() -> None:
    out = extract(
        session(
            C("Theo, how has Jamie been?"),
            O("Better, since they doubled her Zoloft. She's on 100 now."),
            P("Yeah, a hundred."),
            session_type="couples",
        )
    )
    m = {x["name"]: x for x in out["progress_note"]["medications"]}
    assert m["sertraline"]["dose"] == "100 mg" and m["sertraline"]["status"] == "changed"


def test_possessive_after_a_named_relative_stays_theirs() -> None:
    out = extract(
        session(
            C("How are things at home?"),
            O("My mom is struggling. Her Xanax isn't helping anymore."),
            P("It's hard to watch."),
            session_type="family",
        )
    )
    assert out["progress_note"]["medications"] == []


def test_readback_list_with_numerals_and_micrograms() -> None:
    m = meds(
        C("So I have you on Effexor 150, Synthroid 50 micrograms, and hydroxyzine 25mg as needed?"),
        P("Yes."),
    )
    assert m["venlafaxine"]["dose"] == "150 mg"
    assert m["levothyroxine"]["dose"] == "50 mcg"
    assert m["hydroxyzine"]["dose"] == "25 mg"


def test_focalin_is_dexmethylphenidate() -> None:
    m = meds(C("Meds?"), P("Focalin, ten milligrams before school."))
    assert list(m) == ["dexmethylphenidate"]
