"""Risk screening: endorsed / denied / not_assessed with negation and temporality."""

from __future__ import annotations

import pytest

from scribe.extract.risk import CLARIFIED_REASON, THREAT_CLARIFIED_REASON, VOICE_REASON, assess_risk
from tests._extract_helpers import C, O, P, session


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


# ---- risk that never silently denies (issue 8): one scenario per test, named by the failure

def finding(*turns: tuple[str, str], field: str = "suicidal_ideation"):  # type: ignore[no-untyped-def]
    return assess_risk(session(*turns)["turns"])[field]


def test_overdose_thoughts_still_there_then_not_really_wanting_to_die_is_endorsed_with_review() -> None:
    r = finding(
        C("Have you had any thoughts of suicide?"),
        P("I've thought about overdosing, how many of my pills it would take. The thoughts are still there today. "
          "But I don't really want to die."),
    )
    assert r.status == "endorsed"
    assert r.needs_review and "denial of wanting to die next to method thoughts" in r.review_reasons
    assert r.facets.method and r.facets.active_thoughts and r.facets.timeframe == "current"
    assert not (r.facets.plan or r.facets.intent or r.facets.preparatory_behavior)
    assert 1 in r.evidence


def test_background_thoughts_behind_a_denial_are_endorsed_with_review() -> None:
    r = finding(C("Any thoughts of ending your life?"),
                P("Nothing serious. Just the usual background stuff, you know, it's always kind of there."))
    assert r.status == "endorsed" and r.needs_review


def test_passive_wish_after_denying_suicide_is_endorsed_with_review() -> None:
    r = finding(C("Are you having thoughts of killing yourself?"),
                P("No, I wouldn't kill myself. I just wouldn't mind if something happened to me."))
    assert r.status == "endorsed" and r.facets.wish_dead
    assert "denial next to passive or background death wishes" in r.review_reasons


def test_intrusive_harm_thoughts_without_urge_are_denied_homicidal_ideation_with_review() -> None:
    turns = (
        P("I keep getting these horrible thoughts of stabbing my husband while he sleeps. They come out of nowhere "
          "and I hate them."),
        C("Do you have any urge or intention to act on them?"),
        P("No! God, no. They terrify me."),
    )
    hi = finding(*turns, field="homicidal_ideation")
    assert hi.status == "denied" and hi.needs_review
    assert "intrusive ego-dystonic thoughts, no urge or intent stated" in hi.review_reasons
    assert finding(*turns, field="self_harm").status == "not_assessed"


def test_intrusive_self_harm_images_are_denied_self_harm_with_review() -> None:
    r = finding(C("Those images of cutting your arm, do they come with an urge?"),
                P("No, they're just images. Unwanted ones. I don't want to cut."), field="self_harm")
    assert r.status == "denied" and r.needs_review


def test_intrusive_thoughts_with_an_urge_are_endorsed() -> None:
    r = finding(P("I get these thoughts of hurting my coworker. And honestly, part of me wants to. It's not like the "
                  "OCD stuff, I actually want to."), field="homicidal_ideation")
    assert r.status == "endorsed"


def test_commute_killing_me_is_not_risk() -> None:
    found = assess_risk(session(P("This commute is killing me. An hour and a half each way."))["turns"])
    assert {r.status for r in found.values()} == {"not_assessed"}


def test_could_kill_him_for_that_said_jokingly_is_not_homicidal_ideation() -> None:
    r = finding(P("I could kill him for that. He ate my leftovers again."), C("(laughs) The famous leftovers."),
                field="homicidal_ideation")
    assert r.status == "not_assessed" and not r.needs_review


def test_dying_to_see_it_is_not_suicidal_ideation() -> None:
    assert finding(P("I'm dying to see the new Marvel movie.")).status == "not_assessed"


def test_song_lyrics_are_not_suicidal_ideation() -> None:
    assert finding(P("There's this song I keep playing, the chorus is like \"I wanna die tonight\". It's catchy.")
                   ).status == "not_assessed"


def test_film_plot_is_not_homicidal_ideation() -> None:
    r = finding(P("We watched that movie where the guy kills his whole family. I couldn't sleep after."),
                field="homicidal_ideation")
    assert r.status == "not_assessed"


def test_brothers_attempt_is_not_the_clients_suicidal_ideation() -> None:
    assert finding(P("My brother tried to kill himself last month. We're all still in shock.")).status == "not_assessed"


def test_clinicians_job_story_is_not_risk() -> None:
    r = finding(C("A colleague of mine once had a client who cut herself for years, and she got through it."),
                P("That's good to hear."), field="self_harm")
    assert r.status == "not_assessed"


def test_past_attempt_with_none_now_is_history_not_current_risk() -> None:
    r = finding(P("I overdosed when I was nineteen. I was in the hospital for a week."),
                C("And now? Any thoughts of suicide?"), P("No. Not for years."))
    assert r.status == "denied"
    assert r.facets.timeframe == "past" and r.facets.method
    assert not r.needs_review


def test_past_self_harm_that_started_again_is_endorsed_recent() -> None:
    r = finding(P("I cut for years as a teenager, and I stopped. But last weekend I did it again."),
                C("Thank you for telling me."), field="self_harm")
    assert r.status == "endorsed" and r.facets.timeframe == "recent"


def test_late_disclosure_after_denial_wins_with_review() -> None:
    r = finding(C("Any thoughts of suicide?"), P("No."), C("Okay. Let's talk about work."),
                P("Actually, can I go back? I lied. I have been thinking about killing myself."))
    assert r.status == "endorsed"
    assert "later disclosure contradicts an earlier denial" in r.review_reasons
    assert r.evidence == [0, 1, 3]


def test_partner_reports_what_the_client_said_is_endorsed_with_review() -> None:
    from tests._extract_helpers import O

    r = finding(O("She told her sister she wanted to kill herself. That's why we're here."),
                C("Maya, can you tell me about that?"), P("I don't know. Yeah. I've been thinking about it."))
    assert r.status == "endorsed" and "reported by another person in the room" in r.review_reasons


def test_partner_report_the_client_refutes_is_denied_with_review() -> None:
    from tests._extract_helpers import O

    r = finding(O("She said she wanted to die, after the fight."), C("Can you tell me about that?"),
                P("I didn't mean it. I was angry. I don't want to die, I never have."),
                C("Any thoughts of suicide now?"), P("No."))
    assert r.status == "denied" and r.needs_review


def test_question_answered_by_the_partner_is_not_the_clients_answer() -> None:
    from tests._extract_helpers import O

    r = finding(C("Jamie, same question for you. Any thoughts of hurting someone else?"), O("No."),
                field="homicidal_ideation")
    assert r.status == "not_assessed" and not r.needs_review


def test_hedged_denial_is_denied_with_review() -> None:
    r = finding(C("Any thoughts of suicide?"), P("Not really."))
    assert r.status == "denied" and r.review_reasons == ["hedged denial"]


def test_unanswered_risk_question_is_flagged_not_denied() -> None:
    r = finding(C("Any thoughts of suicide?"), C("And how is sleep?"))
    assert r.status == "not_assessed" and r.needs_review


def test_preparation_disclosed_after_a_denial_is_endorsed_with_the_facet() -> None:
    r = finding(C("Any thoughts of ending your life?"), P("No."), C("What did you do this weekend?"),
                P("I updated my will and wrote a note to my sister. In case I go through with it."))
    assert r.status == "endorsed" and r.facets.preparatory_behavior and r.needs_review


def test_plan_answered_yes_is_a_facet_and_denied_plan_is_not() -> None:
    yes = finding(C("Are you thinking about suicide?"), P("Yes."), C("Do you have a plan?"),
                  P("Yes. I'm going to take the pills on Friday."))
    no = finding(C("Any thoughts of suicide?"), P("I've thought about it, yeah. Not a plan or anything."))
    assert yes.status == "endorsed" and yes.facets.plan
    assert no.status == "endorsed" and not no.facets.plan


def test_asr_lowercase_unpunctuated_disclosure() -> None:
    r = finding(C("um have you been having any suicidal thoughts"),
                P("i mean i thought about like taking all my pills like the whole bottle and its still kind of there "
                  "today but i don't really want to die"))
    assert r.status == "endorsed" and r.needs_review and r.facets.method


def test_facets_and_review_reach_the_note_and_the_markdown() -> None:
    from scribe.extract import extract, render_markdown

    out = extract(session(
        C("Have you had any thoughts of suicide?"),
        P("I've thought about overdosing. The thoughts are still there today. But I don't really want to die."),
    ))
    item = out["progress_note"]["risk"]["suicidal_ideation"]
    assert item["status"] == "endorsed" and item["needs_review"] is True
    assert item["facets"]["method"] is True and item["facets"]["timeframe"] == "current"
    objective = out["progress_note"]["sections"]["Objective"]
    assert "Suicidal ideation: endorsed (current; " in objective and "method considered" in objective
    # The flag is for the reviewer (the desk asks for it to be acknowledged), not a sentence of the signed note.
    assert "needs review" not in objective
    assert "**needs review:** denial of wanting to die next to method thoughts" in render_markdown(out, "progress")


def test_a_risk_finding_dropped_by_grounding_is_flagged_for_review_not_silently_cleared() -> None:
    from scribe.extract.grounding import ground

    turns = [{"speaker": "client", "start": 0.0, "end": 2.0, "text": "The weather was nice this week."}]
    draft = {
        "progress_note": {"risk": {"suicidal_ideation": {"status": "endorsed", "evidence": [0]}}},
        "psychotherapy_note": {"metaphors": []},
    }
    out, dropped, _ = ground(draft, turns)
    item = out["progress_note"]["risk"]["suicidal_ideation"]
    assert dropped == 1 and item["status"] == "not_assessed"
    assert item["needs_review"] and "dropped" in item["review_reasons"][0]


_ASKED = C("Any thoughts of hurting yourself or ending your life?")
_OPEN = C("How has the week been?")


@pytest.mark.parametrize("question, answer", [
    (_ASKED, "honestly i wouldn't mind if a bus hit me on the way home"),
    (_ASKED, "I keep thinking about driving into the overpass on the way to work."),
    (_ASKED, "I just want everything to stop. Permanently, I mean."),
    (_ASKED, "there are nights i think about just checking out"),
    (_ASKED, "If I had a gun I don't know what I'd do."),
    (_ASKED, "everyone would be fine without me honestly they'd get over it"),
    (_OPEN, "rough. i keep picturing my car going off the bridge on sixty-five and honestly it feels kind of peaceful"),
    (_OPEN, "I've been thinking my family would honestly be better without me around. Like, it'd be simpler."),
    (_ASKED, "I don't know. Maybe. Last night I sat in the garage with the car running for a while."),
    (_OPEN, "I started collecting my sleeping pills in a jar. I'm not saying I'd use them."),
], ids=["bus", "overpass", "stop-permanently", "checking-out", "if-i-had-a-gun", "fine-without-me", "car-off-bridge",
        "better-without-me-around", "garage-car-running", "collecting-pills"])
def test_euphemisms_for_suicidal_thoughts_are_endorsed(question, answer) -> None:  # type: ignore[no-untyped-def]
    assert finding(question, P(answer)).status == "endorsed"


@pytest.mark.parametrize("text", [
    "I've been checking out the new gym by my work, it's pretty nice.",
    "The dog would be fine without me for a weekend, so we're going to the lake.",
    "I want this whole custody thing to be over for good, I'm exhausted.",
    "My kids would be happier without me nagging about homework, ha.",
    "We watched a movie where the guy drives off a cliff at the end. So dumb.",
    "I keep my pills in the kitchen drawer so I remember them.",
])
def test_the_same_words_in_ordinary_talk_are_not_risk(text: str) -> None:
    statuses = {f: r.status for f, r in assess_risk(session(_OPEN, P(text))["turns"]).items()}
    assert "endorsed" not in statuses.values(), statuses


@pytest.mark.parametrize("field, turns", [
    ("suicidal_ideation", [_OPEN, P("tbh i've been thinking about unaliving myself, a lot")]),
    ("suicidal_ideation", [_OPEN, P("If she leaves with the kids I'll shoot him and then myself.")]),
    ("suicidal_ideation", [_ASKED, P("Some nights I think about ending the misery for good.")]),
    ("suicidal_ideation", [_OPEN, P("I keep a jar of my old pain pills in the closet. For when I can't take it anymore.")]),
    ("suicidal_ideation", [_OPEN, P("I searched how many of my tablets it would take, just to know.")]),
    ("suicidal_ideation", [_OPEN, P("Last week I had the cord around my neck for a minute.")]),
    ("suicidal_ideation", [_OPEN, P("I stood at the edge of the roof and wanted to step off.")]),
    ("self_harm", [_OPEN, P("I slammed my hand in the drawer on purpose so I'd feel something.")]),
    ("self_harm", [_OPEN, P("i've been burning my wrist with the lighter again")]),
    ("self_harm", [O("There was a blade under her mattress."), C("Can you tell me about that?"), P("It's not a big deal.")]),
    ("homicidal_ideation", [_OPEN, P("I've thought about torching his garage with him inside.")]),
])
def test_more_ways_of_saying_it_are_endorsed(field: str, turns: list) -> None:  # type: ignore[type-arg]
    assert finding(*turns, field=field).status == "endorsed"


def test_a_later_turn_taking_back_a_denial_endorses_what_was_denied() -> None:
    r = finding(
        C("Any thoughts of suicide this week?"),
        P("No."),
        C("Okay. How did the move go?"),
        P("Wait, when you asked before, I lied. I've been thinking about it most nights."),
    )
    assert r.status == "endorsed" and r.needs_review
    assert "later disclosure contradicts an earlier denial" in r.review_reasons


@pytest.mark.parametrize("field, turns", [
    ("homicidal_ideation", [C("Any thoughts of actually hurting your brother?"),
                            P("Angry, yes. Hurt him, no. I'm not that guy.")]),
    ("suicidal_ideation", [C("Any thoughts of death or of killing yourself?"),
                           P("Hmm. I had to think about it for a second, but no. Neither.")]),
    ("homicidal_ideation", [C("You used to picture hurting your stepdad."),
                            P("Back then, sure. That was years ago. I barely think of him now, let alone hurting him.")]),
    ("homicidal_ideation", [_OPEN, P("We stayed up killing zombies in the new game, the last boss keeps stabbing you.")]),
    ("homicidal_ideation", [C("Have you ever wanted to act on those thoughts about the baby?"),
                            P("Never. I'd die before I hurt her.")]),
    ("suicidal_ideation", [C("Thoughts of death or suicide?"),
                           P("i think about death like everyone does since my grandpa passed but wanting to die no")]),
], ids=["yes-to-one-no-to-this", "closing-no", "let-alone", "video-game", "die-before-i-hurt", "like-everyone"])
def test_denials_said_sideways_are_not_endorsements(field: str, turns: list) -> None:  # type: ignore[type-arg]
    assert finding(*turns, field=field).status != "endorsed"


def test_taking_back_a_denial_endorses_the_one_the_clinician_recalled() -> None:
    out = assess_risk(session(
        C("Any thoughts of suicide?"), P("No."),
        C("And any self-harm?"), P("Not really."),
        C("When I asked about suicide you said no. I want to leave room for anything hard to say."),
        P("I said no because I didn't want to make it a thing. I think about it most nights."),
    )["turns"])
    assert out["suicidal_ideation"].status == "endorsed" and out["self_harm"].status == "denied"


def test_the_semantic_net_endorses_what_no_pattern_names_and_says_so() -> None:
    from scribe.extract import risk_net

    text = "I have been thinking that maybe it is time for me to leave this life behind."
    assert risk_net.flagged([text]) == [{"suicidal_ideation"}]
    r = finding(_OPEN, P(text))
    assert r.needs_review
    assert any(reason.startswith(("read as a risk disclosure by the learned screen", "the learned screen reads possible risk"))
               for reason in r.review_reasons)


@pytest.mark.parametrize("text", [
    "We drove up to the lake on Saturday and the kids swam until dinner.",
    "My manager moved the deadline again and I had to stay late twice this week.",
    "I've been sleeping a bit better since I stopped looking at my phone in bed.",
])
def test_the_semantic_net_leaves_ordinary_talk_alone(text: str) -> None:
    from scribe.extract import risk_net

    assert risk_net.flagged([text]) == [set()]


def test_extract_forgets_the_sessions_sentences() -> None:
    from scribe.extract import extract, risk_net

    said = "My sister visited and we cooked her famous lasagna all afternoon."
    extract(session(_OPEN, P(said)))
    # nothing in the net's module holds the sentence once the session is done
    assert [name for name, value in vars(risk_net).items() if said in repr(value)] == []


@pytest.mark.parametrize("field, text", [
    ("suicidal_ideation", "Every night I ask the Lord to call me home, and I mean it."),
    ("suicidal_ideation", "some nights on the highway i think about veering into the oncoming traffic"),
    ("suicidal_ideation", "I keep the old sleeping pills in a shoebox, in case things get too bad."),
    ("suicidal_ideation", "I figured out how many of my heart pills it would take."),
    ("suicidal_ideation", "Honestly I'm done with being alive."),
    ("suicidal_ideation", "I gave my fishing gear to my grandson. I won't be needing it."),
    ("self_harm", "I use a razor on my thigh where nobody can see."),
    ("self_harm", "it's only little lines from a paperclip, nothing deep"),
    ("homicidal_ideation", "Last week I had my hands around his neck and I didn't want to stop."),
    ("homicidal_ideation", "I keep thinking about running my ex off the road on the way to work."),
])
def test_the_second_fresh_batchs_families_are_endorsed(field: str, text: str) -> None:
    assert finding(_OPEN, P(text), field=field).status == "endorsed"


@pytest.mark.parametrize("text", [
    "We keep the gun safe in the basement, locked, my husband has the key.",
    "My grandma always says she's ready for the Lord to take her home someday, she's ninety-one.",
    "I'm done with being a doormat at work.",
])
def test_and_their_look_alikes_are_not(text: str) -> None:
    statuses = {f: r.status for f, r in assess_risk(session(_OPEN, P(text))["turns"]).items()}
    assert statuses["suicidal_ideation"] != "endorsed", statuses


# --- phrasings met in the s81-s120 batches (tuned on after they left the blind split)


def test_the_thought_comes_next_to_not_wanting_to_die_is_endorsed_with_review() -> None:
    found = assess_risk(session(
        C("Sometimes people who feel that way have thoughts about death even if they said no earlier."),
        P("I cross the bridge at night and I look down and I think it would be very simple, just step over. "
          "I don't really want to die. But the thought comes, maybe three times this week."),
    )["turns"])
    si = found["suicidal_ideation"]
    assert si.status == "endorsed" and si.needs_review
    assert "denial of wanting to die next to thoughts of it" in si.review_reasons


def test_not_wanting_to_die_without_a_thought_is_a_denial() -> None:
    got = risk(C("Any thoughts of suicide?"), P("No. I don't want to die, I want to see my kids grow up."))
    assert got["suicidal_ideation"] == "denied"


def test_picturing_harm_to_someone_else_is_not_suicidal_ideation() -> None:
    got = risk(P("I'm not going to do anything. I just picture driving my truck through his front porch."))
    assert got["suicidal_ideation"] == "not_assessed"


def test_slang_the_client_disowns_against_a_parents_report_is_denied() -> None:
    got = risk(
        O('She sent her friend "kms" that night. I saw it on the iPad.'),
        P('Oh my God, Mom, that\'s a joke. Everyone says kms. It\'s like "ugh."'),
        C("Have you had any thoughts of suicide, any wish to be dead, this month?"),
        P("No. Honestly no. I'm sad, but I don't want to die."),
    )
    assert got["suicidal_ideation"] == "denied"


def test_a_vivid_image_called_venting_stays_endorsed() -> None:
    got = risk(C("You mentioned your stepfather."),
               P("Yeah, sometimes I picture hitting him with the bat till he stops moving. It's nothing, I'm just venting."))
    assert got["homicidal_ideation"] == "endorsed"


def test_an_image_the_client_likes_is_not_intrusive() -> None:
    got = risk(P("There's this image I keep having, I've got a tire iron and I hit him. Over and over. And it doesn't "
                 "scare me. Part of me likes it."))
    assert got["homicidal_ideation"] == "endorsed"


def test_follow_up_about_cravings_does_not_reopen_a_denied_risk_question() -> None:
    got = risk(
        C("Any thoughts of hurting yourself, or of not wanting to be alive?"),
        P("No. Not since the overdose in twenty nineteen. I want to be alive."),
        C("How strong are the cravings right now, zero to ten?"),
        P("Right now? Like a four."),
    )
    assert got["suicidal_ideation"] == "denied"


def test_echoing_another_part_of_a_denial_opens_a_new_topic() -> None:
    got = risk(
        C("any thoughts about hurting anyone else"),
        P("no i just want to be left alone"),
        C("tell me about being left alone"),
        P("i stopped going to the clubhouse i just stay in my room"),
    )
    assert got["homicidal_ideation"] == "denied"


def test_the_kind_of_low_is_not_a_hedge() -> None:
    got = risk(C("Any thoughts of suicide or of hurting yourself?"),
               P("No. I'm really not there. This is low, but it's the kind of low where I'm annoyed I'm low."))
    assert got == {"suicidal_ideation": "denied", "homicidal_ideation": "not_assessed", "self_harm": "denied"}


def test_burning_food_and_cutting_back_are_not_self_harm() -> None:
    got = risk(P("Lately I'm dropping tickets, I burned a whole tray of shallots."),
               C("How ready are you to cut back, zero to ten?"), P("Like a seven."))
    assert got["self_harm"] == "not_assessed"


def test_cut_again_is_self_harm() -> None:
    got = risk(C("Your sleeves are down today."), P("I cut again. Yesterday. I'm sorry."))
    assert got["self_harm"] == "endorsed"


def test_scratches_a_parent_saw_are_reported_self_harm() -> None:
    found = assess_risk(session(
        O("Thursday night I went in to get the laundry and I saw her arms. Scratches. A lot of them. Fresh."),
        P("Mom."),
    )["turns"])
    assert found["self_harm"].status == "endorsed" and found["self_harm"].needs_review


def test_a_method_answer_to_a_combined_question_is_suicidal_not_self_harm() -> None:
    got = risk(
        C("You marked thoughts you'd be better off dead or of hurting yourself. Can you tell me about that?"),
        P("I don't want to die. But there's the rifle in the hall closet, and when I walk past it I think about it."),
        C("Any cutting or hurting yourself in other ways?"),
        P("No."),
    )
    assert got["suicidal_ideation"] == "endorsed" and got["self_harm"] == "denied"


def test_intrusive_thoughts_repeated_in_an_exposure_stay_intrusive() -> None:
    got = risk(
        C("When the thought comes, do you want to push anyone?"),
        P("God, no. It horrifies me. I'd never. The thought was what if I push him."),
        C("Okay. Go ahead with the script."),
        P("I could push someone onto the tracks. I could push someone onto the tracks."),
        C("Stay with it. What's happening in your body?"),
        P("Chest tight. It's kind of going down?"),
        C("Where's the distress now, zero to a hundred?"),
        P("Forty. It's still there. Just quieter."),
    )
    assert got["homicidal_ideation"] == "denied"


def test_a_prayer_to_be_taken_confirmed_in_another_language_is_endorsed() -> None:
    got = risk(
        O("She says she wants to die. She wants to be with Papa."),
        P("Sì. Not to do nothing. I pray. I say, Signore, take me, I am ready. Every night."),
        C("Do you ever think about doing something to make it happen?"),
        P("No, no! Is sin. Never. I wait."),
    )
    assert got["suicidal_ideation"] == "endorsed"


@pytest.mark.parametrize("turns, field", [
    ((C("And thoughts of not wanting to live?"), P("Some nights it'd be easier not to be around at all.")), "suicidal_ideation"),
    ((P("My mum passed in the spring. Sometimes I wish I'd gone with her."),), "suicidal_ideation"),
    ((P("My family would be lighter without me, and the insurance would pay for school."),), "suicidal_ideation"),
    ((P("I'm just ready to go, and I'd not be sorry if it came soon."),), "suicidal_ideation"),
    ((P("The overdose was two years ago. I thought I was done with all that."), C("And are you?"),
      P("Mostly. Except lately it's crept back.")), "suicidal_ideation"),
    ((P("One more thing. The bruises on my legs, I did those myself."),), "self_harm"),
    ((C("Same time next week?"), P("Yes. Oh, I've started doing the thing with the razor again. Not deep.")), "self_harm"),
    ((C("Wait for him and do what?"), P("Make him hurt the way he's made my family hurt.")), "homicidal_ideation"),
    ((C("Nobody?"), P("Well. My stepdad. If I'm honest I've pictured stabbing him. I bought a knife last week.")),
     "homicidal_ideation"),
    ((O("He told his cousin he's going to shoot up the warehouse that fired him."),
      P("I was mad. I've thought about it, okay? I haven't done anything.")), "homicidal_ideation"),
])
def test_indirect_disclosures_are_endorsed(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] == "endorsed"


@pytest.mark.parametrize("turns, field, reason", [
    ((P("It's not a big deal, I just scratch my arms with my nails till they bleed sometimes. Everybody has their thing."),),
     "self_harm", "minimised disclosure"),
    ((C("Okay, we're at time. See you next week."),
      P("Yeah. Oh, um, one more thing. Some nights I wish I could go to sleep and not wake up.")),
     "suicidal_ideation", "disclosed as the session was closing"),
    ((C("Any thoughts of suicide?"), P("No, it's not that bad. It's a rough patch, not a crisis.")),
     "suicidal_ideation", "hedged denial"),
    ((C("What about the bruises on your arm?"),
      P("Oh, that's from moving my daughter's furniture. I don't hurt myself, if that's what you're asking.")),
     "self_harm", "an injury explained by the client: check"),
])
def test_the_turns_around_a_finding_flag_it_for_review(turns: tuple[tuple[str, str], ...], field: str, reason: str) -> None:
    finding = assess_risk(session(*turns)["turns"])[field]
    assert finding.needs_review and reason in finding.review_reasons


def test_a_screening_question_mid_session_is_not_a_closing() -> None:
    # s288: "one more thing I ask everyone" at turn 24 of 40 opens a screen; the disclosure after it
    # is endorsed, but not "disclosed as the session was closing"
    chat = [t for k in range(12) for t in (C(f"How was day {k} at the shop?"), P(f"Day {k} was fine, busy enough."))]
    turns = (*chat, C("Good. And one more thing I ask everyone: any thoughts that life's not worth living?"),
             P("Some nights I wish I could go to sleep and not wake up."),
             *[t for k in range(6) for t in (C(f"And the plan for week {k}?"), P(f"Week {k} I'll walk every morning."))])
    finding = assess_risk(session(*turns)["turns"])["suicidal_ideation"]
    assert finding.status == "endorsed"
    assert "disclosed as the session was closing" not in finding.review_reasons


def test_a_plain_denial_is_not_flagged() -> None:
    finding = assess_risk(session(C("Any thoughts of suicide?"), P("No, none at all."))["turns"])["suicidal_ideation"]
    assert finding.status == "denied" and not finding.needs_review


def test_the_learned_screen_never_overrules_a_pattern_denial_but_points_to_it(monkeypatch) -> None:
    from scribe.extract import risk_net

    # the net reads topic, not negation: where it reads risk in an answer the patterns read as a
    # denial, the field stays denied and the clinician is sent back to that answer
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.99} if "wanting to die" in t else {} for t in texts])
    r = finding(C("Any thoughts of suicide?"), P("No, nothing like that, I'm not wanting to die or anything."))
    assert r.status == "denied" and r.needs_review
    assert any(reason.startswith("the learned screen reads risk in a denial (turn 1)") for reason in r.review_reasons)


def test_the_learned_screen_hears_the_question_an_answer_answers(monkeypatch) -> None:
    from scribe.extract import risk_net

    seen: list[list[str]] = []

    def spy(texts: list[str], first_person: list[bool] | None = None,
            contexts: list[str] | None = None) -> list[dict[str, float]]:
        seen.append(list(contexts or []))
        return [{} for _ in texts]

    monkeypatch.setattr(risk_net, "scores", spy)
    finding(C("How have the nights been?"), P("Long, and I keep wondering what the point of any of it is."))
    assert seen and seen[0][1] == "How have the nights been?"


def test_the_learned_screen_does_not_reread_an_idiom_the_patterns_set_aside(monkeypatch) -> None:
    from scribe.extract import risk_net

    seen: list[str] = []

    def spy(texts: list[str], *a: object, **k: object) -> list[dict[str, float]]:
        seen.extend(texts)
        return [{} for _ in texts]

    monkeypatch.setattr(risk_net, "scores", spy)
    finding(P("I could kill him for that. He ate my leftovers again."))
    assert seen and "kill" not in seen[0]


def test_the_learned_screen_refuses_weights_from_another_encoder(monkeypatch) -> None:
    import numpy as np

    from scribe.errors import ModelError
    from scribe.extract import embeddings, risk_net

    class Other:
        def encode(self, texts: list[str], **_: object) -> np.ndarray:
            return np.ones((len(texts), 384), dtype=np.float32) / np.sqrt(384)

    risk_net._model.cache_clear()
    monkeypatch.setattr(embeddings, "load_encoder", lambda: Other())
    try:
        with pytest.raises(ModelError, match="another encoder"):
            risk_net._model()
    finally:
        risk_net._model.cache_clear()


@pytest.mark.parametrize("retraction", [
    "okay so i wasn't straight with you earlier when you asked about killing yourself, it's more of a yes than a no",
    "Earlier when you asked about suicide I said no. It's not totally no.",
    "I haven't been upfront with you. When you asked if I'd thought about ending my life, I do think about it.",
])
def test_a_denial_taken_back_in_other_words_is_endorsed_with_review(retraction: str) -> None:
    r = finding(C("Any thoughts of ending your life?"), P("No."), C("Okay. Let's talk about work."),
                P("Work is fine, busy."), C("What else is on your mind today?"), P(retraction))
    assert r.status == "endorsed" and "later disclosure contradicts an earlier denial" in r.review_reasons


@pytest.mark.parametrize("text", [
    "i don't wanna be dead exactly, i just want it all to stop, and i think about the garage with the engine running",
    "my dad's truck sits in the garage and some nights i think about leaving it running with the big door shut",
])
def test_spoken_contractions_and_a_car_left_running_are_read(text: str) -> None:
    r = finding(C("What goes through your mind on the bad nights?"), P(text))
    assert r.status == "endorsed" and r.facets.method


def test_gonna_is_read_as_going_to() -> None:
    r = finding(C("Any thoughts of suicide?"), P("honestly i think i'm gonna kill myself one of these days"))
    assert r.status == "endorsed"


def test_a_retraction_after_two_denials_goes_to_the_one_its_words_are_about() -> None:
    out = assess_risk(session(
        C("Any thoughts of suicide?"), P("No."), C("Any urges to hurt yourself, like cutting?"), P("No, never."),
        C("How was the weekend?"),
        P("When I said no earlier, that wasn't entirely true. Sunday I sat in the car a long time and thought how easy "
          "it would be to just go to sleep and not wake up. I didn't do anything."),
    )["turns"])
    assert out["suicidal_ideation"].status == "endorsed" and out["self_harm"].status == "denied"


def test_an_unpunctuated_question_inside_a_run_on_turn_is_still_a_question() -> None:
    r = finding(C("it doesn't sound like nothing to me when it comes up is there a part of you that wishes you were dead"),
                P("kinda yeah for a minute"))
    assert r.status == "endorsed"


def test_a_yes_no_question_the_client_asks_themselves_is_not_an_endorsement() -> None:
    r = finding(C("Any thoughts of suicide?"),
                P("No. I read an article about burnout and my brain went, wait, am I suicidal too? But no, I'm not."))
    assert r.status == "denied"


def test_that_is_just_how_people_talk_disowns_slang() -> None:
    r = finding(C("Any thoughts of killing yourself?"),
                P("No. I say stuff like 'this shift makes me want to unalive' but that's just how people talk."))
    assert r.status == "denied"


@pytest.mark.parametrize("text, field", [
    ("We sang the requiem on Sunday and the text goes 'sleep, and never wake again'. Gorgeous piece.", "suicidal_ideation"),
    ("after a bad shift I go in there and I've been banging the back of my head against the lockers", "self_harm"),
])
def test_quoted_texts_and_head_banging(text: str, field: str) -> None:
    r = finding(C("What's been happening?"), P(text), field=field)
    assert r.status == ("not_assessed" if field == "suicidal_ideation" else "endorsed")


def test_an_engine_left_running_is_a_method_only_somewhere_closed() -> None:
    r = finding(C("How was the anniversary?"), P("I sat at the next exit for a while with the engine running and the radio off."))
    assert r.status == "not_assessed"


def test_relief_after_a_harm_image_makes_it_wanted() -> None:
    r = finding(P("I keep picturing shoving him down the stairs, and I feel better after, calmer, which scares me."),
                C("Any intention of acting on it?"), P("No."), field="homicidal_ideation")
    assert r.status == "endorsed"


def test_an_image_endorsed_because_it_brings_relief_is_not_also_called_unwanted() -> None:
    r = finding(P("I keep getting these horrible pictures of pushing him down the stairs. They come out of nowhere and "
                  "I hate them."), C("How often are you picturing it?"),
                P("Most nights. And I feel better after, calmer, which is the part that scares me."),
                field="homicidal_ideation")
    assert r.status == "endorsed"
    assert "intrusive ego-dystonic thoughts, no urge or intent stated" not in r.review_reasons


@pytest.mark.parametrize("text", [
    "Brushing my teeth I thought the kids would manage perfectly well if I weren't here.",
    "honestly kind of numb like itd be easier if i just went with her you know",
    "like i get into bed and im like please just let me not wake up",
    "Sometimes I think, if I am gone, my husband he marries again, gets better wife.",
    "I've stopped wearing my seatbelt. If something happens, it happens. I wouldn't be upset, put it that way.",
    "If the good Lord wants to come for me in my sleep, I shan't put up a fight.",
])
def test_passive_wishes_said_as_conditions_sleep_or_indifference_are_endorsed(text: str) -> None:
    assert finding(C("How have the evenings been?"), P(text)).status == "endorsed"


@pytest.mark.parametrize("text", [
    "If I wasn't here on Tuesdays the shop would fall apart, honestly.",
    "If it rains, it happens. We wouldn't mind a quiet day in.",
])
def test_the_same_shapes_about_ordinary_things_are_not_risk(text: str) -> None:
    assert finding(C("How was the week?"), P(text)).status == "not_assessed"


@pytest.mark.parametrize("past, asked, answer, field", [
    ("At college I went through a phase of banging my head on the wall. It left a dent.", "Anything like that recently?",
     "Not for three years.", "self_harm"),
    ("The scars are from my first marriage. I used to carve into my arm when he went out.", "And now?",
     "No, I haven't touched a blade in fifteen years.", "self_harm"),
])
def test_what_the_client_describes_then_denies_is_still_so_is_history(past: str, asked: str, answer: str, field: str) -> None:
    r = finding(C("Tell me about the scars."), P(past), C(asked), P(answer), field=field)
    assert r.status == "denied" and r.facets.timeframe == "past"


def test_a_disclosure_after_the_still_question_is_not_history() -> None:
    r = finding(C("What happened back then?"), P("I used to cut my arms in high school."), C("And now?"), P("No."),
                C("Okay."), P("Actually, I cut again last night."), field="self_harm")
    assert r.status == "endorsed"


def test_the_learned_screen_never_endorses_an_answer_that_opens_with_a_denial() -> None:
    r = finding(C("Tell me about the scars."), P("They're from my first marriage, a long time ago."), C("And now?"),
                P("No, I haven't touched a blade in fifteen years."), field="self_harm")
    assert r.status != "endorsed"


@pytest.mark.parametrize("p, status, reason", [
    (0.99, "endorsed", "read as a risk disclosure by the learned screen"),
    (0.93, "not_assessed", "the learned screen reads possible risk no pattern names (turn 1)"),
    (0.5, "not_assessed", None),
])
def test_the_learned_screen_endorses_only_when_sure_and_otherwise_points(monkeypatch, p: float, status: str,
                                                                          reason: str | None) -> None:
    from scribe.extract import risk_net

    said = "Lately the evenings feel like a long corridor with no door at the end of it."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": p, "homicidal_ideation": 0.0, "self_harm": 0.0} if t == said else {} for t in texts])
    r = finding(C("How have you been?"), P(said))
    assert r.status == status
    assert (reason is None and not r.needs_review) or any(x.startswith(reason or "") for x in r.review_reasons)


