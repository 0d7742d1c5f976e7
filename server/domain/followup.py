"""Follow-up through the year: each year's calendar (the settings' defaults, with the dates
the committee changed), the units lagging behind it and why, the reminders the committee
sends them (recorded, shown on their boards' home pages, announced as `reminder.due`), and
what is due for one user (their home page and daily digest).

The rules are pure (campaign_calendar.py); the figures come from one aggregate query per
call (store/followup.progress), never from a walk over households."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from ..errors import Forbidden, Invalid, NotFound
from ..store import followup as followup_q
from ..store import units as units_q
from ..store.models import User
from ..store.users import Caller
from . import campaign_calendar as cal_rules
from . import plans, webhooks
from .access import unit_scope
from .campaign_calendar import Calendar, CalendarError, Lagging, UnitProgress
from .units import GROUP_UNIT_KINDS

MAX_MESSAGE = 1000
MAX_UNITS_PER_SEND = 1000
SENDERS = ("admin", "committee")
RECENT = timedelta(days=30)  # reminders shown as due on a home page and in a digest
LOCAL_OFFSET = timedelta(hours=7)  # Asia/Ho_Chi_Minh, no daylight saving


def local_today() -> date:
    return (datetime.now(UTC) + LOCAL_OFFSET).date()


def calendar(db: Session, settings: Mapping, year: int) -> Calendar:
    """The year's calendar: the CALENDAR_* settings, with the committee's changes."""
    try:
        return cal_rules.build(year, settings, followup_q.calendar_changes(db, year))
    except CalendarError as exc:
        raise Invalid(exc.code, exc.text, **exc.params) from None


def set_calendar(
    db: Session, user: User, settings: Mapping, year: int, changes: Mapping[str, str]
) -> Calendar:
    """Move some of a year's steps (admins and committee members for the whole town); an
    empty value puts the step back to its default."""
    from .access import acts_for_town

    if not acts_for_town(db, user):
        raise Forbidden("followup.calendar_forbidden", "Chỉ Ban chỉ đạo của cả địa bàn đổi được lịch")
    dates = followup_q.calendar_changes(db, year)
    try:
        defaults = cal_rules.build(year, settings)
        for step, text in changes.items():
            if not str(text).strip():
                dates.pop(step, None)
                continue
            day = cal_rules.parse_date(step, text)
            if day == defaults.on(step):
                dates.pop(step, None)  # the default again: no change to keep
            else:
                dates[step] = day.isoformat()
        result = cal_rules.build(year, settings, dates)
        cal_rules.check_order(result)
    except CalendarError as exc:
        raise Invalid(exc.code, exc.text, **exc.params) from None
    followup_q.set_calendar_changes(db, year, dates)
    return result


@dataclass
class FollowUp:
    """A year's follow-up as one reader sees it."""

    calendar: Calendar
    today: date
    expected: float  # share of the registry the calendar expects surveyed today
    units: int  # units followed (in the reader's scope)
    lagging: list[Lagging]
    reminders: dict[str, tuple[int, datetime | None]] = field(default_factory=dict)  # code: (sent, last)


def progress(
    db: Session, settings: Mapping, year: int, today: date, scope: set[str] | None
) -> tuple[Calendar, list[UnitProgress], dict[str, tuple[int, datetime | None]]]:
    cal = calendar(db, settings, year)
    rows = followup_q.progress(db, year, GROUP_UNIT_KINDS, scope)
    roadmap = _roadmaps_behind(db, year, today, {r.code for r in rows})
    units = [
        UnitProgress(
            r.code,
            r.name,
            r.registry,
            r.surveyed,
            r.registered,
            r.review_state,
            r.meeting_date,
            roadmap.get(r.code, ()),
        )
        for r in rows
    ]
    return cal, units, {r.code: (r.reminders, r.last_reminder_at) for r in rows}


def _roadmaps_behind(db: Session, year: int, today: date, codes: set[str]) -> dict[str, tuple]:
    """Each unit's focus criteria behind their roadmap (plans.py judges them): (criterion,
    why in Vietnamese, in English)."""
    if not codes:
        return {}
    out = {}
    for unit in plans.unit_progress(db, year, codes, today):
        if unit.behind:
            out[unit.unit_code] = tuple(
                (p.label_vi or p.target.code, p.reason_vi, p.reason_en) for p in unit.behind
            )
    return out


def follow_up(
    db: Session, settings: Mapping, user: User | Caller, year: int, today: date | None = None
) -> FollowUp:
    """The lagging units in the reader's scope (a board: its own unit) and why."""
    today = today or local_today()
    cal, units, sent = progress(db, settings, year, today, unit_scope(db, user))
    margin = _margin(settings)
    return FollowUp(
        cal,
        today,
        cal_rules.expected_share(cal, today),
        len(units),
        cal_rules.lagging(cal, today, units, margin),
        sent,
    )


def _margin(settings: Mapping) -> float:
    from fractions import Fraction

    try:
        return float(Fraction(str(settings.get("LAGGING_COVERAGE_MARGIN", "0.1")).strip()))
    except (ValueError, ZeroDivisionError):
        raise Invalid("followup.invalid_margin", "LAGGING_COVERAGE_MARGIN không hợp lệ") from None


def as_json(fu: FollowUp) -> dict:
    """The API's shape of a follow-up."""
    return {
        "year": fu.calendar.year,
        "today": fu.today.isoformat(),
        "calendar": {step: d.isoformat() for step, d in fu.calendar.dates.items()},
        "expected_coverage": round(fu.expected, 4),
        "units_followed": fu.units,
        "lagging": [
            {
                "code": lag.unit.code,
                "name": lag.unit.name,
                "registry_households": lag.unit.registry,
                "surveyed_households": lag.unit.surveyed,
                "registered": lag.unit.registered,
                "review_state": lag.unit.review_state,
                "reasons": [r.as_dict() for r in lag.reasons],
                "reminders_sent": fu.reminders.get(lag.unit.code, (0, None))[0],
            }
            for lag in fu.lagging
        ],
    }


