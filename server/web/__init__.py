"""HTTP layer: blueprints per audience."""

from __future__ import annotations

from flask import Flask, current_app, g, request
from werkzeug.routing import IntegerConverter, Map

from ..domain import scoring_queue
from ..jobs import scorer as scorer_job
from ..store import db
from ..store.models import INTEGER_MAX
from .tokens import PREFIX


class DatabaseInt(IntegerConverter):
    """<int:...> in every URL: 0 to INTEGER_MAX, what the databases' integer columns hold,
    so a bigger number matches no route (404) instead of failing in the database."""

    def __init__(self, url_map: Map, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("max", INTEGER_MAX)
        super().__init__(url_map, *args, **kwargs)  # type: ignore[arg-type]


def register_blueprints(app: Flask) -> None:
    from flask_wtf.csrf import CSRFProtect

    from . import (
        admin,
        api,
        auth,
        compress,
        dashboard,
        followup,
        i18n,
        openrosa,
        pages,
        plan_pages,
        reports,
        review_pages,
        reward_pages,
        reward_reports,
        round_pages,
        webforms,
    )

    app.url_map.converters["int"] = DatabaseInt  # before any route is added
    auth.init_app(app)
    # Machine-facing: OpenRosa (also under a token prefix), the JSON API, report downloads
    # and the offline web forms. None of them relies on cookies for a POST, so they carry no
    # CSRF token (exempting openrosa.bp covers openrosa_key, the same blueprint object);
    # reports and webforms are GET only.
    app.register_blueprint(openrosa.bp)
    app.register_blueprint(openrosa.bp, url_prefix=PREFIX, name=openrosa.NAMES[1])
    app.register_blueprint(api.bp)
    app.register_blueprint(reports.bp)
    app.register_blueprint(reports.files_bp)
    app.register_blueprint(reward_reports.bp)
    # the same under a token URL, as `kieumau sync login <token URL>` saves it
    app.register_blueprint(api.bp, url_prefix=f"{PREFIX}/api/v1", name="api_key")
    app.register_blueprint(reports.bp, url_prefix=f"{PREFIX}/reports/<int:year>", name="reports_key")
    app.register_blueprint(reports.files_bp, url_prefix=f"{PREFIX}/api/v1", name="report_files_key")
    app.register_blueprint(
        reward_reports.bp, url_prefix=f"{PREFIX}/reports/<int:year>/rewards", name="reward_reports_key"
    )
    app.register_blueprint(webforms.bp)
    csrf = CSRFProtect(app)
    csrf.exempt(openrosa.bp)
    csrf.exempt(api.bp)
    # Pages: a CSRF token on every form.
    i18n.init_app(app)
    pages.init_app(app)  # login rate limit (Flask-Limiter), HTML error pages, static caching
    for bp in (pages.bp, admin.bp, dashboard.bp, review_pages.bp, followup.bp, reward_pages.bp):
        app.register_blueprint(bp)
    for bp in (plan_pages.bp, round_pages.bp):  # the year's plans, rounds and inspections
        app.register_blueprint(bp)
    compress.init_app(app)  # text answers gzip/brotli-encoded; hashes and ETags unchanged
    app.extensions["scorer"] = scorer_job.Scorer(app)
    app.before_request(_results_current)
    app.add_template_global(scoring_status)


def _results_current() -> None:
    """Everything but OpenRosa and static files may show results. With a scorer in the
    background, a page or API call reads what is stored, whatever is pending, and says so
    (scoring_status, the API's `pending` and `as_of`); a scorer thread that is not running
    is started. Without one (BACKGROUND_SCORING off), the reader scores what is pending."""
    from .openrosa import NAMES as OPENROSA

    if request.blueprint in (None, *OPENROSA) or request.endpoint == "static":
        return
    if not current_app.config["BACKGROUND_SCORING"]:
        scorer_job.catch_up(db.session())
        return
    # read before any figure: a drain that commits meanwhile makes the figures newer than
    # this says, never older
    g.scoring = scoring_queue.status(db.connection())
    scorer = current_app.extensions.get("scorer")  # none under `kieumau serve`: its process looks
    if scorer is not None and scorer.thread is None and g.scoring.pending:
        scorer.nudge()  # after a restart with a backlog, before any phone sends again


def scoring_status() -> scoring_queue.Status:
    """How many submissions are still being scored, and as of when the figures are: as the
    request found it before reading any figure (after its own drain without a scorer)."""
    if "scoring" not in g:
        g.scoring = scoring_queue.status(db.connection())
    return g.scoring