@pytest.mark.parametrize("answer, follow_up", [
    ("my late wife's tablets are still in the drawer and i took them out and sat on the bed with them",
     "Thank you for telling me that. When was that?"),
    ("I was thinking that it would all just stop. The nights, the letting everyone down.",
     "When did you last think about it? And today?"),
    ("There's the old revolver in the shed. I've been going out there a lot.",
     "Do you think you might use it?"),
])
def test_an_unclear_answer_the_clinician_follows_up_as_a_disclosure_is_endorsed_with_review(answer: str,
                                                                                           follow_up: str) -> None:
    r = finding(C("Do you ever have thoughts of ending your life?"), P(answer), C(follow_up), P("Saturday."))
    assert r.status == "endorsed" and r.needs_review
    assert any("followed the answer up as a disclosure" in x for x in r.review_reasons)


def test_an_unclear_answer_the_clinician_moves_on_from_is_not_endorsed() -> None:
    r = finding(C("Do you ever have thoughts of ending your life?"), P("The farm keeps me busy this time of year."),
                C("Tell me about the farm."), P("The heifers are calving."))
    assert r.status != "endorsed"


def test_a_no_to_acting_on_a_reflected_harm_image_denies_intent_not_the_thoughts() -> None:
    r = finding(P("I keep getting this picture of smacking him round the head with the scanner. It felt good, "
                  "picturing it. Every day since."),
                C("So there's a picture of hitting him, most days. Have you ever thought about actually doing it, "
                  "like when, or how?"),
                P("No. No. It's just the picture. I've never planned nothing."), field="homicidal_ideation")
    assert r.status == "endorsed"
    assert not r.facets.intent and not r.facets.plan


def test_a_question_echoed_and_answered_no_denies_by_name() -> None:
    got = risk(C("Any thoughts of hurting Chloe?"),
               P("I've thought about sending her husband the screenshots. But hurting her? No. I want to stop hurting."))
    assert got["homicidal_ideation"] == "denied"


def test_a_tag_question_is_not_an_echo() -> None:
    got = risk(O("He told his cousin he's going to shoot up the warehouse that fired him."),
               P("I was mad. I've thought about it, okay? I haven't done anything."))
    assert got["homicidal_ideation"] == "endorsed"


def test_the_voices_words_disowned_as_theirs_are_denied() -> None:
    got = risk(C("What else do they say?"), P("That I'm useless. That I'd be better off dead."),
               C("Do you ever think that yourself? Have you had thoughts of killing yourself?"),
               P("No. That's them talking, not me."))
    assert got["suicidal_ideation"] == "denied"


def test_a_threat_the_clinician_quotes_back_and_the_client_disowns_is_denied() -> None:
    got = risk(C("What happened next?"), P("I threw his shoes off the balcony and yelled that I was gonna kill him."),
               O("It was scary."), C("Leanne, what was that like?"), O("Honestly, I didn't know who to grab."),
               C("When you yelled you'd kill Tyler, did you mean you wanted to actually hurt him?"),
               P("No! I was just angry. I say that to everyone."),
               C("Do you ever think about hurting him when you're calm?"),
               P("No. I just want him out of my room. He's alright sometimes."))
    assert got["homicidal_ideation"] == "denied"


def test_harm_talk_the_client_then_denies_in_horror_is_intrusive() -> None:
    r = finding(C("What does your mind tell you will happen?"),
                P("That there's a leak, and she doesn't wake up, and it's my fault. That I've killed her, effectively."),
                C("Do you have any wish or urge to harm her?"),
                P("Good heavens, no. That is precisely what I'm terrified of."), field="homicidal_ideation")
    assert r.status == "denied" and r.needs_review


def test_another_persons_own_past_wish_is_not_a_report_about_the_client() -> None:
    got = risk(O("I'm fine, before you ask. The winter I spent wishing I wasn't here is over."),
               C("Thank you. Maya, back to you."), P("I said I'd put him through the wall."))
    assert got["suicidal_ideation"] == "not_assessed"


def test_a_run_on_answer_that_ends_denying_now_is_a_denial() -> None:
    got = risk(C("any thoughts of suicide"), P("no"),
               C("was there ever a time you thought you could do something dangerous like that"),
               P("on the ward i felt kind of indestructible but i never did anything and now no not at all"))
    assert got["suicidal_ideation"] == "denied"


@pytest.mark.parametrize("follow_up, status", [
    ("When was the last time?", "endorsed"),
    ("Have you made any arrangements to do that?", "endorsed"),
    ("What did you have for dinner?", "not_assessed"),
])
def test_a_weaker_reading_the_clinician_follows_up_like_a_disclosure_endorses_its_field(monkeypatch, follow_up: str,
                                                                                         status: str) -> None:
    from scribe.extract import risk_net

    said = "There's a compass in my geometry box and the small lines on my upper arm give some relief."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.2, "homicidal_ideation": 0.0, "self_harm": 0.6} if t == said else {} for t in texts])
    r = finding(C("You've been wearing sleeves in this heat."), P(said), C(follow_up), P("Tuesday."), field="self_harm")
    assert r.status == status
    assert status != "endorsed" or any("followed the answer up as a disclosure" in x for x in r.review_reasons)


def test_what_stops_you_going_to_the_pier_is_not_a_safety_follow_up() -> None:
    r = finding(C("Any thoughts of ending your life?"), P("i'm up early out of habit and i haven't been down to the pier"),
                C("what stops you going"), P("the knees mostly"))
    assert r.status != "endorsed"
    r = finding(C("Any thoughts of ending your life?"), P("I stood on the bridge on Tuesday for an hour."),
                C("What stopped you?"), P("My daughter."))
    assert r.status == "endorsed"


def test_medicine_kept_back_named_turns_before_adds_the_preparatory_facet_only() -> None:
    turns = (O("I found a bag in her work bag. Zopiclone. A lot of them."), C("Orla, can we talk about it?"),
             P("I stopped taking them ten days ago. I didn't throw them out. I started keeping them."),
             C("Were you thinking about ending your life?"), P("Yes. I had a number in my head."))
    r = finding(*turns)
    assert r.status == "endorsed" and r.facets.preparatory_behavior and r.facets.method
    alone = finding(P("The zopiclone wasn't helping, so I stopped. I'm keeping them in the cupboard for now."))
    assert alone.status == "not_assessed"


@pytest.mark.parametrize("wish", [
    "On the drive home I thought it would be easier if I didn't wake up tomorrow.",
    "Honestly it'd be simpler for everyone if I wasn't around.",
    "Some nights I think it would be a relief if I just never woke up.",
])
def test_easier_if_i_did_not_wake_up_is_a_wish_not_a_hypothetical_and_survives_a_no_to_a_plan(wish: str) -> None:
    r = finding(C("Anything else on your mind?"), P(wish),
                C("Thank you for saying that. Any thoughts of killing yourself, or a plan?"),
                P("No, no plan. I'd never. I just want to stop being this tired."))
    assert r.status == "endorsed" and r.facets.wish_dead and r.needs_review


def test_a_line_that_only_holds_the_floor_leaves_the_question_standing() -> None:
    r = finding(C("Have you had thoughts of ending your life?"), C("Marta? Are you still there?"),
                P("I'm here. I don't know how to say it. Yeah, I've thought about it, on the night shifts."))
    assert r.status == "endorsed"
    r = finding(C("Have you had thoughts of ending your life?"), C("Take your time."), P("No. Never."))
    assert r.status == "denied"


def test_an_act_done_this_week_stays_endorsed_after_no_more_since_and_is_not_an_unwanted_thought() -> None:
    r = finding(C("Walk me through Thursday."),
                P("I got the email and I locked myself in the bathroom and I burned my wrist with the lighter. "
                  "I felt disgusting about it after, I don't want to be like that."),
                C("And since Thursday, any more burning or hurting yourself?"), P("No. I wanted to on Friday but I didn't."),
                field="self_harm")
    assert r.status == "endorsed" and r.facets.timeframe == "recent"
    past = finding(C("Walk me through that year."), P("At college I burned my wrist with a lighter a few times."),
                   C("Anything like that since then?"), P("No, not since college."), field="self_harm")
    assert past.status == "denied"


def test_a_no_that_determines_its_own_noun_does_not_negate_the_harm_image_after_the_comma() -> None:
    r = finding(C("Any thoughts of hurting anyone?"), P("No. I was angry."),
                C("And since then, any of those thoughts when you're calm?"),
                P("Calm... sometimes. When the boss texts me no shifts again, I picture I hit him with the spanner. "
                  "Then I stop."), field="homicidal_ideation")
    assert r.status == "endorsed"


def test_a_body_that_is_someone_elses_is_harm_to_others_not_self_harm() -> None:
    got = risk(C("What's it like with Jordan now?"),
               P("I want to smash his face in. I think about slamming his head into the lockers."),
               C("Does part of you want to do it?"), P("No plan. It just feels good to picture for a second."))
    assert got["homicidal_ideation"] == "endorsed" and got["self_harm"] == "not_assessed"


def test_a_weak_word_inside_a_denial_and_a_score_question_after_it_are_not_disclosures() -> None:
    r = finding(C("Any cutting or other ways of hurting yourself?"),
                P("No. Not since May. I keep the rubber band on my wrist in case but I haven't needed it."),
                C("That's great. Your PHQ-9 was eight today. Does that fit?"), P("Yeah, mostly."), field="self_harm")
    assert r.status == "denied"


def test_a_dream_is_not_an_answer_and_a_scoped_no_is() -> None:
    r = finding(C("When you're awake, not in the dream, any thoughts of hurting anyone?"),
                P("In my dreams I go after them, sometimes. Awake, no."), field="homicidal_ideation")
    assert r.status == "denied"


def test_a_saying_disowned_as_only_a_saying_is_not_a_death_wish() -> None:
    r = finding(C("Do you ever have thoughts of not wanting to live?"),
                P('At home we say "I could die of shame", it is only the saying. I am scared of dying, truly.'))
    assert r.status == "denied"


def test_a_wish_to_disappear_clarified_as_not_death_is_denied_for_review_but_a_wish_to_be_dead_is_not() -> None:
    r = finding(C("Any thoughts of killing yourself?"), P("No. I mean sometimes I wish I could just vanish."),
                C("Tell me more about vanish."), P("Like vanish from the meeting. Not like die. Just not be looked at."))
    assert r.status == "denied" and r.needs_review
    r = finding(C("Any thoughts of killing yourself?"), P("No. I mean sometimes I wish I was dead."),
                C("Tell me more about that."), P("Not like die die. I just want it to stop."))
    assert r.status == "endorsed"


def test_the_person_named_before_the_verb_asks_about_harm_to_others() -> None:
    r = finding(C("And anybody you're having thoughts of hurting?"), P("No, I'm too worn out to be angry at anyone."),
                field="homicidal_ideation")
    assert r.status == "denied"
    r = finding(C("Hurting anyone else?"), P("my landlord, in my dreams. no. i'm kidding. no"), field="homicidal_ideation")
    assert r.status == "denied"


def test_an_interpreters_relay_is_the_clients_answer() -> None:
    got = risk(C("please ask him, any thoughts of hurting himself, cutting, anything"), O("he says no, never"),
               C("and does he think about ending his life"), O("he says yes, some nights, since the camp"))
    assert got["self_harm"] == "denied" and got["suicidal_ideation"] == "endorsed"
    # a relative answering for themself is not a relay
    assert risk(C("Mum, any thoughts of hurting yourself?"), O("Me? No."))["self_harm"] != "denied"


@pytest.mark.parametrize("question, answer, status", [
    ("Easy to fall?", "Yeah. It's nothing, it passed.", "endorsed"),
    ("Thinking of doing it?", "Oh, now and then. Don't fuss.", "endorsed"),
    ("Any other medicines?", "Only paracetamol sometimes.", "not_assessed"),
    ("Easy to fall?", "No, no. I meant the ice.", "not_assessed"),
    ("How's your sleep?", "Yeah, fine.", "not_assessed"),
])
def test_a_weaker_reading_the_client_confirms_when_asked_endorses_with_review(monkeypatch, question: str, answer: str,
                                                                              status: str) -> None:
    from scribe.extract import risk_net

    said = "I stood at the top of the quarry a while. Easy to fall from up there, I thought."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.7, "homicidal_ideation": 0.0, "self_harm": 0.1} if t == said else {} for t in texts])
    r = finding(C("You went quiet just now."), P(said), C(question), P(answer))
    assert r.status == status
    assert status != "endorsed" or any("confirmed it when asked" in x for x in r.review_reasons)


@pytest.mark.parametrize("said", [
    "Nah I'm grand. If I didn't wake up tomorrow I'd not be bothered, mind.",
    "I keep thinking maybe it's better to finish my life, honestly.",
])
def test_indifference_to_not_waking_and_finishing_ones_life_are_endorsed(said: str) -> None:
    assert finding(C("How are you finding things?"), P(said)).status == "endorsed"


def test_grounding_keeps_harm_to_anothers_body_and_a_followed_up_weaker_reading(monkeypatch) -> None:
    from scribe.extract import risk_net
    from scribe.extract.grounding import supports_risk

    turns = session(C("And with him now?"), P("I think about slamming his head into the lockers."))["turns"]
    assert supports_risk("homicidal_ideation", {"status": "endorsed", "evidence": [1]}, turns)
    said = "Some nights on the motorway I think a lorry coming over would be a kind of rest."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.6, "homicidal_ideation": 0.0, "self_harm": 0.0} if t == said else {} for t in texts])
    turns = session(C("Anything else?"), P(said), C("How often does that come?"), P("Once a week maybe."))["turns"]
    assert supports_risk("suicidal_ideation", {"status": "endorsed", "evidence": [1, 2]}, turns)
    assert not supports_risk("suicidal_ideation", {"status": "endorsed", "evidence": [1]}, turns)


def test_if_he_shows_up_is_a_condition_not_an_intrusive_thought_showing_up() -> None:
    got = risk(P("If he comes near the kids again I've got a bat by the door."), C("Are you thinking about hurting him?"),
               P("if he shows up yeah"))
    assert got["homicidal_ideation"] == "endorsed"


@pytest.mark.parametrize("reading, status", [(0.95, "endorsed"), (0.7, "denied")])
def test_a_later_turn_the_screen_reads_as_the_denied_field_is_the_later_disclosure(monkeypatch, reading: float,
                                                                                   status: str) -> None:
    from scribe.extract import risk_net

    said = "Nothing much. Gave my guitar to my cousin and my watch to my mate. Where I'm going I won't need them."
    monkeypatch.setattr(risk_net, "model_threshold", lambda: 0.9)
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": reading, "homicidal_ideation": 0.0, "self_harm": 0.0} if t == said else {} for t in texts])
    r = finding(C("Any thoughts of ending it?"), P("Nah, I'm good."), C("What's the weekend looking like?"), P(said))
    assert r.status == status
    assert status != "endorsed" or any("later disclosure" in x for x in r.review_reasons)
    assert status != "endorsed" or {1, 3} <= set(r.evidence)  # the denial and the later turn, not the next question


def test_a_report_the_client_denied_then_owned_does_not_say_the_client_denied_it() -> None:
    r = finding(O('He said in the car, "If Mark cuts my hours again, I will kill him."'),
                C("Are you having thoughts of hurting Mark?"), P("No. I was drunk. I say stupid things."),
                C("And since then, any of those thoughts when you're sober?"),
                P("Sometimes. I picture I hit him with the shovel. Then I stop."), field="homicidal_ideation")
    assert r.status == "endorsed"
    assert not any(x.endswith("the client denied it") for x in r.review_reasons)
    assert any("first denied it, then disclosed it" in x for x in r.review_reasons)


def test_a_no_to_how_denies_the_method_not_the_thoughts_just_owned() -> None:
    r = finding(C("have you had thoughts of killing yourself or of being dead"),
                P("yeah on friday i thought about it like if i'm gone the mortgage gets paid off"),
                C("have you thought about how"), P("no no nothing like that it was more like doing sums"))
    assert r.status == "endorsed"
    assert not r.facets.method
    assert not any("denial" in x for x in r.review_reasons)


def test_a_little_to_is_it_there_today_keeps_the_thought_current() -> None:
    r = finding(C("any thoughts of ending your life"), P("yeah sunday night i thought about it"),
                C("is it there today"), P("a little it's fading i don't want to die i want to sort it out"))
    assert r.status == "endorsed"
    assert r.facets.timeframe != "past"


def test_the_screening_questions_own_noun_and_death_as_rest() -> None:
    r = finding(C("I want to understand it. Is that a wish to be dead?"),
                P("It's more wanting to stop for a while. But yes, some nights I think being dead would be peaceful."))
    assert r.status == "endorsed"


def test_horror_at_the_picture_just_told_makes_it_an_unwanted_thought() -> None:
    r = finding(C("can we check in on the scary thoughts about the baby"),
                P("yeah they're still there when i'm at the top of the stairs i get this picture of me dropping him"),
                C("and when that picture comes how do you feel about it"),
                P("horrified like i'm going to be sick i would never"), field="homicidal_ideation")
    assert r.status == "denied"
    assert r.needs_review


def test_i_dont_want_it_disavows_an_image() -> None:
    r = finding(P("when I carry him to the bath a picture comes that I will drop him and I hate it I don't want it"),
                field="homicidal_ideation")
    assert r.status != "endorsed"


def test_its_an_expression_takes_back_the_threat_the_question_quotes() -> None:
    r = finding(P("i went to the manager and i could've strangled him when i heard it swear down"),
                C("when you say you could've strangled him have you had thoughts of actually hurting him"),
                P("no no it's an expression i'm fuming i'm not gonna do nothing i've got a solicitor"),
                field="homicidal_ideation")
    assert r.status == "denied"


def test_a_story_told_first_then_but_no_not_me_is_a_denial() -> None:
    r = finding(C("and for yourself any thoughts of suicide or that you'd be better off dead"),
                P("my cousin went through a bad patch years back and he took his own life and nobody saw it coming "
                  "so i know why you ask and i'm glad you do but no not me i've got the girls"),
                C("thanks for being straight with me so let's plan the week"))
    assert r.status == "denied"


def test_the_clinicians_reading_the_client_anticipates_is_not_a_yes() -> None:
    r = finding(C("and hurting yourself on purpose like cutting or burning"),
                P("no never i just swim which i suppose you'd say is kind of the same thing"), field="self_harm")
    assert r.status == "denied"


def test_picturing_the_harm_asked_about_is_not_a_suicidal_thought() -> None:
    got = risk(C("do you still have thoughts about hurting him"),
               P("honestly yes i think about it i picture it sometimes at night but i'm not going to do anything stupid"))
    assert got["homicidal_ideation"] == "endorsed"
    assert got["suicidal_ideation"] == "not_assessed"


def test_fine_if_i_just_didnt_wake_up_is_a_wish() -> None:
    r = finding(P("some nights i lie there and think it'd be fine if i just didn't wake up"))
    assert r.status == "endorsed"


@pytest.mark.parametrize("turns", [
    (C("Are you hoping to die?"), P("Well. It wouldn't be unwelcome.")),
    (C("Do you care if you crash?"), P("Not really.")),
    (P("Every night I think about eating a bullet, it's just what you think in this job."),),
    (P("I've been in touch with the clinic in Switzerland about assisted dying. The forms are filled in."),),
    (P("at my age i keep thinking the lord could take me any time and id say thank you very much"),),
    (C("any suicidal thoughts since last time"), P("a couple on the bad nights i just wish i could stop existing")),
    (C("Any thoughts of ending your life?"), P("Och, only the usual. Nothing I'd act on."), C("What's the usual?"),
     P("That my husband'd manage fine without me.")),
    (P("I'd sooner be dead than do another five years of this pain."),),
    (O("He messaged me at lunch: I can't cope any more, I want to disappear for good."), P("I was tired."),
     C("Did you mean dying?"), P("Maybe. I think I still do.")),
])
def test_wishes_said_in_other_words_are_endorsed(turns) -> None:  # type: ignore[no-untyped-def]
    assert finding(*turns).status == "endorsed"


def test_yes_i_care_to_the_protective_question_is_a_denial() -> None:
    assert finding(C("Do you care if you crash?"), P("Yes, of course I do. I've got the kids.")).status == "denied"


def test_a_hot_implement_on_the_skin_is_self_harm_however_minimised() -> None:
    r = finding(P("it's only the curling iron on my arm, it's not like cutting"), C("How often?"),
                P("twice a week maybe"), field="self_harm")
    assert r.status == "endorsed"


def test_sooner_die_than_hurt_him_refuses_the_harm() -> None:
    got = risk(P("In the meeting I got a picture of pushing my boss down the stairs. It came out of nowhere."),
               C("Do you want to hurt him at all?"), P("No. I'd sooner die than hurt anyone."))
    assert got["suicidal_ideation"] != "endorsed"
    assert got["homicidal_ideation"] == "denied"


def test_a_yes_confirming_the_state_just_named_is_no_yes_to_the_question() -> None:
    assert finding(C("Do you have thoughts to kill yourself?"),
                   P("No, this not. I am tired, yes, but this not. I have my daughter.")).status == "denied"


def test_the_act_of_someone_a_relative_clause_hangs_on_is_theirs() -> None:
    got = risk(P("Long night. We had a man in the emergency room who'd jumped from the bridge. Young."),
               C("How are you holding that?"), P("Sad for him. I'm alright in myself."))
    assert got["suicidal_ideation"] == "not_assessed"


def test_words_the_clinician_calls_a_jest_and_the_client_agrees_are_taken_back() -> None:
    r = finding(P("If I have to do one more audit I'll hang myself."),
                C("Said in jest, I'm sure, but I want to check. Any real thoughts of ending your life?"),
                P("God, no. It's just the audits."))
    assert r.status == "denied"


def test_a_reported_fear_of_harming_the_baby_the_client_says_is_unwanted_is_intrusive() -> None:
    r = finding(O("He told me he's frightened he'll hurt the baby. He won't bath her on his own."),
                P("Not because I want to. The thoughts just come and I hate them."), field="homicidal_ideation")
    assert r.status == "denied"
    assert r.needs_review


def test_a_two_digit_year_and_not_a_bit_of_it_settle_self_harm_as_past() -> None:
    r = finding(C("Were you ever in hospital for your mood?"), P("I was, back in '03. I'd cut my wrists."),
                C("Is any of that still with you?"), P("Not a bit of it. I've been well a long time."), field="self_harm")
    assert r.status == "denied"


def test_working_out_the_dose_for_oneself_is_a_method() -> None:
    r = finding(P("I know what in the cupboard would do it, and I've caught myself working out the dose for my weight."))
    assert r.status == "endorsed"
    assert r.facets.method


def test_the_screen_reading_an_image_the_client_disowns_is_an_unwanted_thought(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scribe.extract import risk_net

    said = "When I see a kitchen knife I think of pushing it into my palm. I don't act on it, I don't want to, it just pops in."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.99} if t == said else {} for t in texts])
    r = finding(P(said), field="self_harm")
    assert r.status == "denied" and r.needs_review


# --- blind7 classes (2026-12-02 afternoon), each written afresh


def test_when_i_was_doing_something_dates_an_action_not_a_stage_of_life() -> None:
    r = finding(O("When I was folding his washing I saw his arm, there were lines like cuts, new ones."), field="self_harm")
    assert r.status == "endorsed"


def test_the_tool_named_once_the_cuts_are_the_topic_is_the_act() -> None:
    r = finding(C("Can you tell me about the cuts?"), P("It was Friday."), C("What happened after?"),
                P("I used the blade from my razor. I just needed to feel something."), field="self_harm")
    assert r.status == "endorsed"


def test_a_burn_got_against_a_thing_at_work_is_not_read_as_self_harm_by_the_patterns(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scribe.extract import risk_net

    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [{} for _ in texts])
    r = finding(C("Why a six?"), P("I burnt my arm on the fryer on Tuesday because I was still hungover."), field="self_harm")
    assert r.status != "endorsed"
    assert finding(C("Anything since?"), P("I burnt my arm on the weekend with a lighter."), field="self_harm").status == "endorsed"


def test_the_same_answer_dating_a_wish_as_past_makes_it_history() -> None:
    r = finding(C("Any thoughts of ending your life?"),
                P("The day he left, yeah, I thought I'd rather be dead. But not since then, not now."))
    assert r.status == "denied"


def test_an_exposure_script_said_aloud_is_not_a_disclosure() -> None:
    r = finding(C("Do you want to hurt her? Any part of you?"), P("No. It makes me sick. I love her."),
                C("Now say the sentence we wrote. Out loud."), P("I might stab Mia with this knife."),
                C("Again."), P("I might stab Mia with this knife. It's getting boring."), field="homicidal_ideation")
    assert r.status == "denied"


def test_a_parents_reading_of_disappear_the_client_clarifies_is_denied() -> None:
    r = finding(O("I found her diary. It said 'I wish I could just disappear.'"),
                P("Mum! That was about school. Disappear like move away. Not die."),
                C("So disappear meant changing schools, not being dead?"), P("Yes. Literally yes."))
    assert r.status == "denied" and r.needs_review


def test_a_yes_to_two_questions_narrowed_by_a_later_denial_of_one() -> None:
    got = risk(C("Have you had thoughts of hurting yourself or ending your life?"),
               P("One night I stood on the balcony and thought if I just went, the debts would be finished."),
               C("Is it still there?"), P("Less now, but it comes back at night."),
               C("Any thoughts of hurting yourself in other ways?"), P("No, never."))
    assert got["suicidal_ideation"] == "endorsed"
    assert got["self_harm"] == "denied"


def test_an_answer_that_ends_on_its_own_denial_by_name() -> None:
    r = finding(C("Any thoughts of hurting yourself, cutting, burning?"),
                P("No, I pick at my skin sometimes but that's trying to fix it, not hurting myself."), field="self_harm")
    assert r.status == "denied"


def test_denying_a_wish_does_not_deny_the_thoughts_asked_about() -> None:
    r = finding(C("Any thoughts of killing yourself?"), P("No. Well, sometimes, yeah. Not that I want to die."))
    assert r.status == "endorsed"


def test_a_lower_case_name_after_thoughts_of_hurting_is_a_person() -> None:
    r = finding(C("i have to ask any thoughts of actually hurting dev"),
                P("no i would never put a hand on him it's just how we talk"), field="homicidal_ideation")
    assert r.status == "denied"


def test_only_joke_at_the_end_disowns_the_threat() -> None:
    r = finding(C("Any thoughts of hurting him or anyone else?"),
                P("Sometimes I joke I'll put something in his soup, but that's only joke, I would never."),
                field="homicidal_ideation")
    assert r.status != "endorsed"


def test_litotes_of_not_waking_is_a_wish() -> None:
    r = finding(C("How low does it get?"), P("Some nights it wouldn't be the worst thing if I just didn't wake up."))
    assert r.status == "endorsed"


def test_scots_aye_and_nae() -> None:
    assert finding(C("Is that a thought of wanting to be dead?"), P("I suppose aye, but I'd never do anything.")).status == "endorsed"
    assert finding(C("How dark does it get?"),
                   P("If it wasnae for the weans I wouldnae bother waking up.")).status == "endorsed"


def test_better_off_if_you_were_dead_asked_and_answered_yes() -> None:
    r = finding(C("Have you had thoughts that your family would be better off if you were dead?"),
                P("Well, aye, I have. There's a policy and I've done the sums."))
    assert r.status == "endorsed"


def test_picturing_smashing_his_head_is_harm_to_him() -> None:
    r = finding(P("I've been lying there at night picturing smashing his head into the sink, and part of me enjoys it."),
                field="homicidal_ideation")
    assert r.status == "endorsed"


# --- heldout10 classes, each written afresh


def test_a_method_turned_over_in_the_mind_is_endorsed_with_the_method() -> None:
    r = finding(C("What goes through your head at night?"),
                P("I sit with the pills on the table and think about how easy it would be."))
    assert r.status == "endorsed" and r.facets.method


def test_a_round_kept_back_for_oneself_is_preparation() -> None:
    r = finding(P("Sold the last of the herd. Kept one bullet aside for myself, if it comes to that."))
    assert r.status == "endorsed" and r.facets.preparatory_behavior


def test_relief_at_a_fatal_crash_is_a_wish_to_be_dead() -> None:
    r = finding(P("Some days I'd honestly be glad if the bus got hit on the way to work."))
    assert r.status == "endorsed" and r.facets.wish_dead


def test_asking_god_to_take_one_in_sleep_and_tired_of_life() -> None:
    assert finding(P("Every night I ask the Lord to take me in my sleep.")).status == "endorsed"
    assert finding(P("Honestly I'm tired of this life.")).status == "endorsed"


def test_facets_denied_when_asked_are_listed_and_reach_the_item() -> None:
    r = finding(C("Any thoughts of not wanting to be here?"), P("Some nights I wish I wouldn't wake up."),
                C("Any thoughts about how you'd do it, or a plan?"), P("No, no, nothing like that."))
    assert r.status == "endorsed"
    assert {"method", "plan"} <= set(r.denied_facets)
    assert r.as_item()["denied_facets"] == r.denied_facets
    # nothing denied is listed where nothing was asked, and a facet affirmed is never listed denied
    assert finding(C("How are you?"), P("Some nights I wish I wouldn't wake up.")).denied_facets == []
    told = finding(C("Any thoughts of killing yourself?"), P("Yes. I've thought about overdosing on my pills."),
                   C("Any plan?"), P("No."))
    assert "method" not in told.denied_facets and "plan" in told.denied_facets


def test_a_plan_or_intent_the_client_rules_out_unasked_is_denied() -> None:
    r = finding(C("How have things been?"), P("Heavy. Some nights I wish I wouldn't wake up. There's no plan, nothing like that."))
    assert r.status == "endorsed" and r.denied_facets == ["plan"]
    r = finding(C("Have you had any thoughts of suicide, or made a plan?"), P("No. No plan. I just wish I wouldn't wake up."))
    assert r.status == "endorsed" and "plan" in r.denied_facets
    r = finding(P("I think about being dead a lot. I'd never act on it, I've got the kids."))
    assert r.status == "endorsed" and "intent" in r.denied_facets
    # plans for something else are not the plan
    r = finding(C("How are things?"), P("Some nights I wish I wouldn't wake up. No plans for the weekend even."))
    assert r.denied_facets == []


def test_denied_facets_are_part_of_the_typed_risk_item() -> None:
    from pydantic import ValidationError

    from scribe.extract.schema import RiskItem

    assert RiskItem.model_validate({"status": "endorsed", "denied_facets": ["plan", "intent"]}).denied_facets == ["plan", "intent"]
    assert RiskItem().denied_facets == []
    with pytest.raises(ValidationError):
        RiskItem.model_validate({"status": "endorsed", "denied_facets": ["wish_dead"]})


def test_denied_facets_reach_the_objective_section_and_the_markdown() -> None:
    from scribe.extract import extract, render_markdown

    out = extract(session(
        C("Any thoughts of not wanting to be here?"), P("Some nights I wish I wouldn't wake up."),
        C("Any thoughts about how you'd do it, or a plan?"), P("No, no, nothing like that."),
    ))
    item = out["progress_note"]["risk"]["suicidal_ideation"]
    assert item["status"] == "endorsed" and "plan" in item["denied_facets"]
    assert "plan denied" in out["progress_note"]["sections"]["Objective"]
    assert "denied: " in render_markdown(out, "progress")


# --- blind8 and heldout11 classes, each written afresh


def test_a_wish_to_be_dead_told_in_the_past_tense_of_this_week() -> None:
    r = finding(C("Were there thoughts of being dead on Thursday?"),
                P("Thursday I wanted to be dead, but I didn't do anything about it. I just wanted the noise to stop."),
                C("And today?"), P("Today no."))
    assert r.status == "endorsed" and r.facets.wish_dead


def test_not_waking_said_first_then_called_no_loss() -> None:
    r = finding(C("Any thoughts that life isn't worth it?"),
                P("Some evenings I think if I just didn't wake up, it wouldn't be the worst thing. It'd be a rest."))
    assert r.status == "endorsed" and r.facets.wish_dead
    assert finding(P("If my heart just gave out one night it would be a relief.")).status == "endorsed"
    # the condition alone is no wish: "the dog came over to see if I was dead"
    assert finding(P("I fell in the hall and the dog came over to see if I was dead, that's dogs for you.")).status \
        == "not_assessed"


@pytest.mark.parametrize("question, answer", [
    ("So skipping the insulin was a way of letting yourself die?", "Aye. More or less."),
    ("Would you like to die?", "I'd welcome it, honestly."),
    ("Are you hoping something would kill you?", "I won't lie to you. Some mornings."),
    ("Are you saying you don't mind if you die?", "Pretty much."),
])
def test_a_yes_in_other_words_to_a_reflected_death_wish(question: str, answer: str) -> None:
    assert finding(C(question), P(answer)).status == "endorsed"


@pytest.mark.parametrize("said", [
    "Walking to the bus I pray a lorry will just hit me and be done.",
    "The way I see it my life insurance is worth more than me.",
    "Every night I lie awake and ask for it to be my turn.",
])
def test_a_death_hoped_for_from_outside_or_weighed_against_money(said: str) -> None:
    assert finding(P(said)).status == "endorsed"


def test_the_other_person_spared_by_name_in_the_same_answer() -> None:
    r = finding(C("Have you thought about how? And about hurting him?"),
                P("I've thought about it, yeah. Him, nah. Wouldn't touch him. I'm the problem."),
                field="homicidal_ideation")
    assert r.status == "denied"


@pytest.mark.parametrize("said", [
    "I keep picking at the scabs on purpose so they don't heal.",
    "I hold my hand under the hot tap till it blisters.",
])
def test_self_injury_told_by_its_purpose_or_its_end_point(said: str) -> None:
    assert finding(P(said), field="self_harm").status == "endorsed"


def test_minimised_self_harm_is_not_a_denial_by_name() -> None:
    r = finding(C("Have you hurt yourself this week?"), P("Yeah, scratched my arm with a needle. It's not like proper cutting."),
                field="self_harm")
    assert r.status == "endorsed"


def test_not_no_takes_back_the_no_it_follows() -> None:
    assert finding(C("Any thoughts of suicide?"), P("No. Well, not no.")).status == "endorsed"
    assert finding(C("Any thoughts of suicide?"), P("No. I lied.")).status == "endorsed"
    assert finding(C("Any thoughts of suicide?"), P("No, that's right, none. Not no one has asked before.")).status == "denied"


def test_not_wanting_to_be_alive_with_all_this_is_asked_about_suicide() -> None:
    r = finding(C("And thoughts of harming yourself, or of not wanting to be alive with all this going on?"),
                P("No, none of that."))
    assert r.status == "denied"
    assert finding(P("I just don't want to be alive like this.")).status == "endorsed"
    assert finding(P("I don't want to live with him anymore.")).status == "not_assessed"


@pytest.mark.parametrize("answer", [
    "ah the questionnaire question no sir never not once",
    "how could i, who would feed the dogs, no i have never thought that",
    "Ah, no no. I wouldn't.",
])
def test_a_flat_no_after_an_aside_answers_the_question(answer: str) -> None:
    assert finding(C("Any thoughts of suicide or of ending your life?"), P(answer)).status == "denied"


# blind9 classes (s301-s325): each case fails on the rules before this change

