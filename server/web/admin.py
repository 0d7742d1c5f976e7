"""Administration pages under /admin, for the admin role only (checked on every request):
the unit tree, users (roles, units, tokens, the ODK Collect QR code) and forms (upload
an XLSForm, close / reopen, download the workbook). Views parse the form, call one
domain function, commit, and redirect; the domain's Invalid / Conflict become messages."""

from __future__ import annotations

import base64
from collections.abc import Callable

from flask import Blueprint, Response, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy.orm import Session
from wtforms import SelectChoice

from .. import runfile
from ..domain import accounts
from ..domain.units import add_unit, unit_tree
from ..errors import AppError, Forbidden
from ..store import db
from . import i18n
from .forms_wtf import ActionForm, ResetPasswordForm, UnitForm, UnitsForm, UserForm, unit_choices
from .pages import current_user, register_error_pages, to_login

bp = Blueprint("admin", __name__, url_prefix="/admin")
register_error_pages(bp)


@bp.before_request
def _admin_only() -> Response | None:
    user = current_user()
    if user is None:
        return to_login()
    if user.role != "admin":
        raise Forbidden("admin.forbidden", "Chỉ quản trị viên được vào mục này.")
    return None


def apply(action: Callable[[Session], object], done: str) -> bool:
    """Run one write in its own transaction; a refusal becomes an error message."""
    session_db = db.write_session()
    try:
        action(session_db)
        session_db.commit()
    except AppError as exc:
        session_db.rollback()
        flash(i18n.message(exc), "error")
        return False
    flash(done, "success")
    return True


@bp.get("/")
def index() -> str:
    return render_template("admin/index.html")


# ---- units -------------------------------------------------------------------------


@bp.route("/units", methods=["GET", "POST"])
def units() -> Response | str:
    tree = unit_tree(db.session())
    form = UnitForm()
    form.parent.choices = [SelectChoice("", _("— Cấp trên cùng —")), *unit_choices(tree)]
    if form.validate_on_submit():
        code, name = form.code.data.strip(), form.name.data.strip()
        parent = form.parent.data or None
        if apply(
            lambda s: add_unit(s, code, name, kind=form.kind.data, parent_code=parent),
            _("Đã thêm đơn vị %(code)s.", code=code),
        ):
            return redirect(url_for(".units"))
    return render_template("admin/units.html", tree=tree, form=form)


# ---- users -------------------------------------------------------------------------


@bp.route("/users", methods=["GET", "POST"])
def users() -> Response | str:
    session_db = db.session()
    form = UserForm()
    form.units.choices = unit_choices(unit_tree(session_db))
    if form.validate_on_submit():
        username = form.username.data.strip()

        def create(s: Session) -> None:
            user = accounts.add_user(
                s, username, form.role.data, form.password.data, current_app.config["REALM"],
                full_name=(form.full_name.data or "").strip(),
            )  # fmt: skip
            accounts.assign(s, user, form.units.data)
            if form.token.data:
                made.append(accounts.new_token(user))

        made: list[str] = []
        if apply(create, _("Đã tạo người dùng %(name)s.", name=username)):
            if made:  # shown now or never: only its digest is stored
                return _user_page(username, made[0])
            return redirect(url_for(".user", username=username))
    return render_template("admin/users.html", users=accounts.all_users(session_db), form=form)


@bp.get("/users/<username>")
def user(username: str) -> str:
    return _user_page(username)


def _user_page(username: str, token: str | None = None) -> str:
    """The user's page; with `token` just made, its URL and Collect QR code (inline: the
    token is not kept, so no later request could draw it)."""
    session_db = db.session()
    person = accounts.get_user(session_db, username)
    units_form = UnitsForm(units=[u.code for u in person.units])
    units_form.units.choices = unit_choices(unit_tree(session_db))
    public_url = current_app.config["PUBLIC_URL"]
    qr = None
    if token is not None:
        png = accounts.qr_png(accounts.collect_settings(public_url, person, token))
        qr = "data:image/png;base64," + base64.b64encode(png).decode()
    return render_template(
        "admin/user.html",
        person=person,
        units_form=units_form,
        password_form=ResetPasswordForm(),
        action=ActionForm(),
        token_url=accounts.token_url(public_url, token) if token else None,
        qr=qr,
        local_url=runfile.is_local(public_url),
    )


def _user_action(username: str, form, change: Callable, done: str) -> Response:
    if form.validate_on_submit():
        apply(lambda s: change(s, accounts.get_user(s, username)), done)
    else:
        for errors in form.errors.values():
            for error in errors:
                flash(str(error), "error")
    return redirect(url_for(".user", username=username))


@bp.post("/users/<username>/units")
def user_units(username: str) -> Response:
    form = UnitsForm()
    form.units.choices = unit_choices(unit_tree(db.session()))
    return _user_action(
        username, form, lambda s, u: accounts.assign(s, u, form.units.data), _("Đã lưu đơn vị phụ trách.")
    )


@bp.post("/users/<username>/token")
def user_token(username: str) -> Response | str:
    """A new token, shown on the page this POST answers (and never again)."""
    made: list[str] = []
    done = _("Đã tạo mã truy cập mới; mã cũ không còn dùng được. Cho điện thoại quét mã QR dưới đây ngay.")
    response = _user_action(username, ActionForm(), lambda _s, u: made.append(accounts.new_token(u)), done)
    return _user_page(username, made[0]) if made else response


@bp.post("/users/<username>/revoke")
def user_revoke(username: str) -> Response:
    if username == current_user().username:
        flash(_("Bạn không thể tự thu hồi tài khoản của mình."), "error")
        return redirect(url_for(".user", username=username))
    return _user_action(
        username, ActionForm(), lambda _s, u: accounts.revoke(u), _("Đã thu hồi: mật khẩu và mã truy cập.")
    )


@bp.post("/users/<username>/password")
def user_password(username: str) -> Response:
    form = ResetPasswordForm()
    realm = current_app.config["REALM"]
    return _user_action(
        username,
        form,
        lambda _s, u: accounts.set_password(u, form.password.data, realm),
        _("Đã đặt mật khẩu mới."),
    )


# The forms and roster pages live beside this module and add their routes to `bp`.
from . import admin_files, admin_webhooks  # noqa: E402, F401
