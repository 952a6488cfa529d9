"""A practice's notes store filled through the store API, and the review app served in-process.

Notes come from :func:`scribe.extract.extract` on ``tests/data/demo_session.json``
(and a variant where the client voices a passive death wish), so the web tests
see real extraction output without any audio model.
"""

from __future__ import annotations

import copy
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from scribe.store.mfa import set_required_roles
from scribe.store.review import ReviewStore
from scribe.store.store import Store
from scribe.store.users import UserDirectory
from scribe.vault.keys import FileKeyProvider
from scribe.vault.personal import Argon2Params

DATA = Path(__file__).parent / "data"
PASSWORD = "correct horse battery"
# Cheap Argon2 for the personal-key seal in tests (the password hash keeps argon2-cffi's defaults).
FAST_ARGON2 = Argon2Params(time_cost=1, memory_kib=1024, parallelism=1)
RISK_TURN = "Honestly, some nights I wish I could go to sleep and not wake up. I have not made any plan."
PRIVATE_MARK = "counter-transference: urge to rescue"
USERS = {
    "alice": ("clinician", None),
    "bob": ("clinician", None),
    "sam": ("supervisor", None),
    "tina": ("trainee", "sam"),
    "bill": ("biller", None),
    "ada": ("admin", None),
}


def _session(risk: bool) -> dict[str, Any]:
    session = json.loads((DATA / "demo_session.json").read_text())
    session.pop("gold", None)
    if risk:
        session = copy.deepcopy(session)
        session["turns"][5]["text"] = RISK_TURN
    return session


@lru_cache(maxsize=2)
def _extraction(risk: bool) -> str:
    from scribe.extract import extract

    return json.dumps(extract(_session(risk), engine="rules"))


def extraction(risk: bool = False) -> dict[str, Any]:
    return json.loads(_extraction(risk))  # type: ignore[no-any-return]


def transcript(session: dict[str, Any]) -> dict[str, Any]:
    labels = {"clinician": "SPEAKER_00", "client": "SPEAKER_01"}
    return {
        "duration": session["turns"][-1]["end"],
        "language": "en",
        "meta": session["meta"],
        "speakers": {v: {"role": k, "confidence": 0.9, "method": "enrolled"} for k, v in labels.items()},
        "turns": [
            {"index": i, "speaker": labels.get(t["speaker"], "SPEAKER_02"), "role": t["speaker"], "start": t["start"],
             "end": t["end"], "text": t["text"], "words": [], "overlap": False}
            for i, t in enumerate(session["turns"])
        ],
    }


@dataclass
class Desk:
    home: Path
    store: Store
    users: UserDirectory
    review: ReviewStore
    refs: dict[str, str]  # label -> opaque ref
    ids: dict[str, str]  # label -> session id


def add_session(desk_store: Store, review: ReviewStore, session_id: str, *, risk: bool, clinician: str | None,
                assign_first: bool = True) -> str:
    """Ingest stand-in audio, commit the pipeline's blobs (sealing as the pipeline does), return the ref."""
    desk_store.ingest(session_id, io.BytesIO(b"RIFF" + bytes(range(256)) * 8))
    if clinician and assign_first:
        review.assign(session_id, clinician)
    result = extraction(risk)
    blobs = {
        "transcript": json.dumps(transcript(_session(risk))).encode(),
        "progress": json.dumps({"progress_note": result["progress_note"]}).encode(),
        "psychotherapy": json.dumps({"psychotherapy_note": result["psychotherapy_note"]}).encode(),
    }
    blobs, hook = review.commit_hook(session_id, blobs)
    desk_store.commit_results(session_id, blobs, within=hook)
    if clinician and not assign_first:
        review.assign(session_id, clinician)  # the migration path: workspace moves off the practice key
    return desk_store.session(session_id).ref


def build_desk(home: Path, database_url: str | None = None) -> Desk:
    keys = FileKeyProvider.init(home / "keys" / "practice.key")
    store = Store(home, keys, segment_size=4096, database_url=database_url)
    users = UserDirectory(store, argon2=FAST_ARGON2)
    for name, (role, supervisor) in USERS.items():
        users.add(name, role, PASSWORD, supervisor=supervisor)
    # These desks test password logins; the second factor (default: every role) has its own tests (tests/test_mfa.py).
    set_required_roles(store, [], actor="test")
    review = ReviewStore(store, users)
    plan = {
        "routine": ("2026-03-14-alice-a", False, "alice", False),  # workspace migrates at assignment
        "risk": ("2026-03-14-alice-b", True, "alice", True),  # sealed at commit, as the pipeline does
        "bob": ("2026-03-14-bob", False, "bob", True),
        "trainee": ("2026-03-14-tina", False, "tina", True),
    }
    refs, ids = {}, {}
    for label, (sid, risk, clinician, first) in plan.items():
        refs[label] = add_session(store, review, sid, risk=risk, clinician=clinician, assign_first=first)
        ids[label] = sid
    return Desk(home, store, users, review, refs, ids)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class Clock:
    """A monotonic clock the tests move by hand (idle logoff without waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def login(client: Any, name: str, password: str = PASSWORD) -> str:
    """Log in through ``POST /login`` (a TestClient); returns the CSRF token from the landing page."""
    import re

    r = client.post("/login", data={"username": name, "password": password}, follow_redirects=False)
    assert r.status_code == 303, r.text
    landing = client.get(r.headers["location"], follow_redirects=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', landing.text)
    assert token is not None
    return token.group(1)
