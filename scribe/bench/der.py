"""Diarization error rate (pyannote.metrics), with and without a 0.25 s collar."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

Segment = tuple[float, float, str]


def read_rttm(path: Path) -> dict[str, list[Segment]]:
    """RTTM file -> {uri: [(start, end, speaker), ...]}."""
    out: dict[str, list[Segment]] = {}
    for line in Path(path).read_text().splitlines():
        parts = line.split()
        if len(parts) < 8 or parts[0] != "SPEAKER":
            continue
        uri, start, dur, speaker = parts[1], float(parts[3]), float(parts[4]), parts[7]
        out.setdefault(uri, []).append((start, start + dur, speaker))
    return out


def to_annotation(segments: Iterable[Segment], uri: str = "file") -> Any:
    from pyannote.core import Annotation
    from pyannote.core import Segment as PSegment

    ann = Annotation(uri=uri)
    for i, (s, e, label) in enumerate(segments):
        if e > s:
            ann[PSegment(s, e), i] = label
    return ann


def diarization_error(
    reference: Iterable[Segment], hypothesis: Iterable[Segment], *, collar: float = 0.0
) -> dict[str, float]:
    """DER and its components for one file (optimal speaker mapping)."""
    from pyannote.metrics.diarization import DiarizationErrorRate

    metric = DiarizationErrorRate(collar=collar, skip_overlap=False)
    detail = metric(to_annotation(reference), to_annotation(hypothesis), detailed=True)
    total = detail["total"] or 1.0
    return {
        "der": round(float(detail["diarization error rate"]), 4),
        "false_alarm": round(detail["false alarm"] / total, 4),
        "missed": round(detail["missed detection"] / total, 4),
        "confusion": round(detail["confusion"] / total, 4),
        "total": round(float(detail["total"]), 3),
    }


def der_report(
    pairs: Mapping[str, tuple[Iterable[Segment], Iterable[Segment]]], collars: Iterable[float] = (0.0, 0.25)
) -> dict[str, Any]:
    """Per-file and overall (duration-weighted) DER at each collar."""
    report: dict[str, Any] = {"files": {}, "overall": {}}
    for collar in collars:
        key = f"collar_{collar:g}"
        err = tot = 0.0
        for uri, (ref, hyp) in pairs.items():
            d = diarization_error(list(ref), list(hyp), collar=collar)
            report["files"].setdefault(uri, {})[key] = d
            err += d["der"] * d["total"]
            tot += d["total"]
        report["overall"][key] = round(err / tot, 4) if tot else None
    return report


def speaker_mapping(reference: Iterable[Segment], hypothesis: Iterable[Segment]) -> dict[str, str]:
    """Optimal hypothesis-label -> reference-label mapping (for role accuracy)."""
    from pyannote.metrics.diarization import DiarizationErrorRate

    mapping = DiarizationErrorRate().optimal_mapping(to_annotation(reference), to_annotation(hypothesis))
    return {str(k): str(v) for k, v in mapping.items()}
