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

from scribe.extract.lexicons import MED_SURFACE, RELATIONS
from scribe.extract.text import BARE_NUMBER_RE, clause_after, clause_before, parse_number, speech_units

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
# Every spoken form of "does not", so a cue said of a third person ("he does not eat much") reads like "I don't".
_NOT_DO = r"(?:don'?t|doesn'?t|didn'?t|do not|does not|did not|won'?t|will not|wouldn'?t)"
_CANNOT = r"(?:can'?t|cannot|can not|couldn'?t|could not|can no longer|no longer able to|(?:not|never) able to|unable to)"
# A person being or feeling something ("I'm", "he is", "she feels", "been"), so a state word reads the same for anyone
_BE = (r"(?:i'm|i am|i was|i've been|i feel|i felt|i get|i got|he's|he is|he was|she's|she is|she was|he feels|she feels|"
       r"been|feeling|feels|feel|felt)")
_BE_NOW = r"(?:i'm|i am|i've been|i feel|i get|he's|he is|she's|she is|he feels|she feels|been|feeling)"
# A person as the subject just before a cue, kept out of the match so the clause's subject is still read before it
_PERSON_BEFORE = r"(?:(?<=\bi )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe )|(?<=\bthey ))"
# Everyday activities whose loss is a drop in functioning ("I can't carry the groceries", "I stopped gardening",
# "I don't go anymore"): one vocabulary for every way of saying it.
_ACTIVITIES = (("go", "going"), ("play", "playing"), ("paint", "painting"), ("garden", "gardening"), ("run", "running"),
               ("walk", "walking"), ("cook", "cooking"), ("draw", "drawing"),
               ("sing", "singing"), ("write", "writing"), ("leave", "leaving"), ("visit", "visiting"),
               ("shower", "showering"), ("clean", "cleaning"), ("exercise", "exercising"), ("work out", "working out"),
               ("train", "training"), ("swim", "swimming"), ("dance", "dancing"), ("fish", "fishing"), ("hunt", "hunting"),
               ("ride", "riding"), ("bake", "baking"), ("knit", "knitting"), ("sew", "sewing"), ("practice", "practicing"),
               ("hang out", "hanging out"), ("socialize", "socializing"), ("attend", "attending"), ("carry", "carrying"),
               ("lift", "lifting"), ("drive", "driving"), ("shop", "shopping"), ("work", "working"), ("climb", "climbing"),
               ("bike", "biking"), ("golf", "golfing"), ("volunteer", "volunteering"), ("get dressed", "getting dressed"),
               # the chores of a home ("I couldn't vacuum", "a man who can't mow his own lawn")
               ("vacuum", "vacuuming"), ("hoover", "hoovering"), ("mow", "mowing"), ("tidy", "tidying"), ("iron", "ironing"),
               ("do the dishes", "doing the dishes"), ("do the laundry", "doing the laundry"), ("do laundry", "doing laundry"),
               ("do the shopping", "doing the shopping"), ("do the groceries", "doing the groceries"))
_ACTIVITY = "(?:" + "|".join(base for base, _ in _ACTIVITIES) + ")"
_ACTIVITY_ING = "(?:" + "|".join(ing for _, ing in _ACTIVITIES) + ")"

# A picture in the mind that comes by itself ("I get this awful picture", "a picture comes that ...")
_INTRUSIVE_IMAGE_SAID = (r"(get|gets|getting|got|have|having|keep getting|see|seeing) (this|these|a|the|that) (\w+ )?"
                         r"(pictures?|images?|flash(es)?)\b|(a|the|this|that) (picture|image)s? "
                         r"(comes?|came|pops? (up|in|into)|popped|flash(es|ed)?)\b")

