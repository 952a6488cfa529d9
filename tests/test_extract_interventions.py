"""Interventions delivered without being named: cue families, corroboration, and delivery scope.

Every phrasing here is written for these tests (none is a benchmark sentence); each
intervention gets a punctuated phrasing and a lower-case unpunctuated ASR one.
"""

from __future__ import annotations

import pytest

from scribe.extract import extract
from scribe.extract.grounding import supports_intervention
from scribe.extract.interventions import extract_interventions, rule_interventions
from tests._extract_helpers import C, O, P, session


def found(*turns: tuple[str, str]) -> dict[str, list[int]]:
    return {i["name"]: i["evidence"] for i in extract_interventions(session(*turns)["turns"])}


# ---- one clinician turn delivers the technique, unnamed

DELIVERED = [
    ("cognitive restructuring", "Okay, so what points the other way? What's the evidence against 'I always mess up'?"),
    ("cognitive restructuring", "if you weigh all of it what's a more realistic version of that thought"),
    ("cognitive restructuring", "What would you tell a close friend who made the same mistake at work?"),
    ("behavioral activation", "We're not going to wait until you feel like it. Let's put the walk in your calendar."),
    ("behavioral activation", "the doing comes first and the mood catches up so pick two small things for saturday"),
    ("exposure", "Here's the elevator button. Press it and ride up one floor with me right now."),
    ("exposure", "so we go one step at a time up the ladder and today is the bridge you've been scared of"),
    ("psychoeducation", "When you skip the party, your brain learns the party was dangerous, so next time the fear is bigger."),
    ("psychoeducation", "that's how panic works it spikes and it passes and the racing heart can't hurt you"),
    ("mindfulness", "For a minute, just pay attention to your breath. When your mind wanders, bring it back to the breath."),
    ("mindfulness", "notice when your attention drifts and come back to the breath no need to change anything"),
    ("relaxation training", "Breathe in slowly through your nose, and let the out-breath be longer than the in-breath."),
    ("relaxation training", "big breath in and blow it out slowly like you're cooling soup"),
    ("motivational interviewing", "How ready are you to cut down on the vaping, one to ten?"),
    ("motivational interviewing", "so part of you wants the nights out and another part is tired of the mornings"),
    ("problem solving", "Let's write down the ideas first, no judging, and then see which one you want to try."),
    ("problem solving", "what are some ways you could get to the clinic if the car's in the shop"),
    ("distress tolerance skills", "When the wave hits, hold an ice cube in your hand and squeeze until it eases."),
    ("distress tolerance skills", "you can't change that it happened fighting reality just adds suffering on top"),
    ("emotion regulation skills", "Before the shouting, what emotion came first? Hurt, maybe, or fear?"),
    ("communication skills training", "Try it again, starting with 'I feel' instead of 'you always'."),
    ("communication skills training", "sam before you answer tell her what you heard her say"),
    ("values clarification", "Picture yourself at seventy looking back. What do you want to be remembered for?"),
    ("values clarification", "so what matters most to you about being a dad"),
    ("grounding", "Look around the room and tell me three things you can see, right now."),
    ("grounding", "ok eyes open name three things you can hear in here"),
    ("sleep hygiene", "Same wake time every day, even Sunday, and the phone stays out of the bedroom."),
    ("sleep hygiene", "if you're awake more than twenty minutes get out of bed and the bed is only for sleep"),
    ("thought record", "Write down the situation, the thought, and how strong the feeling was."),
    ("emdr", "Keep that picture in mind and follow my fingers with your eyes."),
    ("imagery rescripting", "Now imagine your adult self walking into that kitchen. What does little you need?"),
    ("trauma narrative", "Tell it to me again, slowly, in the present tense, from when the car turned."),
    # more ways of saying the same acts
    ("cognitive restructuring", "if your best friend said that about herself what would you say to her"),
    ("cognitive restructuring", "You said you're a total failure. Is that the whole picture?"),
    ("behavioral activation", "so we schedule the walk at ten and you do it whether or not you feel like it"),
    ("exposure", "i want you to say the word out loud over and over until it loses its punch"),
    ("psychoeducation", "Depression lies to you. It tells you nothing will help."),
    ("psychoeducation", "alcohol actually makes the anxiety worse the next day"),
    ("psychoeducation", "when the voices get loud stress turns up the volume and so does being tired"),
    ("mindfulness", "as thoughts come up imagine placing them on a cloud and watching them drift by"),
    ("relaxation training", "let's slow your breathing down in through the nose for four and out through the mouth for six"),
    ("motivational interviewing", "You're a six on readiness. What would it take to get to a seven?"),
    ("motivational interviewing", "what would be different a year from now if you stopped gambling"),
    ("problem solving", "Let's break the problem down. What's the first piece you could tackle?"),
    ("distress tolerance skills", "distract yourself with something absorbing like a puzzle until the wave passes"),
    ("emotion regulation skills", "When you feel shame, what does it make you want to do? And what would be the opposite?"),
    ("emotion regulation skills", "being tired and hungry makes your emotions louder"),
    ("interpersonal effectiveness skills", "Describe the situation, say how you feel, then ask clearly for the day off."),
    ("role play", "Okay, I'm your landlord."),
    ("role play", "let's switch you be your dad and i'll be you"),
    ("communication skills training", "jane can you repeat back what you heard mark say before you answer"),
    ("values clarification", "What would you want your kids to say about you?"),
    ("sleep hygiene", "try to get up at the same time every morning even on weekends"),
    ("thought record", "Let's fill in the columns: situation, automatic thought, emotion."),
    ("emdr", "i'll tap on your knees left and right while you hold the image"),
    ("imagery rescripting", "In the nightmare, what would you like to happen? Let's replay it with that ending."),
    ("cognitive restructuring", "you called yourself an idiot for forgetting how else could you describe what happened"),
    ("mindfulness", "Feel the breath at your nostrils, and when your mind drifts, gently return."),
    ("relaxation training", "breathe into your belly so your hand rises then let it fall slowly on the way out"),
    ("relaxation training", "Start with your toes. Curl them tight, hold, and let them relax."),
    ("emotion regulation skills", "what emotion was underneath the yelling"),
    ("trauma narrative", "let's read what you wrote about the assault out loud"),
    ("emdr", "on a scale of one to seven how true does 'i am safe now' feel"),
    ("imagery rescripting", "picture the dream again but this time you're the one who opens the door"),
    ("imagery rescripting", "Now, this time, something changes. You're not on your own in that corridor. Who would you want there?"),
    ("values clarification", "What do you want to stand for as a teacher?"),
    ("thought record", "when the mood drops jot down what was going through your mind"),
    ("sleep hygiene", "Your bed should be for sleep only, so no scrolling in bed."),
    ("interpersonal effectiveness skills", "Stick to one request and keep repeating it calmly, like a broken record."),
    ("distress tolerance skills", "when the urge comes ride it out like a wave it rises peaks and falls"),
    ("emotion regulation skills", "checking the facts here, does the size of the anger fit what happened?"),
    ("grounding", "Plant your feet and tell me what you can feel in your hands right now."),
    ("grounding", "hold this cold stone and describe it to me, the color, the weight"),
    ("exposure", "today you'll stay in the crowded cafe for twenty minutes and you won't leave until your anxiety drops"),
    ("role play", "Let's act it out: I'm the manager and you come in to ask about the schedule."),
]


@pytest.mark.parametrize("name, text", DELIVERED)
def test_unnamed_delivery_is_recognised(name: str, text: str) -> None:
    got = found(C("Let's get started."), P("Okay."), C(text), P("Okay, yeah."))
    assert name in got, got
    assert got[name] == [2]


@pytest.mark.parametrize("name, text", DELIVERED)
def test_evidence_is_grounded(name: str, text: str) -> None:
    turns = session(C("Let's get started."), P("Okay."), C(text), P("Okay, yeah."))["turns"]
    assert supports_intervention({"name": name, "evidence": [2]}, turns)


# ---- corroboration: weak acts count only alongside another part of the technique

def test_safety_plan_built_from_its_parts() -> None:
    got = found(
        C("have you had thoughts of ending your life this week"),
        P("some nights yeah"),
        C("what's usually the first sign that a night is going that way"),
        P("i stop answering texts"),
        C("and who could you call when that happens"),
        P("my cousin maybe"),
        C("and there's 988 any time day or night"),
        P("ok"),
    )
    assert got.get("safety planning") == [2, 4, 6]


def test_means_restriction_alone_is_safety_planning() -> None:
    got = found(C("Could we get the extra pills out of the house, maybe give them to your brother to keep?"),
                P("Yeah, I can do that."))
    assert got.get("safety planning") == [0]


def test_one_part_of_a_safety_plan_is_not_a_plan() -> None:
    assert "safety planning" not in found(C("What helps when you're stressed at work?"), P("Running."))
    assert "safety planning" not in found(C("Who could you call to help with the move?"), P("My brother."))


def test_muscle_tension_and_release_together_are_relaxation() -> None:
    got = found(C("Squeeze your fists as tight as you can."), P("Okay."),
                C("and now let go and notice the difference"), P("Huh."))
    assert got.get("relaxation training") == [0, 2]


def test_interpersonal_effectiveness_from_its_steps() -> None:
    got = found(
        C("Let's script it. First just the facts, no blame."), P("You borrowed the car and brought it back empty."),
        C("Then what you're asking for."), P("Fill it up when you use it."),
    )
    assert got.get("interpersonal effectiveness skills") == [0, 2]


def test_everyday_questions_are_not_a_safety_plan_or_an_exposure() -> None:
    """The parts of a safety plan and of an exposure are everyday questions: without talk of risk or of
    fear in the turns around them they are small talk."""
    got = found(
        C("What helps when the kids are fighting?"), P("Separate rooms."),
        C("Who could you call for backup on those evenings?"), P("My mom."),
        C("Stay with it for a second, what's the feeling?"), P("Tired."),
        C("Don't check your email after nine, that's a good boundary."), P("Yeah."),
    )
    assert got == {}


def test_a_denied_screening_question_is_no_risk_context() -> None:
    """Every session asks about suicide; coping and contact questions after a "no" are not a safety plan."""
    got = found(
        C("any thoughts of suicide or of hurting yourself this week"), P("no nothing like that"),
        C("ok good what helps you most when work gets like that"), P("calling my sister"),
        C("and who could you call if she's not around"), P("my friend"),
    )
    assert "safety planning" not in got


def test_an_endorsed_screening_question_is_risk_context() -> None:
    got = found(
        C("Have you had any thoughts of suicide since we last met?"), P("Some nights, yeah."),
        C("What helps on those nights?"), P("Music."),
        C("And who could you call?"), P("My cousin."),
    )
    assert got.get("safety planning") == [2, 4]


def test_making_a_gun_unavailable_is_safety_planning() -> None:
    got = found(P("i've had the rifle out a couple of times just holding it"),
                C("What I'd like is to make the rifle unavailable for a while. Who could hold it?"), P("my uncle"))
    assert got.get("safety planning") == [1]


def test_client_answer_gives_the_risk_context() -> None:
    got = found(
        C("When it gets that bad at night, what helps?"), P("Honestly some nights I think about ending my life."),
        C("Thank you for telling me. And who could you call then?"), P("My sister."),
    )
    assert got.get("safety planning") == [0, 2]


