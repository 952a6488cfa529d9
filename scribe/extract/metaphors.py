"""The client's own images and figures of speech, quoted verbatim for the psychotherapy workspace."""

from __future__ import annotations

import re
from typing import Any

from scribe.extract.lexicons import NUMBER_WORDS, RELATIONS, SCALE_WORDS
from scribe.extract.text import Sentence, sentence_at, speech_units

Turns = list[dict[str, Any]]

# ------------------------------------------------------------ metaphors

_FIGURATIVE = re.compile(
    r"\b(drown\w*|underwater|treading water|eggshells|hamster wheel|roller ?coaster|tightrope|"
    r"time bomb|ticking|pressure cooker|powder keg|volcano|boil(ing)? over|house of cards|"
    r"black (cloud|hole)|dark cloud|cloud over|fog|in a hole|quicksand|cage|trapped in|prison|"
    r"weight on|weight of the world|brick\w*|backpack|running on empty|on autopilot|broken record|"
    r"spinning plates|juggling|smoke alarm|yo-?yo|ships passing|snowball\w*|avalanche|"
    r"tidal wave|minefield|landmine|war zone|walking on|robot|ghost|shell of|fumes|on patrol|"
    r"life raft|lifeline|sieve|anchor|leash|muzzle|bottled up|on fire|sinking|blow up|in pieces|falling apart|"
    r"glue|(a|the|my|this) mask|in waves|on my (back|shoulders)|puppet|doormat|punching bag|bottomless|tornado|"
    r"hurricane|storm|thunder|earthquake|rollercoaster|roller coaster|ticking clock|dead end|crossroads|"
    r"uphill|mountain|chains|ball and chain|shackle\w*|pins and needles|knot in|heavy blanket|"
    r"wall (up|between)|frozen|stuck in (mud|a loop)|treadmill|battery|fuse|burn(ing|ed)? out|"
    r"safety net|security blanket|crutch|butterflies|bees|hydra|washing machine|pressure valve|off switch|"
    r"broken compass|lost at sea|in a bubble|on a leash|circus|wrecking ball|train wreck|dumpster fire|"
    # idioms of coping and distress across Englishes: "I've had my innings", "at the end of my tether"
    r"had (my|his|her|a good) innings|end of my (rope|tether)|hanging by a thread|on thin ice|out of my depth|"
    r"head above water|(the )?last straw|rock bottom|hit a wall|out of steam|end of the tunnel|pulling teeth|"
    r"can of worms|elephant in the room|back burner|through the motions|on my last legs|heart on my sleeve|"
    r"knocked for six|doing my head in|pear-shaped|sixes and sevens|sink or swim|fish out of water|"
    r"rug (was )?pulled|deer in (the )?headlights|tip of the iceberg|dead weight|running on fumes|"
    r"rattl(e|es|ing|ed) around|spinning (my|our|his|her|their) wheels|(burn|burning|burned|burnt) the candle|"
    r"cloud nine|into a hole|baggage|duct tape|(get|got|gotten|getting) the memo|(one|two|three) steps? forward|"
    # the stock "same ..., different ..." made the speaker's own: "same hotel different room service"
    r"same ([\w'-]+ ){1,2}?different [\w'-]+|"
    # a couple estranged under one roof: "we're strangers on a screen", "we're basically roommates now"
    r"we(?:'re|\s+are|'ve\s+become|\s+have\s+become|\s+became)\s+(?:just\s+|basically\s+|now\s+|like\s+)?"
    r"(?:two\s+)?strangers\b|we(?:'re|\s+are|'ve\s+become|\s+have\s+become|\s+became)\s+(?:just\s+|basically\s+|"
    r"only\s+|more\s+like\s+)(?:two\s+)?(?:roommates|flatmates|housemates|business partners|co-?workers)\b|"
    # the lid on what is held down: "you never know when the lid's coming off", "I flipped my lid"
    r"lid(?:'s|\s+is|\s+was)?\s+(?:(?:about\s+to|going\s+to|gonna)\s+)?(?:com|blow|fly|flie|flew|pop|came|blew)\w*\s+off"
    r"(?!\s+(?:the|that|this|a|an|my|his|her|of)\b)|"
    r"flip(?:s|ped|ping)?\s+(?:my|his|her|their|your)\s+lid|(?:keep|kept|keeping|put|putting)\s+a\s+lid\s+on|"
    # silence said to make a noise: "the quiet is loud", "the silence was deafening"
    r"(?:quiet|silence|stillness)(?:'s|\s+(?:is|was|gets|got|feels|felt|can\s+be))\s+(?:so\s+|really\s+|just\s+|too\s+)?"
    r"(?:loud|deafening|screaming|roaring|noisy|thunderous|ringing)\b|"
    # the self as a car that cannot stop: "my brakes are shot", "I've got no brakes"
    r"my\s+brakes\s+(?:are|were|'re)\s+(?:just\s+|totally\s+|completely\s+)?(?:shot|gone|busted|broken|fried|out|failing)\b|"
    r"i(?:'ve|\s+have)?\s+(?:got\s+|had\s+|have\s+)?no\s+brakes\b|"
    # blame carried for others: "at work I always carry the black wok", "I'm left carrying the can"
    r"carr(?:y|ies|ied|ying)\s+the\s+(?:black\s+)?(?:wok|pot|can)\b|"
    # a body part with a home of its own: "my shoulders live up there", "my stomach lives in my throat"
    r"(?:shoulders|stomach|heart|jaw|head|brain|mind|gut)\s+(?:live|lives|lived|living)\s+(?:up|in|at|by|around|on|"
    r"somewhere|right)\b|"
    # a simile without its article, the way many Englishes say it: "my mouth is dry like desert", "cold like ice"
    r"(?:dry|cold|hot|heavy|quiet|slow|hard|soft|tight|empty|dark|flat|sharp|loud|stiff|weak|light|calm|blind|thin|"
    r"white|black|wild)\s+like\s+(?!(?:a|an|the|i|you|he|she|we|they|it|that|this|these|those|me|him|her|them|us|my|your|"
    r"his|our|their|before|usual|normal|always|ever|when|if|everyone|everybody|people|other|last|yesterday|today|"
    r"now|then|so|that|all|some|every|each|one|two|three|four|five|six|seven|eight|nine|ten|twenty|crazy|mad|hell|nothing|"
    r"anything|something|usual)\b)[a-z]{3,}\b|"
    # a fall, a loop, the air let out, the ice that gives: "it drops off a cliff three hours later", "the call is on a
    # loop in my headset", "somebody lets all the air out of me", "waiting for the ice to break under me"
    r"(?:drops?|dropped|dropping|falls?|fell|falling)\s+(?:off|aff)\s+a\s+cliff|on\s+a\s+loop|"
    r"(?:let|lets|letting)\s+(?:all\s+)?the\s+air\s+out\s+of\s+(?:me|my|him|her|us|them|myself|everyone|everybody)\b|ice\s+(?:to\s+)?(?:break|breaks|breaking|crack|cracks|"
    r"cracking|give|gives|giving)\s+under|buried\s+under\s+(?:a|the)\s+(?:pile|mountain|heap|lot)\b|"
    # the self as a sentry that cannot stand down: "I'm still on watch", "my body's on high alert"
    r"(still|always|constantly|permanently|forever|24/7) on (watch|guard)|on (high|red) alert|"
    # a force of nature held back by hand: "fighting the tide with a bucket", "swimming against the tide"
    r"(fight|battl|hold|push|swim|turn)\w* (back |against )?the tide|"
    r"blur(s|red)? together|bottl(e|es|ing) (it|things|everything|stuff) "
    r"(all )?up|groundhog day|black dog|(brave|happy|game) face|"
    # the body's idioms of a shock: "my heart sank", "my stomach dropped"
    r"(heart|stomach) (sank|sinks|dropped|drops|fell|leapt|leaped|in my throat|was in my throat)|"
    # a wound kept open: "I keep pressing on the bruise", "ripping off the band-aid", "salt in the wound"
    r"(press|push|pok)(e|es|ing|ed)? (on |at )?(the|a|that) bruise|pick(s|ing|ed)? at (the|a|that|my|an old) scab|"
    r"rip(s|ping|ped)? off the band-?aid|salt in (the|a|my|that|an old) wound|reopen(s|ing|ed)? (the|an old|old) wounds?|"
    # hands tied, the self gone to another state of matter: "I basically evaporated for two days"
    r"(my|our|his|her|their) hands (are|were|'re|was|have been|are kind of) tied|"
    r"i (\w+ly |just |kind of |sort of )?(evaporated|melted|dissolved|crumbled|imploded|disintegrated|unravell?ed|"
    r"deflated|short-circuited)(?=\s*(?:[,.;!?]|$)|\s+(?:for|into|in|on|at|when|after|like|right|completely|inside|"
    r"away|again|and|then|so|under)\b)|"
    # or about to go: "I felt like I was going to explode", "I'm gonna burst"
    r"i(?:'m| am| was|'d| would| could)? (?:just )?(?:going to|gonna|about to|might|could|would)? ?(?:just )?"
    r"(?:explode|implode|burst|shatter|evaporate|melt|disintegrate|unravel|combust)(?=\s*(?:[,.;!?]|$)|\s+(?:and|"
    r"if|or|from|with|any|right|inside|like)\b)|"
    # one's own life watched from outside it: "I am watching my life through the glass of a fish tank"
    r"watch(?:es|ed|ing)?\s+(?:myself|my\s+(?:own\s+)?life)\s+(?:through|behind|from\s+(?:the\s+)?(?:outside|above|"
    r"behind|a\s+distance|far\s+away)|on\s+a\s+screen)\b|"
    # life's volume or colour turned down: "the wine is the only thing that turns the volume down on the day"
    r"turn(?:s|ed|ing)?\s+(?:the\s+)?(?:volume|sound|colou?r|brightness)\s+(?:down|up)\s+on\b|"
    # kept waiting with nowhere to land: "I've been in a holding pattern for months"
    r"(?:in|stuck\s+in)\s+(?:a|this)\s+holding\s+pattern|"
    # the speaker bearing everyone's load: "I'm holding the whole house up with one arm", "holding everybody's coat"
    r"(?:hold|holds|holding|held|prop|props|propping|propped)\s+(?:the\s+whole|this\s+whole|the\s+entire)\s+"
    r"[\w'-]+\s+up\b|(?:hold|holding|held|carry|carrying|carried|mind|minding)\s+(?:everybody's|everyone's)\s+"
    r"(?:coats?|bags?|baggage|stuff|weight|load)\b|"
    # the day's strength counted out like coins: "every conversation costs me a coin", "I'm out of spoons by noon"
    r"cost(?:s|ing)?\s+me\s+(?:a|one|two|three|four|five|all\s+my|my\s+last)\s+(?:spoons?|coins?|tokens?)\b|"
    r"(?:i'm|i\s+am|i\s+was|i've\s+run|i\s+ran|running)\s+(?:all\s+)?out\s+of\s+spoons\b|"
    # a task met with a tool far too small: "bailing out the basement with a coffee cup"
    r"(bail|empty|drain|scoop)\w* (out )?([\w']+ ){0,3}?with (a|an|my|one) ([\w-]+ )?"
    r"(tea ?spoon|spoon|thimble|cup|bucket|toothbrush|straw|sieve|squirt gun|water pistol))\b",
    re.IGNORECASE,
)
_COPULAR = re.compile(
    r"\b(my|our|this|the|it's|life|home|work)\s*(\w+\s+){0,2}(is|'s|are|'re|feels?|became|has become)\s+"
    r"(just\s+|basically\s+|kind of\s+|literally\s+)?(a|an|one big|this)\s+\w+",
    re.IGNORECASE,
)
# "my memory is a sieve", "the bottle was my life raft": a thing described as another thing
_PRED = r"(?P<{}>[\w'-]+(?:\s+[\w'-]+){{0,2}})"
_COPULAR_METAPHOR = re.compile(
    r"\b(?:my|the|this|our|that|those|these|every|each)\s+(?:[\w'-]+\s+)?(?P<subj>[\w-]+)"
    r"(?:'s(?:\s+been)?|\s+(?:is|was|are|were|'s|'re|has been|became|feels like|felt like))\s+"
    r"(?:still\s+|just\s+|basically\s+|kind of\s+|literally\s+|like\s+)?(?P<det>a|an|my|on|this|the)\s+"
    + _PRED.format("pred")
    # an abstract noun with no determiner: "grief is a room I keep walking back into"
    + r"|\b(?P<subj2>grief|anxiety|depression|life|love|fear|panic|sadness|anger|loneliness|shame|guilt|worry|"
    r"recovery|sobriety|marriage|parenting|motherhood|fatherhood|school|work|home|everything|the future|the past)"
    r"(?:'s|\s+(?:is|was|feels like|felt like|has become|became))\s+(?:just\s+|basically\s+|kind of\s+|like\s+)?"
    r"(?:a|an)\s+" + _PRED.format("pred2")
    # a bare noun opening the sentence: "Deadline is my only engine", "Weed's a warm blanket"
    + r"|^(?P<subj3>[\w-]+)(?:'s|\s+(?:is|was|has been))\s+(?:just\s+|basically\s+)?(?:my|a|an)\s+"
    r"(?:only\s+|own\s+|whole\s+)?" + _PRED.format("pred3"),
    re.IGNORECASE,
)
# a body said to be "the" thing or "on" it is an image ("my liver is the tab coming due", "my brain's still on the
# pass"); any other subject with "the" points at a literal one ("the lithium is the same", "the anniversary is the
# third"), and with "on" says where or when it is ("the number's on the fridge", "my midterm is on the twelfth")
_BODY_SUBJECTS = frozenset("body brain mind head heart chest stomach gut liver lungs kidneys skin hands back spine knees "
                           "nerves legs feet throat".split())
