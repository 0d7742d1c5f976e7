"""Reading the scoring sheets the committee edits in Excel, and the messages they get back."""

from io import BytesIO

import pytest
from openpyxl import Workbook

from server.domain.scoring import Criterion, TitleRule
from server.domain.scoring_sheet import ScoringSheetError, read_scoring, survey_fields

HEADER = ["code", "group", "label::vi", "label::en", "condition", "mandatory", "points"]
GOOD_ROWS = [
    ["GD01", "kinh_te", "Không nghèo", "Not poor", "${ho_ngheo} = 'no'", "yes", 10],
    ["GD02", "moi_truong", "Nước sạch", "Clean water", "${nuoc_sach} = 'yes'", "no", 5],
]
GOOD_RULE = [["min_points", 10], ["all_mandatory", "yes"]]
FIELDS = {"ho_ngheo": "select_one yesno", "nuoc_sach": "select_one yesno"}


def workbook(rows=GOOD_ROWS, rule=GOOD_RULE, header=HEADER, survey=None) -> bytes:
    book = Workbook()
    book.active.title = "survey"
    for row in survey or [["type", "name"], ["select_one yesno", "ho_ngheo"]]:
        book["survey"].append(row)
    if rows is not None:
        scoring = book.create_sheet("scoring")
        scoring.append(header)
        for row in rows:
            scoring.append(row)
    if rule is not None:
        sheet = book.create_sheet("scoring_rule")
        sheet.append(["key", "value", "note::vi"])
        for row in rule:
            sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def problems(data: bytes) -> list[str]:
    with pytest.raises(ScoringSheetError) as raised:
        read_scoring(data, "gia_dinh_kieu_mau.xlsx", FIELDS)
    return raised.value.problems


def test_reads_criteria_and_rule():
    sheet = read_scoring(workbook(), "gia_dinh_kieu_mau.xlsx", FIELDS)
    assert sheet.criteria[0] == Criterion(
        "GD01", "kinh_te", "Không nghèo", "Not poor", "${ho_ngheo} = 'no'", True, 10.0
    )
    assert sheet.criteria[1].mandatory is False
    assert sheet.rule == TitleRule(10.0, True, None, None)


