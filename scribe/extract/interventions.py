"""Interventions the clinician delivered in the session, by canonical name.

Two sources of cues, both only in the clinician's own sentences: the lexicon's
(a technique named, or its signature phrase) and ``intervention_cues`` (the acts
that deliver a technique unnamed). A cue counts only when the sentence delivers
the technique now: not one planned for later, declined by the client, recalled
from an earlier session or another therapist, a check on last week's practice,
or (for a skill practised in the room) set only as homework.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from scribe.extract.intervention_cues import CHANGED_STORY, DELIVERY_CUES
from scribe.extract.lexicons import INTERVENTIONS
from scribe.extract.text import Sentence, split_sentences

Turns = list[dict[str, Any]]

# Later, and said as an intention ("next week we'll ..."): "next time the fear is bigger" explains, it plans nothing.
_LATER = re.compile(
    r"\b(next (time|session|week)|in a (few|couple( of)?) (weeks|sessions)|at some point|eventually|"
    r"down the road|later on|not (today|yet|ready)|in the future|one of these (days|sessions)|sometime|another time)\b",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"\b(we('ll| will| can| could| might| may| should)|i('ll| will|'d like| would like| want| plan)|let'?s|"
    r"(we're|i'm) (going to|gonna)|plan to|start (on|with)|try|look at|not (today|yet|ready))\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(today|now|let'?s|right now|this time|again)\b", re.IGNORECASE)
# (within the clause: in "when you're not working, what used to give you a little joy?" the no is the condition's)
_NEGATED_BEFORE = re.compile(r"(\bnot|n't|\bnever)\b[^.?!,;]{0,15}$", re.IGNORECASE)
# Recalled, not delivered: an earlier session, or another clinician's or program's work.
_RECALLED = re.compile(
    r"\b(last (time|week|session|month)|(a few|a couple of|two|three) (weeks|sessions|months) ago|"
    r"(your|a|an|my|the) (old|previous|former|last|other|first) (therapist|counsell?or|program|group|psychiatrist|"
    r"doctor)|when you were in (the hospital|treatment|rehab|the program|iop|php))\b",
    re.IGNORECASE,
)
# The clinician telling of themselves or someone else ("I had to take a few deep breaths myself",
# "my kid's coach uses a feelings thermometer"), with no one in the room addressed.
_SOMEONE_ELSE = re.compile(
    r"\b(i|my (\w+'s )?\w+( \w+)?|he|she|they|his \w+|her \w+) (had to|used to|uses|used|did|does|tried|takes|took|"
    r"was doing)\b",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(r"\b(you|your|yourself|we|let'?s|us)\b", re.IGNORECASE)
# A check on practice since last time ("how did the breathing go this week?") reviews, it does not deliver.
_REVIEW = re.compile(
    r"\bhow (did|has|have|is|was|'s|are)( the| your| those| that)?\b[^.?!]{0,40}\b(go|going|gone|been|work|working)\b"
    r"[^.?!]{0,20}(this week|since|at home|\?|$)",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\b(would you|do you want|want to|can we|could we|shall we|are you (willing|up for|open to)|how about|"
    r"would it be okay|is it okay if|let'?s (try|do|practi[cs]e))\b",
    re.IGNORECASE,
)
# An offer this many characters past the cue still offers it ("we could breathe, would you like to?").
_OFFER_AFTER = 30
_REFUSAL = re.compile(
    r"^\W*(no|nah|nope|not (today|really|right now|now|yet)|i('d| would) (rather|prefer) not|"
    r"i don'?t (want|think so|feel like|really want)|i'?m not (ready|up for|comfortable|doing)|"
    r"(maybe|can we do (it|that)) (another time|next time|later))\b",
    re.IGNORECASE,
)
# Practice set for after the session: between-session time, a daily routine, or "if/when X, do Y".
_ASSIGNED = re.compile(
    r"\b(this (coming )?week|for homework|every (day|night|morning|evening)|each (day|night|morning)|"
    r"(once|twice|three times) a (day|week)|before you (go|leave|drive|pull)|at home|between (now|sessions)|"
    r"when you get home|tonight|before bed|at bedtime)\b"
    r"|\bif (the|those|these|it|you|he|she|they|things)\b[^.?!]{0,60}\b(gets?|come|comes|start|starts|get worse|"
    r"turns?|change)\b[^.?!]{0,60}\b(call|text|go|do|use|reach)\b",
    re.IGNORECASE,
)
# Working a plan out with the client ("what would you do if ...?") is delivery, even when the plan is for later.
_BUILT_TOGETHER = re.compile(
    r"\b(let'?s|let us|can we|could we|what (would|will|could|can) you|who (would|will|could|can) you|"
    r"what you('d| would| could))\b|\?\s*$",
    re.IGNORECASE,
)
# Where one saying ends and the next begins in unpunctuated speech ("... this week and um what's the ...");
# a bare "and" often joins two steps of the same instruction, so it is no break.
_SAYING_BREAK = re.compile(
    r"\s+(?=(?:but|so|um|uh|okay|ok|alright|anyway|"
    r"and (?:now|then|um|uh|what|how|so|today|right now|this week|for homework|tonight|every))\s)",
    re.IGNORECASE,
)
# Techniques that are delivered by setting them up for the week: designing the task is the work.
_ASSIGNABLE = frozenset(
    {"thought record", "behavioral activation", "sleep hygiene", "exposure", "trauma narrative", "values clarification",
     "problem solving", "safety planning"}
)
# An explanation is delivered as it is said: "at home" or "every night" in a cue's saying tells where or when a symptom
# comes ("holding them in all day can make them come out harder at home"), not what is set for the week. (A whole turn
# the net reads as psychoeducation is still out of scope when it sets practice: "two minutes once a day" is homework.)
_UNASSIGNED = _ASSIGNABLE | {"psychoeducation"}
# A count held during a muscle squeeze or a breath is a count, not the 5-4-3-2-1 senses exercise.
_COUNTED_HOLD = re.compile(r"\b(hold|squeez\w*|tens\w*|breath\w*|inhale|exhale)\b", re.IGNORECASE)
_COUNTDOWN = re.compile(r"\b(five|5)[, -]+(four|4)[, -]+(three|3)\b", re.IGNORECASE)
_SENSES = re.compile(r"\b(see|hear|smell|taste|touch|things)\b", re.IGNORECASE)
# "Your brain learns it's safe" is why an exposure works, said while doing it, not a lesson on the disorder.
_SAFETY_LEARNING = re.compile(
    r"\b(learns?|teach(es)?|tells?|shows?)\b[^.?!]{0,50}\b(is|was|are|were|it'?s) (safe|false|harmless|okay|"
    r"not (dangerous|a threat))\b|\bless (of a threat|dangerous|scary)\b|\b(treats?|sees?) it as (less of )?a threat\b",
    re.IGNORECASE,
)
# "Pretend you're blowing up a balloon" is a breathing image, not a part to play.
# the clinician staying beside a retelling, no part taken: "Tell it in the present tense ... I'll be here."
_STAYING_BESIDE = re.compile(r"\bi'?ll be (right )?(here|there|with you|beside you|next to you|listening)\b", re.IGNORECASE)
_TAKES_A_PART = re.compile(r"\b(i'?ll|let me|i can) (be|play) (the|your|mr\.?|mrs\.?|ms\.?|dr\.?|him|her)\b|\bpretend\b|\byou be\b|"
                           r"\brole[- ]?play|\bact (it|this|that) out\b|\btake (his|her|their|the other) part\b|"
                           r"\bas (your|the|his|her|their) \w+", re.IGNORECASE)
_PRETEND_BREATH = re.compile(r"\bpretend\b[^.?!]{0,40}\b(blow\w*|balloons?|candles?|breath\w*|smell\w*)\b", re.IGNORECASE)
# "Can I walk you through it now?" offers an exercise; walking someone through how or why something works explains.
_EXERCISE_OFFER = re.compile(
    r"\b(walk|talk|take) you through (it|this|that|one|an? (exercise|technique|skill|practice))\b(?![^.?!]*\b(how|why|what)\b)",
    re.IGNORECASE,
)
# A dream told again in which the client changes what happens is rescripted, not a trauma narrative.
_RESCRIPTED = [re.compile(p, re.IGNORECASE) for p in CHANGED_STORY]
# ... and a present-tense telling that is no trauma narrative: a dream told to be rescripted ("I want to work on the
# dream itself, tell it to me in the present tense"), or the telling rated for distress as it goes, which is imaginal
# exposure ("tell it in the present tense ... every few minutes I'll ask how distressed you are from zero to a hundred")
_NOT_A_NARRATIVE = re.compile(
    r"\b(?:dream|nightmare|the\s+imagery)\b|\b(?:zero|nought|naught|0)\s+to\s+(?:a\s+hundred|one\s+hundred|100)\b|"
    r"\bhow\s+(?:high|distressed|strong|bad)\s+(?:the\s+|your\s+)?(?:fear|distress|anxiety)?\b[^.?!]{0,12}\b(?:is|are|gets|you\s+are)\b",
    re.IGNORECASE)
# A screening questionnaire's "worry scale" is a score, not a feelings scale built with the client.
_QUESTIONNAIRE = re.compile(r"\b(\w+[- ]question|questionnaire|screener|came (out|back) (at )?)", re.IGNORECASE)
# Weak cues of different families corroborate each other only when delivered close together.
_WINDOW = 14
# ... and, for techniques whose parts are everyday questions ("what helps?", "who could you call?",
# "stay with it"), only where the session is on what the technique is for: in the turns just before, or
# in the client's answer.
_CONTEXT_BEFORE = {"exposure": 12}  # a safety plan is often made long after the risk was raised: any time before
_CONTEXT_AFTER = 2
_WEAK_CONTEXT = {
    "safety planning": re.compile(
        r"\b(suicid\w*|kill(ing)? (yourself|myself)|(thoughts?|thinking|think) (of|about) (dying|death|being dead)|"
        r"end(ing)? (your|my) life|better off dead|(want|wish|wanna)\w*( that)? (to be|i was|i were|you were|i'?d|i had|you had|you'?d)( been)? (gone|dead|died|"
        r"not here|not around|not alive|never born)|"
        r"(want|wish|wanna)\w* (to die|die|"
        r"to disappear|i was dead|i wasn't here|you were dead)|(not|\w*n't|never)[ -](want[ -])?(to[ -])?(wake|waking)[ -]up|"
        r"(not|\w*n't) want to (be here|be alive|live)|(hurt|hurting|harm|harming|hit|"
        r"hitting) (yourself|myself|him|her|them|someone|anyone)|self[- ]harm|self[- ]injur\w*|cutting|cut (myself|yourself)|"
        # "When you burn yourself, is any part of you wanting to die?"
        r"burn(ing|ed|t)? (yourself|myself)|(did|do) (you|i) do (it|that) on purpose|"
        r"overdose|crisis|unsafe|not safe|might act|act on (it|them|the thoughts)|(?<!staple )(?<!nail )(?<!glue )guns?|"
        # "when you say finish do you mean dying" "um yes like to end it"
        r"(do you |you )?mean dying|(like|want|wanted|wanting) to end it( all)?(?! with)|"
        r"handguns?|firearms?|rifles?|"
        r"ammunition)\b",
        re.IGNORECASE,
    ),
    # EMDR is its bilateral stimulation: an image held in mind and the breath noticed, without eyes following a hand,
    # taps or buzzers, is imaginal exposure or mindfulness
    "emdr": re.compile(
        r"\b(emdr|eye[- ]movements?|bilateral\w*|tap(s|ping|pers?)?|buzz(ers?|ing)|follow (my|the) (fingers?|hand|light|pen|"
        r"wand)|left[- ](and[- ])?right|side to side|back and forth|butterfly hug|light ?bar)\b",
        re.IGNORECASE,
    ),
    "exposure": re.compile(
        r"\b(anxi\w*|fear\w*|scar(ed|y)|afraid|panic\w*|nervous|dread|suds|compulsion\w*|ritual\w*|avoid\w*|"
        r"phobi\w*|trigger\w*)\b",
        re.IGNORECASE,
    ),
}
# A screening question ("any thoughts of suicide?") and the client's "no" put risk on the table without
# making it the topic: a safety plan is made once it is raised in earnest.
_SCREENING = re.compile(
    r"(\b(any|have you (had|been having|ever)|do you (have|ever)|did you (have|ever)|are you having|"
    r"do(es)? (any )?(thoughts?|urges?|images?|ideas?))\b[^.?!]{0,40}|\bdo(es)? (any )?)$",
    re.IGNORECASE,
)
# The client's answers to a screening question read for its no: the reply, and the one to a follow-up.
_ANSWERS = 2
_DENIAL = re.compile(r"^\W*(no|nope|never|not really|nothing like that)\b", re.IGNORECASE)


def _raises(name: str, turns: Turns, k: int, risk_turns: Collection[int] = ()) -> bool:
    """Whether turn ``k`` makes what ``name`` is for the topic (risk for a safety plan, fear for an exposure):
    a screening question does so only when neither of the client's next answers is a no. A turn the risk assessment
    reads endorsed risk in (``risk_turns``) raises it whatever its words: "Are some of the scratches
    something you allow on purpose?" "...Yes." """
    if name == "safety planning" and k in risk_turns:
        return True
    text = str(turns[k].get("text", ""))
    mentions = list(_WEAK_CONTEXT[name].finditer(text))
    if not mentions or name != "safety planning":
        return bool(mentions)
    if turns[k].get("speaker") != "clinician":
        return not _DENIAL.search(text)
    if any(not _SCREENING.search(text[: m.start()]) for m in mentions):
        return True
    # a joke first ("take me out back and shoot me"), then the no when asked again: the no answers the screen
    answers = [str(t.get("text", "")) for t in turns[k + 1:k + 5] if t.get("speaker") != "clinician"][:_ANSWERS]
    return bool(answers) and not any(_DENIAL.search(a) for a in answers)


