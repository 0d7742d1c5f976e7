"""Shared by the bench scripts: build a site in a temporary data folder, run the real
server (`kieumau serve`, gunicorn) on 127.0.0.1, drive it with keep-alive HTTP clients in
threads, read the server's CPU time and memory from /proc. Standard library only on the
client side, so the client stays cheap next to the server it measures."""

from __future__ import annotations

import gc
import hashlib
import http.client
import itertools
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the server's source: another checkout's when KIEUMAU_BENCH_SOURCE names one, so the site is
# built by its own migrations and models (a "before" that lacks a later revision starts too)
sys.path.insert(0, os.environ.get("KIEUMAU_BENCH_SOURCE") or str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))  # formdata.instance_xml fills a form's own instance

from procinfo import children, connections_per_worker, scorer_pids, worker_pids  # noqa: E402  (tests/)

KIEUMAU = str(ROOT / ".venv" / "bin" / "kieumau")
FORMS = ROOT / "forms"
BENCH_FORM = Path(__file__).resolve().parent / "household.md"
# KIEUMAU_BENCH_PG_URL: another database, so two benches on one machine do not empty each other's
PG_URL = os.environ.get("KIEUMAU_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/bench")
UNITS = 20  # residential groups under PROV > PS
HOUSEHOLDS = 50  # per group
REALM = "kieumau"
PASSWORD = "mat-khau-bench"
BOUNDARY = "----kieumauBenchBoundary7MA4YWxkTrZu0gW"

# the answers of a model household (gia_dinh_kieu_mau), as the tests use
GIA_DINH = {
    "year": "2026", "new_household": "no", "hh_members": "4",
    "ho_ngheo": "no", "thu_nhap": "yes", "nha_o": "kien_co", "canh_quan": "vuon cong_ngo",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "so_bhyt": "4",
    "bao_luc_gd": "no", "te_nan": "no", "nep_song": "yes", "so_tre_tuoi_hoc": "0",
    "so_lao_dong": "2", "so_co_viec": "2", "phong_trao": "tu_thien sinh_hoat",
    "truy_cuu_hs": "no", "tron_nghia_vu": "no", "tao_hon": "no", "xu_phat_hc": "no",
}  # fmt: skip
PLAIN = {
    "to_dan_pho": "TDP01", "nam": "2026", "chu_ho": "Nguyễn Văn An", "dia_chi": "Số 12, ngõ 3",
    "dien_thoai": "0912345678", "so_nguoi": "4", "so_lao_dong": "2", "so_tre_em": "1",
    "so_nguoi_gia": "1", "ho_ngheo": "no", "can_ngheo": "no", "thu_nhap": "12.5", "nha_o": "kien_co",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "so_bhyt": "4", "bao_luc_gd": "no",
    "te_nan": "no", "phong_trao": "tu_thien sinh_hoat",
    "ngay_khao_sat": "2026-11-20", "vi_tri": "19.8076 105.7768 12.0 5.0",
    "ghi_chu": "Hộ gia đình gương mẫu, tham gia đầy đủ các phong trào",
}  # fmt: skip


# ---- the site --------------------------------------------------------------------------


@dataclass
class Site:
    data_dir: str
    database_url: str
    tokens: list[str]  # one per volunteer, volunteer i works in unit i % UNITS
    usernames: list[str]


def unit_code(i: int) -> str:
    return f"TDP{i % UNITS + 1:02d}"


