"""recognition.recognise: the stages of one unit and its group title, at the threshold's edge."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from server.domain.recognition import (
    Candidate,
    Counts,
    TownRecognition,
    UnitInput,
    common_stage,
    rank,
    recognise,
)
from server.domain.scoring import TitleRule

RULE = TitleRule(min_points=0, all_mandatory=False, household_share=0.7, citizen_share=0.7)


def unit(households: list, citizens: list, *, state: str = "open", registry=(10, 10), group=True, code="T1"):
    """households / citizens: the board's decision per proposed one (True, False, None)."""
    cands = [Candidate("household", f"H{i}", a) for i, a in enumerate(households)]
    cands += [Candidate("citizen", f"C{i}", a) for i, a in enumerate(citizens)]
    return UnitInput(
        code, code, group, registry[0], registry[1], tuple(cands), state, 90.0 if group else None, group
    )


Y, N, U = True, False, None


@pytest.mark.parametrize(
    "households, citizens, state, reached, provisional, recognised",
    [
        # 7 of 10 agreed: exactly the threshold counts
        ([Y] * 7, [Y] * 7, "reviewed", True, False, False),
        ([Y] * 7, [Y] * 7, "approved", True, False, True),
        # 8 proposed, the meeting refuses 2: 6/10 < 70%, lost after the meeting
        ([Y] * 6 + [N] * 2, [Y] * 7, "approved", False, False, False),
        # citizens below by one
        ([Y] * 7, [Y] * 6 + [N], "approved", False, False, False),
        # before the meeting closes: provisional, on proposals minus refusals
        ([U] * 7, [U] * 7, "open", True, True, False),
        ([U] * 6 + [N], [U] * 7, "open", False, True, False),
        # a closed meeting counts only the agreed (undecided cannot remain, but never counts)
        ([Y] * 6 + [U], [Y] * 7, "reviewed", False, False, False),
        # everyone agreed but too few proposed
        ([Y] * 6, [Y] * 10, "approved", False, False, False),
    ],
)
def test_group_title_at_the_threshold(households, citizens, state, reached, provisional, recognised):
    r = recognise(unit(households, citizens, state=state), RULE)
    assert (r.group.reached, r.group.provisional, r.group.recognised) == (reached, provisional, recognised)


@pytest.mark.parametrize(
    "households, state, proposed, agreed, approved, refused, undecided",
    [
        ([Y, Y, N, U], "open", 4, 2, 0, 1, 1),
        ([Y, Y, N], "reviewed", 3, 2, 0, 1, 0),
        ([Y, Y, N], "approved", 3, 2, 2, 1, 0),
        ([], "approved", 0, 0, 0, 0, 0),
    ],
)
def test_counts_per_stage(households, state, proposed, agreed, approved, refused, undecided):
    r = recognise(unit(households, [], state=state), RULE)
    got = [r.counts[s].households for s in ("proposed", "agreed", "approved")]
    assert got == [proposed, agreed, approved]
    assert (r.refused.households, r.undecided.households) == (refused, undecided)
    assert [c.code for c in r.lists["approved"]] == [f"H{i}" for i, a in enumerate(households) if a] * (
        state == "approved"
    )


@pytest.mark.parametrize(
    "registry, agreed, share",
    [((200, 10), 136, 0.68), ((200, 10), 140, 0.7), ((0, 10), 0, None), ((3, 10), 2, 0.6667)],
)
def test_shares_are_over_the_registry(registry, agreed, share):
    r = recognise(unit([Y] * agreed, [], state="approved", registry=registry), RULE)
    assert r.shares("agreed")["household_share"] == share
    assert r.shares("approved")["household_share"] == share


def test_not_a_group_or_no_rule_has_no_title():
    assert recognise(unit([Y] * 10, [Y] * 10, group=False), RULE).group.reached is None
    assert recognise(unit([Y] * 10, [Y] * 10), None).group.reached is None


def test_group_assessment_missing_fails_the_title():
    u = unit([Y] * 10, [Y] * 10, state="approved")
    u = UnitInput(u.code, u.name, True, 10, 10, u.candidates, "approved", None, False)
    r = recognise(u, RULE)
    assert r.group.reached is False and [c.key for c in r.group.checks if not c.passed] == ["group_criteria"]


