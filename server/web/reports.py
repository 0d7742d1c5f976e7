"""Downloads under /reports/<year>/: CSV and XLSX of the results and the raw submissions, and
the PDF dossier (proposal lists, meeting minutes, tờ trình, decision, certificates).

Town files are for administrators and the committee (within their scope); a unit's files
also for its board. Callers sign in as for the JSON API (page session, Digest, or Basic from
this machine) and errors are the API's JSON. CSVs stream; PDFs and the XLSX come from the
report cache with ETag = md5 of the bytes, so a repeated GET is a 304. The listing at
/api/v1/years/<year>/files (the contract in sync/results.py) names the same files.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, request, send_file
from sqlalchemy.orm import Session

from ..domain import dossier, report_files, results_view, rewards, summary_view
from ..domain.access import unit_scope
from ..errors import AppError, Invalid, NotFound
from ..formats import pdf
from ..formats.csv import write_csv
from ..formats.reward_documents import RewardList
from ..formats.xlsx import Sheet, write_xlsx
from ..store import db
from ..store.models import User
from ..store.report_cache import CachedFile
from . import i18n
from .api import json_error, require_role
from .tokens import take_token, token_prefix

TOWN = report_files.TOWN_READERS
UNIT = ("admin", "committee", "board")
CSV, XLSX, PDF = (
    "text/csv",  # werkzeug adds "; charset=utf-8" to text types
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/pdf",
)
KINDS = {"household": "hộ gia đình", "citizen": "công dân"}
CERTIFICATE_KINDS = {**KINDS, "unit": "tổ dân phố"}

bp = Blueprint("reports", __name__, url_prefix="/reports/<int:year>")
files_bp = Blueprint("report_files", __name__, url_prefix="/api/v1")


def _report_error(exc: AppError) -> Response | tuple[str, int]:
    """A browser following a link from the pages (it asks for HTML first) gets the HTML error
    page in its language; scripts and the sync client get the API's JSON."""
    if (
        exc.status != 401
        and request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"
    ):
        from .pages import render_error

        return render_error(exc.status, i18n.message(exc))
    return json_error(exc)


bp.register_error_handler(AppError, _report_error)
files_bp.register_error_handler(AppError, json_error)
for _bp in (bp, files_bp):  # also registered under /key/<token> (web/tokens.py)
    _bp.url_value_preprocessor(take_token)


@dataclass
class Download:
    filename: str  # offered to the browser, Vietnamese
    mimetype: str
    cached: CachedFile | None = None
    chunks: Iterator[bytes] | None = None  # streamed files (CSV)
    body: bytes | None = None  # rendered on each request (the reward files)


# ---- the files -----------------------------------------------------------------------------


def _csv(filename: str, table: tuple) -> Download:
    header, rows = table
    return Download(filename, CSV, chunks=write_csv(header, rows))


def _data_dir() -> str:
    return current_app.config["DATA_DIR"]


def _pdf(
    s: Session,
    year: int,
    slot: str,
    kind: str,
    units: set[str] | None,
    make: Callable[[], object],
    filename: str,
) -> Download:
    cached = report_files.pdf_file(s, _data_dir(), year, slot, kind, units, make)
    return Download(filename, PDF, cached)


def units_csv(s: Session, user: User, year: int) -> Download:
    return _csv(f"Kết quả các đơn vị {year}.csv", report_files.units_table(s, user, year))


def units_xlsx(s: Session, user: User, year: int) -> Download:
    cached = report_files.units_workbook(s, user, year, _data_dir())
    return Download(f"Kết quả {year}.xlsx", XLSX, cached)


def subjects_csv(s: Session, user: User, year: int, code: str, kind: str) -> Download:
    header, rows = report_files.subjects_table(s, user, year, [code], kind)
    # one unit: read now, while the request's session lives (a streamed body outlives it)
    return _csv(f"Danh sách {KINDS[kind]} {code} {year}.csv", (header, list(rows)))


def submissions_csv(s: Session, user: User, year: int, form_id: str) -> Download:
    header, rows_of = report_files.submissions_table(s, user, year, form_id)
    make_session = current_app.extensions["sessionmaker"]

    def rows() -> Iterator[list]:
        with make_session() as own:  # outlives the request's session, torn down before streaming
            yield from rows_of(own)

    return _csv(f"Bài gửi {form_id} {year}.csv", (header, rows()))


# A unit's files depend on that unit only; the town's on the user's scope (None: everything).
# The access checks (scoped_unit) run before the cache is looked at.


def proposals_pdf(s: Session, user: User, year: int, code: str | None = None) -> Download:
    if code:
        results_view.scoped_unit(s, user, code)
    units = {code} if code else unit_scope(s, user)
    slot = f"proposals-{code or report_files.scope_slug(s, user)}"
    name = f"Danh sách đề nghị công nhận {code + ' ' if code else ''}{year}.pdf"
    return _pdf(
        s, year, slot, "proposal_list", units, lambda: dossier.proposal_list(s, user, year, code), name
    )


