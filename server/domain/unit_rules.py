"""Which rules apply to which kind of unit, read from the current form versions: the title
rule that judges each kind's own title (its workbook's scoring_rule `unit_kinds`), where an
agency's staff are assessed, and the titles' wording (wording.py, with the workbooks' names).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..store import results as results_q
from .scoring import ScoringSheet, TitleRule, rules_by_unit_kind
from .wording import GROUP_UNIT_KINDS, Wording, titles_from_rules, wording

GroupRules = Mapping[str, TitleRule]  # unit kind -> the rule of the form that judges its title


def forget(db: Session) -> None:
    """After a form version is published: the rules read in this session may have changed."""
    for key in ("group_rules", "staff_at_agency", "titles"):
        db.info.pop(key, None)


def kind_of(fields: Mapping[str, object] | None, scored: bool) -> str | None:
    fields = fields or {}
    if "unit" not in fields:
        return None
    if "citizen" in fields:
        return "citizen"
    if "household" in fields:
        return "household"
    if scored:
        return "group"
    return "registration"


def group_rules_of(db: Session) -> dict[str, TitleRule]:
    """group_rules, read once per session (a drain judges many units by them)."""
    if "group_rules" not in db.info:
        db.info["group_rules"] = group_rules(db)
    return db.info["group_rules"]


def group_rules(db: Session) -> dict[str, TitleRule]:
    """Unit kind -> the title rule of the current group form that assesses it (its
    scoring_rule's unit_kinds: to_dan_pho for residential groups and villages, co_quan for
    agencies)."""
    return group_rules_from(results_q.current_scoring_sheets(db, with_fields=True))


def group_rules_from(sheets: list[tuple[Mapping | None, Mapping]]) -> dict[str, TitleRule]:
    """group_rules from (fields, scoring) of the current form versions. A rule stored before
    workbooks named their unit kinds counts only if it has shares, as it did then."""
    rules = [
        ScoringSheet.from_dict(scoring).rule
        for fields, scoring in sheets
        if scoring and kind_of(fields, True) == "group"
    ]
    rules = [r for r in rules if r.unit_kinds or r.household_share is not None]
    return rules_by_unit_kind(rules, GROUP_UNIT_KINDS)


def staff_at_agency(db: Session) -> bool:
    """Whether an agency's staff are assessed at their agency (once, there: their agency's
    registry holds them and their household's unit's does not), as the current citizen form
    for agencies says (`staff_assessed_at`, agency unless it says residence). Read once per
    session."""
    if "staff_at_agency" not in db.info:
        db.info["staff_at_agency"] = staff_at_agency_now(db)
    return db.info["staff_at_agency"]


def staff_at_agency_now(db: Session | Connection) -> bool:
    """staff_at_agency, read now (a POST's connection keeps nothing between requests)."""
    rules = [
        ScoringSheet.from_dict(scoring).rule
        for fields, scoring in results_q.current_scoring_sheets(db, with_fields=True)  # type: ignore[arg-type]
        if scoring and kind_of(fields, True) == "citizen"
    ]
    return any("agency" in r.unit_kinds and r.staff_assessed_at != "residence" for r in rules)


def wording_of(db: Session, kind: str | None) -> Wording:
    """How documents and pages name a unit of `kind` and its titles (the workbooks' title::vi
    over wording.py's defaults), read once per session."""
    if "titles" not in db.info:
        rules = []
        for fields, scoring in results_q.current_scoring_sheets(db, with_fields=True):
            subject = kind_of(fields, True)
            if scoring and subject:
                rule = ScoringSheet.from_dict(scoring).rule
                rules.append((subject, rule.unit_kinds or GROUP_UNIT_KINDS, rule.title_vi, rule.title_en))
        db.info["titles"] = titles_from_rules(rules)
    return wording(kind, db.info["titles"])
