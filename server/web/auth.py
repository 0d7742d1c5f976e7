"""Who is calling. ODK Collect signs in with HTTP Digest (stored HA1, signed nonces any
worker can check, each nonce count accepted once by all of them through the database),
Basic only over HTTPS, or a token in the URL (/key/<token>/...). Scripts reach the JSON API
with Basic; pages use the session. Wrong passwords are counted per username and per client
address (domain.signin); over the limit every sign-in waits, with 429 and Retry-After.

What Digest (qop=auth) protects: the password never crosses the network, and a captured
Authorization header is good for one request only, to the same method and URI. It does not
sign the body (a header captured from an unfinished POST could carry another body), nor hide
anything sent: only HTTPS does that."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import quote

from flask import Flask, Response, current_app, g, request
from flask_httpauth import HTTPDigestAuth
from werkzeug.datastructures import Authorization

from ..domain import accounts, signin
from ..domain.accounts import check_password, dummy_hash
from ..errors import Forbidden, Unauthorized
from ..store import db
from ..store.models import User
from ..store.users import Caller

U = TypeVar("U", User, Caller)
T = TypeVar("T")


def init_app(app: Flask) -> None:
    dummy_hash()  # now, not at the first unknown username (see accounts.dummy_hash)
    digest = HTTPDigestAuth(realm=app.config["REALM"], use_ha1_pw=True)
    digest.generate_nonce(_make_nonce)
    # the signature here; freshness and the nonce count once the password is known right,
    # so an expired nonce gets stale=true only from someone who knows the password
    digest.verify_nonce(lambda nonce: _nonce_issued(nonce) is not None)
    digest.generate_opaque(lambda: _sign("opaque"))
    digest.verify_opaque(lambda opaque: hmac.compare_digest(opaque or "", _sign("opaque")))
    app.extensions["digest"] = digest
    app.after_request(_retry_after)


def _retry_after(resp: Response) -> Response:
    wait = g.get("retry_after")
    if wait is not None and resp.status_code == 429:
        resp.headers["Retry-After"] = str(wait)
    return resp


def _sign(text: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:32]


def _make_nonce() -> str:
    """Issue time and a random part (two phones challenged in the same second get different
    nonces, so their nonce counts never meet), signed."""
    body = f"{int(time.time())}.{secrets.token_hex(8)}"
    return f"{body}-{_sign(body)}"


def _nonce_issued(nonce: str | None) -> int | None:
    """The issue time of a nonce we signed, else None."""
    body, _, sig = (nonce or "").rpartition("-")
    stamp = body.partition(".")[0]
    if not stamp.isdigit() or not hmac.compare_digest(sig, _sign(body)):
        return None
    return int(stamp)


def _nonce_fresh(issued: int) -> bool:
    return time.time() - issued < current_app.config["NONCE_LIFETIME"]


def challenge_headers(basic: bool | None = None) -> list[tuple[str, str]]:
    """Digest first (Collect prefers it and it works over http); Basic only over HTTPS
    unless the caller allows it (the API from this machine). stale=true when the password
    was right but the nonce expired or its count was used: Collect then signs again with
    the new nonce without asking anyone."""
    digest: HTTPDigestAuth = current_app.extensions["digest"]
    header = digest.authenticate_header()
    if g.get("digest_stale"):
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
        user = accounts.caller_by_token(db.connection(), token)
        if user is None or not user.active:
            raise Forbidden("auth.token_revoked", "Mã truy cập không hợp lệ hoặc đã bị thu hồi")
        g.user = user
        return user
    user = _from_authorization(
        lambda name: accounts.caller_by_username(db.connection(), name), allow_basic=request.is_secure
    )
    if user is None:
        raise Unauthorized("auth.required", "Cần đăng nhập")
    g.user = user
    return user


def api_user() -> User:
    """API callers: a token URL (/key/<token>/api/v1/...), a signed-in page session, Digest
    (as the sync client signs in), or Basic (over HTTPS, or from this machine)."""
    from .pages import current_user  # the page session rules: active, password unchanged

    if g.get("token") is not None:  # under /key/<token>: the token alone, as for OpenRosa
        token_user = accounts.user_by_token(db.session(), g.token)
        if token_user is None or not token_user.active:
            raise Forbidden("auth.token_revoked", "Mã truy cập không hợp lệ hoặc đã bị thu hồi")
        return token_user
    user = current_user()
    if user is not None:
        return user
    local = request.remote_addr in ("127.0.0.1", "::1")
    user = _from_authorization(
        lambda name: accounts.user_by_username(db.session(), name), allow_basic=request.is_secure or local
    )
    if user is None:
        raise Unauthorized("auth.required", "Cần đăng nhập")
    return user


def _from_authorization(lookup: Callable[[str], U | None], *, allow_basic: bool) -> U | None:
    """The user the Authorization header names (`lookup(username)`), if the header proves it."""
    auth = request.authorization
    if auth is None or not auth.username:
        return None
    if auth.type == "digest":
        return _digest_user(auth, lookup)
    if auth.type == "basic" and allow_basic:
        check_guesses(auth.username)
        user = lookup(auth.username)
        if check_password(user, auth.password or ""):  # as slow for an unknown name
            return user
        count_wrong_password(auth.username)
    return None


def _digest_user(auth: Authorization, lookup: Callable[[str], U | None]) -> U | None:
    """A Digest answer signed for this very request (method and URI), with a nonce we
    issued, still fresh, and a nonce count not used before."""
    nc = signin.nonce_count(auth.nc)
    if auth.qop != "auth" or nc is None or not auth.cnonce or auth.uri not in _signed_uris():
        return None
    check_guesses(auth.username)
    user = lookup(auth.username)
    digest: HTTPDigestAuth = current_app.extensions["digest"]
    if user is None or not user.active or not user.ha1 or not digest.authenticate(auth, user.ha1):
        count_wrong_password(auth.username)
        return None
    issued = _nonce_issued(auth.nonce)
    if issued is None:  # digest.authenticate checked the signature already
        return None
    if not _nonce_fresh(issued) or not _first_use(auth.nonce, nc, issued):
        g.digest_stale = True
        return None
    return user


def _signed_uris() -> set[str]:
    """What the client may have signed as `uri` for this request (domain.signin)."""
    target = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI")
    if not target:  # a WSGI server that keeps no raw target: rebuild it
        query = request.query_string.decode("latin-1")
        target = quote(request.path, safe="/:@!$&'()*+,;=~") + (f"?{query}" if query else "")
    return signin.signed_uris(target, request.script_root, current_app.config["PUBLIC_URL"])


def _first_use(nonce: str, nc: int, issued: int) -> bool:
    lifetime = int(current_app.config["NONCE_LIFETIME"])
    return write_now(lambda conn: signin.use_nonce_count(conn, nonce, nc, issued, lifetime, signin.now()))


# ---- wrong-password limits --------------------------------------------------------------


def check_guesses(username: str) -> None:
    """TooManyGuesses (429, Retry-After) while this username or address must wait."""
    limits = signin.GuessLimits.from_config(current_app.config)
    try:
        signin.check_guesses(db.connection(), limits, username, request.remote_addr or "", signin.now())
    except signin.TooManyGuesses as exc:
        g.retry_after = exc.retry_after
        raise


def count_wrong_password(username: str) -> None:
    limits = signin.GuessLimits.from_config(current_app.config)
    address = request.remote_addr or ""
    write_now(lambda conn: signin.count_wrong_password(conn, limits, username, address, signin.now()))


def write_now(work: Callable[[object], T]) -> T:
    """Run a small write and commit it before the request goes on: on SQLite in the
    process's shared write transaction (fastpaths.GroupCommit), on PostgreSQL on the request's
    autocommit connection, or in a transaction of its own."""
    group = current_app.extensions.get("group_commit")
    if group is not None:
        db.end_reads()  # the request's connection goes back first: it holds one at a time
        return group.run(work)
    conn = db.connection()
    if db.autocommits(conn):
        return work(conn)
    with db.transaction() as write:
        return work(write)
