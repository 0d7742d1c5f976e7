"""summary.summarise: a year against its registration and the years before, from recognition
(the approved stage) and each unit's survey, registration and criteria figures."""

from __future__ import annotations

import pytest

from server.domain.recognition import Candidate, UnitInput, recognise
from server.domain.scoring import TitleRule
from server.domain.summary import (
    TOP_MISSED,
    YEARS_SHOWN,
    UnitFacts,
    UnitYear,
    YearData,
    in_range,
    most_missed,
    summarise,
)

RULE = TitleRule(min_points=0, all_mandatory=False, household_share=0.7, citizen_share=0.7)


def unit(code: str, agreed: int, *, state: str = "approved", registry: int = 10, refused: int = 0, **facts):
    """A group with `agreed` households and citizens agreed (and `refused` refused) by its meeting."""
    cands = [
        Candidate(kind, f"{code}-{kind}{i}", True) for kind in ("household", "citizen") for i in range(agreed)
    ]
    cands += [Candidate("household", f"{code}-r{i}", False) for i in range(refused)]
    rec = recognise(
        UnitInput(code, f"Tổ {code}", True, registry, registry, tuple(cands), state, 90.0, True), RULE
    )
    return UnitYear(rec, UnitFacts("residential_group", **facts))


def year(y: int, *units: UnitYear) -> YearData:
    return YearData(y, units)


def test_totals_are_the_approved_stage_over_the_registry_and_the_registration():
    data = [
        year(2026, unit("A", 8, households_surveyed=9, registered_households=10, registered_for_title=True),
             unit("B", 5, state="reviewed", households_surveyed=6, registered_households=5)),
    ]  # fmt: skip
    s = summarise(2026, data, {})
    t = s.current
    assert s.has_data and s.years == (2026,) and s.previous is None
    assert (t.households.registry, t.households.surveyed, t.households.recognised) == (20, 15, 8)
    assert (t.households.share, t.households.coverage, t.households.of_registered) == (0.4, 0.75, 0.5333)
    assert (t.groups.judged, t.groups.registered, t.groups.recognised) == (2, 1, 1)
    assert t.pending == ("Tổ B",) and t.draft and t.approved_units == 1


@pytest.mark.parametrize(
    "before, now, change",
    [
        ((8, "approved"), (8, "approved"), "kept"),
        ((6, "approved"), (8, "approved"), "gained"),
        ((8, "approved"), (6, "approved"), "lost"),
        ((6, "approved"), (6, "approved"), "none"),
        ((8, "approved"), (8, "reviewed"), "pending"),  # not approved yet: not lost
        ((8, "reviewed"), (8, "approved"), "gained"),  # last year's list was never approved
        (None, (8, "approved"), "gained"),  # no results last year
    ],
)
def test_title_changes_against_the_year_before(before, now, change):
    data = [year(2026, unit("A", now[0], state=now[1]), unit("Z", 9))]
    if before is not None:
        data.append(year(2025, unit("A", before[0], state=before[1]), unit("Z", 9)))
    s = summarise(2026, data, {})
    assert s.units[0].title_change == change
    assert s.changed(change)[0].code == "A"
    assert s.units[1].title_change == ("kept" if before else "gained")  # Z: 9 of 10 both years


def test_a_meeting_with_no_proposals_is_settled_not_pending():
    s = summarise(2026, [year(2026, unit("A", 0, state="open")), year(2025, unit("A", 8))], {})
    assert s.units[0].title_change == "lost"


def test_trends_compare_with_the_previous_year_shown():
    data = [year(2024, unit("A", 5)), year(2025, unit("B", 7)), year(2026, unit("A", 8), unit("B", 6))]
    s = summarise(2026, data, {})
    a, b = s.units
    assert [p.year for p in a.points] == [2024, 2026] and a.household_change is None  # no 2025 for A
    assert b.household_change == -0.1 and b.citizen_change == -0.1 and b.title_change == "lost"
    assert s.previous.year == 2025 and s.years == (2024, 2025, 2026)


def test_later_years_are_ignored_and_at_most_YEARS_SHOWN_are_kept():
    data = [year(y, unit("A", 7)) for y in range(2015, 2030)]
    s = summarise(2026, data, {})
    assert s.years == tuple(range(2027 - YEARS_SHOWN, 2027))


def test_a_year_without_results_has_no_data_but_keeps_the_years_before():
    s = summarise(2027, [year(2026, unit("A", 7)), year(2027)], {})
    assert not s.has_data and s.current is None and s.units == () and s.missed == ()
    assert s.years == (2026,) and s.previous.year == 2026


def test_an_empty_registry_gives_no_share_rather_than_a_division_by_zero():
    s = summarise(2026, [year(2026, unit("A", 0, registry=0))], {})
    assert s.current.households.share is None and s.units[0].current.households.coverage is None


def test_most_missed_ranks_by_count_per_kind_with_last_years_rate():
    crit = {"household": {"GD01": (9, 10), "GD02": (2, 10), "GD03": (10, 10), "GD04": (5, 10)},
            "group": {"T1": (0, 1)}}  # fmt: skip
    now = [unit("A", 1, criteria=crit), unit("B", 1, criteria={"household": {"GD02": (0, 10)}})]
    before = [unit("A", 1, criteria={"household": {"GD02": (5, 10)}})]
    missed = most_missed(now, before, {"GD02": "Có nhà tiêu hợp vệ sinh"})
    assert [(m.kind, m.code, m.missed, m.assessed) for m in missed] == [
        ("household", "GD02", 18, 20), ("household", "GD04", 5, 10), ("household", "GD01", 1, 10),
        ("group", "T1", 1, 1),
    ]  # fmt: skip
    assert (
        missed[0].label == "Có nhà tiêu hợp vệ sinh"
        and missed[0].rate == 0.9
        and missed[0].previous_rate == 0.5
    )
    assert missed[1].previous_rate is None


def test_most_missed_keeps_the_top_few_per_kind():
    crit = {"citizen": {f"CD{i:02d}": (i, 20) for i in range(12)}}
    missed = most_missed([unit("A", 1, criteria=crit)], None, {})
    assert [m.code for m in missed] == [f"CD{i:02d}" for i in range(TOP_MISSED)]


@pytest.mark.parametrize(
    "y, ok", [(1999, False), (2000, True), (2026, True), (2100, True), (2101, False), (0, False)]
)
def test_years_in_range(y, ok):
    assert in_range(y) is ok


def test_a_list_awaiting_the_committee_shows_no_change_yet():
    s = summarise(2026, [year(2025, unit("A", 8)), year(2026, unit("A", 8, state="reviewed"))], {})
    a = s.units[0]
    assert a.title_change == "pending" and a.current.households.recognised == 0
    assert a.household_change is None and a.citizen_change is None
