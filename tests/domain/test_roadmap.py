"""A focus criterion's roadmap against what the surveys measured (domain/roadmap.py)."""

from __future__ import annotations

from datetime import date

import pytest

from server.domain.roadmap import Measure, Target, expected_share, progress

T = Target("household", "GD08", 0.8, "2026-06-30")


@pytest.mark.parametrize(
    ("today", "expected"),
    [(date(2026, 1, 1), 0.0), (date(2026, 6, 30), 0.8), (date(2026, 12, 1), 0.8), (date(2025, 12, 1), 0.0)],
)
def test_expected_share_is_a_straight_line_from_january(today: date, expected: float) -> None:
    assert expected_share(T, 2026, today) == expected


def test_expected_share_halfway() -> None:
    assert expected_share(T, 2026, date(2026, 4, 1)) == pytest.approx(0.8 * 90 / 180, abs=1e-4)


@pytest.mark.parametrize(
    ("measures", "today", "status"),
    [
        ([], date(2026, 3, 1), "unmeasured"),
        ([], date(2026, 7, 1), "behind"),
        ([Measure("round", "Giữa năm", 9, 10)], date(2026, 3, 1), "met"),
        ([Measure("round", "Giữa năm", 7, 10)], date(2026, 7, 1), "behind"),
        ([Measure("round", "Giữa năm", 1, 10)], date(2026, 5, 1), "behind"),
        ([Measure("round", "Giữa năm", 5, 10)], date(2026, 3, 1), "on_track"),
        # the latest measure with anything seen is judged
        ([Measure("round", "A", 1, 10), Measure("evaluation", "B", 9, 10)], date(2026, 11, 1), "met"),
        ([Measure("round", "A", 9, 10), Measure("evaluation", "B", 0, 0)], date(2026, 11, 1), "met"),
    ],
)
def test_status(measures: list[Measure], today: date, status: str) -> None:
    got = progress(T, measures, 2026, today)
    assert got.status == status
    assert got.behind == (status == "behind")
    assert got.reason_vi and got.reason_en
