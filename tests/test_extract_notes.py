"""Interventions, homework, next appointment, metaphors, grounding, sections, rendering."""

from __future__ import annotations

import copy

import pytest

from scribe.extract import extract, render_markdown
from scribe.extract.grounding import ground
from scribe.extract.rules import run_rules
from tests._extract_helpers import C, O, P, session

CBT = session(
    C("Hi, how has the week been?"),
    P("Honestly it's like carrying a backpack full of bricks all day, you know?"),
    C("Let's look at the evidence for that thought, the 'I'll get fired' one."),
    P("I got a good review in the fall."),
    C("So what would a more balanced thought sound like? It sounds like part of you expects to be punished."),
    P("Maybe that I make mistakes and that's normal. My memory is a sieve, but I'm good at my job."),
    C("I'd like you to keep a thought record this week, once a day when the anxiety spikes."),
    P("Okay, I can do that."),
    C("Does next Tuesday at 3 pm still work?"),
    P("Yes, next Tuesday at 3 pm is good."),
    fmt="BIRP",
)


@pytest.fixture(scope="module")
def out() -> dict:
    return extract(CBT)


def test_interventions_canonical_names(out: dict) -> None:
    names = {i["name"]: i["evidence"] for i in out["progress_note"]["interventions"]}
    assert set(names) == {"cognitive restructuring", "thought record"}
    assert names["thought record"] == [6]


def test_homework(out: dict) -> None:
    hw = out["progress_note"]["homework"]
    assert hw and hw[0]["evidence"] == [6]
    assert "thought record" in hw[0]["text"]


def test_next_appointment(out: dict) -> None:
    assert out["progress_note"]["next_appointment"] == {"text": "next Tuesday at 3 pm", "evidence": [8, 9]}


def test_metaphors_verbatim_with_evidence(out: dict) -> None:
    quotes = {m["quote"]: m["evidence"] for m in out["psychotherapy_note"]["metaphors"]}
    assert any("like carrying a backpack full of bricks" in q and ev == [1] for q, ev in quotes.items())
    assert any("My memory is a sieve" in q and ev == [5] for q, ev in quotes.items())
    for q, ev in quotes.items():
        # verbatim: every quote (less redactions) is in its evidence turn
        for piece in q.split("[redacted]"):
            assert piece.strip(" ,") in CBT["turns"][ev[0]]["text"]


def test_hypotheses_and_prompts_are_present(out: dict) -> None:
    ws = out["psychotherapy_note"]
    assert any("part of you expects to be punished" in h for h in ws["hypotheses"])
    assert ws["themes"] and ws["reflection_prompts"]


def test_birp_sections_traceable(out: dict) -> None:
    p = out["progress_note"]
    assert list(p["sections"]) == ["Behavior", "Intervention", "Response", "Plan"]
    n = len(CBT["turns"])
    for sentences in p["section_sentences"].values():
        for s in sentences:
            assert all(0 <= i < n for i in s["evidence"])
            assert s["evidence"] or "not assessed" in s["text"]
    assert "thought record" in p["sections"]["Intervention"]


def test_session_facts(out: dict) -> None:
    s = out["progress_note"]["session"]
    assert s["date"] == "2026-01-05" and s["modality"] == "in-person"
    assert s["attendees"] == {"clinician": 5, "client": 5}
    assert s["duration_s"] == pytest.approx(49.5)


def test_gold_is_ignored() -> None:
    with_gold = copy.deepcopy(CBT)
    with_gold["gold"] = {"medications": [{"name": "lithium", "dose": "300 mg", "status": "current"}], "phi_terms": []}
    a, b = extract(with_gold), extract(CBT)
    a["stats"].pop("seconds"), b["stats"].pop("seconds")
    assert a == b


def test_grounding_drops_unsupported_fact_and_counts_it() -> None:
    draft = run_rules(CBT)
    draft["progress_note"]["medications"].append(
        {"name": "lithium", "dose": "300 mg", "status": "current", "evidence": [3]}
    )
    draft["progress_note"]["diagnoses"].append({"icd10": "F20.9", "label": "schizophrenia", "evidence": [1]})
    draft["psychotherapy_note"]["metaphors"].append({"quote": "a storm in a teacup", "evidence": [1]})
    grounded, dropped, checked = ground(draft, CBT["turns"])
    assert dropped == 3
    assert all(m["name"] != "lithium" for m in grounded["progress_note"]["medications"])
    assert grounded["progress_note"]["diagnoses"] == []
    assert checked >= dropped


def test_grounding_drops_wrong_dose() -> None:
    turns = session(P("I'm on Zoloft 50 mg."))["turns"]
    draft = {"progress_note": {"medications": [{"name": "sertraline", "dose": "100 mg", "status": "current",
                                                "evidence": [0]}], "risk": {}},
             "psychotherapy_note": {}}
    _, dropped, _ = ground(draft, turns)
    assert dropped == 1


def test_stats_and_render(out: dict) -> None:
    assert out["stats"]["ungrounded_dropped"] == 0
    # "all day" is no calendar date: the wall leaves it alone (it used to redact it)
    assert out["stats"]["wall_redactions"] >= 0
    assert any("all day" in m["quote"] for m in out["psychotherapy_note"]["metaphors"])
    md = render_markdown(out, "progress")
    assert md.startswith("# Progress note (BIRP)") and "## Intervention" in md
    ws = render_markdown(out, "psychotherapy")
    assert "## Client's metaphors" in ws
    with pytest.raises(ValueError):
        render_markdown(out, "chart")  # type: ignore[arg-type]


