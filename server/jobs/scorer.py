"""The scorer: the process-level driver of the scoring queue (domain/scoring_queue.py),
which drains what is pending in batches, many submissions per transaction (one commit, one
update per unit and ancestor):

- under `kieumau serve`, a process of its own that looks at the queue (`watch`), started
  and supervised by serve.py; elsewhere a thread each POST nudges (`Scorer`); both drain
  once the submissions pause for a moment (or every few seconds while they keep coming);
- a page or an API call never waits for the backlog (it shows scoring_queue.status); only
  where nothing scores in the background (BACKGROUND_SCORING off) does a reader drain
  first (`catch_up`), and the CLI always does;
- a backlog large against its year (after a crash of the scorer, or a burst while it was
  held up) is caught up by one rescore of the year (scoring_queue.rescore_backlog), which
  costs less than the batches from there on.

Scores and results are derived from the stored submissions, so the drain commits without
waiting for the disk (a power cut loses at most the last batch's scoring, and its
submissions are still pending and scored again). Drains never run two at once: a lock file
in the data folder lets one process drain while the others' scorers step aside, and the
SQLite write lock, or a PostgreSQL advisory lock, orders drains from several machines or
data folders. While the background scorer catches up and submissions keep arriving, it
leaves the write lock free between batches for as long as it held it, so they are stored
without waiting for the whole backlog; alone, it goes on at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from .. import runtime
from ..domain import incremental, scoring_queue
from ..store import db as store_db
from ..store import incremental as incremental_q
from ..store.filelock import FileLock


def drain(
    app: Flask | None = None, background: bool = False, process: bool = False, streaming: bool = False
) -> int | None:
    """Score everything pending -- a large backlog by a rescore of its year, the rest in
    batches; returns how many were scored. Safe to call from any thread or process at any
    time. In the `background`, returns None at once if another drain of this data folder is
    running (it scores what is pending), and on SQLite pauses between batches while
    submissions arrive. `process`: called by a process that does nothing else (watch).
    `streaming`: submissions are still arriving; on SQLite the backlog then goes in batches
    only, because a rescore holds the write lock they wait for from its start to its end."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    lock = app.extensions.setdefault("drain_lock", FileLock(Path(app.config["DATA_DIR"]) / "scoring.lock"))
    with lock.held(wait=not background) as mine:
        return _drain(app, background, process, streaming) if mine else None


def _drain(app: Flask, background: bool, process: bool, streaming: bool) -> int:
    engine = app.extensions["engine"]
    size = scoring_queue.BATCH[engine.dialect.name]
    sqlite_stream = streaming and engine.dialect.name == "sqlite"
    done = 0 if sqlite_stream else _rescore_backlogs(app, engine, process)
    while True:
        with engine.connect() as conn:  # read and score the batch before taking the write lock
            batch = scoring_queue.prepare(conn, size)
            newest = incremental_q.newest_submission(conn)
        if not batch.rows:
            return done
        level = str(app.config.get("SQLITE_SYNCHRONOUS", "FULL"))
        with (
            app.app_context(),
            store_db.write_lock(),
            engine.connect() as conn,
            incremental_q.relaxed_sync(conn, level),
        ):
            started = time.perf_counter()
            session = Session(bind=conn, expire_on_commit=False)
            try:
                count = scoring_queue.drain_batch(session, batch)
                session.commit()
            except BaseException:
                incremental.forget_years(session)
                raise
            finally:
                session.close()
            took = time.perf_counter() - started
        done += count
        if len(batch.rows) < size:
            return done
        if background and engine.dialect.name == "sqlite" and _arrived_since(engine, newest):
            time.sleep(took)  # submissions are arriving: they wait for this write lock


