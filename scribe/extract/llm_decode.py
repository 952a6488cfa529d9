"""Schema-constrained greedy decoding for the ``llm`` engine.

xgrammar compiles a JSON schema into a grammar over the model's own token
vocabulary; at every step the tokens that cannot continue a schema-valid
document are masked out, so whatever a model says parses and validates, and
a document is only cut short when the token budget runs out (``complete`` is
then False and the caller falls back). Schemas come from the pydantic models
in ``scribe.extract.schema``, bounded (lengths, item counts, evidence indices)
so every answer fits a known budget.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from scribe.errors import ModelError

# Keys a model is never asked for: review flags are set by the rules' checks, not by a model.
NOT_GENERATED = frozenset({"needs_review", "review_reasons", "denied_facets"})
_DROP = frozenset({"title", "default", "description", "examples"})


@dataclass(frozen=True)
class Limits:
    """Bounds that make every schema-valid answer finite and short."""

    n_turns: int
    items: int = 4  # entries in any list
    evidence_items: int = 3  # turn indices cited per fact
    text: int = 80  # characters in a free-text string
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # property name -> schema keys

    def tighter(self) -> Limits:
        """The bounds for a retry: half as many items, shorter strings."""
        return Limits(
            n_turns=self.n_turns,
            items=max(1, self.items // 2),
            evidence_items=max(1, self.evidence_items - 1),
            text=max(16, self.text // 2),
            overrides=self.overrides,
        )


def _inline(node: Any, defs: Mapping[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def _bound(node: Any, limits: Limits, key: str | None) -> Any:
    if not isinstance(node, dict):
        return node
    node = {k: v for k, v in node.items() if k not in _DROP}
    if key is not None and key in limits.overrides:
        node.update(limits.overrides[key])
    if "anyOf" in node:
        node["anyOf"] = [_bound(v, limits, key) for v in node["anyOf"]]
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        props = {
            k: _bound(v, limits, k)
            for k, v in node["properties"].items()
            if not (k in NOT_GENERATED and k not in node.get("required", ()))
        }
        # every property required, in model order: one fixed shape is easier for a model to follow
        node.update(properties=props, required=list(props), additionalProperties=False)
    elif kind == "array":
        if key == "evidence":
            node["items"] = {"type": "integer", "minimum": 0, "maximum": max(0, limits.n_turns - 1)}
            node.setdefault("maxItems", limits.evidence_items)
        else:
            node["items"] = _bound(node.get("items", {}), limits, None)
            node.setdefault("maxItems", limits.items)
        node["maxItems"] = min(int(node["maxItems"]), limits.evidence_items if key == "evidence" else limits.items)
    elif kind == "string" and "enum" not in node and "pattern" not in node:
        node["maxLength"] = min(int(node.get("maxLength", limits.text)), limits.text)
        node.setdefault("minLength", 1)  # an empty string is no answer
    return node


def bounded_schema(properties: Mapping[str, Mapping[str, Any]], limits: Limits) -> dict[str, Any]:
    """One object schema with these properties (pydantic JSON schemas), bounded by ``limits``."""
    props: dict[str, Any] = {}
    for name, schema in properties.items():
        props[name] = _bound(_inline(dict(schema), schema.get("$defs", {})), limits, name)
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def compile_schema(compiler: Any, schema: Mapping[str, Any]) -> Any:
    """The xgrammar CompiledGrammar for ``schema``, compact JSON (the compiler caches repeats)."""
    return compiler.compile_json_schema(json.dumps(schema), any_whitespace=False, strict_mode=True)


def grammar_compiler(tokenizer_info: Any) -> Any:
    return _xgr().GrammarCompiler(tokenizer_info, max_threads=2)


def tokenizer_info(tokenizer: Any, vocab_size: int) -> Any:
    """xgrammar's view of a transformers tokenizer; the chat end token counts as a stop token."""
    stops = sorted(
        {t for t in (tokenizer.eos_token_id, tokenizer.convert_tokens_to_ids("<|im_end|>")) if isinstance(t, int)}
        - {tokenizer.unk_token_id}
    )
    return _xgr().TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab_size, stop_token_ids=stops or None)


