"""The long lists of the dossier (proposal lists, the decision's annex) drawn straight into
PDF pages with ReportLab, then joined to the pages WeasyPrint lays out around them.

Why: WeasyPrint spends ~3.5 ms laying out one table row (line breaking, cascade, collapsed
borders), so the town's 8,000-row list took ~30 s. Here a row is a few text runs at fixed
positions, ~0.1 ms. The look follows `table.list` of reports.css: fixed column widths,
Liberation Serif 12 pt (the shipped files), padding 2/4 pt, 0.5 pt rules, the header row
repeated on every page, rows never split, page numbers top centre; a cell too wide for its
column wraps at spaces.

WeasyPrint still renders everything else (pdf.py): the pages before the lists (header, title,
body, the decision's articles and signature, the annex title) and, on a page of its own
(`section.apart`), the signature that follows a proposal list. The first list page is drawn
over the last of those pages, below its content; the signature is moved onto the last list
page, just below the last row (that row goes over to a new page with it if there is no room).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .documents import TITLES, Decision, Person, ProposalList, group_by_unit, vn_number
from .reward_documents import RewardList

FONTS_DIR = Path(__file__).resolve().parent.parent / "static" / "fonts"
REGULAR, BOLD, BOLD_ITALIC = "LiberationSerifKM", "LiberationSerifKM-Bold", "LiberationSerifKM-BoldItalic"

# reports.css, in points: @page margins, table.list (12 pt, line-height 1.15, padding 2 pt
# 4 pt, 0.5 pt borders), h2.section / h3.part (13 pt, line-height 1.2)
WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, WIDTH - 15 * mm, HEIGHT - 20 * mm, 20 * mm
SIZE, LINE, PAD_Y, PAD_X, RULE = 12, 12 * 1.15, 2, 4, 0.5
HEADING_SIZE, HEADING_LINE = 13, 13 * 1.2
TABLE_MARGINS = (4, 10)  # above, below
HEADING_BOTTOM = 2
PX = 0.75  # WeasyPrint's CSS pixel, in points


def _baseline(size: float, line: float) -> float:
    """From the top of a line box to the baseline: Liberation Serif's ascent (0.891 em)
    plus the half-leading (its content area is 1.107 em high)."""
    return 0.891 * size + (line - 1.107 * size) / 2


BASELINE, HEADING_BASELINE = _baseline(SIZE, LINE), _baseline(HEADING_SIZE, HEADING_LINE)

ROMAN = ("", "I", "II", "III", "IV", "V")


@dataclass(frozen=True)
class Column:
    label: str
    width: float | None  # mm; None takes what the other columns leave
    center: bool = False


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Heading:
    """h2.section (bold, 10 pt above) or, with `part`, h3.part (bold italic, 6 pt above)."""

    text: str
    part: bool = False

    @property
    def font(self) -> str:
        return BOLD_ITALIC if self.part else BOLD

    @property
    def top_margin(self) -> float:
        return 6 if self.part else 10

    def lines(self) -> list[str]:
        return _wrap(unicodedata.normalize("NFC", self.text), self.font, HEADING_SIZE, RIGHT - LEFT)


Item = Heading | Table


# ---- what the lists hold: their wording -------------------------------------------------


def people_table(people: Sequence[Person], head_label: str, with_year: bool = False) -> Table:
    """The columns of `people_table` in _macros.html: STT, name, address, [year], points, note."""
    columns = [Column("STT", 11, True), Column(head_label, 44), Column("Địa chỉ", None)]
    columns += [Column("Năm sinh", 15, True)] if with_year else []
    columns += [Column("Điểm", 14, True), Column("Ghi chú", 22)]
    rows = []
    for i, p in enumerate(people, 1):
        year = [str(p.birth_year or "")] if with_year else []
        rows.append([str(i), p.name, p.address, *year, vn_number(p.points), p.note])
    return Table(columns, rows)


def proposal_items(d: ProposalList) -> list[Item]:
    """A proposal list's sections: per unit (headed by its name on the town's list), its
    households then its citizens."""
    items: list[Item] = []
    for i, u in enumerate(d.units, 1):
        if not d.unit_name:
            items.append(Heading(f"{i}. {u.unit_name}"))
        t = u.titles
        if t.has_households:
            items.append(
                Heading(f"a) Hộ gia đình đề nghị công nhận “{t.household}”: {len(u.households)} hộ", True)
            )
            if u.households:
                items.append(people_table(u.households, "Họ và tên chủ hộ"))
        part = "b) " if t.has_households else ""
        who = t.citizen_noun[:1].upper() + t.citizen_noun[1:]
        items.append(Heading(f"{part}{who} đề nghị công nhận “{t.citizen}”: {len(u.citizens)} người", True))
        if u.citizens:
            items.append(people_table(u.citizens, "Họ và tên", with_year=True))
    return items


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def decision_items(d: Decision) -> list[Item]:
    """The decision's annex: the residential groups, then households and citizens by unit."""
    items: list[Item] = []
    n = 0
    for noun, title, units in d.unit_groups() if d.units else []:
        n += 1
        items.append(Heading(f"{ROMAN[n]}. {_capital(noun)} đạt danh hiệu “{title}”: {len(units)}"))
        rows = [[str(i), u.name] for i, u in enumerate(units, 1)]
        items.append(Table([Column("STT", 11, True), Column(f"Tên {noun}", None)], rows))
    parts = (
        [("hộ gia đình", TITLES["household"], d.households, "Họ và tên chủ hộ", False)]
        if d.households
        else []
    )
    parts += [(noun, title, people, "Họ và tên", True) for noun, title, people in d.citizen_groups()]
    for label, title, people, head, with_year in parts:
        n += 1
        items.append(
            Heading(f"{ROMAN[n]}. {_capital(label)} đạt danh hiệu “{title}”: {vn_number(len(people))}")
        )
        for i, (unit_name, group) in enumerate(group_by_unit(people), 1):
            items.append(Heading(f"{i}. {unit_name} ({len(group)})", True))
            items.append(people_table(group, head, with_year))
    return items


