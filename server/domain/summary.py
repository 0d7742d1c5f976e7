"""PURE: the year-end summary (tổng kết) of a campaign year, against its registration and the
years before it.

Every recognised count is the committee-approved stage ("BCĐ phê duyệt") of
`recognition.recognise`, the one computation the dossier prints: the summary never counts
titles on its own. What it adds per unit is what recognition does not carry: how many
households and citizens were assessed (coverage), what the unit registered in January
(đăng ký thi đua), and how often each criterion was met. From these it derives the town's
figures per year, each unit's trend, the criteria most often missed, and the residential
groups that gained or lost "Tổ dân phố kiểu mẫu". The page, the JSON and the PDF (báo cáo
tổng kết) all read `summarise`. What the year's inspection rounds found is set beside the
November evaluation measured the same way (surveyed, and reaching the title by score).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .recognition import TownRecognition, UnitRecognition

#: Years a summary may be asked for: the campaigns began in 2019 (Decision 09/2019 of
#: Thanh Hóa); anything outside this range is a typing mistake, not a campaign year.
MIN_YEAR, MAX_YEAR = 2000, 2100
YEARS_SHOWN = 5  # the year and up to four before it
TOP_MISSED = 5  # criteria per kind (household, citizen, group) in "most often missed"
KINDS = ("household", "citizen", "group")


def in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


@dataclass(frozen=True)
class UnitFacts:
    """What a unit's year adds to its recognition: the survey, the registration, and per
    criterion how many met it (kind → code → (met, assessed))."""

    kind: str
    households_surveyed: int = 0
    citizens_surveyed: int = 0
    registered_households: int = 0
    registered_citizens: int = 0
    registered_for_title: bool = False
    criteria: Mapping[str, Mapping[str, tuple[int, int]]] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitYear:
    recognition: UnitRecognition
    facts: UnitFacts


@dataclass(frozen=True)
class YearData:
    """The units that have results in one year (a unit without results that year is absent)."""

    year: int
    units: tuple[UnitYear, ...] = ()


@dataclass(frozen=True)
class Part:
    """Households (or citizens) of a year: the registry is the base of every share."""

    registry: int
    surveyed: int
    registered: int
    recognised: int

    @property
    def coverage(self) -> float | None:
        return _share(self.surveyed, self.registry)

    @property
    def share(self) -> float | None:
        return _share(self.recognised, self.registry)

    @property
    def of_registered(self) -> float | None:
        """Recognised over those who registered in January."""
        return _share(self.recognised, self.registered)


@dataclass(frozen=True)
class Groups:
    judged: int  # units judged for "Tổ dân phố kiểu mẫu"
    registered: int  # of them, those that registered for it in January
    recognised: int


@dataclass(frozen=True)
class KindTotals:
    """The same figures for the units of one kind (residential groups, villages, agencies):
    each kind has its own title and its own wording in the documents."""

    kind: str
    units: int
    households: Part
    citizens: Part
    groups: Groups


@dataclass(frozen=True)
class YearTotals:
    year: int
    units: int
    households: Part
    citizens: Part
    groups: Groups
    approved_units: int
    pending: tuple[str, ...]  # units with proposals the committee has not approved yet
    draft: bool
    by_kind: tuple[KindTotals, ...] = ()  # in order of first appearance


@dataclass(frozen=True)
class UnitPoint:
    year: int
    households: Part
    citizens: Part
    title: bool | None  # recognised "Tổ dân phố kiểu mẫu"; None: not judged as a group
    approved: bool


@dataclass(frozen=True)
class UnitTrend:
    """One unit's years (those it has results in), the change of its shares since the
    previous year shown, and what happened to its title."""

    code: str
    name: str
    kind: str
    points: tuple[UnitPoint, ...]
    household_change: float | None
    citizen_change: float | None
    title_change: str  # gained | lost | kept | none | pending | "" (not a group)

    @property
    def current(self) -> UnitPoint:
        return self.points[-1]

    def at(self, year: int) -> UnitPoint | None:
        return next((p for p in self.points if p.year == year), None)


@dataclass(frozen=True)
class MissedCriterion:
    kind: str
    code: str
    label: str
    missed: int
    assessed: int
    previous_rate: float | None  # the miss rate the year before, when assessed then

    @property
    def rate(self) -> float | None:
        return _share(self.missed, self.assessed)


@dataclass(frozen=True)
class Outcome:
    """Households (or citizens) surveyed, and of them those whose score reaches the title."""

    surveyed: int = 0
    reached: int = 0

    @property
    def share(self) -> float | None:
        return _share(self.reached, self.surveyed)


@dataclass(frozen=True)
class RoundFigures:
    """What one inspection round of the year found (kept apart from the evaluation)."""

    title: str
    scope: str  # sample | all
    opened_on: str  # YYYY-MM-DD, local day
    closed_on: str | None  # None: still open
    households: Outcome
    citizens: Outcome


@dataclass(frozen=True)
class InspectionNote:
    """A biên bản kiểm tra recorded for a unit: what the committee's team found and asked."""

    unit_code: str
    unit_name: str
    held_on: str  # YYYY-MM-DD
    round_title: str  # "" when outside any round
    findings: str
    requests: str


