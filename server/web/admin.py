"""Administration pages under /admin, for the admin role only (checked on every request):
the unit tree, users (roles, units, tokens, the ODK Collect QR code) and forms (upload
an XLSForm, close / reopen, download the workbook). Views parse the form, call one
domain function, commit, and redirect; the domain's Invalid / Conflict become messages."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Response, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy.orm import Session
from wtforms import SelectChoice

from .. import runfile
from ..domain import accounts
from ..domain.units import add_unit
from ..errors import AppError, Forbidden, NotFound
from ..store import db
from ..store import users as user_q
from ..store.pages import unit_tree
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
        raise Forbidden("Chỉ quản trị viên được vào mục này.", "Only administrators may open this page.")
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
                accounts.new_token(user)

        if apply(create, _("Đã tạo người dùng %(name)s.", name=username)):
            return redirect(url_for(".user", username=username))
    return render_template("admin/users.html", users=user_q.all_users(session_db), form=form)


@bp.get("/users/<username>")
def user(username: str) -> str:
    session_db = db.session()
    person = accounts.get_user(session_db, username)
    units_form = UnitsForm(units=[u.code for u in person.units])
    units_form.units.choices = unit_choices(unit_tree(session_db))
    public_url = current_app.config["PUBLIC_URL"]
    return render_template(
        "admin/user.html",
        person=person,
        units_form=units_form,
        password_form=ResetPasswordForm(),
        action=ActionForm(),
        token_url=accounts.token_url(public_url, person) if person.token and person.active else None,
        local_url=runfile.is_local(public_url),
    )


def _user_action(username: str, form, change: Callable, done: str) -> Response:  # noqa: ANN001
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
def user_token(username: str) -> Response:
    return _user_action(
        username,
        ActionForm(),
        lambda _s, u: accounts.new_token(u),
        _("Đã tạo mã truy cập mới; mã cũ không còn dùng được. Cho điện thoại quét lại mã QR."),
    )


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


@bp.get("/users/<username>/qr.png")
def user_qr(username: str) -> Response:
    """The Collect settings (token URL inside): a credential, so never cached."""
    person = accounts.get_user(db.session(), username)
    if not person.token or not person.active:
        raise NotFound("Người dùng chưa có mã truy cập", "this user has no token")
    settings = accounts.collect_settings(current_app.config["PUBLIC_URL"], person)
    resp = Response(accounts.qr_png(settings), mimetype="image/png")
    resp.headers["Cache-Control"] = "no-store"
    return resp


# The forms and roster pages live beside this module and add their routes to `bp`.
from . import admin_files, admin_webhooks  # noqa: E402, F401
