"""Commands for the record's after-life: disclosure, right of access, supervision, MFA, retention, backups.

Registered on :data:`scribe.cli.app` when :mod:`scribe.cli` loads; the same
one-line-error contract applies. Passwords come from an environment variable
(read once, then removed) or a hidden prompt, never from an option.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from scribe.cli import _store, app, keys_app, sessions_app
from scribe.errors import ConfigError

retention_app = typer.Typer(help="How long notes and transcripts are kept; legal holds; crypto-shredding what is due.", no_args_is_help=True)
mfa_app = typer.Typer(help="The review app's second factor (TOTP): which roles need it; reset a lost one.", no_args_is_help=True)
supervision_app = typer.Typer(help="Trainees: confidentiality agreements and sharing a workspace with the supervisor.", no_args_is_help=True)
backup_app = typer.Typer(help="Encrypted backups of the notes store (never audio, never the key file).", no_args_is_help=True)
disclosures_app = typer.Typer(help="The accounting of disclosures of psychotherapy notes.", no_args_is_help=True)
authorizations_app = typer.Typer(help="Clients' written authorizations to release psychotherapy notes.", no_args_is_help=True)
for _sub, _name in (
    (disclosures_app, "disclosures"), (authorizations_app, "authorizations"), (retention_app, "retention"), (backup_app, "backup"),
    (mfa_app, "mfa"), (supervision_app, "supervision"),
):
    app.add_typer(_sub, name=_name)


def _password(who: str, env: str = "SCRIBE_PASSWORD") -> str:
    secret = os.environ.pop(env, None)
    if secret is None:
        secret = typer.prompt(f"{who}'s password", hide_input=True)
    return str(secret)


def _parts(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(p.strip() for p in text.split(",") if p.strip())


# -- clients -------------------------------------------------------------------------------------


@sessions_app.command("client")
def sessions_client(
    session_id: str,
    client: Annotated[str, typer.Option("--client", help="The practice's identifier for the client (chart number or name).")],
) -> None:
    """Record whose session this is; stored only as a keyed HMAC, never as the identifier."""
    from scribe.store.records import set_client

    set_client(_store(), session_id, client)
    typer.echo("client recorded", err=True)


# -- disclosure ----------------------------------------------------------------------------------


def _open_workspace(session_id: str) -> tuple[dict[str, Any], str]:
    """(the workspace, who opens it): its author with their password, or the CLI while it has no author yet."""
    from scribe.store.review import ReviewStore
    from scribe.store.users import UserDirectory

    store = _store()
    review = ReviewStore(store)
    author = review.assigned_to(session_id)
    if author is None:
        return json.loads(store.read_blob(session_id, "psychotherapy", actor="cli")), "cli"
    user, key = UserDirectory(store).authenticate(author, _password(author))
    return review.workspace(session_id, user, key), user.actor


@app.command("disclose")
def disclose_cmd(
    session_id: str,
    out: Annotated[Path, typer.Option("--out", help="The file to hand over (.pdf for PDF, anything else: text).")],
    authorization: Annotated[Path | None, typer.Option("--authorization", help="AUTH.json: client, recipient, purpose, sessions, parts, expires, form.")] = None,
    exception: Annotated[str | None, typer.Option("--exception", help="Instead of an authorization: own-use, training or court-order.")] = None,
    reason: Annotated[str, typer.Option("--reason", help="With --exception: why the rule allows it.")] = "",
    reference: Annotated[str, typer.Option("--reference", help="With --exception: the order's or programme's reference.")] = "",
    recipient: Annotated[str, typer.Option("--recipient", help="With --exception: who receives it.")] = "",
    parts: Annotated[str | None, typer.Option("--parts", help="Comma-separated subset of themes,metaphors,hypotheses,notes (default: all authorised).")] = None,
    redact: Annotated[str, typer.Option("--redact", help="Items to strike, by key as --preview lists them (themes/0,notes/1).")] = "",
    preview: Annotated[bool, typer.Option("--preview", help="Show what would be released; write and record nothing.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm the release as previewed (otherwise asked).")] = False,
) -> None:
    """Release the minimum necessary of a psychotherapy workspace, under a written authorization or a recorded exception.

    Refused, writing nothing, unless the authorization is unexpired and covers
    the session (its id and its recorded client) and every part asked for.
    The session's author opens the workspace (password: SCRIBE_PASSWORD or a prompt).
    """
    from scribe.documents import markdown_pdf, publish, reserve, write_reserved
    from scribe.store.disclosure import Authorization, Basis, Disclosures, workspace_items

    if (authorization is None) == (exception is None):
        raise ConfigError("give either --authorization AUTH.json or --exception KIND (with --reason and --reference)")
    store = _store()
    desk = Disclosures(store)
    wanted = _parts(parts)
    store.session(session_id)  # a missing session is refused before anything else
    if out.exists():
        raise ConfigError(f"{out} exists; choose another --out")
    if authorization is not None:
        auth, form = Authorization.load(authorization)
        chosen = wanted or auth.parts
        desk.check(auth, session_id, chosen)
        basis = Basis("authorization", auth.recipient, auth.purpose, "", parts=chosen, client=auth.client)
    else:
        chosen = wanted or ("themes", "metaphors", "hypotheses", "notes")
        basis = Basis.exception(str(exception), reason=reason, reference=reference, recipient=recipient, parts=chosen)
        auth, form = None, b""
    doc, actor = _open_workspace(session_id)
    items = workspace_items(doc, chosen)
    struck = {k.strip() for k in redact.split(",") if k.strip()}
    unknown = struck - {i.key for i in items}
    if unknown:
        raise ConfigError(f"--redact names items that are not in the release: {', '.join(sorted(unknown))}")
    kept = [i for i in items if i.key not in struck]
    for i in items:
        typer.echo(f"{'STRUCK ' if i.key in struck else ''}{i.key}\t{i.text}", err=True)
    if preview:
        typer.echo(f"{len(kept)} item(s) would be released, {len(struck)} struck; nothing was written", err=True)
        return
    if not yes and not typer.confirm(f"release these {len(kept)} item(s) to {basis.recipient}?", default=False, err=True):
        raise ConfigError("not confirmed; nothing was released")
    tmp = reserve(out)
    try:
        if auth is not None:
            from dataclasses import replace

            auth_id = desk.record_authorization(auth, form, actor=actor)
            basis = replace(basis, authorization_id=auth_id, reference=auth_id)
        release = desk.release(session_id, basis, kept, withheld=len(struck), actor=actor, disclosed_by=actor.split(":", 1)[-1])
        body = markdown_pdf(release.document, title="Disclosure") if out.suffix.lower() == ".pdf" else release.document.encode()
        write_reserved(tmp, body)
        publish(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    typer.echo(f"released {len(kept)} item(s); disclosure {release.id} recorded", err=True)
    typer.echo(str(out))


@authorizations_app.command("add")
def authorizations_add(authorization: Path) -> None:
    """Record an authorization and its signed form (encrypted) ahead of a release; prints its reference."""
    from scribe.store.disclosure import Authorization, Disclosures

    auth, form = Authorization.load(authorization)
    typer.echo(Disclosures(_store()).record_authorization(auth, form))


@disclosures_app.command("report")
def disclosures_report(client: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The accounting of disclosures for a client: when, to whom, why, on what basis, what."""
    from scribe.store.disclosure import Disclosures

    rows = Disclosures(_store()).report(client)
    if as_json:
        typer.echo(json.dumps(rows, indent=1))
        return
    if not rows:
        typer.echo("no disclosures recorded for this client", err=True)
    for r in rows:
        ref = r["authorization"] or r["reference"]
        typer.echo(f"{r['at']}\t{r['session']}\t{r['recipient']}\t{r['purpose']}\t{r['basis']}:{ref}\t"
                   f"{','.join(r['parts'])}\tby {r['disclosed_by']}")


