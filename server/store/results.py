"""Queries on scores, unit results and the registry sizes the results need."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import Connection, Text, and_, cast, delete, func, or_, select, text, update
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


def answers_of_submissions(db: Session, ids: list[int]) -> list[tuple[int, int, dict]]:
    """(id, form_version_id, answers) of these submissions (not their XML)."""
    out: list[tuple[int, int, dict]] = []
    for i in range(0, len(ids), 500):
        out += db.execute(
            select(Submission.id, Submission.form_version_id, Submission.data).where(
                Submission.id.in_(ids[i : i + 500])
            )
        ).all()
    return out


def counting_scores(db: Session, year: int, unit_code: str, kind: str | None = None) -> list[Score]:
    """A unit's counting scores of the year (of one kind: household, citizen…), by subject."""
    query = select(Score).where(Score.year == year, Score.unit_code == unit_code, Score.counts.is_(True))
    if kind is not None:
        query = query.where(Score.kind == kind)
    return list(db.scalars(query.order_by(Score.subject)))


def registry_sizes(db: Session, unit_id: int, staff_at_agency: bool = False) -> tuple[int, int]:
    """(households, adults) in a unit's registry. With `staff_at_agency` an agency's staff
    are its adults, and they are not counted again in their household's unit."""
    households = db.scalar(select(func.count()).select_from(Household).where(Household.unit_id == unit_id))
    adults = db.scalar(
        select(func.count())
        .select_from(Citizen)
        .join(Household, Citizen.household_id == Household.id)
        .where(Household.unit_id == unit_id, *([Citizen.workplace_id.is_(None)] if staff_at_agency else []))
    )
    if staff_at_agency:
        adults = (adults or 0) + (
            db.scalar(select(func.count()).select_from(Citizen).where(Citizen.workplace_id == unit_id)) or 0
        )
    return households or 0, adults or 0


def households_by_code(db: Session, codes: set[str]) -> dict[str, tuple[int, int]]:
    """code -> (id, unit id) of the registry's households among `codes`: one query."""
    out: dict[str, tuple[int, int]] = {}
    ordered = sorted(codes)
    for i in range(0, len(ordered), 500):
        rows = db.execute(
            select(Household.code, Household.id, Household.unit_id).where(
                Household.code.in_(ordered[i : i + 500])
            )
        )
        out.update({code: (hid, unit_id) for code, hid, unit_id in rows})
    return out


def citizen_codes(db: Session, codes: set[str]) -> set[str]:
    """Those of `codes` that are citizens in the registry: one query."""
    ordered = sorted(codes)
    found: set[str] = set()
    for i in range(0, len(ordered), 500):
        found.update(db.scalars(select(Citizen.code).where(Citizen.code.in_(ordered[i : i + 500]))))
    return found


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


def result_of(db: Session, year: int, unit_id: int) -> UnitResult | None:
    return db.scalar(select(UnitResult).where(UnitResult.year == year, UnitResult.unit_id == unit_id))


def current_scoring_sheets(db: Session, *, with_fields: bool = False) -> list:
    """The scoring sheets of every form's current version (only that column is read), or
    (fields, scoring sheet) pairs."""
    columns = (FormVersion.fields, FormVersion.scoring) if with_fields else (FormVersion.scoring,)
    rows = db.execute(
        select(*columns)
        .join(Form, Form.current_version_id == FormVersion.id)
        .where(FormVersion.scoring.is_not(None))
        .order_by(Form.xml_form_id)
    ).all()
    if with_fields:
        return [(fields, scoring) for fields, scoring in rows if scoring]
    return [r[0] for r in rows if r[0]]


def has_results(db: Session | Connection, year: int) -> bool:
    return db.scalar(select(UnitResult.id).where(UnitResult.year == year).limit(1)) is not None


def years(db: Session) -> list[int]:
    return sorted(y for (y,) in db.execute(select(Score.year).distinct()) if y is not None)


def submissions_of_year(db: Session, year: int):  # a streaming Result
    return db.execute(
        select(Submission)
        .where(Submission.year == year)
        .order_by(Submission.id)
        .execution_options(yield_per=2000)
    ).scalars()


# ---- bulk reads and writes for a full rescore / rebuild (domain/rescore.py) ----------------


