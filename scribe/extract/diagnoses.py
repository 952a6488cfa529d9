"""Diagnoses the client was given, by ICD-10-CM code, never a relative's, a negated or a wondered-about one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from scribe.extract.lexicons import DIAGNOSES, DX_BY_CODE, ICD10_RE, DxEntry
from scribe.extract.meds import names_a_drug
from scribe.extract.text import Sentence, clause_before, sentence_at, split_sentences

Turns = list[dict[str, Any]]

# ---------------------------------------------------------------- diagnoses

# Lay and indirect wordings of a diagnosis that the lexicon's clinical names miss.
LAY_DIAGNOSES: tuple[DxEntry, ...] = (
    DxEntry("F60.3", "borderline personality disorder",
            (r"\b(the|my|her|his|your|with|i'?m|i am|you'?re|you are) borderline\b(?! (high|low|range|normal|diabet\w*|anemi\w*|blood|"
             r"pressure|score|result|level|case|personality traits?))",)),
    DxEntry("F41.0", "panic disorder", (r"panic attacks? (diagnosis|disorder)",)),
    DxEntry("F43.20", "adjustment disorder", (r"adjustment reaction",)),
    DxEntry("F53.0", "postpartum depression", (r"post[- ]?natal depression", r"depression after (the|my|her) baby")),
    DxEntry("F84.0", "autism spectrum disorder", (r"\bon the (autism )?spectrum\b", r"\bautistic\b")),
    # the ICD-10 name UK notes use: "emotionally unstable personality disorder yeah on my notes"
    DxEntry("F60.3", "borderline personality disorder", (r"\bemotionally unstable personality( disorder)?\b", r"\beupd\b",
                                                         # "say borderline the emotionally unstable one"
                                                         r"\bborderline,?\s+the\s+emotionally\s+unstable\b")),
    DxEntry("F25.9", "schizoaffective disorder", (r"schizo[- ]affective",)),
    # ICD-10's F41.2 is charted in ICD-10-CM as other specified anxiety disorders
    DxEntry("F41.8", "other specified anxiety disorders",
            (r"\bmixed anxiety( and |[- ])depress(ion|ive)( disorder)?\b",)),
    DxEntry("F32.9", "major depressive disorder, single episode, unspecified", (r"major depressive illness",)),
    DxEntry("F41.1", "generalized anxiety disorder", (r"\bworr(y|ying) disorder", r"\bgeneral anxiety disorder")),
    DxEntry("F51.05", "insomnia due to other mental disorder",
            (r"\binsomnia\b((?!n't|\bnot\b|\bnever\b)[^.?!]){0,20}\b(from|due to|caused by|driven by|secondary to|because of|tied to) "
             r"(the |your |his |her |my |their |all (the |that |this )?)?"
             r"(anxiety|depress\w*|ptsd|trauma|panic|worry\w*|mania|grief|ocd|bipolar)\b",)),
)


def _spelled(acronym: str) -> str:
    """ASR writes an acronym said letter by letter as 'p t s d' or 'p. t. s. d.'."""
    return r"\b" + r"\.?\s".join(acronym) + r"\b"


SPELLED_DIAGNOSES: tuple[DxEntry, ...] = (
    DxEntry("F43.10", "post-traumatic stress disorder", (_spelled("ptsd"),)),
    DxEntry("F42.2", "obsessive-compulsive disorder", (_spelled("ocd"),)),
    DxEntry("F90.2", "attention-deficit hyperactivity disorder", (_spelled("adhd"), _spelled("add"))),
    DxEntry("F60.3", "borderline personality disorder", (_spelled("bpd"),)),
    DxEntry("F32.9", "major depressive disorder, single episode, unspecified", (_spelled("mdd"),)),
    DxEntry("K21.9", "gastro-esophageal reflux disease without esophagitis", (_spelled("gerd"), _spelled("gord"))),
)
# Neurocognitive disorders, which the lexicon's F-chapter table lacks: a mild one is G31.84 whatever it is said to
# come from ("mild memory disorder from early Alzheimer's"), so the cause is part of the match and adds no code.
_CAUSE = r"(,? (from|due to|of|with|caused by) (early |mild |possible )?(alzheimer'?s|vascular|lewy body|parkinson'?s)( disease| type)?)?"
NEUROCOGNITIVE_DIAGNOSES: tuple[DxEntry, ...] = (
    DxEntry("G31.84", "mild neurocognitive disorder",
            (r"\bmild (neuro)?cognitive (disorder|impairment)" + _CAUSE,
             r"\bmild (memory|thinking) (disorder|impairment)" + _CAUSE, r"\bmci\b")),
    DxEntry("F03.90", "unspecified dementia",
            (r"\bmajor neurocognitive disorder" + _CAUSE, r"\bdementia\b" + _CAUSE)),
    DxEntry("G30.9", "Alzheimer's disease, unspecified", (r"\balzheimer'?s (disease|dementia|type)\b",)),
)
# Conditions outside the F chapter that are charted when named as the client's: chronic illnesses a therapy
# session works around. HIV named without symptoms is the status code.
# what someone named a condition as: "He said it's insomnia", "said it is migraine", "she said insomnia also", "called it
# insomnia", "diagnosed me with migraines" ...
_SAID_IT_IS = (r"(?:(?:said|says|say)\s+(?:also\s+)?(?:it'?s\s+|it\s+is\s+|it\s+was\s+|is\s+)?|call(?:s|ed)?\s+it\s+|"
               r"diagnosed\s+(?:me\s+|him\s+|her\s+)?(?:with|as)\s+)")
# ... not the subject of what was said about it: "she said insomnia is common on this tablet"
_NO_CLAUSE_AFTER = r"(?!\s+(?:is|are|was|were|can|could|may|might|will|would|gets?|comes?|happens?)\b)"


_DIABETES_TYPE_NOT_SAID = "type 2 diabetes mellitus without complications, coded by default as the type was not stated"
MEDICAL_DIAGNOSES: tuple[DxEntry, ...] = (
    DxEntry("Z21", "asymptomatic HIV infection status",
            (r"\bhiv([- ]positive| diagnosis| infection| status)\b", r"\b(have|has|had|got|with|diagnosed with) hiv\b(?![- ](neg|test))")),
    DxEntry("G93.32", "myalgic encephalomyelitis/chronic fatigue syndrome",
            (r"\bchronic fatigue syndrome\b", r"\bme ?/ ?cfs\b", r"\bmyalgic encephalomyelitis\b")),
    DxEntry("M79.7", "fibromyalgia", (r"\bfibromyalgia\b",)),
    # diabetes whose type is not said is coded as type 2, as the ICD-10-CM guidelines direct (I.C.4.a.2: "If the type
    # of diabetes mellitus is not documented in the medical record the default is E11.-"): "what are you taking for the
    # diabetes?"; not the clinic or the medicines named after it, nor diabetes in pregnancy. A type named anywhere in
    # the session wins (below, in ``extract_diagnoses``).
    DxEntry("E11.9", _DIABETES_TYPE_NOT_SAID,
            # (the possessive left before the match, where a relative's "my diabetes ones" is read as theirs)
            (r"(?:(?:(?<=\bmy\s)|(?<=\bthe\s)|(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bgot\s))diabetes\b|"
             r"(?:(?<=\bi'm\s)|(?<=\bim\s)|(?<=\bi am\s)|(?<=\bi'm a\s)|(?<=\bi am a\s))diabetic\b)"
             r"(?!\s+(?:doctor|nurse|clinic|educator|team|specialist|consultant|check\w*|tests?|screen\w*|medicine|medication|"
             r"meds|pills?|tablets?|diet|appointment|review|foot|eye|type|in pregnancy|during pregnancy|of pregnancy|"
             r"when pregnant|burn-?out|distress)\b)",)),
    # (the client's own diabetes medicine named with its drug: "And the diabetes pill, metformin, five hundred with breakfast")
    DxEntry("E11.9", _DIABETES_TYPE_NOT_SAID,
            (r"\b(?:my|the)\s+(?P<dx>diabetes)\s+(?:pills?|tablets?|medicines?|meds)\s*,?\s+(?:the\s+)?(?:metformin|glipizide|"
             r"gliclazide|glimepiride|sitagliptin|empagliflozin|dapagliflozin|pioglitazone)\b(?=[^.?!]{0,30}\b(?:\d+|one|two|five|"
             r"ten|twenty|fifty|hundred|thousand)\b)(?![^.?!]*\bfor\s+(?:the\s+|my\s+)?(?:weight|pcos|polycystic|ovar\w*|insulin\s+"
             r"resistance|pre-?diabet\w*)\b)",)),
    DxEntry("E11.9", "type 2 diabetes mellitus without complications", (r"\btype (2|two|ii) diabet\w*",
                                                                          # "for the diabetes, type two"
                                                                          r"\bdiabet\w*,?( the)? type (2|two|ii)\b",
                                                                          # the lay name for the adult-onset kind
                                                                          r"\bsugar diabetes\b")),
    DxEntry("E10.9", "type 1 diabetes mellitus without complications", (r"\btype (1|one|i) diabet\w*",
                                                                         # "I've had type 1 since I was eleven"
                                                                         r"(?<=\b(?:had|got) )type (1|one)\b(?= since\b)")),
    DxEntry("I10", "essential (primary) hypertension", (r"\bhypertension\b", r"\bhigh blood pressure\b",
                                                         # a doctor's finding: "the doctor say the pressure is high, the blood pressure"
                                                         r"\b(?:doctor|dr\.?\s+\w+|she|he)\s+(?:say|says|said|told\s+me)\s+(?:that\s+)?(?:the\s+|my\s+)?"
                                                         r"(?:blood\s+)?pressure\s+(?:is|was)\s+(?:too\s+|very\s+|a\s+bit\s+)?high\b",
                                                         # a medicine taken for it: "da amlodipine for da blood pressure"
                                                         r"\bfor (?:the|my|da|me) blood pressure\b",
                                                         # and named as the medicines' kind: "Are you still on the same blood
                                                         # pressure medicines?"
                                                         # (asked of the client, not of a relative: "is she still on her blood
                                                         # pressure medicine")
                                                         # (not the screening question "Are you taking blood pressure tablets?")
                                                         r"\b(?:are\s+you|you'?re|you\s+are)\s+(?:still\s+(?:on|taking)\s+(?:the\s+|your\s+)?"
                                                         r"(?:same\s+)?|(?:on|taking)\s+the\s+same\s+)blood\s+pressure\s+"
                                                         r"(?:medicines?|medications?|meds|pills|tablets)\b",
                                                         # lay "bp" as what a medicine is for: "amlodipine five for bp"
                                                         r"\bfor (?:the |my |me |da )?bp\b",
                                                         # the Caribbean and Southern US name: "the pressure pills, for my high blood"
                                                         r"\b(?:my|the|me|da|her|his|for|with|have|has|got) high blood\b"
                                                         r"(?! (?:sugar|count|levels?|tests?|alcohol|results?|pressure|fats?|cholesterol|work))",
                                                         # "the high pressure is better one thirty something": blood
                                                         # pressure said short, with its reading or its medicine near
                                                         r"\b(?:the|my|me|da|her|his)\s+high\s+pressure\b(?=[^.?!]{0,40}\b(?:better|worse|tablets?|pills?|"
                                                         r"medicine|reading|doctor|one\s+(?:twenty|thirty|forty|fifty|sixty|seventy)|1[2-8]\d)\b)",
                                                         # a medicine for it, said short: "the am low dip een for the high pressure"
                                                         r"\bfor (?:the|my|da|me) high pressure\b",
                                                         # said as a standing fact: "And the blood pressure is high, because of the beer"
                                                         r"\b(?:the|my|his|her) blood pressure (?:is|'s|has been|stays) (?:too |very |a bit |always |still )?high\b")),
    # sweating of the palms, the soles or the armpits with no other cause: "my palms just drip, with the palmar
    # hyperhidrosis" (where on the body picks the code; unnamed, the palms are the most often treated)
    DxEntry("L74.512", "primary focal hyperhidrosis, palms", (r"\b(?:palmar\s+)?hyperhidrosis\b(?![^.?!]{0,30}\b(?:axill\w*|armpits?|soles?|feet|face)\b)",)),
    DxEntry("L74.510", "primary focal hyperhidrosis, axilla", (r"\baxillary\s+hyperhidrosis\b|\bhyperhidrosis\b[^.?!]{0,30}\b(?:axill\w*|armpits?)\b",)),
    DxEntry("L74.513", "primary focal hyperhidrosis, soles", (r"\bplantar\s+hyperhidrosis\b|\bhyperhidrosis\b[^.?!]{0,30}\b(?:soles?|feet)\b",)),
    # chronic Chagas disease, most often told by the heart it reached: "Because of the Chagas in my heart."
    DxEntry("B57.2", "Chagas' disease (chronic) with heart involvement", (r"\bchagas'?s?\b",)),
    # the abbreviation as a condition held ("on top of the MS", "relapsing MS"), not Ms Jones or MS Teams
    DxEntry("G35", "multiple sclerosis", (r"\b(the|my|her|his|relapsing|relapsing-remitting|progressive) ms\b"
                                          r"(?! (word|teams|excel|office|outlook|paint|access)\b)",)),
    DxEntry("K86.1", "other chronic pancreatitis", (r"\bchronic pancreatitis\b",)),
    DxEntry("G47.30", "sleep apnea, unspecified", (r"\bsleep apno?ea\b",)),
    # insomnia named as what a doctor called it ("He said it's insomnia", "the doc called it insomnia"); insomnia as a
    # complaint is a symptom, and "chronic insomnia" the lexicon's insomnia disorder
    # ("now she said insomnia also like a diagnosis")
    DxEntry("G47.00", "insomnia, unspecified",
            (r"\b" + _SAID_IT_IS + r"insomnia\b(?!\s+disorder)" + _NO_CLAUSE_AFTER,
             # written on the note: "She write insomnia", "he wrote down insomnia"
             r"\b(?:she|he|they|doctor|dr\.?\s+\w+)\s+(?:also\s+|even\s+|just\s+)?(?:write|writes|wrote|put)(?:\s+down)?\s+(?:also\s+)?insomnia\b(?!\s+disorder)",
             # the word first, as a second language may put it: "yes insomnia she write"
             r"\binsomnia,?\s+(?:she|he|they|the\s+doctor|doctor)\s+(?:also\s+)?(?:write|writes|wrote|put|said|says|say)\b",
             # listed with a diagnosis on the record: "Dr. Ward has you down for generalized anxiety disorder, and insomnia"
             r"\b(?:down\s+(?:for|as)|diagnos\w+\s+(?:you\s+|me\s+|him\s+|her\s+)?with)\s+[^.?!]{3,60}?,?\s+and\s+(?P<dx>insomnia)\b(?!\s+disorder)")),
    DxEntry("M54.30", "sciatica, unspecified side", (r"\bsciatica\b",)),
    # low back pain named as the doctor's finding ("She said chronic low back pain"), not a back that hurts
    DxEntry("M54.50", "low back pain, unspecified",
            # ("she still calls the back the mechanical low back pain")
            (r"\bchronic low(?:er)? back pain\b", r"\b(?:said|says|call(?:s|ed)?\s+(?:it|the\s+back|my\s+back|your\s+back)|"
             r"diagnosed\s+(?:me\s+)?with|diagnosis\s+(?:is|was)|"
             r"wrote)\s+(?:it'?s\s+|it\s+is\s+)?(?:the\s+)?(?:chronic\s+|mechanical\s+)?(?:low(?:er)?|lumbar) back pain\b",
             # "the doctor he say it is the lumbar back pain", "lumbago"
             r"\blumbar back pain\b", r"\blumbago\b")),
    DxEntry("K76.0", "fatty (change of) liver, not elsewhere classified",
            (r"\b(?:non-?alcoholic )?fatty liver\b", r"\bnafld\b", r"\bhepatic steatosis\b")),
    DxEntry("R43.1", "parosmia", (r"\bparosmia\b",)),
    DxEntry("G47.33", "obstructive sleep apnea", (r"\bobstructive sleep apno?ea\b",)),
    DxEntry("G47.26", "circadian rhythm sleep disorder, shift work type", (r"\bshift[- ]work (sleep )?disorder\b",)),
    # "the tranexamic acid for the fibroids"
    DxEntry("D25.9", "leiomyoma of uterus, unspecified", (r"\b(?:uterine\s+|womb\s+)?fibroids\b", r"\buterine\s+fibroid\b")),
    DxEntry("G20.A1", "Parkinson's disease", (r"\bparkinson'?s( disease)?\b",)),
    DxEntry("N52.9", "erectile dysfunction, unspecified", (r"\berectile dysfunction\b",)),
    # a migraine is an episode; the condition is charted when it is said to be chronic
    DxEntry("G43.709", "chronic migraine without aura, not intractable",
            (r"\bchronic migraines?\b", r"\bmigraines? (got|get|gets|became|become|went|turned|are|is|have been) chronic\b")),
    # ... or named as a doctor's finding: "The doctor at KMC said it is migraine"
    DxEntry("G43.909", "migraine, unspecified, not intractable, without status migrainosus",
            (r"\b" + _SAID_IT_IS + r"(?:a\s+|the\s+)?migraines?\b(?!\s+(?:tablets?|pills?|medicine|meds|app|diary))" + _NO_CLAUSE_AFTER,
             # or told by how often it comes now: "The migraine is less now, maybe one time in the week, before was three."
             r"\b(?:my|the)\s+migraines?\s+(?:is|are)\s+(?:less|better|worse|more|fewer)\b(?=[^.?!]{0,40}\b(?:times?|week|month|days?)\b)",
             # or treated with a migraine drug: "I have the sumatriptan, but I take only for the migraine"
             r"\b(?:sumatriptan|rizatriptan|zolmitriptan|eletriptan|naratriptan|almotriptan|frovatriptan|imitrex|maxalt|zomig|relpax|"
             r"fremanezumab|erenumab|galcanezumab|eptinezumab|ajovy|aimovig|emgality|vyepti|rimegepant|ubrogepant|atogepant|nurtec|"
             r"ubrelvy|qulipta)\b[^.?!]{0,50}?\bfor\s+(?:the|my)\s+(?P<dx>migraines?)\b",
             # or a medicine taken to prevent them: "she started the pro pra no lol for preventing the migraine"
             r"\b(?:started|start|gave|give|takes?|taking|on)\b[^.?!]{0,50}?\bfor\s+(?:preventing|prevention\s+of|to\s+prevent)\s+"
             r"(?:the\s+|my\s+|his\s+|her\s+)?(?P<dx>migraines?)\b",
             # or the client's own preventer named by it: "twenty every morning okay and the migraine shot"
             r"\b(?:my|your|the)\s+(?P<dx>migraine)\s+(?:shots?|injections?|jabs?|pens?|preventers?)\b")),
    DxEntry("G40.909", "epilepsy, unspecified", (r"\bepilepsy\b", r"\bseizure disorder\b")),
    # a pain condition is charted when named as a syndrome; pain in general ("that's the problem with chronic pain") is not
    DxEntry("G89.4", "chronic pain syndrome", (r"\bchronic pain syndrome\b",)),
    DxEntry("H93.19", "tinnitus, unspecified ear", (r"\btinnitus\b",)),
    DxEntry("H93.13", "tinnitus, bilateral", (r"\bbilateral tinnitus\b", r"\btinnitus,? (in )?(both ears|bilateral)\b")),
    # the diagnosis names the cause ("the unexplained infertility Dr. Ostrowski diagnosed"); a clinic or treatment does not
    DxEntry("N97.9", "female infertility, unspecified",
            (r"\b(unexplained|female|primary|secondary) infertility\b", r"\binfertility (diagnosis|diagnosed)\b",
             r"\bdiagnos\w* (with |as )?infertility\b")),
    # "I been type one since I was twelve": the type said as what the speaker is
    DxEntry("E10.9", "type 1 diabetes mellitus without complications",
            (r"\b(i'?ve been|i been|i'?m|i am|been) (a )?type (1|one)\b(?! (error|personality|fun))",)),
    # chronic illness a client lives with, by its usual and lay names (ICD-10-CM index terms)
    DxEntry("J44.9", "chronic obstructive pulmonary disease, unspecified",
            (r"\bcopd\b", _spelled("copd"), r"\bchronic obstructive (pulmonary|lung|airways?) disease\b")),
    DxEntry("J43.9", "emphysema, unspecified", (r"\bemphysema\b",)),
    DxEntry("J45.909", "unspecified asthma, uncomplicated", (r"\basthma\b",)),
    DxEntry("J30.9", "allergic rhinitis, unspecified", (r"\ballergic rhinitis\b",)),
    DxEntry("J60", "coal worker's pneumoconiosis", (r"\bblack lung\b", r"\bcoal ?workers?'? pneumoconiosis\b")),
    DxEntry("J61", "pneumoconiosis due to asbestos and other mineral fibers", (r"\basbestosis\b",)),
    DxEntry("A15.0", "tuberculosis of lung",
            (r"\b(pulmonary )?tuberculosis\b", r"\b(have|has|had|got|with|for|treating|my|the|it is|it'?s) (tb|t\.? b\.?)\b(?! (test|jab|vaccine|skin))")),
    DxEntry("E28.2", "polycystic ovarian syndrome", (r"\bpcos\b", _spelled("pcos"), r"\bpolycystic ovar(y|ian|ies)( syndrome)?\b")),
    DxEntry("E03.9", "hypothyroidism, unspecified", (r"\bhypo[- ]?thyroid(ism)?\b", r"\b(underactive|under-active|low|slow) thyroid\b"
                                                      r"(?!\s+(?:test|level|result|number)s?\b|\W+not\s+(?:like\s+)?(?:me|mine)\b)",
                                                      # a doctor's finding: "doctor amare say the thyroid is low still"
                                                      r"\b(?:say|says|said|told\s+me)\s+(?:that\s+)?(?:the|my)\s+thyroid\s+(?:is|was)\s+"
                                                      r"(?:still\s+|very\s+|too\s+|a\s+bit\s+)?low\b",
                                                      # "the thyroid the doctor did the blood test and she said too low still"
                                                      r"\bthe\s+thyroid\b[^.?!]{0,60}?\b(?:say|says|said)\s+(?:it'?s\s+|it\s+is\s+)?"
                                                      r"(?:still\s+)?too\s+low\b")),
    DxEntry("E05.90", "thyrotoxicosis, unspecified", (r"\bhyperthyroid(ism)?\b", r"\b(overactive|over-active) thyroid\b")),
    DxEntry("E05.00", "thyrotoxicosis with diffuse goiter (Graves' disease)", (r"\bgraves'? disease\b",)),
    DxEntry("E78.5", "hyperlipidemia, unspecified", (r"\bhyperlipid(a)?emia\b", r"\bhigh cholesterol\b")),
    DxEntry("R73.03", "prediabetes", (r"\bpre-?diabet(es|ic)\b",)),
    DxEntry("E84.9", "cystic fibrosis, unspecified", (r"\bcystic fibrosis\b",)),
    DxEntry("E27.1", "primary adrenocortical insufficiency (Addison's disease)", (r"\baddison'?s disease\b",)),
    DxEntry("L40.9", "psoriasis, unspecified", (r"\bpsoriasis\b",)),
    DxEntry("L40.50", "arthropathic psoriasis, unspecified", (r"\bpsoriatic arthritis\b",)),
    DxEntry("L30.9", "dermatitis, unspecified", (r"\beczema\b",)),
    # a rash a dermatologist named from its cause ("contact dermatitis from the epoxy primer")
    DxEntry("L25.9", "unspecified contact dermatitis, unspecified cause", (r"\bcontact dermatitis\b",)),
    DxEntry("L23.9", "allergic contact dermatitis, unspecified cause", (r"\ballergic contact dermatitis\b",)),
    DxEntry("L24.9", "irritant contact dermatitis, unspecified cause", (r"\birritant (contact )?dermatitis\b",)),
    # acne as the client's own condition, not an "acne cream" in passing
    DxEntry("L70.0", "acne vulgaris", (r"\b(?:my|the|have|has|got|for)\s+acne\b(?!\s+(?:cream|gel|wash|face ?wash|products?))",
                                       r"\bacne vulgaris\b")),
    DxEntry("L80", "vitiligo", (r"\bvitiligo\b",)),
    DxEntry("L63.9", "alopecia areata, unspecified", (r"\balopecia areata\b",)),
    DxEntry("L73.2", "hidradenitis suppurativa", (r"\bhidradenitis( suppurativa)?\b",)),
    DxEntry("H40.9", "unspecified glaucoma", (r"\bglaucoma\b",)),
    DxEntry("H35.30", "unspecified macular degeneration", (r"\bmacular degeneration\b",)),
    DxEntry("M06.9", "rheumatoid arthritis, unspecified", (r"\brheumatoid arthritis\b",
                                                            # the adjective alone, as it is said: "the rheumatoid it's in my hands"
                                                            r"\b(the|my|me|her|his) rheumatoid\b(?! (factor|test|bloods?|clinic|nurse))")),
    DxEntry("G25.0", "essential tremor", (r"\bessential tremor\b",)),
    DxEntry("I48.91", "unspecified atrial fibrillation", (r"\batrial fibrillation\b",
                                                         # "the warfarin for the AF", "with my a-fib"
                                                         r"\b(the|my|me|her|his|with|for) (af|a-?fib|a fib)\b(?! (level|rate|score))")),
    # "my type two's all over the place": the type said as the condition
    DxEntry("E11.9", "type 2 diabetes mellitus without complications",
            (r"\b(my|her|his|me|the) type (2|two|ii)\b(?!\s+(error|personality|fun|form|visa|licen\w*|fonts?|test))",)),
    # chronic pain named as a diagnosis ("I'd describe what's going on as chronic pain and a major depressive episode"), not
    # talked of in general ("that's the problem with chronic pain")
    DxEntry("G89.29", "other chronic pain", (r"\b(?:describe\w* (?:[\w']+ ){0,4}as|diagnosed with|diagnosis of|i'?ve got|i have|"
                                            r"she has|he has|you have) chronic pain\b(?! (clinic|service|team|management|programme|program))",)),
    # the site said with it: "And the knee, the osteoarthritis", "osteoarthritis in both knees"
    DxEntry("M17.9", "osteoarthritis of knee, unspecified", (r"\bknees?\b[^.?!]{0,20}\bosteo-?arthritis\b",
                                                            r"\bosteo-?arthritis\b[^.?!]{0,20}\bknees?\b",
                                                            # the arthritis of a knee, by site ("The arthritis in both knees, the
                                                            # doctor said", "for the arthritis the right knee"), not the rheumatoid kind
                                                            r"(?<!rheumatoid )(?<!psoriatic )\barthritis,?\s+(?:in|of|on)\s+(?:the\s+|my\s+|both\s+|her\s+|his\s+)?"
                                                            r"(?:right\s+|left\s+)?knees?\b",
                                                            r"(?<!rheumatoid )(?<!psoriatic )\barthritis,?\s+the\s+(?:right|left)\s+knee\b")),
    DxEntry("M19.90", "unspecified osteoarthritis, unspecified site", (r"\bosteo-?arthritis\b",)),
    DxEntry("M72.0", "palmar fascial fibromatosis [Dupuytren]", (r"\bdupuytren'?s?( contracture| disease)?\b",)),
    # a client's own angina ("I think is the angina again"), not the word explained ("Angina usually comes with effort")
    DxEntry("I20.9", "angina pectoris, unspecified", (r"\b(my|the|me|his|her) angina\b",)),
    DxEntry("M32.9", "systemic lupus erythematosus, unspecified", (r"\blupus\b",)),
    DxEntry("M10.9", "gout, unspecified", (r"\bgout\b",)),
    DxEntry("R43.0", "anosmia", (r"\banosmia\b",)),
    DxEntry("J38.2", "nodules of vocal cords", (r"\bvocal[- ](?:cord|fold) nodules?\b", r"\bsinger'?s nodules?\b",
                                                r"\bnodules? on (?:the |my |her |his |both )?(?:vocal|voice)", r"\bvocal nodules?\b")),
    DxEntry("M81.0", "age-related osteoporosis without current pathological fracture", (r"\bosteoporosis\b",)),
    DxEntry("G35", "multiple sclerosis", (r"\bmultiple sclerosis\b",)),
    DxEntry("G12.20", "motor neuron disease, unspecified",
            (r"\bmotor neuron(e)? disease\b", r"\bamyotrophic lateral sclerosis\b")),
    DxEntry("G10", "Huntington's disease", (r"\bhuntington'?s( disease)?\b",)),
    DxEntry("G80.9", "cerebral palsy, unspecified", (r"\bcerebral palsy\b",)),
    DxEntry("G47.419", "narcolepsy without cataplexy", (r"\bnarcolepsy\b",)),
    DxEntry("G25.81", "restless legs syndrome", (r"\brestless legs? syndrome\b",)),
    DxEntry("G90.A", "postural orthostatic tachycardia syndrome", (r"\bpostural (orthostatic )?tachycardia syndrome\b",)),
    DxEntry("Q79.60", "Ehlers-Danlos syndrome, unspecified", (r"\behlers[- ]danlos\b",)),
    DxEntry("K50.90", "Crohn's disease, unspecified, without complications", (r"\bcrohn'?s( disease)?\b",)),
    DxEntry("K51.90", "ulcerative colitis, unspecified, without complications", (r"\bulcerative colitis\b",)),
    DxEntry("K58.9", "irritable bowel syndrome without diarrhea",
            (r"\birritable bowel( syndrome)?\b", r"\bibs\b", _spelled("ibs"))),
    DxEntry("K90.0", "celiac disease", (r"\bc(o)?eliac( disease)?\b",)),
    DxEntry("K21.9", "gastro-esophageal reflux disease without esophagitis",
            (r"\bgerd\b", r"\bgord\b", r"\bgastro-?o?esophageal reflux( disease)?\b", r"\b(?:acid )?reflux disease\b",
             # a doctor's finding: "The doctor say it is the reflux, the acid."
             r"\b" + _SAID_IT_IS + r"(?:the\s+|an?\s+)?(?:acid\s+)?reflux\b" + _NO_CLAUSE_AFTER,
             # the diagnosis asked about, confirmed: "And the reflux, is that still the diagnosis?" "Yes, reflux."
             r"^\W*(?:yes|yeah|yep)\W+(?:it'?s\s+|the\s+)?(?:acid\s+)?reflux\b")),
    DxEntry("K74.60", "unspecified cirrhosis of liver", (r"\bcirrhosis\b",)),
    DxEntry("B18.2", "chronic viral hepatitis C", (r"\bhep(atitis)? ?c\b",)),
    DxEntry("B18.1", "chronic viral hepatitis B without delta-agent", (r"\bhep(atitis)? ?b\b",)),
    DxEntry("I50.9", "heart failure, unspecified", (r"\b(congestive )?heart failure\b",)),
    DxEntry("I48.91", "unspecified atrial fibrillation", (r"\batrial fibrillation\b", r"\ba[- ]?fib\b")),
    DxEntry("I25.10", "atherosclerotic heart disease of native coronary artery without angina pectoris",
            (r"\bcoronary (artery|heart) disease\b",)),
    DxEntry("N18.9", "chronic kidney disease, unspecified", (r"\bchronic kidney disease\b", r"\bckd\b")),
    DxEntry("N80.9", "endometriosis, unspecified", (r"\bendometriosis\b",)),
    DxEntry("D57.1", "sickle-cell disease without crisis", (r"\bsickle[- ]cell( disease| anemia| anaemia)?\b",)),
    DxEntry("D57.3", "sickle-cell trait", (r"\bsickle[- ]cell trait\b",)),
    DxEntry("D50.9", "iron deficiency anemia, unspecified", (r"\biron[- ]deficiency an(a)?emia\b",
                                                              # "the doctor say anemia from the iron", "anaemia from low iron"
                                                              r"\ban(a)?emia,?\s+(?:from|because\s+of|of)\s+(?:the\s+|low\s+|no\s+)?iron\b",
                                                              # "For the anaemia, the iron-deficiency one."
                                                              r"\ban(a)?emia,?\s+the\s+iron[- ]deficien\w*\s+(?:one|kind|type)\b",
                                                              # "Dr. Lim said for the anemia, the iron deficiency."
                                                              r"\ban(a)?emia,\s+the\s+iron[- ]deficiency\b")),
    DxEntry("D64.9", "anemia, unspecified", (r"(?<!deficiency )(?<!sickle cell )(?<!sickle-cell )\ban(a)?emi(a|c)\b",)),
    DxEntry("U09.9", "post COVID-19 condition, unspecified", (r"\blong[- ]covid\b", r"\bpost[- ]covid (syndrome|condition)\b")),
    DxEntry("C50.919", "malignant neoplasm of unspecified site of unspecified female breast", (r"\bbreast cancer\b",)),
    DxEntry("C61", "malignant neoplasm of prostate", (r"\bprostate cancer\b",)),
    DxEntry("C34.90", "malignant neoplasm of unspecified part of unspecified bronchus or lung", (r"\blung cancer\b",)),
    DxEntry("C18.9", "malignant neoplasm of colon, unspecified", (r"\b(colon|bowel|colorectal) cancer\b",)),
    DxEntry("C85.90", "non-Hodgkin lymphoma, unspecified, unspecified site", (r"\b(non-?hodgkin'?s? )?lymphoma\b",)),
    DxEntry("C95.90", "leukemia, unspecified not having achieved remission", (r"\bleuka?emia\b",)),
    DxEntry("C90.00", "multiple myeloma not having achieved remission", (r"\b(multiple )?myeloma\b",)),
    # more chronic conditions by their usual names (ICD-10-CM index terms)
    DxEntry("H81.09", "Meniere's disease, unspecified ear", (r"\bm[eé]ni[eè]re'?s( disease| syndrome)?\b",)),
    DxEntry("G50.0", "trigeminal neuralgia", (r"\btrigeminal neuralgia\b",)),
    DxEntry("B02.29", "other postherpetic nervous system involvement", (r"\bpost[- ]?herpetic neuralgia\b",)),
    DxEntry("M35.3", "polymyalgia rheumatica", (r"\bpolymyalgia( rheumatica)?\b",)),
    DxEntry("K29.70", "gastritis, unspecified, without bleeding", (r"\b(chronic )?gastritis\b",)),
    DxEntry("E87.6", "hypokalemia", (r"\bhypokal(a)?emia\b",)),
    DxEntry("G82.20", "paraplegia, unspecified", (r"\bparaplegi(a|c)\b",)),
    DxEntry("G82.50", "quadriplegia, unspecified", (r"\b(quadri|tetra)plegi(a|c)\b",)),
    DxEntry("G90.50", "complex regional pain syndrome I, unspecified", (r"\bcomplex regional pain syndrome\b", r"\bcrps\b")),
    DxEntry("G54.6", "phantom limb syndrome with pain", (r"\bphantom (limb|leg|arm|hand|foot) pains?\b", r"\bphantom limb syndrome\b")),
    DxEntry("G44.209", "tension-type headache, unspecified, not intractable",
            (r"\btension[- ](type )?headaches?\b(?! (tablets?|pills?|medicine))",)),
    DxEntry("G51.0", "Bell's palsy", (r"\bbell'?s palsy\b",)),
    DxEntry("I73.00", "Raynaud's syndrome without gangrene", (r"\braynaud'?s( disease| syndrome| phenomenon)?\b",)),
    DxEntry("D86.9", "sarcoidosis, unspecified", (r"\bsarcoid(osis)?\b",)),
    DxEntry("G70.00", "myasthenia gravis without (acute) exacerbation", (r"\bmyasthenia( gravis)?\b",)),
    DxEntry("M41.9", "scoliosis, unspecified", (r"\bscoliosis\b",)),
    DxEntry("J32.9", "chronic sinusitis, unspecified", (r"\bchronic sinusitis\b",)),
    DxEntry("M72.2", "plantar fascial fibromatosis", (r"\bplantar fasciitis\b",)),
    DxEntry("G56.00", "carpal tunnel syndrome, unspecified upper limb", (r"\bcarpal tunnel( syndrome)?\b",)),
    DxEntry("D56.9", "thalassemia, unspecified", (r"\bthalass(a)?emia\b",)),
    DxEntry("L20.9", "atopic dermatitis, unspecified", (r"\batopic (dermatitis|eczema)\b",)),
    DxEntry("E55.9", "vitamin D deficiency, unspecified", (r"\bvitamin d deficien(cy|t)\b",
                                                          # "my vitamin d is very low the deficiency", "deficient in vitamin D"
                                                          r"\bvitamin d (?:is|was) (?:very |so |too |really )?low\b",
                                                          # "my doctor found the vitamin D very low, deficiency"
                                                          r"\bvitamin d (?:very |so |too |really )?low,? (?:a |the )?deficiency\b",
                                                          r"\bdeficien(?:cy|t) (?:of|in) vitamin d\b",
                                                          # "the vitamin D, the one thousand units every day ... because of the deficiency"
                                                          r"\bvitamin d\b[^.?!]{0,70}\bbecause of (?:the |my )?(?P<dx>deficiency)\b")),
    # and further chronic conditions by their usual names, from the ICD-10-CM index (general coverage, read off no
    # session): conditions a client lives with, not an episode ("a chest infection") or a symptom ("dizzy spells")
    DxEntry("E66.9", "obesity, unspecified", (r"\b(morbid(ly)? )?obes(e|ity)\b(?! (clinic|service|surgery|surgeon))",)),
    DxEntry("N20.0", "calculus of kidney", (r"\bkidney stones?\b", r"\brenal (stones?|calculi)\b")),
    DxEntry("K80.20", "calculus of gallbladder without cholecystitis without obstruction", (r"\bgall ?stones?\b",)),
    DxEntry("K57.90", "diverticulosis of intestine, part unspecified, without perforation or abscess without bleeding",
            (r"\bdiverticul(osis|ar disease)\b",)),
    DxEntry("K57.92", "diverticulitis of intestine, part unspecified, without perforation or abscess without bleeding",
            (r"\bdiverticulitis\b",)),
    # (a relative's "for her feet the neuropathy" is theirs: the client's own, or the kind named)
    DxEntry("G62.9", "polyneuropathy, unspecified", (r"\bperipheral (poly)?neuropathy\b", r"(?<=\bmy )neuropathy\b(?! from (the|my) diabet)")),
    # diabetes's own complication is coded with it: "she called it diabetic neuropathy"
    DxEntry("E11.40", "type 2 diabetes mellitus with diabetic neuropathy, unspecified",
            (r"\bdiabetic (poly)?neuropathy\b", r"\bneuropathy from (the|my) diabet\w*")),
    DxEntry("M85.80", "other specified disorders of bone density and structure, unspecified site", (r"\bosteopenia\b",)),
    DxEntry("M51.9", "unspecified thoracic, thoracolumbar and lumbosacral intervertebral disc disorder",
            (r"\b(slipped|herniated|bulging|prolapsed|ruptured) discs?\b", r"\bdisc (herniation|prolapse|bulge)\b",
             # "the doctor at the clinic in Renton said the disc is herniated, in the low back"
             r"\bdiscs? (is|was|are|were) (herniated|slipped|bulging|prolapsed|ruptured)\b")),
    DxEntry("M48.00", "spinal stenosis, site unspecified", (r"\bspinal stenosis\b",)),
    DxEntry("Q90.9", "Down syndrome, unspecified", (r"\bdown'?s? syndrome\b",)),
    DxEntry("Q05.9", "spina bifida, unspecified", (r"\bspina bifida\b",)),
    DxEntry("G71.00", "muscular dystrophy, unspecified", (r"\bmuscular dystrophy\b",)),
    DxEntry("G12.21", "amyotrophic lateral sclerosis", (r"\bamyotrophic lateral sclerosis\b", r"\bmotor neu?rone? disease\b",
                                                         r"\blou gehrig'?s( disease)?\b")),
    DxEntry("M35.7", "hypermobility syndrome", (r"\bhypermobility( syndrome| spectrum disorder)?\b",)),
    DxEntry("D66", "hereditary factor VIII deficiency", (r"\bha?emophilia\b",)),
    DxEntry("E53.8", "deficiency of other specified B group vitamins", (r"\b(vitamin )?b ?12 deficien(cy|t)\b(?! an(a)?emia)",)),
    DxEntry("D51.0", "vitamin B12 deficiency anemia due to intrinsic factor deficiency", (r"\bpernicious an(a)?emia\b",)),
    DxEntry("L71.9", "rosacea, unspecified", (r"\brosacea\b",)),
    DxEntry("M35.00", "sicca syndrome, unspecified", (r"\bsj[oö]gren'?s( syndrome| disease)?\b",)),
    DxEntry("A69.20", "Lyme disease, unspecified", (r"\b(chronic )?lyme( disease)?\b(?! regis)",)),
    DxEntry("N30.10", "interstitial cystitis (chronic) without hematuria", (r"\binterstitial cystitis\b", r"\bpainful bladder syndrome\b")),
    DxEntry("N32.81", "overactive bladder", (r"\boveractive bladder\b",)),
    DxEntry("N40.0", "benign prostatic hyperplasia without lower urinary tract symptoms",
            (r"\benlarged prostate\b", r"\bbenign prostatic hyperplasia\b", r"\bbph\b",
             # the lay finding: "for the prostate is big not cancer the doctor say only big"
             r"\bprostate\s+(?:is|was|it'?s)\s+(?:a\s+bit\s+|too\s+|very\s+)?(?:big|enlarged|swollen|grown)\b(?![^.?!]{0,20}(?<!not\s)\bcancer\b)")),
    DxEntry("H91.90", "unspecified hearing loss, unspecified ear", (r"\bhearing loss\b(?! (clinic|aid|test))",)),
    DxEntry("H26.9", "unspecified cataract", (r"\bcataracts?\b(?! (surgery|operation|op))",)),
    DxEntry("K27.9", "peptic ulcer, site unspecified, unspecified as acute or chronic, without hemorrhage or perforation",
            (r"\b(peptic|stomach|gastric) ulcers?\b",)),
    DxEntry("H81.10", "benign paroxysmal vertigo, unspecified ear", (r"\bbppv\b", r"\b(benign )?paroxysmal positional vertigo\b")),
    DxEntry("M75.00", "adhesive capsulitis of unspecified shoulder", (r"\bfrozen shoulder\b", r"\badhesive capsulitis\b")),
    # "The doctor said impingement, from the bolting up" (of the shoulder named with it)
    DxEntry("M75.40", "impingement syndrome of unspecified shoulder",
            (r"\bshoulder impingement\b", r"\bimpingement (syndrome )?(of|in) (the |my |his |her )?shoulder\b",
             r"\bshoulder\b[^?!]{0,60}\b(?:said|says|called it|diagnosed)\s+(?P<dx>impingement)\b")),
    DxEntry("M65.4", "radial styloid tenosynovitis [de Quervain]", (r"\bde ?quervain'?s?\b",)),
    # an allergy named as the client's condition: "the allergy one for the latex allergy"
    DxEntry("Z91.040", "latex allergy status", (r"\blatex allerg(y|ies|ic)\b", r"\ballergic to latex\b")),
    DxEntry("M77.10", "lateral epicondylitis, unspecified elbow", (r"\btennis elbow\b", r"\blateral epicondylitis\b")),
)
_ALL_DIAGNOSES: tuple[DxEntry, ...] = (DIAGNOSES + LAY_DIAGNOSES + SPELLED_DIAGNOSES + NEUROCOGNITIVE_DIAGNOSES
                                       + MEDICAL_DIAGNOSES)

# Bare words that name a diagnosis only when the words around them diagnose:
# "the doctor said it's the depression", "depression, moderate", "the attention thing, the inattentive kind".
FRAMED_DIAGNOSES: tuple[DxEntry, ...] = (
    DxEntry("F32.9", "major depressive disorder, single episode, unspecified",
            (r"\b(the|my|your|his|her|their|this|a|have|has|had|got|with|as|and|says|said|say|wrote|writes|write|written|"
             # what a paper says: "he write in the paper moderate depression"
             r"paper|form|letter|referral|"
             r"it'?s|it is|it was|"
             # "He say is depression."
             r"(?:says|said|say) is|"
             # "she thinks this is depression", "a touch of depression"
             r"this is|that is|this was|a (?:touch|bit|spot) of|"
             # a score read out, and the working diagnoses listed: "It means moderate depression", "So the diagnoses we're
             # working with are depression, the prostate, and the asthma"
             r"means|meant|diagnos[ie]s (?:(?:we'?re|we are) working with |we have )?(?:are|is|include)|"
             r"call(s|ed)? it|(sounds|looks) like)"
             # (what was written set off by a comma: "the diagnoses Dr Lual wrote, depression and anxiety")
             r"((?:(?<=writes)|(?<=wrote)|(?<=written)|(?<=letter)|(?<=referral)|(?<=paper))[,:])?( (still|really|definitely|probably|actually))?"
             # (a filler between: "social anxiety disorder and um depression")
             r"( (?:um+|uh+|er+|erm),?)?( (mild|moderate|severe))? "
             r"depression\b"
             r"(?! (questionnaire|screen\w*|scale|score|inventory|test|checklist))",
             r"(?<![-\w])depression(?=,?\s+(mild|moderate|severe|recurrent|single episode)\b)",
             # a severity and the word as a sentence of their own: "Moderate depression. Same as Dr Haig said."
             # (or after a comma: "The doctor said also, when I went, moderate depression.")
             r"(?:^|[.?!,]\s+)(mild|moderate|moderately severe|severe) depression(?=\s*(?:[.?!]|$)|,\s+(?:he|she|they|the\s+(?:doctor|gp|"
             r"psychiatrist|consultant)|dr\.?\s+\w+)\s+(?:wrote|writes|said|says|put|called\s+it)\b)")),
    DxEntry("F90.2", "attention-deficit hyperactivity disorder",
            (r"\b(the|my|your|his|her|their|an) attention (thing|disorder|problem|issue|stuff)\b",)),
    # anxiety named beside another diagnosis in a diagnosing frame: "doctor nguyen said it's depression and anxiety"
    DxEntry("F41.9", "anxiety disorder, unspecified",
            (r"(?:(?<=depression and )|(?<=depression with )|(?<=ptsd and )|(?<=ocd and )|(?<=adhd and )|(?<=bipolar and ))"
             r"anxiety\b(?! (?:about|over|around|when|at|in|of)\b)",
             # the word written down as the reason: "Dr. Whitlow wrote anxiety on the referral"
             r"\b(?:wrote|writes|write|written|put)(?: down)?,? anxiety\b(?=\s*(?:[.,;]|$|(?:on|in) (?:the|my|your|his|her) "
             r"(?:referral|form|notes?|letter|chart|paper\w*|sick note|file|record)\b))",
             # its code's own words, as the chart gives them: "Anxiety, not specified, he wrote."
             r"\banxiety,?\s+(?:not\s+specified|unspecified|not\s+otherwise\s+specified)\b")),
    # the everyday name of illness anxiety disorder, charted where someone diagnoses with it ("the health worry we've
    # been calling health anxiety"), not a client's own passing "my health anxiety about the lump"
    DxEntry("F45.21", "illness anxiety disorder", (r"\bhealth anxiety\b",)),
    # a phobia named by the one who diagnosed it: "Dr Kew's letter said phobia, fear of flying"
    DxEntry("F40.243", "fear of flying", (r"\bfear of flying\b",)),
    # a life stage a doctor names: "She said okay, it is the menopause, officially"
    DxEntry("N95.1", "menopausal and female climacteric states", (r"\b(the|my|her) menopause\b(?! (clinic|service|nurse|team))",)),
    # a work-stress label written on a form: "occupational health wrote burnout on the form"
    # (not "the diabetes burnout": worn out by managing an illness, not by work)
    DxEntry("Z73.0", "burnout", (r"(?<!diabetes )(?<!diabetic )\bburn-?out\b",)),
)
# A diagnosis said with a lay head noun for "disorder" ("the persistent depressive thing", "her panic condition")
# names it only where the words around it diagnose, like a bare word.
_LAY_HEAD = r"(thing|condition|illness|diagnosis)\b"
LAY_HEAD_DIAGNOSES: tuple[DxEntry, ...] = tuple(
    DxEntry(d.code, d.label, heads)
    for d in DIAGNOSES
    if (heads := tuple(p[: -len("disorder")] + _LAY_HEAD for p in d.patterns if p.endswith(" disorder")))
)
# Someone who diagnoses, saying so, close before the word ("Dr. Lind said it'd help the depression").
_DX_FRAME = re.compile(
    r"\bdiagnos\w*|\b(dr|doctor|psychiatrist|prescriber|pediatrician|therapist|ob|gp|np|nurse practitioner|"
    r"note|chart|referral|paperwork|report|evaluation|letter|form|summary|she|he|they)\b\.?[^.?!]{0,30}\b(said|says|say|reckons|reckoned|"
    r"wrote|writes|write|written|called|calls|told (me|us|her|him|them)|put (it )?down|ha(s|d) (it|me|you|her|him|them) down|"
    # "the depression dr benitez talked about is still there", "The depression the doctor talk about, it still here"
    r"talk(s|ed)? about|mention(s|ed)?)\b|"
    # a prescriber starting a medicine for it: "the doctor started him on sertraline for the depression"
    r"\b(start(s|ed)?|put|puts) (me|you|him|her|them) on\b|"
    # the clinician's impression put in words: "when I was here last month I said this looks like depression"
    r"\b(i|we)\s+(said|say|thought|think)\s+(this|it|that)\s+(looks|sounds|seems)\s+like\b|"
    r"\bwhat (we're|we are|i'm|i am) treating\b|\bwe('ve| have) been calling\b|\b(we|i)('d| would)? call (it|this|that)\b|"
    # charting it: "for the note, we're treating ...", "I'm writing this up as ..."
    r"\bfor (the|my|your) (note|notes|record|chart|paperwork)\b|\b(writing|write|wrote) (this|it|you) up as\b|"
    r"\b(we're|we are|i'm|i am) (treating|working on)\b|\b(we|i)('ve| have) been (treating|working on)\b|"
    # "You and Dr. Ibarra have been treating the depression for about a year now."
    r"\b(you|dr\.? \w+|the doctor)( and (dr\.? \w+|i|me|the doctor))? (have|has|'ve) been treating\b|"
    # what the client was referred for: "the depression you came in for originally"
    r"\b(came|come) (in|here|to (see )?(me|us)) (for|with)\b|\breferred (you |him |her |me )?(here )?for\b|"
    # a questionnaire's reading: "it's in the moderate range so the depression's still here"
    # (or a span of them: "that's in the moderate to fairly high range this is the depression we talked about")
    r"\b(in|into|out of) the (minimal|mild|moderate|moderately severe|severe)( to (fairly |very |quite )?[a-z]+( [a-z]+)?)? range\b|"
    # the illness given a voice: "that's the depression talking", "The thought is the illness talking" (not "I heard your
    # mum talking about the depression")
    r"(\b(is|was)|'s) (the|your) [a-z-]+ (talking|speaking|lying to you)\b|"
    # a score read as fitting it: "That's moderate, and it fits the depression we've been watching since the fall."
    r"\b(it|that|this)\s+fits\s+(with\s+)?(the|your)\b",
    re.IGNORECASE,
)
_FRAME_REACH = 120  # characters before the word that a frame may stand (ASR turns run on without full stops)
# The kind charted with it, in the same sentence or the next: "the depression ... She says it's the recurrent kind".
_KIND_SPECIFIER = re.compile(
    r"\bthe ((recurrent|recurring|inattentive|hyperactive|combined|mild|moderate|severe|chronic|single|first|"
    r"episode),? ){1,4}(kind|type|version|one|presentation)\b",
    re.IGNORECASE,
)
# Wondered about once named: "the attention thing might be from not sleeping".
_HEDGED_AFTER = re.compile(r"^[^.?!]{0,25}\b(might|could|may) (be|have)\b", re.IGNORECASE)
# A severity or course charted right after the word: "depression, moderate".
_CHARTED_AFTER = re.compile(
    r"^,?\s+(mild|moderate|severe|recurrent|single episode|in (partial |full )?remission)\b", re.IGNORECASE
)
# ... or said just before its head word, the way a diagnosis is reported: "I have moderate depression."
_CHARTED_BEFORE = re.compile(r"\b(mild|moderate|moderately severe|severe)\s+\S+$", re.IGNORECASE)
# Diagnoses a bare "depression" may be part of: with any of these named, it adds no diagnosis of its own.
_DEPRESSIVE_FAMILY = ("F06.3", "F25", "F31", "F32", "F33", "F34", "F43.2", "F53")


def names_diagnosis(code: str, text: str) -> bool:
    """Whether ``text`` words a diagnosis of ``code``'s category (grounding checks evidence with this)."""
    low = _syllables_joined(text).lower()
    cat = code[:3]
    entries = _ALL_DIAGNOSES + FRAMED_DIAGNOSES + LAY_HEAD_DIAGNOSES
    if any(re.search(p, low) for d in entries if d.code[:3] == cat for p in d.patterns):
        return True
    # a recurrent major depression is often said as "the depression ... the recurrent kind"
    return cat == "F33" and bool(_RECURRENT.search(low)) and names_diagnosis("F32", low)


