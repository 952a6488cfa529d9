"""Encrypted backups of the notes store that can never bring destroyed audio or retired records back.

What an archive holds: every row of the notes store (notes, versions and
edits, transcripts, sealed workspaces, users, authorizations, disclosures,
holds, the recorder-file ledger, the whole audit chain), as a logical dump
that restores into SQLite or PostgreSQL alike.

What it never holds: audio (vault files), audio data keys, the key file.
Audio is transient by design, so a restore leaves every session's audio
absent: a session whose audio was still held is restored as *audio not
restored* (it cannot be processed again). The recorder-file ledger comes back,
so a stray copy of a recorder file cannot be ingested a second time.

Encryption: a fresh 256-bit archive key, AES-256-GCM over the compressed dump
with the header as associated data; the archive key is wrapped under the
practice's *record* KEK (the active version), so the key file is needed to
restore, and retiring that KEK version makes old archives unreadable.

Restore, into a store with no rows, with the key file that made the archive:
the audit chain is checked as restored, the restore itself is appended as an
audit entry, and then, before anything can be read, every shred the archive
predates is applied again: the shred register (``SCRIBE_SHRED_REGISTER_FILE``)
and the retention policy (with its legal holds as restored).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import MetaData, Table, func, select, text
from sqlalchemy.engine import Connection

from scribe.errors import IntegrityError, KeyAccessError, StateError
from scribe.store import audit
from scribe.store.store import Store, _now

MAGIC = b"SCRIBE-BACKUP/1\n"
FORMAT = "scribe-backup/1"
SKIP_TABLES = ("alembic_version",)
# Never in an archive: the data keys of audio (the vault files are never read at all).
AUDIO_PURPOSE = "audio"
_SESSION_AUDIO = ("audio_key_id", "audio_file", "audio_shred_pending", "lease_owner", "lease_until")


def _aad(header: bytes) -> bytes:
    return b"scribe/v1/backup|" + header


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, datetime):
        return {"$t": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "$b" in value:
        return base64.b64decode(value["$b"])
    if isinstance(value, dict) and "$t" in value:
        return datetime.fromisoformat(value["$t"])
    return value


def _tables(conn: Connection) -> list[Table]:
    meta = MetaData()
    meta.reflect(conn)
    return [t for t in meta.sorted_tables if t.name not in SKIP_TABLES]


def _revision(conn: Connection) -> str:
    return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())


def _snapshot(store: Store) -> dict[str, Any]:
    """Every table in one read transaction (a consistent snapshot), audio keys left out."""
    # The engine begins every transaction with the store's writer lock (BEGIN IMMEDIATE, or the
    # PostgreSQL advisory lock): no write commits while the tables are read.
    with store.engine.connect() as conn:
        tables: dict[str, list[dict[str, Any]]] = {}
        audio_keys: set[str] = set()
        audio_held = 0
        for table in _tables(conn):
            rows = [dict(r._mapping) for r in conn.execute(select(table))]
            if table.name == "data_keys":
                audio_keys = {r["id"] for r in rows if r["purpose"] == AUDIO_PURPOSE}
                rows = [r for r in rows if r["purpose"] != AUDIO_PURPOSE]
            if table.name == "sessions":
                for r in rows:
                    audio_held += r["audio_key_id"] is not None
                    for col in _SESSION_AUDIO:
                        r[col] = None
            tables[table.name] = [{k: _encode(v) for k, v in r.items()} for r in rows]
        last = conn.execute(select(audit.AuditRow.seq, audit.AuditRow.hash).order_by(audit.AuditRow.seq.desc()).limit(1)).first()
        revision = _revision(conn)
        conn.rollback()
    leaked = [k for r in tables.get("sessions", []) for k in [r.get("audio_key_id")] if k in audio_keys]
    assert not leaked  # programming error: an audio key id survived the filter
    return {
        "manifest": {
            "format": FORMAT, "created_at": _now().isoformat(timespec="seconds"), "revision": revision,
            "dialect": store.dialect, "audit_head": {"seq": last[0], "hash": last[1]} if last else None,
            "rows": {name: len(rows) for name, rows in tables.items()}, "audio_keys_left_out": len(audio_keys),
            "sessions_with_audio_held": audio_held,
        },
        "tables": tables,
    }


def create(store: Store, out: Path, *, actor: str = "cli") -> dict[str, Any]:
    """Write one encrypted archive of the notes store to ``out`` (0600, never over an existing file)."""
    from scribe.documents import publish, reserve, write_reserved

    tmp = reserve(out)
    try:
        dump = _snapshot(store)
        archive_key = AESGCM.generate_key(256)
        salt = secrets.token_bytes(16)
        version, wrapped = store.keys.wrap("record", archive_key, b"scribe/v1/backup-key|" + salt)
        nonce = secrets.token_bytes(12)
        header = json.dumps({
            "format": FORMAT, "kek_version": version, "salt": salt.hex(), "wrapped_key": wrapped.hex(), "nonce": nonce.hex(),
        }, sort_keys=True).encode()
        body = AESGCM(archive_key).encrypt(nonce, zlib.compress(json.dumps(dump).encode(), 6), _aad(header))
        data = MAGIC + len(header).to_bytes(4, "big") + header + body
        write_reserved(tmp, data)
        manifest = dict(dump["manifest"], archive_sha256=hashlib.sha256(data).hexdigest(), archive_bytes=len(data))
        store.record("backup.create", "backup", manifest["archive_sha256"], actor=actor,
                     **{k: manifest[k] for k in ("rows", "audit_head", "audio_keys_left_out", "archive_sha256")})
        publish(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return manifest


def read(store: Store, archive: Path) -> dict[str, Any]:
    """Authenticate and decrypt an archive with this store's key file; every defect is a typed error."""
    raw = archive.read_bytes()
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise IntegrityError("not a scribe backup archive")
    n = int.from_bytes(raw[len(MAGIC):len(MAGIC) + 4], "big")
    header = raw[len(MAGIC) + 4:len(MAGIC) + 4 + n]
    try:
        h = json.loads(header)
        if h.get("format") != FORMAT:
            raise ValueError("format")
        salt, wrapped, nonce = (bytes.fromhex(h[k]) for k in ("salt", "wrapped_key", "nonce"))
        version = int(h["kek_version"])
    except (ValueError, KeyError, TypeError):
        raise IntegrityError("the backup archive's header is malformed") from None
    try:
        archive_key = store.keys.unwrap("record", version, wrapped, b"scribe/v1/backup-key|" + salt)
    except (IntegrityError, KeyAccessError) as exc:
        raise KeyAccessError(
            f"this key file cannot open the archive (key version {version}: {exc}); restore with the practice key "
            "file that made it (`scribe keys import --recovery`)"
        ) from None
    try:
        plain = AESGCM(archive_key).decrypt(nonce, raw[len(MAGIC) + 4 + n:], _aad(header))
    except InvalidTag:
        raise IntegrityError("the backup archive failed authentication (truncated or altered)") from None
    return json.loads(zlib.decompress(plain))  # type: ignore[no-any-return]


