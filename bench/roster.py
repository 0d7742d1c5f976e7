"""A 100,000-row household roster: how long `kieumau roster import` takes, and how long the
admin page's upload request is held.

    .venv/bin/python bench/roster.py                      # 100,000 rows, SQLite, CLI and page
    .venv/bin/python bench/roster.py --rows 20000 --db postgresql+psycopg://postgres@127.0.0.1:5432/bench
    .venv/bin/python bench/roster.py --keep roster.csv    # also keep the generated file
    .venv/bin/python bench/roster.py --code /tmp/old      # the source in /tmp/old (git archive REV | tar -x)

The file has one row per adult: 50 residential groups (created by the file itself, with
unit_name), three adults per household, Vietnamese names, the columns of README's roster
section. Each measure runs on a fresh data folder (and an emptied database for PostgreSQL):

- cli: `kieumau roster import FILE`, wall time of the whole command;
- page: `kieumau serve`, an admin signs in, POSTs the file to /admin/roster; the time until
  the page answers, then the time until the status the page shows says the import ended.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import KIEUMAU, empty_postgres, free_port  # noqa: E402

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
GIVEN = ("Văn An", "Thị Bình", "Minh Châu", "Đức Dũng", "Thị Hà", "Quốc Huy", "Thu Lan", "Văn Nam")
HEADER = [
    "unit",
    "unit_name",
    "household",
    "head_name",
    "address",
    "members",
    "citizen",
    "full_name",
    "birth_year",
    "sex",
]


def roster_csv(rows: int, seed: int = 1) -> bytes:
    """`rows` adults, three per household, 50 groups."""
    rnd = random.Random(seed)
    head = ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for i in range(rows):
        hh = i // 3
        unit = f"TDP{hh % 50 + 1:02d}"
        name = f"{rnd.choice(FAMILY)} {rnd.choice(GIVEN)}"
        head = name if i % 3 == 0 else head
        writer.writerow(
            [
                unit,
                f"Tổ dân phố {unit[3:]}",
                f"HH{hh:06d}",
                head,
                f"Số {hh % 200 + 1}, ngõ {hh % 37}",
                3,
                f"CD{i:07d}",
                name,
                rnd.randint(1940, 2006),
                rnd.choice(("nam", "nữ")),
            ]
        )
    return out.getvalue().encode()


COMMAND = [KIEUMAU]


def fresh(db: str | None) -> tuple[str, dict]:
    data = tempfile.mkdtemp(prefix="kieumau-bench-roster-")
    env = {"KIEUMAU_DATA": data, "PATH": "/usr/bin:/bin"}
    if db:
        empty_postgres(db)
        env["DATABASE_URL"] = db
    return data, env


def run_cli(path: Path, db: str | None) -> float:
    data, env = fresh(db)
    subprocess.run([*COMMAND, "db", "upgrade"], env=env, check=True, capture_output=True)
    start = time.perf_counter()
    done = subprocess.run([*COMMAND, "roster", "import", str(path)], env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    print(f"  cli: exit {done.returncode} in {took:.1f} s: {done.stdout.strip()[-160:]}{done.stderr[-300:]}")
    shutil.rmtree(data, ignore_errors=True)
    return took


def run_page(path: Path, db: str | None) -> None:
    import requests

    data, env = fresh(db)
    port = free_port()
    proc = subprocess.Popen(
        [*COMMAND, "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        password = None
        for line in proc.stdout:
            found = re.search(r"first admin: admin / (\S+)", line)
            password = found.group(1) if found else password
            if "kieumau: http://" in line:
                break
        base = f"http://127.0.0.1:{port}"
        web = requests.Session()
        for _ in range(100):
            try:
                page = web.get(f"{base}/login", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        token = re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', page.text).group(1)
        web.post(f"{base}/login", data={"csrf_token": token, "username": "admin", "password": password})
        token = re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', web.get(f"{base}/admin/roster").text)
        start = time.perf_counter()
        resp = web.post(
            f"{base}/admin/roster",
            data={"csrf_token": token.group(1)},
            files={"roster": (path.name, path.read_bytes(), "text/csv")},
            timeout=600,
        )
        answered = time.perf_counter() - start
        print(f"  page: answered {resp.status_code} in {answered:.1f} s")
        while 'data-import-state="running"' in web.get(f"{base}/admin/roster").text:
            time.sleep(0.5)
        state = re.search(r'data-import-state="(\w+)"', web.get(f"{base}/admin/roster").text)
        ended = state.group(1) if state else "finished"
        print(f"  page: import {ended} after {time.perf_counter() - start:.1f} s")
    finally:
        proc.terminate()
        proc.wait(20)
        shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", help="PostgreSQL URL (emptied); default SQLite in the data folder")
    parser.add_argument("--keep", type=Path, help="also write the generated roster here")
    parser.add_argument("--only", choices=("cli", "page"))
    parser.add_argument("--code", type=Path, help="run the kieumau of this source folder (same .venv)")
    args = parser.parse_args()
    if args.code:
        where = str(args.code.resolve())
        run = f"import sys; sys.path.insert(0, {where!r}); from server.cli import main; main()"
        COMMAND[:] = [sys.executable, "-c", run]
    content = roster_csv(args.rows)
    folder = Path(tempfile.mkdtemp(prefix="kieumau-roster-file-"))
    path = folder / "roster.csv"
    path.write_bytes(content)
    if args.keep:
        args.keep.write_bytes(content)
    print(f"roster: {args.rows} rows, {len(content) / 1e6:.1f} MB, {args.db or 'SQLite'}")
    if args.only in (None, "cli"):
        run_cli(path, args.db)
    if args.only in (None, "page"):
        run_page(path, args.db)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
