"""the committee's verdict on each criterion a group's self-assessment marks as met

Revision ID: 0014_self_assessment
Revises: 0013_hosts
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_self_assessment"
down_revision = "0013_hosts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.add_column(sa.Column("self_assessment_checks", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.drop_column("self_assessment_checks")