# -- right of access and supervision -------------------------------------------------------------


@app.command("export-record")
def export_record_cmd(
    client: str,
    out: Annotated[Path, typer.Option("--out", help="A directory: record.pdf and record.fhir.json are written there.")],
) -> None:
    """The client's right of access: their signed progress notes as one PDF and as FHIR (never the workspace)."""
    from scribe.documents import publish, reserve, write_reserved
    from scribe.right_of_access import client_record, record_export, record_fhir, record_pdf
    from scribe.store.review import ReviewStore

    review = ReviewStore(_store())
    record = client_record(review, client)
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name, fmt, body in (
        ("record.pdf", "pdf", record_pdf(record)),
        ("record.fhir.json", "fhir", json.dumps(record_fhir(record), indent=1).encode()),
    ):
        tmp = reserve(out / name)
        try:
            write_reserved(tmp, body)
            publish(tmp, out / name)
        finally:
            tmp.unlink(missing_ok=True)
        record_export(review, record, fmt, "cli")
    typer.echo(f"{len(record.notes)} signed progress note(s)", err=True)
    typer.echo(str(out))


@supervision_app.command("agree")
def supervision_agree(
    trainee: str,
    reference: Annotated[str, typer.Option("--reference", help="The signed agreement's reference.")],
    form: Annotated[Path | None, typer.Option("--form", help="The signed agreement (scan or PDF), stored encrypted.")] = None,
) -> None:
    """Record a trainee's signed confidentiality agreement with their supervisor (needed before any sharing)."""
    from scribe.store.supervision import Supervision

    typer.echo(Supervision(_store()).record_agreement(trainee, reference=reference, form=form.read_bytes() if form else None))


