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


# ---- issue 8: doses and owners that generalise beyond our own phrasing


def test_dose_per_time_of_day_is_the_daily_total() -> None:
    """The dataset's rule (benchmarks/data/README.md): a dose named for each time of day is summed."""
    m = meds(C("How's the Buspar?"), P("Fine, fifteen in the morning and fifteen at night."))
    assert m["buspirone"]["dose"] == "30 mg"


def test_dose_twice_a_day_stays_per_administration() -> None:
    m = meds(C("And the Buspar?"), P("I take fifteen milligrams twice a day."))
    assert m["buspirone"]["dose"] == "15 mg"


def test_micrograms_stay_mcg() -> None:
    m = meds(C("Any other medications?"), P("Synthroid, one twelve micrograms, for my thyroid."))
    assert m["levothyroxine"]["dose"] == "112 mcg"


def test_long_acting_injectable_dose_in_a_run_on_reply() -> None:
    m = meds(C("the invega sustenna"), P("yeah the invega sustenna the one fifty six the nurse did it in my arm this time"))
    assert m["paliperidone"]["dose"] == "156 mg"


def test_pronoun_one_after_a_spoken_dose_is_not_a_digit() -> None:
    m = meds(C("the vivitrol"), P("yeah the vivitrol the three eighty one they do in the arm hurts for a day"))
    assert m["naltrexone"]["dose"] == "380 mg"


def test_taper_to_half_is_a_change_to_half_the_dose() -> None:
    m = meds(C("Any changes?"), P("Dr. Lowell lowered the lorazepam. I was taking one milligram at night, now it's half."))
    assert (m["lorazepam"]["status"], m["lorazepam"]["dose"]) == ("changed", "0.5 mg")


def test_still_on_it_is_not_stopped_by_a_neighbouring_stop() -> None:
    m = meds(C("Meds?"), P("We stopped the prazosin about ten days ago. I'm still on the Zoloft, the hundred, that's the same."))
    assert (m["sertraline"]["status"], m["sertraline"]["dose"]) == ("current", "100 mg")
    assert m["prazosin"]["status"] == "stopped"


def test_stopped_sleeping_is_no_stopped_drug() -> None:
    m = meds(C("Meds?"), P("Dr. Amari started me on sertraline, fifty milligrams, after I told her I'd stopped sleeping."))
    assert (m["sertraline"]["status"], m["sertraline"]["dose"]) == ("started", "50 mg")


def test_dose_said_before_the_drug_name() -> None:
    m = meds(C("What are you on?"), P("I'm on 20 of the Lexapro now."))
    assert m["escitalopram"]["dose"] == "20 mg"


def test_pets_prescription_is_not_the_clients() -> None:
    m = meds(C("How's home?"), P("The vet put her on trazodone, fifty milligrams, because she was howling all night."))
    assert "trazodone" not in m


def test_named_persons_drug_is_not_the_clients() -> None:
    m = meds(C("Anything else?"), P("Marisol's on gabapentin for her back, and I'm on Cymbalta, sixty milligrams."))
    assert set(m) == {"duloxetine"}


def test_drug_said_to_be_someone_elses_after_the_name_is_theirs() -> None:
    m = meds(C("The hydroxyzine's yours; the lorazepam is Alex's."), P("Right."))
    assert "lorazepam" not in m


def test_refused_no_x_is_not_the_clients() -> None:
    m = meds(C("okay so the shot and the gabapentin for now and no antabuse"), P("yeah"))
    assert "disulfiram" not in m


def test_suboxone_is_buprenorphine_naloxone_and_sublocade_buprenorphine() -> None:
    m = meds(C("How did it go?"), P("Dr. Vance gave me the first Sublocade shot, the three hundred. So no more Suboxone."))
    assert (m["buprenorphine"]["status"], m["buprenorphine"]["dose"]) == ("started", "300 mg")
    assert m["buprenorphine-naloxone"]["status"] == "stopped"


# ---- status verbs belong to the drug the grammar gives them


@pytest.mark.parametrize(
    ("reply", "stopped", "started"),
    [
        ("The Celexa did nothing for me, so I stopped it right before I started the Trintellix.", "citalopram", "vortioxetine"),
        ("i was on paxil for a year and it did nothing so i quit that the day before i began the lexapro", "paroxetine", "escitalopram"),
        ("Honestly the Remeron made me so hungry. We discontinued it once she started me on trazodone.", "mirtazapine", "trazodone"),
    ],
)
def test_pronoun_object_takes_the_status_of_the_drug_named_last(reply: str, stopped: str, started: str) -> None:
    m = meds(C("Any medication changes?"), P(reply))
    assert m[stopped]["status"] == "stopped"
    assert m[started]["status"] == "started"


@pytest.mark.parametrize(
    "reply",
    [
        "So the Ambien got stopped because of the sleepwalking, and now it's melatonin, three milligrams.",
        "the ambien was discontinued after the sleep eating thing and now i just take melatonin three milligrams",
        "Ambien, stopped it after the crackers incident. Melatonin three milligrams now, that's it.",
    ],
)
def test_a_stop_said_of_one_drug_does_not_stop_the_next(reply: str) -> None:
    m = meds(C("Where are we with sleep meds?"), P(reply))
    assert m["zolpidem"]["status"] == "stopped"
    assert (m["melatonin"]["status"], m["melatonin"]["dose"]) == ("current", "3 mg")


@pytest.mark.parametrize(
    "reply",
    [
        "The lamotrigine is new, twenty-five milligrams for the first two weeks.",
        "so the lamictal is brand new twenty five milligrams",
        "She gave me the new Lamictal prescription, twenty-five milligrams.",
    ],
)
def test_a_drug_said_to_be_new_is_started(reply: str) -> None:
    m = meds(C("Anything new from the psychiatrist?"), P(reply))
    assert (m["lamotrigine"]["status"], m["lamotrigine"]["dose"]) == ("started", "25 mg")


@pytest.mark.parametrize(
    "reply",
    [
        "She had me go up on the Prozac back in the winter, it's forty now and it's been fine.",
        "the prozac got increased last year and it's been forty milligrams ever since",
    ],
)
def test_a_change_long_ago_leaves_the_drug_current(reply: str) -> None:
    m = meds(C("How's the Prozac?"), P(reply))
    assert (m["fluoxetine"]["status"], m["fluoxetine"]["dose"]) == ("current", "40 mg")


def test_a_day_off_work_is_no_stopped_drug() -> None:
    m = meds(
        C("So you're stable on the Lithobid, nine hundred a day. Can we meet on the 4th at 2:30?"),
        P("The 4th at 2:30 works, I'm off that day."),
    )
    assert (m["lithium"]["status"], m["lithium"]["dose"]) == ("current", "900 mg")


def test_started_a_habit_is_no_started_drug() -> None:
    m = meds(C("How's the Luvox?"), P("Fine, still one fifty. The kids started copying my yawning though."))
    assert (m["fluvoxamine"]["status"], m["fluvoxamine"]["dose"]) == ("current", "150 mg")


# ---- dose grammar: the dose now, not the dose it replaced


@pytest.mark.parametrize(
    ("reply", "dose"),
    [
        ("My prescriber has me on the Klonopin point two five now instead of the point five.", "0.25 mg"),
        ("so the ativan is half a milligram now rather than the one milligram", "0.5 mg"),
        ("I'm taking the Seroquel at fifty, down from a hundred.", "50 mg"),
        ("the klonopin is at point five now up from point two five", "0.5 mg"),
    ],
)
def test_the_new_dose_wins_over_the_one_it_replaced(reply: str, dose: str) -> None:
    m = meds(C("How is the taper going?"), P(reply))
    (fact,) = m.values()
    assert (fact["status"], fact["dose"]) == ("changed", dose)


@pytest.mark.parametrize(
    "later",
    [
        "Good. Stable on Lamictal. Can we meet on the 12th at 3:45?",
        "ok so lamictal stays the same see you at 4:15",
    ],
)
def test_a_clock_time_is_no_dose(later: str) -> None:
    m = meds(C("What are you taking?"), P("Lamictal, two hundred milligrams."), C(later))
    assert m["lamotrigine"]["dose"] == "200 mg"


@pytest.mark.parametrize(
    ("reply", "dose"),
    [
        ("I take half a milligram of Ativan when a panic attack starts.", "0.5 mg"),
        ("the ativan one and a half milligrams at night", "1.5 mg"),
        ("Ativan, a quarter of a milligram, only on flights.", "0.25 mg"),
    ],
)
def test_spoken_fractions_of_a_milligram(reply: str, dose: str) -> None:
    m = meds(C("What do you take for the panic?"), P(reply))
    assert m["lorazepam"]["dose"] == dose


# ---- whose drug: offered and refused, someone else's, and what that says about later mentions


@pytest.mark.parametrize(
    "reply",
    [
        "Dr. Ito wanted to add Abilify but I told her no, I'm not gaining more weight.",
        "she wanted to put me on seroquel and i said no way",
        "I passed on the Latuda, the side effects scared me.",
        "i said no to the clozaril because of the weekly blood draws",
        "He offered Vraylar. I turned it down.",
    ],
)
def test_offered_and_refused_is_not_the_clients(reply: str) -> None:
    assert meds(C("What did the psychiatrist say?"), P(reply)) == {}


@pytest.mark.parametrize(
    "summary",
    [
        "So you said no to the Rexulti, and you're staying on your Zoloft at a hundred.",
        "ok so you turned down the rexulti and you're staying on the zoloft a hundred milligrams",
    ],
)
def test_a_refusal_reaches_only_the_drug_it_names(summary: str) -> None:
    m = meds(C(summary), P("Right."))
    assert set(m) == {"sertraline"}
    assert m["sertraline"]["dose"] == "100 mg"


@pytest.mark.parametrize(
    "turns",
    [
        (P("My husband's old Ambien is still in the cabinet."), C("Could you ask him to take the Ambien somewhere else?")),
        (P("there's still some of carlos's old klonopin in the bathroom"), C("what could we do about the klonopin")),
        (C("Is the Xanax in the drawer yours?"), P("No, it's my roommate's."), C("Okay. What should happen with the Xanax?")),
    ],
)
def test_a_drug_said_to_be_someone_elses_stays_theirs_later(turns: tuple[tuple[str, str], ...]) -> None:
    assert meds(*turns) == {}


def test_a_relatives_drug_does_not_hide_the_clients_own() -> None:
    m = meds(P("My mom takes Zoloft too."), C("And you?"), P("I'm still taking my Zoloft, fifty milligrams."))
    assert m["sertraline"]["dose"] == "50 mg"


@pytest.mark.parametrize(
    "reply",
    [
        "My son's Concerta ran out, so I spent the morning on the phone with the pharmacy.",
        "the baby's on amoxicillin for an ear infection so nobody is sleeping",
        "our dog takes Prozac for separation anxiety, twenty milligrams",
        "My daughter started guanfacine last week, one milligram at night.",
        "the cat is on gabapentin now, the vet says it helps her arthritis",
    ],
)
def test_a_childs_or_pets_drug_is_not_the_clients(reply: str) -> None:
    assert meds(C("How's home been?"), P(reply)) == {}


# ---- dose grammar: split doses, the dose before the name, tapers


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("Lithium, 300 mg in the morning, 600 mg at bedtime.", "lithium", "900 mg"),
        ("i take the lithium in the morning three hundred and at night six hundred", "lithium", "900 mg"),
        ("seroquel twenty five in the morning twenty five at lunch and fifty at bedtime", "quetiapine", "100 mg"),
        ("The Depakote is 500 in the morning and another 500 at night.", "divalproex", "1000 mg"),
        ("the buspar fifteen with breakfast and fifteen with dinner", "buspirone", "30 mg"),
        ("I'm on lamotrigine, a hundred in the AM and a hundred in the PM.", "lamotrigine", "200 mg"),
    ],
)
def test_a_dose_per_time_of_day_adds_up_to_the_daily_total(reply: str, name: str, dose: str) -> None:
    m = meds(C("What are you taking?"), P(reply))
    assert m[name]["dose"] == dose


def test_a_clock_time_in_a_schedule_is_no_dose() -> None:
    m = meds(C("Meds?"), P("Lithium, I take it at 8 in the morning, the whole nine hundred."))
    assert m["lithium"]["dose"] == "900 mg"


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("I take twenty milligrams of the fluoxetine every morning.", "fluoxetine", "20 mg"),
        ("i'm on like two hundred milligrams of lamictal", "lamotrigine", "200 mg"),
        ("It's the 150 milligram Wellbutrin XL.", "bupropion", "150 mg"),
        ("still the three hundred wellbutrin", "bupropion", "300 mg"),
        ("seven and a half milligrams of the mirtazapine at night", "mirtazapine", "7.5 mg"),
    ],
)
def test_a_dose_said_before_the_drug(reply: str, name: str, dose: str) -> None:
    m = meds(C("What are you on right now?"), P(reply))
    assert m[name]["dose"] == dose


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("the plan is to come down on the klonopin to point two five next week", "clonazepam", "0.25 mg"),
        ("We're weaning the Xanax. It's one milligram now, and then half in two weeks.", "alprazolam", "1 mg"),
        ("I'm cutting the Effexor from 150 to 75.", "venlafaxine", "75 mg"),
        ("she dropped the lexapro to ten because of the yawning", "escitalopram", "10 mg"),
    ],
)
def test_a_taper_step_is_a_change_to_the_dose_now_or_next(reply: str, name: str, dose: str) -> None:
    m = meds(C("How is the medication plan going?"), P(reply))
    assert (m[name]["status"], m[name]["dose"]) == ("changed", dose)


@pytest.mark.parametrize(
    ("reply", "name"),
    [
        ("I'm fully off the Klonopin now, finished the taper last week.", "clonazepam"),
        ("the ativan taper is done im completely off it", "lorazepam"),
        ("Done tapering the Effexor. The brain zaps are finally gone.", "venlafaxine"),
    ],
)
def test_the_end_of_a_taper_is_a_stop(reply: str, name: str) -> None:
    m = meds(C("How is the taper going?"), P(reply))
    assert (m[name]["status"], m[name]["dose"]) == ("stopped", None)


def test_a_maybe_taper_is_no_change() -> None:
    m = meds(C("Any changes?"), P("We might lower the Zoloft to fifty next month, but for now it's a hundred."))
    assert (m["sertraline"]["status"], m["sertraline"]["dose"]) == ("current", "100 mg")


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("I get the Invega Sustenna shot, 234 milligrams every month.", "paliperidone", "234 mg"),
        ("the abilify maintena four hundred once a month in the arm", "aripiprazole", "400 mg"),
        ("I'm on the Aristada, 882 every six weeks.", "aripiprazole lauroxil", "882 mg"),
        ("haldol decanoate fifty milligrams every four weeks", "haloperidol decanoate", "50 mg"),
    ],
)
def test_a_long_acting_injectable_dose_is_per_injection(reply: str, name: str, dose: str) -> None:
    m = meds(C("Tell me about your medication."), P(reply))
    assert m[name]["dose"] == dose


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("Hydroxyzine, twenty-five milligrams as needed, maybe twice a week.", "hydroxyzine", "25 mg"),
        ("klonopin point five as needed maybe three times a week", "clonazepam", "0.5 mg"),
        ("i use the hydroxyzine like two or three times a week the twenty five", "hydroxyzine", "25 mg"),
    ],
)
def test_an_as_needed_dose_is_per_use(reply: str, name: str, dose: str) -> None:
    m = meds(C("Anything as needed?"), P(reply))
    assert m[name]["dose"] == dose


@pytest.mark.parametrize(
    ("reply", "dose"),
    [
        ("synthroid seventy five mcg", "75 mcg"),
        ("Levothyroxine, eighty-eight micrograms, every morning.", "88 mcg"),
        ("the synthroid one twenty five", "125 mcg"),
    ],
)
def test_micrograms_stay_micrograms(reply: str, dose: str) -> None:
    m = meds(C("Any other medication?"), P(reply))
    assert m["levothyroxine"]["dose"] == dose


# ---- vocabulary: every common psychiatric drug, its brands, and supplements people take


@pytest.mark.parametrize(
    ("reply", "name"),
    [
        ("The doctor started me on Auvelity last week.", "dextromethorphan-bupropion"),
        ("i'm on caplyta forty two milligrams", "lumateperone"),
        ("She started me on Belsomra, ten milligrams.", "suvorexant"),
        ("I take Restoril, fifteen at night.", "temazepam"),
        ("my psychiatrist put me on qelbree two hundred", "viloxazine"),
        ("I'm on Lybalvi now.", "olanzapine-samidorphan"),
        ("Parnate, twenty milligrams twice a day.", "tranylcypromine"),
        ("they gave me narcan to keep in my bag", "naloxone"),
        ("I'm on Namenda for the memory stuff.", "memantine"),
        ("The Ingrezza is forty milligrams, for the tardive.", "valbenazine"),
        # the generic is the INN, not the chemical name the supplement aisle uses
        ("I take NAC now, six hundred milligrams twice a day.", "acetylcysteine"),
        ("they give me the Retacrit at dialysis", "epoetin alfa"),
        ("I've been on Sprintec for years, the birth control.", "norgestimate-ethinyl estradiol"),
        ("The hospice nurse leaves me the Oramorph for the breathing.", "morphine"),
        ("utrogestan at night, the hundred", "progesterone"),
    ],
)
def test_brand_names_beyond_the_common_few(reply: str, name: str) -> None:
    m = meds(C("What are you taking?"), P(reply))
    assert name in m


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("I take magnesium glycinate at night, four hundred milligrams.", "magnesium", "400 mg"),
        ("ive been taking vitamin d two thousand units a day", "vitamin d", "2000 units"),
        ("Fish oil every morning, a thousand milligrams.", "fish oil", "1000 mg"),
        ("I take St. John's Wort, three hundred milligrams.", "st. john's wort", "300 mg"),
        ("i take ashwagandha gummies for stress", "ashwagandha", None),
        ("Melatonin, the five milligram gummies, most nights.", "melatonin", "5 mg"),
    ],
)
def test_supplements_the_client_takes_count(reply: str, name: str, dose: str | None) -> None:
    m = meds(C("Any supplements or over-the-counter things?"), P(reply))
    assert m[name]["dose"] == dose


@pytest.mark.parametrize(
    "reply",
    [
        "Spinach and almonds are full of magnesium, my trainer says.",
        "the cravings for nicotine are worst after dinner",
        "We had fish oil jokes all through the staff meeting.",
    ],
)
def test_an_everyday_word_is_no_drug_without_a_taking_context(reply: str) -> None:
    assert meds(C("How was the week?"), P(reply)) == {}


def test_nicotine_replacement_counts() -> None:
    m = meds(C("How's quitting going?"), P("I'm using the nicotine patch, twenty-one milligrams."))
    assert m["nicotine"]["dose"] == "21 mg"


@pytest.mark.parametrize(
    ("ner_name", "generic"),
    [
        ("Olanzapine and Samidorphan", "olanzapine-samidorphan"),
        ("sertraline hydrochloride", "sertraline"),
        ("Abacavir, Dolutegravir, and Lamivudine", "abacavir-dolutegravir-lamivudine"),
        ("selegiline patch", "selegiline"),
        ("Zoloft", "sertraline"),
    ],
)
def test_drug_ner_names_are_written_as_the_gold_writes_generics(ner_name: str, generic: str) -> None:
    from scribe.extract.meds import generic_name

    assert generic_name(ner_name) == generic


# names the lexicon writes its own way, on purpose (the gold's lay generic, not the NER's canonical)
_OWN_NAMING = {"valproate", "divalproex", "vitamin d", "cyanocobalamin", "fish oil", "l-theanine", "sam-e", "levothyroxine",
               "aripiprazole lauroxil", "turmeric", "ferrous sulfate", "docusate", "estradiol",
               # the INN spellings, where the NER keeps the older British names (flupenthixol, clopenthixol)
               "flupentixol", "flupentixol decanoate", "zuclopenthixol", "zuclopenthixol decanoate",
               # the international name charted as said, where the NER writes the US one (albuterol)
               "salbutamol",
               # the gold's names for combinations and forms the NER writes as a brand or a class ("co-codamol",
               # "buscopan", "estrogen")
               "acetaminophen-codeine", "acetaminophen-dihydrocodeine", "hyoscine butylbromide", "insulin isophane",
               "insulin regular", "beclomethasone-formoterol", "desiccated thyroid", "calcipotriene-betamethasone",
               "norethindrone-ethinyl estradiol", "conjugated estrogens", "amoxicillin-clavulanate"}


def test_lexicon_agrees_with_the_maintained_drug_dictionary() -> None:
    """Every surface the drug NER package (a maintained dictionary) also knows maps to the same drug."""
    from drug_named_entity_recognition import drugs_finder

    from scribe.extract.lexicons import MED_SURFACE, SAME_SUBSTANCE

    known = drugs_finder.drug_variant_to_canonical
    for surface, generic in MED_SURFACE.items():
        if surface in known and generic not in _OWN_NAMING:
            # (one substance under its two official names is one drug: "cefalexina" is cefalexin, the NER's cephalexin)
            firsts = {generic.split("-")[0], SAME_SUBSTANCE.get(generic, generic).split("-")[0]}
            assert any(first in c for first in firsts for c in known[surface]), (surface, generic, known[surface])


def test_no_lexicon_surface_is_an_everyday_word() -> None:
    """A brand that is also an ordinary word ("Sonata", "Intermezzo") would turn small talk into a drug."""
    from wordfreq import zipf_frequency

    from scribe.extract.lexicons import MED_SURFACE, MEDICATIONS

    for surface, generic in MED_SURFACE.items():
        if not MEDICATIONS[generic].needs_context and " " not in surface and surface != generic:
            assert zipf_frequency(surface, "en") < 3.3, surface


# ---- never taken, planned, or someone else's: more ways of saying it


@pytest.mark.parametrize(
    "reply",
    [
        "I have a prescription for Xanax but I've never filled it.",
        "The Abilify is sitting in my cabinet, I never started it.",
        "i was supposed to start zoloft but i havent yet",
        "My psychiatrist wants me on lithium. I'm thinking about it.",
        "If the therapy stalls we'll try Effexor.",
        "i refuse to take seroquel again it made me a zombie",
    ],
)
def test_never_taken_or_only_planned_is_not_the_clients(reply: str) -> None:
    assert meds(C("Where are things with medication?"), P(reply)) == {}


@pytest.mark.parametrize(
    "reply",
    [
        "jamie takes adderall for her adhd and it's like night and day",
        "Her doctor put her on Zoloft last month and she's doing better.",
        "i took a couple of my roommates klonopin last week before the flight",
    ],
)
def test_someone_elses_drug_in_lower_case_or_by_pronoun(reply: str) -> None:
    assert meds(C("How have things been?"), P(reply)) == {}


def test_a_parent_saying_the_doctor_put_him_on_means_the_client() -> None:
    out = extract(
        session(
            C("How has school been for him?"),
            O("Better. The doctor put him on Concerta, eighteen milligrams, in September."),
            P("It's fine."),
            session_type="family",
        )
    )
    m = {x["name"]: x for x in out["progress_note"]["medications"]}
    assert (m["methylphenidate"]["dose"], m["methylphenidate"]["status"]) == ("18 mg", "started")


@pytest.mark.parametrize(
    "reply",
    [
        "I'm allergic to penicillin, and I'm on Zoloft 100.",
        "i said no to the abilify but the zoloft stays at a hundred",
    ],
)
def test_a_refusal_or_allergy_does_not_reach_the_next_drug(reply: str) -> None:
    m = meds(C("Medications and allergies?"), P(reply))
    assert m["sertraline"]["dose"] == "100 mg"


@pytest.mark.parametrize(
    "reply",
    [
        "I'm on Prozac now instead of Zoloft.",
        "so im taking the prozac now instead of the zoloft",
    ],
)
def test_now_instead_of_is_a_switch(reply: str) -> None:
    m = meds(C("Any changes?"), P(reply))
    assert (m["fluoxetine"]["status"], m["sertraline"]["status"]) == ("started", "stopped")


# ---- status and dose across a question and its answer


@pytest.mark.parametrize(
    ("question", "reply", "status"),
    [
        ("Did you start the prazosin?", "Yeah, one milligram at bedtime since Tuesday.", "started"),
        ("did dr okafor lower the prazosin", "yep one milligram now", "changed"),
        ("Did you go off the prazosin?", "Yes, about a week ago.", "stopped"),
    ],
)
def test_yes_to_a_question_that_names_the_change(question: str, reply: str, status: str) -> None:
    m = meds(C(question), P(reply))
    assert m["prazosin"]["status"] == status


@pytest.mark.parametrize("reply", ["Not yet, I'm scared of the dizziness.", "i haven't, the pharmacy was out"])
def test_not_yet_to_did_you_start_is_not_taken(reply: str) -> None:
    assert meds(C("Did you start the prazosin?"), P(reply)) == {}


@pytest.mark.parametrize(
    "reply",
    [
        "good she bumped it to three hundred last week so we'll see",
        "Fine. She put it up to three hundred on Monday, no side effects yet.",
    ],
)
def test_a_dose_named_by_to_in_a_longer_reply(reply: str) -> None:
    m = meds(C("How's the Wellbutrin?"), P(reply))
    assert m["bupropion"]["dose"] == "300 mg"


@pytest.mark.parametrize(
    ("reply", "old", "new", "dose"),
    [
        ("So Dr. Patel stopped the Klonopin and now I have hydroxyzine, twenty-five milligrams, for the bad nights.",
         "clonazepam", "hydroxyzine", "25 mg"),
        ("i came off the zoloft and now im on lexapro ten", "sertraline", "escitalopram", "10 mg"),
    ],
)
def test_a_drug_in_the_place_of_one_just_stopped_is_started(reply: str, old: str, new: str, dose: str) -> None:
    m = meds(C("Any medication changes?"), P(reply))
    assert m[old]["status"] == "stopped"
    assert (m[new]["status"], m[new]["dose"]) == ("started", dose)


@pytest.mark.parametrize(
    "reply",
    [
        "Everyone in my family takes Zoloft, it's practically a tradition.",
        "my sponsor is on suboxone too",
        "My best friend takes Adderall to study.",
        "A guy in my group is on Vivitrol and swears by it.",
        "A lot of people on Seroquel gain weight, right?",
        "My late husband's Ativan is still in the nightstand.",
        "my older brother was on lithium for years",
        "My mother-in-law is on Aricept now.",
    ],
)
def test_friends_strangers_and_people_in_general_are_not_the_client(reply: str) -> None:
    assert meds(C("What's been on your mind?"), P(reply)) == {}


def test_a_family_doctor_prescribing_to_the_client_is_the_clients() -> None:
    m = meds(C("Any medication?"), P("My family doctor put me on Lexapro, ten milligrams."))
    assert (m["escitalopram"]["status"], m["escitalopram"]["dose"]) == ("started", "10 mg")


@pytest.mark.parametrize(
    "turns",
    [
        (P("She gave me a script for Lexapro but I'm holding off for now."),),
        (P("I'm not ready for something like Zoloft."),),
        (P("my therapist before you wanted me on prozac"),),
        (C("Some people find propranolol helps with performance anxiety."), P("Hmm, maybe.")),
        (C("Have you ever been on lithium?"), P("Once, in college, for a few months.")),
        (P("I used to take Klonopin years ago but not anymore."),),
        (P("i was on adderall in high school and hated it"),),
    ],
)
def test_held_off_not_ready_or_long_past_is_not_this_periods(turns: tuple[tuple[str, str], ...]) -> None:
    assert meds(*turns) == {}


def test_a_drug_taken_since_long_ago_is_current() -> None:
    m = meds(C("How long have you been on it?"), P("I've been on Zoloft since college, a hundred milligrams."))
    assert (m["sertraline"]["status"], m["sertraline"]["dose"]) == ("current", "100 mg")


def test_a_drug_started_long_ago_and_never_stopped_is_current() -> None:
    m = meds(C("How long have you taken it?"), P("I started Wellbutrin years ago, it's three hundred milligrams."))
    assert (m["bupropion"]["status"], m["bupropion"]["dose"]) == ("current", "300 mg")


@pytest.mark.parametrize(
    ("reply", "name", "dose"),
    [
        ("She switched me to Lexapro, ten milligrams.", "escitalopram", "10 mg"),
        ("i'm back on the zoloft fifty since friday", "sertraline", "50 mg"),
        ("I restarted the lamotrigine at twenty-five.", "lamotrigine", "25 mg"),
    ],
)
def test_switched_to_restarted_and_back_on_are_started(reply: str, name: str, dose: str) -> None:
    m = meds(C("Any changes?"), P(reply))
    assert (m[name]["status"], m[name]["dose"]) == ("started", dose)


def test_a_dose_right_after_one_drug_is_not_the_next_ones() -> None:
    m = meds(C("Any changes?"), P("They added Abilify, two milligrams, on top of the Lexapro."))
    assert m["aripiprazole"]["dose"] == "2 mg"
    assert m["escitalopram"]["dose"] is None


@pytest.mark.parametrize(
    "reply",
    ["i havent taken my lamictal in like two weeks", "I haven't touched the Lamictal since my birthday."],
)
def test_a_lapse_with_a_length_is_a_stop(reply: str) -> None:
    m = meds(C("How's the Lamictal going?"), P(reply))
    assert (m["lamotrigine"]["status"], m["lamotrigine"]["dose"]) == ("stopped", None)


