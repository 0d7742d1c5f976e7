"""rewards: the giấy khen the committee proposes per year for collectives and individuals

Revision ID: 0015_rewards
Revises: 0014_self_assessment
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_rewards"
down_revision = "0014_self_assessment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reward",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id"), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("basis", sa.String(32), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("year", "kind", "subject"),
    )
    op.create_index("ix_reward_unit_id", "reward", ["unit_id"])


def downgrade() -> None:
    op.drop_index("ix_reward_unit_id", "reward")
    op.drop_table("reward")