# Screening instruments are scores, not diagnoses: "the GAD-7 came out at fifteen" charts no GAD.
_INSTRUMENT = re.compile(
    r"\b(gad|phq|pcl|y-?bocs|epds|asrs|mdq)[- ]?(\d+|two|five|seven|nine|score|scale|screen\w*|questionnaire)\b",
    re.IGNORECASE,
)
# A specifier names part of another diagnosis: "schizoaffective disorder, bipolar type" is no bipolar disorder.
_PART_OF_ANOTHER = re.compile(
    r"schizo-?\s?affective( disorder)?,? (the )?$|agoraphobia,? with (a )?$|agoraphobia (and|with) $",
    re.IGNORECASE,
)
_PANIC_WITH_AGORAPHOBIA = re.compile(r"^[^.?!]{0,12}\bwith agoraphobia\b", re.IGNORECASE)
# Said about an animal ("the vet said it's for separation anxiety").
_ANIMAL = re.compile(r"\b(dog|dogs|cat|cats|puppy|kitten|pet|vet|veterinarian|horse|parrot)\b", re.IGNORECASE)
# ... unless a person's doctor is the one diagnosing: "the crazy cat lady, they say. Dr. Abe says it's the dysthymia".
_HUMAN_DIAGNOSER = re.compile(r"\b(dr|doctor|psychiatrist|gp|prescriber|pediatrician|therapist|consultant)\b",
                              re.IGNORECASE)
