"""The PHI wall in front of the psychotherapy-note workspace.

``guard(text)`` returns the text with every name, place, school, employer,
date, clock time, medication, dose, diagnosis and ICD-10 code replaced by
``[redacted]``, and how many spans it replaced. It fails closed: if anything
goes wrong (model missing, vocabulary missing, internal error) it raises
``WallError`` and returns nothing.

Real ASR text is lower case and spells numbers out, so capitals and digits are
not enough: spoken identifiers come from ``scribe.extract.spoken``, conditions,
substances, drugs and names from maintained vocabularies in
``scribe.extract.vocab`` (ICD-10-CM, the drug NER package, Faker's US names),
and a hypothesis that needed any redaction is dropped, not patched.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scribe.errors import WallError
from scribe.extract import vocab
from scribe.extract.diagnoses import LAY_DIAGNOSES
from scribe.extract.lexicons import (
    DIAGNOSES,
    DRUG_NER_STOPWORDS,
    ICD10_RE,
    ICD_ORDINARY,
    MED_SURFACE,
    RELATIONS,
    THEMES,
    WALL_SUBSTANCES,
)
from scribe.extract.spoken import employer_names, spoken_phi_spans
from scribe.extract.text import DOSE_RE

logger = logging.getLogger("scribe")

REDACTED = "[redacted]"
_NER_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "EVENT", "QUANTITY"})
_WEEKDAYS = r"mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun"
# a weekday is said whole; "sat", "sun", "wed" alone are words ("we sat in the waiting room", "like the sun")
_WEEKDAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?-i:\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)",
                         re.IGNORECASE)
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # dates
    re.compile(r"\b\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\b"),
    _WEEKDAY_RE,
    re.compile(rf"\b(?:{_MONTHS})\.?\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?", re.IGNORECASE),
    re.compile(r"\b(?:19|20)\d{2}\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE),
    # clock times
    re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?!\w)", re.IGNORECASE),
    re.compile(r"\b\d{1,2}:\d{2}\b"),
    re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
               r"(?:[- ](?:fifteen|thirty|forty[- ]five|o'clock)|\s*(?:a\.?m\.?|p\.?m\.?))\b", re.IGNORECASE),
    re.compile(r"\b(?:noon|midnight)\b", re.IGNORECASE),
    # doses, ICD-10 codes
    DOSE_RE,
    ICD10_RE,
    # contact details
    re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE),
    # any remaining digits (ages, addresses, phone numbers)
    re.compile(r"\b\d[\d,.]*\b"),
)
# "the twelfth", "the twenty first": a day of the month, unless it counts a noun ("the first drink")
_ORDINAL_DATE = re.compile(
    r"\bthe\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|twenty[- ]\w+|thirtieth|thirty[- ]first)\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(rf"(?:{_MONTHS})\.?", re.IGNORECASE)


def _ordinal_date_spans(text: str, doc: Any) -> list[tuple[int, int]]:
    spans = []
    for m in _ORDINAL_DATE.finditer(text):
        last = next((t for t in doc if t.idx < m.end() <= t.idx + len(t.text)), None)
        head = last.head if last is not None else None
        counts_a_noun = (
            head is not None and last is not None and last.dep_ == "amod" and head.i == last.i + 1
            and head.pos_ == "NOUN" and not _MONTH_WORD.fullmatch(head.text)
        )
        if not counts_a_noun:
            spans.append((m.start(), m.end()))
    return spans


_MED_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(s) for s in MED_SURFACE), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# the lexicon's clinical names and the lay wordings extraction charts ("the borderline stuff")
_DX_RES = tuple(re.compile(p, re.IGNORECASE) for d in DIAGNOSES + LAY_DIAGNOSES for p in d.patterns)
# what makes a DATE/TIME entity identifying: digits, number words, months, weekdays, ordinals,
# clock words, holidays or proper-noun capitals; generic spans ("all day") are harmless
_SPECIFIC_TIME = re.compile(
    rf"\d|\b(?:{_MONTHS}|(?:{_WEEKDAYS})(?:day)?s?|noon|midnight|o'clock|[ap]\.?m\b|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|half|quarter|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|"
    r"thirtieth|christmas|easter|thanksgiving|hanukkah|ramadan|diwali|halloween|new year|passover|eid|"
    r"birthday|anniversary|graduation)\b",
    re.IGNORECASE,
)
# how long, not when: "for twelve years", "two days", "the last two years"; a span of time pins no date unless it
# is counted back from one ("three weeks ago", "two days before the wedding") or is an age ("ninety years old")
_DURATION = re.compile(
    r"^(?:the\s+)?(?:(?:last|past|next|first|other)\s+)?(?:about\s+|almost\s+|nearly\s+|over\s+|like\s+|maybe\s+)?"
    r"(?:a|an|a few|a couple(?:\s+of)?|several|\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]?)+)\s*"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|nights?|decades?|seconds?)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_COUNTED_FROM = re.compile(r"\b(?:ago|old|before|after|since|until|till|from|on|in|at|by|later|earlier|back)\b",
                           re.IGNORECASE)


def _duration(text: str) -> bool:
    m = _DURATION.match(text.strip())
    if m is None:
        return False
    return not _COUNTED_FROM.search(m.group("rest")) and not _specific_time(m.group("rest"))


_GENERIC_CAPS = frozenset("the this that last next every all each these those a an some one our my "
                          # the parts of a day at a sentence's head: "Morning like dead fish"
                          "morning mornings evening evenings afternoon afternoons night nights today tonight tomorrow "
                          "yesterday".split())


def _specific_time(text: str) -> bool:
    if _SPECIFIC_TIME.search(text):
        return True
    return any(w[:1].isupper() and w.lower() not in _GENERIC_CAPS for w in text.split())
_CAPS_OK = frozenset({"I", "I'm", "I've", "I'd", "I'll", "OK", "Okay", "[redacted]"})
# an acronym as common as an everyday word ("TV" 5.2, "OK" 5.1) is the word; firms and schools
# ("IBM" 3.9, "UCLA" 3.8) are rarer, and the NER model tags them on its own
_EVERYDAY_ACRONYM_ZIPF = 5.0


def _everyday_acronym(word: str) -> bool:
    from wordfreq import zipf_frequency

    return word.isupper() and 2 <= len(word) <= 4 and zipf_frequency(word.lower(), "en") >= _EVERYDAY_ACRONYM_ZIPF


def _load() -> Any:
    from scribe.extract.nlp import _drug_finder, load_spacy

    _drug_finder()
    _terms()
    return load_spacy()


_THEME_CUES = tuple(re.compile(p) for pats in THEMES.values() for p in pats)
_MAX_TERM_TOKENS = 5  # "parkinson's disease" is 3 spaCy tokens, "pre-eclampsia" 3


@dataclass(frozen=True)
class _Terms:
    phrases: frozenset[str]  # conditions, substances, drugs: redacted wherever they occur
    names: frozenset[str]  # given names, surnames, US states: redacted when tagged as a noun


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    """The wall's vocabulary, built once per process from the packages in ``vocab``."""

    def ordinary_in_session(term: str) -> bool:
        # theme cues ("anxiety", "insomnia", "trauma") are the workspace's own vocabulary
        return term in ICD_ORDINARY or any(rx.fullmatch(term) for rx in _THEME_CUES)

    ordinary = vocab.ordinary_words()

    def short_and_ordinary(term: str) -> bool:
        # "pain", "mole", "pots" are words; "hiv", "ptsd", "copd" are not
        return len(term) < 5 and (term in ordinary or term[:-1] in ordinary)

    conditions = {
        t for t in vocab.condition_terms() | vocab.lay_condition_words()
        if (" " in t or not short_and_ordinary(t)) and not ordinary_in_session(t)
    }
    drugs = {
        d for d in vocab.drug_terms() | vocab.substance_terms()
        if len(d) >= 5 and d not in DRUG_NER_STOPWORDS and re.fullmatch(r"[a-z][a-z' -]*[a-z]", d)
    }
    # "waters", "banks", "woods": a plural of an ordinary word is a word first ("nobody waters")
    names = {n for n in vocab.given_names() | vocab.surnames()
             if n not in ordinary and len(n) >= 3 and not (n.endswith("s") and n[:-1] in ordinary)}
    names |= {s.lower() for s in vocab.us_states()}
    names |= vocab.city_names()
    # and countries, nations and provinces, which lower-case speech leaves no capital to find: "the field in wales"
    names |= vocab.region_names()
    return _Terms(frozenset(conditions | drugs | WALL_SUBSTANCES), frozenset(names))


