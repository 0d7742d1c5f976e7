"""PURE: what each kind of unit is called, and the titles its people and itself can reach.

One definition for every page and document: a residential group is a "Tổ dân phố" and
reaches "Tổ dân phố kiểu mẫu"; an agency is a "Cơ quan, đơn vị" and reaches "Cơ quan, đơn vị
kiểu mẫu", its staff "Cán bộ, công chức, viên chức kiểu mẫu". A workbook's `scoring_rule` may
name the title otherwise (`title::vi`, `title::en`); `titles_from_rules` lays those over the
defaults here, so the committee renames a title in Excel and every document follows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

# kinds whose own title is judged (a group form assesses them); an agency is one of them
GROUP_UNIT_KINDS = ("residential_group", "village", "agency")
# Every kind of unit the pages and documents name. Since 1 July 2025 the commune level is xã
# (commune), phường (ward) or đặc khu (special zone); "town" (thị trấn) and "district" stay
# only for data from before.
UNIT_KINDS = ("commune", "ward", "special_zone", *GROUP_UNIT_KINDS, "province", "other", "town", "district")
LEGACY_UNIT_KINDS = ("town", "district")
RESIDENTIAL_KINDS = ("residential_group", "village")


@dataclass(frozen=True)
class Wording:
    """How documents name a unit of one kind, its title and the titles of its people."""

    kind: str
    noun: str  # "Tổ dân phố", starts a sentence or a column header
    noun_lower: str  # "tổ dân phố", inside a sentence
    title: str  # the unit's own title
    title_en: str
    household_title: str = "Gia đình kiểu mẫu"
    citizen_title: str = "Công dân kiểu mẫu"
    citizen_title_en: str = "Model citizens"
    citizen_noun: str = "công dân"  # who holds citizen_title: "công dân", "cán bộ, công chức, viên chức"
    board: str = "Ban vận động"  # who holds the unit's evaluation meeting


_RESIDENTIAL = Wording(
    "residential_group", "Tổ dân phố", "tổ dân phố", "Tổ dân phố kiểu mẫu", "Model residential group"
)
DEFAULTS: dict[str, Wording] = {
    "residential_group": _RESIDENTIAL,
    "village": replace(_RESIDENTIAL, kind="village", noun="Thôn", noun_lower="thôn", title="Thôn kiểu mẫu",
                       title_en="Model village"),
    "agency": Wording(
        "agency",
        "Cơ quan, đơn vị",
        "cơ quan, đơn vị",
        "Cơ quan, đơn vị kiểu mẫu",
        "Model agency",
        citizen_title="Cán bộ, công chức, viên chức kiểu mẫu",
        citizen_title_en="Model civil servants",
        citizen_noun="cán bộ, công chức, viên chức",
        board="Ban vận động cơ quan",
    ),
}  # fmt: skip


def wording(kind: str | None, titles: Mapping[str, Mapping[str, str]] | None = None) -> Wording:
    """The wording of a unit kind (a residential group's for any kind without its own),
    with the titles the workbooks give (`titles_from_rules`)."""
    base = DEFAULTS.get(kind or "", _RESIDENTIAL)
    mine = (titles or {}).get(base.kind, {})
    return replace(base, **{k: v for k, v in mine.items() if v})


def titles_from_rules(rules: Iterable[tuple[str, Iterable[str], str, str]]) -> dict[str, dict[str, str]]:
    """Unit kind -> title overrides, from (subject kind, unit kinds, title::vi, title::en) of
    each current workbook: a group form names the unit's title, a citizen form its people's."""
    out: dict[str, dict[str, str]] = {}
    for subject, kinds, title_vi, title_en in rules:
        for kind in kinds:
            mine = out.setdefault(kind, {})
            if subject == "group" and title_vi:
                mine["title"] = title_vi
                if title_en:
                    mine["title_en"] = title_en
            elif subject == "citizen" and title_vi:
                mine["citizen_title"] = title_vi
                if title_en:
                    mine["citizen_title_en"] = title_en
            elif subject == "household" and title_vi:
                mine["household_title"] = title_vi
    return out


def kinds_named(wordings: Iterable[Wording]) -> list[Wording]:
    """One wording per distinct unit title, in first-seen order (a decision names each
    title once: "tổ dân phố đạt …", "cơ quan, đơn vị đạt …")."""
    seen: dict[str, Wording] = {}
    for w in wordings:
        seen.setdefault(w.title, w)
    return list(seen.values())
