"""PURE: which collectives and individuals the figures suggest for a reward."""

from __future__ import annotations

import pytest

from server.domain.reward_suggestions import TOP, PersonFigures, UnitFigures, pct, suggest


def unit(code: str, recognised: bool = True, hh: int = 100, surveyed: int = 90, rec: int = 70, last=None):
    return UnitFigures(code, f"Tổ {code}", recognised, hh, surveyed, rec, last)


def test_only_recognised_collectives_ranked_by_share_then_progress_then_coverage():
    units = [
        unit("A", rec=90, surveyed=91, last=0.85),
        unit("B", rec=80, surveyed=99, last=0.5),
        unit("C", recognised=False, rec=99, surveyed=100, last=0.1),  # best figures, not recognised
        unit("D", rec=75, hh=0),  # empty registry: no share to rank
    ]
    got = [(s.subject, s.basis) for s in suggest(units, [], 2026)]
    assert got == [("A", "share"), ("B", "share")]  # B's progress and coverage: already suggested
    reasons = {s.subject: s.reason for s in suggest(units, [], 2026)}
    assert "90,0% số hộ trong sổ" in reasons["A"]


def test_progress_needs_last_year_and_a_rise():
    units = [unit(c, rec=r, last=last) for c, r, last in
             (("A", 70, 0.7), ("B", 71, 0.7), ("C", 72, None), ("D", 73, 0.8), ("E", 74, 0.9))]  # fmt: skip
    found = suggest(units, [], 2026)
    by_share = [s.subject for s in found if s.basis == "share"]
    assert by_share == ["E", "D", "C"] and len(by_share) == TOP
    # A did not rise, C has no last year, D and E fell: only B progressed
    assert [s.subject for s in found if s.basis == "progress"] == ["B"]
    assert [s.subject for s in found if s.basis == "coverage"] == ["A"]  # B, C: suggested already


def test_progress_reason_names_both_years():
    units = [unit("A", rec=60, last=0.5), unit("B", rec=70), unit("C", rec=71), unit("D", rec=72)]
    found = {s.subject: s for s in suggest(units, [], 2026)}
    assert found["A"].basis == "progress"
    assert "so với năm 2025" in found["A"].reason and "từ 50,0% lên 60,0%" in found["A"].reason


@pytest.mark.parametrize(
    ("points", "best"),
    [((90, 95, 95), "H2"), ((100, 90, 80), "H1"), ((70,), "H1")],
)
def test_best_points_per_unit_ties_by_code(points, best):
    people = [PersonFigures("household", f"H{i}", f"Hộ {i}", "A", "Tổ A", p) for i, p in enumerate(points, 1)]
    people.append(PersonFigures("citizen", "C1", "Công dân", "A", "Tổ A", 50))
    found = suggest([], people, 2026)
    assert [(s.kind, s.subject) for s in found] == [("household", best), ("citizen", "C1")]


def test_pct_uses_the_decimal_comma():
    assert pct(0.9234) == "92,3%"


def test_streak_from_history_before_points():
    people = [
        PersonFigures("household", "H1", "Hộ 1", "A", "Tổ A", 100, years_running=1),
        PersonFigures(
            "household", "H2", "Hộ 2", "A", "Tổ A", 80, 4, ("Gia đình văn hóa", "Gia đình kiểu mẫu")
        ),
        PersonFigures("household", "H3", "Hộ 3", "B", "Tổ B", 90, years_running=2),  # too short a streak
    ]
    found = [(s.subject, s.basis) for s in suggest([], people, 2026)]
    assert found == [("H2", "streak"), ("H1", "points"), ("H3", "points")]
    streak = suggest([], people, 2026)[0]
    assert (
        "được công nhận 4 năm liền (2023–2026; các năm trước: “Gia đình văn hóa”, “Gia đình kiểu mẫu”)"
        in (streak.reason)
    )
