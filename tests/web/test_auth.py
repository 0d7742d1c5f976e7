"""Who may do what over OpenRosa and the API: Digest, Basic only over HTTPS, token URLs and
revocation, role and unit scopes, the Collect QR payload."""

from __future__ import annotations

import base64
import json
import zlib

import pytest
import requests
from lxml import etree

from conftest import PASSWORD, add_unit, add_user, publish
from orhelpers import (
    OR_HEADERS,
    UNIT_CSV,
    digest,
    digest_header,
    household_form,
    instance,
    parse_challenge,
    plain_form,
    post,
)
from server.domain import accounts
from server.store import db
from server.store import users as users_q


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_unit(app, "TDP2", parent="TOWN")
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    return live_server


def test_no_credentials_gets_401_with_digest_challenge_and_message(srv):
    for method, path in (("get", "/formList"), ("head", "/submission"), ("post", "/submission")):
        resp = requests.request(method, srv.url + path, headers=OR_HEADERS, timeout=10)
        assert resp.status_code == 401
        challenge = resp.headers["WWW-Authenticate"]
        assert challenge.startswith("Digest ") and 'qop="auth"' in challenge and "nonce=" in challenge
        assert "Basic" not in challenge  # plain http: Basic is never offered
        if method != "head":
            assert b"<message" in resp.content


