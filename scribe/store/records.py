"""Shared ground for the record's after-life: clients, small encrypted records, practice policy.

* **Client.** A session's client is known to the store only as
  ``HMAC(client key, normalised identifier)``: the practice types the same
  identifier it uses in its own system (a chart number, a name); the store can
  find that client's sessions again but never prints who it is. The client key
  is derived from the practice key file's audit key, so the database alone
  cannot be searched for a name.
* **Sealed records.** Authorizations, disclosures, holds and second factors are
  small JSON documents, each under its own data key (record domain), bound to
  their table and row by associated data.
* **Policy.** Retention years and the roles that need a second factor are
  practice decisions kept in the store (audited), not deployment settings.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from scribe.errors import ConfigError, IntegrityError
from scribe.store.models import DataKeyRow
from scribe.store.records_models import SHREDDED_DOMAIN, PolicyRow, SessionClientRow
from scribe.store.store import Store, _now

MAX_CLIENT_CHARS = 200


def normalise_client(client: str) -> str:
    """One spelling per client: whitespace collapsed, case folded. Validated once, here."""
    norm = " ".join(client.split()).casefold()
    if not norm or len(norm) > MAX_CLIENT_CHARS or not norm.isprintable():
        raise ConfigError(f"a client identifier is 1-{MAX_CLIENT_CHARS} printable characters")
    return norm


def client_ref(store: Store, client: str) -> str:
    """The keyed HMAC that stands for a client in the store (stable, not reversible without the key file)."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"scribe/v1/client-ref").derive(store.keys.audit_key())
    return hmac.new(key, normalise_client(client).encode(), hashlib.sha256).hexdigest()


def set_client(store: Store, session_id: str, client: str, *, actor: str = "cli") -> None:
    """Record whose session this is (audited without the identifier)."""
    ref = client_ref(store, client)
    with store._tx() as db:
        store._session(db, session_id)
        row = db.get(SessionClientRow, session_id)
        changed = row is not None and row.client_ref != ref
        if row is None:
            db.add(SessionClientRow(session_id=session_id, client_ref=ref, set_at=_now(), set_by=actor))
        else:
            row.client_ref, row.set_at, row.set_by = ref, _now(), actor
        store._audit(db, "session.client", "session", session_id, actor, changed=changed)


def session_client_ref(db: Session, session_id: str) -> str | None:
    row = db.get(SessionClientRow, session_id)
    return row.client_ref if row else None


def client_sessions(store: Store, client: str) -> list[str]:
    """Session ids recorded for ``client``, oldest first."""
    from scribe.store.models import SessionRow

    ref = client_ref(store, client)
    with store._sessions() as db:
        q = (
            select(SessionClientRow.session_id)
            .join(SessionRow, SessionRow.id == SessionClientRow.session_id)
            .where(SessionClientRow.client_ref == ref)
            .order_by(SessionRow.created_at)
        )
        return list(db.execute(q).scalars())


# -- small encrypted documents -------------------------------------------------------------
def _aad(table: str, row_id: str, key_id: str, part: str) -> bytes:
    return f"scribe/v1/record|{table}|{row_id}|{key_id}|{part}".encode()


def seal_doc(store: Store, db: Session, table: str, row_id: str, doc: Any, *, purpose: str) -> tuple[str, bytes, bytes]:
    """A fresh data key and ``doc`` encrypted under it: (key id, nonce, ciphertext)."""
    key_id, key, _ = store._new_data_key(db, "record", purpose)
    return key_id, *seal_bytes(key, table, row_id, key_id, json.dumps(doc, sort_keys=True).encode())


def seal_bytes(key: bytes, table: str, row_id: str, key_id: str, data: bytes, part: str = "doc") -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(key).encrypt(nonce, data, _aad(table, row_id, key_id, part))


def open_bytes(store: Store, db: Session, table: str, row_id: str, key_id: str, nonce: bytes, ciphertext: bytes,
               part: str = "doc") -> bytes:
    key = store._data_key(db, key_id)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, _aad(table, row_id, key_id, part))
    except InvalidTag:
        raise IntegrityError(f"a stored {table} record failed authentication") from None


def open_doc(store: Store, db: Session, table: str, row_id: str, key_id: str, nonce: bytes, ciphertext: bytes) -> Any:
    return json.loads(open_bytes(store, db, table, row_id, key_id, nonce, ciphertext))


def shred_key(db: Session, key_id: str | None) -> bytes | None:
    """Destroy a data key's material, keeping its row; returns the wrap's nonce (to prove the bytes gone)."""
    if key_id is None:
        return None
    row = db.get(DataKeyRow, key_id)
    if row is None or row.domain == SHREDDED_DOMAIN:
        return None
    nonce = bytes(row.wrapped[:12])
    row.domain, row.kek_version, row.wrapped = SHREDDED_DOMAIN, 0, b""
    db.flush()
    return nonce


# -- practice policy -------------------------------------------------------------------------
def get_policy(store: Store, name: str) -> Any:
    with store._sessions() as db:
        row = db.get(PolicyRow, name)
        return json.loads(row.value) if row else None


def set_policy(store: Store, name: str, value: Any, *, actor: str = "cli") -> None:
    with store._tx() as db:
        row = db.get(PolicyRow, name)
        if row is None:
            db.add(PolicyRow(name=name, value=json.dumps(value), set_at=_now(), set_by=actor))
        else:
            row.value, row.set_at, row.set_by = json.dumps(value), _now(), actor
        store._audit(db, "policy.set", "policy", name, actor, name=name, value=value)


__all__ = [
    "client_ref", "client_sessions", "get_policy", "normalise_client", "open_bytes", "open_doc", "seal_bytes", "seal_doc",
    "session_client_ref", "set_client", "set_policy", "shred_key",
]
