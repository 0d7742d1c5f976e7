"""What every host of one installation shares through the database: values made once (the
secret key) and the document settings of each year."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, delete, inspect, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from .models import DocumentSettingsRow, SiteValue, utcnow


def _insert(bind: Connection | Session):  # the dialect's insert()
    dialect = bind.dialect if isinstance(bind, Connection) else bind.get_bind().dialect
    return pg_insert if dialect.name == "postgresql" else sqlite_insert


def ready(engine: Engine) -> bool:
    """Whether the schema has the shared values' table (not before the first migration)."""
    return inspect(engine).has_table(SiteValue.__tablename__)


def shared_value(engine: Engine, name: str, make: Callable[[], str]) -> str:
    """The value stored under `name`, stored first as `make()` if there is none. Hosts that
    start at the same moment each offer their own; the first insert wins and every one of
    them reads back that one."""
    with engine.connect() as conn:
        found = conn.scalar(select(SiteValue.value).where(SiteValue.name == name))
        conn.rollback()
        if found is not None:
            return found
        writer = conn.execution_options(sqlite_immediate=True)  # SQLite: the write lock at BEGIN
        with writer.begin():
            writer.execute(
                _insert(writer)(SiteValue)
                .values(name=name, value=make(), created_at=utcnow())
                .on_conflict_do_nothing(index_elements=["name"])
            )
        return conn.execute(select(SiteValue.value).where(SiteValue.name == name)).scalar_one()


def document_settings(db: Session, year: int) -> dict:
    """The stored settings of `year` (what was set; {} when nothing was)."""
    return dict(db.scalar(select(DocumentSettingsRow.settings).where(DocumentSettingsRow.year == year)) or {})


def all_document_settings(db: Session) -> dict[int, dict]:
    rows = db.execute(select(DocumentSettingsRow.year, DocumentSettingsRow.settings).order_by("year"))
    return {year: dict(settings or {}) for year, settings in rows}


def lock_document_settings(db: Session, year: int) -> None:
    """Hold the year's row until the transaction ends (PostgreSQL), so two editors on two
    hosts merge their changes one after the other; SQLite's write lock does the same."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(select(DocumentSettingsRow.year).where(DocumentSettingsRow.year == year).with_for_update())


def put_document_settings(db: Session, year: int, settings: dict) -> None:
    stmt = _insert(db)(DocumentSettingsRow).values(year=year, settings=settings, updated_at=utcnow())
    db.execute(
        stmt.on_conflict_do_update(
            index_elements=["year"],
            set_={"settings": stmt.excluded.settings, "updated_at": stmt.excluded.updated_at},
        )
    )


def has_document_settings(db: Session) -> bool:
    return db.scalar(select(DocumentSettingsRow.year).limit(1)) is not None


def clear_document_settings(db: Session, years: list[int]) -> None:
    db.execute(delete(DocumentSettingsRow).where(DocumentSettingsRow.year.in_(years)))


ROSTER_IMPORT_LOCK = 0x6B6D5F72  # 'km_r': one roster import at a time across hosts


def try_hold(engine: Engine, key: int) -> tuple[bool, Connection | None]:
    """PostgreSQL: take the advisory lock `key` on a connection of its own, kept until
    `let_go` (or the process's end: the server drops the lock with the connection); returns
    (False, None) if another holds it. SQLite: (True, None), its one data folder's own locks
    are enough."""
    if engine.dialect.name != "postgresql":
        return True, None
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    if conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}):
        return True, conn
    conn.close()
    return False, None


def let_go(conn: Connection | None, key: int) -> None:
    if conn is not None:
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
        finally:
            conn.close()