# Improvements first: a sentence that says a domain got better is not also a complaint in it.
SYMPTOM_CUES: tuple[SymptomCue, ...] = (
    _cue("mood", "improved mood", rf"\b(mood (has been |is |was |'s )?{_INTENS}(better|good|up|improv\w*|lighter|brighter)"
         rf"|feel(ing|s)? {_INTENS}(a lot |much |so much )?(better|lighter|happier|more like myself)|(a )?good (week|few days))\b",
         better=True),
    _cue("mood", "low mood", rf"\b(depress(ed|ing|ion)|(?<!that )(?<!this )feel(ing|s)? {_INTENS}(down|low|sad|empty|numb|flat|blue|miserable|"
         rf"hopeless|awful|terrible|crappy|heavy|like nothing matters)|been {_INTENS}(down|low|sad|depressed)|sadness|"
         rf"hopeless(ness)?|empty inside|everything (is|feels) (so )?heavy|"
         rf"(i'm|i am|i've been|been|feeling|still|always) {_INTENS}(low|flat|gr[ae]y|blah|empty)(?! (key|battery|on|calm|out|broke|rate|fee|tyres?|tires?)\b)|"
         rf"{_BE} {_INTENS}(very |so )?(sad|miserable|unhappy|down)\b(?! (at|to|the|there|here|by|in|on|from|with)\b)|"
         rf"{_BE} {_INTENS}bored\b|boredom|"
         rf"(like|as if) (i'm |i am )?a ghost|my mood('s| is| has been)? {_INTENS}(low|bad|awful|terrible|crap|gone|in the toilet)|"
         rf"^(?:(?:um|uh|honestly|pretty|just|kinda|kind of|so|really),? )*(low|flat|sad|heavy|down|numb|empty|blah|gr[ae]y|meh|bored)"
         rf"(?=[.,!]|$| (um|uh|like|some|most|mostly|lately|honestly|really|all|every)\b))\b"),
    _cue("mood", "grief", r"\b(grie(f|ving|ve|ves)|mourning|miss(ing|es)? (her|him|my (late )?(wife|husband|mom|dad|mother|father|son|"
         r"daughter|brother|sister|partner|cousin|friend))|since (she|he|my \w+) (passed|died))\b"),
    _cue("mood", "loneliness", rf"\b(feel(ing|s)? {_INTENS}(alone|lonely|isolated)|so lonely|lonel(y|iness))\b"),
    _cue("mood", "tearfulness", r"\b(crying|cried|cry (all|every|at|in)|tearful|sobb(ing|ed)|in tears)\b"),
    _cue("mood", "irritability", r"\b(irritab\w*|snap(p(ed|ing))? at|snappy|cranky|grumpy|ratty|short with|vex(ed)?|"
         r"bit (his|her|their|my|your) heads? off|short[- ]tempered|irritated\b|short fuse|lost my temper|lose my temper|"
         rf"{_BE} {_INTENS}frustrated|(my|the) frustration|frustrated (with|at|by)|"
         r"so (angry|mad) all|(i'm|i am|i was|i get|i got|being|so|really) (so |really |just )?mad\b(?! (about|at) (you|myself))|"
         # anger as what happens to the speaker ("I get so mad", "watch the news, get mad at the news"), not someone
         # else's at them ("she got mad at me")
         r"(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(get|gets|getting|got) (so |really |pretty |real )?(mad|angry|pissed)\b(?! (at|with) (me|us)\b)|"
         r"punch(ed|ing)? (a|my|the) (pillow|wall|door|steering wheel)|\brage\b|blow-?ups?|(yell|yelled|yelling|scream\w*) at (him|her|them|"
         r"the kids|my|our))\b"),
    _cue("mood", "anger", r"\b(?:(i'm|i am|i was|i get|i got|i've been|i feel|feel|felt|so|really) (so |really |just |absolutely )?"
         r"(angry|furious|fuming|livid|seething|enraged|pissed( off)?)|\b(my|the) (anger|rage)\b|\banger,? (like|at|toward|towards|about|when)\b|\b(blew|blow|blowing) up at|"
         r"(throw|threw|throwing) things|road rage|meltdowns?|"
         # anger acted out on things ("she threw her plate", "slammed the door")
         r"(slam\w*|threw|throw(s|ing)?|smash\w*|hurl\w*|kick(s|ed|ing)?) (a |the |her |his |my |their )"
         r"(plate|phone|door|cup|glass|mug|controller|bowl|remote|chair|wall)s?)\b"),
    _cue("mood", "feelings of guilt or worthlessness", r"\b(worthless|i'm a failure|like (such )?a failure|useless|hate myself|"
         r"(it('s| is| was)|that('s| is| was)) (all |really |partly )?my fault|blam(e|ed|ing) myself|(my|the) (shame|guilt)\b|"
         r"shame (about|that|on me)|"
         r"(so|really|very) guilty|feel guilty|(a|such a) (bad|terrible|awful|horrible) (mom|mother|dad|father|parent|wife|husband)|"
         r"(i'm|i am|i feel|i felt|i was|i get) (so |really |just )?(ashamed|embarrassed|disgusted with myself)|"
         r"(feel|felt|feeling|feels) like (garbage|rubbish|crap|dirt|a burden|a fraud|(a )?failure|failing)|"
         r"(feel|felt|feeling) (so |really )?(inadequate|useless|pathetic)|"
         r"let(ting)? (everyone|everybody|them|you|people|the family|the team) down|"
         r"(everyone|everybody|nobody|no one) (hates|likes|cares about|wants) me)\b"),
    _cue("mood", "loss of interest", r"\b(don't enjoy|no interest|lost interest|nothing (is )?fun|don't want to do anything|"
         r"don't care about anything|nothing'?s (fun|enjoyable|interesting)|nothing (is|feels) (fun|good|enjoyable|interesting)|"
         r"(can't|don't|couldn't) (enjoy|feel (it|anything|happy|good|excited))|should be happy)\b"),
    _cue("anxiety", "reduced anxiety", rf"\b(anxiety (has been |is |was |'s )?{_INTENS}(better|lower|down|less|manageable)|"
         r"less (anxious|worried|nervous|on edge)|calmer|no panic attacks|fewer panic attacks)\b", better=True),
    _cue("anxiety", "anxiety and worry", r"\b(anxious|anxiety|worr(y|ied|ying|ies)|something bad (is going to|will|might|'s gonna) happen|nervous|on edge|dread\w*|keyed up|"
         r"stressed( out)?|freak(ing|ed) out|jittery|wound up|shaky|keyed up|(i'm|i am|i was|i get|i feel|so|really) (so |really )?"
         r"(scared|afraid|terrified|frightened)|(i'm|i am|i was|i feel|been|feel|so) (so |really |just )?(jumpy|wired|tense|on guard)|"
         r"(^|the |so |still |really |always )jumpy|jumpiness|overwhelm(ed|ing)|"
         r"(on|at) (high )?alert|startl\w+|flinch\w*|jump(ed|ing)? out of my skin|hit the (deck|dirt)|"
         r"(on|hit) the (floor|ground|deck) before i (even )?knew|hypervigilan\w+|standing guard|(don't|didn't|no longer) feel safe|"
         r"(waiting|wait) for something (bad )?to (go wrong|happen))\b"),
    _cue("anxiety", "panic symptoms", r"\b(panic attacks?|panick(ed|ing)|(in|a|the) panic|(the|those|my|of the) attacks|"
         r"heart (was |is |keeps |started |starts )?(racing|pounding|pounds|races|hammering|thumping|going (so |really )?fast|"
         r"beating (so )?fast)|tingl(y|ing)|(gonna|going to|about to) pass out|the shaking|the shakes|(hands|body|voice|legs|knees) ((were|was|are|is|keep|kept|start(ed)?|get|got|go|went) )?(shake|shakes|shaking|shook|trembl\w*)|trembling|couldn't breathe|"
         r"can't breathe|chest (got |gets |was )?tight)\b"),
    _cue("anxiety", "avoidance", r"\b(avoid(ed|ing|ance)?)\b"),
    # restless legs are a side effect, not anxiety
    _cue("anxiety", "restlessness", r"\b((can't|cannot|couldn't) sit still|(?<!legs )(?<!legs were )(?<!legs are )restless(?! legs)|(leg|knee|foot) (bounces|bouncing|won't stop)|"
         r"pacing)\b"),
    _cue("anxiety", "intrusive or repetitive thoughts", r"\b(can't stop thinking|keep thinking about|racing thoughts|"
         r"ruminat\w*|overthink\w*|intrusive|flashbacks?|the thoughts (keep|come)|" + _INTRUSIVE_IMAGE_SAID + r"|going (round|around) in circles|"
         r"(check|checked|checking) (his|her|their|my|the) (back |front |side )?(phone|locks?|doors?|windows|stove|emails?|messages)( again)?)\b"),
    _cue("sleep", "improved sleep", rf"\b(sleep(ing)? ?(has been |is |was |'s been |'s |has gotten |got )?{_INTENS}(better|okay|fine|good|well|through)|"
         r"slept (better|well|through)|sleeping better)\b", better=True),
    # one "nightmare" is a dream only when someone has it ("had a nightmare", "the nightmare again"); "that's the whole
    # nightmare", "parking is a nightmare" are figures of speech
    _cue("sleep", "nightmares", r"\b(nightmares|(had|have|has|having|get|gets|got|getting|another|from|with|same|recurring) "
         r"(a |an |the |that |this )?(\w+ )?nightmare\b|nightmare (again|last night|every night|most nights)|bad dreams)\b"),
    _cue("sleep", "difficulty sleeping", r"\b((can't|cannot|couldn't|can not|cyaan|hard to|trouble|struggl\w* to) (fall(ing)? |get(ting)? to |"
         r"go(ing)? to |get back to |go back to |get off to )?(asleep|sleep(ing)?)|(can't|cannot|couldn't) get off\b(?! (the|my|work|at|\w+ing))|"
         r"insomnia|l(ie|ying|ay) awake|up all night|awake (all|half|most of) (the )?night|barely sleep\w*|"
         r"not sleeping|stopped sleeping|haven't (been )?sleep\w*|no sleep|(didn't|don't|doesn't|did not|do not) sleep\b|"
         r"slept (like (garbage|crap|hell|shit|nothing)|badly|poorly|terribly|awful)|"
         r"sleep('s| is| has been| was)( just| pretty| really| so)? (garbage|no good|bad|terrible|awful|crap|rough|a mess|broken|"
         r"not (good|great))|up (every|all|most of the) (\w+ )?(night|hours?)|up at night|up for good|"
         r"(running|surviving|getting by) on (like |about |maybe )?\w+ hours|"
         r"(up|awake) (until|till) (like |about |maybe |around )?(midnight|one|two|three|four|five|[1-5])\b(?! ?p\.?m)|"
         r"(fall|fell|falling) asleep (at|around) (like |maybe |about )?(midnight|one|two|three|four|[1-4])\b(?! ?p\.?m)|"
         r"l(ie|ying|ay) there (until|till|for hours|awake|listening|staring)|"
         # sleep that comes late: "sleep is coming late madam one o'clock", "i sleep like five thirty in the morning"
         r"sleep (is |was )?(coming|comes|came) (very |so |too )?late|"
         r"(i|he|she) (sleep|sleeps|fall asleep|falls asleep|go to sleep|goes to sleep) (like |about |maybe |around |at |only )*"
         r"(four|five|six|[4-6])( thirty|:30)? in the morning)\b"),
    _cue("sleep", "nightmares", r"\b((the|those|these|bad|same|recurring) dreams?\b(?! (job|house|car|school))|dreams? about)"),
    _cue("sleep", "night-time or early waking", r"\b(wak(e|es)(,| at| around)( at| around)? (one|two|three|four|[1-4])\b"
         r"(?!:\d\d ?p| ?p\.?m| in the afternoon)|(up|awake|wake|wakes|woke) at (like |about |maybe |around )(one|two|three|four|[1-4])\b"
         r"(?!:\d\d ?p| ?p\.?m)|wak(e|es|ing) up (like |about |maybe |probably )?((at|around) (like |about |maybe )?(one|two|three|four|five|[1-5])\b(?![:-]\w)|"
         r"in the middle|every|a bunch|several|multiple|two|three|four|five)|(up|awake) in the middle of the night|"
         r"woke up ((at|around) (like |about |maybe )?(one|two|three|four|five|[1-5])\b(?![:-]\w)|in the middle)|early waking|"
         r"(up|awake|wake|wakes|waking) (at|in|around) (like |about |maybe )?(half (one|two|three|four|five)|the small hours|"
         r"the wee hours|the early hours)|(up|wake|wakes|waking) (two|three|four|several|a few)(,? or |, | )(\w+ )?times|"
         r"every time [^.,]{0,40}\b(i'm up|wakes? me|i wake)|"
         # "i wake every hour", "even at two in the morning I wake and open the laptop"
         r"wak(e|es|ing) (up )?every (hour|two hours|half hour|hour or two)|"
         r"at (one|two|three|four|[1-4])( or (two|three|four|five|[2-5]))? in the morning,? (i|he|she) (wake|wakes|woke|get up|gets up)|"
         r"(up|awake) at (one|two|three|four|[1-4])"
         r"( or (two|three|four|five|[2-5]))?( in the morning| ?a\.?m\.?)?(?! (pm|p\.m|in the afternoon|o'clock in the afternoon)))\b"),
    _cue("sleep", "sleeping more than usual", r"\b(sleep(ing)? (like |about |maybe )?(all day|too much|ten|eleven|twelve|thirteen|"
         r"fourteen|1[0-4])((,| to| or) (ten|eleven|twelve|thirteen|fourteen|1[0-4]))?( hours)?\b|sleep(ing)? (until|till) (noon|one|two)|"
         r"oversleep\w*|"
         # asleep by day ("him sleeping in the day now", "naps all afternoon", "lies down till three in the afternoon")
         r"(sleep(s|ing)?|asleep|nap(s|ping)?) (in|during|through|all) the (day|daytime)\b|nap(s|ping)? all (afternoon|day)|"
         r"(lie|lies|lying|stay|stays|staying) (down|in bed) (till|until) (\w+ ){1,2}in the afternoon)\b"),
    _cue("sleep", "hours of sleep", rf"\b(?P<hours>{_NUM})(?: (?:to|or) {_NUM})? hours? (of sleep|a night|per night|each night|"
         rf"of actual sleep|in a row)\b|\b(sleep\w*|slept|getting|get|got) (maybe |about |like |only |just |around )*"
         rf"(?P<hours2>{_NUM})(?: (?:to|or) {_NUM})? hours\b"),
    _cue("appetite", "improved appetite", r"\b(appetite (is |has been |'s )?(back|better|good|okay)|eating (better|again|regular))\b",
         better=True),
    _cue("appetite", "reduced appetite", r"\b(no appetite|not (really )?(eating|hungry)|(haven't|have not|hasn't) been hungry|"
         rf"(never|not even) hungry|{_NOT_DO} (really |even |ever )?(get|feel) hungry|(only )?eat (maybe |like )?once a day|skipp(ed|ing) meals|lost (my )?appetite|"
         r"forget to eat|can't eat|haven't (been )?eat\w*|barely eat\w*|"
         rf"{_NOT_DO} (really )?eat (much|anything|with (us|the family|anyone)|"
         r"lunch|breakfast|dinner|supper|a thing|on (shift|my shift)|at work)|eat(ing|s)? (only |just |mostly )?(crackers|toast|little|almost nothing|nothing)\b|"
         r"(forget|forgets|forgot|forgetting) (to eat|lunch|breakfast|dinner|supper|meals)|skip(s|ped|ping)? (supper|lunch|breakfast|dinner|meals)|"
         r"appetite('s| is| has been)? (kind of |pretty much |just |all but )?(gone|shot|bad|poor|not great|off|down|nonexistent)|"
         r"nause\w*|no (sense of )?taste|can't taste|(stopped|quit|not) (eating|bothering with) (lunch|breakfast|dinner|supper|meals|"
         r"properly)|not bothering to eat)\b"),
    _cue("appetite", "restricting food", r"\b((throw|throws|threw|throwing|toss\w*|bin\w*|hid(e|es|ing)?) (away )?"
         r"(the |her |his |my )?(lunch(es)?|food|meals?|dinners?|breakfasts?|sandwich(es)?|snacks?)( \w+){0,3} (away|out)|"
         r"(throw|throws|threw|throwing|toss\w*) away (the |her |his |my )?(lunch(es)?|food|meals?|dinners?|breakfasts?|sandwich(es)?|snacks?))\b"),
    _cue("appetite", "increased eating", r"\b(eating (too much|all the time|a lot more|way more|junk|all night)|whole (bags?|box|boxes|"
         r"pints?) of|binge\w*|stress eat\w*|"
         r"overeat\w*|(hungry|starving|ravenous) (all the time|at night|constantly)|(always|constantly|so) (hungry|starving)|"
         r"eat(ing)? everything in (the house|sight))\b"),
    _cue("appetite", "weight change", r"\b(lost|gained|losing|gaining|put on|dropped),? (\w+,? ){0,3}(pounds|weight|lbs|kilos)\b"),
    _cue("energy", "improved energy", r"\b(more energy|energy (is |has been |'s )?(better|back|up))\b", better=True),
    _cue("energy", "low energy or fatigue", rf"\b((so|really|always|constantly|dead|bone|very|super|too) tired\b(?! of)|"
         # "I'm just tired and flat" is a complaint, "No, nothing like that. I'm just tired." shrugs one off
         r"just tired\b(?! of)(?!\s*[.!])|tired of (everything|it all|all of it)|"
         # "I'm tired.", "he is a little tired today", not "tired of waiting" nor a shrug ("I'm just tired", "that's all")
         rf"(?<!mean ){_BE_NOW} (a little |a bit |so |really |very |always |kind of |kinda )?tired\b(?! of)(?!,? that's all)|"
         r"(sleep(s|ing)?|asleep|nap(s|ping)?|head down) (in|at|during) (the )?(class|school|lessons?|meetings?|my desk|work)|"
         r"tired (all the time|every day|constantly)|exhausted|exhausting|exhaustion|fatigue\w*|(no|zero|low|little) energy|"
         r"(i'm|i am|been|i was|i feel|feel) dragging|dragging (myself|all day|through)|(i|still) drag\b|wiped|sluggish|lethargic|run down|drained|"
         r"worn out|wore out|worn down|knackered|shattered|running on (empty|fumes)|no go in me|tiredness|like a zombie|"
         # tired on waking or after a night's sleep ("I sleep ten hours and wake up tired", "and still tired")
         r"(wake|wakes|woke|waking) up (so |really |still |just )?(tired|exhausted)|still (so |really )?tired\b(?! of)|"
         # "Tired." or "Exhausted, honestly." as the whole answer
         r"^(?:(?:um|uh|honestly|just|so|really),? )*(tired|exhausted|knackered)(?=[.,!]|$)|"
         r"(i'm|i am|i feel|i get|i've been|been|feeling) (so |always |really |very |just so )?sleepy|"
         r"(tired|sleepy|exhausted) (after|at|in|by|during) (school|work|class|lunch|the afternoon|midday)|"
         r"doz(e|es|ed|ing) (off )?(in|at|on|during)|nod(s|ded|ding)? off|(can't|cannot|couldn't) keep (my )?eyes open|"
         r"wiped out|(can't|couldn't) get out of bed|(stay(ed|ing)?|been) in bed|"
         r"(lying|laying|lie|lay) in bed (all|most of|until|till|for (hours|days)|the whole)|"
         r"no motivation|unmotivated|(don't|didn't) want to get up)\b"),
    _cue("concentration", "improved concentration", r"\b((easier|better able) to (focus|concentrate)|focus(ing)? (is |has been )?better)\b",
         better=True),
    _cue("concentration", "poor concentration", r"\b((can't|cannot|couldn't|hard to|trouble|struggl\w* to) (even )?(focus|concentrat\w*|"
         r"think (straight|clearly|which|what)|pay attention)|distracted|zon(e|ed|ing) out|mind (keeps )?wander\w*|brain fog|foggy|"
         r"memory (is )?(shot|bad|terrible|gone|awful|going)|keep forgetting|forgetful|(can't|cannot) remember (anything|things|stuff)|"
         r"read the same (page|line|email|paragraph|thing)|"
         # reading or a puzzle no longer finished ("I can't get through a page", "couldn't finish the crossword")
         r"(can't|cannot|couldn't) (get through|finish|read) (a|one|the) (single )?(page|chapter|article|paragraph|book|crossword)|"
         # slips at work: "I'm making mistakes", "I keep making stupid mistakes"
         r"(i'm|i am|i keep|i've been|i kept|been) making (\w+ )?mistakes|(my|the|this) fog\b|(los(e|es|ing)|lost) (my|his|her|the) (place|thread|train of thought|words)|"
         r"losing words|(hard|rough) time (focusing|concentrating|paying attention)|scattered\b(?! (some|the|her|his|my|their|our|a|an|all|them|it|over|across|around)\b)|"
         r"(forget|forgets|forgot|forgetting) (things|stuff|errands|appointments|names|what)|left the (stove|kettle|oven|burner|water) on|"
         r"drift(s|ing)? off|(don't|can't|never|couldn't) finish (stuff|things|anything|my work|work)|"
         r"(forget|forgets|forgot|forgetting|can't find|cyaan find) (the |my )?words|"
         r"(can't|cannot|couldn't) think about anything (else|except|but)|"
         r"(struggle|struggling|can't|cannot) (to )?(get )?start(ed)?\b|"
         r"\b(i|he|she) left the (\w+ ){1,2}(on|running))\b"),
    _cue("substance use", "reduced use or abstinence", r"\b(sober|sobriety|haven't (had a drink|had a beer|drunk|used)|"
         r"didn't drink|cut (back|down) on (drinking|the drinking|weed|smoking)|(days|weeks|months) clean)\b", better=True),
    _cue("substance use", "alcohol use", r"\b(drinking|drank|drunk|(a|two|three|four|five|six|few|couple) (beers|drinks|glasses of wine)|"
         r"beers?|wine|vodka|whiskey|alcohol|hungover|hangover|(have|had|having) a drink)\b"),
    _cue("substance use", "cannabis use", r"\b(weed|joints?|edibles?|cannabis|marijuana|getting high|got high|smok(e|ed|ing) pot|bong|blunts?|an eighth)\b"),
    # (smoke the noun after "of", "the" or "like" is an image or a fire: "the chest become full of smoke", "then the smoke go out")
    _cue("substance use", "nicotine use", r"\b(cigarettes?|vap(e|ing)|nicotine|(smok(es|ed|ing)|(?<!\bof )(?<!\bthe )(?<!\blike )smoke)\b"
         r"(?! (detector|alarm|signal|break))|"
         r"(a|one|two|three|half a) packs? (a|per) day|half a pack)\b"),
    _cue("substance use", "other substance use", r"\b(using again|relapsed?|cocaine|meth|heroin|fentanyl|opioids?)\b"),
    _cue("substance use", "cravings", r"\b(crav(ing|ings|ed|e)|urges? to (drink|use|smoke))\b"),
    _cue("functioning", "improved functioning", r"\b(back at work|went back to work|made it to work|got (a lot|more|things) done)\b",
         better=True),
    _cue("functioning", "difficulties at work", r"\b(miss(ed|ing)? (a |one |two |three |four |five |several |a few |a couple( of)? )?(work|shifts?)\b|call(ed|ing)? (in )?sick|behind (at|on) work|"
         r"late (to|for) (work|class|school|clinicals?|shifts?|the \w+)|(i've been|i was|i'm|we were) (\w+ minutes |an hour )?late\b|"
         r"late (like |about )?(two|three|four|five|several|a few|\w+) times|"
         r"(rang|phoned|called) in sick|missed (a |the |my |his |her |\w+ )?(\w+ )?(deadline|assignments?|classes|lectures?|concert|"
         r"school days|days of (work|school)|shifts)|missing (\w+ )?(\w+ )?(assignments|homework|deadlines|classes|lectures|stuff at work)|"
         r"(took|taken|kicked) (me |him |her )?off the (\w+ )?(roster|team|rota|squad)|let go\b|"
         r"late every (day|morning)|suspended|(losing|lose|lost) (my|his|her|the) job|double[- ]book\w*|"
         r"called (out|off)( of| from| at)? (work|my shift|\w+ (twice|again|\w+ times))|"
         r"call(ed|s|ing)? (out|off)\b(?! (to|for|at|on|the|my|his|her|our|their|a|an|that|this|him|them|me|us|names?)\b)|"
         # someone else doing the client's job ("my niece covers for me", "my partner took over for me")
         r"(cover(ed|s|ing)?|fill(ed|s|ing)? in|t(ook|ake|akes|aking) over|pick(ed|s|ing)? up the slack) for (me|him|her)|"
         # a symptom's consequence: "my hands were shaking so bad my partner had to take the vitals"
         r"so (bad|badly)( that)? (i|my \w+( \w+)?|he|she|someone|somebody) (couldn't|could not|had to|has to)\b|"
         # days lost ("he missed all last week", "I missed two days", "she didn't go in Monday")
         r"missed (all|most|half|the whole|a whole|a|a couple( of)?|a few|several|two|three|four|five|\d+)( of)?( last| this| the)? "
         r"(week|weeks|days?|mornings?)\b|"
         rf"{_NOT_DO} go( in| to (work|school|class))? (on )?(monday|tuesday|wednesday|thursday|friday|today|yesterday|this morning)|"
         rf"{_CANNOT} (even )?{_ACTIVITY}\b(?! (back|to sleep|home|away))|"
         r"wrote me up|written up|got fired|laid off|(can't|couldn't) (work|do my job)|on leave)\b"),
    _cue("functioning", "difficulties at school", r"\b(failing|missed (class|school)|detentions?|sent (home|to the office|out of class)|"
         r"in trouble at school|grades (are |have )?(dropp|slipp|bad|down)\w*|"
         r"behind in (school|class)|grades (are |have )?(tank|fell|fall|plummet|crash)\w*|"
         r"miss(es|ed|ing)? (my |his |her |the |a )?((eight|nine|ten|early|morning|\d+) )?(a\.?m\.?|class|lecture|lab|seminar|practice)\b|"
         r"miss(es|ed|ing)? (my |his |her |the )?(first|second|third|\w+th) period)\b"),
    _cue("functioning", "withdrawal from usual activities", r"\b((stopped|quit) going (out )?to|(stopped|quit) going out|"
         rf"{_PERSON_BEFORE}(still |just |really )?{_NOT_DO} (go|come) (out|to)\b|(haven't|hasn't|have not|has not) (gone|been) back to|"
         r"(stay(s|ed|ing)?|hid(es|ing)?|sit(s|ting)?|shut(s|ting)? (himself|herself|myself) away) (inside|in (his|her|my|their|the) (room|bedroom)|"
         r"in the (house|apartment|flat))|"
         # in one's room as the habit of the day or night ("she's been in her room every night")
         r"(been|is|was|'s|are|were) (up |shut )?in (his|her|my|their) (room|bedroom) (every|all|most|the whole|day and night)|"
         # plans given up ("I had to cancel on my granddaughter", "cancelled on everybody", "I cancel plans")
         r"cancel(l?ed|l?ing|s)? (on (my|her|his|their|our|everybody|everyone|people|friends|the \w+)|(my |our |the |all )?plans)\b|"
         rf"(stopped|quit|gave up|given up|no longer) (even )?({_ACTIVITY_ING}|doing (everything|anything|things))\b|"
         rf"{_NOT_DO} (even )?{_ACTIVITY}\b( \w+){{0,4}} (anymore|any more)\b|"
         rf"(not|never) {_ACTIVITY_ING}\b( \w+){{0,4}} (anymore|any more)\b|"
         # pulling away from people: "I don't really hang out with anyone", "ignoring my texts"
         rf"{_NOT_DO} (really |even )?(hang out|see|talk to|text|call|answer|go out|spend time) (with |to )?(anyone|anybody|"
         r"people|friends|my friends|the guys|the girls)\b|(ignor\w+|dodg\w+|not answering|not returning) (my |their |his |her )?"
         r"(texts|calls|messages|phone)|"
         rf"{_PERSON_BEFORE}(don'?t|doesn'?t|do not|does not) do (anything|much)(?= *(else|at all|all day|anymore|any more|[.,;!]|$|and\b|but\b))|do nothing (all day|but)|"
         rf"(can't|couldn't) (make|get) myself (to )?(go|get|do|leave|walk)|{_NOT_DO} (even )?get out of bed|"
         r"(haven't|hasn't|have not|has not) been (back )?to|(haven't|hasn't|have not|has not) (left|been out of) the (house|flat|"
         r"apartment|room)|(haven't|hasn't|have not|has not) (gone|been) (down|out|back) (to|since)|"
         r"(i've|i have|he's|she's) not been (since|back|out|down)|"
         r"(quit|quitting|dropped|left) the (\w+ )?(team|club|band|choir|group)|"
         rf"{_PERSON_BEFORE}(still |just |really )?{_NOT_DO} (leave|go out of) (the|his|her|my|their) (house|apartment|flat|room)|housebound|stopped seeing (my )?friends|behind on (every|all|my|the|everything))\b"),
    _cue("functioning", "difficulties with tasks at home", r"\b(dishes (are )?pil\w*|laundry (is )?pil\w*|house is a mess|"
         r"(behind on|haven't done|can't do|couldn't do|not doing|skipping|skipped) (the |my |any )?(chores|laundry|dishes|housework)|"
         r"(can't|couldn't|haven't) (clean|cook|shower|open(ed)? (my |the )?mail)|not showering|bills (are )?pil\w*)\b"),
    _cue("functioning", "avoidance", rf"\b((?<=\w )so (that )?i {_NOT_DO} have to|(stay(s|ed|ing)?|keep(s|ing)?|kept) (away|clear) from|"
         r"steer(s|ed|ing)? clear|(to|so i can|so he can|so she can) avoid)\b"),
    _cue("functioning", "conflict in close relationships", r"\b((argu\w+|fight\w*|fought|yell\w*|screaming) (with|at) (my |our )?"
         r"(partner|husband|wife|boyfriend|girlfriend|kids?|son|daughter|mom|dad|mother|father|parents|family))\b"),
)

