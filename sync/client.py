"""An OpenRosa 1.0 client that behaves like ODK Collect on the wire, so anything that works
for a phone works for a laptop: `X-OpenRosa-Version: 1.0` and a `deviceID` on every
request, credentials only after a challenge (see auth.py), HEAD /submission before each
upload, the size limit read only from a 204, and big submissions split over several POSTs.

One requests.Session per Client, an explicit timeout on every call, and every failure
turned into one of the classes in errors.py so callers decide by type, not by status."""

from __future__ import annotations

import mimetypes
import re
import secrets
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

from . import __version__
from .auth import CollectAuth, challenge_problem
from .errors import (
    AuthError,
    NetworkError,
    NotOpenRosaError,
    RefusedError,
    SyncError,
    TLSError,
)
from .instance import Instance

DEFAULT_LIMIT = 10_000_000  # what Collect assumes when the HEAD gives no number
MAX_FILES_PER_POST = 100
PART_OVERHEAD = 256  # multipart headers per part; Collect ignores them, a strict server doesn't
TIMEOUT = (30.0, 60.0)  # Collect: connect 30 s, read 60 s
TRANSIENT = {408, 429}
# Collect's own extension map, checked before the system's (CollectThenSystemContentTypeMapper)
COLLECT_TYPES = {".amr": "audio/amr", ".oga": "audio/ogg", ".ogv": "video/ogg", ".webm": "video/webm"}


_TOKEN = re.compile(r"(/key/)[^/?#\s]+")


def masked(text: str) -> str:
    """Hide tokens (`/key/<token>`) in a URL or message: anything shown or stored in the
    outbox goes through this, since a token URL is as good as a password."""
    return _TOKEN.sub(r"\1***", text)


def where(url: str) -> str:
    """A URL fit to print: no query, token hidden."""
    return masked(url.split("?", 1)[0])


def new_device_id() -> str:
    """16 random characters, like Collect's install id, prefixed so the server can tell us
    apart from phones."""
    alphabet = string.ascii_letters + string.digits
    return "kieumau-sync:" + "".join(secrets.choice(alphabet) for _ in range(16))


# error codes (the server's docs/errors.md) that change what the client does next
REVOKED = "auth.token_revoked"  # every later request fails the same way: stop, ask for a login


def error_code(resp: requests.Response) -> str | None:
    """The server's error code: the X-Error-Code header (also on a HEAD answer, which has no
    body), else the `code` attribute of the OpenRosaResponse <message>."""
    header = resp.headers.get("X-Error-Code")
    if header:
        return header
    if b"OpenRosaResponse" not in resp.content or b"<!" in resp.content:
        return None
    try:
        root = ET.fromstring(resp.content)
    except ET.ParseError:
        return None
    for el in root.iter():
        if el.tag.rsplit("}", 1)[-1] == "message":
            return el.get("code")
    return None


def response_message(body: bytes) -> str | None:
    """The first <message> of an OpenRosaResponse, whatever its namespace (Collect's parser
    is not namespace-aware either). None if the body is not such a document."""
    if b"OpenRosaResponse" not in body or b"<!" in body:
        return None
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    for el in root.iter():
        if el.tag.rsplit("}", 1)[-1] == "message":
            return "".join(el.itertext()).strip()
    return None


def content_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return COLLECT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def plan_posts(xml_size: int, files: Sequence[tuple[str, int]], limit: int) -> list[list[str]]:
    """Split attachments over POSTs as Collect does: add files in order and close a POST when
    the next file would take XML + files past `limit`, or when it holds 100 files. Every POST
    carries the XML; a file bigger than the limit goes alone with it; no files = one POST."""
    posts: list[list[str]] = []
    current: list[str] = []
    size = xml_size + PART_OVERHEAD
    for name, length in files:
        if current and (len(current) >= MAX_FILES_PER_POST or size + length + PART_OVERHEAD > limit):
            posts.append(current)
            current, size = [], xml_size + PART_OVERHEAD
        current.append(name)
        size += length + PART_OVERHEAD
    posts.append(current)
    return posts


@dataclass(frozen=True)
class FormInfo:
    form_id: str
    name: str
    version: str | None
    md5: str | None
    download_url: str
    manifest_url: str | None


