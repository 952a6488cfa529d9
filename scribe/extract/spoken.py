"""PHI as ASR writes it: lower case, numbers spelled out, punctuation spoken.

Pure patterns, no models: ``spoken_phi_spans(text)`` returns the character
spans of phone numbers, social security numbers, ages, ICD codes and licence
plates read out as words ("five five five one two three four", "f four one
point one", "abc one two three"), spoken e-mail addresses and web addresses
("jane dot doe at gmail dot com"), letter-digit ids ("7XK-22"), street
addresses ("twelve oak street"), employers ("works at walmart"), clock times
("three a m", "at six", "half four"), roads ("route nine") and named facilities ("mercy
clinic").
"""

from __future__ import annotations

import re

from scribe.extract.lexicons import NUMBER_WORDS, SCALE_WORDS

# "oh" and "double"/"triple" only ever occur inside a spoken run ("five oh two", "double four")
_NUM = "|".join(sorted(list(NUMBER_WORDS) + list(SCALE_WORDS) + ["oh", "niner"], key=len, reverse=True))
_NUM_WORD = rf"(?:{_NUM})(?:[- ](?:{_NUM}))?"
_DIGITS = r"\d[\d,.]*"
_NUM_ITEM = rf"(?:{_NUM_WORD}|{_DIGITS}|double|triple|point|dash|hyphen)"
# two or more number words in a row: phone, SSN, age, ICD code, dose, address, plate
_NUMBER_RUN = re.compile(
    rf"\b(?:{_NUM_WORD}|{_DIGITS})(?:(?:\s*,\s*|\s+|\s+and\s+)(?:{_NUM_ITEM}))+\b(?<!\bpoint)(?<!\bdash)",
    re.IGNORECASE,
)
# a short letter group read out before the numbers: "abc one two three", "f four one point one"
_LETTERS_BEFORE = re.compile(r"(?:\b(?:[a-z]{1,3}|[a-z](?:\s+[a-z]){1,3})\s+)$", re.IGNORECASE)
_STOP_BEFORE = frozenset(
    "a an the and or at on in to of for by is it i me my we he she her his our you was be so no up as if "
    "do go am are not but off all".split()
)
_SPELLED_LETTERS = re.compile(r"\b(?:[b-hj-z]\s+){2,}[a-z]\b", re.IGNORECASE)

_AGE = re.compile(
    rf"\b(?:(?:{_NUM_WORD}|\d+)[\s-]+)+(?:years?|yrs?)[\s-]+old\b"
    rf"|\b(?:aged?|turn(?:s|ed|ing)?)\s+(?:{_NUM_WORD}|\d+)(?:[\s-]+(?:{_NUM_WORD}))*\b",
    re.IGNORECASE,
)

_DOMAINS = r"com|org|net|edu|gov|io|co|us|info|biz|me|uk|ca|app|ly"
_SPOKEN_DOT = r"\s+(?:dot|period|point)\s+"
_EMAIL = re.compile(
    rf"\b[a-z0-9][\w'-]*(?:\s+(?:dot|underscore|dash|hyphen)\s+[\w-]+)*\s+(?:at|@)\s+[\w-]+(?:{_SPOKEN_DOT}[\w-]+)+\b",
    re.IGNORECASE,
)
_URL = re.compile(
    rf"\b(?:(?:https?|h t t p s?)\s*(?:colon)?\s*(?:slash\s*)*)?(?:www{_SPOKEN_DOT})?[\w-]+(?:{_SPOKEN_DOT}[\w-]+)*"
    rf"(?:{_SPOKEN_DOT}|\.)(?:{_DOMAINS})\b(?:\s+slash\s+[\w-]+)*",
    re.IGNORECASE,
)
_MAIL_HOSTS = re.compile(r"\b(?:gmail|hotmail|yahoo|outlook|icloud|aol|protonmail|proton mail)\b", re.IGNORECASE)
# a token mixing letters and digits: plates, member ids, postcodes ("7XK-22", "ab12cd", "x7k")
_ALNUM_ID = re.compile(r"\b(?=[\w-]*[a-z])(?=[\w-]*\d)[a-z0-9]+(?:-[a-z0-9]+)+\b|\b(?=\w*[a-z])(?=\w*\d)[a-z0-9]+\b",
                       re.IGNORECASE)

