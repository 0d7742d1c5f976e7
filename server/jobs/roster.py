"""Roster imports that take a while (100,000 rows): one at a time per data folder, and on
PostgreSQL across every host sharing the database, run in a thread of the server (the admin
page answers at once) or in the foreground (the CLI), with their progress and outcome in
`<DATA_DIR>/imports/roster.json` for every process of that host to show.

All or nothing: the rows are read and checked first, then written in one transaction; an
import that dies half-way (the process killed) leaves nothing, and its status then reads
"interrupted". A second import while one runs is refused (Busy), not queued: the admin
sees the running one's progress and sends the file again after it."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from flask import Flask
from sqlalchemy import Connection

from ..domain import registry
from ..errors import AppError, Conflict, Invalid
from ..formats.roster import RosterError, sniff
from ..store import db, site

log = logging.getLogger(__name__)
FOLDER = "imports"
STATUS = "roster.json"
LOCK = "roster.lock"
FAILED = "Lỗi máy chủ, không có gì được nhập / server error, nothing was imported"


class Busy(Conflict):
    def __init__(self, running: dict | None) -> None:
        who = f" ({running.get('file', '')}, {running.get('by', '')})" if running else ""
        super().__init__(
            "roster.import_running",
            "Đang nhập một danh sách khác%(who)s; chờ xong rồi gửi lại",
            who=who,
        )


def _folder(data_dir: str) -> Path:
    path = Path(data_dir) / FOLDER
    path.mkdir(mode=0o700, exist_ok=True)
    return path


class Claim(NamedTuple):
    """The right to import: this data folder's flock, and on PostgreSQL an advisory lock
    held on a connection of its own (so a second host refuses too). Both die with the
    process."""

    fd: int
    conn: Connection | None


def claim(app: Flask) -> Claim:
    """Take the one-import-at-a-time locks; Busy if another import holds one. Returns the
    Claim to release()."""
    data_dir = app.config["DATA_DIR"]
    fd = _try_lock(data_dir)
    if fd is None:
        raise Busy(status(data_dir))
    held, conn = site.try_hold(app.extensions["engine"], site.ROSTER_IMPORT_LOCK)
    if not held:
        _unlock(fd)
        raise Busy(status(data_dir))  # another host's import: its progress shows there
    return Claim(fd, conn)


def _try_lock(data_dir: str) -> int | None:
    fd = os.open(_folder(data_dir) / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def release(held: Claim) -> None:
    try:
        site.let_go(held.conn, site.ROSTER_IMPORT_LOCK)
    finally:
        _unlock(held.fd)


def _unlock(fd: int) -> None:
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


def status(data_dir: str) -> dict | None:
    """The last import's status; one marked running whose process is gone reads
    "interrupted" (nothing of it was kept)."""
    path = Path(data_dir) / FOLDER / STATUS
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if found.get("state") == "running":
        fd = _try_lock(data_dir)
        if fd is not None:  # nobody holds the lock: the process that ran it is gone
            _unlock(fd)
            found["state"] = "interrupted"
    return found


Echo = Callable[[str, int, int], None]  # phase, done, total


class Tracker:
    """Writes the status file: at each phase change and at most twice a second within one."""

    def __init__(self, data_dir: str, filename: str, by: str, echo: Echo | None) -> None:
        self.path = _folder(data_dir) / STATUS
        self.echo = echo
        self.state = {"state": "running", "file": filename, "by": by, "phase": "read", "done": 0, "total": 0,
                      "started_at": _now(), "finished_at": None, "report": None, "problems": []}  # fmt: skip
        self.written = 0.0
        self.save()

    def __call__(self, phase: str, done: int, total: int) -> None:
        changed = phase != self.state["phase"]
        self.state.update(phase=phase, done=done, total=total)
        if self.echo is not None:
            self.echo(phase, done, total)
        if changed or time.monotonic() - self.written > 0.5 or done == total:
            self.save()

    def finish(self, state: str, report: dict | None = None, problems: list[str] | None = None) -> None:
        self.state.update(state=state, report=report, problems=problems or [], finished_at=_now())
        self.save()

    def save(self) -> None:
        tmp = self.path.with_name(f".{STATUS}.tmp")
        tmp.write_text(json.dumps(self.state, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
        self.written = time.monotonic()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def run(
    app: Flask, held: Claim, content: bytes, filename: str, by: str, echo: Echo | None = None
) -> registry.ImportReport:
    """Import with the locks `held` (released at the end): read and check, then write in
    one transaction. The outcome goes to the status file; an AppError is raised again."""
    track = Tracker(app.config["DATA_DIR"], filename, by, echo)
    try:
        with app.app_context():
            session = db.session()
            try:
                rows = registry.read_checked(session, content, filename, track)
                session.rollback()  # the checks' reads end before the write lock is taken
                with db.write_lock():
                    session = db.write_session()
                    report = registry.apply_rows(session, rows, track)
                    session.commit()
            except BaseException:
                session.rollback()
                raise
        track.finish("done", report=report.__dict__)
        return report
    except AppError as exc:
        track.finish("refused", problems=exc.message.splitlines())
        raise
    except BaseException:
        log.exception("roster import of %s failed", filename)
        track.finish("failed", problems=[FAILED])
        raise
    finally:
        release(held)


def start(app: Flask, content: bytes, filename: str, by: str) -> threading.Thread:
    """Refuse at once a file that is no roster (Invalid) or an import while another runs
    (Busy); otherwise import in a thread of this process."""
    try:
        sniff(content, filename)
    except RosterError as exc:
        raise Invalid("file.rejected", "%(problems)s", problems="\n".join(exc.problems)) from None
    held = claim(app)

    def work() -> None:
        try:
            run(app, held, content, filename, by)
        except Exception:  # the outcome is in the status file
            pass

    thread = threading.Thread(target=work, name="roster-import", daemon=True)
    thread.start()
    return thread
