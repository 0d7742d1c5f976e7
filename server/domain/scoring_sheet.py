"""Read and check the ``scoring`` and ``scoring_rule`` sheets of a form workbook.

The committee edits these sheets in Excel, so every mistake must come back as a message they
can act on: workbook, sheet, Excel row number (header = row 1) and the problem, Vietnamese
first then English. All problems are collected and raised together in one ScoringSheetError,
so one round trip fixes the whole sheet. pyxform ignores these extra sheets.

``scoring``: columns code, group, label::vi, label::en, condition, mandatory, points.
``scoring_rule``: columns key, value (extra columns such as a note are ignored); keys
min_points, all_mandatory; unit_kinds (the kinds of unit the form assesses, required on a
unit's own form, since it decides which units' title it judges); for a unit's own form
household_share and citizen_share (a blank value there means the default 0.7; an agency has
no households, so no household_share); title::vi and title::en (the title's name, else the
kind's default in wording.py); staff_assessed_at (a citizen form for agencies: agency or
residence, where an agency's staff are assessed).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from server.domain import conditions
from server.domain.scoring import DEFAULT_SHARE, Criterion, ScoringSheet, TitleRule
from server.domain.wording import GROUP_UNIT_KINDS

SCORING = "scoring"
RULE = "scoring_rule"
COLUMNS = ("code", "group", "label::vi", "label::en", "condition", "mandatory", "points")
YES = {"yes", "có", "co", "true", "1", "x"}
NO = {"no", "không", "khong", "false", "0", ""}
_NOT_FIELDS = {"begin group", "end group", "begin repeat", "end repeat"}
RULE_KEYS = (
    "min_points",
    "all_mandatory",
    "household_share",
    "citizen_share",
    "unit_kinds",
    "title::vi",
    "title::en",
    "staff_assessed_at",
)
STAFF_PLACES = ("agency", "residence")


class ScoringSheetError(ValueError):
    """One or more problems in a workbook's scoring sheets; ``problems`` lists each message."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _open(workbook: bytes | Path | str):
    source = BytesIO(workbook) if isinstance(workbook, bytes) else workbook
    return load_workbook(source, read_only=True, data_only=True)


def _rows(sheet: Worksheet) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """Header names (lower-cased, stripped) and (Excel row number, {header: value}) for data rows."""
    rows = sheet.iter_rows(values_only=True)
    header_row = next(rows, ())
    header = [str(h).strip().lower() if h is not None else "" for h in header_row]
    out = []
    for number, values in enumerate(rows, start=2):
        record = {h: v for h, v in zip(header, values, strict=False) if h}
        if any(v is not None and str(v).strip() for v in record.values()):
            out.append((number, record))
    return header, out


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def survey_fields(workbook: bytes | Path | str) -> dict[str, str]:
    """Field name -> XLSForm type from the survey sheet, groups and repeats included (their
    questions are fields; the group rows themselves are not)."""
    book = _open(workbook)
    try:
        _, rows = _rows(book["survey"])
    finally:
        book.close()
    found: dict[str, str] = {}
    for _, row in rows:
        kind = " ".join(_text(row.get("type")).replace("_", " ", 1).split()).lower()
        name = _text(row.get("name"))
        if name and kind and kind not in _NOT_FIELDS:
            found[name] = " ".join(_text(row.get("type")).split())
    return found


def _yes_no(value: Any) -> bool | None:
    text = _text(value).lower()
    if text in YES:
        return True
    if text in NO:
        return False
    return None