_LEXICON_RX = {name: [re.compile(p, re.IGNORECASE) for p in pats] for name, pats in INTERVENTIONS.items()}
_CUE_RX = {
    name: [(fam.name, fam.strong, [re.compile(p, re.IGNORECASE) for p in fam.patterns]) for fam in families]
    for name, families in DELIVERY_CUES.items()
}
_AT_LENGTH = {(name, fam.name) for name, families in DELIVERY_CUES.items() for fam in families if fam.at_length}
# "At some length" (README annotation rules): about three sentences of speech.
_AT_LENGTH_WORDS = 40


def cue_patterns(name: str) -> list[str]:
    """Every pattern that can stand as evidence for ``name``: grounding checks evidence against these."""
    return list(INTERVENTIONS.get(name, ())) + [p for fam in DELIVERY_CUES.get(name, ()) for p in fam.patterns]


def _next_reply(turns: Turns, i: int) -> str:
    for t in turns[i + 1:i + 3]:
        if t.get("speaker") != "clinician":
            return str(t.get("text", ""))
    return ""


def _saying_at(sent: Sentence, pos: int) -> tuple[int, int]:
    """The span of the saying within ``sent`` that holds ``pos``: an unpunctuated ASR turn is one long
    "sentence", and "next session ..." or "this week ..." in one part of it must not scope over the rest."""
    cuts = [0] + [m.end() for m in _SAYING_BREAK.finditer(sent.text)] + [len(sent.text)]
    for begin, end in zip(cuts, cuts[1:], strict=False):
        if begin <= pos < end:
            return begin, end
    return 0, len(sent.text)


