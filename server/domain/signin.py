"""The rules of signing in over HTTP, apart from Flask: what a Digest answer must name
(the request's own URI, a nonce count not used before) and how many wrong passwords a
username and a client address may try in a window before they must wait."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import Connection

from ..errors import AppError
from ..store import signins as signins_q
from ..store.models import utcnow


class TooManyGuesses(AppError):
    """429 with the seconds to wait (the HTTP layer sends them as Retry-After)."""

    status = 429

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            "auth.too_many_guesses",
            "Sai mật khẩu quá nhiều lần. Hãy thử lại sau %(minutes)s phút.",
            minutes=minutes,
        )
        self.retry_after = retry_after


# ---- Digest -------------------------------------------------------------------------------


def now() -> datetime:
    """The time sign-in records are kept in: naive UTC, as every stored time."""
    return utcnow()


def signed_uris(request_target: str, script_root: str, public_url: str) -> set[str]:
    """The `uri` values a Digest answer to this request may carry: the request-target as
    sent (path and query), and the same under the path prefix a proxy removed (the
    SCRIPT_NAME it set, or the path of PUBLIC_URL), as the phone signed the longer URL."""
    target = request_target
    if target.startswith(("http://", "https://")):  # absolute-form: keep path and query
        parts = urlsplit(target)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    prefix = urlsplit(public_url).path.rstrip("/")
    return {target, script_root.rstrip("/") + target, prefix + target}


def nonce_count(nc: str | None) -> int | None:
    """The nc directive (8 hex digits) as a number, or None when missing or malformed."""
    if not nc or len(nc) != 8:
        return None
    try:
        return int(nc, 16)
    except ValueError:
        return None


def use_nonce_count(conn: Connection, nonce: str, nc: int, issued: int, lifetime: int, now: datetime) -> bool:
    """Record the count's use (until the nonce expires); False if it was used before."""
    expires = datetime.fromtimestamp(issued + lifetime, UTC).replace(tzinfo=None)
    return signins_q.use_nonce_count(conn, nonce, nc, max(expires, now), now)


# ---- wrong-password limits ---------------------------------------------------------------


@dataclass(frozen=True)
class GuessLimits:
    per_user: int
    per_address: int
    window: int  # seconds

    @classmethod
    def from_config(cls, config: dict) -> GuessLimits:
        return cls(
            int(config["SIGNIN_GUESSES_PER_USER"]),
            int(config["SIGNIN_GUESSES_PER_ADDRESS"]),
            int(config["SIGNIN_GUESS_WINDOW"]),
        )


def _keys(username: str, address: str) -> tuple[str, str]:
    return f"user:{username.lower()[:150]}", f"addr:{address[:150]}"


def check_guesses(conn: Connection, limits: GuessLimits, username: str, address: str, now: datetime) -> None:
    """Raise TooManyGuesses while the username or the address is over its limit (before
    the password is even looked at, so a right guess during the wait reveals nothing)."""
    user_key, addr_key = _keys(username, address)
    until = signins_q.locked_until(conn, user_key, addr_key, limits.per_user, limits.per_address, now)
    if until is not None:
        raise TooManyGuesses(max(1, math.ceil((until - now).total_seconds())))


def count_wrong_password(
    conn: Connection, limits: GuessLimits, username: str, address: str, now: datetime
) -> None:
    signins_q.count_failure(conn, _keys(username, address), now + timedelta(seconds=limits.window), now)