# Plain negators reach no further back than the clause they are in: in "it wasn't a failure, that's how
# panic disorder works" the "n't" negates the failure. Doubt ("I don't think it's ...") scopes further.
# A report of what someone wrote or said opens its own clause: "you're not going mad, no, the letter says ...".
# Naming it ("what you're describing we'd call prolonged grief", "it's called ...") opens a clause too.
_CLAUSE_OPENER = re.compile(
    r"\b(it'?s|(?<!\bif )(?<!\bwhether )it is|that'?s|this is|which is|what we call|and so|so|(?<!n't )(?<!not )(?<!never )(says|said|wrote|(?<!\bi )(?<!\byou )(?<!\bwe )(?<!\bto )(?<!\bcan )(?<!\bwould )(?:say|write)(?=\s+(?:is|it|the|a|an|she|he|my|i)\b))|"
    # a filler that starts a new clause in run-on ASR text: "a job that don't pay you know i been type one"
    r"(?<!n't, )(?<!n't )you know(?! (if|whether|what|that|how))|"
    r"(we|i|you|they|doctors)('d| would)? call( it| this| that)?|(it'?s|is|was) called|"
    # the verdict after the findings: "the binges, the distress, no purging, this meets criteria for ..."
    r"(meets?|met) (the )?(full )?criteria for|"
    # a check on the clinician's own summary: "tell me if I got it right, with the panic disorder ..."
    r"(if|whether) i('ve| have)? got (it|that|this|everything|all (of )?that) right)\b", re.IGNORECASE
)
_DX_DOUBT = re.compile(
    r"\b(don't think|do not think|doesn't (mean|sound like|look like)|not sure|wonder\w*|rule[sd]? out|"
    r"might|could|maybe|perhaps|possibl\w*|is it possible|(screen|test|evaluat|assess)\w* (you |him |her |them )?for|"
    # hypotheticals, old fears and questions whether it was ever diagnosed
    r"if (this|that|they|he|she|we)|turn(s|ed)? out to be|used to think|too (early|soon) to (call|say|tell|know)|"
    r"(scared|afraid|worried|terrified|feared|paranoid) (that )?(i|you|it|this|he|she) (was|were|had|have|has|is|might|could)|"
    # a doctor's worry checked: "the doctor also worried about dementia because he forgets things"
    r"(doctor|gp|psychiatrist|neurologist|nurse|they|she|he) (also |first |once )?(was |were )?(worried|concerned) about|"
    r"(has|have|did) (anyone|anybody|someone|a doctor|any doctor) ever|ever (been )?diagnos\w*)"
    r"\b[^.?!]*$",
    re.IGNORECASE,
)
# A diagnosis spoken of in general ("people with bipolar disorder often ...") or as family history.
_GENERAL = re.compile(
    r"\b(people|someone|anyone|kids|children|teens|adults|folks|patients|clients|others|those|a lot of people|"
    r"many|most) (who have|with|diagnosed with|living with|who live with)\s*$|\bfamily history of\s*$",
    re.IGNORECASE,
)
# "for someone with OCD" from the client, or "as someone with ADHD" from anyone, is the speaker or listener.
_SELF_AS_SOMEONE = re.compile(r"\b(as|for) someone with\s*$", re.IGNORECASE)
# Weighed and set aside once named: "we looked at bipolar and it didn't fit", "PTSD, which was ruled out".
_REJECTED_AFTER = re.compile(
    r"^[^.?!]{0,40}\b(it|that|which|this)( really| just)? (didn't|doesn't|did not|does not)( really| quite| actually)? "
    r"(fit|apply|match)\b|^[^.?!]{0,30}\b(was|were|got|is|has been|had been) ruled out\b|"
    # "I looked at agoraphobia and I don't think it fits."
    r"^[^.?!]{0,30}\b(i|we|she|he|they)\s+(don't|do not|didn't|did not|doesn't|does not)\s+think\s+(it|that|this)\s+"
    r"(fits|fitted|applies|applied|is right|was right)\b|"
    # "There was a question last year about bipolar, and she ruled it out."
    r"^[^.?!]{0,40}\b(she|he|they|we|the (doctor|psychiatrist|consultant|team|assessment)) (has |had |have )?ruled "
    r"(it|that|this|that one) out\b|"
    r"^[^.?!]{0,60}\b(disagreed|disagrees|didn't agree|doesn't agree)\b|^[^.?!]{0,60}\b(?<!\bi )(?<!\bI )(?<!\bwe )said no(?=[,.;!?]|$)|"
    # a relative's word the doctor never said: "I say he has the depression like his father, but she didn't say it."
    r"^[^.?!]{0,50}\bbut (she|he|they|the (doctor|psychiatrist|gp)) (didn't|did not|never) (say|said|diagnose\w*|write|wrote)\b|"
    # "you mentioned your own bipolar before, but this is different from that"
    r"^[^.?!]{0,40}\bbut (this|it|that)('s| is) (different|not the same|something else)\b",
    re.IGNORECASE,
)
# Considered or superseded, said right before the name: "asked about bipolar", "the doctors first thought bipolar",
# "they used to say schizoaffective".
_CONSIDERED_BEFORE = re.compile(
    # ("he check the bipolar he say is not bipolar")
    r"\b(thought|suspected|considered|queried|questioned|(asked|wondered) about|check(ed|s)?( for| also)?|"
    r"used to (say|call it|think|be called|have (me|you|him|her|them) down (as|for))|"
    r"(at first|originally|initially|first) (said|called it|diagnosed( \w+)? (with|as)))"
    r"( (it was|it might be|it's|maybe|possibly|probably))?( (a|an|the))?\s*$",
    re.IGNORECASE,
)
# Replaced once named: "schizoaffective, but Dr. Obi changed it", "bipolar, and said it's not that".
_SPELLED_BETWEEN = re.compile(r"\b(?:a\s?d\s?h\s?d|a\s?d\s?d|o\s?c\s?d|p\s?t\s?s\s?d|bipolar|autism|autistic|dyslexi\w*)\b", re.IGNORECASE)
_SUPERSEDED_AFTER = re.compile(
    r"^[^.?!]{0,60}\b((?<!n't )(?<!not )(?<!never )changed (it|that|the diagnosis)( to\b(?!\s+(?:the\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|half)\b))|\s*[.?!,;]|$)|((it'?s|it is|that'?s|that is) )?not (that|it)( any ?more)?"
    r"\s*([.?!,]|$))",
    re.IGNORECASE,
)
_OWN_HAD = re.compile(r"\b(?:i|eh|ah)(?:'ve|\s+have)\s+(?:had|hud|got)\b|\bi\s+(?:had|got)\b|\bmy\s+$", re.IGNORECASE)
# the condition handed back to its holder as the sentence ends: "Amina has her inhaler for the asthma, but that is hers."
_HANDED_BACK_AFTER = re.compile(r"^[^.?!]{0,20}?\bbut\s+(?:that|it|those|these|they)\s*(?:'s|'re|\s+is|\s+are)\s+(?:hers|his|theirs)\b",
                                re.IGNORECASE)
