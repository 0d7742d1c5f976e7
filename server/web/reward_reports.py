"""The reward documents under /reports/<year>/rewards/: as PDF the tờ trình khen thưởng, the
draft decision with its annexed list and the certificates (giấy khen); their rows as XLSX. Administrators and
committee members, within their scope, signed in as for the other reports. A reward list is
a few dozen rows, so the files are rendered on each request (ETag = md5 of the bytes, a
repeated GET of the same bytes is a 304) rather than kept in the report cache."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from io import BytesIO

from flask import Blueprint, Response, send_file
from sqlalchemy.orm import Session

from ..domain import dossier, rewards
from ..errors import AppError
from ..formats import pdf
from ..formats.reward_documents import RewardList
from ..formats.xlsx import Sheet, write_xlsx
from ..store import db
from ..store.models import User
from .api import require_role
from .reports import TOWN, XLSX, _disposition, _report_error
from .tokens import take_token

bp = Blueprint("reward_reports", __name__, url_prefix="/reports/<int:year>/rewards")
bp.register_error_handler(AppError, _report_error)
bp.url_value_preprocessor(take_token)


def _send(year: int, kind: str, build: Callable[[Session, User, int], RewardList], filename: str) -> Response:
    user = require_role(*TOWN)
    session = db.session()
    data = build(session, user, year)
    settings = dossier.load_settings(session, year)
    body = pdf.render_pdf(kind, data, settings)
    resp = send_file(
        BytesIO(body), "application/pdf", etag=hashlib.md5(body).hexdigest(), conditional=True, max_age=0
    )
    draft = " (dự thảo)" if data.draft else ""
    resp.headers["Content-Disposition"] = _disposition(f"{filename} {year}{draft}.pdf")
    resp.headers["Cache-Control"] = "private, no-cache"
    return resp


@bp.get("/submission.pdf")
def submission(year: int) -> Response:
    return _send(year, "reward_submission", rewards.submission, "Tờ trình khen thưởng")


@bp.get("/decision.pdf")
def decision(year: int) -> Response:
    return _send(year, "reward_decision", rewards.decision, "Quyết định khen thưởng")


@bp.get("/rewards.xlsx")
def workbook(year: int) -> Response:
    """The same rows as the annexed list, for the committee's Excel."""
    user = require_role(*TOWN)
    header, rows = rewards.rewards_table(db.session(), user, year)
    body = write_xlsx([Sheet("Khen thưởng", header, rows, widths=(6, 10, 16, 28, 18, 28, 9, 60, 28))])
    assert body is not None
    resp = send_file(BytesIO(body), XLSX, etag=hashlib.md5(body).hexdigest(), conditional=True, max_age=0)
    resp.headers["Content-Disposition"] = _disposition(f"Khen thưởng {year}.xlsx")
    resp.headers["Cache-Control"] = "private, no-cache"
    return resp


@bp.get("/certificates.pdf")
def certificates(year: int) -> Response:
    return _send(year, "reward_certificates", rewards.certificates, "Giấy khen")
