"""Symptoms by domain and scores said aloud: the classes of phrasing the findings rules must catch."""

from __future__ import annotations

from typing import Any

import pytest

from scribe.extract.findings import (
    extract_improvements,
    extract_measures,
    extract_symptoms,
    instrument_mentions,
    supports_measure,
    supports_symptom,
    symptom_cues_in,
)


def _turns(*lines: str) -> list[dict[str, Any]]:
    speakers = {"C": "clinician", "P": "client", "O": "other"}
    return [{"speaker": speakers[line[0]], "text": line[2:].strip()} for line in lines]


def _scores(*lines: str) -> set[tuple[str, int]]:
    turns = _turns(*lines)
    found = extract_measures(turns)
    assert all(supports_measure(m, turns) for m in found), found
    return {("rating" if m["instrument"].endswith("rating") else m["instrument"], m["score"]) for m in found}


# ------------------------------------------------------------------ instruments said without their acronym

@pytest.mark.parametrize(("said", "instrument"), [
    ("you filled in the nine-question mood survey before we started", "PHQ-9"),
    ("the depression questionnaire from the front desk", "PHQ-9"),
    ("the seven question worry form", "GAD-7"),
    ("your anxiety scale", "GAD-7"),
    ("the twenty-item trauma checklist", "PCL-5"),
    ("the PTSD checklist", "PCL-5"),
    ("the ten question drinking one", "AUDIT"),
    ("the alcohol screener", "AUDIT"),
    ("the postpartum questionnaire", "EPDS"),
    ("the ten question one for new mothers", "EPDS"),
    ("the teen depression screen", "PHQ-A"),
    ("the obsessions and compulsions scale", "Y-BOCS"),
    ("the two mood questions", "PHQ-2"),
    ("the two worry ones", "GAD-2"),
    ("the nine questions", "PHQ-9"),
    ("the seven-question thing", "GAD-7"),
])
def test_instrument_named_by_description(said: str, instrument: str) -> None:
    assert [m.name for m in instrument_mentions(said)] == [instrument]


@pytest.mark.parametrize("said", [
    "on a scale of zero to ten how's your mood",
    "I was always the depressed one in the family",
    "he put me on the twenty one milligram one",
    "can I ask you two questions about your drinking",
    "fill in this form for the front desk",
])
def test_no_instrument_in_ordinary_talk(said: str) -> None:
    assert [m.name for m in instrument_mentions(said) if m.name] == []


def test_description_and_score_in_one_turn() -> None:
    assert _scores("C: The seven-question worry form came out at thirteen this morning. In June it was eight.") == {
        ("GAD-7", 13)}


def test_two_short_screens_each_keep_their_own_score() -> None:
    assert _scores("C: on the two short ones the two mood questions came to five and the two worry ones to two") == {
        ("PHQ-2", 5), ("GAD-2", 2)}


def test_total_read_out_a_turn_or_two_after_the_form() -> None:
    assert _scores(
        "C: I'd like to go through the twenty trauma questions with you now.",
        "P: Okay, go.",
        "C: All right, that adds up to thirty-eight, down from forty-four at intake.",
    ) == {("PCL-5", 38)}


def test_client_reads_out_the_total() -> None:
    assert _scores(
        "C: did you get to the ten question drinking one i emailed",
        "P: yeah i did it on the bus it said eighteen",
    ) == {("AUDIT", 18)}


def test_bare_questionnaire_is_the_form_named_before() -> None:
    assert _scores(
        "C: You did the teen questionnaire last visit with Dr. Lowe.",
        "P: Yeah.",
        "C: Let's do the questionnaire again today.",
        "P: Fine.",
        "C: That's eleven.",
    ) == {("PHQ-A", 11)}


def test_bare_questionnaire_in_an_adolescent_clinic_is_the_teen_screen() -> None:
    assert _scores(
        "C: Before we start, how's ninth grade treating you?",
        "P: It's fine I guess.",
        "C: You did the questionnaire with the nurse, it came out to thirteen.",
    ) == {("PHQ-A", 13)}
    assert _scores("C: You did the questionnaire with the nurse, it came out to thirteen.") == {("PHQ-9", 13)}


def test_dose_after_a_bare_questionnaire_is_no_score() -> None:
    assert _scores("P: my doctor gave me the questionnaire and then started me on sertraline fifty milligrams") == set()


def test_question_count_and_answer_range_are_no_score() -> None:
    assert _scores(
        "C: I'll read you seven questions about the past two weeks, and you answer zero to three.",
        "P: Okay.",
        "C: So that's nine total, the mild range.",
    ) == {("GAD-7", 9)}


# ------------------------------------------------------------------ ratings

