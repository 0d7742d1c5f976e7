"""What a phone does before filling forms, timed on the real server: formList, the form
XML, its manifest, a generated media file (households.csv) and HEAD /submission, for
volunteers signing in with their token URL (or, with --digest, with HTTP Digest as Collect
does with a username and password: each request then records its nonce count), with 500
volunteers and 50 forms on the server.

    .venv/bin/python bench/formlist.py                 # SQLite
    .venv/bin/python bench/formlist.py --db postgres
    .venv/bin/python bench/formlist.py --digest --calls "GET /formList,HEAD /submission"
"""

from __future__ import annotations

import argparse
import datetime
import sys

from common import PG_URL, Server, drive, git_commit, machine, make_site

FORM = "gia_dinh_kieu_mau"
CALLS = {
    "GET /formList": ("GET", "/formList", (200,)),
    f"GET /forms/{FORM}.xml": ("GET", f"/forms/{FORM}.xml", (200,)),
    f"GET /forms/{FORM}/manifest": ("GET", f"/forms/{FORM}/manifest", (200,)),
    "GET households.csv": ("GET", f"/forms/{FORM}/media/households.csv", (200,)),
    "HEAD /submission": ("HEAD", "/submission", (204,)),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("-n", type=int, default=2000, help="requests per call and concurrency")
    ap.add_argument("-c", "--concurrency", default="1,16")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--digest", action="store_true", help="sign in with Digest, not token URLs")
    ap.add_argument("--calls", default=",".join(CALLS), help="which calls, comma-separated")
    args = ap.parse_args()
    site = make_site(PG_URL if args.db == "postgres" else None, volunteers=500, extra_forms=45)
    print(
        f"# formlist: {machine()}, {datetime.date.today()}, commit {git_commit()}, db {args.db}, "
        f"500 volunteers, 50 forms, kieumau serve {args.workers}x{args.threads}, "
        f"{'Digest' if args.digest else 'token URL'}"
    )
    print("| request | concurrency | requests/s | p50 ms | p99 ms | server CPU ms/req | errors |")
    print("|---|---|---|---|---|---|---|")
    with Server.kieumau(site, args.workers, args.threads) as server:
        for label in args.calls.split(","):
            method, path, ok = CALLS[label]
            if args.digest:  # each connection one volunteer, signing every request
                reqs = [(method, path, None) for _ in range(args.n)]
            else:
                reqs = [(method, f"/key/{site.tokens[i % 500]}{path}", None) for i in range(args.n)]
            users = site.usernames[:500] if args.digest else None
            drive(server.port, reqs[:200], 4, expect=ok, server=server, digest_users=users)  # warm up
            for c in [int(x) for x in args.concurrency.split(",")]:
                r = drive(server.port, reqs, c, expect=ok, server=server, digest_users=users)
                bad = sum(v for k, v in r.statuses.items() if k not in ok) + len(r.errors)
                print(
                    f"| {label} | {c} | {r.rate:.0f} | {r.pct(50):.2f} | {r.pct(99):.2f} "
                    f"| {1000 * r.server_cpu / r.count:.2f} | {bad} |",
                    flush=True,
                )
                for e in r.errors[:3]:
                    print(f"    ! {e}", file=sys.stderr)
        print(f"\nworker RSS: {', '.join(f'{m:.0f} MB' for m in server.worker_rss_mb())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
