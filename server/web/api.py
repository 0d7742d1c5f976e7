"""Read-only JSON API under /api/v1 for scripts and the committee's checks. Every answer
with results carries `pending` (submissions still being scored, not yet in the figures) and
`as_of` (UTC: the figures count every submission received before it)."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Response, current_app, jsonify, request

from ..domain import followup, history, plans, recognition_view, results_view, summary_view
from ..domain import rewards as rewards_domain
from ..domain.access import unit_scope
from ..domain.forms import current_version, form_rows
from ..errors import AppError, Forbidden, Invalid
from ..store import db
from . import scoring_status
from .auth import api_user, challenge_headers
from .tokens import take_token

READERS = ("admin", "committee", "board")

bp = Blueprint("api", __name__, url_prefix="/api/v1")
bp.url_value_preprocessor(take_token)  # also registered under /key/<token> (web/tokens.py)


@bp.errorhandler(AppError)
def json_error(exc: AppError) -> Response:
    """{"error": {code, message, status, vi, en}}: `code` is stable (docs/errors.md) for a
    program to act on, as ODK Central's {code, message}; `message` is "vi / en"."""
    error = {"code": exc.code, "message": exc.message, "status": exc.status, "vi": exc.vi, "en": exc.en}
    resp = jsonify(error=error)
    resp.headers["X-Error-Code"] = exc.code
    resp.status_code = exc.status
    if exc.status == 401:
        local = request.remote_addr in ("127.0.0.1", "::1")
        for name, value in challenge_headers(basic=request.is_secure or local):
            resp.headers.add(name, value)
    return resp


def require_role(*roles: str):
    user = api_user()
    if user.role not in roles:
        raise Forbidden("api.role_forbidden", "Bạn không có quyền xem mục này")
    return user


@bp.get("/forms")
def forms() -> Response:
    """Each form with its versions, state, submission count and last submission time; the
    counts of the caller's units only (a committee member scoped to one unit sees its own)."""
    user = require_role("admin", "committee")
    session = db.session()
    out = []
    for row in form_rows(session, unit_scope(session, user)):
        form, last = row.form, row.last_submission_at
        current = current_version(session, form)
        out.append(
            {
                "id": form.xml_form_id,
                "title": form.title,
                "state": form.state,
                "current_version": current.version if current else None,
                "versions": [
                    {"version": v.version, "hash": f"md5:{v.md5}", "created_at": v.created_at.isoformat()}
                    for v in row.versions
                ],
                "submissions": row.submissions,
                "last_submission_at": last.isoformat() + "Z" if last else None,
            }
        )
    return jsonify(forms=out)


def _page() -> tuple[int, int]:
    try:
        page = int(request.args.get("page", 1))
        per_page = min(int(request.args.get("per_page", 100)), 1000)
    except ValueError:
        raise Invalid("api.page_not_number", "page và per_page phải là số") from None
    if page < 1 or per_page < 1:
        raise Invalid("api.page_below_one", "page và per_page phải ≥ 1")
    return page, per_page


def _scoring() -> dict:
    """What the figures leave out, as the request found it before reading them."""
    now = scoring_status()
    return {"pending": now.pending, "as_of": now.as_of.isoformat(timespec="seconds") + "Z"}


def _paged(items: list, key: str, decorate: Callable[[list], None] | None = None) -> Response:
    """One page of `items`; `decorate` adds to the page's entries in place (the rest are not read)."""
    page, per_page = _page()
    start = (page - 1) * per_page
    shown = items[start : start + per_page]
    if decorate is not None:
        decorate(shown)
    return jsonify(
        {
            key: shown,
            "page": page,
            "per_page": per_page,
            "total": len(items),
            **_scoring(),
        }
    )


@bp.get("/years")
def years() -> Response:
    """The campaign years that have data."""
    require_role(*READERS)
    return jsonify(years=results_view.years(db.session()), **_scoring())


@bp.get("/years/<int:year>/units")
def units(year: int) -> Response:
    """Every unit the caller may see with its figures, title and rank among its siblings."""
    user = require_role(*READERS)
    return _paged(results_view.units(db.session(), user, year), "units")


@bp.get("/years/<int:year>/lagging")
def lagging(year: int) -> Response:
    """The units behind the year's calendar in the caller's scope (a board: its own unit),
    each with why: coverage, focus criteria behind their roadmap, meeting, dossier."""
    user = require_role(*READERS)
    return jsonify(
        {**followup.as_json(followup.follow_up(db.session(), current_app.config, user, year)), **_scoring()}
    )


@bp.get("/years/<int:year>/units/<code>")
def unit(year: int, code: str) -> Response:
    """One unit: figures, title with reasons, children, and the previous year to compare."""
    user = require_role(*READERS)
    return jsonify({**results_view.unit_detail(db.session(), user, year, code), **_scoring()})


@bp.get("/years/<int:year>/units/<code>/households")
def households(year: int, code: str) -> Response:
    user = require_role(*READERS)
    session = db.session()
    found = results_view.subjects(session, user, year, code, "household")
    return _paged(found, "households", lambda page: history.attach(session, "household", page, year))


@bp.get("/years/<int:year>/units/<code>/citizens")
def citizens(year: int, code: str) -> Response:
    user = require_role(*READERS)
    session = db.session()
    found = results_view.subjects(session, user, year, code, "citizen")
    return _paged(found, "citizens", lambda page: history.attach(session, "citizen", page, year))


@bp.get("/years/<int:year>/proposals")
def proposals(year: int) -> Response:
    """Per unit: the proposed households and citizens, the board's decisions, the state of
    the review, and whether the group reaches its title."""
    user = require_role(*READERS)
    return _paged(results_view.proposals(db.session(), user, year, request.args.get("unit")), "units")


@bp.get("/years/<int:year>/recognition")
def recognition(year: int) -> Response:
    """Per unit and for the whole visible town: the counts and lists at each stage (proposed
    by score, agreed by the board, approved by the committee), the shares over the registry,
    the group title and its checks, and the review stage — what the dossier prints."""
    user = require_role(*READERS)
    view = recognition_view.recognition_json(db.session(), user, year, request.args.get("unit"))
    return jsonify({**view, **_scoring()})


@bp.get("/years/<int:year>/plans")
def year_plans(year: int) -> Response:
    """Per group-level unit the caller may see: households and citizens registered, the plan's
    state, and each focus criterion's roadmap with its measures (inspection rounds, then the
    evaluation) and status (met, on_track, behind, unmeasured) with the reason."""
    user = require_role(*READERS)
    return _paged(plans.plans_json(db.session(), user, year), "units")


@bp.get("/years/<int:year>/rewards")
def rewards(year: int) -> Response:
    """The rewards the committee proposes (what the tờ trình, the decision's annex and the
    certificates print), their totals, those left out, and the figures' suggestions."""
    user = require_role(*READERS)
    return jsonify({**rewards_domain.rewards_json(db.session(), user, year), **_scoring()})


@bp.get("/years/<int:year>/summary")
def summary(year: int) -> Response:
    """The year-end summary (tổng kết): the year against its registration and the years
    before, per-unit trends, the criteria most often missed, the groups that gained or lost
    their title — what the báo cáo tổng kết (/reports/<y>/summary.pdf) prints. A town
    document: administrators and committee members (their subtree), not boards."""
    user = require_role("admin", "committee")
    return jsonify({**summary_view.year_json(db.session(), user, year), **_scoring()})
