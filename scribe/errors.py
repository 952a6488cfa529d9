"""scribe's exception types.

Messages name ids, kinds and what to do next; they never embed transcript or
note text, so they are safe to log and to show Prefect.
"""

from __future__ import annotations


class ScribeError(Exception):
    """Base class; the CLI maps each subclass to one stderr line and an exit code."""

    exit_code = 1


class ConfigError(ScribeError):
    exit_code = 2


class KeyAccessError(ScribeError):
    """A key is missing, retired, locked or wrong."""

    exit_code = 3


class IntegrityError(ScribeError):
    """Ciphertext, header or audit chain failed authentication."""

    exit_code = 4


class ShreddedError(ScribeError):
    """The object's data key was destroyed; it can never be decrypted again."""

    exit_code = 5


class NotFoundError(ScribeError):
    exit_code = 6


class AudioError(ScribeError):
    """The audio cannot be used (empty, silent, too short/long, not audio, corrupt)."""

    exit_code = 7


class ModelError(ScribeError):
    """A model is missing or unusable; the message names what to install."""

    exit_code = 8


class StateError(ScribeError):
    """The session is not in a state that allows this action."""

    exit_code = 9


class AuditError(ScribeError):
    """The audit log could not be written (the action was not performed)."""

    exit_code = 10


class ExtractionError(ScribeError):
    exit_code = 11


class WallError(ScribeError):
    """The psychotherapy-note wall could not check a string; nothing was stored."""

    exit_code = 12


class ShredUnprovenError(ScribeError):
    """A shred deleted the data key but could not prove its bytes gone; no certificate was issued."""

    exit_code = 13


class AuthError(ScribeError):
    """Login refused (wrong password, unknown or disabled user, locked out); the message says which kind only."""

    exit_code = 14


class OrchestratorError(ScribeError):
    """Prefect's API could not be reached, so no task ran; the session is untouched in the vault."""

    exit_code = 15
