"""PURE: which collectives and individuals the figures suggest for a reward (giấy khen).

Only what the committee has recognised may be suggested: a collective whose recognition
list the committee approved (`recognised`), a household or citizen on an approved list.
Each suggestion carries its basis and a reason in Vietnamese, which the committee may keep
or rewrite on the rewards page:

- **share**: the highest shares of households recognised, over the registry;
- **coverage**: the most households assessed, over the registry;
- **progress**: the largest rise of the recognised households' share over last year (only
  for units the recognition history holds for last year);
- **streak**: in each approved unit, the household and the citizen recognised the most years
  running (at least STREAK, this year included), from the recognition history;
- **points**: in each approved unit, the household and the citizen with the highest score.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: How many collectives each basis suggests.
TOP = 3
#: Years running (this one included) that make an individual's "streak" suggestion.
STREAK = 3

BASES = {
    "share": "Tỷ lệ hộ đạt danh hiệu cao nhất",
    "coverage": "Đánh giá được nhiều hộ nhất",
    "progress": "Tiến bộ nhiều nhất so với năm trước",
    "streak": "Đạt danh hiệu nhiều năm liền",
    "points": "Điểm đánh giá cao nhất tổ",
    "": "Ban chỉ đạo chọn",
}


@dataclass(frozen=True)
class UnitFigures:
    code: str
    name: str
    recognised: bool  # its recognition list approved by the committee
    households_registry: int
    households_surveyed: int
    households_recognised: int
    last_share: float | None = None  # last year's share of households recognised

    @property
    def share(self) -> float | None:
        return self.households_recognised / self.households_registry if self.households_registry else None

    @property
    def coverage(self) -> float | None:
        return self.households_surveyed / self.households_registry if self.households_registry else None

    @property
    def progress(self) -> float | None:
        return None if self.share is None or self.last_share is None else self.share - self.last_share


@dataclass(frozen=True)
class PersonFigures:
    kind: str  # household | citizen
    code: str
    name: str
    unit_code: str
    unit_name: str
    points: float
    years_running: int = 1  # recognised this year and the years just before it
    earlier_titles: tuple[str, ...] = ()  # the titles of those years before this one
    title: str = ""  # the title it holds this year (by its unit's kind); "" the kind's default


@dataclass(frozen=True)
class Suggestion:
    kind: str  # unit | household | citizen
    subject: str
    name: str
    unit_code: str
    unit_name: str
    basis: str
    reason: str


def pct(share: float) -> str:
    """0.9234 → "92,3%"."""
    return f"{100 * share:.1f}".replace(".", ",") + "%"


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _place(rank: int) -> str:
    return "Dẫn đầu" if rank == 1 else f"Đứng thứ {rank}"


def _unit_reason(basis: str, u: UnitFigures, year: int, rank: int) -> str:
    if basis == "share":
        return (
            f"{_place(rank)} về tỷ lệ hộ đạt danh hiệu “Gia đình kiểu mẫu” năm {year}"
            f" ({pct(u.share or 0)} số hộ trong sổ)"
        )
    if basis == "coverage":
        return f"{_place(rank)} về kiểm tra, đánh giá: {pct(u.coverage or 0)} số hộ trong sổ năm {year}"
    return (
        f"{_place(rank)} về tiến bộ so với năm {year - 1}: tỷ lệ hộ đạt danh hiệu “Gia đình kiểu mẫu”"
        f" tăng từ {pct(u.last_share or 0)} lên {pct(u.share or 0)}"
    )


def suggest(units: Iterable[UnitFigures], people: Iterable[PersonFigures], year: int) -> list[Suggestion]:
    """Suggestions in page order: collectives by basis, then households, then citizens; a
    collective named by two bases is suggested once, under the first."""
    recognised = [u for u in units if u.recognised]
    out: list[Suggestion] = []
    seen: set[str] = set()
    for basis in ("share", "progress", "coverage"):
        ranked = [u for u in recognised if getattr(u, basis) is not None]
        if basis == "progress":
            ranked = [u for u in ranked if (u.progress or 0) > 0]
        ranked.sort(key=lambda u: (-(getattr(u, basis) or 0), u.code))
        for rank, u in enumerate(ranked[:TOP], 1):
            if u.code not in seen:
                seen.add(u.code)
                reason = _unit_reason(basis, u, year, rank)
                out.append(Suggestion("unit", u.code, u.name, u.code, u.name, basis, reason))
    people = list(people)
    for kind, default in (("household", "Gia đình kiểu mẫu"), ("citizen", "Công dân kiểu mẫu")):
        mine = [p for p in people if p.kind == kind]
        for p in _best(mine, lambda p: (p.years_running, p.points)):
            title = p.title or default
            if p.years_running >= STREAK:
                earlier = ", ".join(f"“{t}”" for t in p.earlier_titles) or f"“{title}”"
                reason = (
                    f"Đạt danh hiệu “{title}” năm {year}, được công nhận {p.years_running} năm liền"
                    f" ({year - p.years_running + 1}–{year}; các năm trước: {earlier})"
                )
                out.append(Suggestion(kind, p.code, p.name, p.unit_code, p.unit_name, "streak", reason))
        named = {s.subject for s in out if s.kind == kind}
        for p in _best(mine, lambda p: (p.points, 0)):
            title = p.title or default
            if p.code not in named:
                reason = (
                    f"Đạt danh hiệu “{title}” năm {year} với điểm đánh giá cao nhất"
                    f" {p.unit_name} ({_points(p.points)} điểm)"
                )
                out.append(Suggestion(kind, p.code, p.name, p.unit_code, p.unit_name, "points", reason))
    return out


def _best(
    people: list[PersonFigures], key: Callable[[PersonFigures], tuple[float, float]]
) -> list[PersonFigures]:
    """The best of each unit by `key` (ties: the lowest code), in unit order."""
    best: dict[str, PersonFigures] = {}
    for p in people:
        current = best.get(p.unit_code)
        if current is None or (key(p), current.code) > (key(current), p.code):
            best[p.unit_code] = p
    return [best[code] for code in sorted(best)]
