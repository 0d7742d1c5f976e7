"""The page shell through the test client with CSRF on: sign in and out, the login rate
limit, changing a password (then Digest with it), what each role sees at home, the
language switch, HTML error pages, static caching, and CSRF leaving OpenRosa alone."""

from __future__ import annotations

import re

import pytest
import requests

from conftest import PASSWORD, add_unit, add_user, publish
from orhelpers import OR_HEADERS, digest, instance, plain_form, post
from pagehelpers import TOKEN, csrf
from server.store import db
from server.store import users as users_q


def sign_in(client, username: str, password: str = PASSWORD, next_: str | None = None):
    token = csrf(client)
    url = "/login" + (f"?next={next_}" if next_ else "")
    return client.post(url, data={"csrf_token": token, "username": username, "password": password})


@pytest.fixture
def town(app):
    add_unit(app, "TOWN", "Thị trấn Phong Sơn")
    add_unit(app, "TDP1", "Tổ dân phố 1", parent="TOWN")
    add_unit(app, "TDP2", "Tổ dân phố 2", parent="TOWN")
    add_user(app, "admin", "admin")
    add_user(app, "bcd", "committee")
    add_user(app, "board1", "board", ("TDP1",))
    add_user(app, "vol1", "volunteer", ("TDP1",))
    return app


# ---- signing in and out -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/password", "/admin/", "/admin/users", "/admin/forms"])
def test_signed_out_pages_redirect_to_login(client, path):
    resp = client.get(path)
    assert resp.status_code == 302
    assert resp.location.startswith("/login?next=" + path)


def test_login_page_is_vietnamese_with_labels_and_token(client):
    page = client.get("/login")
    assert page.status_code == 200 and 'lang="vi"' in page.text
    assert '<label for="username">Tên đăng nhập</label>' in page.text
    assert '<label for="password">Mật khẩu</label>' in page.text
    assert TOKEN.search(page.text)
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["X-Frame-Options"] == "DENY"


def test_sign_in_goes_to_next_and_sets_session(town, client):
    resp = sign_in(client, "board1", next_="/password")
    assert resp.status_code == 302 and resp.location == "/password"
    with client.session_transaction() as sess:
        assert sess["user_id"]
    home = client.get("/")
    assert home.status_code == 200 and "board1" in home.text


def test_openrosa_requests_carry_no_cookie_session(town, client):
    """Collect, the web forms' outbox and the sync client sign in on every request: a
    page's session cookie counts for nothing on a request that speaks OpenRosa."""
    sign_in(client, "board1")
    assert client.get("/api/v1/years").status_code == 200
    phone = client.get("/api/v1/years", headers={"X-OpenRosa-Version": "1.0"})
    assert phone.status_code == 401 and "Set-Cookie" not in phone.headers


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example"])
def test_sign_in_never_redirects_off_site(town, client, target):
    resp = sign_in(client, "board1", next_=target)
    assert resp.status_code == 302 and resp.location == "/"


def test_wrong_password_and_revoked_user_stay_out(town, client):
    resp = sign_in(client, "board1", "sai-mat-khau")
    assert resp.status_code == 200 and "Sai tên đăng nhập hoặc mật khẩu" in resp.text
    assert sign_in(client, "nobody").status_code == 200
    with town.app_context():
        users_q.by_username(db.session(), "vol1").active = False
        db.session().commit()
    assert sign_in(client, "vol1").status_code == 200
    assert client.get("/").status_code == 302


def test_login_without_csrf_token_is_refused(town, client):
    resp = client.post("/login", data={"username": "admin", "password": PASSWORD})
    assert resp.status_code == 400
    assert "Yêu cầu không hợp lệ" in resp.text  # the HTML error page, not a bare 400
    with client.session_transaction() as sess:
        assert "user_id" not in sess


def test_login_is_rate_limited_per_address(town, client):
    token = csrf(client)
    for _ in range(10):  # another name: admin's own wrong-password count stays low
        resp = client.post("/login", data={"csrf_token": token, "username": "ai-do", "password": "x" * 9})
        assert resp.status_code == 200
    blocked = client.post("/login", data={"csrf_token": token, "username": "admin", "password": PASSWORD})
    assert blocked.status_code == 429 and "Thử quá nhiều lần" in blocked.text
    assert client.get("/login").status_code == 200  # only POST counts
    other = town.test_client()  # another address is not blocked
    token = csrf(other)
    resp = other.post(
        "/login",
        data={"csrf_token": token, "username": "admin", "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.7"},
    )
    assert resp.status_code == 302


