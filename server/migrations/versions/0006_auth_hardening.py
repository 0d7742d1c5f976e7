"""auth hardening: tokens stored hashed, a per-user session generation (signing out ends
the session everywhere), Digest nonce counts and wrong-password counters shared by every
worker process

`user.token` becomes `user.token_hash`: each token already issued is replaced in place by
its SHA-256 (hex), so the URLs and QR codes on the phones keep working.

Revision ID: 0006
Revises: 0005
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user") as batch:
        batch.alter_column("token", new_column_name="token_hash", existing_type=sa.String(64))
        batch.add_column(sa.Column("session_gen", sa.Integer(), server_default="0", nullable=False))
    conn = op.get_bind()
    user = sa.table("user", sa.column("id", sa.Integer), sa.column("token_hash", sa.String))
    issued = conn.execute(sa.select(user.c.id, user.c.token_hash).where(user.c.token_hash.is_not(None)))
    for uid, token in issued.all():
        digest = hashlib.sha256(token.encode()).hexdigest()
        conn.execute(user.update().where(user.c.id == uid).values(token_hash=digest))
    op.create_table(
        "digest_nonce",
        sa.Column("nonce", sa.String(96), primary_key=True),
        sa.Column("nc", sa.Integer(), primary_key=True),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_digest_nonce_expires_at", "digest_nonce", ["expires_at"])
    op.create_table(
        "auth_failure",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_auth_failure_until", "auth_failure", ["until"])


def downgrade() -> None:
    op.drop_table("auth_failure")
    op.drop_table("digest_nonce")
    with op.batch_alter_table("user") as batch:
        batch.drop_column("session_gen")
        batch.alter_column("token_hash", new_column_name="token", existing_type=sa.String(64))
    # the hashes cannot be turned back into tokens: every token URL must be issued again
    op.execute(sa.text('UPDATE "user" SET token = NULL'))
