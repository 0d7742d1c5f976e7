"""The tables of the year between registration and evaluation: who registered to compete,
each unit's plan (focus criteria and their roadmap), the committee's inspection rounds with
the scores surveyed in them, and its inspections of units (biên bản kiểm tra). Imported by
models.py, so Base.metadata (and the migrations) hold them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, Criteria, utcnow


class Registrant(Base):
    """A household or citizen registered to compete in a year (đăng ký thi đua), ticked by
    the board on its page (`source` "page") or listed in the registration form ("form")."""

    __tablename__ = "registrant"
    __table_args__ = (
        UniqueConstraint("year", "kind", "subject"),
        Index("ix_registrant_unit", "year", "unit_id", "kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # household, citizen
    subject: Mapped[str] = mapped_column(String(64))  # the household's or citizen's code
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    source: Mapped[str] = mapped_column(String(8), default="page")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class UnitPlan(Base):
    """A unit's plan for a year: its focus criteria (PlanTarget) as the board wrote them, and
    the committee's approval. A board's change to an approved plan makes it a draft again."""

    __tablename__ = "unit_plan"
    __table_args__ = (UniqueConstraint("year", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    state: Mapped[str] = mapped_column(String(16), default="draft")  # draft, approved
    note: Mapped[str] = mapped_column(String(1000), default="")
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)


class PlanTarget(Base):
    """One focus criterion of a plan and its roadmap (lộ trình): the share of the unit's
    households (citizens; for a group criterion, the group itself) that should meet it by
    `target_date`, who answers for it, and notes."""

    __tablename__ = "plan_target"
    __table_args__ = (UniqueConstraint("plan_id", "kind", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("unit_plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # household, citizen, group: whose sheet
    code: Mapped[str] = mapped_column(String(64))
    target_share: Mapped[float] = mapped_column(Float)  # 0 < share <= 1
    target_date: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD
    responsible: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(String(1000), default="")


class InspectionRound(Base):
    """A survey round during the year (e.g. the mid-year check): the household and citizen
    submissions of its year received from `opened_at` until `closed_at` belong to it
    (domain/rounds.py says why), are scored into RoundScore and never count for
    recognition."""

    __tablename__ = "inspection_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(255))
    scope: Mapped[str] = mapped_column(String(8), default="sample")  # sample, all
    note: Mapped[str] = mapped_column(String(1000), default="")
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))


class RoundScore(Base):
    """The scoring of one submission of an inspection round: what a Score holds, kept with
    its round so that no result, proposal or document can count it."""

    __tablename__ = "round_score"
    __table_args__ = (Index("ix_round_score_unit", "round_id", "unit_code", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("inspection_round.id"))
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), unique=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(64))
    points: Mapped[float] = mapped_column(default=0.0)
    max_points: Mapped[float] = mapped_column(default=0.0)
    title_reached: Mapped[bool] = mapped_column(default=False)
    criteria: Mapped[list] = mapped_column(Criteria, default=list)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # the one score per (round, kind, subject) the round's figures use: the latest current
    # submission's (rounds.store_score keeps it so)
    latest: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Inspection(Base):
    """The committee's inspection of a unit (biên bản kiểm tra): when, who, what was found,
    what the unit is asked to do; printed as a document."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_unit", "year", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    round_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_round.id"))
    held_on: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD
    place: Mapped[str] = mapped_column(String(255), default="")
    members: Mapped[str] = mapped_column(String(2000), default="")
    findings: Mapped[str] = mapped_column(String(4000), default="")
    requests: Mapped[str] = mapped_column(String(4000), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
