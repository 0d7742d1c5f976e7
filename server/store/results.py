"""Queries on scores, unit results and the registry sizes the results need."""

from __future__ import annotations

from sqlalchemy import Text, cast, delete, func, select, text, tuple_, update
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
    if db.scalar(select(Score.id).where(Score.year != year).limit(1)) is None:
        # the only year: a DELETE without WHERE, which SQLite does by dropping the pages
        # (row by row it takes minutes for millions of scores)
        db.execute(delete(Score))
    else:
        db.execute(delete(Score).where(Score.year == year))


def submissions_of_year(db: Session, year: int):  # noqa: ANN201 - a streaming Result
    return db.execute(
        select(Submission)
        .where(Submission.year == year)
        .order_by(Submission.id)
        .execution_options(yield_per=2000)
    ).scalars()


# ---- bulk reads and writes for a full rescore / rebuild (domain/rescore.py) ----------------

SCORE_COLUMNS = (
    "submission_id", "form_id", "year", "unit_code", "kind", "subject", "points", "max_points",
    "title_reached", "criteria", "counts", "rejected", "reject_reason", "received_at",
)  # fmt: skip


def rejections(db: Session, year: int) -> dict[int, str]:
    """The board's rejections of a year (submission id -> reason), to survive a rescore."""
    rows = db.execute(
        select(Score.submission_id, Score.reject_reason).where(Score.year == year, Score.rejected.is_(True))
    )
    return {sid: reason or "" for sid, reason in rows}


def _quoted(name: str) -> str:
    return name.replace("'", "").replace('"', "")  # field names are validated; belt and braces


def _answers_sql(pg: bool, names: tuple[str, ...]) -> str:
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


def answer_batches(
    db: Session, year: int, fields: dict[int, tuple[tuple[str, ...], tuple[str, ...]]], size: int = 20_000
):  # noqa: ANN201 - yields lists of tuples
    """The year's submissions in id order, in batches (keyset on the primary key, so nothing
    stays open between batches and writes can go on the same connection): id, form_id,
    form_version_id, unit_code, instance_id, received_at as fixed-width text (so it sorts as
    text), current, the answers to `fields[version][0]` as one JSON array text, and the
    answers to `fields[version][1]` (at most three) one per column."""
    pg = db.get_bind().dialect.name == "postgresql"

    def case(sql_of) -> str:  # noqa: ANN001
        whens = " ".join(f"WHEN {int(v)} THEN {sql_of(names)}" for v, names in fields.items())
        return f"CASE form_version_id {whens} END" if whens else "NULL"

    answers = case(lambda names: _answers_sql(pg, names[0]))
    subject = [case(lambda names, i=i: _answer_sql(pg, (names[1] + (None,) * 3)[i])) for i in range(3)]
    received = "to_char(received_at, 'YYYY-MM-DD HH24:MI:SS.US')" if pg else "received_at"
    # "+year": not an indexed column to the planner, so each batch is a range scan of the
    # primary key (through the year index SQLite would sort the whole year per batch)
    sql = text(
        f"SELECT id, form_id, form_version_id, unit_code, instance_id, {received}, current, {answers}, "
        f"{', '.join(subject)} FROM submission WHERE +year = :year AND id > :after ORDER BY id LIMIT :size"
    )
    conn = db.connection()
    after = 0
    while True:
        rows = conn.execute(sql, {"year": year, "after": after, "size": size}).all()
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def _esc(value: str) -> str:
    """A text value for COPY's text format."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def insert_scores(db: Session, rows: list[tuple]) -> None:
    """Insert Score rows given as tuples in SCORE_COLUMNS order (criteria as JSON text,
    received_at as the text answer_batches gives), in the session's transaction: COPY on
    PostgreSQL, executemany on SQLite."""
    conn = db.connection()
    raw = conn.connection.driver_connection
    if conn.dialect.name != "postgresql":
        marks = ", ".join("?" * len(SCORE_COLUMNS))
        raw.cursor().executemany(f"INSERT INTO score ({', '.join(SCORE_COLUMNS)}) VALUES ({marks})", rows)
        return
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
    with raw.cursor().copy(f"COPY score ({', '.join(SCORE_COLUMNS)}) FROM STDIN") as copy:
        copy.write("".join(lines))


def uncount(db: Session, submission_ids: list[int]) -> None:
    for i in range(0, len(submission_ids), 5000):
        chunk = submission_ids[i : i + 5000]
        db.execute(update(Score).where(Score.submission_id.in_(chunk)).values(counts=False))


def registry_sizes_by_unit(db: Session) -> dict[int, tuple[int, int]]:
    """unit id -> (households, adults) of the registry, for every unit at once."""
    households = dict(db.execute(select(Household.unit_id, func.count()).group_by(Household.unit_id)).all())
    adults = dict(
        db.execute(
            select(Household.unit_id, func.count())
            .select_from(Citizen)
            .join(Household, Citizen.household_id == Household.id)
            .group_by(Household.unit_id)
        ).all()
    )
    return {u: (households.get(u, 0), adults.get(u, 0)) for u in households.keys() | adults.keys()}


def counting_tally(db: Session, year: int):  # noqa: ANN201 - rows
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


def scores_of_subjects(
    db: Session, keys: set[tuple[int, str, str]]
) -> dict[tuple[int, str, str], list[tuple[Score, bool]]]:
    """scores_of_subject for many (year, kind, subject) at once, in one query per 500 keys."""
    out: dict[tuple[int, str, str], list[tuple[Score, bool]]] = {k: [] for k in keys}
    ordered = sorted(keys)
    for i in range(0, len(ordered), 500):
        rows = db.execute(
            select(Score, Submission.current)
            .join(Submission, Submission.id == Score.submission_id)
            .where(tuple_(Score.year, Score.kind, Score.subject).in_(ordered[i : i + 500]))
            .order_by(Score.received_at.desc(), Score.id.desc())
        )
        for s, cur in rows:
            out[(s.year, s.kind, s.subject)].append((s, cur))
    return out
