"""scripts/apt-wait, which scripts/setup and scripts/test run before apt-get: it waits,
saying so, while another process holds the package manager's lock (an fcntl lock, as dpkg
and apt take it), and gives up with a message after APT_LOCK_WAIT seconds."""

from __future__ import annotations

import fcntl
import os
import subprocess
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(lock: Path, wait: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "APT_LOCK_FILES": str(lock), "APT_LOCK_WAIT": str(wait)}
    return subprocess.run([ROOT / "scripts/apt-wait"], env=env, capture_output=True, text=True, timeout=60)


def hold(lock: Path) -> int:
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    fcntl.lockf(fd, fcntl.LOCK_EX)
    return fd


def test_free_lock_passes_at_once(tmp_path):
    lock = tmp_path / "lock-frontend"
    lock.touch()
    done = run(lock, 5)
    assert done.returncode == 0 and done.stderr == ""


def test_held_lock_is_waited_for_with_a_message(tmp_path):
    lock = tmp_path / "lock-frontend"
    fd = hold(lock)
    threading.Timer(2, os.close, (fd,)).start()  # the other install finishes
    done = run(lock, 30)
    assert done.returncode == 0
    assert "waiting: another process holds the package manager's lock" in done.stderr
    assert "the lock was released" in done.stderr


def test_lock_held_too_long_gives_up_with_a_message(tmp_path):
    lock = tmp_path / "lock-frontend"
    fd = hold(lock)
    try:
        done = run(lock, 1)
    finally:
        os.close(fd)
    assert done.returncode == 1 and "still held after 1 s" in done.stderr and "Lỗi / Error" in done.stderr
