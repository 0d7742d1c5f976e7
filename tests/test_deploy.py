"""The shipped deployment (deploy/): `kieumau serve` as deploy/systemd/kieumau.service starts
it, behind Caddy as its drop-in starts it with deploy/Caddyfile, here on 127.0.0.1 with
Caddy's internal CA (trusted by this test only). ODK Collect's round trip goes through
HTTPS; the client is at 127.0.0.2, as a phone on another machine, and the server must see
it there, not at Caddy's address; the access log names it and masks the token."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from requests.adapters import HTTPAdapter
from requests.auth import HTTPDigestAuth
from test_serve import free_port

from formdata import instance_xml
from orhelpers import OR_HEADERS

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
KIEUMAU = str(Path(sys.executable).parent / "kieumau")
PHONE = "127.0.0.2"
FORM = "gia_dinh_kieu_mau"


class FromAddress(HTTPAdapter):
    def __init__(self, address: str, **kwargs) -> None:
        self.address = address
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs) -> None:
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def caddy() -> str:
    """Debian's caddy, installed if missing (as scripts/test does)."""
    if not shutil.which("caddy") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "caddy"], env=env, capture_output=True, check=False
        )
    path = shutil.which("caddy")
    if not path:
        pytest.skip("caddy is not installed and cannot be installed here (apt-get install caddy)")
    return path


def unit_file(path: Path) -> tuple[list[str], dict[str, str]]:
    """The last ExecStart= of a systemd unit, split, and the variables of its EnvironmentFile
    (/etc/kieumau/X.env is deploy/X.env)."""
    text = path.read_text()
    command = shlex.split([v for v in re.findall(r"^ExecStart=(.*)$", text, re.M) if v][-1])
    env = {}
    for name in re.findall(r"^EnvironmentFile=/etc/kieumau/(\S+)$", text, re.M):
        for line in (DEPLOY / name).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                key, _, value = line.partition("=")
                env[key] = value
    return command, env


def wait_for(check, what: str, proc: subprocess.Popen, log: Path, seconds: float = 60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        assert proc.poll() is None, f"{what}: exited\n{log.read_text()[-3000:]}"
        try:
            result = check()
            if result:
                return result
        except (OSError, requests.RequestException):
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what}: not ready\n{log.read_text()[-3000:]}")


@pytest.fixture
def deployment(tmp_path):
    """kieumau and Caddy started from deploy/; yields (https base, admin password, log path)."""
    caddy_bin = caddy()
    app_port, https_port, http_port = free_port(), free_port(), free_port()
    base = f"https://127.0.0.1:{https_port}"
    command, env = unit_file(DEPLOY / "systemd" / "kieumau.service")
    assert command[:2] == ["/opt/kieumau/.venv/bin/kieumau", "serve"] and "--port" in command
    command[0] = KIEUMAU
    command[command.index("--port") + 1] = str(app_port)
    assert env["KIEUMAU_TRUSTED_PROXIES"] == "127.0.0.1,::1"
    env.update(KIEUMAU_DATA=str(tmp_path / "data"), KIEUMAU_PUBLIC_URL=base)
    serve_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | env
    serve_log = tmp_path / "kieumau.log"
    procs = []
    with serve_log.open("w") as out:
        procs.append(
            subprocess.Popen(command, cwd=tmp_path, env=serve_env, stdout=out, stderr=subprocess.STDOUT)
        )
    try:
        wait_for(lambda: "kieumau: https://" in serve_log.read_text(), "kieumau", procs[0], serve_log)
        password = re.search(r"first admin: admin / (\S+)", serve_log.read_text()).group(1)

        caddy_cmd, caddy_env = unit_file(DEPLOY / "systemd" / "caddy.service.d" / "kieumau.conf")
        assert caddy_cmd[0] == "/usr/bin/caddy" and "/opt/kieumau/deploy/Caddyfile" in caddy_cmd
        caddy_cmd = [caddy_bin, *(a.replace("/opt/kieumau", str(ROOT)) for a in caddy_cmd[1:])]
        caddy_env.update(
            KIEUMAU_SITE=base, KIEUMAU_TLS="internal", KIEUMAU_UPSTREAM=f"127.0.0.1:{app_port}",
            KIEUMAU_HTTP_PORT=str(http_port), KIEUMAU_HTTPS_PORT=str(https_port), KIEUMAU_BIND="127.0.0.1",
            CADDY_ADMIN="off", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
        )  # fmt: skip
        caddy_log = tmp_path / "caddy.log"
        with caddy_log.open("w") as out:
            procs.append(
                subprocess.Popen(
                    caddy_cmd, env={**os.environ, **caddy_env}, stdout=out, stderr=subprocess.STDOUT
                )
            )
        root_ca = tmp_path / "share" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
        wait_for(
            lambda: root_ca.exists() and requests.get(f"{base}/login", verify=root_ca, timeout=5).ok,
            "caddy",
            procs[1],
            caddy_log,
        )
        yield base, password, serve_log, root_ca
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


