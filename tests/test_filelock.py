"""filelock.FileLock: one holder at a time across threads and across processes (flock)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from server.store.filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent


def test_another_process_waits_while_this_one_holds(tmp_path):
    path = tmp_path / "write.lock"
    probe = (
        "import sys; from server.store.filelock import FileLock\n"
        f"with FileLock({str(path)!r}).held(wait=False) as got: sys.exit(0 if got else 3)"
    )
    lock = FileLock(path)
    with lock.held() as got:
        assert got
        assert subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 3
    assert subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 0


def test_another_thread_gets_false_without_waiting(tmp_path):
    lock = FileLock(tmp_path / "write.lock")
    seen: list[bool] = []

    def other() -> None:
        with lock.held(wait=False) as got:
            seen.append(got)

    with lock.held():
        t = threading.Thread(target=other)
        t.start()
        t.join(5)
    other()
    assert seen == [False, True]


def test_without_a_path_it_is_a_no_op():
    lock = FileLock(None)
    with lock.held() as first, lock.held(wait=False) as second:
        assert first and second
