"""The household registry: roster import (all or nothing, idempotent), households added in
the field, and the per-user CSV lists the phones get as form media (units.csv,
households.csv, members.csv — the column contract is in forms/README.md)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..errors import Invalid
from ..formats.roster import RosterError, RosterRow, read_roster
from ..store import registry as registry_q
from ..store import results as results_q
from ..store.models import Citizen, Household, Unit, User
from . import formfiles
from .access import unit_scope
from .unit_rules import staff_at_agency

CODE_LENGTH = Household.code.type.length  # longer codes cannot be in the registry
SEXES = {"nam": "nam", "nữ": "nu", "nu": "nu", "male": "nam", "female": "nu", "m": "nam", "f": "nu"}


@dataclass
class ImportReport:
    units: int = 0
    households_created: int = 0
    households_updated: int = 0
    citizens_created: int = 0
    citizens_updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(
            (
                self.units,
                self.households_created,
                self.households_updated,
                self.citizens_created,
                self.citizens_updated,
            )
        )


Progress = Callable[[str, int, int], None]  # phase, done, total


def _quiet(_phase: str, _done: int, _total: int) -> None:
    pass


def read_checked(db: Session, content: bytes, filename: str, progress: Progress = _quiet) -> list[RosterRow]:
    """The roster's rows, every one checked: a file that cannot be read or any bad row
    refuses the whole file (Invalid listing each row's problem). Reads only."""
    try:
        rows = read_roster(content, filename)
    except RosterError as exc:
        raise Invalid("file.rejected", "%(problems)s", problems="\n".join(exc.problems)) from None
    progress("check", 0, len(rows))
    problems = _check(db, rows)
    if problems:
        raise Invalid("file.rejected", "%(problems)s", problems="\n".join(problems))
    return rows


def import_roster(db: Session, content: bytes, filename: str, progress: Progress = _quiet) -> ImportReport:
    """Apply a roster file in the session's transaction (the caller commits): checked first,
    so nothing is half-imported. `progress` hears each phase and its rows."""
    return apply_rows(db, read_checked(db, content, filename, progress), progress)


def apply_rows(db: Session, rows: list[RosterRow], progress: Progress = _quiet) -> ImportReport:
    """Work out every change in memory, row by row (a later row sees what an earlier one
    made), then write them in bulk."""
    report = ImportReport()
    units = registry_q.units(db)
    plan = _Plan(registry_q.households(db), registry_q.citizens(db), units)
    for row in rows:
        v = row.values
        unit = units.get(v["unit"]) or _new_unit(db, v, units, report)
        plan.household(v, unit.id, report)
        if v.get("citizen"):
            plan.citizen(v, report)
        else:
            report.unchanged += 1
    plan.write(db, progress)
    return report


class _Plan:
    """The registry as the roster leaves it: households and citizens by code, with which
    are new and which changed. A new household has no id until written, so a citizen's
    household is kept as its code until then."""

    def __init__(
        self, households: dict[str, dict], citizens: dict[str, dict], units: dict[str, Unit]
    ) -> None:
        self.units = units
        self.households = households
        self.citizens = citizens
        code_of = {h["id"]: code for code, h in households.items()}
        for c in citizens.values():
            c["household"] = code_of.get(c.pop("household_id"))
        self.new_households: set[str] = set()
        self.changed_households: set[str] = set()
        self.touched_households: set[str] = set()  # a citizen of theirs changed
        self.new_citizens: set[str] = set()
        self.changed_citizens: set[str] = set()

    def household(self, v: dict[str, str], unit_id: int, report: ImportReport) -> None:
        code = v["household"]
        hh = self.households.get(code)
        wanted = {
            "unit_id": unit_id,
            "head_name": v.get("head_name") or (hh["head_name"] if hh else ""),
            "address": v.get("address") or (hh["address"] if hh else ""),
            "members": int(v["members"]) if v.get("members") else (hh["members"] if hh else 0),
        }
        if hh is None:
            self.households[code] = {**wanted, "version": 1}
            self.new_households.add(code)
            report.households_created += 1
        elif _update(hh, wanted):
            hh["version"] += 1
            self.changed_households.add(code)
            report.households_updated += 1

    def citizen(self, v: dict[str, str], report: ImportReport) -> None:
        code = v["citizen"]
        wanted = {
            "household": v["household"],
            "full_name": v.get("full_name", ""),
            "birth_year": int(v["birth_year"]) if v.get("birth_year") else None,
            "sex": SEXES.get(v.get("sex", "").lower(), ""),
            "is_new": False,
        }
        if "workplace" in v:  # a roster without the column keeps the staff lists as they are
            wanted["workplace_id"] = self.units[v["workplace"]].id if v["workplace"] else None
        cit = self.citizens.get(code)
        if cit is None:
            self.citizens[code] = {"workplace_id": None, **wanted}
            self.new_citizens.add(code)
            report.citizens_created += 1
        elif _update(cit, wanted):
            self.touched_households.add(v["household"])
            self.changed_citizens.add(code)
            report.citizens_updated += 1
        else:
            report.unchanged += 1

    def write(self, db: Session, progress: Progress) -> None:
        total = sum(map(len, (self.new_households, self.changed_households | self.touched_households,
                              self.new_citizens, self.changed_citizens)))  # fmt: skip
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            progress("write", done, total)

        progress("write", 0, total)
        hh = self.households
        fields = ("unit_id", "head_name", "address", "members", "version")
        new = [{"code": c, **{f: hh[c][f] for f in fields}} for c in sorted(self.new_households)]
        registry_q.insert_households(db, new, step)
        changed = (self.changed_households | self.touched_households) - self.new_households
        registry_q.update_households(db, [{"id": hh[c]["id"], **{f: hh[c][f] for f in fields}}
                                          for c in sorted(changed)], step)  # fmt: skip
        ids = registry_q.household_ids(db) if self.new_citizens or self.changed_citizens else {}

        def citizen_row(code: str) -> dict:
            c = self.citizens[code]
            return {"household_id": ids[c["household"]], **{f: c[f] for f in CITIZEN_COLUMNS}}

        registry_q.insert_citizens(
            db, [{"code": c, **citizen_row(c)} for c in sorted(self.new_citizens)], step
        )
        registry_q.update_citizens(
            db,
            [{"id": self.citizens[c]["id"], **citizen_row(c)} for c in sorted(self.changed_citizens)],
            step,
        )
        db.expire_all()  # the ORM objects the session holds were written around


CITIZEN_COLUMNS = ("full_name", "birth_year", "sex", "is_new", "workplace_id")


def _check(db: Session, rows: list[RosterRow]) -> list[str]:
    units = registry_q.units(db)
    known_units = set(units)
    problems = []
    seen_citizens: dict[str, int] = {}
    new_units = {r.values["unit"] for r in rows if r.values.get("unit_name")}
    for row in rows:
        v, n = row.values, row.number
        where = f"dòng / row {n}"
        if not v.get("unit"):
            problems.append(f"{where}: thiếu mã tổ / unit code missing")
        elif v["unit"] not in known_units and v["unit"] not in new_units:
            problems.append(
                f"{where}: không có đơn vị / unknown unit {v['unit']} (add unit_name to create it)"
            )
        parent = v.get("parent_unit")
        if parent and parent not in known_units and parent not in new_units:
            problems.append(f"{where}: không có đơn vị cha / unknown parent unit {parent}")
        if not v.get("household"):
            problems.append(f"{where}: thiếu mã hộ / household code missing")
        for col in ("members", "birth_year"):
            if v.get(col) and not v[col].isdigit():
                problems.append(f"{where}: {col} phải là số / {col} must be a whole number: {v[col]!r}")
        if v.get("birth_year", "").isdigit() and not 1900 <= int(v["birth_year"]) <= 2100:
            problems.append(f"{where}: năm sinh không hợp lệ / birth year out of range")
        if v.get("sex") and v["sex"].lower() not in SEXES:
            problems.append(f"{where}: giới tính / sex must be nam or nữ, not {v['sex']!r}")
        if v.get("citizen"):
            if not v.get("full_name"):
                problems.append(f"{where}: thiếu họ tên công dân / citizen full_name missing")
            if v["citizen"] in seen_citizens:
                problems.append(
                    f"{where}: mã công dân trùng với dòng {seen_citizens[v['citizen']]} / "
                    f"citizen {v['citizen']} repeats row {seen_citizens[v['citizen']]}"
                )
            seen_citizens[v["citizen"]] = n
        place = v.get("workplace")
        if place and (place not in units or units[place].kind != "agency"):
            problems.append(
                f"{where}: nơi công tác {place} không phải cơ quan, đơn vị đã có /"
                f" workplace {place} is not an existing unit of kind agency"
            )
        elif place and not v.get("citizen"):
            problems.append(f"{where}: nơi công tác cần mã công dân / a workplace needs a citizen code")
    return problems


def _new_unit(db: Session, v: dict[str, str], units: dict[str, Unit], report: ImportReport) -> Unit:
    parent = units.get(v.get("parent_unit", ""))
    unit = registry_q.add_unit(db, v["unit"], v.get("unit_name") or v["unit"], parent)
    units[unit.code] = unit
    report.units += 1
    return unit


def _update(current: dict, wanted: dict) -> bool:
    changed = False
    for key, value in wanted.items():
        if current.get(key) != value:
            current[key] = value
            changed = True
    return changed


# ---- households and citizens met in the field ---------------------------------------


def door_household(data: Mapping[str, Any], subject: str, unit_id: int) -> dict | None:
    """The registry row of a household added at the door (new_household = yes), flagged new
    for the board to confirm; None for a household picked from the registry."""
    if _text(data.get("new_household")) != "yes":
        return None
    members = _text(data.get("members"))
    return {
        "code": subject, "unit_id": unit_id, "head_name": _text(data.get("head_name")),
        "address": _text(data.get("address")), "members": int(members) if members.isdigit() else 0,
        "is_new": True,
    }  # fmt: skip


def door_citizen(data: Mapping[str, Any], subject: str) -> dict | None:
    """The registry row of a citizen added at the door (new_citizen = yes), flagged new,
    without its household's id; None for a citizen picked from the registry."""
    if _text(data.get("new_citizen")) != "yes":
        return None
    year = _text(data.get("birth_year"))
    return {
        "code": subject, "full_name": _text(data.get("full_name")),
        "birth_year": int(year) if year.isdigit() else None,
        "sex": SEXES.get(_text(data.get("sex")).lower(), ""), "is_new": True,
    }  # fmt: skip


def record_from_submission(
    db: Session, kind: str, data: dict, unit: Unit | None, subject: str
) -> tuple[int, str] | None:
    """A household or citizen added at a door joins the registry, flagged new for the
    board to confirm. Returns the id of the unit whose registry grew and which of its sizes
    ("households_registry" or "adults_registry": a citizen counts in their household's
    unit), or None when nothing was added (already registered)."""
    if unit is None or not subject:
        return None
    if kind == "household" and (row := door_household(data, subject, unit.id)) is not None:
        if registry_q.household_id_of(db, subject) is None:
            db.add(Household(**row))
            return unit.id, "households_registry"
    elif kind == "citizen" and (row := door_citizen(data, subject)) is not None:
        hh = registry_q.household_by_code(db, _text(data.get("household")))
        if hh is not None and registry_q.citizen_id_of(db, subject) is None:
            db.add(Citizen(**row, household_id=hh.id))
            return hh.unit_id, "adults_registry"
    return None


def record_many(db: Session, items: list[tuple[str, dict, Unit | Row, str]]) -> list[tuple[int, str] | None]:
    """record_from_submission for each (kind, answers, unit, subject) of a drain's batch, in
    order, with the same outcome, but looking up the batch's households and citizens in
    one query each instead of one per submission, and adding them in one statement each."""
    wanted = [
        (kind, data, unit, subject) for kind, data, unit, subject in items if unit is not None and subject
    ]
    codes = {s for k, _d, _u, s in wanted if k == "household"}
    codes |= {_text(d.get("household")) for k, d, _u, _s in wanted if k == "citizen"}
    households = results_q.households_by_code(db, codes)
    citizens = results_q.citizen_codes(db, {s for k, _d, _u, s in wanted if k == "citizen"})
    new_households: list[dict] = []
    new_citizens: list[tuple[str, dict]] = []  # (household code, row without household_id)
    out: list[tuple[int, str] | None] = []
    for kind, data, unit, subject in items:
        grew = None
        if unit is None or not subject:
            pass
        elif kind == "household" and (row := door_household(data, subject, unit.id)) is not None:
            if subject not in households:
                new_households.append(row)
                households[subject] = (0, unit.id)  # its id once added
                grew = (unit.id, "households_registry")
        elif kind == "citizen" and (row := door_citizen(data, subject)) is not None:
            code = _text(data.get("household"))
            if code in households and subject not in citizens:
                new_citizens.append((code, row))
                citizens.add(subject)
                grew = (households[code][1], "adults_registry")
        out.append(grew)
    added = registry_q.add_households(db, new_households)
    registry_q.add_citizens(
        db, [{**row, "household_id": added.get(code) or households[code][0]} for code, row in new_citizens]
    )
    return out


def record_door(db: Session, items: list[tuple[str, dict, int, str]]) -> None:
    """What record_many adds to the registry for each (kind, answers, unit id, subject), in
    order, without working out which unit's registry grew (a catch-up that rescores its year
    counts the registry afresh): nothing looked up first, one statement per run of
    consecutive households or citizens (an existing code is skipped by the database, and a
    citizen sees exactly the households added before it)."""
    runs: list[tuple[str, list[tuple]]] = []
    for kind, data, unit_id, subject in items:
        if not subject:
            continue
        if kind == "household" and (house := door_household(data, subject, unit_id)) is not None:
            row: tuple = (house["code"], unit_id, house["head_name"], house["address"], house["members"])
        elif kind == "citizen" and (person := door_citizen(data, subject)) is not None:
            household = _text(data.get("household"))
            row = (subject, person["full_name"], person["birth_year"], person["sex"], household)
        else:
            continue
        if not runs or runs[-1][0] != kind:
            runs.append((kind, []))
        runs[-1][1].append(row)
    for kind, rows in runs:
        (registry_q.add_door_households if kind == "household" else registry_q.add_door_citizens)(db, rows)


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


# ---- the lists sent to phones -------------------------------------------------------


def _scope_units(db: Session, user: User) -> list[Unit]:
    scope = unit_scope(db, user)
    return registry_q.units_by_code(db, None if scope is None else set(scope))


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def units_csv(db: Session, user: User) -> bytes:
    return _csv(["name", "label"], [[u.code, u.name] for u in _scope_units(db, user)])


def households_csv(db: Session, user: User) -> bytes:
    units = {u.id: u.code for u in _scope_units(db, user)}
    rows = registry_q.households_of_units(db, units)
    return _csv(
        ["name", "label", "__version", "unit", "head_name", "address", "members"],
        [
            [
                h.code,
                f"{h.head_name} – {h.address}",
                h.version,
                units[h.unit_id],
                h.head_name,
                h.address,
                h.members,
            ]
            for h in rows
        ],
    )


def members_csv(db: Session, user: User) -> bytes:
    """The adults of the user's units: by their household's unit, and an agency's staff under
    the agency's code. Where staff are assessed at their agency they are listed there only,
    so no one is assessed twice."""
    units = {u.id: u.code for u in _scope_units(db, user)}
    at_agency = staff_at_agency(db)
    rows = registry_q.members_of_units(db, units, staff_elsewhere=at_agency)
    return _csv(
        ["name", "label", "household", "unit", "birth_year", "sex"],
        [
            [
                c.code,
                f"{c.full_name}, {c.birth_year or ''}".rstrip(", "),
                hh,
                units[uid],
                c.birth_year or "",
                c.sex,
            ]
            for c, hh, uid in rows
        ],
    )


def household_states(db: Session, user: User, ids: list[str] | None) -> list[tuple[str, bool]]:
    """The households entity list's integrity answer: (code, deleted) for each asked code the
    registry knows, `deleted` when the household is not (or no longer) in the user's list;
    codes the registry does not know are left out, so Collect keeps those offline entities.
    Without ids: every household of the user's list."""
    scope = unit_scope(db, user)
    if ids is None:
        return [(code, False) for code in registry_q.household_codes(db, scope)]
    units = registry_q.household_units(db, (i for i in ids if len(i) <= CODE_LENGTH))
    return [(code, scope is not None and units[code] not in scope) for code in ids if code in units]


formfiles.GENERATED.update(
    {"units.csv": units_csv, "households.csv": households_csv, "members.csv": members_csv}
)
formfiles.INTEGRITY["households"] = household_states
