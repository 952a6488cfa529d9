"""Tamper-evident audit log: append-only rows chained with HMAC-SHA256.

Each entry's hash is HMAC(audit_key, prev_hash | canonical entry). Object ids
are stored as keyed HMACs, so the log reveals which *kind* of thing happened
and when, never to whom. A head anchor file next to the database records the
newest (seq, hash) so deleting entries from the end is caught too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scribe.store.models import AuditRow

GENESIS = "0" * 64


def object_ref(audit_key: bytes, kind: str, object_id: str) -> str:
    """The keyed HMAC that stands for an id in the log (stable, not reversible)."""
    return hmac.new(audit_key, f"{kind}:{object_id}".encode(), hashlib.sha256).hexdigest()[:32]


def _canonical(seq: int, ts: str, actor: str, action: str, obj: str, detail: str) -> bytes:
    return json.dumps([seq, ts, actor, action, obj, detail], separators=(",", ":")).encode()


def entry_hash(audit_key: bytes, prev_hash: str, row: AuditRow) -> str:
    body = _canonical(row.seq, row.ts, row.actor, row.action, row.object, row.detail)
    return hmac.new(audit_key, prev_hash.encode() + b"|" + body, hashlib.sha256).hexdigest()


def append(
    db: Session, audit_key: bytes, *, actor: str, action: str, obj: str, detail: dict[str, Any]
) -> AuditRow:
    """Add one entry inside the caller's transaction (so the action and its record commit together)."""
    last = db.execute(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).scalar_one_or_none()
    row = AuditRow(
        seq=(last.seq + 1) if last else 1,
        ts=datetime.now(UTC).isoformat(timespec="microseconds"),
        actor=actor,
        action=action,
        object=obj,
        detail=json.dumps(detail, sort_keys=True, separators=(",", ":")),
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    row.hash = entry_hash(audit_key, row.prev_hash, row)
    db.add(row)
    db.flush()
    return row


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_bad: int | None = None
    reason: str = ""


def write_head(path: Path, audit_key: bytes, seq: int, hash_: str) -> None:
    mac = hmac.new(audit_key, f"head|{seq}|{hash_}".encode(), hashlib.sha256).hexdigest()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"seq": seq, "hash": hash_, "mac": mac}))
    tmp.replace(path)


def verify(db: Session, audit_key: bytes, head_path: Path | None = None) -> VerifyResult:
    """Recompute the chain; report the first entry that does not fit."""
    prev, expected_seq, count = GENESIS, 1, 0
    hashes: dict[int, str] = {}
    for row in db.execute(select(AuditRow).order_by(AuditRow.seq)).scalars():
        count += 1
        if row.seq != expected_seq:
            return VerifyResult(False, count, expected_seq, f"entry {expected_seq} is missing")
        if row.prev_hash != prev:
            return VerifyResult(False, count, row.seq, f"entry {row.seq} does not follow entry {row.seq - 1}")
        if not hmac.compare_digest(entry_hash(audit_key, prev, row), row.hash):
            return VerifyResult(False, count, row.seq, f"entry {row.seq} was altered")
        prev, expected_seq = row.hash, expected_seq + 1
        hashes[row.seq] = row.hash
    if head_path is not None and head_path.exists():
        head = json.loads(head_path.read_text())
        mac = hmac.new(audit_key, f"head|{head['seq']}|{head['hash']}".encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, head.get("mac", "")):
            return VerifyResult(False, count, head.get("seq"), "the head anchor was altered")
        if hashes.get(head["seq"]) != head["hash"]:
            return VerifyResult(False, count, head["seq"], f"entry {head['seq']} (named by the head anchor) is missing")
    return VerifyResult(True, count)
