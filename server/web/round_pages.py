"""Inspection rounds and inspections in pages: the rounds of a year (the committee opens
and closes them; everyone sees what each surveyed against the roadmaps), and the
committee's record of an inspection of a unit (biên bản kiểm tra) with its PDF."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..domain import dossier, followup, inspections, plans, rounds, submission_view
from ..domain.access import acts_for_town, unit_scope
from ..domain.units import unit_by_code
from ..errors import Invalid
from ..formats import pdf
from ..store import db
from . import i18n
from .admin import apply
from .dashboard import READERS, page_names
from .forms_wtf import ActionForm
from .pages import current_user, register_error_pages, signed_in_roles
from .reports import _disposition

bp = Blueprint("round_pages", __name__)
register_error_pages(bp)
bp.context_processor(page_names)
bp.before_request(
    signed_in_roles(READERS, "page.readers_only", "Chỉ Ban chỉ đạo và Ban vận động làm việc này.")
)
FIELDS = ("held_on", "place", "members", "findings", "requests")


@bp.get("/rounds/<int:year>")
def year_rounds(year: int) -> str:
    """The year's rounds, newest first, each with what it surveyed per unit and the focus
    criteria as it measured them, judged against their roadmap."""
    session, user = db.session(), current_user()
    scope = unit_scope(session, user)
    found = list(reversed(rounds.rounds_of_year(session, year)))
    progress = plans.unit_progress(session, year, scope)
    per_round = []
    for r in found:
        counts = {
            k: n for k, n in rounds.round_counts(session, r.id).items() if scope is None or k[0] in scope
        }
        units = sorted({code for code, _kind in counts})
        # judged on the round's last day (today while it is open), within its year
        when = min(r.closed_at.date() if r.closed_at else date.today(), date(r.year, 12, 31))
        per_round.append((r, units, counts, plans.against_round(progress, r.id, year, when)))
    return render_template(
        "plans/rounds.html",
        year=year,
        rounds=per_round,
        may_run=acts_for_town(session, user),
        any_open=rounds.any_open(session),
        action=ActionForm(),
    )


@bp.post("/rounds/<int:year>/open")
def open_round(year: int) -> Response:
    if ActionForm().validate_on_submit():
        apply(
            lambda s: rounds.open_round(
                s, current_user(), year, request.form.get("title", ""), request.form.get("scope", "sample"),
                request.form.get("note", ""),
            ),
            _(
                "Đã mở đợt kiểm tra. Phiếu hộ và công dân gửi từ bây giờ thuộc đợt này,"
                " không tính vào đánh giá cuối năm."
            ),
        )  # fmt: skip
    return redirect(url_for(".year_rounds", year=year))


@bp.post("/rounds/<int:year>/<int:round_id>/close")
def close_round(year: int, round_id: int) -> Response:
    if ActionForm().validate_on_submit():
        apply(lambda s: rounds.close_round(s, current_user(), round_id), _("Đã đóng đợt kiểm tra."))
    return redirect(url_for(".year_rounds", year=year))


# ---- inspections -----------------------------------------------------------------------


def _form_values() -> dict:
    return {k: request.form.get(k, "") for k in FIELDS}


@bp.route("/inspections/<int:year>/<code>/new", methods=["GET", "POST"])
def new_inspection(year: int, code: str) -> Response | str | tuple[str, int]:
    session, user = db.session(), current_user()
    submission_view.check_reader(session, user, code, inspections.RECORDERS)
    unit = unit_by_code(session, code)
    values = {"held_on": date.today().isoformat() if date.today().year == year else f"{year}-06-30"}
    if request.method == "POST":
        values = _form_values()
        if ActionForm().validate_on_submit():
            write = db.write_session()
            try:
                row = inspections.record(write, user, year, code, values, _round_id())
                write.commit()
            except Invalid as exc:
                write.rollback()
                flash(i18n.message(exc), "error")
            else:
                flash(_("Đã lưu biên bản kiểm tra."), "success")
                return redirect(url_for(".inspection", inspection_id=row.id))
    page = render_template(
        "plans/inspection_form.html",
        year=year,
        unit=unit,
        values=values,
        rounds=rounds.rounds_of_year(session, year),
        row=None,
        action=ActionForm(),
    )
    return (page, 400) if request.method == "POST" else page


def _round_id() -> int | None:
    text = request.form.get("round_id", "")
    return int(text) if text.isdigit() and len(text) < 10 else None


@bp.route("/inspections/<int:inspection_id>", methods=["GET", "POST"])
def inspection(inspection_id: int) -> Response | str | tuple[str, int]:
    session, user = db.session(), current_user()
    row, unit = inspections.get(session, user, inspection_id)
    if request.method == "POST":
        submission_view.check_reader(session, user, unit.code, inspections.RECORDERS)
        if ActionForm().validate_on_submit() and apply(
            lambda s: inspections.update(s, user, inspection_id, _form_values()),
            _("Đã lưu biên bản kiểm tra."),
        ):
            return redirect(url_for(".inspection", inspection_id=inspection_id))
        return redirect(url_for(".inspection", inspection_id=inspection_id, edit=1))
    doc = inspections.document(session, row, unit, _survey_start(session, row.year))
    return render_template(
        "plans/inspection.html",
        row=row,
        unit=unit,
        doc=doc,
        year=row.year,
        values={k: getattr(row, k) for k in FIELDS},
        editing=request.args.get("edit") == "1" and user.role in inspections.RECORDERS,
        may_edit=user.role in inspections.RECORDERS,
        rounds=[],
        action=ActionForm(),
    )


def _survey_start(session, year: int) -> date:  # the request's session
    return followup.calendar(session, current_app.config, year).on("survey_start")


@bp.get("/inspections/<int:inspection_id>.pdf")
def inspection_pdf(inspection_id: int) -> Response:
    session = db.session()
    row, unit = inspections.get(session, current_user(), inspection_id)
    settings = dossier.load_settings(session, row.year)
    body = pdf.render_pdf(
        "inspection", inspections.document(session, row, unit, _survey_start(session, row.year)), settings
    )
    resp = Response(body, mimetype="application/pdf")
    resp.headers["Content-Disposition"] = _disposition(f"Biên bản kiểm tra {unit.code} {row.held_on}.pdf")
    return resp