def test_a_contingency_worked_out_together_is_delivered() -> None:
    got = found(
        C("have you had thoughts of suicide since we last met"), P("a couple of times"),
        C("so if the urge comes back tonight what would you do and who would you call"), P("my roommate"),
        C("and 988 is there if she doesn't pick up"), P("ok"),
    )
    assert "safety planning" in got


def test_a_lone_weak_cue_is_not_an_intervention() -> None:
    got = found(C("You're here now. How was the drive?"), P("Fine."))
    assert "grounding" not in got
    got = found(C("Just notice that."), P("Okay."))
    assert "mindfulness" not in got


# ---- scope: delivered in this session, by the clinician

@pytest.mark.parametrize(
    "turns",
    [
        # planned for later
        (C("Next session I'd like to try some slow breathing with you."), P("Sure.")),
        (C("at some point we could look at the evidence for that thought"), P("ok")),
        # offered and declined
        (C("Would you like to try a breathing exercise right now?"), P("No, honestly, not today.")),
        (C("do you want to name five things you can see"), P("nah i'm okay")),
        (C("Let's try some slow breathing together."), P("I'd rather not, honestly, it makes me feel worse.")),
        # recalled from another clinician's work or an earlier session
        (C("So your old therapist had you breathe in for four and out for six?"), P("Yeah, it didn't help.")),
        (C("Last time we looked at the evidence for that thought."), P("Right.")),
        # a check on last week's practice
        (C("How did the breathing exercise go this week?"), P("I did it twice.")),
    ],
)
def test_out_of_scope_mentions_are_not_delivered(turns: tuple[tuple[str, str], ...]) -> None:
    assert found(*turns) == {}


@pytest.mark.parametrize(
    "text, want",
    [
        ("ok so lets try something right now breathe in slowly through your nose and out through your mouth good "
         "and this week i want you to do that every night before bed", {"relaxation training"}),
        ("so how did the thought record go this week and um what's the evidence against that thought that "
         "you're a bad mom", {"cognitive restructuring"}),
        ("next session we can try some exposure but for now lets just slow your breathing down in for four "
         "and out for six", {"relaxation training"}),
    ],
)
def test_scope_stays_within_its_saying_in_unpunctuated_speech(text: str, want: set[str]) -> None:
    assert set(found(C(text), P("ok"))) == want


def test_client_describing_a_technique_is_not_delivery() -> None:
    got = found(C("What did you do over the weekend?"),
                P("I did the breathe in slowly through your nose thing from the app, and named five things I could see."))
    assert got == {}


def test_other_speakers_never_deliver() -> None:
    got = found(C("How was the week?"), O("We tried having him breathe in slowly through his nose, like you said."))
    assert got == {}


@pytest.mark.parametrize(
    "text",
    [
        "I keep my phone in the kitchen so the kids can't grab it.",
        "What matters is that you got here today.",
        "The weather's been awful, I had to hold the umbrella with both hands.",
        "My sister is an EMT, she does the nine one one calls all night.",
    ],
)
def test_small_talk_with_the_same_words_is_not_an_intervention(text: str) -> None:
    assert found(C(text), P("Ha, yeah.")) == {}


@pytest.mark.parametrize(
    "text",
    [
        "the traffic was awful, i had to take a few deep breaths myself",
        "My kid's soccer coach uses a feelings thermometer, isn't that funny.",
        "she tried radical acceptance in her group years ago",
    ],
)
def test_clinician_telling_of_themselves_or_others_is_not_delivery(text: str) -> None:
    assert found(C(text), P("Ha.")) == {}


def test_an_everyday_options_question_needs_a_choice_to_be_problem_solving() -> None:
    assert found(C("What options do you have for parking at the new job?"), P("A lot across the street.")) == {}
    got = found(C("what options do you have for getting the rent in"), P("ask my brother or sell the bike"),
                C("which one do you want to try first"), P("my brother"))
    assert got.get("problem solving") == [0, 2]


def test_breaking_a_task_down_in_the_room_is_problem_solving() -> None:
    got = found(C("ok let's try breaking something down together what's the report you keep putting off"),
                P("the budget one"))
    assert list(got) == ["problem solving"]


def test_one_change_asked_for_and_a_part_to_act_on_corroborate_as_problem_solving() -> None:
    got = found(C("So the landlord won't fix the heater. Which part of it can you do something about?"),
                P("I could call the housing office I guess."),
                C("Okay. And what's one step you could take before Friday?"), P("Email them tonight."))
    assert got.get("problem solving") == [0, 2]
    # either question alone is everyday talk
    assert found(C("What could you do about dinner tonight?"), P("Pizza.")) == {}


def test_asking_about_means_and_securing_them_is_safety_planning() -> None:
    got = found(P("the thoughts of dying are back"),
                C("Where are the pills now? Could your partner lock them up for a while?"), P("I guess."))
    assert got.get("safety planning") == [1]


@pytest.mark.parametrize(
    "text",
    [
        "I want to say something about where we are. It's not a weakness to still be grieving.",
        "it sounds strange but it works for a lot of people",
    ],
)
def test_reassurance_or_a_pitch_alone_is_not_psychoeducation(text: str) -> None:
    assert "psychoeducation" not in found(C(text), P("Okay."))


def test_skill_set_only_as_homework_is_not_delivered() -> None:
    got = found(C("This week, do the slow breathing in the car before you go in."), P("Okay."))
    assert "relaxation training" not in got
    got = found(C("and if the urges get stronger call me or the crisis line"), P("ok"))
    assert "safety planning" not in got


def test_a_task_designed_for_the_week_is_delivered() -> None:
    got = found(C("This week, write down the situation and the thought each time the panic starts."), P("Okay."))
    assert got.get("thought record") == [0]


def test_a_count_during_a_squeeze_is_not_grounding() -> None:
    got = found(C("Squeeze your fists, hold it, five, four, three, two, one. And release."), P("Oh."))
    assert "grounding" not in got
    assert "relaxation training" in got


def test_rationale_given_while_delivering_is_not_separate_psychoeducation() -> None:
    got = found(C("Stay in the car park without leaving, and your brain learns the car park is safe."), P("Okay."))
    assert "exposure" in got and "psychoeducation" not in got


def test_unnamed_interventions_survive_the_whole_pipeline() -> None:
    out = extract(session(
        C("how's the week been"),
        P("rough i keep thinking everyone at work thinks i'm useless"),
        C("what's the evidence for that and what's the evidence against it"),
        P("my boss did say the report was good"),
        C("ok lets try something right now breathe in slowly through your nose and out through your mouth"),
        P("ok that helps a bit"),
    ))
    got = {i["name"]: i["evidence"] for i in out["progress_note"]["interventions"]}
    assert got == {"cognitive restructuring": [2], "relaxation training": [4]}


# ---- short whole sessions in ASR style: what was delivered, next to what was only offered, declined or recalled

SESSIONS = [
    ({"motivational interviewing": [6, 8], "psychoeducation": [10]}, (
        C("so you said the drinking's been picking up since the layoff"), P("yeah six or seven beers most nights"),
        C("what does the beer do for you at the end of the day"), P("it shuts my head off"),
        C("and what's the downside you've noticed"), P("i'm late to the job search stuff"),
        C("on a one to ten how important is it to you to cut back"), P("maybe a six"),
        C("why a six and not a three"), P("because my kid notices"),
        C("alcohol is a depressant so the relief at night comes back as worse mood the next day"), P("huh"),
        C("we could try some relaxation work another time if you want"), P("maybe"),
    )),
    ({"grounding": [2, 6], "trauma narrative": [10]}, (
        C("you look far away right now"), P("i'm back there again the smell of the smoke"),
        C("okay stay with me look around this room and tell me three things you can see"), P("the lamp the plant"),
        C("good and two things you can hear"), P("the fan and a car"),
        C("you're here in my office it's tuesday you're safe"), P("okay i'm here"),
        C("when you're ready we'll go back to the story of the fire from where we stopped"), P("okay"),
        C("tell it to me in the present tense what do you see"), P("i'm in the hallway and there's smoke"),
        C("my old supervisor used to do emdr for this kind of thing but we're doing it this way"), P("ok"),
    )),
    ({"cognitive restructuring": [3, 5, 7], "behavioral activation": [9, 11]}, (
        P("my last counselor had me do thought records and they felt pointless"), C("what made them feel pointless"),
        P("i'd just write i'm a failure over and over"), C("let's look at that one now what's the evidence you're a failure"),
        P("i lost the job"), C("and what's the evidence against it"),
        P("i raised two kids alone i guess"), C("so what's a fairer way to say it"),
        P("i lost a job but i'm not a failure"), C("what did you used to enjoy before things got this heavy"),
        P("painting"), C("could we put one hour of painting on the calendar for saturday morning"),
        P("ok"), C("and would you like to try a breathing exercise before we stop"), P("no i'm okay thanks"),
    )),
    ({"communication skills training": [2, 4], "emotion regulation skills": [6, 8]}, (
        C("okay jen when you say he never listens what do you want him to know"), O("that i'm exhausted"),
        C("can you tell him that starting with i"), O("i feel exhausted and i need help with bedtime"),
        C("mark what did you hear"), P("she's exhausted and wants help with bedtime"),
        C("mark when she brings this up what happens in your body"), P("my chest gets tight and i get defensive"),
        C("so when you notice the tight chest that's your cue to name the feeling and ask for ten minutes"), P("ok"),
        C("my wife and i have the same fight about bedtime honestly"), P("ha"),
    )),
]


@pytest.mark.parametrize("want, turns", SESSIONS)
def test_whole_sessions(want: dict[str, list[int]], turns: tuple[tuple[str, str], ...]) -> None:
    assert found(*turns) == want


@pytest.mark.parametrize("name, turns", [
    ("values clarification", [C("If you imagine yourself at eighty looking back, what would you want to have stood for?"),
                              P("Being there for my kids.")]),
    ("exposure", [C("so today we park by the school and stay parked there for ten minutes"), P("ok im nervous"),
                  C("notice the anxiety and let it rise and fall without leaving"), P("okay")]),
    ("thought record", [C("lets do one together the situation was the meeting and the thought was im getting fired"),
                        P("like ninety percent"), C("ok write that in the belief column"), P("done")]),
])
def test_more_techniques_delivered_without_their_names(name: str, turns: list) -> None:  # type: ignore[type-arg]
    assert name in {i["name"] for i in extract_interventions(session(*turns)["turns"])}


# ---- acts that deliver a technique by its structure, unnamed (each phrasing written for these tests)

