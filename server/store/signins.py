"""What signing in remembers between requests, in the database every worker process and
host shares: the Digest nonce counts already used, and wrong-password counts per window."""

from __future__ import annotations

import random
from datetime import datetime

from sqlalchemy import Connection, bindparam, case, delete, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from .fastpaths import DriverQuery
from .models import AuthFailure, DigestNonce


def _first_use(insert_of_dialect) -> object:  # postgresql.insert or sqlite.insert
    """INSERT ... ON CONFLICT DO NOTHING RETURNING: a row back means the count is new."""
    return (
        insert_of_dialect(DigestNonce)
        .values(nonce=bindparam("nonce"), nc=bindparam("nc"), expires_at=bindparam("expires_at"))
        .on_conflict_do_nothing(index_elements=["nonce", "nc"])
        .returning(DigestNonce.nc)
    )


_FIRST_USE = DriverQuery({"postgresql": _first_use(postgresql.insert), "sqlite": _first_use(sqlite.insert)})
_EXPIRED_NONCES = delete(DigestNonce).where(DigestNonce.expires_at < bindparam("now"))
PURGE_ONE_IN = 200  # a delete of expired rows runs with about one insert in this many


def use_nonce_count(conn: Connection, nonce: str, nc: int, expires_at: datetime, now: datetime) -> bool:
    """Record that `nc` was used with `nonce`; False when it already was (a replay)."""
    fresh = _FIRST_USE.first(conn, nonce=nonce, nc=nc, expires_at=expires_at) is not None
    if random.randrange(PURGE_ONE_IN) == 0:  # spreads the cleanup, no secret
        conn.execute(_EXPIRED_NONCES, {"now": now})
    return fresh


# The latest end of a window in which `user_key` or `addr_key` reached its limit.
_LOCKED_UNTIL = DriverQuery(
    select(func.max(AuthFailure.until)).where(
        AuthFailure.until > bindparam("now"),
        or_(
            (AuthFailure.key == bindparam("user_key")) & (AuthFailure.failures >= bindparam("user_limit")),
            (AuthFailure.key == bindparam("addr_key")) & (AuthFailure.failures >= bindparam("addr_limit")),
        ),
    )
)


def locked_until(
    conn: Connection, user_key: str, addr_key: str, user_limit: int, addr_limit: int, now: datetime
) -> datetime | None:
    """When the later of the two locks ends, or None when neither key reached its limit."""
    row = _LOCKED_UNTIL.first(
        conn, now=now, user_key=user_key, addr_key=addr_key, user_limit=user_limit, addr_limit=addr_limit
    )
    value = row[0] if row else None
    if isinstance(value, str):  # SQLite's driver gives the stored text
        value = datetime.fromisoformat(value)
    return value


def _count_failure(insert_of_dialect) -> object:
    """One more failure for a key: a window that ended starts again at 1."""
    stmt = insert_of_dialect(AuthFailure).values(key=bindparam("key"), failures=1, until=bindparam("until"))
    ended = AuthFailure.until <= bindparam("now")
    return stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "failures": case((ended, 1), else_=AuthFailure.failures + 1),
            "until": case((ended, stmt.excluded.until), else_=AuthFailure.until),
        },
    )


_COUNT_FAILURE = {"postgresql": _count_failure(postgresql.insert), "sqlite": _count_failure(sqlite.insert)}
_ENDED_WINDOWS = delete(AuthFailure).where(AuthFailure.until < bindparam("now"))


def count_failure(conn: Connection, keys: tuple[str, ...], until: datetime, now: datetime) -> None:
    statement = _COUNT_FAILURE[conn.dialect.name]
    for key in keys:
        conn.execute(statement, {"key": key, "until": until, "now": now})
    if random.randrange(PURGE_ONE_IN) == 0:
        conn.execute(_ENDED_WINDOWS, {"now": now})