def minutes_pdf(s: Session, user: User, year: int, code: str) -> Download:
    results_view.scoped_unit(s, user, code)
    name = f"Biên bản họp bình xét {code} {year}.pdf"
    make = lambda: dossier.meeting_minutes(s, user, year, code)  # noqa: E731
    return _pdf(s, year, f"minutes-{code}", "meeting_minutes", {code}, make, name)


def request_pdf(s: Session, user: User, year: int, code: str) -> Download:
    results_view.scoped_unit(s, user, code)
    name = f"Giấy đề nghị công nhận {code} {year}.pdf"
    make = lambda: dossier.board_request(s, user, year, code)  # noqa: E731
    return _pdf(s, year, f"request-{code}", "board_request", {code}, make, name)


def submission_pdf(s: Session, user: User, year: int) -> Download:
    slot = f"submission-{report_files.scope_slug(s, user)}"
    make = lambda: dossier.committee_submission(s, user, year)  # noqa: E731
    name = f"Tờ trình đề nghị công nhận {year}.pdf"
    return _pdf(s, year, slot, "submission", unit_scope(s, user), make, name)


def decision_pdf(s: Session, user: User, year: int) -> Download:
    slot = f"decision-{report_files.scope_slug(s, user)}"
    cached = report_files.pdf_file(
        s, _data_dir(), year, slot, "decision", unit_scope(s, user),
        lambda: dossier.decision(s, user, year), meta=lambda data: {"draft": data.draft},
    )  # fmt: skip
    name = f"Quyết định công nhận {year}{' (dự thảo)' if cached.meta.get('draft') else ''}.pdf"
    return Download(name, PDF, cached)


def certificates_pdf(s: Session, user: User, year: int, kind: str, code: str | None = None) -> Download:
    if kind not in CERTIFICATE_KINDS:
        raise Invalid("document.invalid_kind", "kind phải là household, citizen hoặc unit")
    if code:
        results_view.scoped_unit(s, user, code)
    units = {code} if code else unit_scope(s, user)
    slot = f"certificates-{kind}-{code or report_files.scope_slug(s, user)}"
    name = f"Giấy công nhận {CERTIFICATE_KINDS[kind]} {code + ' ' if code else ''}{year}.pdf"
    make = lambda: dossier.certificates(s, user, year, kind, code)  # noqa: E731
    return _pdf(s, year, slot, "certificates", units, make, name)


def summary_pdf(s: Session, user: User, year: int) -> Download:
    """Báo cáo tổng kết: the summary's JSON printed; reads the years before it too."""
    summary_view.check_year(year)
    years = summary_view.years_shown(s, year)
    if year not in years:
        raise NotFound("results.none_for_year", "Chưa có kết quả năm %(year)s", year=year)
    slot = f"summary-{report_files.scope_slug(s, user)}"
    make = lambda: summary_view.report(s, user, year)  # noqa: E731
    cached = report_files.pdf_file(
        s, _data_dir(), year, slot, "summary", unit_scope(s, user), make,
        meta=lambda data: {"draft": data.draft}, other_years=years,
        also=[summary_view.rounds_version(s, year)],
    )  # fmt: skip
    name = f"Báo cáo tổng kết {year}{' (dự thảo)' if cached.meta.get('draft') else ''}.pdf"
    return Download(name, PDF, cached)


# The reward documents: a few dozen rows, rendered on each request rather than cached.
_REWARD_PDFS: dict[str, tuple[Callable[[Session, User, int], RewardList], str]] = {
    "submission": (rewards.submission, "Tờ trình khen thưởng"),
    "decision": (rewards.decision, "Quyết định khen thưởng"),
    "certificates": (rewards.certificates, "Giấy khen"),
}


def reward_pdf(s: Session, user: User, year: int, name: str) -> Download:
    build, title = _REWARD_PDFS[name]
    data = build(s, user, year)
    body = pdf.render_pdf(f"reward_{name}", data, dossier.load_settings(s, year))
    return Download(f"{title} {year}{' (dự thảo)' if data.draft else ''}.pdf", PDF, body=body)


def rewards_xlsx(s: Session, user: User, year: int) -> Download:
    """The annexed list's rows, for the committee's Excel."""
    header, rows = rewards.rewards_table(s, user, year)
    if not rows:
        raise NotFound("reward.none_for_year", "Chưa có đề nghị khen thưởng năm %(year)s", year=year)
    body = write_xlsx([Sheet("Khen thưởng", header, rows, widths=(6, 10, 16, 28, 18, 28, 9, 60, 28))])
    assert body is not None
    return Download(f"Khen thưởng {year}.xlsx", XLSX, body=body)


# ---- sending -------------------------------------------------------------------------------