@pytest.mark.parametrize("name, turns", [
    ("problem solving", [C("so the parking problem what are your options"), P("the garage or the bus"),
                         C("which one feels easiest"), P("the bus")]),
    ("problem solving", [C("Let's think of options for the move. What could you do?"), P("Rent a van, ask Joe."),
                         C("Which one first?"), P("Joe.")]),
    ("problem solving", [C("What could make Monday easier?"), P("Leaving early, packing the night before."),
                         C("Which of those can you do by Monday?"), P("Packing.")]),
    ("behavioral activation", [C("The good feeling comes after the doing, not before. What could you do this week?"),
                               P("Maybe the library.")]),
    ("behavioral activation", [C("You used to swim, didn't you?"), P("Every week."),
                               C("Could you do two mornings this week, just twenty minutes?"), P("Maybe.")]),
    ("behavioral activation", [C("What did you like to do, before all this?"), P("Knitting, baking."),
                               C("Could you bake something small this week with your niece?"), P("I could.")]),
    ("values clarification", [C("What used to matter to you, before the divorce?"), P("My music, my friends.")]),
    ("emotion regulation skills", [C("And naming the feeling, how big it is, before you pick what to do."), P("Okay.")]),
    ("emotion regulation skills", [C("Where do you feel mad in your body?"), P("My chest."),
                                   C("If mad goes from one to ten, where is the chest feeling?"), P("Like a three.")]),
    ("exposure", [C("Today we'll bring on those sensations on purpose, by spinning in the chair."), P("Ugh, okay.")]),
    ("exposure", [P("I'm scared it'll make me faint."), C("From zero to a hundred, how much anxiety right now?"),
                  P("Sixty."), C("Stay with it, you're doing it."), P("Okay."),
                  C("Where's the anxiety now?"), P("Forty.")]),
    ("role play", [C("What if we try it? I'll be Ms. Ortega, and you ask for the day off."), P("Okay.")]),
    ("role play", [C("Let's practise Friday's conversation. You be your sister for a minute."), P("Ha, fine.")]),
    ("role play", [C("What would you say to Dan if he brings it up again?"), P("That I need space."),
                   C("Say it once more like you mean it."), P("I need space, Dan.")]),
    ("role play", [C("Let's practice."), P("Okay."), C("Lee, say it like you would at dinner."), P("Fine.")]),
    ("communication skills training", [C("Ray, what would you say, right then, instead of yelling?"),
                                       P("That I need a minute.")]),
    ("safety planning", [P("some nights i want to die"), C("are there guns in the house"), P("two rifles"),
                         C("would you be willing to have them somewhere else for now"), P("yeah at my uncle's"),
                         C("who do you call when it gets bad"), P("my sister")]),
    ("safety planning", [P("sometimes I wish I was dead"), C("Can your dad put the medicines up where you can't reach them?"),
                         P("Okay.")]),
    ("psychoeducation", [C("Flashbacks after a crash work like that: the brain replays it as if it's happening now."),
                         P("Oh.")]),
])
def test_technique_recognised_from_what_the_clinician_does(name: str, turns: list) -> None:  # type: ignore[type-arg]
    got = found(*turns)
    assert name in got, got
    assert supports_intervention({"name": name, "evidence": got[name]}, session(*turns)["turns"])


def test_a_no_to_a_later_question_does_not_refuse_the_technique_before_it() -> None:
    got = found(P("the thoughts of dying come most nights"), C("who can you call when that happens"), P("my brother"),
                C("and the crisis line is on the card, anything you'd want to hurt anybody else"), P("no"))
    assert got.get("safety planning") == [1, 3]
    got = found(P("the thoughts of dying come most nights"), C("who can you call when that happens"), P("my brother"),
                C("would you want to call the crisis line together now"), P("no, not today"))
    assert got.get("safety planning") != [1, 3]


@pytest.mark.parametrize("text", [
    "Which one is the new bus stop, the one by the bank?",
    "What did you have for lunch?",
    "Could you do two mornings this week at the shop, or is that too much?",
])
def test_everyday_questions_that_resemble_an_act_are_not_interventions(text: str) -> None:
    assert found(C("How was the week?"), P("Fine."), C(text), P("Okay.")) == {}


LONG_EXPLANATION = (
    "Here is what I see in postpartum anxiety before it gets bad. It usually starts with lost sleep, then the checking "
    "grows, and most people feel it in the chest first. It is very common after a birth, about one in five mothers, "
    "and it does get better with treatment."
)


def test_a_condition_explained_at_length_is_psychoeducation() -> None:
    got = found(C("How was the week?"), P("Two attacks."), C(LONG_EXPLANATION), P("Huh."))
    assert got.get("psychoeducation") == [2]
    assert supports_intervention({"name": "psychoeducation", "evidence": [2]},
                                 session(C("Hi."), P("Hi."), C(LONG_EXPLANATION))["turns"])


def test_a_condition_explained_beside_a_safety_step_is_still_psychoeducation() -> None:
    text = (LONG_EXPLANATION + " Could you keep the pills at your sister's house for now?")
    got = found(P("some nights i think about dying"), C(text), P("yes"))
    assert "psychoeducation" in got and "safety planning" in got


@pytest.mark.parametrize("text", [
    # short: a line of the condition, not an explanation
    "With depression, that usually happens.",
    # a technique's one-line rationale, padded by the technique itself
    "Grief tends to shrink our days. We stop going out. So we add one small activity at a time, even before you "
    "feel like it, and we pick two small things for Saturday and put them in your calendar like appointments.",
])
def test_a_line_or_a_rationale_is_not_psychoeducation_at_length(text: str) -> None:
    assert "psychoeducation" not in found(C("How are things?"), P("Low."), C(text), P("Okay."))


@pytest.mark.parametrize("name, text", [
    ("sleep hygiene", "stay out of the bed till seven even if you wake early and no napping after lunch"),
    ("sleep hygiene", "If you're still wide awake, sit in the den with a lamp on and come back when you're sleepy."),
    ("thought record", "This week, catch those thoughts on paper, on the worksheet with the columns."),
])
def test_sleep_rules_and_a_thought_record_unnamed(name: str, text: str) -> None:
    assert name in found(C("Let's get started."), P("Okay."), C(text), P("Okay."))


def test_pretending_to_blow_up_a_balloon_is_breathing_not_role_play() -> None:
    got = found(C("Pretend you're blowing up a big balloon: breathe in through your nose slowly and blow out."), P("Ok."))
    assert "role play" not in got and "relaxation training" in got


# ---- a safety plan's own shape: a warning sign, then the step

def test_a_warning_sign_then_a_step_then_the_crisis_line_is_a_plan() -> None:
    got = found(
        C("You said the wish to be gone comes most nights. Is that still true?"), P("Most nights, yes."),
        C("Okay. When that wish shows up, you go sit with your neighbour or phone your brother."), P("I can do that."),
        C("And if it ever moves toward acting on it, call 988 or get to the emergency room."), P("Alright."),
    )
    assert got.get("safety planning") == [2, 4]


def test_the_risk_may_have_been_raised_long_before_the_plan() -> None:
    filler = [t for k in range(10) for t in (C(f"How did week {k} at the depot go?"), P("Fine, busy."))]
    got = found(
        C("Earlier you said you wish you had died in the crash too."), P("Yes, I do."), *filler,
        C("so when the evening thoughts get heavy who on your street could you talk to"), P("Marta next door"),
        C("and if you ever feel you might act on it you ring nine eight eight"), P("ok"),
    )
    assert got.get("safety planning") == [22, 24]


def test_a_plan_asked_for_as_bare_what_ifs_and_a_safe_for_the_gun() -> None:
    got = found(
        C("do you get thoughts of hurting him"), P("yeah i picture it a lot"),
        C("and if you run into him at the feed store"), P("i walk out and go home"),
        C("what if the shotgun goes in your brother's gun safe for a while"), P("yeah he'd keep it"),
    )
    assert got.get("safety planning") == [2, 4]


def test_the_crisis_line_with_its_trigger_alone_is_no_plan() -> None:
    got = found(
        C("Any thoughts of suicide?"), P("Sometimes I wish I wasn't here, but I'd never do anything."),
        C("Okay. If that wish turns into a plan, you call me or 988."), P("Okay."),
    )
    assert "safety planning" not in got


# ---- behavioral activation from its acts: an activity set for a day, the mood rated around it

@pytest.mark.parametrize(
    "turns",
    [
        [C("You brightened up when you mentioned the garden club. Could we get more of that into your week?"),
         P("They meet Wednesdays."), C("Could you go this Wednesday?"), P("Maybe, yes.")],
        [C("what's one thing you used to enjoy on the weekends"), P("fishing off the pier with my son"),
         C("what would it take to go this saturday"), P("just asking him")],
        [C("So the pottery class on Monday and coffee with Ines every morning."), P("Okay."),
         C("Give it a number for how you feel before and after, zero to ten."), P("I can do that.")],
        [C("With a low like this, feeling like it usually has to wait: the doing needs to come first."),
         P("Hm.")],
    ],
)
def test_an_activity_set_for_a_day_is_behavioral_activation(turns: list[tuple[str, str]]) -> None:
    assert "behavioral activation" in found(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        [P("Maybe I could take the dog to the lake again, I haven't in ages."),
         C("Good, let's pencil that in for Saturday morning, the lake with the dog.")],
        [P("i could ride with my cousin after work"), C("okay let's make that the plan for wednesday riding with him")],
    ],
)
def test_an_activity_the_client_names_committed_to_a_day_is_behavioral_activation(
        turns: list[tuple[str, str]]) -> None:
    assert "behavioral activation" in {d["name"] for d in rule_interventions(session(*turns)["turns"])}


def test_a_time_committed_for_the_next_appointment_is_not_behavioral_activation() -> None:
    turns = session(P("Thursday at four works."), C("Great, let's put that down for Thursday, same room, our usual session."))
    assert "behavioral activation" not in {d["name"] for d in rule_interventions(turns["turns"])}


def test_one_errand_on_a_day_is_not_behavioral_activation() -> None:
    assert "behavioral activation" not in found(C("Could you call the pharmacy tomorrow about the refill?"), P("Sure."))


# ---- problem solving from its steps: the problem named, options listed, one chosen, obstacles, the plan

@pytest.mark.parametrize(
    "turns",
    [
        [C("Let's take the money worry. What's the real problem, in plain words?"), P("Rent is due before payday."),
         C("Name every way you could cover that gap, without judging any of them yet."), P("Ask my aunt, extra shift.")],
        [C("okay options"), P("i could ask my sister or take the bus"),
         C("which of those would you be willing to try first"), P("the bus")],
        [C("What's the smallest piece of the application?"), P("The reference letter."),
         C("Sounds like a plan, then: email Ms. Park on Monday."), P("Okay.")],
    ],
)
def test_steps_of_problem_solving_are_problem_solving(turns: list[tuple[str, str]]) -> None:
    assert "problem solving" in found(*turns)


def test_noticing_without_judging_is_not_brainstorming() -> None:
    got = found(C("Notice the tightness without judging it, and let it be there."), P("Okay."))
    assert "problem solving" not in got


# ---- distress tolerance: strong sensations and hard exercise in place of the harmful act

@pytest.mark.parametrize(
    "text",
    [
        "When the urge to scratch hits, bite into a frozen grape, or run the stairs until you're out of breath.",
        "some kids snap a rubber band or chew sour candy instead of cutting and the wave usually passes in a few minutes",
        "Try wall pushes as hard as you can, then a lemon slice. The craving comes down if you get through the peak.",
    ],
)
def test_strong_sensations_instead_of_the_harm_are_distress_tolerance(text: str) -> None:
    assert "distress tolerance skills" in found(P("The urge was bad on Sunday."), C(text), P("Okay."))


def test_a_stress_ball_for_fidgeting_is_not_distress_tolerance() -> None:
    assert "distress tolerance skills" not in found(C("A stress ball at your desk might help you sit through class."))


# ---- communication skills and interpersonal effectiveness from the coaching itself