def test_bad_input_is_a_typed_error() -> None:
    from scribe.errors import ExtractionError

    with pytest.raises(ExtractionError):
        extract({"id": "x", "meta": {}})
    from scribe.errors import ConfigError

    with pytest.raises(ConfigError, match="engines list"):
        extract(CBT, engine="magic")


# ---- generalisation rules: interventions done without being named, unusual metaphors

def _ivs(*turns: tuple[str, str]) -> set[str]:
    from scribe.extract.rules import extract_interventions

    return {i["name"] for i in extract_interventions(session(*turns)["turns"])}


@pytest.mark.parametrize(
    "text, name",
    [
        ("so what evidence do you have for that thought", "cognitive restructuring"),
        ("Is there another way to look at it?", "cognitive restructuring"),
        ("Breathe in for four, hold for four, out for four.", "relaxation training"),
        ("Put one hand on your chest and one on your belly.", "relaxation training"),
        ("Let's practise saying no to your boss.", "role play"),
        ("Let's list every option, even the bad ones.", "problem solving"),
        ("Drive past it and stay until the anxiety drops by half.", "exposure"),
        ("Spin in the chair for thirty seconds, on purpose, to bring on the dizziness.", "exposure"),
        ("How important is it to you to cut back, zero to ten?", "motivational interviewing"),
        ("When you picture the kind of mom you want to be, what matters most?", "values clarification"),
        ("Where is the feelings thermometer right now?", "emotion regulation skills"),
        ("Let's also make a plan together, on paper.", "safety planning"),
        ("A panic attack is the body's alarm system going off when there's no danger.", "psychoeducation"),
    ],
)
def test_implicit_intervention(text: str, name: str) -> None:
    assert name in _ivs(C(text), P("Okay."))


def test_implicit_role_play_survives_grounding() -> None:
    out = extract(session(C("Let's try it. I'll be Derek. Go."), P("Um, okay.")))
    assert "role play" in {i["name"] for i in out["progress_note"]["interventions"]}


@pytest.mark.parametrize(
    "text, quote",
    [
        ("My to-do list is a hydra. I cross one thing off and two grow back.", "My to-do list is a hydra"),
        ("Grief is a room I keep walking back into.", "Grief is a room I keep walking back into"),
        ("Flat. I'm a houseplant nobody waters.", "I'm a houseplant nobody waters"),
        ("My skin feels like it's full of static.", "My skin feels like it's full of static"),
        ("My tummy has bees in it.", "My tummy has bees in it"),
    ],
)
def test_unusual_metaphors(text: str, quote: str) -> None:
    from scribe.extract.rules import extract_metaphors

    quotes = [m["quote"] for m in extract_metaphors(session(C("How are you?"), P(text))["turns"])]
    assert any(quote in q for q in quotes), quotes


@pytest.mark.parametrize(
    "text, name",
    [
        ("How much do you believe that one, zero to a hundred?", "exposure"),
        ("Let's practice how you'll wind down at night.", "role play"),
        ("What does it do for you when you clean the kitchen?", "motivational interviewing"),
        ("In for four. Out for six.", "relaxation training"),
    ],
)
def test_generic_phrases_do_not_trigger_interventions(text: str, name: str) -> None:
    assert name not in _ivs(C(text), P("Okay."))


def test_run_on_asr_turn_gives_the_image_not_the_whole_turn() -> None:
    """Unpunctuated speech once put a whole turn (a city, a clock time, risk talk) into the workspace as a 'metaphor'."""
    from scribe.extract.rules import extract_metaphors

    turn = {
        "speaker": "client",
        "text": "so we were supposed to go to the mall on saturday and she bailed an hour before and then i saw "
        "her story and i just lost it i felt like my skin was on fire from the inside and i could not sit still "
        "for the rest of the night you know",
    }
    quotes = [m["quote"] for m in extract_metaphors([turn])]
    assert any("skin was on fire" in q for q in quotes), quotes
    assert all(len(q.split()) <= 20 and "mall" not in q for q in quotes), quotes


# ---- issue 8: the narrative in clinical register

from scribe.bench.extraction import note_quality  # noqa: E402
from scribe.extract.register import as_instruction, normalise_appointment  # noqa: E402

VISIT = [
    C("Hi, how has the week been?"),
    P("Rough. I can't fall asleep, maybe four hours a night, and I've been so tired at work."),
    C("You did the PHQ-9 in the waiting room, it came out at fourteen."),
    P("Yeah. Honestly I feel like such a burden to everyone."),
    C("Any thoughts of suicide, of ending your life?"),
    P("No, nothing like that."),
    C("Any thoughts of hurting anyone else?"),
    P("No."),
    C("Dr. Patel increased your Zoloft?"),
    P("Yes, she bumped me up to a hundred milligrams last week."),
    C("Let's look at the evidence for the thought that you're a burden."),
    P("My sister did say she liked having me around."),
    C("How strong is the thought now, zero to ten?"),
    P("Maybe a six."),
    C("What could you try this week when the thought shows up?"),
    P("Write it down?"),
    C("For homework, I'd like you to complete a thought record when you notice the burden thought."),
    P("Okay."),
    C("See you next Tuesday at 3 pm."),
    P("See you then."),
]


def _note(fmt: str, **meta: object) -> dict:
    return extract(session(*VISIT, fmt=fmt, **meta))["progress_note"]