def test_zero_to_a_hundred_is_suds() -> None:
    assert _scores("C: Before you start, how anxious are you, zero to a hundred?", "P: Maybe fifty-five.") == {("SUDS", 55)}


def test_distress_thermometer_zero_to_ten_is_a_rating() -> None:
    assert _scores("C: Where's your distress today, zero to ten?", "P: A six, honestly.") == {("rating", 6)}


def test_upsetting_image_zero_to_ten_is_suds_and_asked_again_keeps_it() -> None:
    assert _scores("C: Hold the picture. Zero to ten, how upsetting is it right now?", "P: Seven.",
                   "C: Notice your breath. Let it go. Zero to ten now?", "P: Three. It's further away.") == {("SUDS", 7), ("SUDS", 3)}


def test_scale_anchors_said_after_the_scale_still_ask() -> None:
    assert _scores("C: and the disturbance now zero to ten zero none ten the worst", "P: six",
                   "C: breathe. and the picture now, zero to ten", "P: three. it's smaller") == {("SUDS", 6), ("SUDS", 3)}


def test_how_sure_zero_to_a_hundred_is_a_belief_rating() -> None:
    assert _scores("C: How sure are you right now that you failed her, zero to a hundred?", "P: Like ninety.") == set()


def test_a_self_correction_replaces_the_total() -> None:
    assert _scores("C: You did the PHQ-9 in the waiting room, what did you get?",
                   "P: Fourteen, no wait, I skipped the last one, it's sixteen.") == {("PHQ-9", 16)}


def test_a_form_filled_in_scores_in_the_next_sentence() -> None:
    assert _scores("C: You filled in the AUDIT at reception, Mark. It added up to nineteen.") == {("AUDIT", 19)}
    assert _scores("C: The audit report is due Friday, is that right? Twelve pages.") == set()


def test_the_form_one_and_a_date_one_are_no_scores() -> None:
    assert _scores("P: On the Edinburgh one I put never for the last question.") == set()
    assert _scores("C: Shall we say the twenty first one o'clock?", "P: Twenty first, one o'clock.") == set()


def test_out_of_ten_said_as_its_own_sentence() -> None:
    assert _scores("C: What number did you give your stress when you came in?", "P: Six. Out of ten.") == {("rating", 6)}


def test_each_ruler_in_one_reply_is_a_rating() -> None:
    assert _scores("C: Zero to ten, how important is it to cut down?",
                   "P: Nine. Importance is a nine. Confidence is more like a three.") == {("rating", 9), ("rating", 3)}


def test_same_scale_asked_again_mid_exercise_keeps_its_name() -> None:
    assert _scores(
        "C: How disturbing is the memory right now, zero to ten?",
        "P: Eight.",
        "C: Notice that. Go with it.",
        "P: It's the smell of the garage.",
        "C: Okay, breathe. Where are you now, zero to ten?",
        "P: A four.",
    ) == {("SUDS", 8), ("SUDS", 4)}


@pytest.mark.parametrize("ask", ["Number?", "how nervous now", "number now"])
def test_short_asks_for_the_number_again(ask: str) -> None:
    assert ("SUDS", 30) in _scores(
        "C: how scared are you zero to a hundred before we start",
        "P: sixty",
        "C: Keep going, read it once more.",
        "P: Okay. I read it again and it felt flatter.",
        f"C: That's the fear getting bored. {ask}",
        "P: Thirty. Maybe thirty.",
    )


def test_asr_restated_number_keeps_the_last() -> None:
    assert _scores("C: how strong is the urge zero to ten right now", "P: six seven i'd say") == {("rating", 7)}


def test_a_number_for_another_moment_is_no_correction() -> None:
    assert _scores("C: Your mood this week, zero to ten?", "P: A four. Four most days. Maybe a six on Sunday.") == {
        ("rating", 4)}
    assert _scores("C: How upset right now, zero to ten?", "P: Like a three. I was a nine when we started.") == {
        ("rating", 3)}


def test_point_on_a_scale_answers_a_state_question() -> None:
    assert _scores("C: How are the urges to use with everything going on?", "P: Honestly? A four.") == {("rating", 4)}


def test_point_reply_to_a_belief_or_past_or_amount_question_is_no_rating() -> None:
    assert _scores("C: How true does 'I'm capable' feel, one to seven?", "P: Like a five.") == set()
    assert _scores("C: Where were you when the shouting started?", "P: Like a three.") == set()
    assert _scores("C: How many drinks on Saturday?", "P: A four.") == set()


def test_recalled_rating_question_is_no_measure() -> None:
    assert _scores("C: And on a zero to ten, how bad was the panic on the bridge?", "P: Then? A nine.") == set()