_NEGATED = re.compile(r"(\b(not|no|never|without|hardly|barely)\b|n't\b)[\w' ]{0,20}$", re.IGNORECASE)
# "not good", "not great": a complaint said by denying the good, no negation of what follows
_NEGATED_POSITIVE = re.compile(r"\b(not|no) (so |too |very |that )?(good|great|well|okay|ok|fine|better)\b", re.IGNORECASE)
# "the dreams are way less", "the cravings are lower", "nightmares were already getting better": easing, no complaint
_EASING_AFTER = re.compile(r"^\W*(?:\w+ ){0,2}?(?:are|were|is|was|'s|have been|has been|'s been|got|getting|are getting|"
                           r"were getting)(?: already| a lot| way| much| so much| a little| a bit)* (?:better|less|lower|fewer|"
                           r"gone|easing|improving|easier|down|resolved|in (?:full |partial )?remission)\b", re.IGNORECASE)
_NEW_SUBJECT = re.compile(r"^\S+\s+(?!(?:really |even )?(?:think|know|say|feel|believe|mean|guess)\b).*?"
                          r"\b(i|i'm|he|she|he's|she's|we|they|still|but)\b", re.IGNORECASE)
# "nausea the first days", "shaky at first but that went away": over, not a current problem
_PASSED = re.compile(r"\b(the first (few |couple( of)? |two |three |four )?(days|weeks?)|at first|went away|wore off|has settled|that's settled)\b",
                     re.IGNORECASE)
