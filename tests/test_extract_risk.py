"""Risk screening: endorsed / denied / not_assessed with negation and temporality."""

from __future__ import annotations

from scribe.extract.risk import assess_risk
from tests._extract_helpers import C, P, session


def risk(*turns: tuple[str, str]) -> dict[str, str]:
    found = assess_risk(session(*turns)["turns"])
    return {k: v.status for k, v in found.items()}


def test_passive_death_wish_is_endorsed_si() -> None:
    got = risk(
        C("Do you have any thoughts of killing yourself?"),
        P("I don't want to kill myself. But sometimes I wish I just wouldn't wake up."),
    )
    assert got["suicidal_ideation"] == "endorsed"


def test_past_self_harm_only_is_denied() -> None:
    got = risk(C("Any self-harm? I know that was in the past."), P("Back in college I cut, but not for years."))
    assert got["self_harm"] == "denied"


def test_not_asked_is_not_assessed() -> None:
    got = risk(C("How was work this week?"), P("Busy, but fine."))
    assert got == {"suicidal_ideation": "not_assessed", "homicidal_ideation": "not_assessed", "self_harm": "not_assessed"}


def test_denials_with_evidence() -> None:
    found = assess_risk(
        session(C("Any thoughts of suicide?"), P("No."), C("Any thoughts of hurting anyone else?"), P("No, never."))["turns"]
    )
    assert found["suicidal_ideation"].status == "denied" and found["suicidal_ideation"].evidence == [0, 1]
    assert found["homicidal_ideation"].status == "denied" and found["homicidal_ideation"].evidence == [2, 3]
    assert found["self_harm"].status == "not_assessed"


def test_hyperbole_is_not_homicidal_ideation() -> None:
    got = risk(
        P("I was so mad I could kill him."),
        C("I do have to check. Have you had any actual thoughts of hurting Marcus, or anyone?"),
        P("No. Not like that."),
    )
    assert got["homicidal_ideation"] == "denied"


def test_endorsement_wins_over_a_later_denial() -> None:
    got = risk(
        P("Honestly everyone would be better off without me."),
        C("Are you having thoughts of suicide?"),
        P("No, I wouldn't do anything."),
    )
    assert got["suicidal_ideation"] == "endorsed"


def test_affirmation_inside_the_answer_is_endorsed() -> None:
    got = risk(C("Any thoughts about suicide?"), P("I've thought about it, yeah. Not a plan or anything."))
    assert got["suicidal_ideation"] == "endorsed"


def test_wish_to_disappear_is_endorsed_even_after_not_really() -> None:
    got = risk(C("Thoughts of ending your life?"), P("Not really. Sometimes I think it'd be easier if I just disappeared."))
    assert got["suicidal_ideation"] == "endorsed"


def test_past_attempt_with_none_now_is_denied() -> None:
    got = risk(
        P("I tried to kill myself when I was nineteen, but I'm in a much better place now."),
        C("And now, any thoughts of suicide?"),
        P("No."),
    )
    assert got["suicidal_ideation"] == "denied"


# ---- generalisation rules (second-author data, s37-s50)

def test_unpunctuated_asr_question_with_filler_answer() -> None:
    got = risk(
        C("okay and anything like hurting yourself on purpose"),
        P("um no nothing like that"),
    )
    assert got["self_harm"] == "denied"


def test_plan_disclaimer_means_the_thoughts_are_there() -> None:
    got = risk(
        C("Any thoughts of suicide?"),
        P("Not like a plan. But some nights I lie there and think, I don't care if I die in my sleep."),
    )
    assert got["suicidal_ideation"] == "endorsed"


def test_think_about_dying_answered_yes_is_endorsed() -> None:
    got = risk(C("Do you mean you think about dying?"), P("I guess, yes. Not doing anything. Just not being here."))
    assert got["suicidal_ideation"] == "endorsed"


def test_disowned_figure_of_speech_is_denied() -> None:
    got = risk(
        C("When you say it, do you really want to die, or is it something you say when you're mad?"),
        P("It's just a thing I say. I don't really want to."),
    )
    assert got["suicidal_ideation"] == "denied"


def test_partner_reports_passive_wish_client_confirms() -> None:
    from tests._extract_helpers import O

    got = risk(
        O("Last week he said we'd all be better off without him."),
        C("Ben, is that right?"),
        P("I did say that. I still think it sometimes."),
    )
    assert got["suicidal_ideation"] == "endorsed"
