"""Recognition of a year as the user may see it: the store's proposals, reviews and registry
sizes run through `recognition.recognise`, once per unit. The JSON view, the pages, the CLI,
the CSV/XLSX and every PDF of the dossier read this, so they cannot disagree."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..store import recognition as recognition_q
from ..store import reports as reports_q
from ..store import results as results_q
from ..store import units as units_q
from ..store.models import Unit, User
from . import results, results_view
from .recognition import (
    BASE_LABEL,
    REGISTRY_BASE,
    REVIEW_STAGES,
    STAGE_LABELS,
    STAGES,
    Candidate,
    Counts,
    TownRecognition,
    UnitInput,
    UnitRecognition,
    rank,
    recognise,
    shares_of,
)
from .units import GROUP_UNIT_KINDS


def town(db: Session, user: User, year: int, code: str | None = None) -> TownRecognition:
    """Every leaf unit the user may see (or the one unit `code`, or the leaves under it)."""
    return TownRecognition([u for _unit, u in units(db, user, year, code)])


def units(db: Session, user: User, year: int, code: str | None = None) -> list[tuple[Unit, UnitRecognition]]:
    leaves = reports_q.leaf_codes(db)
    if code:
        top = results_view.scoped_unit(db, user, code)
        below = f"{top.path}{top.id}/"
        chosen = [
            u for u in results_view.visible_units(db, user) if u.id == top.id or u.path.startswith(below)
        ]
    else:
        chosen = results_view.visible_units(db, user)
    return recognise_units(db, year, [u for u in chosen if u.code in leaves])


def recognise_units(
    db: Session, year: int, chosen: list[Unit], names: bool = True
) -> list[tuple[Unit, UnitRecognition]]:
    """`recognise` for these units (no access check: the caller chose them). Without `names`
    the proposals are only counted (one grouped query): the figures and ranks, not the lists."""
    codes = [u.code for u in chosen]
    rows: dict[str, list[recognition_q.ProposedRow]] = {}
    if names:
        for row in recognition_q.proposed_rows(db, year, codes):
            rows.setdefault(row.unit_code, []).append(row)
    tallies = {} if names else recognition_q.proposed_tally(db, year, codes)
    reviews = recognition_q.reviews_of_year(db, year)
    figures = results_q.results_of_year(db, year)
    rules = results.group_rules_of(db)
    out = []
    for u in chosen:
        result = figures.get(u.id)
        own = (result.figures.get("own") if result is not None else None) or {}
        review = reviews.get(u.code)
        assessed = own.get("groups_assessed") and own.get("group_points") is not None
        data = UnitInput(
            code=u.code,
            name=u.name,
            is_group=u.kind in GROUP_UNIT_KINDS,
            households_registry=int(own.get("households_registry") or 0),
            adults_registry=int(own.get("adults_registry") or 0),
            candidates=tuple(Candidate(r.kind, r.code, r.agree, r) for r in rows.get(u.code, [])),
            tally=None if names else tallies.get(u.code, {}),
            review_state=review.state if review is not None else "open",
            group_points=float(own["group_points"]) if assessed else None,
            group_reached=bool(own.get("group_title_reached")),
            not_confirmed=tuple(
                sorted(c for c, ok in (review.self_assessment_checks or {}).items() if not ok)
                if review is not None and review.state == "approved"
                else ()
            ),
            kind=u.kind,
        )
        out.append((u, recognise(data, rules.get(u.kind))))
    return out


# ---- JSON ----------------------------------------------------------------------------------


def person_json(c: Candidate, unit_name: str) -> dict:
    r: recognition_q.ProposedRow = c.person  # type: ignore[assignment]
    return {
        "code": r.code,
        "name": r.name,
        "address": r.address,
        "unit_name": unit_name,
        "points": r.points,
        "birth_year": r.birth_year,
        "sex": r.sex,
    }


def people_json(r: UnitRecognition, stage: str) -> dict[str, list[dict]]:
    return {
        plural: [person_json(c, r.name) for c in r.lists[stage] if c.kind == kind]
        for kind, plural in (("household", "households"), ("citizen", "citizens"))
    }


def _stage(counts: Counts, households_registry: int, adults_registry: int, stage: str) -> dict:
    return {
        "label": STAGE_LABELS[stage],
        "households": counts.households,
        "citizens": counts.citizens,
        **shares_of(counts, households_registry, adults_registry),
    }


def group_label(r: UnitRecognition) -> str:
    """What the pages print in the title column."""
    g = r.group
    if g.reached is None:
        return ""
    if not g.reached:
        return "Chưa đạt (tạm tính, chưa họp bình xét)" if g.provisional else "Chưa đạt"
    if g.recognised:
        return "Đạt (BCĐ phê duyệt)"
    return "Đạt (tạm tính, chưa họp bình xét)" if g.provisional else "Đạt (chờ BCĐ phê duyệt)"


def unit_json(unit: Unit, r: UnitRecognition) -> dict:
    hh, ad = r.households_registry, r.adults_registry
    return {
        "code": r.code,
        "name": r.name,
        "kind": unit.kind,
        "review_state": r.review_state,
        "review_stage": REVIEW_STAGES.get(r.review_state, r.review_state),
        "base": REGISTRY_BASE,
        "base_label": BASE_LABEL,
        "registry": {"households": hh, "citizens": ad},
        "stages": {s: _stage(r.counts[s], hh, ad, s) for s in STAGES},
        "refused": {"households": r.refused.households, "citizens": r.refused.citizens},
        "undecided": {"households": r.undecided.households, "citizens": r.undecided.citizens},
        "group_title": {
            "reached": r.group.reached,
            "provisional": r.group.provisional,
            "recognised": r.group.recognised,
            "by_score": r.group.by_score,
            "label": group_label(r),
            "checks": [c.__dict__ for c in r.group.checks],
        },
        "in_documents": r.approved,
        "lists": {stage: people_json(r, stage) for stage in ("agreed", "approved")},
    }


def town_json(year: int, pairs: list[tuple[Unit, UnitRecognition]]) -> dict:
    t = TownRecognition([r for _u, r in pairs])
    hh, ad = t.households_registry, t.adults_registry
    return {
        "year": year,
        "base": REGISTRY_BASE,
        "base_label": BASE_LABEL,
        "registry": {"households": hh, "citizens": ad},
        "stages": {s: {**_stage(t.counts(s), hh, ad, s), "groups": t.groups(s)} for s in STAGES},
        "included": [u.code for u in t.included],
        "pending": [
            {"code": u.code, "name": u.name, "review_stage": REVIEW_STAGES[u.review_state]} for u in t.pending
        ],
        "draft": t.draft,
    }


def recognition_json(db: Session, user: User, year: int, code: str | None = None) -> dict:
    """GET /api/v1/years/<y>/recognition: per unit and for the whole (visible) town."""
    pairs = units(db, user, year, code)
    return {"town": town_json(year, pairs), "units": [unit_json(u, r) for u, r in pairs]}


# ---- the results read models ---------------------------------------------------------------


def annotate(db: Session, user: User, year: int, rows: list[tuple[Unit, dict]]) -> None:
    """Put recognition into results_view's unit dicts, in place: a residential group's title
    and its checks come from `recognise` (after the meeting, over the registry); each unit
    gets its counts per stage, the stage its figures are shown at (`shown`: the one every
    group under it has reached), its rank among its siblings at their common stage, and a
    level above counts the groups under it that reach their title. Ranks compare the unit
    with all its siblings, visible or not; only the rank itself is shown."""
    everyone = units_q.all_units(db)
    # siblings of a kind: residential groups rank among themselves, agencies among agencies
    siblings: dict[tuple[int | None, bool], list[Unit]] = {}
    for u in everyone:
        siblings.setdefault((u.parent_id, u.kind == "agency"), []).append(u)
    # the leaves under the rows' units and under their siblings (their ranks), no others
    tops = {s.id for unit, _row in rows for s in [unit, *siblings[(unit.parent_id, unit.kind == "agency")]]}
    leaves = reports_q.leaf_codes(db)
    chosen = [
        u
        for u in everyone
        if u.code in leaves and (u.id in tops or not tops.isdisjoint(results.ancestor_ids(u)))
    ]
    pairs = recognise_units(db, year, chosen, names=False)
    towns: dict[int, TownRecognition] = {}  # unit id -> the leaves at or under it
    for leaf, r in pairs:
        for unit_id in (leaf.id, *results.ancestor_ids(leaf)):
            towns.setdefault(unit_id, TownRecognition()).units.append(r)

    def under(unit: Unit) -> TownRecognition:
        return towns.setdefault(unit.id, TownRecognition())

    ranks: dict[tuple[int | None, bool], tuple[str, dict[int, int]]] = {}
    own_of = {leaf.id: r for leaf, r in pairs}
    for unit, row in rows:
        town = under(unit)
        hh, ad = town.households_registry, town.adults_registry
        shown = town.stage
        row["recognition"] = {
            "base": REGISTRY_BASE,
            "stages": {s: {**_stage(town.counts(s), hh, ad, s), "groups": town.groups(s)} for s in STAGES},
            "shown": {"stage": shown, **_stage(town.counts(shown), hh, ad, shown)},
        }
        row["figures"] = {
            **row["figures"],
            "groups_reaching_title": sum(bool(r.group.reached) for r in town.units),
        }
        key = (unit.parent_id, unit.kind == "agency")
        if key not in ranks:
            ranks[key] = rank({s.id: under(s) for s in siblings[key]})
        rank_stage, order = ranks[key]
        row["rank"], row["rank_of"] = order[unit.id], len(order)
        row["rank_stage"] = {"stage": rank_stage, "label": STAGE_LABELS[rank_stage]}
        own = own_of.get(unit.id)
        if own is None:
            continue
        row["recognition"]["review_state"] = own.review_state
        row["recognition"]["review_stage"] = REVIEW_STAGES.get(own.review_state, own.review_state)
        if own.group.reached is not None:
            row["title_reached"] = own.group.reached
            row["title_checks"] = [c.__dict__ for c in own.group.checks]
        row["title_provisional"] = own.group.provisional
        row["title_label"] = group_label(own)


def previous_year(db: Session, year: int, unit: Unit) -> dict | None:
    """What the unit's groups had recognised (approved by the committee) the year before,
    over that year's registry; None when that year has no proposals."""
    below = f"{unit.path}{unit.id}/"
    leaves = reports_q.leaf_codes(db)
    chosen = [
        u for u in units_q.all_units(db) if u.code in leaves and (u.id == unit.id or u.path.startswith(below))
    ]
    town = TownRecognition([r for _u, r in recognise_units(db, year, chosen, names=False)])
    if not any(u.has_proposals for u in town.units):
        return None
    hh, ad = town.households_registry, town.adults_registry
    return {
        "year": year,
        **_stage(town.counts("approved"), hh, ad, "approved"),
        "groups": town.groups("approved"),
    }