def make_site(database_url: str | None = None, volunteers: int = 500, extra_forms: int = 0) -> Site:
    """A fresh data folder (and, for PostgreSQL, an emptied `bench` database) holding the
    bundled forms, the bench form, PROV > PS > 20 groups x 50 households, one admin and
    `volunteers` volunteers with tokens, and `extra_forms` more small forms."""
    data_dir = tempfile.mkdtemp(prefix="kieumau-bench-")
    url = database_url or f"sqlite:///{data_dir}/kieumau.db"
    os.environ["KIEUMAU_DATA"] = data_dir

    if url.startswith("postgresql"):
        empty_postgres(url)

    from server import create_app
    from server.domain import accounts, units
    from server.domain import forms as forms_domain
    from server.domain.registry import import_roster
    from server.store import db, migrate
    from server.store.models import Form, FormVersion, User

    app = create_app({"DATA_DIR": data_dir, "DATABASE_URL": url, "SECRET_KEY": secrets.token_hex(16)})
    migrate.upgrade(url)
    tokens, names = [], []
    with app.app_context():
        s = db.session()
        units.add_unit(s, "PROV", "Tỉnh Thanh Hóa", kind="province")
        units.add_unit(s, "PS", "Thị trấn Phong Sơn", parent_code="PROV", kind="town")
        rows = ["unit,unit_name,parent_unit,household,head_name,members,citizen,full_name,birth_year"]
        for u in range(UNITS):
            code = unit_code(u)
            for h in range(HOUSEHOLDS):
                rows.append(f"{code},Tổ {u + 1},PS,{code}-H{h},Chủ hộ {h},4,{code}-C{h},Công dân {h},1980")
        import_roster(s, "\n".join(rows).encode(), "roster.csv")
        for path in forms_domain.workbook_paths([FORMS]):
            forms_domain.import_path(s, path)
        forms_domain.import_workbook(s, BENCH_FORM.read_bytes(), "household.md")
        if extra_forms:
            _clone_forms(s, Form, FormVersion, extra_forms)
        accounts.add_user(s, "admin", "admin", PASSWORD, REALM)
        template = accounts.add_user(s, "vol0", "volunteer", PASSWORD, REALM)
        accounts.assign(s, template, [unit_code(0)])
        tokens.append(accounts.new_token(template))
        names.append("vol0")
        town = accounts.add_user(s, "doi_truong", "volunteer", PASSWORD, REALM)  # the Digest runs
        accounts.assign(s, town, ["PS"])
        unit_rows = {u.code: u for u in units_list(s)}
        for i in range(1, volunteers):
            name = f"vol{i}"
            user = User(
                username=name,
                role="volunteer",
                password_hash=template.password_hash,  # scrypt x500 would take a minute
                ha1=accounts.ha1(name, REALM, PASSWORD),
                units=[unit_rows[unit_code(i)]],
            )
            tokens.append(accounts.new_token(user))
            s.add(user)
            names.append(name)
        s.commit()
    app.extensions["engine"].dispose()
    return Site(data_dir, url, tokens, names)


def empty_postgres(url: str) -> None:
    """Create the PostgreSQL database if it is missing (a fresh machine has none), then
    empty it."""
    from sqlalchemy import create_engine, text

    server_url, name = url.rsplit("/", 1)
    admin = create_engine(f"{server_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def units_list(s):
    from sqlalchemy import select

    from server.store.models import Unit

    return list(s.scalars(select(Unit)))


def _clone_forms(s, Form, FormVersion, n: int) -> None:
    """n more forms (copies of the bench form under other ids): pyxform x n is slow."""
    from pyxform.xls2xform import convert

    xml = convert(xlsform=str(BENCH_FORM)).xform.encode()
    for i in range(n):
        fid = f"bieu_mau_{i:02d}"
        body = xml.replace(b'id="ho_gia_dinh_bench"', f'id="{fid}"'.encode())
        form = Form(xml_form_id=fid, title=f"Biểu mẫu {i:02d}")
        s.add(form)
        s.flush()
        fv = FormVersion(
            form_id=form.id, version="1", title=form.title, xml=body, md5=hashlib.md5(body).hexdigest(),
            workbook=None, workbook_name="", fields={}, media=[], scoring=None,
        )  # fmt: skip
        s.add(fv)
        s.flush()
        form.current_version_id = fv.id


# ---- submissions -----------------------------------------------------------------------


def submission_xml(form: str, n: int, photo: str | None = None) -> bytes:
    """Submission n of the household form: `gia_dinh` (bundled, scored, 1,000 households)
    or `plain` (the bench form, stored only)."""
    from formdata import instance_xml

    iid = f"uuid:{uuid.UUID(int=n + (1 << 64))}"
    if form == "gia_dinh":
        code = unit_code(n)
        answers = {**GIA_DINH, "unit": code, "household": f"{code}-H{(n // UNITS) % HOUSEHOLDS}"}
        if photo:
            answers["photo"] = photo
        return instance_xml(FORMS / "gia_dinh_kieu_mau.xlsx", answers, iid)
    answers = dict(PLAIN, to_dan_pho=unit_code(n))
    if photo:
        answers["anh"] = photo
    return instance_xml(BENCH_FORM, answers, iid)


def multipart(xml: bytes, files: dict[str, bytes] | None = None) -> bytes:
    """The body ODK Collect sends: xml_submission_file first, then one part per file."""
    out = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
        f'filename="submission.xml"\r\nContent-Type: text/xml\r\n\r\n'.encode(),
        xml,
        b"\r\n",
    ]
    for name, content in (files or {}).items():
        out += [
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
            f"Content-Type: image/jpeg\r\n\r\n".encode(),
            content,
            b"\r\n",
        ]
    out.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(out)


def bodies(form: str, count: int, start: int = 0, photo_kb: int = 0) -> list[bytes]:
    """Pre-built request bodies (so building them costs the client nothing while timed)."""
    # formdata caches the form's XForm; fill_instance is fast enough for thousands
    out = []
    jpeg = (b"\xff\xd8\xff\xe0" + os.urandom(photo_kb * 1024))[: photo_kb * 1024] if photo_kb else b""
    for n in range(start, start + count):
        if photo_kb:
            name = f"{1700000000000 + n}.jpg"
            out.append(multipart(submission_xml(form, n, name), {name: jpeg[:-8] + n.to_bytes(8, "big")}))
        else:
            out.append(multipart(submission_xml(form, n)))
    return out