def reward_items(d: RewardList) -> list[Item]:
    """The annexed list of the rewards (tờ trình and decision): collectives, households,
    citizens, each a numbered part with the achievement it is rewarded for."""
    items: list[Item] = []
    for n, (kind, label, rewards) in enumerate(d.groups(), 1):
        items.append(Heading(f"{ROMAN[n]}. {label}: {vn_number(len(rewards))}"))
        if kind == "unit":
            columns = [Column("STT", 11, True), Column("Tên tập thể", 50), Column("Thành tích", None)]
            rows = [[str(i), r.name, r.reason] for i, r in enumerate(rewards, 1)]
        else:
            head = "Họ và tên chủ hộ" if kind == "household" else "Họ và tên"
            columns = (
                [Column("STT", 11, True), Column(head, 40), Column("Năm sinh", 15, True)]
                if kind == "citizen"
                else [Column("STT", 11, True), Column(head, 40)]
            )
            columns += [Column("Địa chỉ", 40), Column("Thành tích", None)]
            rows = [
                [str(i), r.name, *([str(r.birth_year or "")] if kind == "citizen" else []),
                 ", ".join(x for x in (r.address, r.unit_name) if x), r.reason]
                for i, r in enumerate(rewards, 1)
            ]  # fmt: skip
        items.append(Table(columns, rows))
    return items


def items_of(kind: str, data: Any) -> list[Item] | None:
    """The lists of a document this module draws, or None for a document without them."""
    if kind == "proposal_list":
        return proposal_items(data)
    if kind == "decision":
        return decision_items(data)
    if kind in ("reward_submission", "reward_decision"):
        return reward_items(data)
    return None


