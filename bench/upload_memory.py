"""Peak memory of a server process receiving big photos: N submissions, each with a photo of
SIZE MB, POSTed at once to the real server (`kieumau serve`, one worker), the body streamed
from a file so the client holds none of it. Reports the worker's resident memory before,
its peak while the uploads run (sampled every 20 ms, and the kernel's high-water mark
VmHWM), and checks every 201 is stored with its photo byte for byte. Then an admin
downloads the N photos at once (GET /submissions/<id>/files/<name>, streamed) and the
worker's peak is sampled again. Not a timed test: run it to compare two versions or stores.

    .venv/bin/python bench/upload_memory.py                     # 4 x 95 MB, SQLite
    .venv/bin/python bench/upload_memory.py -n 4 --mb 95 --db postgres               # in the database
    .venv/bin/python bench/upload_memory.py -n 4 --mb 95 --db postgres --store folder
    KIEUMAU_BENCH_SOURCE=/path/to/other/checkout .venv/bin/python bench/upload_memory.py
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.client
import os
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import BOUNDARY, PG_URL, Server, git_commit, make_site, submission_xml, worker_pids


def _body_file(folder: Path, n: int, size: int) -> tuple[Path, str]:
    """A Collect-like body with one photo of `size` bytes (distinct per n), written to disk
    in blocks; returns its path and the photo's sha256."""
    name = f"{1700000000000 + n}.jpg"
    xml = submission_xml("plain", n, name)
    path = folder / f"body-{n}"
    digest = hashlib.sha256()
    block = os.urandom(1 << 20)
    with path.open("wb") as out:
        out.write(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
            f'filename="submission.xml"\r\nContent-Type: text/xml\r\n\r\n'.encode()
            + xml
            + f'\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
            f"Content-Type: image/jpeg\r\n\r\n".encode()
        )
        left = size
        while left:
            chunk = block[: min(left, len(block))]
            if left <= len(block):
                chunk = chunk[:-8] + n.to_bytes(8, "big") if len(chunk) >= 8 else chunk
            out.write(chunk)
            digest.update(chunk)
            left -= len(chunk)
        out.write(f"\r\n--{BOUNDARY}--\r\n".encode())
    return path, digest.hexdigest()


def _post(port: int, token: str, body: Path) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    headers = {
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
        "Content-Length": str(body.stat().st_size),
        "X-OpenRosa-Version": "1.0",
    }
    with body.open("rb") as fh:
        conn.request("POST", f"/key/{token}/submission?deviceID=bench", body=fh, headers=headers)
        status = conn.getresponse().status
    conn.close()
    return status


def _status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


class Sampler(threading.Thread):
    """The largest VmRSS of each worker seen every 20 ms."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.pids, self.peak, self.stop = pids, dict.fromkeys(pids, 0), threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for pid in self.pids:
                self.peak[pid] = max(self.peak[pid], _status_kb(pid, "VmRSS"))
            time.sleep(0.02)


def _stored(site, digests: list[str]) -> int:
    """How many of the photos are stored with their bytes, wherever the store keeps them."""
    from sqlalchemy import create_engine

    from server.store.blob_store import BlobStore

    engine = create_engine(site.database_url)
    from server.config import SETTINGS

    conf = {name: default for name, (default, _help) in SETTINGS.items() if name.startswith("S3_")}
    conf.update({k.removeprefix("KIEUMAU_"): v for k, v in os.environ.items() if k.startswith("KIEUMAU_S3_")})
    store = BlobStore("folder", site.data_dir, engine, conf)  # reads follow each file's row
    found = 0
    try:
        for sha in digests:
            digest = hashlib.sha256()
            try:
                for piece in store.open(sha):
                    digest.update(piece)
            except FileNotFoundError:
                continue
            found += digest.hexdigest() == sha
    finally:
        engine.dispose()
    return found


def _s3_server(stack: contextlib.ExitStack) -> dict[str, str]:
    """moto's S3 server in this (the client's) process on 127.0.0.1, a bucket, and the
    server's settings for it; the worker measured is another process."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    stack.callback(server.stop)
    host, port = server.get_host_and_port()
    settings = {
        "KIEUMAU_S3_ENDPOINT_URL": f"http://{host}:{port}",
        "KIEUMAU_S3_BUCKET": "kieumau-bench",
        "KIEUMAU_S3_ACCESS_KEY": "bench",
        "KIEUMAU_S3_SECRET_KEY": "bench-secret",
    }
    boto3.client(
        "s3",
        endpoint_url=settings["KIEUMAU_S3_ENDPOINT_URL"],
        region_name="us-east-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench-secret",
    ).create_bucket(Bucket="kieumau-bench")
    os.environ.update(settings)  # _stored reads through the same settings
    return settings


