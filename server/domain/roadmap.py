"""PURE: a focus criterion's roadmap (lộ trình) against what the surveys measured.

A target says: by `target_date`, `target_share` of the unit's households (citizens; for a
group criterion, the group itself) meet criterion `code`. What was measured comes from the
inspection rounds of the year and from the November evaluation, each a (passed, seen)
count over the subjects surveyed; the latest measure with anything seen is the one judged.

Status, with the reason in Vietnamese and English (what the follow-up page shows):
- ``met``: the latest share reaches the target;
- ``behind``: the target date has passed without reaching it (measured or not), or the
  latest share is below the straight line from 0 on 1 January to the target on its date;
- ``on_track``: measured, on or above that line;
- ``unmeasured``: nothing surveyed it yet and its date has not come.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

STATUSES = ("met", "on_track", "behind", "unmeasured")


@dataclass(frozen=True)
class Target:
    """One focus criterion of a plan, as stored (plan_models.PlanTarget)."""

    kind: str  # household, citizen, group
    code: str
    target_share: float
    target_date: str  # YYYY-MM-DD
    responsible: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Measure:
    """What one survey found for one criterion in one unit."""

    source: str  # "round" or "evaluation"
    label: str  # the round's title, or "Đánh giá cuối năm"
    passed: int
    seen: int
    round_id: int | None = None

    @property
    def share(self) -> float | None:
        return round(self.passed / self.seen, 4) if self.seen else None


@dataclass(frozen=True)
class Progress:
    target: Target
    label_vi: str
    label_en: str
    measures: tuple[Measure, ...]
    latest: Measure | None
    expected_share: float
    status: str
    reason_vi: str
    reason_en: str
    behind: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "behind", self.status == "behind")


def expected_share(target: Target, year: int, today: date) -> float:
    """Where the straight line from 0 on 1 January of `year` to the target on its date
    stands `today` (the target itself from its date on)."""
    due = date.fromisoformat(target.target_date)
    start = date(year, 1, 1)
    if today >= due:
        return target.target_share
    if today <= start or due <= start:
        return 0.0
    return round(target.target_share * (today - start).days / (due - start).days, 4)


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def progress(
    target: Target,
    measures: Sequence[Measure],
    year: int,
    today: date,
    label_vi: str = "",
    label_en: str = "",
) -> Progress:
    """The target judged on its measures (oldest first) as of `today`."""
    seen = tuple(m for m in measures if m.seen)
    latest = seen[-1] if seen else None
    expected = expected_share(target, year, today)
    due = date.fromisoformat(target.target_date)
    goal, by = _pct(target.target_share), target.target_date
    if latest is not None and latest.share is not None and latest.share >= target.target_share:
        status = "met"
        vi, en = f"Đạt {_pct(latest.share)} (mục tiêu {goal})", f"{_pct(latest.share)} (target {goal})"
    elif latest is None:
        if today > due:
            status = "behind"
            vi = f"Quá hạn {by}: chưa có kết quả khảo sát tiêu chí này (mục tiêu {goal})"
            en = f"past {by} with no survey of this criterion (target {goal})"
        else:
            status = "unmeasured"
            vi, en = f"Chưa khảo sát (mục tiêu {goal} đến {by})", f"not surveyed yet (target {goal} by {by})"
    elif today > due:
        status = "behind"
        vi = f"Quá hạn {by}: mới đạt {_pct(latest.share)}, mục tiêu {goal}"
        en = f"past {by}: {_pct(latest.share)}, target {goal}"
    elif latest.share is not None and latest.share < expected:
        status = "behind"
        vi = f"Mới đạt {_pct(latest.share)}, lộ trình cần {_pct(expected)} đến nay (mục tiêu {goal} đến {by})"
        en = f"{_pct(latest.share)} where the roadmap expects {_pct(expected)} by now ({goal} by {by})"
    else:
        status = "on_track"
        vi = f"Đạt {_pct(latest.share)}, đúng lộ trình (mục tiêu {goal} đến {by})"
        en = f"{_pct(latest.share)}, on the roadmap ({goal} by {by})"
    return Progress(target, label_vi, label_en, tuple(measures), latest, expected, status, vi, en)