def _xgr() -> Any:
    try:
        import xgrammar
    except ImportError as e:
        raise ModelError("the llm engine requires the xgrammar package (pip install xgrammar==0.2.9)") from e
    return xgrammar


class LogitsSource(Protocol):
    """A model seen as next-token logits (1-D, at least vocab_size long)."""

    def start(self, prompt_ids: Sequence[int]) -> Any:
        """Begin a new answer after this prompt."""
        ...

    def __call__(self, new_tokens: Sequence[int]) -> Any:
        """Append these tokens to the current answer."""
        ...


@dataclass(frozen=True)
class Decoded:
    text: str
    complete: bool  # the grammar reached its end before the budget did
    steps: int  # forward passes after the prompt
    forced_chars: int  # characters the grammar fixed and the model was only fed


def decode_json(
    source: LogitsSource,
    compiled_grammar: Any,
    prompt_ids: Sequence[int],
    *,
    max_new_tokens: int,
    encode: Callable[[str], list[int]] | None = None,
) -> Decoded:
    """Greedy decoding where only tokens that keep the output schema-valid may be chosen.

    With ``encode``, text the grammar leaves no choice about (keys, punctuation) is
    fed to the model in one step instead of token by token; each such stretch still
    counts against ``max_new_tokens``.
    """
    import torch

    xgr = _xgr()
    info = compiled_grammar.tokenizer_info
    vocab = info.decoded_vocab
    matcher = xgr.GrammarMatcher(compiled_grammar)
    bitmask = xgr.allocate_token_bitmask(1, info.vocab_size)
    out = bytearray()
    used = steps = forced = 0
    logits = source.start(list(prompt_ids))
    while used < max_new_tokens:
        matcher.fill_next_token_bitmask(bitmask)
        scores = torch.as_tensor(logits).reshape(1, -1)[:, : info.vocab_size].to("cpu", torch.float32, copy=True)
        xgr.apply_token_bitmask_inplace(scores, bitmask)
        token = int(scores.argmax(dim=-1).item())
        if not matcher.accept_token(token):  # cannot happen with a correct mask; fail closed
            break
        if matcher.is_terminated():  # the stop token, allowed only once the document is complete
            return Decoded(out.decode("utf-8", "replace"), True, steps, forced)
        out += vocab[token]
        feed = [token]
        jump = matcher.find_jump_forward_string() if encode is not None else ""
        if jump and encode is not None and matcher.accept_string(jump):
            out += jump.encode("utf-8")
            forced += len(jump)
            feed += encode(jump)
        used += len(feed)
        steps += 1
        logits = source(feed)
    return Decoded(out.decode("utf-8", "replace"), False, steps, forced)


class ModelLogits:
    """A causal LM as a LogitsSource; a new prompt reuses the cache of the prefix it shares with the last one."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._cache: Any = None
        self._ids: list[int] = []  # the tokens the cache holds

    def start(self, prompt_ids: Sequence[int]) -> Any:
        from transformers import DynamicCache

        ids = list(prompt_ids)
        keep = 0
        if self._cache is not None and getattr(self._cache, "is_croppable", False):
            limit = min(len(ids) - 1, len(self._ids))  # at least one new token, to get logits
            while keep < limit and ids[keep] == self._ids[keep]:
                keep += 1
        if keep:
            if keep < len(self._ids):
                self._cache.crop(keep - len(self._ids))  # a negative count: tokens removed from the end
            self._ids = self._ids[:keep]
        else:
            self._cache = DynamicCache(config=self._model.config)
            self._ids = []
        return self(ids[keep:])

    def __call__(self, new_tokens: Sequence[int]) -> Any:
        import torch

        ids = torch.tensor([list(new_tokens)], dtype=torch.long, device=self._model.device)
        with torch.inference_mode():
            out = self._model(input_ids=ids, cache=self._cache, use_cache=True, logits_to_keep=1)
        self._cache = out.cache
        self._ids += list(new_tokens)
        return out.logits[0, -1]


__all__ = [
    "Limits",
    "bounded_schema",
    "Decoded",
    "LogitsSource",
    "ModelLogits",
    "decode_json",
    "compile_schema",
    "grammar_compiler",
    "tokenizer_info",
    "NOT_GENERATED",
]
