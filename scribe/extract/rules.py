"""The default, deterministic rules engine.

Produces an un-walled, un-grounded draft; ``scribe.extract.extract`` runs
grounding and the wall over it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from scribe.errors import ModelError
from scribe.extract.findings import extract_measures, extract_symptoms
from scribe.extract.lexicons import DIAGNOSES, DX_BY_CODE, ICD10_RE, INTERVENTIONS, THEME_PROMPTS, THEMES
from scribe.extract.meds import extract_medications
from scribe.extract.register import as_instruction
from scribe.extract.risk import assess_risk
from scribe.extract.schema import RISK_FIELDS
from scribe.extract.sections import build_sections
from scribe.extract.text import clause_before, sentence_at, speech_units, split_sentences

Turns = list[dict[str, Any]]
logger = logging.getLogger("scribe")

# ---------------------------------------------------------------- diagnoses

_DX_NEGATION = re.compile(
    r"(n't\b|\b(?:not|no|never)\b(?! only)|\b(read|heard|saw) (online|that|about|somewhere)|\btest\w* (\w+ )?for|\b(?:rule[sd]? out|ruled out|isn't|doesn't (mean|sound like)|don't think|"
    r"instead of|rather than|not really|wonder(ing)? (if|whether)|worried (i|you) (have|might)|"
    r"might (have|be)|could (be|have)|do i have|whether|if (i|you|it)|screen(ing)? for|test(ed)? for|"
    r"look(ing)? (into|at) (whether|if)|thought (i|it) (had|was)|googled|read about|actually\s+$))[^.?!]*$",
    re.IGNORECASE,
)
_DX_THIRD_PARTY = re.compile(
    r"\b(my|his|her|their|our) (mom|mother|dad|father|sister|brother|husband|wife|partner|boyfriend|"
    r"girlfriend|friend|roommate|son|daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|"
    r"coworker|boss|ex|parents?|family)('s)?\b[^.?!]*$|\b(he|she|they) (has|had|have|was diagnosed|"
    r"got diagnosed|struggles with|deals with)\b[^.?!]*$|\b(his|her|their) (own )?$|\bruns in\b",
    re.IGNORECASE,
)
_DX_SUBTYPES: tuple[tuple[str, str, str], ...] = (
    (r"inattentive", "F90.0", "attention-deficit hyperactivity disorder, predominantly inattentive type"),
    (r"hyperactive[- ]impulsive|hyperactive type", "F90.1",
     "attention-deficit hyperactivity disorder, predominantly hyperactive type"),
    (r"combined[- ]type|combined presentation", "F90.2", "attention-deficit hyperactivity disorder, combined type"),
)


_DX_RELATIVE = re.compile(
    r"\b(mom|mother|dad|father|sister|brother|husband|wife|partner|boyfriend|girlfriend|friend|roommate|son|"
    r"daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|coworker|boss|ex|parents?|family|"
    r"niece|nephew|stepmom|stepdad|sibling)('s)?\b",
    re.IGNORECASE,
)


def _third_party_is_client(speaker: str, multi_party: bool, match: re.Match[str], before: str, prev: str) -> bool:
    """'her ADHD diagnosis' / 'she has PTSD' from a parent or partner, or from the clinician in a
    couples or family session, is about the client unless a relative was just named."""
    if speaker == "client" or (speaker == "clinician" and not multi_party):
        return False
    if not re.match(r"(his|her|their|he|she|they)\b", match.group(0), re.IGNORECASE):
        return False
    return not _DX_RELATIVE.search(before[: match.end()] + " " + prev)


def extract_diagnoses(turns: Turns) -> list[dict[str, Any]]:
    by_cat: dict[str, dict[str, Any]] = {}
    multi_party = any(t.get("speaker") == "other" for t in turns)
    for i, t in enumerate(turns):
        text = t.get("text", "")
        low = text.lower()
        masked = [False] * len(low)
        hits: list[tuple[str, str, int, int]] = []
        for m in ICD10_RE.finditer(text):
            code = m.group(0).upper()
            label = DX_BY_CODE[code].label if code in DX_BY_CODE else code
            hits.append((code, label, m.start(), m.end()))
        cands = [
            (m.end() - m.start(), m.start(), m.end(), entry)
            for entry in DIAGNOSES
            for pat in entry.patterns
            for m in re.finditer(pat, low)
        ]
        for _, s0, e0, entry in sorted(cands, key=lambda c: (-c[0], c[1])):
            if any(masked[s0:e0]):
                continue
            for k in range(s0, e0):
                masked[k] = True
            hits.append((entry.code, entry.label, s0, e0))
        for code, label, s, e in hits:
            sent = sentence_at(text, s)
            before = clause_before(sent.text, s - sent.start)
            if _DX_NEGATION.search(before[-60:]):
                continue
            third = _DX_THIRD_PARTY.search(before)
            if third:
                prev = " ".join(x.text for x in split_sentences(text) if x.end <= sent.start)[-200:]
                if not _third_party_is_client(str(t.get("speaker", "")), multi_party, third, before, prev):
                    continue
            if re.match(r"^[^.?!]{0,25}\b(runs in|in (my|the) family)\b", text[e:]):
                continue
            if code.startswith("F90"):
                for pat, sub, sublabel in _DX_SUBTYPES:
                    if re.search(pat, sent.text, re.IGNORECASE):
                        code, label = sub, sublabel
            cat = code[:3]
            cur = by_cat.get(cat)
            if cur is None:
                by_cat[cat] = {"icd10": code, "label": label, "evidence": [i]}
            else:
                if i not in cur["evidence"]:
                    cur["evidence"].append(i)
                if len(code) > len(cur["icd10"]) and cur["icd10"].endswith(".9"):
                    cur["icd10"], cur["label"] = code, label
    return list(by_cat.values())


# ------------------------------------------------------------ interventions

_PLANNED = re.compile(
    r"\b(next (time|session|week)|in a (few|couple( of)?) (weeks|sessions)|at some point|eventually|"
    r"down the road|later on|not (today|yet|ready))\b",
    re.IGNORECASE,
)
_INTERVENTION_RX = {name: [re.compile(p, re.IGNORECASE) for p in pats] for name, pats in INTERVENTIONS.items()}


def extract_interventions(turns: Turns) -> list[dict[str, Any]]:
    found: dict[str, list[int]] = {}
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        for sent in split_sentences(t.get("text", "")):
            for name, rxs in _INTERVENTION_RX.items():
                for rx in rxs:
                    m = rx.search(sent.text)
                    if not m:
                        continue
                    if _PLANNED.search(sent.text) and not re.search(r"\b(today|now|let's|right now)\b", sent.text, re.IGNORECASE):
                        continue
                    if re.search(r"\b(not|n't|never)\b[^.?!]{0,15}$", sent.text[: m.start()], re.IGNORECASE):
                        continue
                    found.setdefault(name, [])
                    if i not in found[name]:
                        found[name].append(i)
                    break
    return [{"name": n, "evidence": ev} for n, ev in found.items()]


# ------------------------------------------------------------ homework

_HOMEWORK = re.compile(
    r"\b(for homework|homework|your assignment|between (now|sessions) and|before (next|our next) "
    r"(session|time|week)|this (coming )?week,? (i'd|i would|try|can you|see if)|i'd like you( two| both)? to|"
    r"i want you( two| both)? to|your part is|practice (it|this|that) (every|each|daily|once|twice)|"
    r"once a day|every (day|night|evening|morning)|(three|two|four|five) times this week|"
    r"let's write that down|can you (save|try|practice|write|keep|fill|do)|try to\b[^.?!]*this week)",
    re.IGNORECASE,
)


def extract_homework(turns: Turns) -> list[dict[str, Any]]:
    """Assignments as instructions ("Keep a thought record …"); a clinician's question is never homework."""
    out: list[dict[str, Any]] = []
    start = len(turns) // 3
    for i, t in enumerate(turns):
        if i < start or t.get("speaker") != "clinician":
            continue
        for sent in speech_units(t.get("text", "")):
            if not _HOMEWORK.search(sent.text):
                continue
            if sent.text.endswith("?") and not re.search(r"\bcan you (save|try|practice|write|keep|fill|do)", sent.text, re.IGNORECASE):
                continue
            text = as_instruction(sent.text)
            if text is None or any(text == h["text"] for h in out):
                continue
            out.append({"text": text, "evidence": [i]})
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
    r"same time|come back|follow[- ]up|check in again|back on)\b",
    re.IGNORECASE,
)


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
            phrase = re.sub(r"^on\s+", "", phrase, flags=re.IGNORECASE)
            ev = [i]
            if i + 1 < len(turns) and turns[i + 1].get("speaker") != "clinician":
                ev.append(i + 1)
            cand = {"text": phrase, "evidence": ev}
            if best is None or len(phrase) >= len(best["text"]) or i > best["evidence"][0]:
                best = cand
    return best


