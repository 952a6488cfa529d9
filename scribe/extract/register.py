"""Clinical register: third-person rewriting, homework as instructions, appointment dates, and the checks.

One place decides what a note sentence may look like: the section writer uses
the rewriting helpers, the benchmark's note-quality checks use the detectors
(``is_question``, ``person_words_outside_quotes``, ``quoted_share``).
"""

from __future__ import annotations

import datetime as dt
import re

# ---------------------------------------------------------------- detectors

_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_PERSON = re.compile(
    r"\b(i|i'm|i've|i'll|i'd|me|my|mine|myself|we|we're|we've|we'll|we'd|us|our|ours|ourselves|let's|"
    r"you|you're|you've|you'll|you'd|your|yours|yourself|yourselves)\b",
    re.IGNORECASE,
)


def unquoted(text: str) -> str:
    """``text`` with every quoted span (straight or curly double quotes) removed."""
    return _QUOTED.sub(" ", text)


def is_question(sentence: str) -> bool:
    """A sentence that asks: a question mark outside any quote."""
    return "?" in unquoted(sentence)


def person_words_outside_quotes(sentence: str) -> list[str]:
    """First- and second-person words a note sentence uses in its own voice (quotes excepted)."""
    return [m.group(0) for m in _PERSON.finditer(unquoted(sentence))]


def quoted_share(texts: list[str]) -> float:
    """Characters inside quotes over all characters."""
    total = sum(len(t) for t in texts)
    quoted = sum(len(m.group(0)) for t in texts for m in _QUOTED.finditer(t))
    return quoted / total if total else 0.0


# ---------------------------------------------------------------- third person

_ADVERBS = frozenset("just really also still always never usually actually already even only probably".split())
_MODALS = frozenset("can can't cannot could couldn't will won't would wouldn't should shouldn't might may must".split())
_IRREGULAR = {"have": "has", "do": "does", "go": "goes", "am": "is", "be": "is", "want": "wants"}
_UNCHANGED = frozenset("was were had did got said went felt saw thought made told sent took came knew put let meant "
                       "heard gave kept".split())
_SUBJECT_AFTER = frozenset(
    "when if and or but before after as that so because until while once whenever where how what then unless since "
    "than whether".split()
)