def _delivered_now(name: str, sent: Sentence, match: re.Match[str], reply: str) -> bool:
    if _NEGATED_BEFORE.search(sent.text[: match.start()]):
        return False
    begin, end = _saying_at(sent, match.start())
    text = sent.text[begin:end]
    if name not in _UNASSIGNED and _ASSIGNED.search(text) and not _BUILT_TOGETHER.search(text):
        return False
    now = bool(_NOW.search(text))
    if _LATER.search(text) and _INTENT.search(text) and not now:
        return False
    if _RECALLED.search(text) and not now:
        return False
    if _REVIEW.search(text) and not now:
        return False
    if _SOMEONE_ELSE.search(text) and not _ADDRESSED.search(text):
        return False
    # the reply answers the offer of this technique, not a new question asked after it
    # ("the crisis line is on the card ... anything you'd want to hurt anybody else?" "no")
    offered = any(m.start() + begin < match.end() + _OFFER_AFTER for m in _OFFER.finditer(text))
    return not (offered and _REFUSAL.search(reply))


# breathing that is no relaxing: through a straw or fast, on purpose to bring on the sensations (interoceptive exposure),
# and a breath watched without changing it (mindfulness)
_NOT_RELAXING = re.compile(
    # (not pursed lips: "breathe out slowly like you're blowing through a straw")
    r"\b(?:only|just)\s+through\s+(?:the|a|this)\s+(?:thin\s+)?straw|\bthrough\s+(?:the|this)\s+(?:thin\s+)?straw\b|\bthin\s+straw\b|"
    r"\bstraw\s+breathing\b|\bpinch\s+your\s+nose\b|\bnose\s+pinched\b|\bbreath\w*\s+(?:\w+\s+)?(?:fast|quick(?:ly)?|rapid(?:ly)?)\b|\b(?:fast|quick|rapid)\s+breath\w*|\bhyperventilat\w*|"
    r"\b(?:without|don'?t|not)\s+(?:trying\s+to\s+)?chang\w*\s+(?:it|the\s+breath|your\s+breath\w*)\b|"
    r"\bjust\s+notice\s+(?:the|your)\s+breath",
    re.IGNORECASE)


