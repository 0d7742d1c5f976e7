"""Read queries for the dashboard and submission pages: submissions per day, one
submission's edit chain, the people behind ids, a review's events."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .models import (
    Citizen,
    Form,
    FormVersion,
    Household,
    Review,
    ReviewDecision,
    ReviewEvent,
    Submission,
    User,
)


def received_per_day(
    db: Session, year: int, unit_codes: set[str], first: date, last: date, utc_offset_hours: int = 7
) -> Counter[date]:
    """Current submissions of the year in these units, counted by local day (the server
    keeps UTC; the campaign's day is Vietnam's, UTC+7)."""
    if not unit_codes:
        return Counter()
    shift = timedelta(hours=utc_offset_hours)
    start = datetime.combine(first, datetime.min.time()) - shift
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()) - shift
    rows = db.scalars(
        select(Submission.received_at).where(
            Submission.year == year,
            Submission.current.is_(True),
            Submission.unit_code.in_(sorted(unit_codes)),
            Submission.received_at >= start,
            Submission.received_at < end,
        )
    )
    return Counter((at + shift).date() for at in rows)


def latest_received_day(
    db: Session, year: int, unit_codes: set[str], utc_offset_hours: int = 7
) -> date | None:
    """The local day the latest current submission of the year in these units arrived."""
    if not unit_codes:
        return None
    at = db.scalar(
        select(func.max(Submission.received_at)).where(
            Submission.year == year,
            Submission.current.is_(True),
            Submission.unit_code.in_(sorted(unit_codes)),
        )
    )
    return (at + timedelta(hours=utc_offset_hours)).date() if at else None


def form_and_version(db: Session, sub: Submission) -> tuple[Form, FormVersion]:
    return db.get(Form, sub.form_id), db.get(FormVersion, sub.form_version_id)


def edit_chain(db: Session, sub: Submission, limit: int = 50) -> list[Submission]:
    """The submissions this one edited (deprecatedID, back to the first) and the edits made
    of it since, oldest first; `sub` itself included."""
    chain = {sub.id: sub}
    older, newer = sub, sub
    for _ in range(limit):
        if not older.deprecated_id:
            break
        prev = db.scalar(
            select(Submission).where(
                Submission.form_id == sub.form_id, Submission.instance_id == older.deprecated_id
            )
        )
        if prev is None or prev.id in chain:
            break
        chain[prev.id] = older = prev
    for _ in range(limit):
        nxt = db.scalar(
            select(Submission)
            .where(Submission.form_id == sub.form_id, Submission.deprecated_id == newer.instance_id)
            .order_by(Submission.id)
            .limit(1)
        )
        if nxt is None or nxt.id in chain:
            break
        chain[nxt.id] = newer = nxt
    return sorted(chain.values(), key=lambda s: (s.received_at, s.id))


def submissions_by_id(db: Session, ids: set[int]) -> dict[int, Submission]:
    if not ids:
        return {}
    return {s.id: s for s in db.scalars(select(Submission).where(Submission.id.in_(sorted(ids))))}


def user_names(db: Session, ids: set[int | None]) -> dict[int, str]:
    """id -> full name (or username), for showing who did what."""
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    rows = db.execute(select(User.id, User.full_name, User.username).where(User.id.in_(wanted)))
    return {uid: full or username for uid, full, username in rows}


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


def decision_of(db: Session, review: Review | None, kind: str, subject: str) -> ReviewDecision | None:
    if review is None:
        return None
    return db.scalar(
        select(ReviewDecision).where(
            ReviewDecision.review_id == review.id,
            ReviewDecision.kind == kind,
            ReviewDecision.subject == subject,
        )
    )


def current_versions(db: Session) -> list[FormVersion]:
    """Every form's current version (open or closed): the labels results are shown with."""
    return list(db.scalars(select(FormVersion).join(Form, Form.current_version_id == FormVersion.id)))


def subject_name(db: Session, kind: str, code: str) -> str:
    """The registry's name of a household (its head) or citizen, "" when unknown."""
    if kind == "household":
        return db.scalar(select(Household.head_name).where(Household.code == code)) or ""
    if kind == "citizen":
        return db.scalar(select(Citizen.full_name).where(Citizen.code == code)) or ""
    return ""
