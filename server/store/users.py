"""Queries on users: who a request acts as (by token or name), the user list, the names
behind ids, and the columns that check a user's scope of units inside another query."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, String, bindparam, exists, or_, select
from sqlalchemy.orm import Session, aliased, lazyload

from .fastpaths import DriverQuery
from .models import Unit, User, UserUnit


class Caller(NamedTuple):
    """Who an OpenRosa request acts as, read with one plain query: Collect calls often, and
    an ORM User (identity map, relationships) cost more than the rest of a formList."""

    id: int
    username: str
    role: str
    active: bool
    ha1: str
    password_hash: str


# Built once and run on the driver (fastpaths.DriverQuery): Collect signs in on every request.
_CALLER = select(User.id, User.username, User.role, User.active, User.ha1, User.password_hash)
_BY_TOKEN = DriverQuery(_CALLER.where(User.token_hash == bindparam("value")))
_BY_USERNAME = DriverQuery(_CALLER.where(User.username == bindparam("value")))
_ROOT, _TARGET = aliased(Unit), aliased(Unit)


def scope_columns(code: ColumnElement) -> tuple[ColumnElement, ColumnElement]:
    """What a POST asks of the caller's scope (access.may_submit_for) for the unit `code`
    (a parameter, or a column of the row being read): whether it is in the subtree of one
    of user `user_id`'s units (`inside`), and whether the user has any unit (`assigned`).
    Columns, not a query: the lookup they join carries them, no round trip of their own."""
    return (
        exists()
        .where(
            UserUnit.user_id == bindparam("user_id"),
            UserUnit.unit_id == _ROOT.id,
            _TARGET.code == code,
            or_(_TARGET.id == _ROOT.id, _TARGET.path.startswith(_ROOT.path + _ROOT.id.cast(String) + "/")),
        )
        .label("inside"),
        exists().where(UserUnit.user_id == bindparam("user_id")).label("assigned"),
    )


# the scope for the unit a POST names (store.forms.intake_row)
SCOPE_COLUMNS = scope_columns(bindparam("code"))


def caller_by_token(conn: Connection, token_hash: str) -> Caller | None:
    return _caller(_BY_TOKEN.first(conn, value=token_hash))


def caller_by_username(conn: Connection, username: str) -> Caller | None:
    return _caller(_BY_USERNAME.first(conn, value=username))


def _caller(row: tuple | None) -> Caller | None:
    if row is None:
        return None
    user_id, username, role, active, ha1, password_hash = row
    return Caller(user_id, username, role, bool(active), ha1, password_hash)


def by_username(db: Session, username: str) -> User | None:
    """The user signing in; their units load only if asked for (not on every OpenRosa call)."""
    return db.scalar(select(User).options(lazyload(User.units)).where(User.username == username))


def by_id(db: Session, user_id: int) -> User | None:
    return db.get(User, user_id)


def by_token(db: Session, token_hash: str) -> User | None:
    return db.scalar(select(User).options(lazyload(User.units)).where(User.token_hash == token_hash))


def all_users(db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.username)))


def count_users(db: Session) -> int:
    return len(db.scalars(select(User.id).limit(1)).all())


def user_names(db: Session, ids: set[int | None]) -> dict[int, str]:
    """id -> full name (or username), for showing who did what."""
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    rows = db.execute(select(User.id, User.full_name, User.username).where(User.id.in_(wanted)))
    return {uid: full or username for uid, full, username in rows}
