"""Plain statements for the scoring drain's common case (domain/incremental.py), built once:
the drain runs after every burst of submissions, so like the POST it reads and writes rows,
not ORM objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import (
    Connection,
    Integer,
    Row,
    Text,
    any_,
    bindparam,
    cast,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from . import results as results_q
from .models import Form, FormVersion, Score, ScoringQueue, Submission, Unit, UnitResult, utcnow

Record = Row  # a row these queries read: its columns by attribute (the domain reads them)

_COLUMNS = (
    Submission.id,
    Submission.form_id,
    Submission.form_version_id,
    Submission.instance_id,
    Submission.deprecated_id,
    Submission.unit_code,
    Submission.year,
    Submission.received_at,
    Submission.data,
)
_QUEUED = ScoringQueue.submission_id
_PEEK = select(*_COLUMNS).join(ScoringQueue, _QUEUED == Submission.id).order_by(_QUEUED).limit(bindparam("n"))
_NEWEST = select(func.max(Submission.id))
# the ids as one parameter (an array; on SQLite a JSON text): an IN list of a backlog's
# thousands of ids cost SQLAlchemy more to render than the delete took
_MARK = {
    "postgresql": delete(ScoringQueue)
    .where(_QUEUED == any_(bindparam("ids", type_=postgresql.ARRAY(Integer))))
    .returning(_QUEUED),
    "sqlite": delete(ScoringQueue)
    .where(_QUEUED.in_(select(literal_column("value")).select_from(func.json_each(bindparam("ids")))))
    .returning(_QUEUED),
}
_VERSIONS = (
    select(FormVersion.id, cast(FormVersion.fields, Text), cast(FormVersion.scoring, Text), Form.xml_form_id)
    .outerjoin(Form, Form.current_version_id == FormVersion.id)
    .where(or_(FormVersion.id.in_(bindparam("ids", expanding=True)), Form.id.is_not(None)))
)
_UNITS = select(Unit.id, Unit.code, Unit.kind, Unit.path)
_OF_SUBJECTS = (
    Score.year == bindparam("year"),
    Score.kind == bindparam("kind"),
    Score.subject.in_(bindparam("subjects", expanding=True)),
    Score.counts.is_(True),
)
_COUNTING = select(
    Score.id, Score.submission_id, Score.year, Score.kind, Score.subject, Score.unit_code, Score.received_at,
    Score.title_reached, Score.criteria,
).where(*_OF_SUBJECTS)  # fmt: skip
_COUNTING_IDS = select(Score.id, Score.year, Score.kind, Score.subject).where(*_OF_SUBJECTS)
_UNCOUNT = update(Score).where(Score.id.in_(bindparam("ids", expanding=True))).values(counts=False)
_INSERT_SCORES = insert(Score)
_RESULTS = (
    select(UnitResult.unit_id, UnitResult.figures, UnitResult.title_reached)
    .where(UnitResult.year == bindparam("year"), UnitResult.unit_id.in_(bindparam("ids", expanding=True)))
    .order_by(UnitResult.unit_id)
    .with_for_update()
)
_UPDATE_RESULT = (
    update(UnitResult)
    .where(UnitResult.year == bindparam("b_year"), UnitResult.unit_id == bindparam("b_unit"))
    .values(figures=bindparam("figures"), title_reached=bindparam("title_reached"))
)
_INSERT_RESULT = insert(UnitResult)


_STATUS = select(func.count(), func.min(Submission.received_at)).join_from(
    ScoringQueue, Submission, _QUEUED == Submission.id
)


def pending_status(conn: Connection) -> tuple[int, datetime | None]:
    """(how many submissions wait to be scored, when the oldest of them arrived): reads the
    queue and its submissions, not the table."""
    count, oldest = conn.execute(_STATUS).one()
    if isinstance(oldest, str):  # SQLite: an aggregate loses the column's type
        oldest = datetime.fromisoformat(oldest)
    return count or 0, oldest


def peek_pending(conn: Connection, n: int) -> list[Row]:
    """The oldest `n` submissions waiting to be scored, with their answers, in arrival
    order, left pending: read without any write lock."""
    return conn.execute(_PEEK, {"n": n}).all()


def newest_submission(conn: Connection) -> int | None:
    """The id of the latest submission stored (the primary key's end: one index step)."""
    return conn.scalar(_NEWEST)


def take(conn: Connection, ids: list[int]) -> set[int]:
    """Take these submissions off the queue (in this transaction); returns those that were
    still on it."""
    if not ids:
        return set()
    pg = conn.dialect.name == "postgresql"
    return set(conn.scalars(_MARK[conn.dialect.name], {"ids": ids if pg else json.dumps(ids)}))


def version_texts(conn: Connection, ids: Iterable[int]) -> list[Row]:
    """(id, fields JSON text, scoring JSON text, xml_form_id) of these form versions and of
    every form's current version (xml_form_id is None for one that is not current). The
    text, not the parsed value, so what is compiled from it can be cached by it."""
    return conn.execute(_VERSIONS, {"ids": sorted(ids)}).all()


def all_units(conn: Connection) -> dict[str, Row]:
    """code -> (id, code, kind, path) of every unit (a province has a few hundred)."""
    return {r.code: r for r in conn.execute(_UNITS)}


def counting_of_subjects(conn: Connection, keys: Iterable[tuple[int, str, str]]) -> dict[tuple, Row]:
    """(year, kind, subject) -> the counting score's (id, submission_id, year, kind, subject,
    unit_code, received_at, title_reached, criteria), for those that have one: a query per year and
    kind, which the (year, kind, subject) index serves."""
    return _of_subjects(conn, _COUNTING, keys)


def counting_ids(conn: Connection, keys: Iterable[tuple[int, str, str]]) -> dict[tuple, int]:
    """(year, kind, subject) -> the id of the counting score, for those that have one."""
    return {key: r.id for key, r in _of_subjects(conn, _COUNTING_IDS, keys).items()}


def _of_subjects(conn: Connection, statement, keys: Iterable[tuple[int, str, str]]) -> dict[tuple, Row]:
    groups: dict[tuple[int, str], list[str]] = {}
    for year, kind, subject in keys:
        groups.setdefault((year, kind), []).append(subject)
    out = {}
    for (year, kind), subjects in groups.items():
        for i in range(0, len(subjects), 500):
            params = {"year": year, "kind": kind, "subjects": subjects[i : i + 500]}
            out.update({(r.year, r.kind, r.subject): r for r in conn.execute(statement, params)})
    return out


def uncount(conn: Connection, score_ids: list[int]) -> None:
    if score_ids:
        conn.execute(_UNCOUNT, {"ids": score_ids})


def insert_scores(conn: Connection, rows: list[dict]) -> None:
    if rows:
        conn.execute(_INSERT_SCORES, rows)


def results_for_update(conn: Connection, year: int, unit_ids: Iterable[int]) -> dict[int, Row]:
    """unit id -> (unit_id, figures, title_reached) of the result rows that exist, locked
    for this transaction in unit order (as concurrent writers lock them)."""
    return {r.unit_id: r for r in conn.execute(_RESULTS, {"year": year, "ids": sorted(unit_ids)})}


def write_results(
    conn: Connection, year: int, rows: dict[int, tuple[dict, bool | None]], existing: set[int]
) -> None:
    """Store unit id -> (figures, title_reached): an update where the row exists, else an insert."""
    now = utcnow()
    updates = [
        {"b_year": year, "b_unit": unit_id, "figures": figures, "title_reached": reached}
        for unit_id, (figures, reached) in sorted(rows.items())
        if unit_id in existing
    ]
    inserts = [
        {"year": year, "unit_id": unit_id, "figures": figures, "title_reached": reached, "updated_at": now}
        for unit_id, (figures, reached) in sorted(rows.items())
        if unit_id not in existing
    ]
    if updates:
        conn.execute(_UPDATE_RESULT, updates)
    if inserts:
        conn.execute(_INSERT_RESULT, inserts)


# ---- the scoring queue's transactions (domain/scoring_queue.py) -----------------------------

_PENDING = select(exists(select(_QUEUED)))
_NEWEST_PENDING = select(func.max(_QUEUED))
_ADVISORY_KEY = 0x6B6D5F71  # 'km_q': the PostgreSQL lock that orders drains
_PG_DRAIN = text("SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(:k)")


_PEEK_AFTER = _PEEK.where(_QUEUED > bindparam("after"))
_PENDING_YEARS = (
    select(Submission.year, func.count())
    .join_from(ScoringQueue, Submission, _QUEUED == Submission.id)
    .where(Submission.year.is_not(None))
    .group_by(Submission.year)
)
_PENDING_YEARLESS = (
    select(Submission.received_at)
    .join_from(ScoringQueue, Submission, _QUEUED == Submission.id)
    .where(Submission.year.is_(None))
)


def pending_after(conn: Connection, after: int, n: int) -> list[Row]:
    """Up to `n` pending submissions with an id above `after`, as peek_pending gives them."""
    return conn.execute(_PEEK_AFTER, {"after": after, "n": n}).all()


def backlog_after(conn: Connection, after: int, n: int, fields: tuple[str, ...]) -> list[Row]:
    """Up to `n` pending submissions with an id above `after`, as pending_after gives them
    but without `data`: instead `answers`, only the answers `fields` as one JSON array text
    (a missing one null), picked out by the database, so a large backlog's stored answers
    are neither sent nor decoded whole."""
    pg = conn.dialect.name == "postgresql"
    stmt = _BACKLOG.get((pg, fields))
    if stmt is None:
        answers = literal_column(results_q.answers_array_sql(pg, fields)).label("answers")
        stmt = _BACKLOG[(pg, fields)] = (
            select(*_COLUMNS[:-1], answers)
            .join(ScoringQueue, _QUEUED == Submission.id)
            .where(_QUEUED > bindparam("after"))
            .order_by(_QUEUED)
            .limit(bindparam("n"))
        )
    return conn.execute(stmt, {"after": after, "n": n}).all()


_BACKLOG: dict[tuple[bool, tuple[str, ...]], Select] = {}


def pending_per_year(conn: Connection) -> dict[int, int]:
    """Campaign year (a submission's `year`, or the year it arrived in) -> how many of its
    submissions are pending: counted by the database from the queue, one row per year (and
    one per pending submission without a year)."""
    out: dict[int, int] = {year: n for year, n in conn.execute(_PENDING_YEARS)}
    for (received,) in conn.execute(_PENDING_YEARLESS):
        received = datetime.fromisoformat(received) if isinstance(received, str) else received
        out[received.year] = out.get(received.year, 0) + 1
    return out


def scored_in_year(conn: Connection, year: int, cap: int) -> int:
    """How many of a campaign year's submissions are scored outside the inspection rounds
    (their score rows: one each), counted up to `cap` only and from the score index alone:
    the work is bounded by `cap`, never by the year's size, and no submission row (4.4 KB,
    mostly XML) is read."""
    some = select(Score.id).where(Score.year == year).limit(cap).subquery()
    return conn.scalar(select(func.count()).select_from(some)) or 0


def has_pending(db: Session | Connection) -> bool:
    return bool(db.scalar(_PENDING))


def newest_pending(conn: Connection) -> int | None:
    return conn.scalar(_NEWEST_PENDING)


def begin_drain(db: Session) -> Connection:
    """A drain's transaction: on SQLite it takes the write lock at BEGIN; on PostgreSQL it
    commits without waiting for the disk and holds the lock that orders drains, both in one
    round trip."""
    conn = db.connection(execution_options={"sqlite_immediate": True})
    if conn.dialect.name == "postgresql":
        conn.execute(_PG_DRAIN, {"k": _ADVISORY_KEY})
    return conn


@contextmanager
def relaxed_sync(conn: Connection, level: str) -> Iterator[None]:
    """SQLite: this connection commits without fsync (synchronous=NORMAL) inside the block,
    and goes back to `level` before it returns to the pool. The level can only change
    outside a transaction, hence on the driver's connection. PostgreSQL: nothing."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    raw.execute("PRAGMA synchronous=NORMAL")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA synchronous={level.upper()}")