def _rescore_backlogs(app: Flask, engine: Engine, process: bool) -> int:
    """Catch up, by a rescore of their year, the backlogs that cost less that way than batch
    by batch (scoring_queue.years_to_rescore); returns how many submissions that took off
    the queue. One that fails is left to the batches, which score what they can and log the
    rest. A scorer with a `process` of its own (serve's) runs the rescore as a bulk job
    (runtime.bulk_job); a thread among a server's request threads leaves the interpreter's
    settings alone."""
    with engine.connect() as conn:
        years = scoring_queue.years_to_rescore(conn, int(app.config["CATCH_UP_BY_RESCORE"]))
    done = 0
    level = str(app.config.get("SQLITE_SYNCHRONOUS", "FULL"))
    for year in years:
        with (
            app.app_context(),
            store_db.write_lock(),
            engine.connect() as conn,
            incremental_q.relaxed_sync(conn, level),
        ):
            session = Session(bind=conn, expire_on_commit=False)
            try:
                with runtime.bulk_job(engine.dialect.name == "sqlite") if process else nullcontext():
                    done += scoring_queue.rescore_backlog(session, year)
                session.commit()
            except Exception:
                session.rollback()
                incremental.forget_years(session)
                app.logger.exception(
                    "scoring queue: rescoring the backlog of %s failed; scoring it in batches", year
                )
            finally:
                session.close()
    return done


def _arrived_since(engine: Engine, newest: int | None) -> bool:
    """Whether a submission was stored after the one that was newest."""
    with engine.connect() as conn:
        return incremental_q.newest_submission(conn) != newest


def catch_up(db: Session) -> None:
    """Before reading results: drain if anything is pending (one indexed lookup if not)."""
    if incremental_q.has_pending(db):
        db.rollback()  # the drain's commit must be visible to this session's next read
        drain()


class Scorer:
    """One thread per server process that drains soon after submissions arrive. It waits
    for a lull: `gather` seconds without a nudge (while submissions keep arriving, storing
    them comes first -- a drain on SQLite holds the write lock they wait for), but no longer
    than `patience` seconds, so a long stream is still scored as it goes. Pages and the API
    say what is still pending meanwhile (status). The thread stops when idle (the
    next nudge starts it again)."""

    def __init__(self, app: Flask, gather: float = 0.5, idle: float = 10.0, patience: float = 5.0) -> None:
        self.app, self.gather, self.idle, self.patience = app, gather, idle, patience
        self.wake = threading.Event()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def nudge(self) -> None:
        self.wake.set()
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="kieumau-scorer", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        while True:
            if not self.wake.wait(self.idle):
                with self.lock:  # a nudge racing this exit finds the flag set, or no thread
                    if not self.wake.is_set():
                        self.thread = None
                        return
                continue
            self.wake.clear()
            waited = 0.0
            while True:  # until a lull, or patience runs out
                time.sleep(self.gather)
                waited += self.gather
                if not self.wake.is_set() or waited >= self.patience:
                    break
                self.wake.clear()
            try:
                if drain(self.app, background=True, streaming=self.wake.is_set()) is None:
                    self.wake.set()  # another process is draining: look again after `gather`
            except Exception:  # keep the thread; the next drain retries
                self.app.logger.exception("scoring queue: drain failed, will retry")
                time.sleep(1)
                self.wake.set()


def watch(app: Flask, alive: Callable[[], bool], gather: float = 0.5, patience: float = 5.0) -> None:
    """The scorer of `kieumau serve`, run in a process of its own (serve.py) so that scoring
    never holds a worker's interpreter lock while it answers phones. Nothing nudges it: every
    `gather` seconds it looks at the newest pending submission, and drains once that stopped
    changing (the submissions paused), or after `patience` seconds of a stream that does not
    pause -- as the Scorer thread does. A burst of a few seconds is thus answered first and
    scored after (bench/ingest.py: 804 submissions/s at 16 phones against 556/s with a
    patience of 1 s), and a long stream is scored as it goes at the same rate either way
    (bench/stream.py). Returns once `alive()` is false."""
    engine = app.extensions["engine"]
    seen, waited = None, 0.0
    while alive():
        time.sleep(gather)
        try:
            with engine.connect() as conn:
                newest = incremental_q.newest_pending(conn)
            waited = waited + gather if newest is not None else 0.0
            if newest is None or (newest != seen and waited < patience):
                seen = newest
                continue
            drain(app, background=True, process=True, streaming=newest != seen)
            seen, waited = None, 0.0
        except Exception:  # keep watching; the next drain retries
            app.logger.exception("scoring queue: drain failed, will retry")
            time.sleep(1)
