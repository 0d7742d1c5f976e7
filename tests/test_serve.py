"""`kieumau serve` as a newcomer runs it: a fresh data folder, the production server (gunicorn),
the bundled forms imported, the first admin's password printed once — and ODK Collect's first
requests answered."""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from procinfo import scorer_pids, worker_pids
from requests.auth import HTTPDigestAuth

from formdata import instance_xml
from orhelpers import OR_HEADERS, post

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(tmp_path: Path, port: int, **settings: str) -> tuple[subprocess.Popen, str]:
    """`kieumau serve` (one worker) on a fresh data folder with the embedded default and any
    `settings` as environment variables; returns the process and what it printed, once it answers."""
    env = {**os.environ, "KIEUMAU_DATA": str(tmp_path / "data"), **settings}
    env.pop("DATABASE_URL", None)  # the embedded default: SQLite in the data folder
    env.pop("KIEUMAU_PUBLIC_URL", None)  # unset: the links follow --port
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "kieumau"), "serve", "--port", str(port), "--workers", "1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    lines = []
    deadline = time.time() + 60
    while time.time() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if "kieumau: http://" in line:
            break
    for _ in range(100):
        try:
            requests.get(f"http://127.0.0.1:{port}/formList", headers=OR_HEADERS, timeout=2)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    return proc, "".join(lines)


def the_scorer(master: int, other_than: int | None = None, wait: float = 15) -> int:
    """The pid of the server's one scorer process (not `other_than`), once it is there: a
    process just forked renames itself a moment later, which a loaded machine makes longer."""
    deadline = time.time() + wait
    while (found := [p for p in scorer_pids(master) if p != other_than]) == []:
        assert time.time() < deadline, "no scorer process"
        time.sleep(0.1)
    [pid] = found
    return pid


def stop(proc: subprocess.Popen) -> str:
    """Stop the server as a service manager does (SIGTERM) and wait for it; returns what it
    printed since it answered, with its pipe closed."""
    proc.terminate()
    return proc.communicate(timeout=15)[0]


def test_serve_starts_on_a_fresh_data_folder(tmp_path):
    port = free_port()
    proc, output = start(tmp_path, port)
    try:
        match = re.search(r"first admin: admin / (\S+)", output)
        assert match, output
        password = match.group(1)
        assert "gia_dinh_kieu_mau" in output
        resp = requests.get(f"http://127.0.0.1:{port}/formList", headers=OR_HEADERS, timeout=2)
        assert resp.status_code == 401 and resp.headers["WWW-Authenticate"].startswith("Digest")
        auth = HTTPDigestAuth("admin", password)
        listing = requests.get(f"http://127.0.0.1:{port}/formList", auth=auth, headers=OR_HEADERS, timeout=5)
        assert listing.status_code == 200
        for form_id in ("dang_ky_thi_dua", "gia_dinh_kieu_mau", "cong_dan_kieu_mau", "to_dan_pho_kieu_mau"):
            assert f"<formID>{form_id}</formID>".encode() in listing.content
        assert f"<downloadUrl>http://127.0.0.1:{port}/forms/gia_dinh_kieu_mau.xml".encode() in listing.content
        head = requests.head(f"http://127.0.0.1:{port}/submission", auth=auth, headers=OR_HEADERS, timeout=5)
        assert head.status_code == 204 and head.headers["X-OpenRosa-Accept-Content-Length"]
    finally:
        stop(proc)
    assert (tmp_path / "data" / "kieumau.db").exists()


def test_serve_scores_in_a_process_of_its_own_that_ends_with_the_server(tmp_path):
    """The scorer of `kieumau serve` is a process beside the workers: a submission is scored
    soon after its 201 with no one reading results, and stopping the server stops it too."""
    port = free_port()
    proc, output = start(tmp_path, port)
    try:
        password = re.search(r"first admin: admin / (\S+)", output).group(1)
        scorer = the_scorer(proc.pid)
        assert len(worker_pids(proc.pid)) == 1
        xml = instance_xml(
            ROOT / "forms" / "gia_dinh_kieu_mau.xlsx", {"unit": "TDP1", "household": "H1"}, "uuid:serve-1"
        )
        resp = post(f"http://127.0.0.1:{port}", xml, auth=HTTPDigestAuth("admin", password))
        assert resp.status_code == 201, resp.text
        database = sqlite3.connect(tmp_path / "data" / "kieumau.db")
        deadline = time.time() + 15
        while database.execute("SELECT count(*) FROM scoring_queue").fetchone()[0]:
            assert time.time() < deadline, "not scored"
            time.sleep(0.2)
        assert database.execute("SELECT count(*) FROM submission").fetchone()[0] == 1
        database.close()
    finally:
        stop(proc)
    deadline = time.time() + 10
    while Path(f"/proc/{scorer}").exists():  # gone, not left behind as an orphan
        assert time.time() < deadline, "the scorer outlived the server"
        time.sleep(0.1)


