"""plans: registrants, unit plans and their focus criteria, inspection rounds with their
scores, inspections of units; a submission's inspection round

Revision ID: 0008_plans
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_plans"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registrant",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id"), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("year", "kind", "subject"),
    )
    op.create_index("ix_registrant_unit", "registrant", ["year", "unit_id", "kind"])
    op.create_table(
        "unit_plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id"), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.Column("updated_by", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("approved_by", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("year", "unit_id"),
    )
    op.create_table(
        "plan_target",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer(), sa.ForeignKey("unit_plan.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("target_share", sa.Float(), nullable=False),
        sa.Column("target_date", sa.String(10), nullable=False),
        sa.Column("responsible", sa.String(255), nullable=False),
        sa.Column("notes", sa.String(1000), nullable=False),
        sa.UniqueConstraint("plan_id", "kind", "code"),
    )
    op.create_index("ix_plan_target_plan_id", "plan_target", ["plan_id"])
    op.create_table(
        "inspection_round",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("scope", sa.String(8), nullable=False),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("opened_by", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
    )
    op.create_index("ix_inspection_round_year", "inspection_round", ["year"])
    op.create_table(
        "round_score",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("inspection_round.id"), nullable=False),
        sa.Column("submission_id", sa.Integer(), sa.ForeignKey("submission.id"), nullable=False, unique=True),
        sa.Column("unit_code", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("points", sa.Double(), nullable=False),
        sa.Column("max_points", sa.Double(), nullable=False),
        sa.Column("title_reached", sa.Boolean(), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_round_score_unit", "round_score", ["round_id", "unit_code", "kind"])
    op.create_table(
        "inspection",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id"), nullable=False),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("inspection_round.id"), nullable=True),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("place", sa.String(255), nullable=False),
        sa.Column("members", sa.String(2000), nullable=False),
        sa.Column("findings", sa.String(4000), nullable=False),
        sa.Column("requests", sa.String(4000), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_inspection_unit", "inspection", ["year", "unit_id"])
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("round_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("round_id")
    for table in ("inspection", "round_score", "inspection_round", "plan_target", "unit_plan", "registrant"):
        op.drop_table(table)
