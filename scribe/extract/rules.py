"""The default, deterministic rules engine.

Produces an un-walled, un-grounded draft; ``scribe.extract.extract`` runs
grounding and the wall over it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from scribe.errors import ModelError
from scribe.extract import metaphor_net
from scribe.extract.diagnoses import extract_diagnoses
from scribe.extract.findings import extract_measures, extract_symptoms
from scribe.extract.interventions import extract_interventions
from scribe.extract.lexicons import THEME_PROMPTS, THEMES
from scribe.extract.meds import extract_medications
from scribe.extract.metaphors import extract_metaphors
from scribe.extract.register import as_instruction
from scribe.extract.risk import assess_risk
from scribe.extract.schema import RISK_FIELDS
from scribe.extract.sections import build_sections
from scribe.extract.text import Sentence, speech_units, split_sentences

Turns = list[dict[str, Any]]
logger = logging.getLogger("scribe")


# ------------------------------------------------------------ homework

# a request that sets something, however politely put: "can you keep", "could you try", "would you be willing to use"
_REQUEST = r"(?:(?:can|could) you|would you be willing to) (?:save|try|practice|write|keep|fill|do|use)\b"
_HOMEWORK = re.compile(
    r"\b(for homework|homework|your assignment|between (now|sessions) and|before (next|our next) "
    r"(session|time|week)|(this|over the) (coming |next )?week,? (i'd|i would|try|can you|see if|(just )?(take|call|write|keep|practice|do|use|go|read|notice|track|log|list|spend|schedule|plan|fill|text|walk|pick))\b|i'd like you( two| both)? to|"
    r"i want you( two| both)? to|your part is|practice (it|this|that) (every|each|daily|once|twice)|"
    r"once a day|every (day|night|evening|morning)|(three|two|four|five) times this week|"
    r"let's write that down|" + _REQUEST + r"|try to\b[^.?!]*this week)",
    re.IGNORECASE,
)


# a turn that sums the session up sets homework only in a sentence that asks for something
_SUMMING_UP = re.compile(r"\b(?:let me (?:say|read|sum|pull|put)\b[^.?!]{0,30}\b(?:back|up|together)|summary|to sum up|"
                         r"what i(?:'m| am)? hear(?:d|ing)|recap)\b|"
                         # a sentence opening a list of the session: "So today: twelve milligrams, ..."
                         r"(?:^|[.!?]\s+)\W*(?:(?:so|okay|ok|alright),?\s+)?(?:today|this session|for today)\s*:", re.IGNORECASE)
_DIRECTIVE = re.compile(r"^\W*(?:(?:so|and|then|okay|now),?\s+)*(?:try|keep|write|practice|use|take|do|go|call|text|read|notice|"
                        r"track|log|list|spend|schedule|plan|fill|walk|pick|set|put|make|check|rate|sit|listen|start)\b|"
                        r"\b(?:i'd like you|i want you|you(?:'ll| will| can| could| might)\s+(?:try|practice|do|use|keep|write)|"
                        r"let'?s|see if you|your (?:job|part|task)|can you|could you|would you be willing)\b", re.IGNORECASE)
# the clinician saying back what they heard is a summary, not an assignment
_SAID_BACK = re.compile(r"\b(?:you (?:have|'ve had|have had|'re having|are having) (?:a )?(?:thoughts?|images?|pictures?|urges?|wish)|"
                        r"(?:is|are) something (?:we|i) (?:take|treat)|"
                        r"what i(?:'m| am)? hear(?:d|ing)?|let me (?:say|read|sum) (?:it |that )?back|you (?:said|told me))\b",
                        re.IGNORECASE)

# the word said of something rather than setting it: "you could tell her it's homework"
_HOMEWORK_NAMED = re.compile(r"\b(?:tell|told|say|said|explain)\s+(?:her|him|them|people|everyone|your\s+\w+)\s+"
                             r"(?:it'?s|that'?s|it\s+is)\s+(?:just\s+|your\s+|my\s+)?homework\b", re.IGNORECASE)


# what the client did before, recalled: "you used to go to the upper field every morning"
_USED_TO = re.compile(r"\b(?:you|they|he|she|we)\s+(?:used\s+to|would\s+always|always\s+used\s+to)\b", re.IGNORECASE)
# a request to say or do something now, in the session, put as a question
_SAY_IT_NOW = re.compile(r"\b(keep going|go on|tell me|say (more|it|that)|try to (remember|describe|explain|say|put|picture|"
                         r"imagine|find the words)|walk me through|do (it|that|this) (now|with me|here)|try (it|that|this) "
                         r"(now|with me|here)|right now)\b", re.IGNORECASE)


# ... unless it is also set for later: "can you try it now, and every night this week"
_FOR_LATER = re.compile(r"\b(?:this\s+week|every|each|tonight|tomorrow|at\s+home|between|until|next)\b", re.IGNORECASE)


# the next spoken piece adds to the list ("and the number", "and what you told yourself"), it says nothing new
# (not a question put in the room: "and ring the out of hours line ... can we write those down together now")
_LIST_GOES_ON = re.compile(r"and\s+(?!then\b|so\b|i\b|we\b|you\s+(?:know|said|told\s+me)\b|that'?s\b|it'?s\b)"
                           r"(?![^?]*\b(?:can|could|would|will|shall)\s+(?:you|we|i)\b)(?![^?]*\?)", re.IGNORECASE)
_HOMEWORK_WORDS = 30


# an assignment that points back at what was just practised: "Can you do that for five minutes after each shift?"
# ("that" standing alone, not "that breathing", "that full version": a time, a place or the end follows it)
_POINTS_BACK = re.compile(r"^(?:Do|Practi[sc]e|Try|Repeat|Keep doing)\s+(?:that|this|it)(?=\s*(?:$|[,;]|\s+(?:for|in|at|when|whenever|"
                          r"every|each|once|twice|three|four|five|after|before|next|this|until|during|daily|tonight|tomorrow)\b))")
# what was practised, named by what the clinician said while leading it
_PRACTISED = (
    (re.compile(r"\b(?:breathe|breath(?:ing)?)\s+(?:in|out)\b|\b(?:in|out)\s+(?:for|to\s+a\s+count\s+of)\s+(?:four|five|six|seven|"
                r"eight|4|5|6|7|8)\b|\b(?:slow|deep|belly)\s+breath|\bbreathing\s+exercise\b|\bcome back to the breath\b",
                re.IGNORECASE), "the breathing from the session"),
    (re.compile(r"\b(?:tense|squeeze|clench)\b[^.?!]{0,40}\b(?:release|let (?:it |them )?go)\b", re.IGNORECASE),
     "the muscle relaxation from the session"),
    (re.compile(r"\b(?:five|5) things you can see\b|\bfeel your feet on the floor\b", re.IGNORECASE),
     "the grounding from the session"),
    (re.compile(r"\bnotic(?:e|ing)\s+(?:where\s+your\s+body|the\s+(?:pain|sensations?|sounds?)|your\s+(?:body|breath))\b|\bbody\s+scan\b",
                re.IGNORECASE), "the mindfulness exercise from the session"),
)
_PRACTICE_REACH = 8


def _practised_before(turns: Turns, i: int) -> tuple[str, list[int]] | None:
    """What the clinician led in the turns before ``i``, said as the thing to repeat, with the turns it was led in
    (None where no exercise the note can name was led: the assignment keeps its own words)."""
    led = [j for j in range(max(0, i - _PRACTICE_REACH), i) if turns[j].get("speaker") == "clinician"]
    # the exercise led last is the one "that" points at: "Another is breathing out slowly ... can we try now, is noticing
    # the pain without fighting it ... Could you do it once a day?" is the noticing, not the breathing
    found = [((j, m.start()), name, j) for rx, name in _PRACTISED for j in led
             for m in rx.finditer(str(turns[j].get("text", "")))]
    if not found:
        return None
    name = max(found)[1]
    return name, sorted({j for _, n, j in found if n == name})


# the next meeting arranged, not a task: "i'd like to see you in two weeks can you do tuesday the second at four thirty"
_NEXT_MEETING = re.compile(r"\b(?:see\s+you|see\s+each\s+other|meet\s+again|come\s+(?:in|back))\b[^.?!]{0,30}\b(?:in\s+(?:a|one|two|three|"
                           r"four|a\s+couple\s+of)\s+weeks?|next\s+week|on\s+\w+day)\b|\bcan\s+you\s+(?:do|make)\s+(?:it\s+)?"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _sentence_ends(text: str, pos: int) -> bool:
    """Whether the piece of ``text`` ending at ``pos`` ends its sentence (the next piece starts another)."""
    return text[pos - 1:pos] in (".", "!", "?")


def extract_homework(turns: Turns) -> list[dict[str, Any]]:
    """Assignments as instructions ("Keep a thought record …"); a clinician's question is never homework."""
    out: list[dict[str, Any]] = []
    start = len(turns) // 3
    for i, t in enumerate(turns):
        if i < start or t.get("speaker") != "clinician":
            continue
        said = t.get("text", "")
        units = speech_units(said)
        taken = -1
        for k, sent in enumerate(units):
            if k <= taken or not _HOMEWORK.search(sent.text):
                continue
            # an unpunctuated assignment goes on past the spoken break its run-on was cut at: "write down each time the
            # film comes the time | and the number and what you told yourself | and the other version"
            taken = k
            while taken + 1 < len(units) and _LIST_GOES_ON.match(units[taken + 1].text) \
                    and not _sentence_ends(said, units[taken].end) \
                    and len(said[sent.start:units[taken + 1].end].split()) <= (
                        # (a list set off by semicolons goes on to its end: it is cut into its items below)
                        2 * _HOMEWORK_WORDS if ";" in said[sent.start:units[taken].end] else _HOMEWORK_WORDS):
                taken += 1
            if taken > k:
                sent = Sentence(said[sent.start:units[taken].end], sent.start, units[taken].end)
            # (a request put as a question is still set: "Could you keep a short log this week, each urge ...?")
            if sent.text.endswith("?") and not re.search(rf"\b{_REQUEST}", sent.text, re.IGNORECASE):
                continue
            if _SAY_IT_NOW.search(sent.text) and not _FOR_LATER.search(sent.text) \
                    and (sent.text.endswith("?") or re.search(rf"\b{_REQUEST}", sent.text, re.IGNORECASE)):
                # "Could you keep going?", "Could you try to remember when it started?", unpunctuated "exactly can you
                # try it now while we watch": asked in the room
                continue
            if _USED_TO.search(sent.text) and not _DIRECTIVE.search(sent.text):
                continue  # "you used to go to the upper field every morning": the client's life before, not a task
            if _HOMEWORK_NAMED.search(sent.text) and not _DIRECTIVE.search(sent.text):
                continue  # "You could tell her it's homework": what to call it, not what to do
            if _NEXT_MEETING.search(sent.text):
                continue  # "I'd like to see you in two weeks, can you do Tuesday?" arranges the next session
            if _SAID_BACK.search(sent.text) or _SUMMING_UP.search(said) and not _DIRECTIVE.search(sent.text):
                continue  # "Nearly every night you have thoughts of ..." describes the week, it sets nothing
            # a list too long for one item, set off by semicolons, is one item each: "Homework: face in cold water ...; lunch
            # with Maddie and the counselor's sheet; Paul and Renata each get one night off."
            pieces = sent.text.split(";") if ";" in sent.text and len(sent.text.split()) > _HOMEWORK_WORDS else [sent.text]
            for piece in pieces:
                text = as_instruction(piece, max_words=_HOMEWORK_WORDS)
                back = _POINTS_BACK.match(text) if text is not None else None
                evidence = [i]
                practised = _practised_before(turns, i) if text is not None and back is not None else None
                if text is not None and back is not None and practised is not None:
                    # "Do that for five minutes after each shift" -> "Practise the breathing from the session for
                    # five minutes after each shift": the note says what "that" was, and cites where it was led
                    text, evidence = f"Practise {practised[0]}{text[back.end():]}", sorted({*practised[1], i})
                if text is None or any(text == h["text"] for h in out):
                    continue
                out.append({"text": text, "evidence": evidence})
    return out


