"""The campaign calendar and the lagging rules: PURE (no I/O, nothing from the project).

A year's calendar is the settings' month-days (CALENDAR_*) put in that year, with the dates
the committee changed for it. Against it, a unit lags when, on a given day:
- it has not registered to compete after the registration deadline;
- its surveyed share of the registry is behind the share the calendar expects (growing
  evenly from the survey's first day to 100% on its last) by more than a margin;
- its evaluation meeting (bình xét) is not held by the meetings' deadline;
- its board has not sent its dossier (the meeting's list) by the dossier deadline.
Each reason says why in Vietnamese and English, with the deadline, and which page acts on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..errors import render

# step: (setting, Vietnamese, English)
STEPS: dict[str, tuple[str, str, str]] = {
    "registration": ("CALENDAR_REGISTRATION", "Đăng ký thi đua", "Registration to compete"),
    "inspection": ("CALENDAR_INSPECTION", "Kiểm tra giữa năm", "Mid-year inspection"),
    "survey_start": ("CALENDAR_SURVEY_START", "Bắt đầu khảo sát hộ", "Household survey starts"),
    "survey_end": ("CALENDAR_SURVEY_END", "Hoàn thành khảo sát hộ", "Household survey complete"),
    "meetings": ("CALENDAR_MEETINGS", "Họp bình xét", "Evaluation meetings held"),
    "dossier": ("CALENDAR_DOSSIER", "Gửi hồ sơ đề nghị", "Dossiers sent to the committee"),
}
# what each reason asks the reader to open (the web layer turns it into a URL)
ACTIONS = {
    "registration": "fill",
    "coverage": "households",
    "roadmap": "plan",
    "meeting": "review",
    "dossier": "review",
}


class CalendarError(ValueError):
    """A date that cannot be read, or steps out of order: a stable code, a Vietnamese msgid
    and its params, as server.errors.AppError (which the caller re-raises it as)."""

    def __init__(self, code: str, text: str, /, **params: Any) -> None:
        super().__init__(code, text)
        self.code, self.text, self.params = code, text, params

    def __str__(self) -> str:
        return render(self.text, self.params) + " / " + render(self.text, self.params, "en")


@dataclass(frozen=True)
class Calendar:
    year: int
    dates: dict[str, date]
    changed: frozenset[str] = frozenset()  # steps the committee moved from the default

    def on(self, step: str) -> date:
        return self.dates[step]


def build(year: int, defaults: Mapping[str, object], overrides: Mapping[str, str] | None = None) -> Calendar:
    """The calendar of `year`: each step's default month-day (settings, "MM-DD") in that year,
    unless `overrides` gives the step a full date ("YYYY-MM-DD")."""
    dates: dict[str, date] = {}
    for step, (setting, _vi, en) in STEPS.items():
        text = str(defaults.get(setting, "")).strip()
        try:
            month, day = (int(part) for part in text.split("-"))
            dates[step] = date(year, month, day)
        except ValueError:
            raise CalendarError(
                "calendar.bad_default",
                "%(setting)s=%(value)r: cần dạng MM-DD (%(step)s)",
                setting=setting,
                value=text,
                step=en,
            ) from None
    overrides = dict(overrides or {})
    for step, text in overrides.items():
        dates[step] = parse_date(step, text)
    return Calendar(year, dates, frozenset(overrides))


def parse_date(step: str, text: str) -> date:
    if step not in STEPS:
        raise CalendarError(
            "calendar.unknown_step",
            "Không có bước %(step)r trong lịch; chọn: %(steps)s",
            step=step[:40],
            steps=", ".join(STEPS),
        )
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise CalendarError(
            "calendar.invalid_date",
            "Ngày không hợp lệ cho %(step)s: %(date)r (YYYY-MM-DD)",
            step=step,
            date=str(text)[:20],
        ) from None


def check_order(cal: Calendar) -> None:
    """The survey ends on or after it starts (the expected coverage needs it)."""
    if cal.on("survey_end") < cal.on("survey_start"):
        raise CalendarError("calendar.survey_order", "Ngày kết thúc khảo sát phải sau ngày bắt đầu")


def expected_share(cal: Calendar, today: date) -> float:
    """The share of the registry the calendar expects surveyed by the end of `today`: 0 before
    the survey starts, growing evenly to 1 on its last day."""
    start, end = cal.on("survey_start"), cal.on("survey_end")
    if today < start:
        return 0.0
    if today >= end:
        return 1.0
    return ((today - start).days + 1) / ((end - start).days + 1)


@dataclass(frozen=True)
class UnitProgress:
    """What the rules need of one unit (read in one aggregate query, store/followup.py)."""

    code: str
    name: str
    registry: int  # households in its registry
    surveyed: int  # of them with a counting survey this year
    registered: bool  # a counting registration this year
    review_state: str  # open (or no review yet), reviewed, approved
    meeting_date: str  # YYYY-MM-DD, or "" before the meeting is recorded
    roadmap_behind: tuple[tuple[str, str, str], ...] = ()  # (criterion, vi, en) from the plans


@dataclass(frozen=True)
class Reason:
    code: str  # registration, coverage, roadmap, meeting, dossier
    vi: str
    en: str
    deadline: date | None = None
    action: str = ""  # what to open: fill, households, plan, review

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "vi": self.vi,
            "en": self.en,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "action": self.action,
        }


@dataclass(frozen=True)
class Lagging:
    unit: UnitProgress
    reasons: list[Reason] = field(default_factory=list)


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def reasons(cal: Calendar, today: date, unit: UnitProgress, margin: float = 0.1) -> list[Reason]:
    """Why `unit` is behind the calendar on `today` (empty: it is not)."""
    out: list[Reason] = []
    reg = cal.on("registration")
    if today > reg and not unit.registered:
        out.append(
            Reason(
                "registration",
                f"Chưa đăng ký thi đua (hạn {_day(reg)})",
                f"has not registered to compete (due {reg.isoformat()})",
                reg,
                ACTIONS["registration"],
            )
        )
    expected = expected_share(cal, today)
    if unit.registry and expected > 0:
        share = unit.surveyed / unit.registry
        if share + margin < expected:
            want = -(-round(expected * unit.registry * 1000) // 1000)  # ceil, float noise aside
            end = cal.on("survey_end")
            out.append(
                Reason(
                    "coverage",
                    f"Mới khảo sát {unit.surveyed}/{unit.registry} hộ ({share:.0%}); theo lịch cần"
                    f" {min(want, unit.registry)} hộ ({expected:.0%}) trước {_day(end)}",
                    f"surveyed {unit.surveyed}/{unit.registry} households ({share:.0%}); the calendar"
                    f" expects {min(want, unit.registry)} ({expected:.0%}), all by {end.isoformat()}",
                    end,
                    ACTIONS["coverage"],
                )
            )
    for criterion, vi, en in unit.roadmap_behind:
        out.append(
            Reason(
                "roadmap",
                f"Tiêu chí “{criterion}” chậm lộ trình: {vi}",
                f"{criterion}: behind its roadmap, {en}",
                None,
                ACTIONS["roadmap"],
            )
        )
    meetings = cal.on("meetings")
    if today > meetings and not unit.meeting_date and unit.review_state == "open":
        out.append(
            Reason(
                "meeting",
                f"Chưa họp bình xét (hạn {_day(meetings)})",
                f"evaluation meeting not held (due {meetings.isoformat()})",
                meetings,
                ACTIONS["meeting"],
            )
        )
    dossier = cal.on("dossier")
    if today > dossier and unit.review_state == "open":
        out.append(
            Reason(
                "dossier",
                f"Chưa gửi kết quả bình xét lên Ban chỉ đạo (hạn {_day(dossier)})",
                f"dossier not sent to the committee (due {dossier.isoformat()})",
                dossier,
                ACTIONS["dossier"],
            )
        )
    return out


def lagging(cal: Calendar, today: date, units: list[UnitProgress], margin: float = 0.1) -> list[Lagging]:
    """The units behind the calendar, the furthest behind (most reasons, then least surveyed) first."""
    found = [Lagging(u, r) for u in units if (r := reasons(cal, today, u, margin))]
    found.sort(
        key=lambda lag: (-len(lag.reasons), lag.unit.surveyed / max(lag.unit.registry, 1), lag.unit.code)
    )
    return found


def upcoming(cal: Calendar, today: date, days: int = 14) -> list[tuple[str, date]]:
    """The calendar's steps due from today to `days` ahead, soonest first."""
    until = today + timedelta(days=days)
    return sorted(((s, d) for s, d in cal.dates.items() if today <= d <= until), key=lambda item: item[1])
