"""Reading a household roster (CSV or XLSX) into plain rows. Knows the encodings Excel
writes for Vietnamese: UTF-8 with or without BOM, UTF-16 ("Unicode Text"), Windows-1258."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass

# canonical column -> accepted headers (lower-cased, accents kept)
COLUMNS = {
    "unit": ("unit", "ma_to", "mã tổ", "ma_don_vi", "mã đơn vị"),
    "unit_name": ("unit_name", "ten_to", "tên tổ", "tên đơn vị"),
    "parent_unit": ("parent_unit", "don_vi_cha", "đơn vị cha"),
    "household": ("household", "ma_ho", "mã hộ"),
    "head_name": ("head_name", "chu_ho", "chủ hộ", "họ tên chủ hộ"),
    "address": ("address", "dia_chi", "địa chỉ"),
    "members": ("members", "so_nhan_khau", "số nhân khẩu"),
    "citizen": ("citizen", "ma_cong_dan", "mã công dân"),
    "full_name": ("full_name", "ho_ten", "họ tên", "họ và tên"),
    "birth_year": ("birth_year", "nam_sinh", "năm sinh"),
    "sex": ("sex", "gioi_tinh", "giới tính"),
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


def read_roster(content: bytes, filename: str) -> list[RosterRow]:
    """Rows with canonical column names; unknown columns are ignored, missing required
    columns are an error naming them."""
    if filename.lower().endswith((".xlsx", ".xlsm")):
        table = _xlsx_rows(content)
    else:
        table = _csv_rows(_decode(content))
    if not table:
        raise RosterError(["Tệp trống / the file is empty"])
    header = [_canonical(h) for h in table[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise RosterError([f"Thiếu cột / missing column(s): {', '.join(missing)}"])
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        values = {col: _clean(cells[i]) for i, col in enumerate(header) if col and i < len(cells)}
        if any(values.values()):
            rows.append(RosterRow(number, values))
    return rows


def _canonical(header: object) -> str | None:
    text = unicodedata.normalize("NFC", str(header or "").strip().lower())
    for name, aliases in COLUMNS.items():
        if text in aliases:
            return name
    return None


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value).strip())


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
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_rows(content: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a broken file
        raise RosterError([f"Không đọc được tệp Excel / unreadable workbook: {exc}"]) from None
    rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    return rows
