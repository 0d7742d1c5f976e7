"""Migration 0017 moves the scoring queue from a flag on each submission row to a table of its
own: an upgrade keeps every pending submission pending and nothing else, and a downgrade
puts the flags back -- on SQLite and on PostgreSQL, with rows in the tables."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    create_engine,
    inspect,
    text,
)

from conftest import _postgres_url
from server.store import migrate

BEFORE = "0016_plans_latest"


@pytest.fixture
def fresh_url(tmp_path, request: pytest.FixtureRequest) -> str:
    base = os.environ.get("KIEUMAU_TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tmp_path / 'queue.db'}"
    worker = getattr(request.config, "workerinput", {}).get("workerid", "master")
    url = _postgres_url(base, f"{worker}_queue_migration")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


def _filler(column) -> object:
    """A value for a NOT NULL column the test does not care about."""
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 1
    if isinstance(kind, DateTime):
        return datetime(2026, 11, 20)
    if isinstance(kind, JSON):
        return {}
    if isinstance(kind, LargeBinary):
        return b""
    return "x"


def _insert(conn, table: Table, **values: object) -> None:
    row = {
        c.name: _filler(c)
        for c in table.columns
        if not c.nullable and c.server_default is None and not c.primary_key
    }
    conn.execute(table.insert().values({**row, **values}))


def test_an_upgrade_keeps_the_pending_submissions_pending_and_a_downgrade_restores_the_flags(fresh_url):
    migrate.upgrade(fresh_url, BEFORE)
    engine = create_engine(fresh_url)
    try:
        with engine.begin() as conn:
            tables = MetaData()
            form, version, submission = (
                Table(name, tables, autoload_with=conn) for name in ("form", "form_version", "submission")
            )
            _insert(conn, form, id=1, xml_form_id="gia_dinh_kieu_mau")
            _insert(conn, version, id=1, form_id=1)
            for sid, pending in ((1, False), (2, True), (3, False), (4, True)):
                _insert(conn, submission, id=sid, form_id=1, form_version_id=1, instance_id=f"uuid:{sid}",
                        pending=pending)  # fmt: skip
        migrate.upgrade(fresh_url)
        with engine.connect() as conn:
            queued = sorted(conn.execute(text("SELECT submission_id FROM scoring_queue")).scalars())
            assert queued == [2, 4]
            assert "pending" not in {c["name"] for c in inspect(conn).get_columns("submission")}
            assert conn.execute(text("SELECT count(*) FROM submission")).scalar() == 4
        command.downgrade(migrate.alembic_config(fresh_url), BEFORE)
        with engine.connect() as conn:
            flagged = conn.execute(text("SELECT id FROM submission WHERE pending ORDER BY id"))
            assert flagged.scalars().all() == [2, 4]
            assert "scoring_queue" not in inspect(conn).get_table_names()
    finally:
        engine.dispose()
