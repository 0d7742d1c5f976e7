"""Official documents as PDF: a dataclass from `documents.py` → Jinja2 HTML → WeasyPrint,
and for the long lists (proposal lists, the decision's annex) rows drawn by `pdf_lists.py`.

Templates live in `server/templates/reports/`, the print CSS and the shipped fonts in
`server/static/`. This module needs no Flask app, so the CLI, tests and the web view render the
same bytes.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .documents import (
    TITLES,
    BoardRequest,
    Certificates,
    CommitteeSubmission,
    Decision,
    DocumentSettings,
    InspectionRecord,
    MeetingMinutes,
    ProposalList,
    Signature,
    YearReport,
    vn_date,
    vn_number,
)
from .reward_documents import RewardCertificates, RewardDecision, RewardSubmission

SERVER_DIR = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = SERVER_DIR / "templates"
STATIC_DIR = SERVER_DIR / "static"
STYLESHEET = STATIC_DIR / "reports.css"
UA_STYLESHEET = STATIC_DIR / "reports-ua.css"  # see that file: a lighter cascade

#: Document kind → the dataclass its template expects.
KINDS: dict[str, type] = {
    "board_request": BoardRequest,
    "proposal_list": ProposalList,
    "meeting_minutes": MeetingMinutes,
    "submission": CommitteeSubmission,
    "decision": Decision,
    "certificates": Certificates,
    "inspection": InspectionRecord,
    "reward_submission": RewardSubmission,
    "reward_decision": RewardDecision,
    "reward_certificates": RewardCertificates,
    "summary": YearReport,
}


_MEN, _WOMEN = {"nam", "male", "m"}, {"nu", "nữ", "female", "f"}


def honorific(sex: str) -> str:
    """ "Ông" or "Bà" from the registry's sex (a household's: its head's); "Ông (bà)" when it
    does not say."""
    value = unicodedata.normalize("NFC", (sex or "").strip().lower())
    return "Ông" if value in _MEN else "Bà" if value in _WOMEN else "Ông (bà)"


def _vn_time(moment: datetime) -> str:
    """ "19 giờ 30 phút" — the way minutes state when a meeting started or ended."""
    if moment.minute:
        return f"{moment.hour} giờ {moment.minute:02d} phút"
    return f"{moment.hour} giờ"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else ""


def _share(share: float | None) -> str:
    """A 0-1 share as a Vietnamese percentage (72,5); "–" when there is no base."""
    return "–" if share is None else f"{100 * share:.1f}".replace(".", ",")


def _points(change: float | None) -> str:
    """A change of share in percentage points, signed (+3,2 / −1,0); "–" without a base."""
    if change is None:
        return "–"
    text = f"{100 * abs(change):.1f}".replace(".", ",")
    return f"+{text}" if change > 0 else f"−{text}" if change < 0 else text


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.filters.update(
        vn_date=vn_date, vn_number=vn_number, vn_time=_vn_time, pct=_pct, share=_share, points=_points
    )
    return env


def _context(kind: str, data: Any, settings: DocumentSettings) -> dict[str, Any]:
    """The template variables beyond `d` (the data) and `s` (the settings)."""
    if kind in ("proposal_list", "board_request"):
        return {"default_board_signature": Signature(("TM. BAN VẬN ĐỘNG", "TRƯỞNG BAN"))}
    if kind == "meeting_minutes":
        return {
            "chair": Signature(("CHỦ TRÌ",), data.chair),
            "secretary": Signature(("THƯ KÝ",), data.secretary),
        }
    if kind == "decision":
        return {"titles": data.titles}
    if kind == "inspection":
        return {
            "leader": Signature(("TRƯỞNG ĐOÀN KIỂM TRA",), data.leader),
            "unit_rep": Signature(("ĐẠI DIỆN " + s_board(settings),), ""),
        }
    if kind == "certificates":
        return {"title": TITLES[data.kind], "honorific": honorific}
    if kind.startswith("reward_"):
        return {"campaign": data.campaign, "honorific": honorific}
    return {}


def s_board(settings: DocumentSettings) -> str:
    """The unit's board as a signature block names it ("BAN VẬN ĐỘNG")."""
    return settings.board_name.upper()


def render_html(kind: str, data: Any, settings: DocumentSettings | None = None) -> str:
    """Render one document to HTML: what WeasyPrint lays out (for a proposal list or the
    decision, everything but the long lists, which `render_pdf` draws with `pdf_lists`)."""
    expected = KINDS.get(kind)
    if expected is None:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {sorted(KINDS)}")
    if not isinstance(data, expected):
        raise TypeError(f"{kind} needs a {expected.__name__}, got {type(data).__name__}")
    settings = settings or DocumentSettings()
    template = _env().get_template(f"reports/{kind}.html")
    return template.render(d=data, s=settings, **_context(kind, data, settings))


def render_pdf(kind: str, data: Any, settings: DocumentSettings | None = None) -> bytes:
    """Render one document to PDF bytes, with the project's own fonts embedded. The long
    lists (proposal lists, the decision's annex) are drawn by `pdf_lists`, some thirty
    times faster per row than WeasyPrint's table layout; WeasyPrint lays out the rest."""
    # Imported here: WeasyPrint is slow to import and pulls in Pango, which the CSV and XLSX
    # exports (and most of the app) never need.
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from . import pdf_lists

    class _ReportHTML(HTML):
        def _ua_stylesheets(self, forms: bool = False) -> list:  # WeasyPrint 70's hook, pinned
            return [CSS(filename=str(UA_STYLESHEET))]

    html = render_html(kind, data, settings)
    fonts = FontConfiguration()  # one per render: WeasyPrint does not share it across threads
    css = CSS(filename=str(STYLESHEET), font_config=fonts)
    document = _ReportHTML(string=html, base_url=STATIC_DIR.as_uri() + "/").render(
        stylesheets=[css], font_config=fonts
    )
    items = pdf_lists.items_of(kind, data)
    if items is None:
        return document.write_pdf()
    return pdf_lists.compose(document, document.write_pdf(), items, apart=kind == "proposal_list")
