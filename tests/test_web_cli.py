"""`scribe users …`, `sessions assign`, `--clinician` and the sealed workspace at the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scribe.cli import main
from tests.web_desk import PASSWORD, add_session


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def initialised(capsys: pytest.CaptureFixture[str], scribe_home: Path) -> Path:
    assert run(capsys, "keys", "init")[0] == 0
    return scribe_home


def add(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("SCRIBE_NEW_PASSWORD", PASSWORD)
    return run(capsys, "users", "add", *args)


def test_users_add_list_disable(capsys, monkeypatch, initialised) -> None:  # type: ignore[no-untyped-def]
    code, out, err = add(capsys, monkeypatch, "alice", "--role", "clinician")
    assert code == 0 and out.strip() == "alice" and "personal key pair" in err
    assert add(capsys, monkeypatch, "sam", "--role", "supervisor")[0] == 0
    assert add(capsys, monkeypatch, "tina", "--role", "trainee", "--supervisor", "sam")[0] == 0
    assert add(capsys, monkeypatch, "bill", "--role", "biller")[0] == 0
    code, out, _ = run(capsys, "users", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["tina"]["supervisor"] == "sam" and rows["alice"]["personal_key"] and not rows["bill"]["personal_key"]
    assert PASSWORD not in out
    assert run(capsys, "users", "disable", "bill")[0] == 0
    assert {r["name"]: r["state"] for r in json.loads(run(capsys, "users", "list", "--json")[1])}["bill"] == "disabled"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Bad Name", "--role", "clinician"), "user name"),
        (("carol", "--role", "wizard"), "--role must be one of"),
        (("tom", "--role", "trainee"), "needs --supervisor"),
        (("alice", "--role", "clinician"), "already exists"),
    ],
)
def test_users_add_refusals_are_one_line(capsys, monkeypatch, initialised, args, message) -> None:  # type: ignore[no-untyped-def]
    add(capsys, monkeypatch, "alice", "--role", "clinician")
    code, _, err = add(capsys, monkeypatch, *args)
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1


def test_short_password_is_refused(capsys, monkeypatch, initialised) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SCRIBE_NEW_PASSWORD", "short")
    code, _, err = run(capsys, "users", "add", "alice", "--role", "clinician")
    assert code == 2 and "at least" in err


def test_passwd_rewraps(capsys, monkeypatch, initialised) -> None:  # type: ignore[no-untyped-def]
    add(capsys, monkeypatch, "alice", "--role", "clinician")
    monkeypatch.setenv("SCRIBE_CURRENT_PASSWORD", PASSWORD)
    monkeypatch.setenv("SCRIBE_NEW_PASSWORD", "another long password")
    code, _, err = run(capsys, "users", "passwd", "alice")
    assert code == 0 and "rewrapped" in err


def test_assign_seals_the_workspace_and_sessions_list_names_the_clinician(capsys, monkeypatch, initialised) -> None:  # type: ignore[no-untyped-def]
    from scribe.pipeline import open_store
    from scribe.store.review import ReviewStore

    add(capsys, monkeypatch, "alice", "--role", "clinician")
    store = open_store()
    add_session(store, ReviewStore(store), "s-1", risk=False, clinician=None)
    code, out, _ = run(capsys, "notes", "show", "s-1", "--kind", "psychotherapy", "--json")
    assert code == 0  # unassigned: still under the practice key
    code, _, err = run(capsys, "sessions", "assign", "s-1", "--clinician", "alice")
    assert code == 0 and "sealed" in err
    rows = json.loads(run(capsys, "sessions", "list", "--json")[1])
    assert rows[0]["clinician"] == "alice" and len(rows[0]["ref"]) == 32
    code, out, err = run(capsys, "notes", "show", "s-1", "--kind", "psychotherapy")
    assert code == 9 and "sealed" in err and out == ""
    assert run(capsys, "sessions", "assign", "s-1", "--clinician", "nobody")[0] == 6


def test_ingest_with_an_unknown_clinician_ingests_nothing(capsys, monkeypatch, initialised, tmp_path) -> None:  # type: ignore[no-untyped-def]
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF" + bytes(2000))
    code, _, err = run(capsys, "ingest", str(audio), "--session-id", "x1", "--clinician", "nobody")
    assert code == 6 and "no such user" in err
    assert json.loads(run(capsys, "sessions", "list", "--json")[1]) == []
    add(capsys, monkeypatch, "alice", "--role", "clinician")
    assert run(capsys, "ingest", str(audio), "--session-id", "x1", "--clinician", "alice")[0] == 0
    assert json.loads(run(capsys, "sessions", "list", "--json")[1])[0]["clinician"] == "alice"