def _third_singular(verb: str) -> str:
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low in _MODALS or low in _UNCHANGED or low.endswith("ed") or low.endswith("n't"):
        return verb
    if re.search(r"(s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _clinician_subject(match: re.Match[str]) -> str:
    words = match.group(0).split()
    rest = words[1:]
    out = ["the clinician"]
    while rest and rest[0].lower() in _ADVERBS:
        out.append(rest.pop(0))
    if rest:
        out.append(_third_singular(rest[0]))
    return " ".join(out)


def third_person(text: str) -> str:
    """Rewrite the speaker's "I"/"we" and the addressee's "you" in the third person.

    The clinician's "I" becomes "the clinician" (verb inflected), "we"/"let's"
    "clinician and client", and "you" the singular "they"/"them"/"their"
    (whose verbs need no change).
    """
    s = text
    rules: tuple[tuple[str, str], ...] = (
        (r"\blet's\b", "clinician and client will"),
        (r"\bwe're\b", "clinician and client are"),
        (r"\bwe've\b", "clinician and client have"),
        (r"\bwe'll\b", "clinician and client will"),
        (r"\bwe'd\b", "clinician and client would"),
        (r"\bwe\b", "clinician and client"),
        (r"\bus\b", "clinician and client"),
        (r"\bour\b", "the"),
        (r"\bi'm\b", "the clinician is"),
        (r"\bi've\b", "the clinician has"),
        (r"\bi'll\b", "the clinician will"),
        (r"\bi'd\b", "the clinician would"),
        (r"\bmy\b", "the clinician's"),
        (r"\bmyself\b", "the clinician"),
        (r"\bme\b", "the clinician"),
        (r"\b(you two|you both|both of you|the two of you|each of you)\b", "you"),
        (r"\byou're\b", "they're"),
        (r"\byou've\b", "they've"),
        (r"\byou'll\b", "they'll"),
        (r"\byou'd\b", "they'd"),
        (r"\byourselves\b|\byourself\b", "themselves"),
        (r"\byours\b", "theirs"),
        (r"\byour\b", "their"),
    )
    s = re.sub(r"\bi\b(?=\s+[\w'])", "I", s)  # lower-case ASR "i" said before a verb
    s = re.sub(r"\bI(?:\s+(?:just|really|also|still|always|never|usually|actually|already|even|only|probably))*\s+[\w']+",
               _clinician_subject, s)
    for pat, rep in rules:
        s = re.sub(pat, rep, s, flags=re.IGNORECASE)

    def you(m: re.Match[str]) -> str:
        before = s[: m.start()].rstrip()
        prev = re.search(r"([\w']+|[,;:.!?])$", before)
        if prev is None or prev.group(1).lower() in _SUBJECT_AFTER or prev.group(1) in ",;:.!?":
            return "they"
        return "them"

    s = re.sub(r"\b(hurt|harm|kill|cut)(s|ing)? you\b", r"\1\2 themselves", s, flags=re.IGNORECASE)
    s = re.sub(r"\byou\b", you, s, flags=re.IGNORECASE)
    return s


# ---------------------------------------------------------------- homework

_LEAD_INS = (
    r"(okay|ok|so|and|also|great|good|perfect|right|alright|all right|now|then|yeah|um|uh),?\s+",
    r"[A-Z][a-z]+,\s+(?=\w)",  # a vocative: "Maya, ..."
    r"(for|as|your) homework,?\s*(is|will be)?:?\s*",
    r"homework:?\s+",
    r"(for )?(this (coming )?week|tonight|between (now|sessions) and (next time|our next session|next session|then)|"
    r"before (next|our next) (session|time|week)|one more thing for the week|for the week)[,:]?\s+",
    r"(that's why )?(i'd|i would|i'll|i want|i'm going to|i'm gonna)( really)?( like| want| ask| have| love)?( for)?"
    r" (you|the two of you|you two|you both|both of you|each of you)( two| both)? to\s+",
    r"your (assignment|homework|job|part|task)( this week)? (is|will be)( to)?:?\s*",
    r"(can|could|would|will) (you|the two of you)( two| both)?( please)?\s+",
    r"(be )?willing to\s+",  # "would you be willing to try the ice" -> "Try the ice"
    r"(try to|try and|see if you can|let's have you|let's see if you can)\s+",
    r"please,?\s+",  # a courtesy the note does not keep: "please keep a thought record" -> "Keep a thought record"
)
# a request, and something to do after it (not "If you can, would you say it's gotten better?", which asks)
_REQUEST = r"(can|could|would|will) (you|the two of you)( two| both)?( please)?\s+(?:(be )?willing to\s+)?"
_TO_DO = (r"(?:try|call|text|write|practi[sc]e|use|keep|go|do|take|put|walk|read|notice|track|log|list|spend|schedule|plan|fill|"
          r"name|breathe|set|make|check|listen|start|ring|sit|leave|give|hand|move|stop)\b")
_REQUEST_AFTER_CONDITION = re.compile(r"(?:when|whenever|if|after|before|each time|every time|once)\b[^,?]{0,60},\s*" + _REQUEST + _TO_DO,
                                      re.IGNORECASE)
_INTERNAL_LEAD_IN = re.compile(
    r"\b(i'd|i would|i want|i'm going to)( really)?( like| want| ask)?( for)? (you|the two of you)( two| both)? to\s+|"
    # a request after its condition: "When the heat comes, could you try what we practised" -> "When the heat comes, try ..."
    r"(?<=,\s)" + _REQUEST + r"(?=" + _TO_DO + r")",
    re.IGNORECASE,
)
# a condition that belongs to the instruction after it: "When the urge comes, I'd like you to text Sam"
_CONDITION_FIRST = re.compile(r"^\W*(?:when|whenever|if|after|before|each time|every time|once|as soon as|on|at|during|"
                              r"in the|every|each|this|next|tonight|tomorrow)\b", re.IGNORECASE)
_WH_QUESTION = re.compile(r"\b(what|how|where|when|why|which) (can|could|would|will|do|did|are|is|should) (you|they)\b",
                          re.IGNORECASE)
_FRAGMENT = re.compile(r"^(once|twice|yeah|yes|okay|ok|right|great|that's|it's|this is|what|how|why|who|which|does|did|"
                       r"is|are|any)\b", re.IGNORECASE)


def as_instruction(sentence: str, max_words: int = 30) -> str | None:
    """A clinician's homework sentence as an instruction in the note's voice, or None when it is no instruction.

    "For homework, I'd like you to keep a thought record when you notice the spike." ->
    "Keep a thought record when they notice the spike."  Questions other than "can you ...?" are not homework.
    """
    s = sentence.strip()
    asks = s.endswith("?")
    for _ in range(3):
        for lead in _LEAD_INS:
            s = re.sub(rf"^{lead}", "", s, flags=re.IGNORECASE if not lead.startswith("[A-Z]") else 0)
    if asks and re.match(r"(can|could|would|will) (you|the two of you)\b", sentence.strip(), re.IGNORECASE) is None \
            and _REQUEST_AFTER_CONDITION.match(sentence.strip()) is None:
        return None
    if _WH_QUESTION.search(s):
        return None  # unpunctuated speech asks too: "what can you do instead"
    inner = _INTERNAL_LEAD_IN.search(s)
    if inner and not _CONDITION_FIRST.match(s[:inner.start()]):
        # "Not weird at all, I'd like you to run that new version every night": what came before answered the client
        s = s[inner.end():]
    s = _INTERNAL_LEAD_IN.sub("", s)
    s = re.sub(r"^you( two| both)?\s+(?!(are|were|have|had|did|do)\b)", "", s, flags=re.IGNORECASE)  # "you keep a log"
    s = s.rstrip(" ?!.,;:")
    words = s.split()
    if len(words) > max_words:
        s = " ".join(words[:max_words])
        cut = max(s.rfind(","), s.rfind(";"), s.rfind(" and "))
        if cut > len(s) // 2:
            s = s[:cut]
    s = third_person(s).strip(" ,;:")
    if len(s.split()) < 4 or _FRAGMENT.match(s) or re.search(r",\s*(yeah|right|okay)$", s, re.IGNORECASE):
        return None
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- appointments

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({"thirtieth": 30})


def _ordinal(text: str) -> int | None:
    m = re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", text)
    if m:
        return int(m.group(1))
    m = re.search(r"\btwenty[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", text)
    if m:
        return 20 + _ORDINALS[m.group(1)]
    if re.search(r"\bthirty[- ]first\b", text):
        return 31
    for w, n in sorted(_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\bthe {w}\b|\b(?:{'|'.join(_MONTHS)}) (?:the )?{w}\b", text):
            return n
    return None


def _clock(text: str) -> str | None:
    if re.search(r"\bsame time\b", text):
        return "the usual time"
    if re.search(r"\bnoon\b|\bmidday\b", text):
        return "12 pm"
    m = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)", text)
    if m:
        return f"{int(m.group(1))}{':' + m.group(2) if m.group(2) else ''} {m.group(3).replace('.', '')}"
    spoken = "|".join(_SMALL)
    m = re.search(rf"\bat ({spoken}|\d{{1,2}})(?:[: ](fifteen|thirty|forty[- ]five|\d{{2}}))?"
                  r"(?:\s*(a\.?m\.?|p\.?m\.?|o'clock|in the (morning|afternoon|evening)))?", text)
    if not m:
        return None
    hour = int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1)]
    if not 1 <= hour <= 12:
        return None
    minutes = {"fifteen": "15", "thirty": "30", "forty-five": "45", "forty five": "45"}.get(m.group(2) or "", m.group(2) or "")
    suffix = (m.group(3) or "").replace(".", "")
    if suffix.startswith("in the"):
        suffix = "am" if "morning" in suffix else "pm"
    if suffix in ("", "o'clock"):
        suffix = "am" if 8 <= hour <= 11 else "pm"  # office hours: "at three" is the afternoon
    return f"{hour}{':' + minutes if minutes else ''} {suffix}"