def test_instruction_to_rate_later_is_no_question() -> None:
    assert _scores(
        "C: When it comes up this week, name the feeling, how strong it is zero to ten, and what you did.",
        "P: Like 'angry, eight, walked'.",
    ) == set()


def test_client_gives_the_next_number_unasked_only_when_it_leads() -> None:
    turns = ("C: How tense are you right now, zero to ten?", "P: Like a five.",
             "C: Good. Tonight, name the emotion, rate it, then pick an action.", "P: Rage, eight, walk it off.")
    assert _scores(*turns) == {("rating", 5)}


def test_score_belongs_to_the_form_not_the_digit_in_its_name() -> None:
    assert _scores("C: you did both forms the mood one the p h q nine came out at twelve and the worry one "
                   "the g a d seven was ten") == {("PHQ-9", 12), ("GAD-7", 10)}
    assert _scores("C: I had you do the worry questionnaire, the GAD-7. You came in at nine.") == {("GAD-7", 9)}


def test_and_between_two_numbers_does_not_join_them() -> None:
    assert _scores("C: phq nine this morning was six and zero to ten how tired are you in the day", "P: seven") == {
        ("PHQ-9", 6), ("rating", 7)}


def test_bare_phq_is_the_depression_screen() -> None:
    assert _scores("C: Your PHQ today was fourteen, down from seventeen.") == {("PHQ-9", 14)}
    assert _scores("C: Any trouble in tenth grade this term?", "P: No.",
                   "C: Your PHQ was nine today.") == {("PHQ-A", 9)}


def test_topic_score_names_the_form() -> None:
    assert _scores("C: Your anxiety score was eleven and your depression score came in at sixteen.") == {
        ("GAD-7", 11), ("PHQ-9", 16)}


@pytest.mark.parametrize("ask", [
    "C: Okay. The craving, right now, nought to ten.",
    "C: so the urge right now zero to ten",
    "C: low mood today zero to ten ten is worst",
])
def test_scale_said_last_asks_for_a_point(ask: str) -> None:
    assert _scores(ask, "P: I'd say a four.") == {("rating", 4)}


def test_scale_in_a_skill_for_later_is_no_measure() -> None:
    assert _scores("C: And name the urge, how strong it is, zero to ten, before you choose a skill.",
                   "P: Like, 'angry, six, walk'.") == set()


def test_scale_set_up_as_homework_is_no_measure() -> None:
    assert _scores("C: each time you do the drive write down how scared you are zero to a hundred before during and after",
                   "P: okay i can do one drive on sunday") == set()


def test_questionnaire_total_is_not_asked_again() -> None:
    assert _scores("C: The tension in your neck, zero to ten?", "P: Seven.",
                   "C: Your PHQ-9 came back at thirteen.", "P: Figures.",
                   "C: Let's breathe for two minutes.", "P: Okay.",
                   "C: Number now?", "P: A four, I guess.") == {("rating", 7), ("PHQ-9", 13), ("rating", 4)}


def test_number_said_as_its_own_sentence_during_an_exercise() -> None:
    assert _scores(
        "C: Before you open the door, how anxious are you, 0 to 100?", "P: Seventy.",
        "C: Go ahead. Tell me what you notice.", "P: My hands are sweating.",
        "C: Stay with it.", "P: I'm on the step. Sixty. Maybe sixty now.",
        "C: Good. What's the number now?", "P: It's dropping. Forty. I'd say forty.",
    ) == {("SUDS", 70), ("SUDS", 60), ("SUDS", 40)}


def test_point_reply_starts_a_scale_asked_again() -> None:
    assert _scores("C: Where's the urge sitting here?", "P: Like a six.", "C: Breathe out slowly, three more times.",
                   "P: Okay.", "C: Now?", "P: Four. Maybe a four.") == {("rating", 6), ("rating", 4)}


def test_out_of_ten_for_a_past_peak_is_no_measure() -> None:
    assert _scores("C: And when the argument started, where was it at the worst?", "P: Nine. Nine out of ten.") == set()


# ------------------------------------------------------------------ symptoms

def _domains(*lines: str) -> set[str]:
    turns = _turns(*lines)
    found = extract_symptoms(turns)
    assert all(supports_symptom(s, turns) for s in found), found
    return {s["domain"] for s in found}


