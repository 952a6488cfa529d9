"""Tamper-evident audit log: append-only rows chained with HMAC-SHA256.

Each entry's hash is HMAC(audit_key, prev_hash | canonical entry). Object ids
are stored as keyed HMACs, so the log reveals which *kind* of thing happened
and when, never to whom. A head anchor file next to the database records the
newest (seq, hash) so deleting entries from the end is caught too; it only
ever moves forward, and a missing anchor once the log has entries is a
failure. Because an attacker with a shell could restore an older authentic
anchor together with a truncated log, the head can also be witnessed outside
``SCRIBE_HOME``: :func:`signed_head` is an Ed25519-signed line a practice
prints or hands to another system (and, with ``SCRIBE_AUDIT_WITNESS_FILE``,
every new head is appended to such a file); ``verify`` checks the log still
contains every witnessed head.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from scribe.store.models import AuditRow

GENESIS = "0" * 64
SIGNED_HEAD_PREFIX = "scribe-audit-head/1"
# The database triggers that make the table append-only (see migration 0001).
APPEND_ONLY_TRIGGERS = ("audit_no_update", "audit_no_delete")


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
    head_seq: int | None = None


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def _head_mac(audit_key: bytes, seq: int, hash_: str) -> str:
    return hmac.new(audit_key, f"head|{seq}|{hash_}".encode(), hashlib.sha256).hexdigest()


def read_head(path: Path, audit_key: bytes) -> Head | None:
    """The local anchor, or None when the file is absent; a forged or garbled one raises ValueError."""
    try:
        doc = json.loads(path.read_text())
    except FileNotFoundError:
        return None
    except (ValueError, UnicodeDecodeError):
        raise ValueError("the head anchor is not valid JSON") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("seq"), int) or not isinstance(doc.get("hash"), str):
        raise ValueError("the head anchor is malformed")
    if not hmac.compare_digest(_head_mac(audit_key, doc["seq"], doc["hash"]), str(doc.get("mac", ""))):
        raise ValueError("the head anchor was altered")
    return Head(doc["seq"], doc["hash"])


def write_head(path: Path, audit_key: bytes, seq: int, hash_: str, *, witness: Path | None = None) -> None:
    """Move the anchor forward to (seq, hash); it never moves backwards.

    Writers in several processes commit in one order but may reach this point
    in another: under an exclusive lock, an older head never replaces a newer one.
    """
    fd = os.open(path.with_name(path.name + ".lock"), os.O_CREAT | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            current = read_head(path, audit_key)
        except ValueError:
            current = None  # a damaged anchor is replaced; `audit verify` has already reported it or will
        if current is not None and current.seq >= seq:
            return
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.unlink(missing_ok=True)
        tmp_fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(tmp_fd, "w") as handle:
            handle.write(json.dumps({"seq": seq, "hash": hash_, "mac": _head_mac(audit_key, seq, hash_)}))
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
        if witness is not None:
            line = signed_head(audit_key, seq, hash_) + "\n"
            wfd = os.open(witness, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
            try:
                os.write(wfd, line.encode())
                os.fsync(wfd)
            finally:
                os.close(wfd)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _signing_key(audit_key: bytes) -> Ed25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"scribe/v1/audit-head-signing").derive(audit_key)
    return Ed25519PrivateKey.from_private_bytes(seed)


def head_public_key(audit_key: bytes) -> str:
    """The Ed25519 public key that verifies signed heads (safe to publish)."""
    return base64.b64encode(_signing_key(audit_key).public_key().public_bytes_raw()).decode()


def signed_head(audit_key: bytes, seq: int, hash_: str, ts: str | None = None) -> str:
    """One line a practice keeps outside the box: ``scribe-audit-head/1 seq=… hash=… ts=… sig=…``."""
    ts = ts or datetime.now(UTC).isoformat(timespec="seconds")
    body = f"{SIGNED_HEAD_PREFIX} seq={seq} hash={hash_} ts={ts}"
    sig = base64.b64encode(_signing_key(audit_key).sign(body.encode())).decode()
    return f"{body} sig={sig}"


def parse_signed_head(line: str, audit_key: bytes) -> Head:
    """Check a witnessed head's signature; ValueError names what is wrong."""
    parts = line.strip().split(" ")
    if len(parts) != 5 or parts[0] != SIGNED_HEAD_PREFIX:
        raise ValueError("not a scribe audit head (expected the line `scribe audit head` printed)")
    fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    if set(fields) != {"seq", "hash", "ts", "sig"} or not fields["seq"].isdigit():
        raise ValueError("the witnessed head is malformed")
    body = " ".join(parts[:4])
    try:
        public: Ed25519PublicKey = _signing_key(audit_key).public_key()
        public.verify(base64.b64decode(fields["sig"], validate=True), body.encode())
    except (InvalidSignature, ValueError):
        raise ValueError("the witnessed head's signature does not verify (not from this practice, or edited)") from None
    return Head(int(fields["seq"]), fields["hash"])


def missing_triggers(db: Session) -> list[str]:
    """Append-only triggers that are not installed (empty when the table is protected)."""
    bind = db.get_bind()
    if bind.dialect.name == "sqlite":
        present = set(db.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars())
    else:
        present = set(
            db.execute(text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass")).scalars()
        )
    expected = APPEND_ONLY_TRIGGERS + (("audit_no_truncate",) if bind.dialect.name == "postgresql" else ())
    return [name for name in expected if name not in present]


def verify(
    db: Session,
    audit_key: bytes,
    head_path: Path | None = None,
    *,
    witnessed: list[Head] | None = None,
) -> VerifyResult:
    """Recompute the chain, check the anchors and the triggers; report the first thing that does not fit."""
    prev, expected_seq, count = GENESIS, 1, 0
    hashes_: dict[int, str] = {}
    for row in db.execute(select(AuditRow).order_by(AuditRow.seq)).scalars():
        count += 1
        if row.seq != expected_seq:
            return VerifyResult(False, count, expected_seq, f"entry {expected_seq} is missing")
        if row.prev_hash != prev:
            return VerifyResult(False, count, row.seq, f"entry {row.seq} does not follow entry {row.seq - 1}")
        if not hmac.compare_digest(entry_hash(audit_key, prev, row), row.hash):
            return VerifyResult(False, count, row.seq, f"entry {row.seq} was altered")
        prev, expected_seq = row.hash, expected_seq + 1
        hashes_[row.seq] = row.hash
    head: Head | None = None
    if head_path is not None:
        try:
            head = read_head(head_path, audit_key)
        except ValueError as exc:
            return VerifyResult(False, count, None, str(exc))
        if head is None and count:
            return VerifyResult(False, count, None, f"the head anchor {head_path.name} is missing but the log has entries")
        if head is not None and hashes_.get(head.seq) != head.hash:
            return VerifyResult(False, count, head.seq, f"entry {head.seq} (named by the head anchor) is missing or different")
    for w in witnessed or []:
        if hashes_.get(w.seq) != w.hash:
            return VerifyResult(
                False, count, w.seq, f"entry {w.seq} (a witnessed head) is missing or different: the log was cut or rewritten"
            )
    missing = missing_triggers(db)
    if missing:
        return VerifyResult(False, count, None, f"the append-only trigger(s) {', '.join(missing)} are gone")
    return VerifyResult(True, count, head_seq=head.seq if head else None)
