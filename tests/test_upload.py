"""Recorder uploads to `scribe serve`: per-device tokens, encrypted files only, atomic arrival in the inbox."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from scribe.service import Inbox
from scribe.store.devices import DeviceRegistry
from scribe.store.store import RECORDER_AAD, Store
from scribe.vault import container
from scribe.vault.keys import FileKeyProvider
from scribe.web.app import create_app

AUDIO = b"RIFF" + bytes(range(256)) * 40


def _recorder_file(public: bytes, version: int) -> bytes:
    out = io.BytesIO()
    container.encrypt_to_recipient(io.BytesIO(AUDIO), out, recipient_public=public, key_version=version, aad=RECORDER_AAD)
    return out.getvalue()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return tmp_path / "inbox"


@pytest.fixture
def client(store: Store, inbox: Path) -> TestClient:
    return TestClient(create_app(store, upload_inbox=inbox), follow_redirects=False)


@pytest.fixture
def token(store: Store) -> str:
    return DeviceRegistry(store).add("room-2-recorder")


def _post(client: TestClient, body: bytes, token: str | None) -> object:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/upload", content=body, headers={**headers, "Content-Type": "application/octet-stream"})


def test_an_upload_lands_in_the_inbox_whole_and_is_audited(client: TestClient, store: Store, keys, inbox: Path, token: str) -> None:  # type: ignore[no-untyped-def]
    body = _recorder_file(*keys.recipient_public())
    r = _post(client, body, token)
    assert r.status_code == 201 and r.json()["received"] == len(body)  # type: ignore[attr-defined]
    [arrived] = list(inbox.glob("*.sca"))
    assert arrived.read_bytes() == body and arrived.name.startswith("room-2-recorder-")
    assert not [p for p in inbox.iterdir() if p.name.startswith(".upload-")]
    entry = store.audit_entries()[-1]
    assert entry["action"] == "recorder.upload" and entry["actor"] == "device:room-2-recorder"
    assert json.loads(entry["detail"])["bytes"] == len(body)
    # and the worker's inbox takes it like any dropped file
    old = time.time() - 60
    os.utime(arrived, (old, old))
    watcher = Inbox(inbox, store, settle_seconds=1)
    watcher.ready()
    [info] = watcher.poll()
    assert bytes(store.read_audio(info.id)) == AUDIO


@pytest.mark.parametrize("bad", ["", "scribe-dev1.x.y", "Bearer-less", "scribe-dev1.00000000000000000000000000000000.guess"])
def test_uploads_without_a_valid_token_are_refused(client: TestClient, keys, inbox: Path, token: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    r = _post(client, _recorder_file(*keys.recipient_public()), bad or None)
    assert r.status_code == 401  # type: ignore[attr-defined]
    assert not inbox.exists() or list(inbox.iterdir()) == []


def test_a_revoked_token_is_refused_at_once(client: TestClient, store: Store, keys, inbox: Path, token: str) -> None:  # type: ignore[no-untyped-def]
    DeviceRegistry(store).revoke("room-2-recorder")
    assert _post(client, _recorder_file(*keys.recipient_public()), token).status_code == 401  # type: ignore[attr-defined]


def test_plain_audio_is_refused_and_leaves_nothing(client: TestClient, inbox: Path, token: str) -> None:
    r = _post(client, AUDIO, token)
    assert r.status_code == 400  # type: ignore[attr-defined]
    assert list(inbox.iterdir()) == []


def test_a_file_for_another_practice_is_refused(client: TestClient, inbox: Path, token: str, tmp_path: Path) -> None:
    other = FileKeyProvider.init(tmp_path / "other.key")
    r = _post(client, _recorder_file(*other.recipient_public()), token)
    assert r.status_code == 400 and list(inbox.iterdir()) == []  # type: ignore[attr-defined]


def test_an_oversized_upload_is_refused_without_a_partial_file(store: Store, keys, inbox: Path, token: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from scribe.config import get_settings

    monkeypatch.setenv("SCRIBE_MAX_INGEST_BYTES", "1000")
    get_settings.cache_clear()
    small = TestClient(create_app(store, upload_inbox=inbox), follow_redirects=False)
    r = _post(small, _recorder_file(*keys.recipient_public()), token)
    assert r.status_code == 413 and list(inbox.iterdir()) == []  # type: ignore[attr-defined]


def test_cli_devices_add_list_revoke(capsys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main

    assert main(["keys", "init"]) == 0
    capsys.readouterr()
    assert main(["devices", "add", "lobby"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert token.startswith("scribe-dev1.")
    from scribe.pipeline import open_store

    assert token not in " ".join(str(v) for e in open_store().audit_entries() for v in e.values())
    assert main(["devices", "list"]) == 0 and "lobby\tactive" in capsys.readouterr().out
    assert main(["devices", "revoke", "lobby"]) == 0
    assert main(["devices", "list"]) == 0 and "lobby\trevoked" in capsys.readouterr().out
    assert DeviceRegistry(open_store()).authenticate(token) is None
