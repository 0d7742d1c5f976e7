"""Follow-up pages: the year's lagging units and why, against the campaign calendar, with a
link to act on each reason and, for the committee, reminders to send them and the year's
dates to change; and each user's daily e-mail digest address. The home page's "what is due"
comes from the same domain function (followup.due_for)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..domain import campaign_calendar, digest, followup
from ..domain.access import acts_for_town
from ..errors import AppError, Forbidden
from ..store import db
from . import i18n
from .dashboard import page_names
from .pages import current_user, register_error_pages, signed_in_roles

READERS = ("admin", "committee", "board")
SENDERS = followup.SENDERS

bp = Blueprint("followup", __name__)
register_error_pages(bp)
bp.context_processor(page_names)
bp.before_request(
    signed_in_roles(
        ("admin", "committee", "board", "volunteer"),
        "page.campaign_account_required",
        "Cần đăng nhập bằng tài khoản của chiến dịch.",
    )
)


def act_url(action: str, year: int, code: str) -> str:
    """Where a reason is acted on: the forms (registration), the unit's households (coverage),
    its review page (meeting, dossier), its results page (anything else)."""
    user = current_user()
    if action == "fill" and user is not None and user.role in ("admin", "board", "volunteer"):
        return url_for("webforms.signed_in_app")
    if action == "households" and user is not None and user.role != "volunteer":
        return url_for("dashboard.subjects", year=year, code=code, kind="households")
    if action == "review" and user is not None and user.role != "volunteer":
        return url_for("review_pages.unit_review", year=year, code=code)
    if user is not None and user.role == "volunteer":
        return url_for("webforms.signed_in_app")
    if action == "plan":
        return url_for("plan_pages.unit_plan", year=year, code=code)
    return url_for("dashboard.unit", year=year, code=code)


def said(vi: str, en: str) -> str:
    """A domain text given in both languages, in the reader's."""
    return en if i18n.language() == "en" else vi


bp.add_app_template_global(act_url, "act_url")
bp.add_app_template_global(said, "said")
bp.add_app_template_global(campaign_calendar.STEPS, "calendar_steps")


def _readers_only() -> None:
    user = current_user()
    if user is None or user.role not in READERS:
        raise Forbidden("followup.page_forbidden", "Chỉ Ban chỉ đạo và Ban vận động xem trang đôn đốc.")


@bp.get("/followup")
def index() -> Response:
    return redirect(url_for(".lagging", year=followup.local_today().year))


@bp.get("/years/<int:year>/followup")
def lagging(year: int, status: int = 200, message: str = "") -> tuple[str, int]:
    _readers_only()
    session = db.session()
    user = current_user()
    fu = followup.follow_up(session, current_app.config, user, year)
    return (
        render_template(
            "followup/lagging.html",
            year=year,
            fu=fu,
            may_send=user.role in SENDERS,
            may_set_calendar=acts_for_town(session, user),
            sent=followup.reminders_of(session, user, limit=20),
            message=message,
            max_message=followup.MAX_MESSAGE,
        ),
        status,
    )


@bp.post("/years/<int:year>/followup/remind")
def remind(year: int) -> Response | tuple[str, int]:
    """The committee reminds the units ticked, with a message; nothing is stored when any
    unit or the message is refused."""
    _readers_only()
    user = current_user()
    if user.role not in SENDERS:
        raise Forbidden("followup.remind_forbidden", "Chỉ Ban chỉ đạo gửi được lời nhắc")
    codes = request.form.getlist("unit")
    text = request.form.get("message", "")
    session = db.write_session()
    try:
        count = followup.send_reminders(session, current_app.config, user, year, codes, text)
        session.commit()
    except AppError as exc:
        session.rollback()
        flash(i18n.message(exc), "error")
        return lagging(year, status=exc.status, message=text[: followup.MAX_MESSAGE * 2])
    flash(_("Đã gửi lời nhắc tới %(count)s đơn vị.", count=count), "success")
    return redirect(url_for(".lagging", year=year))


@bp.post("/years/<int:year>/followup/calendar")
def set_calendar(year: int) -> Response | tuple[str, int]:
    _readers_only()
    changes = {
        step: request.form.get(step, "")[:40] for step in campaign_calendar.STEPS if step in request.form
    }
    session = db.write_session()
    try:
        followup.set_calendar(session, current_user(), current_app.config, year, changes)
        session.commit()
    except AppError as exc:
        session.rollback()
        flash(i18n.message(exc), "error")
        return lagging(year, status=exc.status)
    flash(_("Đã lưu lịch của năm %(year)s.", year=year), "success")
    return redirect(url_for(".lagging", year=year))


@bp.route("/reminders/email", methods=["GET", "POST"])
def email() -> Response | tuple[str, int]:
    """The user's own address for the daily digest (empty: none sent)."""
    user = current_user()
    session = db.session()
    status = 200
    if request.method == "POST":
        session = db.write_session()
        try:
            saved = digest.subscribe(session, user.id, request.form.get("email", "")[:1000])
            session.commit()
            flash(
                _("Sẽ gửi thư nhắc việc hằng ngày tới %(email)s.", email=saved)
                if saved
                else _("Đã tắt thư nhắc việc hằng ngày."),
                "success",
            )
            return redirect(url_for(".email"))
        except AppError as exc:
            session.rollback()
            flash(i18n.message(exc), "error")
            status = exc.status
    sub = digest.subscription(session, user.id)
    return (
        render_template(
            "followup/email.html",
            sub=sub if sub is not None and sub.active else None,
            mail_on=bool(current_app.config.get("SMTP_HOST")),
            hour=current_app.config.get("DIGEST_HOUR"),
        ),
        status,
    )
