"""The document settings page: numbers, dates, signers and recipients of the year's tờ trình
and decision, and the issuing body, as printed on the PDF dossier. Administrators and
committee members edit them (boards read results but do not issue town documents); the
same values as `kieumau documents show/set`, stored in the database. Routes hang
on dashboard.bp, whose guard already sends signed-out visitors to the login page."""

from __future__ import annotations

from datetime import date

from flask import Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from ..domain import dossier, results_view
from ..domain.access import acts_for_town
from ..errors import AppError, Forbidden
from ..store import db
from . import i18n
from .dashboard import bp
from .document_forms import DocumentSettingsForm, changes, fill
from .pages import current_user


def _editor() -> None:
    """The town's documents: administrators, and committee members of the whole town (one
    scoped to a unit acts for that unit, not for the town)."""
    if not acts_for_town(db.session(), current_user()):
        raise Forbidden(
            "document.settings_forbidden",
            "Chỉ quản trị viên và Ban chỉ đạo cấp phường sửa thông tin văn bản.",
        )


@bp.get("/documents/")
def documents_latest() -> Response:
    """The latest year with results (this year when there are none yet)."""
    _editor()
    years = results_view.years(db.session())
    return redirect(url_for(".documents", year=years[-1] if years else date.today().year))


@bp.route("/years/<int:year>/documents", methods=["GET", "POST"])
def documents(year: int) -> Response | tuple[str, int]:
    _editor()
    form = DocumentSettingsForm()
    if form.validate_on_submit():
        try:
            dossier.update_settings(db.session(), year, changes(form))
            db.session().commit()
        except AppError as exc:
            db.session().rollback()
            flash(i18n.message(exc), "error")
        else:
            flash(_("Đã lưu thông tin văn bản năm %(year)s.", year=year), "success")
            return redirect(url_for(".documents", year=year))
    elif not form.is_submitted():
        fill(form, dossier.load_settings(db.session(), year))
    page = render_template(
        "dashboard/documents.html", year=year, form=form, years=results_view.years(db.session())
    )
    return page, 400 if form.errors else 200