@pytest.mark.parametrize("turns, field, want", [
    # a condition said first is the same idiom as "I'd rather die than ..."; a condition on life itself is a wish
    ((P("Honestly if I had to go back to being Ellie full time I'd rather die."),), "suicidal_ideation", "not_assessed"),
    ((P("If I had to live like this for another year I'd rather be dead."),), "suicidal_ideation", "endorsed"),
    # old scars are not the act again
    ((C("Any urges to hurt yourself?"), P("No. I haven't cut since I was sixteen. I still have the scars, they're old.")),
     "self_harm", "denied"),
    # a yes placed in the past, with "not now"
    ((C("Are you having thoughts of killing yourself?"),
      P("No. I'm not having those thoughts. Last winter, yeah, there were some nights. Not now.")), "suicidal_ideation", "denied"),
    ((C("Any wish to be dead now?"), P("No. Not now. Before, aye, every day, I'll not deny it.")), "suicidal_ideation", "denied"),
    # drinking less, and tablets split, are not self-harm
    ((P("she says i'm all hat and no cattle on the cutting back part"), C("what else are you taking right now"),
      P("a five of the ambien most nights cause i'm up at four thirty")), "self_harm", "not_assessed"),
    ((P("The doctor gave me twenty milligram ones and I have been cutting them."),), "self_harm", "not_assessed"),
    ((P("I cut them in half so they last longer."),), "self_harm", "not_assessed"),
    ((P("The pills make me numb so I have been cutting myself again."),), "self_harm", "endorsed"),
    # at the wheel
    ((C("have you had thoughts of suicide"), P("naw"), C("what happens on the drive"),
      P("some nights on that bridge i think if i just didn't turn the wheel at the bend it'd be a relief")),
     "suicidal_ideation", "endorsed"),
    # a yes to something short of death, named as such
    ((C("Are you having any thoughts of hurting yourself, or of killing yourself?"),
      P("No. That came out wrong. Sometimes I think they'd be better off with someone who knows what he's doing, but not dead. "
        "Not die.")), "suicidal_ideation", "denied"),
    # an unpunctuated screen mid-sentence, and not waking said to be welcome without an "if"
    ((C("when that thought comes is it a wish not to be alive"), P("kind of yeah like i'd be okay not waking up")),
     "suicidal_ideation", "endorsed"),
    ((P("Some nights I'd be fine with never waking up."),), "suicidal_ideation", "endorsed"),
    # "I've never thought about killing myself" is a denial ("I never thought I'd ..." is not)
    ((C("And underneath the joke?"), P("No. Honestly. I want the pain to die, not me. I've never thought about killing myself.")),
     "suicidal_ideation", "denied"),
    ((P("I never thought I'd want to die but lately I do."),), "suicidal_ideation", "endorsed"),
    # not for years, and the act denied after the yes to remembering it
    ((C("And hurting yourself? You used to cut, back in school."),
      P("Not for many years. Not since Form Five. Sometimes I remember it, but I don't do it.")), "self_harm", "denied"),
    # an intrusive picture the client is sickened by
    ((P("On the back stairs behind Sister Gwladys the picture came of me pushing her. Just pushing her down. I felt sick."),
      C("Do you have any wish to hurt Sister Gwladys, or anybody?"), P("No! God, no. I'd lay down my life for her.")),
     "homicidal_ideation", "denied"),
    # guards: an image the client half likes is no intrusive thought, and a stroke "finishing him off" is no one's violence
    ((P("When I see the truck the picture comes back, and part of me likes the picture."),
      C("Are you having thoughts of hurting Kurt today?"),
      P("The thoughts, yeah. The picture of the bat. I don't want to do it. But the thoughts are there.")),
     "homicidal_ideation", "endorsed"),
    ((O("last wednesday him just turn to me and say him wish the stroke did finish him off"),), "homicidal_ideation", "not_assessed"),
    # "that's gone completely since" dates the telling
    ((C("and thoughts of not wanting to be alive or of suicide"),
      P("not now back in march when they put the dose up i had a couple of weeks where i thought i don't want to be here but "
        "that's gone completely since the dose came down")), "suicidal_ideation", "denied"),
])
def test_blind9_classes(turns: tuple[tuple[str, str], ...], field: str, want: str) -> None:
    assert risk(*turns)[field] == want


def test_the_accelerator_and_finishing_him_is_homicidal_talk() -> None:
    got = risk(P("i see him at the bus stop and i think if i was in my car i would just press the accelerator small and finish him"),
               C("how often does that come"), P("every time i see him and at night also"))
    assert got["homicidal_ideation"] == "endorsed"


def test_what_only_the_net_read_is_pointed_at_when_the_client_denies_it_when_asked(monkeypatch) -> None:
    from scribe.extract import risk_net

    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.99} if "stop being fine" in t else {} for t in texts])
    r = finding(P("Ha. Yes. If I sit here for the hour I'll stop being fine, I know it."), C("What would happen?"),
                P("I'd go in the prep room and have a good long kip."),
                C("When you say that, are you having thoughts of being dead, or of ending your life?"),
                P("No. God, no. I mean sleep. Proper sleep."))
    assert r.status == "denied" and r.needs_review
    assert any("which the client denied when asked (turn 4)" in reason for reason in r.review_reasons)


@pytest.mark.parametrize(("turns", "field", "want"), [
    # an unpunctuated "was there a moment", a lower-case name after a harm verb, and the wanting as the answer
    ((P("yeah i kicked the door better the door than him"),
      C("was there a moment you thought about hitting tariq"),
      P("for real i see it in my head i grab the bat and swing and a part of me did want to do it")),
     "homicidal_ideation", "endorsed"),
    # guard: a harm verb before an ordinary lower-case word is no person
    ((C("was there a moment you felt like hitting rock bottom"), P("a part of me did want to give up on the diet")),
     "homicidal_ideation", "not_assessed"),
    # a rating question's "zero to ten" asks, it does not deny; "Right now?" is no agreement
    ((P("I burned my arm on Saturday."), C("Zero to ten, the urge to self-harm right now?"), P("Right now? Like a two.")),
     "self_harm", "endorsed"),
    # "figure of speech" without its article disowns, after a laugh
    ((P("the bloke at the council, i'll shoot him one of these days"), C("you'll shoot him"),
      P("ha nah figure of speech he's only doing his job i wouldn't touch him")), "homicidal_ideation", "denied"),
    # a haircut is not self-harm, said of anyone
    ((O("Then out of nowhere she cut her hair and wants a new name."),), "self_harm", "not_assessed"),
    # "Now, no. Last year, ..." dates what follows to the past
    ((C("Have you had any thoughts of hurting yourself, or of not wanting to be alive?"),
      P("Now, no. Last year, yes. Last year I scratched my arm a few times, and some nights I thought it'd be easier to "
        "disappear. Not now.")), "suicidal_ideation", "denied"),
    ((C("Have you had any thoughts of hurting yourself, or of not wanting to be alive?"),
      P("Now, no. Last year, yes. Last year I scratched my arm a few times, and some nights I thought it'd be easier to "
        "disappear. Not now.")), "self_harm", "denied"),
    # what a tide or a job takes is no overdose
    ((P("the comedown is like the tide going out and taking all the sand from under your feet"),), "suicidal_ideation",
     "not_assessed"),
    ((P("Some nights I think about taking all my pills at once."),), "suicidal_ideation", "endorsed"),
    # asking leave to come back to something is not asking about it
    ((P("I bite my hand when it gets too loud."), C("Do you ever think about ending your life?"),
      P("No. I think about death as a concept quite a lot, but not mine. No wishes."),
      C("Okay. Can I come back to the biting later?"), P("Yes.")),
     "suicidal_ideation", "denied"),
])
def test_blind10_classes(turns: tuple[tuple[str, str], ...], field: str, want: str) -> None:
    assert risk(*turns)[field] == want


def test_do_you_have_a_plan_is_a_follow_up(monkeypatch) -> None:
    from scribe.extract import risk_net

    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"homicidal_ideation": 0.6} if "round the back of the shops" in t else {} for t in texts])
    r = finding(C("what goes through your mind about him"),
                P("every night i lie down and i see how i would do it if i catch him round the back of the shops"),
                C("thank you for being straight with me do you have any plan to go and find him"),
                P("no i don't want to go back inside"), field="homicidal_ideation")
    assert r.status == "endorsed"


@pytest.mark.parametrize(("turns", "field", "want"), [
    # idioms: "as soon shoot myself as", "shot myself in the foot"
    ((P("I'd as soon shoot myself as sit through another one of those meetings."),), "suicidal_ideation", "not_assessed"),
    ((P("Backed the favourite and shot myself in the foot again."),), "suicidal_ideation", "not_assessed"),
    # "Heck no" answers "do you mean that literally?"
    ((P("If he starts on about money again I swear I'm going to kill him."), C("Do you mean that literally?"),
      P("Heck no. I'll pass him the gravy and change the subject.")), "homicidal_ideation", "denied"),
    # the split infinitive, and disappearing for good
    ((C("How have the days been?"), P("Most days I'd honestly like to not be here any more, in the permanent sense.")),
     "suicidal_ideation", "endorsed"),
    ((C("What goes through your head when you picture telling him?"), P("That it's better I disappear, for good.")),
     "suicidal_ideation", "endorsed"),
    ((P("I just wanted to disappear for the weekend, go up the coast."),), "suicidal_ideation", "not_assessed"),
    # a violent act named without a harm verb
    ((C("What were you going to do when he came out?"), P("Cave his head in. I don't care any more.")),
     "homicidal_ideation", "endorsed"),
])
def test_heldout12_classes(turns: tuple[tuple[str, str], ...], field: str, want: str) -> None:
    assert risk(*turns)[field] == want


@pytest.mark.parametrize("answer", ["non non, i'm catholic and i got grandbabies, ashamed is heavy but no",
                                    "God forbid. No ma. I have my mother to look after.",
                                    "Naw, hen. I've too much to do."])
def test_more_ways_to_open_a_no(answer: str) -> None:
    assert risk(C("Any thoughts of ending your life, or of suicide?"), P(answer))["suicidal_ideation"] == "denied"


def test_grounding_keeps_harm_to_a_lower_case_name() -> None:
    from scribe.extract import extract

    out = extract(session(P("yeah i kicked the door better the door than him"),
                          C("was there a moment you thought about hitting tariq"),
                          P("for real i see it in my head i grab the bat and swing and a part of me did want to do it")))
    hi = out["progress_note"]["risk"]["homicidal_ideation"]
    assert hi["status"] == "endorsed" and out["stats"]["ungrounded_dropped"] == 0


def test_the_wanting_as_the_answer_asks_the_clinician_to_confirm() -> None:
    r = finding(P("yeah i kicked the door better the door than him"),
                C("was there a moment you thought about hitting tariq"),
                P("for real i see it in my head i grab the bat and swing and a part of me did want to do it"),
                field="homicidal_ideation")
    assert r.status == "endorsed" and r.needs_review
    assert any("part of them wanted it (turn 2)" in reason for reason in r.review_reasons)


def test_someone_elses_claim_told_by_the_client_is_pointed_at_not_endorsed() -> None:
    r = finding(P("i do her pill box sunday nights she fights me on it sometimes she say i'm trying to poison her"),
                field="homicidal_ideation")
    assert r.status == "not_assessed" and r.needs_review
    assert any("someone else's claim" in reason for reason in r.review_reasons)
    # the client's own clause after the claim is the client's
    assert risk(P("My mum thinks I want to kill myself, and honestly I do."))["suicidal_ideation"] == "endorsed"


@pytest.mark.parametrize("answer", ["No. He's an idiot, but no.", "Naw, hen. It's a sayin'. I'd no hurt a fly. He's a numpty, but naw."])
def test_could_have_strangled_him_is_an_idiom_and_a_checked_idiom_denied_is_denied(answer: str) -> None:
    assert risk(P("Oh, I could've strangled him. Dunlop, the depot manager."),
                C("When you say you could've strangled him, any actual thoughts of hurting him?"),
                P(answer))["homicidal_ideation"] == "denied"


def test_a_startle_or_a_split_tablet_is_no_method_and_no_self_harm() -> None:
    got = risk(P("Yes. This is... yes. The sound of the door. My daughter closes the car door and I jump from the chair."),
               P("Zolpidem. Doctor give ten, I cut half, I take half. Some nights."))
    assert got == {"suicidal_ideation": "not_assessed", "homicidal_ideation": "not_assessed", "self_harm": "not_assessed"}
    assert risk(C("Any thoughts of ending your life?"),
                P("I think of jumping in front of the train."))["suicidal_ideation"] == "endorsed"


def test_the_clinician_checking_an_unclear_answer_asks_the_question_again() -> None:
    got = risk(C("Have you had any thoughts of ending your life, or of hurting yourself?"),
               P("My life is in God's hand. I do not take what is not mine to take."),
               C("So that's a no, no thoughts like that?"),
               P("No. Never. And hurting myself, no."))
    assert got["suicidal_ideation"] == "denied" and got["self_harm"] == "denied"


def test_a_weak_reading_confirmed_by_a_vague_yes_then_plainly_denied_is_pointed_at() -> None:
    r = finding(P("Chipo, I don't have all the answers today. I am still the same Rumbi. I need you to be my sister, not the police."),
                C("How was that?"),
                P("Heavy. But the snake is a bit smaller."),
                C("With all of this weight, I want to ask you something I ask everyone. Have you had any thoughts of ending "
                  "your life, or of hurting yourself in any way?"),
                P("No, no. Never. I have Tanaka. I am not going anywhere, I want to see that boy finish his school."))
    assert r.status == "denied"


@pytest.mark.parametrize("text", [
    "When I lie down I pray God should just take me quietly in my sleep.",
    "That if I didn't wake up, it'd not be the worst thing.",
    "ah keep thinking ah'd be better aff dead so ah dae every morning",
    "I've been saving the paracetamol from the corner shop, two packs at a time so they don't clock it.",
    "Yes ma'am. I clean the service weapon every night. Difference now is I sit with it a while after.",
])
def test_passive_wishes_and_preparatory_acts_in_plain_and_dialect_speech_are_endorsed(text: str) -> None:
    assert risk(P(text))["suicidal_ideation"] == "endorsed"


def test_a_letter_written_in_case_is_endorsed_and_a_jamaican_no_denies() -> None:
    assert risk(P("Wrote some letters, just in case. In case I'm not around."))["suicidal_ideation"] == "endorsed"
    assert risk(P("Mi nuh waan dead, Miss, mi jus need fi feel it."))["suicidal_ideation"] == "denied"


@pytest.mark.parametrize("text", [
    "I'm saving up for a new car, the pills for my back cost a fortune.",
    "God take me back to the summer of ninety-two, what a time.",
    "I stood at the edge of the pitch and watched the whole match.",
])
def test_near_misses_of_those_classes_are_not_risk(text: str) -> None:
    assert risk(P(text))["suicidal_ideation"] == "not_assessed"


@pytest.mark.parametrize("other, reply", [
    ("Doctor, she is saying daily 'I want to die, I want to die'. I am very worried.",
     "He is exaggerating. I said only once or twice, when I was angry with him."),
    ("he been saying he want to die like every night he say it", "i was just talking"),
    ("He told my brother he'd put the shotgun in his mouth if the bank takes the farm.", "I was drunk."),
])
def test_a_report_the_client_explains_away_without_denying_stays_endorsed_for_review(other: str, reply: str) -> None:
    r = finding(O(other), P(reply))
    assert r.status == "endorsed" and r.needs_review


@pytest.mark.parametrize("reply", ["No, I never said that. He's making it up.", "No. I don't mean it, and I never did."])
def test_a_report_the_client_refutes_is_denied_with_review(reply: str) -> None:
    r = finding(O("He told my brother he wants to die."), P(reply))
    assert r.status == "denied" and r.needs_review


@pytest.mark.parametrize("turns, field", [
    ((C("Have you hurt yourself since we last met?"), P("Nope."), C("How's the new job going?"),
      P("Fine. Well, I had a bad day Thursday and I held my arm over the kettle. On purpose. I lied before, sorry.")), "self_harm"),
    ((C("Any thoughts to harm anyone else?"), P("Not at all."), C("Tell me more about your business partner."),
      P("Honestly speaking, at night I am imagining how I will finish him. With my car. I didn't want to say earlier.")),
     "homicidal_ideation"),
    ((C("Any thoughts of ending your life this week?"), P("No."),
      P("I did stand on the chair with the belt on Friday. But I got down, so it doesn't count as anything.")),
     "suicidal_ideation"),
])
def test_a_later_disclosure_after_a_denial_wins_and_is_flagged(turns: tuple[tuple[str, str], ...], field: str) -> None:
    r = finding(*turns, field=field)
    assert r.status == "endorsed" and r.needs_review


def test_a_past_attempt_with_a_poison_is_history_not_a_current_method() -> None:
    got = risk(C("Has there ever been a time you tried to harm yourself?"),
               P("Yes, in form three. I drank the pesticide my mother uses for the shamba. That was nine years ago."),
               C("How about now?"), P("Now no. I got saved, I am working. That thing is finished."))
    assert got["suicidal_ideation"] != "endorsed"
    assert risk(P("Some nights I think I will just drink the Sniper and finish."))["suicidal_ideation"] == "endorsed"


def test_acceptance_of_death_is_not_a_wish_but_ready_to_die_is() -> None:
    assert risk(C("Do you ever wish you were dead?"),
                P("I'm eighty four, I'm ready to go whenever the good Lord calls me, but no, I don't wish for it."))[
        "suicidal_ideation"] == "denied"
    assert risk(O("Mummy keep telling everybody at church she ready to die."), P("Let God do what He want with me."))[
        "suicidal_ideation"] == "endorsed"


def test_a_year_said_in_words_makes_the_attempt_history() -> None:
    got = risk(P("My husband found me in the garage with the car running. That was nineteen eighty-seven."),
               C("Do you ever have thoughts like that now, even in passing?"),
               P("Not even in passing. I wouldn't dream of it."))
    assert got["suicidal_ideation"] == "denied"


def test_an_accident_told_as_nearly_killing_oneself_is_not_risk_and_just_talk_disowns() -> None:
    got = risk(P("I see the ladder going. I nearly killed myself coming off that roof, the ambulance man said I'd not be "
                 "here talking to you."))
    assert got["suicidal_ideation"] == "not_assessed"
    got = risk(P("I tell he I gine kill him if he call me moon pie one more time."),
               C("I have to ask: are you having any thoughts of actually hurting him, or anyone?"),
               P("Nah, man. Is just talk. I would never put a hand on him."))
    assert got["homicidal_ideation"] == "denied"


def test_a_doric_no_denies_and_picturing_giving_someone_a_hiding_is_homicidal_ideation() -> None:
    assert risk(C("are you having any thoughts of wanting to die or of ending your life"),
                P("na na nae at a i'm nae wantin tae dee i want tae see the bairn born in the spring"))[
        "suicidal_ideation"] == "denied"
    assert risk(C("Tell me about the anger."),
                P("honestly i've thought about giving him a hiding, i picture it when i'm shearing and part of me likes "
                  "the picture"))["homicidal_ideation"] == "endorsed"


def test_a_passive_wish_said_in_the_present_after_a_no_is_endorsed() -> None:
    # a second-language speaker's present tense: the wish is the disclosure, whatever the tense
    got = risk(C("Are you having thoughts of ending your life?"),
               P("no no not kill myself never the church say no but if god take me in the sleep i say thank you i "
                 "don't fight him this is the honest"))
    assert got["suicidal_ideation"] == "endorsed"
    got = risk(C("Why have you been skipping the insulin?"),
               P("I look at that pen and I think, what's it for? If the sugar take me, it take me. Let the Lord decide."))
    assert got["suicidal_ideation"] == "endorsed"
    # "take me" about a lift is not a wish
    assert risk(P("If my son can take me to the clinic, it takes me an hour less."))["suicidal_ideation"] == "not_assessed"


def test_the_family_managing_without_me_in_any_english_and_an_overdose_imagined_to_its_end() -> None:
    assert risk(P("I been thinking yinz'd manage fine without me. Mike and the boys. Better, maybe."))[
        "suicidal_ideation"] == "endorsed"
    got = risk(C("Are you having any thoughts of suicide?"), P("No, no. I am Muslim, that is haram. I would not."),
               C("Is there anything else you want to tell me before we finish?"),
               P("I keep four bottles of the Oramorph. The last crisis I was sitting on the bathroom floor with one "
                 "bottle, and I was thinking, if I drink all of them, all four, the pain finish, everything finish."))
    assert got["suicidal_ideation"] == "endorsed"
    assert risk(P("If I eat all of them the headache is over, so I ate the whole box of chocolates."))[
        "suicidal_ideation"] == "not_assessed"


def test_a_yes_said_of_another_act_leaves_the_no_standing() -> None:
    got = risk(C("Any thoughts of hurting yourself, or of hurting someone else?"),
               P("No. Hurting, no. Shouting, yes, I want to shout at that young doctor. Nothing more."))
    assert got["homicidal_ideation"] == "denied" and got["self_harm"] == "denied"
    # a yes with no other act named is still the answer
    got = risk(C("Any thoughts of hurting someone else?"), P("No. Well, yes, sometimes, him."))
    assert got["homicidal_ideation"] == "endorsed"


def test_no_one_else_just_him_keeps_the_one_named() -> None:
    got = risk(C("Is there anyone else you have thoughts of hurting?"), P("No. Just him."))
    assert got["homicidal_ideation"] == "endorsed"
    assert risk(C("Is there anyone else you have thoughts of hurting?"), P("No. Nobody."))["homicidal_ideation"] == "denied"


def test_a_threat_asked_about_and_recast_as_something_smaller_is_denied_with_review() -> None:
    found = assess_risk(session(P("Oh, I'll kill him. He never had the boards over the skylights."), C("Kill him?"),
                                P("Nah, course not. I'd like to give him a piece of my mind, that's all. I ent going near him."))
                        ["turns"])
    hi = found["homicidal_ideation"]
    assert hi.status == "denied" and hi.needs_review
    # recast, but the wanting stays: not taken back
    got = risk(P("I wanna smash his head in, I swear."), C("When you say that, do you mean you want to hurt him?"),
               P("No, I just wanna scream at him. But part of me wants to hurt him, yeah."))
    assert got["homicidal_ideation"] == "endorsed"


def test_cutting_among_a_jobs_tasks_is_not_self_harm() -> None:
    assert risk(P("They've got me on the ground still. Loading, cutting, sweeping up."))["self_harm"] == "not_assessed"
    assert risk(P("Lately it's cutting, burning, anything to feel it."))["self_harm"] == "endorsed"


@pytest.mark.parametrize("turns, field", [
    ((C("What happened to your arm?"), P("bit it till it bled. it's not self harm, it's not like i cut")), "self_harm"),
    ((C("How's the road rage?"), P("Better. Only followed one guy home this month."), C("What were you going to do if you had?"),
      P("Wouldn't have killed him. Probably. Just put him in hospital.")), "homicidal_ideation"),
    ((C("What would it take for you to feel safe again?"), P("Honestly? Him in the ground. I've made my peace with it.")),
     "homicidal_ideation"),
    ((C("Any thoughts of harming anyone?"), P("No, no."), C("How are you sleeping?"),
      P("Badly. I lie there working out how I'd do it to him, step by step.")), "homicidal_ideation"),
    ((C("Are you eating?"), P("Small small. I am not suicidal o. I only ask God why He did not let me die in that accident.")),
     "suicidal_ideation"),
    ((C("How are you finding the new flat?"),
      P("Some nights I wish I could just close my eyes and not wake up again.")), "suicidal_ideation"),
    ((C("and how are you finding things since your wife passed"),
      P("its quiet you know i keep thinking id like to go to sleep and just be with her")), "suicidal_ideation"),
    ((C("What thought keeps coming back?"), P("Just the train one. Stepping off the platform edge. It's quite calming.")),
     "suicidal_ideation"),
    ((C("anything about the pills we talked about"),
      P("i still got the forty of them in the drawer like just in case it gets bad again you know like an exit")),
     "suicidal_ideation"),
    ((C("Anything else on your mind?"), P("i wrote something in my notes app. like a goodbye thing. i didn't send it")),
     "suicidal_ideation"),
    ((C("Do you ever wish you weren't here?"), P("I'm a Christian."), C("What do you find yourself praying for, these days?"),
      P("To be taken. Every night. Forgive me.")), "suicidal_ideation"),
    ((C("Do you want to die?"), P("Part of me does, when it pulls.")), "suicidal_ideation"),
])
def test_phrasings_from_the_retired_heldout15_batch_are_endorsed(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] == "endorsed"


@pytest.mark.parametrize("turns, field", [
    ((P("We put him in the ground last spring, the whole village came."),), "homicidal_ideation"),
    ((P("I want my concerns to be taken seriously by the ward."),), "suicidal_ideation"),
    ((P("She stepped off the bus and straight into the shop."),), "suicidal_ideation"),
    ((P("I keep the tablets in the drawer in case the back gets bad."),), "suicidal_ideation"),
    ((P("I wrote a goodbye card for my colleague who's retiring."),), "suicidal_ideation"),
])
def test_their_near_misses_are_not_risk(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] != "endorsed"


def test_last_weeks_act_not_repeated_since_is_recent_not_history() -> None:
    found = assess_risk(session(
        C("How have things been with your mood?"),
        P("it was one time. last wednesday. i scratched with my nails until it bled. i was so mad at myself"),
        C("thank you for telling me. have you done it since"), P("no"))["turns"])
    sh = found["self_harm"]
    assert sh.status == "endorsed" and sh.facets.timeframe == "recent"
    # years ago, nothing since: history
    got = risk(P("Years ago at uni I scratched my arms until they bled."), C("Have you done it since?"), P("No, never."))
    assert got["self_harm"] == "denied"
    # a date said after, of something else, does not date the wish
    got = risk(P("My diaries from when I was fourteen are full of wanting to die. I read them last week."),
               C("Does any of that feeling come back?"), P("Sadness, sometimes. Not the wanting to die."))
    assert got["suicidal_ideation"] == "denied"


def test_a_time_of_day_answered_every_morning_is_no_risk_answer() -> None:
    got = risk(C("And no thoughts of hurting yourself?"), P("No. I'm tired, I'm not depressed like that. I get up every morning and do it."))
    assert got["self_harm"] == "denied"


def test_a_carer_admitting_someone_and_bulbs_planted_are_not_homicidal_ideation() -> None:
    assert risk(P("Last month we had to put her in hospital, her chest was that bad."))["homicidal_ideation"] == "not_assessed"
    assert risk(P("The tulips, I plant them in the ground every October."))["homicidal_ideation"] == "not_assessed"
    assert risk(P("I could put him in hospital for what he said."))["homicidal_ideation"] == "endorsed"


# --- the retired blind14 batch: general constructions, each with its near miss ---

@pytest.mark.parametrize("turns, field, status", [
    # a yes to a proposal agrees to the plan; it answers no risk question
    ((C("Any thoughts of ending your life?"), P("No. Never. I don't want to die."),
      C("That's clear, thank you. I want to teach you something for when you wake up from the dream. Can we practise it now?"),
      P("Yes.")), "suicidal_ideation", "denied"),
    ((C("Any thoughts of ending your life?"), P("No."), C("And the cutting, would you be willing to text me if the urge comes?"),
      P("Yeah.")), "self_harm", "not_assessed"),
    # northern "-na" and "ain't want" negate like "n't"
    ((C("any thoughts of hurting yourself"), P("i wouldna hurt myself no")), "self_harm", "denied"),
    ((C("Do you have thoughts of being dead?"), P("No, no. Das just talk. I ain't want to die, I want to live long.")),
     "suicidal_ideation", "denied"),
    # surprise at being asked, then no
    ((C("Any thoughts about your own death, or of not wanting to be alive?"),
      P("Me? No. No. I want to live, I fight too much for this body to give it away now.")), "suicidal_ideation", "denied"),
    # devotion, not a method
    ((C("Any wish to hurt Dominic?"), P("God, no. That's what makes me sick. I'd walk in front of a bus for that kid.")),
     "suicidal_ideation", "not_assessed"),
    # an echo of the question without its question mark, then no
    ((C("any thoughts in that place of hurting yourself or not wanting to be here"),
      P("what like ending it nah nah i'm not there i'm fed up i'm not suicidal")), "suicidal_ideation", "denied"),
    # "not once" and "No. No, I wouldn't touch a hair on his head" after a joke
    ((C("Has that crossed your mind?"), P("Not once.")), "suicidal_ideation", "not_assessed"),
    ((C("Some people start to feel life isn't worth living. Has that crossed your mind?"), P("Not once.")),
     "suicidal_ideation", "denied"),
    ((C("And anyone else, any thoughts of hurting someone? Gerry, say?"),
      P("Gerry? I'd love to stick him in the prover for an hour. No. No, I wouldn't touch a hair on his bald head.")),
     "homicidal_ideation", "denied"),
    # what the yes counts happened by accident
    ((C("Have you ever tried to kill yourself before, or hurt yourself in some other way?"),
      P("Never. Not on purpose. I fell out a couple times back in the nineties, that was the dope, not me trying.")),
     "self_harm", "denied"),
    # a burning stomach is heartburn
    ((C("and the naproxen"), P("the na prosin i stop am thursday e di burn my stomach like pepper soup")), "self_harm", "not_assessed"),
])
def test_constructions_from_the_retired_blind14_batch(turns: tuple[tuple[str, str], ...], field: str, status: str) -> None:
    assert risk(*turns)[field] == status


@pytest.mark.parametrize("turns, field", [
    # run-on speech: a finished negative clause does not negate the next one
    ((C("how are you"), P("i'm not ok i want to die")), "suicidal_ideation"),
    ((C("when you say sleep under the ground are you wishing that you were dead"),
      P("yes sometime at night when he cry and cry i wish i am not alive i wish god take me quiet in my sleep")), "suicidal_ideation"),
    ((P("I wish I'm dead, honestly."),), "suicidal_ideation"),
    # going where the dead one is
    ((C("so there's a wish to be with him"), P("aye that's it it's not like i want to die die it's just i want to be where he is and he's dead so")),
     "suicidal_ideation"),
    # devotion said as a burden is not devotion
    ((P("Sometimes I think I'd jump off the bridge for them, so they'd be free of me."),), "suicidal_ideation"),
    # a flame held to the body
    ((P("i've been putting the lighter to it at night, just holding it there, i can't feel owt but i can see it go red"),), "self_harm"),
    # "only him" after "anyone here?" keeps the one named
    ((P("If I see this man, I kill him with my hands. Every night I think about what I will do to him."),
      C("It's very human. I have to ask: is there anyone here that you have thoughts of hurting?"),
      P("No, no. Nobody here. Here people are kind to me. Only him.")), "homicidal_ideation"),
    # a threat asked about and meant
    ((C("Is there anyone you've had thoughts of hurting?"), P("Jaylen. If he shows up again I'ma kill him."),
      C("Tell me what you mean by that."), P("I mean it. I've thought about how. I want him gone.")), "homicidal_ideation"),
    ((C("Are you thinking of suicide?"), P("Me? Yes. All the time.")), "suicidal_ideation"),
    # an act said not to be an accident is no accident
    ((C("Have you hurt yourself?"), P("No. Well, last week I cut, a few times. It wasn't an accident.")), "self_harm"),
    # a question asking what was meant still confirms a disclosure
    ((C("How's sleep?"), P("Bad. I stay up on my phone. Looking at stuff."), C("What kind of stuff?"),
      P("Like... ways. To not be here. You asked before if I was safe and I said yeah. I'm mostly safe.")), "suicidal_ideation"),
])
def test_their_endorsements_stand(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] == "endorsed"


@pytest.mark.parametrize("turns, field", [
    ((C("how are you"), P("i don't think i want to die")), "suicidal_ideation"),
    ((C("how are you"), P("no i'm not okay i don't want to die")), "suicidal_ideation"),
    ((C("how are you"), P("I want to be where she is. She's in Leeds now with her new husband.")), "suicidal_ideation"),
    ((C("how are you"), P("I held the lighter to it for ages but the candle wouldn't catch.")), "self_harm"),
    ((C("how are you"), P("I'd take a bullet for her.")), "suicidal_ideation"),
])
def test_their_near_misses_are_not_endorsed(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] != "endorsed"


def test_a_threat_the_client_says_was_not_meant_when_asked_is_denied_with_review() -> None:
    found = assess_risk(session(
        C("Okay. And is there anybody you've had thoughts of hurting?"),
        P("Jaylen. If he shows up at the door one more time talking crazy I'ma kill him."),
        C("Tell me what you mean by that."),
        P("I mean I'm not gonna do nothing to him. I just want him to leave us alone. He's all talk, I'm all talk."))["turns"])
    hi = found["homicidal_ideation"]
    assert hi.status == "denied" and hi.needs_review
    # a wish to die played down when asked stays endorsed
    got = risk(P("Honestly I just want to die some days."), C("Tell me what you mean by that."), P("No, nothing, I'm just tired."))
    assert got["suicidal_ideation"] == "endorsed"


def test_a_net_read_disclosure_confirmed_by_a_follow_up_after_thanks_is_endorsed_but_not_by_a_wh_question() -> None:
    found = assess_risk(session(
        C("Any thoughts of ending your life?"), P("No, no. I am not like this."),
        C("Is there anything else before we finish?"),
        P("Yes. I must say something. Three weeks ago I took more on purpose. I knew how much. I didn't care if I come back up. "
          "Maybe I wanted not to come back."),
        C("Thank you for telling me. That took a lot. Is that still with you now, wanting not to come back?"),
        P("Sometimes. In the cab, at night. Not every day. I don't have a plan."))["turns"])
    assert found["suicidal_ideation"].status == "endorsed" and found["suicidal_ideation"].needs_review


@pytest.mark.parametrize("text, status", [
    ("i want to die and no one cares", "endorsed"),
    ("like, i want to die, no one cares", "endorsed"),
    ("I'm not suicidal, no one needs to worry.", "denied"),
])
def test_no_one_is_a_person_not_a_negation(text: str, status: str) -> None:
    assert risk(C("How have you been?"), P(text))["suicidal_ideation"] == status
    # "No one cares if I kill myself" is no denial: a conditional, pointed at
    found = assess_risk(session(C("How have you been?"), P("No one cares if I kill myself."))["turns"])
    assert found["suicidal_ideation"].status != "denied" and found["suicidal_ideation"].needs_review


# --- the retired blind15 sessions and heldout17 corpus batch: general constructions, each with its near miss ---

