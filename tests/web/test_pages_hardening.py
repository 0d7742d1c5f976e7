"""The pages' side of hardening: sign-in redirects stay on the site, signing out ends the
session for every copy of the cookie, a Content-Security-Policy, the Secure cookie flag over
HTTPS, tokens stored hashed, private data files, and a committee member scoped to one unit."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from conftest import PASSWORD, add_unit, add_user, publish
from orhelpers import digest, instance, plain_form, post
from pagehelpers import TOKEN, csrf, sign_in
from server import create_app
from server.cli import main
from server.domain import accounts
from server.store import blobs, db, migrate
from server.store import forms as forms_q
from server.store import users as users_q


@pytest.fixture
def town(app):
    add_unit(app, "TOWN", "Thị trấn Phong Sơn")
    add_unit(app, "TDP1", "Tổ dân phố 1", parent="TOWN")
    add_unit(app, "TDP2", "Tổ dân phố 2", parent="TOWN")
    add_user(app, "admin", "admin")
    add_user(app, "bcd", "committee")
    add_user(app, "bcd1", "committee", ("TDP1",))
    add_user(app, "board1", "board", ("TDP1",))
    return app


# ---- next= -------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["/%09/evil.example", "/%0A/x", "/%0D%0ALocation:%20//evil", "/%20/evil"])
def test_sign_in_next_with_control_characters_goes_home(town, client, target):
    token = csrf(client)
    data = {"csrf_token": token, "username": "board1", "password": PASSWORD}
    resp = client.post(f"/login?next={target}", data=data)
    assert resp.status_code == 302 and resp.location == "/"


def test_language_switch_next_with_a_tab_goes_home(client):
    assert client.get("/lang/en?next=/%09/evil.example").location == "/"


# ---- sign-out ----------------------------------------------------------------------------


def test_a_copied_session_cookie_stops_working_at_sign_out(town, client, app):
    sign_in(client, "board1")
    cookie = client.get_cookie("session").value
    thief = app.test_client()
    thief.set_cookie("session", cookie)
    assert thief.get("/").status_code == 200
    confirm = client.get("/logout")
    client.post("/logout", data={"csrf_token": TOKEN.search(confirm.text).group(1)})
    assert thief.get("/").status_code == 302  # to the sign-in page
    sign_in(client, "board1")  # signing in again works
    assert client.get("/").status_code == 200


# ---- headers and cookies -----------------------------------------------------------------


def test_pages_carry_a_content_security_policy(town, client):
    for path in ("/login", "/logout", "/nowhere"):
        policy = client.get(path).headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy, path
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    sign_in(client, "admin")
    for path in ("/", "/admin/users"):
        assert "default-src 'self'" in client.get(path).headers["Content-Security-Policy"], path


def test_session_cookie_is_secure_over_https(town, app):
    """PUBLIC_URL says http (unset), but the request came over HTTPS (a proxy's
    X-Forwarded-Proto once trusted makes the same request.is_secure)."""
    assert not app.config["PUBLIC_URL"].startswith("https")
    client = app.test_client()
    page = client.get("/login", base_url="https://kieumau.example.vn")
    token = TOKEN.search(page.text).group(1)
    resp = client.post(
        "/login",
        data={"csrf_token": token, "username": "board1", "password": PASSWORD},
        base_url="https://kieumau.example.vn",
        headers={"Referer": "https://kieumau.example.vn/login"},
    )
    cookies = resp.headers.getlist("Set-Cookie")
    assert resp.status_code == 302 and cookies
    assert all("; Secure" in c for c in cookies if c.startswith("session="))
    plain = app.test_client().get("/login").headers.getlist("Set-Cookie")
    assert all("; Secure" not in c for c in plain)


def test_session_cookie_is_secure_through_a_trusted_https_proxy(town, app, tmp_path):
    proxied = create_app(
        {
            "DATA_DIR": str(tmp_path / "proxied"),
            "DATABASE_URL": app.config["DATABASE_URL"],
            "SECRET_KEY": "test-secret",
            "TESTING": True,
            "BACKGROUND_SCORING": False,
            "TRUSTED_PROXIES": ["127.0.0.1"],
        }
    )
    client = proxied.test_client()
    https = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "kieumau.example.vn"}
    page = client.get("/login", headers=https)
    data = {"csrf_token": TOKEN.search(page.text).group(1), "username": "board1", "password": PASSWORD}
    resp = client.post("/login", data=data, headers={**https, "Referer": "https://kieumau.example.vn/login"})
    session_cookies = [c for c in resp.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert resp.status_code == 302 and session_cookies
    assert all("; Secure" in c for c in session_cookies)
    proxied.extensions["engine"].dispose()


# ---- tokens stored hashed ----------------------------------------------------------------


def test_tokens_are_stored_hashed_and_still_open_the_url(town, app, live_server):
    publish_plain(app)
    token = add_user(app, "vol", "volunteer", ("TDP1",), token=True)
    with app.app_context():
        stored = users_q.by_username(db.session(), "vol").token_hash
    assert stored == hashlib.sha256(token.encode()).hexdigest() and token not in stored
    assert requests.get(f"{live_server.url}/key/{token}/formList", timeout=10).status_code == 200
    assert requests.get(f"{live_server.url}/key/{stored}/formList", timeout=10).status_code == 403


def publish_plain(app):
    publish(app, plain_form("plain"))


def test_migration_hashes_existing_tokens_in_place(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    migrate.upgrade(url, "0005")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                'INSERT INTO "user" (username, full_name, role, password_hash, ha1, token, active,'
                " created_at) VALUES ('vol', '', 'volunteer', '', '', 'old-plain-token', 1, '2026-01-01')"
            )
        )
    engine.dispose()
    migrate.upgrade(url)
    with sqlite3.connect(tmp_path / "old.db") as conn:
        [(stored,)] = conn.execute('SELECT token_hash FROM "user"').fetchall()
    assert stored == hashlib.sha256(b"old-plain-token").hexdigest()
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": url, "TESTING": True})
    with app.app_context():
        assert users_q.by_token(db.session(), accounts.token_digest("old-plain-token")).username == "vol"
    app.extensions["engine"].dispose()


def test_cli_shows_a_token_only_when_it_makes_one(town, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("KIEUMAU_PUBLIC_URL", "https://kieumau.example.vn")
    add_user(town, "vol", "volunteer", ("TDP1",))
    runner = CliRunner()
    first = runner.invoke(main, ["user", "token", "vol"])
    assert first.exit_code == 0 and "/key/" in first.output
    again = runner.invoke(main, ["user", "token", "vol"])
    assert again.exit_code == 1 and "--new" in again.output and "/key/" not in again.output
    new = runner.invoke(main, ["user", "token", "vol", "--new"])
    assert new.exit_code == 0 and new.output != first.output
    qr = runner.invoke(main, ["user", "qr", "vol", "--new", "--out", str(tmp_path / "vol.png")])
    assert qr.exit_code == 0 and stat.S_IMODE((tmp_path / "vol.png").stat().st_mode) == 0o600
    assert "--new" in runner.invoke(main, ["user", "qr", "vol", "--out", str(tmp_path / "x.png")]).output


def test_password_user_with_a_token_is_asked_before_a_new_one(town, app):
    add_user(app, "vol", "volunteer", ("TDP1",), token=True)
    client = app.test_client()
    sign_in(client, "vol")
    page = client.get("/app")
    assert page.status_code == 200 and "Tạo đường dẫn mới" in page.text
    resp = client.post("/app", data={"csrf_token": TOKEN.search(page.text).group(1)})
    assert resp.status_code == 302 and resp.location.startswith("/key/")
    new_token = resp.location.split("/")[2]
    with app.app_context():
        assert users_q.by_username(db.session(), "vol").token_hash == accounts.token_digest(new_token)


# ---- private data files ------------------------------------------------------------------


def test_data_files_are_private(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    (data / "secret_key").write_text("an older version's key")
    os.chmod(data / "secret_key", 0o644)  # as an older version left it
    url = f"sqlite:///{data / 'kieumau.db'}"
    os.umask(0o022)
    app = create_app({"DATA_DIR": str(data), "DATABASE_URL": url, "TESTING": True})
    migrate.upgrade(url)
    photo = b"\xff\xd8 a photo"
    blobs.publish(str(data), blobs.stage(str(data), photo), hashlib.sha256(photo).hexdigest())
    app.extensions["engine"].dispose()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    found = [p for p in data.rglob("*") if p.is_file()]
    assert {p.name for p in found} >= {"kieumau.db", "secret_key"}
    assert any(p.parent != data for p in found)  # an attachment
    for path in found:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    for path in (p for p in data.rglob("*") if p.is_dir()):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


# ---- a committee member scoped to one unit ------------------------------------------------


def test_unit_committee_cannot_change_the_towns_documents(town, app):
    client = app.test_client()
    sign_in(client, "bcd1")
    for path in ("/documents/", "/years/2026/documents"):
        assert client.get(path).status_code == 403, path
    resp = client.post("/years/2026/documents", data={"csrf_token": csrf(client, "/password")})
    assert resp.status_code == 403
    town_wide = app.test_client()
    sign_in(town_wide, "bcd")
    assert town_wide.get("/years/2026/documents").status_code == 200


def test_committee_assigned_the_town_unit_still_edits(town, app):
    add_user(app, "bcd_town", "committee", ("TOWN",))
    client = app.test_client()
    sign_in(client, "bcd_town")
    assert client.get("/years/2026/documents").status_code == 200


def test_unit_committee_sees_only_its_units_form_counts(town, app, live_server):
    publish_plain(app)
    add_user(app, "vol", "volunteer", ("TOWN",))
    with app.app_context():
        forms_q.by_xml_id(db.session(), "plain").fill_roles = ["volunteer"]
        db.session().commit()
    for n, unit in enumerate(("TDP1", "TDP2", "TDP2")):
        xml = instance(f"uuid:c{n}", form_id="plain", unit=unit)
        assert post(live_server.url, xml, auth=digest("vol")).status_code == 201
    counts = {}
    for who in ("bcd", "bcd1"):
        resp = requests.get(live_server.url + "/api/v1/forms", auth=(who, PASSWORD), timeout=10)
        counts[who] = resp.json()["forms"][0]["submissions"]
    assert counts == {"bcd": 3, "bcd1": 1}


def test_a_page_asked_for_with_the_openrosa_header_still_renders(client):
    """A phone app or proxy that adds X-OpenRosa-Version to every request opens /login as a
    page: the session its form needs is there (it was a 500)."""
    page = client.get("/login", headers={"X-OpenRosa-Version": "1.0"})
    assert page.status_code == 200 and 'name="csrf_token"' in page.text
    machine = client.get("/formList", headers={"X-OpenRosa-Version": "1.0"})
    assert machine.status_code == 401 and "Set-Cookie" not in machine.headers


def test_the_browser_forms_page_carries_a_policy_that_admits_only_its_import_map(app, client):
    import base64
    import re

    token = add_user(app, "vol", "volunteer", token=True)
    page = client.get(f"/key/{token}/app")
    assert page.status_code == 200
    policy = page.headers["Content-Security-Policy"]
    inline = re.search(r'<script type="importmap">(.*?)</script>', page.text, re.S).group(1)
    digest_ = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
    assert f"'sha256-{digest_}'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
