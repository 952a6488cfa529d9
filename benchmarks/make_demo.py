"""Build the demo clip ``tests/data/demo_session.ogg`` from ``tests/data/demo_session.json``.

Clinician turns are spoken by flite ``slt``, client turns by ``rms``; the
audio is Ogg Opus, 16 kHz mono, 24 kbit/s. The JSON's turn start/end times
are rewritten to match the audio. Deterministic for a given flite build.

    python benchmarks/make_demo.py
"""

from __future__ import annotations

import io
import json
import sys
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import SAMPLE_RATE, render  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SESSION = ROOT / "tests" / "data" / "demo_session.json"
AUDIO = ROOT / "tests" / "data" / "demo_session.ogg"


def encode_opus(audio: np.ndarray, bitrate: int = 24000) -> bytes:
    buf = io.BytesIO()
    with av.open(buf, mode="w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=SAMPLE_RATE, layout="mono")
        stream.bit_rate = bitrate
        frame_size = stream.codec_context.frame_size or 320
        pcm = audio.astype(np.float32)[None]
        for i in range(0, pcm.shape[1], frame_size):
            chunk = pcm[:, i : i + frame_size]
            if chunk.shape[1] < frame_size:
                chunk = np.pad(chunk, ((0, 0), (0, frame_size - chunk.shape[1])))
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), format="flt", layout="mono")
            frame.sample_rate = SAMPLE_RATE
            frame.pts = i
            frame.time_base = Fraction(1, SAMPLE_RATE)
            for pkt in stream.encode(frame):
                out.mux(pkt)
        for pkt in stream.encode(None):
            out.mux(pkt)
    return buf.getvalue()


def main() -> None:
    session = json.loads(SESSION.read_text())
    audio, synced = render(session, voices={"clinician": "slt", "client": "rms"}, seed=7)
    data = encode_opus(audio)
    AUDIO.write_bytes(data)
    SESSION.write_text(json.dumps(synced, indent=1) + "\n")
    print(f"{AUDIO}: {len(audio) / SAMPLE_RATE:.1f} s, {len(data) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
