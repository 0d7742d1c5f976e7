"""The pages people open in a browser: sign in and out, change password, the home page,
the language switch; and what every page blueprint shares (who is signed in, error
pages in the reader's language, cached static files, the login rate limit).

Pages use the signed session cookie (session["user_id"]); every form carries a CSRF
token. Dashboard and review pages will join this blueprint once scoring exists."""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    Request,
    Response,
    abort,
    current_app,
    flash,
    g,
    has_request_context,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.sessions import SecureCookieSessionInterface, SessionMixin
from flask_babel import gettext as _
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException

from .. import shared
from ..domain import followup
from ..domain.access import may_fill, unit_scope
from ..domain.accounts import check_password, set_password, user_by_id, user_by_username
from ..domain.forms import listed_versions
from ..domain.signin import TooManyGuesses
from ..domain.units import unit_tree
from ..errors import AppError, Forbidden
from ..store import db
from ..store.models import User
from . import i18n
from .auth import check_guesses, count_wrong_password
from .forms_wtf import KIND_LABELS, ROLE_LABELS, LoginForm, PasswordForm

bp = Blueprint("pages", __name__)
# One limiter for the module's decorators; init_app binds it (and a fresh storage) to an app.
limiter = Limiter(get_remote_address)


class PageSessions(SecureCookieSessionInterface):
    """The signed cookie that keeps a page visitor signed in. ODK Collect, the web forms'
    outbox and the sync client sign in on every request and send X-OpenRosa-Version on
    each: outside the pages they get no cookie session, and no cookie is read or signed for
    them. A page asked for with that header still gets its session (its forms need one)."""

    def open_session(self, app: Flask, request: Request) -> SessionMixin | None:
        if not app.config.get("SECRET_KEY"):  # first served before its first migration: read it now
            shared.ensure_secret_key(app)
        if "X-OpenRosa-Version" in request.headers and _blueprint(app, request) not in SESSION_BLUEPRINTS:
            return self.make_null_session(app)
        return super().open_session(app, request)

    def get_cookie_secure(self, app: Flask) -> bool:
        """Secure when PUBLIC_URL is https, and whenever this request came over HTTPS (also
        through a trusted proxy that says so), so the cookie never travels over plain http."""
        return bool(app.config["SESSION_COOKIE_SECURE"] or (has_request_context() and request.is_secure))


def _blueprint(app: Flask, request: Request) -> str | None:
    """The blueprint the request will reach: Flask opens the session before it matches the
    URL, so match it here (a few microseconds; no cookie is signed for a phone)."""
    try:
        rule, _args = app.create_url_adapter(request).match(return_rule=True)  # type: ignore[union-attr]
    except HTTPException:
        return None
    return rule.endpoint.rpartition(".")[0] or None


PAGE_BLUEPRINTS = ("pages", "admin")
# the blueprints whose pages keep a signed-in visitor and carry CSRF-protected forms
SESSION_BLUEPRINTS = ("pages", "admin", "dashboard", "review_pages", "webforms")
# Scripts and styles from this site only (no inline script runs, so injected markup cannot
# run code); inline style attributes are allowed (the tree indents and bars use them).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
STATIC_MAX_AGE = 365 * 24 * 3600  # the URL changes with the file (?v=hash)


# ---- who is signed in ----------------------------------------------------------------


def _stamp(user: User) -> str:
    """Changes with the password and at every sign-out (user.session_gen), so either ends the
    user's other sessions and a copied cookie stops working; keyed so the readable cookie
    reveals nothing of the hash."""
    key = current_app.config["SECRET_KEY"].encode()
    text = f"{user.password_hash}:{user.session_gen or 0}"
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:16]


def sign_in(user: User) -> None:
    session.clear()
    session["user_id"] = user.id
    session["pw"] = _stamp(user)


def current_user() -> User | None:
    """The signed-in, still active user of this request, or None."""
    if "page_user" not in g:
        user = None
        uid = session.get("user_id")
        if uid is not None:
            user = user_by_id(db.session(), uid)
            if user is None or not user.active or session.get("pw") != _stamp(user):
                session.clear()
                user = None
        g.page_user = user
    return g.page_user


def to_login() -> Response:
    return redirect(url_for("pages.login", next=request.full_path.rstrip("?")))


