"""PURE: who and what is recognised in a unit, at each stage of the procedure.

The procedure (docs: README "Recognition"; Decree 86/2023/NĐ-CP, Art. 7):
1. **proposed** ("đề xuất theo điểm"): the households and citizens whose counting score
   reaches their title;
2. **agreed** ("Ban vận động đồng ý"): those the board's evaluation meeting agreed on;
3. **approved** ("BCĐ phê duyệt"): the agreed ones, once the committee approves the unit's list.

A residential group's own title ("Tổ dân phố kiểu mẫu") is judged on the households and
citizens its meeting did not refuse, over one base — the registry — by the rule's shares and
the group's own assessment. Until the board closes its meeting the title is provisional (it
is judged on the proposals minus those already refused); after the meeting it is final for
the board, and recognised once the committee approves.

Every output (pages, API, CLI, CSV/XLSX, PDFs) reads `recognise`; nothing else decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TypeVar

from .scoring import GroupCheck, ScoreResult, TitleRule, group_title

STAGES = ("proposed", "agreed", "approved")
STAGE_LABELS = {
    "proposed": "đề xuất theo điểm",
    "agreed": "Ban vận động đồng ý",
    "approved": "BCĐ phê duyệt",
}
#: The review's state → what the pages call it.
REVIEW_STAGES = {
    "open": "chưa hoàn tất bình xét",
    "reviewed": "Ban vận động đã bình xét, chờ BCĐ phê duyệt",
    "approved": "BCĐ đã phê duyệt",
}
#: The stage a unit's figures have reached, by its review's state.
STAGE_OF_STATE = {"open": "proposed", "reviewed": "agreed", "approved": "approved"}
REGISTRY_BASE = "registry"
K = TypeVar("K")
BASE_LABEL = "trên tổng số hộ / công dân trong sổ theo dõi"


@dataclass(frozen=True)
class Candidate:
    """A household or citizen whose counting score reaches its title, with the board's
    decision (None: not voted yet). `person` is carried through untouched (names for lists)."""

    kind: str  # household | citizen
    code: str
    agree: bool | None = None
    person: object = None


@dataclass(frozen=True)
class UnitInput:
    code: str
    name: str
    is_group: bool  # its own title is judged (residential group, village, agency: wording.py)
    households_registry: int
    adults_registry: int
    candidates: tuple[Candidate, ...] = ()
    review_state: str = "open"  # open | reviewed (meeting closed) | approved (by the committee)
    group_points: float | None = None  # the group's own assessment, None when not submitted
    group_reached: bool = False
    not_confirmed: tuple[str, ...] = ()  # criteria the group marks as met that the committee did not confirm
    kind: str = "residential_group"  # the unit's kind: the wording of its documents
    # the candidates counted by (kind, the board's decision), given instead of `candidates`
    # where no list of names is wanted (the figures, the ranks): the lists are then empty
    tally: Mapping[tuple[str, bool | None], int] | None = None


@dataclass(frozen=True)
class Counts:
    households: int = 0
    citizens: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.households + other.households, self.citizens + other.citizens)


@dataclass(frozen=True)
class GroupTitle:
    reached: bool | None  # None: not a residential group, or no rule to judge by
    provisional: bool  # the meeting has not closed: judged on proposals minus refusals
    recognised: bool  # reached, and the committee approved the unit's list
    by_score: bool | None = None  # judged on the proposals alone, before the board's decisions
    checks: tuple[GroupCheck, ...] = ()


@dataclass(frozen=True)
class UnitRecognition:
    code: str
    name: str
    review_state: str
    households_registry: int
    adults_registry: int
    counts: dict[str, Counts]  # stage → counts
    refused: Counts
    undecided: Counts
    group: GroupTitle
    lists: dict[str, tuple[Candidate, ...]]  # stage → candidates on that stage's list
    kind: str = "residential_group"

    @property
    def approved(self) -> bool:
        return self.review_state == "approved"

    @property
    def meeting_closed(self) -> bool:
        return self.review_state in ("reviewed", "approved")

    @property
    def has_proposals(self) -> bool:
        return self.counts["proposed"] != Counts()

    def shares(self, stage: str) -> dict[str, float | None]:
        return shares_of(self.counts[stage], self.households_registry, self.adults_registry)


def shares_of(counts: Counts, households_registry: int, adults_registry: int) -> dict[str, float | None]:
    """Shares over the registry (the one base every output states), None on an empty registry."""
    return {
        "household_share": round(counts.households / households_registry, 4) if households_registry else None,
        "citizen_share": round(counts.citizens / adults_registry, 4) if adults_registry else None,
    }


def _count(tally: Mapping[tuple[str, bool | None], int], decisions: Container[bool | None]) -> Counts:
    """The candidates of `tally` whose board's decision is among `decisions`."""
    return Counts(
        sum(n for (kind, agree), n in tally.items() if kind == "household" and agree in decisions),
        sum(n for (kind, agree), n in tally.items() if kind == "citizen" and agree in decisions),
    )


_ANY = (True, False, None)  # every board's decision, or none yet


