"""Engine, sessions and transactions. One session per request (flask.g), committed by the
view that writes, closed at teardown. SQLite runs in WAL mode with full fsync so a 201 is
durable. The phone requests' fast paths (statements run on the driver, grouped commits) are
in fastpaths.py; the writers' lock in filelock.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import orjson
from flask import Flask, current_app, g
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DisconnectionError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .fastpaths import GroupCommit
from .filelock import FileLock

T = TypeVar("T")
SYNCHRONOUS = ("FULL", "EXTRA", "NORMAL")


# JSON columns are decoded by orjson: the scorer decodes every submission's answers, the
# scores' criteria and the units' figures in each batch, in a fraction of the standard
# library's time. They are still written by the standard library: some queries find a
# criterion in the stored text as it writes it (store/plans.round_tallies).
JSON_CODEC = {"json_deserializer": orjson.loads}


def make_engine(url: str, synchronous: str = "FULL") -> Engine:
    """Create the engine; SQLite gets WAL, foreign keys and a busy timeout so concurrent
    writers wait instead of failing. synchronous=FULL fsyncs the WAL at every commit (a 201
    survives a power cut); NORMAL only survives a crash of the server process."""
    if url.startswith("sqlite"):
        if synchronous.upper() not in SYNCHRONOUS:
            raise ValueError(f"SQLITE_SYNCHRONOUS must be one of {', '.join(SYNCHRONOUS)}")
        # a file's pool: a connection per server thread (serve: 16), the scorer's, a group commit's
        pool = {"pool_size": 10, "max_overflow": 20} if _sqlite_path(url) else {}
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, **JSON_CODEC, **pool
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={synchronous.upper()}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            # reads from the OS page cache without a copy, and a 16 MB page cache per
            # connection; neither touches durability
            cur.execute("PRAGMA mmap_size=268435456")
            cur.execute("PRAGMA cache_size=-16000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            # A writer takes the lock up front (see write_session): a read transaction that
            # later upgrades to a write fails at once under WAL instead of waiting.
            immediate = conn.get_execution_options().get("sqlite_immediate")
            conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")

        # Let SQLAlchemy's 'begin' event issue BEGIN instead of pysqlite's implicit one.
        @event.listens_for(engine, "connect", insert=True)
        def _autocommit(dbapi_conn, _record):
            dbapi_conn.isolation_level = None

        return engine
    if url.startswith("postgresql"):
        try:
            import psycopg  # noqa: F401 - the optional driver, installed by the `postgres` extra
        except ModuleNotFoundError:
            raise RuntimeError(
                "Thiếu trình điều khiển PostgreSQL / the PostgreSQL driver is not installed:"
                " pip install 'kieumau[postgres]'"
            ) from None
    # LIFO: the connections in use stay few and warm, the rest age out (see _ping_when_idle)
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_use_lifo=True, **JSON_CODEC)
    _ping_when_idle(engine)
    return engine


IDLE_PING_SECONDS = 2.0


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection with a ping before use only when it sat idle for
    IDLE_PING_SECONDS (a restarted database, a dropped link): SQLAlchemy's pool_pre_ping
    pings at every checkout, a round trip per request when phones sync in a burst. A
    connection that dies while in use fails that one request (Collect keeps the form and
    sends it again) and is dropped when it returns to the pool."""

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_conn, record):
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_conn, record, _proxy):
        if time.monotonic() - record.info.get("idle_since", time.monotonic()) < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError from exc  # the pool drops it and takes another


def init_app(app: Flask) -> None:
    app.extensions["engine"] = make_engine(
        app.config["DATABASE_URL"], str(app.config.get("SQLITE_SYNCHRONOUS", "FULL"))
    )
    sqlite_file = _sqlite_path(app.config["DATABASE_URL"])
    app.extensions["write_lock"] = FileLock(f"{sqlite_file}.writelock" if sqlite_file else None)
    app.extensions["sessionmaker"] = sessionmaker(bind=app.extensions["engine"], expire_on_commit=False)
    if app.config["DATABASE_URL"].startswith("sqlite"):
        app.extensions["group_commit"] = GroupCommit(app)
    app.teardown_appcontext(_close_session)


def session() -> Session:
    """The request's session, created on first use (a connection the request took with
    connection() goes back to the pool first: a request holds one, not two)."""
    if "db" not in g:
        _release_connection()
        g.db = current_app.extensions["sessionmaker"]()
    return g.db


def connection() -> Connection:
    """A connection for the calls ODK Collect makes most (sign-in, formList, HEAD and POST
    /submission): Core statements run on it directly, and it is taken from the pool without
    an ORM session, which cost more than the sign-in's query. A request that has a session
    gets the session's connection: a request holds one pooled connection, not two.

    On PostgreSQL a request that starts with it runs in autocommit: each statement is its
    own transaction, without BEGIN and COMMIT round trips. Reads at READ COMMITTED see the
    same either way; a write of more than one statement takes transaction()."""
    db = g.get("db")
    if db is not None:
        if not db.in_transaction() and db.get_bind().dialect.name == "postgresql":
            return db.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        return db.connection()
    conn = g.get("conn")
    if conn is None:
        conn = current_app.extensions["engine"].connect()
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT")
        g.conn = conn
    return conn


def _release_connection() -> None:
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()


def autocommits(conn: Connection) -> bool:
    """Whether each statement on `conn` commits by itself (see connection)."""
    return conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT"


@contextmanager
def transaction() -> Iterator[Connection]:
    """A transaction on the request's session, committed when the block ends and rolled
    back if it raises; what the request had open (reads, autocommit) ends first."""
    db = session()
    db.commit()
    try:
        yield db.connection()
        db.commit()
    except BaseException:
        db.rollback()
        raise


def retrying(run: Callable[[], T], attempts: int, also: tuple[type[Exception], ...] = ()) -> T:
    """`run()`, run again when it loses a race on a unique key (IntegrityError: another
    request inserted the same row first) or raises one of `also`; after `attempts` runs
    the last error goes up."""
    for attempt in range(1, attempts + 1):
        try:
            return run()
        except (IntegrityError, *also):
            if attempt == attempts:
                raise
    raise ValueError("attempts must be at least 1")


def end_reads() -> None:
    """End the request's reads (on SQLite a snapshot the writer need not keep); a
    connection taken with connection() goes back to the pool."""
    db = g.get("db")
    if db is not None and db.in_transaction():
        db.rollback()
    _release_connection()


def write_session() -> Session:
    """The request's session, with a transaction that will write: on SQLite the write lock
    is taken at BEGIN so concurrent submissions queue on busy_timeout instead of failing."""
    db = session()
    if db.in_transaction():
        db.commit()  # end the read-only transaction the auth lookup opened
    db.connection(execution_options={"sqlite_immediate": True})
    return db


def _sqlite_path(url: str) -> str | None:
    path = url.split("///", 1)[1].split("?", 1)[0] if url.startswith("sqlite") and "///" in url else ""
    return path if path and path != ":memory:" else None


def write_lock():  # a context manager
    """Hold around the frequent write transactions (grouped submissions, the scoring
    drain): SQLite writers queue instead of polling. A no-op on PostgreSQL."""
    return current_app.extensions["write_lock"].held()


def _close_session(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()
    _release_connection()


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "migrations"