# (the hold trailing off first: "press your feet into the floor, tighten your legs, hold... and release")
_TENSE_RELEASE = re.compile(r"\b(?:press|push|squeeze|tense|clench|tighten)\w*\b[^.?!]{0,50}\bhold\b[,\s.…]*(?:and\s+|then\s+)?"
                            r"(?:let\s+(?:it\s+)?go|release|relax)\b", re.IGNORECASE)
_UNJUDGED = re.compile(r"\bwithout\s+judg\w*|\bnon-?judg\w*", re.IGNORECASE)


def _tensed_across(sentence: str, turn: str | None) -> bool:
    """A tense-and-release run of the turn that overlaps ``sentence``: the release may follow a "hold..." the sentence
    splitter cut off ("press your feet into the floor, tighten your legs, hold... and release")."""
    at = turn.find(sentence) if turn else -1
    return at >= 0 and turn is not None and any(m.start() <= at + len(sentence) and at < m.end() for m in _TENSE_RELEASE.finditer(turn))


def _vetoed(name: str, text: str, turn: str | None = None) -> bool:
    """Whether ``text`` (a sentence of clinician ``turn``, or the whole turn) delivers no ``name`` whatever its cues say."""
    if name == "relaxation training":
        return bool(_NOT_RELAXING.search(text))
    if name == "psychoeducation":
        return bool(_SAFETY_LEARNING.search(text) or _EXERCISE_OFFER.search(text))
    if name == "emotion regulation skills":
        return bool(_QUESTIONNAIRE.search(text))
    if name == "role play":
        return bool(_PRETEND_BREATH.search(text)) or bool(_STAYING_BESIDE.search(text)) and not _TAKES_A_PART.search(text)
    if name == "trauma narrative":
        # (a dream or a distress rating anywhere in the turn makes its present-tense telling no narrative)
        return any(rx.search(text) for rx in _RESCRIPTED) or bool(_NOT_A_NARRATIVE.search(turn or text))
    if name == "grounding" and (_TENSE_RELEASE.search(text) or _tensed_across(text, turn) or _UNJUDGED.search(text)):
        # the feet pressed down and let go are muscles tensed and released (relaxation); sounds noticed "without judging
        # them" are mindfulness
        return True
    return (name == "grounding" and bool(_COUNTDOWN.search(text)) and bool(_COUNTED_HOLD.search(text))
            and not _SENSES.search(text))


