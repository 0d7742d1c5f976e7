"""Loading a town's earlier recognitions (the years before it used this server, or titles
the ward recognises outside it, such as "Gia đình văn hóa") from a spreadsheet, so that
criteria reading the history (`consecutive-years()`) have it from the first year.

One row per recognition: `year` and `unit` always; `household` for a household's title,
`citizen` (and optionally its `household`) for a citizen's, neither for the unit's own;
`title` optional (the campaign's title for that kind by default). Same readers as the
roster (CSV in Excel's encodings, or XLSX; Vietnamese headers). All or nothing: any bad
row refuses the whole file, each row's problem named in Vietnamese and English; the same
file twice adds nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..errors import Invalid
from ..formats.documents import TITLES
from ..formats.roster import RosterError, RosterRow, read_roster
from ..store import history as history_q
from ..store import registry as registry_q
from ..store import results as results_q
from ..store.models import Recognition

COLUMNS: dict[str, tuple[str, ...]] = {
    "year": ("year", "năm", "năm công nhận"),
    "unit": ("unit", "mã tổ", "mã đơn vị", "đơn vị", "tổ", "tổ dân phố", "mã tổ dân phố"),
    "household": ("household", "mã hộ", "hộ", "mã hộ gia đình"),
    "citizen": ("citizen", "mã công dân", "công dân"),
    "title": ("title", "danh hiệu", "danh hiệu được công nhận"),
}
REQUIRED = ("year", "unit")
FIRST_YEAR = 1975
CODE_LENGTH = Recognition.subject.type.length
TITLE_LENGTH = Recognition.title.type.length


@dataclass
class HistoryReport:
    rows: int = 0
    added: int = 0  # new recognitions; the rest were kept already
    households: int = 0
    citizens: int = 0
    units: int = 0
    years: tuple[int, ...] = ()
    rescored: tuple[int, ...] = ()  # later years scored again with the history loaded


def import_history(db: Session, content: bytes, filename: str, *, today: date | None = None) -> HistoryReport:
    """Check every row, then store them in the session's transaction (the caller commits)."""
    try:
        rows = read_roster(content, filename, COLUMNS, REQUIRED)
    except RosterError as exc:
        raise Invalid("file.rejected", "%(problems)s", problems="\n".join(exc.problems)) from None
    if not rows:
        raise Invalid("file.no_rows", "Tệp không có dòng nào")
    recognitions, problems = _check(db, rows, (today or date.today()).year)
    if problems:
        raise Invalid("file.rejected", "%(problems)s", problems="\n".join(problems))
    report = HistoryReport(rows=len(rows), added=history_q.add(db, recognitions))
    report.households = sum(r.kind == "household" for r in recognitions)
    report.citizens = sum(r.kind == "citizen" for r in recognitions)
    report.units = sum(r.kind == "unit" for r in recognitions)
    report.years = tuple(sorted({r.year for r in recognitions}))
    return report


def _check(
    db: Session, rows: list[RosterRow], this_year: int
) -> tuple[list[history_q.Recognised], list[str]]:
    units = registry_q.unit_codes(db)
    homes = registry_q.household_units(db, [r.values["household"] for r in rows if r.values.get("household")])
    people = history_q.citizen_homes(db, [r.values["citizen"] for r in rows if r.values.get("citizen")])
    out: list[history_q.Recognised] = []
    problems: list[str] = []
    for row in rows:
        v, where = row.values, f"dòng / row {row.number}"
        mine: list[str] = []
        for col in ("unit", "household", "citizen"):
            if len(v.get(col, "")) > CODE_LENGTH:
                mine.append(f"{where}: mã quá dài / {col} code longer than {CODE_LENGTH} characters")
        if len(v.get("title", "")) > TITLE_LENGTH:
            mine.append(f"{where}: danh hiệu quá dài / title longer than {TITLE_LENGTH} characters")
        year = v.get("year", "")
        if not year.isdigit() or not FIRST_YEAR <= int(year) <= this_year:
            mine.append(
                f"{where}: năm không hợp lệ / year must be a whole number from {FIRST_YEAR} to"
                f" {this_year}: {year[:20]!r}"
            )
        unit, household, citizen = v.get("unit", ""), v.get("household", ""), v.get("citizen", "")
        if not unit:
            mine.append(f"{where}: thiếu mã tổ / unit code missing")
        elif unit not in units and len(unit) <= CODE_LENGTH:
            mine.append(f"{where}: không có đơn vị / unknown unit {unit}")
        if citizen and len(citizen) <= CODE_LENGTH:
            home = people.get(citizen)
            if home is None:
                mine.append(f"{where}: không có công dân trong sổ / citizen {citizen} is not in the registry")
            elif household and home[0] != household:
                mine.append(f"{where}: công dân {citizen} không thuộc hộ / is not of household {household}")
            elif unit and home[1] != unit:
                mine.append(f"{where}: công dân {citizen} không thuộc đơn vị / is not in unit {unit}")
        elif household and len(household) <= CODE_LENGTH:
            found = homes.get(household)
            if found is None:
                mine.append(f"{where}: không có hộ trong sổ / household {household} is not in the registry")
            elif unit and found != unit:
                mine.append(f"{where}: hộ {household} không thuộc đơn vị / is not in unit {unit}")
        if mine:
            problems += mine
            continue
        kind = "citizen" if citizen else "household" if household else "unit"
        subject = citizen or household or unit
        title = " ".join(v.get("title", "").split()) or TITLES[kind]
        out.append(history_q.Recognised(int(year), kind, subject, unit, title, "import"))
    return out, problems


def import_and_rescore(
    db: Session, content: bytes, filename: str, *, today: date | None = None
) -> HistoryReport:
    """import_history, then every later year that has scores is scored again, so criteria
    reading the history see what was loaded; all in the caller's transaction."""
    from . import results  # results reads the history this module writes

    report = import_history(db, content, filename, today=today)
    if report.added:
        later = [y for y in results_q.years(db) if y > report.years[0]]
        for year in later:
            results.rescore(db, year)
        report.rescored = tuple(later)
    return report