@supervision_app.command("grant")
def supervision_grant(session_id: str) -> None:
    """The trainee shares a session's workspace with their supervisor (trainee's password: SCRIBE_PASSWORD or a prompt)."""
    from scribe.store.review import ReviewStore
    from scribe.store.supervision import Supervision
    from scribe.store.users import UserDirectory

    store = _store()
    author = ReviewStore(store).assigned_to(session_id)
    if author is None:
        raise ConfigError("this session has no author; nothing to share")
    user, key = UserDirectory(store).authenticate(author, _password(author))
    Supervision(store).grant(session_id, user, key)
    typer.echo("shared with the supervisor", err=True)


# -- second factor -----------------------------------------------------------------------------


@mfa_app.command("require")
def mfa_require(
    roles: Annotated[str, typer.Argument(help="Comma-separated roles, `all` or `none`.")],
) -> None:
    """Mark the roles that must log in with a second factor (with no decision recorded: every role)."""
    from scribe.store.mfa import set_required_roles
    from scribe.store.review_models import ROLES

    chosen = list(ROLES) if roles == "all" else [] if roles == "none" else [r.strip() for r in roles.split(",") if r.strip()]
    set_required_roles(_store(), chosen)
    typer.echo(", ".join(chosen) or "none")


@mfa_app.command("status")
def mfa_status() -> None:
    """Which roles need a second factor, and who has enrolled one."""
    from scribe.store.mfa import SecondFactors, required_roles
    from scribe.store.users import UserDirectory

    store = _store()
    factors = SecondFactors(store)
    typer.echo("required for: " + (", ".join(required_roles(store)) or "nobody"))
    for u in UserDirectory(store).list():
        typer.echo(f"{u.name}\t{u.role}\t{'enrolled' if factors.enrolled(u) else 'not enrolled'}")


@mfa_app.command("reset")
def mfa_reset(name: str) -> None:
    """Remove a user's second factor (lost phone, used-up codes); they enrol again at their next login."""
    from scribe.store.mfa import SecondFactors

    SecondFactors(_store()).reset(name)
    typer.echo(f"second factor of {name} removed; they enrol again at their next login", err=True)


# -- retention and decommissioning -------------------------------------------------------------


def _retention() -> Any:
    from scribe.config import get_settings
    from scribe.store.retention import Retention

    return Retention(_store(), register=get_settings().shred_register_file)


@retention_app.command("policy")
def retention_policy(
    years: Annotated[int | None, typer.Option("--years", help="Keep each session's record this many years after it was recorded.")] = None,
) -> None:
    """Set (or, without --years, show) how long notes and transcripts are kept; state rules differ, so the practice decides."""
    r = _retention()
    if years is not None:
        r.set_years(years)
    current = r.years()
    typer.echo(f"{current} years" if current is not None else "no retention policy set")


@retention_app.command("hold")
def retention_hold(
    reason: Annotated[str, typer.Option("--reason", help="Why (litigation, investigation).")],
    reference: Annotated[str, typer.Option("--reference", help="The matter's reference.")],
    session_id: Annotated[str | None, typer.Option("--session", help="Hold one session.")] = None,
    client: Annotated[str | None, typer.Option("--client", help="Hold every session of a client.")] = None,
) -> None:
    """Place a legal hold: retention leaves the session (or every session of the client) alone until released."""
    typer.echo(_retention().place_hold(session_id=session_id, client=client, reason=reason, reference=reference))


@retention_app.command("release")
def retention_release(hold_id: str) -> None:
    """Release a legal hold; the next `retention apply` shreds what is then due."""
    _retention().release_hold(hold_id)
    typer.echo(f"released {hold_id}", err=True)


@retention_app.command("holds")
def retention_holds() -> None:
    """Legal holds, active and released."""
    for h in _retention().holds():
        state = f"released {h.released_at.isoformat(timespec='seconds')}" if h.released_at else "active"
        typer.echo(f"{h.id}\t{h.scope}\t{state}\t{h.reference}\t{h.reason}")


