"""Risk screening: suicidal ideation, homicidal ideation, self-harm, C-SSRS-informed.

Each field gets a ``status`` (``endorsed`` / ``denied`` / ``not_assessed``, as
DESIGN.md defines them: passive death wishes are endorsed suicidal ideation),
``facets`` (wish to be dead, active thoughts, method, intent, plan, preparatory
behaviour, timeframe) and ``needs_review`` with ``review_reasons`` whenever the
engine meets something a clinician must settle. It never silently denies:

* any current or recent endorsement wins over denials, and a denial next to it
  is flagged (a later disclosure after an earlier denial, a denial of wanting to
  die next to method or passive thoughts);
* what another person in the room reports the client said counts until the
  client refutes it, and is flagged either way;
* ego-dystonic intrusive thoughts assessed without urge or intent are denied,
  flagged; past attempts with nothing now are history (timeframe ``past``);
* risk language the engine cannot resolve (hypotheticals, unanswered or unclear
  answers) is flagged.

Three layers:

1. **Targets**: risk concepts found by pattern (the vocabulary below), each a
   span in ``doc.spans["risk"]`` of the spaCy doc of one turn.
2. **Modifiers** (ConText, Harkema et al. 2009): negation, history, recency,
   present time, another experiencer, media (lyrics, plots), hypothetical. Each
   is negspacy's NegEx component run with its own termset over those spans, with
   a ConText-style maximum scope. medspaCy's ConText was the first choice but
   does not install beside spacy 3.8 (it pins spacy<3.8; with ``--no-deps`` it
   needs eight more packages, and pysbd installs a top-level ``benchmarks``
   package that shadows ours), so negspacy (already pinned) runs the algorithm.
3. **Dialogue**: questions open topics that the client's answer settles; late
   disclosures, reports by others and intrusive thoughts are resolved across
   turns, then per field into one finding.

Measured on benchmarks/data/risk (``scribe bench risk``): see README.md. Sentence embeddings
(all-MiniLM-L6-v2, already a dependency) were tried as a recall net and rejected: unseen risk
phrasings scored 0.44-0.64 cosine to risk prototypes while idioms and ordinary fatigue ("I'd
rather die than give a speech", "I want to sleep for a week") scored 0.40-0.53, and a negated
sentence ("I don't want to die") scores 0.78 - no threshold separates them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from scribe.extract.schema import RISK_FIELDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

Timeframe = Literal["current", "recent", "past"]
FACETS = ("wish_dead", "active_thoughts", "method", "intent", "plan", "preparatory_behavior", "behavior")
# the facets a client can deny on their own while the thoughts stand ("Any plan?" "No, nothing like that.")
DENIABLE = ("method", "intent", "plan", "preparatory_behavior")
SI, HI, SH = RISK_FIELDS

# ---------------------------------------------------------------- targets
# (field, facet, strong, pattern). Weak targets ("a plan", "gave things away")
# count only next to a strong mention of the same field (within _WEAK_WINDOW turns).
_SELF = r"(?:my|your|him|her|them|our)sel(?:f|ves)|themselves"
_HANGING_POINT = r"(?:beam|rafters?|banisters?|bannisters?|joists?|loft\s+hatch)"
# the wish said in the same breath not to be one of dying: "tired of living like this ... not like dying"
_NOT_DYING_AFTER = r"(?![^.?!]{0,60}\bnot\s+(?:like\s+)?(?:dying|dead|die|wanting\s+to\s+die)\b)"
# a swim, a shift or an errand, not a going into the water: "thinking about going in early to warm up"
_NOT_A_DIP = (r"(?!\s+(?:early|earlier|first|later|now|today|tomorrow|again|on\s+(?:monday|tuesday|wednesday|thursday|friday|"
              r"saturday|sunday)|to\s+(?:warm|swim|work|help|check|get|fetch|see|the\s+(?:office|shop|store))|for\s+a\s+(?:swim|dip|paddle|"
              r"shift|bit))\b)")
_PERSON = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*|ex|ex-\w+|mom|mum|mother|dad|father|step\w+|brother|"
    r"sister|son|daughter|kids?|children|child|baby|babies|boss|manager|supervisor|co-?workers?|roommate|neighbou?r|"
    r"teacher|students?|patients?|pastor|priest|friend|uncle|aunt|cousin|family|referee|guy|man|woman|girl|boy|"
    r"strangers?|cyclists|pedestrians|people|dog|cat|puppy|classmates?|bully|landlord|\w+-in-law|grand\w+|nephew|"
    r"niece|twins|coach|whoever|anybody|anyone)"
)
# things, not people, that are said to be killed: plants lost to frost, pests, batteries
_THINGS = (r"(?:plants|flowers|seedlings|crops|trees|roses|tomatoes|vegetables|weeds|bees|fish|chickens|hens|birds|ants|bugs|pests|"
           r"rats|mice|roaches|cockroaches|slugs|snails|germs|bacteria|cells|batteries|lights)")
# the work of the hands, cut or cutting: "cutting wood with my uncle", "cutting hay", "i cut keys at the keymaster"
_CUT_WORK_WORDS = (r"wood|firewood|logs|timber|trees?|hay|grass|hedges?|cane|leather|cloth|fabric|paper|glass|tiles?|stone|keys|meat|"
                   r"bread|fish|veg|cards|coupons|patterns?|wire|pipes?|costs|prices|sugar|carbs|calories|"
                   # metalwork and building trades: "Only the office, cutting the metal."
                   r"metal|sheet\s+metal|steel|aluminium|aluminum|gutters?|lumber|plywood|boards?|drywall|carpet|vinyl")
_CUT_WORK = "(?:" + _CUT_WORK_WORDS + ")"
_OBJ = (
    r"(?:him|her|them|someone|somebody|anyone|anybody|people|others|everyone|everybody|whoever|other people|"
    r"(?:my|your|his|her|their|our|the|that|this|a|some)\s+(?:\w+\s+)?" + _PERSON + r")(?!\s+(?:feelings|chances|"
    # (her back is her body; "hurting them back", "hit him back" is paying back, harm all the same)
    r"career|reputation|(?<!\bhurting\shim\s)(?<!\bhurting\sthem\s)(?<!\bharming\shim\s)(?<!\bharming\sthem\s)back|knee|neck|arm|hand|ears|eyes|head|body|self|relationship|grades|health|pride|ego)\b"
    # put out, not harmed: "I want to push him out of the door when he shouts at my son", "push her out of the way"
    r"|\s+out\s+(?:of\s+)?(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:door|house|home|room|flat|apartment|way|office|shop|kitchen)\b"
    # a thing pushed into the client's own body: "the pins. I push them into my legs"
    r"|\s+into\s+my\b|\s+in\s+my\s+(?:fingers?|fingertips|finger\s+tips|arms?|legs?|skin|hands?|thighs?|wrists?|palms?)\b)"
)
_HARM_VERB = (
    r"(?:kill|killing|killed|kills|hurt|hurting|hurts|harm|harming|harmed|stab|stabbing|stabbed|strangl\w*|"
    r"shoot|shooting|poison\w*|smother\w*|drown\w*|chok\w*|beat|beating|attack\w*|push|pushing|pushed|punch\w*|"
    r"hit|hitting|shake|shaking|drop|dropping|shov\w*|murder\w*|run(?:ning)?\s+(?:\w+\s+)?over|"
    # the spoken blows: "smacking him round the head", "batter him"
    r"smack\w*|whack\w*|thump\w*|batter\w*|clobber\w*|slap\w*|headbutt\w*|bash|bashing|bashed)"
)
# a person pushed clear, not struck: "I push Liam back, hard, he falls on his back, and the bronze goes over my boot"
_NOT_PUSHED_CLEAR = (r"(?!(?:push\w*|shov\w*)\s+(?:\S+\s+){1,3}?(?:back|away|clear|aside|to\s+safety)\b)"
                     # nor pushed out to sea or out of a place: "we push her out three times she come back to the sand" (a whale)
                     r"(?!(?:push\w*|shov\w*)\s+(?:him|her|them|it)\s+(?:back\s+)?out\b(?!\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|my\s+|"
                     r"his\s+|her\s+|their\s+)?(?:window|balcony|car|train|plane|bus|boat|roof|bridge|building)))"
                     # shoulders let go in a relaxation exercise: "pull your shoulders up ... and drop them let them fall"
                     r"(?!drop\w*\s+(?:them|it)\W+(?:and\s+)?(?:let\s+(?:them|it)\s+(?:fall|go|drop|hang|sink)|down\b|loose\b|heavy\b))"
                     # nor a passenger let out: "I can call from the airport after I drop him", "I drop her at school"
                     r"(?!drop\w*\s+(?:him|her|them|\w+)\s+(?:off|at|to|home|outside|near|by)\b)"
                     # nor things let fall: "the log is wrong again ... maybe i drop them maybe they are in autoclave"
                     r"(?!drop\w*\s+them\b)"
                     r"(?<!\bafter\si\s)(?<!\bbefore\si\s)(?<!\bthen\si\s)(?<!\bonce\si\s)")
_NT = r"(?:n'?t|\s+not)"
# a weak target that, far from any strong mention, is still flagged for review ("I picked a date")
_FLAG = "(?#flag)"
# a weak target that only adds a facet to a field endorsed otherwise ("the rope broke")
_DETAIL = "(?#detail)"

# an organ that keeps the client alive, and its failing
_ORGAN = r"(?:heart|kidneys?|liver|lungs?|transplant|ticker)"
_GIVES_OUT = (r"(?:just\s+|would\s+|will\s+|does\s+|did\s+|'?d\s+|'?ll\s+)?(?:stops?|stopped|quits?|quit|fails?|failed|"
              r"gives?\s+out|gave\s+out|packs?\s+(?:in|up)|packed\s+(?:in|up))\b")
# the client not being here: "if I weren't here", "wasnt around anymore"
# "I'd sooner die than hurt a hair on his head" refuses the harm; "I'd sooner be dead than do ten more years" wishes
_REFUSAL = r"(?!\s+than\s+(?:\w+\s+){0,2}(?:hurt|harm|touch|lay\s+a\s+finger|let\s+(?:anything|him|her|them)|do\s+(?:that|anything)\s+to))"
# the protective question, whose "not really" is the disclosure: "Do you care if you crash?"
_PROTECTIVE = r"\b(?:do|would|does)\s+you\s+(?:even\s+|still\s+)?(?:care|mind)\s+(?:if|whether)\s+you\b"
# litotes: "it wouldn't be the worst thing", "wouldn't be so bad"
_NOT_SO_BAD = (r"(?:would\s*n'?t|would\s+not|(?<='d\s)not)\s+be\s+(?:the\s+)?(?:worst(?:\s+thing)?|end\s+of\s+the\s+world|(?:so\s+)?bad|"
               r"a\s+bad\s+thing)")
_NOT_HERE = (r"(?:weren'?t|wasn'?t|werent|wasnt|were\s+not|was\s+not|am\s+not|'?m\s+not|im\s+not)\s+(?:here|around|alive)"
             r"(?:\s+any\s?more)?\b")
# what a death is said to be, welcome or no loss: "easier", "a relief", "wouldn't be the worst thing"
# ("maybe is not so bad if i go to sleep one night and not wake up": the present-tense litotes, before the condition)
_WELCOME = (r"(?:easier|better|better\s+pass|simpler|a\s+(?:relief|mercy|blessing|release)|nicer|kinder|fine|okay|alright|all\s+right|" + _NOT_SO_BAD +
            r"|(?:is|'s|it\s+is|it\s+'s)\s+not\s+(?:so|that|too)\s+bad)")
# the client's own death as a condition: "if I just didn't wake up", "if I wasn't around", "if I died"
_IF_GONE = (r"(?:\bif\s+i\s+(?:could\s+)?(?:just\s+)?(?:died|(?:did|do|would)" + _NT + r"\s+wake(?:\s+up)?|never\s+wok\w*|not\s+wake|"
            r"(?:go\s+(?:to\s+)?sleep|slept|fell\s+asleep)\s+(?:one\s+night\s+|tonight\s+|some\s+night\s+)?and\s+(?:i\s+)?(?:not|never|don'?t|didn'?t|do\s+not)\s+wake|"
            # "if I go to sleep and finish there, it is peaceful"
            r"(?:go\s+(?:to\s+)?sleep|slept|fell\s+asleep)\s+and\s+(?:just\s+)?(?:finish|end)\s+(?:there|it|everything)|"
            r"no\s+wake|"
            r"(?:was|were)" + _NT + r"\s+(?:here|around|alive)|(?:was|were)\s+(?:gone|dead)|disappeared|didn'?t\s+exist|stopped\s+existing|"
            r"didn'?t\s+come\s+(?:back|home)(?!\s+(?:till|until|for|from))|died\s+in\s+my\s+sleep|"
            # at the wheel: "if I just didn't turn the wheel at the bend", "if I kept going straight into the river"
            r"(?:did|do|would)" + _NT + r"\s+turn\s+the\s+wheel|let\s+go\s+of\s+the\s+wheel|"
            r"(?:drove|kept\s+(?:driving|going))\s+(?:off|into|straight\s+(?:on|into|off|through)))\b"
            r"|\bif\s+my\s+heart\s+(?:just\s+)?(?:gave|gives|would\s+give)\s+out\b|\bif\s+my\s+heart\s+(?:just\s+)?stopped\b)")
# an injury got against an object ("on the grill", "on a fence"), not a time ("on the weekend")
_ON_A_THING = (r"\s+(?:on|against)\s+(?:the|a|an|some)\s+(?!(?:weekend|night|morning|evening|day|way|bus|train|"
               r"floor|bed|bathroom|inside|outside)\b)\w+")

# a burial told, not a death wished: "We put him in the ground last spring"
_NOT_A_BURIAL = r"(?![^.?!]{0,30}\b(?:last|ago|yesterday|since|in\s+(?:19|20)\d\d)\b)"

_CONCEPTS: tuple[tuple[str, str, bool, str], ...] = (
    # suicidal ideation: active thoughts
    # (not the sprint drill: "coach had us running suicides on the baseline")
    (SI, "active_thoughts", True, r"\bsuicid(?!es\b)\w*|(?<!\brunning\s)(?<!\bdoing\s)(?<!\bran\s)(?<!\brun\s)(?<!\bdid\s)\bsuicides\b"
     r"(?!\s+(?:on\s+the|up\s+and\s+down|till|until|drills?|on\s+court|in\s+the\s+gym|sprints?)\b)"),
    # "I'm not ending up in a wheelchair, I'll take myself out first", "top myself" (not "take myself out for a walk",
    # "take myself out of the room")
    (SI, "active_thoughts", True, r"\b(?:take|taking|took|takes)\s+(?:myself|meself|himself|herself)\s+out\b"
     r"(?!\s+(?:for|to|of|on|with|into|onto|shopping|walking|running|somewhere|tonight|today|there|again|alone|more|and|"
     r"the\s+(?:back|front|house|door))\b)|\b(?:top|topping|topped)\s+(?:myself|meself|himself|herself)\b"),
    # who will find the body: "At least she won't be the one to find me", "a letter. Half written. For who finds me.", "so
    # it's the first thing they see when they find me" (not "the one to find me a job")
    (SI, "preparatory_behavior", True, r"\bthe\s+one\s+(?:to|who(?:'?ll|\s+will|'?d|\s+would)?|that)\s+finds?\s+"
     r"(?:me|my\s+body)\b(?!\s+(?:a|an|some|the|work|somewhere|out)\b)|\bfor\s+(?:who|whoever|the\s+(?:one|person)\s+(?:who|that))\s+"
     r"finds?\s+(?:me|my\s+body)\b|\bfirst\s+thing\s+they(?:'?ll|\s+will)?\s+see\s+when\s+they\s+find\s+(?:me|him|her)\b"),
    # a life policy checked for its suicide clause: "after that it pays out whatever way you go"
    (SI, "preparatory_behavior", True, r"\bpays?\s+out\s+(?:whatever|whichever|any|no\s+matter\s+(?:what|which))\s+way\s+(?:you|i|a\s+person)\s+go"
     r"\b|\bsuicide\s+(?:clause|exclusion)\b"),
    # the water thought about: "I stand a good while, thinking about going in", "looked at that water and thought about
    # stepping off, with the boots on" (the turn names the water, the drop or the edge)
    (SI, "method", True, r"\b(?:think\w*|thought|picture\w*|imagin\w*)\s+(?:about|of)\s+(?:just\s+)?(?:going|walking|stepping|wading|"
     r"slipping|sliding)\s+(?:in|off|under)\b" + _NOT_A_DIP + r"(?=[^?]{0,20}$|[^?]*\b(?:the\s+)?(?:water|lagoon|river|lake|loch|sea|tide|pond|quarry|"
     r"canal|harbour|harbor|bay|edge|ledge|side|drop|dam|bridge|pier|weir|current|boots\s+on)\b)|"
     r"\b(?:water|lagoon|river|lake|loch|sea|tide|pond|quarry|canal|harbour|harbor|bay|dam|weir)\b[^?]{0,80}\b(?:think\w*|thought)\s+"
     r"(?:about|of)\s+(?:just\s+)?(?:going|walking|stepping|wading|slipping)\s+(?:in|off|under)\b" + _NOT_A_DIP),
    # a fall left to chance: "If I go off the boards and die, I die."
    (SI, "wish_dead", True, r"\bif\s+i\s+(?:\w+\s+){0,6}?(?:die|go|drown|fall),?\s+(?:then\s+)?i\s+(?:die|go|drown|fall)\b"),
    # "I just can't see me being about next year, and I'm not sure I want to be", "I don't plan on being around to pay it"
    (SI, "wish_dead", True, r"\bcan'?t\s+see\s+(?:me|myself)\s+(?:being\s+(?:about|around|here|alive)|still\s+(?:being\s+)?(?:here|around|about))\s+"
     r"(?:next|by|in|this|come|at)\b(?![\w\s]{0,14}'s\b)|\b(?:don'?t|do\s+not|didn'?t)\s+plan\s+on\s+(?:being|bein|sticking)\s+(?:here|around|about)\b"
     r"(?!\s+(?:for|at|next|this|in|on|by|when|over|long|much|till|until|after|past)\b)"),
    # ambivalence said outright: "I don't know if I want to die or not"
    (SI, "wish_dead", True, r"\b(?:don'?t|do\s+not|dunno)\s+know\s+(?:if|whether)\s+(?:i|me)\s+(?:want|wan)\s+to\s+(?:die|live|be\s+"
     r"(?:here|alive|dead))\s+or\s+not\b"),
    # a jump said with its end: "For me, to jump and die", "i'd walk off the point"
    (SI, "method", True, r"\bjump\s+and\s+die\b|\b(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m\s+going\s+to|when\s+i'?d)\s+(?:just\s+)?"
     r"(?:walk|step|jump)\s+off\s+(?:the\s+)?(?:point|pier|cliff|cliffs|edge|breakwater|jetty|quay|harbour\s+wall|bridge|roof|"
     r"end\s+of\s+the\s+(?:pier|jetty|point))\b"),
    # a lethal amount looked up: "one of the searches was how many Tylenol is too many", "how many it would take"
    (SI, "method", True, r"\bhow\s+many\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:is|are)\s+too\s+many\b|\bhow\s+many\s+(?:of\s+)?(?:my\s+|the\s+|your\s+)?"
     r"(?:pills|tablets|tylenol|paracetamol|panadol|aspirin|sleeping\s+pills|painkillers|\w+)\s+(?:would|does|did|will)\s+it\s+take\b"
     r"(?!\s+to\s+(?:work|help|kick|feel|notice|fix|get\s+better))|\b(?:lethal|fatal)\s+(?:dose|amount|overdose)\b"),
    # a method read up on: "I've been reading about how long drowning takes"
    (SI, "method", True, r"\b(?:read\w*|look\w*|googl\w*|search\w*|research\w*|check\w*)\s+(?:up\s+)?(?:about\s+|on\s+|into\s+)?"
     r"how\s+long\s+(?:drowning|hanging|bleeding\s+out|an\s+overdose|it\s+takes\s+to\s+(?:drown|die|bleed\s+out|hang))\b"),
    # a note begun: a text that starts "by the time you read this"; a door left on the latch so nobody has to break it down
    (SI, "preparatory_behavior", True, r"\bby\s+the\s+time\s+you\s+read\s+this\b|\bso\s+(?:nobody|no\s*one|no-one)\s+(?:has|have|'?ll\s+have|"
     r"will\s+have|would\s+have|'?d\s+have)\s+to\s+break\s+(?:it|the\s+door|in|down\s+the\s+door)\b"),
    # the answer to what goes through the client's head at a height: "How quick it would be, I suppose."
    (SI, "method", True, r"^\W*(?:just\s+|mostly\s+|only\s+)?how\s+(?:quick|fast|easy)\s+it\s+(?:would|'d|could|might)\s+be\b"
     r"(?=\s*(?:[,.;!]|$|\s+(?:i\s+suppose|i\s+guess|probably|really|like|if\s+i)\b))"),
    # a hanging point and a rope, in either order: "I thought about the beam in the garage. I did. I bought the rope.",
    # "There's a rope in the garage. Tow rope. ... I've already worked out the beam."
    (SI, "method+preparatory_behavior", True, r"\b(?:thought|think|thinking|looked|looking|look|eyed|eyeing|pictured|picturing)\s+"
     r"(?:about\s+|at\s+|up\s+at\s+)?the\s+" + _HANGING_POINT + r"\b[^?!]{0,80}?\b(?:bought|got|"
     r"ordered)\s+(?:a|the|some|me\s+a)\s+(?:rope|cord)\b(?!\s+for\s+(?:the\s+|a\s+)?(?:boat|tent|washing|swing|dog|garden|climbing|van|trailer))|"
     r"\brope\b[^?]{0,160}?\b(?:worked\s+out|picked(?:\s+out)?|chose|chosen|measured|tested|checked)\s+(?:out\s+)?the\s+" + _HANGING_POINT
     + r"\b"),
    # teen slang for suicide ("unaliving myself", "kms")
    (SI, "active_thoughts", True, r"\bunaliv\w*|\bkms\b"),
    # "I'll kill him and then myself"
    (SI, "active_thoughts", True, r"\b(?:kill|hurt|shoot)\w*\s+(?:him|her|them|\w+)\s+(?:and\s+)?then\s+(?:my|him|her)self\b"),
    # "ending the pain for good", "make it stop forever"
    (SI, "active_thoughts", True, r"\bend(?:ing|ed|s)?\s+(?:the|my|this)\s+(?:pain|suffering|misery)\s+(?:for\s+good|forever|"
     r"permanently|once\s+and\s+for\s+all)\b"),
    # "one step and it'd all be done" at a platform edge or a ledge
    (SI, "active_thoughts", True, r"\bone\s+(?:step|jump|swerve)\b[^.?!]{0,30}\b(?:all\s+)?(?:be\s+)?(?:over|done)\b|"
     r"\b(?:stood|standing|stand)\s+(?:at|on|near)\s+the\s+edge\b[^.?!]{0,60}\bwant\w*\s+to\s+(?:go|jump|fall|step)\b"),
    (SI, "active_thoughts", True, r"\b(?:kill|killing|killed|kills)\s+(?:" + _SELF + r")\b"),
    (SI, "active_thoughts", True, r"\b(?:end|ending|ended|take|taking|took|finish|finishing|finished)\s+(?:my|your|his|her|their)\s+"
     r"(?:own\s+)?life\b"),
    (SI, "active_thoughts", True, r"\bend(?:ing|ed|s)?\s+(?:it\s+all|things|everything|it)\b(?!\s+with)"),
    # not a death by illness feared ("I keep thinking about dying of a heart attack": health anxiety)
    (SI, "active_thoughts", True, r"\b(?:thoughts?|think\w*|thought)\s+(?:of|about)\s+(?:death|dying|being\s+dead)\b"
     r"(?!\s+(?:like|the\s+way|as\s+much\s+as)\s+(?:everyone|everybody|anyone|anybody|most\s+people|other\s+people)\b)"
     r"(?!\s+(?:of|from)\s+(?:a\s+|an\s+|the\s+)?(?:heart|cancer|stroke|tumou?r|disease|illness|covid|virus|infection|old\s+age|"
     r"natural\s+causes|aneurysm|brain|blood\s+clot|sepsis|something\s+(?:serious|awful|terrible))\b)"),
    (SI, "active_thoughts", True, r"\btr(?:y|ying|ied)\s+to\s+(?:die|kill\s+(?:my|your|him|her)self|end\s+(?:my|your|his|her)\s+life)\b"),
    # suicidal ideation: wish to be dead (passive)
    # (not a death wished for in old age: "I do not want prison, I want to die in my bed in Amiens, old, with the sea in
    # the window")
    (SI, "wish_dead", True, r"\b(?:want|wanted|wanting|wants|wanna|(?:would|'d)\s+(?:you\s+)?like)\s+to\s+die\b"
     r"(?!\s+(?:in\s+my\s+(?:own\s+)?bed\b[^.?!;]{0,30}?,\s+(?:very\s+)?old\b|of\s+old\s+age\b|"
     r"an?\s+old\s+(?:man|woman|lady|grandmother|grandfather)\b))|"
     # the wish asked after another: "Do you want to hurt yourself, or to die?"
     r"\b(?:want|wanted|wanting|wants)\s+to\s+[^.?!]{1,30}?,?\s+or\s+to\s+die\b"),
    # dying by letting it happen: "missing dialysis was a way of letting myself die", "let myself slip away"
    (SI, "wish_dead", True, r"\blet(?:ting|s)?\s+(?:myself|yourself|himself|herself)\s+(?:just\s+)?(?:die|slip\s+away|waste\s+away)\b"),
    # a death hoped for from outside: "praying a danfo will just knock me", "hoping something would kill me"
    (SI, "wish_dead", True, r"\b(?:hop\w*|pray\w*|wish\w*)\s+(?:that\s+)?(?:something|someone|somebody|a\s+\w+|the\s+\w+)\s+"
     r"(?:would|will|'?d|'?ll|might|could)\s+(?:just\s+)?(?:kill|knock|hit|run\s+over|finish|take)\s+(?:me|you)\b"),
    # a failing organ hoped to fail: "part of me hopes my heart just stops", "if this kidney quits on me ... part of me
    # hopes it does quit" (the organ named earlier in the turn, then "it")
    # (and the heart named first: "If my heart stops in the night, I want them to let me go. Some nights I wish it would stop.")
    (SI, "wish_dead", True, r"\b(?:hop\w*|pray\w*|wish\w*)\s+(?:that\s+)?(?:my\s+|your\s+|the\s+|this\s+)?" + _ORGAN +
     r"\s+" + _GIVES_OUT + r"|\b" + _ORGAN + r"\b[^?!]{0,200}?\b(?:hop\w*|pray\w*|wish\w*)\s+(?:that\s+)?it\s+" + _GIVES_OUT),
    # a life weighed against its insurance: "my life insurance is worth more than me", "worth more dead than alive"
    (SI, "wish_dead", True, r"\bworth\s+more\s+(?:to\s+(?:them|him|her|everyone)\s+)?dead\b|\binsurance\b[^.?!]{0,40}\b(?:worth\s+more|"
     r"more\s+(?:useful|use|valuable))\s+than\s+(?:me|i\s+am|you)\b"),
    # a family weighed against the client: "Sandra and the boy'd be better off with that money than with me"
    (SI, "wish_dead", True, r"\bbetter\s+off\s+with\s+(?:\w+\s+){0,2}?(?:money|pay-?out|insurance|pension|cash|policy|death-in-service)\s+"
     r"than\s+(?:with\s+)?me\b"),
    # a survival regretted: "it would have been better not to survive it", "better if I hadn't pulled through"
    (SI, "wish_dead", True, r"\bbetter\s+(?:off\s+)?(?:not\s+to\s+(?:have\s+)?(?:survived?|pulled\s+through|made\s+it|woken\s+up)|"
     r"if\s+(?:i|you|he|she)\s+(?:had(?:n'?t|\s+not)|didn'?t|did\s+not)\s+(?:survived?|pulled\s+through|made\s+it|woken\s+up|come\s+round))\b"),
    # to be with the dead rather than alive: "I'd rather be where she is than be here", "if I didn't wake up at least
    # I'd be with her"
    (SI, "wish_dead", True, r"\b(?:i'?d|i\s+would)\s+(?:rather|sooner)\s+be\s+where\s+(?:she|he|they|my\s+\w+)\s+(?:is|are)\b"
     r"[^.?!]{0,30}\bthan\s+(?:be\s+|being\s+|stay\w*\s+|live\s+|living\s+)?here\b|"
     r"\bif\s+i\s+(?:didn'?t|did\s+not|don'?t|never)\s+wake(?:\s+up)?\b[^.?!]{0,30}\bat\s+least\s+i'?d\b"),
    # waking regretted: "I'm sorry I woke, if I'm honest", "Do you sometimes wish you hadn't survived the stroke?"
    # (a wish not to have woken is the wake patterns' below, with their exclusion of an hour)
    # (and waking to find oneself still here: "when i wake up i'm sad because i'm still here")
    (SI, "wish_dead", True, r"\b(?:sorry|gutted|disappointed)\s+(?:that\s+)?i\s+(?:woke|wake|survived|made\s+it|pulled\s+through)\b"
     r"(?!\s+(?:up\s+)?(?:you|him|her|them|the|everyone|everybody|anyone|late|early|so|too|at(?!\s+all)|in|with)\b)|"
     r"\bwak\w*(?:\s+up)?\b[^.?!]{0,20}?\b(?:sad|sorry|disappointed|gutted|upset|angry)\s+(?:because|that)\s+i'?m\s+still\s+"
     r"(?:here|alive|breathing)\b|"
     r"\bwish\w*\s+(?:that\s+)?(?:i|you|he|she)\s+(?:had(?:n'?t|\s+not)|didn'?t|did\s+not)\s+(?:survived?|pulled\s+through|"
     r"made\s+it|come\s+round)\b"),
    # dying weighed as no loss: "Dyin' wouldn't be the worst thing", "a lorry could just take me out and that'd be no
    # bad thing"; not "dying would be the worst thing"
    (SI, "wish_dead", True, r"\b(?:dying|dyin|death|being\s+dead|not\s+waking(?:\s+up)?)\s+(?:(?:would|'d|wo)(?:n'?t|\s+not)\s+be\s+"
     r"(?:the\s+worst\s+thing|so\s+bad|that\s+bad|the\s+end\s+of\s+the\s+world)|(?:would|'d)\s+be\s+(?:no\s+bad\s+thing|a\s+relief|"
     r"a\s+blessing|a\s+mercy))\b|"
     r"\b(?:take|took)\s+me(?:\s+out)?\b[^?!]{0,60}\b(?:that|it)\s*(?:'?d|\s+would)\s+be\s+(?:no\s+bad\s+thing|a\s+relief|"
     r"a\s+blessing|a\s+mercy|(?:a\s+)?(?:kindness|mercy))\b"),
    # following someone into death: "if Mum goes, I'm going with her"
    (SI, "wish_dead", True, r"\bif\s+(?:\w+\s+)?\w+\s+(?:goes|dies|passes(?:\s+away)?|is\s+gone)\b,?\s+(?:then\s+)?(?:i'?m|i\s+am|i'?ll|i\s+will)\s+"
     r"(?:going|go)\s+with\s+(?:her|him|them)\b"),
    # the client's own absence waited for: "Waiting for what?" "For me not to be around."
    (SI, "wish_dead", True, r"\b(?:for\s+me|me)\s+not\s+(?:to\s+be|being)\s+(?:around|here|alive)\b"
     r"(?!\s+(?:him|her|them|when|while|if|for|during|at|on|in|the|with|to)\b)"),
    # asking for one's turn to die: "I lie there and ask for it to be my turn", "I pray it's my turn soon"
    (SI, "wish_dead", True, r"\b(?:ask|pray|wish|hope)\w*\s+(?:for\s+it\s+|that\s+it\s+|it\s+)?(?:to\s+be|'?s|is|was|would\s+be)\s+my\s+turn\b"),
    # a world without the client said as a condition: "they'd all manage perfectly well if I weren't here",
    # "it'd be easier if I just went with her", "if I am gone, my husband marries again"
    (SI, "wish_dead", True, r"\b(?:easier|better|simpler|kinder|fine|okay|manage|cope)\b[^?!]{0,40}\bif\s+i\s+(?:just\s+)?"
     + _NOT_HERE + r"|\bif\s+i\s+(?:just\s+)?(?:" + _NOT_HERE + r"|(?:was|were|am|'m|im)\s+gone\b)"
     r"(?=[^?!]{0,50}\b(?:they|everyone|everybody|he|she|the\s+kids|my\s+\w+)(?:'?d|\s+would|\s+will|'ll)?\s+"
     r"(?:all\s+)?(?:manage|cope|be\s+(?:fine|better|okay|happier)|move\s+on|marr\w+|get\s+on))|"
     r"\b(?:easier|better)\b[^?!]{0,30}\bif\s+i\s+(?:just\s+)?went\s+with\s+(?:her|him|them)\b"),
    # sleep without waking: "let me not wake up", "nodding off in my chair and not waking"
    # ("were you thinking about not waking up?")
    (SI, "wish_dead", True, r"\b(?:let\s+me|please|just|wouldn'?t\s+mind|happy\s+to|and|to|about|of)\s+(?:just\s+)?(?:not|never)\s+"
     r"wak(?:e|ing)(?:\s+up)?\b(?!\s+(?:until|till|til|before|for\s+a|early))|"
     r"\b(?:would|wo|do|did)n'?t\s+(?:even\s+)?bother\s+waking(?:\s+up)?\b(?!\s+(?:until|till|til|before|early|for))"),
    # indifference to dying: "if a bus took me out I wouldn't be mad", "If something happens, it happens. I wouldn't
    # be upset", "If the Lord wants to come for me, I shan't put up a fight"
    (SI, "wish_dead", True, r"\b(?:if\s+[^.?!,]{0,40}?)?(?:take\s+me|took\s+me(?:\s+out)?|come\s+for\s+me|(?:something|anything)\s+happens,?\s+it\s+happens|"
     r"hit\s+me|run\s+me\s+over|go\s+in\s+my\s+sleep|didn'?t\s+wake|don'?t\s+wake)\b[^?!]{0,60}\bi\s*(?:wouldn'?t|would\s+not|"
     r"'?d\s+not|shan'?t|won'?t|will\s+not)\s+(?:be\s+)?(?:too\s+)?(?:mad|upset|sorry|bothered|fussed|mind|care|put\s+up\s+a\s+fight|"
     r"fight\s+it)\b|"
     # and said in the present, as many second-language speakers say it: "if god take me in the sleep i say thank you i
     # don't fight him"; "If the sugar take me, it take me"
     r"\b(?:take|takes|took|come\s+for)\s+me\b[^?!]{0,60}\bi\s+(?:do(?:n'?t|\s+not)|ain'?t|am\s+not|'?m\s+not|no)\s+"
     r"(?:going\s+to\s+)?fight(?:ing)?\s+(?:it|him|her|death)\b|"
     r"\bif\s+[^.?!,]{0,30}?\b(?:take|takes)\s+me\b,?\s+(?:it|he|she|they|god)\s+(?:take|takes)\s+me\b|"
     # a crash that would come as a welcome: "sometimes i think if the truck just slid off into the inlet that'd be okay
     # like i wouldn't mind"
     r"\bif\s+(?:the|my|this|that)\s+(?:truck|car|van|lorry|bus|plane|boat|bike|cab|rig|train)\s+(?:just\s+)?(?:slid|slides|"
     r"crashed|crashes|went|goes|came|comes|flipped|rolled|veered|skidded|hit)\b[^.?!]{0,40}?\b(?:inlet|river|lake|sea|water|canal|"
     r"bay|harbou?r|cliff|edge|bridge|ravine|gorge|quarry|oncoming|off\s+the\s+(?:road|bridge|cliff))\b[^.?!]{0,25}?\b(?:that'?d|that\s+would|it'?d|"
     r"it\s+would)\s+be\s+(?:okay|ok|fine|alright|all\s+right|a\s+relief)\b"),
    # (and the wish said twice, plainly the second time: "do you ever wish you could go with her that you were dead")
    (SI, "wish_dead", True, r"\bwish\w*\s+(?:(?:\w+\s+){0,6}?that\s+)?(?:i|he|she|they|you)\s*(?:was|were|'?d\s+be|would\s+be|could\s+be)\s+dead\b"),
    (SI, "wish_dead", True, r"\bwish\w*\s+(?:that\s+)?(?:i|he|she|they|you)(?:'?d|\s+would|\s+could|\s+had)?\s+(?:just\s+)?(?:die|died)\b"),
    (SI, "wish_dead", True, r"\bwish\w*\s+(?:that\s+)?(?:it\s+(?:had\s+been|was)\s+me|(?:i|he|she)(?:'?d|\s+had)?\s+never\s+been\s+born|"
     r"(?:i|he|she)\s+(?:was|were)\s+never\s+born)"),
    (SI, "wish_dead", True, r"\bwish\w*\s+(?:that\s+)?(?:i|he|she|they|you)\s+(?:could\s+)?(?:just\s+)?(?:disappear|vanish|go\s+to\s+sleep|"
     # "is there a part of you that wishes you could just stop being here?"
     r"stop\s+(?:being\s+(?:here|around|alive)\b(?!\s+(?:at|in|on|for|with)\b)|existing)|"
     r"(?:would|did|do|wo|had)" + _NT + r"\s+(?:wake|woken)|not\s+wake|(?:was|were)" + _NT + r"\s+(?:here|around|alive))"
     r"(?!\s+(?:up\s+)?(?:so|too)\s+early\b)"),
    # the present tense second-language speakers wish in: "i wish i am not alive", "I wish I'm dead"
    (SI, "wish_dead", True, r"\bwish\w*\s+(?:that\s+)?i(?:\s+am|'m|m)\s+(?:not\s+(?:here|around|alive)|(?:already\s+)?dead)\b"),
    (SI, "wish_dead", True, r"\b(?:wish|hope|hoping|pray|praying|prayed|rather)\w*\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:(?:i|he|she)(?:'?d|\s+had|\s+would)?)?\s*(?:just\s+)?"
     r"(?:(?:do|would|did|wo|had)" + _NT + r"|not|never)\s+(?:wake|woken)\b"
     # (an hour, not a death: "I wish I didn't wake up so early")
     r"(?!\s+(?:up\s+)?(?:so|too)\s+early\b)"),
    (SI, "wish_dead", True, r"\b(?:go|going|went|fall|falling)\s+to\s+sleep\s+(?:and\s+(?:not|never)\s+wak\w*|forever)|\bsleep\s+forever\b|"
     # "I just want to sleep and never get up again" (not "sleep and not get up till noon")
     r"\bwant\w*\s+to\s+(?:just\s+)?sleep\s+and\s+(?:not|never)\s+(?:wake|get)\s+up(?:\s+again)?\b(?!\s+(?:till|until|before|for)\b)|"
     # "at night I want to rest forever"; a prayer to be taken: "Lord, if you take me tonight in my sleep, it's okay"
     r"\bwant\w*\s+to\s+rest\s+(?:forever|for\s+ever|for\s+good)\b|\bif\s+(?:you|he|god|the\s+lord)\s+takes?\s+me\b[^.?!]{0,30}?,?\s*"
     r"(?:it'?s|that'?s|it\s+is|that\s+is|it\s+would\s+be|i'?m|i\s+am)\s+(?:okay|ok|fine|alright|all\s+right|ready)\b"),
    (SI, "wish_dead", True, r"\bbetter\s+off\s+(?:dead|gone|without\s+(?:me|him|her|them|us)|not\s+(?:here\b(?!\s+(?:at|in|on|for|with|today|tonight))|being\s+here|existing|"
     r"being\s+around|alive|waking(?:\s+up)?))\b"),
    # "I'd not mind if I died", "I wouldn't mind if I didn't wake up" (not "wouldn't mind if I died my hair")
    (SI, "wish_dead", True, r"\bi(?:'?d|\s+would)\s*(?:n'?t|\s+not|\s+no)\s+mind\s+(?:it\s+)?if\s+i\s+(?:just\s+)?(?:died\b(?!\s+(?:my|it|the)\b)|"
     r"(?:did|do)\s*n'?t\s+wake|never\s+woke|was(?:n'?t|\s+not)\s+here|was\s+(?:dead|gone)|passed\s+away|went\s+in\s+my\s+sleep)"),
    # "that the sea easier than living" (not "easier than living with my mum")
    (SI, "wish_dead", True, r"\b(?:dead|dying|death|the\s+sea|the\s+river|the\s+water|gone|it)\s+(?:is\s+|'?s\s+|would\s+be\s+|'?d\s+be\s+)?"
     r"(?:easier|better|kinder)\s+than\s+(?:living|being\s+alive|going\s+on|carrying\s+on)\b(?!\s+(?:with|in|at|near|on|alone|together|"
     r"here|there|next|above|under|rough|out)\b)"),
    # a second-language "better I am die", "better I die", and the pidgin "I no wan wake up again"
    (SI, "wish_dead", True, r"\bbetter\s+(?:if\s+)?i\s+(?:am\s+|'m\s+)?(?:die|dead)\b|\bi\s+no\s+wan(?:t|na)?\s+(?:to\s+)?wake\b"),
    # "it'd be easier if I just didn't wake up", "better for everyone if I wasn't around", its litotes ("it wouldn't
    # be the worst thing if I just didn't wake up") and the same said condition first ("if I just didn't wake up it
    # wouldn't be the worst thing in the world, it'd be a rest")
    (SI, "wish_dead", True, _WELCOME + r"\b[^.?!]{0,25}?" + _IF_GONE + "|" + _IF_GONE + r"[^.?!]{0,20}?\b(?:it|that)\s*(?:'?d|would|'?s|is|"
     r"(?=would\s*n'?t|would\s+not))\s*(?:be\s+)?(?:(?:so|kind\s+of|almost|quite)\s+)?(?:" + _WELCOME + r"|a\s+rest|restful|peaceful)\b"
     # the burden said after what would follow: "if i just slept and didn't wake up they'd recast me and everybody would
     # move on it would be easier for everyone"
     r"|" + _IF_GONE + r"[^.?!]{0,60}?\b(?:it|that)\s*(?:'?d|would)\s+be\s+(?:easier|better)\s+for\s+(?:everyone|everybody|them|all|"
     r"the\s+family)\b"),
    # the condition with a bare verdict after it: "if I go sleep and don't wake up, also fine"
    (SI, "wish_dead", True, _IF_GONE + r"(?:\s+up)?\s*,?\s*(?:(?:also|then|that'?s|it'?s|is)\s+)?(?:fine|okay|alright|all\s+right)\b"),
    # "Do you mean you'd be okay dying?" "Kind of."
    (SI, "wish_dead", True, r"\b(?:you'?d|you\s+would|i'?d|i\s+would|you'?re|you\s+are|i'?m|i\s+am)\s+(?:be\s+)?(?:okay|ok|fine|alright|"
     r"all\s+right|at\s+peace)\s+(?:with\s+)?(?:dying|being\s+dead|not\s+waking(?:\s+up)?|not\s+being\s+(?:here|alive|around))\b"),
    # a death the client would let come: "I've been driving without the seatbelt. If the next crash gets me, fine."
    (SI, "wish_dead", True, r"\bif\s+(?:the\s+|a\s+|that\s+)?(?:next\s+)?(?:crash|accident|cancer|illness|sea|storm|fall|drink|"
     r"booze|heart\s+attack|stroke|virus|cold|avalanche)\s+(?:gets|takes|kills|finishes)\s+me\s*,?\s+(?:then\s+)?(?:fine|so\s+be\s+it|"
     r"good|whatever|okay|ok|let\s+it)\b"),
    (SI, "wish_dead", True, r"\b(?:easier|better)\s+(?:for\s+(?:everyone|everybody|them)\s+)?(?:(?:to\s+)?(?:just\s+)?(?:not\s+(?:to\s+)?(?:be\s+"
     r"(?:here|alive|around)|exist|wake\s+up)|be\s+dead|die|disappear)|if\s+i\s+(?:could\s+)?(?:just\s+)?die)\b"),
    (SI, "wish_dead", True, r"\b(?:better(?:\s+off)?|easier)(?:\s+for\s+(?:everyone|everybody|them|all))?\s+if\s+(?:i|he|she|you)\s+(?:just\s+)?"
     r"(?:(?:was|were)\s+(?:gone|dead|not\s+(?:here|around))|(?:was|were)" + _NT + r"\s+(?:here|around|alive)|disappeared|died|"
     r"did" + _NT + r"\s+exist)"),
    # ("don't want to live with him" is about where; "not wanting to be alive with all this" is not)
    (SI, "wish_dead", True, r"\b(?:do|does|did)" + _NT + r"\s+(?:really\s+)?want\s+to\s+(?:be\s+alive\b|(?:be\s+(?:here|around)|live|exist|"
     r"wake\s+up|keep\s+(?:living|going))\b(?!\s+(?:with|in|at|near|there|alone|together|like|for\s+(?:the|a))))"),
    # the infinitive split: "a lot of days I'd quite like to not be here any more"; and going for good:
    # "it is better I disappear completely, for good"
    (SI, "wish_dead", True, r"\b(?:like|love|want|wanted|prefer|wish|rather)\s+(?:\w+\s+)?to\s+not\s+(?:be\s+(?:here|alive)|"
     r"exist|wake\s+up)\b|\bdisappear\w*(?:\s+(?:completely|totally|altogether))?\s*,?\s+(?:for\s+good|permanently|forever)\b"),
    # "do you ever think about punishing yourself physically, or about dying?" (not "dying of a heart attack")
    (SI, "active_thoughts", True, r"\b(?:think|thinking|thought|thoughts)\s+(?:[\w,']+\s+){0,6}?(?<!not\s)(?<!never\s)about\s+dying\b(?!\s+(?:of|from|in|at|on|young|"
     r"alone|before)\b)"),
    # the other order: "does that ever turn into wanting not to be alive?"
    (SI, "wish_dead", True, r"\bwant(?:ing|s|ed)?\s+not\s+to\s+(?:be\s+(?:alive|here|around)|live|exist|wake\s+up)\b"),
    (SI, "wish_dead", True, r"\bnot\s+want(?:ing)?\s+to\s+(?:be\s+alive\b|(?:be\s+(?:here|around)|live|exist|wake\s+up)\b"
     r"(?!\s+(?:with|in|at|near|there|alone|together|like)))"),
    (SI, "wish_dead", True, r"\bno\s+(?:point|reason)\s+(?:in|to|of)\s+(?:keep\s+)?(?:living|live|being\s+alive|going\s+on)\b"),
    (SI, "wish_dead", True, r"\b(?:life|it|living)\s+(?:is\s*n'?t|is\s+not|'?s\s+not|isnt|not)\s+(?:really\s+)?worth\s+(?:living|it\s+anymore)\b|"
     r"\bstop\s+living\b|\bwhy\s+i'?m\s+still\s+(?:here|alive)\b|\b(?:do|did)" + _NT + r"\s+(?:really\s+)?wanna\s+"
     r"(?:be\s+(?:here|alive|around)|live|exist)\b|\bwanna\s+die\b"),
    (SI, "wish_dead", True, r"\b(?:do|does)" + _NT + r"\s+see\s+(?:the|a|any)\s+(?:point|reason)\s+(?:of|in|to)\s+(?:keep\s+)?(?:living|live|going\s+on|being\s+alive|keep(?:ing)?\s+going)"),
    (SI, "wish_dead", True, r"\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|going\s+on)\b"),
    # (not the life the client says they meant: "tired of living like this sitting in the house all day not like dying")
    (SI, "wish_dead", True, r"\b(?:tired|sick)\s+of\s+(?:living|being\s+alive|life)\b" + _NOT_DYING_AFTER),
    (SI, "wish_dead", True, r"\brather\s+(?:be\s+dead|not\s+(?:be\s+here|exist|be\s+alive|be\s+around(?!\s+(?:\w+\s+)?(?:people|them|him|her|anyone|"
     r"anybody|everyone|crowds?|when|while|for|at|during|my|his|their|the|that|this|family|kids|drink|alcohol)))|die)\b"
     + _REFUSAL),
    (SI, "wish_dead", True, r"\b(?:do|does|would|did)" + _NT + r"\s+(?:really\s+)?(?:care|mind)\s+if\s+(?:i|he|she|you)\s+"
     r"(?:just\s+)?(?:live\w*\s+or\s+die\w*|die\w*|(?:did|do)" + _NT + r"\s+wake|never\s+wok\w*|wake\s+up\s+or\s+not|got\s+hit|something\s+happen\w*|"
     # "some mornings i don't care if i wake up" (the clause ends there: not "if I wake up the neighbours", "wake up late")
     r"wake(?:\s+up)?(?=\s*(?:[.,;!?]|$|or\s+not|in\s+the\s+morning|tomorrow|again)))|"
     r"\b(?:do|does|would|did)" + _NT + r"\s+(?:really\s+)?(?:care|mind)\s+if\s+something\s+happen\w*\s+to\s+(?:me|him|her)\b"),
    (SI, "wish_dead", True, r"\b(?:want|wanted|wanting|wants)\s+to\s+(?:not\s+exist|stop\s+existing|be\s+dead|disappear\s+forever)\b"),
    # the screening question's own noun ("Is that a wish to be dead?") and death said to be welcome ("some mornings
    # I think being dead would be restful")
    (SI, "wish_dead", True, r"\b(?:a\s+)?wish(?:es|ed|ing)?\s+(?:to\s+(?:be\s+dead|die|not\s+(?:exist|be\s+(?:here|alive|around)|wake\s+up))|"
     r"not\s+to\s+(?:be\s+(?:here|alive|around)|exist|wake\s+up)|for\s+death|you\s+(?:were|was)\s+dead)\b|\b(?:being\s+dead|dying|death)\s+(?:would|'d|might|could)\s+(?:be|feel)\s+"
     r"(?:(?:so|quite|really|kind\s+of|almost)\s+)?(?:restful|peaceful|a\s+relief|a\s+rest|nice|easier|a\s+mercy|welcome|okay|fine)\b"),
    # (not a fear of it: "scared I will die in my sleep", "what if I'll die in my sleep")
    (SI, "wish_dead", True, r"(?<!\bwill\s)(?<!'ll\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bgonna\s)(?<!\bgoing\sto\s)"
     r"\bdie\s+in\s+(?:my|me|his|her|your|the)\s+sleep\b"),
    # a death said to be welcome as a thing in itself: "I just think it would be okay not to wake up",
    # "it would be okay to die in your sleep" (a clinician's reflection the client says yes to)
    (SI, "wish_dead", True, r"\b(?:it\s+would|it'?d|would|it\s+is|it'?s|is)\s+(?:be\s+)?(?:(?:just|quite|kind\s+of|kinda|really|so)\s+)?"
     r"(?:okay|ok|fine|alright|all\s+right|a\s+relief|easier|restful|peaceful|a\s+rest)\s+(?:for\s+me\s+)?"
     r"(?:(?:to\s+)?(?:just\s+)?(?:not|never)\s+(?:to\s+)?(?:wake(?:\s+up)?|waking(?:\s+up)?|be\s+(?:here|alive|around)|exist)|"
     r"to\s+(?:just\s+)?(?:die|go|pass)\s+in\s+(?:my|me|your|the)\s+sleep)\b"
     r"(?!(?:\s+up)?\s+(?:early|till|until|at|before|by|for|on|in\s+time|when|with|to\s+(?:an?|the)\s+alarm)\b)"),
    # not waking said to be welcome without an "if": "I'd be okay not waking up", "I'm at peace with never waking"
    (SI, "wish_dead", True, r"\b(?:i'?d|i\s+would|i'?m|i\s+am)\s+(?:be\s+)?(?:(?:totally|quite|kind\s+of|kinda)\s+)?(?:okay|ok|fine|alright|"
     r"all\s+right|at\s+peace|content|happy)\s+(?:with\s+)?(?:just\s+)?(?:not|never)\s+(?:waking(?:\s+up)?|being\s+(?:here|around|alive)|"
     r"existing)\b"),
    # "if He wants to call me home before morning", "done with being alive", "tired of waking up"
    # and "I tell God make He just take me in my sleep", "tired of this life"
    (SI, "wish_dead", True, r"\b(?:call|calls|called|take|takes)\s+me\s+home\b|\btired\s+of\s+(?:waking\s+up|being\s+here|existing|"
     r"(?:this\s+|my\s+)?life|living|being\s+alive)\b" + _NOT_DYING_AFTER + r"|\b(?:take|took|takes)\s+me\s+in\s+my\s+sleep\b|"
     r"\b(?:done|finished)\s+with\s+(?:being\s+alive|living|life)\b|\bto\s+not\s+wake\s+up\b|"
     r"\b(?:died|suicide|killed\s+(?:him|her|them)self)\b[^?!]{0,60}\b(?:had|has)\s+the\s+right\s+idea\b"),
    # a method turned over in the mind: "I look at it and think about how quick it'd be", "I know how I'm getting out"
    # (not a poisoning weighed: "I think how easy it is. Put the potassium in the bottle, or the double strength.")
    (SI, "method", True, r"\b(?:think\w*|wonder\w*|thought)\s+(?:about\s+)?how\s+(?:quick|easy|simple|painless|fast|peaceful)\s+"
     r"(?:it\s*(?:'?d|would|will|'?ll)\s+be|it\s+(?:is|was)|that\s+would\s+be)\b(?![^?!]{0,60}\b(?:put|slip|switch|swap|add|crush)\w*\s+"
     r"(?:the\s+|some\s+)?(?:\w+\s+){0,2}in(?:to)?\s+(?:the|his|her|their)\s+(?:bottle|drink|food|tea|coffee|soup|pills?|cup|glass)\b)|\bi\s+know\s+how\s+i'?(?:m|\s+am|'?ll|\s+will|'?d|\s+would)"
     r"\s+(?:getting\s+out|get\s+out|go(?:ing)?|do(?:ing)?\s+it|end(?:ing)?\s+it)\b"),
    # a round kept back for oneself: "Kept one round back for meself, if it comes to it"
    (SI, "preparatory_behavior", True, r"\b(?:kept|keep|keeping|saved|saving|put)\s+(?:one|a)\s+(?:round|bullet|shell|cartridge)\s+"
     r"(?:back\s+|aside\s+)?for\s+(?:myself|meself|me)\b"),
    # "going to sleep and that being that. I'd welcome it."
    # a survivor's wish to have died instead: "Should've been me under the tram, not her", "I reckon it'd be fairer. If it
    # was me." (not "it should've been me who got the job")
    (SI, "wish_dead", True, r"\bshould(?:'?ve|\s+have|\s+of|a)\s+been\s+me\b(?=\s*(?:[.,;!]|$|under|in\s+(?:the\s+|that\s+)?(?:coffin|grave|"
     r"ground|box|car|water|river|sea|crash)|instead|not\s+(?:him|her|them|you)|(?:that|who)\s+(?:died|went|drowned|was\s+killed|got\s+killed)))|"
     r"\b(?:fairer|better|right|easier)\b[.,]?\s+if\s+it\s+(?:was|were|'?d\s+been|had\s+been)\s+me\b(?!\s+(?:who|that)\s+(?!died|drowned))|"
     r"\bif\s+it\s+(?:was|were|had\s+been|'?d\s+been)\s+(?:you|me)\s+(?:who|that)(?:'?d|\s+had)?\s+(?:died|gone|been\s+killed|drowned)\b"),
    # the clinician's check of what was meant: "Not around, as in not alive?", "Gone as in dead?"
    (SI, "wish_dead", True, r"(?:\b(?:not|no\s+longer)\s+(?:around|here)\W+)?\bas\s+in\s+(?:not\s+(?:alive|living|be(?:ing)?\s+alive)|dead|dying|(?:killing|ending)\s+(?:yourself|your\s+life|"
     r"it\s+all))\b(?=\W*\?)"),
    # waking regretted, said after: "I wouldnae have been that bothered. If I'd just no woken up."
    (SI, "wish_dead", True, r"\bi\s*(?:wouldn'?t|would\s+not|'?d\s+not)\s+(?:have\s+)?(?:been\s+)?(?:that\s+|too\s+|very\s+|all\s+that\s+)?"
     r"(?:bothered|upset|sorry|fussed|mad)\b[^?!]{0,20}?\bif\s+i(?:'?d|\s+had)\s+(?:just\s+)?(?:not|no|never)\s+(?:woken|woke|wake)\b"),
    # one's own death as no loss to anyone: "if I fell in and died nobody'd be too broke up about it"
    (SI, "wish_dead", True, r"\bif\s+i\s+(?:\w+\s+(?:in\s+|off\s+)?and\s+)?(?:died|was\s+dead|were\s+dead|dropped\s+dead|was\s+gone|"
     r"were\s+gone)\b[^.?!]{0,30}\b(?:nobody|no\s*-?\s*one|no\s+one)(?:'?d|\s+would|'?ll|\s+will)?\s+(?:even\s+|really\s+)?"
     r"(?:be\s+(?:too\s+|that\s+|very\s+)?(?:broke\s+up|broken\s+up|upset|bothered|sad|sorry)|notice|care|miss\s+me|mind)\b"),
    # "I'm not planning on being here. Not Outside, not Anchorage. Not anywhere" (not "... being here for Christmas")
    (SI, "wish_dead", True, r"\bnot\s+(?:planning|plannin|intending|expecting)\s+on\s+(?:being|bein|sticking|stickin)\s+"
     r"(?:here|around)\b(?!\s+(?:for|at|next|this|in|on|by|when|over|long|much|till|until|after|past|to)\b)"),
    # "I'd not mind nodding off and that being that", "I'd no mind going in me sleep"
    (SI, "wish_dead", True, r"\b(?:(?:go|going|went|gone)\s+to\s+sleep|nod(?:ded|ding)?\s+off|drop(?:ped|ping)?\s+off|f[ae]ll(?:ing)?\s+asleep|"
     r"slip(?:ped|ping)?\s+away)\s+and\s+that\s+(?:being|'?s|is|was|were)\s+(?:that|it)\b|"
     r"\b(?:would|wo|do)n'?t\s+mind\s+(?:just\s+)?(?:going|dying|passing|slipping\s+away)\s+in\s+(?:my|me)\s+sleep\b|"
     r"\bi'?d\s+not\s+mind\s+(?:just\s+)?(?:going|dying|passing|slipping\s+away)\s+in\s+(?:my|me)\s+sleep\b|"
     r"\b(?:i'?d|i\s+would)\s+welcome\s+(?:death|the\s+end|dying|it\s+if\s+(?:i|it))\b"),
    # "wishes she'd get cancer so it'd all be over", "asks God to take her already"
    (SI, "wish_dead", True, r"\b(?:wish|hope|pray)\w*\s+(?:that\s+)?(?:i|he|she)(?:'?d|\s+would|\s+could)\s+(?:just\s+)?get\s+"
     r"(?:cancer|sick|ill|hit|covid)\b[^.?!]{0,40}\b(?:over|end|done|die)\b|"
     r"\b(?:ask|asks|asked|asking|beg|begs|begging|pray|prays|prayed|praying)\s+(?:to\s+)?(?:god|the\s+lord|jesus|allah|him)\s+"
     r"to\s+(?:just\s+)?(?:take|call)\s+(?:me|her|him)\b(?!\s+(?:back|home\s+from|to\s+(?:my|the|a|church|work|school)|out\b|with\b))"),
    # "they'd all be fine without me", "the kids would be happier without me"
    (SI, "wish_dead", True, r"\b(?:everyone|everybody|they|he|she|we|people|(?:my|the)\s+\w+|yinz|y'?all|youse|you\s+(?:lot|guys|all))"
     r"(?:\s+would|'d)?\s+"
     r"(?:(?:all|honestly|really|probably|just|actually|totally|genuinely)\s+){0,2}(?:be\s+|manage\s+|cope\s+|get\s+on\s+|do\s+)?(?:just\s+)?"
     r"(?:fine|better|happier|okay|ok|easier|lighter|freer|better\s+off)\s+without\s+me(?:\s+(?:around|here|in\s+(?:their|the|his|her)\s+"
     r"(?:lives?|way)))?(?=\s*(?:[.,;!?]|$|and\b|honestly|like\b|so\b|anyway|really|i\s+think|you\s+know))"),
    # "I wouldn't mind if a bus hit me", "I kind of hope a truck hits me", "I'd be relieved if the ambulance got T-boned"
    (SI, "wish_dead", True, r"\b(?:(?:would|do|did)" + _NT + r"\s+(?:really\s+)?(?:mind|care)\s+if|(?:kind\s+of\s+)?(?:hope|hoping|wish\w*)"
     r"(?:\s+that)?|(?:i'?d|i\s+would)\s+(?:\w+\s+)?be\s+(?:relieved|glad|happy|grateful)\s+if)\s+(?:a|the|some)\s+(?:\w+\s+)?"
     r"(?:bus|car|truck|train|plane|semi|drunk\s+driver|ambulance|van|lorry)\s+(?:would\s+)?"
     r"(?:hit|hits|ran\s+over|runs\s+over|crash\w*|kill\w*|got\s+(?:t-?boned|hit|wiped\s+out|totall?ed))\b"),
    # "I want it all to stop. Permanently." / "make everything stop for good"
    (SI, "wish_dead", True, r"\b(?:want|wanted|wanting|need|make)\w*\s+(?:it|everything|all\s+of\s+it|it\s+all|this|the\s+pain|"
     r"the\s+world)\s+(?:all\s+)?(?:to\s+)?(?:stop|end|be\s+over)\b[.,]?\s*(?:like\s+)?(?:permanently|for\s+good|forever)\b"),
    # "thinking about just checking out" (not "checking out the new place")
    (SI, "wish_dead", True, r"\b(?:think\w*|thought|want\w*|wanna|wish\w*)\s+(?:about\s+|of\s+|to\s+|i\s+could\s+)?(?:just\s+)?"
     r"check(?:ing)?\s+out\b(?!\s+(?:the|a|an|of|this|that|these|those|my|your|some|books?|at|early))"),
    # ("I pray God should just take me quietly in my sleep"; not "God take me back to the summer of ninety-two")
    (SI, "wish_dead", True, r"\b(?:god|the\s+lord|jesus|him)\s+(?:would\s+|could\s+|should\s+|just\s+|(?:would|should)\s+just\s+|to\s+)?"
     r"(?:take|took)\s+me\b(?!\s+(?:back|through|to\s+(?:church|work|school|the)))"),
    # "Sometimes I wish I'd gone with her", "I'd not be sorry if it came soon", "ready to meet his maker"
    (SI, "wish_dead", True, r"\bwish\w*\s+(?:that\s+)?(?:i|he|she)(?:'?d|\s+had)\s+(?:just\s+)?(?:gone|died)\s+(?:with|instead\s+of)\s+"
     r"(?:him|her|them|my\s+\w+|\w+)\b|\b(?:i'?d|i\s+would)(?:\s+not|n'?t)\s+be\s+sorry\s+if\s+(?:it|death|the\s+end)\s+came\b|"
     r"\bready\s+to\s+meet\s+(?:my|his|her|their)\s+maker\b|"
     # "she ready to die" (not "ready to go whenever the good Lord calls me, but no, I don't wish for it": s102)
     r"\bready\s+(?:to|for)\s+(?:die|death|dying)\b"),
    # a prayer to be taken: "I say, Signore, take me, I am ready"
    (SI, "wish_dead", True, r"\b(?:god|lord|jesus|signore|se[ñn]or|dios|dieu|allah)\W{1,3}(?:please\W+)?(?:just\s+)?take\s+me\b"
     r"(?!\s+(?:back|through|to\s+(?:church|work|school|the)))|"
     # "Allah should take me", "I have lived enough"
     r"\b(?:god|allah|the\s+lord|jesus)\s+(?:should|could|can|would|will|must)\s+(?:just\s+)?take\s+me\b(?!\s+(?:back|through|to|"
     r"home\s+from))|\bi(?:'ve|\s+have)\s+lived\s+(?:long\s+)?enough\b(?!\s+(?:here|there|in|abroad|with|alone|to\s+know))"),
    (SI, "wish_dead", True, r"\bwould(?:n'?t|\s+not)\s+be\s+(?:so\s+|that\s+|too\s+)?bad\s+if\s+(?:i|god|the|something)\b"
     r"[^.?!]{0,40}\b(?:died|dead|took\s+me|gone|wake\s+up|my\s+sleep)"),
    (SI, "wish_dead", True, r"\bif\s+i\s+got\s+hit\s+by\s+a\s+(?:bus|car|truck)\b[^.?!]{0,30}\brelie\w*"),
    (SI, "wish_dead", True, r"\b(?:hope|hoping|wish\w*)\s+(?:that\s+)?(?:the\s+plane|my\s+plane|the\s+car)\s+crash\w*"),
    (SI, "wish_dead", True, r"\b(?:die|died)\s+in\s+an\s+accident\b"),
    (SI, "wish_dead", False, r"\b(?:not|never)\s+(?:be|being)\s+(?:here|alive)\b|\bnot\s+(?:to\s+)?wake\s+up\b|\bnot\s+exist\b"),
    # death hoped for or preferred, in the words of the question or the answer: "Are you hoping to die?", "I'd sooner
    # be dead than do ten more years of this", "I just wish I could stop existing", "I want to disappear for good"
    (SI, "wish_dead", True, r"\b(?:hop\w*|long\w*|pray\w*)\s+to\s+die\b|\bsooner\s+(?:be\s+dead|die)\b" + _REFUSAL + r"|"
     r"\bwish\w*\s+(?:that\s+)?i\s+could\s+(?:just\s+)?(?:stop\s+existing|cease\s+to\s+exist|not\s+exist)\b|"
     r"\b(?:want|wanted|wanting|wants)\s+to\s+disappear\s+for\s+good\b"),
    # "the good Lord could take me any time now and I'd say thank you very much"
    (SI, "wish_dead", True, r"\b(?:take|took|call|called)\s+me\b[^.?!]{0,40}\bi\s*(?:'?d|\s+would)\s+(?:say\s+thank\s+you|be\s+(?:grateful|glad|"
     r"relieved|thankful|happy))\b|"
     # "if god take me in the sleep i say thank you"
     r"\bif\s+[^.?!,]{0,30}?\b(?:take|takes|took|call|calls|called)\s+me\b[^.?!]{0,40}\bi(?:'ll|\s+will)?\s+say\s+thank\s+you\b"),
    # the protective question ("Do you care if you crash?"), whose "not really" is the disclosure (see _PROTECTIVE_Q)
    (SI, "wish_dead", True, _PROTECTIVE + r"\s+(?:live|die|crash\w*|wake\s+up|make\s+it|survive|(?:get|got)\s+(?:hurt|killed))\b"),
    # the dose worked out for oneself: "I've caught myself working out the dose for my weight"
    (SI, "method", True, r"\b(?:work\w*\s+out|calculat\w*|figur\w*\s+out|look\w*\s+up|googl\w*)\s+(?:the\s+|a\s+)?(?:lethal\s+|fatal\s+)?"
     r"(?:dose|amount|how\s+many\s+(?:pills|tablets))\b[^.?!]{0,30}\b(?:for\s+my\s+(?:weight|size)|(?:it\s+)?would\s+take|to\s+(?:kill|do\s+it|"
     r"end))|\b(?:lethal|fatal)\s+dose\s+(?:for\s+me|of\s+my)\b"),
    # a method said the way soldiers and police say it: "I think about eating a bullet"
    (SI, "method", True, r"\beat(?:ing|s)?\s+(?:a\s+|my\s+)?(?:bullet|gun|pistol|revolver)\b"),
    # an overdose imagined to its end: "I was thinking, if I drink all of them, all four, the pain finish, everything finish"
    (SI, "method", True, r"\bif\s+i\s+(?:just\s+)?(?:drink|drank|take|took|swallow\w*|down\w*|ate|eat)\s+(?:them\s+)?(?:all|the\s+(?:lot|whole)|"
     r"everything|every\s+(?:one|bottle|pill|tablet))\b[^.?!]{0,60}?\b(?:everything|it\s+all|all\s+of\s+it|the\s+pain|it|that)\s+(?:(?:would|will|"
     r"'?d|'?ll|is|be)\s+)?(?:finish\w*|over|end\w*|stop\w*|done)\b"),
    # arranging an assisted death: "I've been in touch with the clinic in Switzerland. The forms are filled in."
    # (not an animal's at the vet's: "the ketamine, the euthanasia solution, they are in the safe", "after the euthanasia days")
    (SI, "preparatory_behavior", True, r"\b(?:assisted\s+(?:dying|suicide|death)|dignitas|euthanasia(?!\s+(?:solution|drugs?|days?|"
     r"appointments?|room|list|booked|fluid|injections?))|(?:the|a)\s+clinic\s+in\s+switzerland)\b(?!\s+(?:of|for)\s+(?:the\s+|a\s+|my\s+|"
     r"her\s+|his\s+)?(?:cats?|dogs?|pets?|animals?|horses?|patients?))"),
    # "saving the last one for myself"
    (SI, "method", True, r"\bsav(?:e|ing)\s+the\s+last\s+(?:one|bullet|round|shell)\s+for\s+(?:my|him|her)self\b"),
    # suicidal ideation: method
    (SI, "method", True, r"\boverdos\w*"),
    # (never what the tide or a job takes: "taking all the sand from under your feet", "took all my energy")
    (SI, "method", True, r"\b(?:take|taking|took|swallow\w*)\s+(?:them\s+all|all\s+(?:of\s+)?(?:my|the|them|those|his|her)\b"
     r"(?!\s+(?:\w+\s+)?(?:sand|blame|credit|time|energy|money|space|air|attention|responsibility|weight|heat|strain|load|"
     r"pressure|light|fun|joy|oxygen|good|ground|life|focus|patience|strength|room|work|jobs?|shifts?|calls?|kids|children)\b)|"
     r"a\s+(?:bunch|handful|bottle)\s+of\b|the\s+whole\s+bottle|a\s+bottle\b)"),
    # (not the count a box holds or a daily dose: "The box says one hundred, but that is how many tablets inside")
    (SI, "method", True, r"\bhow\s+many\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:pills|tablets)\b"
     r"(?!\s+(?:inside|in\s+(?:the|a|each|one|every)\s+(?:box|pack|packet|strip|bottle|blister|sheet)|(?:are|come)\s+in\s+(?:the|a|each|one|"
     r"every)\b|per\s+(?:box|pack|packet|strip|bottle|day)|(?:a|each|every)\s+day)\b)|"
     r"\b(?:pills|tablets)\b[^.?!]{0,60}\bhow\s+many\s+there\s+are\b"),
    (SI, "method", True, r"\blethal\b"),
    (SI, "active_thoughts", True, r"\b(?:i|he|she|they)\s+(?:have\s+|had\s+|once\s+)?attempted\b"),
    (SI, "method", True, r"\bwhat\s+if\s+i\s+(?:just\s+)?jump(?:ed)?\b"),
    # not a startle: "I jump from the chair", "jumped off the sofa"
    (SI, "method", True, r"\bjump\w*\s+in\s+front\s+of\b|\bjump\w*\s+(?:off|from)\b(?!\s+(?:the\s+|my\s+|a\s+|his\s+|her\s+)?"
     r"(?:chair|seat|sofa|couch|bed|settee|stool|bench|skin|stage|desk|table)s?\b)|\b(?:think\w*|thought)\s+(?:about|of)\s+jumping\b|"
     r"\bwant\w*\s+to\s+jump\b(?!\s+(?:in|into|on|at|rope|up))"),
    (SI, "method", True, r"\b(?:step\w*|walk\w*|throw\w*|threw)\s+(?:(?:my|him|her)self\s+)?(?:in\s+front\s+of|off)\s+(?:a|the)\s+"
     r"(?:train|bus|truck|car|bridge|building|roof)\b"),
    (SI, "method", True, r"\b(?:hang|hanging|hanged|hung|shoot|shooting|shot|drown\w*|poison\w*)\s+(?:" + _SELF + r")\b"),
    (SI, "method", True, r"\b(?:drive|driving|drove|swerv\w*|crash\w*|steer\w*|drift\w*|veer\w*)\s+(?:my\s+car\s+|the\s+car\s+)?(?:off|into)\s+"
     r"(?:the\s+|a\s+|an\s+)?(?:road|tree|wall|bridge|river|cliff|pole|barrier|oncoming|overpass|underpass|pillar|median|semi|"
     r"guardrail|guard\s+rail|lake|ocean|quarry|ravine|truck|abutment|embankment|oncoming\s+(?:lane|traffic))\b"),
    # "saving the last one for myself", "counting how many of my insulin pens it would take",
    # "at night I stand at the window, ninth floor, and I think, just one step"
    (SI, "method", True, r"\b(?:save|saving|saved|keep|keeping)\s+(?:the\s+)?last\s+(?:one|bullet|round|shell)\s+for\s+myself\b|"
     r"\bhow\s+many\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:pills|tablets|pens|syringes|bottles|doses|capsules|patches)\s+"
     r"it\s+would\s+take\b|"
     r"\b(?:window|ledge|edge|roof|balcony|bridge|platform|railing)\b[^?!]{0,60}\bjust\s+one\s+step\b"),
    # "he'd put the shotgun in his mouth", "drink Sniper" (a Nigerian pesticide), "swallow the weedkiller"
    (SI, "method", True, r"\b(?:put\w*|stick\w*|stuck)\s+(?:the|a|my|his|her|that)\s+(?:shot)?gun\s+in\s+(?:my|his|her)\s+mouth\b|"
     r"\b(?:drink|drinking|swallow|swallowing|take|taking)\s+(?:the\s+|some\s+|a\s+bottle\s+of\s+)?(?:sniper|paraquat|gramoxone|"
     r"weed\s*killer|pesticide|insecticide|rat\s+poison|dichlorvos|antifreeze|bleach)\b"),
    # "I did stand on the chair with the belt": a ligature and something to stand on
    (SI, "method", True, r"\b(?:st[ao]{1,2}d|stand\w*|got\s+up)\s+on\s+(?:the|a)\s+(?:chair|stool|ladder)\s+with\s+(?:the|a|my)\s+"
     r"(?:belt|rope|cord|scarf|cable|sheet)\b"),
    # "had the belt round my neck", "the cord around my neck"
    (SI, "method", True, r"\b(?:belt|rope|cord|noose|scarf|tie|cable|sheet)\s+(?:round|around)\s+my\s+neck\b|\bnoose\b"),
    # "turning the gas on and not lighting it"
    (SI, "method", True, r"\b(?:gas|oven|stove)\b[^?!]{0,40}\bnot\s+light\w*\b"),
    # "if I had a gun I don't know what I'd do"
    (SI, "method", True, r"\bif\s+i\s+had\s+(?:a\s+gun|a\s+weapon|the\s+pills|enough\s+pills|access\s+to\s+(?:a\s+gun|pills))\b"
     r"[^?!]{0,30}\b(?:(?:don'?t|do\s+not)\s+know\s+what\s+i'?d\s+do|i\s+(?:might|would|'d)\s+(?:use|do|take))"),
    (SI, "method", True, r"\bslit\w*\s+(?:my|his|her)\s+wrists?\b|\bcarbon\s+monoxide\b|"
     # an engine left running is a method only somewhere closed ("sat at the exit with the engine running" is not)
     r"\bgarage\b[^.?!]{0,40}\b(?:car|engine|motor)\s+(?:running|on)\b|\b(?:car|engine|motor)\s+running\b[^.?!]{0,30}\bgarage\b|"
     # the car named a clause or two before: "my mom's car is in the garage ... leaving it running with the door down"
     r"\b(?:garage|car|engine)\b[^.?!]{0,160}\b(?:leav\w*|left|keep\w*|kept)\s+(?:it|the\s+(?:car|engine|motor))\s+(?:running|on)\b"
     r"[^.?!]{0,40}\b(?:door|garage)\s+(?:down|shut|closed)\b"),
    # "picturing my car going off the bridge", "me going over the railing"
    (SI, "method", True, r"\b(?:my\s+car|the\s+car|myself|me)\s+(?:going|go|goes|flying|sailing)\s+(?:off|over|into)\s+"
     r"(?:the\s+|a\s+)?(?:bridge|road|cliff|overpass|edge|railing|guardrail|side)\b"),
    (SI, "method", True, r"\b(?:use|using)\s+(?:it|the\s+gun|a\s+gun|them)\s+on\s+(?:my|your)self\b"),
    (SI, "method", False, _DETAIL + r"\brope\b|\bgun\b"),
    # suicidal ideation: plan, intent, preparation
    (SI, "plan", True, r"\b(?:have|has|had|got|made|make)\s+(?:a|the)\s+plan(?=\s*(?:[.?!,]|$|and\s+everything|for\s+how|to\s+"
     r"(?:do\s+it|kill|end)|like\s+i\s+know))"),
    (SI, "plan", True, r"\bknow\s+(?:when\s+and\s+how|how\s+and\s+when)\b|\bhow\s+i'?d\s+do\s+it\b"),
    # (not the plan God has: "i just say mister hollis god has a plan for you")
    # (nor a plan the clinician proposes for something else: "Let's make a plan for the anger, together.")
    (SI, "plan", False, r"(?<!god\shas\s)(?<!god\shave\s)(?<!lord\shas\s)(?<!allah\shas\s)(?<!let's\smake\s)(?<!let\sus\smake\s)"
     r"\b(?:a|the|any)\s+plan\b(?!\s+for\s+(?:the\s+|your\s+|this\s+|that\s+|those\s+|these\s+|our\s+)?(?:anger|angry|rage|week|weekend|"
     r"work|shift|mornings?|evenings?|nights?|panic|worry|worries|cravings?|urges\s+to\s+(?:drink|use|smoke)|drinking|money|visit|"
     r"holidays?|christmas|meeting|call|conversation|talk|kids|children|school|exam|sleep)\b)|"
     r"\b(?:worked|figured)\s+out\s+(?:how|when|where)\b"),
    (SI, "plan", False, _FLAG + r"\bpicked\s+a\s+(?:date|day)\b"),
    (SI, "intent", False, _FLAG + r"\bact\s+on\s+(?:it|them|these|those|the\s+thoughts?)\b|\bgo(?:ing)?\s+through\s+with\s+it\b|"
     r"\bgoing\s+to\s+do\s+it\b|\b(?:do|does)" + _NT + r"\s+trust\s+myself\b|\bi\s+was\s+going\s+to\s+do\s+it\b"),
    (SI, "preparatory_behavior", True, r"\b(?:goodbye|suicide|farewell)\s+(?:letters?|notes?|list|messages?|texts?|videos?|emails?)\b"),
    # C-SSRS preparatory acts: collecting pills ("I've been saving the paracetamol from the corner shop"), letters
    # written in case ("Wrote some letters, just in case"), rehearsal with a gun ("I sit with it a while after",
    # "loading it before I put it up")
    # (asr: "saving up the hills the tablets in the drawer")
    (SI, "preparatory_behavior", True, r"\b(?:sav(?:e|es|ed|ing)|stockpil\w*|hoard\w*|stash\w*|squirrel\w*)\s+(?:up\s+)?(?:all\s+)?"
     r"(?:the\s+|my\s+|your\s+|some\s+|a\s+few\s+|extra\s+|\w+'s\s+)?(?:(?!for\b|to\b|on\b|money\b|cash\b|pennies\b)\w+\s+){0,3}?(?:pills|tablets|paracetamol|painkillers|meds|medication|"
     r"medicines|sleeping\s+pills|sleepers|insulin|morphine|co-?codamol|codeine)\b"),
    (SI, "preparatory_behavior", True, r"\b(?:wrote|written|writing|write)\s+(?:\w+\s+){0,3}(?:letters?|notes?)\b[^.?!]{0,25}\bjust\s+in\s+case\b|"
     r"\bin\s+case\s+i'?m\s+not\s+(?:around|here)\b"),
    (SI, "preparatory_behavior", True, r"\b(?:gun|pistol|rifle|shotgun|revolver|handgun|service\s+weapon|firearm)\b[^?!]{0,160}?"
     r"\b(?:load(?:ing|ed)?\s+it\b|sit(?:ting)?\s+with\s+it\b|(?:hold|holding|held)\s+it\s+(?:a\s+while|for\s+a\s+(?:while|bit)|"
     r"in\s+my\s+(?:lap|hand|mouth)|to\s+my\s+head))"),
    (SI, "method", True, r"\bwhat\s+(?:would\s+)?happen\w*\s+if\s+(?:a\s+person|someone|somebody|i|you)\s+(?:took|takes|swallowed)\s+"
     r"(?:all|the\s+whole|a\s+whole|loads)\b"),
    # standing at the edge of a drop, said plainly: pointed at, not endorsed
    (SI, "active_thoughts", False, _FLAG + r"\b(?:roof|bridge|cliff|pit|ledge|balcony|car\s+park|multi-?storey|quarry|overpass)\b"
     r"[^?!]{0,60}?\bat\s+the\s+edge\b|\bat\s+the\s+edge\s+of\s+the\s+(?:roof|bridge|cliff|pit|platform|balcony|quarry|car\s+park|"
     r"building)\b"),
    (SI, "preparatory_behavior", False, _FLAG + r"\bwho\s+(?:gets|would\s+get|should\s+get)\s+my\s+(?:stuff|things|cat|dog|money)\b"),
    (SI, "preparatory_behavior+method", True, r"\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*|stash\w*|keeping|kept|"
     r"putting\s+aside|put\s+aside|setting\s+aside|set\s+aside)\s+(?:up\s+)?(?:all\s+)?(?:my\s+|his\s+|her\s+|the\s+)?"
     r"(?:old\s+|extra\s+|leftover\s+)?(?:sleeping\s+|sleep\s+|pain\s+|anxiety\s+)?(?:pills|meds|medications?|tablets)\b"
     r"(?!\s+(?:in\s+the\s+(?:car|bathroom|kitchen)\s+for|organi[sz]ed|on\s+schedule))"),
    (SI, "preparatory_behavior", True, r"\blooked\s+up\s+how\b"),
    # a drop researched: "I looked up the bridge, how high it is and if people survive it"
    (SI, "preparatory_behavior+method", True, r"\b(?:look\w*\s+up|googl\w*|search\w*|check\w*|read\w*\s+up\s+on)\b[^.?!]{0,60}?"
     r"\bhow\s+(?:high|tall|far\s+down|deep|far\s+the\s+drop)\b[^.?!]{0,60}?\b(?:survives?|survived|the\s+fall|(?:would|to)\s+die)\b"),
    # pills taken for death: "are you thinking about taking them, to die?"
    (SI, "method", True, r"\b(?:take|taking|took|swallow\w*|drink\w*)\s+(?:them|it|those|these|all\s+(?:of\s+)?(?:them|the\w*))\W{0,3}\s*"
     r"(?:so\s+as\s+|in\s+order\s+)?to\s+die\b"),
    # "I googled how many of my meds it would take", "searched what dose"
    (SI, "preparatory_behavior+method", True, r"\b(?:googl\w*|search\w*|look\w*\s+up|read\s+up\s+on|research\w*)\s+"
     r"(?:how\s+(?:many|much)|what\s+(?:dose|amount)|doses\b|the\s+lethal)"),
    # "a stash of my sleeping tablets ... a way out", "a tin of the old ones", "enough of the oxy saved to do it"
    (SI, "preparatory_behavior+method", True, r"\b(?:stash|stockpile|hoard|supply|tin|jar|bag|box)\s+of\s+(?:my\s+|his\s+|her\s+|"
     r"the\s+|old\s+)?(?:\w+\s+){0,2}(?:pills|tablets|meds|medications?|morphine|oxy\w*|opioids?|painkillers)\b|"
     r"\bsaved\b[^.?!]{0,30}\bto\s+do\s+it\b|\benough\s+(?:of\s+)?(?:the\s+)?\w+\s+saved\b|"
     r"\b(?:pills|tablets|meds|ones)\b[^.?!]{0,50}\b(?:in\s+case|for\s+when)\s+i\b"),
    # "for when I can't do it anymore", "in case I ever decide I've had enough", "a way out"
    (SI, "plan", True, r"\b(?:for|in\s+case)\s+(?:when\s+)?i\s+(?:ever\s+)?(?:can'?t|cannot)\s+(?:do\s+it|take\s+it|go\s+on|"
     r"cope|handle\s+it)\s+any\s?more\b|\bin\s+case\s+i\s+(?:ever\s+)?decide\s+(?:i'?ve|i\s+have)\s+had\s+enough\b|"
     r"\b(?:got|have|had)\s+a\s+date\s+in\s+my\s+head\b"),
    (SI, "plan", False, _FLAG + r"\ba\s+way\s+out\b"),
    # the means counted beside it: "Biscuit tin in the shed ... that's my way out. I've counted, there's plenty."
    (SI, "plan", True, r"\bmy\s+way\s+out\b(?!\s+of\b)[^?!]{0,60}\b(?:counted|plenty|enough|saved|kept|stashed)\b"),
    # held back from the prescription: "I've been keeping the oxy back. Forty of them, in a sock."
    (SI, "preparatory_behavior+method", True, r"\b(?:keeping|kept|holding|held|putting|put)\s+(?:the\s+|my\s+|some\s+of\s+(?:the|my)\s+)?"
     r"(?:oxy\w*|opioids?|painkillers|co-?codamol|codeine|morphine|diazepam|pills|tablets|meds)\s+(?:back|aside|by)\b"),
    # reading up on dying: "I've been reading how long it takes to go in the cold"
    (SI, "preparatory_behavior+method", True, r"\b(?:read\w*|googl\w*|search\w*|look\w*\s+up|research\w*|watch\w*\s+videos\s+on)\s+"
     r"(?:about\s+)?how\s+long\s+it\s+takes\s+(?:(?:for\s+(?:you|someone|a\s+person)\s+)?to\s+)?(?:die|go|drown|freeze|bleed\s+out|"
     r"pass|lose\s+consciousness|pass\s+out)\b"),
    # a gun held across the lap of an evening: "sitting in the shed with the .22 across my knees"
    (SI, "preparatory_behavior", True, r"(?:\b(?:gun|rifle|shotgun|pistol|revolver|twelve-bore|twelve\s+bore)|\.22)\s+(?:across|on|in)\s+"
     r"my\s+(?:knees|lap)\b"),
    # a death in one's sleep welcomed: "if I go tonight in my sleep, I will be happy only"; "No great loss if I go"
    (SI, "wish_dead", True, r"\b(?:go|die|went|died|pass)\s+(?:tonight\s+|today\s+)?in\s+my\s+sleep\b[^.?!]{0,40}\b(?:happy|glad|grateful|"
     r"thankful|relieved|at\s+peace|a\s+blessing)\b|\b(?:no|not\s+a|not\s+much\s+of\s+a)\s+(?:great\s+|big\s+)?loss\s+if\s+i\s+"
     r"(?:go|die|went|died|was\s+gone|were\s+gone)\b|"
     # "If I go tonight, is okay. No more lonely for me."
     r"\bif\s+i\s+(?:go|die|went|died)(?:\s+(?:tonight|tomorrow|in\s+(?:my|me|the)\s+sleep|soon))?\s*,?\s+(?:it'?s|is|it\s+is|that'?s|"
     r"that\s+is|would\s+be|it'?d\s+be|it\s+would\s+be)\s+(?:okay|ok|fine|alright|all\s+right|good)\b"
     r"(?=\s*[.!]\s*(?:no\s+more|i'?m\s+(?:ready|tired|done)|enough|my\s+time|god|i\s+am\s+(?:ready|tired))|\s*[.!]?\s*$)|"
     # "it'd be no bad thing to nod off up there in the cold"
     r"\b(?:no|not\s+a)\s+bad\s+thing\s+(?:to|if\s+i)\s+(?:just\s+)?(?:nod(?:ded)?\s+off|fell\s+asleep|fall\s+asleep|go\s+to\s+sleep|"
     r"slip(?:ped)?\s+away)\b[^.?!]{0,30}\b(?:in\s+the\s+(?:cold|snow)|and\s+not\s+wak\w*|for\s+good|forever|up\s+there|out\s+there)"),
    (SI, "wish_dead", True, r"\b(?:not\s+sure|don'?t\s+know\s+if|unsure\s+(?:if|whether))\s+i\s+(?:really\s+)?(?:want|wanna)\s+(?:to\s+)?"
     r"(?:be\s+(?:here|alive|around)|live|keep\s+(?:living|going)|go\s+on|exist)\b"),
    # "old pain pills in a coffee can, just in case things get too bad", "won't be needing them",
    # "cleaned the shotgun and set it by the bed"
    (SI, "preparatory_behavior+method", True, r"\b(?:pills|meds|tablets|medications?)\b[^?!]{0,60}\bin\s+case\s+(?:things|it|life)\s+"
     r"gets?\s+(?:too\s+)?(?:bad|hard|much)\b|\b(?:gun|shotgun|rifle|pistol|revolver)\b[^.?!]{0,40}\b(?:by|next\s+to|under|beside)\s+"
     r"(?:the|my)\s+bed\b"),
    (SI, "preparatory_behavior", True, r"\bwon'?t\s+be\s+needing\s+(?:them|it|those|these|anything|my\s+\w+)\b"),
    (SI, "preparatory_behavior", False, _FLAG + r"\b(?:giving|gave|give|given)\s+(?:\w+\s+){0,2}away\b|\bupdated\s+my\s+will\b|"
     r"\bwr(?:o|i)te?\w*\s+(?:a\s+)?(?:notes?|letters?)\s+to\s+(?:everyone|my|him|her)\b|\bsaid\s+goodbye\b"),
    # homicidal ideation
    (HI, "active_thoughts", True, r"\bhomicid\w*|\bviolent\s+(?:thoughts|urges|images|fantasies)\b|"
     r"\bthoughts?\s+of\s+(?:violence|harming\s+others|hurting\s+others)\b|\bviolence\s+(?:toward|towards|against)\b"),
    (HI, "active_thoughts", True, r"\b" + _NOT_PUSHED_CLEAR + _HARM_VERB + r"\s+" + _OBJ + r"\b"),
    (HI, "active_thoughts", True, r"\b(?:hurt\w*|harm\w*|kill\w*)\s+(?:" + _SELF + r"|\w+)\s*,?\s+or\s+"
     r"(?:anyone|anybody|someone|somebody|others|other\s+people)\b|"
     # "... or anyone else" after harm words, or asked on its own ("Or someone else?"); not "with Atour or someone else"
     r"\b(?:hurt\w*|harm\w*|kill\w*|danger\w*|violen\w*|safe\w*)\b[^.?!]{0,60}?\bor\s+(?:anyone|anybody|somebody|someone)\s+else\b|"
     r"(?:^|[.?!]\s+)(?:and\s+|or\s+)?(?:anyone|anybody|somebody|someone|or\s+(?:anyone|anybody|somebody|someone))\s+else\s*\?"),
    (HI, "active_thoughts", True, r"\bwant\w*\s+(?:him|her|them|my\s+\w+)\s+dead\b"),
    # harm wished on a person in the passive: "do you want him to be hurt" "a little yes ... just hurt like in the hospital"
    # (a "don't want them to get hurt" is negated)
    (HI, "active_thoughts", True, r"\bwant\w*\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+to\s+(?:be|get)\s+(?:badly\s+|really\s+|seriously\s+)?"
     r"(?:hurt|harmed|killed|injured|beaten(?:\s+up)?|beat\s+up)\b"),
    # harm wished on a person, asked in the passive: "do you have thoughts of him getting hurt?" (only when asked: a worried
    # partner's "I have thoughts of him getting hurt at work" is fear for him)
    (HI, "active_thoughts", True, r"\bthoughts?\s+(?:of|about)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+(?:getting|being)\s+"
     r"(?:badly\s+|really\s+|seriously\s+)?(?:hurt|harmed|killed|injured)\b(?=[^.?!]{0,40}\?)"),
    # the person first: "and anybody you're having thoughts of hurting", "anyone you'd want to harm"
    (HI, "active_thoughts", True, r"\b(?:any(?:one|body)|someone|somebody)\s+(?:else\s+)?(?:(?:that|who)\s+)?(?:you'?re|you\s+are|"
     r"you'?ve|you\s+have|you'?d|you\s+would)\s+(?:been\s+)?(?:having\s+)?(?:thoughts?\s+(?:of|about)\s+|want(?:ing)?\s+to\s+|"
     r"thinking\s+(?:of|about)\s+)?(?:hurt|harm|kill)\w*\b"),
    # a named person ("thoughts of harming Lily?"): the name is matched case-sensitively
    # (never a day or a month: "I can drop Thursdays")
    (HI, "active_thoughts", True, r"\b" + _NOT_PUSHED_CLEAR + _HARM_VERB + r"\s+(?-i:(?!(?:I|I'm|I've|I'd)\b)"
     r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
     r"September|October|November|December)s?\b)[A-Z][a-z]+)\b"),
    # and in lower-case ASR text, the word after "thoughts of hurting" is a person ("any thoughts of actually hurting ravi")
    # (or pictures of it, said back: "strong pictures of hurting brett several times a week with part of you wanting it")
    (HI, "active_thoughts", True, r"\b(?:thoughts?|pictures?|images?|fantas(?:y|ies))\s+(?:of|about)\s+(?:actually\s+|really\s+)?"
     r"(?:hurting|harming|killing)\s+(?!(?:"
     r"your|my|our|his|her|their|him|them|it|that|this|the|a|an|time|feelings|yourself|myself|ourselves|himself|herself|"
     r"themselves|yourselves|or|and|in|at|with|anyone|anybody|someone|somebody|others?|people|everyone|one|ones|some|any|"
     r"all|each|every|no|none|something|anything|nothing|everything)\b)[^\W\d_]+\b"),  # (any letters: "hurting lía")
    # a blow pictured on the other person's body, said back: "images of hitting his actual head have been coming back"
    (HI, "active_thoughts", True, r"\b(?:thoughts?|pictures?|images?|fantas(?:y|ies))\s+(?:of|about)\s+(?:actually\s+|really\s+)?"
     r"(?:hitting|beating|punching|stabbing|strangling|choking|smashing|kicking|shooting)\s+(?:his|her|their)\s+(?:\w+\s+)?"
     r"(?:head|face|skull|throat|neck|body|chest)\b"),
    # "put him in the ground", "my hands on his throat", "running my ex off the road", "shoot up the warehouse"
    # (a burial is not: "We put him in the ground last spring")
    (HI, "active_thoughts", True, r"(?<!we\s)(?<!they\s)\bput(?:ting|tin'?)?\s+(?:him|her|them)\s+in\s+the\s+ground\b"
     + _NOT_A_BURIAL + r"|"
     # "If I saw him at the stop again I'd put him through the windscreen" ("I'd put him through the wall" is an angry
    # figure of speech)
     r"\bput(?:ting|s)?\s+(?:him|her|them|(?:his|her|their)\s+head)\s+(?:straight\s+)?through\s+(?:the|a|that|his|her|their)\s+(?:own\s+)?(?:front\s+|"
     r"back\s+|kitchen\s+|car\s+)?(?:windscreen|windshield|window|glass)\b|"
     # "I sit in the car park after handover and think about running him down" (not "nearly ran him over")
     r"(?<!nearly\s)(?<!almost\s)\b(?:run|running|ran|mow|mowing)\s+(?:him|her|them)\s+(?:down|over)\b(?!\s+(?:to|the|a)\b)|"
     # "she'll put the scaling knife in him", "put a bullet in him" (not "put the knife in the drawer")
     r"\bput(?:s|ting)?\s+(?:a|the|my|one|his|her)\s+(?:\w+\s+){0,2}?(?:knife|blade|screwdriver|bullet|chisel|machete|axe)\s+"
     r"(?:in|into|through)\s+(?:him|her|them)\b|"
     # "Back the coach over him, real slow"
     r"(?<!nearly\s)(?<!almost\s)\b(?:back|backing|reverse|reversing|drive|driving)\s+(?:the|my|a)\s+(?:\w+\s+)?(?:coach|bus|truck|"
     r"lorry|van|car|tractor|ute|forklift|digger|cab|taxi)\s+(?:right\s+)?over\s+(?:him|her|them)\b|"
     # "catching him out the back of the woolshed and giving him a hiding like proper"
     r"\bgiv(?:e|es|ing|en)\s+(?:him|her|them)\s+a\s+(?:(?:proper|good|real|right|serious)\s+)?(?:hiding|beating|kicking|pasting|"
     r"thrashing|belting|battering)\b|"
     # "mi waan fi bruk him neck", "imagining how I will finish him"
     r"\b(?:break|bruk|brok|snap)\s+(?:him|his|her|their)\s+neck\b|\bhow\s+(?:(?:i|me)(?:'?ll|'?d|\s+will|\s+would|\s+woulda)?|to)\s+finish\s+"
     r"(?:him|her|them)(?:\s+off)?\b(?![^.?!]{0,20}\b(?:work|job|homework|essay|project|meal|race|game))|\bhands?\s+(?:on|around)\s+(?:his|her|their)\s+"
     r"(?:throat|neck)\b|\brun(?:ning)?\s+(?:my|his|her|the|that)\s+\w+\s+off\s+the\s+road\b|"
     r"\bshoot\s+up\s+(?:the|a|his|her|my|that)\s+\w+"),
    # a person named by title: "do you have any wish or intention to hurt mrs danforth or anyone"
    (HI, "active_thoughts", True, r"\b(?:hurt|hurting|harm|harming|kill|killing|attack\w*)\s+(?:mr|mrs|ms|miss|dr|doctor)\.?\s+[a-z][\w'-]+"),
    # the question put plainly: "Have you thought about actually doing something to him, or made any plans?"
    (HI, "active_thoughts", True, r"\b(?:actually\s+|really\s+)?(?:do|doing|did)\s+(?:something|anything)\s+to\s+(?:him|her|them)\b"
     r"(?!\s+(?:to|for)\b)"),
    # a load dropped on someone: "how easy it'd be to drop a big limb right through it" (his roof) ... "Onto him."
    (HI, "method", True, r"\b(?:drop|dropping|dropped|let\s+go\s+of)\s+(?:a|the|this|that)\s+(?:\w+\s+){0,2}?(?:right\s+)?(?:through|on|onto)\s+"
     r"(?:his|her|their)\s+(?:roof|head|car|cab|house|van|truck)\b|\b(?:drop|dropping|dropped)\s+(?:a|the|this|that)\s+(?:\w+\s+){0,2}?"
     r"(?:right\s+)?(?:on|onto)\s+(?:him|her|them)\b|\b(?:his|her|their)\s+(?:roof|car|cab|house|van)\b[^.?!]{0,60}?\b(?:drop|dropping|dropped)\s+"
     r"(?:a|the|this|that)\s+(?:\w+\s+){0,2}?(?:right\s+)?through\s+it\b|"
     # ... or a load held on a strap let go onto them: "In the film I let the strap go, and the piano goes down on him."
     r"\bi\s+(?:let|lets|letting)\s+(?:the|my)\s+(?:strap|rope|line|chain|sling|load|handle|cable)\s+go\b[^.?!]{0,60}?\b(?:down\s+)?"
     r"(?:on|onto)\s+(?:him|her|them)\b"),
    # poison in a drink: "thought about putting something in his coffee", asr "putting person in his tea"
    (HI, "method", True, r"\bput(?:ting|tin'?)?\s+(?:something|somethin'?|poison|person|stuff|bleach|antifreeze|rat\s+poison|"
     r"weedkiller|weed\s+killer|slug\s+pellets|pills|tablets)\s+in\s+(?:his|her|their)\s+(?:tea|coffee|drink|pint|food|dinner|"
     r"flask|cup|mug|water|lunch|soup|bottle)\b"),
    # petrol and the window of someone's bedroom: "There's a can of petrol in my boot, and I know which window's his bedroom."
    (HI, "method+preparatory_behavior", True, r"\b(?:petrol|gasoline|gas\s+can|jerry\s*can|lighter\s+fluid|accelerant|paraffin)\b"
     r"[^?]{0,80}\b(?:which\s+window'?s?\s+(?:is\s+)?(?:his|her|their)|(?:his|her|their)\s+(?:bedroom|letterbox|front\s+door))\b"),
    # "setting his office on fire with him in it"
    (HI, "method", True, r"\b(?:set|setting|sets|light|lighting|burn|burning|torch\w*)\b[^.?!]{0,40}\bwith\s+(?:him|her|them)\s+"
     r"(?:still\s+)?in(?:side)?(?:\s+it)?\b"),
    # "I want her to stop breathing so the house is quiet"; "If they put Dyer back on my landing I'll do him."
    (HI, "active_thoughts", True, r"\b(?:want|wanted|wish|wished|need)\s+(?:him|her|them|the\s+baby|it)\s+to\s+stop\s+breathing\b|"
     r"\b(?:i'?ll|i\s+will|i'?m\s+gonna|i'?m\s+going\s+to|gonna)\s+do\s+(?:him|her|them)(?:\s+in)?\s*(?:[.!,;]|$)"),
    # "next time he's on my ground I'll put the twelve-bore on him"
    (HI, "method", True, r"\bput\s+(?:the|my|a)\s+(?:gun|shotgun|rifle|twelve-bore|twelve\s+bore|twelve\s+gauge|pistol|\.22|"
     r"shooter)\s+on\s+(?:him|her|them)\b"),
    # "Make him hurt the way he's made my family hurt", "I make him feel what he did to Kayla", "I think about what
    # I'd do to him" (not "what I'd do to help him")
    (HI, "active_thoughts", True, r"\bmake\s+(?:him|her|them)\s+(?:hurt|suffer|bleed|feel\s+what\s+(?:he|she|they)\s+did)\b|"
     r"\b(?:think\w*|thought|picture\w*|imagin\w*|dream\w*|fantasi[sz]\w*)\s+(?:\w+\s+){0,2}?about\s+what\s+i(?:'?d|\s+would|'?ll|"
     r"\s+will|'?m\s+going\s+to|'?m\s+gonna)\s+do\s+to\s+(?:him|her|them)\b(?!\s+(?:to\s+)?(?:help|make\s+it\s+up|thank))"),
    # "What were you going to do if he came out?" "Cave his head in."
    (HI, "method", True, r"\b(?:cave|caving|caved|kick|kicking|smash|smashing|bash|bashing)\s+(?:his|her|their|\w+'s)\s+"
     r"(?:head|skull|face|teeth)\s+in\b"),
    # "he's going to shoot up the warehouse that fired him"
    # a weapon kept for someone: "I have a knife in my locker at work now. I think to use it on him."
    (HI, "method", True, r"\b(?:knife|knives|gun|blade|bat|hammer|machete|rifle|pistol|shotgun|crowbar)\b[^?]{0,80}?\b(?:use|using|used)\s+"
     r"(?:it|them|that)\s+on\s+(?:him|her|them|(?:the|that|my|his|her)\s+" + _PERSON + r")\b"),
    (HI, "method", True, r"\bshoot\s+up\s+(?:the|a|that|this|my|his|her|their)\s+(?:\w+\s+)?(?:school|warehouse|office|workplace|"
     r"building|plant|store|church|party|place|class)\b"),
    # "I picture I drive the tanker through his office window"
    (HI, "method", True, r"\b(?:driv\w*|ram\w*|plow\w*)\s+(?:my\s+\w+\s+|the\s+\w+\s+)?(?:through|into)\s+(?:his|her|their)\s+"
     r"(?:front\s+|office\s+|shop\s+|kitchen\s+|bedroom\s+|back\s+)?(?:porch|house|door|car|truck|window|fence|office|shop|gate)\b"),
    (HI, "method", True, r"\brun(?:ning|s)?\s+" + _OBJ + r"\s+over\b|\bran\s+" + _OBJ + r"\s+over\b"),
    # "I would just press the accelerator small and finish him"
    (HI, "method", True, r"\b(?:press\w*|step\w*\s+on|floor\w*|hit\w*|put\s+my\s+foot\s+on)\s+(?:the\s+)?(?:accelerator|gas|pedal)\b"
     r"[^.?!]{0,40}?\b(?:finish\w*|hit\w*|get|kill\w*|run\w*|flatten\w*|mow\w*)\s+(?:him|her|them)\b|"
     # (the client the one finishing: "wish the stroke did finish him off" is the stroke's)
     r"\bi\s*(?:'d\s+|would\s+|could\s+|will\s+|wanna\s+|want(?:ed)?\s+to\s+)?(?:just\s+)?finish(?:ed)?\s+(?:him|her)\s+off\b"),
    (HI, "method", True, r"\b(?:throw\w*|threw)\s+(?:the\s+|a\s+)?\w+\s+at\s+" + _OBJ + r"|\b(?:swerv\w*|driv\w*)\s+into\s+(?:the\s+)?"
     r"(?:cyclists|pedestrians|people|crowd)\b"),
    # self-harm
    (SH, "active_thoughts", True, r"\bself[- ]?(?:harm\w*|injur\w*|mutilat\w*)"),
    # harm let happen on purpose, reflected: "So you've been letting the cats hurt you on purpose, because the pain quiets
    # your head."
    (SH, "active_thoughts", True, r"\b(?:let|lets|letting|allow\w*)\s+(?:\w+\s+){0,3}?(?:hurt|bite|scratch|burn|cut|sting)\s+"
     r"(?:you|me|your\s+\w+|my\s+\w+)\s+on\s+purpose\b"),
    # "bringing the mallet down on my own hand"
    (SH, "method", True, r"\b(?:bring\w*|brought|slam\w*|smash\w*|bash\w*)\s+(?:the|a|my)\s+(?:mallet|hammer|door|lid|drawer|\w+)\s+"
     r"down\s+on\s+my\s+(?:own\s+)?(?:hand|hands|fingers?|arm|wrist|foot|knee)\b"),
    (SH, "active_thoughts", True, r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hit|hitting|hits|scratch\w*|bang\w*|bit|bite|"
     r"biting|punch\w*|hurt|hurting|hurts|harm|harming|punish\w*|injur\w*|starv\w*|slic\w*)\s+(?:" + _SELF + r")\b"
     # a burn or cut got on a thing at work: "I've burnt myself on the salamander about fifty times" (on purpose is below)
     r"(?!" + _ON_A_THING + r"(?![^.?!]{0,40}\bon\s+purpose\b))"),
    # (not a job's tasks: "Loading, cutting, sweeping up")
    # (nor a call breaking up: "Can you hear me? The line is cutting.")
    # (the subject is the connection, never a person: "you're cutting" and "she keeps cutting" stay read)
    (SH, "active_thoughts", True, r"(?<!line\sis\s)(?<!line's\s)(?<!signal\sis\s)(?<!call\sis\s)(?<!sound\sis\s)(?<!video\sis\s)"
     r"(?<!audio\sis\s)(?<!connection\sis\s)"
     r"\bcutting\b(?!\s+(?:back|down|out|off|class|school|corners|ties|it|in\s+line|the\s+"
     r"(?:grass|lawn|cake|cord)|hair|my\s+hair|vegetables|onions|"
     # the work of the hands: "cutting wood with my uncle", "cutting hay", "cutting keys"
     r"(?:the\s+)?" + _CUT_WORK + r"\b))"
     r"(?!,\s+(?!burn|scratch|hitt|bang|punch|pick|bit|harm|hurt|starv|slic|carv)\w+ing\b)"),
    (SH, "active_thoughts", True, r"\b(?:i|she|he|you)\s+(?:(?:did|do|used\s+to)\s+)?(?:cut|burned|burnt)\b(?!(?:\s+(?:my|her|his)\s+\w+)?"
     + _ON_A_THING + r")(?!\s+(?:off|out|back|"
     # a tablet split: "Doctor give ten, I cut half, I take half"
     r"half|in\s+(?:half|two)|"
     # a working day's cutting: "tomorrow I cut for eight hours with the billhook" (a hedge layer)
     r"(?:for\s+(?:\w+[- ]){1,2}?(?:hours?|days?)|all\s+(?:day|morning|afternoon|week))(?![^.?!]*\b(?:arms?|legs?|wrists?|"
     r"skin|thighs?|stomach|myself|me|blood|bleed\w*|blades?|razors?|stop)\b)|"
     # someone else cutting the client: "i scared he cut me if i say no one more time" (not "I cut me arm")
     r"(?:me|us)(?!\s*(?:self|selves|arms?|legs?|wrists?|skin|thighs?|hands?|stomach)\b)|"
     r"down|the|it|a|an|some|dinner|toast|(?:my|her|his|their|your)\s+(?:hair|fringe|bangs|nails|hours|losses|finger|hand)|(?:him|her|them)\s+off|myself\s+(?:shaving|cooking)|"
     # pieces of a craft, one by one: "three hundred paper scales you cut each one and glue each one"
     r"(?:each|every)\s+(?:piece|scale|strip|sheet|shape)|(?:each|every)\s+one\s+(?:and|then)\s+(?:glue|paste|fold|stick|sew|paint|"
     r"thread|stitch)|"
     r"class|school|ties|"
     # a thing of the client's burned, said or done: "a man's name is his house. He burned my house."
     r"(?:my|our|his|her|their|your)\s+(?:house|home|name|car|bridges?|shop|farm|fields?|papers?|letters?|photos?|clothes|"
     r"food|dinner|rice|toast|money)|"
     # the work of the hands: "i cut keys at the keymaster", "I cut hair at the salon"
     r"(?:the\s+|their\s+|people'?s\s+)?(?:hair|" + _CUT_WORK_WORDS + r")|"
     # a way of slicing shown: "I remember she cut like this, thin-thin"
     r"like\s+(?:this|that|so))\b)"),
    # ("the cutting back part" is drinking less)
    # (not a make-up artist's: "The cuts are latex. I glue them on.")
    (SH, "active_thoughts", True, r"\b(?:the|your|my|her|his)\s+(?:cutting(?!\s+(?:back|down|out|off)\b)|cuts(?!\s+(?:back|down)\b)|burns|self-harm)\b"
     r"(?!\s+(?:are|were|is|was)\s+(?:just\s+|only\s+|all\s+)?(?:latex|fake|make-?up|prosthetics?|silicone|props?|painted|stickers?|"
     r"glued|wax|gelatin|special\s+effects)\b)"),
    (SH, "active_thoughts", True, r"\burges?\s+to\s+(?:cut|burn|self[- ]?harm|hurt\s+(?:my|your)self)\b"),
    # the urge to scratch or hit oneself asked about ("Do you have any urge to scratch right now, zero to ten?"), not a plan
    # for when it comes ("for the moments when the urge to scratch shows up"), nor a picking urge (a habit, not harm)
    (SH, "active_thoughts", True, r"\burges?\s+to\s+(?:scratch|(?:hit|punch|bite)\s+(?:my|your)self)\b(?=[^.?!]*\?)"),
    # not the burn got at work: "I burnt my arm on the grill last week" (on purpose is below)
    # (a burning stomach is heartburn: "the na prosin i stop am, e di burn my stomach like pepper soup")
    (SH, "active_thoughts", True, r"\b(?:(?:cut|cutting|slic\w*|slash\w*|scratch\w*|carv\w*|bite|bit|biting|bites)\s+(?:into\s+|at\s+)?(?:my|your|her|his)\s+"
     r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?)|burn\w*\s+(?:into\s+|at\s+)?(?:my|your|her|his)\s+"
     r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|hips?))\b(?!" + _ON_A_THING + ")"),
    (SH, "active_thoughts", True, r"\b(?:bang\w*|hit\w*|slam\w*|smash\w*)\s+(?:the\s+(?:back|side|front)\s+of\s+)?"
     r"(?:my|her|his|your)\s+head\s+(?:on|against|into)\b|"
     # the verb said once for both: "I hit the door with my fist. Many times. And my head on the wall, also."
     r"\b(?:i|she|he)\s+(?:bang\w*|hit|hits|hitting|slam\w*|smash\w*|punch\w*)\b[^?!]{0,60}?\b(?:and|also|then)\s+"
     r"(?:my|her|his)\s+head\s+(?:on|against|into)\s+(?:the\s+)?(?:walls?|doors?|floor|lockers?|desk|table|mirror)\b"),
    # a hot thing pressed or held on the skin: "The car lighter. ... I press it on there.", "straighteners ... Sometimes I
    # hold them on a bit", "I held my palm over the ring till it blistered"
    (SH, "active_thoughts", True, r"\b(?:lighter|cigarettes?|fags?|straighteners|curling\s+(?:iron|tongs)|iron|hot\s+(?:spoon|knife|pan)|"
     r"kettle|hob|flame|candle|stove)\b[^?]{0,120}?\b(?:press|pressed|pressing|presses|hold|held|holding|holds)\s+"
     r"(?:it|them|that)\s+(?:on|against|to|into)\s+(?:there|my\s+(?:arms?|legs?|wrists?|hands?|skin|thighs?|stomach|forearms?|"
     r"chest|hips?)|me|the\s+(?:same\s+)?(?:spot|place))\b|"
     r"\b(?:held|hold|holding|kept|keep)\s+my\s+(?:palm|hand|arm|wrist|fingers?)\s+(?:over|on|in|against)\s+(?:the|a)\s+(?:\w+\s+)?"
     r"(?:ring|hob|flame|candle|stove|kettle|steam|iron|grill|burner|lighter)\b[^.?!]{0,30}\b(?:till|until|so\s+it)\s+(?:it\s+)?"
     r"(?:blister\w*|burn\w*|hurt|stung|marked|went\s+red)"),
    # "I bang my arm on the locker when I'm overwhelmed", "held my arm over the kettle. On purpose."
    (SH, "active_thoughts", True, r"\b(?:bang\w*|hit\w*|slam\w*|smash\w*|punch\w*)\s+my\s+(?:arms?|hands?|fists?|wrists?|legs?)\s+"
     r"(?:on|against|into)\b[^.?!]{0,40}\b(?:when(?:ever)?|if)\s+(?:i'?m|i\s+am|i\s+get|i\s+feel|it\s+gets)\b|"
     # ... and held to a hot thing on purpose, or for the relief it gives: "I put the arm on the steriliser, on the hot
     # metal side, for two seconds, three. Then the chest is quiet."
     r"\b(?:held|hold\w*|put|puts|press\w*|stuck)\s+(?:my|the)\s+(?:arms?|hands?|wrists?|fingers?|legs?|forearms?)\s+"
     r"(?:over|on|against|under|in|into)\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:kettle|stove|hob|flame|candle|lighter|iron|steam|"
     r"boiling\s+water|oven|heater|radiator|sterili[sz]er|grill|hotplate|hot\s+\w+)\b[^?!]{0,60}?\b(?:on\s+purpose|deliberately|"
     r"purposely|to\s+feel|for\s+(?:a\s+few|one|two|three|four|five|\d+)\s+seconds?|(?:the|my)\s+(?:chest|head|mind|body)\s+"
     r"(?:is|goes|gets|went|was)\s+(?:quiet|calm|still|silent))\b|"
     # ... or to a thing just said to be hot: "the motor ... it's hot like after four hours and i put my hand on it on
     # purpose just to feel something else"
     r"\b(?:hot|burning|boiling|scalding|red[- ]hot)\b[^?!]{0,60}?\b(?:held|hold\w*|put|puts|press\w*|stuck|laid|lay)\s+my\s+"
     r"(?:arms?|hands?|palms?|wrists?|fingers?|forearms?)\s+(?:on|against|to|onto)\s+(?:it|them|that)\b[^?!]{0,20}?\b(?:on\s+purpose|"
     r"deliberately|purposely|to\s+feel)\b|"
     # ... or into any harm, said to be on purpose: "I put the hand in the bucket with the caustic. Few seconds. On purpose."
     r"\b(?:held|hold\w*|put|puts|press\w*|stuck|stick\w*|dipp?\w*|shov\w*|push\w*|shut|slam\w*)\s+(?:my|the)\s+"
     r"(?:arms?|hands?|palms?|wrists?|fingers?|forearms?|legs?|feet|foot)\s+(?:in|into|under|on|against|through|over)\s+"
     r"[^?!]{0,60}?(?<!not\s)(?<!n't\s)\b(?:on\s+purpose|deliberately|purposely)\b"),
    (SH, "active_thoughts", True, r"\bscratch\w*\s+(?:\w+\s+)?(?:until|till|til|'?til)\s+(?:it|they)\s+bl[eo]\w*|\bpick\w*\s+(?:at\s+)?my\s+skin\s+until\b|"
     r"\bpull\w*\s+(?:my|her|his)\s+hair\s+out\b"),
    (SH, "active_thoughts", True, r"\b(?:scratches|cuts|burns|marks)\s+on\s+(?:my|her|his|your|their)\s+"
     r"(?:arms?|legs?|wrists?|thighs?|stomach)\b"),
    # "when we wipe i take it out on my arm", "I make small burn on the leg, here", "i take the bark knife and make small
    # cuts on the arm"
    (SH, "active_thoughts", True, r"\btak(?:e|es|ing|en)\s+it\s+out\s+on\s+my\s+(?:arms?|legs?|skin|body|wrists?|thighs?|hands?)\b|"
     r"\bi\s+(?:\w+\s+){0,6}?(?:make|made|do|did|give|gave)\s+(?:a\s+|some\s+)?(?:(?:small|little|tiny|few)\s+){0,2}(?:burns?|cuts?|lines|scratches)\s+(?:on|in|into)\s+(?:the|my)\s+"
     r"(?:legs?|arms?|forearms?|wrists?|thighs?|hands?|stomach|skin)\b"),
    # a thing struck on the client's own body for the relief: "I take the stock whip and I crack it on my legs. The pain, it
    # brings me back into here." (not a knock told as an accident: "I hit it on my knee by mistake")
    (SH, "active_thoughts", True, r"\bi\s+(?:\w+\s+){0,2}?(?:crack|whip|hit|beat|strike|struck|slap|smack|lash|flick|snap|hammer|"
     r"bash|thump|slam|flog)\w*\s+(?:it|them|the\s+\w+|myself)\s+(?:on|against|across|into|over)\s+my\s+(?:own\s+)?(?:legs?|arms?|"
     r"thighs?|calves|shins?|back|hands?|wrists?|knuckles|stomach|chest|skin|body)\b(?![^?]{0,60}\b(?:by\s+(?:mistake|accident)|"
     r"accident\w*)\b)(?=[^?]{0,100}\b(?:brings?\s+me\s+back|quiet|calm|numb|relief|to\s+feel|on\s+purpose)\b)"),
    # (not a face slapped awake at the wheel: "I open the window, I slap my face, I drink the energy drink")
    (SH, "active_thoughts", True, r"\b(?:hit|hitting|hits|punch\w*|slap\w*|bruis\w*|pinch\w*)\s+(?:my|her|his|your)\s+"
     r"(?:legs?|arms?|thighs?|face|head|stomach|wrists?)\b(?![^.?!]{0,80}\b(?:awake|energy\s+drinks?|coffee|wake\s+(?:myself\s+)?up|"
     r"window|radio|chew\w*\s+gum)\b)"),
    (SH, "active_thoughts", True, r"\bbit\w*\s+my\s+(?:arm|hand|wrist)\b|\buntil\s+(?:my|his|her)\s+knuckles\s+bl[eo]\w*"),
    # a hot implement held to the skin: "it's literally just the hair straighteners on my wrist"
    (SH, "active_thoughts", True, r"\b(?:(?:hair\s+)?straighteners?|curling\s+(?:iron|tongs)|(?:hot|heated)\s+(?:spoon|knife|key|coin|metal|iron)|"
     r"lighter|cigarettes?|lit\s+match)\s+(?:on|against|to)\s+(?:my|her|his|your)\s+(?:wrists?|arms?|forearms?|legs?|thighs?|skin|"
     r"stomach|hands?|hips?)\b"),
    (SH, "active_thoughts", False, r"\bpunch\w*\s+(?:the\s+)?walls?\b"),
    # "burned my hand on the hob on purpose", "punched the wall till my knuckles split. On purpose."
    # and "I've been picking at them on purpose", "keep my hand under it till it stings"
    # (not a thing made or played: "I cut the crown one degree off on purpose", a gem cutter's flaw)
    # (nor "a bit uncomfortable on purpose", an exposure set up in session)
    (SH, "active_thoughts", True, r"\b(?:burn\w*|cut|cutting|hit|hitting|punch\w*|scratch\w*|bang\w*|slam\w*|(?<!\ba\s)(?<!\blittle\s)bit|bite|biting|pick\w*|"
     r"smack\w*|pinch\w*)\b(?!\s+(?:the|a|an|this|that|one|each)\s+(?:\w+\s+)?(?:crown|facets?|stones?|gems?|garnets?|pavilion|girdle|"
     r"angles?|corners?|edges?|pieces?|boards?|cloth|fabric|hair|fringe|lines?|scenes?|wires?|cake|bread|meat|price|deal|budget|"
     r"ball|shots?|notes?|brakes?|lights?|toast|rice|CD|disc|keys?)\b)[^?!]{0,60}?\b(?:on\s+purpose|deliberately|"
     r"to\s+(?:hurt|punish)\s+(?:my|him|her)self)\b|"
     r"\bknuckles\s+(?:split|bled|bleed|were\s+bleeding)\b|\bmy\s+(?:hands?|arms?|wrists?|skin|legs?|thighs?|fingers?)\b[^.?!]{0,40}"
     r"\b(?:until|till|til)\s+(?:it|they)\s+(?:stings?|hurts?|bleeds?|burns?|blisters?)\b|"
     # rubbed raw: "i put it on my arms and i rub until it's red" (an abrasive paste)
     r"\bmy\s+(?:arms?|wrists?|skin|legs?|thighs?|hands?)\b[^.?!]{0,40}\b(?:rub\w*|scrub\w*|scrap\w*)\s+(?:\w+\s+)?(?:until|till|til)\s+"
     r"(?:it|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:red|raw|bleeding|sore|bleeds?|bled)\b"),
    # a flame or blade held to the body: "i've been putting the lighter to it at night ... i can see it go red"
    (SH, "active_thoughts", True, r"\b(?:put\w*|held|hold\w*|press\w*)\s+(?:the|a|my)\s+(?:lighter|match|flame|cigarette|fag|iron|blade|razor|"
     r"lit\s+\w+)\s+(?:to|on|against|into)\s+(?:my\s+(?:skin|arms?|legs?|hands?|wrists?|thighs?|feet|foot|stomach)\b|(?:it|them)\b"
     r"(?=[^.?!]{0,120}\b(?:feel|skin|red|blister\w*|burn\w*|smell)\b))"),
    # a sharp thing through the client's own skin: "i do on myself on the leg here on the top of the thigh i put the
    # needle through the skin" (a piercer; "through the skin" alone is her work on customers)
    (SH, "active_thoughts", True, r"\b(?:on|to|into)\s+myself\b[^.?!]{0,80}?\b(?:needles?|pins?|nails?|blades?|razors?)\s+(?:\w+\s+)?"
     r"(?:through|into|in)\s+(?:the|my)\s+skin\b|\b(?:needles?|pins?|blades?|razors?)\s+(?:\w+\s+)?(?:through|into)\s+(?:the|my)\s+skin\b"
     r"[^.?!]{0,40}?\b(?:on|to|into)\s+myself\b|\b(?:needles?|pins?)\s+(?:\w+\s+)?(?:through|into)\s+my\s+(?:own\s+)?skin\b"),
    # the body made to hurt, wanted: "i want the skin to hurt so the inside is quiet"; "something you do on purpose to hurt"
    (SH, "active_thoughts", True, r"\bi\s+(?:want|wanted|need|needed)\s+(?:the|my)\s+(?:skin|body|arms?|legs?|hands?)\s+to\s+"
     r"(?:hurt|bleed|burn|sting)\b|\bon\s+purpose\s+to\s+(?:hurt|punish|feel\s+(?:the\s+)?pain)\b(?!\s+(?:him|her|them|someone|somebody|"
     r"anyone|people|others)\b)"),
    # harm sought for the relief it brings, reflected: "it sounds like you're doing it on purpose to get relief from the noise
    # in your head is that right"; and an electric shock taken for it: "i touch it because after the shock my head is quiet"
    (SH, "active_thoughts", True, r"\b(?:doing|do|did)\s+(?:it|that|this)\s+on\s+purpose\s+(?:to|for)\s+(?:get\s+|the\s+|some\s+)?"
     r"(?:relief|release|calm|quiet)\b|\b(?:after|with)\s+the\s+(?:shock|zap)\b[^.?!]{0,30}?\b(?:my|the)\s+(?:head|mind|brain|chest)\s+"
     r"(?:is|goes|gets|go|get|was|went)\s+(?:quiet|calm|still|silent)\b"),
    # "I push them into my legs, under the jeans" (pins)
    # ("i push them in my finger on purpose in the van", glass splinters)
    (SH, "active_thoughts", True, r"\b(?:push\w*|stick\w*|stuck|jab\w*|press\w*|dig\w*|dug)\s+(?:the\s+)?(?:pins?|needles?|them|it|"
     r"nails?|compass)\s+(?:into\s+my\s+(?:legs?|arms?|skin|thighs?|hands?|stomach|wrists?|palms?|fingers?|fingertips|finger\s+tips)|"
     r"in\s+my\s+(?:fingers?|fingertips|finger\s+tips))\b"),
    # "scratching with the um the key like on my arm"
    (SH, "active_thoughts", True, r"\bscratch\w*\s+(?:\w+\s+){0,6}?(?:on|into|at)\s+my\s+(?:arms?|legs?|wrists?|thighs?|skin|hands?|"
     r"stomach)\b"),
    # the implement: "burning with the lighter on my leg", "scratch at my arms with a paperclip", "burns, with a match"
    # (not a tablet halved: "she said cut in two for the first week so i cut it with the knife")
    (SH, "active_thoughts", True, r"\b(?:burn\w*|cut\w*|scratch\w*|carv\w*|slic\w*)\b"
     r"(?!\s+(?:(?:it|them)\s+)?in\s+(?:two|half|halves|quarters)\b(?!\s+(?:places|spots|lines|parts)\b))[^.?!]{0,40}\b"
     r"(?:with|using)\s+(?:a|the|my|an)\s+"
     r"(?:lighter|match|paper\s?clip|fork|razor|blade|knife|scissors|compass|pin|needle|sharpener|safety\s+pin|box\s+cutter|"
     r"cigarette)\b|\b(?:with|using)\s+(?:a|the|my)\s+(?:lighter|match|cigarette)\s+on\s+my\s+(?:leg|arm|wrist|thigh|hand|"
     r"stomach|skin)\b"),
    # "the blade out of a pencil sharpener, up high on my thigh", "heat up the metal part and press it on",
    # "little lines ... I just use a paperclip", "I did that. With a razor."
    (SH, "active_thoughts", True, r"\b(?:blade|razor)\b[^.?!]{0,60}\bon\s+my\s+(?:thigh|arm|wrist|leg|stomach|hip|ankle)s?\b|"
     r"\bheat\w*\s+(?:up\s+)?(?:the\s+)?(?:metal|lighter|spoon|key|coin|knife)\b[^.?!]{0,40}\bpress\w*\b|"
     # (over a sentence or two: "I heated the comb, the pressing comb, on the stove at the back. And I pressed it here. On my arm")
     r"\bheat\w*\s+(?:up\s+)?(?:the|a|my)\s+(?:\w+\s+)?(?:metal|spoon|key|coin|knife|comb|fork|wire|nail|tongs)\b[^?!]{0,120}?"
     r"\bpress\w*\s+(?:it|them)\b[^?!]{0,20}?\bon\s+(?:my|the)\s+(?:arms?|legs?|skin|wrists?|thighs?|hands?|stomach|hips?)\b|"
     r"\b(?:lines|cuts|marks|scars?)\b[^?!]{0,60}\b(?:paper\s?clip|razor|blade|sharpener|safety\s+pin|needle|compass)\b|"
     r"\bi\s+did\s+(?:that|it|this)\b[^?!]{0,20}\bwith\s+(?:a|the|my)\s+(?:razor|blade|knife|lighter|scissors)\b|"
     r"\b(?:her|his|their|my)\s+arms?\b[^?!]{0,25}\bcuts\b"),
    # the act told by its tool, once the cuts are the topic: "I used the sharpener blade. I just needed to feel something"
    (SH, "active_thoughts", False, r"\bi\s+(?:used|took)\s+(?:a|the|my)\s+(?:\w+\s+)?(?:blade|razor)\b(?!\s+to\s+shave)"),
    # what another person found: "blood on his sheets and a razor blade in his pencil case"
    (SH, "preparatory_behavior", True, r"\b(?:razor\s+)?blades?\s+(?:in|under|inside)\s+(?:his|her|their|my)\s+\w+"),
    (SH, "active_thoughts", True, r"\b(?:there\s+(?:are|were)|found|saw|seen|noticed)\s+(?:\w+\s+){0,2}(?:cuts|burns|scratches)\b|"
     r"\b(?:found|saw|seen|noticed)\s+(?:her|his|their)\s+(?:arms?|legs?|wrists?|thighs?|stomach|skin)\W+(?:\w+\W+){0,2}"
     r"(?:cuts|burns|scratches|scratch\s+marks|bite\s+marks|bruises)\b"),
    (SH, "active_thoughts", False, r"\brubber\s+band\b|\bhand\s+on\s+the\s+stove\b"),
    # "The bruises on my legs, I did those myself", "the thing with the razor again", "her wrist, cut up"
    (SH, "active_thoughts", True, r"\b(?:bruises|cuts|burns|marks|scratches|scars)\b[^.?!]{0,60}\bi\s+did\s+(?:those|them|that|it|these)\s+"
     r"(?:to\s+)?myself\b|\b(?:doing|did|started)\s+(?:the\s+thing|it|that)\s+with\s+(?:the|a|my)\s+(?:razor|blade|lighter|compass)\b|"
     r"\b(?:wrists?|arms?|legs?|thighs?)\b[^.?!]{0,15}\bcut\s+up\b"),
    (SH, "preparatory_behavior", True, r"\b(?:bought|buy|got|hid|hide|hiding|keep)\s+(?:new\s+|some\s+)?(?:blades|razors)\b"),
    # a rope bought and said to be for it: "I buy a rope Saturday. It in the closet. ... that's what it was for."
    (SI, "preparatory_behavior", True, r"\b(?:bought|buy|buys|got|purchased|ordered)\s+(?:a|some|the|myself\s+a)\s+(?:rope|noose)\b"
     r"[^?]{0,100}?\b(?:what\s+it\s+(?:was|is)\s+for|for\s+(?:that|myself|me|it)\b|(?:just\s+)?in\s+case\b)"),
    # --- from the retired heldout15 batch: phrasings no earlier batch had
    # an injury done until it bled: "bit it till it bled", "scratched my arm until it bled"
    (SH, "active_thoughts", True, r"\b(?:bit|bite|biting|scratch\w*|pick\w*|dug|dig\w*|punch\w*|hit)\b(?:\s+\w+){0,3}?\s+"
     r"(?:till|until|til)\s+(?:it|they|my\s+\w+)\s+(?:bled|bleed\w*|bruised|broke|blistered)\b"),
    # a scrape or a cut on the body kept up until it bleeds, over a full stop: "I take the key of the car and I scrape
    # here, on the arm, the inside. Until it bleed a little."
    (SH, "active_thoughts", True, r"\b(?:scrap\w*|scratch\w*|cut|cuts|cutting|carv\w*)\b[^?!]{0,40}?\b(?:the|my)\s+(?:arms?|forearms?|wrists?|legs?|"
     r"thighs?|skin|stomach|hands?|hips?)\b[^?!]{0,40}?\b(?:till|until|til)\s+(?:it|they)\s+(?:bled|bleed\w*)\b"),
    # an abrasive rubbed on the body until it hurts: "I take the eighty-grit from the bay and I rub it on my arm. Until
    # it burns." (not a cream rubbed in "until it's absorbed")
    (SH, "active_thoughts", True, r"\b(?:rub\w*|scrub\w*|grind\w*|grat(?:e|es|ed|ing)|sand(?:s|ed|ing)?|scour\w*)\s+(?:it|them|that|this|\w+)?\s*"
     r"(?:on|into|against|over|across)\s+my\s+(?:arms?|forearms?|wrists?|legs?|thighs?|skin|hands?|stomach|knuckles)\b"
     r"[^?!]{0,40}?\b(?:till|until|til)\s+(?:it|they|the\s+skin)\s+(?:burn\w*|bleed\w*|bled|hurt\w*|sting\w*|(?:is|are|goes|go|went)\s+raw)\b"),
    # an irritant rubbed into a wound the client made: "i take a shell and i scratch and then i rub the salt from the pan
    # into it" (not the saying, "rubbing salt into the wound")
    (SH, "active_thoughts", True, r"\bi\s+(?:\w+\s+)?(?:rub|rubbed|rubbing|put|pour|press)\s+(?:the\s+|some\s+)?(?:salt|vinegar|bleach|alcohol|"
     r"spirit|pepper|chil(?:l|e)i|lemon|lime\s+juice)\b[^.?!]{0,40}?\binto\s+(?:it|them|the\s+(?:cuts?|scratch\w*|marks?))\b"),
    # a caustic put on the skin by the client: "The bleach. ... Sometimes after a job I put it on my arms. Not diluted."
    (SH, "active_thoughts", True, r"\b(?:bleach|acid|caustic|oven\s+cleaner|drain\s+cleaner)\b[^?!]{0,120}?\bi\s+(?:\w+\s+)?(?:put|pour|rub|scrub)\w*\s+"
     r"(?:it\s+|some\s+)?(?:on|over|into)\s+my\s+(?:arms?|forearms?|legs?|skin|thighs?|wrists?|stomach)\b"),
    # a burn pictured: "I see myself pouring it on my arm" (intrusive unless wanted)
    (SH, "active_thoughts", True, r"\b(?:pour\w*|tip\w*)\s+(?:it|the\s+kettle|(?:the\s+)?(?:boiling|hot)\s+water)\s+(?:on|over|onto)\s+"
     r"(?:my|me|myself)\b"),
    # harm short of death intended: "Wouldn't have killed him. Probably. Just put him in hospital."
    # (not a carer's "we had to put her in hospital": the harm is wished or threatened)
    (HI, "active_thoughts", True, r"\b(?:i'?ll|i\s+will|i'?d|i\s+would|i\s+could|gonna|going\s+to|wanna|want\s+to|just)\s+put\s+(?:him|her|them)\s+"
     r"in\s+(?:the\s+)?(?:hospital|a\s+wheelchair|intensive\s+care|icu|a\s+coma)\b"),
    # the person wanted dead: "Honestly? Him in the ground." (not "since we put him in the ground")
    # (a person, not bulbs planted: "plant them in the ground")
    (HI, "active_thoughts", True, r"(?<!put\s)(?<!laid\s)(?<!lay\s)(?<!bury\s)(?<!buried\s)(?<!lowered\s)\b(?:him|her)\s+"
     r"(?:in\s+the\s+ground|six\s+feet\s+under|"
     r"in\s+a\s+box|pushing\s+up\s+daisies)\b" + _NOT_A_BURIAL),
    # a method rehearsed for someone: "I lie there working out how I'd do it to him, step by step"
    (HI, "method", True, r"\b(?:work\w*\s+out|plan\w*|go\w*\s+over|think\w*\s+(?:through|about))\s+how\s+i'?(?:d|\s+would)\s+do\s+it\s+to\s+"
     r"(?:him|her|them)\b"),
    # "I only ask God why He did not let me die in that accident"
    # and asked of God now: "i say to god why you dont take me i am ready"
    (SI, "wish_dead", True, r"\bwhy\s+(?:he|god|you|the\s+lord|allah)\s+(?:did\s+not|didn'?t|wouldn'?t|would\s+not)\s+(?:just\s+)?(?:let|take)\s+"
     r"me\s+(?:die|go)\b|\b(?:god|lord|allah)\W+why\s+(?:you|he)\s+(?:do\s+not|don'?t|dont|won'?t|will\s+not|wont)\s+(?:just\s+)?take\s+me\b"),
    # the fight for life given up: "I ain't trying to die, I just ain't trying not to."
    (SI, "wish_dead", True, r"\b(?:not|n't)\s+trying\s+not\s+to(?:\s+die)?\s*(?:[.,;!]|$|either\b)"),
    # a prayer not to wake: "When I go to sleep I ask God, please, don't wake me up"
    (SI, "wish_dead", True, r"\b(?:ask\w*|pray\w*|beg\w*|tell\w*|say\w*)\s+(?:to\s+)?(?:god|the\s+lord|allah|jesus|him)\W+(?:please\W+)?"
     r"(?:(?:do\s+not|don'?t|dont|never)\s+(?:let\s+me\s+)?wake\s+(?:me\s+)?(?:up)?|not\s+to\s+wake\s+me)"),
    # sleep and no coming back: "at night I wish to sleep and not come back"
    (SI, "wish_dead", True, r"\b(?:wish|want|like|hope|pray)\w*\s+(?:to\s+)?(?:just\s+)?(?:go\s+to\s+)?sleep\s+and\s+(?:just\s+)?(?:not|never)\s+"
     r"(?:come\s+back|return)\b"),
    # a death met without a fight: "If the heart stops, it stops"
    (SI, "wish_dead", True, r"\bif\s+(?:the|my)\s+" + _ORGAN + r"\s+" + _GIVES_OUT + r"\W+(?:then\s+)?it\s+" + _GIVES_OUT),
    # the insurance that provides once the client is gone: "her and the kids'll be fine with the insurance ... I meant I'd be gone"
    (SI, "wish_dead", True, r"\binsurance\b[^?]{0,200}?\b(?:i'?d|i\s+would|i'?ll|i\s+will)\s+be\s+gone\b"),
    # not being around any more, put as what part of someone thinks, for the client to own: "it's because part of them is
    # thinking they might not be around to see to her. Has anything like that been going through your mind?"
    (SI, "wish_dead", True, r"\b(?:they|you)\s+(?:might|may|would|will)\s+not\s+be\s+around\s+(?:to\s+(?:see|look\s+after|care\s+for|"
     r"take\s+care\s+of|feed|walk)|for\s+(?:her|him|them|it))\b"),
    # no longer around: "I just thought I wouldn't be around much longer"
    (SI, "wish_dead", True, r"\b(?:i|i'?d)\s*(?:wouldn'?t|won'?t|would\s+not|will\s+not|'?d\s+not|'?ll\s+not)\s+be\s+(?:around|here)\s+"
     r"(?:much\s+longer|for\s+much\s+longer|(?:for\s+)?(?:too\s+)?long)\b(?!\s+(?:at|in|on)\s+(?:this|the|that|my)\s+(?:job|house|flat|place|"
     r"town|city|school|country|area|company|firm|unit))"),
    # sleep and not waking, eyes closed: "some nights I wish I could just close my eye and not wake up again"; a
    # reunion wished for: "I keep thinking I'd like to go to sleep and just be with her"
    (SI, "wish_dead", True, r"\b(?:close|shut)\s+(?:my|mi)\s+eyes?\s+(?:and|an)\s+(?:just\s+)?(?:not|never|nuh)\s+wak\w*|"
     r"\b(?:like|want|wanted|wish|long)\w*\s+to\s+(?:go\s+to\s+sleep|fall\s+asleep|close\s+my\s+eyes)\s+and\s+(?:just\s+)?"
     r"(?:be\s+with|join)\s+(?:her|him|them)\b"),
    # and said as going where the dead one is: "it's just i want to be where he is and he's dead"
    (SI, "wish_dead", True, r"\b(?:want|wanted|wanting|wish|wished|long|longing|like)\w*\s+to\s+(?:go|be)\s+(?:where|with)\s+(?:he|she|they|him|"
     r"her|them)(?:\s+(?:is|are))?\b(?=[^.?!]{0,40}\b(?:(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:dead|gone|buried|in\s+heaven)|"
     r"(?:he|she|they)\s+(?:died|passed))\b)"),
    # "Stepping off the platform edge" (a method pictured)
    (SI, "method", True, r"\bstep(?:ping|ped|s)?\s+(?:off|over)\s+(?:the\s+)?(?:platform|ledge|balcony|roof|cliff|bridge)(?:\s+edge)?\b"),
    # pills kept as a way out: "I still got the forty of them in the drawer, just in case it gets bad again, like an exit"
    (SI, "preparatory_behavior", True, r"\b(?:kept|keep|keeping|got|saved|saving|stockpil\w*|hoard\w*|hid|hidden)\b[^.?!]{0,60}\b"
     r"(?:pills|tablets|them)\b[^.?!]{0,80}\b(?:(?:like|as)\s+an?\s+(?:exit|way\s+out|escape)|in\s+case\s+(?:it|things)\s+gets?\s+"
     r"(?:too\s+)?bad\s+again)\b"),
    # a goodbye written: "I wrote something in my notes app. like a goodbye thing"
    (SI, "preparatory_behavior", True, r"\b(?:wrote|written|writing|typed|drafted|recorded)\b[^.?!]{0,60}\b(?:a\s+)?(?:goodbye|farewell)\s+"
     r"(?:thing|one|message|note|letter|post)\b|\blike\s+a\s+goodbye\s+thing\b|"
     # "I left her one Saturday sayin' goodbye, love youse, the dog goes to Nicky"
     r"\b(?:left|sent|recorded)\s+(?:her|him|them|my\s+\w+)\s+(?:one|a\s+(?:voicemail|message|text|video))\b[^.?!]{0,25}"
     r"\bsay(?:ing|in'?)\s+goodbye\b(?=[^?!]{0,60}\b(?:love\s+(?:you|youse|ya|u)|sorry|goes\s+to|look\s+after|deleted\s+it|"
     r"for\s+good)\b)"),
    # praying to be taken: "What do you pray for?" "...To be taken. Every night."
    (SI, "wish_dead", False, r"\bto\s+be\s+taken\b(?!\s+(?:to|into|in|out|off|away|care|seriously|on|for|back|home|advantage|apart)\b)"),
    # striking oneself to stop a feeling or until it marks: "I knock the arm on the edge of the table until it pains",
    # "I knock it on the wall to stop it", "I beat myself" (not "beat myself up about it", not a knock "when the bus braked")
    (SH, "active_thoughts", True, r"\b(?:bang\w*|hit|hitting|slam\w*|smash\w*|punch\w*|knock\w*|beat|beating)\s+(?:my|the|it)\s*"
     r"(?:(?:arms?|hands?|fists?|wrists?|legs?|head|knuckles?|forehead)\s+)?(?:on|against|into)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
     r"(?:wall|table|door|desk|floor|edge|locker|mirror|sink|radiator)\b[^.?!]{0,60}?\b(?:(?:until|till)\s+(?:it|i|my|the)\b|to\s+stop|so\s+(?:it|i)\s+"
     r"(?:stops?|can|feel)|when(?:ever)?\s+(?:i'?m|i\s+am|i\s+get|i\s+feel|i\s+fail|it\s+gets))\b|"
     r"\bi\s+(?:beat|punch|punched|hit|slap|slapped)\s+myself\b(?!\s+up\b)"),
    # pain wanted on the body in place of the feeling: "I just wanted something to hurt on the outside for once"
    (SH, "active_thoughts", True, r"\b(?:want\w*|need\w*)\s+(?:something|it|me|myself|my\s+\w+)\s+to\s+(?:hurt|bleed|sting|burn)\s+"
     r"on\s+the\s+outside\b|\bhurt\w*\s+on\s+the\s+outside\s+(?:instead|rather)\s+(?:of|than)\b"),
    # pain sought for itself: "I hold my hands under the hot tap till they blister. It hurts, that's the idea", "I pull
    # until it hurts. Like a punishment", "I scrub my shins with the wire brush until they weep" (not a run "until my
    # legs hurt", not hands washed raw)
    (SH, "active_thoughts", True, r"\b(?:it|that)\s+hurts?\W+(?:\w+\W+){0,2}?(?:that'?s|that\s+is|which\s+is)\s+the\s+(?:whole\s+)?(?:idea|point)\b|"
     r"\b(?:until|till|til)\s+(?:it|they)\s+(?:hurts?|bleeds?|bled|burns?)\W+(?:\w+\W+){0,3}?(?:like|as)\s+(?:a\s+)?punish\w*|"
     r"\b(?:scrub\w*|rub\w*|scrap\w*|grat\w*|sand\w*)\s+(?:at\s+)?my\s+(?:shins?|arms?|legs?|skin|hands?|wrists?|thighs?|knuckles|face)\s+"
     r"with\s+(?:a|the|my)\s+(?:\w+\s+){0,2}?(?:wire\s+brush|sandpaper|steel\s+wool|grater|scourer|pumice)\b"),
    # nails dug in to hurt: "i dug my nails into my thighs like really hard till it bled like a punishment" (not nails
    # pressed into a palm to stay grounded)
    (SH, "active_thoughts", True, r"\b(?:dig|digs|dug|digging|jab\w*|claw\w*)\s+(?:my\s+)?(?:finger)?nails\s+into\s+my\s+(?:thighs?|arms?|legs?|"
     r"hands?|palms?|wrists?|skin|stomach|face)\b[^.?!]{0,50}?\b(?:(?:till|until)\s+(?:it|they)\s+(?:bled|bleed|bleeds|bruised|broke)|punish\w*)"),
    # a blade or a point used on the skin: "using the blade out the sharpener sometimes. On my leg.", "scratches. With a compass."
    (SH, "active_thoughts", True, r"\b(?:blades?|sharpener|compass|safety\s+pin|shards?\s+of\s+glass)\b[^?!]{0,40}?\b(?:on|into|across)\s+"
     r"my\s+(?:legs?|arms?|wrists?|thighs?|skin|stomach|hips?|forearms?)\b|"
     r"\bscratch\w*[.,]?\s+with\s+(?:a|the|my)\s+(?:compass|pin|needle|blade|razor|safety\s+pin|paper\s*clip|nail\s+file)\b"),
    # ways looked into: "in the night I search about ways. Which one is not painful."
    (SI, "preparatory_behavior+method", True, r"\b(?:search\w*|googl\w*|look\w*\s+up|read\w*|research\w*)\s+(?:about\s+|for\s+|up\s+"
     r"(?:on\s+)?)?(?:the\s+|different\s+)?(?:ways|methods)\b(?!\s+(?:to|of|for|that|you|we|i)\b(?![^.?!]{0,20}\b(?:die|end\s+it|"
     r"do\s+it|kill)))|\bwhich\s+(?:one|way|method)\s+(?:is|would\s+be|hurts?)\s+(?:not\s+painful|painless|the\s+least\s+painful|"
     r"less\s+painful|quickest)\b"),
    # a walk into the water said as the way out: "I'll just walk into the sea at Minehead and save everyone the bother"
    (SI, "active_thoughts+method", True, r"\b(?:i'?ll|i\s+will|i\s+could|i'?d|i\s+would|i\s+want\s+to|think\s+i'?ll)\s+(?:just\s+)?"
     r"(?:walk|swim|wade)\s+(?:out\s+)?into\s+the\s+(?:sea|ocean|river|lake|loch|waves)\b(?![^.?!]{0,30}\bfor\s+a\s+(?:swim|dip|paddle))"),
    # the tie made fast and the chair stood on: "I put the belt on the door, I stand on the chair"
    (SI, "preparatory_behavior+method", True, r"\b(?:belt|rope|cord|scarf|cable|noose)\b[^?!]{0,50}?\b(?:stood|stand|standing|got|get|climbed)"
     r"\s+(?:up\s+)?on\s+(?:the|a)\s+(?:chair|stool|bucket)\b"),
    # a fall left to look like one: "Nobody go know if I slip or I jump."
    (SI, "active_thoughts", True, r"\bif\s+i\s+(?:slip(?:ped)?|fell|fall)\s+or\s+(?:if\s+)?(?:i\s+)?(?:jump(?:ed)?|did\s+it)\b"),
    # to be switched off as a wish: "It is more a wish to be switched off for a while. For a long while."
    (SI, "wish_dead", True, r"\b(?:wish|want|wanted|wanting|long)\w*\s+(?:to\s+(?:be|get)|i\s+could\s+(?:be|get))\s+(?:just\s+)?(?:switched|turned)\s+off\b"
     r"(?!\s+(?:from|at|by)\b)|\bswitch(?:ed)?\s+(?:myself|meself|me)\s+off\b(?!\s+(?:from|at)\b)"),
    # a death from outside said to be welcome, condition first: "like if a car hit me id be kinda relieved"
    (SI, "wish_dead", True, r"\bif\s+(?:a|the|some)\s+(?:\w+\s+)?(?:bus|car|truck|train|lorry|van)\s+(?:hit|hits|ran\s+over|runs\s+over|"
     r"took)\s+me\b[^.?!]{0,10}?\b(?:i'?d|id|i\s+would)\s+(?:be\s+)?(?:(?:kinda|kind\s+of|honestly|actually|almost|quite)\s+)?"
     r"(?:be\s+)?(?:relieved|glad|happy|grateful|fine\s+with\s+it|okay\s+with\s+it)\b|"
     # ... or said to be no loss, a sentence on: "If a truck takes me, it is finished. I would not be angry."
     r"\bif\s+(?:a|the|some)\s+(?:\w+\s+)?(?:bus|car|truck|train|lorry|van)\s+(?:hit|hits|ran\s+over|runs\s+over|took|takes|kills?|"
     r"killed)\s+me\b[^?!]{0,40}?\bi\s+(?:would|will|'d)\s*(?:not|n't)\s+(?:be\s+)?(?:angry|upset|sad|sorry|mind|care)\b"),
    # a date the client does not expect to live to: "I don't reckon I'll be here by then. I've sorted it." (not a move,
    # a trip or a shift that keeps them away)
    (SI, "wish_dead", True, r"\b(?:don'?t|do\s+not)\s+(?:reckon|think|expect)\s+i'?(?:ll|\s+will)\s+(?:still\s+)?be\s+(?:here|around|alive)"
     r"\s+(?:by\s+then|then|by\s+the\s+\w+|for\s+(?:that|it|christmas|the\s+next\s+one))\b(?![^?]*\b(?:moving|move|moved|holiday|"
     r"away|abroad|travel\w*|visit\w*|trip|flight|shifts?|rota|hospital|surgery|operation|course|conference|leave)\b)"),
    # the one said in the same breath as the other: "doing him first and then my self"
    (SI, "active_thoughts", True, r"\b(?:him|her|them)\s+first\s+(?:and\s+)?then\s+(?:my\s*self|me)\b"),
    (HI, "active_thoughts", True, r"\b(?:do|doing|did)\s+(?:him|her|them)\s+(?:in\s+)?first\s+(?:and\s+)?then\s+(?:my\s*self|me)\b"),
    # a tool taken to someone: "I picture just taking the box cutter to him", "me see meself taking the seven-iron to
    # the man head"
    (HI, "active_thoughts+method", True, r"\b(?:take|taking|took|takes)\s+(?:a|the|my|his|her)\s+(?:box\s*cutter|knife|bat|baseball\s+bat|"
     r"hammer|axe|machete|blade|crowbar|wrench|shovel|spade|spanner|cleaver|poker|pipe|brick|(?:golf\s+)?club|putter|(?:\w+-)?iron|"
     r"pick-?\s?axe)\s+to\s+(?:him|her|them|(?:the|that|this|his|her)\s+(?:\w+(?:'s)?\s+){0,2}?(?:head|face|skull|knees?|legs?))\b"),
    # the client's own picture of doing violence to someone: "I see myself putting his head in the scalding tank",
    # "I picture myself pushing him off the platform" (unwanted pictures are read as intrusive, as for any other)
    (HI, "active_thoughts", True, r"\b(?:see|saw|seeing|picture\w*|imagin\w*)\s+(?:myself|meself|me)\s+(?:just\s+)?(?:"
     r"(?:put\w*|push\w*|shov\w*|hold\w*|held|smash\w*|slam\w*|bang\w*|ram\w*)\s+(?:his|her|their)\s+(?:head|face)\s+"
     r"(?:in|into|under|against|through|on)\b|(?:push\w*|shov\w*|throw\w*|threw|kick\w*|punch\w*|hit\w*|strangl\w*|chok\w*|"
     r"stab\w*|drown\w*|beat\w*|run\w*\s+over|runn\w*\s+over)\s+(?:him|her|them)\b(?!\s+(?:a|the)\s+(?:ball|letter|parcel|keys|note)\b))"),
    # poison for the other person: "I will put my pills in his vodka and finish it" (not a carer's "I crush her pills
    # into her yoghurt": the pills need a purpose, poison none)
    (HI, "active_thoughts+method", True, r"\b(?:put|putting|crush\w*|slip\w*|pour\w*)\s+(?:some\s+)?(?:poison|rat\s+poison|bleach|"
     r"antifreeze)\s+(?:in|into)\s+(?:his|her|their)\s+\w+|\b(?:put|putting|crush\w*|slip\w*)\s+(?:my\s+|the\s+|some\s+)?"
     r"(?:sleeping\s+)?(?:pills|tablets)\s+(?:in|into)\s+(?:his|her|their)\s+(?:vodka|drink|whisky|beer|wine|rum|gin|coffee|tea)\b"
     r"[^.?!]{0,30}\b(?:and\s+)?(?:finish|end|kill)\w*\b"),
)
# the other person in the room saying the client threatened *them*: "she said she'd kill me"
_REPORTED_THREAT = r"\b(?:he|she|they)(?:'d|'ll|\s+would|\s+will|\s+was\s+going\s+to|\s+is\s+going\s+to)?\s+(?:kill|hurt|stab|" \
    r"strangle|shoot)\s+(?:me|us)\b|\bthreaten\w*\s+to\s+(?:kill|hurt)\s+(?:me|us)\b"

# "I said no but that's not true", "I lied earlier", "I wasn't totally honest before": an answer that
# admits, and a later turn that takes back an earlier denial
# "No. Well. Not no.": a denial taken back in the same breath (not "not no one", "not no more")
_NOT_NO = r"(?:^|[.,]\s*|\bwell\W+)not no\b(?!\s+(?:one|body|way|more|longer|matter|problem))"
_RETRACT = (r"i said no(?: before| earlier)?(?: about (?:the )?\w+(?: \w+)?)?,? (?:but|because)|i (?:did ?n'?t|did not) (?:want to|wanna) (?:say|tell you)(?: it| that)? (?:earlier|before)|(?:that|it)(?:'s| is| was)(?:n'?t| not) (?:entirely |totally |completely |quite |"
            r"exactly |really |all that |strictly |the whole )?(?:true|truth)|i lied|"
            r"(?:was|wasn'?t|have(?:n'?t)? been) (?:totally |completely |being |entirely )?(?:honest|truthful)|"
            r"not (?:totally |completely |entirely )?honest|(?:wasn'?t|haven'?t been|was not|not being) "
            r"(?:totally |completely |entirely |100 percent |a hundred percent )?(?:straight|upfront|up front|real|truthful) with you|"
            r"not (?:like |really |exactly )?(?:totally|completely|entirely|exactly|a hard|a straight) no\b|"
            + _NOT_NO + "|"
            r"(?:more|less) (?:of )?a (?:yes|maybe) than")

# a retraction that asks leave to say it: "can i say something i wasn't honest before", "I need to tell you something"
_ASKS_TO_SAY = re.compile(r"\b(?:can|could|may)\s+i\s+(?:say|tell\s+you|add|be\s+honest)\b|\bi\s+(?:need|have|want|got)\s+to\s+"
                          r"(?:say|tell\s+you)\b|\bthere'?s\s+something\s+i\b", re.IGNORECASE)

# "Lately I'm fine", "Lately, no": the word the question used, answered no
_LATELY_FINE = (r"(?!,?\s+(?:i'?m|i\s+am|it'?s|it\s+is|things\s+are|i'?ve\s+been)\s+(?:fine|ok|okay|good|better|alright|all\s+right|"
                r"great|grand)\b|,?\s+(?:no|not|nothing|never|none|nah)\b)")
# dialogue cues, found as spans so the same modifiers apply ("it hasn't crossed my mind" is negated)
_CUES: tuple[tuple[str, str], ...] = (
    ("affirm", r"\b(?:yes|yeah|yep|yup|aye|i've (?:thought|been (?:thinking|having)|had)|i (?:think|thought) "
     r"about (?:it|them|that)|(?:think|thinking|thought) about it|sometimes|once or twice|a (?:few|couple (?:of )?)times|"
     r"times a (?:week|day|month)|a couple a day|every (?:day|night|single day)|most (?:days|nights)|"
     # "Do you want to die?" "Part of me does." (the urge cue reads "part of me did want to")
     r"part of me (?:does|did|do)(?! (?:want|wants|wanted|like|liked|likes|enjoy|enjoyed|enjoys)\b)|lately" + _LATELY_FINE + r"|on my mind|"
     r"in the background|always (?:kind of )?there|still there|on and off|here and there|more than i'?d like|"
     r"(?<!my )(?<!our )(?<!the )(?<!her )(?<!his )(?<!your )(?<!their )(?<!two )(?<!three )(?:little|small|tiny|brief|passing) ones|"
     r"passing thoughts?|"
     r"almost every|i did it|i do it|(?<!the )(?<!a )(?<!that )(?<!this )(?<!what )(?:kind|sort) of|kinda|"
     # ("a little cart" names a thing; "a little, yes", "a little bit", "a little at night" answer)
     r"a little(?=\s*(?:[.,;:!?…-]|$)|\s+(?:bit|yes|yeah|maybe|sometimes|at|when|in|on|now|lately|more|less|too|but|and|of|though|still|again|here|there|every|each|most|like|if|after|before|i|it|they|perhaps)\b)|a tiny bit|a bit|some days|crosse?d? my mind|"
     r"it passes|just a thought|it'?s manageable|strong ones|fleeting|not that often|i might|both|"
     # litotes for a yes: "Do you want to fall?" "Want's a strong word. I wouldn't be sorry."
     r"i\s*(?:'d|would)(?:n'?t|\s+not)\s+(?:be\s+sorry|mind|say\s+no))\b"),
    ("urge", r"\b(?:part of me (?:did |does |do )?(?:wants?|wanted|likes?|liked|enjoys?)|"
     # the pictures let in, not fought: "And I don't push them away. That's what scares me.", "I let them stay"
     r"i (?:do ?n'?t|do not|never) (?:try to )?(?:push|shove|chase) (?:them|it|those|that) away|"
     r"i let (?:them|it|those) stay\b|"
     # a wish for another's suffering owned: "The wish, yes, some part of me wishes he would suffer like Ovie suffered."
     r"part of me (?:wishes|wished|hopes|hoped) (?:that )?(?:he|she|they|him|her|them) (?:would|will|'d|could|gets?|got)\b|"
     # "But the picture comes and a small part of me, yes, it likes it."
     r"part of me\W+(?:(?:yes|yeah|honestly|if i'?m honest)\W+)+(?:it\s+|i\s+)?(?:likes?|liked|enjoys?|enjoyed|wants?)\s+(?:it|that)\b|"
     # calm or good felt in the picture itself: "And part of me feels calm in the picture. That is what scares me."
     # (not relief about a thought understood: "I feel better about the thought now, since you explained it's OCD")
     r"(?:part of me|i) (?:feels?|felt|is|was|gets?|got|goes|went) (?:(?:so|really|kind of|kinda|a bit|almost) )?(?:calm|calmer|"
     r"peaceful|at peace|satisfied) in (?:the|that|this) (?:picture|image|fantasy|scene)\b|"
     # a part of the client named by what it feels: "The angry part, for one second, it likes the picture."
     r"(?:angry|dark|bad|mean|small|little|other)\s+part\b[^.?!]{0,25}?\b(?:likes?|liked|enjoys?|enjoyed)\s+"
     r"(?:it|that|the\s+(?:thought|picture|image|idea))\b|(?:it|that) (?:does|did)n'?t (?:scare|bother|upset) me|"
     r"i (?:kind of |kinda )?(?:like|liked|enjoy|enjoyed) (?:it|that|the (?:thought|picture|image|idea))|"
     # "And sometimes, honestly, I like to think it. It makes me feel better, for a moment."
     r"i (?:(?:kind of|kinda|sometimes|honestly|actually|really),? )?(?:like|liked|enjoy|enjoyed) (?:to )?(?:think(?:ing)?|pictur\w+|imagin\w+) "
     r"(?:it|that|about it|of it)|"
     r"(?:it|that) (?:feels|felt|feel) (?:good|guid|gud|satisfying|right)|(?:isn'?t|wasn'?t) a (?:horrible|bad) feeling|"
     r"i don'?t mind (?:it|seeing it|the (?:thought|picture))|i actually want to|i (?:do )?want to(?=\s*(?:[.!,]|$|hurt|kill|do it))|i feel like i might|"
     r"i meant it|i(?:'ve| have) thought about how|i(?:'ve| have) thought through how|how i'?d do it|i think about how|i want(?:ed)? it to hurt|how much i want to|i want him dead|"
     r"i want her dead|i did want to|i want to hurt|"
     # relief afterwards is what makes the image wanted: "I feel better after, calmer", "it brings relief"
     r"i (?:feel|felt) (?:better|calmer|relieved|lighter)(?: \w+)? after(?:wards?)?|(?:brings?|bringing|gives?|giving) (?:me )?(?:some )?relief|"
     r"(?:it|that|they) (?:calms?|calmed|soothes?|soothed) me)"),
    ("recur", r"\b(?:still (?:think|thinking|there|do|have(?! (?:the |my |some |a few )?(?:scars?|marks?)\b))|thinking about it again|(?:it|they|those|these|the (?:thoughts?|"
     r"urges?|feelings?|wish))(?:'s|'re| are| is| came| come| coming| have come| has come|(?:'s|'ve| has| have)? ?(?:crept|creeping|snuck|sneaking))"
     r" back|"
     r"(?:did|do|doing|started|cut|cutting) (?:it )?again|"
     # "No. Hell no. ... But the thought's there."
     r"but (?:the|that|those) (?:thoughts?|urges?|pictures?|images?|wish)(?:'s|'re| is| are) (?:still )?there|"
     r"happened again)\b"),
    ("deny", r"\b(?:(?:do|does|did|have|has)n'?t (?:think|thought) about (?:it|that)|not anymore|nothing since|"
     # "No. Look, the pento is in our cabinet every day ... Not once has it been a thought for me."
     r"not (?:even )?once (?:has|have|did|was)\b|never once\b|"
     # the answer that wants to live: "I want a long, boring life.", "Opposite. I want to be around to see who wins."
     r"i (?:want|wanna) (?:a long(?:,? \w+)? life|to (?:be|stay) around (?:to|for)\b)|"
     r"(?:i )?wouldn'?t dream of (?:it|that|doing)|not even in passing|"
     r"nothing like that|not since|i'?m not there|never again|none since|not for (?:years|a long time)|"
     r"it passed|grew out of it|i'?m (?:okay|fine|safe) now|nowhere near that|not now)\b"),
    ("admit", r"\b(?:i (?:think i )?(?:do|really|actually|kind of|kinda) mean it|" + _RETRACT + r"|i did say (?:that|it)|i have said (?:that|it)|i said (?:that|it)|it'?s true|because i do|i meant it|"
     # "I said only once or twice, when I was angry": how often it was said, which admits it was
     r"i (?:only )?said (?:it |that |so )?(?:only )?(?:once|twice|a few times|one time|sometimes)|"
     r"i wrote it|that'?s (?:right|true))\b"),
    ("disown", r"\b(?:just (?:a thing|something|an expression|a figure of speech|a saying|what) (?:i|people|you) say|"
     r"(?:that'?s|it'?s|it was|that was) (?:just |only )?(?:(?:a )?joke|joking|a meme|slang)|every(?:one|body) says (?:it|that|\w+)|"
     # words borrowed, not meant: "Mami, that was, like, everybody posted that. It's from a song."
     r"every(?:one|body) (?:posted|shared|wrote|put up) (?:it|that)|(?:it'?s|that'?s|it was|that was) (?:just |only )?(?:a line )?from a "
     r"(?:song|film|movie|show|tiktok|video|meme|poem)|"
     r"(?:just|only|(?:it'?s|that'?s|that\s+is|this\s+is|is)(?:\s+just|\s+only)?)\s+how (?:we|people|guys|kids|everyone|everybody|my friends|teens|young people) "
     r"(?:talk|speak|say (?:it|things|stuff))|"
     r"(?:just|only),?\s+(?:like,?\s+)?an\s+expression|(?:a\s+)?figure\s+of\s+speech|(?<!sure i )(?<!certain i )(?:do|did)n'?t (?:really )?mean (?:it|that)|just venting|"
     r"i (?:just )?was (?:just )?(?:joking|kidding|mad|angry|furious|heated|being dramatic)|i'?m (?:only |just )?(?:joking|kidding)|just (?:heated|dramatic|kidding|joking)|"
     r"(?:do|does)n'?t feel that way|i'?m better now|never said that|just how i (?:talk|say things|am)|just talking|"
     # the client correcting their own words: "kalau better I also die that day? No, no. That's not what I mean."
     r"(?:that'?s|it'?s|that\s+is)\s+not\s+what\s+i\s+(?:mean|meant)|(?:^\W*|\b(?:is|it'?s|just|only)\s+)a\s+(?:manner|way)\s+of\s+speaking|"
     # (the words called just a way to talk, and nothing after: "it's just a way to talk"; not "Coming here is a way to talk about it")
     r"\b(?:just|only)\s+a\s+way\s+(?:to\s+speak|(?:of|to)\s+talk(?:ing)?)\b(?!\s+(?:about|to|with|when|through|it|in|for|of)\b)|"
     # "Nah, man. Is just talk.": only after a no ("like sometimes. whatever. i'm not gonna, it's just talk" admits it)
     r"(?:^|[.!]\s+)\W*(?:(?:but|and)\s+)?(?:nah|no|nope|naw)\b[^?!]{0,30}?\b(?:it'?s|is|it\s+was|was|that'?s|that\s+is)\s+(?:just|only)\s+talk(?:ing)?\b|"
     r"just frustration|just a sayin(?:g|')|(?:^\W*|\bbut\s+)is\s+(?:only|just)\s+(?:a\s+)?(?:saying|expression|joke)|"
    # how anyone says it: "I said 'I'll kill him' like you say it, love"
    r"like\s+(?:you|people|everyone|anyone|everybody)\s+(?:say|says)\s+(?:it|that)|"
    # the state it named: "Wanted to die, as in embarrassed?" "Jaja, just embarrassed!"
    r"(?:just|only)\s+(?:embarrassed|frustrated|annoyed|fed\s+up|stressed|exasperated)(?!\s+(?:of|with\s+(?:life|living|being)))|(?:it|that)(?:'s| is| was) (?:only |just )?(?:the |a |an )?(?:saying|expression|figure of speech)|"
     # "That's them talking, not me": the voices', the illness's or the drink's words, not the client's
     r"(?:that'?s|it'?s|that\s+was|it\s+was|that\s+is|it\s+is)\s+(?:just\s+|only\s+)?(?:them|the\s+voices?|the\s+illness|my\s+illness|"
     r"the\s+depression|my\s+depression|the\s+drink|the\s+alcohol|the\s+psychosis|my\s+head|my\s+brain|the\s+ocd)\s+talking)"),
)

# ------------------------------------------------------------ dialogue cue words
_FILLERS = re.compile(r"\b(?:um+|uh+|uhm|erm|er|hmm+|mm+|mhm)\b[,.]?\s*", re.IGNORECASE)
# spoken contractions the patterns are written without: "i don't wanna be dead", "gonna end it"
_SPOKEN = ((re.compile(r"\bwanna\b", re.IGNORECASE), "want to"), (re.compile(r"\bgonna\b", re.IGNORECASE), "going to"),
           (re.compile(r"\bgotta\b", re.IGNORECASE), "got to"), (re.compile(r"\bhafta\b", re.IGNORECASE), "have to"),
           # Scots negatives: "I wouldnae bother waking up", "if I just didnae", "I cannae"
           (re.compile(r"\b(would|could|should|did|does|is|was|have|has|had|must)nae\b", re.IGNORECASE), r"\1n't"),
           (re.compile(r"\bcannae\b", re.IGNORECASE), "can't"), (re.compile(r"\bdinnae\b", re.IGNORECASE), "don't"),
           (re.compile(r"\bwisnae\b", re.IGNORECASE), "wasn't"), (re.compile(r"\bwillnae\b", re.IGNORECASE), "won't"),
           # and their northern "-na" forms: "i wouldna hurt myself", "i couldna do that to mam", "i canna"
           (re.compile(r"\b(would|could|should|did|does|is|was|have|has|had|must)na\b", re.IGNORECASE), r"\1n't"),
           (re.compile(r"\bcanna\b", re.IGNORECASE), "can't"), (re.compile(r"\bdinna\b", re.IGNORECASE), "don't"),
           (re.compile(r"\b(?:winna|willna)\b", re.IGNORECASE), "won't"),
           # "ain't" for "don't" before a verb of wanting: "I ain't want to die"
           (re.compile(r"\bain'?t\s+(?=(?:want|wanted|need|care|wish|plan|mean|think)\b)", re.IGNORECASE), "don't "),
           # Scots and Orcadian "no" for "not" after a contraction: "I'd no mind", "wishing I'd no wake", "I've no had that"
           (re.compile(r"\b(i|he|she|you|they|we)'(d|ve|ll)\s+no\s+(?=(?:mind|wake|woken|had|been|be|want|need|care|thought|done|"
                       r"hurt|harm|do)\b)", re.IGNORECASE), r"\1'\2 not "),
           # speech-recogniser mishearings: "they'd be butter off without me", "i've been cotton myself again"
           (re.compile(r"\bbutter\s+off\s+(?=without|if\s+i)", re.IGNORECASE), "better off "),
           # "any thoughts of sue a side lately", "watching how to tie the news", "the carbon monks hide"
           (re.compile(r"\b(?:sue\s+(?:a\s+)?(?:side|sighed)|sewer\s*side|sui\s+side)(?=\s|[.,;!?]|$)", re.IGNORECASE), "suicide"),
           # "have you had any self calm", "any thoughts of farming other people" (not "keeping myself calm", "farming
           # the top field")
           (re.compile(r"\bself\s+calm\b", re.IGNORECASE), "self harm"),
           (re.compile(r"\b(farm)(ing|ed|s)?\s+(?=(?:other\s+people|others|anyone|anybody|someone|somebody)\b)", re.IGNORECASE), r"harm\2 "),
           # "any thoughts of heard yourself" (not "I heard myself say it")
           (re.compile(r"\b(of|to)\s+heard\s+(?=(?:yourself|myself)\b)", re.IGNORECASE), r"\1 hurt "),
           (re.compile(r"\b(tie|tied|tying|ties)\s+(a|the)\s+news\b", re.IGNORECASE), r"\1 \2 noose"),
           (re.compile(r"\bcarbon\s+(?:monks?\s+hide|mono\s+side|monoxides?)\b", re.IGNORECASE), "carbon monoxide"),
           (re.compile(r"\bcott(?:on|in)\s+(?=(?:myself|meself|my\s+(?:arms?|legs?|thighs?|wrists?))\b)", re.IGNORECASE), "cutting "),
           # "Me nah know if me want to die": Caribbean "me nah" for "I don't"
           (re.compile(r"\bme\s+nah\s+(?=know|want|wan|care|plan)\b", re.IGNORECASE), "I don't "),
           # "Killin' meself, that's what" (dropped g's are read below)
           (re.compile(r"\bmeself\b", re.IGNORECASE), "myself"),
           # speech recognition's homophones of "not be here": "i just want to knot be hear any more"
           (re.compile(r"\bknot\b(?=\s+(?:be|to|wake|want|exist)\b)", re.IGNORECASE), "not"),
           (re.compile(r"\b(be|being|been)\s+hear\b(?!\s+(?:it|that|them|him|her|you|me|what|the|a|from|about|of|voices?)\b)",
                       re.IGNORECASE), r"\1 here"),
           # Scots and Jamaican spellings of the words risk talk turns on: "ah'd be better aff deid", "mi nuh waan dead"
           (re.compile(r"\bah(?='(?:d|m|ve|ll)\b)", re.IGNORECASE), "I"),
           # and the capital "A" of Scots written down: "A'd no mind if A didnae wake up", "A think"
           (re.compile(r"\bA(?='(?:d|m|ve|ll)\b|\s+(?:didnae|didn't|dinnae|don't|think|thought|lie|wis|was|am|cannae|canna|"
                       r"widnae|wouldnae|wid|would|swear|never|just)\b)"), "I"), (re.compile(r"\baff\b", re.IGNORECASE), "off"),
           (re.compile(r"\bdeid\b", re.IGNORECASE), "dead"), (re.compile(r"\bmasel\b'?", re.IGNORECASE), "myself"),
           (re.compile(r"\bwaan(?:t)?\s+(?:fi\s+)?dead\b", re.IGNORECASE), "want to die"),
           (re.compile(r"\bmi\s+nuh\b", re.IGNORECASE), "I don't"), (re.compile(r"\b(don't|nuh)\s+wah\b", re.IGNORECASE), r"\1 want to"),
           # Scots "no" before a verb is "not", and "tae dee" is "to die": "I'm no wantin' tae dee"
           (re.compile(r"\b(i'?m|i\s+am|he'?s|she'?s|you'?re|we'?re|they'?re|was|were|is|are)\s+no\s+(?=[a-z]{2,}in(?:g\b|'))",
                       re.IGNORECASE), r"\1 not "),
           (re.compile(r"\b([a-z]{2,})in'(?=\s|[.,;!?]|$)", re.IGNORECASE), r"\1ing"),
           # a clause ending "no more" is "anymore", no negation: "i dont want to be here no more"
           (re.compile(r"\bno\s+more\b(?=\s*(?:[.,;!?]|$|\s+(?:and|but|because|cos|like|you\s+know|honestly|really)\b))",
                       re.IGNORECASE), "anymore"),
           # speech recognition's "off": "thinking about like jumping of it"
           (re.compile(r"\b(jump|jumping|jumped|jumps)\s+of\s+(?=(?:it|the|that|a|this)\b)", re.IGNORECASE),
            r"\1 off "),
           # and "ain't" before it is "not": "I ain't thinkin' about dyin'"
           (re.compile(r"\bain'?t\s+(?=[a-z]{2,}ing\b)", re.IGNORECASE), "am not "),
           (re.compile(r"\btae\s+dee\b", re.IGNORECASE), "to die"), (re.compile(r"\bno'(?=\s)", re.IGNORECASE), "not"), (re.compile(r"\bmi\s+(?=waan|tink|feel|cyaan|did|a\s+go)", re.IGNORECASE), "I "),
           (re.compile(r"\bwaan\b", re.IGNORECASE), "want to"), (re.compile(r"\btink\b", re.IGNORECASE), "think"),
           (re.compile(r"\bcyaan\b", re.IGNORECASE), "can't"),
           # and Scots "jist a sayin'", "want tae be" (after "tae dee" above)
           (re.compile(r"\bjist\b", re.IGNORECASE), "just"), (re.compile(r"\btae\b", re.IGNORECASE), "to"))
_REPEATS = re.compile(r"\b(\w+(?:'\w+)?)(?:\s+\1\b)+", re.IGNORECASE)
_LEAD = re.compile(r"^\W*(?:(?:well|oh|ah+|aw+|ha(?:ha)*|heh|heck|so|okay|ok|what(?=\W+(?:no|nah|nope|never)\b)|honestly|i mean|like|gosh|god|ugh|goodness|lord|dear|honey|mom|dad|"
                   r"good (?:heavens|grief|lord|god)|heavens|blimey|crikey|jeez|christ|dear me|oh my|ach|och|eh|"
                   # the interjections of other Englishes: "Aiyo, no lah.", "Eish, no.", "Arre, no."
                   r"aiyo|aiyoh|aiya|aiyah|alamak|eish|haibo|arre|arrey|ayy|ay|oy|oi|"
                   r"i'?m not (?:going to|gonna) lie|to be (?:honest|truthful)(?: with you)?|if i(?:'?m| am) (?:being )?honest(?: with you)?|"
                   r"(?:to )?tell(?:ing)? (?:you )?the truth|truthfully|in truth)"
                   # "Me? No. No. I want to live": the client's surprise that they are asked
                   # (unpunctuated: "me no mate no i like me life")
                   r"\b[\s,.!…-]*|(?:who,?\s+)?me\s*\?+\s*|me,?\s+(?=(?:no|nah|never)\b)|"
                   # "What? No! I mean I fly back to Yerevan on the twentieth"
                   r"(?<=what)\s*[?!]+\s*(?=(?:no|nah|nope|never)\b)|"
                   # the person who spoke for them, named before the no: "Eh, Waiswa! No. I only mean he is stressing me."
                   # (not a word of time or manner: "Now, no. Last year, got." dates the no)
                   r"(?!(?:now|then|today|tonight|lately|nowadays|currently|still|before|yes|yeah|so|and|but|well|okay|"
                   r"honestly|really|actually|also|maybe|sometimes|usually|mostly|please|sorry)\b)"
                   r"(?-i:[A-Z][a-z]+)\s*[!,]+\s*(?=(?:no|nah|nope|never)\b))*", re.IGNORECASE)
# "not for many years", "not in ages": a denial that dates the last time
_NOT_FOR_YEARS = r"not (?:for|in) (?:many |a few |some |so many )?(?:years|ages|a long time|months|decades)\b"
_DENY_START = re.compile(
    r"^(?:no\b|nope|nah|naw\b|non\b|(?:now|these days|nowadays),?\s+(?:no way|no|nope|nah|never)\b|not once\b|not ever\b|not a chance\b|"
    r"not one\b(?!\s+(?:of|thing|day|night|bit)\b)|(?:na|nae)\W+(?:na|nae|no)\b|(?:god |heaven )?forbid\b|never|none|nothing|not at all|not really|absolutely not|definitely not|god,? no|no way|not a bit|"
    r"neither|not me|not that(?=\s*[.!;]|\s*$)|i (?:do|have|did|would|am)(?:n'?t| not)\b(?! know| tell| want to (?:say|tell|worry))|"
    r"i'?m not\b(?! (?:going to|gonna) lie| sure)|i(?:'ve| have)? never\b|it (?:has|hasn)'?t|it hasn'?t|"
    r"i'?m (?:fine|okay|ok|good|safe)\b|not (?:now|lately|this week|since|recently|anymore|today|currently)|zero|"
    + _NOT_FOR_YEARS + r"|"
    r"correct\b(?=.*\bno\b)|i wouldn'?t)",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:not really|i don'?t think so|not like,? really|nothing serious|i guess not|not exactly|not seriously|"
    r"not that i|doesn'?t every(?:one|body)|it'?s (?:nothing|normal|fine|whatever|no big deal|not a big deal)|"
    r"just (?:a|the usual|small stuff|some|a habit)|only a little|barely|manageable|a tiny bit|not more than usual|"
    r"like a habit|background|(?:do|did)n'?t pay attention|it'?s whatever|doesn'?t every\w+)\b",
    re.IGNORECASE,
)
_AFFIRM_START = re.compile(
    r"^(?:yes|yeah|yep|yup|ya|aye|s[ìí]|oui|ouais|sometimes|a little|kind of|kinda|sort of|i guess|i suppose|i reckon|occasionally|once or twice|a few times|"
    # ("Lately I'm fine" answers no)
    r"lately" + _LATELY_FINE + r"|more than|every (?:day|night)|most (?:days|nights)|maybe|some (?:days|nights)|here and there|on and off|both|"
    r"now and (?:then|again)|every now and then|for a (?:minute|moment|second|bit|while)|at times|"
    r"constantly|all the time|a lot|i (?:have|do|did|am)\b(?!n'?t| not)|correct|right\b(?! (?:after|before|when|now|then|"
    r"away|there|here|around))|true|it'?s true|strong|barely|"
    r"just once|only a little|a tiny bit|a bit|not that often|fleeting|(?:only |just )?the usual|i think so|i think i might|i might|"
    r"definitely|okay,? yes|like a\b|it'?s been|one\b|once\b|twice\b|"
    # "Enough to end your life?" "That's what they're for."
    r"that'?s what (?:they'?re|they are|it'?s|it is|i (?:kept|got|bought) (?:them|it)) for\b|that'?s the (?:idea|plan|point)\b|"
    # litotes: "Are you hoping to die?" "Well. It wouldn't be unwelcome."
    r"(?:it\s+|that\s+)?(?:(?:wouldn'?t|would\s+not)\s+be\s+unwelcome|" + _NOT_SO_BAD + r")|i\s+wouldn'?t\s+(?:mind|say\s+no|object)|"
    # "You'd like to die?" "I'd welcome it." / "Aye, that's about the size of it" / "I won't lie to you"
    r"i(?:'?d|\s+would)\s+welcome\s+it|i\s+(?:won'?t|will\s+not|can'?t)\s+lie|(?:that'?s\s+)?about\s+the\s+size\s+of\s+it|pretty\s+much|"
    r"more\s+or\s+less|you\s+could\s+say\s+(?:that|so)|"
    # the question's verb said back: "Are you thinking about taking them?" "Thinking." / "Thinking, yes."
    r"(?:i'?m\s+|i\s+am\s+)?think(?:ing)?(?=\s*(?:[.!…]|,?\s+yes\b|,?\s+yeah\b|$)))",
    re.IGNORECASE,
)
_YES = re.compile(r"(?:yes|yeah|yep|yup|ya|aye)\b", re.IGNORECASE)
# a question about what protects the client, whose "not really" discloses: "Do you care if you crash?" "Not really."
_PROTECTIVE_Q = re.compile(_PROTECTIVE, re.IGNORECASE)
# a yes that confirms the state just named: "No, this not. I am sad, yes, but this not."
_STATE_BEFORE = re.compile(r"\bi(?:'?m|\s+am|\s+feel)\s+(?:\w+\s+){0,2}?\w+,\s*$|"
                           # and the state said alone: "Low, yes. But still worth."
                           r"(?:^|[.!?]\s*)(?:(?:very|so|a\s+bit|quite|really)\s+)?(?:low|sad|down|depressed|tired|stressed|anxious|"
                           r"worried|lonely|upset|angry|scared|bad|rough|hard|difficult|"
                           # the feeling named as a noun, with or without the comma: "No. Never. Shame yes, but not that."
                           r"shame|ashamed|guilt|guilty|embarrass(?:ed|ment)|sadness|anger|hunger|cravings?),?\s*$", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"[^.?!]*[.?!]+\s+")
# a yes that owns what was hit or broken, not a person: "No. Never. Never Zarema. The wall, yes, the mug, I'm ashamed."
# (never a means of harm: "The pillow, yes." and "The window, yes." answer the question)
_THING_BEFORE = re.compile(r"(?:^|[.!?]\s*)(?:the|a|my|that|our)?\s*(?:walls?|doors?|mugs?|cups?|plates?|tables?|desks?|"
                           r"phones?|things|stuff|furniture|chairs?|punch(?:ing)?\s+bags?|"
                           r"steering\s+wheel|dashboard|fridge|cupboards?|lockers?|bins?|boxes|remotes?|tv|telly|laptop),?\s*$",
                           re.IGNORECASE)
# (the yes said of the state: "I am angry, of course. ... Harm, no.")
_STATE_YES = re.compile(r"(?:" + _YES.pattern + r"|(?:of\s+course|sure|certainly|obviously|definitely)\b)", re.IGNORECASE)
# how often the client grieves, not a yes: "No. That was in twenty-ten. I cried for him, I am still crying sometimes."
_GRIEF_BEFORE = re.compile(r"\b(?:cry|cries|crying|cried|weep\w*|miss(?:ing)?\s+(?:him|her|them|it)|mourn\w*|griev\w*|"
                           r"pray(?:s|ing)?\s+for\s+(?:him|her|them))(?:\s+(?:for\s+)?\w+){0,2}?,?\s*$", re.IGNORECASE)
# an amount of a mood, not a yes: "I'm stressed, not sad. Well, a bit sad. But not like that."
_MOOD_AMOUNT = re.compile(r"(?:a\s+(?:little\s+)?bit|a\s+little|a\s+tiny\s+bit|kind\s+of|kinda|sort\s+of|only\s+a\s+little|"
                          r"just\s+a\s+(?:little\s+)?bit)\s+(?:more\s+)?(?:sad|down|low|flat|stressed|anxious|nervous|worried|"
                          r"tired|teary|weepy|upset|angry|cross|fed\s+up|lonely|scared|frightened|overwhelmed|depressed|blue|gloomy)\b",
                          re.IGNORECASE)
# and an amount of the anger just denied, given to someone short of harm: "I am not angry with anybody. Only with God a
# little bit."
_AMOUNT = re.compile(r"(?:a\s+(?:little\s+|tiny\s+)?bit|a\s+little|only\s+a\s+little)\b", re.IGNORECASE)
_ANGER_BEFORE = re.compile(r"\b(?:angry|cross|mad|upset|annoyed|furious|vexed)\b[^?!]{0,30}[.!]?\s*(?:only|just|except|but)\s+"
                           r"(?:with|at)\s+(?:\w+\s+){1,2}$", re.IGNORECASE)
# the clinician's reading the client anticipates: "no, never. I just run, which I guess you're going to say is kind
# of the same thing" is not the client's own yes
_THEIR_READING = re.compile(r"\byou(?:'re|\s+are)?\s*(?:going\s+to|gonna|might|would|'d|'ll|will)\s+(?:say|call|think)\b",
                            re.IGNORECASE)
_AGREE = re.compile(r"^(?:yes|yeah|yep|aye|right(?!\s+(?:now|then|away|there|here|after|before|when)\b)|correct|that'?s right|"
                    r"true|exactly)\b", re.IGNORECASE)
# questions that presuppose the behaviour: any answer that is not a denial describes it
_PRESUPPOSING = re.compile(r"\b(?:how long|how often|how many times|when (?:was|did) (?:the|you)|what do you use|"
                           r"when you (?:cut|burn|hurt)|tell me (?:about|more)|has it happened)\b", re.IGNORECASE)
# the clinician's next turn treating an answer as a disclosure: thanks for telling, then the C-SSRS follow-ups
# (when, how often, what you were thinking, whether you might act, what stopped you, getting ready)
# (or for the words however they came: "Thank you for writing it, and for saying it now", typed in a telehealth chat)
_THANKS = (r"\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:telling|sharing|being\s+(?:so\s+)?(?:honest|"
           r"straight|open|brave)|trusting|(?:writing|typing|saying)\s+(?:it|that|this)\b)")
# what a client does every day, asked about as a last time: "When did you last play it?" of a jaw harp
_EVERYDAY_VERB = (r"(?:play|sing|sang|see|saw|visit|speak|spoke|talk|call|phone|ring|rang|eat|ate|go|went|hear|heard|read|write|wrote|"
                  r"dance|swim|swam|cook|walk|ride|rode|practi[sc]e|pray|laugh|paint|draw|drew|fish|garden|travel)\w*\b")
_EVERYDAY_LAST = re.compile(r"\bwhen\s+(?:was|did)\s+(?:the\s+last\s+time\s+)?you\s+(?:last\s+)?" + _EVERYDAY_VERB, re.IGNORECASE)
# asking when something stopped dates an end, it confirms nothing going on: "before i play mahjong ... now i stop" "when
# did you stop" "maybe two months i feel no power to go"
_WHEN_STOPPED = re.compile(r"\b(?:when|how\s+long\s+ago)\s+did\s+you\s+(?:stop|quit|give\s+(?:it\s+|that\s+)?up)\b|"
                           r"\bhow\s+long\s+(?:since|has\s+it\s+been\s+since)\s+you\s+(?:stopped|quit|gave\s+up)\b", re.IGNORECASE)
# ... and answered with a stop weeks or more back ("maybe two months"); "it was last night" still tells of it
_LONG_STOPPED = re.compile(r"\b(?:(?:two|three|four|five|six|several|many|a\s+few|\d+)\s+(?:weeks|months|years)|(?:a|one)\s+(?:month|year)|"
                           r"months|years)\b", re.IGNORECASE)
_CSSRS_FOLLOW_UP = re.compile(
    # (not the last time the client did something for themselves: "When did you last do something just for you?")
    r"\bwhen\s+(?:was|did)\s+(?:that|this|it|the\s+last\s+time|you\s+last)\b(?!\s+\w+\s+(?:something|anything|some|out|a|an|the|to|with)\b)"
    # (nor the last time the client did an everyday thing: "When did you last play it?" of a jaw harp)
    r"(?!\s+(?:you\s+)?" + _EVERYDAY_VERB + r")|"
    r"\bhow\s+(?:often|long)\s+(?:have\s+you|do\s+you|has\s+(?:it|that|this)|does\s+(?:it|that|this)|are\s+they|is\s+it|"
    # "How often do those nights come?"
    r"do\s+(?:they|those\s+\w+|these\s+\w+)\s+(?:come|happen|come\s+back|visit))\b|"
    # the bare frequency question after thanks: "thank you for being honest with me how often"
    r"\bhow\s+often\W*$|"
    r"\bwhat\s+(?:were|was)\s+you\s+(?:thinking|feeling|telling\s+yourself)\b|"
    r"\bdo\s+you\s+think\s+you\s+(?:might|would|will|could)\s+(?:act|do|take|use|go|actually)\b|"
    r"\bwhat\s+(?:stopped|stops|kept|keeps|held|holds)\s+you(?:\s+back\b|\s+from\s+(?:doing|acting|going\s+through|using|taking)\b|"
    r"\s*[?.]|\s*$)|\b(?:done|do)\s+anything\s+(?:else\s+)?to\s+(?:get\s+ready|prepare)\b|"
    r"\bhave\s+you\s+(?:made|got|thought\s+(?:about|of))\s+(?:a|any)\s+plan\b|\b(?:do|did)\s+you\s+have\s+(?:a|any)\s+plan\b|\bhow\s+(?:close|likely)\s+(?:have|are|were|do)\b|"
    r"\b(?:made|make)\s+any\s+arrangements\b|\bhave\s+you\s+acted\s+on\b",
    re.IGNORECASE)
_ESCALATION = re.compile(_THANKS + "|" + _CSSRS_FOLLOW_UP.pattern, re.IGNORECASE)
# the clinician's very next words receiving what was said as a disclosure ("thank you for telling me that, that's
# important", "I appreciate you being honest", "I'm glad you told me"), not thanks for a form or a lift
_RECEIVED = re.compile(r"^\W*(?:(?:okay|ok|mm+|mhm|right|alright|so)\W+){0,2}(?:" + _THANKS + r"(?!\s+(?:the|your|a|this)\s+"
                       r"(?:form|forms|questionnaire|update|list|diary|log|chart|sheet|homework)\b)|i\s+(?:really\s+)?appreciate\s+"
                       r"(?:you\s+(?:being\s+(?:so\s+)?(?:honest|open|straight)|telling|sharing|saying)|your\s+(?:honesty|openness))|"
                       r"i'?m\s+(?:really\s+|so\s+)?glad\s+you\s+(?:told|said|shared|mentioned)\b)", re.IGNORECASE)
# a question only about acting ("have you thought about actually doing it, like when or how?"): a no denies intent
# and plan, not the thoughts the clinician just reflected back
# the method part of an acting question ("have you thought about how?"): a no denies the method, not the thoughts
_METHOD_Q = re.compile(r"\b(?:(?:thought|think|thinking)\s+(?:about|of)\s+how|how\s+you\s*(?:'d|would|might|could)|"
                       r"(?:a|any)\s+method|what\s+you\s*(?:'d|would)\s+use|when,?\s+or\s+how)\b", re.IGNORECASE)
# a question about steps taken toward the act: "have you ever made any move toward it, gone near the vise when he's
# close?", "Have you done anything toward hurting him?"
_PREP_Q = re.compile(r"\b(?:(?:made|make|taken|take)\s+any\s+(?:moves?|steps?)\s+towards?|(?:done|did|do)\s+anything\s+towards?\s+"
                     r"(?:it|that|hurting|harming|killing|doing)|gone\s+near\s+(?:him|her|them|the)\b|(?:made|make)\s+(?:any\s+)?"
                     r"(?:preparations?|arrangements?))", re.IGNORECASE)
_ACTING_Q = re.compile(r"\b(?:actually\s+(?:do|doing|did|act\w*|go(?:ing)?\s+through)|act(?:ing)?\s+on|(?:a|any)\s+plan|"
                       r"intend\w*|intention|"
                       # "So some days there's a wish to be dead. Have you thought about doing anything to make that happen?"
                       r"(?:do|doing|done|did)\s+(?:anything|something)\s+to\s+(?:make\s+(?:that|it|this)\s+happen|"
                       r"bring\s+(?:that|it|this)\s+(?:about|on|closer)))\b|" + _PREP_Q.pattern + "|" + _METHOD_Q.pattern, re.IGNORECASE)
_DONE_ACT = re.compile(r"(?:cut|scratched|burn(?:ed|t)|punched|banged|bit|carved|slashed|stabbed|hit|scraped|picked|"
                       r"pulled|hurt)\b", re.IGNORECASE)
_HABIT_ACT = re.compile(r"(?:pinch|cut|burn|scratch|hit|punch|bang|bite|scrub|pull|dig|slap|scrape)\b", re.IGNORECASE)
_I_HABITUALLY_BEFORE = re.compile(r"(?:^|[,.;]\s*)i\s+(?:still\s+|sometimes\s+|usually\s+|always\s+|often\s+|just\s+|then\s+)?$",
                                  re.IGNORECASE)
_I_BEFORE = re.compile(r"\bi\s+(?:just\s+|then\s+|also\s+|actually\s+|kind\s+of\s+|sort\s+of\s+)?$", re.IGNORECASE)
# (an interpreter may first say what they did: "I've signed that exactly. She's paused. She's signing: not plan, but...
# thinking, yes.")
_RELAYED = re.compile(r"^(?:[^.?!]{0,40}\b(?:sign\w*|interpret\w*|translat\w*|paus\w*)\b[^.?!]{0,40}[.?!]\s+){0,2}?\W*(?:(?:he|she|they)\s+(?:says?|said|is\s+saying|tells?\s+me|answers?|signs?|signed)|"
                      r"(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:signing|saying)|(?:his|her|their)\s+answer\s+is)\s*,?:?\s*",
                      re.IGNORECASE)
_THOSE_THOUGHTS = re.compile(r"\b(?:(?:those|these|that|such)\s+(?:thoughts?|urges?|images?|ideas?|feelings?|pictures?)|"
                             r"(?:thoughts?|urges?|anything)\s+like\s+(?:that|those|this)|any\s+of\s+(?:those|that|them)|"
                             r"(?:it|that)\s+again)\b", re.IGNORECASE)
# a yes that takes back the no just given: "Yes. Sorry. Yes.", "Actually, yeah." (not "Yeah. So, the kids...")
# ("I do", "I am" only as the whole of a sentence: "Yes. I do." corrects, "Yeah. So I am going to the shop." does not)
_CORRECTED_YES = re.compile(r"^\W*(?:(?:actually|wait|sorry|no|um|uh|well)\W+)*(?:yes|yeah|yep|aye)\b(?=.*\b(?:sorry|actually|i\s+lied|"
                            r"wait|to\s+be\s+honest|truth\s+is)\b|.*(?:^|[.!,]\s*)i\s+(?:do|am|have|did)\s*(?:[.!]|$))|^\W*(?:actually|wait)\W+(?:yes|yeah|yep|aye)\b",
                            re.IGNORECASE)
_HOLDING = re.compile(r"\b(?:(?:are\s+)?you\s+still\s+(?:there|with\s+me)|can\s+you\s+(?:still\s+)?hear\s+me|you\s+(?:froze|cut\s+out|"
                      r"broke\s+up|went\s+quiet)|lost\s+you|take\s+your\s+time|no\s+rush|(?:i'?m|i\s+am)\s+(?:still\s+)?"
                      r"(?:here|listening)|it'?s\s+(?:okay|ok|alright)|hello)\b", re.IGNORECASE)
# a word that only keeps the client talking: "okay", "mm-hm", "go on" (or holds the floor: _HOLDING)
_BACKCHANNEL = re.compile(r"(?:(?:okay|ok|mm+(?:-?hm+)?|uh-?huh|right|yeah|sure|i\s+see|go\s+on)[\s,.…]*){1,3}", re.IGNORECASE)
# the client buying time before an answer: "This one I have to think how to answer.", "Give me a second.", "How do I say
# this."
_STALL = re.compile(r"\b(?:(?:have|need)\s+to\s+think\s+(?:how|about\s+how)\s+(?:to\s+)?(?:answer|say|put)|let\s+me\s+think|"
                    r"give\s+me\s+(?:a|one)\s+(?:second|sec|minute|moment)|how\s+(?:do|can|should)\s+i\s+(?:say|put|answer)\s+(?:this|it|that)|"
                    r"(?:not\s+sure|don'?t\s+know)\s+how\s+to\s+(?:answer|say|put)\s+(?:this|it|that))\b", re.IGNORECASE)
# a question that quotes what the client said: "When you yelled you'd kill him, did you mean it?"
_REFERS_BACK = re.compile(r"\b(?:when|where)\s+you\s+(?:said|say|yelled|shouted|told|wrote|texted|mentioned|screamed)\b|"
                          r"\b(?:did|do)\s+you\s+(?:really\s+|actually\s+)?mean\b|\bwhat\s+did\s+you\s+mean\b", re.IGNORECASE)
_PRESUPPOSED = re.compile(r"\bwhen\s+(?:you\s+)?$", re.IGNORECASE)
# "Not like a plan", "I don't have a plan": the pseudo-negations that keep "no plan" from negating the
# ideation next to it also keep NegEx from negating the plan itself, so facets check their own lead-in
_FACET_NEGATED = re.compile(r"\b(?:no|not|never|nor|without|(?:do|does|did|have|has)(?:n'?t| not)(?: \w+)?)\s+"
                            r"(?:\w+\s+){0,2}$|"
                            # "I fight too much for this body to give it away now": too much to do it is not doing it
                            r"\btoo\s+(?:much|hard|long|many)\b[^.?!,;]{0,30}?\bto\s+$", re.IGNORECASE)
# "And now?", "How about these days?", "And you haven't wanted to lately?": the last thing the client named
_FOLLOW_UP = re.compile(r"\b(?:now|nowadays|since(?: then)?|these days|lately|currently|any ?more|as an adult|today|"
                        r"this (?:week|month)|recently|still|at the moment|come(?:s)? back|coming back)\b", re.IGNORECASE)
# a follow-up question about something else: "How strong are the cravings right now?"
_OTHER_SUBJECT = re.compile(r"\b(?:cravings?|drink\w*|using|use|pain|anxiety|anxious|panic|mood|sleep\w*|appetite|energy|"
                            # another feeling rated: "How strong is the guilt when you say it, zero to ten?"
                            r"guilt|guilty|shame|ashamed|sadness|grief|fear|"
                            r"worry|worries|voices?|nightmares?|flashbacks?|medications?|medicines?|meds|migraines?|headaches?|distress|suds|(?:your|the)\s+body|"
                            r"phq[\w-]*|gad[\w-]*|scores?|questionnaires?|(?:the\s+)?numbers?|"
                            # a thought record's next column: "so what would be a more balanced thought", "and the evidence against"
                            r"(?:more\s+)?(?:balanced|alternative|helpful|realistic|fairer|kinder)\s+(?:thought|way|view)|evidence)\b",
                            re.IGNORECASE)
# thanks for telling about a drug taken, answered as a matter of medicine: "thanks for telling me that that's his not
# yours and it's important not to take it while you're on the guanfacine"
_MEDICINE_TALK = re.compile(r"\b(?:(?:his|hers|theirs)\s+not\s+yours|while\s+you'?re\s+(?:on|taking)|prescri\w*|pharmac\w*|"
                            r"interact\w*|side[- ]effects?|"
                            # someone else's tablet taken for nerves: "I'd ask you not to take Deepa's."
                            r"(?:ask|asking)\s+you\s+not\s+to\s+take\s+\w+'s)\b",
                            re.IGNORECASE)
_CHECKS_ANSWER = re.compile(r"\b(?:that'?s|that\s+is|is\s+that|was\s+that)\s+a\s+(?:no|yes)\b", re.IGNORECASE)
_NEGATORS = frozenset({"no", "not", "never", "nothing", "nope", "really", "none"})
# an intensity answered by comparison: "Lower.", "Less than last week", "Not as strong"
_WEAKER = re.compile(r"^(?:lower|less|weaker|quieter|smaller|softer|not\s+as\s+(?:strong|bad|loud|much)|down\s+a\s+bit|"
                     r"(?:a\s+bit|a\s+little)\s+(?:lower|less|weaker|quieter))\b", re.IGNORECASE)
_RATING_Q = re.compile(r"\b(?:scale|how strong|rate|out of (?:ten|10)|zero to ten|0 to 10|one to ten)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_ZERO = re.compile(r"\b(?:zero|0|none)\b", re.IGNORECASE)
_QUESTION = re.compile(
    r"\?|^\W*(?:(?:and|so|okay|ok|um|now|also|good|right)\W+)*(?:any|anything|do|does|did|have|has|had|are|is|were|was|"
    r"(?:how|what|when)\s+(?:did|do|does|is|are|was|were|have|has|would|often|strong|much|many|about)|"
    r"would|could|can|tell me|thoughts?|suicid\w*|self[- ]?harm|homicid\w*|no|on a scale|urges?)\b|"
    r"\b(?:any|anything)\s+(?:thoughts?|urges?|times?|like|self|suicid\w*|plans?)\b|\b(?:have|do|are|did)\s+you\b|"
    # an unpunctuated question inside a longer sentence: "... when it pops up is there a part of you that ..."
    r"\b(?:is|are|was|were)\s+there\s+(?:ever\s+)?(?:a\s+part|any|anything|a\s+time|times|moments?|a\s+moment|a\s+point|"
    r"a\s+day|a\s+night|ever)\b|\bwould\s+you\s+say\b|"
    # "... when you were sitting there did part of you want to die"
    r"\b(?:did|does|do|has|had|is|was)\s+(?:a\s+|any\s+|some\s+)?part\s+of\s+you\b|"
    # and its other unpunctuated forms: "... every time how have the suicidal thoughts been", "when it comes is it a wish ..."
    r"\b(?:how|what)\s+(?:have|has|are|were)\s+(?:the|your|those|these|things|they)\b|\b(?:is|was)\s+it\s+(?:a|an|more|like|still|ever|that)\b|"
    # and the check put at the end of words read back: "it says sometimes i put my arm on the dryer can on purpose is that right"
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:right|true|correct)\W*$|"
    # a rating asked after its scale, unpunctuated: "zero to ten how strong is the wish to be dead right now"
    r"\b(?:zero|0|one|1)\s+(?:to|through)\s+(?:ten|10)\W+(?:how|what)\b",
    re.IGNORECASE,
)
# the questions announced, then put without a mark, as the turn's last words: "let me ask some safety questions i ask
# everyone thoughts of suicide or of hurting yourself" (not a reason given: "... because thoughts of suicide came up")
_ANNOUNCED_Q = re.compile(r"\b(?:ask|asking)\s+(?:you\s+)?(?:some|a\s+few|the|my|a\s+couple\s+of)\s+(?:\w+\s+)?questions?\b[^.?!]{0,30}?\b"
                          r"(?:any\s+)?(?:thoughts?|suicid\w*|self[- ]?harm|urges?)\b(?![^.?!]*\b(?:because|came\s+up|last\s+time|"
                          r"mentioned|said|told)\b)[^.?!]{0,40}$", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?:the other (?:two|ones?)|the rest|neither|either|all of (?:those|them)|to all|none of (?:those|that|them))\b",
                     re.IGNORECASE)
_BOTH = re.compile(r"^\W*(?:both|all of (?:them|those)|yes to all)\b", re.IGNORECASE)
# idioms said by the client: "I could kill him for that", "I'd rather die than give a speech"
_IDIOM = re.compile(
    r"\bcould(?:\s+have\s+|'ve\s+|\s+of\s+|\s+)(?:just\s+|literally\s+|honestly\s+|so\s+)?(?:kill\w*|strangle\w*|murder\w*|throttle\w*|"
    r"wring)\b[^.?!]*|\brather\s+die\s+than\b|"
    # a proverb of honour: "better die with siri than live without it"
    r"\bbetter\s+(?:to\s+)?die\s+(?:with\s+\w+\s+|standing\s+|on\s+\w+\s+feet\s+|free\s+)?than\s+(?:to\s+)?live\b|\b(?:kill|shoot)\s+me\s+now\b|"
    # a slogan on a van or a mug: "the van has the sticker licensed to kill"
    r"\blicen[cs]ed\s+to\s+kill\b(?:\s+the\s+\w+)?|"
    # a trade's word for switching off, explained as one: "kill the baby is just the small light we call the baby"
    r"\bkill(?:ing)?\s+(?:the\s+)?\w+(?=\s+(?:is|means)\s+(?:just\s+|only\s+)?(?:the|a|an)\s+(?:\w+\s+){0,2}"
    r"(?:light|lamp|switch|button|machine|engine|motor|mic|microphone|sound|power|signal|feed|word)s?\b)|"
    # a thing that wears someone out, not a person's harm: "This job will kill him one day", "the heat is killing her",
    # "he says the sun will kill him on those roofs"
    r"\b(?:this|that|the|these|those|his|her|my|their)\s+(?:\w+\s+)?(?:job|jobs|work|place|heat|costume|suit|commute|stress|shifts?|"
    r"hours|deadlines?|project|course|weather|traffic|stairs|hill|smoking|drinking|drink|travel|noise|worry|worrying|overtime|"
    r"schedule|rota|season|parade|workload|sun|cold|damp|sea|roofs?|heights?|fumes|dust|chemicals|cigarettes|fags|sugar|"
    r"salt|diet|pace|boredom|climb|ladders?|"
    # the desk work that wears her out: "Her files will kill her one day."
    r"files|paperwork|claims|cases|caseload|calls|emails|inbox|desk|accounts|exams|marking|grading|studies|commute)\s+"
    r"(?:will|'ll|would|'d|is|'s|was|are|were|(?:is|'s|are|was)\s+(?:going\s+to|gonna))\s+"
    r"(?:(?:slowly|actually|literally|really|surely|honestly)\s+)?(?:kill|killing|be\s+the\s+death\s+of)\s+(?:him|her|them|me|us|you)\b|"
    # a hazard someone warns about: "that step will kill somebody one day, i say it to the manager" (whatever the thing,
    # it is the thing that kills, not the speaker)
    r"\b(?:this|that|the|these|those)\s+(?:\w+\s+)?\w+\s+(?:will|'ll|would|'d|is\s+going\s+to|is\s+gonna|could)\s+(?:\w+\s+)?"
    r"kill\s+(?:somebody|someone|some\s+kid|a\s+(?:kid|child|person|man|woman)|people|one\s+of\s+(?:us|them))\b|"
    # a mistake's cost, in the generic you: "One wrong decimal on the clonidine and you kill a baby."
    r"\b(?:one|a|any|the)\s+(?:wrong|bad|small|little|tiny|single|careless|misplaced)\s+(?:[\w'-]+\s+){1,6}?and\s+(?:you|someone|somebody)\s+"
    r"(?:could\s+|can\s+|might\s+|will\s+|'ll\s+|just\s+)?(?:kill|hurt|harm|poison)\w*\s+(?:a|an|the|some|someone|somebody|him|her|them|"
    r"people|patients?)\b[^.?!]*|"
    # an age to outlive: "my grandmother lived to ninety-six, I plan to beat her"
    r"\blived\s+(?:to|till|until)\s+(?:be\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s*[.,;]?\s*(?:and\s+|so\s+)?i\s+(?:plan|want|hope|intend|mean|aim|am\s+going|'m\s+going)\s+"
    r"to\s+beat\s+(?:him|her|them|that|it)\b|"
    # a drill, not a death: "Coach had us running suicides for an hour"
    r"\b(?:run\w*|ran|do|does|doing|did)\s+(?:\w+\s+){0,2}suicides\b|"
    # the stage's words: "Died a death, my love. ... The week before I killed, I murdered them, and this week nothing. Comedy"
    r"\b(?:i|we|you|he|she|they)\s+(?:absolutely\s+|totally\s+|properly\s+)?(?:killed|murdered|slayed|died)(?:\s+(?:them|it|a\s+death))?\b"
    r"(?!\s+(?:him|her|someone|somebody|a\s+(?:man|woman|guy|girl|kid)|my|his|their|the\s+(?:man|woman|guy)))"
    r"(?=[^?]{0,80}\b(?:gig|set|crowd|audience|comedy|stage|laughs?|tumbleweed|open\s+mic)\b)|\bdied\s+a\s+death\b|"
    # a saying in the second person: "the paperwork? you might as well hang yourself"
    r"\byou\s+(?:might|may|could)\s+(?:just\s+)?as\s+well\s+(?:just\s+)?(?:hang|shoot|kill|top|drown)\s+yourself\b|"
    # "I'd as soon shoot myself as sit through another meeting", "shot myself in the foot backing the favourite"
    r"\b(?:as\s+soon|sooner)\s+(?:shoot|kill|hang|top|drown)\s+myself\s+as\b|\b(?:shot|shoot|shooting)\s+(?:myself|yourself|"
    r"himself|herself|ourselves|themselves)\s+in\s+the\s+foot\b|"
    # an injection given by the client's own hand: "i give her the pen a cillin shot myself", "did the flu shot myself"
    r"\b(?:give|gave|giving|given|gives|do|did|doing|does)\b[^.?!]{0,40}?\b(?:the|a|an|her|his|their|its|that)\s+(?:[\w-]+\s+){0,3}"
    r"shot\s+myself\b|"
    # the same said condition first: "if I had to go back to being Ellie full time I'd rather die"
    # (never a condition on life itself going on: "if I had to live like this another year I'd rather be dead" is a wish)
    r"\bif\s+i\s+(?:ever\s+)?(?:had|have|has|were|was)\s+to\b(?![^.?!]{0,80}?\b(?:live|living|life|feel|feeling|go\s+on|"
    r"going\s+on|carry\s+on|keep\s+(?:going|on)|like\s+this|this\s+pain|forever|wake\s+up)\b)"
    r"[^.?!]{0,80}?\b(?:i'?d|i\s+would)\s+(?:rather|sooner)\s+(?:die|be\s+dead)\b|"
    r"\b(?:i'?d|i\s+would)\s+(?:rather\s+)?die\s+(?:before|than)\s+(?:i\s+)?(?:hurt|harm|let|touch)\w*\b[^.?!]*|"
    r"\b(?:(?:want|wanted|wanting|wanna|going|gonna|could|would|almost|nearly)\s+(?:to\s+)?)?die\s+(?:of|from|with)\s+(?:embarrassment|shame|"
    r"boredom|laughter|laughing|thirst|hunger|cuteness|heat)\b|"
    # devotion: "I'd walk in front of a bus for that kid", "I'd take a bullet for her"
    r"\b(?:i'?d|i\s+would)\s+(?:happily\s+|gladly\s+|honestly\s+|still\s+)?(?:(?:walk|step|jump|throw\s+myself|lie\s+down)\s+"
    r"(?:in\s+front\s+of|under|off)\s+(?:a|the)\s+(?:bus|train|car|truck|lorry|bridge|cliff)|take\s+a\s+bullet|die)\s+for\s+"
    r"(?:that|this|my|her|him|them|you|those|these|the|our|his|any\s+of)(?:\s+\w+){0,3}\b"
    r"(?![^.?!]*\b(?:free\s+of\s+me|better\s+off|without\s+me|burden|rid\s+of\s+me)\b)|"
    # a character written out of a story: "I would only kill him off in chapter twelve", "kill off the villain"
    r"\bkill(?:s|ed|ing)?\s+(?!(?:my|your|him|her|them|our|it|one)sel(?:f|ves)\b)(?:him|her|them|[\w-]+)\s+off\b"
    r"(?=[^.?!]{0,40}\b(?:chapters?|books?|story|novel|script|episodes?|"
    r"seasons?|series|draft|plot|pages?|scenes?|act|manuscript|memoir)\b)|"
    r"\bkill(?:s|ed|ing)?\s+off\s+(?:the|a|my|his|her|their)\s+(?:\w+\s+)?(?:characters?|villains?|heroe?s?|narrator)\b|"
    # a fall feared, not a blow: "i am afraid i will drop her when i am so tired", "scared I'll drop the baby"
    r"\b(?:afraid|scared|worried|terrified|frightened|fear)\s+(?:that\s+)?i\s*(?:will|'ll|ll|might|could|would|may|'d)\s+"
    r"(?:accidentally\s+)?drop\s+(?:her|him|them|the\s+baby|my\s+baby|it)\b(?!\s+(?:off|from|over|down|out|in|into)\b)|"
    # an accident: "I nearly killed myself coming off that roof", "almost killed myself on the stairs"
    r"\b(?:nearly|almost|practically)\s+(?:killed|kill)\s+(?:myself|himself|herself)\s+(?:coming|falling|slipping|tripping|"
    r"on\s+(?:the|that|a)|off\s+(?:the|that|a)|in\s+(?:the|that|a)\s+(?:crash|fall|accident)|doing|trying\s+to\s+(?:fix|get|carry|lift|reach))\b",
    re.IGNORECASE,
)
# tablets split, not skin: "half of one of the ten milligram Ambien, just half, ... I've been cutting them"
# (the tablet may be named a sentence before: "It's the forty-milligram one, half of it. I cut it with the knife.")
# (or the tablet named by its strength: "the doctor gave me the fifteen and she said cut in two ... so i cut it with the knife")
_PILL_CUT = re.compile(r"\b(?:pills?|tablets?|tabs|milligrams?|mg|doses?|capsules?|halves|half|"
                       r"(?<=the\s)(?:five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|seventy-five|hundred|"
                       r"\d+(?:\.\d+)?)\b(?=[^.?!]{0,60}?\bcut\w*\s+(?:(?:it|them)\s+)?in\s+(?:two|half|halves)\b))\b"
                       r"(?:[^.?!]|\.(?=\s)){0,100}?"
                       r"\b(?P<cut>cut(?:ting)?\s+(?:them|it|those|these|each\s+one)(?:\s+in\s+(?:half|two|quarters))?)\b|"
                       # "I'm cutting pills with a kitchen knife", "cut them in half"
                       # and "the tablet is thirty ... so I cut in four, I take one quarter"
                       r"\b(?P<cut2>cut(?:ting|s)?\s+(?:(?:(?:them|it)\s+)?in\s+(?:half|two|three|four|quarters|pieces)|(?:(?:the|my|those|these|her|his)\s+)?"
                       r"(?:pills?|tablets?|tabs)\b(?:\s+in\s+(?:half|two|quarters))?)|"
                       # "Atenolol, the twenty-five. I cut it, half in the morning, half in the night."
                       r"cut(?:ting)?\s+(?:it|them),?\s+(?:half|one\s+half)\s+(?:in|at|for)\s+the\b|"
                       # a dose brought down: "Since the first of the month I cut to ten, half", "cutting down to twenty"
                       r"cut(?:ting|s)?\s+(?:(?:it|them)\s+)?(?:down\s+|back\s+)?to\s+(?:a\s+|the\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|"
                       r"six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|seventy-five|(?:one\s+)?hundred|"
                       r"half|a\s+half|a\s+quarter|quarter|point\s+\w+)\b(?!\s+(?:times|minutes|hours|days|inches|people))|"
                       # a thing halved is no wound: "I was cutting the ten in half, so five"
                       r"cut(?:ting|s)?\s+(?:the\s+|a\s+|my\s+|each\s+)?[\w-]+\s+in\s+(?:half|halves|quarters)|"
                       # the halves the knife made: "one and a half ... I cut with the knife, the halves are not straight"
                       r"cut(?:ting)?\s+(?:(?:them|it)\s+)?with\s+(?:the|a|my)\s+(?:kitchen\s+)?knife\b"
                       r"(?=[^.?!]{0,40}\b(?:the\s+halves|in\s+half|into\s+(?:halves|two))\b)|"
                       # the tablet named before the one who cuts it: "half of the twenty, the tablet I cut"
                       r"(?:(?<=tablet\s)|(?<=tablets\s)|(?<=pill\s)|(?<=pills\s))i\s+cut\b)",
                       re.IGNORECASE)
# (and the joke named as one: "Sometimes I joke I'll put something in his soup, but that's only joke")
_HUMOUR = re.compile(r"\((?:laughs?|laughing|chuckles?)\)|\b(?:haha+|lol)\b|(?<!not )(?<!n't )\b(?:just |i'?m )?(?:kidding|joking)\b|"
                     r"\bi\s+joke\b|\b(?:only|just)\s+(?:a\s+)?joke\b",
                     re.IGNORECASE)
# ego-dystonic intrusive thoughts: strong markers alone, weak ones with a disavowal
_INTRUSIVE_STRONG = re.compile(
    r"\b(?:intrusive|unwanted|ocd|pops? (?:up|into my head)|popped into my head|out of nowhere|foreign|not mine|postpartum|"
    r"rituals?|flash(?:es)?|my brain keeps|(?:it|they|the thoughts?)\s+(?:just\s+)?pops?\s+in\b|(?:it|that|the (?:thought|image|picture)|they) (?:just )?shows? up|so random|random|weird (?:thought|flash)\w*|"
    r"horrible (?:thought|image)s?|a stupid (?:film|picture|image|thought)|images?|pictures of|(?:a|this) picture (?:of|comes|came|pops|flashes)|the (?:picture|image) (?:comes|came|pops|flashes)|what if i|"
    r"can'?t stop the picture|grabs me|harm thoughts|"
    # the mind as the agent: "my head shows me the knife going into him", "my mind shows me slapping him"
    r"my\s+(?:head|mind|brain)\s+(?:shows|showed|throws|threw|flashes|flashed|gives|gave|plays|played)\s+me)\b",
    re.IGNORECASE,
)
_INTRUSIVE_WEAK = re.compile(
    r"\b(?:i hate (?:it|them|these|that)|horrif\w*|terrif\w*|frighten\w*|scares? me|scared of the thought|makes? me sick|"
    r"made me (?:sick|throw up)|(?:i\s+)?(?:felt|feel|feeling)\s+(?:physically\s+)?sick|ashamed|disgust\w*|unbearable|torture|panicky|so anxious|awful|step back|back away|"
    r"stand way back|hide the knives|guest room|check the locks|let them go)\b",
    re.IGNORECASE,
)
_DISAVOW = re.compile(
    r"\b(?:i'?d never|i would never|i'?ll never|never would|i (?:do|did)n'?t want to|i don'?t want to|it'?s not that i want|"
    r"i love (?:him|her|them|my)|no (?:urge|desire|intent\w*)|that'?s the opposite|never (?:wanted|want) to|"
    r"i (?:do|did)n'?t want (?:it|that|them|those)(?! to)|not because i (?:want|wanted) to)\b",
    re.IGNORECASE,
)
_ENJOY_REFLECTED = re.compile(r"\byou\s+(?:(?:partly|kind\s+of|kinda|sort\s+of|half|secretly|actually|almost)\s+)?"
                              r"(?:enjoy|enjoyed|like|liked)(?:\s+(?:it|them|that|the\s+(?:thought|picture|image|idea)s?))?"
                              r"(?:\s*[,?]|\s*$|\s+(?:a\s+(?:bit|little)|but|and)\b)|"
                              # "strong pictures of hurting brett several times a week with part of you wanting it"
                              r"\b(?:a\s+|some\s+)?part\s+of\s+you\s+(?:that\s+)?(?:wanting|wants|wanted|liking|likes|liked|enjoying|"
                              r"enjoys|enjoyed)\s+(?:it|that|them|to)\b", re.IGNORECASE)
_QUOTED = re.compile(r"\b(?:says?|said|saying|tells?|told|telling|goes|went)\b[^.!?]{0,12}(?:[\"“‘]|(?<!\w)')\s*i\b[^\"”’]*$|"
                     # "She texted me from work: I can't do this any more, I want to disappear for good."
                     r"\b(?:says?|said|texted|wrote|posted|messaged|emailed)\b[^.!?:]{0,20}:\s*i\b[^.!?]*$", re.IGNORECASE)
# another's message read out after a comma: "there was a message on the screen, she wrote to somebody, I will end it
# tonight" (the "I" is the writer)
_MESSAGE_READ = re.compile(r"\b(?:she|he|they|someone|somebody)\s+(?:had\s+)?(?:wrote|written|texted|typed|messaged|posted|emailed)"
                           r"(?:\s+(?:to\s+)?\w+)?\s*[,:]\s*i\b[^.!?]*$", re.IGNORECASE)
# inside a quotation someone is said to have said, however it opens: 'He said in the car, "If Mark cuts my hours again, I
# will kill him."' (the "I" is the one quoted, not the speaker)
_QUOTE_OPEN = re.compile(r"\b(?:says?|said|saying|tells?|told|goes|went|texted|wrote|posted|shouted|yelled|screamed)\b[^.!?\"“”]{0,30}"
                         r"[\"“][^\"”]*$", re.IGNORECASE)
# the other person's own words about themselves: "the winter I spent wishing I wasn't here is over"
_OWN_WORDS = re.compile(r"\b(?:i|i'm|im|i'd|i've|me|my|myself)\b", re.IGNORECASE)
# unless they are reporting the client's words without quotation marks: "she said if I wasn't here ..."
_SAID_BEFORE = re.compile(r"\b(?:says?|said|saying|tells?|told|telling|goes|went|wrote|texted|posted|screamed|yelled)\b"
                          r"(?:\s+(?:me|us|her|him))?(?:\s+that)?\s*[,:]?\s*(?:\w+\s+){0,3}$", re.IGNORECASE)
# "I've thought about it, okay?" asks nothing
_TAG_QUESTION = re.compile(r"\b(?:okay|ok|right|yeah|you know|alright|innit|eh|yes|no)\W*\?\s*$", re.IGNORECASE)
_FIRST_PERSON_BEFORE = re.compile(
    r"\bi(?:'m|'ve|'d|'ll)?\s+(?:(?:have|been|want|wanted|keep|think|thought|feel|felt|am|was|would|will|really|just|sometimes|"
    r"also|to|about|of|like|do|did|don't|can't|going|gonna|could|might)\s+){0,3}$", re.IGNORECASE)
# what the speaker's household did, the client its object: "he was always the boy who lost his shoes we beat him for it"
_WE_BEFORE = re.compile(r"\bwe(?:'d|'ve)?\s+(?:(?:used\s+to|would|all|also|sometimes|even|did|once)\s+){0,2}$", re.IGNORECASE)
_THAT_MOMENT = re.compile(r"^\W*(?:(?:but|and)\s+)?(?:on\s+|in\s+|at\s+)?that\s+(?:day|night|moment|time|morning|evening|afternoon)\b",
                          re.IGNORECASE)
_NOW_NO = re.compile(r"(?:^|[.!?,;]\s+)(?:but\s+|and\s+)?(?:now|today|these\s+days),?\s+(?:no|nothing|never|not)\b|\bnot\s+now\b", re.IGNORECASE)
_THAT_WAS_PAST = re.compile(
    r"^\W*(?:that|this|it) was (?:(?:in |back in )?(?:\d{4}|(?:nineteen|twenty)[- ]\w+)\b|in (?:high school|college|my \w+)|"
    r"(?:[\w-]+ )?years ago|a long time ago|back in|"
    r"when i was|before|a different (?:life|time|person)|then)", re.IGNORECASE)
# the telling dated by a sentence after it: "But that was before the kennels, before my visa."
_DATED_AFTER = re.compile(r"(?:^|[.!?]\s+)(?:but\s+|and\s+)?(?:that|this|it|all\s+that)\s+was\s+(?:before|(?:[\w-]+\s+)?years\s+ago|"
                          r"a\s+long\s+time\s+ago|back\s+then|then|(?:in\s+)?(?:19|20)\d\d)\b", re.IGNORECASE)
_TIMES_OVER = re.compile(r"\s+(?:like\s+|about\s+|maybe\s+|over\s+|at\s+least\s+)?(?:\d+|(?:a\s+)?(?:twenty|thirty|forty|fifty|"
                         r"sixty|seventy|eighty|ninety|hundred|dozen|million)\w*(?:[\s-]\w+)?)\s+times\b", re.IGNORECASE)
# a thing let strike the person spoken of, the blow taken, not given: "no helmet, no bat. Just standing. And letting the
# balls hit him." (a person let do it is not: "I let my brother hit him")
_LET_STRIKE = re.compile(r"(?<!'ll\s)(?<!will\s)(?<!'d\s)(?<!would\s)\b(?:lets|letting|allow(?:s|ing))\s+(?:the|a|an|those|these)\s+(?!(?:\w+\s+)?" + _PERSON + r"\b)"
                         r"(?:\w+\s+){1,2}$", re.IGNORECASE)
_STRUCK_SELF = re.compile(r"\b(?:him|her)\W*$", re.IGNORECASE)
# (the sentence ends there: "letting the bullets hit him, meaning Marco" names someone else)
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!]|$)")
_THINGS_KILLED = re.compile(r"\b(?:kill\w*|lost|destroy\w*|froze|frozen|ruin\w*)\s+(?:them\s+|it\s+)?(?:all\s+)?(?:the\s+|my\s+|our\s+)?"
                            + _THINGS + r"\b", re.IGNORECASE)
# creatures handled at work or at home, the "them" a trade kills: "The cucumbers come in alive. First we kill them in the
# boiling water" (the nearest plural named before "them", with no person named after it)
_CREATURES = re.compile(r"\b(?:" + _THINGS + r"|(?:sea\s+)?cucumbers|crabs|lobsters|prawns|shrimps?|oysters|mussels|clams|eels|"
                        r"octopus(?:es)?|squids?|crayfish|worms|maggots|hogs|cattle|cows|calves|sheep|lambs|goats|turkeys|"
                        r"ducks|geese|rabbits|trout|salmon|tuna|flies|mosquitoes|wasps|lice|fleas|ticks|termites|moles|voles|"
                        # (never a word said of people too: "those snakes in HR", "the pigs")
                        r"gophers|moths|caterpillars|grubs|larvae|beetles|aphids|weevils|locusts|mites|spiders|squirrels|"
                        r"pigeons|foxes|deer|"
                        # or the traps set for them: "thirty maybe forty a week with the scissor traps ... i kill them quick"
                        r"(?:[\w-]+\s+)?traps|snares)\b", re.IGNORECASE)
_PERSON_NAMED = re.compile(r"\b(?:" + _PERSON + r")s?\b|\b(?:people|men|women|lads|guys|he|she)\b", re.IGNORECASE)
_KILLING_DONE = re.compile(r"(?:killed|shot|murdered|stabbed|slaughtered|wasted|destroyed|beat|beaten)\b", re.IGNORECASE)
_PRESENT_WORD = re.compile(r"\b(?:now|still|today|lately|these\s+days|currently|again|am|is|are)\b", re.IGNORECASE)
_STOPWORDS = frozenset("i you a an the and or so to of it is was that this me my your".split())
# asking leave, not asking about it: "Can I come back to the biting later?" "Yes."
_PERMISSION = re.compile(r"\b(?:can|could|may)\s+(?:i|we)\s+(?:come\s+back|go\s+back|return|get\s+back|park|leave|put)\b|"
                         r"\b(?:is\s+it\s+(?:ok|okay|alright|all\s+right)|do\s+you\s+mind)\s+if\s+(?:i|we)\b", re.IGNORECASE)
# a question that puts a proposal to the client, not a question about them: "Can we practise it now?", "Will you do
# that?", "Would you be willing to text me?" A yes to it agrees to the plan; it answers no risk question
_PROPOSAL = re.compile(r"^\W*(?:(?:and|so|okay|ok|now)\W+)*(?:(?:the|your|about\s+the)\s+[^,?]{1,30},\s*)?(?:(?:will|would|can|could)\s+you\s+(?:(?:be\s+)?(?:willing|able|okay|ok|"
                       r"happy|up\s+for)\b|do\s+(?:that|this|it)\b|try\b|give\b|practi[sc]e\b|use\b|agree\b|commit\b|text\b|call\b|"
                       r"ring\b|keep\b|write\b|bring\b|show\b|hold\b)|(?:can|could|shall|should)\s+we\s+(?:practi[sc]e|try|do|start|"
                       r"add|write|make|go|work|look|put)\b|(?:does|would)\s+(?:that|this)\s+(?:sound|work|be\s+(?:okay|ok|alright|all\s+right))\b|"
                       r"(?:is|are)\s+(?:that|you)\s+(?:okay|ok|alright|all\s+right)\s+(?:with|if)\b|deal\b|sound\s+good\b|"
                       # "What if those four steps went on a laminated card ...?", "How about we write it down?"
                       # (not "How about you, any thoughts like that?", a risk question put back to the client)
                       r"(?:what\s+if\s+(?:we|those|these|the|it|that|this|i)|how\s+about\s+(?:we|i))\b(?![^?]{0,60}\b(?:kill\w*|die|dead|dying|"
                       r"hurt\w*|harm\w*|suicid\w*)\b)|"
                       # "Are you still up for trying that today?", "Are you willing to give it a go?"
                       r"are\s+you\s+(?:still\s+)?(?:up\s+for|(?:willing|happy|ready)\s+to\s+(?:try|do|give|practi[sc]e|work|start))\b)",
                       re.IGNORECASE)


# what a safety plan proposes for later: "if the urge comes", "when it gets bad"
_FOR_LATER = re.compile(r"\b(?:if|when|whenever|next\s+time)\b", re.IGNORECASE)
# what the client would do if it came: "if the thoughts came back or you had any thought of harming lía you'd call me"
# (not a tag question that asks after all: "If you've had any thoughts of hurting Zoë you'd tell me, wouldn't you?")
_IF_THEN_CALL = re.compile(r"\b(?:you'?d|you\s+would|you'?ll|you\s+will)\s+(?:\w+\s+){0,2}?(?:call|text|ring|phone|reach\s+out|go\s+to)\b"
                           r"(?![^.?!]*\b(?:wouldn'?t|won'?t|would|will)\s+you\b)", re.IGNORECASE)


def _proposal(sentence: str) -> bool:
    return bool(_PROPOSAL.match(sentence)) and not _ASKS_LEAVE.search(sentence)


# a risk question put as a permission or an offer: "Would you be okay telling me about the thoughts of killing
# yourself?", "Can I ask whether you've had thoughts of ending your life?". A yes may grant the asking, not answer it
_ASKS_LEAVE = re.compile(
    r"\b(?:would|will|are|could)\s+you\s+(?:be\s+)?(?:okay|ok|alright|all\s+right|willing|comfortable|happy|able)\s+(?:with\s+)?"
    r"(?:to\s+)?(?:tell(?:ing)?|talk(?:ing)?|shar(?:e|ing)|say(?:ing)?|describ(?:e|ing)|answer(?:ing)?|go(?:ing)?\s+into|"
    r"open(?:ing)?\s+up)\b|"
    r"\b(?:can|could|may)\s+(?:i|we)\s+ask\b|\b(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|alright|all\s+right|fine)\s+(?:if\s+(?:i|we)\s+"
    r"ask|to\s+ask)\b|\bdo\s+you\s+mind\s+if\s+(?:i|we)\s+ask\b|\bmind\s+me\s+asking\b",
    re.IGNORECASE)
# the leave given, before any answer: "Yes, you can.", "Sure.", "Go ahead."
_LEAVE_GIVEN = re.compile(r"^\W*(?:(?:yes|yeah|yep|sure|okay|ok|aye|of\s+course|go\s+ahead|fine|that'?s\s+(?:fine|okay|ok|alright))"
                          r"(?:\W+(?:you\s+can|go\s+ahead|of\s+course|that'?s\s+(?:fine|okay|ok)|sure|i\s+(?:can|will|would|guess)))*)"
                          r"\W*", re.IGNORECASE)


_ANAPHOR = re.compile(r"\b(?:that|it|them|those|this|these|so)\b", re.IGNORECASE)
# a question that moves on to the next thing, not into what was said: "Of course. Anything else?"
_MOVES_ON = re.compile(r"\b(?:anything|something|what)\s+else\b(?!\s+(?:like\s+that|happened|did\s+you|went\s+through))", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yourself|you've|you're)\b", re.IGNORECASE)
_NOT_A_QUESTION = re.compile(r"\b(?:if|when|whenever|call|safety|plan|glad|proud|great|remember|nine eight eight|988|"
                             r"crisis|emergency)\b|"
                             # words offered for the client to say: "you could say you burned them on the fryer"
                             r"\byou\s+(?:could|can|might|may)\s+(?:just\s+|always\s+)?(?:say|tell\s+(?:them|him|her|people|"
                             r"everyone|anyone))\b", re.IGNORECASE)
_NOT_HAD_ANY = re.compile(r"\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|not)\s+(?:been\s+having|had|been\s+getting)\s+any\s+"
                          r"(?:more\s+)?(?:thoughts?|urges?|ideas?|feelings?)\s+(?:of|about|like)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# (or "What you're describing is thoughts of harming him that come back, with no intention and no plan.")
_SUMMED_UP = re.compile(r"^\W*(?:(?:okay|ok|alright|right|mm+|mhm)\W+)*(?:so\b(?!\s+(?:let'?s|we|i)\b)|"
                        r"what\s+(?:you'?re|you\s+are)\s+describing\s+(?:is|are|sounds\s+like)\b|what\s+i'?m\s+hearing\s+is\b)",
                        re.IGNORECASE)
# the words before a risk phrase that sums it up with nothing else said: "so a ", "okay so the "
# (after when it began: "So since Sunday, images of hitting his actual head have been coming back")
_NAMED_BACK = re.compile(r"\W*(?:(?:okay|ok|alright|right|mm+|mhm)\W+)*so\s+(?:(?:since|over|for|all)\s+[\w' ]{2,25},\s*)?"
                         r"(?:a|the|that|this|these|those)?\s*$", re.IGNORECASE)
_FOR_LATER_PLAN = re.compile(r"\b(?:call|text|ring|phone|safety|crisis|emergency|nine eight eight|988|card|number|remember|next\s+time|"
                             r"will|you'?ll|could|can|try|instead|this\s+week|log|write|bring|practi[cs]e|homework|app)\b",
                             re.IGNORECASE)
_ASKS_CLIENT_TOO = re.compile(r"\b(?:yourself|for you|like that|you ever|you too|you had|what about you)\b", re.IGNORECASE)
_EVER_Q = re.compile(r"\b(?:ever|history of|in the past|has there been a time|before)\b", re.IGNORECASE)
# a picture or a film seen in the head: "suddenly I saw a picture in my head, me jumping in front of it", "It's only film in
# the head."
_HEAD_PICTURE = re.compile(r"\b(?:picture|image|film|movie|video|flash)\w*\s+(?:\w+\s+)?(?:in|inside)\s+(?:the|my|his|her|your)\s+"
                           r"(?:head|mind|brain)\b|"
                           r"\bmy\s+(?:head|mind|brain)\s+(?:shows|showed|flashes|flashed|plays|played)\s+me\b", re.IGNORECASE)
_SI_DISAVOW = re.compile(r"\b(?:do|did)n'?t want to die|not that i want|terrified of dying|what if i\b", re.IGNORECASE)
# "I don't really want to die. But the thought comes": disowning a wish to die in the same breath as
# describing the thought of it is a disclosure of suicidal thoughts, for the clinician to weigh
_DIE_DISAVOWAL = re.compile(
    r"\b(?:(?:do|does|did)(?:n'?t|\s+not)\s+(?:really\s+|actually\s+|truly\s+|even\s+)?want\s+to\s+die|"
    r"not\s+that\s+i\s+(?:really\s+|actually\s+)?want\s+to\s+die|i'?m\s+not\s+(?:going\s+to|gonna)\s+do\s+(?:anything|nothing|it)|"
    r"not\s+to\s+do\s+(?:nothing|anything)|(?:i'?d|i\s+would)\s+never\s+(?:do|act\s+on)\s+(?:it|that|anything)|"
    r"i\s+wouldn'?t\s+(?:actually\s+)?(?:do|act\s+on)\s+(?:it|that|anything))", re.IGNORECASE)
_DEATH_THOUGHT = re.compile(
    r"\b(?:the\s+thoughts?\s+(?:comes?|came|is\s+(?:still\s+)?there|are\s+(?:still\s+)?there|keeps?\s+coming|still\s+comes?)|"
    r"i\s+(?:sometimes\s+|still\s+|just\s+)?(?:picture|pictured|imagine|imagined)\b|i\s+(?:look|looked)\s+down|"
    r"what\s+it\s+(?:would|'d)\s+(?:be|feel)\s+like|it\s+would\s+be\s+(?:so\s+|very\s+|really\s+)?(?:simple|easy|easier)|"
    r"(?:cross(?:es|ed)?|pops?\s+into)\s+my\s+mind|i\s+(?:still\s+)?think\s+about\s+(?:it|that|doing\s+it|how))",
    re.IGNORECASE)
# what the other person saw on the client: "I saw her arms. Scratches."
_OBSERVED = re.compile(r"(?:found|saw|seen|noticed)\s+(?:her|his|their)\b", re.IGNORECASE)
# an answer to "suicide or hurting yourself?" that is about a way to die, not an act of self-harm
_SI_METHOD = re.compile(r"\b(?:rifle|guns?|pistol|shotgun|handgun|firearm|pills|overdos\w*|bridge|jump\w*|hang\w*|rope|noose|"
                        r"exhaust|train|tracks|ledge|roof|railing|drown\w*)\b", re.IGNORECASE)
_SH_ACT = re.compile(r"\b(?:cut\w*|burn\w*|scratch\w*|bang\w*|hit\w*|punch\w*|bit|bite|biting|blades?|razors?|bruis\w*|"
                     r"pick\w*|carv\w*|self[- ]?harm\w*)\b", re.IGNORECASE)
# disowning the words as a way of talking ("that's a joke, everyone says kms"), not minimising an image
_SELF_QUESTION = re.compile(r"\b(?:am i|are you|is (?:it|that|this)|does (?:that|this|it) mean|was i|would i be)\b[^?]*\?\s*$",
                            re.IGNORECASE)
# "a lad in resus who'd jumped from the multi-storey": the act belongs to the noun the relative clause hangs on
_RELATIVE_WHO = re.compile(r"\b(?:lad|lass|man|woman|guy|girl|boy|kid|patient|bloke|fella|someone|somebody|person|one|friend|"
                           r"mate|colleague|client|student|neighbou?r)\s+(?:\w+\s+){0,3}?who(?:'d|'s|\s+had|\s+has|\s+was)?\s+"
                           r"(?:\w+\s+)?$", re.IGNORECASE)
# the smaller thing an angry threat is said to have meant: "I just wanna scream at him", "give him a piece of my mind"
_RECAST = re.compile(r"\b(?:just|only)\s+(?:wanna|want(?:ed)?\s+to|going\s+to|gonna|meant)\s+(?:to\s+)?(?:scream|shout|yell|swear|"
                     r"tell|talk|have\s+a\s+word|vent|complain|argue|get\s+my|sue|report)\w*|\bgive\s+(?:him|her|them)\s+a\s+piece\s+of\s+"
                     r"my\s+mind\b", re.IGNORECASE)
# the question that asks whether angry words went further: "thoughts of actually hurting him", "beyond wanting to slap
# him in that moment" (or that quotes them back: _REFERS_BACK)
_BEYOND_WORDS = re.compile(r"\b(?:actually|really|for\s+real|beyond|more\s+than|other\s+than|apart\s+from)\b[^.?!]*\?",
                           re.IGNORECASE)
_FIGURE_OF_SPEECH = re.compile(r"\b(?:mean\s+(?:it|that|this)\s+(?:literally|seriously|for\s+real)|a joke|joking|kidding|(?:only|just)\s+joke|i\s+joke|a meme|slang|every(?:one|body) says|how (?:we|people|guys|kids) talk|"
                               r"an expression|figure of speech|a saying|(?:only|just) the saying|(?:we|they|people) say|in jest|"
                               # "I said I'd strangle him with an XLR cable, I remember. No, that's just talk."
                               r"(?:that'?s|it'?s|is|was)\s+(?:just|only)\s+talk(?:ing)?|is\s+only\s+saying)\b", re.IGNORECASE)
_IMAGERY = re.compile(r"\b(?:picture|pictured|imagine|imagined|image|images|think about|thought about)\b", re.IGNORECASE)
_OTHER_PERSON = re.compile(r"\b(?:him|his|her|them|their|he|she|they)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:never|not|no|n't|don'?t|doesn'?t|didn'?t)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)

# --------------------------------------------------------- ConText termsets
_TERMINATE = ["but", "though", "although", "however", "except", "yet", "apart from", "aside from"]
_NEGATION_EXTRA = {
    "preceding_negations": [
        "never", "nor", "neither", "none", "nothing", "nobody", "no one", "not really", "no longer", "nothing like",
        "god no", "haven't", "hasn't", "hadn't", "won't", "wouldn't", "not any", "zero", "deny", "not since",
        "let alone", "never mind", "much less",
        # something said set apart from it: "Only I think, why Tyler, why not me ... This is different from wanting to
        # die." (not the client feeling different: "I feel different from everyone, I want to die")
        "is different from", "is different to", "is different than", "'s different from", "'s different to",
        "is not the same as", "isn't the same as", "'s not the same as",
    ],
    "following_negations": ["no", "not really", "none", "not anymore", "never", "denied", "denies"],
    "pseudo_negations": [
        "can't stop", "cannot stop", "couldn't stop", "can't get", "can't help", "didn't tell", "didn't want to tell",
        "didn't want to say", "didn't want to worry", "haven't told", "never told", "no one knows", "nobody knows",
        "don't know why", "not sure why", "not gonna lie", "not going to lie", "no matter", "not that often",
        "not more than", "no doubt", "not just",
        # "I never thought I'd end up here" is no denial; "I've never thought about killing myself" is
        "never thought i", "never thought i'd", "never thought it", "never thought that", "never thought this",
        "never thought he", "never thought she", "never thought they", "never thought we", "never thought you", "don't know", "not a big deal", "nothing compared",
        "no idea", "whether or not", "doesn't everybody", "doesn't everyone", "wasn't honest", "no plan", "not a plan",
        "no intent", "no intention", "not like a plan", "didn't want to admit", "can't sleep", "not sure",
        "won't stop", "wouldn't stop", "doesn't stop", "don't trust", "not like the", "isn't like", "aren't like",
        "not just", "not only", "no reason to", "no point",
        # "if it wasn't for the kids I wouldn't bother waking up": the condition, not a denial
        "wasn't for", "weren't for", "if not for",
        # litotes that welcome it: "I would not be sad to not wake up", "I wouldn't be sorry if it came"
        "not be sad", "not be sorry", "not be upset", "not be unhappy", "not be too sad", "not be too upset",
        "wouldn't be sad", "wouldn't be sorry", "wouldn't be upset", "wouldn't be unhappy", "wouldn't be too sad",
        "wouldn't be too upset", "not feel sad",
        # "I'd not mind nodding off and that being that", "I wouldn't mind going in my sleep": a welcome, not a no
        "not mind", "wouldn't mind", "would not mind", "don't mind", "do not mind",
        # the wish's own end: "going in me sleep, and no waking"
        "no waking", "no waking up", "no coming back", "not waking", "not waking up", "never waking", "never waking up",
        # "I'm not planning on being here": the plan is the not being
        "not planning on being", "not planning on bein", "not intending on being", "not expecting on being",
        "not planning on sticking", "not planning on stickin",
        # "at least she won't be the one to find me": the finding is the risk
        "won't be the one", "wouldn't be the one", "not be the one", "won't have to be the one",
        # a rating scale's bottom: "Zero to ten, the urge to self-harm right now?" asks, it does not deny
        "zero to ten", "zero to 10", "zero through ten", "zero out of ten", "from zero",
    ],
    "termination": _TERMINATE + [
        "yes", "yeah", "i mean", "honestly", "well", "just", "sometimes", "still", "only", "more that",
        "more like", "instead", "it's more", "anyway", "except",
        # a new question starts a new scope, punctuated or not: "it doesn't sound like nothing is there a
        # part of you that wishes you were dead"
        "is there", "are there", "is there a part", "do you", "does it", "have you", "has there", "are you",
        "did you", "any thoughts", "any part of you",
    ],
}
_DROP_PRECEDING = {"versus", "doubt", "evaluate for", "ro", "r/o", "free of"}
_DROP_FROM_CLINICAL = {"versus", "doubt", "evaluate for", "ro", "r/o", "free of", "free", "declined", "unlikely",
                       "was not", "were not", "wasn't", "wasnt", "weren't", "werent"}
_YEARS = [f"in {y}" for y in range(1960, 2031)] + [f"back in {y}" for y in range(1960, 2031)] + [
    f"back in '{y:02d}" for y in range(100)] + [f"in '{y:02d}" for y in range(100)]
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _year_said(y: int) -> list[str]:
    """A year as ASR writes it said aloud: 2014 "twenty fourteen", "two thousand fourteen"; 1998 "nineteen ninety eight"."""
    def two(n: int) -> str:
        return _ONES[n] if n < 20 else (_TENS[n // 10] + (" " + _ONES[n % 10] if n % 10 else ""))
    hi, lo = divmod(y, 100)
    said = [f"{two(hi)} {two(lo)}"] if lo >= 10 else [f"{two(hi)} oh {two(lo)}"] if lo else []
    if y >= 2000:
        said += [f"two thousand {two(lo)}", f"two thousand and {two(lo)}"] if lo else ["two thousand"]
    return said


# "after twenty fourteen for some months i wanted to die yes but now no": a year said aloud, or written, before it
_YEARS_SAID = [f"{p} {w}" for y in range(1960, 2031) for w in _year_said(y) for p in ("in", "back in", "after", "around")] + [
    f"after {y}" for y in range(1960, 2031)]
_AGES = ["at " + w for w in ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                             "eighteen", "nineteen", "twenty")] + [f"at {n}" for n in range(8, 30)]
_HISTORY = {
    "preceding_negations": [
        "used to", "when i was", "back when", "back in", "as a teenager", "as a teen", "as a kid", "as a child",
        "in high school", "in middle school", "in college", "in my twenties", "in my teens", "history of", "in the past",
        "years ago", "a long time ago", "the last time i was", "my first episode", "when i was younger", "when he was",
        "when she was", "during my first year", "in the army", "when i was drinking", "as teenager", "in my twenties",
        "growing up", "previous", "prior", "past", "last year", "a year ago", "the year before",
    ] + _YEARS + _YEARS_SAID + _AGES,
    "following_negations": [
        "years ago", "a long time ago", "as a teenager", "as a teen", "as a kid", "in high school", "in middle school",
        "in college", "when i was", "back then", "in the past", "in my twenties", "in my teens", "years back",
        "that was years", "at the time", "months ago", "last year", "a year ago", "over a year ago", "before i",
        "when i was younger", "as a kid", "since i was", "since high school", "since college",
    ] + _YEARS + _AGES,
    "pseudo_negations": ["not since", "haven't since"],
    "termination": _TERMINATE + [
        "now", "lately", "these days", "again", "still", "this week", "today", "recently", "anymore", "currently",
        "right now", "last week", "yesterday", "and now", "since then",
    ],
}
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RECENT = {
    "preceding_negations": [
        "last night", "last week", "last weekend", "yesterday", "this weekend", "over the weekend", "the other day",
        "a few days ago", "two days ago", "a couple of days ago", "a couple of weeks ago", "two weeks ago",
        "few weeks ago", "last month", "recently", "the other night", "after the fight", "after the layoff",
    ] + [f"on {d}" for d in _DAYS] + [f"since {d}" for d in _DAYS] + _DAYS,
    "following_negations": [
        "last night", "last week", "last weekend", "yesterday", "this weekend", "over the weekend", "the other day",
        "days ago", "weeks ago", "last month", "recently", "the other night",
    ] + [f"on {d}" for d in _DAYS] + _DAYS,
    "pseudo_negations": [],
    "termination": _TERMINATE + ["still", "now", "today", "every day"],
}
_PRESENT = {
    "preceding_negations": [
        "still", "today", "now", "right now", "lately", "these days", "this week", "every day", "every night", "most days",
        "most nights", "again", "currently", "at the moment", "all the time", "constantly", "keep", "keeps",
        "been having", "been thinking", "since the", "these",
    ],
    "following_negations": [
        "still", "today", "now", "right now", "lately", "these days", "this week", "every day", "every night",
        "most days", "most nights", "again", "currently", "all the time", "a lot", "are back", "came back", "is back",
        "every single day",
    ],
    "pseudo_negations": ["not now", "until now"],
    "termination": _TERMINATE + ["used to", "when i was", "years ago", "back then"],
}
_RELATIVES = (
    "brother", "sister", "mom", "mum", "mother", "dad", "father", "son", "daughter", "husband", "wife", "partner",
    "boyfriend", "girlfriend", "friend", "best friend", "roommate", "coworker", "co-worker", "boss", "uncle", "aunt",
    "cousin", "grandmother", "grandfather", "grandma", "grandpa", "niece", "nephew", "neighbor", "neighbour", "ex",
    "teenager", "kid", "child", "patient", "client", "stepfather", "stepmother", "stepdad", "stepmom", "family",
    "husband's brother", "son's friend", "best friend's mom", "sister's husband", "teacher", "colleague", "supervisor",
    "flatmate", "housemate", "roomie", "mate", "pal", "workmate", "classmate", "teammate", "bandmate", "girlfriend's",
    "boyfriend's",
)
_EXPERIENCER = {
    "preceding_negations": [f"my {r}" for r in _RELATIVES] + [f"our {r}" for r in _RELATIVES] + [
        "he", "she", "they", "his", "their", "someone", "somebody", "a friend", "a client", "a patient", "a colleague",
        "a kid", "a man", "a woman", "a guy", "a girl", "a boy", "people who", "one of my", "a lot of people", "the guy",
        "the wife", "the husband", "the detective", "the character", "the main character", "the narrator",
        "a serial killer", "the killer", "a colleague of mine", "one of my supervisors", "my old job",
    ],
    "following_negations": [],
    "pseudo_negations": [],
    "termination": _TERMINATE + [
        "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself", "and i", "so i", "because i", "you", "your",
    ],
}
_MEDIA = {
    "preceding_negations": [
        "the song", "song", "the chorus", "chorus", "lyrics", "the lyrics", "the movie", "movie", "film", "the show",
        "the text goes", "the line goes", "the words go", "the verse", "hymn", "the hymn", "poem", "the poem", "requiem",
        "aria", "libretto", "the choir", "the anthem",
        "in the show", "the series", "the book", "the novel", "novel", "the story", "a story", "the podcast", "podcast",
        "the news", "the paper", "the article", "the game", "in the game", "the opera", "the play", "an episode",
        "the episode", "sings", "goes like", "true crime", "a novel", "book club", "was about", "is about",
        "video game", "videogame", "the boss", "last boss", "zombies", "character", "villain", "documentary",
        "this week's", "the killer", "a thriller", "in the film",
        # games by name: "fortnite i killed this guy like fifty times"
        "fortnite", "minecraft", "roblox", "call of duty", "warzone", "gta", "grand theft auto", "valorant", "overwatch",
        "apex legends", "counter-strike", "halo", "on the xbox", "on the playstation", "on the ps5", "on the switch",
        # "That farm one on telly. The brother poisons the neighbour's well to get the land."
        "on telly", "on the telly", "on tv", "on the tv", "on netflix", "the programme", "a programme", "the soap",
        "the drama", "a drama", "the box set", "the boxset", "the plot",
        # a dream is told like a plot: "In the dream, sometimes I fight them. Awake, no."
        "in the dream", "in my dream", "in my dreams", "in the nightmare", "in my nightmares", "i dreamt", "i dreamed",
        "a dream where", "a dream that",
    ],
    "following_negations": [],
    "pseudo_negations": ["not in the dream", "not in your dream", "not in your dreams", "not in my dreams", "outside the dream",
                         "apart from the dream", "besides the dream"],
    "termination": ["made me", "makes me", "i feel", "i felt", "and i", "but i", "so i", "me"],
}
_HYPOTHETICAL = {
    "preceding_negations": ["if", "what if", "in case", "imagine", "suppose", "supposing", "whether", "would you",
                            "should i", "what would happen"],
    "following_negations": [],
    "pseudo_negations": ["as if", "even if", "if that", "see if", "ask if", "wonder if", "asked if", "if i'm honest",
                         # "if it wasn't for the kids I wouldn't bother waking up": the consequence is meant
                         "if it wasn't for", "if it weren't for", "if not for",
                         "if i'm being honest", "if i am honest", "if i'm being real", "if you want the truth",
                         # "it would be easier if I didn't wake up": the conditional is the wish's own form
                         "easier if", "better if", "simpler if", "better off if", "nicer if", "nice if", "a relief if",
                         "okay if", "ok if", "fine if", "mind if", "care if", "happier if", "good if", "peaceful if", "quieter if",
                         # the fatalist's shrug is no condition on what follows: "if it come it come some mornings i don't
                         # care if i wake up"
                         "if it come it come", "if it comes it comes", "if it happens it happens", "if it happen it happen"],
    "termination": _TERMINATE + ["i mean it", "then"],
}
_HISTORY_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(set(_HISTORY["preceding_negations"] + _HISTORY["following_negations"]),
                                                      key=len, reverse=True) if p not in ("past", "prior", "previous"))
    + r"|during (?:my|the) \w+"
    # an age said of the time: "One time, in Milano, I was twenty-two"
    r"|i\s+was\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|[1-9]\d?)\b(?!\s*(?:minutes?|hours?|days?|weeks?|months?|"
    r"times?|percent|%|mg|kilos?|pounds?|stone|feet|foot|miles?|quid|dollars?|euros?|mins?|hrs?|o'clock|am\b|pm\b|:)))\b",
    re.IGNORECASE)
# modifier name -> (termset, max tokens before, max tokens after); None = the whole sentence (ConText default)
_MODIFIERS: dict[str, tuple[dict[str, list[str]], int | None, int | None]] = {
    "negated": ({}, 8, 3),
    "historical": (_HISTORY, 15, 15),
    "recent": (_RECENT, 15, 15),
    "present": (_PRESENT, 15, 15),
    "other_experiencer": (_EXPERIENCER, None, None),
    "media": (_MEDIA, None, None),
    "hypothetical": (_HYPOTHETICAL, 10, 0),
}


def _with_asr_forms(phrases: list[str]) -> list[str]:
    """Each phrase plus its apostrophe-less ASR spelling ("didn't" -> "didnt")."""
    out = set(phrases)
    out.update(p.replace("'", "") for p in phrases if "'" in p)
    return sorted(out)


def _negation_termset() -> dict[str, list[str]]:
    from negspacy.termsets import termset

    base = termset("en_clinical").get_patterns()
    ts = {k: [p for p in v if k == "preceding_negations" or p not in _DROP_FROM_CLINICAL] for k, v in base.items()}
    ts["preceding_negations"] = [p for p in ts["preceding_negations"] if p not in _DROP_PRECEDING]
    for k, extra in _NEGATION_EXTRA.items():
        ts[k] = ts[k] + extra
    return ts


_CLAUSE_SUBJECTS = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "he", "she", "they", "we", "it's"})
# words after which an "i" opens the reported thought, not a new clause: "i don't think i want to", "not sure i"
_REPORTING = frozenset({"think", "thought", "say", "said", "know", "knew", "mean", "believe", "guess", "suppose", "sure", "feel",
                        "reckon", "that", "if", "whether", "because", "cause", "cos", "and", "or", "but", "so", "when", "like"})


class _ScopedContext:
    """negspacy's NegEx over ``doc.spans["risk"]`` with a ConText maximum scope (tokens)."""

    def __init__(self, nlp: Language, name: str, termset: dict[str, list[str]], before: int | None, after: int | None):
        from negspacy.negation import Negex

        ts = {k: _with_asr_forms(v) for k, v in termset.items()}
        self.extension = f"risk_{name}"
        self.before = before
        self.after = after
        self.negex = Negex(nlp, f"risk_{name}", neg_termset=ts, extension_name=self.extension, span_keys=["risk"])
        self.negex._apply_negation = self._apply  # type: ignore[method-assign,assignment]

    def _apply(self, span: Span, preceding: list[tuple[int, int, int]], following: list[tuple[int, int, int]]) -> None:
        if self.extension == "risk_negated":
            # "no one cares if I kill myself", "i want to die and no one cares": "no one" is a person, not a negation
            preceding = [p for p in preceding if not self._no_one(span.doc, p[1], p[2])]
            following = [f for f in following if not self._no_one(span.doc, f[1], f[2])]
        if self.extension == "risk_historical":
            # "take me home tonight, before I damage one more soul": a "before" with a verb in the present looks
            # ahead; only "before I got sober" dates what was said as past
            following = [f for f in following if not self._looks_ahead(span.doc, f[1], f[2])]
        limit = len(span.doc)
        before = limit if self.before is None else self.before
        after = limit if self.after is None else self.after
        if any(0 <= span.start - end <= before and not self._determines_other(span, start, end)
               and not (self.extension == "risk_negated" and self._new_clause(span, end))
               and not (self.extension == "risk_historical" and self._while_doing(span.doc, start, end))
               for _, start, end in preceding) or any(
            0 <= start - span.end <= after for _, start, _ in following
        ):
            span._.set(self.extension, True)

    @staticmethod
    def _no_one(doc: Doc, start: int, end: int) -> bool:
        if doc[start].lower_ in ("nobody", "noone", "no-one"):
            return True
        return doc[start].lower_ == "no" and start + 1 < len(doc) and doc[start + 1].lower_ in ("one", "-", "body")

    @staticmethod
    def _determines_other(span: Span, start: int, end: int) -> bool:
        """ "to say no work on Monday, I picture I hit him": a "no" that determines a noun of its own clause,
        closed by punctuation before the span, negates that noun, not the span."""
        if end - start != 1 or span.doc[start].lower_ != "no" or span.doc[start].dep_ != "det":
            return False
        head = span.doc[start].head.i
        return start < head < span.start and any(tok.is_punct for tok in span.doc[head + 1:span.start])

    @staticmethod
    def _looks_ahead(doc: Doc, start: int, end: int) -> bool:
        return doc[start].lower_ == "before" and end < len(doc) and doc[end].tag_ in ("VB", "VBP", "MD")

    @staticmethod
    def _while_doing(doc: Doc, start: int, end: int) -> bool:
        """ "when I was putting away her laundry I saw ... cuts": "when I was" before a verb in -ing dates an
        action, not a stage of life ("when I was a teenager"), so it does not make what follows history."""
        return doc[start].lower_ == "when" and end < len(doc) and doc[end].tag_ == "VBG"

    @staticmethod
    def _new_clause(span: Span, end: int) -> bool:
        """ "I can't do this any more, I want to disappear for good": a negation does not cross a comma into a
        new clause with a subject of its own."""
        doc = span.doc
        if any(doc[k].text in (",", ";", ":") and doc[k + 1].lower_ in _CLAUSE_SUBJECTS for k in range(end, span.start - 1)):
            return True
        # and speech recognition's run-on text, no comma at all: "i'm not ok i want to die", "i wish i am not alive i
        # wish god take me": an "i" after a finished clause starts another ("i don't think i want to" does not)
        return any(doc[k].lower_ in _CLAUSE_SUBJECTS and doc[k].lower_.startswith("i") and doc[k - 1].lower_ not in _REPORTING
                   and not doc[k - 1].is_punct and doc[k - 1].pos_ in ("ADJ", "ADV", "NOUN", "PROPN", "INTJ")
                   and doc[k + 1].pos_ in ("VERB", "AUX") for k in range(end + 1, span.start))

    def __call__(self, doc: Doc) -> Doc:
        return self.negex(doc)


@dataclass(frozen=True)
class _Engine:
    nlp: Language
    modifiers: tuple[_ScopedContext, ...]


@lru_cache(maxsize=1)
def _engine() -> _Engine:
    """The spaCy pipeline (shared, loaded once) and the ConText modifiers (built once per process)."""
    from scribe.extract.nlp import load_spacy

    nlp = load_spacy()
    mods = []
    for name, (ts, before, after) in _MODIFIERS.items():
        mods.append(_ScopedContext(nlp, name, ts or _negation_termset(), before, after))
    return _Engine(nlp, tuple(mods))


_COMPILED = [(f, facet, strong, p.startswith(_FLAG), p.startswith(_DETAIL), re.compile(p, re.IGNORECASE))
             for f, facet, strong, p in _CONCEPTS]
_REPORTED_THREAT_RE = re.compile(_REPORTED_THREAT, re.IGNORECASE)
# the other person in the room telling, in the third person, what the client did or said about themselves or
# someone else: "Staff found him trying to tie his lanyard round his neck", "He punches his own stomach after
# meals", "he told me he's just waiting to die", "She said if he turns up she'll gut him"
_REPORTED_ACTS = [(SI, "method", re.compile(
    r"\b(?:tie|ties|tying|tied|put|putting|wrap\w*|loop\w*)\s+(?:his|her|their|a|the)\s+(?:\w+\s+)?(?:lanyard|belt|rope|cord|scarf|"
    r"cable|sheet|charger|lead|flex|tie|shoelace)\s+(?:round|around)\s+(?:his|her|their)\s+(?:own\s+)?neck\b|"
    r"\b(?:found|caught|saw)\s+(?:him|her|them)\b[^.?!]{0,40}\bwith\s+a\s+(?:ligature|noose)\b", re.IGNORECASE)),
    (SI, "wish_dead", re.compile(r"\b(?:he|she)(?:'s|\s+is|\s+was)?\s+(?:just\s+)?(?:waiting|wanting|wants|hoping)\s+to\s+die\b",
                                 re.IGNORECASE)),
    (SH, "active_thoughts", re.compile(r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:punch\w*|hit|hits|hitting|cuts?|cutting|burns?|burning|"
                                       r"scratch\w*|bites?|biting|bang\w*)\s+(?:his|her|their)\s+own\s+\w+", re.IGNORECASE)),
    (HI, "active_thoughts", re.compile(r"\b(?:he|she)(?:'ll|'d|\s+will|\s+would)\s+(?:gut|kill|stab|shoot|strangle|murder|"
                                       r"do)\s+(?:him|her)\b(?!\s+(?:a\s+favou?r|good|proud))", re.IGNORECASE))]
_CUE_RE = [(name, re.compile(p, re.IGNORECASE)) for name, p in _CUES]

# --- names the grounding checks read: any turn a finding cites must match one of these
TOPICS: dict[str, re.Pattern[str]] = {
    f: re.compile("|".join(f"(?:{p})" for g, _, _, p in _CONCEPTS if g == f)
                  + (f"|(?:{_REPORTED_THREAT})" if f == HI else ""), re.IGNORECASE)
    for f in RISK_FIELDS
}
# the concepts that are risk talk on their own ("the plan" or "act on it" need the dialogue to be)
STRONG_TOPICS: dict[str, re.Pattern[str]] = {
    f: re.compile("|".join(f"(?:{p})" for g, _, strong, p in _CONCEPTS if g == f and strong
                           and not p.startswith((_FLAG, _DETAIL))), re.IGNORECASE)
    for f in RISK_FIELDS
}
# a harm verb before a lower-case word: a person when the word is one no dictionary lists as a common word
# and is rare, a listed given name rarer than "max" ("hitting jelani"; speech recognition writes names in lower case)
_HARM_LOWER = re.compile(r"\b(?!batter(?:y|ies)\b)" + _HARM_VERB + r"\s+(?P<name>(?-i:[a-z]+))\b", re.IGNORECASE)
_LOWER_NAME_ZIPF = 4.3
# a word no dictionary lists and rarer than "tariq" or "kofi" (3.1) by a margin: a name Faker does not list either
_RARE_WORD_ZIPF = 3.6
HARM_NAMED = re.compile(r"\b(hurt|hurting|harm|harming|kill|killing)\s+(?!(?:yourself|myself|himself|herself|I)\b)[A-Z][a-z]+")
_PASSIVE = re.compile("|".join(f"(?:{p})" for g, facet, _, p in _CONCEPTS if facet == "wish_dead"), re.IGNORECASE)
_PASSIVE_REPORTED = _PASSIVE
_SH_PRESUPPOSED = TOPICS[SH]


# ------------------------------------------------------------------ results
@dataclass
class RiskFacets:
    wish_dead: bool = False
    active_thoughts: bool = False
    method: bool = False
    intent: bool = False
    plan: bool = False
    preparatory_behavior: bool = False
    behavior: bool = False  # self-harm: an act carried out, not only thought of ("I scraped my arm with the key")
    timeframe: Timeframe | None = None


@dataclass
class RiskFinding:
    status: str = "not_assessed"
    evidence: list[int] = field(default_factory=list)
    needs_review: bool = False
    review_reasons: list[str] = field(default_factory=list)
    facets: RiskFacets = field(default_factory=RiskFacets)
    denied_facets: list[str] = field(default_factory=list)  # DENIABLE facets the client denied when asked

    def as_item(self) -> dict[str, Any]:
        """The DESIGN.md ``risk`` item: status, evidence, needs_review, review_reasons, facets, denied_facets."""
        return {
            "status": self.status,
            "evidence": list(self.evidence),
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
            "facets": dict(self.facets.__dict__),
            "denied_facets": list(self.denied_facets),
        }


# ----------------------------------------------------------------- analysis
@dataclass
class _Mention:
    turn: int
    field: str | None  # None for dialogue cues
    facet: str  # a FACETS name, or the cue kind
    strong: bool
    start: int
    end: int
    mods: frozenset[str]
    flag: bool = False
    detail: bool = False

    @property
    def facets(self) -> frozenset[str]:
        return frozenset(self.facet.split("+"))


@dataclass
class _Turn:
    index: int
    speaker: str
    text: str
    mentions: list[_Mention]
    cues: dict[str, list[_Mention]]
    question: bool
    first_sentence: str
    sentences: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is a question)
    flagged: list[_Mention] = field(default_factory=list)
    recited: bool = False  # an exercise's script said aloud, not the client's own words (``_recited``)

    def sentence_of(self, m: _Mention) -> int:
        return next((k for k, (a, b, _) in enumerate(self.sentences) if a <= m.start < b), 0)


@dataclass
class _Event:
    field: str
    kind: Literal["endorse", "deny", "history", "unresolved", "context"]
    turn: int
    pos: int
    evidence: tuple[int, ...]
    facets: frozenset[str] = frozenset()
    negated_facets: frozenset[str] = frozenset()
    timeframe: Timeframe | None = None
    reason: str | None = None
    source: str = "client"
    shared: bool = False  # a yes to a question that asked about several fields at once
    standing: bool = False  # an unresolved reading whose reason stands whatever settles the field just after it


def _creatures_before(text: str, pos: int) -> bool:
    """The "them" at ``pos`` points back to creatures named in its own sentence or the two before it, with no
    person named in between: "The cucumbers come in alive. First we kill them in the boiling water", "the caterpillars
    of the box moth. I fought them all summer. Every morning at six, I was picking them off by hand and killing them"."""
    own = _sentence_bounds(text, pos)[0]
    start = _sentence_bounds(text, own - 1)[0] if own > 0 else 0
    # (two sentences back where the one between goes on about them: "I fought them all summer.")
    if start > 0 and re.search(r"\b(?:them|they)\b", text[start:own], re.IGNORECASE):
        start = _sentence_bounds(text, start - 1)[0]
    last = max(_CREATURES.finditer(text, start, pos), key=lambda m: m.start(), default=None)
    return last is not None and not _PERSON_NAMED.search(text, last.end(), pos)


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _FILLERS.sub("", text)
    for rx, full in _SPOKEN:
        text = rx.sub(full, text)
    return _REPEATS.sub(r"\1", text).strip()


def _lower_case_name(word: str) -> bool:
    from wordfreq import zipf_frequency

    from scribe.extract import vocab

    ordinary = vocab.ordinary_words()
    plural_of = (word[:-1], word[:-2]) if word.endswith("s") else ()
    if len(word) < 3 or word in ordinary or any(w in ordinary for w in plural_of) or word.endswith(("ing", "ed", "ly")):
        return False
    return zipf_frequency(word, "en") < (_LOWER_NAME_ZIPF if word in vocab.given_names() else _RARE_WORD_ZIPF)


def harm_to_named(text: str) -> bool:
    """A harm verb before a person's name: capitalised ("hurting Dave"), or lower case as speech recognition
    writes it ("hitting jelani")."""
    return bool(HARM_NAMED.search(text)) or any(_lower_case_name(m.group("name")) for m in _HARM_LOWER.finditer(text))


_OWN_INJURY = re.compile(r"\b(?:i\s+)?(?:cut|burn(?:ed|t)|scald(?:ed)?|hurt|stabbed)\s+(?:myself|my\s+(?:\w+\s+)?(?:hand|finger|thumb|arm|leg|foot))\b",
                         re.IGNORECASE)
_ECHO_LEAD = re.compile(r"^\W*(?:what\W+like|you\s+mean|do\s+you\s+mean)\W+(?P<echo>(?:\w+(?:'\w+)?\W+){0,3}?\w+)\W+"
                        r"(?=(?:no|nah|nope|naw|never|not\s+(?:really|at\s+all)|god\s+no)\b"
                        r"(?!\s+(?:one|body|way|more|longer|matter|reason|point|idea|doubt|need)\b))", re.IGNORECASE)


def _analyse(index: int, speaker: str, doc: Doc, engine: _Engine) -> _Turn:
    from spacy.tokens import Span

    text = doc.text
    spans: list[Span] = []
    meta: list[tuple[str | None, str, bool, bool, bool]] = []
    idiom = [] if speaker == "clinician" else [m.span() for m in _IDIOM.finditer(text)] + [
        # (from the subject on: "I've been cutting them" is read from "I")
        (max(0, m.start(g) - 12), m.end(g)) for m in _PILL_CUT.finditer(text) for g in ("cut" if m.group("cut") else "cut2",)] + [
        # an injury the client says in the next breath was an accident: "Measure twice, cut once, and I cut myself once
        # only. Ha. That was accident, not on purpose."
        m.span() for m in _OWN_INJURY.finditer(text) if _ACCIDENTAL.search(text[m.end():m.end() + 60])]

    def add(start: int, end: int, key: tuple[str | None, str, bool, bool, bool]) -> None:
        sp = doc.char_span(start, end, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            return
        spans.append(Span(doc, sp.start, sp.end, label=f"{key[0]}:{key[1]}:{len(spans)}"))
        meta.append(key)

    for f, facet, strong, flag, detail, rx in _COMPILED:
        for hit in rx.finditer(text):
            if any(a <= hit.start() < b for a, b in idiom):
                continue
            add(hit.start(), hit.end(), (f, facet, strong, flag, detail))
    # only in the clinician's question: a client's "i'm gonna murder jayden, he keeps stealing my loot" is the
    # game talk the patterns leave to the dialogue
    for hit in _HARM_LOWER.finditer(text) if speaker == "clinician" else ():
        if _lower_case_name(hit.group("name")):
            add(hit.start(), hit.end(), (HI, "active_thoughts", True, False, False))
    if speaker == "other":
        for hit in _REPORTED_THREAT_RE.finditer(text):
            add(hit.start(), hit.end(), (HI, "active_thoughts", True, False, False))
        for f, facet, rx in _REPORTED_ACTS:
            for hit in rx.finditer(text):
                add(hit.start(), hit.end(), (f, facet, True, False, False))
    for name, rx in _CUE_RE:
        for hit in rx.finditer(text):
            add(hit.start(), hit.end(), (None, name, True, False, False))
    mentions: list[_Mention] = []
    if spans:
        doc.spans["risk"] = spans
        for mod in engine.modifiers:
            mod(doc)
        for sp, (field_name, facet_name, is_strong, flag, detail) in zip(doc.spans["risk"], meta, strict=True):
            mods = frozenset(m.extension.removeprefix("risk_") for m in engine.modifiers if sp._.get(m.extension))
            mentions.append(_Mention(index, field_name, facet_name, is_strong, sp.start_char, sp.end_char, mods, flag, detail))
    # "... I had suicidal thoughts for a while. That was in 2015.": the sentence before is history
    sents = list(doc.sents)
    for k, sent in enumerate(sents[1:], start=1):
        if _THAT_WAS_PAST.match(sent.text):
            lo, hi = sents[k - 1].start_char, sents[k - 1].end_char
            if k > 1 and len(sents[k - 1].text.split()) <= 4 and not _PRESENT_WORD.search(sents[k - 1].text):
                # "I took a handful of pills one night. Graeme found me. That was twenty-four years ago.": a short
                # sentence of the same event between them
                lo = sents[k - 2].start_char
            mentions = [replace(m, mods=m.mods | {"historical"}) if lo <= m.start < hi else m for m in mentions]
    # "That day I wanted to hit him, yes. Now no.": the moment then, set against now
    if speaker != "clinician" and _NOW_NO.search(doc.text):
        for sent in sents:
            if _THAT_MOMENT.match(sent.text):
                mentions = [replace(m, mods=m.mods | {"historical"}) if sent.start_char <= m.start < sent.end_char
                            and "present" not in m.mods else m for m in mentions]
    # the blow the person spoken of lets a thing deal him, told by someone in the room, is harm to himself
    mentions = [replace(m, field=SH) if speaker == "other" and m.field == HI and _STRUCK_SELF.search(text[m.start:m.end])
                and _SENTENCE_ENDS.match(text, m.end) and _LET_STRIKE.search(text, max(0, m.start - 40), m.start) else m
                for m in mentions]
    if speaker != "clinician":
        # a yes/no question the client puts to themselves ("my brain asked, so are you suicidal now too?
        # But no.") raises the topic without answering it
        asked_self = [(x.start_char, x.end_char) for x in sents if x.text.rstrip().endswith("?")
                      and _SELF_QUESTION.search(x.text)]
        mentions = [replace(m, mods=m.mods | {"hypothetical"}) if any(a <= m.start < b for a, b in asked_self) else m
                    for m in mentions]
        # a threat on a condition, sworn to: "if he comes near the flat again i swear i'll stab him i mean it"
        mentions = [replace(m, mods=m.mods - {"hypothetical"}) if "hypothetical" in m.mods and m.field
                    and _SWORN.search(text, max(0, m.start - 25), min(len(text), m.end + 40)) else m for m in mentions]
        # a killing done forty times this week is a game's: "Only bosses in Hollowfall. I've killed the same boss like
        # forty times this week."
        # (an act done that often, not thoughts had that often: "I've thought about killing him forty times")
        mentions = [replace(m, mods=m.mods | {"media"}) if m.field == HI and _TIMES_OVER.match(text, m.end)
                    and _KILLING_DONE.match(text, m.start) else m for m in mentions]
        # and "them" killed, once the turn has named them things: "i killed them all the plants i killed them"
        if _THINGS_KILLED.search(text):
            mentions = [m for m in mentions if not (m.field == HI and re.search(r"\b(?:them|it)\W*$", text[m.start:m.end]))]
        mentions = [m for m in mentions if not (m.field == HI and re.search(r"\bthem\W*$", text[m.start:m.end])
                                                and _creatures_before(text, m.start))]
        # the question's words said back as a question and answered at once: "But hurting her? No."
        echoed = [(x.start_char, x.end_char) for x, nxt_sent in zip(sents, sents[1:], strict=False)
                  if x.text.rstrip().endswith("?")
                  and len(x.text.split()) <= 6 and not _TAG_QUESTION.search(x.text)
                  and _DENY_START.match(_LEAD.sub("", nxt_sent.text))]
        # and the same without its question mark, as speech recognition writes it: "what like ending it nah nah i'm not there"
        echoed += [(0, e.end("echo")) for e in [_ECHO_LEAD.match(text)] if e]
        mentions = [replace(m, mods=m.mods | {"negated", "echo_denied"}) if m.field and any(a <= m.start < b for a, b in echoed)
                    else m for m in mentions]
    mentions = [replace(m, mods=m.mods | {"negated"}) if m.field and m.facets & {"plan", "intent", "method",
                "preparatory_behavior"} and _FACET_NEGATED.search(text[max(0, m.start - 30):m.start]) else m
                for m in mentions]
    # guilt for a death feared, not a wish to kill: "If my video makes them cut his money and he does it, it is me. I killed
    # him. This is the thought.", and the clinician naming that thought back
    mentions = [m for m in mentions if not (m.field == HI and _BLAMED_KILLING.search(text, max(0, m.start - 20), m.end)
                                            and _GUILT_FRAME.search(text, max(0, m.start - 60), m.start))]
    # a thing cut up, not a body: "the statement from the credit card he said he cut up" (not "cut up my arms")
    mentions = [m for m in mentions if not (m.field == SH and _CUT_UP_THING.match(text, m.end)
                                            and re.search(r"\bcut$", text[m.start:m.end], re.IGNORECASE))]
    if speaker == "client":
        # "she say i'm trying to poison her": someone else's claim about the client, told by the client, is not
        # the client's own thought; it is pointed out (_dialogue), never endorsed
        mentions = [replace(m, mods=m.mods | {"other_experiencer", "claimed"}) if m.field and _claimed_by_other(text, m.start)
                    else m for m in mentions]
        # 'He says "when I get out I will kill her." And I say it. "I will kill her."': words quoted from someone
        # else, and the same words said again, are theirs
        quoted = _quoted_from_other(text)
        mentions = [replace(m, mods=m.mods | {"other_experiencer", "quoted"}) if m.field and (
            any(a <= m.start < b for a, b in quoted) or _MESSAGE_READ.search(text[max(0, m.start - 80):m.start]))
                    else m for m in mentions]
        # "I think about slamming his head into the locker": the body harmed is someone else's; wanted by the
        # client it is harm to others, otherwise it is not the client's self-harm
        mentions = [_others_body(text, m) if m.field == SH and OTHERS_BODY.search(text, m.start, m.end) else m
                    for m in mentions]
        # a plot told over sentences: "That farm one on telly. The brother poisons the neighbour's well." (a sentence of
        # the story with no I in it)
        mentions = [replace(m, mods=m.mods | {"media"}) if m.field and _told_plot(text, m.start) else m for m in mentions]
        # the words of a song as it is sung: "we sing take me home lord take me home and it is in my head"
        mentions = [replace(m, mods=m.mods | {"media"}) if m.field and _SUNG_BEFORE.search(text, max(0, m.start - 60), m.start)
                    else m for m in mentions]
        # words read off a page, as an indexer or a proofreader reads them aloud: "all day I'm reading entries out loud
        # to myself, suicide, see also self-harm" (not the client's own words after: "... and I want to die")
        mentions = [replace(m, mods=m.mods | {"media"}) if m.field and _READ_OFF.search(text, max(0, m.start - 160), m.start)
                    and not _FIRST_PERSON_CLAUSE.search(text, max(0, m.start - 30), m.start) else m for m in mentions]
        # someone else's thought about the client, put in the third person: "the teachers were ... thinking this old man
        # should not be here"
        mentions = [replace(m, mods=m.mods | {"other_experiencer", "claimed"}) if m.field
                    and _THEIR_THOUGHT_OF_ME.search(text, max(0, m.start - 60), m.start) else m for m in mentions]
        # a call-out told like a log entry: "Overdose, young man, nineteen, twenty." (the act is the patient's)
        mentions = [replace(m, mods=m.mods | {"other_experiencer"}) if m.field and _CASE_LABEL.match(text, m.end) else m
                    for m in mentions]
        # a case at work: "I'm processing the items from the murder-suicide in Chandler"
        mentions = [replace(m, mods=m.mods | {"other_experiencer"}) if m.field == SI
                    and _MURDER_BEFORE.search(text, max(0, m.start - 8), m.start) else m for m in mentions]
        # an act done by someone named, told as done: "Kieran murdered him in the fifth, means he battered him on points."
        # (the name right before the verb, in capitals: ASR's lower case "kieran" is left to the other readings)
        mentions = [replace(m, mods=m.mods | {"other_experiencer"}) if m.field and _named_doer(text, m.start) else m
                    for m in mentions]
        # anyone at all, the design's user: "packaging ... so a person who wants to overdose, it slows them down"
        mentions = [replace(m, mods=m.mods | {"other_experiencer"}) if m.field
                    and _ANY_PERSON_WHO.search(text, max(0, m.start - 40), m.start) else m for m in mentions]
    # keep the longest concept per field where concepts overlap
    concept = [m for m in mentions if m.field]
    concept = [m for m in concept if not any(o is not m and o.field == m.field and o.start <= m.start and m.end <= o.end
                                             and (o.end - o.start) > (m.end - m.start) for o in concept)]
    cues: dict[str, list[_Mention]] = {}
    for m in mentions:
        if m.field is None:
            cues.setdefault(m.facet, []).append(m)
    first = sents[0].text if sents else text
    spans_q = [(sp.start_char, sp.end_char, bool(_QUESTION.search(sp.text)) or k == len(sents) - 1 and speaker == "clinician"
                and bool(_ANNOUNCED_Q.search(sp.text))) for k, sp in enumerate(sents)]
    return _Turn(index, speaker, text, concept, cues, any(q for _, _, q in spans_q), first, spans_q)


_SUNG_BEFORE = re.compile(r"\b(?:we|they|you|people|everyone|everybody|the\s+(?:women|men|choir|church|crowd))\s+(?:all\s+)?"
                          r"(?:sing|sang|sings|singing|were\s+singing|chant|chanted|chanting)\s*[:,\"'“]?\s*(?:[\w'-]+\s+){0,6}$",
                          re.IGNORECASE)
# someone else's claim or belief about the client, then the risk words: "she says I'm trying to poison her", "my
# mother thinks I want to kill myself"; not the client's own clause after it ("... and I want to die")
_CLAIMED_BY = re.compile(
    # (or would: "she said she would tell the police I attacked her")
    r"\b(?:she|he|they|everyone|everybody|people|(?:the|my|his|her|our|your)\s+\w+)\s+(?:keeps?\s+|always\s+|still\s+|"
    r"(?:would|will|'d|'ll|could|might|was\s+going\s+to|is\s+going\s+to|threaten(?:s|ed)?\s+to)\s+)?"
    r"(?:say|says|said|saying|think|thinks|thought|reckons?|claims?|claimed|believes?|believed|accus\w+\s+me\s+of|"
    r"tell\s+(?:the\s+\w+|people|everyone|everybody|them)|"
    r"tells?\s+(?:people|everyone|everybody|them)|told\s+(?:people|everyone|everybody|them|the\s+\w+))\s+(?:that\s+)?"
    r"(?:i|i'm|im|i've|i'd|i\s+was|i\s+am|me)\b(?P<rest>[^.?!]*)$",
    re.IGNORECASE,
)


# someone's thought or saying about the client, the client named in the third person: "thinking this old man should "
_THEIR_THOUGHT_OF_ME = re.compile(r"\b(?:thinking|think|thinks|thought|saying|say|says|said)\s+(?:that\s+)?(?:this|that|the)\s+"
                                 r"(?:\w+\s+){0,2}(?:man|woman|guy|lady|person|fool|idiot|old\s+one)\s+"
                                 r"(?:(?:should|must|would|could|ought\s+to|is|was|will|can|does|did)(?:n'?t)?\s+)?$", re.IGNORECASE)
# reading aloud what is printed: "reading entries out loud", "the index entries", "a textbook on"
_READ_OFF = re.compile(r"\b(?:read(?:ing|s)?\s+(?:\w+\s+){0,3}(?:out\s+loud|aloud)|(?:index|dictionary|glossary)\s+(?:entries|entry|terms)|"
                       r"(?:the|an?)\s+(?:text)?book\s+(?:on|about)|(?:text)?book\s+(?:on|about)\s+|"
                       # a coder's work: "i type the codes all day intentional self harm the suicide attempt"
                       r"(?:type|types|typing|typed|enter|enters|entering|assign|assigns|assigning|key|keying)\s+(?:in\s+)?(?:the\s+|all\s+the\s+)?"
                       r"(?:icd\s+|diagnosis\s+|billing\s+)?codes\b|"
                       # and the records they code from: "the worst is the er charts there are many many overdoses and the self harm"
                       # (the ASR filler "er" cleaned away leaves "the charts there are")
                       r"(?:a\s+and\s+e|emergency|patient|patients'?|medical|hospital|clinic)\s+(?:charts|records|files)\b|"
                       r"\bcharts\s+(?:there\s+(?:are|is)|full\s+of|with)\b)", re.IGNORECASE)
_FIRST_PERSON_CLAUSE = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my|myself)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


_SWORN = re.compile(r"\bi\s+(?:swear|mean\s+it|(?:'?m|am)\s+(?:serious|not\s+joking|not\s+kidding))\b", re.IGNORECASE)
# a quotation and who is said to have said it: 'He says "when I get out I will kill her"', 'the stepfather goes, "I'll
# kill you"'
_QUOTE_SPAN = re.compile(r"[\"“]([^\"“”]{3,300})[\"”]")
_OTHER_SAYS = re.compile(r"\b(?:he|she|they|(?:the|my|his|her|their)\s+\w+|(?-i:[A-Z][a-z]+))\s+(?:just\s+|then\s+|always\s+)?"
                         r"(?:says?|said|goes|went|told\s+\w+|yell(?:s|ed)|scream(?:s|ed)|shout(?:s|ed)|writes|wrote|texted|"
                         r"threaten(?:s|ed))\s*(?:to\s+\w+\s*)?[,:]?\s*$|"
                         # a message read out: "one of my congregants ... I'll read it, I have permission to talk about it."
                         r"\b(?:(?:it|the\s+(?:text|message|note|letter|post))\s+(?:says|said|reads|read)|(?:i'?ll|let\s+me|i\s+will)\s+"
                         r"read\s+(?:it|this|you)\b)[^\"“.]{0,60}(?:\.\s*)?[^\"“.]{0,60}$|"
                         # a voice on a radio or phone: 'the driver's on the radio. "Cragford box, I've hit someone."'
                         r"\b(?:he|she|they|(?:the|my|his|her|their)\s+\w+|(?-i:[A-Z][a-z]+))(?:'s|\s+is|\s+was|\s+came|\s+comes)\s+"
                         r"(?:straight\s+|right\s+)?(?:on|over)\s+the\s+(?:radio|phone|line|intercom|tannoy|walkie-talkie)\b"
                         r"[^\"“.]{0,30}[.,:]?\s*$|"
                         # an interpreter's voicing: 'he signed that he wants to hang himself. I had to voice it in
                         # first person. "I want to hang myself."'
                         r"\b(?:voic\w*|interpret\w*|translat\w*|sa(?:y|id)\s+(?:it|them))\s+(?:it\s+|them\s+|his\s+words\s+|her\s+words\s+)?"
                         r"(?:in|into)\s+(?:the\s+)?first\s+person\s*[.,:]?\s*$", re.IGNORECASE)


def _unquoted(text: str) -> str:
    """``text`` with what it quotes from someone else blanked out."""
    for a, b in _quoted_from_other(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


@functools.lru_cache(maxsize=256)
def _quoted_from_other(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` quoting someone else, and later quotations repeating their words (cached: the turn
    analysis and the learned screen both ask of the same turn)."""
    theirs: list[tuple[int, int]] = []
    words: list[str] = []
    for q in _QUOTE_SPAN.finditer(text):
        said = re.sub(r"[^a-z' ]", "", q.group(1).lower()).strip()
        if _OTHER_SAYS.search(text, max(0, q.start() - 60), q.start()) or any(said and said in w for w in words):
            theirs.append(q.span())
            words.append(said)
    # an interpreter voicing someone's words without quotation marks, and saying them again: "when he testify, he sign,
    # I wanted him dead, I took the knife. And I must say it in first person. I wanted him dead."
    if _INTERPRETING.search(text):
        for v in _VOICED.finditer(text):
            theirs.append(v.span("speech"))
            first = re.split(r"[,;]", v.group("speech"))[0].strip()
            if len(first.split()) >= 3:
                theirs += [(v.end() + r.start(), v.end() + r.end())
                           for r in re.finditer(re.escape(first), text[v.end():], re.IGNORECASE)]
    return tuple(sorted(set(theirs)))


# the words of someone else put into the first person by the client's work of voicing them
_INTERPRETING = re.compile(r"\b(?:first\s+person|i\s+(?:am|'m)\s+(?:his|her|their)\s+voice|interpret\w*|voic(?:e|ed|ing)\s+(?:it|"
                           r"him|her|them|his|their))\b", re.IGNORECASE)
_VOICED = re.compile(r"\b(?:he|she|they)\s+(?:signs?|signed|says?|said|tells?|told)\s*[,:]\s*(?P<speech>i\b[^.?!]+)", re.IGNORECASE)


_PLOT_CUE = re.compile(r"\b(?:on\s+(?:the\s+)?(?:telly|tv|netflix|iplayer|youtube)|(?:a|the|that)\s+(?:film|movie|show|series|book|novel|"
                       r"episode|documentary|podcast|programme|program|soap|drama|thriller|box\s?set)|(?:watch|watched|watching|reading|"
                       r"read)\s+(?:this|that|a|the)\s+\w+\s+(?:where|about|in\s+which))\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|i'?d|i'?ll|i'?ve|me|my|myself|mine)\b", re.IGNORECASE)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence of ``text`` around ``pos``, cut at . ? and !"""
    start = max(text.rfind(c, 0, pos) for c in ".?!") + 1
    end = min((k for k in (text.find(c, pos) for c in ".?!") if k >= 0), default=len(text))
    return start, end


def _told_plot(text: str, start: int) -> bool:
    sent_start, sent_end = _sentence_bounds(text, start)
    cue = _PLOT_CUE.search(text, 0, sent_start)
    return cue is not None and sent_start - cue.end() < 120 and not _FIRST_PERSON.search(text[sent_start:sent_end])


# "the murder-suicide in Chandler": the suicide of a case, named with the killing before it
_MURDER_BEFORE = re.compile(r"\bmurders?[- ]$", re.IGNORECASE)
_ANY_PERSON_WHO = re.compile(r"(?<!\bi'm\s)(?<!\bi\sam\s)(?<!\bim\s)\b(?:(?:a|any|the)\s+(?:person|patient|man|woman|kid|child|user)|anyone|"
                             r"anybody)\s+(?:who|that)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_CASE_LABEL = re.compile(r"\s*,\s*(?:an?\s+)?(?:young|old|older|elderly|little|teenage|middle-aged)?\s*(?:man|woman|boy|girl|lad|guy|"
                         r"kid|teen(?:ager)?|male|female|patient|gentleman|lady|student|mother|father)\b(?!\s+(?:like|as)\s+me)",
                         re.IGNORECASE)


def _claimed_by_other(text: str, start: int) -> bool:
    sent_start, _ = _sentence_bounds(text, start)
    hit = _CLAIMED_BY.search(text, sent_start, start)
    return hit is not None and not re.search(r"\b(?:and|but|so|because|cos|cause)\s+i\b|[,;]\s*i\b", hit.group("rest"),
                                             re.IGNORECASE)


_CUT_UP_THING = re.compile(r"\s+up\b(?=\s*(?:[.,;!?]|$)|\s+(?:the|a|an|his|her|their|my|all\s+the)\s+(?:old\s+|credit\s+|bank\s+)?"
                           r"(?:cards?|statements?|papers?|photos?|pictures?|letters?|clothes|onions?|vegetables|meat|boxes|cardboard)\b)",
                           re.IGNORECASE)
# a person named as the doer right before the act, and the act in the past tense: "Kieran murdered him"
_NAMED_DOER = re.compile(r"(?-i:\b([A-Z][a-z]+))\s+(?:(?:just|nearly|almost|basically|totally|proper)\s+)?$")
_PAST_ACT = re.compile(r"(?:murdered|killed|stabbed|strangled|shot|beat|battered|hanged|drowned|slaughtered|destroyed|"
                       r"butchered|smashed|hurt|cut|burned|burnt)\b", re.IGNORECASE)


def _named_doer(text: str, pos: int) -> bool:
    """Whether the act at ``pos`` is told as done by a person named right before it."""
    from scribe.extract import vocab

    doer = _NAMED_DOER.search(text, max(0, pos - 20), pos)
    return doer is not None and bool(_PAST_ACT.match(text, pos)) and doer.group(1).lower() in vocab.given_names()


OTHERS_BODY = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:legs?|arms?|thighs?|face|head|stomach|wrists?|skin|hair)\b",
                          re.IGNORECASE)


# "sitting on my bunk at night picturing smashing his head into the sink": the client's own image of the act
_PICTURING_BEFORE = re.compile(r"\b(?:picturing|imagining|fantasi[sz]ing\s+about|dreaming\s+about|thinking\s+about)\s+$", re.IGNORECASE)


def _others_body(text: str, m: _Mention) -> _Mention:
    before = text[max(0, m.start - 30):m.start]
    if _FIRST_PERSON_BEFORE.search(before) or _PICTURING_BEFORE.search(before):
        return replace(m, field=HI)
    return replace(m, mods=m.mods | {"other_experiencer"})


def _self_reflexive(text: str, m: _Mention) -> bool:
    return bool(re.search(r"\b(?:my|your)sel(?:f|ves)\b", text[m.start:m.end], re.IGNORECASE))


def _third_reflexive(text: str, m: _Mention) -> bool:
    return bool(re.search(r"\b(?:him|her|them)sel(?:f|ves)|themselves\b", text[m.start:m.end], re.IGNORECASE))


def _about_client(t: _Turn, m: _Mention) -> bool:
    """A client's or clinician's mention that concerns the client (not a third party, a plot or a song)."""
    if "media" in m.mods:
        return False
    if _third_reflexive(t.text, m) or _RELATIVE_WHO.search(t.text, max(0, m.start - 30), m.start):
        return False
    if _self_reflexive(t.text, m) and "quoted" not in m.mods:
        # (not the "myself" of someone else's words quoted: '"I want to hang myself." They are his words.')
        return True
    return "other_experiencer" not in m.mods


def _timeframe(m: _Mention, turn: _Turn) -> Timeframe:
    if "present" in m.mods:
        return "current"
    return "recent" if "recent" in m.mods else "current"


def _live(cues: list[_Mention] | None) -> list[_Mention]:
    return [c for c in cues or [] if "negated" not in c.mods]


INTRUSIVE_REASON = "intrusive ego-dystonic thoughts, no urge or intent stated"
CLAIMED_REASON = "someone else's claim about the client, told by the client (turn {turn}): ask the client"
REPORT_DENIED_REASON = "reported by another person in the room; the client denied it"
REPORTED_REASON = "reported by another person in the room"
MINIMISED_REPORT_REASON = f"{REPORTED_REASON}; the client explained it away without denying it: ask"
# a report refuted, not explained away: "I never said that", "I don't mean it", "that's not true"
# (and "I ain't sure I don't mean it now" refutes nothing)
_REFUTED = re.compile(r"\b(?:never\s+said|didn'?t\s+say|did\s+not\s+say|(?<!sure\si\s)(?<!certain\si\s)(?:do|did)n'?t\s+(?:really\s+)?mean|not\s+true|"
                      r"(?:that'?s|it'?s)\s+(?:a\s+)?lie|making\s+(?:it|that)\s+up|not\s+what\s+i\s+said|never\s+would)\b", re.IGNORECASE)


_TOLD_DEATH = re.compile(r"\b(?:die|died|dying|dead|death|(?:had|has)n'?t\s+made\s+it|better\s+off|easier\s+on\s+everyone|"
                         r"not\s+(?:be\s+)?(?:here|around|alive))\b", re.IGNORECASE)


def _intrusive_fields(events: list[_Event]) -> set[str]:
    """Fields already settled as intrusive, ego-dystonic thoughts: the same thoughts said again
    (an exposure script, a follow-up) are still those thoughts."""
    fields = {e.field for e in events if e.reason == INTRUSIVE_REASON}
    # an act told after them ("I said no. It is not completely true. ... I pinch my arm until it goes blue") makes
    # what follows about the act, not about the thoughts
    acted = {e.field for e in events if e.kind == "endorse" and e.source == "client" and e.reason is None and e.facets
             and any(x.field == e.field and x.reason == INTRUSIVE_REASON and x.turn < e.turn for x in events)}
    return fields - acted


def _intrusive(field_name: str, *texts: str) -> bool:
    joined = " ".join(texts)
    strong = bool(_INTRUSIVE_STRONG.search(joined))
    weak = bool(_INTRUSIVE_WEAK.search(joined)) and bool(_DISAVOW.search(joined) or _SI_DISAVOW.search(joined))
    if field_name == SI:
        return (strong or weak) and bool(_SI_DISAVOW.search(joined))
    return strong or weak


def _unwanted(field_name: str, t: _Turn) -> bool:
    """Whether the turn tells a harm image as unwanted ("Horrified. I would never.", "Not because I want to. The
    thoughts just come, and I hate them."): intrusive markers and a disavowal, no urge. Never for suicidal thoughts."""
    return field_name != SI and not _live(t.cues.get("urge")) and _intrusive(field_name, t.text) \
        and bool(_DISAVOW.search(t.text))


# the yes said of a thing, not a person: "No. Only the chocolate I want to hurt sometimes."
_ONLY_A_THING = re.compile(
    r"(?:no|nope|nah|never)\b\W+(?:only|just)\s+(?:the|my|that|this|those|these)\s+(?!(?:man|woman|guy|girl|boy|kids?|child|children|"
    r"baby|boss|manager|foreman|husband|wife|partner|ex|neighbou?rs?|brother|sister|mother|father|mum|mom|dad|son|daughter|uncle|"
    r"aunt|cousin|friends?|customers?|clients?|driver|teacher|landlord|colleagues?|supervisor|people|person|one|bloke|lad|"
    r"fella|family|in-?laws?|others?)\b)[a-z]+\s+(?:that\s+)?(?:(?:ha(?:ha)*|he(?:he)*)\W+)?"
    # (or the thing done to, in the job's words: "no only the dummies haha i kill the same dummy five times a week")
    r"i\s+(?:want|wanna|would\s+like|feel\s+like|kill|hit|smash|crash|shoot|punch|beat|destroy|break)\b", re.IGNORECASE)


# the harm kept to a game or a story, with no risk words of the client's own: "Only in the game, ha. I yell 'you're out,
# walk to the dead box' like two hundred times a day." (a paintball referee asked about hurting anyone)
# the client in the fiction: "Only in the storyboards. I draw myself hanging."
_SELF_IN_IT = re.compile(r"\b(?:myself|me)\b", re.IGNORECASE)
_ONLY_IN_FICTION = re.compile(r"only\s+(?:in|on)\s+(?:the|a|my|our)\s+(?:video\s+)?(?:games?|films?|movies?|plays?|shows?|books?|"
                              r"stor(?:y|ies)|novels?|stage|screen|scripts?|storyboards?)\b", re.IGNORECASE)

# the marks put down to a thing at once: "That's the string.", "Those are from the rope."
# (no means of harm named anywhere in the answer: "That's the razor, not by accident" is no accident)
_A_THINGS_DOING = re.compile(r"\W*(?:that'?s|that\s+is|it'?s|it\s+is|those\s+are|these\s+are|they'?re)\s+(?:just\s+|only\s+)?"
                             r"(?:the|from|a|an|my)\s+\w+", re.IGNORECASE)
_MEANS_NAMED = re.compile(r"\b(?:razor\w*|blades?|knife|knives|lighters?|cigarettes?|scissors|wrists?)\b", re.IGNORECASE)
# a yes or the client's own thoughts said after the fiction: "Only in the movies. But yeah, sometimes at night."
_YES_GOES_ON = re.compile(r"\b(?:but|yes|yeah|yep|honestly|still|really)\b|\bi\s+(?:think|thought|picture\w*|imagin\w*|see|want|wish|"
                          r"cut|burn\w*|hurt|feel|write\s+about)\b", re.IGNORECASE)

# the bottom of a scale said back and agreed to: "Zero, yes. In that way I am fine." (to "... you put zero")
_ZERO_AGREED = re.compile(r"(?:zero|none|nothing|0)\W+(?:yes|yeah|yep|correct|right|that'?s right)\b\W*", re.IGNORECASE)
# how often someone else does a thing, after the client's no: "No. Tosca jumps every night from the castle, that's enough
# dying for me." (an opera role)
_ANOTHERS_HABIT = re.compile(r"\s*(?:he|she|they|(?-i:(?!(?:It|This|That|There|Thinking|Everything|Nothing|Something|Someone|"
                             r"Everyone|Sometimes|Once|Then|Now|What|Which|When|Lately|Honestly|Mostly|Still|Usually|Anyway|Nights|"
                             r"Mornings|Really|Maybe|Just|Always|Often|Life|Everybody|Nobody|Work|Home|Sleep|Death|Dying)\b)[A-Z][a-z]+))"
                             r"\s+\w+s\s+", re.IGNORECASE)

# "sometimes" that opens what someone else does or says, not how often the client has the thought: "No. Grey isn't
# dying. ... Sometimes the creative director says this hook is dead, kill it"
_SOMEONE_ELSE_SOMETIMES = re.compile(
    r"(?:sometimes|at\s+times|now\s+and\s+then),?\s+(?:the|my|our|his|her|their|this|that)\s+(?:\w+\s+){0,2}?(?:says?|said|tells?|told|"
    r"asks?|asked|calls?|called|jokes?|joked|shouts?|shouted|sings?|writes?|wrote|sends?|sent|brings?|brought)\b", re.IGNORECASE)


def _other_act_yes(text: str, affirm: list[_Mention]) -> bool:
    """Whether the answer says the risk act's own no ("Hurting, no.") and every yes in it is said of another act named
    just before it ("Shouting, yes"), one that is not risk talk."""
    if not _ACT_NO.search(text):
        return False
    for c in affirm:
        act = _OTHER_ACT_YES.search(text, max(0, c.start - 30), c.start)
        if act is None or not _YES.match(text, c.start) or any(p.search(act.group("act")) for p in TOPICS.values()):
            return False
    return True


def _answer_polarity(answer: _Turn, negated_question: bool, rating_question: bool,
                     ever_question: bool = False) -> tuple[str, Timeframe | None]:
    """How the client answered a risk question: affirm / deny / hedged / deny_then_affirm / history / disown / unclear."""
    head = _LEAD.sub("", answer.text)
    # a joke in a figure of speech first, then the answer: "Ha. I would only kill him off in chapter twelve. No, honestly, no."
    joke = _FIRST_SENTENCE.match(head)
    if joke is not None and _IDIOM.search(joke.group(0)) and _DENY_START.match(head[joke.end():]):
        head = head[joke.end():]
    # "He's alright sometimes" is about him, not an answer about the client
    affirm = [c for c in _live(answer.cues.get("affirm")) if ("historical" not in c.mods or "present" in c.mods)
              and "media" not in c.mods and not _THEIR_READING.search(answer.text, max(0, c.start - 50), c.start)
              and not (_STATE_YES.match(answer.text, c.start) and _STATE_BEFORE.search(answer.text, max(0, c.start - 30), c.start))
              and not (_YES.match(answer.text, c.start) and _THING_BEFORE.search(answer.text, max(0, c.start - 30), c.start))
              and not _MOOD_AMOUNT.match(answer.text, c.start)
              and not _GRIEF_BEFORE.search(answer.text, max(0, c.start - 40), c.start)
              and not (_AMOUNT.match(answer.text, c.start) and _ANGER_BEFORE.search(answer.text, max(0, c.start - 70), c.start))
              and ("other_experiencer" not in c.mods or _YES.match(answer.text, c.start))
              and not _SOMEONE_ELSE_SOMETIMES.match(answer.text, c.start)]
    history = [c for c in answer.cues.get("affirm") or [] if "historical" in c.mods and "present" not in c.mods]
    past_answer = bool(_HISTORY_RE.search(answer.text))
    deny_later = bool(_live(answer.cues.get("deny")))
    tf: Timeframe | None = None
    if affirm:
        tf = "recent" if all("recent" in c.mods for c in affirm) else "current"
    later_affirm = [c for c in affirm if c.start > 3]
    if negated_question and _AGREE.match(head) and not later_affirm:
        return "deny", None
    if _SHORT_OF_PLAN.match(head):
        return "affirm", "current"
    if _ONLY_IN_FICTION.match(head) and not _live([m for m in answer.mentions if m.field]) \
            and not _live(answer.cues.get("urge")) and not _YES_GOES_ON.search(head) \
            and not _SELF_IN_IT.search(answer.text):
        return "deny", None  # (not the client's own picture in it: "Only in the storyboards. I draw myself hanging.")
    if _DENY_START.match(head):
        recur = _live(answer.cues.get("recur"))
        taken_back = bool(_NO_TAKEN_BACK.search(answer.text))
        if later_affirm and not recur:
            # a later yes that only qualifies the no: said of the past ("No. Last winter, yeah. Not now."), of
            # remembering with the act denied ("Not for many years. Sometimes I remember it, but I don't do it."), or
            # of something short of death named as such ("... better off with someone else, but not dead. Not die.")
            last_yes = max(c.start for c in later_affirm)
            if _NOT_NOW.search(answer.text) and all(_PAST_LEAD.search(answer.text, max(0, c.start - 30), c.start)
                                                    for c in later_affirm):
                return "history", "past"
            if not taken_back and not _live([m for m in answer.mentions if m.field]):
                if any(d.start > last_yes for d in _live(answer.cues.get("deny")) + _live(answer.cues.get("disown"))) \
                        or any(m.field and "negated" in m.mods and m.start > last_yes
                               and not _CONCEDED.search(answer.text, max(0, m.start - 16), m.start) for m in answer.mentions) \
                        or _NOT_THAT_END.search(answer.text, last_yes) or _FOR_ME_NO.search(answer.text, last_yes):
                    # the no is said again after the yes-like words: "No. Truly, no. I miss him, every day. But I do
                    # not wish to die."
                    return "deny", None
                if _NOT_THE_ACT.search(answer.text, last_yes):
                    return ("history", "past") if _OPENS_WITH_YEARS.match(head) else ("deny", None)
                if _NOT_DEATH.search(answer.text, last_yes):
                    return "deny", None
                if _FIGURE_OF_SPEECH.search(answer.text, last_yes):
                    # "no never sometimes i say this closing will put me in the ground but it's only how we say at
                    # work": what the yes-like word counts is a saying, disowned as one
                    return "deny", None
                if _other_act_yes(answer.text, later_affirm) or _ONLY_A_THING.match(head):
                    return "deny", None
                if all(_ANOTHERS_HABIT.fullmatch(answer.text, _sentence_bounds(answer.text, c.start)[0], c.start)
                       for c in later_affirm):
                    return "deny", None
                zero = _ZERO_AGREED.match(head)
                if zero is not None and not _AFFIRM_START.match(head, zero.end()) \
                        and all(c.start < len(answer.text) - len(head) + zero.end() for c in later_affirm):
                    return "deny", None
                if _ACCIDENTAL.search(answer.text):
                    # "Never. Not on purpose. I fell out a couple times back in the nineties, that was the dope, not me
                    # trying.": what the yes counts happened by accident
                    return "deny", None
        # "No. Well. Not no.", "No. I lied.": the answer takes its own no back
        if later_affirm or recur or taken_back:
            return "deny_then_affirm", tf or "current"
        if history or past_answer:
            return "history", "past"
        if _HEDGE.search(answer.first_sentence):
            return "hedged", None
        return "deny", None
    disown = _live(answer.cues.get("disown"))
    # "Sometimes I joke I'll put something in his soup, but that's only joke, I would never": the last word disowns
    if disown and (not later_affirm or max(c.start for c in later_affirm) < min(c.start for c in disown)):
        return "disown", None
    if ever_question and past_answer and not _live(answer.cues.get("recur")):
        return "history", "past"
    if rating_question and not _AFFIRM_START.match(head):
        if _ZERO.search(head):
            return "deny", None
        if _NUMBER.search(head):
            return "affirm", "current"
    if _AFFIRM_START.match(head) or affirm or _live(answer.cues.get("admit")):
        if (history or past_answer) and not [c for c in affirm if "historical" not in c.mods] and deny_later:
            return "history", "past"
        if history and not affirm:
            return "history", "past"
        return "affirm", tf or "current"
    if history or (past_answer and deny_later):
        return "history", "past"
    if deny_later or _SCOPED_NO.search(answer.text) or _closing_denial(answer.text) or _BUT_NO.search(answer.text) \
            or _FLAT_NO.search(answer.text) or _STAYING.search(answer.text):
        # "In the dream, sometimes I fight them. Awake, no.": the answer's own "no" for what was asked
        return "deny", None
    if not affirm and _ACCIDENTAL.search(answer.text) and _A_THINGS_DOING.match(head) and not _MEANS_NAMED.search(answer.text) \
            and not _live([m for m in answer.mentions if m.field]):
        # "And any hurting yourself? I notice the plasters on your fingers." "That's the string. ... it cuts when you
        # pull the tension by hand. Every stringer has these. Not on purpose.": the marks asked about came by accident
        return "deny", None
    return "unclear", None


def assess_risk(turns: list[dict[str, Any]]) -> dict[str, RiskFinding]:
    """Risk findings per field for a session's turns (``speaker``: clinician / client / other, ``text``)."""
    if not turns:
        return {f: RiskFinding() for f in RISK_FIELDS}
    engine = _engine()
    texts = [_clean(str(t.get("text", ""))) for t in turns]
    docs = engine.nlp.pipe(texts, disable=["ner"])
    info = [_analyse(i, str(t.get("speaker", "")), d, engine) for i, (t, d) in enumerate(zip(turns, docs, strict=True))]
    _gate_weak(info)
    _recited(info)
    _films_in_head(info)
    _trade_cutting(info)
    events = _dialogue(info)
    _clarified_not_death(info, events)
    _clarified_blame(info, events)
    _voice_disowned(info, events)
    _owned_images(info, events)
    _narrowed(events)
    _semantic_events(info, events)
    _settled_as_past(info, events)
    found = {f: _resolve(f, [e for e in events if e.field == f]) for f in RISK_FIELDS}
    for f, finding in found.items():
        for reason in _review_context(f, finding, [e for e in events if e.field == f], info):
            if reason not in finding.review_reasons:
                finding.review_reasons.append(reason)
                finding.needs_review = True
        _own_facet_denials(finding, info)
    _acts_told(found[SH], info)
    return found


# the client telling a self-harm act as done ("I scraped it with the car key until it bled", "I've been burning my
# wrist with the lighter", "I did it again"), not an urge, a wish, a condition or a denial ("I wanted to cut", "I'd cut if",
# "I did think about cutting", "I haven't cut since May")
_ACT_DONE = re.compile(
    r"\b(?:i|i'?ve|i\s+have|i\s+had)\s+(?:(?:been|just|still|also|then|actually|kept|keep|ended\s+up|started|start|"
    r"sometimes|once|twice|again)\s+){0,3}"
    r"(?:cut|cuts|cutting|burn(?:t|ed|ing|s)?|scrap(?:ed|ing|e|es)|scratch(?:ed|ing|es)?|hit|hits|hitting|punch(?:ed|ing|es)?|"
    r"bang(?:ed|ing|s)?|bit|bite|bites|biting|pick(?:ed|ing|s)?|dug|dig(?:s|ging)?|push(?:ed|ing|es)?|press(?:ed|ing|es)?|"
    r"pour(?:ed|ing|s)?|rub(?:bed|bing|s)?|stab(?:bed|bing|s)?|carv(?:ed|ing|e|es)|jab(?:bed|bing|s)?|slam(?:med|ming|s)?|"
    r"smash(?:ed|ing|es)?|scrub(?:bed|bing|s)?|held|hold|holds|took|take|takes|put|puts|(?:did|do|does)\s+(?:it|that|this|them))\b",
    re.IGNORECASE)


# the client's own words read back to them: "it says ...", "you wrote ..."
_READ_BACK = re.compile(r"\b(?:it\s+says|this\s+says|the\s+card\s+says|you\s+(?:wrote|have\s+written|'ve\s+written|put\s+down))\b",
                        re.IGNORECASE)
# the act asked about, and the answer that says it was done
_ACT_ASKED = re.compile(r"\b(?:have|did|had)\s+you\s+(?:\w+\s+)?(?:hurt|harmed|cut|burned|burnt|injured|hit)\s+yourself\b",
                        re.IGNORECASE)
_ACT_AFFIRMED = re.compile(rf"\W*(?:(?:{_YES.pattern}|um|uh|well)\W+)*(?:(?:i\s+did|i\s+have)(?=\s*(?:[.,;!]|$)|\s+(?:it|that|"
                           rf"again|once|twice|done)\b)|i'?ve\s+done|did\s+it|"
                           rf"{_YES.pattern}\W+(?:once|twice|two\s+times|three\s+times|a\s+few\s+times|again))\b",
                           re.IGNORECASE)


def _acts_told(finding: RiskFinding, info: list[_Turn]) -> None:
    """An endorsed self-harm finding in a session whose client (or another person) tells the act as done, not long ago:
    the ``behavior`` facet (C-SSRS non-suicidal self-injurious behaviour), so that the note says an act, not only
    thoughts."""
    if finding.status != "endorsed":
        return
    for t in info:
        if t.speaker == "clinician":
            continue
        i = t.index
        asked = info[i - 1].text if i > 0 and info[i - 1].speaker == "clinician" else ""
        if i in finding.evidence and (_ACT_ASKED.search(asked) and _ACT_AFFIRMED.match(t.text)
                                      or _READ_BACK.search(asked) and _ACT_DONE.search(asked)
                                      and (_ACT_AFFIRMED.match(t.text) or _YES.match(_LEAD.sub("", t.text)))):
            # "Have you hurt yourself since?" "yes um i did it again two times this week"; and the client's own written
            # words read back: "it says sometimes i put my arm on the dryer can on purpose is that right" "yes"
            finding.facets.behavior = True
            return
        # (told anywhere in the session, not only in the answer that endorsed it; an act of long ago is history)
        for m in t.mentions:
            if m.field != SH or m.mods & {"negated", "hypothetical", "historical", "media", "claimed", "echo_denied"}:
                continue
            # (to the sentence the mention ends in: "I heated the comb ... at the back. And I pressed it here.")
            lo, hi = _sentence_bounds(t.text, m.start)[0], _sentence_bounds(t.text, max(m.start, m.end - 1))[1]
            # (or the sentence before, that told the act the mention names: "I put the arm on the steriliser, on the hot
            # metal side ... The burn is like pressing the stop button")
            before = _sentence_bounds(t.text, lo - 2)[0] if lo >= 2 else lo
            if _ACT_DONE.search(t.text[before:hi]):
                finding.facets.behavior = True
                return


# what the client rules out in their own words, asked or not: "There's no plan, nothing like that.", "I'd never act on
# it": the note says "plan denied" rather than "not established" (a plan for the weekend is not one)
_OWN_DENIAL = {
    "plan": re.compile(r"\b(?:no|not\s+(?:like\s+)?a|never\s+(?:had|made)\s+a|(?:don'?t|do\s+not|didn'?t|haven'?t|hasn'?t)\s+"
                       r"(?:have\s+|got\s+|made\s+)?(?:a|any))\s+(?:real\s+|actual\s+)?plans?\b(?!\s+(?:for|b\b|yet\s+for))|"
                       r"\bnot\s+planning\s+(?:anything|it|to)\b|\bnothing\s+planned\b", re.IGNORECASE),
    "intent": re.compile(r"\b(?:no\s+intention|(?:wouldn'?t|would\s+never|'d\s+never|won'?t\s+ever|will\s+never)\s+"
                         r"(?:actually\s+)?act\s+on\s+(?:it|them)|not\s+going\s+to\s+act\s+on\s+(?:it|them)|"
                         # "But I will never do anything, suicide is mortal sin"
                         r"(?:will|would|'d)\s+never\s+do\s+(?:anything|it)|(?:won'?t|wouldn'?t|will\s+not|would\s+not)\s+(?:ever\s+)?do\s+"
                         r"(?:anything|it)|"
                         # unpunctuated: "a little part want it ... but i will not do i have two daughters"
                         r"\bi\s+(?:will|would)\s+not\s+do(?=\s+i\b|\s*[.,;!]|\s*$))\b",
                         re.IGNORECASE),
}


def _clients_words(i: int, info: list[_Turn], evidence: list[int] | tuple[int, ...]) -> bool:
    """Turn ``i`` says what the client says: the client's own, or the clinician's summary the client then confirms
    ("okay so ... and you have no plan and no intention to act" "yes that's it")."""
    t = info[i]
    if t.speaker == "client":
        return True
    return t.speaker == "clinician" and bool(_SUMMED_UP.match(t.text)) and i + 1 in evidence and i + 1 < len(info) \
        and info[i + 1].speaker == "client" and bool(_AGREE.match(_LEAD.sub("", info[i + 1].text)))


def _own_facet_denials(finding: RiskFinding, info: list[_Turn]) -> None:
    """Add to ``denied_facets`` the plan or intent the client ruled out in a turn of the finding's own evidence."""
    if finding.status != "endorsed" or not finding.evidence:
        return
    # (and the client's answer to an acting question put while the disclosure was told: "How often does that picture
    # come?" ... "When it comes, is there any plan, or any intention to actually do it?" "No. No plan.")
    turns = set(finding.evidence) | {
        i for i in range(max(1, min(finding.evidence)), min(len(info), max(finding.evidence) + 3))
        if info[i].speaker == "client" and info[i - 1].speaker == "clinician" and _ACTING_Q.search(_last_question(info[i - 1]))}
    for facet, pattern in _OWN_DENIAL.items():
        if getattr(finding.facets, facet) or facet in finding.denied_facets:
            continue
        if any(0 <= i < len(info) and _clients_words(i, info, sorted(turns)) and pattern.search(info[i].text) for i in turns):
            finding.denied_facets.append(facet)
    # and steps toward it denied in answer to a question about them: "have you ever made any move toward it, gone near
    # the vise when he's close?" "no no never i keep away"
    if not finding.facets.preparatory_behavior and "preparatory_behavior" not in finding.denied_facets and any(
            0 < i < len(info) and info[i].speaker == "client" and info[i - 1].speaker == "clinician"
            and _PREP_Q.search(_last_question(info[i - 1]) or info[i - 1].text) and _DENY_START.match(_LEAD.sub("", info[i].text))
            for i in turns):
        finding.denied_facets.append("preparatory_behavior")
    finding.denied_facets.sort(key=DENIABLE.index)


# the client making a disclosure small ("it's not a big deal", "only little", "everybody does", "just in case")
_MINIMISING = re.compile(
    r"\b(?:(?:it'?s|is|that'?s)\s+(?:not\s+a\s+big\s+deal|no\s+big\s+deal|nothing|harmless|normal|a\s+small\s+thing|small\s+thing)|"
    r"is\s+small\s+thing|only\s+(?:a\s+)?little|not\s+that\s+bad|every(?:one|body)\s+(?:does|has|gets)|a\s+normal\s+amount|"
    r"just\s+in\s+case|all\s+in\s+my\s+head|doesn'?t\s+even\s+(?:scar|hurt|bleed)|not\s+like\s+(?:(?:real|proper|actual|serious)\s+)?(?:cutting|self[- ]?harm\w*)|not\s+like\s+i'?m\s+(?:going|gonna)|"
    r"a\s+rough\s+patch|not\s+a\s+crisis|i'?m\s+not\s+going\s+to\s+do\s+anything\s+silly|before\s+it\s+gets\s+bad|only\s+passing|"
    r"passively)\b", re.IGNORECASE)
# a disclosure on the way out: "Okay, we're at time." "Oh, um, I gave my dog to my neighbour."
_CLOSING = re.compile(r"\b(?:we'?re\s+(?:at|out\s+of)\s+time|see\s+you\s+next|same\s+time\s+next|that'?s\s+(?:us|it)\s+for\s+today|"
                      r"one\s+more\s+thing|before\s+(?:you|i)\s+go|before\s+we\s+(?:stop|finish|end))\b", re.IGNORECASE)
# an injury the clinician asks about and the client explains away: "What about the bruises?" "That's from moving furniture."
_INJURY_Q = re.compile(r"\b(?:bruis\w*|cuts?|scratch\w*|burns?|marks?|scars?|band-?aids?|sleeves?|bandage\w*)\b", re.IGNORECASE)


def _review_context(field_name: str, finding: RiskFinding, events: list[_Event], info: list[_Turn]) -> list[str]:
    """Reasons the turns around a finding give a clinician to read it again: a disclosure made small,
    a disclosure on the way out, a denial that hedges, an injury explained away."""
    reasons: list[str] = []
    client = [e for e in events if e.source == "client" and 0 <= e.turn < len(info)]
    if finding.status == "endorsed":
        turns = {e.turn for e in client if e.kind in ("endorse", "context")}
        if any(_MINIMISING.search(info[i].text) for i in turns):
            reasons.append("minimised disclosure")
        first = min((e.turn for e in events if e.kind == "endorse"), default=-1)
        # only near the end: "one more thing I ask everyone" at turn 24 of 40 opens a screen, not a goodbye
        closing_from = len(info) - max(4, len(info) // 3)
        if first >= 0 and any(_CLOSING.search(info[j].text) for j in range(max(0, first - 3, closing_from), first + 1)):
            reasons.append("disclosed as the session was closing")
    elif finding.status == "denied":
        for e in client:
            if e.kind != "deny":
                continue
            answer = info[e.turn].text
            asked = info[e.turn - 1] if e.turn > 0 and info[e.turn - 1].speaker == "clinician" else None
            if _MINIMISING.search(answer) or _HEDGE.search(answer):
                reasons.append("hedged denial")
            if field_name == SH and asked is not None and _INJURY_Q.search(asked.text) and re.search(
                    r"\b(?:from|because|fell|bumped|accident|cat|dog)\b", answer, re.IGNORECASE):
                reasons.append("an injury explained by the client: check")
    return reasons




_OPENS_DENYING = re.compile(r"^\W*(?:no|nope|nah|never|not\s+(?:really|at\s+all|anymore|any\s?more|now|since|once)|none)\b(?!\s+(?:wonder|doubt))",
                            re.IGNORECASE)
# someone in the room vouching for the client's denial: "Or of hurting yourself?" "No." "He wouldn't. His mama'd come back
# and haunt him."
_VOUCHES = re.compile(r"^\W*(?:(?:oh|no|nah|and)\W+)?(?:he|she|they)\s*(?:wouldn'?t|won'?t|would\s+never|'d\s+never|never\s+would|"
                      r"would\s+not|will\s+not|isn'?t\s+like\s+that)\b", re.IGNORECASE)
# "Not for three years.", "I haven't touched a blade in fifteen years.", "Not since college."
_NOT_SINCE = re.compile(r"\bnot\s+(?:for|in|since)\s+(?:a\s+|about\s+|over\s+)?(?:\w+\s+)?(?:years?|months?|ages|a\s+long\s+time|"
                        r"high\s+school|college|uni|school|then)\b|\bhaven'?t\b[^.?!]{0,40}\b(?:in|for|since)\s+(?:\w+\s+)?"
                        r"(?:years?|months?|ages|a\s+long\s+time|high\s+school|college|uni|then)\b", re.IGNORECASE)


_RECENT_SINCE = re.compile(r"\bsince\s+(?:(?:last\s+|this\s+(?:past\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
                          r"last\s+(?:night|week(?:end)?)|the\s+weekend|this\s+(?:morning|week))\b", re.IGNORECASE)

# the act dated to this week or last in its own telling: "it was one time. last wednesday. i scratched with my nails"
_DATED_RECENT = re.compile(r"\b(?:last\s+(?:night|week(?:end)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|"
                           r"the\s+other\s+(?:day|night)|(?:a|two|three|four|five|few|couple\s+of)\s+days\s+ago|"
                           r"this\s+(?:week|weekend|morning))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]")


def _dated_recent(text: str, pos: int) -> bool:
    """Whether the act said at ``pos`` is dated this week or last, in its own sentence or just before it ("last
    wednesday. i scratched"); not by a date said after it of something else ("... full of wanting to die. I read
    them last week")."""
    end = _SENTENCE_END.search(text, pos)
    return bool(_DATED_RECENT.search(text, max(0, pos - 80), end.start() if end else len(text)))


_NOT_SINCE_THEN = re.compile(r"\bnot\s+since\s+(?:then|that|the)\b|\b(?:none|nothing)\s+since\b|\bnever\s+again\s+since\b|"
                             # "I scratched my arms raw at night. ... It stopped around the summer. Nothing since."
                             # "... i thought i don't want to be here but that's gone completely since the dose came down"
                             r"\b(?:that'?s|it'?s|they'?re|those\s+are|that\s+has|it\s+has)\s+(?:all\s+)?(?:gone|passed|stopped)"
                             r"(?:\s+\w+)?\s+since\b|"
                             # "Now I am thirty-five, I have not done since.", "I ain' had that feeling since."
                             r"\b(?:(?:have|has|had)(?:n'?t|\s+not)|ain'?t?(?:\s+never)?|never)\s+(?:done|had|felt|tried|thought)\b"
                             r"[^.?!]{0,30}\bsince\s*(?:[.!]|$)", re.IGNORECASE)
# a later sentence of the same answer that puts the present against what was told: "For one year I wanted to die. Now
# no. Now I am happy with my small shop.", "slowly it passed. Now I am nonno, I want to live a hundred years."
_NOW_OTHERWISE = re.compile(r"(?:^|[.!?]\s+)(?:but\s+|and\s+)?(?:now|these\s+days|nowadays)\s*[,?]?\s+(?:no|nope|nah|never|not\b|"
                            r"i\s+(?:am|'m)\s+(?:happy|fine|okay|ok|good|better|well|content)\b|i\s+want\s+to\s+live)|"
                            r"\b(?:it|that|the\s+feeling|those\s+thoughts|the\s+thoughts)\s+(?:slowly\s+|eventually\s+|finally\s+|soon\s+)?"
                            r"(?:passed|went\s+away|lifted)\b|"
                            # unpunctuated speech: "after the quake the first year yes i wished to die some months but now no"
                            # (the no ends there: not "but now no one would notice", "but now no reason to stay", "but now
                            # never stops")
                            r"\bbut\s+(?:now|these\s+days|nowadays)\s*,?\s+(?:no|nope|nah|never)\b"
                            r"(?=\s*(?:[,.;!?]|$|(?:no\s+)?(?:i|i'm|im|we|my|thank|thanks|because|now)\b))", re.IGNORECASE)


_PRESENT_RE = re.compile(r"\b(?:still|again|these days|lately|this week|right now|today)\b", re.IGNORECASE)


# what undoes "it passed": "It passed. But it's back now, worse."
# (or is still there at times: "Now, no. But sometimes, in the lift at four in the morning, I think if the cable breaks, fine.")
_CAME_BACK = re.compile(r"\b(?:back|again|worse|returned|came\s+round|but\s+sometimes)\b", re.IGNORECASE)
# a time the client dates the telling to: "For one year", "for some months", "After the divorce, 2015", "In Dhaka, after ..."
_PAST_SPAN = re.compile(r"\b(?:for\s+(?:one|a|two|three|some|a\s+few|many)\s+(?:years?|months?|weeks?)|after\s+the\s+\w+|"
                        r"(?:19|20)\d\d|long\s+time\s+(?:back|ago)|back\s+then|at\s+(?:that|the)\s+time|"
                        r"(?:that|the)\s+first\s+(?:year|months?|weeks?|winter|summer|spring|autumn)|"
                        # a month named, before the present said ("In February, yes ... Now, no.")
                        r"in\s+(?:january|february|march|april|june|july|august|september|october|november|december))\b",
                        re.IGNORECASE)


# the present denied in a follow-up answer: "Now no.", "Not any more.", "Those thoughts are gone", "I don't wish that any more"
_NOW_DENIED = re.compile(r"^\W*(?:now,?\s+(?:no|nope|nah|never)\b|not\s+(?:now|any\s?more|these\s+days)\b)|"
                         r"\b(?:those|the|these|that)\s+(?:thoughts?|feelings?)\s+(?:are|is|have|has|'s|'re)\s+(?:all\s+)?"
                         r"(?:gone|passed|over)\b|\b(?:don'?t|do\s+not|doesn'?t|never)\s+(?:really\s+|even\s+)?(?:wish|want|think|feel|have|get)\s+"
                         r"(?:\w+\s+){0,2}?(?:any\s?more|these\s+days)\b|"
                         r"\bno\s+(?:wish|desire|urge|thoughts?)\s+(?:\w+\s+){0,5}?(?:now|any\s?more|these\s+days)\b",
                         re.IGNORECASE)


def _past_told(text: str, pos: int) -> bool:
    """The sentence of a mention at ``pos``, or the one before it, dates it to the past."""
    start = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    before = max(text.rfind(". ", 0, max(0, start)), text.rfind("? ", 0, max(0, start)), 0)
    end = min([i for i in (text.find(". ", pos), text.find("? ", pos), text.find("! ", pos)) if i >= 0] or [len(text)])
    return bool(_HISTORY_RE.search(text, before, end) or _PAST_SPAN.search(text, before, end))


# the client's own past tense: "In Lesbos, yes, I wanted to die, in the tent, every night. Now no."
_I_PAST_TENSE = re.compile(r"\bi\s+(?:(?:really|just|often|always|sometimes|even)\s+)?(?:wanted|wished|thought|felt|tried|used\s+to|was|"
                           r"had|prayed|hoped)\b", re.IGNORECASE)


def _told_in_past_tense(text: str, pos: int, now: int) -> bool:
    """The mention at ``pos`` is told in the client's past tense in its own sentence, and the present is set against it
    at ``now`` later in the same turn ("I wanted to die, in the tent, every night. Now no."), in a later sentence or, in
    unpunctuated speech, after its own words ("i wished to die some months but now no")."""
    start, end = _sentence_bounds(text, pos)
    if pos < now < end:
        end = now  # the present set against it in the same unpunctuated sentence: "... i wished to die some months but now no"
    return end <= now and bool(_I_PAST_TENSE.search(text, start, end)) and not _dated_recent(text, pos)


def _settled_as_past(info: list[_Turn], events: list[_Event]) -> None:
    """What the client described, then, asked whether it is still so, denied, is history: "At uni I banged my
    head on the wall." "Anything like that recently?" "Not for three years." Past behaviour with none now is
    denied (DESIGN.md); a later disclosure still wins over the denial."""
    # "I thought I'd rather be dead than have this. But not since then, not now.": the answer dates its own telling
    told_now: list[_Event] = []
    for k, e in enumerate(events):
        if e.kind == "endorse" and e.source == "client" and _NOT_SINCE_THEN.search(info[e.turn].text, e.pos):
            events[k] = replace(e, kind="history", timeframe="past", reason=None)
        # "Now, no. Last year, got. Last year I scratched my arm, and some nights I thought it'd be easier to
        # disappear.": an answer that opens denying the present dates what it tells after a past lead to the past
        elif e.kind == "endorse" and e.source == "client" and _NOW_NO.match(_LEAD.sub("", info[e.turn].text)) \
                and _HISTORY_RE.search(info[e.turn].text, 0, e.pos) and not _PRESENT_RE.search(info[e.turn].text, e.pos):
            events[k] = replace(e, kind="history", timeframe="past", reason=None)
        # the same told the other way round: the past first, then "Now no." (the present said, so also a denial)
        elif e.kind == "endorse" and e.source == "client" and (now := _NOW_OTHERWISE.search(info[e.turn].text, e.pos)) \
                and (_past_told(info[e.turn].text, e.pos) or _told_in_past_tense(info[e.turn].text, e.pos, now.start())
                     # "In the camp, yes. In Sinai I asked God many times, take me. But that was 2012. Now no."
                     or _DATED_AFTER.search(info[e.turn].text, e.pos, now.start())) \
                and not _PRESENT_RE.search(info[e.turn].text, e.pos) \
                and not _CAME_BACK.search(info[e.turn].text, now.end()):
            events[k] = replace(e, kind="history", timeframe="past", reason=None)
            told_now.append(_Event(e.field, "deny", e.turn, now.start(), e.evidence, source="client"))
    events += told_now
    # "For some months I was thinking to finish myself." "And how is it now?" "Now no. Those thoughts are gone.": a
    # past told, and the short follow-up about now answered no, is a denial of the present (the loop below dates it)
    for e in [e for e in events if e.kind == "endorse" and e.source == "client"]:
        q, a = e.turn + 1, e.turn + 2
        if a >= len(info) or info[q].speaker != "clinician" or info[a].speaker != "client" or info[q].mentions \
                or len(info[q].text.split()) > 12 or not _FOLLOW_UP.search(info[q].text):
            continue
        told = info[e.turn].text
        head = _LEAD.sub("", info[a].text)
        # (a learned reading has no position: the whole turn dates it)
        past = _past_told(told, e.pos) if e.pos else bool(_HISTORY_RE.search(told) or _PAST_SPAN.search(told))
        # "Yes, when the asylum letter said refused. Many times. ... But that was before the kennels.": dated after
        past = past or bool(_DATED_AFTER.search(told, e.pos))
        if not past or any("negated" not in m.mods for m in info[a].mentions if m.field) or _live(info[a].cues.get("recur")) \
                or not (_NOW_DENIED.search(head) or _DENY_START.match(head)) \
                or any(x.field == e.field and x.turn == a and x.kind in ("deny", "endorse") for x in events):
            continue
        # (the follow-up, read as a question without a clear answer, is answered by the no)
        events[:] = [x for x in events if not (x.field == e.field and x.turn == a and x.kind == "unresolved")]
        events.append(_Event(e.field, "deny", a, 0, (q, a), source="client"))
    answers = [(e.turn, e.field) for e in events if e.source == "client" and (
        e.kind == "deny" or e.kind == "unresolved" and _NOT_SINCE.search(info[e.turn].text))]
    for turn, field_name in answers:
        q = turn - 1
        if q < 1 or info[q].speaker != "clinician" or not _FOLLOW_UP.search(info[q].text):
            continue
        if _ACTING_Q.search(_last_question(info[q]) or info[q].text):
            # "So you've had thoughts of ending your life ... Is there any intention to act on them now?" "No. I don't
            # want to die.": a no to acting denies intent, it does not make the thoughts told this month history
            continue
        head = _LEAD.sub("", info[turn].text)
        if _AFFIRM_START.match(head) and not _DENY_START.match(head):
            # "Is it there today?" "A little. It's fading. I don't want to die": still there, whatever is denied next
            continue
        if _RATING_Q.search(info[q].text) and _WEAKER.match(head):
            # "How strong is the pull right now, today?" "Lower. I'm here. I don't want to die today.": weaker is there
            continue
        if any(e.field == field_name and e.kind == "endorse" and e.turn > turn for e in events):
            continue
        if _RECENT_SINCE.search(info[q].text):
            # "And since Saturday, any more scratching?" "No.": Saturday's act is this week's, recent, not history
            for k, e in enumerate(events):
                if e.field == field_name and e.kind == "endorse" and e.source == "client" and e.turn < q:
                    events[k] = replace(e, timeframe="recent")
            continue
        if any(e.field == field_name and e.kind == "endorse" and e.source == "client" and e.turn < q
               and e.timeframe != "past" and _dated_recent(info[e.turn].text, e.pos) for e in events):
            # "last wednesday. i scratched with my nails until it bled." "have you done it since" "no": last week's
            # act is recent, not history
            for k, e in enumerate(events):
                if e.field == field_name and e.kind == "endorse" and e.source == "client" and e.turn < q:
                    events[k] = replace(e, timeframe="recent")
            continue
        for k, e in enumerate(events):
            if e.field == field_name and e.kind == "endorse" and e.source == "client" and e.turn < q:
                events[k] = replace(e, kind="history", timeframe="past", reason=None)
            elif e.field == field_name and e.kind == "unresolved" and e.turn == turn:
                events[k] = replace(e, kind="deny", reason=None)


# a wish that need not mean death, and the client's own words, asked, that it did not
_AMBIGUOUS_WISH = re.compile(r"\b(?:disappear\w*|vanish\w*)\b|"
                             # a while away, not for good: "I wish I could just, like, not exist for a bit."
                             r"\bexist\w*\s+for\s+(?:a\s+(?:bit|while|day|week|month|few\s+\w+)|an?\s+\w+|(?:some|a\s+little)\s+(?:time|while))\b",
                             re.IGNORECASE)
_NOT_DEATH = re.compile(r"\bnot\s+(?:like\s+|to\s+|about\s+(?:me\s+|my\s+)?)?(?:die|dying|be(?:ing)?\s+dead|dead|death|kill\w*)\b|"
                        # "No. Sometimes I am tired of the thoughts, but I want to live."
                        r"\bbut\s+i\s+(?:still\s+|really\s+|do\s+)?want\s+to\s+live\b|\b(?:do|did)" + _NT +
                        r"\s+(?:really\s+|actually\s+)?want\s+to\s+(?:die|be\s+dead)\b|\bnot\s+(?:in\s+)?(?:a|the|that)\s+"
                        r"(?:dying|dead|death|suicid\w*)\s+way\b", re.IGNORECASE)
CLARIFIED_REASON = "a wish to disappear, clarified by the client as not a wish to be dead (turn {turn}): confirm"


def _clarified_not_death(info: list[_Turn], events: list[_Event]) -> None:
    """ "Sometimes I wish I could just disappear." "Say more about disappear." "Like disappear from the table.
    Not like die.": a wish whose words need not mean death, which the client, asked, says did not, is denied,
    for a clinician to confirm; so is one a parent reads out ("It said 'I wish I could just disappear.'" "Mum!
    Disappear like move away. Not die."). A wish to be dead said outright is never taken back this way."""
    for k, e in enumerate(events):
        if e.field != SI or e.kind != "endorse" or e.source not in ("client", "other") or "wish_dead" not in e.facets:
            continue
        # (another person's report is one event for the turn, at its start)
        m = next((m for m in info[e.turn].mentions if m.field == SI and (m.start == e.pos or e.source == "other")), None)
        if m is None or not _AMBIGUOUS_WISH.search(info[e.turn].text, m.start, m.end + 25):
            continue
        nxt = info[e.turn + 1] if e.turn + 1 < len(info) else None
        if nxt is None or nxt.speaker != ("clinician" if e.source == "client" else "client"):
            continue
        said = next((j for j in range(e.turn + (2 if e.source == "client" else 1), min(e.turn + 5, len(info)))
                     if info[j].speaker == "client" and _NOT_DEATH.search(info[j].text)), None)
        if said is None:
            continue
        # the clarifying answer is itself read as a yes to the question that quoted the wish ("Tell me more about
        # 'not exist for a bit.'" "Like a pause button. Not dead."): it goes with the wish; a wish of its own does not
        answering = [j for j, o in enumerate(events) if o.field == SI and o.kind == "endorse" and o.turn == said
                     and not _live([m for m in info[said].mentions if m.field == SI])]
        if any(o.field == SI and o.kind == "endorse" and e.turn < o.turn <= said and j not in answering
               for j, o in enumerate(events)):
            continue
        for j in [k, *answering]:
            events[j] = replace(events[j], kind="deny", facets=frozenset(), timeframe=None, evidence=(e.turn, said),
                                reason=CLARIFIED_REASON.format(turn=said))
    # and a yes to the clinician's check of that reading ("'Disappear' meant leave school, not be dead?" "Yes.")
    for k, e in enumerate(events):
        asked = info[e.turn - 1] if e.turn > 0 else None
        if e.field == SI and e.kind == "endorse" and e.source == "client" and asked is not None \
                and asked.speaker == "clinician" and _AMBIGUOUS_WISH.search(asked.text) and _NOT_DEATH.search(asked.text) \
                and _AGREE.match(_LEAD.sub("", info[e.turn].text)):
            events[k] = replace(e, kind="deny", facets=frozenset(), timeframe=None,
                                reason=CLARIFIED_REASON.format(turn=e.turn))


    # and thoughts of death said yes to, which the client, asked straight after about wanting to die, says are not that
    # ("a practice you do in the morning, thinking about death" "Oh, yes. In Buddhism, we remember death every morning."
    # "Do you ever have thoughts of wanting to die?" "No, no. It is the opposite. ... I don't want to die."): thoughts of
    # death are not suicidal ideation (C-SSRS), so the field is denied, for a clinician to confirm
    for k, e in enumerate(events):
        asked = info[e.turn - 1] if e.turn > 0 else None
        if e.field != SI or e.kind != "endorse" or e.source != "client" or asked is None or asked.speaker != "clinician" \
                or _live([m for m in info[e.turn].mentions if m.field == SI]):
            continue
        put = [m for m in asked.mentions if m.field == SI]
        if not put or not all(_DEATH_TOPIC.fullmatch(asked.text[m.start:m.end]) for m in put):
            continue
        said = next((o.turn for o in events if o.field == SI and o.kind == "deny" and o.source == "client"
                     and e.turn < o.turn <= e.turn + 4 and _NOT_DEATH.search(info[o.turn].text)), None)
        if said is None or any(o.field == SI and o.kind == "endorse" and e.turn < o.turn <= said for o in events):
            continue
        events[k] = replace(e, kind="deny", facets=frozenset(), timeframe=None, evidence=(e.turn - 1, e.turn, said),
                            reason=DEATH_THOUGHTS_REASON.format(turn=said))


# thoughts of death in general, not of one's own: "thinking about death", "thoughts of dying"
_DEATH_TOPIC = re.compile(r"(?:think\w*|thoughts?)\s+(?:about|of)\s+(?:death|dying)", re.IGNORECASE)
DEATH_THOUGHTS_REASON = "thoughts of death, which the client said are not a wish to die (turn {turn}): confirm"


# a death the client blames themselves for, said as a killing: "now I keep thinking, I killed him. I missed something."
# ("it is me who killed her" says the same)
_BLAMED_KILLING = re.compile(r"(?:\bi|\bme\s+(?:who|that))\s+(?:(?:basically|practically|probably|just)\s+)?(?:killed|murdered)\s+"
                             r"(?:him|her|them|my\s+\w+)\b",
                             re.IGNORECASE)
# ... or said in the same breath as the fault being the client's: "it is me. I killed him. This is the thought."
_GUILT_FRAME = re.compile(r"\b(?:it\s+is|it'?s|it\s+was|it\s+would\s+be|that'?s|that\s+is)\s+(?:me|my\s+fault|on\s+me)\b|"
                          r"\bmy\s+fault\b|\bbecause\s+of\s+me\b|\bi(?:'m|\s+am)\s+(?:responsible|to\s+blame)\b", re.IGNORECASE)
# ... asked what it means: "When you say 'I killed him', what do you mean exactly?"
_WHAT_MEANT = re.compile(r"\b(?:what\s+do\s+you\s+mean|what\s+you\s+mean|mean\s+by|say\s+more|tell\s+me\s+more)\b", re.IGNORECASE)
# ... and said to be no act: "Not, not that I did anything to him. I mean... if I had seen the ulcer was deeper"
_NO_ACT = re.compile(r"\bnot\W+(?:not\W+)?(?:that\s+)?i\s+(?:did|done|do|ever\s+did)\s+(?:anything|something|nothing)\s+to\s+"
                     r"(?:him|her|them)\b|\bi\s+didn'?t\s+(?:do\s+anything|touch|hurt|lay\s+a\s+(?:finger|hand))\b",
                     re.IGNORECASE)
BLAMED_DEATH_REASON = "a death the client blames themselves for, clarified as no act against anyone (turn {turn}): confirm"


def _clarified_blame(info: list[_Turn], events: list[_Event]) -> None:
    """ "I keep thinking, I killed him. I missed something." "When you say 'I killed him', what do you mean?" "Not that
    I did anything to him. If I had sent him to vascular earlier.": guilt over a death, not a thought of harming anyone;
    denied, for the clinician to confirm."""
    for k, e in enumerate(events):
        if e.field != HI or e.kind != "endorse" or e.source != "client":
            continue
        if not _BLAMED_KILLING.search(info[e.turn].text):
            continue
        asked = info[e.turn + 1] if e.turn + 1 < len(info) else None
        if asked is None or asked.speaker != "clinician" or not _WHAT_MEANT.search(asked.text):
            continue
        said = next((j for j in range(e.turn + 2, min(e.turn + 4, len(info)))
                     if info[j].speaker == "client" and _NO_ACT.search(info[j].text)), None)
        if said is None:
            continue
        events[k] = replace(e, kind="deny", facets=frozenset(), timeframe=None, evidence=(e.turn, e.turn + 1, said),
                            reason=BLAMED_DEATH_REASON.format(turn=said))


# a command a voice gives ("sometimes it say jump from the car park roof", "a voice says jump"), and the client's own
# word, a few turns on, that the wish is the voice's and not theirs ("that is the voice not me, i want to live")
_VOICE_SAYS = re.compile(r"\b(?:the\s+voices?|a\s+voice|voices|it|they|he|she)\s+(?:\w+\s+)?(?:says?|said|tells?|told|keeps?\s+"
                         r"(?:saying|telling)|shouts?|whispers?)\s+(?:me\s+)?(?:to\s+)?\W*$", re.IGNORECASE)
_VOICE_NOT_ME = re.compile(r"\b(?:(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:just\s+|only\s+)?the\s+voices?\W+not\s+me|not\s+me\W+"
                           r"(?:it'?s|that'?s|it\s+is|that\s+is)\s+(?:just\s+|only\s+)?the\s+voices?)\b", re.IGNORECASE)
_WANTS_TO_LIVE = re.compile(r"\bi\s+want\s+to\s+live\b|\b(?:do|did)" + _NT + r"\s+(?:really\s+)?want\s+to\s+die\b", re.IGNORECASE)
VOICE_REASON = "a voice's command, which the client says is the voice's and not their own wish (turn {turn}): review"


def _voice_disowned(info: list[_Turn], events: list[_Event]) -> None:
    """ "Sometimes it say jump from the car park roof." "When the voice says jump, do you yourself want to die?" "No no,
    that is the voice not me, I want to live.": a voice's command the client then says is not their own wish is denied,
    for the clinician to review; a command the client does not disown, or an urge to obey it, stands."""
    for k, e in enumerate(events):
        if e.kind != "endorse" or e.source != "client" or e.field != SI or e.pos == 0:
            continue
        t = info[e.turn]
        if not _VOICE_SAYS.search(t.text, max(0, e.pos - 45), e.pos) or _live(t.cues.get("urge")):
            continue
        said = next((j for j in range(e.turn + 1, min(e.turn + 4, len(info))) if info[j].speaker == "client"
                     and _VOICE_NOT_ME.search(info[j].text) and _WANTS_TO_LIVE.search(info[j].text)
                     and not _live(info[j].cues.get("urge"))), None)
        if said is None:
            continue
        events[k] = replace(e, kind="deny", facets=frozenset(), timeframe=None, evidence=(e.turn, said),
                            reason=VOICE_REASON.format(turn=said))


# a question whether the thoughts are over: "have they gone now?", "is that all behind you?", "have they stopped?"
_GONE_Q = re.compile(r"\b(?:have|has|'ve|are|is)\s+(?:(?:they|those|these|that|it|all)\s+)?(?:all\s+)?(?:gone|passed|stopped|"
                     r"finished|disappeared|gone\s+away|went\s+away|over|behind\s+you)"
                     r"(?:\s+(?:now|completely|for\s+good|since(?:\s+then)?))?\W*$", re.IGNORECASE)
# ... answered that they are not: "No.", "Not really.", "Not completely."
_GONE_NOT = re.compile(r"(?:no|nope|nah|not\s+(?:yet|really|completely|fully|totally|quite|all\s+the\s+way|entirely|always))\b"
                       r"(?!\s*,?\s*(?:thoughts?|more|longer|nothing|none|they'?re\s+gone|they'?ve\s+gone|(?:all\s+)?gone)\b)\W*", re.IGNORECASE)
NEGATIVE_YES_REASON = "a bare yes to a question put in the negative (turn {turn}): confirm it meant no"
OWNED_IMAGE_REASON = "the client pictures an act toward someone and owns the picture (turn {turn}): confirm"
# the client picturing themselves doing something to someone: "eh picture masel waitin' for him at the gate", "me does see
# meself walk in he office ... and lock de door", "I picture I drive the tanker through his office window"
_PICTURES = re.compile(r"\b(?:picture[sd]?|picturing|imagin(?:e|ed|ing)|fantasi[sz]\w*|see\s+(?:myself|meself|masel|mysel|me)|"
                       r"play\s+it\s+(?:like|in)\s+(?:a|my)\s+(?:film|movie|head))\b|"
                       # or harm coming to the other person, seen in the mind: "I see him falling in the slag. And I feel good."
                       r"\bi\s+(?:see|saw)(?=\s+(?:him|her|them)\s+(?:\w+\s+)?(?:fall(?:s|ing)?|fell|burn\w*|di(?:e|es|ed|ing)|dead|"
                       r"crush\w*|bleed\w*|drown\w*|get(?:ting)?\s+hurt)\b|"
                       # or the other person's body where it would be hurt: "I see his hand under the lid, his head through the glass."
                       r"\s+(?:his|her|their)\s+(?:head|face|hands?|fingers?|neck|body|skull)\s+(?:under|through|in|into|against|"
                       r"between|crushed|smashed|broken|bleeding)\b)", re.IGNORECASE)
# a picture announced, to be told in the sentences after it: "The picture comes.", "I see it."
_PICTURE_COMES = re.compile(r"\bpicture\s+(?:comes|came|appears|appeared|pops\s+up|is\s+there)\W*$|\bi\s+(?:see|saw)\s+it\W*$",
                            re.IGNORECASE)
# the sentence after a picture saying what it shows: "It's him on the floor and the cleaver."
_PICTURE_IS = re.compile(r"\s*(?:it'?s|it\s+is|it\s+was|that'?s|that\s+is)\s+(?:him|them|her(?=\s+(?:on|in|under|lying|dead|bleeding|"
                         r"falling|with|at|and)\b))\b", re.IGNORECASE)
# owning the picture in the words that follow it: "I see him falling in the slag. And I feel good. Like justice."
# (past a pause: "And for one second, I feel... satisfied.")
_FEELS_GOOD = re.compile(r"\bi\s+(?:feel|felt)(?:\s*(?:\.{2,}|…|,)\s*|\s+)(?:good|glad|happy|satisfied|pleased)\b|\blike\s+justice\b",
                         re.IGNORECASE)
# a picture of what was done to the client (a flashback), not of what the client would do
_DONE_TO_ME = re.compile(r"\b(?:(?:he|she|they|him|her|them)\s+(?:\w+\s+)?(?:came|comes|coming|come|hit|hits|hitting|grab\w*|attack\w*|hurt\w*|"
                         r"chas\w*|push\w*|held|hold\w*)\b[^.?!]{0,20}\b(?:me|at\s+me)\b|on\s+top\s+of\s+me|behind\s+me)", re.IGNORECASE)
# ... or the clinician asking straight after whether there is any intent or plan to do it
_INTENT_ASKED = re.compile(r"\b(?:any|an)\s+intent(?:ion)?\b|\bintend\s+to\b|\b(?:actually|really)\s+(?:do|doing|act|acting|going\s+to)\b|"
                           r"\bany\s+plans?\b(?!\s+for\b)|\b(?:done|do)\s+anything\s+(?:towards?|about)\s+it\b|\bact\s+on\s+(?:it|that|them)\b",
                           re.IGNORECASE)


_HARM_CONTEXT = re.compile(r"\b(?:ang(?:er|ry)|rage|furious|revenge|hate|hurt\w*|kill\w*|harm\w*|violen\w*|fight\w*|jail|prison|"
                           r"assault\w*|attack\w*|pay\s+for|get\s+back\s+at|frighten\w*|scares?\s+me|smash\w*|beat\w*|stab\w*|"
                           r"punch\w*|strangl\w*|shoot\w*|grudge|justice|payback)\b", re.IGNORECASE)


def _owned_images(info: list[_Turn], events: list[_Event]) -> None:
    """An act toward another person the client pictures doing and owns (likes the picture, feels good in it, or is asked
    straight after about intent or a plan) is homicidal ideation, endorsed for the clinician to confirm, where no pattern
    named the act: the image's words name no violence ("waitin' for him at the gate", "lock de door")."""
    endorsed = {(e.turn, e.field) for e in events if e.kind == "endorse"}
    for t in info:
        if t.speaker != "client" or t.recited or any(m.field in (SI, SH) for m in t.mentions) \
                or any(turn in (t.index, t.index + 2) for turn, f in endorsed if f == HI):
            continue
        for pic in _PICTURES.finditer(t.text):
            lo, hi = _sentence_bounds(t.text, pic.start())
            if _PICTURE_COMES.search(t.text, lo, hi):
                # a picture announced, then told in the sentences after it: "The picture comes. Me, with my hand off the
                # brake. And them not jumping in time."
                for _ in range(2):
                    if hi < len(t.text) - 1 and not _OTHER_PERSON.search(t.text, pic.end(), hi):
                        hi = _sentence_bounds(t.text, hi + 1)[1]
            elif hi < len(t.text) - 1 and not _OTHER_PERSON.search(t.text, pic.end(), hi) \
                    and _PICTURE_IS.match(t.text, hi + 1):
                # what the picture is, said in the next sentence: "Sometimes the picture is not the cabbage. It's him on the
                # floor and the cleaver."
                hi = _sentence_bounds(t.text, hi + 1)[1]
            said = t.text[lo:hi]
            if not _OTHER_PERSON.search(t.text, pic.end(), hi) or _DONE_TO_ME.search(said) \
                    or _NEGATED_BEFORE.search(t.text[max(0, pic.start() - 16):pic.start()]):
                continue
            nxt = info[t.index + 1] if t.index + 1 < len(info) else None
            asked = nxt is not None and nxt.speaker == "clinician" and bool(_INTENT_ASKED.search(nxt.text))
            # (the client's next turn, past someone in the room: "Vasya... you never told me this." "... is it something
            # you want to happen?" "Part of me wants it.")
            later = next((x for x in info[t.index + 2:t.index + 5] if x.speaker == "client"), None)
            # owning it is the urge cue, with its negation read: "part of me likes the picture" owns it, "I don't like the
            # picture" does not
            owned = any(c.start >= pic.start() for c in _live(t.cues.get("urge"))) or (
                later is not None and bool(_live(later.cues.get("urge")))) or bool(_FEELS_GOOD.search(t.text, pic.end(), pic.end() + 120))
            # (said among anger, a grievance or harm: "I picture my son at his graduation, part of me likes the picture" is not)
            near = " ".join(x.text for x in info[max(0, t.index - 4):t.index + 4])
            # (or the clinician going on to ask whether there is any intent to do it: "Any intent, any plan to actually not
            # brake?" treats the picture as harm though its words name none)
            checked_at = next((x.index for x in info[t.index + 1:t.index + 5] if x.speaker == "clinician" and _INTENT_ASKED.search(x.text)),
                              None) if owned else None
            checked = checked_at is not None
            if not (owned or asked) or not (_HARM_CONTEXT.search(near) or checked):
                continue
            if not owned and _intrusive(HI, t.text, *(x.text for x in (later,) if x is not None)):
                # "i get this picture in my head of like dropping her ... i feel sick ... am i a monster" "do you have any
                # wish or urge to actually do it": an unwanted image the clinician checks, not one the client owns
                continue
            cited = tuple(sorted({t.index} | ({nxt.index} if asked and nxt is not None else set())
                                 | ({checked_at} if checked_at is not None else set())))
            events.append(_Event(HI, "endorse", t.index, pic.start(), cited, facets=frozenset({"active_thoughts"}),
                                 timeframe="current", reason=OWNED_IMAGE_REASON.format(turn=t.index)))
            break


def owned_picture_checked(texts: list[str]) -> bool:
    """Whether cited turns hold a picture of an act toward someone ("The picture comes. Me, with my hand off the brake. And
    them not jumping in time.") and the clinician's question whether there is any intent to do it: the evidence
    ``_owned_images`` cites, for grounding to check."""
    pictured = any(_OTHER_PERSON.search(x, pic.end(), pic.end() + 200) is not None for x in texts for pic in _PICTURES.finditer(x))
    return pictured and any(_INTENT_ASKED.search(x) for x in texts)


def _narrowed(events: list[_Event]) -> None:
    """ "Thoughts of hurting yourself or ending your life?" "One night I stood on the balcony..." ... "Hurting
    yourself in other ways?" "No, never.": the first yes answered both questions at once; the field the client
    later denies when asked on its own was not the one the story told, while another field the yes endorsed stands."""
    for k, e in enumerate(events):
        if e.kind != "endorse" or not e.shared:
            continue
        kept = any(o.kind == "endorse" and o.turn == e.turn and o.field != e.field for o in events)
        denied = any(o.kind == "deny" and o.field == e.field and o.source == "client" and not o.shared and o.reason is None
                     and e.turn < o.turn <= e.turn + 8 for o in events)
        if kept and denied:
            events[k] = replace(e, kind="context", facets=frozenset(), timeframe=None)


# a later turn the screen reads at its review threshold as the field the client denied when asked, within a
# few turns of the denial (at 0.6 it caught 6 more late disclosures in the corpus, and 6 false alarms in sessions)
LATE_WINDOW = 6
# a short turn that weighs what the clinician just said, and says nothing of its own: "well that's a comfort i reckon"
_REACTION = re.compile(r"^\W*(?:(?:well|oh|ah|aye|yeah|okay|ok|mm+|hm+)\W+)*(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:a\s+|some\s+)?"
                       r"(?:comfort|relief|good|nice|helpful|fair|true|something|kind|reassuring|good\s+to\s+(?:hear|know))\b"
                       r"(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
LATE_REASON = "read by the learned screen as a later disclosure (turn {turn}) after the denial at turn {denied}: confirm"
SEMANTIC_REASON = "read as a risk disclosure by the learned screen, though no pattern names it (turn {turn}): confirm"
# the learned screen's reading that, with the clinician's follow-up, endorses a field
ESCALATED_THRESHOLD = 0.5
# below this the learned screen reads a sentence as no risk at all
_NO_RISK_READ = 0.5
SEMANTIC_REVIEW_REASON = "the learned screen reads possible risk no pattern names (turn {turn}): read it"
SEMANTIC_DENIAL_REASON = "the learned screen reads risk in a denial (turn {turn}): read the answer again"
SEMANTIC_LATER_DENIAL_REASON = ("the learned screen reads risk in turn {turn}, which the client denied when asked "
                                "(turn {denied}): read both")
# how many turns after what only the net read a plain denial, asked for, still answers it
_NET_DENIED_WINDOW = 16
UNCLEAR_QUESTION_REASON = "risk question without a clear answer (turn {turn})"
WANTED_REASON = "no yes in the answer, but the client said part of them wanted it (turn {turn}): confirm"


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']{3,}", text.lower())) - _STOPWORDS - {"you", "are", "was", "were", "did", "does", "have",
                                                                          "any", "what", "how", "the", "and", "for", "yeah",
                                                                          # pronouns say nothing of what was followed up
                                                                          "they", "them", "their", "she", "her", "him",
                                                                          "his", "would", "could"}


# a question that turns to the next thing by name: "And the mornings, with the second cup?" after "I can put a cloth over
# it" (not "And the thoughts, are they still there?", whose thoughts the turn named)
_TURNS_TO = re.compile(r"^\W*(?:(?:and|now|so|okay|ok|then)\W+)+(?:what\s+about\s+|how\s+about\s+)?(?:the|your)\s+(?P<noun>[a-z']+)",
                       re.IGNORECASE)


def _new_topic(question: str, said: str) -> bool:
    m = _TURNS_TO.match(question)
    if m is None:
        return False
    noun = m.group("noun").lower()
    words = _content_words(said) | set(_RISK_TOPIC_NOUNS)
    return not ({noun, noun.rstrip("s")} & (words | {w.rstrip("s") for w in words}))


_RISK_TOPIC_NOUNS = ("thought", "thoughts", "urge", "urges", "wish", "feeling", "feelings", "plan", "plans", "idea", "ideas",
                     "image", "images", "picture", "pictures", "voice", "voices", "cutting", "burning", "pills", "rope", "gun")


# a reframing question of cognitive work, not a check on a disclosure: "So what would be a fairer thought?" "Maybe, ..."
# (past a short lead: "So, looking at both sides, how much do you believe it now?")
# a thought's evidence weighed: "What is the evidence that ...?", "And the evidence against?", "how much do you believe it?"
_EVIDENCE = r"how\s+(?:much|strongly)\s+do\s+you\s+believe\b|what(?:'?s|\s+is)\s+the\s+evidence\b|(?:the\s+)?evidence\s+(?:against|for)\b"
_REFRAMING_Q = re.compile(r"^\W*(?:(?:and|so|but|okay|ok|then)\W+)*(?:[a-z' ]{1,30},\s*)?(?:what\s+(?:would|could|might|else|is\s+another|'?s\s+another)\b|"
                          + _EVIDENCE + r"|"
                          # "So when you put those side by side?"
                          r"when\s+you\s+put\s+(?:those|these|them|it\s+all|both)\s+"
                          r"(?:side\s+by\s+side|together|next\s+to\s+each\s+other)\b)", re.IGNORECASE)


def _last_question(t: _Turn) -> str:
    """The last question sentence of a turn (the whole turn when none is marked)."""
    return next((t.text[a:b] for a, b, q in reversed(t.sentences) if q), t.text)


# ... asked anywhere in the question (not "What would you do if he came back?", a risk question of its own)
_EVIDENCE_Q = re.compile(r"\b(?:" + _EVIDENCE + ")", re.IGNORECASE)
# the clinician putting the turn off to ask about something else: "We'll get to it. First, how was the week?"
_PUT_OFF = re.compile(r"\b(?:we'?ll|we\s+will|let'?s|i'?ll)\s+(?:get|come|go)\s+(?:back\s+)?to\s+(?:it|that|this|them)\b",
                      re.IGNORECASE)
# the clinician asking for a nightmare to be told, as in imagery rehearsal: "Tell me the dream up to the point where
# you're in the reeds."
_TELL_DREAM = re.compile(r"\b(?:tell|walk|take)\s+me\s+(?:through\s+)?(?:the|your|that)\s+(?:dream|nightmare)\b|"
                         r"\b(?:tell|describe|go\s+through)\s+(?:the|your|that)\s+(?:dream|nightmare)\b", re.IGNORECASE)


def _dream_told(info: list[_Turn]) -> set[int]:
    """The client's turns that tell a nightmare the clinician asked for, up to the clinician's next question: a dream
    told, like a plot, is not a disclosure for the learned screen to read."""
    told: set[int] = set()
    for t in info:
        if t.speaker != "clinician" or not _TELL_DREAM.search(t.text):
            continue
        for nxt in info[t.index + 1:t.index + 5]:
            if nxt.speaker == "clinician" and "?" in nxt.text:
                break
            if nxt.speaker == "client":
                told.add(nxt.index)
    return told


def _risky_part(t: _Turn, text: str, asked: str) -> str:
    """``text`` (the turn as the learned screen reads it) less the sentences the screen reads as no risk at all."""
    from scribe.extract import risk_net

    said = risk_net.sentences(text)
    out = text
    for sentence, read in zip(said, risk_net.scores(said, [t.speaker == "client"] * len(said), [asked] * len(said)),
                              strict=True):
        if read and max(read.values()) < _NO_RISK_READ:
            out = out.replace(sentence, " ")
    return out


def _semantic_events(info: list[_Turn], events: list[_Event]) -> None:
    """Fields no pattern endorsed but the learned screen (``risk_net``) reads in a client's or other
    person's sentence, with the question it answers: endorsed for the clinician to confirm, never silent."""
    from scribe.extract import risk_net
    from scribe.extract.meds import names_a_drug

    endorsed = {e.field for e in events if e.kind == "endorse"}
    # a follow-up right after a disclosure the patterns read is about that disclosure
    endorsed_at = {e.turn for e in events if e.kind == "endorse"}
    # a turn whose risk talk the patterns already placed under another field is not read again:
    # "I don't have a plan to do anything" about a neighbour is homicidal talk, not suicidal
    placed: dict[int, set[str]] = {}
    # and a turn the patterns read as an unwanted intrusive thought stays so: the net reads harm
    # imagery, not whether the client wants it
    intrusive: set[tuple[int, str]] = set()
    # a turn the patterns read as a denial is not overruled (the net reads topic, not negation),
    # but pointed out: the clinician reads that answer again
    denied: set[tuple[int, str]] = set()
    for e in events:
        if e.kind in ("endorse", "history", "context"):
            placed.setdefault(e.turn, set()).add(e.field)
        elif e.reason in (INTRUSIVE_REASON, CLAIMED_REASON.format(turn=e.turn)):
            intrusive.add((e.turn, e.field))
        elif e.kind == "deny":
            denied.add((e.turn, e.field))
    # an answer that opens with a denial ("No, I haven't touched a blade in years") is not a disclosure the
    # net may endorse; it is pointed out like any other denial it reads risk in
    opens_denying = {t.index for t in info
                     if t.speaker != "clinician" and (_OPENS_DENYING.match(t.text) or _NOT_SINCE.search(t.text)
                                                      or t.speaker == "other" and _VOUCHES.match(t.text)
                                                      # "And now, six years on?" "Now I've the bowls club. I don't wish that
                                                      # any more."
                                                      or t.index > 0 and _FOLLOW_UP.search(info[t.index - 1].text) is not None
                                                      and info[t.index - 1].speaker == "clinician"
                                                      and _NOW_DENIED.search(_LEAD.sub("", t.text)) is not None)}
    # and a turn that disowns the words as a way of talking: "That is how we talk when angry ... I don't even think like that."
    opens_denying |= {t.index for t in info if t.speaker != "clinician" and _live(t.cues.get("disown"))}
    denied.update((i, f) for i in opens_denying for f in RISK_FIELDS)
    # the turn of the client's first plain denial of each field, for a disclosure that comes a few turns later
    first_denial: dict[str, int] = {}
    for e in events:
        if e.kind == "deny" and e.source == "client" and e.reason is None and e.turn < first_denial.get(e.field, len(info)):
            first_denial[e.field] = e.turn
    # every plain denial of each field the client gave to a question, for what the net alone reads just before it
    plain_denials: dict[str, list[int]] = {}
    for e in events:
        # (not a no to intent alone, which leaves the thoughts told standing: "I see myself holding his face down in the
        # slick." "How often does that picture come?" "Almost every day." "Do you have any intention of hurting him?" "No.")
        if e.kind == "deny" and e.source == "client" and e.reason is None and len(e.evidence) > 1 \
                and not (_INTENT_ONLY_Q.search(info[e.evidence[0]].text) and not _THOUGHTS_ASKED.search(info[e.evidence[0]].text)):
            plain_denials.setdefault(e.field, []).append(e.turn)
    # idioms the patterns recognised ("I could kill him for that") are not read again, nor a turn that only weighs
    # what the clinician said ("well that's a comfort i reckon"), whose risk the net reads from the question
    # and words quoted from someone else ('I'll read it. "Rabbi I don't see the point..."') are theirs, not read
    dreams = _dream_told(info)
    texts = ["" if t.speaker == "clinician" or t.recited or t.index in dreams or _REACTION.match(t.text)
             else _PILL_CUT.sub(" ", _IDIOM.sub(" ", _unquoted(t.text))) for t in info]
    asked = ["" if i == 0 or info[i - 1].speaker != "clinician" else info[i - 1].text for i in range(len(info))]
    threshold = risk_net.model_threshold()
    reads = risk_net.scores(texts, [t.speaker == "client" for t in info], asked)
    for t, read in zip(info, reads, strict=True):
        # the clinician answering the turn with a follow-up only a disclosure gets ("When was the last time?",
        # "Have you made any arrangements?"): a weaker reading is enough, for the field it reads most
        followed = next((info[j].index for j in range(t.index + 1, min(t.index + 3, len(info)))
                         if info[j].speaker == "clinician"), None)
        # or with a short question of its own the client then answers yes to ("Easy to jump?" "Yeah. It passed.")
        answer = info[followed + 1] if followed is not None and followed + 1 < len(info) else None
        # the question itself, after any thanks: "Thank you for telling me. That took a lot. Is that still with you now,
        # wanting not to come back?"
        put = _last_question(info[followed]) if followed is not None else ""
        # a short turn referring back, or, after thanks, a short question asking whether it is still so ("Is that still with you now, wanting not to come back?"); not "Did you fill in the form?"
        # (the words taken up are not only in a sentence the net read as no risk: "I prepare the grave with the diggers
        # ... But for me it is the clock that is giving me problems." "The clock in the tower?" "Yes." follows up the
        # clock, not the grave)
        short_turn = followed is not None and len(info[followed].text.split()) <= 12 and bool(
            _ANAPHOR.search(info[followed].text) or _content_words(info[followed].text) & _content_words(t.text)
            and _content_words(info[followed].text) & _content_words(_risky_part(t, texts[t.index], asked[t.index])))
        picked_up = len(put.split()) <= 12 and bool(_FOLLOW_UP.search(put)) and bool(_ANAPHOR.search(put))
        confirmed = followed is not None and answer is not None and answer.speaker == t.speaker and t.speaker == "client" \
            and info[followed].question and (short_turn or picked_up) and not _REFRAMING_Q.match(put) \
            and not _OTHER_SUBJECT.search(info[followed].text) and not _PUT_OFF.search(info[followed].text) \
            and not _MOVES_ON.search(put) and not _new_topic(put, t.text) and not _EVERYDAY_LAST.search(put) \
            and not (_WHEN_STOPPED.search(put) and answer is not None and bool(_LONG_STOPPED.search(answer.text))) \
            and answer.index not in opens_denying and not _proposal(put) \
            and (not _OPEN_QUESTION.match(put) or max(reads[answer.index].values(), default=0.0) >= ESCALATED_THRESHOLD
                 or bool(_live([m for m in answer.mentions if m.field]))) \
            and _answer_polarity(answer, False, False)[0] == "affirm"
        # or received at once as a disclosure: "if it just don't stop for me also okay" "Thank you for telling me that,
        # that's important. Is that a thought that comes often?"
        # (only for what was asked and denied before, the denial giving way: "Any thoughts about dying?" "No no, I have
        # kids." ... "but sometimes when the truck is reversing ..."; the net's field for words that may be about
        # something else, a borrowed sleeping tablet, is not enough on its own; and harm to another names someone)
        top = max(read, key=read.__getitem__) if read else None
        # (an answer the screen reads as another field tells of that one: "I said I feel the cat better without. It's...
        # not true." "Can you tell me what is true?" "When the cat bites, I don't take back my hand..." confirms harm
        # let happen, not a wish to die)
        answer_read = reads[answer.index] if confirmed and answer is not None else {}
        # (and harm to another names someone, in the turn, the follow-up or the answer, and is not medicine talk: "When
        # the migraine comes I take one ... This week I took it three times." "And the new one the neurologist
        # mentioned?" "Yes, she start me the propranolol" confirms nothing of the kind)
        if confirmed and top == HI and answer is not None and followed is not None and (
                not any(_OTHER_PERSON.search(x) for x in (t.text, info[followed].text, answer.text))
                or names_a_drug(answer.text)):
            confirmed = False
        if answer_read and top is not None and max(answer_read, key=answer_read.__getitem__) != top \
                and max(answer_read.values()) >= ESCALATED_THRESHOLD and answer_read.get(top, 0.0) < _NOT_READ:
            confirmed = False
        received = t.speaker == "client" and t.index + 1 < len(info) and info[t.index + 1].speaker == "clinician" \
            and bool(_RECEIVED.search(info[t.index + 1].text)) and top is not None \
            and first_denial.get(top, len(info)) < t.index \
            and (top != HI or bool(_OTHER_PERSON.search(t.text))) \
            and not _MEDICINE_TALK.search(info[t.index + 1].text)
        escalated = followed is not None and (bool(_CSSRS_FOLLOW_UP.search(info[followed].text)) or confirmed or received) \
            and read and max(read.values()) >= ESCALATED_THRESHOLD \
            and not any(t.index - 3 <= e <= t.index + 2 for e in endorsed_at)
        best = max(read, key=read.__getitem__) if escalated else None
        # "Any suicidal thoughts?" "Not at all." ... "Last week I stood near the edge of the terrace a long time.":
        # what the client asked and denied, read later in their own words, is the later disclosure that wins
        # (not a yes to the clinician's proposal: "What if those four steps went on a laminated card ...?" "On the tape
        # measure, I always have it. Yes. That could work.")
        late = top is not None and t.speaker == "client" and read[top] >= threshold and top in first_denial \
            and first_denial[top] < t.index <= first_denial[top] + LATE_WINDOW \
            and not (asked[t.index] and _proposal(_last_question(info[t.index - 1]))) \
            and not (top == HI and _LAID_TO_REST.search(t.text) and not _VIOLENCE.search(t.text))
        if late and best is None:
            best = top
        if best == HI and escalated and read.get(SI, 0.0) >= ESCALATED_THRESHOLD and _PASSIVE.search(t.text) and not any(
                _VIOLENCE.search(info[j].text) for j in range(max(0, t.index - 1), min(len(info), t.index + 3))):
            # followed up as a disclosure, a wish to be dead in the turn and no harm, weapon, anger or death named around
            # it: "I mean I want to be with her. I want to be finished. Not to wake up." "How often does that wish come?" is
            # the client's own death wish, the screen's second reading; its harm-to-another reading is pointed at below
            # (a veiled threat names no death wish: "He'd not be missed and he'd not be found" stays harm to another)
            best = SI
        for f in sorted({f for f, p in read.items() if p >= threshold or f == best} - endorsed):
            if placed.get(t.index, set()) - {f} or (t.index, f) in intrusive:
                continue
            accident = _ACCIDENTAL.search(t.text)
            if f == SH and accident is not None and not re.search(r"\blike\s+$", t.text[max(0, accident.start() - 6):accident.start()]):
                # "I put my hand in the machine to clear it, not on purpose, it caught me": the net reads the injury; the
                # client's own words say it was an accident, so it is pointed at, not endorsed
                events.append(_Event(f, "unresolved", t.index, 0, (t.index,), reason=SEMANTIC_REVIEW_REASON.format(turn=t.index)))
                continue
            if f == best and read[f] < risk_net.ENDORSE_THRESHOLD and (t.index, f) not in denied:
                # a weak reading the client then denies when asked plainly ("How was that?" "Heavy." ... "Any thoughts
                # of ending your life?" "No, no. Never.") is pointed at, not endorsed
                denied_after = next((j for j in plain_denials.get(f, [])
                                     if max(t.index, answer.index if confirmed and answer is not None else t.index) < j), None)
                if denied_after is not None:
                    events.append(_Event(f, "unresolved", t.index, 0, (t.index, denied_after), standing=True,
                                         reason=SEMANTIC_LATER_DENIAL_REASON.format(turn=t.index, denied=denied_after)))
                    continue
                if _goes_on_with_other_field(f, t, info, events):
                    events.append(_Event(f, "unresolved", t.index, 0, (t.index,), reason=SEMANTIC_REVIEW_REASON.format(turn=t.index)))
                    continue
                reason = f"the clinician followed the answer up as a disclosure (turn {followed})"
                if received and followed is not None and not _CSSRS_FOLLOW_UP.search(info[followed].text) \
                        and not confirmed:
                    reason = f"the clinician received the answer as a disclosure (turn {followed})"
                if late and not escalated and f == top:
                    reason = LATE_REASON.format(turn=t.index, denied=first_denial[f])
                elif confirmed and followed is not None and not _CSSRS_FOLLOW_UP.search(info[followed].text) \
                        and answer is not None:
                    reason = f"the client confirmed it when asked (turn {answer.index}): confirm"
                if late and not escalated and f == top:
                    cited = {first_denial[f], t.index}
                else:
                    cited = {t.index, followed or t.index} | ({answer.index} if confirmed and answer is not None else set())
                events.append(_Event(f, "endorse", t.index, 0, tuple(sorted(cited)), timeframe="current",
                                     facets=_named_wish(info[followed], f) if followed is not None else frozenset(),
                                     source="client" if t.speaker == "client" else "other", reason=reason))
                endorsed.add(f)
                continue
            if read[f] < threshold:
                continue
            if read[f] < risk_net.ENDORSE_THRESHOLD:
                events.append(_Event(f, "unresolved", t.index, 0, (t.index,),
                                     reason=SEMANTIC_REVIEW_REASON.format(turn=t.index)))
                continue
            if (t.index, f) in denied:
                events.append(_Event(f, "unresolved", t.index, 0, (t.index,),
                                     reason=SEMANTIC_DENIAL_REASON.format(turn=t.index)))
                continue
            if _unwanted(f, t):
                # "When I see scissors I think of jabbing them into my hand. I don't act on it, it just pops in.": the
                # net reads the harm image; the client's own words say it is unwanted
                events.append(_Event(f, "deny", t.index, 0, (t.index,), reason=INTRUSIVE_REASON))
                continue
            # "If I sit here I'll stop being fine." ... "Are you having thoughts of being dead?" "No. God, no. I mean
            # sleep.": the client, asked plainly a few turns later, denies what only the net read; pointed at, not endorsed
            asked_after = next((j for j in plain_denials.get(f, []) if t.index < j <= t.index + _NET_DENIED_WINDOW), None)
            # (not where the client, a turn or few on, owns what was read: "i hit his knees his car everything" ... "part of
            # me want it part of me likes the picture but i won't do it")
            if asked_after is not None and not any(info[j].speaker == t.speaker and _live(info[j].cues.get("urge"))
                                                   for j in range(t.index, min(len(info), t.index + 5))):
                events.append(_Event(f, "unresolved", t.index, 0, (t.index, asked_after), standing=True,
                                     reason=SEMANTIC_LATER_DENIAL_REASON.format(turn=t.index, denied=asked_after)))
                continue
            # harm to another person read where the patterns already read another field, a turn or a few before ("I
            # thought about the beam in the garage. I bought the rope." ... "It comes and goes. At night, mostly."), or
            # where the clinician's own follow-up names another ("... if the next one was for me" "Is that a wish to be
            # dead?"): pointed at, not endorsed
            # (or harm to another read in words that name no harm, weapon, anger or death in the turn or the turns around
            # it: the screen torn with a death wish on "i don't call my brother i come home i sit on sofa with the boots
            # still on", or reading a relative's "So, Dad works nights ... he's like a ghost. He falls asleep at dinner";
            # over s01–s1290 this pointed at eight such false alarms and hid no endorsement the gold holds)
            # (or the answer to a question that weighs a thought's evidence: "What is the evidence that your video would
            # cause him to die?" "he said it on the phone. And if I film him carrying the mower, they cut.")
            if asked[t.index] and _EVIDENCE_Q.search(_last_question(info[t.index - 1])) \
                    or f == HI and (_read_as_other_field(f, t, info, events)
                            or not any(_VIOLENCE.search(info[j].text)
                                       for j in range(max(0, t.index - 1), min(len(info), t.index + 3)))) \
                    or f == SH and not any(_BODY_OR_HARM.search(info[j].text) for j in range(max(0, t.index - 1), t.index + 3)
                                           if j < len(info)) \
                    or f == SI and _DOSES_KEPT.search(t.text) and not _DEATH_OR_LOT.search(t.text):
                # (and a wish to die read in a telling of doses kept or missed that names no death and no overdose: "Tuesday I
                # had the clients out at six and I forgot to take it. ... So I've had it four days out of six.")
                # (and self-harm read where no body, no injury and no hurt is named in the turn or the turns around it: "Is
                # the patch helping?" "The estradiol patch, yes, a little ... I change it two times in the week" is pointed
                # at, not endorsed; "How are the cuts?" "it's small i put the cream" and "i only did it like twice this
                # month" "did what?" "the razor thing" are read)
                events.append(_Event(f, "unresolved", t.index, 0, (t.index,),
                                     reason=SEMANTIC_REVIEW_REASON.format(turn=t.index)))
                continue
            if t.speaker == "other" and not _THIRD_PERSON.search(t.text) and risk_net.speaks_of_self(t.text):
                # a relative's turn that speaks of nobody but themselves ("Find me. Even at night. Wake me up, I don't
                # care.", a mother) tells no risk of the client's: pointed at, not endorsed
                events.append(_Event(f, "unresolved", t.index, 0, (t.index,),
                                     reason=SEMANTIC_REVIEW_REASON.format(turn=t.index)))
                continue
            events.append(_Event(f, "endorse", t.index, 0, (t.index,), timeframe="current",
                                 source="client" if t.speaker == "client" else "other",
                                 reason=SEMANTIC_REASON.format(turn=t.index)))
            endorsed.add(f)


def _named_wish(t: _Turn, field_name: str) -> frozenset[str]:
    """The wish to be dead a clinician's statement names back for what the screen read ("Thank you for writing it. So
    some days there's a wish to be dead."): the passive wish, not active thoughts, goes to the note."""
    named = field_name == SI and any(
        m.field == SI and "wish_dead" in m.facets and not m.mods & {"negated", "hypothetical"}
        and t.sentences and not t.sentences[t.sentence_of(m)][2] for m in t.mentions)
    return frozenset({"wish_dead"}) if named else frozenset()


# someone spoken of, in another person's turn: the client, as the relative tells it
_THIRD_PERSON = re.compile(_OTHER_PERSON.pattern + r"|\b(?:hers|you|your|my\s+" + _PERSON + r"|"
                           r"(?!(?:it|that|what|there|here|who|let|how|where|when|everything|nothing|something|one)'s)\w+'s)\b|"
                           # or the client by name, not a word opening a sentence: "I found blades in Sami's drawer"
                           r"(?<![.!?]\s)(?<=\s)(?-i:[A-Z][a-z]+)\b", re.IGNORECASE)
# doses taken or missed, told as adherence
_DOSES_KEPT = re.compile(r"\b(?:forgot|forget|forgetting|missed|miss|skipped|skip)\s+(?:to\s+take\s+(?:it|them|my|the)|(?:a|the|my|one|two)\s+"
                         r"(?:doses?|tablets?|pills?|capsules?|days?))\b|\b(?:had|taken|took)\s+(?:it|them)\s+\w+\s+(?:days?\s+)?out\s+of\b",
                         re.IGNORECASE)
# ... with no death or overdose named beside them
_DEATH_OR_LOT = re.compile(r"\b(?:die|died|dying|dead|death|kill\w*|suicid\w*|alive|live|living|life|wake\s+up|overdos\w*|"
                           r"all\s+of\s+(?:it|them)|the\s+(?:lot|whole)|whole\s+(?:box|bottle|packet|strip)|end\s+(?:it|things)|"
                           # doses kept back, not missed: "I skipped my pills all week, saving them up so I have enough"
                           r"sav(?:e|ed|ing)|stockpil\w*|hoard\w*|enough|on\s+purpose|(?:don'?t|didn'?t)\s+care|disappear\w*)\b",
                           re.IGNORECASE)
# words any telling of self-harm has one of: the body, an injury, a means, hurt or punishment
_BODY_OR_HARM = re.compile(
    r"\b(?:cut\w*|burn\w*|scratch\w*|hurt\w*|harm\w*|blood\w*|bleed\w*|skin|wrists?|arms?|legs?|thighs?|stomach|belly|hands?|"
    r"fingers?|head|face|razor\w*|blades?|knife|knives|scissors|bruis\w*|hit\w*|punch\w*|bang\w*|pinch\w*|bit|bite\w*|biting|"
    r"pick\w*|pull\w*|hair|scars?|marks?|wounds?|rub\w*|dig\w*|nails?|needles?|pins?|lighters?|cigarettes?|walls?|fists?|"
    r"slap\w*|stab\w*|carv\w*|scrap\w*|punish\w*|pain\w*|sting\w*|ice|sharp\w*|glass|myself|mysel|meself|body|starv\w*|"
    r"purg\w*|vomit\w*|sick|injur\w*|hospital|stitch\w*|plasters?|bandage\w*|sleeves?|damage\w*|knuckles?|deep|split)\b",
    re.IGNORECASE)


# harm to another named in words: a blow, a weapon, anger, a death ("i don't want to go out i don't call my brother i come home
# i sit on sofa with the boots still on" names none, though the screen read harm to another in it)
# a death mourned, told with no harm named: "In the spring. We buried him with his stick."
_LAID_TO_REST = re.compile(r"\b(?:buried|bury(?:ing)?|funeral|memorial|passed\s+(?:away|on)|grave(?:side)?|cremat\w*|"
                           r"next\s+world|rest\s+in\s+peace)\b", re.IGNORECASE)
_VIOLENCE = re.compile(_HARM_CONTEXT.pattern + r"|\b" + _HARM_VERB + r"\b|\b(?:knife|knives|guns?|rifle|axe|hammer|bat|weapons?|"
                       r"firearms?|pistol|shotgun|handgun|nine\s+mil|glock|bullets?|ammo|blades?|razors?|crowbar|panga|machete|"
                       r"iron\s+bar|tyre\s+iron|tire\s+iron|burn\w*|fire|petrol|gasoline|off\s+the\s+road|whatever\s+it\s+takes|"
                       r"use\s+it\s+on|deserves?\s+it|sort\s+(?:him|her|them)\s+out|"
                       r"blood\w*|dead|die|dying|death|threat\w*|revenge|wring|throttl\w*|neck|throat)\b|"
                       # "I picture doing to him what he did to me. Worse."
                       r"\bdo(?:ing)?\s+to\s+(?:him|her|them)\s+what\s+(?:he|she|they)\s+did\b", re.IGNORECASE)


# a question about intent or plans only, and one that asks about the thoughts too
_INTENT_ONLY_Q = re.compile(r"\b(?:intention|intentions|intend|intent|plans?\s+to|act(?:ing)?\s+on)\b", re.IGNORECASE)
_THOUGHTS_ASKED = re.compile(r"\b(?:thoughts?|thinking|think|feel\w*|urges?|wish\w*|want\w*|images?|pictures?|ideation|suicid\w*|"
                             r"homicid\w*)\b", re.IGNORECASE)


def _goes_on_with_other_field(f: str, t: _Turn, info: list[_Turn], events: list[_Event]) -> bool:
    """Whether ``t`` answers the clinician's short question back about a disclosure of another field endorsed just
    before, naming nothing of ``f`` itself: "Some days I stand at the edge of the ramp and I think, one step." "How
    often are those thoughts coming?" "Three, four times a week ... The driver leaned on his horn and I walked back."
    goes on with the wish to die; the screen's harm-to-another reading of it is pointed at, not endorsed."""
    if not t.index or info[t.index - 1].speaker != "clinician" or any(m.field == f for m in t.mentions):
        return False
    question = _last_question(info[t.index - 1])
    return len(question.split()) <= 12 and bool(_ANAPHOR.search(question)) and any(
        e.kind == "endorse" and e.field != f and t.index - 2 <= e.turn < t.index for e in events)


def _read_as_other_field(f: str, t: _Turn, info: list[_Turn], events: list[_Event]) -> bool:
    """Whether the disclosure in ``t`` is one the patterns already read as another field a few turns before, or one the
    clinician's follow-up, referring back to it, asks about as another field."""
    nxt = info[t.index + 1] if t.index + 1 < len(info) else None
    follow_fields = {m.field for m in nxt.mentions if m.field} \
        if nxt is not None and nxt.speaker == "clinician" and _ANAPHOR.search(_last_question(nxt)) else set()
    if follow_fields and f not in follow_fields:
        return True
    return any(e.kind == "endorse" and e.field != f and e.source == "client" and e.reason is None
               and t.index - 4 <= e.turn <= t.index for e in events) \
        and not any(m.field == f for j in range(max(0, t.index - 4), t.index + 1) for m in info[j].mentions)


# a reading this low says the turn is not about the field at all
_NOT_READ = 0.2
_TORN_READ = 0.8
_WEAK_WINDOW = 6
# a question asking for more, not for a yes: "And how is that for you?", "How often are you going down there?" (its
# answer confirms nothing the learned screen read before it, unless the answer is itself risk talk: "What kind of
# stuff?" "Like... ways. To not be here."); "What, like not wake up?" asks for a yes
_OPEN_QUESTION = re.compile(r"^\W*(?:(?:and|so|okay|ok|right|well|now|mm+)\W+)*(?:how|what|why|where|who|which)\b(?!\s*,)",
                            re.IGNORECASE)


def _gate_weak(info: list[_Turn]) -> None:
    """Weak targets count only near a strong mention of the same field; some, far from one, are flagged."""
    strong_at: dict[str, list[int]] = {f: [] for f in RISK_FIELDS}
    for t in info:
        for m in t.mentions:
            if m.strong and m.field:
                strong_at[m.field].append(t.index)
    # a weak phrase the clinician picks up in a question of their own ("Not being here. Most days." "When you think about
    # not being here, have you thought about how?"): both read it as risk talk
    echoed: set[tuple[int, str]] = set()
    for t in info[1:]:
        # (past a relative's aside: "Oh, Don.")
        prev = next((info[j] for j in (t.index - 1, t.index - 2) if j >= 0 and info[j].speaker == "client"), None)
        if t.speaker == "clinician" and t.question and prev is not None:
            for f in {m.field for m in t.mentions if m.field} & {m.field for m in prev.mentions if m.field and "negated" not in m.mods}:
                echoed |= {(t.index, f), (prev.index, f)}
    for t in info:
        near = [m for m in t.mentions if m.strong or (t.index, m.field) in echoed or any(
            t.index - _WEAK_WINDOW <= j <= t.index + 1 for j in strong_at[m.field or ""])]
        t.flagged = [m for m in t.mentions if m not in near and m.flag and t.speaker != "clinician"
                     and "negated" not in m.mods and _about_client(t, m)]
        t.mentions = near


# the clinician asking for a script to be said aloud: "Now say the sentence we wrote. Out loud.", "Read it again"
_RECITE = re.compile(r"\b(?:say|read|repeat)\b[^.?!]{0,30}\b(?:out\s+loud|aloud|again)\b|"
                     r"\b(?:say|read|repeat)\s+(?:the|your|that|this)\s+(?:sentence|script|line|phrase|words)\b", re.IGNORECASE)


def _recited(info: list[_Turn]) -> None:
    """An exposure script the client says aloud when asked ("Say the sentence we wrote." "I might stab her with this
    knife."), and its repetitions later in the exercise, are the exercise, not a disclosure."""
    script: set[str] = set()
    for t in info:
        if t.speaker != "client" or not t.mentions:
            continue
        said = {t.text[m.start:m.end].lower() for m in t.mentions}
        asked = t.index > 0 and info[t.index - 1].speaker == "clinician" and _RECITE.search(info[t.index - 1].text)
        if asked or said <= script:
            script |= said
            t.mentions, t.recited = [], True


_SCREEN_WORDS = re.compile(r"\b(?:song|show|series|book|novel|game|episode|netflix|cinema|tv|television|telly|actor|watch\w*|trailer|"
                           r"director|scene)\b", re.IGNORECASE)


# a trade that cuts metal, stone or wood, named in the turn or the two before it
_CUTTING_TRADE = re.compile(r"\b(?:torch(?:es)?|plasma|(?:oxy[- ]?)?acetylene|grinders?|weld\w*|saws?|chainsaws?|lathes?|shears|"
                            r"cutters?|hull|shipyard|steel\s+plates?)\b",
                            re.IGNORECASE)
_BARE_CUT = re.compile(r"(?:cut|cuts|cutting)", re.IGNORECASE)


def _trade_cutting(info: list[_Turn]) -> None:
    """A bare "cutting" in the client's account of work, just after the torch or the hull was named ("My head is a hull
    full of gas." "When it comes at work, what do you do?" "I stop cutting. I stand there."), is the trade, not
    self-harm: a body part or "again" said with it ("cutting my arm", "cutting again") keeps it."""
    for t in info:
        if t.speaker == "clinician" or not any(m.field == SH for m in t.mentions):
            continue
        if not any(_CUTTING_TRADE.search(x.text) for x in info[max(0, t.index - 2):t.index + 1]):
            continue
        t.mentions = [m for m in t.mentions if not (m.field == SH and _BARE_CUT.fullmatch(t.text[m.start:m.end])
                                                    and not re.match(r"\s+(?:my|me|myself|into|on|at|again)\b", t.text[m.end:]))]


def _films_in_head(info: list[_Turn]) -> None:
    """Once the film has been said to play in the head ("It's only film in the head." "What's in the film?"), the harm
    told "in the film" is the client's own image, not a plot on a screen."""
    told = False
    for t in info:
        told = told or bool(_HEAD_PICTURE.search(t.text))
        if not told or t.speaker == "clinician":
            continue
        t.mentions = [replace(m, mods=m.mods - {"media"})
                      if "media" in m.mods and re.search(r"\b(?:film|movie)\b", t.text[_sentence_bounds(t.text, m.start)[0]:m.end],
                                                         re.IGNORECASE)
                      and not _SCREEN_WORDS.search(t.text) else m for m in t.mentions]


def _mention_event(t: _Turn, m: _Mention, intrusive: bool, urge: bool) -> _Event:
    """One of the client's own mentions as an event."""
    assert m.field is not None
    ev = (t.index,)
    source = "client"
    status_facet = bool(m.facets & {"wish_dead", "active_thoughts"})
    if m.detail:
        return _Event(m.field, "context", t.index, m.start, ev, facets=m.facets)
    if "negated" in m.mods:
        if status_facet:
            return _Event(m.field, "deny", t.index, m.start, ev, negated_facets=m.facets, source=source)
        return _Event(m.field, "unresolved", t.index, m.start, (), negated_facets=m.facets,
                      reason="", source=source)
    if "historical" in m.mods and "present" not in m.mods:
        return _Event(m.field, "history", t.index, m.start, ev, facets=m.facets, timeframe="past", source=source)
    if intrusive and not urge:
        return _Event(m.field, "deny", t.index, m.start, ev, facets=m.facets,
                      reason=INTRUSIVE_REASON, source=source)
    if "hypothetical" in m.mods and not urge:
        return _Event(m.field, "unresolved", t.index, m.start, ev, reason=f"hypothetical risk language (turn {t.index})",
                      source=source)
    return _Event(m.field, "endorse", t.index, m.start, ev, facets=m.facets, timeframe=_timeframe(m, t),
                  source=source)


def _dialogue(info: list[_Turn]) -> list[_Event]:
    """Events from every turn in order: a clinician's question settles with the client's answer."""
    events: list[_Event] = []
    answered: dict[int, set[str]] = {}
    for t in info:
        for m in t.flagged:
            assert m.field is not None
            events.append(_Event(m.field, "unresolved", t.index, m.start, (t.index,),
                                 reason=f"possible risk language without context (turn {t.index})"))
        for m in t.mentions:
            if "claimed" in m.mods and m.field is not None:
                events.append(_Event(m.field, "unresolved", t.index, m.start, (t.index,),
                                     reason=CLAIMED_REASON.format(turn=t.index)))
        if t.speaker == "clinician":
            _clinician_turn(t, info, events, answered)
        elif t.speaker == "other":
            _other_turn(t, info, events)
        else:
            _client_turn(t, info, events, answered)
    return events


# a story told first, the answer last: "... so I know what you're asking, but no, not me. I've got the kids"
_BUT_NO = re.compile(r"\b(?:but|so|and)\s+no\b[,.]?\s+(?:not\s+(?:me|for\s+me|myself)|never|i'?m\s+not|i\s+(?:would|could)n'?t|"
                     r"i\s+(?:have|do)n'?t)\b", re.IGNORECASE)
# a flat denial after an aside: "ah the germanwings question no ma'am never not once", "how can i die ... no i have
# never thought that"
_FLAT_NO = re.compile(r"\b(?:no|nah)\W+(?:(?:ma'?am|sir|miss|doc|mate|love)\W+)?(?:never\b|not\s+once\b|not\s+at\s+all\b|"
                      r"i\s+(?:have\s+|'ve\s+)?never\b|"
                      # after a joke: "I'd love to stick him in the prover for an hour. No. No, I wouldn't touch a hair on his head."
                      r"(?:no\W+)?i\s+(?:would|could)(?:n'?t|\s+never)\s+(?:touch|hurt|harm|do)\b|(?:no\W+)?i'?d\s+never\s+(?:touch|hurt|harm|do)\b)",
                      re.IGNORECASE)
# a concession, not a no: "No. Well, sometimes, yeah. Not that I want to die." (the thoughts stand)
_CONCEDED = re.compile(r"\bnot\s+that\s+(?:i\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# an answer closing on its no, after a yes to something else: "Nah, none. Tired legs, aye. Not that."
_NOT_THAT_END = re.compile(r"(?:^|[.!?,;]\s+)(?:but\s+)?not\s+(?:that|this|like\s+that|like\s+this|that\s+kind|that\s+way|those)"
                           r"(?:\W*$|\s*[.!?])",
                           re.IGNORECASE)
# the client saying they will still be here: "Anak, I am not going anywhere. Only to Linden Court."
_STAYING = re.compile(r"\bi(?:'m|\s+am)\s+not\s+going\s+anywhere\b(?!\s+(?:in|with)\b)|\bi'?m\s+going\s+nowhere\b(?!\s+(?:in|with|fast)\b)",
                      re.IGNORECASE)
# (or the no given up for the truth: "No... Well. If I am honest with you. Since my wife died ... I can go now"; not "No,
# to be honest, I haven't")
_NO_TAKEN_BACK = re.compile(_NOT_NO + r"|\bi lied\b|"
                            r"\A\W*no\b\W+well\W+(?:if\s+i(?:'m|\s+am)\s+(?:being\s+)?honest|to\s+be\s+honest|the\s+truth\s+is|"
                            r"truthfully|honestly)\b(?:\s+with\s+you)?(?!\W+(?:no|not|never|nothing|i\s+(?:have|do|did|am|was)\s*n'?o?t)\b)",
                            re.IGNORECASE)
# the plan denied and the thoughts kept: "not like a plan just that it would be easier not to be in the next season"
_SHORT_OF_PLAN = re.compile(r"^(?:(?:no|well|um|uh)\W+)*not\s+(?:like\s+|really\s+)?(?:a|any)\s+(?:real\s+|proper\s+)?(?:plan|intention)\b"
                            r"(?:\s+or\s+anything)?\W+(?:just|only)\b(?!\s+(?:no|not|never|nothing)\b)", re.IGNORECASE)
# the client's own no set after what the world around them holds: "i see death every day death is my neighbour but
# for me no"
_FOR_ME_NO = re.compile(r"\bbut\s+(?:for\s+me|me|myself|in\s+me)\W+(?:no|not|never|nothing)\b|"
                        # the no said again to close the aside: "No. Some days I am very tired, but no."
                        r"\bbut\s+no\s*(?:[.!;]|$)", re.IGNORECASE)
# the past an answer's yes is about: "No. Last winter, yeah, some nights. Not now.", "No. Not now. Before, aye, every day."
_PAST_LEAD = re.compile(r"\b(?:before|back then|at the time|that time|at first|last (?:winter|summer|spring|autumn|fall|year)|"
                        r"in (?:the )?(?:hospital|ward)|on the ward)\b(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
_ACCIDENTAL = re.compile(r"\bnot\s+on\s+purpose\b|(?<!n't\s)(?<!not\s)(?<!no\s)\bby\s+(?:accident|mistake)\b|(?<!n't\s)(?<!not\s)\ban\s+accident\b|(?<!not\s)\baccidental(?:ly)?\b|"
                         r"\bdid(?:n'?t|\s+not)\s+mean\s+(?:to|it)(?:\s+(?:do\s+it|happen))?(?=\s*(?:[.,!;]|$))", re.IGNORECASE)
_NOT_THE_ACT = re.compile(r"\bbut\s+i\s+(?:don'?t|do\s+not|won'?t|will\s+not|wouldn'?t|never)\s+(?:ever\s+)?(?:do|act\s+on)\s+"
                          r"(?:it|that|them|anything)\b", re.IGNORECASE)
# a yes said of another act, beside the risk act's own no: "No. Hurting, no. Shouting, yes, I want to shout at him."
_OTHER_ACT_YES = re.compile(r"\b(?P<act>[a-z]+),\s*$", re.IGNORECASE)
_ACT_NO = re.compile(r"\b[a-z]+,\s*(?:no|nope|nah|never)\b", re.IGNORECASE)
# "Is there anyone else you have thoughts of hurting?" "No. Just him.": the no is to anyone else, the one already named
# stands
# a question that leaves out the person already named: "anyone else?", "is there anyone here you have thoughts of hurting?"
# ("Any other ways you hurt yourself? Burns, cuts, hitting?" "No. Only the knees." leaves the way already told)
_ELSE_Q = re.compile(r"\b(?:any|some|no)(?:one|body)\s+(?:else\b|(?:other\s+than|besides|apart\s+from)\b|(?:\w+\s+)?here\b)|"
                     r"\b(?:any|some)\s+other\s+(?:ways?|places?|things?\s+you\s+do)\b",
                     re.IGNORECASE)
# "No. Just him.", "No, no. Nobody here. Here people are kind to me. Only him.": the one named stays
# a yes to one question of several, by its place: "Nah. Nah. ...Da last one, yeah.", "The second one, yes"
_ORDINAL_YES = re.compile(r"\b(?:the|da|dat|that|de)\s+(?P<which>last|final|first|second|third)\s+(?:one|thing|question)\W+"
                          r"(?:yeah|yes|yep|aye|ya|sometimes|a\s+bit|kinda|kind\s+of)\b", re.IGNORECASE)
# "was that to hurt yourself or to die" "hurt i reckon, to feel somethin": the answer opens with one alternative's word
_CHOSEN_WORD = re.compile(r"^\W*(?:(?:i\s+(?:guess|reckon|think|suppose)|probably|more|mostly|just)\W+)?(?:to\s+)?(?P<word>[a-z]+)\b",
                          re.IGNORECASE)
_OR_AFTER = re.compile(r"\W*or\b", re.IGNORECASE)
_OR_BEFORE = re.compile(r"\bor\s+(?:to\s+)?$", re.IGNORECASE)
_ONLY_THAT_ONE = re.compile(r"^\W*(?:no|nah|nope)\W+(?:[^.?!]*[.?!]\s+){0,3}(?:(?:just|only)\s+(?:him|her|them|that\s+(?:one|man|woman|guy|"
                            r"lad|fella|bloke))|(?:just|only)\s+(?-i:[A-Z][a-z]+)|(?:just|only)\s+(?:the|my|on\s+(?:the|my))\s+(?:knees?|arms?|legs?|wrists?|"
                            r"thighs?|hands?|fingers?|fingertips|skin|stomach|feet|foot|shins?|palms?|forearms?))\b"
                            # (and kept to the image: "No. Only him. And only the film.")
                            r"(?:\W+(?:and\s+)?(?:only|just)\s+(?:the|in\s+(?:my|the))\s+(?:film|picture|image|head|mind|thoughts?|"
                            r"imagination)\b)?\W*$", re.IGNORECASE)
_OPENS_WITH_YEARS = re.compile(r"not since\b|" + _NOT_FOR_YEARS, re.IGNORECASE)
_NOT_NOW = re.compile(r"\bnot (?:now|anymore|any more|these days|lately|since)\b|\bnothing (?:now|like that now)\b", re.IGNORECASE)
# an answer that opens denying the present: "Now, no.", "Not now."
_NOW_NO = re.compile(r"(?:now|today|these\s+days|currently|lately),?\s+(?:no\s+way|no|nope|nah|never)\b|" + _NOT_NOW.pattern, re.IGNORECASE)
_SPARED = re.compile(r"(?:^|[.!?]\s+)(?:him|her|them)\W+(?:no|nah|nope|never)\b|\b(?:(?:would|could)n'?t|never)\s+(?:ever\s+)?"
                     r"(?:touch|hurt|harm)\s+(?:him|her|them)\b", re.IGNORECASE)
# each field of a two-part question answered no by name: "Myself, no. Someone else, no. I am angry sometimes with the
# customers ..." (the "sometimes" after is not a yes to either)
_SELF_NO = re.compile(r"(?:^|[.!?]\s+)(?:myself|me|to\s+myself|for\s+me)\W+(?:no|nah|nope|never)\b", re.IGNORECASE)
_OTHERS_NO = re.compile(r"(?:^|[.!?]\s+)(?:someone|somebody|anyone|anybody|other\s+people|others)(?:\s+else)?\W+(?:no|nah|nope|never)\b",
                        re.IGNORECASE)
_SCOPED_NO = re.compile(r"(?:^|[.!?]\s+)(?:\w+\s+){0,2}\w+,\s*(?:no|nope|never)\s*[.!]", re.IGNORECASE)
_CLOSING_DENIAL = re.compile(r"(?:^|[.!?]\s+|,\s*|\b(?:and|but)\s+(?:now|today|these\s+days|nowadays)\s+)(?:but\s+)?"
                             r"(?:no|nope|neither|none|not really|never)\W*(?:neither|none|"
                             r"not at all|to (?:both|either|all)|nothing (?:of mine|like that|of the sort)|not mine|not me|"
                             # "... But dying, no. I have Callum, I have my mother in Biak. No thoughts like that."
                             r"thoughts? (?:like|of) (?:that|this|those))?\W*"
                             # a vocative after it: "..., but I'd never go that road, no b'y."
                             r"(?:(?:b'?y|lah|la|mate|man|brah|bro|love|dear|doc|doctor|miss|sir)\W*)?"
                             # or the reasons to live after it: "... i wanted to die yes but now no i have ruth i have aissatou"
                             r"(?P<tail>(?:(?:i\s+have|i'?ve\s+got|i\s+got)\s+(?:my\s+|the\s+)?[\w']+(?:\s+and\s+[\w']+)?\W*){1,3})?$",
                             re.IGNORECASE)


def _closing_denial(text: str) -> bool:
    """Whether the answer ends denying (``_CLOSING_DENIAL``); the reasons to live after the no count only where the no
    is said of now against a before ("... i wanted to die yes but now no i have ruth"), and never "I have nobody"."""
    m = _CLOSING_DENIAL.search(text)
    if m is None or not m.group("tail"):
        return m is not None
    return bool(re.search(r"\b(?:but|and)\s+now\s+no\b", text, re.IGNORECASE)) \
        and not re.search(r"\b(?:nobody|nothing|no\s*one|none|nowhere)\b", m.group("tail"), re.IGNORECASE)


_CLOSING_ACT_DENIAL = re.compile(r"\bi\s+(?:don'?t|do\s+not|never|would\s+never|wouldn'?t)\s+(?:think\s+(?:about|of)|want\s+to|wanna|"
                                 r"plan\s+to)\s+(?:hurt|harm|kill|hit)\w*\s+(?:nobody|anybody|anyone|no\s*one)\W*$",
                                 re.IGNORECASE)


# the question recalled inside a retraction: "when you asked about killing myself"
_RECALLED_QUESTION = re.compile(r"\byou asked(?: me)?(?: about| if| whether)?[^.,;!?]{0,60}", re.IGNORECASE)
# "I held my arm over the kettle. On purpose. I lied before": the act told as deliberate is the admission
_ON_PURPOSE = re.compile(r"\b(?:on\s+purpose|deliberately|purposely|intentionally)\b", re.IGNORECASE)
_RETRACTS = re.compile(r"\b(?:" + _RETRACT + r")\b", re.IGNORECASE)


def _retraction(t: _Turn, prev: _Turn | None, events: list[_Event], told: _Turn | None = None) -> None:
    """A later turn taking back an earlier denial ("When you asked before, I said no, but that's not true.
    I've been thinking about it.") endorses what was denied: the later disclosure wins, flagged. A retraction
    that only asks to speak ("Can I say something? I wasn't honest before.") is told in ``told``, the client's
    next turn after the clinician's go-ahead."""
    retracts = [m.group(0).lower() for m in _RETRACTS.finditer(t.text)]
    # "it's not totally no" is itself the admission; other retractions need one ("I think about it")
    hedged_no = any(re.search(r"\bno\b|\ba (?:yes|maybe)\b", r) and not r.startswith("i said no") for r in retracts)
    if not retracts:
        return
    if not (hedged_no or _live(t.cues.get("affirm")) or _live(t.cues.get("recur")) or _ON_PURPOSE.search(t.text)):
        if told is None or not _ASKS_TO_SAY.search(t.text) or not (
                _live(told.cues.get("affirm")) or _live(told.cues.get("recur")) or _ON_PURPOSE.search(told.text)):
            return
        t = told
    denials = [e for e in events if e.kind == "deny" and e.source == "client" and e.turn <= t.index]
    # a turn that names what it discloses is read by its own mentions; one that names only what was
    # denied ("when you asked about suicide I said no") is not
    recalled_q = [m.span() for m in _RECALLED_QUESTION.finditer(t.text)]
    if not denials or any(m.field and "negated" not in m.mods and not any(a <= m.start < b for a, b in recalled_q)
                          for m in t.mentions):
        return
    # the denial taken back: the first one the clinician just recalled, else the latest
    recalled = [m.field for m in (prev.mentions if prev is not None and prev.speaker == "clinician" else []) if m.field]
    denied = [e.field for e in denials]
    field_name = next((f for f in recalled if f in denied), None)
    # "When you said no at the start, and now this, which is closer to the truth?" "This. I said no because I was
    # ashamed.": the denial taken back is the one of the field disclosed since, not every field it answered
    disclosed = [e.field for e in events if e.kind == "endorse" and e.turn < t.index
                 and any(d.field == e.field and d.turn < e.turn for d in denials)]
    if field_name is None and disclosed:
        field_name = disclosed[-1]
    if field_name is None and len(set(denied)) > 1:
        # "when I said no earlier, that wasn't entirely true" after two denials: the one its words are about
        from scribe.extract import risk_net

        field_name = risk_net.likeliest(t.text, sorted(set(denied)))
    field_name = field_name or denials[-1].field
    events.append(_Event(field_name, "endorse", t.index, 0, (t.index,), timeframe="current",
                         reason="later disclosure contradicts an earlier denial"))


def _client_turn(t: _Turn, info: list[_Turn], events: list[_Event], answered: dict[int, set[str]]) -> None:
    # what a client who asked to take something back then tells, after the clinician's go-ahead
    told = info[t.index + 2] if t.index + 2 < len(info) and info[t.index + 1].speaker == "clinician" \
        and info[t.index + 2].speaker == "client" and not info[t.index + 1].mentions else None
    _retraction(t, info[t.index - 1] if t.index > 0 else None, events, told)
    prev = info[t.index - 1] if t.index > 0 else None
    context = [t.text] + ([prev.text] if prev and prev.speaker == "clinician" else [])
    urge = bool(_live(t.cues.get("urge")))
    humour = bool(_HUMOUR.search(t.text)) or bool(
        t.index + 1 < len(info) and info[t.index + 1].speaker != "client" and _HUMOUR.search(info[t.index + 1].text))
    own = [m for m in t.mentions if _about_client(t, m) and not (humour and m.field == HI)]
    # "Mom, that's a joke. Everyone says kms.": the words are disowned, which answers them
    disowned = bool(_live(t.cues.get("disown"))) and bool(_FIGURE_OF_SPEECH.search(t.text)) and not urge \
        and not _IMAGERY.search(t.text)
    intrusive_fields = _intrusive_fields(events)
    for m in own:
        assert m.field is not None
        if disowned and "negated" not in m.mods and m.facets & {"wish_dead", "active_thoughts"}:
            events.append(_Event(m.field, "deny", t.index, m.start, (t.index,),
                                 reason=f"risk words disowned as a figure of speech (turn {t.index})"))
            continue
        if not m.strong and m.field in answered.get(t.index, set()) and _OPENS_DENYING.match(_LEAD.sub("", t.text)):
            # "No. I haven't since March. I have the rubber band thing if I need it": a weak word inside the
            # answer's denial is part of it (a coping tool, a memory), not a new disclosure
            events.append(_Event(m.field, "context", t.index, m.start, (t.index,)))
            continue
        # "I had the safety pin ... and I scratched my arm ... then I felt disgusting about it": an act done is
        # behaviour, not an unwanted thought, however the client feels about it after
        done = m.field == SH and "hypothetical" not in m.mods and (
            bool(_DONE_ACT.match(t.text, m.start)) and bool(_I_BEFORE.search(t.text, 0, m.start))
            # and one done as a habit: "When the thought about Dev is very strong, I pinch my arm ... until it goes blue"
            or bool(_HABIT_ACT.match(t.text, m.start)) and bool(_I_HABITUALLY_BEFORE.search(t.text, 0, m.start)))
        events.append(_mention_event(t, m, not done and (m.field in intrusive_fields or _intrusive(m.field, *context)),
                                     urge))
    asked = {m.field for m in prev.mentions if m.field} if prev is not None and prev.speaker == "clinician" else set()
    _disavowed_thought(t, context, events, asked)
    _kept_back(t, info, events)
    # "those thoughts are back", "I still think about it": the last field named, now current
    recur = [c for c in _live(t.cues.get("recur")) if "other_experiencer" not in c.mods and "media" not in c.mods]
    if recur and t.index not in answered:
        recent = [m for m in own if "negated" not in m.mods] or [
            m for j in range(max(0, t.index - 2), t.index) for m in info[j].mentions
            if info[j].speaker == "client" and _about_client(info[j], m) and "negated" not in m.mods]
        tf: Timeframe = "recent" if all("recent" in c.mods and "present" not in c.mods for c in recur) else "current"
        for f in {m.field for m in recent if m.field}:
            if f in intrusive_fields or _intrusive(f, *context):
                continue
            src = [m for m in recent if m.field == f][-1]
            events.append(_Event(f, "endorse", t.index, recur[0].start, tuple(sorted({t.index, src.turn})), timeframe=tf))


# medicine kept back, named before: "Zopiclone. A lot of them." ... "I didn't throw them out. I started keeping them."
_KEPT_THEM = re.compile(r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|keeping|kept|putting\s+aside|put\s+aside|"
                        r"set(?:ting)?\s+aside)\s+(?:all\s+)?(?:them|those|these)\b(?!\s+(?:safe|locked|in\s+the\s+(?:car|bathroom)))",
                        re.IGNORECASE)
_MEDICINE = re.compile(r"\b(?:pills?|tablets?|meds|medications?|medicines?|capsules|morphine|oxy\w*|opioids?|painkillers|"
                       r"sleepers|prescriptions?)\b", re.IGNORECASE)


def _kept_back(t: _Turn, info: list[_Turn], events: list[_Event]) -> None:
    """Medicine the client says they kept back, named a few turns before, is a preparatory facet of suicidal
    ideation: it adds to a field endorsed otherwise and never endorses on its own."""
    kept = _KEPT_THEM.search(t.text)
    if kept is None:
        return
    before = [info[j].text for j in range(max(0, t.index - 3), t.index)] + [t.text[:kept.start()]]
    if not any(_MEDICINE.search(x) for x in before):
        from scribe.extract.lexicons import MED_SURFACE

        words = {w for x in before for w in re.findall(r"[a-z][a-z-]+", x.lower())}
        if not words & MED_SURFACE.keys():
            return
    events.append(_Event(SI, "context", t.index, kept.start(), (t.index,),
                         facets=frozenset({"preparatory_behavior", "method"})))


def _disavowed_thought(t: _Turn, context: list[str], events: list[_Event], asked: set[str]) -> None:
    """A client who says they don't want to die while telling of the thought ("I don't really want to die.
    But the thought comes, maybe three times this week") endorses suicidal thoughts, flagged for review."""
    disavowal = _DIE_DISAVOWAL.search(t.text)
    if not disavowal or _intrusive(SI, *context):
        return
    thought = next((m for m in _DEATH_THOUGHT.finditer(t.text)
                    if not _NEGATED_BEFORE.search(t.text[max(0, m.start() - 30):m.start()])), None)
    if thought is None or any(e.field == SI and e.kind == "endorse" and e.turn == t.index for e in events):
        return
    # "I'm not going to do anything. I just picture driving through his porch" is about someone else
    about_die = "die" in disavowal.group(0).lower()
    # and so is one that answers a question about hurting someone ("Do you still have thoughts about hurting him?"
    # "I think about it, I picture it sometimes, but I'm not going to do anything stupid")
    if not about_die and (_OTHER_PERSON.search(t.text[thought.start():thought.end() + 60])
                          or any(m.field in (HI, SH) for m in t.mentions) or (asked and SI not in asked)):
        return
    events.append(_Event(SI, "endorse", t.index, thought.start(), (t.index,), facets=frozenset({"active_thoughts"}),
                         timeframe="current", reason="denial of wanting to die next to thoughts of it"))


def _relayed(t: _Turn) -> _Turn | None:
    """An interpreter's or relative's relay of the client's own answer ("He says no, never."), as the client's
    answer; None when the turn is not a relay."""
    m = _RELAYED.match(t.text)
    if m is None:
        return None
    off = m.end()
    cues = {k: [replace(c, start=c.start - off, end=c.end - off) for c in v if c.start >= off] for k, v in t.cues.items()}
    mentions = [replace(c, start=c.start - off, end=c.end - off) for c in t.mentions if c.start >= off]
    sentences = [(max(0, a - off), b - off, q) for a, b, q in t.sentences if b > off]
    return replace(t, speaker="client", text=t.text[off:], cues=cues, mentions=mentions, sentences=sentences,
                   first_sentence=t.text[off:sentences[0][1] + off] if sentences else t.text[off:])


# the client's own conditional plan reflected back: "So if the result is positive, you're thinking you would end your
# life." (its "would" is the client's, not the clinician's supposing)
_REFLECTED_THOUGHT = re.compile(r"\byou(?:'?re|\s+are|'?ve\s+been|\s+have\s+been)\s+(?:thinking|saying|telling\s+me|planning|"
                                r"considering|deciding)\s+(?:that\s+)?(?:you(?:'?d|\s+would|'?ll|\s+will)|of|about)\b", re.IGNORECASE)


# a wound's care asked after, not whether there are new ones: "are any of them red hot or swelling", "are they healing"
_WOUND_CARE = re.compile(r"\b(?:red|hot|swell\w*|swollen|infect\w*|heal\w*|clean(?:ed|ing)?|dress(?:ed|ing|ings)|stitch\w*|ointment|"
                         r"sore|pus|scabs?|weeping|looked\s+at|seen\s+to)\b", re.IGNORECASE)
_WOUND_NEW = re.compile(r"\b(?:again|new|any\s+more|anymore|since|more|urges?|want\w*|lately|recently|this\s+week)\b", re.IGNORECASE)
_WOUND_NOUN = re.compile(r"\b(?:cuts|burns|scratches|wounds?|marks|lines|scars)\b", re.IGNORECASE)


def _wound_care(text: str) -> bool:
    """Whether ``text`` asks after a wound's care and not after new harm ("are any of them red hot or swelling")."""
    return bool(_WOUND_CARE.search(text)) and not _WOUND_NEW.search(text)


# a question to the client after the mention, in the same unpunctuated run of words: "sometimes when people feel this low
# they have thoughts of dying or of hurting themselves have you had any thoughts like that"
_ASKS_AFTER = re.compile(r"\b(?:have|do|did|are|were)\s+you\b[^?.!]{0,40}?\b(?:like\s+(?:that|this)|any\s+of\s+(?:that|those|this|them)|"
                         r"(?:those|these)\s+(?:thoughts|feelings|urges))\b", re.IGNORECASE)


def _asked(t: _Turn, relay: bool = False) -> list[_Mention]:
    """The clinician's mentions that put a risk question to the client.

    A mention in a question sentence; in a statement addressed to the client that a later question in the
    turn refers back to ("You mentioned cutting in the past. Has that come back?"); or in a reflection
    ("So you've been cutting again."). Not hypotheticals, safety planning or a clinician's own stories.
    """
    out = []
    for m in t.mentions:
        if "media" in m.mods:
            continue
        k = t.sentence_of(m)
        a, b, is_q = t.sentences[k] if t.sentences else (0, len(t.text), t.question)
        sentence = t.text[a:b]
        if "hypothetical" in m.mods and not (is_q and _ASKS_LEAVE.search(sentence)) \
                and not _REFLECTED_THOUGHT.search(t.text, a, m.start):
            continue  # (the "would" of "Would you be okay telling me about the thoughts?" asks leave, it supposes nothing)
        later_q = [t.text[x:y] for x, y, q in t.sentences[k + 1:] if q and not _proposal(t.text[x:y])]
        refers_back = any(_ANAPHOR.search(q) or _ASKS_CLIENT_TOO.search(q) for q in later_q) \
            or bool(_ASKS_AFTER.search(t.text, m.end, b))  # unpunctuated: "... or of hurting themselves have you had any like that"
        if not (_about_client(t, m) or refers_back and _ASKS_CLIENT_TOO.search(" ".join(later_q) or t.text[m.end:b])
                or relay and "media" not in m.mods):
            continue
        if m.field == SH and _wound_care(sentence) and _WOUND_NOUN.search(t.text, m.start, m.end):
            continue  # "how are the cuts now, are any of them red hot or swelling?" cares for a wound, it asks no risk
        if _PRESUPPOSED.search(t.text[max(a, m.start - 12):m.start]) and len({x.field for x in t.mentions}) > 1:
            continue  # "when you burned yourself, were you trying to die?" asks about the other field
        if re.search(r"\b(?:if|whenever)\b", t.text[a:m.start], re.IGNORECASE) and _IF_THEN_CALL.search(t.text, m.end, b):
            continue  # "... or you had any thought of harming lía you'd call me": a plan for if it comes, no question
        if is_q and _proposal(sentence) and (_FOR_LATER.search(sentence) or not m.strong):
            # "And the cutting, would you be willing to text me if the urge comes?" plans, it does not ask; nor does
            # "Can we practise the plan now?", whose plan is the safety plan
            continue
        prompt = len(sentence.split()) <= 6  # "and the cutting"
        # the clinician summing up what the client said, for the client to confirm: "okay so the wish to not wake up
        # comes when you're exhausted and you have no plan" (not a plan for later: "so when it comes, call me")
        # (the thoughts or the wish summed up, not "so even the worst case you have a plan" or homework's "even if you
        # don't act on them")
        # (or the wish itself named back, with nobody named: "so a wish to be dead to have that quiet")
        summed_up = bool(_SUMMED_UP.match(sentence)) \
            and (bool(_SECOND_PERSON.search(sentence)) or bool(_NAMED_BACK.match(t.text, a, m.start))) \
            and not _FOR_LATER_PLAN.search(sentence) and "negated" not in m.mods \
            and bool(m.facets & {"wish_dead", "active_thoughts"})
        if is_q or refers_back or prompt or relay or (_SECOND_PERSON.search(sentence) and not _NOT_A_QUESTION.search(sentence)) \
                or _REFLECTED_THOUGHT.search(t.text, a, m.start) or summed_up:
            out.append(m)
    return out


# the clinician asking what a threat meant: "Tell me what you mean by that.", "Do you mean that? Any thoughts of actually
# hurting him?"
_CLARIFY_Q = re.compile(r"\b(?:what\s+(?:do|did)\s+you\s+mean|(?:tell|show)\s+me\s+what\s+you\s+mean|(?:do|did)\s+you\s+(?:really\s+)?"
                        r"mean\s+(?:that|it)|mean\s+(?:that|it)\s+(?:literally|seriously)|are\s+you\s+serious|say\s+more\s+about\s+that|"
                        # whether the words carried a real wish: "Were you having any actual thoughts of hurting him?"
                        r"any\s+(?:actual|real)\s+(?:thoughts?|wish|urges?|intent\w*)\s+(?:of|to|about)\s+(?:actually\s+)?(?:hurt|harm|kill|do\s+anything\s+to)\w*\s+"
                        r"(?:him|her|them|anyone|anybody|someone|somebody|(?-i:[A-Z][a-z]+))\b)\b",
                        re.IGNORECASE)
THREAT_CLARIFIED_REASON = "a threat said in anger; asked what it meant, the client said it was not meant: confirm"


def _threat_clarified(t: _Turn, nxt: _Turn | None, events: list[_Event]) -> None:
    """ "If he shows up one more time I'ma kill him." "Tell me what you mean by that." "I mean I'm not gonna do
    nothing to him. He's all talk, I'm all talk.": a threat the clinician asks the meaning of, and the client, asked,
    says was not meant, is denied homicidal ideation for the clinician to confirm. Only harm to others: a wish to die
    played down when asked stays endorsed (a minimised disclosure)."""
    if nxt is None or nxt.speaker != "client" or not _CLARIFY_Q.search(t.text) or _live(nxt.cues.get("urge")):
        return
    if not any(e.field == HI and e.kind == "endorse" and e.source == "client" and t.index - 2 <= e.turn < t.index for e in events):
        return
    if _answer_polarity(nxt, False, False)[0] in ("deny", "disown") or _DENY_START.match(_LEAD.sub("", nxt.text)):
        _retract(events, {HI}, t.index, nxt.index, reach=2, reason=THREAT_CLARIFIED_REASON)


# the clinician turning from one field to the next: "... what about thoughts of hurting yourself"
# (or "And for yourself, any thoughts of ending your life")
_TOPIC_SWITCH = re.compile(r"\b(?:and\s+)?(?:what|how)\s+about\b(?!\s+(?:that|it|them|those|this|now|today|tonight)\b)|"
                           r"\band\s+(?:for|about)\s+(?:yourself|you\s+yourself)\b", re.IGNORECASE)
SUMMED_UP_REASON = "the clinician summed up thoughts the client disclosed (turn {turn}) before asking about another field: confirm"


# a reflection of what the client just told, in a statement: "It sounds like the scrape is a way of hurting yourself to
# stop the emotional pain." (not one of a thing gone or wished away: "it sounds like the cutting has stopped")
_REFLECTS = re.compile(r"\W*(?:(?:okay|ok|alright|right|so|and|mm+|mhm)\W+)*(?:it|that|this)?\s*sounds\s+like\b|"
                       r"\W*(?:(?:okay|ok|alright|right|and|mm+|mhm)\W+)*what\s+i'?m\s+hearing\b", re.IGNORECASE)
_REFLECTED_AS_OVER = re.compile(r"\b(?:stopped|gone|over|past|used\s+to|no\s+longer|any\s*more|not|n't|never|before|back\s+then|"
                                r"if|would|might|could|worried|afraid|scared)\b", re.IGNORECASE)
REFLECTED_REASON = "the clinician reflected a disclosure (turn {turn}) before asking about another field: confirm"


def _reflection_then_question(t: _Turn, asked: list[_Mention], info: list[_Turn], events: list[_Event]) -> list[_Mention] | None:
    """ "It sounds like the scrape is a way of hurting yourself to stop the emotional pain. When you're doing it, is any
    part of you wanting to die?" "No.": a statement reflecting what the client just told of one field, then a question
    about another. The answer is to the question; the field reflected is endorsed on the clinician's reflection of the
    client's words, for the clinician to confirm. Returns the mentions the answer answers, or None where the turn does
    not do this."""
    if t.index == 0 or info[t.index - 1].speaker != "client" or len(t.sentences) < 2:
        return None
    first_q = next((a for a, _, q in t.sentences if q), None)
    if first_q is None:
        return None
    before = [m for m in asked if m.start < first_q and m.field]
    after = [m for m in asked if m.start >= first_q and m.field]
    reflected = {m.field for m in before if m.field} - {m.field for m in after}
    if not reflected or not after:
        return None
    kept = []
    for m in before:
        a, b, _ = t.sentences[t.sentence_of(m)]
        if m.field not in reflected or m.mods & {"negated", "hypothetical", "other_experiencer", "quoted", "media"} \
                or not _about_client(t, m) or not _SECOND_PERSON.search(t.text, a, b) \
                or not m.facets & {"wish_dead", "active_thoughts", "behavior"} \
                or not _REFLECTS.match(t.text, a) or _REFLECTED_AS_OVER.search(t.text, a, b):
            return None
        kept.append(m)
    told = [info[j] for j in range(max(0, t.index - 4), t.index) if info[j].speaker == "client"]
    answer = info[t.index + 1] if t.index + 1 < len(info) else None
    if any(_live(x.cues.get("disown")) or _IDIOM.search(x.text) for x in told) or answer is not None and any(
            x.field in reflected and "negated" in x.mods for x in answer.mentions):
        # (not words the client took back, "I said I could kill him, but I was joking obviously", nor a reflection the
        # answer denies: "No. And I didn't mean him either.")
        return None
    said = tuple(j for j in range(max(0, t.index - 4), t.index) if info[j].speaker == "client") + (t.index,)
    for f in sorted(reflected):
        m = next(x for x in kept if x.field == f)
        events.append(_Event(f, "endorse", t.index, m.start, said, facets=frozenset({"active_thoughts"}), timeframe="current",
                             reason=REFLECTED_REASON.format(turn=t.index), source="clinician"))
    return after


def _summary_then_switch(t: _Turn, asked: list[_Mention], info: list[_Turn], events: list[_Event]) -> list[_Mention] | None:
    """ "okay so thoughts of hurting him that come often with some part of you wanting it and no intention ... what about
    thoughts of hurting yourself or ending your own life" "no no for myself no nothing": the clinician sums up what the
    client disclosed of one field, then asks about the others. The answer is to the fields asked after the turn; the
    field summed up is endorsed on the clinician's summary of the client's words, for the clinician to confirm.
    Returns the mentions the answer answers, or None where the turn does not do this."""
    switch = _TOPIC_SWITCH.search(t.text)
    if switch is None or not _SUMMED_UP.match(t.text) or t.index == 0 or info[t.index - 1].speaker != "client":
        return None
    before = [m for m in asked if m.start < switch.start()]
    # ("what about ..." asks what follows it, with or without a question mark)
    after = [m for m in t.mentions if m.start >= switch.start() and m.field and "media" not in m.mods
             and "hypothetical" not in m.mods and _about_client(t, m)]
    summed = {m.field for m in before if m.field and "negated" not in m.mods and "hypothetical" not in m.mods
              and m.facets & {"wish_dead", "active_thoughts"}} - {m.field for m in after}
    if not summed or not after or _SECOND_PERSON.search(t.text, 0, switch.start()) is None:
        return None
    negated = frozenset(f for f, cue in (("intent", r"\bno\s+(?:intention|intent)\b"), ("plan", r"\bno\s+plans?\b"),
                                         ("preparatory_behavior", r"\bno\s+(?:steps?|moves?)\b"))
                        if re.search(cue, t.text[:switch.start()], re.IGNORECASE))
    # the evidence is the client's words the summary draws on (the last few client turns), not only the one before it
    said = tuple(j for j in range(max(0, t.index - 6), t.index) if info[j].speaker == "client") + (t.index,)
    for m in before:
        if m.field in summed:
            summed.discard(m.field)
            events.append(_Event(m.field, "endorse", t.index, m.start, said, facets=m.facets,
                                 negated_facets=negated, timeframe="current",
                                 reason=SUMMED_UP_REASON.format(turn=t.index), source="clinician"))
    return after


def _clinician_turn(t: _Turn, info: list[_Turn], events: list[_Event], answered: dict[int, set[str]]) -> None:
    nxt = info[t.index + 1] if t.index + 1 < len(info) else None
    _threat_clarified(t, nxt, events)
    # "And hurting himself in any other way?" "He says no, never.": the interpreter relays the client's answer
    relay = _relayed(nxt) if nxt is not None and nxt.speaker == "other" else None
    asked = _asked(t, relay=relay is not None)
    switched = _summary_then_switch(t, asked, info, events)
    if switched is None:
        switched = _reflection_then_question(t, asked, info, events)
    asked = switched if switched is not None else asked
    topics = {m.field for m in asked if m.field}
    carried_from: dict[str, int] = {}
    prev_words = set(re.findall(r"[a-z']+", info[t.index - 1].text.lower())) if t.index else set()
    echo = len(t.text.split()) <= 6 and bool(set(re.findall(r"[a-z']+", t.text.lower())) & prev_words - _STOPWORDS)
    follow_up = len(t.text.split()) <= 12 and bool(_FOLLOW_UP.search(t.text))
    questions_put = [t.text[a:b] for a, b, q in t.sentences if q]
    if not topics and t.question and (echo or follow_up or _ANAPHOR.search(t.text)) and not _OTHER_SUBJECT.search(t.text) \
            and not _PERMISSION.search(t.text) and not (questions_put and _proposal(questions_put[-1])) \
            and not _wound_care(t.text):
        # a clarifying question about what was just said ("Is that right?", "Any urge to act on them?", "Not really?")
        for j in range(t.index - 1, max(-1, t.index - (5 if follow_up else 3)), -1):
            prev = info[j]
            if prev.speaker == "clinician":
                break
            if prev.speaker == "other" and follow_up:
                continue
            # (a means named in passing is not a disclosure to follow up: "Cody's down in the bin on the rope." "Stop
            # there. How strong is it right now, zero to ten?")
            fields = {m.field for m in prev.mentions if m.field and not m.detail and (
                prev.speaker == "other" or _about_client(prev, m) or any(
                    a.group(0).lower() != "for you" or "quoted" not in m.mods for a in _ASKS_CLIENT_TOO.finditer(t.text)))}
            if prev.speaker == "client" and _RATING_Q.search(t.text) and _DENY_START.match(_LEAD.sub("", prev.text)) \
                    and not re.search(r"\bbut\b", prev.text, re.IGNORECASE):
                # "No. I scream, I throw a cup at the wall, never at him. I don't want to hurt him." "Right now, thinking
                # about the fights, how strong is the urge to do it, zero to ten?": a scale is not put to a harm just
                # denied outright; it asks about the act told before
                fields -= {m.field for m in prev.mentions if m.field and "negated" in m.mods} - {
                    m.field for m in prev.mentions if m.field and "negated" not in m.mods}
            # (someone else's words quoted are not asked again of the client by a mere "for you": 'the driver's on the
            # radio. "I've hit someone."' "And what happened for you in that moment?"; "do you ever have thoughts like
            # his?" does ask them again)
            if echo and j == t.index - 1 and not (_DENY_START.match(_LEAD.sub("", prev.text)) and not (
                    set(re.findall(r"[a-z']+", t.text.lower())) & _NEGATORS)):
                # "Tell me about being left alone" after "No, I just want to be left alone" opens a new topic
                fields |= answered.get(j, set())
            if prev.speaker == "client" and not fields and follow_up and _THOSE_THOUGHTS.search(t.text) \
                    and not _RATING_Q.search(t.text):
                # "Are you having thoughts of hurting Dave?" "No. I was drunk." "And since that night, any of those
                # thoughts when you're sober?": the follow-up asks the question the answer denied again
                fields = set(answered.get(j, set()))
            if prev.speaker == "client" and not fields and _CHECKS_ANSWER.search(t.text):
                # "My life is in God's hand." "So that's a no, no thoughts like that?": the clinician checks what the
                # unclear answer meant, so the question it answered is asked again
                fields = set(answered.get(j, set()))
            if prev.speaker == "client" and not fields:
                idiomatic = [mm for mm in _IDIOM.finditer(prev.text)]
                if idiomatic:
                    fields = {HI}
            for f in fields:
                carried_from.setdefault(f, j)
            if fields:
                break
        topics = set(carried_from)
    if not topics:
        return
    if relay is not None:
        nxt = relay
    elif nxt is not None and nxt.speaker == "other" and not carried_from:
        return  # put to the other person in the room ("Jamie, same question for you")
    if nxt is not None and nxt.speaker == "clinician" and not nxt.mentions and len(nxt.text.split()) <= 10 \
            and _HOLDING.search(nxt.text) and nxt.index + 1 < len(info):
        # "Have you been having thoughts of killing yourself?" "Ray, you still there?" "I'm here... yeah, I've thought
        # about it": a line that only holds the floor leaves the question standing
        nxt = info[nxt.index + 1]
    if nxt is not None and nxt.speaker == "client" and _STALL.search(nxt.text) and len(nxt.text.split()) <= 14 \
            and nxt.index + 2 < len(info) and info[nxt.index + 1].speaker == "clinician" \
            and not info[nxt.index + 1].mentions and len(info[nxt.index + 1].text.split()) <= 16 \
            and _HOLDING.search(info[nxt.index + 1].text) and info[nxt.index + 2].speaker == "client":
        # "And any thoughts of hurting someone else?" "This one I have to think how to answer." "Take your time."
        # "There is a man ...": the answer the client gathered is the one after the clinician held the floor
        nxt = info[nxt.index + 2]
    if nxt is None or nxt.speaker != "client":
        for f in topics:
            events.append(_Event(f, "unresolved", t.index, 0, (t.index,),
                                 reason=f"asked without a recorded client answer (turn {t.index})", source="clinician"))
        return
    answered[nxt.index] = set(topics) - set(carried_from)
    negq = any("negated" in m.mods for m in asked) and not any("negated" not in m.mods for m in asked
                                                               if m.facets & {"active_thoughts", "wish_dead"})
    # the negation the ConText scope stops short of, at a new "any thoughts": "so you haven't had any thoughts of
    # hurting yourself" "yes that's right" confirms the no
    negq = negq or bool(asked) and all(_NOT_HAD_ANY.search(t.text, max(0, m.start - 60), m.start) for m in asked)
    rating = bool(_RATING_Q.search(t.text))
    ever = bool(_EVER_Q.search(t.text)) or any("historical" in m.mods for m in asked)
    polarity, tf = _answer_polarity(nxt, negq, rating, ever)
    kept_way = polarity == "deny" and SH in topics and any(_OTHER_WAYS.search(q) for q in questions_put) \
        and bool(_ONLY_THAT_WAY.match(_LEAD.sub("", nxt.text)))
    if kept_way:
        # "Are there other ways you hurt yourself?" "No. Just the fence.": the no is to other ways; the one way stands
        # (an act done, not only thought of)
        polarity, tf = "affirm", "current"
    if negq and polarity == "deny" and _YES.match(_LEAD.sub("", nxt.text)) and len(_LEAD.sub("", nxt.text).split()) <= 2:
        # "so you haven't had any thoughts of hurting yourself?" "yeah": read as agreeing with the no, but a bare yes to a
        # question put in the negative can mean either; the clinician confirms which
        for f in sorted(topics):
            events.append(_Event(f, "unresolved", nxt.index, 0, (t.index, nxt.index), standing=True,
                                 reason=NEGATIVE_YES_REASON.format(turn=nxt.index)))
    leave = _LEAVE_GIVEN.match(_LEAD.sub("", nxt.text)) if any(_ASKS_LEAVE.search(q) for q in questions_put) else None
    if leave is not None and leave.group(0).strip():
        # "Would you be okay telling me about them?" "Yes. They come every night." / "Yes, you can. No, I haven't."
        rest = _LEAD.sub("", nxt.text)[leave.end():]
        if _DENY_START.match(_LEAD.sub("", rest)):
            polarity, tf = "deny", None
        elif len(rest.split()) < 2:
            polarity, tf = "unclear", None  # a bare yes grants the asking; the answer is still to come
    escalated: int | None = None
    if polarity in ("affirm", "deny_then_affirm") and _closing_denial(nxt.text) and not any(
            m.field and "negated" not in m.mods and not ("historical" in m.mods and "present" not in m.mods)
            for m in nxt.mentions):
        # "I mean... no. I had to think about it because you asked, but no. Neither.": the answer ends denying
        polarity, tf = "deny", None
    if polarity == "unclear" and topics == {HI} and _CLOSING_ACT_DENIAL.search(nxt.text) and not any(
            m.field and "negated" not in m.mods for m in nxt.mentions):
        # "in the dream sometimes i catch them but when i am awake no i leave them to god i don't think about hurting
        # nobody": whatever came before, the answer ends denying the act asked about
        polarity, tf = "deny", None
    if polarity == "unclear":
        held = False  # the answer went on past the clinician's word that only held the floor
        later = next((info[j] for j in range(nxt.index + 1, min(nxt.index + 4, len(info)))
                      if info[j].speaker != "other"), None)
        if later is not None and later.speaker == "clinician" and not later.mentions and later.index + 1 < len(info) \
                and info[later.index + 1].speaker == "client" \
                and (_BACKCHANNEL.fullmatch(later.text.strip()) or len(later.text.split()) <= 6 and _HOLDING.search(later.text)):
            # "not like i'm gonna do something" "okay" "but some nights yeah i'd rather be where she is": the answer
            # goes on after a word that only keeps the client talking
            later = info[later.index + 1]
            held = True
        if later is not None and later.speaker == "client":
            nxt = later
            polarity, tf = _answer_polarity(nxt, negq, rating, ever)
            after = info[nxt.index + 1] if nxt.index + 1 < len(info) else None
            if held and polarity == "unclear" and after is not None and after.speaker == "clinician" and not after.mentions \
                    and _CSSRS_FOLLOW_UP.search(after.text) and not _EVERYDAY_LAST.search(after.text):
                # the answer held back, then told: "Do you ever let the rope burn your hands on purpose?" "... You see
                # too much with this camera." "Take your time." "... I let it run through the hands without gloves. Fast.
                # It burns, really burns." "How often?": the clinician takes it as the disclosure it is
                polarity, tf, escalated = "affirm", "current", after.index
        elif _PRESUPPOSING.search(t.text) and not (echo and carried_from and not _ANAPHOR.search(t.text)):
            # "Tell me more about that" presupposes the disclosure; "Tell me about the farm" picks up a word of it
            polarity, tf = "affirm", "current"
        elif later is not None and later.speaker == "clinician" and _ESCALATION.search(later.text):
            # "I've took them out and counted them." "Thank you for telling me. When was that?"
            polarity, tf, escalated = "affirm", "current", later.index
    if polarity == "deny" and nxt.index + 2 < len(info) and info[nxt.index + 1].speaker == "clinician" \
            and _BACKCHANNEL.fullmatch(info[nxt.index + 1].text.strip()) and info[nxt.index + 2].speaker == "client" \
            and _CORRECTED_YES.match(info[nxt.index + 2].text.strip()) and len(info[nxt.index + 2].text.split()) <= 10:
        # "Do you mean tired of living?" "No." "Okay." "Yes. Sorry. Yes.": the answer corrected is the answer
        nxt = info[nxt.index + 2]
        polarity, tf = "affirm", "current"
    if polarity == "deny" and _ELSE_Q.search(t.text) and _ONLY_THAT_ONE.match(nxt.text):
        polarity, tf = "affirm", "current"
    if SI in topics and _PROTECTIVE_Q.search(t.text):
        if polarity in ("deny", "hedged"):
            polarity, tf = "affirm", "current"
        elif polarity == "affirm" and _YES.match(_LEAD.sub("", nxt.text)):
            polarity, tf = "deny", None
    if questions_put and _GONE_Q.search(questions_put[-1]):
        # "So the thoughts of dying you had last year have gone now?" "Yes, gone.": the yes says they are over, and a
        # no says they are not
        head = _LEAD.sub("", nxt.text)
        if _AGREE.match(head) and polarity in ("affirm", "deny") and not _live(nxt.cues.get("recur")) \
                and not [c for c in _live(nxt.cues.get("affirm")) if c.start > 4]:
            polarity, tf = "history", "past"
        elif _GONE_NOT.match(head):
            polarity, tf = "affirm", "current"
    q_facets = {f: frozenset().union(*(m.facets for m in asked if m.field == f and "negated" not in m.mods)) for f in topics}
    if kept_way:
        q_facets[SH] = q_facets.get(SH, frozenset()) | {"behavior"}
    # "So there's a picture of hitting him, most days. Have you thought about actually doing it?": the question
    # sentences ask only about acting; the thoughts were reflected, not put in question
    questions = [t.text[a:b] for a, b, q in t.sentences if q]
    acting_only = switched is None and bool(questions) and any(_ACTING_Q.search(q) for q in questions) and not any(
        m.facets & {"wish_dead", "active_thoughts"} and any(a <= m.start < b for a, b, q in t.sentences if q)
        for m in asked)
    explicit = {m.field for m in nxt.mentions if m.field and _about_client(nxt, m) and "negated" not in m.mods
                and not ("historical" in m.mods and "present" not in m.mods)
                and m.facets & {"wish_dead", "active_thoughts", "method", "plan", "preparatory_behavior"}}
    intr_ctx = [t.text, nxt.text] + [info[j].text for j in carried_from.values()]
    intrusive_fields = _intrusive_fields(events)
    # "So you've been having pictures of hurting him that you partly enjoy?" "Yes exactly, no intention.": the
    # enjoyment the clinician reflects and the client agrees to makes the image wanted, not intrusive
    urge = bool(_live(nxt.cues.get("urge"))) or (polarity in ("affirm", "deny_then_affirm")
                                                 and bool(_ENJOY_REFLECTED.search(t.text)))
    # "Said in jest, I think, but I want to check. Any real thoughts of ending your life?" "God, no.": the clinician
    # named the words a figure of speech and the client agreed
    if (nxt.cues.get("disown") or _FIGURE_OF_SPEECH.search(t.text)) and polarity in ("deny", "disown"):
        _retract(events, topics, t.index, nxt.index, reach=8 if _REFERS_BACK.search(t.text) else 3)
    # "Oh, I'll kill him." "Kill him?" "Nah, course not. I'd like to give him a piece of my mind, that's all.": asked
    # what the words meant, the client says no and names the smaller thing that was meant
    elif polarity in ("deny", "disown") and (echo or _REFERS_BACK.search(t.text)) and _RECAST.search(nxt.text) \
            and not _live(nxt.cues.get("urge")):
        _retract(events, topics & {HI}, t.index, nxt.index, reach=3,
                 reason="said in anger, then asked: the client named something short of harm as what was meant")
    # "one man grab my arm i want to slap him so bad" "Did you have thoughts of hurting him, beyond wanting to slap
    # him in that moment?" "no no i dont want to hurt him": asked whether the angry words went further than the moment,
    # the client says no; words that already named a way, a plan or an urge stand
    elif polarity in ("deny", "disown") and HI in topics and (_BEYOND_WORDS.search(t.text) or _REFERS_BACK.search(t.text)) \
            and not _live(nxt.cues.get("urge")):
        _retract(events, {HI}, t.index, nxt.index, reach=3, reason=THREAT_CLARIFIED_REASON,
                 unless=lambda turn: bool(_live(info[turn].cues.get("urge"))) or any(
                     m.field == HI and m.facets & {"method", "plan", "intent", "preparatory_behavior"} for m in info[turn].mentions))
    # "Furious, yes. Hurt him, no.": the answer denies this field by name, whatever else it affirms
    # and "I've thought about sending her the screenshots. But hurting her? No." answers it by name too
    denied_by_name = {m.field for m in nxt.mentions if m.field and "echo_denied" in m.mods} - explicit
    yes = bool(re.search(r"\b(?:yes|yeah|yep|aye)\b", nxt.text, re.IGNORECASE))
    # and "No, I pick at my skin sometimes, but that's fixing it, not hurting myself" ends on its own denial by name,
    # while "Only a little. Just scratching. It's not like real cutting." makes it small, it does not deny it
    last_affirm = max((c.start for c in _live(nxt.cues.get("affirm"))), default=-1)
    ends_denying = last_affirm >= 0 and not _MINIMISING.search(nxt.text)
    # either way only for what was asked: "Sometimes, yeah. Not that I want to die." to a question about thoughts of
    # killing oneself denies a wish, not the thoughts
    denied_by_name |= {m.field for m in nxt.mentions if m.field and "negated" in m.mods and (yes or ends_denying and m.start > last_affirm)
                       and m.facets & {"wish_dead", "active_thoughts"} and m.field in q_facets
                       and q_facets[m.field] <= m.facets} - explicit
    # "Have you thought about how? And about hurting her new bloke?" "...I've thought about it. Him, nah, wouldn't touch
    # him.": the other person is spared by name
    # (or everyone else is: "Myself, no. Someone else, no.")
    if HI in topics and HI not in explicit and (_SPARED.search(nxt.text) or _OTHERS_NO.search(nxt.text)):
        denied_by_name.add(HI)
    if SH in topics and SH not in explicit and _SELF_NO.search(nxt.text) and HI in topics:
        denied_by_name.add(SH)
    # "Thoughts of killing yourself? Thoughts of hurting somebody else? Hurting yourself?" "Nah. Nah. ...Da last one,
    # yeah.": the yes goes to the question it counts to, the noes to the others
    picked = None
    said = _ORDINAL_YES.search(nxt.text)
    if said and len(topics) >= 2 and polarity in ("affirm", "deny_then_affirm"):
        order = sorted(topics, key=lambda f: min((m.start for m in asked if m.field == f), default=len(t.text)))
        which = said.group("which").lower()
        picked = order[-1] if which in ("last", "final") else order[min(("first", "second", "third").index(which), len(order) - 1)]
    if picked is None and polarity == "unclear":
        chosen = _chosen_alternative(t, asked, nxt)
        if chosen is not None:
            picked, polarity, tf = chosen, "affirm", "current"
    for f in sorted(topics):
        ev = tuple(sorted({t.index, nxt.index, *([carried_from[f]] if f in carried_from else [])}))
        if picked is not None and f != picked:
            events.append(_Event(f, "deny", nxt.index, 0, ev))
            continue
        if f in denied_by_name and polarity in ("affirm", "deny_then_affirm"):
            events.append(_Event(f, "deny", nxt.index, 0, ev))
            continue
        if f in explicit:
            # the answer names the topic itself; its mentions are events already, add an opening denial
            if polarity in ("deny", "hedged", "deny_then_affirm"):
                events.append(_Event(f, "deny", nxt.index, 0, ev))
            else:
                events.append(_Event(f, "context", nxt.index, 0, ev))
            continue
        if f == SH and SI in topics and polarity in ("affirm", "deny_then_affirm") and _SI_METHOD.search(nxt.text) \
                and not _SH_ACT.search(nxt.text):
            # "thoughts you'd be better off dead or of hurting yourself?" answered with the rifle in the closet
            events.append(_Event(f, "context", nxt.index, 0, ev))
            continue
        kind = polarity
        status_q = (f in carried_from or any(m.facets & {"wish_dead", "active_thoughts"} for m in asked if m.field == f)) \
            and not acting_only
        if not status_q and kind in ("deny", "disown", "hedged", "history"):
            events.append(_Event(f, "context", nxt.index, 0, ev,
                                 negated_facets=q_facets[f] | ({"intent", "plan"} if acting_only else set())
                                 | ({"method"} if acting_only and _METHOD_Q.search(t.text) else set())
                                 | ({"preparatory_behavior"} if acting_only and _PREP_Q.search(t.text) else set())))
            continue
        if explicit and polarity in ("affirm", "deny_then_affirm"):
            # "Suicide, yes. The other two, no.": the rest follows the mention-free sentences
            rest = " ".join(s for s in re.split(r"(?<=[.!?])\s+", nxt.text) if not TOPICS[f].search(s))
            if _OTHERS.search(rest) and re.search(r"\bno\b", rest, re.IGNORECASE):
                kind = "deny"
            elif not _BOTH.search(nxt.text):
                # the answer speaks to another field only: this one was asked and left open
                events.append(_Event(f, "unresolved", nxt.index, 0, ev,
                                     reason=UNCLEAR_QUESTION_REASON.format(turn=nxt.index)))
                continue
        # (a death thought must have been told for a plain no to be about intrusive ones: "Is any part of this about
        # wanting to die?" "No. Not to die. ... I want the noise in my chest to stop." denies, after "unbearable feelings")
        # (or someone in the room just told one: "He said ... it would have been easier on everyone if he hadn't made it
        # out of the cath lab.")
        death_told = f != SI or any(m.field == SI and "negated" not in m.mods for j in {nxt.index, *carried_from.values()}
                                    if info[j].speaker != "clinician" for m in info[j].mentions) \
            or any(info[j].speaker == "other" and _TOLD_DEATH.search(info[j].text) for j in range(max(0, t.index - 3), t.index))
        # (a picture the client already owned is not made unwanted by the clinician's summing up of "thoughts and images
        # ... and no intention to act": "And part of me feels calm in the picture." ... "Yes. That is correct.")
        owned_before = any(e.field == f and e.kind == "endorse" and e.source == "client" and any(
            info[k].speaker == "client" and _live(info[k].cues.get("urge")) for k in e.evidence) for e in events)
        intrusive = (f in intrusive_fields or _intrusive(f, *intr_ctx) and death_told) and not urge and not owned_before
        if kind in ("affirm", "deny_then_affirm"):
            if intrusive:
                events.append(_Event(f, "deny", nxt.index, 0, ev,
                                     reason=INTRUSIVE_REASON))
                continue
            reason = "minimised disclosure" if _HEDGE.search(nxt.text) else None
            if escalated is not None:
                reason = f"the clinician followed the answer up as a disclosure (turn {escalated})"
            if kind == "deny_then_affirm":
                events.append(_Event(f, "deny", nxt.index, 0, ev))
            # a follow-up of what was just told ("How often do those nights come?" after a wish to rest for good) is of
            # that: its facets, not active thoughts by default
            told_facets = next((e.facets for e in reversed(events) if e.field == f and e.kind == "endorse" and e.facets
                                and e.turn == carried_from[f]), frozenset()) if f in carried_from and not q_facets[f] else frozenset()
            events.append(_Event(f, "endorse", nxt.index, 1, ev,
                                 facets=q_facets[f] or told_facets or frozenset({"active_thoughts"}),
                                 timeframe=tf, reason=reason, shared=len(topics) > 1))
        elif kind == "deny" and f != SI and any(re.search(r"\bbut\b", nxt.text[:c.start], re.IGNORECASE)
                                                for c in _live(nxt.cues.get("urge"))):
            # "Any part of you that intends to hurt him?" "No, wallah, no. I would never. But the picture comes and a
            # small part of me, yes, it likes it.": the act is denied, the thought is wanted
            events.append(_Event(f, "endorse", nxt.index, 1, ev, facets=frozenset({"active_thoughts"}),
                                 negated_facets=frozenset({"intent", "plan"}), timeframe="current",
                                 reason=WANTED_REASON.format(turn=nxt.index)))
        elif kind in ("deny", "disown"):
            # "Good heavens, no. That is precisely what I'm terrified of.": the thought just told is unwanted
            horrified = kind == "deny" and not urge and f != SI and bool(
                _INTRUSIVE_WEAK.search(nxt.text) or _INTRUSIVE_STRONG.search(nxt.text))
            # (and a picture of the client's own death, told as frightening and, asked, not wanted: "suddenly I saw a
            # picture in my head, me jumping in front of it. I stepped back to the wall so fast" "Do you have any wish to
            # die ...?" "No. No, I don't want to die. That is why it frightened me. The picture came like a stranger.")
            frightened = kind == "deny" and not urge and f == SI and bool(_SI_DISAVOW.search(nxt.text)) and bool(
                _INTRUSIVE_WEAK.search(nxt.text) or _INTRUSIVE_STRONG.search(nxt.text))
            if horrified or frightened:
                _retract(events, {f}, t.index, nxt.index, reach=4, reason=INTRUSIVE_REASON,
                         unless=_told_standing(info, pictures_only=frightened))
            reason = INTRUSIVE_REASON if intrusive or horrified or frightened else None
            events.append(_Event(f, "deny", nxt.index, 0, ev, reason=reason))
            if any("historical" in m.mods and m.field == f and _about_client(t, m) for m in asked):
                # "You mentioned cutting in the past. Has that come back?" "No."
                events.append(_Event(f, "history", nxt.index, 1, ev, facets=q_facets[f], timeframe="past"))
        elif kind == "hedged":
            events.append(_Event(f, "deny", nxt.index, 0, ev, reason="hedged denial"))
        elif kind == "history":
            events.append(_Event(f, "deny", nxt.index, 0, ev))
            events.append(_Event(f, "history", nxt.index, 1, ev, facets=q_facets[f], timeframe="past"))
        elif _unwanted(f, nxt):
            # "And when that picture comes, how do you feel about it?" "Horrified. I would never.": the image the
            # client just told is an unwanted one
            _retract(events, {f}, t.index, nxt.index, reach=4, reason=INTRUSIVE_REASON,
                     unless=lambda turn: bool(_live(info[turn].cues.get("urge"))))
            events.append(_Event(f, "deny", nxt.index, 0, ev, reason=INTRUSIVE_REASON))
        elif urge and status_q:
            # "Was there a moment you thought about hitting him?" "I see it in my head … a part of me did want to
            # do it": no yes word, but the wanting is the answer
            events.append(_Event(f, "endorse", nxt.index, 1, ev, facets=q_facets[f] or frozenset({"active_thoughts"}),
                                 timeframe="current", shared=len(topics) > 1, reason=WANTED_REASON.format(turn=nxt.index)))
        else:
            events.append(_Event(f, "unresolved", nxt.index, 0, ev,
                                 reason=UNCLEAR_QUESTION_REASON.format(turn=nxt.index)))


# a question about other ways of hurting oneself, and the no that keeps the one way: "Are there other ways you hurt
# yourself?" "No. Just the fence." (not "No, just tired", "No, only sometimes I think")
# (or "Have you hurt yourself in any other way?"; and "No. Just the falls. And the ice that one time." goes on after it)
_OTHER_WAYS = re.compile(r"\bother\s+(?:ways?|things?)\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:hurt|harm|injure|cut|burn)\b|"
                         r"\b(?:hurt|harm|injur\w*|cut|burn\w*)\s+yourself\s+(?:in\s+)?(?:any|some)\s+other\s+ways?\b", re.IGNORECASE)
# (not a thought or nothing at all kept: "No. Just the thought. I never actually did anything.", "No. Just the usual.")
_ONLY_THAT_WAY = re.compile(r"\W*no\W+(?:just|only)\s+(?:the|that|this|my|with\s+the)\s+(?!(?:thoughts?|thinking|idea|usual|normal|same|"
                            r"once|one\s+time|stress|worry|worries)\b)\w+(?:\W*$|[.!;]\s(?![^.!?]*\b(?:never|nothing|i'?m\s+fine)\b))",
                            re.IGNORECASE)


def _chosen_alternative(question: _Turn, asked: list[_Mention], answer: _Turn) -> str | None:
    """The field an either-or question's answer picks by repeating its word: "Was that to hurt yourself, or to die?"
    "Hurt, I reckon. To feel something." Only for a mention joined to an alternative by "or", when the answer's first
    word is the first word of the mentions of exactly one field."""
    first = _CHOSEN_WORD.match(_LEAD.sub("", answer.text))
    if first is None:
        return None
    word = first.group("word").lower()
    picks = set()
    for m in asked:
        alternative = _OR_AFTER.match(question.text, m.end) or _OR_BEFORE.search(question.text[max(0, m.start - 20):m.start])
        if m.field and alternative and re.sub(r"^to\s+", "", question.text[m.start:m.end].lower()).split()[:1] == [word]:
            picks.add(m.field)
    return picks.pop() if len(picks) == 1 else None


def _told_standing(info: list[_Turn], pictures_only: bool) -> Callable[[int], bool]:
    """Which told turns a retraction keeps: one that says the thought felt good (an urge), and, where only a picture is
    taken back, any turn that tells no picture."""
    def stands(turn: int) -> bool:
        return bool(_live(info[turn].cues.get("urge"))) or pictures_only and not _HEAD_PICTURE.search(info[turn].text)
    return stands


def _retract(events: list[_Event], fields: set[str], question: int, answer: int, reach: int = 3,
             reason: str = "statement retracted as venting or a figure of speech",
             unless: Callable[[int], bool] = lambda turn: False) -> None:
    """The client's endorsements said just before a question, taken back by the answer, become denials:
    called venting or a figure of speech, or further back when the question quotes them ("When you yelled
    you'd kill him, did you mean it?"), or denied in horror (an unwanted thought: ``reason`` says which;
    ``unless`` keeps a turn whose words stand, such as one that says the thought felt good)."""
    for k, e in enumerate(events):
        if e.field in fields and e.kind == "endorse" and e.source == "client" and question - reach <= e.turn < question \
                and not unless(e.turn):
            events[k] = replace(e, kind="deny", evidence=tuple(sorted({*e.evidence, question, answer})), reason=reason)


def _other_turn(t: _Turn, info: list[_Turn], events: list[_Event]) -> None:
    """Another person in the room reporting what the client said or did."""
    reported = [m for m in t.mentions if "media" not in m.mods and "negated" not in m.mods
                and not _self_reflexive(t.text, m) and not _BUT_NEVER.match(t.text, m.end)
                and not _set_as_context(t, m, info, events)
                and (not (_FIRST_PERSON_BEFORE.search(t.text[max(0, m.start - 30):m.start])
                          or _WE_BEFORE.search(t.text[max(0, m.start - 30):m.start])
                          or _OWN_WORDS.search(t.text[m.start:m.end]))
                     or _QUOTED.search(t.text[max(0, m.start - 80):m.start])
                     or _MESSAGE_READ.search(t.text[max(0, m.start - 80):m.start])
                     or _QUOTE_OPEN.search(t.text, 0, m.start)
                     or _SAID_BEFORE.search(t.text[max(0, m.start - 40):m.start])
                     or _OBSERVED.match(t.text, m.start))]
    if not reported:
        return
    reply = next((info[j] for j in range(t.index + 1, min(t.index + 4, len(info))) if info[j].speaker == "client"), None)
    for f in sorted({m.field for m in reported if m.field}):
        ms = [m for m in reported if m.field == f]
        if all("historical" in m.mods and "present" not in m.mods for m in ms):
            continue
        ev = (t.index,) if reply is None else (t.index, reply.index)
        facets = frozenset().union(*(m.facets for m in ms))
        verdict = "affirm"
        explained = False
        if reply is not None:
            verdict, _ = _answer_polarity(reply, False, False)
            denies_topic = any("negated" in m.mods and m.field == f for m in reply.mentions)
            # "I said only once or twice, when I was angry": having said it at all, then or now, is no refutation
            admits = _live(reply.cues.get("affirm")) or _live(reply.cues.get("admit"))
            if (_live(reply.cues.get("disown")) and not admits) or (denies_topic and not admits):
                verdict = "disown"
            # "I was drunk.", "i was just talking", "He is exaggerating.": the client explains the words away
            # without saying they were never said or are not meant; the report stands, for the clinician to ask
            explained = verdict == "disown" and not denies_topic and not _REFUTED.search(reply.text)
        if explained:
            events.append(_Event(f, "endorse", t.index, 0, ev, facets=facets, timeframe="recent",
                                 reason=MINIMISED_REPORT_REASON, source="other"))
        elif verdict in ("deny", "disown", "hedged"):
            events.append(_Event(f, "deny", t.index, 0, ev, reason=REPORT_DENIED_REASON,
                                 source="other"))
        elif reply is not None and _unwanted(f, reply):
            # "She told me she's scared she'll hurt the baby." "Not because I want to. The thoughts just come, and I
            # hate them.": what was reported is an unwanted thought, in the client's own account
            events.append(_Event(f, "deny", t.index, 0, ev, reason=INTRUSIVE_REASON, source="other"))
        else:
            events.append(_Event(f, "endorse", t.index, 0, ev, facets=facets, timeframe="recent",
                                 reason=REPORTED_REASON, source="other"))
        # "one of the searches was how many Tylenol is too many" ... "I looked it up. I thought about it. Like, actually
        # thought about it. I don't actually want to be dead.": the client owning the thought of what was reported
        # endorses it, whatever wish is denied beside it
        owned = next((info[j] for j in range(t.index + 1, min(t.index + 8, len(info)))
                      if info[j].speaker == "client" and _THOUGHT_ABOUT_IT.search(info[j].text)), None)
        if owned is not None and facets & {"method", "plan", "preparatory_behavior"}:
            events.append(_Event(f, "endorse", owned.index, 0, (t.index, owned.index), facets=facets, timeframe="recent",
                                 reason=OWNED_REPORT_REASON.format(turn=owned.index)))


def _set_as_context(t: _Turn, m: _Mention, info: list[_Turn], events: list[_Event]) -> bool:
    """A bare means named again by someone else, that the client's own words already set in a context that is no risk
    ("I build the gallows, I tie the rope. It has a break-away, the actor is safe." ... "So when I see the rope, my body
    remember."): the same thing, not a new report."""
    if m.facets != {"method"}:
        return False
    word = t.text[m.start:m.end].lower()
    return any(e.kind == "context" and e.field == m.field and e.turn < t.index and info[e.turn].speaker == "client"
               and any(x.start == e.pos and info[e.turn].text[x.start:x.end].lower() == word for x in info[e.turn].mentions)
               for e in events)


# what someone else did, set against the client in the same breath, the clause ending there: "Her cousin, she cut
# herself, in Niamey, but Hadiza never." (not "she cut herself, but she never told us": that is the client's act)
_BUT_NEVER = re.compile(r"[^.?!]{0,60}?\bbut\s+(?:she|he|they|(?-i:[A-Z][\w'-]+))\s+(?:never|not|no|didn'?t|doesn'?t|hasn'?t|"
                        r"has\s+never)(?:\s+(?:did|does|has|had|have))?\s*(?:[.,;!]|$)", re.IGNORECASE)
OWNED_REPORT_REASON = "the client said they had thought about what another person reported (turn {turn}): confirm"
# ("I never thought about it", "I haven't thought about it" put a word between and are not read)
_THOUGHT_ABOUT_IT = re.compile(r"\b(?:i|i've|i\s+have|i\s+did)\s+(?:actually\s+|really\s+|even\s+)?"
                               r"(?:thought|think)\s+about\s+(?:it|that|doing\s+it)\b", re.IGNORECASE)


def _resolve(field_name: str, events: list[_Event]) -> RiskFinding:
    order = sorted(events, key=lambda e: (e.turn, e.pos))
    # what another person reported stands until the client, asked, denies it and endorses nothing
    if not any(e.kind == "endorse" and e.source == "client" for e in order):
        order = [replace(e, kind="deny", reason=REPORT_DENIED_REASON)
                 if e.kind == "endorse" and e.source == "other" and any(
                     d.kind == "deny" and d.source == "client" and d.turn > e.turn for d in order) else e for e in order]
    endorse = [e for e in order if e.kind == "endorse"]
    deny = [e for e in order if e.kind == "deny"]
    history = [e for e in order if e.kind == "history"]
    unresolved = [e for e in order if e.kind == "unresolved" and e.reason]
    reasons: list[str] = []

    def note(reason: str | None) -> None:
        if reason and reason not in reasons:
            reasons.append(reason)

    facets = RiskFacets()
    negated = {f for e in order for f in e.negated_facets}
    context = [e for e in order if e.kind == "context"] if endorse else []
    for e in endorse + history + context:
        for f in e.facets:
            if f in FACETS and not (f in ("intent", "plan") and f in negated and e.kind != "endorse"):
                setattr(facets, f, True)
    if field_name != SI:
        facets.wish_dead = False
    # C-SSRS is a hierarchy: a method, plan or intent is an active thought
    if facets.method or facets.plan or facets.intent:
        facets.active_thoughts = True
    if endorse:
        status = "endorsed"
        first = endorse[0]
        if any(d.turn < first.turn for d in deny):
            note("later disclosure contradicts an earlier denial")
        if [d for d in deny if d.turn >= first.turn]:
            if field_name == SI and facets.method and any("wish_dead" in d.negated_facets or not d.negated_facets for d in deny):
                note("denial of wanting to die next to method thoughts")
            elif facets.wish_dead or any(e.facets & {"wish_dead"} for e in endorse):
                note("denial next to passive or background death wishes")
            elif not any(e.reason and "denial" in e.reason for e in endorse):
                # a reason that already names the denial ("denial of wanting to die next to thoughts of it")
                note("denial alongside an endorsement")
        for e in endorse + deny:
            # an image the patterns first read as unwanted, endorsed because the client wants it after all
            # ("I feel better after"), is no longer "no urge or intent stated"; a report the client first
            # denied and then owned is no longer "the client denied it"
            if e.reason == REPORT_DENIED_REASON and any(x.source == "client" and x.turn > e.turn for x in endorse):
                note("reported by another person in the room; the client first denied it, then disclosed it")
            elif e.reason != INTRUSIVE_REASON:
                note(e.reason)
        evidence = sorted({i for e in endorse + history for i in e.evidence} | {i for d in deny for i in d.evidence})
        times = {e.timeframe for e in endorse}
        facets.timeframe = "current" if "current" in times or None in times else "recent"
        if not (facets.wish_dead or facets.method or facets.plan or facets.intent or facets.preparatory_behavior):
            facets.active_thoughts = True
    elif deny or history:
        status = "denied"
        for e in deny:
            note(e.reason)
        if history:
            facets.timeframe = "past"
            if not deny:
                note("past history; current thoughts not asked")
        evidence = sorted({i for e in deny + history for i in e.evidence})
    else:
        status = "not_assessed"
        evidence = []
        facets = RiskFacets()
    decisive = [e.turn for e in order if e.kind in ("endorse", "deny", "history")]
    for e in unresolved:
        if status != "endorsed" and (e.standing or not any(e.turn < d <= e.turn + 4 for d in decisive)):
            note(e.reason)
            if status == "not_assessed":
                # raised but not settled: the turns where it was raised are what the clinician must read
                evidence = sorted(set(evidence) | set(e.evidence))
    if status != "not_assessed":
        evidence = sorted(set(evidence) | {i for e in order if e.kind == "context" for i in e.evidence})
    # facets hold only what the client affirmed; negated intent/plan stay false
    for f in negated & {"intent", "plan"}:
        if not any(f in e.facets for e in endorse):
            setattr(facets, f, False)
    # "Any thoughts of how, or a plan?" "No, nothing like that.": said, so the note can say it, where nothing affirmed it
    # (or the clinician's summary of the client's answers, itself put for the clinician to confirm: "thoughts of harming him
    # that come back, with no intention and no plan")
    denied = [f for f in DENIABLE if status != "not_assessed" and not getattr(facets, f)
              and any(f in e.negated_facets for e in order
                      if e.source == "client" or e.reason == SUMMED_UP_REASON.format(turn=e.turn))]
    return RiskFinding(status, evidence, bool(reasons), reasons, facets, denied)


__all__ = ["assess_risk", "RiskFinding", "RiskFacets", "FACETS", "DENIABLE", "TOPICS", "HARM_NAMED", "harm_to_named"]