def test_reads_from_a_path(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(workbook())
    assert len(read_scoring(path, "x.xlsx", FIELDS).criteria) == 2


def test_no_scoring_sheet_means_no_criteria():
    assert read_scoring(workbook(rows=None, rule=None), "dang_ky_thi_dua.xlsx", {}) is None


def test_blank_rows_are_skipped_and_row_numbers_stay_excel_numbers():
    rows = [GOOD_ROWS[0], [None] * 7, ["GD03", "g", "X", "X", "${thu_nhap_x} = 1", "yes", 1]]
    assert problems(workbook(rows=rows)) == [
        "gia_dinh_kieu_mau.xlsx, sheet scoring, row 4: điều kiện không hợp lệ / "
        "invalid condition: unknown field ${thu_nhap_x}"
    ]


def test_collects_every_problem():
    rows = [
        ["GD01", "g", "A", "A", "${ho_ngheo} = 'no'", "yes", 10],
        ["GD01", "g", "B", "B", "${ho_ngheo} = ", "maybe", "ten"],
        ["", "g", "", "C", "${nuoc_sach} = 'yes'", "no", -1],
    ]
    rule = [["min_points", 500], ["all_mandatory", "sometimes"], ["bonus", 1]]
    found = problems(workbook(rows=rows, rule=rule))
    expected = [
        "sheet scoring, row 3: mã tiêu chí bị trùng / duplicate code GD01 (row 2)",
        "sheet scoring, row 3: điều kiện không hợp lệ / invalid condition: expected a value",
        "sheet scoring, row 3: cột mandatory phải là yes/no / mandatory must be yes/no, got 'maybe'",
        "sheet scoring, row 3: điểm không hợp lệ / points must be a number ≥ 0, got 'ten'",
        "sheet scoring, row 4: thiếu mã tiêu chí / empty code",
        "sheet scoring, row 4: điểm không hợp lệ / points must be a number ≥ 0, got '-1'",
        "sheet scoring, row 4: thiếu nội dung tiêu chí / empty label::vi",
        "sheet scoring_rule, row 4: khóa không xác định / unknown key 'bonus'",
        "sheet scoring_rule, row 2: min_points lớn hơn tổng điểm / min_points 500 > total 10",
        "sheet scoring_rule, row 3: all_mandatory phải là yes/no / all_mandatory must be yes/no",
    ]
    assert len(found) == len(expected)
    for message, start in zip(found, expected, strict=True):
        assert message.startswith("gia_dinh_kieu_mau.xlsx, " + start), message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"header": HEADER[:4]},
            "sheet scoring, row 1: thiếu cột / missing columns: condition, mandatory, points",
        ),
        ({"rows": []}, "sheet scoring: không có tiêu chí nào / no criteria"),
        ({"rule": None}, "sheet scoring_rule: thiếu sheet scoring_rule / missing sheet scoring_rule"),
        (
            {"rule": [["all_mandatory", "yes"]]},
            "sheet scoring_rule: thiếu min_points / missing key min_points",
        ),
        (
            {"rule": [["min_points", 1]]},
            "sheet scoring_rule: thiếu all_mandatory / missing key all_mandatory",
        ),
        (
            {"rule": [*GOOD_RULE, ["household_share", 70]]},
            "sheet scoring_rule, row 4: household_share phải trong khoảng (0, 1] / "
            "household_share must be in (0, 1], e.g. 0.7 for 70%",
        ),
    ],
)
def test_single_problem(kwargs, message):
    assert problems(workbook(**kwargs)) == [f"gia_dinh_kieu_mau.xlsx, {message}"]


@pytest.mark.parametrize(
    ("rule_rows", "expected"),
    [
        ([["household_share", 0.8], ["citizen_share", 0.75]], (0.8, 0.75)),
        ([["household_share", None], ["citizen_share", "0,6"]], (0.7, 0.6)),  # blank = default
        ([["household_share", 1]], (1.0, None)),
    ],
)
def test_group_shares(rule_rows, expected):
    rule = read_scoring(workbook(rule=GOOD_RULE + rule_rows), "t.xlsx", FIELDS).rule
    assert (rule.household_share, rule.citizen_share) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("yes", True),
        ("Yes", True),
        ("có", True),
        (True, True),
        ("no", False),
        ("không", False),
        (None, False),
    ],
)
def test_mandatory_spellings(cell, expected):
    rows = [["A", "g", "A", "A", "${ho_ngheo} = 'no'", cell, 10]]
    assert read_scoring(workbook(rows=rows), "t.xlsx", FIELDS).criteria[0].mandatory is expected


def test_survey_fields_include_groups_and_repeats_but_not_group_rows():
    survey = [
        ["type", "name", "label"],
        ["select_one_from_file units.csv", "unit", "Unit"],
        ["calculate", "year", None],
        ["begin_group", "kinh_te", "Economy"],
        ["select_one  yesno", "ho_ngheo", "Poor?"],
        ["end_group", None, None],
        ["begin repeat", "thanh_vien", "Members"],
        ["text", "ten", "Name"],
        ["end repeat", "", None],
        [None, None, None],
    ]
    assert survey_fields(workbook(survey=survey)) == {
        "unit": "select_one_from_file units.csv",
        "year": "calculate",
        "ho_ngheo": "select_one yesno",
        "ten": "text",
    }


@pytest.mark.parametrize("cell", ["nan", "inf", "-inf", float("nan"), float("inf")])
def test_points_that_are_no_finite_number_are_refused(cell):
    rows = [GOOD_ROWS[0], [*GOOD_ROWS[1][:6], cell]]
    found = problems(workbook(rows=rows))
    assert any("row 3: điểm không hợp lệ / points must be a number ≥ 0" in p for p in found)