def test_town_sums_stages_and_names_pending_units():
    town = TownRecognition(
        [
            recognise(unit([Y] * 8, [Y] * 8, state="approved", code="A"), RULE),
            recognise(unit([Y] * 6 + [N] * 2, [Y] * 8, state="approved", code="B"), RULE),
            recognise(unit([U] * 9, [U] * 9, code="C"), RULE),
            recognise(unit([], [], code="D"), RULE),  # nothing proposed: not pending
        ]
    )
    assert town.counts("proposed") == Counts(8 + 8 + 9, 8 + 8 + 9)
    assert town.counts("agreed") == Counts(14, 16)
    assert town.counts("approved") == Counts(14, 16)
    assert [town.groups(s) for s in ("proposed", "agreed", "approved")] == [3, 1, 1]
    assert [u.code for u in town.included] == ["A", "B"]
    assert [u.code for u in town.pending] == ["C"] and town.draft
    assert not TownRecognition(town.included).draft


@pytest.mark.parametrize(
    "states, stage",
    [
        (["open", "approved"], "proposed"),  # one group has not met: everything at "proposed"
        (["reviewed", "approved"], "agreed"),
        (["approved", "approved"], "approved"),
        ([], "proposed"),
    ],
)
def test_a_sum_over_units_is_read_at_the_stage_all_have_reached(states, stage):
    units = [recognise(unit([Y, Y, N], [], state=s, code=f"T{i}"), RULE) for i, s in enumerate(states)]
    assert common_stage(units) == stage
    assert TownRecognition(units).stage == stage


def test_a_unit_without_proposals_does_not_hold_the_others_back():
    units = [
        recognise(unit([Y], [], state="approved", code="T1"), RULE),
        recognise(unit([], [], state="open", code="T2"), RULE),
    ]
    assert common_stage(units) == "approved"


def test_siblings_rank_at_their_common_stage_not_by_score():
    # A proposes 9 of 10 but its meeting refuses 5; B proposes 8 and its meeting agrees to all.
    # By score A is first; after both meetings B is.
    a = recognise(unit([Y] * 4 + [N] * 5, [], state="reviewed", code="A"), RULE)
    b = recognise(unit([Y] * 8, [], state="reviewed", code="B"), RULE)
    stage, order = rank({"A": TownRecognition([a]), "B": TownRecognition([b])})
    assert (stage, order) == ("agreed", {"B": 1, "A": 2})
    # Before B's meeting closes, both are compared at "proposed": A's 9 beat B's 8.
    b_open = recognise(unit([U] * 8, [], state="open", code="B"), RULE)
    stage, order = rank({"A": TownRecognition([a]), "B": TownRecognition([b_open])})
    assert (stage, order) == ("proposed", {"A": 1, "B": 2})


def test_a_criterion_the_committee_does_not_confirm_fails_the_group_not_its_people():
    base = unit([Y] * 8, [Y] * 8, state="approved")
    assert recognise(base, RULE).group.recognised
    disputed = recognise(replace(base, not_confirmed=("TDP.3",)), RULE)
    assert disputed.group.reached is False and disputed.group.recognised is False
    [own] = [c for c in disputed.group.checks if c.key == "group_criteria"]
    assert not own.passed and own.not_confirmed == ("TDP.3",)
    assert disputed.counts["approved"] == Counts(8, 8)  # households and citizens stay recognised


@pytest.mark.parametrize("state", ["open", "reviewed", "approved"])
def test_a_tally_decides_as_the_candidates_it_counts(state):
    # what the results pages pass: the proposals counted by (kind, decision), no names
    named = unit([Y] * 5 + [N] * 2 + [U], [Y] * 7 + [N], state=state)
    tally = Counter((c.kind, c.agree) for c in named.candidates)
    by_names, by_tally = recognise(named, RULE), recognise(replace(named, candidates=(), tally=tally), RULE)
    assert by_tally.counts == by_names.counts and by_tally.group == by_names.group
    assert (by_tally.refused, by_tally.undecided) == (by_names.refused, by_names.undecided)
    assert by_tally.has_proposals and by_tally.lists == {"proposed": (), "agreed": (), "approved": ()}
    assert not recognise(replace(named, candidates=(), tally={}), RULE).has_proposals