# compounds and modifiers that belong to a condition: "breast cancer", "stage four lymphoma"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss"})
# verbs whose object is a substance: "popping xannies", "relapsed on percs", "high on molly"
_USE_VERBS = frozenset("pop snort smoke shoot inject score cop sell deal buy".split())
_USE_ON = frozenset("relapse high hook hooked addict addicted binge overdose od detox withdraw".split())


def _vocabulary_spans(doc: Any) -> list[tuple[int, int]]:
    terms = _terms()
    text = doc.text
    spans: list[tuple[int, int]] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        for j in range(min(n, i + _MAX_TERM_TOKENS), i, -1):
            last = doc[j - 1]
            surface = text[tok.idx:last.idx + len(last.text)].lower()
            if surface in terms.phrases or (j == i + 1 and tok.lemma_.lower() in terms.phrases):
                start = tok.idx
                for left in reversed(list(doc[max(0, i - 3):i])):
                    if left.dep_ in _MODIFIER_DEPS and left.head.i >= i and not left.is_stop:
                        start = left.idx
                    else:
                        break
                spans.append((start, last.idx + len(last.text)))
                break
        low = tok.text.lower()
        if (
            low in terms.names
            and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")
            and not tok.is_stop
        ):
            spans.append((tok.idx, tok.idx + len(tok.text)))
        if tok.pos_ in ("NOUN", "PROPN") and not tok.is_stop:
            head = tok.head
            before = doc[i - 1].lemma_.lower() if i and doc[i - 1].pos_ == "VERB" else ""
            # a compound names a thing, not a drug: "popping bubble wrap", "a smoke alarm"
            compound = tok.dep_ == "compound" or any(c.dep_ == "compound" for c in tok.children)
            if not compound and ((tok.dep_ == "dobj" and head.lemma_.lower() in _USE_VERBS) or before in _USE_VERBS):
                spans.append((tok.idx, tok.idx + len(tok.text)))
            elif tok.dep_ == "pobj" and head.lower_ in ("on", "off", "to") and head.head.lemma_.lower() in _USE_ON:
                spans.append((tok.idx, tok.idx + len(tok.text)))
    return spans


