"""Queries of the rewards (giấy khen) the committee proposes: the year's rewards, one by id,
and which unit a household or citizen of the registry belongs to (for the access check)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Citizen, Household, Reward, Unit


def rewards_of_year(db: Session, year: int) -> list[tuple[Reward, str]]:
    """(reward, its unit's code), in the order they were proposed."""
    rows = db.execute(
        select(Reward, Unit.code)
        .join(Unit, Unit.id == Reward.unit_id)
        .where(Reward.year == year)
        .order_by(Reward.id)
    )
    return [(reward, code) for reward, code in rows]


def reward_by_id(db: Session, year: int, reward_id: int) -> Reward | None:
    return db.scalar(select(Reward).where(Reward.id == reward_id, Reward.year == year))


def reward_of(db: Session, year: int, kind: str, subject: str) -> Reward | None:
    return db.scalar(
        select(Reward).where(Reward.year == year, Reward.kind == kind, Reward.subject == subject)
    )


def unit_of_subject(db: Session, kind: str, code: str, staff_at_agency: bool = False) -> Unit | None:
    """The unit a unit code, a household code or a citizen code belongs to (None: unknown);
    with `staff_at_agency`, an agency's staff member belongs to the agency (assessed there)."""
    if kind == "citizen" and staff_at_agency:
        work = db.scalar(
            select(Unit).join(Citizen, Citizen.workplace_id == Unit.id).where(Citizen.code == code)
        )
        if work is not None:
            return work
    if kind == "unit":
        return db.scalar(select(Unit).where(Unit.code == code))
    if kind == "household":
        return db.scalar(
            select(Unit).join(Household, Household.unit_id == Unit.id).where(Household.code == code)
        )
    return db.scalar(
        select(Unit)
        .join(Household, Household.unit_id == Unit.id)
        .join(Citizen, Citizen.household_id == Household.id)
        .where(Citizen.code == code)
    )
