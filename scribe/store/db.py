"""Engine set-up and migrations for the SQLite notes store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

MIGRATIONS = Path(__file__).parent / "migrations"


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # Deleted rows (e.g. a shredded data key) are overwritten with zeros, not left in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _on_begin(conn: Any) -> None:
    # Writers serialise up front, so the audit chain's "last entry" read cannot race.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def checkpoint(engine: Engine, *, busy_timeout_ms: int = 2000) -> tuple[int, int, int]:
    """Fold the WAL into the database file and truncate it; returns SQLite's (busy, log, checkpointed).

    ``busy == 0`` and ``log == checkpointed`` (0, 0 after a truncate) mean every
    frame reached the database file and the WAL is empty. A reader holding an
    old snapshot (a backup, an open sqlite3 shell) blocks that: the caller
    must check the result, never assume it.
    """
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy, log_frames, done = cur.fetchone() or (1, -1, -1)
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()
    finally:
        raw.close()
    return int(busy), int(log_frames), int(done)