def _disposition(filename: str) -> str:
    """RFC 6266/5987: the UTF-8 name for browsers, and an ASCII fallback ("đ" → "d", not dropped)."""
    plain = unicodedata.normalize("NFKD", filename.replace("đ", "d").replace("Đ", "D"))
    plain = re.sub(r"[^A-Za-z0-9 ._()-]", "_", plain.encode("ascii", "ignore").decode())
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _send(download: Download) -> Response:
    if download.cached is not None:
        resp = send_file(
            download.cached.path, download.mimetype, etag=download.cached.md5, conditional=True, max_age=0
        )
    elif download.body is not None:
        etag = hashlib.md5(download.body).hexdigest()
        resp = send_file(BytesIO(download.body), download.mimetype, etag=etag, conditional=True, max_age=0)
    else:
        resp = Response(download.chunks, mimetype=download.mimetype)  # needs no request context
    resp.headers["Content-Disposition"] = _disposition(download.filename)
    resp.headers["Cache-Control"] = "private, no-cache"
    return resp


def _call(roles: tuple[str, ...], make: Callable[..., Download], year: int, *args: object) -> Response:
    user = require_role(*roles)
    return _send(make(db.session(), user, year, *args))


@bp.get("/units.csv")
def get_units_csv(year: int) -> Response:
    return _call(TOWN, units_csv, year)


@bp.get("/units.xlsx")
def get_units_xlsx(year: int) -> Response:
    return _call(TOWN, units_xlsx, year)


@bp.get("/units/<code>/households.csv")
def get_households_csv(year: int, code: str) -> Response:
    return _call(UNIT, subjects_csv, year, code, "household")


@bp.get("/units/<code>/citizens.csv")
def get_citizens_csv(year: int, code: str) -> Response:
    return _call(UNIT, subjects_csv, year, code, "citizen")


@bp.get("/submissions/<form_id>.csv")
def get_submissions_csv(year: int, form_id: str) -> Response:
    return _call(TOWN, submissions_csv, year, form_id)


@bp.get("/proposals.pdf")
def get_proposals_pdf(year: int) -> Response:
    return _call(TOWN, proposals_pdf, year)


@bp.get("/units/<code>/proposals.pdf")
def get_unit_proposals_pdf(year: int, code: str) -> Response:
    return _call(UNIT, proposals_pdf, year, code)


@bp.get("/units/<code>/minutes.pdf")
def get_minutes_pdf(year: int, code: str) -> Response:
    return _call(UNIT, minutes_pdf, year, code)


@bp.get("/units/<code>/request.pdf")
def get_request_pdf(year: int, code: str) -> Response:
    return _call(UNIT, request_pdf, year, code)


@bp.get("/submission.pdf")
def get_submission_pdf(year: int) -> Response:
    return _call(TOWN, submission_pdf, year)


@bp.get("/decision.pdf")
def get_decision_pdf(year: int) -> Response:
    return _call(TOWN, decision_pdf, year)


@bp.get("/certificates.pdf")
def get_certificates_pdf(year: int) -> Response:
    """?kind=household (default) or citizen; ?unit=CODE for one unit (its board may too)."""
    code = request.args.get("unit") or None
    kind = request.args.get("kind", "household")
    return _call(UNIT if code else TOWN, certificates_pdf, year, kind, code)


@bp.get("/summary.pdf")
def get_summary_pdf(year: int) -> Response:
    return _call(TOWN, summary_pdf, year)


# ---- the listing for `kieumau-sync results` --------------------------------------------------


# the files of report_files.entries, by name
FILES: dict[str, Callable[..., Download]] = {
    "units_csv": units_csv,
    "units_xlsx": units_xlsx,
    "subjects_csv": subjects_csv,
    "submissions_csv": submissions_csv,
    "proposals_pdf": proposals_pdf,
    "minutes_pdf": minutes_pdf,
    "submission_pdf": submission_pdf,
    "decision_pdf": decision_pdf,
    "certificates_pdf": certificates_pdf,
    "summary_pdf": summary_pdf,
    "reward_pdf": reward_pdf,
    "rewards_xlsx": rewards_xlsx,
}


def _md5(download: Download) -> str:
    if download.cached is not None:
        return download.cached.md5
    if download.body is not None:
        return hashlib.md5(download.body).hexdigest()
    h = hashlib.md5()
    for chunk in download.chunks or ():
        h.update(chunk)
    return h.hexdigest()


def file_listing(s: Session, user: User, year: int) -> list[dict]:
    """Every file the user may read with its md5; a PDF not yet rendered is rendered (and
    cached) here, so the first listing of a big town takes a while and later ones don't."""
    if year not in results_view.years(s):
        raise NotFound("results.none_for_year", "Chưa có kết quả năm %(year)s", year=year)
    root = f"{current_app.config['PUBLIC_URL']}{token_prefix()}/reports/{year}/"
    out = []
    for entry in report_files.entries(s, user, year):
        try:
            download = FILES[entry.file](s, user, year, *entry.args)
        except NotFound:
            continue  # e.g. no meeting recorded yet, nothing approved yet
        out.append({"name": entry.name, "url": root + entry.path, "md5": _md5(download)})
    return out


@files_bp.get("/years/<int:year>/files")
def files(year: int) -> Response:
    """The listing `kieumau-sync results` reads: name, absolute url and md5 per file."""
    user = require_role(*UNIT)
    return jsonify(files=file_listing(db.session(), user, year))