def _weak_family_at(name: str, text: str, span: tuple[int, int]) -> str | None:
    """The weak cue family of ``name`` whose match covers ``span``, if any."""
    for fam, strong, rxs in _CUE_RX.get(name, ()):
        if strong:
            continue
        for rx in rxs:
            for m in rx.finditer(text):
                if m.start() <= span[0] and span[1] <= m.end():
                    return fam
    return None


def _inside_word(text: str, m: re.Match[str]) -> bool:
    return m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()].isalnum()


def _lexicon_hit(name: str, sent: Sentence, reply: str) -> tuple[str, bool] | None:
    """A lexicon cue of ``name`` in scope, as (family, strong). A lexicon phrase that is also one of the
    technique's weak acts ("who could you call") is only as strong as that act."""
    weak_only: str | None = None
    for rx in _LEXICON_RX[name]:
        m = rx.search(sent.text)
        # a phrase found inside a longer word is not that phrase: "rescript" in "prescription"
        if not m or _inside_word(sent.text, m) or not _delivered_now(name, sent, m, reply):
            continue
        fam = _weak_family_at(name, sent.text, m.span())
        if fam is None:
            return "lexicon", True
        weak_only = fam
    return (weak_only, False) if weak_only else None


def _sentence_hits(text: str, reply: str) -> list[tuple[str, str, bool, int]]:
    """(intervention, cue family, strong, sentence index) delivered in one clinician turn."""
    out: list[tuple[str, str, bool, int]] = []
    for k, sent in enumerate(split_sentences(text)):
        for name in INTERVENTIONS:
            if _vetoed(name, sent.text, text):
                continue
            lex = _lexicon_hit(name, sent, reply)
            if lex:
                out.append((name, *lex, k))
            for fam, strong, rxs in _CUE_RX.get(name, ()):
                m = next((m for rx in rxs if (m := rx.search(sent.text)) and _delivered_now(name, sent, m, reply)),
                         None)
                if m:
                    out.append((name, fam, strong, k))
    return out