def test_a_missed_dose_today_is_no_stop() -> None:
    m = meds(C("How's the Lamictal?"), P("Fine, two hundred milligrams. I haven't taken it today yet."))
    assert (m["lamotrigine"]["status"], m["lamotrigine"]["dose"]) == ("current", "200 mg")


def _multi(*turns: tuple[str, str], kind: str = "couples") -> dict[str, dict[str, Any]]:
    out = extract(session(*turns, session_type=kind))
    return {m["name"]: m for m in out["progress_note"]["medications"]}


def test_a_question_to_the_partner_about_their_drug_is_theirs() -> None:
    m = _multi(C("Dana, are you still on the Lexapro?"), O("Yes, ten milligrams."), P("And I'm on Zoloft, fifty."))
    assert set(m) == {"sertraline"}


@pytest.mark.parametrize(
    "said",
    ["I'm on Lexapro too, actually, twenty milligrams.", "My doctor has me on Wellbutrin for my own stuff."],
)
def test_a_partner_speaking_of_their_own_drug(said: str) -> None:
    assert _multi(C("How are you both doing?"), O(said), P("Yeah.")) == {}


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("He's been taking his Abilify every night, I check.", "aripiprazole"),
        ("We give her the melatonin at bedtime, three milligrams.", "melatonin"),
    ],
)
def test_a_parent_speaking_of_the_clients_drug(said: str, name: str) -> None:
    m = _multi(C("How are things at home?"), O(said), P("Yeah."), kind="family")
    assert name in m


@pytest.mark.parametrize("reply", ["I take the Zoloft at 9 every morning.", "i take my zoloft around ten after breakfast"])
def test_the_time_a_drug_is_taken_is_no_dose(reply: str) -> None:
    m = meds(C("When do you take it?"), P(reply))
    assert m["sertraline"]["dose"] is None


@pytest.mark.parametrize(
    ("reply", "dose"),
    [("I'm at fifty on the Zoloft now.", "50 mg"), ("i take two of the zoloft when i remember", None)],
)
def test_a_number_before_the_drug_is_a_dose_unless_it_counts_pills(reply: str, dose: str | None) -> None:
    m = meds(C("How much are you taking?"), P(reply))
    assert m["sertraline"]["dose"] == dose


def test_a_status_verb_for_something_else_before_a_comma_does_not_reach_the_drug() -> None:
    m = meds(C("How's life?"), P("I started a new job, and the Zoloft is fine, still fifty milligrams."))
    assert (m["sertraline"]["status"], m["sertraline"]["dose"]) == ("current", "50 mg")


@pytest.mark.parametrize("reply", ["Good. I quit my job though, so that's a relief.", "fine i stopped drinking coffee after noon"])
def test_a_reply_stopping_something_else_leaves_the_drug_current(reply: str) -> None:
    m = meds(C("How's the Zoloft?"), P(reply))
    assert m["sertraline"]["status"] == "current"


# ---- ASR-style run-on replies


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("um the lexapro is still like fifteen and uh the trazodone i take like fifty at night when i cant sleep",
         {"escitalopram": "15 mg", "trazodone": "50 mg"}),
        ("the gabapentin three hundred three times a day for my back", {"gabapentin": "300 mg"}),
        ("i use the hydroxyzine like two or three times a week the twenty five", {"hydroxyzine": "25 mg"}),
        ("I take the Xanax maybe three or four times a week, the point two five.", {"alprazolam": "0.25 mg"}),
    ],
)
def test_filler_words_and_counts_of_times_around_a_dose(reply: str, expected: dict[str, str]) -> None:
    m = meds(C("so um how are the meds"), P(reply))
    assert {name: m[name]["dose"] for name in expected} == expected


@pytest.mark.parametrize(
    "reply",
    ["yeah she just got put on zoloft twenty five and shes doing ok", "hes also on ritalin now ten milligrams"],
)
def test_a_third_person_with_an_adverb_or_no_apostrophe(reply: str) -> None:
    assert meds(C("you mentioned your kids"), P(reply)) == {}


def test_a_partner_naming_the_client_in_lower_case_means_the_client() -> None:
    m = _multi(C("how has jamie been doing"), O("better since jamie's on the zoloft a hundred milligrams"), P("yeah"))
    assert m["sertraline"]["dose"] == "100 mg"


@pytest.mark.parametrize(
    ("reply", "dose"),
    [
        ("lithium three hundred morning and six hundred night", "900 mg"),
        ("The lithium is 450 at night and the same in the morning.", "900 mg"),
        ("lithium morning three hundred bedtime six hundred", "900 mg"),
    ],
)
def test_a_split_dose_said_tersely_or_as_the_same_again(reply: str, dose: str) -> None:
    m = meds(C("Remind me of the lithium dose?"), P(reply))
    assert m["lithium"]["dose"] == dose


# ---- who the drug belongs to, and what a status verb says of it


def test_the_little_one_in_apposition_to_a_drug_is_the_pill_not_a_child() -> None:
    m = meds(C("And the other one?"), P("the little one the clonazepam only when it is very bad half of one the point five"))
    assert m["clonazepam"]["dose"] == "0.5 mg"


def test_we_after_the_prescriber_brings_the_drug_back_to_the_client() -> None:
    m = meds(P("She was fine with it, so we went up to a hundred and fifty on the Lamictal."))
    assert (m["lamotrigine"]["dose"], m["lamotrigine"]["status"]) == ("150 mg", "changed")


def test_the_prescriber_starting_someone_else_stays_theirs() -> None:
    assert meds(C("How's home?"), P("My son has ADHD, so we started him on Concerta.")) == {}


def test_a_switch_to_the_generic_starts_nothing() -> None:
    m = meds(P("I'm on a hundred of the Lamictal, well, lamotrigine, they switched me to the generic at the new pharmacy."))
    assert m["lamotrigine"]["status"] == "current"


def test_took_him_off_is_a_stop() -> None:
    m = _multi(C("How was the discharge?"), O("They took him off the Zyprexa at discharge because of the weight."),
               P("Yeah."), kind="family")
    assert m["olanzapine"] == {**m["olanzapine"], "status": "stopped", "dose": None}


def test_no_more_after_a_negation_is_any_more_not_a_stop() -> None:
    m = meds(P("I dose every morning, ninety milligrams of the methadone, and I don't feel sick in the afternoon no more."))
    assert (m["methadone"]["dose"], m["methadone"]["status"]) == ("90 mg", "current")


def test_a_start_in_a_past_season_is_current_now() -> None:
    m = meds(P("So I just stopped the trazodone. The only other thing is the clonidine patch, the point one, "
               "she put me on that in the summer."))
    assert (m["clonidine"]["dose"], m["clonidine"]["status"]) == ("0.1 mg", "current")
    assert m["trazodone"]["status"] == "stopped"


@pytest.mark.parametrize(
    "said", ["The lisinopril, yeah, that's mine, twenty. That's the only thing I'm on.",
             "Ritalin, for my ADHD. Twenty in the morning."],
)
def test_a_partner_claiming_a_drug_after_naming_it_keeps_it(said: str) -> None:
    assert _multi(C("Anything you take yourself?"), O(said), P("Mm-hm.")) == {}


def test_a_parent_giving_the_childs_drug_for_the_childs_condition_keeps_it_the_childs() -> None:
    m = _multi(C("And the medication?"), O("Concerta, for my son's ADHD, thirty-six milligrams."), P("Yeah."),
               kind="family")
    assert m["methylphenidate"]["dose"] == "36 mg"


def test_still_on_a_drug_someone_started_is_current() -> None:
    m = _multi(C("Nadia, are you still on the Trintellix that Dr. Castellanos started for the depression?"),
               P("Yes, ten milligrams."), O("She is."))
    assert m["vortioxetine"]["status"] == "current"


def test_a_dose_change_done_to_a_relative_makes_the_drug_theirs() -> None:
    m = meds(P("The nurse caught me about the donepezil, they want to bump Mom up to the ten. "
               "Dr. Fenwick bumped me up too, I'm on the Wellbutrin three hundred now."))
    assert list(m) == ["bupropion"]


# ---- doses: whose number it is, restated totals, steps of a taper


def test_a_dose_said_before_another_drug_is_that_drugs() -> None:
    m = meds(C("so the wellbutrin is the same, plus three milligrams of melatonin"), P("yeah that's right"))
    assert (m["bupropion"]["dose"], m["melatonin"]["dose"]) == (None, "3 mg")


@pytest.mark.parametrize(
    ("turns", "dose"),
    [
        ((P("the wellbutrin a hundred fifty twice so three hundred a day"),), "300 mg"),
        ((C("And the gabapentin?"), P("the gabapentin yeah three hundred three times a day for my back"),
          C("so nine hundred a day total")), "900 mg"),
    ],
)
def test_a_daily_total_restated_after_the_dose_per_time_wins(turns: tuple[tuple[str, str], ...], dose: str) -> None:
    assert [m["dose"] for m in meds(*turns).values()] == [dose]


def test_a_count_of_those_is_no_dose() -> None:
    m = meds(P("The Depakote, two fifty in the morning and seven fifty at bedtime."),
             C("The shot and the Depakote work best when you don't miss them, so what if you notice two of those?"))
    assert m["divalproex"]["dose"] == "1000 mg"


def test_a_spoken_year_is_no_dose_and_an_overdose_drug_is_no_medication() -> None:
    m = meds(P("Not since the overdose, and that was the fentanyl in the pills in twenty nineteen. "
               "I'm on the methadone, ninety milligrams."))
    assert list(m) == ["methadone"]


def test_a_strength_said_as_a_plural_is_the_dose() -> None:
    m = meds(C("Anything for pain?"), P("Motrin. The eight hundreds, one when the knee's bad, maybe three times a week."))
    assert m["ibuprofen"]["dose"] == "800 mg"


def test_on_half_after_a_dose_is_half_of_it() -> None:
    m = meds(P("She has me coming down on the Klonopin. I was on one milligram at night, and since the 1st I'm on half."))
    assert (m["clonazepam"]["dose"], m["clonazepam"]["status"]) == ("0.5 mg", "changed")


def test_was_on_one_dose_and_now_on_another_is_a_change() -> None:
    m = meds(P("So I've been on forty milligrams of the fluoxetine since spring and as of Monday I'm on sixty."))
    assert (m["fluoxetine"]["dose"], m["fluoxetine"]["status"]) == ("60 mg", "changed")


def test_a_taper_told_over_the_next_sentences_keeps_the_new_dose() -> None:
    m = meds(P("The other thing is the Paxil. Dr. Lindgren and I started coming down, because the sweating is annoying. "
               "So I was on twenty, and since the 2nd I've been on ten, and if it goes okay, after the 16th I stop."),
             C("How do you feel about it?"), P("I'm a little scared about coming off it, to be honest."))
    assert (m["paroxetine"]["dose"], m["paroxetine"]["status"]) == ("10 mg", "changed")


def test_a_parents_reply_can_say_the_drug_was_started() -> None:
    m = _multi(C("How's the medicine going?"), P("The Prozac? Fine, I guess. It's been three weeks."),
               O("Ten milligrams. Dr. Ferreira started her at her last visit. And the melatonin gummies, three "
                 "milligrams, at bedtime, she's been taking those since summer."), kind="family")
    assert (m["fluoxetine"]["status"], m["fluoxetine"]["dose"]) == ("started", "10 mg")
    assert m["melatonin"]["status"] == "current"


def test_a_change_said_two_turns_after_the_drug_is_a_change() -> None:
    m = meds(C("and the prazosin"), P("the one milligram at bedtime yeah doctor amadi said maybe go up on it"),
             C("she put in the order yesterday you're going to two milligrams at bedtime starting tonight"))
    assert (m["prazosin"]["dose"], m["prazosin"]["status"]) == ("2 mg", "changed")


# ---- drugs from all of medicine, by brand, lay name or combination


@pytest.mark.parametrize(
    ("reply", "generic", "dose"),
    [
        ("I'm still on the Crestor, the twenty, for cholesterol.", "rosuvastatin", "20 mg"),
        ("The migraines came back so I've been using the Nurtec again, the seventy-five.", "rimegepant", "75 mg"),
        ("I'm on the Lioresal since the surgery, ten milligrams at night.", "baclofen", "10 mg"),
        ("And the Femara, two and a half milligrams every morning.", "letrozole", "2.5 mg"),
        ("I still take a baby aspirin every morning, the eighty-one.", "aspirin", "81 mg"),
        ("She put me on the Vivelle-Dot, fifty micrograms, twice a week.", "estradiol", "50 mcg"),
        ("I take a B12 every day, a thousand micrograms.", "cyanocobalamin", "1000 mcg"),
        ("The vitamin B1, a hundred milligrams, every morning.", "thiamine", "100 mg"),
        ("I got my Haldol shot last week, the hundred and fifty.", "haloperidol decanoate", "150 mg"),
    ],
)
def test_drugs_outside_psychiatry_and_their_brands(reply: str, generic: str, dose: str) -> None:
    m = meds(C("What are you taking?"), P(reply))
    assert generic in m
    assert m[generic]["dose"] == dose


def test_an_over_the_counter_combination_is_charted_as_the_combination() -> None:
    m = meds(C("Anything for sleep?"), P("I stopped the Advil PM, it made me groggy."))
    assert list(m) == ["ibuprofen-diphenhydramine"]
    assert m["ibuprofen-diphenhydramine"]["status"] == "stopped"


def test_a_long_acting_prodrug_is_its_own_product_beside_the_oral_drug() -> None:
    m = meds(P("I get the Aristada every two months now, and I stopped the Abilify pills."))
    assert m["aripiprazole lauroxil"]["status"] == "current"
    assert m["aripiprazole"]["status"] == "stopped"


# ---- history, negation and ownership


def test_an_overdose_in_adolescence_is_history() -> None:
    m = meds(C("Any attempts?"), P("When I was sixteen I swallowed a bottle of Tylenol. Nothing since."))
    assert m == {}


def test_negation_reaches_through_adverbs() -> None:
    m = meds(P("I don't even like taking ibuprofen, honestly."))
    assert m == {}


def test_refusing_a_drug_by_doing_not() -> None:
    m = meds(P("I told him I'm not doing Adderall, I'd rather stay on what I have, the Strattera forty."))
    assert list(m) == ["atomoxetine"]


def test_a_parent_saying_she_takes_it_means_the_child() -> None:
    m = meds(C("Can you tell me where the medications are?"), O("She takes the Vyvanse, thirty milligrams, before school."))
    assert m["lisdexamfetamine"]["dose"] == "30 mg"


# ---- status from the grammar of a change


@pytest.mark.parametrize(
    ("reply", "generic", "dose"),
    [
        ("The Cymbalta, it's ninety now, it was sixty.", "duloxetine", "90 mg"),
        ("Dr. Ruiz put the Seroquel up, from the fifty to the hundred.", "quetiapine", "100 mg"),
        ("Yeah the Lamictal, two hundred from one fifty.", "lamotrigine", "200 mg"),
        ("The Paxil is down to the twelve and a half now.", "paroxetine", "12.5 mg"),
        ("The Zoloft was making me jittery so she cut it to twenty-five.", "sertraline", "25 mg"),
    ],
)
def test_a_change_said_as_old_and_new_amounts(reply: str, generic: str, dose: str) -> None:
    m = meds(C("Any changes to the medication?"), P(reply))
    assert m[generic]["status"] == "changed"
    assert m[generic]["dose"] == dose


def test_a_parent_says_the_old_and_new_amount() -> None:
    m = meds(C("Any changes?"), O("She was on the Focalin at ten and now she's on fifteen."))
    generic, dose = "dexmethylphenidate", "15 mg"
    assert m[generic]["status"] == "changed"
    assert m[generic]["dose"] == dose


def test_a_prescribers_goal_is_not_a_stop_and_does_not_reach_the_next_clause() -> None:
    m = meds(P("The Effexor is down to seventy-five, and she wants me all the way off by spring, "
               "and she started me on hydroxyzine last week."))
    assert m["venlafaxine"]["status"] == "changed"
    assert m["hydroxyzine"]["status"] == "started"


@pytest.mark.parametrize(
    "reply",
    [
        "I've been taking the naltrexone every morning since Saturday.",
        "I'm on the naltrexone since the 9th, fifty a day.",
        "I'm on naltrexone since last week.",
    ],
)
def test_on_a_drug_since_a_day_of_this_period_is_a_start(reply: str) -> None:
    m = meds(C("How's the medication?"), P(reply))
    assert m["naltrexone"]["status"] == "started"


def test_still_on_is_current_beside_a_recent_change_of_another_drug() -> None:
    m = meds(O("They went up on the Concerta. He was on eighteen and now he's on twenty-seven, since the 12th. "
               "And he's still on the guanfacine, the one milligram."))
    assert m["guanfacine"]["status"] == "current"


# ---- doses


def test_a_hyphenated_fraction_is_a_dose() -> None:
    m = meds(P("I took the quarter-milligram Xanax before the flight."))
    assert m["alprazolam"]["dose"] == "0.25 mg"


def test_timed_doses_with_an_aside_between_are_summed() -> None:
    m = meds(P("So the Anafranil is fifty in the morning like before and now a hundred at night."))
    assert m["clomipramine"]["dose"] == "150 mg"


# ---- a mis-heard drug cleared up by the clinician's echo


def test_the_misheard_turn_before_an_echo_carries_the_status() -> None:
    m = meds(
        C("any changes to the meds"),
        P("yeah she upped the lex a pro from ten to twenty last week"),
        C("the lexapro"),
        P("yeah lexapro twenty in the morning"),
    )
    assert m["escitalopram"]["status"] == "changed"
    assert m["escitalopram"]["dose"] == "20 mg"


def test_an_unmarked_asr_question_answered_yes_gives_the_status() -> None:
    m = meds(
        C("okay did you start the new medication doctor lee talked about"),
        P("yeah the pray so sin i'm on day four"),
        C("the prazosin"),
        P("yeah prazosin one milligram at bedtime"),
    )
    assert m["prazosin"]["status"] == "started"


def test_a_routine_injection_received_is_not_a_start() -> None:
    m = meds(P("i just got my shot downstairs"), C("the invega"), P("yeah the invega sustenna the one fifty six"))
    assert m["paliperidone"]["status"] == "current"
    assert m["paliperidone"]["dose"] == "156 mg"


def test_the_reply_answers_the_drug_named_last() -> None:
    m = meds(
        C("The Vivitrol shot went fine, I saw. And the trazodone?"),
        P("She stopped it, I was too groggy."),
    )
    assert m["trazodone"]["status"] == "stopped"
    assert m["naltrexone"]["status"] == "current"


# ---- which number is the dose


def test_a_count_before_a_strength_is_not_added_to_it() -> None:
    m = meds(P("I take the Suboxone, one eight-milligram film in the morning."))
    assert m["buprenorphine-naloxone"]["dose"] == "8 mg"


def test_a_strength_said_like_a_year() -> None:
    m = meds(C("And the injection?"), O("He's on the six-month shot now, the Invega Hafyera, fifteen sixty."))
    assert m["paliperidone"]["dose"] == "1560 mg"


def test_the_new_amount_of_a_change_right_after_the_drug() -> None:
    m = meds(P("Dr. Osei dropped my Suboxone from sixteen to twelve, so I'm doing one eight-milligram film "
               "in the morning and a four in the afternoon."))
    assert m["buprenorphine-naloxone"]["dose"] == "12 mg"
    assert m["buprenorphine-naloxone"]["status"] == "changed"


def test_the_reply_dose_is_the_one_its_grammar_names() -> None:
    m = meds(C("And the Celexa, we brought that down."), P("Yes, the twenty was making my heart funny so you cut it to ten."))
    assert m["citalopram"]["dose"] == "10 mg"
    assert m["citalopram"]["status"] == "changed"


def test_the_hour_something_happens_is_not_a_dose() -> None:
    m = meds(
        P("I've been taking fifty milligrams of naltrexone every morning."),
        C("So this week: naltrexone every morning, and ride the wave when the craving comes at four."),
    )
    assert m["naltrexone"]["dose"] == "50 mg"


def test_a_clock_time_in_hours_and_minutes_after_an_event_is_not_a_dose() -> None:
    # s302: "a five of the am bien most nights cause i'm up at four thirty" read 430 mg
    m = meds(P("i take a five of the ambien most nights cause i'm up at four thirty for the o r"))
    assert m["zolpidem"]["dose"] == "5 mg"
    m = meds(P("I take the zolpidem, five, because I get home at six fifteen and can't switch off."))
    assert m["zolpidem"]["dose"] == "5 mg"


# ---- overdoses, locked-away pills, lists and refusals


def test_pills_searched_or_locked_away_are_not_medications() -> None:
    m = meds(
        O("I saw he'd searched how many Advil is too many."),
        O("So I bought a lockbox. The Advil, the old Percocet, all of it goes in."),
    )
    assert m == {}


def test_a_possessive_reaches_the_next_drug_of_a_list() -> None:
    m = meds(P("The fridge has his morphine and the lorazepam. I'm on my sertraline, fifty."))
    assert list(m) == ["sertraline"]


def test_an_offer_put_off_in_the_next_sentence_is_not_taken() -> None:
    m = meds(C("Did he bring up the Sublocade?"), P("Sublocade, yeah. I told him not yet."))
    assert m == {}


def test_a_refusal_later_in_the_turn_stays_with_its_own_drug() -> None:
    m = meds(P("She started me on naltrexone. Fifty mg a day. She also brought up Antabuse but I told her no."))
    assert list(m) == ["naltrexone"]


def test_a_hard_no_is_a_refusal() -> None:
    m = meds(C("So the Strattera stays, and the Adderall's a hard no."), P("Hard no."))
    assert list(m) == ["atomoxetine"]


def test_a_refusal_is_kept_beside_a_stop_of_another_drug() -> None:
    m = meds(P("I stopped the Intuniv and I told her I'm not doing Concerta, no way."))
    assert list(m) == ["guanfacine"]
    assert m["guanfacine"]["status"] == "stopped"


def test_grounding_reads_the_new_amount_of_a_change() -> None:
    from scribe.extract.meds import dose_values_in

    assert 12.0 in dose_values_in("Dr. Osei dropped my Suboxone from sixteen to twelve two weeks ago.")


def test_still_taking_a_drug_after_another_drug_changed_is_current() -> None:
    m = meds(P("He went from twenty to forty on the Viibryd and I still take the baby aspirin, the eighty-one."))
    assert m["vilazodone"]["status"] == "changed"
    assert m["aspirin"]["status"] == "current"


@pytest.mark.parametrize("said, name", [
    ("I'm still on the pimavanserin.", "pimavanserin"),
    ("I'm using the tiotropium every day.", "tiotropium"),
])
def test_a_drug_outside_the_tables_is_found_in_on_and_using_sentences(said: str, name: str) -> None:
    from scribe.extract.nlp import find_drug_names

    assert [n for n, _, _ in find_drug_names(said)] == [name]
    assert find_drug_names("We went to the pimavanserin talk.") == []


# ---- whose drug it is: apposition, having verbs, lists, givers, diagnoses


def own_meds(*turns: tuple[str, str]) -> dict[str, dict[str, Any]]:
    """The medication stage alone, on a tiny session (no other stage's models needed)."""
    from scribe.extract.meds import extract_medications

    return {f.name: {"dose": f.dose, "status": f.status} for f in extract_medications(session(*turns)["turns"])}


@pytest.mark.parametrize(
    "reply",
    [
        "Biscuit gets his heart pill too, the furosemide, I crush it into his food.",
        "my son's got his own inhaler now, the albuterol, so I keep a spare in the car",
        "Grandad's tablets are still in the kitchen drawer, the oxycodone ones from the hospital.",
        "Marta's got her Lexapro and she's doing fine with it.",
        "The dog's on more tablets than me these days, the carprofen for his hips.",
    ],
)
def test_a_drug_named_beside_someone_elses_pill_is_theirs(reply: str) -> None:
    m = own_meds(C("How has the week been?"), P(reply + " I'm still on sertraline 100 mg."))
    assert list(m) == ["sertraline"]


def test_a_list_that_starts_with_a_named_persons_drug_is_not_the_clients() -> None:
    m = own_meds(C("What's in the cabinet now?"), P("My quetiapine, Rob's metoprolol, and some ibuprofen. That's it."))
    assert list(m) == ["quetiapine"]


def test_a_drug_given_to_someone_else_in_an_emergency_is_not_the_clients() -> None:
    m = own_meds(
        C("What happened that night?"),
        P("I grabbed the Narcan from the bathroom cabinet, it was behind the towels, and I sprayed it in his nose. "
          "I take my venlafaxine 150 mg every morning, that hasn't changed."),
    )
    assert list(m) == ["venlafaxine"]


def test_a_drug_given_to_someone_else_named_before_the_drug() -> None:
    m = own_meds(P("I gave him the Narcan and called 911. I take my venlafaxine 75 mg, same as always."))
    assert list(m) == ["venlafaxine"]


def test_a_substance_inside_a_diagnosis_name_is_no_medication() -> None:
    m = own_meds(C("Your referral letter says cocaine use disorder, moderate, and you're on the naltrexone fifty."), P("Yeah."))
    assert list(m) == ["naltrexone"]


def test_they_took_the_dose_down_is_the_prescriber_changing_the_clients_drug() -> None:
    m = own_meds(P("They took the hydromorphone down again last week, so I'm on four milligrams now."))
    assert m["hydromorphone"]["status"] == "changed"


def test_uk_names_are_in_the_table() -> None:
    m = own_meds(C("And the procyclidine?"), P("Five in the morning and five at lunch."))
    assert m["procyclidine"]["dose"] == "10 mg"
    m = own_meds(C("the zopiclone so three point seven five most nights"), P("aye that's right"))
    assert m["zopiclone"]["dose"] == "3.75 mg"
    m = own_meds(P("i take the truvada every day for prep"))
    assert list(m) == ["emtricitabine-tenofovir"]


def test_a_partner_saying_a_drug_helped_me_speaks_of_their_own() -> None:
    m = own_meds(C("How are you both doing?"), O("I'm better. The fluoxetine helped me, the twenty."),
             P("I'm still on the mirtazapine fifteen."))
    assert list(m) == ["mirtazapine"]


def test_the_clinician_asking_a_parent_about_their_own_drug() -> None:
    m = own_meds(
        O("He takes the Concerta, thirty-six in the morning."),
        O("And I'm on Zoloft myself, if that matters."),
        C("Where's your Zoloft kept, and his Concerta?"),
        O("Kitchen cabinet, both of them."),
    )
    assert list(m) == ["methylphenidate"]


@pytest.mark.parametrize(
    "reply",
    [
        "nah i told her no my cousin got on that and was a zombie i'm not doing it",
        "No. I said no, I've seen what it does to people.",
        "nah no chance mate",
        "i'd rather not, i've read about the weight gain",
    ],
)
def test_a_drug_the_clinician_names_and_the_client_turns_down(reply: str) -> None:
    m = own_meds(C("and the quetiapine the psychiatrist brought up for sleep"), P(reply))
    assert m == {}


def test_a_maybe_from_the_prescriber_is_not_a_medication() -> None:
    m = own_meds(P("she say if the patch don't help she might think about the pregabalin but i don't want more tablets"))
    assert m == {}


def test_a_reported_question_answered_yes_in_the_same_breath() -> None:
    m = own_meds(P("The nurse asked if I'm still taking the citalopram, and I am, the twenty, every morning."))
    assert m["citalopram"]["dose"] == "20 mg"


def test_a_drug_tried_and_dropped_back_in_an_earlier_season_is_history() -> None:
    m = own_meds(P("i tried valerian way back in the spring it did nothing so i quit that i'm on trazodone fifty now"))
    assert list(m) == ["trazodone"]


# ---- doses: counts of a tablet, parts of a tablet, fillers, durations and appointments


def test_a_tablet_per_time_of_day_counts_the_strength_again() -> None:
    m = own_meds(P("I'm still on the lactulose, and the rifampin, one three-fifty in the morning and one at night."))
    assert m["rifampin"]["dose"] == "700 mg"


def test_a_count_of_a_strength_said_in_the_plural() -> None:
    m = own_meds(P("They brought the oxycodone down, so it's two of the fives instead of three, most days."))
    assert m["oxycodone"]["dose"] == "10 mg"


def test_half_of_the_tablet_strength() -> None:
    m = own_meds(P("I take the clonazepam some nights, the half of the one milligram, when my chest gets tight."))
    assert m["clonazepam"]["dose"] == "0.5 mg"
    m = own_meds(P("Half of the two milligram Ativan before flights, that's all."))
    assert m["lorazepam"]["dose"] == "1 mg"


def test_a_lead_dose_with_a_filler_before_the_name() -> None:
    m = own_meds(P("and the forty of the um the fluoxetine in the morning that hasn't changed"))
    assert m["fluoxetine"]["dose"] == "40 mg"


def test_a_second_time_phrase_between_two_timed_doses() -> None:
    m = own_meds(O("He takes the Ritalin, the five in the morning before school and five at lunch."))
    assert m["methylphenidate"]["dose"] == "10 mg"


