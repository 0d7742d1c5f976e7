"""Interpreter settings that hold for a whole process (every thread in it), so only an entry
point sets them -- a CLI command, `kieumau serve` -- never a function that a request or a
test may call in the middle of other work."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

BULK_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


@contextmanager
def bulk_job(sqlite: bool) -> Iterator[None]:
    """Run a long set-wise job (a full rescore) with, until the block ends:

    - the cyclic garbage collector off: the millions of rows a rescore keeps (one per
      subject) made each full collection longer (a sixth of the CPU on SQLite), and the
      rescore makes no cycles;
    - on SQLite, a 1 ms thread switch interval: the rescore reads the next batch in a
      thread while this one scores, and sqlite3 wants the GIL back after every row it steps
      to; with the default 5 ms that thread moves only while this one waits (100k
      households: 12.9 s -> 8.9 s)."""
    enabled, interval = gc.isenabled(), sys.getswitchinterval()
    gc.disable()
    if sqlite:
        sys.setswitchinterval(BULK_SWITCH_INTERVAL)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
        if enabled:
            gc.enable()
