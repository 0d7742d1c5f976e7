"""The client's manners against the real server: Digest login over http, token URLs,
pull-forms that downloads only what changed, Collect's headers and deviceID."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner
from flask import Flask, request

from conftest import PASSWORD, add_user
from orhelpers import LOGO, UNIT_CSV
from sync import AuthError, Client, NotOpenRosaError, TLSError, plan_posts
from sync.cli import sync
from sync.client import PART_OVERHEAD, response_message
from sync.forms import pull_forms

NAMES = [f"f{i}" for i in range(250)]


def run(home, *args, input=None):
    return CliRunner().invoke(sync, ["--home", str(home), *args], input=input)


def test_login_with_digest_over_http_keeps_password_in_a_private_file(server, home, recorder):
    result = run(home, "login", server.url, "--user", "vol", input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert "OK: 1 form(s)" in result.output
    assert PASSWORD not in result.output
    conf = json.loads((home / "config.json").read_text())
    assert conf["user"] == "vol" and conf["url"] == server.url and PASSWORD not in json.dumps(conf)
    assert (home / "password").read_text() == PASSWORD
    for name in ("password", "config.json"):
        assert stat.S_IMODE(os.stat(home / name).st_mode) == 0o600
    # Collect's manners: credentials only after a challenge, Digest (never Basic over http)
    first = recorder.requests[0]
    assert "AUTHORIZATION" not in first[4]
    auths = [r[4]["AUTHORIZATION"] for r in recorder.requests if "AUTHORIZATION" in r[4]]
    assert auths and all(a.startswith("Digest ") for a in auths)
    for _method, _path, query, _body, headers in recorder.requests:
        assert headers["X_OPENROSA_VERSION"] == "1.0"
        assert query.startswith("deviceID=kieumau-sync%3A") or query.startswith("deviceID=kieumau-sync:")
    assert {r[0] for r in recorder.requests} >= {"GET", "HEAD"}


def test_wrong_password_is_refused_and_nothing_saved(server, home):
    result = run(home, "login", server.url, "--user", "vol", input="wrong\n")
    assert result.exit_code == 1
    assert "wrong user name or password" in result.output
    assert not (home / "config.json").exists() and not (home / "password").exists()


def test_login_offline_saves_with_a_warning(home):
    result = run(home, "login", "http://127.0.0.1:9", "--user", "vol", input="pw\n")
    assert result.exit_code == 0
    assert "could not check the server" in result.output


def test_credentials_in_the_url_are_refused(home):
    result = run(home, "login", "http://vol:pw@127.0.0.1:9")
    assert result.exit_code == 2
    assert not (home / "config.json").exists()


def test_token_url_login_and_use(app, server, home, tmp_path):
    token = add_user(app, "phone", "volunteer", ("TDP1",), token=True)
    url = f"{server.url}/key/{token}"
    result = run(home, "login", url)
    assert result.exit_code == 0, result.output
    assert token not in result.output
    assert not (home / "password").exists()
    status = run(home, "status")
    assert "/key/***" in status.output and token not in status.output
    result = run(home, "pull-forms", str(tmp_path / "forms"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "forms" / "household.xml").exists()


def test_revoked_token_is_an_auth_error(server, home):
    result = run(home, "login", f"{server.url}/key/not-a-token")
    assert result.exit_code == 1
    assert "error:" in result.output


def test_pull_forms_downloads_forms_and_media_then_nothing(server, home, tmp_path, recorder):
    client = Client(server.url, ("vol", PASSWORD))
    dest = tmp_path / "forms"
    first = pull_forms(client, dest)
    assert sorted(first.downloaded) == [
        "household-media/logo.png",
        "household-media/unit.csv",
        "household.xml",
    ]
    assert (dest / "household-media" / "unit.csv").read_bytes() == UNIT_CSV
    assert (dest / "household-media" / "logo.png").read_bytes() == LOGO
    assert b"<h:html" in (dest / "household.xml").read_bytes()
    mtimes = {p: p.stat().st_mtime_ns for p in dest.rglob("*")}
    downloads = recorder.count("GET", "/forms/household.xml") + recorder.count(
        "GET", "/forms/household/media"
    )
    assert downloads == 3

    second = pull_forms(client, dest)
    assert second.downloaded == [] and second.unchanged == 3
    assert {p: p.stat().st_mtime_ns for p in dest.rglob("*")} == mtimes
    after = recorder.count("GET", "/forms/household.xml") + recorder.count("GET", "/forms/household/media")
    assert after == downloads  # only formList and the manifest were asked again

    (dest / "household-media" / "unit.csv").write_bytes(b"edited locally")
    third = pull_forms(client, dest)
    assert third.downloaded == ["household-media/unit.csv"]
    assert (dest / "household-media" / "unit.csv").read_bytes() == UNIT_CSV


def test_pull_forms_cli(server, home, tmp_path):
    run(home, "login", server.url, "--user", "vol", input=PASSWORD)
    first = run(home, "pull-forms", str(tmp_path / "f"))
    second = run(home, "pull-forms", str(tmp_path / "f"))
    assert first.exit_code == second.exit_code == 0
    assert "3 file(s) downloaded" in first.output
    assert "0 file(s) downloaded, 3 unchanged" in second.output


def test_commands_without_login_fail_clearly(home, tmp_path):
    result = run(home, "pull-forms", str(tmp_path / "f"))
    assert result.exit_code == 1
    assert "kieumau sync login" in result.output


def test_a_captive_portal_is_not_taken_for_a_server(portal_url):
    client = Client(portal_url, ("vol", "pw"))
    with pytest.raises(NotOpenRosaError):
        client.form_list()
    with pytest.raises(NotOpenRosaError):
        client.probe()


def test_basic_is_never_sent_over_http(serve):
    seen = []
    basic_only = Flask("basic")

    @basic_only.get("/formList")
    def form_list():
        seen.append(request.headers.get("Authorization"))
        return "", 401, {"WWW-Authenticate": 'Basic realm="x"'}

    with serve(basic_only) as url:
        with pytest.raises(AuthError, match="only Basic login over plain http"):
            Client(url, ("vol", "pw")).form_list()
    assert seen == [None]


@pytest.mark.parametrize(
    ("xml", "files", "limit", "expected"),
    [
        (100, [], 1000, [[]]),
        (100, [("a", 100), ("b", 100)], 10_000, [["a", "b"]]),
        (400, [("a", 15_000), ("b", 15_000)], 20_000, [["a"], ["b"]]),
        (100, [("big", 50_000), ("b", 10)], 20_000, [["big"], ["b"]]),  # too big: alone with the XML
        (100, [("a", 10), ("big", 50_000), ("c", 10)], 20_000, [["a"], ["big"], ["c"]]),
        (100, [(f"f{i}", 1) for i in range(250)], 10**9, [NAMES[0:100], NAMES[100:200], NAMES[200:]]),
        (0, [("a", 1000 - 2 * PART_OVERHEAD)], 1000, [["a"]]),  # exactly at the limit stays together
    ],
)  # fmt: skip
def test_plan_posts_splits_like_collect(xml, files, limit, expected):
    assert plan_posts(xml, files, limit) == expected


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'<OpenRosaResponse xmlns="http://openrosa.org/http/response"><message nature="e">Hi</message>'
         b"</OpenRosaResponse>", "Hi"),
        (b"<OpenRosaResponse><message>plain</message></OpenRosaResponse>", "plain"),
        (b"<html>captive portal</html>", None),
        (b"<OpenRosaResponse><message>x", None),
        (b'<!DOCTYPE x [<!ENTITY a "b">]><OpenRosaResponse><message>&a;</message></OpenRosaResponse>', None),
    ],
)  # fmt: skip
def test_response_message(body, message):
    assert response_message(body) == message


HOST = "127.0.0.1"


def _self_signed(tmp_path):
    """A certificate for 127.0.0.1 that is its own CA (usable as --ca-bundle)."""
    crypto = pytest.importorskip("cryptography")  # noqa: F841 - skip cleanly where missing
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return str(cert_file), str(key_file)


def test_basic_over_https_only_after_a_challenge_and_certificates_are_checked(tmp_path):
    import base64
    import threading

    from werkzeug.serving import make_server

    cert, key = _self_signed(tmp_path)
    seen = []
    good = "Basic " + base64.b64encode(b"vol:pw").decode()
    app = Flask("https-basic")

    @app.get("/formList")
    def form_list():
        seen.append(request.headers.get("Authorization"))
        if request.headers.get("Authorization") != good:
            return "", 401, {"WWW-Authenticate": 'Basic realm="x"'}
        body = (
            '<xforms xmlns="http://openrosa.org/xforms/xformsList"><xform><formID>f</formID>'
            "<name>F</name><hash>md5:"
            + "0"
            * 32
            + "</hash><downloadUrl>https://127.0.0.1/f.xml</downloadUrl>"
            "</xform></xforms>"
        )
        return body, 200, {"Content-Type": "text/xml; charset=utf-8", "X-OpenRosa-Version": "1.0"}

    srv = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=(cert, key))
    thread = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{srv.port}"
    try:
        with pytest.raises(TLSError):
            Client(url, ("vol", "pw")).form_list()  # verification is on by default
        client = Client(url, ("vol", "pw"), verify=cert)
        assert [f.form_id for f in client.form_list()] == ["f"]
        assert seen[-2:] == [None, good]  # not up front: only in answer to the challenge
        client.form_list()
        assert seen[-1] == good  # then sent up front, like Collect's auth cache
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def test_tokens_never_appear_in_messages(server, home):
    from sync import RefusedError

    with pytest.raises(RefusedError) as info:
        Client(f"{server.url}/key/secret-tok/nowhere").form_list()
    assert info.value.status == 404
    assert "secret-tok" not in str(info.value) and "/key/***/nowhere/formList" in str(info.value)
    result = run(home, "login", f"{server.url}/key/secret-tok")
    assert result.exit_code == 1 and "secret-tok" not in result.output