# ------------------------------------------------------------ metaphors

_FIGURATIVE = re.compile(
    r"\b(drown\w*|underwater|treading water|eggshells|hamster wheel|roller ?coaster|tightrope|"
    r"time bomb|ticking|pressure cooker|powder keg|volcano|boil(ing)? over|house of cards|"
    r"black (cloud|hole)|dark cloud|cloud over|fog|in a hole|quicksand|cage|trapped in|prison|"
    r"weight on|weight of the world|brick\w*|backpack|running on empty|on autopilot|broken record|"
    r"spinning plates|juggling|smoke alarm|yo-?yo|ships passing|spiral\w*|snowball\w*|avalanche|"
    r"tidal wave|minefield|landmine|war zone|walking on|glass|zombie|robot|ghost|shell of|fumes|on patrol|"
    r"life raft|lifeline|sieve|anchor|leash|muzzle|bottled up|on fire|sinking|blow up|in pieces|falling apart|"
    r"glue|(a|the|my|this) mask|in waves|on my (back|shoulders)|puppet|doormat|punching bag|bottomless|tornado|"
    r"hurricane|storm|thunder|earthquake|rollercoaster|roller coaster|ticking clock|dead end|crossroads|"
    r"uphill|mountain|chains?|shackle\w*|pins and needles|knot in|heavy blanket|"
    r"wall (up|between)|wound up|frozen|stuck in (mud|a loop)|treadmill|battery|fuse|burn(ing|ed)? out|"
    r"safety net|security blanket|crutch|butterflies|bees|hydra|washing machine|pressure valve|off switch|"
    r"broken compass|lost at sea|in a bubble|on a leash|circus|wrecking ball|train wreck|dumpster fire)\b",
    re.IGNORECASE,
)
_COPULAR = re.compile(
    r"\b(my|our|this|the|it's|life|home|work)\s*(\w+\s+){0,2}(is|'s|are|'re|feels?|became|has become)\s+"
    r"(just\s+|basically\s+|kind of\s+|literally\s+)?(a|an|one big|this)\s+\w+",
    re.IGNORECASE,
)
# "my memory is a sieve", "the bottle was my life raft": a thing described as another thing
_COPULAR_METAPHOR = re.compile(
    r"\b(?:my|the|this|our|that)\s+(?:[\w'-]+\s+)?(?P<subj>[\w'-]+)\s+(?:is|was|'s|has been|became|feels like|felt like)\s+"
    r"(?:still\s+|just\s+|basically\s+|kind of\s+|literally\s+|like\s+)?(?:a|an|my|on|this)\s+(?P<pred>[\w'-]+)"
    # an abstract noun with no determiner: "grief is a room I keep walking back into"
    r"|\b(?P<subj2>grief|anxiety|depression|life|love|fear|panic|sadness|anger|loneliness|shame|guilt|worry|"
    r"recovery|sobriety|marriage|parenting|motherhood|fatherhood|school|work|home|everything|the future|the past)"
    r"\s+(?:is|was|feels like|felt like|has become|became)\s+(?:just\s+|basically\s+|kind of\s+|like\s+)?"
    r"(?:a|an)\s+(?P<pred2>[\w'-]+)",
    re.IGNORECASE,
)
# a body part or a life domain that has, holds or is full of something: "my tummy has bees in it"
_BODY_HAS = re.compile(
    r"\bmy\s+(?:tummy|stomach|chest|head|brain|heart|throat|skin|body|mind|gut|legs|arms|hands|insides|"
    r"life|house|marriage|week)\s+(?:has|had|is full of|was full of|feels full of|turns into|turned into|"
    r"feels like|felt like)\s+\w+",
    re.IGNORECASE,
)
# "I'm the glue that holds this family together"
_SELF_METAPHOR = re.compile(
    r"\bi(?:'m| am)\s+(?:just\s+|basically\s+|like\s+)?(?:the|a|an)\s+(?P<pred>[\w-]+)\s+"
    r"(?:that|who|in|of|on|with|nobody|no one|everyone|everybody|someone|somebody|people)\b",
    re.IGNORECASE,
)
_LITERAL_SUBJECTS = frozenset(
    "sister brother mom mother dad father husband wife partner boyfriend girlfriend friend son daughter boss "
    "doctor therapist psychiatrist name job appointment plan problem thing issue point question goal idea "
    "reason deal worst best hardest part first last one other kid kids baby family teacher coworker".split()
)
_LITERAL_PREDICATES = frozenset(
    "lot bit little few couple week day month year time thing problem job nurse teacher student doctor "
    "monday tuesday wednesday thursday friday saturday sunday call meds medication vacation leave break "
    "way good bad new big small real while mess".split()
)
_NOT_SIMILE_AFTER = re.compile(
    r"^\s*(,|\d|that\b|this\b|it\b|i said|when\b|if\b|how\b|what\b|maybe\b|about\b|"
    r"(at|in|on|for|to|twice|once)\b|(an? )?(hour|minute|second|day|week|month|year|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|hundred)s?\b|"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|"
    r"a (few|couple|minute|second|week|month|year|day|half|lot|little|bit))\b|hours\b|minutes\b|"
    r"i'm (not|being|a failure)|i (should|need|have|can't|don't|was being)|you\b|he\b|she\b|they\b|we\b)",
    re.IGNORECASE,
)


