"""Users, their roles and scopes, passwords (scrypt for the web, HA1 for Digest), the
revocable token URL and the ODK Collect settings QR code.

Only the SHA-256 of a token is stored (a copied database or backup opens no phone's URL), so
the token URL and its QR code can be shown only when the token is made; a lost one is
replaced by a new token, which stops the old URL."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import secrets
import zlib

from sqlalchemy import Connection
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..errors import Conflict, Invalid, NotFound
from ..store import units as units_q
from ..store import users as users_q
from ..store.models import Unit, User

ROLES = ("admin", "committee", "board", "volunteer")
MIN_PASSWORD = 8


def ha1(username: str, realm: str, password: str) -> str:
    return hashlib.md5(f"{username}:{realm}:{password}".encode()).hexdigest()


def add_user(
    db: Session, username: str, role: str, password: str, realm: str, *, full_name: str = ""
) -> User:
    if role not in ROLES:
        raise Invalid(
            "user.invalid_role",
            "Vai trò không hợp lệ: %(role)s; chọn %(roles)s",
            role=role,
            roles=", ".join(ROLES),
        )
    if not username or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise Invalid("user.invalid_username", "Tên đăng nhập chỉ gồm chữ, số, . _ -")
    if users_q.by_username(db, username):
        raise Conflict("user.exists", "Đã có người dùng %(username)s", username=username)
    user = User(username=username, role=role, full_name=full_name)
    set_password(user, password, realm)
    db.add(user)
    db.flush()
    return user


def set_password(user: User, password: str, realm: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise Invalid("user.password_too_short", "Mật khẩu cần ít nhất %(least)s ký tự", least=MIN_PASSWORD)
    user.password_hash = generate_password_hash(password)
    user.ha1 = ha1(user.username, realm, password)


@functools.cache
def dummy_hash() -> str:
    """The hash an unknown username's password is checked against. Made once per process;
    auth.init_app makes it at start, so the first unknown username costs no more than the rest."""
    return generate_password_hash(secrets.token_hex(16))


def check_password(user: User | users_q.Caller | None, password: str) -> bool:
    """Whether the password is the user's. As slow for an unknown or revoked user as for a
    real one (a hash is checked either way), so the time taken tells no one which usernames
    exist."""
    stored = user.password_hash if user is not None and user.password_hash else ""
    matches = check_password_hash(stored or dummy_hash(), password)
    return bool(matches and stored and user is not None and user.active)


def get_user(db: Session, username: str) -> User:
    user = users_q.by_username(db, username)
    if user is None:
        raise NotFound("user.not_found", "Không có người dùng %(username)s", username=username)
    return user


def user_by_username(db: Session, username: str) -> User | None:
    """The user signing in by name (pages, API), or None."""
    return users_q.by_username(db, username)


def user_by_token(db: Session, token: str) -> User | None:
    """The user a token URL belongs to (looked up by its digest), or None."""
    return users_q.by_token(db, token_digest(token))


def user_by_id(db: Session, user_id: int) -> User | None:
    """The user a page session names, or None."""
    return users_q.by_id(db, user_id)


def all_users(db: Session) -> list[User]:
    """Every user, by username (the admin list)."""
    return users_q.all_users(db)


def caller_by_token(conn: Connection, token: str) -> users_q.Caller | None:
    """Who an OpenRosa request with a token URL acts as: one plain query, no ORM object."""
    return users_q.caller_by_token(conn, token_digest(token))


def caller_by_username(conn: Connection, username: str) -> users_q.Caller | None:
    """Who an OpenRosa request signing in by name acts as: one plain query, no ORM object."""
    return users_q.caller_by_username(conn, username)


def token_digest(token: str) -> str:
    """What is stored of a token, and what a token in a URL is looked up by."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(user: User) -> str:
    """A fresh token replaces (and so revokes) the previous one. Returned once: only its
    digest is kept."""
    token = secrets.token_urlsafe(32)
    user.token_hash = token_digest(token)
    return token


def revoke(user: User) -> None:
    """Revoking stops both the token URL and the password."""
    user.token_hash = None
    user.active = False


def assign(db: Session, user: User, unit_codes: list[str]) -> list[Unit]:
    units = []
    for code in unit_codes:
        unit = units_q.unit_by_code(db, code)
        if unit is None:
            raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
        units.append(unit)
    user.units = units
    return units


def token_url(public_url: str, token: str) -> str:
    return f"{public_url}/key/{token}"


def collect_settings(public_url: str, user: User, token: str, project_name: str = "Kiểu mẫu") -> dict:
    """Collect's settings: the token URL, no password, forms kept in step with the server."""
    return {
        "general": {
            "server_url": token_url(public_url, token),
            "form_update_mode": "match_exactly",
            "autosend": "wifi_and_cellular",
            "metadata_username": user.full_name or user.username,
        },
        "admin": {},
        "project": {"name": project_name, "icon": "K", "color": "#b71c1c"},
    }


def qr_payload(settings: dict) -> str:
    """base64(zlib(JSON)), exactly what ODK Collect's QR reader decodes."""
    raw = json.dumps(settings, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(raw)).decode()


def qr_png(settings: dict, scale: int = 6) -> bytes:
    import io

    import segno

    out = io.BytesIO()
    segno.make(qr_payload(settings), error="l", micro=False).save(out, kind="png", scale=scale)
    return out.getvalue()
