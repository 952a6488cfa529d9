"""`scribe bench e2e`: the same facts scored on the typed transcript and on what the pipeline heard.

For each session: flite speaks its turns (a voice per role, as the speech
benchmarks do), the audio is ingested into a throwaway store and the real
Prefect flow runs on it (decrypt → decode → transcribe → diarize → attribute
→ extract → commit → shred); the stored notes are scored against gold, and so
is extraction on the typed transcript, side by side. Facts are matched by
content (names, doses, codes, statuses), since turn indices differ between
the two. WER and DER are reported per session.
"""

from __future__ import annotations

import io
import json
import tempfile
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from scribe.bench.extraction import _f1, _load_sessions, find_leaks, metaphor_found

Report = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def _wav_bytes(audio: np.ndarray, rate: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes((np.clip(audio, -1, 1) * 32767).astype(np.int16).tobytes())
    return buf.getvalue()


class Tally:
    """Fact counts for one side (typed or audio); :meth:`summary` gives the metrics."""

    def __init__(self) -> None:
        self.med_name = [0, 0, 0]
        self.med_dose = [0, 0, 0]
        self.dx = [0, 0, 0]
        self.iv = [0, 0, 0]
        self.endorsed = [0, 0]  # found, expected
        self.false_alarms = [0, 0]  # raised, non-endorsed fields
        self.risk_ok = [0, 0]
        self.metaphors = [0, 0]
        self.leak_sessions = 0

    def add(self, extraction: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
        from scribe.extract.text import normalise_dose

        p = extraction["progress_note"]
        gm = {m["name"].lower(): m for m in gold.get("medications") or []}
        pm = {m["name"].lower(): m for m in p.get("medications") or []}
        _count(self.med_name, set(gm), set(pm))
        gpairs = {(n, normalise_dose(m.get("dose"))) for n, m in gm.items()}
        ppairs = {(n, normalise_dose(m.get("dose"))) for n, m in pm.items()}
        _count(self.med_dose, gpairs, ppairs)
        _count(self.dx, {d["icd10"][:3].upper() for d in gold.get("diagnoses") or []},
               {d["icd10"][:3].upper() for d in p.get("diagnoses") or []})
        _count(self.iv, set(gold.get("interventions") or []), {i["name"] for i in p.get("interventions") or []})
        for field, expected in (gold.get("risk") or {}).items():
            got = p["risk"][field]["status"]
            self.risk_ok[0] += got == expected
            self.risk_ok[1] += 1
            if expected == "endorsed":
                self.endorsed[0] += got == "endorsed"
                self.endorsed[1] += 1
            else:
                self.false_alarms[0] += got == "endorsed"
                self.false_alarms[1] += 1
        quotes = [m["quote"] for m in extraction["psychotherapy_note"].get("metaphors") or []]
        gold_met = gold.get("metaphors") or []
        self.metaphors[0] += sum(metaphor_found(g, quotes) for g in gold_met)
        self.metaphors[1] += len(gold_met)
        leaks = find_leaks(extraction, gold)
        self.leak_sessions += bool(leaks)
        return {"med_errors": sorted(f"{n}:{d}" for n, d in gpairs ^ ppairs), "leaks": len(leaks)}

    def summary(self) -> dict[str, Any]:
        def rate(pair: list[int]) -> float | None:
            return round(pair[0] / pair[1], 4) if pair[1] else None

        return {
            "medication_name_f1": _f1(*self.med_name)["f1"],
            "medication_name_dose_f1": _f1(*self.med_dose)["f1"],
            "diagnosis_f1": _f1(*self.dx)["f1"],
            "intervention_f1": _f1(*self.iv)["f1"],
            "risk_accuracy": rate(self.risk_ok),
            "endorsed_risk_recall": rate(self.endorsed),
            "endorsed_risk_n": self.endorsed[1],
            "risk_false_alarm_rate": rate(self.false_alarms),
            "metaphor_recall": rate(self.metaphors),
            "phi_leak_sessions": self.leak_sessions,
        }


def _count(tally: list[int], gold: set[Any], predicted: set[Any]) -> None:
    tally[0] += len(gold & predicted)
    tally[1] += len(predicted - gold)
    tally[2] += len(gold - predicted)


def run_e2e_bench(
    dataset_dir: Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    engine: str = "rules",
    llm_model_dir: Path | None = None,
    report: Report = _quiet,
) -> dict[str, Any]:
    """Synthesise, run the flow, score typed vs audio; a throwaway SCRIBE_HOME, shredded as it goes."""
    import os

    from scribe.bench.der import diarization_error
    from scribe.bench.synth import SAMPLE_RATE, render, write_enrolment
    from scribe.bench.wer import word_error_rate
    from scribe.extract import extract

    sessions = _load_sessions(Path(dataset_dir), split)[: limit or None]
    home = Path(tempfile.mkdtemp(prefix="scribe-e2e-"))
    os.environ.update(SCRIBE_HOME=str(home), SCRIBE_EXTRACT_ENGINE=engine)
    if llm_model_dir is not None:
        os.environ["SCRIBE_LLM_MODEL_DIR"] = str(llm_model_dir)
    from scribe import pipeline
    from scribe.config import get_settings, harden_environment

    get_settings.cache_clear()
    pipeline._store_for.cache_clear()  # noqa: SLF001  (a fresh store under the throwaway home)
    harden_environment()
    from scribe.vault.keys import FileKeyProvider

    FileKeyProvider.init(get_settings().key_path)
    store = pipeline.open_store()
    from flows import process_session as fp
    from scribe.audio import decode
    from scribe.diarize import embed_voice

    enrol = write_enrolment(home / "enrol")
    store.enroll_clinician("clinician", np.asarray(embed_voice(decode(enrol.read_bytes())), dtype=np.float32).tobytes())

    typed, heard = Tally(), Tally()
    rows: list[dict[str, Any]] = []
    audio_seconds = wall_seconds = 0.0
    for n, (sid, data) in enumerate(sessions, 1):
        report(f"[{n}/{len(sessions)}] {sid}: synthesising")
        gold = data["gold"]
        session = {k: v for k, v in data.items() if k != "gold"}
        waveform, synced = render(session)
        duration = len(waveform) / SAMPLE_RATE
        store.ingest(sid, io.BytesIO(_wav_bytes(waveform, SAMPLE_RATE)), actor="bench")
        store.commit_meta(sid, json.dumps(dict(session.get("meta") or {})).encode(), actor="bench")
        info = store.session(sid)
        roles = len({t["speaker"] for t in session["turns"]})
        report(f"[{n}/{len(sessions)}] {sid}: running the pipeline on {duration:.0f} s of audio")
        t0 = time.perf_counter()
        fp.process_session(info.ref, num_speakers=roles)
        elapsed = time.perf_counter() - t0
        audio_seconds += duration
        wall_seconds += elapsed
        stored = {
            "progress_note": json.loads(store.read_blob(sid, "progress", actor="bench"))["progress_note"],
            "psychotherapy_note": json.loads(store.read_blob(sid, "psychotherapy", actor="bench"))["psychotherapy_note"],
        }
        transcript = json.loads(store.read_blob(sid, "transcript", actor="bench"))
        row: dict[str, Any] = {"id": sid, "audio_seconds": round(duration, 1), "rtf": round(elapsed / duration, 3)}
        row["typed"] = typed.add(extract(session, engine=engine, llm_model_dir=llm_model_dir), gold)
        row["audio"] = heard.add(stored, gold)
        reference = " ".join(t["text"] for t in synced["turns"])
        hypothesis = " ".join(t["text"] for t in transcript["turns"])
        row["wer"] = round(word_error_rate(reference, hypothesis).wer, 4)
        ref_segments = [(t["start"], t["end"], t["speaker"]) for t in synced["turns"]]
        hyp_segments = [(t["start"], t["end"], str(t.get("speaker"))) for t in transcript["turns"]]
        row["der"] = diarization_error(ref_segments, hyp_segments, collar=0.25)["der"]
        rows.append(row)
        report(f"[{n}/{len(sessions)}] {sid}: WER {row['wer']:.3f}, DER {row['der']:.3f}, RTF {row['rtf']:.2f}")
    typed_summary, audio_summary = typed.summary(), heard.summary()
    delta = {
        k: (round(audio_summary[k] - typed_summary[k], 4) if isinstance(typed_summary[k], float) and isinstance(audio_summary[k], float) else None)
        for k in typed_summary
    }
    return {
        "kind": "e2e",
        "engine": engine,
        "split": split,
        "n_sessions": len(rows),
        "typed": typed_summary,
        "audio": audio_summary,
        "audio_minus_typed": delta,
        "wer_mean": round(float(np.mean([r["wer"] for r in rows])), 4) if rows else None,
        "der_mean_collar_0_25": round(float(np.mean([r["der"] for r in rows])), 4) if rows else None,
        "rtf_end_to_end": round(wall_seconds / audio_seconds, 3) if audio_seconds else None,
        "sessions": rows,
    }


def format_e2e_table(report: dict[str, Any]) -> str:
    lines = [
        f"e2e ({report['engine']}, {report['n_sessions']} sessions, split {report['split'] or 'all'}): "
        f"mean WER {report['wer_mean']}, mean DER (collar 0.25) {report['der_mean_collar_0_25']}, RTF {report['rtf_end_to_end']}",
        "",
        "| metric | typed transcript | from audio | audio − typed |",
        "|---|---|---|---|",
    ]
    for key, value in report["typed"].items():
        lines.append(f"| {key} | {value} | {report['audio'][key]} | {report['audio_minus_typed'][key]} |")
    lines += ["", "| session | audio s | WER | DER | RTF | med errors typed | med errors audio |", "|---|---|---|---|---|---|---|"]
    for r in report["sessions"]:
        lines.append(
            f"| {r['id']} | {r['audio_seconds']} | {r['wer']} | {r['der']} | {r['rtf']} | "
            f"{', '.join(r['typed']['med_errors']) or '-'} | {', '.join(r['audio']['med_errors']) or '-'} |"
        )
    return "\n".join(lines)


def compare_reports(a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, Any, Any, float | None]]:
    """Every numeric metric two bench reports share: (path, A, B, B − A); per-session tables are skipped."""
    out: list[tuple[str, Any, Any, float | None]] = []

    def walk(x: Any, y: Any, path: str) -> None:
        if isinstance(x, dict) and isinstance(y, dict):
            for key in x:
                if key in y and key not in ("sessions", "files", "phi_leaks"):
                    walk(x[key], y[key], f"{path}.{key}" if path else key)
        elif isinstance(x, int | float) and isinstance(y, int | float) and not isinstance(x, bool):
            out.append((path, x, y, round(float(y) - float(x), 4)))
        elif isinstance(x, str) and isinstance(y, str) and x != y:
            out.append((path, x, y, None))

    walk(a, b, "")
    return out


def format_comparison(rows: list[tuple[str, Any, Any, float | None]], a_name: str, b_name: str) -> str:
    lines = [f"| metric | {a_name} | {b_name} | difference |", "|---|---|---|---|"]
    for path, x, y, d in rows:
        lines.append(f"| {path} | {x} | {y} | {'' if d is None else f'{d:+g}'} |")
    return "\n".join(lines)