# ---- drawing -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _fonts() -> None:
    for name, file in ((REGULAR, "Regular"), (BOLD, "Bold"), (BOLD_ITALIC, "BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / f"LiberationSerif-{file}.ttf")))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces; most cells fit and cost one width measurement."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return [text]
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


@dataclass(frozen=True)
class _Grid:
    """Where a table's columns go: rule positions, text widths, the wrapped header row."""

    xs: list[float]  # vertical rules, on the middle of the collapsed borders
    inner: list[float]  # the content width of each column
    head: list[list[str]]
    head_height: float

    @classmethod
    def of(cls, t: Table) -> _Grid:
        fixed = sum(col.width or 0 for col in t.columns) * mm
        widths = [col.width * mm if col.width else RIGHT - LEFT - RULE - fixed for col in t.columns]
        xs = [LEFT + RULE / 2]  # the outer borders are half outside the table, as in WeasyPrint
        for w in widths:
            xs.append(xs[-1] + w)
        inner = [w - 2 * PAD_X - RULE for w in widths]
        head = [_wrap(col.label, BOLD, SIZE, w) for col, w in zip(t.columns, inner, strict=True)]
        return cls(xs, inner, head, _row_height(head))

    def cells(self, row: Sequence[str]) -> list[list[str]]:
        return [
            _wrap(unicodedata.normalize("NFC", text), REGULAR, SIZE, w) if text else []
            for text, w in zip(row, self.inner, strict=True)
        ]


def _row_height(cells: list[list[str]]) -> float:
    return max(1, *map(len, cells)) * LINE + 2 * PAD_Y + RULE


def _heading_height(h: Heading, margin: float) -> float:
    """A heading's height with its top margin collapsed with the `margin` above it."""
    return max(margin, h.top_margin) + len(h.lines()) * HEADING_LINE


def _table_start(t: Table, margin: float) -> float:
    """A table's top margin, header row and first row: what must fit where it starts."""
    grid = _Grid.of(t)
    first = _row_height(grid.cells(t.rows[0])) if t.rows else 0
    return max(margin, TABLE_MARGINS[0]) + grid.head_height + first


def _keep(items: Sequence[Item], i: int) -> float:
    """What must follow the heading `items[i]` on its page (break-after: avoid): the
    headings right after it and the start of the table they lead to."""
    height, margin = 0.0, HEADING_BOTTOM
    for item in items[i + 1 :]:
        if isinstance(item, Table):
            return height + _table_start(item, margin)
        height += _heading_height(item, margin)
    return height


class _Pages:
    """A canvas with a cursor `y` (points from the bottom) that turns pages as rows need."""

    def __init__(self, start: float, first_number: int, reserve: float) -> None:
        _fonts()
        self.out = BytesIO()
        self.c = Canvas(self.out, pagesize=A4, invariant=True, pageCompression=1, initialFontName=REGULAR)
        self._pen()
        self.y, self.number, self.reserve = start, first_number, reserve
        self.margin = 0.0  # bottom margin of the last block, collapsed with the next top margin

    def _pen(self) -> None:
        """0.5 pt rules with square caps, so that they close the table's corners."""
        self.c.setLineWidth(RULE)
        self.c.setLineCap(2)

    def new_page(self) -> None:
        self.c.showPage()
        self._pen()
        self.number += 1
        self.c.setFont(REGULAR, 13)  # @top-center of reports.css
        self.c.drawCentredString((LEFT + RIGHT) / 2, TOP + 4 * mm + 2.8, str(self.number))
        self.y, self.margin = TOP, 0.0

    def _space(self, margin: float) -> float:
        """The margin above the next block: collapsed with the last one, none at a page top."""
        return max(self.margin, margin) if self.y < TOP else 0

    def heading(self, h: Heading, keep: float) -> None:
        """Draw a heading, on a new page if it and `keep` points after it do not fit."""
        if self.y - _heading_height(h, self.margin) - keep < BOTTOM and self.y < TOP:
            self.new_page()
        self.y -= self._space(h.top_margin)
        self.c.setFont(h.font, HEADING_SIZE)
        for line in h.lines():
            self.c.drawString(LEFT, self.y - HEADING_BASELINE, line)
            self.y -= HEADING_LINE
        self.margin = HEADING_BOTTOM

    def table(self, t: Table, last: bool) -> None:
        """Rows under a header row repeated on each page; a page's vertical rules are drawn
        when it is left. `last`: the final row keeps `reserve` below it."""
        grid, c = _Grid.of(t), self.c
        if self.y - _table_start(t, self.margin) < BOTTOM and self.y < TOP:
            self.new_page()
        self.y -= self._space(TABLE_MARGINS[0]) + RULE / 2
        top = self._header(grid)
        for n, row in enumerate(t.rows, 1):
            cells = grid.cells(row)
            height = _row_height(cells)
            below = self.reserve if last and n == len(t.rows) else 0
            if self.y - height - below < BOTTOM:
                self._rules(grid, top)
                self.new_page()
                self.y -= RULE / 2
                top = self._header(grid)
            c.setFont(REGULAR, SIZE)
            for lines, col, x0, x1 in zip(cells, t.columns, grid.xs, grid.xs[1:], strict=False):
                y = self.y - RULE / 2 - PAD_Y - BASELINE
                for line in lines:
                    if col.center:
                        c.drawCentredString((x0 + x1) / 2, y, line)
                    else:
                        c.drawString(x0 + RULE / 2 + PAD_X, y, line)
                    y -= LINE
            self.y -= height
            c.line(grid.xs[0], self.y, grid.xs[-1], self.y)
        self._rules(grid, top)
        self.y -= RULE / 2
        self.margin = TABLE_MARGINS[1]

    def _header(self, grid: _Grid) -> float:
        """The header row at the cursor (bold, centred, vertically in the middle); returns
        the table's top on this page."""
        top, c, xs = self.y, self.c, grid.xs
        c.setFont(BOLD, SIZE)
        for lines, x0, x1 in zip(grid.head, xs, xs[1:], strict=False):
            y = top - RULE / 2 - (grid.head_height - RULE - len(lines) * LINE) / 2 - BASELINE
            for line in lines:
                c.drawCentredString((x0 + x1) / 2, y, line)
                y -= LINE
        c.line(xs[0], top, xs[-1], top)
        self.y -= grid.head_height
        c.line(xs[0], self.y, xs[-1], self.y)
        return top

    def _rules(self, grid: _Grid, top: float) -> None:
        for x in grid.xs:
            self.c.line(x, top, x, self.y)

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.out.getvalue()


def draw(items: Sequence[Item], start: float, first_number: int, reserve: float = 0) -> tuple[bytes, float]:
    """Draw `items` from `start` (points from the page bottom) on a first page numbered
    `first_number` (its number is not drawn: that page is WeasyPrint's). `reserve`: room
    kept under the last row. Returns the PDF and where the last page's content ends."""
    pages = _Pages(start, first_number, reserve)
    for i, item in enumerate(items):
        if isinstance(item, Heading):
            pages.heading(item, _keep(items, i))
        else:
            pages.table(item, last=i == len(items) - 1)
    if not items or isinstance(items[-1], Heading):
        if pages.y - pages.reserve < BOTTOM:
            pages.new_page()
    return pages.finish(), pages.y  # the signature's own top margin (12 pt) follows


# ---- joining -------------------------------------------------------------------------------


def _content_bottom(page: Any) -> float:
    """Where the content of a WeasyPrint page ends, in points from the page bottom: the
    lowest line, table or leaf block (a block continued on the next page reaches down to
    the page's bottom, so its own height says nothing). Reads WeasyPrint 70's box tree."""
    from weasyprint.formatting_structure import boxes

    def bottom(box: Any) -> float:
        children = getattr(box, "children", None)
        if isinstance(box, boxes.BlockContainerBox) and not isinstance(box, boxes.TableBox) and children:
            return max(bottom(child) for child in children)
        return box.position_y + box.margin_height()

    return HEIGHT - bottom(page._page_box.children[0]) * PX


def compose(document: Any, weasy_pdf: bytes, items: Sequence[Item], apart: bool) -> bytes:
    """One PDF: WeasyPrint's pages with the drawn lists after them. `apart`: WeasyPrint's
    last page holds only what follows the lists (the signature), moved below the last row."""
    from pypdf import PdfReader, PdfWriter, Transformation

    front = len(document.pages) - (1 if apart else 0)
    start = _content_bottom(document.pages[front - 1])
    reserve = TOP - _content_bottom(document.pages[-1]) if apart else 0
    drawn, end = draw(items, start, front, reserve)
    weasy, lists = PdfReader(BytesIO(weasy_pdf)), PdfReader(BytesIO(drawn))
    writer = PdfWriter()
    for page in weasy.pages[:front]:
        writer.add_page(page)
    writer.pages[-1].merge_page(lists.pages[0])
    for page in lists.pages[1:]:
        writer.add_page(page)
    if apart:
        writer.pages[-1].merge_transformed_page(weasy.pages[-1], Transformation().translate(0, end - TOP))
    if weasy.metadata:
        writer.add_metadata(weasy.metadata)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