@dataclass(frozen=True)
class MediaFile:
    filename: str
    md5: str | None
    download_url: str


@dataclass
class SubmitResult:
    status: int
    message: str
    posts: int


class Client:
    """Talks to one server. `base_url` is what a phone would be given: `https://host`, or a
    token URL such as `http://host/key/<token>` (then leave `auth` None)."""

    def __init__(
        self,
        base_url: str,
        auth: tuple[str, str] | None = None,
        *,
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] = TIMEOUT,
        verify: bool | str = True,
        device_id: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        if urlsplit(self.base_url).scheme not in ("http", "https"):
            raise SyncError(
                "địa chỉ máy chủ phải bắt đầu bằng http:// hoặc https:// / "
                f"server URL must start with http:// or https://: {base_url!r}"
            )
        self.session = session or requests.Session()
        self.session.headers.update(
            {"X-OpenRosa-Version": "1.0", "User-Agent": f"kieumau-sync/{__version__}"}
        )
        if auth is not None:
            self.session.auth = CollectAuth(auth[0], auth[1], self.base_url)
        self.verify = verify
        self.timeout = timeout
        self.device_id = device_id or new_device_id()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.session.close()

    # ---- plumbing -------------------------------------------------------------------

    def url(self, path_or_url: str) -> str:
        if "://" in path_or_url:
            return path_or_url
        return f"{self.base_url}/{path_or_url.lstrip('/')}"

    def request(self, method: str, url: str, *, ok: Sequence[int] = (200,), **kw) -> requests.Response:
        """Send with deviceID appended; map every failure to an errors.py class. Statuses in
        `ok` come back as they are."""
        sep = "&" if "?" in url else "?"
        full = f"{self.url(url)}{sep}deviceID={self.device_id}"
        kw.setdefault("timeout", self.timeout)
        # per request: requests lets $REQUESTS_CA_BUNDLE override a session-level verify
        kw.setdefault("verify", self.verify)
        kw.setdefault("allow_redirects", method != "POST")
        try:
            resp = self.session.request(method, full, **kw)
        except requests.exceptions.SSLError as exc:
            host = urlsplit(full).hostname
            raise TLSError(
                masked(
                    f"chứng chỉ TLS của {host} không hợp lệ / TLS certificate check failed for {host}: {exc}"
                )
            ) from None
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise NetworkError(
                f"không kết nối được {urlsplit(full).netloc} / "
                f"cannot reach {urlsplit(full).netloc}: {type(exc).__name__}"
            ) from None
        if resp.status_code in ok:
            return resp
        raise self._error(resp)

    def _error(self, resp: requests.Response) -> SyncError:
        status = resp.status_code
        reason = f"{resp.reason or 'HTTP'} ({status}) at {where(resp.url)}"
        message = response_message(resp.content) or reason
        code = error_code(resp)
        if status == 401:
            return AuthError(challenge_problem(resp))
        if code == REVOKED:
            return AuthError(f"bị từ chối truy cập / access refused: {message}")
        if status in TRANSIENT or status >= 500:
            after = resp.headers.get("Retry-After", "")
            return NetworkError(message, status, float(after) if after.isdigit() else None)
        if 200 <= status < 300:
            return NotOpenRosaError(
                f"unexpected {status} from {where(resp.url)}: a captive portal or proxy?", status
            )
        return RefusedError(status, message, code)

    def _openrosa_xml(self, resp: requests.Response, what: str) -> ET.Element:
        ctype = resp.headers.get("Content-Type", "text/xml").lower()
        if "X-OpenRosa-Version" not in resp.headers or "text/xml" not in ctype:
            raise NotOpenRosaError(
                "máy chủ không trả lời theo OpenRosa / "
                f"the {what} at {where(resp.url)} is not an OpenRosa answer",
                resp.status_code,
            )
        try:
            return ET.fromstring(resp.content)
        except ET.ParseError as exc:
            raise NotOpenRosaError(
                f"XML không hợp lệ / the {what} at {where(resp.url)} is not valid XML ({exc})"
            ) from None

    # ---- forms ----------------------------------------------------------------------

    def form_list(self) -> list[FormInfo]:
        root = self._openrosa_xml(self.request("GET", "formList"), "form list")
        forms = []
        for el in root:
            f = {c.tag.rsplit("}", 1)[-1]: (c.text or "").strip() for c in el}
            if not (f.get("formID") and f.get("name") and f.get("downloadUrl")):
                raise NotOpenRosaError(
                    "danh sách biểu mẫu thiếu formID, name hoặc downloadUrl / "
                    "the form list has an entry without formID, name or downloadUrl"
                )
            md5 = f.get("hash", "")
            forms.append(
                FormInfo(
                    f["formID"],
                    f["name"],
                    f.get("version") or None,
                    md5[4:] if md5.startswith("md5:") else None,
                    f["downloadUrl"],
                    f.get("manifestUrl") or None,
                )
            )
        return forms

    def manifest(self, form: FormInfo) -> list[MediaFile]:
        if not form.manifest_url:
            return []
        root = self._openrosa_xml(self.request("GET", form.manifest_url), "manifest")
        files = []
        for el in root:
            f = {c.tag.rsplit("}", 1)[-1]: (c.text or "").strip() for c in el}
            name = Path(f.get("filename", "").replace("\\", "/")).name
            if not (name and f.get("downloadUrl")):
                raise NotOpenRosaError(
                    f"danh mục tệp của {form.form_id} thiếu thông tin / "
                    f"the manifest of {form.form_id} has an incomplete mediaFile"
                )
            md5 = f.get("hash", "")
            files.append(MediaFile(name, md5[4:] if md5.startswith("md5:") else None, f["downloadUrl"]))
        return files

    def get(self, url: str, **kw) -> requests.Response:
        return self.request("GET", url, **kw)

    # ---- submissions ----------------------------------------------------------------

    def probe(self) -> tuple[int, str]:
        """HEAD /submission: (size limit, URL to POST to). The limit and Location count only
        on a 204; 404/405/5xx are ignored as Collect does, other answers are errors."""
        url = self.url("submission")
        try:
            resp = self.request("HEAD", url, ok=(204, 404, 405, 500, 502, 503, 504))
        except RefusedError as exc:
            # a server that sends no codes: a 403 to HEAD means a revoked token too
            if exc.status == 403 and exc.code is None:
                raise AuthError(f"bị từ chối truy cập / access refused: {exc.message}") from None
            raise
        if resp.status_code != 204:
            return DEFAULT_LIMIT, url
        header = resp.headers.get("X-OpenRosa-Accept-Content-Length", "")
        limit = int(header) if header.isdigit() and int(header) > 0 else DEFAULT_LIMIT
        location = resp.headers.get("Location")
        if location:
            if urlsplit(location).netloc != urlsplit(url).netloc:
                raise SyncError(
                    "bài gửi bị chuyển hướng bất thường / "
                    f"unexpected redirection of submissions to {urlsplit(location).netloc}"
                )
            url = location
        return limit, url

    def submit(
        self,
        instance: Instance,
        *,
        skip: Sequence[str] = (),
        on_post: Callable[[list[str]], None] | None = None,
    ) -> SubmitResult:
        """Send one instance; attachments named in `skip` were already accepted by an earlier
        POST (resuming after a crash) and are left out. `on_post(names)` runs after each
        201/202 so the caller can record progress before the next POST starts."""
        limit, url = self.probe()
        xml = instance.xml
        files = [f for f in instance.files if f.name not in set(skip)]
        posts = plan_posts(len(xml), [(f.name, f.stat().st_size) for f in files], limit)
        by_name = {f.name: f for f in files}
        status, message = 0, ""
        for i, names in enumerate(posts):
            parts: list[tuple] = [("xml_submission_file", (instance.xml_path.name, xml, "text/xml"))]
            parts += [(n, (n, by_name[n].read_bytes(), content_type(n))) for n in names]
            if i < len(posts) - 1:
                parts.append(("*isIncomplete*", (None, "yes")))
            resp = self.request("POST", url, ok=(201, 202), files=parts)
            status, message = resp.status_code, response_message(resp.content) or "accepted"
            if on_post is not None:
                on_post(names)
        return SubmitResult(status, message, len(posts))
