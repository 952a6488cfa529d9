"""Medication extraction: mention finding, attribution, negation, status and dose.

Only the client's own medications are kept: a relative's, a child's or a pet's
("my sister takes Prozac"), one seen in an advert, a negated or refused one
("I've never taken Xanax", "I said no to the Abilify"), a hypothetical one
("we could consider Wellbutrin") or long-past use is not. A drug said once to
be someone else's or refused needs the client's own use said later to count.

A status verb belongs to the drug its grammar gives it (the object after it, a
pronoun's antecedent, or the subject before it), not to every drug in the
sentence. The dose is the one in force now: the new dose of a change or taper
step, the daily total of a dose per time of day, the dose per injection or per
as-needed use; stopped drugs have none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from scribe.extract.lexicons import (
    MED_SURFACE,
    MEDICATIONS,
    NUMBER_WORDS,
    SAME_SUBSTANCE,
    SCALE_WORDS,
    SOUND_SURFACES,
    UNIT_SURFACE,
)
from scribe.extract.nlp import find_drug_names
from scribe.extract.text import (
    BARE_NUMBER_RE,
    LEAD_ONE,
    NUMBER_RE,
    Dose,
    Sentence,
    clause_after,
    clause_before,
    format_number,
    parse_number,
    sentence_at,
    speech_unit_at,
    speech_units,
    split_sentences,
)
from scribe.extract.text import find_doses as _unit_doses
from scribe.extract.vocab import given_names, ordinary_words

# a plural names the drug too: "them gummy melatonins", "the Xanaxes"
_SURFACE_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(s) for s in MED_SURFACE), key=len, reverse=True)) + r")(?:e?s)?\b",
    re.IGNORECASE,
)

_RELATIVES = (
    r"mom|mother|mum|dad|father|sister|brother|husband|wife|partner|boyfriend|girlfriend|"
    r"fianc[eé]e?|friend|roommate|son|daughter|grandma|grandmother|grandpa|grandfather|grandad|granddad|granny|nana|nan|aunt|"
    r"uncle|cousin|coworker|co-worker|colleague|boss|kid|niece|nephew|neighbou?r|stepdad|"
    r"stepmom|buddy|ex|spouse|parents?|sibling|child|children|kids|sons|daughters|baby|toddler|teenager|stepson|"
    r"stepdaughter|grandson|granddaughter|grandkids?|twins?|family|folks|in-laws|mother-in-law|father-in-law|"
    r"sister-in-law|brother-in-law|stepmother|stepfather|stepsister|stepbrother|half-brother|half-sister|"
    r"sponsor|classmate|teammate|roommates|housemate|flatmate|flatmates|roomie|landlord|bestie|godmother|godfather|"
    # the words other Englishes and families use: "my mammy lived on valium", "my mate's xanax", "my abuela's pills"
    r"mam|mammy|mummy|mommy|momma|mama|daddy|papa|gran|nanny|nonna|abuela|abuelo|auntie|aunty|missus|hubby|"
    r"nanay|tatay|lola|lolo|oma|opa|bubbe|zayde|"
    r"mate|mates|old man|old lady|other half|better half"
)
# "my best friend", "my late husband", "my older brother"
_KIN_ADJECTIVE = r"(?:(?:best|older|younger|little|big|baby|twin|late|ex|own|oldest|youngest|middle|other|step)[ -])?"
# Third person takes the drug: "my sister takes", "she's on", "her Zoloft".
# an animal whose medicine it is ("the vet put her on trazodone", "that is for the gecko only"); not "fish" ("my fish oil")
_ANIMALS = (r"(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|horses?|rabbits?|birds?|hens?|chickens?|pigeons|budgies?|parrots?|"
            r"pon(?:y|ies)|chicks|ducks?|ducklings|goats?|sheep|cows?|cattle|calves|lambs|ewes|geckos?|snakes?|lizards?|pigs?|tortoises?|turtles?|"
            r"ferrets?|dragons?|iguanas?|reptiles?|hamsters?|guinea\s+pigs?)")
_THIRD_PARTY_BEFORE = re.compile(
    rf"(\b(my|his|her|their|our|your) {_KIN_ADJECTIVE}({_RELATIVES})('?s)?\b"
    # people in general or a stranger: "a guy in my group is on", "some people find", "everyone in my family takes"
    r"|\b(a|one|this|that|some|another) (guy|girl|woman|man|lady|person|dude|member|patient)\b"
    r"|\b(everyone|everybody|people|someone|somebody|anyone|anybody|nobody|folks|patients)\b"
    # (a second language's "he have these pills", never "he have me on")
    r"|\b(she|he)\s+have\b(?!\s+(me|us|you)\b)"
    r"|\b(she|he|they)(\s+(just|also|still|now|finally|recently|already))?"
    r"('?s|\s+(is|was|has|had|takes|took|started|got|gets|uses|used to))\b"
    # (not the prescriber's act on the client's drug: "She's keeping the venlafaxine at seventy-five for now")
    r"(?!\s+(?:keeping|leaving|holding|putting|upping|raising|lowering|dropping|bumping|tapering|changing|switching|weaning|"
    r"increasing|decreasing|reducing|moving)\s+(?:me|my|the|it)\b)"
    r"|\b(put|got|started|switched|has|keeps|moved|bumped) (him|her|them) (up |down |back )?on\b"
    r"|\b(her|his|their) (own )?$"
    r"|\b(mom|dad|mother|father)('s)?\b|\bthe (baby|babies|kids?|toddler|children|twins|little one)('s)?\b"
    # a pet's prescription: "the vet put her on trazodone", "the dog is on Prozac"
    rf"|\b(the|my|our|his|her|their) {_ANIMALS}('s)?\b|\b(the )?vet\b)",
    re.IGNORECASE,
)
# someone named: "Marisol's on gabapentin", "Nora's Zoloft"
_NAMED_OWNER_BEFORE = re.compile(r"\b(?!(?:Dr|How|What|That|It|There|Here|Who|Where|She|He|Let|This|Everything|Nothing|"
                                 r"Mom|Dad|Everyone|Nobody|Which|Why|When)\b)[A-Z][a-z]+('s| is| has)( (now|still|also))?( on| taking| got| gets| keeps| uses)?\s+(the\s+|her\s+|his\s+|their\s+)?"
                                 r"((old|leftover|spare|extra|own|prescription|liquid)\s+)?$")
# the dose change is done to a relative: "the donepezil, they want to bump Mom up to the ten"
_RELATIVE_DOSED_AFTER = re.compile(
    rf"[^.?!]{{0,50}}?\b(bump\w*|put\w*|start\w*|switch\w*|mov\w*|increas\w*|rais\w*|lower\w*|up|upp\w*|got|get\w*|"
    rf"took|tak\w*)\s+(my\s+|his\s+|her\s+|our\s+|their\s+)?{_KIN_ADJECTIVE}({_RELATIVES})\s+"
    rf"(up|down|on|off|back|to\s+(the\s+)?{NUMBER_RE})\b",
    re.IGNORECASE,
)
_LOWER_NAMED_TAKER = re.compile(r"\b([a-z]+)(?: (takes|is on|was on|uses|used to take|has been on|gets)"
                                r"|'s (?:(?:still|also|now|been)\s+)?on)\s+(\w+\s+)?$",  # "aoife's on the sertraline herself"
                                re.IGNORECASE)
_LOWER_POSSESSIVE = re.compile(r"\b([a-z]+)'s\s+((old|leftover|spare|extra|own|prescription|liquid)\s+)?$", re.IGNORECASE)
# "the lorazepam is Alex's", "that's his"
# "his morphine and the lorazepam": the second drug of a list is owned like the first
_LISTED_AFTER_POSSESSIVE = re.compile(
    rf"\b(his|her|their|(my|his|her|their) {_KIN_ADJECTIVE}({_RELATIVES})'s|(?-i:(?!(?:Dr|It|That|What|There|Here|Who|Let|She|He)'s)[A-Z][a-z]+'s))"
    r"\s+(?P<drug>[\w-]+)\s*(,|and|or|,\s*and)\s+"
    r"(the\s+|some\s+)?$",
    re.IGNORECASE,
)
# the drug in apposition to someone's pill: "Pickles has his thyroid pill too, the methimazole",
# "maureen's tablets are still in the drawer the morphine ones"
_PILL_NOUN = (r"(?:pills?|tablets?|inhalers?|meds|medications?|medicines?|prescriptions?|patch(?:es)?|drops|capsules?|"
              r"injections?|shots?|jabs?|spray|puffer|sprays|scripts?)")
_APPOSED_TO_OWNED = re.compile(
    rf"\b(?P<owner>his|her|their|[a-z]+'s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PILL_NOUN}|painkillers?|sleepers?|steroids?|antibiotics?|"
    rf"statins?|antidepressants?|blood\s+thinners?)\b(?P<gap>[^.?!]{{0,60}}?)[\s,]\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# the drug given to someone else: "I sprayed it in his nose", "gave her the Narcan"
_GIVEN_TO_OTHER = re.compile(
    r"^[^.?!]{0,160}?\b(?:(?:sprayed|spray|injected|inject|gave|give|given|administered|put|squirted|rubbed)\s+"
    r"(?:it|them|that|some|one|a dose)\s+(?:in|into|up|on|to)\s+(?:his|her|their|the dog's|the cat's)\b"
    r"|(?:gave|give|given|giving)\s+(?:him|her|them)\s+(?:it|some|one|the|a|his|her|their)\b)",
    re.IGNORECASE,
)
# a substance named inside a diagnosis: "methamphetamine use disorder", "opioid dependence"
_DISORDER_AFTER = re.compile(r"^[\s-]*(?:use disorder|dependence|abuse|addiction|withdrawal|intoxication|induced|"
                             r"poisoning|toxicity)\b", re.IGNORECASE)
# a prescriber moves the client's dose: "they took the oxycodone down again", "she's taken the Seroquel up"
_DOSE_MOVED_AFTER = re.compile(r"^\s*(?:(?:back|right|all the way)\s+)?(?:down|up)\b", re.IGNORECASE)
_AFFIRMED_AFTER = re.compile(r"[\s,]*(?:and|but)?[\s,]*(?:yes|yeah|i am|i do|i have|i did|i still am|i still do|"
                             r"i still have)\b", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"^\s*('s|is|are)\s+((?!Dr\b)[A-Z][a-z]+'s|his|hers|theirs)\b")
# handed back to whoever has it: "Mei Ling got the cholesterol one, atorvastatin, ... I say that one is yours"
_DISOWNED_AFTER = re.compile(r"^[^.?!]{0,80}?\b(?:that|this|the)\s+one\s+(?:'s|is)\s+(?:yours|his|hers|theirs)\b"
                             r"|^[^?]{0,200}?\b(?:it'?s|that'?s|it\s+is|that\s+is)\s+(?:yours|his|hers|theirs),?\s+not\s+mine\b"
                             # "the metformin that is for lorna not me", "that's for my wife, not for me"
                             r"|^[^.?!]{0,20}?\b(?:it'?s|that'?s|it\s+is|that\s+is|is)\s+for\s+(?:my\s+)?[\w-]+,?\s+not\s+(?:for\s+)?me\b"
                             # the next sentence hands it back: "The donepezil, for her memory, I put in the box every
                             # Sunday. That's hers, I don't take nothing like that."
                             r"|^[^.?!]{0,100}[.!]\s+(?:that'?s|that\s+is|it'?s|those\s+are|they'?re)\s+(?:hers|his|theirs)\b"
                             # named as someone's, or said not to be the speaker's: "the amlodipine, that's Mulenga's. I just
                             # put them in his box on Sunday night. Those ones are not mine."
                             r"|^\W{0,3}(?:that'?s|that\s+is|it'?s|those\s+are|they'?re)\s+(?-i:(?!Dr\b)[A-Z][a-z]+'s)(?!\s+\w+ing\b)"
                             # handed back in the same sentence: "Only the vitamin D drops for Kian, but those are his."
                             r"|^[^.?!]{0,60}?\bbut\s+(?:those|these|they|that|it)\s*(?:'re|'s|\s+are|\s+is)\s+(?:hers|his|theirs)\b"
                             r"|^[^?]{0,160}?\b(?:those|these|they|them|it|that)(?:\s+ones)?\s*(?:'re|'s|are|is)\s+not\s+mine\b"
                             # "that is his medicine ... not mine"
                             r"|^[^.?!]{0,100}?\bhis\s+medicine\b[^.?!]{0,30}?\snot\s+mine\b"
                             # someone's by kin, as the clause ends: "In my purse there is metformin, but that's my mother's."
                             r"|^[^?]{0,100}?\b(?:that'?s|that\s+is|it'?s|it\s+is|those\s+are|they'?re)\s+(?:my|his|her|their|our)\s+"
                             r"(?:\w+\s+)?\w+'s(?=\s*[.,;!]|\s*$|\s+(?:not|and|but)\b)"
                             # given to the animals by the client: "The ivermectin for worms, I inject the chicks."
                             rf"|^[^.?!]{{0,60}}?\b(?:i|we)\s+(?:inject|give|gave|dose|treat|spray|drench|worm|put\s+it\s+in)\s+"
                             rf"(?:it\s+to\s+)?(?:the|my|our|all\s+the)\s+(?:\w+\s+)?{_ANIMALS}\b"
                             # kept for the people the client works on: "the lidocaine is only for the customers i never put
                             # on me"
                             r"|^[^.?!]{0,20}?\b(?:is|are|it'?s|that'?s|they'?re)\s+(?:only|just)\s+for\s+(?:the\s+|my\s+|our\s+)?"
                             r"(?:customers?|clients?|patients?|guests?|residents?|animals?|horses?|clinic|salon|shop|studio)\b"
                             # ... the drugs the client hands out at work: "at med pass, the Suboxone, the Seroquel, those are
                             # for the inmates, not me"
                             r"|^[^.?!]{0,60}?\b(?:those|these|they|that|it)\s*(?:'re|'s|\s+are|\s+is)\s+(?:only\s+|just\s+)?for\s+(?:the\s+)?"
                             r"(?:inmates|prisoners|patients|residents|clients|customers|guests|kids|children|students|animals)\b"
                             # an animal's: "the metro nida zole the reptile vet gave it ... that is for the gecko only", "the
                             # calcium with d3 i dust the crickets not for me"
                             # (not past a new thing named: "the hydro cortisone i put at night and the vitamin stuff is for
                             # the geckos")
                             r"|^(?:(?!\band\s+the\b)[^.?!]){0,60}?\b(?:(?:is|are|it'?s|that'?s|they'?re)\s+(?:only\s+|just\s+)?|"
                             r"(?:gave|gives|give)\s+(?:it|them)\s+)"
                             r"for\s+(?:the|my|our)\s+(?:\w+\s+)?"
                             rf"{_ANIMALS}\b"
                             r"|^[^.?!]{0,50}?\bnot\s+for\s+me\s*(?:[.,;!]|$)",
                             re.IGNORECASE)
# the speaker back as the one taking it ("my mom said I should take"), not "my" inside "everyone in my family"
_SPEAKER_SUBJECT = re.compile(
    rf"\b(?<!than )(i|i'm|i've|i'd|me|myself)\b|\bmy\b(?!\s+{_KIN_ADJECTIVE}({_RELATIVES}|group|class|office|work|building)\b)"
    # "she was fine with it, so we went up on the Lamictal": the client and the prescriber; not "we started him on"
    r"|\b(we|we'd|we've|we're)\b(?![^.?!]*\b(him|her|them|his|their)\b)",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(you|you're|you've|your)\b", re.IGNORECASE)
_CRAVED_BEFORE = re.compile(r"\b(crav\w*|urges?|itching)\s+(for|to use|to take)\s+(the\s+|some\s+|a\s+|an\s+)?$",
                            re.IGNORECASE)
_MEDIA = re.compile(
    r"\b(commercials?|ads?|advert\w*|tv|television|on the news|instagram|tiktok|podcast|"
    r"article|read about|heard about|online|internet|reddit)\b",
    re.IGNORECASE,
)
_OVERDOSE = re.compile(r"\b(overdos\w*|od'?d|o\.d\.|(swallowed|took|downed) (a bunch|a bottle|a handful|a whole bottle|all)( of)?|"
                       r"too many|lock ?box|lock (it|them|those|the \w+) (up|away))\b", re.IGNORECASE)
# a year before last year, in figures or said: "in 2019", "in twenty nineteen", "in twenty twenty-two", "in two thousand eighteen"
_PAST_YEAR = (r"(?:19\d\d|20[01]\d|202[0-4]|twenty\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
              r"nineteen|twenty(?:[\s-](?:one|two|three|four))?)|two\s+thousand(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|"
              r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))(?![\s-](?:five|six|seven|eight|nine)\b)")
_LONG_PAST = re.compile(
    # ("long ago in sierra leone the army gave us the mefloquine for the malaria")
    r"\b(years ago|long ago|(a )?long time ago|last year|a year ago|the year before last|(way )?back in (the )?(spring|summer|fall|autumn|winter|january|february|march|april|june|july|august|"
    r"september|october|november|december)|in (college|high school|grad school|my (teens|twenties|thirties))|as a (kid|teen|teenager|child)|"
    r"back in (the day|\d{4}|high school|college)|in " + _PAST_YEAR + r"|when i was (younger|little|a kid|a teen\w*|in (college|high school)|"
    r"(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|1\d|20)\b))\b",
    re.IGNORECASE,
)
# use that is over; "I started Zoloft years ago" is not
_PAST_USE = re.compile(r"\b(used to (take|be on)|was on|were on|took|tried|had|swallowed)\b", re.IGNORECASE)
# given long ago ("long ago in sierra leone the army gave us the mefloquine"), not "gave me last year" (still taken)
_GIVEN_LONG_AGO = re.compile(r"\blong\s+(?:time\s+)?ago\b[^.?!]{0,60}\bgave\s+(?:me|us)\b", re.IGNORECASE)
# given in a year long gone: "In Nouméa, in twenty nineteen, they gave me the Antabuse" (not "gave me last year", still taken)
# (and in an English without the past ending: "in da nang in two thousand five the doctor give me diazepam")
# (or a year of the last century said by its last two figures, "In Libreville in ninety-nine a doctor gave me Valium")
_GIVEN_IN_PAST_YEAR = re.compile(r"\bin\s+(?:" + _PAST_YEAR + r"|(?:eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
                                 r"\b[^.?!]{0,40}\b(?:gave|give|prescribed|prescribe|put)\s+me\b", re.IGNORECASE)
# taken still, whatever year it was given in: "In ninety-eight they put me on lithium. Nine hundred at night, all these years."
_STILL_USED = re.compile(r"\b(?:now|still|all\s+these\s+years|ever\s+since|since\s+then|every\s+(?:morning|night|day|evening)|"
                         r"each\s+(?:morning|night|day)|i\s+take|i'?m\s+on|i\s+am\s+on|i\s+still)\b", re.IGNORECASE)
# stopped a year or more ago: "Ibuprofen I stopped two years ago because of the lithium" (not "I quit the buspirone back in
# the summer", within the period)
_STOPPED_LONG_AGO = re.compile(r"\b(stopped|quit|came off|gave up|finished|completed)\b[^.?!]{0,30}\b(years ago|long ago|last year|a year ago|"
                               r"the year before last|"
                               r"back in (19|20)\d\d|in " + _PAST_YEAR + r")\b|"
                               # (or said as long ago: "the hydroxyzine from last year i stopped that long time")
                               # ("The doxycycline for malaria I finished years ago", "that was twenty nineteen, finished long ago")
                               # (and in an English without the past ending: "i take fluoxetine one year but that's finish long time")
                               r"\b(stopped|quit|came off|gave up|finished|finish|completed)\s+(?:(?:it|that|them|this)\s+)?(?:a\s+)?long\s+(?:time|ago)\b",
                               re.IGNORECASE)
# the next sentence opening with the stop: "Stopped at fifteen", "I quit it after a year"
_STOP_OPENS = re.compile(r"\W*(?:(?:and|but|then)\s+)?(?:i\s+)?(?:stopped|quit|came\s+off|gave\s+(?:it\s+)?up)\b", re.IGNORECASE)
_RECENT = re.compile(
    r"\b(now|currently|still|recently|lately|last (week|month)|this (week|month|year)|(days|weeks) ago|since)\b",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(
    r"(n't\s+(?:(?:even|really|actually|ever|usually|normally|always|like|love|enjoy|bother)\s+){0,2}(take|taking|on|tried|want|need)\b"
    r"|\b(?:never (been on|taken|took|tried|used)|not (on|taking|prescribed)|never|no longer interested|refused|declined|won't take|wouldn't take|"
    r"not a fan of)\b)[^.?!]*$|\bno\s+$"
    # none kept at all, this one included: "i have no medicines here even the ibuprofen they say no"
    r"|\bno\s+(?:medicines?|meds|medications?|pills|tablets|drugs)\b[^.?!]{0,30}?\b(?:not\s+)?even\s+(?:the\s+|my\s+|any\s+)?$"
    # a refusal reaches only the drug it names: "said no to the Abilify and you're staying on the Prozac"
    r"|\b(said no to|say no to|saying no to|turned down|turn down|passed on|pass on|not interested in|allergic to|"
    r"against|refused|declined|refuse to take|refusing to take|not going on|not going to take|won't go on|"
    r"not doing|not gonna do|not going to do|not gonna take)\s+(the\s+|that\s+|any\s+|taking\s+|trying\s+|starting\s+)*([\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a new clause saying what is taken now: "so stopped and you're on trazodone", "but i'm still taking the"
_ON_NOW_BEFORE = re.compile(r"\b(?:and|but|so|now)\s+(?:i'm|im|i am|you're|youre|you are)\s+(?:(?:still|now|just)\s+)?"
                            r"(?:on|taking)\s+(?:the\s+|my\s+|your\s+)?$", re.IGNORECASE)
# the speaker's own taking said in a later clause of a run-on turn: "i don't want to be a zombie i take me blood
# pressure one the"
_OWN_TAKING_AFTER_NEGATION = re.compile(r"\b(?:i|i'm|im|i am)\s+(?:(?:still|now|also|just|only)\s+)*(?:take|taking|use|using)\b"
                                        r"(?![^.?!]*\b(?:not|n't|never)\b)", re.IGNORECASE)
# the speaker's own taking said afresh ends a negation before it: "i said no i don't want that in my file i'm taking
# the melatonin"
_TAKING_NOW_BEFORE = re.compile(r"\b(i'm|im|i am|i)\s+((still|now|also|just|only)\s+)*(taking|on|using)\s+"
                                r"(the\s+|my\s+|some\s+)?$", re.IGNORECASE)
_HYPOTHETICAL_BEFORE = re.compile(
    # "if the naltrexone doesn't help there's another one, acamprosate"
    r"\b(if (i|you|we)|if (it|that|this|the [\w-]+|[\w-]+)( one)? (doesn'?t|does not|isn'?t|is not|won'?t|fails to) (help|work)|"
    # "if the Anafranil is not enough there is another one, fluvoxamine"
    r"if (it|that|this|the [\w-]+|[\w-]+)( one)? (isn'?t|is not|'s not) enough|there'?s another( one)?|there is another( one)?|"
    r"(might|may|could) (\w+ )?(try|start|consider|add|put|think about|look at|look into|go for)|maybe (try|start|add|we)|consider\w*|"
    r"thinking (about|of) (trying|starting|adding|switching|going on)|could (try|start|add|switch|"
    r"put)|would you (try|consider|be open)|what about|how about|talk(ed)? (to|with) [\w .]+ about|"
    r"ask(ed)? (\w+ ){0,3}about|wonder(ing)? (if|whether|about)|option\w*|"
    r"should (i |you )?(try|switch|start|take)|switch(ing)? to|open to|"
    r"whether|worried about (starting|taking)|scared (of|to) (start|take)|"
    r"supposed to (start|take|try|begin|go on)|want(s|ed)? (me|you|him|her|them) (on|to be on)|"
    r"ever (been on|taken|take|tried|used|had)|not ready (for|to (take|try|start))|"
    r"(i|we|you)('ll| will| would|'d) (try|start|add|switch|go with|consider)|"
    r"heard (that|about)|possibility|possibly|alternative|brought up|mention\w*|suggest\w*|"
    r"offer\w*|recommend\w*|want(s|ed)? (me |you |him |her |them )?to (try|take|start|switch|add|prescribe|give|put|go on|be on|use)|"
    r"switch (me |you |him |her )?to|push\w* (me )?(to|toward)|talk\w* about)\b[^.?!]*$",
    re.IGNORECASE,
)
# "... but I've never filled it", "I didn't want to take it": never taken, said after the drug
# the speaker's own not having done it: "I never", "we haven't yet", "ah didn't"
_NOT_DONE = r"(i|we|ah)('ve| have| had)?\s+(never|still haven'?t|haven'?t|didn'?t|did not|have not|don'?t|ain'?t|no|not)( yet| ever| really| actually)?"
# (not a while without one: "I only take it before auditions. So I haven't taken one in a while")
_NOT_A_WHILE = r"(?! (in|for) (a (long )?while|ages|a bit|days|weeks|months)\b| (lately|recently)\b)"
_NEVER_TAKEN_IT = (
    _NOT_DONE + r"\s+(took|taken|take|started|start|tried|try|filled|fill|picked|want|used|use|collected|collect|opened|open|"
    # "no the mupirocin no i did not buy it it was forty dollars"
    r"buy|bought|"
    # "The ketamine ... they are in the safe with the log. I never touch them for myself."
    r"touch|touched)"
    r"(\s+to\s+(take|try|start))?"
    r"(\s+(it|that|them|those|a single (one|pill|tablet|dose)|(even )?(one|a one|any)(?! (more|less|day|night|time|week)\b)"
    + _NOT_A_WHILE +
    # "i haven't opened the box", "never collected the prescription"
    r"|the (box|packet|pack|bottle|prescription|script))\b"
    # said with no object, as a second language says it: "the Diamox I carry ... but I never take. Is just there"
    r"|(?<=\b(?:take|open))(?=\s*(?:[.!;]|$)))"
    # a relative reports it never filled: "she never picked it up"
    r"|\b(she|he|they)\s+(never|didn'?t|did not|hasn'?t|has not|haven'?t|have not)\s+(picked|filled|collected)\s+"
    r"(it|them|the (prescription|script))\b"
    # never fetched from the pharmacy, said of the drug: "so the zolpidem was never picked up"
    r"|^\s*(was|were|has been|have been)\s+(never|not)\s+(picked up|filled|collected|started)\b"
    # "Okay, the trazodone wasn't started, and the keys are with David."
    r"|^\s*(wasn'?t|weren'?t|hasn'?t been|haven'?t been)\s+(picked up|filled|collected|started)\b"
)
_HYPOTHETICAL_AFTER = re.compile(
    r"^[^.?!]{0,40}\b(might help|could help|would help|is an option|might be an option|"
    r"as an option|instead(?! of))\b|^[^.?!]{0,60}\b(but )?(i|we) (said (no|nah|naw|nope)|told (him|her|them) no|declined|refused)"
    # "so you're thinking about the naltrexone not taking it yet"
    r"|^[^.?!]{0,30}\bnot\s+(taking|started|starting|on|using)\s+(it|them|that|those)?\s*yet\b(?!\s+(at|in|with|for|on|during)\b)"
    r"|^[^.?!]{0,60}\b" + _NEVER_TAKEN_IT,
    re.IGNORECASE,
)
# never taken, said a clause or two on in the same sentence: "the GTN, for the old people if they have the chest pain at
# Mass, but that's the parish first aid, I never use it"
_NEVER_TAKEN_LATER_IN_SENTENCE = re.compile(r"^[^.?!]{0,110}\b" + _NEVER_TAKEN_IT, re.IGNORECASE)

# offered again and turned down: "the pra zo sin doctor offer again but no it make me fall down dizzy"
_OFFERED_BUT_NO = r"(?:offer\w*|suggest\w*|propos\w*)\b[^.?!]{0,20}?\bbut\s+(?:no|nah|i (?:do ?n'?t|dont|do not) want)\b"
_REFUSED_AFTER = re.compile(
    # ("the champix the var en i cline but my friend he got the bad dreams so i said no")
    r"^[^.?!]{0,40}\b(but|and)\s+(i|we)\s+(said (no|nah|naw|nope)|say no|told (him|her|them|the doctor) no|tell (him|her|them) no|declined|refused|"
    r"turned (it|that|him|her) down|passed|wasn't having it|didn't want (it|that|to)|said no way)"
    r"|^[^.?!]{0,70}\bso\s+(i|we)\s+(said|say) (no|nah|naw|nope)\b"
    # "She also said sertraline, I said let me wait."
    r"|^[^.?!]{0,12}?\b(i|we) said (let me|let's|i('ll| will| want to| would like to| prefer to)) wait\b"
    r"|^[^.?!]{0,60}\bno way\b|^[^.?!]{0,20}(\bis|'s|\bwas) a (hard|firm|flat|big) no\b|^[^.?!]{0,60}\b(i'm|i am) not (doing|taking|trying) (that|it)\b"
    r"|^[^.?!]{0,60}\b(i'm|i am|we're|we are) (holding off|still deciding|on the fence|not sure (yet|about (it|that)))"
    r"|^[^.?!]{0,40}\b" + _OFFERED_BUT_NO +
    # left unused where it is kept: "So the zolpidem stays in the drawer."
    r"|^\s*(stays|stay|is\s+staying|remains)\s+in\s+the\s+(drawer|cupboard|cabinet|box|packet|bag)\b"
    r"|^[^.?!]{0,60}\b" + _NEVER_TAKEN_IT,
    re.IGNORECASE,
)
_SWITCH = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|transition\w*)\s+(?:me|him|her|them|you|us)?\s*"
    r"(?:from|off)\s+(?:the\s+|my\s+|his\s+|her\s+|your\s+)?(?P<a>[\w-]+)(?:\s+\w+)?\s+(?:to|onto|over to)\s+"
    r"(?:the\s+|some\s+)?(?P<b>[\w-]+)"
    r"|\breplac\w*\s+(?:the\s+|my\s+|his\s+|her\s+|your\s+)?(?P<c>[\w-]+)\s+with\s+(?:the\s+)?(?P<d>[\w-]+)"
    # "I'm on Prozac now instead of the Zoloft"
    r"|\b(?:on|taking|take|using)\s+(?:the\s+)?(?P<d2>[\w-]+)\s+(?:now\s+)?(?:instead of|in place of)\s+(?:the\s+|my\s+)?(?P<c2>[\w-]+)",
    re.IGNORECASE,
)
# an ongoing taper with a current dose is a dose change, not (yet) a stop
# ("finished coming off the risperidone" is a taper done: a stop)
_TAPERING = re.compile(r"\b(?<!finished )(?<!done )(tapering|weaning|coming)\s+(me\s+)?(off|down)\b|\btaper(ing)?\s+down\b",
                       re.IGNORECASE)
_STOPPED = re.compile(
    r"\b(stopped(?!\s+(?!taking|using)\w+ing\b)|stop taking|quit|came off|come off|coming off|got off|went off|(?:been|be|is|am|was|i'm|me|taken|take|taking|stay|stayed|staying) off (of )?(the|my|it|them|that)\b(?!\s+(?:day|days|week|weekend|shift|hook|clock|record|time|night|morning|afternoon|job|road|grid)\b)|"
    r"discontinu\w*|no longer (taking|on)|"
    # a stop said in a second language's present: "I stop it on Sunday", "Already stop", "The codeine I stop —"
    r"(?<!\bif )(?<!\bwhen )(?<!\bbefore )(?<!\bunless )(?<!\buntil )(?<!\bcan )\b(?:i|already)\s+stop(?=\s*(?:it\b|them\b|that\b|"
    r"on\b|last\b|since\b|already\b|[.,;!\u2014-]|$))|not taking (it|that|them|the \w+) anymore|"
    # Nigerian Pidgin's perfect, "don" (have): "I don stop am since two weeks"
    r"\bi\s+don\s+stop\b|"
    r"(not|n't) (on|taking) [\w ]{0,20}anymore|(weaned|tapered) ((myself|himself|herself|me|him|her) )?off|taper(ed)? (me )?off|"
    r"ran out|no more(?!\s+(?:babies|baby|kids|children|pregnanc\w*|periods?|bleeding)\b)|(flushed|binned|threw out|thrown out|got rid of) (the rest|them|it|the lot|what was left)|"
    # the drug itself thrown away: "I binned the senna" (not "threw out my back")
    r"(flushed|binned|threw out|thrown out|got rid of|chucked|dumped) (the|my|all (of )?(the|my))(?! back\b)|"
    r"tapering off|weaning off|took (me |him |her |them )?off|taken (him |her |them )?off|"
    # a course run out: "I finished the tramadol a month back", "that was a course, it's finished since March"
    r"(?<!'s )(?<!\bis )(?<!\bwas )(?<!\bare )finished(?= (the|my|off|up|that|them|it)\b)|"
    # only a course ends by itself ("the divorce, it's over, and the Zoloft helps" stops nothing)
    r"(that|it) was a course,? (and )?(it'?s|it is|it was|now it'?s) (all )?(finished|done|over)\b|"
    r"course('s| is| was) (finished|done|over)\b|(finished|completed|done with) (the |my )?course\b|"
    r"(fully|completely|totally|all the way|officially) off|(finished|done with|completed) (the |my )?(\w+ )?taper(ing)?|"
    r"taper('s| is| was) (done|finished|over|complete)|done tapering|"
    # a decision already made: "she and i decided to stop that", "he said to stop taking them" ("stop it" may
    # point back past the drug just named)
    r"(decided|agreed|said|told me|okayed|ok'd) (that )?(i (could|should) )?(to )?(just )?stop (that|taking|the \w+)|"
    # the lapse said in a second language's present: "I don't take it since maybe five days"; the pills run out: "That one
    # is finished."
    r"(?:don'?t|do\s+not)\s+take\s+(?:it|them|that)\s+since\b|^\W*(?:that|this)\s+one\s+(?:is|'s)\s+finished\b|"
    # a lapse with a length is a stop: "i havent taken my lamictal in like two weeks"
    # (a length of time, not a place: "haven't touched it the box is still in the bathroom cabinet")
    r"(haven'?t|have not|hasn'?t|has not) (taken|had|touched|been taking)(?=[^.?!]{0,40}\b(since \w+|(in|for) "
    r"(?:like |about |over |nearly |almost |more than |the (?:last|past) )*(?:(?:a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a few|a couple of|a couple|several|\d+) (?:days?|weeks?|months?|nights?|fortnight|while)|ages|days|"
    r"weeks|months|last \w+|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|then))\b))\b",
    re.IGNORECASE,
)
# a journey, not a dose: "I go up to the Kunene on the twentieth", "we went up north"
_PLACE_AFTER = r"\s+(?:to\s+)?(?:the\s+)?(?-i:[A-Z][a-z])|\s+(?:north|south|country|the (?:road|hill|stairs|coast|mountain))\b"
_CHANGED = re.compile(
    r"\b(increas\w*|decreas\w*|up(ped)? (me|it|the dose)|upped|bumped|bump\w* (me |it |the dose )?(up|down)|"
    rf"(?:went|go|gone) up(?!{_PLACE_AFTER})|went down|lower\w*|raised|reduc\w*|doubl\w*|halv(?:e|ed|es|ing)\b|cut (it|the dose|me) "
    r"(down|back|in half)|adjust\w*|chang\w* (the|my|your) dose|dose (was )?(changed|went)|"
    r"titrat\w*|taper(s|ed|ing)?|wean(s|ed|ing)?|dropp(ed|ing)|drop (it|the dose|me)|"
    # ("put it from one milligram to two")
    rf"(come|coming|came|go|going|step|stepping|stepped) (down|up) (on|to)(?!{_PLACE_AFTER})|from \S+( (mg|milligrams?|mcg|micrograms?))? to|moved (me|it) (up|down)|cut \w+( \w+)? (back|down)|cut back|"
    rf"(back|down|up) to (the )?({NUMBER_RE}|half)\b|"
    r"(instead of|rather than|(down|up) from) (the |my )?(\d|point|half|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|a hundred)|(coming|came|come) down|"
    # "you're going to two milligrams at bedtime starting tonight"
    rf"(going|go|moving|move) (up |down )?to (the )?{NUMBER_RE}\s*(mg|milligrams?|mcg|micrograms?)|"
    # "I was on twenty, and since the 2nd I've been on ten", "on forty since spring and as of Monday I'm on sixty"
    rf"(was|been) on (the )?([\w-]+ ){{0,2}}(at )?{NUMBER_RE}[^.?!]{{0,60}}?\b(now|as of|since)\b[^.?!]{{0,30}}?"
    rf"\b((i'm|im|i am|i've been|ive been|he's|she's|he is|she is|they're|they are) (now )?on|it's|it is|its) (the )?{NUMBER_RE}|"
    # an old and a new amount side by side: "from the forty to the sixty", "one ten from a hundred",
    # "it was fifty now it's a hundred", "it's sixty now it was thirty"
    rf"from (the )?{NUMBER_RE} (up |down )?to (the )?{NUMBER_RE}|{NUMBER_RE} (now )?((up|down) )?from (the )?{NUMBER_RE}|"
    rf"(it was|it used to be|used to be|was at|was on) (the )?{NUMBER_RE}(\s*(mg|milligrams?|mcg|micrograms?))?,? (and )?(now|but now|as of)|"
    rf"\bnow\b[^.?!]{{0,25}}?\b(it was|it used to be|used to be|was at|was on) (the )?{NUMBER_RE}|"
    # an amount said to be before, then now: "before was twenty now forty", "Before it was fifty at night, now the doctor
    # make it double"; and the prescriber changing it: "doctor change it on the tenth"
    rf"\bbefore\s+(it\s+)?(was|is|it'?s)\s+(the\s+|only\s+)?{NUMBER_RE}\b[^.?!]{{0,60}}?\bnow\b|"
    r"\b(doctor|dr\.?\s+\w+|she|he|they|psychiatrist)\s+(chang\w*|adjust\w*)\s+(it|that|them)\b|"
    # ... or to an amount: "the doctor change to forty"
    rf"\b(doctor|dr\.?\s+\w+|she|he|they|psychiatrist)\s+(chang\w*|adjust\w*)\s+(it\s+)?to\s+(the\s+)?{NUMBER_RE}\b|"
    # the steps of a taper told in order: "first forty then thirty now i am on twenty"
    rf"\b(at )?first (the |it was |was )?{NUMBER_RE}(\s*(mg|milligrams?))?,? (and )?then (the |it was |was )?{NUMBER_RE}\b|"
    # the prescriber moved the dose: "we brought that down", "cut it to ten", "put it up"
    # ("the doctor make it up", "she made it up to forty": said by a client whose English puts "make" for "put")
    r"(brought|bring|bringing|put|putting|moved|dialed|dialled|knocked|turned|kicked|pushed|(?:(?<=\bdoctor )|(?<=\bshe )|(?<=\bhe )|(?<=\bthey ))(?:make|made)(?=\s+(?:it|them)\s+(?:up|down)\b[^.?!]{0,30}\b(?:now|to|from|before)\b)) "
    r"(it|that|this|them|me|him|her|the dose|the dosage) (back )?(up|down)|"
    # ... with the prescriber named: "doctor kulkarni make it up now it is punch at her"; or the drug named: "She made the
    # mirtazapine higher."
    r"\b(doctor|dr\.?)\s+[a-z]+\s+(make|made|makes)\s+(it|them)\s+(up|down)\b(?=[^.?!]{0,30}\b(now|to|from|before)\b)|"
    r"\b(she|he|they|doctor|dr\.?\s+[a-z]+)\s+(make|made|makes)\s+the\s+[a-z]+\s+(higher|lower|bigger|smaller|stronger|weaker|more|less)\b|"
    # "she make it bigger", "they made the dose smaller": a change in plain words
    r"(made|make|makes|making) (it|that|them|the dose|the dosage|the pill) (bigger|smaller|higher|lower|stronger|weaker|"
    r"more|less)|"
    r"cut (it|that|the dose|me|him|her)( back| down)? to|"
    # "cutting" is a change unless it is tablets being split: "the doctor gave me a few and I've been cutting them"
    r"cutting(?! (them|it|the (tablets?|pills?)|my (tablets?|pills?))\b(?! (down|back)\b))|"
    # a taper step said as a fraction: "we're doing the taper, i'm on half now"
    r"(i'm|im|i am|we're|now) (on |at |taking |down to )?half\b(?!\s+(a|an|of)\b))\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"\b(started(?!\s+(?!taking|using)\w+ing\b)|starting|began|begun|put (me|you|him|her) on|"
    # "They begin me with the five"
    r"begins? (me|him|her) (with|on)|"
    # the prescriber handing it over: "she gave me the propranolol for my legs"
    r"(she|he|they|doctor|doc|gp|psychiatrist|nurse) gave (me|him|her) (?=(the|some|a|an)\b)|"
    r"first (\w+ )?(shot|injection)|gave me (the|my) (first )?(\w+ )?(shot|injection)|gave me the first one\b|prescrib(?:ed|es|ing)|new (med|medication|"
    r"prescription)|just got(?!\s+(?:my|the|a|his|her)\s+(?:\w+\s+)?(?:shot|injection|dose|refill)s?\b)|added|adding|first (week|few days|dose)|initiat\w*|went on|"
    # ("she's got me on the tramadol" keeps the client on it: current)
    r"(?<!'s )(?<!has )(?<!have )(?<!'ve )got (me|you|him|her) on|start(ed)? (me|you|him|her) on|switch(ed|ing)? (me |him |her |you )?(over )?to|"
    r"restart\w*|back on|"
    # the base form as a past in some Englishes: "the topiramate on the third she start first two weeks only pa cheese"
    r"(?:she|he|they|doctor|doc) start(?=\s+(?:first|with)\b)|"
    # "on the ninth doctor chen she give me new one for the sleep"; a titration's first weeks: "The first two weeks I took
    # thirty. Since Saturday the sixty"
    # (or named: "And Dr Bouchard gave a new one last Thursday for the sleep, the trazodone.")
    r"(?:she|he|they|doctor|doc|dr\.?\s+\w+)\s+(?:give|gave|gives)\s+(?:(?:me|him|her)\s+)?(?:a\s+)?new\s+(?:one|medicine|med|pill|tablet)|"
    r"first\s+(?:two|three|four|few|couple\s+of)\s+(?:weeks|days)\s+i\s+(?:took|take|was\s+on)|"
    # the base form as a past in some Englishes: "i start them three weeks now", "she start him on it Monday"
    r"(?:i|we|he|she|they) start(?= (?:it|them|that|those|him|her|me)\b[^.?!]{0,40}\b(?:ago|now|since|last|"
    r"yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)|"
    # a start set for a day ahead, the verb after the dose in run-on speech: "three hundred at night start on monday"
    r"start(?:s)? (?:on |from |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)|"
    # the first days of a course: "i'm on day six", "day three of fourteen"
    rf"(i'm|im|i am|he's|she's|they're) (now )?on day {NUMBER_RE}|day {NUMBER_RE} of {NUMBER_RE})\b",
    re.IGNORECASE,
)
# on it since a day of this period: "he's on the baclofen since the 9th", "taking it every morning since Saturday"
_SINCE_RECENTLY = re.compile(
    r"\bsince\s+(the\s+\d{1,2}(st|nd|rd|th)\b|the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|twentieth|twenty[\s-]\w+|thirtieth|thirty[\s-]first)\b|(last\s+)?(monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b|yesterday|last\s+(week|session|time|visit|appointment)\b|"
    r"(a|one|two|three|a\s+few|a\s+couple(\s+of)?)\s+(days|weeks)\s+ago\b)",
    re.IGNORECASE,
)
# a strength listed, then since when: "And the patch for the cigarettes, the fourteen milligram, since Monday."
# (or how it is taken: "Fifty, one tablet, every morning since last Thursday.")
_STRENGTH_JUST_SAID = re.compile(rf"(?:\b{NUMBER_RE}\s*(?:mg|milligrams?|mcg|micrograms?)|\b(?:one|a)\s+(?:tablet|pill|capsule),?\s+"
                                 r"(?:every|each)\s+(?:morning|night|evening|day))\s*,?\s*$", re.IGNORECASE)
_ON_IT = re.compile(r"\b(on|taking|using|take|takes|been)\b", re.IGNORECASE)
_STATUS_HYPOTHETICAL = re.compile(
    # "birth control can lower lamotrigine levels": what a drug may do, not what was done
    r"\b(might|maybe|may|could|would|can(?!'t|not)|consider\w*|thinking about|talk(ed)? about|if|plan\w* to|"
    r"(scared|afraid|worried|nervous) (about|of)|"
    # up to the end of the sentence, or where ASR run-on speech goes on with what was done: "he said if it's
    # making me groggy to knock it on the head so i did and he put me on the mirtazapine"
    # ("i should tell you, i weaned myself off the": after a comma, a clause of its own)
    r"going to|gonna|want(s|ed)? to|wonder\w*|possibly|should)\b(?:(?!(?:\b(?:so|and|then|but)|,) (?:i|he|she|we|they) "
    r"(?:(?:did|started|put|went|switched|stopped|gave|got|weaned|tapered|quit|came)\b|$))[^.?!])*$"
    # the prescriber's goal, up to the next clause: "wants me all the way off by fall, and she started me on"
    r"|\bwant(s|ed)? (me|you|him|her|them)\b[^.?!,;]*$",
    re.IGNORECASE,
)
# a scheduled taper step is a change already ("the plan is to come down to point two five next week");
# only a maybe is not
_STATUS_MAYBE = re.compile(
    r"\b(might|maybe|may|could|would|consider\w*|thinking about|talk(ed)? about|if|wonder\w*|possibly|should)\b[^.?!]*$",
    re.IGNORECASE,
)
_TO_DOSE = re.compile(rf"^[^.?!]{{0,40}}?\bto\s+(the\s+)?{NUMBER_RE}", re.IGNORECASE)
# a time before this period: "since the summer", "since last year", "since 2019"
_SINCE_LONG_AGO = (r"since (the )?(summer|spring|fall|autumn|winter|last (year|summer|spring|fall|winter)|"
                   r"(high school|college|forever|then|\d{4})|(two|three|four|five|six|several|many|\d+) (years|months) ago)")
# the mention's own clause says nothing changed: "the zoloft is still one fifty", "kept it the same"
_CURRENT = re.compile(
    r"\b(still (on|taking|at|the same|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|"
    r"a hundred|\d)|is still|kept (it|the dose|him|her|me) (the same|at)|same dose|that's the same|is the same|"
    r"hasn't changed|no change|"
    # "she's been taking those since summer": long enough not to be new
    rf"been (taking|on|using)\b[^.?!]{{0,25}}\b{_SINCE_LONG_AGO})\b",
    re.IGNORECASE,
)
# the drug said to be unchanged right after its name: "the sertraline the same", "Lexapro, same."
_SAME_AFTER = re.compile(r"\W*(?:(?:is|it'?s|the|still)\s+)?(?:the\s+)?same\b(?!\s+(?:as|time|day|thing|problem)\b)", re.IGNORECASE)
# a drug another prescriber started and this one carried on
_CONTINUED = re.compile(r"\b(?:started|began)\s+(?:it|them)\b(?:[^.?!]|(?<=dr)\.){0,40}\b(?:continued|kept\s+(?:it|them)\s+(?:on|going))\b",
                        re.IGNORECASE)
# a change said with its new dose, enough to carry a change across one more turn of the exchange
_CHANGE_TO_DOSE = re.compile(
    rf"\b(going|go|moving|move|bump\w*|rais\w*|increas\w*|lower\w*|decreas\w*|upp\w*|drop\w*|cut\w*) "
    rf"(you |me |it |him |her )?(up |down |back )?to (the )?{NUMBER_RE}\s*(mg|milligrams?|mcg|micrograms?)\b",
    re.IGNORECASE,
)
_DOSE_UNIT_WORDS = r"(?:mg|mgs|milligrams?|mcg|micrograms?|units?)"
# "still on the twenty one milligram patch": the dose in force now, whatever step is planned after it
_STILL_ON_BEFORE = re.compile(r"\bstill\s+(on|taking|using|take|takes|use|have|get)\s+(the\s+|my\s+|your\s+|his\s+|her\s+)?"
                              rf"((?P<strength>{NUMBER_RE})[\s-]*({_DOSE_UNIT_WORDS}[\s-]+)?)?$"
                              # what is left after the stop just told: "I finished it in 2019 and never took it again. Now only
                              # the Anafranil."
                              r"|(?:^|[.!;]\s*|\band\s+)now\s+(?:only|just)\s+(?:the\s+|my\s+)?$", re.IGNORECASE)
# "fifteen in the morning and fifteen at night": the daily total (the dataset's rule for split doses)
_TIMES_OF_DAY = (
    # ("in morning": a second language drops the article)
    r"(?:in (?:the )?(?:morning|evening|afternoon|night)|at night|at bedtime|before bed|at lunch(?:time)?|at noon|at midday|midday|"
    r"in the (?:a\.?m|p\.?m)\b\.?|a\.?m\b\.?|p\.?m\b\.?|(?:with|at|after|before) (?:the )?(?:breakfast|lunch|dinner|supper|tea)\b|"
    r"after school|before school|at dinnertime|(?:in|during|through)\s+the\s+day(?:time)?|morning|night|evening|bedtime|nighttime)"
)
_DOSE_UNIT = r"(?:mg|mgs|milligrams?|mcg|micrograms?)"
# one amount for one time of day, either order: "three hundred in the morning", "at night six hundred"
_TIMED_DOSE = re.compile(
    # ("seventy five again in the evening")
    rf"(?<!\bat )(?<!\baround )(?<!\bby )(?:another\s+)?(?P<a>{NUMBER_RE})(?:\s*{_DOSE_UNIT})?(?:\s+(?:again|more|also|too))?\s+{_TIMES_OF_DAY}"
    rf"|{_TIMES_OF_DAY},?\s+(?:another\s+|it's\s+|is\s+|i\s+take\s+|i\s+have\s+)?(?P<b>{NUMBER_RE})(?:\s*{_DOSE_UNIT})?(?!\s*(?:o'clock|:))"
    # a count of a strength: "two of the fives in the morning and one at midday"
    rf"|\b(?P<c>one|two|three|four|a\s+couple)\s+of\s+(?:the|my)\s+(?P<s>{NUMBER_RE})s?(?:\s*{_DOSE_UNIT})?\s+{_TIMES_OF_DAY}",
    re.IGNORECASE,
)
_SAME_AGAIN = re.compile(
    rf"[\s,]*(?:and\s+)?(?:then\s+)?(?:the\s+)?same(?:\s+again|\s+dose|\s+amount)?\s+{_TIMES_OF_DAY}", re.IGNORECASE
)
_SECOND_OF_SAME = re.compile(rf"(?<![\w-])(?P<a>{NUMBER_RE})(?![\w-])(?:\s*{_DOSE_UNIT})?[^.?!]{{0,40}}?\band\s+(?:then\s+)?(?:the|a)\s+second\s+"
                             rf"(?:one\s+)?(?:of\s+)?(?:the\s+)?(?P<b>{NUMBER_RE})(?![\w-])", re.IGNORECASE)
_TIMED_JOIN = re.compile(
    # "ten in the morning before school and ten at lunch": a second time phrase may qualify the first
    rf"[\s,]*(?:{_TIMES_OF_DAY}[\s,]+)?"
    # (or when that is in the client's day: "seventy five in the morning when i wake in the afternoon and seventy five ...")
    rf"(?:when\s+i\s+(?:wake|get\s+up|go\s+to\s+(?:bed|sleep|work)|come\s+home)(?:\s+up)?(?:\s+{_TIMES_OF_DAY})?[\s,]+)?"
    # "two of the five hundred in the morning with my bread, and one five hundred in the night"
    r"(?:(?:with|after|before)\s+(?:my\s+|the\s+|some\s+)?(?:food|breakfast|bread|tea|coffee|milk|meals?|eating|dinner|supper|lunch)[\s,]+)?"
    r"(?:(?:and|then|plus|with|now|still|also|like before|as before|same as before|as usual|like usual)[\s,]+)*"
    # "the one-fifty at night and the fifty in the day", "ten in the morning and then i'm supposed to take the other
    # ten at lunch"
    r"(?:(?:i'?m\s+|i\s+am\s+|i\s+)?(?:(?:supposed|meant|told|s'posed)\s+to\s+)?(?:take|have)\s+)?(?:the\s+(?:other\s+)?|another\s+)?",
    re.IGNORECASE,
)
_HALF_NOW = re.compile(
    r"^[^.?!]{0,40}?\b(now|down to|cut (it )?to|(i'm|im|i am|i've been) (now )?(on|at|taking))\b(?! and then)"
    r"[^.?!]{0,16}?\bhalf\b(?! (a|an) )"
    r"(?!\s+(in|next|after)\b)|"  # "half in two weeks" is the next step, not the dose now
    # the tablet split by the client: "the fifty in half like he said", "Doctor give ten, I cut half, I take half"
    r"^\s*(in|into) half\b(?!\s+(next|after|from)\b)|"
    r"^[^.?!]{0,20}?\b(i|we|she|he|you) (cut|split|break|snap|halve)s?( it| them| em| 'em| that| the tablets?| the pills?)?( in| into)? (half|two)\b"
    r"(?!\s+(next|after|from)\b)|"
    # the tablet cut for a reason, then half taken: "one hundred but is too strong, I wake like drunk, so I cut it, I take
    # only the half"
    r"^[^.?!]{0,60}?\b(i|we) (cut|split|break|halve)s? (it|them)\b[^.?!]{0,20}?\b(take|takes|use|uses) (only |just )?(the |a )?"
    r"half\b(?!\s+(an? hour|next|after|from|the time)\b|\s+(of\s+)?(a|an|one|the)\b)|"
    # "the point five, but I take half, only at night"
    # (over a full stop: "the point five. I take half, only when it is very bad"; "she said start on half")
    r"^[^?!]{0,20}?\b(i|we|she|he) (only |just )?(take|takes|use|uses|said start on|says start on|said to start on) (only |just )?(like |the |a )?half\b(?!\s+(an? hour|next|after|from|the time)\b|\s+(of\s+)?(a|an|one|the)\b)",
    re.IGNORECASE,
)
# the tablet cut in four by the client: "it's a hundred so I quarter it"
# (and "The tablet is a hundred, but I take a quarter")
_QUARTERED = re.compile(r"^[^.?!]{0,20}?\b(?:i|we|she|he|you)\s+(?:quarter|cut\s+(?:it|them)\s+(?:in|into)\s+(?:quarters|four)|"
                        r"(?:only\s+|just\s+)?take\s+(?:only\s+|just\s+)?(?:a|one)\s+quarter(?!\s+(?:of\s+an\s+hour|past|to)\b))\b",
                        re.IGNORECASE)
_NEG_ANSWER = re.compile(
    # ("I never start." answers no; "I never miss it." does not)
    r"^\W*(no|nope|nah|not really|not anymore|never|not yet|i haven'?t|i didn'?t|"
    r"i\s+(?:never|did\s+not|have\s+not)(?!\s+(?:miss\w*|forget\w*|forgot|skip\w*|stop\w*|run\w*\s+out|ran\s+out)\b))\b", re.IGNORECASE
)
_YES_ANSWER = re.compile(r"^\W*(yes|yeah|yep|yup|aye|i did|she did|he did|we did|uh-huh|mm-hmm|sure did)\b", re.IGNORECASE)
# what a yes/no question asks about the drug: "Did you start the prazosin?", "Did she lower the Seroquel?"
_ASKED = (
    ("stopped", re.compile(r"\b(stop|stopped|quit|come off|go off|came off|went off|discontinue|discontinued)\b", re.IGNORECASE)),
    ("changed", re.compile(r"\b(increase|increased|raise|raised|lower|lowered|decrease|decreased|adjust|adjusted|"
                           r"change the dose|chang(?:e|ed)\s+(?:the|your|his|her)(?!\s+(?:prescription|pharmacy|chemist|doctor|gp|brand))|"
                           r"bump|bumped|up the dose)\b", re.IGNORECASE)),
    ("started", re.compile(r"\b(start|started|begin|began|go on|went on|fill|filled|pick up|picked up)\b", re.IGNORECASE)),
)
# a new drug in the place of one just stopped: "and now I have hydroxyzine", "now i'm on lexapro"
_REPLACEMENT_BEFORE = re.compile(
    r"\bnow\s+(i have|i've got|i got|i'm on|im on|i'm taking|im taking|i take|i use|they gave me|"
    r"(she|he|they) (gave|has|have|put) me( on)?)\s+(the\s+|some\s+)?$",
    re.IGNORECASE,
)


# a question without its question mark, as ASR writes it: "okay did you start the new medication"
_UNMARKED_QUESTION = re.compile(r"^\W*((okay|ok|so|and|alright|right|um|uh)\W+)*(did|have|has|are|were|is|do|does)\s+"
                                r"(you|she|he|they|we)\b", re.IGNORECASE)


def _asked_status(question: str, reply: str) -> str | None:
    asked = question.rstrip().endswith("?") or _UNMARKED_QUESTION.match(question)
    if not asked or not _YES_ANSWER.search(reply):
        return None
    if re.search(r"\bstill\s+(on|taking|using)\b", question, re.IGNORECASE):
        return None  # "still on the Trintellix that Dr. C started?" "Yes.": taken now, begun before
    return next((status for status, rx in _ASKED if rx.search(question)), None)


@dataclass
class Mention:
    generic: str
    turn: int
    start: int
    end: int
    speaker: str


@dataclass
class MedFact:
    name: str
    dose: str | None
    status: str
    evidence: list[int] = field(default_factory=list)


# a sentence about taking something: what an everyday word ("magnesium", "nicotine") needs to be a drug
_TAKING = re.compile(
    r"\b(take|takes|taking|took|on|chew|chews|chewing|chewed|started|stopped|using|use|pills?|tablets?|capsules?|gumm(y|ies)|patch(es)?|"
    r"supplements?|dose|mg|milligrams?|mcg|micrograms?|units|iu|every (other )?(day|morning|night)|at night|at bedtime|"
    r"before bed|a day|daily|prescri\w*|recommended)\b",
    re.IGNORECASE,
)
# salt and release words the drug NER keeps in its names ("sertraline hydrochloride", "bupropion extended-release")
_NAME_NOISE = re.compile(
    r"\s+(hydrochloride|hcl|hydrobromide|sodium|potassium|succinate|tartrate|fumarate|maleate|mesylate|besylate|"
    r"carbonate|citrate|sulfate|bromide|dimesylate|extended-release|er|xr|sr|cr|la|patch|transdermal|oral)\b",
    re.IGNORECASE,
)


def generic_name(name: str) -> str:
    """A drug name as the gold writes it: lexicon generic for a known surface, salts and forms dropped,
    and a combination written with a hyphen ("olanzapine and samidorphan" -> "olanzapine-samidorphan")."""
    key = name.lower().strip()
    if key in MED_SURFACE:
        return MED_SURFACE[key]
    key = _NAME_NOISE.sub("", key).strip()
    key = re.sub(r"\s*(?:,\s*and|,|\band|/)\s*", "-", key)
    return MED_SURFACE.get(key, key)


# a word of a name the transcriber heard as several: "the ren vela", "lex a pro", "guan facine"
_WORD_OF_NAME = re.compile(r"[a-z]+", re.IGNORECASE)


def sound_key(word: str) -> str:
    """A drug name as it sounds, for names the transcriber heard as other words: spellings of one sound
    merged (ph/f, z/s, soft c/s, qu/k, m/n), every run of vowels one vowel, a final vowel and doubles dropped
    ("met for men" and "metformin" are both ``natfarnan``, "trays a done" and "trazodone" ``trasadan``)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    for a, b in (("ph", "f"), ("ck", "k"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("th", "t"), ("m", "n")):
        w = w.replace(a, b)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    w = w[:1] + re.sub(r"h", "", w[1:])
    w = re.sub(r"[aeiouyw]+", "a", w)
    return re.sub(r"(.)\1+", r"\1", w).removesuffix("a")


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:] or (len(a) == len(b) and a[i + 1:] == b[i + 1:])


# sound key -> generic, for every name of six letters or more whose key no other drug shares
_BY_SOUND: dict[str, str] = {}
for _surface, _generic in MED_SURFACE.items():
    _letters = re.sub(r"[^a-z]", "", _surface)
    # (a name written with a digit is no sound: "omega-3s" keyed as letters only would be "image as")
    if len(_letters) >= 6 and _surface in SOUND_SURFACES and not re.search(r"\d", _surface):
        _key = sound_key(_letters)
        _BY_SOUND[_key] = _generic if _BY_SOUND.get(_key, _generic) == _generic else ""
_BY_SOUND = {k: g for k, g in _BY_SOUND.items() if g and len(k) >= 6}
# a misheard name is read only where a drug is expected: after a taking, stopping or starting word ("quit the trays
# a done", "started me on the sir tra lean") or right before its dose ("the met for men five hundred")
_TAKE_SLOT_BEFORE = re.compile(
    r"(\b(taking|take|takes|took|quit|stopped|stop|started|start|bumped|upped|left|missed|restarted|using|"
    r"reduce|reduced|reduces|lowered|raised|increased|dropped)"
    r"(\s+(me|him|her|up|down|back|off|on))*|"
    # "put" only of a person: "she put me on the", never "you put my truck in de group"
    r"\bput(\s+(me|him|her|them|you|us))(\s+(up|down|back|off|on))*|"
    r"\b(still|i'm|im|been|you're|youre|she's|he's|me|him|her|up|down|back|was|were|is) on|"
    # the form named first: "my puffer the al beauty role", "the inhaler, the"
    r"\b(puffer|inhaler)\s*,?)"
    r"\s+(the|my|that|some)\s+((um|uh|er)\s+(the\s+)?)?$", re.IGNORECASE)
# or right after its dose: "three milligrams of the pray zosin", "the fifty of the sir tra lean"
_DOSE_OF_BEFORE = re.compile(rf"(?:\b{NUMBER_RE}[\s-]*{_DOSE_UNIT}|\bthe\s+{NUMBER_RE})\s+of\s+(?:the\s+|my\s+|your\s+)?$",
                             re.IGNORECASE)
# (the tablet named by its look first: "the mir ta za peen the small one seven and half at night")
# a tablet named by its look: "the small one", "the white one"
_TABLET_LOOK = r"(?:small|smaller|little|tiny|big|bigger|white|pink|blue|yellow|orange|round|new)"
# the release form said as letters: "the ven la fax een the e r one fifty", "x l", "s r"
_RELEASE_SAID = r"(?:(?:the\s+)?(?:e\s?r|x\s?r|x\s?l|s\s?r|c\s?r|l\s?a|e\s?x\s?r|extended|slow\s+release))"
# (or after the client's own taking: "the ven la fax een i take the seventy five in the morning")
_DOSE_NEXT = re.compile(rf"^\W*(?:i\s+(?:take|use|have)\s+)?(?:(?:the|um|uh|yeah|yes|yep|aye|like|about|same|still|only|just)\W+){{0,2}}"
                        rf"(?:{_TABLET_LOOK}\s+one\W+)?(?:{_RELEASE_SAID}\W+)?{NUMBER_RE}\b"
                        r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times|o'clock|a\.?m|p\.?m)\b)", re.IGNORECASE)
# the dose told as a change right after the name: "the flu ox e teen before it was ten now the doctor make it twenty"
# (after what it is for: "the am low dip een for the high pressure before it was five now he changed it to ten")
# (or after the prescriber's change told: "the flu ox eh teen the doctor change it first was the ten now the twenty", "the
# ven la fax een doctor abalo change it before was thirty seven point five now is the seventy five")
_DOSE_CHANGED_NEXT = re.compile(rf"^\W*(?:for\s+(?:the\s+|my\s+)?(?:\w+\s+){{0,2}}?\w+\s+)?"
                                rf"(?:(?:the\s+)?(?:(?:doctor|dr)(?:\s+(?!chang|rais|lower|increas|put)\w+)?|she|he)\s+(?:(?:chang\w*|rais\w*|lower\w*|increas\w*)\s+it|"
                                rf"put\s+it\s+(?:up|down))\s+)?"
                                rf"(?:before|at\s+first|first)\s+(?:it\s+)?(?:was|is|it's)\s+"
                                rf"(?:the\s+)?{NUMBER_RE}\b|"
                                # "the des ven la fax een it was one hundred but she bring it down to fifty last week"
                                rf"^\W*(?:it\s+)?was\s+(?:the\s+)?{NUMBER_RE}\b(?=[^.?!]{{0,40}}?\b(?:now|down\s+to|up\s+to|changed|"
                                rf"made\s+it|make\s+it)\b)|"
                                # the prescriber's change told straight after, with its amounts: "the pris teak yes doctor raised
                                # it last month from fifty to one hundred milligram"
                                rf"^\W*(?:(?:yes|yeah|and)\W+)?(?:the\s+)?(?:doctor|dr|she|he)(?:\s+(?!rais|lower|increas|reduc|chang)\w+)?\s+"
                                rf"(?:raised|lowered|increased|reduced|changed|moved|bumped|put|upped|dropped)\s+(?:it|me)\b"
                                rf"[^.?!]{{0,30}}?\bfrom\s+(?:the\s+)?{NUMBER_RE}\s+to\s+(?:the\s+)?{NUMBER_RE}\b",
                                re.IGNORECASE)
# ... or as what the prescriber gave: "the ke tia pin the doctor doctor mendes he pass me twenty five"
_DOSE_GIVEN_NEXT = re.compile(rf"^[^.?!]{{0,50}}?\b(?:pass|passed|gave|give|gives|prescribed|prescribe|put)\s+me\s+(?:on\s+)?(?:the\s+)?"
                              rf"{NUMBER_RE}\b|"
                              # or started, and when: "the flu ox a teen she start me last month ten for one week then twenty"
                              rf"^[^.?!]{{0,30}}?\b(?:start|started|starts)\s+me\s+(?:on\s+)?(?:(?:last|this)\s+(?:week|month)\s+)?"
                              rf"(?:the\s+)?{NUMBER_RE}\b", re.IGNORECASE)
# what it is for, said straight after: "the lo sar tan for the pressure it was fifty" ("tan" is also a given name)
_FOR_AILMENT_NEXT = re.compile(r"\W*for\s+(?:the\s+|my\s+)?(?:high\s+|low\s+)?(?:blood\s+)?(?:pressure|sugar|cholesterol|heart|thyroid|"
                               r"sleep|pain|allergy|allergies|stomach|anxiety|nerves|diabetes|tension|asthma|migraines?|headaches?|"
                               r"cough|skin|eczema|gout|knees?|back|depression|mood|bladder|prostate)\b", re.IGNORECASE)
# what it is for, then its strength in milligrams: "propane oh lol for the shaking hands she said ten milligram"
_PURPOSE_THEN_MG_NEXT = re.compile(rf"\W*for\s+(?:the\s+|my\s+)?(?:\w+\s+){{0,2}}?\w+\b[^.?!]{{0,40}}?\b{NUMBER_RE}[\s-]*"
                                   r"(?:mg|milligrams?|mcg|micrograms?)\b", re.IGNORECASE)
# what it is for, then its strength: "the clear i tin for the allergy the ten every day"
_PURPOSE_DOSE_NEXT = re.compile(rf"^\W*for\s+(?:the\s+|my\s+)?(?:\w+\s+){{0,2}}?\w+\s+the\s+{NUMBER_RE}\b", re.IGNORECASE)
# a unit or a frequency said with the number: "sir trawling fifty mig same as ever", "five hundred twice a day"
_DOSE_FREQUENCY = (r"\b(?:mig|migs|milligrams?|mg|mcg|micrograms?|units?|(?:once|twice|three\s+times|four\s+times)\s+a\s+day|"
                   r"a\s+day|daily|every\s+(?:morning|night|day|evening)|"
                   # taken as needed: "the eye bu pro fen four hundred when it is bad maybe three times in the week"
                   r"(?:once|twice|two\s+times|three\s+times|four\s+times)\s+(?:a|in\s+the|per|every)\s+week|when\s+(?:it\s+is|it'?s)\s+bad|"
                   r"as\s+needed|when\s+needed)\b")
# or a few words before a count of its doses: "the vent all in the blue one two puffs when my chest is tight"
_DOSES_COUNTED_NEXT = re.compile(rf"^(?:\W+[\w'-]+){{0,4}}?\W+{NUMBER_RE}\s+(?:puffs?|tablets?|pills?|capsules?|drops?|sprays?)\b|"
                                 # or of the tablet's strength: "the a me trip tea lean yes the tablets are ten"
                                 rf"^(?:\W+[\w'-]+){{0,3}}?\W+(?:tablets?|pills?|capsules?)\s+(?:are|is)\s+(?:the\s+)?{NUMBER_RE}\b",
                                 re.IGNORECASE)
# or right before the form it comes in: "the sub ox zone film i stopped them", "the sub low cade the shot"
_FORM_NEXT = re.compile(r"\W*(?:the\s+)?(?:films?|strips?|shots?|injections?|jabs?|patch(?:es)?|tablets?|pills?|capsules?|inhaler|"
                        r"puffer|drops|cream|gumm(?:y|ies)|spray)\b", re.IGNORECASE)
# words a name heard as several never opens or closes with, and never holds ("it's still the same one")
_RUN_INSIDE = frozenset("the my and is it you i he she we they his her your um uh yeah like them him us our their "
                        # (a verb of being or having is no syllable: "your days were all one grey" is no Desyrel)
                        "were are was been have has had".split())
_RUN_EDGE = frozenset("the my on in at of to and is it so me you i he she we they or for but as was his her your "
                      # (an answer's first word is no syllable: "yes ci ta lo pram" is citalopram, not escitalopram)
                      "um uh er yeah aye like yes yep no nope okay ok also still now then just only "
                      # ("pick a fixed block say from five in the morning": "say from" is no Zofran)
                      "say from with by".split())


# a sentence about taking medicine, in words stronger than _TAKING's "on"
_TAKING_WORD = re.compile(r"\b(?:take|takes|taking|took|pills?|tablets?|capsules?|mg|milligrams?|mcg|micrograms?|dose|prescri\w*|"
                          r"doctor|dr|at\s+night|in\s+the\s+morning|every\s+(?:day|night|morning))\b", re.IGNORECASE)


def _sounds_like(run: list[re.Match[str]], text: str, whole_only: bool = False) -> str | None:
    """The generic a run of two or three words sounds like ("trays a done", "sir tra lean", "am low dipping")."""
    words = [w.group(0).lower() for w in run]
    joined = "".join(words)
    # a name's last syllable heard as the word: "the mirta zap in", "met form in", "ram el tee on"
    ends_in = words[-1] in ("in", "on")
    # (six letters only right before a dose: "the dia max the one twenty five two times a day")
    short = len(joined) < 6 or len(joined) == 6 and not _DOSE_NEXT.match(text[run[-1].end():])
    # (a syllable heard as "i" inside a long name: "the al lo pure i nol the hundred")
    # (five words heard as one name, an exact sound only: "now i cut in" is no nicotine)
    # (an "i" at either end is already an edge word)
    # (and "i" between two syllables, for an exact sound only: "the clear i tin for the allergy the ten every day")
    inside = any(w in _RUN_INSIDE and not (w == "i" and (len(words) >= 5 or 0 < k < len(words) - 1)) for k, w in enumerate(words))
    # ("me" opens a name only after "the": "gave me the me lock si cam fifteen")
    # (a syllable ending in -th is no ordinal in four words or more that sound exactly like a name: "the meth il fen i date")
    exact_long = len(words) >= 4 and sound_key(joined) in _BY_SOUND
    opens_name = words[0] == "me" and re.search(r"\bthe\s+$", text[max(0, run[0].start() - 5):run[0].start()], re.IGNORECASE)
    if short or (words[0] in _RUN_EDGE and not opens_name) or (words[-1] in _RUN_EDGE and not ends_in) or inside or joined != "".join(w.group(0) for w in run) \
            or text[max(0, run[0].start() - 1):run[0].start()] == "'" or any(w in NUMBER_WORDS or w in SCALE_WORDS or re.fullmatch(r"\w+(teenth|tieth|th)", w) and not exact_long
                   for w in words):
        return None  # ASR writes a misheard name in lower case; "Grace Adeyemi" is a person
    # (the sentence is looked up only for a run a dose follows: this runs on every short run of every turn)
    # (a long name heard whole in three syllables or more needs no slot: "the flu ox e teen the pro zac doctor lim say")
    # (after "the" or "my", in a sentence about taking medicine: "the rash here on the right side" is no ramelteon)
    long_exact = len(words) >= 3 and len(joined) >= 9 and all(len(w) <= 4 for w in words) and sound_key(joined) in _BY_SOUND \
        and not whole_only and bool(re.search(r"\b(?:the|my)\s+$", text[max(0, run[0].start() - 5):run[0].start()], re.IGNORECASE)) \
        and bool(_TAKING_WORD.search(sentence_at(text, run[0].start()).text))
    if not long_exact and not (_TAKE_SLOT_BEFORE.search(text[max(0, run[0].start() - 40):run[0].start()])
            or _DOSE_OF_BEFORE.search(text[max(0, run[0].start() - 60):run[0].start()])
            or _DOSES_COUNTED_NEXT.match(text[run[-1].end():run[-1].end() + 60])
            or _DOSE_CHANGED_NEXT.match(text[run[-1].end():run[-1].end() + 60])
            or _DOSE_GIVEN_NEXT.match(text[run[-1].end():run[-1].end() + 80])
            or _FORM_NEXT.match(text, run[-1].end())
            or _PURPOSE_THEN_MG_NEXT.match(text, run[-1].end())
            or ((_DOSE_NEXT.match(text[run[-1].end():]) or _PURPOSE_DOSE_NEXT.match(text[run[-1].end():]))
                and re.search(rf"{_TAKING.pattern}|{_TIMES_OF_DAY}|{_DOSE_FREQUENCY}", sentence_at(text, run[0].start()).text,
                              re.IGNORECASE))):
        return None
    key = sound_key(joined)
    if key in _BY_SOUND:
        return _BY_SOUND[key]
    if ends_in or whole_only or "i" in words:
        return None  # only a name heard whole: "the lex a pro in the morning" is no near match
    # one sound more or less only in a long name: "am low dipping" for amlodipine
    near = {g for k, g in _BY_SOUND.items() if len(k) >= 8 and _edit_distance_at_most_one(k, key)}
    return near.pop() if len(key) >= 9 and len(near) == 1 else None


def names_said_apart(text: str) -> list[tuple[str, int, int]]:
    """Drug names split into two or three words by speech recognition, found where the words run together
    into a name the lexicon knows (generic, start, end); a name said whole is ``_SURFACE_RE``'s. Across 300
    sessions the only runs are such names (ren vela, lex a pro, guan facine, am bien, well butrin). A run that
    only sounds like a name ("the trays a done", "the sara quell") counts in a sentence about taking it."""
    words = list(_WORD_OF_NAME.finditer(text))
    said_whole = [(m.start(), m.end()) for m in _SURFACE_RE.finditer(text)]
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        for n in (5, 4, 3, 2):  # "al lo pure i nol the hundred for the gout"
            run = words[i:i + n]
            # a short street name heard inside a longer name is a syllable of it: "the dule oxy teen sixty" (three
            # words or more, each of them inside the run)
            inside = [w for w in run if w.group(0).lower() in MED_SURFACE]
            syllable = n >= 3 and bool(inside) and all(len(w.group(0)) <= 4 for w in inside)
            # (or spelt out in syllables with hyphens: "The es-ci-ta-lo-pram, same", "mir-ta-za-pine, fifteen")
            gaps = {text[a.end():b.start()] for a, b in zip(run, run[1:], strict=False)}
            if len(run) < n or not (gaps == {" "} or gaps == {"-"} and n >= 3) \
                    or any(a < run[-1].end() and run[0].start() < b and not (syllable and run[0].start() <= a and b <= run[-1].end())
                           for a, b in said_whole):
                continue
            whole_name = "".join(w.group(0) for w in run).lower()
            # (a name said with its Spanish, Portuguese or Italian ending: "ven la fax ina", "pa ro xe tina"; the last
            # syllable may be a given name)
            latin = MED_SURFACE.get(re.sub(r"ina$", "ine", whole_name)) if len(whole_name) >= 8 and whole_name.endswith("ina") else None
            if inside and not syllable \
                    or latin is None and any(w.group(0).lower() in given_names() for w in run[1:]) \
                    and not _DOSE_NEXT.match(text[run[-1].end():]) \
                    and not _DOSE_GIVEN_NEXT.match(text[run[-1].end():run[-1].end() + 80]) \
                    and not _FOR_AILMENT_NEXT.match(text, run[-1].end()) \
                    and not _DOSE_CHANGED_NEXT.match(text[run[-1].end():run[-1].end() + 60]):  # "at ivan's" is no ativan; "the dia max the one twenty five" is
                continue
            joined = whole_name
            generic = MED_SURFACE.get(joined) or latin
            if not (generic and len(joined) >= 6 and not MEDICATIONS[generic].needs_context):
                generic = _sounds_like(run, text, whole_only=bool(inside))
            if generic:
                out.append((generic, run[0].start(), run[-1].end()))
                i += n - 1
                break
        i += 1
    return out


def names_a_drug(text: str) -> bool:
    """Whether ``text`` names a drug the lexicon knows, by any of its names."""
    return _SURFACE_RE.search(text) is not None


# a strength said right after a name: "The folic acid, the five."
_STRENGTH_AFTER = re.compile(rf"[\s,]+the\s+{NUMBER_RE}\b(?!\s+(?:a|per|each|every)\s+day)", re.IGNORECASE)


# a name also said of the body's own stores, followed by what a blood test says of it
_BLOOD_LEVEL_AFTER = re.compile(r"\s+(?:levels?|results?|count|reading)\b|\s+(?:was|were|is|are|came back)\s+(?:\w+\s+)?"
                                r"(?:low|high|normal|deficient|borderline)\b", re.IGNORECASE)


def _listed_with_strength(text: str, m: re.Match[str]) -> bool:
    """A name also said of food or habits, given its strength in a list of the client's medicines: "The
    hydroxycarbamide, one thousand every day. The folic acid, the five." """
    strength = _STRENGTH_AFTER.match(text, m.end())
    if strength is None or _NOT_DOSE_AFTER.search(text[strength.end():]):
        return False
    return any(not MEDICATIONS[MED_SURFACE[o.group(1).lower()]].needs_context
               for o in _SURFACE_RE.finditer(text) if o.start() != m.start())


def _dosed_after(text: str, end: int) -> bool:
    """A name followed at once by its amount and when it is taken: "B1? Thiamine. Hundred, every morning." """
    noun = re.match(rf"\s+{_PILL_NOUN}\b", text[end:end + 20], re.IGNORECASE)  # "The vitamin D drops. Two drops every morning"
    end += noun.end() if noun else 0
    amount = _DOSE_NEXT.match(text[end:end + 60])
    return amount is not None and re.match(rf"(?:\s+{_PILL_NOUN})?[\s,]*(?:{_DOSE_FREQUENCY}|{_TIMES_OF_DAY})",
                                           text[end + amount.end():], re.IGNORECASE) is not None


_NAMED_NEXT = re.compile(rf"(?:\s+{_PILL_NOUN})?\s*,\s*(?:the\s+)?" + _SURFACE_RE.pattern, re.IGNORECASE)


def fold_accents(text: str) -> str:
    """``text`` with each accented letter read as its base letter, keeping every offset: "losartán" -> "losartan"."""
    return text if text.isascii() else "".join(map(_base_letter, text))


@lru_cache(maxsize=4096)
def _base_letter(ch: str) -> str:
    parts = unicodedata.normalize("NFKD", ch)
    return parts[0] if len(parts) > 1 and unicodedata.combining(parts[1]) else ch


def find_mentions(turns: list[dict[str, str]]) -> list[Mention]:
    out: list[Mention] = []
    for i, t in enumerate(turns):
        text = t.get("text", "")
        spans: list[tuple[int, int]] = []
        apart = names_said_apart(text)
        # (read with accents folded, one character for one: "The losartán, yes, la de cien")
        for m in _SURFACE_RE.finditer(fold_accents(text)):
            if any(s <= m.start() and m.end() <= e for _, s, e in apart):
                continue  # a syllable of a name said apart ("the dule oxy teen")
            generic = MED_SURFACE[m.group(1).lower()]
            named = _NAMED_NEXT.match(text, m.end())
            if named and MED_SURFACE[named.group(1).lower()] != generic \
                    and MED_SURFACE[named.group(1).lower()].split()[0] == generic.split()[0]:
                continue  # "The iron tablet, ferrous fumarate": the family named, then which one of it
            if MEDICATIONS[generic].needs_context and not _TAKING.search(sentence_at(text, m.start()).text) \
                    and not _answers_taking_question(turns, i, m.start()) and not _listed_with_strength(text, m) \
                    and not _dosed_after(text, m.end()):
                continue
            level = _BLOOD_LEVEL_AFTER.match(text, m.end()) if MEDICATIONS[generic].needs_context else None
            # ... unless the sentence goes on to what is taken for it ("The vitamin D was low so I take a thousand units
            # now"; "low on the bloods" is no taking)
            if level and not any(w.group(0).lower() != "on"
                                 for w in _TAKING.finditer(text, level.end(), sentence_at(text, m.start()).end)):
                continue  # "my calcium was low on the bloods": a result, not something taken
            out.append(Mention(generic, i, m.start(), m.end(), t.get("speaker", "")))
            spans.append((m.start(), m.end()))
        for generic, s, e in apart:
            out.append(Mention(generic, i, s, e, t.get("speaker", "")))
            spans.append((s, e))
        for name, s, e in find_drug_names(text):
            if any(s < b and e > a for a, b in spans):
                continue
            generic = generic_name(name)
            if generic in MEDICATIONS and MEDICATIONS[generic].needs_context:
                continue  # the lexicon saw it and found no taking context
            out.append(Mention(generic, i, s, e, t.get("speaker", "")))
            spans.append((s, e))
        out += unnamed_patches(turns, i, spans)
    return _combined(out, turns)


# two names of one combination product said together: "the levonorgestrel one with the ethinyl estradiol",
# "lisinopril/hydrochlorothiazide" (not "and": "the memantine and the aricept" are two tablets)
_COMBINED_BY = re.compile(r"\s*(?:one\s+|tablet\s+|pill\s+)?(?:,\s*)?(?:with|plus|/|-)\s+(?:the\s+)?(?P<ethinyl>ethinyl\s+)?",
                          re.IGNORECASE)


def _combined(mentions: list[Mention], turns: list[dict[str, str]]) -> list[Mention]:
    """Mentions of the two parts of a combination the lexicon knows, said together, as one mention of it."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda x: (x.turn, x.start))
    k = 0
    while k < len(ordered):
        a = ordered[k]
        b = ordered[k + 1] if k + 1 < len(ordered) else None
        by = _COMBINED_BY.fullmatch(turns[a.turn].get("text", "")[a.end:b.start]) \
            if b is not None and b.turn == a.turn and b.generic != a.generic else None
        if b is not None and by is not None:
            second = f"ethinyl {b.generic}" if by.group("ethinyl") else b.generic
            combo = next((c for c in (f"{a.generic}-{second}", f"{second}-{a.generic}") if c in MEDICATIONS), None)
            if combo is not None:
                out.append(Mention(combo, a.turn, a.start, b.end, a.speaker))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


# a patch said without its drug is the one its topic names: "he started me on the patch" while quitting
# cigarettes is nicotine, "the fifty microgram patch" from "the hormones" is estradiol
_PATCH = re.compile(r"(?<!rough )(?<!bad )(?<!tough )(?<!hard )(?<!good )(?<!dry )(?<!bald )(?<!soft )(?<!eye )"
                    r"(?<!pumpkin )(?<!berry )(?<!garden )(?<!vegetable )(?<!cabbage )\bpatch(?:es)?\b", re.IGNORECASE)
_PATCH_TOPICS = (
    ("nicotine", re.compile(r"\b(smok\w*|cigarettes?|cigs|ciggies|vap(e|es|ing)|tobacco|nicotine|cravings? for a smoke)\b",
                            re.IGNORECASE)),
    ("estradiol", re.compile(r"\b(hormones?|hrt|menopaus\w*|perimenopaus\w*|hot flash\w*|hot flush\w*|flashes|flushes|"
                             r"estrogen|oestrogen)\b", re.IGNORECASE)),
)


def unnamed_patches(turns: list[dict[str, str]], i: int, spans: list[tuple[int, int]]) -> list[Mention]:
    text = turns[i].get("text", "")
    out: list[Mention] = []
    for m in _PATCH.finditer(text):
        if any(m.start() - 30 <= b and a <= m.end() + 30 for a, b in spans):
            continue  # "the Daytrana patch", "a patch, the estradiol": the drug is named
        context = " ".join(t.get("text", "") for t in turns[max(0, i - 2):i + 1])
        topics = [generic for generic, rx in _PATCH_TOPICS if rx.search(context)]
        if len(topics) == 1:
            out.append(Mention(topics[0], i, m.start(), m.end(), turns[i].get("speaker", "")))
    return out


def _answers_taking_question(turns: list[dict[str, str]], i: int, pos: int) -> bool:
    """The first sentence of a reply to a question about what is taken ("Anything else she's on?" / "Just the
    multivitamin.") is about taking, though it says no taking word itself."""
    if i == 0 or turns[i - 1].get("speaker") == turns[i].get("speaker"):
        return False
    first = split_sentences(turns[i].get("text", ""))[:1]
    asked = split_sentences(turns[i - 1].get("text", ""))[-1:]
    return bool(first and pos < first[0].end and asked and _TAKING.search(asked[0].text))


# said right after the drug by whoever owns it: "The lisinopril, yeah, that's mine", "Ritalin, for my ADHD"
# (or "Mine." said alone right after the name: "Rosuvastatin. Mine.")
_MINE_AFTER = re.compile(rf"[.,]?\s*mine\s*(?:[.!]|$)|[^.?!]{{0,30}}?\b((that's|it's|that is|it is|is|are|those are) (all )?mine\b"
                         r"(?!\s+to\s+(?:manage|handle|give|sort|look\s+after|keep\s+track|deal\s+with))|"
                         rf"for my\b(?!\s+{_KIN_ADJECTIVE}({_RELATIVES})\b))", re.IGNORECASE)


# a new clause with its own subject: "she's up all hours and I'm on ..."
_CLAUSE_JOIN = re.compile(r"\b(and|but|so|while|whereas)\b|[,;]", re.IGNORECASE)


def _other_speaker_own(m: Mention, turns: list[dict[str, str]]) -> bool:
    """A relative in the room speaking of their own drug ("I take Xanax myself", "Ritalin, for my ADHD")."""
    text = turns[m.turn]["text"]
    sent = sentence_at(text, m.start)
    before = clause_before(sent.text, m.start - sent.start)
    # (a him or her just before the name gives it to the client; one further back, unpunctuated, belongs to what went
    # before: "he uses it maybe four nights a week the amlodipine in the cabinet is mine")
    if _MINE_AFTER.match(text, m.end) and not re.search(r"\b(him|her|them|his|he|she)\b", before[-30:], re.IGNORECASE):
        return True
    if re.search(r"\bmy\s+(own\s+)?$", before, re.IGNORECASE):
        return True  # "I keep them all locked away, even my amlodipine"
    if re.search(r"\b(?:are|is)\s+mine\s*,\s*(?:the\s+)?$", before, re.IGNORECASE):
        return True  # "And the pills in the kitchen are mine, the thyronorm for the thyroid"
    if re.search(r"\b(me|myself)\b", sent.text[m.end - sent.start:], re.IGNORECASE) and not re.search(
        r"\b(him|her|them|his|he|she|they|their|you|your)\b", sent.text, re.IGNORECASE
    ):
        return True  # "The sertraline helped me, the fifty"
    if re.search(r"\b(we're both|we both|both of us|ourselves)\b", sent.text, re.IGNORECASE):
        return True  # "We're both on Lexapro ourselves": the parents' own
    # a drug named on its own after the speaker's pills: "He had one of my sleeping pills last week. The zopiclone."
    prev = [x for x in split_sentences(text) if x.end <= sent.start][-1:]
    if len(sent.text.split()) <= 4 and prev and re.search(rf"\bmy\s+(?:[\w-]+\s+){{0,2}}?{_PILL_NOUN}\b", prev[0].text, re.IGNORECASE):
        return True
    # the nearer subject decides: "she's up all hours on that phone and I'm on the Zoloft myself" is the speaker's
    # ("me" as the subject or the possessive in many Englishes: "And me on the metformin", "me own tablets")
    first = [x.end() for x in re.finditer(r"\b(i|i'm|i've|my|me\s+(?:on|own|take|takes|taking|blood|sugar|heart|pressure|"
                                          r"tablets?|pills?|meds))\b", before, re.IGNORECASE)]
    third = [x.end() for x in re.finditer(r"\b(him|her|them|his|he|she)\b", before, re.IGNORECASE)]
    return bool(first) and (not third or (first[-1] > third[-1] and _CLAUSE_JOIN.search(before[third[-1]:first[-1]]) is not None))


_RELATIVE_RE = re.compile(rf"\b({_RELATIVES})('s)?\b", re.IGNORECASE)
_PRESCRIBER_RE = re.compile(r"\b(dr\.?|doctor|doc|psychiatrist|gp|nurse|prescriber|consultant|pharmacist)\b", re.IGNORECASE)


# what a prescriber does to the client's drug, after "he has", "she's": "he has kept the escitalopram at ten"
_PRESCRIBER_ACT = re.compile(r"\s*(?:(?:just|also|now|already)\s+)?(?:kept|put|moved|increased|lowered|raised|reduced|"
                             r"upped|bumped|switched|changed|prescribed|left)\s+(?:me\s+|you\s+)?(?:on\s+)?"
                             r"(?:the\s+|my\s+|your\s+)?$", re.IGNORECASE)


def _prescriber_named_last(m: Mention, turns: list[dict[str, str]]) -> bool:
    """The last person named before a client's 'she started the' (in the turn or the two before it: "The GP gave me the
    zopiclone ..." "So you're not taking those any more." "No. But he also started the pregabalin") is a prescriber,
    not a relative."""
    if m.speaker != "client":
        return False
    context = " ".join(t.get("text", "") for t in turns[max(0, m.turn - 2):m.turn]) + " " + turns[m.turn]["text"][:m.start]
    people = [x for rx in (_PRESCRIBER_RE, _RELATIVE_RE) for x in rx.finditer(context)]
    return bool(people) and max(people, key=lambda x: x.start()).re is _PRESCRIBER_RE


def _possessive_means_client(m: Mention, turns: list[dict[str, str]], before: str, multi_party: bool) -> bool:
    """'her Zoloft' from a partner or parent (or the clinician in a couples/family session)
    is the client's, unless a relative was just named ("my mom ... her Xanax")."""
    if m.speaker == "client" or (m.speaker == "clinician" and not multi_party):
        return False
    text = turns[m.turn]["text"]
    sent = sentence_at(text, m.start)
    prev = [x for x in split_sentences(text) if x.end <= sent.start][-1:]
    context = before + " " + " ".join(x.text for x in prev)
    return not _RELATIVE_RE.search(context)


# the times a drug taken as needed is not taken: "Some weeks I don't take it at all"
_SOME_TIMES_BEFORE = re.compile(r"\b(?:(?:some|most|other|many|good|bad)\s+(?:days|weeks|nights|months|times)|sometimes|"
                                r"on\s+(?:good|bad|quiet|easy)\s+(?:days|weeks|nights))\W*$", re.IGNORECASE)


# what the client makes, sends or hands out at work, for the people the work is for
# (or run on a tablet press: "We were running the sertraline fifty all week for the big order, press number four.")
_MAKES_AT_WORK = re.compile(r"\b(?:i|we)\s+(?:(?:was|were|are|am|'re|'m)\s+)?(?:did|do|made|make|compound\w*|mix\w*|prepar\w*|"
                            r"dispens\w*|fill\w*|pack\w*|label\w*|send|sent|ship\w*|print\w*|stock\w*|running|ran|press\w*)\b(?!\s+out\b)",
                            re.IGNORECASE)
_WORK_RECIPIENT = re.compile(r"\bfor\s+(?:a|an|the|some|our|their|every)\s+(?:\w+\s+)?(?:clinics?|patients?|customers?|baby|babies|"
                             r"hospitals?|wards?|vets?|residents?|orders?|pharmac(?:y|ies))\b|\bwith\s+every\s+order\b|"
                             r"\bthe\s+patients\s+who\b", re.IGNORECASE)
# pills found at work, others' leavings: "At work we find pills in the seat pockets, Xanax, Ambien, everything people leave"
_FOUND_AT_WORK = re.compile(r"\b(?:at|from)\s+(?:work|the\s+job)\b[^.?!]{0,20}\b(?:we|i)\s+(?:find|found|collect\w*)\b",
                            re.IGNORECASE)
# another's own drug pressed on the client, and the client's no: "my brother he say take my temazepam is very good i say no"
_OFFERED_OWN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:say|says|said|tell|tells|told\s+me)\s+(?:to\s+)?(?:take|try|have)\s+(?:my|his|her|their)\s+$",
                                 re.IGNORECASE)
# the client's no to whoever offered: "i say no man", "we told them no"
_I_SAID_NO = r"\b(?:i|we)\s+(?:said|say|told\s+(?:him|her|them))\s+(?:no|nah|nope)\b"
_SAID_NO_AFTER = re.compile(r"^[^.?!]{0,40}?" + _I_SAID_NO, re.IGNORECASE)
# bought for someone who takes them: "..., I buy them at the chemist here and my cousin takes them"
_OTHER_TAKES_THEM_AFTER = re.compile(rf"\bmy\s+(?:{_RELATIVES})\s+(?:takes|take|uses|is\s+taking)\s+(?:them|it|those)\b"
                                     r"(?!\s+(?:too|also|as\s+well)\b)", re.IGNORECASE)
# the client's own use said in the same sentence: "I'm on metformin now, ..., my dad takes it too"
_OWN_USE_IN = re.compile(r"\b(?:i'?m|i\s+am)\s+(?:also\s+)?on\b|\bi\s+(?:also\s+)?(?:take|took|started|am\s+taking|use)\b", re.IGNORECASE)
# a drug said to be there for someone named: "For Fatimé there is the Malarone"
_OTHERS_THERE_IS = re.compile(rf"\bfor\s+(?!me\b|myself\b)(?:(?-i:[A-Z][\w'-]+)|my\s+(?:{_RELATIVES})|the\s+(?:kids?|children|baby|dog|cat))\s+"
                              r"there\s+(?:is|are|'s)\s+(?:the\s+|some\s+|a\s+)?$", re.IGNORECASE)
# the client's own taking, which a work sentence may still hold: "I make it for the ward and I take it myself"
_OWN_INTAKE = re.compile(r"\b(?:i|i'm|i\s+am)\s+(?:also\s+)?(?:take|taking|on)\b[^.?!]{0,30}\b(?:myself|too|also|for\s+me)\b|"
                         r"\bmy\s+own\b", re.IGNORECASE)


# the body's own hormones, named as such: "the hormones estrogen and progesterone drop very suddenly"
_HORMONES_NAMED = re.compile(r"\b(?:the|your|her|my|these|those)\s+hormones?\s*,?\s+(?:like\s+)?(?:[\w-]+\s*(?:,|and|or)\s+)*$", re.IGNORECASE)
# the name read off a label, a sign or a prop: "pill bottles that say Haldol and Thorazine"
_LABEL_SAYS = re.compile(r"\b(?:bottles?|labels?|boxes|jars?|signs?|containers?|props?|posters?|stickers?)\s+(?:that\s+|which\s+)?"
                         r"(?:say|says|said|read|reads|marked|labell?ed|printed)\s+(?:[\w-]+\s*(?:,|and|or)\s+)*$", re.IGNORECASE)
# someone else's trade in the drug, told as a story or a case: "the pharmacist who sold the counterfeit pills, the pressed Xanax"
_SOLD_BY_OTHER = re.compile(r"\b(?:who|that)\s+(?:sold|sells|supplied|supplies|dealt|deals|pressed|trafficked|distributed|smuggled)\b|"
                            r"\b(?:counterfeit|pressed|fake)\s+(?:pills?|tablets?|bars?)\b", re.IGNORECASE)


def _made_for_others(text: str, pos: int) -> bool:
    """Whether the drug at ``pos`` is named in a sentence of what the speaker makes or sends at work for others."""
    sent = sentence_at(text, pos)
    return bool(_MAKES_AT_WORK.search(text, sent.start, pos)) and bool(_WORK_RECIPIENT.search(sent.text))


# a thing said to be someone else's just before its name: "... are hers, the Premarin"
_HERS_NAMED = re.compile(r"\b(?:are|is|'re|'s)\s+(?:all\s+)?(?:hers|his|theirs)\s*,\s*(?:the\s+)?$", re.IGNORECASE)
_NOT_MINE_SENTENCE = re.compile(r"(?:\s*[^.?!]{0,80}[.!])?\s*not\s+mine\b", re.IGNORECASE)
_OWN_USE = re.compile(r"\b(?:i|i'm|i've|my|me)\b", re.IGNORECASE)
_DONE_BY_ANOTHER = re.compile(r"\b(?:he|she|they|a\s+\w+|the\s+\w+|(?-i:[A-Z][a-z]+))\s+(?:took|takes|was\s+on|used|uses|had)\s+$",
                              re.IGNORECASE)
_NOT_MINE_AFTER = re.compile(r"\W*(?:[\w ]{0,30},\s*)?not\s+mine\b", re.IGNORECASE)


def _is_excluded(m: Mention, turns: list[dict[str, str]], multi_party: bool = False) -> bool:
    """True when the mention is a relative's, a media mention, negated or hypothetical."""
    text = turns[m.turn]["text"]
    sent = sentence_at(text, m.start)
    rel = m.start - sent.start
    before = clause_before(sent.text, rel)
    after = clause_after(sent.text, rel + (m.end - m.start))
    rest_of_sentence = sent.text[rel + (m.end - m.start):]
    if m.speaker != "clinician" and _NOT_MINE_SENTENCE.match(text, sent.end) and not _OWN_USE.search(sent.text) \
            and _DONE_BY_ANOTHER.search(before):
        # "Not mine." said a sentence or two on, of a drug someone else took: "a subject took propranolol before his test
        # to beat the machine. We saw it, the heart line flat like a road. Not mine, I only see it on the charts."
        return True
    if _HERS_NAMED.search(before) and (m.speaker == "client" or _NOT_MINE_AFTER.match(rest_of_sentence)):
        # "Those green bottles in the bathroom are hers, the Premarin, not mine.": named as someone else's
        return True
    third = None
    for third in _THIRD_PARTY_BEFORE.finditer(before):
        # in family sessions "he's still on Ritalin" from a parent or the clinician means the client
        if (
            m.speaker != "client"
            and re.match(r"(she|he|they)\b|\w+ (him|her|them) on\b", third.group(0), re.IGNORECASE)
            and not re.search(rf"\b({_RELATIVES})\b", before[: third.start()], re.IGNORECASE)
        ):
            third = None
            continue
        if re.fullmatch(r"(her|his|their) (own )?", third.group(0), re.IGNORECASE) and _possessive_means_client(
            m, turns, before[: third.start()], multi_party
        ):
            third = None
            continue
        if re.search(r"little one$", third.group(0), re.IGNORECASE) and re.fullmatch(
                r"[\s,]*(?:(?:at|in\s+the|every|for|before|after)\s+(?:night|bed|bedtime|morning|evening|sleep)[\s,]*)?(the\s+)?",
                before[third.end():], re.IGNORECASE) and not re.search(r"\bmy\s+little\s+one$", third.group(0), re.IGNORECASE) \
                and not re.search(r"\b(?:she|he|her|him|they)\b", rest_of_sentence, re.IGNORECASE):
            # "the little one, the clonazepam", "the little one at night, the quetiapine": the small pill, not a child
            third = None
            continue
    if (third is not None and re.match(r"(she|he|they)\b", third.group(0), re.IGNORECASE)
            and (_DOSE_MOVED_AFTER.match(rest_of_sentence)
                 or ((third.group(0).lower().endswith("started") or _PRESCRIBER_ACT.match(before[third.end():]))
                     and _prescriber_named_last(m, turns)))):
        # "they took the oxycodone down": the prescriber changing the client's dose; "since you saw Dr. Sato?" /
        # "she started the naltrexone": the she is the doctor just named
        third = None
    if third is not None:
        tail = before[third.end():]
        # "my mom said I should take" -> back to the speaker; otherwise the relative's
        if not (_SPEAKER_SUBJECT.search(tail) if m.speaker == "client" else _SECOND_PERSON.search(tail)):
            return True
    # someone named who takes it, or takes the list it ends: "Samir takes the blood pressure pill and the aspirin"
    if re.search(r"\b(?!(?:Dr|She|He|They|It|We|You)\b)[A-Z][a-z]+ (takes|is on|was on|uses|used to take|has been on|gets)"
                 r"\s+(?:(\w+\s+)?|(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:,|and|,\s*and)\s+"
                 r"(?:the\s+|his\s+|her\s+)?)$", before):
        return True
    listed = _LISTED_AFTER_POSSESSIVE.search(before)
    if listed and (m.speaker == "client" or not multi_party) and _SURFACE_RE.fullmatch(listed.group("drug")):
        return True
    if multi_party and m.speaker == "clinician" and re.search(r"\byour\s+(?:own\s+)?$", before, re.IGNORECASE) \
            and m.turn + 1 < len(turns) and turns[m.turn + 1].get("speaker") == "other":
        return True  # "and loretta you said something about your alprazolam", answered by Loretta: hers
    # (up to the next name when one run-on sentence goes on to it: "ah the lidocaine is only for the customers i never put
    # on me ha and the sertraline fifty")
    next_name = _SURFACE_RE.search(text, m.end)
    if _NAMED_OWNER_BEFORE.search(before) or _OWNER_AFTER.match(rest_of_sentence) \
            or _DISOWNED_AFTER.match(_before_next_drug(text[m.end:])) \
            or _DISOWNED_AFTER.match(text[m.end:next_name.start() if next_name else len(text)]):
        return True
    if next_name is not None and re.fullmatch(r"[\s,]*(?:[a-z]+\s+){0,3}?(?:and\s+)?(?:the\s+)?", text[m.end:next_name.start()],
                                              re.IGNORECASE) and len(text[m.end:next_name.start()]) <= 16 \
            and _DISOWNED_AFTER.match(_before_next_drug(text[next_name.end():])):
        return True  # "we count it the oxy co don the xanax everything ... that's not mine": a list handed back together
    if _NEVER_TAKEN_LATER_IN_SENTENCE.match(_before_next_drug(rest_of_sentence)):
        return True
    if _HORMONES_NAMED.search(sent.text[:rel]):
        return True  # "After birth, the hormones estrogen and progesterone drop very suddenly": the body's, not a medicine
    if _LABEL_SAYS.search(sent.text[:rel]):
        return True  # "a shelf of pill bottles that say Haldol and Thorazine, but they're full of Tic Tacs": a label, a prop
    if _SOLD_BY_OTHER.search(sent.text[:rel]):
        return True  # "The pharmacist who sold the counterfeit pills, the pressed Xanax with fentanyl inside.": a case told
    if _MAKES_AT_WORK.search(text, 0, m.start) and not _OWN_INTAKE.search(sent.text) and any(
            _made_for_others(text, o.start()) for o in _SURFACE_RE.finditer(text, 0, m.end)
            if generic_name(o.group(0)) == m.generic):
        # "Yesterday I did ketamine troches for a pain clinic, and progesterone cream, and a clonidine suspension for a
        # baby. ... One wrong decimal on the clonidine and you kill a baby.": what the client makes at work, all through
        return True
    if _FOUND_AT_WORK.search(sent.text[:rel]) and not _OWN_INTAKE.search(sent.text) and not _OWN_USE_IN.search(sent.text):
        return True  # "At work we find pills in the seat pockets, Xanax, Ambien, everything people leave": left by others
    if _OFFERED_OWN_BEFORE.search(before) and _SAID_NO_AFTER.match(rest_of_sentence):
        return True  # "my brother he say take my temazepam is very good i say no": his, offered and refused
    if _OTHER_TAKES_THEM_AFTER.search(rest_of_sentence) and not _OWN_USE_IN.search(sent.text):
        return True  # "The metformin and the one for the pressure, I buy them at the chemist here and my cousin takes them"
    if _OTHERS_THERE_IS.search(before):
        return True  # "For me, no. For Fatimé there is the Malarone, the malaria tablets": another person's
    if _RELATIVE_DOSED_AFTER.match(rest_of_sentence) or _DISORDER_AFTER.match(rest_of_sentence):
        return True
    if _MAYBE_LATER.search(before) and _LATER_AFTER.match(rest_of_sentence):
        return True  # "She also said if this one doesn't work, maybe lithium later. But we are not there."
    if _KEPT_FOR_OTHER_AFTER.match(rest_of_sentence):
        return True  # "And the losartan in my bag is for my mother", "the tamoxifen in the cabinet is Selin's"
    if _MAYBE_ADDS_BEFORE.search(before) and _NOT_YET_AFTER.match(rest_of_sentence):
        return True  # "if the sleep goes bad again maybe she adds Epilim, but for now no", "... maybe she adds the tamsulosin, but not yet"
    if _KEPT_FOR_OTHERS_AFTER.match(rest_of_sentence) or _OTHERS_OWN_BEFORE.search(before) \
            or m.generic == "lithium" and _LITHIUM_THING_AFTER.match(rest_of_sentence):
        # "Only the Stemetil we keep on the boat for the tourists", "but hers is escitalopram", "The lithium batteries"
        return True
    if _SOLD_BY_OTHER_BEFORE.search(before) and _NOT_BOUGHT.search(_before_next_drug(text[m.end:])[:200]):
        return True  # "my comadre lupe sells the ozempic at the swap meet ... but no i don't buy medicine at the swap meet"
    if _GIVEN_BEFORE.search(before) and _NEVER_OPENED_AFTER.match(rest_of_sentence):
        return True  # "Musu brought him the melatonin gummies from her pharmacy, but he never took one."
    disposed = _DISPOSED_AFTER.match(_before_next_drug(text[m.end:]))
    if disposed and not _OWN_USE_TOLD.search(disposed.group(0)):
        # "The tramadol. He sent them from Jos with a friend ... I flushed them." (not one taken, then got rid of: "i'd
        # been taking a half one some nights ... and i flushed the rest", "i stopped it ... so i threw it away")
        return True
    third_is_other = m.speaker == "client" or (m.speaker == "clinician" and not multi_party)  # else "him" may be the client
    if third_is_other and (_GIVEN_TO_OTHER.match(_before_next_drug(text[m.end:])) or re.search(
            r"\b(gave|give|giving|given|sprayed|injected|administered)\s+(him|her|them)\s+(the\s+|some\s+|a\s+|his\s+|her\s+|"
            r"their\s+)?$", before, re.IGNORECASE)):
        return True  # "I sprayed it in his nose", "I gave him the Narcan"
    window_start = max(sent.start, m.start - 120)
    apposed = _APPOSED_TO_OWNED.search(text[window_start:m.start])
    prescriber = apposed is not None and re.search(r"\b(dr\.?|doctor|nurse|professor|prof\.?)\s+$",
                                                   text[max(0, window_start + apposed.start() - 12):window_start + apposed.start()],
                                                   re.IGNORECASE)
    if apposed and not prescriber and not _SURFACE_RE.search(apposed.group("gap")):
        owner = apposed.group("owner").lower()
        if owner in ("his", "her", "their"):
            if not _possessive_means_client(m, turns, before, multi_party):
                return True
        elif owner[:-2] in given_names() or re.fullmatch(rf"({_RELATIVES}|dog|cat|puppy|kitten|pet|vet)'s", owner):
            return True
    named = _LOWER_POSSESSIVE.search(before) or _LOWER_NAMED_TAKER.search(before)
    if named and re.fullmatch(_RELATIVES, named.group(1), re.IGNORECASE) and named.group(1).lower() not in ("ex", "mate"):
        return True  # a kin word said as a name: "nanay is on the warfarin", "grandma takes"
    if named and named.group(1).lower() in given_names() and (m.speaker == "client" or not multi_party):
        # ASR drops capitals: "carlos's old klonopin"; a partner or the clinician naming someone in a
        # couples or family session may be naming the client
        return True
    if re.match(r"\W*who\b", sent.text, re.IGNORECASE):
        return True  # "Who, by the way, is now on Prozac": a relative clause about someone just named
    if _MEDIA.search(before) or _MEDIA.search(after):
        return True
    if _CRAVED_BEFORE.search(before):
        return True  # "any cravings for the oxy?": a drug wanted, not one taken
    if _TAKERS_AFTER.match(text, m.end):
        return True  # "standing at the chemist with the methadone crowd": the people who take it
    next_named = _SURFACE_RE.search(sent.text, rel + (m.end - m.start))
    own_sent = sent.text[:next_named.start()] if next_named else sent.text  # "... i quit that i'm on trazodone now"
    # (the same drug's other name is no clause of its own: "they gave me the Antabuse, disulfiram")
    prev_named = [x for x in _SURFACE_RE.finditer(sent.text, 0, rel) if x.end() <= rel
                  and MED_SURFACE.get(x.group(0).lower()) != m.generic]
    breaks = list(re.finditer(r"[,;]|\b(?:because|but|since|so|while)\b", sent.text[prev_named[-1].end():rel],
                              re.IGNORECASE)) if prev_named else []
    if breaks:
        # "Ibuprofen I stopped two years ago because of the lithium": the clause of the drug named before is its own
        own_sent = own_sent[prev_named[-1].end() + breaks[-1].start():]
    if (_LONG_PAST.search(own_sent) and _PAST_USE.search(own_sent) or _STOPPED_LONG_AGO.search(own_sent)
            or _GIVEN_LONG_AGO.search(own_sent)
            or _GIVEN_IN_PAST_YEAR.search(sent.text[:rel]) and not _STILL_USED.search(text)) \
            and not _RECENT.search(own_sent):
        return True  # "I was on lithium in college": history, not this period's medication
    if _LONG_PAST.search(own_sent) and not _RECENT.search(own_sent) and _STOP_OPENS.match(text, sent.end):
        return True  # "The Ritalin when I was a kid in Darwin. Stopped at fifteen, hated it.": a course long over
    prev_sent = [x for x in split_sentences(text) if x.end <= sent.start][-1:]
    if (_OVERDOSE.search(sent.text) or (prev_sent and _OVERDOSE.search(prev_sent[0].text))) and not _CLIENT_USE.search(before):
        # "that was the fentanyl in the pills", "how many Tylenol is too many", "a lockbox. The Tylenol, ...":
        # what an overdose was on or what is locked away, not a medication
        return True
    # a negation or a condition reaches only its own saying: in a run-on turn, "a wound that never closed and the
    # doctor has me on the zispin" and "i worry whether he gets home safe ... i still take the levothyroxine"
    scoped = before[max(0, len(before) - (m.start - speech_unit_at(text, m.start).start)):]
    negated = _NEGATION_BEFORE.search(scoped)
    if negated and _OWN_TAKING_AFTER_NEGATION.search(scoped, negated.start() + 1):
        negated = None  # "don't want to be a zombie ... i take me blood pressure one the rammy pril": a clause of its own
    said_wrong = _SAID_WRONG_BEFORE.search(scoped) if negated else None
    if said_wrong and said_wrong.group("try")[:1].lower() == text[m.start:m.start + 1].lower():
        negated = None  # the name said again, put right: "the pray so sin no pra zo sin one milligram"
    if negated and not _TAKING_NOW_BEFORE.search(scoped):
        # "I'm not taking the Zoloft anymore" is a stop, not a negation; "I stopped the Intuniv ... I'm not
        # doing Concerta" is still a refusal of the Concerta
        if not _STOPPED.search(scoped[negated.start():] + " " + rest_of_sentence):
            return True
    if _ANYTHING_BUT.search(sent.text[:rel]):
        return True  # "I will try anything except the pregabalin" (the clause ends at "except", the refusal does not)
    rest = _before_next_drug(text[sent.end:sent.end + 160])  # what is said of the next drug named is not this one's
    refused_next = re.match(r"\s*(?P<gap>(\S+\s+){0,12}?)(" + _NEVER_TAKEN_IT + r"|(i|we) (told|said to) (him|her|them|the doctor|the nurse) "
                            r"(not yet|no|maybe later)\b|(i|we) (said|say) (not yet|no|maybe later|wait( first)?)\b|"
                            # (a name in capitals only: "He only takes it" is no Only)
                            r"(she|he|they|(?-i:(?!(?:It|Only|Then|So|And|But|Just|Now|Still|Also|Sometimes|Never|Always)\b)[A-Z][a-z]+)) "
                            r"(uses|takes|took|used) it)\b", rest, re.IGNORECASE)
    if refused_next is not None and m.speaker != "client" and multi_party \
            and re.search(r"\b(?:she|he|they)\s+(?:uses|takes|took|used)\s+it\W*$", refused_next.group(0), re.IGNORECASE):
        # a relative in the room speaks of the client: "The clonazepam isn't in the box. ... He only takes it the night
        # before the gaming board inspection"
        refused_next = None
    refused_next = refused_next or _NONE_TAKEN_LATER.match(rest)
    if refused_next is None and _NOT_STARTED_NEXT.match(rest):
        return True
    gap = (refused_next.groupdict().get("gap") or refused_next.groupdict().get("far") or "") if refused_next else ""
    if refused_next and _SOME_TIMES_BEFORE.search(gap):
        refused_next = None  # "Only Saturday morning ... Some weeks I don't take it at all": as needed, not refused
    if refused_next and not _OTHER_OBJECT.search(gap):
        # (not a refusal of something else named on the way: "And calcium, five hundred twice a day. She wanted me on
        # the pill for the hormones and I said no")
        return True
    if _GIVEN_BY_KIN_BEFORE.search(scoped):
        return True  # "My cousin gave me one tramadol for my shoulder": someone else's supply
    if _SUPPLIED_BY_OTHER.search(_before_next_drug(text[m.end:sent.end + 160])) or _SUPPLIED_BEFORE.search(before):
        return True  # "that was a xanax. my buddy had some": someone else's pills, taken without a prescription
    owned = re.search(r"\b(my|your)\s+(current\s+|daily\s+|usual\s+)?$", before, re.IGNORECASE)
    # "she asked if I'm still taking the sertraline, and I am": the question answered yes at once
    owned = owned or _AFFIRMED_AFTER.match(rest_of_sentence)
    hypothetical_after = _HYPOTHETICAL_AFTER.search(after)
    if hypothetical_after and hypothetical_after.group(0).lower().endswith("instead") and (
            _STARTED.search(scoped) or re.search(r"\b(?:i'?m|i\s+am|i'?ve\s+been|(?:she|he)'?s|(?:she|he)\s+is)\s+(?:now\s+)?"
                                                 r"on\s+(?:the\s+)?$", text[max(0, m.start - 30):m.start], re.IGNORECASE)):
        # "the doc put me on the hydroxyzine instead", "I'm on dexamfetamine instead": a replacement made, not offered
        hypothetical_after = None
    # ("let's talk about the medicines how do you take the amitriptyline": a question that has it taken)
    if not owned and (_HYPOTHETICAL_BEFORE.search(scoped) and not _HOW_TAKEN.search(scoped) or hypothetical_after):
        return True
    # "she said something about Antabuse but I told her no way"
    next_drug = _SURFACE_RE.search(rest_of_sentence)
    own_rest = rest_of_sentence[:next_drug.start()] if next_drug else rest_of_sentence  # a refusal of the next drug
    if _REFUSED_AFTER.search(own_rest) and not _STOPPED.search(own_rest):
        return True
    return False


# a drug the prescriber may add one day, named alone after "maybe": "maybe lithium later", "maybe prazosin later for the
# dreams ... but not now"
_MAYBE_LATER = re.compile(r"\b(?:maybe|perhaps|possibly)\s+(?:the\s+|some\s+)?$", re.IGNORECASE)
# (a purpose may come between: "maybe gabapentin for the cravings later if the shot is not enough")
_LATER_AFTER = re.compile(r"^[\s,]*(?:(?:for|with)\s+(?:the\s+|my\s+|her\s+|his\s+)?\w+\s+|\w+\s+)?(?:later|one\s+day|down\s+the\s+(?:line|road)|in\s+the\s+future|next\s+(?:time|month|year)|"
                          r"if\b|after\b)", re.IGNORECASE)
# a drug that may be added one day, not yet: "maybe she adds Epilim, but for now no", "maybe later she adds the
# aripiprazole a small one but not now we wait and see"
_MAYBE_ADDS_BEFORE = re.compile(r"\b(?:maybe|perhaps|possibly)\s+(?:later\s+|then\s+)?(?:she|he|they|we|the\s+doctor|dr\.?\s+\w+)\s+"
                                r"(?:will\s+|could\s+|might\s+|would\s+|can\s+)?(?:adds?|tries|try|starts?|puts?\s+(?:me|him|her|you)\s+on)\s+"
                                r"(?:me\s+|him\s+|her\s+|you\s+)?(?:the\s+|some\s+|a\s+)?$", re.IGNORECASE)
_NOT_YET_AFTER = re.compile(r"^[^.?!]{0,60}?\b(?:for\s+now,?\s+(?:no|not)|not\s+yet|not\s+now|we\s+(?:wait|will\s+see))\b",
                            re.IGNORECASE)
# kept for other people, not taken: "Only the Stemetil we keep on the boat for the tourists who get seasick"
_KEPT_FOR_OTHERS_AFTER = re.compile(r"^\s*,?\s*(?:that\s+|which\s+)?(?:we|i|they)\s+keep\s+(?:\w+\s+){0,4}?for\s+(?:the\s+)?"
                                    r"(?:tourists|guests|customers|passengers|visitors|crew|campers|players|climbers|divers|"
                                    r"hikers)\b", re.IGNORECASE)
# another person's, said with theirs: "My sister also takes twenty, but hers is escitalopram"
_OTHERS_OWN_BEFORE = re.compile(r"\b(?:hers|his|theirs)(?:\s+(?:is|was)|'s)\s+(?:the\s+)?$", re.IGNORECASE)
# a word a drug shares with a thing: "The lithium batteries ... it burns like hell"
_LITHIUM_THING_AFTER = re.compile(r"^[\s-]*(?:ion\b|batter(?:y|ies)|cells?\b|polymer|grease|mine|mines|mining|"
                                  r"carbonate\s+(?:ore|mine))", re.IGNORECASE)
# sold by someone else and not bought: "my comadre lupe sells the ozempic at the swap meet ... no i don't buy medicine"
# (or offered for sale: "my cousin ramesh he want to sell me gabapentin ... i say no man")
_SOLD_BY_OTHER_BEFORE = re.compile(r"\b\w+\s+(?:sells?|selling|sold)\s+(?:the\s+|some\s+)?$|"
                                   r"\b(?:wants?|wanted|tried|tries|offered|offers)\s+to\s+sell\s+(?:me|us)\s+(?:the\s+|some\s+)?$",
                                   re.IGNORECASE)
_NOT_BOUGHT = re.compile(r"\b(?:i|we)\s+(?:don'?t|do\s+not|didn'?t|did\s+not|never|won'?t)\s+(?:buy|bought)\b|" + _I_SAID_NO,
                         re.IGNORECASE)
# brought or given, never started: "Musu brought him the melatonin gummies ..., but he never took one."
_GIVEN_BEFORE = re.compile(r"\b(?:brought|gave|given|sent|handed|bought)\b", re.IGNORECASE)
_NEVER_OPENED_AFTER = re.compile(r"^[^?]{0,80}?\b(?:but\s+)?(?:he|she|i|they|we)\s+(?:never|didn'?t|did\s+not)\s+(?:even\s+)?"
                                 r"(?:took|take|tried|try|touched|touch|opened|open)\s+(?:one|any|a\s+single\s+one|it|them)\b"
                                 # (not once stopped: "she gave him melatonin, he never took it again")
                                 r"(?!\s+(?:again|since|any\s*more|after))", re.IGNORECASE)
# kept somewhere for someone else, said as the sentence goes on: "the losartan in my bag is for my mother", "the letrozole in
# the fridge at work is for the patients", "the tamoxifen in the cabinet is Selin's" (not "the sertraline in my bag is for
# the mornings")
_KEPT_FOR_OTHER_AFTER = re.compile(
    r"^\s+(?:in|on|under)\s+(?:the|my|our|his|her)\s+(?:\w+\s+){0,1}?\w+(?:\s+(?:at|in)\s+(?:work|home|the\s+\w+))?\s+"
    r"(?:is|are|'s)\s+(?:(?-i:(?!Dr\b)[A-Z][a-z]+'s)|his|hers|theirs|(?:only\s+|just\s+)?for\s+(?:my|his|her|our|the)\s+"
    rf"(?:\w+\s+)?(?:{_RELATIVES}|patients?|customers?|clients?|residents?|guests?|inmates?|kids|children|animals?|dogs?|cats?|horses?)\b)",
    re.IGNORECASE)
# (not a taking denied: "but i did not take i was scared to be late ... i threw it in the toilet")
_OWN_USE_TOLD = re.compile(r"\b(?:i|i'?d|i'?ve|i\s+had|i\s+have)\s+(?!(?:did\s+not|didn'?t|never|do\s+not|don'?t)\s+(?:take|took|use|try)\b)"
                           r"(?:\w+\s+){0,2}?(?:taking|took|take|been\s+on|stopped|quit|used|tried|came\s+off)\b", re.IGNORECASE)
# got rid of, said right after: "I flushed them", "I took them back to the pharmacy", "threw them in the bin" (in the
# next sentence or two, before another drug is named)
_DISPOSED_AFTER = re.compile(r"^[^?]{0,120}?\b(?:i|we)\s+(?:(?:just|then|already)\s+)?(?:flushed|binned|threw\s+(?:them|it)\s+"
                             r"(?:away|out|in\s+the)|took\s+(?:them|it)\s+back\s+to\s+the\s+(?:pharmacy|chemist|clinic|hospital)|"
                             r"handed\s+(?:them|it)\s+(?:in|back)|returned\s+(?:them|it)|"
                             # a box bought to check the counter and handed back: "i ask for co codamol at the counter ...
                             # so i wrote fail and i gave the box back i never take it"
                             r"gave\s+(?:the\s+(?:box|packet|pack|bottle)|them|it)\s+back)\b", re.IGNORECASE)


# the name first said wrong and put right at once: "the pray so sin no pra zo sin"
_SAID_WRONG_BEFORE = re.compile(r"\bthe\s+(?P<try>(?:(?!the\b|my\b|no\b)[a-z]+\s+){1,4})no\W+(?:the\s+)?$", re.IGNORECASE)


_HOW_TAKEN = re.compile(r"\bhow\s+(?:do|are|did|much\s+do|much\s+are|often\s+do)\s+you\s+(?:normally\s+|usually\s+)?"
                        r"(?:take|taking|use|using)\s+(?:the|your)\s+$", re.IGNORECASE)


# not even one taken, said further on than a refusal reaches: "Zopiclone. Seven point five. He says it is insomnia, proper
# insomnia now, and gives me a box. But I have not taken even one."
_NONE_TAKEN_LATER = re.compile(r"\s*(?P<gap>(\S+\s+){0,20}?)" + _NOT_DONE + r"\s+(taken|took|take|tried|opened)\s+(even )?"
                               r"(one|a single (one|pill|tablet)|any)\b" + _NOT_A_WHILE +
                               # put away unopened a few sentences on: "the Valium. My brother sent it from Port Harcourt,
                               # he said it will make me sleep like a baby. It is in the drawer. I never open it."
                               # (or said without a subject: "the potassium iodide tablets the plant gives every family ...
                               # Those are just in the drawer. Never opened.")
                               # (or after a comma: "I keep it in the drawer, never opened.")
                               r"|\s*(?P<far>(\S+\s+){0,40}?)(?<=[.!;,] )((i|we)\s+(never|still haven'?t|haven'?t|didn'?t|did not)\s+"
                               r"(ever\s+)?(open|opened|touch|touched)\s+(it|them|the (box|bottle|packet|pack))\b|"
                               # never begun, once the cover was refused: "a coupon, but the insurance said no, they refused
                               # it. So I never start it."
                               r"(so\s+|and\s+)?(i|we)\s+(never|still\s+haven'?t|haven'?t|didn'?t|did\s+not)\s+(ever\s+)?(start|started)\s+"
                               r"(it|them)\s*(?:[.!;]|$)|"
                               r"(never|not\s+once|not\s+even)\s+(opened|touched|used)\s*(?:[.!;]|$))", re.IGNORECASE)
# not started, said right after the drug's own sentence with no object: "The propranolol, yes. I have not started."
# (or a sentence on: "Sertraline, twenty-five. It is in the pharmacy bag, on the fridge. I didn't start.")
# (not a sentence that names a new amount, whose start it is: "She said go to fifteen ... But I did not start yet.")
_NOT_STARTED_NEXT = re.compile(r"\s*(?:(?![^.?!]*\b(?:to|up|down|raise\w*|increase\w*|chang\w*|new)\b)[^.?!]{0,60}[.!]\s+)?"
                               r"(?:\S+\s+){0,2}?" + _NOT_DONE + r"\s+(started|start|tried)(\s+(it|yet))*\s*(?:[.!;]|$)",
                               re.IGNORECASE)


# a thing offered that is not the drug: "on the pill", "to try a patch"
# (or a new amount written on the way, the one not started: "The bupropion, the one fifty. Dr. Hsu wrote the three
# hundred last week, but I did not start it yet.")
_OTHER_OBJECT = re.compile(r"\b(?:on|take|taking|try|trying|start|starting|prescribe|give me)\s+(?:the|a|an|some)\s+(?!one\b|it\b|same\b)[a-z]+|"
                           # a remedy sent from home, named: "my mother sent Corvalol from Saransk ... I don't take it"
                           r"\b(?:sent|sends|send|gave|gives|brought|brings|bought)\s+(?:me\s+)?(?-i:[A-Z][a-z]{3,})\b|"
                           r"\b(?:wrote|prescribed|raised|increased|upped|doubled|ordered)\s+(?:it\s+to\s+|me\s+)?(?:the\s+)?"
                           rf"{NUMBER_RE}\b", re.IGNORECASE)


# everything but this one: "I will try anything except the pregabalin", "I'd take anything but lithium" (not
# "everything except": "I stopped everything except the sertraline" keeps the sertraline)
_ANYTHING_BUT = re.compile(r"\bany(?:thing|one)\s+(?:else\s+)?(?:except|but|other\s+than|apart\s+from)(?:\s+for)?\s+(?:the\s+|that\s+|"
                           r"this\s+)?$", re.IGNORECASE)

# the drug naming a group of people: "the methadone crowd", "the xanax kids"
_TAKERS_AFTER = re.compile(r"\s+(?:crowd|people|lot|guys|folks|users|kids|heads|addicts)\b", re.IGNORECASE)


# another person's supply, said right after the drug: "my buddy had some", "a guy at work sold me a few",
# "got them off my cousin"
# ... said before the name, by someone the client works with or for: "one customer he give me some tram a dol for my
# back i throw it in the dustbin"
_SUPPLIED_BEFORE = re.compile(r"\b(?:one|a|some|my|this|that)\s+(?:customers?|clients?|neighbou?rs?|colleagues?|co-?workers?|"
                              r"workmates?|mates?|passengers?|patients?)\s+(?:he\s+|she\s+|they\s+)?(?:give|gives|gave|sold|sell|"
                              r"sells|brought|bring|brings|offered|offer|offers)\s+me\s+(?:(?:some|a few|a couple of|one|two|the|"
                              r"his|her|a)\s+)?$", re.IGNORECASE)
_SUPPLIED_BY_OTHER = re.compile(
    rf"^[^.?!]{{0,40}}?(?:[.?!]\s*)?[^.?!]{{0,20}}?\b(?:(?:my|a|his|her) {_KIN_ADJECTIVE}(?:{_RELATIVES}|guy|dude)|some guy|"
    rf"a guy \w+ \w+)\s+(?:had|has|gave me|sold me|got me|shared|hooked me up with)\s+(?:some|a few|a couple|one|two|them|it)\b"
    rf"|^[^.?!]{{0,40}}?(?:[.?!]\s*)?[^.?!]{{0,20}}?\b(?:got|bought|took|borrowed)\s+(?:it|them|some|one|a few|a couple)\s+(?:off|from)\s+"
    rf"(?:(?:my|a|his|her) {_KIN_ADJECTIVE}(?:{_RELATIVES}|guy|dude)|the street|some guy)\b"
    # a drug used without a prescription: "gabapentin, not prescribed", "xanax off the street"
    r"|^[^.?!]{0,20}?\b(?:not prescribed|wasn't prescribed|off the street)\b"
    # pills found where someone else hid them, and handed in: "a strip of tramadol, ten tablets, somebody hide it there. I
    # give it straight to the customs officer."
    r"|^[^.?!]{0,40}?\b(?:somebody|someone|some\s+\w+|they)\s+(?:hide|hid|hidden|had\s+hidden|stash\w*|left|dropped)\s+(?:it|them)\b",
    re.IGNORECASE,
)
# a relative's or a friend's supply, said before the name: "My cousin gave me one tramadol for my shoulder", "my brother,
# he send me from home a box of clonazepam" (not "my mum brought me my sertraline")
_GIVEN_BY_KIN_BEFORE = re.compile(
    rf"\b(?:my|a|his|her)\s+{_KIN_ADJECTIVE}(?:{_RELATIVES}|guy|dude|mate)\b(?:,?\s+(?:he|she|they))?[^.?!]{{0,25}}?"
    rf"\b(?:gave|give|gives|sent|send|sends|brought|bring|brings|handed|slipped)\s+me\b(?![^.?!]*\bmy\b)[^.?!]{{0,40}}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cue:
    status: str
    start: int
    end: int


def _before_next_drug(text: str) -> str:
    """The sentences of ``text`` before the first one that names a drug, and before a pill the name
    then puts a name to ("I quit that sleeping pill Dr. Okoro gave me. Zolpidem.")."""
    first = _SURFACE_RE.search(text)
    apart = names_said_apart(text)  # ("the tram a doll before i take one hundred ... now is fifty")
    if apart and (first is None or apart[0][1] < first.start()):
        return text[:sentence_at(text, apart[0][1]).start]
    if first is None:
        return text
    sent = sentence_at(text, first.start())
    prev = split_sentences(text[:sent.start])[-1:]
    if prev and _NAME_OPENS.fullmatch(text, sent.start, first.start()) and re.search(rf"\b{_PILL_NOUN}\b", prev[0].text,
                                                                                   re.IGNORECASE):
        return text[:prev[0].start]
    return text[:sent.start]


_NAME_OPENS = re.compile(r"\W*(?:(?:the|and|um|uh|it's|its|it was|that's|called)\W+)*", re.IGNORECASE)


_BEFORE_STARTING = re.compile(r"\bbefore\s+(?:i|we|you|he|she|they)\s+(?:first\s+|ever\s+)?$", re.IGNORECASE)
_PRONOUN_STARTED = re.compile(r"\s*(?:(?:taking|on)\s+)?(?:it|them|that|those|this)\b", re.IGNORECASE)


def _asserted_cues(text: str, lo: int = 0, hi: int | None = None) -> list[_Cue]:
    """Status cues in ``text[lo:hi]``, strongest first, that are said as fact (not planned, not negated)."""
    window = text[lo:hi]
    out: list[_Cue] = []
    for status, rx in (("stopped", _STOPPED), ("changed", _CHANGED), ("started", _STARTED)):
        for mm in rx.finditer(window):
            left = window[: mm.start()]
            planned_step = status == "changed" and _TO_DOSE.match(window[mm.end():])
            if (_STATUS_MAYBE if planned_step else _STATUS_HYPOTHETICAL).search(left):
                continue
            if re.search(r"\b(never|not|n't|no|didn't|haven't|hasn't)\s+(\w+\s+)?$", left, re.IGNORECASE):
                continue
            if status == "started" and _BEFORE_STARTING.search(left) and _PRONOUN_STARTED.match(window, mm.end()) \
                    and not _RECENT.search(window[mm.end():mm.end() + 30]):
                # "I was so bad before I started it": the time before taking it, no start in this period ("stopped it
                # before I started the Trintellix" names the start)
                continue
            if mm.group(0).lower() == "no more" and re.search(r"(n't|\bnot|\bain't|\bnever)\b[^,;.?!]*$", left, re.IGNORECASE):
                continue  # "I don't feel sick no more": 'any more' in negative concord, not a stop
            if status != "stopped" and (_LONG_AGO.search(window[mm.end():mm.end() + 40]) or _LONG_AGO_WHEN.search(left[-40:])):
                # "had me go up back in the winter": an old change, the drug is current now
                out.append(_Cue("current", lo + mm.start(), lo + mm.end()))
                continue
            out.append(_Cue(status, lo + mm.start(), lo + mm.end()))
    for mm in _SINCE_RECENTLY.finditer(window):
        left = window[: mm.start()]
        if (_ON_IT.search(left) or _STRENGTH_JUST_SAID.search(left)) and not _STATUS_HYPOTHETICAL.search(left) \
                and not any(c.start <= lo + mm.start() < c.end for c in out):
            out.append(_Cue("started", lo + mm.start(), lo + mm.end()))
    return out


def _status_in(text: str, lo: int = 0, hi: int | None = None, taken: frozenset[int] = frozenset()) -> str | None:
    """The strongest asserted status cue in ``text[lo:hi]``, skipping cues (by start) another drug owns."""
    for cue in _asserted_cues(text, lo, hi):
        if cue.start not in taken:
            return cue.status
    return None


# What may sit between a status verb and the drug it governs: "started me on the", "bumped my ... up"
_OBJECT_GAP = re.compile(
    r"\s*(?:(?!(?:and|but|because|cause|so|then|after|before|when|while|since|until|which|who)\b)[\w'-]+\s+){0,4}",
    re.IGNORECASE,
)
# a pronoun object names the drug said last: "stopped that", "started me on it", "came off of them"
_PRONOUN_OBJECT = re.compile(
    r"\s*(?:(?:me|him|her|them|you|us)\s+)?(?:(?:on|off|of|onto|from|taking|using|with)\s+)*(?:it|that|them|this|those)\b"
    r"(?!\s*(?:day|week|month|time|night|morning|one|thing|stuff|way|much|is|was)\b)",
    re.IGNORECASE,
)
_PLUPERFECT_BEFORE = re.compile(r"\b(?:i|i'?d|we|she|he|they)\s+(?:had|'d)\s+(?:just\s+|already\s+)?$", re.IGNORECASE)
_TAKEN_PRONOUN = re.compile(r"\s+(?:taking|using)\s+(?:it|them|those)\b", re.IGNORECASE)
# a drug before its verb is its subject: "the Ambien stopped", "Seroquel was increased", "the Ativan she stopped"
_SUBJECT_GAP = re.compile(
    # ("the flu ox e teen before it was ten now ... twenty": "before" right before the cue is the adverb of a second
    # language, not a clause)
    r"[\s,]*(?:(?:before|previously|at\s+first)[\s,]+$)?"
    r"(?:(?!(?:and|but|because|cause|so|then|after|before|when|while|since|until)\b)[\w'.-]+\s+){0,3}",
    re.IGNORECASE,
)
# ... or said before it: "Dr. Kessler said depression last year, when she started it"
_LONG_AGO_WHEN = re.compile(r"\b(last year|years? ago|a long time ago|ages ago)\s*,?\s*when\s+(?:she|he|i|they|we|you)\s+$",
                            re.IGNORECASE)
_LONG_AGO = re.compile(
    r"^[^.?!]{0,25}\b(back in|last year|years? ago|a long time ago|ages ago|(in|last|over) the (summer|spring|fall|autumn|winter)|"
    r"(three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|many|\d\d?) months ago)\b",
    re.IGNORECASE,
)


# an object that is no drug: "started a new job", "quit my job", "stopped smoking"
_FOREIGN_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|my|his|her|our|their|this|some)\s+(?:new\s+|other\s+)?"
    r"(?!(?:dose|doses|medication|medications|meds|med|medicine|pills?|prescription|script|shot|injection|taper|patch|"
    r"tablets?|one|ones|new|other|first|at|on|in|to|off|up|down|back|from|with|for|and|but|last|this|that|yesterday|today)\b)[a-z]+\b"
    r"|(?!taking|using)[a-z]+ing\b)",
    re.IGNORECASE,
)
# "they switched me to the generic": the same drug from another maker, no new start
_SAME_DRUG_OBJECT = re.compile(r"\s+(?:me\s+|it\s+)?(?:over\s+)?(?:to\s+|onto\s+)?(?:the\s+)?(?:generic|brand(?: name)?|name brand)\b",
                               re.IGNORECASE)
# "the mirtazapine is new", "the new Lexapro": started, said only of the drug next to it
_NEW_AFTER_DRUG = re.compile(r"[\s,]*(?:is|'s|are)\s+(?:brand\s+|pretty\s+|fairly\s+|still\s+|kind of\s+)?new\b", re.IGNORECASE)
_NEW_BEFORE_DRUG = re.compile(r"\bnew\s+(?:one\s+|med\s+|medication\s+|prescription\s+)?,?\s*(?:the\s+)?$", re.IGNORECASE)


# a status said in the passive is said of its subject: "the films are stopped", "risperidone stays stopped"
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|got|gets|stays?|stayed|remains?|remained)\s+$", re.IGNORECASE)
# the drug in apposition to what it is: "the nurse stopped the steroid, the dexamethasone"
_APPOSED_CLASS = re.compile(rf"\s*(?:the|my|your|his|her|that|this|a|an)\s+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_PILL_NOUN}|steroids?|antibiotics?|antidepressants?|painkillers?|blood thinners?|"
                            rf"antipsychotics?|sleepers?|statins?)\s*,\s*(?:the\s+|my\s+)?", re.IGNORECASE)


_MOVED_BEFORE_DRUG = re.compile(r"\b(took|taken|brought|put|moved|knocked|kicked|dialed|dialled|turned|pushed|bumped|"
                                r"brung)\s+(?:the\s+|my\s+|your\s+|his\s+|her\s+)?$", re.IGNORECASE)


# the next item of a list a verb governs: "... the twenty five and (the) hydroxyzine"
_LIST_AND = re.compile(r"[^.?!;]{0,60}?[\s,]and\s+(?:the\s+|some\s+)?", re.IGNORECASE)


_INTERACTS_WITH_BEFORE = re.compile(r"\b(?:fights?|interacts?|clash(?:es)?|mix(?:es)?|reacts?|interferes?|messes|doesn'?t\s+go)\s+"
                                    r"(?:\w+\s+)?with\s+(?:the\s+|my\s+|your\s+)?$", re.IGNORECASE)


def _owned_cues(text: str, mentions: list[Mention]) -> list[tuple[_Cue, Mention | None]]:
    """Status cues paired with the drug mention they are said of, where the grammar says so.

    A cue governs the drug right after it ("started the Vyvanse"), the drug named
    last when its object is a pronoun ("I stopped that"), or the drug right before
    it ("the Ambien stopped because ..."); with another object ("started a new
    job", "quit smoking") it is said of no drug (None). Other cues are left to the sentence.
    """
    ordered = sorted(mentions, key=lambda x: x.start)
    out: list[tuple[_Cue, Mention | None]] = []
    for cue in _asserted_cues(text):
        nxt = next((x for x in ordered if x.start >= cue.end), None)
        prev = next((x for x in reversed(ordered) if x.end <= cue.start), None)
        if _SAME_DRUG_OBJECT.match(text, cue.end):
            out.append((cue, None))
        elif prev is not None and (
                _SUBJECT_GAP.fullmatch(text[prev.end:cue.start]) and _PASSIVE_BEFORE.search(text, 0, cue.start)
                or _SINCE_RECENTLY.match(text, cue.start) and not re.search(r"[.?!]", text[prev.end:cue.start])):
            # "the suboxone films are stopped you're on pristiq", "on sertraline a hundred and fifty since two weeks
            # ago with some night sweats propranolol forty": said of the drug before
            out.append((cue, prev))
        elif nxt is not None and (_OBJECT_GAP.fullmatch(text[cue.end:nxt.start])
                                  or _APPOSED_CLASS.fullmatch(text[cue.end:nxt.start])):
            out.append((cue, nxt))
        elif prev is not None and _PRONOUN_OBJECT.match(text[cue.end:]):
            if _INTERACTS_WITH_BEFORE.search(text, max(0, prev.start - 40), prev.start):
                # "Dr. Reyes said it fights with the lamotrigine ... So I stopped it": "it" is the drug that
                # interacts, not the one it interacts with
                prev = next((x for x in reversed(ordered) if x.end <= prev.start and x.generic != prev.generic), None)
                if prev is None:
                    continue
            # the antecedent is near: this or the last sentence, or a few back when the pronoun is what is
            # taken ("Zopiclone. A lot of them. ... she told me she'd stopped taking them") or when the turn names
            # one drug only ("Zolpidem. GP give me ten milligram. ... I stop it on Sunday")
            reach = 4 if _TAKEN_PRONOUN.match(text, cue.end) or len({x.generic for x in ordered}) == 1 else 2
            if _PLUPERFECT_BEFORE.search(text, 0, cue.start) and re.search(r"[.?!]", text[prev.end:cue.start]):
                # "put me back on my Lexapro, the ten. I had stopped it when the pills washed away": what came
                # before the restart, told after it: said of no drug now
                out.append((cue, None))
                continue
            if len(split_sentences(text[prev.end:cue.start])) <= reach:
                out.append((cue, prev))
        elif prev is not None and _SUBJECT_GAP.fullmatch(text[prev.end:cue.start]):
            out.append((cue, prev))
        elif _FOREIGN_OBJECT.match(text, cue.end):
            out.append((cue, None))
    cue_starts = [c.start for c, _ in out]
    for cue, obj in list(out):
        if obj is None or cue.status not in ("started", "stopped") or cue.end > obj.start:
            continue
        nxt = next((x for x in ordered if x.start >= obj.end and x.generic != obj.generic), None)
        if nxt is not None and _LIST_AND.fullmatch(text[obj.end:nxt.start]) \
                and not any(obj.end <= c < nxt.start for c in cue_starts):
            out.append((cue, nxt))  # "started me on the sertraline on monday the twenty five and hydroxyzine"
    for m in ordered:
        if _DOSE_MOVED_AFTER.match(text[m.end:]) and _MOVED_BEFORE_DRUG.search(text[max(0, m.start - 40):m.start]) \
                and not _STATUS_HYPOTHETICAL.search(text[:m.start]):
            out.append((_Cue("changed", m.start, m.end), m))  # "they took the oxycodone down again"
        new = _NEW_AFTER_DRUG.match(text, m.end) or _NEW_BEFORE_DRUG.search(text[max(0, m.start - 40):m.start])
        if new and not _STATUS_HYPOTHETICAL.search(text[:m.start]):
            out.append((_Cue("started", m.start, m.end), m))
    return out


_NOT_DOSE_AFTER = re.compile(
    r"^[\s-]*(times|time|days?|weeks?|months?|years?|hours?|minutes?|percent|%|out of|pm|am|a\.m|p\.m|"
    # ("five hundred morning and night" is a dose taken twice a day)
    r"o'clock|to (ten|10|a hundred|100)\b|things|people|nights?|mornings?(?!\s+and\s+(?:night|evening|bedtime)\b)|pounds|lbs|dollars|bucks|miles|"
    r"pages|points|cups|drinks|beers|glasses|cigarettes|kids|sessions|episodes|attacks|inches|feet|foot|metres|meters|"
    r"centimet\w+|kilos|kg|stone|degrees|tonnes?|tons|litres?|liters?|kilomet\w+|km|floors|storeys|steps|laps|"
    # counts of a device's doses: "the salbutamol, two puffs when I need it"
    r"puffs?|sprays?|squirts?|drops|inhalations?|clicks|pumps?|"
    # things counted at work or at home: "when the Vyvanse is strong, three squares"
    r"squares|boxes|rows|pieces|bags|loads|trips|calls|emails|files|jobs|shifts|houses|rooms|walls|cars|trucks|runs|rounds|"
    r"sets|reps|words|lines|plates|pots|trees|customers|clients|patients|orders|tables|chairs|bottles|cans|"
    # a count of tablets: "The Tylenol, two tablets in the morning" (the strength, if said, is its own number)
    r"tablets|pills|capsules|caps|tabs)\b"
    r"|^\s*of (those|them|these|it|us|you)\b"  # "if you notice two of those"
    r"|^\s*of the (little|small|big|white|pink|blue|yellow|orange|green|red|round)\b"  # "two of the little pink ones"
    r"|^:\d"  # a clock time, "3:45"
    # "two or three times", "sixteen to twenty-four inches"
    r"|^\s*(or|to)\s+[\w-]+\s+(times?|days?|weeks?|months?|years?|hours?|minutes?|nights?|mornings?|inches|feet|metres|meters)\b",
    re.IGNORECASE,
)


_TABLETS_NEXT = re.compile(r"\s+(?:tablets|pills|capsules|caps|tabs)\b", re.IGNORECASE)


_FRACTION_DOSE = re.compile(
    rf"\b(?:(?P<whole>{NUMBER_RE})\s+and\s+)?(?:a\s+|one\s+)?(?P<frac>half|quarter)[\s-]+(?:of\s+)?"
    # "half of the one milligram", "half of one of the ten milligram": a part of a tablet's strength
    rf"(?:one\s+of\s+)?(?:(?:a|an|the|my|your)\s+)?(?:(?P<base>{NUMBER_RE})[\s-]*)?(?P<unit>milligrams?|mgs?|micrograms?|mcg)\b",
    re.IGNORECASE,
)


def find_doses(text: str) -> list[Dose]:
    """Every 'N unit' in ``text``, with spoken fractions read whole: "half a milligram" is 0.5 mg,
    "one and a half milligrams" 1.5 mg, "a quarter of a milligram" 0.25 mg."""
    fractions: list[Dose] = []
    for m in _FRACTION_DOSE.finditer(text):
        whole = parse_number(m.group("whole")) if m.group("whole") else 0.0
        if whole is None:
            continue
        base = parse_number(m.group("base")) if m.group("base") else 1.0
        if base is None:
            continue
        unit = "mcg" if m.group("unit").lower().startswith(("mic", "mcg")) else "mg"
        part = 0.5 if m.group("frac").lower() == "half" else 0.25
        # "one and a half of the ten milligram" is one and a half tablets of ten (15 mg), "one and a half milligrams" 1.5 mg
        fractions.append(Dose((whole + part) * base if m.group("base") else whole + part, unit, m.start(), m.end()))
    plain = [_counted(text, _strength_after_count(text, d)) for d in _unit_doses(text)
             if not any(f.start <= d.start < f.end or d.start <= f.start < d.end for f in fractions)]
    return sorted(plain + fractions, key=lambda d: d.start)


def _pill_count(said: str) -> float:
    """How many tablets a spoken count says: "a couple (of)" is two, "half of one" a half, "three" three, anything
    unread one."""
    if re.match(r"(?:the\s+|a\s+)?half\b", said, re.IGNORECASE):
        return 0.5
    return 2.0 if re.match(r"a\s+couple\b", said, re.IGNORECASE) else parse_number(said) or 1.0


def _counted(text: str, d: Dose) -> Dose:
    """'two of the eight milligram strips' is 16 mg at a time: a count of a strength, as for 'two of the tens'."""
    count = _PILL_COUNT_OF.search(text[max(0, d.start - 20):d.start])
    if count is None:
        return d
    n = _pill_count(count.group("count"))
    return Dose(n * d.value, d.unit, d.start - len(text[max(0, d.start - 20):d.start]) + count.start(), d.end)


_UNIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "one eight-milligram film", "two five milligram tablets": a count, then the strength ("a ten" is
# parse_number's own)
_COUNT_THEN_STRENGTH = re.compile(rf"{_UNIT_WORDS}[\s-]+(?P<strength>{_UNIT_WORDS}\b.*)", re.IGNORECASE)


# a count of tablets of a strength, the tablets named after the unit: "two fifty milligram tablets together" (100 mg, not 250),
# "as two fifteen-milligram tablets" (30 mg, not 215)
_COUNTED_TABLETS = re.compile(r"(?P<count>two|three|four)\s+(?P<strength>(?:ten|fifteen|twenty|twenty-five|twenty\s+five|thirty|forty|fifty|"
                              r"seventy-five|seventy\s+five|hundred|one\s+hundred|a\s+hundred)[\s-]*(?:mg|milligrams?))$", re.IGNORECASE)
_TABLETS_AFTER = re.compile(r"[\s-]+(?:tablets|pills|capsules|caps|tabs)\b", re.IGNORECASE)


def _strength_after_count(text: str, d: Dose) -> Dose:
    """Two digit words in a row are a count and a strength, never their sum ("one eight-milligram" is 8 mg)."""
    counted = _COUNTED_TABLETS.match(text[d.start:d.end]) if _TABLETS_AFTER.match(text, d.end) else None
    if counted is not None:
        strength = _unit_doses(counted.group("strength"))
        if strength and strength[0].value:
            return Dose(_pill_count(counted.group("count")) * strength[0].value, strength[0].unit, d.start, d.end)
    m = _COUNT_THEN_STRENGTH.match(text, d.start, d.end)
    if m is None:
        return d
    first = _unit_doses(text[m.start("strength"):d.end])
    return Dose(first[0].value, first[0].unit, m.start("strength"), d.end) if first else d


_SPOKEN_YEAR = re.compile(
    r"(nineteen|twenty)[\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)([\s-]+(one|two|three|four|five|six|seven|eight|nine))?",
    re.IGNORECASE,
)
# a year said with "two thousand", after "in" ("in college in two thousand fifteen my roommate gave me his adderall")
_THOUSANDS_YEAR = re.compile(r"two[\s-]+thousand(?:[\s-]+and)?[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+\w+)?)", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|since|from|of|until|till)\s+$", re.IGNORECASE)
_TAKEN_AT = re.compile(r"\b(take|takes|took|taking)\b[^.?!,]{0,25}\b(at|around|by|before|after)\s+(about\s+)?$", re.IGNORECASE)
# an event's time: "comes at four", "get home by six", "up until two"
_EVENT_AT = re.compile(r"\b(comes?|came|coming|hits?|starts?|started|wakes?|woke|awake|asleep|gets?|got|get home|leave|left|"
                       r"eat|ate|lunch|dinner|breakfast|bed|work|school|class|meeting|shift|off|home|up|out)\s+"
                       r"(at|around|by|until|till)\s+(about\s+)?$", re.IGNORECASE)


def _clock_hour(value: float | None) -> bool:
    """A number that reads as a time of day: an hour (four) or an hour and its minutes (four thirty = 430)."""
    if value is None or not value.is_integer():
        return False
    n = int(value)
    return 1 <= n <= 12 or (100 <= n <= 1259 and 1 <= n // 100 <= 12 and n % 100 < 60)


_CLOCK_BEFORE = re.compile(r"\b(at|around|by|until|till|before|after)\s+$", re.IGNORECASE)


# a strength said as a plural: "the eight hundreds", "two of the 333s", "two of the twenties"
# ("the six-fifties": the 650s)
_PLURAL_STRENGTH = re.compile(rf"(?<![\w.])(?:(?P<num>{NUMBER_RE})s|(?P<tens>(?:(?:one|two|three|four|five|six|seven|eight|nine)-)?"
                              r"(?:twen|thir|for|fif|six|seven|eigh|nine)t)ies)\b",
                              re.IGNORECASE)


# a count taken together of the tablets just named: "the fifties. I take two at a time"
_TAKEN_TOGETHER_AFTER = re.compile(r"[\s,.;]{0,3}(?:(?:and|so|but)\s+)?(?:i\s+|she\s+|he\s+)?(?:usually\s+|normally\s+|just\s+)?"
                                   r"(?:take|takes|taking|have)\s+(?P<count>two|three|four|a\s+couple)\s+"
                                   r"(?:(?:of\s+them\s+)?(?:at\s+(?:a\s+time|once)|together)|of\s+them\s+at\s+once)\b",
                                   re.IGNORECASE)


def _plural_number(m: re.Match[str]) -> str:
    """The number a plural strength names: "fifties" is fifty, "eight hundreds" eight hundred."""
    return m.group("num") or m.group("tens") + "y"


# a count of pills, then their strength as "the N ones": "two at night, the seven and a half ones"
_COUNT_OF_ONES = re.compile(rf"\b(?P<count>one|two|three|four|a couple)\b[^.?!]{{0,20}}?\bthe\s+(?P<strength>{NUMBER_RE})"
                            r"(?:\s*(?:mg|milligrams?))?\s+ones\b", re.IGNORECASE)
# "two of the", Scots "two o' the", "two tablets of"
_COUNT_OF = (r"\b(?P<count>one|two|three|four|a couple)\s+(?:(?:of|o')\s+(?:the|my|your)\s+|"
             r"(?:tablets?|pills?|capsules?|caps|tabs)\s+of\s+(?:the\s+)?)")
_PILL_COUNT_OF = re.compile(_COUNT_OF + "$", re.IGNORECASE)
# the count, the drug's name, then the strength as a plural: "two of the Tylenol arthritis, the six-fifties"
_PILL_COUNT_NAMED = re.compile(_COUNT_OF + r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2},?\s+the\s+$", re.IGNORECASE)
# how many cigarettes or drinks: "i smoke maybe three four only", "I drink about six"
_HOW_MANY_USED = re.compile(r"\b(?:smoke|smokes|smoked|smoking|vape|vapes|vaping|drink|drinks|drank|drinking)\s+"
                            r"(?:(?:maybe|about|like|only|just|around|roughly|probably|now|still)\s+)*$", re.IGNORECASE)
# a duration or an appointment, not an amount: "a week or two", "Tuesday the 17th at 4"
_DURATION_OR = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|nights?)\s+or\s+$", re.IGNORECASE)
# a day or week of a course counted, not an amount: "seven days. I am on day three.", "week two of the taper"
# (and the weeks of a starter pack counted: "Weeks one and two were the little twenty-fives")
_DAY_OF_COURSE = re.compile(r"\b(?:on\s+)?(?:days?|weeks?|nights?|months?)\s+$", re.IGNORECASE)
_APPOINTMENT_AT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the \d{1,2}(?:st|nd|rd|th)|"
    r"see you|appointment|session)\b[^.?!]{0,25}\bat\s+(?:about\s+)?$",
    re.IGNORECASE,
)


def _spoken_strength(num: str) -> tuple[float, float | None]:
    """(count, strength) of a spoken amount: "one five-fifty" is one tablet of 550, never 56."""
    m = _COUNT_THEN_STRENGTH.fullmatch(num)
    if m is not None:
        return parse_number(num[:m.start("strength")]) or 1.0, parse_number(m.group("strength"))
    return 1.0, parse_number(num)


def _strength_of_ones(num: str) -> float | None:
    """'eight hundred one' said before an 's' is "the eight hundred ones", the 800 pills, never 801."""
    head = re.fullmatch(r"(.+?)[\s-]+one", num, re.IGNORECASE)
    return parse_number(head.group(1)) if head else None


_SCORE_BEFORE = re.compile(r"\b(scored?|scoring|score (of|was|is)|came (out|back) (at|as)|came to|comes to|rated( it| that)?( at| as)?|"
                           # a questionnaire named with its total: "Your PHQ-9 today was twenty-one", "The Y-BOCS you did in the
                           # waiting room was twenty-four."
                           r"(?:phq|gad|audit|pcl|epds|bdi|bai|k10|core|dast|ybocs|y-bocs)(?:-?\d+)?(?:\s+\w+){0,6}?\s+(?:was|is|of|at)|"
                           r"rating (of|was|is))\s+(a |an |at |the )?$", re.IGNORECASE)


# a blood level, not a dose: "the level come back at fifty eight", "they take the blood and the lithium it was one point
# three", "the lithium was too low. Zero point four."
_LEVEL_BEFORE = re.compile(r"(?:\b(?:levels?|blood(?!\s+(?:pressure|thinners?)))\b(?:(?!\b(?:take|takes|taking|took|on|dose|tablets?|pills?|mg|milligrams?|"
                           r"increase\w*|up|down|raise\w*|lower\w*|went|go|going|put)\b)[^.?!]){0,70}?"
                           r"\b(?:was|is|were|are|came\s+back|come\s+back|at|of|'?s|it\s+more\s+like|it\s+(?:at|around|about))\s+(?:about\s+|around\s+|only\s+|like\s+)?"
                           r"|\btoo\s+(?:low|high)\W{1,3}"
                           # the range it should sit in: "anywhere from fifty to a hundred is okay"
                           r"|\b(?:anywhere|somewhere)\s+(?:from|between)\s+(?:[\w-]+\s+){0,4}?(?:(?:to|and)\s+)?)$", re.IGNORECASE)


def _plural_is_strength(text: str, m: re.Match[str]) -> bool:
    num = _plural_number(m)
    # "two of the fives", "two of the tens": a count of a strength
    return bool(_PILL_COUNT_OF.search(text[max(0, m.start() - 20):m.start()]) or _strength_of_ones(num)
                or ((parse_number(num) or 0) >= 10 and not re.match(r"\s+of\b", text[m.end():])
                    # not "hundreds of", "the 90s", "the 1990s", "the sixties"
                    and (len(re.split(r"[\s-]+", num)) >= 2 or _THE_TENS_BEFORE.search(text[max(0, m.start() - 25):m.start()])
                         is not None if not num[0].isdigit()
                         else not re.fullmatch(r"\d0|1[89]\d0|20[0-3]0", num))))


# a single tens said as a strength after "the", not a decade: "the tramadol, the fifties" (not "back in the fifties")
_THE_TENS_BEFORE = re.compile(r"(?<!\bin\s)(?<!\bsince\s)(?<!\bduring\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bof\s)"
                              r"(?<!\bto\s)(?<!\binto\s)(?<!\bher\s)(?<!\bhis\s)(?<!\bmy\s)\bthe\s+$", re.IGNORECASE)


# a number said apart whose last "one" counts a tablet or patch, not a digit: "the twenty one one patch", "the fourteen one"
_ONE_SAID_APART = re.compile(r"[\s-]one[\s-]+one$|^(?:ten|eleven|twelve|\w+teen)[\s-]+one$", re.IGNORECASE)


def _without_counted_one(num: str) -> str:
    num = re.sub(r"[\s-]+one$", "", num, flags=re.IGNORECASE)
    return re.sub(r"^((?:ten|eleven|twelve|\w+teen))[\s-]+one$", r"\1", num, flags=re.IGNORECASE)  # no teen-one


def _bare_numbers(text: str, lo: int, hi: int, unit: str) -> list[Dose]:
    out: list[Dose] = []
    plural = [m for m in _PLURAL_STRENGTH.finditer(text, lo, hi) if _plural_is_strength(text, m)]
    counted: list[tuple[int, int]] = []
    for m in _COUNT_OF_ONES.finditer(text, lo, hi):
        # "i take two at night, the seven and a half ones": two pills of 7.5
        n = _pill_count(m.group("count"))
        strength = parse_number(m.group("strength"))
        if strength:
            counted.append((m.start(), m.end()))
            out.append(Dose(n * strength, unit, m.start(), m.end()))
    for m in plural:
        num = _plural_number(m)
        value = _strength_of_ones(num) or parse_number(num) or 0.0
        count = _PILL_COUNT_OF.search(text[max(0, m.start() - 20):m.start()])
        named = None if count else _PILL_COUNT_NAMED.search(text[max(0, m.start() - 60):m.start()])
        if named:  # "two of the Tylenol arthritis, the six-fifties": two tablets of 650
            out.append(Dose(_pill_count(named.group("count")) * value, unit, m.start(), m.end()))
            continue
        counted_strength = _COUNT_THEN_STRENGTH.fullmatch(num)
        if count is None and counted_strength and not _strength_of_ones(num):
            # "paracetamol two five hundreds": two tablets of the 500s
            n, strength = _spoken_strength(num)
            if strength:
                out.append(Dose(n * strength, unit, m.start(), m.end()))
                continue
        if count:  # "two of the tens" is twenty at a time
            n = _pill_count(count.group("count"))
            start = m.start() - 20 + count.start() if m.start() >= 20 else count.start()
            counted.append((start, m.start()))
            out.append(Dose(n * value, unit, start, m.end()))
        elif (after := _TAKEN_TOGETHER_AFTER.match(text, m.end())) is not None:
            # "the tramadol, the fifties. I take two at a time": two tablets of fifty at a time
            counted.append((after.start("count"), after.end()))
            out.append(Dose(_pill_count(after.group("count")) * value, unit, m.start(), m.end()))
        else:
            out.append(Dose(value, unit, m.start(), m.end()))
    for m in BARE_NUMBER_RE.finditer(text, lo, hi):
        if any(p.start() <= m.start() < p.end() for p in plural) or any(a <= m.start() < b for a, b in counted):
            continue
        if _DURATION_OR.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "settles in a week or two"
        if _DAY_OF_COURSE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "I am on day three"
        if _HOW_MANY_USED.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "i smoke maybe three four only": cigarettes, not milligrams
        if _APPOINTMENT_AT.search(text[max(0, m.start() - 50):m.start()]):
            continue
        words = m.group("num").lower().split()
        if words[0] in ("a", "an", "one", "oh", "point", "half") and len(words) == 1:
            continue
        num, end = m.group("num"), m.end()
        if _NOT_DOSE_AFTER.search(text[end:end + 30]) and not (
                # "Lithium carbonate, the three hundred tablets, three in the evening": the strength of the tablets
                _TABLETS_NEXT.match(text, end) and text[max(0, m.start() - 4):m.start()].lower() == "the "
                and (parse_number(num) or 0) >= 20):
            # "three hundred three times a day": the last word counts the times, the rest is the dose; so in "up to a
            # hundred and fifty two weeks ago" the last word counts the weeks
            head = re.match(r"(.+?)[\s-]+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", num,
                            re.IGNORECASE)
            if not (head and re.match(r"\s*(times?\b|(days?|weeks?|months?) ago\b)", text[end:], re.IGNORECASE)):
                continue
            if parse_number(head.group(1)) is not None and parse_number(head.group(2)) == (parse_number(head.group(1)) or 0) + 1:
                continue  # "maybe two three times a week": a range of times, with no dose in it
            num, end = head.group(1), m.start() + len(head.group(1))
        if text[max(0, m.start() - 2):m.start()].endswith(":"):
            continue
        if re.match(r"\s+(?:tablet|pill|capsule|tab)\b", text[end:end + 10], re.IGNORECASE) \
                and (parse_number(num) or 0) in (2, 3, 4):
            continue  # "two tablet three time a day each one three hundred thirty three": a count said in the singular
        hour = parse_number(m.group("num"))
        if hour is not None and hour.is_integer() and 1 <= hour <= 12 and _TAKEN_AT.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "I take the Zoloft at 9": when, not how much ("taking the Seroquel at fifty" is a dose)
        if _clock_hour(hour) and _EVENT_AT.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "the craving comes at four", "home by six", "up at four thirty": when something happens
        if _CLOCK_BEFORE.search(text[max(0, m.start() - 10):m.start()]) and re.match(
            rf"\s*{_TIMES_OF_DAY}", text[m.end():], re.IGNORECASE
        ) and (hour is None or _clock_hour(hour) or hour < 1):
            continue  # "at 8 in the morning" is a clock time; "fifteen in the morning", "stays at twenty at night" a dose
        if re.search(r"\b(zero|0|one|1) to $|scale of $", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue
        if _SCORE_BEFORE.search(text, max(0, m.start() - 60), m.start()) or re.search(r"[a-z]-$", text[max(0, m.start() - 2):m.start()], re.IGNORECASE):
            continue  # "the GAD-7 came out at fourteen": a name and a score
        if _LEVEL_BEFORE.search(text, max(0, m.start() - 90), m.start()):
            continue  # "the level come back at fifty eight", "the lithium was too low. Zero point four.": a blood level
        if re.match(r"\s+(they|that|you|i|we|he|she|which|who)\b", text[m.end():], re.IGNORECASE) \
                or (re.search(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|"
                              r"sixty|seventy|eighty|ninety)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))\s+one$", num,
                              re.IGNORECASE)
                    # ("the fifty one a day", "the three twenty five one a day", "the fifty one in the mornin")
                    and re.match(rf"\s+(?:{_TIMES_OF_DAY}\b|(?:a|per|each|every)\s+(?:day|week|night|morning)\b|daily\b|weekly\b|in\s+the\s+mornin\b|"
                                 # "the hundred one tablet": one tablet of the hundred
                                 rf"(?:{_PILL_NOUN})\b)", text[m.end():],
                                 re.IGNORECASE)) \
                or _ONE_SAID_APART.search(num) or re.search(r"\bpoint[\s-]+(?:\w+[\s-]+)*?"
                                                            r"(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+one$", num,
                                                            re.IGNORECASE):
            # "the three eighty one they do in the arm", "the twenty one one the nurse give me", "the seven point five
            # one at night", "the sertraline the fifty one in the morning": that "one" is a pronoun or a count, not a
            # digit (said apart, not "fifty-one")
            trimmed = _without_counted_one(num)
            if trimmed != num:
                num, end = trimmed, m.start() + len(trimmed)
        lead_one = LEAD_ONE.match(num)
        if lead_one:  # "the big one fifty thousand"
            num = num[lead_one.end():]
        elif re.match(r"one\s+point\b", num, re.IGNORECASE) and _TABLET_LOOK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            num = num[4:]  # "the small one point five": the small tablet, of 0.5
        if _SPOKEN_YEAR.fullmatch(num) or _THOUSANDS_YEAR.fullmatch(num) and _IN_BEFORE.search(text, max(0, m.start() - 10),
                                                                                                  m.start()):
            continue  # "in twenty nineteen", "in two thousand fifteen" is a year, not 39 or 2015
        if re.match(rf"\s+of\s+(?:the|my|your)\s+{NUMBER_RE}\b", text[end:], re.IGNORECASE):
            continue  # "two of the five hundred": a count of the strength said next
        amount = _spoken_strength(num)[1]
        # ("the vitamin d, the big one, fifty thousand once a week": units run to tens of thousands)
        # (a strength said "point zero five" is one: the estradiol patch's 0.05 mg)
        low = 0.025 if re.match(r"(?:zero\s+)?point\s+(?:zero|oh)\b|0?\.0\d", num, re.IGNORECASE) else 0.1
        if amount is None or not (low <= amount <= (100000 if unit == "units" else 3000)):
            continue
        start = m.start()
        count = _PILL_COUNT_OF.search(text[max(0, start - 20):start])
        if count and amount >= 10:
            # "paracetamol, two of the five hundred": two tablets of 500 at a time
            amount *= _pill_count(count.group("count"))
            start = max(0, start - 20) + count.start()
        out.append(Dose(amount, unit, start, end))
    return sorted(out, key=lambda d: d.start)


# ... before a strength heard as "one point five": "the small one point five"
_TABLET_LOOK_BEFORE = re.compile(rf"\b{_TABLET_LOOK}\s+$", re.IGNORECASE)


# the old dose of a change, and the new one said further on: "i was on the thirty ... so she went to forty"
# another person's word putting an amount right: "No, no, they put it up on Monday.", "Fifty. Five-zero."
_PUT_RIGHT_BY_OTHER = re.compile(rf"\W*(?:(?:no|nope|nah)\b\W+(?:no\b\W+)?(?!i\b|we\b|that'?s\s+(?:right|it)\b)|(?:{NUMBER_RE})\s*[.!]\s)", re.IGNORECASE)
_COUNT_AFTER = re.compile(rf"\b{NUMBER_RE}\s+(?:years?|months?|weeks?|days?|tablets?|pills?|capsules?|times|of\s+them|left)\b", re.IGNORECASE)
_RAISED_OR_LOWERED = re.compile(r"\b(?:put|moved|bumped|took)\s+(?:it|her|him)\s+(?:up|down)\b|\b(?:raised|increased|lowered|reduced|changed)\b",
                          re.IGNORECASE)
# a sentence that tells what the amount was: "Before it was the one-fifty.", "It used to be the ten."
_OLD_AMOUNT_OPENS = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:before|earlier|previously|at\s+first|it\s+used\s+to\s+be)\b", re.IGNORECASE)
_OLD_DOSE_BEFORE = re.compile(r"\b(?:was|were|used to be)\s+(?:on\s+|at\s+|taking\s+)?(?:the\s+)?$", re.IGNORECASE)
# the amount taken now: "was forty but last week she brought it down so now i am taking thirty"
_TAKING_NOW = r"now\s+(?:i'?m|i\s+am|i)\s+(?:taking|on|take)"
_NOW_TAKING = re.compile(rf"\b{_TAKING_NOW}\s+(?:the\s+)?$", re.IGNORECASE)
# (second-language "now the doctor makes it thirty")
_NEW_DOSE_BEFORE = re.compile(r"\b(?:(?:went|gone|go|going|moved|bumped|put|now)\s+(?:me\s+|it\s+)?(?:up\s+|down\s+)?to|"
                              rf"(?:makes?|made|making)\s+it|{_TAKING_NOW}|now\s+(?:it'?s|it\s+is))\s+(?:the\s+)?$",
                              re.IGNORECASE)


# the amount it was, marked after it: "Ten milligram before. Doctor Namsaraev change it, twenty milligram since Monday."
_OLD_DOSE_AFTER = re.compile(r"\s*(?:before|previously|at\s+first|in\s+the\s+beginning|last\s+time)\b(?!\s+(?:bed|sleep|breakfast|"
                             r"lunch|dinner|supper|school|work|i|the|you|it|that)\b)", re.IGNORECASE)
# ... and changed in the words between: "change it", "she raised it", "now"
_CHANGED_WORD = re.compile(r"\b(?:chang\w*|rais\w*|increas\w*|lower\w*|reduc\w*|decreas\w*|upped|doubl\w*|halv\w*|now|"
                           r"(?:made|makes?|making|put|bumped|moved|went)\s+(?:it|me)\b)", re.IGNORECASE)


_PUT_RIGHT = re.compile(r"[\s,.—–-]*(?:no|nope|wait|sorry|i\s+mean|actually)(?:[\s,.—–-]+(?:no|nope|wait|sorry|i\s+mean|actually))*[\s,.—–-]*",
                        re.IGNORECASE)


def _last_of_run(text: str, doses: list[Dose]) -> Dose:
    """'from fifty to a hundred' / 'was on a hundred and now a hundred and fifty' -> the last."""
    # the amount taken now, however the ones before it were told: "made it forty in october ... she said take the twenty
    # and the ten together so now i am taking thirty every morning"
    taken_now = [d for d in doses[1:] if _NOW_TAKING.search(text, max(0, d.start - 30), d.start)]
    if taken_now and not any(_PUT_RIGHT.fullmatch(text[taken_now[-1].end:d.start]) for d in doses if d.start > taken_now[-1].end):
        return taken_now[-1]
    if len(doses) > 1 and _OLD_DOSE_AFTER.match(text, doses[0].end) and _CHANGED_WORD.search(text, doses[0].end, doses[1].start):
        return doses[-1]
    if _OLD_DOSE_BEFORE.search(text, 0, doses[0].start):
        newer = [d for d in doses[1:] if _NEW_DOSE_BEFORE.search(text, 0, d.start)]
        doses = doses[doses.index(newer[0]):] if newer else doses
    run = [doses[0]]
    for d in doses[1:]:
        between = text[run[-1].end:d.start]
        if _PUT_RIGHT.fullmatch(between):
            run.append(d)  # "the metoprolol fifty — no, no, twenty-five"
            continue
        if re.search(r"\b(from|was|used to be|instead of|rather than)\s+(on\s+|at\s+|taking\s+|the\s+)?$", between,
                     re.IGNORECASE):
            continue  # "fifty now, from a hundred", "point two five instead of the point five": the old dose
        # ("the zoloft yes fifty but doctor quiambao he made it one hundred")
        if d.start - run[-1].end < 40 and re.search(r"\b(to|now|up to|down to)\b|\b(i'm|im|i am|i've been|been) on\b|"
                                                    r"\b(?:made|makes|make|making)\s+it\s+(?:the\s+)?$",
                                                    between, re.IGNORECASE):
            run.append(d)
        elif d.start - run[-1].end < 40 and re.search(r"\bit(?:'s|\s+is)\s+(?:now\s+)?$", between, re.IGNORECASE) \
                and _OLD_DOSE_BEFORE.search(text, max(0, run[-1].start - 30), run[-1].start):
            run.append(d)  # "It was a hundred, and since Thursday it's one twenty-five."
    return run[-1]


def _free(lo: int, hi: int, other_spans: list[tuple[int, int]]) -> bool:
    return not any(lo <= a < hi for a, _ in other_spans)


_OF_DRUG = re.compile(rf"\s*(?:{_DOSE_UNIT}\s+)?(?:of|on)\s+(?:the\s+|my\s+|your\s+|that\s+)?", re.IGNORECASE)


# a further item of a list the drug is in, named by a word the table does not know: "the aspirin and the statin,
# the atorva something, forty"; the number after it is that item's
_NEW_ITEM = re.compile(
    r"\b(?:and|plus)\s+(?:also\s+)?(?:the|my|a|an|that|those|these)\s+(?!(?:" + "|".join(NUMBER_WORDS) + r"|"
    r"hundred|half|quarter|point|same|usual|dose|doses|morning|evening|night|afternoon|day|days|week|time|one|ones|"
    r"tablet|tablets|pill|pills|capsule|capsules|film|films|strip|strips|patch|extended|xr|xl|er|sr|generic)\b)"
    # a person said beside it is no item of the list: "like you and the doctor said, the fifty"
    rf"(?!(?:{_RELATIVES}|doctor|doc|nurse|psychiatrist|pharmacist|prescriber|gp|therapist|counsell?or|chemist|team)\b)"
    r"[a-z]{3,}\b",
    re.IGNORECASE,
)


def _leads_other(text: str, d: Dose, other_spans: list[tuple[int, int]]) -> bool:
    """The dose is said before another drug's name: "and three milligrams of melatonin"."""
    return any(a > d.end and _OF_DRUG.fullmatch(text, d.end, a) for a, _ in other_spans)


_NEW_RUN_AFTER = re.compile(r"\b(now|since|as of|these days|currently|down to|up to|instead)\b(?![^.?!]*\b(next|will|going to|"
                            r"gonna|plan|might|maybe)\b)", re.IGNORECASE)


# a tablet named by its strength: "the seventy five milligram capsules", "the two hundred tablets"
_STRENGTH_NAMED = re.compile(rf"\b(?P<n>{NUMBER_RE})[\s-]*(?:{_DOSE_UNIT}[\s-]*)?(?:capsules?|tablets?|caps|tabs|pills)\b", re.IGNORECASE)
# ... or said of the tablet: "The tablet is one hundred.", "the tablets are fifty"
_TABLET_IS = re.compile(rf"\b(?:the|my|each|one)\s+(?:capsules?|tablets?|pills?)\s+(?:is|are|'s)\s+(?:the\s+)?(?P<n>{NUMBER_RE})(?![\w-])"
                        # (the amount on its own: not "the tablet is one I split", "the tablets are two different colours")
                        rf"(?:\s*{_DOSE_UNIT})?(?=\s*(?:[,.;]|$))", re.IGNORECASE)
# a part of a tablet, and "I take" between a time of day and its amount
_PART_WORD = re.compile(r"\b(?:half|quarter)\b", re.IGNORECASE)
_I_TAKE = re.compile(r"\bi\s+(?:take|have)\s", re.IGNORECASE)
# a count of tablets, whole or in part: "one", "half", "one and a half", "a quarter"
_TABLET_COUNT = re.compile(rf"(?:(?:a|one|two|three|four)(?:\s+and\s+a\s+half)?|{_UNIT_WORDS}|(?:a\s+)?half|(?:a\s+)?quarter)", re.IGNORECASE)


_STRENGTH_AFTER_COUNTS = re.compile(rf"[\s,]+the\s+(?P<n>{NUMBER_RE}(?:s|es)?)(?:\s*{_DOSE_UNIT})?\s*(?:ones?\s*)?(?:[.,;]|$)", re.IGNORECASE)


_TIME_WORD = re.compile(r"\b(?:morning|evening|afternoon|night|nighttime|bedtime|bed|lunch(?:time)?|noon|midday|breakfast|dinner|"
                        r"dinnertime|supper|school|day(?:time)?|a\.?m|p\.?m)\b", re.IGNORECASE)


def _time_of(m: re.Match[str]) -> frozenset[str]:
    """The times of day a timed dose names ("fifty at night" -> {night})."""
    return frozenset(w.lower().replace(".", "") for w in _TIME_WORD.findall(m.group(0)))


def _split_total(text: str, lo: int, hi: int, unit: str) -> Dose | None:
    """'one hundred in the morning and one hundred at night' -> 200: a dose per time of day is summed,
    over as many times of day as are named in a row."""
    run: list[re.Match[str]] = []
    done: list[re.Match[str]] = []
    for m in _TIMED_DOSE.finditer(text, lo, hi):
        joined = bool(run) and bool(_TIMED_JOIN.fullmatch(text, run[-1].end(), m.start()))
        if joined and _time_of(m) and _time_of(m) == _time_of(run[-1]):
            # the same time of day named again is a new amount, not a second dose: "before it was fifty at night now
            # hundred at night"
            run = []
        elif run and not joined:
            if len(run) >= 2:
                done = run
                if not _NEW_RUN_AFTER.search(text, run[-1].end(), m.start()):
                    break  # "twenty in the morning and twenty at night and since the third it's fifteen ...": the new one
            run = []
        run.append(m)
    if len(run) < 2 and done:
        run = done
    if len(run) < 2:
        # "a hundred at night and the same in the morning"
        for m in _TIMED_DOSE.finditer(text, lo, hi):
            again = _SAME_AGAIN.match(text, m.end())
            value = parse_number(m.group("a") or m.group("b") or "") if not m.group("c") else None
            if again and value:
                units = find_doses(m.group(0))
                return Dose(2 * value, units[0].unit if units else unit, m.start(), again.end())
        # "One-fifty when I wake up, and the second one-fifty at two o'clock": the same amount a second time in the day
        for m in _SECOND_OF_SAME.finditer(text, lo, hi):
            first, second = parse_number(m.group("a")), parse_number(m.group("b"))
            if first and first == second and first >= 5:
                units = find_doses(m.group(0))
                return Dose(2 * first, units[0].unit if units else unit, m.start(), m.end())
        return None
    if all(re.fullmatch(r"(?:a\s+)?half", (m.group("a") or m.group("b") or "").strip(), re.IGNORECASE) for m in run):
        # halves of one tablet at each time of day: "Atenolol, the twenty-five. I cut it, half in the morning, half in
        # the night" is the tablet's strength a day, 25; with no strength said before them they name no dose
        said = _bare_numbers(text, lo, run[0].start(), unit)
        if not said or not said[-1].value:
            return None
        return Dose(said[-1].value * 0.5 * len(run), said[-1].unit, said[-1].start, said[-1].end)
    values: list[float | None] = []
    # the tablet named just before the counts ("the seventy five milligram capsules, one in the morning and two at
    # night"), or earlier in the turn when the run is counts alone ("the two hundred tablets, one in the morning, two at
    # night. The letter says now it is two in the morning and two at night.")
    lead = next(reversed(list(_STRENGTH_NAMED.finditer(text, lo, run[0].start()))), None)
    counts_alone = all(re.fullmatch(_UNIT_WORDS, (m.group("a") or m.group("b") or "x").strip(), re.IGNORECASE) for m in run)
    tablet_is = next(reversed(list(_TABLET_IS.finditer(text, lo, run[0].start()))), None)
    if tablet_is is not None and (lead is None or lead.start() < tablet_is.start()) and not counts_alone and all(
            _TABLET_COUNT.fullmatch((m.group("a") or m.group("b") or "x").strip()) for m in run if not m.group("c")) \
            and any(_PART_WORD.search(m.group("a") or m.group("b") or "") for m in run) \
            and len(text[tablet_is.end():run[0].start()].split()) <= 4:
        # whole and part tablets of the strength said of the tablet: "The tablet is one hundred. In the morning I take
        # half, at night one and a half." (200)
        each = parse_number(tablet_is.group("n"))
        counts = [parse_number(c) or (0.25 if "quarter" in c.lower() else None)
                  for m in run if not m.group("c") and (c := (m.group("a") or m.group("b") or ""))]
        if each and len(counts) == len(run) and all(counts):
            units = find_doses(tablet_is.group(0))
            return Dose(each * sum(c for c in counts if c), units[0].unit if units else unit, tablet_is.start("n"), run[-1].end())
    if lead is not None and not counts_alone and text[lead.end():run[0].start()].strip(" ,"):
        lead = None
    strength: float | None = parse_number(lead.group("n")) if lead else None
    named_after = _STRENGTH_AFTER_COUNTS.match(text, run[-1].end()) if counts_alone and strength is None else None
    singular = re.sub(r"s$", "", re.sub(r"ies$", "y", named_after.group("n"))) if named_after is not None else ""
    if named_after is not None and (after_value := _strength_of_ones(named_after.group("n")) or parse_number(singular)):
        # the strength said after the counts: "One in the morning, one at lunch, two at night, the three hundreds."
        strength = after_value
    if counts_alone and strength is None and not find_doses(text[run[0].start():run[-1].end()]) \
            and all(_pill_count(m.group("a") or m.group("b") or "") <= 2 for m in run if not m.group("c")):
        # "metformin, five hundred, one in the morning and one at night": tablets counted of a strength said bare
        # before them, which is the dose; their sum is no dose at all
        return None
    if strength is None and any(m.group("b") and _I_TAKE.search(m.group(0)) for m in run):
        return None  # parts of a tablet whose strength was never said: "In the morning I take half, at night one."
    for m in run:
        if m.group("c"):
            value = parse_number(m.group("s"))
            strength = value
            values.append(_pill_count(m.group("c")) * value
                          if value is not None else None)
            continue
        num = m.group("a") or m.group("b")
        count, value = _spoken_strength(num)
        if count != 1.0 or _COUNT_THEN_STRENGTH.fullmatch(num):
            strength = value  # "one five-fifty in the morning": a tablet of 550
            values.append(count * value if value is not None else None)
        elif strength is not None and re.fullmatch(_UNIT_WORDS, num.strip(), re.IGNORECASE) and (value or 0) <= 4:
            values.append((value or 0) * strength)  # "... and one at night": one more of the same tablet
        else:
            values.append(value)
    if any(v is None or v <= 0 for v in values):
        return None
    units = find_doses(text[run[0].start():run[-1].end()])
    return Dose(sum(v for v in values if v), units[0].unit if units else unit, run[0].start(), run[-1].end())


def _halved(text: str, d: Dose | None) -> Dose | None:
    """'one milligram at night, now it's half' -> 0.5 mg."""
    if d is not None and _HALF_NOW.match(text[d.end:]):
        return Dose(d.value / 2, d.unit, d.start, d.end)
    if d is not None and _QUARTERED.match(text[d.end:]):
        return Dose(d.value / 4, d.unit, d.start, d.end)  # "it's a hundred so I quarter it"
    return d


def _part_taken(text: str, d: Dose | None, others: list[tuple[int, int]]) -> Dose | None:
    """``d`` cut to the part of that strength said taken later in its sentence, before any other drug: "The tablet is ten
    but I cut it, I take half of the ten before I sleep" is 5."""
    if d is None or not d.value:
        return d
    hi = min([a for a, _ in others if a > d.end] + [len(text)])
    part = _PART_OF_STRENGTH.search(text, d.end, hi)
    if part is None or parse_number(part.group("num")) != d.value \
            or not any(s.start <= d.start and part.end() <= s.end for s in split_sentences(text)):
        return d
    return Dose(d.value * _PARTS[" ".join(part.group("part").lower().split())], d.unit, d.start, part.end())


# "I've had five of the duloxetine": the doses taken so far, not a strength
_DOSES_SO_FAR = re.compile(r"\b(?:i've|ive|i\s+have|we've|we\s+have)\s+(?:only\s+|just\s+|now\s+)?(?:had|taken|used|done)\s+$",
                           re.IGNORECASE)
# "two of the Ativan" counts pills, it names no dose
_PILL_COUNT = re.compile(r"(a|one|two|three|four|a couple|a few|half)\s+(of|on)(\s+(the|my|your))?", re.IGNORECASE)
_LEAD_DOSE = re.compile(
    rf"(?:(?P<n>{NUMBER_RE})\s+(?:{_DOSE_UNIT}\s+)?(?P<freq>(?:once|twice|three\s+times|four\s+times)\s+a\s+day\s+)?(?:of|on)\s+|"
    rf"\b(?:the|my|your)\s+(?P<n2>{NUMBER_RE})\s+(?:{_DOSE_UNIT}\s+)?)"
    r"(?:(?:the|my|your|um|uh|er|erm|uhm)\s+)*$",  # "the sixty of the um the duloxetine"
    re.IGNORECASE,
)


# a count of the strength just said: "seventy-five, two capsules every morning", "fifty, take one and a half" (not
# "fifty, two times a day", not "fifty, two tablets of the ibuprofen")
_COUNT_AFTER_STRENGTH = re.compile(
    r"(?:\s*(?:mg|milligrams?))?(?:\s+(?:tablets|pills|capsules))?[\s,]+(?:(?:and|so|i|just|he\s+said|she\s+said)\s+)*(?:take\s+|takes\s+|taking\s+)?"
    r"(?P<count>two|three|four|one\s+and\s+a\s+half|a\s+couple\s+of)\s*"
    r"(?:(?:capsules?|tablets?|pills?|tabs)\b(?!\s+of\b)|(?=[.;]|,|\s+(?:every|each|at|in\s+the|a\s+day|daily|together|at\s+once|"
    # "metformin five hundred i take two with the breakfast together"
    r"with\s+(?:the\s+|my\s+)?(?:breakfast|lunch|dinner|supper|food|meals?|tea)|before\s+(?:bed|sleep)|after\s+(?:breakfast|lunch|dinner|food|meals?))\b))",
    re.IGNORECASE)


# tablets of the strength counted for each time of day, summed to the day's amount: "the Epilim chrono, five hundred.
# One in the morning, and two at night" (1500), "the met for min five hundred i take two in the morning with the bread and
# one in the night" (not a taper's "one in the morning for a week then two at night")
_WHEN_TAKEN = (r"(?:in\s+(?:the\s+)?(?:morning|evening|afternoon|night)|at\s+(?:night|bedtime|lunch(?:time)?|noon|midday)|before\s+bed|"
               r"with\s+(?:the\s+)?(?:breakfast|lunch|dinner|supper|tea))")
_PER_TIME_COUNTS = re.compile(
    r"(?:\s*(?:mg|milligrams?))?[\s,.]+(?:(?:and|so|i|just|take|takes|taking|he\s+said|she\s+said)\s+){0,3}"
    rf"(?P<c1>one|two|three|four)\s+(?:(?:tablets?|pills?|capsules?)\s+)?{_WHEN_TAKEN}"
    r"(?:(?!\b(?:then|weeks?|days?|after|later|before\s+it\s+was)\b)[^.?!]){0,25}?[\s,]+(?:and\s+)?(?:then\s+)?"
    rf"(?P<c2>one|two|three|four)\s+(?:(?:tablets?|pills?|capsules?)\s+)?{_WHEN_TAKEN}", re.IGNORECASE)


def _counted_per_time(text: str, d: Dose) -> Dose | None:
    """The strength ``d`` times the tablets counted for each time of day after it: their sum where the counts differ
    ("five hundred. One in the morning, and two at night" is 1500), one time's count where they are the same ("metformin,
    five hundred, one with breakfast and one with tea" names the dose once, as the data's golds write it)."""
    m = _PER_TIME_COUNTS.match(text, d.end) if d.value else None
    if m is None:
        return None
    first, second = _pill_count(m.group("c1")), _pill_count(m.group("c2"))
    return Dose(d.value * (first if first == second else first + second), d.unit, d.start, m.end())


# the amount in each one of a count: "four hundred units each one", "ten milligrams per tablet"
_EACH_AFTER = re.compile(rf"\s*,?\s*(?:each(?:\s+one)?|per\s+{_PILL_NOUN}|in\s+each(?:\s+one)?|a\s+(?:drop|tablet|pill|capsule|puff|spray))\b",
                         re.IGNORECASE)
_COUNT_OF_PILLS = re.compile(rf"\b(?P<n>two|three|four|2|3|4)\s+{_PILL_NOUN}\b", re.IGNORECASE)
# ... or said before it: "Two tablets, three times in the day. Each tablet is three hundred thirty-three."
# (or with no verb, as ASR gives it: "two tablet three time a day each one three hundred thirty three")
# (the "one" may be read into the number after it: "each one three hundred thirty three")
_EACH_IS_BEFORE = re.compile(rf"\beach\s+(?:(?:{_PILL_NOUN}|one)\s+)?(?:(?:is|has|was)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _counts_of_each(text: str, d: Dose, lo: int = 0) -> list[float]:
    """The counts of tablets (two to four) said between ``lo`` and an amount that is the strength of each one ("four
    hundred units each one", "each tablet is three hundred thirty-three"), last said last; none for any other amount."""
    if not d.value or not (_EACH_AFTER.match(text, d.end) or _EACH_IS_BEFORE.search(text, max(0, d.start - 30), d.start)):
        return []
    return [n for c in _COUNT_OF_PILLS.finditer(text, lo, d.start) if (n := parse_number(c.group("n"))) and 1 < n <= 4]


def _each_of_counted(text: str, d: Dose, lo: int = 0) -> Dose:
    """``d`` times the count of tablets said before it, where ``d`` is the strength of each one."""
    counts = _counts_of_each(text, d, lo)
    return Dose(d.value * counts[-1], d.unit, d.start, d.end) if counts and d.value else d


_COUNT_WORD = r"(?:one|two|three|four|a\s+couple|(?:the\s+|a\s+)?half)"
_COUNTED_SUM = re.compile(
    # ("One capsule of one-fifty and one of seventy-five, together": "of" alone names the strength too)
    rf"\b(?P<c1>{_COUNT_WORD})\s+(?:(?:tablets?|pills?|capsules?)\s+)?(?:of\s+(?:the\s+|my\s+)?|(?:the|my)\s+)(?P<s1>{NUMBER_RE})s?(?:\s*{_DOSE_UNIT})?(?:\s+(?:tablets?|pills?|capsules?))?"
    # ("one of the hundred and one of the little twenty-fives, together": the tablet told by its size)
    rf"\s*,?\s+(?:and|plus)\s+(?:also\s+)?(?P<c2>{_COUNT_WORD})\s+(?:(?:tablets?|pills?|capsules?)\s+)?(?:of\s+(?:the\s+|my\s+|another\s+)?|(?:the|my|another)\s+)"
    rf"(?:(?:little|small|big|large|white|blue|yellow|pink|orange|green)\s+)?(?P<s2>{NUMBER_RE})s?\b(?!\s+of\b)",
    re.IGNORECASE)


def _counted_sum(m: re.Match[str]) -> float | None:
    """The amount a ``_COUNTED_SUM`` match makes: "two of the fifty and one of the twenty-five" is 125."""
    parts = [(_pill_count(m.group(c)), parse_number(m.group(s))) for c, s in (("c1", "s1"), ("c2", "s2"))]
    return sum(n * v for n, v in parts if n and v) if all(n and v for n, v in parts) else None


def _strength_said_next(text: str, generic: str, end: int, other_spans: list[tuple[int, int]]) -> Dose | None:
    """The strength told in the sentence after the drug's, before any other drug: "Yes, mirtazapine. The tablet is
    fifteen, but he said break it, only half"."""
    sent = sentence_at(text, end)
    m = _NEXT_STRENGTH.match(text, sent.end)
    if m is None and (glossed := _NEXT_GLOSSED.match(text, sent.end)) is not None \
            and _foreign(glossed.group("w")) and (parse_number(glossed.group("n")) or 0) >= 5:
        m = glossed  # "Le Cymbalta. Soixante, sixty. One in the morning.": the number in the client's language, then in English
    if m is None or any(sent.end <= a < m.end() for a, _ in other_spans) or _PART_SAID.search(sent.text):
        # (a part of the tablet taken, said with the name, leaves the amount to what follows: "Me take the half of the
        # sleeping tablet, the zopiclone. The tablet is seven point five, me cut it")
        return None
    fixed = _NEXT_STRENGTH_FIXED.match(text, m.end())
    if fixed is not None and not any(m.end() <= a < fixed.end() for a, _ in other_spans) \
            and (parse_number(fixed.group("n")) or 0) >= 5:
        m = fixed  # "Yes, amlodipine. The strength is five. Sorry, ten.": the number put right
    value = parse_number(m.group("n"))
    return Dose(value, _unit_said_of(generic, text), m.start("n"), m.end("n")) if value else None


# a sentence of only a number said in another language and then in English: "Soixante, sixty."
_NEXT_GLOSSED = re.compile(rf"\s*(?P<w>[^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}}),\s+(?P<n>{NUMBER_RE})(?=\s*[.!;]|\s*$)", re.IGNORECASE)
# the strength put right at once: "The strength is five. Sorry, ten."
_NEXT_STRENGTH_FIXED = re.compile(rf"\W*(?:sorry|no|wait|i\s+mean)(?:\W+(?:sorry|no|wait|i\s+mean))*\W+(?:it'?s\s+)?(?P<n>{NUMBER_RE})\b"
                                  r"(?!\s*(?:tablets?|pills?|capsules?|days|weeks|a\s+day|times|of\s+them|at\s+night|in\s+the\s+"
                                  r"(?:morning|evening)|and\s+one)\b)", re.IGNORECASE)
_PART_SAID = re.compile(r"\b(?:half|halves|quarter|a\s+third)\b", re.IGNORECASE)
_NEXT_STRENGTH = re.compile(rf"\s*(?:(?:the|each|one)\s+(?:tablet|pill|capsule|strength)\s+(?:is|'s)|"
                            # the pack read out: "The Trintellix, I began on the fourth. The box says ten."
                            rf"(?:the|my)\s+(?:box|packet|pack|label|bottle)\s+says)\s+(?P<n>{NUMBER_RE})\b"
                            r"(?!\s*(?:tablets|pills|capsules|days|weeks|in\s+the|a\s+day|times)\b)(?!\s*(?:mcg|micrograms?|"
                            r"units?|ml|mls|millilit\w+|percent|%))", re.IGNORECASE)


def _pick_dose(text: str, generic: str, start: int, end: int, other_spans: list[tuple[int, int]]) -> Dose | None:
    """The dose belonging to this mention, searched outward from it without crossing another drug."""
    d = _halved(text, _pick_dose_raw(text, generic, start, end, other_spans) or _strength_said_next(text, generic, end, other_spans))
    d = _ml_as_mg(text, _per_ml_worked(text, d) or d)
    part = _PART_BEFORE.search(text, max(0, d.start - 24), d.start) if d is not None and d.value else None
    if d is not None and part is not None and not any(
            x.value == d.value for x in _bare_numbers(text, d.end, sentence_at(text, d.start).end, d.unit)):
        # "take half of the fifty, so twenty-five": a part of the strength named (where the path that found the
        # strength has not already taken the part with it, and not "half of the fifty for the first week then the
        # whole fifty")
        d = Dose(d.value * _PARTS[" ".join(part.group("part").lower().split())], d.unit, part.start(), d.end)
    per_time = _counted_per_time(text, d) if d is not None else None
    d = per_time or d
    count = _COUNT_AFTER_STRENGTH.match(text, d.end) if d is not None and d.value and per_time is None else None
    if count is not None and d is not None and d.value and any(
            x.value and abs(x.value * _pill_count(count.group("count")) - d.value) < 1e-6
            for x in _bare_numbers(text, sentence_at(text, d.start).start, d.start, d.unit)):
        # "Before it was ten, now she made it fifteen, one and a half tablet": the count of the old tablets makes
        # the amount said, which is already the total
        count = None
    if d is not None and d.value and count is not None:
        # "the venlafaxine, seventy-five, two capsules every morning", "the tablet is fifty, take one and a half"
        d = Dose(d.value * _pill_count(count.group("count")), d.unit, d.start, count.end())
    if d is not None:
        # "Two drops every morning, it says four hundred units each one": the count times the amount in each
        d = _each_of_counted(text, d, end)
    if d is not None and d.value:
        # "I take two of the fifty and one of the twenty-five every morning": tablets of two strengths taken together
        sent = sentence_at(text, d.start)
        for m in _COUNTED_SUM.finditer(text, sent.start, sent.end):
            if m.start() <= d.start < m.end() or m.start() <= d.end - 1 < m.end():
                summed = _counted_sum(m)
                if summed:
                    d = Dose(summed, d.unit, m.start(), m.end())
                break
    if d is not None:
        nxt_drug = min([a for a, _ in other_spans if a > d.end] + [len(text)])
        d = _restated_total(text, d.end, nxt_drug, d) or d
        # the amount taken back at once: "Twenty-four units of the Lantus every night, for the sugar. No, wait,
        # twenty-six, she raised it two weeks ago."
        fix = _CORRECTED.search(text, d.end, nxt_drug)
        if d.value and fix is not None and fix.start() - d.end <= 60:
            fixed = _bare_numbers(text, fix.end(), min(nxt_drug, fix.end() + 30), d.unit)
            stated = _STRENGTH_STATED.search(text[fix.end():min(nxt_drug, fix.end() + 140)])
            if fixed and fixed[0].start - fix.end() <= 4 and fixed[0].value:
                d = Dose(fixed[0].value, d.unit, fixed[0].start, fixed[0].end)
            elif stated is not None and (value := parse_number(stated.group("n"))):
                # "Sertraline, a hundred. No, wait. The box says one hundred, but that is how many tablets inside. The
                # tablet is fifty."
                d = Dose(value, d.unit, fix.end() + stated.start("n"), fix.end() + stated.end("n"))
    whole_and_half = _WHOLE_AND_HALF.search(text, end, min([a for a, _ in other_spans if a > end] + [len(text)]))
    # (the half of the tablet, not the half of a number: "the thirty seven and a half together" is 37.5)
    if whole_and_half is not None and re.search(r"\band\s+the\s+half\b", whole_and_half.group(0), re.IGNORECASE) \
            and (value := parse_number(whole_and_half.group("s"))):
        # "so now i take the fifty one and also half of one more fifty so the fifty and the half together": 75
        d = Dose(value * 1.5, d.unit if d is not None else _unit_said_of(generic, text), whole_and_half.start(), whole_and_half.end())
    entry = MEDICATIONS.get(generic)
    if d is not None and d.value is not None and d.value < 1 and entry is not None and entry.patch_unit == d.unit != entry.unit:
        # "the patch ... the estradiol point zero five": a patch's strength under one is in the drug's own unit (mg a day)
        d = Dose(d.value, entry.unit, d.start, d.end)
    return d


# "a hundred fifty twice, so three hundred a day", "so nine hundred a day total"
_DAILY_TOTAL = re.compile(
    rf"\b(?:so|that's|that is|which is|which makes|makes|making)\s+(?:like\s+|about\s+|a\s+total\s+of\s+)*"
    rf"(?P<n>{NUMBER_RE})(?:\s*{_DOSE_UNIT})?\s+(?:(?:a|per|each|every)\s+day|daily|total|in total)\b",
    re.IGNORECASE,
)


# the amount worked out after a count of tablets: "one and a half of the tens, so fifteen", "one in the morning and
# half at night. So seventy-five altogether.", "now he say take two so twenty in the night", "the fifty, take two of
# them now. So it's the hundred"
_WORKED_OUT = re.compile(
    rf"\b(?:so|that's|that is|which is|which makes|makes|making)(?:\s|\.\.+|…)+(?:(?:it'?s|it\s+is|is)\s+(?:the\s+)?)?"
    # "she say break it in two, so I take ten"
    # ("... so I cut them in half. So I'm taking fifty")
    rf"(?:(?:i|she|he|we)(?:'m|\s+am|'s|\s+is)?\s+(?:only\s+|just\s+)?(?:take|takes|taking|get|use)\s+(?:only\s+|just\s+)?(?:the\s+)?)?(?:like\s+|about\s+)?"
    rf"(?P<n>{NUMBER_RE})(?![\w-])"
    rf"|(?P<n2>{NUMBER_RE})(?:\s*{_DOSE_UNIT})?\s+(?:altogether|in\s+total|all\s+together)\b",
    re.IGNORECASE,
)


# more of the same tablet added to it: "and then half of one more", "plus another one", "and a half"
_MORE_OF_IT = re.compile(r"\b(?:(?:half\s+(?:of\s+)?)?(?:one|a)\s+more|another\s+(?:one|half)|and\s+(?:a\s+)?half|plus\s+(?:a\s+)?half|"
                         r"(?:two|three|four)\s+of\s+(?:them|those|the)|(?:two|both)\s+together|(?:take|taking|takes)\s+(?:two|three|four)(?!\s+(?:days?|weeks?)))\b",
                         re.IGNORECASE)


# a tablet cut or a part of one more: the words between a strength and the amount worked out from it
_PART_CUE = re.compile(r"\b(?:half|halves|halve|cut\s+(?:it|them|in)|split|break\s+(?:it|them)|quarters?)\b", re.IGNORECASE)
# the amount worked out said on its own, after a full stop or after the half: "... half of another fifty. Seventy-five.",
# "so I take half, fifteen, at night"
_AMOUNT_SAID_ALONE = re.compile(
    rf"(?:[.!;]\s+|\bhalf\s*,\s*)(?:so\s+)?(?P<n>{NUMBER_RE})(?:\s*{_DOSE_UNIT})?"
    r"(?=\s*[.,!;]|\s*$|\s+(?:now|at\s+night|in\s+the|every|each|a\s+day|daily)\b)", re.IGNORECASE)


def _worked_amount(m: re.Match[str]) -> tuple[float | None, int]:
    """The amount a ``_WORKED_OUT`` or ``_AMOUNT_SAID_ALONE`` match says, and where it ends."""
    g = "n" if m.group("n") else "n2"
    return parse_number(m.group(g)), m.end(g)


def _multiple_of(value: float, base: float, times: tuple[float, ...]) -> bool:
    return any(abs(value - k * base) < 1e-6 for k in times)


# the part of the strength given that the client takes: "gave the paroxetine, twenty. But I take only ten, I cut the tablet"
_BUT_TAKE_ONLY = re.compile(rf"[^.?!]{{0,12}}?[.,;]?\s*but\s+(?:i|she|he)\s+(?:only\s+|just\s+)?(?:take|takes|use|uses)\s+(?:only\s+|just\s+)"
                            rf"(?:the\s+)?(?P<n>{NUMBER_RE})(?![\w-])", re.IGNORECASE)


# the old amount doubled: "Before it was fifty at night, now the doctor make it double."
_DOUBLED_AFTER = re.compile(r"[^.?!]{0,50}?\b(?:(?:make|made|makes|making|put|putting)\s+it\s+(?:double|twice)|doubled?\s+(?:it|the\s+dose))\b",
                            re.IGNORECASE)


# a count of the strength just said, taken now: "the fifty. He said now take two, so two of the fifty together", "twenty-five.
# So I take four of them in the morning"
_COUNT_OF_IT_AFTER = re.compile(rf".{{0,60}}?\b(?:so|now|then)\s+(?:(?:i|she|he|we)\s+)?(?:(?:take|takes|taking)\s+)?"
                                rf"(?P<count>two|three|four|a\s+couple)\s+of\s+(?:them|those|these|the\s+(?P<s>{NUMBER_RE})s?)\b",
                                re.IGNORECASE)


_PART_COUNT_BEFORE = re.compile(r"\b(?:one|two|three)\s+and\s+(?:a\s+)?half\s+(?:of\s+)?(?:the|my)\s+$", re.IGNORECASE)


# a morning-noon-night schedule written on the label, as said: "ten milligram ... the paper says one zero one" (10 mg
# morning and night), "the label says 1-0-1"; only after the label's words ("call one zero one" is a police number)
_SCHEDULE_AFTER = re.compile(r"[^.?!]{0,80}?(?:[.!]\s+[^.?!]{0,40}?)?(?P<cue>\b(?:says?|said|written|label|paper|schedule|box)\b[^.?!]{0,20}?)?"
                             r"(?<![\w-])(?P<a>one|zero|1|0)[\s-]+(?P<b>one|zero|1|0)[\s-]+(?P<c>one|zero|1|0)(?![\w-])", re.IGNORECASE)


def _schedule_count(m: re.Match[str]) -> int:
    """How many times a day a matched label schedule says (0 where it is no schedule: no label word before it)."""
    if m.group("cue") is None:
        return 0
    return sum(m.group(k).lower() in ("one", "1") for k in ("a", "b", "c"))


def _restated_total(text: str, lo: int, hi: int, d: Dose) -> Dose | None:
    """A daily total said after a dose per administration, two to four times it: the gold records the total; and the
    amount worked out after a count of tablets, which is the dose where the count was taken for it."""
    # (in the dose's own turn only: a clinician saying the schedule back is not a second schedule)
    schedule = _SCHEDULE_AFTER.match(text, lo, min(hi, lo + 160)) if d.value and lo == d.end else None
    if schedule is not None and d.value and (times := _schedule_count(schedule)) > 1:
        return Dose(d.value * times, d.unit, d.start, schedule.end())
    counted = _COUNT_OF_IT_AFTER.match(text, lo, min(hi, lo + 100)) if d.value else None
    if counted is not None and d.value and (counted.group("s") is None or parse_number(counted.group("s")) == d.value):
        return Dose(d.value * _pill_count(counted.group("count")), d.unit, d.start, counted.end())
    doubled = _DOUBLED_AFTER.match(text, lo, min(hi, lo + 60)) if d.value else None
    if doubled is not None and d.value and _OLD_DOSE_BEFORE.search(text, max(0, d.start - 30), d.start):
        return Dose(2 * d.value, d.unit, d.start, doubled.end())
    only = _BUT_TAKE_ONLY.match(text, lo, min(hi, lo + 60)) if d.value else None
    if only is not None and d.value and (value := parse_number(only.group("n"))) \
            and _multiple_of(value, d.value, (0.25, 0.5, 0.75)):
        return Dose(value, d.unit, d.start, only.end("n"))
    for m in _DAILY_TOTAL.finditer(text, lo, min(hi, lo + 160)):
        value = parse_number(m.group("n"))
        if value and d.value and any(abs(value - k * d.value) < 1e-6 for k in (2, 3, 4)):
            return Dose(value, d.unit, d.start, m.end("n"))
    if d.value is not None and d.value < 5:
        for m in _WORKED_OUT.finditer(text, lo, min(hi, lo + 80)):
            value, end = _worked_amount(m)
            if value and value >= 5 and _clean_multiple(value, d.value):
                return Dose(value, d.unit, d.start, end)
    if d.value and d.value >= 5:
        # a strength and part of one more, then summed: "I take the fifty and then half of one more, so... seventy-five"
        worked = _WORKED_OUT.search(text, d.end, min(hi, d.end + 100))
        if worked and _MORE_OF_IT.search(text, d.end, worked.start()):
            value, end = _worked_amount(worked)
            if value and _multiple_of(value, d.value, (1.5, 2, 2.5, 3, 4)):
                return Dose(value, d.unit, d.start, end)
    if d.value and d.value >= 5:
        # a strength cut or added to, then the amount taken said after: "The tablet is fifteen, but she said cut it
        # and take half. So seven point five", "one of the fifty and the half of another fifty. Seventy-five.",
        # "cut it in half, so I take half, fifteen, at night"
        for worked in (_WORKED_OUT.search(text, d.end, min(hi, d.end + 90)), _AMOUNT_SAID_ALONE.search(text, d.end, min(hi, d.end + 150))):
            if worked is None or not (_PART_CUE.search(text, d.end, worked.start()) or _MORE_OF_IT.search(text, d.end, worked.start())):
                continue
            value, end = _worked_amount(worked)
            if value and _multiple_of(value, d.value, (0.25, 0.5, 0.75, 1.5, 2, 2.5, 3, 4)):
                return Dose(value, d.unit, d.start, end)
    if d.value and _PART_COUNT_BEFORE.search(text, max(0, d.start - 30), d.start):
        # a count with a part, of a strength, then the sum: "i take one and a half of the ten so fifteen"
        worked = _WORKED_OUT.search(text, d.end, min(hi, d.end + 24))
        if worked and not text[d.end:worked.start()].strip(" ,"):
            value, end = _worked_amount(worked)
            if value and _multiple_of(value, d.value, (0.5, 1.5, 2.5)):
                return Dose(value, d.unit, d.start, end)
    if d.value and re.search(r"(?:ies|s)$", text[d.start:d.end], re.IGNORECASE):
        # tablets of a strength said in the plural, then worked out: "the two capsules now, the twenties, so forty"
        worked = _WORKED_OUT.search(text, d.end, min(hi, d.end + 24))
        if worked and not text[d.end:worked.start()].strip(" ,"):
            value, end = _worked_amount(worked)
            if value and _multiple_of(value, d.value, (2, 3, 4)):
                return Dose(value, d.unit, d.start, end)
    return None


# the clinician summing up the amount the client just told, as the reply opens: "so forty since monday", "Three of the
# two hundreds, so six hundred.", "so still sixty just one capsule", "so a hundred twelve and a half"
_SUMS_UP = re.compile(rf"^\W*(?:(?:okay|ok|right|alright)\W+)?(?:(?:{NUMBER_RE})\s+(?:of\s+the\s+)?[\w\s-]{{1,30}}?,\s*)?so\s+"
                      rf"(?:(?:that'?s|it'?s|you'?re\s+(?:on|taking)|still|now|back\s+to|about)\s+)*(?:the\s+)?"
                      rf"(?P<n>{NUMBER_RE})(?![\w-])(?:\s*{_DOSE_UNIT})?(?!\s*(?:times|days?|weeks?|months?|years?|o'clock|out\s+of|percent))"
                      # (nor the amount per time, counted: "so seventy five two times")
                      rf"(?!\s+(?:(?:two|three|four|2|3|4)\s+times|twice)\b)"
                      # (one amount of several said per time is no sum: "so two in the morning and one at night", "So three
                      # hundred in the morning and six hundred at night")
                      rf"(?!\s*(?:in\s+the\s+|at\s+|with\s+|every\s+|each\s+)?(?:morning|evening|night|bedtime|lunch|breakfast|"
                      rf"dinner|supper|noon|and\b))",
                      re.IGNORECASE)
# the amount said back with the day it began: "Okay, fifteen since last Monday."
_SAID_BACK_SINCE = re.compile(rf"^\W*(?:(?:okay|ok|right|alright|got\s+it)\W+)?(?:so\s+)?(?:the\s+)?(?P<n>{NUMBER_RE})(?![\w-])"
                              # (the time of day between: "Thirty at night since Monday.")
                              rf"(?:\s*{_DOSE_UNIT})?(?:\s+(?:at\s+night|at\s+bedtime|in\s+the\s+(?:morning|evening)|every\s+(?:morning|"
                              rf"night|evening)))?\s+(?:since|from|as\s+of|starting)\b(?!\s+(?:next|tomorrow|the\s+next)\b)|"
                              # or the change said back: "so it went up from fifty to a hundred two weeks ago"
                              rf"^\W*(?:(?:okay|ok|right|alright)\W+)?so\s+(?:it|that|the\s+dose|you)\s+(?:went|got\s+(?:put|moved|raised|"
                              rf"lowered)|was\s+(?:put|moved|raised|lowered|increased|decreased|changed)|were\s+(?:put|moved))\s+(?:up\s+|down\s+)?"
                              rf"from\s+(?:the\s+)?{NUMBER_RE}(?:\s*{_DOSE_UNIT})?\s+to\s+(?:the\s+)?(?P<n2>{NUMBER_RE})(?![\w-])",
                              re.IGNORECASE)
_NOT_SO = re.compile(r"^\W*(?:no|nope|not|wait|actually)\b", re.IGNORECASE)


def _summed_up(reply: str, d: Dose, told: str, answer: str) -> Dose | None:
    """The amount the clinician's reply sums up the client's dose as ("Three of the two hundreds, so six hundred."), where
    it is a whole or simple part of the amount picked, or an amount the client said, and the client does not say no."""
    m = _SUMS_UP.match(reply) or _SAID_BACK_SINCE.match(reply)
    if m is not None and re.search(r"[.!]\s+[^.?!]*\?", reply[m.end():]):
        answer = ""  # the no answers the question asked after it: "Okay, fifteen since last Monday. Anything else you're taking?"
    if m is None or not d.value or _NOT_SO.match(answer):
        return None
    key = "n2" if "n2" in m.re.groupindex and m.group("n2") else "n"
    value = parse_number(m.group(key))
    if not value or value == d.value or value < 5:
        return None  # (a count of tablets is no amount: "so two")
    if _OLD_DOSE_AFTER.match(reply, m.end(key)):
        return None  # "So five before, ten since last week.": the amount it was, not the amount now
    if _TABLETS_AFTER.match(reply, m.end(key)) or _COUNTED_TABLETS.match(m.group(key) + " mg") and _TABLETS_AFTER.search(reply, m.end(key)):
        return None  # "so two fifty milligram tablets together": a count of tablets of a strength, not 250
    said = {x.value for x in _bare_numbers(told, 0, len(told), d.unit)} | {x.value for x in find_doses(told)}
    if _multiple_of(value, d.value, (0.25, 0.5, 0.75, 1.5, 2, 2.5, 3, 4)) or value in said:
        return Dose(value, d.unit, d.start, d.end)
    return None


# the amount said back as the clinician's turn opens, on its own: "Eighty, unchanged.", "Okay, thirty-six milligrams, same
# dose.", "okay so up to three hundred one tablet in the morning", "Fifty milligrams, once a day, started last week."
_SAID_BACK_OPENING = re.compile(rf"^\W*(?:(?:okay|ok|right|alright|all\s+right|good|got\s+it|mhm|mm)\W+)*(?:so\s+)?"
                                rf"(?:(?:(?:it'?s|that'?s)\s+)?(?:up|down|back)\s+to\s+)?(?:the\s+)?(?P<n>{NUMBER_RE})(?![\w-])"
                                rf"(?P<unit>\s*{_DOSE_UNIT}\b)?(?=\s*(?:[,.;]|$|\s+(?:same|unchanged|since|from|once|twice|daily|a\s+day|"
                                rf"every|each|one\s+(?:tablet|capsule|pill)|in\s+the\s+(?:morning|evening)|at\s+(?:night|bedtime)|now)\b))",
                                re.IGNORECASE)
# ... not a rating or a count said back: "Six, out of ten", "Fifteen, on the PHQ", "Two, days or weeks?"
_NOT_AN_AMOUNT_AFTER = re.compile(r"\W*(?:out\s+of|on\s+the|points?|percent|%|times|days?|weeks?|months?|years?|hours?|minutes?|"
                                  r"o'clock|tablets?|pills?|capsules?|puffs?|drops?|units?)\b", re.IGNORECASE)


# the clinician asks about another drug without naming it: "something else for sleep", "any other tablets"
_ELSE_ASKED = re.compile(r"\b(?:something|anything)\s+else\b|\banother\s+(?:one|medicine|medication|pill|tablet)\b|"
                         r"\bother\s+(?:medicines?|medications?|meds|pills?|tablets?)\b", re.IGNORECASE)
# the clinician's question is still about the drug: "Do you know the strength?", "changed how?", "how are you taking it?"
_DRUG_TALK = re.compile(r"\b(?:strength|dose|dosage|how\s+much|milligrams?|mg|mcg|tablets?|pills?|capsules?|taking|take\s+it|"
                        r"chang\w*|rais\w*|lower\w*|increas\w*|decreas\w*|same|pharmacy|prescri\w*|refill\w*|bottle|box|label)\b",
                        re.IGNORECASE)


def _plausible_strength(value: float, unit: str, generic: str) -> bool:
    """Whether an amount is within reach of the strengths the drug is known to be taken at (a quarter of the least to four
    times the most), or the drug is not in the table."""
    known = [d.value for k in _strengths().get(generic, ()) for d in find_doses(k)[:1] if d.unit == unit]
    return not known or min(known) / 4 <= value <= max(known) * 4


def _summed_up_later(ms: list[Mention], turns: list[dict[str, str]], mentions: list[Mention],
                     generic: str) -> tuple[Dose | None, int]:
    """The amount the clinician sums up a few turns after the drug was named without one, no other drug named
    between: "She raised the sertraline. Now I take three of the small ones." ... "The small one is fifty ... Before it was
    two of them, now three." "So a hundred and fifty now, up from a hundred." (150). An amount said back on its own as
    the turn opens counts too, with its unit or as the number told since the naming: "Are you still on the
    levomilnacipran?" "... it says eighty. One in the morning." "Eighty, unchanged."; never a rating asked for between,
    and only a number told since the naming, said back rather than guessed, and not answered with another."""
    for m in ms:
        told: set[float] = set()
        for j in range(m.turn, min(m.turn + 6, len(turns))):
            said = turns[j]["text"]
            other = min([o.start for o in mentions if o.turn == j and o.generic != generic]
                        + [a.start() for a in _ANOTHER_ONE.finditer(said)] + [len(said)])
            if j > m.turn and turns[j].get("speaker") != "clinician" and other < len(said):
                break  # another drug spoken of between, named or not: "And the blood pressure one, how much is that?"
            if turns[j].get("speaker") != "clinician":
                # (of the naming turn, only what is said of this drug: from its name to the next drug's)
                lo = m.start if j == m.turn else 0
                hi = min([o.start for o in mentions if o.turn == j and o.start > lo and o.generic != generic] + [len(said)])
                told |= {x.value for x in _bare_numbers(said, lo, hi, "mg")} | {x.value for x in find_doses(said[lo:hi])}
                continue
            if j == m.turn:
                continue
            if _SCALE_QUESTION.search(said) or _SCORE_TOLD.search(said):
                break  # a rating asked for: the numbers after it are scores
            opening = _SAID_BACK_OPENING.match(said)
            if "?" in said and not _DRUG_TALK.search(said) and opening is None \
                    or (asked_else := _ELSE_ASKED.search(said)) is not None and (opening is None or asked_else.start() < opening.end()):
                break  # a question on something else: "And how many hours are you sleeping?" "About ten."; or on
                # another drug, unnamed: "And you take something else for sleep, how much?" (not after the amount said
                # back: "So fifty milligrams since Thursday. Anything else?")
            unit = _unit_said_of(generic, said)
            sm = _SUMS_UP.match(said)
            if sm is not None and m.speaker == "client" and j <= m.turn + 3 and other == len(said) \
                    and _NOW_OR_UNIT_AFTER.match(said, sm.end("n")):
                value = parse_number(sm.group("n"))
                reply = turns[j + 1]["text"] if j + 1 < len(turns) and turns[j + 1].get("speaker") == "client" else ""
                if value and value >= 5 and not _OLD_DOSE_AFTER.match(said, sm.end("n")) and not _NOT_SO.match(reply):
                    return Dose(value, unit, sm.start("n"), sm.end("n")), j
            back = opening
            if back is None or back.end("n") > other or _NOT_AN_AMOUNT_AFTER.match(said, back.end()):
                if other < len(said):
                    break
                continue
            value = parse_number(back.group("n"))
            # (the reply to a turn that goes on to another drug answers that one: "Eighty, unchanged. And the propranolol?")
            reply = turns[j + 1]["text"] if j + 1 < len(turns) and turns[j + 1].get("speaker") != "clinician" \
                and other == len(said) else ""
            reply = reply[:min([o.start for o in mentions if o.turn == j + 1] + [len(reply)])]
            put = sentence_at(said, back.start("n")).text
            # (said back, never guessed: "Sixty milligrams, same as before?" "I think it's ninety now." is the client's
            # ninety; and never a remark about the drug: "Two hundred milligrams, that's the maximum" said of no one)
            answered = {x.value for x in _bare_numbers(reply, 0, len(reply), unit)} | {x.value for x in find_doses(reply)}
            if value and value in told and not _NOT_SO.match(reply) and not put.rstrip().endswith("?") \
                    and not (answered - {value}) and not _OLD_DOSE_AFTER.match(said, back.end()) \
                    and (back.group("unit") or value >= 5 and _plausible_strength(value, unit, generic)):
                return Dose(value, unit, back.start("n"), back.end()), j
    return None, 0


# a drug told as the new one: "and the new one for the nightmares that doctor brunner started", "And the new one Dr.
# Begay gave me Sunday for the sleep. Ramelteon." (not a new box or brand of an old one)
_NEW_ONE = re.compile(r"\b(?:the|a|this|that|your)\s+new\s+(?:one|medicine|medication|med|pill|tablet|capsule)s?\b"
                      r"(?!\s+(?:bottle|box|pack|packet|pharmacy|brand|generic|prescription\s+for\s+the\s+same)\b)", re.IGNORECASE)


def _told_as_new(ms: list[Mention], turns: list[dict[str, str]], mentions: list[Mention], generic: str) -> bool:
    """Whether the drug is named as the new one: in the sentence before its name or its own, with no other drug named
    between, or in the clinician's question whose answer names it ("And the new one Dr. Feld started after our last
    session?" "The venlafaxine. ...")."""
    for m in ms:
        text = turns[m.turn]["text"]
        own = sentence_at(text, m.start)
        others = [o.end for o in mentions if o.turn == m.turn and o.generic != generic and o.end <= m.start]
        lo = max([sentence_at(text, max(0, own.start - 1)).start] + others)
        if _NEW_ONE.search(text, lo, min(own.end, m.end + 40)):
            return True
        if m.speaker == "clinician" and m.turn >= 2 and turns[m.turn - 1].get("speaker") == "client" \
                and turns[m.turn - 2].get("speaker") == "clinician" and _NEW_ONE.search(turns[m.turn - 2]["text"]) \
                and not any(o.turn in (m.turn - 2, m.turn - 1) for o in mentions):
            # "the new one for the nightmares that doctor brunner started" "the docks a zo sin the one milligram" "doxazosin
            # one milligram": the name caught by the clinician only, saying back the answer
            return True
        asked = turns[m.turn - 1] if m.turn else None
        if m.speaker != "clinician" and asked is not None and asked.get("speaker") == "clinician" \
                and not any(o.turn == m.turn - 1 for o in mentions) and not any(o.turn == m.turn and o.start < m.start for o in mentions) \
                and _NEW_ONE.search(asked["text"]):
            return True
    return False


def _yes_to_unnamed_question(ms: list[Mention], turns: list[dict[str, str]], mentions: list[Mention]) -> str | None:
    """The status a clinician's yes-no question asks of a drug it does not name, where the yes names it first: "Let's
    talk about the medicine. Dr. Abara changed it?" "Yes, the Vyvanse. Before it was trente, thirty. Now quarante."
    (changed)."""
    for m in ms:
        if m.speaker == "clinician" or not m.turn or turns[m.turn - 1].get("speaker") != "clinician" \
                or any(o.turn == m.turn - 1 for o in mentions) or any(o.turn == m.turn and o.start < m.start for o in mentions):
            continue
        question = split_sentences(turns[m.turn - 1]["text"])[-1].text if turns[m.turn - 1]["text"].strip() else ""
        if question and _YES_ANSWER.match(turns[m.turn]["text"]) and m.start <= 40 \
                and re.search(r"\b(?:it|them|that|your\s+(?:medicine|medication|meds|dose|pills?|tablets?))\b", question, re.IGNORECASE):
            st = _asked_status(question, turns[m.turn]["text"]) or (
                "changed" if re.search(r"\bchang(?:e|ed|ing)\s+(?:it|them|that)\s*\?", question, re.IGNORECASE) else None)
            if st:
                return st
    return None


@lru_cache(maxsize=1)
def _strengths() -> dict[str, frozenset[str]]:
    """The strengths each medicine is known to be taken at (``benchmarks/build_strengths.py``): "0.1 mg" for clonidine."""
    import json
    from importlib import resources

    table = json.loads(resources.files("scribe.extract").joinpath("data", "strengths.json").read_text(encoding="utf-8"))
    return {name: frozenset(doses) for name, doses in table.items()}


# an age or a count, not an amount: "I'm fifty", "maybe fifteen panic attacks this month"
_AGE_BEFORE = re.compile(r"\b(?:i'?m|i\s+am|aged?|turned|turning|maybe|like)\s+$", re.IGNORECASE)
_COUNTED_AFTER_NUMBER = re.compile(r"\s*(?:(?!(?:at|in|a|an|every|each|per|the|before|after|on|by)\b)[a-z]+\s+)?"
                                   r"(?:attacks?|times?|calls?|drinks?|beers?|cigarettes?|days?|weeks?|months?|years?|"
                                   r"hours?|minutes?|nights?|people|kids|pounds?|kilos?|percent|dollars?|euros?|bucks|quid|pages?|"
                                   r"emails?|shifts?|miles?)\b", re.IGNORECASE)
# ... unless "now" comes between: "before it was quince now treinta thirty"
_NOW_SINCE = re.compile(r"\b(?:now|currently|today|these\s+days)\b(?![^.?!]*\b(?:before|was|were|used\s+to)\b)[^.?!]*$", re.IGNORECASE)
_TABLETS_COUNTED = re.compile(r"\b(?:two|three|four|five|six|both|all\s+(?:two|three|four))\s+(?:of\s+(?:them|those|the\s+\w+)|"
                              r"(?:small\s+|little\s+|big\s+)?(?:tablets?|capsules?|pills?|caps|tabs))\b|\beach\s+one\b|"
                              # or a part of one taken, or a dose split over the day: "half of a fifty", "one and a half of
                              # them", "cut them in half", "one and one"
                              r"\b(?:half|halves|quarter|third)\b|\b(\w+)\s+and\s+\1\b", re.IGNORECASE)
# the number before it was the old amount: "Before it was trente, thirty. Now quarante milligrammes. Forty."
_OLD_AMOUNT_BEFORE = re.compile(r"\b(?:before|used\s+to\s+be|from|was|were|previously|last\s+time)\b[^.?!]{0,24}$", re.IGNORECASE)


def _usual_strength_said(ms: list[Mention], turns: list[dict[str, str]], mentions: list[Mention],
                         generic: str) -> tuple[Dose | None, int]:
    """The one amount the client says of a drug, in the turn that names it or answers the clinician's naming of it,
    where no dose rule tied a number to the name, taken only when the drug is known to be taken at exactly that strength
    (``_strengths``): "The clonidine. Zéro virgule un... in French we put a comma, so it is zero point one." (0.1 mg);
    "Before it was tien, ten. Now twintig. Twenty." (20, the old amount passed over). Never across another drug named
    in the turn, and never where two amounts of the present are said."""
    known = _strengths().get(generic)
    if not known:
        return None, 0
    for m in ms:
        if m.speaker == "clinician":
            answers = [m.turn + 1] if m.turn + 1 < len(turns) and turns[m.turn + 1].get("speaker") in ("client", "other") else []
        else:
            answers = [m.turn]
        if answers and answers[0] + 2 < len(turns) and turns[answers[0] + 1].get("speaker") == "clinician" \
                and "?" in turns[answers[0] + 1]["text"] and len(turns[answers[0] + 1]["text"].split()) <= 8 \
                and turns[answers[0] + 2].get("speaker") == turns[answers[0]].get("speaker") \
                and not any(o.turn == answers[0] + 1 for o in mentions):
            # "I already have the clonazepam from Dr. Feld." "How are you taking that?" "... point five milligrams."
            answers.append(answers[0] + 2)
        for j in answers:
            text = turns[j]["text"]
            own = [o.start for o in mentions if o.turn == j and o.generic == generic]
            if any(o.turn == j and o.generic != generic for o in mentions) or _TABLETS_COUNTED.search(text) \
                    or any(not any(0 <= a - k.end() <= 4 for a in own) for k in _ANOTHER_ONE.finditer(text)) \
                    or _UNNAMED_OTHER.search(text):
                # (another drug in the turn, named or not ("the cholesterol one", though "The allergy one. Cetirizine." names
                # this one by what it is for): whose number it is would be a guess;
                # nor where tablets are counted: "Three capsule. Each one na three hundred." is nine hundred, which the
                # strength alone does not say)
                continue
            unit = _unit_said_of(generic, text)
            said = [d for d in _unit_doses(text) + _bare_numbers(text, 0, len(text), unit)
                    if d.value and not _AGE_BEFORE.search(text[max(0, d.start - 12):d.start]) and not _COUNTED_AFTER_NUMBER.match(text, d.end)
                    and (not _OLD_AMOUNT_BEFORE.search(text, max(0, d.start - 40), d.start)
                         or _NOW_SINCE.search(text, max(0, d.start - 40), d.start))]
            fits = [d for d in said if d.text in known]
            if fits and len({d.text for d in said} & known) == 1:
                return fits[-1], j
    return None, 0


# another drug spoken of by what it is for, with no name: "my sleeping stuff is ten", "the other pills"
_UNNAMED_OTHER = re.compile(r"\b(?:my|the|her|his)\s+(?:other\s+|\w+ing\s+)(?:stuff|pills?|tablets?|medicine|medication|meds)\b",
                            re.IGNORECASE)
# another drug spoken of without its name: "the blood pressure one", "the other one"
_DRUG_BY_KIND = (r"(?:other|water|sleeping|blood\s+pressure|pressure|cholesterol|sugar|thyroid|heart|pain|allergy)\s+"
                 r"(?:one|pill|tablet|medicine|tab)s?")
_ANOTHER_ONE = re.compile(r"\b(?:the|that)\s+" + _DRUG_BY_KIND + r"\b", re.IGNORECASE)
# the amount summed up said as now, or with its unit: "So a hundred and fifty now", "so fifty milligrams"
_NOW_OR_UNIT_AFTER = re.compile(rf"\s*(?:{_DOSE_UNIT}\s*)?(?:now\b|,?\s*up\s+from\b|,?\s*down\s+from\b)|\s*{_DOSE_UNIT}", re.IGNORECASE)


def _clean_multiple(total: float, count: float) -> bool:
    """Whether ``total`` is ``count`` tablets of a round strength (1.5 of the fifties is 75; 2 of the tens is 20)."""
    strength = total / count
    return abs(strength - round(strength)) < 1e-6 and round(strength) % 5 == 0


# the new amount of a change said right after the drug: "dropped my Suboxone from sixteen to twelve",
# "the Effexor is down to the seventy-five now"
_CHANGE_AFTER = re.compile(
    rf"[\s,]*(?:(?:is|was|'s|went|goes|gone|now|been|got|has been|had been|came|come|coming|going)\s+)*"
    rf"(?:(?:up|down|back)\s+)?(?:from\s+(?:the\s+)?{NUMBER_RE}(?:\s*{_DOSE_UNIT})?\s+)?(?:(?:up|down|back)\s+)?to\s+"
    rf"(?:the\s+)?(?P<n>{NUMBER_RE})(?![\w-])(?:\s*{_DOSE_UNIT})?(?!\s*(?:o'clock|:|percent|%|times|days|weeks))",
    re.IGNORECASE,
)


_FUTURE_AFTER = re.compile(r"[\s,]*(next|in (a|an|one|two|three|four|a few|a couple of) \w+)\b",
                           re.IGNORECASE)


# a sentence opening with an old and a new amount: "Fifteen to thirty, about a fortnight ago."
_STEP_OPENS = re.compile(rf"\W*(?:from\s+)?{NUMBER_RE}\s+(?:up\s+|down\s+)?to\s+{NUMBER_RE}\b", re.IGNORECASE)


def _unit_said_of(generic: str, said: str) -> str:
    """The unit of a strength said bare: the drug's usual one, or its patch's where a patch is said
    ("the evorel patch, the fifty" is 50 mcg of estradiol, its oral tablet 2 mg)."""
    entry = MEDICATIONS.get(generic)
    if entry is None:
        return "mg"
    return entry.patch_unit if entry.patch_unit and _PATCH.search(said) else entry.unit


# a count of a strength said as a plural: "two of the twenties", "half of one of the fifties", "one and a half of the tens"
# (the tablets named: "Two tablets of the two hundred when they hurt")
_COUNT_OF_STRENGTH = (r"\b(?P<count>one\s+and\s+a\s+half|half\s+(?:of\s+)?(?:a|one)|one|two|three|four|a couple|half)\s+"
                      r"(?:(?:tablets|pills|capsules)\s+)?(?:of|o)\s+the\s+"
                      # (or the strength said in the singular, a second language's "Two of the five hundred, together")
                      r"(?P<strength>[\w-]+?(?:\s+[\w-]+?)??)(?P<plural>ies|s|(?=\s*(?:[,.;]|$|together\b|in\s+the\b|at\s+night\b|every\b|each\b|"
                      # (and run on as speech recognition writes it: "before i take one of the twenty now she say take two")
                      r"when\b|now\s+(?:she|he|the|doctor|i)\b|so\s+(?:is|it'?s|that'?s)\b)))")
# ... said before the name: "two of the twenties of the fluoxetine"
_COUNTED_STRENGTH = _COUNT_OF_STRENGTH + r"\s+of\s+(?:the|my|your)\s+"
_COUNTED_STRENGTH_OF = re.compile(_COUNTED_STRENGTH + "$", re.IGNORECASE)
# ... and after it: "the ibuprofen for the knees two of the four hundreds in the morning" (not another drug's: "two of
# the fives of the diazepam")
_COUNTED_AFTER = re.compile(_COUNT_OF_STRENGTH + r"\b(?!\s+of\s+(?:the|my|your)\s)", re.IGNORECASE)


def _strength_of(m: re.Match[str]) -> float | None:
    """The strength of "two of the twenties": one tablet's ("twenties" is the twenty tablets)."""
    value = parse_number(m.group("strength") + ("y" if m.group("plural").lower() == "ies" else "")) or None
    # (a count of a small number said in the singular is no strength: "one of the two, at night")
    return None if value is not None and not m.group("plural") and value < 10 else value


def _counted_strength(m: re.Match[str]) -> float | None:
    """The amount of "two of the twenties": the count times the strength."""
    strength = _strength_of(m)
    return _pill_count(m.group("count")) * strength if strength else None


# what stands between a name and a part of a strength said right after it: "mirtazapine, half of one thirty"
_NAME_GAP = re.compile(r"\W{0,3}\s*")


_COUNT_BEFORE_NAME = re.compile(r"\b(?:take|takes|took|taking|have|had|having)\s+(?P<count>two|three|four|a\s+couple(?:\s+of)?)\s+$",
                                re.IGNORECASE)
_A_STRENGTH = re.compile(r"(?:ones|s)$", re.IGNORECASE)  # "the five hundred ones", "the five hundreds"


def _times_them(text: str, d: Dose, hi: int) -> Dose | None:
    """A strength with the count of it taken said straight after: "the tablets are ten i take two and a half of them at
    night" is 25, "ten mg, I take two of them" 20, "The fifty. I take two of them" 100 (up to ``hi``)."""
    stop = re.match(r"\s*[.!?,]?", text[d.end:])
    them = _COUNT_OF_THEM.match(text, d.end + stop.end(), hi) if d.value and stop is not None else None
    return Dose(d.value * _pill_count(them.group("count")), d.unit, d.start, d.end) if them is not None else None


# what the strength is called, then how many of it, opening the next sentence: "The metformin is the seven-fifty, the
# long one, extended. Two of them, with the supper."
# (or the count eaten or taken with its time: "melatonin. The gummy, five milligram. I eat two before bed.")
# (or the prescriber's count of it: "The Wellbutrin XL, the one fifty. From Monday she said take two of them together", and
# the count taken together after when: "Tylenol, the five hundred. When the knees are on fire after a job, two pills together.")
_THEM_NEXT = re.compile(r"(?:\s*,\s*(?:the\s+)?[a-z-]+(?:\s+one)?){0,3}\s*[.!]\s+(?:(?:(?:from|since)\s+\w+\s+)?(?:(?:she|he|they|the\s+doctor|"
                        r"doctor|dr\.?\s+\w+)\s+(?:said|says|say|told\s+me)\s+(?:to\s+)?(?:take|takes)\s+)?(?P<count>two|three|four)\s+of\s+"
                        r"(?:them|those)\b|"
                        r"i\s+(?:take|eat|chew|have)\s+(?P<count2>two|three|four)\s+(?:(?:tablets|pills|capsules|gummies)\s+)?"
                        rf"{_WHEN_TAKEN}|"
                        r"(?:when|if)\b[^.?!]{0,50}?,\s+(?P<count3>two|three|four)\s+(?:tablets|pills|capsules)\s+together\b)"
                        r"(?![^.?!]{0,30}\b(?:when|if|on\s+bad)\b)", re.IGNORECASE)


def _them_next(text: str, d: Dose, hi: int) -> Dose | None:
    them = _THEM_NEXT.match(text, d.end, hi) if d.value else None
    if them is not None:
        return Dose(d.value * _pill_count(them.group("count") or them.group("count2") or them.group("count3")), d.unit, d.start, d.end)
    now = _NOW_COUNT_OF.search(text, d.end, hi) if d.value else None
    if now is not None and (each := parse_number(now.group("s"))):
        # "before it was the twenty one capsule now she give me the capsule of ten and i take three of them": 30
        return Dose(each * _pill_count(now.group("count")), d.unit, now.start("s"), now.end())
    return None


# the strength now, then how many of it: "now she give me the capsule of ten and i take three of them"
_NOW_COUNT_OF = re.compile(rf"\bnow\b[^.?!]{{0,50}}?\b(?:of|the)\s+(?P<s>{NUMBER_RE})(?![\w-])[^.?!]{{0,20}}?\b(?:i\s+)?"
                           r"(?:take|taking|have)\s+(?P<count>two|three|four)\s+of\s+(?:them|those)\b", re.IGNORECASE)


def _pick_dose_raw(text: str, generic: str, start: int, end: int, other_spans: list[tuple[int, int]]) -> Dose | None:
    unit = _unit_said_of(generic, sentence_at(text, start).text)
    nxt_drug = min([a for a, _ in other_spans if a > end] + [len(text)])
    split = _split_total(text, end, min(nxt_drug, end + 200), unit)
    if split is not None:
        return split
    sent = sentence_at(text, start)
    # "mirtazapine, half of one thirty" (not "one thirty"), "the ibuprofen ... two of the four hundreds": a part of one
    # tablet or a count of a strength after the name ("half of the fifty for the first week then the whole fifty" starts)
    gap = _NAME_GAP.match(text, end)  # (always matches, possibly empty)
    part = _PART_OF_STRENGTH.match(text, gap.end() if gap else end)
    if part is not None and part.group("of").lower() in ("a", "one") and (value := parse_number(part.group("num"))):
        return Dose(value * _PARTS[" ".join(part.group("part").lower().split())], unit, part.start(), part.end())
    counted_after = _COUNTED_AFTER.search(text, end, min(sent.end, nxt_drug, end + 120))
    if counted_after and (value := _counted_strength(counted_after)) is not None:
        return Dose(value, unit, counted_after.start(), counted_after.end())
    step = _CHANGE_AFTER.match(text, end, min(sent.end, end + 80))
    if step and not _STATUS_HYPOTHETICAL.search(text[sent.start:start]) and not _FUTURE_AFTER.match(text, step.end()):
        value = parse_number(step.group("n"))
        if value:
            units = find_doses(text[step.start("n"):step.end()])
            return Dose(value, units[0].unit if units else unit, step.start("n"), step.end("n"))
    still_at = _STILL_ON_BEFORE.search(text[sent.start:start])
    if still_at and still_at.group("strength") and (value := parse_number(still_at.group("strength"))):
        s0 = sent.start + still_at.start("strength")
        said = find_doses(still_at.group(0))  # "the fifty microgram patch" keeps its unit
        return Dose(value, said[0].unit if said else unit, s0, s0 + len(still_at.group("strength")))  # the dose now
    # "three milligrams of melatonin" is melatonin's, whatever was named before it
    doses = [d for d in find_doses(text) if not _leads_other(text, d, other_spans)]
    before_name = text[sent.start:start]
    stutter = re.search(r"(\w{2,})\W+$", before_name)
    if stutter and len(stutter.group(1)) < end - start and text[start:end].lower().startswith(stutter.group(1).lower()):
        before_name = before_name[:stutter.start()]  # "four hundred of the ibu ibuprofen": the name begun twice
    lead = _LEAD_DOSE.search(before_name)

    def not_old(found: list[Dose]) -> list[Dose]:
        # "Thirty of the mirtazapine now at night, it was fifteen": with the dose said first, the one after is the old
        if lead is None or _PILL_COUNT.fullmatch(lead.group(0).strip()):
            return found
        return [d for d in found if not _OLD_DOSE_BEFORE.search(text, max(0, d.start - 30), d.start)]

    after_same = not_old([d for d in doses if end <= d.start < sent.end and _free(end, d.start, other_spans)
                          and not _NEW_ITEM.search(text, end, d.start)])
    if after_same:
        picked = _last_of_run(text, after_same)
        if (moved := _moved_to(text, picked)) is not None:
            return moved
        return (_now_opens_later(text, sent, nxt_drug, picked.unit)
                or _now_said_next(text, picked, min(sent.end, nxt_drug), reach=40)
                or _now_after_change(text, picked, min(sent.end, nxt_drug))
                or _times_them(text, picked, sent.end) or _them_next(text, picked, nxt_drug) or picked)
    bare_after = not_old([d for d in _bare_numbers(text, end, sent.end, unit)
                          if _free(end, d.start, other_spans) and not _leads_other(text, d, other_spans)
                          and not _NEW_ITEM.search(text, end, d.start)])
    if bare_after:
        picked = _last_of_run(text, bare_after)
        # "i take two paracetamol the five hundred ones": the count said before the name, the strength after it
        count = _COUNT_BEFORE_NAME.search(text, max(0, start - 16), start)
        if count and picked.start - end <= 16 and _A_STRENGTH.search(text, picked.start, picked.end):
            n = _pill_count(count.group("count"))
            return Dose(n * picked.value, picked.unit, picked.start, picked.end)
        return (_now_opens_later(text, sent, nxt_drug, picked.unit) or _times_them(text, picked, sent.end)
                or _them_next(text, picked, nxt_drug)
                or _now_after_change(text, picked, min(sent.end, nxt_drug))
                or picked)
    # "Two of the twenties of the fluoxetine in the morning": a count of a strength, said before the name
    counted = _COUNTED_STRENGTH_OF.search(text, sent.start, start)
    if counted and (value := _counted_strength(counted)) is not None:
        return Dose(value, unit, counted.start(), counted.end("strength"))
    # "I'm on 20 of the Lexapro", "the three hundred Wellbutrin"; not "I've had five of the duloxetine" (doses so far)
    if lead and not _PILL_COUNT.fullmatch(lead.group(0).strip()) \
            and not _DOSES_SO_FAR.search(text, sent.start, sent.start + lead.start()):
        group = "n" if lead.group("n") else "n2"
        # ("the twenty one one patch": the strength, then one patch; not 22)
        lead_number = lead.group(group)
        value = parse_number(_without_counted_one(lead_number) if _ONE_SAID_APART.search(lead_number) else lead_number)
        s0 = sent.start + lead.start(group)
        whole = next((d for d in doses if d.start <= s0 < d.end), None)
        if whole is not None:
            return whole  # "half of the two milligram Ativan": the part said with it
        if value is not None and value > 0 and not (lead.group("freq") and value < 5):
            # ("two twice a day of the ibuprofen" counts tablets; "twenty twice a day of the morphine" is the dose)
            # and "I take half a fifteen of the mirtazapine" is a part of that strength
            part = _PART_BEFORE.search(text, max(0, s0 - 24), s0)
            value *= _PARTS[" ".join(part.group("part").lower().split())] if part else 1.0
            led = Dose(value, unit, part.start() if part else s0, s0 + len(lead.group(group)))
            return _now_opens_later(text, sent, nxt_drug, unit) or led
    # a dose right after another drug is that drug's: "added Abilify, two milligrams, on top of the Lexapro"
    before_same = [d for d in doses if sent.start <= d.start and d.end <= start and _free(d.end, start, other_spans)
                   and not any(0 <= d.start - b <= 25 for _, b in other_spans)]
    if before_same:
        return before_same[-1]
    # following sentences of the same turn: "Concerta. Thirty-six milligrams."
    nxt_end = min([a for a, _ in other_spans if a > end] + [len(text)])
    later = [d for d in doses if sent.end <= d.start < nxt_end]
    if later:
        picked = _last_of_run(text, later)
        if (moved := _moved_to(text, picked)) is not None:
            return moved
        # (and the amount "now" a sentence or two on, after the one it was: "She lowered the levothyroxine ten days ago.
        # It was one hundred and twelve micrograms, and my heart was galloping ... Now it's one hundred.")
        return (_now_said_next(text, picked, nxt_end, reach=40)
                or (_now_opens_later(text, sentence_at(text, picked.start), nxt_end, picked.unit)
                    if _WAS_BEFORE.search(text, max(0, picked.start - 30), picked.start) else None)
                or _them_next(text, picked, nxt_end) or picked)
    after = split_sentences(text[sent.end:nxt_end])
    following = after[:2]
    # the amount it was changed to, over the one it was: "The lamotrigine. I was on a hundred. Tuesday she put me to one fifty."
    # (the last change told, over an earlier one: "He raised to a hundred in winter ... So two weeks ago he put it back
    # down to fifty.")
    for s2 in reversed(after[:4]):
        put = _PUT_TO.search(text, sent.end + s2.start, sent.end + s2.end)
        bare = _bare_numbers(text, put.start("num"), put.end("num"), unit) if put else []
        if bare:
            return bare[0]
    if (now_later := _now_opens_later(text, sent, nxt_end, unit)) is not None:
        return now_later
    for s2 in following[:1]:
        # a count of a strength opening the next sentence: "Ibuprofen for the back. Two of the two hundreds when ..."
        counted_next = _COUNTED_AFTER.match(text, sent.end + s2.start, sent.end + s2.end)
        if counted_next and (value := _counted_strength(counted_next)) is not None:
            return Dose(value, unit, counted_next.start(), counted_next.end())
    for s2 in following:
        bare = _bare_numbers(text, sent.end + s2.start, sent.end + s2.end, unit)
        opening = text[sent.end + s2.start:bare[0].start] if bare else ""
        if bare and (re.search(r"\b(on|at|take|taking|now|it's|up to|down to|dose|(?:gave|give|gives|given) me|(?:made|make|makes) it|"
                               # the prescriber's amount: "she gave meloxicam. She said fifteen, but start with the half"
                               # (not the first step of a titration: "She said twenty-five for one week, then fifty.")
                               r"(?:she|he|doctor|the doctor) (?:said|says|say)(?= (?:the )?" + NUMBER_RE + r"\b(?![^.?!]*\bthen\b)))\b", s2.text,
                               re.IGNORECASE)
                     # "Motrin. The eight hundreds, one when the knee's bad.", not "the two managers"
                     or (re.fullmatch(r"\W*(the|my)\s+", opening, re.IGNORECASE) and _STRENGTH_NOUN_AFTER.match(text, bare[0].end))
                     # which tablet it is, then its strength: "The long one, eighty, one in the morning."
                     # (or the form it comes in: "The Humira, yes, it help. The pen, forty.")
                     or re.fullmatch(r"\W*the\s+(?:(?:[a-z-]+\s+){1,2}one|(?:[a-z-]+\s+)?(?:pen|shot|injection|jab|patch|syringe))\s*,\s*",
                                     opening, re.IGNORECASE)
                     # the amount said on its own: "Paracetamol for the headache. Five hundred."
                     # (with who said it set aside: "Three hundred eighty, she said, every four weeks.")
                     or (re.fullmatch(r"\W*((like|about|just|only|um|uh)\W+)*", opening, re.IGNORECASE)
                         and (len(_SAID_ASIDE.sub(",", s2.text).split()) <= 6
                              # and with only when it is taken after it: "Seven and a half, morning and evening."
                              or bool(_WHEN_TAKEN_AFTER.fullmatch(text, bare[0].end, sent.end + s2.end))
                              # or named by which of them it is: "Fourteen, the middle one, I change every morning."
                              or bool(_WHICH_ONE_AFTER.match(text, bare[0].end))))
                     # the step of a change: "She doubled the mirtazapine. Fifteen to thirty, a fortnight ago."
                     or _STEP_OPENS.match(s2.text)):
            picked = _last_of_run(text, bare)
            # the amount "now" after the steps it came through, in that sentence: "Weeks one and two were the little
            # twenty-fives, one a day, and now I'm on the row that says fifty."
            now = _NOW_AMOUNT.search(text, picked.end, sent.end + s2.end)
            now_amount = [b for b in bare if now is not None and b.start == now.start("num")]
            if now_amount:
                picked = now_amount[0]
            # and how many of that strength are taken, said next: "The fifty. I take two of them, in the morning, together."
            them = _COUNT_OF_THEM.match(text, sent.end + s2.end, nxt_end)
            if them is not None and picked is bare[-1]:
                return Dose(picked.value * _pill_count(them.group("count")), picked.unit, picked.start, picked.end)
            return picked
        if bare and _ONE_PILL_OPENS.fullmatch(opening):
            # the strength of one: "The fluoxetine. Before, one capsule, twenty. Now doctor say two capsules": the
            # count taken now, of that strength
            more = _MORE_PILLS_NOW.search(text, sent.end + s2.end, nxt_end)
            if more and not _bare_numbers(text, sent.end + s2.end, more.start("count"), unit):
                return Dose(bare[0].value * _pill_count(more.group("count")), bare[0].unit, bare[0].start, bare[0].end)
            return bare[0]
    # the name said on its own after what was said of it: "the small one, at night, one milligram. Prazosin."
    prev = [x for x in split_sentences(text) if x.end <= sent.start][-1:]
    if prev and len(sent.text.split()) <= 2 and _free(prev[0].start, start, other_spans):
        named_before = [d for d in find_doses(text) if prev[0].start <= d.start < prev[0].end]
        if named_before:
            return named_before[-1]
    return None


_FROM_TO = re.compile(rf"\s+to\s+(?:the\s+)?(?P<n>{NUMBER_RE})(?![\w-])(?!\s+(?:days?|weeks?|months?|times|o'clock)\b)", re.IGNORECASE)


def _moved_to(text: str, d: Dose) -> Dose | None:
    """The amount a dose said after "from" was moved to: "put it from one milligram to two, on the third" is 2 mg."""
    if not re.search(r"\bfrom\s+$", text[max(0, d.start - 6):d.start], re.IGNORECASE):
        return None
    moved = _FROM_TO.match(text, d.end)
    value = parse_number(moved.group("n")) if moved is not None else None
    return Dose(value, d.unit, moved.start("n"), moved.end("n")) if moved is not None and value else None


# who said an amount, set inside it: "Three hundred eighty, she said, every four weeks."
_SAID_ASIDE = re.compile(r",\s*(?:she|he|they|(?:the|my)\s+(?:doctor|nurse|gp|psychiatrist|pharmacist))\s+(?:said|says|say|told\s+me)\s*,",
                         re.IGNORECASE)
# a sentence opening with one tablet: "Before, one capsule, twenty."
_ONE_PILL_OPENS = re.compile(r"\W*(?:(?:before|now|so|then|and|um|uh)\W+)*(?:one|a)\s+(?:capsule|tablet|pill|cap|tab)\W+",
                             re.IGNORECASE)
# the times it is taken, after an amount said on its own: "Seven and a half, morning and evening."
# (and how long the course runs: "Five hundred, four times a day, seven days.")
_WHEN_TAKEN_AFTER = re.compile(rf"(?:\W+(?:{_TIMES_OF_DAY}|and|twice|once|(?:two|three|four)\s+times|(?:a|per)\s+day|daily|every\s+(?:day|"
                               rf"morning|night|evening)|each\s+(?:morning|night|evening)|with\s+food|"
                               rf"(?:for\s+)?(?:\d+|three|five|seven|ten|fourteen|twenty-one|twenty\s+one|thirty)\s+days|"
                               # "Fifty, one tablet, every morning since last Thursday."
                               rf"one\s+(?:tablet|pill|capsule|tab)|since\s+(?:last\s+)?[a-z]+))+\W*", re.IGNORECASE)
_WHICH_ONE_AFTER = re.compile(r",\s+the\s+(?:\w+\s+)?(?:one|patch|strength|dose|tablet|pill)\b", re.IGNORECASE)
# a count of the strength just named, in the next sentence: "The fifty. I take two of them, in the morning, together."
# ("the tablets are ten i take two and a half of them at night": 25)
_COUNT_OF_THEM = re.compile(r"\s*(?:(?:and|so|but)\s+)?(?:i\s+)?(?:take|took|taking|swallow|have)\s+"
                            r"(?P<count>(?:one|two|three)\s+and\s+a\s+half|two|three|four)\s+of\s+"
                            r"(?:them|those)\b(?![^.?!]{0,30}\b(?:when|if|on\s+bad)\b)", re.IGNORECASE)
# ... and how many of them are taken now: "Now doctor say two capsules"
_MORE_PILLS_NOW = re.compile(r"\bnow\b[^.?!]{0,40}?\b(?P<count>two|three|four)\s+(?:capsules|tablets|pills|caps|tabs)\b(?!\s+of\b)",
                             re.IGNORECASE)


# ("the doctor change to forty": the present tense a second language may use for the past)
# (or the prescriber's word for it: "Then Monday she called and said, go to ten, so since Tuesday I take ten.")
_PUT_TO = re.compile(rf"\b(?:(?:put|moved|bumped|upped|raised|increased|dropped|lowered|reduced|brought|changed|change)\s+(?:me|it|him|her|that)?\s*|"
                     rf"(?:said|says|say|told\s+(?:me|him|her))\s*,?\s*(?:to\s+)?go\s+)"
                     rf"(?:from\s+(?:the\s+)?{NUMBER_RE}(?:\s*{_DOSE_UNIT})?\s+)?(?:(?:up|down|back)\s+){{0,2}}to\s+(?:the\s+)?(?P<num>{NUMBER_RE})(?![\w-])"
                     # (not a change not yet made: "She said go up to eighty, but I did not start the eighty yet.")
                     r"(?![^.?!]{0,30}\bbut\s+(?:i|we)\s+(?:did\s+not|didn'?t|have\s+not|haven'?t|not)\s+(?:yet\s+)?(?:start|started|begin|begun|do|done))",
                     re.IGNORECASE)


# what may follow a strength said with "the": a pill noun, a time, or the end of the phrase
_STRENGTH_NOUN_AFTER = re.compile(
    r"(?:\s*(?:[,.;:!?]|$)|\s+(?:mg|milligrams?|tablets?|pills?|capsules?|strips?|films?|ones?|patch(?:es)?|a day|daily|"
    r"at|in|with|when|before|after|every|each|twice|once|three times|as needed|now)\b)",
    re.IGNORECASE,
)


def dose_values_in(text: str) -> set[float]:
    """Every dose value ``text`` states, read as the extractor reads them (split totals, halves, spoken numbers)."""
    # (read with the widest range a bare number may have: vitamin D's fifty thousand units)
    values = {d.value for d in find_doses(text)} | {d.value for d in _bare_numbers(text, 0, len(text), "units")}
    total = _split_total(text, 0, len(text), "mg")
    if total is not None:
        values.add(total.value)
    for whole_and_half in _WHOLE_AND_HALF.finditer(text):
        if (each := parse_number(whole_and_half.group("s"))) is not None:
            values.add(each * 1.5)  # "the fifty and the half together": 75
    for d in find_doses(text) + _bare_numbers(text, 0, len(text), "mg"):
        if _HALF_NOW.match(text[d.end:]):
            values.add(d.value / 2)
        if _QUARTERED.match(text[d.end:]):
            values.add(d.value / 4)
        if d.value and (count := _COUNT_AFTER_STRENGTH.match(text, d.end)):
            values.add(d.value * _pill_count(count.group("count")))  # "fifty, take one and a half"
        if (per_time := _counted_per_time(text, d)) is not None:
            values.add(per_time.value)  # "five hundred. One in the morning, and two at night": 1500
        if d.value and (part_said := _PART_BEFORE.search(text, max(0, d.start - 24), d.start)):
            values.add(d.value * _PARTS[" ".join(part_said.group("part").lower().split())])  # "half a fifteen of the mirtazapine"
        if d.value and (more := _MORE_PILLS_NOW.search(text, d.end)):
            values.add(d.value * _pill_count(more.group("count")))  # "one capsule, twenty. Now ... two capsules": 40
        if (times := _times_them(text, d, len(text)) or _them_next(text, d, len(text))) is not None:
            values.add(times.value)  # "The fifty. I take two of them": 100; "the seven-fifty, the long one. Two of them": 1500
        if d.value and (restated := _restated_total(text, d.end, len(text), d)) is not None and restated.value:
            # the amount the picker works out after the strength, read the same way: "Before it was fifty at night, now
            # the doctor make it double": 100; "the twenty-five, now I take three of them": 75
            values.add(restated.value)
        if d.value:
            # "Two drops every morning, it says four hundred units each one": 800; "Two tablets ... Each tablet is three
            # hundred thirty-three": 666
            values.update(d.value * n for n in _counts_of_each(text, d))
    half_taken = _HALF_TAKEN.search(text)
    for plural in _PLURAL_STRENGTH.finditer(text) if half_taken is not None else ():
        # "the little blue ones the tens ... so i has half": 5
        if half_taken is not None and half_taken.start() > plural.end() and _plural_is_strength(text, plural) \
                and (strength := parse_number(_plural_number(plural))):
            values.add(strength / 2)
    part = _part_of_strength(text, "mg")
    if part is not None:
        values.add(part.value)  # "one and a half of the fifteen tablets": 22.5
    for strength_then in _STRENGTH_THEN_COUNT.finditer(text):
        if each := parse_number(strength_then.group("s")):
            values.add(each * _pill_count(strength_then.group("count")))  # "the twenty-five dispersible, four of them": 100
    for counted in [*re.finditer(_COUNTED_STRENGTH, text, re.IGNORECASE), *_COUNTED_AFTER.finditer(text)]:
        # "two of the twenties of the fluoxetine": 40; "the stugeron, two o the fifteens": 30
        if (amount := _counted_strength(counted)) is not None:
            values.add(amount)
    for counted_sum in _COUNTED_SUM.finditer(text):
        if summed := _counted_sum(counted_sum):
            values.add(summed)  # "two of the fifty and one of the twenty-five": 125
    for step in re.finditer(r"\bto\b", text, re.IGNORECASE):
        # "from sixteen to twelve two weeks ago": the new amount of a change
        m = _CHANGE_AFTER.match(text, max(0, step.start() - 1))
        value = parse_number(m.group("n")) if m else None
        if value:
            values.add(value)
    return values


# (with the count of tablets between: "the fifty one a day")
_EVERY_DAY_AFTER = re.compile(r"(?:\s+(?:one|two|three))?(?:\s+(?:every|each)\s+(?:morning|night|evening|day)\b|\s+(?:a|per)\s+day\b|"
                              r"\s+daily\b|"
                              # or with a meal: "that one twenty before breakfast i am taking"
                              r"\s+(?:before|after|with)\s+(?:breakfast|lunch|dinner|supper|food|meals?|eating|bed|bedtime)\b)",
                              re.IGNORECASE)
_DOSE_LEAD = re.compile(r"\b(up to|down to|back to|to|at|on|now|it's|it is)\s+(the\s+|like\s+|about\s+)?$", re.IGNORECASE)


# "... put it up to a hundred three weeks back": the new dose right after a change said of "it"
_TO_NEW_DOSE = re.compile(r"\s*(?:(?:it|them|that|her|him|me)\s+)?(?:(?:back\s+)?(?:up|down)\s+)?to\s+(?:the\s+)?(?=\S)", re.IGNORECASE)


def _pronoun_change_dose(text: str, generic: str, m: Mention, owned: list[tuple[_Cue, Mention | None]]) -> Dose | None:
    """The dose a change names when the change is said of the drug by a pronoun a sentence later: "The sertraline.
    The GP put it up to a hundred three weeks back." """
    for cue, obj in owned:
        if obj is not m or cue.status != "changed" or cue.start < m.end or not re.search(r"[.?!]", text[m.end:cue.start]):
            continue
        head = _TO_NEW_DOSE.match(text, cue.end)
        if head is None:
            continue
        rest = text[head.end():]
        said = re.match(rf"(?:{NUMBER_RE})(?:\s*{_DOSE_UNIT_WORDS})?\b", rest, re.IGNORECASE)
        number = said.group(0) if said else ""
        if said and re.match(r"\s+(?:weeks?|days?|months?|years?|times?|nights?)\b", rest[said.end():], re.IGNORECASE):
            number = number.rsplit(None, 1)[0] if " " in number else ""  # "a hundred three weeks back": 100
        d = _answer_dose(number, generic) if number else None
        if d is not None:
            return d
    return None


# a question that sets a scale, whose answer is a rating: "If zero is none and ten is perfect, where's your focus been?"
# a questionnaire's score told: "You did the ten drinking questions ... the AUDIT, and it came out at eighteen"
_SCORE_TOLD = re.compile(r"\b(?:came\s+(?:out\s+)?(?:at|to)\s+(?:a\s+)?(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|scored?|score\s+(?:of|was|is)|"
                         r"totall?ed|added\s+up\s+to)\b", re.IGNORECASE)
_SCALE_QUESTION = re.compile(r"\b(?:zero|0|one|1)\s+(?:to|through)\s+(?:ten|10|a\s+hundred|100)\b|\bout\s+of\s+(?:ten|10)\b|"
                             r"\bon\s+a\s+scale\b|\bif\s+(?:zero|0|one|1)\s+(?:is|was|means)\b[^?]{0,60}\b(?:ten|10|a\s+hundred|100)\s+"
                             r"(?:is|was|means)\b|\bhow\s+would\s+you\s+rate\b", re.IGNORECASE)


# a part of a tablet of a named strength: "a quarter of the hundred tablet", "one and a half of the fifteen tablets",
# "half of a fifty" (the amount taken: 25, 22.5, 25)
# ("half a fifteen": the "of" left out before "a")
_PART_OF_STRENGTH = re.compile(rf"\b(?P<part>a\s+quarter|quarter|a\s+half|half|one\s+and\s+a\s+half|three\s+quarters)\s+(?:of\s+|(?=a\s))"
                               rf"(?P<of>the|a|one|my)\s+(?P<num>{NUMBER_RE})(?:\s*(?:mg|milligrams?))?(?=\s+(?:tablets?|pills?|ones?|"
                               r"for|at|in|a\s+day|every|each|since|now|so|and|because|cause|cos|coz|but|otherwise|before|after|when)\b|\s*[.,;]|$)", re.IGNORECASE)
# ("me does only tek the half the twenty five": "the half" said beside the strength is that strength, not a part of it)
_PART_BEFORE = re.compile(r"\b(?P<part>a\s+quarter|quarter|one\s+and\s+a\s+half|a\s+half|(?<!the\s)half|half(?=\s+of\b)|three\s+quarters)\s+(?:of\s+)?"
                          r"(?:(?:a|one|the)\s+)?$",
                          re.IGNORECASE)
_PARTS = {"a quarter": 0.25, "quarter": 0.25, "a half": 0.5, "half": 0.5, "one and a half": 1.5, "three quarters": 0.75,
          "one quarter": 0.25, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3}
# the tablet's strength, broken, then the piece taken: "the big tablet one fifty with the lines on it she says break it in
# three take one third at night" (50)
_PIECE_TAKEN = re.compile(rf"\b(?:tablet|pill|the)\s+(?:(?!{NUMBER_RE}\b)\w+\s+)?(?P<num>{NUMBER_RE})\b(?!\s+(?:left|tablets?|pills?|capsules?|of\s+them|days?|weeks?)\b)"
                          rf"[^.?!]{{0,60}}?\b(?:break|breaks|cut|cuts|split|splits)\s+(?:it|them)\b"
                          r"[^.?!]{0,25}?\b(?:take|takes|taking|swallow)\s+(?P<part>one\s+third|a\s+third|two\s+thirds|one\s+quarter|"
                          r"a\s+quarter|a\s+half|one\s+half|half)\b"
                          r"(?![^.?!]{0,40}\bwhole\b)", re.IGNORECASE)


def _part_of_strength(text: str, unit: str) -> Dose | None:
    m = _PART_OF_STRENGTH.search(text)
    piece = _PIECE_TAKEN.search(text) if m is None else None
    if piece is not None and (each := parse_number(piece.group("num"))) and each >= 5:
        return Dose(round(each * _PARTS[" ".join(piece.group("part").lower().split())], 2), unit, piece.start(), piece.end())
    # (a part of a part is no strength: "I take a quarter. Half of the half. Twenty-five")
    strength = parse_number(m.group("num")) if m and not re.fullmatch(r"(?:an?\s+)?(?:half|quarter)", m.group("num"),
                                                                       re.IGNORECASE) else None
    if m is None or not strength:
        return None
    return Dose(strength * _PARTS[" ".join(m.group("part").lower().split())], unit, m.start(), m.end())


# the amount now: "I was on fifteen. Now thirty, since Tuesday.", and said without a stop after the one before it:
# "before it was one milligram at night now it is two"
_NOW_AMOUNT = re.compile(rf"(?:(?:^|[.!?;,]\s+)(?:and\s+|but\s+|so\s+)?now,?\s+(?:it'?s\s+|(?:i'?m|i\s+am)\s+(?:only\s+|just\s+)?(?:on\s+)?|on\s+|at\s+|(?:up|down)\s+to\s+|"
                         # "Before it was the one-fifty. Now he put three hundred", "now the doctor make it twenty"
                         # ("Now the doctor say fifty-four")
                         rf"(?:he|she|they|the\s+doctor|doctor|dr\.?\s+\w+)\s+(?:put|puts|make|makes|made|gave|give|gives|say|says|said|changed|raised|"
                         rf"increased|moved|bumped|lowered|reduced)\s+(?:it\s+|me\s+)?(?:(?:up|down)\s+)?(?:to\s+)?)?|"
                         rf"\bnow\s+(?:it\s+is|it'?s|is|i'?m\s+on|i\s+am\s+on|(?:up|down)\s+to)\s+|"
                         # (run on, as speech recognition writes it: "the five milligram one week and now the ten in the night")
                         rf"\b(?:and|but|so)\s+now\s+(?=the\s+{NUMBER_RE}\b)|"
                         # "... she say take three so now three at night"
                         rf"\b(?:and|but|so)\s+now\s+(?:(?:i\s+take|it'?s|is)\s+)?(?={NUMBER_RE}\b(?!\s+(?:days?|weeks?|months?|years?|times)\b))|"
                         # "before was ten. Since Monday is twenty."
                         rf"(?:^|[.!?;,]\s+)(?:and\s+|but\s+)?(?:since|from)\s+(?:last\s+|this\s+)?(?:\w+day|yesterday|then|last\s+week)"
                         rf",?\s+(?:it\s+is|it'?s|is|i'?m\s+on|i\s+am\s+on)\s+)"
                         # (a starter pack's row read out: "and now I'm on the row that says fifty")
                         rf"(?:the\s+(?:row|line|strip|side|part|blister|week)\s+that\s+says\s+)?"
                         rf"(?:the\s+)?(?:(?:full|whole|complete)\s+)?(?P<num>{NUMBER_RE})\b(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times?|o'?clock)\b)",
                         re.IGNORECASE)


# the step a taper is on now, whatever steps follow: "then thirty and this week i'm on the twenty and from monday it goes to ten"
_THIS_STEP = re.compile(rf"\b(?:this\s+week|today|at\s+the\s+moment|right\s+now|currently)\s*,?\s+(?:i'?m|i\s+am|it'?s|it\s+is|we'?re)\s+"
                        rf"(?:on\s+|at\s+|(?:down|up)\s+to\s+)?(?:the\s+)?(?P<num>{NUMBER_RE})\b"
                        rf"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times?|o'?clock)\b)", re.IGNORECASE)


# the amount, then "now": "So it's ten now, half what it was"
_AMOUNT_THEN_NOW = re.compile(rf"\b(?:it'?s|it\s+is|i'?m\s+(?:on|at)|i\s+am\s+(?:on|at))\s+(?:the\s+)?(?P<num>{NUMBER_RE})\s+now\b",
                              re.IGNORECASE)
# a count of tablets, then the amount they make: "one and a half pill, fifteen"
_PILLS_THEN_AMOUNT = re.compile(rf"\s+(?:pills?|tablets?|capsules?)\W+(?:so\s+)?(?P<num>{NUMBER_RE})\b", re.IGNORECASE)


# the sentence with the name says what it was: "Before, escitalopram five milligram. Now ten milligram."
# ("First five milligram for one week, now ten every morning")
_WAS_BEFORE = re.compile(r"\b(?:before(?!\s+(?:bed|sleep|breakfast|food|meals?|work|eating|i\b))|used to|previously|it was|i was on|was on|"
                         # the first step of a titration: "she start on the fifteenth the five milligram one week and now the ten"
                         r"start\w*\s+(?:on|with|at)|"
                         r"(?<!the\s)(?:at\s+)?first)\b",
                         re.IGNORECASE)


# a change told between the amount that was and the "now" amount: "since the twentieth she say take three so now three",
# "the doctor ortega put thirty since the last visit so now thirty"
_CHANGE_TOLD = re.compile(r"\b(?:she|he|they|doctor|dr)\b[^.?!]{0,30}?\b(?:say|says|said|put|puts|make|makes|made|gave|give|changed?|"
                          r"raised?|increased?|lowered?|reduced?|moved?|bumped?)\b", re.IGNORECASE)


_WAS_THEN_NOW = re.compile(rf"\b(?:it\s+)?was\s+(?:the\s+)?{NUMBER_RE}\b[^.?!]{{0,100}}?\b(?:and|but|so)\s+now\s+"
                           rf"(?:(?:i\s+take|it'?s|is)\s+)?(?:the\s+)?{NUMBER_RE}\b", re.IGNORECASE)


# another drug named by what it is or as "the other one", whose status is its own: "and the water pill stopped", "The other
# one, the pastilla para orinar, the little one for the water, that one I stopped."
_STAND_IN = re.compile(r"(?:,?\s*\b(?:and|but)\s+|^\W*)(?:the|that|my)\s+" + _DRUG_BY_KIND + r"\b", re.IGNORECASE)
_OTHER_ONE_OPENS = re.compile(r"^\W*(?:the|that)\s+other\s+(?:one|pill|tablet|medicine)\b", re.IGNORECASE)
# a change still to come, wanted or asked for, not made: "then go up to fifty after two weeks if I could tolerate", "Dr.
# Okafor wanted to go up to two twenty-five", "I keep asking to come down"
_NOT_DONE_YET = re.compile(r"\b(?:then|if|will|'ll|going\s+to|gonna|next|wants?|wanted|asking|asked|ask|might|maybe|plan\w*|"
                           r"shift|work)\b", re.IGNORECASE)
# the amount it was, then a sentence opening "Now" with the amount: "..., before was the thirty-six only. Now the doctor say
# fifty-four"
_WAS_THEN_NOW_APART = re.compile(rf"[^.?!]{{0,30}}?\bwas\s+(?:the\s+)?{NUMBER_RE}\b[^.?!]{{0,20}}[.!]\s+now\b[^.?!]{{0,40}}?\b{NUMBER_RE}\b",
                                 re.IGNORECASE)


def _now_after_change(text: str, d: Dose, limit: int) -> Dose | None:
    """The "now" amount further on, where a change is told between: "it was fifteen and the doctor ortega put thirty
    since the last visit so now thirty"."""
    if not _CHANGE_TOLD.search(text, d.end, min(limit, d.end + 90)):
        return None
    return _now_said_next(text, d, limit, reach=90)


def _now_said_next(text: str, d: Dose, limit: int, reach: int = 0) -> Dose | None:
    """The amount "now" said right after the one it was: "It was the one milligram, now two, at night"; with ``reach``,
    after a few words on how long it was: "First five milligram for one week, now ten every morning"."""
    if not _WAS_BEFORE.search(text, max(0, d.start - 30), d.start):
        return None
    now = _NOW_AMOUNT.match(text, d.end, limit)
    if now is None and reach:
        now = _NOW_AMOUNT.search(text, d.end, min(limit, d.end + reach))
        if now is not None and find_doses(text[d.end:now.start("num")]):
            now = None
    bare = _bare_numbers(text, now.start("num"), now.end("num"), d.unit) if now else []
    return bare[0] if bare else None


def _now_opens_later(text: str, sent: Sentence, limit: int, unit: str) -> Dose | None:
    """The amount "now" opening the next sentence or one of the two after it, where the drug's sentence told the amount
    that was: "Before, escitalopram five milligram. Now ten milligram.", "Fifteen mirtazapine was too heavy. ... So I
    call her, she say cut in half. Now seven and half." """
    if not _WAS_BEFORE.search(sent.text) and not re.search(r"\b(?:was|were)\b", sent.text, re.IGNORECASE):
        return None
    for s2 in split_sentences(text[sent.end:limit])[:3]:
        now = _NOW_AMOUNT.match(s2.text)
        at = sent.end + s2.start
        bare = _bare_numbers(text, at + now.start("num"), at + now.end("num"), unit) if now else []
        if bare:
            return bare[0]
    return None


_TOTAL_BEFORE = re.compile(r"\b(?:so|that'?s|which\s+is|makes?|making|in\s+total)\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE)


# a reply that corrects itself: "The forty. No, wait. Twenty. I am on twenty."
# (and a sum said, then taken back at a dash: "So is hundred fifty — no. Hundred twenty-five.")
_CORRECTED = re.compile(r"\b(?:no,?\s+wait|wait,?\s+no|no,?\s+sorry|sorry,?\s+no|no,?\s+no,?\s+i\s+mean|no,?\s+i\s+correct(?:\s+(?:it|myself))?|"
                        # "I take ten. Ah, pardon. Since the third it's fifteen"
                        r"(?:ah|oh|uh),?\s+(?:pardon|sorry))\b\W*|"
                        r"\s[—–-]+\s*no\b[.,!]*\s*", re.IGNORECASE)


# the steps of a start: "twenty-five for one week and then fifty", "I'm in the second week", "the first week cut it in two"
_TITRATION = re.compile(r"^[^?]{0,160}?(?:\bfor\s+(?:one|a|the\s+first|1)\s+week\b[^.?!]{0,40}\bthen\b|"
                        r"\b(?:i'?m|i\s+am)\s+(?:in|on)\s+(?:the\s+|my\s+)?(?:second|third|2nd|3rd)\s+week\b|"
                        r"\bthe\s+first\s+week\b[^.?!]{0,40}\b(?:half|cut|then|only)\b)", re.IGNORECASE)


# the strength said plainly after a correction: "The tablet is fifty."
# (or the amount now: "Since the third it's fifteen, the GP changed it.")
_STRENGTH_STATED = re.compile(rf"(?:\b(?:the|each|one|my)\s+(?:tablet|pill|capsule|dose|strength)\s+(?:is|'s)|\bit'?s\s+now|\bnow\s+it'?s|"
                              rf"^[^.?!]{{0,30}}\bit'?s)\s+(?:only\s+|just\s+)?(?P<n>{NUMBER_RE})\b", re.IGNORECASE)


# a count of things, not an amount: "Forty-one washes in one evening."
_THINGS_COUNTED = re.compile(r"\s+(?!(?:units|milligrams|micrograms|mgs|mls|mils|mcgs|ccs|millilitres|milliliters|ones|this|was|has|is|does|goes|"
                             r"always|yes|plus|less|perhaps|sometimes|nowadays|besides|unless|across|thus|its|us)\b)"
                             r"[a-z]{3,}(?:es|s)\b", re.IGNORECASE)


_HALF_TAKEN = re.compile(r"\b(?:i|i'?m|i\s+am)\s+(?:only\s+|just\s+)?(?:take|takes|taking|has|have|having)\s+(?:only\s+|just\s+)?(?:a\s+)?half\b",
                         re.IGNORECASE)


_COUNT_WHEN_STRENGTH = re.compile(rf"^\W*(?:(?:yeah|yes|yep|ya|just|only)\W+)?(?P<count>one|two|half(?:\s+of\s+one)?)\s+"
                                  rf"(?:{_PILL_NOUN}\s+)?(?:{_TIMES_OF_DAY}|a\s+day|every\s+(?:day|night|morning|evening))"
                                  rf"\s*,?\s+the\s+(?P<num>{NUMBER_RE})\b", re.IGNORECASE)


# the dose a clinician recalls from before: "Last time we met you were on fifty."
_RECALLED_DOSE = re.compile(rf"\b(?:last\s+time|when\s+we\s+last\s+(?:met|spoke)|before)\b[^.?!]{{0,30}}\byou\s+were\s+(?:on|taking)\s+"
                            rf"(?:the\s+)?{NUMBER_RE}", re.IGNORECASE)


# a liquid's strength per millilitre: "the bottle says twenty milligrams in one mL"
_PER_ML = re.compile(r"\s*(?:in|per|for)\s+(?:one|1|a|each|every)\s*(?:ml|mls|millilit(?:re|er)s?|cc|mil)\b", re.IGNORECASE)


# the volume taken worked out in milligrams by the speaker: "... so it is ten milligram"
_ML_AS_MG = re.compile(rf"\b(?:so|that'?s|that\s+is|which\s+is)\s+(?:it'?s\s+|it\s+is\s+)?(?P<n>{NUMBER_RE})\s*(?:mg|milligrams?)\b",
                       re.IGNORECASE)


def _ml_as_mg(text: str, d: Dose | None) -> Dose | None:
    """A volume the speaker then works out in milligrams: "Two and a half ml in the morning ... The bottle says twenty
    milligram in five ml, so it is ten milligram." (10 mg)."""
    nxt = _SURFACE_RE.search(text, d.end) if d is not None else None
    if d is None or d.unit != "ml" or (said := _ML_AS_MG.search(text, d.end, min(len(text), d.end + 160,
                                                                                nxt.start() if nxt else len(text)))) is None:
        return d
    value = parse_number(said.group("n"))
    return Dose(value, "mg", said.start("n"), said.end("n")) if value else d


def _per_ml_worked(text: str, d: Dose | None) -> Dose | None:
    """The amount worked out from a liquid's strength per millilitre and the volume taken: "twenty milligrams in one mL.
    She said two and a half mL ... So that's fifty." (50)."""
    if d is None or not d.value or _PER_ML.match(text, d.end) is None:
        return None
    worked = _WORKED_OUT.search(text, d.end, min(len(text), d.end + 200))
    value, end = _worked_amount(worked) if worked is not None else (None, 0)
    return Dose(value, d.unit, d.start, end) if value and value >= 1 else None


def _answer_dose(text: str, generic: str) -> Dose | None:
    """A dose stated in a reply turn: with a unit, or a bare number opening a short answer, and the total worked out
    after it ("one of the ten now she say take two so twenty at night")."""
    d = _answer_dose_raw(text, generic)
    d = _ml_as_mg(text, _per_ml_worked(text, d) or d)
    return (_restated_total(text, d.end, len(text), d) or _each_of_counted(text, d)) if d is not None else None


# a strength said with "the", then how many of it: "I take the twenty-five dispersible, four of them in water"
_STRENGTH_THEN_COUNT = re.compile(rf"\b(?:take|taking|took|have|use)\s+the\s+(?P<s>{NUMBER_RE})(?![\w-])(?:\s+[a-z]+)?\s*,\s*"
                                  r"(?P<count>two|three|four|five)\s+of\s+(?:them|those)\b", re.IGNORECASE)


_WHOLE_AND_HALF = re.compile(rf"\bthe\s+(?P<s>{NUMBER_RE})\s+and\s+(?:the|a)\s+half\s+(?:of\s+(?:it|one)\s+)?together\b", re.IGNORECASE)


_TOGETHER_SAID = re.compile(rf"(?:^|[.!?;,]\s+)(?:so\s+)?(?:together|altogether|all\s+together|in\s+total|total)\s*,?\s+(?:(?:it'?s|is|makes?)\s+)?"
                            rf"(?P<num>{NUMBER_RE})(?![\w-])(?!\s+(?:days?|weeks?|months?|years?|times|tablets|pills|capsules)\b)",
                            re.IGNORECASE)


def _answer_dose_raw(text: str, generic: str) -> Dose | None:
    fix = _CORRECTED.search(text)
    if fix is not None and fix.end() < len(text) and _bare_numbers(text, 0, fix.start(), "mg"):
        corrected = _answer_dose_raw(text[fix.end():], generic)
        if corrected is not None:
            return Dose(corrected.value, corrected.unit, corrected.start + fix.end(), corrected.end + fix.end())
    unit = _unit_said_of(generic, text)
    split = _split_total(text, 0, len(text), unit)
    if split is not None:
        return split
    # tablets of two strengths taken together: "One capsule of one-fifty and one of seventy-five, together" (225)
    two_strengths = _COUNTED_SUM.search(text)
    if two_strengths is not None and (summed := _counted_sum(two_strengths)):
        return Dose(summed, unit, two_strengths.start(), two_strengths.end())
    # a tablet and a half of it taken together: "so the fifty and the half together in the morning" (75)
    whole_and_half = _WHOLE_AND_HALF.search(text)
    if whole_and_half is not None and (each := parse_number(whole_and_half.group("s"))) and each >= 5:
        return Dose(each * 1.5, unit, whole_and_half.start("s"), whole_and_half.end())
    part = _part_of_strength(text, unit)
    # (unless the amount now is said after it: "Before I was taking half of the twenty. Now the full twenty since May.")
    if part is not None and _NOW_AMOUNT.search(text, part.end) is None:
        return part
    # "Before it was one of the tens, now it is one and a half of the tens": the last count of a strength said
    counted = [(m, v) for m in _COUNTED_AFTER.finditer(text) if (v := _counted_strength(m)) is not None]
    if counted and _NOW_AMOUNT.search(text, counted[-1][0].end()) is None:
        m, value = counted[-1]
        # two strengths taken together, then summed: "one of the ones and one of the twos at bedtime so three"; or the
        # count changed and worked out: "one of the ten now she say take two so twenty at night"
        worked = _WORKED_OUT.search(text, m.end(), m.end() + 60)
        if worked is not None:
            said, end = _worked_amount(worked)
            strength = _strength_of(m)
            if said and (len(counted) > 1 and _multiple_of(said, sum(v for _, v in counted), (1,))
                         or len(counted) == 1 and strength and _multiple_of(said, strength, (2, 3, 4))):
                return Dose(said, unit, counted[0][0].start(), end)
        return Dose(value, unit, m.start(), m.end())
    strength_then = _STRENGTH_THEN_COUNT.search(text)
    if strength_then is not None and (each := parse_number(strength_then.group("s"))) and each >= 5:
        # "I take the twenty-five dispersible, four of them in water in the morning": four of that strength
        return Dose(each * _pill_count(strength_then.group("count")), unit, strength_then.start("s"), strength_then.end())
    found = find_doses(text)
    # the day's amount put together after the tablets are told: "One big one and one small one in the morning. The
    # hundred and the fifty. Together one hundred fifty."
    together = _TOGETHER_SAID.search(text)
    if together is not None:
        bare = _bare_numbers(text, together.start("num"), together.end("num"), found[-1].unit if found else unit)
        if bare and bare[0].value and bare[0].value >= 5:
            return bare[0]
    step = _THIS_STEP.search(text)
    if step is not None and (found or _bare_numbers(text, 0, step.start(), unit)):
        # (only with another amount said before it: the step among the taper's steps)
        bare = _bare_numbers(text, step.start("num"), step.end("num"), found[0].unit if found else unit)
        if bare:
            return bare[0]
    now = _NOW_AMOUNT.search(text) or _AMOUNT_THEN_NOW.search(text)
    if now is not None and all(d.end <= now.start() for d in found):
        # "I was on fifteen. Now thirty, since Tuesday.", "So it's ten now, half what it was": the amount now, not the
        # one it was (in the unit said before it)
        worked = _PILLS_THEN_AMOUNT.match(text, now.end("num"))
        if worked:  # "now is one and a half pill, fifteen": the count of tablets, then the amount
            now = worked
        bare = _bare_numbers(text, now.start("num"), now.end("num"), found[-1].unit if found else unit)
        if bare:
            return bare[0]
    # the total worked out aloud: "ten drops ... each drop is one milligram so ten milligram"
    totals = [d for d in found if _TOTAL_BEFORE.search(text, max(0, d.start - 16), d.start)]
    if totals:
        return totals[-1]
    if found:
        return _halved(text, _last_of_run(text, found))
    # the tablets named by their strength, and the part of one taken: "he give me the little blue ones the tens but said
    # take half ... so i has half the little blue ones"
    plural = [m for m in _PLURAL_STRENGTH.finditer(text) if _plural_is_strength(text, m)
              and not _PILL_COUNT_OF.search(text[max(0, m.start() - 20):m.start()])] if not _COUNT_OF_ONES.search(text) else []
    strength = (_strength_of_ones(_plural_number(plural[0])) or parse_number(_plural_number(plural[0]))) if len(plural) == 1 else None
    if strength:
        half = _HALF_TAKEN.search(text, plural[0].end())
        return Dose(strength / 2 if half else strength, unit, plural[0].start(), plural[0].end())
    # how many and when, then which strength: "one at night the twenty five for the feet"
    when = _COUNT_WHEN_STRENGTH.match(text)
    if when is not None:
        bare = _bare_numbers(text, when.start("num"), when.end("num"), unit)
        if bare:
            return Dose(bare[0].value * _pill_count(when.group("count")), unit, when.start(), bare[0].end)
    # the amount it was, then the one it went to in a later sentence: "Before it was fifteen. She say go to thirty."
    amounts = _bare_numbers(text, 0, len(text), unit)
    if len(amounts) > 1 and _OLD_DOSE_BEFORE.search(text, 0, amounts[0].start) \
            and any(_NEW_DOSE_BEFORE.search(text, 0, d.start) for d in amounts[1:]):
        return _last_of_run(text, amounts)
    units = speech_units(text)
    # (a bare opening does not use up the reply's head: "I take. Cento e cinquenta. One hundred and fifty, in the morning")
    first = units[:3] if units and len(units[0].text.split()) <= 2 else units[:2]
    for s0 in first:
        bare = [d for d in _bare_numbers(text, s0.start, s0.end, unit) if not _THINGS_COUNTED.match(text, d.end)]
        if bare and _OLD_AMOUNT_OPENS.match(s0.text) and _OLD_DOSE_BEFORE.search(text, s0.start, bare[0].start):
            continue  # "Yes, one in the morning. Before it was the one-fifty.": the amount it was, not the one now
        # (a number said in words counts as one word: "I take one hundred and fifty, in the morning.")
        if bare and len(s0.text.split()) - sum(len(text[d.start:d.end].split()) - 1 for d in bare) <= 8:
            return _last_of_run(text, bare)
        # a longer reply that opens with the dose: "yeah the in vega sustainer the one fifty six the nurse did it"
        head_end = s0.start + len(" ".join(s0.text.split()[:12]))
        early = [d for d in bare if d.start < head_end]
        # a dose named by its grammar: "good she bumped it to three hundred last week", and before the first
        # number said: "the twenty was making my heart funny so you cut it to ten"
        led = [d for d in bare if _DOSE_LEAD.search(text[max(0, d.start - 12):d.start])
               # or by how often it is taken: "the doctor say fifty every morning"
               or _EVERY_DAY_AFTER.match(text, d.end)]
        if led and (early or len(bare) > 1):
            # ("The doctor gave fifty, I cut it in two, twenty-five.")
            return _halved(text, led[-1])
        if early and re.match(r"^\W*(?:(?:yeah|yes|yep|aye|ya|mm|uh-huh)\W+)?(yeah|yes|yep|aye|still|it's|i'm on|the|just|only)\b",
                              s0.text, re.IGNORECASE):
            return _halved(text, early[0])
        # a number that opens its sentence: "Ya, that's the routine. Two-fifty, with the coffee, she watches me swallow it."
        if bare and not text[s0.start:bare[0].start].strip(" \t\"'"):
            return bare[0]
    # the prescriber's change told further on: "They checked my level ... point four. So Dr. Begay raised it from six
    # hundred to nine hundred, all at bedtime."
    put = list(_PUT_TO.finditer(text))
    bare = _bare_numbers(text, put[-1].start("num"), put[-1].end("num"), unit) if put else []
    return bare[0] if bare else None


# a sentence said of a person, the client or another: not a general explanation of a drug
_SAID_OF_SOMEONE = re.compile(r"\b(?:you|your|you'?re|you'?ve|yours|he|she|his|her|him|they|them|their|we|i|my|me)\b", re.IGNORECASE)
# "She gave me the other one, mirtazapine." "How much are you taking?" "Is the thirty tablet, but she said cut in half."
_DOSE_QUESTION = re.compile(r"\b(?:(?:how'?s|how\s+is|what'?s|what\s+is)\s+the\s+dose|how\s+much|what\s+(?:dose|strength|milligrams?)|which\s+(?:dose|strength)|how\s+many\s+milligrams?|"
                            r"what\s+are\s+you\s+(?:on|taking)\s+of\s+it|what\s+did\s+(?:she|he|they)\s+put\s+you\s+on|"
                            # "And the lamotrigine, how are you taking it?"
                            r"how\s+(?:are|do)\s+you\s+(?:taking|take)\s+(?:it|them)\s*\?)",
                            re.IGNORECASE)


# the clinician only asks the client to go on: "okay tell me how it goes" ("... they started me on the ninth" "okay tell me
# how it goes" "monday and thursday i go they give me two of the small sprayers fifty six")
_GO_ON = re.compile(r"\W*(?:(?:okay|ok|so|right|mm|alright)\W+)*(?:tell\s+me\s+(?:how\s+(?:it|that)\s+(?:goes|works)|more|about\s+(?:it|that))|"
                    r"walk\s+me\s+through\s+(?:it|that)|how\s+does\s+(?:it|that)\s+work|go\s+on)\W*$", re.IGNORECASE)


def _echoed(reply: str, said: str) -> bool:
    """Whether ``reply`` only echoes a few words of ``said`` back, asking what they mean ("... only pa cheese at night"
    "pa cheese")."""
    words = re.findall(r"[\w']+", reply.lower())
    return 0 < len(words) <= 3 and " ".join(words) in " ".join(re.findall(r"[\w']+", said.lower()))


def _context_dose_turns(turns: list[dict[str, str]], i: int) -> list[int]:
    """Neighbouring turns that may carry the dose ("What dose?" / "Fifty milligrams.")."""
    return [j for j in (i + 1, i - 1, i + 2) if 0 <= j < len(turns)]


def _switch_status(m: Mention, text: str) -> str | None:
    """'switched me from Zoloft to Prozac': the first is stopped, the second started."""
    sent = sentence_at(text, m.start)
    for sw in _SWITCH.finditer(sent.text):
        for grp, status in (("a", "stopped"), ("c", "stopped"), ("c2", "stopped"), ("b", "started"), ("d", "started"),
                            ("d2", "started")):
            if sw.group(grp) is None:
                continue
            a, b = sent.start + sw.start(grp), sent.start + sw.end(grp)
            if a <= m.start < b or (m.start <= a < m.end):
                return status
    return None


def _segment_bounds(text: str, m: Mention, others: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of the mention's sentence that belongs to it: from the end of the
    previous other drug to the start of the next one."""
    sent = sentence_at(text, m.start)
    lo = max([e for _, e in others if sent.start <= e <= m.start] + [sent.start])
    hi = min([a for a, _ in others if m.end <= a <= sent.end] + [sent.end])
    return lo, hi


# one drug under two names in one session: the clinician's "valproate" for the client's Depakote (the gold writes
# divalproex). Not buprenorphine beside buprenorphine-naloxone: a switch from Suboxone to Sublocade is two (s64)
_SAME_DRUG = {"valproate": "divalproex"}


# the clinician's next question is still about the drug: what the prescriber did, the plan, the dose now
_DRUG_FOLLOW_UP = re.compile(
    r"\b(?:what\s+did\s+(?:she|he|they|the\s+\w+|dr\.?\s+\w+)\s+(?:do|say|suggest|decide|change|want)|what\s+happened|"
    r"what(?:'s|\s+is|\s+was)\s+the\s+plan|did\s+(?:she|he|they|the\s+\w+)\s+(?:change|adjust|up|increase|lower|raise)|"
    r"what\s+dose|how\s+much|what\s+are\s+you\s+(?:on|taking)\s+now|and\s+(?:then|now)\s*\?)", re.IGNORECASE)


# "did they change any of the other meds": the next question has moved to another drug
_OTHER_DRUGS_Q = re.compile(r"\b(?:other|else|another|rest\s+of)\b", re.IGNORECASE)


def _level(d: Dose | None, generic: str) -> bool:
    """ "the lithium it was one point three": a blood level, not a dose, and no stand-in for the dose said later."""
    floor = MEDICATIONS[generic].min_dose if generic in MEDICATIONS else None
    return d is not None and floor is not None and d.value < floor and d.unit == "mg"


# the turn's last word on the drug last named, a sentence of its own: "So, stopped.", "Now finished."
_VERDICT_STOPPED = re.compile(r"(?:^|[.!?]\s+)(?:so|and\s+now|now|then)?,?\s*(?:stopped|finished\s+with\s+it|no\s+more|off\s+it)\s*[.!]?\s*$",
                              re.IGNORECASE)


# a number said in the client's own language, asked back and glossed: "now is goma sha biyar" "goma sha biyar?" "fifteen in
# hausa goma is ten ...", "she woo milligram" "she woo" "shi wu fifteen in chinese", "doo zen toosh" "duzentos two hundred in
# portuguese": the gloss opens the answer, followed by the language it was in or by the words said again
_GLOSS_NUMBER = re.compile(rf"^\W*(?:(?:yes|yeah|ah|oh|sorry|it'?s|is|means)\W+)*(?:[a-z]+\W+){{0,2}}?(?P<n>{NUMBER_RE})\b", re.IGNORECASE)
_GLOSSED_HERE = re.compile(rf"\bin\s+(?-i:[A-Z][a-z]+)\s*,?\s+(?P<w>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?)\s+(?:is|means)\s+(?P<n>{NUMBER_RE})\b",
                           re.IGNORECASE)
_OPENS_WITH_NUMBER = re.compile(rf"\W*(?P<n>{NUMBER_RE})\W*$", re.IGNORECASE)
_SAID_THEN_ENGLISH = re.compile(rf"(?:,|(?P<trail>\.{{2,}}|…))\s+(?=(?:the\s+)?{NUMBER_RE}\b)", re.IGNORECASE)
_IN_A_LANGUAGE = re.compile(r"\s+in\s+(?!(?:the|a|an|my|total|all|one|each|morning|evening|night|day|week|month)\b)[a-z]+\b",
                            re.IGNORECASE)


def _glossed_numbers(turns: list[dict[str, str]]) -> tuple[list[dict[str, str]], dict[int, int]]:
    """The turns with a number said in another language, asked back by the clinician and glossed by the client in
    the next turn, written as the gloss in both turns that said it ("before was ten now is goma sha biyar" reads "before
    was ten now is fifteen"); and, for each turn rewritten, the turn whose gloss it took, for the evidence."""
    out = list(turns)
    glossed: dict[int, int] = {}
    for i, t in enumerate(turns):
        # glossed in the same turn: "go up to amakumi yabili, twenty. In Bemba amakumi yabili is twenty."
        for g in _GLOSSED_HERE.finditer(t["text"]):
            words = g.group("w").split()
            if not _foreign(g.group("w")) or _dosed_number(g.group("n")) is None \
                    or _names_a_drug_at(t["text"], g.start("w"), g.end("w")):
                continue  # (never a drug or English words: "In Toronto the lithium is three hundred")
            told = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b(?:,\s+" + re.escape(g.group("n")) + r"\b)?", re.IGNORECASE)
            text = out[i]["text"]
            first = told.search(text, 0, g.start("w"))
            if first is not None:
                out[i] = {**out[i], "text": text[:first.start()] + g.group("n") + text[first.end():]}
        # said in the client's language, then in English at once: "Now it is tiga ratus, three hundred.", "Das, the ten."
        text = out[i]["text"]
        for g in reversed(list(_SAID_THEN_ENGLISH.finditer(text))):
            # (the rare words just before the comma: "Now it is tiga ratus, three hundred"; never a drug's own words: "the
            # ferrous sulfate, two hundred")
            run = re.search(r"(?:[^\W\d_]+ ){0,2}[^\W\d_]+$", text[max(0, g.start() - 40):g.start()])
            words = run.group(0).split() if run else []
            while words and not _foreign(" ".join(words)):
                words = words[1:]
            lead = text[max(0, g.start() - len(" ".join(words)) - 12):g.start() - len(" ".join(words))]
            # (only where an amount is said: after "is", "now", "to" or opening a sentence, never a name's place: "I take
            # the Prodep, twenty", "I'm on olanzapin, five", "lamo tri jeen, two hundred")
            # (a word trailing off into the English one may follow "the": "The sestig... sixty, sorry")
            slot = _AMOUNT_SLOT_BEFORE.search(lead) or g.group("trail") and re.search(r"\bthe\s+$", lead, re.IGNORECASE)
            if not words or not slot \
                    or any(w[:1].isupper() for w in words) and not re.search(r"(?:^|[.!?]\s+)$", lead) \
                    or _names_a_drug_at(text, g.start() - len(" ".join(words)), g.start()):
                continue
            text = text[:g.start() - len(" ".join(words))] + text[g.end():]
        # a sentence in the client's language, glossed a sentence or two on: "Goma sha biyar. Sorry, I count in Hausa in
        # my head. Fifteen. It was ten before."
        sents = split_sentences(text)
        for k in range(len(sents) - 1, -1, -1):
            x = sents[k]
            words = re.findall(r"[^\W\d_]+", x.text)
            if not 1 <= len(words) <= 4 or not _foreign(" ".join(words)) or _names_a_drug_at(text, x.start, x.end):
                continue
            gloss_at = next((g2 for y in sents[k + 1:k + 3] if (g2 := _OPENS_WITH_NUMBER.match(y.text)) is not None), None)
            if gloss_at is not None:
                text = text[:x.start] + gloss_at.group("n") + text[x.end - (1 if x.text.endswith((".", "!")) else 0):]
        if text != out[i]["text"]:
            out[i] = {**out[i], "text": text}
    for i in range(1, len(turns) - 1):
        asked, said, gloss = out[i], out[i - 1], out[i + 1]
        if asked.get("speaker") != "clinician" or said.get("speaker") not in ("client", "other") \
                or gloss.get("speaker") != said.get("speaker"):
            continue
        words = re.findall(r"[a-z]+", asked["text"].lower())
        # (echoed words some of which no English dictionary holds: "she woo", "goma sha biyar")
        if not 1 <= len(words) <= 4 or any(w in NUMBER_WORDS for w in words) or len(re.sub(r"[\W_]", "", asked["text"])) < 4 \
                or all(w in ordinary_words() for w in words):
            continue
        phrase = re.compile(r"\b" + r"\W+".join(words) + r"\b", re.IGNORECASE)
        where = phrase.search(said["text"])
        m = _GLOSS_NUMBER.match(gloss["text"])
        if where is None or m is None or _dosed_number(m.group("n")) is None \
                or _names_a_drug_at(said["text"], where.start(), where.end()):
            continue
        rest = gloss["text"][m.end("n"):m.end("n") + 60]
        if not (_IN_A_LANGUAGE.match(rest) or re.search(r"\b(?:is|means)\s+(?:the\s+)?" + re.escape(m.group("n")) + r"\b", rest,
                                                         re.IGNORECASE)):
            continue
        number = m.group("n")
        out[i - 1] = {**said, "text": said["text"][:where.start()] + number + said["text"][where.end():]}
        out[i] = {**asked, "text": phrase.sub(number, asked["text"])}
        glossed[i - 1] = glossed[i] = i + 1
    for i in range(len(out) - 2):
        said, asked, again = out[i], out[i + 1], out[i + 2]
        # the clinician asking for the words again ("sorry say that again", "Sorry?"): the answer said over is the rest of
        # the answer ("yes the sir tra line santa sankant" "sorry say that again" "cent cinquante in french one hundred
        # fifty milligram every morning"), read on from the turn the clinician did not catch
        if said.get("speaker") not in ("client", "other") or again.get("speaker") != said.get("speaker") \
                or asked.get("speaker") != "clinician" or not _SAY_AGAIN.fullmatch(asked["text"].strip()) \
                or not find_mentions([out[max(0, i - 1)], said]) or find_doses(said["text"]):
            continue
        out[i] = {**said, "text": said["text"].rstrip() + " ... " + again["text"]}
        glossed.setdefault(i, i + 2)
    return out, glossed


# the clinician asking to hear it again, and nothing else: "Sorry?", "sorry say that again", "Pardon, how much?"
_SAY_AGAIN = re.compile(r"(?:(?:sorry|pardon|excuse\s+me|what|come\s+again|say\s+(?:that|it)\s+again(?:\s+for\s+me)?|"
                        r"one\s+more\s+time|i\s+(?:didn'?t|did\s+not)\s+(?:catch|get)\s+(?:that|it)|how\s+much|the\s+dose|"
                        r"which\s+one|again)\W*){1,3}", re.IGNORECASE)


# where an amount is said, for words in another language just before a comma and the English number
_AMOUNT_SLOT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\b(?:is|was|it'?s|now|to|at|be|say|says|said)\s+)$", re.IGNORECASE)


def _names_a_drug_at(text: str, start: int, end: int) -> bool:
    """Whether a drug name read in ``text`` (said whole, misspelt or heard as syllables) overlaps ``start:end``."""
    return any(m.start < end and start < m.end for m in find_mentions([{"speaker": "client", "text": text}]))


def _foreign(words: str) -> bool:
    """Whether words are said in another language: none of them common English, a drug, a unit or a number, and most of
    them in no English dictionary ("tiga ratus", "dua puluh", "goma sha biyar"; not "micrograms" or "medications")."""
    from wordfreq import zipf_frequency

    ws = fold_accents(words.lower()).split()
    english = ordinary_words()
    if not ws or any(zipf_frequency(w, "en") >= 3.9 or w in MED_SURFACE or w in UNIT_SURFACE or w in NUMBER_WORDS
                     or w in SCALE_WORDS for w in ws):
        return False
    unknown = [w for w in ws if w not in english and not (w.endswith("s") and w[:-1] in english)]
    return 2 * len(unknown) > len(ws)


def _dosed_number(said: str) -> float | None:
    values = dose_values_in(said + " mg")
    return next(iter(values)) if len(values) == 1 else None


def extract_medications(turns: list[dict[str, str]]) -> list[MedFact]:
    turns, glossed = _glossed_numbers(turns)
    mentions = find_mentions(turns)
    named = {m.generic for m in mentions}
    for m in mentions:
        if _SAME_DRUG.get(m.generic) in named:
            m.generic = _SAME_DRUG[m.generic]
    multi_party = any(t.get("speaker") == "other" for t in turns)
    by_turn: dict[int, list[Mention]] = {}
    for m in mentions:
        by_turn.setdefault(m.turn, []).append(m)
    kept: dict[str, list[Mention]] = {}
    owned_by_turn: dict[int, list[tuple[_Cue, Mention | None]]] = {}
    # drugs said somewhere to be someone else's, refused or never taken
    disowned: set[str] = set()
    for m in mentions:
        if (m.speaker == "other" and _other_speaker_own(m, turns)) or _is_excluded(m, turns, multi_party):
            disowned.add(m.generic)
            continue
        if _asked_of_other(m, turns) or _answers_about_self(m, turns):
            disowned.add(m.generic)
            continue
        # clinician question answered "no" by the client
        # (or, unpunctuated, about the old one: "and the old oxycodone" "no no that was twenty twenty two")
        if m.speaker == "clinician" and (turns[m.turn]["text"].rstrip().endswith("?")
                                         or re.search(r"\bthe\s+old\s+$", turns[m.turn]["text"][max(0, m.start - 8):m.start],
                                                      re.IGNORECASE)):
            nxt = next((j for j in range(m.turn + 1, min(m.turn + 3, len(turns)))
                        if turns[j].get("speaker") == "client"), None)
            if nxt is not None and _NEG_ANSWER.search(turns[nxt]["text"]) and not _STOPPED.search(turns[nxt]["text"]):
                disowned.add(m.generic)
                continue
            if nxt is not None and _FINISHED_IN_MONTH.match(turns[nxt]["text"]):
                disowned.add(m.generic)  # "And the Librium from the detox in March?" "That was finished in March.": before
                continue
        if m.speaker == "clinician" and _refused_in_reply(m, turns):
            disowned.add(m.generic)
            continue
        kept.setdefault(m.generic, []).append(m)

    facts: list[MedFact] = []
    for generic, ms in kept.items():
        evidence: set[int] = set()
        statuses: list[str] = []
        tapered: list[Mention] = []
        dose: Dose | None = None
        dose_turn: int | None = None
        for m in ms:
            evidence.add(m.turn)
            text = turns[m.turn]["text"]
            sent = sentence_at(text, m.start)
            others = [(o.start, o.end) for o in by_turn.get(m.turn, []) if o.generic != generic]
            if m.turn not in owned_by_turn:
                owned_by_turn[m.turn] = _owned_cues(text, by_turn[m.turn])
            owned = owned_by_turn[m.turn]
            taken = frozenset(c.start for c, o in owned if o is None or o.generic != generic)
            own = [c.status for c, o in owned if o is m]
            lo, hi = _segment_bounds(text, m, others) if others else (sent.start, sent.end)
            stand_in = _STAND_IN.search(text, m.end, hi)
            if stand_in and not re.search(r"\b(?:both|all\s+of\s+them|all\s+three|them|the\s+two)\b", text[stand_in.end():hi], re.IGNORECASE):
                hi = stand_in.start()  # "the losartan a hundred milligrams every morning, and the water pill stopped": its stop
            on_now = _ON_NOW_BEFORE.search(text, lo, m.start)
            if on_now:
                lo = on_now.start()  # "okay so stopped and you're on trazodone fifty": the stop was the last drug's
            elif lo > sent.start:
                lo = m.start  # "citalopram ten started since we last met clopidogrel seventy five": the last drug's
            st = _switch_status(m, text) or (_merge_status(own) if own else _status_in(text, lo, hi, taken))
            still = bool(_CURRENT.search(text[m.start:hi]) or _STILL_ON_BEFORE.search(text[lo:m.start]))
            if m.speaker == "client" and _VERDICT_STOPPED.search(text, sent.end) \
                    and not any(o.turn == m.turn and o.start > m.end and o.generic != generic for o in mentions):
                st, still = "stopped", False  # "The zolpidem ... I still took sometimes ... the bottle finish ... So, stopped."
            if st == "stopped" and still:
                st = None  # "the trazodone is stopped and the zoloft is still one fifty"
            still_at = _STILL_ON_BEFORE.search(text[lo:m.start])
            if st == "changed" and still_at and still_at.group("strength"):
                st = None  # "still on the twenty one milligram patch, meant to go down to the fourteen next month"
            if (st == "started" or (st == "changed" and not own)) and still_at:
                # "he went from twenty to forty and i still take the baby aspirin": the change is the other drug's
                st = None  # "are you still on the Trintellix that Dr. Castellanos started?": begun before, taken now
            if st in ("changed", "started") and not own and _SAME_AFTER.match(text, m.end):
                st = None  # "... now it is two since last week ... and the sertraline the same two of the fifties": unchanged
            if _CONTINUED.search(text, m.start, min(len(text), m.end + 160)):
                # "Prodep, twenty ... My doctor in Ranchi started it and Dr. Kessler here continued.": carried on, taken now
                if st == "started":
                    st = None
                still = True
            if st == "started" and re.search(rf"\b{_SINCE_LONG_AGO}\b", text[m.start:hi], re.IGNORECASE):
                st = None  # "got me on the trazodone fifty at night since the summer": begun before this period
            if st is None and not still and _TITRATION.search(_before_next_drug(text[m.end:])):
                # a new drug's first steps told right after it: "The doctor here said twenty-five for one week and then
                # fifty. I'm in the second week", "She said the first week cut it in two"
                st = "started"
            if st == "stopped" and _TAPERING.search(sent.text):
                tapered.append(m)
            if st is None and not still:
                sents = split_sentences(text)
                prev = [x for x in sents if x.end <= sent.start]
                following = [x for x in sents if x.start >= sent.end]
                if prev and not _SURFACE_RE.search(prev[-1].text) and _ABOUT_A_DRUG.search(prev[-1].text):
                    st = _status_in(text, prev[-1].start, prev[-1].end, taken)
                # (up to three sentences on, before another drug: "Yes, amlodipine. The strength is five. Sorry, ten. Ten,
                # they put it up last week")
                for k, x in enumerate(following[:3] if st is None else []):
                    if _SURFACE_RE.search(x.text) or _OTHER_ONE_OPENS.match(x.text):
                        break  # (nor past another drug named by what it is: "The other one, the pastilla para orinar, ...")
                    if k and _NOT_DONE_YET.search(x.text):
                        continue  # "She say start with that, then go up to fifty after two weeks if I could tolerate."
                    if _ABOUT_A_DRUG.search(x.text):
                        st = _status_in(text, x.start, x.end, taken)
                        if st is not None:
                            break
            if st is None and _REPLACEMENT_BEFORE.search(clause_before(sent.text, m.start - sent.start)) and any(
                c.status == "stopped" and c.start < m.start and o is not None and o.generic != generic for c, o in owned
            ):
                st = "started"  # "she stopped the Klonopin and now I have hydroxyzine"
            echoed = _echoed_turn(m, turns, mentions)
            if st is None and echoed is not None:
                # "they bumped up the lou todd a from forty to sixty" / "the latuda": the misheard turn is this drug's
                elsewhere = frozenset(c.start for c, _ in _owned_cues(turns[echoed]["text"], []))
                st = _status_in(turns[echoed]["text"], taken=elsewhere)
                if st is None and echoed > 0:
                    st = _asked_status(turns[echoed - 1]["text"], turns[echoed]["text"])
                if st:
                    evidence.add(echoed)
            if st is None and _WAS_THEN_NOW.search(text, lo, hi) and _CHANGE_TOLD.search(text, lo, hi):
                st = "changed"  # "it was two milligram at night and since the twentieth she say take three so now three"
            if st is None and _WAS_THEN_NOW_APART.match(text, m.end) and _CHANGE_TOLD.search(text, m.end, min(len(text), hi + 120)):
                st = "changed"  # "The Concerta, before was the thirty-six only. Now the doctor say fifty-four"
            if st is None and not still:
                asked = _unnamed_asked(m, turns, mentions)
                if asked is not None:
                    st = asked[0]  # "Dr. Lis started you on something?" "Naltrexone."
                    evidence.add(asked[1])
            j = m.turn + 1
            last_named = not any(o.turn == m.turn and o.start > m.end and o.generic != generic for o in mentions)
            if st == "started" and m.speaker == "clinician" and last_named and j < len(turns) \
                    and turns[j].get("speaker") == "client":
                # the start the clinician recalls, and the stop the client tells: "Last time you had just started the
                # trazodone." "Yes, the fifty. I took it two weeks ... I stopped it last Tuesday."
                reply = _before_next_drug(turns[j]["text"])
                if _status_in(reply, taken=frozenset(c.start for c, _ in _owned_cues(reply, []))) == "stopped":
                    st = "stopped"
                    evidence.add(j)
            if st is None and last_named and j < len(turns) and turns[j].get("speaker") in ("client", "other") \
                    and turns[j].get("speaker") != m.speaker:
                # the status verb may sit in the reply, the client's or a parent's ("Yeah, she bumped me up",
                # "Ten milligrams. Dr. Ferreira started her at her last visit."), up to the next drug named,
                # or the reply says yes to a question that names it ("Did you start the prazosin?" "Yeah.")
                reply = _before_next_drug(turns[j]["text"])
                if reply.strip():
                    elsewhere = frozenset(c.start for c, _ in _owned_cues(reply, []))  # "I quit my job"
                    st = _status_in(reply, taken=elsewhere) or _asked_status(sent.text, reply)
                    if st:
                        evidence.add(j)
                k = j + 1
                step = _CHANGE_TO_DOSE.search(_before_next_drug(turns[k]["text"])) if k < len(turns) else None
                if st is None and reply == turns[j]["text"] and step:
                    # "and the prazosin" / "the one milligram, she said maybe go up" / "you're going to two milligrams"
                    st = "changed"
                    evidence.add(k)
                    new_dose = find_doses(step.group(0))
                    if new_dose and k >= (dose_turn or 0):
                        dose, dose_turn = new_dose[-1], k
                answer = k + 1
                if st is None and reply == turns[j]["text"] and answer < len(turns) and turns[k].get("speaker") == "clinician" \
                        and _DRUG_FOLLOW_UP.search(turns[k]["text"]) and not _OTHER_DRUGS_Q.search(turns[k]["text"]) \
                        and turns[answer].get("speaker") == "client" \
                        and not any(o.turn in (k, answer) for o in mentions):
                    # the clinician's follow-up about the same drug, answered with the change: "What did the lithium
                    # level come back at?" "Zero point four." "And what did Dr Okafor do?" "Put me up to a thousand a day."
                    # (the change needs its new dose: "They moved me up to night shifts" is not the drug's)
                    said = turns[answer]["text"]
                    new = _answer_dose(said, generic)
                    if new is not None and not _level(new, generic) \
                            and _status_in(said, taken=frozenset(c.start for c, _ in _owned_cues(said, []))) == "changed":
                        st = "changed"
                        evidence.add(answer)
                        if answer >= (dose_turn or 0):
                            dose, dose_turn = new, answer
            if st:
                statuses.append(st)
            d = _part_taken(text, _pick_dose(text, generic, m.start, m.end, others), others)
            if d is None:
                d = _pronoun_change_dose(text, generic, m, owned)
            at = m.turn
            # (or recalls the dose it was: "And the sertraline. Last time we met you were on fifty." "Before was the fifty,
            # yes. Now Dr. Haddad give me the hundred.")
            recalled = m.speaker == "clinician" and _RECALLED_DOSE.search(text, sent.start) is not None
            if d is not None and m.speaker == "clinician" and (sent.text.rstrip().endswith("?") or recalled) and last_named \
                    and j < len(turns) and turns[j].get("speaker") == "client" and not _SCALE_QUESTION.search(sent.text):
                # the clinician checks a dose and the client answers with another: "So the dexamethasone went from
                # forty?" "Twenty on Mondays now. Used to be forty."
                told = _answer_dose(_before_next_drug(turns[j]["text"]), generic)
                if told is not None and told.value != d.value:
                    d, at = told, j
                    if recalled and not statuses:
                        statuses.append("changed")  # another amount than the one it was last time: a change since
                        evidence.add(j)
            if d is None and m.speaker == "clinician" and _DOSE_QUESTION.search(sent.text) and last_named \
                    and j < len(turns) and turns[j].get("speaker") == "client":
                # the clinician asks the dose and the client answers it: "how much of the quetiapine are you taking" "a
                # quarter of the hundred tablet so twenty five at night"; the answer outranks a number said before
                d = _answer_dose(_before_next_drug(turns[j]["text"]), generic)
                at = j
            if d is not None and dose is not None and m.speaker == "clinician" and len(text.split()) >= 40 \
                    and re.search(r"\b(?:at|above|below|over|under|beyond)\s+$", text[max(0, d.start - 10):d.start], re.IGNORECASE) \
                    and not any(_SAID_OF_SOMEONE.search(x.text) for x in split_sentences(text) if x.start <= d.start < x.end):
                # a long explanation's dose, said of no one: "At forty milligrams, and even at twenty, it pushes the body
                # into something like an adrenaline surge" does not restate what the client takes
                d = None
            if _level(d, generic):
                d = None
            if d is not None:
                # later mentions override: the latest stated dose wins, changes especially
                if dose is None or st == "changed" or at >= (dose_turn or 0):
                    dose, dose_turn = d, at
        if dose is None:
            for m in ms:
                order = _context_dose_turns(turns, m.turn)
                if m.turn + 2 < len(turns) and _DOSE_QUESTION.search(turns[m.turn + 1]["text"]):
                    # the dose asked next and answered outranks a number the turn before: "From ninety-five to fifty ...
                    # How's the medication side?" "She gave me a new one, the escitalopram." "What dose is the small
                    # one?" "Cinco. Five milligrams"
                    order = sorted(order, key=lambda j: j != m.turn + 2)
                for j in order:
                    if turns[j].get("speaker") == turns[m.turn].get("speaker") and not (
                            j == m.turn + 2 and (_DOSE_QUESTION.search(turns[m.turn + 1]["text"])
                                                 or _GO_ON.match(turns[m.turn + 1]["text"])
                                                 or _echoed(turns[m.turn + 1]["text"], turns[m.turn]["text"]))):
                        # the same speaker's next turn only where it answers "How much are you taking?" between
                        continue
                    jtext = turns[j]["text"]
                    if j == m.turn - 1 and j > 0 and not any(o.turn == j for o in mentions) \
                            and any(o.turn == j - 1 and o.generic != generic for o in mentions) \
                            and (turns[j].get("speaker") == "clinician" and m.speaker == "client"
                                 or turns[j - 1].get("speaker") == "clinician" and "?" in turns[j - 1]["text"]
                                 and len(turns[j - 1]["text"].split()) <= 12):
                        # "... two of the one-fifty together." "Two together each morning. Any problems?" "... And the
                        # Ventolin, two puffs": the clinician's numbers are the drug the turn before named; and so is an
                        # answer's ("How is the sertraline going?" "One hundred and fifty, in the morning." "... another
                        # one, the mirtazapine, for sleep")
                        continue
                    if j > 0 and (_SCALE_QUESTION.search(turns[j - 1]["text"])
                                  or j < m.turn and _SCORE_TOLD.search(turns[j - 1]["text"])):
                        # "If zero is none and ten is perfect, where's your focus been?" "Five.": a rating; and a score
                        # said back before the drug is named ("the AUDIT ... came out at eighteen" "Eighteen. I accept
                        # eighteen." "Any other medicines besides the naltrexone?")
                        continue
                    first_other = min([o.start for o in mentions if o.turn == j] + [len(jtext)])
                    if any(o.turn == j and o.generic == generic for o in mentions) and turns[j].get("speaker") != "client":
                        continue
                    d = _answer_dose(jtext[:first_other], generic)
                    if _level(d, generic):
                        continue
                    if d is not None and _leads_other(jtext, d, [(o.start, o.end) for o in mentions if o.turn == j]):
                        continue  # "eighty of methadone okay and the prep": that number is the methadone's
                    if d is not None:
                        dose, dose_turn = d, j
                        break
                if dose is not None:
                    break
        if dose is None:
            dose, at = _summed_up_later(ms, turns, mentions, generic)
            if dose is not None:
                dose_turn = at
        if dose is None and "stopped" not in statuses:
            dose, at = _usual_strength_said(ms, turns, mentions, generic)
            if dose is not None:
                dose_turn = at
        if tapered and dose is not None and "stopped" in statuses:
            # "I'm tapering off the Luvox, I'm at fifty now": still taken, at a new dose
            statuses = ["changed" if x == "stopped" else x for x in statuses]
        if not set(statuses) & {"stopped", "changed", "started"} and _told_as_new(ms, turns, mentions, generic):
            statuses.append("started")
        if not set(statuses) & {"stopped", "changed", "started"} and (asked_st := _yes_to_unnamed_question(ms, turns, mentions)):
            statuses.append(asked_st)
        status = _merge_status(statuses)
        fix_at = dose_turn + 1 if dose is not None and dose_turn is not None else len(turns)
        if fix_at < len(turns) and turns[fix_at].get("speaker") == "other" and turns[fix_at - 1].get("speaker") == "client" \
                and _PUT_RIGHT_BY_OTHER.match(turns[fix_at]["text"]) and not any(o.turn == fix_at and o.generic != generic for o in mentions):
            # someone else in the room puts the amount right at once: "The naltrexone. Five hundred, one every morning."
            # "Fifty. Five-zero. He always adds a zero", "One milligram at bed." "No, no, they put it up on Monday. It's two now"
            fixed = _answer_dose(_before_next_drug(turns[fix_at]["text"]), generic)
            # (an amount of this drug: not a count of years or tablets, nor another drug named by what it is, "No, no, the
            # water pill is the forty")
            if fixed is not None and (_COUNT_AFTER.search(turns[fix_at]["text"]) or _ANOTHER_ONE.search(turns[fix_at]["text"])):
                fixed = None
            if dose is not None and fixed is not None and fixed.value != dose.value:
                dose, dose_turn = fixed, fix_at
                evidence.add(fix_at)
                if status in (None, "current") and _RAISED_OR_LOWERED.search(turns[fix_at]["text"]):
                    status = "changed"
        nxt = (dose_turn or 0) + 1
        if nxt + 1 < len(turns) and turns[nxt].get("speaker") == "other" and turns[nxt + 1].get("speaker") == "clinician" \
                and not any(o.turn == nxt for o in mentions):
            nxt += 1  # the clinician sums up past a partner's word: "Since last Monday. I watch her cut it." "Okay, fifteen ..."
        # (the reply sums up the last drug the turn named: "the amlodipine, five, ... and the escitalopram ... two of the
        # ten-milligram tablets" "Two tens, so twenty." is the escitalopram's)
        named_after = dose is not None and dose_turn is not None and any(
            o.turn == dose_turn and o.generic != generic and o.start > dose.end for o in mentions)
        if dose is not None and nxt < len(turns) and not any(o.turn == nxt for o in mentions) and not named_after:
            # the reply sums it up: "three hundred three times a day" / "so nine hundred a day total"
            total = _restated_total(turns[nxt]["text"], 0, len(turns[nxt]["text"]), dose)
            if total is None and turns[nxt].get("speaker") == "clinician" and dose.value:
                # the clinician puts the day's doses together, one of them the amount taken: "... pachas is fifty" "so
                # twenty five in the morning and fifty at night" (75)
                split = _split_total(turns[nxt]["text"], 0, len(turns[nxt]["text"]), dose.unit)
                if split is not None and split.value and split.value > dose.value and dose.value in {
                        x.value for x in _bare_numbers(turns[nxt]["text"], 0, len(turns[nxt]["text"]), dose.unit)}:
                    total = split
            if total is None and turns[nxt].get("speaker") == "clinician" and dose_turn is not None:
                total = _summed_up(turns[nxt]["text"], dose, turns[dose_turn]["text"],
                                   turns[nxt + 1]["text"] if nxt + 1 < len(turns) and turns[nxt + 1].get("speaker") == "client" else "")
            if total is not None:
                if total.value != dose.value and status in (None, "current") and _SAID_BACK_SINCE.match(turns[nxt]["text"]):
                    status = "changed"  # "I was on the thirty. Now I cut it, half of the thirty." "Okay, fifteen since last Monday."
                dose = total
                evidence.add(nxt)
        if dose_turn is not None:
            evidence.add(dose_turn)
        if generic in disowned and dose is None and not statuses and not any(_says_client_uses(m, turns) for m in ms):
            # "Frank's old Ativan ..." then "what could we do about the Ativan?": still Frank's
            continue
        if generic in disowned and not statuses and all(m.speaker == "client" and _in_question(m, turns) for m in ms):
            # "he offer me zopiclone ... I say no. Seven point five of zopiclone and then driving at six in the
            # morning? No.": the refused drug's strength said in a question is still the refused drug
            continue
        if all(m.speaker == "clinician" for m in ms) and dose is None and not statuses \
                and not any(_clinician_ties_to_client(m, turns, mentions) for m in ms):
            # only the clinician names it, with no dose, no status and not as the client's ("Paracetamol's fine",
            # "the stuff round here is mostly fentanyl", "the smoke, not the nicotine"): a drug talked about
            continue
        if status == "stopped" and any(turns[j].get("speaker") != "clinician" and _STOPPED_LONG_AGO.search(_before_next_drug(turns[j]["text"]))
                                       and not _RECENT.search(_before_next_drug(turns[j]["text"])) for j in evidence):
            # "And the trazodone you mentioned in our first session?" "That one I stopped long ago, in twenty twenty-two":
            # a course over long before this period is history, not a medication
            continue
        dose_text = None if status == "stopped" or dose is None else dose.text
        # (a number glossed in the next turn cites the gloss)
        facts.append(MedFact(generic, dose_text, status, sorted(evidence | {glossed[j] for j in evidence if j in glossed})))
    return _one_per_substance(facts)


def _one_per_substance(facts: list[MedFact]) -> list[MedFact]:
    """One entry for a substance named by both its official names ("only the ventolin two puffs" and "so the
    salbutamol"): the first name said, a dose from either, the statuses merged and the evidence of both."""
    merged: dict[str, MedFact] = {}
    for f in facts:
        key = SAME_SUBSTANCE.get(f.name, f.name)
        first = merged.get(key)
        if first is None:
            merged[key] = f
            continue
        status = _merge_status([first.status, f.status])
        dose = None if status == "stopped" else first.dose or f.dose
        merged[key] = MedFact(first.name, dose, status, sorted({*first.evidence, *f.evidence}))
    return list(merged.values())


# the client turning down what the clinician just named: "nah i told her no, i'm not doing it"
# a course the reply says was over months back: "That was finished in March. Only ten days."
_FINISHED_IN_MONTH = re.compile(r"^\W*(?:(?:no|oh|that|it)\W+)*(?:that|it)\s+(?:was|got|is)\s+(?:all\s+)?(?:finished|done|over|completed|"
                                r"stopped|ended)\s+(?:back\s+)?in\s+(?:january|february|march|april|may|june|july|august|september|"
                                r"october|november|december|the\s+(?:spring|summer|fall|autumn|winter))\b", re.IGNORECASE)
_REFUSAL_REPLY = re.compile(
    r"^\W*(?:(?:no|nope|nah|naw|um|uh|well|oh|so)\W+)*(?:[^.?!]{0,40}?\b)?(?:"
    r"(?:i|we) (?:told|said to) (?:him|her|them|the doctor|the nurse|[a-z]+) no\b|(?:i|we) said no\b|"
    r"(?:i'm|im|i am|we're) not (?:doing|taking|trying|having|starting) (?:it|that|them|those|this)\b|"
    r"(?:i|we) (?:won't|wouldn't|will not|would not) (?:take|try|start) (?:it|that|them)\b|"
    r"(?:i|we) (?:turned|turn) (?:it|that|them|her|him) down\b|(?:i|we) (?:declined|refused)\b|no thanks\b|"
    r"not for me\b|no chance\b|not a chance\b|no way\b|not happening\b|(?:i'd|i would) rather not\b|"
    + _OFFERED_BUT_NO + "|"
    r"(?:i'm|im|i am) not interested\b|(?:i'll|i will|i) pass(?:ed)?(?: on (?:it|that))?\b|"
    # never collected: "The prescription is at the pharmacy. I didn't go to pick it up yet."
    r"(?:the )?(?:prescription|script|box) is (?:still )?(?:at|in) the (?:pharmacy|chemist)\b|"
    r"(?:i|we) (?:didn't|did not|haven't|have not) (?:go to |gone to |been to )?(?:pick|picked|collect|collected|get|got|fill|"
    r"filled) (?:it|them) up\b|"
    # "nah i didn't take it"
    + _NEVER_TAKEN_IT + ")",
    re.IGNORECASE,
)


def _refused_in_reply(m: Mention, turns: list[dict[str, str]]) -> bool:
    """The clinician names a drug (asked or not, as ASR drops question marks) and the client's reply turns it
    down; a reply that names another drug first is about that one."""
    if m.turn + 1 >= len(turns) or turns[m.turn + 1].get("speaker") != "client":
        return False
    if _SURFACE_RE.search(turns[m.turn]["text"], m.end):
        return False  # the clinician went on to name another drug: the reply may be about it
    reply = _before_next_drug(turns[m.turn + 1]["text"])
    said = turns[m.turn + 1]["text"]
    opening = _NAME_OPENS.match(said)
    again = next((e for g, s, e in names_said_apart(said) if g == m.generic and opening and s == opening.end()), None)
    if not reply.strip() and again is not None:
        # the reply opens by naming it again, split by speech recognition: "and the prazosin you had before" "the pra zo
        # sin doctor offer again but no"
        reply = said[again:]
    return bool(_REFUSAL_REPLY.match(reply)) and not _STOPPED.search(reply)


# a neighbouring sentence can carry a drug's status only if it speaks of a drug ("She increased it."), not of
# anything else ("I said seventy-two instead of twenty-seven")
_ABOUT_A_DRUG = re.compile(r"^\W*(started|stopped|increased|reduced|lowered|raised|doubled|halved)\b|"  # "Started here."
                           # the stop said with no object, of the drug just named: "The mirtazapine, fifteen at night. I took it
                           # one week and I stopped, on my own, ten days ago."
                           r"\bi\s+(?:just\s+|then\s+)?(?:stopped|quit)(?=\s*,?\s*(?:on\s+my\s+own|by\s+myself|myself|(?:\w+\s+){1,2}"
                           r"(?:days?|weeks?|months?)\s+ago|last\s+(?:week|month)|after\s+(?:a|one|two|three)\s+(?:days?|weeks?))\b)|"
                           r"\b(\w+ed (me |him |her )?((on|off|up|down) )?(it|that|them|those|something)|"
                           r"(it|that|this|those) (\w+ed|was|got)|dose|dosage|doses|mg|milligrams?|micrograms?|mcg|pills?|tablets?|"
                           r"capsules?|meds?|medications?|medicine|prescription|script|refill|strips?|films?|patch(es)?|"
                           r"shots?|injections?|drops|taper\w*|wean\w*|(coming|come|came|going|go|went) (down|up|off)|"
                           # "She put it up on Monday, from thirty-six to fifty-four."
                           r"(put|puts|bump|bumps|moved?) (it|me|him|her) (up|down|back))\b"
                           rf"|\bfrom\s+(?:the\s+)?{NUMBER_RE}\s+to\s+(?:the\s+)?{NUMBER_RE}\b",
                           re.IGNORECASE)


def _echoed_turn(m: Mention, turns: list[dict[str, str]], mentions: list[Mention]) -> int | None:
    """The turn a short clarifying echo ("the pristiq?", "the zurzuvae the zuranolone") names the drug of:
    the other speaker's turn just before, when it names no drug the extractor could read (a mis-hearing)."""
    words = turns[m.turn]["text"].split()
    if m.turn == 0 or len(words) > 8 or len(turns[m.turn]["text"][:m.start].split()) > 3:
        return None
    if re.match(r"\W*(and|what about|how about|how's|how is|any)\b", turns[m.turn]["text"], re.IGNORECASE):
        return None  # "And the procyclidine?" moves on to the next drug; it clears up no mis-hearing
    if any(o.turn == m.turn and o.generic != m.generic for o in mentions):
        return None  # "Okay. So Wellbutrin three hundred and levothyroxine eighty-eight.": a summary of the list, no echo
    prev = m.turn - 1
    if turns[prev].get("speaker") == m.speaker or any(o.turn == prev for o in mentions):
        return None
    return prev


# a status the clinician says of a medicine left unnamed: "Dr. Lis started you on something?", "the new medicine
# she started, how is it going", "did Dr. Saleh change anything?"
_SOME_MED = (r"(?:something|anything|(?:a|an|the|your|that|this)\s+(?:new\s+)?"
             r"(?:medicine|medication|med|pill|tablet|capsule|prescription|script|hrt|hormones|hormone (?:therapy|treatment)))")
_UNNAMED_STATUS = (
    ("started", re.compile(rf"\b(?:start\w*|began|begun|put\s+(?:you|him|her)\s+on|prescrib\w*|gave\s+(?:you|him|her))\b"
                           rf"[^.?!]{{0,25}}?\b{_SOME_MED}\b|\bnew\s+(?:medicine|medication|med|pill|prescription|script)\b"
                           # the medicine first, then its start asked: "Is the HRT started now?", "the medication Dr.
                           # Hollis suggested, did that get started?"
                           rf"|\b{_SOME_MED}(?:\s+started|\b[^?!]{{0,40}}?\b(?:get|got|gets|been)\s+started)\b"
                           # "did you start the one dr hossain prescribed"
                           r"|\bstart\w*\s+the\s+(?:new\s+)?one\s+(?:(?:that\s+)?(?:dr\.?|doctor)\s+\w+\s+|(?:she|he|they)\s+)?"
                           r"(?:prescribed|gave|suggested|recommended|mentioned)\b"
                           # "what did she start you on?"
                           r"|\bwhat\b[^.?!]{0,25}\b(?:start\w*|put)\s+(?:you|him|her)\s+on\b", re.IGNORECASE)),
    ("changed", re.compile(rf"\b(?:chang\w*|adjust\w*|increas\w*|rais\w*|lower\w*|decreas\w*|bump\w*|upp\w*)\b"
                           rf"[^.?!]{{0,25}}?\b(?:{_SOME_MED}|(?:the|your)\s+dose)\b", re.IGNORECASE)),
    ("stopped", re.compile(rf"\b(?:stop\w*|quit|came\s+off|come\s+off|went\s+off|discontinu\w*)\b[^.?!]{{0,25}}?"
                           rf"\b{_SOME_MED}\b", re.IGNORECASE)),
)


def _unnamed_asked(m: Mention, turns: list[dict[str, str]], mentions: list[Mention]) -> tuple[str, int] | None:
    """The status of a clinician's turn about a medicine it does not name, for the first drug named after it
    (in the answer, or in the turn after an answer that names none), and the question's turn."""
    for q in (m.turn - 1, m.turn - 2):
        if q < 0 or turns[q].get("speaker") != "clinician":
            continue
        if any(q <= o.turn < m.turn for o in mentions) or any(o.turn == m.turn and o.start < m.start for o in mentions):
            return None  # a drug is named before this one: the question is about that
        if q < m.turn - 1 and turns[q + 1].get("speaker") == "clinician":
            return None
        answer = turns[q + 1]["text"]
        if _NEG_ANSWER.search(answer) or _STATUS_HYPOTHETICAL.search(turns[q]["text"]):
            return None
        status = next((st for st, rx in _UNNAMED_STATUS if rx.search(turns[q]["text"])), None)
        return (status, q) if status else None
    return None


def _asked_of_other(m: Mention, turns: list[dict[str, str]]) -> bool:
    """The clinician asks a partner or parent about their own drug, and they answer:
    "Dana, are you still on the Lexapro?" / "Yes, ten milligrams." """
    if m.speaker != "clinician" or m.turn + 1 >= len(turns) or turns[m.turn + 1].get("speaker") != "other":
        return False
    sent = sentence_at(turns[m.turn]["text"], m.start)
    return (sent.text.endswith("?") and bool(_SECOND_PERSON.search(sent.text))
            and not re.search(r"\b(he|she|him|her|his|they|them|their)\b", sent.text, re.IGNORECASE))


_THIRD_PERSON = re.compile(r"\b(he|she|him|her|his|hers|they|them|their|he's|she's|they're)\b", re.IGNORECASE)
_ASKS_ABOUT_MEDS = re.compile(r"\b(taking|take|takes|on|medications?|meds|medicines?|pills?|prescri\w*|anything for)\b",
                              re.IGNORECASE)


_RELAYED = re.compile(r"\W*(?:she|he|they)\s+(?:says|said)\b(?!\s+(?:she|he|they|her|his|their)\b)", re.IGNORECASE)


def _answers_about_self(m: Mention, turns: list[dict[str, str]]) -> bool:
    """A partner or parent answering what the clinician asked them of their own medicines ("Greg, are you
    taking anything for the knee?" / "Just the ibuprofen."): the drug is theirs, not the client's."""
    if m.speaker != "other" or m.turn == 0 or turns[m.turn - 1].get("speaker") != "clinician":
        return False
    text = turns[m.turn]["text"]
    sent = sentence_at(text, m.start)
    relayed = _RELAYED.match(text)  # an interpreter voicing the one asked: "She says only paracetamol for her head."
    if not relayed and (_THIRD_PERSON.search(text[:m.start]) or _THIRD_PERSON.search(sent.text)):
        return False  # "she's on the Zoloft": the parent speaks of the client
    said = split_sentences(turns[m.turn - 1]["text"])
    asked = [x.text for x in said if x.text.endswith("?")] or [x.text for x in said[-1:]]  # ASR drops the marks
    question = [q for q in asked if _SECOND_PERSON.search(q) and _ASKS_ABOUT_MEDS.search(q)]
    return bool(question) and not any(_THIRD_PERSON.search(q) for q in asked)


# the client's own use, said by the client ("I'm taking the", "my") or to the client ("you're on your")
_CLIENT_USE = re.compile(
    r"\b(i|you)('m|'ve| am| are| have| was| were)?(\s+(still|now|also|just|currently|already|been|only))*\s+"
    r"(on|taking|take|took|using|use|started|restarted|filled|refilled)\s+([\w-]+\s+){0,2}$|\b(my|your)\s+([\w-]+\s+)?$",
    re.IGNORECASE,
)


def _in_question(m: Mention, turns: list[dict[str, str]]) -> bool:
    """Whether the mention's sentence is a question ("Seven point five of zopiclone and then driving at six?")."""
    return sentence_at(turns[m.turn]["text"], m.start).text.rstrip().endswith("?")


def _says_client_uses(m: Mention, turns: list[dict[str, str]]) -> bool:
    if m.speaker == "clinician" and m.turn + 1 < len(turns) and turns[m.turn + 1].get("speaker") == "other" \
            and m.turn > 0 and turns[m.turn - 1].get("speaker") == "other":
        return False  # "Where's your Wellbutrin kept?" between a parent's turns: the parent's own
    text = turns[m.turn]["text"]
    sent = sentence_at(text, m.start)
    return bool(_CLIENT_USE.search(clause_before(sent.text, m.start - sent.start)))


# the drug as one both know of ("so the wellbutrin is the same"), not one set against another ("the smoke, not
# the nicotine") nor a drug in general ("Paracetamol's fine", "being on buprenorphine")
_KNOWN_DRUG_BEFORE = re.compile(r"(?<!\bnot )\bthe\s+$", re.IGNORECASE)


def _clinician_ties_to_client(m: Mention, turns: list[dict[str, str]], mentions: list[Mention]) -> bool:
    """The clinician names the drug as the client's ("are you taking the", "your"), as the one both know of, or
    clears up at once the client's misheard name ("i started the big tarvy" / "biktarvy okay, one tablet a day")."""
    text = turns[m.turn]["text"]
    echoed = (m.turn > 0 and turns[m.turn - 1].get("speaker") == "client" and len(text[:m.start].split()) <= 3
              and not any(o.turn == m.turn - 1 for o in mentions) and bool(_TAKING.search(turns[m.turn - 1]["text"])))
    return echoed or _says_client_uses(m, turns) or bool(_KNOWN_DRUG_BEFORE.search(text[:m.start]))


def _merge_status(statuses: list[str]) -> str:
    for s in ("stopped", "changed", "started"):
        if s in statuses:
            return s
    return "current"


__all__ = ["MedFact", "dose_values_in", "extract_medications", "find_doses", "find_mentions", "fold_accents", "format_number",
           "generic_name", "names_said_apart"]
