"""`POST /upload`: recorders send their encrypted `.sca` files to the box over HTTPS.

Authenticated by a per-device bearer token (`scribe devices add NAME`), not by a
login cookie; takes only a recorder container encrypted to this practice
(checked by opening its key stanza), never plain audio; written to a hidden
temp file in the inbox and renamed into place only when complete, so
`scribe worker` never sees half an upload. Every upload is audited with the
device, the size and the SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from scribe.errors import IntegrityError, KeyAccessError
from scribe.store.devices import DeviceRegistry
from scribe.store.store import Store, _fsync_dir
from scribe.vault import container

HEADER_BYTES = 4096  # a recorder header is a few hundred bytes


class _TooLarge(Exception):
    pass


def add_upload_route(app: FastAPI, store: Store, inbox: Path, *, max_bytes: int) -> None:
    registry = DeviceRegistry(store)

    @app.post("/upload")
    async def upload(request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        device = registry.authenticate(auth[7:].strip()) if auth[:7].lower() == "bearer " else None
        if device is None:
            return PlainTextResponse(
                "a valid device token is required (`scribe devices add NAME`)", status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
        inbox.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = inbox / f".upload-{secrets.token_hex(8)}.partial"
        digest, size, head = hashlib.sha256(), 0, b""
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > max_bytes:
                        raise _TooLarge
                    if len(head) < HEADER_BYTES:
                        head += chunk[: HEADER_BYTES - len(head)]
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            header = container.read_header(io.BytesIO(head))
            if header.stanza_type != container.STANZA_X25519:
                raise IntegrityError("not a recorder file")
            # Encrypted to this practice? Opening the stanza proves it; the data key is dropped at once.
            container.unwrap_recipient(header, store.keys.identity(header.key_version))
            name = f"{device.name}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}.sca"
            os.rename(temp, inbox / name)
            _fsync_dir(inbox)
        except _TooLarge:
            temp.unlink(missing_ok=True)
            return PlainTextResponse(f"larger than {max_bytes} bytes (SCRIBE_MAX_INGEST_BYTES)", status_code=413)
        except (IntegrityError, KeyAccessError):
            temp.unlink(missing_ok=True)
            return PlainTextResponse(
                "not a recorder file encrypted to this practice's current recipient (`scribe encrypt -r …`)",
                status_code=400,
            )
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        registry.record_upload(device, size=size, sha256=digest.hexdigest())
        return JSONResponse({"received": size, "sha256": digest.hexdigest()}, status_code=201)