@dataclass(frozen=True)
class YearSummary:
    year: int
    totals: tuple[YearTotals, ...]  # oldest first, the year asked for last (when it has data)
    units: tuple[UnitTrend, ...]
    missed: tuple[MissedCriterion, ...]
    rounds: tuple[RoundFigures, ...] = ()
    evaluation: tuple[Outcome, Outcome] | None = None  # November: households, citizens by score
    inspections: tuple[InspectionNote, ...] = ()

    @property
    def has_data(self) -> bool:
        return bool(self.totals) and self.totals[-1].year == self.year

    @property
    def current(self) -> YearTotals | None:
        return self.totals[-1] if self.has_data else None

    @property
    def previous(self) -> YearTotals | None:
        earlier = self.totals[:-1] if self.has_data else self.totals
        return earlier[-1] if earlier else None

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(t.year for t in self.totals)

    def changed(self, change: str) -> tuple[UnitTrend, ...]:
        return tuple(u for u in self.units if u.title_change == change)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _part(units: Sequence[UnitYear], kind: str) -> Part:
    def total(get) -> int:
        return sum(get(u) for u in units)

    if kind == "household":
        return Part(
            total(lambda u: u.recognition.households_registry),
            total(lambda u: u.facts.households_surveyed),
            total(lambda u: u.facts.registered_households),
            total(lambda u: u.recognition.counts["approved"].households),
        )
    return Part(
        total(lambda u: u.recognition.adults_registry),
        total(lambda u: u.facts.citizens_surveyed),
        total(lambda u: u.facts.registered_citizens),
        total(lambda u: u.recognition.counts["approved"].citizens),
    )


def _groups(units: Sequence[UnitYear]) -> Groups:
    judged = [u for u in units if u.recognition.group.reached is not None]
    return Groups(
        judged=len(judged),
        registered=sum(u.facts.registered_for_title for u in judged),
        recognised=TownRecognition([u.recognition for u in units]).groups("approved"),
    )


def year_totals(data: YearData) -> YearTotals:
    town = TownRecognition([u.recognition for u in data.units])
    kinds: dict[str, list[UnitYear]] = {}
    for u in data.units:
        kinds.setdefault(u.facts.kind, []).append(u)
    return YearTotals(
        year=data.year,
        units=len(data.units),
        households=_part(data.units, "household"),
        citizens=_part(data.units, "citizen"),
        groups=_groups(data.units),
        approved_units=len(town.included),
        pending=tuple(u.name for u in town.pending),
        draft=town.draft,
        by_kind=tuple(
            KindTotals(kind, len(units), _part(units, "household"), _part(units, "citizen"), _groups(units))
            for kind, units in kinds.items()
        ),
    )


def _point(year: int, u: UnitYear) -> UnitPoint:
    r = u.recognition
    return UnitPoint(
        year=year,
        households=_part((u,), "household"),
        citizens=_part((u,), "citizen"),
        title=r.group.recognised if r.group.reached is not None else None,
        approved=r.approved,
    )


def _change(now: float | None, before: float | None) -> float | None:
    return round(now - before, 4) if now is not None and before is not None else None


def _title_change(now: UnitYear, previous: UnitPoint | None) -> str:
    """gained / lost / kept / none against the previous year shown; pending while the year's
    list awaits the committee (a title not yet approved is not lost)."""
    r = now.recognition
    if r.group.reached is None:
        return ""
    if not r.approved and r.has_proposals:
        return "pending"
    before = bool(previous and previous.title)
    if r.group.recognised:
        return "kept" if before else "gained"
    return "lost" if before else "none"


