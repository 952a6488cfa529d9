"""Service mode logic without models: the inbox, leases, and reconciliation (one scenario per test)."""

from __future__ import annotations

import io
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scribe.errors import AuditError, StateError
from scribe.service import STALE_UNCLAIMED, Inbox, reconcile
from scribe.store.store import RECORDER_AAD, Store
from scribe.vault import container

AUDIO = b"RIFF" + bytes(range(256)) * 40


def _drop(inbox: Path, keys, name: str = "r.sca", audio: bytes = AUDIO) -> Path:  # type: ignore[no-untyped-def]
    public, version = keys.recipient_public()
    path = inbox / name
    with open(path, "wb") as dst:
        container.encrypt_to_recipient(io.BytesIO(audio), dst, recipient_public=public, key_version=version, aad=RECORDER_AAD)
    old = time.time() - 60
    os.utime(path, (old, old))
    return path


@pytest.fixture
def inbox(tmp_path: Path, store: Store) -> Inbox:
    return Inbox(tmp_path / "inbox", store, settle_seconds=1.0)


def test_a_file_is_taken_only_once_it_stopped_changing(inbox: Inbox, keys) -> None:  # type: ignore[no-untyped-def]
    path = _drop(inbox.path, keys)
    assert inbox.ready() == []  # first sight: its size is not known to be stable yet
    assert inbox.ready() == [path]
    with open(path, "ab") as f:  # the recorder is still copying
        f.write(b"more")
    assert inbox.ready() == []


def test_fresh_hidden_and_partial_files_are_left_alone(inbox: Inbox, keys) -> None:  # type: ignore[no-untyped-def]
    fresh = _drop(inbox.path, keys, "fresh.sca")
    os.utime(fresh, None)  # modified just now
    _drop(inbox.path, keys, ".hidden.sca")
    _drop(inbox.path, keys, "copying.sca.partial")
    inbox.ready()
    assert inbox.ready() == []


