"""Scale-out: ingestion with one `kieumau serve` host, then with two on different ports, each
with an empty data folder of its own, sharing one PostgreSQL database, clients spread over
both. Every instance is also re-sent to the *other* host (Collect retrying after a lost
answer, racing its original), so each instanceID arrives twice: both answers must be 201 and
exactly one row must be stored per instanceID. The clock runs until every submission is
scored (each host's scorer drains; a PostgreSQL advisory lock orders their batches). Server
CPU counts both hosts' processes (workers and scorers); PostgreSQL's is left out, as its
processes on a shared machine serve others too.

    .venv/bin/python bench/scaleout.py                  # 2,000 instances, concurrency 16
    .venv/bin/python bench/scaleout.py --once           # each instance sent once
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile

from common import PG_URL, Server, bodies, drive, git_commit, load, machine, make_site, queue_empty


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-c", "--concurrency", type=int, default=16)
    ap.add_argument("--form", choices=["gia_dinh", "plain"], default="gia_dinh")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--once", action="store_true", help="send each instance once (no racing retry)")
    args = ap.parse_args()
    site = make_site(PG_URL, volunteers=500)
    body = bodies(args.form, 3 * args.n)
    twice = not args.once

    def reqs(start: int, count: int, twice: bool) -> list:
        out = []
        for n in range(start, start + count):
            req = ("POST", f"/key/{site.tokens[n % 500]}/submission?deviceID=collect%3Ab{n % 97}", body[n])
            out += [req, req] if twice else [req]  # consecutive: taken by two connections at once
        return out

    def host() -> Server:  # an empty data folder: all it needs is in the database
        return Server.kieumau(
            site, args.workers, args.threads, data_dir=tempfile.mkdtemp(prefix="kieumau-host-")
        )

    print(
        f"# scale-out: {machine()}, {datetime.date.today()}, commit {git_commit()}, PostgreSQL, "
        f"form {args.form}, each host gunicorn {args.workers}x{args.threads} and its scorer, "
        f"concurrency {args.concurrency}, each instance sent {'twice' if twice else 'once'}, load {load()}"
    )
    print(
        "| setup | POSTs | POSTs/s | new submissions/s | scored/s (until none pending) | p50 ms | p99 ms "
        "| server CPU ms/submission | non-201 | rows stored / instances |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    settle = queue_empty(site.database_url)
    one = host()
    try:
        drive(one.port, reqs(0, 100, False), 4, server=one, settle=settle)  # warm up
        r1 = drive(one.port, reqs(100, args.n, twice), args.concurrency, server=one, settle=settle)
        ok = _row("one host", r1, args.n, site, args.n + 100)
    finally:
        one.stop()
    a, b = host(), host()
    try:
        start = args.n + 100
        drive([a.port, b.port], reqs(start, 100, False), 4, server=[a, b], settle=settle)
        # connection i talks to host i % 2; the two copies of an instance go to both
        r2 = drive(
            [a.port, b.port], reqs(start + 100, args.n, twice), args.concurrency, server=[a, b], settle=settle
        )
        ok = _row("two hosts", r2, args.n, site, 2 * args.n + 200) and ok
    finally:
        a.stop()
        b.stop()
    scored = [args.n / (r.seconds + r.settle_seconds) for r in (r1, r2)]
    print(f"\ntwo hosts / one: ingestion {r2.rate / r1.rate:.2f}, scored {scored[1] / scored[0]:.2f}")
    return 0 if ok else 1


def _row(label: str, r, instances: int, site, expected_rows: int) -> bool:
    from sqlalchemy import create_engine, func, select

    from server.store.models import Submission

    engine = create_engine(site.database_url)
    with engine.connect() as conn:
        rows = conn.scalar(select(func.count()).select_from(Submission))
        distinct = conn.scalar(select(func.count(func.distinct(Submission.instance_id))))
    engine.dispose()
    bad = sum(v for k, v in r.statuses.items() if k != 201) + len(r.errors)
    ok = rows == distinct == expected_rows and bad == 0
    print(
        f"| {label} | {r.count} | {r.rate:.0f} | {instances / r.seconds:.0f} "
        f"| {instances / (r.seconds + r.settle_seconds):.0f} | {r.pct(50):.1f} | {r.pct(99):.1f} "
        f"| {1000 * r.server_cpu / instances:.2f} "
        f"| {bad} | {rows} / {expected_rows} {'OK' if ok else 'MISMATCH'} |",
        flush=True,
    )
    for e in r.errors[:5]:
        print(f"    ! {e}", file=sys.stderr)
    return ok


if __name__ == "__main__":
    sys.exit(main())