@pytest.mark.parametrize("fmt", ["SOAP", "DAP", "BIRP"])
def test_every_section_in_register_and_every_fact_stated(fmt: str) -> None:
    p = _note(fmt)
    q = note_quality(p)
    assert q["questions"] == [] and q["person_outside_quotes"] == [], q
    assert q["missing_facts"] == [] and q["contradictions"] == [], q
    assert q["quoted_share"] < 0.2
    sentences = [s["text"] for v in p["section_sentences"].values() for s in v]
    assert all(t.endswith((".", '."')) and ".." not in t for t in sentences), sentences


def test_clinicians_question_never_becomes_homework() -> None:
    hw = _note("SOAP")["homework"]
    assert [h["text"] for h in hw] == ["Complete a thought record when they notice the burden thought"]
    assert as_instruction("What could you try this week?") is None
    assert as_instruction("where can you go instead when it starts") is None


def test_homework_is_an_instruction_in_the_plan() -> None:
    plan = _note("SOAP")["sections"]["Plan"]
    assert "Homework: Complete a thought record when they notice the burden thought." in plan


def test_burden_words_next_to_denied_si_stay_out_of_the_narrative() -> None:
    p = _note("SOAP")
    assert p["risk"]["suicidal_ideation"]["status"] == "denied"
    text = " ".join(p["sections"].values()).lower()
    assert "burden thought" in text  # the homework may name the thought it targets
    assert "such a burden" not in text and "Suicidal ideation: denied." in p["sections"]["Objective"]


def test_next_appointment_dated_against_the_session_with_one_full_stop() -> None:
    plan = _note("SOAP")["sections"]["Plan"]
    assert "Next appointment: Tuesday 13 January 2026 at 3 pm." in plan and ".." not in plan
    assert normalise_appointment("the 21st", "2026-01-05") == "Wednesday 21 January 2026"
    assert normalise_appointment("Thursday", None) is None


def test_two_full_stops_when_the_phrase_ends_in_one() -> None:
    from scribe.extract.sections import _appointment_sentence

    s = _appointment_sentence({"next_appointment": {"text": "same time next week.", "evidence": [3]}, "session": {}})
    assert s is not None and s["text"] == "Next appointment: same time next week."


def test_about_1_minutes() -> None:
    short = extract(session(C("Hi."), P("Hi."), duration_seconds=61.0))["progress_note"]
    obj = short["sections"]["Objective"]
    assert "about 1 minute recorded" in obj and "1 minutes" not in obj


def test_duration_from_duration_seconds() -> None:
    p = _note("SOAP", duration_seconds=3000.0)
    assert p["session"]["duration_s"] == 3000.0
    assert "about 50 minutes recorded" in p["sections"]["Objective"]


def test_symptoms_by_domain_with_evidence() -> None:
    sym = {s["domain"]: s for s in _note("SOAP")["symptoms"]}
    assert sym["sleep"]["evidence"] == [1] and "difficulty sleeping" in sym["sleep"]["text"]
    assert "about 4 hours of sleep a night" in sym["sleep"]["text"]
    assert "energy" in sym
    assert "Sleep: the client reported difficulty sleeping" in _note("SOAP")["sections"]["Subjective"]


def test_measures_said_aloud() -> None:
    got = {(m["instrument"], m["score"]): m["evidence"] for m in _note("SOAP")["measures"]}
    assert got == {("PHQ-9", 14): [2], ("0-10 rating", 6): [12, 13]}


def test_medication_change_attributed_to_the_prescriber() -> None:
    plan = _note("SOAP")["sections"]["Plan"]
    assert "Medication change by the prescriber: sertraline dose changed to 100 mg." in plan


def test_a_drug_stopped_on_the_clients_own_is_not_the_prescribers_change_though_a_doctor_is_named() -> None:
    out = extract(session(C("And the medicines?"),
                          P("The omeprazole twenty before breakfast, because the doctor said the acid is touching the cords."),
                          C("And the escitalopram?"),
                          P("Ah, that one I stopped it myself. The doctor said six months, but I felt better.")))
    plan = " ".join(out["progress_note"]["sections"].values())
    assert "escitalopram stopped, as reported by the client; to be reviewed with the prescriber" in plan
    assert "Medication change by the prescriber: escitalopram" not in plan


def test_grounding_drops_unsupported_symptom_and_measure() -> None:
    draft = run_rules(session(*VISIT))
    draft["progress_note"]["symptoms"].append({"domain": "appetite", "text": "reduced appetite", "evidence": [1]})
    draft["progress_note"]["measures"].append({"instrument": "GAD-7", "score": 12, "evidence": [2]})
    grounded, dropped, _ = ground(draft, session(*VISIT)["turns"])
    assert dropped == 2
    assert "appetite" not in {s["domain"] for s in grounded["progress_note"]["symptoms"]}


def test_assessment_never_quotes_reassurance_or_small_talk() -> None:
    p = extract(session(C("How was the drive in?"), P("Fine, traffic."), C("You're doing great, don't worry, it makes sense."),
                        P("Thanks.")))["progress_note"]
    assert "great" not in p["sections"]["Assessment"] and "traffic" not in p["sections"]["Assessment"]


def test_birp_response_in_register() -> None:
    resp = _note("BIRP")["section_sentences"]["Response"]
    assert resp and all(s["text"].startswith(("The client", "Self-rating")) for s in resp)
    assert all(s["evidence"] for s in resp)


def test_subjective_never_empty_when_the_client_spoke_of_no_named_symptom() -> None:
    s = session(
        C("Can you hear me okay?"),
        P("Yeah, I can hear you, sorry, the wifi is being weird today."),
        C("What's been going on?"),
        P("We had a huge fight on Saturday about his brother staying with us."),
        C("What happened?"),
        P("He invited him without asking me and then they laughed at me when I got upset."),
    )
    subjective = extract(s)["progress_note"]["sections"]["Subjective"]
    assert subjective.startswith("Topics the client discussed: ")
    assert "In the client's words: \"We had a huge fight on Saturday about his brother staying with us.\"" in subjective
    assert "wifi" not in subjective