@pytest.mark.parametrize(("said", "domain"), [
    ("P: i'm up at like four and then i just lie there till the alarm", "sleep"),
    ("P: Honestly sleep is garbage lately.", "sleep"),
    ("P: I slept like crap all week.", "sleep"),
    ("P: the baby's up every three hours so I'm running on maybe four hours", "sleep"),
    ("P: I'm sleeping eleven to twelve hours and still wiped.", "sleep"),
    ("P: The dreams keep coming back, the same alley every time.", "sleep"),
    ("P: I don't eat much. Some toast maybe.", "appetite"),
    ("P: I skip lunch most days, I just forget.", "appetite"),
    ("P: The new pill makes me nauseous.", "appetite"),
    ("P: I've lost, I think, six pounds since March.", "appetite"),
    ("P: At work I keep losing my place in the spreadsheet.", "concentration"),
    ("P: I left the stove on twice this week.", "concentration"),
    ("P: I'm behind on everything at the shop.", "functioning"),
    ("P: I haven't left the house since Sunday except for the mail.", "functioning"),
    ("P: I stopped going to choir.", "functioning"),
    ("P: I haven't gone back to the garage since the layoff talk.", "functioning"),
    ("P: I sat outside the gym and couldn't make myself go in.", "functioning"),
    ("P: I sleep nine hours and I still drag all day.", "energy"),
    ("P: I was so mad at my boss I had to leave the room.", "mood"),
    ("P: Nothing's fun anymore, not even fishing.", "mood"),
    ("P: I miss my wife every single morning.", "mood"),
    ("P: Not good, honestly. I've been really low.", "mood"),
    ("P: Gray. Just gray, most days.", "mood"),
    ("P: I'm always worried something bad is going to happen to him.", "anxiety"),
    ("P: My worries go round and round at night.", "anxiety"),
    ("P: I go through a pack a day now.", "substance use"),
    # words the lexicon lacked: panic, hypervigilance, irritability and anger, guilt, fatigue, work and school
    ("P: I had two of the attacks on the train, my heart was going so fast and my hands went tingly.", "anxiety"),
    ("P: I'm jumpy, every little noise and I'm on high alert.", "anxiety"),
    ("P: I keep getting this picture of the house burning down with the kids inside.", "anxiety"),
    ("P: I checked her phone again last night.", "anxiety"),
    ("P: I've been snappy with the kids all week.", "mood"),
    ("P: I'm fuming with my landlord.", "mood"),
    ("P: Afterwards I felt like garbage.", "mood"),
    ("P: Like I'm letting everyone down.", "mood"),
    ("P: It's like everybody hates me at school.", "mood"),
    ("P: The house is so quiet since she passed.", "mood"),
    ("P: I'm knackered by eleven in the morning.", "energy"),
    ("P: I doze off at my desk after lunch.", "energy"),
    ("P: I'm wore out by noon.", "energy"),
    ("P: I'm awake at half four most mornings.", "sleep"),
    ("P: I cannot get off to sleep most nights.", "sleep"),
    ("P: the flushes ease off a bit but not gone i still wake up two times soaked", "sleep"),
    ("P: I've basically stopped eating lunch.", "appetite"),
    ("P: I forget words in the middle of a sentence at work.", "concentration"),
    ("P: I can't think about anything except the exam.", "concentration"),
    ("P: I left the hose running all afternoon.", "concentration"),
    ("P: I rang in sick on Tuesday.", "functioning"),
    ("P: I missed the filing deadline on Friday.", "functioning"),
    ("P: Coach took me off the roster.", "functioning"),
    ("P: I've been late to class three times.", "functioning"),
    ("P: I've not been back since the funeral.", "functioning"),
    ("P: I quit the swim team.", "functioning"),
    ("O: He's missing four assignments in English.", "functioning"),
    ("O: She hasn't gone down to the lobby since Friday.", "functioning"),
    ("O: He's a bit flat and tired after school.", "energy"),
    ("P: I got two detentions this week.", "functioning"),
    # a lost activity said through the grammar of losing it, any activity, any subject
    ("P: I can't lift the laundry basket now, my arms give out.", "functioning"),
    ("P: I can no longer drive past the school.", "functioning"),
    ("P: I gave up painting after the divorce.", "functioning"),
    ("P: I don't play guitar with the guys anymore.", "functioning"),
    ("O: Since the accident she has stopped doing everything.", "functioning"),
    ("O: In the evenings he does not go out, he stays in his room.", "functioning"),
    ("O: Most days she just does not leave the flat.", "functioning"),
    ("P: Weekends I don't do anything, I just lie on the couch.", "functioning"),
    ("P: My sister covers for me at the register when it gets bad.", "functioning"),
    ("O: She missed the whole of last week.", "functioning"),
    ("P: I didn't go in Tuesday either.", "functioning"),
    ("P: I rang the office and called out.", "functioning"),
    ("P: I keep missing my nine am lecture.", "functioning"),
    ("P: I take the stairs so I don't have to stand in the lift with people.", "functioning"),
    ("P: I've been steering clear of the break room.", "functioning"),
    # state words after anyone's "is"/"feels", acts of anger, blame, the body's fear, food thrown out
    ("O: She is very sad most evenings.", "mood"),
    ("P: I'm so frustrated with the whole thing.", "mood"),
    ("P: Weekends I'm just bored out of my mind.", "mood"),
    ("O: He slammed the door and kicked the wall.", "mood"),
    ("P: If I'd checked on him sooner, it's my fault really.", "mood"),
    ("P: I keep blaming myself for the crash.", "mood"),
    ("P: At the till my hands were shaking.", "anxiety"),
    ("P: I felt overwhelmed in the store, all the noise.", "anxiety"),
    ("P: Still jumpy, any car door and I'm off.", "anxiety"),
    ("O: He does not eat with us anymore.", "appetite"),
    ("O: She's been tossing the sandwiches I make her away.", "appetite"),
    ("O: He says he is a little tired today.", "energy"),
    ("O: The teacher says he's sleeping in class.", "energy"),
    ("O: She's not going to bingo anymore, she sits in the kitchen.", "functioning"),
    ("P: i'm just tired and flat and i don't text anyone back", "energy"),
    ("P: The pills help a bit, but I'm still up two, three times.", "sleep"),
    ("P: i keep waking up like every hour", "sleep"),
    ("P: Fine. Bored. Nothing to do all day.", "mood"),
    ("P: A truck backfired and I hit the deck.", "anxiety"),
    ("P: Any slammed door and I flinch.", "anxiety"),
    ("P: I was on the ground before I even knew what it was.", "anxiety"),
    ("P: Honestly I'm tired of it all.", "energy"),
    ("P: bad. i don't really hang out with anyone since the move", "functioning"),
    ("O: He's been ignoring his texts for weeks.", "functioning"),
    ("P: I haven't been to the club since my wife died.", "mood"),
    ("P: My hands shook so bad my supervisor had to finish the count.", "functioning"),
])
def test_everyday_phrasing_of_a_symptom(said: str, domain: str) -> None:
    assert domain in _domains(said)


