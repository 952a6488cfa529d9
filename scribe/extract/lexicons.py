"""Curated clinical lexicons for the rules engine and the PHI wall.

* ``MEDICATIONS``: psychiatric drugs (and common co-prescribed ones and
  over-the-counter supplements), generic name -> brand names and usual dose
  unit. Brand -> generic is the RxNorm-style mapping, checked against the drug
  NER package's dictionary by the tests; that package finds everything else.
* ``DIAGNOSES``: lay and clinical wordings -> ICD-10-CM code and label.
* ``INTERVENTIONS``: trigger phrases -> the canonical names in DESIGN.md.
* ``THEMES``: client-language cues -> PHI-free clinical themes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MedEntry:
    generic: str
    brands: tuple[str, ...]
    unit: str = "mg"
    aliases: tuple[str, ...] = ()
    needs_context: bool = False  # also said of food or habits ("magnesium", "nicotine"): only with a taking word


_MEDS: tuple[MedEntry, ...] = (
    # SSRIs / SNRIs / other antidepressants
    MedEntry("sertraline", ("zoloft", "lustral")),
    MedEntry("fluoxetine", ("prozac", "sarafem")),
    MedEntry("escitalopram", ("lexapro", "cipralex")),
    MedEntry("citalopram", ("celexa", "cipramil")),
    MedEntry("paroxetine", ("paxil", "paxil cr", "pexeva", "brisdelle", "seroxat")),
    MedEntry("fluvoxamine", ("luvox", "luvox cr")),
    MedEntry("venlafaxine", ("effexor", "effexor xr")),
    MedEntry("desvenlafaxine", ("pristiq", "khedezla")),
    MedEntry("duloxetine", ("cymbalta", "drizalma")),
    MedEntry("levomilnacipran", ("fetzima",)),
    MedEntry("milnacipran", ("savella",)),
    MedEntry("bupropion", ("wellbutrin", "wellbutrin xl", "wellbutrin sr", "zyban", "aplenzin", "forfivo")),
    MedEntry("dextromethorphan-bupropion", ("auvelity",)),
    MedEntry("mirtazapine", ("remeron", "remeronsoltab")),
    MedEntry("trazodone", ("desyrel", "oleptro")),
    MedEntry("nefazodone", ("serzone",)),
    MedEntry("vortioxetine", ("trintellix", "brintellix")),
    MedEntry("vilazodone", ("viibryd",)),
    MedEntry("gepirone", ("exxua",)),
    MedEntry("zuranolone", ("zurzuvae",)),
    MedEntry("brexanolone", ("zulresso",)),
    MedEntry("amitriptyline", ("elavil",)),
    MedEntry("nortriptyline", ("pamelor", "aventyl")),
    MedEntry("imipramine", ("tofranil",)),
    MedEntry("desipramine", ("norpramin",)),
    MedEntry("clomipramine", ("anafranil",)),
    MedEntry("doxepin", ("silenor", "sinequan")),
    MedEntry("protriptyline", ("vivactil",)),
    MedEntry("trimipramine", ("surmontil",)),
    MedEntry("amoxapine", ()),
    MedEntry("maprotiline", ("ludiomil",)),
    MedEntry("phenelzine", ("nardil",)),
    MedEntry("tranylcypromine", ("parnate",)),
    MedEntry("isocarboxazid", ("marplan",)),
    MedEntry("selegiline", ("emsam", "eldepryl", "zelapar"), aliases=("selegiline patch",)),
    MedEntry("esketamine", ("spravato",)),
    MedEntry("ketamine", ("ketalar",)),
    MedEntry("l-methylfolate", ("deplin",), aliases=("methylfolate", "l methylfolate")),
    # mood stabilisers / anticonvulsants
    MedEntry("lithium", ("lithobid", "eskalith"), aliases=("lithium carbonate", "lithium citrate")),
    MedEntry("lamotrigine", ("lamictal", "lamictal xr", "subvenite")),
    # Depakote is divalproex (the gold's generic); Depakene and the bare word are valproate
    MedEntry("divalproex", ("depakote", "depakote er", "depakote sprinkles"), aliases=("divalproex sodium",)),
    MedEntry("valproate", ("depakene",), aliases=("valproic acid",)),
    MedEntry("carbamazepine", ("tegretol", "equetro", "carbatrol")),
    MedEntry("oxcarbazepine", ("trileptal", "oxtellar")),
    MedEntry("topiramate", ("topamax", "trokendi", "qudexy")),
    MedEntry("gabapentin", ("neurontin", "gralise", "horizant")),
    MedEntry("pregabalin", ("lyrica",)),
    MedEntry("levetiracetam", ("keppra",)),
    MedEntry("zonisamide", ("zonegran",)),
    # antipsychotics
    MedEntry("quetiapine", ("seroquel", "seroquel xr")),
    MedEntry("aripiprazole", ("abilify", "abilify maintena", "abilify asimtufii", "abilify mycite", "aristada",
                              "aristada initio")),
    MedEntry("olanzapine", ("zyprexa", "zyprexa relprevv", "zyprexa zydis")),
    MedEntry("olanzapine-samidorphan", ("lybalvi",)),
    MedEntry("olanzapine-fluoxetine", ("symbyax",)),
    MedEntry("risperidone", ("risperdal", "risperdal consta", "perseris", "uzedy", "rykindo")),
    MedEntry("ziprasidone", ("geodon",)),
    MedEntry("lurasidone", ("latuda",)),
    MedEntry("brexpiprazole", ("rexulti",)),
    MedEntry("cariprazine", ("vraylar",)),
    MedEntry("lumateperone", ("caplyta",)),
    MedEntry("asenapine", ("saphris", "secuado")),
    MedEntry("iloperidone", ("fanapt",)),
    MedEntry("pimavanserin", ("nuplazid",)),
    MedEntry("xanomeline-trospium", ("cobenfy",)),
    MedEntry("paliperidone", ("invega", "invega sustenna", "invega trinza", "invega hafyera", "erzofri")),
    MedEntry("clozapine", ("clozaril", "fazaclo", "versacloz")),
    MedEntry("haloperidol", ("haldol", "haldol decanoate"), aliases=("haloperidol decanoate",)),
    MedEntry("fluphenazine", ("prolixin",), aliases=("fluphenazine decanoate",)),
    MedEntry("chlorpromazine", ("thorazine",)),
    MedEntry("perphenazine", ("trilafon",)),
    MedEntry("loxapine", ("loxitane", "adasuve")),
    MedEntry("thiothixene", ("navane",)),
    MedEntry("trifluoperazine", ("stelazine",)),
    MedEntry("thioridazine", ("mellaril",)),
    MedEntry("pimozide", ("orap",)),
    # movement side effects
    MedEntry("benztropine", ("cogentin",)),
    MedEntry("trihexyphenidyl", ("artane",)),
    MedEntry("amantadine", ("symmetrel", "gocovri")),
    MedEntry("valbenazine", ("ingrezza",)),
    MedEntry("deutetrabenazine", ("austedo",)),
    # anxiolytics / hypnotics
    MedEntry("alprazolam", ("xanax", "xanax xr")),
    MedEntry("lorazepam", ("ativan",)),
    MedEntry("clonazepam", ("klonopin",)),
    MedEntry("diazepam", ("valium",)),
    MedEntry("chlordiazepoxide", ("librium",)),
    MedEntry("temazepam", ("restoril",)),
    MedEntry("triazolam", ("halcion",)),
    MedEntry("oxazepam", ("serax",)),
    MedEntry("clorazepate", ("tranxene",)),
    MedEntry("buspirone", ("buspar",)),
    MedEntry("hydroxyzine", ("vistaril", "atarax")),
    MedEntry("zolpidem", ("ambien", "ambien cr", "edluar")),
    MedEntry("eszopiclone", ("lunesta",)),
    MedEntry("zaleplon", ()),
    MedEntry("ramelteon", ("rozerem",)),
    MedEntry("suvorexant", ("belsomra",)),
    MedEntry("lemborexant", ("dayvigo",)),
    MedEntry("daridorexant", ("quviviq",)),
    MedEntry("diphenhydramine", ("benadryl", "zzzquil")),
    MedEntry("doxylamine", ("unisom",)),
    MedEntry("melatonin", ()),
    MedEntry("propranolol", ("inderal", "inderal la")),
    MedEntry("prazosin", ("minipress",)),
    MedEntry("clonidine", ("catapres", "kapvay")),
    MedEntry("guanfacine", ("intuniv", "tenex")),
    # stimulants / ADHD / wakefulness
    MedEntry("methylphenidate", ("ritalin", "ritalin la", "concerta", "daytrana", "metadate", "quillichew", "quillivant",
                                 "jornay", "jornay pm", "aptensio", "cotempla", "relexxii", "methylin")),
    MedEntry("dexmethylphenidate", ("focalin", "focalin xr")),
    MedEntry("serdexmethylphenidate-dexmethylphenidate", ("azstarys",)),
    MedEntry("amphetamine-dextroamphetamine", ("adderall", "adderall xr", "mydayis"),
             aliases=("mixed amphetamine salts", "dextroamphetamine-amphetamine")),
    MedEntry("dextroamphetamine", ("dexedrine", "zenzedi", "procentra", "xelstrym")),
    MedEntry("amphetamine", ("evekeo", "adzenys", "dyanavel")),
    MedEntry("lisdexamfetamine", ("vyvanse",)),
    MedEntry("methamphetamine", ("desoxyn",)),
    MedEntry("atomoxetine", ("strattera",)),
    MedEntry("viloxazine", ("qelbree",)),
    MedEntry("modafinil", ("provigil",)),
    MedEntry("armodafinil", ("nuvigil",)),
    MedEntry("solriamfetol", ("sunosi",)),
    # dementia
    MedEntry("donepezil", ("aricept",)),
    MedEntry("memantine", ("namenda",)),
    MedEntry("rivastigmine", ()),  # its brand, Exelon, is also a power company
    MedEntry("galantamine", ("razadyne",)),
    # substance use
    MedEntry("naltrexone", ("vivitrol", "revia")),
    MedEntry("buprenorphine", ("subutex", "sublocade", "brixadi", "butrans")),
    MedEntry("buprenorphine-naloxone", ("suboxone", "zubsolv", "bunavail")),
    MedEntry("methadone", ("methadose", "dolophine")),
    MedEntry("naloxone", ("narcan", "kloxxado", "zimhi")),
    MedEntry("lofexidine", ("lucemyra",)),
    MedEntry("disulfiram", ("antabuse",)),
    MedEntry("acamprosate", ("campral",)),
    MedEntry("varenicline", ("chantix", "champix")),
    MedEntry("nicotine", ("nicoderm", "nicorette"),
             aliases=("nicotine patch", "nicotine patches", "nicotine gum", "nicotine lozenge", "nicotine lozenges"),
             needs_context=True),
    # over-the-counter supplements people take for mood and sleep: said in ordinary talk too,
    # so a supplement counts only in a sentence about taking something
    MedEntry("vitamin d", (), unit="units", aliases=("vitamin d3", "vitamin d 3", "cholecalciferol"), needs_context=True),
    MedEntry("vitamin b12", (), unit="mcg", aliases=("b12", "cyanocobalamin"), needs_context=True),
    MedEntry("magnesium", (), aliases=("magnesium glycinate", "magnesium citrate", "magnesium oxide"),
             needs_context=True),
    MedEntry("fish oil", (), aliases=("omega-3", "omega 3", "omega-3s", "omega threes", "omega three"), needs_context=True),
    MedEntry("st. john's wort", (), aliases=("st john's wort", "saint john's wort", "st. johns wort", "st johns wort"),
             needs_context=True),
    MedEntry("ashwagandha", (), needs_context=True),
    MedEntry("valerian", (), aliases=("valerian root",), needs_context=True),
    MedEntry("l-theanine", (), aliases=("l theanine", "theanine"), needs_context=True),
    MedEntry("5-htp", (), aliases=("5 htp", "five htp"), needs_context=True),
    MedEntry("sam-e", (), needs_context=True),
    MedEntry("kava", (), needs_context=True),
    MedEntry("cannabidiol", (), aliases=("cbd oil", "cbd gummies", "cbd"), needs_context=True),
    MedEntry("n-acetylcysteine", (), aliases=("n-acetyl cysteine", "nac"), needs_context=True),
    MedEntry("inositol", (), needs_context=True),
    MedEntry("folic acid", (), unit="mcg", needs_context=True),
    # common non-psychiatric co-medications
    MedEntry("levothyroxine", ("synthroid", "levoxyl", "unithroid", "euthyrox", "tirosint"), unit="mcg"),
    MedEntry("liothyronine", ("cytomel",), unit="mcg"),
    MedEntry("metformin", ("glucophage",)),
    MedEntry("lisinopril", ("zestril", "prinivil")),
    MedEntry("sumatriptan", ("imitrex",)),
    MedEntry("ibuprofen", ("advil", "motrin")),
    MedEntry("naproxen", ("aleve", "naprosyn")),
    MedEntry("acetaminophen", ("tylenol",)),
    MedEntry("atorvastatin", ("lipitor",)),
    MedEntry("albuterol", ("ventolin", "proair")),
    MedEntry("montelukast", ("singulair",)),
    MedEntry("omeprazole", ("prilosec",)),
    MedEntry("pantoprazole", ("protonix",)),
    MedEntry("apixaban", ("eliquis",)),
    MedEntry("rivaroxaban", ("xarelto",)),
    MedEntry("warfarin", ("coumadin", "jantoven")),
    MedEntry("metoprolol", ("lopressor", "toprol", "toprol xl")),
    MedEntry("amlodipine", ("norvasc",)),
    MedEntry("losartan", ("cozaar",)),
    MedEntry("semaglutide", ("ozempic", "wegovy", "rybelsus")),
    MedEntry("tirzepatide", ("mounjaro", "zepbound")),
    MedEntry("ondansetron", ("zofran",)),
    MedEntry("cyclobenzaprine", ("flexeril",)),
    MedEntry("tramadol", ("ultram",)),
    MedEntry("prednisone", ("deltasone",)),
    MedEntry("cetirizine", ("zyrtec",)),
    MedEntry("loratadine", ("claritin",)),
    MedEntry("spironolactone", ("aldactone",)),
    MedEntry("amoxicillin", ("amoxil",)),
)

MEDICATIONS: dict[str, MedEntry] = {m.generic: m for m in _MEDS}

# surface form (lowercase) -> generic
MED_SURFACE: dict[str, str] = {}
for _m in _MEDS:
    MED_SURFACE[_m.generic] = _m.generic
    for _s in _m.brands + _m.aliases:
        MED_SURFACE[_s] = _m.generic

# Words the drug NER package flags that are ordinary English in a session.
DRUG_NER_STOPWORDS = frozenset(
    {
        "sleep", "water", "alcohol", "coffee", "caffeine", "oxygen", "iron", "salt",
        "sugar", "nicotine", "ecstasy", "speed", "crack", "ice", "molly", "pot",
        "grass", "weed", "tea", "vitamin", "calcium", "zinc", "magnesium", "fish oil",
        "hope", "joy", "ally", "allegra", "max", "bliss", "cannabis", "marijuana",
        "heroin", "cocaine", "meth", "pain", "energy", "tobacco", "insulin",
        "aspirin", "placebo", "serotonin", "dopamine", "estrogen", "testosterone",
        "cortisol", "adrenaline", "epinephrine", "glucose", "protein", "folate",
    }
)

# Illicit substances the wall always redacts, though medication extraction ignores them above.
WALL_SUBSTANCES = frozenset({"heroin", "cocaine", "meth", "ecstasy", "molly", "cannabis", "marijuana"})

# Single-word ICD-10-CM chapter A-Q terms that are ordinary English in a session ("pain", "blood",
# "stroke", "scar"): the wall leaves these to context; everything else in the vocabulary is redacted.
ICD_ORDINARY = frozenset(
    """blood hand pain boil itch pin scar sinus worms taco pres felon absent excessive irregular infant
    injury plague stroke calculus callus ganglion lichen freckles birthmark overweight cluttering lisping
    stuttering sleepwalking sundowning sedative endocrine hypertonic cardiac rectal thoracic lobulated cloaca
    amelia laceration instability effusion dehydration indigestion toothache backache sunburn thrush greyness
    malnutrition obliteration malposition collapse arrest trauma fever headache""".split()
)

# Number words for spoken doses ("fifty milligrams", "point five").
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1000}

# The people a client names by relation ("my sister", "my boss"): a name may follow ("my friend jess"),
# and a figure of speech is not about them ("my sister was a nurse" is literal).
RELATIONS: frozenset[str] = frozenset(
    "friend friends bestie sister brother sis bro mom mother dad father stepdad stepmom stepfather stepmother "
    "stepson stepdaughter stepbrother stepsister wife husband son daughter cousin niece nephew grandma grandpa "
    "grandmother grandfather grandson granddaughter aunt uncle boss coworker co-worker roommate boyfriend "
    "girlfriend partner fiance fiancee fiancé ex sponsor therapist counselor teacher neighbor neighbour supervisor "
    "manager baby kid kids buddy classmate landlord landlady".split()
)

UNIT_SURFACE: dict[str, str] = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "migs": "mg", "mgs": "mg",
    "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg", "µg": "mcg", "ug": "mcg",
    "g": "g", "gram": "g", "grams": "g",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml",
    "mcgs": "mcg", "micro grams": "mcg",
    "units": "units", "unit": "units", "iu": "units", "international units": "units",
}


@dataclass(frozen=True)
class DxEntry:
    code: str
    label: str
    patterns: tuple[str, ...]  # regexes on lowercase text


_DX: tuple[DxEntry, ...] = (
    DxEntry("F33.1", "major depressive disorder, recurrent, moderate",
            (r"recurrent (major )?depress\w*", r"major depressive disorder,? recurrent", r"\bmdd,? recurrent",
             r"recurrent episodes? of (major )?depression", r"(major )?depression,? recurrent",
             r"depression (that|which) keeps coming back")),
    DxEntry("F32.9", "major depressive disorder, single episode, unspecified",
            (r"major depressi\w*( disorder)?", r"\bmdd\b", r"clinical depression",
             r"depressive disorder", r"diagnos\w* (with |of )?depression",
             r"depression diagnosis", r"unipolar depression", r"major depression", r"(major )?depressive episode",
             r"depression,? single episode")),
    DxEntry("F34.1", "dysthymic disorder",
            (r"persistent depressive disorder", r"dysthymi\w*")),
    DxEntry("F31.81", "bipolar II disorder",
            (r"bipolar (ii|2|two)\b", r"bipolar disorder,? type (ii|2|two)",
             r"type (two|2|ii) bipolar")),
    DxEntry("F31.9", "bipolar disorder, unspecified",
            (r"bipolar (i|1|one)\b", r"bipolar( disorder)?", r"manic[- ]depress\w*",
             r"type (one|1|i) bipolar")),
    DxEntry("F34.0", "cyclothymic disorder", (r"cyclothymi\w*",)),
    DxEntry("F41.1", "generalized anxiety disorder",
            (r"generali[sz]ed anxiety( disorder)?", r"\bgad\b")),
    DxEntry("F41.0", "panic disorder",
            (r"panic disorder", r"panic attack disorder", r"diagnos\w* (with |of )?panic")),
    DxEntry("F40.10", "social anxiety disorder",
            (r"social anxiety( disorder)?", r"social phobia")),
    DxEntry("F40.00", "agoraphobia", (r"agoraphobi\w*",)),
    DxEntry("F40.298", "specific phobia", (r"specific phobia",)),
    DxEntry("F43.10", "post-traumatic stress disorder",
            (r"\bptsd\b", r"post[- ]?traumatic stress( disorder)?", r"\bp\.t\.s\.d\.?",
             r"\bc-?ptsd\b", r"complex trauma disorder")),
    DxEntry("F43.0", "acute stress reaction", (r"acute stress (disorder|reaction)",)),
    DxEntry("F43.20", "adjustment disorder",
            (r"adjustment disorder",)),
    DxEntry("F42.2", "obsessive-compulsive disorder",
            (r"\bocd\b", r"obsessive[- ]compulsive( disorder)?")),
    DxEntry("F42.3", "hoarding disorder", (r"hoarding disorder",)),
    DxEntry("F90.2", "attention-deficit hyperactivity disorder",
            (r"\badhd\b", r"\ba\.d\.h\.d\.?", r"\badd\b(?= diagnosis)",
             r"attention[- ]deficit( hyperactivity)?( disorder)?")),
    DxEntry("F60.3", "borderline personality disorder",
            (r"borderline personality( disorder)?", r"\bbpd\b")),
    DxEntry("F60.81", "narcissistic personality disorder",
            (r"narcissistic personality( disorder)?",)),
    DxEntry("F50.00", "anorexia nervosa", (r"anorexi\w*",)),
    DxEntry("F50.2", "bulimia nervosa", (r"bulimi\w*",)),
    DxEntry("F50.81", "binge eating disorder", (r"binge[- ]eating disorder",)),
    DxEntry("F50.9", "eating disorder, unspecified", (r"eating disorder",)),
    DxEntry("F10.20", "alcohol use disorder",
            (r"alcohol use disorder", r"alcoholism", r"alcohol dependence",
             r"alcohol addiction")),
    DxEntry("F12.20", "cannabis use disorder", (r"cannabis use disorder",)),
    DxEntry("F11.20", "opioid use disorder",
            (r"opioid use disorder", r"opioid addiction", r"opioid dependence")),
    DxEntry("F14.20", "cocaine use disorder", (r"cocaine use disorder",)),
    DxEntry("F17.210", "nicotine dependence", (r"nicotine dependence",)),
    DxEntry("F51.01", "insomnia disorder", (r"insomnia disorder", r"primary insomnia",
                                          r"chronic insomnia")),
    DxEntry("F20.9", "schizophrenia", (r"schizophreni\w*",)),
    DxEntry("F25.9", "schizoaffective disorder", (r"schizoaffective( disorder)?",)),
    DxEntry("F84.0", "autism spectrum disorder",
            (r"autism( spectrum( disorder)?)?", r"\basd\b", r"asperger\w*")),
    DxEntry("F53.0", "postpartum depression",
            (r"post[- ]?partum depression", r"perinatal depression")),
    DxEntry("F32.81", "premenstrual dysphoric disorder",
            (r"premenstrual dysphoric( disorder)?", r"\bpmdd\b")),
    DxEntry("F44.81", "dissociative identity disorder",
            (r"dissociative identity( disorder)?",)),
    DxEntry("F45.21", "illness anxiety disorder",
            (r"illness anxiety( disorder)?", r"hypochondria\w*")),
    DxEntry("F63.81", "intermittent explosive disorder",
            (r"intermittent explosive( disorder)?",)),
    DxEntry("F91.3", "oppositional defiant disorder", (r"oppositional defiant( disorder)?", r"\bodd\b(?= diagnosis)",
                                                      r"the odd\b")),
    DxEntry("F91.9", "conduct disorder", (r"conduct disorder",)),
    DxEntry("F93.0", "separation anxiety disorder", (r"separation anxiety( disorder)?",)),
    DxEntry("F94.0", "selective mutism", (r"selective mutism",)),
    DxEntry("F94.1", "reactive attachment disorder", (r"reactive attachment( disorder)?",)),
    DxEntry("F95.2", "Tourette's disorder", (r"tourette'?s?( syndrome| disorder)?",)),
    DxEntry("F95.9", "tic disorder, unspecified", (r"tic disorder",)),
    DxEntry("F34.81", "disruptive mood dysregulation disorder",
            (r"disruptive mood dysregulation( disorder)?", r"\bdmdd\b")),
    DxEntry("F45.22", "body dysmorphic disorder", (r"body dysmorphi\w*( disorder)?", r"\bbdd\b")),
    DxEntry("F63.3", "trichotillomania", (r"trichotillomania", r"hair[- ]pulling disorder")),
    DxEntry("F42.4", "excoriation disorder", (r"excoriation( disorder)?", r"skin[- ]picking disorder")),
    DxEntry("F63.0", "gambling disorder", (r"gambling (disorder|addiction)", r"pathological gambling")),
    DxEntry("F51.5", "nightmare disorder", (r"nightmare disorder",)),
    DxEntry("F45.1", "somatic symptom disorder", (r"somatic symptom disorder", r"somati[sz]ation disorder")),
    DxEntry("F44.4", "conversion disorder", (r"conversion disorder", r"functional neurological( symptom)? disorder")),
    DxEntry("F48.1", "depersonalization-derealization disorder",
            (r"depersonali[sz]ation(-derealization)? disorder", r"derealization disorder")),
    DxEntry("F43.81", "prolonged grief disorder", (r"prolonged grief( disorder)?", r"complicated grief")),
    DxEntry("F43.21", "adjustment disorder with depressed mood", (r"adjustment disorder,? with depressed mood",)),
    DxEntry("F43.22", "adjustment disorder with anxiety", (r"adjustment disorder,? with anxiety",)),
    DxEntry("F43.23", "adjustment disorder with mixed anxiety and depressed mood",
            (r"adjustment disorder,? with mixed anxiety( and depressed mood)?",)),
    DxEntry("F15.20", "stimulant use disorder",
            (r"(stimulant|amphetamine|meth(amphetamine)?) use disorder",)),
    DxEntry("F13.20", "sedative, hypnotic or anxiolytic use disorder",
            (r"(sedative|benzodiazepine|benzo) use disorder",)),
    DxEntry("F60.7", "dependent personality disorder", (r"dependent personality( disorder)?",)),
    DxEntry("F60.6", "avoidant personality disorder", (r"avoidant personality( disorder)?",)),
    DxEntry("F60.2", "antisocial personality disorder", (r"antisocial personality( disorder)?",)),
    DxEntry("F22", "delusional disorder", (r"delusional disorder",)),
    DxEntry("F23", "brief psychotic disorder", (r"brief psychotic( disorder)?",)),
    DxEntry("F06.31", "depressive disorder due to another medical condition", ()),
    DxEntry("F33.8", "other recurrent depressive disorders (seasonal pattern)",
            (r"seasonal affective( disorder)?", r"seasonal (pattern )?depression", r"\bsad\b(?= diagnosis)")),
    DxEntry("F17.200", "nicotine dependence", (r"tobacco use disorder", r"nicotine use disorder")),
    DxEntry("F40.298", "specific phobia",
            (r"(needle|blood|injection|flying|spider|dog|height|driving|vomit|elevator|storm)s? phobia",
             r"phobia of \w+", r"\w+phobia\b(?<!agoraphobia)")),
    DxEntry("F64.0", "gender dysphoria", (r"gender dysphoria",)),
    DxEntry("F41.9", "anxiety disorder, unspecified",
            (r"anxiety disorder", r"diagnos\w* (with |of )?anxiety",
             r"anxiety diagnosis")),
    DxEntry("F39", "mood disorder, unspecified", (r"mood disorder",)),
    DxEntry("G47.00", "insomnia, unspecified", ()),
)

DIAGNOSES: tuple[DxEntry, ...] = _DX
DX_BY_CODE: dict[str, DxEntry] = {d.code: d for d in _DX}
ICD10_RE = re.compile(r"\b[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b")

# Canonical intervention -> trigger regexes (lowercase text, clinician turns mainly).
INTERVENTIONS: dict[str, tuple[str, ...]] = {
    "cognitive restructuring": (
        r"\bwhat evidence\b", r"\bevidence (do you have|is there|for (it|that|this)|against (it|that|this))", r"\bbalanced (way|thought|view|version|take)", r"(is there|what\'s|what is) (another|a different|a more (helpful|realistic|accurate|balanced)) way (to|of) (look|see|think|say)", r"\banother way (to|of) (look|see|think about) (at )?(it|that|this)", r"what would you (say|tell) (to )?(a|your) (friend|sister|brother|kid|child|daughter|son)", r"\b(thought|feeling),? (or|versus|vs\.?) (a )?fact\b",
        r"cognitive restructuring", r"evidence (for|against) (that|this|the) thought",
        r"(challenge|reframe|reframing|rework|examine) (that|this|the|those|these) thought",
        r"(a )?(more )?balanced (thought|perspective|way of (looking|seeing))",
        r"alternative (thought|explanation|way to look)", r"thinking trap",
        r"cognitive distortion", r"all[- ]or[- ]nothing", r"catastrophi[sz]\w*",
        r"mind[- ]reading", r"fortune[- ]telling", r"reframe\b", r"reframing",
        r"what would you (say|tell) (to )?a friend",
    ),
    "behavioral activation": (
        'stop doing (the )?things', '(doing|do) things before you feel', 'before you feel (motivated|like it)', 'schedule (one|a|two|some) (\\w+ )?(plan|activity|activities|thing)', 'what used to (lift|bring you|make you feel)', 'activity first', 'get(ting)? you moving', '(give|gives|gave) (us|you) a (little )?lift', 'motivation (usually |often )?(comes|follows)', 'wait (until|to|for) (we |you )?(feel|to feel) (motivated|like)', '(one|two|three|a few) (small |pleasant |enjoyable )?activities', 'rate your mood before and after', 'the mood follows',
        r"behaviou?ral activation", r"activity schedul\w*", r"schedul\w* (some |a few )?"
        r"(pleasant|enjoyable|small) (activit|thing)", r"pleasant activit",
        r"(plan|pick|choose) (one|two|a few|some) (small )?(activities|things you (used to )?enjoy)",
        r"activity (log|monitoring|plan)", r"mastery and pleasure",
    ),
    "exposure": (
        r"\bstay until (the |your )?(anxiety|fear|discomfort|urge|numbers?|it) (drops|comes down|goes down|falls|passes)", r"\b(sit|wait|stay)(ing)? (here |there )?without (washing|checking|leaving|escaping|cleaning|reassur\w*)", r"\bno leaving (early)?\b|\bdon\'t (reach for the|wash|check|escape)\b", r"\bon purpose,? to (bring on|trigger|feel)\b|\bbring on the (dizziness|sensations?|symptoms?|racing heart)", r"\b(teach\w*|learns?) (your )?(brain|body)( that)? [^.?!]{0,40}(isn\'t|is not|wasn\'t|not) (dangerous|a threat)", r"\b(fear|anxiety) (drops|comes down|goes down|will drop|falls) (if|when|as) you (stay|don\'t)",
        'safety behaviou?rs?', 'face (the|your) fears?', 'habituat\\w*', '(anxiety|fear) (will )?(go|come|comes|goes) down on its own', 'stay (in|with) (it|the situation) until', '(next|first) (step|rung) (on|of) (the|your) (ladder|hierarchy)',
        r"\bexposure\b", r"fear (hierarchy|ladder)", r"exposure (hierarchy|ladder)",
        r"\bhierarchy\b", r"\bsuds\b", r"subjective units of distress",
        r"response prevention", r"\berp\b", r"approach (the|your) fear",
        r"stay (with|in) the (anxiety|discomfort) until it",
    ),
    "psychoeducation": (
        r"\b(a|an) (panic attack|flashback|compulsion|intrusive thought|craving|trauma response) is\b", r"\b(body\'s|brain\'s) alarm|\bfires the alarm|\balarm system\b", r"\bpeaks? and (passes|falls|drops|comes down)", r"\bfeels dangerous,? but (it )?(isn\'t|is not)", r"\b(can i|i want to|let me) (explain|go over|walk you through|take a (few )?minutes (on|to))",
        'many people (with|who)', '\\badrenaline\\b', 'what (happens|is happening) (in|to) your (body|brain)', '(is|are) (a )?(normal|common|natural|expected) (response|reaction|part)', 'this is what (anxiety|panic|depression|trauma|grief) does', 'research (shows|tells us)', 'let me (explain|walk you through) (how|what|why)',
        '(share|say something|talk a (bit|little)|explain( a bit)?) about', '(part of|symptom of|sign of) the (depression|anxiety|anorexia|adhd|ptsd|trauma|illness|disorder|bipolar|ocd|panic|eating disorder)', 'not a (character flaw|sign that you|personal failing|weakness)', 'a medical condition', "\\b(the|your) (brain|body|nervous system)('s)? (is|gets|does|doesn't|works|reacts|attention|can)", "(it's|that's|is) (really |very |completely )?(common|normal) (with|for|in|when|to|not)", '(works|helps) for a lot of people', '\\bwith (bipolar( disorder)?|depression|adhd|ptsd|anxiety|ocd|panic( disorder)?|trauma|anorexia),? (a|an|the|sleep|it|there|people|most|many|your)\\b', '\\b(affects|is how) (working memory|the brain|your brain|attention|mood)',
        r"psychoeducation", r"fight[- ]or[- ]flight", r"let me explain (how|what|why)",
        r"(how|why) (anxiety|panic|depression|trauma) (works|affects|shows up)",
        r"(the|this is the) (cognitive|cbt) (triangle|model)", r"window of tolerance",
        r"(is|are) a (common|normal) (response|reaction) to",
        r"what (we know|research shows) about", r"cycle of (anxiety|avoidance|panic)",
        r"avoidance (keeps|maintains|feeds)",
    ),
    "mindfulness": (
        r"mindful\w*", r"body scan", r"notice (your|the) breath without",
        r"(observe|notice) (the|your) thoughts? (like|as) (leaves|clouds)",
        r"leaves on a stream", r"present moment", r"non[- ]?judgment\w*",
    ),
    "relaxation training": (
        r"\b(deep|diaphragmatic|belly|box|square|4-7-8|slow|candle|birthday[- ]candle|balloon|calming|abdominal) breath(s|ing|e)?\b", r"\bbreathe in (for|through)\b|\bhold for (four|4)\b", r"\bhand on your (chest|belly|stomach)\b|\bout-?breath\b|\bin-?breath\b", r"\bblow out (each|the|your) (\w+ )?candles?\b",
        r"progressive muscle relaxation", r"\bpmr\b", r"relaxation (training|exercise|technique)",
        r"(deep|diaphragmatic|belly|box|4-7-8|slow) breathing", r"breathing (exercise|technique)",
        r"tense and (then )?release", r"guided imagery",
    ),
    "motivational interviewing": (
        r"\bhow (important|ready|confident|motivated|willing)[^.?!]{0,60}\b(zero|0|one|1) to (ten|10)\b", r"\bwhy (a|an) \w+ and not (a|an) \w+", r"\bwhat does (drinking|using|smoking|gambling|vaping|the (drinking|alcohol|weed|bottle|drug|using)) do for you\b", r"\b(not-so-good|less good) (side|things)\b|\bthe good side\b", r"\bpart of you (wants|is|feels)[^.?!]*\b(and|but) (part|another part) of you\b", r"\b(what\'s )?one (small )?step you(\'d| would) be willing",
        r"motivational interviewing", r"how (ready|important|confident)\b.{0,40}scale",
        r"on a scale of (zero|0|one|1) to (ten|10),? how (ready|important|confident|motivated)",
        r"pros and cons of (changing|cutting|quitting|stopping|drinking|using|continuing)",
        r"decisional balance", r"change talk",
        r"what would (it|things|your life) (be|look) like if you (quit|stopped|cut)",
        r"(what|how) (are|is) (the|some) (good things|downsides?|benefits?) (about|of) "
        r"(drinking|using|smoking|cutting back|quitting)",
        r"ambivalen\w*",
    ),
    "problem solving": (
        r"\b(list|lay out|brainstorm|write down|go through) (all |every |each |the |your |some )*(possible )?(options?|solutions?|choices)\b", r"\b(good|bad) (about|with) each\b", r"\bwhich (one|option|idea) (would|will|do|could) you (try|pick|choose|go with)\b",
        'problem[- ]solv\\w*', '(what are|what) (some |the )?options', 'what options (are there|do you have)',
        r"problem[- ]solving", r"brainstorm\w*", r"(list|lay out|weigh) (the |your |some )?options",
        r"break (it|this|that) (down )?into (smaller )?(steps|pieces)",
        r"(pros and cons of each|pick one option)",
    ),
    "safety planning": (
        r"\b(make|write|build|put together|come up with)( down| out)? (a|the|our) plan,? together\b", r"\b(plan|what you\'ll do) (for|on) (those|the) (nights|times|moments|days)\b", r"\bwho (can|could|would) you (call|text|go to|reach out to)\b",
        '(make|build|write) a plan for (the times|when (the|those|these) (thoughts|urges))',
        r"safety plan\w*", r"crisis (line|plan)", r"\b988\b", r"nine eight eight",
        r"warning signs.{0,60}(coping|call|reach)", r"means restriction",
        r"(lock|locked|locking) (up|away) (the )?(pills|medication|gun|firearm)",
    ),
    "distress tolerance skills": (
        r"distress tolerance", r"\btipp\b", r"(cold|ice) water (on|to) your face",
        r"radical acceptance", r"self[- ]sooth\w*", r"\baccepts\b skill", r"urge surf\w*",
        r"ride (out )?the urge",
    ),
    "emotion regulation skills": (
        r"\b(feelings?|emotions?|anger|worry) (thermometer|meter|scale)\b", r"\b(rate|name|label) (the|your|that) (feeling|emotion)\b",
        r"emotion regulation", r"opposite action", r"check the facts", r"\bplease skills?\b",
        r"name (it|the emotion|the feeling) to tame", r"(label|labeling|naming) (the|your) emotion",
        r"emotion wheel", r"feelings wheel",
    ),
    "interpersonal effectiveness skills": (
        r"interpersonal effectiveness", r"dear ?man", r"\bgive skills?\b", r"\bfast skills?\b",
    ),
    "emdr": (r"\bemdr\b", r"bilateral (stimulation|tapping)", r"eye movement desensiti[sz]ation",
             r"(follow|track) my (fingers|hand)"),
    "imagery rescripting": (r"imagery rescripting", r"rescript\w*",
                            r"(change|rewrite) (the|how the) (ending|image)"),
    "role play": (
        r"\b(let\'s|let us|we can|can we) (practi[sc]e|rehearse) (saying|what you(\'ll|\'d| will| would) say|asking (him|her|them|your)|telling (him|her|them|your))", r"\bpretend i\'m\b",
        "\\bi('ll| will) (be|play) [a-z. ]{2,25}[.,] you\\b", 'pretend (you|i|that)',r"role[- ]?play\w*", r"(practice|rehearse) (what you('d| would) say|the conversation)",
                  r"i('ll| will) (be|play) (your|him|her|them)", r"let's rehearse",
                  r"\bi('ll| will) (be|play|pretend to be) (the |your |dr\. |mr\. |ms\. |mrs\. )?[a-z]+[.!]?$"),
    "thought record": (r"thought (record|log|diary)", r"(cbt|automatic thought) (worksheet|record)",
                       r"seven[- ]column", r"abc (worksheet|model)"),
    "values clarification": (
        r"\b(kind|sort|type) of (\w+ )?(person|parent|partner|mom|dad|mother|father|friend|husband|wife|son|daughter|leader) (you want|do you want|you\'d like) to be", r"\bwhat matters most\b", r"\b(strong|important|core|deep) value\b",
        '\\bvalues\\b', 'what (do )?you (really )?value',r"values? clarification", r"(your|core|personal) values\b",
                             r"what matters (most )?to you", r"values (card|sort|exercise)",
                             r"what kind of (person|parent|partner) do you want to be"),
    "grounding": (r"\bgrounding\b", r"5-4-3-2-1", r"five[, -]+four[, -]+three",
                  r"five things you (can )?see", r"(press|plant|put) your feet (on|against|into) the floor", r"feet on the floor,? (and )?(name|notice|tell)",
                  r"name (three|four|five|3|4|5) things",
                  r"name (five|5) things"),
    "sleep hygiene": (r"sleep hygiene", r"(screens?|phone|caffeine) (before|after|in) (bed|the evening|\w+ pm)",
                      r"(consistent|regular|same) (bed ?time|wake(-up)? time|sleep schedule)",
                      r"stimulus control", r"bed (is )?only for sleep", r"wind[- ]down routine"),
    "trauma narrative": (r"trauma narrative", r"(write|tell|walk through) (the|your) (story|narrative) of",
                         r"written exposure", r"impact statement", r"narrative exposure"),
    "communication skills training": (
        'reflect (back )?what you heard', 'what did you hear\\b', 'starting with \\"?i\\b', 'listener (rules|role)', '(good|great) listening', 'hearing each other', '(say|tell \\w+) what you need',
        r"communication skills?", r"\bi[- ]statements?\b", r"active listening",
        r"(reflect|paraphrase) back what (she|he|they|your \w+) (said|heard)",
        r"speaker[- ]listener", r"(use|using) \"?i feel", r"soft(ened)? start[- ]?up",
        r"without (blaming|criticizing)",
    ),
}

# Theme lexicon: client-language cue regexes -> PHI-free theme label.
THEMES: dict[str, tuple[str, ...]] = {
    "self-worth and self-criticism": (
        r"\b(worthless|failure|not good enough|hate myself|stupid|useless|pathetic|"
        r"disappointment|loser|burden)\b",),
    "shame and guilt": (r"\b(ashamed|shame|guilt|guilty|embarrass\w*|my fault)\b",),
    "grief and loss": (r"\b(grie\w*|passed away|died|death of|funeral|loss|lost (my|her|him)|miss (her|him|them))\b",),
    "relationship conflict": (r"\b(argu\w*|fight(ing)?|fought|divorce|broke up|breakup|yell\w*|"
                              r"partner|husband|wife|boyfriend|girlfriend|marriage)\b",),
    "family dynamics": (r"\b(mom|mother|dad|father|parents?|sister|brother|sibling|family|son|daughter|kids?)\b",),
    "work and performance pressure": (r"\b(work|job|boss|deadline|manager|coworker|office|fired|promotion|shift)\b",),
    "academic pressure": (r"\b(school|class|exam|grades?|college|homework|teacher|semester|finals)\b",),
    "anxiety and worry": (r"\b(anxious|anxiety|worr\w*|nervous|panic\w*|on edge|racing thoughts|dread)\b",),
    "low mood and hopelessness": (r"\b(sad|depress\w*|hopeless|empty|numb|down|crying|cry|no point)\b",),
    "isolation and loneliness": (r"\b(alone|lonely|loneliness|isolat\w*|no friends|nobody)\b",),
    "anger and irritability": (r"\b(angry|anger|furious|irritab\w*|snap(ped)?|rage|frustrat\w*)\b",),
    "trauma and safety": (r"\b(trauma\w*|flashback\w*|nightmare\w*|assault\w*|abuse\w*|unsafe|accident)\b",),
    "control and perfectionism": (r"\b(perfect\w*|control|mistake\w*|everything right|overwhelm\w*)\b",),
    "substance use and cravings": (r"\b(drink\w*|drunk|alcohol|beer|wine|craving\w*|high|weed|using again|relapse\w*|sober)\b",),
    "sleep and exhaustion": (r"\b(sleep\w*|insomnia|tired|exhausted|awake|can't rest)\b",),
    "body image and eating": (r"\b(weight|eating|food|binge\w*|purg\w*|body|fat)\b",),
    "avoidance": (r"\b(avoid\w*|cancel\w*|stay(ed)? home|can't face|hid(e|ing)?)\b",),
    "identity and belonging": (r"\b(belong\w*|fit in|who i am|identity|outsider)\b",),
    "parenting stress": (r"\b(parenting|my (kid|son|daughter|baby)|toddler|teenager)\b",),
    "trust and betrayal": (r"\b(trust|betray\w*|cheat\w*|lied|lying|secret)\b",),
}

THEME_PROMPTS: dict[str, str] = {
    "self-worth and self-criticism": "Where did the client first learn to judge themselves this harshly, and what would a kinder inner voice say?",
    "shame and guilt": "What is the shame protecting, and how safe does the client feel naming it with me?",
    "grief and loss": "What parts of this loss remain unspoken, and how is the grief showing up between sessions?",
    "relationship conflict": "What recurring pattern shows up in the conflicts, and what role does the client take in it?",
    "family dynamics": "Which family roles or rules is the client still living by, and which would they choose now?",
    "work and performance pressure": "How much of the client's sense of worth is tied to performance?",
    "academic pressure": "What does success or failure at school mean to the client about who they are?",
    "anxiety and worry": "What does the worry do for the client, and what would they face if they stopped worrying?",
    "low mood and hopelessness": "What small signs of hope or energy appeared in session that I could build on?",
    "isolation and loneliness": "What makes connection feel risky for the client, and how does that show up with me?",
    "anger and irritability": "What softer feeling might sit underneath the anger?",
    "trauma and safety": "How is the client's nervous system signalling threat, and is the pace of our work tolerable?",
    "control and perfectionism": "What would it cost the client to let something be good enough?",
    "substance use and cravings": "What need does using meet for the client, and what else could meet it?",
    "sleep and exhaustion": "What keeps the client's mind switched on at night?",
    "body image and eating": "What feelings does the client's relationship with food or body carry?",
    "avoidance": "What is the client avoiding, and what feared outcome keeps the avoidance going?",
    "identity and belonging": "Where does the client feel they belong, and where do they hide parts of themselves?",
    "parenting stress": "Which of the client's own childhood experiences are stirred up by parenting?",
    "trust and betrayal": "How does the client's history with trust shape our working alliance?",
}