_PHRASE_BREAK = re.compile(r"[,;]|\b(and|but|then|now)\b", re.IGNORECASE)


def _phrase_around(s: str, m: re.Match[str]) -> str:
    """The cue with the words around it up to the nearest comma or 'and' ("nausea the first days")."""
    left = [b.end() for b in _PHRASE_BREAK.finditer(s, 0, m.start())]
    right = _PHRASE_BREAK.search(s, m.end())
    return s[left[-1] if left else 0:right.start() if right else len(s)]


_CONTRAST = re.compile(r"\b(but|though|although|except|still|yet)\b", re.IGNORECASE)
# A subordinate clause starts outside the negation's reach: "I've not been since she passed" negates the going
_NEGATION_SCOPE_END = re.compile(r"\s(since|because|cause|after|until|till)\b", re.IGNORECASE)
_KEEPS_GOING = re.compile(r"\b(can't|couldn't) stop\s*$", re.IGNORECASE)
_NOT_DRINK = re.compile(r"^\s*(less |more |a lot of |some |too much |enough |extra )?(water|coffee|tea|soda|juice|milk|"
                        r"energy drinks?|pop|smoothies?)\b", re.IGNORECASE)
# A partner's or parent's report is about the client when its clause is about him or her, not the speaker.
_ABOUT_CLIENT = re.compile(r"\b(he|she|he's|she's|his|her|him|my (son|daughter|husband|wife|partner|boyfriend|girlfriend|mom|mother|"
                           r"dad|father|brother|sister|kid|boy|girl))\b", re.IGNORECASE)
_SPEAKER_OWN = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|we|we're)\b", re.IGNORECASE)


_OTHER_PERSON = re.compile(r"\b(he|she|they|he's|she's|they're|(my|his|her|our) (" + "|".join(sorted(RELATIONS)) + r"))\b",
                           re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"\b(i|i'm|i've|i'd|me)\b", re.IGNORECASE)


_THIRD_PERSON_LEAD = re.compile(r"(he|she|they)\b", re.IGNORECASE)


def _said_of_someone_else(before: str) -> bool:
    """The nearest person named before a cue in its clause is someone else ("because she's tired", "my cousin
    was on it and gained forty pounds"), not the speaker."""
    other = [m.end() for m in _OTHER_PERSON.finditer(before)]
    own = [m.end() for m in _OWN_SUBJECT.finditer(before)]
    return bool(other) and (not own or other[-1] > own[-1])


def _risk_language(text: str) -> bool:
    """Risk talk belongs to the risk engine and its structured result, never to a symptom line."""
    from scribe.extract.risk import _PASSIVE, TOPICS

    return bool(_PASSIVE.search(text) or any(rx.search(text) for rx in TOPICS.values())) or bool(
        re.search(r"\b(burden|better off without me|no point|not be here|disappear)\b", text, re.IGNORECASE))


_HOPELESSNESS = _cue("mood", "hopelessness", r"(?!)")
# An unwanted picture of harm that comes by itself ("I get this picture of dropping her", "a picture comes that I
# will drop her") is an intrusive thought, an anxiety symptom, even though its words are risk language; the
# descriptor never restates the picture, so it is read in sentences the risk engine owns.
_INTRUSIVE_IMAGE = _cue("anxiety", "intrusive images", rf"\b({_INTRUSIVE_IMAGE_SAID})")


def _wish_not_to_live(text: str) -> bool:
    from scribe.extract.risk import _PASSIVE

    m = _PASSIVE.search(text) or re.search(r"\b(burden|better off without me|not be here|disappear)\b", text, re.IGNORECASE)
    return m is not None and not _NEGATED.search(clause_before(text, m.start())[-30:])


def _descriptor(cue: SymptomCue, m: re.Match[str]) -> str:
    if cue.descriptor == "hours of sleep":
        hours = m.group("hours") or m.group("hours2")
        value = parse_number(hours.replace(" and a half", ""))
        if value is None or not (0 < value <= 6 or 10 <= value <= 16):  # seven to nine hours is no complaint
            return ""
        half = " and a half" if "and a half" in hours else ""
        return f"about {int(value)}{half} hours of sleep a night"
    return cue.descriptor


def symptom_cues_in(text: str, *, reported: bool = False) -> list[tuple[SymptomCue, str]]:
    """(cue, descriptor) for every symptom said in ``text`` as the speaker's own, not negated; with
    ``reported``, the symptoms a partner or parent says of the client ("He's up all night") instead."""
    out: list[tuple[SymptomCue, str]] = []
    drug_named = _MED_NAMED.search(text)
    for unit in speech_units(text):
        s = unit.text
        if s.endswith("?"):
            continue
        if drug_named and _CAUSED_BY_IT.search(s):
            continue  # "the Abilify, I stopped it. It made my legs restless, I couldn't sit still": a side effect
        if _risk_language(s):
            image = _INTRUSIVE_IMAGE.pattern.search(s)
            if image and not reported and not _NEGATED.search(clause_before(s, image.start())[-30:]):
                out.append((_INTRUSIVE_IMAGE, _INTRUSIVE_IMAGE.descriptor))
            # A wish not to be alive is a mood complaint too; only the word for it goes in the note, never the wish.
            if not reported and _wish_not_to_live(s):
                out.append((_HOPELESSNESS, _HOPELESSNESS.descriptor))
            # the clauses without risk talk still count ("I'm furious, I'm not suicidal")
            s = " ".join(c for c in re.split(r"(?<=[,;])\s+|\s+(?=but\b)", s) if not _risk_language(c))
            if not s:
                continue
        better_ends: dict[str, int] = {}  # domain -> where its improvement was said
        for cue in SYMPTOM_CUES:
            for m in cue.pattern.finditer(s):
                # "sleep's fine now" is no complaint in sleep, unless a contrast follows ("... but i'm up at three")
                if not cue.better and cue.domain in better_ends and not (
                        m.start() > better_ends[cue.domain] and _CONTRAST.search(s[better_ends[cue.domain]:m.start()])):
                    continue
                before = clause_before(s, m.start())
                neg = _NEGATED.search(_NEGATED_POSITIVE.sub(" ", before)[-30:])
                # "not gone, i still wake up": a new subject after the negation starts what it does not negate, and so
                # does a cue that opens with its own ("no i was mad": the "no" answered the question before)
                negated = neg and not _KEEPS_GOING.search(before) and not _NEW_SUBJECT.search(
                    neg.group(0) + m.group(0)[:5]) and not (
                    _NEGATION_SCOPE_END.search(f"{neg.group(0)} {m.group(0)[:6]}"))
                if negated and not cue.better:
                    continue
                if reported:
                    subject = list(_ABOUT_CLIENT.finditer(before))
                    # "he is a little tired": the cue names its own subject
                    about_client = bool(_THIRD_PERSON_LEAD.match(m.group(0))) or bool(
                        subject and not _SPEAKER_OWN.search(before[subject[-1].end():]))
                    if not about_client or cue.better:
                        continue
                else:
                    # "my niece covers for me", "he'd be alive, it was my fault": someone else is named before, the
                    # speaker is who it is about; "because she's tired": the cue's own subject is someone else
                    if _THIRD_PERSON_LEAD.match(m.group(0)) or (
                            _said_of_someone_else(before) and not re.search(r"\b(me|my|myself)\b", m.group(0), re.IGNORECASE)):
                        continue
                if cue.descriptor == "alcohol use" and _NOT_DRINK.match(s[m.end():]):
                    continue
                if not cue.better and (_EASING_AFTER.match(clause_after(s, m.end())) or _PASSED.search(_phrase_around(s, m))):
                    continue
                desc = _descriptor(cue, m)
                if not desc:
                    continue
                out.append((cue, f"{desc} (as family reports)" if reported else desc))
                if cue.better:
                    better_ends[cue.domain] = m.end()
                break
    return out


# What a clinician's question asks about, so that a short reply ("Three, four hours.", "Heavy.", "A three.")
# can be read in that domain.
_ASKED_DOMAIN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sleep", re.compile(r"\b(sleep\w*|asleep|slept|bedtime|wake[- ]?ups?|waking)\b", re.IGNORECASE)),
    ("appetite", re.compile(r"\b(appetite|eating|food|meals?|hungry)\b", re.IGNORECASE)),
    ("energy", re.compile(r"\benergy\b", re.IGNORECASE)),
    ("concentration", re.compile(r"\b(focus\w*|concentrat\w*|memory|attention)\b", re.IGNORECASE)),
    ("mood", re.compile(r"\b(mood|spirits)\b", re.IGNORECASE)),
    ("anxiety", re.compile(r"\b(anxiety|anxious|nervous|worry|worries|worrying|nerves|panic\w*)\b", re.IGNORECASE)),
    ("substance use", re.compile(r"\b(drink\w*|alcohol|crav\w*|urges? to (drink|use|smoke|gamble|bet)|using|"
                                 r"smok(?:e|es|ed|ing|er|ers)?\b(?! (?:alarm|detector|signal))|weed|"
                                 r"cigarettes?)\b", re.IGNORECASE)),
    # "missed any work?", "how many classes have you missed?"
    ("functioning", re.compile(r"\b(missed|miss any|call(ed)? (out|in sick)|days? off|sick days?)\b", re.IGNORECASE)),
)
_ASKED_DESCRIPTOR = {"sleep": "poor sleep", "appetite": "poor appetite", "energy": "low energy",
                     "concentration": "poor concentration", "mood": "low mood", "anxiety": "anxiety",
                     "substance use": "cravings or use", "functioning": "missed days"}
_REPLY_FINE = re.compile(r"^(?:\W*(?:um|uh|oh|well|honestly|so|yeah|actually)\b,?)*\W*(?:good|great|fine|better|okay|ok|alright|"
                         r"all right|normal|nope|none|zero|decent|solid|same|the same|not really|not at all|pretty good|"
                         r"much better|way better|no\b(?! good))", re.IGNORECASE)
_REPLY_PROBLEM = re.compile(r"\b(bad|terrible|awful|horrible|rough|garbage|crap\w*|lousy|poor|not (?:so |that |too )?(?:good|great|well|"
                            r"much|enough)|no good|worse|hard|tough|so-so|meh|heavy|low|flat(?! (?:calm|out|broke)\b)|sad|down|gone|shot|barely|hardly|"
                            r"a mess|all over the place|up and down|struggl\w*|not like before|(?<!a )little(?! (better|more|bit better)))\b", re.IGNORECASE)
_REPLY_SHORT_SLEEP = re.compile(r"\b((one|two|three|four|five|[1-5])(,| or| to)? ?(two|three|four|five|six|[2-6])? hours?|"
                                r"(at|until|till|around) (like |maybe |about )?(midnight|one|two|three|four|[1-4])\b(?! ?p\.?m))",
                                re.IGNORECASE)
_REPLY_YES = re.compile(r"^(?:\W*(?:um|uh|oh|well|honestly)\b,?)*\W*(yes|yeah|yep|a little|some|still|sometimes|every day|most days)\b",
                        re.IGNORECASE)


