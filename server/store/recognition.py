"""Queries recognition reads: the proposed households and citizens of a year (counting scores
that reach their title) with their registry entries and the board's decisions, and the
review of each unit. One query per kind for the whole town, columns only: a town's dossier
reads every unit's proposals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from .models import Citizen, Household, Review, ReviewDecision, ReviewEvent, Score, Unit


@dataclass(frozen=True)
class ProposedRow:
    """One proposed household or citizen as the lists print it."""

    unit_code: str
    kind: str
    code: str
    name: str
    address: str
    points: float
    birth_year: int | None
    sex: str
    agree: bool | None
    votes_for: int | None
    votes_total: int | None
    reason: str


def proposed_rows(db: Session, year: int, unit_codes: Iterable[str] | None = None) -> list[ProposedRow]:
    """Counting scores of households and citizens that reach their title, in `unit_codes`
    (None: all), ordered by unit, households first, then code; each with the board's decision
    from its unit's review of the year."""
    codes = None if unit_codes is None else sorted(set(unit_codes))
    out: list[ProposedRow] = []
    for kind in ("household", "citizen"):
        out += _rows_of_kind(db, year, kind, codes)
    order = {"household": 0, "citizen": 1}
    out.sort(key=lambda r: (r.unit_code, order[r.kind], r.code))
    return out


def _rows_of_kind(db: Session, year: int, kind: str, codes: list[str] | None) -> list[ProposedRow]:
    household = kind == "household"
    if household:
        head_sex = (  # the head's sex: the household's member of the same name in the registry
            select(Citizen.sex)
            .where(Citizen.household_id == Household.id, Citizen.full_name == Household.head_name)
            .order_by(Citizen.id)
            .limit(1)
            .scalar_subquery()
        )
        person = (Household.head_name, Household.address, literal(None), head_sex)
    else:
        person = (Citizen.full_name, Household.address, Citizen.birth_year, Citizen.sex)
    decision = (
        ReviewDecision.agree,
        ReviewDecision.votes_for,
        ReviewDecision.votes_total,
        ReviewDecision.reason,
    )
    query = _proposed(year, kind, select(Score.unit_code, Score.subject, Score.points, *person, *decision))
    if household:  # the registry entry of the unit the score is about
        query = query.outerjoin(
            Household, and_(Household.code == Score.subject, Household.unit_id == Unit.id)
        )
    else:
        registry = Citizen.__table__.join(Household.__table__, Citizen.household_id == Household.id)
        query = query.outerjoin(registry, and_(Citizen.code == Score.subject, Household.unit_id == Unit.id))
    if codes is not None:
        query = query.where(Score.unit_code.in_(codes))
    return [
        ProposedRow(
            unit,
            kind,
            code,
            name or code,
            address or "",
            points,
            birth,
            sex or "",
            agree,
            vfor,
            vtotal,
            reason or "",
        )
        for unit, code, points, name, address, birth, sex, agree, vfor, vtotal, reason in db.execute(query)
    ]


def _proposed(year: int, kind: str, query: Select) -> Select:
    """`query` over the counting scores of `kind` that reach their title in `year`, each
    joined with the board's decision on it in its unit's review of the year (if any)."""
    return (
        query.join(Unit, Unit.code == Score.unit_code)
        .outerjoin(Review, and_(Review.unit_id == Unit.id, Review.year == year))
        .outerjoin(
            ReviewDecision,
            and_(
                ReviewDecision.review_id == Review.id,
                ReviewDecision.kind == kind,
                ReviewDecision.subject == Score.subject,
            ),
        )
        .where(Score.year == year, Score.kind == kind, Score.counts.is_(True), Score.title_reached.is_(True))
    )


def proposed_tally(
    db: Session, year: int, unit_codes: Iterable[str] | None = None
) -> dict[str, dict[tuple[str, bool | None], int]]:
    """What proposed_rows lists, counted: unit code -> (kind, the board's decision) -> how
    many. For the figures, which need no names: one grouped query per kind."""
    codes = None if unit_codes is None else sorted(set(unit_codes))
    out: dict[str, dict[tuple[str, bool | None], int]] = {}
    for kind in ("household", "citizen"):
        query = _proposed(year, kind, select(Score.unit_code, ReviewDecision.agree, func.count()))
        if codes is not None:
            query = query.where(Score.unit_code.in_(codes))
        for unit, agree, n in db.execute(query.group_by(Score.unit_code, ReviewDecision.agree)):
            out.setdefault(unit, {})[(kind, None if agree is None else bool(agree))] = n
    return out


def review_of(db: Session, year: int, unit_id: int) -> Review | None:
    return db.scalar(select(Review).where(Review.year == year, Review.unit_id == unit_id))


def decision_of(db: Session, review_id: int, kind: str, subject: str) -> ReviewDecision | None:
    return db.scalar(
        select(ReviewDecision).where(
            ReviewDecision.review_id == review_id,
            ReviewDecision.kind == kind,
            ReviewDecision.subject == subject,
        )
    )


def most_votes(db: Session, review_id: int) -> int:
    """The largest vote count recorded for one decision of the review (0 without any)."""
    found = db.scalar(
        select(func.max(ReviewDecision.votes_total)).where(ReviewDecision.review_id == review_id)
    )
    return int(found or 0)


def reviews_of_year(db: Session, year: int) -> dict[str, Review]:
    """unit code → the unit's review of the year."""
    rows = db.execute(
        select(Unit.code, Review).join(Review, Review.unit_id == Unit.id).where(Review.year == year)
    )
    return {code: review for code, review in rows}


def review_events(db: Session, review: Review | None, subject_prefix: str | None = None) -> list[ReviewEvent]:
    """A review's audit trail, oldest first; with a prefix ("household H01"), only the
    unit-wide steps and those about that one subject."""
    if review is None:
        return []
    query = select(ReviewEvent).where(ReviewEvent.review_id == review.id)
    if subject_prefix:
        query = query.where(
            or_(
                ReviewEvent.action.in_(("meeting", "submit", "approve", "reopen")),
                ReviewEvent.reason.startswith(f"{subject_prefix}:"),
            )
        )
    return list(db.scalars(query.order_by(ReviewEvent.at, ReviewEvent.id)))


def decision_in(db: Session, review: Review | None, kind: str, subject: str) -> ReviewDecision | None:
    if review is None:
        return None
    return db.scalar(
        select(ReviewDecision).where(
            ReviewDecision.review_id == review.id,
            ReviewDecision.kind == kind,
            ReviewDecision.subject == subject,
        )
    )