def test_homework_given_as_an_imperative_this_week() -> None:
    s = session(
        C("How was group?"),
        P("I missed it twice."),
        C("Okay."),
        P("The bus is confusing."),
        C("So this week take the early bus to group and call your sister if you miss it."),
        P("Okay."),
    )
    hw = extract(s)["progress_note"]["homework"]
    assert [h["evidence"] for h in hw] == [[4]] and hw[0]["text"].startswith("Take the early bus to group")


def _measures(*turns) -> list[tuple[str, int, list[int]]]:
    from scribe.extract.findings import extract_measures

    return [(m["instrument"], m["score"], m["evidence"]) for m in extract_measures(list(session(*turns)["turns"]))]


def test_a_run_of_suds_ratings_in_an_exposure_is_every_rating() -> None:
    got = _measures(
        C("Before we start the recording, what's your SUDS right now?"),
        P("Um, maybe a sixty. Sixty-five."),
        C("Okay, press play and keep listening."),
        P("This is awful."),
        C("Stay with it. What's the number?"),
        P("Eighty. My hands are sweating."),
        C("Keep going, don't turn it off."),
        P("Seventy, it's a bit less now."),
        C("and now"),
        P("forty i think"),
        C("Good. The last time you did this at home, where were you?"),
        P("At home it was a ninety the first time."),
    )
    assert got == [("SUDS", 65, [0, 1]), ("SUDS", 80, [0, 4, 5]), ("SUDS", 70, [0, 7]), ("SUDS", 40, [0, 8, 9])]


def test_disturbance_zero_to_ten_is_suds_and_belief_ratings_are_not_measures() -> None:
    assert _measures(
        C("Bring up the picture. How disturbing does it feel now, zero to ten?"),
        P("Like an eight."),
    ) == [("SUDS", 8, [0, 1])]
    assert _measures(
        C("How much do you believe the thought that you're a fraud, zero to a hundred?"),
        P("Ninety."),
    ) == []


def test_a_recalled_score_is_not_this_sessions_measure() -> None:
    assert _measures(C("What were your SUDS on the drive?"), P("the first time like a seventy then forty")) == []


@pytest.mark.parametrize("text, domain", [
    ("honestly i've been so angry, i blew up at my brother twice", "mood"),
    ("I've just been flat. Gray. Nothing lands.", "mood"),
    ("i feel so alone in that house", "mood"),
    ("I'm sleeping maybe four hours since the baby came.", "sleep"),
    ("two hours in a row at most, then she's up again", "sleep"),
    ("i'm up at three in the morning every night", "sleep"),
    ("I'm hungry all the time on the new shot.", "appetite"),
    ("I got suspended on Friday and I might be losing my job.", "functioning"),
    ("I stopped going to choir, I just can't.", "functioning"),
    ("i'm jittery at night", "anxiety"),
])
def test_symptom_domains_in_other_words(text: str, domain: str) -> None:
    from scribe.extract.findings import symptom_cues_in

    assert domain in {cue.domain for cue, _ in symptom_cues_in(text)}


@pytest.mark.parametrize("text", [
    "We sat down and talked it over.",
    "I was up at three in the afternoon for the game.",
    "My brother was so angry at his boss.",
])
def test_symptom_domains_not_from_other_uses_of_the_words(text: str) -> None:
    from scribe.extract.findings import symptom_cues_in

    assert not [c for c, _ in symptom_cues_in(text) if c.domain in ("mood", "sleep")]


@pytest.mark.parametrize("text, image", [
    ("it's been bad like i'm sleeping four hours and i just feel like i'm wading through wet sand all day",
     "feel like i'm wading through wet sand all day"),
    ("I sat there with the check, and I felt like a stranger in my own kitchen, like I'm watching them through a window.",
     "like I'm watching them through a window"),
    ("Honestly I feel like we're living in two different houses under the same roof.",
     "I feel like we're living in two different houses under the same roof"),
])
def test_every_image_in_a_run_on_turn_is_kept(text: str, image: str) -> None:
    from scribe.extract.metaphors import extract_metaphors

    quotes = [m["quote"] for m in extract_metaphors(session(C("How was the week?"), P(text))["turns"])]
    assert any(image in q for q in quotes), quotes
    assert not any(q.startswith("bad like") for q in quotes)


@pytest.mark.parametrize("text", [
    "i honestly thought i was dying like last year at the meeting",
    "I'm late, like every day, ten minutes",
    "it's more like sometimes when i'm driving home i think about stuff",
])
def test_like_before_a_time_is_not_a_simile(text: str) -> None:
    from scribe.extract.metaphors import extract_metaphors

    assert extract_metaphors(session(C("How was the week?"), P(text))["turns"]) == []


@pytest.mark.parametrize("phrase, value", [
    ("one and a half", 1.5), ("two and a half", 2.5), ("one half", 0.5), ("a half", 0.5), ("point two five", 0.25),
    ("one fifty", 150.0), ("a hundred and fifty", 150.0),
])
def test_spoken_numbers(phrase: str, value: float) -> None:
    from scribe.extract.text import parse_number

    assert parse_number(phrase) == value


