"""Each unit's plan for the year: the households and citizens that registered to compete,
its focus criteria with their roadmap, the committee's approval, and the progress of each
roadmap against what the surveys measured (roadmap.py judges; this module gathers).

Who may do what: the board of a unit (or an admin) edits its plan and its registration
list; the committee (scoped to the unit, or the whole town) or an admin approves the plan.
A change to an approved plan makes it a draft again, to be approved again. Every input is
checked as a whole before anything is written: a refused edit leaves the plan as it was."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..errors import Forbidden, Invalid, NotFound
from ..store import plans as plans_q
from ..store import units as units_q
from ..store.models import Household, Unit, User, utcnow
from ..store.plan_models import Inspection, UnitPlan
from ..store.users import Caller
from . import results
from .access import unit_scope
from .roadmap import Measure, Progress, Target, progress
from .units import GROUP_UNIT_KINDS

EDITORS = ("board", "admin")
APPROVERS = ("committee", "admin")
KINDS = ("household", "citizen", "group")
PLAN_UNIT_KINDS = GROUP_UNIT_KINDS  # the units that register and plan: groups, villages, agencies
LIMITS = {"responsible": 255, "notes": 1000, "note": 1000}
MAX_TARGETS = 200
EVALUATION_VI = "Đánh giá cuối năm"


@dataclass(frozen=True)
class Option:
    """A criterion a unit may choose as a focus: from the current scoring sheets."""

    kind: str
    code: str
    group: str
    label_vi: str
    label_en: str
    form_id: str


@dataclass(frozen=True)
class UnitProgress:
    """One unit's plan and each focus criterion's progress."""

    unit_code: str
    unit_name: str
    plan_state: str | None  # None: no plan yet
    approved_at: datetime | None
    targets: list[Progress]

    @property
    def behind(self) -> list[Progress]:
        return [p for p in self.targets if p.behind]


def options(db: Session, unit_kind: str | None = None) -> list[Option]:
    """The criteria of the current household, citizen and group sheets, in sheet order; with
    `unit_kind`, only the sheets that assess that kind of unit (their rule's unit_kinds; a
    rule naming none assesses every kind)."""
    out = []
    for form_id, fields, scoring in plans_q.current_sheets(db):
        kind = results.kind_of(fields, True)
        if kind not in KINDS:
            continue
        kinds = (scoring.get("rule") or {}).get("unit_kinds") or ()
        if unit_kind is not None and kinds and unit_kind not in kinds:
            continue
        for c in scoring.get("criteria", []):
            out.append(
                Option(kind, c["code"], c.get("group", ""), c["label_vi"], c.get("label_en", ""), form_id)
            )
    return out


def _unit(db: Session, code: str) -> Unit:
    unit = units_q.unit_by_code(db, code)
    if unit is None:
        raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
    return unit


def check_scope(db: Session, user: User | Caller, unit: Unit, roles: tuple[str, ...]) -> None:
    """The user's role is one of `roles` and the unit is in their scope."""
    if user.role not in roles:
        raise Forbidden("auth.role_forbidden", "Vai trò của bạn không làm được việc này")
    scope = unit_scope(db, user)
    if scope is not None and unit.code not in scope:
        raise Forbidden("unit.not_yours", "Bạn không phụ trách đơn vị %(code)s", code=unit.code)


def may_read(db: Session, user: User | Caller, unit: Unit) -> bool:
    scope = unit_scope(db, user)
    return user.role in ("admin", "committee", "board") and (scope is None or unit.code in scope)


def _text(name: str, value: object) -> str:
    text = str(value or "").strip()
    if len(text) > LIMITS[name]:
        raise Invalid(
            "input.too_long",
            "Mục %(name)s quá dài: %(length)s ký tự, tối đa %(most)s",
            name=name,
            length=len(text),
            most=LIMITS[name],
        )
    return text


def _share(value: object) -> float:
    """A share in (0, 1]."""
    try:
        share = float(str(value).strip().replace(",", "."))
    except ValueError:
        share = -1.0
    if not 0 < share <= 1:  # also refuses NaN
        raise Invalid(
            "plan.invalid_share",
            "Tỷ lệ mục tiêu không hợp lệ: %(value)s (từ 1%% đến 100%%)",
            value=str(value)[:20],
        )
    return share