def test_digest_signs_in_and_wrong_password_is_401(app, srv):
    add_user(app, "vol", "volunteer", ("TDP1",))
    assert requests.get(srv.url + "/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10).ok
    bad = requests.get(
        srv.url + "/formList", auth=digest("vol", "sai-mat-khau"), headers=OR_HEADERS, timeout=10
    )
    assert bad.status_code == 401 and bad.headers["WWW-Authenticate"].startswith("Digest")


def test_basic_refused_over_http_accepted_over_https(app, client):
    add_user(app, "vol", "volunteer")
    publish(app, plain_form("plain"))
    basic = "Basic " + base64.b64encode(f"vol:{PASSWORD}".encode()).decode()
    plain = client.get("/formList", headers={**OR_HEADERS, "Authorization": basic})
    assert plain.status_code == 401
    secure = client.get(
        "/formList", headers={**OR_HEADERS, "Authorization": basic}, base_url="https://localhost"
    )
    assert secure.status_code == 200 and b"plain" in secure.data
    challenges = client.get("/formList", base_url="https://localhost").headers.getlist("WWW-Authenticate")
    assert challenges[0].startswith("Digest") and challenges[1].startswith("Basic")


@pytest.mark.parametrize("password, stale", [(PASSWORD, True), ("sai-mat-khau", False)])
def test_expired_nonce_gets_stale_challenge_only_with_the_right_password(app, client, password, stale):
    """Collect signs again by itself only on stale=true; a wrong password must not get it."""
    add_user(app, "vol", "volunteer")
    first = parse_challenge(client.get("/formList").headers["WWW-Authenticate"])
    app.config["NONCE_LIFETIME"] = -1
    header = digest_header(
        "vol", "GET", "/formList", first["nonce"], opaque=first["opaque"], password=password
    )
    resp = client.get("/formList", headers={"Authorization": header})
    assert resp.status_code == 401
    assert ('stale="true"' in resp.headers["WWW-Authenticate"]) is stale


def test_token_url_works_keeps_prefix_and_revocation_gives_403(app, srv):
    token = add_user(app, "vol", "volunteer", ("TDP1",), token=True)
    base = f"{srv.url}/key/{token}"
    listing = requests.get(f"{base}/formList?deviceID=collect%3Aabc", headers=OR_HEADERS, timeout=10)
    assert listing.status_code == 200
    root = etree.fromstring(listing.content)
    url = root.findtext(".//{http://openrosa.org/xforms/xformsList}downloadUrl")
    assert url.startswith(f"{base}/forms/")
    assert requests.get(url, timeout=10).status_code == 200
    assert requests.head(f"{base}/submission", timeout=10).status_code == 204
    assert post(base, instance("uuid:tok")).status_code == 201
    with app.app_context():
        accounts.revoke(users_q.by_username(db.session(), "vol"))
        db.session().commit()
    for method, path in (("get", "/formList"), ("head", "/submission")):
        resp = requests.request(method, base + path, timeout=10)
        assert resp.status_code == 403 and "WWW-Authenticate" not in resp.headers
    assert requests.get(f"{srv.url}/key/not-a-token/formList", timeout=10).status_code == 403


@pytest.mark.parametrize(
    "role, units, unit, status",
    [
        ("volunteer", ("TDP1",), "TDP1", 201),
        ("volunteer", ("TDP1",), "TDP2", 403),
        ("volunteer", ("TOWN",), "TDP2", 201),  # a node covers its subtree
        ("board", ("TDP2",), "TDP2", 201),
        ("board", ("TDP2",), "TDP1", 403),
        ("admin", (), "TDP2", 201),
        ("committee", (), "TDP1", 403),  # committee reads, never submits
    ],
)
def test_who_may_submit_where(app, srv, role, units, unit, status):
    add_user(app, "u", role, units)
    resp = post(srv.url, instance(f"uuid:{role}-{unit}", unit=unit), auth=digest("u"))
    assert resp.status_code == status, resp.text


def test_form_roles_limit_form_list_and_submission(app, srv):
    from server.store import forms as forms_q

    add_user(app, "vol", "volunteer", ("TDP1",))
    with app.app_context():
        forms_q.by_xml_id(db.session(), "household").fill_roles = ["board"]
        db.session().commit()
    listing = requests.get(srv.url + "/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10)
    assert b"household" not in listing.content
    assert post(srv.url, instance("uuid:r"), auth=digest("vol")).status_code == 403


def test_qr_payload_decodes_to_collect_settings(app, srv):
    token = add_user(app, "vol", "volunteer", ("TDP1",), token=True)
    with app.app_context():
        user = users_q.by_username(db.session(), "vol")
        settings = accounts.collect_settings(app.config["PUBLIC_URL"], user, token)
        payload = accounts.qr_payload(settings)
        png = accounts.qr_png(settings)
    decoded = json.loads(zlib.decompress(base64.b64decode(payload)))
    assert decoded == settings
    assert decoded["general"]["server_url"] == f"{srv.url}/key/{token}"
    assert "password" not in decoded["general"] and decoded["admin"] == {}
    assert png.startswith(b"\x89PNG")
    # the URL inside the QR code really serves Collect
    assert requests.get(decoded["general"]["server_url"] + "/formList", timeout=10).status_code == 200


def test_passwords_are_stored_hashed(app):
    add_user(app, "vol", "volunteer")
    with app.app_context():
        user = users_q.by_username(db.session(), "vol")
        assert PASSWORD not in user.password_hash and user.password_hash.startswith("scrypt:")
        assert user.ha1 == accounts.ha1("vol", "kieumau", PASSWORD)


def test_api_forms_for_admin_and_committee_only(app, srv):
    add_user(app, "admin1", "admin")
    add_user(app, "chair", "committee")
    add_user(app, "vol", "volunteer", ("TDP1",))
    assert post(srv.url, instance("uuid:api"), auth=digest("vol")).status_code == 201
    for who in ("admin1", "chair"):
        resp = requests.get(srv.url + "/api/v1/forms", auth=(who, PASSWORD), timeout=10)
        assert resp.status_code == 200
        [form] = resp.json()["forms"]
        assert form["id"] == "household" and form["submissions"] == 1 and form["state"] == "open"
        assert form["versions"][0]["version"] == "1" and form["last_submission_at"]
    assert requests.get(srv.url + "/api/v1/forms", auth=("vol", PASSWORD), timeout=10).status_code == 403
    assert requests.get(srv.url + "/api/v1/forms", timeout=10).status_code == 401
    assert requests.get(srv.url + "/api/v1/forms", auth=("chair", "sai"), timeout=10).status_code == 401
