"""Read models of the results for the API, pages and reports: plain dicts, already filtered
to what the user may see."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import Forbidden, NotFound
from ..store import registry as registry_q
from ..store import results as results_q
from ..store import units as units_q
from ..store.models import Unit, User
from . import plans, recognition_view, results
from . import review as review_domain
from .access import unit_scope
from .aggregation import empty_figures, shares


def years(db: Session) -> list[int]:
    return results_q.years(db)


def visible_units(db: Session, user: User) -> list[Unit]:
    scope = unit_scope(db, user)
    return [u for u in units_q.all_units(db) if scope is None or u.code in scope]


def _unit_dict(unit: Unit, result) -> dict:
    figures = result.figures if result is not None else {}
    total = figures.get("total") or empty_figures()
    return {
        "code": unit.code,
        "name": unit.name,
        "kind": unit.kind,
        "parent_id": unit.parent_id,
        "depth": unit.path.count("/") - 1,
        "figures": total,
        "own": figures.get("own") or {},
        "shares": shares(total),
        "title_reached": result.title_reached if result is not None else None,
        "title_checks": figures.get("title", {}).get("checks", []),
        "rank": None,  # among all its siblings: recognition_view.annotate
        "rank_of": None,
    }


def units(db: Session, user: User, year: int) -> list[dict]:
    visible = visible_units(db, user)
    results = results_q.results_of_year(db, year)
    out = [_unit_dict(u, results.get(u.id)) for u in visible]
    recognition_view.annotate(db, user, year, list(zip(visible, out, strict=True)))
    return out


def scoped_unit(db: Session, user: User, code: str) -> Unit:
    """The unit by code, if the user's scope covers it (NotFound / Forbidden otherwise)."""
    unit = units_q.unit_by_code(db, code)
    if unit is None:
        raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
    scope = unit_scope(db, user)
    if scope is not None and code not in scope:
        raise Forbidden("unit.not_visible", "Bạn không xem được đơn vị %(code)s", code=code)
    return unit


def unit_detail(db: Session, user: User, year: int, code: str) -> dict:
    unit = scoped_unit(db, user, code)
    results = results_q.results_of_year(db, year)
    children = [u for u in visible_units(db, user) if u.parent_id == unit.id]
    out = _unit_dict(unit, results.get(unit.id))
    out["children"] = [_unit_dict(c, results.get(c.id)) for c in children]
    recognition_view.annotate(db, user, year, [(unit, out), *zip(children, out["children"], strict=True)])
    out["previous_year"] = recognition_view.previous_year(db, year - 1, unit)
    return out


def subjects(db: Session, user: User, year: int, code: str, kind: str, *, why: bool = True) -> list[dict]:
    """The counting scores of a unit's households or citizens, each criterion met or not and
    (unless `why` is False: the exports only print met or not) which answers decided it."""
    unit = scoped_unit(db, user, code)
    scores = results_q.counting_scores(db, year, unit.code, kind)
    names = registry_q.names_in_unit(db, unit.id, kind)
    explained = results.explain_many(db, [s.submission_id for s in scores]) if why else {}
    registered = plans.is_registered(db, year, kind, [s.subject for s in scores])
    out = []
    for s in scores:
        name, address, is_new = names.get(s.subject, ("", "", True))
        decided = explained.get(s.submission_id, {})
        out.append(
            {
                "code": s.subject,
                "name": name,
                "address": address,
                "new_in_registry": is_new,
                "registered": s.subject in registered,
                "points": s.points,
                "max_points": s.max_points,
                "title_reached": s.title_reached,
                "criteria": [{**c, "decided_by": decided.get(c["code"], [])} for c in s.criteria],
                "submission_id": s.submission_id,
            }
        )
    return out


def proposals(db: Session, user: User, year: int, code: str | None = None) -> list[dict]:
    units_ = [scoped_unit(db, user, code)] if code else visible_units(db, user)
    results = results_q.results_of_year(db, year)
    recognised = {u.code: r for u, r in recognition_view.units(db, user, year, code)}
    out = []
    for unit in units_:
        props = review_domain.proposals(db, year, unit)
        review = review_domain.get_review(db, year, unit)
        result = results.get(unit.id)
        if not props and result is None:
            continue
        rec = recognised.get(unit.code)
        registered = {
            kind: plans.is_registered(db, year, kind, [p.subject for p in props if p.kind == kind])
            for kind in ("household", "citizen")
        }
        out.append(
            {
                "unit": unit.code,
                "name": unit.name,
                "unit_kind": unit.kind,
                "group_title_reached": rec.group.reached if rec is not None else None,
                "group_title_provisional": rec.group.provisional if rec is not None else None,
                "review_state": review.state if review else "open",
                "proposed": [
                    {
                        "kind": p.kind,
                        "code": p.subject,
                        "name": p.name,
                        "address": p.address,
                        "registered": p.subject in registered.get(p.kind, set()),
                        "points": p.points,
                        "board_agrees": p.decision.agree if p.decision else None,
                        "votes": [p.decision.votes_for, p.decision.votes_total] if p.decision else None,
                        "reason": p.decision.reason if p.decision else "",
                    }
                    for p in props
                ],
            }
        )
    return out
