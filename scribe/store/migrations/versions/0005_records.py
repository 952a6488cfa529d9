"""After the note is written: clients, authorizations, disclosures, supervision grants, MFA, policy,
legal holds and retention.

A signed note's data key may lose its material (domain ``shredded``) only
once its session is recorded as retired, and a shredded key never gets
material back: both refused by the database itself.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

RETIRED_ONLY = "a signed note is shredded only by retention (its session retired first)"
STAYS_SHREDDED = "a shredded data key stays shredded"
APPEND_ONLY = "retired sessions are append-only"
SIGNED_KEY = "EXISTS (SELECT 1 FROM note_versions WHERE key_id = OLD.id AND signed_at IS NOT NULL)"
RETIRED = (
    "NOT EXISTS (SELECT 1 FROM note_versions v JOIN retired_sessions r ON r.session_id = v.session_id "
    "WHERE v.key_id = OLD.id)"
)
# (name, table, event, condition, message)
GUARDS = (
    ("signed_key_shred_retired", "data_keys", "UPDATE",
     f"NEW.domain = 'shredded' AND OLD.domain <> 'shredded' AND {SIGNED_KEY} AND {RETIRED}", RETIRED_ONLY),
    ("shredded_key_stays", "data_keys", "UPDATE", "OLD.domain = 'shredded'", STAYS_SHREDDED),
    ("retired_no_delete", "retired_sessions", "DELETE", None, APPEND_ONLY),
)


def _blob_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("key_id", sa.String(32), sa.ForeignKey("data_keys.id"), nullable=False),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "session_clients",
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("client_ref", sa.String(64), nullable=False, index=True),
        sa.Column("set_at", sa.DateTime, nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "authorizations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("client_ref", sa.String(64), nullable=False, index=True),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        *_blob_columns(),
        sa.Column("form_nonce", sa.LargeBinary, nullable=False),
        sa.Column("form_ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("expires", sa.String(10), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "disclosures",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), nullable=False),
        sa.Column("client_ref", sa.String(64), index=True),
        sa.Column("basis", sa.String(16), nullable=False),
        sa.Column("authorization_id", sa.String(32), sa.ForeignKey("authorizations.id")),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        *_blob_columns(),
    )
    op.create_table(
        "confidentiality_agreements",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("trainee_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("supervisor_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        *_blob_columns(),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "workspace_shares",
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("agreement_id", sa.String(32), sa.ForeignKey("confidentiality_agreements.id"), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("granted_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "user_mfa",
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), primary_key=True),
        *_blob_columns(),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("last_step", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime),
    )
    op.create_table(
        "mfa_recovery_codes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("used_at", sa.DateTime),
    )
    op.create_table(
        "practice_policy",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("set_at", sa.DateTime, nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id")),
        sa.Column("client_ref", sa.String(64)),
        *_blob_columns(),
        sa.Column("placed_at", sa.DateTime, nullable=False),
        sa.Column("placed_by", sa.String(64), nullable=False),
        sa.Column("released_at", sa.DateTime),
        sa.Column("released_by", sa.String(64)),
    )
    op.create_table(
        "retired_sessions",
        sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), primary_key=True),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("retired_at", sa.DateTime, nullable=False),
        sa.Column("pending", sa.Text),
        sa.Column("certified_at", sa.DateTime),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, event, condition, message in GUARDS:
        if postgres:
            check = f"IF {condition} THEN " if condition else ""
            close = " END IF;" if condition else ""
            result = "OLD" if event == "DELETE" else "NEW"
            op.execute(
                f"CREATE FUNCTION {name}_fn() RETURNS trigger AS $$ BEGIN {check}"
                f"RAISE EXCEPTION '{message}';{close} RETURN {result}; END $$ LANGUAGE plpgsql"
            )
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_fn()")
        else:
            when = f"WHEN {condition} " if condition else ""
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} {when}BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, *_ in GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
    for table in (
        "retired_sessions", "legal_holds", "practice_policy", "mfa_recovery_codes", "user_mfa", "workspace_shares",
        "confidentiality_agreements", "disclosures", "authorizations", "session_clients",
    ):
        op.drop_table(table)
