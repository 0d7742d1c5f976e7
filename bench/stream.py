"""The sustained stream a town sees in November, with scoring counted in the window.

    .venv/bin/python bench/stream.py [--db postgres] [-c 16] [--seconds 60] [-r 3] [--digest]
        [--processes 4] [--client requests|http] [--rate 600]

A fresh site (bench/common.py: roster of 20 groups x 50 households, 500 volunteers), then
`kieumau serve` (gunicorn 2 x 16 and its scorer process). The phones are bench/phones.py, a
client that shares no code with the server: `requests` keep-alive sessions (or http.client's,
`--client http`: a third of the client's CPU, on a machine the phones share with the server),
token URLs (or Digest), its own XML. By default each phone sends as soon as its last
submission was answered (closed loop: the rate is the most the machine takes, and the
latencies are 16 phones queueing for it); `--rate` sends at that rate on a fixed schedule
instead (open loop: the latencies at that load, counted from when each submission was due).
After 100 submissions of warm-up, scored, each run streams household submissions from `-c`
phones for `--seconds`, and ends only when the last of them is scored (the rows of the
scoring_queue table, read with plain SQL).

Printed per run: submissions, their POSTs' p50/p95/p99, the rate over the window until all
were scored ("scored/s") and over the sending alone ("sent/s"), how long scoring ran on
after the last 201, server CPU per submission (gunicorn's master and workers and the scorer
process, from /proc) and, on PostgreSQL, the database's processes' CPU per submission and
what its active connections waited on while the phones sent (pg_stat_activity, sampled)."""

from __future__ import annotations

import argparse
import contextlib
import os
import threading
import time
from collections import Counter

import common
from phones import Phone, run
from sqlalchemy import create_engine, text


def pending(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM scoring_queue")).scalar()


def wait_scored(engine, timeout: float = 900) -> float:
    t0 = time.perf_counter()
    while pending(engine):
        if time.perf_counter() - t0 > timeout:
            raise SystemExit("scoring did not finish")
        time.sleep(0.05)
    return time.perf_counter() - t0


class WaitSampler:
    """PostgreSQL: what the server's active connections wait on, sampled every 20 ms from
    pg_stat_activity while the phones send (wait_event_type:wait_event, or CPU when none)."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        self.counts: Counter = Counter()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        sql = text(
            "SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') FROM pg_stat_activity "
            "WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()"
        )
        with self.engine.connect() as conn:
            while not self.stop.wait(0.02):
                self.counts.update(conn.execute(sql).scalars())
                conn.rollback()

    def __enter__(self) -> WaitSampler:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self.engine.dispose()

    def text(self) -> str:
        total = sum(self.counts.values()) or 1
        return ", ".join(f"{k} {v / total:.0%}" for k, v in self.counts.most_common(8))


def phones_of(site: common.Site, n: int, digest: bool) -> list[Phone]:
    if digest:  # the town-wide volunteer, one Digest sign-in per phone
        return [Phone(common.unit_code(i), username="doi_truong", password=common.PASSWORD) for i in range(n)]
    return [Phone(common.unit_code(i), token=site.tokens[i]) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("-c", "--concurrency", type=int, default=16, help="phones sending at once (16)")
    ap.add_argument("--seconds", type=float, default=60, help="how long the phones send (60)")
    ap.add_argument("-r", "--runs", type=int, default=1, help="streams, one after another (1)")
    ap.add_argument("--warmup", type=int, default=100, help="submissions before the first run (100)")
    ap.add_argument("--digest", action="store_true", help="Digest on /submission instead of token URLs")
    ap.add_argument(
        "--processes", type=int, default=1, help="client processes the phones are spread over (1)"
    )
    ap.add_argument(
        "--client", choices=("requests", "http"), default="requests",
        help="the phones' HTTP library: requests (default) or the standard library's http.client",
    )  # fmt: skip
    ap.add_argument(
        "--rate", type=float, default=None,
        help="submissions per second from all phones, each on a fixed schedule (open loop; a"
        " latency counts from when the submission was due); default: each phone sends as soon"
        " as its last one was answered",
    )  # fmt: skip
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    args = ap.parse_args()

    site = common.make_site(common.PG_URL if args.db == "postgres" else None)
    engine = create_engine(site.database_url)
    source = os.environ.get("KIEUMAU_BENCH_SOURCE", "this checkout")
    print(f"# stream: {common.machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"commit {common.git_commit()} (server from {source}), {args.db}, "
          f"gunicorn {args.workers}x{args.threads}, "
          f"{args.concurrency} phones ({args.client}) in {args.processes} client processes, "
          f"{f'{args.rate:.0f}/s on a schedule' if args.rate else 'closed loop'}, "
          f"{'Digest' if args.digest else 'token URL'}, {args.seconds:.0f} s per run")  # fmt: skip
    print(
        "| run | submissions | p50 ms | p95 ms | p99 ms | scored/s | sent/s | scoring after last 201 s "
        "| server CPU ms/sub | database CPU ms/sub | client CPU ms/sub | non-201 | load |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    with common.Server.kieumau(site, args.workers, args.threads) as server:
        base = f"http://127.0.0.1:{server.port}"
        phones = phones_of(site, args.concurrency, args.digest)
        run(base, phones, count=args.warmup, client=args.client)
        wait_scored(engine)
        for i in range(args.runs):
            time.sleep(1)
            load = common.load()
            cpu0, db0 = server.cpu_seconds(), common.postgres_cpu_seconds()
            t0 = time.perf_counter()
            sampler = WaitSampler(site.database_url) if args.db == "postgres" else contextlib.nullcontext()
            with sampler:
                out = run(
                    base,
                    phones,
                    seconds=args.seconds,
                    processes=args.processes,
                    client=args.client,
                    rate=args.rate,
                )
            after = wait_scored(engine)
            window = time.perf_counter() - t0
            n = len(out.latencies)
            cpu, dbcpu = server.cpu_seconds() - cpu0, common.postgres_cpu_seconds() - db0
            bad = sum(v for k, v in out.statuses.items() if k != 201) + len(out.errors)
            dbms = dbcpu / n * 1000 if args.db == "postgres" else 0
            print(f"| {i + 1} | {n} | {out.pct(50):.1f} | {out.pct(95):.1f} | {out.pct(99):.1f} "
                  f"| {n / window:.0f} | {n / out.seconds:.0f} | {after:.2f} | {cpu / n * 1000:.2f} "
                  f"| {dbms:.2f} | {out.client_cpu / n * 1000:.2f} | {bad} | {load} |",
                  flush=True)  # fmt: skip
            if args.db == "postgres":
                print(f"  PostgreSQL's active connections while the phones sent: {sampler.text()}")
            for e in out.errors[:5]:
                print("  error:", e)
    engine.dispose()


if __name__ == "__main__":
    main()