def test_a_duration_or_an_appointment_time_is_no_dose() -> None:
    m = own_meds(P("My doctor started me on the escitalopram, ten, on Friday."),
             C("Keep going with the escitalopram, the nausea settles in a week or two. See you Thursday the 9th at 3."))
    assert m["escitalopram"]["dose"] == "10 mg"


def test_a_split_dose_then_the_new_split_dose_of_a_taper() -> None:
    m = own_meds(P("so i was on the the seroquel a hundred in the morning and a hundred at night and since the fifth "
                   "it's fifty in the morning and fifty at night and we'll hold it there"))
    assert (m["quetiapine"]["dose"], m["quetiapine"]["status"]) == ("100 mg", "changed")
    m = own_meds(P("I'm taking the Luvox, one hundred in the morning and one hundred at night, with food now, "
                   "and the kids are up at seven in the morning."))
    assert m["fluvoxamine"]["dose"] == "200 mg"


def test_an_if_in_asr_run_on_speech_ends_where_what_was_done_begins() -> None:
    m = own_meds(P("nah the gp said if it's making me that groggy at work to knock it on the head so i did and he put me "
                   "on the other one the mirtazapine fifteen at night"))
    assert m["mirtazapine"]["status"] == "started"


def test_started_on_the_new_one_then_the_name_in_apposition() -> None:
    m = own_meds(O("And Dr. Okoro start him on the new one last Monday, the fluoxetine, ten, for the mood."))
    assert (m["fluoxetine"]["dose"], m["fluoxetine"]["status"]) == ("10 mg", "started")


def test_and_the_next_drug_asked_is_no_echo_of_a_mishearing() -> None:
    m = own_meds(C("How's the arm since the injection went up?"),
                 P("Sore. Dr. Venn put it up from two hundred to three hundred last week."),
                 C("And the benztropine?"), P("One in the morning and one at lunch. Same."))
    assert m["benztropine"]["status"] == "current"


def test_a_change_in_a_sentence_about_something_else_is_not_the_drugs() -> None:
    m = own_meds(P("I was so flustered I read out forty-one instead of fourteen, and everyone laughed. "
                   "I'd taken the propranolol, the twenty, like I do before meetings."))
    assert m["propranolol"]["status"] == "current"
    m = own_meds(P("Dr. Kim started me on something for the nightmares. Prazosin, one milligram at bedtime."))
    assert m["prazosin"]["status"] == "started"


def test_a_taper_step_said_as_a_fraction_is_a_change() -> None:
    m = own_meds(P("the ambien yeah we're doing the taper the doctor wrote out i'm on half now so five for the last week"))
    assert (m["zolpidem"]["dose"], m["zolpidem"]["status"]) == ("5 mg", "changed")
    m = own_meds(P("I take half of the seven point five zopiclone most nights."))
    assert m["zopiclone"]["status"] == "current"


def test_the_base_form_as_a_past_with_a_time_said_is_a_start() -> None:
    m = own_meds(P("yes the prometrium the hundred she say take it at night i start them three weeks now"))
    assert m["progesterone"]["status"] == "started"


def test_parents_saying_they_are_both_on_a_drug_speak_of_their_own() -> None:
    m = own_meds(O("We're both on Lexapro ourselves, actually, his dad and me."), C("How's his Abilify?"),
                 O("Five milligrams, fine."))
    assert list(m) == ["aripiprazole"]


def test_a_drug_taken_and_stopped_last_year_is_history() -> None:
    m = own_meds(P("I was on citalopram last year but stopped it in the summer. Now I'm on sertraline fifty."))
    assert list(m) == ["sertraline"]


@pytest.mark.parametrize(
    "reply",
    ["Dr. Lee's prescription, the sertraline, went up to a hundred last week.",
     "doctor morgan's new tablets the sertraline a hundred make me jittery"],
)
def test_a_prescribers_possessive_does_not_make_the_drug_theirs(reply: str) -> None:
    assert own_meds(P(reply))["sertraline"]["dose"] == "100 mg"


@pytest.mark.parametrize(
    ("question", "answer", "generic", "status"),
    [
        ("Your psychiatrist put you on something new last week?", "Right, the Lexapro. Ten in the morning.",
         "escitalopram", "started"),
        ("so the new pill doctor chen gave you how's that been", "the buspirone makes me a bit dizzy",
         "buspirone", "started"),
        ("Did the nurse practitioner change anything at your visit?", "The lamotrigine, she made it two hundred.",
         "lamotrigine", "changed"),
        ("oh good what did she put you on", "the mirtazapine fifteen at night", "mirtazapine", "started"),
    ],
)
def test_a_status_said_of_an_unnamed_medicine_goes_to_the_drug_the_answer_names(
        question: str, answer: str, generic: str, status: str) -> None:
    assert own_meds(C(question), P(answer))[generic]["status"] == status


def test_an_unnamed_medicine_question_answered_no_gives_no_status() -> None:
    m = own_meds(C("Did Dr. Ortiz start you on anything?"), P("No, just the sertraline like always."))
    assert m["sertraline"]["status"] == "current"


def test_the_strength_ones_is_a_strength_not_a_hundred_and_one() -> None:
    m = own_meds(P("for the shoulder it's naproxen the five hundred ones when it aches after work"))
    assert m["naproxen"]["dose"] == "500 mg"


def test_a_count_of_a_strength_taken_together_is_the_amount_at_a_time() -> None:
    m = own_meds(C("And the Suboxone?"), P("Still the same, two of the four milligram films together every morning."))
    assert m["buprenorphine-naloxone"]["dose"] == "8 mg"


@pytest.mark.parametrize(
    "turn",
    ["My doctor gave me Inderal for flying. Twenty. Only before the flight.",
     "the inderal, the one for flying. about twenty. i take it before i board"],
)
def test_an_amount_said_alone_after_the_drug_is_its_dose(turn: str) -> None:
    assert own_meds(P(turn))["propranolol"]["dose"] == "20 mg"


def test_a_count_of_things_said_after_the_drug_is_no_dose() -> None:
    m = own_meds(P("Dr. Patel has me on hydroxyzine at night. The two dogs are what wake me up anyway."))
    assert m["hydroxyzine"]["dose"] is None


def test_a_partner_answering_about_their_own_medicines_names_their_own() -> None:
    m = own_meds(P("I'm still on the venlafaxine, seventy-five."),
                 C("Marcus, you mentioned your back. Are you on anything for it?"),
                 O("Only the naproxen when it's bad."))
    assert list(m) == ["venlafaxine"]


def test_a_parent_answering_about_the_client_names_the_clients() -> None:
    m = own_meds(C("Mom, what is she taking right now?"), O("Just the fluoxetine, ten in the morning."))
    assert list(m) == ["fluoxetine"]


@pytest.mark.parametrize(
    "turn",
    ["the doctor wrote me some seroquel for sleep but i ain't took a single one",
     "For sleep the doctor give me Seroquel also, but I say no, I sleep okay."],
)
def test_never_taken_or_refused_in_plain_or_second_language_grammar_is_not_a_medication(turn: str) -> None:
    assert "quetiapine" not in own_meds(P(turn))


def test_made_bigger_is_a_dose_change() -> None:
    m = own_meds(P("The Lexapro, the doctor make it bigger, now twenty."))
    assert (m["escitalopram"]["dose"], m["escitalopram"]["status"]) == ("20 mg", "changed")


@pytest.mark.parametrize(
    ("reply", "generic", "dose", "status"),
    [
        ("The Renvela with every meal, eight hundred, for the phosphorus.", "sevelamer", "800 mg", "current"),
        ("They added Sensipar after my last labs, thirty milligrams.", "cinacalcet", "30 mg", "started"),
        ("i came off the oxy after the surgery healed, it was making me foggy", "oxycodone", None, "stopped"),
    ],
)
def test_kidney_and_pain_drugs_by_brand_or_street_name(reply: str, generic: str, dose: str | None, status: str) -> None:
    m = own_meds(C("What are you taking?"), P(reply))
    assert (m[generic]["dose"], m[generic]["status"]) == (dose, status)


def test_a_rescue_spray_kept_at_hand_is_not_a_medication_taken() -> None:
    m = own_meds(C("do you have narcan in the apartment"), P("yeah my roommate keeps a kit by the door"),
                 C("and the methadone, still eighty"), P("still eighty"))
    assert list(m) == ["methadone"]


def test_a_supplement_named_in_answer_to_what_is_taken_needs_no_taking_word_of_its_own() -> None:
    m = own_meds(C("Good. Is there anything else you're on at the moment?"), P("Fish oil. And the sertraline."))
    assert "fish oil" in m


def test_a_parent_answers_the_last_question_not_an_earlier_remark() -> None:
    m = own_meds(C("I'm glad you're taking it. Dad, what else is he on?"), O("Only the melatonin, three milligrams."))
    assert m["melatonin"]["dose"] == "3 mg"


def test_a_pill_the_next_name_puts_a_name_to_takes_its_stop_with_it() -> None:
    m = own_meds(C("And the lisinopril?"),
                 P("Ten milligrams, same as always. I quit that nerve pill from the walk-in clinic. Hydroxyzine."))
    assert (m["lisinopril"]["dose"], m["lisinopril"]["status"]) == ("10 mg", "current")
    assert m["hydroxyzine"]["status"] == "stopped"


@pytest.mark.parametrize(
    ("context", "reply", "generic", "dose", "status"),
    [
        ("How's the quitting going? Any cigarettes?",
         "none this week, the patch is doing it, he started me on it monday, twenty one milligrams", "nicotine", "21 mg",
         "started"),
        ("And the hot flashes since the hormones?", "Better. Still on the fifty microgram patch, I change it twice a week.",
         "estradiol", "50 mcg", "current"),
        ("and the smoking", "she put me on the patch the fourteen milligram one and she talked about wellbutrin but i "
         "said no", "nicotine", "14 mg", "started"),
    ],
)
def test_a_patch_said_without_its_drug_is_the_one_its_topic_names(
        context: str, reply: str, generic: str, dose: str, status: str) -> None:
    m = own_meds(C(context), P(reply))
    assert (m[generic]["dose"], m[generic]["status"]) == (dose, status)


def test_a_patch_with_no_drug_topic_is_no_medication() -> None:
    assert own_meds(C("How was the trip?"), P("Fine, we hit a rough patch on the way home.")) == {}
    assert own_meds(P("Since I quit smoking it's been a rough patch, honestly.")) == {}


def test_still_on_a_strength_is_the_dose_now_whatever_step_is_planned() -> None:
    m = own_meds(P("i'm still on the ten milligram lexapro, she wants me going up to the twenty next month"))
    assert (m["escitalopram"]["dose"], m["escitalopram"]["status"]) == ("10 mg", "current")


@pytest.mark.parametrize(
    "reply",
    ["yeah the screen was right, it was a klonopin. my cousin had some left over.",
     "It was Adderall. I got a few off a guy in my dorm before finals."],
)
def test_pills_from_someone_elses_supply_are_not_a_medication(reply: str) -> None:
    assert own_meds(C("The urine screen came back positive, what happened?"), P(reply)) == {}


def test_stopped_taking_them_reaches_back_to_the_drug_a_few_sentences_before() -> None:
    m = own_meds(P("I'm fine."), O("There was a bottle in his gym bag. Ambien. Nearly full. I counted twenty. "
                                    "They're his, for sleep, but he swore he'd stopped taking them."))
    assert m["zolpidem"]["status"] == "stopped"


def test_grounding_accepts_a_patch_whose_topic_names_the_drug() -> None:
    from scribe.extract.grounding import supports_medication

    turns = session(C("And the hot flashes since the hormones?"),
                    P("Better. Still on the fifty microgram patch, I change it twice a week."))["turns"]
    assert supports_medication({"name": "estradiol", "dose": "50 mcg", "evidence": [0, 1]}, turns)
    assert not supports_medication({"name": "nicotine", "dose": "50 mcg", "evidence": [0, 1]}, turns)


# ---- a cue's reach in run-on speech


@pytest.mark.parametrize(
    ("reply", "generic"),
    [
        ("we moved in the spring and so the garden was never finished and the shed is still full of boxes and "
         "the gp has me on the sertraline fifty every morning and honestly it's taking the edge off", "sertraline"),
        ("i keep wondering whether my son will get the job because he's been out of work for ages and of "
         "course i still take the metformin five hundred with breakfast same as always", "metformin"),
    ],
)
def test_a_negation_or_a_doubt_in_an_earlier_saying_does_not_reach_the_drug(reply: str, generic: str) -> None:
    assert generic in meds(C("how's the week been"), P(reply))


def test_a_negation_in_the_same_saying_still_reaches_the_drug() -> None:
    assert meds(C("how's the week been"), P("busy at work and i never took the zoloft they gave me in the end")) == {}


@pytest.mark.parametrize("kin", ["mammy", "mam", "abuela", "mate", "other half"])
def test_a_relative_named_the_way_other_englishes_say_it_owns_the_drug(kin: str) -> None:
    assert meds(C("anything else?"), P(f"I said no to the tablets, because my {kin} lived on Valium for years.")) == {}


@pytest.mark.parametrize("kind", ["an antidepressant", "an antipsychotic", "a benzodiazepine", "a statin", "antibiotics"])
def test_a_drug_class_word_is_not_a_medication(kind: str) -> None:
    m = meds(C("Any changes to your medications?"), P(f"The doctor started me on {kind} last week, I can't remember which."))
    assert m == {}


@pytest.mark.parametrize(
    ("said", "generic", "dose"),
    [
        ("I'm on the Priadel, eight hundred at night.", "lithium", "800 mg"),
        ("the gp has me on efexor seventy five in the morning", "venlafaxine", "75 mg"),
        ("I take the Epilim, five hundred twice a day.", "valproate", "500 mg"),
        ("still taking the elvanse thirty milligrams before work", "lisdexamfetamine", "30 mg"),
        ("I'm on amisulpride, two hundred milligrams.", "amisulpride", "200 mg"),
    ],
)
def test_brands_and_generics_of_other_countries(said: str, generic: str, dose: str) -> None:
    m = meds(C("What are you taking at the moment?"), P(said))
    assert m[generic]["dose"] == dose


def test_a_number_said_with_another_drug_in_the_question_is_not_this_ones_dose() -> None:
    m = meds(C("so you're on the suboxone"), P("yep"), C("sixteen of suboxone okay and the blood pressure tablet"),
             P("yeah the lisinopril every morning"))
    assert m["lisinopril"]["dose"] is None


def test_a_number_after_a_further_item_of_the_list_is_that_items() -> None:
    m = meds(C("what are you on"), P("the lisinopril and the cholesterol one the rosu something twenty"))
    assert m["lisinopril"]["dose"] is None


def test_a_person_named_beside_the_drug_does_not_cut_it_from_its_dose() -> None:
    m = meds(C("any changes"), P("i started the naltrexone like you and the doctor said, the fifty, one every morning"))
    assert m["naltrexone"]["dose"] == "50 mg"


@pytest.mark.parametrize(
    "reply",
    ["right, so the doctor and i decided to stop that, i was only on the ten anyway",
     "yeah he said to stop taking them once the rash came up"],
)
def test_a_decision_to_stop_already_made_is_a_stop(reply: str) -> None:
    m = meds(C("And the Celexa we talked about?"), P(reply))
    assert (m["citalopram"]["status"], m["citalopram"]["dose"]) == ("stopped", None)


@pytest.mark.parametrize(
    "explained",
    ["Ibuprofen is fine with that, ask the chemist first.",
     "being on a blocker changes things, the street supply now is mostly fentanyl and the kit reverses it"],
)
def test_a_drug_only_the_clinician_talks_about_is_not_the_clients(explained: str) -> None:
    m = meds(C("How are the headaches?"), P("Bit better."), C(explained))
    assert m == {}


def test_a_drug_the_clinician_asks_the_client_about_is_kept() -> None:
    m = meds(C("Are you still taking the naltrexone?"), P("Yeah, every day."))
    assert "naltrexone" in m


def test_a_parent_naming_their_own_drug_with_my_is_theirs() -> None:
    m = meds(C("Who looks after the tablets?"), P("Dad gives me the sertraline."),
             O("i give it to her with breakfast and everything's locked up now, even my lisinopril"))
    assert list(m) == ["sertraline"]


def test_a_carer_telling_of_the_dose_moved_for_him_is_his() -> None:
    m = meds(C("How is he doing?"), P("the nurse put him up on the donepezil ten and it doesn't help much"))
    assert m == {}


def test_a_flatmates_prescription_shared_with_the_client_is_not_the_clients() -> None:
    m = meds(C("What happened before the attack?"),
             P("my flatmate tom has a prescription for adderall and he's been giving me some before exams"))
    assert m == {}


def test_a_drug_prescribed_but_not_used_yet_is_not_gold() -> None:
    m = meds(C("What did the GP say?"), P("he gave me propranolol for the interview but i haven't used it yet"))
    assert m == {}


def test_the_last_number_word_before_weeks_ago_counts_the_weeks() -> None:
    m = meds(C("Still on the sertraline?"), P("Yeah, the GP put it up to a hundred and fifty three weeks ago."))
    assert (m["sertraline"]["dose"], m["sertraline"]["status"]) == ("150 mg", "changed")


def test_she_after_the_doctor_just_named_is_the_prescriber() -> None:
    m = meds(C("What happened when you saw Dr. Kaur?"), P("She started the buspirone, five milligrams twice a day."))
    assert (m["buspirone"]["dose"], m["buspirone"]["status"]) == ("5 mg", "started")


def test_she_after_a_relative_named_last_is_the_relative() -> None:
    m = meds(C("What did Dr. Kaur say about your sister?"), P("My sister, well she started the buspirone."))
    assert m == {}


def test_a_step_said_in_the_next_sentence_is_the_new_dose() -> None:
    m = meds(C("Any changes?"), P("She put the Zoloft up. Fifty to a hundred, about ten days back, no side effects yet."))
    assert m["sertraline"]["dose"] == "100 mg"


def test_lying_awake_at_an_hour_is_no_dose() -> None:
    m = meds(C("Any changes?"), P("I'm on the trazodone. I still lie awake at four most nights."))
    assert m["trazodone"]["dose"] is None


def test_a_refusal_does_not_reach_the_drug_the_client_then_says_they_take() -> None:
    m = meds(C("Did the doctor want you on anything?"),
             P("he said lexapro i said no i don't want that on my record i'm taking the magnesium from the pharmacy every night"))
    assert list(m) == ["magnesium"]


def test_a_name_said_on_its_own_takes_the_dose_said_just_before_it() -> None:
    m = meds(C("Which one is new?"), P("The little round one, in the morning, two milligrams. Guanfacine."))
    assert m["guanfacine"]["dose"] == "2 mg"


def test_a_tablet_the_clinician_asks_was_started_gives_its_status() -> None:
    m = meds(C("Did the psychiatrist start the tablet for the nightmares?"), P("Yes. Prazosin, one milligram at night."))
    assert (m["prazosin"]["status"], m["prazosin"]["dose"]) == ("started", "1 mg")


def test_a_replacement_made_instead_is_taken() -> None:
    m = meds(C("Any changes?"), P("they stopped the seroquel so the doc put me on the hydroxyzine instead twenty five at night"))
    assert (m["hydroxyzine"]["status"], m["hydroxyzine"]["dose"]) == ("started", "25 mg")


def test_a_stop_before_a_new_clause_of_what_is_taken_is_the_last_drugs() -> None:
    m = meds(C("What happened with the Ambien?"), P("I was sleepwalking."),
             C("okay so stopped and you're on mirtazapine fifteen anything else"))
    assert (m["mirtazapine"]["status"], m["mirtazapine"]["dose"]) == ("current", "15 mg")


def test_a_start_dated_before_this_period_is_current() -> None:
    m = meds(C("what's the gp doing for the sleep"), P("she got me on the mirtazapine fifteen at night since the summer"))
    assert (m["mirtazapine"]["status"], m["mirtazapine"]["dose"]) == ("current", "15 mg")


@pytest.mark.parametrize(("said", "generic", "dose"),
                         [("just the iron tablets, three twenty five once a day", "ferrous sulfate", "325 mg"),
                          ("senokot, two at night, the seven and a half ones", "senna", "15 mg")])
def test_laxatives_and_iron_are_medications(said: str, generic: str, dose: str) -> None:
    m = meds(C("Anything else you take?"), P(said))
    assert m[generic]["dose"] == dose


def test_a_count_of_the_n_ones_is_count_times_strength() -> None:
    m = meds(C("how's the bowel now with the docusate"), P("yeah better i take two at night the one hundred ones"))
    assert m["docusate"]["dose"] == "200 mg"


def test_the_clinician_clearing_up_a_misheard_name_keeps_the_drug() -> None:
    m = meds(C("where are we with the HIV meds"), P("so i started the big tarvy on monday, the one pill a day"),
             C("biktarvy okay one tablet once a day how's it going"), P("fine so far"))
    assert list(m) == ["bictegravir-emtricitabine-tenofovir alafenamide"]


def test_a_drug_taken_without_a_prescription_is_not_a_medication() -> None:
    m = meds(C("anything else you took saturday"), P("a couple of gabapentin, not prescribed, just to take the edge off"))
    assert m == {}


def test_an_interpreter_relaying_the_partners_own_answer_is_the_partners() -> None:
    m = meds(C("And he still takes the sertraline, fifty?"), P("Yes."), C("Amira, do you take anything?"),
             O("She says only ibuprofen for her back."))
    assert list(m) == ["sertraline"]


def test_valproate_said_of_the_clients_depakote_is_one_drug() -> None:
    m = meds(C("and you're still on the depakote, the thousand?"), P("aye the thousand at night"),
             C("i'd be comfortable bringing the valproate down to seven fifty"))
    assert list(m) == ["divalproex"]
    assert (m["divalproex"]["dose"], m["divalproex"]["status"]) == ("750 mg", "changed")


def test_a_bare_participle_opening_the_next_sentence_is_the_drugs_status() -> None:
    m = meds(C("Medications. Lithium, six hundred at bedtime. Started on the ward, the level was fine."), P("Okay."))
    assert (m["lithium"]["status"], m["lithium"]["dose"]) == ("started", "600 mg")


def test_the_prescriber_giving_the_client_a_drug_starts_it() -> None:
    m = meds(C("what did the psychiatrist say"), P("she gave me the clonidine for the sleep, point one at night"))
    assert (m["clonidine"]["status"], m["clonidine"]["dose"]) == ("started", "0.1 mg")


def test_a_drug_craved_is_not_a_drug_taken() -> None:
    m = meds(C("Okay. Any cravings for the oxy this week?"), P("Tuesday, when the back went."))
    assert m == {}


@pytest.mark.parametrize(("reply", "dose"), [("still on the evorel patch, the fifty, and the tablets", "50 mcg"),
                                             ("the estradiol, two at night", "2 mg")])
def test_a_patch_strength_said_bare_is_in_the_patchs_unit(reply: str, dose: str) -> None:
    m = meds(C("and the HRT?"), P(reply))
    assert m["estradiol"]["dose"] == dose


@pytest.mark.parametrize("reply", ["Oh, and I should tell you, I weaned myself off the paroxetine last month.",
                                   "so we finished coming off the paroxetine, the last ten milligrams, it's done"])
def test_a_stop_done_by_oneself_or_a_taper_finished_is_a_stop(reply: str) -> None:
    m = meds(C("Anything with the medication?"), P(reply))
    assert m["paroxetine"]["status"] == "stopped"


def test_what_a_drug_can_do_changes_no_dose() -> None:
    m = meds(P("I'm on lamotrigine, a hundred at night."), C("Antacids can lower lamotrigine levels, so keep them apart."))
    assert m["lamotrigine"]["status"] == "current"


def test_i_didnt_take_it_to_a_drug_the_clinician_names_is_not_taken() -> None:
    m = meds(C("and the sleeping tablet, the zopiclone she gave you"), P("nah i didn't take it, i'm fine without"))
    assert m == {}


def test_a_length_in_inches_is_no_dose() -> None:
    m = meds(C("melatonin is the body's own signal, so sit with the light box twelve to eighteen inches away"),
             P("Okay."))
    assert m == {}


def test_the_prescriber_giving_him_a_drug_in_a_family_session_starts_it() -> None:
    m = meds(C("Any changes for him?"), O("The doctor gave him the guanfacine, one milligram, last week."))
    assert m["guanfacine"]["status"] == "started"


def test_a_status_in_the_passive_is_its_subjects() -> None:
    m = meds(C("so the lorazepam tablets are stopped you're on mirtazapine fifteen at night"), P("yes"))
    assert (m["lorazepam"]["status"], m["mirtazapine"]["status"]) == ("stopped", "current")


def test_since_a_recent_day_dates_the_drug_before_it() -> None:
    m = meds(C("to sum up you're on quetiapine a hundred and fifty since last week, lithium nine hundred at night"),
             P("yes"))
    assert (m["quetiapine"]["status"], m["lithium"]["status"]) == ("started", "current")


def test_a_status_after_a_listed_drug_and_its_dose_is_that_drugs() -> None:
    m = meds(C("recap: venlafaxine seventy five in the morning started since we last met, amlodipine five and "
               "metformin five hundred continue"), P("right"))
    assert (m["venlafaxine"]["status"], m["amlodipine"]["status"]) == ("started", "current")


def test_the_drug_apposed_to_its_class_takes_the_status() -> None:
    m = meds(C("Any changes?"), P("The GP stopped the antibiotic, the doxycycline. I'm still on the sertraline."))
    assert m["doxycycline"]["status"] == "stopped"


def test_pills_flushed_are_stopped() -> None:
    m = meds(C("And the diazepam?"), P("I had some left from before, took one some nights, then I flushed the rest."))
    assert m["diazepam"]["status"] == "stopped"


@pytest.mark.parametrize(("said", "generic"), [("the wel butrin one fifty", None), ("the well butrin one fifty", "bupropion"),
                                               ("um the lex a pro ten in the morning", "escitalopram"),
                                               ("i stayed at ivan last night", None)])
def test_a_name_the_transcriber_split_into_words_is_read_whole(said: str, generic: str | None) -> None:
    from scribe.extract.meds import extract_medications

    found = extract_medications([{"speaker": "clinician", "text": "what are you taking"}, {"speaker": "client", "text": said}])
    assert [f.name for f in found] == ([generic] if generic else [])


def test_the_new_dose_said_further_on_wins_over_the_old_one_said_first() -> None:
    m = meds(C("how's the focus"), P("so she upped the vyvanse i was on the twenty and it wore off by noon and honestly "
                                       "i was dragging all afternoon so she went to thirty about a week ago"))
    assert (m["lisdexamfetamine"]["dose"], m["lisdexamfetamine"]["status"]) == ("30 mg", "changed")


def test_a_drug_naming_a_group_of_people_is_not_the_clients() -> None:
    m = meds(C("how's the mornings"), P("better, no more queueing at the pharmacy with the methadone crowd"))
    assert m == {}


def test_grounding_accepts_a_drug_name_the_transcriber_split_into_words() -> None:
    from scribe.extract.grounding import supports_medication

    turns = [{"speaker": "client", "text": "she started me on the lex a pro ten milligrams", "start": 0.0, "end": 3.0}]
    assert supports_medication({"name": "escitalopram", "dose": "10 mg", "evidence": [0]}, turns)
    assert not supports_medication({"name": "sertraline", "dose": "10 mg", "evidence": [0]}, turns)


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("so i quit the trays a done the fifty about two weeks ago", "trazodone", "stopped"),
        ("i stopped the sara quell the little twenty five at night because i was groggy", "quetiapine", "stopped"),
        ("the met for men five hundred in the morning and five hundred in the evening", "metformin", "current"),
        ("and the am low dipping the ten for pressure every morning", "amlodipine", "current"),
    ],
)
def test_name_heard_as_other_words(text: str, name: str, status: str) -> None:
    m = meds(C("what are you taking now"), P(text))
    assert list(m) == [name]
    assert m[name]["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "before class on the river trail three days so nobody would know, i take the bus at seven a.m.",
        "i'll see you the fourteenth at seven a m before your first case",
        "it's still the same one every night the convoy outside ramadi",
    ],
)
def test_words_that_only_sound_like_a_name_are_not_one(text: str) -> None:
    assert meds(P(text)) == {}


def test_reply_naming_the_drug_again_keeps_its_dose() -> None:
    m = meds(C("Are you still on the Prozac as well?"),
             P("Yeah, still the forty, same as always. My partner has a pill organizer, but mine's just the Prozac."))
    assert m["fluoxetine"]["dose"] == "40 mg"


def test_a_surname_is_no_dose_change() -> None:
    m = meds(C("and your medicines you still taking the cymbalta doctor halvorsen put you on"),
             P("yeah the sixty every morning"))
    assert m["duloxetine"]["status"] == "current"


def test_a_start_governs_the_next_drug_of_its_list() -> None:
    m = meds(P("doctor nguyen started me on the sertraline on monday the twenty five and hydroxyzine for when "
               "it's bad the ten milligram one"))
    assert m["sertraline"]["status"] == "started"
    assert m["hydroxyzine"]["status"] == "started"


def test_never_took_even_one() -> None:
    m = meds(P("the doctor gave me zolpidem for sleep but i didn't take even one because what if my son calls"))
    assert "zolpidem" not in m


def test_a_count_of_pills_is_no_strength() -> None:
    m = meds(P("now it's just the melatonin five milligrams and some nights the benadryl two of the little pink ones"))
    assert m["diphenhydramine"]["dose"] is None