# What a reply in one domain says without a problem word: "Fine. Too fine. I snack.", "... otherwise I just forget."
_REPLY_PROBLEM_IN = {
    "appetite": re.compile(r"\b(skip\w*|forget|forgot|snack\w*|binge\w*|too much|junk|not bothering|can't be bothered)\b",
                           re.IGNORECASE),
    "functioning": re.compile(rf"^\W*(?:(?:um|uh|like|maybe|about|yeah|yes|so|honestly)[,]?\s+)*(?:{_NUM}|a couple|a few|several|"
                              r"yes|yeah|yep|a lot|most|all)\b(?! (?:more|less) )", re.IGNORECASE),
}


def _asked_domain(question: str) -> str | None:
    """The one symptom domain a clinician's closing question asks about, if it asks about exactly one."""
    text = question.strip()
    if "?" in text:
        text = re.split(r"(?<=[.!?])\s+", text[:text.rfind("?") + 1])[-1]
    elif re.search(r"[.!]", text) or not (_ASKS.search(text) or len(text.split()) <= 8):
        return None  # a short unpunctuated prompt ("wake ups", "time to fall asleep") asks in ASR text
    domains = [d for d, rx in _ASKED_DOMAIN if rx.search(text)]
    return domains[0] if len(domains) == 1 else None


def answered_domain(question: str, reply: str) -> str | None:
    """The domain a client's reply reports as a problem when it answers a question about that domain."""
    domain = _asked_domain(question)
    if domain is None or _risk_language(reply):
        return None
    head = " ".join(reply.split()[:12])
    said = _REPLY_PROBLEM_IN.get(domain)
    problem = said.search(" ".join(reply.split()[:25])) if said else None
    if problem and not _NEGATED.search(reply[:problem.start()][-20:]):
        return domain
    if _REPLY_FINE.match(head) or domain == "functioning":
        return None
    if _REPLY_PROBLEM.search(head) or (domain == "sleep" and _REPLY_SHORT_SLEEP.search(head)):
        return domain
    point = _point_on_scale(head)
    if domain in ("substance use", "anxiety") and ((point or 0) >= 1 or _REPLY_YES.match(head)):
        return domain
    # a low point for mood ("how's your mood, zero to ten?" / "a three"), unless the scale runs the other way
    if domain == "mood" and point is not None and point <= 4 and not _TEN_IS_WORST.search(question):
        return domain
    return None


_LEADING_POINT = re.compile(r"^\W*(?:(?:um|uh|like|maybe|about|around|honestly|probably)[,]?\s+)*(?:an?\s+)?"
                            r"(?P<n>zero|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
                            r"(?!\s*(?:hours?|minutes?|times|days|weeks|months|years|of|or|to|and|-)\b)", re.IGNORECASE)
_TEN_IS_WORST = re.compile(r"\b(ten|10) (is|being|=|as) (the )?(worst|lowest|most depressed|bad)\b", re.IGNORECASE)


def _point_on_scale(reply: str) -> int | None:
    """The point a reply gives when it opens with one: "A three.", "Eight.", "Like a six, honestly."."""
    point = _SCALE_POINT_REPLY.match(reply) or _LEADING_POINT.match(reply)
    if point:
        value = parse_number(point.group("n"))
    else:
        first = _STANDALONE_SCORE.match(re.split(r"[.!?,;]", reply, maxsplit=1)[0].strip())
        value = parse_number(first.group("n")) if first else None
    return int(value) if value is not None and float(value).is_integer() and 0 <= value <= 10 else None


# A question about a medication ("the trazodone for sleep, what happened there") answered with what the drug did
# ("it made me so groggy I couldn't drive") reports its side effects, not the complaint treated. Gold lists other
# effects a client complains of (weight gain, poor sleep on it), so only the caused ones are left out.
_MED_NAMED = re.compile(r"\b(" + "|".join(sorted((re.escape(x) for x in MED_SURFACE), key=len, reverse=True)) + r"|"
                        r"side[- ]effects?|(the|your|that|this) (new )?(pills?|meds?|medications?|medicines?|tablets?|prescription))\b",
                        re.IGNORECASE)
_CAUSED_BY_IT = re.compile(r"\b(it|that|this|they|those|the \w+)('s)? (made|makes|making|gives|gave) (me|my)\b", re.IGNORECASE)


def _answers_about_medication(turns: Turns, i: int) -> bool:
    return i > 0 and turns[i - 1].get("speaker") == "clinician" and bool(_MED_NAMED.search(str(turns[i - 1].get("text", ""))))


@dataclass(frozen=True)
class _Report:
    descriptor: str
    better: bool  # an improvement ("sleeping better"), not a current problem
    evidence: tuple[int, ...]


def _reports_by_domain(turns: Turns) -> dict[str, list[_Report]]:
    """Every descriptor said per domain, in session order, with the turns that said it (the client's own, a
    short answer with the question it answers, or a partner's or parent's report about the client)."""
    by_domain: dict[str, list[_Report]] = {}

    def add(domain: str, desc: str, better: bool, evidence: list[int]) -> None:
        reports = by_domain.setdefault(domain, [])
        if all(r.descriptor != desc for r in reports):
            reports.append(_Report(desc, better, tuple(evidence)))

    for i, t in enumerate(turns):
        speaker = t.get("speaker")
        text = str(t.get("text", ""))
        if speaker == "client":
            about_medication = _answers_about_medication(turns, i)
            for cue, desc in symptom_cues_in(text):
                if about_medication and _CAUSED_BY_IT.search(text):
                    continue
                add(cue.domain, desc, cue.better, [i])
            if i > 0 and turns[i - 1].get("speaker") == "clinician":
                domain = answered_domain(str(turns[i - 1].get("text", "")), text)
                if domain:
                    add(domain, _ASKED_DESCRIPTOR[domain], False, [i - 1, i])
        elif speaker == "other":
            for cue, desc in symptom_cues_in(text, reported=True):
                add(cue.domain, desc, cue.better, [i])
    return by_domain


def _items(by_domain: dict[str, list[_Report]], max_evidence: int) -> list[dict[str, Any]]:
    out = []
    for domain in SYMPTOM_DOMAINS:
        reports = by_domain.get(domain)
        if not reports:
            continue
        evidence: list[int] = []
        for r in reports:
            evidence += [i for i in r.evidence if i not in evidence]
        out.append({"domain": domain, "text": ", ".join(r.descriptor for r in reports),
                    "evidence": sorted(evidence[:max_evidence])})
    return out


def extract_symptoms(turns: Turns, max_evidence: int = 4) -> list[dict[str, Any]]:
    """One item per domain the client reports as a current problem: its descriptors in session order, with the
    turns that said them. A domain reported only as improved ("sleep's fine now") is no current problem and is
    left out here; ``extract_improvements`` has it, for the note's Progress sentence."""
    by_domain = _reports_by_domain(turns)
    return _items({d: rs for d, rs in by_domain.items() if not all(r.better for r in rs)}, max_evidence)


def extract_improvements(turns: Turns, max_evidence: int = 4) -> list[dict[str, Any]]:
    """One item per domain the client reports as improved ("sleeping better", "days clean"), with its turns."""
    by_domain = _reports_by_domain(turns)
    return _items({d: [r for r in rs if r.better] for d, rs in by_domain.items()}, max_evidence)


def supports_symptom(fact: dict[str, Any], turns: Turns) -> bool:
    """Some cue of the fact's domain is said in one of its evidence turns: by the client, by a partner or
    parent about the client, or as the client's answer to a question about that domain."""
    ev = fact.get("evidence")
    if not isinstance(ev, list) or not ev or not all(isinstance(i, int) and 0 <= i < len(turns) for i in ev):
        return False
    domain = fact.get("domain")
    for i in ev:
        speaker, text = turns[i].get("speaker"), str(turns[i].get("text", ""))
        if speaker == "client" and any(cue.domain == domain for cue, _ in symptom_cues_in(text)):
            return True
        if speaker == "other" and any(cue.domain == domain for cue, _ in symptom_cues_in(text, reported=True)):
            return True
        if (speaker == "client" and i > 0 and turns[i - 1].get("speaker") == "clinician"
                and answered_domain(str(turns[i - 1].get("text", "")), text) == domain):
            return True
    return False


# ------------------------------------------------------------------ measures

INSTRUMENTS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    # ASR spells the letters out: "p h q nine", "g a d seven", "p.c.l."
    ("PHQ-9", re.compile(r"\bp\.?\s?h\.?\s?q\.?[- ]?(?:9|nine)\b", re.IGNORECASE), 27),
    ("PHQ-A", re.compile(r"\bp\.?\s?h\.?\s?q\.?[- ]?a\b", re.IGNORECASE), 27),
    ("PHQ-2", re.compile(r"\bp\.?\s?h\.?\s?q\.?[- ]?(?:2|two)\b", re.IGNORECASE), 6),
    # "your PHQ today was twenty": the depression screen the clinic gives, the teen one in a teen's session
    ("PHQ", re.compile(r"\bp\.?\s?h\.?\s?q\b(?!\.?[- ]?(?:9|nine|a|2|two)\b)", re.IGNORECASE), 27),
    ("GAD-7", re.compile(r"\bg\.?\s?a\.?\s?d\.?[- ]?(?:7|seven)\b", re.IGNORECASE), 21),
    ("GAD-2", re.compile(r"\bg\.?\s?a\.?\s?d\.?[- ]?(?:2|two)\b", re.IGNORECASE), 6),
    ("PCL-5", re.compile(r"\bp\.?\s?c\.?\s?l\.?[- ]?(?:5|five)?\b", re.IGNORECASE), 80),
    ("Y-BOCS", re.compile(r"\by[- ]?bocs\b", re.IGNORECASE), 40),
    ("EPDS", re.compile(r"\b(?:epds|edinburgh)\b", re.IGNORECASE), 30),
    # "audit" is also an everyday word ("the audit report"): the form is one filled in or one that scored
    ("AUDIT", re.compile(r"\baudit(?:[- ]c)?\b(?! (?:report|reports|committee|team|trail|firm|season|meeting|work|of|at|for|on)\b)"
                         r"(?=[^.?!]{0,40}\b(?:score|came|was|is|added|total))|"
                         r"\b(?:filled (?:out|in)|fill (?:out|in)|completed|did|do) (?:the |an |your |that )?audit(?:[- ]c)?\b",
                         re.IGNORECASE), 40),
    ("SUDS", re.compile(r"\bsuds\b", re.IGNORECASE), 100),
)
TOPS = {name: top for name, _, top in INSTRUMENTS}

# Instruments said the way people say them: "the nine-question mood one", "the trauma checklist", "the ten
# question one for new moms", "the two worry ones". A form word, with the question count and the topic near it.
_FORM_WORD = re.compile(r"\b(questionnaires?|checklists?|screeners?|screens?|screening|forms?|scales?|surveys?|inventory|scores?|"
                        r"questions|ones?|things?)\b", re.IGNORECASE)
