"""Schema migrations with Alembic, driven from code so the CLI, first start and tests all
use one path. Upgrading is safe on a live data folder: each revision runs in a transaction;
hosts starting together on one PostgreSQL database upgrade one after the other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from .db import migrations_dir


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


_STARTUP_KEY = 0x6B6D5F73  # 'km_s': the PostgreSQL lock hosts take to set up the database


@contextmanager
def one_host_at_a_time(url: str) -> Iterator[None]:
    """On PostgreSQL, hold a session advisory lock (on a connection of its own) so that of
    several hosts starting at once on one database, one migrates and sets up (first admin,
    bundled forms) while the others wait and then find it done. On SQLite nothing: one
    server per data folder (runfile) and SQLite's own locks."""
    if not url.startswith("postgresql"):
        yield
        return
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("SELECT pg_advisory_lock(:k)"), {"k": _STARTUP_KEY}
            )
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _STARTUP_KEY})
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    with one_host_at_a_time(url):
        command.upgrade(alembic_config(url), revision)


def current(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(url)
    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    return rev