# ------------------------------------------------------------ next appointment

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
        r"twentieth|twenty[- ]\w+|thirtieth|thirty[- ]first)")
_TIME = (r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)?|noon|midday|"
         r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ](?:fifteen|thirty|forty[- ]five|o'clock))?"
         r"(?:\s*(?:a\.?m\.?|p\.?m\.?|in the (?:morning|afternoon|evening)))?)")
APPOINTMENT_RE = re.compile(
    rf"(?:(?:next|this|this coming|on)\s+)?(?:{_WEEKDAY}(?:,?\s+(?:the\s+)?{_ORD})?|the\s+{_ORD}(?:\s+of\s+{_MONTH})?|"
    rf"{_MONTH}\s+(?:the\s+)?{_ORD}|{_MONTH}\s+\d{{1,2}}|tomorrow|"
    rf"(?:in\s+)?(?:one|two|three|four|a|\d)\s+weeks?(?:\s+from\s+(?:today|now))?|next\s+week)"
    rf"(?:,?\s+(?:at\s+)?(?:{_TIME}|same time)(?=\W|$))?(?:,?\s+same\s+time)?"
    rf"|same\s+time\s+next\s+week",
    re.IGNORECASE,
)
_APPT_CUE = re.compile(
    r"\b(meet|see you|next (session|appointment)|schedule|book|work for you|does .* work|works\??$|"
    r"same time|come back|follow[- ]up|check in again|back on|(talk|speak|meet) again)\b",
    re.IGNORECASE,
)