_QUESTION_COUNT = re.compile(r"\b(two|seven|nine|ten|twenty|2|7|9|10|20)[- ](?:[a-z]+[- ]){0,2}?(?:questions?|items?)\b|"
                             r"\b(two|seven|nine|ten|twenty|2|7|9|10|20)[- ](?!(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|"
                             r"fourth|fifth|sixth|seventh|eighth|ninth)\b)[a-z]+ "
                             r"(?:ones?|things?|questionnaire|form|checklist|screeners?|scale)\b", re.IGNORECASE)
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("perinatal", re.compile(r"\b(post-?natal|post-?partum|perinatal|new (moms?|mothers?|parents?)|edinburgh)\b", re.I)),
    ("teen", re.compile(r"\b(teens?|teenagers?|adolescents?|youth)\b", re.I)),
    ("alcohol", re.compile(r"\b(drinking|alcohol|drinks?)\b", re.I)),
    ("trauma", re.compile(r"\b(trauma\w*|ptsd|post-?traumatic)\b", re.I)),
    ("ocd", re.compile(r"\b(obsessi\w*|compulsi\w*|ocd)\b", re.I)),
    ("anxiety", re.compile(r"\b(anxiety|anxious|worry|worries|worrying|nerves)\b", re.I)),
    ("mood", re.compile(r"\b(mood|depression|depressive|depressed)\b", re.I)),
)
# (topic, question count) -> instrument; None stands for "no count said".
_BY_TOPIC_COUNT: dict[tuple[str | None, str | None], str] = {
    ("mood", None): "PHQ-9", ("mood", "9"): "PHQ-9", ("mood", "2"): "PHQ-2",
    ("teen", None): "PHQ-A", ("teen", "9"): "PHQ-A",
    ("anxiety", None): "GAD-7", ("anxiety", "7"): "GAD-7", ("anxiety", "2"): "GAD-2",
    ("trauma", None): "PCL-5", ("trauma", "20"): "PCL-5",
    ("alcohol", None): "AUDIT", ("alcohol", "10"): "AUDIT",
    ("perinatal", None): "EPDS", ("perinatal", "10"): "EPDS",
    ("ocd", None): "Y-BOCS",
    (None, "9"): "PHQ-9", (None, "7"): "GAD-7", (None, "20"): "PCL-5",
}
_COUNT_DIGITS = {"two": "2", "seven": "7", "nine": "9", "ten": "10", "twenty": "20"}
# A form said with nothing to tell which ("the questionnaire") is the one named before in the session, else the
# depression screen, the one most clinics give at every visit.
# "twenty-one", "a hundred and one", "the twenty one milligram one": a number, not a form
_NUMBER_BEFORE = re.compile(r"(-|\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|no|each|every|"
                            r"this|that|which|any|other|another|milligram|mg|\d+)\s)$", re.IGNORECASE)
_BARE_FORM = re.compile(r"\bquestionnaire\b", re.IGNORECASE)
_ADOLESCENT = re.compile(r"\b(teens|teenagers?|adolescen\w*|high school|middle school|junior high|homeroom|"
                         r"(seventh|eighth|ninth|tenth|eleventh|twelfth|7th|8th|9th|10th|11th|12th) grade)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(the|your|that|this|a|an|his|her|their)\b", re.IGNORECASE)


@dataclass(frozen=True)
class InstrumentMention:
    name: str | None  # None: a bare "questionnaire", resolved by what the session named before
    start: int
    end: int


def _described_instrument(phrase: str) -> str | None:
    count_m = _QUESTION_COUNT.search(phrase)
    count = None
    if count_m:
        word = (count_m.group(1) or count_m.group(2)).lower()
        count = _COUNT_DIGITS.get(word, word)
    topics: list[str | None] = [topic for topic, rx in _TOPICS if rx.search(phrase)]
    # The teen version of the depression screen, the two-question halves, the perinatal one: most specific first.
    for topic in topics or [None]:
        name = _BY_TOPIC_COUNT.get((topic, count))
        if name:
            return name
    return None


def instrument_mentions(text: str) -> list[InstrumentMention]:
    """Every instrument named in ``text``, by its acronym or by a description; a bare "questionnaire" is
    listed (name None) only when nothing more specific is said in the same text."""
    named: list[InstrumentMention] = []
    for name, rx, _ in INSTRUMENTS:
        named += [InstrumentMention(name, m.start(), m.end()) for m in rx.finditer(text)]
    bare: list[InstrumentMention] = []
    for m in _FORM_WORD.finditer(text):
        if any(x.start <= m.start() < x.end + 1 for x in named):
            continue
        if m.group(1).lower() in ("one", "ones") and _NUMBER_BEFORE.search(text[:m.start()]):
            continue
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".?!;") + 1
        left = text[max(sentence_start, m.start() - 60):m.start()]
        dets = list(_DETERMINER.finditer(left))
        phrase = left[dets[-1].start():] if dets else left
        after = re.match(r"\s+(?:for|about)\s+(?:\S+\s+){0,3}\S+", text[m.end():])
        phrase += m.group(0) + (after.group(0) if after else "")
        # "ones" and "questions" are forms only with a count ("the two worry ones") or after a form word
        # in the same sentence ("the questionnaire ..., the teen one").
        if m.group(1).lower() in ("one", "ones", "thing", "things", "questions") and not _QUESTION_COUNT.search(phrase) and not (
                _FORM_WORD.search(re.sub(r"\b(ones?|things?|questions)\b", "", text[sentence_start:m.start()]))):
            continue
        if _RATING_10.search(phrase) or _RATING_100.search(phrase):
            continue
        described = _described_instrument(phrase)
        if described:
            named.append(InstrumentMention(described, m.start(), m.end()))
        elif _BARE_FORM.fullmatch(m.group(0)):
            bare.append(InstrumentMention(None, m.start(), m.end()))
    return sorted(named or bare, key=lambda x: x.start)


# "nought" and "naught" are how British and Irish speakers say zero.
_ZERO = r"(?:zero|nought|naught|0)"
_RATING_10 = re.compile(rf"\b(?:{_ZERO}|one|1) to (?:ten|10)\b|\bout of (?:ten|10)\b|"
                        rf"\b(?:{_ZERO}|one|1) (?:being|is|as)\b[^.?!]{{0,50}}(?:\band|,) (?:ten|10)\b", re.IGNORECASE)
_RATING_100 = re.compile(rf"\b{_ZERO} to (?:a hundred|one hundred|100)\b", re.IGNORECASE)
_ASKS = re.compile(r"\?|\b(what|where|how|which|rate|give (it|me) a number)\b", re.IGNORECASE)
# A rating asked about another moment ("how big was the shame?") is a recollection, not today's state.
_ASKS_ABOUT_THEN = re.compile(r"\b(was|were)\b", re.IGNORECASE)
_ASKS_ABOUT_NOW = re.compile(r"\b(now|today|right now|this week|at the moment|these days|is|are)\b", re.IGNORECASE)
# A number recalled from another moment ("first time like a seventy", "last night it was an eight") is not
# this session's score.
_PAST_SCORE = re.compile(r"\b(last (time|month|week|session|night)|before|used to|previous\w*|was at|were at|"
                         r"(first|second|third|fourth) time|yesterday|earlier (today|this week)|"
                         r"when i (was|got|walked|woke|left))\b[^.?!]*$", re.IGNORECASE)
# An instrument's earlier total quoted for comparison ("last time it was eleven", "at intake it was twenty-nine").
# When the form was filled in ("last night", "before we started") does not make its score a recalled one.
_RECALLED_TOTAL = re.compile(r"\b(last (time|month|week|session|visit|year)|previous\w*|intake|ago|used to|"
                             r"(first|second|last) (visit|session|time)|in the (spring|summer|fall|autumn|winter)|"
                             r"was at|were at|(up|down) from|back (then|in))\b[^.?!]*$", re.IGNORECASE)
# A total read out a turn or two after the form was named: "it came out to fifteen", "your total comes to
# fifty two", "that's thirteen total", "i got twelve", "it said forty four", "your score was fifteen".
_TOTAL_SAID = re.compile(r"\b(?:(?:came|comes|coming)(?: out| back| in| up)?(?: to| at| as)?|totals?(?: is| was| of| comes to)?|"
                         r"(?:score|total) (?:is|was|of|came to)|scored|(?:i|you) got|it said|adds? up to|added up to|"
                         r"(?:that|it|which)(?:'s| is| was))\s+(?:a |an |about |like |around |at )?(?=\w)", re.IGNORECASE)
_LOOK_AHEAD_TURNS = 3
# The clinician asking for the same scale again ("What's the number?", "Now?", "Where is it now?").
_ASKS_AGAIN = re.compile(r"\b(what's the number|what number|the number now|a number|where (is it|are you|'s it)( at)?( now)?|"
                         r"how \w+ (is it |are you |is that |does it feel )?now|how (high|strong|intense|disturbing|bad) is it|"
                         # the last number named again ("What's the five now?"), the level or the feeling itself asked
                         # for now ("what level now", "What's the urge now?")
                         r"what'?s the (?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) now|"
                         r"what (?:level|number)(?: is it| are you)?(?: at)? now|what'?s the (?:level|urge|anxiety|fear|"
                         r"distress|anger|pressure|craving|pain)(?: at)? now|"
                         r"rate it|(and|how about|what about) now\W*$|\b(ten|10),? (right )?now\W*$|\bnow,? (zero|0|nought) to (ten|10)\W*$)|^\W*now\W*$|^\W*(\w+ )?numbers?( now)?\W*$", re.IGNORECASE)
# A scale set up for the week ("write down how scary it is, zero to a hundred, before, during and after") is
# homework; its numbers come later, from the week, and are not this session's measure.
_RATING_LATER = re.compile(r"\b(write|jot|log|track|record|note|mark) (it |them |that )?down\b|\b(before|during),? "
                           r"(during|and after)\b|\b(each|every) (time|day|night|morning)\b|\bthis week\b[^.?!]*\b(rate|write)\b",
                           re.IGNORECASE)
_SET_FOR_LATER = re.compile(r"\b(when|whenever|next time|this week|tonight|tomorrow|each|every|before you|after you|once you)\b",
                            re.IGNORECASE)
# A rating of how true a thought feels is about the thought, not the client's state: not a measure.
_BELIEF_RATING = re.compile(r"\b(believe|how true|how much do you buy|how (sure|certain|convinced) (are you|do you feel|you are))\b",
                            re.IGNORECASE)
# EMDR's "how disturbing is it, zero to ten" is subjective units of disturbance by definition, whatever word names the
# upset ("how upsetting is it right now"); a distress thermometer is a plain rating.
_DISTURBANCE = re.compile(r"\b(disturb\w*|upsetting)", re.IGNORECASE)
# A reply that is itself a point on a scale: "A three.", "Honestly? Like a five.", "Right now? Maybe a two."
_SCALE_POINT_REPLY = re.compile(r"^(?:[^.?!]{0,20}\?\s*)?(?:(?:um|uh|hmm|oh|well|honestly|i'd say|i guess|probably|"
                                r"like|maybe|about|around|prob)[,.]?\s+)*an? (?P<n>zero|one|two|three|four|five|six|seven|"
                                r"eight|nine|ten|\d{1,2})(?:[.,!]|\s*$|\s+(?:today|now|right now|out of (?:ten|10))\b)",
                                re.IGNORECASE)
# Questions whose answer is a count or an amount, not a point on a scale.
_ASKS_AMOUNT = re.compile(r"\bhow (many|much|long|often|old)\b|\bwhat time\b|\bwhich\b", re.IGNORECASE)
_THREAD_TURNS = 30
# How far into an exercise a number said between prompts still belongs to its scale.
_UNASKED_TURNS = 10
# Scales asked again and again through an exercise ("and now?"); a questionnaire's total is said once, so a
# later "number now?" is never a second PHQ-9.
_ASKED_AGAIN_IN_SESSION = {"SUDS"}
_SCORED_BEFORE = re.compile(r"\b(?:scored|got|had|came (?:back|in) (?:at|with))\s+(?:a\s+|an\s+)?(?P<n>[\w-]+(?:\s[\w-]+)?)\s+"
                            r"(?:on|for|in)\s+(?:the\s+|your\s+|this\s+)?$", re.IGNORECASE)
