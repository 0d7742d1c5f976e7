"""The production server: gunicorn with gthread workers that share the connections evenly.

Every worker listens on the same socket, and with gunicorn's own gthread worker the one
whose main thread is already awake -- the busiest -- wins nearly every accept: with four
phones sending at once all four connections were seen on one worker, one CPU busy and the
other idle, and sixteen split 13/3 (BENCHMARKS.md, eighth round). A connection stays with
the worker that accepted it, and each worker is one CPU at most (the GIL). So here a worker
stops accepting while it holds more connections than the least loaded of the others, and
they take the next ones. The counts are shared through an array the master creates before
it forks the workers."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import ThreadWorker

from .domain import scoring_queue
from .jobs import webhooks as webhooks_job

FREE = -1  # a slot with no live worker
RECHECK = 0.05  # seconds: how often a worker that stopped accepting looks at the counts again


class BalancedThreadWorker(ThreadWorker):
    """gthread, accepting only while not ahead of the other workers (see the module)."""

    counts: Any = None  # multiprocessing.RawArray: connections held, per slot (set by serve)
    slot: int | None = None  # this worker's index in counts (set by the master before fork)

    @property
    def nr_conns(self) -> int:
        return self._nr_conns

    @nr_conns.setter
    def nr_conns(self, value: int) -> None:
        self._nr_conns = value
        if self.counts is not None and self.slot is not None:
            self.counts[self.slot] = value

    @property
    def worker_connections(self) -> int:
        """Read by gthread's loop before each wait: it accepts while nr_conns is below this."""
        others = [n for i, n in enumerate(self.counts or ()) if i != self.slot and n != FREE]
        if not others or self.slot is None:
            return self._cap
        return min(self._cap, min(others) + 1)

    @worker_connections.setter
    def worker_connections(self, value: int) -> None:
        self._cap = value

    def wait_for_and_dispatch_events(self, timeout: float) -> None:
        """While not accepting, wake often: the others' counts change without waking this
        worker, and when they have all stopped accepting this one must take the next."""
        super().wait_for_and_dispatch_events(timeout if self._accepting else min(timeout, RECHECK))


def _take_slot(server: Any, worker: BalancedThreadWorker) -> None:
    """gunicorn's pre_fork hook (in the master): the worker gets a slot no live worker holds
    (none left: it accepts as gunicorn's own gthread worker does)."""
    counts = BalancedThreadWorker.counts
    taken = {w.slot for w in server.WORKERS.values()}
    worker.slot = next((i for i in range(len(counts)) if i not in taken), None)
    if worker.slot is not None:
        counts[worker.slot] = 0


def _free_slot(_server: Any, worker: BalancedThreadWorker) -> None:
    """gunicorn's child_exit hook (in the master, however the worker ended)."""
    if worker.slot is not None:
        BalancedThreadWorker.counts[worker.slot] = FREE


def run(app: Flask, host: str, port: int, workers: int, threads: int) -> None:
    """Serve `app` until stopped (SIGTERM or Ctrl-C)."""
    # twice the workers: on a reload (HUP) the new workers start before the old ones leave
    BalancedThreadWorker.counts = multiprocessing.RawArray("i", [FREE] * (2 * workers))

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)
            self.cfg.set("worker_class", BalancedThreadWorker)
            self.cfg.set("pre_fork", _take_slot)
            self.cfg.set("child_exit", _free_slot)
            self.cfg.set("timeout", 120)
            self.cfg.set("accesslog", None)

        def load(self) -> Flask:
            return app

    # The app and its imports (some 120k objects) are built now, before gunicorn forks the
    # workers: moved out of the garbage collector's reach, they are no longer walked by
    # every full collection in a worker, which took 60-80 ms with all of the worker's
    # threads stopped -- the slowest 1% of submissions (BENCHMARKS.md, seventh round).
    gc.collect()
    gc.freeze()
    _start_scorer(app)
    Server().run()


SCORER_NAME = "kieumau-scorer"  # the scorer's process name, as ps and /proc/<pid>/comm show it


def _start_scorer(app: Flask) -> None:
    """Fork the background process -- the scorer (scoring_queue.watch, unless
    BACKGROUND_SCORING is off) and the webhook dispatcher (jobs/webhooks.py) -- before
    gunicorn forks the workers: a drain in a worker would hold that worker's interpreter lock
    while its threads answer phones. The workers leave scoring to it and nudge nothing.
    It stops when the master is gone; Ctrl-C, which reaches every process of the terminal,
    stops the master, and the master's end stops it. Killed in a drain, it loses nothing:
    the drain's transaction rolls back and those submissions stay pending."""
    app.extensions.pop("scorer", None)
    master = os.getpid()
    if os.fork():
        return
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        with contextlib.suppress(OSError):  # Linux only; the name is for people, not the code
            Path("/proc/self/comm").write_text(SCORER_NAME)
        alive = lambda: os.getppid() == master  # noqa: E731
        webhooks_job.start(app, alive)  # sends webhook deliveries after their commits
        if app.config["BACKGROUND_SCORING"]:
            scoring_queue.watch(app, alive)
        else:
            while alive():
                time.sleep(1)
        code = 0
    finally:
        os._exit(code)
