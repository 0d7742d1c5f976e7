"""CSV and XLSX exports read back as Excel would: BOM, diacritics, sheets, frozen bold header."""

from __future__ import annotations

import csv
import io
import time
import types
from datetime import date

import openpyxl
import pytest

from server.formats.csv import BOM, write_csv
from server.formats.xlsx import Sheet, sheet_title, write_xlsx

HEADER = ["STT", "Họ và tên", "Địa chỉ", "Điểm", "Ngày đánh giá"]
ROWS = [
    [1, "Nguyễn Thị Hương", "Khu phố 3, thị trấn Phong Sơn", 92.5, date(2026, 11, 20)],
    [2, "Lê Văn Đức", "Khu phố 1, thị trấn Phong Sơn", 88, None],
    [3, 'Trần "Bé" Ước, con', "Số 5\nngõ 2", 90, date(2026, 11, 21)],
]


def test_csv_is_a_stream_with_bom_and_crlf():
    chunks = write_csv(HEADER, iter(ROWS))
    assert isinstance(chunks, types.GeneratorType)
    first = next(chunks)
    assert first.startswith(BOM) and first.endswith(b"\r\n")
    data = first + b"".join(chunks)
    assert data.count(BOM) == 1
    assert b"\r\n" in data
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == HEADER
    assert rows[1][1] == "Nguyễn Thị Hương"
    assert rows[2][:2] == ["2", "Lê Văn Đức"] and rows[2][4] == ""
    assert rows[3][1:3] == ['Trần "Bé" Ước, con', "Số 5\nngõ 2"]  # quoting round-trips


def test_csv_yields_in_batches_without_reading_everything_first():
    consumed = 0

    def rows():
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield [i, "Đỗ Thị Lựu"]

    chunks = write_csv(["STT", "Họ và tên"], rows())
    next(chunks)  # header
    next(chunks)  # first batch
    assert consumed < 10_000
    lines = b"".join(chunks).decode().splitlines()
    assert consumed == 10_000 and lines[-1] == "9999,Đỗ Thị Lựu"


def test_csv_with_no_rows_still_has_the_header():
    assert b"".join(write_csv(["Họ và tên"], [])) == BOM + "Họ và tên\r\n".encode()


def test_csv_makes_formula_like_text_inert_and_keeps_numbers():
    rows = [["=1+1", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx", -5, -2.5, "-5", "a-b", "", None, 0]]
    text = b"".join(write_csv(["=h", "x"], rows)).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text, newline="")))
    assert header == ["'=h", "x"]
    assert row == [
        "'=1+1",
        "'+A1",
        "'-2+3",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "-5",
        "-2.5",
        "'-5",
        "a-b",
        "",
        "",
        "0",
    ]


def test_xlsx_sheets_header_and_cells():
    data = write_xlsx(
        [
            Sheet("Gia đình kiểu mẫu", HEADER, iter(ROWS)),
            Sheet("Công dân kiểu mẫu", ["Họ và tên"], ([f"Vũ Thị Hằng {i}"] for i in range(250))),
            Sheet("Tổng hợp", ["Tổ dân phố", "Số hộ"], [["Khu phố 3", 120]], widths=[30, 10]),
        ]
    )
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Gia đình kiểu mẫu", "Công dân kiểu mẫu", "Tổng hợp"]

    ws = wb["Gia đình kiểu mẫu"]
    assert [c.value for c in ws[1]] == HEADER
    assert all(c.font.bold for c in ws[1])
    assert ws["A1"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E4"
    assert ws["B2"].value == "Nguyễn Thị Hương" and ws["D2"].value == 92.5
    assert ws["E2"].value.date() == date(2026, 11, 20)
    assert ws["E3"].value is None
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width

    citizens = wb["Công dân kiểu mẫu"]
    assert citizens.max_row == 251 and citizens["A251"].value == "Vũ Thị Hằng 249"
    assert citizens.freeze_panes == "A2"
    assert wb["Tổng hợp"].column_dimensions["A"].width == 30


def test_xlsx_keeps_formula_like_text_as_text():
    data = write_xlsx([Sheet("Danh sách", ["Họ và tên"], [['=HYPERLINK("x")']])])
    cell = openpyxl.load_workbook(io.BytesIO(data))["Danh sách"]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


def test_xlsx_streams_to_a_file_object(tmp_path):
    path = tmp_path / "ds.xlsx"
    with path.open("wb") as f:
        assert write_xlsx([Sheet("Khu phố 3", HEADER, ROWS)], f) is None
    assert openpyxl.load_workbook(path)["Khu phố 3"]["B3"].value == "Lê Văn Đức"


def test_xlsx_of_the_same_rows_is_the_same_bytes_a_while_later():
    """The md5 in the files listing (and the ETag) of a workbook rendered on each request
    must match the bytes of the next download."""
    first = write_xlsx([Sheet("Khen thưởng", HEADER, ROWS)])
    time.sleep(2.1)  # the zip format dates its entries to two seconds
    assert write_xlsx([Sheet("Khen thưởng", HEADER, ROWS)]) == first


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tổ dân phố: Khu phố 3 [2026]", "Tổ dân phố- Khu phố 3 -2026-"),
        ("a/b\\c?d*e", "a-b-c-d-e"),
        ("Danh sách hộ gia đình đề nghị công nhận", "Danh sách hộ gia đình đề nghị c"),
        ("", "Sheet"),
    ],
)
def test_sheet_title(title, expected):
    assert sheet_title(title) == expected
    assert len(sheet_title(title)) <= 31


def test_sheet_titles_stay_unique():
    taken: set[str] = set()
    names = [sheet_title("Khu phố 1", taken), sheet_title("khu phố 1", taken)]
    assert names == ["Khu phố 1", "khu phố 1 (2)"]
    data = write_xlsx([Sheet("Khu phố 1", ["a"], []), Sheet("Khu phố 1", ["a"], [])])
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["Khu phố 1", "Khu phố 1 (2)"]
