"""Slow and idle clients against the real server (`kieumau serve`): while `--idle`
connections sit open sending nothing and `--slow` connections send one header line every
`--every` seconds without ever finishing their request (slowloris), a new phone connects
and asks for formList, then POSTs a submission, `-n` times each, one new connection per
request. Reports p50/p99/max of the phone's requests, first with no attackers, then under
attack. The attackers come from 127.0.1.x (about 20 connections per address, as from
several machines) and reconnect whenever the server closes them, so the pressure stays
for the whole run. Loopback only; every request of the phone has a 60 s timeout and the
attacked phase stops after --max-seconds.

    .venv/bin/python bench/slowclients.py                    # 300 idle, 40 slow, 200 each
    .venv/bin/python bench/slowclients.py --idle 0 --slow 40
    KIEUMAU_BENCH_SOURCE=/tmp/other-checkout .venv/bin/python bench/slowclients.py   # "before"
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import selectors
import socket
import sys
import threading
import time

from common import BOUNDARY, Result, Server, bodies, git_commit, load, machine, make_site

PER_ADDRESS = 20  # attacker connections per source address


class Attackers:
    """Idle and slowloris connections kept open from one thread (non-blocking sockets)."""

    def __init__(self, port: int, idle: int, slow: int, every: float) -> None:
        self.port, self.every = port, every
        self.kinds = ["idle"] * idle + ["slow"] * slow
        self.socks: list[socket.socket | None] = [None] * len(self.kinds)
        self.reconnects = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def connect(self, i: int) -> None:
        sock = socket.socket()
        sock.bind((f"127.0.1.{i // PER_ADDRESS + 1}", 0))
        sock.setblocking(False)
        try:
            sock.connect(("127.0.0.1", self.port))
        except BlockingIOError:
            pass
        except OSError:
            sock.close()
            return
        if self.kinds[i] == "slow":
            sock_send(sock, b"GET /formList HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        self.socks[i] = sock

    def run(self) -> None:
        sel = selectors.DefaultSelector()
        for i in range(len(self.kinds)):
            self.connect(i)
            if self.socks[i]:
                sel.register(self.socks[i], selectors.EVENT_READ, i)
        line = 0
        next_line = time.monotonic() + self.every
        while not self.stop.is_set():
            for key, _ in sel.select(timeout=0.2):  # readable: data or closed by the server
                i = key.data
                try:
                    gone = not key.fileobj.recv(65536)
                except BlockingIOError:
                    gone = False
                except OSError:
                    gone = True
                if gone:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
                    self.socks[i] = None
            for i, sock in enumerate(self.socks):
                if sock is None and not self.stop.is_set():
                    self.reconnects += 1
                    self.connect(i)
                    if self.socks[i]:
                        sel.register(self.socks[i], selectors.EVENT_READ, i)
            if time.monotonic() >= next_line:
                line += 1
                next_line += self.every
                for i, sock in enumerate(self.socks):
                    if sock is not None and self.kinds[i] == "slow":
                        sock_send(sock, f"X-Slow-{line}: {'a' * 20}\r\n".encode())
        for sock in self.socks:
            if sock is not None:
                sock.close()

    def open_count(self) -> int:
        return sum(1 for s in self.socks if s is not None)

    def __enter__(self) -> Attackers:
        self.thread.start()
        time.sleep(3)  # all connected, and the slow ones past their first lines
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(10)


def sock_send(sock: socket.socket, data: bytes) -> None:
    try:
        sock.send(data)
    except OSError:
        pass  # closed or not yet connected: the loop reconnects it


def phone(
    port: int, requests: list[tuple[str, str, bytes | None]], max_seconds: float, pace: float
) -> Result:
    """Each request on a new connection, one after the other, as a phone starting to sync."""
    latencies, statuses, errors = [], {}, []
    headers = {"X-OpenRosa-Version": "1.0"}
    ctype = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
    start = time.monotonic()
    start_perf = time.perf_counter()
    for method, path, body in requests:
        if time.monotonic() - start > max_seconds:
            errors.append(f"stopped after {max_seconds:.0f} s")
            break
        t0 = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.request(method, path, body=body, headers={**headers, **(ctype if body else {})})
            resp = conn.getresponse()
            resp.read()
            statuses[resp.status] = statuses.get(resp.status, 0) + 1
        except OSError as e:
            errors.append(f"{method} {path.split('/')[-1]}: {e!r}")
        finally:
            conn.close()
        latencies.append(time.perf_counter() - t0)
        if latencies[-1] > 0.5:
            took, at = latencies[-1], t0 - start_perf
            print(f"    slow: {method} took {took:.2f} s, {at:.1f} s into the phase", file=sys.stderr)
        time.sleep(pace)
    return Result(time.monotonic() - start, latencies, statuses, errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="formList requests, and as many POSTs, per phase")
    ap.add_argument("--idle", type=int, default=300, help="connections that send nothing")
    ap.add_argument("--slow", type=int, default=40, help="connections sending a header line every --every s")
    ap.add_argument("--every", type=float, default=2.0)
    ap.add_argument(
        "--pace",
        type=float,
        default=0.05,
        help="seconds between the phone's requests, so the attack"
        " lasts past the server's time limits (default 0.05: some 25 s per phase)",
    )
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--max-seconds", type=float, default=300, help="bound on each phase's phone requests")
    args = ap.parse_args()

    site = make_site(None, volunteers=40)  # volunteer i in unit i % 20, as submission n
    posts = bodies("gia_dinh", 2 * args.n)
    token = site.tokens[0]
    source = os.environ.get("KIEUMAU_BENCH_SOURCE", "this checkout")
    print(
        f"# slowclients: {machine()}, {datetime.date.today()}, commit {git_commit()} ({source}), "
        f"{args.idle} idle + {args.slow} slow (a line every {args.every:g} s), "
        f"serve --workers {args.workers} --threads {args.threads}, SQLite"
    )
    print("| phase | request | count | p50 ms | p99 ms | max ms | statuses | errors | attackers open |")
    print("|---|---|---|---|---|---|---|---|---|")
    with Server.kieumau(site, args.workers, args.threads) as server:
        for phase in ("quiet", "attacked"):
            offset = 0 if phase == "quiet" else args.n
            calls = {
                "GET /formList": [("GET", f"/key/{token}/formList", None)] * args.n,
                "POST /submission": [
                    ("POST", f"/key/{site.tokens[(offset + i) % 40]}/submission", posts[offset + i])
                    for i in range(args.n)
                ],
            }
            attackers = Attackers(
                server.port, *(0, 0) if phase == "quiet" else (args.idle, args.slow), args.every
            )
            with attackers:
                for label, reqs in calls.items():
                    r = phone(server.port, reqs, args.max_seconds, args.pace)
                    print(
                        f"| {phase} | {label} | {r.count} | {r.pct(50):.1f} | {r.pct(99):.1f} "
                        f"| {max(r.latencies, default=0) * 1000:.0f} "
                        f"| {' '.join(f'{k}x{v}' for k, v in sorted(r.statuses.items()))} "
                        f"| {len(r.errors)} | {attackers.open_count()} |",
                        flush=True,
                    )
                    for e in r.errors[:3]:
                        print(f"    ! {e}", file=sys.stderr)
            if phase == "attacked":
                print(f"\nattacker reconnects (closed by the server): {attackers.reconnects}; load {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