@pytest.mark.parametrize(
    "turns",
    [
        [C("Priya, make one specific request, with a day in it. Sam, you can say yes, no, or offer another time."),
         P("Could you do bath time on Mondays?"), O("Yes, I can.")],
        [C("Dev, instead of questions, say what you noticed and how you feel, then stop."), O("I noticed you skipped dinner.")],
        [C("say it to him as 'I noticed, I feel' right now"), P("i noticed you were late and i feel scared")],
    ],
)
def test_coaching_how_one_speaks_to_the_other_is_communication_skills(turns: list[tuple[str, str]]) -> None:
    assert "communication skills training" in found(*turns)


def test_the_steps_of_an_assertive_request_are_interpersonal_effectiveness() -> None:
    got = found(
        C("Let's draft the email to the landlord. Start with just the facts, no opinions."), P("The heater broke on the 3rd."),
        C("Now ask for something specific, and say why it helps him too."), P("Fix it by Friday so he keeps a tenant."),
    )
    assert "interpersonal effectiveness skills" in got


@pytest.mark.parametrize(
    "text",
    [
        "If these turned out to be your last good years, what would you want them full of?",
        "when your daughter is grown what kind of mother do you want her to remember",
    ],
)
def test_the_limited_time_and_the_person_one_wants_to_be_are_values(text: str) -> None:
    assert "values clarification" in found(C(text), P("Time with her, mostly."))


def test_a_reflection_of_what_drinking_costs_is_not_values_work() -> None:
    got = found(C("So the wine buys you a quiet hour, and costs you being the partner you want to be."), P("Yeah."))
    assert "values clarification" not in got


def test_the_columns_said_as_questions_are_a_thought_record() -> None:
    got = found(C("when the 'I'm useless' thought hits this week, jot down what set it off, what you told yourself, "
                  "and the answer back"), P("ok"))
    assert "thought record" in got


def test_a_technique_name_inside_a_longer_word_is_not_that_technique() -> None:
    assert "imagery rescripting" not in found(C("Good. And the new prescription, did you pick it up?"), P("Yes."))


def test_ambivalence_asked_side_by_side_and_reflected_is_motivational_interviewing() -> None:
    got = found(
        C("What does the part of you that wants to quit want?"), P("To be there for my kids."),
        C("So the weed gets you through the evenings, and costs you the mornings with them."), P("Yeah."),
    )
    assert "motivational interviewing" in got


def test_watching_a_craving_in_the_body_without_acting_is_mindfulness() -> None:
    got = found(
        C("Notice where the craving sits in your body right now."), P("My throat."),
        C("You don't have to do anything with it. Breathe and see if it changes."), P("It's smaller."),
    )
    assert "mindfulness" in got


def test_an_exposure_set_for_the_week_from_its_parts() -> None:
    got = found(
        P("I take the long way round so I don't pass the pool."),
        C("this week walk past the pool gate once a day let the memory come don't push it away"), P("ok"),
        C("how anxious are you zero to a hundred just picturing it"), P("sixty"),
    )
    assert "exposure" in got


def test_staying_until_the_alarm_settles_is_exposure() -> None:
    got = found(C("One short bus ride, and stay on until the alarm settles. Don't get off because of it."), P("Okay."))
    assert "exposure" in got


def test_autogenic_phrases_are_relaxation() -> None:
    got = found(C("Say it slowly in your head: my arms are heavy and warm. My heartbeat is calm and steady."), P("Mm."))
    assert "relaxation training" in got


def test_a_feeling_named_and_a_step_for_each_level_is_emotion_regulation() -> None:
    got = found(
        C("When the anger starts, what do you notice first?"), P("My ears get hot."),
        C("Let's give it a name, like traffic lights: green, yellow, red."), P("Red is when I throw stuff."),
        C("So at yellow, you take ten breaths, and at red, you walk to your room."), P("Okay."),
    )
    assert "emotion regulation skills" in got


def test_an_offer_to_walk_through_an_exercise_is_not_psychoeducation() -> None:
    assert "psychoeducation" not in found(C("One more thing for the nights. Can I walk you through it now?"), P("Sure."))


def test_a_questionnaires_worry_scale_is_not_emotion_regulation() -> None:
    got = found(C("The seven-question worry scale came back at twelve today. Does that fit?"), P("Yeah."))
    assert "emotion regulation skills" not in got


@pytest.mark.parametrize(
    "turns",
    [
        [C("So part of you says everyone bets on the game, and a part that's scared of the credit card bill."), P("Yeah.")],
        [C("You skipped the casino on payday. What made the difference?"), P("My son's recital."),
         C("So on one side, it's your one fun thing. On the other, the recital and the rent. How do those stack up?"),
         P("The rent wins.")],
    ],
)
def test_ambivalence_laid_side_by_side_is_motivational_interviewing(turns: list[tuple[str, str]]) -> None:
    assert "motivational interviewing" in found(*turns)


def test_telling_it_like_it_is_happening_is_a_trauma_narrative() -> None:
    got = found(C("We'll go slow. Tell it like it's happening right now, and I'll write it down."), P("It's dark, the car..."))
    assert "trauma narrative" in got


# ---- the learned net (``intervention_net``): its reading is mocked where the test is about the logic around it


def _net_reads(monkeypatch: pytest.MonkeyPatch, reading: dict[str, list[tuple[int, float]]]) -> None:
    from scribe.extract import intervention_net

    monkeypatch.setattr(intervention_net, "delivered", lambda turns: reading)


def test_a_technique_the_net_reads_is_added_with_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    _net_reads(monkeypatch, {"problem solving": [(0, 0.95)]})
    got = found(C("Okay, the landlord won't fix the heat. Let's throw every idea on the table, even silly ones."),
                P("I could call the city, I guess."))
    assert got["problem solving"] == [0]


def test_a_safety_plan_the_net_reads_needs_risk_talk_in_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    _net_reads(monkeypatch, {"safety planning": [(2, 0.97), (4, 0.93)]})
    calm = [C("How was the week?"), P("Busy, fine."), C("Who would you ring if the evenings get hard?"), P("My sister."),
            C("And where would the car keys go at night?"), P("In the drawer.")]
    assert "safety planning" not in found(*calm)
    risky = [C("How was the week?"), P("Bad. I kept thinking about killing myself on the drive home."),
             C("Who would you ring if the evenings get hard?"), P("My sister."),
             C("And where would the car keys go at night?"), P("In the drawer.")]
    assert "safety planning" in found(*risky)
    # one turn read as a plan is not enough
    _net_reads(monkeypatch, {"safety planning": [(2, 0.97)]})
    assert "safety planning" not in found(*risky)


def test_the_nets_reading_of_a_planned_or_recalled_turn_is_out_of_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    _net_reads(monkeypatch, {"grounding": [(0, 0.95)]})
    assert "grounding" not in found(C("Next session I'd like to teach you a way to come back to the room."), P("Okay."))
    assert "grounding" not in found(C("Your old therapist had you hold an ice cube, right?"), P("Yeah."))


def test_the_nets_evidence_adds_the_nearest_turn_with_a_cue_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the net reads the rehearsal in turn 2; turn 0 names the rehearsal's set-up, a weak cue alone
    _net_reads(monkeypatch, {"role play": [(2, 0.93)]})
    got = found(C("What would you say to him if he raises it at dinner?"), P("I don't know."),
                C("Go on then, I'm him now. 'You never tell me anything.'"), P("That's not fair, Dad."))
    assert got["role play"] == [0, 2]


def test_a_technique_the_rules_found_keeps_the_rules_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    _net_reads(monkeypatch, {"relaxation training": [(2, 0.99)]})
    got = found(C("Breathe in slowly through your nose, and let the out-breath be longer than the in-breath."),
                P("Okay."), C("Good."), P("Better."))
    assert got["relaxation training"] == [0]


def test_the_net_reads_anger_rated_and_placed_in_the_body_as_emotion_regulation() -> None:
    # no cue family holds this wording: the shipped weights read it
    turns = session(C("Can you give the anger a number right now, one to ten? And where is it sitting in your body?"),
                    P("Like a six, in my jaw."))["turns"]
    from scribe.extract.interventions import rule_interventions

    assert "emotion regulation skills" not in {d["name"] for d in rule_interventions(turns)}
    assert "emotion regulation skills" in {d["name"] for d in extract_interventions(turns)}


def test_grounding_accepts_a_turn_the_net_reads_the_technique_in() -> None:
    from scribe.extract.interventions import supported

    turns = session(C("Can you give the anger a number right now, one to ten? And where is it sitting in your body?"),
                    P("Like a six, in my jaw."))["turns"]
    assert supported("emotion regulation skills", turns, [0])
    assert not supported("trauma narrative", turns, [0])


def test_grounding_keeps_a_technique_only_the_net_reads_in_its_evidence(monkeypatch) -> None:
    from scribe.extract import intervention_net

    turns = session(C("Let's slow right down. What can you see on the shelf behind me?"), P("A blue mug."))["turns"]
    monkeypatch.setattr(intervention_net, "reads", lambda name, t, ev: name == "grounding")
    assert supports_intervention({"name": "grounding", "evidence": [0]}, turns)
    monkeypatch.setattr(intervention_net, "reads", lambda name, t, ev: False)
    assert not supports_intervention({"name": "emdr", "evidence": [0]}, turns)


def test_the_intervention_net_refuses_weights_from_another_encoder(monkeypatch) -> None:
    import numpy as np

    from scribe.errors import ModelError
    from scribe.extract import embeddings, intervention_net

    class Other:
        def encode(self, texts: list[str], **_: object) -> np.ndarray:
            return np.ones((len(texts), 384), dtype=np.float32) / np.sqrt(384)

    intervention_net._model.cache_clear()
    monkeypatch.setattr(embeddings, "load_encoder", lambda: Other())
    try:
        with pytest.raises(ModelError, match="another encoder"):
            intervention_net._model()
    finally:
        intervention_net._model.cache_clear()


# ---- the cues alone (``rule_interventions``), so that the net's reading cannot stand in for them


def ruled(*turns: tuple[str, str]) -> set[str]:
    return {d["name"] for d in rule_interventions(session(*turns)["turns"])}


@pytest.mark.parametrize("text", [
    "Ibuprofen and naproxen make your kidneys hold on to the lithium, so the level creeps up without you noticing.",
    "cigarette smoke speeds up how fast the body clears olanzapine so if you quit suddenly your level could jump up",
    "Being dehydrated can push the level up, which is why we check it after a stomach bug.",
    "the worry doesn't cause the headaches but it turns the volume up on them",
])
def test_how_a_drug_or_a_symptom_works_in_the_body_is_psychoeducation(text: str) -> None:
    assert "psychoeducation" in ruled(C(text), P("Oh, I didn't know that."))


def test_an_everyday_level_going_up_or_down_teaches_nothing() -> None:
    assert "psychoeducation" not in ruled(C("Your energy level drops after lunch, you said. Shall we put the walk "
                                            "before it?"), P("Maybe."))


@pytest.mark.parametrize("text", [
    "one more thing for both of you panic in teenagers often looks like stomach aches and skipping school more than "
    "fear and the medication and the therapy together work better than either alone so over the next month we will "
    "keep a close eye on how mornings go and you can call us with questions",
    "So the tablet is really effective for most people within a couple of months. It brings the inflammation down so "
    "far the scan can't see it, and that's called remission. Most people who take it every day get their old energy "
    "back, and the thing that makes it happen isn't luck, it's taking it at the same time each day.",
])
def test_how_a_treatment_works_explained_at_length_is_psychoeducation(text: str) -> None:
    assert "psychoeducation" in ruled(C(text), P("Okay."))