@pytest.mark.parametrize("turns, field, status", [
    # a failing organ hoped to fail is a wish to be dead; the organ said plainly is not
    ((C("Any thoughts you'd be better off dead?"),
      P("the kidney's packing in and part of me hopes it does quit")),
     "suicidal_ideation", "endorsed"),
    ((C("How's the transplant?"), P("The kidney is doing fine, I hope it does well for years.")), "suicidal_ideation",
     "not_assessed"),
    ((C("Any thoughts of dying?"), P("If the heart stops, it stops. I'm not fighting it.")), "suicidal_ideation", "endorsed"),
    # Scots "no" before a verb and "tae dee"; "ain't" before one; "no more" ending a clause is "anymore"
    ((C("Any thoughts of suicide?"), P("Na, na. Turn o' phrase. I'm no wantin' tae dee.")), "suicidal_ideation", "denied"),
    ((C("Any thoughts of suicide?"), P("No. I ain't thinkin' about dyin'. I'm thinkin' about the boy.")),
     "suicidal_ideation", "denied"),
    ((C("how is the mood"), P("the mood is bad i dont want to be here no more")), "suicidal_ideation", "endorsed"),
    ((C("how is the mood"), P("the mood is bad but i want no more pills")), "suicidal_ideation", "not_assessed"),
    # an amount of a mood is no yes
    ((C("Any thoughts of not wanting to be alive?"), P("No. I'm stressed, not sad. Well, a bit sad.")), "suicidal_ideation",
     "denied"),
    ((C("Any thoughts of not wanting to be alive?"), P("A bit. Sometimes.")), "suicidal_ideation", "endorsed"),
    # a state then yes: "Low, yes. But still worth."
    ((C("Has it felt like life isn't worth living?"), P("Low, yes. But still worth. I want to see her marriage.")),
     "suicidal_ideation", "not_assessed"),
    # an injection given by the client's own hand; a shot at oneself still counts
    ((C("You were asking the nurse about penicillin?"), P("that's for the ewe i give her the pen a cillin shot myself")),
     "suicidal_ideation", "not_assessed"),
    ((C("Anything else?"), P("i nearly shot myself last night with the rifle")), "suicidal_ideation", "endorsed"),
    # tablets cut are not skin; skin still is
    ((C("And the sertraline?"), P("Seventy-five now, I'm cutting pills with a kitchen knife, very professional.")),
     "self_harm", "not_assessed"),
    ((C("How do you cope?"), P("I'm cutting my arms again, with a kitchen knife.")), "self_harm", "endorsed"),
    # someone else's threatened claim: pointed at, not endorsed
    ((C("What happened?"), P("She said she would tell the police I attacked her. Who believes the man?")),
     "homicidal_ideation", "not_assessed"),
    # a turn that only weighs the reassurance is not a disclosure
    ((C("Any thoughts of killing yourself?"), P("no honey who'd feed the cows"),
      C("What you had is an intrusive thought, a picture of the person gone; it is a sign of exhaustion, not who you are."),
      P("so i ain't a monster"), C("You're not a monster."), P("well that's a comfort i reckon")), "suicidal_ideation", "denied"),
    # Jamaican "nuh wah"
    ((C("Any thoughts of hurting him?"), P("No. Mi nuh wah hurt nobody.")), "homicidal_ideation", "denied"),
    # the yes counted to its question by place
    ((C("Three things I ask everybody. Thoughts of killing yourself? Thoughts of hurting somebody else? Hurting yourself?"),
      P("Nah. Nah. ...Da last one, yeah. Every night, kinda.")), "self_harm", "endorsed"),
    ((C("Three things I ask everybody. Thoughts of killing yourself? Thoughts of hurting somebody else? Hurting yourself?"),
      P("Nah. Nah. ...Da last one, yeah. Every night, kinda.")), "suicidal_ideation", "denied"),
    # a hot thing pressed on the skin; a hot thing used on hair is not
    ((C("You keep rubbing your forearm."), P("The car lighter. When it piles up I press it on there. Twice this week.")),
     "self_harm", "endorsed"),
    ((C("How's the salon?"), P("Busy. I hold the straighteners on a bit longer for the thick hair.")), "self_harm", "not_assessed"),
    ((C("What do you do with your hair?"), P("The straighteners, I hold them on a bit longer for the curls.")), "self_harm",
     "not_assessed"),
    ((C("How was the wedding?"), P("The ring was my gran's, I put it on my finger and cried.")), "self_harm", "not_assessed"),
    ((C("Is it still just a thought?"), P("Last week I held my palm over the ring till it blistered.")), "self_harm", "endorsed"),
    ((C("How do you cope?"), P("Sometimes I bite my arm hard until it is purple.")), "self_harm", "endorsed"),
    # a weapon kept for someone; a tool used on a thing
    ((C("Anything else before we finish?"), P("I have a knife in my locker now. I think to use it on him.")),
     "homicidal_ideation", "endorsed"),
    ((C("Anything else?"), P("I bought a new knife for the kitchen and I use it on the onions.")), "homicidal_ideation",
     "not_assessed"),
    # prayers and sleep that are wishes
    ((C("Anything else?"), P("When I go to sleep I ask God, please, don't wake me up.")), "suicidal_ideation", "endorsed"),
    ((C("Anything else?"), P("At night I wish to sleep and not come back.")), "suicidal_ideation", "endorsed"),
    ((C("Anything else?"), P("At night I go to sleep and I come back to it in the morning.")), "suicidal_ideation",
     "not_assessed"),
    ((C("and how is the mood"), P("sometimes i say to god why you dont take me i am ready")), "suicidal_ideation", "endorsed"),
    ((C("what do you mean"), P("like i been looking at the bridge and thinking about jumping of it you know")),
     "suicidal_ideation", "endorsed"),
    ((C("What did you mean by that?"), P("I just thought I wouldn't be around much longer.")), "suicidal_ideation", "endorsed"),
    ((C("What did you mean by that?"), P("I won't be around much longer at this job, I'm moving.")), "suicidal_ideation",
     "not_assessed"),
    # a rope bought for it; a rope bought for the tent
    ((C("Any thoughts of killing yourself?"), P("No."), C("Okay."),
      P("Doc, one thing. I buy a rope Saturday. It in the closet. That's what it was for.")), "suicidal_ideation", "endorsed"),
    ((C("What did you do at the weekend?"), P("I bought a rope for the tent and we went camping.")), "suicidal_ideation",
     "not_assessed"),
    # a saying, disowned; the mind as the agent of an unwanted image
    ((C("How's the visa?"), P("In Russian we say you might as well hang yourself. Forty pages."),
      C("And outside of the saying, any thoughts of ending your life?"), P("No, no. Is only a saying.")),
     "suicidal_ideation", "denied"),
    ((C("What happens when you're chopping vegetables?"),
      P("My husband comes up behind me and my head shows me the knife going into him. I put it down. I love him.")),
     "homicidal_ideation", "denied"),
    # a flatmate's talk is hers
    ((C("Anything else?"), P("My flatmate's been talking about ending it."), C("And you, any thoughts like that yourself?"),
      P("No, not me. I'm just scared for her.")), "suicidal_ideation", "denied"),
    # the fight for life given up, after a denial of trying to die
    ((C("You said you've been driving fast."), P("If something happens, it happens. I ain't trying to die, I just ain't trying not to.")),
     "suicidal_ideation", "endorsed"),
    ((C("How's the diet?"), P("I'm not trying not to eat, I just forget.")), "suicidal_ideation", "not_assessed"),
    # an age said of the time dates the attempt
    ((C("Is there any history of suicide attempts?"),
      P("One time, in Milano, I was twenty-two. The pills of my mother. Since then, basta. I never think this again.")),
     "suicidal_ideation", "denied"),
])
def test_constructions_from_the_retired_blind15_and_heldout17(turns: tuple[tuple[str, str], ...], field: str,
                                                              status: str) -> None:
    assert risk(*turns)[field] == status


@pytest.mark.parametrize("turns, status", [
    # a risk question put as a permission is still asked; what follows the leave answers it
    ((C("Would you be okay telling me about the thoughts of killing yourself?"), P("Yes. They come every night.")), "endorsed"),
    ((C("Can I ask whether you've had any thoughts of ending your life?"), P("Yes, you can. No, I haven't.")), "denied"),
    ((C("Can I ask whether you've had any thoughts of ending your life?"), P("No.")), "denied"),
    # a bare yes grants the asking: the question is left open for the clinician, not endorsed
    ((C("Can I ask whether you've had any thoughts of ending your life?"), P("Sure.")), "not_assessed"),
    # an offer to practise a plan is still no risk question
    ((C("Any thoughts of ending your life?"), P("No."), C("Can we practise the plan now?"), P("Yes.")), "denied"),
])
def test_a_risk_question_put_as_a_permission(turns: tuple[tuple[str, str], ...], status: str) -> None:
    assert risk(*turns)["suicidal_ideation"] == status
    if status == "not_assessed":
        assert assess_risk(session(*turns)["turns"])["suicidal_ideation"].needs_review


@pytest.mark.parametrize("turns, field, status", [
    # the past told first, then the present put against it: history, not a current endorsement
    ((C("Have you ever felt so bad you wanted to die?"),
      P("In Dhaka, after the factory fell down. For one year I wanted to die. Now no. Now I am happy with my small shop.")),
     "suicidal_ideation", "denied"),
    ((C("Were there times in the past you wished you were dead?"),
      P("After the divorce, 2015, yes, for some months I wished this. Slowly it passed. Now I want to live a hundred years.")),
     "suicidal_ideation", "denied"),
    ((C("The marks on your hand, are they old?"),
      P("Very old. High school, I burned with incense stick. Now I am thirty-five, I have not done since.")), "self_harm", "denied"),
    ((C("Any thoughts of suicide?"), P("You know the story about 2019. I sat in the car with the engine running, thinking everybody'd "
                                       "be better off without me. That was then. Now? No. Honest to God, no.")),
     "suicidal_ideation", "denied"),
    # near misses: the wish is said now, or it came back
    ((C("How are you?"), P("I want to die. After the funeral it got worse. Now I am fine saying it to you.")), "suicidal_ideation", "endorsed"),
    ((C("How are you?"), P("After the funeral I wanted to die. That passed. But this week it came back and I want to die again.")),
     "suicidal_ideation", "endorsed"),
    ((C("How is it?"), P("Last week I cut my arm. Now no more, I promise.")), "self_harm", "endorsed"),
])
def test_past_then_now_denied(turns, field, status) -> None:  # type: ignore[no-untyped-def]
    assert finding(*turns, field=field).status == status


@pytest.mark.parametrize("text, field", [
    ("I beat myself. When I fail to stop the thoughts, I knock the arm on the edge of the table until it pains.", "self_harm"),
    ("When my boss's voice stays in my head I knock it on the wall to stop it.", "self_harm"),
    ("Man's just using the blade out the sharpener sometimes. On my leg. It's calm, it's not deep.", "self_harm"),
    ("It's, like, scratches. With a compass. Half of grade nine does it.", "self_harm"),
    ("i went to the bathroom and i dug my nails into my thighs like really hard till it bled like a punishment", "self_harm"),
    ("And in the night I search about ways. Which one is not painful.", "suicidal_ideation"),
    ("Some days I think I'll just walk into the sea at Minehead and save everyone the bother, ha.", "suicidal_ideation"),
    ("I put the belt on the door, I stand on the chair, then I think of my mother and I get down.", "suicidal_ideation"),
    ("Just lean. Nobody go know if I slip or I jump.", "suicidal_ideation"),
    ("like if a car hit me id be kinda relieved", "suicidal_ideation"),
    ("I didn't say it before. I don't reckon I'll be here by then. I've sorted it.", "suicidal_ideation"),
    ("It is more a wish to be switched off for a while. For a long while.", "suicidal_ideation"),
    ("i picture just um taking the box cutter to him like i know thats messed up", "homicidal_ideation"),
    ("When he drinks and shouts, I think I will put my pills in his vodka and finish it.", "homicidal_ideation"),
    ("sometimes i think about like doing him first and then my self", "homicidal_ideation"),
    ("sometimes i think about like doing him first and then my self", "suicidal_ideation"),
])
def test_acts_and_wishes_said_without_the_usual_words(text: str, field: str) -> None:
    assert finding(C("How have things been?"), P(text), field=field).status == "endorsed"


@pytest.mark.parametrize("text", [
    "I beat myself up about it all week.",
    "I hit my knee on the table when the bus braked.",
    "I knocked my head on the door frame getting into the car, look.",
    "I searched for ways to save money on the heating.",
    "She says I should read up on different ways of coping.",
    "We just walk into the sea at Margate every morning, it's freezing.",
    "I crush her pills into her yoghurt every night, she won't swallow them.",
    "I don't think I'll be here by then, we're moving to Leeds on the tenth.",
    "I dig my nails into my palm to stay in the room, like you showed me.",
])
def test_near_misses_of_those_are_not_risk(text: str) -> None:
    got = assess_risk([{"speaker": "clinician", "text": "How have things been?"}, {"speaker": "client", "text": text}])
    assert all(r.status != "endorsed" for r in got.values()), text


@pytest.mark.parametrize("turns, field", [
    ((C("Any thoughts of wanting to die, or of suicide?"),
      P("Sometimes I think, kalau better I also die that day? No, no. That's not what I mean. I don't think like that. I want to live."),
      C("So no thoughts of wanting to die?"), P("No. Both no.")), "suicidal_ideation"),
    ((P("Yesterday my husband asked where is the remote and I told him I will strangle him with the duvet."),
      C("Any real thoughts of hurting him?"), P("Non, non! Is a manner of speaking. I love that man. No, never.")), "homicidal_ideation"),
])
def test_words_the_client_corrects_at_once_are_denied(turns, field) -> None:  # type: ignore[no-untyped-def]
    assert finding(*turns, field=field).status == "denied"


@pytest.mark.parametrize("text", [
    "Coach had us running suicides for an hour 'cause Marcus was late. My legs are dead.",
    "Died a death, my love. Absolutely died. Tumbleweed. The week before I killed, I murdered them, and this week nothing. Comedy, innit.",
])
def test_a_drill_and_a_stage_are_not_risk(text: str) -> None:
    got = assess_risk([{"speaker": "clinician", "text": "How was the week?"}, {"speaker": "client", "text": text}])
    assert all(r.status == "not_assessed" for r in got.values()), text


def test_the_stage_words_do_not_excuse_a_threat() -> None:
    assert finding(P("I want to kill him. I'll do it at the gig on Friday."), field="homicidal_ideation").status == "endorsed"
    assert finding(P("I killed him. He was in the room and I did it."), field="homicidal_ideation").status == "endorsed"


def test_a_past_that_came_back_and_a_knock_for_someone_stay_apart() -> None:
    assert finding(C("How are you?"), P("After the funeral I wanted to die. It passed. But it's back now, worse.")).status == "endorsed"
    got = assess_risk([{"speaker": "clinician", "text": "How do you get in?"},
                       {"speaker": "client", "text": "I knock it on the door until they open it, the bell is broken."}])
    assert got["self_harm"].status == "not_assessed"


def test_a_prayer_to_be_taken_home_answered_yes_is_a_wish_to_die_not_history() -> None:
    # "before I damage one more soul" looks ahead; "I would not be sad to not wake up" welcomes it; "If I am honest
    # with you... yes" is a yes; the later "No. Nothing." denies a method, not the wish
    r = finding(C("When it gets that dark, do you ever have thoughts of dying, or of not wanting to be here?"),
                P("I pray every night after Compline. Lord, if I am so rotten, take me home tonight, before I damage one "
                  "more soul. I say it every night."),
                C("When you pray that, are you wishing to die?"),
                P("If I am honest with you... yes. I would be glad if He answered it. I would not be sad to not wake up. "
                  "But I will never do anything, suicide is mortal sin."),
                C("Have you thought about any way you might end your life, or done anything to prepare?"),
                P("No. Nothing. Only the prayer."))
    assert r.status == "endorsed" and r.facets.timeframe == "current"
    # and "I will never do anything" reaches the note as intent denied, not "not established"
    assert "intent" in r.denied_facets


def test_a_conditional_plan_reflected_back_and_confirmed_is_endorsed() -> None:
    r = finding(C("When you're doing those sums, do you have thoughts of dying, or of ending your life?"),
                P("Not now. Not now. But I made a will and wrote a letter. If the test comes back positive, I'll not wait."),
                C("So if the result is positive, you're thinking you would end your life."),
                P("Aye. Before it takes the choosing away."))
    assert r.status == "endorsed"


def test_an_answer_gathered_after_the_clinician_holds_the_floor() -> None:
    r = finding(C("And any thoughts of hurting someone else?"),
                P("This one I have to think how to answer."),
                C("Take your time. I'd rather you tell me straight than tidy."),
                P("There is a man in Kherson. I think about him at night. I think what I do with my hands. And the bad part "
                  "is that it feels good."), field="homicidal_ideation")
    assert r.status == "endorsed"


@pytest.mark.parametrize("text", [
    "Honestly? I think about what I'd do to him. I've got Dad's bat and I make him feel what he did to Kayla.",
    "When she cries and cries, I want her to stop breathing so the house is quiet. It does not frighten me.",
    "I told Glenys, next time he's on my ground I'll put the twelve-bore on him. And I'm not joking, mind.",
    "Every day me see him and me think how me woulda finish him.",
])
def test_harm_to_someone_said_without_the_usual_words(text: str) -> None:
    assert finding(C("How have things been?"), P(text), field="homicidal_ideation").status == "endorsed"


@pytest.mark.parametrize("text,field", [
    ("Biscuit tin in the shed. If this back's no better by Christmas, that's my way out. I've counted, there's plenty.",
     "suicidal_ideation"),
    ("I told you no earlier. About the pills. It's not no. I've been keeping the oxy back. Forty of them, in a sock.",
     "suicidal_ideation"),
    ("I just want to be with Mam, and I've been reading how long it takes to go in the cold.", "suicidal_ideation"),
    ("I'd been sitting in the shed with the .22 across my knees of an evening.", "suicidal_ideation"),
    ("I'm just not bothering with them, dear. No great loss if I go.", "suicidal_ideation"),
    ("when we wipe i take it out on my arm. compass from my pencil case", "self_harm"),
    ("I go to bathroom. I take the lighter and I make small burn on the leg, here. Then my head is quiet.", "self_harm"),
])
def test_risk_said_sideways_is_read(text: str, field: str) -> None:
    assert finding(C("Anything else?"), P(text), field=field).status == "endorsed"