_NOT_SCORE_AFTER = re.compile(r"^[\s-]*(minutes?|hours?|days?|weeks?|months?|years?|times|percent|o'clock|am|pm|a\.m|p\.m|"
                              r"milligrams?|mg|mcg|micrograms?|units|pounds|lbs|dollars|bucks|questions?|items?|"
                              r"to (\w+|\d+)|out of)\b", re.IGNORECASE)
# A second number that only names another moment ("Maybe a four on Saturday", "I was an eight when ...")
# is no correction of the first.
_OTHER_MOMENT_AFTER = re.compile(r"^\W*(on \w+day|yesterday|last|earlier|this morning|at (work|night|school)|when|before|"
                                 r"most days|some days|other days)\b", re.IGNORECASE)


_UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
_TENS_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_SCALE_WORDS = {"hundred", "thousand"}


def _joins(before: str, a: str, b: str) -> bool:
    """Whether two spoken number words (``before`` the word ahead of ``a``) belong to one number ("seventy five",
    "a hundred and five") or are two ("seventy seventy five", "six seven", "eight and zero")."""
    if b == "and":
        return a in _SCALE_WORDS
    if a == "and":
        return before in _SCALE_WORDS
    return ((a in _TENS_WORDS and b in _UNIT_WORDS) or b in _SCALE_WORDS
            or (a in _SCALE_WORDS and (b in _UNIT_WORDS or b in _TENS_WORDS or not b.isalpha())))


def _spoken_numbers(run: str) -> list[tuple[str, int]]:
    """A run of number words cut into the numbers said, with their offsets: "seventy seventy five" ->
    [("seventy", 0), ("seventy five", 8)]."""
    words = [(w.group(0), w.start()) for w in re.finditer(r"[^\s-]+", run)]
    out: list[tuple[str, int]] = []
    for k, (word, at) in enumerate(words):
        if out and _joins(words[k - 2][0].lower() if k > 1 else "", words[k - 1][0].lower(), word.lower()):
            out[-1] = (run[out[-1][1]:at + len(word)], out[-1][1])
        else:
            out.append((word, at))
    return out


def _numbers(text: str, lo: int, hi: int, top: int) -> list[tuple[int, int]]:
    """(value, start) of whole numbers in text[lo:hi] that can be a score up to ``top``."""
    return [(v, start) for v, start, _ in _number_spans(text, lo, hi, top)]


def _number_spans(text: str, lo: int, hi: int, top: int) -> list[tuple[int, int, int]]:
    """(value, start, end) of whole numbers in text[lo:hi] that can be a score up to ``top``."""
    out: list[tuple[int, int, int]] = []
    for m in BARE_NUMBER_RE.finditer(text, lo, hi):
        num = m.group("num").lower()
        if num in ("a", "an", "oh"):
            continue
        if re.match(r"an? ", num) and not re.match(r"an? (hundred|thousand|half)", num):
            num = num.split(" ", 1)[1]  # "like a seven" is 7, not "one seven"
        offset = m.start() + len(m.group("num")) - len(num)
        for said, at in _spoken_numbers(num) if not re.match(r"an? ", num) else [(num, 0)]:
            start, end = offset + at, offset + at + len(said)
            if _NOT_SCORE_AFTER.match(text[end:end + 14]):
                continue
            range_start = re.search(r"\b([\w-]+) to\s+$", text[max(0, start - 20):start])
            if range_start and parse_number(range_start.group(1)) is not None:
                continue  # the top of a range ("answer zero to three")
            value = parse_number(said)
            if value is None or not float(value).is_integer() or not (0 <= value <= top):
                continue
            out.append((int(value), start, end))
    return out


_SELF_CORRECTION = re.compile(r"\b(no,? wait|wait,? no|sorry|i mean|scratch that|let me redo|i messed up|i got it wrong)\b",
                              re.IGNORECASE)
_ONE_AS_PRONOUN = re.compile(r"\b(the|that|this|last|first|next|other|each|any|which|a)\s+$", re.IGNORECASE)


def _answer_score(text: str, top: int, words: int = 14) -> int | None:
    """The number a reply gives within its first ``words`` words; a correction straight after it wins
    ("Like a seventy. Seventy-five." -> 75, "Sixty. Maybe fifty-five." -> 55)."""
    head = " ".join(text.split()[:words])
    nums = [n for n in _number_spans(head, 0, len(head), top) if not _PAST_SCORE.search(head[:n[1]])]
    if not nums:
        return None
    value, _, at_end = nums[0]
    # "eighteen, no wait, I messed up the last one, it's nineteen": a number after a self-correction replaces it
    fix = _SELF_CORRECTION.search(head, at_end)
    later = [v for v, s, e in nums[1:] if fix and s >= fix.end()
             and not (head[s:e].lower() == "one" and _ONE_AS_PRONOUN.search(head[:s]))]
    if later:
        return later[0]
    for v, s, end in nums[1:]:
        between = head[at_end:s]
        # said again straight away ("seventy seventy five") or after a pause or a hedge ("Sixty. Maybe fifty-five.")
        if len(between.split()) > 3 or not (not between.strip() or re.search(
                r"[.,]|\b(maybe|actually|no|or|more like)\b", between, re.IGNORECASE)):
            break
        if re.search(r"\b(was|were|when)\b", between, re.IGNORECASE) or _OTHER_MOMENT_AFTER.match(head[end:]):
            break
        value, at_end = v, end
    return value


_STANDALONE_SCORE = re.compile(r"^(?:(?:um|uh|maybe|like|about|around|probably|i'd say|i think|say|call it|so)[,]?\s+)*"
                               r"(?:an?\s+)?(?P<n>[\w-]+(?:\s[\w-]+)?)(?:\s+(?:now|right now|maybe|i'd say|i think|or so|ish))?$",
                               re.IGNORECASE)


def _standalone_score(text: str, top: int) -> int | None:
    """A number said as a sentence of its own, anywhere in a reply ("I'm halfway. Fifty. Maybe fifty now." -> 50);
    a number said again straight after corrects it."""
    value = None
    for sentence in re.split(r"\s*(?:[.!?;]|\s[-\u2014\u2013]\s)\s*", text):
        m = _STANDALONE_SCORE.match(sentence.strip())
        v = parse_number(m.group("n")) if m else None
        if v is not None and float(v).is_integer() and 0 <= v <= top:
            value = int(v)
        elif value is not None:
            break
    return value


def _is_question(text: str, pos: int) -> bool:
    """The sentence holding ``pos`` (or the one after it) asks; unpunctuated speech (ASR) asks when it has a
    question word."""
    if not re.search(r"[.?!]", text):
        return bool(_ASKS.search(text))
    end = re.search(r"[.?!]", text[pos:])
    if end and end.group(0) == "?":
        return True
    if not end and len(text[max(text.rfind(c, 0, pos) for c in ".?!") + 1:].split()) <= 8:
        return True  # a short last sentence said without its question mark ("how nervous now")
    start = max(text.rfind(c, 0, pos) for c in ".?!") + 1
    if re.match(r"\s*(rate|give|put|pick|tell me)\b", text[start:], re.IGNORECASE):
        return True
    following = re.match(r"[.?!]\s*[^.?!]{0,60}\?", text[pos + end.start():]) if end else None
    return following is not None


def _asks_about_then(question: str) -> bool:
    return bool(_ASKS_ABOUT_THEN.search(question)) and not _ASKS_ABOUT_NOW.search(question)


_SCALE_ANCHOR = re.compile(r"\b(?:zero|0|one|1|ten|10)(?: being| is| as| =)?(?: the)? \w+", re.IGNORECASE)


def _asks_rating(text: str, scale: re.Match[str]) -> bool:
    """A clinician's turn asks for a point on the scale: a question, or the scale said last, as in "First, the
    pain right now, zero to ten." or unpunctuated speech ending "cravings right now zero to ten"."""
    if _is_question(text, scale.start()):
        return True
    if _SET_FOR_LATER.search(_asked_sentence(text, scale.start())):
        return False  # "When it comes up this week, name it, how strong zero to ten ...": an instruction
    # the scale's anchors said after it ("zero to ten, zero none, ten the worst") are part of the ask
    rest = _SCALE_ANCHOR.sub(" ", text[scale.end():])
    if re.search(r"[.?!]", text):
        return not re.search(r"[.?!]\s*\w", rest)
    return len(rest.split()) <= 4


def _asked_sentence(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in ".?!") + 1
    end = re.search(r"[.?!]", text[pos:])
    return text[start:pos + end.end()] if end else text[start:]


def _last_question(text: str) -> tuple[str, int]:
    """``text`` and the position of its last question mark (its end when it has none)."""
    at = text.rstrip().rfind("?")
    return text, at if at >= 0 else len(text.rstrip())


def _total_after(text: str, lo: int, top: int) -> int | None:
    """The first score within 120 characters after ``lo`` that is not an earlier total quoted for comparison."""
    for v, s in _numbers(text, lo, min(len(text), lo + 120), top):
        if not _RECALLED_TOTAL.search(text[lo:s]):
            return v
        break
    return None


def _total_read_out(text: str, top: int) -> int | None:
    """A total read out in a later turn ("it came out to fifteen", "that's twenty-one, up from sixteen")."""
    for cue in _TOTAL_SAID.finditer(text):
        if _RECALLED_TOTAL.search(text[:cue.start()]):
            continue
        nums = _numbers(text, cue.end(), min(len(text), cue.end() + 25), top)
        if nums and nums[0][1] == cue.end():
            return nums[0][0]
    m = re.search(r"(?P<n>[\w-]+(?: [\w-]+)?) total\b", text, re.IGNORECASE)
    if m:
        nums = _numbers(m.group("n"), 0, len(m.group("n")), top)
        if nums:
            return nums[-1][0]
    return None


# what a 0-10 rating rates, named in the question that asked for it: "how strong is the urge, zero to ten?", "your mood
# today, zero to ten", "how distressed do you feel now, zero to ten?"
_RATED = (
    ("urge", re.compile(r"\burges?\b|\bpull\b", re.IGNORECASE)),
    ("craving", re.compile(r"\bcravings?\b|\bcrave\b", re.IGNORECASE)),
    ("mood", re.compile(r"\bmood\b", re.IGNORECASE)),
    ("distress", re.compile(r"\bdistress(?:ed|ing)?\b|\bupset\b", re.IGNORECASE)),
    ("anxiety", re.compile(r"\banxi(?:ety|ous)\b|\bnervous\b|\bworr(?:y|ied)\b", re.IGNORECASE)),
    ("anger", re.compile(r"\bang(?:er|ry)\b|\brage\b", re.IGNORECASE)),
    ("fear", re.compile(r"\bfear\b|\bscared\b|\bafraid\b|\bfrightened\b", re.IGNORECASE)),
    ("pain", re.compile(r"\bpain\b|\bhurts?\b", re.IGNORECASE)),
    ("readiness to change", re.compile(r"\bready\b|\breadiness\b", re.IGNORECASE)),
    ("confidence", re.compile(r"\bconfiden(?:t|ce)\b|\bsure\b", re.IGNORECASE)),
    ("importance", re.compile(r"\bimportan(?:t|ce)\b", re.IGNORECASE)),
    ("sleep", re.compile(r"\bsle(?:ep|pt)\b", re.IGNORECASE)),
    ("stress", re.compile(r"\bstress(?:ed)?\b", re.IGNORECASE)),
    ("energy", re.compile(r"\benergy\b", re.IGNORECASE)),
    ("focus", re.compile(r"\bfocus\b|\bconcentrat\w*\b", re.IGNORECASE)),
    ("guilt", re.compile(r"\bguilt(?:y)?\b", re.IGNORECASE)),
    ("shame", re.compile(r"\bshame\b|\bashamed\b", re.IGNORECASE)),
    ("hope", re.compile(r"\bhope(?:ful)?\b", re.IGNORECASE)),
)
_SCALE_WORD = re.compile(r"\bscale\b", re.IGNORECASE)


