"""Reported symptoms by domain and scores said aloud, from the turns.

``extract_symptoms`` reads the client's own sentences (never the clinician's,
never a partner's or parent's about themselves) and records, per domain, short
clinical descriptors ("difficulty sleeping, nightmares") with the turns that
said them; a sentence that holds risk language is left to the risk engine, so
the narrative never restates a burden or death wish next to a structured
denial. ``extract_measures`` finds instrument scores (PHQ-9 17) and ratings
given in answer to a "zero to ten" question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scribe.extract.text import BARE_NUMBER_RE, clause_before, parse_number, speech_units

Turns = list[dict[str, Any]]

SYMPTOM_DOMAINS = ("mood", "anxiety", "sleep", "appetite", "energy", "concentration", "substance use", "functioning")


@dataclass(frozen=True)
class SymptomCue:
    domain: str
    descriptor: str
    pattern: re.Pattern[str]
    better: bool = False  # an improvement ("sleeping better"), not a complaint


def _cue(domain: str, descriptor: str, pattern: str, better: bool = False) -> SymptomCue:
    return SymptomCue(domain, descriptor, re.compile(pattern, re.IGNORECASE), better)


_INTENS = r"(?:so |really |pretty |kind of |kinda |super |very |just |a little |a bit |more |extra |totally )?"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: and a half)?"

# Improvements first: a sentence that says a domain got better is not also a complaint in it.
SYMPTOM_CUES: tuple[SymptomCue, ...] = (
    _cue("mood", "improved mood", rf"\b(mood (has been |is |was |'s )?{_INTENS}(better|good|up|improv\w*|lighter|brighter)"
         rf"|feel(ing|s)? {_INTENS}(a lot |much |so much )?(better|lighter|happier|more like myself)|(a )?good (week|few days))\b",
         better=True),
    _cue("mood", "low mood", rf"\b(depress(ed|ing|ion)|feel(ing|s)? {_INTENS}(down|low|sad|empty|numb|flat|blue|miserable|"
         rf"hopeless|awful|terrible|crappy|heavy|like nothing matters)|been {_INTENS}(down|low|sad|depressed)|sadness|"
         rf"hopeless(ness)?|empty inside|numb|everything (is|feels) (so )?heavy|"
         rf"(i'm|i am|i've been|been|feeling|still|always) {_INTENS}(low|flat|gr[ae]y|blah|empty)(?! (key|battery|on))|"
         rf"(like|as if) (i'm |i am )?a ghost)\b"),
    _cue("mood", "loneliness", rf"\b(feel(ing|s)? {_INTENS}(alone|lonely|isolated)|so lonely|lonel(y|iness))\b"),
    _cue("mood", "tearfulness", r"\b(crying|cried|cry (all|every|at|in)|tearful|sobbing|in tears)\b"),
    _cue("mood", "irritability", r"\b(irritab\w*|snap(p(ed|ing))? at|short[- ]tempered|short fuse|lost my temper|lose my temper|"
         r"so (angry|mad) all)\b"),
    _cue("mood", "anger", r"\b(?:(i'm|i am|i was|i get|i got|i've been|i feel|feel|felt|so|really) (so |really |just )?"
         r"(angry|furious|enraged|pissed( off)?)|\b(my|the) (anger|rage)\b|\b(blew|blow|blowing) up at|"
         r"(throw|threw|throwing) things|road rage|meltdowns?)\b"),
    _cue("mood", "feelings of guilt or worthlessness", r"\b(worthless|i'm a failure|like a failure|useless|hate myself|"
         r"(so|really|very) guilty|feel guilty)\b"),
    _cue("mood", "loss of interest", r"\b(don't enjoy|no interest|lost interest|nothing (is )?fun|don't want to do anything|"
         r"don't care about anything)\b"),
    _cue("anxiety", "reduced anxiety", rf"\b(anxiety (has been |is |was |'s )?{_INTENS}(better|lower|down|less|manageable)|"
         r"less (anxious|worried|nervous|on edge)|calmer|no panic attacks|fewer panic attacks)\b", better=True),
    _cue("anxiety", "anxiety and worry", r"\b(anxious|anxiety|worr(y|ied|ying)|nervous|on edge|dread\w*|keyed up|"
         r"stressed( out)?|freak(ing|ed) out|jittery|wound up|shaky|keyed up)\b"),
    _cue("anxiety", "panic symptoms", r"\b(panic attacks?|panick(ed|ing)|(in|a|the) panic|heart (was |is |keeps )?(racing|pounding|pounds|races|"
         r"beating (so )?fast)|(hands|body|voice) (shake|shakes|shaking|trembl\w*)|trembling|couldn't breathe|"
         r"can't breathe|chest (got |gets |was )?tight)\b"),
    _cue("anxiety", "avoidance", r"\b(avoid(ed|ing|ance)?)\b"),
    _cue("anxiety", "restlessness", r"\b((can't|cannot|couldn't) sit still|restless|(leg|knee|foot) (bounces|bouncing|won't stop)|"
         r"pacing)\b"),
    _cue("anxiety", "intrusive or repetitive thoughts", r"\b(can't stop thinking|keep thinking about|racing thoughts|"
         r"ruminat\w*|overthink\w*|intrusive|flashbacks?|the thoughts (keep|come))\b"),
    _cue("sleep", "improved sleep", rf"\b(sleep(ing)? (has been |is |was |'s )?{_INTENS}(better|okay|fine|good|well|through)|"
         r"slept (better|well|through)|sleeping better)\b", better=True),
    _cue("sleep", "nightmares", r"\b(nightmares?|bad dreams)\b"),
    _cue("sleep", "difficulty sleeping", r"\b((can't|cannot|couldn't|can not|hard to|trouble|struggl\w* to) (fall(ing)? |get(ting)? to |go(ing)? to |get back to )?(asleep|sleep(ing)?)|"
         r"insomnia|l(ie|ying|ay) awake|up all night|awake (all|half|most of) (the )?night|barely sleep\w*|"
         r"not sleeping|stopped sleeping|haven't (been )?sleep\w*|no sleep)\b"),
    _cue("sleep", "night-time or early waking", r"\b(wak(e|es)(,| at| around)( at| around)? (one|two|three|four|[1-4])\b"
         r"(?!:\d\d ?p| ?p\.?m| in the afternoon)|wak(e|ing) up (at|around|in the middle|every|a bunch|several|multiple|"
         r"two|three|four|five)|woke up (at|around|in the middle)|early waking|(up|awake) at (one|two|three|four|[1-4])"
         r"( or (two|three|four|five|[2-5]))?( in the morning| ?a\.?m\.?)?(?! (pm|p\.m|in the afternoon|o'clock in the afternoon)))\b"),
    _cue("sleep", "sleeping more than usual", r"\b(sleep(ing)? (like |about |maybe )?(all day|too much|ten|eleven|twelve|thirteen|"
         r"fourteen|1[0-4])(,? (ten|eleven|twelve|thirteen|fourteen|1[0-4]))?( hours)?\b|sleep(ing)? (until|till) (noon|one|two)|"
         r"oversleep\w*)\b"),
    _cue("sleep", "hours of sleep", rf"\b(?P<hours>{_NUM})(?: (?:to|or) {_NUM})? hours? (of sleep|a night|per night|each night|"
         rf"of actual sleep|in a row)\b|\b(sleep\w*|slept|getting|get|got) (maybe |about |like |only |just |around )*"
         rf"(?P<hours2>{_NUM})(?: (?:to|or) {_NUM})? hours\b"),
    _cue("appetite", "improved appetite", r"\b(appetite (is |has been |'s )?(back|better|good|okay)|eating (better|again|regular))\b",
         better=True),
    _cue("appetite", "reduced appetite", r"\b(no appetite|not (really )?(eating|hungry)|(haven't|have not|hasn't) been hungry|"
         r"(never|not even) hungry|(only )?eat (maybe |like )?once a day|skipp(ed|ing) meals|lost (my )?appetite|"
         r"forget to eat|can't eat|haven't (been )?eat\w*|barely eat\w*)\b"),
    _cue("appetite", "increased eating", r"\b(eating (too much|all the time|a lot more|way more|junk|all night)|whole (bags?|box|boxes|"
         r"pints?) of|binge\w*|stress eat\w*|"
         r"overeat\w*|hungry all the time|(always|constantly|so) hungry)\b"),
    _cue("appetite", "weight change", r"\b(lost|gained|losing|gaining|put on|dropped) (\w+ ){0,2}(pounds|weight|lbs|kilos)\b"),
    _cue("energy", "improved energy", r"\b(more energy|energy (is |has been |'s )?(better|back|up))\b", better=True),
    _cue("energy", "low energy or fatigue", r"\b(tired|exhausted|exhausting|exhaustion|fatigue\w*|(no|zero|low|little) energy|"
         r"dragging|wiped|sluggish|lethargic|run down|drained|"
         r"worn out|wiped out|running on empty|(can't|couldn't) get out of bed|(stay(ed|ing)?|been|lying|laying) in bed|"
         r"no motivation|unmotivated|(don't|didn't) want to get up)\b"),
    _cue("concentration", "improved concentration", r"\b((easier|better able) to (focus|concentrate)|focus(ing)? (is |has been )?better)\b",
         better=True),
    _cue("concentration", "poor concentration", r"\b((can't|cannot|couldn't|hard to|trouble|struggl\w* to) (focus|concentrat\w*|"
         r"think straight|pay attention)|distracted|zon(e|ed|ing) out|mind (keeps )?wander\w*|brain fog|foggy|"
         r"memory (is )?(shot|bad|terrible|gone|awful|going)|keep forgetting|forgetful|(can't|cannot) remember (anything|things|stuff)|"
         r"read the same (page|line|email|paragraph|thing))\b"),
    _cue("substance use", "reduced use or abstinence", r"\b(sober|sobriety|haven't (had a drink|had a beer|drunk|used)|"
         r"didn't drink|cut (back|down) on (drinking|the drinking|weed|smoking)|(days|weeks|months) clean)\b", better=True),
    _cue("substance use", "alcohol use", r"\b(drinking|drank|drunk|(a|two|three|four|five|six|few|couple) (beers|drinks|glasses of wine)|"
         r"beers?|wine|vodka|whiskey|alcohol|hungover|hangover|(have|had|having) a drink)\b"),
    _cue("substance use", "cannabis use", r"\b(weed|joints?|edibles?|cannabis|marijuana|getting high|got high|smok(e|ed|ing) pot)\b"),
    _cue("substance use", "nicotine use", r"\b(cigarettes?|vap(e|ing)|nicotine)\b"),
    _cue("substance use", "other substance use", r"\b(using again|relapsed?|cocaine|meth|heroin|fentanyl|opioids?)\b"),
    _cue("substance use", "cravings", r"\b(crav(ing|ings|ed|e)|urges? to (drink|use|smoke))\b"),
    _cue("functioning", "improved functioning", r"\b(back at work|went back to work|made it to work|got (a lot|more|things) done)\b",
         better=True),
    _cue("functioning", "difficulties at work", r"\b(miss(ed|ing)? (work|shifts?|a shift)|call(ed|ing)? (in )?sick|behind (at|on) work|"
         r"late (to|for) work|late every (day|morning)|suspended|(losing|lose|lost) (my|his|her|the) job|double[- ]book\w*|called (out|off)( of| from| at)? (work|my shift|\w+ (twice|again|\w+ times))|wrote me up|written up|got fired|laid off|(can't|couldn't) (work|do my job)|on leave)\b"),
    _cue("functioning", "difficulties at school", r"\b(failing|missed (class|school)|grades (are |have )?(dropp|slipp|bad|down)\w*|"
         r"behind in (school|class)|grades (are |have )?(tank|fell|fall|plummet|crash)\w*)\b"),
    _cue("functioning", "withdrawal from usual activities", r"\b(stopped going to|quit going to|don't go to|haven't been to|"
         r"haven't left the house|don't leave the house|stopped seeing (my )?friends)\b"),
    _cue("functioning", "difficulties with tasks at home", r"\b(dishes (are )?pil\w*|laundry|house is a mess|chores|"
         r"(can't|couldn't|haven't) (clean|cook|shower|open(ed)? (my |the )?mail)|not showering|bills (are )?pil\w*)\b"),
    _cue("functioning", "conflict in close relationships", r"\b((argu\w+|fight\w*|fought|yell\w*|screaming) (with|at) (my |our )?"
         r"(partner|husband|wife|boyfriend|girlfriend|kids?|son|daughter|mom|dad|mother|father|parents|family))\b"),
)

_NEGATED = re.compile(r"\b(not|no|never|n't|without|hardly|barely)\b[\w' ]{0,20}$", re.IGNORECASE)
_KEEPS_GOING = re.compile(r"\b(can't|couldn't) stop\s*$", re.IGNORECASE)
_NOT_DRINK = re.compile(r"^\s*(less |more |a lot of |some |too much |enough |extra )?(water|coffee|tea|soda|juice|milk|"
                        r"energy drinks?|pop|smoothies?)\b", re.IGNORECASE)
_SOMEONE_ELSE = re.compile(
    r"\b(he|she|they|he's|she's|they're|my (mom|mother|dad|father|sister|brother|husband|wife|partner|boyfriend|"
    r"girlfriend|friend|roommate|son|daughter|kid|kids|boss|coworker))\b[^.?!]*$",
    re.IGNORECASE,
)


def _risk_language(text: str) -> bool:
    """Risk talk belongs to the risk engine and its structured result, never to a symptom line."""
    from scribe.extract.risk import _PASSIVE, TOPICS

    return bool(_PASSIVE.search(text) or any(rx.search(text) for rx in TOPICS.values())) or bool(
        re.search(r"\b(burden|better off without me|no point|not be here|disappear)\b", text, re.IGNORECASE))


def _descriptor(cue: SymptomCue, m: re.Match[str]) -> str:
    if cue.descriptor == "hours of sleep":
        hours = m.group("hours") or m.group("hours2")
        value = parse_number(hours.replace(" and a half", ""))
        if value is None or not (0 < value <= 16):
            return ""
        half = " and a half" if "and a half" in hours else ""
        return f"about {int(value)}{half} hours of sleep a night"
    return cue.descriptor


def symptom_cues_in(text: str) -> list[tuple[SymptomCue, str]]:
    """(cue, descriptor) for every symptom said in ``text`` as the speaker's own, not negated."""
    out: list[tuple[SymptomCue, str]] = []
    for unit in speech_units(text):
        s = unit.text
        if s.endswith("?") or _risk_language(s):
            continue
        better_domains: set[str] = set()
        for cue in SYMPTOM_CUES:
            if cue.domain in better_domains and not cue.better:
                continue
            for m in cue.pattern.finditer(s):
                before = clause_before(s, m.start())
                negated = _NEGATED.search(before[-30:]) and not _KEEPS_GOING.search(before)
                if negated and not cue.better:
                    continue
                other = _SOMEONE_ELSE.search(before)
                if other and not re.search(r"\b(i|i'm|i've|me|my)\b", before[-25:].replace(other.group(1), ""), re.IGNORECASE):
                    continue
                if cue.descriptor == "alcohol use" and _NOT_DRINK.match(s[m.end():]):
                    continue
                desc = _descriptor(cue, m)
                if not desc:
                    continue
                out.append((cue, desc))
                if cue.better:
                    better_domains.add(cue.domain)
                break
    return out