def test_grounding_reads_a_dictionary_drug_the_way_extraction_names_it() -> None:
    from scribe.extract.grounding import supports_medication

    turns = [{"speaker": "client", "start": 0.0, "end": 3.0, "text": "I take vilazodone hydrochloride every morning."}]
    assert supports_medication({"name": "vilazodone", "dose": None, "evidence": [0]}, turns)
    assert not supports_medication({"name": "sertraline", "dose": None, "evidence": [0]}, turns)


@pytest.mark.parametrize("turns, want", [
    ([C("you scored a nineteen on the p h q nine"), P("yeah")], ("PHQ-9", 19)),
    ([C("How would you rate your mood this week, zero being the worst and ten the best?"), P("Four, I guess.")],
     ("0-10 rating", 4)),
    ([C("How distressed are you right now, zero to a hundred?"), P("Eighty.")], ("SUDS", 80)),
    ([C("And the PCL, you got 48."), P("Is that bad?")], ("PCL-5", 48)),
])
def test_scores_said_other_ways(turns: list, want: tuple) -> None:  # type: ignore[type-arg]
    assert want in [(m[0], m[1]) for m in _measures(*turns)]



@pytest.mark.parametrize("text, domain", [
("I can't focus on anything at work, I read the same email five times.","concentration"),
("my memory is shot i keep forgetting appointments","concentration"),
("I've got zero energy, I'm dragging all day.","energy"),
("i'm wiped by two in the afternoon","energy"),
("I haven't been hungry at all, I eat maybe once a day.","appetite"),
("I've lost like fifteen pounds since March without trying.","appetite"),
("I've been eating junk all night, like whole bags of chips.","appetite"),
("I called out of work three times this month.","functioning"),
("I haven't opened my mail in weeks, the bills are piling up.","functioning"),
("My grades tanked this semester.","functioning"),
("I've been drinking most nights, like four or five beers.","substance use"),
("I smoked weed every day this week to calm down.","substance use"),
("I wake up at four and can't get back to sleep.","sleep"),
("I sleep like ten, twelve hours and still feel tired.","sleep"),
("My heart pounds and my hands shake before meetings.","anxiety"),
("I worry constantly about money.","anxiety"),
("I just feel numb, like nothing matters.","mood"),
("I've been crying in the car every day after work.","mood"),
("I don't enjoy anything anymore, not even fishing.","mood"),
("I snap at the kids over nothing.","mood"),
("i cant sit still my leg bounces all day","anxiety"),
("I feel keyed up all the time, like something bad is going to happen.","anxiety")
])
def test_symptom_domains_in_everyday_words(text: str, domain: str) -> None:
    from scribe.extract.findings import symptom_cues_in

    assert domain in {cue.domain for cue, _ in symptom_cues_in(text)}


@pytest.mark.parametrize("text, want", [
    ("Most nights I wake at three and just lie there.", True),
    ("i wake, two, three o'clock, and that's it for the night", True),
    ("Lately I wake around four, wide awake.", True),
    ("I wake at seven with the alarm, same as always.", False),
    ("I wake at 2 pm on weekends, no big deal.", False),
])
def test_waking_without_up_is_early_waking(text: str, want: bool) -> None:
    from scribe.extract.findings import symptom_cues_in

    got = "night-time or early waking" in {desc for _, desc in symptom_cues_in(text)}
    assert got == want


def test_a_field_asked_about_but_not_answered_says_so_and_cites_where() -> None:
    out = extract(session(
        C("Have you had any thoughts of hurting yourself or ending your life?"),
        P("Honestly, some nights I wish I could go to sleep and not wake up. I have not made any plan."),
    ))["progress_note"]
    sh = out["risk"]["self_harm"]
    assert sh["status"] == "not_assessed" and sh["needs_review"] and sh["evidence"] == [0, 1]
    assert "Self-harm not assessed: asked about, but the answer did not address it." in out["sections"]["Objective"]


def test_the_desk_keeps_the_engines_evidence_for_each_sentence() -> None:
    from scribe.store import notedoc

    note = extract(session(C("How has it been?"), P("We had a huge fight on Saturday about his brother staying over."),
                           C("What happened?"), P("He invited him without asking me and they laughed when I got upset.")))
    doc = notedoc.new_document(note["progress_note"], ["How has it been?", "x", "y", "z"])
    subjective = doc["progress_note"]["sections"]["Subjective"]
    assert subjective == note["progress_note"]["section_sentences"]["Subjective"]
    assert all(s["evidence"] for s in subjective)


def test_the_client_quote_is_never_the_answer_to_a_risk_question() -> None:
    out = extract(session(
        C("Have you had any thoughts of suicide or of hurting yourself?"),
        P("No no I'm fine, it's just that I'm so tired all the time."),
        C("What's the mood like during the day?"),
        P("Flat. I feel like a ghost in my own kitchen most days."),
    ))["progress_note"]
    subjective = out["sections"]["Subjective"]
    assert "I'm fine" not in subjective
    assert "ghost in my own kitchen" in subjective


def test_a_clinicians_summary_of_the_week_is_never_homework() -> None:
    from scribe.extract.rules import extract_homework

    turns = [{"speaker": "client", "text": "It was a hard week."}] * 4 + [
        {"speaker": "clinician", "text": "Let me say back what I heard. Nearly every night you have thoughts of hurting "
                                         "the man next door. You don't intend to act on them."},
        {"speaker": "client", "text": "Yes, that's it."},
        {"speaker": "clinician", "text": "This week, practice the breathing every night before bed."},
    ]
    assert [h["text"] for h in extract_homework(turns)] == ["Practice the breathing every night before bed"]


