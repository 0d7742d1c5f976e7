"""The fast paths of what phones do most (sign-in, the submission's checks and insert, its
commit), kept here with their tests (tests/test_fastpaths.py, tests/test_group_commit.py)
so the rest of the store reads and writes through SQLAlchemy's public API:

- DriverQuery: a statement compiled once and run on the driver's own cursor, rows as named
  tuples. It reads SQLAlchemy's compiled form (Compiled.string, params, binds, positiontup)
  and the types' bind processors: tests/test_library_hooks.py names the pinned version and
  fails when another one is installed.
- GroupCommit: on SQLite, the writes of threads arriving together share one transaction
  and one fsync, each in its own savepoint.
"""

from __future__ import annotations

import threading
from collections import namedtuple
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Dialect, Executable
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from flask import Flask

T = TypeVar("T")


class DriverQuery:
    """A prebuilt statement compiled once per dialect and run on the driver's own cursor,
    for what every phone request does (sign-in, scope, form, resend check, the insert): on
    SQLite SQLAlchemy's work per execution (context, result metadata) cost ten times the
    query itself. Parameters go through the column types' bind
    processors (JSON, dates) as SQLAlchemy would; rows come back as the driver gives them,
    as named tuples: select integers and text (JSON cast to text; booleans may be 0/1).
    A statement only one dialect can compile is given per dialect name."""

    def __init__(self, statement: Executable | dict[str, Executable]) -> None:
        self.statements = statement if isinstance(statement, dict) else {}
        self.statement = next(iter(self.statements.values()), statement)
        self.row = namedtuple("Row", self.statement.exported_columns.keys())  # type: ignore[attr-defined, misc]
        self.compiled: dict[str, tuple] = {}

    def _compiled(self, dialect: Dialect) -> tuple:
        found = self.compiled.get(dialect.name)
        if found is None:
            done = self.statements.get(dialect.name, self.statement).compile(dialect=dialect)
            processors = {}
            for name, bind in done.binds.items():
                process = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if process is not None:
                    processors[name] = process
            order = tuple(done.positiontup or ()) if dialect.positional else None
            found = self.compiled[dialect.name] = (done.string, dict(done.params), order, processors)
        return found

    def first(self, conn: Connection, **params: object) -> tuple | None:
        sql, defaults, order, processors = self._compiled(conn.dialect)
        values = {**defaults, **params}
        for name, process in processors.items():
            values[name] = process(values[name])
        args = tuple(values[name] for name in order) if order is not None else values
        # one cursor per pooled connection, kept with it (a connection serves one thread at a
        # time): a new cursor per statement cost a quarter of a PostgreSQL lookup
        pooled = conn.connection
        cursor = pooled.info.get("driver_cursor")
        if cursor is None:
            cursor = pooled.info["driver_cursor"] = pooled.driver_connection.cursor()
        try:
            cursor.execute(sql, args)
            rows = cursor.fetchall()  # to the end: SQLite then resets the statement
        except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy's own: IntegrityError...
            raise DBAPIError.instance(sql, args, exc, conn.dialect.loaded_dbapi.Error) from exc
        return self.row(*rows[0]) if rows else None


class _Job:
    def __init__(self, work: Callable[[Connection], object]) -> None:
        self.work, self.result, self.error, self.finished = work, None, None, False


class GroupCommit:
    """SQLite has one writer, and a durable commit waits for the disk (an fsync, ~2 ms or
    far more on a busy disk): committing each submission alone caps a server at a few
    hundred per second however many phones wait. Here the threads of a process that want
    to write at the same moment share one transaction: one of them runs every queued piece
    of work, each in its own savepoint (one failing -- a duplicate, a conflict -- does not
    undo the others), commits once, and each thread gets its own result or error back only
    after that commit. PostgreSQL groups commits by itself and does not use this."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.cond = threading.Condition()
        self.queue: list[_Job] = []
        self.busy = False

    def run(self, work: Callable[[Connection], T]) -> T:
        job = _Job(work)
        with self.cond:
            self.queue.append(job)
            while self.busy and not job.finished:
                self.cond.wait()
            if not job.finished:  # this thread commits for everyone queued
                self.busy = True
                batch, self.queue = self.queue, []
        if not job.finished:
            try:
                self._commit(batch)
            finally:
                with self.cond:
                    self.busy = False
                    self.cond.notify_all()
        if job.error is not None:
            raise job.error
        return job.result  # type: ignore[return-value]

    def _commit(self, batch: list[_Job]) -> None:
        engine: Engine = self.app.extensions["engine"]
        with self.app.extensions["write_lock"].held(), engine.connect() as conn:
            try:
                with conn.execution_options(sqlite_immediate=True).begin():
                    if len(batch) == 1:  # alone: its error undoes only its own work anyway
                        batch[0].result = batch[0].work(conn)
                    else:
                        for job in batch:
                            _run_in_savepoint(conn, job)
            except Exception as exc:  # the commit (or the lone job) failed: nothing stored
                for job in batch:
                    job.result, job.error = None, job.error or exc
            finally:
                for job in batch:
                    job.finished = True


def _run_in_savepoint(conn: Connection, job: _Job) -> None:
    """Run one job of a shared transaction in its own savepoint, issued on the driver (the
    group's connection is this thread's alone): its error undoes only its own writes."""
    raw = conn.connection.driver_connection
    raw.execute("SAVEPOINT job")
    try:
        job.result = job.work(conn)
    except Exception as exc:  # handed to the thread it belongs to
        job.error = exc
        raw.execute("ROLLBACK TO SAVEPOINT job")
    raw.execute("RELEASE SAVEPOINT job")
