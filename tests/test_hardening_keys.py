"""Red-team scenarios against the practice key file, one scenario per test, the failure named.

Each of these lost data or leaked a secret before the key file was locked,
re-read and validated (issue 7, "Keys").
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scribe.errors import IntegrityError, KeyAccessError, StateError
from scribe.store.store import RECORDER_AAD, Store
from scribe.vault import container
from scribe.vault.keys import FileKeyProvider

AUDIO = b"RIFF" + bytes(range(256)) * 40


def _fill(store: Store) -> None:
    """Audio, a transcript and both notes: data keys in both domains."""
    for sid in ("a", "b"):
        store.ingest(sid, io.BytesIO(AUDIO))
        store.commit_results(sid, {"transcript": b"t", "progress": b"p", "psychotherapy": b"w"}, retain_audio_hours=1)


def _all_data_opens(home: Path, key_path: Path) -> bool:
    """Everything in the store opens with the key file as it is on disk now (a fresh process)."""
    fresh = Store(home, FileKeyProvider(key_path))
    try:
        for sid in ("a", "b"):
            assert bytes(fresh.read_audio(sid)) == AUDIO
            for kind in ("transcript", "progress", "psychotherapy"):
                fresh.read_blob(sid, kind)
    finally:
        fresh.close()
    return True


def test_second_rotation_from_a_stale_ring_is_refused_not_overwritten(store: Store, keys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    other = FileKeyProvider(keys.path)  # a second `scribe keys rotate` that read the file first
    other.ring  # noqa: B018
    assert keys.rotate() == 2 and store.rewrap_all() > 0
    with pytest.raises(StateError, match="changed since"):
        other.rotate()
    assert [v.version for v in FileKeyProvider(keys.path).ring.versions] == [1, 2]
    assert _all_data_opens(scribe_home, keys.path)


def test_two_rotate_processes_at_once_lose_nothing(capsys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main

    assert main(["keys", "init"]) == 0
    from scribe.pipeline import open_store

    _fill(open_store())
    capsys.readouterr()
    env = dict(os.environ, SCRIBE_HOME=str(scribe_home))
    cmd = [sys.executable, "-m", "scribe.cli", "keys", "rotate", "--retire-old"]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    assert any(code == 0 for code, _ in results), results
    for code, err in results:  # the loser refuses with one line; it never "succeeds" over the winner
        assert code == 0 or (code == 9 and "changed since" in err), results
    assert _all_data_opens(scribe_home, scribe_home / "keys" / "practice.key")


def test_rewrap_refuses_rows_the_held_kek_cannot_open(store: Store, keys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    keys.rotate()
    store.rewrap_all()
    # The old race: another process's "version 2" (a different KEK) overwrote the file after the rewrap.
    impostor = FileKeyProvider.init(scribe_home / "other.key")
    impostor.rotate()
    doc = json.loads(keys.path.read_text())
    doc["versions"][1] = json.loads(impostor.path.read_text())["versions"][1]
    keys.path.write_text(json.dumps(doc))
    before = store.keys_in_use()
    stale = Store(scribe_home, FileKeyProvider(keys.path))
    stale.keys.rotate()  # version 3 active; rows claiming version 2 do not open under the file's "version 2"
    with pytest.raises(IntegrityError, match="nothing was rewrapped"):
        stale.rewrap_all()
    assert stale.keys_in_use() == before  # no row was touched
    stale.close()


def test_long_running_process_wraps_under_a_rotation_it_did_not_make(store: Store, keys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    running = Store(scribe_home, FileKeyProvider(keys.path))  # a `scribe run` that loaded version 1
    running.keys.active_version()
    rotator = Store(scribe_home, FileKeyProvider(keys.path))
    rotator.keys.rotate()
    rotator.rewrap_all()
    rotator.retire_key_version(1)
    # The run commits after the retire: its new data keys land under version 2, and it reads rewrapped ones.
    running.commit_results("a", {"progress": b"p2"}, retain_audio_hours=1)
    assert set(running.keys_in_use()) == {2}
    assert running.read_blob("a", "progress") == b"p2"
    assert _all_data_opens(scribe_home, keys.path)
    running.close()
    rotator.close()


def test_retire_is_refused_while_a_session_is_processing(store: Store, keys) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    store.set_state("a", "processing")
    keys.rotate()
    store.rewrap_all()
    with pytest.raises(StateError, match="being processed"):
        store.retire_key_version(1)
    assert FileKeyProvider(keys.path).ring.get(1).status == "previous"
    store.set_state("a", "processed")
    store.retire_key_version(1)
    assert FileKeyProvider(keys.path).ring.get(1).status == "retired"


def test_retire_with_recorder_files_waiting_in_the_inbox_is_refused_unless_forced(store: Store, keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    public, version = keys.recipient_public()
    with open(inbox / "waiting.sca", "wb") as dst:
        container.encrypt_to_recipient(io.BytesIO(AUDIO), dst, recipient_public=public, key_version=version, aad=RECORDER_AAD)
    keys.rotate()
    store.rewrap_all()
    with pytest.raises(StateError, match="1 recorder file"):
        store.retire_key_version(1, inbox=inbox)
    assert FileKeyProvider(keys.path).identity(1)  # still there: the waiting file can be ingested
    store.retire_key_version(1, inbox=inbox, force=True)
    assert json.loads(store.audit_entries()[-1]["detail"])["abandoned_recorder_files"] == 1


def test_cli_rotate_retire_old_refuses_with_inbox_files(capsys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main

    assert main(["keys", "init"]) == 0
    capsys.readouterr()
    assert main(["keys", "recipient"]) == 0
    recipient = capsys.readouterr().out.strip()
    audio = scribe_home.parent / "a.wav"
    audio.write_bytes(AUDIO)
    (scribe_home / "inbox").mkdir()
    assert main(["encrypt", str(audio), "-r", recipient, "-o", str(scribe_home / "inbox" / "r.sca")]) == 0
    capsys.readouterr()
    assert main(["keys", "rotate", "--retire-old"]) == 9
    assert "--force" in capsys.readouterr().err


def test_key_file_readable_by_others_is_refused(keys) -> None:  # type: ignore[no-untyped-def]
    os.chmod(keys.path, 0o644)
    with pytest.raises(KeyAccessError, match="chmod 600"):
        FileKeyProvider(keys.path).active_version()


def test_unsealed_key_file_is_refused_when_a_passphrase_is_configured(keys) -> None:  # type: ignore[no-untyped-def]
    # Someone swapped in a plain key file of their own: scribe must not quietly use it.
    with pytest.raises(KeyAccessError, match="not sealed"):
        FileKeyProvider(keys.path, "correct horse").active_version()


def test_keys_seal_then_the_passphrase_is_required(keys) -> None:  # type: ignore[no-untyped-def]
    version, wrapped = keys.wrap("record", b"k" * 32, b"x")
    FileKeyProvider(keys.path, allow_unsealed=True).seal("correct horse")
    assert b"audit_key" not in keys.path.read_bytes()
    assert FileKeyProvider(keys.path, "correct horse").unwrap("record", version, wrapped, b"x") == b"k" * 32
    with pytest.raises(KeyAccessError, match="SCRIBE_KEY_PASSPHRASE"):
        FileKeyProvider(keys.path).active_version()


def _sealed_doc(path: Path) -> dict:  # type: ignore[type-arg]
    FileKeyProvider.init(path, "pw")
    return json.loads(path.read_text())


MALFORMED = {
    "not JSON": lambda doc: b"{not json",
    "a JSON list": lambda doc: b"[]",
    "missing audit_key": lambda doc: json.dumps({k: v for k, v in doc.items() if k != "audit_key"}).encode(),
    "versions not a list": lambda doc: json.dumps(dict(doc, versions="v1")).encode(),
    "version number a string": lambda doc: json.dumps(dict(doc, versions=[dict(doc["versions"][0], version="1")])).encode(),
    "key of the wrong size": lambda doc: json.dumps(dict(doc, versions=[dict(doc["versions"][0], record="AAAA")])).encode(),
    "no active version": lambda doc: json.dumps(dict(doc, versions=[dict(doc["versions"][0], status="previous")])).encode(),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_key_file_is_one_clear_line(case: str, capsys, scribe_home: Path) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import main

    assert main(["keys", "init"]) == 0
    path = scribe_home / "keys" / "practice.key"
    doc = json.loads(path.read_text())
    path.write_bytes(MALFORMED[case](doc))
    capsys.readouterr()
    code = main(["keys", "status"])
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 4 and len(lines) == 1 and "malformed" in lines[0] and "Traceback" not in err, err


@pytest.mark.parametrize(
    "kdf",
    [{"n": 2**40, "r": 8, "p": 1}, {"n": 2**20, "r": 32, "p": 16}, {"n": 1000, "r": 8, "p": 1}, {"n": "big", "r": 8, "p": 1}],
    ids=["n-2^40", "16-GiB", "n-not-power-of-two", "n-a-string"],
)
def test_absurd_scrypt_cost_is_refused_before_deriving(kdf: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    path = tmp_path / "k"
    doc = _sealed_doc(path)
    doc["kdf"].update(kdf)
    path.write_text(json.dumps(doc))
    with pytest.raises(IntegrityError, match="malformed"):
        FileKeyProvider(path, "pw").active_version()


def test_passphrase_leaves_the_environment_once_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from scribe.config import get_settings

    monkeypatch.setenv("SCRIBE_KEY_PASSPHRASE", "correct horse")
    get_settings.cache_clear()
    assert get_settings().key_passphrase == "correct horse"
    assert "SCRIBE_KEY_PASSPHRASE" not in os.environ
    child = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('SCRIBE_KEY_PASSPHRASE'))"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == "None"  # what a Prefect server started from here inherits