def phone(root_ca: Path) -> requests.Session:
    s = requests.Session()
    s.trust_env = False  # the verify below, not a CA bundle from the environment
    s.verify = str(root_ca)
    s.mount("https://", FromAddress(PHONE))
    s.headers.update(OR_HEADERS)
    return s


def submission(n: int, photo: str) -> tuple[bytes, str]:
    iid = f"uuid:{uuid.uuid4()}"
    answers = {"unit": "TDP1", "household": f"H{n}", "photo": photo}
    xml = instance_xml(ROOT / "forms" / f"{FORM}.xlsx", answers, iid)
    return xml, iid


def test_openrosa_round_trip_through_caddy(deployment):
    base, password, serve_log, root_ca = deployment
    s = phone(root_ca)
    auth = HTTPDigestAuth("admin", password)

    assert s.get(f"{base}/formList", timeout=10).status_code == 401
    listing = s.get(f"{base}/formList", auth=auth, timeout=10)
    assert listing.status_code == 200
    form_url = f"{base}/forms/{FORM}.xml"
    assert f"<downloadUrl>{form_url}</downloadUrl>".encode() in listing.content
    form = s.get(form_url, auth=auth, timeout=10)
    assert form.status_code == 200 and b"<h:html" in form.content
    manifest = s.get(f"{base}/forms/{FORM}/manifest", auth=auth, timeout=10)
    assert manifest.status_code == 200
    media = re.findall(r"<downloadUrl>([^<]+)</downloadUrl>", manifest.text)
    assert media and all(url.startswith(base) for url in media)
    assert s.get(media[0].replace("&amp;", "&"), auth=auth, timeout=10).status_code == 200

    head = s.head(f"{base}/submission", auth=auth, timeout=10)
    assert head.status_code == 204 and head.headers["X-OpenRosa-Accept-Content-Length"]
    xml, iid = submission(1, "1700000000001.jpg")
    jpeg = b"\xff\xd8\xff\xe0" + os.urandom(200_000)
    files = [
        ("xml_submission_file", ("submission.xml", xml, "text/xml")),
        ("1700000000001.jpg", ("1700000000001.jpg", jpeg, "image/jpeg")),
    ]
    resp = s.post(f"{base}/submission?deviceID=collect%3Adeploy", files=files, auth=auth, timeout=30)
    assert resp.status_code == 201, resp.text
    assert iid.encode() in resp.content or b"OpenRosaResponse" in resp.content

    # the token URL, as a volunteer's phone is set up
    token_url = subprocess.run(
        [KIEUMAU, "user", "token", "admin"],
        env={**os.environ, "KIEUMAU_DATA": str(serve_log.parent / "data"), "KIEUMAU_PUBLIC_URL": base},
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert token_url.startswith(f"{base}/key/")
    token = token_url.rsplit("/", 1)[1]
    assert s.get(f"{token_url}/formList", timeout=10).status_code == 200
    xml, _ = submission(2, "")
    files = [("xml_submission_file", ("submission.xml", xml, "text/xml"))]
    assert s.post(f"{token_url}/submission", files=files, timeout=30).status_code == 201

    # the access log: the phone's own address, the token masked, no credentials
    time.sleep(0.5)  # the log line follows the answer
    log = serve_log.read_text()
    assert f'{PHONE} "GET /key/***/formList" 200 ' in log, log[-2000:]
    assert f'{PHONE} "POST /submission?deviceID=collect%3Adeploy" 201 ' in log
    assert f'{PHONE} "GET /formList" 401 ' in log
    lines = "\n".join(line for line in log.splitlines() if re.search(r'" \d{3} \d+ [\d.]+ms$', line))
    assert len(lines.splitlines()) >= 10
    assert token not in log and password not in lines  # printed once at first start, never per request
    assert "Digest" not in log and "username=" not in log


def test_spoofed_forwarded_headers_are_ignored(deployment):
    """Through Caddy, a client's own X-Forwarded-For is not passed on; straight to the
    server from an untrusted peer, X-Forwarded-For/-Proto are dropped."""
    base, password, serve_log, root_ca = deployment
    spoof = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
    s = phone(root_ca)
    page = {**spoof, "X-OpenRosa-Version": None}  # a browser's request
    resp = s.get(f"{base}/login?via=caddy", headers=page, timeout=10)
    assert resp.status_code == 200, serve_log.read_text()[-3000:]
    app_url = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", serve_log.read_text()).group(1)
    direct = requests.Session()
    direct.mount("http://", FromAddress(PHONE))
    basic = requests.auth.HTTPBasicAuth("admin", password)
    resp = direct.get(f"{app_url}/api/v1/forms", headers=spoof, auth=basic, timeout=10)
    assert resp.status_code == 401  # Basic over plain HTTP from another machine: refused
    time.sleep(0.5)
    log = serve_log.read_text()
    assert f'{PHONE} "GET /login?via=caddy" 200 ' in log
    assert f'{PHONE} "GET /api/v1/forms" 401 ' in log
    assert "203.0.113.9" not in log