@retention_app.command("apply")
def retention_apply(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List what is due; shred nothing.")] = False,
) -> None:
    """Crypto-shred the notes and transcripts past the retention policy (not those under a legal hold); prints certificates."""
    r = _retention()
    if dry_run:
        for sid in r.due():
            typer.echo(sid)
        return
    certs = r.apply()
    typer.echo(json.dumps(certs, indent=1, default=str))
    typer.echo(f"shredded {len(certs)} session record(s)", err=True)


@app.command("decommission")
def decommission_cmd(
    certificate: Annotated[Path, typer.Option("--certificate", help="Where to write the final certificate (keep it off the box).")],
    confirm: Annotated[str, typer.Option("--confirm", help="Type DESTROY-EVERYTHING: there is no way back.")] = "",
) -> None:
    """Destroy every key of the store (data keys, personal keys, second factors, the key file), check nothing opens, certify."""
    if confirm != "DESTROY-EVERYTHING":
        raise ConfigError("decommissioning destroys every note for good; pass --confirm DESTROY-EVERYTHING")
    cert = _retention().decommission(certificate)
    typer.echo(json.dumps(cert, indent=1), err=True)
    typer.echo(str(certificate))


# -- backups and the recovery key ---------------------------------------------------------------


@backup_app.command("create")
def backup_create(out: Path) -> None:
    """Write one encrypted archive of the notes store: never audio, never audio keys, never the key file."""
    from scribe.backup import create

    manifest = create(_store(), out)
    typer.echo(json.dumps(manifest, indent=1, default=str), err=True)
    typer.echo(str(out))


@backup_app.command("restore")
def backup_restore(
    archive: Path,
    register: Annotated[Path | None, typer.Option("--register", help="A shred register (default SCRIBE_SHRED_REGISTER_FILE).")] = None,
) -> None:
    """Restore an archive into an empty SCRIBE_HOME (key file from SCRIBE_KEY_FILE or the usual place); shreds it predates are applied again."""
    from scribe.backup import restore
    from scribe.config import get_settings

    result = restore(_store(), archive, register=register or get_settings().shred_register_file)
    m = result["manifest"]
    typer.echo(f"restored the backup of {m['created_at']} ({sum(m['rows'].values())} rows; audit chain to entry "
               f"{(m['audit_head'] or {}).get('seq', 0)}); {result['reshredded']} record(s) shredded again", err=True)


@keys_app.command("export")
def keys_export(
    out: Path,
    recovery: Annotated[bool, typer.Option("--recovery", help="Seal the copy with a recovery passphrase (required).")] = False,
) -> None:
    """Write the practice key file sealed with a recovery passphrase (SCRIBE_RECOVERY_PASSPHRASE or a prompt); keep it apart from backups."""
    from scribe.vault.keys import FileKeyProvider, write_secret_file

    if not recovery:
        raise ConfigError("the key file leaves the box only sealed: pass --recovery")
    secret = os.environ.pop("SCRIBE_RECOVERY_PASSPHRASE", None) or typer.prompt(
        "recovery passphrase", hide_input=True, confirmation_prompt=True)
    if len(secret) < 12:
        raise ConfigError("a recovery passphrase needs at least 12 characters")
    store = _store()
    sealed = FileKeyProvider(out, str(secret))._seal(store.keys.ring.to_bytes())
    write_secret_file(out, sealed, replace=False)
    store.record("keys.export", "keys", "recovery", versions=[v.version for v in store.keys.ring.versions])
    typer.echo(str(out))


@keys_app.command("import")
def keys_import(
    sealed: Path,
    recovery: Annotated[bool, typer.Option("--recovery", help="The file is a recovery export (required).")] = False,
) -> None:
    """Put a recovery export back as this box's key file (never over an existing one); then `scribe backup restore`."""
    from scribe.config import get_settings
    from scribe.vault.keys import FileKeyProvider, write_secret_file

    if not recovery:
        raise ConfigError("only a recovery export is imported: pass --recovery")
    secret = os.environ.pop("SCRIBE_RECOVERY_PASSPHRASE", None) or typer.prompt("recovery passphrase", hide_input=True)
    s = get_settings()
    plain = FileKeyProvider(sealed, str(secret))._unseal(sealed.read_bytes())
    write_secret_file(s.key_path, FileKeyProvider(s.key_path, s.key_passphrase)._seal(plain), replace=False)
    typer.echo(str(s.key_path))


__all__ = ["authorizations_app", "backup_app", "disclosures_app", "mfa_app", "retention_app", "supervision_app"]