def test_an_option_weighed_and_a_first_step_is_problem_solving() -> None:
    got = ruled(
        C("You mentioned the evening class. What would it give you?"), P("A night out of the house."),
        C("And what would it cost you?"), P("Twenty pounds and a babysitter."),
        C("Okay, so what's one small step?"), P("Ask my sister about Thursdays."),
    )
    assert "problem solving" in got


def test_no_judging_said_of_the_week_is_not_a_brainstorm() -> None:
    got = ruled(C("No judging. I see a six for the urge on Friday and a tick in the acted box. Walk me through it?"),
                P("It was a bad night."))
    assert "problem solving" not in got


def test_asking_for_the_plan_if_the_thoughts_get_stronger_is_safety_planning() -> None:
    got = ruled(
        P("Some nights I think everyone would be better off if I was dead."),
        C("Thank you for telling me. If those thoughts get stronger, or you start thinking about how, what's the plan?"),
        P("Ring my brother, and the crisis line."),
        C("Good. Put both numbers in your phone now, while we're here."), P("Done."),
    )
    assert "safety planning" in got


def test_a_nightmare_retold_with_the_client_changing_it_is_rescripting_not_a_trauma_narrative() -> None:
    got = ruled(
        C("so tell me the dream in the present tense and when you reach the flooded stairs you change what happens "
          "any way you like"), P("the water drains and my dad is at the top"),
        C("Good. Read that new version out loud to yourself each night before you switch the light off."), P("Okay."),
    )
    assert "imagery rescripting" in got and "trauma narrative" not in got


@pytest.mark.parametrize("text", [
    "For the nights, a few things: getting up at the same time every day, even after a bad night, and if you're "
    "awake in bed past twenty minutes, get up, and go back to bed only when sleepy.",
    "no tea after three and then bed at the same time most nights even at weekends",
])
def test_a_fixed_rise_time_a_caffeine_cut_off_and_leaving_bed_are_sleep_hygiene(text: str) -> None:
    assert "sleep hygiene" in ruled(C(text), P("I can try that."))


def test_staying_with_the_trigger_told_as_donts_is_exposure() -> None:
    got = ruled(C("Okay, eyes on the doorknob. Stay with it, don't wash, don't wipe your hands on your jeans."),
                P("My skin is crawling."))
    assert "exposure" in got


def test_taking_a_problem_up_together_is_problem_solving() -> None:
    assert "problem solving" in ruled(C("the missed doses keep coming up so can we solve the mornings"),
                                      P("yeah I always forget"))


def test_rating_how_much_each_activity_was_enjoyed_is_behavioral_activation() -> None:
    got = ruled(C("Keep the little chart, and rate how much you enjoyed each swim, nought to ten."), P("Alright."))
    assert "behavioral activation" in got


def test_picking_a_number_of_days_for_an_activity_is_one_part_of_behavioral_activation() -> None:
    got = ruled(
        C("let's pick two days and a time for the bike ride"), P("tuesday and friday after work"),
        C("and what did you used to enjoy on the weekends"), P("fishing with my brother"),
    )
    assert "behavioral activation" in got


@pytest.mark.parametrize("text", [
    "so when your son is late home what's the likely explanation",
    "He smirked at you in the car park. What else could the smirk have been?",
    "And how many of those times was anything actually wrong?",
])
def test_the_likely_explanation_another_reading_and_the_fear_counted_are_cognitive_restructuring(text: str) -> None:
    assert "cognitive restructuring" in ruled(C(text), P("I suppose."))


def test_a_thought_written_with_its_answer_beside_it_is_a_thought_record() -> None:
    got = ruled(C("this week write down the nobody wants me there thought when it comes and the kinder version next to it"),
                P("okay"))
    assert "thought record" in got


def test_some_of_the_sensations_brought_on_on_purpose_is_exposure_and_its_why_no_psychoeducation() -> None:
    got = ruled(C("so now we'll bring on some of those sensations on purpose, the spinning, so your body learns "
                  "they're strange but not dangerous"), P("okay I'm nervous"))
    assert "exposure" in got and "psychoeducation" not in got


def test_not_waiting_to_feel_like_it_is_behavioral_activation() -> None:
    assert "behavioral activation" in ruled(C("We don't wait to feel like doing it. We just start with something "
                                              "tiny."), P("Okay."))


@pytest.mark.parametrize("text", [
    "if the worry weren't running the show what would you want your weeks to be about",
    "Not the targets, not the rota. What would you want your work to be about?",
    "Being someone the kids can count on. So that's a compass point, not a to-do list.",
])
def test_what_the_client_wants_a_life_to_be_about_is_values_clarification(text: str) -> None:
    assert "values clarification" in ruled(C(text), P("I never thought about it like that."))


@pytest.mark.parametrize(("name", "text"), [
    ("thought record", "so this week jot it down whenever the i'm a fraud thought shows up and the fairer sentence beside it"),
    ("thought record", "When the nobody likes me thought pops up, write it down."),
    ("thought record", "That's the shift we want. I'd like you to do that on paper twice before we meet."),
    ("thought record", "Use the three-column sheet again for the exam worry."),
    ("cognitive restructuring", "so what would be a kinder sentence about yourself as a brother"),
    ("psychoeducation", "Studies show most people who lose a parent get waves like this for the first year."),
    ("psychoeducation", "waking at four is really common after a bereavement"),
    ("psychoeducation", "after a crash the brain's danger system stays switched on so every horn makes you jump"),
    ("psychoeducation", "The pill with estrogen can lower your lamotrigine levels, so the same dose does less."),
    ("distress tolerance skills", "You reached for the cold water skill on the bus? That's exactly it."),
    ("distress tolerance skills", "face in the bowl and hold your breath for a few seconds like you're diving"),
    ("sleep hygiene", "Keep the same sleep window on your days off, and a caffeine cut-off at two."),
    ("sleep hygiene", "and the phone charges in the hall overnight"),
    ("sleep hygiene", "is there anything that would make the bedroom a bit darker for the day sleeps"),
    ("safety planning", "so the blades and the compass stay in the kitchen drawer for now"),
    ("role play", "now let's practise i'll be doreen you've had the flat for years and the rent goes up in may"),
    ("exposure", "Before we start, where are you, zero to a hundred?"),
    ("communication skills training", "okay now can you both say that back to each other"),
    ("communication skills training", "Could you say it again to Dev, not to me?"),
    ("mindfulness", "close your eyes and stay with the breath for a minute"),
])
def test_an_act_that_delivers_the_technique_on_its_own(name: str, text: str) -> None:
    assert name in ruled(C(text), P("Okay."))


@pytest.mark.parametrize("turns", [
    [C("what did you used to do on a sunday before the move"), P("bowls with the club"),
     C("could you go along this saturday just to watch"), P("maybe")],
    [C("when we drop the things we used to enjoy the low feeling digs in deeper"), P("that's me since spring"),
     C("could you text jo and plan one swim this week"), P("i could")],
])
def test_what_the_client_used_to_do_and_a_day_for_it_are_behavioral_activation(turns: list[tuple[str, str]]) -> None:
    assert "behavioral activation" in ruled(*turns)


def test_an_image_noticed_and_let_be_is_mindfulness() -> None:
    got = ruled(C("let's just notice that picture for a moment rather than argue with it"), P("it's still there"),
                C("that's fine, let it be there"), P("okay"))
    assert "mindfulness" in got


def test_where_a_symptom_comes_at_home_does_not_set_the_explanation_as_homework() -> None:
    got = ruled(C("tiredness makes them louder and holding the tics in all day at school makes them burst out at "
                  "home"), P("so it's not me doing it wrong"))
    assert "psychoeducation" in got


def test_a_geometry_compass_is_not_a_value_to_steer_by() -> None:
    got = ruled(C("can we agree the compass from your maths set lives downstairs for now"), P("fine"))
    assert "values clarification" not in got


def test_a_belief_rated_out_of_a_hundred_is_no_exposure_trial() -> None:
    got = ruled(C("Before we start, how much do you believe that right now, zero to a hundred?"), P("Eighty."))
    assert "exposure" not in got


def test_paced_breathing_beside_a_crisis_skill_is_that_skill_not_relaxation() -> None:
    got = ruled(
        C("When the urge spikes, hold an ice pack on your face for thirty seconds."), P("Okay."),
        C("Then breathe in for four and out for six, slower out than in."), P("In for four, out for six."),
    )
    assert "distress tolerance skills" in got and "relaxation training" not in got


def test_doing_any_exercise_now_is_not_an_exposure() -> None:
    got = ruled(C("i want to try something for when the smell takes you back can we do it now"), P("go on then"))
    assert "exposure" not in got


@pytest.mark.parametrize(("name", "text"), [
    ("cognitive restructuring", "so what's a more accurate thing to tell yourself when the email comes in late"),
    ("cognitive restructuring", "What's a more realistic first thought when your chest tightens?"),
    ("behavioral activation", "One short walk and one call to your sister each day, whatever the mood."),
    ("problem solving", "Okay, let's get practical about the mornings. What's in the way first?"),
    ("problem solving", "so what would be the first step you'd actually take with the landlord"),
    ("psychoeducation", "We now know that lying in bed all day after a back injury slows the healing down."),
    ("psychoeducation", "when the messages stop the brain fills in the gaps with the worst story it can find"),
    ("role play", "Maya, say something that normally gets under his skin, and Joe, you answer with the plan."),
    ("emotion regulation skills", "Let's go through Friday night link by link. What was the first link?"),
    ("emotion regulation skills", "so looking at it now where in the chain could you have used a skill"),
])
def test_more_acts_that_deliver_the_technique_on_their_own(name: str, text: str) -> None:
    assert name in ruled(C(text), P("Okay."))


def test_anxiety_rated_before_and_after_a_trial_is_not_an_activity_mood_check() -> None:
    got = ruled(C("Sit in the car with the engine off, don't check the mirrors, and rate how anxious you are before "
                  "and after, zero to ten."), P("It's already a seven."))
    assert "behavioral activation" not in got


def test_who_the_client_tells_beside_the_crisis_line_is_a_safety_plan() -> None:
    got = ruled(
        P("Some nights I think it'd be easier if I just didn't wake up."),
        C("then before you leave we write down who you tell when that thought comes back your aunt your coach and the "
          "crisis line nine eight eight"), P("my aunt first"),
    )
    assert "safety planning" in got


def test_a_risk_question_answered_with_a_joke_and_then_a_no_does_not_open_a_safety_plan() -> None:
    got = ruled(
        C("On the worst days, do thoughts of suicide come up?"),
        P("Ha. I told my sister to just put me out of my misery."),
        C("And under the joke?"), P("No. Honestly. I want the pain gone, not me."),
        C("When the pain starts, what's the first thing you tell yourself?"), P("That the day's ruined."),
        C("Write the other answer on the card by your bed, then."), P("Okay."),
    )
    assert "safety planning" not in got


