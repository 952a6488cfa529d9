"""Review app: users with personal keys, session assignment, sealed workspaces, note versions, edits.

A signed note version, its edits and its co-signature are refused any change
by the database itself (triggers, as for the audit log); corrections are new
versions that amend the signed one.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SIGNED = "a signed note cannot be changed; amend it instead"
APPEND_ONLY = "note edits and co-signatures are append-only"

# (name, table, event, condition or None, message): one list for both dialects.
GUARDS = (
    ("note_signed_no_update", "note_versions", "UPDATE", "OLD.signed_at IS NOT NULL", SIGNED),
    ("note_signed_no_delete", "note_versions", "DELETE", "OLD.signed_at IS NOT NULL", SIGNED),
    (
        "note_edit_after_sign",
        "note_edits",
        "INSERT",
        "(SELECT signed_at FROM note_versions WHERE id = NEW.note_id) IS NOT NULL",
        SIGNED,
    ),
    ("note_edits_no_update", "note_edits", "UPDATE", None, APPEND_ONLY),
    ("note_edits_no_delete", "note_edits", "DELETE", None, APPEND_ONLY),
    ("cosign_no_update", "note_cosignatures", "UPDATE", None, APPEND_ONLY),
    ("cosign_no_delete", "note_cosignatures", "DELETE", None, APPEND_ONLY),
    (
        "signed_note_key_kept",
        "data_keys",
        "DELETE",
        "EXISTS (SELECT 1 FROM note_versions WHERE key_id = OLD.id AND signed_at IS NOT NULL)",
        SIGNED,
    ),
)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("supervisor_id", sa.String(32), sa.ForeignKey("users.id")),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("public_key", sa.LargeBinary),
        sa.Column("sealed_private_key", sa.Text),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime),
        sa.Column("disabled_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("password_changed_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "session_assignments",
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("assigned_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sealed_workspaces",
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "note_versions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("parent_id", sa.String(32), sa.ForeignKey("note_versions.id")),
        sa.Column("key_id", sa.String(32), sa.ForeignKey("data_keys.id"), nullable=False),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("signed_by", sa.String(32), sa.ForeignKey("users.id")),
        sa.Column("signed_at", sa.DateTime),
        sa.UniqueConstraint("session_id", "version"),
    )
    op.create_table(
        "note_edits",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("note_id", sa.String(32), sa.ForeignKey("note_versions.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("path", sa.String(128), nullable=False),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "note_cosignatures",
        sa.Column("note_id", sa.String(32), sa.ForeignKey("note_versions.id"), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, event, condition, message in GUARDS:
        if postgres:
            when = f"WHEN ({condition}) " if condition and "SELECT" not in condition else ""
            check = f"IF {condition} THEN " if condition and "SELECT" in condition else ""
            close = " END IF;" if check else ""
            result = "OLD" if event == "DELETE" else "NEW"
            op.execute(
                f"CREATE FUNCTION {name}_fn() RETURNS trigger AS $$ BEGIN {check}"
                f"RAISE EXCEPTION '{message}';{close} RETURN {result}; END $$ LANGUAGE plpgsql"
            )
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW {when}EXECUTE FUNCTION {name}_fn()")
        else:
            when = f"WHEN {condition} " if condition else ""
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} {when}BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, *_ in GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
    for table in ("note_cosignatures", "note_edits", "note_versions", "sealed_workspaces", "session_assignments", "users"):
        op.drop_table(table)
