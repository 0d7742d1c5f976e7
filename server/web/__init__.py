"""HTTP layer: blueprints per audience."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from . import api, auth, openrosa

    auth.init_app(app)
    app.register_blueprint(openrosa.bp)
    app.register_blueprint(openrosa.bp, url_prefix="/key/<token>", name="openrosa_key")
    app.register_blueprint(api.bp)
