"""The recognition procedure in pages: the board's evaluation meeting for its unit (meeting
details, agree / not agree with the vote on each proposed household and citizen, submit),
the committee's approvals (approve, reopen with a reason), and the board's refusal of a
submission. Every POST carries a CSRF token; the domain checks role and scope and its
refusals come back as messages in the reader's language."""

from __future__ import annotations

from datetime import date, time

from flask import Blueprint, Response, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..domain import results_view, review, submission_view
from ..domain.meeting_rules import ProcedureRules
from ..domain.units import unit_by_code
from ..errors import Conflict, Invalid
from ..store import db
from . import i18n
from .admin import apply
from .dashboard import READERS, page_names
from .forms_wtf import ActionForm
from .pages import current_user, register_error_pages, signed_in_roles
from .review_forms import AgreeRestForm, ApproveForm, MeetingForm, PostingForm, ReasonForm

PER_PAGE = 40
EDITORS = ("board", "admin")
APPROVERS = ("committee", "admin")

bp = Blueprint("review_pages", __name__)
register_error_pages(bp)
bp.context_processor(page_names)


bp.before_request(
    signed_in_roles(READERS, "page.readers_only", "Chỉ Ban chỉ đạo và Ban vận động làm việc này.")
)


def _back(year: int, code: str) -> Response:
    return redirect(url_for(".unit_review", year=year, code=code, page=request.args.get("page", type=int)))


def _rules() -> ProcedureRules:
    return ProcedureRules.from_config(current_app.config)


def _may(code: str, roles: tuple[str, ...]) -> None:
    """Role and scope before any write: a 403 page, not a message after the fact."""
    submission_view.check_reader(db.session(), current_user(), code, roles)


def _flash_errors(form) -> None:
    for errors in form.errors.values():
        for error in errors:
            flash(str(error), "error")


# ---- the board's meeting ---------------------------------------------------------------


@bp.get("/years/<int:year>/units/<code>/review")
def unit_review(year: int, code: str, posted: dict | None = None, errors: dict | None = None) -> str:
    session = db.session()
    user = current_user()
    found = results_view.proposals(session, user, year, code)  # checks the reader's scope
    unit = unit_by_code(session, code)
    rev = review.get_review(session, year, unit)
    state = rev.state if rev else "open"
    proposed = found[0]["proposed"] if found else []
    pages = max((len(proposed) + PER_PAGE - 1) // PER_PAGE, 1)
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), pages)
    events = review.review_events(session, rev)
    meeting = MeetingForm(formdata=None, data=_meeting_data(rev))
    return render_template(
        "review/unit.html",
        year=year,
        unit=unit,
        review=rev,
        state=state,
        group_title=found[0]["group_title_reached"] if found else None,
        rows=proposed[(page - 1) * PER_PAGE : page * PER_PAGE],
        counts=_counts(proposed),
        page=page,
        pages=pages,
        may_edit=user.role in EDITORS and state != "approved",
        may_approve=user.role in APPROVERS,
        meeting=meeting,
        posting=PostingForm(formdata=None, data={"posted_from": date.today()}),
        approve_form=ApproveForm(formdata=None),
        claimed=_claimed(session, year, unit),
        agree_rest=AgreeRestForm(
            formdata=None, data={"votes_total": rev.present if rev and rev.present else None}
        ),
        action=ActionForm(),
        reopen=ReasonForm(formdata=None),
        events=events,
        names=review.user_names(session, {e.user_id for e in events}),
        posted=posted or {},
        errors=errors or {},
    )


def _meeting_data(rev) -> dict:
    if rev is None:
        return {"meeting_date": date.today()}
    data = {k: getattr(rev, k) for k in ("place", "chair", "secretary", "present", "invited", "notes")}
    for key in ("started_at", "ended_at"):
        try:
            data[key] = time.fromisoformat(getattr(rev, key)) if getattr(rev, key) else None
        except ValueError:
            data[key] = None
    try:
        data["meeting_date"] = date.fromisoformat(rev.meeting_date) if rev.meeting_date else date.today()
    except ValueError:
        data["meeting_date"] = None
    return data


def _counts(proposed: list[dict]) -> dict[str, int]:
    agree = sum(1 for p in proposed if p["board_agrees"] is True)
    disagree = sum(1 for p in proposed if p["board_agrees"] is False)
    return {"total": len(proposed), "agree": agree, "disagree": disagree,
            "undecided": len(proposed) - agree - disagree}  # fmt: skip