def normalise_appointment(phrase: str, session_date: str | None) -> str | None:
    """'next Tuesday at 3 pm' said on 2026-01-05 -> 'Tuesday 13 January 2026 at 3 pm'; None when unsure."""
    if not session_date:
        return None
    try:
        base = dt.date.fromisoformat(str(session_date))
    except ValueError:
        return None
    low = phrase.lower()
    day: dt.date | None = None
    weeks = re.search(r"\b(?:in\s+)?(a|one|two|three|four|\d)\s+weeks?\b", low)
    wd = next((i for i, w in enumerate(_WEEKDAYS) if re.search(rf"\b{w}s?\b", low)), None)
    month = next((i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m}\b", low)), None)
    nth = _ordinal(low)
    if month and nth:
        try:
            day = dt.date(base.year, month, nth)
            if day <= base:
                day = dt.date(base.year + 1, month, nth)
        except ValueError:
            return None
    elif nth and wd is None:
        y, m = base.year, base.month
        for _ in range(2):
            try:
                cand = dt.date(y, m, nth)
            except ValueError:
                cand = None
            if cand and cand > base:
                day = cand
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    elif wd is not None and nth:
        # "Tuesday the 5th": the first date ahead that is both
        day = next((d for d in (base + dt.timedelta(days=k) for k in range(1, 93)) if d.day == nth and d.weekday() == wd), None)
    elif wd is not None:
        ahead = (wd - base.weekday()) % 7 or 7
        day = base + dt.timedelta(days=ahead)
        if re.search(rf"\bnext\s+{_WEEKDAYS[wd]}", low) and day.isocalendar()[1] == base.isocalendar()[1]:
            day += dt.timedelta(days=7)
    elif "tomorrow" in low:
        day = base + dt.timedelta(days=1)
    elif weeks:
        n = 1 if weeks.group(1) in ("a", "one") else (int(weeks.group(1)) if weeks.group(1).isdigit() else _SMALL[weeks.group(1)])
        day = base + dt.timedelta(days=7 * n)
    elif re.search(r"\bnext week\b", low):
        day = base + dt.timedelta(days=7)
    if day is None:
        return None
    out = f"{_WEEKDAYS[day.weekday()].capitalize()} {day.day} {_MONTHS[day.month - 1].capitalize()} {day.year}"
    clock = _clock(low)
    return f"{out} at {clock}" if clock else out


__all__ = ["as_instruction", "is_question", "normalise_appointment", "person_words_outside_quotes", "quoted_share",
           "third_person", "unquoted"]