# Unpunctuated ASR text runs a whole turn into one "clause": these words are where speech breaks.
_SPOKEN_BREAKS = frozenset("and but so because cause um uh anyway then or".split())
_RUN_ON_WORDS, _LEFT_WORDS, _RIGHT_WORDS = 18, 8, 12


def _narrow_run_on(sentence: str, start: int, pos: int, end: int) -> tuple[int, int]:
    """A clause longer than a figure of speech is cut to the words around the image, at spoken breaks."""
    tokens = [m for m in re.finditer(r"\S+", sentence) if m.start() >= start and m.end() <= end]
    if len(tokens) <= _RUN_ON_WORDS:
        return start, end
    k = next((i for i, t in enumerate(tokens) if t.start() >= pos), len(tokens) - 1)

    def is_break(i: int) -> bool:
        word = tokens[i].group(0).lower().strip(",")
        pair = f"{word} {tokens[i + 1].group(0).lower()}" if i + 1 < len(tokens) else ""
        return word in _SPOKEN_BREAKS or pair in ("you know", "i mean")

    first = k
    while first > 0 and k - first < _LEFT_WORDS and not is_break(first - 1):
        first -= 1
    last = k
    while last + 1 < len(tokens) and last - k < _RIGHT_WORDS and not (last - k >= 3 and is_break(last + 1)):
        last += 1
    return tokens[first].start(), tokens[last].end()


