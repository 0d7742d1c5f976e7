"""Time the downloads of a demo town: cold (nothing cached) and warm (nothing changed), with
the peak memory of each.

    KIEUMAU_DATA=/tmp/kmbench .venv/bin/kieumau demo --households 3000 --year 2026
    KIEUMAU_DATA=/tmp/kmbench .venv/bin/python bench/reports.py 2026

Each file is fetched in a fresh process (its own peak RSS, nothing warmed up by the file
before it) through the Flask test client as the demo committee (bcd): the numbers are the
server's own work (queries, rendering, cache lookups), no network. "cold" empties that
file's cache first; "warm" is the same request again, then the median of three more.
"cpu" is the cold request's CPU time in that process (user +
system), less sensitive than wall time to other work on the machine. Peak RSS is the
child's ru_maxrss; "base" is its RSS once the app and WeasyPrint are loaded,
so peak - base is what the file itself took. Prints machine, date, commit, load average.
`--profile DIR` writes a cProfile of each cold request to DIR/<name>.prof;
`KIEUMAU_BENCH_SOURCE=/tmp/before` runs the server code of another tree (`git archive
<commit> server | tar -x -C /tmp/before`), how the "before" columns were measured.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
# KIEUMAU_BENCH_SOURCE=/path/to/other/checkout: the server code of another tree ("before")
sys.path.insert(0, os.environ.get("KIEUMAU_BENCH_SOURCE") or str(ROOT))

PATHS = (
    "units.csv", "units.xlsx", "units/TDP01/households.csv", "submissions/gia_dinh_kieu_mau.csv",
    "units/TDP01/proposals.pdf", "units/TDP01/minutes.pdf", "proposals.pdf", "submission.pdf",
    "decision.pdf", "certificates.pdf", "summary.pdf", "rewards/submission.pdf", "rewards/decision.pdf",
    "rewards/certificates.pdf", "rewards/rewards.xlsx",
)  # fmt: skip


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def child(year: int, path: str, profile_dir: str | None) -> dict:
    """One file in this process: cold then warm; a JSON line for the parent."""
    import weasyprint  # noqa: F401 - loaded before "base", as in a server that has rendered once

    from server import create_app
    from server.domain.demo import PASSWORD
    from server.store.report_cache import folder

    app = create_app()
    client = app.test_client()
    auth = {"Authorization": "Basic " + base64.b64encode(f"bcd:{PASSWORD}".encode()).decode()}
    url = f"/reports/{year}/{path}"
    for old in folder(app.config["DATA_DIR"]).glob("*"):
        old.unlink()  # cold: nothing cached (the listing's files too)
    client.get("/api/v1/years", headers=auth)  # connections and imports, not timed
    base = _rss_kb()
    profiler = None
    if profile_dir:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start, cpu = time.perf_counter(), time.process_time()
    resp = client.get(url, headers=auth)
    size = len(resp.get_data())
    cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
    if profiler is not None:
        profiler.disable()
        name = path.replace("/", "_")
        profiler.dump_stats(str(Path(profile_dir) / f"{name}.prof"))
    warm = []
    for _ in range(4):
        start = time.perf_counter()
        again = client.get(url, headers=auth)
        again.get_data()
        warm.append(time.perf_counter() - start)
    return {
        "path": path,
        "status": resp.status_code,
        "mb": size / 1e6,
        "cold": cold,
        "cold_cpu": cold_cpu,
        "warm_first": warm[0],
        "warm": statistics.median(warm[1:]),
        "base_mb": base / 1024,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("year", type=int, nargs="?", default=2026)
    parser.add_argument("--only", help="comma-separated paths (default: all)")
    parser.add_argument("--profile", metavar="DIR", help="cProfile each cold request into DIR")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.year, args.child, args.profile)))
        return
    from common import git_commit, load, machine

    data = os.environ.get("KIEUMAU_DATA", "./data")
    print(f"# {machine()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {git_commit()}, data {data}")
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    print(
        f"{'file':38} {'MB':>6} {'cold s':>8} {'cpu s':>7} {'warm s':>8} {'base MB':>8} {'peak MB':>8}  load"
    )
    paths = args.only.split(",") if args.only else PATHS
    for path in paths:
        cmd = [sys.executable, __file__, str(args.year), "--child", path]
        if args.profile:
            cmd += ["--profile", args.profile]
        before = load()
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            print(f"{path:38} failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        status = "" if r["status"] == 200 else f"  HTTP {r['status']}"
        print(
            f"{path:38} {r['mb']:6.2f} {r['cold']:8.2f} {r['cold_cpu']:7.2f} {r['warm']:8.3f} "
            f"{r['base_mb']:8.0f} "
            f"{r['peak_mb']:8.0f}  {before}{status}"
        )


if __name__ == "__main__":
    main()
