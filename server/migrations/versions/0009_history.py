"""recognition history: the titles each household, citizen and unit held per year

Revision ID: 0009_history
Revises: 0008_plans
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_history"
down_revision = "0008_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recognition",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("unit_code", sa.String(64), nullable=False),
        sa.Column("title", sa.String(128), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("kind", "subject", "year", "title"),
    )
    op.create_index("ix_recognition_unit_year", "recognition", ["unit_code", "year"])


def downgrade() -> None:
    op.drop_index("ix_recognition_unit_year", table_name="recognition")
    op.drop_table("recognition")
