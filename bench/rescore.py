"""Full rescore of a synthetic campaign year, and the incremental update of one submission.

    .venv/bin/python bench/rescore.py                       # 100k households, SQLite, ~2 min
    .venv/bin/python bench/rescore.py --db postgresql+psycopg://postgres@127.0.0.1:5432/bench_rescore
    .venv/bin/python bench/rescore.py --households 1000000 --db postgresql+psycopg://...  # province

The year is written straight into a fresh database with bulk inserts (COPY on PostgreSQL),
not through the OpenRosa endpoint: a province (PROV > towns > residential groups, --units in
all), the registry (households, K adults each), and per household one household submission
and one per adult, with the answers the bundled forms produce (demo.py's templates, each
answer turned bad now and then), 2% resubmissions, 0.5% edits, a group assessment and a
registration per group. The bundled forms are imported first, so the scoring sheets are the
real ones. Then: a first rescore gives the year its scores; 0.1% of them are rejected by the
board; the timed rescore follows (with its phases; nothing changed, so nothing is written),
then a scoring-sheet change of the household form and a rescore (a quarter of the scores
rewritten), then `receive()` of new submissions one at a time (each committed), median of
--incremental runs. The database is kept (its URL
is printed) unless --drop. The submission XML column holds a placeholder: rescore never
reads it."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # formdata.instance_xml, for the incremental submissions

from common import empty_postgres  # noqa: E402
from sqlalchemy import create_engine, insert, select, text, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from server.domain import demo, results  # noqa: E402
from server.domain import forms as forms_domain  # noqa: E402
from server.store import migrate  # noqa: E402
from server.store.db import make_engine  # noqa: E402
from server.store.models import Citizen, Form, Household, Score, Submission, Unit, User  # noqa: E402

try:  # the entry point's process settings for a rescore (as `kieumau rescore` sets them)
    from server.runtime import bulk_job
except ImportError:  # a server tree (KIEUMAU_BENCH_SOURCE) whose rescore sets them itself
    from contextlib import nullcontext as bulk_job

YEAR = 2026
STEPS = ("generate", "reject", "rescore", "sheet", "incremental")
TOWNS = 25
BATCH = 20_000


def fresh_database(url: str | None) -> str:
    if url is None:
        return f"sqlite:///{tempfile.mkdtemp(prefix='kieumau-rescore-')}/kieumau.db"
    if url.startswith("postgresql"):
        empty_postgres(url)
    return url


def bulk(conn, table, rows) -> None:  # a SQLAlchemy Connection and Table
    """Insert dict rows: COPY on PostgreSQL, Core executemany elsewhere."""
    rows = list(rows)
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    raw = conn.connection.driver_connection
    with raw.cursor().copy(f'COPY "{table.name}" ({", ".join(cols)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([_json(row[c]) for c in cols])


def _json(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def batched(rows, size: int = BATCH):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def make_units(conn, n: int) -> list[tuple[int, str]]:
    """PROV > TOWNS towns > the rest as residential groups. Returns the groups (id, code)."""
    towns = min(TOWNS, max(1, (n - 1) // 20))
    rows = [dict(id=1, code="PROV", name="Tỉnh", kind="province", parent_id=None, path="/")]
    rows += [
        dict(id=1 + t, code=f"T{t:02d}", name=f"Thị trấn {t}", kind="town", parent_id=1, path="/1/")
        for t in range(1, towns + 1)
    ]
    groups = []
    for g in range(n - 1 - towns):
        uid, town = 2 + towns + g, 2 + g % towns
        rows.append(
            dict(id=uid, code=f"TDP{g:04d}", name=f"Tổ {g}", kind="residential_group", parent_id=town,
                 path=f"/1/{town}/")
        )  # fmt: skip
        groups.append((uid, f"TDP{g:04d}"))
    bulk(conn, Unit.__table__, rows)
    return groups


def vary(rnd: random.Random, good: dict, bad: dict, quality: float) -> dict:
    """A demo.py answer template, each answer bad with some chance unless exemplary."""
    if rnd.random() < quality:
        return dict(good)
    return {k: (v if rnd.random() < 0.85 else bad[k]) for k, v in good.items()}


def generate(url: str, households: int, per_household: int, n_units: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    engine = create_engine(url)
    with Session(engine) as s:
        for path in forms_domain.workbook_paths([ROOT / "forms"]):
            forms_domain.import_path(s, path)
        s.add(User(username="admin", role="admin"))
        s.commit()
        ids = {f.xml_form_id: (f.id, f.current_version_id) for f in s.scalars(select(Form))}
    with engine.begin() as conn:
        groups = make_units(conn, n_units)
        now = datetime.now()
        hh = (
            {"id": i + 1, "code": f"H{i:07d}", "unit_id": groups[i % len(groups)][0], "head_name": "",
             "address": "", "members": per_household + 1, "is_new": False, "version": 1, "updated_at": now}
            for i in range(households)
        )  # fmt: skip
        for chunk in batched(hh):
            bulk(conn, Household.__table__, chunk)
        cd = (
            {"id": i * per_household + j + 1, "code": f"H{i:07d}-C{j}", "household_id": i + 1,
             "full_name": f"Công dân {j}", "birth_year": 1980, "sex": "", "is_new": False}
            for i in range(households)
            for j in range(per_household)
        )  # fmt: skip
        for chunk in batched(cd):
            bulk(conn, Citizen.__table__, chunk)
    start = datetime(YEAR, 11, 1)
    serial = iter(range(1, 1 << 40))

    def sub(form: str, unit: str, data: dict, iid: str | None = None, **extra) -> dict:
        n = next(serial)
        form_id, version_id = ids[form]
        row = dict(
            id=n, form_id=form_id, form_version_id=version_id, instance_id=iid or f"uuid:{uuid.UUID(int=n)}",
            deprecated_id=None, current=True, xml=b"<placeholder/>", xml_sha256="0" * 64,
            data={"unit": unit, "year": str(YEAR), **data}, unit_code=unit,
            year=YEAR, expected_files=[], device_id="bench", user_agent="bench",
            received_at=start + timedelta(seconds=n * 2),
        )  # fmt: skip
        row.update(extra)
        return row

    def rows():
        for _uid, code in groups:
            reg = {"so_ho_dang_ky": "1900", "so_cong_dan_dang_ky": "5000", "dang_ky_tdp": "yes"}
            yield sub("dang_ky_thi_dua", code, reg)
        quality = 0.75
        for i in range(households):
            code = groups[i % len(groups)][1]
            members = per_household + 1
            answers = vary(rnd, demo.HOUSEHOLD_OK, demo.HOUSEHOLD_BAD, quality)
            answers.update(
                new_household="no", household=f"H{i:07d}", hh_members=str(members),
                so_bhyt=str(members if rnd.random() < 0.9 else members - 1),
                so_tre_tuoi_hoc=str(rnd.choice((0, 0, 1, 2))), so_lao_dong="2",
                so_co_viec=str(rnd.choice((1, 2, 2, 2))), _running=rnd.choice((1, 2, 3, 4, 5, 6)),
            )  # fmt: skip
            answers.pop("_running")  # GD15 now reads the history; the draw keeps the sequence
            answers["so_tre_di_hoc"] = answers["so_tre_tuoi_hoc"] if rnd.random() < 0.95 else "0"
            first = sub("gia_dinh_kieu_mau", code, answers)
            yield first
            r = rnd.random()
            if r < 0.02:  # surveyed again later: supersedes
                yield sub("gia_dinh_kieu_mau", code, {**answers, "ho_ngheo": "no"})
            elif r < 0.025:  # edited on the phone: the first one stops being current
                first["current"] = False
                yield sub(
                    "gia_dinh_kieu_mau", code, {**answers, "so_bhyt": "1"}, deprecated_id=first["instance_id"]
                )
            for j in range(per_household):
                c = vary(rnd, demo.CITIZEN_OK, demo.CITIZEN_BAD, quality + 0.05)
                c.update(household=f"H{i:07d}", new_citizen="no", citizen=f"H{i:07d}-C{j}")
                yield sub("cong_dan_kieu_mau", code, c)
                if rnd.random() < 0.01:
                    yield sub("cong_dan_kieu_mau", code, {**c, "te_nan": "no"})
        for _uid, code in groups:
            yield sub(
                "to_dan_pho_kieu_mau", code, dict(demo.GROUP_OK, nha_van_hoa=rnd.choice(("yes", "yes", "no")))
            )

    with engine.begin() as conn:
        for chunk in batched(rows()):
            bulk(conn, Submission.__table__, chunk)
        if conn.dialect.name == "postgresql":
            for table in ("unit", "household", "citizen", "submission"):
                conn.execute(text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))"))
            conn.execute(text("ANALYZE"))
    engine.dispose()


def reject_some(url: str, share: float = 0.001) -> int:
    """The board rejects every 1/share-th counting score (the rescore must keep these)."""
    engine = create_engine(url)
    with Session(engine) as s:
        step = int(1 / share)
        n = s.execute(
            update(Score)
            .where(Score.id % step == 0)
            .values(rejected=True, reject_reason="sai hộ / wrong household")
        ).rowcount
        s.commit()
    engine.dispose()
    return n


def change_sheet(url: str) -> str:
    """A scoring-sheet change of one form: the household form's first criterion is worth one
    point more (one point less when run again), so every household score changes."""
    from server.store.models import FormVersion

    engine = create_engine(url)
    with Session(engine) as s:
        form = s.scalar(select(Form).where(Form.xml_form_id == "gia_dinh_kieu_mau"))
        version = s.get(FormVersion, form.current_version_id)
        sheet = json.loads(json.dumps(version.scoring))
        first = sheet["criteria"][0]
        first["points"] += -1 if first["points"] % 2 == 0 else 1
        version.scoring = sheet
        s.commit()
    engine.dispose()
    return f"{first['code']} = {first['points']} points"


def time_rescore(url: str) -> dict:
    """One full rescore in its own transaction, committed; phases when rescore reports them.
    CPU seconds too (this process, its main thread -- the rest is the thread reading the
    next batch -- and the PostgreSQL backend read from /proc when the server is local):
    other work on the machine stretches wall time, not CPU time. The app's
    engine (on SQLite: WAL, synchronous=FULL, usable from the rescore's reading thread)."""
    engine = make_engine(url)
    timings: dict[str, float] = {}
    with Session(engine) as s:
        backend = _backend_cpu(s)
        cpu0, main0, pg0 = time.process_time(), time.thread_time(), backend()
        t0 = time.perf_counter()
        with bulk_job(engine.dialect.name == "sqlite"):
            count = results.rescore(s, YEAR, timings=timings)
        t1 = time.perf_counter()
        main = time.thread_time() - main0
        s.commit()
        t2 = time.perf_counter()
        cpu, pg = time.process_time() - cpu0, backend() - pg0
    engine.dispose()
    written, flags = timings.pop("rows_written", None), timings.pop("counts_set", None)
    return {"submissions": count, "rescore_s": t1 - t0, "commit_s": t2 - t1, "python_cpu_s": cpu,
            "main_thread_cpu_s": main, "postgres_cpu_s": pg, "rows_written": written, "counts_set": flags,
            "phases": {k: round(v, 2) for k, v in timings.items()}}  # fmt: skip


def _backend_cpu(s: Session):  # a () -> float
    if s.get_bind().dialect.name != "postgresql":
        return lambda: 0.0
    pid = s.scalar(text("SELECT pg_backend_pid()"))
    tick = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / tick

    return read


def time_incremental(url: str, runs: int) -> dict:
    """`receive()` of new household and citizen submissions, each then committed (what a POST
    does before its 201), then the scoring queue drained: the incremental update of that one
    submission's score, its unit and every level above (what the scorer thread does)."""
    from formdata import instance_xml
    from server import create_app
    from server.domain.submissions import Upload, receive
    from server.jobs import scorer
    from server.store import blob_store
    from server.store.users import caller_by_username

    engine = create_engine(url)
    forms = ROOT / "forms"
    took, commits, scored = [], [], []
    data_dir = tempfile.mkdtemp(prefix="kieumau-rescore-data-")
    app = create_app(
        {"DATA_DIR": data_dir, "DATABASE_URL": url, "SECRET_KEY": "bench", "BACKGROUND_SCORING": False}
    )
    scorer.drain(app)  # anything left pending by an earlier step
    blobs = blob_store.for_app(app)
    with Session(engine) as s:
        admin = caller_by_username(s.connection(), "admin")
        for n in range(runs):
            if n % 2:
                answers = {
                    **demo.CITIZEN_OK,
                    "household": f"H{n:07d}",
                    "new_citizen": "no",
                    "citizen": f"H{n:07d}-C0",
                }
                xml = instance_xml(
                    forms / "cong_dan_kieu_mau.xlsx",
                    {"unit": _unit_of(s, n), "year": str(YEAR), **answers},
                    f"uuid:{uuid.uuid4()}",
                )
            else:
                answers = {
                    **demo.HOUSEHOLD_OK,
                    "household": f"H{n:07d}",
                    "new_household": "no",
                    "hh_members": "4",
                    "so_bhyt": "4",
                    "so_tre_tuoi_hoc": "0",
                    "so_lao_dong": "2",
                    "so_co_viec": "2",
                }
                xml = instance_xml(
                    forms / "gia_dinh_kieu_mau.xlsx",
                    {"unit": _unit_of(s, n), "year": str(YEAR), **answers},
                    f"uuid:{uuid.uuid4()}",
                )
            t0 = time.perf_counter()
            receive(s, Upload(xml, {}), admin, blobs)
            t1 = time.perf_counter()
            s.commit()
            took.append((t1 - t0) * 1000)
            commits.append((time.perf_counter() - t1) * 1000)
            t2 = time.perf_counter()
            assert scorer.drain(app) == 1
            scored.append((time.perf_counter() - t2) * 1000)
    engine.dispose()
    app.extensions["engine"].dispose()
    return {"receive_ms_median": statistics.median(took), "receive_ms_max": max(took),
            "commit_ms_median": statistics.median(commits), "scored_ms_median": statistics.median(scored),
            "scored_ms_max": max(scored), "runs": runs}  # fmt: skip


def _unit_of(s: Session, n: int) -> str:
    return s.scalar(
        select(Unit.code).join(Household, Household.unit_id == Unit.id).where(Household.code == f"H{n:07d}")
    )


def step(args: argparse.Namespace) -> dict:
    t0 = time.perf_counter()
    if args.step == "generate":
        generate(args.db, args.households, args.citizens_per_household, args.units)
        out: dict = {"generate_s": time.perf_counter() - t0}
    elif args.step == "reject":
        out = {"rejected": reject_some(args.db)}
    elif args.step == "rescore":
        out = time_rescore(args.db)
    elif args.step == "sheet":
        out = {"sheet": change_sheet(args.db), **time_rescore(args.db)}
    else:
        out = time_incremental(args.db, args.incremental)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--households", type=int, default=100_000)
    p.add_argument("--citizens-per-household", type=int, default=3)
    p.add_argument("--units", type=int, default=500)
    p.add_argument("--db", help="database URL (emptied!); default a new SQLite file")
    p.add_argument("--incremental", type=int, default=9, help="single submissions timed")
    p.add_argument(
        "--steps",
        default="generate,rescore,reject,rescore,sheet,incremental",
        help="comma-separated; without generate, --db must already hold the year",
    )
    p.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.step:  # one step in its own process, so its peak memory is its own
        print(json.dumps(step(args)))
        return
    import subprocess

    steps = args.steps.split(",")
    url = fresh_database(args.db) if "generate" in steps else args.db
    if "generate" in steps:
        migrate.upgrade(url)
    print(f"database {url}", file=sys.stderr, flush=True)
    base = [sys.executable, __file__, "--db", url, "--households", str(args.households),
            "--citizens-per-household", str(args.citizens_per_household), "--units", str(args.units),
            "--incremental", str(args.incremental)]  # fmt: skip
    for name in steps:
        out = subprocess.run([*base, "--step", name], check=True, stdout=subprocess.PIPE, text=True).stdout
        print(f"{name:12} {out.strip()}", flush=True)


if __name__ == "__main__":
    main()
