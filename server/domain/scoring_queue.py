"""Scoring after the 201: a stored submission is `pending` until the queue scores it.

ODK Collect waits for every 201, and two hundred volunteers sync at once on a November
evening; a submission's answer should cost storing it, nothing more. So the request only
stores the XML (durably) and marks it pending; the scores and unit results it moves are
applied later, in batches, by the scorer (jobs/scorer.py). This module is what one batch
is, whoever runs it: the submissions taken off the queue, scored and their results moved
(incremental.py), their webhook events queued, all in the caller's transaction
(drain_batch); and what a reader shows meanwhile: how many submissions are still being
scored and as of when the stored figures are (status)."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, Row
from sqlalchemy.orm import Session

from ..store import incremental as q
from ..store.models import utcnow
from . import incremental, webhooks

# Submissions per transaction. SQLite: short enough not to hold up the POSTs queued behind its
# write lock. PostgreSQL's POSTs never wait for a drain, so a batch is as large as stays quick:
# each unit's result row is then read and written once for ten times the submissions.
BATCH = {"sqlite": 50, "postgresql": 500}
_log = logging.getLogger(__name__)


def prepare(conn: Connection, size: int) -> tuple[list[Row], incremental.Scored]:
    """The oldest `size` pending submissions and their scores, worked out without any write
    lock (a score is a pure function of the stored answers): what drain_batch stores next."""
    rows = q.peek_pending(conn, size)
    return rows, (incremental.score_rows(conn, rows) if rows else {})


def drain_batch(db: Session, rows: list[Row], scored: incremental.Scored) -> int:
    """Score one batch (rows of peek_pending, `scored` by score_rows) in the session's
    transaction: those still pending are taken (another drain elsewhere may have scored
    the rest). If the batch fails as a whole, it is taken again in a new transaction and
    scored one submission at a time, each in its own savepoint, so one that cannot be
    scored does not hold up the rest."""
    taken = q.take(q.begin_drain(db), [r.id for r in rows])
    rows = [r for r in rows if r.id in taken]
    if not rows:
        return 0
    try:
        incremental.on_batch(db, rows, scored)
        _announce(db, rows)
        return len(rows)
    except Exception:  # find the one that cannot be scored, score the rest
        db.rollback()
        incremental.forget_years(db)
    taken = q.take(q.begin_drain(db), [r.id for r in rows])
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
    With no webhook registered this is one small query per event."""
    webhooks.emit_many(
        db,
        "submission.stored",
        [
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
        ],
    )
    moved: dict[tuple[int, str], list[int]] = {}
    in_rounds = db.info.get("round_submissions", set())
    for r in rows:
        if r.unit_code and r.year and r.id not in in_rounds:
            moved.setdefault((r.year, r.unit_code), []).append(r.id)
    webhooks.emit_many(
        db,
        "unit.result_changed",
        [
            (f"{year}:{unit}:{max(ids)}", {"year": year, "unit": unit, "submissions": len(ids)})
            for (year, unit), ids in moved.items()
        ],
    )


class Status(NamedTuple):
    """What results shown now leave out: `pending` submissions still being scored; the
    figures count every submission received before `as_of` (UTC), the arrival of the oldest
    pending one, or now when none is."""

    pending: int
    as_of: datetime


def status(db: Session | Connection) -> Status:
    conn = db.connection() if isinstance(db, Session) else db
    count, oldest = q.pending_status(conn)
    return Status(count, oldest if count and oldest is not None else utcnow())
