"""The year's plans in pages: the list of units with their plan and progress, a unit's plan
(focus criteria, roadmap, progress against it; the board edits it, the committee approves
it), and the board's list of the households that register. Every POST carries a CSRF token;
the domain checks role and scope, and a refused edit stores nothing and comes back on the
page with its message in the reader's language."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..domain import plans, submission_view
from ..domain.access import unit_scope
from ..domain.units import unit_by_code
from ..errors import Invalid, NotFound
from ..store import db
from . import i18n
from .admin import apply
from .dashboard import READERS, page_names
from .forms_wtf import ActionForm
from .pages import current_user, register_error_pages, signed_in_roles

bp = Blueprint("plan_pages", __name__)
register_error_pages(bp)
bp.context_processor(page_names)
bp.before_request(
    signed_in_roles(READERS, "page.readers_only", "Chỉ Ban chỉ đạo và Ban vận động làm việc này.")
)


def _unit(code: str):  # a Unit the reader may see, else 403 / 404
    submission_view.check_reader(db.session(), current_user(), code)
    unit = unit_by_code(db.session(), code)
    if unit is None:
        raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
    return unit


@bp.get("/plans")
def index() -> Response:
    return redirect(url_for(".year_plans", year=date.today().year))


@bp.get("/plans/<int:year>")
def year_plans(year: int) -> str:
    """Every unit the reader may see: its plan's state, focus criteria behind their roadmap,
    and how many households registered."""
    session, user = db.session(), current_user()
    scope = unit_scope(session, user)
    progress = {p.unit_code: p for p in plans.unit_progress(session, year, scope)}
    counts = plans.registrant_counts(session, year)
    units = [
        (u, progress.get(u.code), counts.get((u.id, "household"), 0))
        for u, _p in plans.plans_of_year(session, year, scope)
        if u.kind in plans.PLAN_UNIT_KINDS
    ]
    return render_template("plans/year.html", year=year, units=units, role=user.role)


# One rule for GET and POST: with two rules on one path, Werkzeug answers a POST whose
# year is out of range with 405 (the GET rule's path matched) instead of 404.
@bp.route("/plans/<int:year>/<code>", methods=["GET", "POST"])
def unit_plan(year: int, code: str, posted: dict | None = None) -> Response | str | tuple[str, int]:
    if request.method == "POST" and posted is None:
        return save(year, code)
    session, user = db.session(), current_user()
    unit = _unit(code)
    plan = plans.plan_of(session, year, unit.id)
    found = plans.unit_progress(session, year, {unit.code})
    progress = found[0] if found else None
    chosen = {(g.target.kind, g.target.code): g.target for g in progress.targets} if progress else {}
    options = plans.options(session, unit.kind)
    return render_template(
        "plans/unit.html",
        year=year,
        unit=unit,
        plan=plan,
        progress=progress,
        options=sorted(options, key=lambda o: ((o.kind, o.code) not in chosen, plans.KINDS.index(o.kind))),
        chosen=chosen,
        posted=posted,
        may_edit=user.role in plans.EDITORS,
        may_approve=user.role in plans.APPROVERS and plan is not None and plan.state != "approved",
        registered=len(plans.registrants(session, year, unit.id, "household")),
        households=plans.household_count(session, unit.id),
        inspections=plans.inspections_of(session, year, [unit.id]),
        action=ActionForm(),
    )


def _share(text: str) -> object:
    """A percentage typed on the page ("70", "70%", "70,5") as a share; anything else is
    passed on as typed, for the domain to refuse with its message."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        return float(cleaned) / 100
    except ValueError:
        return text


def _posted_targets(form) -> list[dict]:  # the request's form
    out = []
    for name in form:
        if name.startswith("focus:"):
            key = name.removeprefix("focus:")
            kind, _sep, code = key.partition(":")
            out.append(
                {
                    "kind": kind,
                    "code": code,
                    "target_share": _share(form.get(f"share:{key}", "")),
                    "target_date": form.get(f"date:{key}", ""),
                    "responsible": form.get(f"who:{key}", ""),
                    "notes": form.get(f"notes:{key}", ""),
                }
            )
    return out


def save(year: int, code: str) -> Response | tuple[str, int]:
    submission_view.check_reader(db.session(), current_user(), code, plans.EDITORS)
    session = db.write_session()
    try:
        plans.save_plan(
            session, current_user(), year, code, _posted_targets(request.form), request.form.get("note", "")
        )
        session.commit()
    except Invalid as exc:
        session.rollback()
        flash(i18n.message(exc), "error")
        return unit_plan(year, code, posted=request.form), 400
    flash(_("Đã lưu kế hoạch. Ban chỉ đạo sẽ xem và phê duyệt."), "success")
    return redirect(url_for(".unit_plan", year=year, code=code))


@bp.post("/plans/<int:year>/<code>/approve")
def approve(year: int, code: str) -> Response:
    submission_view.check_reader(db.session(), current_user(), code, plans.APPROVERS)
    if ActionForm().validate_on_submit():
        apply(lambda s: plans.approve_plan(s, current_user(), year, code), _("Đã phê duyệt kế hoạch."))
    return redirect(url_for(".unit_plan", year=year, code=code))


@bp.route("/plans/<int:year>/<code>/households", methods=["GET", "POST"])
def households(year: int, code: str) -> Response | str:
    """The board ticks the households that register this year (đăng ký thi đua)."""
    session, user = db.session(), current_user()
    unit = _unit(code)
    may_edit = user.role in plans.EDITORS
    if request.method == "POST":
        submission_view.check_reader(session, user, code, plans.EDITORS)
        if ActionForm().validate_on_submit():
            ticked = request.form.getlist("hh")
            if apply(
                lambda s: plans.set_registered_households(s, current_user(), year, code, ticked),
                _("Đã lưu danh sách %(n)s hộ đăng ký.", n=len(set(ticked))),
            ):
                return redirect(url_for(".unit_plan", year=year, code=code))
        return redirect(url_for(".households", year=year, code=code))
    return render_template(
        "plans/households.html",
        year=year,
        unit=unit,
        rows=plans.households_of_unit(session, unit.id),
        registered=plans.registrants(session, year, unit.id, "household"),
        may_edit=may_edit,
        action=ActionForm(),
    )
