"""Queries on submissions and their attachments, the edits of one, and counts per day."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import (
    Connection,
    Date,
    Executable,
    Row,
    String,
    bindparam,
    cast,
    func,
    insert,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .fastpaths import DriverQuery
from .models import Attachment, Form, FormVersion, ScoringQueue, Submission, utcnow
from .users import scope_columns


def by_instance(db: Session, form_id: int, instance_id: str) -> Submission | None:
    return db.scalar(
        select(Submission).where(Submission.form_id == form_id, Submission.instance_id == instance_id)
    )


def attachments(db: Session, submission: Submission) -> dict[str, Attachment]:
    rows = db.scalars(select(Attachment).where(Attachment.submission_id == submission.id))
    return {a.name: a for a in rows}


def attachment(db: Session, submission_id: int, name: str) -> Attachment | None:
    return db.scalar(
        select(Attachment).where(Attachment.submission_id == submission_id, Attachment.name == name)
    )


# Plain statements for POST /submission, built once: a lookup or two and one insert per
# request, no ORM objects (their unit of work cost more than the rest of the request).
_INSTANCE = DriverQuery(
    select(
        Submission.id,
        Submission.xml_sha256,
        Submission.current,
        cast(Submission.expected_files, String).label("expected_files"),
    ).where(Submission.form_id == bindparam("form_id"), Submission.instance_id == bindparam("instance_id"))
)
_XML = select(Submission.xml).where(Submission.id == bindparam("id"))
_NEW_COLUMNS = (
    "form_id", "form_version_id", "instance_id", "deprecated_id", "current", "xml", "xml_sha256", "data",
    "unit_code", "year", "expected_files", "user_id", "device_id", "user_agent", "received_at",
)  # fmt: skip


def _insert_new(insert_of_dialect) -> Executable:  # postgresql.insert or sqlite.insert
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id: a new instance costs no lookup before
    it; an instanceID already stored returns no row."""
    return (
        insert_of_dialect(Submission)
        .values({name: bindparam(name) for name in _NEW_COLUMNS})
        .on_conflict_do_nothing(index_elements=["form_id", "instance_id"])
        .returning(Submission.id)
    )


def _queued(new: Executable) -> Executable:
    """The new submission's id into the scoring queue as well, in the same statement (a
    PostgreSQL data-modifying WITH: one round trip per POST)."""
    stored = new.cte("stored")  # type: ignore[attr-defined]
    return (
        insert(ScoringQueue)
        .from_select(["submission_id"], select(stored.c.id))
        .returning(ScoringQueue.submission_id.label("id"))
    )


# SQLite has no INSERT inside WITH: there the queue row is a second statement, in process
_INSERT = DriverQuery(
    {"postgresql": _queued(_insert_new(postgresql.insert)), "sqlite": _insert_new(sqlite.insert)}
)
_QUEUE = DriverQuery(insert(ScoringQueue).values(submission_id=bindparam("id")))
# the edited row stops being current only if it still is: of edits racing for one row, one
# changes it and the others change nothing (on PostgreSQL they wait for the first to commit,
# then find it no longer current), whatever the database's isolation
_REPLACED = (
    update(Submission)
    .where(Submission.id == bindparam("replaced_id"), Submission.current == true())
    .values(current=False)
)
_EDITED = DriverQuery(
    select(
        Submission.id, Submission.unit_code, Submission.user_id, *scope_columns(Submission.unit_code)
    ).where(Submission.form_id == bindparam("form_id"), Submission.instance_id == bindparam("instance_id"))
)
_ATTACHMENTS = select(Attachment.name, Attachment.sha256, Attachment.size, Attachment.content_type).where(
    Attachment.submission_id == bindparam("id")
)


class StoredInstance(NamedTuple):
    id: int
    xml_sha256: str
    current: bool
    expected_files: list[str]


def stored_instance(conn: Connection, form_id: int, instance_id: str) -> StoredInstance | None:
    """An instance already stored (every POST asks; almost always there is none)."""
    row = _INSTANCE.first(conn, form_id=form_id, instance_id=instance_id)
    if row is None:
        return None
    return StoredInstance(row.id, row.xml_sha256, bool(row.current), json.loads(row.expected_files or "[]"))


def stored_xml(conn: Connection, submission_id: int) -> bytes:
    return conn.scalar(_XML, {"id": submission_id})


def insert_submission(conn: Connection, **values: object) -> int | None:
    """A new submission (received now, current, pending scoring); returns its id, or None
    when the form already has this instanceID (nothing written)."""
    row = _INSERT.first(conn, current=True, received_at=utcnow(), **values)
    if row is None:
        return None
    if conn.dialect.name == "sqlite":
        _QUEUE.first(conn, id=row.id)
    return row.id


def replace_current(conn: Connection, submission_id: int) -> bool:
    """Mark a current submission replaced by an edit; False (nothing changed) when it is not
    current, e.g. another edit of it was stored first."""
    return conn.execute(_REPLACED, {"replaced_id": submission_id}).rowcount == 1


class EditedInstance(NamedTuple):
    """The submission an edit names: its unit and sender, and the editor's scope for that
    unit (users.scope_columns)."""

    id: int
    unit_code: str | None
    user_id: int | None
    inside: bool
    assigned: bool


def edited_instance(conn: Connection, form_id: int, instance_id: str, user_id: int) -> EditedInstance | None:
    row = _EDITED.first(conn, form_id=form_id, instance_id=instance_id, user_id=user_id)
    return None if row is None else EditedInstance(row[0], row[1], row[2], bool(row[3]), bool(row[4]))


def attachment_rows(conn: Connection, submission_id: int) -> dict[str, Row]:
    """name -> (name, sha256, size, content_type) of a submission's stored files."""
    return {row.name: row for row in conn.execute(_ATTACHMENTS, {"id": submission_id})}


def insert_attachments(conn: Connection, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(Attachment), rows)


def referenced_blobs(conn: Connection) -> set[str]:
    """The sha256 of every stored attachment file (what blobs.sweep keeps)."""
    return set(conn.scalars(select(Attachment.sha256).distinct()))


def received_per_day(
    db: Session, year: int, unit_codes: set[str], first: date, last: date, utc_offset_hours: int = 7
) -> Counter[date]:
    """Current submissions of the year in these units, counted by local day (the server
    keeps UTC; the campaign's day is Vietnam's, UTC+7), by the database: a province's
    November is half a million rows."""
    if not unit_codes:
        return Counter()
    shift = timedelta(hours=utc_offset_hours)
    start = datetime.combine(first, datetime.min.time()) - shift
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()) - shift
    if db.get_bind().dialect.name == "postgresql":
        day = cast(Submission.received_at + shift, Date)
    else:  # SQLite keeps the time as ISO text, which its date() reads
        day = func.date(Submission.received_at, f"{utc_offset_hours:+d} hours")
    rows = db.execute(
        select(day, func.count())
        .where(
            Submission.year == year,
            Submission.current.is_(True),
            Submission.unit_code.in_(sorted(unit_codes)),
            Submission.received_at >= start,
            Submission.received_at < end,
        )
        .group_by(day)
    )
    return Counter({d if isinstance(d, date) else date.fromisoformat(d): n for d, n in rows})


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


def by_id(db: Session, submission_id: int) -> Submission | None:
    return db.get(Submission, submission_id)
