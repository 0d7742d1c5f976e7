"""The floor under ingestion: gunicorn with kieumau's configuration (its FrontWorker, same
workers and threads, access log on) serving bench/floor_app.py, which reads the same
multipart POST and answers a fixed 201. kieumau's rate as a fraction of this is what our own
code costs; --worker gthread measures gunicorn's own threaded worker instead (no access log),
for what the front itself costs.

    .venv/bin/python bench/floor.py                  # concurrency 1, 4, 16, three runs each
    .venv/bin/python bench/floor.py --photo 200 -c 16
    .venv/bin/python bench/floor.py --worker gthread -c 16
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import ROOT, Server, bodies, drive, free_port, machine, median

FLOOR_SERVER = """
import sys
from gunicorn.app.base import BaseApplication
sys.path.insert(0, {bench!r})
from floor_app import app
sys.path.insert(0, {root!r})
from server.serve import FrontWorker, _log_requests
FrontWorker.max_body = 10**8
_log_requests(True)

class Floor(BaseApplication):
    def load_config(self):
        self.cfg.set("bind", "127.0.0.1:{port}")
        self.cfg.set("workers", {workers})
        self.cfg.set("threads", {threads})
        self.cfg.set("worker_class", {worker_class})
        self.cfg.set("timeout", 120)
        self.cfg.set("accesslog", None)
    def load(self):
        return app

Floor().run()
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-c", "--concurrency", default="1,4,16")
    ap.add_argument("-r", "--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--photo", type=int, default=0)
    ap.add_argument("--worker", choices=["front", "gthread"], default="front")
    args = ap.parse_args()
    port = free_port()
    code = FLOOR_SERVER.format(
        bench=str(Path(__file__).resolve().parent),
        root=str(ROOT),
        port=port,
        workers=args.workers,
        threads=args.threads,
        worker_class="FrontWorker" if args.worker == "front" else '"gthread"',
    )
    body = bodies("gia_dinh", 1, photo_kb=args.photo)[0]
    reqs = [("POST", "/key/x/submission?deviceID=collect%3Abench", body)] * args.n
    print(f"# floor: {machine()}, gunicorn {args.workers}x{args.threads} {args.worker}, body {len(body)} B")
    print("| concurrency | requests/s (median) | p50 ms | p99 ms | server CPU ms/req |")
    print("|---|---|---|---|---|")
    with Server([str(ROOT / ".venv/bin/python"), "-c", code], port) as server:
        drive(port, reqs[:200], 4, server=server)
        for c in [int(x) for x in args.concurrency.split(",")]:
            runs = [drive(port, reqs, c, server=server) for _ in range(args.repeat)]
            lat = sorted(x for r in runs for x in r.latencies)
            errors = sum(len(r.errors) for r in runs)
            print(
                f"| {c} | {median([r.rate for r in runs]):.0f} | {lat[len(lat) // 2] * 1000:.2f} "
                f"| {lat[int(len(lat) * 0.99)] * 1000:.2f} "
                f"| {1000 * sum(r.server_cpu for r in runs) / len(lat):.2f} |"
                + (f" errors {errors}" if errors else ""),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
