"""Signing in through /login with CSRF on, for the page tests (test client)."""

from __future__ import annotations

import re

from conftest import PASSWORD

TOKEN = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"')


def csrf(client, path: str = "/login") -> str:  # a Flask test client
    """The CSRF token of a page's forms (one per session)."""
    page = client.get(path)
    assert page.status_code == 200, page.status_code
    return TOKEN.search(page.text).group(1)


def sign_in(client, username: str, password: str = PASSWORD) -> None:
    token = csrf(client)
    resp = client.post("/login", data={"csrf_token": token, "username": username, "password": password})
    assert resp.status_code == 302, resp.text