def test_a_staple_gun_does_not_put_risk_on_the_table() -> None:
    got = ruled(
        P("The injection was like a staple gun to the arm, then nothing."),
        C("When the craving starts, what's the first thing you do?"), P("Reach for the phone."),
        C("Keep the sponsor's list on the fridge."), P("Okay."),
    )
    assert "safety planning" not in got


def test_an_eating_disorder_explained_as_an_illness_at_length_is_psychoeducation() -> None:
    got = ruled(C("your bones and your heart need fuel and when you don't eat enough the body breaks down muscle to get "
                  "it that's why you get dizzy on the stairs and that's why you're cold all the time the anorexia is "
                  "not about willpower it's an illness and it tells you you're fine when you're not"), P("okay"))
    assert "psychoeducation" in got


@pytest.mark.parametrize("text", [
    "People who look after the dying for years can get what's called compassion exhaustion. It tends to creep in "
    "slowly: you go numb on shift, then sleep goes, and small details stay with you at night long after you get home.",
    "this tablet is a good one for the nerve pain but a fair number of people get mood side effects low mood or "
    "irritability or feeling flat and you might notice it more in the first few weeks while we are still moving the "
    "dose up to where it needs to be",
])
def test_a_state_or_a_drugs_effects_explained_at_length_is_psychoeducation(text: str) -> None:
    assert "psychoeducation" in ruled(C(text), P("That makes sense."))


def test_asking_what_the_evidence_said_weighs_a_thought_and_cites_no_research() -> None:
    got = ruled(C("So the prediction was that they'd all laugh. What does the evidence say?"), P("Nobody laughed."))
    assert "psychoeducation" not in got


def test_a_drug_slowing_the_breath_is_a_warning_not_relaxation_training() -> None:
    got = ruled(C("opioids slow your breathing and the sleeping pills slow your breathing so together at night they "
                  "stack"), P("i didn't know that"))
    assert "relaxation training" not in got
    assert "relaxation training" in ruled(C("Let's slow your breathing down together now."), P("Okay."))


def test_an_obsession_written_on_a_card_and_read_aloud_is_no_trauma_narrative() -> None:
    got = ruled(C("Write the thought on this card, word for word, and read it aloud. Then we sit, no undoing it."),
                P("My hands are shaking."))
    assert "trauma narrative" not in got
    assert "trauma narrative" in ruled(C("Read your story out loud to me, slowly."), P("Okay."))


def test_coaching_the_speaker_to_say_what_they_want_is_communication_skills_training() -> None:
    got = ruled(O("He never helps with the kids."), C("Priya, try saying what you'd actually like from him, to him."),
                P("I'd like you to do bath time on weeknights."))
    assert "communication skills training" in got


def test_one_thing_that_would_make_it_easier_and_a_good_plan_are_problem_solving() -> None:
    got = ruled(C("so the first morning back what's one thing that would make the walk in easier"),
                P("getting there before anyone else and having a coffee at my desk"),
                C("good plan try that on monday and wednesday"), P("okay"))
    assert "problem solving" in got


@pytest.mark.parametrize("text", [
    "So rather than more reassurance, we try to let your brain learn that the anxiety comes down by itself if you don't check.",
    "So the plan, if you're up for it, is that when the urge to check or Google comes, you delay it thirty minutes.",
])
def test_response_prevention_delivered_without_its_name_is_exposure(text: str) -> None:
    assert "exposure" in found(P("Every twinge and I'm on Google checking for an hour."), C(text))


def test_a_delay_that_is_no_response_prevention_is_not_exposure() -> None:
    assert "exposure" not in found(C("Can we delay the session thirty minutes next week? I have a training."))


def test_problem_solving_delivered_as_options_put_forward_and_asked_for() -> None:
    got = found(C("And footy, what would it take to go back on Tuesday?"),
                P("Dunno. Coach'd want to know where I've been."),
                C("What if you rang him first, before Tuesday?"),
                P("Yeah. I could do that."))
    assert "problem solving" in got
    # one option put forward on its own is talk, not the technique
    assert "problem solving" not in found(C("What if you rang him first?"), P("Maybe."))


@pytest.mark.parametrize("text, name", [
    # a feared thought tested against what happened
    ("How many residents have you pushed? So if thinking it made it more likely, what would we expect by now?",
     "cognitive restructuring"),
    ("Right, thoughts don't push people, hands do.", "cognitive restructuring"),
    ("Can we look at that belief a little? Where is he, really, for you?", "cognitive restructuring"),
    # the other-person test with anyone in it
    ("What would you tell a new dispatcher who'd taken that call and said what you said?", "cognitive restructuring"),
    ("If Nilesh told you this story about himself, and said a real man would have stopped it, what would you tell him?",
     "cognitive restructuring"),
    # a couple's agreed pause
    ("Which is why I'd like you two to agree on a signal, something either of you can say.", "communication skills training"),
    # a part taken for the rehearsal
    ("Want to try it with me being Sergeant Dunn?", "role play"),
    ("Want to try saying it a different way? Specific, short, one thing. Pretend I'm Cody.", "role play"),
    ("For the all-hands, shall we practise your two minutes here, with me as the audience?", "role play"),
    # another way through the same problem next time
    ("what could you do differently this friday", "problem solving"),
])
def test_techniques_delivered_without_their_names(text: str, name: str) -> None:
    assert name in found(C(text), P("Okay."))


@pytest.mark.parametrize("text, expected", [
    ("When the work ends, the brain loses its rhythm. Depression in older age often looks exactly like this: emptiness, "
     "no reason to get up. The breathing makes it worse, you stay in the chair, and the chair makes the mood worse. "
     "It's a circle, and it's treatable.", True),
    ("After an assault the part of the brain that watches for danger gets stuck on high alert, and it fires the whole "
     "alarm before your thinking brain gets a say.", True),
    ("The prednisone can pull mood down, and losing the work is a real loss. It's depression, and it's treatable.", True),
    # a circle of friends teaches nothing
    ("It's a circle of friends from the church, and they meet on Sundays.", False),
])
def test_a_condition_explained_is_psychoeducation(text: str, expected: bool) -> None:
    assert ("psychoeducation" in found(C(text), P("Okay."))) is expected


def test_an_option_made_the_plan_is_problem_solving_beside_another_step() -> None:
    got = found(C("What's one step this week toward that?"), P("I call my uncle and ask about Tuesday."),
                C("Could we make that the plan on Fridays, when the fish fry is a risk?"), P("Sure."))
    assert "problem solving" in got
    # a plan alone is not the technique
    assert "problem solving" not in found(C("Could we make that the plan?"), P("Sure."))


@pytest.mark.parametrize("turns, name", [
    # read off blind18 (retired): what a lost pursuit gave the client
    ((C("Let me ask you, what did the bees give you before all this, what mattered about it?"),
      P("The smell of the linden honey in June.")), "values clarification"),
    # the rescript put as the client's choice
    ((C("Tell me the dream, present tense, up to the moment the corn moves."), P("The corn starts to go."),
      C("Now change it. Whatever you want to happen instead. You're the one running it."),
      P("The auger shuts off and we pull him out.")), "imagery rescripting"),
    # the plan's steps: who the client will reach, and the crisis line on it
    ((C("I want us to write down what happens on those nights, and who you'll reach out to. Could she be the one you call?"),
      P("Yes, she would come."),
      C("Good. That goes on your plan, with the crisis number and the after-hours line."), P("Okay.")), "safety planning"),
])
def test_techniques_read_off_blind18_without_their_names(turns: tuple[tuple[str, str], ...], name: str) -> None:
    assert name in found(*turns)


def test_a_ritual_cut_to_once_in_a_planned_exposure() -> None:
    assert "exposure" in found(P("i check the brake three times four times"),
                               C("So once every shift, take the ramp on purpose, check the brake once only, and go down."),
                               P("only one time the brake"))
    assert "exposure" not in found(C("Did you check the form once only, or twice?"), P("Once."))


@pytest.mark.parametrize("said", [
    "I'm going to draw a circle here, think of it as a pie. We'll list everyone who had a part and give each one a slice. "
    "You go last.",
    "If we drew a pie of everything that played a part in what happened on the road. So if we slice it, how much of the pie "
    "goes to the vans and the dark and the rain?",
])
def test_a_responsibility_pie_is_cognitive_restructuring(said: str) -> None:
    names = [m["name"] for m in extract_interventions(session(C(said), P("Okay. The pipe first, then the weather."))["turns"])]
    assert "cognitive restructuring" in names


def test_a_pie_for_pudding_is_no_technique() -> None:
    names = [m["name"] for m in extract_interventions(session(C("Did you draw the pie crust recipe for your niece?"),
                                                              P("I did, and we made the pie."))["turns"])]
    assert "cognitive restructuring" not in names


@pytest.mark.parametrize("said, kept", [
    ("Pinch your nose, and breathe only through the straw, for one minute. I'll time it.", False),
    ("i'll breathe fast with you for thirty seconds in and out quick through the mouth ready go", False),
    ("Notice your breath, without changing it. Just the air coming in at the nose, and going out.", False),
    ("okay now breathe out slowly like you're blowing through a straw let the shoulder drop", True),
    ("Breathe in for four, hold, and out slowly for six. Let's do five of those together.", True),
])
def test_breathing_to_bring_on_sensations_or_to_watch_is_no_relaxation_whoever_reads_it(said: str, kept: bool) -> None:
    from scribe.extract.interventions import with_net_reads

    turns = [{"speaker": "clinician", "text": said}, {"speaker": "client", "text": "Okay."}]
    got = with_net_reads(turns, [], {"relaxation training": [(0, 0.95)]})
    assert ("relaxation training" in {d["name"] for d in got}) is kept


@pytest.mark.parametrize("said, narrative", [
    ("Today I'd like to go back to the night at St. Luke's again. Tell it to me slowly, in the present tense, as if it's "
     "happening now.", True),
    ("today i want to work on the dream itself tell it to me in the present tense as if it's happening now", False),
    ("Right. The imagery. Close your eyes if that's okay. Tell me what you see, in the present tense.", False),
    ("i'll ask you to close your eyes and tell it in the present tense as if it's happening now and every few minutes "
     "i'll ask how distressed you are from zero to a hundred ready", False),
])
def test_a_dream_told_to_rescript_or_a_telling_rated_for_distress_is_no_trauma_narrative(said: str, narrative: bool) -> None:
    got = {d["name"] for d in rule_interventions([{"speaker": "clinician", "text": said},
                                                  {"speaker": "client", "text": "Okay."}])}
    assert ("trauma narrative" in got) is narrative


@pytest.mark.parametrize("said, name", [
    ("Probably. Moving helps the mood even when you don't feel like it. The feeling tends to follow the doing, not the "
     "other way around.", "behavioral activation"),
    ("Maybe. Let's watch it together. Now, the warp threads, what could we try?", "problem solving"),
])
def test_the_rationale_of_activation_and_a_brainstorm_opened_together(said: str, name: str) -> None:
    got = {d["name"] for d in rule_interventions([{"speaker": "client", "text": "It's been grey all week."},
                                                  {"speaker": "clinician", "text": said},
                                                  {"speaker": "client", "text": "Okay."}])}
    assert name in got


def test_what_the_client_could_try_alone_is_not_a_shared_brainstorm() -> None:
    got = {d["name"] for d in rule_interventions([{"speaker": "clinician", "text": "How was the week?"},
                                                  {"speaker": "client", "text": "What could we try? I said that to my wife."}])}
    assert "problem solving" not in got