@pytest.mark.parametrize("turns,field", [
    ((C("Would you go if they do another?"), P("Maybe. They say they do another on the day we arrive.")), "suicidal_ideation"),
    ((P("i feel so angry sometimes i want to push him out of the door when he shout at my son"),
      C("do you ever have thoughts of wanting to hurt him"), P("no no i only want him to be respectful i will not hurt anybody")),
     "homicidal_ideation"),
    ((C("you could say you burned them on the fryer"), P("ha that's true everybody burn on the fryer okay")), "self_harm"),
    ((P("At five in the morning the eyes want to close and I open the window, I slap my face, I drink the energy drink."),),
     "self_harm"),
    ((P("Overdose, young man, nineteen, twenty. Same age I was. We work on him twenty-five minutes."),), "suicidal_ideation"),
    ((C("Did you watch anything to unwind?"), P("That farm one on telly. The brother poisons the neighbour's well to get the land.")),
     "homicidal_ideation"),
    ((C("Does it ever turn into thoughts of ending your life?"),
      P("No. No, really. Sometimes I think it would be wrong to have children. But that is not about me dying.")),
     "suicidal_ideation"),
])
def test_words_near_risk_that_are_not_the_clients_risk(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert finding(*turns, field=field).status != "endorsed"


# --------------------------------------------------------------- read off blind18 and heldout20 (retired)
@pytest.mark.parametrize("text,field", [
    ("maybe ja maybe is not so bad if i go to sleep one night and not wake up i don't make plan", "suicidal_ideation"),
    ("When the pain reach the top, sometimes I think it would be a mercy if I just didn't wake up.", "suicidal_ideation"),
    ("i dunno like i've thought um maybe three or four times this week i'd be better off not waking up", "suicidal_ideation"),
    ("Sometimes I think better I am die. Here or my country, same same.", "suicidal_ideation"),
    ("Since dem tell me say e be positive, I no wan wake up again.", "suicidal_ideation"),
    ("I've been driving without the seatbelt. On purpose. If the next crash gets me, fine.", "suicidal_ideation"),
    ("I lie there and picture it. I put him through the windscreen and I don't stop.", "homicidal_ideation"),
    ("Putting him through his own front window. I'd like to.", "homicidal_ideation"),
    ("I sit in the car park after handover and think about running him down.", "homicidal_ideation"),
    ("Unless you count the pins. I push them into my legs, under the jeans. Nobody sees.", "self_harm"),
    ("i been uh scratching with the um the key like on my arm when they get bad", "self_harm"),
])
def test_more_risk_said_sideways_is_read(text: str, field: str) -> None:
    assert finding(C("Anything else?"), P(text), field=field).status == "endorsed"


def test_a_passive_wish_survives_a_denial_of_more_direct_thoughts_with_review() -> None:
    r = finding(C("it sounds like part of you is okay with not surviving a bad sting is that fair"),
                P("maybe ja maybe is not so bad if i go to sleep one night and not wake up i don't make plan"),
                C("have you had thoughts of killing yourself more directly like a way of doing it"),
                P("no no that no i am catholic and marta and the boy no i only don't care is different"))
    assert r.status == "endorsed" and r.needs_review


def test_a_plain_question_about_doing_something_to_him_answered_but_the_thought_is_there() -> None:
    r = finding(C("Have you thought about actually doing something to him, or made any plans?"),
                P("No. Hell no. I got a wife and a kid. I'm not going to Deer Lodge over Dale. But the thought's there."),
                field="homicidal_ideation")
    assert r.status == "endorsed" and r.needs_review


def test_a_rating_question_after_a_means_named_in_a_story_is_not_a_disclosure() -> None:
    r = finding(C("Tell me the dream, present tense."),
                P("I'm on the catwalk. Cody's down in the bin on the rope. The corn starts to go, like water down a drain."),
                C("Stop there. How strong is it right now, zero to ten?"),
                P("Eight."))
    assert r.status != "endorsed"


def test_a_weaker_pull_today_is_still_there() -> None:
    r = finding(C("Sameer, have you been thinking about killing yourself?"),
                P("Yeah. Some. Mostly at night. I thought about the bridge on the 610, driving off it."),
                C("Thank you for saying all this. How strong is the pull right now, today?"),
                P("Lower. I'm here. I don't want to die today. I just don't care much either way."))
    assert r.status == "endorsed" and r.facets.timeframe != "past"


@pytest.mark.parametrize("turns,field", [
    # an interpreter voicing a defendant's threat, and repeating it
    ((P('When they played the jail call I interpret that too. He says "when I get out I will kill her, I will kill that '
        'woman." And I say it. "I will kill her." In my voice, in front of the jury.'),), "homicidal_ideation"),
    # a congregant's text read aloud
    ((P('One of my congregants, I\'ll read it, I have permission to talk about it. "Rabbi I don\'t see the point in any of '
        'it anymore. I\'ve been thinking about ending things." At one in the morning.'),), "suicidal_ideation"),
    # someone in the room vouching for the client's denial
    ((C("Or of hurting yourself?"), P("No."), O("He wouldn't. His mama'd come back and haunt him.")), "homicidal_ideation"),
])
def test_words_quoted_from_someone_else_are_not_the_clients(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert finding(*turns, field=field).status != "endorsed"


def test_nothing_since_dates_what_was_told_to_the_past() -> None:
    r = finding(C("Is it okay if we go back to the scratching you mentioned last time?"),
                P("During the second round, after the miscarriage, I scratched my arms raw at night. I wanted one pain that "
                  "made sense. It stopped around the summer. Nothing since."), field="self_harm")
    assert r.status == "denied" and r.facets.timeframe == "past"


def test_okay_dying_asked_and_answered_kind_of() -> None:
    r = finding(C("Are you still using the inhaler?"), P("Stopped. It's fine. One less person breathing, honestly."),
                C("Do you mean you'd be okay dying?"), P("Kind of. It's not like I'd do anything."))
    assert r.status == "endorsed"
    assert finding(C("Do you mean you'd be okay dying?"), P("No, no. I meant I'm fine with the inhaler gone.")).status == "denied"


def test_enough_to_end_your_life_answered_thats_what_theyre_for() -> None:
    r = finding(P("I stopped taking the sleeping tablets in March and kept them. There's enough now."),
                C("Enough to end your life?"), P("That's what they're for."))
    assert r.status == "endorsed"


def test_a_conditional_threat_sworn_to_is_not_hypothetical() -> None:
    r = finding(C("any thoughts of hurting anyone"),
                P("no i'd never like hurt anyone um except my stepdad if he comes near the flat again i swear i'll stab him "
                  "i mean it"), field="homicidal_ideation")
    assert r.status == "endorsed"


@pytest.mark.parametrize("turns,field", [
    ((O("Staff found him trying to tie his lanyard round his neck on Tuesday."), C("Can I ask you about that, Ben?"),
      P("Wanted to go sleep. Forever sleep.")), "suicidal_ideation"),
    ((O("He punches his own stomach after meals. I've seen the bruises."), P("It's not that bad.")), "self_harm"),
    ((O("She said if he turns up she'll gut him."), C("Is that how you feel?"), P("If he comes into my home, yes. I would.")),
     "homicidal_ideation"),
    ((O("Dad's stopped his tablets and he told me he's just waiting to die."), P("I said it and I meant it.")),
     "suicidal_ideation"),
])
def test_what_someone_in_the_room_tells_in_the_third_person(turns: tuple[tuple[str, str], ...], field: str) -> None:
    r = finding(*turns, field=field)
    assert r.status == "endorsed" and r.needs_review


@pytest.mark.parametrize("turns,field", [
    ((C("Would you be okay with me asking about safety - any thoughts of suicide out on the rig?"),
      P("Nah b'y, none o' that. I finds it some hard bein' away from the youngsters, and some days I'm right down, but I'd "
        "never go that road, no b'y.")), "suicidal_ideation"),
    ((C("Can I ask - any thoughts of hurting yourself or ending your life?"),
      P("Aiyo, no lah. Stress, yes, my boss damn jialat, but I won't do anything to myself one. Don't worry lah.")),
     "self_harm"),
    ((C("Have you ever had thoughts of killing yourself?"),
      P("Long time ago, brah, small kid time, like fifteen. I wen try jump off da bridge by da canal. My uncle wen grab me."),
      C("And now?"), P("Now no way. I get my daughtah. I no like do dat.")), "suicidal_ideation"),
])
def test_denials_in_other_englishes(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert finding(*turns, field=field).status == "denied"


@pytest.mark.parametrize("turns", [
    # an answer that wants to live, with no yes or no in it
    (C("Any thoughts of ending your life since the diagnosis?"),
     P("At the very start I wondered how I'd live with it. Not whether. Now it's a shot every two months and I'm "
       "undetectable. I want a long, boring life.")),
    # the question in the other order, "wanting not to be alive"
    (C("When you say you despair about the future, does that ever turn into wanting not to be alive?"),
     P("Opposite. I want to be around to see who wins. I'm angry, I'm not finished.")),
    # "or about dying", and a closing "No, nothing of mine" after a plot
    (C("When the guilt gets that loud, do you ever think about punishing yourself physically, or about dying?"),
     P("I pray more. No, neither.")),
    (C("You're rehearsing Hedda. Is it okay to check how that material is sitting with you - any thoughts of suicide of "
       "your own?"), P("She shoots herself every night at about ten past nine and I go for a curry. No, nothing of mine.")),
])
def test_more_denials_the_engine_must_read(turns: tuple[tuple[str, str], ...]) -> None:
    assert finding(*turns).status == "denied"


def test_wanting_not_to_be_alive_said_by_the_client_is_a_wish() -> None:
    assert finding(C("How are things?"), P("Some nights I'm wanting not to be alive, honestly.")).status == "endorsed"


@pytest.mark.parametrize("said", [
    "I keep thinking about dying of a heart attack.",
    "I keep thinking about dying of cancer like my dad did, I check my skin every night.",
    "I have these thoughts of dying from a stroke whenever my hand goes numb.",
])
def test_a_feared_death_by_illness_is_not_suicidal_thinking(said: str) -> None:
    # health anxiety: the death is feared, not wished for or planned
    assert finding(C("How has the worry been?"), P(said)).status != "endorsed"


@pytest.mark.parametrize("said", [
    "I keep thinking about dying, honestly. Just not being here.",
    "I keep thinking about dying of an overdose, how easy it would be.",
])
def test_thinking_about_dying_is_still_suicidal_thinking(said: str) -> None:
    assert finding(C("What goes through your head at night?"), P(said)).status == "endorsed"


# ---- blind19's missed disclosures, retired and read (s601, s604, s608, s618, s626): each phrasing with its near miss

@pytest.mark.parametrize("said", [
    "Sandra and the boy'd be better off with that money than with me mooching about the shed.",
    "Sometimes I think it would have been better not to survive it.",
    "Better if I hadn't pulled through, honestly.",
    "Some nights I'd rather be where she is than be here in this quiet house.",
    "if i didn't wake up at least i'd be with her",
])
def test_a_wish_not_to_be_alive_said_without_the_word_death_is_endorsed(said: str) -> None:
    assert finding(C("What goes through your head at night?"), P(said)).status == "endorsed"


@pytest.mark.parametrize("said", [
    "We'd all be better off with a bigger car than with me squeezed in the back.",
    "I'd rather be where she is than stuck here in the office, Lisbon sounds lovely.",
    "Some days I wish I didn't wake up so early, at least the birds are nice.",
    "The doctors said I was lucky to survive it, and I'm glad I did.",
])
def test_the_same_words_about_something_else_are_not_a_death_wish(said: str) -> None:
    assert finding(C("How has the week been?"), P(said)).status != "endorsed"


def test_a_drop_researched_and_visited_is_endorsed_after_an_earlier_denial() -> None:
    r = finding(C("Are you having thoughts of dying or of killing yourself?"),
                P("nah it's the act i'm not suicidal i'm just dark"),
                C("Anything at all in the last couple of weeks?"),
                P("okay so i looked up the bridge like how high it is and if people survive it and sunday i drove out "
                  "there and stood at the rail for twenty minutes"))
    assert r.status == "endorsed" and r.facets.preparatory_behavior


def test_a_yes_in_french_answers_a_passive_wish_question() -> None:
    r = finding(C("Sometimes people after a stroke feel it would have been better not to survive it. Do you ever have "
                  "that thought?"), P("Oui."), C("Do you ever think about doing something to end your life?"), P("Non. Non."))
    assert r.status == "endorsed" and r.facets.wish_dead
    assert finding(C("Do you ever have thoughts of not wanting to be alive?"), P("Non. Never.")).status == "denied"


def test_the_questions_verb_said_back_is_a_yes() -> None:
    r = finding(C("When you count them, are you thinking about taking them, to die?"),
                P("Thinking. Sleep, not wake. Easy. Not do. But think."))
    assert r.status == "endorsed" and r.facets.method
    assert finding(C("Are you thinking about killing yourself?"), P("Thinking? No. Never.")).status == "denied"


def test_an_interpreter_relaying_after_saying_what_they_signed_is_the_clients_answer() -> None:
    r = finding(C("When you count them, are you thinking about taking them, to die?"),
                O("I've signed that exactly. She's paused. She's signing: not plan, but thinking, yes."))
    assert r.status == "endorsed"
    r = finding(C("Any thoughts of ending your life?"), O("I've signed that. She's signing: no, never, she has her kids."))
    assert r.status == "denied"


def test_an_answer_goes_on_after_the_clinician_says_okay() -> None:
    r = finding(C("When you say you'd trade, are you having thoughts of wanting to die yourself?"),
                P("not like i'm gonna do something"), C("okay"),
                P("but some nights yeah i don't want to be here anymore"))
    assert r.status == "endorsed"
    r = finding(C("Are you having thoughts of wanting to die?"), P("not like that"), C("okay"),
                P("no, honestly, no. i've got the girls."))
    assert r.status == "denied"


def test_wanting_pain_on_the_outside_is_self_harm_and_a_game_kill_is_not_homicidal() -> None:
    assert finding(C("What was going on when you punched it?"),
                   P("i just wanted something to hurt on the outside for once"), field="self_harm").status == "endorsed"
    assert finding(C("What do you do when you're angry?"), P("fortnite i killed this guy like fifty times, that's why "
                                                             "i didn't want to stop"), field="homicidal_ideation").status != "endorsed"


def test_a_tablet_named_a_sentence_before_is_what_was_cut() -> None:
    r = finding(C("And the one you take before births?"),
                P("The propranolol. It's the forty-milligram one, half of it. I cut it with the knife."), field="self_harm")
    assert r.status != "endorsed"
    assert finding(C("What happened Friday?"), P("I had a bad night. I cut myself with the knife."),
                   field="self_harm").status == "endorsed"


def test_an_either_or_question_is_answered_by_repeating_one_alternative() -> None:
    question = C("was that to hurt yourself or to die")
    r = finding(question, P("hurt i reckon to feel somethin that ain't my head"), field="self_harm")
    assert r.status == "endorsed"
    assert finding(question, P("neither, i was just mad at the wall"), field="self_harm").status != "endorsed"
    # the word said back must be one alternative's, not both's
    assert finding(C("Did you want to hurt yourself or hurt him?"), P("Hurt, I guess. I don't know."),
                   field="self_harm").status != "endorsed"


def test_angry_words_the_client_says_went_no_further_are_denied() -> None:
    turns = (P("one man last week he grab my arm i want to slap him so bad"),
             C("Did you have thoughts of hurting him, beyond wanting to slap him in that moment?"),
             P("no no i dont want to hurt him i just want him go away security take him out"))
    r = finding(*turns, field="homicidal_ideation")
    assert r.status == "denied" and r.needs_review
    assert THREAT_CLARIFIED_REASON in r.review_reasons  # the note keeps that angry words were voiced
    # words that named a way stand whatever the answer
    r = finding(P("I want to kill him. I know where he parks and I've got the bat in the boot."),
                C("Did you have thoughts of actually hurting him?"), P("No. I don't know."), field="homicidal_ideation")
    assert r.status == "endorsed"


def test_a_no_said_again_after_yes_like_words_is_a_denial() -> None:
    question = C("Have you had any thoughts of ending your life?")
    r = finding(question, P("No. Look, the pento is in our cabinet every day, I'm the one signing it out. "
                            "Not once has it been a thought for me."))
    assert r.status == "denied"
    r = finding(question, P("No. Well, every day, if I'm honest."))
    assert r.status == "endorsed"


def test_a_yes_to_a_proposal_confirms_no_reading_of_what_came_before() -> None:
    r = finding(P("Then me wake up sweating, heart going like steel pan. And at work, every time the lift bell go ding, me jump."),
                C("Last time I said we might work on the dream itself, change how it goes. Are you still up for trying that today?"),
                P("Yes, Miss. Anything. Me cyan go on so."))
    assert r.status == "not_assessed"


@pytest.mark.parametrize(("turns", "status"), [
    ((C("And when you wake up?"), P("I'm sorry I woke, if I'm honest.")), "endorsed"),
    ((C("How was the night?"), P("Sorry I woke you at three, the baby was crying.")), "not_assessed"),
    ((C("Waiting for what?"), P("For me not to be around.")), "endorsed"),
    ((C("Why leave the party?"), P("It's better for me not to be around when he's drinking.")), "not_assessed"),
    ((C("Do you sometimes wish you hadn't survived the stroke?"), P("Yes. Yes. Every morning.")), "endorsed"),
    ((C("Do you sometimes wish you hadn't survived the stroke?"), P("No. I'm glad to be here.")), "denied"),
    ((C("How's the climbing?"), P("If I come down, I come down. Dyin' wouldn't be the worst thing, dontcha know.")), "endorsed"),
    ((C("How's your mum?"), P("For her, dying would be the worst thing, she's terrified.")), "not_assessed"),
    ((C("How is the drive home?"), P("Sometimes I think a lorry could just take me out and that'd be no bad thing.")), "endorsed"),
    ((C("how are the mornings"), P("sometimes i just want to knot be hear any more you know like not wake up um")), "endorsed"),
    ((C("how's the hearing aid"), P("i want to be hear it all again, the birds")), "not_assessed"),
    ((C("How's your mum doing?"), P("If Mum goes, I'm going with her. I mean it.")), "endorsed"),
    ((C("How's your mum doing?"), P("If Mum goes to Spain, I'm going with her for a week.")), "not_assessed"),
])
def test_passive_wishes_said_as_regret_or_indifference(turns: tuple[tuple[str, str], ...], status: str) -> None:
    assert finding(*turns).status == status


def test_a_goodbye_left_with_love_and_bequests_is_preparatory() -> None:
    r = finding(C("Any thoughts of suicide since the money came through?"), P("Nah. Nothin' like that."),
                C("Your sister called me about a voicemail."),
                P("Yeah. I left her one Saturday sayin' goodbye, love youse, the dog goes to Nicky. Then I sat down the shore."))
    assert r.status == "endorsed" and r.needs_review
    assert finding(C("How was the trip?"), P("I left her a message saying goodbye before the flight, she was asleep.")).status \
        == "not_assessed"


def test_tablets_saved_up_said_with_a_dropped_g_and_a_possessive() -> None:
    r = finding(C("Any thoughts of suicide, or of harming your mam?"), P("Nay. Never."), C("Shall I book you in for a fortnight?"),
                P("Divvent book owt too far off, lass. Ah've been savin' Mam's tablets. There's enough for the two of us."))
    assert r.status == "endorsed" and r.needs_review
    assert finding(C("How's your mam?"), P("I've been sorting Mam's tablets into the dosette box for her.")).status == "not_assessed"


def test_dropped_gs_and_meself_are_read() -> None:
    r = finding(C("Pays out if what isn't an accident?"), P("If I'm not on the roster come spring. Me. Killin' meself, that's what."))
    assert r.status == "endorsed"
    assert finding(C("How's the job?"), P("The commute is killin' me, honestly.")).status == "not_assessed"


def test_an_open_question_answered_with_detail_confirms_nothing_the_screen_read() -> None:
    # "And how is that for you?" asks for more, not for a yes: the answer that follows is no confirmation
    r = finding(P("At the bottom yeah, the boys go up ninety metres and I'm stood on the platform like a spare part at a wedding."),
                C("And how is that for you?"), P("Honestly it's embarrassing, my chest goes like a gearbox with no oil."),
                C("When you go back into that moment, do you ever get thoughts of dying or not wanting to be here at all?"),
                P("No, God no, that's the opposite, I'm terrified of dying. I want to live."))
    assert r.status == "denied"
    # unless the answer is itself risk talk
    r = finding(C("How's sleep?"), P("Bad. I stay up on my phone. Looking at stuff."), C("What kind of stuff?"),
                P("Like... ways. To not be here. You asked before if I was safe and I said yeah. I'm mostly safe."))
    assert r.status == "endorsed"


def test_a_no_said_again_as_a_denied_wish_after_a_frequency() -> None:
    r = finding(C("Since he died, have you had any thoughts of ending your life, or of wishing you were dead?"),
                P("No. Truly, no. I miss him, every day. But I do not wish to die. When God calls, then okay, but I am not asking Him."))
    assert r.status == "denied"
    r = finding(C("Since he died, have you had any thoughts of ending your life, or of wishing you were dead?"),
                P("No. Well, every day, if I'm honest."))
    assert r.status == "endorsed"


def test_a_report_answered_with_still_being_here_is_denied() -> None:
    asked = (C("Have you had any thoughts of ending your life, or of wishing you were dead?"), P("No. Truly, no."),
             O("Mum, I get frightened when you give things away, because I can't lose you as well."))
    r = finding(*asked, P("You are frightened because you think I am going also, like Dad. I am not going anywhere. Only to the new flat."))
    assert r.status == "denied" and r.needs_review
    r = finding(*asked, P("Well. They are only things."))
    assert r.status == "endorsed"


def test_a_short_wish_to_be_away_clarified_as_not_death_is_denied_for_review() -> None:
    r = finding(C("Sometimes people feel like that have thoughts about not wanting to be around. Has anything like that come up?"),
                P("sometimes i wish i could just, like, not exist for a bit."), C('Tell me more about "not exist for a bit."'),
                P("like a pause button. not dead. like sleeping for a month and waking up when everything's sorted."))
    assert r.status == "denied" and any(x.startswith(CLARIFIED_REASON.split(" (turn")[0]) for x in r.review_reasons)
    # not existing, said without an end to it, stays a wish to be dead
    r = finding(C("Has anything like that come up?"), P("sometimes i wish i could just not exist."),
                C("Tell me more about that."), P("like not being anything. not dead exactly. just gone."))
    assert r.status == "endorsed"


def test_a_voice_command_the_client_disowns_is_denied_and_kept_in_the_note() -> None:
    turns = (C("what has it been saying"),
             P("same things, you're rubbish, they all laugh at you, sometimes it say jump from the car park roof when i pass"),
             C("when the voice says jump do you yourself want to die or want to end your life"),
             P("no no that is the voice not me i want to live i tell it shut up"))
    r = finding(*turns)
    assert r.status == "denied" and r.needs_review
    assert any(x.startswith(VOICE_REASON.split(" (turn")[0]) for x in r.review_reasons)
    # a command the client goes along with is theirs
    r = finding(turns[0], turns[1], turns[2], P("sometimes i think it's right. i want to do what it says."))
    assert r.status == "endorsed"


@pytest.mark.parametrize(("turns", "status"), [
    ((C("Is that something you wish for yourself?"), P("Some nights, aye. I'd not do owt. But I'd not mind nodding off and that being that.")),
     "endorsed"),
    ((C("Is being dead something you think about?"), P("Mair than I let on. Most nights I'd no mind going in me sleep, and no waking.")),
     "endorsed"),
    ((C("How's the sleep?"), P("I sleep fine now, no waking up in the night.")), "not_assessed"),
    ((C("What goes through your head at the mixer?"),
      P("Sometimes I think, if I fell in and died nobody'd be too broke up about it. Pasties'd still get made.")), "endorsed"),
    ((C("And after the break-up?"), P("I'm not planning on being here. Not Anchorage. Not anywhere, if you follow me.")), "endorsed"),
    ((C("And Christmas?"), P("I'm not planning on being here for Christmas, we're off to Spain.")), "not_assessed"),
    ((C("What did he say on the step?"), P("I said I'm not ending up in a wheelchair, I'll take myself out first.")), "endorsed"),
    ((C("What do you do on Sundays?"), P("I take myself out for a long walk.")), "not_assessed"),
    ((C("What happened in the meeting?"), P("I had to take myself out of the room before I said something.")), "not_assessed"),
    ((C("What went through your mind?"), P("Honestly? That I wouldnae have been that bothered. If I'd just no woken up.")), "endorsed"),
    ((C("Notice what?"), P("If I wasn't around."), C("Not around, as in not alive?"), P("Yeah.")), "endorsed"),
    ((C("How did you feel at the funeral?"), P("Should've been me under the tram, not her.")), "endorsed"),
    ((C("How did you feel about the promotion?"), P("It should have been me who got the job.")), "not_assessed"),
    ((C("I'm asking whether that thought is there when you're sober."), P("Yeah. Sometimes. I reckon it'd be fairer. If it was me.")),
     "endorsed"),
    ((C("Tell me about the garage."), P("I thought about the beam in the garage. I did. I bought the rope. It's been in the boot a week.")),
     "endorsed"),
    ((C("What did you do at the weekend?"), P("Fixed the beam in the garage and bought some rope for the boat.")), "not_assessed"),
    ((C("Is that what you said?"), P("Yeah. She won't have to. At least she won't be the one to find me.")), "endorsed"),
    ((C("Any thoughts of suicide this week?"), P("No thoughts. But in my case, under the tools, there is a letter. For who finds me.")),
     "endorsed"),
    ((C("How's your sister?"), P("She'll be the one to find me a job, she knows everyone.")), "not_assessed"),
    ((C("How's the wee one?"), P("Hide and seek all day, he's always the first to find me.")), "not_assessed"),
])
def test_passive_wishes_and_preparations_said_plainly(turns: tuple[tuple[str, str], ...], status: str) -> None:
    assert finding(*turns).status == status


def test_harm_to_others_read_in_a_suicidal_disclosure_is_pointed_at_not_endorsed() -> None:
    got = assess_risk(session(
        C("You said the wreaths were starting to feel personal."),
        P("yes well sometimes when i'm wiring the roses on a casket spray i catch myself thinking it wouldn't be so bad if "
          "the next one was for me you understand i say it like a joke to lurlene but it ain't really a joke"),
        C("I'd like to understand that better. When you think the next one could be for you, is that a wish to be dead?"),
        P("not like i would do something to myself no no but yeah some days i wouldn't mind not being here"))["turns"])
    assert got["suicidal_ideation"].status == "endorsed"
    assert got["homicidal_ideation"].status != "endorsed"


def test_a_sprint_drill_called_suicides_is_not_risk_and_an_answer_can_close_on_its_no() -> None:
    turns = (C("How was the trial?"), P("Brutal. Coach had us running suicides on the baseline till Mele was sick in the bin."),
             C("Since that word's come up, have you had any thoughts of suicide yourself?"))
    assert finding(*turns, P("Nah, none. Tired legs, aye. Not that.")).status == "denied"
    assert finding(*turns, P("Nah, none. Well, aye, some nights.")).status == "endorsed"
    assert finding(C("How's the street?"), P("Two suicides in our street this year, and now I think about it for me too.")).status \
        == "endorsed"


def test_scots_just_and_dead_are_read() -> None:
    r = finding(C("What's been on your mind?"), P("Some nights I jist want tae be deid."))
    assert r.status == "endorsed"


def test_a_weak_phrase_the_clinician_picks_up_as_a_risk_question_is_risk_talk() -> None:
    said = (C("What are you thinking might happen?"),
            P("I've been thinking about it, alright. Not being here. Most days. I'm so tired of it."), O("Oh, Don."))
    r = finding(*said, C("When you think about not being here, have you thought about how?"),
                P("Mum's tablets. They're in a shoebox in the wardrobe. I count them sometimes."))
    assert r.status == "endorsed"
    # the same words the clinician does not take up as risk stay where they were
    r = finding(C("How's the new flat?"), P("Not being here at weekends is strange. Most days I'm out anyway."),
                C("What do you do at the weekends now?"), P("Football, mostly."))
    assert r.status == "not_assessed"


def test_a_revenge_image_with_its_head_through_the_windscreen_is_homicidal_talk() -> None:
    turns = (C("What's going through your mind when you are lying awake?"),
             P("Him. The driver. I picture getting hold of him by the collar and putting his head through his own windscreen. "
               "Over and over. I enjoy it a bit, lying there."),
             C("Clive, do you have any intention of finding him or doing anything to him?"),
             P("No. No. I'd end up inside. It's in my head, that's all. But it's there every night."))
    r = finding(*turns, field="homicidal_ideation")
    assert r.status == "endorsed" and r.needs_review
    # the question alone, answered no, is a denial
    r = finding(C("Any intention of doing anything to him?"), P("No. Never."), field="homicidal_ideation")
    assert r.status == "denied"


def test_an_image_the_client_agrees_they_partly_enjoy_is_not_intrusive() -> None:
    asked = "so you've been having pictures of hurting him that you {} but no intention to act on it"
    r = finding(C(asked.format("partly enjoy")), P("yes exactly no intention only in my head it's like my revenge movie"),
                field="homicidal_ideation")
    assert r.status == "endorsed"
    r = finding(C(asked.format("hate")), P("yes exactly no intention only in my head"), field="homicidal_ideation")
    assert r.status == "denied"


def test_an_attempt_dated_two_sentences_later_is_history() -> None:
    r = finding(C("Have you ever felt this low before?"),
                P("Not now. After I retired, the first year, I took a handful of pills one night. Graeme found me. "
                  "That was twenty-four years ago. Flat isn't the same as wanting out."))
    assert r.status != "endorsed"
    # a dated sentence does not reach back past a present one
    r = finding(C("How are things?"), P("I took a handful of pills last night. I am still here. That was years ago, the first time."))
    assert r.status == "endorsed"


def test_a_belief_rating_answered_with_a_number_confirms_nothing() -> None:
    r = finding(C("And what's the evidence against?"),
                P("The church asked me, not the young ones. And my hands, they are not shaking. It is the head, not the hands."),
                O("He fixed my grandfather's pocket watch last year."),
                C("Marcus says you fixed the pocket watch. So, looking at both sides, how much do you believe it now?"),
                P("Maybe fifty. Still there, but the hands are not old. It is the head."))
    assert r.status == "not_assessed"


def test_a_nightmare_told_in_imagery_rehearsal_is_no_disclosure() -> None:
    turns = (C("Close your eyes if that's okay. Tell me the dream up to the point where you're in the reeds. Zero to a hundred, "
               "how distressed are you right now?"),
             P("Eighty. Just thinking of it, eighty."), C("Go at your pace."),
             P("I am at the river. I hear the trucks on the road. I run to the reeds, I lie down. I wait for the end."),
             C("Now, in this version, what would you want to happen?"))
    assert finding(*turns).status == "not_assessed"


def test_a_turn_the_clinician_puts_off_is_not_confirmed_by_the_next_answer() -> None:
    r = finding(C("Yacine, you brought it."),
                P("I brought it. In the bag, double bag, I closed it very well. I don't like that it is here in your office."),
                C("We'll get to it. First, how was the week with the washing?"),
                P("Too much. In the car I smell them and I think no, is still there, the fish."))
    assert r.status == "not_assessed"


def test_a_threat_disowned_as_how_we_talk_is_denied() -> None:
    r = finding(P("ay i was so angry i say to liz i want to kill him that stupid he leave the valve open"),
                C("when you say you want to kill him do you have any thoughts of actually hurting him"),
                P("no no no es una forma de hablar it's how we talk he is my friend twelve years i just was furious"),
                field="homicidal_ideation")
    assert r.status == "denied" and r.needs_review


@pytest.mark.parametrize("question", ["do you ever get to where you'd rather not be around?",
                                      "do you ever feel you'd rather not be here?"])
def test_rather_not_be_around_asks_about_a_wish_to_be_dead(question: str) -> None:
    assert finding(C(question), P("Nah.")).status == "denied"
    assert finding(C(question), P("Some nights, yeah.")).status == "endorsed"


def test_rather_not_be_around_people_is_no_wish() -> None:
    assert finding(P("I'd rather not be around people when they drink, that's all.")).status == "not_assessed"


def test_an_unpunctuated_me_no_is_a_denial() -> None:
    r = finding(C("have you yourself had any thoughts of ending your life"),
                P("me no mate no i like me life i like me van i got me dog"))
    assert r.status == "denied"


def test_a_past_told_then_denied_now_in_a_short_follow_up_is_history() -> None:
    r = finding(C("You said the anniversary is this week."),
                P("Yes. After that, for some months, I was thinking I should not be alive either. I was thinking to finish myself."),
                C("And how is it now?"), P("Now no. I have therapy, I have my wife. Those thoughts are gone, I promise you."))
    assert r.status == "denied"
    # thoughts of this week, not right now, are still this week's
    r = finding(C("You said the anniversary is this week."), P("This week I keep thinking to finish myself."),
                C("And how is it now?"), P("Not now. It's better sitting here."))
    assert r.status == "endorsed"


@pytest.mark.parametrize("said", [
    "Because after that it pays out whatever way you go. That's what I was checking. The girls would be all right then.",
    "I end up at the lagoon most nights. I stand a good while, thinking about going in.",
    "Out on the bay by myself I've looked at that water and thought about stepping off, with the boots on.",
    "If I go off the boards and die, I die.",
    "I just can't see me being about next year, and I'm not sure I want to be.",
    "I don't plan on being around to pay it, Mum.",
    "Me nah know if me want to die or not.",
    "I asked the ganger how high is the top lift. For me, to jump and die, not for the work.",
    "that's when i'd walk off the point um i've thought it through",
    "I've been reading about how long drowning takes. At night, on my phone.",
    "I wrote a text to my brother that started by the time you read this. Deleted it.",
    "On the latch, yes. So nobody have to break it down. After.",
    "i keep thinking they'd be butter off without me the kids and that",
    "There's a rope in the garage. I told Jean it's for the trailer. It's not, and I've already worked out the beam.",
    "How quick it would be, I suppose. It's only a thought.",
    "i've been saving up the hills the tablets in the drawer like forty odd now",
])
def test_passive_wishes_methods_and_preparations_said_sideways(said: str) -> None:
    assert finding(C("What's been going through your head?"), P(said)).status == "endorsed"


@pytest.mark.parametrize("said", [
    "We go in the water at six, I'm thinking about going in early to warm up.",
    "I'd rather not be around him when he drinks.",
    "I can't see me being about next year's show, the knees won't take it.",
    "I'm saving up for the tablets the kids want for Christmas.",
    "How quick would it be to get the form back?",
    "The insurance pays out whichever garage you take it to.",
])
def test_the_same_words_said_innocently_are_not_risk(said: str) -> None:
    assert finding(C("What's been going through your head?"), P(said)).status == "not_assessed"


@pytest.mark.parametrize("said, field", [
    ("honestly i thought about putting person in his tea see how he likes it", "homicidal_ideation"),
    ("Yeah. More than once, putting something in his coffee. I've thought it through, what and how much.", "homicidal_ideation"),
    ("There's a can of petrol in my boot, and I know which window's his bedroom.", "homicidal_ideation"),
    ("um yeah i've been cotton myself again on the thighs with the stanley blade", "self_harm"),
    ("When it gets bad I've been bringing the mallet down on my own hand.", "self_harm"),
])
def test_harm_to_others_and_self_said_sideways(said: str, field: str) -> None:
    assert finding(C("How have things been?"), P(said), field=field).status == "endorsed"


def test_a_past_wish_then_now_no_but_sometimes_still_is_current() -> None:
    asked = (C("Have you had thoughts of wishing you were dead, since he died?"), P("Not any more. Not really."),
             C("Not really?"))
    r = finding(*asked, P("Before, the first weeks, I was asking God why He took this boy and not me, I am old, take me. Now, no. "
                          "But sometimes, in the lift at four in the morning, I think if the cable breaks, fine."))
    assert r.status == "endorsed"
    r = finding(*asked, P("Before, the first weeks, I was asking God why He took this boy and not me, I am old, take me. Now, no. "
                          "I have the grandchildren."))
    assert r.status == "denied"


def test_a_crash_into_the_water_that_would_be_okay_is_a_passive_wish() -> None:
    said = "sometimes i think if the truck just slid off into the inlet that'd be okay like i wouldn't mind"
    assert finding(C("how are the drives home"), P(said)).status == "endorsed"
    # a day off after a ditch is no wish to be dead
    r = finding(C("How was the drive?"), P("If the car just slid into a ditch, that would be okay, I'd get a day off."))
    assert r.status != "endorsed"


def test_an_unpunctuated_is_it_that_asks_the_question() -> None:
    r = finding(C("before you said no so when you think that is it that some part of you would want to be dead"),
                P("yeah some part of me i guess"))
    assert r.status == "endorsed"
    r = finding(C("before you said no so when you think that is it that some part of you would want to be dead"),
                P("no no it's not that"))
    assert r.status == "denied"


def test_the_client_owning_the_thought_of_a_reported_search_endorses_it() -> None:
    turns = (O("One of the searches was how many Tylenol is too many. And then a couple more like it."),
             C("Can you tell me what was going on when you searched that?"))
    r = finding(*turns, P("I looked it up. I thought about it. Like, actually thought about it. I don't actually want to be dead."))
    assert r.status == "endorsed" and r.needs_review
    r = finding(*turns, P("It was for a school project on medicine safety. I never thought about it for me. I don't want to be dead."))
    assert r.status != "endorsed"


def test_a_load_dropped_on_a_neighbour_pictured_with_pleasure_is_homicidal_talk() -> None:
    r = finding(C("Where are you with it now?"),
                P("I'm up dere lookin' down at his roof, and I think how easy it'd be to drop a big limb right through it."),
                C("Through the roof, onto him?"), P("Onto him. I see it plain. And I ain't gonna lie to you, it feel good to picture it."),
                field="homicidal_ideation")
    assert r.status == "endorsed"
    r = finding(C("What did you do at work?"), P("We had to drop a big limb right through the gap onto the tarp."), field="homicidal_ideation")
    assert r.status == "not_assessed"


def test_a_teenage_revenge_plan_with_no_wish_now_is_history() -> None:
    r = finding(C("You mentioned your stepfather came up after the last session."),
                P("When I was sixteen I used to lie awake planning how I'd batter him with a cricket bat. Properly planning it."),
                C("And these days?"),
                P("He's in a care home, can't walk. I've no wish to do him any harm now. That was a long time ago."),
                field="homicidal_ideation")
    assert r.status == "denied"


def test_tired_of_living_like_this_said_not_to_mean_dying() -> None:
    r = finding(O("yes he say to me mom i am tired of living i am scared when he say this"), C("can you tell me what you meant"),
                P("i meant like tired of living like this sitting in the house all day not like dying mom it's not like that"))
    assert r.status != "endorsed"
    assert finding(C("How have you been?"), P("Honestly I'm tired of living. Every day is the same.")).status == "endorsed"


def test_a_month_named_dates_a_preparation_before_now_no() -> None:
    r = finding(C("Any thoughts of ending your life lately?"),
                P("Not now. In February, yes, I was writing the goodbye letter in my head on the bus. Now, no. Nothing like this."))
    assert r.status == "denied"


def test_a_killing_done_forty_times_this_week_is_a_games() -> None:
    r = finding(C("And thoughts of hurting anyone else?"),
                P("No. Only bosses in Hollowfall. I've killed the same boss like forty times this week."), field="homicidal_ideation")
    assert r.status == "denied"
    # thoughts had that often are the client's
    r = finding(C("How are things with him?"), P("I've thought about killing him like forty times, honestly."),
                field="homicidal_ideation")
    assert r.status == "endorsed"


def test_a_threat_told_as_a_joke_is_humour() -> None:
    r = finding(C("Any thoughts of hurting him or anyone else?"),
                P("Sometimes I joke I'll put something in his soup, but that's only joke, I would never."), field="homicidal_ideation")
    assert r.status != "endorsed"
    r = finding(C("Any thoughts of hurting him or anyone else?"),
                P("I've thought about putting something in his coffee. What and how much."), field="homicidal_ideation")
    assert r.status == "endorsed"


@pytest.mark.parametrize("said, field", [
    ("I tired, tired bad. I just want to sleep and never get up again.", "suicidal_ideation"),
    ("That the sea easier than living. That's the thought some nights.", "suicidal_ideation"),
    ("There's the tub at the parlour. I hold my hands under the hot tap till they go red raw. It hurts, that's the idea.", "self_harm"),
    ("When I make a mistake with the change I go in the back and pull until it hurts. Like a punishment.", "self_harm"),
    ("I sit up and scrub my shins with the wire brush from the kiln shed until they weep.", "self_harm"),
    ("Back the coach over him, real slow. I think on it all the way down the motorway.", "homicidal_ideation"),
])
def test_wishes_pain_and_harm_said_sideways(said: str, field: str) -> None:
    assert finding(C("How have things been?"), P(said), field=field).status == "endorsed"


@pytest.mark.parametrize("said, field", [
    ("Honestly I'm shattered, I want to sleep and not get up till noon on Saturday.", "suicidal_ideation"),
    ("Renting is easier than living with my mum, that's all.", "suicidal_ideation"),
    ("I run until my legs hurt, then I stretch. It hurts but it's good for me.", "self_harm"),
    ("I nearly backed the van over him in the yard, he walked right behind me.", "homicidal_ideation"),
])
def test_the_near_misses_of_wishes_pain_and_harm_are_not_risk(said: str, field: str) -> None:
    assert finding(C("How have things been?"), P(said), field=field).status != "endorsed"


@pytest.mark.parametrize("said", ["any thoughts of sue a side lately", "any thoughts of sewer side lately"])
def test_a_misheard_suicide_is_asked_about(said: str) -> None:
    assert finding(C(said), P("yeah i mean um yeah most nights")).status == "endorsed"


def test_misheard_noose_and_carbon_monoxide_are_methods() -> None:
    assert finding(C("what does it look like"), P("i been watching how to tie the news on youtube like the knot")).status == "endorsed"
    assert finding(C("you said camping"), P("i read about the carbon monks hide on purpose and i bought a throwaway barbecue")
                   ).status == "endorsed"


def test_better_off_not_here_asked_and_answered_by_how_often() -> None:
    assert finding(C("Are you still having the thoughts that you'd be better off not here?"), P("Most nights.")).status == "endorsed"


def test_a_no_taken_back_after_an_okay_is_a_yes() -> None:
    asked = (C("When you said you're tired of it all, do you mean tired of living?"), P("No."), C("Okay."))
    assert finding(*asked, P("Yes. Sorry. Yes.")).status == "endorsed"
    assert finding(*asked, P("Actually, yeah.")).status == "endorsed"
    # a yes that only picks the talk up again is no answer
    assert finding(*asked, P("Yeah. So the kids are back at school next week.")).status == "denied"
    assert finding(*asked, P("Yeah. So I am going to the shop after this.")).status == "denied"
    assert finding(*asked, P("Yes. I do. Sorry.")).status == "endorsed"


def test_what_then_no_is_a_denial() -> None:
    assert finding(C("Are you thinking of ending your life?"), P("What? No! I'm happy.")).status == "denied"


def test_a_past_told_and_dated_after_then_denied_now_is_history() -> None:
    r = finding(C("You mentioned hitting your head on the wall, the first year here."),
                P("Yes, when the letter said refused. Many times. But that was before the kennels, before my visa."),
                C("So nothing like that lately?"), P("Nothing, believe me. Two years now."), field="self_harm")
    assert r.status == "denied"


def test_an_interpreters_first_person_voicing_is_not_the_clients_words() -> None:
    r = finding(C("Is it the assessment you interpreted on Monday?"),
                P('Yes. He signed to the psychiatrist that he wants to hang himself. I had to voice it in first person. '
                  '"I want to hang myself." It came out of my mouth.'))
    assert r.status != "endorsed"
    r = finding(C("How has it been?"), P('I keep saying it to myself. "I want to hang myself." Every night.'))
    assert r.status == "endorsed"


def test_lately_im_fine_answers_no() -> None:
    r = finding(C("When you started here you said you'd come out of a bad patch."),
                P("Aye, the year after the divorce I'd lie in my bed wishing I'd no wake. Then the work came and it lifted."),
                C("And lately?"), P("Lately I'm fine. I'm carving a corbel for the west door and I want to see it up."))
    assert r.status != "endorsed"
    assert finding(C("Any thoughts of wanting to be dead?"), P("Lately, yes. Most nights.")).status == "endorsed"


def test_not_that_and_neither_deny_both_fields() -> None:
    asked = (C("Any thoughts of ending your life, or of hurting yourself?"), P("Not that. Only tired."))
    assert finding(*asked).status == "denied"
    assert finding(*asked, field="self_harm").status == "denied"


def test_the_wish_to_die_asked_after_another_is_asked() -> None:
    r = finding(C("Do you want to hurt yourself, or to die?"), P("No. Neither. I want the picture to stop."))
    assert r.status == "denied"


@pytest.mark.parametrize("asked", ["and any um thoughts of heard yourself since last time", "any thoughts of sue a sighed this week"])
def test_misheard_questions_answered_no_are_denials(asked: str) -> None:
    field = "self_harm" if "heard" in asked else "suicidal_ideation"
    assert finding(C(asked), P("no god no im too busy"), field=field).status == "denied"
    # hearing oneself is no harm
    assert finding(C("How was the talk?"), P("I heard myself say it and I was proud."), field="self_harm").status == "not_assessed"


def test_an_orcadian_no_for_not_is_read() -> None:
    assert finding(C("How have the nights been?"), P("I lie in my bed wishing I'd no wake.")).status == "endorsed"


def test_a_knife_put_in_him_and_a_death_not_minded() -> None:
    r = finding(C("How are things?"), P("Every time I see him at the market I think about putting the scaling knife in him."),
                field="homicidal_ideation")
    assert r.status == "endorsed"
    r = finding(C("How are things?"), P("I put the knife in the drawer and went to bed."), field="homicidal_ideation")
    assert r.status == "not_assessed"
    assert finding(C("Do you wish your life would end?"), P("I'd not mind if I died. I won't do anything to hurry it.")
                   ).status == "endorsed"
    assert finding(C("How was the weekend?"), P("I'd not mind if I went to the coast for a week.")).status == "not_assessed"


def test_not_sure_i_dont_mean_it_owns_the_report() -> None:
    r = finding(O("She said if her ex turns up again she'll put the scaling knife in him."), C("Is that what you said?"),
                P("I did say it. Meant it then, and I ain't sure I don't mean it now."), field="homicidal_ideation")
    assert r.status == "endorsed"
    r = finding(O("She said if her ex turns up again she'll put the scaling knife in him."), C("Is that what you said?"),
                P("I did say it, but I don't mean it. I was angry."), field="homicidal_ideation")
    assert r.status != "endorsed"


def test_misheard_self_harm_and_harming_others() -> None:
    r = finding(C("and have you had any self calm"), P("self calm no um no not since i was a teenager like fifteen"),
                C("nothing since"), P("nothing since no"), field="self_harm")
    assert r.status == "denied"
    r = finding(C("any thoughts of farming other people"), P("no no nobody im not like that"), field="homicidal_ideation")
    assert r.status == "denied"
    assert finding(C("How do you cope?"), P("Keeping myself calm, farming the top field."), field="self_harm").status == "not_assessed"


def test_an_act_done_as_a_habit_after_an_unwanted_thought_is_self_harm() -> None:
    r = finding(C("Any thoughts of killing yourself, or of hurting yourself in any way?"),
                P("No, no. I want to live, that is why the thoughts frighten me so much."),
                C("How do you feel about that?"),
                P("Actually, one thing. When you asked before about hurting myself, I said no. It is not completely true. When the "
                  "thought about him is very strong, I pinch my arm, here, on the inside, very hard, until it goes blue. Like a "
                  "punishment for thinking it. Not to die."),
                C("Thank you for coming back to that. How often has it happened?"),
                P("Three, four times this week. There are marks."), field="self_harm")
    assert r.status == "endorsed"
    # the image of the act, unwanted, is still no act
    r = finding(C("What's the thought that keeps coming?"),
                P("I see myself cutting my arm with the glass. It horrifies me, I would never."), field="self_harm")
    assert r.status != "endorsed"


def test_intent_denied_but_part_of_me_likes_the_picture_is_a_wanted_thought() -> None:
    r = finding(C("Is there any part of you that intends to hurt him, or that's made any plan to?"),
                P("No, wallah, no. I have a family. I would never. But the picture comes and a small part of me, yes, it likes it."),
                field="homicidal_ideation")
    assert r.status == "endorsed"
    assert r.needs_review
    r = finding(C("Is there any part of you that intends to hurt him, or that's made any plan to?"),
                P("No, wallah, no. I have a family. I would never. The picture comes and I hate it."), field="homicidal_ideation")
    assert r.status != "endorsed"


def test_a_voice_on_the_radio_and_what_happened_for_you_are_no_disclosure() -> None:
    r = finding(P("Ten past six, the first train. I'd cleared the signal, and then the driver's on the radio. \"Cragford box, "
                  "I've hit someone.\" Just like that."), C("And what happened for you in that moment?"),
                P("I did what you do. Stopped everything, called it in. After, I couldn't turn the key in the car."),
                field="homicidal_ideation")
    assert r.status == "not_assessed"


def test_thoughts_like_his_after_his_text_read_out_are_asked_of_the_client() -> None:
    r = finding(P('One of my congregants, I\'ll read it, I have permission. "Rabbi I don\'t see the point. I\'ve been thinking '
                  'about ending things." And I called him, and he\'s safe.'),
                C("That's a lot to carry. And I want to check on you, too. Do you ever have thoughts like his, of not wanting to "
                  "be here?"), P("Me? No. God, no."))
    assert r.status == "denied"


@pytest.mark.parametrize("turns", [
    (C("Mr. Orazov, is that something you feel?"),
     P("Yes. I say this. Sometimes at night I think, is better I go to Ayna. I am finished my work. I ask Allah, take me.")),
    (O("He said, \"Allah should take me. I have lived enough.\""), C("Is that something you feel?"), P("Yes. I say this.")),
    (C("That's not quite what I asked."), P("Och. Some nichts, aye. A lie there and A think A'd no mind if A didnae wake up.")),
])
def test_a_prayer_to_be_taken_and_a_scots_wish_not_to_wake(turns: tuple[tuple[str, str], ...]) -> None:
    assert finding(*turns).status == "endorsed"


@pytest.mark.parametrize("said", ["I ask God to take me back to my village one day.",
                                  "I've lived long enough in this city to know the buses.",
                                  "A think A'll go to the shop after."])
def test_a_prayer_for_a_journey_and_a_scots_errand_are_no_wish(said: str) -> None:
    assert finding(C("How have things been?"), P(said)).status == "not_assessed"


def test_a_second_language_wish_not_to_wake_after_a_denial_is_endorsed_and_a_no_plan_after_it_does_not_undo_it() -> None:
    got = risk(
        C("Any thoughts of ending your life, or of hurting yourself?"), P("No."),
        C("I'm glad you're telling me. Go on."),
        P("Sometimes at night, I think, if I go sleep and don't wake up, also fine. Not to do something. Just... fine."),
        C("Have you thought about how you might end your life, or done anything to prepare?"),
        P("No. No plan. I don't want to hurt Weiming. Only I think, if it happen, fine."),
    )
    assert got["suicidal_ideation"] == "endorsed"


def test_a_retraction_that_tells_a_scrape_until_it_bleeds_endorses_self_harm_not_the_last_denial() -> None:
    got = risk(
        C("Any thoughts of hurting yourself?"), P("No, no."),
        C("And thoughts of ending your life, or that you'd be better off dead?"), P("No. I want to live. Only without this pain."),
        C("Take your time."),
        P("Ecco. I must say something. Before, you ask, I say no. Is not the truth. When the pain is too much, I take the "
          "key of the car and I scrape here, on the arm, the inside. Until it bleed a little."),
    )
    assert got["self_harm"] == "endorsed"
    assert got["suicidal_ideation"] == "denied"


def test_bleach_put_on_the_arms_after_a_hedged_no_is_self_harm() -> None:
    got = risk(
        C("And hurting yourself on purpose?"), P("No. ... It's fine."), C("You paused there."),
        P("It's fine, it's just... Okay. The bleach. At work we've got the strong stuff, the neat one. Sometimes after a "
          "job I put it on my arms. Not diluted. And I scrub with the hard brush till it's raw."),
    )
    assert got["self_harm"] == "endorsed"


def test_a_harm_image_the_client_likes_to_think_stays_endorsed_when_intent_is_denied() -> None:
    got = risk(
        C("Last time you said something about the slash pile. Can you tell me more?"),
        P("Ah. Yes. They burn the slash, the branches, big piles. And I think, I push Voss in there. I see it. I see his "
          "face. And sometimes, honestly, I like to think it. It makes me feel better, for a moment."),
        C("Thank you for being honest with me. Have you thought about actually doing it, or made any kind of plan?"),
        P("No plan. I would not do it. I have my kids. But the picture, it comes, and I don't push it away."),
    )
    assert got["homicidal_ideation"] == "endorsed"


@pytest.mark.parametrize("turns, field", [
    ((C("Could you spend Sunday afternoons with Atour or someone else?"), P("Yes. I can ask Atour for Sundays.")),
     "homicidal_ideation"),
    ((C("How are things with him?"), P("i can say no to hannagan but i scared he cut me if i say no one more time")),
     "self_harm"),
])
def test_someone_else_as_company_and_being_cut_by_someone_are_not_risk(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] == "not_assessed"


@pytest.mark.parametrize("turns, field", [
    ((C("Any thoughts of hurting yourself? Or someone else?"), P("Someone else, yes. I think about hitting him.")),
     "homicidal_ideation"),
    ((C("Any hurting yourself?"), P("Yes. I cut me arm last week with a razor.")), "self_harm"),
])
def test_their_near_misses_stay_endorsed(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] == "endorsed"


@pytest.mark.parametrize("said, act", [
    ("Yeah. Tuesday I scraped my forearm with the car key until it bled. Not to die, just for the relief.", True),
    ("I've been burning my wrist with the lighter most nights.", True),
    ("I keep wanting to cut. The urge is there every night, but I haven't done it.", False),
    ("I did think about cutting, yes, on Sunday.", False),
    ("yes um i did it again two times this week once on tuesday", True),
])
def test_a_self_harm_act_told_as_done_is_the_behavior_facet(said: str, act: bool) -> None:
    found = assess_risk(session(C("Have you hurt yourself since we last met?"), P(said))["turns"])["self_harm"]
    assert found.status == "endorsed" and found.facets.behavior is act


def test_the_note_names_a_self_harm_act_not_only_thoughts() -> None:
    from scribe.extract import extract

    out = extract(session(C("Have you hurt yourself since we last met?"),
                          P("Yeah. Tuesday I scraped my forearm with the car key until it bled. Not to die, just for the relief.")))
    objective = " ".join(out["progress_note"]["sections"].values())
    assert "self-harm acts carried out" in objective and "Self-harm: endorsed (within the past month; active thoughts" not in objective


@pytest.mark.parametrize("turns, field, status", [
    ((C("Anything else since Friday?"), P("I push Liam back, hard, he falls on his back, and the bronze goes over my boot.")),
     "homicidal_ideation", "not_assessed"),
    ((C("How did it go at work?"), P("In front of the other workers. I want to die from shame when she yell like that.")),
     "suicidal_ideation", "not_assessed"),
    ((C("Are you having thoughts of wanting to die, or of suicide?"),
      P("No. No. I want to live. Only I think, why Tyler, why not me. This is different from wanting to die.")),
     "suicidal_ideation", "denied"),
])
def test_a_rescue_push_shame_and_survivor_guilt_set_apart_are_not_risk(turns: tuple[tuple[str, str], ...], field: str,
                                                                         status: str) -> None:
    assert risk(*turns)[field] == status


def test_a_self_harm_act_told_before_the_answer_that_endorsed_it_is_the_behavior_facet() -> None:
    found = assess_risk(session(
        P("Tuesday I scraped my forearm with the car key until it bled."),
        C("Right now, zero to ten, how strong is the urge to hurt yourself?"), P("Maybe a six."))["turns"])["self_harm"]
    assert found.status == "endorsed" and found.facets.behavior


def test_a_self_harm_act_of_long_ago_is_no_behavior_now() -> None:
    found = assess_risk(session(
        P("Back in college I cut, but not for years."),
        C("And these days, any urge to hurt yourself?"), P("Yes, this week, the urge came back."))["turns"])["self_harm"]
    assert not found.facets.behavior


def test_feeling_different_from_others_does_not_deny_a_wish_said_with_it() -> None:
    assert risk(C("How have things been?"),
                P("I feel different from everyone now, and I want to die, honestly."))["suicidal_ideation"] == "endorsed"


def test_the_markdown_and_the_narrative_say_an_act_the_same_way() -> None:
    from scribe.extract import extract
    from scribe.extract.render import render_markdown

    out = extract(session(C("Have you hurt yourself since we last met?"),
                          P("Yeah. Tuesday I scraped my forearm with the car key until it bled. Not to die, just for the relief.")))
    md = render_markdown(out, "progress")
    risk_line = next(line for line in md.splitlines() if line.startswith("- Self-harm:"))
    assert "acts carried out" in risk_line and "active thoughts" not in risk_line


@pytest.mark.parametrize("turns, field", [
    # a tool taken to someone's head, owned: "taking the seven-iron to the man head"
    ((C("What comes up when you think of him?"),
      P("Some nights I see myself taking the five-iron to that man's head. Clear as a film.")), "homicidal_ideation"),
    # the condition slept through, then the burden it would lift
    ((C("How have the evenings been?"),
      P("sometimes i think if i just slept and didn't wake up they'd replace me and everybody would move on it would be "
        "easier for everyone")), "suicidal_ideation"),
    # "and I don't wake up", the speaker said again inside the condition
    ((C("Tell me about the tiredness."),
      P("i am tired now i think if i go to sleep one night and i don't wake up that is fine")), "suicidal_ideation"),
])
def test_owned_violence_with_a_tool_and_a_wish_not_to_wake_are_endorsed(turns: tuple[tuple[str, str], ...],
                                                                        field: str) -> None:
    assert risk(*turns)[field] == "endorsed"


@pytest.mark.parametrize("turns, field, status", [
    # a job or a heat that wears someone out, said by a relative
    ((C("What happened after the parade?"), O("They carried him out in the costume. This job will kill him one day.")),
     "homicidal_ideation", "not_assessed"),
    ((C("How is the summer going?"), P("The heat is killing her, she can't sleep in that flat.")),
     "homicidal_ideation", "not_assessed"),
    # cutting wood and a way of slicing remembered are no self-harm
    ((C("What helps, even a little?"), P("Going out early and cutting wood with my uncle, and my grandma's stew.")),
     "self_harm", "not_assessed"),
    ((C("How has the grief been?"), P("Some days in the kitchen I cut the radish and I remember she cut like this, thin thin.")),
     "self_harm", "not_assessed"),
])
def test_a_job_that_kills_and_cutting_things_are_not_risk(turns: tuple[tuple[str, str], ...], field: str,
                                                         status: str) -> None:
    assert risk(*turns)[field] == status


def test_weighing_the_evidence_is_no_follow_up_of_a_disclosure() -> None:
    found = risk(C("Let's look at the thought, 'everyone at the club thinks I'm a cheat.' What's the evidence for it?"),
                 P("The posts online. Nobody phoned me after."),
                 C("And the evidence against?"),
                 P("They still sent the fixtures. Two captains sent a card. The thought was there."),
                 C("So when you put those side by side?"),
                 P("Maybe not everyone. Maybe only I am looking at the stain."))
    assert found["suicidal_ideation"] == "not_assessed"


def test_an_urge_to_scratch_asked_as_a_rating_is_self_harm_not_suicide() -> None:
    found = risk(C("When you're scratching, do you have thoughts of wanting to die?"),
                 P("No. I don't want to die. I want the noise to stop, that's different."),
                 C("Do you have any urge to scratch right now, zero to ten?"),
                 P("Three. Talking about it makes it go up a little."))
    assert found["suicidal_ideation"] == "denied" and found["self_harm"] == "endorsed"


def test_an_arm_held_to_a_hot_machine_for_the_relief_is_a_self_harm_act() -> None:
    found = assess_risk(session(
        C("Is it always an accident, the burns?"),
        P("When the chest is tight I put the arm on the steriliser, on the hot metal side, for two seconds, three. "
          "Then the chest is quiet."))["turns"])["self_harm"]
    assert found.status == "endorsed" and found.facets.behavior


@pytest.mark.parametrize("turns, field", [
    # a passive wish told after a denial, received by the clinician as a disclosure ("thank you for telling me")
    ((C("when it gets that heavy do you ever have thoughts about not being here about dying"),
      P("no no i have my daughter"),
      C("okay"),
      P("but uh sometimes on the ladder at the top i think if i just slip also fine then no more tired"),
      C("thank you for telling me that that's important is that a thought that comes often"),
      P("maybe two three times this week only when i'm very tired i'm not planning nothing")), "suicidal_ideation"),
    # a retraction that first asks leave to speak, then tells it after the go-ahead
    ((C("Are you having any thoughts of suicide, or of hurting yourself?"),
      P("No, nothing like that."),
      C("How is the storeroom job?"),
      P("Quiet. Can I say something? I wasn't honest before."),
      C("Of course, go ahead."),
      P("In the freezer room I think sometimes nobody would find me for days and it would be finished.")),
     "suicidal_ideation"),
    # a hand put on purpose on a thing just said to be hot
    ((C("How have you been?"),
      P("The oven door at the bakery, it's hot by noon, and I put my hand on it on purpose just to feel something else.")),
     "self_harm"),
    # the client's own picture of doing violence to someone, not disowned
    ((C("What went through your mind?"),
      P("Let me be honest with you. I see myself putting his head in the deep fryer. Like the chips. I see it and I feel good, then I feel sick.")),
     "homicidal_ideation"),
])
def test_disclosures_received_told_after_leave_or_pictured_are_endorsed(turns: tuple[tuple[str, str], ...],
                                                                        field: str) -> None:
    assert risk(*turns)[field] == "endorsed"


@pytest.mark.parametrize("turns, field, status", [
    # a call breaking up is no cutting
    ((C("Can you hear me? The line is cutting."), P("Yes, now yes, I walked up to the gate.")), "self_harm", "not_assessed"),
    # a relative's report of someone else's self-harm, set against the client in the same breath
    ((C("Any hurting yourself, cutting, burning?"), P("No. Never."),
      O("Her cousin, Nkechi, she cut herself, in Enugu, but Amaka never.")), "self_harm", "denied"),
    # a hazard someone warns the manager about
    ((C("What's been stressing you at work?"),
      P("the loading ramp always something broken that ramp will kill somebody one day i say it to the manager")),
     "homicidal_ideation", "not_assessed"),
    # an idiom after a denial, named as only a way of talking
    ((C("Any thoughts of ending your life, or of hurting yourself, lately?"), P("No, no. Never."),
      C("Not even a passing thought that you'd rather not be here?"),
      P("No. Sometimes I say, ay, this heat is going to kill me. But is the heat, you know, is only how we talk.")),
     "suicidal_ideation", "denied"),
    # "tired of the thoughts, but I want to live" gives the no no yes
    ((C("And any thoughts of hurting yourself, or of ending your life?"),
      P("No. No, nothing like that. Sometimes I am tired of the worrying, but I want to live.")),
     "suicidal_ideation", "denied"),
])
def test_a_dropped_call_anothers_act_a_hazard_and_a_saying_are_not_endorsed(turns: tuple[tuple[str, str], ...],
                                                                            field: str, status: str) -> None:
    assert risk(*turns)[field] == status


def test_a_summary_of_the_wish_the_client_confirms_is_endorsed() -> None:
    found = risk(C("How have the nights been since the move?"),
                 P("Long. I lie there and count the ceiling boards."),
                 C("okay so the wish to not wake up comes when you're exhausted and you have no plan and no intention to act"),
                 P("yes that's it"))
    assert found["suicidal_ideation"] == "endorsed"


def test_a_plan_for_when_the_thoughts_come_is_not_a_summary_confirmed() -> None:
    found = risk(C("How have the nights been since the move?"),
                 P("Long. I lie there and count the ceiling boards."),
                 C("so when the thoughts of ending it come, you'll call me or the crisis line"),
                 P("yes that's it"))
    assert found["suicidal_ideation"] != "endorsed"


@pytest.mark.parametrize("question, field", [
    ("so you haven't had any thoughts of hurting yourself", "self_harm"),
    ("and you haven't had any thoughts of suicide?", "suicidal_ideation"),
])
def test_yes_to_a_question_put_in_the_negative_confirms_the_no(question: str, field: str) -> None:
    found = risk(C("How have the nights been?"), P("Long. I lie there and count the boards."), C(question), P("yes that's right"))
    assert found[field] == "denied"


@pytest.mark.parametrize("turns", [
    # a parent's report that the client keeps cutting
    (C("What worries you most at home?"), O("She keeps cutting, I know it, the sleeves in summer."),
     P("It was only small.")),
    # the clinician's question put as "you're cutting again?"
    (C("The sleeves in this heat... you're cutting again?"), P("Yeah. Since the exams.")),
    # a report of the client's act, then what she did not do after it
    (C("What happened on Tuesday?"), O("She cut herself on Tuesday, but she never told us until Friday.")),
])
def test_cutting_said_of_the_client_stays_read(turns: tuple[tuple[str, str], ...]) -> None:
    assert risk(*turns)["self_harm"] == "endorsed"


def test_the_plan_and_intent_a_confirmed_summary_rules_out_are_denied_facets() -> None:
    found = assess_risk(session(
        C("when it gets that heavy do you ever have thoughts about not being here about dying"),
        P("no no i have my daughter"),
        C("okay so the wish to not wake up comes when you're exhausted and you have no plan and no intention to act"),
        P("yes that's it"))["turns"])["suicidal_ideation"]
    assert found.status == "endorsed" and {"plan", "intent"} <= set(found.denied_facets)


def test_a_no_given_up_for_the_truth_is_the_answer_that_counts() -> None:
    found = risk(C("Have you had thoughts that you'd be better off dead, or of ending your life?"),
                 P("No... Well. To be honest. Since the divorce I think my work is done, I can go now. At night I think it."),
                 C("Thank you for telling me. Have you thought about how?"))
    assert found["suicidal_ideation"] == "endorsed"


def test_a_no_said_honestly_stays_a_no() -> None:
    found = risk(C("Any thoughts of ending your life?"), P("No, well, to be honest, no. Never like that."))
    assert found["suicidal_ideation"] == "denied"


def test_a_hand_put_into_something_harmful_on_purpose_is_self_harm() -> None:
    found = risk(C("Can we come back to the bandage?"),
                 P("It was not the work this time. I put my hand in the bleach bucket. Some seconds. On purpose."))
    assert found["self_harm"] == "endorsed"


def test_a_hand_caught_in_something_not_on_purpose_is_no_self_harm() -> None:
    found = risk(C("What happened to the hand?"), P("I put my hand in the machine to clear it, not on purpose, it caught me."))
    assert found["self_harm"] != "endorsed"


def test_picturing_driving_through_someones_office_is_homicidal_ideation() -> None:
    found = risk(C("What goes through your mind about him then?"),
                 P("I picture I drive the bus through his office window. All the glass. I see it clear, like a film."))
    assert found["homicidal_ideation"] == "endorsed"


@pytest.mark.parametrize("turns, field", [
    # "a little" before a noun names a thing, it answers nothing
    ((C("Any thoughts of killing yourself, or of hurting yourself in any way?"),
      P("No. No. Sometimes I say this job will be the death of me, but is only saying. I don't want to die. My son comes "
        "at Christmas, I am making him a little boat.")), "suicidal_ideation"),
    # the client's own no set after the deaths around them
    ((C("do you have thoughts of ending your life or of hurting yourself"),
      P("no no i work at the hospice i see death every day death is my colleague but for me no i have my grandson")),
     "self_harm"),
    # words recalled, then called just talk
    ((C("Any thoughts of hurting him?"),
      P("I said I'd strangle him with the cable, I remember. No, that's just talk. I'd never touch him.")),
     "homicidal_ideation"),
])
def test_sayings_and_things_that_are_not_a_yes_stay_denied(turns: tuple[tuple[str, str], ...], field: str) -> None:
    assert risk(*turns)[field] == "denied"


@pytest.mark.parametrize("line", [
    "If he's late again I'll murder him, that's the only danger here.",
    "I'll kill him if he does it again, honestly.",
])
def test_the_other_persons_own_threat_is_not_the_clients_homicidal_ideation(line: str) -> None:
    found = risk(C("What's been hardest for you?"), O(line), P("She won't, she loves me."))
    assert found["homicidal_ideation"] == "not_assessed"


@pytest.mark.parametrize("turns", [
    # the act pictured in words that name no violence, the picture liked two turns on
    (C("Last time you said you'd been having pictures in your head about the foreman, after the fight."),
     P("yeah me does see meself walk in he office with the drum of solvent pour it out and lock de door"),
     C("okay thank you for telling me when that picture comes how does it feel"),
     P("part of me like the picture for true that is what frighten me")),
    # ... or asked about at once as something to do
    (C("Since the assault, what goes round in your head?"),
     P("He's out in the spring. I picture myself waiting for him at the gate. Just me and him, no cameras."),
     C("I'm glad you told me. When you picture it, is there any intention to actually do it, or any plan?"),
     P("No. I've got kids.")),
])
def test_an_act_toward_someone_pictured_and_owned_is_homicidal_ideation(turns: tuple[tuple[str, str], ...]) -> None:
    found = assess_risk(session(*turns)["turns"])["homicidal_ideation"]
    assert found.status == "endorsed" and found.needs_review


@pytest.mark.parametrize("turns", [
    # a loved one pictured, and liked
    (C("What keeps you going?"), P("I picture my son at his graduation, and part of me likes the picture so much I cry."),
     C("That sounds important."), P("It is.")),
    # a picture the client says they do not like
    (C("Since the fight, what goes round in your head?"),
     P("I picture myself waiting for him at the gate. I don't like the picture, it scares me."),
     C("That sounds hard."), P("It is.")),
    # a flashback of what was done to the client
    (C("Since the assault, what goes round in your head?"),
     P("I picture him coming at me behind the bar, his face, every night. I hate it."),
     C("Is there any intention in you to do something about him?"), P("No. I just want it to stop.")),
    # an unwanted image the clinician checks for an urge
    (C("How are the nights with the baby?"),
     P("when i'm giving her a bath i get this picture in my head, the thought pops in what if i let her slip under, and i "
       "feel sick, i put her down and walk away, am i a monster"),
     C("that sounds really frightening, when those pictures come do you have any wish or urge to actually do it"),
     P("no no never, it's the opposite, i'd never hurt her")),
])
def test_pictures_of_loved_ones_or_of_what_was_done_to_the_client_are_not_homicidal_ideation(
        turns: tuple[tuple[str, str], ...]) -> None:
    assert risk(*turns)["homicidal_ideation"] != "endorsed"


def test_a_bare_yes_to_a_question_put_in_the_negative_is_denied_for_review() -> None:
    found = assess_risk(session(C("How have the nights been?"), P("Long."),
                                C("so you haven't had any thoughts of hurting yourself?"), P("yeah"))["turns"])["self_harm"]
    assert found.status == "denied" and found.needs_review
    plain = assess_risk(session(C("so you haven't had any thoughts of hurting yourself?"),
                                P("yes that's right"))["turns"])["self_harm"]
    assert plain.status == "denied" and not plain.needs_review


@pytest.mark.parametrize("answer, status", [
    ("yes", "denied"),
    ("Yes, gone. Since the summer.", "denied"),
    ("No.", "endorsed"),
    ("Not completely. Some nights.", "endorsed"),
    ("yeah they come back sometimes", "endorsed"),
])
def test_asked_whether_the_thoughts_are_gone_a_yes_is_over_and_a_no_is_current(answer: str, status: str) -> None:
    found = risk(C("Last spring you had thoughts of dying. Have those gone now?"), P(answer))
    assert found["suicidal_ideation"] == status


def test_an_accident_named_only_as_a_simile_does_not_hold_back_the_screens_reading(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "At first it was like an accident in my head. Now I want it. On Friday I did it in the lab, one drop came."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.99} if t == said else {} for t in texts])
    found = risk(C("You told me the picture was unwanted. Is it still?"), P(said))
    assert found["self_harm"] == "endorsed"
    plain = "I put my hand in the machine to clear it, not on purpose, it caught me."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.99} if t == plain else {} for t in texts])
    assert risk(C("What happened to the hand?"), P(plain))["self_harm"] != "endorsed"


