"""The rewards page (khen thưởng): the committee chooses, with a reason each, the collectives
and individuals to reward — from the figures' suggestions or by code — and withdraws them;
the page links the tờ trình, the decision and the certificates. Administrators and committee
members only (boards get the 403 page); every POST carries a CSRF token; the domain checks
scope, recognition and the reason, and its refusals come back as messages."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..domain import results_view, rewards
from ..domain.reward_suggestions import BASES
from ..store import db
from .admin import apply
from .dashboard import page_names
from .forms_wtf import ActionForm
from .pages import current_user, register_error_pages, signed_in_roles
from .reward_forms import RewardForm

bp = Blueprint("reward_pages", __name__)
register_error_pages(bp)
bp.context_processor(page_names)
bp.before_request(
    signed_in_roles(
        rewards.PROPOSERS,
        "reward.page_forbidden",
        "Chỉ Ban chỉ đạo và quản trị viên đề nghị khen thưởng.",
    )
)


def _flash_errors(form: RewardForm) -> None:
    for errors in form.errors.values():
        for error in errors:
            flash(str(error), "error")


@bp.get("/rewards/")
def latest() -> Response:
    years = results_view.years(db.session())
    return redirect(url_for(".rewards_page", year=years[-1] if years else date.today().year))


# One rule for GET and POST: with two rules on one path, Werkzeug answers a POST whose
# year is out of range with 405 (the GET rule's path matched) instead of 404.
@bp.route("/years/<int:year>/rewards", methods=["GET", "POST"])
def rewards_page(year: int) -> Response | str:
    if request.method == "POST":
        return add(year)
    view = rewards.reward_view(db.session(), current_user(), year)
    return render_template(
        "review/rewards.html",
        year=year,
        years=results_view.years(db.session()),
        view=view,
        bases=BASES,
        kinds=rewards.KIND_LABELS,
        form=RewardForm(formdata=None),
        action=ActionForm(),
        max_reason=rewards.MAX_REASON,
    )


def add(year: int) -> Response:
    form = RewardForm()
    if form.validate_on_submit():
        apply(
            lambda s: rewards.propose(
                s, current_user(), year, form.kind.data, form.subject.data, form.reason.data or "",
                form.basis.data or "",
            ),
            _("Đã thêm vào danh sách đề nghị khen thưởng."),
        )  # fmt: skip
    else:
        _flash_errors(form)
    return redirect(url_for(".rewards_page", year=year) + "#chosen")


@bp.post("/years/<int:year>/rewards/<int:reward_id>/withdraw")
def withdraw(year: int, reward_id: int) -> Response:
    if ActionForm().validate_on_submit():  # CSRFProtect has checked the token already
        apply(
            lambda s: rewards.withdraw(s, current_user(), year, reward_id),
            _("Đã bỏ khỏi danh sách đề nghị khen thưởng."),
        )
    return redirect(url_for(".rewards_page", year=year) + "#chosen")
