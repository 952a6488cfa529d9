"""Engine set-up and migrations for the notes store: SQLite (embedded default) or PostgreSQL.

Both serialise writers up front, so the audit chain's "last entry" read inside
a write transaction cannot race: SQLite with ``BEGIN IMMEDIATE``, PostgreSQL
with a transaction-scoped advisory lock taken as the transaction begins.
"""

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


# Any constant works; it names "the scribe store's writer lock" among advisory locks.
PG_WRITER_LOCK = 0x5C81BE


def _on_begin_pg(conn: Any) -> None:
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITER_LOCK})")


def make_engine(path: Path | None = None, *, url: str | None = None) -> Engine:
    """SQLite at ``path``, or the database at ``url`` (``postgresql+psycopg://…``)."""
    if url is not None:
        if not url.startswith("postgresql+psycopg://"):
            raise ValueError("SCRIBE_DATABASE_URL must start with postgresql+psycopg://")
        engine = create_engine(url, future=True, pool_pre_ping=True)
        event.listen(engine, "begin", _on_begin_pg)
        return engine
    assert path is not None
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


def checkpoint(engine: Engine, *, busy_timeout_ms: int = 2000) -> tuple[int, int, int]:  # SQLite only
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


def vacuum_full(engine: Engine, table: str, *, lock_timeout_ms: int = 2000) -> None:
    """PostgreSQL: rewrite ``table`` into a new file so deleted tuples leave no copy in it, then CHECKPOINT.

    ``VACUUM FULL`` needs an ACCESS EXCLUSIVE lock: a reader holding the table
    (a backup, an open psql transaction) makes it time out, and the caller must
    treat that as "not proven".
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"SET lock_timeout = {int(lock_timeout_ms)}")
        conn.exec_driver_sql(f"VACUUM FULL {table}")
        try:
            conn.exec_driver_sql("CHECKPOINT")  # superuser or pg_checkpoint; otherwise the next timed one
        except Exception:  # noqa: BLE001  (a missing privilege is reported by the proof, not fatal)
            pass


def relation_file_contains(engine: Engine, table: str, needle: bytes) -> bool | None:
    """PostgreSQL: whether ``table``'s relation file holds ``needle``; None when the role may not read it."""
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            data = conn.execute(
                text("SELECT pg_read_binary_file(pg_relation_filepath(:t))"), {"t": table}
            ).scalar_one()
    except Exception:  # noqa: BLE001  (permission denied: needs superuser or pg_read_server_files)
        return None
    return needle in bytes(data)