def clean_message(text: str) -> str:
    """The committee's words: kept as typed (line breaks included), control characters out."""
    text = "".join(ch for ch in (text or "") if ch in "\n\t" or ch >= " ").strip()
    if len(text) > MAX_MESSAGE:
        raise Invalid(
            "followup.reminder_too_long",
            "Lời nhắc dài quá %(most)s ký tự (%(length)s)",
            most=MAX_MESSAGE,
            length=len(text),
        )
    return text


def send_reminders(
    db: Session,
    settings: Mapping,
    user: User,
    year: int,
    codes: list[str],
    message: str,
    today: date | None = None,
) -> int:
    """Record a reminder to each unit (committee members within their scope, admins anywhere),
    with the reasons it lags today, and announce each as `reminder.due`. All or nothing."""
    if user.role not in SENDERS:
        raise Forbidden("followup.remind_forbidden", "Chỉ Ban chỉ đạo gửi được lời nhắc")
    message = clean_message(message)
    codes = list(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    if not codes:
        raise Invalid("followup.no_units_chosen", "Chọn ít nhất một đơn vị để nhắc")
    if len(codes) > MAX_UNITS_PER_SEND or any(len(c) > 64 for c in codes):
        raise Invalid("followup.invalid_units", "Danh sách đơn vị không hợp lệ")
    scope = unit_scope(db, user)
    for code in codes:
        if units_q.unit_by_code(db, code) is None:
            raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
        if scope is not None and code not in scope:
            raise Forbidden("unit.not_yours", "Bạn không phụ trách đơn vị %(code)s", code=code)
    today = today or local_today()
    cal, units, _sent = progress(db, settings, year, today, set(codes))
    found = {u.code: u for u in units}
    missing = [c for c in codes if c not in found]
    if missing:
        raise Invalid(
            "followup.unit_not_remindable",
            "Không nhắc được đơn vị %(units)s: chỉ tổ dân phố, thôn, cơ quan",
            units=", ".join(missing[:5]),
        )
    margin = _margin(settings)
    causes = []
    for code in codes:
        unit = found[code]
        reasons = [r.as_dict() for r in cal_rules.reasons(cal, today, unit, margin)]
        row = units_q.unit_by_code(db, code)
        assert row is not None
        reminder = followup_q.add_reminder(db, year, row.id, message, reasons, user.id)
        data = {
            "year": year,
            "unit": code,
            "unit_name": unit.name,
            "message": message,
            "reasons": reasons,
            "by": user.username,
        }
        causes.append((f"reminder:{reminder.id}", data))
    webhooks.emit_many(db, "reminder.due", causes)
    return len(causes)


@dataclass
class Due:
    """What is due for one user: their lagging units and why, the calendar's next steps,
    and the reminders their units received lately."""

    year: int
    lagging: list[Lagging]
    lagging_total: int
    upcoming: list[tuple[str, date]]
    reminders: list[followup_q.ReminderRow]
    whole_town: bool

    @property
    def empty(self) -> bool:
        return not (self.lagging or self.upcoming or self.reminders)


# what each role is asked to act on: volunteers survey, boards do everything of their unit
ROLE_REASONS = {"volunteer": ("coverage",), "board": None, "committee": None, "admin": None}


def due_for(
    db: Session,
    settings: Mapping,
    user: User | Caller,
    today: date | None = None,
    *,
    shared: tuple[Calendar, list[UnitProgress], list[followup_q.ReminderRow]] | None = None,
    limit: int = 10,
) -> Due:
    """The user's due list for `today`'s campaign year. `shared` (every unit's progress and
    the recent reminders, read once: recent_reminders) lets a digest run serve many users
    with no query but their scope."""
    today = today or local_today()
    year = today.year
    scope = unit_scope(db, user)
    if shared is None:
        cal, units, _sent = progress(db, settings, year, today, scope)
    else:
        cal, all_units, recent = shared
        units = all_units if scope is None else [u for u in all_units if u.code in scope]
    wanted = ROLE_REASONS.get(user.role, ())
    margin = _margin(settings)
    lagging = []
    for lag in cal_rules.lagging(cal, today, units, margin):
        reasons = [r for r in lag.reasons if wanted is None or r.code in wanted]
        if reasons:
            lagging.append(Lagging(lag.unit, reasons))
    if user.role in SENDERS:
        reminders = []
    elif shared is None:
        reminders = followup_q.reminders(
            db, scope, datetime.now(UTC).replace(tzinfo=None) - RECENT, limit=limit
        )
    else:
        reminders = [r for r in recent if scope is None or r.unit_code in scope][:limit]
    return Due(year, lagging[:limit], len(lagging), cal_rules.upcoming(cal, today), reminders, scope is None)


def recent_reminders(db: Session) -> list[followup_q.ReminderRow]:
    """Every unit's reminders of the last RECENT days, newest first (for a digest run)."""
    return followup_q.reminders(db, None, datetime.now(UTC).replace(tzinfo=None) - RECENT, limit=None)


def reminders_of(db: Session, user: User | Caller, limit: int = 50) -> list[followup_q.ReminderRow]:
    """The reminders to the units the user may see (a board: its unit's)."""
    return followup_q.reminders(db, unit_scope(db, user), limit=limit)
