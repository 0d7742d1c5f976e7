"""PURE: the figures of one unit from its counting scores and registry sizes, and the sum of
several units' figures for the levels above. Plain data in, plain dicts out (JSON-ready)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .scoring import GroupCheck, ScoreResult, TitleRule, group_title


@dataclass(frozen=True)
class CountedScore:
    """The part of a counting Score the figures need."""

    kind: str  # household, citizen, group, registration
    title_reached: bool
    criteria: tuple[tuple[str, bool], ...]  # (code, passed)
    points: float = 0.0
    answers: Mapping[str, object] = field(default_factory=dict)


def empty_figures() -> dict:
    return {
        "households_registry": 0,
        "adults_registry": 0,
        "households_surveyed": 0,
        "citizens_surveyed": 0,
        "model_households": 0,
        "model_citizens": 0,
        "criteria": {"household": {}, "citizen": {}},
        "groups": 0,
        "groups_assessed": 0,
        "groups_reaching_title": 0,
        "registered_households": 0,
        "registered_citizens": 0,
        "groups_registered_for_title": 0,
    }


def leaf_figures(
    scores: Iterable[CountedScore],
    households_registry: int,
    adults_registry: int,
    group_rule: TitleRule | None,
) -> tuple[dict, bool | None, list[GroupCheck]]:
    """Figures of a residential group, and whether it reaches "Tổ dân phố kiểu mẫu" by its
    rule (None when there is no rule to judge by)."""
    fig = empty_figures()
    fig.update(households_registry=households_registry, adults_registry=adults_registry, groups=1)
    group_score: ScoreResult | None = None
    for s in scores:
        if s.kind in ("household", "citizen"):
            add_score(fig, s.kind, s.title_reached, s.criteria)
        elif s.kind == "group":
            fig["groups_assessed"] = 1
            fig["group_points"] = s.points
            fig["group_title_reached"] = s.title_reached
            fig["group_criteria"] = {code: passed for code, passed in s.criteria}
            group_score = ScoreResult(
                criteria=[], points=s.points, max_points=0, mandatory_failed=[], title_reached=s.title_reached
            )
        elif s.kind == "registration":
            fig["registered_households"] = _int(s.answers.get("so_ho_dang_ky"))
            fig["registered_citizens"] = _int(s.answers.get("so_cong_dan_dang_ky"))
            fig["groups_registered_for_title"] = int(str(s.answers.get("dang_ky_tdp") or "") == "yes")
    if group_rule is None:
        return fig, None, []
    reached, checks = group_title(
        group_rule,
        fig["model_households"],
        households_registry,
        fig["model_citizens"],
        adults_registry,
        group_score,
    )
    fig["groups_reaching_title"] = int(reached)
    return fig, reached, checks


def add_score(
    fig: dict, kind: str, title_reached: bool, criteria: Iterable[tuple[str, bool]], sign: int = 1
) -> None:
    """Count one household or citizen score into `fig` in place (sign -1 takes it out; n
    counts n identical outcomes): a unit's own figures, or the change new scores make."""
    plural = "households" if kind == "household" else "citizens"
    fig[f"{plural}_surveyed"] += sign
    fig[f"model_{plural}"] += sign * int(title_reached)
    per = fig["criteria"][kind]
    for code, passed in criteria:
        hit = per.setdefault(code, [0, 0])
        hit[0] += sign * int(passed)
        hit[1] += sign


def sum_figures(parts: Iterable[Mapping]) -> dict:
    """The figures of a level above: every count summed, criteria pass counts merged."""
    total = empty_figures()
    for part in parts:
        add_into(total, part)
    return total


def add_into(total: dict, part: Mapping) -> None:
    """Add one part's counts and criteria pass counts to `total` (figures) in place."""
    for key, value in part.items():
        if key == "criteria":
            for kind, per in value.items():
                mine = total["criteria"].setdefault(kind, {})
                for code, (passed, seen) in per.items():
                    hit = mine.setdefault(code, [0, 0])
                    hit[0] += passed
                    hit[1] += seen
        elif key in total and isinstance(value, int | float) and not isinstance(value, bool):
            total[key] += value


def shares(fig: Mapping) -> dict[str, float | None]:
    """Coverage and title shares, None where the denominator is zero."""

    def ratio(a: str, b: str) -> float | None:
        return round(fig[a] / fig[b], 4) if fig.get(b) else None

    return {
        "household_coverage": ratio("households_surveyed", "households_registry"),
        "citizen_coverage": ratio("citizens_surveyed", "adults_registry"),
        "model_household_share": ratio("model_households", "households_registry"),
        "model_citizen_share": ratio("model_citizens", "adults_registry"),
    }


def _int(value: object) -> int:
    text = str(value or "").strip()
    return int(text) if text.isdigit() else 0


def diff_figures(new: Mapping, old: Mapping) -> dict:
    """new - old over the summable parts (counts and criteria), for propagating one unit's
    change to the levels above without recomputing them."""
    out = empty_figures()
    for key in out:
        if key == "criteria":
            for kind in ("household", "citizen"):
                codes = set(new.get("criteria", {}).get(kind, {})) | set(
                    old.get("criteria", {}).get(kind, {})
                )
                for code in codes:
                    a = new.get("criteria", {}).get(kind, {}).get(code, [0, 0])
                    b = old.get("criteria", {}).get(kind, {}).get(code, [0, 0])
                    if a != b:
                        out["criteria"][kind][code] = [a[0] - b[0], a[1] - b[1]]
        else:
            out[key] = new.get(key, 0) - old.get(key, 0)
    return out


def add_figures(target: dict, delta: Mapping) -> dict:
    """target + delta (a new dict); criteria with nothing seen are dropped."""
    out = sum_figures([target, delta])
    for kind, per in out["criteria"].items():
        out["criteria"][kind] = {code: hit for code, hit in per.items() if hit[1]}
    for key, value in target.items():
        if key not in out:
            out[key] = value
    return out