def recognise(unit: UnitInput, rule: TitleRule | None) -> UnitRecognition:
    """The unit's figures and lists at each stage, and its group title by `rule`."""
    proposed = tuple(unit.candidates)
    tally = unit.tally if unit.tally is not None else Counter((c.kind, c.agree) for c in proposed)
    agreed = tuple(c for c in proposed if c.agree is True)
    closed = unit.review_state in ("reviewed", "approved")
    is_approved = unit.review_state == "approved"
    basis = _count(tally, (True,) if closed else (True, None))
    group = _group(unit, rule, basis, _count(tally, _ANY), closed)
    return UnitRecognition(
        code=unit.code,
        name=unit.name,
        review_state=unit.review_state,
        households_registry=unit.households_registry,
        adults_registry=unit.adults_registry,
        counts={
            "proposed": _count(tally, _ANY),
            "agreed": _count(tally, (True,)),
            "approved": _count(tally, (True,)) if is_approved else Counts(),
        },
        refused=_count(tally, (False,)),
        undecided=_count(tally, (None,)),
        group=group,
        lists={"proposed": proposed, "agreed": agreed, "approved": agreed if is_approved else ()},
        kind=unit.kind,
    )


def _group(
    unit: UnitInput, rule: TitleRule | None, basis: Counts, proposed: Counts, closed: bool
) -> GroupTitle:
    if rule is None or not unit.is_group:
        return GroupTitle(None, not closed, False)
    score = None
    if unit.group_points is not None:
        score = ScoreResult(
            criteria=[],
            points=unit.group_points,
            max_points=0,
            mandatory_failed=[],
            title_reached=unit.group_reached and not unit.not_confirmed,
        )
    reached, checks = group_title(
        rule, basis.households, unit.households_registry, basis.citizens, unit.adults_registry, score
    )
    if unit.not_confirmed:  # the committee's check overrides the group's own "met"
        codes = ", ".join(unit.not_confirmed)
        checks = [
            replace(
                c,
                detail=f"{c.detail}; BCĐ không xác nhận / not confirmed by the committee: {codes}",
                not_confirmed=unit.not_confirmed,
            )
            if c.key == "group_criteria"
            else c
            for c in checks
        ]
    by_score, _ = group_title(
        rule, proposed.households, unit.households_registry, proposed.citizens, unit.adults_registry, score
    )
    approved = unit.review_state == "approved"
    return GroupTitle(reached, not closed, reached and approved, by_score, tuple(checks))


@dataclass
class TownRecognition:
    """The sum over units: counts per stage, groups per stage, and the units still pending."""

    units: list[UnitRecognition] = field(default_factory=list)

    def counts(self, stage: str) -> Counts:
        return sum((u.counts[stage] for u in self.units), Counts())

    def groups(self, stage: str) -> int:
        """Residential groups reaching their title: by score alone (proposed), after the
        meeting (agreed), or recognised (approved)."""
        if stage == "proposed":
            return sum(1 for u in self.units if u.group.by_score)
        if stage == "agreed":
            return sum(1 for u in self.units if u.group.reached and u.meeting_closed)
        return sum(1 for u in self.units if u.group.recognised)

    @property
    def stage(self) -> str:
        return common_stage(self.units)

    @property
    def households_registry(self) -> int:
        return sum(u.households_registry for u in self.units)

    @property
    def adults_registry(self) -> int:
        return sum(u.adults_registry for u in self.units)

    @property
    def included(self) -> list[UnitRecognition]:
        """Units whose lists the committee approved: the only ones the recognition documents hold."""
        return [u for u in self.units if u.approved]

    @property
    def pending(self) -> list[UnitRecognition]:
        """Units with proposals whose lists are not approved yet ("chưa hoàn tất bình xét")."""
        return [u for u in self.units if not u.approved and u.has_proposals]

    @property
    def draft(self) -> bool:
        """The documents stay "DỰ THẢO" while any unit with proposals is not approved."""
        return not self.included or bool(self.pending)


def common_stage(units: Iterable[UnitRecognition]) -> str:
    """The furthest stage every unit with proposals has reached ("proposed" when none has
    any): figures summed or compared across units are read at this one stage, so no total
    mixes one group's approved list with another's proposals."""
    reached = [STAGES.index(STAGE_OF_STATE[u.review_state]) for u in units if u.has_proposals]
    return STAGES[min(reached)] if reached else "proposed"


def rank(towns: dict[K, TownRecognition]) -> tuple[str, dict[K, int]]:
    """Rank sibling units (each the sum of the groups under it) by their share of model
    households, then of model citizens, over the registry, at the stage all of them have
    reached: (that stage, key -> rank from 1). Ties keep the given order."""
    stage = common_stage(u for t in towns.values() for u in t.units)

    def key(k: K) -> tuple[float, float]:
        t = towns[k]
        s = shares_of(t.counts(stage), t.households_registry, t.adults_registry)
        return (-(s["household_share"] or 0), -(s["citizen_share"] or 0))

    return stage, {k: i for i, k in enumerate(sorted(towns, key=key), start=1)}
