"""Login sessions held in server memory, CSRF tokens, idle logoff.

A login session lives only in this process: the cookie carries a random
token, the server keeps its SHA-256. The clinician's opened personal key sits
in the same in-memory record and is zeroed on logout, idle expiry or
restart; nothing of it is written anywhere. A restart logs everyone out.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from scribe.store.users import UserInfo

IDLE_SECONDS = 15 * 60
MAX_SECONDS = 12 * 3600


@dataclass
class WebSession:
    user: UserInfo
    csrf: str
    private_key: bytearray | None
    created: float
    last_seen: float

    def wipe(self) -> None:
        if self.private_key is not None:
            self.private_key[:] = bytes(len(self.private_key))
        self.private_key = None

    def key(self) -> bytes | None:
        return bytes(self.private_key) if self.private_key is not None else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionManager:
    """Token -> session, with idle and absolute expiry measured on an injectable clock."""

    def __init__(
        self, *, idle_seconds: float = IDLE_SECONDS, max_seconds: float = MAX_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.idle_seconds = idle_seconds
        self.max_seconds = max_seconds
        self.clock = clock
        self._sessions: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def create(self, user: UserInfo, private_key: bytes | None) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        session = WebSession(user, secrets.token_urlsafe(32), bytearray(private_key) if private_key else None, now, now)
        with self._lock:
            self._sessions[_digest(token)] = session
        return token

    def get(self, token: str | None, *, touch: bool = True) -> WebSession | None:
        """The live session for a cookie, or None (an expired one is wiped and dropped)."""
        if not token:
            return None
        now = self.clock()
        with self._lock:
            key = _digest(token)
            session = self._sessions.get(key)
            if session is None:
                return None
            if now - session.last_seen > self.idle_seconds or now - session.created > self.max_seconds:
                session.wipe()
                del self._sessions[key]
                return None
            if touch:
                session.last_seen = now
            return session

    def drop(self, token: str | None) -> None:
        if not token:
            return
        with self._lock:
            session = self._sessions.pop(_digest(token), None)
        if session is not None:
            session.wipe()

    def drop_user(self, user_id: str) -> None:
        with self._lock:
            gone = [k for k, s in self._sessions.items() if s.user.id == user_id]
            for k in gone:
                self._sessions.pop(k).wipe()

    def wipe_all(self) -> None:
        with self._lock:
            for s in self._sessions.values():
                s.wipe()
            self._sessions.clear()


def csrf_ok(session: WebSession, candidates: list[str]) -> bool:
    return any(hmac.compare_digest(session.csrf.encode(), c.encode()) for c in candidates if c)


__all__ = ["SessionManager", "WebSession", "csrf_ok", "IDLE_SECONDS"]