# ---- the server ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A running `kieumau serve` (or any command) and its process tree."""

    def __init__(self, cmd: list[str], port: int, env: dict[str, str] | None = None) -> None:
        self.port = port
        self.log = tempfile.NamedTemporaryFile(prefix="kieumau-bench-server-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            cmd, env={**os.environ, **(env or {})}, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {Path(self.log.name).read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("server did not start")
        time.sleep(0.5)  # workers booted after the socket is bound

    @classmethod
    def kieumau(
        cls,
        site: Site,
        workers: int,
        threads: int,
        port: int | None = None,
        env=None,
        data_dir: str | None = None,
    ) -> Server:
        """`kieumau serve` on the site's database; `data_dir` another (e.g. empty) data folder
        than the site's, as a second host has."""
        port = port or free_port()
        args = ["--data", data_dir or site.data_dir, "serve", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(workers), "--threads", str(threads)]  # fmt: skip
        env = {"DATABASE_URL": site.database_url, **(env or {})}
        source = os.environ.get("KIEUMAU_BENCH_SOURCE")  # another checkout, e.g. for "before"
        if source:
            env["PYTHONPATH"] = source
            code = f"import sys; sys.path.insert(0, {source!r}); from server.cli import main; main()"
            return cls([sys.executable, "-c", code, *args], port, env)
        return cls([KIEUMAU, *args], port, env)

    def pids(self) -> list[int]:
        """The gunicorn master, its workers and the scorer's process."""
        return [self.proc.pid, *children(self.proc.pid)]

    def cpu_seconds(self) -> float:
        return sum(cpu_seconds(pid) for pid in self.pids())

    def worker_rss_mb(self) -> list[float]:
        out = []
        for pid in worker_pids(self.proc.pid):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out.append(int(line.split()[1]) / 1024)
        return out

    def worker_memory_text(self) -> str:
        """VmRSS per worker (then the scorer's process), split into private memory (RssAnon)
        and mapped files (RssFile: mostly the SQLite database, which SQLite reads through mmap;
        shared with the page cache, not memory the worker owns)."""
        out = []
        workers = worker_pids(self.proc.pid)
        for pid in [*workers, *scorer_pids(self.proc.pid)]:
            fields = {}
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                key, _, value = line.partition(":")
                if key in ("VmRSS", "RssAnon", "RssFile"):
                    fields[key] = int(value.split()[0]) / 1024
            rss, anon, files = fields["VmRSS"], fields["RssAnon"], fields["RssFile"]
            name = "" if pid in workers else "scorer "
            out.append(f"{name}{rss:.0f} MB (private {anon:.0f}, files {files:.0f})")
        return ", ".join(out)

    def connection_split(self) -> list[int]:
        """Open client connections held by each worker, fewest first (see drive)."""
        return connections_per_worker(self.proc.pid, self.port)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


# ---- the client ------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds() -> float:
    """CPU of every PostgreSQL process on this machine (the server's connections, the WAL
    writer, the checkpointer): what the database costs on the same cores. A connection
    that ends during a run takes its share with it; the server's pool keeps them open."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                is_postgres = (entry / "comm").read_text().strip() == "postgres"
            except OSError:
                continue
            if is_postgres:
                total += cpu_seconds(int(entry.name))
    return total


@dataclass
class Result:
    seconds: float
    latencies: list[float]  # seconds
    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    database_cpu: float = 0.0  # PostgreSQL's processes (postgres_cpu_seconds)
    settle_seconds: float = 0.0  # after the last answer, until the server's queue was empty
    split: list[int] = field(default_factory=list)  # connections per worker, mid-run

    def split_text(self) -> str:
        return "/".join(map(str, self.split)) or "-"

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.count / self.seconds

    def pct(self, p: float) -> float:
        s = sorted(self.latencies)
        return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000 if s else float("nan")


class Digest:
    """Collect's Digest after the first challenge: the same nonce reused, nc incrementing."""

    def __init__(self, username: str, password: str, challenge: str) -> None:
        params = {}
        for part in challenge.split(" ", 1)[1].split(","):
            k, _, v = part.strip().partition("=")
            params[k] = v.strip('"')
        self.username, self.realm = username, params["realm"]
        self.nonce, self.opaque = params["nonce"], params.get("opaque", "")
        self.ha1 = hashlib.md5(f"{username}:{self.realm}:{password}".encode()).hexdigest()
        self.counts = itertools.count(1)  # threads share it: each nc is used once, as the server requires

    def header(self, method: str, uri: str) -> str:
        nc, cnonce = f"{next(self.counts):08x}", secrets.token_hex(8)
        ha2 = hashlib.md5(f"{method}:{uri}".encode()).hexdigest()
        resp = hashlib.md5(f"{self.ha1}:{self.nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()
        return (
            f'Digest username="{self.username}", realm="{self.realm}", nonce="{self.nonce}", '
            f'uri="{uri}", qop=auth, nc={nc}, cnonce="{cnonce}", response="{resp}", opaque="{self.opaque}"'
        )


HEADERS = {"X-OpenRosa-Version": "1.0", "User-Agent": "org.odk.collect.android/v2025.2.0 (bench)"}


def drive(
    port: int | list[int],
    requests: list[tuple[str, str, bytes | None]],
    concurrency: int,
    *,
    expect: tuple[int, ...] = (201,),
    digest_users: list[str] | None = None,
    server: Server | list[Server] | None = None,
    settle: Callable[[], None] | None = None,
    per_connection: int = 0,
) -> Result:
    """Send (method, path, body) requests over `concurrency` keep-alive connections;
    connection i goes to port[i % len(port)]. With digest_users, each connection signs in
    as one user: one challenge, then a preemptive Authorization with nc incrementing.

    With `per_connection` K, each client is a phone sending K submissions over one
    connection and then hanging up, and the next phone connects in its place (its connect
    counted in its first request's time); 0 keeps every connection open for the whole run.
    The difference matters with several workers: a connection stays with the worker that
    accepted it, and 16 connections opened at once can split 13/3 between two workers."""
    ports = port if isinstance(port, list) else [port]
    servers = server if isinstance(server, list) else [server] if server else []
    lock = threading.Lock()
    queue = list(reversed(requests))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    ctype = f"multipart/form-data; boundary={BOUNDARY}"
    start_gate = threading.Barrier(concurrency + 1)

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", ports[i % len(ports)], timeout=60)
        auth = None
        if digest_users:
            conn.request("HEAD", "/submission", headers=HEADERS)
            r = conn.getresponse()
            r.read()
            auth = Digest(digest_users[i % len(digest_users)], PASSWORD, r.getheader("WWW-Authenticate"))
        start_gate.wait()
        mine: list[float] = []
        sent = 0
        while True:
            if per_connection and sent == per_connection:  # this phone is done; the next one
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", ports[i % len(ports)], timeout=60)
                sent = 0
            with lock:
                if not queue:
                    break
                method, path, body = queue.pop()
            headers = dict(HEADERS)
            if body is not None:
                headers["Content-Type"] = ctype
            if auth:
                headers["Authorization"] = auth.header(method, path)
            t0 = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    errors.append(f"{method} {path}: {exc!r}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", ports[i % len(ports)], timeout=60)
                continue
            mine.append(time.perf_counter() - t0)
            sent += 1
            with lock:
                statuses[resp.status] = statuses.get(resp.status, 0) + 1
                if resp.status not in expect and len(errors) < 20:
                    errors.append(f"{method} {path}: {resp.status} {data[:300]!r}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for t in threads:
        t.start()
    # The client is the phones: a full collection here (tens of ms, with every client
    # thread stopped) would count as server latency.
    gc.collect()
    gc.disable()
    cpu0 = sum(s.cpu_seconds() for s in servers)
    database0 = postgres_cpu_seconds()
    client0 = sum(os.times()[:2])
    start_gate.wait()
    t0 = time.perf_counter()
    split: list[int] = []
    if len(servers) == 1 and len(requests) > 4 * concurrency:  # once every connection is open
        time.sleep(0.2)
        split = servers[0].connection_split()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    gc.enable()
    if settle is not None:  # work the server does after answering (scoring) is its CPU too
        settle()
    settled = time.perf_counter() - t0 - elapsed
    result = Result(elapsed, latencies, statuses, errors, split=split)
    result.settle_seconds = settled
    result.server_cpu = sum(s.cpu_seconds() for s in servers) - cpu0
    result.client_cpu = sum(os.times()[:2]) - client0
    result.database_cpu = postgres_cpu_seconds() - database0
    return result


def queue_empty(url: str) -> Callable[[], None]:
    """A settle function: wait until no submission is pending scoring (the server's scorer
    thread drains the queue a moment after the 201s)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)

    def wait() -> None:
        with engine.connect() as conn:
            while conn.execute(text("SELECT count(*) FROM scoring_queue")).scalar():
                conn.rollback()
                time.sleep(0.02)

    return wait


def median(values: list[float]) -> float:
    return statistics.median(values)


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def load() -> str:
    """The 1-minute load average: other work on the machine skews every figure."""
    return Path("/proc/loadavg").read_text().split()[0]


def machine() -> str:
    model = "?"
    for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
        if line.startswith("Model name:"):
            model = line.split(":", 1)[1].strip()
    return f"{model}, {os.cpu_count()} cores"
