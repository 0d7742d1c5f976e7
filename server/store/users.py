"""Queries on users, units and who may act where."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Unit, User


def by_username(db: Session, username: str) -> User | None:
    return db.scalar(select(User).where(User.username == username))


def by_token(db: Session, token: str) -> User | None:
    return db.scalar(select(User).where(User.token == token))


def all_users(db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.username)))


def count_users(db: Session) -> int:
    return len(db.scalars(select(User.id).limit(1)).all())


def unit_by_code(db: Session, code: str) -> Unit | None:
    return db.scalar(select(Unit).where(Unit.code == code))


def subtree_codes(db: Session, roots: list[Unit]) -> set[str]:
    """Codes of every unit under (and including) the given nodes."""
    codes: set[str] = set()
    for root in roots:
        prefix = f"{root.path}{root.id}/"
        rows = db.scalars(select(Unit.code).where((Unit.id == root.id) | Unit.path.startswith(prefix)))
        codes.update(rows)
    return codes