@pytest.mark.parametrize("turns, name", [
    # the avoidance named, then a small first step back toward it
    ((("clinician", "Now, you've been avoiding the ground completely, haven't you?"),
      ("client", "Yes. Since the match I drive the long way round, I'm scared they'll all stare."),
      ("clinician", "What would be a small first step, something you could manage even if your stomach goes down?"),
      ("client", "Maybe sit in the car park for ten minutes.")), "exposure"),
    # the say-back exercise proposed for home
    ((("clinician", "What if the two of you tried ten minutes after dinner? One says a thing, the other says it back, "
                    "before answering."), ("client", "We can try.")), "communication skills training"),
    # a task cut into pieces
    ((("clinician", "And chop the next file into five-minute pieces with a timer."), ("client", "Okay.")), "problem solving"),
    # caffeine cut off before sleep
    ((("clinician", "So nap before the drive and no caffeine in the last four hours of the shift."), ("client", "ok")),
     "sleep hygiene"),
    # a daily time with someone and an outing set for a day, in one run-on sentence
    ((("clinician", "so twenty minutes with the pup each morning and could the two of you walk the top paddock on sunday"),
      ("client", "ok")), "behavioral activation"),
])
def test_techniques_delivered_in_passing(turns: tuple[tuple[str, str], ...], name: str) -> None:
    got = {d["name"] for d in rule_interventions([{"speaker": s, "text": t} for s, t in turns])}
    assert name in got


def test_a_first_step_without_avoidance_is_no_exposure() -> None:
    got = {d["name"] for d in rule_interventions([
        {"speaker": "clinician", "text": "You want to apply for the course. What would be a small first step you could manage?"},
        {"speaker": "client", "text": "Download the form."}])}
    assert "exposure" not in got


@pytest.mark.parametrize("turns, name", [
    # one partner asked to say what they'd like to the other, the other asked what they heard, then said to him
    ((("clinician", "juma can you tell amina what you'd like from her when she comes home like that"),
      ("other", "i would like her to sit with me ten minutes"),
      ("clinician", "amina what do you hear"),
      ("client", "that he wants me not to go straight to the room"),
      ("clinician", "and what would you want from juma"),
      ("client", "tea first then talk"),
      ("clinician", "can you say it to him"),
      ("client", "juma i need tea first then i can talk")), "communication skills training"),
    # the phone left out of the bedroom and out of bed after twenty minutes awake
    ((("clinician", "And for the early waking, could you try leaving the phone in the kitchen at night, and if you're "
                    "awake more than twenty minutes, get up and sit in the other room until you're sleepy?"),
      ("client", "I can try.")), "sleep hygiene"),
    # what the client did when they felt better, then one lapsed activity taken up on a day
    ((("clinician", "and when you used to feel less heavy what were you doing"),
      ("client", "the band on saturdays i played the drum"),
      ("clinician", "would you be willing to go back to one practice this saturday"),
      ("client", "maybe one")), "behavioral activation"),
])
def test_techniques_delivered_without_naming_them(turns: tuple[tuple[str, str], ...], name: str) -> None:
    got = {d["name"] for d in rule_interventions([{"speaker": s, "text": t} for s, t in turns])}
    assert name in got


@pytest.mark.parametrize("turns, name", [
    # the columns named as homework after restructuring a worry together
    ((C("so the evidence that he'll fire you"), P("he shouted two times"), C("and the evidence against"),
      P("three years only one boy fired and he was coming drunk"),
      C("when the worry comes at night could you write it down like we just did the worry the evidence for the evidence "
        "against and a balanced line i'll send you the form")), "thought record"),
    # what to do after a bad moment put into a plan, with the crisis number
    ((C("When you hit your head and your hand, were you trying to kill yourself?"), P("No. It is only to stop the noise."),
      C("Now imagine it's ice. Does the urge change at all?"), P("A little. Five."),
      C("So let's put it in a plan. After a bad call, before the locker room, what's first?"),
      P("Ice from the freezer in the fist. Or cold water on the face."), C("And then?"),
      P("I call my brother Ousmane, he is a fisherman, he understands the sea. Or I go to the chief of shift."),
      C("And if you've already hit something and it's still bad, you call the crisis number or come to the emergency "
        "department. I'll write it out for you.")), "safety planning"),
])
def test_read_off_blind31_plans_and_records(turns: tuple[tuple[str, str], ...], name: str) -> None:
    assert name in found(*turns)


def test_an_image_held_with_the_breath_noticed_is_no_emdr_without_bilateral_stimulation() -> None:
    got = found(C("Let's do a small practice now, with the picture. Close your eyes and imagine standing at the malaxer, and "
                  "let the picture come. Don't push it away. How much anxiety, zero to a hundred?"), P("Seventy. Very strong."),
                C("Stay with it. You're not going to check. The picture is just a picture. Notice your breath. Keep standing "
                  "there in your mind."), P("..."), C("What's the number now?"), P("Forty. It went down."))
    assert "emdr" not in got


def test_the_means_a_client_named_given_a_safer_home_is_safety_planning() -> None:
    turns = (C("And any thoughts of hurting him?"),
             P("Honestly? I have the soil auger in the car. In my mind I go to his office and I hit his knees with it."),
             C("Okay. First thing: the auger. Where could it live instead of your car?"),
             P("At the lab. I have a locker there."),
             C("And Elm Street. Is there a way you can avoid passing it?"), P("I can take the highway."))
    assert "safety planning" in found(*turns)
    assert "safety planning" in found(C("Do you still think about the poison?"), P("Yes, the rat poison, to end it."),
                                       C("Is that rat poison in the garage something you could get rid of?"), P("Yes."))


def test_a_plan_for_when_the_thought_of_dying_comes_is_safety_planning() -> None:
    turns = (P("on the cat walk i think if i un clip the thing and let go is finish no more problem"),
             C("when you say finish do you mean dying"), P("um yes like to end it but is only like wind"),
             C("okay let's make a plan for the heights specifically what would help when the thought comes on the cat walk"),
             P("um i can call my workmate moses to come up"))
    assert "safety planning" in found(*turns)


def test_a_phone_kept_out_of_the_bedroom_is_no_safety_plan() -> None:
    assert "safety planning" not in found(C("Where could the phone live instead of your bedroom at night?"), P("The kitchen."))


def test_a_sign_of_getting_worse_and_what_to_do_then_with_a_crisis_number_is_safety_planning() -> None:
    turns = (C("neiphi can we make a plan today together with your parents listening"), P("yeah okay"),
             C("what's a sign you're getting worse"), P("when i record stuff like that or i stop eating after the booth"),
             C("what can you do then"), P("walk to the church or call my cousin atuo in dimapur"),
             C("and the crisis number on your phone and the voice memo can we agree you delete it today"),
             P("yes i'll delete it now"))
    assert "safety planning" in found(*turns)


def test_a_means_asked_after_and_left_locked_away_is_safety_planning() -> None:
    turns = (P("I have the small knife, for the valve stems. When my head is full, at night, I cut on the arm."),
             C("Now, the knife. Where is it at night?"), P("In my pocket. Always."),
             C("Would you be willing to leave it locked in your toolbox at work?"),
             P("Yes. I can lock it at QuickGrip. I have the key, but I will leave it there."),
             C("And if the urge is strong at night, or you ever notice thoughts of dying, you call or text 988 or our "
               "after-hours number."))
    assert "safety planning" in found(*turns)


def test_a_hot_tool_used_on_the_skin_given_to_a_cousin_is_safety_planning() -> None:
    turns = (C("When you burn yourself, is any part of you wanting to die?"), P("No. I just want the noise to stop."),
             C("Good. Now, the hot comb. Where is it kept?"),
             P("My cousin Abena can keep it. And at the salon I'll keep it in the drawer."),
             C("And if the urge comes very strong, who can you call?"), P("Abena. Or Father Dery."),
             C("So this week, when the urge to burn comes, cold water or ice first, then call Abena. Leave the home comb with "
               "her tonight."))
    assert "safety planning" in found(*turns)


def test_a_straightener_kept_in_the_salon_with_no_risk_talk_is_no_safety_plan() -> None:
    assert "safety planning" not in found(C("Where do you keep the straighteners?"), P("At the salon, in the drawer."))


def _drafted(*turns: tuple[str, str]) -> set[str]:
    return {i["name"] for i in extract(session(*turns))["progress_note"]["interventions"]}


def test_a_plan_made_for_self_harm_told_in_the_jobs_words_is_a_safety_plan() -> None:
    # the risk assessment's turns raise what the plan answers, though no risk word is said
    turns = (C("I noticed the marks on your hands. Are some of them something you let happen on purpose?"),
             P("...Yes. I take the gloves off on purpose. When the hooks go in, my head goes quiet."),
             C("How many times this week?"), P("Four times."),
             C("And we also make it harder to get to the hooks. Can you keep the gloves on at the line?"), P("Yes."),
             C("Good. And the nurse, and calling here if it gets worse."), P("Okay."))
    assert "safety planning" in _drafted(*turns)
    assert "safety planning" not in {d["name"] for d in rule_interventions(session(*turns)["turns"])}


def test_a_plan_asked_for_given_the_thoughts_and_what_could_help_when_they_come() -> None:
    turns = (C("Any thoughts of ending your life, or wishing you were dead?"),
             P("Sometimes I think I wouldn't mind not waking up."),
             C("I'd like to make a plan with you today, given these thoughts."), P("Okay."),
             C("And in the evenings, when the thoughts come, what could help?"), P("Call my friend. Go outside."))
    assert "safety planning" in found(*turns)


@pytest.mark.parametrize("said", ["So the plan: name the feeling, two minutes on the stairs, tell Kurt.",
                                  "That's a good plan."])
def test_the_plan_read_back_or_taken_up_with_a_crisis_step_is_a_safety_plan(said: str) -> None:
    turns = (C("Have you had thoughts of hurting yourself?"), P("Yes. On Monday I cut again."),
             C("And if it ever gets worse, or you think about dying, call 988 or the clinic."), P("Okay."),
             C(said), P("Yes."))
    assert "safety planning" in found(*turns)
    assert "safety planning" not in found(C("How was the week?"), P("Busy."), C(said), P("Yes."))


@pytest.mark.parametrize("said", [
    "Ubong, could you say back to your dad what you heard him say just now?",
    "Mimoun, can you say back what Sanne needs in your own words?",
    "Sanne, can I ask you to say that again, but starting with how you feel?",
])
def test_coaching_a_family_to_listen_and_speak_is_communication_skills_training(said: str) -> None:
    assert "communication skills training" in found(C(said), O("You want me to come home before ten."))


def test_saying_back_a_number_is_no_communication_skills_training() -> None:
    assert "communication skills training" not in found(C("Can you say back the dose the doctor gave you?"), P("Fifty."))


@pytest.mark.parametrize("said", [
    "So in thousands of sets, once, and it was handled. What would you tell a new girl at the studio who had the same thought?",
    "how would you say it to yourself next time the wind comes",
])
def test_an_answer_to_the_thought_in_other_words_is_cognitive_restructuring(said: str) -> None:
    assert "cognitive restructuring" in found(C(said), P("That it's handled. One time in thousands."))


