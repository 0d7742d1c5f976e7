"""One drain of the scoring queue: a batch of stored submissions scored and their results
moved, with the same outcome as results.on_submission one by one.

The common case -- a new household or citizen submission (not an edit) of a year that
already has results -- is done for the whole batch at once in plain rows: one query per
step, the scores inserted together, each unit and ancestor result read and written once (a
household or citizen added at the door then has its unit's registry sizes refreshed).
Everything else (edits, group forms, a year's first submission) goes through
results.on_submission afterwards; each of those picks the counting score of its subjects
from all their scores, so doing them last gives the same figures.

On SQLite every POST waits for the write lock the drain holds, so a batch of only that
common case (none added at the door) is worked out before the lock, in the scorer's read
snapshot (plan_batch), and the lock is held only to check that nothing it read has moved
and to store it (apply_plan); when something has, the batch is done under the lock."""

from __future__ import annotations

import json
import weakref
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Connection, Row
from sqlalchemy.orm import Session

from ..store import incremental as incremental_q
from ..store import plans as plans_q
from ..store import results as results_q
from ..store import submissions as submissions_q
from ..store.models import FormVersion, Submission
from . import aggregation, batch_figures, history, registry, results, rounds
from .batch_figures import Moved, Scored, Version, version_of
from .scoring import TitleRule, score

_KNOWN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> what never changes


def _known(db: Session | Connection) -> dict:
    """Facts remembered per engine (each drain is a new session): the years that have
    results (a year's results are never deleted; a rescore rewrites them in its own
    transaction) and units by code (units are never moved, renamed in code or deleted)."""
    bind = db.get_bind() if isinstance(db, Session) else db
    return _KNOWN.setdefault(getattr(bind, "engine", bind), {"years": set(), "units": {}})


def forget_years(db: Session) -> None:
    """After a rollback: a year seen to have results in that transaction may have none."""
    _known(db)["years"].clear()


def _has_results(db: Session | Connection, year: int) -> bool:
    known = _known(db)["years"]
    if year not in known and results_q.has_results(db, year):
        known.add(year)
    return year in known


def _units(conn: Connection, codes: set[str]) -> dict[str, Row]:
    known = _known(conn)["units"]
    if not codes <= known.keys():  # all of them, in one query: the next drains need no lookup
        known.update(incremental_q.all_units(conn))  # a code still missing may be a unit added later
    return {code: known[code] for code in codes if code in known}


def _group_rules(texts: list[Row]) -> dict[str, TitleRule]:
    """results.group_rules from rows of version_texts."""
    return _group_rules_of(_rules_texts(texts))


def _rules_texts(texts: list[Row]) -> tuple[tuple[str | None, str], ...]:
    """The (fields, scoring) texts of the current forms that score, among rows of version_texts:
    what the group rules are read from."""
    current = sorted((r for r in texts if r.xml_form_id is not None and r[2]), key=lambda r: r.xml_form_id)
    return tuple((r[1], r[2]) for r in current)


@lru_cache(maxsize=64)
def _group_rules_of(texts: tuple[tuple[str | None, str], ...]) -> dict[str, TitleRule]:
    """The rules of the current forms' (fields, scoring) texts, worked out once per distinct
    set: every batch reads them, and they change only when a form version is published."""
    return results.group_rules_from([(json.loads(f) if f else None, json.loads(s)) for f, s in texts])


def score_rows(conn: Connection, rows: list[Row]) -> Scored:
    """The answers and outcome of each household or citizen submission among `rows`: a
    pure function of its stored answers and its version's sheet, so the scorer works it
    out before it takes the write lock, and holds that lock only to store what follows."""
    versions = {
        r.id: version_of(r[1], r[2])
        for r in incremental_q.version_texts(conn, {r.form_version_id for r in rows})
    }
    out: Scored = {}
    items = []
    for row in rows:
        version = versions[row.form_version_id]
        if version.kind in ("household", "citizen"):
            try:
                items.append((row, version, results.answers_from(row.data)))
            except Exception:  # scored again under the lock, where its failure is handled
                continue
    held = _histories(conn, items)
    for row, version, answers in items:
        try:
            past = held.get(row.id)
            out[row.id] = (answers, score(version.sheet, answers, past) if version.sheet else None)
        except Exception:  # scored again under the lock, where its failure is handled
            continue
    return out


def _histories(conn: Connection, items: list[tuple[Row, Version, dict]]) -> dict[int, history.History]:
    """Submission id -> its subject's recognition history, for the batch's submissions whose
    sheet reads it: one query per kind for the whole batch, none when no sheet does. One
    whose subject cannot be read is left out (its scoring fails, and is handled, later)."""
    keys = {}
    for row, version, answers in items:
        whose = history.history_kind(version.kind)
        if version.sheet is None or not version.sheet.uses_history or whose is None:
            continue
        subject = results.subject_from(version.kind or "", answers, row.instance_id, row.unit_code)
        if isinstance(subject, str):
            keys[row.id] = (whose, subject, _year(row))
    if not keys:
        return {}
    found = history.histories(conn, set(keys.values()))
    return {sid: found[key] for sid, key in keys.items()}


