"""Risk screening: suicidal ideation, homicidal ideation, self-harm.

Each field is ``endorsed``, ``denied`` or ``not_assessed``. The rules lean to
safety: any present-tense endorsement (passive death wishes included) wins
over denials elsewhere; past history with nothing now is ``denied``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scribe.extract.text import split_sentences

TOPICS: dict[str, re.Pattern[str]] = {
    "suicidal_ideation": re.compile(
        r"\b(suicid\w*|kill(ing)? (yourself|myself|herself|himself|themselves)|end(ing)? (your|my|his|her) "
        r"(own )?life|take (your|my) (own )?life|better off dead|better off without me|"
        r"(wish|wished|wishing|want|wanted|wanting) (that )?(i|you) (was|were|wasn't|weren't) (dead|here|alive|around)|"
        r"(wouldn't|would not|didn't|won't|not|never) wake up|not waking up|"
        r"(don't|do not|didn't) want to (be here|be alive|live|exist|wake up)|want(ed)? to die|wish(ed)? (i|you) (could )?die|"
        r"(thoughts?|think\w*) (of|about) (death|dying|being dead|not being here|ending it)|not worth living|no reason to live|"
        r"(don't|do not|wouldn't|would not) (really )?(care|mind) if i (die|died|didn't wake up|never woke up)|"
        r"die in my sleep|"
        r"(wanting|want) to be dead|disappear (forever|for good)|go to sleep (and|forever)|"
        r"(end|ending) it( all)?\b|be dead|being dead|better off (if i|without me)|"
        r"easier if i (just )?(disappeared|wasn't (here|around)|was gone|didn't exist|died))",
        re.IGNORECASE,
    ),
    "homicidal_ideation": re.compile(
        r"\b(homicid\w*|(hurt|hurting|harm|harming|kill|killing) ([a-z]+,? )?or (anyone|anybody|someone|somebody|others)|(hurt|hurting|harm|harming|kill|killing) (someone|anyone|somebody|anybody|others|"
        r"other people|him|her|them|people)( else)?|(thoughts?|urges?) of (violence|hurting others)|"
        r"violent (thoughts|urges)|(get|getting|be|being|become|becoming) violent|violence (toward|towards|against)|"
        r"(hurt\w*|harm\w*|kill\w*) (my|your|his|her|their) (?!(own|back|feelings|chances|body|knee|"
        r"neck|hand|hands|arm|head|self|relationship|career|grades|reputation|health|ears|eyes)\b)(step)?\w+)",
        re.IGNORECASE,
    ),
    "self_harm": re.compile(
        r"\b(self[- ]?harm\w*|self[- ]?injur\w*|(hurt|hurting|harm|harming|cut|cutting|burn|burning|"
        r"hit|hitting|scratch\w*|punish\w*) (yourself|myself|herself|himself)|cutting|cut myself|"
        r"(i|she|he) (cut|burned|burnt)\b|razor|urges? to cut)",
        re.IGNORECASE,
    ),
}

_NEG_ANSWER = re.compile(
    r"^\W*(no|nope|nah|never|not really|not at all|none|nothing|definitely not|no way|"
    r"not (this|that|lately|right now|now|currently)|i'm (fine|good|okay|ok)|not since)\b",
    re.IGNORECASE,
)
_AFFIRM_ANSWER = re.compile(
    r"^\W*(yes|yeah|yep|yup|sometimes|a little|kind of|kinda|sort of|honestly,? yes|maybe|i have|"
    r"i do|i did|i guess|occasionally|once or twice|a few times|lately|more than)\b",
    re.IGNORECASE,
)
_AFFIRM_ANYWHERE = re.compile(
    r"\b(yes|yeah|yep|i have|i've (thought|had|been)|a few times|a couple (of )?times|sometimes|once or twice|"
    r"every (day|night)|lately|i do\b|i did\b|kind of|sort of|a little|here and there|on and off)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(no|not|never|n't|don't|didn't|wouldn't|won't|haven't|hasn't|without|denies|denied|deny|"
    r"nor|none|nothing)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(used to|years ago|year ago|in (high school|college|middle school|my twenties|the past)|"
    r"back (in|when|then)|when i was (younger|a kid|a teen\w*|\d+|[a-z]+teen)|as a (kid|teen\w*)|"
    r"a long time ago|not (for|in) (years|a long time|months)|not since|haven't in|"
    r"way back|history of|in the past)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(lately|this week|these days|right now|recently|sometimes|at night|every day|a lot|"
    r"still|keep|keeps|been having|been thinking|now)\b",
    re.IGNORECASE,
)
# passive death wishes: endorsed SI even with "I wouldn't do anything"
_PASSIVE = re.compile(
    r"\b(wish(ed|ing)? (i|that i) (could )?(just )?(not wake up|wouldn't wake up|didn't wake up|"
    r"was dead|were dead|could disappear|wasn't here|weren't here|wasn't around|could die|"
    r"could just die|would die|could go to sleep)|better off (dead|without me)|"
    r"don't (really )?want to (be here|be alive|exist|wake up)|(wouldn't|would not) (mind|care) if i "
    r"(died|didn't wake up|got hit|never woke)|rather (be dead|not exist|not be here)|"
    r"what's the point of (living|being alive|going on)|not wake up|stop existing|"
    r"(easier|better)( for everyone)? if i (just )?(disappeared|wasn't (here|around|alive)|weren't (here|around)|"
    r"was gone|were gone|didn't exist|died|was dead)|better off (if i|without me)|"
    r"if i (just )?(wasn't|weren't) (around|here) anymore|"
    r"(don't|do not|wouldn't|would not) (really )?(care|mind) if i (die|died|didn't wake up|never woke up)|"
    r"(die|died|dying) in my sleep)",
    re.IGNORECASE,
)
# a partner or parent reporting the client's passive death wish: "he said we'd be better off without him"
_PASSIVE_REPORTED = re.compile(
    r"\b(better off without (him|her)|(he|she) (\w+ )?(wishes|wished|wants|wanted) (to die|(he|she) (was|were) dead|"
    r"(he|she) (wouldn't|didn't) wake up)|(he|she) (doesn't|didn't|does not) want to (live|be here|be alive|wake up)|"
    r"(wants|wanted) to (die|disappear))",
    re.IGNORECASE,
)
# "not a plan" / "I wouldn't do anything": disclaims intent, so the thoughts are there
_PLAN_DISCLAIMER = re.compile(
    r"^\W*(not|no)( really| like| actually)? (doing anything|do anything|a plan|any plan|plans?|like a plan|"
    r"act(ing)? on (it|them)|going to do anything|that i'd act on)\b",
    re.IGNORECASE,
)
# "it's just a thing I say": a figure of speech disowned on direct questioning
_DISOWNED = re.compile(
    r"\b((just|only) (a thing|something|an expression|a figure of speech|a saying|what) (i|people|you) say|"
    r"i (don't|didn't|do not) (really )?mean (it|that)|i don't really want to\b(?! (be here|live|be alive|wake up))|"
    r"(it's|it was) (just )?(an expression|a figure of speech|venting))",
    re.IGNORECASE,
)
_FILLERS = re.compile(r"^\W*(?:(?:um+|uh+|er+|erm|hmm+|mm+|well|honestly|oh|i mean|so)\b[\s,.]*)+", re.IGNORECASE)


def _strip_fillers(text: str) -> str:
    return _FILLERS.sub("", text)
_QUESTION_CUES = re.compile(
    r"\?|\b(any thoughts|have you (had|been|ever)|do you (have|ever)|are you having|any urges|"
    r"i want to ask|i need to ask|i ask everyone|check on safety|any (self|suicid)|anything like|"
    r"in the (past|last) (month|week|two weeks)|any (actual )?(thoughts?|urges?|times?)\b|ever (thought|felt|wished))",
    re.IGNORECASE,
)


# figures of speech, not ideation: "I was so mad I could kill him"
_IDIOM = re.compile(
    r"\b(i )?could (just |have )?(kill|strangle|murder) (him|her|them|you)\b|\b(killing|kills|killed) me\b|"
    r"\bkill (time|it)\b|\bdying (to|of laughter)\b|\bto die for\b",
    re.IGNORECASE,
)
# a clinician speaking of self-harm as happening now ("tell me about the cutting")
_SH_PRESUPPOSED = re.compile(
    r"\b(when you (cut|burn|burned|hurt yourself)|(about|with) the (cutting|burning|cuts|burns?)|"
    r"your (cuts|burns?|cutting)|the cuts|you('ve| have) been (cutting|burning|hurting yourself))\b",
    re.IGNORECASE,
)


@dataclass
class RiskFinding:
    status: str = "not_assessed"
    evidence: list[int] = field(default_factory=list)


# "thoughts of harming Lily?": a named person, matched case-sensitively
HARM_NAMED = re.compile(r"\b(hurt|hurting|harm|harming|kill|killing)\s+(?!(?:yourself|myself|himself|herself|I)\b)[A-Z][a-z]+")


def _topics(text: str) -> set[str]:
    found = {k for k, rx in TOPICS.items() if rx.search(text)}
    if HARM_NAMED.search(text):
        found.add("homicidal_ideation")
    return found


def _statement_status(sentence: str, field_name: str) -> str | None:
    """A client's own sentence about a topic: endorsed, denied, or None when unclear."""
    if field_name == "suicidal_ideation" and _PASSIVE.search(sentence):
        m = _PASSIVE.search(sentence)
        left = sentence[: m.start()] if m else ""
        if not re.search(r"\b(never|don't|do not|not)\s+(\w+\s+){0,2}$", left, re.IGNORECASE) or re.search(
            r"\bwish", m.group(0) if m else "", re.IGNORECASE
        ):
            if not _PAST.search(sentence) or _PRESENT.search(sentence):
                return "endorsed"
    m = TOPICS[field_name].search(sentence)
    if not m and field_name == "homicidal_ideation":
        m = HARM_NAMED.search(sentence)
    if not m:
        return None
    if _IDIOM.search(sentence) and not (TOPICS[field_name].search(_IDIOM.sub(" ", sentence))):
        return None
    left = sentence[: m.start()]
    if _NEGATED.search(left[-40:]) or re.search(r"\b(no|not|never)\b", sentence[m.end():m.end() + 15], re.IGNORECASE):
        return "denied"
    clause = _clause_of(sentence, m.start(), m.end())
    if _PAST.search(clause) and not _PRESENT.search(clause):
        return "denied"
    if re.search(r"\b(tried|attempted|was|were|did|used to|had)\b", sentence[max(0, m.start() - 25):m.start()], re.IGNORECASE) and _PAST.search(sentence):
        return "denied"
    return "endorsed"


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause around [start, end): cut at 'but', ';' and dashes."""
    cuts = [x.end() for x in re.finditer(r"\bbut\b|;|\s-\s|—", sentence[:start], re.IGNORECASE)]
    lo = cuts[-1] if cuts else 0
    after = re.search(r"\bbut\b|;|\s-\s|—", sentence[end:], re.IGNORECASE)
    hi = end + after.start() if after else len(sentence)
    return sentence[lo:hi]


def _answer_status(answer: str, fields: set[str], field_name: str) -> str | None:
    """The client's reply to a screening question."""
    answer = _strip_fillers(answer)
    sentences = split_sentences(answer) or []
    # an explicit statement about the topic decides first
    statuses = [s for s in (_statement_status(x.text, field_name) for x in sentences) if s]
    if "endorsed" in statuses:
        return "endorsed"
    first = sentences[0].text if sentences else answer
    if field_name == "suicidal_ideation" and _PLAN_DISCLAIMER.search(first):
        return "endorsed"
    if _DISOWNED.search(answer) and not _AFFIRM_ANSWER.search(first):
        return "denied"
    if _AFFIRM_ANSWER.search(first):
        # "yes, but only about myself" narrows a combined question
        if len(fields) > 1 and field_name == "homicidal_ideation" and re.search(r"\bmyself\b", answer, re.IGNORECASE):
            return "denied"
        if len(fields) > 1 and field_name != "homicidal_ideation" and re.search(
            r"\b(him|her|them|others|someone|somebody)\b", answer, re.IGNORECASE
        ) and not re.search(r"\b(myself|me)\b", answer, re.IGNORECASE):
            return "denied"
        if _PAST.search(answer) and not _PRESENT.search(answer) and re.search(
            r"\b(not (now|anymore|lately|for years)|haven't|don't)\b", answer, re.IGNORECASE
        ):
            return "denied"
        return "endorsed"
    if _NEG_ANSWER.search(first):
        return "denied"
    head = " ".join(x.text for x in sentences[:2])
    if _AFFIRM_ANYWHERE.search(head):
        return "endorsed"
    if statuses:
        return statuses[0]
    if _PAST.search(answer) and re.search(r"\b(not|haven't|don't|no)\b", answer, re.IGNORECASE):
        return "denied"
    return None