# a task's deadline, not a meeting: "Send it before Friday?"
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|till)\s+$", re.IGNORECASE)


def extract_next_appointment(turns: Turns) -> dict[str, Any] | None:
    best: dict[str, Any] | None = None
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician" or i < len(turns) // 2:
            continue
        text = t.get("text", "")
        if not _APPT_CUE.search(text) and not text.rstrip().endswith("?"):
            continue
        for m in APPOINTMENT_RE.finditer(text):
            phrase = m.group(0).strip(" ,")
            if not re.search(r"\d|day|week|the \w+|tomorrow|same time|" + _MONTH, phrase, re.IGNORECASE):
                continue
            if _DEADLINE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # a deadline for a task, not a meeting: "Send it before Friday?"
            phrase = re.sub(r"^on\s+", "", phrase, flags=re.IGNORECASE)
            ev = [i]
            if i + 1 < len(turns) and turns[i + 1].get("speaker") != "clinician":
                ev.append(i + 1)
            cand = {"text": phrase, "evidence": ev}
            if best is None or len(phrase) >= len(best["text"]) or i > best["evidence"][0]:
                best = cand
    return best


# ------------------------------------------------------------ workspace

_HYPOTHESIS = re.compile(
    r"\b(i wonder(ing)?|i'm wondering|it sounds like|it seems like|it seems|i notice|i'm noticing|"
    r"i'm hearing|what i'm hearing|i have a (hunch|sense)|my sense is|part of you|could it be|"
    r"maybe (part of|some of|the)|i get the sense|it makes sense that|i think (the|what|part|maybe))\b",
    re.IGNORECASE,
)


