"""Queries the year-end summary needs beyond recognition and the results: the registration
lists' sizes per unit, and what each inspection round found (subjects surveyed and those
reaching their title), per kind."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from .models import Citizen, Household, Submission
from .plan_models import Inspection, InspectionRound, Registrant, RoundScore


def registered_counts(db: Session, year: int) -> dict[tuple[int, str], int]:
    """(unit id, kind) -> households registered on the unit's list in `year`, and citizens
    registered themselves or through their household (plans.is_registered's rule), for the
    units whose households registered on a list."""
    out = {
        (unit_id, "household"): n
        for unit_id, n in db.execute(
            select(Registrant.unit_id, func.count())
            .where(Registrant.year == year, Registrant.kind == "household")
            .group_by(Registrant.unit_id)
        )
    }
    by_household, by_self = aliased(Registrant), aliased(Registrant)
    citizens = (
        select(Household.unit_id, func.count(func.distinct(Citizen.id)))
        .select_from(Citizen)
        .join(Household, Household.id == Citizen.household_id)
        .outerjoin(
            by_household,
            and_(
                by_household.year == year,
                by_household.kind == "household",
                by_household.subject == Household.code,
            ),
        )
        .outerjoin(
            by_self, and_(by_self.year == year, by_self.kind == "citizen", by_self.subject == Citizen.code)
        )
        .where(or_(by_household.id.is_not(None), by_self.id.is_not(None)))
        .group_by(Household.unit_id)
    )
    out.update({(unit_id, "citizen"): n for unit_id, n in db.execute(citizens)})
    return out


def round_outcomes(
    db: Session, round_ids: Iterable[int], unit_codes: set[str] | None
) -> dict[tuple[int, str], tuple[int, int]]:
    """(round id, kind) -> (households or citizens surveyed, of them reaching their title), by
    the latest current submission of each subject in the round, in `unit_codes` (None: all)."""
    ids = sorted(set(round_ids))
    if not ids:
        return {}
    query = (
        select(RoundScore.round_id, RoundScore.kind, RoundScore.subject, RoundScore.title_reached)
        .join(Submission, Submission.id == RoundScore.submission_id)
        .where(RoundScore.round_id.in_(ids), Submission.current.is_(True))
        .order_by(RoundScore.received_at, RoundScore.id)
    )
    if unit_codes is not None:
        query = query.where(RoundScore.unit_code.in_(sorted(unit_codes)))
    latest = {(r, k, s): bool(reached) for r, k, s, reached in db.execute(query)}  # the later one wins
    out: dict[tuple[int, str], tuple[int, int]] = {}
    for (round_id, kind, _subject), reached in latest.items():
        seen, met = out.get((round_id, kind), (0, 0))
        out[(round_id, kind)] = (seen + 1, met + int(reached))
    return out


def rounds_version(db: Session, year: int) -> str:
    """A fingerprint of the year's rounds, their scores and the inspections recorded, for the
    report cache (the recognition data version does not cover them)."""
    rounds = db.execute(
        select(InspectionRound.id, InspectionRound.title, InspectionRound.closed_at)
        .where(InspectionRound.year == year)
        .order_by(InspectionRound.id)
    ).all()
    scores = db.execute(
        select(func.count(), func.max(RoundScore.id))
        .join(InspectionRound, InspectionRound.id == RoundScore.round_id)
        .where(InspectionRound.year == year)
    ).one()
    records = db.execute(
        select(func.count(), func.max(Inspection.id), func.max(Inspection.updated_at)).where(
            Inspection.year == year
        )
    ).one()
    return repr((rounds, tuple(scores), tuple(records)))
