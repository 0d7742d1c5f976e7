"""Scale-out: two `kieumau serve` processes on different ports sharing one PostgreSQL
database, clients spread over both. Every instance is also re-sent to the *other* server
(Collect retrying after a lost answer, racing its original), so each instanceID arrives
twice: both answers must be 201 and exactly one row must be stored per instanceID.

    .venv/bin/python bench/scaleout.py                  # 2,000 instances, concurrency 16
"""

from __future__ import annotations

import argparse
import datetime
import sys

from common import PG_URL, Server, bodies, drive, git_commit, machine, make_site


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-c", "--concurrency", type=int, default=16)
    ap.add_argument("--form", choices=["gia_dinh", "plain"], default="gia_dinh")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    args = ap.parse_args()
    site = make_site(PG_URL, volunteers=500)
    body = bodies(args.form, 3 * args.n)

    def reqs(start: int, count: int, twice: bool) -> list:
        out = []
        for n in range(start, start + count):
            req = ("POST", f"/key/{site.tokens[n % 500]}/submission?deviceID=collect%3Ab{n % 97}", body[n])
            out += [req, req] if twice else [req]  # consecutive: taken by two connections at once
        return out

    print(
        f"# scale-out: {machine()}, {datetime.date.today()}, commit {git_commit()}, PostgreSQL, "
        f"form {args.form}, each server gunicorn {args.workers}x{args.threads}, "
        f"concurrency {args.concurrency}"
    )
    print(
        "| setup | POSTs | POSTs/s | new submissions/s | p50 ms | p99 ms | non-201 "
        "| rows stored / instances |"
    )
    print("|---|---|---|---|---|---|---|---|")
    one = Server.kieumau(site, args.workers, args.threads)
    try:
        drive(one.port, reqs(0, 100, False), 4, server=one)  # warm up
        r1 = drive(one.port, reqs(100, args.n, True), args.concurrency, server=one)
        _row("one server", r1, args.n, site, args.n + 100)
    finally:
        one.stop()
    a = Server.kieumau(site, args.workers, args.threads)
    b = Server.kieumau(site, args.workers, args.threads)
    try:
        start = args.n + 100
        drive([a.port, b.port], reqs(start, 100, False), 4, server=[a, b])
        # connection i talks to server i % 2; the two copies of an instance go to both
        r2 = drive([a.port, b.port], reqs(start + 100, args.n, True), args.concurrency, server=[a, b])
        ok = _row("two servers", r2, args.n, site, 2 * args.n + 200)
    finally:
        a.stop()
        b.stop()
    print(f"\ncombined rate / one server's: {r2.rate / r1.rate:.2f}")
    return 0 if ok else 1


def _row(label: str, r, instances: int, site, expected_rows: int) -> bool:  # noqa: ANN001
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
        f"| {label} | {r.count} | {r.rate:.0f} | {instances / r.seconds:.0f} | {r.pct(50):.1f} "
        f"| {r.pct(99):.1f} | {bad} | {rows} / {expected_rows} {'OK' if ok else 'MISMATCH'} |",
        flush=True,
    )
    for e in r.errors[:5]:
        print(f"    ! {e}", file=sys.stderr)
    return ok


if __name__ == "__main__":
    sys.exit(main())