class AnswerRow(NamedTuple):
    """One submission as answer_batches reads it, with what is stored of its score: the
    fields in the order of the driver's plain tuples that answer_batches hands over (the
    rescore's loops unpack each row once by these names; AnswerRow._make(row) names one
    elsewhere). A NamedTuple made per row cost 4 % more CPU on a year of 400,000."""

    id: int
    form_version_id: int
    unit_code: str | None
    instance_id: str
    received_at: str  # fixed-width text, so it sorts as text
    current: bool
    answers: str | None  # the answers the version's sheet reads, as one JSON array text
    # the answers that decide the subject (at most three, in the version's order)
    who1: str | None
    who2: str | None
    who3: str | None
    # the stored score: None when there is none, else 2 when its year, form, unit and
    # received_at are the submission's, 1 when only the year is, 0 otherwise
    stored: int | None
    old_subject: str | None
    old_print: object  # the fingerprint of its kind, title_reached, points, max_points and criteria
    old_counts: bool | None
    rejection: str | None  # the board's reason when it rejected the score


class ScoreRow(NamedTuple):
    """A Score row as insert_scores and update_scores write it (SCORE_COLUMNS)."""

    submission_id: int
    form_id: int
    year: int
    unit_code: str
    kind: str
    subject: str
    points: float
    max_points: float
    title_reached: bool
    criteria: str  # JSON text
    counts: bool
    rejected: bool
    reject_reason: str
    received_at: str  # as answer_batches gives it


SCORE_COLUMNS = ScoreRow._fields


def _quoted(name: str) -> str:
    return name.replace("'", "").replace('"', "")  # field names are validated; belt and braces


def answers_array_sql(pg: bool, names: tuple[str, ...]) -> str:
    """SQL giving the answers `names` of `submission.data` as one JSON array text (a missing
    answer is null), or NULL when there are none."""
    if not names:
        return "NULL"
    if pg:
        return "jsonb_build_array(" + ", ".join(f"data->'{_quoted(n)}'" for n in names) + ")::text"
    paths = [f"'$.\"{_quoted(n)}\"'" for n in names]
    if len(paths) == 1:  # json_extract returns an array only for two paths or more
        paths.append(paths[0])
    return f"json_extract(data, {', '.join(paths)})"


def _answer_sql(pg: bool, name: str | None) -> str:
    """SQL giving one answer as text; of a list, its first item (as results.answers_of)."""
    if name is None:
        return "NULL"
    n = _quoted(name)
    if pg:
        return f"CASE jsonb_typeof(data->'{n}') WHEN 'array' THEN data->'{n}'->>0 ELSE data->>'{n}' END"
    path = f"'$.\"{n}\"'"
    return (
        f"CASE json_type(data, {path}) WHEN 'array' THEN json_extract(data, {path} || '[0]') "
        f"ELSE json_extract(data, {path}) END"
    )


def _answer_rows_sql(pg: bool, fields: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]) -> str:
    """The SELECT of answer_batches: AnswerRow's columns for one id range (:after, :upto]."""

    def case(sql_of: Callable[[tuple[tuple[str, ...], tuple[str, ...]]], str]) -> str:
        whens = " ".join(f"WHEN {int(v)} THEN {sql_of(names)}" for v, names in fields.items())
        return f"CASE sub.form_version_id {whens} END" if whens else "NULL"

    answers = case(lambda names: answers_array_sql(pg, names[0]))
    subject = [case(lambda names, i=i: _answer_sql(pg, (names[1] + (None,) * 3)[i])) for i in range(3)]  # type: ignore[misc]
    received = "to_char(sub.received_at, 'YYYY-MM-DD HH24:MI:SS.US')" if pg else "sub.received_at"
    print_ = _fingerprint_sql(pg, "s.kind", "s.title_reached", "s.points", "s.max_points", "s.criteria")
    stored = (
        "CASE WHEN s.id IS NULL THEN NULL WHEN s.year <> :year THEN 0 WHEN s.form_id = sub.form_id "
        "AND s.unit_code = sub.unit_code AND s.received_at = sub.received_at THEN 2 ELSE 1 END"
    )
    # "+year": not an indexed column to the planner, so each batch is a range scan of the
    # primary key (through the year index SQLite would sort the whole year per batch); the
    # score's range is repeated so PostgreSQL can merge the two primary-key-ordered scans
    # a pending submission is the scoring queue's (scoring_queue.py): it scores it next;
    # one of an inspection round is scored into its round, never into the results (rounds.py)
    of_year = (
        "(+sub.year = :year OR (+sub.year IS NULL AND sub.received_at >= :start AND sub.received_at < :end)) "
        "AND NOT EXISTS (SELECT 1 FROM scoring_queue q WHERE q.submission_id = sub.id) "
        "AND sub.round_id IS NULL"
    )
    return (
        f"SELECT sub.id, sub.form_version_id, sub.unit_code, sub.instance_id, {received}, sub.current, "
        f"{answers}, {', '.join(subject)}, {stored}, s.subject, {print_}, s.counts, "
        "CASE WHEN s.rejected THEN s.reject_reason END "
        "FROM submission sub LEFT JOIN score s ON s.submission_id = sub.id "
        "AND s.submission_id > :after AND s.submission_id <= :upto "
        f"WHERE {of_year} AND sub.id > :after AND sub.id <= :upto ORDER BY sub.id"
    )