def test_sign_out_needs_the_token_and_clears_the_session(town, client):
    sign_in(client, "vol1")
    assert client.post("/logout").status_code == 400
    assert client.get("/").status_code == 200
    confirm = client.get("/logout")
    assert confirm.status_code == 200
    resp = client.post("/logout", data={"csrf_token": TOKEN.search(confirm.text).group(1)})
    assert resp.status_code == 302 and resp.location == "/login"
    assert client.get("/").status_code == 302


# ---- changing the password ----------------------------------------------------------


def test_change_password_checks_current_and_confirmation(town, client):
    sign_in(client, "vol1")
    token = csrf(client, "/password")
    wrong = client.post(
        "/password", data={"csrf_token": token, "current": "sai", "new": "moi-12345", "confirm": "moi-12345"}
    )
    assert wrong.status_code == 200 and "Mật khẩu hiện tại không đúng" in wrong.text
    mismatch = client.post(
        "/password",
        data={"csrf_token": token, "current": PASSWORD, "new": "moi-12345", "confirm": "khac-123"},
    )
    assert "Hai mật khẩu không khớp" in mismatch.text
    short = client.post(
        "/password", data={"csrf_token": token, "current": PASSWORD, "new": "ngan", "confirm": "ngan"}
    )
    assert "Cần ít nhất 8 ký tự" in short.text
    no_token = client.post(
        "/password", data={"current": PASSWORD, "new": "moi-12345", "confirm": "moi-12345"}
    )
    assert no_token.status_code == 400


def test_changed_password_works_for_pages_and_digest(town, live_server):
    browser, other = town.test_client(), town.test_client()
    sign_in(browser, "vol1")
    sign_in(other, "vol1")
    token = csrf(browser, "/password")
    new = "mat-khau-moi-456"
    resp = browser.post(
        "/password", data={"csrf_token": token, "current": PASSWORD, "new": new, "confirm": new}
    )
    assert resp.status_code == 302 and resp.location == "/"
    assert browser.get("/").status_code == 200  # this session stays signed in
    assert other.get("/").status_code == 302  # the other one is signed out
    url = live_server.url + "/formList"
    assert requests.get(url, auth=digest("vol1", new), headers=OR_HEADERS, timeout=10).status_code == 200
    assert requests.get(url, auth=digest("vol1", PASSWORD), headers=OR_HEADERS, timeout=10).status_code == 401
    assert sign_in(town.test_client(), "vol1", new).status_code == 302


# ---- home per role ------------------------------------------------------------------


def test_board_sees_only_its_unit_and_no_admin_link(town, client):
    publish(town, plain_form("khao_sat", "Khảo sát thử"))
    sign_in(client, "board1")
    home = client.get("/")
    assert "Tổ dân phố 1" in home.text and "Tổ dân phố 2" not in home.text
    assert "Thị trấn Phong Sơn" not in home.text
    assert "Khảo sát thử" in home.text
    assert 'href="/admin/"' not in home.text
    assert "Ban vận động" in home.text


def test_volunteer_signing_in_finds_the_way_to_the_browser_forms(town, client):
    publish(town, plain_form("khao_sat", "Khảo sát thử"))
    home = client.get(sign_in(client, "vol1").location)
    assert "Khảo sát thử" in home.text
    assert home.text.count('href="/app"') == 2  # in the menu and under the open forms
    opened = client.get("/app")
    assert opened.status_code == 302 and re.fullmatch(r"/key/[\w-]+/app", opened.location)
    assert client.get(opened.location).status_code == 200


def test_committee_has_no_form_to_fill_and_no_link_to_the_forms(town, client):
    publish(town, plain_form("khao_sat", "Khảo sát thử"))
    sign_in(client, "bcd")
    home = client.get("/")
    assert 'href="/app"' not in home.text and "Khảo sát thử" not in home.text


def test_volunteer_without_units_is_told_so(town, client):
    add_user(town, "vol2", "volunteer")
    sign_in(client, "vol2")
    assert "chưa được giao đơn vị" in client.get("/").text


@pytest.mark.parametrize("username", ["admin", "bcd"])
def test_admin_and_unassigned_committee_see_the_whole_town(town, client, username):
    sign_in(client, username)
    home = client.get("/")
    assert "Bạn xem được tất cả các đơn vị" in home.text
    assert ('href="/admin/"' in home.text) == (username == "admin")


# ---- language -----------------------------------------------------------------------


