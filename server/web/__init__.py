"""HTTP layer: blueprints per audience."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from flask_wtf.csrf import CSRFProtect

    from . import admin, api, auth, i18n, openrosa, pages, reports

    auth.init_app(app)
    app.register_blueprint(openrosa.bp)
    app.register_blueprint(openrosa.bp, url_prefix="/key/<token>", name="openrosa_key")
    app.register_blueprint(api.bp)
    app.register_blueprint(reports.bp)  # GET only, no cookies needed: no CSRF to exempt
    app.register_blueprint(reports.files_bp)
    # Pages: a CSRF token on every form. The OpenRosa and API routes use no cookies, so they
    # are exempt (exempting openrosa.bp covers openrosa_key, the same blueprint object).
    csrf = CSRFProtect(app)
    csrf.exempt(openrosa.bp)
    csrf.exempt(api.bp)
    i18n.init_app(app)
    pages.init_app(app)  # login rate limit (Flask-Limiter), HTML error pages, static caching
    app.register_blueprint(pages.bp)
    app.register_blueprint(admin.bp)
    from . import dashboard, review_pages  # results and review pages (issue 5)

    app.register_blueprint(dashboard.bp)
    app.register_blueprint(review_pages.bp)
    from . import webforms  # offline web forms (issue 7); GET routes only, so no CSRF exemption

    app.register_blueprint(webforms.bp)