def extract_symptoms(turns: Turns, max_evidence: int = 4) -> list[dict[str, Any]]:
    """One item per domain: descriptors in session order, with the client turns that said them."""
    by_domain: dict[str, tuple[list[str], list[int]]] = {}
    for i, t in enumerate(turns):
        if t.get("speaker") != "client":
            continue
        for cue, desc in symptom_cues_in(str(t.get("text", ""))):
            descs, ev = by_domain.setdefault(cue.domain, ([], []))
            if desc not in descs:
                descs.append(desc)
                if i not in ev and len(ev) < max_evidence:
                    ev.append(i)
    return [
        {"domain": d, "text": ", ".join(by_domain[d][0]), "evidence": sorted(by_domain[d][1])}
        for d in SYMPTOM_DOMAINS if d in by_domain
    ]


def supports_symptom(fact: dict[str, Any], turns: Turns) -> bool:
    """Some cue of the fact's domain is said, as the client's own, in one of its evidence turns."""
    ev = fact.get("evidence")
    if not isinstance(ev, list) or not ev or not all(isinstance(i, int) and 0 <= i < len(turns) for i in ev):
        return False
    domain = fact.get("domain")
    return any(cue.domain == domain for i in ev for cue, _ in symptom_cues_in(str(turns[i].get("text", ""))))


