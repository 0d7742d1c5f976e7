"""Results pages for the committee and the boards: the year dashboard (every unit's
coverage, model households and citizens, title, rank, and the survey month's progress), a unit
(its figures, title checks, children, criterion pass rates, households and citizens) and
one submission (answers with labels, photos, criteria, history). Server-rendered, no
script; charts are CSS bars and inline SVG drawn from numbers computed here. The domain
filters everything by the reader's scope; a volunteer reads none of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for

from ..domain import results_view, submission_view, units
from ..domain.access import unit_scope
from ..store import blob_store, db
from . import charts, i18n
from .forms_wtf import ActionForm
from .pages import current_user, register_error_pages, signed_in_roles

READERS = ("admin", "committee", "board")
TOWN_FILES = ("admin", "committee")
PER_PAGE = 25
LOCAL_OFFSET = timedelta(hours=7)  # Asia/Ho_Chi_Minh, no daylight saving

bp = Blueprint("dashboard", __name__)
register_error_pages(bp)


bp.before_request(
    signed_in_roles(READERS, "results.page_forbidden", "Chỉ Ban chỉ đạo và Ban vận động xem kết quả.")
)


@bp.app_template_global()
def when(at: datetime | None) -> str:
    """A stored UTC time as Vietnam's local time, day first."""
    return (at + LOCAL_OFFSET).strftime("%d/%m/%Y %H:%M") if at else ""


def page_names() -> dict:
    """For the results and review templates (pages.PAGE_BLUEPRINTS does not list them)."""
    return {"page_user": current_user()}


bp.context_processor(page_names)
bp.add_app_template_global(charts.percent, "pct")  # imported macros see globals, not the context


def _survey_month(year: int, codes: set[str]) -> dict:
    """The bar chart of submissions per day in the survey's month (submission_view.survey_month)."""
    first, last, counts = submission_view.survey_month(db.session(), year, codes)
    chart = charts.day_bars(counts, first, last)
    chart["month"], chart["year"] = first.month, first.year
    return chart


@bp.get("/years/")
def index() -> Response | str:
    """The latest year with data, or a page that says there is none yet."""
    years = results_view.years(db.session())
    if years:
        return redirect(url_for(".year", year=years[-1]))
    return render_template("dashboard/year.html", year=None, years=[], units=[], chart=None)


@bp.get("/years/<int:year>")
def year(year: int) -> str:
    session = db.session()
    user = current_user()
    units = results_view.units(session, user, year)
    top = min((u["depth"] for u in units), default=0)
    return render_template(
        "dashboard/year.html",
        year=year,
        years=results_view.years(session),
        units=units,
        top=top,
        chart=_survey_month(year, {u["code"] for u in units}) if units else None,
        town_files=user.role in TOWN_FILES,
    )


@bp.get("/years/<int:year>/units/<code>")
def unit(year: int, code: str) -> str:
    session = db.session()
    detail = results_view.unit_detail(session, current_user(), year, code)
    criteria, _fields = submission_view.explainer(session, i18n.language())
    unit_row = units.unit_by_code(session, code)
    codes = units.subtree_codes(session, unit_row)
    return render_template(
        "dashboard/unit.html",
        year=year,
        u=detail,
        criteria=criteria,
        chart=_survey_month(year, codes),
        crumbs=_crumbs(session, unit_row),
    )


def _crumbs(session, unit_row) -> list:
    """The unit's ancestors the reader may open, top first."""
    return units.ancestors_in_scope(session, unit_row, unit_scope(session, current_user()))


@bp.get("/years/<int:year>/units/<code>/<any(households, citizens):kind>")
def subjects(year: int, code: str, kind: str) -> str:
    session = db.session()
    user = current_user()
    detail = results_view.unit_detail(session, user, year, code)
    rows = results_view.subjects(session, user, year, code, kind.removesuffix("s"))
    only_missed = request.args.get("only") == "missed"
    if only_missed:
        rows = [r for r in rows if not r["title_reached"]]
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    pages = max((len(rows) + PER_PAGE - 1) // PER_PAGE, 1)
    page = min(page, pages)
    criteria, fields = submission_view.explainer(session, i18n.language())
    return render_template(
        "dashboard/subjects.html",
        year=year,
        u=detail,
        kind=kind,
        rows=rows[(page - 1) * PER_PAGE : page * PER_PAGE],
        total=len(rows),
        page=page,
        pages=pages,
        only_missed=only_missed,
        criteria=criteria,
        why=lambda decided: submission_view.why(decided, fields),
    )


@bp.get("/submissions/<int:submission_id>")
def submission(submission_id: int) -> str:
    user = current_user()
    page = submission_view.submission_page(db.session(), user, submission_id, i18n.language())
    may_reject = user.role in submission_view.REJECTERS and page.score is not None and not page.score.rejected
    return render_template(
        "dashboard/submission.html",
        p=page,
        year=page.score.year if page.score is not None else page.sub.year,
        reject_form=ActionForm() if may_reject else None,
    )


IMAGE_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"GIF8", "image/gif"))


def image_type(content: bytes) -> str | None:
    """The image type the bytes really are (JPEG, PNG, GIF, WebP), or None."""
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in IMAGE_MAGIC if content.startswith(magic)), None)


@bp.get("/submissions/<int:submission_id>/files/<name>")
def attachment(submission_id: int, name: str) -> Response:
    """A photo of a submission, to readers whose scope covers its unit; private caching
    only (residents' homes), keyed by content so a repeat view costs nothing."""
    found = submission_view.attachment(db.session(), current_user(), submission_id, name)
    if found.sha256 in request.if_none_match:  # the browser has these bytes: no read at all
        resp = Response(status=304)
        resp.set_etag(found.sha256)
        resp.headers["Cache-Control"] = "private, max-age=86400"
        return resp
    pieces = blob_store.for_app(current_app).open(found.sha256)  # streamed, whatever its size
    first = next(pieces, b"")
    kind = image_type(first)  # the phone's declared type is not trusted: sniff the bytes
    resp = Response(_chain(first, pieces), mimetype=kind or "application/octet-stream")
    resp.content_length = found.size
    resp.headers["Cache-Control"] = "private, max-age=86400"
    resp.headers["Content-Disposition"] = "inline" if kind else "attachment"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    resp.set_etag(found.sha256)
    return resp


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


from . import document_pages, summary_pages  # noqa: E402, F401 - their routes hang on bp
