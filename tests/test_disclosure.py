"""Authorised disclosure of a psychotherapy workspace: refusals write nothing, releases hold only what was authorised."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.records_helpers import CLIENT, OTHER_CLIENT, actions, records_desk, run_cli, write_auth
from tests.web_desk import Desk

METAPHOR = "backpack full of bricks"
THEME = "work and performance pressure"


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    return records_desk(scribe_home)


def disclose(desk: Desk, tmp_path: Path, monkeypatch, capsys, auth: Path | None, *extra: str, label: str = "routine",  # type: ignore[no-untyped-def]
             out: str = "release.txt") -> tuple[int, str, Path]:
    target = tmp_path / out
    argv = ["disclose", desk.ids[label], "--out", str(target), "--yes", *extra]
    if auth is not None:
        argv += ["--authorization", str(auth)]
    rc, _out, err = run_cli(argv, monkeypatch, capsys)
    return rc, err, target


def test_disclosure_refused_without_an_authorization_file(desk: Desk, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, tmp_path / "missing.json")
    assert rc != 0 and len(err.strip().splitlines()) == 1
    assert not target.exists()


def test_disclosure_refused_for_a_session_the_authorization_does_not_name(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["risk"]], parts=["themes"])
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth)
    assert rc != 0 and "does not cover this session" in err
    assert not target.exists() and list(tmp_path.glob(".release*")) == []
    assert "disclosure.refused" in actions(desk) and "disclosure.release" not in actions(desk)


def test_disclosure_refused_after_the_authorization_expired(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"], expires=date.today() - timedelta(days=1))
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth)
    assert rc != 0 and "expired" in err and not target.exists()


def test_disclosure_refused_for_parts_outside_the_authorised_scope(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"])
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth, "--parts", "themes,metaphors")
    assert rc != 0 and "scope" in err and not target.exists()


def test_disclosure_refused_when_the_authorization_is_another_clients(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"], client=OTHER_CLIENT)
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth)
    assert rc != 0 and "client" in err and not target.exists()


def test_disclosure_refused_without_the_signed_form(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"], form=False)
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth)
    assert rc != 0 and "signed" in err and not target.exists()


def test_released_file_holds_only_the_authorised_parts_with_a_cover_sheet(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"])
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth)
    assert rc == 0, err
    text = target.read_text()
    assert THEME in text and METAPHOR not in text and "How much of the client's" not in text
    for field in ("Recipient: Dr. Example", "Purpose: continuity of care", "reference AUTH-", "Date of disclosure: "):
        assert field in text
    assert (target.stat().st_mode & 0o777) == 0o600
    assert "disclosure.release" in actions(desk) and "authorization.record" in actions(desk)


def test_item_the_clinician_strikes_at_redaction_is_not_released(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes", "metaphors"])
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, auth, "--redact", "metaphors/0")
    assert rc == 0, err
    text = target.read_text()
    assert THEME in text and METAPHOR not in text and "withheld at the clinician's redaction: 1" in text


def test_release_not_confirmed_writes_nothing(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"])
    target = tmp_path / "release.txt"
    rc, _out, err = run_cli(["disclose", desk.ids["routine"], "--authorization", str(auth), "--out", str(target)],
                            monkeypatch, capsys, stdin="n\n")
    assert rc != 0 and "not confirmed" in err and not target.exists()
    assert "disclosure.release" not in actions(desk)


def test_workspace_of_another_clinician_does_not_open_for_disclosure(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"])
    target = tmp_path / "release.txt"
    rc, _out, err = run_cli(["disclose", desk.ids["routine"], "--authorization", str(auth), "--out", str(target), "--yes"],
                            monkeypatch, capsys, password="bob's password, not alice's")
    assert rc != 0 and not target.exists()


def test_accounting_report_lists_each_disclosure_of_the_client(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"])
    assert disclose(desk, tmp_path, monkeypatch, capsys, auth)[0] == 0
    rc, err, _ = disclose(desk, tmp_path, monkeypatch, capsys, None, "--exception", "court-order", "--reason",
                          "subpoena narrowed to themes", "--reference", "Case 26-CV-0142", "--recipient", "Clerk of court",
                          "--parts", "themes", label="risk", out="court.pdf")
    assert rc == 0, err
    assert (tmp_path / "court.pdf").read_bytes().startswith(b"%PDF")
    rc, out, err = run_cli(["disclosures", "report", CLIENT, "--json"], monkeypatch, capsys)
    assert rc == 0, err
    rows = json.loads(out)
    assert [r["basis"] for r in rows] == ["authorization", "court-order"]
    assert rows[0]["recipient"].startswith("Dr. Example") and rows[0]["authorization"].startswith("AUTH-")
    assert rows[1]["reference"] == "Case 26-CV-0142" and rows[1]["reason"] == "subpoena narrowed to themes"
    rc, out, _ = run_cli(["disclosures", "report", OTHER_CLIENT, "--json"], monkeypatch, capsys)
    assert json.loads(out) == []


def test_exception_without_reason_or_reference_is_refused(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    rc, err, target = disclose(desk, tmp_path, monkeypatch, capsys, None, "--exception", "training", "--recipient", "x")
    assert rc != 0 and "reason" in err and not target.exists()


def test_audit_entries_of_a_disclosure_carry_no_session_id_or_client(desk, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    auth = write_auth(tmp_path, sessions=[desk.ids["routine"]], parts=["themes"])
    assert disclose(desk, tmp_path, monkeypatch, capsys, auth)[0] == 0
    dump = json.dumps(desk.store.audit_entries())
    assert desk.ids["routine"] not in dump and "Rachel" not in dump and "Dr. Example" not in dump