def _date_in(value: object, year: int) -> str:
    text = str(value or "").strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise Invalid(
            "input.invalid_date", "Ngày không hợp lệ: %(date)s (YYYY-MM-DD)", date=text[:20]
        ) from None
    if day.year != year:
        raise Invalid(
            "plan.date_outside_year", "Ngày mục tiêu %(date)s phải trong năm %(year)s", date=text, year=year
        )
    return day.isoformat()


def checked_targets(
    db: Session, year: int, targets: Iterable[Mapping[str, object]], unit_kind: str | None = None
) -> list[dict]:
    """The targets as stored, each checked: a criterion of the current sheets (of the unit's
    kind), once; a share in (0, 1]; a date in the year; texts within their limits."""
    known = {(o.kind, o.code) for o in options(db, unit_kind)}
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for t in targets:
        key = (str(t.get("kind") or ""), str(t.get("code") or ""))
        if key not in known:
            raise Invalid(
                "plan.unknown_criterion",
                "Không có tiêu chí %(criterion)s trong bảng tiêu chí",
                criterion=key[1][:64],
            )
        if key in seen:
            raise Invalid(
                "plan.criterion_twice", "Tiêu chí %(criterion)s được chọn hai lần", criterion=key[1]
            )
        seen.add(key)
        out.append(
            {
                "kind": key[0],
                "code": key[1],
                "target_share": _share(t.get("target_share")),
                "target_date": _date_in(t.get("target_date"), year),
                "responsible": _text("responsible", t.get("responsible")),
                "notes": _text("notes", t.get("notes")),
            }
        )
    if len(out) > MAX_TARGETS:
        raise Invalid("plan.too_many_targets", "Tối đa %(most)s tiêu chí trọng tâm", most=MAX_TARGETS)
    return out


def save_plan(
    db: Session,
    user: User,
    year: int,
    unit_code: str,
    targets: Iterable[Mapping[str, object]],
    note: str = "",
) -> UnitPlan:
    """The board writes its unit's focus criteria and roadmap (all of them: the list replaces
    the stored one). An approved plan goes back to draft."""
    unit = _unit(db, unit_code)
    check_scope(db, user, unit, EDITORS)
    rows = checked_targets(db, year, targets, unit.kind)
    note = _text("note", note)
    plan = plans_q.plan_of(db, year, unit.id)
    if plan is None:
        plan = UnitPlan(year=year, unit_id=unit.id)
        db.add(plan)
        db.flush()
    plan.note, plan.state = note, "draft"
    plan.updated_by, plan.updated_at = user.id, utcnow()
    plan.approved_by, plan.approved_at = None, None
    plans_q.replace_targets(db, plan, rows)
    return plan


def approve_plan(db: Session, user: User, year: int, unit_code: str) -> UnitPlan:
    """The committee approves a unit's plan as the board wrote it."""
    unit = _unit(db, unit_code)
    check_scope(db, user, unit, APPROVERS)
    plan = plans_q.plan_of(db, year, unit.id)
    if plan is None or not plans_q.targets_of(db, [plan.id])[plan.id]:
        raise Invalid(
            "plan.no_focus_plan", "Đơn vị %(code)s chưa có kế hoạch với tiêu chí trọng tâm", code=unit.code
        )
    plan.state, plan.approved_by, plan.approved_at = "approved", user.id, utcnow()
    return plan


def set_registered_households(
    db: Session, user: User | Caller, year: int, unit_code: str, codes: Iterable[str], source: str = "page"
) -> int:
    """The unit's households that register this year (the board's ticks): only households of
    the unit's registry. Returns how many are registered."""
    unit = _unit(db, unit_code)
    check_scope(db, user, unit, EDITORS)
    wanted = {str(c).strip() for c in codes if str(c).strip()}
    strangers = sorted(wanted - plans_q.household_codes_of_unit(db, unit.id))
    if strangers:
        shown = ", ".join(s[:64] for s in strangers[:5])
        raise Invalid(
            "plan.households_outside_unit",
            "Hộ không thuộc đơn vị %(code)s: %(households)s",
            code=unit.code,
            households=shown,
        )
    plans_q.replace_registrants(db, year, unit.id, "household", wanted, source, user.id)
    return len(wanted)


