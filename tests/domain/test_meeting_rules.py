"""meeting_rules: quorum, votes and posting period at their edges."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from server.domain.meeting_rules import (
    ProcedureRules,
    needed_present,
    posting_ends,
    quorum_reached,
    vote_problem,
)

RULES = ProcedureRules()


@pytest.mark.parametrize(
    "present, invited, reached",
    [(20, 40, True), (19, 40, False), (21, 41, True), (20, 41, False), (0, 0, False), (41, 40, False)],
)
def test_quorum(present, invited, reached):
    assert quorum_reached(present, invited, RULES) is reached


@pytest.mark.parametrize("invited, need", [(40, 20), (41, 21), (1, 1), (45, 23)])
def test_needed_present(invited, need):
    assert needed_present(invited, RULES) == need
    assert quorum_reached(need, invited, RULES) and not quorum_reached(need - 1, invited, RULES)


@pytest.mark.parametrize(
    "agree, votes_for, votes_total, present, problem",
    [
        (True, 16, 30, 30, ""),
        (True, 15, 30, 30, "outcome"),  # exactly half does not carry
        (False, 15, 30, 30, ""),
        (False, 16, 30, 30, "outcome"),  # a majority for, recorded as not agreed
        (True, 31, 31, 30, "attendance"),  # more votes than people present
        (True, 5, 4, 30, "votes"),
        (False, 0, 0, 30, ""),
        (True, 0, 0, 30, "outcome"),
    ],
)
def test_vote_problem(agree, votes_for, votes_total, present, problem):
    assert vote_problem(agree, votes_for, votes_total, present, RULES) == problem


def test_settings_change_the_rules():
    strict = ProcedureRules.from_config(
        {"MEETING_QUORUM": "0.75", "MEETING_AGREE_SHARE": "2/3", "POSTING_DAYS": 7}
    )
    assert strict.quorum == Fraction(3, 4) and strict.agree_share == Fraction(2, 3)
    assert not quorum_reached(29, 40, strict) and quorum_reached(30, 40, strict)
    assert (
        vote_problem(True, 20, 30, 30, strict) == "outcome" and vote_problem(True, 21, 30, 30, strict) == ""
    )
    assert posting_ends(date(2026, 11, 20), strict) == date(2026, 11, 27)
    assert posting_ends(date(2026, 11, 20), RULES) == date(2026, 11, 30)
