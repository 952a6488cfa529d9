"""Who said each word, and which speaker is the clinician: pure functions.

``assign_speakers`` gives every word the diarization label it overlaps most
(the nearest segment when none overlaps, as whisperX's
``assign_word_speakers(fill_nearest=True)``); ``build_turns`` groups
consecutive words of one speaker; ``assign_roles`` maps labels to roles.

Role rule
---------
1. With enrolled clinicians: the speaker whose diarization centroid is most
   similar (cosine) to any enrolled voice, if that similarity reaches
   ``threshold``, is ``clinician`` (``method="enrolled"``, confidence = the
   similarity).
2. Otherwise (no enrolment, or nobody close enough): among the two speakers
   who talk most, the one with the higher share of question turns is the
   clinician (``method="heuristic"``, confidence at most 0.6). Therapists
   ask; clients answer: over the 50 sessions in benchmarks/data/sessions the
   clinician's share of question turns has median 0.74 (client: 0.05, max
   0.23) and the rule picks the clinician in 50/50, while "talks less" holds
   in only 8/50. Speaking first also held in 50/50 there, but recordings
   often start mid-greeting, so it only breaks ties.
3. The speaker who talks most among the rest is ``client``; third and
   further speakers are ``other``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from scribe.transcript import Turn, Word

Segment = tuple[float, float, str]

# Heuristic confidence is capped: a guess from speech style must not look like
# a voice match to the reviewer.
HEURISTIC_MAX_CONFIDENCE = 0.6

_QUESTION_START = re.compile(
    r"^(how|what|when|where|why|who|which|do|does|did|is|are|was|were|can|could|"
    r"would|will|have|has|any|anything)\b",
    re.IGNORECASE,
)


def assign_speakers(words: Sequence[Word], segments: Sequence[Segment]) -> list[Word]:
    """Copy of ``words`` with ``speaker`` set by maximum temporal overlap.

    A word that overlaps no segment gets the nearest segment's label; with no
    segments at all, words keep their speaker (``None``).
    """
    if not segments:
        return [replace(w) for w in words]
    starts = np.array([s for s, _, _ in segments], dtype=np.float64)
    ends = np.array([e for _, e, _ in segments], dtype=np.float64)
    labels = [label for _, _, label in segments]
    out: list[Word] = []
    for w in words:
        overlap = np.minimum(ends, w.end) - np.maximum(starts, w.start)
        best = int(np.argmax(overlap))
        if overlap[best] <= 0:
            # distance between intervals (0 when touching)
            gap = np.maximum(starts - w.end, w.start - ends)
            best = int(np.argmin(gap))
        out.append(replace(w, speaker=labels[best]))
    return out


def _join(words: Sequence[Word]) -> str:
    return " ".join(t for t in (w.text.strip() for w in words) if t)


def build_turns(
    words: Sequence[Word],
    segments: Sequence[Segment] = (),
    *,
    max_pause: float | None = None,
) -> list[Turn]:
    """Group consecutive words of one speaker into turns (role ``unknown``).

    A turn is marked ``overlap=True`` when a segment of another speaker
    overlaps it in time. ``max_pause`` (seconds) also splits a speaker's
    words at long silences when given.
    """
    turns: list[Turn] = []
    current: list[Word] = []

    def flush() -> None:
        if current:
            speaker = current[0].speaker or "unknown"
            turns.append(
                Turn(
                    speaker=speaker,
                    role="unknown",
                    start=current[0].start,
                    end=max(w.end for w in current),
                    text=_join(current),
                    words=list(current),
                )
            )
            current.clear()

    for w in words:
        if current and (
            w.speaker != current[-1].speaker or (max_pause is not None and w.start - current[-1].end > max_pause)
        ):
            flush()
        current.append(w)
    flush()

    for turn in turns:
        turn.overlap = any(label != turn.speaker and s < turn.end and e > turn.start for s, e, label in segments)
    return turns


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0 or not np.isfinite(na) or not np.isfinite(nb):
        return -1.0
    return float(np.dot(a, b) / (na * nb))


def is_question(text: str) -> bool:
    """A turn asks something: ends with '?' or opens like a question."""
    text = text.strip()
    return text.endswith("?") or "?" in text or bool(_QUESTION_START.match(text))


def _talk_time(turns: Sequence[Turn]) -> dict[str, float]:
    talk: dict[str, float] = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + max(0.0, t.end - t.start)
    return talk


def _first_start(turns: Sequence[Turn]) -> dict[str, float]:
    first: dict[str, float] = {}
    for t in turns:
        first[t.speaker] = min(first.get(t.speaker, t.start), t.start)
    return first


def question_share(turns: Sequence[Turn]) -> dict[str, float]:
    """Per speaker, the fraction of their turns that ask a question."""
    asked: dict[str, int] = {}
    total: dict[str, int] = {}
    for t in turns:
        total[t.speaker] = total.get(t.speaker, 0) + 1
        asked[t.speaker] = asked.get(t.speaker, 0) + int(is_question(t.text))
    return {k: asked.get(k, 0) / n for k, n in total.items()}


def assign_roles(
    turns: Sequence[Turn],
    embeddings: Mapping[str, np.ndarray],
    enrolled: Mapping[str, np.ndarray],
    *,
    threshold: float,
    session_type: str = "individual",
) -> dict[str, dict[str, object]]:
    """Map each speaker label to ``{"role", "confidence", "method"}`` (rule in the module doc).

    ``session_type`` is recorded for couples/family sessions, where the
    third and further speakers are expected and come out as ``other``.
    """
    talk = _talk_time(turns)
    for label in embeddings:
        talk.setdefault(label, 0.0)
    first = _first_start(turns)
    speakers = sorted(talk, key=lambda k: (-talk[k], first.get(k, float("inf")), k))
    roles: dict[str, dict[str, object]] = {}
    if not speakers:
        return roles

    clinician: str | None = None
    confidence = 0.0
    method = "heuristic"
    if enrolled:
        scores = {
            label: max(_cosine(embeddings[label], ref) for ref in enrolled.values())
            for label in speakers
            if label in embeddings
        }
        if scores:
            best = max(scores, key=lambda k: scores[k])
            if scores[best] >= threshold:
                clinician, confidence, method = best, scores[best], "enrolled"

    if clinician is None:
        main = speakers[:2]
        if len(main) == 2:
            share = question_share([t for t in turns if t.speaker in main])
            a, b = main
            qa, qb = share.get(a, 0.0), share.get(b, 0.0)
            if qa == qb:
                clinician = min(main, key=lambda k: first.get(k, float("inf")))
                confidence = 0.3
            else:
                clinician = a if qa > qb else b
                confidence = min(HEURISTIC_MAX_CONFIDENCE, 0.4 + abs(qa - qb) / 2)
        # a single unenrolled voice: no basis to tell who it is
    rest = [s for s in speakers if s != clinician]
    for label in speakers:
        if label == clinician:
            roles[label] = {"role": "clinician", "confidence": round(confidence, 3), "method": method}
        elif clinician is None:
            roles[label] = {"role": "unknown", "confidence": 0.0, "method": method}
        elif rest and label == rest[0]:
            roles[label] = {"role": "client", "confidence": round(confidence, 3), "method": method}
        else:
            roles[label] = {"role": "other", "confidence": round(confidence, 3), "method": method}
    return roles


def apply_roles(turns: Sequence[Turn], roles: Mapping[str, Mapping[str, object]]) -> list[Turn]:
    """Set ``turn.role`` from an :func:`assign_roles` mapping (unknown labels -> ``unknown``)."""
    for turn in turns:
        role = roles.get(turn.speaker, {}).get("role", "unknown")
        turn.role = str(role)
    return list(turns)


def matched_clinician(
    roles: Mapping[str, Mapping[str, object]],
    embeddings: Mapping[str, np.ndarray],
    enrolled: Mapping[str, np.ndarray],
) -> str | None:
    """The enrolled name whose voice made a speaker ``clinician`` (method ``enrolled``), else None.

    :func:`assign_roles` picks the speaker by its best match over all enrolled
    voices; this names which voice that was, so the session can be assigned to it.
    """
    for label, info in roles.items():
        if info.get("role") == "clinician" and info.get("method") == "enrolled" and label in embeddings:
            return max(enrolled, key=lambda name: _cosine(embeddings[label], enrolled[name]), default=None)
    return None
