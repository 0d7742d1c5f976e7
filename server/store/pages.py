"""Read queries for the server-rendered pages: the unit tree in display order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Unit


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
