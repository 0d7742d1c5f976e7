"""One lock for threads and processes alike: SQLite's writers queue on it (db.write_lock),
and one scoring drain runs at a time per data folder (jobs/scorer.py drain)."""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class FileLock:
    """A lock across the threads of a process (a threading.Lock) and across processes (an
    flock on `path`); with no path, a no-op. Two uses:

    - SQLite has one writer at a time. Writers that find the database locked sleep and
      retry (busy_timeout, in steps of up to 100 ms), which under load turns into long
      queues of sleeping writers. Queueing them here instead wakes the next writer as soon
      as the previous one committed. PostgreSQL needs none of this.
    - One scoring drain at a time per data folder (jobs/scorer.py drain)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self.local = threading.Lock()
        self.fd: int | None = None
        self.pid = 0

    @contextmanager
    def held(self, wait: bool = True) -> Iterator[bool]:
        """Hold the lock; without `wait`, yield False at once if another holds it."""
        if self.path is None:
            yield True
            return
        if not self.local.acquire(blocking=wait):
            yield False
            return
        try:
            if self.pid != os.getpid():  # opened after gunicorn forked: one per worker
                self.fd, self.pid = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), os.getpid()
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            self.local.release()