@pytest.mark.parametrize(("said", "domain"), [
    ("P: Parking here is a nightmare.", "sleep"),
    ("P: That would be my worst nightmare.", "sleep"),
    ("P: I'm tired of waiting on the insurance.", "energy"),
    ("P: My arm is tired from the cast.", "energy"),
    ("P: I don't think I'm depressed, honestly.", "mood"),
    ("P: I don't want to be foggy at work, so no sleeping pills.", "concentration"),
    ("P: My cousin was on it and gained like forty pounds.", "appetite"),
    ("P: I stopped, because she's tired after her shifts.", "energy"),
    ("P: The nightmares are way less since the prazosin.", "sleep"),
    ("P: The cravings are lower this week.", "substance use"),
    ("P: sleep's fine actually, i'm sleeping like eight hours", "sleep"),
    ("P: I wake up at six-fifteen for work.", "sleep"),
    ("P: My hands go numb when I'm cold.", "mood"),
    ("P: Put it in the dog bowl.", "substance use"),
    ("P: I just mean I'm tired, that's all.", "energy"),
    ("P: The bus was late again so I missed the start.", "functioning"),
    ("P: Dad came down saying he was late for a meeting.", "functioning"),
    ("P: Like somebody parked a truck on my back and left the engine running.", "concentration"),
    ("P: I'm on edge, I don't know what I'm doing, no, I don't think I'm tired.", "energy"),
    ("P: I'm up at five, do chores, then work.", "functioning"),
    ("P: Dragging him out of the car, that's what I picture.", "energy"),
    ("P: The pills made my legs restless for a week.", "anxiety"),
    ("P: The depression's been in full remission for two years.", "mood"),
    ("P: I can't go back to sleep after the baby feeds.", "functioning"),
    ("P: I can't read more than a page before I drift.", "functioning"),
    ("P: No, I wouldn't do anything, I promise you.", "functioning"),
    ("P: Grief is a visitor that does not leave the house.", "functioning"),
    ("P: I called out to him but he kept walking.", "functioning"),
    ("P: He left so she doesn't have to see me.", "functioning"),
    ("P: So I wouldn't have to keep pretending, you know.", "functioning"),
    ("P: I told her, because she's tired after the late shift.", "energy"),
    ("P: The doorman's getting bored of me.", "mood"),
    ("P: The pills made my legs jumpy for a week.", "anxiety"),
    ("P: The numbers are down from last quarter.", "mood"),
    ("P: A bit of nausea the first few days, nothing since.", "appetite"),
    ("P: I was shaky at first but that went away.", "anxiety"),
    ("P: Honestly the move was the whole nightmare.", "sleep"),
    ("P: I'm lying in bed and I can still hear the sirens.", "energy"),
    ("P: Fourteen? That feels low, honestly.", "mood"),
    ("P: No, nothing like that. I'm just tired.", "energy"),
    ("P: Any slammed door and I flinch.", "mood"),
    ("P: When I lie on the couch instead of going to bed.", "functioning"),
    ("O: He said he doesn't see the point anymore.", "functioning"),
    ("P: I was angry, and I was tired, and I said it.", "energy"),
    ("P: A bit of nausea the first two days, nothing since.", "appetite"),
    ("P: I stopped the aripiprazole. It made my legs jumpy, I couldn't sit still.", "anxiety"),
])
def test_no_symptom_where_the_words_mean_something_else(said: str, domain: str) -> None:
    assert domain not in _domains(said)


