"""Recorder files are single-use; a shred that could not prove its key gone stays pending.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recorder_files",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.add_column("sessions", sa.Column("audio_shred_pending", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("audio_shred_pending")
    op.drop_table("recorder_files")
