"""Who is calling. ODK Collect signs in with HTTP Digest (stored HA1, stateless signed
nonces so any worker can check them), Basic only over HTTPS, or a token in the URL
(/key/<token>/...). Scripts reach the JSON API with Basic; pages use the session."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from typing import TypeVar

from flask import Flask, current_app, g, request
from flask_httpauth import HTTPDigestAuth

from ..domain.accounts import check_password
from ..errors import Forbidden, Unauthorized
from ..store import db
from ..store import users as q
from ..store.models import User
from ..store.users import Caller

U = TypeVar("U", User, Caller)


def init_app(app: Flask) -> None:
    digest = HTTPDigestAuth(realm=app.config["REALM"], use_ha1_pw=True)
    digest.generate_nonce(_make_nonce)
    digest.verify_nonce(_nonce_is_fresh)
    digest.generate_opaque(lambda: _sign("opaque"))
    digest.verify_opaque(lambda opaque: hmac.compare_digest(opaque or "", _sign("opaque")))
    app.extensions["digest"] = digest


def _sign(text: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:32]


def _make_nonce() -> str:
    stamp = str(int(time.time()))
    return f"{stamp}-{_sign(stamp)}"


def _nonce_parts(nonce: str | None) -> tuple[bool, bool]:
    """(signed by us, still fresh)."""
    stamp, _, sig = (nonce or "").partition("-")
    if not stamp.isdigit() or not hmac.compare_digest(sig, _sign(stamp)):
        return False, False
    return True, time.time() - int(stamp) < current_app.config["NONCE_LIFETIME"]


def _nonce_is_fresh(nonce: str | None) -> bool:
    signed, fresh = _nonce_parts(nonce)
    return signed and fresh


def challenge_headers(basic: bool | None = None) -> list[tuple[str, str]]:
    """Digest first (Collect prefers it and it works over http); Basic only over HTTPS
    unless the caller allows it (the API from this machine)."""
    digest: HTTPDigestAuth = current_app.extensions["digest"]
    header = digest.authenticate_header()
    auth = request.authorization
    if auth and auth.type == "digest" and _nonce_parts(auth.nonce) == (True, False):
        header += ',stale="true"'
    headers = [("WWW-Authenticate", header)]
    if request.is_secure if basic is None else basic:
        headers.append(("WWW-Authenticate", f'Basic realm="{current_app.config["REALM"]}"'))
    return headers


def collector() -> Caller:
    """The user behind an OpenRosa request, or Unauthorized / Forbidden."""
    if "user" in g:
        return g.user
    token = g.get("token")
    if token is not None:
        user = q.caller_by_token(db.connection(), token)
        if user is None or not user.active:
            raise Forbidden("Mã truy cập không hợp lệ hoặc đã bị thu hồi", "unknown or revoked token")
        g.user = user
        return user
    user = _from_authorization(
        lambda name: q.caller_by_username(db.connection(), name), allow_basic=request.is_secure
    )
    if user is None:
        raise Unauthorized("Cần đăng nhập", "authentication required")
    g.user = user
    return user


def api_user() -> User:
    """API callers: a token URL (/key/<token>/api/v1/...), a signed-in page session, Digest
    (as the sync client signs in), or Basic (over HTTPS, or from this machine)."""
    from .pages import current_user  # the page session rules: active, password unchanged

    if g.get("token") is not None:  # under /key/<token>: the token alone, as for OpenRosa
        token_user = q.by_token(db.session(), g.token)
        if token_user is None or not token_user.active:
            raise Forbidden("Mã truy cập không hợp lệ hoặc đã bị thu hồi", "unknown or revoked token")
        return token_user
    user = current_user()
    if user is not None:
        return user
    local = request.remote_addr in ("127.0.0.1", "::1")
    user = _from_authorization(
        lambda name: q.by_username(db.session(), name), allow_basic=request.is_secure or local
    )
    if user is None:
        raise Unauthorized("Cần đăng nhập", "authentication required")
    return user


def _from_authorization(lookup: Callable[[str], U | None], *, allow_basic: bool) -> U | None:
    """The user the Authorization header names (`lookup(username)`), if the header proves it."""
    auth = request.authorization
    if auth is None or not auth.username:
        return None
    user = lookup(auth.username)
    if user is None or not user.active:
        return None
    if auth.type == "digest":
        digest: HTTPDigestAuth = current_app.extensions["digest"]
        return user if user.ha1 and digest.authenticate(auth, user.ha1) else None
    if auth.type == "basic" and allow_basic:
        return user if check_password(user, auth.password or "") else None
    return None
