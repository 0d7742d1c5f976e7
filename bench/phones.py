"""An OpenRosa load generator that shares no code with the server (nor with the tests):
plain `requests` sessions (keep-alive), its own Digest and token-URL handling and its own
submission XML. bench/stream.py and bench/backlog_read.py drive `kieumau serve` with it.

Each phone is a thread with a session of its own, sending one household submission after
another, as ODK Collect sends a finalized batch."""

from __future__ import annotations

import hashlib
import http.client
import multiprocessing
import os
import secrets
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field

import requests

BOUNDARY = "----phonesBoundary9QxG2hWk"
HEADERS = {"X-OpenRosa-Version": "1.0", "User-Agent": "org.odk.collect.android/v2025.2.0 (phones)"}

# gia_dinh_kieu_mau's instance (forms/gia_dinh_kieu_mau.xlsx, version 2026120703), written out
# here so the generator needs nothing of the server's to build it
_HOUSEHOLD = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    '<data id="gia_dinh_kieu_mau" version="2026120703"><unit>{unit}</unit><year>{year}</year>'
    "<new_household>{new}</new_household><household>{household}</household>"
    "<head_name>{head}</head_name><address>{address}</address><members>{members}</members>"
    "<hh_members>4</hh_members><location/><photo/>"
    "<nhom_kinh_te><ho_ngheo>no</ho_ngheo><thu_nhap>yes</thu_nhap><nha_o>kien_co</nha_o></nhom_kinh_te>"
    "<nhom_moi_truong><canh_quan>vuon cong_ngo</canh_quan><nuoc_sach>yes</nuoc_sach><nha_tieu>yes</nha_tieu>"
    "<phan_loai_rac>yes</phan_loai_rac></nhom_moi_truong><nhom_suc_khoe><so_bhyt>4</so_bhyt></nhom_suc_khoe>"
    "<nhom_phap_luat><bao_luc_gd>no</bao_luc_gd><te_nan>no</te_nan><nep_song>yes</nep_song></nhom_phap_luat>"
    "<nhom_khong_xet><truy_cuu_hs>no</truy_cuu_hs><tron_nghia_vu>no</tron_nghia_vu><tao_hon>no</tao_hon><xu_phat_hc>no</xu_phat_hc></nhom_khong_xet>"
    "<nhom_hoc_tap_lao_dong><so_tre_tuoi_hoc>0</so_tre_tuoi_hoc><so_tre_di_hoc/><so_lao_dong>2</so_lao_dong>"
    "<so_co_viec>2</so_co_viec></nhom_hoc_tap_lao_dong>"
    "<nhom_van_hoa><phong_trao>tu_thien sinh_hoat</phong_trao></nhom_van_hoa><ghi_chu/>"
    '<meta><entity dataset="households" create="1" id=""><label/></entity>'
    "<instanceID>uuid:{iid}</instanceID><instanceName/></meta></data>"
)


def household_xml(unit: str, household: str, year: int = 2026, door: bool = False) -> bytes:
    """A model household's submission; `door`: a household added at the door (not on the roster)."""
    head, address, members = ("Chủ hộ mới", "Số 1, ngõ 2", "4") if door else ("", "", "")
    return _HOUSEHOLD.format(
        unit=unit, year=year, new="yes" if door else "no", household=household, head=head,
        address=address, members=members, iid=uuid.uuid4(),
    ).encode()  # fmt: skip


def multipart(xml: bytes) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
        f'filename="submission.xml"\r\nContent-Type: text/xml\r\n\r\n'.encode()
        + xml
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