# Words of the workspace's own trade that no dictionary of 1934 or everyday frequency list knows.
_PSYCH_WORDS = frozenset(
    "catastrophizing catastrophising doomscrolling gaslighting gaslit hypervigilant hypervigilance dissociating "
    "dissociation ruminating rumination overthinking overthink overthinker overthought people-pleasing "
    "people-pleaser mindfulness selfcare self-care self-worth self-talk ghosted ghosting burnout meltdown "
    "spiraling spiralling spiral spirals triggered triggering trauma traumas traumatized codependent "
    "codependency enmeshed enmeshment avoidant perfectionism perfectionist workaholic "
    # compounds with a town's ending that are words, not towns (wordfreq's top 300,000, Zipf 2.3-3)
    "minefield minefields oilfield coalfield rearview stormwater teleport spaceport wildland "
    "tomorrowland".split()
)
# The everyday words of Englishes other than the standard, which a lower-case tagger takes for names ("mi feel like
# a pickney", "och aye", "the weans"): Jamaican and Nigerian pronouns, particles and nouns, Scots negatives, Irish
# and Singapore-Malaysian words. None is a given name or surname in the wall's name lists ("inna", "una" are), and
# words that are common surnames or given names elsewhere stay out however often a dialect says them (Ting, Lor,
# Dey, Ye, Di, Wah, Malu): a name left in the workspace costs more than a dialect word redacted.
_ENGLISHES_WORDS = frozenset(
    "mi yuh unu dem fi pon nuh cyaan haffi seh mek wid dat dis deh gwaan weh likkle pickney bwoy gyal "
    "wetin abeg oga wahala pikin comot sabi sef "
    "och aye wi nae cannae didnae wasnae dinnae isnae wouldnae couldnae wee bairn bairns wean weans yous youse "
    "eejit craic lah leh aiyo aiyah alamak yaar accha arre eish lekker innit "
    # Scots and northern English ("ma heid's like a telly", "a kettle that never clicks aff", "oot", "masel")
    "heid aff oot aboot masel guid yersel mair greetin dinna wouldna couldna glaikit drookit dreich oor intae ontae "
    "wance een owt mithered ginnel yinz".split()
)
_COMPOUND_PART_ZIPF = 3.0
_UNKNOWN_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]{2,}(?![\w'-])")


@lru_cache(maxsize=8192)
def _is_unknown_word(word: str, *, common_zipf: float = 3.0, run_together: bool = True) -> bool:
    """Neither in Webster's nor common in everyday English (Zipf ``common_zipf``) nor, with ``run_together``,
    two ordinary words run together ("fishbowl", "houseplant"): in a lower-case transcript, most often a name
    ("tavi", "halvorsen")."""
    from wordfreq import zipf_frequency

    ordinary = vocab.ordinary_words()
    w = word.strip("'-")
    stem = re.sub(r"('s|s'|')$", "", w)
    if w in _PSYCH_WORDS or stem in _PSYCH_WORDS or w in _ENGLISHES_WORDS or "-" in w:
        return False
    if word.endswith("in'") and (w + "g") in ordinary:
        return False  # a dropped g said with its apostrophe: "mornin'", "standin'" (no name ends so)
    for form in {w, stem, re.sub(r"(s|es|ed|ing|ly|er|est)$", "", stem)}:
        if form in ordinary or zipf_frequency(form, "en") >= common_zipf:
            return False
    # a plural of a dictionary word whose "es" is its "e" and an "s": "gravestones"; a name with an "s" ("saint
    # lukes", "the boyles", "the gillespies") stays unknown, even where the dictionary holds the name ("luke")
    if stem.endswith("es") and stem[:-1] in ordinary and stem[:-1] not in _all_names():
        return False
    if not run_together:
        return True
    # "fishbowl" is two words run together; "millbrook", "lakeview" are towns built the same way
    # both parts must be words people use: "ruthie" is not "rut" + "hie" (Zipf 1.9)
    return not any(stem[:k] in ordinary and stem[k:] in ordinary and not _PLACE_SUFFIX.fullmatch(stem[k:])
                   and min(zipf_frequency(stem[:k], "en"), zipf_frequency(stem[k:], "en")) >= _COMPOUND_PART_ZIPF
                   for k in range(3, len(stem) - 2))


# what opens a sentence (or a quote inside one): the capital after it is no name
_OPENS = re.compile(r"(?:^|[.!?:;\"“‘(—–-]\s*|\s-\s)$")


# the strict gate's bars: a listed name commoner than this as a word ("ray" 4.7, "hope" 5.4) may be the word; a word
# no dictionary has is taken as a word only this common ("kev" 3.25 is not)
_NAME_AS_WORD_ZIPF = 4.0
_UNLISTED_WORD_ZIPF = 3.5
_HOUR = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# a clock time, a date or a day said in words: "three in the morning", "at two", "the twelfth", "noon", "Tuesday"
_SAID_WHEN = re.compile(
    rf"\b(?:noon|midnight|o'clock|a\.m\.|p\.m\."
    rf"|(?:at|by|till|until|around|since|past|from|after|before)\s+(?:(?:{_HOUR})|half|quarter)|half\s+(?:{_HOUR})"
    rf"|(?:{_HOUR})[\s-]+(?:in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night|thirty|fifteen|forty[\s-]five"
    r"|o'clock|[ap]\.?\s?m\b)"
    r"|the\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth"
    r"|twenty[\s-]\w+)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|january|february|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Cities (GeoNames), US states and the regions and countries of ``vocab.region_names``, lower case: what
    ``may_name_someone`` reads a sentence's words against."""
    return vocab.city_names() | frozenset(p.lower() for p in vocab.us_states()) | vocab.region_names()


def may_name_someone(text: str) -> bool:
    """Stricter than the wall: whether a whole sentence, quoted only because a model read it as an image, holds a
    word that could name a person, a place or an employer: a digit or a time said in words; a capital that does
    not open a sentence (I and its forms aside); a letter outside English's alphabet ("tomás"); a city or state
    ("new south wales" aside, GeoNames' and Faker's); a listed name no dictionary has or rarer as a word than
    "ray" ("marcus", "jenna"; "Raj" opening a sentence too); a word neither in Webster's nor common in everyday
    English, with no allowance for two words run together ("ledbetter" is "led" and "better"). Such a sentence
    is left out, not patched."""
    from wordfreq import zipf_frequency

    if re.search(r"\d", text) or _SAID_WHEN.search(text):
        return True
    ordinary = vocab.ordinary_words()
    names = _all_names()
    places = _places()
    words = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", text)]
    lowered = [m.group(0).replace("’", "'").lower().strip("'-") for m in words]
    for n in (1, 2, 3):
        if any(" ".join(lowered[k:k + n]) in places for k in range(len(lowered) - n + 1)):
            return True
    for m, w in zip(words, lowered, strict=True):
        word = m.group(0)
        if not word.isascii():
            return True
        opens = _OPENS.search(text[:m.start()]) is not None
        if word[0].isupper() and word.replace("’", "'") not in _CAPS_OK and not opens:
            return True
        stem = re.sub(r"('s|s'|')$", "", w)
        if len(stem) < 3 or w in _PSYCH_WORDS or stem in _PSYCH_WORDS or w in _ENGLISHES_WORDS:
            continue
        if (w in names or stem in names) and (stem not in ordinary or zipf_frequency(stem, "en") < _NAME_AS_WORD_ZIPF):
            return True  # "marcus", "jenna", "dale": a listed name no dictionary has, or rarer than "ray" or "hope"
        # the wall's own dictionary check, stricter: "kev" (3.25) is no word however often the web says it, and
        # "ledbetter" is no "led" and "better"; a hyphenated word is known when one of its parts is
        parts = [x for x in w.split("-") if x] if "-" in w else [word.replace("’", "'").lower()]
        if all(_is_unknown_word(x, common_zipf=_UNLISTED_WORD_ZIPF, run_together=False) for x in parts):
            return True
    return False


# a capital that does not open a sentence: the text kept its casing, so its names have their capitals
_CASED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]")


def _unknown_word_spans(text: str) -> list[tuple[int, int]]:
    """Lower-case words no dictionary knows, in a string that is otherwise lower case (ASR text,
    where names lost their capitals); cased text has its names tagged by the model already."""
    if _CASED.search(text):
        return []
    return [(m.start(), m.end()) for m in _UNKNOWN_WORD.finditer(text) if _is_unknown_word(m.group(0))]


# ---- names and places said in context: lower-case speech leaves the words around a name as the only clue

# a word after these is a person's name: "doctor okafor", "ms whitfield", "coach ramirez", "nana bea"
_TITLES = frozenset(
    "mr mrs ms miss mister missus dr doctor professor prof coach pastor reverend rev rabbi imam deacon officer "
    "sergeant sgt detective judge nurse aunt auntie uncle nana granny grandma grandpa meemaw pawpaw".split()
)
_PETS = frozenset("dog dogs cat cats puppy pup kitten kitty horse pony bird parrot hamster bunny rabbit "
                  "ferret lizard turtle gecko snake".split())
# what follows a pet noun without being its name: "the dog park", "cat food"
_PET_COMPOUNDS = frozenset(
    "park food bed beds walker walkers sitter door house hair fur bowl leash collar treat treats toy toys crate "
    "breed show owner owners person people lover lovers years days fight fights bite bites tag tags trainer "
    "training groomer shelter pound kennel poop litter box tree nap naps hospital clinic vet meds medicine pills "
    "insurance carrier cage flap life lady guy mom dad friend friends stuff thing things".split()
)
_GREETINGS = frozenset("hi hey hello bye goodbye thanks morning afternoon evening night welcome yo".split())
# what follows a greeting without being a name
_NOT_ADDRESSEE = frozenset(
    "there guys everyone everybody all man dude bro honey babe baby buddy sweetie girl again doc folks you y'all "
    "for so um uh yeah okay ok".split()
)
_POSSESSIVES = frozenset("my our his her their your the a".split())
# a pet's name follows only a pet someone has: "my dog biscuit", not "a hamster wheel"
_OWNERS = frozenset("my our his her their your".split())
_NAMING = frozenset("named called nicknamed".split())
# the name in front of these is a business's: "the blue heron diner", "o'malley's pub", "sterling logistics"
_VENUE_HEADS = frozenset(
    "pub tavern tap taproom saloon lounge grill diner cafe café bistro brewery brewing bakery deli pizzeria "
    "steakhouse roadhouse cantina".split()
)
# a trade word after any name is a firm: "sterling logistics", "halvorsen roofing", "first liberty savings"
_TRADE_HEADS = frozenset("roofing plumbing logistics trucking freight motors realty excavating landscaping "
                         "electric paving masonry "
                         # "i count money all day at the window at first liberty savings"
                         "savings holdings industries orthodontics lumber".split())
# money put by, not a bank: "our life savings", "my retirement savings"
_SAVINGS_KINDS = frozenset("life retirement pension college personal family joint emergency whole entire own".split())
_GENERIC_VENUE = frozenset(
    "the a an this that my our your his her their local same old new little greasy fancy cheap nice sports dive "
    "wine beer water kitchen bathroom sink hot cold garden hotel airport hospital school truck gas coffee "
    "neighborhood corner irish english italian chinese mexican thai indian korean japanese all-night roadside "
    "biker cop karaoke piano hookah craft".split()
)
# chain stores, restaurants and big employers the way people say them; a chain is PHI where the client goes
_CHAINS = (
    "walmart|wal-mart|costco|kroger|safeway|publix|aldi|whole foods|trader joe'?s|wegmans|meijer|h-e-b|heb|"
    "albertsons|food lion|giant eagle|shoprite|piggly wiggly|winco|hy-vee|home depot|lowe'?s|menards|best buy|"
    "dollar general|dollar tree|family dollar|five below|big lots|tj maxx|marshalls|kohl'?s|macy'?s|nordstrom|"
    "jcpenney|walgreens|cvs|rite aid|mcdonald'?s|burger king|wendy'?s|taco bell|chick-fil-a|chipotle|starbucks|"
    "dunkin(?: donuts)?|tim hortons|panera|applebee'?s|chili'?s|olive garden|red robin|denny'?s|ihop|waffle house|"
    "cracker barrel|outback|texas roadhouse|buffalo wild wings|hooters|arby'?s|popeyes|kfc|dairy queen|pizza hut|"
    "domino'?s|papa john'?s|little caesars|five guys|in-n-out|jack in the box|whataburger|culver'?s|wawa|sheetz|"
    "casey'?s|7-eleven|seven eleven|circle k|quiktrip|amazon|fedex|ups|usps|ikea|petsmart|petco|hobby lobby|"
    "autozone|o'?reilly'?s|jiffy lube|planet fitness|ymca|hilton|marriott|holiday inn|motel six|super eight|"
    "best western|days inn|comfort inn|hampton inn|boeing|verizon|t-mobile|comcast|xfinity|wells fargo|"
    "bank of america|citibank|geico|state farm|allstate|uber|lyft|doordash|instacart|grubhub"
)
_CHAIN_RE = re.compile(rf"\b(?:{_CHAINS})(?!\w)", re.IGNORECASE)
# chains whose name is also a word: only after a preposition of place ("at target", "from subway")
_AMBIGUOUS_CHAIN_RE = re.compile(
    r"\b(?:at|to|from|in|into|outside|near|behind|by|for|of)\s+(?:the\s+)?"
    r"(?P<org>target|ross|gap|chase|sonic|subway|speedway|shell|sprint|giant|safeway|kmart|sears|dillard'?s)\b",
    re.IGNORECASE,
)
# towns run two words together; the second part says it is a place: "millbrook", "ridgeford", "lakeview"
_PLACE_SUFFIX = re.compile(r"(?:ford|ville|dale|burg|burgh|boro|borough|bury|haven|brook|crest|mont|field|wood|"
                           r"water|port|ton|view|ridge|vale|wick|worth|stead|shire|land|way)$")
# a street named without "the" after a preposition: "on birch lane", "off miller road"
_STREET_NAME = re.compile(
    r"\b(?:on|off|at|to|from|near|along|by|onto)\s+(?!(?:the|a|an|my|our|your|his|her|their|this|that|memory|"
    r"fast|slow|passing|right|left|express|one|two|dirt|back|country|long|open)\b)"
    r"(?P<name>[a-z][\w'-]*)\s+(?:lane|road|rd|drive|court|circle|trail|pike|crescent|close|run|hollow)\b",
    re.IGNORECASE,
)
# a road named for what it runs by, lower case in speech recognition: "all the poles down by the river road"
_ROAD_BY = re.compile(
    r"\b(?:on|off|at|to|from|near|along|by|onto|down|up)\s+the\s+(?P<name>(?:river|lake|mill|church|canal|quarry|coast|"
    r"harbou?r|station|ferry|airport|creek|forest|mountain|valley|mine|dam)\s+(?:road|rd|lane|drive|street))\b",
    re.IGNORECASE,
)
# a street said by its name alone after a place on it: "the pharmacy on elm", "the church on main"
_PLACE_ON_STREET = re.compile(
    r"\b(?:pharmacy|drugstore|store|shop|church|school|bank|clinic|office|apartment|apartments|house|place|one|"
    r"building|diner|bar|restaurant|station|library|gym|motel|hotel|shelter|laundromat|bakery|deli|cafe|salon)"
    r"\s+(?:on|off)\s+(?!(?:the|a|an|my|our|your|his|her|their|this|that|fire|purpose|time|sale|hold|call|duty|"
    r"board|track|campus|site|line|weekends?|weekdays|foot|top|it|them|there|here|its|and|or|but)\b)"
    r"(?P<name>[a-z][\w'-]*)\b",
    re.IGNORECASE,
)
# a nickname given in words: "everybody calls him junior", "she goes by peanut"
_NICKNAME = re.compile(
    r"\b(?:call|calls|called|calling)\s+(?:him|her|them|me|us)\s+(?P<name>[a-z][\w'-]*)"
    r"|\b(?:go|goes|went|going)\s+by\s+(?P<name2>[a-z][\w'-]*)",
    re.IGNORECASE,
)
_NAME_IS_MY = re.compile(r"(?<![\w'])(?P<name>[a-z][a-z-]+)(?:'s|\s+is|\s+was)\s+my\s+(?:[a-z-]+\s+){0,2}?(?P<rel>"
                         + "|".join(sorted(map(re.escape, RELATIONS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# the name said before the role it holds: "marguerite the art director she says", "dolores, our site manager"
_ROLE_WORDS = ("director|manager|supervisor|boss|foreman|forewoman|teacher|principal|coach|nurse|doctor|therapist|"
               "landlord|landlady|owner|chef|pastor|priest|rabbi|imam|officer|lawyer|caseworker|neighbou?r|coordinator|"
               "producer|editor|captain|sergeant|lead|head|admin|receptionist|trainer|instructor|mentor|sponsor")
_NAME_THE_ROLE = re.compile(r"(?<![\w'])(?P<name>[a-z][a-z-]+)\s*,?\s+(?:the|our|my|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:" + _ROLE_WORDS + r")\b", re.IGNORECASE)
# a shop named after its founder, said after where: "the car park at morrisons", "i got it from walkers"
_AT_FOUNDERS = re.compile(r"\b(?:at|from|in|outside|behind)\s+(?P<name>[a-z][a-z-]+?)(?:'s|s)\b", re.IGNORECASE)
# (rarer in everyday English than this as a whole word: "morrisons" 2.6; "woods" 4.5 and "halls" 3.9 are words)
_FOUNDERS_ZIPF = 3.5
# what "call me" and "goes by" are followed by without a name
_NOT_A_NICKNAME = frozenset("names name crazy back out up later tomorrow tonight today now anytime whenever every "
                            "fast quick slow so too the a an that this it fine honey baby babe sweetie dear sir "
                            "ma'am bro dude kiddo buddy".split())
_MINUTES = "fifteen|thirty|forty[- ]five|o'clock|oh five|ten|twenty|forty|fifty"
_COUNTED = (r"(?!\s+(?:of|times?|years?|days?|weeks?|months?|people|kids|points?|more|others?|minutes?|hours?|"
            r"steps?|things?|percent|per|drinks?|beers?|pills?|miles?|dollars?|bucks|pounds|nights?|cups?|"
            r"shots?|glasses|cigarettes|hits|bottles|cans|sessions|classes|out\s+of)\b)")
_SPOKEN_TIMES: tuple[re.Pattern[str], ...] = (
    # "half past four", "quarter to nine", "ten past six"
    re.compile(rf"\b(?:half|quarter|ten|twenty|five)\s+(?:past|to|till|after|of)\s+(?:{_HOUR})\b", re.IGNORECASE),
    # "from seven to three", "nine to ten", "eleven till two"; "nine to five" is any office job
    re.compile(rf"\b(?:from\s+)?(?!nine\s+to\s+five\b)(?:{_HOUR})(?:\s+(?:{_MINUTES}))?\s+(?:to|till|til|until|-)\s+(?:{_HOUR})"
               rf"(?:\s+(?:{_MINUTES}))?\b{_COUNTED}", re.IGNORECASE),
    # "till like three", "by about two", "around like nine thirty"
    re.compile(rf"\b(?:at|by|around|till|til|until|before|after|since|past)\s+(?:like|about|maybe|roughly|almost|"
               rf"nearly|around)\s+(?:{_HOUR})(?:\s+(?:{_MINUTES}))?\b{_COUNTED}", re.IGNORECASE),
    # "four in the morning", "eleven at night"
    re.compile(rf"\b(?:{_HOUR})(?:\s+(?:{_MINUTES}))?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
               r"tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE),
)
# a clock time said after waking, sleeping or leaving with only "about" or "around" before it: "wake up about three",
# "home around six thirty" (the hour alone, as "about three weeks" is a count)
_WAKE_TIME = re.compile(
    r"\b(?:wake|wakes|woke|waking|woken|get\s+up|gets\s+up|got\s+up|asleep|bed|home|leave|leaves|left|clock\s+off|"
    r"knock\s+off|finish|finished)(?:\s+up)?\s+(?:at\s+|by\s+|till\s+|until\s+)?(?P<time>(?:about|around|like|maybe|roughly)"
    rf"\s+(?:{_HOUR})(?:\s+(?:{_MINUTES}))?)\b{_COUNTED}",
    re.IGNORECASE,
)
_TENS = "one|two|three|four|five|six|seven|eight|nine"
# ages over 89 are identifying (HIPAA safe harbor): "she's ninety-three", "turned a hundred and two"
_OLD_AGE = re.compile(
    r"\b(?:'s|is|was|turned|turns|turning|turn|be|aged|age|almost|nearly|like)\s+(?:almost\s+|nearly\s+|about\s+|"
    rf"like\s+|over\s+)?(?P<age>ninety(?:[- ](?:{_TENS}))?|(?:a|one)\s+hundred(?:\s+and\s+(?:{_TENS}|ten|eleven|"
    r"twelve))?|9\d|1[01]\d)\b(?!\s+(?:percent|per|dollars?|bucks|pounds|miles?|minutes?|days?|degrees|times|"
    r"seconds|grand|thousand|hundred|mg|milligrams))"
    r"|\b(?:in\s+(?:his|her|their|my)\s+)(?P<decade>nineties)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _all_names() -> frozenset[str]:
    """Every given name and surname, ordinary words included ("hope", "bill"): only read beside a cue."""
    return vocab.given_names() | vocab.surnames()


def _name_after_cue(word: str, *, rarer_than: float) -> bool:
    """A word that, right after a title, greeting or relation, is a name: a listed name
    ("hope", "gary"), or a word rarer in everyday English than ``rarer_than`` ("okafor",
    "sterling" after "mister", "jess" after "my friend")."""
    from wordfreq import zipf_frequency

    w = word.lower()
    if w in _all_names():
        return True
    return w not in _TITLE_COLLOCATES and zipf_frequency(w, "en") < rarer_than


# measured on the probes: after "mister" a name is as common as "sterling" (4.1), after "my friend"
# the words that are not names ("group" 5.5, "circle" 4.9) are commoner than the names ("jess" 3.7)
_AFTER_TITLE_ZIPF = 4.3
_AFTER_RELATION_ZIPF = 4.0
# what follows a title without being a name: "nurse practitioner", "doctor appointment"
_TITLE_COLLOCATES = frozenset("practitioner practitioners appointment appointments visit visits note notes bills "
                              "office offices stuff thing things".split())


# sounds a turn opens with that no dictionary lists as names
_FILLERS = frozenset("um uh uhh umm hmm mm mhm mmm uh-huh huh eh meh nah ugh oof welp whoa wow oh ah ooh aw yeah "
                     "yep yup no nope okay ok so well".split())
_NOT_A_NAME_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "INTJ"})


def _context_name_spans(doc: Any) -> list[tuple[int, int]]:
    """Names the words around them give away: after a title, a greeting, a relation or a pet."""
    spans: list[tuple[int, int]] = []
    for m in _NICKNAME.finditer(doc.text):
        g = "name" if m.group("name") else "name2"
        word = doc.char_span(m.start(g), m.end(g), alignment_mode="expand")
        # "calls me lazy", "call her right away" say what, not who
        if (m.group(g).lower() not in _NOT_A_NICKNAME and word is not None and not word[0].is_stop
                and (word[0].pos_ in ("NOUN", "PROPN", "X") or m.group(g).lower() in _all_names())):
            spans.append((m.start(g), m.end(g)))
    from wordfreq import zipf_frequency

    for m in _NAME_THE_ROLE.finditer(doc.text):
        word = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        # (the tagger may read a name opening the turn as a verb: "marguerite the art director she says"; a word that
        # rare is no verb, "hope the manager calls" is)
        if word is not None and not word[0].is_stop and m.group("name").lower() in _all_names() and (
                word[0].pos_ in ("NOUN", "PROPN", "X") or zipf_frequency(m.group("name").lower(), "en") < _AFTER_RELATION_ZIPF):
            spans.append((m.start("name"), m.end("name")))
    for m in _AT_FOUNDERS.finditer(doc.text):
        said = doc.text[m.start("name"):m.end()]
        if m.group("name").lower() in vocab.surnames() and zipf_frequency(said.replace("'", "").lower(), "en") < _FOUNDERS_ZIPF:
            spans.append((m.start("name"), m.end()))
    # the name said before the relation: "tully's my jump partner", "kofi is my best friend"
    for m in _NAME_IS_MY.finditer(doc.text):
        word = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if (word is not None and not word[0].is_stop
                and _name_after_cue(m.group("name"), rarer_than=_AFTER_RELATION_ZIPF)):
            spans.append((m.start("name"), m.end("name")))
    toks = list(doc)
    for i, tok in enumerate(toks[:-1]):
        cue = tok.lower_.strip(".")
        if cue in _NAMING and i and toks[i - 1].pos_ in ("NOUN", "PROPN"):
            # "a dog named bear", "a bar called the rusty nail"; not "she called me"
            k = i + 1 + (toks[i + 1].lower_ == "the")
            name = [t for t in toks[k:k + 3]]
            end = next((n for n, t in enumerate(name) if t.is_stop or not t.text.replace("'", "").isalpha()),
                       len(name))
            if end:
                spans.append((name[0].idx, name[end - 1].idx + len(name[end - 1].text)))
            continue
        j = i + 1
        if toks[j].text == "," and j + 1 < len(toks):  # "my boss, frank, is"
            j += 1
        nxt = toks[j]
        word = nxt.text
        listed = word.lower() in _all_names()
        # the tagger reads a name after "yeah" as a second interjection ("yeah wendell it was")
        vocative = i == 0 and tok.pos_ == "INTJ" and word.lower() not in _FILLERS | _NOT_ADDRESSEE and (
            word.isalpha() and not nxt.is_stop) and (
            listed or _name_after_cue(word, rarer_than=_AFTER_RELATION_ZIPF))
        if vocative:
            pass
        elif (not word.isalpha() or nxt.is_stop or word.lower() in _NOT_ADDRESSEE
                or (nxt.pos_ in _NOT_A_NAME_POS and not (listed and nxt.tag_ in ("VB", "VBP"))
                    and not _is_unknown_word(word.lower()))):
            # a listed name after a cue is often tagged a bare verb ("my sister hope", "hey ray"), and a word
            # no dictionary knows any verb ("my neighbor ruthie walks"); an inflected one is the verb ("my friend said")
            continue
        before = toks[i - 1].lower_ if i else ""
        after_name = toks[j + 1] if j + 1 < len(toks) else None
        if cue in _TITLES:
            named = _name_after_cue(word, rarer_than=_AFTER_TITLE_ZIPF)
        elif cue in _GREETINGS:
            named = listed or _name_after_cue(word, rarer_than=_AFTER_RELATION_ZIPF) and nxt.pos_ != "VERB"
        elif cue in RELATIONS and before in _POSSESSIVES:
            named = _name_after_cue(word, rarer_than=_AFTER_RELATION_ZIPF)
        elif vocative and (after_name is None or after_name.pos_ in ("PRON", "PUNCT")):
            # the person spoken to, at the head of a turn: "yeah dale it was the sunday", "okay marisol, so"
            named = nxt.pos_ not in ("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ")
        elif cue in _PETS and before in _OWNERS:
            named = word.lower() not in _PET_COMPOUNDS and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "X")
        else:
            continue
        if named:
            end = nxt.idx + len(word)
            # a surname after the first name: "doctor maria lopez"
            after = toks[j + 1] if j + 1 < len(toks) else None
            if (after is not None and after.text.isalpha() and not after.is_stop and after.lower_ in _all_names()
                    and after.pos_ not in _NOT_A_NAME_POS):  # "ms tillman said", not a surname "said"
                end = after.idx + len(after.text)
            spans.append((nxt.idx, end))
    return spans


# words that, after a name, make it a place's name; each with the words in front of it that make an ordinary
# place instead ("the living room", "the sports bar", "book club", "attorney general")
_NAMED_PLACE_HEADS: dict[str, frozenset[str]] = {
    "room": frozenset(
        "class court hotel motel hospital guest spare back front weight chat delivery conference exam therapy dorm "
        "rec common green panic control escape elbow wiggle storage utility mud boiler war computer music play "
        "game tv media craft sewing prayer staff lunch bath supply server copy family laundry recovery school bed "
        "study locker emergency break throne engine show board stock store mail news rest wash dark head leg ball "
        "sun tea whole empty other next hospice sensory calm time quiet safe baby kid kids nurse nurses teacher "
        "teachers interview visiting visitation hallway".split()),
    "bar": frozenset(
        "salad candy granola protein snack chin-up pull-up monkey grab raw open cash tiki gay oyster cigar juice "
        "whiskey cocktail hotel top low high handle towel crow tow roll sand".split()),
    "club": frozenset(
        "book night golf chess strip fight glee drama debate running fan social country comedy dance health boys "
        "girls kids swim tennis hiking knitting garden anime lunch breakfast reading science math robotics art "
        "poker bowling boxing rugby soccer football baseball hockey cycling ski yacht supper jazz gentlemen's "
        "members".split()),
    "inn": frozenset(),
    "lodge": frozenset("ski hunting fishing hunt cabin".split()),
    "plaza": frozenset("shopping strip toll".split()),
    "junction": frozenset("t railway rail".split()),
    "springs": frozenset("hot mineral box bed mattress".split()),
    "heights": frozenset("new great dizzying".split()),
    "crossing": frozenset("railroad train border pedestrian school deer rail level animal zebra".split()),
    "general": frozenset("attorney surgeon postmaster brigadier major lieutenant secretary consul inspector "
                         "governor solicitor".split()),
    "memorial": frozenset("war veterans holocaust".split()),
    "regional": frozenset(),
    "mercy": frozenset(),
    # a town's ending said as its own word: "the lobby at cedar ridge", "out past maple view"
    "ridge": frozenset("mountain".split()),
    "view": frozenset("rear side point bird's-eye".split()),
    "crest": frozenset("wave".split()),
    "haven": frozenset("safe tax".split()),
    "grove": frozenset("olive orange lemon apple".split()),
    # a stream's name: "after the ribbon creek fire", "out at miller's brook"
    "creek": frozenset("dry little big small back muddy shallow frozen local nearby tidal".split()),
    "brook": frozenset("little small babbling".split()),
    # a play place's name: "the cords at bounce kingdom" (not a country or a realm: "the united kingdom")
    "kingdom": frozenset("united animal magic god's heavenly his thy thine middle hermit".split()),
}
# a town's or a place's first word: "out of port gannet", "fort wayne", "saint casimir's"
_PLACE_PREFIX = re.compile(r"\b(?:port|fort|mount|mt|lake|saint|st|san|santa|los|las)\s+(?P<name>[a-z][\w'-]*)\b",
                           re.IGNORECASE)
_NAME_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ", "X"})


def _venue_spans(doc: Any) -> list[tuple[int, int]]:
    """The name in front of a business or place word: "the blue heron diner", "o'malley's pub",
    "the anchor room", "mercy general", "dunmore junction"."""
    spans: list[tuple[int, int]] = []
    toks = list(doc)
    for i, tok in enumerate(toks):
        trade = tok.lower_ in _TRADE_HEADS
        place = _NAMED_PLACE_HEADS.get(tok.lower_)
        if not (trade or place is not None or tok.lower_ in _VENUE_HEADS) or i == 0:
            continue
        k = i
        while k > 0 and i - k < 3:
            left = toks[k - 1]
            # a pub is someone's ("o'malley's pub"); a room or a club with an owner is theirs ("my son's room")
            possessive = left.text in ("'s", "’s") and k >= 2 and place is None
            if left.lower_ in _GENERIC_VENUE or (tok.lower_ == "savings" and left.lower_ in _SAVINGS_KINDS) \
                    or (left.is_stop and not possessive) or not (
                    possessive or left.text.replace("'", "").isalpha()) or left.pos_ in _NOT_A_NAME_POS - {"PART"}:
                break
            if place is not None and (left.lower_ in place or left.lower_ in RELATIONS or left.pos_ not in
                                      _NAME_WORD_POS or left.lower_.endswith("ing")):
                break  # "the waiting room", "pretty general", "my sister room"
            k -= 1
        name = toks[k:i]
        if name and (trade or any(t.pos_ in ("NOUN", "PROPN", "X") or t.text in ("'s", "’s") for t in name)):
            spans.append((name[0].idx, tok.idx + len(tok.text)))
    return spans


# places said after "at" with no article that name no one place: "a nurse at night", "a teacher at school"
_BARE_PLACES = frozenset("home school work church college university uni hospital prison court camp sea night dinner "
                         "lunch breakfast table heart bedtime weekends christmas".split())


def _role_workplace_spans(doc: Any) -> list[tuple[int, int]]:
    """Where someone holds a role, named with no article: "efua is a pharmacist at boots", "he was a music teacher
    at holloway elementary"; a firm or a school the way a person says it, however ordinary its word."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        role = tok.head
        place = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if (tok.lower_ != "at" or tok.dep_ != "prep" or place is None or role.pos_ != "NOUN"
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children)):
            continue
        first = place.left_edge
        if (any(t.dep_ in ("det", "poss", "nummod") or t.is_stop for t in doc[first.i:place.i + 1])
                or not all(t.text.replace("'", "").isalpha() for t in doc[first.i:place.i + 1])
                or place.lower_ in _BARE_PLACES or place.ent_type_ in ("DATE", "TIME")):
            continue
        spans.append((first.idx, place.idx + len(place.text)))
    return spans


def _coordinated_name_spans(doc: Any, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name joined by "and"/"or" to a name already found: "i got tess and wren", "mom and pickle"."""
    spans: list[tuple[int, int]] = []
    toks = list(doc)

    def is_found(t: Any) -> bool:
        return any(s <= t.idx < e for s, e in found)

    for i, tok in enumerate(toks):
        if tok.lower_ not in ("and", "or", "&") or i == 0 or i + 1 >= len(toks):
            continue
        for name, other in ((toks[i + 1], toks[i - 1]), (toks[i - 1], toks[i + 1])):
            if (is_found(other) and not is_found(name) and name.text.isalpha() and not name.is_stop
                    and name.pos_ in ("NOUN", "PROPN", "X") and name.lower_ not in _LOWER_PROPN_OK
                    and name.lower_ not in RELATIONS
                    and _name_after_cue(name.text, rarer_than=_AFTER_RELATION_ZIPF)):
                spans.append((name.idx, name.idx + len(name.text)))
    return spans


# a person named by a role after a noun is no name: "the fryer guy is yelling", "the lab lady says"
_ROLE_HEADS = frozenset("guy lady man".split())


def _glued_name_spans(doc: Any) -> list[tuple[int, int]]:
    """A given name that is also a word, glued to the noun before it where unpunctuated speech lost the pause, and
    doing something: "the comedowns the money ray keeps upping the price", "the rent dawn says"; the tagger reads
    "money ray" as one thing. A thing that heads such a compound goes too ("the phone bill keeps going up"): a word
    lost costs less than a name let through. Lower-case text only: a cased transcript gives its names capitals."""
    return [(tok.idx, tok.idx + len(tok.text)) for tok in _glue_candidates(doc)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and doc[tok.i - 1].dep_ == "compound"
            and doc[tok.i - 1].head.i == tok.i]


# a name that is also a word, said as the bare subject of a verb: a singular common noun has an article or an owner
# ("the ray", "a ray of light"); a name does not ("ray goes up like an elevator", "ray collapsed")
_BARE_NAME_ZIPF = 5.0


# a name before a bare verb of saying or shouting, right after a clause opens: "and curt say", "when curt shout"
_BARE_FORM_NAME_ZIPF = 3.5
_SPEECH_VERBS_BARE = frozenset("say shout tell yell scream call ask come go want think".split())
_CLAUSE_STARTERS = frozenset("and but when because so then if or".split())


# a word for someone by what they do or are to the client, not a name: the endings of roles, and the short forms
_ROLE_WORD = re.compile(r"(?:er|or|ist|ian|lady|man|woman|worker|ee|ant|ent)$|^(?:hubby|wifey|psych|fiance|fiancee|bestie|bf|gf|"
                        r"sis|bro|mum|mam|ma|pa|da|doc|nan|nanna|gran|granny|gramps|missus|mrs|mister|sarge|teach|coach)$")


def _bare_subject_name_spans(doc: Any) -> list[tuple[int, int]]:
    """Lower-case text only: a listed given name as the bare singular subject of a verb in the present or past
    ("ray falls", "dawn says"); "hope" and "will", common far beyond names, and a copula's subject stay. A rarer
    word is a name before the verb's bare form too, as many Englishes say the present ("curt say in front of the
    crew", "when curt shout"), where the parser may read it as a noun's modifier, and before "she" or "he" taking it
    up ("because celeste she say")."""
    from wordfreq import zipf_frequency

    if _CASED.search(doc.text):
        return []
    given = vocab.given_names()
    # (the parse is read only where there is one: a doc tagged without it, as the session's terms are, has no heads)
    parsed = doc.has_annotation("DEP")
    out = []
    for tok in doc:
        if tok.tag_ not in ("NN", "NNP") or not tok.is_alpha:
            continue
        taken_up = tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("she", "he")
        if not taken_up and tok.lower_ not in given:
            continue  # (the frequency is looked up only for a word that may be a name)
        zipf = zipf_frequency(tok.lower_, "en")
        # said first and taken up by "she" or "he", as many Englishes put a subject, any rare word: "because celeste she
        # say ..." (not a title, a relation or a role: "and auntie she say", "and hubby he doesn't know", "and caseworker
        # she said", "and psych she upped my dose")
        if taken_up and zipf < _BARE_FORM_NAME_ZIPF \
                and (tok.i == 0 or doc[tok.i - 1].lower_ in _CLAUSE_STARTERS) \
                and tok.lower_ not in _TITLES and tok.lower_ not in _ROLE_HEADS and tok.lower_ not in RELATIONS \
                and not _ROLE_WORD.search(tok.lower_):
            out.append((tok.idx, tok.idx + len(tok.text)))
            continue
        if tok.lower_ not in given:
            continue
        bare_form = zipf < _BARE_FORM_NAME_ZIPF and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _SPEECH_VERBS_BARE \
            and (tok.i == 0 or doc[tok.i - 1].lower_ in _CLAUSE_STARTERS)
        subject = parsed and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.tag_ in ("VBZ", "VBD") \
            and zipf < _BARE_NAME_ZIPF and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
        if subject or bare_form:
            out.append((tok.idx, tok.idx + len(tok.text)))
    return out


def _glue_candidates(doc: Any) -> list[Any]:
    """The tokens of lower-case text that are given names (not role heads) right after a noun: what
    ``_glued_name_spans`` reads the parse of, and what a doc parsed without one must hold to be parsed again."""
    if _CASED.search(doc.text):
        return []
    given = vocab.given_names()
    return [tok for tok in doc if tok.i and tok.lower_ in given and tok.lower_ not in _ROLE_HEADS
            and doc[tok.i - 1].pos_ == "NOUN"]


def _speech_spans(text: str, doc: Any) -> list[tuple[int, int]]:
    from wordfreq import zipf_frequency

    spans = (_context_name_spans(doc) + _venue_spans(doc) + _role_workplace_spans(doc) + _glued_name_spans(doc)
             + _bare_subject_name_spans(doc))
    for rx in (*_SPOKEN_TIMES, _CHAIN_RE):
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    for m in _OLD_AGE.finditer(text):
        g = "age" if m.group("age") else "decade"
        spans.append((m.start(g), m.end(g)))
    for rx, g in ((_AMBIGUOUS_CHAIN_RE, "org"), (_STREET_NAME, "name"), (_ROAD_BY, "name"), (_WAKE_TIME, "time")):
        spans.extend((m.start(g), m.end(g)) for m in rx.finditer(text))
    spans.extend((m.start("name"), m.end("name")) for m in _PLACE_ON_STREET.finditer(text)
                 if not _WEEKDAY_RE.fullmatch(m.group("name")))
    for m in _PLACE_PREFIX.finditer(text):
        name = m.group("name").lower()
        if zipf_frequency(name, "en") < (_AFTER_TITLE_ZIPF if name in _all_names() else _AFTER_RELATION_ZIPF):
            spans.append((m.start(), m.end()))
    return spans


def _spans(text: str) -> list[tuple[int, int]]:
    from scribe.extract.nlp import find_drug_names

    nlp = _load()
    spans: list[tuple[int, int]] = []
    doc = nlp(text)
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and (not _specific_time(ent.text) or _duration(ent.text)):
            # "all day", "the days", "every night", "last week": no calendar date or clock time in it
            continue
        if ent.label_ in _TERM_LABELS and (_common_noun_entity(ent) or ent.text.lower() in _LOWER_PROPN_OK):
            continue
        if ent.label_ in _NER_LABELS or (ent.label_ == "CARDINAL" and any(c.isdigit() for c in ent.text)):
            spans.append((ent.start_char, ent.end_char))
    for tok in doc:
        word = tok.text
        if (
            not word[:1].isupper()
            and tok.tag_ in ("NNP", "NNPS")
            and word.isalpha()
            and not tok.is_stop
            and word.lower() not in _LOWER_PROPN_OK
            # (a dictionary word counted with "a" is a common noun, not a name: "I feel like a mango picked too early";
            # "at a walmart" is the shop)
            and not (tok.i and doc[tok.i - 1].lower_ in ("a", "an") and word.lower() in vocab.ordinary_words()
                     and word.lower() not in _all_names())
        ):
            # lowercase transcripts (ASR): "marcus didnt invite me", "the duluth accounts"
            spans.append((tok.idx, tok.idx + len(word)))
            continue
        if not word[:1].isupper() or word in _CAPS_OK or _everyday_acronym(word):
            continue
        if tok.is_sent_start:
            # sentence-initial capitals are normal; only proper nouns are names
            if tok.tag_ in ("NNP", "NNPS") and not tok.is_stop and word.lower() not in _LOWER_PROPN_OK:
                spans.append((tok.idx, tok.idx + len(word)))
            continue
        spans.append((tok.idx, tok.idx + len(word)))
    for rx in _PATTERNS:
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    spans.extend(_ordinal_date_spans(text, doc))
    spans.extend(spoken_phi_spans(text))
    spans.extend(_unknown_word_spans(text))
    spans.extend(_speech_spans(text, doc))
    spans.extend(_vocabulary_spans(doc))
    spans.extend((m.start(), m.end()) for m in _MED_RE.finditer(text))
    for rx in _DX_RES:
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    spans.extend((s, e) for _, s, e in find_drug_names(text))
    spans.extend(_coordinated_name_spans(doc, spans))
    return spans


# fillers, and the words of faith and family ASR leaves a proper-noun tag on: "the grace of god", "my mom"
_LOWER_PROPN_OK = frozenset("um uh hmm yeah okay ok yep nope mm huh god lord jesus christ heaven mom dad mommy daddy".split()
                            # forms of address, which name nobody ("the bus pass all night miss", "yes mrs"): a
                            # session term of them would redact "i miss him" in every workspace string
                            + "mr mrs ms miss missus sir madam maam mum mummy mam".split()) | _ENGLISHES_WORDS
_TERM_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP"})
# "junior" (4.5), "dale" (3.4) are carried to the session's other strings; "hope" (5.5), "grace" (5.0) are not
_PROPAGATED_NAME_ZIPF = 5.0


def _common_noun_entity(ent: Any) -> bool:
    """A lower-case "name" after "a"/"an" is a thing, not someone or somewhere: "it's a hydra", "like a titanic"."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return ent.text.islower() and before in ("a", "an")


def session_phi_terms(turns: list[dict[str, Any]]) -> list[str]:
    """Names, places and organisations said anywhere in the session (NER and proper-noun tags,
    any casing), so that a workspace string is checked against the whole transcript's context."""
    from wordfreq import zipf_frequency

    try:
        nlp = _load()
        terms: set[str] = set()
        texts = [str(t.get("text", "")) for t in turns]
        disable = [c for c in ("parser", "lemmatizer") if c in nlp.pipe_names]
        for doc in nlp.pipe(texts, disable=disable):
            for ent in doc.ents:
                if ent.label_ in _TERM_LABELS and not _common_noun_entity(ent):
                    term = re.sub(r"^(the|a|an)\s+", "", ent.text.strip(), flags=re.IGNORECASE)
                    if len(term) >= 2 and term.lower() not in _LOWER_PROPN_OK:
                        terms.add(term)
            # a name the words around it gave away once ("my cousin junior's funeral") is a name in every
            # later string too ("scared of ending up like junior"), unless it is an everyday word ("hope")
            found = [doc.text[s:e] for s, e in _venue_spans(doc)]
            found += [w for s, e in _context_name_spans(doc) + _bare_subject_name_spans(doc) for w in doc.text[s:e].split()]
            # a name glued to a noun needs the parse; only a turn with a given name after a noun is parsed again
            if _glue_candidates(doc):
                found += [doc.text[s:e] for s, e in _glued_name_spans(nlp(doc.text))]
            terms.update(t for t in found if " " in t or zipf_frequency(t.lower(), "en") < _PROPAGATED_NAME_ZIPF)
            # and a workplace named after a work word, however everyday the word ("the layoffs at horizon"): a quote
            # that starts after the work word ("at horizon scared her ...") has lost the context that named it
            terms.update(employer_names(doc.text))
            for tok in doc:
                if (tok.tag_ in ("NNP", "NNPS") and tok.text.isalpha() and not tok.is_stop and len(tok.text) >= 2
                        and tok.text not in _CAPS_OK and tok.text.lower() not in _LOWER_PROPN_OK):
                    terms.add(tok.text)
        return sorted(terms, key=len, reverse=True)
    except Exception as e:
        logger.error("wall term collection failed", extra={"error_kind": type(e).__name__})
        raise WallError(f"the PHI wall could not read the session ({type(e).__name__}); nothing stored") from None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# a word of a name the transcript capitalised that is also an everyday word ("City Water Services" gives "Water"):
# redacted where the workspace keeps its capital, not as the everyday word ("my back is like a jerrycan full of water")
_EVERYDAY_ZIPF = 4.5


def _term_re(term: str) -> re.Pattern[str]:
    # (compiled afresh for each string, never cached: a session's names must not outlive the session)
    from wordfreq import zipf_frequency

    t = term.strip()
    flags = 0 if (" " not in t and t[:1].isupper() and t[1:].islower()
                  and zipf_frequency(t.lower(), "en") >= _EVERYDAY_ZIPF) else re.IGNORECASE
    return re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)", flags)


def guard(text: str, extra_terms: list[str] | tuple[str, ...] = ()) -> tuple[str, int]:
    """Redact PHI from one workspace string; (clean_text, n_redactions). Raises WallError.

    ``extra_terms`` (the session's names and places, see ``session_phi_terms``) are
    redacted wherever they appear, in any casing."""
    try:
        if not isinstance(text, str):
            raise TypeError("workspace value is not a string")
        term_res = [_term_re(t) for t in extra_terms if t.strip()]
        # "[redacted]" placeholders are already safe; keep them out of the scan
        parts = text.split(REDACTED)
        cleaned: list[str] = []
        count = 0
        for part in parts:
            found = _spans(part) if part.strip() else []
            for rx in term_res:
                found.extend((m.start(), m.end()) for m in rx.finditer(part))
            merged = _merge(found)
            out = part
            for s, e in reversed(merged):
                out = out[:s] + REDACTED + out[e:]
            count += len(merged)
            cleaned.append(out)
        result = REDACTED.join(cleaned)
        result = re.sub(r"(\[redacted\](?:[\s,'’s-]*\[redacted\])+)", REDACTED, result)
        return result, count
    except WallError:
        raise
    except Exception as e:
        logger.error("wall check failed", extra={"error_kind": type(e).__name__})
        raise WallError(f"the PHI wall could not check a workspace string ({type(e).__name__}); nothing stored") from None


# a redaction that opens a metaphor quote before the image's own subject, with the little words that led up to it
# ("by [redacted] it's like the floor drops out"), was never part of the image; one that is the subject ("[redacted]
# is like a warm blanket", "my [redacted] has bees in it") or comes after "like" is the image's and stays
_OPENING_REDACTION = re.compile(
    r"^(?:(?:at|in|on|with|to|from|of|by|for|since|until|till|after|before|around|and|or|the|a|an|my|his|her|their|"
    rf"our|your)\s+)*(?:{re.escape(REDACTED)}[\s,;:-]*)+"
    r"(?=(?:i|i'm|i've|i'd|i'll|it|it's|he|he's|she|she's|we|we're|they|they're|you|you're|that|that's|this|"
    r"everything|my)\b)",
    re.IGNORECASE,
)
_MIN_QUOTE_WORDS = 3


def wall_workspace(
    workspace: dict[str, Any], *, max_redacted_share: float = 0.5, extra_terms: list[str] | tuple[str, ...] = ()
) -> tuple[dict[str, Any], int]:
    """Guard every string of the workspace; drop strings that are mostly redacted.

    Returns the new workspace and the number of redactions (drops count as one each).
    """
    total = 0

    def clean(s: str, *, drop_if_redacted: bool = False) -> str | None:
        nonlocal total
        out, n = guard(s, extra_terms)
        total += n
        words = out.split()
        if not words:
            return None
        if n and (drop_if_redacted or sum(w.startswith(REDACTED) for w in words) / len(words) > max_redacted_share):
            total += 1
            return None
        return out

    result: dict[str, Any] = {}
    for key in ("themes", "hypotheses", "reflection_prompts"):
        # a clinician's hypothesis that carried PHI is dropped, not patched: what is left of it is a guess
        vals = [clean(s, drop_if_redacted=key == "hypotheses") for s in workspace.get(key) or []]
        result[key] = [v for v in vals if v]
    metaphors = []
    for m in workspace.get("metaphors") or []:
        q = clean(m.get("quote", ""))
        q = _OPENING_REDACTION.sub("", q) if q else q
        if q and len(q.split()) >= _MIN_QUOTE_WORDS:
            metaphors.append({"quote": q, "evidence": list(m.get("evidence") or [])})
    result["metaphors"] = metaphors
    for key in workspace:
        if key not in result:
            raise WallError(f"unexpected workspace field {key!r}; nothing stored")
    return result, total
