"""attachments held in the database (blob, blob_chunk) or in an S3-compatible store (blob
rows only), and an index to find the submissions that refer to a file

Revision ID: 0011_blobs
Revises: 0010_followup
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_blobs"
down_revision = "0010_followup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("location", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_blob_created_at", "blob", ["created_at"])
    op.create_table(
        "blob_chunk",
        sa.Column(
            "sha256", sa.String(64), sa.ForeignKey("blob.sha256", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        # photos are compressed already: stored out of line without a try at compressing them
        op.execute("ALTER TABLE blob_chunk ALTER COLUMN data SET STORAGE EXTERNAL")
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_attachment_sha256", "attachment")
    op.drop_table("blob_chunk")
    op.drop_index("ix_blob_created_at", "blob")
    op.drop_table("blob")
