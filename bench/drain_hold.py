"""How long the scorer holds SQLite's write lock per batch: what a phone's submission can
wait for behind it.

    .venv/bin/python bench/drain_hold.py [-n 2000] [--door]

A fresh site (bench/common.py), `-n` household submissions stored through the OpenRosa
endpoint (in process, Flask's test client) and left pending, then one drain of them, in
this process, timing every hold of the write lock (jobs/scorer.py's store_db.write_lock).
Printed: batches, the holds' median, p95 and longest, the CPU the drain's thread spent while
holding the lock (on a busy machine the holds stretch while the drain waits for a core; the
CPU does not), and the drain's seconds and CPU seconds.
`--streaming`: drained in batches, as while a stream goes on (a backlog is otherwise caught up
by a rescore of its year). `--door`: households added at the door (each grows its unit's registry). With
KIEUMAU_BENCH_SOURCE, the server code of another tree (a "before").
`--history loaded|none|off`: GD15 reads the recognition history (`consecutive-years()`) and
every roster household has three years of it (loaded, the default), or none; `off`: GD15
answered from the form instead (its condition swapped for `true()`), so no history is read:
the difference is what loading the history costs per batch. Also printed: statements that
read the history table, against the batches."""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import time
import uuid

import common

XML = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    '<data id="gia_dinh_kieu_mau" version="2026120703"><unit>{unit}</unit><year>2026</year>'
    "<new_household>{new}</new_household><household>{household}</household><head_name>{head}</head_name>"
    "<address/><members>4</members><hh_members>4</hh_members><location/><photo/><nhom_kinh_te><ho_ngheo>no"
    "</ho_ngheo><thu_nhap>yes</thu_nhap><nha_o>kien_co</nha_o></nhom_kinh_te><nhom_moi_truong><canh_quan>vuon"
    "</canh_quan><nuoc_sach>yes</nuoc_sach><nha_tieu>yes</nha_tieu><phan_loai_rac>yes</phan_loai_rac>"
    "</nhom_moi_truong><nhom_suc_khoe><so_bhyt>4</so_bhyt></nhom_suc_khoe><nhom_phap_luat><bao_luc_gd>no"
    "</bao_luc_gd><te_nan>no</te_nan><nep_song>yes</nep_song></nhom_phap_luat>"
    "<nhom_khong_xet><truy_cuu_hs>no</truy_cuu_hs><tron_nghia_vu>no</tron_nghia_vu><tao_hon>no</tao_hon><xu_phat_hc>no</xu_phat_hc></nhom_khong_xet><meta>"
    "<instanceID>uuid:{iid}</instanceID></meta></data>"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="submissions pending before the drain (2000)")
    ap.add_argument("--door", action="store_true", help="households added at the door")
    ap.add_argument(
        "--streaming", action="store_true",
        help="drain as the scorer does while submissions still arrive: in batches, never by a rescore",
    )  # fmt: skip
    ap.add_argument("--history", choices=("loaded", "none", "off"), default="loaded")
    args = ap.parse_args()
    site = common.make_site()
    from sqlalchemy import event

    from server import create_app
    from server.jobs import scorer

    _history(site, args.history)

    app = create_app(
        {"DATA_DIR": site.data_dir, "DATABASE_URL": site.database_url, "BACKGROUND_SCORING": False}
    )
    client = app.test_client()
    ctype = f"multipart/form-data; boundary={common.BOUNDARY}"

    def post(i: int, door: bool) -> None:
        unit = common.unit_code(i)
        household = f"D{i}" if door else f"{unit}-H{(i // common.UNITS) % common.HOUSEHOLDS}"
        xml = XML.format(
            unit=unit, new="yes" if door else "no", household=household, head="Hộ mới" if door else "",
            iid=uuid.uuid4(),
        ).encode()  # fmt: skip
        resp = client.post(f"/key/{site.tokens[i % common.UNITS]}/submission", data=common.multipart(xml),
                           content_type=ctype)  # fmt: skip
        assert resp.status_code == 201, resp.data

    for i in range(100):  # the year gets its results
        post(i, False)
    scorer.drain(app)
    for i in range(100, 100 + args.n):
        post(i, args.door)

    holds: list[float] = []
    cpu_holds: list[float] = []  # CPU of this thread while it held the lock: what the hold is
    real = scorer.store_db.write_lock  # on an idle machine, whatever else runs here

    @contextlib.contextmanager
    def timed():
        with real():
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                yield
            finally:
                holds.append(time.perf_counter() - t0)
                cpu_holds.append(time.thread_time() - c0)

    scorer.store_db.write_lock = timed
    reads = [0]

    def count(_conn, _cursor, statement, *_a) -> None:
        if "FROM recognition" in statement:
            reads[0] += 1

    event.listen(app.extensions["engine"], "before_cursor_execute", count)
    cpu0, t0 = sum(os.times()[:2]), time.perf_counter()
    scored = scorer.drain(app, streaming=args.streaming)
    seconds, cpu = time.perf_counter() - t0, sum(os.times()[:2]) - cpu0
    holds.sort()
    cpu_holds.sort()
    source = os.environ.get("KIEUMAU_BENCH_SOURCE") or "this checkout"
    print(
        f"drain_hold ({source}, {'door' if args.door else 'roster'} households, history {args.history},"
        f" load {common.load()}): {reads[0]} history reads; "
        f"{scored} scored in {seconds:.2f} s ({cpu:.2f} s CPU), {len(holds)} holds of the write lock: "
        f"median {statistics.median(holds) * 1000:.1f} ms, "
        f"p95 {holds[int(0.95 * len(holds))] * 1000:.1f} ms, "
        f"longest {holds[-1] * 1000:.1f} ms; CPU while holding it: median "
        f"{statistics.median(cpu_holds) * 1000:.1f} ms, "
        f"p95 {cpu_holds[int(0.95 * len(cpu_holds))] * 1000:.1f} ms, "
        f"in all {sum(cpu_holds):.2f} s"
    )


def _history(site: common.Site, mode: str) -> None:
    """The roster households' «Gia đình văn hóa» years 2023-2025 (loaded), or GD15 swapped for
    a condition that reads no history (off)."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from server.domain.history_import import import_history
    from server.store.models import Form, FormVersion, Household, Unit

    engine = create_engine(site.database_url)
    with Session(engine) as s:
        if mode == "loaded":
            rows = s.execute(select(Household.code, Unit.code).join(Unit, Household.unit_id == Unit.id)).all()
            lines = ["year,unit,household,title"]
            lines += [f"{y},{u},{h},Gia đình văn hóa" for h, u in rows for y in (2023, 2024, 2025)]
            import_history(s, "\n".join(lines).encode(), "history.csv")
        elif mode == "off":
            form = s.scalar(select(Form).where(Form.xml_form_id == "gia_dinh_kieu_mau"))
            version = s.get(FormVersion, form.current_version_id)
            sheet = dict(version.scoring)
            sheet["criteria"] = [
                {**c, "condition_text": "true()"} if c["code"] == "GD15" else c for c in sheet["criteria"]
            ]
            version.scoring = sheet
        s.commit()
    engine.dispose()


if __name__ == "__main__":
    main()
