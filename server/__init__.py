"""kieumau: an offline-first OpenRosa form server for Vietnam's model-title campaigns."""

from __future__ import annotations

from flask import Flask

from . import config, shared


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: settings, database, blueprints. Never read config at import time."""
    app = Flask(__name__)
    app.config.update(config.load(test_config))
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.config["PUBLIC_URL"].startswith("https://"),
    )
    from .store import db
    from .web import register_blueprints
    from .web.proxies import TrustedProxies, networks

    db.init_app(app)
    shared.ensure_secret_key(app)  # from the settings or the database (after the first migration)
    register_blueprints(app)
    app.wsgi_app = TrustedProxies(app.wsgi_app, networks(app.config["TRUSTED_PROXIES"]))
    return app