def test_kin_word_said_as_a_name_takes_it() -> None:
    m = meds(P("the mirtazapine fifteen at night and the losartan fifty for pressure, nanay is on the warfarin"))
    assert "warfarin" not in m
    assert set(m) == {"mirtazapine", "losartan"}


def test_aye_answers_a_start_question() -> None:
    m = meds(C("And the fluvoxamine, did Dr. Pugh start it?"), P("Aye, she did. Fifty milligrams at night."))
    assert m["fluvoxamine"]["status"] == "started"


def test_tablets_split_are_half_their_strength_and_no_change() -> None:
    m = meds(P("I've been taking half of one of the ten milligram Ambien most nights since then, just half, the "
               "doctor gave me a few for when Dad went into the home and I've been cutting them."))
    assert m["zolpidem"]["dose"] == "5 mg"
    assert m["zolpidem"]["status"] == "current"


@pytest.mark.parametrize("said", ["We're cutting it back to five milligrams of the Lexapro.",
                                  "She's cutting the dose of my Lexapro to five milligrams."])
def test_cutting_a_dose_is_still_a_change(said: str) -> None:
    assert meds(P(said))["escitalopram"]["status"] == "changed"


def test_the_prescriber_keeping_a_dose_is_no_third_party() -> None:
    m = meds(P("I saw the psychiatrist, Dr. Moreau, and he has kept the sertraline at fifty, I take it every morning."))
    assert m["sertraline"]["dose"] == "50 mg"
    assert m["sertraline"]["status"] == "current"


def test_a_lowercase_name_on_the_drug_is_someone_elses() -> None:
    m = meds(P("i'm on the lithium still and siobhan's on the quetiapine herself so she keeps telling me to switch"))
    assert "quetiapine" not in m
    assert "lithium" in m


def test_a_split_name_right_after_its_dose() -> None:
    m = meds(P("it's a hundred milligrams of the sir tra lean now every morning with breakfast"))
    assert m["sertraline"]["dose"] == "100 mg"


def test_the_time_before_starting_is_no_start() -> None:
    m = meds(P("I'm on the Lexapro, ten milligrams. I was in a very bad place before I started it."))
    assert m["escitalopram"]["status"] == "current"


@pytest.mark.parametrize("said", ["The GP gave me Zoloft fifty, but I never collected it.",
                                  "he gave me the sertraline fifty but i haven't opened the box"])
def test_a_prescription_never_collected_or_opened_is_no_medication(said: str) -> None:
    assert "sertraline" not in meds(P(said))


def test_a_negation_does_not_reach_a_later_taking_clause() -> None:
    m = meds(P("i don't want to be sleepy all day i take me heart one the bisoprolol five every morning"))
    assert m["bisoprolol"]["dose"] == "5 mg"


def test_a_split_name_ending_in_in_before_a_yes_and_its_dose() -> None:
    m = meds(P("the mirta zap in yes thirty milligram at night i take it every night"))
    assert m["mirtazapine"]["dose"] == "30 mg"


def test_a_doubled_one_after_a_strength_is_a_pronoun() -> None:
    m = meds(P("just the nicotine patch the fourteen one one the nurse give me"))
    assert m["nicotine"]["dose"] == "14 mg"


def test_untouched_pills_in_a_cupboard_are_no_lapse() -> None:
    m = meds(C("so the citalopram twenty each morning and the sleeping pills from the doctor"),
             P("haven't touched those they're still in the drawer by the bed"))
    assert m["citalopram"]["status"] != "stopped"


def test_the_drug_thrown_away_is_stopped() -> None:
    assert meds(P("I chucked the zopiclone, all of it, on Sunday."))["zopiclone"]["status"] == "stopped"
    m = meds(P("I threw out my back lifting boxes, so I take ibuprofen now."))
    assert m["ibuprofen"]["status"] != "stopped"


def test_a_drug_held_in_reserve_if_another_fails_is_not_taken() -> None:
    m = meds(P("So I started the naltrexone on Monday, fifty milligrams, and she said if the naltrexone doesn't help "
               "there's another one, acamprosate."))
    assert "acamprosate" not in m
    assert m["naltrexone"]["status"] == "started"


def test_a_medicine_named_before_its_start_is_asked() -> None:
    m = meds(C("Is the HRT started now? Last time you were still waiting."),
             P("Yes, two weeks ago. The estradiol gel, one pump a day."))
    assert m["estradiol"]["status"] == "started"


@pytest.mark.parametrize(("text", "dose"), [
    ("Zolpidem. Doctor give ten, I cut half, I take half. Some nights.", "5 mg"),
    ("the uh trazodone the one for sleep i cut the fifty in half like he said so i take the half at night", "25 mg"),
    ("I take the sertraline fifty, I might cut it in half next week.", "50 mg"),
])
def test_a_tablet_the_client_cuts_in_half_is_half_the_dose(text: str, dose: str) -> None:
    (m,) = meds(P(text)).values()
    assert m["dose"] == dose


def test_the_dose_said_first_is_the_new_one_and_it_was_the_old() -> None:
    got = meds(P("Dr Pritchard put it up since I saw you last. Thirty of the mirtazapine now at night, it was fifteen."))
    assert got["mirtazapine"]["dose"] == "30 mg"


def test_a_relatives_own_drug_after_talk_of_the_client_is_theirs_and_a_plural_names_a_drug() -> None:
    got = meds(O("them gummy melatonins three milligram cause she's up all hours on that phone and i'm on the zoloft "
                 "myself so i know how these things go"))
    assert got == {"melatonin": {**got["melatonin"], "dose": "3 mg", "status": "current"}}


def test_puffs_and_a_score_in_the_question_are_no_dose() -> None:
    got = meds(C("The anxiety questionnaire you did, the GAD-7, came out at fourteen, which is moderate. Medication check. "
                 "Still on the Spiriva?"),
               P("Spiriva, the eighteen microgram capsule, every morning. And the blue inhaler, the salbutamol, two puffs "
                 "when I need it."))
    assert got["tiotropium"]["dose"] == "18 mcg"
    assert got["salbutamol"]["dose"] is None


def test_a_dose_morning_and_night_is_per_administration_and_a_start_set_for_monday_is_started() -> None:
    got = meds(P("and the met for men five hundred morning and night and the new one for the nerve pain the gaba pentin "
                 "three hundred at night start on monday"))
    assert got["metformin"]["dose"] == "500 mg" and got["metformin"]["status"] == "current"
    assert got["gabapentin"]["dose"] == "300 mg" and got["gabapentin"]["status"] == "started"
    assert meds(P("I see her two mornings a week, the sertraline helps."))["sertraline"]["dose"] is None


def test_a_stop_told_in_the_pluperfect_after_the_restart_keeps_the_restart() -> None:
    got = meds(P("Dr. Ledet put me back on my Lexapro, the ten, two weeks ago now. I had stopped it when the pills washed "
                 "away, I didn't have none for a month."))
    assert got["escitalopram"]["status"] == "started" and got["escitalopram"]["dose"] == "10 mg"
    assert meds(P("I stopped the Lexapro last week."))["escitalopram"]["status"] == "stopped"


@pytest.mark.parametrize("text, dose", [
    ("The sertraline. The GP put it up to a hundred three weeks back.", "100 mg"),
    ("The sertraline. She upped it to one fifty.", "150 mg"),
    ("The sertraline. She put it up two weeks ago.", None),
])
def test_a_change_said_of_it_a_sentence_after_the_name_carries_its_new_dose(text: str, dose: str | None) -> None:
    got = meds(P(text))["sertraline"]
    assert got["status"] == "changed" and got["dose"] == dose


def test_physical_health_drugs_are_known_and_a_buprenorphine_patch_is_micrograms() -> None:
    got = meds(C("And the transplant meds?"),
               P("The tacrolimus, three milligrams, and the CellCept. The Butec patch, aye, the five, I change it every "
                 "Wednesday."))
    assert got["tacrolimus"]["dose"] == "3 mg" and "mycophenolate" in got
    assert got["buprenorphine"]["dose"] == "5 mcg"


@pytest.mark.parametrize("text", [
    "I sleep too much honestly like eleven twelve hours on my days off",
    "It's like the thoughts are trains and I don't have to get on every one.",
    "I'm gonna be honest one night I took one of my wife's pills.",
])
def test_small_talk_does_not_sound_like_a_drug_the_lexicon_only_knows_as_said(text: str) -> None:
    assert meds(P(text)) == {}


@pytest.mark.parametrize("text, generic, status", [
    ("I finished the tramadol a month back, I didn't like it, made me muzzy.", "tramadol", "stopped"),
    ("The prednisone, that was a course, it's finished since March.", "prednisone", "stopped"),
    ("I finished my shift and took the sertraline.", "sertraline", "current"),
    ("that's a full week so the lorazepam's finished the new escitalopram five in the morning", "escitalopram", "started"),
    ("The divorce, it's over, and the Zoloft fifty helps.", "sertraline", "current"),
])
def test_a_course_finished_is_a_stop_and_finishing_something_else_is_not(text: str, generic: str, status: str) -> None:
    assert meds(P(text))[generic]["status"] == status


def test_anything_except_a_drug_refuses_it_and_everything_except_keeps_it() -> None:
    assert "pregabalin" not in meds(P("I will try anything except the pregabalin."))
    assert "lithium" not in meds(P("I'd take anything but lithium, honestly."))
    got = meds(P("I stopped everything except the sertraline, I'm still on the fifty."))
    assert got["sertraline"]["dose"] == "50 mg"


def test_a_count_of_tablets_is_not_a_dose() -> None:
    assert meds(P("The Tylenol, two tablets in the morning."))["acetaminophen"]["dose"] is None
    assert meds(P("The sertraline, fifty, two tablets of twenty-five."))["sertraline"]["dose"] == "50 mg"


def test_a_name_also_said_of_food_counts_when_listed_with_its_strength_among_medicines() -> None:
    got = meds(P("The hydroxycarbamide, one thousand every day. The folic acid, the five."))
    assert "folic acid" in got and got["hydroxyurea"]["dose"] == "1000 mg"
    # not without the list
    assert "folic acid" not in meds(P("There's folic acid in the cereal, the five grain one."))


def test_units_run_to_tens_of_thousands() -> None:
    assert meds(P("I take the vitamin d, the big one fifty thousand once a week on the sunday."))["vitamin d"]["dose"] == \
        "50000 units"
    assert meds(P("the quetiapine, the one fifty, at night"))["quetiapine"]["dose"] == "150 mg"


def test_a_dose_asked_for_between_two_of_the_clients_turns_is_taken_from_the_answer() -> None:
    got = meds(P("She said we try something else. She gave me the other one, mirtazapine. For sleep also."),
               C("How much are you taking?"), P("Is the thirty tablet, but she said cut in half. So fifteen. In the night."))
    assert got["mirtazapine"]["dose"] == "15 mg"
    got = meds(P("I been on the methadone since before you had teeth."), C("I'm laughing. How's the dose holding? Still ninety-five?"),
               P("Ninety-five, every morning at the window, and my take-homes for Sunday."))
    assert got["methadone"]["dose"] == "95 mg"
    # not a later turn of the client's that answers something else
    got = meds(P("She gave me the mirtazapine."), C("How did you sleep?"), P("Maybe six hours. Fifteen minutes to drop off."))
    assert got["mirtazapine"]["dose"] is None


def test_a_reply_opening_with_its_number_or_with_aye_still_carries_the_dose() -> None:
    got = meds(C("and the citalopram"), P("aye still the twenty every morning dr linklater says give it a bit longer"))
    assert got["citalopram"]["dose"] == "20 mg"
    got = meds(C("Kari hands you the Antabuse with your coffee, is that still the routine?"),
               P("Ya, that's the routine. Two-fifty, with the coffee, she watches me swallow it."))
    assert got["disulfiram"]["dose"] == "250 mg"


def test_a_blood_level_is_not_a_dose() -> None:
    got = meds(P("I got the letter from the clinic, and the lithium was too low. Zero point four."))
    assert got["lithium"]["dose"] is None
    got = meds(P("they take the blood and the lithium it was one point three the doctor say it is too high"))
    assert got["lithium"]["dose"] is None
    got = meds(P("the depakote, the level come back at fifty eight and she wants it more like seventy five, she said "
                 "anywhere from fifty to a hundred is okay"))
    assert got["divalproex"]["dose"] is None
    # a dose said next to a level is still the dose
    got = meds(P("My level was fine so she put me up to nine hundred of the lithium."))
    assert got["lithium"]["dose"] == "900 mg"
    got = meds(P("The depakote, five hundred in the morning and seven fifty at night."))
    assert got["divalproex"]["dose"] == "1250 mg"
    # a blood pressure tablet is no blood level
    assert meds(P("And the amlodipine, the blood pressure one is five."))["amlodipine"]["dose"] == "5 mg"


def test_a_level_gives_way_to_the_dose_the_change_names() -> None:
    # the level said first is no dose, so the new dose in the reply is still read
    got = meds(C("Your lithium level came back low, zero point four, I saw."), P("Yeah. So they put me up to a thousand a day."))
    assert got["lithium"] == {"dose": "1000 mg", "status": "changed"} | {k: v for k, v in got["lithium"].items() if k not in ("dose", "status")}
    # the change said to the clinician's next question about the drug
    got = meds(C("What did the lithium level come back at?"), P("Zero point four."), C("And what did Dr Okafor do?"),
               P("Put me up to a thousand a day."))
    assert (got["lithium"]["dose"], got["lithium"]["status"]) == ("1000 mg", "changed")
    # a next question about something else is not about the drug, nor a change with no dose
    got = meds(C("How is the sertraline?"), P("Fine."), C("How many hours are you working?"), P("They moved me up to forty a week."))
    assert (got["sertraline"]["dose"], got["sertraline"]["status"]) == (None, "current")
    got = meds(C("How is the sertraline?"), P("Fine."), C("What happened at work?"), P("They moved me up to night shifts."))
    assert got["sertraline"]["status"] == "current"


def test_a_count_of_a_strength_is_the_dose_taken() -> None:
    assert meds(P("When the knee complains I take paracetamol, two of the five hundred."))["acetaminophen"]["dose"] == "1000 mg"
    assert meds(C("Paracetamol two five hundreds about once a day."))["acetaminophen"]["dose"] == "1000 mg"
    got = meds(C("So the dexamfetamine, two of the fives in the morning and one at midday."))
    assert got["dextroamphetamine"]["dose"] == "15 mg"
    assert meds(P("one of the fifty sertraline in the morning"))["sertraline"]["dose"] == "50 mg"


def test_the_clients_answer_to_a_checked_dose_is_the_dose() -> None:
    got = meds(C("So the dexamethasone went from forty?"), P("Twenty on Mondays now. Started this week. Used to be forty."))
    assert got["dexamethasone"]["dose"] == "20 mg"
    # a scale's rating is no dose
    got = meds(P("I'm on dexamfetamine instead."),
               C("If zero is none and ten is perfect, where's your focus been since the dexamfetamine started?"),
               P("Five. A solid, mediocre five."))
    assert got["dextroamphetamine"]["dose"] is None
    # a long explanation's dose said of no one does not replace the client's
    got = meds(C("So the dexamethasone went from forty?"), P("Twenty on Mondays now."),
               C("Let me explain what the dexamethasone does, because it helps to know. At forty milligrams, and even at "
                 "twenty, it pushes the body into something like an adrenaline surge: less sleep, more energy, a shorter "
                 "fuse. That peaks the first day or two, and then the body's own steroid system is suppressed."))
    assert got["dexamethasone"]["dose"] == "20 mg"


def test_a_replacement_taken_now_is_the_clients() -> None:
    assert "dextroamphetamine" in meds(P("They switched me. I'm off the Elvanse now. I'm on dexamfetamine instead."))
    assert "hydroxyzine" not in meds(C("You could try the hydroxyzine instead."))


def test_ferrous_fumarate_is_its_own_salt() -> None:
    got = meds(P("the iron, ferrous fumarate, two hundred and ten, one in the morning"))
    assert got["ferrous fumarate"]["dose"] == "210 mg"


def test_a_misheard_transplant_drug_with_its_dose_next() -> None:
    got = meds(C("and the cellcept"), P("the sell sept same five hundred twice a day"))
    assert got["mycophenolate"]["dose"] == "500 mg"
    assert meds(P("sir trawling fifty mig same as ever"))["sertraline"]["dose"] == "50 mg"
    # small talk that only sounds like a drug, with no dose or taking word beside it
    assert meds(P("we talked about how much honestly, the sell sept of it all")) == {}


def test_a_part_of_a_named_strength_is_the_amount_taken() -> None:
    got = meds(P("yes since monday one fifty in the morning and the quetiapine she said keep same"),
               C("how much of the quetiapine are you taking"),
               P("a quarter of the hundred tablet so twenty five at night only if i cannot sleep"))
    assert got["quetiapine"]["dose"] == "25 mg"
    got = meds(C("And the mirtazapine?"), P("Ah, that she changed. I was on fifteen. Now one and a half of the fifteen tablets, since Tuesday."))
    assert got["mirtazapine"]["dose"] == "22.5 mg"
    assert meds(C("And the sertraline?"), P("Then at the end he said half of a fifty for two weeks, and then we see."))["sertraline"]["dose"] == "25 mg"


def test_a_dose_a_drug_stays_at_is_no_clock_time() -> None:
    assert meds(P("Baclofen stays at twenty at night for the cramps."))["baclofen"]["dose"] == "20 mg"
    assert meds(P("I take the sertraline at eight in the morning."))["sertraline"]["dose"] is None
    assert meds(P("I take the quetiapine at ten at night."))["quetiapine"]["dose"] is None


def test_a_dose_said_with_its_frequency_before_the_name() -> None:
    assert meds(C("twenty twice a day of the morphine and how's the pain since the drop"))["morphine"]["dose"] == "20 mg"
    # a count of tablets is no dose
    assert meds(P("I take two twice a day of the ibuprofen."))["ibuprofen"]["dose"] is None


def test_the_amount_now_in_a_reply_is_the_dose() -> None:
    got = meds(C("And the mirtazapine?"), P("Ah, that she changed. I was on fifteen. Now thirty, since Tuesday."))
    assert got["mirtazapine"]["dose"] == "30 mg"
    # "now" before a length of time is no amount
    assert meds(C("And the sertraline?"), P("Fifty. Now two weeks on it."))["sertraline"]["dose"] == "50 mg"


@pytest.mark.parametrize("turns,name,dose", [
    # counts of a tablet named just before them are the daily total of that tablet
    ((C("the pregabalin seventy five milligram capsules one in the morning and two at night"), P("that's it")),
     "pregabalin", "225 mg"),
    # and named a sentence earlier, the new counts still count that tablet
    ((O("Before, it was the sodium valproate, the two hundred tablets, one in the morning, two at night. The letter says "
        "now it is two in the morning and two at night."),), "valproate", "800 mg"),
    ((O("The Intuniv, the two milligrams in the morning, and the liquid melatonin, three mls at bedtime."),), "melatonin", "3 ml"),
    # the count said before the name and the strength after it
    ((P("and for the head when it pain i take two paracetamol the five hundred ones maybe twice in the week"),),
     "acetaminophen", "1000 mg"),
    ((P("I take the paracetamol, the five hundred ones, when the head is bad."),), "acetaminophen", "500 mg"),
])
def test_counts_and_strengths_said_apart(turns: tuple[tuple[str, str], ...], name: str, dose: str) -> None:
    assert meds(*turns)[name]["dose"] == dose


@pytest.mark.parametrize("text,name,dose", [
    # the amount worked out after a count of tablets is the dose (read off blind18)
    ("She made the escitalopram more. Before it was ten, now it is one and a half of the tens, so fifteen.",
     "escitalopram", "15 mg"),
    ("yes the sertraline before fifty now one and a half of the fifties so seventy five from two weeks", "sertraline", "75 mg"),
    ("The sertraline. Before one tablet of fifty. Now one in the morning and half at night. So seventy-five altogether.",
     "sertraline", "75 mg"),
    ("yes the amitriptyline before ten now he say take two so twenty in the night", "amitriptyline", "20 mg"),
    # a "so" that goes on to something else leaves the dose alone
    ("Sertraline fifty. So that's fine, two weeks now.", "sertraline", "50 mg"),
])
def test_the_amount_worked_out_after_a_count(text: str, name: str, dose: str) -> None:
    assert meds(C("Any change to the medication?"), P(text))[name]["dose"] == dose


def test_the_prescribers_act_on_the_clients_drug_is_not_her_own_drug() -> None:
    # "She's keeping the venlafaxine at seventy-five" is the doctor holding the client's dose (read off blind18)
    got = meds(C("You were going to see the doc in Great Falls."),
               P("Did. She's keeping the venlafaxine at seventy-five for now. Wants me up to one-fifty but not till I get "
                 "the bloodwork back, so same for now."))
    assert got["venlafaxine"]["dose"] == "75 mg"
    # while "she's taking" is still hers
    assert "venlafaxine" not in meds(C("Anyone else on medication at home?"),
                                     P("My sister, she's taking the venlafaxine seventy-five."))


@pytest.mark.parametrize("text,name,dose", [
    # a count of a strength said before the name (read off blind18)
    ("No, same. Two of the twenties of the fluoxetine in the morning.", "fluoxetine", "40 mg"),
    ("one of the fifties of the sertraline at breakfast", "sertraline", "50 mg"),
    ("two of the five hundreds of the paracetamol when the head is bad", "acetaminophen", "1000 mg"),
])
def test_a_count_of_a_strength_before_the_name(text: str, name: str, dose: str) -> None:
    assert meds(C("Any change to the medication?"), P(text))[name]["dose"] == dose


@pytest.mark.parametrize("text,name,dose", [
    # a strength said as a plural in -ies is read wherever a plural strength is: after the name too
    ("The fluoxetine, two of the twenties, in the morning.", "fluoxetine", "40 mg"),
    ("the sertraline is one of the fifties now at breakfast", "sertraline", "50 mg"),
    ("Still the citalopram, a couple of the twenties.", "citalopram", "40 mg"),
])
def test_a_strength_said_as_a_plural_in_ies(text: str, name: str, dose: str) -> None:
    assert meds(C("Any change to the medication?"), P(text))[name]["dose"] == dose


def test_a_decade_in_ies_is_not_a_strength() -> None:
    got = meds(C("Any change to the medication?"), P("My mum was on the diazepam back in the sixties. I'm on sertraline fifty."))
    assert got["sertraline"]["dose"] == "50 mg"
    assert "diazepam" not in got or got["diazepam"].get("dose") != "60 mg"


def test_the_doses_taken_so_far_are_not_a_strength() -> None:
    got = meds(C("Any changes?"), P("She stopped the amitriptyline and started the duloxetine, the thirty, same day."),
               C("When was that?"), P("Friday. I've had five of the duloxetine. Bit sicky."))
    assert got["duloxetine"]["dose"] == "30 mg"
    # while a dose said before the name still is one
    assert meds(C("Any changes?"), P("I'm on 20 of the Lexapro now."))["escitalopram"]["dose"] == "20 mg"


def test_a_count_of_a_strength_said_after_the_name_is_the_dose() -> None:
    got = meds(C("Any other medication?"), P("only the ibuprofen for the knees and the shoulder two of the four hundreds in "
                                            "the morning after the chamber everything hurts"))
    assert got["ibuprofen"]["dose"] == "800 mg"
    # the strength of another drug named after it is that drug's
    got = meds(C("Any other medication?"), P("The sertraline, and one of the fives of the diazepam when it's bad."))
    assert got["diazepam"]["dose"] == "5 mg"
    assert got["sertraline"].get("dose") is None


def test_a_part_of_a_strength_in_the_answer_is_the_dose_now() -> None:
    got = meds(C("And the Cipralex, did Dr. Rabe change it?"),
               P("Yes, last week. Before it was one of the tens, now it is one and a half of the tens, she said cut "
                 "one in two and take one and a half every morning. So fifteen."))
    assert got["escitalopram"]["dose"] == "15 mg"


def test_half_of_one_tablet_of_a_strength_is_half_the_strength() -> None:
    got = meds(C("Any medication?"), P("Doctor Baumann gave me mirtazapine, half of one thirty, so fifteen, at night."))
    assert got["mirtazapine"]["dose"] == "15 mg"
    got = meds(C("How have things been?"), P("yep she started me on the trazodone tuesday before last half of one of the "
                                             "fifties at bedtime she said start there it helps me get down but i still pop awake and i'm still "
                                             "on my blood pressure one the metoprolol the twenty five"))
    assert got["trazodone"]["dose"] == "25 mg"


def test_a_reply_that_corrects_itself_keeps_the_correction() -> None:
    got = meds(C("And the citalopram?"), P("The forty. No, wait. Twenty. I am on twenty. My mother took forty for years."))
    assert got["citalopram"]["dose"] == "20 mg"


def test_the_amount_now_after_the_one_before_is_the_dose() -> None:
    got = meds(C("Dr. Lasko changed the prazosin?"),
               P("yes before it was one milligram at night now it is two since last week and the nightmares are less"))
    assert got["prazosin"]["dose"] == "2 mg"
    got = meds(C("Anything else?"), P("The lamotrigine. I was on a hundred. Tuesday she put me to one fifty."))
    assert got["lamotrigine"]["dose"] == "150 mg"


def test_a_one_after_a_spoken_decimal_is_the_tablet_not_a_digit() -> None:
    got = meds(C("Any change?"), P("she give me the mirtazapine the seven point five one at night from last week"))
    assert got["mirtazapine"]["dose"] == "7.5 mg"
    got = meds(C("And the thyroid?"), P("Still the levothyroxine, nought point one two five milligrams."))
    assert got["levothyroxine"]["dose"] == "0.125 mg"


def test_a_scots_hunner_is_a_hundred() -> None:
    got = meds(C("Anything else?"), P("The naproxen for the back, five hunner twice a day."))
    assert got["naproxen"]["dose"] == "500 mg"


@pytest.mark.parametrize(("said", "generic"), [
    ("I had to take the quarter of the Lexomil.", "bromazepam"),
    ("Only thyroxine. Seventy-five micrograms, every morning.", "levothyroxine"),
    ("The doxy. For malaria, one a day.", "doxycycline"),
    ("I've been taking the Nytol most nights.", "diphenhydramine"),
])
def test_more_names_people_use(said: str, generic: str) -> None:
    assert generic in meds(C("What are you taking?"), P(said))


def test_one_substance_under_both_its_names_is_one_entry() -> None:
    got = meds(P("only the ventolin two puffs before i train for the asthma"), C("So the salbutamol. Anything else?"),
               P("no that's it"))
    assert len(got) == 1 and ("albuterol" in got or "salbutamol" in got)
    got = meds(P("The ventolin before I run, and the prednisolone for a week."))
    assert set(got) == {"albuterol", "prednisolone"}


def test_the_amount_now_after_a_sentence_with_the_amount_before() -> None:
    got = meds(C("Did the doctor change anything?"),
               P("Yes, last week he make it more. Before, escitalopram five milligram. Now ten milligram, every morning."))
    assert got["escitalopram"]["dose"] == "10 mg"
    got = meds(C("Anything else?"), P("The sertraline fifty. Now, about the sleep, it's bad."))
    assert got["sertraline"]["dose"] == "50 mg"


def test_refused_and_never_opened_are_not_taken() -> None:
    assert "mirtazapine" not in meds(C("Anything new?"), P("she wanted us to try that mirtazapine for the sleep and that and i "
                                                         "said nah man it makes you fat"))
    assert "diazepam" not in meds(C("Anything else?"), P("The diazepam Dr Boyd gied me for the funeral, Ah never opened it."))


def test_a_run_of_words_after_put_is_no_drug_unless_a_person_was_put_on_it() -> None:
    assert meds(C("Four parts. Facts first."), P("Facts, you put my truck in de group. Ask, talk to me first.")) == {}


def test_counts_of_plural_strengths_said_around_the_name() -> None:
    # a hyphenated plural strength, counted before the drug's name
    got = meds(C("Anything for the pain?"), P("Two of the Tylenol arthritis, the six-fifties, when the hands are bad."))
    assert got["acetaminophen"]["dose"] == "1300 mg"
    # one of them is one tablet
    got = meds(C("Anything for the pain?"), P("One of the Tylenol arthritis, the six-fifties, when the hands are bad."))
    assert got["acetaminophen"]["dose"] == "650 mg"
    # Scots "o'" for "of"
    got = meds(C("And the sertraline?"), P("Aye, the Lustral. I'm on the hunner now, two o' the fifties in the morning."))
    assert got["sertraline"]["dose"] == "100 mg"


def test_a_split_dose_with_the_day_and_a_the_before_each_amount_is_the_daily_total() -> None:
    got = meds(C("Anything else?"), P("I'm still on the pregabalin for my back, the one-fifty at night and the fifty in the day."))
    assert got["pregabalin"]["dose"] == "200 mg"
    got = meds(C("Anything else?"), P("I'm still on the pregabalin, the one-fifty at night. In the day I manage."))
    assert got["pregabalin"]["dose"] == "150 mg"