class DigestAuth(requests.auth.AuthBase):
    """Collect's Digest: one challenge (a HEAD), then a preemptive header with nc counting up."""

    def __init__(self, session: requests.Session, base: str, username: str, password: str) -> None:
        r = session.head(f"{base}/submission", headers=HEADERS, timeout=60)
        params = {}
        for part in r.headers["WWW-Authenticate"].split(" ", 1)[1].split(","):
            k, _, v = part.strip().partition("=")
            params[k] = v.strip('"')
        self.username, self.realm, self.nonce = username, params["realm"], params["nonce"]
        self.opaque = params.get("opaque", "")
        self.ha1 = hashlib.md5(f"{username}:{self.realm}:{password}".encode()).hexdigest()
        self.nc = 0

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        r.headers["Authorization"] = self.header(r.method or "POST", r.path_url)
        return r

    def header(self, method: str, uri: str) -> str:
        """The next request's Authorization header."""
        self.nc += 1
        nc, cnonce = f"{self.nc:08x}", secrets.token_hex(8)
        ha2 = hashlib.md5(f"{method}:{uri}".encode()).hexdigest()
        resp = hashlib.md5(f"{self.ha1}:{self.nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()
        return (
            f'Digest username="{self.username}", realm="{self.realm}", nonce="{self.nonce}", '
            f'uri="{uri}", qop=auth, nc={nc}, cnonce="{cnonce}", response="{resp}", opaque="{self.opaque}"'
        )


@dataclass
class Phone:
    """Where one phone sends: its token URL, or Digest credentials on the plain URL."""

    unit: str
    token: str | None = None
    username: str | None = None
    password: str | None = None


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)  # seconds, of the answered POSTs
    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    client_cpu: float = 0.0

    def pct(self, p: float) -> float:
        s = sorted(self.latencies)
        return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000 if s else float("nan")


class _RequestsSender:
    """A phone's keep-alive connection through a `requests` session."""

    def __init__(self, base: str, p: Phone) -> None:
        self.s = requests.Session()
        self.s.trust_env = False  # no proxy or .netrc lookups per request: a phone has none
        self.url = f"{base}/key/{p.token}/submission" if p.token else f"{base}/submission"
        if p.username:
            self.s.auth = DigestAuth(self.s, base, p.username, p.password or "")
        self.headers = {**HEADERS, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}

    def post(self, body: bytes) -> tuple[int, str]:
        r = self.s.post(self.url, data=body, headers=self.headers, timeout=120)
        return r.status_code, r.text

    def close(self) -> None:
        self.s.close()


class _HttpSender:
    """A phone's keep-alive connection through the standard library's http.client: the same
    requests on the wire for about a third of the client's CPU (a phone's own CPU is not the
    server's, and here both share two cores). Reconnects once when the server has closed
    an idle connection, as Collect's OkHttp does."""

    def __init__(self, base: str, p: Phone) -> None:
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.path = f"/key/{p.token}/submission" if p.token else "/submission"
        self.digest = None
        if p.username:
            with requests.Session() as s:  # the challenge, once
                s.trust_env = False
                self.digest = DigestAuth(s, base, p.username, p.password or "")
        self.headers = {**HEADERS, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)

    def post(self, body: bytes) -> tuple[int, str]:
        headers = dict(self.headers)
        if self.digest is not None:
            headers["Authorization"] = self.digest.header("POST", self.path)
        for attempt in (1, 2):
            try:
                self.conn.request("POST", self.path, body, headers)
                resp = self.conn.getresponse()
                return resp.status, resp.read().decode("utf-8", "replace")
            except (http.client.RemoteDisconnected, ConnectionError, http.client.CannotSendRequest):
                self.conn.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()


SENDERS = {"requests": _RequestsSender, "http": _HttpSender}


def run(
    base: str,
    phones: list[Phone],
    *,
    seconds: float | None = None,
    count: int | None = None,
    door: bool = False,
    households: int = 50,
    processes: int = 1,
    client: str = "requests",
    rate: float | None = None,
) -> Outcome:
    """Every phone sends household submissions one after another until `seconds` pass or
    `count` were sent in all; returns the POSTs' latencies and statuses. With `processes`
    above 1 the phones are spread over that many client processes, as real phones share no
    interpreter: one process's threads queue for its GIL, which a phone never does, and that
    queueing would be counted in the latencies. `client`: "requests" or "http" (http.client).
    `rate`: submissions per second from all phones together, each phone sending on a fixed
    schedule (open loop) instead of as soon as its last one was answered; a latency then
    counts from when the submission was due, so a server that falls behind its schedule
    shows it (no coordinated omission)."""
    if processes > 1 and len(phones) > 1:
        return _run_spread(base, phones, seconds, count, door, households, processes, client, rate)
    return _run_threads(base, phones, seconds, count, door, households, client, rate)


