"""Queries on the unit tree: one unit, every unit, a subtree's codes, a user's scope, and the
tree in display order for the pages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .models import Unit, UserUnit


def all_units(db: Session) -> list[Unit]:
    """Every unit, parents before their children."""
    return list(db.scalars(select(Unit).order_by(Unit.path, Unit.code)))


def unit_by_code(db: Session, code: str) -> Unit | None:
    return db.scalar(select(Unit).where(Unit.code == code))


def by_id(db: Session, unit_id: int) -> Unit | None:
    return db.get(Unit, unit_id)


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


def assigned_top_unit(db: Session, user_id: int) -> bool:
    """Whether one of the user's units is a top of the unit tree (the town itself)."""
    found = db.scalar(
        select(UserUnit.unit_id)
        .join(Unit, Unit.id == UserUnit.unit_id)
        .where(UserUnit.user_id == user_id, Unit.parent_id.is_(None))
        .limit(1)
    )
    return found is not None


@dataclass
class TreeRow:
    unit: Unit
    depth: int


def unit_tree(db: Session, codes: set[str] | None = None) -> list[TreeRow]:
    """Units (all, or only the given codes) with each parent before its children and
    siblings by code; depth counts from the shallowest unit shown. One query, then the
    walk in Python: a town has tens of units, a province a few thousand."""
    query = select(Unit).order_by(Unit.code)
    if codes is not None:
        if not codes:
            return []
        query = query.where(Unit.code.in_(sorted(codes)))
    units = list(db.scalars(query))
    ids = {u.id for u in units}
    children: dict[int | None, list[Unit]] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in ids else None
        children.setdefault(parent, []).append(unit)
    rows: list[TreeRow] = []
    stack = [(u, 0) for u in reversed(children.get(None, []))]
    while stack:
        unit, depth = stack.pop()
        rows.append(TreeRow(unit, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(unit.id, [])))
    return rows