# a risk screen's wording ("When you do it is any part of you wanting to die") is the progress note's risk
# assessment, never a hypothesis in the workspace
_RISK_SCREEN_WORDS = re.compile(
    r"\b(die|dying|dead|death|kill\w*|suicid\w*|end(ing)? (your|my|his|her|their) life|self[- ]?harm\w*|overdos\w*|"
    r"hurt(ing)? (yourself|himself|herself|themselves|him|her|them|someone|somebody|anyone|anybody))\b", re.IGNORECASE)


def extract_hypotheses(turns: Turns) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        for sent in split_sentences(t.get("text", "")):
            m = _HYPOTHESIS.search(sent.text)
            if not m or _RISK_SCREEN_WORDS.search(sent.text):
                continue
            # drop a leading vocative or preamble: "Jenna, this is important, and it sounds like ..."
            cut = max(sent.text.rfind(", ", 0, m.start()), -1)
            text = sent.text[cut + 2:] if cut >= 0 else sent.text
            text = re.sub(r"^(and|but|so|well|okay|ok|yeah|right)\b,?\s*", "", text, flags=re.IGNORECASE)
            if len(text.split()) >= 5:
                out.append({"text": text[0].upper() + text[1:], "evidence": [i]})
    return out


def extract_themes(turns: Turns, limit: int = 5) -> list[str]:
    counts: dict[str, int] = {}
    for t in turns:
        if t.get("speaker") == "clinician":
            continue
        low = t.get("text", "").lower()
        for theme, pats in THEMES.items():
            n = sum(len(re.findall(p, low)) for p in pats)
            if n:
                counts[theme] = counts.get(theme, 0) + n
    from scribe.extract import embeddings

    if embeddings.enabled():
        client_sents = [s.text for t in turns if t.get("speaker") != "clinician" for s in split_sentences(t.get("text", ""))]
        try:
            for theme, n in embeddings.theme_votes(client_sents).items():
                counts[theme] = counts.get(theme, 0) + n
        except ModelError:
            logger.warning("embedding routing unavailable; keyword themes only")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [k for k, _ in ranked[:limit]]


