"""Credentials the way ODK Collect sends them: never up front, only in answer to a 401
challenge; Digest on any scheme, Basic only over https (there is no setting to allow it on
plain http); and only to the configured host, so a redirect elsewhere gets nothing."""

from __future__ import annotations

from urllib.parse import urlsplit

import requests
from requests.auth import HTTPDigestAuth, _basic_auth_str


class CollectAuth(HTTPDigestAuth):
    """requests' Digest (nonce counting, stale=true, body rewind) plus a Basic fallback that
    is used only when the server asks for it over https."""

    def __init__(self, username: str, password: str, base_url: str) -> None:
        super().__init__(username, password)
        self.host = urlsplit(base_url).hostname
        self._basic = False

    def _ours(self, url: str | None) -> bool:
        return bool(url) and urlsplit(url).hostname == self.host

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._basic and self._ours(r.url) and (r.url or "").startswith("https:"):
            r.headers["Authorization"] = _basic_auth_str(self.username, self.password)
            return r
        return super().__call__(r)

    def handle_401(self, r: requests.Response, **kwargs) -> requests.Response:
        if not self._ours(r.url):
            return r
        challenge = r.headers.get("www-authenticate", "").lower()
        if "digest" in challenge:
            return super().handle_401(r, **kwargs)
        if "basic" in challenge and r.url.startswith("https:") and not self._basic:
            self._basic = True
            r.content  # noqa: B018 - drain so the connection can be reused
            r.close()
            prep = r.request.copy()
            rewind = getattr(prep.body, "seek", None)
            if self._thread_local.pos is not None and rewind is not None:
                rewind(self._thread_local.pos)
            prep.headers["Authorization"] = _basic_auth_str(self.username, self.password)
            again = r.connection.send(prep, **kwargs)
            again.history.append(r)
            again.request = prep
            return again
        return r


def challenge_problem(resp: requests.Response) -> str:
    """Why a 401 could not be answered, in words (Collect says 'unsupported auth scheme')."""
    challenge = resp.headers.get("www-authenticate", "")
    if not challenge:
        return "the server asked for a login but offered no way to log in (no WWW-Authenticate)"
    if "basic" in challenge.lower() and "digest" not in challenge.lower() and resp.url.startswith("http:"):
        return "the server offers only Basic login over plain http; use its https address"
    return "wrong user name or password (or the account is disabled)"