@pytest.mark.parametrize("said, value", [("a ten", 10.0), ("a four", 4.0), ("a hundred", 100.0), ("a half", 0.5),
                                         ("fifteen sixty", 1560.0), ("one fifty", 150.0), ("twenty five", 25.0)])
def test_spoken_numbers_with_an_article_or_said_like_a_year(said: str, value: float) -> None:
    from scribe.extract.text import parse_number

    assert parse_number(said) == value


def test_a_list_of_the_session_opened_by_today_is_not_homework() -> None:
    from scribe.extract.rules import extract_homework

    turns = [{"speaker": "client", "text": "Okay."}] * 4 + [
        {"speaker": "clinician", "text": "Not bipolar. So today: ten milligrams, the cravings at three, the pictures "
                                         "every night without a plan, and the stairs. Next Wednesday at four?"}]
    assert extract_homework(turns) == []


def test_an_improvement_only_domain_is_progress_not_a_symptom() -> None:
    p = extract(session(
        C("How has the week been?"),
        P("Sleep's been better since the new routine, and I haven't had a drink in three weeks."),
        C("And work?"),
        P("I've missed two shifts because I couldn't face it."),
        fmt="SOAP",
    ))["progress_note"]
    assert {s["domain"] for s in p["symptoms"]} == {"functioning"}
    text = " ".join(p["sections"].values())
    assert "Progress: the client reported improved sleep and reduced use or abstinence" in text
    assert note_quality(p)["missing_facts"] == []


def test_an_endorsed_finding_under_review_does_not_say_no_preparation_was_reported() -> None:
    from scribe.extract.sections import _risk_detail

    item = {"status": "endorsed", "needs_review": True,
            "facets": {"active_thoughts": True, "intent": False, "plan": False, "preparatory_behavior": False,
                       "timeframe": "current"}}
    clause = _risk_detail("suicidal_ideation", item)
    assert "reported" not in clause and "intent, plan and preparatory behaviour not established" in clause
    settled = dict(item, needs_review=False)
    assert "no intent, plan or preparatory behaviour reported" in _risk_detail("suicidal_ideation", settled)


def test_the_progress_note_never_repeats_a_workspace_theme_label() -> None:
    from scribe.extract.lexicons import THEMES
    from scribe.extract.sections import _CONCERN_WORDS

    assert set(_CONCERN_WORDS) == set(THEMES) and not set(_CONCERN_WORDS.values()) & set(THEMES)
    out = extract(session(C("How was the week?"), P("Work was busy, my boss piled on a deadline."),
                          C("Go on."), P("The job is all I think about, the office at night too."),
                          C("And the weekend?"), P("Back at work Saturday for the shift.")))
    text = render_markdown(out, "progress")
    assert "stress at work" in text
    assert not any(theme in text for theme in THEMES)
    assert "work and performance pressure" in render_markdown(out, "psychotherapy")


def test_a_denial_with_past_history_does_not_read_as_active_thoughts_now() -> None:
    from scribe.extract.sections import _risk_detail

    item = {"status": "denied", "facets": {"active_thoughts": True, "timeframe": "past"}}
    assert _risk_detail("self_harm", item) == " (past history only)"
    item["facets"]["method"] = True
    assert "method considered" in _risk_detail("suicidal_ideation", item)


def test_a_denial_says_what_the_client_described_when_the_engine_read_it_as_not_the_field() -> None:
    from scribe.extract.sections import _risk_detail

    item = {"status": "denied", "needs_review": True, "facets": {},
            "review_reasons": ["a wish to disappear, clarified by the client as not a wish to be dead (turn 36): confirm"]}
    assert _risk_detail("suicidal_ideation", item) == " (described a wish to disappear, clarified as not a wish to be dead)"
    item["review_reasons"] = ["intrusive ego-dystonic thoughts, no urge or intent stated"]
    assert "unwanted intrusive thoughts, no urge or intent" in _risk_detail("homicidal_ideation", item)
    assert _risk_detail("suicidal_ideation", {"status": "denied", "facets": {}}) == ""


def test_a_facet_the_client_denied_when_asked_is_said_denied_not_unreported() -> None:
    from scribe.extract.sections import _risk_detail

    item = {"status": "endorsed", "needs_review": False, "denied_facets": ["method", "plan"],
            "facets": {"wish_dead": True, "timeframe": "current"}}
    clause = _risk_detail("suicidal_ideation", item)
    assert "thoughts of a method and plan denied" in clause
    assert "no intent or preparatory behaviour reported" in clause
    # a facet the session affirmed is never said denied, whatever the list holds
    affirmed = dict(item, facets={"method": True, "timeframe": "current"})
    assert "method" not in _risk_detail("suicidal_ideation", affirmed).split("denied")[0].split(";")[-1]


def test_homework_drops_the_reply_before_the_request_but_keeps_a_condition() -> None:
    from scribe.extract.register import as_instruction

    assert as_instruction("not weird at all i'd like you to run that new version every night before bed") \
        == "Run that new version every night before bed"
    assert as_instruction("When the urge comes, I'd like you to text Sam before you act.") == "When the urge comes, text Sam before they act"


def test_saying_what_to_call_it_is_not_homework() -> None:
    from scribe.extract.rules import extract_homework

    turns = [{"speaker": "clinician", "text": "Okay."}] * 6 + [
        {"speaker": "client", "text": "My wife will think I'm losing it, talking to myself."},
        {"speaker": "clinician", "text": "You could tell her it's homework."}]
    assert extract_homework(turns) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("I still wake at two a.m. and lie there. Then more.", ["I still wake at two a.m. and lie there.", "Then more."]),
    ("I woke at 2 a.m. Then I slept.", ["I woke at 2 a.m.", "Then I slept."]),
    ("Up at 6 A.M., then work.", ["Up at 6 A.M., then work."]),
    ("Something small, e.g. a walk. Fine.", ["Something small, e.g. a walk.", "Fine."]),
])
def test_sentences_are_not_cut_inside_a_m_or_e_g(text: str, expected: list[str]) -> None:
    from scribe.extract.text import split_sentences

    assert [s.text for s in split_sentences(text)] == expected