# Families that, matched in one sentence, are one act, not two parts of a technique: "if it gets worse, call 988" is the
# crisis line with its trigger; "could you do two mornings this week?" is one activity set for a day.
_ONE_ACT = (frozenset({"contingency", "crisis"}), frozenset({"schedule", "dated activity"}))


def _one_act(fam: str, other: str, at: tuple[int, int], other_at: tuple[int, int]) -> bool:
    return at == other_at and frozenset({fam, other}) in _ONE_ACT


def rule_interventions(turns: Turns, risk_turns: Collection[int] = ()) -> list[dict[str, Any]]:
    """The interventions the cues alone find, each with the turns that deliver it."""
    hits: dict[str, list[tuple[int, str, bool, int]]] = {}
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        text = str(t.get("text", ""))
        turn_hits = _sentence_hits(text, _next_reply(turns, i))
        # why a technique works, said while delivering it, is its rationale, not a separate psychoeducation
        delivering = {k for name, _, strong, k in turn_hits if strong and name != "psychoeducation"}
        for name, fam, strong, k in turn_hits:
            if (name, fam) in _AT_LENGTH:
                continue
            if name == "psychoeducation" and delivering:
                continue
            hits.setdefault(name, []).append((i, fam, strong, k))
        # a condition and how it goes, explained at length apart from the sentences that deliver a technique
        sentences = split_sentences(text)
        words = sum(len(s.text.split()) for k, s in enumerate(sentences) if k not in delivering)
        for name in {n for n, f, _, _ in turn_hits if (n, f) in _AT_LENGTH}:
            if words >= _AT_LENGTH_WORDS and len({f for n, f, _, _ in turn_hits if n == name}) >= 2:
                hits.setdefault(name, []).append((i, "at length", True, -1))
    out: list[dict[str, Any]] = []
    for name, hs in hits.items():
        evidence = sorted({i for i, _, strong, _ in hs if strong})
        weak = [(i, fam, k) for i, fam, strong, k in hs if not strong and (
            name not in _WEAK_CONTEXT
            or any(_raises(name, turns, k, risk_turns) for k in range(max(0, i - _CONTEXT_BEFORE.get(name, i)),
                                                          min(len(turns), i + 1 + _CONTEXT_AFTER)))
        )]
        # a weak cue stands when another family of the same intervention is delivered nearby
        evidence += [i for i, fam, k in weak if any(f != fam and abs(j - i) <= _WINDOW and not _one_act(fam, f, (i, k), (j, m))
                                                    for j, f, m in weak)
                     or any(abs(j - i) <= _WINDOW for j, _, strong, _ in hs if strong)]
        if evidence:
            out.append({"name": name, "evidence": sorted(set(evidence))})
    return _in_order(_without_steps(out))