# ------------------------------------------------------------------ measures

INSTRUMENTS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    # ASR spells the letters out: "p h q nine", "g a d seven", "p.c.l."
    ("PHQ-9", re.compile(r"\bp\.?\s?h\.?\s?q\.?[- ]?(?:9|nine)\b", re.IGNORECASE), 27),
    ("PHQ-A", re.compile(r"\bp\.?\s?h\.?\s?q\.?[- ]?a\b", re.IGNORECASE), 27),
    ("PHQ-2", re.compile(r"\bp\.?\s?h\.?\s?q\.?[- ]?(?:2|two)\b", re.IGNORECASE), 6),
    ("GAD-7", re.compile(r"\bg\.?\s?a\.?\s?d\.?[- ]?(?:7|seven)\b", re.IGNORECASE), 21),
    ("GAD-2", re.compile(r"\bg\.?\s?a\.?\s?d\.?[- ]?(?:2|two)\b", re.IGNORECASE), 6),
    ("PCL-5", re.compile(r"\bp\.?\s?c\.?\s?l\.?[- ]?(?:5|five)?\b", re.IGNORECASE), 80),
    ("Y-BOCS", re.compile(r"\by[- ]?bocs\b", re.IGNORECASE), 40),
    ("EPDS", re.compile(r"\b(?:epds|edinburgh)\b", re.IGNORECASE), 30),
    ("AUDIT", re.compile(r"\baudit(?:[- ]c)?\b(?= (?:score|came|was|is|added))", re.IGNORECASE), 40),
    ("SUDS", re.compile(r"\bsuds\b", re.IGNORECASE), 100),
)
_RATING_10 = re.compile(r"\b(?:zero|0|one|1) to (?:ten|10)\b|\bout of (?:ten|10)\b|"
                        r"\b(?:zero|0|one|1) (?:being|is|as)\b[^.?!]{0,50}\b(?:ten|10)\b", re.IGNORECASE)