def test_a_report_by_someone_in_the_room_keeps_its_source_in_the_signed_risk_line() -> None:
    out = extract(session(
        O("Doctor, she is saying daily 'I want to die, I want to die'. I am very worried."),
        P("He is exaggerating. I said only once or twice, when I was angry with him."),
    ))["progress_note"]
    assert out["risk"]["suicidal_ideation"]["status"] == "endorsed"
    assert "reported by another person present; the client minimised it" in out["sections"]["Objective"]


def test_a_denial_against_a_report_keeps_the_report_and_a_short_recording_is_not_zero_minutes() -> None:
    from scribe.extract import render_markdown

    out = extract(session(C("How have things been since last time?"),
                          O("She told me on Sunday she'd be better off dead. I was scared."),
                          P("I was drunk, I was just talking. It's fine."),
                          C("Have you had any thoughts of ending your life this week?"), P("No. Not really.")))
    md = render_markdown(out, "progress")
    assert "Suicidal ideation: denied (reported by another person present; the client denied it)" in md
    assert "duration: 0 min" not in md and "duration: 1 min" in md


def test_a_threat_taken_back_when_asked_stays_in_the_signed_objective() -> None:
    out = extract(session(C("And is there anybody you've had thoughts of hurting?"),
                          P("Jaylen. If he shows up at the door one more time talking crazy I'ma kill him."),
                          C("Tell me what you mean by that."),
                          P("I mean I'm not gonna do nothing to him. I just want him to leave us alone.")))["progress_note"]
    assert "Homicidal ideation: denied (a threat voiced in anger, which the client, asked, said was not meant)" in \
        out["sections"]["Objective"]


def test_a_commanding_voice_the_client_disowns_stays_in_the_signed_objective() -> None:
    out = extract(session(C("What has it been saying?"),
                          P("same things, you're rubbish, sometimes it say jump from the car park roof when i pass"),
                          C("When the voice says jump, do you yourself want to die or to end your life?"),
                          P("no no that is the voice not me i want to live i tell it shut up")))["progress_note"]
    assert "Suicidal ideation: denied (a voice heard telling the client to end their life, which the client said was the " \
        "voice's and not their own wish)" in out["sections"]["Objective"]


def test_homework_keeps_no_courtesy() -> None:
    assert as_instruction("For homework, please keep a thought record each evening this week.") == \
        "Keep a thought record each evening this week"
    assert as_instruction("Please, write down three things that went well.") == "Write down three things that went well"


def test_a_request_put_as_a_question_is_homework_but_a_request_to_say_more_now_is_not() -> None:
    from scribe.extract.rules import extract_homework

    lead = [P("It was a bad week.")] * 4
    said = [C("Could you keep a short log this week, each urge, the number, and what you did instead?"),
            C("Could you keep going with the story?"), C("Could you try to remember when it started?"),
            C("Would you be willing to try the ice before the locker room?")]
    got = [h["text"] for h in extract_homework(session(*lead, *said)["turns"])]
    assert got == ["Keep a short log this week, each urge, the number, and what they did instead",
                   "Try the ice before the locker room"]


def test_a_habit_the_client_used_to_have_is_not_homework() -> None:
    from scribe.extract.rules import extract_homework

    lead = [P("It was a bad week.")] * 4
    said = C("The other thing: you used to go to the upper field every morning. What if you went back up, even for "
             "twenty minutes?")
    assert extract_homework(session(*lead, said)["turns"]) == []


def test_a_request_to_try_it_now_in_the_room_is_no_homework_even_unpunctuated() -> None:
    from scribe.extract.rules import extract_homework

    lead = [P("It was a bad week.")] * 4
    said = [C("exactly can you try it now while we watch"),
            C("can you try it now and then every night this week before bed")]
    got = [h["text"] for h in extract_homework(session(*lead, *said)["turns"])]
    assert len(got) == 1 and "every night this week" in got[0]


def test_an_unpunctuated_assignment_is_not_cut_at_the_spoken_break_of_its_list() -> None:
    from scribe.extract.rules import extract_homework

    turns = [{"speaker": "client", "text": "okay"}] * 3 + [
        {"speaker": "clinician", "text": "okay so for this week write down each time the picture comes the time and the "
                                         "number and what you told yourself and the other version"}]
    assert [h["text"] for h in extract_homework(turns)] == [
        "Write down each time the picture comes the time and the number and what they told themselves and the other version"]
    # a question put in the room after it is not part of it
    turns[-1] = {"speaker": "clinician", "text": "if the nights get worse tell your sister and ring the out of hours line "
                                                 "and can we write those numbers down together now"}
    assert all("write those" not in h["text"] for h in extract_homework(turns))


