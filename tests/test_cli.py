"""The CLI contract: exit codes, one-line errors, what is printed last."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from scribe.cli import main

FLITE = Path("/usr/bin/flite")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> None:
    lines = [line for line in err.strip().splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("scribe: "), err
    assert "Traceback" not in err


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "clip.wav"
    if FLITE.exists():
        subprocess.run([str(FLITE), "-voice", "slt", "-t", "Hello there, this is a test.", "-o", str(path)], check=True)
    else:  # pragma: no cover - CI installs flite
        path.write_bytes(b"RIFF" + bytes(4000))
    return path


@pytest.fixture
def initialised(capsys: pytest.CaptureFixture[str], scribe_home: Path) -> Path:
    code, out, _ = run(capsys, "keys", "init")
    assert code == 0
    key = Path(out.strip().splitlines()[-1])
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    return key


def test_keys_init_twice_is_refused(capsys, initialised) -> None:  # type: ignore[no-untyped-def]
    before = initialised.read_bytes()
    code, _, err = run(capsys, "keys", "init")
    assert code == 2 and "refusing to overwrite" in err
    _one_line_error(err)
    assert initialised.read_bytes() == before


def test_commands_before_keys_init_say_what_to_do(capsys, wav) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "ingest", str(wav), "--session-id", "s1")
    assert code == 3 and "scribe keys init" in err
    _one_line_error(err)


def test_recorder_round_trip_and_ingest_prints_vault_path_last(capsys, initialised, wav, tmp_path, scribe_home) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "keys", "recipient")
    recipient = out.strip()
    assert recipient.startswith("scribe1")
    sca = tmp_path / "clip.sca"
    code, out, _ = run(capsys, "encrypt", str(wav), "--recipient", recipient, "-o", str(sca))
    assert code == 0 and out.strip().splitlines()[-1] == str(sca)
    assert wav.read_bytes()[44:200] not in sca.read_bytes()
    code, out, _ = run(capsys, "ingest", str(sca), "--session-id", "s1", "--remove-source")
    vault_path = Path(out.strip().splitlines()[-1])
    assert code == 0 and vault_path.parent == scribe_home / "vault" and vault_path.exists()
    assert not sca.exists()


def test_bad_recipient_is_a_clear_error(capsys, initialised, wav, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "encrypt", str(wav), "--recipient", "scribe1notarecipient", "-o", str(tmp_path / "x.sca"))
    assert code == 2 and "bad recipient" in err
    _one_line_error(err)
    assert not (tmp_path / "x.sca").exists()


def test_tampered_recorder_file_is_an_integrity_error_and_stores_nothing(capsys, initialised, wav, tmp_path, scribe_home) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "keys", "recipient")
    sca = tmp_path / "clip.sca"
    run(capsys, "encrypt", str(wav), "--recipient", out.strip(), "-o", str(sca))
    data = bytearray(sca.read_bytes())
    data[-5] ^= 0x10
    sca.write_bytes(bytes(data))
    code, _, err = run(capsys, "ingest", str(sca), "--session-id", "s1")
    assert code == 4
    _one_line_error(err)
    assert list((scribe_home / "vault").iterdir()) == []
    code, out, _ = run(capsys, "sessions", "list")
    assert out.strip() == ""


def test_truncated_recorder_file_is_an_integrity_error(capsys, initialised, wav, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "keys", "recipient")
    sca = tmp_path / "clip.sca"
    run(capsys, "encrypt", str(wav), "--recipient", out.strip(), "-o", str(sca))
    sca.write_bytes(sca.read_bytes()[:-100])
    code, _, err = run(capsys, "ingest", str(sca), "--session-id", "s1")
    assert code == 4
    _one_line_error(err)


def test_empty_file_is_refused(capsys, initialised, tmp_path, scribe_home) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "ingest", str(empty), "--session-id", "s1")
    assert code == 7 and "empty" in err
    assert list((scribe_home / "vault").iterdir()) == []


def test_shred_then_shred_again_and_certificate(capsys, initialised, wav) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "ingest", str(wav), "--session-id", "s1")
    code, out, _ = run(capsys, "shred", "s1")
    assert code == 0 and '"audit_seq"' in out
    code, _, err = run(capsys, "shred", "s1")
    assert code == 5 and "already shredded" in err
    code, out, _ = run(capsys, "audit", "certificate", "s1")
    assert code == 0 and '"ciphertext_sha256"' in out
    code, _, err = run(capsys, "process", "s1")
    assert code == 9


def test_unknown_session_is_not_found(capsys, initialised) -> None:  # type: ignore[no-untyped-def]
    for args in (("process", "nope"), ("transcript", "show", "nope"), ("notes", "show", "nope"), ("shred", "nope")):
        code, _, err = run(capsys, *args)
        assert code == 6, args
        _one_line_error(err)


def test_audit_verify_exit_codes(capsys, initialised, wav, scribe_home) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "ingest", str(wav), "--session-id", "s1")
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and "intact" in out
    with sqlite3.connect(scribe_home / "scribe.db") as db:
        db.execute("DROP TRIGGER audit_no_update")
        db.execute("UPDATE audit_log SET action = 'nothing' WHERE seq = 2")
    code, _, err = run(capsys, "audit", "verify")
    assert code == 4 and "entry 2" in err
    _one_line_error(err)


def test_keys_rotate_retire_cli(capsys, initialised, wav) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "ingest", str(wav), "--session-id", "s1")
    code, out, _ = run(capsys, "keys", "rotate")
    assert code == 0 and out.strip() == "2"
    code, out, _ = run(capsys, "keys", "status")
    assert "v2\tactive" in out and "v1\tprevious" in out
    code, _, _ = run(capsys, "keys", "retire", "1")
    assert code == 0
    code, _, err = run(capsys, "keys", "retire", "2")
    assert code == 9 and "rotate" in err  # the active version protects live data


def test_retire_refused_while_keys_still_use_the_version(capsys, initialised, wav, scribe_home) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "ingest", str(wav), "--session-id", "s1")
    from scribe.vault.keys import FileKeyProvider

    FileKeyProvider(initialised).rotate()  # a new version without rewrapping
    code, _, err = run(capsys, "keys", "retire", "1")
    assert code == 9 and "still use version 1" in err


def test_bad_option_values_are_usage_errors(capsys, initialised, wav) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "ingest", str(wav), "--note-format", "XYZ")
    assert code == 2 and "SOAP" in err
    code, _, err = run(capsys, "ingest", "/no/such/file.wav")
    assert code == 2
    _one_line_error(err)


def test_models_list_shows_the_default_asr(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "models", "list")
    assert code == 0
    line = next(line for line in out.splitlines() if "tiny.en" in line)
    assert line.startswith("yes") and "(default)" in line


def test_conflicting_speaker_counts_are_refused_before_ingest(capsys, initialised, wav, scribe_home) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "run", str(wav), "--num-speakers", "2", "--max-speakers", "3")
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "run", str(wav), "--min-speakers", "3", "--max-speakers", "2")
    assert code == 2
    assert list((scribe_home / "vault").iterdir()) == []


def test_progress_without_a_terminal_prints_stages_and_deciles(capsys) -> None:  # type: ignore[no-untyped-def]
    from scribe.cli import Progress

    p = Progress("s1")
    p("stage", "diarize", completed=3, total=8)
    for step in ("segmentation", "embeddings"):
        for done in range(0, 101, 5):
            p(step, None, completed=done, total=100, file=None)
    p("segmentation", None, completed=250, total=100)  # pyannote may overshoot
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "s1: [4/8] diarize"
    assert sum("embeddings" in line for line in lines) == 11  # 0 %, 10 % … 100 %, not 21 lines
    assert sum("segmentation" in line for line in lines) == 12  # and once more when it comes back
    assert lines[-1] == "s1: diarize (segmentation) 100%"


# -- what happens to the source file after ingest ------------------------------------------------


def _recorder_file(capsys, wav: Path, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "keys", "recipient")
    sca = tmp_path / "inbox" / "clip.sca"
    sca.parent.mkdir(parents=True, exist_ok=True)
    code, _, _ = run(capsys, "encrypt", str(wav), "--recipient", out.strip(), "-o", str(sca))
    assert code == 0
    return sca


def test_recorder_file_leaves_the_inbox_by_default_and_keep_source_keeps_it(capsys, initialised, wav, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sca = _recorder_file(capsys, wav, tmp_path)
    code, _, _ = run(capsys, "ingest", str(sca), "--session-id", "s1")
    assert code == 0 and not sca.exists()
    sca = _recorder_file(capsys, wav, tmp_path)
    code, _, _ = run(capsys, "ingest", str(sca), "--session-id", "s2", "--keep-source")
    assert code == 0 and sca.exists()


def test_plain_audio_is_kept_unless_remove_source(capsys, initialised, wav, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _, _ = run(capsys, "ingest", str(wav), "--session-id", "s1")
    assert code == 0 and wav.exists()
    code, _, _ = run(capsys, "ingest", str(wav), "--session-id", "s2", "--remove-source")
    assert code == 0 and not wav.exists()


def test_symlinked_source_is_refused_for_removal_before_anything_is_ingested(capsys, initialised, wav, tmp_path, scribe_home) -> None:  # type: ignore[no-untyped-def]
    link = tmp_path / "link.wav"
    link.symlink_to(wav)
    code, _, err = run(capsys, "ingest", str(link), "--session-id", "s1", "--remove-source")
    assert code == 2 and "symlink" in err and "real file" in err
    _one_line_error(err)
    assert wav.exists() and link.is_symlink()
    assert list((scribe_home / "vault").iterdir()) == []
    # A recorder file is removed by default, so a symlink to one is refused by default too (run as well) ...
    sca = _recorder_file(capsys, wav, tmp_path)
    sca_link = tmp_path / "link.sca"
    sca_link.symlink_to(sca)
    for command in ("ingest", "run"):
        code, _, err = run(capsys, command, str(sca_link), "--session-id", "s2")
        assert code == 2 and "--keep-source" in err
        _one_line_error(err)
    assert sca.exists() and sca_link.is_symlink()
    assert list((scribe_home / "vault").iterdir()) == []
    # ... and accepted, both left in place, with --keep-source.
    code, _, _ = run(capsys, "ingest", str(sca_link), "--session-id", "s2", "--keep-source")
    assert code == 0 and sca.exists() and sca_link.is_symlink()


def test_source_with_another_hard_link_is_refused_for_removal(capsys, initialised, wav, tmp_path, scribe_home) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other-name.wav"
    other.hardlink_to(wav)
    code, _, err = run(capsys, "ingest", str(wav), "--session-id", "s1", "--remove-source")
    assert code == 2 and "hard link" in err
    _one_line_error(err)
    assert wav.exists() and other.exists()
    assert list((scribe_home / "vault").iterdir()) == []


def test_source_is_kept_when_ingest_or_meta_commit_fails(capsys, initialised, wav, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sca = _recorder_file(capsys, wav, tmp_path)
    data = bytearray(sca.read_bytes())
    data[-5] ^= 0x10
    sca.write_bytes(bytes(data))
    code, _, _ = run(capsys, "ingest", str(sca), "--session-id", "s1")
    assert code == 4 and sca.exists()  # tampered: nothing in the vault, the evidence stays

    from scribe.errors import AuditError
    from scribe.store.store import Store

    def failing_commit(self, session_id, blob):  # type: ignore[no-untyped-def]
        raise AuditError("audit write failed")

    monkeypatch.setattr(Store, "commit_meta", failing_commit)
    sca = _recorder_file(capsys, wav, tmp_path / "second")
    code, _, _ = run(capsys, "ingest", str(sca), "--session-id", "s2", "--note-format", "SOAP")
    assert code == 10 and sca.exists()


def test_help_says_what_happens_to_the_source(capsys) -> None:  # type: ignore[no-untyped-def]
    for command in ("ingest", "run"):
        code, out, _ = run(capsys, command, "--help")
        text = " ".join(out.split())
        assert code == 0 and "--remove-source" in text and "--keep-source" in text
        assert "symlink" in text and "recorder" in text


def test_prefect_api_that_never_answers_is_one_line_and_the_session_stays_in_the_vault(capsys, initialised, wav, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # CI once saw the embedded API miss Prefect's 20 s start-up wait: a 65-line traceback, no advice.
    from flows import process_session as fp

    def no_server(ref: str, **_: object) -> None:
        raise RuntimeError("Timed out while attempting to connect to ephemeral Prefect API server.")

    monkeypatch.setattr(fp, "process_session", no_server)
    code, out, err = run(capsys, "run", str(wav), "--session-id", "s-down")
    assert code == 15 and out == ""
    _one_line_error(err.replace("session s-down\n", ""))
    assert "scribe process s-down" in err and "stays encrypted" in err
    code, out, _ = run(capsys, "sessions", "list", "--json")
    row = next(r for r in json.loads(out) if r["id"] == "s-down")
    assert row["audio"] == "held" and row["state"] != "processed"


def test_a_flow_bug_is_not_mistaken_for_an_unreachable_api(capsys, initialised, wav, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from flows import process_session as fp

    def broken(ref: str, **_: object) -> None:
        raise RuntimeError("something else")

    monkeypatch.setattr(fp, "process_session", broken)
    with pytest.raises(RuntimeError, match="something else"):
        main(["run", str(wav), "--session-id", "s-bug"])


def test_embedded_api_gets_time_to_start_unless_the_practice_chose(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from scribe.config import EPHEMERAL_STARTUP_SECONDS, Settings, harden_environment

    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", raising=False)
    harden_environment(Settings(home=tmp_path))
    assert int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]) == EPHEMERAL_STARTUP_SECONDS > 20
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "30")
    harden_environment(Settings(home=tmp_path))
    assert os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "30"
