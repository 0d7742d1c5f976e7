"""Offline web forms for volunteers without Android: a small host page around ODK
Web Forms (vendored under static/webforms/vendor/, see webforms/README.md), its service
worker, and the static files it needs with content-hashed names.

The page lives under the volunteer's token URL, /key/<token>/app, so its OpenRosa calls
(/key/<token>/formList, /submission ...) need no password prompt and the service worker's
scope is that user's. /app signs a password user in through the page session and sends them
to their token URL when it makes one; only a token's digest is stored, so a user who has a
token already is asked to open their saved link or make a new one (the old one then stops)."""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import json
import re
from pathlib import Path

import brotli
from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from ..domain.accounts import new_token, user_by_token
from ..store import db
from .pages import current_user, register_error_pages, to_login

bp = Blueprint("webforms", __name__)
YEAR = 365 * 24 * 3600
OWN = ("app.js", "app.css", "icon.svg")  # our files under static/webforms/
# Engine chunks only some forms load (maps for geopoint/geotrace/geoshape with a map
# appearance): kept offline right after the worker is active, not before it.
LATER = ("MapBlock-",)
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
register_error_pages(bp, csp=False)  # the shell's import map is inline; see README


def _static_dir() -> Path:
    return Path(current_app.static_folder or "") / "webforms"


@functools.lru_cache(maxsize=32)
def _load(path: str, mtime: float) -> tuple[bytes, bytes, str]:
    """(raw bytes, gzip bytes, short content hash), cached while the file is unchanged."""
    raw = Path(path).read_bytes()
    return raw, gzip.compress(raw, 9, mtime=0), hashlib.sha256(raw).hexdigest()[:10]


_BROTLI: dict[str, bytes] = {}


def _brotli(raw: bytes) -> bytes:
    """Brotli (~10% smaller than gzip on the engine), made once per content per process."""
    key = hashlib.sha256(raw).hexdigest()
    if key not in _BROTLI:
        _BROTLI[key] = brotli.compress(raw, quality=9)
    return _BROTLI[key]


def _file(path: Path) -> tuple[bytes, bytes, str]:
    return _load(str(path), path.stat().st_mtime)


def _vendor() -> dict:
    path = _static_dir() / "vendor" / "vendor.json"
    return json.loads(_file(path)[0])


def _engine_table() -> dict:
    """engine-vi.json: the engine's English snippets and their Vietnamese (no hook in 0.22),
    and the inlined font subsets a Vietnamese phone never needs."""
    return json.loads(_file(_static_dir() / "engine-vi.json")[0])


def served_engine_text(text: str, table: dict) -> str:
    """A vendored file as phones get it: texts in Vietnamese, Cyrillic/Greek fonts left out."""
    for entry in table["strings"]:
        text = text.replace(entry["en"], entry["vi"])
    ranges = tuple(f"unicode-range:{r}" for r in table["drop_fonts"]["unicode_ranges"])

    def keep(m: re.Match) -> str:
        return "" if any(r in m.group(0) for r in ranges) else m.group(0)

    return re.sub(r"@font-face\{[^}]*\}", keep, text)


@functools.lru_cache(maxsize=16)
def _load_translated(path: str, mtime: float, table_mtime: float) -> tuple[bytes, bytes, str]:
    raw = served_engine_text(Path(path).read_text(encoding="utf-8"), _engine_table()).encode()
    return raw, gzip.compress(raw, 9, mtime=0), hashlib.sha256(raw).hexdigest()[:10]


def _vendor_file(name: str) -> tuple[bytes, bytes, str]:
    """A vendor file as served: the engine's texts in Vietnamese."""
    path = _static_dir() / "vendor" / name
    table = _static_dir() / "engine-vi.json"
    return _load_translated(str(path), path.stat().st_mtime, table.stat().st_mtime)


def _vendor_tag() -> str:
    """Names the folder the vendor files are served from: the engine imports its chunks by
    relative name, so they share a folder, and a changed translation must be a new URL."""
    digests = [_vendor_file(name)[2] for name in _vendor()["files"]]
    return hashlib.sha256("".join(digests).encode()).hexdigest()[:10]


def primevue_locale() -> dict:
    """PrimeVue's Vietnamese (buttons, month names, dd/mm/yy) from the vendored primelocale."""
    return json.loads(_file(_static_dir() / "vendor" / "primelocale-vi.json")[0])["vi"]


def _asset_name(name: str) -> str:
    """app.js -> app.<hash>.js; the vendor files already carry a hash in their names."""
    stem, dot, ext = name.rpartition(".")
    return f"{stem}.{_file(_static_dir() / name)[2]}{dot}{ext}"


def asset_urls() -> dict[str, str]:
    vendor = _vendor()
    urls = {name: url_for("webforms.asset", name=_asset_name(name)) for name in OWN}
    tag = _vendor_tag()
    for name in vendor["files"]:
        urls[name] = url_for("webforms.asset", name=f"vendor/{tag}/{name}")
    urls["vue"] = urls[vendor["vue"]]
    urls["web-forms"] = urls[vendor["web-forms"]]
    return urls


def _version(urls: dict[str, str]) -> str:
    """Changes whenever any file the phone keeps offline changes: names the SW cache."""
    shell = Path(current_app.root_path) / "templates" / "webforms" / "app.html"
    parts = sorted(set(urls.values())) + [_file(shell)[2]]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


