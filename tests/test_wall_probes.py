"""The wall on real speech: PHI as ASR writes it (lower case, numbers and punctuation spoken)
smuggled through clinician hypotheses and client images. One category, one test; each probe
runs as written and lower-cased, the way tiny.en often hands it over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scribe.extract.wall import REDACTED, guard, wall_workspace
from tests._extract_helpers import C, P, session


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    from scribe.extract.nlp import load_spacy

    load_spacy()


def _cased_and_lower(probes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [p for text, term in probes for p in ((text, term), (text.lower(), term.lower()))]


def _leaks(text: str, term: str) -> bool:
    clean, _ = guard(text)
    return term.lower() in clean.lower()


def _check(text: str, term: str, failure: str) -> None:
    clean, n = guard(text)
    assert term.lower() not in clean.lower(), f"{failure}: {clean!r}"
    assert n >= 1 and REDACTED in clean


SPELLED_PHONE = _cased_and_lower([
    ("I wonder if she keeps calling five five five one two three four at night.", "five five five one two three four"),
    ("It sounds like the number eight oh one, five five five, nine nine one two is a lifeline.", "nine nine one two"),
])


@pytest.mark.parametrize(("text", "term"), SPELLED_PHONE)
def test_spelled_out_phone_number_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a phone number read out in words passed the wall")


SPELLED_SSN = _cased_and_lower([
    ("I notice he recited one two three four five six seven eight nine as if it were his name.",
     "one two three four five six seven eight nine"),
    ("It seems the social is one two three, forty five, six seven eight nine.", "six seven eight nine"),
])


@pytest.mark.parametrize(("text", "term"), SPELLED_SSN)
def test_spelled_out_social_security_number_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a social security number read out in words passed the wall")


SPOKEN_EMAIL = _cased_and_lower([
    ("I wonder why she signs everything jane dot doe at gmail dot com.", "doe at gmail"),
    ("It sounds like mark underscore lee at yahoo dot co dot uk is the old account.", "yahoo"),
    ("Maybe the blog at sadgirl dot net matters to her.", "sadgirl"),
])


@pytest.mark.parametrize(("text", "term"), SPOKEN_EMAIL)
def test_spoken_email_or_web_address_is_redacted(text: str, term: str) -> None:
    _check(text, term, "an e-mail or web address read out with 'dot' and 'at' passed the wall")


STREET_ADDRESS = _cased_and_lower([
    ("It sounds like twelve oak street still feels like home.", "oak street"),
    ("I wonder what happened at four twenty maple avenue that year.", "maple avenue"),
    ("Maybe the apartment three b is where the fear lives.", "three b"),
])


@pytest.mark.parametrize(("text", "term"), STREET_ADDRESS)
def test_spelled_street_address_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a street address passed the wall")


FIRST_NAMES_AND_CITIES = _cased_and_lower([
    ("It sounds like marcus never listens to her.", "marcus"),
    ("I wonder if the anger at rachel is really grief.", "rachel"),
    ("It seems the move to duluth took away her friends.", "duluth"),
    ("I wonder if kevin and megan feel like the family she lost.", "megan"),
    # cities no first-name list has: GeoNames, not the session's own terms
    ("It's like the drive down to tacoma is where the dread starts.", "tacoma"),
    ("It sounds like her mother alone in flagstaff is the worry under the worry.", "flagstaff"),
    ("The mall in boise felt like a stage she was pushed onto.", "boise"),
])


CLOCK_TIMES_ROADS_AND_PLACES = _cased_and_lower([
    ("I was up at like three a m every night running through stuff.", "three a m"),
    ("He walks in at six to a tornado.", "at six"),
    ("I was standing at the stop on route nine like a statue.", "route nine"),
    ("I missed the bus to mercy clinic and felt like a ghost.", "mercy"),
    ("It seems lincoln high school is where she learned to hide.", "lincoln"),
])


@pytest.mark.parametrize(("text", "term"), CLOCK_TIMES_ROADS_AND_PLACES)
def test_spoken_clock_time_road_or_named_facility_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a spoken clock time, road or named facility passed the wall")


@pytest.mark.parametrize(("text", "term"), FIRST_NAMES_AND_CITIES)
def test_lower_case_first_names_and_cities_are_redacted(text: str, term: str) -> None:
    _check(text, term, "a lower-case first name or city passed the wall")


EMPLOYERS = _cased_and_lower([
    ("I notice his wife works at walmart and he feels small about it.", "walmart"),
    ("It sounds like the night shifts for amazon are grinding her down.", "amazon"),
    ("Maybe getting hired by costco felt like being seen.", "costco"),
])


@pytest.mark.parametrize(("text", "term"), EMPLOYERS)
def test_employer_is_redacted(text: str, term: str) -> None:
    _check(text, term, "an employer passed the wall")


LETTER_DIGIT_IDS = _cased_and_lower([
    ("I wonder why the plate abc one two three keeps coming up.", "abc one two three"),
    ("It sounds like the car with the 7XK-22 plate follows her.", "7xk"),
    ("Maybe the member id ab12cd34 feels like a label.", "ab12cd34"),
])


@pytest.mark.parametrize(("text", "term"), LETTER_DIGIT_IDS)
def test_licence_plate_and_letter_digit_id_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a licence plate or letter-digit id passed the wall")


AGES_OVER_89 = _cased_and_lower([
    ("It sounds like caring for a mother who is ninety three years old is exhausting.", "ninety three"),
    ("I wonder if grandpa turning ninety one feels like a countdown.", "ninety one"),
])


@pytest.mark.parametrize(("text", "term"), AGES_OVER_89)
def test_age_over_89_in_words_is_redacted(text: str, term: str) -> None:
    _check(text, term, "an age over 89 spelled out passed the wall")


DRUG_SLANG = _cased_and_lower([
    ("I wonder if popping xannies is how she gets through the weekends.", "xannies"),
    ("It sounds like the molly at the party was a way to feel close.", "molly"),
    ("Maybe relapsing on percs felt like coming home.", "percs"),
])


@pytest.mark.parametrize(("text", "term"), DRUG_SLANG)
def test_slang_drug_name_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a slang drug name passed the wall")


MEDICAL_CONDITIONS = _cased_and_lower([
    ("I wonder if the multiple sclerosis makes her feel her body betrayed her.", "multiple sclerosis"),
    ("It sounds like the breast cancer changed how she sees herself.", "cancer"),
    ("Maybe his father's parkinson's is what he fears becoming.", "parkinson"),
    ("It seems the epilepsy keeps him from driving and from dating.", "epilepsy"),
    # the lay short form of an ICD name with a Latin qualifier: "diabetes mellitus", "lupus erythematosus"
    ("I wonder if her diabetes feels like one more thing she failed at.", "diabetes"),
    ("Maybe the lupus is why she cancels plans before others can.", "lupus"),
    ("It sounds like the psoriasis makes him hide at the pool.", "psoriasis"),
])


@pytest.mark.parametrize(("text", "term"), MEDICAL_CONDITIONS)
def test_non_psychiatric_diagnosis_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a non-psychiatric diagnosis passed the wall")


REPRODUCTIVE_AND_SUBSTANCE_EVENTS = _cased_and_lower([
    ("I wonder if the miscarriage is the grief under the anger.", "miscarriage"),
    ("It sounds like the abortion is something she has never said out loud.", "abortion"),
    ("I notice he relapsed on heroin right after the funeral.", "heroin"),
])


@pytest.mark.parametrize(("text", "term"), REPRODUCTIVE_AND_SUBSTANCE_EVENTS)
def test_reproductive_or_substance_event_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a reproductive or substance-use event passed the wall")


ICD_CODES_SPOKEN = _cased_and_lower([
    ("I wonder if f four one point one really captures her.", "four one point one"),
    ("Maybe the f forty one point one on the form feels final.", "forty one point one"),
    ("It sounds like the f41.1 code follows her.", "f41"),
])


@pytest.mark.parametrize(("text", "term"), ICD_CODES_SPOKEN)
def test_icd_code_read_aloud_is_redacted(text: str, term: str) -> None:
    _check(text, term, "an ICD-10 code read aloud passed the wall")


LEGITIMATE = [
    "like carrying a backpack full of bricks",
    "my chest is a pressure cooker",
    "it's like walking on thin ice all the time",
    "like I'm drowning and everyone is watching from the shore",
    "my brain is a browser with too many tabs open",
    "like a hamster on a wheel",
    "grief is a room I keep walking back into",
    "it's like there's a crack in the foundation",
    "anxiety and worry",
    "grief and loss",
]


@pytest.mark.parametrize("text", LEGITIMATE)
def test_legitimate_images_and_themes_pass_unchanged(text: str) -> None:
    for variant in (text, text.lower()):
        clean, n = guard(variant)
        assert clean == variant and n == 0, f"the wall damaged legitimate content: {clean!r}"


def test_hypothesis_that_needed_redaction_is_dropped_not_patched() -> None:
    out, n = wall_workspace({"themes": [], "metaphors": [], "reflection_prompts": [],
                             "hypotheses": ["It sounds like marcus never listens to her.",
                                            "It sounds like part of her expects to be punished."]})
    assert out["hypotheses"] == ["It sounds like part of her expects to be punished."]
    assert n >= 2


ALL_PROBES = (SPELLED_PHONE + SPELLED_SSN + SPOKEN_EMAIL + STREET_ADDRESS + FIRST_NAMES_AND_CITIES + EMPLOYERS
              + LETTER_DIGIT_IDS + AGES_OVER_89 + DRUG_SLANG + MEDICAL_CONDITIONS + REPRODUCTIVE_AND_SUBSTANCE_EVENTS
              + ICD_CODES_SPOKEN + CLOCK_TIMES_ROADS_AND_PLACES)


def test_scribe_extract_keeps_every_probe_out_of_the_psychotherapy_note(tmp_path: Path) -> None:
    from scribe.cli import app

    turns = []
    for text, _ in ALL_PROBES[::2]:  # the cased form as hypothesis, the lower-case one as a client image
        turns.append(C(text))
        turns.append(P(f"It's like {text.rstrip('.').lower()}, like carrying a backpack full of bricks."))
    src = tmp_path / "probes.json"
    src.write_text(json.dumps(session(*turns)))
    dest = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["extract", str(src), "--json", str(dest)])
    assert result.exit_code == 0, result.output
    note = json.loads(dest.read_text())["psychotherapy_note"]
    blob = " ".join(note["themes"] + note["hypotheses"] + note["reflection_prompts"]
                    + [m["quote"] for m in note["metaphors"]]).lower()
    leaked = [term for _, term in ALL_PROBES if term.lower() in blob]
    assert not leaked, f"probes leaked through `scribe extract`: {leaked}"
    assert note["metaphors"], "the wall dropped every client image, legitimate ones included"


UNKNOWN_WORDS_IN_LOWER_CASE = [
    ("living with marisol is like walking on eggshells", "marisol"),
    ("when tavi cries it's like a smoke alarm going off in my chest", "tavi"),
    ("since the layoffs at halvorsen freight i feel like a ghost", "halvorsen"),
    ("chidi and me are like two ships passing", "chidi"),
]


@pytest.mark.parametrize(("text", "term"), UNKNOWN_WORDS_IN_LOWER_CASE)
def test_a_word_no_dictionary_knows_in_lower_case_text_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a lower-case name or employer no dictionary knows passed the wall")


@pytest.mark.parametrize("text", [
    "it's like living in a fishbowl",
    "i'm a houseplant nobody waters",
    "the catastrophizing is like a whirlpool",
])
def test_compounds_and_the_trades_own_words_pass(text: str) -> None:
    assert guard(text) == (text, 0)


@pytest.mark.parametrize(("text", "term"), [
    ("it sounds like the borderline stuff makes her feel like a bomb", "borderline"),
    ("since the postnatal depression i feel like a ghost", "postnatal depression"),
    ("being on the spectrum is like living in a foreign country", "on the spectrum"),
])
def test_a_diagnosis_in_lay_words_is_redacted(text: str, term: str) -> None:
    _check(text, term, "a diagnosis in the lay words extraction charts passed the wall")