def _run_spread(base, phones, seconds, count, door, households, processes: int, client, rate) -> Outcome:
    ctx = multiprocessing.get_context("fork")
    groups = [phones[i::processes] for i in range(min(processes, len(phones)))]
    gate = ctx.Barrier(len(groups) + 1)
    results = ctx.Queue()

    def child(group: list[Phone], share: int | None) -> None:
        gate.wait()
        mine = None if rate is None else rate * len(group) / len(phones)
        out = _run_threads(base, group, seconds, share, door, households, client, mine)
        results.put(out)

    shares = [None] * len(groups) if count is None else [count * len(g) // len(phones) for g in groups]
    if count is not None:
        shares[0] += count - sum(shares)
    procs = [ctx.Process(target=child, args=(g, n), daemon=True) for g, n in zip(groups, shares, strict=True)]
    for proc in procs:
        proc.start()
    gate.wait()
    outs = [results.get() for _ in procs]
    for proc in procs:
        proc.join()
    total = Outcome(seconds=max(o.seconds for o in outs), client_cpu=sum(o.client_cpu for o in outs))
    for o in outs:
        total.latencies.extend(o.latencies)
        total.errors.extend(o.errors)
        for code, n in o.statuses.items():
            total.statuses[code] = total.statuses.get(code, 0) + n
    return total


def _run_threads(base, phones, seconds, count, door, households, client="requests", rate=None) -> Outcome:
    out = Outcome()
    lock = threading.Lock()
    left = [count if count is not None else 1 << 62]
    gate = threading.Barrier(len(phones) + 1)
    stop_at = [0.0]
    every = None if not rate else len(phones) / rate  # seconds between one phone's submissions

    def phone(i: int, p: Phone) -> None:
        sender = SENDERS[client](base, p)
        mine, n = [], 0
        gate.wait()
        due = stop_at[1] + (every or 0) * i / len(phones)  # the phones' schedules interleaved
        while time.perf_counter() < stop_at[0]:
            with lock:
                if left[0] <= 0:
                    break
                left[0] -= 1
            n += 1
            tag = f"D{i:02d}-{n}-{os.getpid()}-{time.time_ns() % 10**9}" if door else None
            body = multipart(household_xml(p.unit, tag or f"{p.unit}-H{(n * 7 + i) % households}", door=door))
            if every is not None:
                time.sleep(max(0.0, due - time.perf_counter()))
                t0, due = due, due + every
            else:
                t0 = time.perf_counter()
            try:
                status, text = sender.post(body)
            except (requests.RequestException, OSError, http.client.HTTPException) as exc:
                with lock:
                    out.errors.append(repr(exc)[:200])
                continue
            mine.append(time.perf_counter() - t0)
            with lock:
                out.statuses[status] = out.statuses.get(status, 0) + 1
                if status != 201 and len(out.errors) < 20:
                    out.errors.append(f"{status} {text[:200]}")
        sender.close()
        with lock:
            out.latencies.extend(mine)

    threads = [threading.Thread(target=phone, args=(i, p), daemon=True) for i, p in enumerate(phones)]
    for t in threads:
        t.start()
    cpu0 = sum(os.times()[:2])
    stop_at[:] = [float("inf") if seconds is None else time.perf_counter() + seconds + 3600, 0.0]
    t0 = time.perf_counter()
    stop_at[1] = t0 + 0.05  # the first submissions are due just after every phone is ready
    gate.wait()
    if seconds is not None:
        stop_at[0] = t0 + seconds
    for t in threads:
        t.join()
    out.seconds = time.perf_counter() - t0
    out.client_cpu = sum(os.times()[:2]) - cpu0
    return out
