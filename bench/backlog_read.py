"""Reads while a backlog waits to be scored, and what catching up costs against a rescore.

    .venv/bin/python bench/backlog_read.py [--db postgres] [--backlog 3000] [--reads 20]
        [--roster] [--scored 100]

A fresh site (bench/common.py) and `kieumau serve`; `--scored` submissions of the roster's
households, scored (the year has results: 100 by default, so the backlog is nearly the whole
year, the case least favourable to the catch-up). The scorer process is then stopped
(SIGSTOP: it holds the backlog, and serve's supervision, which starts an ended scorer
again, leaves a stopped one alone) while
the phones of bench/phones.py (no code of the server's) send `--backlog` households added
at the door (a burst of new households), or with `--roster` submissions of the roster's
households (a crash mid-stream: nothing to register). Then:

1. catch-up: the scorer continued (SIGCONT) and alone (no reader): wall seconds from that
   moment until nothing is pending (the scorer's own wait for a lull, up to a second,
   included) and the scorer process's CPU meanwhile (/proc/<pid>/stat); then a full rescore
   of the same data (what `kieumau rescore` runs, in a process of its own), wall and CPU
   with its commit, as the catch-up's count (and, apart, until its last flush), twice: with
   nothing to write (the catch-up stored every score already), and with the year's scores
   deleted first, so it writes every score again as the catch-up had to.
   (PostgreSQL's own CPU is left out: on a shared machine it counts everyone's queries);
2. reads: the scorer stopped again and another backlog sent, pages and API calls are timed
   while it waits: the sign-in page, signing in, the year's results page, a unit's page and
   the API's units and unit, `--reads` times each (the first one apart: a server that
   scores before it reads does it there), with the `pending` the page and the API report;
   the backlog is counted before and after the reads (equal: nothing drained them)."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time

import common
import requests
from phones import Phone, run
from procinfo import scorer_pids
from sqlalchemy import create_engine, text

YEAR = 2026


def pending(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM scoring_queue")).scalar()


def until_scored(engine, timeout: float = 1800) -> float:
    t0 = time.perf_counter()
    while pending(engine):
        if time.perf_counter() - t0 > timeout:
            raise SystemExit("scoring did not finish")
        time.sleep(0.05)
    return time.perf_counter() - t0


def scorer(server: common.Server) -> int:
    pids = scorer_pids(server.proc.pid)
    if len(pids) != 1:
        raise SystemExit(f"expected one scorer process, found {pids}")
    return pids[0]


def hold(pid: int) -> None:
    """Stop the scorer between two looks at the queue (it is idle: nothing is pending)."""
    os.kill(pid, signal.SIGSTOP)


def backlog(server: common.Server, site: common.Site, n: int, door: bool) -> None:
    phones = [Phone(common.unit_code(i), token=site.tokens[i]) for i in range(16)]
    out = run(f"http://127.0.0.1:{server.port}", phones, count=n, door=door)
    if out.errors:
        raise SystemExit(f"backlog: {out.errors[:3]}")


_RESCORE = """
import sys, time
sys.path.insert(0, {source!r})
from sqlalchemy import text
from server import create_app
from server.domain import results
from server.store import db
try:  # what `kieumau rescore` runs around it (a tree without it sets these in the rescore)
    from server.runtime import bulk_job
except ImportError:
    from contextlib import nullcontext as bulk_job
app = create_app({{"DATA_DIR": {data!r}, "DATABASE_URL": {url!r}, "BACKGROUND_SCORING": False}})
with app.app_context():
    session = db.session()
    if {written!r}:  # every score of the year to write again, as after a crash
        session.execute(text("DELETE FROM score WHERE year = :y"), {{"y": {year}}})
        session.flush()
    t0, c0 = time.perf_counter(), time.process_time()
    with bulk_job(session.get_bind().dialect.name == "sqlite"):
        results.rescore(session, {year})
        session.flush()
    t1, c1 = time.perf_counter(), time.process_time()
    session.commit()  # what `kieumau rescore` does last, as the catch-up does
    print(t1 - t0, c1 - c0, time.perf_counter() - t0, time.process_time() - c0)