def _trend(code: str, history: list[tuple[int, UnitYear]], previous_year: int | None) -> UnitTrend:
    """`previous_year`: the year shown before this one; a unit without results then, or whose
    list of this year awaits the committee, has no change to show."""
    points = tuple(_point(year, u) for year, u in history)
    now = points[-1]
    previous = next((p for p in points if p.year == previous_year), None)
    latest = history[-1][1]
    settled = latest.recognition.approved or not latest.recognition.has_proposals
    before = previous if settled else None  # a list awaiting the committee has no change to show yet
    return UnitTrend(
        code=code,
        name=latest.recognition.name,
        kind=latest.facts.kind,
        points=points,
        household_change=_change(now.households.share, before.households.share if before else None),
        citizen_change=_change(now.citizens.share, before.citizens.share if before else None),
        title_change=_title_change(latest, previous),
    )


def _criteria(units: Sequence[UnitYear]) -> dict[str, dict[str, tuple[int, int]]]:
    out: dict[str, dict[str, tuple[int, int]]] = {k: {} for k in KINDS}
    for u in units:
        for kind, per in u.facts.criteria.items():
            mine = out.setdefault(kind, {})
            for code, (met, seen) in per.items():
                was = mine.get(code, (0, 0))
                mine[code] = (was[0] + met, was[1] + seen)
    return out


def most_missed(
    now: Sequence[UnitYear], before: Sequence[UnitYear] | None, labels: Mapping[str, str]
) -> tuple[MissedCriterion, ...]:
    """Per kind, the criteria missed by most of those assessed (count first, then code)."""
    current, earlier = _criteria(now), _criteria(before or ())
    out: list[MissedCriterion] = []
    for kind in KINDS:
        rows = []
        for code, (met, seen) in current.get(kind, {}).items():
            if seen and met < seen:
                was = earlier.get(kind, {}).get(code)
                prev = _share(was[1] - was[0], was[1]) if was else None
                rows.append(MissedCriterion(kind, code, labels.get(code, ""), seen - met, seen, prev))
        rows.sort(key=lambda m: (-m.missed, m.code))
        out += rows[:TOP_MISSED]
    return tuple(out)


def evaluation(units: Sequence[UnitYear]) -> tuple[Outcome, Outcome]:
    """The November evaluation as the rounds are measured: surveyed, and reaching the title by
    score (recognition's first stage, "đề xuất theo điểm"), households then citizens."""
    return (
        Outcome(
            sum(u.facts.households_surveyed for u in units),
            sum(u.recognition.counts["proposed"].households for u in units),
        ),
        Outcome(
            sum(u.facts.citizens_surveyed for u in units),
            sum(u.recognition.counts["proposed"].citizens for u in units),
        ),
    )


def summarise(
    year: int,
    data: Sequence[YearData],
    labels: Mapping[str, str],
    rounds: Sequence[RoundFigures] = (),
    inspections: Sequence[InspectionNote] = (),
) -> YearSummary:
    """The summary of `year` from the years up to it that have results (any order; later
    years are ignored), showing at most YEARS_SHOWN of them, with the year's inspection
    rounds and records."""
    shown = sorted((d for d in data if d.year <= year and d.units), key=lambda d: d.year)[-YEARS_SHOWN:]
    totals = tuple(year_totals(d) for d in shown)
    current = shown[-1] if shown and shown[-1].year == year else None
    units: tuple[UnitTrend, ...] = ()
    missed: tuple[MissedCriterion, ...] = ()
    found = evaluation(current.units) if current is not None else None
    if current is not None:
        previous = shown[-2] if len(shown) > 1 else None
        history: dict[str, list[tuple[int, UnitYear]]] = {}
        for d in shown:
            for u in d.units:
                history.setdefault(u.recognition.code, []).append((d.year, u))
        present = [u.recognition.code for u in current.units]
        before = previous.year if previous else None
        units = tuple(_trend(code, history[code], before) for code in present)
        missed = most_missed(current.units, previous.units if previous else None, labels)
    return YearSummary(year, totals, units, missed, tuple(rounds), found, tuple(inspections))