@pytest.mark.parametrize(("question", "reply", "domain"), [
    ("How's sleep been?", "Three, four hours. I walk the house.", "sleep"),
    ("How's your sleep?", "I fall asleep at maybe one, and I'm up at six. Not enough.", "sleep"),
    ("And your mood this week?", "Heavy.", "mood"),
    ("How are the cravings with all that going on?", "Honestly? A three.", "substance use"),
    ("How's your appetite?", "Not great. Crackers, mostly.", "appetite"),
    ("Any urges to drink this week?", "Yeah, after the funeral.", "substance use"),
    ("And eating?", "Little. Not like before.", "appetite"),
    ("time to fall asleep", "forty minutes maybe an hour the worst night two hours", "sleep"),
    ("wake ups", "three or four and then i'm up for good", "sleep"),
    ("How nervous are you about the interview, zero to ten, right now?", "Seven.", "anxiety"),
    ("and how's your mood zero to ten", "um a two honestly", "mood"),
    # a problem only the domain makes one: snacking or forgetting for eating, any number for days missed
    ("Appetite?", "Fine. Too fine. I snack all evening.", "appetite"),
    ("and eating", "not really i eat when my sister visits otherwise i kind of forget", "appetite"),
    ("How many shifts have you missed since we met?", "Like three. My back was bad.", "functioning"),
    ("Missed any school?", "Yeah, Monday and Tuesday.", "functioning"),
])
def test_short_answer_to_a_question_about_the_domain(question: str, reply: str, domain: str) -> None:
    assert domain in _domains(f"C: {question}", f"P: {reply}")


@pytest.mark.parametrize(("question", "reply", "domain"), [
    ("How's sleep been?", "Good, actually. Better with the fan.", "sleep"),
    ("How are the cravings?", "Zero. Nothing.", "substance use"),
    ("Any cravings?", "No.", "substance use"),
    ("Right now, zero to ten, how strong is the urge to hit something?", "Like a two.", "substance use"),
    ("How do you know a bad night's coming?", "I stop answering texts, I game till two.", "sleep"),
    ("Should we get the landlord to test the smoke alarm?", "Yeah, that would help.", "substance use"),
    ("How's your mood, zero to ten, ten being the worst?", "A three.", "mood"),
    ("And your mood today, zero to ten?", "An eight, actually.", "mood"),
    ("okay good sleep hygiene handout", "thanks", "sleep"),
    ("How's eating?", "Fine, I don't skip breakfast anymore.", "appetite"),
    ("Missed any work?", "No, none.", "functioning"),
    ("What have you missed most about her?", "Her laugh.", "functioning"),
])
def test_answer_that_reports_no_problem_or_another_topic(question: str, reply: str, domain: str) -> None:
    assert domain not in _domains(f"C: {question}", f"P: {reply}")


def test_what_a_drug_made_the_client_do_is_its_side_effect() -> None:
    assert _domains("C: And the quetiapine you were trying for sleep, how did that go?",
                    "P: It made me so groggy I couldn't drive the next morning, so I quit it.") == set()
    # a complaint on the drug is still one: weight gained, sleep still short
    assert {"appetite", "sleep"} <= _domains("C: Any side effects with the increase?",
                                            "P: I've put on six pounds and I still can't sleep past five now.")


def test_one_nightmare_had_is_a_dream() -> None:
    assert "sleep" in _domains("P: I had the nightmare again on Sunday.")


def test_partner_reports_about_the_client_count() -> None:
    assert {"sleep", "appetite", "functioning"} <= _domains(
        "O: He's up all night on the balcony.", "O: She eats crackers now, that's it.", "O: And she doesn't go out.")


def test_partner_about_themselves_does_not_count() -> None:
    assert _domains("O: I can't sleep either, honestly, I'm exhausted.", "O: I've lost weight worrying.") == set()


def test_improvement_only_domain_is_no_current_symptom() -> None:
    turns = _turns("C: How's sleep?", "P: Sleeping better since the fan, honestly.", "P: But I'm still so anxious at work.")
    assert {x["domain"] for x in extract_symptoms(turns)} == {"anxiety"}
    assert [(x["domain"], x["text"]) for x in extract_improvements(turns)] == [("sleep", "improved sleep")]


