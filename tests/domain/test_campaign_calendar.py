"""The campaign calendar and the lagging rules, as tables (pure, no app)."""

from __future__ import annotations

from datetime import date

import pytest

from server.config import SETTINGS
from server.domain import campaign_calendar as cal
from server.domain.campaign_calendar import CalendarError, UnitProgress

DEFAULTS = {name: default for name, (default, _help) in SETTINGS.items()}
C = cal.build(2026, DEFAULTS)


def unit(surveyed=0, registry=100, registered=True, state="open", meeting="", **kw) -> UnitProgress:
    return UnitProgress("T1", "Tổ 1", registry, surveyed, registered, state, meeting, **kw)


def test_the_defaults_put_the_steps_in_the_year_in_order():
    days = list(C.dates.values())
    assert days == sorted(days) and all(d.year == 2026 for d in days)
    assert C.on("survey_start") == date(2026, 11, 1) and C.on("survey_end") == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("today", "share"),
    [
        (date(2026, 10, 31), 0.0),
        (date(2026, 11, 1), 1 / 30),
        (date(2026, 11, 15), 0.5),
        (date(2026, 11, 30), 1.0),
        (date(2026, 12, 25), 1.0),
    ],
)
def test_expected_coverage_grows_evenly_through_the_survey(today, share):
    assert cal.expected_share(C, today) == pytest.approx(share)


@pytest.mark.parametrize(
    ("today", "progress", "codes"),
    [
        (date(2026, 1, 15), unit(registered=False), []),  # before the registration deadline
        (date(2026, 2, 1), unit(registered=False), ["registration"]),
        (date(2026, 11, 15), unit(surveyed=45), []),  # 45% against 50%, inside the 10-point margin
        (date(2026, 11, 15), unit(surveyed=39), ["coverage"]),
        (date(2026, 11, 15), unit(surveyed=0, registry=0), []),  # nobody to survey
        (date(2026, 12, 11), unit(surveyed=100), ["meeting"]),
        (date(2026, 12, 11), unit(surveyed=100, meeting="2026-12-01"), []),
        (date(2026, 12, 21), unit(surveyed=100, meeting="2026-12-01"), ["dossier"]),
        (date(2026, 12, 21), unit(surveyed=100, state="reviewed", meeting="2026-12-01"), []),
        (
            date(2026, 12, 21),
            unit(surveyed=10, registered=False),
            ["registration", "coverage", "meeting", "dossier"],
        ),
        (date(2026, 6, 1), unit(roadmap_behind=(("nuoc_sach", "chậm", "behind"),)), ["roadmap"]),
    ],
)
def test_why_a_unit_lags(today, progress, codes):
    assert [r.code for r in cal.reasons(C, today, progress)] == codes


def test_a_reason_says_the_figures_and_the_deadline_in_both_languages():
    (why,) = cal.reasons(C, date(2026, 11, 30), unit(surveyed=12, registry=80))
    assert why.vi == "Mới khảo sát 12/80 hộ (15%); theo lịch cần 80 hộ (100%) trước 30/11/2026"
    assert "surveyed 12/80 households" in why.en and why.deadline == date(2026, 11, 30)
    assert why.action == "households"


def test_the_furthest_behind_come_first():
    a = UnitProgress("A", "A", 100, 80, True, "open", "")
    b = UnitProgress("B", "B", 100, 5, False, "open", "")
    c = UnitProgress("C", "C", 100, 20, True, "open", "")
    found = cal.lagging(C, date(2026, 11, 30), [a, b, c])
    assert [lag.unit.code for lag in found] == ["B", "C", "A"]


def test_the_committee_moves_a_step_and_bad_dates_are_refused():
    moved = cal.build(2026, DEFAULTS, {"survey_end": "2026-11-20"})
    assert moved.on("survey_end") == date(2026, 11, 20) and moved.changed == {"survey_end"}
    with pytest.raises(CalendarError, match="not a date"):
        cal.build(2026, DEFAULTS, {"survey_end": "20/11/2026"})
    with pytest.raises(CalendarError, match="no step"):
        cal.parse_date("harvest", "2026-11-20")
    with pytest.raises(CalendarError, match="expected MM-DD"):
        cal.build(2026, {**DEFAULTS, "CALENDAR_MEETINGS": "December"})
    with pytest.raises(CalendarError, match="must end on or after"):
        cal.check_order(cal.build(2026, DEFAULTS, {"survey_end": "2026-10-01"}))


def test_upcoming_steps_within_two_weeks():
    assert cal.upcoming(C, date(2026, 11, 20)) == [("survey_end", date(2026, 11, 30))]
    assert cal.upcoming(C, date(2026, 3, 1)) == []