# where a predicate's noun phrase ends: "a browser | with forty tabs", "a job interview | that never ends"
_NP_END = frozenset("that who which where when for of in on at with from to by i you we he she they it and but or "
                    "so because like than about all every".split())
# a size or degree word before the noun ("a little gravestone", "a big empty room"), not the noun itself
_BEFORE_NOUN = frozenset("little big small huge tiny giant whole real total complete constant old empty".split())
_QUANTITIES = frozenset("lot bit little few couple".split()) | frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
# a verdict on a literal thing: "a good idea", "a bad day", "a great guy"
_VERDICTS = frozenset("good bad great nice new real fine okay ok decent terrible awful horrible".split())
_RANKS = frozenset("same only one first last next main most least other usual worst best".split())
_NOUN_GOES_ON = frozenset("for of that who which where in on with".split())
# what a degree word can describe instead of a noun: "a little rough", "a bit much"
_DEGREE_COMPLEMENTS = frozenset("hard rough tough slow off much better worse easier harder tired weird sad "
                                "scared anxious nervous different".split())


def _dwelling(phrase: str) -> bool:
    words = [w for w in re.split(r"\s+", phrase.lower())]
    head = next((words[i - 1] for i, w in enumerate(words) if w in _NP_END and i), words[-1])
    return head.rstrip("s") in _DWELLINGS or head in _DWELLINGS


def _superlative(word: str) -> bool:
    """"hardest", "biggest", "scariest", "latest"; not "guest", "chest", "forest"."""
    from wordfreq import zipf_frequency

    if not word.endswith("est") or len(word) < 6:
        return False
    stems = {word[:-3], word[:-2], word[:-4] + "y"} | ({word[:-4]} if word[-4] == word[-5] else set())
    return any(len(st) >= 3 and st not in _NP_END and zipf_frequency(st, "en") >= 4.0 for st in stems)


def _literal_predicate(phrase: str, *, ranked: bool = True) -> bool:
    """Whether a copula's noun phrase names something literal ("a lot", "the first time", "a little rough")
    rather than an image ("a little gravestone for something he loved", "a job interview that never ends")."""
    words: list[str] = []
    after = ""
    for w in phrase.lower().split():
        if w in _NP_END:
            after = w
            break
        words.append(w)
    if not words or words[0] in RELATIONS:
        return True  # a relative is a person, not an image: "the wrong number is my mom"
    head = words[-1]
    if words[0] in _BEFORE_NOUN and len(words) > 1:
        # "a little" is a degree ("a little nuts") unless a noun it sizes goes on ("a little gravestone for ...")
        return (head in _LITERAL_PREDICATES or head in _DEGREE_COMPLEMENTS
                or (words[0] == "little" and after not in _NOUN_GOES_ON))
    # a quantity opens a literal phrase ("a couple of days", "a bit much"); any other noun is a compound's modifier
    # ("a job interview that never ends")
    if ranked and (words[0] in _RANKS or _superlative(words[0])):
        return True  # "the worst part", "the same as before", "the hardest thing": a rank, not an image
    return head in _LITERAL_PREDICATES or (words[0] in _QUANTITIES | _VERDICTS and len(words) > 1)


# subjects that point rather than name: "it's a lot", "that was my sister"
_PRONOUN_SUBJECTS = frozenset(
    "i you we it this that there here what which who he she they everything something nothing everyone someone one "
    "mine yours his hers theirs ours".split()
)
# a body part or a life domain that has, holds or is full of something: "my tummy has bees in it"
_BODY_HAS = re.compile(
    r"\bmy\s+(?:tummy|stomach|chest|head|brain|heart|throat|skin|body|mind|gut|legs|arms|hands|insides|"
    r"voice|thoughts|life|house|marriage|week)(?:\s+(?:has|had|is full of|was full of|feels full of|turns into|"
    r"turned into|feels like|felt like)\s+\w+"
    # "my brain's still got the old map"
    r"|(?:'s|\s+has)\s+(?:still\s+|always\s+)?got\s+\w+"
    # "my skin feels too tight": the body said to be the wrong size for what it holds
    r"|\s+(?:feels|felt)\s+too\s+(?:tight|small|big|full|heavy|loud|thin|crowded|tiny)\b)"
    # a limb, whichever one, turned into a thing: "my bow arm turns into a jandal on a washing line"
    r"|\bmy\s+(?:[\w-]+\s+)?(?:arm|arms|leg|legs|hand|hands|foot|feet|knees|fingers|face|jaw|shoulders|back|neck)"
    r"\s+(?:turns?|turned|turning)\s+(?:in)?to\s+(?:a|an)\s+\w+",
    re.IGNORECASE,
)
# "my body's thermostat has been taken over", "my heart's engine just stops": a body given a machine's part
_BODY_PART_OF = re.compile(
    r"\bmy\s+(?:body|brain|mind|head|heart|chest|stomach|gut|nervous system)'s\s+(?P<part>[a-z]+)\s+"
    r"(?:has|had|is|was|keeps|kept|got|gets|just|won't|can't|doesn't)\b",
    re.IGNORECASE,
)
_NOT_A_PART = frozenset("been gone just so really not still always never got going doing getting like all kind totally "
                        "completely fine okay ok better worse fried done shot toast tired off on up down".split())
# "I'm the glue that holds this family together", "we're two roommates passing notes under a door"
_SELF_METAPHOR = re.compile(
    r"\b(?:i(?:'m| am|(?P<past> was))\s+(?:just\s+|basically\s+|like\s+)?(?:the|a|an)|"
    r"we(?:'re| are|(?P<past2> were))\s+(?:just\s+|basically\s+|like\s+)?(?:the|a|an|two))\s+"
    # a compound is one image: "I'm a smoke detector that goes off"
    r"(?P<pred>[\w-]+(?:\s+(?!(?:that|who|in|of|on|with)\b)[\w-]+)?)\s+"
    # (the image still acting: "i'm a dead tree still standing")
    r"(?P<after>that|who|in|of|on|with|nobody|no one|everyone|everybody|someone|somebody|people|"
    r"(?:still\s+|just\s+|always\s+)?\w+ing|"
    # a relative clause without its "that": "I am a suitcase she have to carry"
    r"(?:she|he|they|you|we|everyone|everybody)\s+(?:has|have|had|must|needs?|got)\s+to)\b",
    re.IGNORECASE,
)
# what one was, told as a life story ("I was a kid in Ohio", "I was a cook in the army"), unless the image acts:
# "I was basically a firework going off in a shed"
_LIFE_STAGES = frozenset("kid child baby teen teenager boy girl student freshman sophomore junior senior adult "
                         "toddler member".split())


def _self_image(sm: re.Match[str]) -> bool:
    """Whether "I'm/I was a ..." casts the speaker as a thing rather than saying what they are or were."""
    pred = sm.group("pred").lower().split()
    if _literal_predicate(sm.group("pred")) or pred[-1] in {"one", "only", "person", "kind", "type"} | _SELF_NOUNS:
        return False
    if sm.group("past") or sm.group("past2"):
        return sm.group("after").lower().endswith("ing") and pred[-1] not in _LIFE_STAGES
    return True


