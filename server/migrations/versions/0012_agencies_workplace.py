"""agencies: the agency (unit of kind agency) where a registered citizen works, so an agency's
staff are one list, each person assessed in one place only

Revision ID: 0012_agencies
Revises: 0011_blobs
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_agencies"
down_revision = "0011_blobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("citizen") as batch:
        batch.add_column(sa.Column("workplace_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_citizen_workplace_id_unit", "unit", ["workplace_id"], ["id"])
        batch.create_index("ix_citizen_workplace_id", ["workplace_id"])


def downgrade() -> None:
    with op.batch_alter_table("citizen") as batch:
        batch.drop_index("ix_citizen_workplace_id")
        batch.drop_constraint("fk_citizen_workplace_id_unit", type_="foreignkey")
        batch.drop_column("workplace_id")
