"""Two `kieumau serve` hosts, each with an empty data folder of its own, on one PostgreSQL
database, as behind a load balancer: everything one host stores or signs, the other reads and
trusts; the scorer scores each submission once across both; a host killed mid-upload loses
nothing it acknowledged. PostgreSQL only: a SQLite database is one file in one host's data
folder, so it has no second host."""

from __future__ import annotations

import hashlib
import http.client
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from pypdf import PdfReader
from sqlalchemy import create_engine, text

from conftest import PASSWORD, ROOT, add_unit, add_user
from formdata import instance_xml
from orhelpers import OR_HEADERS, challenge, digest_header
from pagehelpers import TOKEN
from server.domain import forms as forms_domain
from server.domain.registry import import_roster
from server.store import db

pytestmark = pytest.mark.slow
KIEUMAU = str(Path(sys.executable).parent / "kieumau")
FORMS = ROOT / "forms"
YEAR = 2026
GROUPS = ("TDP01", "TDP02", "TDP03", "TDP04")
PER_GROUP = 30
HOUSEHOLD = {
    "year": "2026", "new_household": "no", "hh_members": "4",
    "ho_ngheo": "no", "thu_nhap": "yes", "nha_o": "kien_co", "canh_quan": "vuon cong_ngo",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "so_bhyt": "4",
    "bao_luc_gd": "no", "te_nan": "no", "nep_song": "yes", "so_tre_tuoi_hoc": "0",
    "so_lao_dong": "2", "so_co_viec": "2", "phong_trao": "tu_thien sinh_hoat",
    "truy_cuu_hs": "no", "tron_nghia_vu": "no", "tao_hon": "no", "xu_phat_hc": "no",
}  # fmt: skip