# the speaker as what takes in other people's feelings: "I'm the sponge for the whole town's grief", "I'm the
# dumping ground for everyone's problems"
_FEELINGS_HELD = (r"grief|pain|feelings|emotions|stress|anger|rage|moods?|problems|troubles|worries|worry|sadness|"
                  r"frustrations?|drama|crap|shit|baggage|misery|hurt|fears?|anxiety|bad days")
_TAKES_IN_FEELINGS = re.compile(
    r"\bi(?:'m|\s+am|\s+was|'ve\s+become|\s+became)\s+(?:just\s+|basically\s+|always\s+|still\s+)?(?:the|a|an)\s+"
    r"(?:[\w-]+\s+)??(?P<noun>[\w-]+)\s+(?:for|of)\s+(?:(?:all\s+)?(?:the\s+)?(?:whole\s+)?[\w'-]+(?:'s|s')\s+|everyone's\s+|"
    rf"everybody's\s+|all\s+the\s+|all\s+their\s+|their\s+|his\s+|her\s+)(?:[\w-]+\s+)?(?:{_FEELINGS_HELD})\b",
    re.IGNORECASE,
)
# what is said of the speaker's place among those feelings, not an image of it: "I'm the reason for their stress"
_NOT_A_HOLDER = frozenset("reason cause source root one only target subject center centre focus object".split())
# animals a speaker casts themself as, whatever words come between: "I was a stubborn old mule"
_ANIMALS = frozenset(
    "mule donkey horse pony ox bull cow sheep lamb goat pig dog puppy cat kitten mouse rat hamster rabbit bunny deer "
    "fox wolf bear lion tiger elephant monkey sloth snail slug worm bird chicken hen duck goose owl hawk vulture "
    "parrot fish shark whale turtle tortoise crab lizard snake chameleon ant bee moth beetle cockroach spider bat "
    "squirrel mole ostrich".split()
)
# an animal word that is only the first half of a person's noun: "a dog person", "a cat lady", "a pig farmer"
_ANIMAL_COMPOUNDS = frozenset("person people lover owner walker sitter trainer groomer lady guy mom dad breeder "
                              "farmer keeper whisperer".split())
# the speaker as a thing with no more to it: "I'm so tired of being a pancreas", "I don't want to be a machine", "I am a
# weight for my family"; not a role, a judgement or a number ("to be a nurse", "being a joke", "to be a nine")
_SELF_THING = re.compile(
    r"\b(?:(?:of|to|stop|keep|just|not)\s+be(?:ing)?\s+(?:just\s+|basically\s+)?(?:a|an)\s+(?P<noun>[a-z-]+)"
    r"(?=\s*(?:[.;!?]|$))"
    r"|i(?:'m|\s+am)\s+(?:just\s+|basically\s+)?(?:a|an)\s+(?P<noun2>[a-z-]+)"
    r"(?=\s+(?:for|on)\s+(?:my|our|them|him|her|everyone|everybody|the)\b)"
    # no more than a thing: "I'm just a screensaver, you know, on but not doing anything"
    r"|i(?:'m|\s+am)\s+(?:just|only|nothing\s+but)\s+(?:a|an)\s+(?P<noun4>[a-z-]+)(?=\s*(?:[,.;!?]|$))"
    # and what the thing is said to have had done to it: "I'm a chapter they've finished", "I am still the guest who
    # overstayed at the braai"
    r"|i(?:'m|\s+am)\s+(?:just\s+|still\s+|only\s+|basically\s+|now\s+)?(?:a|an|the)\s+(?P<noun3>[a-z-]+)"
    r"(?=\s+(?:that|who|which|they'?ve|they\s+have|they'?re|nobody|no\s+one|everyone|everybody)\s+(?!is\b|are\b|am\b)\w+)"
    # the thing left when something is over: "Now I'm a disco ball after the party", "I'm a balloon after the fair"
    r"|i(?:'m|\s+am)\s+(?:just\s+|now\s+|like\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?(?P<noun5>[a-z-]+)"
    r"(?=\s+(?:after|at\s+the\s+end\s+of|left\s+after)\s+(?:the|a|my)\s+(?:party|wedding|fair|show|concert|game|match|"
    r"parade|festival|feast|dance|holidays?|season|carnival|circus|storm|fire|flood|battle|war|race)\b)"
    # the speaker as an animal, whatever follows: "I was a stubborn old mule", "I'm a bear that didn't get the memo"
    r"|i(?:'m|\s+am|\s+was)\s+(?:just\s+|basically\s+|such\s+)?(?:a|an)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?P<animal>{'|'.join(sorted(_ANIMALS))})s?\b(?!\s+(?:{'|'.join(sorted(_ANIMAL_COMPOUNDS))})\b))",
    re.IGNORECASE,
)
# people and how one judges oneself: the nouns after "being a" that are no image
_SELF_NOUNS = frozenset(
    "kid mom mum dad man woman person friend wife husband partner mother father son daughter sister brother parent "
    "adult child baby girl boy guy lady nurse cook chef vet boss patient student teen widow alcoholic addict junkie "
    "hypocrite monster coward liar fake smoker drinker fan christian believer member grown single twin vegan cop "
    "nun priest pilot medic marine clerk nanny maid tech temp intern aide "
    "mess wreck failure burden loser fraud idiot zombie joke flake genius legend delight menace risk screw-up "
    "disgrace embarrassment disappointment nightmare saint natural pro expert jerk brat snob pain hazard liability "
    "catch problem bother nuisance".split()
)
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ess", "ive", "ic", "al", "ful", "ous", "ible",
                   "able", "ing", "ed", "y", "ly")


def _personal_noun(noun: str) -> bool:
    """Whether a noun after "being a" names a person, a judgement or a number rather than a thing."""
    noun = noun.lower()
    return (noun in _SELF_NOUNS or noun.endswith(_PERSON_ENDINGS) or noun in _LITERAL_PREDICATES
            or noun in NUMBER_WORDS or noun in SCALE_WORDS)


# things whose names end like a person's (_PERSON_ENDINGS): "I'm a chapter they've finished", "a letter nobody opens"
_THINGS_IN_ER = frozenset("chapter letter paper number corner folder poster sticker trailer container ladder anchor mirror "
                          "shelter cluster computer printer river thunder winter summer door floor counter filter hammer "
                          "ledger locker marker meter motor radiator rubber scooter sweater tractor tower trigger voucher "
                          "wrapper zipper screensaver pager speaker charger blender boiler freezer heater timer burner "
                          "cracker plaster bumper trolley".split())
# what one is among others, not an image: "I'm the type that...", "I'm the last that..."
_NOT_A_THING = frozenset("type kind sort only last first same reason cause youngest oldest eldest middle".split())


def _self_thing(sentence: str) -> re.Match[str] | None:
    for m in _SELF_THING.finditer(sentence):
        if m.group("animal"):
            return m
        noun = m.group("noun") or m.group("noun2") or m.group("noun3") or m.group("noun4") or m.group("noun5")
        thing = noun.lower() in _THINGS_IN_ER and (m.group("noun3") or m.group("noun4")) is not None
        if thing or not (_personal_noun(noun) or noun.lower() in _NOT_A_THING):
            return m
    return None


# the mind said to be made of a stuff, with no article: "my head's just static", "my brain is mush by noon"
_MIND_STUFF = re.compile(
    r"\bmy\s+(?:head|brain|mind|thoughts)(?:'s|'re|\s+(?:is|was|are|were|feels|felt|turns? to|turned to))\s+"
    r"(?:just\s+|all\s+|pure\s+|nothing but\s+|total\s+|complete\s+|full of\s+|like\s+|kind of\s+|basically\s+)*"
    r"(?:static|mush|soup|porridge|oatmeal|cotton(?: wool)?|wool|jelly|jello|sludge|mud|molasses|treacle|white noise|"
    r"scrambled eggs|spaghetti|concrete|cement|wet sand|snow|smoke|fuzz|glue|pudding|mashed potatoes|tar|goo|slush|"
    r"noise|a blur|cobwebs|clouds?|fog|mist|haze)\b",
    re.IGNORECASE,
)
# a body part or the mind doing what a person does: "my brain is doing laps at the pool", "my hands they are
# sleeping"; a symptom said plainly ("my heart is racing", "my head is spinning") is not a figure
_BODY_ACTING = re.compile(
    r"\bmy\s+(?:brain|mind|head|heart|hands|body|thoughts|voice|stomach|chest|legs|feet|gut)\s+(?:(?:they|it)\s+)?"
    r"(?:is|are|was|were|'s|'re|keeps|kept)\s+(?P<verb>\w+ing)\b",
    re.IGNORECASE,
)
_SYMPTOM_VERBS = frozenset(
    "racing pounding beating hurting aching shaking killing going getting feeling working sweating tingling "
    "throbbing trembling cramping itching bleeding healing spinning wandering swimming".split()
)
# how a body part is doing, or "doing the thing" said of a symptom the session already named
_HOW_ONE_IS_DOING = re.compile(r"\s*(okay|ok|fine|better|worse|well|good|bad|alright|all right|great|"
                               r"(the|that|this|its|their) (thing|stuff)|it again)\b", re.IGNORECASE)
_LITERAL_SUBJECTS = RELATIONS | frozenset(
    "doctor psychiatrist name job appointment plan problem thing issue point question goal idea "
    "reason deal worst best hardest part first last one other family".split()
)
_LITERAL_PREDICATES = frozenset(
    "lot bit little few couple week day month year time thing problem job nurse teacher student doctor "
    "monday tuesday wednesday thursday friday saturday sunday call meds medication vacation leave break "
    "way good bad new big small real while mess nightmare disaster deal".split()
) | frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
_NUMBERS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# what "like it's a ..." or "like they're a ..." may name without making an image: "like it's a big deal", "a done deal"
_NOT_AN_IMAGE_AFTER_A = (r"(?!(?:big|huge|bad|good|great|real|massive|whole|small|little|bit|lot|few|couple|problem|crime|joke|chore|"
                         r"favou?r|competition|test|game|secret|sin|done|thing|given|hack)\b)")
