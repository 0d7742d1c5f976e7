"""submission pending: scored after the 201, by the scoring queue

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("pending", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_index(
        "ix_submission_pending",
        "submission",
        ["id"],
        sqlite_where=sa.text("pending = 1"),  # as SQLAlchemy writes the test on SQLite
        postgresql_where=sa.text("pending"),
    )


def downgrade() -> None:
    op.drop_index("ix_submission_pending", table_name="submission")
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("pending")
