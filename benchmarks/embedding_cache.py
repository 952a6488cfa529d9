"""All-MiniLM-L6-v2 embeddings of benchmark texts, cached on disk between training runs.

Shared by ``build_risk_classifier.py`` and ``build_intervention_classifier.py``: both embed the
same synthetic sessions with the same encoder, so one cache serves both. Only benchmark data is
embedded here, never a practice's sessions.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

CACHE = Path("/tmp/scribe-embedding-cache")


def embed(texts: list[str]) -> np.ndarray:
    """One normalised float32 vector per text (zeros for ""), in order."""
    from scribe.extract.embeddings import load_encoder

    CACHE.mkdir(exist_ok=True)
    path = CACHE / "vectors.npz"
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        z = np.load(path, allow_pickle=True)
        known = dict(zip(z["texts"].tolist(), z["vectors"], strict=True))
    todo = sorted({t for t in texts if t and t not in known})
    if todo:
        vectors = load_encoder().encode(todo, normalize_embeddings=True, batch_size=64, show_progress_bar=True)
        known.update(zip(todo, np.asarray(vectors, dtype=np.float32), strict=True))
        np.savez(path, texts=np.array(list(known), dtype=object), vectors=np.stack(list(known.values())))
    zero = np.zeros(384, dtype=np.float32)
    return np.stack([known[t] if t else zero for t in texts])
