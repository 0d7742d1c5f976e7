"""Rows → an Excel workbook, one sheet per list, written straight into the zip as it goes.

A town's workbook has ~300,000 cells; openpyxl (even write-only) builds an object per cell
and took 7 s for them. This writer emits the sheet XML itself (inline strings, numbers,
dates), row by row into the zip entry, so time is a few microseconds per cell and memory
does not grow with the rows. Each sheet gets a bold, shaded header row that stays frozen
while scrolling and repeats on printed pages, an autofilter over the data, and column
widths guessed from the header and the first rows. Text is never a formula: cells are
inline strings, so "=1+1" stays text.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

_SAMPLE_ROWS = 100  # rows looked at to guess column widths
_MIN_WIDTH, _MAX_WIDTH = 6, 50
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0
_EPOCH = datetime(1899, 12, 30)
_HEADER, _DATE, _DATETIME = 1, 2, 3  # cell styles (cellXfs indexes in _STYLES)


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
    widths: list[float] = []
    for i, name in enumerate(header):
        longest = max([len(str(name))] + [len(str(row[i])) for row in sample if i < len(row) and row[i]])
        widths.append(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))
    return widths


def _letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _text(value: str) -> str:
    return escape(_CONTROL.sub("", value))


def _cell(ref: str, value: Any, style: int = 0) -> str:
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    if isinstance(value, datetime):
        serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
        return f'<c r="{ref}" s="{style or _DATETIME}"><v>{serial!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{style or _DATE}"><v>{(value - _EPOCH.date()).days}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_text(str(value))}</t></is></c>'


def _write_sheet(fh: IO[bytes], sheet: Sheet) -> None:
    rows = iter(sheet.rows)
    sample = list(itertools.islice(rows, _SAMPLE_ROWS))
    widths = sheet.widths or _guess_widths(sheet.header, sample)
    ncols = max([len(sheet.header)] + [len(r) for r in sample])
    letters = [_letter(i) for i in range(max(ncols, 1))]
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, start=1)
    )
    fh.write(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2"'
        ' activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/>{"<cols>" + cols + "</cols>" if cols else ""}<sheetData>'
        .encode()
    )  # fmt: skip
    header = "".join(_cell(f"{letters[i]}1", v, _HEADER) for i, v in enumerate(sheet.header))
    fh.write(f'<row r="1">{header}</row>'.encode())
    count, chunk = 0, []
    for count, row in enumerate(itertools.chain(sample, rows), start=1):
        n = count + 1
        if len(row) > len(letters):
            letters += [_letter(i) for i in range(len(letters), len(row))]
        chunk.append(f'<row r="{n}">{"".join(_cell(f"{letters[i]}{n}", v) for i, v in enumerate(row))}</row>')
        if len(chunk) == 500:
            fh.write("".join(chunk).encode())
            chunk = []
    fh.write("".join(chunk).encode())
    tail = "</sheetData>"
    if sheet.header:
        tail += f'<autoFilter ref="A1:{letters[len(sheet.header) - 1]}{count + 1}"/>'
    fh.write(f"{tail}</worksheet>".encode())


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="00DDEBF7"/></patternFill></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1"'
    ' applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)  # fmt: skip
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _entry(name: str) -> zipfile.ZipInfo:
    """A compressed part dated 1980-01-01 (the zip format's first day), not the time of
    writing: the same rows give the same bytes, so an md5 or ETag names the content."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _package(zf: zipfile.ZipFile, titles: list[str]) -> None:
    """Everything around the sheets: content types, relationships, workbook, styles."""
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    zf.writestr(
        _entry("[Content_Types].xml"),
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sheet_type}"/>'
                  for i in range(1, len(titles) + 1))
        + "</Types>",
    )  # fmt: skip
    zf.writestr(
        _entry("_rels/.rels"),
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    )
    sheets = "".join(
        f'<sheet name={quoteattr(t)} sheetId="{i}" r:id="rId{i}"/>' for i, t in enumerate(titles, start=1)
    )
    quoted = ["'" + t.replace("'", "''") + "'" for t in titles]  # Excel's way of quoting a sheet name
    names = "".join(
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{escape(q)}!$1:$1</definedName>'
        for i, q in enumerate(quoted)
    )
    zf.writestr(
        _entry("xl/workbook.xml"),
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        f"{sheets}</sheets><definedNames>{names}</definedNames></workbook>",
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(titles) + 1)
    )
    n = len(titles) + 1
    zf.writestr(
        _entry("xl/_rels/workbook.xml.rels"),
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">{rels}'
        f'<Relationship Id="rId{n}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
    )
    zf.writestr(_entry("xl/styles.xml"), _STYLES)


def write_xlsx(sheets: Sequence[Sheet], target: IO[bytes] | None = None) -> bytes | None:
    """Write the workbook to `target` (a binary file object), or return it as bytes."""
    buffer = io.BytesIO()
    out = target if target is not None else buffer
    taken: set[str] = set()
    titles = [sheet_title(s.title, taken) for s in sheets] or ["Sheet"]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        _package(zf, titles)
        for i, sheet in enumerate(sheets or [Sheet("Sheet", [], [])], start=1):
            with zf.open(_entry(f"xl/worksheets/sheet{i}.xml"), "w", force_zip64=True) as fh:
                _write_sheet(fh, sheet)
    return None if target is not None else buffer.getvalue()
