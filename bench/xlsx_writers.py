"""Our streaming XLSX writer (server/formats/xlsx.py) against XlsxWriter in constant_memory
mode, on a town-sized workbook (4 sheets, ~350,000 cells: text with diacritics, numbers,
dates, booleans, empty cells), in process, alternating, wall seconds per workbook.

    .venv/bin/pip install xlsxwriter==3.3.1
    .venv/bin/python bench/xlsx_writers.py [--runs 3]

XlsxWriter gets the same sheet features: a bold shaded header row, frozen and repeated on
printed pages, an autofilter, text never read as a formula, a number or a URL.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.formats.xlsx import Sheet, write_xlsx


def _rows(n: int, extra: int, rng: random.Random) -> Iterator[list]:
    for i in range(n):
        yield [
            f"TDP{i % 20:02d}-H{i:05d}",
            f"Nguyễn Văn An {i}",
            i,
            rng.random() * 100,
            datetime(2026, 11, 3, 10, i % 60),
            True,
            None,
        ] + [rng.choice(["đạt", "không đạt"]) for _ in range(extra)]


def town_sheets() -> list[Sheet]:
    rng = random.Random(1)
    return [
        Sheet("units", ["c"] * 10, list(_rows(500, 3, rng))),
        Sheet("households", ["c"] * 25, _rows(9000, 18, rng)),
        Sheet("citizens", ["c"] * 20, _rows(6000, 13, rng)),
        Sheet("criteria", ["c"] * 7, _rows(300, 0, rng)),
    ]


def ours() -> None:
    write_xlsx(town_sheets(), io.BytesIO())


def xlsxwriter_constant_memory() -> None:
    import xlsxwriter

    options = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False}
    workbook = xlsxwriter.Workbook(io.BytesIO(), {**options, "strings_to_urls": False})
    header = workbook.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "align": "center", "text_wrap": True}
    )
    stamp = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for sheet in town_sheets():
        ws = workbook.add_worksheet(sheet.title)
        ws.freeze_panes(1, 0)
        ws.repeat_rows(0)
        ws.write_row(0, 0, sheet.header, header)
        n = 0
        for n, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, datetime):
                    ws.write_datetime(n, c, value, stamp)
                elif value is not None:
                    ws.write(n, c, value)
        ws.autofilter(0, 0, n, len(sheet.header) - 1)
    workbook.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    times: dict[str, list[float]] = {"ours": [], "xlsxwriter": []}
    for _ in range(runs):
        for name, fn in (("ours", ours), ("xlsxwriter", xlsxwriter_constant_memory)):
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    for name, values in times.items():
        print(
            f"{name:11} median {statistics.median(values):.2f} s  ({', '.join(f'{v:.2f}' for v in values)})"
        )


if __name__ == "__main__":
    main()
