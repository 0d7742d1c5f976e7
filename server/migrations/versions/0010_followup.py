"""follow-up: reminders the committee sends lagging units, users' daily e-mail digests, and
each year's campaign calendar where the committee changed the default dates

Revision ID: 0010_followup
Revises: 0009_history
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_followup"
down_revision = "0009_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id", ondelete="CASCADE"), nullable=False),
        sa.Column("message", sa.String(1000), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("sent_by", sa.Integer(), sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_reminder_unit", "reminder", ["unit_id", "year"])
    op.create_table(
        "digest_subscription",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_sent_on", sa.String(10), nullable=False, server_default=""),
        sa.Column("last_error", sa.String(500), nullable=False, server_default=""),
    )
    op.create_table(
        "campaign_calendar",
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("dates", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("campaign_calendar")
    op.drop_table("digest_subscription")
    op.drop_index("ix_reminder_unit", table_name="reminder")
    op.drop_table("reminder")