def test_a_contrast_after_an_improvement_is_a_complaint() -> None:
    found = {x["domain"]: x["text"] for x in extract_symptoms(
        _turns("P: i get off to sleep fine now but i'm up in the middle of the night"))}
    assert "night-time or early waking" in found["sleep"]


def test_a_wish_not_to_be_alive_is_low_mood_in_a_word_only() -> None:
    found = extract_symptoms(_turns("P: Some nights I wish I could just not wake up."))
    assert [(x["domain"], x["text"]) for x in found] == [("mood", "hopelessness")]
    assert all(supports_symptom(x, _turns("P: Some nights I wish I could just not wake up.")) for x in found)


def test_a_denied_wish_is_no_mood_complaint() -> None:
    assert "mood" not in _domains("P: No, I don't wish I was dead, nothing like that.")


def test_a_clause_without_risk_talk_still_counts() -> None:
    assert "mood" in _domains("P: I'm furious, I'm not suicidal.")
    assert _domains("P: I'm not suicidal, honestly.") == set()


def test_nothing_interesting_is_loss_of_interest() -> None:
    assert "mood" in _domains("P: Like nothing's interesting anymore.")


def test_an_unwanted_picture_of_harm_is_an_intrusive_thought() -> None:
    assert "anxiety" in _domains("P: when i give him his bath i get this awful picture of letting him slip under")
    assert "anxiety" in _domains("P: Crossing the road with the pram, a picture comes that I'll push it into the traffic.")
    # said in risk words, the note still gets only the kind of thought, never the picture
    said = "P: carrying her down the stairs a picture comes that i will drop her and i hate it i don't want it"
    found = {x["domain"]: x["text"] for x in extract_symptoms(_turns(said))}
    assert found.get("anxiety") == "intrusive images", found
    assert "anxiety" not in _domains("P: No, I don't get any pictures of hurting him, nothing like that.")


@pytest.mark.parametrize("said", [
    "P: I couldn't even hoover the front room this week.",
    "P: I can't mow the grass anymore, my wife does it.",
    "P: I had to cancel on my sister again Saturday.",
    "P: I keep cancelling plans with the lads.",
    "O: He's been in his room all weekend, he only comes down to eat.",
])
def test_chores_given_up_plans_cancelled_and_days_in_ones_room_are_functioning(said: str) -> None:
    assert "functioning" in _domains(said)


def test_a_room_or_a_cancelled_booking_in_passing_is_no_withdrawal() -> None:
    assert "functioning" not in _domains("P: She's in her room doing homework, she's fine.")
    assert "functioning" not in _domains("P: The venue cancelled the booking so we moved it to Sunday.")


def test_getting_mad_is_irritability_but_being_the_target_of_it_is_not() -> None:
    assert "mood" in _domains("P: sit around all day scroll the phone get mad at every little thing")
    assert "mood" not in _domains("P: My boss got mad at me over the rota, fair enough.")


def test_not_getting_hungry_is_reduced_appetite() -> None:
    assert "appetite" in _domains("P: Toast, tea. I don't really get hungry these days.")


def test_scattered_with_an_object_is_the_verb_not_poor_concentration() -> None:
    assert "concentration" not in _domains("P: We scattered the ashes off the pier at Easter.")
    assert "concentration" in _domains("P: I'm so scattered at work, I start five things and finish none.")


def test_flat_in_an_idiom_is_no_low_mood() -> None:
    assert "mood" not in _domains("P: It's been flat calm this week, nothing much going on.")
    assert "mood" not in _domains("C: How's your mood been?", "P: flat calm really, which suits me")
    assert "mood" in _domains("C: How's your mood been?", "P: Flat. Just flat.")


@pytest.mark.parametrize("said", [
    "O: she's sleeping through the day and up on her phone all night",
    "O: him just lie down till two in the afternoon most days",
    "P: Honestly I nap all afternoon most days now.",
])
def test_sleeping_by_day_is_sleep(said: str) -> None:
    assert "sleep" in _domains(said)


def test_a_parent_telling_him_is_no_report_about_the_client() -> None:
    assert "sleep" not in _domains("O: I told him I'm sleeping in the day myself since the night shifts.")


@pytest.mark.parametrize("said", [
    "P: I sleep ten hours and wake up tired, every single day.",
    "P: Honestly I'm running on fumes with the baby.",
    "P: Tired. The weekends don't fix it anymore.",
    "P: I get a full night and I wake up exhausted.",
    "P: yeah i sleep like nine hour and still tired",
    "P: in the mornings I'm like a zombie till ten",
])
def test_tiredness_in_lay_words_is_low_energy(said: str) -> None:
    assert "energy" in _domains(said)


