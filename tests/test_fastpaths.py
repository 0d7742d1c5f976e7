"""fastpaths.DriverQuery on the app's real engine (SQLite, or PostgreSQL with
KIEUMAU_TEST_DATABASE_URL): what a phone's sign-in and submission rely on -- rows by name,
parameters through the column types' bind processors, the driver's errors as SQLAlchemy's,
one cursor per pooled connection. (GroupCommit: tests/test_group_commit.py; the pinned
SQLAlchemy whose compiled form DriverQuery reads: tests/test_library_hooks.py.)"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import JSON, Text, bindparam, cast, insert, literal, select
from sqlalchemy.exc import IntegrityError

from server.store.fastpaths import DriverQuery
from server.store.models import Unit

_UNIT = DriverQuery(select(Unit.id, Unit.code, Unit.kind).where(Unit.code == bindparam("code")))
_ADD = DriverQuery(
    insert(Unit)
    .values(code=bindparam("code"), name=bindparam("code"), kind="residential_group", path="/")
    .returning(Unit.id)
)
# a parameter that only its type's bind processor makes bindable (the driver takes no dict)
_ECHO_JSON = DriverQuery(select(cast(bindparam("data", type_=JSON), Text).label("text")))
_PER_DIALECT = DriverQuery(
    {
        "sqlite": select(literal("sqlite").label("which")),
        "postgresql": select(literal("postgresql").label("which")),
    }
)


def test_rows_come_back_by_name_and_none_when_there_is_none(app):
    with app.extensions["engine"].connect() as conn:
        added = _ADD.first(conn, code="FP01")
        row = _UNIT.first(conn, code="FP01")
        assert _UNIT.first(conn, code="nobody") is None
        conn.commit()
    assert added is not None and row is not None
    assert row._fields == ("id", "code", "kind")
    assert (row.id, row.code, row.kind) == (added.id, "FP01", "residential_group")


def test_parameters_go_through_the_bind_processors(app):
    data = {"ho": "Nguyễn Văn A", "so": [1, 2]}
    with app.extensions["engine"].connect() as conn:
        row = _ECHO_JSON.first(conn, data=data)
    assert row is not None and json.loads(row.text) == data


def test_a_unique_key_lost_is_sqlalchemys_integrity_error(app):
    """db.retrying catches IntegrityError: the driver's own error would slip past it."""
    with app.extensions["engine"].connect() as conn:
        _ADD.first(conn, code="FP02")
        with pytest.raises(IntegrityError):
            _ADD.first(conn, code="FP02")
        conn.rollback()


def test_one_cursor_per_pooled_connection_and_a_statement_per_dialect(app):
    with app.extensions["engine"].connect() as conn:
        assert _UNIT.first(conn, code="x") is None
        cursor = conn.connection.info["driver_cursor"]
        row = _PER_DIALECT.first(conn)
        assert conn.connection.info["driver_cursor"] is cursor
    assert row is not None and row.which == app.extensions["engine"].dialect.name
