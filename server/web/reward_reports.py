"""The reward documents under /reports/<year>/rewards/: as PDF the tờ trình khen thưởng, the
draft decision with its annexed list and the certificates (giấy khen); their rows as XLSX.
Administrators and committee members, within their scope, signed in as for the other
reports. A reward list is a few dozen rows, so the files are rendered on each request
(ETag = md5 of the bytes, a repeated GET of the same bytes is a 304) rather than kept in the
report cache; web/reports.py makes them, and lists them for `kieumau-sync results`."""

from __future__ import annotations

from flask import Blueprint, Response

from ..errors import AppError
from .reports import TOWN, _call, _report_error, reward_pdf, rewards_xlsx
from .tokens import take_token

bp = Blueprint("reward_reports", __name__, url_prefix="/reports/<int:year>/rewards")
bp.register_error_handler(AppError, _report_error)
bp.url_value_preprocessor(take_token)


@bp.get("/submission.pdf")
def submission(year: int) -> Response:
    return _call(TOWN, reward_pdf, year, "submission")


@bp.get("/decision.pdf")
def decision(year: int) -> Response:
    return _call(TOWN, reward_pdf, year, "decision")


@bp.get("/rewards.xlsx")
def workbook(year: int) -> Response:
    """The same rows as the annexed list, for the committee's Excel."""
    return _call(TOWN, rewards_xlsx, year)


@bp.get("/certificates.pdf")
def certificates(year: int) -> Response:
    return _call(TOWN, reward_pdf, year, "certificates")
