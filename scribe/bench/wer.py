"""Word error rate with Whisper's English text normaliser.

The normaliser is transformers' ``EnglishTextNormalizer`` (the one the
Whisper paper scores with: lowercases, expands contractions, spells numbers
as digits, drops punctuation and fillers), used with an empty
British-to-American spelling map because that table is not shipped with the
package. jiwer does the alignment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def normalizer() -> Callable[[str], str]:
    """The Whisper English normaliser (cached; importing transformers is slow)."""
    from transformers.models.whisper.english_normalizer import EnglishTextNormalizer

    return EnglishTextNormalizer({})  # type: ignore[no-any-return]


def normalize(text: str) -> str:
    return " ".join(normalizer()(text).split())


@dataclass(frozen=True)
class WerResult:
    wer: float
    substitutions: int
    deletions: int
    insertions: int
    reference_words: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "wer": round(self.wer, 4),
            "substitutions": self.substitutions,
            "deletions": self.deletions,
            "insertions": self.insertions,
            "reference_words": self.reference_words,
        }


def word_error_rate(references: Sequence[str] | str, hypotheses: Sequence[str] | str) -> WerResult:
    """Corpus WER over normalised texts (errors summed over all pairs / reference words)."""
    import jiwer

    refs = [references] if isinstance(references, str) else list(references)
    hyps = [hypotheses] if isinstance(hypotheses, str) else list(hypotheses)
    if len(refs) != len(hyps):
        raise ValueError(f"{len(refs)} references but {len(hyps)} hypotheses")
    pairs = [(normalize(r), normalize(h)) for r, h in zip(refs, hyps, strict=True)]
    pairs = [(r, h) for r, h in pairs if r]  # jiwer rejects empty references
    if not pairs:
        raise ValueError("all references are empty after normalisation")
    out = jiwer.process_words([r for r, _ in pairs], [h for _, h in pairs])
    n = out.substitutions + out.deletions + out.hits
    return WerResult(
        wer=(out.substitutions + out.deletions + out.insertions) / max(1, n),
        substitutions=out.substitutions,
        deletions=out.deletions,
        insertions=out.insertions,
        reference_words=n,
    )


def term_recall(reference: str, hypothesis: str, terms: Sequence[str]) -> tuple[int, int]:
    """(found, expected): occurrences of ``terms`` in the reference also present in the hypothesis."""
    ref = normalize(reference).split()
    hyp = normalize(hypothesis).split()
    expected = found = 0
    for term in {t.lower() for t in terms}:
        r, h = ref.count(term), hyp.count(term)
        expected += r
        found += min(r, h)
    return found, expected
