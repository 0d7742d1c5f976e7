"""The unit tree: any depth, never hard-coded levels."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import Conflict, Invalid, NotFound
from ..store import results as results_q
from ..store import units as units_q
from ..store.models import Unit
from ..store.units import TreeRow

# the kinds and their wording are defined once, in wording.py (web/forms_wtf.KIND_LABELS labels them)
from .wording import GROUP_UNIT_KINDS, LEGACY_UNIT_KINDS, UNIT_KINDS

__all__ = ["GROUP_UNIT_KINDS", "LEGACY_UNIT_KINDS", "UNIT_KINDS", "add_unit"]


def add_unit(
    db: Session, code: str, name: str, *, kind: str = "residential_group", parent_code: str | None = None
) -> Unit:
    code = code.strip()
    if kind not in UNIT_KINDS:
        raise Invalid(
            "unit.invalid_kind",
            "Loại đơn vị không hợp lệ: %(kind)s (chọn một trong: %(kinds)s)",
            kind=kind[:32],
            kinds=", ".join(UNIT_KINDS),
        )
    if not code or len(code) > 64:
        raise Invalid("unit.invalid_code", "Mã đơn vị không hợp lệ")
    if units_q.unit_by_code(db, code):
        raise Conflict("unit.exists", "Đã có đơn vị %(code)s", code=code)
    path = "/"
    parent_id = None
    if parent_code:
        parent = units_q.unit_by_code(db, parent_code)
        if parent is None:
            raise NotFound(
                "unit.parent_not_found", "Không có đơn vị cha %(parent_code)s", parent_code=parent_code
            )
        path, parent_id = f"{parent.path}{parent.id}/", parent.id
    unit = Unit(code=code, name=name, kind=kind, parent_id=parent_id, path=path)
    db.add(unit)
    db.flush()
    return unit


def unit_by_code(db: Session, code: str) -> Unit | None:
    return units_q.unit_by_code(db, code)


def unit_tree(db: Session, codes: set[str] | None = None) -> list[TreeRow]:
    """Units (all, or only the given codes), each parent before its children, with depths."""
    return units_q.unit_tree(db, codes)


def subtree_codes(db: Session, unit: Unit) -> set[str]:
    """Codes of the unit and every unit under it."""
    return units_q.subtree_codes(db, [unit])


def ancestors_in_scope(db: Session, unit: Unit, scope: set[str] | None) -> list[Unit]:
    """The unit's ancestors a reader with this scope (None: everything) may open, top first."""
    return [a for a in reversed(results_q.ancestors(db, unit)) if scope is None or a.code in scope]