def on_batch(db: Session, rows: list[Row], scored: Scored | None = None) -> None:
    """Score these submissions (rows of store.incremental.peek_pending) and move the results
    they change; `scored` holds what score_rows gave for them, if it ran. A year's first
    submission sets up the year's results on its own, as if it had been drained in a batch
    of its own, so the rest of the batch can go together. Submissions of an inspection round
    are scored into their round first, and move no result (rounds.py)."""
    rows = _rounds_apart(db, rows, scored or {})
    while rows:
        cut = next((i + 1 for i, row in enumerate(rows) if not _has_results(db, _year(row))), len(rows))
        _on_rows(db, rows[:cut], scored or {})
        rows = rows[cut:]


class Plan(NamedTuple):
    """A batch worked out in the scorer's read snapshot before it takes the write lock
    (plan_batch): what it read, checked unchanged under the lock, and what it then writes."""

    ids: frozenset[int]  # the submissions
    rules: tuple[tuple[str | None, str], ...]  # the forms' texts the unit titles were judged by
    counting: dict[tuple[int, str, str], int | None]  # each subject's counting score id as read
    displaced: list[int]  # counting scores the batch's scores displace
    scores: list[dict]  # the score rows to insert
    results: dict[int, tuple[Moved, Moved]]  # year -> (the result rows as read, as they will be)


def plan_batch(conn: Connection, rows: list[Row], scored: Scored) -> Plan | None:
    """Work a batch out without the write lock, in the read snapshot of `conn`, so that on
    SQLite the scorer holds the lock (which every POST waits for) only to check and store it
    (apply_plan). Only the common case is planned: new household and citizen submissions,
    all of them scored by score_rows, of known units with stored figures in a year that has
    results, none added at the door, no inspection round ever opened. None for any other
    batch: on_batch does that one under the lock."""
    if not rows or plans_q.round_windows(conn):
        return None
    texts = incremental_q.version_texts(conn, {r.form_version_id for r in rows})
    versions = {r.id: version_of(r[1], r[2]) for r in texts}
    units = _units(conn, {r.unit_code for r in rows if r.unit_code})
    items = [(row, versions[row.form_version_id], _year(row)) for row in rows]
    if any(
        version.kind not in ("household", "citizen")
        or row.deprecated_id
        or row.unit_code not in units
        or row.id not in scored
        or not _has_results(conn, year)
        for row, version, year in items
    ):
        return None
    new_rows, door = batch_figures.new_scores(items, scored, units, {})
    if door:
        return None
    counting_now = incremental_q.counting_of_subjects(conn, new_rows)
    deltas, displaced = batch_figures.winners(new_rows, counting_now)
    rules = _rules_texts(texts)
    planned = {}
    for year in sorted({year for year, _code in deltas}):
        own = {units[code]: d for (y, code), d in deltas.items() if y == year}
        stored = incremental_q.results_for_update(conn, year, batch_figures.wanted(own))
        if any(u.id not in stored or not (stored[u.id].figures or {}).get("own") for u in own):
            return None  # a unit without figures starts from its registry: on_batch reads it
        seen = {unit_id: (r.figures, r.title_reached) for unit_id, r in stored.items()}
        planned[year] = (seen, batch_figures.moved(own, {}, _group_rules_of(rules), stored, _registry_unread))
    return Plan(
        frozenset(r.id for r in rows),
        rules,
        {key: row.id if (row := counting_now.get(key)) else None for key in new_rows},
        displaced,
        [s for news in new_rows.values() for s in news],
        planned,
    )


def _registry_unread(unit: Row) -> dict:
    raise AssertionError("plan_batch plans only units with stored figures")


def apply_plan(db: Session, plan: Plan) -> bool:
    """Store what plan_batch worked out, in the session's transaction, if what it read is
    unchanged now: no inspection round opened, the forms' title rules, the subjects'
    counting scores and every result row it moves (another writer -- a review, a rescore, a
    registry import -- may have moved one meanwhile). False, with nothing written, when
    anything changed."""
    conn = db.connection()
    if plans_q.round_windows(conn) or _rules_texts(incremental_q.version_texts(conn, ())) != plan.rules:
        return False  # a round opened meanwhile takes its submissions; a form changed the rules
    now = incremental_q.counting_ids(conn, plan.counting)
    if {key: now.get(key) for key in plan.counting} != plan.counting:
        return False
    for year, (seen, moved) in plan.results.items():
        stored = incremental_q.results_for_update(conn, year, moved)
        if {unit_id: (r.figures, r.title_reached) for unit_id, r in stored.items()} != seen:
            return False
    incremental_q.uncount(conn, plan.displaced)
    incremental_q.insert_scores(conn, plan.scores)
    for year, (seen, moved) in plan.results.items():
        incremental_q.write_results(conn, year, moved, set(seen))
    return True


