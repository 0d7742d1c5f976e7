"""Scoring after the 201: a stored submission is `pending` -- it has a row in the
scoring_queue table -- until the queue scores it.

ODK Collect waits for every 201, and two hundred volunteers sync at once on a November
evening; a submission's answer should cost storing it, nothing more. So the request only
stores the XML (durably) and queues it, in the same transaction; the scores and unit
results it moves are applied later, in batches, by the scorer (jobs/scorer.py). This
module is what one batch is, whoever runs it: the submissions taken off the queue, scored
and their results moved (incremental.py), their webhook events queued, all in the caller's
transaction (drain_batch); and what a reader shows meanwhile: how many submissions are
still being scored and as of when the stored figures are (status).

A large backlog -- after a crash of the scorer, or a burst while it was held up -- is caught
up set-wise instead (rescore_backlog): one rescore of its year (rescore.py, what `kieumau
rescore` runs), whose work grows with the year's stored submissions, not with a batch's
units; chosen where that costs less than scoring the backlog batch by batch
(years_to_rescore)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, Row
from sqlalchemy.orm import Session

from ..store import incremental as incremental_q
from ..store import plans as plans_q
from ..store.models import utcnow
from . import incremental, registry, results, rounds, webhooks
from .batch_figures import Scored

# Submissions per transaction. SQLite: short enough not to hold up the POSTs queued behind its
# write lock. PostgreSQL's POSTs never wait for a drain, so a batch is as large as stays quick:
# each unit's result row is then read and written once for ten times the submissions.
BATCH = {"sqlite": 50, "postgresql": 500}
_log = logging.getLogger(__name__)
# A backlog is caught up by rescoring its year once it is at least 1/RESCORE_SHARE of the
# year's scored submissions: measured (BENCHMARKS.md), scoring one submission in a batch costs
# about 0.5 ms of CPU, a rescore about 0.03 ms per submission of the year (0.014 in a
# province of four million), so from there on the rescore is the cheaper of the two.
RESCORE_SHARE = 16
PLAIN_KINDS = ("household", "citizen")  # what a rescore_backlog takes; the rest goes by batches
DOOR_FLAGS = ("new_household", "new_citizen")  # "yes": a household or citizen added at the door
# the answers rescore_backlog reads of each submission: who it is about (results.subject_from)
# and what registry.record_door stores of one added at the door
DOOR_FIELDS = (
    *DOOR_FLAGS, "__entity_id", "household", "citizen", "head_name", "address", "members",
    "full_name", "birth_year", "sex",
)  # fmt: skip


class Prepared(NamedTuple):
    """A batch as prepare found it: the submissions, their scores and, on SQLite, the batch
    worked out (incremental.plan_batch; None where it was not)."""

    rows: list[Row]
    scored: Scored
    plan: incremental.Plan | None = None


def prepare(conn: Connection, size: int) -> Prepared:
    """The oldest `size` pending submissions and their scores, worked out without any write
    lock (a score is a pure function of the stored answers): what drain_batch stores next.
    On SQLite, where every POST waits for the write lock, the batch's results are worked
    out here too, in the same read snapshot."""
    rows = incremental_q.peek_pending(conn, size)
    if not rows:
        return Prepared(rows, {})
    scored = incremental.score_rows(conn, rows)
    plan = incremental.plan_batch(conn, rows, scored) if conn.dialect.name == "sqlite" else None
    return Prepared(rows, scored, plan)


def drain_batch(db: Session, batch: Prepared) -> int:
    """Score one batch (what prepare found) in the session's transaction: those still
    pending are taken (another drain elsewhere may have scored the rest), and the batch's
    plan is stored if nothing it read has changed, else the batch is done here. If the batch
    fails as a whole, it is taken again in a new transaction and scored one submission at a
    time, each in its own savepoint, so one that cannot be scored does not hold up the rest."""
    taken = incremental_q.take(incremental_q.begin_drain(db), [r.id for r in batch.rows])
    rows = [r for r in batch.rows if r.id in taken]
    if not rows:
        return 0
    plan = batch.plan if batch.plan is not None and len(rows) == len(batch.plan.ids) else None
    try:
        if plan is None or not incremental.apply_plan(db, plan):
            incremental.on_batch(db, rows, batch.scored)
        _announce(db, rows)
        return len(rows)
    except Exception:  # find the one that cannot be scored, score the rest
        db.rollback()
        incremental.forget_years(db)
    taken = incremental_q.take(incremental_q.begin_drain(db), [r.id for r in rows])
    rows = [r for r in rows if r.id in taken]
    for row in rows:
        try:
            with db.begin_nested():
                incremental.on_batch(db, [row])
                _announce(db, [row])
        except Exception:  # logged; stays stored, `rescore` retries it
            _log.exception("scoring queue: submission %s could not be scored", row.id)
    return len(rows)


def _announce(db: Session, rows: list[Row]) -> None:
    """Queue the webhook events of a scored batch in its transaction: each submission once
    (submission.stored), and each unit whose figures the batch moved (unit.result_changed).
    With no webhook active this is one small query, and no event is built."""
    if not rows or not webhooks.listening(db):
        return
    webhooks.emit_many(
        db,
        "submission.stored",
        (
            (
                str(r.id),
                {
                    "submission_id": r.id,
                    "instance_id": r.instance_id,
                    "edits": r.deprecated_id,
                    "unit": r.unit_code,
                    "year": r.year,
                    "received_at": r.received_at.isoformat(timespec="seconds") + "Z",
                },
            )
            for r in rows
        ),
    )
    webhooks.emit_many(db, "unit.result_changed", _moved(db, rows))


def _moved(db: Session, rows: list[Row]) -> Iterator[tuple[str, dict]]:
    """The unit.result_changed causes of a batch: each (year, unit) it moved, once."""
    moved: dict[tuple[int, str], list[int]] = {}
    in_rounds = db.info.get("round_submissions", set())
    for r in rows:
        if r.unit_code and r.year and r.id not in in_rounds:
            moved.setdefault((r.year, r.unit_code), []).append(r.id)
    for (year, unit), ids in moved.items():
        yield f"{year}:{unit}:{max(ids)}", {"year": year, "unit": unit, "submissions": len(ids)}


def years_to_rescore(conn: Connection, at_least: int) -> list[int]:
    """The campaign years whose backlog is cheaper to catch up by a rescore than batch by
    batch: at least `at_least` of their submissions pending (0: none ever), and at least
    1/RESCORE_SHARE of those already scored. Reads the backlog and at most RESCORE_SHARE
    times as many of the year's submissions, whatever the year's size."""
    if at_least <= 0 or incremental_q.pending_status(conn)[0] < at_least:
        return []
    years = []
    for year, waiting in sorted(incremental_q.pending_per_year(conn).items()):
        cap = waiting * RESCORE_SHARE
        if waiting >= at_least and incremental_q.scored_in_year(conn, year, cap) < cap:
            years.append(year)
    return years


def rescore_backlog(db: Session, year: int, chunk: int = 2000) -> int:
    """Catch up a year's backlog set-wise, in the session's drain transaction (the caller
    commits): its new household and citizen submissions (not edits; not of an inspection
    round; of a known unit) are taken off the queue with what scoring them one by one does
    besides the scores -- households and citizens added at the door enter the registry,
    webhook events are queued -- and then the whole year is rescored (results.rescore),
    which scores them among the rest. Returns how many were taken. The rest of the backlog
    (edits, group and registration forms, rounds) stays pending for the batches, which score
    them on top, as a batch scores those after its new households. Submissions stored
    meanwhile are pending and not taken: the rescore leaves them to the batches too.
    Besides the rescore, the work per submission is kept to rows, not objects: only the
    answers DOOR_FIELDS are read (picked out by the database), the registry rows are added
    without looking anything up first (registry.record_door), and no webhook event is built
    when no webhook listens."""
    conn = incremental_q.begin_drain(db)
    windows = plans_q.round_windows(conn)
    units = incremental_q.all_units(conn)
    kinds: dict[int, str | None] = {}
    taken, after = 0, 0
    while rows := incremental_q.backlog_after(conn, after, chunk, DOOR_FIELDS):
        after = rows[-1].id
        missing = {r.form_version_id for r in rows} - kinds.keys()
        for v in incremental_q.version_texts(conn, missing) if missing else []:
            kinds[v.id] = results.kind_of(json.loads(v[1]) if v[1] else None, bool(v[2]))
        plain = []
        for row in rows:
            kind = kinds.get(row.form_version_id)
            year_of = row.year or row.received_at.year
            if year_of != year or kind not in PLAIN_KINDS or row.deprecated_id or row.unit_code not in units:
                continue
            if windows and rounds.round_of(db, windows, row, kind, year_of) is not None:
                continue
            plain.append((row, kind))
        mine = incremental_q.take(conn, [r.id for r, _k in plain])
        plain = [(r, k) for r, k in plain if r.id in mine]
        door = []
        for row, kind in plain:
            values = json.loads(row.answers) if row.answers else []
            answers = results.answers_from(dict(zip(DOOR_FIELDS, values, strict=False)))
            if "yes" in (answers.get("new_household"), answers.get("new_citizen")):
                subject = results.subject_from(kind, answers, row.instance_id, row.unit_code)
                door.append((kind, answers, units[row.unit_code].id, subject))
        registry.record_door(db, door)
        _announce(db, [r for r, _k in plain])
        taken += len(plain)
    if taken:
        results.rescore(db, year)
    return taken


class Status(NamedTuple):
    """What results shown now leave out: `pending` submissions still being scored; the
    figures count every submission received before `as_of` (UTC), the arrival of the oldest
    pending one, or now when none is."""

    pending: int
    as_of: datetime


def status(db: Session | Connection) -> Status:
    conn = db.connection() if isinstance(db, Session) else db
    count, oldest = incremental_q.pending_status(conn)
    return Status(count, oldest if count and oldest is not None else utcnow())
