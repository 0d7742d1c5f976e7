# ruff: noqa: E501  (the rows written read best one per line)
"""Plans at province scale: 500 residential groups, each with a plan of three focus
criteria, and a mid-year inspection round that surveyed a third of 1,000,000 households;
how long GET /api/v1/years/<y>/plans (every unit's roadmap progress), a unit's plan page
and the rounds page take, and plans.unit_progress alone (what the follow-up page calls):
the first read after a round score was added counts the round, later ones reuse it.

    .venv/bin/python bench/plans.py                    # SQLite in a temporary data folder
    .venv/bin/python bench/plans.py --db postgresql+psycopg://postgres@127.0.0.1:5432/bench_plans
    .venv/bin/python bench/plans.py --units 50 --households 100000   # smaller

The site is written straight into the database (units, the bundled forms, one submission
and round score per surveyed household, the units' November figures, plans), then measured
in-process through the Flask app (sign-in session, scope, queries, template or JSON). Each
figure is the median of --runs after one warm-up."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))

from common import empty_postgres  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from pagehelpers import sign_in  # noqa: E402
from server import create_app  # noqa: E402
from server.domain import accounts, plans  # noqa: E402
from server.domain import forms as forms_domain  # noqa: E402
from server.store import db, migrate  # noqa: E402
from server.store.models import Form, Submission, Unit, UnitResult  # noqa: E402
from server.store.plan_models import InspectionRound, PlanTarget, RoundScore, UnitPlan  # noqa: E402

YEAR = 2026
PASSWORD = "mat-khau-bench"
BATCH = 20_000
CODES = [f"GD{i:02d}" for i in range(1, 16)]


def build(app, units: int, households: int, seed: int) -> int:
    rnd = random.Random(seed)
    engine = app.extensions["engine"]
    started = time.perf_counter()
    with app.app_context():
        s = db.session()
        for name in ("gia_dinh_kieu_mau", "cong_dan_kieu_mau", "to_dan_pho_kieu_mau"):
            forms_domain.import_path(s, ROOT / "forms" / f"{name}.xlsx")
        s.commit()
        form = s.query(Form).filter_by(xml_form_id="gia_dinh_kieu_mau").one()
        form_id, version_id = form.id, form.current_version_id
    per_unit = households // units
    opened = datetime(YEAR, 6, 1)
    with engine.begin() as conn:
        conn.execute(
            insert(Unit), [{"id": 1, "code": "PS", "name": "Phường Phong Sơn", "kind": "ward", "path": "/"}]
        )
        conn.execute(
            insert(Unit),
            [{"id": 1 + u, "code": f"T{u:03d}", "name": f"Tổ dân phố số {u}", "kind": "residential_group",
              "parent_id": 1, "path": "/1/"} for u in range(1, units + 1)],
        )  # fmt: skip
        conn.execute(insert(InspectionRound), [{"id": 1, "year": YEAR, "title": "Kiểm tra giữa năm", "scope": "sample",
                                                "note": "", "opened_at": opened, "closed_at": datetime(YEAR, 6, 30)}])  # fmt: skip
        subs, scores, sid = [], [], 0
        for u in range(1, units + 1):
            for i in range(0, per_unit, 3):
                sid += 1
                code = f"T{u:03d}"
                subs.append({"id": sid, "form_id": form_id, "form_version_id": version_id, "instance_id": f"uuid:{sid}",
                             "xml": b"", "xml_sha256": "", "unit_code": code, "year": YEAR, "round_id": 1,
                             "received_at": opened})  # fmt: skip
                scores.append({"round_id": 1, "submission_id": sid, "unit_code": code, "kind": "household",
                               "subject": f"{code}-H{i:05d}", "points": 80.0, "max_points": 100.0, "title_reached": True,
                               "criteria": [[c, rnd.random() < 0.8, 5] for c in CODES], "received_at": opened, "latest": True})  # fmt: skip
                if len(subs) >= BATCH:
                    conn.execute(insert(Submission), subs)
                    conn.execute(insert(RoundScore), scores)
                    subs, scores = [], []
        if subs:
            conn.execute(insert(Submission), subs)
            conn.execute(insert(RoundScore), scores)
        conn.execute(
            insert(UnitResult),
            [{"year": YEAR, "unit_id": 1 + u, "figures": {"own": {"households_registry": per_unit, "criteria": {
                "household": {c: [int(per_unit * 0.8), per_unit] for c in CODES}}}}} for u in range(1, units + 1)],
        )  # fmt: skip
        conn.execute(insert(UnitPlan), [{"id": u, "year": YEAR, "unit_id": 1 + u, "state": "approved", "note": "",
                                         "updated_at": opened} for u in range(1, units + 1)])  # fmt: skip
        conn.execute(
            insert(PlanTarget),
            [{"plan_id": u, "kind": "household", "code": c, "target_share": 0.9, "target_date": f"{YEAR}-{m:02d}-30",
              "responsible": "Chi hội Phụ nữ", "notes": ""} for u in range(1, units + 1) for c, m in (("GD05", 6), ("GD07", 9), ("GD08", 11))],
        )  # fmt: skip
        if engine.dialect.name == "postgresql":
            for table in ("unit", "submission", "round_score", "unit_plan", "inspection_round"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), (SELECT max(id) FROM \"{table}\"))"
                )
            conn.exec_driver_sql("ANALYZE")
    with app.app_context():
        s = db.session()
        accounts.add_user(s, "bcd", "committee", PASSWORD, app.config["REALM"])
        s.commit()
    print(f"built {units} units, {sid:,} round scores in {time.perf_counter() - started:.0f} s")
    return sid


def timed(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--db", help="a PostgreSQL URL (emptied first); default SQLite in a temporary folder")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kieumau-bench-plans-"))
    try:
        url = args.db or f"sqlite:///{folder / 'kieumau.db'}"
        if args.db:
            empty_postgres(args.db)
        migrate.upgrade(url)
        app = create_app(
            {"DATA_DIR": str(folder), "DATABASE_URL": url, "SECRET_KEY": "bench", "BACKGROUND_SCORING": False}
        )
        build(app, args.units, args.households, args.seed)
        kind = app.extensions["engine"].dialect.name
        committee = app.test_client()
        sign_in(committee, "bcd", PASSWORD)

        def get(path: str) -> str:
            resp = committee.get(path)
            assert resp.status_code == 200, (path, resp.status_code)
            return resp.text

        def progress() -> None:
            with app.app_context():
                plans.unit_progress(db.session(), YEAR, None, date(YEAR, 12, 1))

        t0 = time.perf_counter()
        progress()  # the first read: every unit's round counts are counted, then kept
        cold = time.perf_counter() - t0
        api = timed(lambda: json.loads(get(f"/api/v1/years/{YEAR}/plans?per_page=1000")), args.runs)
        page = timed(lambda: get(f"/plans/{YEAR}/T001"), args.runs)
        year_page = timed(lambda: get(f"/plans/{YEAR}"), args.runs)
        rounds = timed(lambda: get(f"/rounds/{YEAR}"), args.runs)
        alone = timed(progress, args.runs)
        print(f"{kind}: {args.units} units, {args.households:,} households; median of {args.runs}")
        print(
            f"  plans.unit_progress, every unit: first {cold * 1000:.0f} ms (round counted), then {alone * 1000:.0f} ms"
        )
        print(f"  GET /api/v1/years/{YEAR}/plans: {api * 1000:.0f} ms")
        print(
            f"  /plans/{YEAR} (every unit): {year_page * 1000:.0f} ms; one unit's plan page: {page * 1000:.0f} ms"
        )
        print(f"  /rounds/{YEAR}: {rounds * 1000:.0f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
