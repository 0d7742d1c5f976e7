"""shared state of several hosts: the generated secret key and the document settings in the
database instead of the data folder (each host adopts the folder's files at its start)

Revision ID: 0013_hosts
Revises: 0012_agencies
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_hosts"
down_revision = "0012_agencies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_value",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(1024), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "document_settings",
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("document_settings")
    op.drop_table("site_value")