def _in_order(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    order = list(INTERVENTIONS)
    return sorted(found, key=lambda d: min(d["evidence"]) * 100 + order.index(d["name"]))


# A technique taught as a step of another: paced breathing beside a crisis skill is TIPP's "P" (in s01-s300 relaxation
# training was never labelled beside distress tolerance skills; the rules found both in five sessions).
_STEP_OF = {"relaxation training": "distress tolerance skills"}


def _without_steps(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` less the techniques all of whose evidence is near the technique they are a step of."""
    by_name = {d["name"]: d for d in found}
    out = []
    for d in found:
        whole = by_name.get(_STEP_OF.get(d["name"], ""))
        if whole and all(any(abs(i - j) <= _WINDOW for j in whole["evidence"]) for i in d["evidence"]):
            continue
        out.append(d)
    return out


def _cue_turns(name: str, turns: Turns) -> list[int]:
    """Clinician turns with any cue of ``name`` in them, delivered now or not: what a reader checks first."""
    rxs = [re.compile(p, re.IGNORECASE) for p in cue_patterns(name)]
    return [i for i, t in enumerate(turns) if t.get("speaker") == "clinician" and (
        name in str(t.get("text", "")).lower()
        or any(rx.search(s.text) for s in split_sentences(str(t.get("text", ""))) for rx in rxs))]


# a short question after how something is going: an assessment, not a technique
_HOW_IS_IT = re.compile(r"(?:(?:and|so|okay|ok)\W+)?how(?:'s|\s+is|\s+are|\s+was|\s+were|\s+has|\s+have)\s+(?:[\w'-]+\s+){0,6}?[\w'-]+\s*\?",
                        re.IGNORECASE)


# Held out by author, asking the net for two turns of a safety plan raised precision on s151-s180 from 0.815 to 0.828.
_PLAN_TURNS = 2


def _out_of_scope(name: str, text: str, reply: str) -> bool:
    """Whether any saying of a clinician turn is out of the session's delivery (the scope ``_delivered_now``
    checks for a cue): planned, recalled, a review of practice, someone else's, declined, or only assigned."""
    if _OFFER.search(text) and _REFUSAL.search(reply):
        return True
    for sent in split_sentences(text):
        t = sent.text
        now = bool(_NOW.search(t))
        if (_LATER.search(t) and _INTENT.search(t) and not now) or (_RECALLED.search(t) and not now) \
                or (_REVIEW.search(t) and not now) or (_SOMEONE_ELSE.search(t) and not _ADDRESSED.search(t)):
            return True
        if name not in _ASSIGNABLE and _ASSIGNED.search(t) and not _BUILT_TOGETHER.search(t):
            return True
    return False


def extract_interventions(turns: Turns, risk_turns: Collection[int] = ()) -> list[dict[str, Any]]:
    """The cues' interventions, and those the learned net (``intervention_net``) reads in a clinician turn and
    its answer: a technique delivered in words no cue knows. The net's turn must be in scope as a cue's
    sentence must; a safety plan or an exposure read by the net still needs the session to be on risk or on
    fear, and a safety plan two turns read as one. Its evidence is the turn the net reads it in and, within
    the window weak cues corroborate each other in, the nearest turn with any cue of it."""
    from scribe.extract import intervention_net

    return with_net_reads(turns, rule_interventions(turns, risk_turns), intervention_net.delivered(turns), risk_turns)


def with_net_reads(turns: Turns, found: list[dict[str, Any]],
                   reads: dict[str, list[tuple[int, float]]], risk_turns: Collection[int] = ()) -> list[dict[str, Any]]:
    """The rules' interventions ``found`` and those of the net's ``reads`` (name -> [(turn, probability)], best
    first) that pass the checks ``extract_interventions`` describes. Pure, so the classifier's builder can score
    other weights with the same checks."""
    found = list(found)
    have = {d["name"] for d in found}
    for name, read in reads.items():
        if name in have or name not in INTERVENTIONS:
            continue
        if name in _WEAK_CONTEXT and not any(_raises(name, turns, k, risk_turns) for k in range(len(turns))):
            continue
        read = [(i, p) for i, p in read if not _out_of_scope(name, str(turns[i].get("text", "")), _next_reply(turns, i))
                # (a turn the cues veto for it is vetoed for the net too: straw breathing is no relaxation)
                and not _vetoed(name, str(turns[i].get("text", "")))
                # (and a short question after how something is goes asks, it delivers nothing: "How's sleep after the
                # nights?")
                and not _HOW_IS_IT.fullmatch(str(turns[i].get("text", "")).strip())]
        # a plan has steps: one turn read as a safety plan is most often a crisis line with its trigger
        if not read or (name == "safety planning" and len(read) < _PLAN_TURNS):
            continue
        i = read[0][0]
        cued = [k for k in _cue_turns(name, turns) if abs(k - i) <= _WINDOW]
        evidence = {i} | ({min(cued, key=lambda k: abs(k - i))} if cued else set())
        found.append({"name": name, "evidence": sorted(evidence)})
    return _in_order(_without_steps(found))


def supported(name: str, turns: Turns, evidence: list[int]) -> bool:
    """Whether the evidence turns support ``name``: a cue of it, its name, or the net reading it there."""
    from scribe.extract import intervention_net

    texts = [str(turns[i].get("text", "")) for i in evidence]
    units = texts + [s.text for t in texts for s in split_sentences(t)]
    rxs = [re.compile(p, re.IGNORECASE) for p in cue_patterns(name)]
    if any(rx.search(u) for u in units for rx in rxs) or any(name in t.lower() for t in texts):
        return True
    return intervention_net.reads(name, turns, evidence)
