"""Administration pages that take files: XLSForm workbooks (publish, close / reopen,
download the stored workbook) and the household roster. Routes hang on admin.bp, so the
admin-only check there covers them. A refused file is shown one problem per row, with
the sheet and row pulled out of the message."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass

from flask import Response, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from ..domain import history_import
from ..domain.forms import form_rows, import_workbook, set_state, stored_workbook
from ..errors import AppError
from ..formats.roster import COLUMNS, REQUIRED
from ..jobs import roster as roster_job
from ..store import db
from . import i18n
from .admin import apply, bp
from .forms_wtf import ActionForm, HistoryForm, RosterForm, UploadForm
from .pages import current_user


def _basename(filename: str | None) -> str:
    return (filename or "").replace("\\", "/").rsplit("/", 1)[-1]


@dataclass
class Problem:
    sheet: str
    row: str
    text: str


SHEET = re.compile(r"'(\w+)' sheet|\bsheet\s+'?(\w+)'?", re.IGNORECASE)
ROW = re.compile(r"\[row\s*:\s*(\d+)\]|\brow\s+(\d+)", re.IGNORECASE)


def problems(text: str) -> list[Problem]:
    """One row per problem in a refusal, with the sheet and row pulled out of pyxform's
    ("[row : 3] ... 'survey' sheet") and the scoring-sheet reader's wording."""
    out = []
    for line in (part.strip() for part in re.split(r"\n|; ", text)):
        if line:
            sheet, row = SHEET.search(line), ROW.search(line)
            out.append(
                Problem(
                    next(filter(None, sheet.groups()), "") if sheet else "",
                    next(filter(None, row.groups()), "") if row else "",
                    line,
                )
            )
    return out


@bp.route("/forms", methods=["GET", "POST"])
def forms() -> Response | tuple[str, int]:
    upload = UploadForm()
    refused: list[Problem] = []
    if upload.validate_on_submit():
        media = {_basename(f.filename): f.read() for f in upload.media.data or [] if f and f.filename}
        content, name = upload.workbook.data.read(), _basename(upload.workbook.data.filename)
        session_db = db.write_session()
        try:
            result = import_workbook(
                session_db, content, name, media, allow_warnings=upload.allow_warnings.data
            )
            session_db.commit()
        except AppError as exc:
            session_db.rollback()
            refused = problems(i18n.message(exc))
        else:
            flash(_("Đã đăng %(form)s, phiên bản %(version)s.", form=result.form_id, version=result.version)
                  if result.status != "unchanged" else _("Biểu mẫu không thay đổi."), "success")  # fmt: skip
            return redirect(url_for(".forms"))
    rows = [(r.form, r.versions, (r.submissions, r.last_submission_at)) for r in form_rows(db.session())]
    page = render_template("admin/forms.html", rows=rows, upload=upload, refused=refused, action=ActionForm())
    return page, 400 if refused or upload.errors else 200


@bp.post("/forms/<form_id>/<any(closing, close, open):verb>")
def form_state(form_id: str, verb: str) -> Response:
    if ActionForm().validate_on_submit():
        if verb == "closing":
            done = _("Biểu mẫu %(form)s đang đóng: không còn phát, vẫn nhận bài gửi.", form=form_id)
            state = "closing"
        elif verb == "close":
            done, state = _("Đã đóng biểu mẫu %(form)s.", form=form_id), "closed"
        else:
            done, state = _("Đã mở lại biểu mẫu %(form)s.", form=form_id), "open"
        apply(lambda s: set_state(s, form_id, state), done)
    return redirect(url_for(".forms"))


@bp.get("/forms/<form_id>/versions/<int:version_id>/workbook")
def workbook(form_id: str, version_id: int) -> Response:
    fv = stored_workbook(db.session(), form_id, version_id)
    name = fv.workbook_name or f"{form_id}-{fv.version}.xlsx"
    ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
    resp = Response(fv.workbook, mimetype=ctype)
    resp.headers.set("Content-Disposition", "attachment", filename=name)
    return resp


# ---- roster ------------------------------------------------------------------------


@bp.route("/roster", methods=["GET", "POST"])
def roster() -> Response | tuple[str, int]:
    """The upload answers at once: the import runs in a thread (jobs/roster.py) and this page
    shows its progress, refreshing itself, then its outcome. A file that is not a roster at
    all is refused here (400); a second upload while one runs gets 409."""
    upload = RosterForm()
    refused: list[Problem] = []
    status = 200
    if upload.validate_on_submit():
        content, name = upload.roster.data.read(), _basename(upload.roster.data.filename)
        try:
            job = roster_job.start(current_app._get_current_object(), content, name, current_user().username)
        except AppError as exc:
            refused, status = problems(i18n.message(exc)), exc.status
        else:
            job.join(WAIT_SECONDS)  # a small file's outcome is on the very next page
            return redirect(url_for(".roster"), 303)
    job = roster_job.status(current_app.config["DATA_DIR"])
    if job and job["state"] in ("refused", "failed") and not refused:
        refused = [p for line in job["problems"] for p in problems(line)]
    page = render_template("admin/roster.html", upload=upload, refused=refused, job=job, busy=status == 409,
                           columns=COLUMNS, required=REQUIRED)  # fmt: skip
    return page, 400 if upload.errors else status


WAIT_SECONDS = 1


# ---- earlier years' recognitions -----------------------------------------------------------


@bp.route("/history", methods=["GET", "POST"])
def history() -> tuple[str, int]:
    """Earlier years' recognitions from a spreadsheet (history_import): all or nothing, each
    bad row named; later years already scored are scored again in the same transaction."""
    upload = HistoryForm()
    refused: list[Problem] = []
    report = None
    status = 200
    if upload.validate_on_submit():
        content, name = upload.history.data.read(), _basename(upload.history.data.filename)
        session = db.session()
        try:
            report = history_import.import_and_rescore(session, content, name)
            session.commit()
        except AppError as exc:
            session.rollback()
            refused, status = problems(i18n.message(exc)), exc.status
    page = render_template("admin/history.html", upload=upload, refused=refused, report=report,
                           columns=history_import.COLUMNS, required=history_import.REQUIRED)  # fmt: skip
    return page, 400 if upload.errors else status
