"""Backups of a server taking submissions: `kieumau backup` against copying the live data
folder (`cp -a`), started at the same moment, --rounds times (SQLite).

    .venv/bin/python bench/backup.py                 # 12 rounds, 6 phones with 50 KB photos
    .venv/bin/python bench/backup.py --rounds 3 --phones 4

Each copy is then checked as a restore would use it, without starting a server: SQLite's
`PRAGMA integrity_check` on its database (the copied folder's database opened with the
-wal file copied beside it), every submission acknowledged (201) before the copy began is
in it, and every attachment it references is there with bytes matching its sha256. The
time each `kieumau backup` took is printed too."""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import BOUNDARY, KIEUMAU, PASSWORD, Server, make_site, multipart, submission_xml  # noqa: E402

HEADERS = {"X-OpenRosa-Version": "1.0", "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}


class Phones:
    def __init__(self, url: str, names: list[str], photo_kb: int) -> None:
        import requests
        from requests.auth import HTTPDigestAuth

        self.acked: list[tuple[float, str]] = []
        self.done = threading.Event()
        self.counter = iter(range(10**9))
        self.lock = threading.Lock()

        def phone(name: str) -> None:
            web = requests.Session()
            web.auth = HTTPDigestAuth(name, PASSWORD)
            while not self.done.is_set():
                with self.lock:
                    n = next(self.counter)
                photo = f"{n}.jpg"
                xml = submission_xml("plain", n, photo)
                jpeg = b"\xff\xd8\xff\xe0" + n.to_bytes(8, "big") * (photo_kb * 128)
                body = multipart(xml, {photo: jpeg})
                try:
                    resp = web.post(f"{url}/submission", data=body, timeout=60, headers=HEADERS)
                except requests.RequestException:
                    continue
                if resp.status_code == 201:
                    iid = xml.split(b"<instanceID>")[1].split(b"<")[0].decode()
                    with self.lock:
                        self.acked.append((time.monotonic(), iid))

        self.threads = [threading.Thread(target=phone, args=(n,), daemon=True) for n in names]
        for t in self.threads:
            t.start()

    def stop(self) -> None:
        self.done.set()
        for t in self.threads:
            t.join(60)


def check(db_file: Path, attachments: Path, expected: set[str]) -> tuple[bool, int, int]:
    """(integrity ok, acknowledged submissions missing, attachments missing or wrong)."""
    try:
        conn = sqlite3.connect(db_file)  # as a server would open it: a -wal beside it is replayed
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {row[0] for row in conn.execute("SELECT instance_id FROM submission")}
        digests = {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM attachment")}
        conn.close()
    except sqlite3.DatabaseError:
        return False, len(expected), 0
    bad = 0
    for sha in digests:
        path = attachments / sha[:2] / sha
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            bad += 1
    return ok, len(expected - present), bad


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--phones", type=int, default=6)
    parser.add_argument("--photo-kb", type=int, default=50)
    args = parser.parse_args()
    site = make_site(volunteers=args.phones)
    out = Path(tempfile.mkdtemp(prefix="kieumau-bench-backups-"))
    # corrupt, rounds losing 201s, bad files, copies that failed
    totals = {"cp -a": [0, 0, 0, 0], "kieumau backup": [0, 0, 0, 0]}
    took = []
    with Server.kieumau(site, workers=2, threads=16) as server:
        phones = Phones(f"http://127.0.0.1:{server.port}", site.usernames[: args.phones], args.photo_kb)
        try:
            for r in range(args.rounds):
                time.sleep(1.0)
                began = time.monotonic()
                command = [KIEUMAU, "--data", site.data_dir, "backup", str(out / f"b{r}")]
                backup = subprocess.Popen(
                    command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
                )
                copied = subprocess.run(["cp", "-a", site.data_dir, str(out / f"c{r}")], capture_output=True)
                totals["cp -a"][3] += copied.returncode != 0  # files vanished while it copied
                err = backup.communicate()[1]
                took.append(time.monotonic() - began)
                totals["kieumau backup"][3] += backup.returncode != 0
                if backup.returncode:
                    print(f"round {r}: kieumau backup failed: {err[-500:]}")
                with phones.lock:
                    expected = {iid for t, iid in phones.acked if t < began}
                results = {
                    "cp -a": check(out / f"c{r}" / "kieumau.db", out / f"c{r}" / "attachments", expected),
                    "kieumau backup": check(
                        out / f"b{r}" / "database.sqlite", out / f"b{r}" / "attachments", expected
                    ),
                }
                for name, (ok, lost, bad) in results.items():
                    totals[name][0] += not ok
                    totals[name][1] += lost > 0
                    totals[name][2] += bad
                print(f"round {r}: {len(expected)} acknowledged before; " + "; ".join(
                    f"{name}: {'ok' if ok else 'CORRUPT'}, lost {lost}, bad files {bad}"
                    for name, (ok, lost, bad) in results.items()))  # fmt: skip
        finally:
            phones.stop()
    for name, (corrupt, losing, bad, failed) in totals.items():
        n = args.rounds
        print(f"{name}: failed {failed}/{n}, corrupt {corrupt}/{n}, rounds losing acknowledged "
              f"submissions {losing}/{n}, attachments missing or wrong {bad}")  # fmt: skip
    print(f"kieumau backup took {min(took):.1f}-{max(took):.1f} s ({len(phones.acked)} submissions in all)")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(site.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
