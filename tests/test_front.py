"""`kieumau serve`'s HTTP front against hostile clients (server/front.py): with ONE worker
thread, connections that send nothing or send their request a line at a time must not keep
a phone from being answered; one address cannot take every connection; a request head
that never ends is cut off; a body too large is refused before it is sent; garbage gets
400. Attackers come from other loopback addresses (127.0.0.x), the phone from 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from test_serve import free_port

from orhelpers import OR_HEADERS

ROOT = Path(__file__).resolve().parent.parent
PER_ADDRESS = 4


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`kieumau serve` with one worker of one thread; yields its port and its output."""
    tmp = tmp_path_factory.mktemp("front")
    port = free_port()
    env = {
        **os.environ,
        "KIEUMAU_DATA": str(tmp / "data"),
        "KIEUMAU_CONNECTIONS_PER_ADDRESS": str(PER_ADDRESS),
    }
    env.pop("DATABASE_URL", None)
    env.pop("KIEUMAU_PUBLIC_URL", None)
    kieumau = str(Path(sys.executable).parent / "kieumau")
    args = ["serve", "--port", str(port), "--workers", "1", "--threads", "1"]
    log = (tmp / "serve.log").open("w")
    proc = subprocess.Popen([kieumau, *args], cwd=ROOT, env=env, stdout=log, stderr=log)
    deadline = time.time() + 60
    while True:
        try:
            requests.get(f"http://127.0.0.1:{port}/formList", headers=OR_HEADERS, timeout=2)
            break
        except requests.ConnectionError:
            assert time.time() < deadline and proc.poll() is None, (tmp / "serve.log").read_text()
            time.sleep(0.2)
    yield port, tmp / "serve.log"
    proc.terminate()
    proc.wait(15)
    log.close()


def connect(port: int, source: str) -> socket.socket:
    sock = socket.socket()
    sock.bind((source, 0))
    sock.settimeout(20)
    sock.connect(("127.0.0.1", port))
    return sock


def answer(sock: socket.socket) -> bytes:
    """What the server sends until it closes the connection."""
    out = b""
    while chunk := sock.recv(65536):
        out += chunk
    return out


@pytest.fixture
def server(served):
    return served[0]


def test_idle_and_slow_connections_do_not_hold_the_only_thread(server):
    idle = [connect(server, f"127.0.0.{10 + i // PER_ADDRESS}") for i in range(12)]
    slow = [connect(server, f"127.0.0.{20 + i}") for i in range(3)]
    try:
        for sock in slow:
            sock.sendall(b"POST /submission HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        time.sleep(0.5)
        for sock in slow:
            sock.sendall(b"X-OpenRosa-Version: 1.0\r\n")  # still sending, never finishing
        # a phone: every request answered while all of those stay open (Digest's challenge)
        for _ in range(3):
            resp = requests.get(f"http://127.0.0.1:{server}/formList", headers=OR_HEADERS, timeout=8)
            assert resp.status_code == 401 and resp.headers["WWW-Authenticate"].startswith("Digest")
            resp = requests.head(f"http://127.0.0.1:{server}/submission", headers=OR_HEADERS, timeout=8)
            assert resp.status_code == 401
    finally:
        for sock in idle + slow:
            sock.close()


def test_one_address_cannot_take_every_connection(server):
    held = [connect(server, "127.0.0.30") for _ in range(PER_ADDRESS)]
    try:
        extra = connect(server, "127.0.0.30")
        assert answer(extra).startswith(b"HTTP/1.1 503 ")
        extra.close()
        # other addresses are still served
        resp = requests.get(f"http://127.0.0.1:{server}/formList", headers=OR_HEADERS, timeout=8)
        assert resp.status_code == 401
    finally:
        for sock in held:
            sock.close()
    # once the server has seen them close, the address may connect again
    request = b"GET /formList HTTP/1.1\r\nHost: x\r\nX-OpenRosa-Version: 1.0\r\nConnection: close\r\n\r\n"
    deadline = time.time() + 10
    while True:
        again = connect(server, "127.0.0.30")
        try:
            again.sendall(request)
            got = answer(again)
        except ConnectionResetError:  # refused while the request was on its way
            got = b"HTTP/1.1 503 "
        again.close()
        if not got.startswith(b"HTTP/1.1 503 ") or time.time() > deadline:
            break
        time.sleep(0.2)
    assert got.startswith(b"HTTP/1.1 401 "), got[:100]


def test_a_request_head_that_never_ends_is_cut_off(server):
    sock = connect(server, "127.0.0.40")
    sock.sendall(b"GET /formList HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    deadline = time.time() + 20
    got = b""
    while time.time() < deadline:  # a line every second, as slowloris does, until refused
        try:
            sock.sendall(b"X-Slow: a\r\n")
        except OSError:
            break
        sock.settimeout(1)
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        if not chunk:
            break
        got += chunk
    sock.close()
    assert got.startswith(b"HTTP/1.1 408 "), got
    assert "Gửi quá chậm".encode() in got and b"Request too slow" in got


def test_a_body_too_large_is_refused_before_it_is_sent(server):
    sock = connect(server, "127.0.0.50")
    sock.sendall(
        b"POST /submission HTTP/1.1\r\nHost: 127.0.0.1\r\nX-OpenRosa-Version: 1.0\r\n"
        b"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000000000\r\n\r\n"
    )
    got = answer(sock)
    sock.close()
    assert got.startswith(b"HTTP/1.1 413 ") and b"Request body too large" in got


def test_garbage_gets_400(server):
    sock = connect(server, "127.0.0.60")
    sock.sendall(b"HELLO THERE\r\n\r\n")
    got = answer(sock)
    sock.close()
    assert got.startswith(b"HTTP/1.1 400 ")


def test_the_access_log_masks_secrets_and_cannot_be_forged(served):
    port, log = served
    forged = "/key/tok3nSECRET/formList%0A127.0.0.1%20%22GET%20/admin%22%20200"
    requests.get(f"http://127.0.0.1:{port}{forged}?password=hunter2&page=2", headers=OR_HEADERS, timeout=8)
    requests.get(
        f"http://127.0.0.1:{port}/formList",
        headers={
            **OR_HEADERS,
            "Authorization": 'Digest username="admin", response="abc123"',
            "Cookie": "s=c00kie",
        },
        timeout=8,
    )
    time.sleep(0.5)
    text = log.read_text()
    assert (
        '127.0.0.1 "GET /key/***/formList\\x0a127.0.0.1 \\x22GET /admin\\x22 200?password=***&page=2" 404 '
        in text
    )
    assert '127.0.0.1 "GET /formList" 401 ' in text
    for secret in ("tok3nSECRET", "hunter2", "abc123", "c00kie", "username="):
        assert secret not in text
    assert not any(line.startswith('127.0.0.1 "GET /admin"') for line in text.splitlines())