def _id_ranges(conn: Connection, year: int, size: int) -> list[dict]:
    """The parameters of answer_batches' query for each id range of the year's submissions."""
    start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    yearless = and_(Submission.year.is_(None), Submission.received_at >= start, Submission.received_at < end)
    low, high = conn.execute(
        select(func.min(Submission.id), func.max(Submission.id)).where(or_(Submission.year == year, yearless))
    ).one()
    if low is None:
        return []
    # sqlite3 takes :name itself; received_at is stored as text there
    bounds: tuple[object, object] = (
        (start, end) if conn.dialect.name == "postgresql" else (str(start), str(end))
    )
    return [
        {"year": year, "start": bounds[0], "end": bounds[1], "after": a, "upto": a + size}
        for a in range(low - 1, high, size)
    ]


def answer_batches(
    db: Session, year: int, fields: dict[int, tuple[tuple[str, ...], tuple[str, ...]]], size: int = 20_000
) -> Iterator[list[tuple]]:
    """The submissions of a campaign year (its `year`, or received that year when it has
    none: results.campaign_year) in id order, in batches of an id range, each with its
    stored score (rows in AnswerRow's field order); not the pending ones (the scoring queue
    scores those next).
    `fields` gives per form version the answers its sheet reads and those that decide the
    subject.

    The database works out the next batch while the caller scores this one: a thread runs
    the query on the session's own connection (the same transaction), holding a lock that
    the rescore's other statements take too (_locked), so statements never interleave. On
    SQLite that thread moves only when it gets the GIL back after each row it steps to:
    the entry point sets a short switch interval (server/runtime.py, bulk_job)."""
    conn = db.connection()
    pg = conn.dialect.name == "postgresql"
    ranges = _id_ranges(conn, year, size)
    if not ranges:
        return
    sql = text(_answer_rows_sql(pg, fields))
    raw = conn.connection.driver_connection
    compiled = str(sql.compile(dialect=conn.dialect)) if pg else str(sql)  # psycopg: %(name)s
    lock = threading.Lock()

    def fetch(params: dict) -> list[tuple]:
        with lock:
            return raw.cursor().execute(compiled, params).fetchall()

    with ThreadPoolExecutor(1) as pool:
        ahead = pool.submit(fetch, ranges[0])
        try:
            ahead.result()
        except sqlite3.ProgrammingError:  # a connection made with check_same_thread: here then
            yield from filter(None, map(fetch, ranges))
            return
        db.info["rescore_lock"] = lock
        try:
            for i in range(len(ranges)):
                rows = ahead.result()
                if i + 1 < len(ranges):
                    ahead = pool.submit(fetch, ranges[i + 1])
                if rows:
                    yield rows
        finally:
            db.info.pop("rescore_lock", None)


def _locked(db: Session):  # a context manager
    """The lock answer_batches' reading thread holds on the connection (none if not reading)."""
    return db.info.get("rescore_lock") or contextlib.nullcontext()


def _fingerprint_sql(pg: bool, kind: str, reached: str, points: str, most: str, criteria: str) -> str:
    """SQL of a score's fingerprint: the text "kind|0 or 1|points|max_points|criteria"
    (SQLite), a 64-bit hash of it (PostgreSQL; a `json` column keeps the text as written).
    The same expression for stored rows and new scores, so the numbers print alike."""
    num = "float8" if pg else "REAL"
    joined = (
        f"{kind} || '|' || CAST({reached} AS integer) || '|' || CAST({points} AS {num})"
        f" || '|' || CAST({most} AS {num}) || '|' || {criteria}"
    )
    return f"hashtextextended({joined}, 0)" if pg else joined