def test_language_switch_sets_a_cookie_and_pages_follow(town, client):
    page = client.get("/login")
    assert 'href="/lang/en?next=/login"' in page.text
    resp = client.get("/lang/en?next=/login")
    assert resp.status_code == 302 and resp.location == "/login"
    assert "lang=en" in resp.headers["Set-Cookie"] and "HttpOnly" in resp.headers["Set-Cookie"]
    english = client.get("/login")
    assert 'lang="en"' in english.text and "Sign in" in english.text and "Username" in english.text
    wrong = sign_in(client, "admin", "nope-nope")
    assert "Wrong username or password" in wrong.text
    client.get("/lang/vi")
    assert "Đăng nhập" in client.get("/login").text


def test_language_switch_rejects_unknown_codes_and_foreign_targets(client):
    assert client.get("/lang/fr").status_code == 404
    assert client.get("/lang/en?next=//evil.example").location == "/"


# ---- error pages, static files, headers --------------------------------------------------


def test_unknown_page_is_an_html_404_in_the_readers_language(client):
    vi = client.get("/khong-co")
    assert vi.status_code == 404 and "Không tìm thấy trang này" in vi.text
    client.set_cookie("lang", "en")
    en = client.get("/khong-co")
    assert en.status_code == 404 and "Page not found" in en.text


def test_machine_routes_keep_their_own_errors(client):
    api = client.get("/api/v1/khong-co")
    assert api.status_code == 404 and "Không tìm thấy trang này" not in api.text
    openrosa = client.get("/formList")
    assert openrosa.status_code == 401 and openrosa.content_type.startswith("text/xml")


def test_server_error_is_an_html_page(town, client, monkeypatch):
    from server.store import forms as forms_q

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(forms_q, "listed_versions", broken)
    town.config["PROPAGATE_EXCEPTIONS"] = False
    sign_in(client, "admin")
    resp = client.get("/")
    assert resp.status_code == 500 and "Máy chủ gặp lỗi" in resp.text and "boom" not in resp.text


def test_templates_still_render_outside_a_request(app):
    from flask import render_template_string

    with app.app_context():  # reports are rendered by the CLI this way
        assert render_template_string("{{ page_user }}") == "None"


def test_unknown_page_shows_the_signed_in_user(town, client):
    sign_in(client, "board1")
    assert "board1" in client.get("/khong-co").text


def test_stylesheet_is_versioned_and_cached(client):
    href = re.search(r'href="(/static/style\.css\?v=[0-9a-f]{10})"', client.get("/login").text).group(1)
    with client.get(href) as css:  # closes the file send_file opened
        assert css.status_code == 200
        assert css.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert len(css.data) < 20_000  # one small file for slow phones


# ---- CSRF leaves the cookie-less routes alone ---------------------------------------------


def test_csrf_does_not_touch_openrosa_or_the_api(app, live_server):
    add_unit(app, "TDP1")
    tok = add_user(app, "vol", "volunteer", ("TDP1",), token=True)
    publish(app, plain_form("household"))
    xml = instance("uuid:page-csrf-1", form_id="household", version="1")
    plain = post(live_server.url, xml, auth=digest("vol"))
    assert plain.status_code in (201, 202), plain.text
    keyed = post(live_server.url + f"/key/{tok}", instance("uuid:page-csrf-2"))
    assert keyed.status_code in (201, 202), keyed.text


def test_every_page_string_has_a_compiled_english_translation():
    """The .mo is committed (CI does not compile): it must hold every string the page
    code and templates ask for."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
    from babel.messages.mofile import read_mo

    from conftest import ROOT

    server = ROOT / "server"
    sources = [(p, "python") for p in (server / "web").glob("*.py") if p.stem in PAGE_MODULES] + [
        (p, "jinja2")
        for folder in ("pages", "admin", "followup", "plans")
        for p in (server / "templates" / folder).glob("*.html")
    ]
    keywords = {**DEFAULT_KEYWORDS, "_l": None}
    found = (extract_from_file(method, path, keywords) for path, method in sources)
    wanted = {msg for messages in found for _n, msg, _c, _x in messages}
    assert len(wanted) > 100
    with (server / "translations/en/LC_MESSAGES/messages.mo").open("rb") as fh:
        translated = {m.id for m in read_mo(fh) if m.id and m.string}
    assert sorted(wanted - translated) == []


PAGE_MODULES = {
    "pages",
    "admin",
    "admin_files",
    "admin_webhooks",
    "forms_wtf",
    "i18n",
    "followup",
    "plan_pages",
    "round_pages",
}
