"""The committee's inspection of a unit (biên bản kiểm tra): recorded on a page by a
committee member who acts for the unit, read by whoever may read the unit, printed as a
document in the Decree 30 layout with the unit's roadmap progress as it stands."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from ..formats.documents import InspectionRecord
from ..store import plans as plans_q
from ..store import units as units_q
from ..store.models import Unit, User
from ..store.plan_models import Inspection
from . import plans

RECORDERS = ("committee", "admin")
LIMITS = {"place": 255, "members": 2000, "findings": 4000, "requests": 4000}
STATUS_VI = {
    "met": "Đạt mục tiêu",
    "on_track": "Đúng lộ trình",
    "behind": "Chậm lộ trình",
    "unmeasured": "Chưa khảo sát",
}


def _checked(fields: Mapping[str, object], year: int) -> dict:
    out: dict[str, object] = {}
    for name, most in LIMITS.items():
        text = str(fields.get(name) or "").strip()
        if len(text) > most:
            raise Invalid(
                "input.too_long",
                "Mục %(name)s quá dài: %(length)s ký tự, tối đa %(most)s",
                name=name,
                length=len(text),
                most=most,
            )
        out[name] = text
    held = str(fields.get("held_on") or "").strip()
    try:
        day = date.fromisoformat(held)
    except ValueError:
        raise Invalid(
            "inspection.invalid_date", "Ngày kiểm tra không hợp lệ: %(date)s (YYYY-MM-DD)", date=held[:20]
        ) from None
    if day.year != year:
        raise Invalid("inspection.date_outside_year", "Ngày kiểm tra phải trong năm %(year)s", year=year)
    out["held_on"] = day.isoformat()
    if not out["members"]:
        raise Invalid("inspection.team_required", "Ghi thành phần đoàn kiểm tra")
    return out


def _unit(db: Session, code: str) -> Unit:
    unit = units_q.unit_by_code(db, code)
    if unit is None:
        raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
    return unit


def record(
    db: Session,
    user: User,
    year: int,
    unit_code: str,
    fields: Mapping[str, object],
    round_id: int | None = None,
) -> Inspection:
    """A new inspection of a unit; everything checked before anything is stored."""
    unit = _unit(db, unit_code)
    plans.check_scope(db, user, unit, RECORDERS)
    values = _checked(fields, year)
    if round_id is not None:
        found = plans_q.round_by_id(db, round_id)
        if found is None or found.year != year:
            raise Invalid("inspection.round_other_year", "Đợt kiểm tra không thuộc năm này")
    row = Inspection(year=year, unit_id=unit.id, round_id=round_id, created_by=user.id, **values)
    db.add(row)
    db.flush()
    return row


def get(db: Session, user: User, inspection_id: int) -> tuple[Inspection, Unit]:
    """An inspection the user may read (whoever may read its unit)."""
    row = plans_q.inspection_by_id(db, inspection_id)
    unit = units_q.by_id(db, row.unit_id) if row is not None else None
    if row is None or unit is None:
        raise NotFound("inspection.not_found", "Không có biên bản kiểm tra này")
    plans.check_scope(db, user, unit, ("admin", "committee", "board"))
    return row, unit


def update(db: Session, user: User, inspection_id: int, fields: Mapping[str, object]) -> Inspection:
    row, unit = get(db, user, inspection_id)
    plans.check_scope(db, user, unit, RECORDERS)
    for name, value in _checked(fields, row.year).items():
        setattr(row, name, value)
    return row


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def document(db: Session, row: Inspection, unit: Unit, survey_start: date | None = None) -> InspectionRecord:
    """The biên bản as printed: the progress table as of the inspection's day, from the
    rounds opened by then (and the round it belongs to), and from the November evaluation
    only for an inspection held after the survey began (`survey_start`, the calendar's)."""
    held = date.fromisoformat(row.held_on)
    known = {
        r.id
        for r in plans_q.rounds_of_year(db, row.year)
        if r.opened_at.date() <= held or r.id == row.round_id
    }
    found = plans.unit_progress(
        db, row.year, {unit.code}, today=held, round_ids=known,
        with_evaluation=survey_start is None or held >= survey_start,
    )  # fmt: skip
    table = []
    for g in found[0].targets if found else []:
        latest = g.latest
        measured = (
            f"{latest.label}: {latest.passed}/{latest.seen} ({latest.share * 100:.0f}%)"
            if latest and latest.share is not None
            else "Chưa khảo sát"
        )
        due = date.fromisoformat(g.target.target_date).strftime("%d/%m/%Y")
        target = f"{g.target.target_share * 100:.0f}% đến {due}"
        table.append((f"{g.target.code} – {g.label_vi}", target, measured, STATUS_VI[g.status]))
    members = _lines(row.members)
    return InspectionRecord(
        year=row.year,
        unit_name=unit.name,
        held_on=held,
        place=row.place,
        members=members,
        findings=_lines(row.findings),
        requests=_lines(row.requests),
        progress=table,
        leader=members[0].split("–")[0].split("-")[0].strip() if members else "",
    )