def signed_in_roles(roles: tuple[str, ...], code: str, text: str) -> Callable[[], Response | None]:
    """A before_request guard for a blueprint: signed-out visitors go to /login, other roles
    get the 403 page with this error (`text` a msgid, extracted as errors' texts are)."""

    def guard() -> Response | None:
        user = current_user()
        if user is None:
            return to_login()
        if user.role not in roles:
            raise Forbidden(code, text)
        return None

    return guard


def login_required(view: Callable) -> Callable:
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if current_user() is None:
            return to_login()
        return view(*args, **kwargs)

    return wrapped


def _safe_next(target: str | None) -> str:
    """Only a path on this site, never another host: browsers drop tabs and newlines and
    read \\ as /, so /<TAB>/evil and /\\evil mean //evil; such a target, or one with any
    control character or space, goes home instead."""
    if (
        target
        and target.startswith("/")
        and target.isprintable()
        and not any(c.isspace() or c == "\\" for c in target)
        and not target.startswith("//")
    ):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("pages.home")


# ---- views -----------------------------------------------------------------------------


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"])
def login() -> Response | str:
    if request.method == "GET" and current_user() is not None:
        return redirect(url_for("pages.home"))
    form = LoginForm()
    if form.validate_on_submit():
        username = form.username.data.strip()
        try:
            check_guesses(username)  # the same limits as Digest and Basic
        except TooManyGuesses as exc:
            flash(i18n.message(exc), "error")
            return render_template("pages/login.html", form=form), 429
        user = user_by_username(db.session(), username)
        if check_password(user, form.password.data):
            sign_in(user)
            return redirect(_safe_next(request.args.get("next")))
        count_wrong_password(username)
        flash(_("Sai tên đăng nhập hoặc mật khẩu."), "error")
    return render_template("pages/login.html", form=form)


@bp.route("/logout", methods=["GET", "POST"])
def logout() -> Response | str:
    """GET asks to confirm (a link cannot sign anyone out); POST, with its token, does it."""
    if request.method == "POST":
        user = current_user()
        if user is not None:  # a copy of this cookie (or any other session) stops working
            session_db = db.write_session()  # the same session: `user` stays attached
            user.session_gen = (user.session_gen or 0) + 1
            session_db.commit()
        session.clear()
        flash(_("Đã đăng xuất."), "info")
        return redirect(url_for("pages.login"))
    if current_user() is None:
        return redirect(url_for("pages.login"))
    return render_template("pages/logout.html")


@bp.route("/password", methods=["GET", "POST"])
@login_required
def password() -> Response | str:
    user = current_user()
    form = PasswordForm()
    if form.validate_on_submit():
        if not check_password(user, form.current.data):
            form.current.errors.append(_("Mật khẩu hiện tại không đúng."))
        else:
            session_db = db.write_session()  # the same session: `user` stays attached
            set_password(user, form.new.data, current_app.config["REALM"])
            session_db.commit()
            sign_in(user)
            flash(_("Đã đổi mật khẩu. Dùng mật khẩu mới cả trong ODK Collect."), "success")
            return redirect(url_for("pages.home"))
    return render_template("pages/password.html", form=form)


@bp.get("/")
@login_required
def home() -> str:
    """Who you are, the units you act on, and the open forms you may fill, with the way to
    fill them in this browser (/app) besides ODK Collect."""
    session_db = db.session()
    user = current_user()
    scope = unit_scope(session_db, user)
    forms = [fv for form, fv in listed_versions(session_db) if may_fill(user, form)]
    return render_template(
        "pages/home.html",
        user=user,
        whole_town=scope is None,
        units=unit_tree(session_db, scope),
        forms=forms,
        due=followup.due_for(session_db, current_app.config, user),  # reminders, lagging units, deadlines
    )


@bp.get("/lang/<code>")
def language(code: str) -> Response:
    if code not in i18n.LANGUAGES:
        abort(404)
    resp = redirect(_safe_next(request.args.get("next")))
    resp.set_cookie(
        i18n.COOKIE, code, max_age=STATIC_MAX_AGE, samesite="Lax", httponly=True, secure=request.is_secure
    )
    return resp


# ---- shared by the page blueprints -----------------------------------------------------


def render_error(status: int, text: str) -> tuple[str, int]:
    return render_template("pages/error.html", status=status, text=text), status


def _app_error(exc: AppError) -> tuple[str, int]:
    return render_error(exc.status, i18n.message(exc))


