"""A captured Digest header is good for one request: the method and URI it was signed for,
once (the nonce count is recorded in the database every worker shares), while its nonce is
young; and wrong passwords are limited per username and per address across processes."""

from __future__ import annotations

import hashlib
import time

import pytest
import requests

from conftest import PASSWORD, LiveServer, add_unit, add_user, publish
from orhelpers import (
    OR_HEADERS,
    UNIT_CSV,
    challenge,
    digest,
    digest_header,
    household_form,
    instance,
    parse_challenge,
)
from pagehelpers import TOKEN
from server import config, create_app
from sync.auth import CollectAuth


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    add_user(app, "vol", "volunteer", ("TDP1",))
    add_user(app, "chair", "admin")
    return live_server


def _signed(srv, username: str, method: str, uri: str, nc: int = 1, **kw) -> str:
    ch = challenge(srv.url + "/formList")
    return digest_header(username, method, uri, ch["nonce"], opaque=ch["opaque"], nc=nc, **kw)


def test_header_signed_for_form_list_opens_nothing_else(srv):
    header = _signed(srv, "chair", "GET", "/formList")
    for path in ("/api/v1/forms", "/api/v1/years", "/reports/2026/units.csv", "/formList?x=1"):
        resp = requests.get(srv.url + path, headers={**OR_HEADERS, "Authorization": header}, timeout=10)
        assert resp.status_code == 401, path
        assert "stale" not in resp.headers["WWW-Authenticate"]  # Collect must not re-sign it


def test_header_is_good_for_one_request(srv):
    header = _signed(srv, "vol", "GET", "/formList")
    first = requests.get(srv.url + "/formList", headers={**OR_HEADERS, "Authorization": header}, timeout=10)
    assert first.status_code == 200
    again = requests.get(srv.url + "/formList", headers={**OR_HEADERS, "Authorization": header}, timeout=10)
    # the password was right: stale=true lets the real phone sign again with a new nonce
    assert again.status_code == 401 and 'stale="true"' in again.headers["WWW-Authenticate"]


def test_counts_out_of_order_are_accepted_each_once(srv):
    ch = challenge(srv.url + "/formList")
    for nc, status in ((2, 200), (1, 200), (2, 401), (3, 200)):
        header = digest_header("vol", "GET", "/formList", ch["nonce"], opaque=ch["opaque"], nc=nc)
        resp = requests.get(
            srv.url + "/formList", headers={**OR_HEADERS, "Authorization": header}, timeout=10
        )
        assert resp.status_code == status, nc


def test_captured_post_header_uploads_nothing_more(srv):
    uri = "/submission?deviceID=collect%3Aabc123"
    header = _signed(srv, "vol", "POST", uri)

    def send(xml: bytes) -> requests.Response:
        files = [("xml_submission_file", ("submission.xml", xml, "text/xml"))]
        headers = {**OR_HEADERS, "Authorization": header}
        return requests.post(srv.url + uri, files=files, headers=headers, timeout=10)

    assert send(instance("uuid:first")).status_code == 201
    assert send(instance("uuid:forged", name="Kẻ Giả")).status_code == 401
    # a header signed for GET is refused on a POST
    get_header = _signed(srv, "vol", "GET", uri)
    files = [("xml_submission_file", ("submission.xml", instance("uuid:get"), "text/xml"))]
    resp = requests.post(
        srv.url + uri, files=files, headers={**OR_HEADERS, "Authorization": get_header}, timeout=10
    )
    assert resp.status_code == 401


def _second_worker(app, tmp_path):
    """Another app on the same database, as another gunicorn worker or host: nothing shared
    in memory with the first."""
    other = create_app(
        {
            "DATA_DIR": str(tmp_path / "data2"),
            "DATABASE_URL": app.config["DATABASE_URL"],
            "SECRET_KEY": app.config["SECRET_KEY"],
            "TESTING": True,
            "BACKGROUND_SCORING": False,
            **{k: app.config[k] for k in config.SETTINGS if k.startswith("SIGNIN_")},
        }
    )
    return LiveServer(other)


def test_replay_to_another_worker_is_refused(app, srv, tmp_path):
    header = _signed(srv, "vol", "GET", "/formList")
    with _second_worker(app, tmp_path) as other:
        headers = {**OR_HEADERS, "Authorization": header}
        assert requests.get(srv.url + "/formList", headers=headers, timeout=10).status_code == 200
        assert requests.get(other.url + "/formList", headers=headers, timeout=10).status_code == 401
    other.app.extensions["engine"].dispose()


def test_uri_under_the_public_url_prefix(app, srv):
    """Behind a proxy that removes /kieumau, the phone signed /kieumau/formList."""
    app.config["PUBLIC_URL"] = "https://kieumau.example.vn/kieumau"
    header = _signed(srv, "vol", "GET", "/kieumau/formList")
    resp = requests.get(srv.url + "/formList", headers={**OR_HEADERS, "Authorization": header}, timeout=10)
    assert resp.status_code == 200