_FAMILY_AFTER = re.compile(r"^[^.?!]{0,25}\b(runs in|in (my|the|your|his|her|their|our) family)\b", re.IGNORECASE)
# A relative or other participant speaking of their own diagnosis ("my ADHD", "my psychiatrist ... the bipolar").
_FIRST_PERSON = re.compile(r"\b(my|mine|i have|i've (had|got)|i (was|got) diagnosed|i (take|took|use)|i'?m on|i am on)\b", re.IGNORECASE)
_OTHER_PERSON = re.compile(r"\b(he|she|they|him|his|her|their|them)\b", re.IGNORECASE)

_DX_NEGATION = re.compile(
    # ("is not good for my sugar, my diabetes": the no is of the medicine, not of the diagnosis)
    # ("nothing I've seen fits bipolar")
    r"(n't\b|\bnothing\b(?=\s+(?:[\w']+\s+){0,4}?(?:fits|fitted|suggests|points\s+to|looks\s+like|sounds\s+like)\b)|\b(?:not|no|never)\b(?! only)(?! (?:change|changes)\b)(?! (?:good|great|helpful|safe|ideal|healthy|okay|ok|best|right) for\b)(?! (?:\w+ )?enough\b)|\b(read|heard|saw) (online|that|about|somewhere)|\btest\w* (\w+ )?for|\b(?:rule[sd]? out|ruled out|isn't|doesn't (mean|sound like)|don't think|"
    r"instead of|rather than|\bthan\s+(?:(?:a|an|the|real|full|proper|full-blown)\s+)?$|not really|wonder(ing)? (if|whether)|worried (i|you) (have|might)|"
    r"might (have|be)|could (be|have)|do i have|whether|if (i|you|it)|screen(ing)? for|test(ed)? for|"
    r"look(ing)? (into|at) (whether|if)|thought (i|it) (had|was)|googled|read about|actually\s+$))[^.?!]*$",
    re.IGNORECASE,
)
_DX_THIRD_PARTY = re.compile(
    # (and the Caribbean possessive: "she ask about him father because him father have di bipolar")
    r"\b(my|your|his|her|their|our|him|dem) (mom|mum|mam|mother|dad|father|nan|nana|gran|granny|grandad|auntie|sister|brother|husband|wife|partner|boyfriend|"
    r"girlfriend|friend|roommate|son|daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|"
    # the relative's reach ends at a dash or semicolon: "since your sister's news — I think an adjustment disorder"
    r"coworker|boss|ex|parents?|family)(?!'s\s+(?:death|funeral|passing|news|wedding|birthday|accident|loss|suicide|overdose|"
    r"house|place|car)\b)('s)?\b[^.?!;—]*$|\b(he|she|they) ((has|had|have|'s got|'ve got)(?! (me|you|us)\b)|was diagnosed|"
    r"got diagnosed|struggles with|deals with)\b[^.?!]*$|\b(his|her|their) (own )?$|\bruns in\b",
    re.IGNORECASE,
)
_DX_SUBTYPES: tuple[tuple[str, str, str], ...] = (
    (r"inattentive", "F90.0", "attention-deficit hyperactivity disorder, predominantly inattentive type"),
    (r"hyperactive[- ]impulsive|hyperactive type", "F90.1",
     "attention-deficit hyperactivity disorder, predominantly hyperactive type"),
    (r"combined[- ]type|combined presentation", "F90.2", "attention-deficit hyperactivity disorder, combined type"),
)
_ADHD_UNSPECIFIED = ("F90.9", "attention-deficit hyperactivity disorder, unspecified type")
# Specifiers a clinician charts, said next to the diagnosis: (category, specifier, code, label).
_MDD_LABEL = "major depressive disorder"
_SPECIFIERS: tuple[tuple[str, str, str, str], ...] = (
    ("F32", r"severe\b[^.?!]{0,30}\bwith psychotic", "F32.3", f"{_MDD_LABEL}, single episode, severe with psychotic features"),
    ("F32", r"partial(ly)? remission", "F32.4", f"{_MDD_LABEL}, single episode, in partial remission"),
    ("F32", r"(full|complete)\w* remission|\bin remission", "F32.5", f"{_MDD_LABEL}, single episode, in full remission"),
    ("F32", r"\bsevere", "F32.2", f"{_MDD_LABEL}, single episode, severe without psychotic features"),
    ("F32", r"\bmoderate", "F32.1", f"{_MDD_LABEL}, single episode, moderate"),
    ("F32", r"\bmild", "F32.0", f"{_MDD_LABEL}, single episode, mild"),
    ("F33", r"severe\b[^.?!]{0,30}\bwith psychotic", "F33.3", f"{_MDD_LABEL}, recurrent, severe with psychotic symptoms"),
    ("F33", r"partial(ly)? remission", "F33.41", f"{_MDD_LABEL}, recurrent, in partial remission"),
    ("F33", r"(full|complete)\w* remission|\bin remission", "F33.42", f"{_MDD_LABEL}, recurrent, in full remission"),
    ("F33", r"\bsevere", "F33.2", f"{_MDD_LABEL}, recurrent severe without psychotic features"),
    ("F33", r"\bmoderate", "F33.1", f"{_MDD_LABEL}, recurrent, moderate"),
    ("F33", r"\bmild", "F33.0", f"{_MDD_LABEL}, recurrent, mild"),
    ("F43.1", r"\bchronic", "F43.12", "post-traumatic stress disorder, chronic"),
    ("F50.0", r"restrict\w* (type|subtype|kind)", "F50.01", "anorexia nervosa, restricting type"),
    ("F50.0", r"(binge|purg)\w*[/ -]*(eating[/ -]*)?(purg\w*[/ -]*)?(type|subtype|kind)", "F50.02",
     "anorexia nervosa, binge eating/purging type"),
    ("F43.1", r"\bacute\b", "F43.11", "post-traumatic stress disorder, acute"),
    ("F25", r"bipolar type", "F25.0", "schizoaffective disorder, bipolar type"),
    ("F25", r"depressive type", "F25.1", "schizoaffective disorder, depressive type"),
)
# Where a list joins a second diagnosis: "X, moderate, alongside the recurrent depression".
_LIST_JOIN = re.compile(r"\b(?:alongside|and|plus|as well as|together with)\b|;", re.IGNORECASE)
# An unspecified major depression said to recur is recurrent (F33), not a single episode.
# (or said to be another episode like one before: "it fits with this being another episode of the major depression like
# the one you had before")
# (or said to be the kind that comes back: "The doctor said it's the depression again, the one that comes back")
_RECURRENT = re.compile(r"\brecurr(ent|ing|ence)\b|\b(?:another|a\s+(?:second|third|new))\s+episode\s+of\b|"
                        r"\bthe\s+(?:one|kind|type)\s+that\s+(?:comes|keeps\s+coming|always\s+comes)\s+back\b|"
                        r"\blike\s+the\s+(?:one|episode|time)\s+(?:you|she|he|they)\s+had\s+(?:before|last\s+time|in\s+\d{4}|years\s+ago)\b|"
                        # "it fits the depression coming back like it did in twenty twenty one"
                        r"\bdepression\s+(?:is\s+|coming\s+|came\s+|has\s+come\s+)back\s+(?:like|the\s+way)\s+(?:it\s+did|it\s+has|before|"
                        r"last\s+time)\b",
                        re.IGNORECASE)