def test_head_against_the_wall_said_with_the_verb_of_a_blow_before_it_is_self_harm() -> None:
    r = finding(C("When I see bruising like that on the knuckles, I wonder if it was more than the door."),
                P("Okay. After the shift, in the locker room, I hit the door with my fist. Many times. And my head on the "
                  "wall, also. Two times this week."), field="self_harm")
    assert r.status == "endorsed"


def test_a_follow_up_of_another_sentence_does_not_confirm_what_the_screen_read() -> None:
    # the learned screen reads the grave; the clinician's question takes up the clock
    r = finding(P("It is my work, you know. I open the gate, I ring the bell, I prepare the grave with the diggers. Sorry "
                  "for them, the families. But for me it is the clock that is giving me problems."),
                C("The clock in the tower?"),
                P("Yes. Twice it was late, eight minutes, and the people they complained."),
                C("So the clock has been on your mind."))
    assert r.status != "endorsed"
    assert r.needs_review  # still pointed at, never silent


def test_taking_back_a_combined_no_takes_back_the_field_disclosed_since() -> None:
    turns = (C("Any thoughts of suicide or of hurting yourself since we last talked?"), P("No."),
             C("What did you mean about the kids being better off?"),
             P("Sometimes I wish I could go to sleep and not wake up. Then they get the insurance."),
             C("When you said no at the start, and now this, which is closer to the truth?"),
             P("This. I said no because I was ashamed. But sometimes I think they'll lose him anyway."),
             C("And any hurting yourself, cutting, burning?"), P("No. Nothing like that."))
    assert risk(*turns)["suicidal_ideation"] == "endorsed"
    assert risk(*turns)["self_harm"] == "denied"


def test_a_hazard_that_will_kill_someone_reported_by_a_relative_is_not_homicidal() -> None:
    assert risk(C("what have you noticed"),
                O("he talks fast he bought a drone with his salary and he says the sun will kill him on those roofs but he "
                  "goes up with no harness"))["homicidal_ideation"] == "not_assessed"


def test_a_death_the_client_blames_themselves_for_clarified_is_denied_for_review() -> None:
    r = finding(C("He was your patient a long time?"),
                P("Four years. I dressed that ulcer every two weeks. And now I keep thinking, I killed him. I missed something."),
                C("When you say 'I killed him', what do you mean exactly?"),
                P("Not, not that I did anything to him. I mean... if I had seen the ulcer was deeper. That kind of killed."),
                field="homicidal_ideation")
    assert r.status == "denied"
    assert r.needs_review


def test_shoulders_dropped_in_relaxation_are_no_harm_to_anyone() -> None:
    r = finding(C("now shoulders up to your ears hold it tight hold it and drop them let them fall"),
                P("ay that's where it live the shoulders"), field="homicidal_ideation")
    assert r.status == "not_assessed" and not r.needs_review


def test_a_death_in_the_sleep_welcomed_with_the_article_of_a_second_language_is_a_wish_to_be_dead() -> None:
    assert risk(C("have you been having thoughts like that"), P("no is just religious"),
                P("my heart is tight all the time and sometimes i think if i die in the sleep is okay"),
                C("so sometimes you think it would be okay to die in your sleep"),
                P("yes sometimes many nights since the winter"))["suicidal_ideation"] == "endorsed"


def test_a_fear_of_dying_in_ones_sleep_is_no_wish() -> None:
    assert risk(P("I am scared I will die in my sleep from the apnea"))["suicidal_ideation"] == "not_assessed"


@pytest.mark.parametrize("said, status", [
    ("No. Never. I just think it would be okay not to wake up. I don't want to do anything.", "endorsed"),
    ("It is okay not to wake up early on Sunday, the shop opens at ten.", "not endorsed"),
])
def test_not_waking_said_to_be_okay_is_a_wish_unless_it_is_a_lie_in(said: str, status: str) -> None:
    assert (risk(P(said))["suicidal_ideation"] == "endorsed") == (status == "endorsed")


def test_small_cuts_made_on_the_arm_are_self_harm_and_a_wound_check_answered_no_does_not_deny_them() -> None:
    turns = (C("okay i want to understand when do you make the cuts"),
             P("when the anger come the chest become full of smoke so i take the bark knife and make small cuts on the arm "
               "then the smoke go out"),
             C("okay how are the cuts now are any of them red hot or swelling"), P("no is small is healing"))
    assert risk(*turns)["self_harm"] == "endorsed"
    assert risk(P("the surgeon made a cut in my stomach"))["self_harm"] == "not_assessed"


@pytest.mark.parametrize("said", ["um it's okay i guess i cut keys at the keymaster after school",
                                  "I cut wood for the stove every Saturday"])
def test_cutting_as_a_trade_is_no_self_harm(said: str) -> None:
    assert risk(P(said))["self_harm"] == "not_assessed"


def test_a_partners_report_the_client_denies_after_naming_them_is_denied() -> None:
    r = finding(O("She even told me she will strangle the manager. I laughed."),
                C("Nakato, is that a thought you actually have, of hurting him?"),
                P("Eh, Waiswa! No. I only mean he is stressing me. I would not touch anybody."), field="homicidal_ideation")
    assert r.status == "denied"


def test_angry_words_the_client_recalls_and_calls_only_talking_are_denied() -> None:
    assert risk(C("And any thoughts of hurting someone else? You mentioned being angry at the dispatcher last time."),
                P("Ah, that one. I said I could break his neck, because he sent me out with a bad radio. But no, that is "
                  "only talking. I would never touch him."))["homicidal_ideation"] == "denied"


@pytest.mark.parametrize("said", ["I can call from the airport after I drop him, around six thirty.",
                                  "I drop her at school then I go to work.",
                                  "one heater it stop and i did not see i killed them all the plants i killed them"])
def test_a_passenger_let_out_and_plants_lost_to_frost_are_no_harm_to_anyone(said: str) -> None:
    assert risk(P(said))["homicidal_ideation"] == "not_assessed"


def test_a_generic_question_about_people_asked_of_the_client_without_punctuation_assesses_both_fields() -> None:
    r = risk(C("you work with strong chemicals sometimes when people feel this low they have thoughts of dying or of "
               "hurting themselves have you had any thoughts like that"), P("no no that no i have my two girls"))
    assert r["suicidal_ideation"] == "denied" and r["self_harm"] == "denied"


def test_now_said_before_the_no_dates_it_and_is_no_name() -> None:
    r = risk(C("Ash, have you had any thoughts of hurting yourself, or of not wanting to be alive?"),
             P("Now, no. Last year, got. Last year I scratched my arm a few times, and some nights I thought it'd be easier "
               "to disappear. Not now already."))
    assert r["suicidal_ideation"] == "denied"


def test_a_needle_put_through_the_clients_own_skin_is_self_harm_and_things_dropped_harm_nobody() -> None:
    r = risk(C("and what do you think happened to them"),
             P("i say maybe i drop them maybe they are in autoclave i don't know i make a joke"),
             C("take your time"),
             P("i think you know already i take them home i do on myself on the leg here on the top of the thigh i put "
               "the needle through the skin and i leave it a little and then i take it out"))
    assert r["self_harm"] == "endorsed" and r["homicidal_ideation"] == "not_assessed"
    # her trade, on customers, is not
    assert risk(P("at the studio i put the needle through the skin of the customer ear and then the jewel"))["self_harm"] \
        == "not_assessed"


def test_skin_rubbed_raw_and_wanted_to_hurt_is_self_harm() -> None:
    r = risk(P("sometimes at home i put it on my arms and i rub rub until it it's red it's like peeling only"),
             C("what do you want the rubbing to do"), P("i want the skin to hurt so the inside is quiet"))
    assert r["self_harm"] == "endorsed"
    assert risk(P("Every night I rub the lotion into my hands until it soaks in."))["self_harm"] == "not_assessed"


def test_a_plan_denied_with_the_thoughts_kept_is_endorsed_suicidal_ideation() -> None:
    r = finding(C("have you had thoughts of killing yourself"),
                P("not like a plan just that it would be easier not to be in the next season"), field="suicidal_ideation")
    assert r.status == "endorsed"
    assert risk(C("have you had thoughts of killing yourself"),
                P("not like a plan no not at all"))["suicidal_ideation"] == "denied"


def test_a_summary_of_harm_thoughts_before_asking_about_the_self_is_endorsed_and_the_no_answers_the_self() -> None:
    r = assess_risk([{"speaker": s, "text": t} for s, t in (
        P("honestly a little part want it i want he feel what i feel but i will not do i have two daughters"),
        C("okay so thoughts of hurting him that come often with some part of you wanting it and no intention and no "
          "steps toward it i'm glad you told me and we'll keep working on it what about thoughts of hurting yourself or "
          "ending your own life"),
        P("no no for myself no nothing"))])
    hi = r["homicidal_ideation"].as_item()
    assert hi["status"] == "endorsed" and hi["needs_review"]
    assert r["suicidal_ideation"].status == "denied" and r["self_harm"].status == "denied"


def test_a_message_someone_else_wrote_read_out_is_not_the_clients_risk() -> None:
    r = risk(P("I open the messages app to type. And there was a message on the screen, she wrote to somebody, I will end "
               "it tonight, I am sorry for everything."))
    assert r["suicidal_ideation"] == "not_assessed"


def test_an_urge_of_that_day_set_against_now_no_is_denied() -> None:
    r = risk(C("And toward the crane driver that day, or anyone now, any thoughts of hurting them?"),
             P("That day I wanted to hit him, yes. Now no. He cries more than me. I don't want to hurt anybody."))
    assert r["homicidal_ideation"] == "denied"
    assert risk(C("Any thoughts of hurting anyone?"),
                P("That day I wanted to hit him, yes. And now too, every time I see him."))["homicidal_ideation"] == "endorsed"


def test_a_rating_of_another_feeling_after_a_disowned_threat_does_not_endorse_it() -> None:
    r = risk(C("And any thoughts of hurting someone else? You mentioned being angry at the dispatcher last time."),
             P("Ah, that one. I said I could break his neck, because he sent me out with a bad radio. But no, that is only "
               "talking. I would never touch him. Now I just avoid him."),
             C("Okay. Let's look at that sentence, 'I should have stopped.' How strong is the guilt when you say it, zero "
               "to ten?"), P("Eight."))
    assert r["homicidal_ideation"] == "denied"


def test_a_typed_disclosure_received_with_thanks_is_endorsed_and_a_no_to_making_it_happen_denies_only_intent(
        monkeypatch) -> None:
    from scribe.extract import risk_net

    said = ("I couldn't say it out loud before. When the ferry rolls in a storm there's a part of me that thinks, good, "
            "let it sink. Not that I'd do anything. I just wouldn't mind.")
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.8, "homicidal_ideation": 0.0, "self_harm": 0.0} if t == said else {} for t in texts])
    r = finding(C("Any thoughts of suicide since we last met?"), P("No, nothing like that."),
                C("I see you typed something in the chat. Can we talk about it?"), P(said),
                C("Thank you for writing it, and for saying it now. So some days there's a wish to be dead. "
                  "Have you thought about doing anything to make that happen?"),
                P("No. Never. It's only a wish."), field="suicidal_ideation")
    assert r.status == "endorsed" and r.needs_review
    assert {"intent", "plan"} <= set(r.denied_facets)
    # the wish the clinician named back is what goes to the note, not active thoughts
    assert r.facets.wish_dead and not r.facets.active_thoughts


def test_harm_to_another_seen_in_the_mind_and_enjoyed_is_homicidal_ideation_and_a_no_to_steps_denies_them() -> None:
    r = finding(C("That sounds humiliating. When you're at work, does anything like that anger come as a picture?"),
                P("Yes. When he walks under the crane load I see him falling from the gantry. And I feel good. Like "
                  "justice. Then I am ashamed."),
                C("How often does that picture come?"), P("Every shift, two times."),
                C("Have you done anything toward hurting him, gone near him on purpose?"),
                P("Never. I walk the other way."), field="homicidal_ideation")
    assert r.status == "endorsed" and "preparatory_behavior" in r.denied_facets
    # grief seen again is not
    assert risk(P("I see him dying in the hospital bed every night. I miss him so much."))["homicidal_ideation"] \
        == "not_assessed"


@pytest.mark.parametrize("said", [
    "The tablet is thirty, but she said seven and a half, so I cut in four, I take one quarter.",
    "Measure twice, cut once, and I cut myself once only on the bandsaw. That was an accident, not on purpose."])
def test_a_tablet_cut_in_four_and_an_injury_said_to_be_an_accident_are_no_self_harm(said: str) -> None:
    assert risk(C("Anything else?"), P(said))["self_harm"] != "endorsed"
    assert risk(P("I cut myself again on Sunday. It wasn't an accident."))["self_harm"] == "endorsed"


def test_self_harm_the_screen_reads_in_words_with_no_body_and_no_hurt_is_pointed_at_not_endorsed(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "The patch, yes, a little. I change it two times in the week, Sunday and Wednesday."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.99} if t == said else {} for t in texts])
    r = finding(C("Is the patch helping?"), P(said), field="self_harm")
    assert r.status != "endorsed" and r.needs_review
    burned = "I held the lighter to my arm again on Sunday."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.99} if t == burned else {} for t in texts])
    assert risk(C("How was the weekend?"), P(burned))["self_harm"] == "endorsed"
    # the words of the question count: "Can I see the burns?" "yes it's okay it's small i put the cream"
    small = "yes it's okay it's small i put the cream my friend gave me"
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.99} if t == small else {} for t in texts])
    assert risk(C("Can I see the burns, to check they're healing?"), P(small))["self_harm"] == "endorsed"


def test_an_animals_euthanasia_is_no_preparation_and_harm_let_happen_on_purpose_reflected_and_confirmed_is_self_harm() -> None:
    r = risk(P("The pentobarbital, the euthanasia solution, is in the safe with the log. After the euthanasia days I am "
               "so tired."))
    assert r["suicidal_ideation"] == "not_assessed"
    r = risk(C("So you've been letting the dogs bite you on purpose, because the pain quiets your head."),
             P("Yes. When you say it like that it sounds crazy. But yes."))
    assert r["self_harm"] == "endorsed"


def test_an_answer_the_screen_reads_as_another_field_does_not_confirm_the_first_reading(monkeypatch) -> None:
    from scribe.extract import risk_net

    first = "I told her I handle the cats better without the gloves. It's... not true."
    answer = "When the cat bites, I don't pull my hand back. I let it. The pain comes and my head is quiet."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.6, "homicidal_ideation": 0.0, "self_harm": 0.0} if t == first
        else {"suicidal_ideation": 0.0, "homicidal_ideation": 0.0, "self_harm": 0.8} if t == answer else {} for t in texts])
    r = risk(C("What did you tell her?"), P(first), C("Can you tell me what is true?"), P(answer))
    assert r["suicidal_ideation"] != "endorsed"


def test_a_yes_said_of_a_thing_after_the_no_is_no_harm_to_anyone() -> None:
    r = risk(C("Any thoughts of hurting anyone else?"), P("No. Only the dough I want to punch sometimes."))
    assert r["homicidal_ideation"] == "denied"
    assert risk(C("Any thoughts of hurting anyone else?"),
                P("No. Only the foreman I want to punch sometimes."))["homicidal_ideation"] != "denied"


def test_intent_denied_unpunctuated_in_the_clients_words() -> None:
    r = finding(C("and when it comes do you want it to happen"),
                P("honestly a little part want it i want he feel what i feel but i will not do i have two daughters"),
                C("okay so thoughts of hurting him that come often with some part of you wanting it and no intention "
                  "what about thoughts of hurting yourself"), P("no no for myself no nothing"),
                field="homicidal_ideation")
    assert r.status == "endorsed" and "intent" in r.denied_facets


def test_a_plan_denied_in_answer_to_an_acting_question_while_the_picture_is_told_is_denied() -> None:
    r = finding(C("And when you're awake, does anything like that come?"),
                P("Yes. When he walks under the crane load I see him falling from the gantry. And I feel good. Like "
                  "justice. My anger at him is every day."),
                C("How often does that picture come?"), P("Every shift, two times."),
                C("When it comes, is there any plan, or any intention to actually do it?"),
                P("No. No plan. I am a church man."),
                C("Have you done anything toward hurting him, gone near him on purpose?"), P("Never. I walk the other way."),
                field="homicidal_ideation")
    assert r.status == "endorsed" and {"plan", "preparatory_behavior"} <= set(r.denied_facets)


def test_a_yes_to_a_wish_to_stop_being_here_with_sleep_that_finishes_is_a_wish_to_be_dead() -> None:
    r = finding(C("Separate from doing anything, is there a part of you that wishes you could just stop being here?"),
                P("...Yes. That part is there. Many nights, after the shop, I think, if I go to sleep and finish there, it "
                  "is peaceful."))
    assert r.status == "endorsed" and r.facets.wish_dead
    assert risk(C("Do you wish you could stop being here at the office?"), P("Yes, some days."))["suicidal_ideation"] \
        != "endorsed"


def test_burns_got_by_mistake_after_a_no_are_no_self_harm() -> None:
    r = risk(C("Have you had any urge to hurt yourself, cut or burn yourself?"),
             P("No, never. I burn my fingers on the flame every day by mistake, that is enough burning for one life."))
    assert r["self_harm"] == "denied"


def test_no_other_way_but_the_one_told_keeps_that_one() -> None:
    r = risk(C("Any other ways you hurt yourself? Burns, cuts, hitting?"), P("No. Only the knees."))
    assert r["self_harm"] == "endorsed"
    assert risk(C("Any other ways you hurt yourself? Burns, cuts, hitting?"), P("No. Nothing."))["self_harm"] == "denied"


def test_not_caring_whether_one_wakes_up_after_a_fatalists_shrug_is_a_wish_to_be_dead() -> None:
    r = finding(C("so part of you would be okay if the machine started while you were inside"),
                P("yeah um yeah that's the honest i don't want to do something myself like i'm not gonna jump or something "
                  "but if it come it come some mornings i don't care if i wake up"))
    assert r.status == "endorsed" and r.facets.wish_dead
    assert risk(C("How's the alarm working?"), P("I don't care if I wake up late, I work nights."))["suicidal_ideation"] \
        == "not_assessed"


def test_splinters_pushed_into_ones_own_fingertips_after_a_retracted_no_are_self_harm_not_harm_to_others() -> None:
    r = risk(C("any thoughts of killing yourself or hurting yourself"), P("no no"), C("okay see you on the ninth"),
             P("um i said no before about hurting but the glass pieces when you cleave the fiber"), C("okay"),
             P("um i push them in my finger on purpose in the van when the head is too loud it hurt little and then the "
               "head is quiet"))
    assert r["self_harm"] == "endorsed" and r["homicidal_ideation"] == "not_assessed"


def test_thoughts_of_death_the_client_then_says_are_not_a_wish_to_die_are_denied_for_review() -> None:
    r = finding(C("You mentioned a practice you do in the morning, thinking about death. I'd like to understand that."),
                P("Oh, yes. In Buddhism, we remember death every morning. It is good practice. It makes me kind."),
                C("I ask everyone this. Do you ever have thoughts of wanting to die, or of ending your life?"),
                P("No, no. It is the opposite. Remembering death makes me want to live properly. I don't want to die."))
    assert r.status == "denied" and r.needs_review
    assert any(reason.startswith("thoughts of death") for reason in r.review_reasons)


def test_a_poisoning_weighed_is_no_method_of_the_clients_own_death() -> None:
    r = risk(C("Say more about that."),
             P("Is a joke. But also... when his lisinopril comes up in the queue, I think how easy it is. Put the "
               "potassium in the bottle, or the double strength."))
    assert r["suicidal_ideation"] != "endorsed"


def test_a_tablet_halved_is_no_cut() -> None:
    r = risk(C("Okay. Let me check medications. You're on the Lexapro."),
             P("Yes. Before, you remember, I was cutting the ten in half, so five. Now she says take the whole one."))
    assert r["self_harm"] == "not_assessed"
    assert risk(C("And the blood pressure?"), P("Atenolol, the twenty-five. I cut it, half in the morning, half in the "
                                                  "night."))["self_harm"] == "not_assessed"


def test_the_screen_torn_between_harm_to_another_and_a_death_wish_with_no_harm_named_is_pointed_at(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "i don't want to go out i don't call my brother i come home i sit on sofa with the boots still on"
    read = {"suicidal_ideation": 0.93, "homicidal_ideation": 0.96, "self_harm": 0.0}
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [dict(read) if t == said else {} for t in texts])
    r = finding(C("nothing moves meaning"), P(said), C("that sounds heavy"), field="homicidal_ideation")
    assert r.status != "endorsed" and r.needs_review
    # (read as harm to another alone, with no harm named, it is still pointed at, not endorsed)
    read["suicidal_ideation"] = 0.1
    r = finding(C("nothing moves meaning"), P(said), C("that sounds heavy"), field="homicidal_ideation")
    assert r.status != "endorsed" and r.needs_review
    # (with anger or a blow named beside it, it stands for the clinician to confirm: recall comes first)
    angry = said + " and i think about his face and the hammer in the shed"
    read_angry = {"suicidal_ideation": 0.1, "homicidal_ideation": 0.96, "self_harm": 0.0}
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [dict(read_angry) if t == angry else {} for t in texts])
    assert finding(C("nothing moves meaning"), P(angry), C("that sounds heavy"), field="homicidal_ideation").status == "endorsed"