def register_from_form(
    db: Session, year: int, unit: Unit, answers: Mapping[str, str | None], user_id: int | None
) -> int | None:
    """The households a counting registration form lists (`ho_dang_ky`, optional) become the
    unit's registrants, as the board's ticks would; a code that is not the unit's is left out
    (the phone's list holds only the unit's). None when the form lists none."""
    listed = set((answers.get("ho_dang_ky") or "").split())
    if not listed:
        return None
    codes = listed & plans_q.household_codes_of_unit(db, unit.id)
    plans_q.replace_registrants(db, year, unit.id, "household", codes, "form", user_id)
    return len(codes)


def is_registered(db: Session, year: int, kind: str, subjects: Iterable[str]) -> set[str]:
    """Which of these households (citizens: themselves or through their household) registered
    in `year`: what results and proposals flag. One rule for every page, export and API."""
    if kind == "citizen":
        return plans_q.registered_citizens(db, year, subjects)
    return plans_q.registered_among(db, year, kind, subjects)


# ---------------------------------------------------------------- progress


def _labels(db: Session) -> dict[tuple[str, str], tuple[str, str]]:
    return {(o.kind, o.code): (o.label_vi, o.label_en) for o in options(db)}


def unit_progress(
    db: Session,
    year: int,
    unit_codes: set[str] | None = None,
    today: date | None = None,
    *,
    round_ids: set[int] | None = None,
    with_evaluation: bool = True,
) -> list[UnitProgress]:
    """Every unit (of `unit_codes`; None = all) that has a plan for the year, with each focus
    criterion's progress against its roadmap: the measures of every inspection round of the
    year (oldest first), then the November evaluation's. What the plans API and the
    follow-up page ("focus criteria behind their roadmap") read; a few queries in all. A
    document of a past day reads only the rounds of `round_ids` and, with `with_evaluation`
    False, leaves out the evaluation."""
    today = today or date.today()
    found = [(u, p) for u, p in plans_q.plans_of_year(db, year, unit_codes) if p is not None]
    if not found:
        return []
    targets = plans_q.targets_of(db, [p.id for _u, p in found])
    rounds = [r for r in plans_q.rounds_of_year(db, year) if round_ids is None or r.id in round_ids]
    codes = {t.code for ts in targets.values() for t in ts}
    tallies = _round_tallies(db, [r.id for r in rounds], {u.code for u, _p in found}, codes)
    own = plans_q.own_figures(db, year, [u.id for u, _p in found])
    labels = _labels(db)
    out = []
    for unit, plan in found:
        figures = own.get(unit.id, {})
        rows = []
        for t in targets[plan.id]:
            measures = []
            for r in rounds:
                counted = tallies.get((r.id, unit.code, t.kind), {}).get(t.code)
                if counted is not None:
                    passed, seen = counted
                    measures.append(Measure("round", r.title, passed, seen, round_id=r.id))
            evaluated = _evaluation(figures, t.kind, t.code) if with_evaluation else None
            if evaluated is not None:
                measures.append(Measure("evaluation", EVALUATION_VI, *evaluated))
            target = Target(t.kind, t.code, t.target_share, t.target_date, t.responsible, t.notes)
            vi, en = labels.get((t.kind, t.code), (t.code, t.code))
            rows.append(progress(target, measures, year, today, vi, en))
        out.append(UnitProgress(unit.code, unit.name, plan.state, plan.approved_at, rows))
    return out


_TALLIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> {key: counts}


def _round_tallies(
    db: Session, round_ids: list[int], unit_codes: set[str], codes: set[str]
) -> dict[tuple[int, str, str], dict[str, list[int]]]:
    """store.round_tallies for these units. A round of a province's households is hundreds of
    thousands of scores (seconds to count) and changes only while it is open, so every
    unit's counts are kept per process until a round score is added (newest_round_score);
    a few units alone are counted at once."""
    if not round_ids or not codes:
        return {}
    if len(unit_codes) <= 5:
        return plans_q.round_tallies(db, round_ids, unit_codes, codes)
    bind = db.get_bind()
    kept = _TALLIES.setdefault(getattr(bind, "engine", bind), {})
    key = (tuple(round_ids), frozenset(codes), plans_q.newest_round_score(db))
    found = kept.get(key)
    if found is None:
        found = plans_q.round_tallies(db, round_ids, None, codes)
        if len(kept) > 16:
            kept.clear()
        kept[key] = found
    return {k: v for k, v in found.items() if k[1] in unit_codes}