def test_a_total_worked_out_aloud_and_a_score_that_came_to_a_number() -> None:
    got = meds(C("The escitalopram?"), P("He give me drops, ten drops in water, each drop is one milligram so ten milligram."))
    assert got["escitalopram"]["dose"] == "10 mg"
    got = meds(C("And for your wrists?"), P("The diclofenac gel, I rub it in before the service."),
               C("And the Y-BOCS you sent me this morning came to twenty-four."))
    assert got["diclofenac"]["dose"] is None


def test_a_single_tens_strength_after_the_name_and_a_count_taken_together() -> None:
    got = meds(C("What are you on?"), P("So the doc, the new gal, she's got me on the tramadol, the fifties. I take two at a time, "
                                         "up to three times a day if it's real bad."))
    assert got["tramadol"]["dose"] == "100 mg" and got["tramadol"]["status"] == "current"
    got = meds(C("What are you on?"), P("The tramadol, the fifties. One when it's bad."))
    assert got["tramadol"]["dose"] == "50 mg"
    # a decade is no strength
    got = meds(C("How long?"), P("I've been on the lithium since the sixties, back when it was new."))
    assert got["lithium"]["dose"] is None


def test_a_dose_it_was_and_the_one_it_is_now_in_one_breath() -> None:
    got = meds(C("And the nights?"), P("The prazosin, for the dreams. It was the one milligram, now two, at night, since two weeks."))
    assert got["prazosin"]["dose"] == "2 mg" and got["prazosin"]["status"] == "changed"


def test_the_tens_then_one_before_a_time_of_day_is_one_tablet() -> None:
    got = meds(C("Any new meds?"), P("yes she give me the sertraline the fifty one in the morning i start it on thursday"))
    assert got["sertraline"]["dose"] == "50 mg"
    got = meds(C("Any new meds?"), P("I take the sertraline, fifty-one in the morning."))
    assert got["sertraline"]["dose"] == "51 mg"


def test_the_depo_shot_is_medroxyprogesterone() -> None:
    got = meds(C("Anything else?"), P("only the depo shot every three months the hundred fifty the last one was six weeks ago"))
    assert got["medroxyprogesterone"]["dose"] == "150 mg"


def test_counts_of_things_and_questionnaire_totals_next_door_are_no_doses() -> None:
    got = meds(C("Forty-one washes in one evening."),
               P("And the shower two times. The skin is cracking. I use the cream, the hydrocortisone, but it burns."))
    assert got["hydrocortisone"]["dose"] is None
    got = meds(P("Ibuprofen for my back, couple at a time, when I'm lifting. That's it."),
               C("Your PHQ-9 today was twenty-one. Together with what you've told me, this is a severe depression."))
    assert got["ibuprofen"]["dose"] is None
    # a bare amount said next door still counts
    got = meds(P("I take the lantus."), C("How much?"), P("Twenty units at night."))
    assert got["insulin glargine"]["dose"] == "20 units"


def test_a_tablet_cut_in_four_and_a_dose_the_doctor_makes_it() -> None:
    got = meds(C("Anything else?"), P("And I'm still doing the trazodone, but only a quarter. I use the pill cutter thing, "
                                       "it's a hundred so I quarter it."))
    assert got["trazodone"]["dose"] == "25 mg"
    got = meds(C("And the mirtazapine?"), P("The mirtazapine. First it was the fifteen, now since last Monday the doctor makes "
                                             "it thirty, at night."))
    assert got["mirtazapine"]["dose"] == "30 mg" and got["mirtazapine"]["status"] == "changed"


def test_he_who_started_it_two_turns_after_the_gp_is_the_prescriber() -> None:
    got = meds(P("The GP gave me the zopiclone, I took one week and then I stopped it."),
               C("So you're not taking those any more."),
               P("No. Finished. But he also started the pregabalin, seventy-five milligram, morning and evening. This I take."))
    assert got["pregabalin"]["dose"] == "75 mg" and got["pregabalin"]["status"] == "started"


def test_a_drug_not_taken_yet_in_unpunctuated_speech_is_not_taken() -> None:
    assert "naltrexone" not in meds(P("she did go on about another one but i said i'd have a think"),
                                    C("so you're thinking about the naltrexone not taking it yet"), P("not yet no"))


def test_mils_a_six_week_check_and_a_dose_said_with_how_often() -> None:
    got = meds(C("did they put the dose up"), P("yeah she did with the doctor it's sixty five mils of the meth a doan now was sixty"),
               C("sixty five mils of methadone and how's that holding you"))
    assert got["methadone"]["dose"] == "65 ml"
    got = meds(C("And anything else?"), P("I got the Depo shot at my six-week check, the one-fifty."))
    assert got["medroxyprogesterone"]["dose"] == "150 mg"
    got = meds(C("the doctor started you on something last time is that right"), P("yes the sertraline"), C("sertraline"),
               P("that one fifty the doctor say fifty every morning i start it two weeks ago on the monday"))
    assert got["sertraline"]["dose"] == "50 mg"


def test_the_tens_then_half_of_one_taken_in_an_answer() -> None:
    got = meds(P("the sertraline i takes the hundred of a morning an' then there's the die as a pam"), C("the diazepam"),
               P("that one he give me the little blue ones the tens but said take half if i'm bad so i "
                                     "has half the little blue ones maybe twice a week not more"))
    assert got["diazepam"]["dose"] == "5 mg"
    got = meds(C("And the diazepam?"), P("the little blue ones, the tens. One when it's bad."))
    assert got["diazepam"]["dose"] == "10 mg"


@pytest.mark.parametrize("said, name, dose", [
    ("The venlafaxine, seventy-five, two capsules every morning.", "venlafaxine", "150 mg"),
    ("Yes, the trazodone. He said the tablet is fifty, take one and a half. Every night since Thursday.", "trazodone", "75 mg"),
    ("I take half a fifteen of the mirtazapine.", "mirtazapine", "7.5 mg"),
    ("So the nytol is stopped, the mirtazapine half a fifteen and the melatonin two milligrams.", "mirtazapine", "7.5 mg"),
])
def test_a_count_or_part_of_the_strength_said_is_the_dose(said: str, name: str, dose: str) -> None:
    assert meds(P(said))[name]["dose"] == dose


@pytest.mark.parametrize("said", ["The sertraline fifty, two times a day.", "Sertraline fifty, two weeks now.",
                                  "Sertraline, fifty milligrams. Two tablets of the ibuprofen when my back goes."])
def test_a_count_of_something_else_after_the_strength_is_no_multiple(said: str) -> None:
    assert meds(P(said))["sertraline"]["dose"] == "50 mg"


def test_the_second_drug_of_a_list_another_person_takes_is_theirs() -> None:
    m = meds(P("A little sweating. Samir takes the blood pressure pill and the aspirin, and I put all our pills in one box."))
    assert "aspirin" not in m
    assert "sertraline" in meds(P("Samir takes his vitamins and I take the sertraline."))


@pytest.mark.parametrize("said, name, dose", [
    ("yeah so she started me on the naltrexone for the beer last wednesday the fifty one a day she said", "naltrexone", "50 mg"),
    ("yeah the ferrous sulfate the three twenty five one a day cause i was anemic", "ferrous sulfate", "325 mg"),
    ("the doctor started me on the sertraline the fifty one in the mornin", "sertraline", "50 mg"),
])
def test_a_count_of_one_after_a_strength_said_unpunctuated_is_no_digit(said: str, name: str, dose: str) -> None:
    assert meds(P(said))[name]["dose"] == dose


def test_a_strength_said_as_fifty_one_with_its_unit_stays() -> None:
    assert meds(P("I take sertraline, fifty one milligrams in the morning."))["sertraline"]["dose"] == "51 mg"


def test_a_dose_answered_with_its_count_belongs_to_the_drug_asked_about() -> None:
    m = meds(P("yeah so i am still on the well beauty in one fifty the xl one in the morning and she started me on the naltrexone"),
             C("the wellbutrin one fifty and naltrexone when did that start"),
             P("last wednesday the fifty one a day she said it takes the fun out of the beer"))
    assert m["naltrexone"]["dose"] == "50 mg"
    assert m["bupropion"]["dose"] == "150 mg"


@pytest.mark.parametrize("said, name, dose", [
    # a count of weeks after "hundred" is no part of the number
    ("The sertraline. I was on the fifty since the autumn and she put me up to a hundred three weeks back.", "sertraline", "100 mg"),
    # the last change told wins over an earlier one, "back down to" included
    ("Sertraline. He raised to a hundred in winter, and I felt like... wired, no sleep. So two weeks ago he put it back "
     "down to fifty. Fifty now.", "sertraline", "50 mg"),
    ("The Wellbutrin. She bumped me from the hundred-fifty to the three hundred, the XL, right after I seen you last.",
     "bupropion", "300 mg"),
    # a part of the strength, said before it or after it
    ("Sertraline. She said take half of the fifty, so twenty-five. Since last time I saw you.", "sertraline", "25 mg"),
    ("And the clonazepam, the point five, but I take half, only at night.", "clonazepam", "0.25 mg"),
    ("the trazodone the doc gave me the fifties but i cut em i take like half most nights", "trazodone", "25 mg"),
    # tablets counted per time of day of a strength said bare: the strength is the dose, their sum is none
    ("The metformin, five hundred, one in the morning and one at night, with food.", "metformin", "500 mg"),
])
def test_the_dose_now_after_a_change_a_part_or_a_count(said: str, name: str, dose: str) -> None:
    assert meds(P(said))[name]["dose"] == dose


@pytest.mark.parametrize("said, name, dose", [
    ("yeah doctor ruiz put me on the sertraline half of the fifty for the first week then the whole fifty now", "sertraline", "50 mg"),
    ("The escitalopram, the five, I take half of a ten.", "escitalopram", "5 mg"),
    ("Estradiol's the same, two milligrams in the morning and two at night.", "estradiol", "4 mg"),
    ("Lithium, nine hundred, two weeks now.", "lithium", "900 mg"),
])
def test_near_misses_of_a_part_or_a_count_keep_the_dose(said: str, name: str, dose: str) -> None:
    assert meds(P(said))[name]["dose"] == dose


@pytest.mark.parametrize("said, name, dose", [
    ("the stugeron aye two o the fifteens afore a rough crossing no every day just when the firth's bad", "cinnarizine", "30 mg"),
    ("paracet two of the five hundred when the back is bad maybe every second day", "acetaminophen", "1000 mg"),
])
def test_a_brand_a_short_name_and_a_scots_of(said: str, name: str, dose: str) -> None:
    assert meds(C("What are you taking at the moment?"), P(said))[name]["dose"] == dose


def test_a_benzodiazepine_brought_from_abroad_is_a_drug() -> None:
    got = meds(C("And the phenazepam you brought from home?"), P("Finished. I threw the last strip away in March."))
    assert "phenazepam" in got


@pytest.mark.parametrize("said, name, dose", [
    ("the trazodone fuh sleep but now me does only tek the half the twenty five since last week cause the full fifty "
     "make me too groggy", "trazodone", "25 mg"),
    ("yeah dr brannigan give me the sertraline the fifties but she said start on half so i cut them with the stanley "
     "knife twenty five every morning since sunday", "sertraline", "25 mg"),
    ("The thyroid, the Levothyrox, seventy-five micrograms, every morning with water.", "levothyroxine", "75 mcg"),
    ("yeah da buspirone seven an a half two times a day mornin an night started it last friday", "buspirone", "7.5 mg"),
    ("Dr. Okafor gave the clonazepam, the point five. I take half, only when it is very bad.", "clonazepam", "0.25 mg"),
    ("Ibuprofen for the back. Two of the two hundreds when I come back from the block.", "ibuprofen", "400 mg"),
])
def test_halves_over_a_full_stop_an_apposed_half_and_a_count_in_the_next_sentence(said: str, name: str, dose: str) -> None:
    assert meds(C("What are you taking at the moment?"), P(said))[name]["dose"] == dose


@pytest.mark.parametrize("said, value", [
    ("seven and a half two times a day", 7.5), ("seven an a half", 7.5), ("one and a half", 1.5),
    ("two and a half thousand", None),
])
def test_a_spoken_number_ends_at_half(said: str, value: float | None) -> None:
    from scribe.extract.text import BARE_NUMBER_RE, parse_number

    assert parse_number(BARE_NUMBER_RE.search(said).group(0)) == value


@pytest.mark.parametrize("said, dose", [
    ("The fluoxetine, she upped it after I saw you last. I'm on the two capsules now, the twenties, so forty.", "40 mg"),
    ("The sertraline, the fifties, so I take one in the morning.", "50 mg"),
])
def test_tablets_of_a_plural_strength_worked_out_after_it(said: str, dose: str) -> None:
    got = meds(C("What are you taking at the moment?"), P(said))
    assert next(iter(got.values()))["dose"] == dose


@pytest.mark.parametrize("said, name, dose", [
    ("The fluoxetine. Before, one capsule, twenty. Now doctor say two capsules, from last week.", "fluoxetine", "40 mg"),
    ("And paracetamol, two tablets of five hundred, four times in the day.", "acetaminophen", "1000 mg"),
    ("Fifteen mirtazapine was too heavy. I am driving forty tonnes on the ice, I cannot be sleepy. So I call her, she "
     "say cut in half. Now seven and half. Half tablet, at night.", "mirtazapine", "7.5 mg"),
    ("The fluvoxamine. Fifty in morning, hundred at night. Like Hallam said.", "fluvoxamine", "150 mg"),
    ("The GP gave me the zopiclone, seven point five, but I take only half, one half, when I come home.", "zopiclone", "3.75 mg"),
    ("The Zoloft. She give me the fifty. First week I broke it in half like she said, now I take the whole one.",
     "sertraline", "50 mg"),
    ("The venlafaxine. Before it was seventy-five, and since three weeks the GP has made it one hundred fifty.",
     "venlafaxine", "150 mg"),
    ("the patch for the menopause the estradiol point zero five i change it two times in week", "estradiol", "0.05 mg"),
    ("And calcium, five hundred twice a day. She wanted me on the pill for the hormones and I said no, not yet.",
     "calcium carbonate", "500 mg"),
])
def test_second_language_doses_counts_of_tablets_and_the_amount_now(said: str, name: str, dose: str) -> None:
    assert meds(C("What are you taking at the moment?"), P(said))[name]["dose"] == dose


@pytest.mark.parametrize("asked, said, name, dose", [
    ("Are you still taking the escitalopram?", "Yes, but the doctor changed. Before it was ten. Last Monday she said we "
     "go up, so now is one and a half pill, fifteen.", "escitalopram", "15 mg"),
    ("Last time you were coming down on the citalopram.", "Aye. The GP said we'd try coming down. So it's ten now, half "
     "what it was. Since the last call, about a fortnight.", "citalopram", "10 mg"),
])
def test_the_amount_now_in_the_reply(asked: str, said: str, name: str, dose: str) -> None:
    assert meds(C(asked), P(said))[name]["dose"] == dose


@pytest.mark.parametrize("said, name, status", [
    ("Zolpidem. GP give me ten milligram. I take it three nights. In the morning I am like drunk. I stop it on Sunday. "
     "Finished.", "zolpidem", "stopped"),
    ("The codeine I stop — terrible constipation.", "codeine", "stopped"),
])
def test_a_stop_said_in_the_present(said: str, name: str, status: str) -> None:
    got = meds(C("What are you taking at the moment?"), P(said))[name]
    assert (got["status"], got["dose"]) == (status, None)


@pytest.mark.parametrize("said, name", [
    ("And the Diamox I carry in my pack from trekking time, for altitude, but I never take. Is just there.", "acetazolamide"),
    ("My cousin gave me Valium, from his back problem. I did not take. It is in the drawer.", "diazepam"),
    ("My cousin gave me one tramadol for my shoulder last month, one time only, I did not take more.", "tramadol"),
    ("And my brother, he send me from home a box of clonazepam. The box is on the shelf. I did not open.", "clonazepam"),
    ("i'm up at four the birds are on more tablets than me they're on the canker tablets the ronidazole", "ronidazole"),
    ("She also said sertraline, I said let me wait. I don't want too much medicine yet.", "sertraline"),
    ("And the medic offer me zopiclone for the sleep. I say no. Seven point five of zopiclone and then driving at six? "
     "No.", "zopiclone"),
])
def test_never_taken_a_relatives_supply_a_pets_and_a_refusal_to_wait_are_not_charted(said: str, name: str) -> None:
    assert name not in meds(C("What are you taking at the moment?"), P(said))


@pytest.mark.parametrize("said, name, dose", [
    ("And the propranolol, the forty. I only take it before auditions. So I haven't taken one in a while.", "propranolol",
     "40 mg"),
    ("The vitamin D was low so I take a thousand units now.", "vitamin d", "1000 units"),
])
def test_near_misses_of_never_taken_and_a_blood_level_stay_charted(said: str, name: str, dose: str) -> None:
    assert meds(C("What are you taking at the moment?"), P(said))[name]["dose"] == dose


def test_a_blood_level_is_not_a_supplement_taken() -> None:
    assert "calcium carbonate" not in meds(C("How were the bloods?"), P("My calcium was low on the bloods, she said."))


def test_the_scorer_counts_vitamin_d_and_cholecalciferol_as_one_substance() -> None:
    from scribe.bench.extraction import drug_key

    assert drug_key("vitamin D") == drug_key("cholecalciferol") == drug_key("colecalciferol")


@pytest.mark.parametrize("turns, name, dose", [
    # a strength and part of one more, then the sum said
    ((C("Did the sertraline change?"), P("Yes, the Zoloft. Now I take the fifty and then half of one more, so... seventy-five.")),
     "sertraline", "75 mg"),
    # a taper's step this week, whatever steps follow
    ((C("Are you still on the prednisolone?"),
      P("yes they started me on forty for five days then thirty and this week i'm on the twenty and from monday it goes to ten")),
     "prednisolone", "20 mg"),
    # one of each of two strengths, then the sum
    ((C("Did they change the prazosin?"), P("yeah now i take one of the ones and one of the twos at bedtime so three")),
     "prazosin", "3 mg"),
    # a count, a time, then the strength
    ((C("How do you take the amitriptyline normally?"), P("one at night the twenty five for the feet")), "amitriptyline",
     "25 mg"),
    # the count changed and worked out
    ((C("And the amitriptyline?"), P("yes she start me one of the ten now she say take two so twenty at night")),
     "amitriptyline", "20 mg"),
    # one and a half tablets of a strength
    ((C("medications first did you see the doctor"), P("yes she make it fifteen now"),
      C("the escitalopram one and a half of the ten milligram"), P("yes yes that one")), "escitalopram", "15 mg"),
    # a count of drops times the amount in each
    ((C("Anything else you take?"), P("The vitamin D drops. Two drops every morning, it says four hundred units each one.")),
     "vitamin d", "800 units"),
    # "zero point two five" after a pronoun "one"
    ((C("What are you taking?"), P("the xanax for when it's very bad the small one zero point two five")), "alprazolam",
     "0.25 mg"),
    # a supplement named with its amount and time in the next sentence
    ((C("Anything else?"), P("And the vitamin, B... B1? Thiamine. Hundred, every morning.")), "thiamine", "100 mg"),
    ((C("What are you taking?"), P("And the doctor said take zinc, fifty milligram, I started it last week.")), "zinc", "50 mg"),
    ((C("Any other medicines?"), P("The Depo, the injection, every three months, the hundred and fifty.")),
     "medroxyprogesterone", "150 mg"),
])
def test_doses_worked_out_aloud_and_names_said_loosely(turns: tuple[tuple[str, str], ...], name: str, dose: str) -> None:
    assert meds(*turns)[name]["dose"] == dose


@pytest.mark.parametrize("turns, name", [
    ((C("He'd given you something for the nerves, hadn't he?"),
      P("The propranolol, yes. I have not started. The packet is sitting in the drawer.")), "propranolol"),
    ((C("Any medicines?"), P("Baclofen. She say maybe can help for the drinking. I say wait first, let me try myself.")),
     "baclofen"),
    ((C("Any medicines?"), P("Ines got the cholesterol one, atorvastatin, she say I should take also, haha, I say that one is "
                             "yours.")), "atorvastatin"),
    ((C("And he'd given you something for the nerves?"),
      P("The propranolol, yes. I have not started. Ines is taking her painkillers for the hip, the co-codamol, the kitchen "
        "is full of tablets already.")), "acetaminophen-codeine"),
    ((C("Any medicines?"), P("ah he have these pills to stay awake modafinil he say take one i say no thank you i didn't take")),
     "modafinil"),
    ((C("How've you been sleeping?"),
      P("Zopiclone. Seven point five. He says it is insomnia now, and gives me a box. But I have not taken even one.")),
     "zopiclone"),
])
def test_a_drug_never_started_handed_back_or_someone_elses_is_not_charted(turns: tuple[tuple[str, str], ...],
                                                                         name: str) -> None:
    assert name not in meds(*turns)


def test_the_iron_named_then_which_iron_is_one_drug() -> None:
    found = meds(C("Anything else?"), P("The iron tablet, ferrous fumarate, two hundred and ten, once a day."))
    assert list(found) == ["ferrous fumarate"] and found["ferrous fumarate"]["dose"] == "210 mg"


def test_a_drug_the_client_sums_up_as_stopped_is_stopped() -> None:
    found = meds(C("Are you still taking anything to help you sleep?"),
                 P("No more. The zolpidem, half of the five milligram, I still took sometimes. But last month the bottle "
                   "finish. So, stopped."))
    assert found["zolpidem"]["status"] == "stopped" and found["zolpidem"]["dose"] is None


def test_another_persons_drug_the_clinician_asks_them_about_is_theirs() -> None:
    found = meds(C("any thoughts about hurting yourself"), P("no nothing like that"),
                 C("and loretta you said something about your alprazolam"),
                 O("he took one of my xanax one night when he couldn't sleep i told him not again"))
    assert "alprazolam" not in found


@pytest.mark.parametrize("turns, name, dose", [
    # a raise not started yet is not the drug never started
    ((C("What are you taking?"), P("Escitalopram, ten milligram, in the morning. She said go to fifteen, because of the sleep. "
                                   "But I did not start yet. I start next Monday.")), "escitalopram", "10 mg"),
    # a "said not yet" to coming off, a sentence and more later, keeps the drug
    ((C("Still the desvenlafaxine?"), P("The Pristiq, fifty, every morning. Dr. Mahony asked me last month if I want to start "
                                       "to come off, and I said not yet, maybe after the summer.")), "desvenlafaxine", "50 mg"),
    # a refusal of another drug offered later in a long turn is that drug's
    ((C("And the rest?"), P("The Lyrica's the same, the seventy-five, twice a day. Marg's got the Endep for her nerves and he "
                           "asked did I want to try that for sleep and I said no.")), "pregabalin", "75 mg"),
])
def test_near_misses_of_a_drug_never_started_stay_charted(turns: tuple[tuple[str, str], ...], name: str, dose: str) -> None:
    assert meds(*turns)[name]["dose"] == dose


def test_a_nose_spray_from_the_pharmacy_is_no_misheard_drug() -> None:
    found = meds(C("and the narcan they gave you"),
                 P("the nose spray the pharmacy made me take it it's in the glovebox never opened"))
    assert "furosemide" not in found


@pytest.mark.parametrize("turns, name, dose", [
    # the doctor "made it" the new amount, said right after the old one
    ((C("last time you were on the zoloft the fifty"),
      P("the zoloft yes fifty but doctor mendoza he made it one hundred last month so now one hundred in the morning")),
     "sertraline", "100 mg"),
    # half of the strength, with the reason after it
    ((C("And the quetiapine at night?"),
      P("the ketty apeen i take only half of the twenty five because the whole one i am like drunk in the morning so half "
        "twelve and a half")), "quetiapine", "12.5 mg"),
    # the long-acting injection's amount in the next sentence, with who said it set inside
    ((C("Did you get to the clinic?"),
      P("I went. She gave me the injection. The naltrexone, the one for the month. Three hundred eighty, she said, every "
        "four weeks.")), "naltrexone", "380 mg"),
    # the patch's strength then "one patch", and the cigarettes still smoked after it
    ((C("and the smoking"),
      P("i have the patch now the fourteen one patch every morning since the first of the month and i smoke maybe three "
        "four only")), "nicotine", "14 mg"),
    # the tablet given, cut in two by the client
    ((C("Your tablets, are you still on the sertraline?"),
      P("Yes, but only the half. The doctor gave fifty, I cut it in two, twenty-five. The fifty made my stomach bad.")),
     "sertraline", "25 mg"),
    # too strong, so cut, and half taken
    ((C("And for the sleep?"),
      P("The trazodone. The paper says one hundred but is too strong, I wake like drunk, so I cut it, I take only the "
        "half.")), "trazodone", "50 mg"),
    # what it was, then what the doctor said to go to, a sentence later
    ((C("Last time Dr Ekstrom was going to change the mirtazapine."),
      P("Yes. Before it was fifteen. She say go to thirty, one tablet at the night. Since ten days.")),
     "mirtazapine", "30 mg"),
])
def test_doses_changed_halved_or_said_apart_from_the_name(turns: tuple[tuple[str, str], ...], name: str, dose: str) -> None:
    assert meds(*turns)[name]["dose"] == dose


@pytest.mark.parametrize("turns, name", [
    ((C("and your wife's medicine the one you were picking up"),
      P("the metformin that is for rosa not me i just fetch it at the pharmacy")), "metformin"),
    ((C("Anything else at home?"),
      P("The donepezil, for her memory, yes, I put in the box every Sunday. That's hers, I don't take nothing like that.")),
     "donepezil"),
    ((C("And the sertraline Dr Hale prescribed in August?"),
      P("I no take. The box is in my bag still, closed. People say it make you like zombie.")), "sertraline"),
])
def test_a_drug_for_someone_else_or_not_taken_is_not_charted(turns: tuple[tuple[str, str], ...], name: str) -> None:
    assert name not in meds(*turns)


@pytest.mark.parametrize("turns, name, dose", [
    # the strength said on its own, then how many of it are taken, a sentence later
    ((C("Are you still on the Zoloft?"),
      P("Yes, the Zoloft. The fifty. I take two of them, at breakfast, together.")), "sertraline", "100 mg"),
    # an amount said on its own with only when it is taken after it (per dose, as "N twice a day")
    ((C("How is the buspirone going?"),
      P("Fine. The Buspar. Seven and a half, morning and evening.")), "buspirone", "7.5 mg"),
    # a scale word said twice over in speech-to-text is a stutter, not a product
    ((C("you were on the sertraline"),
      P("yes the ser tra line hundred hundred milligram in the morning every day")), "sertraline", "100 mg"),
    # the old amount marked "before" after it, then the change and the new amount
    ((C("The citalopram, you were on twenty?"),
      P("Twenty milligram before. The doctor change it, forty milligram since Thursday.")), "citalopram", "40 mg"),
    # the same time of day named again is the new amount, not a second dose to add
    ((C("and the quetiapine"),
      P("the doctor raise it before it was twenty five at night now fifty at night since one week")), "quetiapine", "50 mg"),
    # the patch's strength said by which of them it is
    ((C("How's the smoking going?"),
      P("Better. The patch helps. Twenty-one, the big one, I put on every morning.")), "nicotine", "21 mg"),
    # a drug taken as needed and skipped some weeks is still taken
    ((C("And for the panic before the meetings?"),
      P("Propranolol. Ten. Only on Monday before the big meeting. Some weeks I don't take it at all.")), "propranolol", "10 mg"),
])
def test_doses_said_apart_counted_or_restated_generalise(turns: tuple[tuple[str, str], ...], name: str, dose: str) -> None:
    assert meds(*turns)[name]["dose"] == dose


def test_a_doses_two_times_of_day_are_still_summed_when_one_is_named_again_later() -> None:
    found = meds(C("How's the fluvoxamine going?"),
                 P("Good. Now I'm taking one hundred in the morning and one hundred at night, and once I took the night one "
                   "late."))
    assert found["fluvoxamine"]["dose"] == "200 mg"


def test_a_drug_offered_and_answered_never_started_is_not_charted() -> None:
    found = meds(C("And the Chantix the doctor offered?"),
                 P("I never start. My brother took it, he had bad dreams. No thank you."))
    assert "varenicline" not in found


def test_never_missing_a_dose_is_no_refusal() -> None:
    found = meds(C("Are you taking the lithium?"), P("I never miss it. Nine hundred at night."))
    assert found["lithium"]["dose"] == "900 mg"