def _clause_around(sentence: str, pos: int) -> str:
    """The clause of ``sentence`` holding ``pos``, without a leading discourse marker."""
    left = sentence[:pos]
    cut = max(left.rfind(", "), left.rfind("; "), left.rfind(" - "), left.rfind("—"))
    start = cut + 2 if cut >= 0 else 0
    # keep a short subject ("it's like", "my brain is") with the image
    if pos - start < 3 and cut >= 0:
        prev_cut = max(left[:cut].rfind(", "), left[:cut].rfind("; "))
        start = prev_cut + 2 if prev_cut >= 0 else 0
    right = sentence[pos:]
    end_m = re.search(r"(,\s*(you know|i guess|i mean|right|honestly)\b|[.?!;]|\s-\s|—)", right)
    end = pos + (end_m.start() if end_m else len(right))
    start, end = _narrow_run_on(sentence, start, pos, end)
    out = sentence[start:end].strip(" ,")
    out = re.sub(r"^(and|but|so|like|um|uh|honestly|i mean|just|yeah),?\s+", "", out, flags=re.IGNORECASE)
    return out


def extract_metaphors(turns: Turns) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, t in enumerate(turns):
        if t.get("speaker") == "clinician":
            continue
        text = t.get("text", "")
        for sent in speech_units(text):
            quote: str | None = None
            for m in re.finditer(r"\b(like|as if|as though)\b", sent.text, re.IGNORECASE):
                word = m.group(0).lower()
                left = sent.text[: m.start()].lower()
                # "my skin feels like it's full of static": a body part or life domain said to feel like
                # something is a figure, whatever follows
                image_subject = re.search(
                    r"\bmy\s+(tummy|stomach|chest|head|brain|heart|throat|skin|body|mind|gut|legs|arms|hands|"
                    r"life|house|home|marriage|world|insides)\s+(feels|felt|is|was|looks|sounds)\s+$", left)
                if image_subject and word == "like" and len(sent.text[m.end():].split()) >= 2:
                    quote = _clause_around(sent.text, image_subject.start())
                    break
                if word == "like":
                    if re.search(r"\b(i|you|we|they|would|i'd|really|don't|didn't|not|to)\s+$", left):
                        continue  # verb "like"
                    if re.search(r"(^|[.?!,]\s*)$", left) and re.match(r"\s*,", sent.text[m.end():]):
                        continue  # discourse "Like, ..."
                    if re.search(r"\b(feel|feels|felt|feeling)\s+$", left) and re.match(
                        r"\s+(i'm|i am|i was|i have|i had|i should|i need|i can't|i don't|nobody|no one|"
                        r"going|doing|it|everyone|they|he|she)\b",
                        sent.text[m.end():], re.IGNORECASE,
                    ) and not _FIGURATIVE.search(sent.text[m.end():]):
                        continue
                if _NOT_SIMILE_AFTER.match(sent.text[m.end():]) and not _FIGURATIVE.search(sent.text[m.end():]):
                    continue
                rest = sent.text[m.end():].split()
                if len(rest) < 2:
                    continue
                quote = _clause_around(sent.text, m.start())
                break
            if quote is None:
                cm = _COPULAR_METAPHOR.search(sent.text)
                if (
                    cm
                    and (cm.group("subj") or cm.group("subj2")).lower() not in _LITERAL_SUBJECTS
                    and (cm.group("pred") or cm.group("pred2")).lower() not in _LITERAL_PREDICATES
                ):
                    quote = _clause_around(sent.text, cm.start())
            if quote is None:
                bm = _BODY_HAS.search(sent.text)
                if bm:
                    quote = _clause_around(sent.text, bm.start())
            if quote is None:
                sm = _SELF_METAPHOR.search(sent.text)
                if sm and sm.group("pred").lower() not in _LITERAL_PREDICATES | {"one", "only", "person", "kind",
                                                                                 "type", "mom", "dad", "parent"}:
                    quote = _clause_around(sent.text, sm.start())
            if quote is None:
                fm = _FIGURATIVE.search(sent.text) or _COPULAR.search(sent.text)
                if fm and (fm.re is _FIGURATIVE or _FIGURATIVE.search(sent.text[fm.start():]) or
                           re.search(r"\b(my|our) (brain|mind|head|mood|life|heart|chest|body|anxiety|depression|"
                                     r"marriage|family|house|home|week|job)\b", sent.text[fm.start():fm.end()], re.IGNORECASE)):
                    quote = _clause_around(sent.text, fm.start())
            if quote and len(quote.split()) >= 3:
                key = quote.lower()
                if key in seen or quote not in text:
                    continue
                seen.add(key)
                out.append({"quote": quote, "evidence": [i]})
    return out


# ------------------------------------------------------------ workspace

_HYPOTHESIS = re.compile(
    r"\b(i wonder(ing)?|i'm wondering|it sounds like|it seems like|it seems|i notice|i'm noticing|"
    r"i'm hearing|what i'm hearing|i have a (hunch|sense)|my sense is|part of you|could it be|"
    r"maybe (part of|some of|the)|i get the sense|it makes sense that|i think (the|what|part|maybe))\b",
    re.IGNORECASE,
)


def extract_hypotheses(turns: Turns) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        for sent in split_sentences(t.get("text", "")):
            m = _HYPOTHESIS.search(sent.text)
            if not m:
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
    metaphors = extract_metaphors(turns)
    hypotheses = extract_hypotheses(turns)
    themes = extract_themes(turns)
    progress: dict[str, Any] = {
        "format": fmt,
        "medications": meds,
        "diagnoses": extract_diagnoses(turns),
        "risk": risk,
        "interventions": extract_interventions(turns),
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
