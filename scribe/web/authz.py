"""The one place that decides who may do what. Every route asks :func:`allowed`; nothing else decides.

Roles (DESIGN.md): a *clinician* works on their own sessions; a *trainee* too,
under a supervisor who co-signs; a *supervisor* has their own sessions and
reads and co-signs their supervisees' progress notes (and their transcripts,
to check the evidence); a *biller* sees final (signed, and co-signed where
needed) progress notes and their exports, never a transcript; an *admin*
manages users and sees no note content. A psychotherapy workspace is opened
by its author alone.
"""

from __future__ import annotations

from enum import StrEnum

from scribe.store.review import SessionAccess
from scribe.store.users import UserInfo


class Action(StrEnum):
    LIST_QUEUE = "queue"
    MANAGE_USERS = "manage-users"
    VIEW_NOTE = "view-note"
    VIEW_TRANSCRIPT = "view-transcript"
    VIEW_HISTORY = "view-history"
    EDIT_NOTE = "edit-note"
    SIGN = "sign"
    AMEND = "amend"
    COSIGN = "cosign"
    EXPORT = "export"
    VIEW_WORKSPACE = "view-workspace"
    VIEW_SHARED_WORKSPACE = "view-shared-workspace"  # a trainee's supervisor, once the trainee granted it


def is_final(session: SessionAccess) -> bool:
    """Signed, and co-signed when the author is a trainee: only then does a note leave the box."""
    return session.signed and (session.author_role != "trainee" or session.cosigned)


def allowed(user: UserInfo, action: Action, session: SessionAccess | None = None) -> bool:
    if user.disabled:
        return False
    if action is Action.MANAGE_USERS:
        return user.role == "admin"
    if action is Action.LIST_QUEUE:
        return user.role in ("clinician", "supervisor", "trainee", "biller")
    if session is None or user.role == "admin":
        return False
    author = session.author_id is not None and session.author_id == user.id
    supervises = (
        user.role == "supervisor" and session.author_id is not None and session.author_supervisor_id == user.id
    )
    if action is Action.VIEW_NOTE:
        return author or supervises or (user.role == "biller" and is_final(session))
    if action in (Action.VIEW_TRANSCRIPT, Action.VIEW_HISTORY):
        return author or supervises
    if action in (Action.EDIT_NOTE, Action.SIGN, Action.AMEND, Action.VIEW_WORKSPACE):
        return author
    if action in (Action.COSIGN, Action.VIEW_SHARED_WORKSPACE):  # the share itself is checked where it is opened
        return supervises and session.author_role == "trainee"
    if action is Action.EXPORT:  # the author's own draft gets 409 from the route, a biller never sees one
        return author or supervises or (user.role == "biller" and is_final(session))
    return False


def may_export_record(user: UserInfo) -> bool:
    """The right-of-access export (a client's signed progress notes): clinicians and billers, never an admin."""
    return not user.disabled and user.role in ("clinician", "supervisor", "trainee", "biller")


def in_queue(user: UserInfo, session: SessionAccess) -> bool:
    """Whether a session appears in this user's queue (a biller's holds final notes only)."""
    return session.has_note and allowed(user, Action.VIEW_NOTE, session)


__all__ = ["Action", "allowed", "in_queue", "is_final", "may_export_record"]
