"""How `kieumau serve --workers 2` shares phones' keep-alive connections between its workers.

A connection stays with the worker that accepted it, and each worker is at most one CPU, so a
lopsided split leaves a CPU idle while phones wait. This starts the real server, opens N
connections at the same moment that keep sending, reads which worker holds each from /proc,
and repeats: it prints each trial's split and how often it was even.

    .venv/bin/python bench/serve_balance.py [--phones 4] [--trials 10]
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from procinfo import connections_per_worker, worker_pids  # noqa: E402 - after the path is set


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def trial(phones: int) -> list[int]:
    """One server, `phones` connections opened together: connections per worker."""
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "KIEUMAU_DATA": data}
        env.pop("DATABASE_URL", None)
        kieumau = str(Path(sys.executable).parent / "kieumau")
        args = ["serve", "--port", str(port), "--workers", "2", "--threads", "4", "--no-access-log"]
        proc = subprocess.Popen([kieumau, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        try:
            deadline = time.time() + 60
            while len(worker_pids(proc.pid)) < 2 or not _listening(port):
                if time.time() > deadline or proc.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.1)
            time.sleep(1)  # both workers ready
            stop, gate = threading.Event(), threading.Barrier(phones)

            def keep_sending() -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                gate.wait()
                while not stop.is_set():
                    conn.request("GET", "/login")
                    conn.getresponse().read()

            threads = [threading.Thread(target=keep_sending, daemon=True) for _ in range(phones)]
            for t in threads:
                t.start()
            time.sleep(1)
            split = sorted(connections_per_worker(proc.pid, port))
            stop.set()
            for t in threads:
                t.join(10)
            return split
        finally:
            proc.terminate()
            proc.wait(15)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        return True
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=4)
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    seen: Counter[tuple[int, ...]] = Counter()
    for i in range(args.trials):
        split = trial(args.phones)
        seen[tuple(split)] += 1
        print(f"trial {i + 1}: connections per worker {split}", flush=True)
    even = seen.get(tuple(sorted([args.phones // 2, args.phones - args.phones // 2])), 0)
    print(f"even split in {even} of {args.trials} trials; all: {dict(seen)}")


if __name__ == "__main__":
    main()
