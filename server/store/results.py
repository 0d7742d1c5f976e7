"""Queries on scores, unit results and the registry sizes the results need."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .models import Citizen, Form, FormVersion, Household, Score, Submission, Unit, UnitResult


def scores_of_subject(db: Session, year: int, kind: str, subject: str) -> list[tuple[Score, bool]]:
    """Every score of one household/citizen/group in a year, with its submission's
    `current` flag, newest first."""
    rows = db.execute(
        select(Score, Submission.current)
        .join(Submission, Submission.id == Score.submission_id)
        .where(Score.year == year, Score.kind == kind, Score.subject == subject)
        .order_by(Score.received_at.desc(), Score.id.desc())
    )
    return [(s, cur) for s, cur in rows]


def score_of_submission(db: Session, submission_id: int) -> Score | None:
    return db.scalar(select(Score).where(Score.submission_id == submission_id))


def counting_scores(db: Session, year: int, unit_code: str) -> list[Score]:
    return list(
        db.scalars(
            select(Score).where(Score.year == year, Score.unit_code == unit_code, Score.counts.is_(True))
        )
    )


def registry_sizes(db: Session, unit_id: int) -> tuple[int, int]:
    households = db.scalar(select(func.count()).select_from(Household).where(Household.unit_id == unit_id))
    adults = db.scalar(
        select(func.count())
        .select_from(Citizen)
        .join(Household, Citizen.household_id == Household.id)
        .where(Household.unit_id == unit_id)
    )
    return households or 0, adults or 0


def result_for_update(db: Session, year: int, unit_id: int) -> UnitResult:
    """The unit's result row, locked for this transaction (created when missing)."""
    row = db.scalar(
        select(UnitResult).where(UnitResult.year == year, UnitResult.unit_id == unit_id).with_for_update()
    )
    if row is None:
        row = UnitResult(year=year, unit_id=unit_id, figures={})
        db.add(row)
        db.flush()
    return row


def ancestors(db: Session, unit: Unit) -> list[Unit]:
    """The unit's ancestors, nearest first."""
    ids = [int(x) for x in unit.path.strip("/").split("/") if x]
    found = {u.id: u for u in db.scalars(select(Unit).where(Unit.id.in_(ids)))}
    return [found[i] for i in reversed(ids) if i in found]


def results_of_year(db: Session, year: int) -> dict[int, UnitResult]:
    return {r.unit_id: r for r in db.scalars(select(UnitResult).where(UnitResult.year == year))}


def current_scoring_sheets(db: Session) -> list[dict]:
    """The scoring sheets of every form's current version (only that column is read)."""
    rows = db.scalars(
        select(FormVersion.scoring)
        .join(Form, Form.current_version_id == FormVersion.id)
        .where(FormVersion.scoring.is_not(None))
        .order_by(Form.xml_form_id)
    )
    return [r for r in rows if r]


def has_results(db: Session, year: int) -> bool:
    return db.scalar(select(UnitResult.id).where(UnitResult.year == year).limit(1)) is not None


def years(db: Session) -> list[int]:
    return sorted(y for (y,) in db.execute(select(Score.year).distinct()) if y is not None)


def clear_year(db: Session, year: int) -> None:
    db.execute(delete(UnitResult).where(UnitResult.year == year))
    db.execute(delete(Score).where(Score.year == year))


def submissions_of_year(db: Session, year: int):  # noqa: ANN201 - a streaming Result
    return db.execute(
        select(Submission)
        .where(Submission.year == year)
        .order_by(Submission.id)
        .execution_options(yield_per=2000)
    ).scalars()