def _http_error(exc: HTTPException) -> tuple[str, int] | HTTPException:
    texts = {
        400: _("Yêu cầu không hợp lệ. Nếu bạn vừa gửi biểu mẫu, hãy tải lại trang rồi thử lại."),
        403: _("Bạn không có quyền xem trang này."),
        404: _("Không tìm thấy trang này."),
        405: _("Trang này không nhận cách gửi đó."),
        413: _("Tệp quá lớn."),
        429: _("Thử quá nhiều lần. Hãy đợi một phút rồi thử lại."),
    }
    status = exc.code or 500
    return render_error(status, texts.get(status, _("Máy chủ gặp lỗi. Hãy thử lại sau ít phút.")))


def _unmatched(exc: HTTPException) -> tuple[str, int] | HTTPException:
    """A URL no route matched: the HTML page, except under the machine prefixes, which keep
    their plain answers."""
    if request.blueprint is None and not request.path.startswith(("/api/", "/key/")):
        body, status = _http_error(exc)
        return Response(body, status, headers=_page_headers(), mimetype="text/html")
    return exc


def register_error_pages(blueprint: Blueprint, *, csp: bool = True) -> None:
    """HTML error pages and the security headers; `csp=False` for a page that sets its own
    policy or none."""
    blueprint.register_error_handler(AppError, _app_error)
    blueprint.register_error_handler(HTTPException, _http_error)  # 500s arrive as InternalServerError

    @blueprint.after_request
    def _headers(resp: Response) -> Response:
        for name, value in _page_headers(html=resp.mimetype == "text/html", csp=csp):
            resp.headers.setdefault(name, value)
        return resp


def _page_headers(*, html: bool = True, csp: bool = True) -> list[tuple[str, str]]:
    headers = [("X-Frame-Options", "DENY"), ("X-Content-Type-Options", "nosniff")]
    headers.append(("Referrer-Policy", "same-origin"))
    if html:
        headers.append(("Cache-Control", "no-store"))  # pages show tokens and names
        if csp:
            headers.append(("Content-Security-Policy", CSP))
    return headers


@functools.lru_cache(maxsize=64)
def _file_hash(path: str, mtime: float) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:10]


def asset(filename: str) -> str:
    """The static file's URL with its content hash, so it can be cached for a year."""
    path = Path(current_app.static_folder or "") / filename
    version = _file_hash(str(path), path.stat().st_mtime) if path.is_file() else "0"
    return url_for("static", filename=filename, v=version)


register_error_pages(bp)


def _cache_static(resp: Response) -> Response:
    if request.endpoint == "static" and request.args.get("v") and resp.status_code == 200:
        resp.cache_control.no_cache = None  # Flask's default for static files
        resp.cache_control.public = True
        resp.cache_control.max_age = STATIC_MAX_AGE
        resp.cache_control.immutable = True
    return resp


def _template_names() -> dict:
    """For every template; reports may render outside a request (CLI), so look first."""
    on_page = has_request_context() and (
        request.blueprint in PAGE_BLUEPRINTS
        or (request.blueprint is None and not request.path.startswith(("/api/", "/key/")))
    )
    user = current_user() if on_page else None
    return {"page_user": user, "role_labels": ROLE_LABELS, "kind_labels": KIND_LABELS, "asset": asset}


def init_app(app: Flask) -> None:
    """Login limit, cookie sessions, error pages, static caching. The limit counts POST
    /login per client address in RATELIMIT_STORAGE_URI (memory by default: per process;
    redis://… shared by every worker and host). A shared store that does not answer within a
    second does not stop sign-ins: each process counts on its own until it is back."""
    if str(app.config["RATELIMIT_STORAGE_URI"]).startswith(("redis://", "rediss://")):
        app.config.setdefault("RATELIMIT_STORAGE_OPTIONS", {"socket_connect_timeout": 1, "socket_timeout": 1})
    app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)
    app.config.setdefault("RATELIMIT_SWALLOW_ERRORS", True)
    limiter.init_app(app)
    # Only the sign-in view has a limit, and its decorator checks it; the app-wide check
    # Flask-Limiter adds before every request (about 0.08 ms, on each phone request too)
    # has nothing to check. A private hook: tests/test_library_hooks.py names it.
    app.before_request_funcs[None].remove(limiter._check_request_limit)
    app.session_interface = PageSessions()
    app.register_error_handler(404, _unmatched)
    app.after_request(_cache_static)
    app.context_processor(_template_names)