def _rounds_apart(db: Session, rows: list[Row], scored: Scored) -> list[Row]:
    """Score the rows that belong to an inspection round into their round; returns the rest.
    With no round ever opened (most drains) this costs one small query."""
    windows = plans_q.round_windows(db.connection())
    if not windows:
        return rows
    conn = db.connection()
    versions = {
        r.id: version_of(r[1], r[2])
        for r in incremental_q.version_texts(conn, {r.form_version_id for r in rows})
    }
    rest: list[Row] = []
    mine: list[tuple[Row, Version, str, int]] = []  # (row, version, its kind, its round)
    for row in rows:
        version = versions[row.form_version_id]
        kind = version.kind
        round_id = rounds.round_of(db, windows, row, kind, _year(row))
        if round_id is None or kind is None:
            rest.append(row)
        else:
            mine.append((row, version, kind, round_id))
    unscored = [(row, v, results.answers_from(row.data)) for row, v, _k, _r in mine if row.id not in scored]
    held = _histories(conn, unscored)
    for row, version, kind, round_id in mine:
        if row.id in scored:
            answers, outcome = scored[row.id]
        else:
            answers = results.answers_from(row.data)
            outcome = score(version.sheet, answers, held.get(row.id)) if version.sheet else None
        subject = results.subject_from(kind, answers, row.instance_id, row.unit_code)
        rounds.store_score(db, round_id, row, kind, subject, outcome)
        db.info.setdefault("round_submissions", set()).add(row.id)  # they move no unit result
    return rest


def _year(row: Row) -> int:
    return row.year or row.received_at.year


def _on_rows(db: Session, rows: list[Row], scored: Scored) -> None:
    db.flush()  # Core statements below must see (and not be overwritten by) the ORM's work
    conn = db.connection()
    texts = incremental_q.version_texts(conn, {r.form_version_id for r in rows})
    versions = {r.id: version_of(r[1], r[2]) for r in texts}
    together, one_by_one = [], []
    for row in rows:
        version = versions[row.form_version_id]
        year = _year(row)
        if (
            version.kind in ("household", "citizen")
            and not row.deprecated_id
            and row.unit_code
            and _has_results(db, year)
        ):
            together.append((row, version, year))
        else:
            one_by_one.append(row)
    if together:
        _score_together(db, conn, together, _group_rules(texts), scored)
    db.expire_all()  # the ORM reads what the statements above wrote
    for row in one_by_one:
        sub = db.get_one(Submission, row.id)
        edited = submissions_q.by_instance(db, sub.form_id, sub.deprecated_id) if sub.deprecated_id else None
        results.on_submission(db, sub, db.get_one(FormVersion, sub.form_version_id), edited)


def _score_together(
    db: Session,
    conn: Connection,
    items: list[tuple[Row, Version, int]],
    rules: results.GroupRules,
    scored: Scored,
) -> None:
    """The batch's new household and citizen submissions of years with results. A household
    or citizen added at the door adds one to its unit's registry size, moved like the
    scores: the work is proportional to the batch, never to a unit's size."""
    units = _units(conn, {row.unit_code for row, _v, _y in items})
    unscored = [
        (row, version, results.answers_from(row.data)) for row, version, _y in items if row.id not in scored
    ]
    new_rows, door = batch_figures.new_scores(items, scored, units, _histories(conn, unscored))
    deltas, displaced = batch_figures.winners(new_rows, incremental_q.counting_of_subjects(conn, new_rows))
    incremental_q.uncount(conn, displaced)
    incremental_q.insert_scores(conn, [s for news in new_rows.values() for s in news])
    known = _known(db)["units"]  # code -> unit, every unit (_units loaded them)
    by_id = {unit.id: unit for unit in known.values()}
    grown: dict[tuple[int, int], dict] = {}  # (year, unit id) -> registry sizes added
    recorded = registry.record_many(
        db, [(new["kind"], answers, unit, new["subject"]) for new, answers, unit in door]
    )
    for (new, _answers, _unit), grew in zip(door, recorded, strict=True):
        if grew is not None and grew[0] in by_id:
            sizes = grown.setdefault((new["year"], grew[0]), {})
            sizes[grew[1]] = sizes.get(grew[1], 0) + 1
            deltas.setdefault((new["year"], by_id[grew[0]].code), aggregation.empty_figures())
    db.flush()  # the registry rows added at the door (fresh_own below counts them)
    for year in sorted({year for year, _code in deltas}):
        own = {known[code]: d for (y, code), d in deltas.items() if y == year}
        sizes = {unit_id: n for (y, unit_id), n in grown.items() if y == year}
        stored = incremental_q.results_for_update(conn, year, batch_figures.wanted(own))
        moved = batch_figures.moved(own, sizes, rules, stored, lambda unit: results.fresh_own(db, unit))
        incremental_q.write_results(conn, year, moved, set(stored))