def rated_subject(turns: list[dict[str, Any]], evidence: list[int]) -> str | None:
    """What a 0-10 rating rates, from the clinician's question among its evidence turns (or just before the first):
    the rated word said nearest the scale ("the urge" in "how strong is the urge, zero to ten?"); None where no
    question names one."""
    asked = sorted({i for i in evidence} | ({min(evidence) - 1} if evidence else set()))
    for i in asked:
        if not 0 <= i < len(turns) or turns[i].get("speaker") != "clinician":
            continue
        text = str(turns[i].get("text", ""))
        scale = _RATING_10.search(text) or _RATING_100.search(text) or _SCALE_WORD.search(text)
        if scale is None:
            continue
        # the sentence that holds the scale, and the one before it ("Your mood today. Zero to ten?")
        start = max(text.rfind(". ", 0, scale.start()), text.rfind("? ", 0, scale.start()), -2) + 2
        start = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("? ", 0, max(0, start - 2)), -2) + 2
        end = min([k for k in (text.find("?", scale.end()), text.find(". ", scale.end())) if k >= 0] or [len(text)])
        found = [(min(abs(m.start() - scale.start()), abs(m.end() - scale.end())), word)
                 for word, rx in _RATED for m in rx.finditer(text, start, end)]
        if found:
            return min(found)[1]
    return None


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
    # The form named last (a bare "questionnaire" is that one), and one named whose total is still to come.
    last_form: str | None = None
    pending: tuple[str, int] | None = None
    # An adolescent's clinic gives the teen version of the depression screen.
    default_form = "PHQ-A" if any(_ADOLESCENT.search(str(t.get("text", ""))) for t in turns) else "PHQ-9"
    for i, t in enumerate(turns):
        text = str(t.get("text", ""))
        mentions = instrument_mentions(text)
        named = bool(mentions)
        scale_asked = t.get("speaker") == "clinician" and bool(_RATING_10.search(text) or _RATING_100.search(text))
        if pending and not named and not scale_asked:
            name, origin = pending
            if i - origin > _LOOK_AHEAD_TURNS:
                pending = None
            else:
                total = _total_read_out(text, TOPS[name])
                if total is not None:
                    add(name, total, [origin, i])
                    pending = None
                    continue
        for k, mention in enumerate(mentions):
            name = default_form if mention.name == "PHQ" else mention.name or last_form or default_form
            top = TOPS[name]
            if mention.name:
                last_form = name
            # "the two mood questions came out at four and the two worry ones at three": each its own; "the anxiety
            # one, the g a d seven, was fourteen": the score belongs to the last naming, never the 7 of its name
            following = next((x.start for x in mentions[k + 1:]), len(text))
            after_name = re.match(r"\s+ones?\b", text[mention.end:])  # "the edinburgh one": the form, not its score
            score = _total_after(text[:following], mention.end + (after_name.end() if after_name else 0), top)
            # "you scored a nineteen on the PHQ-9": the score said first
            before = _SCORED_BEFORE.search(text[max(0, mention.start - 60):mention.start])
            if score is None and before:
                nums = _numbers(before.group("n"), 0, len(before.group("n")), top)
                score = nums[0][0] if nums else None
            if score is not None:
                add(name, score, [i])
                if name in _ASKED_AGAIN_IN_SESSION:
                    thread = (name, top, i, i)
                pending = None
                continue
            pending = (name, i)
            if k + 1 < len(mentions):
                # "The anxiety questionnaire you did, the GAD-7, came out at fourteen ... Still on the Spiriva?": a later
                # naming in the turn may carry the score; the answer to the turn's question is about something else
                continue
            nxt = i + 1
            if nxt < len(turns) and turns[nxt].get("speaker") != t.get("speaker") and _ASKS.search(text):
                if name in _ASKED_AGAIN_IN_SESSION:
                    thread = (name, top, i, i)
                score = _answer_score(str(turns[nxt].get("text", "")), top)
                if score is not None:
                    add(name, score, [i, nxt])
                    pending = None
                    break
        if (not named and not scale_asked and thread and t.get("speaker") == "clinician"
                and i - thread[3] <= _THREAD_TURNS):
            last_sentence = re.split(r"(?<=[.!])\s+", text.strip())[-1]
            again = _ASKS_AGAIN.search(text)
            at = again.start() if again else 0
            if not again:
                again = _ASKS_AGAIN.search(last_sentence)
                at = len(text.strip()) - len(last_sentence) + (again.start() if again else 0)
            if again and (_is_question(text.strip(), at) or len(text.split()) <= 6):
                name, top, origin, _ = thread
                reply = next((j for j in range(i + 1, min(i + 3, len(turns))) if turns[j].get("speaker") == "client"), None)
                said = str(turns[reply].get("text", "")) if reply is not None else ""
                score = _answer_score(said, top, words=4)
                if score is None:
                    score = _standalone_score(said, top)  # "It's coming down. Thirty. I'd say thirty."
                if reply is not None and score is not None:
                    add(name, score, [origin, i, reply], repeat=True)
                    thread = (name, top, origin, reply)
                continue
        if thread and t.get("speaker") == "client" and i - thread[3] == 2 and turns[i - 1].get("speaker") == "clinician":
            # Mid-exercise the client may give the next number unasked ("Keep going." / "Forty. My arm is tired.").
            name, top, origin, _ = thread
            first = re.match(r"^\W*(?:like |maybe |um |uh |about )?(?:a |an )?(?P<n>[\w-]+)[.!,]", text, re.IGNORECASE)
            if first and parse_number(first.group("n")) is not None:
                score = _answer_score(text, top, words=3)
                if score is not None:
                    add(name, score, [origin, i], repeat=True)
                    thread = (name, top, origin, i)
            continue
        if (thread and thread[0] == "SUDS" and t.get("speaker") == "client" and 2 < i - thread[3] <= _UNASKED_TURNS
                and "?" not in str(turns[i - 1].get("text", ""))):
            # ... or a few turns on, between the clinician's prompts ("I'm halfway. Fifty. Maybe fifty now.")
            name, top, origin, _ = thread
            score = _standalone_score(text, top)
            if score is not None:
                add(name, score, [origin, i], repeat=True)
                thread = (name, top, origin, i)
                continue
        if named and not any(rx.search(text, mentions[-1].end) for rx in (_RATING_10, _RATING_100)):
            continue
        if t.get("speaker") != "clinician":
            if t.get("speaker") == "client":
                asked = i - 1 if i > 0 and turns[i - 1].get("speaker") == "clinician" else None
                then = asked is not None and _asks_about_then(_asked_sentence(*_last_question(str(turns[asked].get("text", "")))))
                for m in _OUT_OF_TEN.finditer(text):
                    v = parse_number(m.group("n"))
                    # "Where was it at the peak?" / "Ten out of ten.": that moment, not now
                    if then or _PAST_SCORE.search(text[:m.start()]):
                        continue
                    if v is not None and float(v).is_integer() and 0 <= v <= 10:
                        add("0-10 rating", int(v), [i])
                point = _SCALE_POINT_REPLY.match(text)
                if point and asked is not None:
                    question = _asked_sentence(*_last_question(str(turns[asked].get("text", ""))))
                    if (question.endswith("?") and not _ASKS_AMOUNT.search(question) and not _BELIEF_RATING.search(question)
                            and not re.search(rf"\b(?:{_NUM_WORDS}) to [\w-]+\b", question, re.IGNORECASE)
                            and not _asks_about_then(question)):
                        v = parse_number(point.group("n"))
                        if v is not None and 0 <= v <= 10 and not (thread and thread[3] >= asked):
                            add("0-10 rating", int(v), [asked, i])
                            # "Now?" after the exercise asks it again; the reply that gave the first point grounds it
                            thread = ("0-10 rating", 10, i, i)
            continue
        for rx, name, top in ((_RATING_100, "SUDS", 100), (_RATING_10, "0-10 rating", 10)):
            # a scale asked after a form's score in the same turn ("PHQ-9 was eight, and zero to ten how sleepy ...")
            scale = rx.search(text, mentions[-1].end if mentions else 0)
            if not scale or not _asks_rating(text, scale) or _BELIEF_RATING.search(text):
                continue
            question = _asked_sentence(text, scale.start())
            if _RATING_LATER.search(question):
                break
            reply = next((j for j in range(i + 1, min(i + 3, len(turns))) if turns[j].get("speaker") != "clinician"), None)
            if reply is None:
                break
            if _asks_about_then(question):
                break
            if _DISTURBANCE.search(text):
                name = "SUDS"
            elif thread and thread[1] == top and i - thread[3] <= _THREAD_TURNS and _ASKS_AGAIN.search(question):
                name = thread[0]  # "Where are you now, zero to ten?" mid-exercise: the same scale again
            rated = _answer_score(str(turns[reply].get("text", "")), top)
            thread = (name, top, i, i)
            if rated is not None:
                add(name, rated, [i, reply])
                thread = (name, top, i, reply)
            if top == 10:
                # "Importance is an eight. Confidence is like a four.": each ruler the reply names is a rating
                for ruler in _RULER_POINT.finditer(str(turns[reply].get("text", ""))):
                    v = parse_number(ruler.group("n"))
                    if v is not None and float(v).is_integer() and 0 <= v <= 10:
                        add("0-10 rating", int(v), [i, reply])
            break
    return out


_NUM_WORDS = r"\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten"
_RULER_POINT = re.compile(rf"\b(importance|confidence|readiness|motivation)\b[^.?!\d]{{0,15}}?\b(?:an? )?(?P<n>{_NUM_WORDS})\b",
                          re.IGNORECASE)
# "four out of ten", "Seven. Out of ten."
_OUT_OF_TEN = re.compile(rf"\b(?P<n>{_NUM_WORDS})[.,]?\s+out of (ten|10)\b", re.IGNORECASE)


def supports_measure(fact: dict[str, Any], turns: Turns) -> bool:
    """The instrument (or a rating scale) and the score are both said in the evidence turns."""
    ev = fact.get("evidence")
    if not isinstance(ev, list) or not ev or not all(isinstance(i, int) and 0 <= i < len(turns) for i in ev):
        return False
    texts = [str(turns[i].get("text", "")) for i in ev]
    instrument = str(fact.get("instrument", ""))
    if instrument == "0-10 rating" or (instrument == "SUDS" and any(_RATING_10.search(t) for t in texts)):
        said = any(_RATING_10.search(t) or _SCALE_POINT_REPLY.match(t) for t in texts)
    elif instrument == "SUDS" and any(_RATING_100.search(t) for t in texts):
        said = True
    else:
        # the instrument by name or description, or a bare "questionnaire" standing for it
        said = any(x.name in (instrument, None) or (x.name == "PHQ" and instrument in ("PHQ-9", "PHQ-A"))
                   for t in texts for x in instrument_mentions(t))
    if not said:
        return False
    try:
        score = float(fact.get("score"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    # "a four out of ten" is a score though "four out of seven questions" is not
    out_of_ten = [parse_number(m.group("n")) for t in texts for m in _OUT_OF_TEN.finditer(t)]
    return any(abs(v - score) < 1e-9 for t in texts for v, _ in _numbers(t, 0, len(t), 1000)) or any(
        v is not None and abs(v - score) < 1e-9 for v in out_of_ten)


__all__ = ["SYMPTOM_CUES", "SYMPTOM_DOMAINS", "INSTRUMENTS", "extract_symptoms", "extract_improvements", "extract_measures",
           "supports_symptom", "supports_measure", "symptom_cues_in"]
