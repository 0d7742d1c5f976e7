"""Queries of the follow-up: each unit's progress in one aggregate query (registry size,
households surveyed, registration, review), the reminders sent, the users' digest
subscriptions and the years' calendar changes."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from .models import (
    CampaignCalendar,
    DigestSubscription,
    Household,
    Reminder,
    Review,
    Score,
    Unit,
    UnitResult,
    User,
)


class ProgressRow(NamedTuple):
    unit_id: int
    code: str
    name: str
    registry: int
    surveyed: int
    registered: bool
    review_state: str
    meeting_date: str
    reminders: int
    last_reminder_at: datetime | None


def progress(db: Session, year: int, kinds: tuple[str, ...], codes: set[str] | None) -> list[ProgressRow]:
    """Every unit of `kinds` (within `codes`; None: all) with its figures for `year`: the
    registry and surveyed households as the results keep them (unit_result, moved by every
    scored submission and roster import; what the results pages show), counted from the
    registry for a unit with no results yet; the rest by grouped counts joined on the unit.
    The cost follows the number of units, not of households."""
    own = UnitResult.figures["own"]
    registered = (
        select(Score.unit_code)
        .where(Score.year == year, Score.kind == "registration", Score.counts.is_(True))
        .group_by(Score.unit_code)
        .subquery()
    )
    sent = (
        select(Reminder.unit_id, func.count().label("n"), func.max(Reminder.created_at).label("last"))
        .where(Reminder.year == year)
        .group_by(Reminder.unit_id)
        .subquery()
    )
    query = (
        select(
            Unit.id,
            Unit.code,
            Unit.name,
            own["households_registry"].as_integer(),
            own["households_surveyed"].as_integer(),
            registered.c.unit_code.is_not(None),
            func.coalesce(Review.state, "open"),
            func.coalesce(Review.meeting_date, ""),
            func.coalesce(sent.c.n, 0),
            sent.c.last,
            UnitResult.id.is_not(None),
        )
        .outerjoin(UnitResult, and_(UnitResult.unit_id == Unit.id, UnitResult.year == year))
        .outerjoin(registered, registered.c.unit_code == Unit.code)
        .outerjoin(Review, and_(Review.unit_id == Unit.id, Review.year == year))
        .outerjoin(sent, sent.c.unit_id == Unit.id)
        .where(Unit.kind.in_(kinds))
        .order_by(Unit.path, Unit.code)
    )
    if codes is not None:
        query = query.where(Unit.code.in_(codes))
    rows = db.execute(query).all()
    missing = [r[0] for r in rows if not r[-1]]
    counted = _registry_sizes(db, missing) if missing else {}
    return [
        ProgressRow(
            *r[:3],
            int(r[3] or 0) if r[-1] else counted.get(r[0], 0),
            int(r[4] or 0),
            bool(r[5]),
            *r[6:10],
        )
        for r in rows
    ]


def _registry_sizes(db: Session, unit_ids: list[int]) -> dict[int, int]:
    """Households in the registry of each unit, counted (units with no results yet)."""
    out: dict[int, int] = {}
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start : start + 500]
        query = (
            select(Household.unit_id, func.count())
            .where(Household.unit_id.in_(chunk))
            .group_by(Household.unit_id)
        )
        out.update({uid: n for uid, n in db.execute(query)})
    return out


def add_reminder(db: Session, year: int, unit_id: int, message: str, reasons: list, sent_by: int) -> Reminder:
    reminder = Reminder(year=year, unit_id=unit_id, message=message, reasons=reasons, sent_by=sent_by)
    db.add(reminder)
    db.flush()
    return reminder


class ReminderRow(NamedTuple):
    id: int
    year: int
    unit_code: str
    unit_name: str
    message: str
    reasons: list
    sender: str
    created_at: datetime


def reminders(
    db: Session, codes: set[str] | None, since: datetime | None = None, limit: int | None = 50
) -> list[ReminderRow]:
    """The newest reminders to the units `codes` (None: every unit) sent after `since`."""
    query = (
        select(
            Reminder.id,
            Reminder.year,
            Unit.code,
            Unit.name,
            Reminder.message,
            Reminder.reasons,
            func.coalesce(func.nullif(User.full_name, ""), User.username, ""),
            Reminder.created_at,
        )
        .join(Unit, Unit.id == Reminder.unit_id)
        .outerjoin(User, User.id == Reminder.sent_by)
        .order_by(Reminder.created_at.desc(), Reminder.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    if codes is not None:
        query = query.where(Unit.code.in_(codes))
    if since is not None:
        query = query.where(Reminder.created_at >= since)
    return [ReminderRow(*row) for row in db.execute(query)]


def calendar_changes(db: Session, year: int) -> dict[str, str]:
    row = db.get(CampaignCalendar, year)
    return dict(row.dates) if row else {}


def set_calendar_changes(db: Session, year: int, dates: dict[str, str]) -> None:
    row = db.get(CampaignCalendar, year)
    if row is None:
        db.add(CampaignCalendar(year=year, dates=dates))
    else:
        row.dates = dates


def subscription(db: Session, user_id: int) -> DigestSubscription | None:
    return db.get(DigestSubscription, user_id)


def subscribe(db: Session, user_id: int, email: str) -> None:
    row = db.get(DigestSubscription, user_id)
    if row is None:
        db.add(DigestSubscription(user_id=user_id, email=email, active=True))
    else:
        row.email, row.active, row.last_error = email, True, ""


def unsubscribe(db: Session, user_id: int) -> None:
    row = db.get(DigestSubscription, user_id)
    if row is not None:
        row.active = False


class DigestRow(NamedTuple):
    user_id: int
    username: str
    full_name: str
    role: str
    email: str
    last_sent_on: str


def digests_due(db: Session, day: str) -> list[DigestRow]:
    """Active subscriptions of active users not yet sent `day`'s digest."""
    query = (
        select(
            User.id,
            User.username,
            User.full_name,
            User.role,
            DigestSubscription.email,
            DigestSubscription.last_sent_on,
        )
        .join(User, User.id == DigestSubscription.user_id)
        .where(
            DigestSubscription.active.is_(True), User.active.is_(True), DigestSubscription.last_sent_on != day
        )
        .order_by(User.id)
    )
    return [DigestRow(*row) for row in db.execute(query)]