@pytest.fixture
def province(app, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("several hosts share a PostgreSQL database; SQLite lives in one host's data folder")
    add_unit(app, "PS", "Phường Phong Sơn", kind="ward")
    rows = ["unit,unit_name,parent_unit,household,head_name,members,citizen,full_name,birth_year"]
    for unit in GROUPS:
        for i in range(PER_GROUP):
            rows.append(f"{unit},Tổ {unit[-1]},PS,{unit}-H{i},Chủ hộ {i},4,{unit}-C{i},Công dân {i},1980")
    with app.app_context():
        import_roster(db.session(), "\n".join(rows).encode(), "roster.csv")
        forms_domain.import_path(db.session(), FORMS / "gia_dinh_kieu_mau.xlsx")
        db.session().commit()
    add_user(app, "quan", "admin")
    add_user(app, "lan", "volunteer", GROUPS)
    app.extensions["engine"].dispose()
    return app


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Host:
    """`kieumau serve` on an empty data folder of its own, in a process group of its own so
    that the whole host (master, workers, scorer) can be killed at once."""

    def __init__(self, data: Path, database_url: str | None, **settings: str) -> None:
        self.data, self.port = data, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "KIEUMAU_DATA": str(data)}
        for name in ("DATABASE_URL", "KIEUMAU_PUBLIC_URL", "KIEUMAU_SECRET_KEY", "KIEUMAU_ATTACHMENTS"):
            env.pop(name, None)
        if database_url:  # else SQLite in its data folder
            env["DATABASE_URL"] = database_url
        env.update({f"KIEUMAU_{name}": value for name, value in settings.items()})
        self.env = env
        self.proc = subprocess.Popen(
            [KIEUMAU, "serve", "--port", str(self.port), "--workers", "2", "--no-access-log"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )  # fmt: skip
        self.output: list[str] = []

    def ready(self) -> None:
        deadline = time.time() + 120
        while "kieumau: http://" not in (self.output[-1] if self.output else ""):
            assert time.time() < deadline and self.proc.poll() is None, "".join(self.output)
            self.output.append(self.proc.stdout.readline())
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()  # keep the pipe drained
        for _ in range(300):
            try:
                requests.get(f"{self.url}/login", timeout=10)
                return
            except requests.RequestException:
                time.sleep(0.1)

    def kill(self) -> None:
        """The machine dies: every process of the host at once, nothing flushed or closed."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        self.proc.stdout.close()  # once the drain thread has read to the end

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(60)
            self.proc.stdout.close()

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([KIEUMAU, *args], env=self.env, capture_output=True, text=True, timeout=300)


def household_xml(
    unit: str, i: int, instance_id: str, deprecated: str | None = None, **changes: str
) -> bytes:
    answers = {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}", **changes}
    if deprecated:
        answers["meta/deprecatedID"] = deprecated
    return instance_xml(FORMS / "gia_dinh_kieu_mau.xlsx", answers, instance_id)


def photo(seed: str, size: int = 300_000) -> bytes:
    """A JPEG-looking photo of `size` bytes (over 1 MB: staged on disk while it arrives)."""
    block = hashlib.sha256(seed.encode()).digest()
    return b"\xff\xd8\xff\xe0" + (block * (size // 32 + 1))[: size - 4]


def post(url: str, xml: bytes, files: dict[str, bytes] | None = None, auth=None) -> requests.Response:
    parts = [("xml_submission_file", ("submission.xml", xml, "text/xml"))]
    parts += [(name, (name, content, "image/jpeg")) for name, content in (files or {}).items()]
    return requests.post(f"{url}/submission", files=parts, auth=auth, headers=OR_HEADERS, timeout=60)


def sign_in(url: str) -> str:
    web = requests.Session()
    token = TOKEN.search(web.get(f"{url}/login", timeout=10).text).group(1)
    resp = web.post(
        f"{url}/login", data={"csrf_token": token, "username": "quan", "password": PASSWORD},
        allow_redirects=False, timeout=10,
    )  # fmt: skip
    assert resp.status_code == 302, resp.text
    return web.cookies["session"]


def get(url: str, path: str, cookie: str) -> requests.Response:
    resp = requests.get(f"{url}{path}", cookies={"session": cookie}, allow_redirects=False, timeout=120)
    assert resp.status_code == 200, (url, path, resp.status_code, resp.text[:300])
    return resp


def page_text(html: str) -> str:
    """A page without what differs per request (CSRF tokens, CSP nonces)."""
    return re.sub(r'(csrf_token"[^>]*? value|nonce)="[^"]*"', "", html)


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def wait_scored(engine, timeout: float = 180) -> None:
    deadline = time.time() + timeout
    with engine.connect() as conn:
        while conn.scalar(text("SELECT count(*) FROM scoring_queue")):
            assert time.time() < deadline, "submissions left unscored"
            conn.rollback()
            time.sleep(0.3)


def submission_id(engine, instance_id: str) -> int:
    with engine.connect() as conn:
        return conn.scalar(text("SELECT id FROM submission WHERE instance_id = :i"), {"i": instance_id})


def units_api(url: str, cookie: str) -> list:
    return get(url, f"/api/v1/years/{YEAR}/units?per_page=1000", cookie).json()["units"]


def test_two_hosts_on_one_database(province, database_url, tmp_path):
    engine = create_engine(database_url)
    # both start at the same moment on a database with no secret key yet: one makes it, both use it
    a, b = Host(tmp_path / "a", database_url), Host(tmp_path / "b", database_url)
    try:
        a.ready()
        b.ready()
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM site_value WHERE name = 'secret_key'")) == 1
        cookie = sign_in(a.url)
        assert "quan" in get(b.url, "/admin/", cookie).text  # A's page session is good at B

        # a Digest nonce A issued signs a request to B; its count is then used up at A too
        nonce = challenge(f"{a.url}/formList")
        header = digest_header("lan", "GET", "/formList", nonce["nonce"], opaque=nonce["opaque"])
        signed = {**OR_HEADERS, "Authorization": header}
        assert requests.get(f"{b.url}/formList", headers=signed, timeout=10).status_code == 200
        assert requests.get(f"{a.url}/formList", headers=signed, timeout=10).status_code == 401

        # a phone sends a household with its photo to A, then its edit with a new photo to B
        auth = requests.auth.HTTPDigestAuth("lan", PASSWORD)
        first, second = photo("first"), photo("second", 1_500_000)
        resp = post(a.url, household_xml("TDP01", 0, "uuid:h0", photo="cong.jpg"), {"cong.jpg": first}, auth)
        assert resp.status_code == 201, resp.text
        edit = household_xml("TDP01", 0, "uuid:h0-edit", deprecated="uuid:h0", photo="cong2.jpg", so_bhyt="3")
        resp = post(b.url, edit, {"cong2.jpg": second}, auth)
        assert resp.status_code == 201, resp.text
        original, edited = submission_id(engine, "uuid:h0"), submission_id(engine, "uuid:h0-edit")
        for host in (a, b):
            assert get(host.url, f"/submissions/{original}/files/cong.jpg", cookie).content == first
            assert get(host.url, f"/submissions/{edited}/files/cong2.jpg", cookie).content == second
        assert not list((tmp_path / "a").rglob("*.jpg")) and not list((tmp_path / "b").rglob("*.jpg"))

        # phones on both hosts at once: every household of the town, some twice; both scorers drain
        errors: list[str] = []

        def phone(host: Host, jobs: list[tuple[str, int, str]]) -> None:
            for unit, i, iid in jobs:
                got = post(host.url, household_xml(unit, i, iid, so_bhyt=str(i % 5)), auth=auth)
                if got.status_code != 201:
                    errors.append(f"{host.url} {iid} {got.status_code} {got.text[:200]}")

        jobs = [(u, i, f"uuid:{u}-{i}") for u in GROUPS for i in range(1, PER_GROUP)]
        jobs += [(u, i, f"uuid:{u}-{i}-again") for u in GROUPS for i in range(1, PER_GROUP, 4)]
        phones = [
            threading.Thread(target=phone, args=(host, jobs[k::4])) for k, host in enumerate((a, b, a, b))
        ]
        for t in phones:
            t.start()
        for t in phones:
            t.join(300)
        assert errors == []
        wait_scored(engine)
        incremental = units_api(a.url, cookie)
        assert units_api(b.url, cookie) == incremental
        rescored = a.cli("rescore", "--year", str(YEAR))
        assert rescored.returncode == 0, rescored.stderr
        # scored exactly once each: what both scorers moved equals a rescore from nothing
        assert units_api(b.url, cookie) == incremental

        # the CSV, the pages and the PDFs read the same from both hosts
        for path in (f"/reports/{YEAR}/submissions/gia_dinh_kieu_mau.csv", f"/reports/{YEAR}/units.csv"):
            assert get(a.url, path, cookie).content == get(b.url, path, cookie).content, path
        assert "uuid:h0-edit" in get(a.url, f"/reports/{YEAR}/submissions/gia_dinh_kieu_mau.csv", cookie).text
        for path in (f"/submissions/{edited}", f"/years/{YEAR}", f"/years/{YEAR}/units/TDP01"):
            assert page_text(get(a.url, path, cookie).text) == page_text(get(b.url, path, cookie).text), path
        for path in ("units/TDP01/proposals.pdf", "decision.pdf"):
            here, there = (pdf_text(get(h.url, f"/reports/{YEAR}/{path}", cookie).content) for h in (a, b))
            assert here == there and "PHONG SƠN" in here, path
        listed = f"/reports/{YEAR}/units/TDP01/households.csv"
        assert get(a.url, listed, cookie).content == get(b.url, listed, cookie).content
        assert "Chủ hộ 1" in get(b.url, listed, cookie).content.decode("utf-8-sig")

        # host A dies while phones upload to it: what it acknowledged is there, read from B
        acked: dict[str, tuple[int, str, bytes]] = {}
        stop_posting = threading.Event()

        def phone_on_a() -> None:
            n = 0
            while not stop_posting.is_set():
                n += 1
                iid, picture = f"uuid:{uuid.uuid4()}", photo(f"kill-{n}", 60_000 + n)
                xml = household_xml("TDP02", n % PER_GROUP, iid, photo="nha.jpg")
                try:
                    got = post(a.url, xml, {"nha.jpg": picture}, auth)
                except requests.RequestException:
                    continue  # not acknowledged: the phone keeps it
                if got.status_code == 201:
                    acked[iid] = (n % PER_GROUP, "nha.jpg", picture)

        posting = threading.Thread(target=phone_on_a)
        posting.start()
        big_iid, big = "uuid:big-photo", photo("big", 4_000_000)
        body, boundary = multipart(household_xml("TDP03", 1, big_iid, photo="to.jpg"), {"to.jpg": big})
        slow = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
        slow.putrequest("POST", "/submission")
        for name, value in {
            **OR_HEADERS,
            "Authorization": digest_header(
                "lan", "POST", "/submission", (nonce := challenge(f"{a.url}/submission"))["nonce"],
                opaque=nonce["opaque"],
            ),
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(len(body)),
        }.items():  # fmt: skip
            slow.putheader(name, value)
        slow.endheaders()
        slow.send(body[: len(body) // 2])  # half the photo is on its way
        while len(acked) < 10:
            time.sleep(0.05)
        a.kill()
        stop_posting.set()
        posting.join(60)
        slow.close()
        with engine.connect() as conn:
            stored = dict(conn.execute(text("SELECT instance_id, id FROM submission")).all())
        assert big_iid not in stored  # never acknowledged, nothing half-stored
        lost = set(acked) - set(stored)
        assert not lost, f"acknowledged by A, lost: {sorted(lost)[:5]}"
        for iid, (_i, name, picture) in acked.items():  # every acknowledged photo, from B
            assert get(b.url, f"/submissions/{stored[iid]}/files/{name}", cookie).content == picture, iid
        # the phone sends the big one again, to B now; what A stored but never scored, B scores
        resp = post(b.url, household_xml("TDP03", 1, big_iid, photo="to.jpg"), {"to.jpg": big}, auth)
        assert resp.status_code == 201, resp.text
        assert (
            get(b.url, f"/submissions/{submission_id(engine, big_iid)}/files/to.jpg", cookie).content == big
        )
        wait_scored(engine)
        with engine.connect() as conn:
            assert (
                conn.scalar(text("SELECT count(*) FROM submission WHERE instance_id = :i"), {"i": big_iid})
                == 1
            )
        print(f"acknowledged by A before it died: {len(acked)}")
    finally:
        for host in (a, b):
            host.stop()
        engine.dispose()


def multipart(xml: bytes, files: dict[str, bytes]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [(b"xml_submission_file", b"submission.xml", b"text/xml", xml)]
    parts += [(n.encode(), n.encode(), b"image/jpeg", c) for n, c in files.items()]
    body = b""
    for name, filename, kind, content in parts:
        body += (
            b"--" + boundary.encode() + b"\r\n"
            b'Content-Disposition: form-data; name="' + name + b'"; filename="' + filename + b'"\r\n'
            b"Content-Type: " + kind + b"\r\n\r\n" + content + b"\r\n"
        )
    return body + b"--" + boundary.encode() + b"--\r\n", boundary


@pytest.fixture
def redis_server(tmp_path):
    """A real Redis on 127.0.0.1 (Debian's redis-server), nothing saved to disk."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (scripts/test installs it as root)")
    port = free_port()
    proc = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield proc, f"redis://127.0.0.1:{port}"
    if proc.poll() is None:
        proc.terminate()
        proc.wait(10)


def test_the_login_limit_is_counted_once_for_every_host_in_redis(redis_server, database_url, tmp_path):
    """LOGIN_RATE_LIMIT with RATELIMIT_STORAGE_URI=redis://: attempts at either host (and any
    of their workers) count together. When Redis stops answering, sign-in still works:
    each process counts on its own until it is back."""
    redis_proc, uri = redis_server
    shared = database_url if database_url.startswith("postgresql") else None
    settings = {"RATELIMIT_STORAGE_URI": uri, "LOGIN_RATE_LIMIT": "4 per minute"}
    a, b = Host(tmp_path / "a", shared, **settings), Host(tmp_path / "b", shared, **settings)
    try:
        a.ready()
        b.ready()

        browsers = {host.url: requests.Session() for host in (a, b)}

        def attempt(host: Host) -> int:  # a wrong password, through the page's own form
            web = browsers[host.url]
            token = TOKEN.search(web.get(f"{host.url}/login", timeout=10).text).group(1)
            form = {"csrf_token": token, "username": "nobody", "password": "wrong password"}
            return web.post(f"{host.url}/login", data=form, allow_redirects=False, timeout=10).status_code

        answers = [attempt(host) for host in (a, b, a, b)]
        assert 429 not in answers and 500 not in answers, answers
        assert attempt(a) == 429 and attempt(b) == 429  # the fifth, at either host
        redis_proc.kill()
        redis_proc.wait(10)
        started = time.monotonic()
        assert attempt(b) in (200, 429)  # answered, not an error page
        assert time.monotonic() - started < 10
    finally:
        for host in (a, b):
            host.stop()
