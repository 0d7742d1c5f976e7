"""Generate the four draft XLSForm workbooks of kieumau from the tables in forms/form_defs.py.

The .xlsx files are the source of truth that the steering committee edits in Excel; this
script is how the draft was produced, kept so the draft can be reviewed as code. Running it
again overwrites the workbooks (and any edits made in Excel), so once the committee starts
editing, edit the workbooks, not this script.

    .venv/bin/python forms/build_forms.py        # writes forms/<form_id>.xlsx
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
import form_defs as defs

VI, EN = defs.VI, defs.EN
SURVEY_COLUMNS = [
    "type",
    "name",
    f"label::{VI}",
    f"label::{EN}",
    f"hint::{VI}",
    f"hint::{EN}",
    "required",
    "relevant",
    "constraint",
    f"constraint_message::{VI}",
    f"constraint_message::{EN}",
    "choice_filter",
    "calculation",
    "appearance",
    "parameters",
    "save_to",
]
CHOICE_COLUMNS = ["list_name", "name", f"label::{VI}", f"label::{EN}"]
SCORING_COLUMNS = ["code", "group", "label::vi", "label::en", "condition", "mandatory", "points"]
RULE_COLUMNS = ["key", "value", "note::vi", "note::en"]
ENTITY_COLUMNS = ["list_name", "label", "create_if"]


def survey_row(q: defs.Q) -> list[str]:
    """One survey row in SURVEY_COLUMNS order."""
    hint_vi, hint_en = q.hint
    msg_vi, msg_en = q.constraint_message
    return [
        q.type,
        q.name,
        q.label[0],
        q.label[1],
        hint_vi,
        hint_en,
        "yes" if q.required else "",
        q.relevant,
        q.constraint,
        msg_vi,
        msg_en,
        q.choice_filter,
        q.calculation,
        q.appearance,
        q.parameters,
        q.save_to,
    ]


def add_sheet(book: Workbook, title: str, header: list[str], rows: list[list]) -> None:
    """A sheet with a bold frozen header and readable column widths for Excel users."""
    sheet = book.create_sheet(title)
    sheet.append(header)
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        longest = max([len(str(name))] + [len(str(r[index - 1])) for r in rows if index <= len(r)])
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = min(max(10, longest + 2), 60)
        if longest > 60:
            for cells in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cells[0].alignment = Alignment(wrap_text=True, vertical="top")


def build(form: defs.Form, out_dir: Path) -> Path:
    """Write one workbook: survey, choices, settings, then the scoring sheets pyxform ignores."""
    book = Workbook()
    book.remove(book.active)
    add_sheet(book, "survey", SURVEY_COLUMNS, [survey_row(q) for q in form.survey])
    add_sheet(book, "choices", CHOICE_COLUMNS, [list(c) for c in form.choices])
    settings = [form.form_id, form.title, form.version, VI, form.instance_name]
    header = ["form_id", "form_title", "version", "default_language", "instance_name"]
    add_sheet(book, "settings", header, [settings])
    if form.entities:
        add_sheet(book, "entities", ENTITY_COLUMNS, [list(form.entities)])
    if form.scoring:
        add_sheet(book, "scoring", SCORING_COLUMNS, [list(r) for r in form.scoring])
        add_sheet(book, "scoring_rule", RULE_COLUMNS, [list(r) for r in form.rule])
    book.properties.creator = "kieumau forms/build_forms.py"
    path = out_dir / f"{form.form_id}.xlsx"
    book.save(path)
    return path


def main() -> None:
    out_dir = Path(__file__).resolve().parent
    for form in defs.FORMS:
        print(build(form, out_dir))


if __name__ == "__main__":
    main()