def claim_digests(db: Session, day: str, user_ids: list[int]) -> set[int]:
    """Mark `day`'s digest of these users as sent, where nobody did meanwhile (another
    process or host): the users whose rows this update changed are this run's to send."""
    if not user_ids:
        return set()
    result = db.execute(
        update(DigestSubscription)
        .where(DigestSubscription.user_id.in_(user_ids), DigestSubscription.last_sent_on != day)
        .values(last_sent_on=day)
        .returning(DigestSubscription.user_id)
    )
    return set(result.scalars())


def release_digests(db: Session, day: str, released: list[tuple[int, str, str]]) -> None:
    """Digests that could not be sent (user, the day sent before, error): give the day back,
    so the next run tries again."""
    for user_id, before, error in released:
        db.execute(
            update(DigestSubscription)
            .where(DigestSubscription.user_id == user_id, DigestSubscription.last_sent_on == day)
            .values(last_sent_on=before if before != day else "", last_error=error[:500])
        )


def note_error(db: Session, user_id: int, error: str) -> None:
    db.execute(
        update(DigestSubscription).where(DigestSubscription.user_id == user_id).values(last_error=error[:500])
    )


def digests_sent(db: Session, user_ids: list[int]) -> None:
    if user_ids:
        db.execute(
            update(DigestSubscription)
            .where(DigestSubscription.user_id.in_(user_ids), DigestSubscription.last_error != "")
            .values(last_error="")
        )


def begin_write(db: Session) -> None:
    """End the session's read transaction and begin one that writes (on SQLite, taking the
    write lock at BEGIN, as store.db.write_session does for a request)."""
    if db.in_transaction():
        db.commit()
    db.connection(execution_options={"sqlite_immediate": True})
