"""Reading a household roster (CSV or XLSX) into plain rows. Knows the encodings Excel
writes for Vietnamese: UTF-8 with or without BOM, UTF-16 ("Unicode Text"), Windows-1258."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

# canonical column -> accepted headers. A header matches in any case, with or without its
# Vietnamese accents, and with spaces or underscores alike ("Mã hộ", "ma ho", "MA_HO").
COLUMNS = {
    "unit": ("unit", "mã tổ", "mã đơn vị", "đơn vị", "tổ", "tổ dân phố", "mã tổ dân phố"),
    "unit_name": ("unit_name", "tên tổ", "tên đơn vị", "tên tổ dân phố"),
    "parent_unit": ("parent_unit", "đơn vị cha", "đơn vị cấp trên", "mã đơn vị cha"),
    "household": ("household", "mã hộ", "hộ", "mã hộ gia đình"),
    "head_name": ("head_name", "chủ hộ", "họ tên chủ hộ", "tên chủ hộ"),
    "address": ("address", "địa chỉ"),
    "members": ("members", "số nhân khẩu", "nhân khẩu", "số người"),
    "citizen": ("citizen", "mã công dân", "công dân"),
    "full_name": ("full_name", "họ tên", "họ và tên", "tên"),
    "birth_year": ("birth_year", "năm sinh"),
    "sex": ("sex", "giới tính"),
    "workplace": ("workplace", "mã cơ quan", "cơ quan", "nơi công tác", "mã nơi công tác"),
}
REQUIRED = ("unit", "household")


class RosterError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class RosterRow:
    number: int  # the row number a person sees in Excel (header = 1)
    values: dict[str, str]


NOT_A_ROSTER = (
    "Tệp không phải danh sách CSV hay sổ Excel (.xlsx) đọc được / "
    "the file is not a readable CSV list or Excel workbook (.xlsx)"
)
ZIP = b"PK\x03\x04"  # an .xlsx is a zip archive, whatever the file is called


def read_roster(
    content: bytes,
    filename: str,
    columns: dict[str, tuple[str, ...]] | None = None,
    required: tuple[str, ...] = REQUIRED,
) -> list[RosterRow]:
    """Rows with canonical column names (`columns`: canonical -> accepted headers, the
    roster's by default); unknown columns are ignored, missing `required` columns are an
    error naming them. A file that is neither text nor a workbook (a photo, a PDF, an old
    .xls) is refused with RosterError."""
    table: Sequence[Sequence[object]]
    if content.startswith(ZIP) or filename.lower().endswith((".xlsx", ".xlsm")):
        table = _xlsx_rows(content)
    else:
        table = _csv_rows(sniff_text(content))
    if not table:
        raise RosterError(["Tệp trống / the file is empty"])
    by_key = _BY_KEY if columns is None else _keys(columns)
    header = [by_key.get(_key(str(h or ""))) for h in table[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise RosterError([f"Thiếu cột / missing column(s): {', '.join(missing)}"])
    rows = []
    body: list[Sequence[object]] = list(table[1:])
    for number, cells in enumerate(body, start=2):
        values = {col: _clean(cells[i]) for i, col in enumerate(header) if col and i < len(cells)}
        if any(values.values()):
            rows.append(RosterRow(number, values))
    return rows


def _key(text: str) -> str:
    """A header as compared: lower case, no accents (đ as d), spaces and underscores alike."""
    text = unicodedata.normalize("NFD", text.strip().lower().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("_", " ").split())


def _keys(columns: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_key(alias): name for name, aliases in columns.items() for alias in aliases}


_BY_KEY = _keys(COLUMNS)


def column_help(columns: dict[str, tuple[str, ...]] | None = None) -> str:
    """The accepted headers of each column, for --help, the admin page and the README."""
    return "; ".join(f"{name}: {', '.join(aliases[1:])}" for name, aliases in (columns or COLUMNS).items())


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value).strip())


def sniff(content: bytes, filename: str) -> None:
    """A quick look, without reading the rows: RosterError unless the bytes are text in one
    of Excel's encodings or a zip archive holding a workbook."""
    if content.startswith(ZIP) or filename.lower().endswith((".xlsx", ".xlsm")):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    return
        except zipfile.BadZipFile:
            pass
        raise RosterError([NOT_A_ROSTER])
    sniff_text(content)


def sniff_text(content: bytes) -> str:
    """The text of a CSV file in one of Excel's encodings; RosterError for bytes that are
    not text (control characters other than tab and line ends, or no encoding fits)."""
    try:
        text = _decode(content)
    except UnicodeDecodeError:
        raise RosterError([NOT_A_ROSTER]) from None
    if any(ch in text for ch in BINARY):
        raise RosterError([NOT_A_ROSTER])
    return text


BINARY = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\x7f"}


def _decode(content: bytes) -> str:
    if content.startswith(b"\xef\xbb\xbf"):
        return content[3:].decode("utf-8")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1258")


def _csv_rows(text: str) -> list[list[str]]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [row for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:  # a quote left open, a field over the size limit
        raise RosterError([f"{NOT_A_ROSTER}: {exc}"]) from None


def _xlsx_rows(content: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    except Exception as exc:  # openpyxl and zipfile raise several kinds for a broken file
        raise RosterError([f"{NOT_A_ROSTER}: {exc}"]) from None