@pytest.mark.parametrize("turns, name, dose", [
    # a count of the old tablets, then "so it's the" new amount
    ((C("Dr Banda went up on the sertraline, didn't he?"),
      P("Yes, the fifty — he said take two of them now. So it's the hundred. I started the two on the first of the month.")),
     "sertraline", "100 mg"),
    # "that one" is a pronoun, not the start of "one twenty"; the amount is taken with a meal
    ((C("and the stomach one the omeprazole"),
      P("that one twenty before breakfast i am taking and the paracetamol five hundred when head is very bad")),
     "omeprazole", "20 mg"),
    # the second dose of a split day said with what the client is meant to take
    ((C("and the medication the ritalin how are you taking it"),
      P("ten in the morning and then i'm supposed to take the other ten at lunch")), "methylphenidate", "20 mg"),
    # a brand heard as two words before its dose ("dia max" is Diamox)
    ((C("and the other one for altitude"),
      P("the dia max the one twenty five two times a day only when i take clients high above four thousand meter")),
     "acetazolamide", "125 mg"),
    # a street name heard inside a longer name is one of its syllables ("dule oxy teen" is duloxetine, not oxycodone)
    ((C("and the duloxetine"), P("the dule oxy teen sixty one time morning same only")), "duloxetine", "60 mg"),
    # the old strength's tablets counted to make the new amount already said
    ((C("Dr. Yusupova changed something?"),
      P("Yes, the escitalopram. Before it was ten, now she made it fifteen, one and a half tablet, from last Monday.")),
     "escitalopram", "15 mg"),
    # the new amount after "since Monday"
    ((C("Dr. Muhate changed the fluoxetine?"), P("Yes, before was ten. Since Monday is twenty. One capsule, the morning.")),
     "fluoxetine", "20 mg"),
    # how many at a time, then the strength of each
    ((P("I went on the Friday. He gave me the medicine, the acamprosate."), C("How are you taking the acamprosate?"),
      P("Two tablets, three times in the day. Each tablet is three hundred thirty-three. Morning, lunch, evening.")),
     "acamprosate", "666 mg"),
    # gum chewed is taken
    ((C("Still chewing the nicotine gum?"), P("Yes, the two milligram pieces. Maybe eight in the day.")), "nicotine", "2 mg"),
    # an inhaler heard as three words, named before its puffs
    ((C("and the asthma how's that at work with the chemicals"),
      P("the vent all in the blue one two puffs when my chest is tight")), "albuterol", None),
])
def test_read_off_blind31_doses_counts_and_names_heard_apart(turns: tuple[tuple[str, str], ...], name: str,
                                                             dose: str | None) -> None:
    assert meds(*turns)[name]["dose"] == dose


def test_a_drug_named_as_someone_elses_after_it_is_not_charted() -> None:
    found = meds(C("Anything else in the box?"),
                 P("Ah, the amlodipine, that's Mulenga's. I just put them in his box on Sunday night. Those ones are not mine."))
    assert "amlodipine" not in found


@pytest.mark.parametrize("turns, name, status", [
    # a yes to "changed the ..." is a change
    ((C("Dr. Muhate changed the fluoxetine?"), P("Yes, before was ten. Since Monday is twenty.")), "fluoxetine", "changed"),
    # a taper's steps told in order
    ((C("and the skin how is the rash"),
      P("better madam she gave the prednisolone the steroid first forty then thirty now i am on twenty till sunday then it "
        "finish")), "prednisolone", "changed"),
])
def test_changes_said_as_a_yes_or_as_a_tapers_steps(turns: tuple[tuple[str, str], ...], name: str, status: str) -> None:
    assert meds(*turns)[name]["status"] == status


@pytest.mark.parametrize("said, name", [
    ("And me on the metformin for the sugar, if you asking.", "metformin"),
    ("He had one of my sleeping pills last week. The zopiclone. Just the once.", "zopiclone"),
    ("me already lock up di paracetamol dem and me own tablets in me room me blood pressure tablets di amlodipine",
     "amlodipine"),
])
def test_a_relative_in_the_room_speaking_of_their_own_drug_in_other_words(said: str, name: str) -> None:
    assert name not in meds(C("What medicines are in the house?"), O(said))


def test_a_relative_reporting_the_clients_drug_is_still_the_clients() -> None:
    assert meds(C("What is she taking now?"), O("She takes the sertraline. The fifty."))["sertraline"]["dose"] == "50 mg"


@pytest.mark.parametrize("said, name, dose", [
    ("Sertraline, I take one of the fifty and the half of another fifty. Seventy-five. In the morning.", "sertraline", "75 mg"),
    ("Mirtazapine. The tablet is fifteen, but she said cut it and take half. So seven point five, at night.",
     "mirtazapine", "7.5 mg"),
    ("The mirtazapine. The tablet is thirty, but she told me cut it in half, so I take half, fifteen, at night.",
     "mirtazapine", "15 mg"),
    ("The sertraline, I take two of the fifty and one of the twenty-five every morning.", "sertraline", "125 mg"),
    ("The metformin. Two of the five hundred in the morning with my bread, and one five hundred in the night after food.",
     "metformin", "1500 mg"),
    ("yes one fifty and for the back the eye bu pro fen four hundred when it is bad maybe three times in the week",
     "ibuprofen", "400 mg"),
])
def test_the_amount_worked_out_from_tablets_cut_counted_or_said_apart(said: str, name: str, dose: str) -> None:
    assert meds(P(said))[name]["dose"] == dose


def test_a_change_told_with_before_and_now_in_a_second_languages_order() -> None:
    got = meds(P("the flu ox e teen before it was ten now the doctor make it twenty since two weeks"))["fluoxetine"]
    assert got["dose"] == "20 mg" and got["status"] == "changed"
    assert meds(P("Yes. The Wellbutrin, before it was the one-fifty. Now he put three hundred, the XL one."))[
        "bupropion"]["dose"] == "300 mg"


def test_the_hundred_one_tablet_is_one_tablet_of_a_hundred() -> None:
    assert meds(P("the ser tra line i take the hundred and fifty no no sorry the hundred one tablet"),
                C("okay so sertraline one hundred one tablet"))["sertraline"]["dose"] == "100 mg"


def test_a_dose_corrected_with_i_correct_is_the_second_one() -> None:
    assert meds(C("And the hydroxyzine for the nights?"),
                P("Yes, when I cannot sleep. The twenty-five... no, I correct, it is the fifty. The fifty."))[
        "hydroxyzine"]["dose"] == "50 mg"


@pytest.mark.parametrize("said, name", [
    ("the um flu ox e teen the twenty in the morning and the al lo pure i nol the hundred for the gout in the foot",
     "allopurinol"),
    ("the ke tia pin the doctor doctor mendes he pass me twenty five but he say now take only the half", "quetiapine"),
])
def test_a_long_name_heard_as_five_words_or_before_what_the_doctor_gave(said: str, name: str) -> None:
    assert name in meds(P(said))


@pytest.mark.parametrize("said, name, dose", [
    ("only my pills i take the met for mina five hundred i take two with the breakfast together", "metformin", "1000 mg"),
    ("Since two weeks, I take the lamotrigine, one tablet of the hundred and two of the twenty-five, all together in the "
     "morning.", "lamotrigine", "150 mg"),
    ("The escitalopram, same. Doctor gave me tablet of twenty, but from the start she say break it in two, so I take ten.",
     "escitalopram", "10 mg"),
    ("Dr. Aziz gave the paroxetine, twenty. But I take only ten, I cut the tablet, because with twenty I am sleepy.",
     "paroxetine", "10 mg"),
    ("The fluvoxamine. Before it was fifty at night, now the doctor make it double. Since the first of September.",
     "fluvoxamine", "100 mg"),
    ("Lithium carbonate, the three hundred tablets, three in the evening together. Nine hundred.", "lithium", "900 mg"),
    ("Yes. Sertraline I was on the hundred, two of the fifty. But the sweating. At night I change my shirt two times. So "
     "she said take one and half. Seventy-five now.", "sertraline", "75 mg"),
])
def test_the_amount_taken_worked_from_a_count_a_cut_or_a_doubling(said: str, name: str, dose: str) -> None:
    assert meds(P(said))[name]["dose"] == dose


def test_a_name_spelt_in_hyphenated_syllables_is_read() -> None:
    got = meds(P("And the new one Dr. Mehta started after I saw you last, mir-ta-za-pine, fifteen, at bedtime."))
    assert got["mirtazapine"]["dose"] == "15 mg"
    assert meds(P("The es-ci-ta-lo-pram, same, the ten."))["escitalopram"]["dose"] == "10 mg"
    assert meds(P("It was a follow-up to the well-being check, ten minutes.")) == {}


@pytest.mark.parametrize("turns, name, dose", [
    ((P("Yes. Before it was one of the trazodone, the fifty. He said now take two, so two of the fifty together at night."),),
     "trazodone", "100 mg"),
    ((C("Let's talk about medication. You're still on sertraline?"),
      P("Yes. The pharmacy gave the small ones this time, twenty-five. So I take four of them in the morning. Same hundred "
        "like before.")), "sertraline", "100 mg"),
])
def test_a_count_of_the_strength_just_said_taken_now(turns: tuple[tuple[str, str], ...], name: str, dose: str) -> None:
    assert meds(*turns)[name]["dose"] == dose


@pytest.mark.parametrize("said, name, dose", [
    ("The sertraline, the twenty-five, now I take three of them.", "sertraline", "75 mg"),
    ("The trazodone, the fifty. He said now take two, so two of them together at night.", "trazodone", "100 mg"),
])
def test_an_amount_worked_out_but_never_said_is_still_grounded(said: str, name: str, dose: str) -> None:
    # grounding reads the amount the way the picker worked it out; it used to drop the whole drug
    assert meds(P(said))[name]["dose"] == dose


def test_a_drug_stopped_years_ago_is_no_medication_of_the_period_but_the_one_named_after_the_because_is() -> None:
    got = meds(P("Ibuprofen I stopped two years ago because of the lithium, the doctor said no. Now only the ice."))
    assert "ibuprofen" not in got and "lithium" in got


def test_half_after_now_take_only_and_two_of_a_strength_worked_out_later() -> None:
    assert meds(P("the ke tia pin the doctor doctor mendes he pass me twenty five but he say now take only the half because "
                  "in the morning i am like a zombie so i take half twelve and half since the last week"))[
        "quetiapine"]["dose"] == "12.5 mg"
    assert meds(C("How's the lamotrigine going?"),
                P("Dr. Lahpai started me twenty-five every morning, two weeks. Then since Sunday, two of the twenty-five, "
                  "every morning. So fifty now. No rash, I checked, like she said."))["lamotrigine"]["dose"] == "50 mg"


def test_a_drug_quit_in_the_summer_is_stopped_in_the_period() -> None:
    assert meds(P("I quit the buspirone back in the summer on my own, it didn't do anything but make me dizzy."))[
        "buspirone"]["status"] == "stopped"


@pytest.mark.parametrize("turns, name, status", [
    ((P("the par ox e teen before was twenty now forty i take two of the twenty every morning doctor change it on the tenth"),),
     "paroxetine", "changed"),
    ((P("The Lexapro. They begin me with the five. The tablet is ten, I cut it in half. From the twentieth of May."),),
     "escitalopram", "started"),
    ((P("Prodep, twenty, in the morning. My doctor in Ranchi started it and Dr. Kessler here continued."),),
     "fluoxetine", "current"),
    ((C("Dr. Lasko changed the prazosin?"),
      P("yes before it was one milligram at night now it is two since last week and the nightmares are less and the "
        "sertraline the same two of the fifties in the morning")), "sertraline", "current"),
])
def test_status_said_as_before_and_now_begun_carried_on_or_the_same(turns: tuple[tuple[str, str], ...], name: str,
                                                                    status: str) -> None:
    assert meds(*turns)[name]["status"] == status


def test_the_clinicians_numbers_about_the_drug_before_are_not_the_dose_of_one_named_in_the_answer() -> None:
    got = meds(P("Yes. The Wellbutrin. Before, it was one tablet, the one-fifty. He say in November we go up, so now I take two "
                 "of the one-fifty together, in the morning."),
               C("Two together each morning. Any problems since the increase?"),
               P("A little dry in the mouth. And the puffer for the asthma, the Ventolin, I take it when I run for the bus, "
                 "two puffs. Not every day."))
    assert got["bupropion"]["dose"] == "300 mg" and got["albuterol"]["dose"] is None


def test_a_drug_offered_again_and_turned_down_is_not_the_clients() -> None:
    assert "prazosin" not in meds(C("and the prazosin you had before"),
                                  P("the pra zo sin doctor offer again but no it make me fall down dizzy in twenty twenty "
                                    "two i don't want"))


def test_a_drug_kept_for_the_customers_is_not_the_clients() -> None:
    got = meds(C("And the numbing cream?"),
               P("ah the lidocaine is only for the customers i never put on me ha. the sertraline fifty every morning"))
    assert "lidocaine" not in got and got["sertraline"]["dose"] == "50 mg"
    assert "lidocaine" not in meds(P("ah the lidocaine is only for the customers i never put on me ha and the ibuprofen "
                                     "four hundred when my back is bad"))


def test_an_answers_yes_is_no_syllable_of_a_name_said_apart() -> None:
    got = meds(C("are you still on the ci ta lo pram"), P("yes ci ta lo pram twenty one in the morning"))
    assert set(got) == {"citalopram"} and got["citalopram"]["dose"] == "20 mg"


def test_a_relatives_pills_put_away_unopened_a_few_sentences_on_are_not_taken() -> None:
    got = meds(C("You mentioned your brother sent something?"),
               P("The Valium. My brother sent it from home, he said it will make me sleep like a baby. It is in the "
                 "drawer. I never open it. The losartan fifty I take every day."))
    assert set(got) == {"losartan"}
    kept = meds(P("The Valium. My sister sent it from home. I take it at night when I cannot sleep, five milligrams."))
    assert "diazepam" in kept


@pytest.mark.parametrize("said, dose", [
    ("The Epilim chrono, five hundred. One in the morning, and two at night.", "1500 mg"),
    ("the met for min five hundred i take two in the morning with the bread and one in the night", "1500 mg"),
    # a taper's steps are not summed
    ("The quetiapine, twenty-five. One in the morning for a week, then two at night.", "25 mg")])
def test_tablets_of_a_strength_counted_for_each_time_of_day_make_the_days_amount(said: str, dose: str) -> None:
    got = meds(C("And the tablets?"), P(said))
    assert [m["dose"] for m in got.values()] == [dose]


def test_pills_a_customer_gave_are_not_the_clients_and_a_quarter_of_the_strength_is_taken() -> None:
    got = meds(P("ah yes one customer he give me some tram a dol for my back i throw it in the dustbin"),
               C("And the trazodone?"), P("The trazodone, the tablet is a hundred, but I take a quarter."))
    assert set(got) == {"trazodone"} and got["trazodone"]["dose"] == "25 mg"


@pytest.mark.parametrize("said, value", [("one ten and a half", 15.0), ("one ten and half", 15.0),
                                         ("one and a half", 1.5), ("one twenty five", 125.0), ("seven and a half", 7.5)])
def test_a_count_of_a_strength_and_a_half_is_no_spoken_hundred(said: str, value: float) -> None:
    from scribe.extract.text import parse_number

    assert parse_number(said) == value


def test_tablets_of_one_strength_and_a_half_said_back_and_work_drugs_never_touched() -> None:
    got = meds(C("And the Cipralex?"),
               P("The Cipralex, that is escitalopram. I am on the fifteen now, it is one ten and half of another ten. The "
                 "ketamine at the clinic is in the safe with the log, I never touch it for myself."),
               C("One ten and a half, so fifteen, since last month."))
    assert set(got) == {"escitalopram"} and got["escitalopram"]["dose"] == "15 mg"


def test_a_part_of_a_part_is_no_strength() -> None:
    got = meds(C("And the trazodone?"),
               P("Same. The tablet is a hundred, but I take a quarter. Half of the half. Twenty-five, at night."))
    assert got["trazodone"]["dose"] == "25 mg"
    assert meds(P("The lorazepam, half of the point five at night."))["lorazepam"]["dose"] == "0.25 mg"


def test_names_said_in_syllables_with_the_strength_or_the_change_after() -> None:
    got = meds(C("are you still taking the medicine doctor wanyama gave you for the sleep"),
               P("the a me trip tea lean yes the tablets are ten i take two and a half of them at night"),
               C("and the blood pressure one"),
               P("the am low dip een for the high pressure before it was five now he changed it to ten"),
               C("and the allergy"), P("the clear i tin for the allergy the ten every day"))
    assert got["amitriptyline"]["dose"] == "25 mg"
    assert got["amlodipine"]["dose"] == "10 mg" and got["amlodipine"]["status"] == "changed"
    assert got["loratadine"]["dose"] == "10 mg"


def test_a_time_of_day_phrase_is_no_drug_heard_in_syllables() -> None:
    got = meds(C("pick a fixed block say from five in the morning to twelve noon every day"))
    assert not got


def test_halves_at_two_times_of_day_make_the_tablet_and_no_more_babies_is_no_stop() -> None:
    got = meds(C("And the blood pressure?"), P("Atenolol, the twenty-five. I cut it, half in the morning, half in the night."),
               C("Anything else?"), P("The Depo injection, one fifty, every three months, for the PCOS and so no more babies."))
    assert got["atenolol"]["dose"] == "25 mg"
    assert got["medroxyprogesterone"]["dose"] == "150 mg" and got["medroxyprogesterone"]["status"] != "stopped"


def test_a_strength_counted_in_the_singular_and_a_generic_in_spanish() -> None:
    got = meds(P("For the sugar, the diabetes, the metformina. Two of the five hundred, together, in the breakfast. And the "
                 "new one, for sleep. Mirtazapina. Fifteen. I start it ten days ago."))
    assert got["metformin"]["dose"] == "1000 mg" and got["mirtazapine"]["dose"] == "15 mg"


def test_the_amount_now_after_the_first_weeks_and_after_the_halving() -> None:
    got = meds(C("Where are things with Dr. Shah?"), P("She started the Trintellix on the fourth of March. First five milligram for one week, now ten every "
                 "morning."), C("And the sertraline?"),
               P("The pharmacy gave me the hundred-milligram ones by mistake, so I cut them in half. So I'm taking fifty."))
    assert got["vortioxetine"]["dose"] == "10 mg" and got["sertraline"]["dose"] == "50 mg"
    assert meds(P("Sertraline. She said twenty-five for one week, then fifty. Now I am on the fifty, since Monday."))[
        "sertraline"]["dose"] == "50 mg"


def test_the_prescribers_strength_halved_and_a_drug_refused_after_a_reason() -> None:
    got = meds(P("And for the knee, she gave meloxicam. She said fifteen, but start with the half, so seven and a half in "
                 "the morning."),
               C("anything else"), P("doctor also want the champix the var en i cline but my friend he got the bad dreams so "
                                     "i said no"))
    assert got["meloxicam"]["dose"] == "7.5 mg" and "varenicline" not in got


def test_a_stop_said_with_no_object_in_the_next_sentence_is_the_drugs() -> None:
    got = meds(C("Last time you were on mirtazapine from Dr. Lindqvist?"),
               P("The mirtazapine, fifteen at night. I took it one week and I stopped, on my own, ten days ago."))
    assert got["mirtazapine"]["status"] == "stopped"
    assert meds(C("Last time you were on mirtazapine?"),
                P("The mirtazapine, fifteen at night. I stopped, I could not breathe."))["mirtazapine"]["status"] != "stopped"


def test_a_strength_read_out_digit_by_digit_is_that_number() -> None:
    from scribe.extract.text import parse_number

    assert parse_number("three zero zero") == 300 and parse_number("one five zero") == 150
    assert parse_number("two five") == 7 and parse_number("one hundred") == 100
    got = meds(C("Where are you with the bupropion?"),
               P("First form says bupropion XL, one five zero. The new form, Dr. Brandt signed on the ninth: bupropion XL, "
                 "three zero zero."))
    assert got["bupropion"]["dose"] == "300 mg"


def test_a_drug_kept_unopened_in_a_drawer_is_not_taken() -> None:
    got = meds(C("Anything else at home?"),
               P("No. And in the kitchen we have the potassium iodide tablets the plant gives every family in the emergency "
                 "zone. Those are just in the drawer. Never opened."))
    assert "potassium iodide" not in got


def test_the_day_of_a_course_is_no_dose_and_the_course_length_ends_the_amount() -> None:
    got = meds(C("Anything else you're taking?"),
               P("Now the antibiotic. Cephalexin. Five hundred, four times a day, seven days. I am on day three."))
    assert got["cephalexin"]["dose"] == "500 mg"


def test_the_clinicians_sum_of_what_was_told_is_the_dose() -> None:
    got = meds(C("and the fluoxetine"),
               P("yeah the flu ox e teen the twenty capsule i was taking one then the doctor on monday say add one more so now "
                 "two capsule together in the morning"),
               C("so forty since monday"), P("forty yes"))
    assert got["fluoxetine"]["dose"] == "40 mg"
    got = meds(C("Anything for pain?"),
               P("Ibuprofen, the small ones, two hundred. When the back is bad I take three together. Most nights."),
               C("Three of the two hundreds, so six hundred."))
    assert got["ibuprofen"]["dose"] == "600 mg"
    # (a sum the client says no to is not the dose)
    got = meds(C("Anything for pain?"), P("Ibuprofen, the small ones, two hundred, most nights."),
               C("So four hundred?"), P("No, only the one."))
    assert got["ibuprofen"]["dose"] == "200 mg"


def test_a_name_said_with_a_romance_ending_and_in_syllables_is_the_drug() -> None:
    got = meds(C("and the medicine for the mood"),
               P("ven la fax ina yes i take the seventy five and the thirty seven and a half together in the morning"),
               C("so a hundred twelve and a half"), P("yeah hundred twelve and half"))
    assert got["venlafaxine"]["dose"] == "112.5 mg"


def test_two_halves_of_a_combination_said_together_are_the_combination() -> None:
    got = meds(C("And you mentioned a change with Dr. Reyes?"),
               P("Yes. Since our last session I stopped the pill. The birth control, the levonorgestrel one with the ethinyl "
                 "estradiol. Dr. Reyes said it fights with the lamotrigine, it makes the level go down. So I stopped it."))
    assert got["levonorgestrel-ethinyl estradiol"]["status"] == "stopped"
    assert "estradiol" not in got and got.get("lamotrigine", {}).get("status") != "stopped"


def test_a_strength_then_how_many_of_it_is_the_sum() -> None:
    got = meds(C("And the lamotrigine, how are you taking it?"),
               P("I take the twenty-five dispersible, four of them in water in the morning. They dissolve."))
    assert got["lamotrigine"]["dose"] == "100 mg"
    got = meds(C("And the metformin?"), P("The metformin is the seven-fifty, the long one, extended. Two of them, with the supper."))
    assert got["metformin"]["dose"] == "1500 mg"


def test_a_relatives_mine_and_a_start_told_as_last_year() -> None:
    got = meds(C("Any other medicines?"), P("No. Hendrik's statin is in the kitchen, but that's his."), O("Rosuvastatin. Mine."))
    assert "rosuvastatin" not in got
    got = meds(C("And the sertraline?"),
               O("She takes the fifty. Dr. Kessler said depression last year, when she started it."))
    assert got["sertraline"]["status"] == "current"


def test_the_strength_now_then_how_many_of_it_and_sums_said_per_time_or_two_drugs_said_with_and() -> None:
    got = meds(C("and the medicine"),
               P("the flu ox e tina the doctor she change it before it was the twenty one capsule now she give me the capsule "
                 "of ten and i take three of them"))
    assert got["fluoxetine"]["dose"] == "30 mg"
    got = meds(C("the namenda the memantine"), P("yes that's it the memantine and the aricept the little one at bedtime"))
    assert "donepezil-memantine" not in got
    got = meds(C("And the gabapentin?"), P("Gabapentin, the three hundred. One in the morning, two at night."),
               C("So three hundred in the morning and six hundred at night."))
    assert got["gabapentin"]["dose"] != "300 mg"
    got = meds(C("the metformin"), P("the met for min five hundred i take two in the morning with the bread and one in the night"),
               C("so two in the morning and one at night"))
    assert got["metformin"]["dose"] == "1500 mg"


def test_now_i_am_only_on_is_the_amount_now() -> None:
    from scribe.extract.meds import _answer_dose

    d = _answer_dose("Twenty for the first week. Now I am only on the forty, one in the morning.", "levomilnacipran")
    assert d is not None and d.value == 40


def test_counts_said_in_the_singular_each_one_one_and_a_half_of_and_a_changing_doctor_named() -> None:
    got = meds(C("and she started the a camp ro sate how are you taking it"),
               P("the a comp rosate yes two tablet three time a day each one three hundred thirty three"))
    assert got["acamprosate"]["dose"] == "666 mg"
    got = meds(C("How is the citalopram?"),
               P("It was ten. The doctor said now go slowly, so this week one and a half of the ten. Next week maybe two."))
    assert got["citalopram"]["dose"] == "15 mg"
    got = meds(C("and the medicines"),
               P("the ven la fax een doctor abalo change it before was thirty seven point five now is the seventy five since "
                 "the tenth one capsule in the morning"))
    assert got["venlafaxine"]["dose"] == "75 mg"
    got = meds(C("and the vitamin"), P("the vitamin d the big one fifty thousand units one time in the week on sunday"))
    assert next(v for k, v in got.items() if "vitamin" in k or k == "cholecalciferol")["dose"] == "50000 units"


def test_a_questionnaire_score_told_next_is_no_dose() -> None:
    got = meds(C("Any other medicines?"),
               P("No. Only my eye drops for the glaucoma, the latanoprost, one drop at night in each eye."),
               C("The Y-BOCS you did in the waiting room was twenty-four."))
    assert got["latanoprost"]["dose"] is None


def test_tablets_counted_a_tablet_named_by_which_one_a_move_from_one_amount_to_another_and_a_box_never_opened() -> None:
    got = meds(C("And for the knuckles?"), P("Ibuprofen. Two tablets of the two hundred when they hurt."))
    assert got["ibuprofen"]["dose"] == "400 mg"
    got = meds(C("And the neurologist?"), P("Yes, she start me the propranolol, to prevent. The long one, eighty, one in the morning."))
    assert got["propranolol"]["dose"] == "80 mg"
    got = meds(C("How is the sleep medicine?"),
               P("The guanfacine? Doctor Liang put it from one milligram to two, on the third. I take it at night."))
    assert got["guanfacine"]["dose"] == "2 mg" and got["guanfacine"]["status"] == "changed"
    got = meds(C("Anything else?"),
               P("The hospital also gave me four tablets of lorazepam for emergency. I keep it in the drawer, never opened."))
    assert "lorazepam" not in got
    got = meds(C("and the new one"), P("the flu ox a teen she start me last month ten for one week then twenty now twenty every morning"))
    assert got["fluoxetine"]["dose"] == "20 mg"


@pytest.mark.parametrize("turns, drug, dose", [
    # a count eaten at a time, the sentence after the strength
    ((P("For the sleep, melatonin. The gummy, five milligram. I eat two before bed. And for the stomach the omeprazole, "
        "twenty, every morning."),), "melatonin", "10 mg"),
    # the part taken before, the whole taken now
    ((C("Last time the doctor was thinking about raising the escitalopram."),
      P("Yes, she raised it. Before I was taking half of the twenty, the tablet I cut. Now the full twenty since May the first.")),
     "escitalopram", "20 mg"),
    # a new amount written but not started: the amount still taken
    ((C("Can I check your medications while you're here?"),
      P("The bupropion, the one fifty. Dr. Hsu wrote the three hundred last week, but I did not start it yet. So still one fifty.")),
     "bupropion", "150 mg"),
    # a name heard in syllables, one of them a given name, with what it is for or how it changed after it
    ((P("the lo sar tan for the pressure it was fifty the doctor change it to a hundred last week one hundred now"),),
     "losartan", "100 mg"),
    ((P("yes the que tia peen before it was the hundred at night now she say fifty only because i am too sleepy"),),
     "quetiapine", "50 mg"),
    ((P("yes the mir ta za peen the small one seven and half at night for the sleep"),), "mirtazapine", "7.5 mg"),
    # the part of the strength taken, later in its sentence
    ((P("And for the back, the muscle relaxer, cyclobenzaprine. The tablet is ten but I cut it, I take half of the ten "
        "before I sleep."),), "cyclobenzaprine", "5 mg"),
    # counts of a strength run on without a stop
    ((C("dr pelletier changed the citalopram"),
      P("yes the si ta lo pram before i take one of the twenty now she say take two of the twenty so is forty every morning")),
     "citalopram", "40 mg"),
    # the first step of a titration, and the step now
    ((O("yes the e sci ta lo pram she start on the fifteenth the five milligram one week and now the ten in the night"),),
     "escitalopram", "10 mg"),
    # the prescriber's count of the strength, and a count taken together after when
    ((C("And the bupropion?"), P("The Wellbutrin XL, the one fifty. From Monday she said take two of them together in the morning.")),
     "bupropion", "300 mg"),
    ((P("Tylenol, the five hundred. When the knees are on fire after a job, two pills together."),), "acetaminophen", "1000 mg"),
    # a tablet and a half of it together
    ((C("a little better yeah let's check the medicines the sertraline"),
      P("the ser tra leen yes um doctor lin she say go up so now i take the fifty one and also half of one more fifty so the "
        "fifty and the half together in the morning")), "sertraline", "75 mg"),
])
def test_counts_parts_and_steps_of_a_strength_read_off_blind38(turns, drug: str, dose: str) -> None:  # type: ignore[no-untyped-def]
    got = meds(*turns)
    assert got[drug]["dose"] == dose


def test_no_drug_from_a_sound_written_with_a_digit_nor_one_handed_out_at_work() -> None:
    got = meds(C("your body takes the image as a danger the heart speeds up"))
    assert "fish oil" not in got
    got = meds(P("At work I hand out pills at med pass, the Seroquel, those are for the inmates, not me."))
    assert "quetiapine" not in got