@bp.get("/webforms/a/<path:name>")
def asset(name: str) -> Response:
    """Our files as name.<hash>.ext, vendor files as vendor/<tag>/<name>: a year, immutable,
    brotli or gzip as the browser accepts (the engine is ~3.3 MB as served, ~1.1 MB brotli)."""
    base = _static_dir()
    if name.startswith("vendor/"):
        tag, _, wanted = name.removeprefix("vendor/").partition("/")
        if wanted not in _vendor()["files"] or tag != _vendor_tag():
            abort(404)  # an old tag: never serve other bytes under an immutable name
        path = base / "vendor" / wanted
        raw, packed, _digest = _vendor_file(wanted)
    else:
        stem, _, rest = name.partition(".")
        expected, _, ext = rest.partition(".")
        if f"{stem}.{ext}" not in OWN:
            abort(404)
        path = base / f"{stem}.{ext}"
        raw, packed, digest = _file(path)
        if expected != digest:
            abort(404)  # an old name: never serve other bytes under a hashed name
    accepted = request.headers.get("Accept-Encoding", "")
    if "br" in accepted:
        body, encoding = _brotli(raw), "br"
    elif "gzip" in accepted:
        body, encoding = packed, "gzip"
    else:
        body, encoding = raw, None
    resp = Response(body, content_type=TYPES[path.suffix])
    if encoding:
        resp.headers["Content-Encoding"] = encoding
    resp.headers["Vary"] = "Accept-Encoding"
    resp.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


@bp.route("/app", methods=["GET", "POST"])
def signed_in_app() -> Response | str:
    """A password user: on to a new token URL when they have none (or ask for a new one
    with the page's POST); with a token already, a page that says where their link is."""
    user = current_user()
    if user is None:
        return to_login()
    if user.token_hash is not None and request.method == "GET":
        return render_template("pages/app_link.html")
    session = db.write_session()  # same session: `user` stays attached
    token = new_token(user)
    session.commit()
    return redirect(url_for("webforms.app_page", token=token))


def _token_user(token: str):  # User
    user = user_by_token(db.session(), token)
    if user is None or not user.active:
        abort(403)
    return user


def app_policy(importmap: str) -> str:
    """The browser forms' Content-Security-Policy: scripts from this site and the one inline
    import map (by its hash), WebAssembly for the engine's XPath, styles the engine injects,
    map tiles over HTTPS; nothing framed, no plugin, no other base."""
    digest = base64.b64encode(hashlib.sha256(importmap.encode()).digest()).decode()
    return (
        f"default-src 'self'; script-src 'self' 'sha256-{digest}' 'wasm-unsafe-eval'; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
        "connect-src 'self' blob: data:; media-src 'self' blob: data:; worker-src 'self' blob:; "
        "object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    )


@bp.get("/key/<token>/app")
def app_page(token: str) -> Response:
    user = _token_user(token)
    urls = asset_urls()
    config = {
        "base": url_for("webforms.app_page", token=token).removesuffix("/app"),
        "sw": url_for("webforms.service_worker", token=token),
        "user": user.full_name or user.username,
        "version": _version(urls),
        "engine": _vendor()["web-forms-version"],
        "primevue": primevue_locale(),
    }
    importmap = Markup(
        htmlsafe_json_dumps({"imports": {"vue": urls["vue"], "@getodk/web-forms": urls["web-forms"]}})
    )
    html = render_template("webforms/app.html", urls=urls, config=config, user=user, importmap=importmap)
    resp = Response(html, content_type="text/html; charset=utf-8")
    resp.headers["Content-Security-Policy"] = app_policy(str(importmap))
    # The shell names the token: never in a shared cache; the service worker keeps a copy.
    resp.headers["Cache-Control"] = "private, no-cache"
    resp.headers["Referrer-Policy"] = "no-referrer"
    return resp


@bp.get("/key/<token>/sw.js")
def service_worker(token: str) -> Response:
    """The worker for scope /key/<token>/: the list of files to keep offline, then sw.js."""
    _token_user(token)
    urls = asset_urls()
    shell = url_for("webforms.app_page", token=token)
    files = sorted(set(urls.values()))
    later = [u for u in files if u.rsplit("/", 1)[-1].startswith(LATER)]
    precache = [shell, url_for("webforms.web_manifest", token=token)] + [u for u in files if u not in later]
    head = (
        f"const VERSION = {json.dumps(_version(urls))};\nconst PRECACHE = {json.dumps(precache)};\n"
        f"const LATER = {json.dumps(later)};\n"
    )
    body = head.encode() + _file(_static_dir() / "sw.js")[0]
    resp = Response(body, content_type=TYPES[".js"])
    resp.headers["Cache-Control"] = "no-cache"
    return resp


@bp.get("/key/<token>/app.webmanifest")
def web_manifest(token: str) -> Response:
    """ "Add to Home Screen" opens the volunteer's own page, even offline."""
    _token_user(token)
    body = {
        "name": "Kiểu mẫu – phiếu khảo sát",
        "short_name": "Kiểu mẫu",
        "lang": "vi",
        "start_url": url_for("webforms.app_page", token=token),
        "scope": url_for("webforms.app_page", token=token).removesuffix("app"),
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b6e4f",
        "icons": [{"src": asset_urls()["icon.svg"], "sizes": "any", "type": "image/svg+xml"}],
    }
    resp = Response(json.dumps(body, ensure_ascii=False), content_type="application/manifest+json")
    resp.headers["Cache-Control"] = "no-cache"
    return resp