_RATING_100 = re.compile(r"\b(?:zero|0) to (?:a hundred|one hundred|100)\b", re.IGNORECASE)
_ASKS = re.compile(r"\?|\b(what|where|how|which|rate|give (it|me) a number)\b", re.IGNORECASE)
# A number recalled from another moment ("first time like a seventy", "last night it was an eight") is not
# this session's score.
_PAST_SCORE = re.compile(r"\b(last (time|month|week|session|night)|before|used to|previous\w*|was at|were at|"
                         r"(first|second|third|fourth) time|yesterday|earlier (today|this week)|"
                         r"when i (was|got|walked|woke|left))\b[^.?!]*$", re.IGNORECASE)
# The clinician asking for the same scale again ("What's the number?", "Now?", "Where is it now?").
_ASKS_AGAIN = re.compile(r"\b(what's the number|what number|the number now|a number|where (is it|are you|'s it)( at)?( now)?|"
                         r"how (high|strong|intense|disturbing|bad) (is it|now)|rate it|(and|how about|what about) now\W*$)|^\W*now\W*$",
                         re.IGNORECASE)
# A rating of how true a thought feels is about the thought, not the client's state: not a measure.
_BELIEF_RATING = re.compile(r"\b(believe|how true|how much do you buy)\b", re.IGNORECASE)
_THREAD_TURNS = 30
_SCORED_BEFORE = re.compile(r"\b(?:scored|got|had|came (?:back|in) (?:at|with))\s+(?:a\s+|an\s+)?(?P<n>[\w-]+(?:\s[\w-]+)?)\s+"
                            r"(?:on|for|in)\s+(?:the\s+|your\s+|this\s+)?$", re.IGNORECASE)
