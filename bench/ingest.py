"""Ingestion benchmark: N household submissions POSTed to the real server (`kieumau serve`)
at several concurrencies, each repeated; throughput, latency, server CPU per submission,
worker memory, and a check that every 201 is a stored row (none lost, none doubled). Server
CPU includes scoring: each run ends when the server has scored everything it accepted.

    .venv/bin/python bench/ingest.py                       # SQLite, bundled gia_dinh form
    .venv/bin/python bench/ingest.py --db postgres          # PostgreSQL database `bench`
    .venv/bin/python bench/ingest.py --form plain           # the 25-field bench form, no scoring
    .venv/bin/python bench/ingest.py --photo 200 -c 1,16    # with a 200 KB photo each
    .venv/bin/python bench/ingest.py --digest -c 16 -r 1    # Digest instead of the token URL
    .venv/bin/python bench/ingest.py --per-phone 20 -c 16   # phones come and go, 20 each

The last column is how the run's connections were split between the workers (measured
once they were all open): a connection stays with the worker that accepted it, and an
uneven split explains most of the run-to-run spread at c=16.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys

from common import PG_URL, Server, bodies, drive, git_commit, load, machine, make_site, median, queue_empty


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--form", choices=["gia_dinh", "plain"], default="gia_dinh")
    ap.add_argument("-n", type=int, default=2000, help="submissions per run")
    ap.add_argument("-c", "--concurrency", default="1,4,16")
    ap.add_argument("-r", "--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--photo", type=int, default=0, help="attach a photo of this many KB")
    ap.add_argument("--digest", action="store_true", help="sign in with Digest, not the token URL")
    ap.add_argument(
        "--per-phone",
        type=int,
        default=0,
        help="each connection sends this many submissions and hangs up, as a phone finishing its"
        " sync (default 0: every connection stays open for the whole run)",
    )
    ap.add_argument("--sqlite-synchronous", help="e.g. NORMAL (KIEUMAU_SQLITE_SYNCHRONOUS); default FULL")
    args = ap.parse_args()

    site = make_site(PG_URL if args.db == "postgres" else None, volunteers=500)
    env = {}
    if args.sqlite_synchronous:
        env["KIEUMAU_SQLITE_SYNCHRONOUS"] = args.sqlite_synchronous
    levels = [int(c) for c in args.concurrency.split(",")]
    total = args.n * args.repeat * len(levels) + 200
    print(f"building {total} bodies ...", file=sys.stderr)
    all_bodies = bodies(args.form, total, photo_kb=args.photo)

    def requests(start: int, count: int) -> list[tuple[str, str, bytes]]:
        out = []
        for n in range(start, start + count):
            prefix = "" if args.digest else f"/key/{site.tokens[n % len(site.tokens)]}"
            out.append(("POST", f"{prefix}/submission?deviceID=collect%3Abench{n % 97}", all_bodies[n]))
        return out

    print(
        f"# ingest: {machine()}, {datetime.date.today()}, commit {git_commit()}, db {args.db}, "
        f"form {args.form}, photo {args.photo} KB, auth {'digest' if args.digest else 'token'}, "
        f"kieumau serve {args.workers}x{args.threads}"
        + (f", {args.per_phone} submissions per connection" if args.per_phone else "")
        + (f", sqlite synchronous={args.sqlite_synchronous}" if args.sqlite_synchronous else "")
    )
    print(
        "| concurrency | submissions/s (median of runs) | p50 ms | p99 ms | server CPU ms/sub "
        "| PostgreSQL CPU ms/sub | client CPU ms/sub | scored within s | errors | load avg "
        "| connections per worker |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    accepted = 0
    users = ["doi_truong"] if args.digest else None  # a volunteer of the whole town (PS)
    scorer_off = os.environ.get("KIEUMAU_BACKGROUND_SCORING", "").lower() in ("0", "false", "no")
    settle = None if scorer_off else queue_empty(site.database_url)  # nothing drains with the scorer off
    with Server.kieumau(site, args.workers, args.threads, env=env) as server:
        # warm up at the highest concurrency (threads and pooled connections opened), and let
        # the scorer finish, so that its work is not counted in the first run's
        drive(server.port, requests(0, 200), max(levels), digest_users=users, server=server, settle=settle)
        accepted += 200
        offset = 200
        for c in levels:
            runs = []
            for _ in range(args.repeat):
                res = drive(
                    server.port,
                    requests(offset, args.n),
                    c,
                    digest_users=users,
                    server=server,
                    settle=settle,
                    per_connection=args.per_phone,
                )
                offset += args.n
                accepted += res.statuses.get(201, 0)
                runs.append(res)
            lat = [x for r in runs for x in r.latencies]
            pooled = type(runs[0])(1.0, lat)
            errors = sum(len(r.errors) for r in runs)
            count = sum(r.count for r in runs)
            database = "-"
            if args.db == "postgres":
                database = f"{1000 * sum(r.database_cpu for r in runs) / count:.2f}"
            print(
                f"| {c} | {median([r.rate for r in runs]):.0f} ({', '.join(f'{r.rate:.0f}' for r in runs)}) "
                f"| {pooled.pct(50):.1f} | {pooled.pct(99):.1f} "
                f"| {1000 * sum(r.server_cpu for r in runs) / count:.2f} | {database} "
                f"| {1000 * sum(r.client_cpu for r in runs) / count:.2f} "
                f"| {max(r.settle_seconds for r in runs):.2f} | {errors} | {load()} "
                f"| {', '.join(r.split_text() for r in runs)} |",
                flush=True,
            )
            for r in runs:
                for e in r.errors[:3]:
                    print(f"    ! {e}", file=sys.stderr)
        print(f"\nworker RSS after the runs: {server.worker_memory_text()}")
    stored = count_rows(site.database_url)
    print(
        f"201 answers: {accepted}; submission rows stored: {stored}"
        f" — {'OK' if stored == accepted else 'MISMATCH'}"
    )
    return 0 if stored == accepted else 1


def count_rows(url: str) -> int:
    from sqlalchemy import create_engine, func, select

    from server.store.models import Submission

    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.scalar(select(func.count()).select_from(Submission))
    engine.dispose()
    return n


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