def against_round(
    units: list[UnitProgress], round_id: int, year: int, when: date
) -> dict[str, list[Progress]]:
    """Each unit's focus criteria as one inspection round found them, judged against the
    roadmap on `when` (the round's closing day, or today while it is open): unit code ->
    the criteria the round measured."""
    out: dict[str, list[Progress]] = {}
    for p in units:
        rows = [
            progress(g.target, found, year, when, g.label_vi, g.label_en)
            for g in p.targets
            if (found := [m for m in g.measures if m.round_id == round_id])
        ]
        if rows:
            out[p.unit_code] = rows
    return out


def _evaluation(figures: Mapping, kind: str, code: str) -> tuple[int, int] | None:
    """(passed, seen) of a criterion in a unit's own November figures, if it was surveyed."""
    if kind == "group":
        group = figures.get("group_criteria") or {}
        return (int(bool(group[code])), 1) if code in group else None
    hit = (figures.get("criteria") or {}).get(kind, {}).get(code)
    return (int(hit[0]), int(hit[1])) if hit and hit[1] else None


def progress_json(p: UnitProgress) -> dict:
    """One unit's plan and progress as the API gives it."""
    return {
        "unit": p.unit_code,
        "name": p.unit_name,
        "plan_state": p.plan_state,
        "approved_at": p.approved_at.isoformat(timespec="seconds") + "Z" if p.approved_at else None,
        "behind": len(p.behind),
        "focus_criteria": [
            {
                "kind": g.target.kind,
                "code": g.target.code,
                "label": {"vi": g.label_vi, "en": g.label_en},
                "target_share": g.target.target_share,
                "target_date": g.target.target_date,
                "responsible": g.target.responsible,
                "notes": g.target.notes,
                "expected_share_now": g.expected_share,
                "status": g.status,
                "reason": {"vi": g.reason_vi, "en": g.reason_en},
                "measures": [
                    {
                        "source": m.source,
                        "round_id": m.round_id,
                        "label": m.label,
                        "passed": m.passed,
                        "seen": m.seen,
                        "share": m.share,
                    }
                    for m in g.measures
                ],
            }
            for g in p.targets
        ],
    }


def plans_json(db: Session, user: User | Caller, year: int, today: date | None = None) -> list[dict]:
    """Every group-level unit the user may see (unit_scope), with its registrations, its plan
    and each focus criterion's progress against its roadmap: GET /api/v1/years/<y>/plans."""
    scope = unit_scope(db, user)
    progress = {p.unit_code: p for p in unit_progress(db, year, scope, today)}
    counts = plans_q.registrant_counts(db, year)
    out = []
    for unit, _plan in plans_q.plans_of_year(db, year, scope):
        if unit.kind not in PLAN_UNIT_KINDS:
            continue
        found = progress.get(unit.code)
        row = progress_json(found) if found else {
            "unit": unit.code, "name": unit.name, "plan_state": None, "approved_at": None, "behind": 0,
            "focus_criteria": [],
        }  # fmt: skip
        row["registered_households"] = counts.get((unit.id, "household"), 0)
        row["registered_citizens"] = counts.get((unit.id, "citizen"), 0)
        out.append(row)
    return out


# ---- reads for the plan pages ------------------------------------------------------------


def registrant_counts(db: Session, year: int) -> dict[tuple[int, str], int]:
    """(unit id, kind) -> how many registered in `year`."""
    return plans_q.registrant_counts(db, year)


def plans_of_year(db: Session, year: int, unit_codes: set[str] | None) -> list[tuple[Unit, UnitPlan | None]]:
    """Every unit (of `unit_codes`, None = all) with its plan for the year, if any, in code order."""
    return plans_q.plans_of_year(db, year, unit_codes)


def plan_of(db: Session, year: int, unit_id: int) -> UnitPlan | None:
    return plans_q.plan_of(db, year, unit_id)


def registrants(db: Session, year: int, unit_id: int, kind: str) -> set[str]:
    """The codes of the unit's households (citizens) registered in `year`."""
    return plans_q.registrants(db, year, unit_id, kind)


def household_count(db: Session, unit_id: int) -> int:
    return len(plans_q.household_codes_of_unit(db, unit_id))


def households_of_unit(db: Session, unit_id: int) -> list[Household]:
    return plans_q.households_of_unit(db, unit_id)


def inspections_of(db: Session, year: int, unit_ids: Iterable[int] | None = None) -> list[Inspection]:
    return plans_q.inspections_of(db, year, unit_ids)
