"""How a clinician *delivers* each intervention without naming it, by what they do.

The lexicon (``lexicons.INTERVENTIONS``) mostly holds a technique's name and its
signature phrases. These cue families describe the acts that make it up instead
(weighing evidence for a thought, counting a slow breath, listing who to call),
worded loosely enough for unpunctuated lower-case ASR text.

A *strong* cue is enough on its own. A *weak* cue is an act that also happens in
ordinary talk ("what helps?", "who could you call?", "stay with it"), so it counts
only when a cue of another family of the same intervention is nearby: two
different parts of a technique, delivered together, are the technique. For a
safety plan and an exposure the weak parts also need the session to be on risk
or on fear (``interventions._WEAK_CONTEXT``). A lexicon phrase that one weak
pattern here covers whole is demoted to that weak family.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CueFamily:
    """One act within an intervention: regexes on one sentence, matched case-insensitively."""

    name: str
    patterns: tuple[str, ...]
    strong: bool = False
    # counts only in a long clinician turn, and only beside another family of the same technique in that
    # turn: a condition and how it usually goes, explained at some length, is psychoeducation; either alone is talk
    at_length: bool = False


# Conditions and states that a clinician explains: their names as said in session.
_CONDITION = (
    r"(?:depression|anxiety|panic( attacks?)?|ptsd|trauma|ocd|adhd|bipolar( (i|ii|one|two|disorder))?|mania|"
    r"hypomania|schizophrenia|psychosis|grief|insomnia|nightmares|flashbacks|addiction|cravings?|drinking|alcohol|"
    r"postpartum depression|eating disorder|anorexia|bulimia|binge eating|the illness|the disorder)"
)
_COUNT = r"(?:zero|one|two|three|four|five|six|seven|eight|ten|\d+)"
# A day an activity is set for: "this Tuesday", "tomorrow", "every afternoon".
_DAY = r"(?:(mon|tues|wednes|thurs|fri|satur|sun)days?)"
_WHEN = (
    rf"(?:(this|next|on) ({_DAY}|week|weekend|morning|afternoon|evening)|{_DAY}|tomorrow|tonight|"
    r"every (day|morning|afternoon|evening)|this week)"
)
# things a client has used on the skin that are no weapon: "the shell", "the eighty-grit"
_SKIN_IMPLEMENTS = (r"(?:shells?|sandpaper|(?:eighty|sixty|forty|hundred)[- ]grit|shards?|broken\s+glass|needles|pins|thorns|sharp\s+stones?|"
                    # cactus pads rubbed in for their spines: "the pads you bring home could you leave them at the farm"
                    r"(?:cactus\s+)?pads|spines|glochids|prickles)")
_SELF_HARM_MEANS = (
    r"(?:pills?|medications?|medicines?|meds|sharp things|sharps|razors?|blades?|sharpeners?|belts?|cords?|ropes?|guns?|handguns?|rifles?|shotguns?|"
    r"firearms?|weapons?|"
    r"knives|knife|compass(es)?|lighter|hairbrush|bottles?|ammunition|ammo|car keys|"
    # the poisons and tools a client named as the way: "the rat poison in the garage", "the ligature cutter"
    r"(?:rat\s+)?poison|pesticides?|weedkiller|paraquat|bleach|cutters?|scissors|scalpels?|box\s+cutters?|"

    # a hot tool used on the skin, and a weapon carried at work: "the hot comb", "the baton stay at the depot"
    r"(?:hot\s+|pressing\s+|home\s+)combs?|straighteners|curling\s+irons?|batons?)"
)

# The word before "level" when a drug's level is meant ("the lithium level", "your level"), not an everyday one.
_DRUG_LEVEL = r"(?!(energy|anxiety|stress|noise|activity|fitness|confidence|comfort|pain|fear|distress|water)\b)\w+"

# A safety plan's step: reach someone, or get away from the means or the place.
_STEP = (
    r"(call|text|ring|phone|tell(?! me)|wake|reach out|go\b|leave|get (out|away|up)|"
    r"walk away|step away)\b"
)

# The client changing the story told: "change what happens", "rehearse the new version" (a retelling that does
# this rescripts it, so it is no trauma narrative)
CHANGED_STORY = (r"\bchange (what happens|the ending|how it ends)\b", r"\b(the|that|this) new version\b")

DELIVERY_CUES: dict[str, tuple[CueFamily, ...]] = {
    "cognitive restructuring": (
        CueFamily("evidence", (
            r"\b(the )?evidence (for|against|that|supporting)\b",
            r"\bwhat'?s the evidence\b",
            r"\bwhat (tells|makes) you (sure|know|certain) (that )?(they|he|she|everyone|everybody|nobody|people)\b",
            r"\b(where'?s|what'?s) the proof\b",
            # the fear counted against what happened: "how many of those times was something wrong?"
            r"\bhow many of (those|them|the) times (was|were|did|has|had) (\w+ ){0,3}(actually |really )?(wrong|happen\w*|true|"
            r"come true)\b",
            r"\b(does|do) (it|that|this|the thought) (hold up|fit (all )?the facts|fit all)\b",
            r"\blooking at (both sides|all of (it|that)|the whole picture)\b",
            r"\b(is that|is it) (the whole (picture|story)|really true|a hundred percent true|always true)\b",
            r"\b(test|check) (that|the|this) (prediction|thought|belief|assumption)\b",
            r"\bthe story (your mind|you'?re telling yourself|the (anxiety|depression|fear))\b",
            r"\b(facts?) (vs\.?|versus|or|and what'?s) (the )?(story|feeling|interpretation|opinion)\b",
            # a feared thought tested against what happened: "so if thinking it made it more likely, what would we
            # expect by now?", "thoughts don't push people, hands do"
            r"\bwhat would we expect\b",
            r"\bif (thinking|having) (it|the thought|that thought|those thoughts|a thought)\b[^.?!]{0,30}\b(made|makes|would make) "
            r"(it|that|you)\b",
            r"\bthoughts? (don'?t|do not|can'?t|cannot|never) (push|hurt|kill|harm|stab|drown|cause|make) (people|anyone|anybody|"
            r"things|it|them|you)\b",
            r"\b(look at|examine|question|test|challenge|unpick) (that|this|the) (belief|thought|assumption|rule|prediction)\b",
            # the responsibility pie: "think of it as a pie ... give each one a slice. You go last.", "How big are those slices?"
            r"\b(responsibility|blame) (pie|chart)\b",
            r"\b(a|the) pie\b[^.?!]{0,120}\bslices?\b|\bgive (each|every)( one| of them)? a slice\b",
            r"\bhow big (are|is) (those|these|the|that|each) slices?\b",
            # "If we drew a pie of everything that played a part", "how much of the pie goes to the vans and the rain?"
            r"\b(draw|drew|drawing) (a|the|that) pie\b(?! (crust|dish|chart of (sales|the budget)))",
            r"\bhow much of the pie\b",
        ), strong=True),
        CueFamily("alternative", (
            r"\b(a |the )?(fairer|kinder|truer|more (accurate|realistic|balanced|helpful|fair|compassionate)) (first )?"
            r"(version|thought|way|story|explanation|take|statement|sentence|thing to (tell|say to) yourself)\b",
            r"\b(a |the )?(more|most) (accurate|realistic|balanced|helpful|fair|compassionate) (version|thought|way|story|"
            r"explanation|take|statement)\b",
            r"\b(another|a different|a kinder|other) (way to (see|read|look at|think about)|explanation|possible "
            r"explanation|story you could tell)\b",
            r"\bwhat (else )?could (it|that|this|the \w+) (also )?mean\b",
            r"\bwhat else could (it|that|this|the \w+) (also )?(have meant|have been)\b",
            r"\bwhat('s| is) (the|a) (more |most )?(likely|realistic|probable) explanation\b",
            r"\bhow else (could|might|would|can) you (describe|see|explain|read|look at|think about|say)\b",
            r"\bfrom (a few|different|other|another|a different|someone else'?s) (angles?|perspectives?|point of view)\b",
            r"\bwhat would you (say|tell) (to )?(a|your|someone)( \w+)?( \w+)? (friend|sister|brother|kid|child|daughter|"
            r"son|colleague|coworker|someone|person) (who|in|if)\b",
            r"\bif (your|a) (best |close )?(friend|sister|brother|daughter|son|kid|partner)\b[^.?!]{0,50}"
            r"\bwhat would you (say|tell)\b",
            # (or a colleague with the same case: "If a colleague came to you with the same case, what would you look at?")
            r"\bif (your|a) (friend|colleague|coworker|co-worker|workmate)\b[^.?!]{0,20}\bcame to you with\b[^.?!]{0,50}"
            r"\bwhat would you (say|tell|look at|point out|notice|make of)\b",
            # the same test with anyone in it: "What would you tell a new dispatcher who'd taken that call?", "If Nilesh
            # told you this story about himself ..., what would you tell him?"
            # ("What would you tell a new girl at the studio who had the same thought?")
            r"\bwhat would you (say|tell)( to)? (a|an|another|someone)\b( [\w'-]+){0,5} who\b",
            r"\bif (?-i:[A-Z][a-z]+) (told|said|came to|asked) you\b[^?]{0,120}\bwhat would you (say|tell)\b",
            # the answer to the thought put in the client's words for next time: "how would you say it to yourself next time
            # the wind comes"
            r"\bhow (would|could|can|might) you say (it|that|this) to yourself\b",
        ), strong=True),
        CueFamily("belief", (
            r"\bhow (strongly|much) do you (still )?believe (it|that|this|the thought|the idea|\")",
            r"\bhow likely is it (really )?(that|to)\b",
            r"\bwhat do(es)? the (numbers|facts|evidence|data|records?) say\b",
            r"\bwhat('s| is) the (worst|most likely|most realistic) (that could|thing that could|outcome|case)\b",
        )),
        CueFamily("distortion", (
            r"\b(jumping to conclusions|black[- ]and[- ]white thinking|should statements|overgenerali[sz]\w*|"
            r"emotional reasoning|discount\w* the positives?|labell?ing yourself)\b",
            r"\bthat thought (is|sounds like) (a|an) (\w+ )?(trap|distortion|prediction|assumption)\b",
        ), strong=True),
    ),
    "behavioral activation": (
        CueFamily("schedule", (
            r"\b(put|putting|schedule|scheduling|block|blocking|pencil|write|writing)\b[^.?!]{0,30}\b(in|into|on) (the|your) "
            r"(calendar|planner|schedule)\b",
            r"\b(like|as) (an )?appointments? (with yourself)?\b",
            r"\b(pick|picked|choose|chose|plan|planned) (one|two|three|a couple of|a few) (small )?(things|activities)\b",
            r"\bsomething small each day\b",
            r"\b(plan|schedule|pick|choose) (one|a|some) (small |little )?(thing|activity)\b",
            r"\b(plan|schedule|pick|choose) (a few|a couple of|two|three) (small |little )?(things|activities)\b",
            # a set number of outings this week: "two mornings this week, just fifteen minutes"
            r"\b(one|two|three|four|a couple of|\d) (mornings?|evenings?|afternoons?|days|nights|times) (this|next) week\b",
            r"\b(\w+ )?(hours?|minutes) (in|at|on) the \w+,? (one|two|three|a couple of|\d) (days|times|mornings)\b",
            r"\bsomething (small|little) (this week|each day|every day|tomorrow|with)\b",
            r"\bplan (the|your|this) (week|weekend)\b",
            # "Let's also put something back into the week."
            r"\bput (something|some things|a few things|one thing|things) back (in|into) (the|your) (week|days?|weekend)\b",
            # "thirty minutes at the soccer on Sunday"
            rf"\b(\w+ )?minutes (at|in|on) the \w+ on {_DAY}\b",
        )),
        # a set time with someone or something, daily (an activity of its own beside one set for a day): "so twenty
        # minutes with luan each morning and could the two of you walk the top paddock on sunday"
        CueFamily("daily time", (
            r"\b(\w+|\d+) minutes with (the |your |my )?\w+ (each|every) (morning|evening|day|afternoon)\b",
        )),
        # one activity set for a day: "could you go this Thursday?", "what if you called them this week and said yes",
        # "choir on Tuesday, breakfast with Bart on Thursday"
        CueFamily("dated activity", (
            rf"\b(could|can|would|will) (you|the two of you|you two|you both) (go|do|get|try|call|text|walk|head|sign up|ask|join|"
            rf"visit|sit|plan|meet|invite|cook|bake|play|swim|run|cycle|paint|sing|dance|fish|garden|have|hike|ride|skate|train|"
            rf"practi[cs]e)\b[^.?!]{{0,40}}\b({_WHEN}|once (this|a) week|on the days you'?re off)\b",
            # a game played again with someone: "Could you hit with Irina once this week?"
            r"\b(could|can|would|will) you hit with \w+ (once|twice|one time|two times) (this|a) week\b",
            # "And the temple, is there a way to go this month?"
            rf"\bis there a way (for you |for the two of you )?to (go|get|visit|see|do|join|make it)\b[^.?!]{{0,30}}\b({_WHEN}|this month)\b",
            rf"\bwhat if you (\w+ed|went|did|tried|called|signed up|joined|said yes)\b[^.?!]{{0,40}}\b{_WHEN}\b",
            rf"\bwhat would it take to (go|do|get|try|call|walk|join|start)\b[^.?!]{{0,30}}\b{_WHEN}\b",
            r"\bmake (that|it|this) a (regular|weekly|daily) thing\b",
            rf"\b(add|plan|schedule|put in|pick)\b[^.?!]{{0,20}}\b(one|two|three|a couple of|\d) ({_DAY}|days|mornings|afternoons|"
            r"evenings)\b",
            rf"\b{_DAY}\b[^.?!]{{3,50}}(,| and) [^.?!]{{0,40}}\b({_DAY}|every (morning|afternoon|evening|day))\b",
        )),
        # the activity the client just named, committed to a day: "let's put that down, Thursday at six", "can we make
        # that the plan for Sunday?" (a time for the next appointment is not an activity)
        CueFamily("activity committed", (
            # an activity put in the week on purpose: "I'd like you to schedule weaving on purpose."
            r"\bschedule (\w+ing|it|that|this|them) (in )?on purpose\b",
            rf"\b(put|write|pencil|mark|make|lock|set)\b (that|this)( one)? (down|in|as (the|your) plan|(the|your) plan)\b"
            rf"(?![^.?!]*\b(appointment|session|see you|come in|check[- ]in|our)\b)[^.?!]{{0,30}}\b{_WHEN}\b",
            # "Let's plan it: Saturday morning hitting with Irina"
            rf"\blet'?s plan it\s*[:,]\s*{_DAY}\b",
        ), strong=True),
        # a lapsed activity taken up again on a day: "would you be willing to go back to one practice this saturday"
        CueFamily("activity restarted", (
            rf"\b(willing|ready|able) to go back to (one|a|the|your) (\w+ )?(practice|class|game|walk|swim|rehearsal|match|"
            rf"service|club|group)\b[^.?!]{{0,20}}\b{_WHEN}\b",
        )),
        CueFamily("pleasure or mastery", (
            r"\b(pleasure|sense of (accomplishment|achievement|mastery)|give you (a|some) (lift|boost))\b",
            r"\bsomething to look forward to\b",
        )),
        CueFamily("before motivation", (
            r"\b(not|\w*n't|no|never) (\w+ ){0,3}wait(ing)? (until|till|for|to) (you feel|the motivation|motivation|feel like)\b",
            r"\b(until|before|till) you feel like (it|doing|going)\b",
            r"\b(whether|even if|even when) (or not )?you (don'?t )?feel like (it|doing)\b",
            r"\b(whatever|regardless of|no matter)( what)? (the |your )?(energy|mood|motivation)\b",
            r"\bwait(ing)? (for|until) (the )?(motivation|energy|you feel (ready|motivated|like))\b",
            r"\b(the )?(doing|action|activity) ((usually|often|always|really) )?(comes|goes|(has|needs) to come) (before|first)\b",
            r"\b(motivation|energy|mood) (follows|comes after|catches up)\b",
            r"\b(feeling better|the good feeling|mood|motivation|energy) (comes|follows) (after|from) (the )?(doing|action|"
            r"activity)\b",
            r"\bafter (doing|you do (it|something)),? not before\b",
            # "The feeling tends to follow the doing, not the other way around."
            r"\b(the )?(feelings?|mood|motivation|energy) (\w+ ){0,2}(follows?|comes? after) (the )?(doing|action|activity)\b",
        ), strong=True),
        CueFamily("lost activity", (
            r"\byou used to (go|love|enjoy|like|play|paint|run|walk|swim|sing|cook|bake|garden|draw|knit|read|"
            r"fish|hike|see|call|dance)\b",
            r"\bused to (give you|bring you|make you feel)\b",
            r"\bwhat (did|do) you (used to )?(enjoy|love|do for fun|look forward to)\b",
            r"\bwhat did you used to do (in|on|at|for|before|when)\b",
            # the activity shared with someone: "What did you and Tanner used to do?"
            r"\bwhat did you and (\w+|your \w+) (used|use) to do\b",
            # "when you used to feel less gray what were you doing", "would you be willing to go back to one practice"
            r"\bwhen you (used to )?(felt|feel) (better|less \w+|good|okay|more like yourself|lighter)\b[^.?!]{0,20}\bwhat (were|did) you (doing|do)\b",
            r"\bthings (you|we|they|he|she) used to (enjoy|love|like|do)\b",
            r"\bwhat did you (like|love|enjoy) (to do|doing)\b",
            r"\bwhat('s| is| are) (one|some|a few)? ?things? you (used to |still )?(enjoy|love|like doing|look forward to)\b",
            # the client's interest noticed: "you lit up talking about the playoffs; more of that in your week?"
            r"\bmore of (that|this|those|it) in(to)? your (week|days?|life)\b",
            r"\byou (lit up|light up|perked up|brightened)\b",
            r"\bwhich (is|one is|would be) (easiest|easier) to (restart|start again|get back to|pick (back )?up)\b",
            r"\bwhat (would it take|would help you) to (go back|get back|start again|try it again|do (it|that|one))\b",
        )),
        CueFamily("mood link", (
            r"\brate your mood (before and after|after)\b",
            r"\b(mood|how you feel|feel|feeling)\b[^.?!]{0,40}\bbefore and after\b",
            r"\bbefore and after\b[^.?!]{0,40}\bmood\b",
            r"\b(mastery|accomplishment|pleasure|enjoyment)\b[^.?!]{0,30}\b(rating|rate|score)\b",
            r"\b(rate|rating|score|mark)\b[^.?!]{0,40}\bhow much (you )?(enjoy(ed)?|lik(ed|e)|got out of)\b",
        ), strong=True),
    ),
    "exposure": (
        # response prevention told as how it works or set as a delay: "the anxiety comes down by itself if you don't
        # check", "when the urge to check or Google comes, you delay it thirty minutes"
        CueFamily("response prevention", (
            r"\b(anxiety|fear|urge|discomfort|distress)\b[^.?!]{0,15}\b(comes?|goes?|drops?|falls?|settles?|passes?)\b"
            r"[^.?!]{0,25}\b(by itself|on its own)\b[^.?!]{0,30}\b(if|when) you (don'?t|do not|stop|resist|hold off)\b",
            r"\b(delay|put off|postpone|hold off( on)?)\b[^.?!]{0,25}\b(check\w*|googl\w*|wash\w*|ask\w*|ritual|compulsion|urge|it)\b"
            r"[^.?!]{0,30}\b(\d+|five|ten|fifteen|twenty|thirty|forty|sixty|an?|half an?) (minutes?|hours?)\b",
        ), strong=True),
        CueFamily("approach", (
            r"\b(touch|hold|press|pick up|look at|watch|listen to|go into|stand in|walk into|ride|step into|get in|"
            r"drive|smell|eat)\b[^.?!]{0,40}\b(right here|in here|here today|right now|with me now)\b",
            r"\b(over and over|again and again)\b[^.?!]{0,40}\buntil\b",
            # "do it now" alone starts any exercise ("can we do it now", "let's do it now, what are the options")
            r"\b((practice|practicing) (being brave|a goodbye|the goodbye|it)|do (being brave|a goodbye|the goodbye))\b"
            r"[^.?!]{0,30}\b(right here|here|on purpose|now)\b",
            r"\b(a little|a bit|one step|a step) at a time\b[^.?!]{0,40}\b(brave|fear|scar|anxi)",
            r"\b(brave|scary|fear)\w*[^.?!]{0,40}\b(a little|a bit|one step) at a time\b",
            r"\b(bring|bringing|make|making|create|creating|trigger|triggering) (on )?(some of )?(the|that|those|these) (feelings?|"
            r"sensations?|symptoms?|dizziness|racing heart)\b[^.?!]{0,20}\bon purpose\b",
        ), strong=True),
        CueFamily("stay without escape", (
            r"\b(stay|sit|wait|remain)\b[^.?!]{0,40}\bwithout (leaving|escaping|washing|checking|asking|reassur\w*|"
            r"counting|fixing|distracting|turning (it )?off)\b",
            # ... or the same told as a don't: "stay there, don't fix anything, don't touch your face"
            r"\b(stay|sit|wait|remain)\b[^.?!]{0,40}\b(don'?t|do not) (leave|escape|wash|check|ask|reassure|count|fix|"
            r"distract|touch|turn (it )?off)\b",
            r"\b(won'?t|don'?t|not) leave until\b",
            r"\b(stay|sit|wait|remain)\b[^.?!]{0,70}\buntil (the |your )?(anxiety|fear|urge|discomfort|number|it|alarm|panic|"
            r"distress|feeling|wave) (drops|comes down|goes down|falls|passes|halves|settles)\b",
            # "let it rise and fall without leaving", "stay parked there for ten minutes"
            r"\b(let|allow|watch) (it|the (anxiety|fear|urge|discomfort|panic))\b[^.?!]{0,20}\b(rise|build|peak)\b[^.?!]{0,30}"
            r"\b(fall|come down|pass|settle)\b",
            r"\bstay (parked|put|there|in the car|in the room|in the store)\b[^.?!]{0,30}\b(\w+ minutes|until)\b",
        ), strong=True),
        # a career or a to-do list also has a ladder and steps: the two only together
        CueFamily("hierarchy", (r"\bup (the|your) (list|ladder)\b", r"\bnext (rung|step) (up|on)\b")),
        CueFamily("graded", (r"\b(a little|a bit|one step|a step) at a time\b",)),
        CueFamily("fear rating", (
            r"\b(rate|tell me) (your|the) (fear|anxiety|distress|discomfort|urge)\b",
            r"\b(zero|0) to (a |one )?(hundred|100),? how much (anxiety|fear|distress)\b",
            r"\bwhere('s| is) the (anxiety|fear|distress|discomfort|urge) now\b",
            r"\bhow (scared|anxious|afraid|nervous|frightened|uncomfortable|panicky) (are you|is it)\b[^.?!]{0,30}\b(zero|0|one|1) "
            r"to\b",
        )),
        # the distress scale (SUDS) taken as a trial starts or midway: "before we start, zero to a hundred", "halfway through,
        # where are you now, zero to a hundred?" (a belief rated on the same scale is no trial)
        CueFamily("trial rating", (
            r"\b(before (we|you) (start|begin|move|go)|where are you (now|at)|halfway( through)?)\b"
            r"((?!believ|sure\b|true\b)[^.?!]){0,60}\b(zero|0) to (a |one )?(hundred|100)\b",
        ), strong=True),
        CueFamily("go near", (r"\b(go|let'?s go) (and )?(stand|sit|walk) (by|near|at|on|in|next to)\b",)),
        # the avoidance named, then a first step back toward it: "you've been avoiding the ground completely, haven't you?"
        # ... "what would be a small first step, something you could manage even if your stomach goes down?"
        # (said as its own observation, not inside an explanation: "That's also why you've been avoiding ...")
        CueFamily("avoidance named", (r"^\W*((now|so|and|okay|ok|right),? )?(you'?ve been|you have been|you'?re|you are|you keep|"
                                      r"you'?ve|you have) (completely |totally |still )?avoid(ing|ed)\b",)),
        CueFamily("first step back", (r"\b(a|the) (small|smallest|tiny|little|easiest) (first )?step\b[^.?!]{0,60}\b(manage|could|can|"
                                      r"even if|towards?|back)\b",)),
        CueFamily("stay", (
            r"\bstay (with|in) (it|that|the feeling|the discomfort)\b",
            r"\blet (the|your) (anxiety|fear|thoughts?|feelings?|urges?|pictures?|images?|memory|sensations?|panic|"
            r"discomfort|alarm) (rise|peak|be there|come|sit)\b",
            r"\bon purpose\b",
        )),
        CueFamily("no escape", (
            r"\b(don'?t|do not|without) (push(ing)? (it|them) away|go(ing)? (around|the long way)|leav(e|ing) because of)\b",
            r"\b(it|the (anxiety|fear|alarm|number|discomfort)) (usually |will )?(comes?|goes?) down (with practice|on its own|"
            r"if you stay)\b",
            r"\b(don'?t|do not|no|without) (reassur\w+|checking|check|washing|wash|counting|count|googling|"
            r"leaving|escaping|avoiding|turning (it )?off|looking away)\b",
            r"\b(the )?(anxiety|fear|number|discomfort) (went|goes|will go|came|comes|will come) (up and )?"
            r"(down|back down) on its own\b",
        )),
    ),
    "psychoeducation": (
        CueFamily("mechanism", (
            r"\b(the |your |his |her |their )?(brain|body|nervous system|alarm|amygdala)('s)? "
            r"(sends|learns|thinks|flags|expects|reads|treats|releases|is trying|gets (the )?message|fires|replays|"
            r"goes into (fight|flight|alarm|survival)|fills (in )?(the )?(blanks|gaps)|"
            r"can't tell|doesn't know)\b",
            # "after birth the brain's threat system gets turned way up"
            r"\b(brain|body|nervous system)'?s (\w+ )?(alarm|threat|danger|survival) (system|response|mode|detector)\b",
            # what is known, cited: "studies say most new parents get some version of it"
            r"\b(research|studies|the (research|studies)|(?<!did )(?<!does )(?<!do )the evidence) (shows?|says?|tells? us|"
            r"suggests?|finds?|found)\b",
            # what is known now: "we now know that strict rest slows things down", "let me explain what we know about that"
            r"\b(we now know|we know now) that\b|\bwhat we (now )?know about\b",
            r"\b(teaches|tells|shows) (your|his|her|their|the) (brain|body)\b",
            r"\bthe more (you|he|she|they|we) (avoid|check|wash|fight|push|try|ask|stay|drink|use|sleep)\w*\b"
            r"[^.?!]{0,50}\bthe (more|less|louder|stronger|worse|bigger|harder)\b",
            r"\b(short[- ]term|quick) relief\b[^.?!]{0,60}\b(keeps|makes|teaches|is what|long[- ]term)\b",
            r"\b(how|why) (grief|anxiety|panic|trauma|depression|ocd|adhd|mania|cravings?|addiction|sleep|"
            r"self[- ]harm|worry|anger) (works|happens|shows up|affects|feeds)\b",
            r"\bthat'?s (how|what) (the )?(panic|anxiety|ocd|depression|trauma|grief|mania|addiction|\w+ disorder) "
            r"(works|does)\b",
            r"\b(part|symptom|sign) of (your|his|her|the) (ocd|adhd|ptsd|depression|anxiety|bipolar|trauma|grief|"
            r"panic|eating disorder)\b",
            r"\b(depression|anxiety|ocd|panic|trauma|ptsd|grief|adhd|mania|the illness|the disorder|addiction) "
            r"(lies|tells you|convinces you|wants you|narrows|shrinks|changes how)\b",
            r"\b(alcohol|caffeine|weed|cannabis|nicotine|drinking)\b[^.?!]{0,30}\bmakes? (the |your )?(anxiety|"
            r"depression|sleep|mood|panic)\b[^.?!]{0,15}\b(worse|better)\b",
            r"\brebound (effect|anxiety|insomnia)\b",
            r"\b(alcohol|caffeine|weed|cannabis|nicotine|drinking) is a (depressant|stimulant)\b",
            r"\b(stress|lack of sleep|poor sleep|being tired|tiredness|hunger|being hungry)\b[^.?!]{0,30}\b(turns (the volume )?up|"
            r"makes (them|it|the \w+) (louder|worse|stronger))\b",
            # what a thing does and does not do: "the thoughts don't cause the pain, but they turn the volume up"
            r"\b(don'?t|doesn'?t) cause (the |your )?\w+,? but (they|it) (turn|turns|make|makes|feed|feeds)\b",
            # a drug in the body: "your kidneys hold onto lithium", "the body clears clozapine faster",
            # "ibuprofen can push the level up", "your level could jump up"
            r"\b(the |your )?(body|liver|kidneys?)('s)? (clears?|holds? on ?to|hangs? on ?to|breaks? down|gets? rid of)\b",
            rf"\b(push(es|ing)?|drives?|bumps?|knocks?) (the|your|its|their) ({_DRUG_LEVEL} )?levels? (up|down)\b",
            # "birth control with estrogen can lower lamotrigine levels"
            rf"\b(lowers?|raises?|increases?|decreases?|boosts?) (the |your |its |their )?({_DRUG_LEVEL} )?levels?\b",
            rf"\b(the|your) ({_DRUG_LEVEL} )?level (can|could|will|would|may|might)? ?(climbs?|jumps?|creeps?|shoots?|rises?|"
            r"drops?|falls?)( up| down)?\b",
            # the brain as an organ with a state: "the brain loses its rhythm", "the part of the brain that watches for
            # danger gets stuck on high alert", "the nightmares are the brain trying to process it"
            r"\b(the|your|his|her|their) (brain|nervous system|threat system|alarm system)('s)? (\w+ ){0,5}?(loses|gets stuck|"
            r"is stuck|stays stuck|goes on|stays on|trying to (process|protect|make sense)|tries to (process|protect|make sense))\b",
            r"\bon high alert\b",
            # what a drug or a loss does to mood: "the prednisone can pull mood down"
            r"\b(the |your )?\w+ (can|could|may|might|will|does|do) (pull|push|bring|drag|knock|drive) (your |the )?mood (down|up|low)\b",
            # how a condition shows itself in a group: "Depression in older age often looks exactly like this"
            rf"\b{_CONDITION}( in [\w ]{{3,25}}?)? (often|usually|commonly|typically) (looks|shows up|presents|feels|comes out)\b",
            # the loop drawn: "It's a circle, and it's treatable"
            r"\b(it'?s|that'?s|this is) (a|the) (vicious |whole )?(circle|cycle|loop)\b(?! (of|back|round|around) (friends|the|back))",
        ), strong=True),
        # reassurance, a pitch for a technique or a preface: alone, none of these teaches anything
        CueFamily("preface", (
            r"\b(share|say something|talk a (bit|little)|explain( a bit)?) about\b",
            r"\bnot a (character flaw|sign that you|personal failing|weakness)\b",
            r"\b(works|helps) for a lot of people\b",
            r"\bwhat (happens|is happening) (in|to) your (body|brain)\b",
        )),
        CueFamily("normalising", (
            r"\b(that'?s|it'?s) (a|the|just a) symptom\b",
            r"\b(many|most|lots of|a lot of) (people|teens|teenagers|kids|children|adults|parents|caregivers|couples|"
            r"veterans|survivors) (who|with|in|after|grieve|feel|find|go through)\b",
            r"\b(people|couples|kids|teens) often (grieve|feel|find|react|cope|respond)\b",
            r"\b(really |very |pretty )?(typical|common|normal) (of|for|in|with) (people with |kids with )?"
            r"(separation|panic|social|anxiety|depression|ptsd|ocd|adhd|trauma|grief|bipolar|kids|teens|\w+ disorder)\b",
        )),
        CueFamily("condition", (
            r"\b(when|if) people (have|get|live with)\b",
            rf"\b(with|in|fits|like|for people with) (\w+ )?{_CONDITION}\b",
            rf"\b(it'?s|that'?s|this is) (also |just |really )?(the|your|his|her) {_CONDITION}\b",
            rf"\b(it'?s|that'?s) {_CONDITION},? and (it'?s |it is )?(very |really |highly )?treatable\b",
            r"\b(a|an) (separate|real|medical|treatable|brain) (illness|condition|disorder)\b",
            r"\b(it'?s|is) (a|an) (real |medical |brain |mental |physical |treatable )?(illness|disease)\b",
            rf"\b(that'?s|this is) what {_CONDITION}( \w+){{0,2}} (do|does)\b",
            r"\b(before|after) (a|an|the) (episode|relapse|hospital stay|crash)\b",
            rf"\b{_CONDITION}( in (teens|teenagers|kids|children|adults|older people|men|women))? (looks like|usually|often|"
            r"tends?|can|does|doesn'?t|feeds?|makes?|lowers?)\b",
        ), at_length=True),
        CueFamily("how it goes", (
            r"\b(usually|typically|tends? to|for most people|most people|(really|very|so|pretty) common|"
            r"one in (two|three|four|five|six|seven|eight|ten)|that'?s (part of )?why|which is why|part of why|"
            r"feed each other|(kick|kicks) off|deepens?|(can|does|will) get better with|(is|are) one of the|"
            r"(first|early|warning) signs?)\b",
            r"\b(a (good |fair )?(chunk|lot|third|half|quarter|number)|plenty|many|most) of (people|patients|women|men|kids|"
            r"teens) (get|have|develop|experience|notice)\b",
        ), at_length=True),
        # how a treatment works and what to expect of it, or the name of the thing explained: "the medication and
        # therapy together work better than either alone", "it takes a few weeks to kick in", "that's called sundowning"
        CueFamily("treatment", (
            r"\bworks? better (together|than (either|one|\w+) (alone|on (its|their) own))\b",
            r"\b(is|are) (really |very |pretty |highly )?effective (in|for) (most|many)\b",
            r"\btakes? (\w+ ){0,2}weeks to (work|kick in|build up|start working)\b",
            r"\b(that'?s|it'?s|this is|what'?s|something) called\b",
            r"\b(common|known|usual|typical|mood) side[- ]effects?\b",
        ), at_length=True),
    ),
    "mindfulness": (
        CueFamily("attention", (
            r"\bnotice (your|the) breath\b",
            r"\b(come|coming|bring (it|your attention|yourself)) back to (the|your) (breath|body|senses|present)\b",
            r"\b(notice|noticing) (that|when|where) (your )?(mind|attention) (wanders|went|goes|drifts)\b",
            r"\b(observe|watch) (the|your) (thoughts?|feelings?|urges?|sensations?) (come and go|pass|float)\b",
            r"\bpay attention to (your|the) (breath|body|sensations?|senses)\b",
            r"\bwhen (your|the) (mind|attention) (drifts|wanders|goes)\b",
            r"\b(feel|follow|watch|stay with) (the|your) breath\b",
            r"\bbreathe into (that|the|this) (spot|place|area|part)\b",
            # "Let your attention rest on your breathing", "bring your attention to the right side, where the pain is"
            r"\b(let |rest )?your attention (rest|settle|stay)s? on (your|the) (breath\w*|body|feet|hands|chest)\b",
            r"\bbring (your|the) attention (gently )?to (the|your) (\w+ )?(side|body|feet|hands|chest|breath\w*|belly|sensations?|sounds?)\b",
            r"\b(leaves|cloud|clouds|stream|river)\b[^.?!]{0,40}\b(drift|float|pass|go by|move on)\w*",
            # a loving-kindness practice said line by line: "repeat after me quietly may i be safe may i be at peace"
            r"\bmay (i|you|he|she|they|[a-z]+) be (safe|happy|well|at peace|at ease|free from \w+)\b[^.?!]{0,20}\bmay \1 be\b",
        ), strong=True),
        CueFamily("observe", (
            r"\bnotice (the|any) (sounds?|sensations?|smells?|thoughts?|feelings?)\b",
            r"\bnotice (the|any|that|this) (images?|pictures?)\b",
            r"\bjust (observing|noticing|watching)\b",
            r"\bnotice (where|if|how|what)\b[^.?!]{0,30}\b(in your body|your breath|sits|rising|peaking|changing|shifts?)\b",
        )),
        CueFamily("acceptance", (
            r"\bwithout (judging|judgment|labell?ing|trying to (change|fix)|changing it|fixing it|fighting it)\b",
            r"\blet (them|it|the thoughts?) be( noticed)?\b",
            r"\byou don'?t have to do anything (with|about) (it|them|that)\b",
            r"\bjust notice\b",
            # "Not to push it away, just to look at it with curiosity"
            r"\b(look at|notice|observe|hold|meet) (it|them|that|this|the \w+) with (curiosity|kindness|openness|interest)\b",
            r"\b(not|without|instead of) (trying )?(to )?(push|pushing) (it|them) away\b",
        )),
    ),
    "relaxation training": (
        CueFamily("breathing", (
            r"\b(breathe|breath) (in|out) (slowly|through|for|to a count|like)\b",
            r"\b(big|slow|deep|long) breath in\b",
            r"\bblow (it|them|the \w+) out slowly\b",
            r"\bblow out slowly\b",
            rf"\b(in|inhale)( through (your|the) nose)? for {_COUNT}\b[^.?!]{{0,40}}\b(out|exhale)( through (your|the) "
            rf"mouth)? for {_COUNT}\b",
            # said as an instruction: "benzos slow your breathing" warns of a drug (s201, s324)
            r"(^\W*|\b(let'?s|try( to)?|just|now|we'?ll|you can|can you|to|and)\s+)slow (your|the) breathing( down)?\b",
            r"\bbreathe (into|from|down into) (your|the) (belly|stomach|diaphragm|abdomen)\b",
            r"\b(exhale|out[- ]breath|breath out) (longer|slower) than\b",
        ), strong=True),
        CueFamily("tense", (
            r"\b(tense|tighten|squeeze|clench|scrunch|make a (tight )?fist|curl (them|your \w+)|shoulders up)\b",
        )),
        CueFamily("release", (
            r"\b(release|let (it )?go|relax (them|it|your)|loosen|let them fall|go loose|notice the difference|"
            r"let (it|them) (soften|melt|go limp|sink|relax))\b",
        )),
        # a calm place is also where EMDR and trauma work start and end: imagery alone is not relaxation
        CueFamily("imagery", (r"\b(calm|safe|peaceful|relaxing) place\b",)),
        # autogenic training's phrases, said slowly in the head
        CueFamily("autogenic", (
            r"\b(heavy and warm|warm and heavy|calm and (steady|regular)|(heart|heartbeat|breathing) is calm)\b",
        ), strong=True),
        CueFamily("work down", (
            r"\bwork (your way )?(down|up|through) (the|your) body\b[^.?!]{0,40}\b(tense|release|relax)\b",
            r"\btense and release\b",
        ), strong=True),
    ),
    "motivational interviewing": (
        CueFamily("ruler", (
            r"\bhow (important|ready|confident|willing|motivated) (are you|is it|do you feel)\b[^.?!]{0,50}"
            r"\b(to|about) (change|stop|quit|cut|cutting|stopping|quitting|drink|drinking|us|smok|gambl)\w*",
            r"\bwhy (a|an) (\w+) (and|but) not (a|an)? ?(zero|one|two|three|lower|higher|\d)\b",
            r"\bwhat would it take to (get|go|move) (up )?(to|from) (a|an)? ?(one|two|three|four|five|six|seven|eight|nine|"
            r"ten|\d+)\b",
        ), strong=True),
        CueFamily("two sides", (
            r"\bwhat (do you like|do you get|does it give you|are the good things|is good) (about|from|out of) "
            r"(drinking|using|smoking|gambling|vaping|weed|the (drinking|using|smoking|weed|pills|alcohol))\b",
            r"\b(the )?(good|not so good|not-so-good|less good|downside|upside|bad)s? (things |side )?(about|of) "
            r"(drinking|using|smoking|gambling|vaping|cutting back|quitting|stopping|changing)\b",
            r"\bpart of you\b[^.?!]{0,80}\b(another|other|a different) part\b",
            r"\bpart of you\b[^.?!]{0,80}\b(and|but) (a|some) part (that|of you)\b",
            # the double-sided reflection: "so drinking buys you an hour of quiet, and costs you ..."
            r"\b(buys|gives|gets) you\b[^.?!]{0,50}\b(and|but) (it )?(costs|takes) you\b",
            r"\bon (the )?one hand\b[^.?!]{0,80}\bon the other\b",
            r"\bwhat would (have to|need to) happen for you to\b",
            r"\bhow would (your life|things) be different if you (stopped|quit|cut)\b",
            r"\bwhat would (be different|change|your life look like)\b[^.?!]{0,40}\bif you (stopped|quit|cut|didn'?t|"
            r"weren'?t)\b",
            r"\bwhat do you (like|enjoy|get) (about|from|out of) (\w+ )?(drinking|using|smoking|gambling|vaping|weed|"
            r"pot|alcohol|it)\b[^.?!]{0,40}\b(worr|concern|downside|not so good|bother)\w*",
            r"\bwhat (worries|concerns) you (most )?about (your|the) (drinking|using|smoking|gambling|vaping)\b",
        ), strong=True),
        # each side of the ambivalence asked for in turn: "what does the part of you that's trying want?", or laid
        # side by side over two sentences: "on one side, ... On the other, ... How do those stack up?"
        CueFamily("parts", (
            r"\bthe part (of you )?that('s| is)? (\w+ )?(wants?|trying|likes?|still|keeps)\b",
            r"\bon (the )?one (side|hand)\b",
            r"\bhow do (those|these|they|the two) (stack up|weigh up|compare)\b",
        )),
        # the client's own reasons drawn out: "what made the difference, in your words?"
        CueFamily("evoke", (
            r"\bwhat made the difference\b",
            r"\bwhat do you make of (that|this|it)( number| score)?\b",
        )),
        CueFamily("autonomy", (
            r"\b(it'?s|that'?s) (your|completely your|entirely your|up to you,? your) (choice|decision|call)\b",
            r"\bwhere do you want to go (from here|with (this|that|it))\b",
        )),
    ),
    "problem solving": (
        # "what options do you have for parking?" is an everyday question until an option is weighed or chosen
        CueFamily("options asked", (
            r"\bwhat (are (some|the|your) )?options (are there|do you have)\b",
            r"\bwhat could (make|help) (it|that|this|things|\w+day|the \w+) (easier|go better|more manageable|work)\b",
            r"\bwhat could (get|help) you (through|to get through)\b",
        )),
        CueFamily("generate", (
            r"\bwhat are (some|the|a few|your) (ways|things you could (try|do)|options|possibilities|ideas)\b",
            r"\blet'?s (think of|think about|look at|come up with|list|write down) (some |the |a few |your )?"
            r"(options|possibilities|solutions|ideas)\b",
            r"\b(write|list|jot) (down )?(the |your |all the |some )?(options|ideas|possibilities|solutions)\b",
            # the brainstorm's rule, said of the ideas: "no judging yet", "list the options, no judging" ("No judging." alone
            # reviewing a diary card is validation)
            r"\b(no judging|don'?t judge (them|the ideas)|without judging( (any of )?(them|those|the ideas|the options))?) yet\b",
            r"\b(options|ideas|list|brainstorm\w*)\b[^.?!]{0,50}\b(no judging|don'?t judge)\b",
            r"\b(list|name|think of|come up with|brainstorm|write down)\b[^.?!]{0,20}\b(every|all the|some|a few|as many)\b"
            r"[^.?!]{0,10}\b(ways?|options?|ideas?|things you could|possibilities)\b",
            r"^\W*((okay|ok|so|alright|all right),? )?(options|what are (the|your|our) options)\W*$",
            r"\bwhat('s| is) the (smallest|first|next|easiest) (piece|step|bit|part|chunk)\b",
            r"\bwhat would be (the|a) (smallest|first|next|easiest) (piece|step|bit|part|chunk)\b",
            r"\bbreak(ing)? (the|this|that|it|something|things) (problem |big thing |task )?down\b",
            # the task cut into pieces: "chop the next file into five-minute pieces", "split it into smaller chunks"
            r"\b(chop|split|break|cut|divide)\w* (it|that|this|them|the (\w+ )?\w+) (up )?into (\w+ )?(smaller|small|little|bite-sized|"
            r"\w+[- ]minute) (pieces|chunks|bits|parts|blocks)\b",
            r"\b(first|next) (piece|step) you (could|can) (tackle|take|do)\b",
            # the problem taken up together: "can we solve the forgetting?", "let's tackle lunch"
            r"\b((can|could|shall) we|let'?s|how (can|could|might) we) (solve|tackle) (it|that|this|the \w+|\w+)\b",
            # the problem named, then the brainstorm opened together: "Now, the warp threads — what could we try?"
            r"\bwhat (else )?(could|can|might) we try\b",
        ), strong=True),
        # a different course asked for the next time the problem comes round: "what could you do differently this friday"
        CueFamily("differently", (
            r"\bwhat (could|can|might|would) you do differently (this|next|on|at|when|if|the next)\b",
        ), strong=True),
        # the talk turned to the practical: "let's be practical", "let's get practical", "let's make a concrete plan"
        CueFamily("practical", (
            r"\blet'?s (be|get) (practical|concrete)\b",
            r"\b(make|build|work out) a (concrete|practical) plan\b",
            r"\ba practical step\b",
        ), strong=True),
        # one option asked for: "what's one change you could make there?", "what could you do about that?"
        CueFamily("one option", (
            # "what could change at work?", "what could be different on deck at night?", "what would it take to go back?"
            r"\bwhat (could|would|might) (change|be different)\b",
            r"\bwhat would make (it|this|that|next time|things|the \w+) (different|easier|better|work)\b",
            r"\bwhat would it take (to|for you to)\b",
            r"\bwhat'?s one thing you could do (about|to)\b",
            r"\bwhat('s| is) one thing (that )?(would|could|might) (make|help)\b",
            r"\bwhat('s| is) one (change|thing|step) you (could|can|might) (make|do|try|take)\b(?! differently)",
            r"\bwhat('s| is) one (small |little |first )?(change|step)\W*$",
            # "What's one step this week toward that?"
            r"\bwhat('s| is) one (small |little |first )?step (this|next) week\b",
            r"\bwhat (could|can|might) you do about (that|it|this|those|them|the \w+)\b",
        )),
        # an option put forward as a question: "What if you split the nights?", "what if you rang him first"
        CueFamily("proposal", (
            r"\bwhat if you (?!(?:failed|died|lost|messed|screwed|panicked|froze|fainted|fell|forgot|cried)\b)"
            r"(\w+ed|did|rang|took|tried|went|made|split|kept|put|let|got|gave|told|wrote|left|sent|set|brought|swapped|"
            r"switched|started|stopped|paid|spoke|asked)\b",
            r"\blet'?s go through the (steps|options)\b",
        )),
        CueFamily("define", (
            r"\bwhat('s| is) the (actual|real|main|specific|core|concrete) problem\b",
            r"\bthe problem,? in one sentence\b",
            r"\b(name|define|pin down) the (actual |real )?problem\b",
            # the part of it within the client's reach: "which part of it can you do something about?"
            r"\b(any|which|what) part of (it|this|that|the \w+) (that )?(you (can|could)|(can|could) you) (do something about|control|change)\b",
        )),
        CueFamily("obstacle", (r"\bwhat (could|would|might) get in the way\b",)),
        # an option weighed: "what would it give you? what would it cost you?", "what's good and bad about each?"
        CueFamily("weigh", (
            r"\bwhat would (it|that|this|each( one)?) (give|cost) you\b",
            r"\bwhat('s| is) (good|bad) and (bad|good) about (each|that|this|those|them|it)\b",
            r"\bpros and cons\b(?! of (acting|giving in|cutting|using|the urge|drinking|smoking|gambling))",
            r"\b(upsides?|downsides?) (of|to) (each|that|this|it)\b",
        )),
        # the chosen option written up as the plan
        CueFamily("plan", (
            r"^\W*((okay|ok|good|great),? )?(that'?s|sounds like|so that'?s) a (plan|good plan)\b",
            r"^\W*(good|great|solid) plan\b",
            r"\blet'?s write (it|that|the plan) down\b",
            # "Could we make that the plan on Fridays", "So the plan would be that at six you leave for ten minutes"
            r"\b(could|can|shall) we make (that|this|it) the plan\b",
            r"^\W*so the plan (would be|is) (that )?(you|at|on|when|every|each)\b",
        )),
        CueFamily("choose", (
            r"\bwhich (one|of (those|these|them)|option|idea)s? (do|would|will|could|can) you (want to |like to |be willing "
            r"to )?(try|pick|choose|go with|start with|do)\b",
            r"\bwhich (one|of (those|these|them)|option|idea)s? (feels?|seems?|sounds?|is|looks?) (easiest|best|most "
            r"(doable|realistic|manageable)|like the best)\b",
            r"\bwhich (one|of (those|these|them)) (first|would you do first|to start with)\b",
            r"\b(and )?a back-?up (plan|if)\b",
            r"\bwhat (might|would|could) happen if you (tried|did|chose|went with) (it|that|this|them)\b",
            # an option's outcome asked: "What might happen if you went to the treasurer?"
            r"\bwhat (might|would|could) happen if you (went to|asked|told|talked to|spoke to|rang|called) (the|your|him|her|them)\b",
        )),
    ),
    "safety planning": (
        CueFamily("means", (
            # (and got rid of: "Is that rat poison in the garage something you could get rid of?")
            rf"\b(get|getting|got) rid of (the |that |those |your |all the )?{_SELF_HARM_MEANS}\b|"
            rf"\b{_SELF_HARM_MEANS}\b[^.?!]{{0,40}}\b(get|getting) rid of\b",
            rf"\b(lock|locked|locking|lockbox|lock box|take|taking|remove|removing|give|giving|get|getting|hand over|"
            rf"put|keep|keeping|hold on to|store)\b[^.?!]{{0,50}}\b{_SELF_HARM_MEANS}\b[^.?!]{{0,50}}"
            r"\b(away|out of|lockbox|lock box|somewhere else|to (your|his|her) \w+|with (you|him|her|them)|to keep|"
            r"for now|outside|locker|safe|(up )?where (he|she|they|you) can'?t (reach|get))\b",
            rf"\b(give|hand) (the |your |that |this )?{_SELF_HARM_MEANS} to\b",
            rf"\b{_SELF_HARM_MEANS}\b[^.?!]{{0,40}}\b(give|hand) (it|them) to\b",
            rf"\b{_SELF_HARM_MEANS} (stays?|lives?|goes|go|is kept|are kept) (at|with|in|to) (the|your|his|her|their|a|\w+'s) ?\w*",
            # "you keep the baton at the depot", "Leave the home comb with her tonight"
            rf"\b(keep|leave|leaving|keeping) (the |your |that )?{_SELF_HARM_MEANS} (at|with|in) (the|your|his|her|their|a|\w+'s) "
            r"(depot|work|office|station|locker|shop|salon|garage|car|van|truck|house|place|flat)\b",
            rf"\b(leave|leaving) (the |your |that )?{_SELF_HARM_MEANS} with (him|her|them|\w+)\b",
            rf"\b(make|making|keep|keeping) (the |your |that |those )?{_SELF_HARM_MEANS} (unavailable|inaccessible|"
            r"out of reach|harder to get)\b",
            # the means made unusable, asked of the client: "What could we do so that on a bad night they aren't usable?"
            # (not the biscuits kept out of the house: "so they aren't at home" plans around a binge)
            r"\bso (that )?(on a bad night |at night |on those nights |then )?(they|it|those) (aren'?t|isn'?t|are not|"
            r"is not|won'?t be|wouldn'?t be|can'?t be|are no longer|is no longer) (usable|loaded)\b",
            # whatever it is called ("the thirty thirty"), sent to a safe: "what if it goes in your dad's safe"
            r"\b(goes|go|stays?|put|kept|keep|lock\w*|stor\w*)\b[^.?!]{0,10}\b(in|into|inside)\b (a|the|your|his|her|their|"
            r"\w+'s) ([\w']+ ){0,2}(safe|lockbox|lock box|gun safe|gun locker|locker)\b",
        ), strong=True),
        # the thing named before, moved out of reach, which counts with another part of a plan: "Would you be willing to
        # take it out of the cab, put it somewhere you'd have to go get on purpose?"
        # the sharp or rough thing the client used on the skin, handed over or kept away, which counts with another part of
        # a plan: "would you be willing to give me the shell to keep here today" ... "here is a card with the helpline"
        # (alone it is distress tolerance's "the sandpaper stays at the bay")
        CueFamily("implement kept", (
            rf"\b(give|hand|leave|keep|put|take)\b[^.?!]{{0,50}}\b{_SKIN_IMPLEMENTS}\b[^.?!]{{0,50}}\b(to keep|away|out of|"
            r"with (me|you|him|her|them))\b",
            # left where they are used: "and the pads you bring home could you leave them at the farm so they are not in the trailer"
            rf"\b{_SKIN_IMPLEMENTS}\b[^.?!]{{0,40}}\b(leave|keep) (them|it) (at|in) (the|your) (farm|work|shop|shed|depot|yard|site|"
            r"workshop|studio|beach|bay)\b",
            rf"\b{_SKIN_IMPLEMENTS}\b[^.?!]{{0,30}}\b(take|put|throw|get) (them|it) (out|away)\b",
        )),
        CueFamily("means moved", (
            r"\b(take|get|move|taking|moving) (it|them) out of the (cab|car|truck|van|house|bedroom|kitchen|drawer|glove ?box|"
            r"nightstand|bag)\b[^.?!]{0,60}\bsomewhere\b",
            r"\bput (it|them) somewhere (you'?d|you would|you'?ll|you) (have to|need to)\b",
        )),
        CueFamily("means asked", (
            # "is there anything at home you've been saving or thinking of using"
            r"\b(anything|something) (at home |in the house )?(that )?you('ve| have)? been (saving|keeping|stockpiling|storing|hoarding)\b",
            r"\bwhere (are|is|do you keep) the (pills|guns?|firearms?|medications?|meds|knife|knives|rope|razors?|"
            r"blades?)\b",
            r"\b(access|get to) (to )?(any )?(pills|guns?|firearms?|weapons?|medications?)\b",
            # "Now, the knife. Where is it at night?"
            rf"\b{_SELF_HARM_MEANS}\W+where (is|are|do you keep) (it|they|them)\b( kept\b)?",
        )),
        CueFamily("secure", (
            r"\b(lock|locking|locked) (them|it|those) (up|away)\b",
            # "Would you be willing to leave it locked in your toolbox at work?"
            r"\b(leave|keep|put|store|have)s? (it|them|those) locked\b",
            # the thing given a safer home: "Where could it live instead of your car?", "can it stay in the
            # sterilisation room, not in your pocket?"
            r"\bwhere (could|can|would|will|should) (it|they|that|those) (live|stay|go|be kept|sleep)\b[^.?!]{0,30}\binstead\b",
            r"\b(can|could) (it|they|that|those) (stay|live|be kept|sleep) (in|at|with) (the|your|his|her|their|a|\w+'s) [^.?!]{0,30}"
            r"\bnot (in|on|with) (your|the) (pocket|car|bag|van|truck)\b",
            r"\bwho (could|can|would) (hold|keep|take|store) (it|them|onto it)\b",
            r"\b(have|keep|put|move|store|take) (them|it|those) (somewhere else|out of the (house|home)|"
            r"(at|to) (a|your|his|her|their) (\w+'s|friend'?s?|brother'?s?|sister'?s?|son'?s?|neighbou?r'?s?)( house| place| safe)?)\b",
        )),
        # the steps for after a bad moment written into a plan: "So let's put it in a plan. After a bad call, before the
        # locker room, what's first?" (weak: "put them in a plan, a time each day" schedules activities)
        CueFamily("plan made", (
            r"\b(put|write|turn) (it|this|that|them) (in|into) a plan\b",
            # the steps written down for the client to carry: "let's write those on a card now the chile leaving the pads
            # at the farm calling tomas"
            r"\b(let'?s|we'?ll|i'?ll|we can|can we) write (those|these|them|it|this|that|all that) (down )?on a card\b",
            # "let's write down who you'll call if the nights get worse"
            r"\b(let'?s|we'?ll|we can|can we) write down (who|what|where) you('ll| will| would| could| can)? ?(call|do|go|ring|text)\b",
            # "let's make a plan for the heights specifically, what would help when the thought comes"
            r"\blet'?s make a plan for (the|when|if|those|these)\b",
            # the client's steps taken up as the plan: "That's a good plan. And if it ever gets worse ..., call 988"
            # (not one praised on the way to another question: "That sounds like a good plan. What's the evening for?")
            r"\b(?:that'?s|that\s+is|that\s+sounds\s+like|sounds\s+like)\s+a\s+(?:good|great|solid|fair|workable)\s+plan\b"
            r"(?!\s*[.!]\s+[^.?!]*\?)",
            # the plan read back as a list: "So the plan: name the feeling, two minutes on the stairs, gloves always on, tell Kurt"
            r"^\W*(?:(?:so|okay|ok|good),?\s+)?(?:the|your|our)\s+(?:safety\s+)?plan\s*:",
            # "That's your plan, then: irons at Ray's by Saturday, Della has the key, walk the fence line, call Ray."
            r"\bthat'?s\s+(?:your|the|our)\s+(?:safety\s+)?plan,?\s*(?:then\s*)?:",
            # "I'd like to make a plan with you today, given these thoughts"
            r"\b(make|making|put together|build|do) a (safety )?plan\b[^.?!]{0,30}\b(given|because of|about|for) (these|those|the|your) "
            r"(thoughts|urges|feelings|wish(es)?|pictures|images)\b",
        )),
        # the place the harm was pictured kept away from: "And Elm Street. Is there a way you can avoid passing it?"
        CueFamily("distance", (
            r"\b(a way|ways?) (you can|you could|to) avoid (passing|going (past|near|by)|driving (past|by)|walking (past|by))\b",
        )),
        CueFamily("warning signs", (
            r"\bwhat( are| is|'s) (the |usually the |your )?(first |early )?(signs?|warning signs?)\b",
            r"\bwhat (tends to|usually) come?s? (right )?before\b",
            r"\bwhen is it (worst|hardest)\b",
            # "what's a sign you're getting worse"
            r"\bwhat('s| is| would be| are) (a|one|the) (first |early |warning )?signs? (that )?(you'?re|you are|things are|it'?s) "
            r"(getting|going|sliding|slipping) (worse|downhill|down)\b",
        )),
        CueFamily("coping", (
            r"\bwhat (helps|else helps|could help|would help|has helped)\b",
            r"\bwhat('s| is| are)? (one|a|some|the) (small )?things?( that)?('s| has| have| could| would| might| can)? "
            r"(helped|help|helps)\b",
            r"\bwhat (could|can|would) you (do|try) instead\b",
            # the step after a warning sign: "what can you do then"
            r"\bwhat (could|can|would|will) you (do|try) (then|at that point|in that moment|right then)\b",
            r"\bwhat could (happen|you do) (at \w+ )?instead\b",
            r"\bwhat you('d| would| could| can) do\b",
        )),
        CueFamily("contacts", (
            r"\bwho\b[^.?!]{0,25}\b(can|could|would|do|will) you (call|text|tell|reach|go to|talk to|wake)\b",
            r"\bwho you('d| would| could| can|'ll| will)? (call|text|tell|reach|ring|phone)\b",
            r"\b(the one|the person|someone) you('d| would| could| can|'ll| will)? (call|text|ring|phone)\b",
            r"\bsomeone you (can|could) (call|text|tell)\b",
            r"\bwho('s| is) someone\b",
            r"\b\w+'s ([\w-]+ )?number\b",
        )),
        CueFamily("keep handy", (
            r"\b(go|goes|put|save|saved|keep|write|written) (it |them |that |those )?(in|into|on) (your|the) "
            r"(phones?|wallet|fridge|card)\b",
            # "put the clinic line and 988 by the sat phone", "keep the card next to your bed"
            r"\b(put|keep|save|tape|stick|write|program)\b[^.?!]{0,40}\b(line|numbers?|card|list|988|eight eight)\b"
            r"[^.?!]{0,20}\b(in|on|by|next to|near|into|beside)\b (your|the|his|her) \w+",
        )),
        # the plan's own shape: a warning sign, then the step ("when the picture comes, you leave the room and call
        # Wendell", "if it ever shifts toward acting, call 988", "text Bettina if the picture comes")
        CueFamily("contingency", (
            rf"\b(if|when|whenever)\b[^.?!,]{{0,40}}\b(thoughts?|urges?|pictures?|images?|wish|cravings?|feelings?|"
            rf"replay|voices?|it|that|things|(you|it) ever|you (start|feel|notice))\b[^.?!,]{{0,40}},?\s*(then )?"
            rf"((you|he|she)('ll| will| can| could)? |just )?{_STEP}",
            # the step asked for: "and if you see his truck in town?", "when the replay starts, what do you do?"
            # (not "when" asking a time, "When are you writing the war chapters?" ("When does it tend to hit?" asks the
            # warning sign), nor a feeling asked after it, "When the pictures come at night, what do you feel in your body
            # first?")
            r"^\W*((and|so|okay|ok|now),? )?(what about )?(if|when|whenever) (?!(you|we) (want|like|need)|that'?s (ok|okay|"
            r"alright|fine)|(\w+ ){1,2}(\w+ed|was|were|did|had|went|saw|came|got)\b|(are|is|do|does|did|was|were|will|can|could|"
            r"would|should|have|has) (you|we|he|she|they|i)\b|[^.?!]*\bwhat (do|did|does) (you|it) (feel|notice|think|sense)\b|"
            # nor a risk question put on the moment: "When you're doing it, is there any wish to die?"
            r"[^.?!]*\bis there any (wish|thoughts?|urges?|intent\w*|plans?)\b)"
            r"[^.?!]{3,70}(\?\s*|[^.?!])$",
            r"\b(if|when|whenever)\b[^.?!]{0,80}\b(what (do|would|will|could|can) you (usually |normally )?(do|try)|"
            r"what('s| is) (the|your) plan|what (could|would|can|might) help( you)?)\b",
            # the clinic rung if it gets worse: "And the nurse, and calling here if it gets worse."
            r"\b(call|calling|ring|ringing|text|texting) (here|us|me|the (clinic|office|nurse|team))\b[^.?!]{0,20}\b(if|when) "
            r"(it|things|that|the urge) (gets?|get|is getting) (worse|bad|stronger)\b",
            rf"{_STEP}[^.?!]{{0,40}}\b(if|when|whenever) ((the|that|those|this|your|any) (\w+ ){{0,2}}(thoughts?|urges?|"
            r"pictures?|images?|wish|cravings?|feelings?|replay|voices?)|(it|that) (comes?|starts?|gets?|hits?|shows? up))\b",
        )),
        # less chance to act: "let's make the nights safer", "so you're not alone on deck"
        CueFamily("safer", (
            r"\b(make|making|keep|keeping) (the|your|things|it|home|the house|nights?|evenings?)( \w+)? (safer|safe)\b",
            r"\bso (that )?(you'?re|you are) not (alone|by yourself)\b",
            r"\b(don'?t|not) (sit|be|stay) (with (him|her|them) )?(alone|by yourself)\b",
            r"\bstay (away|clear) from\b",
            # "And we also make it harder to get to the claws."
            r"\b(make|making) it harder (for you )?to (get to|reach|get at|get hold of)\b",
        )),
        CueFamily("crisis", (
            r"\b(988|nine eight eight|911|nine one one|crisis (line|text line|number|team)|after[- ]hours line|"
            r"the er|emergency room)\b",
        )),
    ),
    "distress tolerance skills": (
        CueFamily("temperature", (
            r"\b(ice|ice cubes?|ice pack|cold pack|cold water)\b[^.?!]{0,60}\b(face|hand|hands|hold|squeeze|wrist)\b",
            r"\b(hold|squeeze|grab|bite|biting|holding|squeezing) (an |the |some |a |into (a|an|the) )?(ice|ice cubes?|ice pack|"
            r"cold pack|frozen \w+)\b",
            r"\b(dive )?reflex\b[^.?!]{0,40}\bheart\b",
            r"\bhold your breath\b[^.?!]{0,40}\bdiv(e|ing)\b",
            # DBT's crisis survival skills by name: "the cold water skill", "you used a crisis skill"
            r"\b(cold[- ]water|ice|temperature) skills?\b|\bcrisis (survival )?skills?\b",
        ), strong=True),
        CueFamily("intense exercise", (
            r"\b(jumping jacks|sprint\w*|fast (running|exercise)|intense exercise|push-?ups|wall push\w*)\b",
            r"\b(run|running|go) (up and down )?(the )?stairs\b",
            r"\buntil (you'?re|you are|your lungs|your arms|they) (out of breath|breathing hard|burn|shake)\b",
        )),
        # a strong sensation in place of the harmful act: "sour candy", "draw on your arm with a red marker instead"
        CueFamily("intense sensation", (
            r"\b(sour candy|sour candies|lemon( wedge| slice)?|hot sauce|rubber band|red marker|stress ball)\b",
            r"\binstead of (biting|cutting|hitting|punching|scratching|burning|hurting (yourself|your\w*))\b",
        )),
        CueFamily("urge passes", (
            r"\bthe (wave|urge|craving) (usually |always )?(drops|passes|peaks|crests|goes down|comes down|falls)\b",
        )),
        CueFamily("acceptance", (
            r"\b(fighting|fight) (reality|what (already )?happened)\b",
            r"\baccept\w* (it|this|that|what happened) (fully|completely|all the way)\b",
            r"\baccept\w* (what|the things) you can'?t change\b",
            r"\bdistract (yourself|your mind|your brain)\b",
        ), strong=True),
        CueFamily("urge surfing", (
            r"\b(ride|riding|surf|surfing) (it|the wave|the urge|that|the craving) out\b",
            r"\blike a wave\b[^.?!]{0,30}\b(rises|peaks|crests|passes)\b",
        ), strong=True),
        CueFamily("get through", (
            r"\b(get|getting) through (the|this|that) (peak|moment|crisis|urge|wave)\b",
            r"\bpros and cons of (acting on|giving in|cutting|using|the urge)\b",
            r"\b(time|space) between the urge and (the )?(act|acting|doing)\b",
        )),
    ),
    "emotion regulation skills": (
        CueFamily("name the emotion", (
            r"\bwhat (emotion|feeling) (came|comes|was there|is there|showed up) (first|before|underneath)\b",
            r"\bwhat('s| is| was) the (feeling|emotion) (underneath|under (that|it)|behind)\b",
            r"\bwhat (emotion|feeling) (was|is) (underneath|under|behind)\b",
            r"\b(name|naming|label|labeling|labelling) (it|the feeling|the emotion|what you feel) (early|first)\b",
            r"\b(naming|labell?ing|rating) (the|your) (feelings?|emotions?)\b",
            r"\b(give|gave|giving) (it|the feeling|that feeling|the anger|the mad) a name\b",
            # a feelings thermometer built with the client: "if mad goes from one to ten, where is ..."
            r"\bif (mad|angry|anger|sad|worry|worried|upset|scared|the feeling|the anger) (goes|went|is) from (zero|one|0|1) "
            r"to (ten|10)\b",
            r"\b(what would be|do|doing|try) the opposite\b",
            r"\bcheck(ing)? the facts\b",
            r"\b(fit|fits) (the facts|what happened)\b",
            r"\b(tired|hungry|sleep|sick|exhausted|hangry)\w*\b[^.?!]{0,40}\bmakes? (your |the )?(emotions|feelings|"
            r"moods?|anger|reactions)\b",
        ), strong=True),
        # a behaviour chain analysed link by link: "what was the first link?", "where could the chain have broken?"
        CueFamily("chain", (
            r"\bchain analysis\b",
            r"\b(first|next|weakest|missing) link\b",
            r"\b(where|what point|earlier|later) (in|on) (the|that|this) chain\b",
            r"\b(back )?at the chain\b",
            r"\bthe chain (could|might|would|have|has)( have)? (broken|break)\b",
        ), strong=True),
        CueFamily("emotion words", (
            r"\b(anger|angry|sad|sadness|fear|scared|shame|guilt|hurt|lonely),? (or )?(\w+ )?(sadness|sad|fear|scared|"
            r"anger|angry|shame|guilt|hurt|lonely)\b",
            r"\b(let'?s |can you )?name (it|the feeling|the emotion|what you'?re feeling)\b",
        )),
        CueFamily("body signal", (
            r"\bwhat does your body (do|feel like)\b",
            r"\bwhere do you feel (mad|angry|anger|sad|scared|worried|the \w+|it|that) in your body\b",
            r"\bwhat (happens|is happening) in your body\b",
            r"\b(warning|early) (sign|signal)s?\b",
            r"\bwhere do you feel (it|that|the \w+) in your body\b",
            r"\bwhere do you feel (it|that|the \w+) first\b",
            r"\bwhen (it|the \w+( feeling)?) starts,? what do you (notice|feel) first\b",
            r"\bearly warning\b",
        )),
        CueFamily("break", (
            r"\btake a (break|time[- ]?out|breather)\b[^.?!]{0,50}\b(minutes|when|until|and come back)\b",
            r"\b(opposite|the other) of what (the|your) (emotion|urge|anger|feeling) (wants|says)\b",
            r"\b(before|at) (it|you) (hits|get to|reach(es)?) (a |an )?(\w+|\d+)\b[^.?!]{0,30}\bskill\b",
        )),
        CueFamily("scale", (
            r"\b(at|to) (a|an) (five|six|seven|eight|nine|ten|\d+)\b[^.?!]{0,30}\b(before|instead|do)\b",
            # a step for each level of a named scale: "at rain, you leave the room"; "you say in your head, that's the seven"
            r"\bat (a |an |the )?\w+,? you (say|leave|do|step|take|go|use|walk)\b[^.?!]{0,40}\bat (a |an |the )?\w+,? you\b",
            r"\bin your head,? that'?s (the|a) (three|four|five|six|seven|eight|nine|ten|\d+)\b",
        )),
    ),
    "interpersonal effectiveness skills": (
        CueFamily("describe", (
            r"\b(just )?the facts\b[^.?!]{0,40}\b(no|without) (insults|blame|blaming|judg\w+|names|adjectives|opinions|"
            r"labels|exaggerat\w*)\b",
            r"\bdescribe (just )?(what happened|the situation|the facts)\b",
        )),
        CueFamily("express", (
            r"\bhow (it|that|this) (affects|affected|impacts|makes you feel)( you)?\b",
            r"\bsay how you feel\b",
        )),
        CueFamily("assert", (
            r"\bwhat you('re| are) asking (for|him|her|them)\b",
            r"\b(ask|asking|say no|saying no) clearly\b",
            r"\bask for what you (want|need)\b",
            r"\bask (him |her |them )?for (something|one thing|what you want) (specific|concrete|clear)\b",
            r"\bwhat happened,? how (it|that) affect\w* you,? (and )?what you (want|need)\b",
            r"\b(still )?say(ing)? no to\b",
        )),
        CueFamily("reinforce", (
            r"\bwhat'?s in it for (him|her|them)\b",
            r"\bwhat happens (next )?if (it|he|she|they) (keeps|keep) (happening|doing)\b",
            r"\b(how|why) it (helps|benefits) (him|her|them)\b",
            r"\bself[- ]respect\b",
        )),
        CueFamily("broken record", (
            r"\b(broken record|keep repeating (your|the|it) (ask|request|calmly))\b",
            r"\bi'?ve said what i need to say\b",
        ), strong=True),
    ),
    "role play": (
        CueFamily("take a part", (
            r"\b(say|tell) (it|that|this) to me (as if|like) i'?m\b",
            r"\byou be (your |the )?\w+\b[^.?!]{0,20}\bi'?ll be\b",
            r"\b(switch|swap) (roles|places|parts)\b",
            r"\blet'?s act (it|this|that) out\b",
            r"\bi'?ll (be|play) (mr\.?|mrs\.?|ms\.?|dr\.?|the|your)? ?\w+( \w+)?,? and you\b",
            # the part taken in a sentence of its own: "Would you try saying it to me? I'll be the HR manager."
            r"^\W*((okay|ok|so|now|alright|all right),? )?i'?ll (be|play) (the|your) (\w+ )?(landlord|boss|mom|mother|dad|father|sister|brother|partner|husband|wife|manager|teacher|coworker|friend|"
            r"neighbou?r|professor|supervisor|foreman|director|officer|interviewer|customer|client|doctor|nurse)\W*$",
            r"\byou be (your|the|his|her|their) (landlord|boss|mom|mother|dad|father|sister|brother|partner|husband|wife|"
            r"manager|teacher|coworker|friend|neighbou?r|ex|professor|supervisor|son|daughter|aunt|uncle|grandma|"
            r"grandmother|grandpa|grandfather|mother-in-law|father-in-law)\b",
            r"\blet'?s practi[cs]e (\w+'s|the|that|this|your) (talk|conversation|ask|request)\b",
            r"\bi'?m (the|your) \w+ and you\b",
            # the partner given the provoking line to say: "say something that usually winds him up"
            r"\bsay something (that )?([\w']+ ){0,3}(winds?|gets?|sets?|push(es)?|triggers?|annoys?|provokes?|bugs?) "
            r"(\w+ )?(him|her|them|you|his|their)\b",
            # the part taken as the practice starts, in run-on speech: "now let's practise i'll be gary"
            r"\b(practi[cs]e|rehearse|try it)\b[^.?!]{0,50}\bi'?ll be\b",
            # "Want to try it with me being Sergeant Dunn?"
            r"\b(try|practi[cs]e|rehearse|do) (it|this|that)( again)? with me (being|as|playing) (?-i:[A-Z][a-z]+|your \w+|the \w+|him|her)\b",
            # "Pretend I'm Cody.", "shall we practise your two minutes here, with me as the audience?"
            r"\bpretend (that )?i'?m (?-i:[A-Z][a-z]+|your \w+|the \w+|him|her)\b",
            r"\b(practi[cs]e|rehearse|try)\b[^.?!]{0,40}\bwith me as (the |your |a |an )?\w+",
            r"^\W*((okay|ok|so|now|alright|all right),? )?i'?m (your|the) (landlord|boss|mom|mother|dad|father|sister|"
            r"brother|partner|husband|wife|manager|teacher|coworker|friend|neighbou?r|ex|professor|supervisor|son|"
            r"daughter)\W*$",
        ), strong=True),
        # a rehearsal with no part named: the line asked for, then said again as practice
        CueFamily("set up", (
            r"\bwhat (would|will|could) you say to (\w+|him|her|them) (if|when) (she|he|they)\b",
            r"\bwhat would you say,? in the moment\b",
            r"^\W*(okay,? )?let'?s (practi[cs]e|try it)\W*$",
        )),
        CueFamily("rehearse", (
            r"\bsay it (once more|again|one more time|out loud)\b[^.?!]{0,30}\b(like you mean it|to me|as if)\b",
            r"\bsay it (like|as) you would (at|to|with|in)\b",
        )),
    ),
    "communication skills training": (
        # a couple's agreed way to pause a fight: "I'd like you two to agree on a signal ... that means I need to step away"
        CueFamily("time-out signal", (
            r"\b(agree on|decide on|settle on) a (signal|code ?word|safe ?word)\b",
            r"\bthe signal is\b[^?!]{0,150}\b(step away|pause|time[- ]?out|break|comes? back)\b",
            r"\b(a|the|your) time[- ]?out (signal|word|sign)\b",
        ), strong=True),
        CueFamily("speaker", (
            r"\bstart(ing)? with \W?i (feel|need|felt)\b",
            # "can I ask you to say that again, but starting with how you feel?"
            r"\b(say|said|saying) (that|it) again,? (but )?start(ing)? with (how you feel|what you (feel|need))\b",
            r"\bwhat do you feel,? and what do you need\b",
            r"\b(instead of|rather than) \W?(you never|you always|blaming|criticizing)\b",
            r"\bwhat (would|could|can) you say\b[^.?!]{0,30}\binstead of (yelling|shouting|screaming|blaming|criticizing|"
            r"name-calling|slamming)\b",
            r"\b(as|like|with) \W?i feel (\w+ )?(when|because)\b",
            r"\bi noticed,? i feel\b",
            # the speaker coached to say what they want: "try saying what you'd actually like"
            r"\btry (saying|asking for) (exactly )?what you('d| would)?( actually| really)? (want|need|notice|feel|like|see|saw)\b",
            r"\bsay what you (noticed|notice|see|saw)\b[^.?!]{0,30}\b(how you feel|you care|what you need)\b",
            # the partner spoken to, not the therapist: "can you say that to her, not to me?"
            r"\b(say|tell) (that|it|this)( again)? (to|directly to) (her|him|them|each other|\w+),? (not|instead of) (to )?me\b",
        ), strong=True),
        # one person in the room coached in how to speak to the other: "make one specific request", "you can say yes,
        # no, or offer something else", "in one sentence, then stop"
        CueFamily("coached request", (
            r"\bmake (one|a) (specific|clear|concrete|small) (request|ask)\b",
            r"\bin one sentence,? (and )?then stop\b",
            r"\binstead of (questions|lecturing|yelling|shouting|screaming|blaming|criticizing|criticising|nagging|interrupting)\b",
            # "can you ask Prakash for that, directly", "how would you ask for what you need?"
            r"\b(can|could|would) you ask (him|her|them|\w+) for (that|it|this|what you (need|want))\b",
            r"\bhow (would|could|can|might) you ask (him|her|them|\w+ )?for what you (need|want)\b",
            r"\bask (what|how) (she|he|they) (needs?|feels?|wants?)\b",
            r"\blet'?s practi[cs]e (asking|listening|saying)\b",
            r"\bcan you (ask|tell) (him|her|them|mom|dad|\w+) (right then|directly|instead|in one sentence)\b",
            # "kamau can you tell wanjiru what you'd like from her", "can you say it to him"
            r"\b(can|could|would) you (tell|ask) (him|her|them|\w+) what you('d| would)? (like|want|need)\b",
            r"\b(can|could|would) you say (it|that|this) to (him|her|them)\b",
        )),
        # ... and the other coached in how to answer
        CueFamily("coached answer", (
            r"\byou can say yes,? no,? or\b",
            r"\b(just )?listen (first|without (answering|interrupting|fixing|defending))\b",
            r"\b(before you answer|don'?t answer yet)\b",
            # the other asked what reached them: "wanjiru what do you hear"
            r"^\W*(?:\w+\W+)?what do you hear\W*$",
        )),
        CueFamily("listener", (
            r"\b(tell|say to|say back to) (her|him|them|each other|(your |my )?\w+) what you (heard|hear)\b",
            r"\bsays? back what (you|they|he|she) (heard|said)\b",
            # "can you say back what Sanne needs in your own words"
            r"\bsay back what (he|she|they|\w+) (needs?|wants?|feels?|means?|asked for)\b",
            r"\bsay (it|that|this) back to (each other|her|him|them)\b",
            r"\b(repeat|reflect|paraphrase) back what\b",
            r"\b(one|the) (of you )?speaks?,? (and )?the other\b",
            # "one says a thing, the other says it back, before answering"
            r"\bthe other (one )?says? (it|that|them) back\b",
            r"\bin your own words,? what did (she|he|they) (say|mean)\b",
        ), strong=True),
    ),
    "values clarification": (
        CueFamily("values", (
            r"\bwhat (matters|mattered|is important|is most important|counts) (most )?(to you|about)\b",
            # what a lost pursuit gave the client: "what did the bees give you before all this", "that's what the work
            # means to you"
            r"\bwhat did (the|your|that|those) (\w+ ){0,2}give you\b",
            r"\bwhat (the|this|that|your) (\w+ ){0,2}means to you\b",
            r"\bwhat (used to|still|really) (matter|matters|mattered) (most )?to you\b",
            r"\bwhat kind of (\w+ )?(do you want|would you like|you want) to be\b",
            r"\b(what|how) do you want to be remembered\b",
            r"\bmost (important|meaningful) to you\b",
            r"\b(toward|towards|away from) (what|the things) (matters|you care about)\b",
            r"\bwhat do you care about most\b",
            r"\b(your|my) life (to )?(stood|stand|be about)\b",
            r"\bwhat do you want to stand for\b",
            r"\bwhat (would|do) you want (your \w+|people|them|others|\w+) to (say|remember|know) about you\b",
            # the looking-back exercise: "at eighty, looking back, what would you want to have stood for?"
            r"\blooking back\b[^.?!]{0,60}\bwhat (would|do) you want\b",
            r"\bwhat (would|do) you want (your life )?to have (stood for|been about|mattered)\b",
            r"\b(want|wanted) to have stood for\b",
            r"\bwhat (would |do )?you('d)? want (it|this|your (life|days|time|work|job|career|weeks?)) to be about\b",
            # values as the direction to steer by: "so that's a compass point"
            r"\b(a|the|your) compass (point|bearing|direction)\b|\b(like|as) (a|your) compass\b",
            # the limited-time question: "if this next year were the only year, what would you want it full of?"
            r"\bif\b[^.?!]{0,50}\b(only|last|final) (year|years|months?|days?|summer|time)\b[^.?!]{0,40}\bwhat (would|do) you want\b",
            r"\bwhat (would|do) you want (it|them|your (life|days|time|year)|the (year|time)) (to be )?(full of|to hold|filled with)\b",
            # the person the client wants to be: "what kind of brother do you want him to find?"
            r"\bwhat kind of (\w+) (do|would) you want (him|her|them|people|your \w+) to (find|see|know|remember|have)\b",
        ), strong=True),
    ),
    "grounding": (
        CueFamily("senses", (
            r"\b(five|5|four|4|three|3) things (you )?(can |could )?(see|hear|feel|touch|smell)\b",
            r"\b(look|looking) around (the room )?and (tell|name|find|notice)\b",
            r"\bname (\w+ )?(things|objects|colou?rs|sounds) (you|in|around)\b",
            r"\btell me what you (see|hear|notice) (around you|in front of you|in the room)\b",
            r"\btell me what you can (see|hear|feel|smell|touch)\b",
            r"\bdescribe (it|the \w+) to me\b[^.?!]{0,30}\b(colou?r|weight|texture|shape|temperature)\b",
        ), strong=True),
        CueFamily("body anchor", (
            r"\b(feel|press|notice) your feet (on|against) the (floor|ground)\b",
            r"\b(feel|notice) the (chair|floor|ground|seat) (under|holding|supporting|beneath)\b",
            r"\b(press|plant) your (back|feet|hands|palms)\b",
        )),
        CueFamily("orient", (
            r"\bwhere are you right now\b",
            r"\byou('re| are) (here|safe) (now|in|with|today)\b",
            r"\bwhat('s| is) (today's date|the date( today)?|the day today)\b",
            r"\bwhere are we right now\b",
        )),
    ),
    "sleep hygiene": (
        CueFamily("schedule", (
            r"\b(same|consistent|regular|fixed) (wake|wake-up|wakeup|get-up|getting up|bed) ?time\b",
            r"\b(same|consistent|regular|fixed) sleep window\b",
            r"\b(no|stop|skip|cut|cutting|without) (the )?(sleeping in|sleep-ins|naps?|napping)\b",
            r"\b(get(ting)? up|wak(e|ing) up|(go(ing)? (back )?to )?bed)\b[^.?!]{0,20}\b(at )?the same time\b",
        ), strong=True),
        CueFamily("bedroom", (
            r"\b(laptop|phone|tv|screens?) (stays?|goes|out of) (out of )?(the )?(bedroom|room|bed)\b",
            r"\bget out of bed (if|when|after)\b",
            # "if you're awake more than twenty minutes, get up and sit in the other room"
            r"\bif you'?re (still )?awake (for )?(more than|longer than|over|past) (about )?(twenty|fifteen|thirty|20|15|30) minutes\W+"
            r"(get up|get out of bed)\b",
            # "could you try leaving the phone in the kitchen at night"
            r"\bleav(e|ing) (the|your) (phones?|laptop|tablet) (in the (kitchen|hall(way)?|living room|lounge)|(in|to) (another|the other) "
            r"room|outside the (bed)?room)\b",
            r"\bstay out of (the )?bed (till|until)\b",
            r"\b(come|go|get) back ((in)?to bed )?(only )?when (you'?re |she'?s |he'?s |they'?re )?(sleepy|drowsy|tired)\b",
            r"\bbed (is|should be) (just |only )?for (sleep|sleeping)\b",
            r"\bfor sleep only\b",
            r"\bno (scrolling|phones?|screens?|tv) in bed\b",
            r"\bcut (the )?(coffee|caffeine) off\b|\b(coffee|caffeine) cut-?\s?off\b",
            # the phone kept out of the bedroom overnight: "phone charges in the kitchen"
            r"\b(phones?|laptop|tablet|screens?) (charg\w+|stays?|lives?|sleeps?|goes) (in the (kitchen|hall(way)?|living room|"
            r"lounge)|(in|to) (another|the other) room|outside the (bed)?room)\b",
            r"\bkeep (the|your) (bedroom|room) (cool|dark|quiet)\b",
            r"\b(make|keep) (it|the (bedroom|room|bunk))( \w+){0,2} (darker|quieter|cooler)\b",
            r"\b(no|cut|stop|cutting) (the )?(caffeine|coffee|tea|cola|energy drinks?|screens?|alcohol)\b[^.?!]{0,30}\b(after|before|past|in the "
            r"afternoon|at night|in the last (\w+ )?(hours?|part))\b",
        ), strong=True),
    ),
    "thought record": (
        CueFamily("columns", (
            r"\b(write|writing|jot|note) (down )?(the )?(situation|trigger)s?,? (and )?(the )?(thought|feeling)s?\b",
            r"\bwrite down (the|what) (thought|you were thinking|went through your (head|mind))\b",
            r"\bon paper what we did\b",
            r"\b(situation|trigger)s?,? (the )?(automatic |hot )?thoughts?,? (and )?(the )?(emotion|feeling|mood)s?\b",
            r"\bfill (in|out) the (columns|worksheet)\b",
            r"\b(worksheet|sheet|form) with the columns\b",
            r"\bcolumn (sheet|worksheet|form)s?\b",
            # "Exactly, three columns." / "write the thought, what actually happened before, and what you'd tell the new girl"
            # (not two: the pros and cons of a choice, a prediction and what happened)
            r"\b(three|four|five|six|seven) columns\b",
            r"\b(write|jot|note|log) (down )?the thought\b[^.?!]{0,60}\bwhat (actually |really )?happened\b",
            # the restructuring just done, set to be done in writing: "I want you to do that on paper this week"
            r"\b(do|write|work) (that|this|it) (out |through )?on paper\b",
            # the thought caught as it comes: "write down when the failure thought comes", "when the useless thought comes
            # write it down"
            r"\b(write|jot|note|log) (it |that |them )?down (when|whenever|each time|every time) (the|that|this|a|your) "
            r"([\w']+ ){0,4}thoughts?\b",
            r"\b(when|whenever|each time|every time) (the|that|this|a|your) ([\w']+ ){0,4}thoughts? (comes?|shows up|pops up|hits)\b"
            r"[^.?!]{0,20}\b(write|jot|note|log) (it|that|them) down\b",
            r"\b(catch|write|jot|put) (those|the|your|these) thoughts (down )?on paper\b",
            # a log whose columns are read out: "after an urge or a binge, write it down: the time, what you'd eaten that day,
            # the thought and the feeling"
            r"\b(write|jot|note|log) (it |that |them )?down\b[^.?!]{0,80}\bthe thoughts?,? and the (feelings?|emotions?|mood)\b",
            # filling one in together, column by column
            r"\bsituation was\b[^.?!]{0,100}\bthought was\b",
            r"\b(write|put) (that|it) in the (\w+ )?column\b",
            r"\b(jot|write|note) down what (was|went) (going )?through your (mind|head)\b",
            # a thought and its answer side by side: "write down the 'I'll get fat' thought and the fuelled version next to it"
            r"\b(write|jot|note) (down )?the\b[^.?!]{0,30}\bthought\b[^.?!]{0,60}\b(next to it|beside it|and the (\w+ )?"
            r"(version|answer|response|alternative))\b",
            # the columns said as questions: "write it down, what set it off, what you told yourself, and the answer"
            r"\b(write|jot|note|log)\b[^.?!]{0,40}\b(what set (it|you) off|what triggered (it|you)|the trigger|the situation|"
            r"where you were)\b[^.?!]{0,40}\b(what you (told yourself|thought|were thinking|said to yourself)|the thought)\b",
            # the thought and the evidence, in writing: "write it down, what the thought was, how strong, and what the
            # evidence says"
            r"\b(write|jot|note|log) (it |that |them )?down\b[^.?!]{0,40}\b(what the thought was|the thought)\b[^.?!]{0,60}"
            r"\b(evidence|how (strong|much you believe)|the other side)\b",
            # the columns named as the homework: "could you write it down like we just did the worry the evidence for the
            # evidence against and a balanced line"
            r"\b(write|jot|note|log) (it |that |them )?down\b[^.?!]{0,60}\bevidence for\b[^.?!]{0,30}\bevidence against\b",
        ), strong=True),
    ),
    "emdr": (
        CueFamily("bilateral", (
            r"\b(follow|track|watch) my (fingers|hand|pen|light)\b",
            r"\bgo with that\b",
            r"\b(tappers|buzzers|light bar)\b",
            r"\btap\w*\b[^.?!]{0,30}\b(left and right|back and forth|alternat\w*|each side|both sides)\b",
            r"\bhow true does\b[^.?!]{0,50}\b(feel|seem)\b",
            r"\b(one|1) to (seven|7)\b",
        ), strong=True),
    ),
    "imagery rescripting": (
        CueFamily("rescript", (
            r"\b(imagine|picture) (your )?(adult|grown[- ]up|older|present[- ]day|current) self (going|stepping|walking|"
            r"coming) (in|into|back)\b",
            r"\b(new|different|that) ending\b",
            r"\b(replay|rewind|re-?run) (it|the (dream|nightmare|scene|memory|image))\b",
            r"\b(picture|imagine|see) the (dream|nightmare|memory|scene|image) again\b[^.?!]{0,40}\b(this time|but|"
            r"differently|instead)\b",
            r"\bwhat does the (child|little girl|little boy|kid|younger you) in (that|the) (memory|image|scene) need\b",
            r"\bsay it to (her|him|them) in the (image|memory|scene)\b",
            r"\bwhat does (little|younger|the younger|the little) (you|\w+) need\b",
            # "Now change it. Whatever you want to happen instead. You're the one running it."
            r"\bwhat(ever)? (do )?you want to happen instead\b",
            # the scene replayed with a change: "Now, this time, something changes. You're not on your own in that corridor."
            r"\bthis time,? (something|it) (changes|goes differently|ends differently)\b",
            *CHANGED_STORY,
        ), strong=True),
    ),
    "trauma narrative": (
        CueFamily("retell", (
            r"\btell (it|me|the story)( to me)? (again )?(slowly|in (the )?present tense|from the (beginning|start)|"
            r"(as if|like) (it'?s|it is) happening)\b",
            r"\bin the present tense\b",
            r"\b(go|walk) through it (slowly|in detail|moment by moment|step by step)\b",
            r"\bwhat you (saw|heard|smelled|felt),? (what you )?(heard|saw|felt|smelled)\b",
            # "read it aloud" alone is most often an obsession's script or card read in an exposure (s129, s318)
            r"\bread (the story|what you wrote|your (story|account|narrative))\b[^.?!]{0,40}\b(out loud|aloud)\b",
        ), strong=True),
    ),
}

__all__ = ["CHANGED_STORY", "CueFamily", "DELIVERY_CUES"]
