"""`kieumau serve` with two workers shares the phones' connections between them: a
keep-alive connection stays with the worker that accepted it, and each worker is one CPU at
most, so a worker left without connections leaves a CPU idle while phones wait
(server/serve.py). How even the split is, over many trials, is measured by
bench/serve_balance.py, not asserted here."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from procinfo import connections_per_worker, worker_pids
from test_serve import free_port

ROOT = Path(__file__).resolve().parent.parent
PHONES = 4


def test_two_workers_share_the_connections(tmp_path):
    port = free_port()
    env = {**os.environ, "KIEUMAU_DATA": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    kieumau = str(Path(sys.executable).parent / "kieumau")
    args = ["serve", "--port", str(port), "--workers", "2", "--threads", "4"]
    proc = subprocess.Popen([kieumau, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while len(worker_pids(proc.pid)) < 2:
            assert time.time() < deadline and proc.poll() is None, "the workers did not start"
            time.sleep(0.1)
        while True:  # listening (then a moment for both workers to be ready)
            try:
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
                break
            except OSError:
                assert time.time() < deadline, "the server did not answer"
                time.sleep(0.1)
        time.sleep(1)

        # phones starting to send at the same moment, and going on sending (as the benchmark
        # does: gunicorn's own gthread worker was seen taking all four such connections)
        stop = threading.Event()
        gate = threading.Barrier(PHONES)
        statuses: list[int] = []

        def keep_sending() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                gate.wait()
                while not stop.is_set():
                    conn.request("GET", "/login")
                    resp = conn.getresponse()
                    resp.read()
                    statuses.append(resp.status)
            finally:
                conn.close()

        threads = [threading.Thread(target=keep_sending, daemon=True) for _ in range(PHONES)]
        for t in threads:
            t.start()
        time.sleep(1)
        split = connections_per_worker(proc.pid, port)
        stop.set()
        for t in threads:
            t.join(10)
        assert statuses and set(statuses) == {200}
        assert sum(split) == PHONES
        assert len(split) == 2 and min(split) >= 1, split  # both workers serve phones
    finally:
        proc.terminate()
        proc.wait(15)