def assess_risk(turns: list[dict[str, str]]) -> dict[str, RiskFinding]:
    found: dict[str, list[tuple[str, list[int]]]] = {k: [] for k in TOPICS}
    n = len(turns)
    for i, t in enumerate(turns):
        text = t.get("text", "")
        speaker = t.get("speaker", "")
        topics = _topics(text)
        if not topics and not (speaker == "other" and _PASSIVE_REPORTED.search(text)):
            continue
        if speaker == "clinician":
            # a screening question: read the client's reply
            reply = next((j for j in range(i + 1, min(i + 3, n)) if turns[j].get("speaker") != "clinician"), None)
            sents = split_sentences(text)
            for k, s in enumerate(sents):
                s_topics = _topics(s.text)
                if not s_topics or reply is None:
                    continue
                # unpunctuated (ASR) questions: the last topic sentence of the turn, answered yes or no
                answered = k == len(sents) - 1 or not any(_topics(x.text) for x in sents[k + 1:])
                reply_head = _strip_fillers(turns[reply]["text"])
                if not _QUESTION_CUES.search(s.text) and not (
                    answered and (_NEG_ANSWER.search(reply_head) or _AFFIRM_ANSWER.search(reply_head))
                    and not re.search(r"\b(no|denies|denied|not)\b", s.text, re.IGNORECASE)
                ):
                    continue
                for f in s_topics:
                    st = _answer_status(turns[reply]["text"], s_topics, f)
                    if st:
                        found[f].append((st, [i, reply]))
            for s in split_sentences(text):
                if _SH_PRESUPPOSED.search(s.text) and not _PAST.search(s.text):
                    found["self_harm"].append(("endorsed", [i]))
            # clinician summaries ("so no thoughts of hurting anyone") count as denials only
            for s in split_sentences(text):
                if _QUESTION_CUES.search(s.text):
                    continue
                for f in _topics(s.text):
                    if re.search(r"\b(no|denies|denied|denying|not having)\b", s.text, re.IGNORECASE) and not re.search(
                        r"\b(if|when|call|plan)\b", s.text, re.IGNORECASE
                    ):
                        found[f].append(("denied", [i]))
        else:
            if speaker == "other":
                for s in split_sentences(text):
                    if not _PASSIVE_REPORTED.search(s.text):
                        continue
                    reply = next((j for j in range(i + 1, min(i + 4, n)) if turns[j].get("speaker") == "client"), None)
                    if reply is not None and not _NEG_ANSWER.search(_strip_fillers(turns[reply]["text"])) \
                            and not _DISOWNED.search(turns[reply]["text"]):
                        found["suicidal_ideation"].append(("endorsed", [i, reply]))
            for s in split_sentences(text):
                for f in list(TOPICS):
                    st = _statement_status(s.text, f)
                    if st is None:
                        continue
                    if st == "denied" and not _topics(s.text) & {f}:
                        continue
                    found[f].append((st, [i]))
    out: dict[str, RiskFinding] = {}
    for f, items in found.items():
        endorsed = [ev for st, ev in items if st == "endorsed"]
        denied = [ev for st, ev in items if st == "denied"]
        if endorsed:
            out[f] = RiskFinding("endorsed", sorted({j for ev in endorsed for j in ev}))
        elif denied:
            out[f] = RiskFinding("denied", sorted({j for ev in denied for j in ev}))
        else:
            out[f] = RiskFinding()
    return out