def test_nonces_live_minutes_not_a_day(app, srv):
    assert config.SETTINGS["NONCE_LIFETIME"][0] <= 900
    ch = challenge(srv.url + "/formList")
    issued = int(ch["nonce"].split(".")[0])
    assert abs(issued - time.time()) < 60
    app.config["NONCE_LIFETIME"] = 1
    time.sleep(1.2)
    header = digest_header("vol", "GET", "/formList", ch["nonce"], opaque=ch["opaque"])
    resp = requests.get(srv.url + "/formList", headers={**OR_HEADERS, "Authorization": header}, timeout=10)
    assert resp.status_code == 401 and 'stale="true"' in resp.headers["WWW-Authenticate"]


def test_collect_like_clients_sign_again_on_stale(app, srv):
    """requests' Digest (the tests' and the sync client's Collect emulation) counts nc per
    request and answers stale=true by itself, without a second password prompt. The nonce
    lives 3 s: long enough for a challenge and its signed answer on a busy machine."""
    app.config["NONCE_LIFETIME"] = 3
    for auth in (digest("vol"), CollectAuth("vol", PASSWORD, srv.url)):
        with requests.Session() as session:
            session.auth = auth
            for _ in range(3):
                assert session.get(srv.url + "/formList", headers=OR_HEADERS, timeout=10).status_code == 200
            time.sleep(3.2)
            late = session.get(srv.url + "/formList", headers=OR_HEADERS, timeout=10)
            assert late.status_code == 200 and [r.status_code for r in late.history] == [401]


# ---- wrong-password limits ----------------------------------------------------------------


def _limits(app, per_user=3, per_address=100, window=300):
    app.config.update(
        SIGNIN_GUESSES_PER_USER=per_user, SIGNIN_GUESSES_PER_ADDRESS=per_address, SIGNIN_GUESS_WINDOW=window
    )


def test_wrong_digest_passwords_then_429_even_for_the_right_one(app, srv):
    _limits(app)
    for _ in range(3):
        bad = requests.get(
            srv.url + "/formList", auth=digest("vol", "sai-mat-khau"), headers=OR_HEADERS, timeout=10
        )
        assert bad.status_code == 401
    locked = requests.get(srv.url + "/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10)
    assert locked.status_code == 429
    assert 0 < int(locked.headers["Retry-After"]) <= 300
    assert "Sai mật khẩu quá nhiều lần" in locked.text and "too many wrong passwords" in locked.text
    # another user is not held up by vol's guesses
    assert requests.get(srv.url + "/api/v1/forms", auth=digest("chair"), timeout=10).status_code == 200


def test_basic_and_sign_in_page_share_the_count_across_workers(app, srv, tmp_path):
    _limits(app)
    with _second_worker(app, tmp_path) as other:
        assert requests.get(srv.url + "/api/v1/forms", auth=("chair", "sai-1"), timeout=10).status_code == 401
        assert (
            requests.get(other.url + "/api/v1/forms", auth=("chair", "sai-2"), timeout=10).status_code == 401
        )
        page = requests.Session()
        form = page.get(other.url + "/login", timeout=10).text
        csrf = TOKEN.search(form).group(1)
        data = {"csrf_token": csrf, "username": "chair", "password": "sai-3"}
        assert page.post(other.url + "/login", data=data, timeout=10).status_code == 200
        right = requests.get(srv.url + "/api/v1/forms", auth=("chair", PASSWORD), timeout=10)
        assert right.status_code == 429 and "Retry-After" in right.headers
        data["password"] = PASSWORD
        refused = page.post(other.url + "/login", data=data, timeout=10, allow_redirects=False)
        assert refused.status_code == 429 and "Sai mật khẩu quá nhiều lần" in refused.text
    other.app.extensions["engine"].dispose()


def test_one_address_guessing_many_usernames_is_held_up(app, srv):
    _limits(app, per_user=100, per_address=4)
    for n in range(4):
        resp = requests.get(srv.url + "/api/v1/forms", auth=(f"ai-{n}", "doan-bua"), timeout=10)
        assert resp.status_code == 401
    assert requests.get(srv.url + "/api/v1/forms", auth=("chair", PASSWORD), timeout=10).status_code == 429


def test_the_wait_ends_with_the_window(app, srv):
    _limits(app, per_user=2, window=1)
    for _ in range(2):
        requests.get(srv.url + "/formList", auth=digest("vol", "sai"), headers=OR_HEADERS, timeout=10)
    assert (
        requests.get(srv.url + "/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10).status_code
        == 429
    )
    time.sleep(1.2)
    assert (
        requests.get(srv.url + "/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10).status_code
        == 200
    )


def test_basic_hashes_a_password_even_for_unknown_users(app, srv, monkeypatch):
    """The same scrypt work whether the username exists or not, so the answer's time does
    not tell which usernames exist."""
    calls = []
    real = hashlib.scrypt

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    for username in ("chair", "khong-co-ai"):
        calls.clear()
        resp = requests.get(srv.url + "/api/v1/forms", auth=(username, "sai-mat-khau"), timeout=10)
        assert resp.status_code == 401 and len(calls) == 1, username


def test_challenges_differ_even_in_the_same_second(srv):
    nonces = {
        parse_challenge(requests.get(srv.url + "/formList", timeout=10).headers["WWW-Authenticate"])["nonce"]
        for _ in range(5)
    }
    assert len(nonces) == 5
