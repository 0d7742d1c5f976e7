"""PURE scoring: a form's criteria + one submission's answers -> which criteria are met, points,
and whether the title is reached. Also the residential-group rule (shares of model households
and citizens + the group's own criteria).

No I/O here, so the same code scores at submission time, in reports and in tests. The
criteria themselves are data (the workbook's ``scoring`` sheet, read by ``scoring_sheet``),
stored with each form version as ``ScoringSheet.to_dict()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import Any

from server.domain import conditions

DEFAULT_SHARE = 0.7


@dataclass(frozen=True)
class Criterion:
    code: str
    group: str
    label_vi: str
    label_en: str
    condition_text: str
    mandatory: bool
    points: float


@dataclass(frozen=True)
class TitleRule:
    """When the title is reached. The shares only apply to a unit's own (group) form.

    `unit_kinds` names the kinds of unit the workbook assesses (empty in rules stored before
    workbooks named them: those judged every group kind, each share defaulting to 0.7). A
    rule that names its kinds checks only the shares it sets: an agency has no households.
    `title_vi`/`title_en` rename the title (wording.py has the defaults); `staff_assessed_at`
    (a citizen form for agencies) says where an agency's staff are assessed: "agency" (their
    agency's list, once) or "residence" (their residential group's)."""

    min_points: float
    all_mandatory: bool
    household_share: float | None = None
    citizen_share: float | None = None
    unit_kinds: tuple[str, ...] = ()
    title_vi: str = ""
    title_en: str = ""
    staff_assessed_at: str = ""

    def share(self, key: str) -> float | None:
        """The threshold of `key` (household_share | citizen_share), None when not checked."""
        value = getattr(self, key)
        if value is None and not self.unit_kinds:
            return DEFAULT_SHARE
        return value


@dataclass
class ScoringSheet:
    """The criteria and title rule of one form version; JSON-friendly via to_dict/from_dict."""

    criteria: list[Criterion]
    rule: TitleRule

    @cached_property
    def uses_history(self) -> bool:
        """Whether a criterion reads the recognition history (`consecutive-years()`...): the
        scorer then loads the history of the subjects it scores, once per batch. Worked out
        once per sheet (a sheet's criteria are not changed after it is built)."""
        return any(conditions.uses_history(_parsed(c.condition_text)) for c in self.criteria)

    @cached_property
    def runs(self) -> tuple[conditions.Compiled, ...]:
        """Each criterion's condition, parsed and compiled once per sheet (score runs them
        for every submission)."""
        return tuple(conditions.compiled(_parsed(c.condition_text)) for c in self.criteria)

    @property
    def max_points(self) -> float:
        return sum(c.points for c in self.criteria)

    def to_dict(self) -> dict[str, Any]:
        return {"criteria": [asdict(c) for c in self.criteria], "rule": asdict(self.rule)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoringSheet:
        rule = dict(data["rule"])
        rule["unit_kinds"] = tuple(rule.get("unit_kinds") or ())
        return cls(criteria=[Criterion(**c) for c in data["criteria"]], rule=TitleRule(**rule))


@dataclass
class CriterionResult:
    code: str
    passed: bool
    points_awarded: float
    decided_by: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass
class ScoreResult:
    criteria: list[CriterionResult]
    points: float
    max_points: float
    mandatory_failed: list[str]
    title_reached: bool


@dataclass(frozen=True)
class GroupCheck:
    """One part of the residential-group rule: a bilingual explanation (API, CLI) and the
    figures it rests on, from which the pages say it in the reader's language."""

    key: str  # household_share | citizen_share | group_criteria
    passed: bool
    detail: str
    model: int | None = None  # shares: model households or citizens ...
    registry: int | None = None  # ... among those in the registry
    need: float | None = None  # ... against this threshold (0-1)
    points: float | None = None  # group criteria: the group's points
    max_points: float | None = None
    submitted: bool = True  # group criteria: whether the group's assessment arrived
    mandatory_failed: tuple[str, ...] = ()
    not_confirmed: tuple[str, ...] = ()  # group criteria the committee's check did not confirm


@lru_cache(maxsize=4096)
def _parsed(text: str) -> conditions.Node:
    # Conditions repeat for every submission of a form version; parse each text once.
    return conditions.parse(text)


def score(
    sheet: ScoringSheet, answers: Mapping[str, str | None], history: conditions.History | None = None
) -> ScoreResult:
    """Score one submission: a criterion's points are awarded when its condition holds.
    `history`: the subject's recognitions before the scored year, for the history functions
    (none given: no earlier recognition)."""
    if history is not None:
        answers = conditions.WithHistory(answers, history)
    results: list[CriterionResult] = []
    for criterion, run in zip(sheet.criteria, sheet.runs, strict=True):
        passed, decided_by = conditions.decide(run, answers)
        results.append(CriterionResult(criterion.code, passed, criterion.points if passed else 0, decided_by))
    points = sum(r.points_awarded for r in results)
    failed = [c.code for c, r in zip(sheet.criteria, results, strict=True) if c.mandatory and not r.passed]
    reached = points >= sheet.rule.min_points and not (sheet.rule.all_mandatory and failed)
    return ScoreResult(results, points, sheet.max_points, failed, reached)


def _share_check(key: str, label: str, model: int, registry: int, share: float) -> GroupCheck:
    # Fractions, so that exactly 7 of 10 meets a 0.7 threshold without float rounding.
    need = Fraction(str(share))
    if registry <= 0:
        return GroupCheck(key, False, f"{label}: sổ trống / registry empty", model, registry, float(need))
    passed = Fraction(model, registry) >= need
    sign = "≥" if passed else "<"
    pct, need_pct = 100 * model / registry, float(need) * 100
    detail = f"{label}: {model}/{registry} = {pct:.1f}% {sign} {need_pct:g}%"
    return GroupCheck(key, passed, detail, model, registry, float(need))


def group_title(
    sheet_rule: TitleRule,
    model_households: int,
    registry_households: int,
    model_citizens: int,
    registry_adults: int,
    group_score: ScoreResult | None,
) -> tuple[bool, list[GroupCheck]]:
    """Decide a unit's own title ("Tổ dân phố kiểu mẫu", "Cơ quan, đơn vị kiểu mẫu"): enough
    model households and citizens (a share at or above the threshold counts; only the shares
    the rule checks) and the unit's own assessment reaching its title."""
    checks = []
    household_share, citizen_share = sheet_rule.share("household_share"), sheet_rule.share("citizen_share")
    if household_share is not None:
        label = "hộ kiểu mẫu / model households"
        checks.append(
            _share_check("household_share", label, model_households, registry_households, household_share)
        )
    if citizen_share is not None:
        label = "công dân kiểu mẫu / model citizens"
        checks.append(_share_check("citizen_share", label, model_citizens, registry_adults, citizen_share))
    if group_score is None:
        detail = "chưa có phiếu đánh giá tổ / group assessment not submitted"
        checks.append(GroupCheck("group_criteria", False, detail, submitted=False))
    else:
        passed = group_score.title_reached
        most = group_score.max_points
        points = f"{group_score.points:g}" + (f"/{most:g}" if most else "")
        verdict = "đạt / reached" if passed else "chưa đạt / not reached"
        detail = f"tiêu chí của tổ / group criteria: {points} điểm / points, {verdict}"
        if group_score.mandatory_failed:
            detail += f"; chưa đạt bắt buộc / mandatory not met: {', '.join(group_score.mandatory_failed)}"
        checks.append(
            GroupCheck(
                "group_criteria",
                passed,
                detail,
                points=group_score.points,
                max_points=most or None,
                mandatory_failed=tuple(group_score.mandatory_failed),
            )
        )
    return all(c.passed for c in checks), checks


def judged(rule: TitleRule, households_registry: int, adults_registry: int) -> bool:
    """Whether a unit's title is judged at all: not on an empty registry (what a share counts
    over); a rule with no share judges every unit of its kinds."""
    if rule.share("household_share") is not None:
        return households_registry > 0
    if rule.share("citizen_share") is not None:
        return adults_registry > 0
    return True


def rules_by_unit_kind(rules: list[TitleRule], every_kind: tuple[str, ...]) -> dict[str, TitleRule]:
    """Unit kind -> the rule of the group form that judges it. A rule naming its kinds wins
    over one stored before workbooks named them (which judged `every_kind`)."""
    out: dict[str, TitleRule] = {}
    for rule in sorted(rules, key=lambda r: not r.unit_kinds):
        for kind in rule.unit_kinds or every_kind:
            out.setdefault(kind, rule)
    return out