def _number(value: Any) -> float | None:
    """A cell's number; None for anything else, "nan" and "inf" included (JSON has no such
    numbers, and no criterion is worth them)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, int | float) else float(_text(value).replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class _Reader:
    def __init__(self, workbook_name: str, form_fields: Mapping[str, str]) -> None:
        self.name = workbook_name
        self.form_fields = form_fields
        self.problems: list[str] = []

    def problem(self, sheet: str, row: int | None, vi: str, en: str) -> None:
        where = f"{self.name}, sheet {sheet}" + (f", row {row}" if row else "")
        self.problems.append(f"{where}: {vi} / {en}")

    def criteria(self, sheet: Worksheet) -> list[Criterion]:
        header, rows = _rows(sheet)
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            self.problem(SCORING, 1, "thiếu cột", f"missing columns: {', '.join(missing)}")
            return []
        seen: dict[str, int] = {}
        out = []
        for number, row in rows:
            code, condition = _text(row["code"]), _text(row["condition"])
            if not code:
                self.problem(SCORING, number, "thiếu mã tiêu chí", "empty code")
            elif code in seen:
                self.problem(
                    SCORING, number, "mã tiêu chí bị trùng", f"duplicate code {code} (row {seen[code]})"
                )
            seen.setdefault(code, number)
            self.condition(number, condition)
            mandatory = _yes_no(row["mandatory"])
            if mandatory is None:
                got = _text(row["mandatory"])
                self.problem(
                    SCORING, number, "cột mandatory phải là yes/no", f"mandatory must be yes/no, got {got!r}"
                )
            points = _number(row["points"])
            if points is None or points < 0:
                got = _text(row["points"])
                self.problem(
                    SCORING, number, "điểm không hợp lệ", f"points must be a number ≥ 0, got {got!r}"
                )
            if not _text(row["label::vi"]):
                self.problem(SCORING, number, "thiếu nội dung tiêu chí", "empty label::vi")
            out.append(
                Criterion(
                    code,
                    _text(row["group"]),
                    _text(row["label::vi"]),
                    _text(row["label::en"]),
                    condition,
                    bool(mandatory),
                    points if points is not None and points >= 0 else 0.0,
                )
            )
        if not rows:
            self.problem(SCORING, None, "không có tiêu chí nào", "no criteria")
        return out

    def condition(self, number: int, text: str) -> None:
        vi = "điều kiện không hợp lệ"
        try:
            node = conditions.parse(text)
        except conditions.ConditionError as exc:
            self.problem(SCORING, number, vi, f"invalid condition: {exc}")
            return
        for unknown in sorted(conditions.fields(node) - set(self.form_fields)):
            self.problem(SCORING, number, vi, f"invalid condition: unknown field ${{{unknown}}}")

    def rule(self, sheet: Worksheet | None, max_points: float | None) -> TitleRule | None:
        if sheet is None:
            self.problem(RULE, None, "thiếu sheet scoring_rule", "missing sheet scoring_rule")
            return None
        header, rows = _rows(sheet)
        if "key" not in header or "value" not in header:
            self.problem(RULE, 1, "cần cột key và value", "columns key and value are required")
            return None
        values = {_text(r["key"]).lower(): (n, r["value"]) for n, r in rows}
        for key in sorted(set(values) - set(RULE_KEYS)):
            self.problem(RULE, values[key][0], "khóa không xác định", f"unknown key {key!r}")
        min_points = self.rule_min_points(values, max_points)
        all_mandatory = None
        if "all_mandatory" not in values:
            self.problem(RULE, None, "thiếu all_mandatory", "missing key all_mandatory")
        else:
            row, value = values["all_mandatory"]
            all_mandatory = _yes_no(value)
            if all_mandatory is None:
                self.problem(RULE, row, "all_mandatory phải là yes/no", "all_mandatory must be yes/no")
        shares = [self.share(values, key) for key in ("household_share", "citizen_share")]
        kinds = self.unit_kinds(values)
        staff_at = self.staff_assessed_at(values, kinds)
        if min_points is None or all_mandatory is None:
            return None
        title_vi, title_en = (_text(values.get(k, (0, ""))[1]) for k in ("title::vi", "title::en"))
        return TitleRule(min_points, all_mandatory, shares[0], shares[1], kinds, title_vi, title_en, staff_at)

    def subject(self) -> str | None:
        """What the form assesses, by its fields (as results.kind_of reads them)."""
        if "unit" not in self.form_fields:
            return None
        return next((k for k in ("citizen", "household") if k in self.form_fields), "group")

    def unit_kinds(self, values: dict) -> tuple[str, ...]:
        subject = self.subject()
        if "unit_kinds" not in values:
            if subject == "group":
                self.problem(
                    RULE,
                    None,
                    "thiếu unit_kinds: loại đơn vị mà phiếu này đánh giá"
                    " (vd. residential_group, village hoặc agency)",
                    "missing key unit_kinds: the kinds of unit this form assesses"
                    " (e.g. residential_group, village or agency)",
                )
            return ()
        row, value = values["unit_kinds"]
        kinds = tuple(k for k in (p.strip().lower() for p in _text(value).replace(";", ",").split(",")) if k)
        unknown = [k for k in kinds if k not in GROUP_UNIT_KINDS]
        if unknown or not kinds:
            self.problem(
                RULE,
                row,
                f"unit_kinds chỉ gồm {', '.join(GROUP_UNIT_KINDS)}",
                f"unit_kinds must list some of {', '.join(GROUP_UNIT_KINDS)}, got {_text(value)[:60]!r}",
            )
        if "agency" in kinds and (subject == "household" or "household_share" in values):
            self.problem(
                RULE,
                row,
                "cơ quan, đơn vị không có hộ gia đình trong sổ:"
                " bỏ agency khỏi unit_kinds hoặc bỏ household_share",
                "an agency has no households in the registry:"
                " drop agency from unit_kinds or drop household_share",
            )
        return kinds

    def staff_assessed_at(self, values: dict, kinds: tuple[str, ...]) -> str:
        if "staff_assessed_at" not in values:
            return ""
        row, value = values["staff_assessed_at"]
        place = _text(value).lower()
        if self.subject() != "citizen" or "agency" not in kinds:
            self.problem(
                RULE,
                row,
                "staff_assessed_at chỉ dùng trong phiếu công dân có unit_kinds gồm agency",
                "staff_assessed_at belongs to a citizen form whose unit_kinds include agency",
            )
        elif place not in STAFF_PLACES:
            self.problem(
                RULE,
                row,
                "staff_assessed_at phải là agency hoặc residence",
                f"staff_assessed_at must be agency or residence, got {place[:30]!r}",
            )
        return place

    def rule_min_points(self, values: dict, max_points: float | None) -> float | None:
        if "min_points" not in values:
            self.problem(RULE, None, "thiếu min_points", "missing key min_points")
            return None
        row, value = values["min_points"]
        number = _number(value)
        if number is None or number < 0:
            self.problem(RULE, row, "min_points phải là số ≥ 0", "min_points must be a number ≥ 0")
            return None
        if max_points is not None and number > max_points:
            self.problem(
                RULE, row, "min_points lớn hơn tổng điểm", f"min_points {number:g} > total {max_points:g}"
            )
        return number

    def share(self, values: dict, key: str) -> float | None:
        if key not in values:
            return None
        row, value = values[key]
        if _text(value) == "":
            return DEFAULT_SHARE
        number = _number(value)
        if number is None or not 0 < number <= 1:
            self.problem(
                RULE, row, f"{key} phải trong khoảng (0, 1]", f"{key} must be in (0, 1], e.g. 0.7 for 70%"
            )
        return number


def read_scoring(
    workbook: bytes | Path | str, workbook_name: str, form_fields: Mapping[str, str]
) -> ScoringSheet | None:
    """The workbook's criteria and title rule, or None when it has no ``scoring`` sheet (the
    registration form). Raises ScoringSheetError listing every problem found."""
    book = _open(workbook)
    try:
        if SCORING not in book.sheetnames:
            return None
        reader = _Reader(workbook_name, form_fields)
        criteria = reader.criteria(book[SCORING])
        # Without readable criteria, comparing min_points with their total would only add noise.
        max_points = sum(c.points for c in criteria) if criteria else None
        rule = reader.rule(book[RULE] if RULE in book.sheetnames else None, max_points)
    finally:
        book.close()
    if reader.problems or rule is None:
        raise ScoringSheetError(reader.problems)
    return ScoringSheet(criteria, rule)