def test_anything_else_moves_on_and_is_no_follow_up_of_a_disclosure(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "The pharmacy gave me the hundred ones, so I cut them in half. I checked it myself, of course."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.63, "homicidal_ideation": 0.0, "self_harm": 0.0} if t.startswith("The pharmacy") else {}
        for t in texts])
    r = risk(C("How are the medications going?"), P(said), C("Of course. Anything else?"),
             P("Yes, the Keflex, I finished it on Sunday."))
    assert r["suicidal_ideation"] != "endorsed"


def test_a_follow_up_of_a_wish_to_be_dead_keeps_its_facets_not_active_thoughts() -> None:
    r = finding(C("Separate from doing anything, is there a part of you that wishes you could just stop being here?"),
                P("...Yes. That part is there. Many nights, after the shop, I think, if I go to sleep and finish there, it "
                  "is peaceful."),
                C("How often do those nights come?"), P("Maybe three, four nights in the week. Since Diwali."))
    assert r.status == "endorsed" and r.facets.wish_dead and not r.facets.active_thoughts


def test_a_plain_no_to_wanting_to_die_after_unbearable_feelings_is_no_intrusive_thought() -> None:
    r = finding(C("It sounds like you found something that works fast for unbearable feelings. Is any part of this about "
                  "wanting to die?"),
                P("No. Not to die. I don't want to die. I want the noise in my chest to stop."),
                C("Any thoughts of ending your life, even passing ones?"), P("No. No. I want to live. Only the noise."))
    assert r.status == "denied" and not any("intrusive" in reason for reason in r.review_reasons)


def test_words_the_client_wrote_read_back_with_is_that_right_and_a_yes_are_the_clients() -> None:
    r = risk(C("can i read it out loud"), P("yes"),
             C("it says sometimes i put my arm on the dryer can on purpose is that right"), P("yes"))
    assert r["self_harm"] == "endorsed"
    assert risk(C("it says sometimes i put my arm on the dryer can on purpose is that right"), P("no no that is not mine"))[
        "self_harm"] != "endorsed"


def test_a_heart_named_then_wished_to_stop_is_a_wish_to_be_dead() -> None:
    r = finding(C("Take your time."),
                P("I think... If my heart stops in the night, I want them to let me go. Some nights I wish it would stop. Not "
                  "that I do something."))
    assert r.status == "endorsed" and r.facets.wish_dead
    assert risk(C("How's the new watch?"), P("The strap broke. I wish it would stop buzzing at night."))[
        "suicidal_ideation"] == "not_assessed"


def test_a_heated_tool_pressed_on_the_arm_a_sentence_later_is_self_harm() -> None:
    r = risk(C("What does that mean, the hot comb?"),
             P("After they left, I heated the comb, the pressing comb, on the stove at the back. And I pressed it here. On my "
               "arm, on the inside."))
    assert r["self_harm"] == "endorsed"
    # (read by the patterns, not left to the learned screen)
    assert not any("learned screen" in reason for reason in finding(
        C("What does that mean, the hot comb?"),
        P("After they left, I heated the comb, the pressing comb, on the stove at the back. And I pressed it here. On my "
          "arm, on the inside."), field="self_harm").review_reasons)


def test_sad_on_waking_because_still_here_and_the_wish_said_twice_are_a_wish_to_be_dead() -> None:
    r = finding(C("and in the dream what do you do"),
                P("i want to go i walk behind her and i don't want to come back and when i wake up i'm sad because i'm still here"))
    assert r.status == "endorsed" and r.facets.wish_dead
    r = finding(C("do you ever wish you could go with her that you were dead"), P("sometimes yes"))
    assert r.status == "endorsed"


def test_an_honesty_lead_is_not_the_speaker_speaking_of_themselves_for_the_screen() -> None:
    from scribe.extract import risk_net

    assert not risk_net.speaks_of_self("If I am honest, there is room.")
    assert risk_net.speaks_of_self("If I am honest, I don't want to be here.")
    assert risk_net.speaks_of_self("To be honest with you, it is too much for me.")


def test_each_field_of_a_two_part_question_answered_no_by_name_is_denied() -> None:
    r = risk(C("And any thoughts of hurting yourself, or of hurting someone else?"),
             P("Myself, no. Someone else, no. I am angry sometimes with the customers who don't want to pay, but I don't touch "
               "anybody."))
    assert r["self_harm"] == "denied" and r["homicidal_ideation"] == "denied"


def test_gods_plan_is_no_plan_and_a_thought_records_balanced_thought_is_no_risk_follow_up() -> None:
    r = risk(C("how is it with mister hollis"),
             P("every day he say let me die i just say mister hollis god has a plan for you and i give him the pudding what "
               "can i do it's his feeling not mine"))
    assert r["suicidal_ideation"] != "endorsed"
    r = risk(C("and the evidence against"),
             P("against i never hurt anybody in my whole life i take care of patients eleven years"),
             C("so what would be a more balanced thought"), P("i am a tired caregiver with a bad picture not a murderer"))
    assert r["homicidal_ideation"] != "endorsed"


def test_anger_at_someone_short_of_harm_given_an_amount_is_no_yes() -> None:
    r = risk(C("And any thoughts of hurting anyone else? Sometimes after a case like that people are angry at the surgeon."),
             P("No. Dr. Fischer, he did everything. I am not angry with anybody. Only with God a little bit."))
    assert r["homicidal_ideation"] == "denied"


def test_someone_elses_tablet_taken_for_nerves_and_received_as_medicine_talk_is_no_disclosure(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "Before the interview for the manager job, I took one of my roommate's propranolol."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.6, "homicidal_ideation": 0.0, "self_harm": 0.0} if t.startswith("Before the") else {}
        for t in texts])
    r = risk(C("And thoughts of wanting to die, or of suicide, now or lately?"), P("No. Now I want to live."),
             C("Thank you. Let's check the medicines. You saw Dr. Kaplan?"),
             P("Yes. She said it is social anxiety disorder and she started the escitalopram, five."),
             C("How's it going on it?"), P("A little headache the first days. Now okay."),
             C("Anything else?"), P(said),
             C("Thank you for telling me. I'd ask you not to take Deepa's. If it helped, we can ask Dr. Kaplan whether something "
               "like that makes sense for you."))
    assert r["suicidal_ideation"] == "denied"


def test_an_act_read_back_from_the_clients_card_or_told_over_two_sentences_is_an_act_carried_out() -> None:
    r = finding(C("can i read it out loud"), P("yes"),
                C("it says sometimes i put my arm on the dryer can on purpose is that right"), P("yes"), field="self_harm")
    assert r.status == "endorsed" and r.facets.behavior
    r = finding(C("What does that mean, the hot comb?"),
                P("After they left, I heated the comb, the pressing comb, on the stove at the back. And I pressed it here. On "
                  "my arm, on the inside."), field="self_harm")
    assert r.status == "endorsed" and r.facets.behavior


def test_an_interpreters_voicing_a_no_to_a_two_part_question_and_work_with_metal_are_no_disclosure() -> None:
    r = risk(C("The trial at Hennepin County?"),
             P("Yes. The defendant is Deaf, I am his voice. And when he testify, he sign, I wanted him dead, I took the knife. "
               "And I must say it in first person. I wanted him dead. In my mouth. To the jury."),
             C("Let me ask directly. Do you yourself have any thoughts of hurting anyone? Anyone at all?"),
             P("No. No. He is the one."))
    assert r["homicidal_ideation"] == "denied"
    r = risk(C("Any thoughts of suicide, or that life isn't worth living?"), P("No. Worry, yes. But not this."))
    assert r["suicidal_ideation"] == "denied"
    r = risk(C("How has the week been?"),
             P("The back still hurting from the fall. I don't go on the ladder. Only the office, cutting the metal."),
             C("I have to ask some safety questions. Any thoughts of suicide, or of hurting yourself?"),
             P("No. No thoughts like that."))
    assert r["self_harm"] == "denied"


def test_a_picture_announced_then_told_and_owned_with_intent_then_asked_is_homicidal_ideation() -> None:
    r = risk(C("When that thought comes, is there a picture with it?"),
             P("...Yes. The picture comes. Me, with my hand off the brake. And them not jumping in time. And for one second, "
               "I feel... satisfied. Then I feel sick. I would never do it."),
             C("How often does that picture come?"), P("Two, three times a week. When I see young people on the platform."),
             C("Any intent, any plan to actually not brake?"), P("No. I brake. Always."))
    assert r["homicidal_ideation"] == "endorsed"


def test_an_owned_picture_checked_for_intent_survives_grounding() -> None:
    from scribe.extract import extract

    out = extract(session(C("When that thought comes, is there a picture with it?"),
                          P("...Yes. The picture comes. Me, with my hand off the brake. And them not jumping in time. And for "
                            "one second, I feel... satisfied. Then I feel sick. I would never do it."),
                          C("How often does that picture come?"), P("Two, three times a week."),
                          C("Any intent, any plan to actually not brake?"), P("No. I brake. Always.")))
    hi = out["progress_note"]["risk"]["homicidal_ideation"]
    assert hi["status"] == "endorsed" and hi["needs_review"] and 1 in hi["evidence"]


# ---- read off blind38 (retired at f1240a6): its four misses and nine false alarms, one shape each

def test_a_shock_taken_on_purpose_for_relief_reflected_and_confirmed_is_self_harm() -> None:
    r = finding(P("some time um i don't discharge first i touch it with my finger small shock like"), C("by accident"),
                P("no um not accident i touch it because after the shock my head is quiet for some time"),
                C("it sounds like you're doing it on purpose to get relief from the noise in your head is that right"),
                P("yes for the relief yes i know is dangerous"), field="self_harm")
    assert r.status == "endorsed"


def test_a_death_by_a_truck_said_to_be_no_loss_is_a_wish_to_be_dead() -> None:
    r = finding(C("When a truck is coming and you don't step back, is some part of you hoping the truck hits you?"),
                P("If a truck takes me, it is finished. I would not be angry. That is what I think."))
    assert r.status == "endorsed" and r.facets.wish_dead


@pytest.mark.parametrize("answer", [
    "The wish, yes, some part of me wishes he would suffer like Ovie suffered. But no plan. I will not touch him.",
])
def test_a_wish_for_anothers_suffering_owned_after_a_picture_is_homicidal_ideation(answer: str) -> None:
    r = finding(P("I saw it like a film. The cab falling, him inside. It pained me that it made me feel good."),
                C("When the picture comes, is it only an image, or is there any wish or plan to harm him, in any way?"),
                P(answer), field="homicidal_ideation")
    assert r.status == "endorsed"


def test_the_one_named_and_kept_to_the_image_is_a_yes_to_anyone_else() -> None:
    r = finding(C("Have you had thoughts of hurting anyone else?"), P("No. Only him. And only the film."),
                field="homicidal_ideation")
    assert r.status == "endorsed"


def test_a_harm_told_in_the_film_in_the_head_is_the_clients_own_image() -> None:
    r = finding(P("It's only film in the head. It doesn't count. Everybody has film in the head."), C("What's in the film?"),
                P("We move a piano, he is helping me on the stairs. I have the strap. In the film I let the strap go, and the "
                  "piano goes down on him."), field="homicidal_ideation")
    assert r.status == "endorsed"
    # a film on a screen stays a plot
    r = finding(P("We watched a film last night. In the film the mover lets the strap go, and the piano goes down on him."),
                field="homicidal_ideation")
    assert r.status != "endorsed"


def test_guilt_for_a_death_feared_is_no_wish_to_kill() -> None:
    got = risk(P("If my video makes them cut his money and he does it, it is me. I killed him. This is the thought."),
               C("Let's look at that thought, it is me, I killed him. How strongly do you believe it right now, zero to ten?"),
               P("Now? Seven."))
    assert got["homicidal_ideation"] != "endorsed"


def test_the_answer_to_an_evidence_question_is_not_a_disclosure_the_screen_alone_endorses(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "Evidence... he said it on the phone. And if I film him carrying the mower, they cut."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.97, "self_harm": 0.0} if t == said else {} for t in texts])
    r = finding(C("What is the evidence that your video would cause him to die?"), P(said), field="homicidal_ideation")
    assert r.status != "endorsed" and r.needs_review


def test_a_tablet_cut_is_no_self_harm_nor_a_stage_rope_a_report_of_suicide() -> None:
    r = finding(C("Any side effects?"), P("Before I was taking half of the twenty, the tablet I cut. Now the full twenty."),
                field="self_harm")
    assert r.status != "endorsed"
    r = finding(C("Can you tell me what the rope is?"),
                P("At the playhouse we do a western, there is a hanging scene. I build the gallows, I tie the rope. It has a "
                  "break-away, the actor is safe, the rope only looks."),
                C("Have you had any thoughts of suicide?"), P("No. Never. I build the thing for the story, not for me."),
                O("My uncle, he hanged himself when I was small. So when I see the rope, my body remember."))
    assert r.status != "endorsed"


def test_a_frightening_picture_of_ones_own_death_denied_when_asked_is_intrusive() -> None:
    r = finding(P("I was waiting at the station, the train was coming, and suddenly I saw a picture in my head, me jumping in "
                  "front of it. I stepped back to the wall so fast."),
                C("Do you have any wish to die, or any thoughts of ending your life?"),
                P("No. No, I don't want to die. That is why it frightened me. The picture came like a stranger."))
    assert r.status == "denied" and r.needs_review


@pytest.mark.parametrize("said, answer", [
    ("oh the song yes from the funeral of my cousin we sing take me home lord take me home and it is in my head every night",
     "no it's only the tune i miss home but not like that i don't want to die"),
    ("ah i'm angry in makassar we say better die with siri than live without it but that's only the old saying",
     "no no that's a proverb only is about honor i don't want to die i have three kids"),
])
def test_a_hymn_sung_and_a_proverb_of_honour_are_no_death_wish(said: str, answer: str) -> None:
    r = finding(C("how have the nights been"), P(said), C("do you have any thoughts of dying or of ending your own life"), P(answer))
    assert r.status == "denied"


def test_a_yes_to_the_clinicians_proposal_is_no_later_disclosure(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "On the tape measure, I always have it. Yes. That could work."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.92, "homicidal_ideation": 0.0, "self_harm": 0.0} if t == said else {} for t in texts])
    r = finding(C("Has anything brought thoughts of wanting to die, of suicide?"), P("No. No. I don't want to die."),
                C("What if those four steps went on a laminated card, clipped to your tape measure?"), P(said))
    assert r.status == "denied"


def test_a_person_named_by_title_in_the_question_assesses_harm_to_others() -> None:
    r = finding(C("do you have any wish or intention to hurt mrs danforth or anyone"),
                P("no no never never this is what makes me scared i would never"), field="homicidal_ideation")
    assert r.status == "denied"


def test_a_risk_question_of_its_own_is_no_evidence_question_nor_a_proposal(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "if he comes near the kids again i will shoe to him i mean it i got my dads rifle in the loft"
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.97, "self_harm": 0.0} if t == said else {} for t in texts])
    assert finding(C("what would you do if he came back"), P(said), field="homicidal_ideation").status == "endorsed"
    got = risk(P("my best friend sent me a snap saying she wants to kms. i told the school counsellor."),
               C("That was a really caring thing to do. How about you, any thoughts like that?"), P("no im ok, just worried about her."))
    assert got["suicidal_ideation"] == "denied"


def test_a_film_in_the_head_told_with_its_horror_stays_intrusive() -> None:
    r = finding(C("On the metro platform, what goes through your mind?"),
                P("A stupid film in my head: I push the man in front of me. Then I feel terrible and I step back to the wall. I "
                  "never hurt anybody. I am the person who carries spiders outside."), field="homicidal_ideation")
    assert r.status != "endorsed"


def test_an_unpunctuated_part_of_you_question_answered_yes_is_a_passive_wish() -> None:
    r = finding(C("have you had thoughts of killing yourself"), P("no no this is not for me"),
                C("when you were lying in the truck that night did part of you want to die"),
                P("not to do something to myself but if the river takes me yes part of me wanted it"))
    assert r.status == "endorsed" and r.facets.wish_dead and r.needs_review


def test_a_thing_of_the_clients_burned_in_a_saying_is_no_self_harm() -> None:
    got = risk(C("That sounds humiliating."), P("In my village we say a man's name is his house. She burned my house."),
               C("Any thoughts of killing yourself, or of hurting yourself?"), P("No. Nothing like that."))
    assert got["self_harm"] == "denied"
    assert risk(C("what happened"), P("i burned my arm with the lighter on purpose"))["self_harm"] == "endorsed"


@pytest.mark.parametrize(("answer", "status"), [
    ("no only the targets haha i shoot the same paper man ten times a week but he is paper", "denied"),
    ("no only the foreman i want to hit him every day", "endorsed"),
])
def test_only_a_thing_the_job_strikes_is_no_harm_to_others(answer: str, status: str) -> None:
    assert finding(C("and any thoughts of hurting anyone at work"), P(answer), field="homicidal_ideation").status == status


def test_what_the_relatives_did_to_the_client_is_no_report_of_his_harm_to_others() -> None:
    got = risk(C("and the new tablet"), P("kinda sleepy"),
               O("back home he was the boy who lost his books we beat him for it i am sorry for it now"),
               C("it sounds like you understand him better now"))
    assert got["homicidal_ideation"] == "not_assessed"
    got = risk(C("how was the week"), O("he told me he will beat him to death when he sees him"), P("i was angry"))
    assert got["homicidal_ideation"] == "endorsed"


def test_a_wish_named_back_with_nobody_named_and_confirmed_is_endorsed() -> None:
    r = finding(C("any thoughts of not wanting to be alive"), P("no no i'm fine"),
                C("what were you thinking when you wrote it"),
                P("they are so quiet in the cooler i think maybe i want to be on the table quiet like them"),
                C("so a wish to be dead to have that quiet"), P("yes i'm sorry i said no before i was ashamed"))
    assert r.status == "endorsed" and r.facets.wish_dead


@pytest.mark.parametrize(("answer", "status"), [("now maybe six", "endorsed"), ("zero now", "denied")])
def test_an_unpunctuated_rating_after_its_scale_is_a_question(answer: str, status: str) -> None:
    r = finding(C("zero to ten how strong is the wish to be dead right now"), P(answer))
    assert r.status == status


@pytest.mark.parametrize(("answer", "status"), [("No. Just the fence.", "endorsed"), ("No. Nothing.", "denied"),
                                                ("No, just tired.", "denied")])
def test_no_other_ways_but_the_one_keeps_the_one_way(answer: str, status: str) -> None:
    r = finding(P("When it's too loud I go out to the back field and I touch the wire."),
                C("When you hold the wire, are you having any thoughts of dying?"), P("No. I don't want to die."),
                C("Are there other ways you hurt yourself, cutting, hitting, anything?"), P(answer), field="self_harm")
    assert r.status == status


def test_a_dose_cut_to_a_number_is_no_cutting() -> None:
    got = risk(C("Where are you with the Paxil?"),
               P("Doctor Abad is taking me down. Since the first of the month I cut to ten, half, and then I stop."),
               C("Any thoughts of hurting yourself?"), P("No."))
    assert got["self_harm"] == "denied"
    assert risk(C("how was the week"), P("i cut my arm again on sunday"))["self_harm"] == "endorsed"


def test_index_entries_read_aloud_are_no_disclosure() -> None:
    got = risk(C("Remind me what this book is?"),
               P("It's a textbook on suicide prevention. So all day I'm reading entries out loud to myself, suicide, "
                 "see also self-harm. Suicide, means restriction, two-twelve."),
               C("Any thoughts of suicide yourself?"), P("No. None."))
    assert got["suicidal_ideation"] == "denied" and got["self_harm"] != "endorsed"


def test_a_yes_like_word_that_counts_a_saying_disowned_keeps_the_no() -> None:
    got = risk(C("any thoughts of hurting yourself"),
               P("no never sometimes i say this closing will put me in the ground but it's only how we say at work"))
    assert got["self_harm"] == "denied"
    got = risk(C("any thoughts of hurting yourself"), P("no never well sometimes i scratch my arm till it bleeds"))
    assert got["self_harm"] == "endorsed"


def test_a_follow_up_that_turns_to_the_next_thing_confirms_nothing() -> None:
    turns = [C("Any thoughts of suicide?"), P("No. Never."), C("And her sewing machine?"),
             P("I leave it. I can put a cloth over it. Not move it. Just cover."),
             C("That sounds right. And the mornings, with the second cup?"),
             P("Maybe I make the second cup and I take it to the garage, I put it by the machine for her. Then I work.")]
    assert finding(*turns).status == "denied"


@pytest.mark.parametrize("said", ["the van has the sticker licensed to kill the boss put it's the joke of the family",
                                  "kill the baby is just the small light we call the baby when they say kill it you switch it off"])
def test_a_slogan_or_a_trade_word_for_switching_off_is_no_harm_to_others(said: str) -> None:
    assert finding(C("how are things at work"), P(said), field="homicidal_ideation").status == "not_assessed"
    assert finding(C("how are things at work"), P("i want to kill the boss"), field="homicidal_ideation").status == "endorsed"


def test_others_thought_of_the_client_in_the_third_person_is_theirs() -> None:
    r = finding(C("Any thoughts of not wanting to be here?"), P("No."), C("Tell me what happened at the painting."),
                P("My hands were shaking. I was sure the teachers were seeing my hands and thinking this old man should not be here."))
    assert r.status == "denied"
    r = finding(C("Tell me what happened."), P("My hands were shaking and I was thinking I do not want to be here anymore."))
    assert r.status == "endorsed"


def test_not_being_around_put_as_part_of_someone_then_owned_is_endorsed() -> None:
    said = ("That sounds like it was hard to do. Sometimes when someone gives away an animal they love like that, it's because "
            "part of them is thinking they might not be around to see to her. Has anything like that been going through your mind?")
    assert finding(C("How was the week?"), P("I gave the dog to my brother. For good."), C(said), P("Aye. Whiles.")).status == "endorsed"
    assert finding(C("How was the week?"), P("I gave the dog to my brother. For good."), C(said),
                   P("No. Nothing like that.")).status == "denied"


def test_harm_wished_on_a_person_asked_in_the_passive_is_homicidal_ideation() -> None:
    r = finding(C('I hear that crews joke. I also hear Ayumi saying it changed. Can I ask you directly, Kenji: when you think about Kimura, do you have thoughts of him getting hurt?'),
                P('...Sometimes.'), C("Tell me what they're like."),
                P('When I see his face at the meeting, I see the shell breaking next to him, like with Daniel. His hair burning. I see it very clear.'),
                field="homicidal_ideation")
    assert r.status == "endorsed"
    # a partner's fear for him is no wish
    r = finding(C("How has the worry been?"), P("I have thoughts of him getting hurt at work, every day he's on the rigs."),
                field="homicidal_ideation")
    assert r.status != "endorsed"


@pytest.mark.parametrize("said", ["Lena, I'm not going anywhere by myself. But I'm tired, and at night I want to rest forever.",
                                  "Every night I say, Lord, if you take me tonight in my sleep, it's okay."])
def test_a_wish_to_rest_forever_or_a_prayer_to_be_taken_is_a_wish_to_be_dead(said: str) -> None:
    r = finding(C("Have you had thoughts of ending your life yourself?"), P("No. That is a sin, I would never."),
                C("What would you want her to know?"), P(said))
    assert r.status == "endorsed" and r.facets.wish_dead


@pytest.mark.parametrize(("said", "field"), [
    # a coder's work
    ("the worst is the er charts there are many overdoses and the self harm i type the codes all day intentional self harm "
     "the suicide attempt", "self_harm"),
    # a desk job that wears her out
    ("Her files will kill her one day. I tell her.", "homicidal_ideation"),
    # a mistake's cost in the generic you
    ("One wrong decimal on the clonidine and you kill a baby. So I check it three times.", "homicidal_ideation"),
    # anyone at all, the design's user
    ("It's packaging for paracetamol, so a person who wants to overdose, it slows them down.", "suicidal_ideation"),
    # a case at work
    ("I'm processing the items from the murder-suicide in Chandler. The child's handprints are on the glass.",
     "suicidal_ideation"),
    # an age to outlive
    ("No. Never. I'm angry, I'm tired, but no. My grandmother lived to ninety-six, I plan to beat her.", "homicidal_ideation"),
    # a day dropped
    ("I already asked, I can drop Thursdays. And the lab has an afternoon section.", "homicidal_ideation"),
    # make-up wounds
    ("No. The cuts are latex. I glue them on. Real ones would hurt.", "self_harm"),
])
def test_work_talk_idioms_and_props_read_off_retired_blind41_are_no_risk(said: str, field: str) -> None:
    assert finding(C("How has the week been?"), P(said), field=field).status != "endorsed"


def test_a_proposed_plan_for_the_anger_is_no_suicide_plan() -> None:
    r = finding(C("Any thoughts of ending your own life?"), P("No. Never that. My kids."),
                C("Okay. Let's make a plan for the anger, together. First, the address. Would you delete it here, now?"),
                P("Yeah. Here. Gone."))
    assert r.status == "denied"
    r = finding(C("Do you have a plan?"), P("Yeah. The bridge."))
    assert r.status == "endorsed"


def test_a_late_reading_the_client_then_denies_when_asked_is_pointed_at(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "Luz didn't take them. I take them. I take them home in a jar."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.92, "homicidal_ideation": 0.0, "self_harm": 0.5} if t == said else {} for t in texts])
    turns = [C("Any thoughts of not wanting to live?"), P("No, not to die. I don't want to die."), C("You lied?"), P(said),
             C("What do you do with them?"), P("I put them on my arm."),
             C("When you do it, is any part of you wanting to die?"), P("No. That's why I said no before. It's not for dying.")]
    r = finding(*turns)
    assert r.status == "denied" and r.needs_review
    # with no later denial, the late reading stands for the clinician to confirm
    assert finding(*turns[:6]).status == "endorsed"


def test_harm_to_another_read_only_by_the_screen_in_a_relatives_telling_with_no_harm_named_is_pointed_at(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "So, Dad works nights, he drives the snowcat. And since December he's like a ghost. He falls asleep at dinner."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.1, "homicidal_ideation": 0.97, "self_harm": 0.0} if t == said else {} for t in texts])
    r = finding(C("Where would you like to start?"), O(said), P("One time. With the fork, one time."), field="homicidal_ideation")
    assert r.status != "endorsed" and r.needs_review
    # in the client's own words, with nothing violent named, it is pointed at too
    r = finding(C("Where would you like to start?"), P(said), C("That sounds hard."), field="homicidal_ideation")
    assert r.status != "endorsed" and r.needs_review


# --- read off the retired blind42 batch
def test_an_abrasive_rubbed_on_the_arm_until_it_burns_is_self_harm() -> None:
    got = risk(
        C("Camila is describing patches on the inside of the forearms. Can I ask what those are from?"),
        P("When I shape and the noise in my head is too loud, I take the eighty-grit from the bay and I rub it on my arm. "
          "Until it burns. Then the noise stops."),
    )
    assert got["self_harm"] == "endorsed"
    # a cream rubbed in until it is absorbed names no injury
    from scribe.extract.risk import TOPICS

    assert TOPICS["self_harm"].search("I rub the cream on my arm until it's absorbed.") is None


def test_salt_rubbed_into_a_scratch_is_self_harm_but_the_saying_is_not() -> None:
    got = risk(
        C("I'm wondering if these cuts came from the rake or from somewhere else. You won't be in trouble here."),
        P("it is me madam at night i take a shell and i scratch and then i rub the salt from the pan into it"),
    )
    assert got["self_harm"] == "endorsed"
    got = risk(C("How did your sister take it?"), P("She brought up the divorce again at dinner. Like rubbing salt into the wound."))
    assert got["self_harm"] != "endorsed"


def test_an_owned_picture_of_harm_with_someone_speaking_between_is_endorsed_hi() -> None:
    r = finding(
        C("Say a bit more about what you see."),
        P("I see myself closing the hatch and lighting the torch, and he is inside. I see it every shift now."),
        O("Vasya... you never told me this."),
        C("When that picture comes, is it something you want to happen, or something that frightens you?"),
        P("Part of me wants it. I am ashamed, but I want him to feel what Kolya felt. When the picture comes I feel good."),
        C("Have you thought about actually doing something to him? A plan, a time?"),
        P("No. No plan. I would never close a hatch on a man. It is only the picture, but the picture comes every day."),
        field="homicidal_ideation",
    )
    assert r.status == "endorsed" and r.needs_review


def test_how_many_tablets_a_box_holds_is_no_overdose_method() -> None:
    got = risk(C("And the sertraline, still the same?"),
               P("Sertraline, a hundred. No, wait. The box says one hundred, but that is how many tablets inside. The tablet is fifty."))
    assert got["suicidal_ideation"] == "not_assessed"
    # counting them out to take is
    got = risk(C("What did you do that night?"), P("I sat in the kitchen and counted how many tablets I had left."))
    assert got["suicidal_ideation"] != "not_assessed"


def test_cutting_at_a_torch_trade_is_not_self_harm_but_cutting_again_is() -> None:
    flashback = [P("He sent Kolya into the tank with the torch, and the gas was there."),
                 C("When it comes at work, the flashback, what do you do?")]
    assert risk(*flashback, P("I stop cutting. I stand there. Sometimes I cannot hear the radio."))["self_harm"] == "not_assessed"
    assert risk(*flashback, P("At home I started cutting again. On my arm."))["self_harm"] == "endorsed"


def test_wanting_him_to_be_hurt_answered_a_little_yes_is_endorsed_hi() -> None:
    got = risk(
        C("i'm not judging you i want to understand it clearly do you want him to be hurt"),
        P("a little yes not dead maam just hurt like in the hospital so he knows how it feels to be small"),
        C("have you thought about actually doing anything to hurt him"),
        P("no no maam i don't even drive i would never touch him it's only in my head"),
    )
    assert got["homicidal_ideation"] == "endorsed"
    # the worried "I don't want them to get hurt" is no wish
    assert risk(C("What worries you?"), P("I don't want them to get hurt on that road."))["homicidal_ideation"] != "endorsed"


def test_how_often_the_client_still_cries_for_a_killed_relative_is_no_yes() -> None:
    got = risk(
        C("When that comes up, do you have any thoughts of harming the people responsible, or anyone else?"),
        P("No. That was in twenty-ten. I cried for him, I am still crying sometimes. But I don't carry that kind of thing. God will judge."),
    )
    assert got["homicidal_ideation"] == "denied"


def test_a_gem_cutter_cutting_a_stone_off_on_purpose_is_not_self_harm() -> None:
    got = risk(C("Show me the one you brought."),
               P("Yes, here. The small one, the rhodolite. I cut the crown one degree off on purpose. It makes me sick to look at it."))
    assert got["self_harm"] == "not_assessed"
    assert risk(C("What happened?"), P("I cut my arm on purpose, with the stone knife."))["self_harm"] == "endorsed"


def test_a_followed_up_wish_to_be_with_a_dead_mother_is_si_not_hi(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "... My mother is buried in Darfur. I mean I want to be with her. I want to be finished. Not to wake up."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.55, "homicidal_ideation": 0.915, "self_harm": 0.25} if t == said else {} for t in texts])
    turns = [C("Idriss, when you say you will go to your mother, what do you mean?"), P(said),
             C("Thank you for telling us. How often does that wish come?"), P("Most nights. Since the rainy season, maybe.")]
    assert finding(*turns, field="homicidal_ideation").status != "endorsed"
    assert finding(*turns).status == "endorsed"
    # a veiled threat with no death wish in it stays harm to another
    veiled = "Every day since he docked the lads' overtime. He'd not be missed and he'd not be found. I've not done owt."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.55, "homicidal_ideation": 0.915, "self_harm": 0.25} if t == veiled else {} for t in texts])
    assert finding(C("And you're thinking about that in connection with him?"), P(veiled),
                   C("Thank you for telling me. How often does that come?"), P("Most days."),
                   field="homicidal_ideation").status == "endorsed"


def test_a_screen_only_reading_the_client_denies_a_dozen_turns_later_is_pointed_at(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "In the studio, nothing. My body is the only place where I know the rules. But when people look, my legs shake."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.1, "homicidal_ideation": 0.0, "self_harm": 0.96} if t == said else {} for t in texts])
    filler = [C("And the school?"), P("Fine."), C("Your sleep?"), P("Okay, seven hours.")] * 3
    r = finding(C("What happens in your body when you practise the act?"), P(said), *filler,
                C("No thoughts of cutting or hurting yourself on purpose?"), P("No. Never."), field="self_harm")
    assert r.status == "denied" and r.needs_review


def test_a_screen_reading_the_client_owns_a_turn_later_is_not_undone_by_a_summary_confirmed_later(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "ano sometimes i picture i wait at his house with the tire iron from the car and when he comes out i just"
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.0, "homicidal_ideation": 0.96, "self_harm": 0.0} if t == said else {} for t in texts])
    filler = [C("and your sleep"), P("bad"), C("and work"), P("busy")] * 2
    r = finding(C("tell me more about what goes on in your head when you think of him"), P(said),
                C("when he comes out you"), P("i hit his knees his car everything"),
                C("is that a picture that just shows up and you push it away or is part of you drawn to it"),
                P("honestly part of me want it part of me likes the picture but i won't do it i have my kids"), *filler,
                C("okay so no thoughts of suicide and thoughts of hurting jun that you don't intend to act on but that feel "
                  "good sometimes is that fair"), P("yes that's fair"), field="homicidal_ideation")
    assert r.status == "endorsed"


def test_a_late_screen_reading_of_harm_to_another_with_a_second_reading_of_suicide_does_not_crash(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "I mean I want to be with her. I want to be finished. Not to wake up."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.6, "homicidal_ideation": 0.93, "self_harm": 0.1} if t == said else {} for t in texts])
    found = assess_risk(session(C("Any thoughts of hurting anyone?"), P("No."), C("How was the week?"), P(said),
                                C("Okay."))["turns"])
    assert found["homicidal_ideation"].status != "endorsed" or found["homicidal_ideation"].needs_review


def test_a_no_to_acting_on_thoughts_told_this_month_does_not_make_them_history() -> None:
    r = finding(
        C("What does not staying mean, for you?"),
        P("Not being here. Driving home late I think, if I just let go of the wheel on the bridge. And at home I wish I "
          "could sleep and be finished."),
        C("How often have those thoughts come in the last few weeks?"),
        P("After most shifts. Three or four times this month."),
        C("So you've had thoughts of ending your life and you haven't acted. Is there any intention to act on them now?"),
        P("No. I don't want to die."))
    assert r.status == "endorsed" and r.facets.timeframe != "past"
    assert {"intent"} <= set(r.denied_facets)
    # a follow-up about the thoughts themselves still settles them as past
    assert finding(C("Any thoughts of suicide?"), P("After the divorce I thought about not waking up."),
                   C("And these days, still?"), P("No. Not for years.")).status == "denied"


def test_a_summary_of_pictures_of_hurting_someone_with_part_of_the_client_wanting_it_is_endorsed_hi() -> None:
    turns = [C("Is that a picture that comes at other times too?"),
             P("Um honestly yes, I go over it like a video, most days at the depot when he walks past."),
             C("Have you thought about actually doing it or made any plan?"),
             P("No no never, I have two kids, I would never touch him."),
             C("So what we have is strong pictures of hurting marco several times a week with part of you wanting it, no "
               "plan and no intention to act."),
             P("Okay yeah, I understand.")]
    r = finding(*turns, field="homicidal_ideation")
    assert r.status == "endorsed"
    # the same pictures summed up as unwanted stay intrusive thoughts, denied for review
    turns[-2] = C("So what we have is strong pictures of hurting marco several times a week that you hate and push away, "
                  "no plan and no intention to act.")
    r = finding(*turns, field="homicidal_ideation")
    assert r.status != "endorsed"