# the depression's course in its own sentence, for a bare "the depression": "This is the depression coming back the way it
# did in 2021, I think, the recurrent pattern we talked about." (not "the recurring nightmares" beside it)
_RECURRENCE_TOLD = re.compile(r"\brecurren(?:t|ce)\s+(?:pattern|episode|depression|kind|course)\b|"
                              r"\bdepression\s+(?:is\s+|coming\s+|came\s+|has\s+come\s+)back\b", re.IGNORECASE)
# the next sentence naming it a recurrence on its own: "It looks like the major depression has come back, yes. A recurrence."
_RECURRENCE_NEXT = re.compile(r"\W*(?:(?:yes|yeah|so),?\s+)?(?:a|it'?s\s+a|this\s+is\s+a)\s+recurrence\b", re.IGNORECASE)
# Use disorders: mild is coded as abuse (.10), moderate or severe as dependence (.20), remission as .21.
_USE_SEVERITY: tuple[tuple[str, str, str], ...] = (
    (r"\bin (early |sustained )?remission", "21", "in remission"),
    (r"\bmild\b", "10", "mild"),
    (r"\b(moderate|severe)\b", "20", "moderate or severe"),
)


def _specify(code: str, label: str, sentence: str, near: str, after: str) -> tuple[str, str]:
    """The most specific code the sentence supports: ``near`` is the diagnosis with a few words either side
    ("the chronic PTSD", "major depression, severe"), ``after`` the rest of the sentence."""
    if code.startswith("F32") and _RECURRENT.search(sentence):
        code, label = "F33.9", f"{_MDD_LABEL}, recurrent, unspecified"
    if re.match(r"F1[0-9]\.", code) and "use disorder" in label:
        for pat, tail, words in _USE_SEVERITY:
            if re.search(pat, after[:40], re.IGNORECASE):
                return f"{code[:4]}{tail}", f"{label}, {words}"
    if code.startswith("F40.0"):
        if re.search(r"^[^.?!]{0,10}\bwithout panic", after, re.IGNORECASE):
            return "F40.02", "agoraphobia without panic disorder"
        if re.search(r"^[^.?!]{0,10}\bwith panic", after, re.IGNORECASE):
            return "F40.01", "agoraphobia with panic disorder"
    for cat, pat, sub, sublabel in _SPECIFIERS:
        if code.startswith(cat) and re.search(pat, near, re.IGNORECASE):
            return sub, sublabel
    if code.startswith("F43.2"):
        anxious = re.search(r"^[^.?!]{0,40}\bwith\b[^.?!]{0,20}\banxi", after, re.IGNORECASE)
        # ("with anxiety and low mood together": low mood is the depressed mood)
        low = re.search(r"^[^.?!]{0,40}\bwith\b[^.?!]{0,30}\b(?:depress|low\s+mood|sad\s+mood)", after, re.IGNORECASE)
        # (the low mood said after a name that already says the anxiety: "an adjustment disorder, with anxiety and low
        # mood together")
        both = code == "F43.22" and re.search(r"^[^.?!]{0,12}\band\s+(?:low|depressed|sad)\s+mood\b", after, re.IGNORECASE)
        if anxious and low or both:
            return "F43.23", "adjustment disorder with mixed anxiety and depressed mood"
        if anxious:
            return "F43.22", "adjustment disorder with anxiety"
        if low:
            return "F43.21", "adjustment disorder with depressed mood"
    return code, label


