"""The year-end summary page (tổng kết): the year against its registration and the years
before, each unit's trend, the criteria most often missed, the groups that gained or lost
their title. It prints the dict GET /api/v1/years/<y>/summary returns (one computation, as
the báo cáo tổng kết PDF does); the charts are inline SVG drawn from numbers computed here,
so they work offline and print. A town document: administrators and committee members
(their subtree); boards read their own unit's results, not the town's summary. Routes hang
on dashboard.bp, whose guard already sends signed-out visitors to the login page."""

from __future__ import annotations

from datetime import date

from flask import Response, redirect, render_template, url_for

from ..domain import results_view, submission_view, summary_view
from ..errors import Forbidden
from ..store import db
from . import charts, i18n
from .dashboard import bp
from .pages import current_user

READERS = ("admin", "committee")


def _reader() -> None:
    if current_user().role not in READERS:
        raise Forbidden("summary.page_forbidden", "Chỉ quản trị viên và Ban chỉ đạo xem tổng kết năm.")


@bp.get("/summary/")
def summary_latest() -> Response:
    """The latest year with results (the summary page says when there are none yet)."""
    _reader()
    years = results_view.years(db.session())
    return redirect(url_for(".summary", year=years[-1] if years else date.today().year))


def _charts(view: dict) -> dict:
    town = view["town"]
    years = [t["year"] for t in town]
    shares = [[t[part]["share"] for t in town] for part in ("households", "citizens")]
    previous = view["previous_year"]
    tracks = {}
    for u in view["units"]:
        before = next((p for p in u["years"] if p["year"] == previous), None)
        now = u["years"][-1]
        changes = {"households": u["household_change"], "citizens": u["citizen_change"]}
        tracks[u["code"]] = {  # no change to show (a list awaiting approval): no earlier dot
            part: charts.change_track(
                before[part]["share"] if before and changes[part] is not None else None, now[part]["share"]
            )
            for part in ("households", "citizens")
        }
    return {"years": charts.year_bars(years, shares), "tracks": tracks}


@bp.get("/years/<int:year>/summary")
def summary(year: int) -> str:
    _reader()
    session = db.session()
    view = summary_view.year_json(session, current_user(), year)
    labels, _fields = submission_view.explainer(session, i18n.language())  # criteria in the reader's language
    return render_template(
        "dashboard/summary.html",
        year=year,
        v=view,
        years=results_view.years(session),
        charts=_charts(view) if view["has_data"] else None,
        labels=labels,
    )