@bp.post("/years/<int:year>/units/<code>/review/meeting")
def meeting(year: int, code: str) -> Response:
    _may(code, EDITORS)
    form = MeetingForm()
    if form.validate_on_submit():
        details = {k: getattr(form, k).data or "" for k in ("place", "chair", "secretary", "notes")}
        times = {
            k: getattr(form, k).data.strftime("%H:%M") if getattr(form, k).data else ""
            for k in ("started_at", "ended_at")
        }
        apply(
            lambda s: review.record_meeting(
                s, current_user(), year, code, meeting_date=form.meeting_date.data.isoformat(),
                present=form.present.data or 0, invited=form.invited.data or 0, rules=_rules(),
                **details, **times,
            ),
            _("Đã lưu thông tin cuộc họp."),
        )  # fmt: skip
    else:
        _flash_errors(form)
    return _back(year, code)


def _posted_rows(form) -> list[tuple[str, str, str]]:
    """(field key, kind, subject) of every row whose agree / not agree was chosen."""
    out = []
    for name in form:
        if name.startswith("agree:"):
            key = name.removeprefix("agree:")
            kind, _sep, subject = key.partition(":")
            out.append((key, kind, subject))
    return out


MAX_VOTES = 100_000  # as many as attend a meeting (review_forms' attendance bound)


def _int(text: str | None) -> int:
    try:
        value = int((text or "").strip())
    except ValueError:
        raise Invalid("review.votes_not_number", "Số phiếu phải là số") from None
    if not 0 <= value <= MAX_VOTES:
        raise Invalid("review.votes_out_of_range", "Số phiếu từ 0 đến %(most)s", most=MAX_VOTES)
    return value


@bp.post("/years/<int:year>/units/<code>/review/decisions")
def decisions(year: int, code: str) -> Response | tuple[str, int]:
    """Save the rows of one page of the list; rows the domain refuses stay on screen with
    their message, the others are kept."""
    _may(code, EDITORS)  # first: a 403, not an error on every row
    session = db.write_session()
    user, form, errors = current_user(), request.form, {}
    for key, kind, subject in _posted_rows(form):
        try:
            review.decide(
                session, user, year, code, kind, subject, agree=form[f"agree:{key}"] == "yes",
                votes_for=_int(form.get(f"for:{key}")), votes_total=_int(form.get(f"total:{key}")),
                reason=(form.get(f"reason:{key}") or "").strip(), rules=_rules(),
            )  # fmt: skip
        except (Invalid, Conflict) as exc:
            if isinstance(exc, Conflict):  # approved: nothing on this page can change
                session.rollback()
                flash(i18n.message(exc), "error")
                return _back(year, code)
            errors[key] = i18n.message(exc)
    session.commit()
    saved = len(_posted_rows(form)) - len(errors)
    if errors:
        flash(
            _("Đã lưu %(saved)s dòng; %(bad)s dòng cần sửa (xem bên dưới).", saved=saved, bad=len(errors)),
            "error",
        )
        return unit_review(year, code, posted=form, errors=errors), 400
    flash(_("Đã lưu %(n)s ý kiến bình xét.", n=saved), "success")
    return _back(year, code)


@bp.post("/years/<int:year>/units/<code>/review/agree-rest")
def agree_rest(year: int, code: str) -> Response:
    _may(code, EDITORS)
    form = AgreeRestForm()
    if not form.validate_on_submit():
        _flash_errors(form)
        return _back(year, code)

    def agree_all(s) -> None:
        review.agree_undecided(
            s, current_user(), year, code, votes_for=form.votes_for.data, votes_total=form.votes_total.data,
            rules=_rules(),
        )  # fmt: skip

    apply(agree_all, _("Đã ghi đồng ý cho các đề nghị còn lại."))
    return _back(year, code)


@bp.post("/years/<int:year>/units/<code>/review/submit")
def submit(year: int, code: str) -> Response:
    _may(code, EDITORS)
    ActionForm().validate_on_submit()  # the token is checked for every POST (CSRFProtect)
    apply(
        lambda s: review.submit(s, current_user(), year, code),
        _("Đã hoàn tất bình xét; danh sách chờ Ban chỉ đạo phê duyệt."),
    )
    return _back(year, code)