def test_them_killed_in_a_trade_after_creatures_are_named_is_not_harm_to_another() -> None:
    work = "The crabs come in alive. First we kill them in the hot water, then crack and clean, then pack."
    assert risk(C("Remind me what the work involves."), P(work))["homicidal_ideation"] != "endorsed"
    # a person named after the creatures is who "them" is
    said = "The crabs come in alive. But the two foremen laugh at me all shift. Some days I want to kill them, honestly."
    assert risk(C("How is work?"), P(said))["homicidal_ideation"] == "endorsed"


def test_a_yes_said_of_a_feeling_before_but_not_that_is_a_denial() -> None:
    got = risk(C("With the guilt after a binge, any thoughts of hurting yourself, or of not wanting to be alive?"),
               P("No. Never. Guilt yes, but not that. My aunt would laugh at me."))
    assert got["suicidal_ideation"] == "denied" and got["self_harm"] == "denied"
    # a yes to the asked thing after the no stays a disclosure
    got = risk(C("Any thoughts of hurting yourself, or of not wanting to be alive?"),
               P("No. Well, yes, some nights I wish I wasn't alive. Not to do anything."))
    assert got["suicidal_ideation"] == "endorsed"


def test_sometimes_opening_what_someone_else_says_is_not_a_yes_after_a_no() -> None:
    got = risk(C("Have you had thoughts of suicide or of not wanting to be alive?"),
               P("No. Flat isn't dying. I want to be here, just in colour. Sometimes the editor says this line is dead, kill "
                 "it, and I do that all day. That's the most violent I get."))
    assert got["suicidal_ideation"] == "denied"
    got = risk(C("Have you had thoughts of suicide or of not wanting to be alive?"),
               P("No. Well. Sometimes, yes, late at night I think it would be easier not to be here."))
    assert got["suicidal_ideation"] == "endorsed"


def test_when_did_you_last_play_it_does_not_confirm_a_screen_reading(monkeypatch) -> None:
    from scribe.extract import risk_net

    said = "Music. My own music. My grandmother taught me the flute. I used to play for hours, by the river."
    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {"suicidal_ideation": 0.67, "homicidal_ideation": 0.0, "self_harm": 0.0} if said in t else {} for t in texts])
    turns = [C("Any thoughts of suicide?"), P("No. I want to be here."), C("Where did the colour use to come from?"), P(said),
             C("When did you last play it?"), P("Maybe three years. Four.")]
    assert finding(*turns).status == "denied"
    turns[4] = C("When was the last time?")
    assert finding(*turns).status == "endorsed"


def test_a_wish_told_in_the_past_tense_then_now_no_is_history() -> None:
    asked = C("Last time you told me you had wanted to die there. Any thoughts like that now, of suicide?")
    r = finding(asked, P("No. In the camp, yes, I wanted to die, in the tent, every night. Now no. Now I have my daughter. "
                         "I want to live now."))
    assert r.status == "denied" and r.facets.timeframe == "past"
    # dated to last night, it is not history
    r = finding(asked, P("No. Well, last night, yes, I wanted to die, in the kitchen. Now no, it is better."))
    assert r.status == "endorsed"


def test_a_blow_pictured_on_their_head_said_back_and_agreed_is_endorsed() -> None:
    turns = [C("What happened after you smashed the effigy?"),
             P("Relief. Then in bed I kept thinking how it would feel on his real skull. Again and again, all week."),
             C("So for a week now, images of hitting his real head keep coming back."),
             P("Yes. And I let them stay."),
             C("Any intention to actually hurt him?"),
             P("No. Never. I have my grandchildren.")]
    r = finding(*turns, field="homicidal_ideation")
    assert r.status == "endorsed" and r.facets.active_thoughts
    # the same pictures said to be of a wall are no harm to anyone
    turns[2] = C("So for a week now, images of hitting the wall keep coming back.")
    turns[1] = P("Relief. Then in bed I kept thinking about the wall. Again and again, all week.")
    assert finding(*turns, field="homicidal_ideation").status != "endorsed"


def test_what_you_are_describing_sums_up_the_thoughts_before_asking_about_the_client() -> None:
    turns = [C("Any plan, anything you've thought about doing to him?"),
             P("No. I don't go near his house. Only the pictures come."),
             C("Okay. What you're describing is thoughts of harming him that come back, with no intention and no plan. "
               "And for yourself, any thoughts of ending your life?"),
             P("No, never. God gives the life.")]
    got = risk(*turns)
    assert got["homicidal_ideation"] == "endorsed" and got["suicidal_ideation"] == "denied"
    # the intent and plan the summary rules out are said as denied in the note, not as "not established"
    assert finding(*turns, field="homicidal_ideation").denied_facets == ["intent", "plan"]
    # a summary that names no thoughts sums nothing up
    turns[2] = C("Okay. What you're describing is anger at him, with no thoughts of harming him. And for yourself, any "
                 "thoughts of ending your life?")
    assert risk(*turns)["homicidal_ideation"] != "endorsed"


def test_a_yes_dated_to_a_year_before_now_no_is_history() -> None:
    asked = C("After the dream, do you have thoughts of ending your life, or hurting yourself?")
    r = finding(asked, P("No. In the camp, yes. In the desert I asked God many times, take me, take me. But that was 2014. "
                         "Now no. Now I want to study."))
    assert r.status == "denied" and r.facets.timeframe == "past"


def test_a_feared_fall_is_not_harm_to_the_baby() -> None:
    asked = C("and any thoughts of hurting zoë or worries that you might")
    got = risk(asked, P("no never i am scared i will drop her when i am this tired that's all i hold her very careful"))
    assert got["homicidal_ideation"] == "denied"
    got = risk(asked, P("yes sometimes i think about hurting her and it frightens me how much i want to"))
    assert got["homicidal_ideation"] == "endorsed"


def test_a_lower_case_name_with_an_accent_is_the_person_asked_about() -> None:
    assert risk(C("any thoughts of hurting lía"), P("no never"))["homicidal_ideation"] == "denied"


def test_what_to_do_if_the_thoughts_come_is_a_plan_not_a_question() -> None:
    planned = C("good and if the thoughts came back or you had any thought of harming zoë you'd call me or the crisis "
                "line right away")
    assert risk(planned, P("yes i promise i am only tired"))["homicidal_ideation"] != "endorsed"
    assert risk(C("have you had any thought of harming zoë"), P("yes i have"))["homicidal_ideation"] == "endorsed"


def _net_reads(monkeypatch, said: str, field: str, p: float = 0.97) -> None:  # type: ignore[no-untyped-def]
    from scribe.extract import risk_net

    monkeypatch.setattr(risk_net, "scores", lambda texts, *a, **k: [
        {f: p if f == field else 0.0 for f in ("suicidal_ideation", "homicidal_ideation", "self_harm")} if said in t else {}
        for t in texts])


def test_a_burial_told_after_a_denial_is_no_later_disclosure(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said = "In the spring. We buried him with his stick, so he can play the game in the next world."
    _net_reads(monkeypatch, said, "homicidal_ideation", 0.9)
    turns = [C("When you said you'd kill him, did you have thoughts of actually hurting him?"),
             P("No. That's how we talk on the field. He's my cousin."),
             O("It's been worse since his grandfather died."), P(said)]
    assert finding(*turns, field="homicidal_ideation").status == "denied"
    turns[-1] = P("In the spring. And some nights I think about taking that stick to his head, for real.")
    _net_reads(monkeypatch, "taking that stick", "homicidal_ideation", 0.9)
    assert finding(*turns, field="homicidal_ideation").status == "endorsed"


def test_doses_missed_are_no_wish_to_die(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said = "Tuesday the boat went out at six and I forgot to take it. So I've had it four days out of six."
    _net_reads(monkeypatch, said, "suicidal_ideation")
    turns = [C("How has the new tablet been?"), P(said), C("Thank you for telling me.")]
    assert finding(*turns).status != "endorsed"
    said = "Tuesday I forgot to take it, and Wednesday I took the whole strip at once because I didn't care any more."
    _net_reads(monkeypatch, "the whole strip at once", "suicidal_ideation")
    turns[1] = P(said)
    assert finding(*turns).status == "endorsed"


def test_pieces_of_a_craft_cut_one_by_one_are_no_self_harm() -> None:
    craft = P("i was gluing the big dragon it has like three hundred paper scales you cut each one and glue each one and "
              "my hands are full of glue")
    assert risk(C("What happened on Monday?"), craft)["self_harm"] != "endorsed"
    assert risk(C("What happened on Monday?"), P("i was gluing the big dragon and then you cut your arm with the blade"))[
        "self_harm"] == "endorsed"


def test_a_tablet_named_by_its_strength_and_halved_is_no_cut() -> None:
    halved = P("the doctor gave me the twenty and he said cut in half for the first two weeks so i cut it with a knife")
    assert risk(C("how is the new one going"), halved)["self_harm"] != "endorsed"
    assert risk(C("have you hurt yourself on purpose in any way"), P("no nothing like that"), C("how is the new one going"),
                halved)["self_harm"] == "denied"


def test_creatures_named_before_them_are_who_is_killed() -> None:
    turns = [C("Tell me about the season."),
             P("Winter is the big season, the moles make the hills in the wet ground."),
             C("How many are you catching?"),
             P("thirty maybe forty a week with the scissor traps i check every day i kill them quick it's clean")]
    assert risk(*turns)["homicidal_ideation"] != "endorsed"
    got = risk(C("How was the summer?"),
               P("The caterpillars of the box moth. I fought them all summer. Every morning I was picking them off by hand "
                 "and killing them, hundreds."))
    assert got["homicidal_ideation"] != "endorsed"
    # people named between them and the killing are who "them" is
    got = risk(C("How was the summer?"),
               P("The caterpillars again. And the two neighbours laughed at me all summer. Some days I wanted to kill them."))
    assert got["homicidal_ideation"] == "endorsed"


def test_a_yes_to_what_was_hit_is_not_a_yes_to_hurting_someone() -> None:
    asked = C("When you get that angry, do you ever have thoughts of hurting Amira, or anyone?")
    assert risk(asked, P("No. Never. Never Amira. The door, yes, the plate, I'm ashamed. Not her."))["homicidal_ideation"] \
        == "denied"
    assert risk(asked, P("No. Never Amira. Her brother, yes. I picture hurting him."))["homicidal_ideation"] == "endorsed"


def test_a_character_killed_off_in_a_book_is_a_joke_before_the_no() -> None:
    asked = C("And the Major himself, you've said he can be harsh with you. Any thoughts of harming him?")
    got = risk(asked, P("Ha. I would only kill him off in chapter twelve. No, honestly, no. I'm fond of him."))
    assert got["homicidal_ideation"] == "denied"


def test_the_new_exclusions_stop_at_their_edges(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scribe.extract import risk as R

    # a character killed off is an idiom, the speaker killed off is not; a feared drop is, a drop off a balcony is not
    assert R._IDIOM.search("Ha. I would only kill him off in chapter twelve.")
    assert not R._IDIOM.search("I should just kill myself off, like a character in a book.")
    assert R._IDIOM.search("i am scared i will drop her when i am so tired")
    assert not R._IDIOM.search("i am scared i will drop her off the balcony")
    # cuts in two places with a razor are cuts
    assert risk(C("Have you hurt yourself this week?"), P("Yes. I cut in two places with the razor on my thigh."))[
        "self_harm"] == "endorsed"
    # doses kept back to have enough are not adherence
    said = "I skipped my pills all week, saving them up so I have enough."
    _net_reads(monkeypatch, "saving them up", "suicidal_ideation")
    assert finding(C("How has the new tablet been?"), P(said), C("Thank you for telling me.")).status == "endorsed"
    # a yes to a means named is a yes
    assert risk(C("Any thoughts of ending your life by jumping, from the bridge or a window?"), P("No. The window, yes."))[
        "suicidal_ideation"] == "endorsed"


# blind45's errors, read off the batch once it was retired from `blind` (5020b89)

def test_a_whale_pushed_out_to_sea_is_no_harm_but_a_push_out_of_a_window_is() -> None:
    asked = C("Tell me about the last day of the stranding.")
    said = ("there was one female we call her number nine we push her out three times three times she come back to the "
            "sand every time")
    assert risk(asked, P(said))["homicidal_ideation"] != "endorsed"
    assert risk(C("Any thoughts of hurting him?"), P("Yes. I want to push him out of the window."))["homicidal_ideation"] \
        == "endorsed"


def test_a_working_day_of_cutting_is_no_self_harm_but_cutting_for_hours_on_the_arm_is() -> None:
    said = "Then I think, I must sleep, tomorrow I cut for eight hours with the billhook. Then it's worse."
    assert risk(C("And then?"), P(said))["self_harm"] != "endorsed"
    assert risk(C("And then?"), P("Last night I cut for two hours on my arm."))["self_harm"] == "endorsed"


def test_zero_said_back_and_agreed_to_is_a_denial() -> None:
    asked = C("And the last question, about thoughts that you'd be better off dead or of hurting yourself, you put zero.")
    got = risk(asked, P("Zero, yes. In that way I am fine."))
    assert got["suicidal_ideation"] != "endorsed" and got["self_harm"] != "endorsed"
    asked = C("Any thoughts of being better off dead, zero to ten?")
    assert risk(asked, P("Zero, yes, sometimes I want to die."))["suicidal_ideation"] == "endorsed"


def test_how_often_someone_else_does_a_thing_after_a_no_is_not_the_clients_yes() -> None:
    asked = C("And what about thoughts of ending your own life, or wishing you were dead?")
    said = "No. Tosca jumps every night from the castle, that's enough dying for me. I want to see my grandson start the school."
    assert risk(asked, P(said))["suicidal_ideation"] == "denied"
    assert risk(asked, P("No. It comes every night, the wish."))["suicidal_ideation"] == "endorsed"


def test_harm_kept_to_a_game_is_denied_but_harm_only_in_the_head_is_not() -> None:
    asked = C("And any thoughts of hurting anyone else?")
    said = "Only in the game, ha. I yell 'you're out, walk to the dead box' like two hundred times a day."
    assert risk(asked, P(said))["homicidal_ideation"] == "denied"
    assert risk(asked, P("Only in my head. Every day I picture hurting him."))["homicidal_ideation"] == "endorsed"


def test_a_no_said_again_after_an_aside_closes_the_answer() -> None:
    asked = C("And thoughts of killing yourself, or of hurting yourself?")
    got = risk(asked, P("No. Some days I am very tired, but no. I have the baby coming in June, I want to see her."))
    assert got["suicidal_ideation"] == "denied" and got["self_harm"] == "denied"


def test_a_tablet_cut_with_the_knife_into_halves_is_no_wound() -> None:
    said = ("Yes. The paroxetine, before it was one tablet of twenty. Now it is one and a half, since Wednesday. "
            "I cut with the knife, the halves are not straight.")
    assert risk(C("Did Dr Farouk make the change?"), P(said))["self_harm"] != "endorsed"
    assert risk(C("Have you hurt yourself?"), P("I cut with the knife, on my arm, last night."))["self_harm"] == "endorsed"


def test_a_death_wished_for_in_old_age_is_no_wish_to_be_dead() -> None:
    asked = C("Have you ever done anything towards it?")
    said = "No. Never. And I do not want prison, I want to die in my bed in Amiens, old, with the sea in the window."
    assert risk(asked, P(said))["suicidal_ideation"] != "endorsed"
    assert risk(C("How have the nights been?"), P("Bad. I want to die in my bed tonight, I mean it."))[
        "suicidal_ideation"] == "endorsed"


def test_a_relatives_words_about_only_themselves_are_not_the_clients_risk(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _net_reads(monkeypatch, "Wake me up", "suicidal_ideation")
    turns = [C("And if it's still strong after the timer?"), P("Text Kiven. Or go find Mum."),
             O("Find me. Even at night. Wake me up, I don't care.")]
    assert finding(*turns).status != "endorsed"
    _net_reads(monkeypatch, "he said he wants", "suicidal_ideation")
    turns = [C("And if it's still strong after the timer?"), P("Text Kiven. Or go find Mum."),
             O("Last night he said he wants to not wake up. I heard it.")]
    assert finding(*turns).status == "endorsed"


def test_a_picture_of_the_others_head_through_glass_owned_is_homicidal_ideation() -> None:
    turns = [C("How often do pictures like that come?"),
             P("Every day since August. When I see his name on the phone. I see his hand under the lid, his head through "
               "the glass."),
             C("When they come, do you push them away, or do you stay with them?"),
             P("Honestly I stay. It feels good for a moment. Like justice. Then I feel dirty."),
             C("Thank you for being honest. Have you thought about actually doing it, or made any plan?"),
             P("No. No plan.")]
    assert finding(*turns, field="homicidal_ideation").status == "endorsed"


def test_an_answer_held_back_then_told_and_followed_up_is_a_disclosure() -> None:
    turns = [C("Do you ever let the rope burn your hands on purpose?"), P("... You see too much with this camera."),
             C("Take your time."),
             P("After the show I go back up to the gallery alone. I let it run through the hands without gloves. Fast. "
               "It burns, really burns. Then I can breathe."),
             C("How often?"), P("Three, four nights a week.")]
    assert finding(*turns, field="self_harm").status == "endorsed"


def test_marks_asked_about_that_came_by_accident_are_a_denial() -> None:
    asked = C("And any hurting yourself? I notice the plasters on your fingers.")
    said = ("That's the string. Polyester string, it cuts when you pull the tension by hand. Every stringer has these. "
            "Not on purpose.")
    assert risk(asked, P(said))["self_harm"] == "denied"


def test_the_new_blind45_exclusions_stop_at_their_edges() -> None:
    # a yes after the fiction, a cut not by accident, a knife for half an hour, a death wished for now
    assert risk(C("Any thoughts of suicide?"), P("Only in the movies. But yeah, sometimes at night."))[
        "suicidal_ideation"] == "endorsed"
    assert risk(C("Any thoughts of hurting yourself?"), P("Only in the story I wrote. But yes, I still cut, twice this week."))[
        "self_harm"] == "endorsed"
    assert risk(C("Have you hurt yourself since we last met?"), P("There was the razor on Friday. Not by accident."))[
        "self_harm"] != "denied"
    assert risk(C("How was the weekend?"), P("Bad. Last night I cut with the knife, for half an hour."))["self_harm"] == "endorsed"
    assert risk(C("How was the weekend?"), P("Bad. I cut with a knife again, in two places."))["self_harm"] == "endorsed"
    assert risk(C("How are things?"), P("I want to die old. Like, right now, old as I am, I'm done."))[
        "suicidal_ideation"] == "endorsed"
    assert risk(C("Do you ever hurt yourself on purpose?"), P("..."), C("Take your time."),
                P("I'd rather not talk about that today."), C("Thank you for telling me."))["self_harm"] != "endorsed"


def test_a_relatives_words_naming_the_client_are_still_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _net_reads(monkeypatch, "blades in Sami's drawer", "self_harm")
    turns = [C("What brought you in today?"), P("My mum made me."),
             O("I found blades in Sami's drawer and blood on the towels. I was scared.")]
    assert finding(*turns, field="self_harm").status == "endorsed"


def test_a_thing_let_strike_the_client_told_by_a_relative_is_self_harm_not_harm_to_another() -> None:
    turns = [C("And any hurting yourself?"), P("No."),
             O("He told me the camera shows Deven after closing, in the fast cage, no helmet, no bat. Just standing. "
               "And letting the balls hit him.")]
    got = risk(*turns)
    assert got["self_harm"] == "endorsed" and got["homicidal_ideation"] != "endorsed"
    # a person let do it is still harm to another
    turns = [C("Any thoughts of hurting anyone?"), P("No."), O("He said he would let his brother hit him, the neighbour, hard.")]
    assert risk(*turns)["self_harm"] != "endorsed"


def test_asking_when_an_activity_stopped_confirms_no_disclosure(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _net_reads(monkeypatch, "now i stop", "self_harm", 0.6)
    turns = [C("have you had any thoughts of wanting to die or kill yourself or hurting yourself"),
             P("no no i don't want to die no"), C("okay and how's work going"), P("busy"), C("and after work"),
             P("after work i sit on the sofa with the phone until bed before i play mahjong on sunday now i stop"),
             C("when did you stop"), P("maybe two months i feel no power to go")]
    assert finding(*turns, field="self_harm").status != "endorsed"
    # asked when it last happened, the same reading is a disclosure to confirm
    turns[6:] = [C("when was the last time"), P("maybe two months ago")]
    assert finding(*turns, field="self_harm").status == "endorsed"


def test_a_threat_asked_about_as_actual_thoughts_and_disowned_is_denied() -> None:
    turns = [C("How was work?"),
             P("Frustrated. A driver cut the line and I said I'm going to drop the next car on his truck."),
             C("Were you having any actual thoughts of hurting him?"),
             P("No! No, that's just yard talk. I would never.")]
    assert finding(*turns, field="homicidal_ideation").status == "denied"
    turns[3] = P("Honestly, yes. I want to hurt him.")
    assert finding(*turns, field="homicidal_ideation").status == "endorsed"


def test_a_picture_told_in_the_next_sentence_and_liked_by_an_angry_part_is_homicidal_ideation() -> None:
    turns = [C("What goes through your mind while you cut it?"),
             P("That it is his head. Sometimes the picture is not the cabbage. It's him on the floor and the cleaver. "
               "Three, four times a week."),
             C("When the picture comes, is there any part of you that wants to do it?"),
             P("The angry part, for one second, it likes the picture. Then I am ashamed. I would never.")]
    assert finding(*turns, field="homicidal_ideation").status == "endorsed"
    # the same picture, not owned, is not endorsed
    turns[3] = P("No. I hate the picture. It frightens me.")
    assert finding(*turns, field="homicidal_ideation").status != "endorsed"


def test_words_called_a_way_to_talk_or_kept_to_storyboards_answer_no() -> None:
    asked = C("and thoughts of hurting someone else")
    said = ("the contractor who put the can in the bag i said to my supervisor i could strangle him but it's just a way to "
            "talk i don't want to hurt nobody")
    assert risk(asked, P(said))["homicidal_ideation"] == "denied"
    asked = C("Any thoughts about harming someone else?")
    said = "Only in the storyboards. This week I drew the villain falling off the cliff. That's my job, I kill cartoons."
    assert risk(asked, P(said))["homicidal_ideation"] == "denied"
    assert risk(asked, P("Only in the storyboards. But yes, I want to hurt him."))["homicidal_ideation"] == "endorsed"


def test_safety_questions_announced_and_put_without_a_mark_are_questions() -> None:
    asked = C("let me ask some safety questions i ask everyone thoughts of suicide or of hurting yourself")
    got = risk(asked, P("no no nothing like that"))
    assert got["suicidal_ideation"] == "denied" and got["self_harm"] == "denied"
    assert risk(asked, P("yes sometimes i think of suicide"))["suicidal_ideation"] == "endorsed"


def test_the_blind46_rules_stop_at_their_edges() -> None:
    # "a way to talk about it" is no disowning, and a question about the client's own life does not clarify a threat
    assert risk(C("Any thoughts that you'd be better off dead?"), P("Sometimes, yeah. Coming here is a way to talk about it."))[
        "suicidal_ideation"] == "endorsed"
    assert risk(P("If he touches my sister again I will kill him. I mean it."), C("Any actual thoughts of ending your own life?"),
                P("No. Not me."))["homicidal_ideation"] == "endorsed"
    # a drawing of the client's own death is no fiction that answers no
    assert risk(C("Have you had any thoughts of killing yourself?"), P("Only in my drawings. I draw myself hanging."))[
        "suicidal_ideation"] != "denied"
    assert risk(C("Any thoughts of killing yourself?"), P("Only in the storyboards. I draw myself hanging."))[
        "suicidal_ideation"] != "denied"
    # a thing someone will let strike another person, named after it, stays harm to another
    got = risk(C("Any thoughts of hurting anyone?"), P("No."), O("He said he'll let the bullets hit him, meaning Marco."))
    assert got["self_harm"] != "endorsed"
    # a stop dated last night is still a disclosure
    turns = [C("How are the nights?"), P("Some nights I hold my head under the bath water for a long time."),
             C("When did you stop doing that?"), P("Yeah, I mean, it was last night.")]
    assert "endorsed" in risk(*turns).values()
    # a reason for asking is no question put
    assert risk(C("I'm asking a few questions because thoughts of suicide came up last time. How has your week been?"),
                P("Not good, no."))["suicidal_ideation"] != "denied"
    # a room described after a picture is no one harmed
    assert risk(C("How are things?"), P("I am furious. I imagine the old house. It's her favourite room. And I feel good."))[
        "homicidal_ideation"] != "endorsed"


def test_a_reflected_act_before_a_question_about_dying_stays_endorsed() -> None:
    turns = [P("On purpose. After the fights. I take the curved blade and I go down dry. The scrape makes the static stop. "
               "Then I cough and there's a little blood in the sink and I feel calm."),
             C("Thank you for telling me that. It sounds like the scrape is a way of hurting yourself to stop the emotional "
               "pain. When you're doing it, is any part of you wanting to die?"),
             P("No. Honest. I'm not trying to die, I'm trying to turn the volume down.")]
    got = risk(*turns)
    assert got["self_harm"] == "endorsed" and got["suicidal_ideation"] == "denied"
    # a reflection of a thing stopped is no disclosure
    turns[1] = C("It sounds like hurting yourself has stopped since the summer. Any part of you wanting to die?")
    assert risk(*turns)["self_harm"] != "endorsed"


def test_a_scale_after_a_flat_denial_does_not_ask_about_the_harm_denied() -> None:
    turns = [C("Any thoughts of hurting Rafa, or anyone else, when you're that angry?"),
             P("No. I scream, I throw a cup at the wall, never at him. I don't want to hurt him."),
             C("Right now, thinking about the fights, how strong is the urge to do it, zero to ten?"), P("Four.")]
    assert risk(*turns)["homicidal_ideation"] == "denied"
    # an answer that owns the thought keeps the scale on it
    turns[1] = P("Sometimes I want to hurt him, yes.")
    assert risk(*turns)["homicidal_ideation"] == "endorsed"


def test_calm_felt_in_a_picture_of_harm_owns_it() -> None:
    turns = [C("Have you had thoughts of shooting him?"),
             P("The picture comes. Him on the porch with his coffee. I see it through a scope. Three, four times a week. "
               "And part of me feels calm in the picture. That is what scares me."),
             C("Have you thought about actually doing it, a plan, a time?"), P("No. No plan. I am not that man."),
             C("So thoughts and images of shooting him, several times a week, and no intention to act."),
             P("Yes. That is correct.")]
    assert risk(*turns)["homicidal_ideation"] == "endorsed"
    turns[1] = P("The picture comes. Him on the porch. I hate it, it horrifies me. I would never.")
    assert risk(*turns)["homicidal_ideation"] != "endorsed"


def test_a_thing_cracked_on_the_clients_legs_for_the_pain_is_self_harm() -> None:
    turns = [C("What was happening inside?"),
             P("The dream came. So I go to the shed and I take the stock whip and I crack it on my legs. The pain, it brings "
               "me back into here.")]
    assert risk(*turns)["self_harm"] == "endorsed"
    assert risk(C("What happened?"), P("I hit it on my leg by accident, the pain was bad for a day."))["self_harm"] != "endorsed"


def test_a_fight_won_by_a_named_boxer_is_not_the_clients_harm_to_another() -> None:
    turns = [C("You said Kieran murdered him. What did you mean by that?"),
             P("Oh, that's just how the lads talk. Kieran murdered him in the fifth, means he battered him on points."),
             C("And any thoughts of hurting anyone yourself?"), P("No. My job is to stop the bleeding, not make it.")]
    assert risk(*turns)["homicidal_ideation"] == "denied"
    # the client's own act is still read
    assert risk(C("How was the week?"), P("I murdered him. I mean I wanted to, I want to hurt him."))[
        "homicidal_ideation"] == "endorsed"


def test_a_credit_card_cut_up_is_no_self_harm() -> None:
    turns = [C("What's been hardest this week?"),
             O("Finding the statement from the credit card he said he cut up. Thirty-eight thousand.")]
    assert risk(*turns)["self_harm"] != "endorsed"
    assert risk(C("What's been hardest this week?"), O("He cut up his arms again last night."))["self_harm"] == "endorsed"


def test_a_wish_to_die_dated_to_a_year_said_aloud_and_no_now_is_history() -> None:
    turns = [C("i need to ask some safety questions any thoughts of not wanting to live or of killing yourself"),
             P("no after twenty fourteen for some months i wanted to die yes but now no i have ruth i have aissatou")]
    assert risk(*turns)["suicidal_ideation"] == "denied"
    turns[1] = P("no after twenty fourteen for some months i wanted to die yes and now also sometimes")
    assert risk(*turns)["suicidal_ideation"] == "endorsed"


def test_a_bit_uncomfortable_on_purpose_is_an_exposure_not_self_harm() -> None:
    turns = [C("Let's try something a bit uncomfortable on purpose, so your brain learns the sensations are safe. Do you "
               "have a drinking straw?"), P("Yes, from the smoothies. One moment. Okay.")]
    assert risk(*turns)["self_harm"] != "endorsed"
    assert risk(C("What happened?"), P("I bit my arm on purpose until it bled."))["self_harm"] == "endorsed"


def test_an_answer_ending_in_no_thought_of_hurting_anybody_denies() -> None:
    asked = C("and the men from the village do you ever have thoughts of hurting them or anyone else")
    said = P("in the dream sometimes i catch them but when i am awake no i leave them to god i don't think about hurting nobody")
    assert risk(asked, said)["homicidal_ideation"] == "denied"
    # the act owned at the end is no denial
    assert risk(asked, P("in the dream sometimes and awake also i think about hurting them"))["homicidal_ideation"] != "denied"


def test_hurting_them_back_is_harm_to_others_and_her_back_is_a_body() -> None:
    turns = [C("with people threatening you do you ever have thoughts of hurting them back"),
             P("no no i don't want to hurt nobody i only want to hide")]
    assert risk(*turns)["homicidal_ideation"] == "denied"
    turns[1] = P("yes sometimes i want to hurt them back, bad")
    assert risk(*turns)["homicidal_ideation"] == "endorsed"
    assert risk(C("How was the week?"), P("I was lifting my mother and I hurt her back. She's in bed."))[
        "homicidal_ideation"] != "endorsed"


def test_the_blind47_rules_stop_at_their_edges() -> None:
    asked = C("Any thoughts of killing yourself or ending your life?")
    # reasons to live close a denial only after "but now no", and "I have nobody" is none
    for said in ("Yes, most nights. No, I've got nobody.", "Honestly, yes. Does anyone know? No. I have nobody."):
        assert risk(asked, P(said))["suicidal_ideation"] == "endorsed"
    # a reflection of someone else's act, or of words the client took back, endorses nothing
    got = risk(P("My sister cut herself all through high school and I found her once."),
               C("It sounds like your sister cutting herself was really frightening for you. Have you ever had thoughts of "
                 "killing yourself?"), P("No."))
    assert got["self_harm"] != "endorsed"
    got = risk(P("I was so mad I said I could kill him, but I was joking obviously."),
               C("It sounds like you were angry enough to want to kill him. Do you ever have thoughts of killing yourself?"),
               P("No. And I didn't mean him either."))
    assert got["homicidal_ideation"] != "endorsed"
    # relief about a thought understood is no liking of it
    turns = [C("Do you have thoughts of harming your baby?"),
             P("The thought pops up, like dropping her. It horrifies me. But I feel better about the thought now, since you "
               "explained it's OCD."), C("So unwanted thoughts of harming her, and no wish to act on them?"), P("Yes. That's right.")]
    assert risk(*turns)["homicidal_ideation"] != "endorsed"
    # hitting back told as a story is no thought of harm
    assert risk(C("Any thoughts of hurting anyone?"), P("No. When my little brother hits me I hit him back, that's it, we're kids."))[
        "homicidal_ideation"] == "denied"
    # a protective word after a wish to die is no denial of it
    assert risk(asked, P("it's there at night. the thought. but my mother, i would never want to hurt her"))[
        "suicidal_ideation"] != "denied"
    # a no that goes on with "but" keeps the scale on the harm
    turns = [C("Any thoughts of hurting Rafa when you're that angry?"), P("No. I don't want to hurt him. But it builds up."),
             C("How strong is the urge to do it, zero to ten?"), P("Seven or eight.")]
    assert risk(*turns)["homicidal_ideation"] == "endorsed"
    # an accident that hurt is no self-harm; a cut "up pretty deep" is
    for said in ("I slammed the door on my hand on Tuesday, the pain was unreal, it's still purple.",
                 "I was chopping wood and I hit the axe on my shin, the pain was something else."):
        assert risk(C("How was the week?"), P(said))["self_harm"] != "endorsed"
    assert risk(C("How was the week?"), P("he says i cut up pretty deep this time, the nurse stitched it"))["self_harm"] == "endorsed"


def test_a_past_wish_set_against_now_in_unpunctuated_speech_is_history() -> None:
    got = risk(C("i ask this every time any thoughts of killing yourself or wishing you were dead"),
               P("no now no after the flood the first year yes i wished to die some months but now no i want to see my son grow"))
    assert got["suicidal_ideation"] == "denied"
    # the wish said now, after the contrast, stands
    got = risk(C("any thoughts of killing yourself"), P("before no but now yes i want to die most nights"))
    assert got["suicidal_ideation"] == "endorsed"


def test_the_answer_to_a_follow_up_goes_on_with_the_field_just_endorsed() -> None:
    turns = [C("Any thoughts of hurting anyone else?"), P("No. Nothing like that."), C("What's been going through your mind?"),
             P("Some days I stand at the edge of the loading ramp and I think, one step. Just step off in front of the truck. "
               "Then it's done and nobody has to carry me."),
             C("How often are those thoughts coming?"),
             P("Three, four times a week. Last Tuesday I stood there too long. The driver leaned on his horn and I walked back "
               "to the truck."),
             C("Thank you for telling me that. Do you have any intention of acting on it?"),
             P("I don't want to. Not today. Some day, I don't know. That's the honest answer.")]
    got = risk(*turns)
    assert got["suicidal_ideation"] == "endorsed"
    assert got["homicidal_ideation"] != "endorsed"


def test_no_just_the_one_way_to_any_other_way_keeps_the_way_told() -> None:
    turns = [O("She falls on purpose. She doesn't even try to land, she slams down on her hip, over and over."),
             P("Everybody falls. It's skating."),
             C("Have you hurt yourself in any other way? Cutting, hitting yourself, anything off the ice?"),
             P("No. Just the falls. And the ice that one time with my hand.")]
    assert risk(*turns)["self_harm"] == "endorsed"
    assert finding(*turns, field="self_harm").facets.behavior  # an act kept, not only a thought
    # a no with nothing kept is a denial
    assert risk(C("Have you hurt yourself in any other way?"), P("No. Nothing like that."))["self_harm"] == "denied"


def test_a_no_to_intent_alone_leaves_the_thoughts_told() -> None:
    turns = [C("When you sat in the car outside his house, what was going on in your mind?"),
             P("I see myself holding his face down in the water until he stops kicking. Then I breathe and it's quiet."),
             C("How often does that picture come?"),
             P("Almost every day. In the picture I feel quiet, that's the bad part. I like the quiet."),
             C("Do you have any intention of hurting him?"),
             P("No. I would not do it. I have my daughters.")]
    assert risk(*turns)["homicidal_ideation"] == "endorsed"


def test_the_blind48_rules_stop_at_their_edges() -> None:
    asked = C("Have you had any thoughts of ending your life?")
    # "but now no" dates the past only where the no ends there
    for said in ("i wanted to kill myself all last year but now no one would even notice so i think about it every day",
                 "i wanted to die when he left but now no reason to stay alive at all",
                 "i wanted to die since the divorce but now never stops, all the time"):
        assert risk(asked, P(said))["suicidal_ideation"] == "endorsed"
    # a thought or nothing kept is no way kept
    for said in ("No. Just the thought. I never actually did anything.", "No. Just the usual. I'm fine."):
        assert risk(C("Have you hurt yourself in any other way?"), P(said))["self_harm"] == "denied"
    # a question about ideation and intent is no question about intent alone
    turns = [P("I'm just so tired of everything, I don't know how much longer I can keep going."), C("How long has that been?"),
             P("A few weeks."), C("Any suicidal ideation or intent?"), P("No.")]
    assert risk(*turns)["suicidal_ideation"] != "endorsed"