_STREET = r"street|st|avenue|ave|boulevard|blvd|road|rd|lane|ln|drive|dr|court|ct|terrace|parkway|pkwy|highway|hwy"
_ADDRESS = re.compile(
    rf"\b(?:{_NUM_WORD}|\d+)(?:[\s-]+(?:{_NUM_WORD}|\d+))*\s+(?:[a-z][\w'-]*\s+){{1,3}}?(?:{_STREET})\b\.?"
    r"|\b(?!(?:the|a|an|this|that|my|our|your|his|her|their|same|one|next|other|each|every|across|down|up|on|off|"
    # (nor an ordinary street described: "the whole street just chimneys", "a quiet street")
    r"of|in|at|to|from|side|back|wall|easy|two|main|whole|entire|empty|busy|quiet|dark)\b)"
    r"[a-z][\w'-]*\s+(?:street|avenue|boulevard|blvd|terrace|parkway)\b"
    rf"|\b(?:apartment|apt|suite|unit|room|po box|p o box)\s+(?:[b-hj-z]\b|{_NUM_WORD}|\d+)(?:[\s-]+(?:[b-hj-z]\b|{_NUM_WORD}|\d+))*",
    re.IGNORECASE,
)
# the workplace after a work verb: "works at walmart", "got hired by the amazon warehouse"; or where the working
# day happens: "the day's meetings at nationwide", "my team at meridian"
_EMPLOYER = re.compile(
    r"\b(?:(?:work(?:s|ed|ing)?|job|jobs|employed|hired|shifts?|interview(?:s|ed|ing)?|intern(?:s|ed|ing)?|"
    r"volunteer(?:s|ed|ing)?|manager|boss)\s+(?:at|for|by)|(?:meetings?|office|desk|team|department|coworkers?|"
    r"co-workers?|colleagues?|supervisor|position|career|promotion|layoffs?|payroll)\s+at)\s+(?:the\s+)?"
    r"(?!(?:a|an|home|night|nights|weekends?|least|all|it|that|this|them|him|her|me|us|you|my|his|our|their|"
    r"your|first|last|once|times?|lunch|work|school|hours?|days?|years?|months?|weeks?|minimum|myself|herself|"
    r"himself|themselves|moment|same|end|beginning|start|nothing|free|cash|money|now|church|noon|midnight|dinner|"
    r"breakfast|most|best|worst|length|random|will)\b)"
    r"(?P<org>[a-z][\w'&.-]*(?:\s+(?!(?:and|but|or|so|because|since|now|again|anymore|every|for|to|in|on|at|"
    r"with|who|which|that|when|where|while|is|was|has|had|and|the|a|an|i|he|she|they|it|we|you|"
    # the clause going on after the name: "meetings at nationwide like some kind of penance"
    r"like|as|just|really|some|too|then|there|here|today|tonight|yesterday|also|though|anyway)\b)[a-z][\w'&.-]*){0,2})",
    re.IGNORECASE,
)

_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# clock times as said: "three a m", "six thirty p m", "at nine", "around midnight", "half past four"
_CLOCK = re.compile(
    rf"\b(?:{_HOURS}|\d{{1,2}})(?:[\s:-]+(?:oh\s+\w+|fifteen|thirty|forty[\s-]five|\d{{2}}))?\s*"
    r"(?:a\.?\s?m\.?|p\.?\s?m\.?|o'?\s?clock)(?!\w)"
    rf"|\b(?:at|by|around|till|until|before|after|past)\s+(?:about\s+)?"
    rf"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:fifteen|thirty|forty[\s-]five))?"
    rf"|noon|midnight|(?:half|quarter)\s+(?:past|to)\s+(?:{_HOURS}))\b(?!\s+(?:of|times?|years?|days?|weeks?|months?|people|kids|points?|more|others?|minutes?|hours?|steps?|things?|percent|per|out|in\s+a))",
    re.IGNORECASE,
)
# British English says half past as "half" and the hour: "awake at half four", "home by half nine"
_HALF_HOUR = re.compile(
    rf"\bhalf\s+(?:{_HOURS})\b(?!\s+(?:of|and\s+half|times?|years?|days?|weeks?|months?|people|kids|points?|hours?|things?|"
    r"minutes?|pills?|tablets?|drinks?|pints?|glasses|bottles|cups?|miles?|pounds|quid|dollars?|percent)\b)",
    re.IGNORECASE,
)
# named roads and exits: "route nine", "highway one oh one", "exit twelve", "i five"
_ROAD = re.compile(
    rf"\b(?:route|highway|hwy|interstate|exit|i|state road|county road|us)\s+(?:{_NUM_WORD}|\d+)(?:[\s-]+(?:{_NUM_WORD}|\d+))*\b",
    re.IGNORECASE,
)
# the name in front of a facility: "mercy clinic", "lincoln high school", "st luke's hospital"
_FACILITY = re.compile(
    r"\b(?!(?:the|a|an|my|our|your|his|her|their|this|that|new|old|local|community|free|walk-in|urgent|mental|"
    r"health|psych|psychiatric|medical|dental|methadone|family|big|small|public|private|same|other|whole|"
    r"day|night|group|care|treatment|rehab|sleep|pain|eye|vet|animal|driving|summer|sunday|middle|high|"
    r"elementary|grad|law|med|nursing|art|music|dance|to|at|in|from|of|for|and|or|like|just)\b)"
    r"(?P<name>[a-z][\w'.-]*(?:\s+(?!(?:the|a|an|my|our|at|in|to|from|of|for|and|or|by|on|with)\b)[a-z][\w'.-]*)?)"
    # a preposition is not part of a name: "meetings at church" names no church
    r"\s+(?=(?:clinic|hospital|medical center|health center|"
    r"high school|middle school|elementary(?: school)?|academy|university|college|church|temple|mosque|"
    r"synagogue|prison|jail|penitentiary|rehab|treatment center|recovery center)\b)",
    re.IGNORECASE,
)


def _letters_before(text: str, start: int) -> int:
    m = _LETTERS_BEFORE.search(text[:start])
    if m and m.group(0).split()[0].lower() not in _STOP_BEFORE:
        return m.start()
    return start


def employer_names(text: str) -> list[str]:
    """Workplaces named after a work word ("the layoffs at horizon"): an employer wherever the session says it again."""
    return [m.group("org") for m in _EMPLOYER.finditer(text)]


def spoken_phi_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of spelled-out identifiers, contact details and workplaces in ``text``."""
    spans: list[tuple[int, int]] = []
    for m in _NUMBER_RUN.finditer(text):
        spans.append((_letters_before(text, m.start()), m.end()))
    for rx in (_AGE, _EMAIL, _URL, _MAIL_HOSTS, _ALNUM_ID, _ADDRESS, _SPELLED_LETTERS, _CLOCK, _HALF_HOUR, _ROAD):
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    spans.extend((m.start("name"), m.end("name")) for m in _FACILITY.finditer(text))
    spans.extend((m.start("org"), m.end("org")) for m in _EMPLOYER.finditer(text))
    return spans
