"""Queries on users, units and who may act where."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, lazyload

from .models import Unit, User, UserUnit


def by_username(db: Session, username: str) -> User | None:
    """The user signing in; their units load only if asked for (not on every OpenRosa call)."""
    return db.scalar(select(User).options(lazyload(User.units)).where(User.username == username))


def by_token(db: Session, token: str) -> User | None:
    return db.scalar(select(User).options(lazyload(User.units)).where(User.token == token))


def all_users(db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.username)))


def count_users(db: Session) -> int:
    return len(db.scalars(select(User.id).limit(1)).all())


def unit_by_code(db: Session, code: str) -> Unit | None:
    return db.scalar(select(Unit).where(Unit.code == code))


def units_by_code(db: Session, codes: list[str]) -> list[Unit]:
    return list(db.scalars(select(Unit).where(Unit.code.in_(codes))))


def scope_codes(db: Session, user_id: int) -> set[str]:
    """Codes of every unit under (and including) the units a user is assigned: two small
    queries, no ORM objects (each OpenRosa POST asks)."""
    roots = db.execute(
        select(Unit.id, Unit.path)
        .join(UserUnit, UserUnit.unit_id == Unit.id)
        .where(UserUnit.user_id == user_id)
    ).all()
    if not roots:
        return set()
    below = [or_(Unit.id == rid, Unit.path.startswith(f"{path}{rid}/")) for rid, path in roots]
    return set(db.scalars(select(Unit.code).where(or_(*below))))


def subtree_codes(db: Session, roots: list[Unit]) -> set[str]:
    """Codes of every unit under (and including) the given nodes."""
    codes: set[str] = set()
    for root in roots:
        prefix = f"{root.path}{root.id}/"
        rows = db.scalars(select(Unit.code).where((Unit.id == root.id) | Unit.path.startswith(prefix)))
        codes.update(rows)
    return codes
