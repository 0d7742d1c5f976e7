"""Queries on the household registry: what the phones' entity lists are built from, and
the registry's tables in bulk for a roster import (everything read in a few queries and
written with executemany in chunks: a 100,000-row roster is one transaction of a few
statements per thousand rows, not a flush per household)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Row, insert, select, update
from sqlalchemy.orm import Session

from .models import Citizen, Household, Unit, utcnow

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


WRITE_CHUNK = 2000  # rows per executemany of a roster import


def unit_codes(db: Session) -> set[str]:
    return set(db.scalars(select(Unit.code)))


def units(db: Session) -> dict[str, Unit]:
    return {u.code: u for u in db.scalars(select(Unit))}


def add_unit(db: Session, code: str, name: str, parent: Unit | None) -> Unit:
    unit = Unit(code=code, name=name, parent_id=parent.id if parent else None,
                path=f"{parent.path}{parent.id}/" if parent else "/")  # fmt: skip
    db.add(unit)
    db.flush()
    return unit


HOUSEHOLD_FIELDS = ("unit_id", "head_name", "address", "members")
CITIZEN_FIELDS = ("household_id", "full_name", "birth_year", "sex", "is_new", "workplace_id")


def households(db: Session) -> dict[str, dict]:
    """code -> {id, version, unit_id, head_name, address, members}."""
    cols = [Household.code, Household.id, Household.version] + [
        getattr(Household, f) for f in HOUSEHOLD_FIELDS
    ]
    return {row.code: dict(row._mapping) for row in db.execute(select(*cols))}


def citizens(db: Session) -> dict[str, dict]:
    """code -> {id, household_id, full_name, birth_year, sex, is_new}."""
    cols = [Citizen.code, Citizen.id] + [getattr(Citizen, f) for f in CITIZEN_FIELDS]
    return {row.code: dict(row._mapping) for row in db.execute(select(*cols))}


def household_ids(db: Session) -> dict[str, int]:
    return {code: id_ for code, id_ in db.execute(select(Household.code, Household.id))}


def _chunks(rows: list[dict], step: Callable[[int], None]) -> Iterable[list[dict]]:
    for start in range(0, len(rows), WRITE_CHUNK):
        chunk = rows[start : start + WRITE_CHUNK]
        yield chunk
        step(len(chunk))


def insert_households(db: Session, rows: list[dict], step: Callable[[int], None]) -> None:
    for chunk in _chunks(rows, step):
        db.execute(insert(Household), chunk)


def insert_citizens(db: Session, rows: list[dict], step: Callable[[int], None]) -> None:
    for chunk in _chunks(rows, step):
        db.execute(insert(Citizen), chunk)


def add_households(db: Session, rows: list[dict]) -> dict[str, int]:
    """Insert households (dicts of their columns) in one statement per chunk; returns code -> id."""
    out: dict[str, int] = {}
    for start in range(0, len(rows), CHUNK):
        stmt = insert(Household.__table__).returning(Household.code, Household.id)  # Core: no ORM bulk path
        out.update({code: id_ for code, id_ in db.execute(stmt, rows[start : start + CHUNK])})
    return out


def add_citizens(db: Session, rows: list[dict]) -> None:
    """Insert citizens (dicts of their columns) in one statement per chunk."""
    for start in range(0, len(rows), CHUNK):
        db.execute(insert(Citizen.__table__), rows[start : start + CHUNK])


# SQLite: one executemany (its loop runs in C); PostgreSQL: one statement reading a column
# array per answer (an executemany there costs a round of the driver's work per row). Rows
# go in in their order, so of two with one code the first is added and the second skipped.
_HOUSEHOLD_INTO = (
    "INSERT INTO household (code, unit_id, head_name, address, members, is_new, version, updated_at) "
)
_DOOR_HOUSEHOLDS = {
    "sqlite": _HOUSEHOLD_INTO + "VALUES (?, ?, ?, ?, ?, 1, 1, ?) ON CONFLICT (code) DO NOTHING",
    "postgresql": _HOUSEHOLD_INTO + "SELECT code, unit_id, head_name, address, members, true, 1, %s "
    "FROM unnest(%s::text[], %s::int[], %s::text[], %s::text[], %s::int[]) WITH ORDINALITY "
    "AS r(code, unit_id, head_name, address, members, n) ORDER BY n ON CONFLICT (code) DO NOTHING",
}
# with its household's id when the registry holds that household (else no row)
_DOOR_CITIZENS = {
    "sqlite": "INSERT INTO citizen (code, household_id, full_name, birth_year, sex, is_new) "
    "SELECT ?, household.id, ?, ?, ?, 1 FROM household WHERE household.code = ? "
    "ON CONFLICT (code) DO NOTHING",
    "postgresql": "INSERT INTO citizen (code, household_id, full_name, birth_year, sex, is_new) "
    "SELECT r.code, household.id, r.full_name, r.birth_year, r.sex, true "
    "FROM unnest(%s::text[], %s::text[], %s::int[], %s::text[], %s::text[]) WITH ORDINALITY "
    "AS r(code, full_name, birth_year, sex, household, n) JOIN household ON household.code = r.household "
    "ORDER BY r.n ON CONFLICT (code) DO NOTHING",
}


def _door_rows(db: Session, statements: dict[str, str], rows: list[tuple], *first: object) -> None:
    """Run a door statement on the driver's cursor in the session's transaction: on SQLite
    once per row (`first` after each row's values), on PostgreSQL once with a column array
    per value (`first` before them)."""
    conn = db.connection()
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    if conn.dialect.name == "postgresql":
        cursor.execute(statements["postgresql"], (*first, *map(list, zip(*rows, strict=True))))
    else:
        cursor.executemany(statements["sqlite"], [(*row, *first) for row in rows])


def add_door_households(db: Session, rows: list[tuple[str, int, str, str, int]]) -> None:
    """Insert households added at the door, flagged new: (code, unit id, head_name, address,
    members) each, in order, in one statement, with no lookup before: a code the registry
    holds already (or an earlier row added) is skipped."""
    if rows:
        now = utcnow()
        stamp = now if db.connection().dialect.name == "postgresql" else now.isoformat(" ", "microseconds")
        _door_rows(db, _DOOR_HOUSEHOLDS, rows, stamp)  # SQLite: the text SQLAlchemy stores there


def add_door_citizens(db: Session, rows: list[tuple[str, str, int | None, str, str]]) -> None:
    """Insert citizens added at the door, flagged new: (code, full_name, birth_year, sex,
    household code) each, in order, in one statement: one whose household the registry does
    not hold, or whose code it holds already, is skipped."""
    if rows:
        _door_rows(db, _DOOR_CITIZENS, rows)


def update_households(db: Session, rows: list[dict], step: Callable[[int], None]) -> None:
    """rows: {id, ...changed columns}; updated_at is set (the report cache's data version
    reads it)."""
    now = utcnow()
    for chunk in _chunks(rows, step):
        db.execute(update(Household), [{**row, "updated_at": now} for row in chunk])


def update_citizens(db: Session, rows: list[dict], step: Callable[[int], None]) -> None:
    for chunk in _chunks(rows, step):
        db.execute(update(Citizen), chunk)


# ---- lookups for the domain (registry.py, results_view.py) ---------------------------------


def household_id_of(db: Session, code: str) -> int | None:
    return db.scalar(select(Household.id).where(Household.code == code))


def household_by_code(db: Session, code: str) -> Household | None:
    return db.scalar(select(Household).where(Household.code == code))


def citizen_id_of(db: Session, code: str) -> int | None:
    return db.scalar(select(Citizen.id).where(Citizen.code == code))


def units_by_code(db: Session, codes: set[str] | None) -> list[Unit]:
    """The units with these codes (every unit for None), by code."""
    query = select(Unit).order_by(Unit.code)
    if codes is not None:
        query = query.where(Unit.code.in_(codes))
    return list(db.scalars(query))


def households_of_units(db: Session, unit_ids: Iterable[int]) -> list[Household]:
    return list(
        db.scalars(select(Household).where(Household.unit_id.in_(list(unit_ids))).order_by(Household.code))
    )


def members_of_units(db: Session, unit_ids: Iterable[int], *, staff_elsewhere: bool) -> list[Row]:
    """(citizen, household code, unit id) of the adults listed under these units: by their
    household's unit (leaving out an agency's staff when `staff_elsewhere`: they are listed
    at their agency), and an agency's staff under the agency, by citizen code."""
    ids = list(unit_ids)
    home = (
        select(Citizen, Household.code, Household.unit_id)
        .join(Household, Citizen.household_id == Household.id)
        .where(Household.unit_id.in_(ids), *([Citizen.workplace_id.is_(None)] if staff_elsewhere else []))
    )
    staff = (
        select(Citizen, Household.code, Citizen.workplace_id)
        .join(Household, Citizen.household_id == Household.id)
        .where(Citizen.workplace_id.in_(ids))
    )
    return sorted([*db.execute(home), *db.execute(staff)], key=lambda r: r[0].code)


def names_in_unit(db: Session, unit_id: int, kind: str) -> dict[str, tuple[str, str, bool]]:
    """code -> (name, address, new in the registry) of a unit's households (their head) or
    citizens (their household's address)."""
    if kind == "household":
        rows = db.scalars(select(Household).where(Household.unit_id == unit_id))
        return {h.code: (h.head_name, h.address, h.is_new) for h in rows}
    pairs = db.execute(select(Citizen, Household.address).join(Household).where(Household.unit_id == unit_id))
    return {c.code: (c.full_name, address, c.is_new) for c, address in pairs}


def subject_name(db: Session, kind: str, code: str) -> str:
    """The registry's name of a household (its head) or citizen, "" when unknown."""
    if kind == "household":
        return db.scalar(select(Household.head_name).where(Household.code == code)) or ""
    if kind == "citizen":
        return db.scalar(select(Citizen.full_name).where(Citizen.code == code)) or ""
    return ""
