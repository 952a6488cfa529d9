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

disclosures_app = typer.Typer(help="The accounting of disclosures of psychotherapy notes.", no_args_is_help=True)
authorizations_app = typer.Typer(help="Clients' written authorizations to release psychotherapy notes.", no_args_is_help=True)
for _sub, _name in ((disclosures_app, "disclosures"), (authorizations_app, "authorizations")):
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


__all__ = ["authorizations_app", "disclosures_app", "keys_app"]