"""


def rescore_seconds(site: common.Site, written: bool) -> tuple[float, float, float, float]:
    """(wall, CPU) seconds of a full rescore of the year (what `kieumau rescore` runs, its
    process's start left out), by the server's source, until its last flush and then with
    its commit: with the stored scores as they are (nothing to write), or `written`: with
    the year's scores deleted first, so that every one is written again as the catch-up
    writes those of its backlog (the same scores: committing them changes nothing)."""
    source = os.environ.get("KIEUMAU_BENCH_SOURCE") or str(common.ROOT)
    code = _RESCORE.format(
        source=source, data=site.data_dir, url=site.database_url, year=YEAR, written=written
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    flushed_wall, flushed_cpu, wall, cpu = out.stdout.split()[-4:]
    return float(flushed_wall), float(flushed_cpu), float(wall), float(cpu)


def timed(session: requests.Session, method: str, url: str, **kw: object) -> tuple[float, requests.Response]:
    t0 = time.perf_counter()
    resp = session.request(method, url, timeout=900, **kw)
    return time.perf_counter() - t0, resp


def reads(base: str, reps: int) -> list[tuple[str, float, list[float], str]]:
    """(what, first seconds, the others' seconds, a note) per read."""
    out = []
    page = requests.Session()
    first, resp = timed(page, "GET", f"{base}/login")
    token = re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', resp.text).group(1)
    out.append(
        (
            "GET /login (sign-in page)",
            first,
            [timed(page, "GET", f"{base}/login")[0] for _ in range(reps)],
            "",
        )
    )
    form = {"csrf_token": token, "username": "admin", "password": common.PASSWORD}
    first, resp = timed(page, "POST", f"{base}/login", data=form, allow_redirects=False)
    assert resp.status_code == 302, resp.status_code
    out.append(("POST /login (signing in)", first, [], ""))
    api = requests.Session()
    api.auth = requests.auth.HTTPDigestAuth(
        "admin", common.PASSWORD
    )  # Basic would hash the password each time
    for what, session, path in (
        ("GET /years/2026 (results page)", page, f"/years/{YEAR}"),
        ("GET /years/2026/units/TDP01 (unit page)", page, f"/years/{YEAR}/units/TDP01"),
        ("GET /api/v1/years/2026/units", api, f"/api/v1/years/{YEAR}/units"),
        ("GET /api/v1/years/2026/units/PS", api, f"/api/v1/years/{YEAR}/units/PS"),
    ):
        first, resp = timed(session, "GET", base + path)
        assert resp.status_code == 200, (path, resp.status_code)
        rest = [timed(session, "GET", base + path)[0] for _ in range(reps)]
        note = ""
        if "/api/" in path:
            note = f"pending {resp.json().get('pending', '-')}"
        elif "đang chờ chấm điểm" in resp.text:
            note = re.search(r"([\d.,]+) bài gửi đang chờ chấm điểm", resp.text).group(0)
        out.append((what, first, rest, note))
    return out


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000 if s else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("--backlog", type=int, default=3000, help="submissions pending (3000)")
    ap.add_argument("--reads", type=int, default=20, help="times each read is repeated after the first (20)")
    ap.add_argument("--roster", action="store_true", help="the backlog: roster households, not new ones")
    ap.add_argument("--scored", type=int, default=100, help="the year's submissions scored before (100)")
    args = ap.parse_args()

    site = common.make_site(common.PG_URL if args.db == "postgres" else None)
    engine = create_engine(site.database_url)
    source = os.environ.get("KIEUMAU_BENCH_SOURCE", "this checkout")
    print(
        f"# backlog_read: {common.machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"commit {common.git_commit()} (server from {source}), {args.db}, backlog {args.backlog} "
        f"{'roster households' if args.roster else 'households added at the door'}, "
        f"{args.scored} scored before, "
        f"load {common.load()}"
    )
    server = common.Server.kieumau(site, 2, 16)
    held = None
    try:
        base = f"http://127.0.0.1:{server.port}"
        run(base, [Phone(common.unit_code(i), token=site.tokens[i]) for i in range(16)], count=args.scored)
        until_scored(engine)
        held = scorer(server)
        idle0 = common.cpu_seconds(held)
        time.sleep(3)
        idle = (common.cpu_seconds(held) - idle0) / 3
        hold(held)
        backlog(server, site, args.backlog, not args.roster)
        waiting = pending(engine)
        print(f"pending with the scorer stopped: {waiting}")
        cpu0 = common.cpu_seconds(held)
        os.kill(held, signal.SIGCONT)
        held = None
        pid = scorer(server)
        wall = until_scored(engine)
        cpu = common.cpu_seconds(pid) - cpu0
        print(f"catch-up of {waiting} pending by the scorer, from SIGCONT until none is pending: "
              f"wall {wall:.2f} s, scorer CPU {cpu:.2f} s (idle: {idle:.3f} s per second)")  # fmt: skip
        for written, what in ((False, "nothing to write"), (True, "every score written")):
            flushed_wall, flushed_cpu, rescore_wall, rescore_cpu = rescore_seconds(site, written)
            print(f"full rescore of the same data, {what} (results.rescore, as `kieumau rescore "
                  f"--year {YEAR}`): wall {rescore_wall:.2f} s, CPU {rescore_cpu:.2f} s with its commit "
                  f"({flushed_wall:.2f} s, {flushed_cpu:.2f} s to its last flush); catch-up / rescore: "
                  f"wall {wall / rescore_wall:.1f}x, CPU {cpu / rescore_cpu:.1f}x "
                  f"(to its last flush: {cpu / flushed_cpu:.1f}x)")  # fmt: skip

        held = scorer(server)
        hold(held)
        backlog(server, site, args.backlog, not args.roster)
        before = pending(engine)
        print(f"\npending while reading: {before}, load {common.load()}")
        print("| read | first ms | p50 ms | p99 ms | says |")
        print("|---|---|---|---|---|")
        for what, first, rest, note in reads(f"http://127.0.0.1:{server.port}", args.reads):
            print(f"| {what} | {first * 1000:.0f} | {pct(rest, 50):.0f} | {pct(rest, 99):.0f} | {note} |")
        after = pending(engine)
        print(
            f"pending after the reads: {after}"
            + ("" if after == before else " (NOT held: drained meanwhile)")
        )
    finally:
        if held is not None:
            os.kill(held, signal.SIGCONT)
        server.stop()
        engine.dispose()


if __name__ == "__main__":
    main()