def _empty(conn: Connection) -> bool:
    return all(conn.execute(select(func.count()).select_from(t)).scalar_one() == 0 for t in _tables(conn))


def restore(store: Store, archive: Path, *, register: Path | None = None, actor: str = "cli",
            now: datetime | None = None) -> dict[str, Any]:
    """Restore an archive into this (empty) store, then re-apply every shred it predates. Returns a summary."""
    from scribe.store.retention import Retention

    dump = read(store, archive)
    manifest = dump["manifest"]
    with store.engine.connect() as conn:
        if not _empty(conn):
            raise StateError("SCRIBE_HOME's notes store is not empty; restore only into a new, empty SCRIBE_HOME")
        if manifest["revision"] != _revision(conn):
            raise StateError(
                f"the archive is from schema revision {manifest['revision']}, this scribe is at {_revision(conn)}: "
                "restore with the scribe version that made it"
            )
    with store._tx() as db:
        conn = db.connection()
        signed: list[dict[str, Any]] = []
        for table in _tables(conn):
            rows = [{k: _decode(v) for k, v in r.items()} for r in dump["tables"].get(table.name, [])]
            if table.name == "users":
                rows.sort(key=lambda r: r["supervisor_id"] is not None)
            if table.name == "note_versions":
                rows.sort(key=lambda r: (r["session_id"], r["version"]))
                # The database refuses edits of a signed note: restore unsigned, add the edits, then sign.
                signed = [{k: r[k] for k in ("id", "content_hash", "signed_by", "signed_at")} for r in rows if r["signed_at"]]
                rows = [dict(r, content_hash=None, signed_by=None, signed_at=None) for r in rows]
            if table.name == "sessions":
                for r in rows:
                    if r["state"] in ("ingested", "processing"):
                        r["state"], r["error_kind"] = "failed", "audio-not-restored"
            if rows:
                conn.execute(table.insert(), rows)
        versions = next(t for t in _tables(conn) if t.name == "note_versions")
        for s in signed:
            conn.execute(versions.update().where(versions.c.id == s["id"]).values(
                content_hash=s["content_hash"], signed_by=s["signed_by"], signed_at=s["signed_at"]))
        result = audit.verify(db, store.keys.audit_key())
        if not result.ok:
            raise IntegrityError(f"the archive's audit chain does not verify ({result.reason}); nothing was restored")
        if db.execute(select(func.count()).select_from(audit.AuditRow)).scalar_one() != (manifest["audit_head"] or {}).get("seq", 0):
            raise IntegrityError("the archive's audit chain is not the one its manifest names; nothing was restored")
        store._audit(db, "backup.restore", "backup", manifest["created_at"], actor, created_at=manifest["created_at"],
                     restored_head=manifest["audit_head"], rows=manifest["rows"])
    retention = Retention(store, register=register)
    reshredded = retention.replay_register(register, actor=actor) if register is not None and register.exists() else []
    if retention.years() is not None:
        reshredded += retention.apply(now, actor=actor)
    return {"manifest": manifest, "reshredded": len(reshredded)}


__all__ = ["create", "read", "restore"]