@pytest.mark.parametrize("said", [
    "P: Anger, like a seven, when he talked over me in the meeting.",
    "P: I've been too busy being mad at my landlord to think about it.",
    "P: Work was fine, I'm just short on sleep and irritated with everyone.",
    "P: I felt like such a failure walking out of there.",
])
def test_anger_shame_and_irritation_named_are_mood(said: str) -> None:
    assert "mood" in _domains(said)


@pytest.mark.parametrize("said", [
    "P: Since the new tablet I'm starving all the time.",
    "P: I'm eating everything in the house, my jeans don't close.",
    "P: I don't eat on shift, just a coffee at midnight.",
])
def test_eating_more_or_skipping_meals_at_work_is_appetite(said: str) -> None:
    assert "appetite" in _domains(said)


@pytest.mark.parametrize("said", [
    "P: this month I miss three shift already",
    "O: he's missed first period three times since the holidays",
    "P: some days I don't get out of bed at all",
])
def test_missed_shifts_lessons_and_days_in_bed_are_functioning(said: str) -> None:
    assert "functioning" in _domains(said)


@pytest.mark.parametrize("said", [
    "P: I can't get through a page of my novel anymore.",
    "P: At the office I'm making silly mistakes, I sent the wrong invoice twice.",
    "P: don't start me on the fog, I stood at the counter and couldn't even think which button to press",
])
def test_unfinished_reading_slips_and_fog_are_poor_concentration(said: str) -> None:
    assert "concentration" in _domains(said)


def test_checking_the_back_door_is_anxiety() -> None:
    assert "anxiety" in _domains("P: I'm up at night checking the back door and checking the windows.")


def test_a_no_that_answers_does_not_negate_a_cue_with_its_own_subject() -> None:
    assert "mood" in _domains("C: did you break it on purpose", "P: no i was mad at the router")
    assert "anxiety" not in _domains("P: no panic attacks this week")


def test_a_form_named_twice_takes_its_score_from_the_naming_that_carries_it_not_the_next_answer() -> None:
    from scribe.extract.findings import extract_measures

    turns = [{"speaker": "clinician", "text": "The anxiety questionnaire you did, the GAD-7, came out at fourteen, which is "
                                              "moderate. Medication check. Still on the Spiriva?"},
             {"speaker": "client", "text": "Spiriva, the eighteen microgram capsule, every morning. And the blue inhaler, "
                                           "two puffs when I need it."}]
    assert [(m["instrument"], m["score"]) for m in extract_measures(turns)] == [("GAD-7", 14)]


@pytest.mark.parametrize("lines, again", [
    # the last number named back: "What's the five now?"
    (("C: How strong is the tension right now, zero to ten?", "P: Five.", "C: A few more rounds. Drop your shoulders on the "
      "out-breath.", "C: What's the five now?", "P: Three. Maybe three."), 3),
    # the level asked for now
    (("C: zero to ten how angry are you right now", "P: eight", "C: let your hands go soft on your legs slow breath out "
      "name it this is anger what level now", "P: five maybe five it went down"), 5),
    # the feeling itself asked for now
    (("C: How strong is the urge, zero to ten?", "P: Four.", "C: Hold it against your wrist and your face for thirty "
      "seconds. Breathe out slowly. What's the urge now?", "P: Maybe two. It is strange."), 2),
])
def test_a_scale_asked_again_by_its_last_number_its_level_or_its_feeling(lines: tuple[str, ...], again: int) -> None:
    assert ("rating", again) in _scores(*lines)


@pytest.mark.parametrize("said, descriptor", [
    ("sleep is coming late madam one o'clock i am thinking thinking and then four thirty alarm", "difficulty sleeping"),
    ("i sleep like five thirty in the morning wake up at noon", "difficulty sleeping"),
    ("it's broken like i wake every hour", "night-time or early waking"),
    ("Even at two in the morning I wake and open the laptop.", "night-time or early waking"),
])
def test_sleep_that_comes_late_or_breaks_in_the_night(said: str, descriptor: str) -> None:
    assert ("sleep", descriptor) in {(c.domain, d) for c, d in symptom_cues_in(said)}


def test_smoke_as_an_image_or_a_fire_is_no_nicotine_use() -> None:
    from scribe.extract.findings import extract_symptoms

    def domains(said: str) -> set[str]:
        return {s["domain"] for s in extract_symptoms([{"speaker": "client", "text": said}])}

    assert "substance use" not in domains("when the anger come the chest become full of smoke then the smoke go out")
    assert "substance use" in domains("I went out for a smoke every hour")
    assert "substance use" in domains("I still smoke when I'm stressed")