def test_writing_the_thought_and_what_happened_is_a_thought_record() -> None:
    said = ("I'd like you to practise it on paper this week. When a worry wakes you up, write the thought, what actually "
            "happened before, and what you'd tell the new girl.")
    assert "thought record" in found(C(said), P("Three columns?"), C("Exactly, three columns."), P("Okay."))


@pytest.mark.parametrize("said", [
    "Now press your feet into the floor, hold, and release. Breathe out slowly.",
    "Wherever you are, notice your feet on the floor. Just notice three sounds in the room, without judging them.",
])
def test_feet_pressed_and_released_or_sounds_noticed_without_judging_are_no_grounding(said: str) -> None:
    assert "grounding" not in found(C(said), P("Okay. Calmer."))


def test_feet_on_the_floor_and_five_things_you_can_see_stay_grounding() -> None:
    assert "grounding" in found(C("Feel your feet on the floor. Now name five things you can see."), P("The lamp, the door."))


def test_an_enjoyed_game_put_back_into_the_week_is_behavioral_activation() -> None:
    turns = (C("Let's also put something back into the week. What did you enjoy on the court?"), P("Hitting with Irina."),
             C("Could you hit with Irina once this week?"), P("Maybe Saturday."),
             C("Let's plan it: Saturday morning hitting with Irina, and if not, a walk to the beach with her."), P("Okay."))
    assert "behavioral activation" in found(*turns)


def test_a_call_on_the_days_off_to_look_forward_to_is_behavioral_activation() -> None:
    turns = (C("When you wake up every hour in the day, what do you do?"), P("I lie there. Sometimes I call my brother."),
             C("Could you call him on the days you're off? Something to look forward to."), P("Yes, he likes that."))
    assert "behavioral activation" in found(*turns)
    assert "behavioral activation" not in found(C("Could you call the pharmacy on Monday about the refill?"), P("Okay."))


def test_two_columns_for_and_against_are_no_thought_record() -> None:
    said = "Would you write those two columns down this week, for and against, and bring them?"
    assert "thought record" not in found(C(said), P("Okay."))


def test_the_weapon_named_before_moved_out_of_reach_with_what_to_do_is_a_safety_plan() -> None:
    turns = (C("Any thoughts of hurting him?"),
             P("Since then I picture breaking his hands with the tire iron in the parking lot. Part of me likes it."),
             C("Where is the tire iron now?"), P("In the truck. Always, for the tires."),
             C("Would you be willing to take it out of the cab, put it somewhere you'd have to go get on purpose?"),
             P("Griselda can put it in the garage."),
             C("And if the picture gets strong, what do you do?"), P("I tell Griselda. I call you. I go walking with the dog."))
    assert "safety planning" in found(*turns)
    assert "safety planning" not in found(C("How was the move?"), P("Heavy. The sofa is in the truck."),
                                          C("Would you be willing to take it out of the cab, put it somewhere you'd have to "
                                            "go get on purpose?"), P("Sure."))


def test_an_implement_handed_over_with_a_helpline_card_is_safety_planning() -> None:
    turns = [C("when you do it are you trying to die or thinking about killing yourself"), P("no no madam not to die"),
             C("would you be willing to give me the shell to keep here today"), P("here madam take it"),
             C("so when the urge comes at night the plan is the cold water from the pot and if it stays high you wake selvi "
               "can you tell her about this"), P("i will tell her"),
             C("and the shells near the cot take them out of the room tonight and here is a card with the helpline number "
               "for when the urge is too strong"), P("the shells i will throw in the backwater")]
    assert "safety planning" in {f["name"] for f in rule_interventions(session(*turns)["turns"])}
    # the implement kept away on its own is not a plan
    alone = [C("And the sandpaper stays at the bay, in the drawer, not in your pocket."), P("The sandpaper stays at the bay.")]
    assert "safety planning" not in {f["name"] for f in rule_interventions(session(*alone)["turns"])}


def test_feet_pressed_in_a_tense_and_release_sequence_cut_by_a_trailing_hold_is_relaxation_not_grounding() -> None:
    turns = [C("Okay. Make tight fists, squeeze, hold for five... and let go. Notice the difference. Now press your feet into "
               "the floor, tighten your legs, hold... and release. Breathe out slowly."), P("My legs feel heavy now. Warm.")]
    got = {f["name"] for f in rule_interventions(session(*turns)["turns"])}
    assert "grounding" not in got and "relaxation training" in got


def test_cactus_pads_left_at_work_and_a_card_of_who_to_call_are_a_safety_plan() -> None:
    turns = [C("when you rub the spines in is any part of you wanting to die"), P("no not to die the burning takes the worry out"),
             C("and the pads you bring home could you leave them at the farm so they are not in the trailer"),
             P("yes i can leave them in the shed at the farm"),
             C("and if the urge is strong and the cold water doesn't help who could you call"), P("my cousin or my sister"),
             C("let's write those on a card now the cold water the pads at the farm your cousin and the clinic line"),
             P("okay i keep it in the truck")]
    assert "safety planning" in {f["name"] for f in rule_interventions(session(*turns)["turns"], {1})}
    # writing down who to call, after a means question, in a session on a death wish
    turns = [C("how often do you have thoughts of wanting to be dead"), P("most nights i think it is okay if i do not wake up"),
             C("is there anything at home you've been saving or thinking of using"), P("no nothing"),
             C("let's write down who you'll call if the nights get worse"), P("my brother and the crisis line")]
    assert "safety planning" in {f["name"] for f in rule_interventions(session(*turns)["turns"], {1})}
    # a card of shopping written on its own is no plan
    assert "safety planning" not in {f["name"] for f in rule_interventions(session(
        C("let's write those on a card now, the eggs and the milk"), P("okay"))["turns"])}


def test_a_loving_kindness_practice_is_mindfulness() -> None:
    turns = [C("close your eyes and repeat after me quietly, may i be safe, may i be at peace"), P("may i be safe may i be at peace")]
    assert "mindfulness" in {f["name"] for f in rule_interventions(session(*turns)["turns"])}
    assert "mindfulness" not in {f["name"] for f in rule_interventions(session(C("may the road be kind to you"), P("amen"))["turns"])}


def test_a_log_of_the_thought_and_the_feeling_read_out_is_a_thought_record() -> None:
    turns = [C("So, for this week: three meals at set times. And after an urge or a binge, write it down: the time, what "
               "you'd eaten that day, the thought and the feeling."), P("Like a shot list, but for me.")]
    assert "thought record" in {f["name"] for f in rule_interventions(session(*turns)["turns"])}
    assert "thought record" not in {f["name"] for f in rule_interventions(session(
        C("Write it down: the time, the place and the price."), P("Okay."))["turns"])}


def test_a_time_asked_a_feeling_asked_and_a_risk_question_after_when_are_no_safety_plan() -> None:
    def planned(*turns: tuple[str, str]) -> bool:
        return "safety planning" in {f["name"] for f in rule_interventions(session(*turns)["turns"], {1})}

    asked = [C("Any thoughts of hurting him?"), P("Sometimes the pictures come. No plan.")]
    # a time asked with "when", then a writing plan praised
    assert not planned(*asked, C("Now, the boundary. When are you writing the war chapters?"), P("Mornings, before work."),
                       C("That sounds like a good plan. What's the evening for?"), P("Walking the dog."))
    # a feeling asked after "when", then what to do if it gets worse
    assert not planned(*asked, C("When the pictures come at night, what do you feel in your body first?"), P("Heat."),
                       C("And if the pictures get stronger, you call me or the crisis line before anything else."), P("Yes."))
    # a risk question put on the moment, then what to do if the urge stays
    assert not planned(*asked, C("When you're doing it, is there any wish to die, or to do more serious harm?"), P("No."),
                       C("If the urge is still there, text me on the portal or call the crisis line."), P("Okay."))
    # the step asked for after the warning sign, with who to call, is a plan
    assert planned(*asked, C("And when the pictures come at night, what could you do instead?"), P("Go to the yard."),
                   C("And who could you call if that doesn't help?"), P("My nephew."))


def test_a_plan_read_back_as_that_is_your_plan_is_a_safety_plan() -> None:
    got = found(C("Any thoughts of hurting him?"), P("Pictures. Every day. I see that iron on his face. It feels right."),
                C("What would make the next few weeks safer for everybody, including you?"),
                P("I guess the irons could go to Ray's."), O("And I keep the shop key."),
                C("And when the pictures come, what could you do besides stand with them?"),
                P("Walk the fence line. Call Ray."),
                C("That's your plan, then: irons at Ray's by Saturday, Della has the key, walk the fence line, call Ray. And "
                  "if the pictures ever turn into wanting to go find him, you call me before you do anything."))
    assert "safety planning" in got


def test_a_part_taken_in_a_sentence_of_its_own_is_role_play() -> None:
    got = found(C("Now the email to HR. Would you try saying it to me? I'll be the HR manager."), P("Okay."),
                C("Hi Ramthui, you wanted to see me?"), P("Yes. Since August I am always on the brine line."))
    assert "role play" in got
    assert "role play" not in found(C("Tell it in the present tense. I'll be here the whole time."), P("Okay."))


def test_an_activity_scheduled_on_purpose_or_shared_and_dated_is_behavioral_activation() -> None:
    got = found(C("When you weave, how do you feel?"), P("Like the day has some thread in it."),
                C("Then I'd like you to schedule weaving on purpose. Sunday with Yuli, even thirty minutes."))
    assert "behavioral activation" in got
    got = found(C("Let's also add something in the daytime. What did you and Tanner used to do?"),
                P("Hand games. Thursday nights at the community hall. Haven't gone since she passed."),
                C("Could you go this Thursday, just to watch, and ask Tanner to come?"))
    assert "behavioral activation" in got
    assert "behavioral activation" not in found(C("Can we schedule the review on purpose for after the audit?"), P("Yes."))


def test_a_part_taken_beside_staying_close_is_still_role_play() -> None:
    got = found(C("Let's practice it as a role play, I'll be listening as your mother and you tell her no."), P("Okay."),
                C("Go ahead."), P("Mum, I'm not coming on Sunday."))
    assert "role play" in got


def test_the_blind47_intervention_cues_stop_at_their_edges() -> None:
    def names(*turns: tuple[str, str]) -> set[str]:
        return {x["name"] for x in extract_interventions([{"speaker": s, "text": t} for s, t in turns])}

    # means made unusable is a safety plan; cookies out of reach are not
    assert "safety planning" in names(
        ("client", "Three rifles in the safe."), ("clinician", "What could we do so that on a bad night they aren't usable?"),
        ("client", "The bolts. I can take the bolts out and give them to Dwayne, he locks them in the shop safe."))
    assert "safety planning" not in names(
        ("client", "I binge on the cookies every night, straight from the cupboard."),
        ("clinician", "What could we do so that at night they aren't within reach? Maybe the top shelf?"), ("client", "Maybe."))
    # a colleague with the same case tests the thought; a coworker's next meeting rehearses a reply
    assert "cognitive restructuring" in names(
        ("client", "It says: you destroy people."),
        ("clinician", "If a colleague came to you with the same case, what would you look at?"),
        ("client", "I would say the chart is one part."))
    assert "cognitive restructuring" not in names(
        ("clinician", "If your coworker does that again in tomorrow's meeting, what would you say to him?"),
        ("client", "That I need him to stop."))