_NOT_SCORE_AFTER = re.compile(r"^\s*(minutes?|hours?|days?|weeks?|months?|years?|times|percent|o'clock|am|pm|a\.m|p\.m|"
                              r"to (ten|10|a hundred|100)|out of)\b", re.IGNORECASE)


def _numbers(text: str, lo: int, hi: int, top: int) -> list[tuple[int, int]]:
    """(value, start) of whole numbers in text[lo:hi] that can be a score up to ``top``."""
    out: list[tuple[int, int]] = []
    for m in BARE_NUMBER_RE.finditer(text, lo, hi):
        if _NOT_SCORE_AFTER.match(text[m.end():m.end() + 14]):
            continue
        num = m.group("num").lower()
        if num in ("a", "an", "oh"):
            continue
        if re.match(r"an? ", num) and not re.match(r"an? (hundred|thousand|half)", num):
            num = num.split(" ", 1)[1]  # "like a seven" is 7, not "one seven"
        value = parse_number(num)
        if value is None or not float(value).is_integer() or not (0 <= value <= top):
            continue
        out.append((int(value), m.start()))
    return out


def _answer_score(text: str, top: int, words: int = 14) -> int | None:
    """The number a reply gives within its first ``words`` words; a correction straight after it wins
    ("Like a seventy. Seventy-five." -> 75, "Sixty. Maybe fifty-five." -> 55)."""
    head = " ".join(text.split()[:words])
    nums = [(v, s) for v, s in _numbers(head, 0, len(head), top) if not _PAST_SCORE.search(head[:s])]
    if not nums:
        return None
    value, at = nums[0]
    for v, s in nums[1:]:
        between = head[at:s]
        if len(between.split()) > 4 or not re.search(r"[.,]|\b(maybe|actually|no|or|more like)\b", between, re.IGNORECASE):
            break
        value, at = v, s
    return value