def test_homework_that_points_back_at_the_exercise_names_it_and_cites_where_it_was_led() -> None:
    from scribe.extract.grounding import supports_text
    from scribe.extract.rules import extract_homework

    turns = [{"speaker": "client", "text": "The shifts are long."}] * 6 + [
        {"speaker": "clinician", "text": "Close your eyes. Breathe in for four, and out slowly for six."},
        {"speaker": "client", "text": "Okay. My breath is fast. It's slowing."},
        {"speaker": "clinician", "text": "Good. Open your eyes when you're ready. How's that?"},
        {"speaker": "client", "text": "Quieter. Like landing soft."},
        {"speaker": "clinician", "text": "Can you do that for five minutes after each shift, in the car before you drive home?"},
    ]
    [hw] = extract_homework(turns)
    assert hw["text"].startswith("Practise the breathing from the session for five minutes after each shift")
    assert hw["evidence"] == [6, 10] and supports_text(hw["text"], turns, hw["evidence"])
    turns[6] = {"speaker": "clinician", "text": "Let's go through the thought record sheet together."}
    # (no exercise the note can name: the assignment keeps its own words)
    assert [h["text"] for h in extract_homework(turns)][0].startswith("Do that for five minutes after each shift")


def test_a_homework_list_set_off_by_semicolons_is_one_item_each_and_never_cut_mid_item() -> None:
    from scribe.extract.rules import extract_homework

    turns = [{"speaker": "client", "text": "Okay."}] * 6 + [
        {"speaker": "clinician", "text": "For the chart, the diagnosis stays anorexia nervosa, restricting type. Homework: face "
                                         "in cold water or ice instead of biting, and Lena tells one parent afterward, no "
                                         "questions asked; lunch with Maddie and the counselor's sheet; Paul and Renata each "
                                         "get one night off. We'll meet Friday the sixth at 4:30."}]
    got = [h["text"] for h in extract_homework(turns)]
    assert got[-1] == "Paul and Renata each get one night off" and len(got) == 3


def test_a_risk_screens_wording_is_never_a_workspace_hypothesis() -> None:
    from scribe.extract.rules import extract_hypotheses

    turns = session(C("When you do it, is any part of you wanting to die?"), P("No."),
                    C("It sounds like part of you is still waiting for your father's approval."), P("Maybe."))["turns"]
    said = [h["text"] for h in extract_hypotheses(turns)]
    assert said == ["It sounds like part of you is still waiting for your father's approval."]


def test_arranging_the_next_session_is_no_homework() -> None:
    from scribe.extract.rules import extract_homework

    turns = session(P("okay"), P("yes"), P("okay"),
                    C("practise the breathing every night this week"),
                    C("okay i'd like to see you in two weeks can you do tuesday the second at four thirty after the field"))["turns"]
    said = [h["text"] for h in extract_homework(turns)]
    assert len(said) == 1 and "breathing" in said[0]


def test_the_answer_to_a_time_offered_is_not_quoted_as_the_clients_account() -> None:
    s = session(
        C("How have you been sleeping?"),
        P("not good i come home from the night shift i lie down but the head is still running like the pump it does not "
          "stop"),
        C("Shall we meet Friday at four o'clock?"),
        P("friday at four o'clock is okay i sleep until noon"),
    )
    subjective = extract(s)["progress_note"]["sections"]["Subjective"]
    assert subjective.startswith("Sleep: ") or "Sleep: " in subjective
    assert "until noon" not in subjective


def test_a_0_10_rating_says_what_it_rates_when_the_question_named_it() -> None:
    from scribe.extract.findings import rated_subject

    turns = [{"speaker": "clinician", "text": "Let's talk about the nights. Right now, how strong is the urge, zero to ten?"},
             {"speaker": "client", "text": "Six."},
             {"speaker": "clinician", "text": "Your mood today, zero to ten, so we have a starting point?"},
             {"speaker": "client", "text": "Four."},
             {"speaker": "clinician", "text": "Give me a number, zero to ten."},
             {"speaker": "client", "text": "Two."}]
    assert rated_subject(turns, [0, 1]) == "urge"
    assert rated_subject(turns, [3]) == "mood"  # the question just before the answer
    assert rated_subject(turns, [4, 5]) is None


def test_a_request_after_its_condition_is_an_instruction_not_a_broken_question() -> None:
    said = ('When the heat comes, could you try what we practised: name it out loud, "this is anger and fear about the '
            'workshop", then cold water on your face and slow breathing, before you let the pictures run?')
    got = as_instruction(said, 30)
    assert got is not None and got.startswith("When the heat comes, try what clinician and client practised")
    assert "could them" not in got and "could you" not in got
    assert as_instruction("If it gets bad, would you be willing to call Sam?") == "If it gets bad, call Sam"
    # a question that asks, after its condition, is still no instruction
    assert as_instruction("When you wake at three, what could you do instead?") is None


def test_a_question_after_its_condition_is_not_made_an_instruction() -> None:
    assert as_instruction("If he shouts again, will you still be living there next month?") is None
    assert as_instruction("If you can, would you say it's gotten any better since June?") is None
    assert as_instruction("When the urge comes, could you tell me what you usually do?") is None


def test_the_meeting_asked_as_talking_again_outranks_a_task_deadline() -> None:
    from scribe.extract.rules import extract_next_appointment

    turns = [{"speaker": "client", "text": "Okay."}] * 10 + [
        {"speaker": "clinician", "text": "That was clear and polite. Send it before Friday?"},
        {"speaker": "client", "text": "Before Friday. I send tonight."},
        {"speaker": "clinician", "text": "Can we talk again on the fourteenth at ten in the morning? It's a Saturday."},
        {"speaker": "client", "text": "The fourteenth at ten in the morning, yes."}]
    got = extract_next_appointment(turns)
    assert got is not None and got["text"] == "the fourteenth at ten in the morning" and got["evidence"] == [12, 13]
    # a deadline alone is no appointment
    assert extract_next_appointment(turns[:12]) is None
