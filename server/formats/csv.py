"""Rows → CSV bytes, streamed, in the form Excel opens correctly on a Vietnamese desktop.

UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and garbles the
diacritics), comma-separated, CRLF line ends (the csv module's default dialect). A generator,
so a view can stream 10,000 citizens without holding the file in memory.

Text comes from volunteers' phones and the registry, so a cell such as `=HYPERLINK(...)`
would run as a formula when the committee opens the file: text starting with =, +, -, @,
a tab or a carriage return gets a leading apostrophe (OWASP's advice; Excel shows the text
and hides the apostrophe). Numbers are not text: a numeric column passes ints and floats,
which are written as they are, so -5 stays a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

BOM = "\ufeff".encode()
_BATCH = 500  # rows per yielded chunk: few enough chunks, small enough memory
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Text a spreadsheet would read as a formula, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """Yield the CSV file in chunks: the BOM and header first, then batches of rows.

    None becomes an empty cell; other values go through str(), as the csv module does;
    text cells go through `safe_cell`.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(v) for v in header])
    yield BOM + buffer.getvalue().encode()
    buffer.seek(0)
    buffer.truncate()
    pending = 0
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        pending += 1
        if pending == _BATCH:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    if pending:
        yield buffer.getvalue().encode()
