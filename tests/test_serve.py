"""`kieumau serve` as a newcomer runs it: a fresh data folder, the production server (gunicorn),
the bundled forms imported, the first admin's password printed once — and ODK Collect's first
requests answered."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

from orhelpers import OR_HEADERS

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_on_a_fresh_data_folder(tmp_path):
    port = free_port()
    env = {**os.environ, "KIEUMAU_DATA": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)  # the embedded default: SQLite in the data folder
    env.pop("KIEUMAU_PUBLIC_URL", None)  # unset: the links follow --port
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "kieumau"), "serve", "--port", str(port), "--workers", "1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        lines = []
        deadline = time.time() + 60
        while time.time() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "kieumau: http://" in line:
                break
        output = "".join(lines)
        match = re.search(r"first admin: admin / (\S+)", output)
        assert match, output
        password = match.group(1)
        assert "gia_dinh_kieu_mau" in output
        for _ in range(100):
            try:
                resp = requests.get(f"http://127.0.0.1:{port}/formList", headers=OR_HEADERS, timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
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
        proc.terminate()
        proc.wait(10)
    assert (tmp_path / "data" / "kieumau.db").exists()