def reflection_prompts(themes: list[str], hypotheses: list[str], metaphors: list[str]) -> list[str]:
    prompts = [THEME_PROMPTS[t] for t in themes if t in THEME_PROMPTS]
    if metaphors:
        prompts.append("What does the client's own image for their experience suggest about what they need?")
    if hypotheses:
        prompts.append("Which of the interpretations I voiced did the client take up, and which did they push back on?")
    return prompts


# ------------------------------------------------------------ session facts

def session_facts(session: dict[str, Any]) -> dict[str, Any]:
    meta = session.get("meta") or {}
    turns = session.get("turns") or []
    attendees: dict[str, int] = {}
    for t in turns:
        role = str(t.get("speaker", "unknown"))
        attendees[role] = attendees.get(role, 0) + 1
    duration = None
    if turns:
        try:
            duration = round(float(turns[-1].get("end", 0.0)) - float(turns[0].get("start", 0.0)), 1)
        except (TypeError, ValueError):
            duration = None
    # the recording's length: the pipeline writes duration_seconds, older callers duration
    for key in ("duration", "duration_seconds"):
        if meta.get(key) is not None:
            try:
                duration = float(meta[key])
            except (TypeError, ValueError):
                pass
    return {
        "date": meta.get("date"),
        "modality": meta.get("modality"),
        "session_type": meta.get("session_type"),
        "attendees": attendees,
        "duration_s": duration,
    }


def run_rules(session: dict[str, Any]) -> dict[str, Any]:
    """The rules engine's draft extraction (before grounding and the wall)."""
    turns: Turns = [dict(t) for t in session.get("turns") or []]
    meta = session.get("meta") or {}
    fmt = str(meta.get("note_format") or "SOAP").upper()
    if fmt not in ("SOAP", "DAP", "BIRP"):
        fmt = "SOAP"
    meds = [
        {"name": m.name, "dose": m.dose, "status": m.status, "evidence": m.evidence}
        for m in extract_medications(turns)
    ]
    risk_found = assess_risk(turns)
    risk = {f: risk_found[f].as_item() for f in RISK_FIELDS}
    # the turns of the risk the assessment found: what a safety plan made later answers (not a field left for review
    # only: over s01-s1230 that read as many plans that were not made as plans that were)
    risk_turns = {i for f in RISK_FIELDS if risk_found[f].status == "endorsed" for i in risk_found[f].evidence}
    metaphors = metaphor_net.with_net(turns, extract_metaphors(turns))
    hypotheses = extract_hypotheses(turns)
    themes = extract_themes(turns)
    progress: dict[str, Any] = {
        "format": fmt,
        "medications": meds,
        "diagnoses": extract_diagnoses(turns),
        "risk": risk,
        "interventions": extract_interventions(turns, risk_turns),
        "homework": extract_homework(turns),
        "next_appointment": extract_next_appointment(turns),
        "symptoms": extract_symptoms(turns),
        "measures": extract_measures(turns),
        "session": session_facts(session),
    }
    return {
        "progress_note": progress,
        "psychotherapy_note": {
            "themes": themes,
            "metaphors": metaphors,
            "hypotheses": [h["text"] for h in hypotheses],
            "reflection_prompts": reflection_prompts(themes, [h["text"] for h in hypotheses],
                                                     [m["quote"] for m in metaphors]),
        },
    }


def finish_sections(extraction: dict[str, Any], session: dict[str, Any]) -> None:
    """Write the narrative sections from the (grounded) structured facts."""
    progress = extraction["progress_note"]
    sentences = build_sections(progress, session.get("turns") or [])
    progress["section_sentences"] = sentences
    progress["sections"] = {k: " ".join(s["text"] for s in v) for k, v in sentences.items()}