# ---- the committee's approvals ---------------------------------------------------------


@bp.get("/reviews/")
def index() -> Response:
    years = results_view.years(db.session())
    return redirect(url_for(".approvals", year=years[-1] if years else date.today().year))


@bp.get("/years/<int:year>/approvals")
def approvals(year: int) -> str:
    user = current_user()
    units = [
        u for u in results_view.proposals(db.session(), user, year)
        if u["proposed"] or u["review_state"] != "open" or u["group_title_reached"] is not None
    ]  # fmt: skip
    session = db.session()
    for u in units:
        u["counts"] = _counts(u["proposed"])
        u["claims"] = len(review.claimed_criteria(session, year, unit_by_code(session, u["unit"])))
    return render_template(
        "review/approvals.html",
        year=year,
        years=results_view.years(db.session()),
        units=units,
        may_approve=user.role in APPROVERS,
        action=ActionForm(),
        approve_form=ApproveForm(formdata=None),
        reopen=ReasonForm(formdata=None),
    )


def _claimed(session, year: int, unit) -> list[tuple[str, str]]:
    """The criteria the group marks as met, with their labels in the reader's language."""
    labels, _fields = submission_view.explainer(session, i18n.language())
    return [(code, labels.get(code, "")) for code in review.claimed_criteria(session, year, unit)]


def _criteria_checks() -> dict[str, bool]:
    """The committee's verdicts from the form's check-<code> radios (yes / no); the domain
    refuses an approval that leaves a criterion without one."""
    return {
        key.removeprefix("check-"): value == "yes"
        for key, value in request.form.items()
        if key.startswith("check-") and value in ("yes", "no")
    }


def _after_approval(year: int, code: str) -> Response:
    if request.form.get("back") == "review":
        return redirect(url_for(".unit_review", year=year, code=code))
    return redirect(url_for(".approvals", year=year) + f"#unit-{code}")


@bp.post("/years/<int:year>/units/<code>/review/posting")
def posting(year: int, code: str) -> Response:
    """The board records the day its agreed list was posted publicly."""
    _may(code, EDITORS)
    form = PostingForm()
    if form.validate_on_submit():
        apply(
            lambda s: review.record_posting(
                s, current_user(), year, code, form.posted_from.data.isoformat(), rules=_rules()
            ),
            _("Đã ghi ngày niêm yết danh sách."),
        )
    else:
        _flash_errors(form)
    return _back(year, code)


@bp.post("/years/<int:year>/units/<code>/approve")
def approve(year: int, code: str) -> Response:
    """After the posting period, with the committee's check of the group's self-assessment."""
    _may(code, APPROVERS)
    form = ApproveForm()
    if form.validate_on_submit():
        apply(
            lambda s: review.approve(
                s, current_user(), year, code, self_assessment_checked=bool(form.self_assessment.data),
                criteria_checks=_criteria_checks(), note=form.note.data or "", rules=_rules(),
            ),
            _("Đã phê duyệt danh sách của %(code)s.", code=code),
        )  # fmt: skip
    else:
        _flash_errors(form)
    return _after_approval(year, code)


@bp.post("/years/<int:year>/units/<code>/reopen")
def reopen(year: int, code: str) -> Response:
    _may(code, APPROVERS)
    form = ReasonForm()
    if form.validate_on_submit():
        apply(
            lambda s: review.reopen(s, current_user(), year, code, form.reason.data),
            _("Đã mở lại danh sách của %(code)s.", code=code),
        )
    else:
        flash(_("Cần ghi lý do mở lại."), "error")
    return _after_approval(year, code)


# ---- the board refuses a submission ----------------------------------------------------


@bp.post("/submissions/<int:submission_id>/reject")
def reject(submission_id: int) -> Response:
    user = current_user()
    submission_view.get_submission(db.session(), user, submission_id, submission_view.REJECTERS)  # else 403
    form = ReasonForm()
    if form.validate_on_submit():
        apply(
            lambda s: submission_view.reject(s, user, submission_id, form.reason.data),
            _("Đã loại phiếu; kết quả của đơn vị đã được tính lại."),
        )
    else:
        flash(_("Cần ghi lý do loại phiếu."), "error")
    return redirect(url_for("dashboard.submission", submission_id=submission_id))
