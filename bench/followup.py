# ruff: noqa: E501  (the rows written read best one per line)
"""The follow-up at province scale: 500 residential groups, 1,000,000 households in the
registry, about half of them surveyed; how long the lagging page, a board's home page, the
lagging API and a day's digest run (1,000 subscribers, a real SMTP server on 127.0.0.1) take.

    .venv/bin/python bench/followup.py                    # SQLite in a temporary data folder
    .venv/bin/python bench/followup.py --db postgresql+psycopg://postgres@127.0.0.1:5432/bench_followup
    .venv/bin/python bench/followup.py --units 50 --households 100000   # smaller

The site is written straight into the database (units, households, one counting household
score per surveyed household with its submission, the units' results for nine groups in ten
(the tenth's registry is counted), registrations, reviews, reminders, users and their digest
addresses), then measured in-process through the Flask app (the page and
API requests go through the whole request path: sign-in session, scope, query, template).
Each page figure is the median of --runs requests after one warm-up; the digest run is
timed once, from a day with nothing sent."""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))

from aiosmtpd.controller import Controller  # noqa: E402
from common import empty_postgres, free_port  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402

from pagehelpers import sign_in  # noqa: E402
from server import create_app  # noqa: E402
from server.domain import accounts, aggregation, digest, followup  # noqa: E402
from server.store import db, migrate  # noqa: E402
from server.store.models import (  # noqa: E402
    DigestSubscription,
    Form,
    FormVersion,
    Household,
    Reminder,
    Review,
    Score,
    Submission,
    Unit,
    UnitResult,
    User,
    UserUnit,
)

YEAR = 2026
PASSWORD = "mat-khau-bench"
BATCH = 20_000


class Sink:
    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd's hook
        self.count = getattr(self, "count", 0) + 1
        return "250 OK"


def build(app, units: int, households: int, seed: int) -> None:
    rnd = random.Random(seed)
    engine = app.extensions["engine"]
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            insert(Unit), [{"id": 1, "code": "PS", "name": "Phường Phong Sơn", "kind": "ward", "path": "/"}]
        )
        conn.execute(
            insert(Unit),
            [
                {"id": 1 + u, "code": f"T{u:03d}", "name": f"Tổ dân phố số {u}", "kind": "residential_group",
                 "parent_id": 1, "path": "/1/"}
                for u in range(1, units + 1)
            ],
        )  # fmt: skip
        conn.execute(insert(Form), [{"id": 1, "xml_form_id": "gia_dinh_kieu_mau", "title": "Hộ"}])
        conn.execute(
            insert(FormVersion), [{"id": 1, "form_id": 1, "version": "1", "xml": b"", "md5": "0" * 32}]
        )
    per_unit = households // units
    coverage = {u: rnd.choice((0.1, 0.3, 0.5, 0.7, 0.9, 1.0)) for u in range(1, units + 1)}

    def rows():
        for u in range(1, units + 1):
            for i in range(per_unit):
                yield u, i, i < coverage[u] * per_unit

    hh, subs, scores = [], [], []
    sid = 0
    with engine.begin() as conn:
        for u, i, surveyed in rows():
            code = f"T{u:03d}-H{i:05d}"
            hh.append({"code": code, "unit_id": 1 + u, "head_name": "Nguyễn Văn An", "members": 4})
            if surveyed:
                sid += 1
                subs.append({"id": sid, "form_id": 1, "form_version_id": 1, "instance_id": f"uuid:{sid}",
                             "xml": b"", "xml_sha256": "", "unit_code": f"T{u:03d}", "year": YEAR})  # fmt: skip
                scores.append({"submission_id": sid, "form_id": 1, "year": YEAR, "unit_code": f"T{u:03d}",
                               "kind": "household", "subject": code, "counts": True, "title_reached": True})  # fmt: skip
            if len(hh) >= BATCH:
                conn.execute(insert(Household), hh)
                hh = []
            if len(subs) >= BATCH:
                conn.execute(insert(Submission), subs)
                conn.execute(insert(Score), scores)
                subs, scores = [], []
        for table, batch in ((Household, hh), (Submission, subs), (Score, scores)):
            if batch:
                conn.execute(insert(table), batch)
        # the results as the scorer keeps them, for nine groups in ten (the tenth is counted)
        conn.execute(
            insert(UnitResult),
            [{"year": YEAR, "unit_id": 1 + u, "figures": {"own": (f := {**aggregation.empty_figures(),
                "households_registry": per_unit,
                "households_surveyed": (n := sum(1 for i in range(per_unit) if i < coverage[u] * per_unit)),
                "model_households": n}), "total": f}}
             for u in range(1, units + 1) if u % 10],
        )  # fmt: skip
        # registrations of 80% of the groups, reviews of half, a reminder to a quarter
        regs = [u for u in range(1, units + 1) if rnd.random() < 0.8]
        conn.execute(
            insert(Submission),
            [{"id": sid + k + 1, "form_id": 1, "form_version_id": 1, "instance_id": f"uuid:reg{u}", "xml": b"",
              "xml_sha256": "", "unit_code": f"T{u:03d}", "year": YEAR} for k, u in enumerate(regs)],
        )  # fmt: skip
        conn.execute(
            insert(Score),
            [{"submission_id": sid + k + 1, "form_id": 1, "year": YEAR, "unit_code": f"T{u:03d}",
              "kind": "registration", "subject": f"T{u:03d}", "counts": True} for k, u in enumerate(regs)],
        )  # fmt: skip
        conn.execute(
            insert(Review),
            [{"year": YEAR, "unit_id": 1 + u, "state": "reviewed", "meeting_date": f"{YEAR}-11-20"}
             for u in range(1, units + 1) if u % 2 == 0],
        )  # fmt: skip
        # boards and volunteers (one each per group) with digest addresses; no password: they only get mail
        conn.execute(
            insert(User),
            [{"id": 10 + 2 * u + k, "username": f"{role}{u:03d}", "role": role}
             for u in range(1, units + 1) for k, role in enumerate(("board", "volunteer"))],
        )  # fmt: skip
        conn.execute(
            insert(UserUnit),
            [{"user_id": 10 + 2 * u + k, "unit_id": 1 + u} for u in range(1, units + 1) for k in range(2)],
        )
        conn.execute(
            insert(DigestSubscription),
            [{"user_id": 10 + 2 * u + k, "email": f"u{u}k{k}@example.vn", "active": True}
             for u in range(1, units + 1) for k in range(2)],
        )  # fmt: skip
        if engine.dialect.name == "postgresql":
            for table in ("unit", "user", "submission", "score", "household", "review"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), (SELECT max(id) FROM \"{table}\"))"
                )
            conn.exec_driver_sql("ANALYZE")
    with app.app_context():
        s = db.session()
        bcd = accounts.add_user(s, "bcd", "committee", PASSWORD, app.config["REALM"])
        board = accounts.add_user(s, "bvd001", "board", PASSWORD, app.config["REALM"])
        accounts.assign(s, board, ["T001"])
        s.commit()
        s.execute(
            insert(Reminder),
            [{"year": YEAR, "unit_id": 1 + u, "message": "Đề nghị tổ khẩn trương khảo sát.", "reasons": [],
              "sent_by": bcd.id} for u in range(1, units + 1, 4)],
        )  # fmt: skip
        today = followup.local_today()
        steps = {"survey_start": (today - timedelta(days=30)).isoformat(), "survey_end": today.isoformat()}
        followup.set_calendar(s, bcd, app.config, YEAR, steps)
        s.commit()
    print(
        f"built {units} units, {units * per_unit:,} households, {sid:,} surveyed in {time.perf_counter() - started:.0f} s"
    )