def fingerprints(db: Session, outcomes: list[tuple[str, bool, float, float, str]]) -> list[object]:
    """What answer_batches gives as a stored score's fingerprint, for new scores given as
    (kind, title_reached, points, max_points, criteria JSON text), worked out by the database
    on a connection of its own: a pure expression, so it need not wait for the rescore's
    connection, busy reading the next batch."""
    if not outcomes:
        return []
    pg = db.get_bind().dialect.name == "postgresql"
    cols = list(zip(*outcomes, strict=True))
    cols[2], cols[3] = [float(x) for x in cols[2]], [float(x) for x in cols[3]]  # 0 and 0.0 alike
    with db.get_bind().engine.connect() as conn:
        if pg:
            sql = _fingerprint_sql(pg, "k", "t", "p", "m", "c")
            rows = conn.execute(
                text(
                    f"SELECT {sql} FROM unnest(CAST(:k AS text[]), CAST(:t AS boolean[]), "
                    "CAST(:p AS float8[]), CAST(:m AS float8[]), CAST(:c AS text[])) "
                    "WITH ORDINALITY x(k, t, p, m, c, n) ORDER BY n"
                ),
                dict(zip("ktpmc", (list(c) for c in cols), strict=True)),
            ).all()
            return [h for (h,) in rows]
        raw = conn.connection.driver_connection.cursor()
        sql = _fingerprint_sql(pg, "k", "t", "p", "m", "c")
        out = []
        for i in range(0, len(outcomes), 150):  # a SQLite statement takes up to 999 variables
            part = outcomes[i : i + 150]
            values = ", ".join(["(?, ?, ?, ?, ?)"] * len(part))
            rows = raw.execute(
                f"WITH x(k, t, p, m, c) AS (VALUES {values}) SELECT {sql} FROM x",
                [v for o in part for v in o],
            ).fetchall()
            out += [r for (r,) in rows]
        return out


def tune_for_bulk(db: Session) -> None:
    """PostgreSQL settings for the rest of this (rescore) transaction only: memory for the
    joins and sorts, and no wait for the WAL flush at commit (scores are derived data: a
    crash just after the commit loses the rescore, nothing else). (SQLite: a 1 GiB page
    cache was tried: 30% more CPU when nothing changes, no gain after a sheet change.)"""
    db.info.pop("rescore_tmp", None)  # a temporary table of a rescore rolled back is gone
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SET LOCAL work_mem = '256MB'"))
        db.execute(text("SET LOCAL synchronous_commit = off"))


