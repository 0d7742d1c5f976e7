"""What a running gunicorn holds, read from /proc (Linux): shared by the tests and bench/."""

from __future__ import annotations

import os
from pathlib import Path

from server.serve import SCORER_NAME  # the master's other child


def children(master: int) -> list[int]:
    """The master's child processes, whichever of its threads forked them (the supervisor
    thread forks the scorer again after it ends)."""
    pids = []
    for task in Path(f"/proc/{master}/task").iterdir():
        try:
            pids += [int(pid) for pid in (task / "children").read_text().split()]
        except OSError:  # the thread ended meanwhile
            continue
    return sorted(set(pids))


def worker_pids(master: int) -> list[int]:
    return [pid for pid in children(master) if not is_scorer(pid)]


def scorer_pids(master: int) -> list[int]:
    return [pid for pid in children(master) if is_scorer(pid)]


def is_scorer(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip() == SCORER_NAME
    except OSError:  # gone meanwhile
        return False


def connections_per_worker(master: int, port: int) -> list[int]:
    """Established client connections to `port` held by each worker of the gunicorn
    `master`, fewest first."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if int(cols[1].rsplit(":", 1)[1], 16) == port and cols[3] == "01":  # ESTABLISHED
                inodes.add(cols[9])
    counts = []
    for pid in worker_pids(master):
        links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir() if fd.is_symlink()]
        counts.append(sum(1 for link in links if link.startswith("socket:[") and link[8:-1] in inodes))
    return sorted(counts)