def timed(fn, runs: int) -> tuple[float, object]:
    fn()  # warm-up
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--db", help="a PostgreSQL URL (emptied first); default SQLite in a temporary folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build the site in this folder and keep it (SQLite)")
    parser.add_argument("--reuse", type=Path, help="measure the site a --keep run left there (no build)")
    args = parser.parse_args()
    folder = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="kieumau-bench-followup-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        url = args.db or f"sqlite:///{folder / 'kieumau.db'}"
        if args.db and not args.reuse:
            empty_postgres(args.db)
        migrate.upgrade(url)
        port = free_port()
        app = create_app(
            {"DATA_DIR": str(folder), "DATABASE_URL": url, "SECRET_KEY": "bench", "BACKGROUND_SCORING": False,
             "SMTP_HOST": "127.0.0.1", "SMTP_PORT": port, "SMTP_FROM": "bcd@phongson.example.vn"}
        )  # fmt: skip
        if not args.reuse:
            build(app, args.units, args.households, args.seed)
        kind = app.extensions["engine"].dialect.name
        committee = app.test_client()
        sign_in(committee, "bcd", PASSWORD)
        board = app.test_client()
        sign_in(board, "bvd001", PASSWORD)

        def get(client, path: str) -> str:
            resp = client.get(path)
            assert resp.status_code == 200, (path, resp.status_code)
            return resp.text

        page, text = timed(lambda: get(committee, f"/years/{YEAR}/followup"), args.runs)
        lagging = text.count('class="unit-row"')
        api, _ = timed(lambda: get(committee, f"/api/v1/years/{YEAR}/lagging"), args.runs)
        home, _ = timed(lambda: get(board, "/"), args.runs)
        board_results, _ = timed(lambda: get(board, f"/years/{YEAR}"), args.runs)
        town_results, _ = timed(lambda: get(committee, f"/years/{YEAR}"), args.runs)
        smtp = Controller(Sink(), hostname="127.0.0.1", port=port)
        smtp.start()
        try:
            with app.app_context():
                day = date(YEAR, 12, 12)
                db.session().execute(
                    update(DigestSubscription).values(last_sent_on="")
                )  # a --reuse run again
                db.session().commit()
                t0 = time.perf_counter()
                result = digest.run(db.session(), app.config, day)
                run = time.perf_counter() - t0
                t0 = time.perf_counter()
                again = digest.run(db.session(), app.config, day)
                rerun = time.perf_counter() - t0
        finally:
            smtp.stop()
        print(f"{kind}: {args.units} units, {args.households:,} households; median of {args.runs}")
        print(f"  follow-up page (committee, {lagging} lagging units listed): {page * 1000:.0f} ms")
        print(f"  GET /api/v1/years/{YEAR}/lagging: {api * 1000:.0f} ms")
        print(f"  a board's home page (what is due): {home * 1000:.0f} ms")
        print(f"  a board's results page (its group, ranked among the ward's): {board_results * 1000:.0f} ms")
        print(f"  the committee's results page (every unit): {town_results * 1000:.0f} ms")
        print(
            f"  digest run: {result.sent} sent, {result.nothing_due} nothing due, {result.failed} failed in {run:.1f} s"
        )
        print(f"  the same day again: {again.sent} sent in {rerun:.1f} s")
    finally:
        if not (args.keep or args.reuse):
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