_NOT_SIMILE_AFTER = re.compile(
    # (not "like it's a box of old fuses", "like they're a ...": a pronoun made a thing is the image)
    r"^\s*(,|\d|that\b|this\b|it\b(?!(?:'s|\s+is|\s+was)\s+(?:a|an)\s+" + _NOT_AN_IMAGE_AFTER_A + r")|i said|when\b|if\b|how\b|what\b|maybe\b|about\b|sometimes\b|"
    r"(last|next|this) (year|week|month|night|time)\b|yesterday\b|today\b|tonight\b|every (day|night|time)\b|"
    rf"(at|in|on|for|to|twice|once)\b|(an? )?(hour|minute|second|day|week|month|year|hundred)s?\b|"
    # a number of things doing something is an image ("Like two plates grinding under my ribs"); a number alone is a
    # filler before an amount ("like two hours", "like three")
    rf"(an? )?({_NUMBERS})s?\b(?!\s+(?!(?:hours|minutes|days|weeks|months|years|times|people|kids|drinks|beers)\b)"
    r"[a-z]{3,}s\s+[a-z]{3,}ing\b)|"
    r"(a hundred|a (few|couple|minute|second|week|month|year|day|half|lot|little|bit))\b|hours\b|minutes\b|"
    # a share or a clock time: "like half of me", "awake at like half four"
    r"(half|quarter|midnight|noon|dawn|lunchtime|dinnertime|bedtime)\b|"
    r"(first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|junior|senior|freshman|sophomore)\b|"
    r"i'm (not|being|a failure)|i (should|need|have|can't|don't|was being)|"
    r"(?:you|he|she|they|we)\b(?!(?:'re|'s|\s+are|\s+is|\s+were|\s+was)\s+(?:a|an)\s+" + _NOT_AN_IMAGE_AFTER_A + r")|"
    # a filler before what the speaker could, would or did not do: "like i wouldn't hurt myself", "like i could
    # actually do it", "like i couldnae find the words"
    r"i(?:'d)? (?:would|wouldn't|wouldnae|could|couldn't|couldnae|cannot|cannae|will|won't|might|must|didn't|"
    r"wasn't|had no|'d no|no)\b|"
    # a filler before an adverb ("like really dizzy", "like right now") or a manner ("like I always do")
    r"(really|literally|actually|totally|fully|officially|lowkey|honestly|basically|just|not|super|very|almost|"
    r"right now|after|before|since|the (only|opposite|same)|nothing like)\b|"
    # a filler before a manner adverb ("like constantly", "like always"), not a thing ("like jelly", "like family")
    r"(always|usual|normal|ever|forever|(?!(?:jelly|belly|family|lily|bully|ally|rally|gully|folly|holy|ugly|silly|"
    r"jolly|wobbly|butterfly|dragonfly)\b)[a-z]{3,}ly)\b|"
    r"i (always |usually |normally )?(do|did)\b|i used to\b)",
    re.IGNORECASE,
)
# stock similes that say how bad, tired or sedated, not what it is like ("sleep like a rock", "like a zombie")
_STOCK_SIMILE = re.compile(
    r"^\s*(an? )?(rock|log|baby|zombie|failure|burden|idiot|loser|fraud|person|garbage|crap|shit|heck|hell|"
    # eating or working "like a horse", "like a pig", "like a bird", said and done: how much, not what it is like ("my
    # heart is like a horse running", "like a bird in a box" go on into an image)
    r"(?:horse|pig|bird)(?=\s*(?:[.,;:!?]|$|(?:and|but|so|now|these days|though|all day)\b)))\b",
    re.IGNORECASE,
)


# the speaker judged as a kind of person, and nothing more: "i feel like a bad wife", "i felt like such a failure
# when", not "like a man waiting for a bus that has already gone"
_JUDGED_AS = re.compile(r"\s*(?:such\s+)?(?:a|an)\s+(?:(?:bad|good|terrible|horrible|awful|useless|lousy|total|"
                        r"complete|proper|real|crap|shit|shitty|rubbish|failed)\s+)*(?P<noun>[\w-]+)"
                        r"\s*(?:[,.;!?]|$|\s+(?:when|because|and|but|so|for|to|about|if|again|sometimes|all|honestly|"
                        r"anymore|now|though)\b)", re.IGNORECASE)


def _judged_as_person(right: str) -> bool:
    m = _JUDGED_AS.match(right)
    return m is not None and m.group("noun").lower() in _SELF_NOUNS


# what marks "we say" as the client's own language's figure: "In my country we don't say this word. We say ..."
_OWN_TONGUE = re.compile(r"\b(?:(?:my|our)\s+(?:language|country|village|culture|tongue|people)|back\s+home|(?:this|the|that)\s+word|"
                         r"we\s+(?:don'?t|do\s+not)\s+(?:have|say|use))\b", re.IGNORECASE)
# a stuff a head, a body or a feeling is said to be like ("my head in the morning, like cotton"), not a shirt "like cotton"
_FELT_THING = re.compile(r"\b(?:head|brain|mind|legs|arms|body|chest|mouth|throat|thoughts|feel|felt|feels|feeling|everything|"
                         r"shoulders|neck|back|hands|feet|stomach|heart|jaw)\b",
                         re.IGNORECASE)
_STUFF_VEHICLE = re.compile(r"cotton|wool|treacle|glue|mud|jelly|concrete|cement|sludge|porridge|fog|soup|lead|static|"
                            r"sandpaper|molasses|syrup|mush|custard|putty|tar|stone|wood|iron|steel|brick|ice|glass",
                            re.IGNORECASE)
# a plural thing, not a pronoun or an adverb ("like us", "like always", "like pills" is a thing too)
_PLURAL_VEHICLE = re.compile(r"(?!(?:us|always|sometimes|nowadays|ours|yours|theirs|his|hers|its|this|was|is|does|"
                             r"has|says|goes|guys|yes|less|unless|this|thus|plus|perhaps|anyways|besides|"
                             # a measure: "cuts me off like inches", "like hours"
                             r"inches|feet|miles|meters|yards|seconds|minutes|hours|days|weeks|months|years|"
                             r"pounds|dollars|bucks|grams|times|points|percent|lots|tons|ages|ones|mins|hrs)\b)"
                             # four letters are enough for a thing: "like ants", "like bees"
                             r"[a-z]{2,}[^s's]s", re.IGNORECASE)


