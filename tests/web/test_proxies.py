"""Behind a reverse proxy (TRUSTED_PROXIES): X-Forwarded-For/-Proto name the real client
and scheme only when the peer is a configured proxy. The sign-in limit then counts each
client on its own, and a client speaking to the server directly cannot pose as anyone, nor
as HTTPS. Clients come from other loopback addresses (127.0.0.2, .3), as a real proxy and
real clients would from other machines."""

from __future__ import annotations

import base64

import pytest
import requests
from requests.adapters import HTTPAdapter

from conftest import PASSWORD, LiveServer, _empty_tables, add_user
from pagehelpers import TOKEN
from server import create_app

PROXY, STRANGER = "127.0.0.2", "127.0.0.3"


class FromAddress(HTTPAdapter):
    """requests connecting from a given local address."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def session_from(address: str) -> requests.Session:
    s = requests.Session()
    s.mount("http://", FromAddress(address))
    return s


def attempt(s: requests.Session, url: str, forwarded_for: str | None, username: str = "admin") -> int:
    """One wrong sign-in (the page and its CSRF token first); the POST's status."""
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    page = s.get(f"{url}/login", headers=headers, timeout=10)
    token = TOKEN.search(page.text).group(1)
    data = {"csrf_token": token, "username": username, "password": "sai-mat-khau"}
    return s.post(f"{url}/login", data=data, headers=headers, timeout=10).status_code


@pytest.fixture
def proxied(database_url, tmp_path):
    """The server trusting the proxies at 127.0.0.2 and 127.0.0.1 (a Caddy on this machine)."""
    app = create_app(
        {
            "DATA_DIR": str(tmp_path / "data"),
            "DATABASE_URL": database_url,
            "SECRET_KEY": "test-secret",
            "BACKGROUND_SCORING": False,
            "TRUSTED_PROXIES": f"{PROXY}, 127.0.0.1",  # as KIEUMAU_TRUSTED_PROXIES is written
        }
    )
    _empty_tables(app)
    with LiveServer(app) as server:
        yield server
    app.extensions["engine"].dispose()


def test_sign_in_limit_counts_each_client_behind_the_proxy(proxied):
    proxy = session_from(PROXY)
    for _ in range(10):
        assert attempt(proxy, proxied.url, "198.51.100.7") == 200
    assert attempt(proxy, proxied.url, "198.51.100.7") == 429
    # another resident behind the same proxy still has all their attempts (with their own
    # username: wrong passwords are also counted per username, wherever they come from)
    assert attempt(proxy, proxied.url, "198.51.100.8", username="bantdp1") == 200


def test_a_client_cannot_escape_the_sign_in_limit_with_forwarded_headers(proxied):
    stranger = session_from(STRANGER)
    for i in range(10):
        assert attempt(stranger, proxied.url, f"198.51.100.{i}") == 200
    assert attempt(stranger, proxied.url, "198.51.100.99") == 429


def test_forwarded_https_from_a_stranger_does_not_turn_basic_on(proxied):
    add_user(proxied.app, "admin", "admin")
    basic = "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
    spoof = {"Authorization": basic, "X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"}
    resp = session_from(STRANGER).get(f"{proxied.url}/api/v1/forms", headers=spoof, timeout=10)
    assert resp.status_code == 401
    assert "Basic" not in resp.headers.get("WWW-Authenticate", "")
    # the same from the proxy: HTTPS between the client and the proxy, Basic allowed
    resp = session_from(PROXY).get(f"{proxied.url}/api/v1/forms", headers=spoof, timeout=10)
    assert resp.status_code == 200, resp.text


def test_plain_http_through_the_proxy_is_not_local(proxied):
    """The proxy is on this machine, its clients are not: Basic over plain HTTP stays off."""
    add_user(proxied.app, "admin", "admin")
    basic = "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
    headers = {"Authorization": basic, "X-Forwarded-Proto": "http", "X-Forwarded-For": "198.51.100.7"}
    resp = requests.get(f"{proxied.url}/api/v1/forms", headers=headers, timeout=10)
    assert resp.status_code == 401


def test_a_wrong_proxy_address_is_refused_at_start(tmp_path):
    with pytest.raises(ValueError, match="TRUSTED_PROXIES: 'caddy'"):
        create_app({"DATA_DIR": str(tmp_path), "TRUSTED_PROXIES": ["127.0.0.1", "caddy"], "SECRET_KEY": "x"})
