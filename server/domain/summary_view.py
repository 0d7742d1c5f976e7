"""The year-end summary as the user may see it: each year's recognition (recognition_view:
one `recognise` per unit, as the dossier) with the units' survey, registration and criteria
figures, run through `summary.summarise`. GET /api/v1/years/<y>/summary is `summary_json`;
the page and the PDF (báo cáo tổng kết) print that same dict, so they cannot disagree."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from ..errors import NotFound
from ..formats.documents import YearReport
from ..store import plans as plans_q
from ..store import reports as reports_q
from ..store import results as results_q
from ..store import summary as summary_q
from ..store.models import User
from . import recognition_view, results_view, unit_rules
from .access import unit_scope
from .recognition import BASE_LABEL, REGISTRY_BASE, STAGE_LABELS
from .summary import (
    MAX_YEAR,
    MIN_YEAR,
    YEARS_SHOWN,
    Groups,
    InspectionNote,
    KindTotals,
    Outcome,
    Part,
    RoundFigures,
    UnitFacts,
    UnitPoint,
    UnitTrend,
    UnitYear,
    YearData,
    YearSummary,
    YearTotals,
    in_range,
    summarise,
)
from .wording import Wording


def check_year(year: int) -> None:
    if not in_range(year):
        raise NotFound(
            "summary.year_out_of_range",
            "Năm %(year)s nằm ngoài phạm vi (%(min_year)s–%(max_year)s)",
            year=year,
            min_year=MIN_YEAR,
            max_year=MAX_YEAR,
        )


def _int(value: object) -> int:
    try:
        return int(value or 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def year_data(db: Session, user: User, year: int) -> YearData:
    """The units the user may see that have results in `year`, each with its recognition."""
    figures = results_q.results_of_year(db, year)
    lists = summary_q.registered_counts(db, year)
    units = []
    for unit, rec in recognition_view.units(db, user, year):
        result = figures.get(unit.id)
        if result is None:
            continue
        own = result.figures.get("own") or {}
        per = own.get("criteria") or {}
        criteria = {
            kind: {code: (_int(hit[0]), _int(hit[1])) for code, hit in (per.get(kind) or {}).items()}
            for kind in ("household", "citizen")
        }
        criteria["group"] = {
            code: (int(bool(met)), 1) for code, met in (own.get("group_criteria") or {}).items()
        }
        facts = UnitFacts(
            kind=unit.kind,
            households_surveyed=_int(own.get("households_surveyed")),
            citizens_surveyed=_int(own.get("citizens_surveyed")),
            # the unit's registration list (plans) when its households registered on one,
            # else what its January registration form declared
            registered_households=lists.get((unit.id, "household"), _int(own.get("registered_households"))),
            registered_citizens=(
                lists.get((unit.id, "citizen"), 0)
                if (unit.id, "household") in lists
                else _int(own.get("registered_citizens"))
            ),
            registered_for_title=bool(own.get("groups_registered_for_title")),
            criteria=criteria,
        )
        units.append(UnitYear(rec, facts))
    return YearData(year, tuple(units))


def years_shown(db: Session, year: int) -> list[int]:
    """The years with results the summary of `year` reads: it and up to YEARS_SHOWN - 1 before."""
    return [y for y in results_view.years(db) if y <= year][-YEARS_SHOWN:]


LOCAL_OFFSET = timedelta(hours=7)  # the campaign's days are Vietnam's (UTC+7)


def _day(at: datetime | None) -> str | None:
    return (at + LOCAL_OFFSET).date().isoformat() if at else None


def rounds_version(db: Session, year: int) -> str:
    """What the report cache keys the rounds and inspections part by."""
    return summary_q.rounds_version(db, year)


def rounds_of(db: Session, user: User, year: int) -> list[RoundFigures]:
    """The year's inspection rounds and what each found in the user's units."""
    found = plans_q.rounds_of_year(db, year)
    outcomes = summary_q.round_outcomes(db, [r.id for r in found], unit_scope(db, user))
    return [
        RoundFigures(
            r.title,
            r.scope,
            _day(r.opened_at) or "",
            _day(r.closed_at),
            Outcome(*outcomes.get((r.id, "household"), (0, 0))),
            Outcome(*outcomes.get((r.id, "citizen"), (0, 0))),
        )
        for r in found
    ]


def inspections_of(db: Session, user: User, year: int) -> list[InspectionNote]:
    """The biên bản kiểm tra of the year in the user's units, oldest first."""
    units = {u.id: u for u in results_view.visible_units(db, user)}
    titles = {r.id: r.title for r in plans_q.rounds_of_year(db, year)}
    rows = sorted(plans_q.inspections_of(db, year, units), key=lambda i: (i.held_on, i.id))
    return [
        InspectionNote(
            units[i.unit_id].code,
            units[i.unit_id].name,
            i.held_on,
            titles.get(i.round_id, "") if i.round_id else "",
            i.findings,
            i.requests,
        )
        for i in rows
    ]