def _photo_urls(site) -> list[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(site.database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT submission_id, name FROM attachment ORDER BY id")).all()
    engine.dispose()
    return [f"/submissions/{sid}/files/{name}" for sid, name in rows]


def _download_all(port: int, urls: list[str]) -> list[str]:
    """Sign in as admin and fetch every URL at once, streamed; the sha256 of each body."""
    import re

    import requests
    from common import PASSWORD

    base = f"http://127.0.0.1:{port}"
    web = requests.Session()
    token = re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', web.get(f"{base}/login").text).group(1)
    web.post(f"{base}/login", data={"csrf_token": token, "username": "admin", "password": PASSWORD})

    def one(url: str) -> str:
        digest = hashlib.sha256()
        with web.get(base + url, stream=True, timeout=600) as resp:
            resp.raise_for_status()
            for piece in resp.iter_content(1 << 16):
                digest.update(piece)
        return digest.hexdigest()

    with ThreadPoolExecutor(len(urls)) as pool:
        return list(pool.map(one, urls))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=4, help="uploads at once")
    ap.add_argument("--mb", type=int, default=95, help="photo size in MB (the body limit is 100 MB)")
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument(
        "--store",
        choices=["folder", "db", "s3"],
        help="ATTACHMENTS; default: the server's; s3: moto's server",
    )
    args = ap.parse_args()

    site = make_site(PG_URL if args.db == "postgres" else None, volunteers=max(args.n, 2))
    folder = Path(tempfile.mkdtemp(prefix="kieumau-bench-bodies-"))
    stack = contextlib.ExitStack()
    try:
        made = [_body_file(folder, n, args.mb * 1_000_000) for n in range(args.n)]
        env = {"KIEUMAU_ATTACHMENTS": args.store} if args.store else {}
        if args.store == "s3":
            env.update(_s3_server(stack))
        with Server.kieumau(site, workers=1, threads=max(8, args.n), env=env) as server:
            [pid] = worker_pids(server.proc.pid)
            before = _status_kb(pid, "VmRSS")
            sampler = Sampler([pid])
            sampler.start()
            with ThreadPoolExecutor(args.n) as pool:
                statuses = list(
                    pool.map(lambda i: _post(server.port, site.tokens[i], made[i][0]), range(args.n))
                )
            sampler.stop.set()
            sampler.join()
            hwm = _status_kb(pid, "VmHWM")
            urls = _photo_urls(site)
            rss_before_reads = _status_kb(pid, "VmRSS")
            reader = Sampler([pid])
            reader.start()
            read = _download_all(server.port, urls) if urls else []
            reader.stop.set()
            reader.join()
        stored = _stored(site, [sha for _path, sha in made])
        store = args.store or ("db" if args.db == "postgres" else "folder")
        print(
            f"commit {git_commit()}  db {args.db}  store {store}  {args.n} uploads x {args.mb} MB at once,"
            " one worker"
        )
        print(f"answers: {sorted(statuses)}  photos stored byte for byte: {stored}/{args.n}")
        print(
            f"worker RSS: before {before / 1024:.0f} MB, peak sampled {sampler.peak[pid] / 1024:.0f} MB,"
            f" high-water mark (VmHWM) {hwm / 1024:.0f} MB"
        )
        same = sorted(read) == sorted(sha for _path, sha in made)
        print(
            f"downloads: {len(read)} at once, byte for byte: {same}; worker RSS before"
            f" {rss_before_reads / 1024:.0f} MB, peak sampled {reader.peak[pid] / 1024:.0f} MB"
        )
        return 0 if stored == args.n and statuses == [201] * args.n and same else 1
    finally:
        stack.close()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(site.data_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
