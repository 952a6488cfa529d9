"""Service mode: a lease on a session being processed, the Prefect flow run that owns it, recorder devices.

A worker killed mid-run leaves its session in ``processing`` with a lease that
stops being renewed; ``scribe worker`` resumes such sessions once it lapses.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("lease_owner", sa.String(128)))
    op.add_column("sessions", sa.Column("lease_until", sa.DateTime))
    op.add_column("sessions", sa.Column("flow_run_id", sa.String(64)))
    op.create_table(
        "devices",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("devices")
    for name in ("flow_run_id", "lease_until", "lease_owner"):
        op.drop_column("sessions", name)
