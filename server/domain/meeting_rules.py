"""PURE: the rules of a residential group's evaluation meeting (họp bình xét) and of the
public posting of its list, after Decree 86/2023/NĐ-CP, Art. 7 (the group's head holds the
meeting with the Front work committee and the mass organisations, assesses each household,
posts the list publicly for residents' comments for 10 days, then sends the dossier to the
commune chairman) and its form Mẫu 03 (the meeting's minutes).

The Decree leaves the quorum and the share of votes to local rules, so both are settings
(MEETING_QUORUM, MEETING_AGREE_SHARE; README "Settings"), as is the posting period
(POSTING_DAYS, default the Decree's 10 days). Fractions, so that exactly half is judged
without float rounding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction


@dataclass(frozen=True)
class ProcedureRules:
    quorum: Fraction = Fraction(1, 2)  # present / invited must reach this (at least)
    agree_share: Fraction = Fraction(1, 2)  # votes for / votes cast must exceed this
    posting_days: int = 10  # days the list stays posted before the committee may approve

    @classmethod
    def from_config(cls, config: dict) -> ProcedureRules:
        return cls(
            Fraction(str(config.get("MEETING_QUORUM", "0.5"))),
            Fraction(str(config.get("MEETING_AGREE_SHARE", "0.5"))),
            int(config.get("POSTING_DAYS", 10)),
        )


def quorum_reached(present: int, invited: int, rules: ProcedureRules) -> bool:
    """Enough of the invited households' representatives attend (the share itself counts)."""
    return invited > 0 and 0 <= present <= invited and Fraction(present, invited) >= rules.quorum


def needed_present(invited: int, rules: ProcedureRules) -> int:
    """The fewest attendants that make the quorum."""
    need = rules.quorum * invited
    return int(need) + (need.denominator != 1)


def vote_carries(votes_for: int, votes_total: int, rules: ProcedureRules) -> bool:
    """The meeting agrees when the votes for are more than the share of the votes cast."""
    return votes_total > 0 and Fraction(votes_for, votes_total) > rules.agree_share


def vote_problem(agree: bool, votes_for: int, votes_total: int, present: int, rules: ProcedureRules) -> str:
    """Why a recorded decision is not valid ("" if it is): votes within attendance, and the
    outcome the votes give."""
    if not 0 <= votes_for <= votes_total:
        return "votes"
    if votes_total > present:
        return "attendance"
    if agree != vote_carries(votes_for, votes_total, rules):
        return "outcome"
    return ""


def posting_ends(posted_from: date, rules: ProcedureRules) -> date:
    """The first day the committee may approve: the list stayed posted the whole period."""
    return posted_from + timedelta(days=rules.posting_days)
