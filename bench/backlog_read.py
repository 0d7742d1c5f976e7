"""Reads while a backlog waits to be scored, and what catching up costs against a rescore.

    .venv/bin/python bench/backlog_read.py [--db postgres] [--backlog 3000] [--reads 20]

A fresh site (bench/common.py) and `kieumau serve`; 100 submissions of warm-up, scored (the
year has results). Then, with the scorer process killed (a crash), the phones of
bench/phones.py (no code of the server's) send `--backlog` households added at the door:

1. catch-up: the server is restarted and its scorer catches up alone (no reader): seconds
   from its start until nothing is pending; then a full rescore of the same data (what
   `kieumau rescore` runs, timed in its process);
2. reads: the scorer killed again and another backlog sent, pages and API calls are timed
   while it waits: the sign-in page, signing in, the year's results page, a unit's page and
   the API's units and unit, `--reads` times each (the first one apart: a server that
   scores before it reads does it there), with the `pending` the API reports."""

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
        return conn.execute(text("SELECT count(*) FROM submission WHERE pending")).scalar()


def until_scored(engine, timeout: float = 1800) -> float:
    t0 = time.perf_counter()
    while pending(engine):
        if time.perf_counter() - t0 > timeout:
            raise SystemExit("scoring did not finish")
        time.sleep(0.05)
    return time.perf_counter() - t0


def kill_scorer(server: common.Server) -> None:
    for pid in scorer_pids(server.proc.pid):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)


def backlog(server: common.Server, site: common.Site, n: int) -> None:
    phones = [Phone(common.unit_code(i), token=site.tokens[i]) for i in range(16)]
    out = run(f"http://127.0.0.1:{server.port}", phones, count=n, door=True)
    if out.errors:
        raise SystemExit(f"backlog: {out.errors[:3]}")


_RESCORE = """
import sys, time
sys.path.insert(0, {source!r})
from server import create_app
from server.domain import results
from server.store import db
app = create_app({{"DATA_DIR": {data!r}, "DATABASE_URL": {url!r}, "BACKGROUND_SCORING": False}})
with app.app_context():
    session = db.session()
    t0 = time.perf_counter()
    results.rescore(session, {year})
    session.commit()
    print(time.perf_counter() - t0)
"""


def rescore_seconds(site: common.Site) -> float:
    """Seconds of a full rescore of the year (what `kieumau rescore` runs, its process's
    start left out), by the server's source."""
    source = os.environ.get("KIEUMAU_BENCH_SOURCE") or str(common.ROOT)
    code = _RESCORE.format(source=source, data=site.data_dir, url=site.database_url, year=YEAR)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.split()[-1])


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
    ap.add_argument("--backlog", type=int, default=3000, help="households added at the door, pending (3000)")
    ap.add_argument("--reads", type=int, default=20, help="times each read is repeated after the first (20)")
    args = ap.parse_args()

    site = common.make_site(common.PG_URL if args.db == "postgres" else None)
    engine = create_engine(site.database_url)
    source = os.environ.get("KIEUMAU_BENCH_SOURCE", "this checkout")
    print(
        f"# backlog_read: {common.machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"commit {common.git_commit()} (server from {source}), {args.db}, backlog {args.backlog}, "
        f"load {common.load()}"
    )
    server = common.Server.kieumau(site, 2, 16)
    try:
        base = f"http://127.0.0.1:{server.port}"
        run(base, [Phone(common.unit_code(i), token=site.tokens[i]) for i in range(16)], count=100)
        until_scored(engine)
        kill_scorer(server)
        backlog(server, site, args.backlog)
        print(f"pending after the crash: {pending(engine)}")
        server.stop()
        server = common.Server.kieumau(site, 2, 16)
        catch_up = until_scored(engine)
        scorer_cpu = sum(common.cpu_seconds(pid) for pid in scorer_pids(server.proc.pid))
        rescore = rescore_seconds(site)
        print(f"catch-up of {args.backlog} by the restarted server's scorer: {catch_up:.2f} s "
              f"(from the server's start; the scorer's CPU {scorer_cpu:.2f} s); "
              f"a full rescore of the same data (results.rescore, "
              f"as `kieumau rescore --year {YEAR}`): {rescore:.2f} s")  # fmt: skip

        kill_scorer(server)
        backlog(server, site, args.backlog)
        print(f"\npending while reading: {pending(engine)}, load {common.load()}")
        print("| read | first ms | p50 ms | p99 ms | says |")
        print("|---|---|---|---|---|")
        for what, first, rest, note in reads(f"http://127.0.0.1:{server.port}", args.reads):
            print(f"| {what} | {first * 1000:.0f} | {pct(rest, 50):.0f} | {pct(rest, 99):.0f} | {note} |")
        print(f"pending after the reads: {pending(engine)}")
    finally:
        server.stop()
        engine.dispose()


if __name__ == "__main__":
    main()
