"""The production server: gunicorn's master runs worker processes, each serving HTTP through
the asyncio front of server/front.py (on uvloop's event loop) with a pool of WSGI threads,
plus the scorer's process.

gunicorn supervises the processes (restarts, HUP reloads, graceful stops); FrontWorker is a
gunicorn worker class (its documented extension point, gunicorn.workers.base.Worker) whose
loop accepts the connections. Every worker listens on the same socket, and a connection
stays with the worker that accepted it, each worker being one CPU at most (the GIL): so a
worker stops accepting while it holds more connections than the least loaded of the others,
and they take the next ones. The counts are shared through an array the master creates
before it forks the workers."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import uvloop
from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.workers.base import Worker

from .front import Front
from .jobs import digest as digest_job
from .jobs import scorer as scorer_job
from .jobs import webhooks as webhooks_job
from .web.proxies import is_trusted, networks

FREE = -1  # a slot with no live worker
RECHECK = 0.05  # seconds: how often a worker looks at the counts and its stop flag
TOO_MANY = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
MAX_CONNECTIONS = 2000  # per worker: beyond, the socket's backlog holds new ones


class FrontWorker(Worker):
    """A gunicorn worker serving through front.Front (see the module)."""

    counts: Any = None  # multiprocessing.RawArray: connections held, per slot (set by run)
    wakeups: list[tuple[int, int]] = []  # a pipe per slot: written to wake that slot's worker
    slot: int | None = None  # this worker's index in counts (set by the master before fork)
    per_address: int = 32  # connections one client address may hold in this worker
    proxies: list = []  # networks of trusted proxies: no per-address cap for them
    max_body: int = 0  # largest request body accepted (MAX_SUBMISSION_BYTES)

    def run(self) -> None:
        # uvloop: the loop, its sockets' transports and timers in C (libuv); the loop thread
        # reads, parses and answers every request of the worker
        uvloop.run(self._serve())

    def _is_proxy(self, host: str) -> bool:
        return is_trusted(host, self.proxies)

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        pool = ThreadPoolExecutor(self.cfg.threads, thread_name_prefix="wsgi")
        self.front = Front(self.wsgi, pool, self.max_body, self._is_proxy)
        self.held: Counter[str] = Counter()  # connections per client address
        self.tasks: set[asyncio.Task] = set()
        self.accepting = False
        for listener in self.sockets:
            listener.setblocking(False)
        if self.slot is not None and self.slot < len(self.wakeups):
            loop.add_reader(self.wakeups[self.slot][0], self._woken, loop)
        while self.alive and self.ppid == os.getppid():
            self.notify()
            self._accept_if_behind(loop)
            await asyncio.sleep(RECHECK)
        await self._stop(loop, pool)

    def _held(self) -> int:
        return len(self.tasks)

    def _accept_if_behind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Accept while not ahead of the least loaded other worker."""
        held = self._held()
        if self.counts is not None and self.slot is not None:
            self.counts[self.slot] = held
        others = [n for i, n in enumerate(self.counts or ()) if i != self.slot and n != FREE]
        cap = MAX_CONNECTIONS if not others or self.slot is None else min(MAX_CONNECTIONS, min(others) + 1)
        want = held < cap
        if want != self.accepting:
            for listener in self.sockets:
                if want:
                    loop.add_reader(listener.fileno(), self._accept, loop, listener)
                else:
                    loop.remove_reader(listener.fileno())
            self.accepting = want
            if not want:
                self._wake_others()

    def _wake_others(self) -> None:
        """This worker stopped accepting: the others look at the counts now, not at their next
        RECHECK (connections arriving in a burst would otherwise wait in the backlog)."""
        for i, (_read, write) in enumerate(self.wakeups):
            if i != self.slot and self.counts[i] != FREE:
                with contextlib.suppress(BlockingIOError):
                    os.write(write, b"\0")

    def _woken(self, loop: asyncio.AbstractEventLoop) -> None:
        with contextlib.suppress(BlockingIOError):
            os.read(self.wakeups[self.slot][0], 4096)
        self._accept_if_behind(loop)

    def _accept(self, loop: asyncio.AbstractEventLoop, listener: Any) -> None:
        try:
            sock, peer = listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError as e:  # e.g. out of file descriptors: wait for the next round
            self.log.warning("accept: %s", e)
            self._pause(loop)
            return
        host = str(peer[0]) if isinstance(peer, tuple) else ""
        if self.held[host] >= self.per_address and not self._is_proxy(host):
            with contextlib.suppress(OSError):
                sock.send(TOO_MANY)
            sock.close()
            return
        sock.setblocking(False)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.held[host] += 1
        task = loop.create_task(self.front.serve(sock, peer if isinstance(peer, tuple) else ("", 0)))
        self.tasks.add(task)
        task.add_done_callback(lambda t: self._closed(loop, t, host))
        self._accept_if_behind(loop)

    def _pause(self, loop: asyncio.AbstractEventLoop) -> None:
        for listener in self.sockets:
            loop.remove_reader(listener.fileno())
        self.accepting = False

    def _closed(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task, host: str) -> None:
        self.tasks.discard(task)
        self.held[host] -= 1
        if not self.held[host]:
            del self.held[host]
        if not task.cancelled() and task.exception() is not None:
            self.log.error("connection: %r", task.exception())
        if self.alive:
            self._accept_if_behind(loop)

    async def _stop(self, loop: asyncio.AbstractEventLoop, pool: ThreadPoolExecutor) -> None:
        """Stop accepting, close the connections waiting for a request, give the others
        graceful_timeout to finish their answer."""
        self._pause(loop)
        self.front.stopping = True
        for task in list(self.front.idle):
            task.cancel()
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=self.cfg.graceful_timeout)
        pool.shutdown(wait=False, cancel_futures=True)