def summary(db: Session, user: User, year: int) -> YearSummary:
    """The summary of `year` and the years before it that have results, with the year's
    inspection rounds and records; NotFound for a year no campaign can have."""
    check_year(year)
    data = [year_data(db, user, y) for y in years_shown(db, year)]
    labels = reports_q.criterion_labels(db)
    return summarise(year, data, labels, rounds_of(db, user, year), inspections_of(db, user, year))


# ---- JSON: what the API returns and the page and the PDF print -------------------------------


def _fields(record: object, *names: str) -> dict:
    """The named fields and properties of one of summary.py's records, under their own names."""
    return {name: getattr(record, name) for name in names}


def _part(p: Part) -> dict:
    return _fields(
        p, "registry", "surveyed", "coverage", "registered", "recognised", "share", "of_registered"
    )


def _people(figures: YearTotals | KindTotals | UnitPoint) -> dict:
    """One year's households and citizens, of the town, of a kind of unit or of one unit."""
    return {"households": _part(figures.households), "citizens": _part(figures.citizens)}


def _groups(g: Groups) -> dict:
    return _fields(g, "judged", "registered", "recognised")


def _totals(t: YearTotals) -> dict:
    return {
        "year": t.year,
        "units": t.units,
        **_people(t),
        "groups": _groups(t.groups),
        "approved_units": t.approved_units,
        "pending": list(t.pending),
        "draft": t.draft,
        "by_kind": {k.kind: {"units": k.units, **_people(k), "groups": _groups(k.groups)} for k in t.by_kind},
    }


def _unit(u: UnitTrend) -> dict:
    return {
        **_fields(u, "code", "name", "kind", "title_change", "household_change", "citizen_change"),
        "years": [{"year": p.year, **_people(p), "title": p.title, "approved": p.approved} for p in u.points],
    }


def _outcome(o: Outcome) -> dict:
    return _fields(o, "surveyed", "reached", "share")


def _round(r: RoundFigures) -> dict:
    return {
        **_fields(r, "title", "scope", "opened_on", "closed_on"),
        "households": _outcome(r.households),
        "citizens": _outcome(r.citizens),
    }


def _inspection(i: InspectionNote) -> dict:
    return {
        "unit": i.unit_code,
        "name": i.unit_name,
        "held_on": i.held_on,
        "round": i.round_title,
        "findings": i.findings,
        "requests": i.requests,
    }


KIND_FIELDS = ("kind", "noun", "noun_lower", "title", "title_en", "citizen_title", "citizen_noun")
MISSED_FIELDS = ("kind", "code", "label", "missed", "assessed", "rate", "previous_rate")


def summary_json(s: YearSummary, words: list[Wording]) -> dict:
    """Shares are 0-1 over the registry (`of_registered`: over those registered in January);
    `kinds` names each kind of unit shown and its titles (`by_kind` splits a year by them);
    `household_change` / `citizen_change` are the change of a unit's share since the year
    before it in `years`; `inspection_rounds` (what each round of the year found: surveyed,
    reaching the title by score) sit beside `evaluation`, November measured the same way.
    Recognised counts are the committee-approved stage of recognition."""
    current, previous = s.current, s.previous
    return {
        "year": s.year,
        "has_data": s.has_data,
        "years": list(s.years),
        "previous_year": previous.year if previous else None,
        "stage": "approved",
        "stage_label": STAGE_LABELS["approved"],
        "base": REGISTRY_BASE,
        "base_label": BASE_LABEL,
        "draft": current.draft if current else False,
        "kinds": [_fields(w, *KIND_FIELDS) for w in words],
        "town": [_totals(t) for t in s.totals],
        "units": [_unit(u) for u in s.units],
        "missed_criteria": [_fields(m, *MISSED_FIELDS) for m in s.missed],
        "inspection_rounds": [_round(r) for r in s.rounds],
        "evaluation": (
            {"households": _outcome(s.evaluation[0]), "citizens": _outcome(s.evaluation[1])}
            if s.evaluation
            else None
        ),
        "inspections": [_inspection(i) for i in s.inspections],
        "title_changes": {
            change: [{"code": u.code, "name": u.name} for u in s.changed(change)]
            for change in ("gained", "lost", "pending")
        },
    }


def year_json(db: Session, user: User, year: int) -> dict:
    found = summary(db, user, year)
    kinds = list(dict.fromkeys(k.kind for t in found.totals for k in t.by_kind))
    return summary_json(found, [unit_rules.wording_of(db, kind) for kind in kinds])


def report(db: Session, user: User, year: int) -> YearReport:
    """The báo cáo tổng kết's data: the JSON view; NotFound for a year without results."""
    view = year_json(db, user, year)
    if not view["has_data"]:
        raise NotFound("results.none_for_year", "Chưa có kết quả năm %(year)s", year=year)
    return YearReport(year, view, draft=view["draft"])