@pytest.mark.slow
def test_background_scoring_false_in_the_environment_leaves_scoring_to_the_readers(tmp_path):
    """KIEUMAU_BACKGROUND_SCORING=false (as people type it) turns the background scoring of
    `kieumau serve` off: a submission stays pending with no one reading, and the first page
    read scores it."""
    port = free_port()
    proc, output = start(tmp_path, port, KIEUMAU_BACKGROUND_SCORING="false")
    try:
        password = re.search(r"first admin: admin / (\S+)", output).group(1)
        xml = instance_xml(
            ROOT / "forms" / "gia_dinh_kieu_mau.xlsx", {"unit": "TDP1", "household": "H1"}, "uuid:serve-off"
        )
        assert (
            post(f"http://127.0.0.1:{port}", xml, auth=HTTPDigestAuth("admin", password)).status_code == 201
        )
        database = sqlite3.connect(tmp_path / "data" / "kieumau.db")
        pending = "SELECT count(*) FROM scoring_queue"
        time.sleep(3)  # the background scorer, when on, takes well under a second for one submission
        assert database.execute(pending).fetchone()[0] == 1
        assert requests.get(f"http://127.0.0.1:{port}/login", timeout=30).status_code == 200
        assert database.execute(pending).fetchone()[0] == 0
        database.close()
    finally:
        stop(proc)


def test_a_scorer_that_dies_is_started_again_and_says_so(tmp_path):
    """Killed (the out-of-memory killer, a slip of `kill -9`), the background process comes
    back within seconds, the server says so, and what arrives next is still scored."""
    port = free_port()
    proc, output = start(tmp_path, port)
    try:
        password = re.search(r"first admin: admin / (\S+)", output).group(1)
        scorer = the_scorer(proc.pid)
        os.kill(scorer, signal.SIGKILL)
        again = the_scorer(proc.pid, other_than=scorer)
        xml = instance_xml(
            ROOT / "forms" / "gia_dinh_kieu_mau.xlsx", {"unit": "TDP1", "household": "H2"}, "uuid:serve-again"
        )
        assert (
            post(f"http://127.0.0.1:{port}", xml, auth=HTTPDigestAuth("admin", password)).status_code == 201
        )
        database = sqlite3.connect(tmp_path / "data" / "kieumau.db")
        deadline = time.time() + 15
        while database.execute("SELECT count(*) FROM scoring_queue").fetchone()[0]:
            assert time.time() < deadline, "not scored after the restart"
            time.sleep(0.2)
        database.close()
    finally:
        rest = stop(proc)
    assert f"background process {scorer} ended; starting it again" in rest
    assert f"started again as {again}" in rest


def test_a_second_server_on_the_same_data_folder_is_refused_and_links_follow_the_first(tmp_path):
    port = free_port()
    proc, _output = start(tmp_path, port)
    env = {**os.environ, "KIEUMAU_DATA": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    env.pop("KIEUMAU_PUBLIC_URL", None)
    kieumau = str(Path(sys.executable).parent / "kieumau")
    try:
        second = subprocess.run(
            [kieumau, "serve", "--port", str(free_port()), "--workers", "1"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 1
        assert "another kieumau server is running" in second.stderr and f":{port}" in second.stderr
        token = subprocess.run(
            [kieumau, "user", "token", "admin"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert token.returncode == 0, token.stderr
        assert token.stdout.startswith(f"http://127.0.0.1:{port}/key/")
        assert "phones cannot reach it" in token.stderr  # 127.0.0.1: as the admin page warns
    finally:
        stop(proc)
    again, output = start(tmp_path, port)  # the lock goes with the server
    stop(again)
    assert f"kieumau: http://127.0.0.1:{port}" in output