def _take_slot(server: Any, worker: FrontWorker) -> None:
    """gunicorn's pre_fork hook (in the master): the worker gets a slot no live worker holds
    (none left: it accepts whatever the others hold)."""
    counts = FrontWorker.counts
    taken = {w.slot for w in server.WORKERS.values()}
    worker.slot = next((i for i in range(len(counts)) if i not in taken), None)
    if worker.slot is not None:
        counts[worker.slot] = 0


def _free_slot(_server: Any, worker: FrontWorker) -> None:
    """gunicorn's child_exit hook (in the master, however the worker ended)."""
    if worker.slot is not None:
        FrontWorker.counts[worker.slot] = FREE


def run(app: Flask, host: str, port: int, workers: int, threads: int, access_log: bool = True) -> None:
    """Serve `app` until stopped (SIGTERM or Ctrl-C)."""
    # twice the workers: on a reload (HUP) the new workers start before the old ones leave
    FrontWorker.counts = multiprocessing.RawArray("i", [FREE] * (2 * workers))
    FrontWorker.wakeups = [os.pipe() for _ in range(2 * workers)]
    for read, write in FrontWorker.wakeups:
        os.set_blocking(read, False)
        os.set_blocking(write, False)
    FrontWorker.per_address = int(app.config["CONNECTIONS_PER_ADDRESS"])
    FrontWorker.proxies = networks(app.config["TRUSTED_PROXIES"])
    FrontWorker.max_body = int(app.config["MAX_CONTENT_LENGTH"])
    _log_requests(access_log)

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)
            self.cfg.set("worker_class", FrontWorker)
            self.cfg.set("pre_fork", _take_slot)
            self.cfg.set("child_exit", _free_slot)
            self.cfg.set("timeout", 120)
            self.cfg.set("accesslog", None)  # front.py writes its own, with secrets masked

        def load(self) -> Flask:
            return app

    # The app and its imports (some 120k objects) are built now, before gunicorn forks the
    # workers: moved out of the garbage collector's reach, they are no longer walked by
    # every full collection in a worker, which took 60-80 ms with all of the worker's
    # threads stopped -- the slowest 1% of submissions.
    gc.collect()
    gc.freeze()
    _supervise(app, _start_scorer(app))
    Server().run()


def _log_requests(enabled: bool) -> None:
    """One line per request on standard error (see web/accesslog.py), or none."""
    logger = logging.getLogger("kieumau.access")
    logger.propagate = False
    if enabled:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    else:
        logger.setLevel(logging.CRITICAL)


_log = logging.getLogger("kieumau.serve")
SCORER_NAME = "kieumau-scorer"  # the scorer's process name, as ps and /proc/<pid>/comm show it


def _supervise(app: Flask, pid: int, every: float = 1.0) -> None:
    """A thread of the master that starts the background process again if it ends (a crash,
    the out-of-memory killer, a kill by hand) and says so on standard error: submissions
    would otherwise stay pending and webhooks unsent until the next restart. gunicorn's
    master reaps the ended process along with its workers."""

    def watch() -> None:
        current = pid
        while True:
            time.sleep(every)
            if _running(current):
                continue
            _log.warning("kieumau: background process %s ended; starting it again", current)
            current = _start_scorer(app)
            _log.warning("kieumau: background process started again as %s", current)

    threading.Thread(target=watch, name="kieumau-supervisor", daemon=True).start()


def _running(pid: int) -> bool:
    """Whether `pid` is alive (a zombie not yet reaped counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state != "Z"


def _start_scorer(app: Flask) -> int:
    """Fork the background process -- the scorer (jobs/scorer.py `watch`, unless
    BACKGROUND_SCORING is off) and the webhook dispatcher (jobs/webhooks.py) -- before
    gunicorn forks the workers: a drain in a worker would hold that worker's interpreter lock
    while its threads answer phones. The workers leave scoring to it and nudge nothing.
    It stops when the master is gone; Ctrl-C, which reaches every process of the terminal,
    stops the master, and the master's end stops it. Killed in a drain, it loses nothing:
    the drain's transaction rolls back and those submissions stay pending."""
    app.extensions.pop("scorer", None)
    master = os.getpid()
    child = os.fork()
    if child:
        return child
    code = 1
    try:
        for name in (
            "SIGTERM",
            "SIGHUP",
            "SIGQUIT",
            "SIGUSR1",
            "SIGUSR2",
            "SIGWINCH",
            "SIGTTIN",
            "SIGTTOU",
            "SIGCHLD",
        ):
            signal.signal(getattr(signal, name), signal.SIG_DFL)  # not the master's handlers
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        with contextlib.suppress(OSError):  # Linux only; the name is for people, not the code
            Path("/proc/self/comm").write_text(SCORER_NAME)
        alive = lambda: os.getppid() == master  # noqa: E731
        webhooks_job.start(app, alive)  # sends webhook deliveries after their commits
        digest_job.start(app, alive)  # the daily e-mail digests of what is due
        if app.config["BACKGROUND_SCORING"]:
            scorer_job.watch(app, alive)
        else:
            while alive():
                time.sleep(1)
        code = 0
    finally:
        os._exit(code)
