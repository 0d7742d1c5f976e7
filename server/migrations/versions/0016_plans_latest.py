"""plans: the latest current score of each subject of an inspection round, flagged, so a
round's figures are one filtered count

Revision ID: 0016_plans_latest
Revises: 0015_rewards
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_plans_latest"
down_revision = "0015_rewards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("round_score") as batch:
        batch.add_column(sa.Column("latest", sa.Boolean(), nullable=False, server_default=sa.false()))
    # the scores already stored: the highest id of each subject among current submissions
    op.execute(
        "UPDATE round_score SET latest = TRUE WHERE id IN (SELECT MAX(l.id) FROM round_score l "
        "JOIN submission s ON s.id = l.submission_id WHERE s.current GROUP BY l.round_id, l.kind, l.subject)"
    )


def downgrade() -> None:
    with op.batch_alter_table("round_score") as batch:
        batch.drop_column("latest")
