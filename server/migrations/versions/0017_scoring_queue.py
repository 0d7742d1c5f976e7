"""scoring queue: the submissions waiting to be scored in a table of their own, instead of a
flag on the submission row that every drain rewrote

Revision ID: 0017_scoring_queue
Revises: 0016_plans_latest
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_scoring_queue"
down_revision = "0016_plans_latest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scoring_queue",
        sa.Column("submission_id", sa.Integer(), sa.ForeignKey("submission.id"), primary_key=True),
    )
    op.execute("INSERT INTO scoring_queue (submission_id) SELECT id FROM submission WHERE pending")
    op.drop_index("ix_submission_pending", table_name="submission")
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("pending")


def downgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("pending", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.execute("UPDATE submission SET pending = TRUE WHERE id IN (SELECT submission_id FROM scoring_queue)")
    op.create_index(
        "ix_submission_pending",
        "submission",
        ["id"],
        sqlite_where=sa.text("pending = 1"),
        postgresql_where=sa.text("pending"),
    )
    op.drop_table("scoring_queue")
