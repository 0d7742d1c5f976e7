"""Queries on the household registry that the phones' entity lists are built from."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Household, Unit

CHUNK = 500  # codes per IN list: well under SQLite's bound-parameter limit


def household_units(db: Session, codes: Iterable[str]) -> dict[str, str]:
    """Household code -> its unit's code, for the codes that exist in the registry."""
    wanted = list(dict.fromkeys(codes))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = db.execute(
            select(Household.code, Unit.code)
            .join(Unit, Household.unit_id == Unit.id)
            .where(Household.code.in_(chunk))
        )
        found.update({code: unit for code, unit in rows})
    return found


def household_codes(db: Session, unit_codes: set[str] | None) -> list[str]:
    """Codes of the households of these units (None: every unit), in code order."""
    query = select(Household.code).join(Unit, Household.unit_id == Unit.id).order_by(Household.code)
    if unit_codes is not None:
        query = query.where(Unit.code.in_(unit_codes))
    return list(db.scalars(query))
