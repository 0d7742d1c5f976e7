"""Rows → an Excel workbook, one sheet per list, in openpyxl's write-only mode.

Write-only mode streams rows to temporary files, so memory stays flat for the town's 10,000
citizens. Each sheet gets a bold, shaded header row that stays frozen while scrolling, an
autofilter over the data, and column widths guessed from the header and the first rows.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEADER_BORDER = Border(bottom=Side(style="thin"))
_SAMPLE_ROWS = 100  # rows looked at to guess column widths
_MIN_WIDTH, _MAX_WIDTH = 6, 50
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sheet:
    """One worksheet: `rows` may be any iterable (a generator, a query result) and is read once."""

    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[float] | None = None


def sheet_title(title: str, taken: set[str] | None = None) -> str:
    """Make a title Excel accepts: no []:*?/\\, at most 31 characters, unique in the workbook."""
    clean = _FORBIDDEN.sub("-", title).strip().strip("'") or "Sheet"
    clean = clean[:31]
    taken = taken if taken is not None else set()
    candidate, n = clean, 1
    while candidate.casefold() in taken:  # Excel compares sheet names case-insensitively
        n += 1
        suffix = f" ({n})"
        candidate = clean[: 31 - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def _guess_widths(header: Sequence[str], sample: list[Sequence[Any]]) -> list[float]:
    widths = []
    for i, name in enumerate(header):
        longest = max([len(str(name))] + [len(str(row[i])) for row in sample if i < len(row) and row[i]])
        widths.append(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))
    return widths


def _literal(ws: Any, value: str) -> WriteOnlyCell:
    """Keep text such as "=1+1" as text: openpyxl would store it as a formula Excel runs."""
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _write_sheet(wb: Workbook, sheet: Sheet, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_title(sheet.title, taken))
    rows = iter(sheet.rows)
    sample = list(itertools.islice(rows, _SAMPLE_ROWS))
    widths = sheet.widths or _guess_widths(sheet.header, sample)
    # Write-only sheets accept these only before the first row is written.
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"

    header = []
    for name in sheet.header:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment, cell.border = _HEADER_ALIGN, _HEADER_BORDER
        header.append(cell)
    ws.append(header)
    count = 0
    for row in itertools.chain(sample, rows):
        ws.append([_literal(ws, v) if isinstance(v, str) and v[:1] == "=" else v for v in row])
        count += 1
    if sheet.header:
        last = get_column_letter(len(sheet.header))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"  # written after the rows, so set it last


def write_xlsx(sheets: Sequence[Sheet], target: IO[bytes] | None = None) -> bytes | None:
    """Write the workbook to `target` (a binary file object), or return it as bytes."""
    wb = Workbook(write_only=True)
    taken: set[str] = set()
    for sheet in sheets:
        _write_sheet(wb, sheet, taken)
    if not sheets:
        wb.create_sheet("Sheet")  # a workbook needs at least one sheet
    if target is not None:
        wb.save(target)
        return None
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
