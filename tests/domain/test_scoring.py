"""Pure scoring: points, mandatory criteria, the title rule and the residential-group rule."""

import json

import pytest

from server.domain.scoring import (
    Criterion,
    ScoreResult,
    ScoringSheet,
    TitleRule,
    group_title,
    score,
)


def sheet(min_points=20, all_mandatory=True, **shares):
    return ScoringSheet(
        criteria=[
            Criterion("A", "g1", "Không nghèo", "Not poor", "${ngheo} = 'no'", True, 10),
            Criterion("B", "g1", "Nước sạch", "Clean water", "${nuoc} = 'yes'", False, 5),
            Criterion("C", "g2", "BHYT", "Insurance", "${bhyt} >= ${tv}", False, 7.5),
            Criterion("D", "g2", "Không điểm", "No points", "${x} = 1", True, 0),
        ],
        rule=TitleRule(min_points, all_mandatory, **shares),
    )


ALL_MET = {"ngheo": "no", "nuoc": "yes", "bhyt": "4", "tv": "4", "x": "1"}


@pytest.mark.parametrize(
    ("changes", "min_points", "all_mandatory", "points", "failed", "reached"),
    [
        ({}, 20, True, 22.5, [], True),
        ({"nuoc": "no"}, 17.5, True, 17.5, [], True),  # exactly min_points reaches
        ({"nuoc": "no"}, 17.6, True, 17.5, [], False),  # just below does not
        ({"bhyt": "3"}, 15, True, 15, [], True),
        ({"ngheo": "yes"}, 10, True, 12.5, ["A"], False),  # a mandatory miss blocks the title
        ({"ngheo": "yes"}, 10, False, 12.5, ["A"], True),  # unless the rule does not require it
        ({"x": "2"}, 20, True, 22.5, ["D"], False),  # a zero-point mandatory criterion still counts
        ({"ngheo": None, "nuoc": "", "bhyt": None}, 0, True, 0, ["A"], False),  # blanks never meet
        ({"ngheo": "no", "nuoc": "no", "bhyt": "0", "x": "2"}, 0, False, 10, ["D"], True),
    ],
)
def test_score(changes, min_points, all_mandatory, points, failed, reached):
    result = score(sheet(min_points, all_mandatory), {**ALL_MET, **changes})
    assert result.points == points
    assert result.max_points == 22.5
    assert result.mandatory_failed == failed
    assert result.title_reached is reached


def test_criterion_results_say_why():
    result = score(sheet(), {**ALL_MET, "ngheo": "yes"})
    first = result.criteria[0]
    assert (first.code, first.passed, first.points_awarded) == ("A", False, 0)
    assert first.decided_by == [("ngheo", "yes")]
    assert [c.code for c in result.criteria] == ["A", "B", "C", "D"]
    assert result.criteria[2].decided_by == [("bhyt", "4"), ("tv", "4")]


def test_sheet_round_trips_through_json():
    original = sheet(household_share=0.7, citizen_share=0.8)
    data = json.loads(json.dumps(original.to_dict()))
    assert ScoringSheet.from_dict(data) == original


def group_score(reached: bool, failed=()) -> ScoreResult:
    return ScoreResult([], 85 if reached else 60, 100, list(failed), reached)


@pytest.mark.parametrize(
    ("hh", "hh_reg", "cd", "cd_reg", "group", "shares", "reached", "failing"),
    [
        (7, 10, 70, 100, group_score(True), {}, True, []),  # exactly 70% reaches
        (69, 100, 70, 100, group_score(True), {}, False, ["household_share"]),
        (70, 100, 699, 1000, group_score(True), {}, False, ["citizen_share"]),
        (10, 10, 100, 100, group_score(False), {}, False, ["group_criteria"]),
        (10, 10, 100, 100, None, {}, False, ["group_criteria"]),  # no assessment yet
        (0, 0, 5, 5, group_score(True), {}, False, ["household_share"]),  # empty registry
        (8, 10, 8, 10, group_score(True), {"household_share": 0.8, "citizen_share": 0.8}, True, []),
        (7, 10, 8, 10, group_score(True), {"household_share": 0.8}, False, ["household_share"]),
        (2, 3, 2, 3, group_score(True), {"household_share": 2 / 3, "citizen_share": 0.66}, True, []),
        (
            1,
            10,
            1,
            10,
            group_score(False, ["TDP01"]),
            {},
            False,
            ["household_share", "citizen_share", "group_criteria"],
        ),
    ],
)
def test_group_title(hh, hh_reg, cd, cd_reg, group, shares, reached, failing):
    rule = TitleRule(80, True, **shares)
    ok, checks = group_title(rule, hh, hh_reg, cd, cd_reg, group)
    assert ok is reached
    assert [c.key for c in checks if not c.passed] == failing
    assert [c.key for c in checks] == ["household_share", "citizen_share", "group_criteria"]


def test_group_title_explains_in_both_languages():
    _, checks = group_title(TitleRule(80, True), 7, 10, 60, 100, group_score(False, ["TDP01"]))
    details = {c.key: c.detail for c in checks}
    assert details["household_share"] == "hộ kiểu mẫu / model households: 7/10 = 70.0% ≥ 70%"
    assert details["citizen_share"] == "công dân kiểu mẫu / model citizens: 60/100 = 60.0% < 70%"
    assert "TDP01" in details["group_criteria"]


def test_group_criteria_detail_without_a_known_maximum_shows_the_points_alone():
    """Unit figures keep the group's points, not its maximum: no "100/0"."""
    stored = ScoreResult(criteria=[], points=100, max_points=0, mandatory_failed=[], title_reached=True)
    _, checks = group_title(TitleRule(80, True), 7, 10, 70, 100, stored)
    assert checks[-1].detail == "tiêu chí của tổ / group criteria: 100 điểm / points, đạt / reached"