_DX_RELATIVE = re.compile(
    r"\b(mom|mum|mam|mother|dad|father|nan|nana|gran|granny|grandad|auntie|sister|brother|husband|wife|partner|boyfriend|girlfriend|friend|roommate|son|"
    r"daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|coworker|boss|ex|parents?|family|"
    r"niece|nephew|stepmom|stepdad|sibling)('s)?\b",
    re.IGNORECASE,
)


# Someone named who has it: "ellie's got the adhd" ("it's got", "that's got" name no one; "Dr. Obi's got you down as"
# is a diagnoser).
_NAMED_HOLDER = re.compile(
    r"\b(?!(it|that|what|there|here|who|this|one|life|everything|everyone|everybody|nobody|somebody|someone|he|she)'s)"
    r"[a-z]+'s got\b(?! (me|you|us|him|her|them)\b)[^.?!]*$",
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


# another participant's own, said so after it: "I've got my inhalers, but that's the COPD, not him."
_SAYING_JUST_BEFORE = re.compile(r"\b(?:doctor|she|he|they|dr\.?\s+\w+)\s+(?:also\s+)?(?:say|says|said|wrote|write|writes)\s+"
                                 r"(?:also\s+)?(?:is\s+|it'?s\s+|it\s+is\s+)?$", re.IGNORECASE)
# ... and the client setting it on someone else: "Comfort has the sugar diabetes, not me."
# what another person's medicine is for: "I carry the inhaler for my daughter, but that one is hers for asthma"
_OTHERS_FOR_BEFORE = re.compile(r"\b(?:is|are|it'?s|that'?s)\s+(?:hers|his|theirs)\s+for\s+(?:the\s+|her\s+|his\s+|their\s+)?$|"
                                # "the salbutamol is for itzel our girl for her asthma"
                                r"\b(?:is|are|it'?s|that'?s)\s+for\s+(?:\w+\s+){1,4}?for\s+(?:her|his|their)\s+$",
                                re.IGNORECASE)
_NOT_MINE = re.compile(r"^[^.?!]{0,15}?,\s*not\s+(?:me|mine|myself)\b", re.IGNORECASE)
_NOT_THE_CLIENTS = re.compile(r"^[^.?!]{0,15}?,?\s*not\s+(?:him|her|them|his|hers|theirs)\b", re.IGNORECASE)


def _speakers_own(speaker: str, before: str) -> bool:
    """A participant other than the client naming their own diagnosis."""
    return (speaker == "other" and bool(_FIRST_PERSON.search(before)) and not _OTHER_PERSON.search(before)
            and not _DX_RELATIVE.search(before))


# "maybe go up on it for the PTSD dreams": the hedge is on the treatment, the diagnosis is what it treats.
_TREATMENT_TARGET = re.compile(r"\bfor (the|my|your|his|her|their) $", re.IGNORECASE)
_HEDGE = re.compile(r"might|could|maybe|perhaps|possibl\w*", re.IGNORECASE)


_REPORTED_FRAME = re.compile(r"(?:said|says|say|wrote|write|call(?:s|ed)?|diagnosed)\b")


def _negated(before: str) -> bool:
    openers = list(_CLAUSE_OPENER.finditer(before))
    scoped = before[openers[-1].end():] if openers else before
    if _DX_NEGATION.search(scoped[-60:]):
        return True
    # the condition said as absent: "Panic disorder, without the agoraphobia, because I still go everywhere"
    if re.search(r"\bwithout\s+(?:the\s+|any\s+|a\s+|an\s+)?$", before, re.IGNORECASE):
        return True
    # a doubt before someone's saying or writing it is not on what they said: "that could be the patch could be da packs
    # ill who know and um she wrote social anxiety on mi crew medical form"
    # (the saying may open the clause the verdict is in: "maybe four hours the doctor say it is shift work sleep disorder")
    said = [o for o in openers[-2:] if re.fullmatch(r"says?|said|wrote|write", o.group(0), re.IGNORECASE)]
    doubt = _DX_DOUBT.search(before[said[-1].end():][-60:] if said else before[-60:])
    if doubt is None:
        return False
    return not (_TREATMENT_TARGET.search(before) and _HEDGE.fullmatch(doubt.group(1)))


def _is_general(speaker: str, before: str) -> bool:
    if not _GENERAL.search(before):
        return False
    own = _SELF_AS_SOMEONE.search(before)
    return not (own and (own.group(1).lower() == "as" or speaker == "client"))


# A letter and two digits is also a vitamin ("the B12"), a highway or a model number: a spoken code counts
# with its subcategory ("F33.1") or where the sentence is about coding or charting.
_CODE_FRAME = re.compile(
    r"\b(codes?|coded|coding|icd|dx|diagnos\w*|chart\w*|bill\w*|down (as|for)|f[- ]code)\b", re.IGNORECASE
)


def _said_as_code(text: str, m: re.Match[str]) -> bool:
    if "." in m.group(0):
        return True
    sent = sentence_at(text, m.start())
    return bool(_CODE_FRAME.search(sent.text))


def _next_sentence(sentences: list[Sentence], sent: Sentence) -> str:
    return next((x.text for x in sentences if x.start > sent.start), "")


# Between two items of one list of diagnoses: "the PTSD and the depression", "depression, and the panic disorder".
_LIST_GAP = re.compile(
    r"\s*(,\s*)?(\b(and|or|plus|as well as|along with|together with|alongside)\b\s*)?"
    # (and a filler in speech: "social anxiety disorder and um depression")
    r"(\b(?:um+|uh+|er+|erm|like)\b,?\s*)?(\b(the|your|my|his|her|their)\b\s*)?",
    re.IGNORECASE,
)


def _listed_with(text: str, s: int, e: int, named: list[tuple[int, int]]) -> bool:
    """Whether the word at ``s:e`` is listed next to a diagnosis the turn names: the list shares its frame."""
    return any(_LIST_GAP.fullmatch(text[e0:s] if e0 <= s else text[e:s0]) for s0, e0 in named if (s0, e0) != (s, e))


# What a medicine is prescribed for is a diagnosis: "the fluoxetine for the depression", "for the depression,
# you're still seeing Dr. Salgado for the medication?"
_MEDICINE = re.compile(r"\b(medications?|medicines?|meds|tablets?|pills?|prescription|prescribed|antidepressants?)\b",
                       re.IGNORECASE)
# (or to prevent it: "she started the propranolol for preventing the migraine")
_TREATED_FOR = re.compile(r"\bfor ((preventing|prevention of|treating|treatment of|controlling) )?((the|your|my|his|her|their) )?$",
                          re.IGNORECASE)
# another person's medicine or care told before "for the depression": "My dad takes sertraline. For the depression he also ..."
_SOMEONE_ELSES = re.compile(r"\b(?:my|his|her|their)\s+" + _DX_RELATIVE.pattern + r"|\b(?:he|she|they)\b", re.IGNORECASE)
# a questionnaire sent or scored for it: "I sent you the PHQ-9 again for the depression"
_MEASURE_FOR = re.compile(r"\b(?:phq-?9|phq-?a|gad-?7|pcl-?5|epds|y-?bocs|questionnaire)\b[^.?!]{0,40}\bfor\s+(?:(?:the|your)\s+)?$", re.IGNORECASE)


_SCORE_RANGE = re.compile(r"\b(?:minimal|mild|moderate|moderately\s+severe|severe)\s+range\b", re.IGNORECASE)


def _framed(text: str, sent: Sentence, following: str, s: int, e: int, named: list[tuple[int, int]]) -> bool:
    """Whether a bare word ("the depression") is said as a diagnosis: someone diagnosing just before it in its
    sentence, a medicine given for it, its kind in this sentence or the next, a severity charted right before or
    after it, or a diagnosis named next to it in a list."""
    near = text[max(sent.start, s - _FRAME_REACH):sent.end]
    # (the medicine may be named a sentence or two before in the turn: "The citalopram ... Twenty since last Friday, Dr
    # Whitby put it up. For the depression, after Monique.")
    treated = _TREATED_FOR.search(text[sent.start:s]) and (_MEDICINE.search(sent.text) or names_a_drug(sent.text)
                                                            or names_a_drug(text[max(0, sent.start - 200):sent.start])
                                                            and not _SOMEONE_ELSES.search(text[max(0, sent.start - 200):s]))
    treated = treated or bool(_MEASURE_FOR.search(text, sent.start, s))
    return bool(_DX_FRAME.search(near) or treated or _KIND_SPECIFIER.search(f"{sent.text} {following}")
                or _CHARTED_AFTER.match(text[e:]) or _CHARTED_BEFORE.search(text, max(sent.start, s - 30), e)
                or _listed_with(text, s, e, named)
                # a score's range read out just before: "It's in the moderately severe range. So the depression is heavier"
                or bool(_SCORE_RANGE.search(text, max(0, s - 160), s))
                # or its course told in its sentence: "This is the depression coming back the way it did in 2021, I think, the
                # recurrent pattern we talked about."
                or bool(_RECURRENCE_TOLD.search(sent.text)))


def _add(by_cat: dict[str, dict[str, Any]], specified: set[str], i: int, code: str, label: str,
         unspecified: tuple[str, str]) -> None:
    cat = code[:3]
    cur = by_cat.get(cat)
    if cur is None:
        by_cat[cat] = {"icd10": code, "label": label, "evidence": [i]}
    else:
        if i not in cur["evidence"]:
            cur["evidence"].append(i)
        more_specific = (code, label) != unspecified and cat not in specified
        # (a type said gives the default's "type not stated" up: "my diabetes ... the type 2, the doctor said")
        stated = cur["label"] == _DIABETES_TYPE_NOT_SAID != label
        if more_specific or stated or (len(code) > len(cur["icd10"]) and cur["icd10"].endswith(".9")):
            cur["icd10"], cur["label"] = code, label
    if (code, label) != unspecified:
        specified.add(cat)


def _denied_by_client(turns: Turns, i: int, said: str) -> bool:
    """Whether the client, in one of the next two turns, denies having the diagnosis someone else put on them
    ("I reckon she's got OCD about the bills." "I don't have OCD, I have a budget.")."""
    denial = re.compile(rf"\b(?:i|i've|i have)?\s*(?:don'?t|do not|haven'?t|have not|ain'?t|never)\s+(?:have|had|got)\s+"
                        rf"(?:an?\s+|the\s+|any\s+)?{re.escape(said)}\b", re.IGNORECASE)
    return any(t.get("speaker") == "client" and denial.search(t.get("text", "")) for t in turns[i + 1:i + 3])


# The long words of the diagnosis names, for names speech recognition split into syllables ("post her pet ic neu ral
# gia" is "post herpetic neuralgia", "hyper tension" "hypertension").
_LONG_NAME_WORDS = frozenset(
    w for entry in _ALL_DIAGNOSES + FRAMED_DIAGNOSES for pat in entry.patterns
    for w in re.findall(r"[a-z]{7,}", re.sub(r"\\[a-zA-Z]", " ", pat)))
_SYLLABLE = re.compile(r"[a-z]{1,7}")


def _ruled_out_later(low: str, s: int, e: int) -> bool:
    """The same condition said not to be the client's later in the turn: "She asked also about bipolar ... So she said
    no, not bipolar.", "she checked for the autism also ... but she said no not autism"."""
    head = re.findall(r"[a-z']+", low[s:e])
    if not head:
        return False
    word = re.escape(head[-1])
    return re.search(rf"\b(?:said|says|say)\s+(?:it'?s\s+|it\s+is\s+)?no\W+not\s+(?:the\s+|a\s+)?{word}\b|"
                     rf"\bno,?\s+(?:it'?s\s+|it\s+is\s+)?not\s+(?:the\s+|a\s+)?{word}\b(?!\s+(?:only|just|alone)\b)",
                     low[e:]) is not None


def _syllables_joined(text: str) -> str:
    """``text`` with runs of two to five short (up to seven letters) lower-case words that together spell one long word of a diagnosis
    name written as that word; other text unchanged (only a transcript without capitals is read so)."""
    if text != text.lower():
        return text
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (5, 4, 3, 2):
            run = words[i:i + n]
            if len(run) == n and all(_SYLLABLE.fullmatch(w) for w in run) and "".join(run) in _LONG_NAME_WORDS:
                out.append("".join(run))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


@lru_cache(maxsize=1)
def _compiled_patterns() -> list[tuple[DxEntry, re.Pattern[str], bool]]:
    """Every diagnosis pattern compiled once (over five hundred: more than ``re``'s own cache holds, so compiling them
    by string on every turn recompiled each of them every turn)."""
    return [(entry, re.compile(pat), bare)
            for entries, bare in ((_ALL_DIAGNOSES, False), (FRAMED_DIAGNOSES + LAY_HEAD_DIAGNOSES, True))
            for entry in entries for pat in entry.patterns]


def extract_diagnoses(turns: Turns) -> list[dict[str, Any]]:
    by_cat: dict[str, dict[str, Any]] = {}
    specified: set[str] = set()
    # bare words in a diagnosing frame, added last so that a named kind ("postpartum depression") wins
    framed_hits: list[tuple[int, str, str, tuple[str, str]]] = []
    multi_party = any(t.get("speaker") == "other" for t in turns)
    for i, t in enumerate(turns):
        text = _syllables_joined(t.get("text", ""))
        speaker = str(t.get("speaker", ""))
        low = text.lower()
        masked = [False] * len(low)
        for m in _INSTRUMENT.finditer(low):
            masked[m.start():m.end()] = [True] * (m.end() - m.start())
        hits: list[tuple[str, str, int, int, bool]] = []
        for m in ICD10_RE.finditer(text):
            if not _said_as_code(text, m):
                continue
            code = m.group(0).upper()
            label = DX_BY_CODE[code].label if code in DX_BY_CODE else code
            hits.append((code, label, m.start(), m.end(), False))
        # (a pattern that needs words around the name to place it marks the name itself as its "dx" group)
        cands = [
            (b - a, a, b, entry, bare)
            for entry, rx, bare in _compiled_patterns()
            for m in rx.finditer(low)
            for a, b in [m.span("dx") if "dx" in m.re.groupindex else m.span()]
        ]
        for _, s0, e0, entry, bare in sorted(cands, key=lambda c: (-c[0], c[1])):
            if any(masked[s0:e0]):
                continue
            for k in range(s0, e0):
                masked[k] = True
            hits.append((entry.code, entry.label, s0, e0, bare))
        sentences = split_sentences(text)
        named_spans: list[tuple[int, int]] = []  # the diagnoses this turn names: they frame a bare word listed with them
        for code, label, s, e, bare in sorted(hits, key=lambda h: h[4]):
            sent = sentence_at(text, s)
            before = clause_before(sent.text, s - sent.start)
            # (a frame that opens with its own saying scopes a no only just before it: "i am not crazy the doctor pineda
            # say is depression" charts the doctor's word; "she never said it was depression" does not)
            # (and a named one just after the doctor's saying: "not the heart is the panic disorder the doctor say panic
            # disorder" charts the doctor's word)
            neg_scope = before[-20:] if bare and _REPORTED_FRAME.match(low, s) or _SAYING_JUST_BEFORE.search(before) else before
            if _negated(neg_scope) or _CONSIDERED_BEFORE.search(before) or _speakers_own(speaker, before) \
                    or _is_general(speaker, before) or (speaker == "other" and _NOT_THE_CLIENTS.match(text[e:])) \
                    or (speaker == "client" and _NOT_MINE.match(text[e:])) or _OTHERS_FOR_BEFORE.search(before):
                continue
            prev_sent = " ".join(x.text for x in sentences if x.end <= sent.start)[-120:]
            own_doctor = _HUMAN_DIAGNOSER.search(sent.text[: s - sent.start])
            if _ANIMAL.search(sent.text[: s - sent.start]) or (_ANIMAL.search(prev_sent) and not own_doctor):
                continue
            if _PART_OF_ANOTHER.search(sent.text[: s - sent.start]):
                continue
            if code.startswith("F41.0") and _PANIC_WITH_AGORAPHOBIA.search(text[e:]):
                code, label = "F40.01", "agoraphobia with panic disorder"
            # the client, or the clinician alone with the client, naming someone: in a family session the name may be the client's
            if _NAMED_HOLDER.search(before) and (speaker == "client" or not multi_party):
                continue
            third = _DX_THIRD_PARTY.search(before)
            if third:
                prev = " ".join(x.text for x in sentences if x.end <= sent.start)[-200:]
                if not _third_party_is_client(speaker, multi_party, third, before, prev):
                    continue
            # (not the client's own that also runs in the family: "I've had the high blood pressure since I was forty,
            # runs in the family")
            superseded = _SUPERSEDED_AFTER.match(f"{text[e:sent.end]} {_next_sentence(sentences, sent)}")
            # (the "not that" of another diagnosis named in between: "it's depression and anxiety and he wondered
            # about a d h d for a bit but said nah it's not that")
            if superseded and any(e < s1 < e + superseded.start(1) for _, _, s1, _, _ in hits) \
                    or superseded and _SPELLED_BETWEEN.search(text, e, e + superseded.start(1)):
                superseded = None
            # (or said not to be it in the same sentence: "The doctor checked also the gout, the blood test, is not gout.")
            not_it = re.match(r"[^.?!]{0,60}\b(?:is|it'?s|it\s+is|was)\s+not\s+(?:the\s+|a\s+)?" + re.escape(low[s:e].split()[-1]) + r"\b",
                              low[e:])
            # (the client's own, told as the doctor's word, with the family's after it: "She said hypertension, it runs
            # in my family, my father also.")
            if (_FAMILY_AFTER.match(text[e:]) and not _OWN_HAD.search(before) and not _SAYING_JUST_BEFORE.search(before)) \
                    or _REJECTED_AFTER.match(text[e:]) or _HANDED_BACK_AFTER.match(text[e:]) \
                    or superseded or not_it:
                continue
            if speaker != "client" and _denied_by_client(turns, i, low[s:e]):
                continue
            if _ruled_out_later(low, s, e):
                continue
            context = sent.text
            following_said = _next_sentence(sentences, sent)
            if _RECURRENCE_NEXT.match(following_said):
                context = f"{sent.text} {following_said}"  # "the major depression has come back, yes. A recurrence."
            if bare:
                following = _next_sentence(sentences, sent)
                if not _framed(text, sent, following, s, e, named_spans) or _HEDGED_AFTER.match(text[e:]):
                    continue
                context = f"{sent.text} {following}"  # "the depression ... She says it's the recurrent kind"
            unspecified = (code, label)
            if code.startswith("F90") and not ICD10_RE.fullmatch(text[s:e]):
                code, label = _ADHD_UNSPECIFIED
                for pat, sub, sublabel in _DX_SUBTYPES:
                    if re.search(pat, context, re.IGNORECASE):
                        code, label = sub, sublabel
                unspecified = _ADHD_UNSPECIFIED
            # a specifier before the name is its own only back to another item of a list: in "alcohol use disorder,
            # moderate, alongside the recurrent depression" the depression's severity was never said
            lead = text[max(sent.start, s - 40):s]
            lead = lead[max((m.end() for m in _LIST_JOIN.finditer(lead)), default=0):]
            code, label = _specify(code, label, context, lead + text[s:e + 60], text[e:sent.end])
            if bare:
                framed_hits.append((i, code, label, unspecified))
            else:
                named_spans.append((s, e))
                _add(by_cat, specified, i, code, label, unspecified)
    named = [d["icd10"] for d in by_cat.values()] + [h[1] for h in framed_hits if h[1].startswith("F33")]
    for i, code, label, unspecified in framed_hits:
        # "the depression" in a session that names its kind is that diagnosis, not a second one
        if code[:3] in ("F32", "F33") and any(n.startswith(_DEPRESSIVE_FAMILY) and n[:3] != code[:3] for n in named):
            continue
        _add(by_cat, specified, i, code, label, unspecified)
    # insomnia is one condition under two chapters (G47.00, F51.0x): charted once, as it was first named ("now she said
    # insomnia also" before the clinician's "right, insomnia disorder")
    if "G47" in by_cat and "F51" in by_cat and by_cat["G47"]["icd10"] == "G47.00" and by_cat["F51"]["icd10"] == "F51.01":
        later = "F51" if min(by_cat["G47"]["evidence"]) <= min(by_cat["F51"]["evidence"]) else "G47"
        del by_cat[later]
    # diabetes said without its type is the type named elsewhere in the session, if one is
    if "E11" in by_cat and by_cat["E11"]["label"] == _DIABETES_TYPE_NOT_SAID and {"E10", "E13", "O24", "E08", "E09"} & set(by_cat):
        del by_cat["E11"]
    # "For the anaemia ... iron deficiency anaemia": the unspecified anaemia is the kind named, not a second condition
    if "D64" in by_cat and by_cat["D64"]["icd10"] == "D64.9" and any("D50" <= c <= "D63" for c in by_cat):
        del by_cat["D64"]
    return list(by_cat.values())