@pytest.mark.parametrize(("turns", "drug", "dose", "status"), [
    # a name said in syllables, the client's own taking before its dose, a dose per time of day with "again" and a
    # clause of the client's day between, summed; the clinician's "two times" is no total
    ((C("what are you taking right now"),
      P("the des ven la fax een i take the fifty in the morning when i wake up and fifty again at night"),
      C("so fifty two times")), "desvenlafaxine", "100 mg", "current"),
    # a name first misheard and put right at once
    ((P("the sir tra lean no ser tra leen fifty milligram i start it on monday"),), "sertraline", "50 mg", "started"),
    # a count with a part, of a strength, then the sum
    ((P("the ess sit al oh pram i take one and a half of the ten so fifteen every morning"),), "escitalopram", "15 mg", None),
    # the small tablet of 0.5
    ((P("the lor a zee pam the small one point five only when the panic comes"),), "lorazepam", "0.5 mg", None),
    # things counted at work are no dose of the drug named before them
    ((P("The Concerta, thirty-six every morning."), C("And the work?"),
      P("I do the hard rows in the morning when the Concerta is strong, four rows.")), "methylphenidate", "36 mg", None),
    # the strength alone, then a tablet and since when; a strength listed, then since when
    ((P("The naltrexone. Fifty, one tablet, every morning since last Thursday. And the patch for the cigarettes, the "
        "twenty-one milligram, since Monday."),), "nicotine", "21 mg", "started"),
    ((P("The naltrexone. Fifty, one tablet, every morning since last Thursday."),), "naltrexone", "50 mg", "started"),
])
def test_doses_and_starts_read_off_blind39(turns, drug: str, dose: str, status: str | None) -> None:  # type: ignore[no-untyped-def]
    got = meds(*turns)
    assert got[drug]["dose"] == dose
    assert status is None or got[drug]["status"] == status


def test_an_animals_drug_a_course_over_months_back_and_one_stopped_long_ago_are_not_the_clients() -> None:
    got = meds(P("the metro nida zole the vet gave it for the bearded dragon i give it with a syringe"),
               P("and the calcium powder i dust the crickets not for me"),
               P("the fluoxetine i take twenty every morning"))
    assert set(got) == {"fluoxetine"}
    got = meds(C("And the Librium from the detox in February?"), P("That was finished in February. Only a week."))
    assert "chlordiazepoxide" not in got
    got = meds(P("no only the hydroxyzine from before i stopped that long time it made me sleepy"))
    assert "hydroxyzine" not in got
    got = meds(P("the hydro cortisone cream i put at night and the vitamin stuff here is for the geckos"))
    assert "hydrocortisone" in got


@pytest.mark.parametrize(("turns", "drug", "dose", "status"), [
    # "it's" after an old dose marks the new one
    ((P("The lamotrigine went up. It was a hundred, and since Thursday it's one fifty."),), "lamotrigine", "150 mg", "changed"),
    # a syllable run opened by "me" after "the"; a long-acting insulin by its brand, in syllables; the bare INN
    ((P("doctor ashworth gave me the me lock si cam fifteen one in the morning with food"),), "meloxicam", "15 mg", None),
    ((P("the insulin for the sugar the tree see ba twenty units at night before bed"),), "insulin degludec", "20 units", None),
    ((P("And my insulin, twenty units at night, the long one."), C("The glargine?"), P("Yes, glargine. Twenty units.")),
     "insulin glargine", "20 units", None),
    # counts per time of day, the strength said after them
    ((P("The gabapentin. One in the morning, one at lunch, one at night, the three hundreds."),), "gabapentin", "900 mg", None),
    # a dose put right at once
    ((P("Yes, the metoprolol fifty, no, no, twenty-five. Twenty-five twice a day."),), "metoprolol", "25 mg", None),
    # a name heard in syllables before its form; a first shot given
    ((P("yes the sub low cade the shot doctor gave me the first one on the twentieth three hundred once a month"),),
     "buprenorphine", "300 mg", "started"),
    # the start the clinician recalls, and the stop the client tells
    ((C("Last time you had just started the trazodone."), P("Yes, the fifty. I took it two weeks. I stopped it last Tuesday.")),
     "trazodone", None, "stopped"),
])
def test_more_doses_and_statuses_read_off_blind39(turns, drug: str, dose: str | None, status: str | None) -> None:  # type: ignore[no-untyped-def]
    got = meds(*turns)
    assert dose is None or got[drug]["dose"] == dose
    assert status is None or got[drug]["status"] == status


def test_drugs_never_collected_sent_from_home_or_long_past_are_not_the_clients() -> None:
    got = meds(P("Sertraline, twenty-five. It is in the pharmacy bag, on the fridge. I didn't start."))
    assert "sertraline" not in got
    got = meds(C("And the amitriptyline Dr. Novak mentioned?"), P("The prescription is at the pharmacy. I didn't go to pick it up yet."))
    assert "amitriptyline" not in got
    got = meds(P("And the sumatriptan one hundred when the migraine starts. Also my aunt sent Corvalol from Kyiv, she takes it "
                 "for her heart. I don't take it."))
    assert got["sumatriptan"]["dose"] == "100 mg"
    got = meds(C("and the old oxycodone"), P("no no that was twenty nineteen after the surgery i don't have any in the house"))
    assert "oxycodone" not in got


@pytest.mark.parametrize(("said", "generic", "dose", "status"), [
    ("the ven la fax een the e r one fifty in the morning same as before", "venlafaxine", "150 mg", "current"),
    ("for the sleep she gave the new one ram el tee on the eight milligram since last tuesday", "ramelteon", "8 mg", "started"),
    ("the flu ox e teen the pro zac doctor lim say i have the depression and i take two of the twenty together so forty",
     "fluoxetine", "40 mg", None),
])
def test_names_said_in_syllables_with_a_release_form_an_on_or_their_brand_next(said: str, generic: str, dose: str,
                                                                             status: str | None) -> None:
    got = meds(C("and the medicines"), P(said))
    assert got[generic]["dose"] == dose
    assert status is None or got[generic]["status"] == status


@pytest.mark.parametrize(("said", "generic", "dose"), [
    ("the mini press for the nightmares it was two milligram at night and since the twentieth she say take three so now three "
     "at night", "prazosin", "3 mg"),
    ("the mir taz a peen it was fifteen and the doctor ortega put thirty since the last visit so now thirty at night",
     "mirtazapine", "30 mg"),
    ("Twenty-four units of the Lantus every night, for the sugar. No, wait, twenty-six, she raised it two weeks ago.",
     "insulin glargine", "26 units"),
    ("the mirtazapine it was fifteen and now i sleep better", "mirtazapine", "15 mg"),
])
def test_the_amount_now_after_a_change_told_and_the_amount_taken_back(said: str, generic: str, dose: str) -> None:
    assert meds(C("and the medicines"), P(said))[generic]["dose"] == dose


@pytest.mark.parametrize(("turns", "generic"), [
    ((P("Escitalopram ten. In my purse there is metformin, but that's my mother's. She forgets it when she stays with me."),),
     "metformin"),
    ((P("Only the medicine for the birds. The ivermectin for worms, I inject the chicks. Not me, the chicks."),), "ivermectin"),
    ((P("In Nouméa, in twenty nineteen, they gave me the Antabuse, disulfiram. I took it two months and I stopped. Not since."),),
     "disulfiram"),
    ((C("And the trazodone you mentioned in our first session?"),
      P("That one I stopped long ago, in twenty twenty-two, before I moved here.")), "trazodone"),
    ((P("the doctor also write something for sleep"), C("that makes sense so the zolpidem was never picked up")), "zolpidem"),
])
def test_someone_elses_an_animals_a_long_past_or_a_never_collected_drug_is_not_the_clients(
        turns: tuple[tuple[str, str], ...], generic: str) -> None:
    assert generic not in meds(*turns)


def test_the_clients_own_drug_said_with_its_owner_or_year_stays() -> None:
    got = meds(P("The metformin, five hundred twice a day, that's my own, the doctor's orders."))
    assert "metformin" in got
    got = meds(C("And the trazodone?"), P("I stopped it last week, it made me like a zombie."))
    assert got["trazodone"]["status"] == "stopped"


def test_a_short_summary_naming_two_drugs_is_no_echo_of_the_turn_before() -> None:
    got = meds(C("You're on the Wellbutrin?"), P("Yes, the Wellbutrin XL, three hundred, in the morning."),
               C("And the levothyroxine?"), P("Eighty-eight micrograms."), C("And the trazodone?"),
               P("That one I stopped, it made me like a zombie."),
               C("Okay. So Wellbutrin three hundred and levothyroxine eighty-eight."))
    assert got["bupropion"]["dose"] == "300 mg" and got["bupropion"]["status"] == "current"


def test_two_fifty_milligram_tablets_summed_up_are_a_count_not_two_hundred_fifty() -> None:
    got = meds(C("and the sertraline"),
               P("the ser tra leen yes doctor boateng said go up from one tablet of fifty so now i take two of the fifties together"),
               C("so two fifty milligram tablets together each morning"))
    assert got["sertraline"]["dose"] == "100 mg"
    got = meds(C("and the sertraline"), P("the sertraline two fifty milligrams every morning"))
    assert got["sertraline"]["dose"] == "250 mg"


def test_a_prescribers_change_told_right_after_a_name_in_syllables_makes_it_a_drug() -> None:
    got = meds(C("and the other one"), P("the pris teak yes doctor raised it last month from fifty to one hundred milligram one tablet"))
    assert got["desvenlafaxine"]["dose"] == "100 mg" and got["desvenlafaxine"]["status"] == "changed"


def test_the_same_drug_as_a_child_stopped_long_ago_does_not_stop_it_now() -> None:
    got = meds(C("How are the meds?"),
               P("Yeah. The Concerta, for the ADHD. She put it up on Monday, from thirty-six to fifty-four. One in the morning."),
               C("Anything before that?"), P("The Ritalin when I was a kid in Darwin. Stopped at fifteen, hated it."))
    assert got["methylphenidate"] == {**got["methylphenidate"], "dose": "54 mg", "status": "changed"}


def test_a_list_handed_back_together_is_not_the_clients() -> None:
    got = meds(C("you said you work with medications at the morgue too"),
               P("yes we count it the oxy co don the xanax everything we write the paper and the police take it that's not mine"))
    assert "oxycodone" not in got and "alprazolam" not in got


def test_ordinary_words_that_sound_like_a_brand_are_no_drug_and_a_drug_given_last_year_is_still_taken() -> None:
    got = meds(C("Tell me about the pain."),
               P("So. The shingles, you know, it was in the spring, the rash here on the right side, under the breast."))
    assert "ramelteon" not in got
    got = meds(C("And your medicines?"), P("The Zoloft, the fifty, in the morning, Dr. Haddad gave me last year for the depression."))
    assert got["sertraline"]["dose"] == "50 mg"


@pytest.mark.parametrize(("turns", "generic", "dose"), [
    # tablets of two strengths with "of" alone
    ((C("And the Effexor?"), P("Same. One capsule of one-fifty and one of seventy-five, together, in the morning.")),
     "venlafaxine", "225 mg"),
    # "the thousand one" is the thousand tablet, not 1001
    ((C("And the diabetes tablet?"), P("The metformin, yes, the thousand one. Only once, with dinner.")), "metformin", "1000 mg"),
    # the prescriber's "go to ten" a sentence after the first dose
    ((C("How's the new medicine going?"),
      P("The escitalopram. Dr. Rao started me on five. Then Monday she called and said, go to ten, so since Tuesday I take "
        "ten.")), "escitalopram", "10 mg"),
    # the amount now two sentences after the amount it was
    ((P("She lowered the levothyroxine ten days ago. It was one hundred and twelve micrograms, and my heart was racing at "
        "night. Now it's one hundred."),), "levothyroxine", "100 mcg"),
    # the same amount a second time in the day
    ((P("She started me on the bupropion, the SR one. One-fifty when I wake up, and the second one-fifty at two o'clock."),),
     "bupropion", "300 mg"),
    # the form, then the amount
    ((C("And the Humira, still helping?"), P("The Humira, yes. The pen, forty. Every second Sunday, in the belly.")),
     "adalimumab", "40 mg"),
    # a blood level said before the change told
    ((C("How's the lithium?"), P("That's the other thing. They checked my level two weeks ago and it was low, point four. So "
                                 "Dr. Begay raised it from six hundred to nine hundred, all at bedtime. I've been on the nine "
                                 "hundred for ten days.")), "lithium", "900 mg"),
    # a liquid's strength per mL and the amount worked out
    ((C("Let's check how the medication is going. Dr. Lindqvist started the sertraline liquid?"),
      P("Yes. Because I can't swallow pills right now. It's the liquid, the bottle says twenty milligrams in one mL. She said two "
        "and a half mL, with the dropper, in the morning, mix in a little juice. So that's fifty.")), "sertraline", "50 mg"),
    # the clinician asked only to go on
    ((P("yes the spray the es ket a mean the spra vato at the clinic they started me on the ninth"), C("okay tell me how it goes"),
      P("monday and thursday they give me two of the sprayers fifty six milligram then i sit two hours")), "esketamine", "56 mg"),
    # the clinician puts the day's amounts together
    ((P("the topiramate she start first two weeks only pa cheese at night"), C("pa cheese"),
      P("sorry pachis is twenty five milligram and now from last monday pachis in the morning and pachas at night pachas is "
        "fifty"), C("so twenty five in the morning and fifty at night")), "topiramate", "75 mg"),
])
def test_doses_read_off_retired_blind41(turns: tuple[tuple[str, str], ...], generic: str, dose: str) -> None:
    assert meds(*turns)[generic]["dose"] == dose


def test_a_recalled_dose_answered_with_another_is_a_change() -> None:
    got = meds(C("And the sertraline. Last time we met you were on fifty."),
               P("Before was the fifty, yes. Now Dr. Haddad give me the hundred. One tablet in the morning."))
    assert got["sertraline"]["dose"] == "100 mg" and got["sertraline"]["status"] == "changed"
    got = meds(C("And the sertraline. Last time we met you were on fifty."), P("Yes, fifty, same as ever."))
    assert got["sertraline"]["dose"] == "50 mg" and got["sertraline"]["status"] == "current"


def test_the_clinicians_sum_of_the_last_drug_named_is_not_the_firsts() -> None:
    got = meds(P("In the morning slot there's the amlodipine, five, for the blood pressure, and the escitalopram. The doctor "
                 "raised the escitalopram from ten to twenty, so now two of the ten-milligram tablets."),
               C("Two tens, so twenty. Anything else?"))
    assert got["amlodipine"]["dose"] == "5 mg" and got["escitalopram"]["dose"] == "20 mg"


@pytest.mark.parametrize(("turns", "generic"), [
    ((P("Ah, the Auvelity. The doctor gave me a coupon, but the insurance said no, they refused it. So I never start it."),),
     "dextromethorphan-bupropion"),
    ((P("In the control box I found a strip of tramadol, ten tablets, somebody hide it there. I gave it to the officer."),),
     "tramadol"),
    ((P("Yesterday I did ketamine troches for a pain clinic, and progesterone cream, and a clonidine suspension for a baby. "
        "One wrong decimal on the clonidine and you hurt a baby."),), "clonidine"),
    ((P("Yesterday I did ketamine troches for a pain clinic, and progesterone cream."),), "ketamine"),
    ((P("The drawings are of the pharmacist who sold the counterfeit pills, the pressed Xanax with fentanyl inside."),),
     "fentanyl"),
    ((P("In the escape room there's a shelf of pill bottles that say Haldol and Thorazine, but they're full of mints."),),
     "chlorpromazine"),
    ((P("There's the spray in the sacristy, the GTN, for the old people if they have chest pain at Mass, but that's the "
        "parish first aid, I never use it."),), "nitroglycerin"),
    ((P("long ago in sierra leone the army gave us the mefloquine for the malaria but that was two thousand and one "
        "finished long time"),), "mefloquine"),
    ((P('Maybe I sleep a little better when I do sleep. The crying is the same.'), C("It often takes four to six weeks for the full effect, so we're still early. Anything else you're taking?"),
      P("Only the vitamin D drops for Kian, but those are his. And my mother sent from Babol a bag of dried herbs, gol-e gav zaban, for the nerves, as tea. I didn't drink it. I'm scared for the milk.")), "vitamin d"),
    ((C("After birth, the hormones estrogen and progesterone drop very suddenly, in a couple of days, to very low levels. For some women, the brain is especially sensitive to that drop. Add months of broken sleep, which on its own can cause depression, a body that's still healing, and the loss of your work identity, and you get a real illness, not a character flaw. It affects about one in seven mothers. It isn't caused by being a bad mother, and it doesn't mean you love him less. It's treatable, with the medicine, with sleep, with support, and with this."), P('One in seven. In Sari, nobody says this. My aunt said, you have a healthy boy, why are you crying, you are ungrateful.')), "progesterone"),
    ((C("Okay, the trazodone wasn't started, and the keys are with your brother."),), "trazodone"),
])
def test_drugs_not_the_clients_read_off_retired_blind41(turns: tuple[tuple[str, str], ...], generic: str) -> None:
    assert generic not in meds(*turns)


def test_a_relative_in_the_room_speaking_of_the_clients_drug_keeps_it_his() -> None:
    out = extract(session(C("Anything else he takes?"),
                          O("The clonazepam isn't in the box. He keeps it in his drawer. Point five. He takes it the night "
                            "before an inspection."), session_type="family"))
    got = {m["name"]: m for m in out["progress_note"]["medications"]}
    assert got["clonazepam"]["dose"] == "0.5 mg"
    # a capitalised word opening a sentence is no person taking it
    assert "sertraline" in meds(P("The sertraline. Sometimes I forget. Only takes it when I remember, fifty."))


@pytest.mark.parametrize(("said", "generic"), [
    ("yes on the ninth doctor chen she give me new one for the sleep the es zo pi clone the loon es ta two milligram", "eszopiclone"),
    ("The duloxetine. The first two weeks I took thirty. Since Saturday the sixty, one capsule of sixty.", "duloxetine"),
])
def test_a_new_one_given_or_a_titrations_first_weeks_is_a_start(said: str, generic: str) -> None:
    assert meds(C("and the medicines"), P(said))[generic]["status"] == "started"


def test_a_change_said_but_not_yet_begun_keeps_the_dose_taken() -> None:
    got = meds(C("Let's look at the medication."),
               P("The Strattera. I take the forty in the morning. She said go up to eighty, but I did not start the eighty yet."))
    assert got["atomoxetine"]["dose"] == "40 mg"


def test_what_the_client_makes_at_work_and_also_takes_stays_theirs() -> None:
    assert "sertraline" not in meds(P("At work I fill the sertraline for the ward every morning."))
    got = meds(P("At work I fill the sertraline for the ward every morning, and I take the fifty myself too."))
    assert "sertraline" in got


# --- read off the retired blind42 batch
@pytest.mark.parametrize("said", [
    "No. The doxycycline for malaria I finished years ago, when I was working in the south.",
    "No. The tramadol from the back operation, that was twenty nineteen, finished long ago.",
])
def test_a_course_finished_long_ago_is_history(said: str) -> None:
    got = meds(C("Anything else you're taking?"), P(said))
    assert not ({"doxycycline", "tramadol"} & got.keys())


@pytest.mark.parametrize(("said", "offered"), [
    ("She also said if this one doesn't work, maybe lithium later. But we are not there.", "lithium"),
    ("he said maybe prazosin later for the dreams if the sertraline is not enough but not now", "prazosin"),
    ("She said if the Anafranil is not enough there is another one, fluvoxamine, but she wants to wait.", "fluvoxamine"),
])
def test_a_drug_the_prescriber_may_add_one_day_is_not_taken(said: str, offered: str) -> None:
    got = meds(C("Any news from the psychiatrist?"), P(said))
    assert offered not in got


@pytest.mark.parametrize(("said", "kept"), [
    ("And the losartan in my bag is for my mother, I will put it in the box.", "losartan"),
    ("And the tamoxifen in the cabinet is Selin's, from her surgery, not mine.", "tamoxifen"),
    ("and the letrozole in the fridge at work is for the patients everybody jokes about it", "letrozole"),
])
def test_a_drug_kept_somewhere_for_someone_else_is_theirs(said: str, kept: str) -> None:
    got = meds(C("Anything else?"), P("I take the sertraline, fifty, every morning. " + said))
    assert kept not in got and got["sertraline"]["dose"] == "50 mg"


def test_the_clients_own_drug_in_a_bag_for_the_mornings_stays_theirs() -> None:
    got = meds(C("Anything else?"), P("The sertraline in my bag is for the mornings, fifty milligrams."))
    assert "sertraline" in got


def test_pills_flushed_away_are_not_taken() -> None:
    got = meds(C("And the tablets your brother sent?"),
               P("The tramadol. He sent them from Jos with a friend, he said they will make me strong for work. I flushed them."))
    assert "tramadol" not in got


def test_now_only_the_drug_left_after_a_stop_is_current() -> None:
    got = meds(C("Are you still on the clomipramine?"),
               P("Yes, the Anafranil. The capsules are twenty-five, and I take three of them together before sleep. Seventy-five."),
               C("Anything else you take?"),
               P("No. A doctor there gave me Grandaxin for the nerves. I finished it in 2019 and never took it again. Now only the Anafranil."))
    assert got["clomipramine"]["status"] == "current" and got["clomipramine"]["dose"] == "75 mg"


@pytest.mark.parametrize(("said", "generic", "dose"), [
    ("Sertraline, a hundred. No, wait. The box says one hundred, but that is how many tablets inside. The tablet is fifty. "
     "Fifty, one in the morning.", "sertraline", "50 mg"),
    ("The escitalopram. I take ten. Ah, pardon. Since the third it's fifteen, the GP changed it.", "escitalopram", "15 mg"),
])
def test_a_dose_taken_back_for_the_strength_said_after(said: str, generic: str, dose: str) -> None:
    assert meds(C("And the medication, still the same?"), P(said))[generic]["dose"] == dose


def test_a_drug_taken_then_got_rid_of_is_stopped_not_someone_elses() -> None:
    got = meds(C("And the sleeping tablet?"),
               P("the sleeping tablet she gave me zopiclone i stopped it because i was falling down in the morning so i threw it away"))
    assert got["zopiclone"]["status"] == "stopped"


@pytest.mark.parametrize(("said", "generic", "dose"), [
    ("Yes, mirtazapine. The tablet is fifteen, but he said break it, only half, seven and a half, before sleep.", "mirtazapine", "7.5 mg"),
    ("Yes, mirtazapine. The tablet is fifteen, I take one at night.", "mirtazapine", "15 mg"),
    ("The levothyroxine. The tablet is fifty, before breakfast.", "levothyroxine", "50 mcg"),
])
def test_the_strength_told_in_the_next_sentence(said: str, generic: str, dose: str) -> None:
    assert meds(C("Is the new medicine helping at all?"), P(said))[generic]["dose"] == dose


@pytest.mark.parametrize("said", [
    "Okay. The sertraline. The doctor here said twenty-five for one week and then fifty. I'm in the second week, so now fifty.",
    "Yes, the paroxetine. Doctor Valencia gave me the twenty. She said the first week cut it in two, so I did the half.",
])
def test_a_drug_told_with_the_first_steps_of_its_titration_is_started(said: str) -> None:
    got = meds(C("And the medication?"), P(said))
    assert [m["status"] for m in got.values()] == ["started"]


def test_a_long_name_heard_in_five_syllables_one_ending_in_th() -> None:
    got = meds(C("how's the medication going"),
               P("the meth il fen i date the doctor in emmen she said one of the eighteen and one of the twenty seven together "
                 "in the morning so that's forty five"))
    assert got["methylphenidate"]["dose"] == "45 mg"


@pytest.mark.parametrize(("said", "generic", "dose"), [
    # a label's morning-noon-night schedule
    ("the cardiologist also gave pro pra no lol ten milligram last month for the shaking the paper says one zero one",
     "propranolol", "20 mg"),
    # the pack read out in the next sentence
    ("The Lexapro, I began on the fourth. The box says ten. One white tablet each morning.", "escitalopram", "10 mg"),
    # the weeks of a starter pack are no amount; the row "now" is
    ("Yes, the lamotrigine starter box. Weeks one and two were the little twenty-fives, one a day, and now I'm on the "
     "row that says fifty.", "lamotrigine", "50 mg"),
])
def test_doses_read_off_the_pack_or_label(said: str, generic: str, dose: str) -> None:
    assert meds(C("How is the medication going?"), P(said))[generic]["dose"] == dose


def test_a_police_number_after_a_dose_is_no_label_schedule() -> None:
    got = meds(C("How is the medication going?"), P("the propranolol ten milligram and if it gets bad i call one zero one"))
    assert got["propranolol"]["dose"] == "10 mg"


def test_the_days_amount_put_together_in_the_reply() -> None:
    got = meds(C("And the sertraline?"),
               P("Same as before. One big one and one small one in the morning. The hundred and the fifty. Together one "
                 "hundred fifty."))
    assert got["sertraline"]["dose"] == "150 mg"


@pytest.mark.parametrize(("said", "absent"), [
    ("no the mupirocin no i did not buy it it was forty dollars and the arm is okay", "mupirocin"),
    ("no nothing i have no medicines here even the ibuprofen they say no for the screening", "ibuprofen"),
    ("nothing only for the work i do the pharmacy audit i ask for co codamol at the counter to see if the pharmacist asks "
     "the questions she did not ask so i wrote fail and i gave the box back", "codeine-paracetamol"),
    ("Ah, Mitzi. That is the vet's. A gel for her ear, mirtazapine, so she eats, she is fourteen. Funny, the same name as "
     "a human tablet. It is hers, not mine, I promise.", "mirtazapine"),
    ("the doctor said maybe gabapentin for the cravings later if the shot is not enough not now", "gabapentin"),
])
def test_drugs_not_bought_handed_back_a_pets_or_for_later_are_not_the_clients(said: str, absent: str) -> None:
    from scribe.bench.extraction import drug_key

    got = meds(C("Anything else you're taking?"), P(said))
    assert drug_key(absent) not in {drug_key(n) for n in got}


def test_a_verb_of_being_is_no_syllable_of_a_misheard_name() -> None:
    got = meds(C("Okay, just the Trintellix then. Last time you told me your days were all one grey, and that you were "
                 "counting hours on the night watch."), P("I stopped counting."))
    assert set(got) == {"vortioxetine"}


@pytest.mark.parametrize(("asked", "said", "absent"), [
    ("Anything else you're taking?", P("She said if the nights go bad again maybe she adds the Depakote, but for now no."),
     "divalproex"),
    ("Anything else you're taking?", P("Dr Hale said if the toilet at night doesn't settle maybe he adds the tamsulosin, but "
                                       "not yet."), "tamsulosin"),
    ("Anything else you're taking?", P("Only the Stemetil we keep on the boat for the passengers who get seasick. I never "
                                       "need it."), "prochlorperazine"),
    ("Anything else you're taking?", P("My brother takes twenty too, but his is escitalopram, he says his is stronger."),
     "escitalopram"),
    ("Anything else you're taking?", P("I strip old phones at the depot. The lithium batteries, if one is swollen, it burns "
                                       "like hell."), "lithium"),
    ("Anything else you're taking?", P("and my comadre tess sells the ozempic at the car boot sale she say you want i give "
                                       "you good price but no i don't buy medicine at the car boot"), "semaglutide"),
    ("Anything else he's taking?", O("Dana brought him the melatonin gummies from her shop, but he never took one. They're "
                                     "still in the bag."), "melatonin"),
    ("anything else you take sleep aids anything",
     P("my team lead gave me one sleeping tablet zolpidem she said take half you will sleep like a baby but i did not take "
       "i was scared to be late for the early shift i threw it in the bin"), "zolpidem"),
])
def test_drugs_for_later_kept_for_others_anothers_a_battery_sold_or_never_opened_are_not_the_clients(
        asked: str, said: tuple[str, str], absent: str) -> None:
    from scribe.bench.extraction import drug_key

    assert drug_key(absent) not in {drug_key(n) for n in meds(C(asked), said)}
    # the same drug said as the client's own is kept
    assert drug_key(absent) in {drug_key(n) for n in meds(C("Anything else you're taking?"),
                                                              P(f"Yes, I take the {absent} every day."))}


@pytest.mark.parametrize(("said", "dose"), [
    # a number said in words is one word of a short answer
    ("I take one hundred and fifty, in the morning.", "150 mg"),
    # a bare opening does not use up the answer's head
    ("I take. Cento e cinquenta. One hundred and fifty, in the morning when I get in from work.", "150 mg"),
])
def test_a_spoken_dose_opening_an_answer(said: str, dose: str) -> None:
    assert meds(C("How is the sertraline going?"), P(said))["sertraline"]["dose"] == dose


def test_a_count_of_hyphenated_strength_tablets_is_their_sum() -> None:
    got = meds(C("So mirtazapine thirty at night, as two fifteen-milligram tablets, since the last doctor visit."))
    assert got["mirtazapine"]["dose"] == "30 mg"


def test_a_dose_with_each_meal_is_summed_over_the_day() -> None:
    got = meds(P("the naproxen five hundred with the breakfast and five hundred with the tea i mean the dinner"))
    assert got["naproxen"]["dose"] == "1000 mg"


