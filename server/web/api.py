"""Read-only JSON API under /api/v1 for scripts and the committee's checks."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from ..errors import AppError, Forbidden
from ..store import db
from ..store import forms as q
from .auth import api_user

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.errorhandler(AppError)
def _error(exc: AppError) -> Response:
    resp = jsonify(error={"status": exc.status, "vi": exc.vi, "en": exc.en})
    resp.status_code = exc.status
    if exc.status == 401:
        resp.headers["WWW-Authenticate"] = 'Basic realm="kieumau"'
    return resp


def _require(*roles: str):  # noqa: ANN202
    user = api_user()
    if user.role not in roles:
        raise Forbidden("Bạn không có quyền xem mục này", "you may not read this")
    return user


@bp.get("/forms")
def forms() -> Response:
    """Each form with its versions, state, submission count and last submission time."""
    _require("admin", "committee")
    session = db.session()
    stats = q.submission_stats(session)
    out = []
    for form in q.all_forms(session):
        count, last = stats.get(form.id, (0, None))
        current = q.current_version(session, form)
        out.append(
            {
                "id": form.xml_form_id,
                "title": form.title,
                "state": form.state,
                "current_version": current.version if current else None,
                "versions": [
                    {"version": v.version, "hash": f"md5:{v.md5}", "created_at": v.created_at.isoformat()}
                    for v in q.versions(session, form)
                ],
                "submissions": count,
                "last_submission_at": last.isoformat() + "Z" if last else None,
            }
        )
    return jsonify(forms=out)