# "I live in a cemetery with two cats", "we're living in a fishbowl": a home that is not a dwelling
_LIVING_IN = re.compile(
    r"\b(?:i|we)(?:'m|'re|'ve\s+been|\s+am|\s+are|\s+have\s+been)?\s+(?:live|lived|living)\s+"
    r"(?:(?:my|our)\s+(?:life|lives|days)\s+)?in\s+"
    r"(?:(?:a|an|this|my|our|some)\s+(?P<place>[\w'-]+(?:\s+[\w'-]+){0,2})"
    # "the" names a literal place ("living in the basement") unless it is one where people only wait or pass through:
    # "I'm living in the waiting room and nobody calls my name", "living my life in the departure lounge"
    r"|the\s+(?P<waiting>waiting\s+room|departure\s+lounge|lobby|hallway|corridor|airport|limbo|in-between))\b",
    re.IGNORECASE,
)
# someone cast as a stranger to the place that is theirs: "a ghost in my own house", "the waiting room of my own
# life", "a burglar in my own home", "I have become furniture in my own house"; a role or a spot that the owner's own
# place should not hold them in
_IN_ONES_OWN = re.compile(
    r"\b(?:(?:a|an|the|become|became|becoming)\s+(?:[\w'-]+\s+){1,3}?"
    # a thing with no article: "I'm furniture at my own dinner table"; not how one is there ("I'm alone in my own house")
    r"|i(?:'m|\s+am)\s+(?:just\s+|basically\s+)?(?!(?:alone|safe|happy|fine|okay|ok|comfortable|uncomfortable|calm|"
    r"free|better|worse|home|not|so|too|more|still|always|never|at|in|on|the|a|an|my|all)\b)[\w'-]+\s+)"
    r"(?:in|of|at|inside)\s+(?:my|your|his|her|our|their)\s+own\s+"
    r"(?!(?:time|way|words|terms|pace|fault|free|two|accord|making|right|again|now|too|anymore|either|then|here|"
    r"there|today|and|but|or|so|because|for|with)\b)[\w'-]+",
    re.IGNORECASE,
)
# a feeling that handles the speaker like a body would: "this worrying going to carry me to an early grave", "the
# grief swallows me whole", "the panic grabs me by the throat"
_FEELING_ACTS = re.compile(
    r"\b(?:(?:the|this|that|my|all\s+this|all\s+the)\s+)?(?:worry|worrying|anxiety|grief|stress|depression|fear|panic|"
    r"guilt|shame|sadness|loneliness|anger|rage|dread|craving|cravings|urges?|memories|thoughts)"
    r"(?:'s|\s+(?:is|was|are|were|going\s+to|gonna|will|would|keeps?|kept|just|always|still|wants?\s+to))*\s+"
    r"(?:carr|drag|pull|push|eat|ate|swallow|crush|bur|chas|grab|chok|strangl|drown|sink|sank|chew|knock|kick|punch|"
    r"squeez|smother|bulldoz|flatten|devour|gnaw|claw|stab|pin|trampl)\w*\s+(?:me|us|my)\b",
    re.IGNORECASE,
)
# a scene anyone could be in, told to say what it is like: "like when you're in the last lap and someone says you're
# fourth", "you know when you live by the main road and after a while you stop hearing the buses"; not the clinician's
# own words recalled ("like when you said ...")
_GENERIC_SCENE = re.compile(
    r"(?:\byou know\s+|\blike\s+)when\s+you(?:'re\b|\s+(?!(?:said|told|asked|mentioned|were|did|had|"
    r"came|gave|went|showed|brought|called|wanted|meant|say|know|mean|think|talk|ask)\b)[a-z]+(?<!ed)\b)",
    re.IGNORECASE,
)
# a quality so great it does what it cannot, or what anyone there could: "the house is so quiet it rings", "so quiet
# you'd hear a pin drop", "so thick you could cut it"
_HYPERBOLE = re.compile(
    r"\b(?:is|was|'s|are|were|'re|feels?|felt|gets?|got|looked|looks|sounded|sounds)\s+so\s+(?P<adj>[a-z]+)\s+"
    r"(?:that\s+)?(?:it\s+(?!(?:is|was|were|would|wasn't|isn't|felt|feels|made|makes|took|takes|hurt|hurts|kept|keeps|"
    r"got|gets|had|has|did|does|didn't|doesn't)\b)[a-z]+(?<!ed)\b|you(?:'d|\s+could|\s+can|\s+would|\s+couldn't|"
    r"\s+can't)\s+(?!(?:tell|say|guess|imagine|argue|see|probably|just|not|still|really)\b)[a-z]+)",
    re.IGNORECASE,
)
_DWELLINGS = frozenset(
    "house home apartment flat condo trailer town city village building complex neighborhood neighbourhood dorm "
    "shelter basement studio suburb area place room unit duplex townhouse cabin farm motel hotel van car tent camper "
    "rv hostel bedroom state country county street cul-de-sac community facility".split()
)
# the client saying what an image of something else is about: "... that's the plant eating itself to stay alive
# and uh that's kinda how i feel", "a dog chasing its tail, that's me"
_ANALOGY_MARKER = re.compile(
    r"\b(?:and\s+)?(?:uh\s+|um\s+)?that's\s+(?:kinda\s+|kind of\s+|sort of\s+|exactly\s+|pretty much\s+|basically\s+|"
    r"just\s+|totally\s+)?(?:how i feel|how it feels|what it feels like|what it's like|what i feel like|"
    r"me(?=\s*(?:[,.;!?]|$|right now|these days|honestly|lately|nowadays|now\b|when|whenever|"
    # when the image is the speaker: "... the dog'd bolt under the house, that's me at two in the morning"
    r"at\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d|night|midnight|work|bedtime)|"
    r"in\s+the\s+(?:morning|evening|night|middle of the night)|(?:every|most|some)\s+(?:night|day|morning|time)s?\b)))",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|myself|we|we're|us|our)\b", re.IGNORECASE)
_ANALOGY_IMAGE_WORDS = 12


def _analogy(sentence: str) -> str | None:
    """An image of something else, then the client saying it is how they feel: the image and the saying."""
    marker = _ANALOGY_MARKER.search(sentence)
    if not marker:
        return None
    left = sentence[:marker.start()]
    start = max(left.rfind(". "), left.rfind("? "), left.rfind("! "), left.rfind("; "))
    start = start + 2 if start >= 0 else 0
    tokens = [m for m in re.finditer(r"\S+", left) if m.start() >= start]
    if len(tokens) > _ANALOGY_IMAGE_WORDS:
        tokens = tokens[-_ANALOGY_IMAGE_WORDS:]
        # open at the image's own subject where there is one: "that's the plant eating itself"
        opener = next((i for i, t in enumerate(tokens) if t.group(0).lower() in ("that's", "it's", "like", "this")), 0)
        tokens = tokens[opener:]
    image = left[tokens[0].start():].strip(" ,") if tokens else ""
    if len(image.split()) < 4 or _FIRST_PERSON.search(image):
        return None
    quote = sentence[tokens[0].start():marker.end()]
    return _LEADING_MARKERS.sub("", quote).strip(" ,")


# "my mouth is dry as the infield in August", "I felt light as a feather": a quality measured by a thing
_AS_SIMILE = re.compile(
    r"\b(?:is|was|'s|are|were|'re|feel|feels|felt|get|gets|got|looks?|looked|sounds?|sounded|be|"
    # or has become so: "the house has gone as quiet as a church on a Monday"
    r"gone|goes|went|turned|turns|grown|grew)\s+"
    r"(?:so\s+|as\s+|just\s+)?(?P<adj>[a-z]+)\s+as\s+(?:a|an|the|my)\s+(?P<vehicle>[\w'-]+)",
    re.IGNORECASE,
)
# degree and manner words before "as" that compare amounts, not qualities ("as good as the last one")
_NOT_AS_QUALITY = frozenset("much many well long soon far same such just good bad little few more less old young big "
                            "important often fast quickly easily known seen used treated described born".split())
_NOT_AS_VEHICLE = frozenset("last first other rest same one time next previous old usual "
                            # stock: how sick or tired, not what it is like ("sick as a dog", "dry as a bone")
                            "dog dogs mouse bee bone rock ox fiddle hatter bat hell heck".split())


# Unpunctuated ASR text runs a whole turn into one "clause": these words are where speech breaks.
_SPOKEN_BREAKS = frozenset("and but so because cause um uh anyway then or".split())
_TWO_WORD_BREAKS = ("you know", "i mean")
_RUN_ON_WORDS, _LEFT_WORDS, _RIGHT_WORDS = 18, 8, 12
# "and"/"or" before an article or a preposition joins two phrases of one clause, not two clauses
_JOINS_PHRASES = frozenset(("and", "or"))
_JOINED_WORDS = 6
# a sentence's last "and" clause up to this many words is the image's second half ("and the walls them a shake")
_TAIL_WORDS = 10
_PHRASE_OPENERS = frozenset("a an no on in off at with without into under over".split())
_IMAGE_WORDS = 4
# who or what a run-on image is about, said just before it: "it's like", "i feel like a", "my memory is a"
_SIMILE_FRAME = re.compile(
    r"\b(?:it|that|this|everything|my\s+\w+|i|we)(?:'s|'re|'m|\s+(?:is|was|are|were|feels?|felt|seems?|seemed))"
    r"(?:\s+(?:just|kind of|kinda|sort of|basically|literally|almost))?(?:\s+like)?(?:\s+(?:a|an|the))?\s+$",
    re.IGNORECASE,
)
# discourse markers that open a quote without being part of the image; said in a row ("yeah like so")
_LEADING_MARKERS = re.compile(r"^(?:(?:and|but|so|(?:because|'cause|cause|cos|coz)(?!,?\s+of\b)|like|um|uh|honestly|i mean|you know|just|yeah|well|okay|oh),?\s+)+",
                              re.IGNORECASE)


# what "you know" opens when it names the image again rather than a new clause: "... you know the small sound"
_VEHICLE_AGAIN = frozenset("the that those a an".split())


def _describes_vehicle(words: list[str], at: int) -> bool:
    """Whether ``words`` hold, at ``at``, a "you know" that goes on to describe the image just named."""
    return words[at:at + 2] == ["you", "know"] and len(words) > at + 2 and words[at + 2] in _VEHICLE_AGAIN


def _narrow_run_on(sentence: str, start: int, pos: int, end: int) -> tuple[int, int]:
    """A clause longer than a figure of speech is cut to the words around the image, at spoken breaks."""
    # a word that runs into the clause's stop ("key.") is the clause's last word
    tokens = [m for m in re.finditer(r"\S+", sentence) if start <= m.start() < end]
    if len(tokens) <= _RUN_ON_WORDS:
        return start, end
    k = next((i for i, t in enumerate(tokens) if t.start() >= pos), len(tokens) - 1)

    words = [t.group(0).lower().strip(",") for t in tokens]

    def is_break(i: int, *, rightward: bool = False) -> bool:
        word = words[i]
        after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        if rightward and _describes_vehicle(words, max(0, i - (word == "know"))):
            return False  # "like a kettle boiling you know the small sound before the whistle"
        if word in _JOINS_PHRASES and after in _PHRASE_OPENERS and not tokens[i].group(0).endswith(","):
            return False  # "a cage with a view and a couch with no tv", "parked and on fire": one image's two halves
        if rightward and word == "and" and _new_thing_goes_on(sentence, tokens[i].start()):
            return False  # "standing on a platform and the train's already pulling out": the scene goes on
        if word == "and" and 0 < i and after and words[i - 1] == after.strip(","):
            return False  # "circling and circling", "sweep and sweep": one word said again, not a new clause
        before = tokens[i - 1].group(0).lower() if i else ""
        return word in _SPOKEN_BREAKS or f"{word} {after}" in _TWO_WORD_BREAKS or f"{before} {word}" in _TWO_WORD_BREAKS

    first = k
    while first > 0 and k - first < _LEFT_WORDS and not is_break(first - 1):
        first -= 1
    # the simile's own frame opens it: "today a seven maybe a seven it's like a dog gnawing ..."
    frame = _SIMILE_FRAME.search(sentence[tokens[first].start():tokens[k].start()])
    if frame:
        first = next(i for i, t in enumerate(tokens) if t.start() >= tokens[first].start() + frame.start())
    last, reach = k, _RIGHT_WORDS
    while last + 1 < len(tokens) and last - k < reach and not (last - k >= 3 and is_break(last + 1, rightward=True)):
        last += 1
        if tokens[last].group(0).lower() in _JOINS_PHRASES and reach == _RIGHT_WORDS:
            reach += _JOINED_WORDS  # the second half of the image gets its own words
    # the sentence's last clause, joined by "and", is the image's second half: "the world kept the music going and
    # i'm standing still"
    if (last + 1 < len(tokens) and tokens[last + 1].group(0).lower() == "and"
            and len(tokens) - last - 2 <= _TAIL_WORDS):
        last = len(tokens) - 1
    return tokens[first].start(), min(tokens[last].end(), end)


# a clause after the image that works it further: "like a laptop that won't shut down, you close the lid and the fan
# is still going", "walking on a frozen pond ..., and maybe the ice is thicker than I thought"
_IMAGE_GOES_ON = re.compile(
    r"(?:and\s+|but\s+)?(?:maybe\s+|then\s+|now\s+|still\s+)?"
    r"(?:you\s+(?!know\b|see\b|mean\b)\w+|the\s+(?P<noun>[a-z]+)(?:\s+[a-z]+)?\s+(?:is|was|'s|are|were|keeps|kept|starts|"
    r"started|never|still|just|gets|got|won't|can't|doesn't|didn't|has|had)\b)",
    re.IGNORECASE,
)
_GOES_ON_WORDS = 12


# a scene still going on: "and the train's already pulling out", not "and the doctor has me on ..."
_SCENE_IN_PROGRESS = re.compile(r"(?:and\s+)?the\s+(?P<noun>[a-z]+)(?:\s+(?P<noun2>[a-z]+))??(?:'s|'re|\s+is|\s+are)\s+"
                                r"(?:already\s+|still\s+|just\s+|slowly\s+)?[a-z]+ing\b", re.IGNORECASE)


def _new_thing_goes_on(sentence: str, start: int) -> bool:
    """Whether the clause at ``start`` goes on with the scene, about a thing not named before it."""
    m = _SCENE_IN_PROGRESS.match(sentence, start)
    thing = m and (m.group("noun2") or m.group("noun"))
    return bool(thing and thing.lower() not in _NOT_VEHICLE
                and not re.search(rf"\b{thing}\b", sentence[:start], re.IGNORECASE))


def _image_goes_on(sentence: str, start: int, end: int) -> int | None:
    """Where the clause at ``start`` ends, when it works the image further about a thing not yet named."""
    m = _IMAGE_GOES_ON.match(sentence, start)
    if m is None or (m.group("noun") and re.search(rf"\b{m.group('noun')}\b", sentence[:start], re.IGNORECASE)):
        return None
    stop = re.search(r"[,;.?!]|\s-\s|—", sentence[start:end])
    clause_end = start + stop.start() if stop else end
    if len(sentence[start:clause_end].split()) > _GOES_ON_WORDS:
        return None
    return clause_end


def _clause_around(sentence: str, pos: int, *, subject_at_pos: bool = False, left_words: int | None = None) -> str:
    """The clause of ``sentence`` holding ``pos``, without a leading discourse marker.

    With ``subject_at_pos`` the figure's own subject ("my brain's a browser") opens the quote: what a
    run-on turn said before it is not part of the image; ``left_words`` keeps at most that many words before it.
    """
    left = sentence[:pos]
    cut = max(left.rfind(", "), left.rfind("; "), left.rfind(" - "), left.rfind("—"))
    start = cut + 2 if cut >= 0 else 0
    if subject_at_pos:
        start = pos
    # keep a short subject ("it's like", "my brain is") with the image
    elif pos - start < 3 and cut >= 0:
        prev_cut = max(left[:cut].rfind(", "), left[:cut].rfind("; "))
        start = prev_cut + 2 if prev_cut >= 0 else 0
    right = sentence[pos:]
    end_m = re.search(r"(,\s*(you know|i guess|i mean|right|honestly)\b|[.?!;]|\s-\s|—)", right)
    end = pos + (end_m.start() if end_m else len(right))
    # a comma once the image has its words ends it: "my brain is doing laps at the pool, back and forth"
    comma = re.search(r",\s", sentence[pos:end])
    if comma and len(sentence[pos:pos + comma.start()].split()) >= _IMAGE_WORDS:
        goes_on = _image_goes_on(sentence, pos + comma.end(), end)
        end = pos + comma.start()
    else:
        goes_on = None
    image_end = end
    start, end = _narrow_run_on(sentence, start, pos, end)
    if goes_on is not None and end == image_end:
        end = goes_on
    if left_words is not None:
        before = [m.start() for m in re.finditer(r"\S+", sentence[start:pos])]
        if len(before) > left_words:
            start += before[-left_words]
    out = sentence[start:end].strip(" ,")
    trimmed = _LEADING_MARKERS.sub("", out)
    # a sentence that is only a simile keeps its "like": "Like a shaken-up can of soda."
    if start == 0 and re.match(r"like\s+an?\s", out, re.IGNORECASE) and len(trimmed.split()) >= _IMAGE_WORDS - 1:
        return out
    # a short simile keeps its "like": "Like everything's gray" is the image, "everything's gray" a report
    if len(trimmed.split()) < 3:
        like = re.search(r"\blike\s+(?!an?\s)", out, re.IGNORECASE)
        if like and _LEADING_MARKERS.fullmatch(out[:like.end()]):
            return out[like.start():]
    return trimmed


# "feel like I'm walking through wet cement", "like we're grieving in different rooms": the speaker
# acting out an image, not reporting a state ("feel like I'm failing")
_ACTING_OUT = re.compile(
    # a thing said to be somewhere it is not: "like it's in the mirror instead of the windshield"
    r"\s+(?:it's|it is|it was)\s+(?:still\s+|just\s+)?(?:in|on|under|across|behind|inside|through|at the bottom of)"
    r"\s+(?:a|an|the)\s+(?!(?:past|news|list|way|table|calendar|schedule|phone|radio|tv|internet|record|plan)\b)\w+"
    # (two people at once: "like we're both holding the same rope from opposite ends")
    r"|\s+(?:i'm|i am|we're|we are|i was|we were)\s+(?:both\s+|all\s+)?"
    r"(?:always\s+|just\s+|constantly\s+|still\s+|kind of\s+|sort of\s+)?"
    r"(?:walking|wading|carrying|running|watching|grieving|drowning|swimming|holding|juggling|climbing|pushing|dragging|"
    r"trapped|living|standing|screaming|shouting|falling|sinking|treading|chasing|waiting|stuck|floating|spinning|"
    r"balancing|crawling|hiding|burning|frozen|underwater|on a|in a|inside a|behind a|at the bottom)\b"
    # someone else acting on a thing that is not there: "like she's trying to catch a snapper", "like he was
    # defusing a bomb"
    r"|\s+(?:he|she|they|someone|somebody)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:\w+ing|trying\s+to\s+\w+)"
    r"\s+(?:a|an)\s+\w+"
    # a day doing what a person does with a thing: "like every day is wearing a school uniform two sizes wrong"
    r"|\s+(?:every|each)\s+(?:day|morning|night|week)\s+(?:is|was|feels)\s+(?:\w+ing)\s+(?:a|an)\s+\w+",
    re.IGNORECASE,
)


# "like it's the headset never comes off", "like it was a movie": as if the thing were another thing
_AS_IF_THING = re.compile(r"\s+it(?:'s|\s+is|\s+was)\s+(?:still\s+|just\s+)?(?P<det>a|an|the)\s+"
                          r"(?P<np>[\w'-]+(?:\s+[\w'-]+){0,2})", re.IGNORECASE)


def _as_if_thing(right: str) -> bool:
    """What follows "like" says the situation is a thing it is not (not "like it's a big deal", "the same")."""
    m = _AS_IF_THING.match(right)
    return m is not None and not _literal_predicate(m.group("np"), ranked=m.group("det").lower() == "the")


# an answer that opens with "like" gives an example ("like the gas station", "like around the block", "like
# getting home and lying in the dark"); one that goes on with a clause compares ("like I'm a vending machine")
_TURN_OPENING = re.compile(r"^\s*(?:(?:um|uh|so|yeah|well|i mean|honestly|just),?\s+)*$", re.IGNORECASE)
_CLAUSE_OR_THING = re.compile(
    r"\s*(?:an?\s|i\b|i'm|i've|i'd|we\b|we're|we've|you\b|you're|he\b|she\b|they\b|it\b|it's|there's|there\s+is|"
    r"everything|everyone|everybody|nobody|no one|nothing|someone|somebody|"
    r"(?:the|my|our|this|that|his|her|their)\s+[\w'-]+(?:'s|\s+(?:is|was|are|were|feels?|felt|keeps?|kept|has|had|"
    r"gets?|got|goes|went|won't|can't|just|never|always|still))\b|"
    # things at work: "Like two plates grinding under my ribs"
    rf"(?:{_NUMBERS})\s+[a-z]{{3,}}s\s+[a-z]{{3,}}ing\b)",
    re.IGNORECASE,
)


# the next comparison in a run-on unit starts an image of its own: "at eleven like always it's like my brain only has
# two speeds parked and on fire" does not make "like always" figurative
_NEXT_COMPARISON = re.compile(r"\b(?:like|as if|as though)\b", re.IGNORECASE)


# an animal is an image whatever verb came before it: "i eat like a bear before winter" (not "a dog walker")
_AN_ANIMAL = re.compile(r"\s*(?:an?|the)\s+(?:\w+\s+)??(?P<noun>[a-z]+)\b(?!\s+(?:" + "|".join(sorted(_ANIMAL_COMPOUNDS)) + r")\b)",
                        re.IGNORECASE)


def _names_an_image(right: str) -> bool:
    """Whether the words after a "like", up to the next comparison, act out an image or hold a figure."""
    own = right[:m.start()] if (m := _NEXT_COMPARISON.search(right)) else right
    animal = _AN_ANIMAL.match(right)
    return bool(_FIGURATIVE.search(own) or _ACTING_OUT.match(right)
                or animal and animal.group("noun").lower() in _ANIMALS)


# "like being a balloon somebody let go of": the speaker as a thing compares, as a person ("like being a mom with two
# jobs") gives an example
_BEING_A = re.compile(r"\s*being\s+(?:a|an)\s+(?P<noun>[a-z-]+)", re.IGNORECASE)


def _example_answer(turn: str, like_at: int, right: str) -> bool:
    """A turn that opens with "like" and no clause or thing after it: an example, not a comparison."""
    being = _BEING_A.match(right)
    if being and not _personal_noun(being.group("noun")):
        return False
    return (bool(_TURN_OPENING.match(turn[:like_at])) and not _CLAUSE_OR_THING.match(right)
            and not _names_an_image(right))


# the sentence after an image, told as what anyone inside it would do: "It's like living in a house with the lights
# off. You can find your way around but you keep bumping into things."
_GENERIC_YOU = re.compile(r"^(?:(?:and|but|so|then)\s+)?(?:you|your)\b(?!\s+(?:know|see|mean|said|say|told|asked|think|"
                          r"were|guys)\b)", re.IGNORECASE)
# or the thing of the image working on: "I am a clock that is still ticking but the hands fell off. It makes the noise,
# but it tells nobody anything." (not "It's fine", "It was Tuesday", "It closes at 6")
_IT_GOES_ON = re.compile(r"^(?:and\s+|but\s+)?it\s+(?!(?:is|was|'s|were|will|would|might|could|can|does|did|has|had|"
                         r"seems|sounds|looks|feels|felt|depends|happens|happened|means|meant)\b)[a-z]+s\b(?!.*\d)", re.IGNORECASE)
# (opener, most words) of a sentence that works the image just told further
_GOES_ON = ((_GENERIC_YOU, 15), (_IT_GOES_ON, 12))


def _image_goes_on_after(sentence: str) -> str | None:
    """A short sentence right after an image, in the generic "you" or about the image's thing, works it further."""
    if sentence.endswith("?") or not any(opener.match(sentence) and len(sentence.split()) <= most for opener, most in _GOES_ON):
        return None
    return _LEADING_MARKERS.sub("", sentence).rstrip(".!;, ")


# "like" that hedges or quotes rather than compares: "i was like no thanks" (quoting), "she sends back like a
# paragraph", "i've had like a granola bar" (between a verb and its object), "like every shift", "like a really bad one"
_QUOTATIVE = re.compile(r"\b(?:i|he|she|they|we|you|my \w+)(?:'m|'s|'re|\s+(?:was|were|is|are|am|goes|go|went))"
                        r"(?:\s+(?:just|all|kind of|kinda))?\s+$", re.IGNORECASE)
_NOT_QUOTED = re.compile(r"\s*(?:an?|the|this|that|my|his|her|their|our|some|nothing|someone|somebody)\b", re.IGNORECASE)
_OBJECT_VERB = re.compile(
    r"\b(?:had|have|has|ate|eat|eaten|drank|drink|offered|offers?|sends?|sent|got|get|gotten|took|take|taken|bought|buy|"
    r"made|make|wrote|write|gave|give|ordered|order|sold|found|needed|need|wanted|want|texted|posted|lost|gained|saw|"
    r"paid|owe|spent|read|says|said|asked|told)(?:\s+(?:back|me|him|her|us|them|out|up|in))?\s+$", re.IGNORECASE)
_HEDGED_AMOUNT = re.compile(r"\s*(?:every|any|each|most|mostly|all|maybe|around|about)\b"
                            r"|\s*an?\s+(?:(?!(?:i|you|we|he|she|they|with|got|had|in|on|of)\b)[\w'-]+\s+){0,2}ones?\b",
                            re.IGNORECASE)


# "this like flash of him falling": a filler inside a noun phrase
# "went in for like deodorant", "back in like an hour": a filler between a preposition and its object
_FILLER_BEFORE = re.compile(r"\b(?:this|that|these|those|a|an|the|some|my|his|her|our|their|for|(?<!kind )(?<!sort )of|with|from|about)\s+$",
                            re.IGNORECASE)
# "you know like i'd just not wake up", "also like okay it's true": a marker before a plain clause
_DISCOURSE_BEFORE = re.compile(r"\b(?:you know|i mean|also|too much|way too much)\s+$", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\s*(?:i|i'm|i'd|i've|i'll|okay|ok|yeah|no|oh|whatever)\b", re.IGNORECASE)
# "didn't feel like sitting in a circle": wanting to do something, not being like it
_WANTING = re.compile(r"\b(?:i|we|he|she|they)(?:\s+(?:don't|didn't|never|just|really|do not|did not))*\s+"
                      r"(?:feel|felt)\s+$", re.IGNORECASE)
_DOING = re.compile(r"\s*(?!being\b)\w+ing\b", re.IGNORECASE)


# "they were like ants walking": plural things doing something are compared, not quoted
_THINGS_DOING = re.compile(r"\s*(?P<things>[a-z']+)\s+[a-z]+ing\b", re.IGNORECASE)


def _things_doing(right: str) -> bool:
    m = _THINGS_DOING.match(right)
    return m is not None and _PLURAL_VEHICLE.fullmatch(m.group("things")) is not None


def _hedge(left: str, right: str) -> bool:
    """Whether "like" between ``left`` and ``right`` hedges an amount, quotes speech or sits before an object."""
    if _names_an_image(right):
        return False
    return bool((_QUOTATIVE.search(left) and not _NOT_QUOTED.match(right) and not _things_doing(right))
                or _OBJECT_VERB.search(left)
                or _HEDGED_AMOUNT.match(right) or _FILLER_BEFORE.search(left)
                or (_DISCOURSE_BEFORE.search(left) and _CLAUSE_AFTER.match(right))
                or (_WANTING.search(left) and _DOING.match(right)))


# words that are the frame of an image, or the client's own life, rather than the image
_NOT_VEHICLE = frozenset(
    "that this there their them they with from have been being what when where which while will would could "
    "should every some someone somebody nobody everyone everybody anyone thing things time times same other "
    "different whole little full next last first back down away around inside outside middle kind sort part "
    "like just then about into over onto because really never always still again "
    "head brain mind body heart chest tummy stomach skin hands life home house kitchen work school family world "
    "week year".split()
)
# "the faucet stopped", "the boat's pulling away", "He's in one room": the same thing pointed at again
_POINTED = r"\b(?:the|one|that|my)\s+"
_RETURNS_PER_IMAGE = 1
# the partner's or parent's images are not the client's (a turn of unknown role is kept)
_NOT_THE_CLIENT = ("clinician", "other")
# words a return may have before the image in its clause ("I'm holding the glasses"), and keeps in its quote
_RETURN_LEAD_WORDS, _RETURN_LEFT_WORDS = 3, 4
# someone placed against the image's thing is about it, however long the clause: "she's the one outside the glass"
_BEING = re.compile(r"(?:'s|'m|'re)\b|\b(?:is|am|are|was|were|feel|feels|felt|stand|stood|sit|sat|stay|stayed|stuck|"
                    r"trapped|left)\b", re.IGNORECASE)
_PLACED_AGAINST = re.compile(r"\b(?:outside|inside|behind|through|beneath|beyond|across|past|on the other side of)\s+$",
                             re.IGNORECASE)


def _vehicle_nouns(quote: str) -> set[str]:
    """The nouns of the image itself, singular, from what comes after the figure's marker."""
    # the comparison's own word first: in "it's horrible the comedown is like the tide going out" the image is the tide
    marker = (re.search(r"\b(?:like|as if|as though)\b", quote, re.IGNORECASE)
              or re.search(r"\b(?:is|are|am|was|were|'s|'re|'m|into|has|had)\b", quote, re.IGNORECASE))
    image = quote[marker.end():] if marker else quote
    nouns = set()
    for word in re.findall(r"\b[a-z]{4,}\b", image.lower()):
        if word in _NOT_VEHICLE or word in NUMBER_WORDS or word.endswith(("ing", "ed", "ly")):
            continue
        nouns.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return nouns


def _returns_to_image(turns: Turns, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Later client sentences that take up an image again: "It's like a dripping faucet" ... "The faucet stopped"."""
    out: list[dict[str, Any]] = []
    quoted = [m["quote"].lower() for m in found]
    for m in found:
        first = m["evidence"][0]
        for noun in sorted(_vehicle_nouns(m["quote"])):
            rx = re.compile(_POINTED + re.escape(noun) + r"(?:s)?(?:'s)?\b", re.IGNORECASE)
            taken = 0
            for i in range(first, len(turns)):
                if taken >= _RETURNS_PER_IMAGE or turns[i].get("speaker") in _NOT_THE_CLIENT:
                    continue
                for sent in speech_units(turns[i].get("text", "")):
                    hit = rx.search(sent.text)
                    if not hit or any(sent.text.lower() in q or q in sent.text.lower() for q in quoted):
                        continue
                    # the image is what the clause is about, not a thing in passing ("sitting in the truck with ...")
                    # (in a run-on, a clause starts again at its "i": "i didn't want to die | i wanted the static ...")
                    clause = re.split(r"[,;]\s|\b(?:and|but|so|because|like)\s|(?=\bi\s)", sent.text[:hit.start()],
                                      flags=re.IGNORECASE)[-1]
                    if len(clause.split()) > _RETURN_LEAD_WORDS and not (
                            _PLACED_AGAINST.search(sent.text[:hit.start()]) and _BEING.search(clause)):
                        continue
                    quote = _clause_around(sent.text, hit.start(), left_words=min(_RETURN_LEFT_WORDS, len(clause.split())))
                    if len(quote.split()) >= 3 and not any(quote.lower() in q for q in quoted):
                        out.append({"quote": quote, "evidence": [i]})
                        quoted.append(quote.lower())
                        taken += 1
                        break
    return out


# figures quoted wherever they match, in this order, with whether the clause starts at the match (the subject)
# a feeling or a body part cast as someone or something of the speaker's: "Worry is my night porter", "my nose is my
# whole cv"; not what it is to them ("my problem", "my fault", "my biggest worry")
_FEELING_IS_MY = re.compile(
    r"\b(?:worry|anxiety|fear|grief|depression|anger|pain|sadness|guilt|shame|panic|loneliness|the\s+drink|drink|"
    r"my\s+(?:nose|head|brain|heart|body|stomach|mind|hands|anxiety|depression|grief|worry|fear))\s+(?:is|'s)\s+my\s+"
    r"(?:whole\s+|only\s+|new\s+|own\s+)?(?!(?:problem|issue|fault|worst|biggest|main|thing|concern|trigger|weakness|job|"
    r"business|responsibility|own|priority|focus|goal|choice|decision|diagnosis|condition|illness|symptom|health|"
    r"\w+est)\b)[a-z]+\b",
    re.IGNORECASE,
)
_PLAIN_FIGURES = ((_GENERIC_SCENE, False), (_FEELING_ACTS, True), (_HYPERBOLE, False), (_FEELING_IS_MY, True))
# a scene or a saying is quoted to its sentence's end, up to this many words (the longest told in s01-s270 has 36)
_TOLD_WHOLE_WORDS = 45
# a saying of the speaker's people, recited after its marker: "you know what they say in trinidad ...", "in my
# village they say ..."; not one person's ("my father used to say"), nor a report ("they say it's normal")
_SAYING = re.compile(
    r"\b(?:know\s+what\s+they\s+say|(?:in|back in)\s+(?:my|our|the)\s+[\w'-]+\s+(?:they|we|people)\s+(?:say|used to say)|"
    r"back\s+home\s+(?:they|we)\s+say|"
    # the client's own language's figure for it: "In my country we don't say this word. We say your heart is tired."
    r"\bwe\s+(?:just\s+)?say(?=\s+(?:the|your|my)\s+[a-z]+\s+(?:is|are|was|goes|gets)\s))(?:\s+(?:in|back in)\s+[\w'-]+)?\s+"
    r"(?=\S+\s+\S+\s+\S+)",
    re.IGNORECASE,
)


def _told_whole(text: str, at: int) -> str:
    """A scene anyone could be in, or a saying, told across its "and"s to the sentence's end: "when you drop a glass on
    the tile floor and you sweep and sweep and a week later you still step on a piece"."""
    words = list(re.finditer(r"\S+", text[at:sentence_at(text, at).end]))[:_TOLD_WHOLE_WORDS]
    return _LEADING_MARKERS.sub("", text[at:at + words[-1].end()]).rstrip(".!?;, ")


_ENDS_IN_COPULA = re.compile(r"(?:\b(?:is|was|are|were|am|feels?|felt|seems?|seemed|gets?|got|looks?|looked)|'s|'re|'m)$",
                             re.IGNORECASE)


def _image_units(text: str) -> list[Sentence]:
    """Speech units, with a unit that only adds a phrase to the one before ("... parked | and on fire") joined to it."""
    units: list[Sentence] = []
    for unit in speech_units(text):
        words = unit.text.lower().split()
        joined = len(words) >= 2 and words[0] in _JOINS_PHRASES and words[1] in _PHRASE_OPENERS
        # a break word cut the predicate off its copula: "the house was | so quiet you'd hear a pin drop"
        cut_predicate = bool(units) and _ENDS_IN_COPULA.search(units[-1].text) is not None
        # a short last clause of the sentence is the image's second half: "the world kept the music going | and
        # i'm standing still"
        ends_sentence = unit.text[-1] in ".?!;" or re.match(r"\s*(?:[.?!;]|$)", text[unit.end:]) is not None
        last_clause = words[0] == "and" and len(words) - 1 <= _TAIL_WORDS and ends_sentence
        # "... like i'm standing on a platform | and the train's already pulling out": the scene goes on
        scene_goes_on = (bool(units) and words[0] == "and" and _NEXT_COMPARISON.search(units[-1].text) is not None
                         and _new_thing_goes_on(text, unit.start))
        # "... circling | and circling and no slot to land": a word said again goes on with the same image
        said_again = bool(units) and words[0] == "and" and len(words) >= 2 and (
            units[-1].text.lower().split()[-1].strip(",") == words[1].strip(","))
        # "... like a kettle boiling | you know the small sound before the whistle": the image said again
        if (units and (joined or cut_predicate or last_clause or scene_goes_on or said_again
                       or _describes_vehicle(words, 0))
                and not re.search(r"[.?!;,]\s*$", text[:unit.start])):
            units[-1] = Sentence(text[units[-1].start:unit.end], units[-1].start, unit.end)
        else:
            units.append(unit)
    return units


def extract_metaphors(turns: Turns) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, t in enumerate(turns):
        if t.get("speaker") in _NOT_THE_CLIENT:
            continue
        text = t.get("text", "")
        seen_here: set[str] = set()
        image_before = False
        for sent in _image_units(text):
            # every simile in the unit: a run-on turn can hold a throwaway "like" before the image
            similes: list[str] = []
            quote: str | None = None
            for m in re.finditer(r"\b(like|as if|as though)\b", sent.text, re.IGNORECASE):
                word = m.group(0).lower()
                left = sent.text[: m.start()].lower()
                # "my skin feels like it's full of static": a body part or life domain said to feel like
                # something is a figure, whatever follows
                image_subject = re.search(
                    r"\bmy\s+(tummy|stomach|chest|head|brain|heart|throat|skin|body|mind|gut|legs|arms|hands|eyes|ears|feet|"
                    r"bones|shoulders|knees|fingers|"
                    r"life|house|home|marriage|world|insides|memory|thoughts|mood)(?:\s+(?:feels|felt|is|was|are|were|looks|sounds)|'s|'re)"
                    r"(?:\s+(?:just|kind of|kinda|sort of|basically|literally))?\s+$"
                    # the whole of life at once: "everything feels like it's in low gear"
                    r"|\b(everything|it all)(?:\s+(?:feels|felt|seems|seemed|is|was)|'s)\s+$", left)
                if image_subject and word == "like" and len(sent.text[m.end():].split()) >= 2:
                    similes.append(_clause_around(sent.text, image_subject.start(), subject_at_pos=True))
                    continue
                if word == "like":
                    if re.search(r"\b(i|you|we|they|would|i'd|really|don't|didn't|not|to)\s+$", left):
                        continue  # verb "like"
                    if re.search(r"(^|[.?!,]\s*)$", left) and re.match(r"\s*,", sent.text[m.end():]):
                        continue  # discourse "Like, ..."
                    right = sent.text[m.end():]
                    if re.search(r"\b(feel|feels|felt|feeling)\s+$", left) and re.match(
                        r"\s+(i'm|i am|i was|i have|i had|i should|i need|i can't|i don't|nobody|no one|"
                        r"going|doing|it|everyone|they|he|she)\b",
                        right, re.IGNORECASE,
                    ) and not _names_an_image(right):
                        continue
                    if re.search(r"\b(bad|good|okay|ok|fine|weird|hard|busy|rough|crazy|great|awful|so|um|uh)\s+$", left) and \
                            re.match(r"\s+(i|i'm|i was|i've|we|it's|it was)\b", right, re.IGNORECASE) and \
                            not _names_an_image(right):
                        continue  # "it's been bad like i'm sleeping four hours": a filler, not a comparison
                    if _hedge(left, right):
                        continue
                if _STOCK_SIMILE.match(sent.text[m.end():]) or _judged_as_person(sent.text[m.end():]):
                    continue
                if word == "like" and _example_answer(text, sent.start + m.start(), sent.text[m.end():]):
                    continue
                if (_NOT_SIMILE_AFTER.match(sent.text[m.end():]) and not _names_an_image(sent.text[m.end():])
                        and not _as_if_thing(sent.text[m.end():])):
                    continue
                # the words of this clause: "like lexapro | and i said no" is one word after "like", "like | — i'm a
                # pressure cooker" none
                rest = re.split(r"\s(?:and|but|so)\s|\s-\s|—", sent.text[m.end():], maxsplit=1)[0].split()
                # one word after "like" is an image only as a plural thing at the clause's end: "like pinballs"
                # (after a sense it was mostly literal or a state: "smells like cornbread", "feel like myself")
                # (or a stuff the head or body is said to be like: "my head in the morning, like cotton")
                if len(rest) < 2 and not (rest and (_PLURAL_VEHICLE.fullmatch(rest[0].rstrip(",.;!?"))
                                                    or _STUFF_VEHICLE.fullmatch(rest[0].rstrip(",.;!?"))
                                                    and _FELT_THING.search(left))
                                          and len(left.split()) >= 3):
                    continue
                similes.append(_clause_around(sent.text, m.start()))
            for quality in _AS_SIMILE.finditer(sent.text):
                if (quality.group("adj").lower() not in _NOT_AS_QUALITY
                        and quality.group("vehicle").lower() not in _NOT_AS_VEHICLE):
                    similes.append(_clause_around(sent.text, quality.start()))
            saying = _SAYING.search(sent.text)
            if saying and re.match(r"we\b", saying.group(0), re.IGNORECASE) \
                    and not _OWN_TONGUE.search(text, 0, sent.start + saying.start()):
                saying = None  # "we say" is a figure only of the client's own language or country
            if saying:
                quote = _told_whole(text, sent.start + saying.end())
            if not similes and quote is None:
                for cm in _COPULAR_METAPHOR.finditer(sent.text):
                    subj = (cm.group("subj") or cm.group("subj2") or cm.group("subj3") or "").lower()
                    if (cm.group("det") or "").lower() in ("the", "on") and subj not in _BODY_SUBJECTS:
                        continue
                    # "the worst part", "the same" rank a literal thing; "my best friend" said of a bottle does not
                    if subj not in _LITERAL_SUBJECTS | _PRONOUN_SUBJECTS and not _literal_predicate(
                            cm.group("pred") or cm.group("pred2") or cm.group("pred3"),
                            ranked=(cm.group("det") or "").lower() == "the"):
                        quote = _clause_around(sent.text, cm.start(), subject_at_pos=True)
                        break
            if quote is None:
                mm = _MIND_STUFF.search(sent.text)
                if mm:
                    quote = _clause_around(sent.text, mm.start(), subject_at_pos=True)
            if quote is None:
                bm = _BODY_HAS.search(sent.text)
                if bm:
                    quote = _clause_around(sent.text, bm.start(), subject_at_pos=True)
            if quote is None:
                pm = _BODY_PART_OF.search(sent.text)
                if pm and pm.group("part").lower() not in _NOT_A_PART:
                    quote = _clause_around(sent.text, pm.start(), subject_at_pos=True)
            if quote is None:
                am = _BODY_ACTING.search(sent.text)
                if am and am.group("verb").lower() not in _SYMPTOM_VERBS and not _HOW_ONE_IS_DOING.match(
                        sent.text[am.end():]):
                    quote = _clause_around(sent.text, am.start(), subject_at_pos=True)
            if quote is None and (tm := _TAKES_IN_FEELINGS.search(sent.text)) and not (
                    tm.group("noun").lower() in _NOT_A_HOLDER or _personal_noun(tm.group("noun"))):
                quote = _clause_around(sent.text, tm.start(), subject_at_pos=True)
            if quote is None:
                st = _self_thing(sent.text)
                if st:
                    quote = _clause_around(sent.text, st.start(), subject_at_pos=st.group("noun") is None)
            for figure, subject_at_pos in _PLAIN_FIGURES:
                if quote is None and (fm := figure.search(sent.text)):
                    quote = (_told_whole(text, sent.start + fm.start()) if figure is _GENERIC_SCENE
                             else _clause_around(sent.text, fm.start(), subject_at_pos=subject_at_pos))
            if quote is None:
                om = _IN_ONES_OWN.search(sent.text)
                if om and om.group(0).split()[1].lower() not in ("comfort", "privacy", "safety", "rest"):
                    quote = _clause_around(sent.text, om.start())
            if quote is None:
                lm = _LIVING_IN.search(sent.text)
                if lm and (lm.group("waiting") or not _literal_predicate(lm.group("place"))
                           and not _dwelling(lm.group("place"))):
                    quote = _clause_around(sent.text, lm.start(), subject_at_pos=True)
            if quote is None:
                quote = _analogy(sent.text)
            if quote is None:
                sm = _SELF_METAPHOR.search(sent.text)
                if sm and _self_image(sm):
                    quote = _clause_around(sent.text, sm.start(), subject_at_pos=True)
            if quote is None:
                fm = _FIGURATIVE.search(sent.text) or _COPULAR.search(sent.text)
                if fm and (fm.re is _FIGURATIVE or _FIGURATIVE.search(sent.text[fm.start():]) or
                           re.search(r"\b(my|our) (brain|mind|head|mood|life|heart|chest|body|anxiety|depression|"
                                     r"marriage|family|house|home|week|job)\b", sent.text[fm.start():fm.end()], re.IGNORECASE)):
                    quote = _clause_around(sent.text, fm.start())
            if quote is None and not similes and image_before:
                quote = _image_goes_on_after(sent.text)
            image_before = False
            for found in similes + ([quote] if quote else []):
                if len(found.split()) < 3:
                    continue
                key = found.lower()
                if key in seen or found not in text or any(key in k for k in seen_here):
                    continue
                # a second simile that reaches back over the first ("like a stranger in my own kitchen, like
                # I'm watching them through a window") replaces it
                out = [m for m in out if not (m["evidence"] == [i] and m["quote"].lower() in key)]
                seen_here = {k for k in seen_here if k not in key}
                seen.add(key)
                seen_here.add(key)
                out.append({"quote": found, "evidence": [i]})
                # an image the client tells to someone ("that you're scared I'll end up like him") is no scene
                image_before = not re.search(r"\byou(?:'re|'ve|'d|'ll)?\b", found, re.IGNORECASE)
    return sorted(out + _returns_to_image(turns, out), key=lambda m: m["evidence"][0])
