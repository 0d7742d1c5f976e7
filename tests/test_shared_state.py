"""What a second host needs is in the database, not in one host's data folder: the secret key
(made once, whichever host starts first), so a page session and a Digest nonce from one host
are good at another; a forged cookie, or a host with another key, gets nothing. On SQLite
and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import itsdangerous
import pytest
import requests
from flask import Flask
from sqlalchemy import text

from conftest import PASSWORD, ROOT, LiveServer, add_user
from orhelpers import OR_HEADERS, challenge, digest_header
from pagehelpers import TOKEN
from server import create_app

RACE = """
import sys, time
from server import create_app, shared
app = create_app({"DATA_DIR": sys.argv[1], "DATABASE_URL": sys.argv[2], "SECRET_KEY": "not yet"})
app.config["SECRET_KEY"] = None
while time.time() < float(sys.argv[3]):
    pass
print(shared.ensure_secret_key(app))
"""


def host(app: Flask, data: Path, **settings: object) -> Flask:
    """Another host on the same database: its own empty data folder, the key from the
    database unless `settings` give one."""
    return create_app(
        {
            "DATA_DIR": str(data),
            "DATABASE_URL": app.config["DATABASE_URL"],
            "SECRET_KEY": None,
            "TESTING": True,
            "BACKGROUND_SCORING": False,
            **settings,
        }
    )


def stored_keys(app: Flask) -> list[str]:
    with app.extensions["engine"].connect() as conn:
        return list(conn.scalars(text("SELECT value FROM site_value WHERE name = 'secret_key'")))


def test_hosts_making_the_key_at_the_same_moment_all_use_one(app, tmp_path):
    """Four processes, each with an empty data folder, ask for the key at the same instant:
    one insert wins and every one of them uses that key."""
    start = time.time() + 3
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, str(tmp_path / f"host{i}"), app.config["DATABASE_URL"], str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i in range(4)
    ]
    keys = []
    for proc in racers:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        keys.append(out.strip())
    assert len(set(keys)) == 1 and len(keys[0]) == 64, keys
    assert stored_keys(app) == keys[:1]
    for i in range(4):  # nothing written into the data folders
        assert not (tmp_path / f"host{i}" / "secret_key").exists()


def test_an_earlier_versions_key_file_is_adopted(app, tmp_path):
    """Upgrading a one-host installation: the key it kept in its data folder becomes the
    shared one, so the sessions and nonces it issued stay good."""
    data = tmp_path / "old"
    data.mkdir()
    (data / "secret_key").write_text("c0ffee" * 10 + "\n")
    first = host(app, data)
    assert first.config["SECRET_KEY"] == "c0ffee" * 10
    second = host(app, tmp_path / "new")  # another host, no file: the same key
    assert second.config["SECRET_KEY"] == "c0ffee" * 10 and stored_keys(app) == ["c0ffee" * 10]
    for one in (first, second):
        one.extensions["engine"].dispose()


def test_a_key_in_the_settings_wins_and_is_not_stored(app, tmp_path):
    configured = host(app, tmp_path / "a", SECRET_KEY="from-the-settings")
    assert configured.config["SECRET_KEY"] == "from-the-settings" and stored_keys(app) == []
    configured.extensions["engine"].dispose()


def sign_in(url: str, username: str) -> requests.Session:
    web = requests.Session()
    token = TOKEN.search(web.get(f"{url}/login", timeout=10).text).group(1)
    resp = web.post(
        f"{url}/login",
        data={"csrf_token": token, "username": username, "password": PASSWORD},
        allow_redirects=False,
        timeout=10,
    )
    assert resp.status_code == 302, resp.text
    return web


def signed_in(url: str, cookie: str) -> bool:
    resp = requests.get(f"{url}/admin/", cookies={"session": cookie}, allow_redirects=False, timeout=10)
    assert resp.status_code in (200, 302), resp.status_code
    return resp.status_code == 200


def test_a_session_and_a_nonce_from_one_host_are_good_at_the_other_and_forgeries_are_not(app, tmp_path):
    add_user(app, "quan", "admin")
    add_user(app, "lan", "volunteer")
    a, b = host(app, tmp_path / "a"), host(app, tmp_path / "b")
    stranger = host(app, tmp_path / "c", SECRET_KEY="another installation's key")
    with LiveServer(a) as srv_a, LiveServer(b) as srv_b, LiveServer(stranger) as srv_c:
        cookie = sign_in(srv_a.url, "quan").cookies["session"]
        assert signed_in(srv_a.url, cookie) and signed_in(srv_b.url, cookie)
        assert not signed_in(srv_c.url, cookie)  # a host with another key trusts none of it

        # forged: the same payload signed with a guessed key, and A's cookie with its user changed
        signer = itsdangerous.URLSafeTimedSerializer(
            "guessed",
            salt="cookie-session",
            signer_kwargs={"key_derivation": "hmac", "digest_method": "sha1"},
        )
        payload = itsdangerous.URLSafeTimedSerializer(
            a.config["SECRET_KEY"], salt="cookie-session", signer_kwargs={"key_derivation": "hmac"}
        ).loads(cookie)
        assert not signed_in(srv_b.url, signer.dumps(payload))
        _payload, _, rest = cookie.partition(".")
        tampered = itsdangerous.encoding.base64_encode(b'{"user_id":1,"pw":"0000000000000000"}').decode()
        assert not signed_in(srv_b.url, f"{tampered}.{rest}")
        assert not signed_in(srv_b.url, "")

        # a Digest nonce from A signs a request B accepts (nonce counts shared in the database)
        nonce = challenge(f"{srv_a.url}/formList")
        for nc, target in ((1, srv_b), (2, srv_a)):
            header = digest_header("lan", "GET", "/formList", nonce["nonce"], nc=nc, opaque=nonce["opaque"])
            got = requests.get(
                f"{target.url}/formList", headers={**OR_HEADERS, "Authorization": header}, timeout=10
            )
            assert got.status_code == 200, (target.url, got.status_code)
        again = digest_header("lan", "GET", "/formList", nonce["nonce"], nc=1, opaque=nonce["opaque"])
        replay = requests.get(
            f"{srv_a.url}/formList", headers={**OR_HEADERS, "Authorization": again}, timeout=10
        )
        assert replay.status_code == 401  # the count B took is used up at A too
        # the stranger's key did not sign A's nonce: a new challenge, not stale=true
        fresh = digest_header("lan", "GET", "/formList", nonce["nonce"], nc=3, opaque=nonce["opaque"])
        refused = requests.get(
            f"{srv_c.url}/formList", headers={**OR_HEADERS, "Authorization": fresh}, timeout=10
        )
        assert refused.status_code == 401 and "stale" not in refused.headers["WWW-Authenticate"]
    for one in (a, b, stranger):
        one.extensions["engine"].dispose()


HOLDER = """
import sys, time
from server import create_app
from server.jobs import roster as roster_job
app = create_app({"DATA_DIR": sys.argv[1], "DATABASE_URL": sys.argv[2], "SECRET_KEY": "x"})
roster_job.claim(app)
print("held", flush=True)
time.sleep(600)
"""


def test_one_roster_import_at_a_time_across_hosts(app, tmp_path):
    """On PostgreSQL a roster import on one host refuses another on a second host (its
    own data folder) until it ends, or its process dies: the lock dies with it."""
    if not app.config["DATABASE_URL"].startswith("postgresql"):
        pytest.skip("one SQLite database has one data folder: its own lock is the only one")
    from server.jobs import roster as roster_job

    a, b = host(app, tmp_path / "a"), host(app, tmp_path / "b")
    held = roster_job.claim(a)
    with pytest.raises(roster_job.Busy):
        roster_job.claim(b)
    roster_job.release(held)
    roster_job.release(roster_job.claim(b))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "c"), app.config["DATABASE_URL"]],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(roster_job.Busy):
            roster_job.claim(a)
    finally:
        holder.kill()
        holder.wait(10)
        holder.stdout.close()
    deadline = time.time() + 10
    while True:  # the database notices the dead connection and drops its lock
        try:
            roster_job.release(roster_job.claim(a))
            break
        except roster_job.Busy:
            assert time.time() < deadline
            time.sleep(0.2)
    for one in (a, b):
        one.extensions["engine"].dispose()