def _esc(value: str) -> str:
    """A text value for COPY's text format."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def insert_scores(db: Session, rows: list[ScoreRow]) -> None:
    """Insert Score rows, in the session's transaction: COPY on PostgreSQL, executemany on
    SQLite."""
    if not rows:
        return
    conn = db.connection()
    raw = conn.connection.driver_connection
    if conn.dialect.name != "postgresql":
        marks = ", ".join("?" * len(SCORE_COLUMNS))
        with _locked(db):
            raw.cursor().executemany(f"INSERT INTO score ({', '.join(SCORE_COLUMNS)}) VALUES ({marks})", rows)
        return
    with _locked(db):
        _copy(raw, "score", rows)


def _copy(raw, table: str, rows: list[ScoreRow]) -> None:  # a psycopg connection
    """COPY rows into `table` (text format, lines built here)."""
    escaped: dict[str, str] = {}  # the same criteria texts recur (one object per outcome)
    lines = []
    for (
        sid,
        form_id,
        year,
        unit,
        kind,
        subject,
        points,
        most,
        reached,
        criteria,
        counts,
        rej,
        why,
        at,
    ) in rows:
        crit = escaped.get(criteria)
        if crit is None:
            crit = escaped[criteria] = _esc(criteria)
        lines.append(
            f"{sid}\t{form_id}\t{year}\t{_esc(unit)}\t{kind}\t{_esc(subject)}\t{points}\t{most}\t"
            f"{'t' if reached else 'f'}\t{crit}\t{'t' if counts else 'f'}\t{'t' if rej else 'f'}\t"
            f"{_esc(why)}\t{at}\n"
        )
    with raw.cursor().copy(f"COPY {table} ({', '.join(SCORE_COLUMNS)}) FROM STDIN") as copy:
        copy.write("".join(lines))


UPDATED_COLUMNS = tuple(c for c in SCORE_COLUMNS if c not in ("submission_id", "rejected", "reject_reason"))
_updated_values = attrgetter(*UPDATED_COLUMNS, "submission_id")  # a row's SET values, then its key


def update_scores(db: Session, rows: list[ScoreRow]) -> None:
    """Rewrite stored Score rows (found by submission id) with new values; the board's
    rejection (rejected, reject_reason) stays as stored.
    SQLite: executemany at once. PostgreSQL: COPY into a temporary table now, one
    UPDATE ... FROM it in apply_updates."""
    if not rows:
        return
    conn = db.connection()
    raw = conn.connection.driver_connection
    if conn.dialect.name != "postgresql":
        sets = ", ".join(f"{c} = ?" for c in UPDATED_COLUMNS)
        with _locked(db):
            raw.cursor().executemany(
                f"UPDATE score SET {sets} WHERE submission_id = ?",
                list(map(_updated_values, rows)),
            )
        return
    with _locked(db):
        _copy_changed(db, raw, rows)


def _copy_changed(db: Session, raw, rows: list[ScoreRow]) -> None:  # a psycopg connection
    if not db.info.get("rescore_tmp"):
        cols = ", ".join(SCORE_COLUMNS)
        db.execute(
            text(
                "CREATE TEMPORARY TABLE rescore_changed ON COMMIT DROP "
                f"AS SELECT {cols} FROM score WITH NO DATA"
            )
        )
        db.info["rescore_tmp"] = True  # dropped at commit; apply_updates clears the flag
    _copy(raw, "rescore_changed", rows)


def apply_updates(db: Session) -> int:
    """PostgreSQL: the rows update_scores copied, written into score in one UPDATE."""
    if not db.info.pop("rescore_tmp", False):
        return 0
    db.execute(text("ANALYZE rescore_changed"))
    sets = ", ".join(f"{c} = n.{c}" for c in UPDATED_COLUMNS)
    n = db.execute(
        text(f"UPDATE score s SET {sets} FROM rescore_changed n WHERE s.submission_id = n.submission_id")
    ).rowcount
    db.execute(text("DROP TABLE rescore_changed"))
    return n


def set_counts(db: Session, submission_ids: list[int], value: bool) -> None:
    """Set `counts` on the scores of these submissions."""
    for i in range(0, len(submission_ids), 5000):
        chunk = submission_ids[i : i + 5000]
        db.execute(update(Score).where(Score.submission_id.in_(chunk)).values(counts=value))


def delete_scores(db: Session, submission_ids: list[int]) -> None:
    for i in range(0, len(submission_ids), 5000):
        db.execute(delete(Score).where(Score.submission_id.in_(submission_ids[i : i + 5000])))


def clear_results(db: Session, year: int) -> None:
    db.execute(delete(UnitResult).where(UnitResult.year == year))


def registry_sizes_by_unit(db: Session, staff_at_agency: bool = False) -> dict[int, tuple[int, int]]:
    """unit id -> (households, adults) of the registry, for every unit at once (each adult
    counted once: see registry_sizes)."""
    households = dict(db.execute(select(Household.unit_id, func.count()).group_by(Household.unit_id)).all())
    home = (
        select(Household.unit_id, func.count())
        .select_from(Citizen)
        .join(Household, Citizen.household_id == Household.id)
        .group_by(Household.unit_id)
    )
    if staff_at_agency:
        home = home.where(Citizen.workplace_id.is_(None))
    adults = dict(db.execute(home).all())
    if staff_at_agency:
        staff = select(Citizen.workplace_id, func.count()).where(Citizen.workplace_id.is_not(None))
        for unit_id, n in db.execute(staff.group_by(Citizen.workplace_id)).all():
            adults[unit_id] = adults.get(unit_id, 0) + n
    return {u: (households.get(u, 0), adults.get(u, 0)) for u in households.keys() | adults.keys()}


def counting_tally(db: Session, year: int):  # rows
    """The year's counting household/citizen scores grouped by unit, kind and outcome:
    (unit_code, kind, title_reached, criteria JSON text, how many). Identical outcomes have
    identical criteria text, so this is far fewer rows than scores."""
    crit = cast(Score.criteria, Text)
    return db.execute(
        select(Score.unit_code, Score.kind, Score.title_reached, crit, func.count())
        .where(Score.year == year, Score.counts.is_(True), Score.kind.in_(("household", "citizen")))
        .group_by(Score.unit_code, Score.kind, Score.title_reached, crit)
    ).all()


def counting_unit_scores(db: Session, year: int) -> list[tuple[Score, dict | None]]:
    """The year's counting group and registration scores, with the registration's answers."""
    rows = db.execute(
        select(Score, Submission.data)
        .join(Submission, Submission.id == Score.submission_id)
        .where(Score.year == year, Score.counts.is_(True), Score.kind.in_(("group", "registration")))
    )
    return [(s, data if s.kind == "registration" else None) for s, data in rows]


def results_for_update(db: Session, year: int) -> dict[int, UnitResult]:
    """Every unit result row of a year, locked for this transaction."""
    rows = db.scalars(select(UnitResult).where(UnitResult.year == year).with_for_update())
    return {r.unit_id: r for r in rows}
