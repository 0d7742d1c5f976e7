"""review procedure: the meeting's start and end times, the public posting of the list, and
the committee's check of the group's self-assessment (Decree 86/2023/NĐ-CP, Art. 7)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    ("started_at", sa.String(5)),
    ("ended_at", sa.String(5)),
    ("posted_from", sa.String(10)),
    ("posted_until", sa.String(10)),
    ("self_assessment_note", sa.String(500)),
)


def upgrade() -> None:
    with op.batch_alter_table("review") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=""))
        batch.add_column(
            sa.Column("self_assessment_checked", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.drop_column("self_assessment_checked")
        for name, _kind in reversed(COLUMNS):
            batch.drop_column(name)