def extract_measures(turns: Turns) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, int]] = set()

    def add(instrument: str, score: int, evidence: list[int], repeat: bool = False) -> None:
        # The same score said again later in a run of ratings is a measurement of its own ("SUDS 40 ... 20 ... 40").
        if (instrument, score) in seen and not repeat:
            return
        seen.add((instrument, score))
        out.append({"instrument": instrument, "score": score, "evidence": evidence})

    # The scale the clinician last asked for: (name, top, turn that named it, turn it was last used).
    thread: tuple[str, int, int, int] | None = None
    for i, t in enumerate(turns):
        text = str(t.get("text", ""))
        named = False
        for name, rx, top in INSTRUMENTS:
            for m in rx.finditer(text):
                named = True
                after = [(v, s) for v, s in _numbers(text, m.end(), min(len(text), m.end() + 120), top)
                         if not _PAST_SCORE.search(text[m.end():s])]
                # "you scored a nineteen on the PHQ-9": the score said first
                before = _SCORED_BEFORE.search(text[max(0, m.start() - 60):m.start()])
                if not after and before:
                    after = [(v, s) for v, s in _numbers(before.group("n"), 0, len(before.group("n")), top)]
                if after:
                    add(name, after[0][0], [i])
                    thread = (name, top, i, i)
                    break
                nxt = i + 1
                if nxt < len(turns) and turns[nxt].get("speaker") != t.get("speaker") and _ASKS.search(text):
                    thread = (name, top, i, i)
                    score = _answer_score(str(turns[nxt].get("text", "")), top)
                    if score is not None:
                        add(name, score, [i, nxt])
                        break
        if (not named and thread and t.get("speaker") == "clinician" and i - thread[3] <= _THREAD_TURNS
                and _ASKS_AGAIN.search(text)):
            name, top, origin, _ = thread
            reply = next((j for j in range(i + 1, min(i + 3, len(turns))) if turns[j].get("speaker") == "client"), None)
            score = _answer_score(str(turns[reply].get("text", "")), top, words=4) if reply is not None else None
            if reply is not None and score is not None:
                add(name, score, [origin, i, reply], repeat=True)
                thread = (name, top, origin, reply)
            continue
        if thread and t.get("speaker") == "client" and i - thread[3] == 2 and turns[i - 1].get("speaker") == "clinician":
            # Mid-exercise the client may give the next number unasked ("Keep going." / "Forty. My arm is tired.").
            name, top, origin, _ = thread
            if re.match(r"^\W*(like |maybe |um |uh |about )?(a |an )?[\w-]+[.!,]", text):
                score = _answer_score(text, top, words=3)
                if score is not None:
                    add(name, score, [origin, i], repeat=True)
                    thread = (name, top, origin, i)
            continue
        if named or t.get("speaker") != "clinician":
            if t.get("speaker") == "client":
                for m in re.finditer(rf"\b(?P<n>{_NUM_WORDS}) out of (ten|10)\b", text, re.IGNORECASE):
                    v = parse_number(m.group("n"))
                    if v is not None and float(v).is_integer() and 0 <= v <= 10:
                        add("0-10 rating", int(v), [i])
            continue
        for rx, name, top in ((_RATING_100, "0-100 rating", 100), (_RATING_10, "0-10 rating", 10)):
            if not rx.search(text) or not _ASKS.search(text) or _BELIEF_RATING.search(text):
                continue
            reply = next((j for j in range(i + 1, min(i + 3, len(turns))) if turns[j].get("speaker") != "clinician"), None)
            if reply is None:
                break
            if re.search(r"\b(?:disturb\w*|distress\w*)", text, re.IGNORECASE):
                name = "SUDS"  # "how disturbing / distressed, zero to ten": subjective units of distress, by definition
            rated = _answer_score(str(turns[reply].get("text", "")), top)
            thread = (name, top, i, i)
            if rated is not None:
                add(name, rated, [i, reply])
                thread = (name, top, i, reply)
            break
    return out


_NUM_WORDS = r"\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten"


def supports_measure(fact: dict[str, Any], turns: Turns) -> bool:
    """The instrument (or a rating scale) and the score are both said in the evidence turns."""
    ev = fact.get("evidence")
    if not isinstance(ev, list) or not ev or not all(isinstance(i, int) and 0 <= i < len(turns) for i in ev):
        return False
    texts = [str(turns[i].get("text", "")) for i in ev]
    instrument = str(fact.get("instrument", ""))
    patterns = [rx for name, rx, _ in INSTRUMENTS if name == instrument]
    if instrument == "0-10 rating" or (instrument == "SUDS" and any(_RATING_10.search(t) for t in texts)):
        patterns = [_RATING_10]
    elif instrument == "0-100 rating":
        patterns = [_RATING_100]
    if not patterns or not any(rx.search(t) for rx in patterns for t in texts):
        return False
    try:
        score = float(fact.get("score"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return any(abs(v - score) < 1e-9 for t in texts for v, _ in _numbers(t, 0, len(t), 1000))


__all__ = ["SYMPTOM_CUES", "SYMPTOM_DOMAINS", "INSTRUMENTS", "extract_symptoms", "extract_measures",
           "supports_symptom", "supports_measure", "symptom_cues_in"]