def test_the_amount_taken_now_wins_over_the_ones_told_before_it() -> None:
    got = meds(C("And the medicines?"),
               P("the fluoxetine doctor rao made it forty in october but i was so restless so last week she brought it down "
                 "she said take the twenty and the ten together so now i am taking thirty every morning"))
    assert got["fluoxetine"]["dose"] == "30 mg"
    got = meds(C("And the medicines?"), P("the fluoxetine was forty but last week she brought it down so now i am taking "
                                          "thirty every morning"))
    assert got["fluoxetine"]["dose"] == "30 mg"


def test_a_score_said_back_and_an_answer_about_another_drug_are_not_the_next_drugs_dose() -> None:
    got = meds(C("You did the drinking questions today, the AUDIT, and it came out at eighteen."),
               P("Okay. Eighteen. I accept eighteen."), C("Any other medicines besides the naltrexone?"))
    assert got["naltrexone"]["dose"] is None
    got = meds(C("How is the sertraline going?"), P("One hundred and fifty, in the morning."),
               O("But the doctor gave her another one, the mirtazapine, for sleep. She takes it some nights."))
    assert got["sertraline"]["dose"] == "150 mg" and "mirtazapine" in got and got["mirtazapine"]["dose"] is None


# blind45's errors, read off the batch once it was retired from `blind` (5020b89)

def test_a_strength_put_right_at_once_and_its_raise_told_later_is_the_new_dose_changed() -> None:
    got = meds(C("Still on the blood pressure tablet?"),
               P("Yes, amlodipine. The strength is five. Sorry, ten. Ten, they put it up last week when the GP saw the numbers."),
               C("So five before, ten since last week."))
    assert got["amlodipine"]["dose"] == "10 mg" and got["amlodipine"]["status"] == "changed"


def test_the_clinician_saying_back_the_amount_since_a_day_past_a_partners_word_is_the_dose_changed() -> None:
    got = meds(C("Tell me about the change."),
               P("The mirtazapine. I was on the thirty. Now I cut it, half of the thirty. The doctor said fifteen is enough."),
               O("Since last Monday. I watch her cut it with the knife."),
               C("Okay, fifteen since last Monday. Anything else you're taking?"), P("No."))
    assert got["mirtazapine"]["dose"] == "15 mg" and got["mirtazapine"]["status"] == "changed"


def test_a_change_said_back_from_one_amount_to_another_is_the_dose() -> None:
    got = meds(C("let's check the medication you're still on the sertraline"),
               P("ya sertraline dulu before is lima puluh fifty and then doctor ahmadi make it seratus one hundred since um "
                 "two weeks one hundred every morning"),
               C("so it went up from fifty to a hundred two weeks ago any side effects"), P("little bit the stomach"))
    assert got["sertraline"]["dose"] == "100 mg" and got["sertraline"]["status"] == "changed"


def test_a_range_of_times_is_no_dose_and_a_name_begun_twice_keeps_its_dose_before() -> None:
    got = meds(C("anything else you're taking even over the counter"),
               P("for the back four hundred of the ibu ibuprofen when i lift the slings too much maybe two three times a week"))
    assert got["ibuprofen"]["dose"] == "400 mg"
    got = meds(C("And for the pain?"), P("the ibuprofen three hundred three times a day"))
    assert got["ibuprofen"]["dose"] == "300 mg"


def test_drugs_that_are_not_the_clients_in_new_shapes() -> None:
    cases = [
        ("fluoxetine", P("no that's all back home in two thousand sixteen i take fluoxetine one year but that's finish long time")),
        ("gabapentin", P("my cousin ramesh he want to sell me gabapentin for the back he say it make you float i say no man")),
        ("alprazolam", P("No. At work we find pills in the seat pockets, Xanax, Ambien, everything people leave, but we give it "
                         "all to the supervisor.")),
        ("sertraline", P("We were running the sertraline fifty all week for the big order, press number four.")),
        ("atovaquone-proguanil", P("For me, no. For Fatimé there is the Malarone, the malaria tablets, for the summer.")),
        ("temazepam", P("my brother he say take my temazepam is very good i say no i drive the van at night")),
        ("metformin", P("Only the tablets for my mother. The metformin and the one for the pressure, I buy them at the chemist "
                        "here and my cousin takes them when he flies.")),
    ]
    for name, said in cases:
        assert name not in meds(C("Anything else you're taking?"), said), name
    # the client's own stays: bought for a cousin and taken too, or a brother's drug taken
    assert "metformin" in meds(C("Anything else?"), P("The metformin, I buy it here and my cousin takes them too, and I take it "
                                                      "every morning."))
    assert "temazepam" in meds(C("Anything else?"), P("my brother he say take my temazepam and i take it every night now"))


def test_a_liquid_worked_out_in_milligrams_is_that_amount() -> None:
    got = meds(C("How's the new medicine going?"),
               O("The liquid one, fluoxetine. Two and a half ml in the morning, I measure with the syringe myself. The "
                 "bottle says twenty milligram in five ml, so it is ten milligram."))
    assert got["fluoxetine"]["dose"] == "10 mg"


def test_the_dose_asked_next_outranks_a_number_said_the_turn_before() -> None:
    got = meds(C("From ninety-five to fifty, just by looking at the facts. How's the medication side?"),
               P("Yes, I saw her. She gave me a new one, the escitalopram. She said the first two weeks is small."),
               C("What dose is the small one?"), P("Cinco. Five milligrams, in the morning."))
    assert got["escitalopram"]["dose"] == "5 mg"


def test_the_doctor_saying_the_new_amount_after_the_old_is_a_change() -> None:
    got = meds(C("How's the medication since Dr Gill changed it?"),
               O("He's taking it now. The Concerta, before was the thirty-six only. Now the doctor say fifty-four, so it's "
                 "the thirty-six plus the eighteen together in the morning."))
    assert got["methylphenidate"]["dose"] == "54 mg" and got["methylphenidate"]["status"] == "changed"


def test_an_amount_summed_up_a_few_turns_on_is_the_dose_of_a_drug_named_without_one() -> None:
    got = meds(C("Did you see Dr Nair?"), P("Yes, on Monday. She raised the sertraline. Now I take three of the small ones."),
               C("Do you know the strength of the small one?"),
               P("The small one is fifty, I am sure. Before it was two of them, now three."),
               C("So a hundred and fifty now, up from a hundred. Any side effects since Monday?"))
    assert got["sertraline"]["dose"] == "150 mg"


def test_a_course_run_out_and_a_lapse_said_in_the_present_are_stops_and_new_ones_given_are_starts() -> None:
    got = meds(C("And the sleeping tablet she gave you, the zopiclone?"),
               P("That one is finished. She gave only fourteen, and I don't take it since maybe five days."))
    assert got["zopiclone"]["status"] == "stopped"
    got = meds(C("What are you taking at the moment?"),
               P("And Dr Bouchard gave a new one last Thursday for the sleep, the trazodone. Half of the fifty."))
    assert got["trazodone"]["status"] == "started"
    got = meds(C("let's check the medicine did you start the one dr hossain prescribed"),
               P("yes the escitalopram ten milligram since last monday every morning"))
    assert got["escitalopram"]["status"] == "started"


def test_a_drug_said_with_an_accent_and_another_named_by_what_it_is_keep_their_own_statuses() -> None:
    got = meds(C("Are you still on the same blood pressure medicines?"),
               P("The losartán, yes, la de cien, one in the morning with my mate. The other one, the pastilla para orinar, "
                 "the little one for the water, that one I stopped."),
               C("The hydrochlorothiazide?"), P("Sí, that one. I stopped it on the fifth."),
               C("So the losartan a hundred milligrams every morning, and the water pill stopped since the fifth."),
               P("Exacto."))
    assert got["losartan"]["status"] == "current" and got["losartan"]["dose"] == "100 mg"
    assert got["hydrochlorothiazide"]["status"] == "stopped"
    assert meds(C("What are you taking?"), P("The losartán, fifty milligrams every morning."))["losartan"]["dose"] == "50 mg"


def test_the_new_blind45_exclusions_and_sum_ups_stop_at_their_edges() -> None:
    assert meds(C("Any meds?"), P("I'm on metformin now, five hundred twice a day, my dad takes it too."))["metformin"][
        "dose"] == "500 mg"
    assert meds(C("Any meds?"), P("I ran out of the sertraline on Friday and had to wait for the pharmacy."))["sertraline"][
        "status"] == "stopped"
    assert "sertraline" in meds(C("Any meds?"), P("On the way home from work I picked up the sertraline, I take fifty every "
                                                  "morning."))
    assert meds(C("Any meds?"), P("For my back there is the tramadol, fifty, twice a day."))["tramadol"]["dose"] == "50 mg"
    got = meds(C("Any meds?"), P("Fluoxetine liquid, two and a half ml in the morning. And the sertraline, that's fifty mg at "
                                 "night."))
    assert got["fluoxetine"]["dose"] == "2.5 ml"
    assert meds(C("Still on it?"), P("Yes, amlodipine. The tablet is five. Wait, one at night and one in the morning."))[
        "amlodipine"]["dose"] == "5 mg"
    assert meds(C("Any meds?"), P("The sertraline, twenty-five. The doctor said go up to fifty next week."),
                C("Okay, fifty from next week."))["sertraline"]["dose"] == "25 mg"
    assert meds(C("Any meds?"), P("She raised the sertraline."), C("And the blood pressure one, how much is that?"),
                P("I'm not sure."), C("So ten milligrams now?"))["sertraline"]["dose"] is None
    assert meds(C("Any meds?"), P("The sertraline, and the other one, I stopped both last month."))["sertraline"][
        "status"] == "stopped"
    assert meds(C("Any meds?"), P("The zopiclone. The sleeping pill I stopped on Friday, it made me groggy."))["zopiclone"][
        "status"] == "stopped"


def test_a_number_said_in_the_clients_language_and_glossed_is_the_dose() -> None:
    # asked back by the clinician and glossed in the next turn
    got = meds(C("let's talk medication you saw doctor okafor in between"),
               P("yes she change it the escitalopram before was ten now is goma sha biyar"), C("goma sha biyar"),
               P("fifteen in hausa goma is ten sha biyar is and five so fifteen one in the morning with my tea"))
    assert got["escitalopram"]["dose"] == "15 mg" and got["escitalopram"]["status"] == "changed"
    assert 3 in got["escitalopram"]["evidence"]
    # glossed in the same turn, or at once after a comma
    got = meds(C("How's the medicine?"), P("The fluoxetine. The doctor said go up to amakumi yabili, twenty. In Bemba amakumi "
                                           "yabili is twenty. She's on it since the ninth."))
    assert got["fluoxetine"]["dose"] == "20 mg"
    got = meds(C("And the bupropion?"), P("Yes, she make it go up. Now it is tiga ratus, three hundred. Before it was one fifty."))
    assert got["bupropion"]["dose"] == "300 mg"
    got = meds(C("The escitalopram went up?"),
               P("Yes, the doctor moved it. Goma sha biyar. Sorry, I count in Hausa in my head. Fifteen. It was ten before."))
    assert got["escitalopram"]["dose"] == "15 mg"
    assert meds(C("The duloxetine, how is it going?"), P("Le Cymbalta. Soixante, sixty. One in the morning."))["duloxetine"][
        "dose"] == "60 mg"
    # a drug's own words before a comma are never dropped as another language
    got = meds(C("Anything else?"), P("And the iron, I'm still taking it, the ferrous sulfate, two hundred, two times a day."))
    assert "ferrous sulfate" in got
    # an echo the client answers without a number leaves the words alone
    got = meds(C("And the sertraline?"), P("the sertraline the doctor said fifty now is pretty good"), C("pretty good"),
               P("yes pretty good no problem"))
    assert got["sertraline"]["dose"] == "50 mg"


def test_a_misheard_name_before_its_purpose_and_milligrams_or_a_change_is_read() -> None:
    got = meds(C("and she gave you something for the audit day itself"),
               P("yes propane oh lol for the shaking hands she said ten milligram take it one hour before the audit only"))
    assert got["propranolol"]["dose"] == "10 mg"
    got = meds(C("let's check medication you saw doctor pinto on the third"),
               P("yes the lamb ick tall she put it up before was one fifty now is two hundred"))
    assert got["lamotrigine"]["dose"] == "200 mg"
    # the words alone, with no drug talk after them, are no drug
    assert meds(C("How was the weekend?"), P("we had the propane oh lol for the barbecue it was fine"))== {}


def test_the_old_amount_in_an_answer_does_not_outrank_the_amount_asked() -> None:
    got = meds(C("Three hundred milligrams of bupropion, once a day?"), P("Yes, one in the morning. Before it was the one-fifty."))
    assert got["bupropion"]["dose"] == "300 mg"
    got = meds(C("How much bupropion now?"), P("One-fifty. Before it was the three hundred."))
    assert got["bupropion"]["dose"] == "150 mg"


def test_a_piece_of_a_broken_tablet_is_that_part_of_its_strength() -> None:
    got = meds(C("let's look at the medication doctor haile gave you"), P("the trazodone"), C("trazodone yes"),
               P("she gave the big tablet one fifty with the lines on it she says break it in three take one third at night"))
    assert got["trazodone"]["dose"] == "50 mg"
    got = meds(C("And the quetiapine?"), P("The hundred tablet, I cut it in four and take a quarter at night."))
    assert got["quetiapine"]["dose"] == "25 mg"


def test_an_amount_put_right_at_once_by_someone_else_in_the_room_is_the_dose() -> None:
    got = meds(C("And the prazosin for the nightmares?"), P("The little one. One milligram at bed."),
               O("No, no, they put it up on Monday. It's two now, the two milligrams. I picked it up myself."))
    assert got["prazosin"]["dose"] == "2 mg" and got["prazosin"]["status"] == "changed"
    got = meds(C("Let's check the medication the doctor started."), P("The naltrexone. Five hundred, one every morning."),
               O("Fifty. Five-zero. He always adds a zero."))
    assert got["naltrexone"]["dose"] == "50 mg"
    # a partner agreeing leaves the amount alone
    got = meds(C("And the prazosin?"), P("One milligram at bed."), O("No, that's right, one. I watch her take it."))
    assert got["prazosin"]["dose"] == "1 mg"


def test_the_gloss_and_correction_rules_stop_at_their_edges() -> None:
    # a drug name said before a comma and a number is never dropped as another language
    for said, name, dose in [("I'm on olanzapin, five at night", "olanzapine", "5 mg"),
                             ("i take the ser tra leen, fifty", "sertraline", "50 mg"),
                             ("lamo tri jeen, two hundred a day", "lamotrigine", "200 mg")]:
        assert meds(C("Any meds?"), P(said))[name]["dose"] == dose
    # a drug name echoed back is no foreign number
    assert meds(P("I'm on quetiapine."), C("Quetiapine?"), P("Yeah, fifty. It is fifty every night."))["quetiapine"][
        "dose"] == "50 mg"
    # "In Toronto the lithium is ..." glosses nothing
    got = meds(C("Meds?"), P("I take the quetiapine and the lithium. In Toronto the lithium is three hundred, here it's four "
                             "hundred."))
    assert got["quetiapine"]["dose"] is None
    # another person's years, tablets or other drug are no correction
    assert meds(C("Meds?"), P("The lithium, nine hundred at night."), O("No, no, the water pill is the forty."))["lithium"][
        "dose"] == "900 mg"
    assert meds(C("Meds?"), P("The lithium, nine hundred at night."), O("Twenty. Twenty years he has been on it."))["lithium"][
        "dose"] == "900 mg"
    # a count of tablets left is no strength; an English word before a comma is no gloss
    got = meds(C("How much clonazepam do you take?"), P("I have like twenty left, I cut them and take half when it's bad."))
    assert got.get("clonazepam", {}).get("dose") != "10 mg"
    assert meds(C("Meds?"), P("I take the olanzapine. Weight, ninety."))["olanzapine"]["dose"] is None


def test_a_medicine_given_and_never_taken_or_said_to_be_the_relatives_own_is_not_the_clients() -> None:
    got = meds(C("Anything else you take?"), P("The allergy one. Cetirizine, the ten."),
               O("The school nurse gave him melatonin, he never took it, it's still in his bag. And the pills in the kitchen "
                 "are mine, the thyronorm for the thyroid."))
    assert "melatonin" not in got and "levothyroxine" not in got and got["cetirizine"]["dose"] == "10 mg"
    # taken, then not again, is still a medicine the client had
    got = meds(C("Anything else?"), O("The nurse gave him melatonin, he never took it again after the first week."))
    assert "melatonin" in got


def test_a_strength_said_twice_over_is_said_once() -> None:
    got = meds(C("let's check the medicines is the dose change happening"),
               P("yes the clomipramine now pachattar in marathi seventy five seventy five milligram at night"))
    assert got["clomipramine"]["dose"] == "75 mg"
    got = meds(C("are you still taking the sertraline"),
               P("yes cent cinquante in french one hundred fifty one hundred and fifty milligram every morning"))
    assert got["sertraline"]["dose"] == "150 mg"
    # two different numbers are not one said twice
    assert meds(P("The sertraline, fifty, a hundred milligrams now."))["sertraline"]["dose"] != "50 mg"


def test_a_year_said_with_two_thousand_is_no_dose() -> None:
    got = meds(C("the lisdexamfetamine thirty milligrams every morning how has it been"), P("good"),
               C("besides the vyvanse is there anything else you take"),
               P("no only the vyvanse in college in two thousand fifteen my roommate gave me his adderall"))
    assert got["lisdexamfetamine"]["dose"] == "30 mg"


def test_the_answer_said_again_after_the_clinician_asks_for_it_is_read_on() -> None:
    turns = [C("are you still taking the sertraline"), P("yes the sir tra line santa sankant"), C("sorry say that again"),
             P("cent cinquante in french one hundred and fifty milligram every morning with the bread")]
    got = meds(*turns)
    assert got["sertraline"]["dose"] == "150 mg" and 3 in got["sertraline"]["evidence"]
    # a new question is no asking again
    turns[2] = C("how is your sleep")
    turns[3] = P("about five hours most nights, from eleven")
    assert meds(*turns)["sertraline"]["dose"] is None


def test_a_number_the_drug_is_known_to_be_taken_at_is_its_dose() -> None:
    got = meds(C("Last time Dr Nwosu was going to start something for the nights. Did that happen?"),
               P("Yes, she start it two weeks ago. The clonidine. Zéro virgule un... in French we put a comma, so it is zero "
                 "point one. One small tablet at bedtime."))
    assert got["clonidine"]["dose"] == "0.1 mg"
    got = meds(C("Let's check the medicines. Dr. Okafor increased the vortioxetine?"),
               P("Yes, the Trintellix. Before it was tien, ten. Now twintig. Twenty. Sorry, in my head I count in Dutch."))
    assert got["vortioxetine"]["dose"] == "20 mg"
    # counted tablets are not the strength alone; an amount the drug is not taken at is not guessed
    got = meds(C("What are you taking now?"), P("The lithium. Three capsule. Each one na three hundred. All three at night."))
    assert got["lithium"]["dose"] != "300 mg"
    assert meds(C("And the clonidine?"), P("Since the fourth. Thirteen days."))["clonidine"]["dose"] is None


def test_made_up_by_the_doctor_is_a_change_and_now_passes_the_old_amount() -> None:
    got = meds(C("is the mirtazapine still the same"),
               P("the mirta the peen no the doctor make it up before it was quince now treinta thirty at night"))
    assert got["mirtazapine"]["status"] == "changed" and got["mirtazapine"]["dose"] == "30 mg"


def test_the_little_one_at_night_is_a_tablet_not_a_child() -> None:
    got = meds(C("Let's check meds quickly. Still the fluoxetine?"),
               P("Yes, forty, in the morning. And the little one at night, the quetiapine, the twenty-five."))
    assert got["quetiapine"]["dose"] == "25 mg"
    assert "quetiapine" not in meds(C("Anything else?"), P("My little one, she takes the quetiapine for her sleep."))


def test_a_number_trailing_off_into_english_is_the_english_one() -> None:
    got = meds(C("And the sertraline? I know Dr Villalba was going to change it."),
               P("She put it up. Now doscientos... two hundred. Since the twelfth of last month. Before it was the one fifty."))
    assert got["sertraline"]["dose"] == "200 mg"
    got = meds(C("And the duloxetine, how is that going?"),
               P("I take it. The sestig... sixty, sorry, numbers come out in Afrikaans first. Sixty every morning."))
    assert got["duloxetine"]["dose"] == "60 mg"


def test_tablets_of_two_sizes_taken_together_are_summed() -> None:
    got = meds(C("Is the lamotrigine the same?"),
               P("Yes. I take one of the hundred and one of the little twenty-fives, together, in the morning."))
    assert got["lamotrigine"]["dose"] == "125 mg"


def test_medicines_said_to_be_someone_elses_or_from_a_year_long_gone_are_not_listed() -> None:
    got = meds(C("Anything else?"), P("Nee. Only those. Those green bottles in the bathroom are hers, the Premarin, not mine."))
    assert "conjugated estrogens" not in got
    got = meds(C("anything else"), P("no only that in da nang in two thousand five the doctor give me diazepam for one month"))
    assert "diazepam" not in got
    got = meds(C("Anything else, even from long ago?"),
               P("In Libreville in ninety-nine a doctor gave me Valium for the nerves. One month. Nothing since."))
    assert "diazepam" not in got
    got = meds(C("Anything else?"), P("A subject took propranolol before his test to beat the machine. Not mine, I only see it."))
    assert "propranolol" not in got
    got = meds(C("and the other one for the nights"), P("the hydroxyzine the liquid one ten at bedtime"),
               O("ten milliliters he uses it maybe four nights a week the amlodipine in the cabinet is mine for my pressure"))
    assert "amlodipine" not in got and "hydroxyzine" in got
    # the client's own, said in a past year and still taken, stays
    got = meds(C("Anything else?"), P("In ninety-nine a doctor gave me lithium and I still take it, nine hundred."))
    assert "lithium" in got


def test_a_drug_told_as_the_new_one_is_started() -> None:
    got = meds(C("And the new one Dr. Feld started after our last session?"),
               P("The venlafaxine. Thirty-seven and a half. One in the morning with breakfast."))
    assert got["venlafaxine"]["status"] == "started"
    got = meds(C("What about the other medicines?"),
               P("The Remeron, the fifteen, at bedtime. Still. And the new one Dr. Begay gave me Sunday for the sleep. "
                 "Ramelteon. Eight milligrams."))
    assert got["ramelteon"]["status"] == "started" and got["mirtazapine"]["status"] == "current"
    got = meds(C("okay one fifty and the new one for the nightmares that doctor brunner started"),
               P("the docks a zo sin the one milligram at bedtime"), C("doxazosin one milligram any dizziness"))
    assert got["doxazosin"]["status"] == "started"
    # a new box of the same tablets is no new drug
    got = meds(C("Anything new?"), P("The new bottle of the sertraline came, same fifty."))
    assert got["sertraline"]["status"] != "started"


def test_a_yes_to_a_question_about_it_gives_the_drug_named_in_the_yes_that_status() -> None:
    got = meds(C("Let's talk about the medicine. Dr. Abara changed it?"),
               O("Yes, the Vyvanse. Before it was trente, thirty. Now quarante milligrammes. Forty. Every morning."))
    assert got["lisdexamfetamine"]["status"] == "changed" and got["lisdexamfetamine"]["dose"] == "40 mg"
    got = meds(C("Is it still the same?"), P("Yes, the Vyvanse, thirty every morning."))
    assert got["lisdexamfetamine"]["status"] == "current"


def test_a_dose_made_higher_or_made_up_by_the_doctor_is_changed_and_a_pidgin_stop_is_stopped() -> None:
    got = meds(C("You saw Dr. Sandoval?"), P("Yes. She made the mirtazapine higher. Before it was the fifteen. Now thirty."))
    assert got["mirtazapine"]["status"] == "changed"
    got = meds(C("is the dose change happening"), P("yes the clomipramine doctor kulkarni make it up now it is seventy five"))
    assert got["clomipramine"]["status"] == "changed"
    got = meds(C("And the quetiapine?"), P("Ah, the Seroquel. I don stop am since two weeks. E dey make me fat."))
    assert got["quetiapine"]["status"] == "stopped"


def test_the_blind47_medication_rules_stop_at_their_edges() -> None:
    # given in a year long gone and taken still
    got = meds(C("What are you taking?"), P("In ninety-eight they put me on lithium. Nine hundred at night, all these years."))
    assert got["lithium"]["dose"] == "900 mg"
    got = meds(C("what medicine you take"), P("in twenty twenty two the doctor give me sertraline. fifty. every morning i take."))
    assert "sertraline" in got
    # "Not mine" of other pills, after the client's own
    got = meds(C("What are you taking now?"), P("I take the quetiapine, a hundred at night. The other pills in the drawer. Not mine."))
    assert got["quetiapine"]["dose"] == "100 mg"
    # an age or a count is no dose
    assert meds(C("How's the sertraline?"), P("I'm fifty, I've tried everything, this one is okay."))["sertraline"]["dose"] is None
    assert meds(C("Are you still taking the buspirone?"), P("Yes. I had maybe fifteen panic attacks this month though."))[
        "buspirone"]["dose"] is None
    # "he made that up" is a lie, not a change
    got = meds(C("Is the lithium still the same?"), P("Yes the same, nine hundred. My brother said the doctor cut it, he made that up."))
    assert got["lithium"]["status"] != "changed"
    # a child called the little one keeps her medicine
    assert "melatonin" not in meds(C("How's home?"), P("The little one at night, the melatonin gummies, she finally sleeps through."))
    # fifty fifty morning and night is a split, and a relative's "mine to manage" is no claim to the drug
    assert meds(C("How do you take the quetiapine?"), P("fifty fifty, morning and night."))["quetiapine"]["dose"] == "100 mg"
    got = meds(C("Who manages his medicines?"),
               O("I give him all of it every morning before school and again at night, the sertraline is mine to manage, he forgets."))
    assert "sertraline" in got


def test_the_clinician_saying_back_the_number_told_gives_the_dose() -> None:
    m = meds(C("Are you still on the levomilnacipran?"),
             P("Yes. I checked because the box looked different, it says eighty. One in the morning, same as before."),
             C("Eighty, unchanged. And the propranolol?"), P("Only on the days I have to present. It stops the shaking."))
    assert m["levomilnacipran"]["dose"] == "80 mg"


def test_an_amount_with_its_unit_said_back_after_a_relative_answers() -> None:
    m = meds(C("How's the medication going?"), O("He takes the Concerta every morning before school. I watch him."),
             P("She actually watches me swallow it."), O("The pharmacy gave us a different colour this month. Thirty-six."),
             C("Okay, thirty-six milligrams, same dose. Any problems with appetite?"))
    assert m["methylphenidate"]["dose"] == "36 mg"


def test_a_number_said_back_about_something_else_is_not_the_dose() -> None:
    m = meds(C("Are you still taking the sertraline?"), P("Yes, every morning."),
             C("And how many hours are you sleeping?"), P("About ten, some nights eleven."), C("Ten, that's a lot more than before."))
    assert m["sertraline"]["dose"] is None
    m = meds(C("Are you still taking the bupropion?"), P("Yes, every morning with coffee."),
             C("From zero to ten, how has your mood been?"), P("Six."), C("Six, okay. Better than last month."))
    assert m["bupropion"]["dose"] is None


def test_whole_and_part_tablets_of_a_strength_said_of_the_tablet_are_summed() -> None:
    m = own_meds(P("The fluvoxamine. The tablet is one hundred. In the morning I take half, at night one and a half."))
    assert m["fluvoxamine"]["dose"] == "200 mg"
    m = own_meds(P("For the atenolol the tablet is fifty. In the morning I take half, at night one."))
    assert m["atenolol"]["dose"] == "75 mg"


def test_a_drug_named_by_what_it_is_for_then_by_name_keeps_its_strength() -> None:
    m = own_meds(C("Anything else you take?"), P("The allergy one. Cetirizine. The ten. At night, for the hay fever."))
    assert m["cetirizine"]["dose"] == "10 mg"


def test_an_amount_said_back_stops_at_its_edges() -> None:
    # a guess put as a question and answered with another amount is the client's amount
    m = own_meds(C("Are you still taking the methadone?"), P("Yes."), C("Sixty milligrams, same as before?"),
                 P("I think it's ninety now."))
    assert m["methadone"]["dose"] != "60 mg"
    # a remark about the drug, no number told
    m = own_meds(C("Are you still on the sertraline?"), P("Yes."),
                 C("Good. Two hundred milligrams, that's the maximum, so we can't go higher."))
    assert m["sertraline"]["dose"] is None
    # the number of another drug, asked about without its name
    m = own_meds(C("Are you still on the sertraline?"), P("Yes."), C("And you take something else for sleep, how much?"),
                 P("Ten milligrams at night, the little blue one."), C("Ten milligrams, at night, okay."))
    assert m["sertraline"]["dose"] is None
    # parts of a tablet whose strength is never said
    m = own_meds(P("For the quetiapine, the tablet is one of the small white ones. In the morning I take half, at night one."))
    assert m["quetiapine"]["dose"] is None
    # a number of another drug named by what it is for, later in the turn
    m = own_meds(C("And the amlodipine?"), P("The heart one, amlodipine, I take it, and my sleeping stuff is ten."))
    assert m["amlodipine"]["dose"] is None