def test_two_workers_never_claim_the_same_file(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    path = _drop(inbox.path, keys)
    other = Inbox(inbox.path, store, settle_seconds=1.0)
    claims = [inbox.claim(path), other.claim(path)]
    assert sum(c is not None for c in claims) == 1


def test_ingest_takes_the_file_into_the_vault_and_removes_the_inbox_copy(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    _drop(inbox.path, keys, "2026-03-14-a.sca")
    inbox.ready()
    [info] = inbox.poll()
    assert info.id == "2026-03-14-a" and info.state == "ingested"
    assert bytes(store.read_audio(info.id)) == AUDIO
    assert list(inbox.path.glob("*.sca")) == [] and list((inbox.path / ".claimed").iterdir()) == []


def test_a_tampered_file_is_rejected_not_retried(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    path = _drop(inbox.path, keys)
    data = bytearray(path.read_bytes())
    data[-30] ^= 1
    path.write_bytes(bytes(data))
    old = time.time() - 60
    os.utime(path, (old, old))
    inbox.ready()
    assert inbox.poll() == []
    assert store.sessions() == [] and [p.name for p in (inbox.path / ".rejected").iterdir()] == ["r.sca"]


def test_the_same_recording_dropped_again_is_rejected(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    path = _drop(inbox.path, keys, "a.sca")
    copy = inbox.path / "b.sca"
    copy.write_bytes(path.read_bytes())
    old = time.time() - 60
    os.utime(copy, (old, old))
    inbox.ready()
    assert len(inbox.poll()) == 1 and len(store.sessions()) == 1
    assert [p.name for p in (inbox.path / ".rejected").iterdir()] == ["b.sca"]


def test_a_store_outage_puts_the_file_back_for_the_next_scan(inbox: Inbox, store: Store, keys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = _drop(inbox.path, keys)

    def down(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AuditError("the store could not commit (OperationalError); nothing was changed")

    monkeypatch.setattr(store, "ingest", down)
    inbox.ready()
    assert inbox.poll() == []
    assert path.exists() and list((inbox.path / ".rejected").iterdir()) == []


def test_a_taken_file_name_gets_a_random_session_id(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    store.ingest("taken", io.BytesIO(AUDIO))
    _drop(inbox.path, keys, "taken.sca", audio=AUDIO + b"x")
    inbox.ready()
    [info] = inbox.poll()
    assert info.id != "taken"


# -- leases --------------------------------------------------------------------------------------


def test_a_live_lease_refuses_a_second_run(store: Store) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    assert store.claim_processing("s", "box-a:1", lease_seconds=60)
    with pytest.raises(StateError, match="another worker"):
        store.claim_processing("s", "box-b:2", lease_seconds=60)
    assert store.renew_lease("s", "box-a:1") and not store.renew_lease("s", "box-b:2")


def test_a_lapsed_lease_is_taken_over_and_the_session_is_due_again(store: Store) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    store.record_flow_run("s", "run-1")
    assert store.claim_processing("s", "dead:1", lease_seconds=0.01)
    time.sleep(0.05)
    assert [i.id for i in store.sessions_to_resume()] == ["s"]
    assert store.claim_processing("s", "alive:2", lease_seconds=60)
    assert store.sessions_to_resume() == []
    assert "resumed" in store.audit_entries("s")[-1]["detail"]


def test_a_processed_session_is_never_claimed_again(store: Store) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    store.commit_results("s", {"transcript": b"t"}, retain_audio_hours=1)
    assert store.claim_processing("s", "late:1") is False


# -- reconciliation ---------------------------------------------------------------------------


def _submitted(store: Store, run_state=None, crashed: list[str] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def fake_submit(s: Store, info) -> str:  # type: ignore[no-untyped-def]
        calls.append(info.id)
        s.record_flow_run(info.id, f"run-{len(calls)}")
        return f"run-{len(calls)}"

    mark = crashed.append if crashed is not None else None
    reconcile(store, submit_fn=fake_submit, run_state=run_state or (lambda _id: ("RUNNING", None)), mark_crashed=mark)
    return calls


def test_reconcile_submits_new_sessions_once(store: Store) -> None:
    store.ingest("new", io.BytesIO(AUDIO))
    assert _submitted(store) == ["new"]
    assert _submitted(store) == []  # its run is still running: nothing twice


@pytest.mark.parametrize("state", ["FAILED", "CRASHED", "CANCELLED", "MISSING"])
def test_reconcile_resubmits_a_session_whose_run_ended_before_processing(store: Store, state: str) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    store.record_flow_run("s", "run-0")
    assert _submitted(store, lambda _id: (state, None)) == ["s"]


@pytest.mark.parametrize("state", ["PENDING", "RUNNING"])
def test_reconcile_resubmits_a_run_whose_worker_died_before_the_claim(store: Store, state: str) -> None:
    # Taken by a worker (Pending) or started (Running), then the worker was killed before the run
    # claimed its session: no lease ever existed, so only the run's age in that state tells.
    store.ingest("s", io.BytesIO(AUDIO))
    store.record_flow_run("s", "run-0")
    recent = datetime.now(UTC)
    crashed: list[str] = []
    assert _submitted(store, lambda _id: (state, recent), crashed) == []
    assert _submitted(store, lambda _id: (state, recent - STALE_UNCLAIMED - timedelta(seconds=1)), crashed) == ["s"]
    assert crashed == ["run-0"]  # the dead run is marked crashed, not left showing as alive


def test_reconcile_does_not_mark_an_already_ended_run_crashed(store: Store) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    store.record_flow_run("s", "run-0")
    crashed: list[str] = []
    assert _submitted(store, lambda _id: ("FAILED", None), crashed) == ["s"]
    assert crashed == []


def test_reconcile_grace_for_an_unclaimed_run_is_a_parameter(store: Store) -> None:
    store.ingest("s", io.BytesIO(AUDIO))
    store.record_flow_run("s", "run-0")
    started = datetime.now(UTC) - timedelta(seconds=45)
    calls: list[str] = []

    def fake_submit(s: Store, info) -> str:  # type: ignore[no-untyped-def]
        calls.append(info.id)
        return "run-1"

    reconcile(store, submit_fn=fake_submit, run_state=lambda _id: ("RUNNING", started), unclaimed_grace=timedelta(minutes=1))
    assert calls == []
    reconcile(store, submit_fn=fake_submit, run_state=lambda _id: ("RUNNING", started), unclaimed_grace=timedelta(seconds=30))
    assert calls == ["s"]


def test_reconcile_resumes_processing_with_a_lapsed_lease_only(store: Store) -> None:
    for sid in ("dead", "alive", "done"):
        store.ingest(sid, io.BytesIO(AUDIO))
        store.record_flow_run(sid, "run-0")
    store.claim_processing("dead", "w:1", lease_seconds=0.01)
    store.claim_processing("alive", "w:2", lease_seconds=60)
    store.commit_results("done", {"transcript": b"t"}, retain_audio_hours=1)
    time.sleep(0.05)
    assert _submitted(store) == ["dead"]


def test_reconcile_finishes_a_pending_shred(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.errors import ShredUnprovenError
    from scribe.store import store as store_mod

    store.ingest("s", io.BytesIO(AUDIO))
    store.commit_results("s", {"transcript": b"t"}, retain_audio_hours=0)

    def blocked(self, needles, **_):  # type: ignore[no-untyped-def]
        raise ShredUnprovenError("a reader holds the key table")

    monkeypatch.setattr(store_mod.Store, "prove_bytes_gone", blocked)
    with pytest.raises(ShredUnprovenError):
        store.shred_audio("s")
    monkeypatch.undo()
    assert store.session("s").shred_pending
    assert _submitted(store) == []
    info = store.session("s")
    assert info.audio_shredded and not info.shred_pending


def _claimed_by(inbox: Inbox, path: Path, owner: str) -> Path:
    target = inbox.path / ".claimed" / f"{path.name}.{owner}"
    os.rename(path, target)
    return target


def test_a_file_a_killed_worker_claimed_is_put_back_and_ingested(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    import socket
    import subprocess

    dead = subprocess.Popen(["true"])
    dead.wait()
    held = _claimed_by(inbox, _drop(inbox.path, keys, "2026-03-14-smith.sca"), f"{socket.gethostname()}-{dead.pid}")
    assert inbox.poll() == []  # put back; its size is learned on this scan
    assert not held.exists() and (inbox.path / "2026-03-14-smith.sca").exists()
    taken = inbox.poll()
    assert [i.id for i in taken] == ["2026-03-14-smith"]
    assert list((inbox.path / ".claimed").iterdir()) == [] and list(inbox.path.glob("*.sca")) == []


def test_a_live_workers_claim_is_left_alone_until_it_is_stale(inbox: Inbox, store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    import socket
    import subprocess

    alive = subprocess.Popen(["sleep", "30"])
    try:
        mine = _claimed_by(inbox, _drop(inbox.path, keys, "a.sca"), f"{socket.gethostname()}-{alive.pid}")
        theirs = _claimed_by(inbox, _drop(inbox.path, keys, "b.sca"), "another-box-4242")
        assert inbox.recover() == 0 and mine.exists() and theirs.exists()
        inbox.stale_claim_seconds = 0.0  # the other box's claim is now older than a worker ever holds one
        assert inbox.recover() == 2 and (inbox.path / "a.sca").exists() and (inbox.path / "b.sca").exists()
    finally:
        alive.kill()
        alive.wait()
