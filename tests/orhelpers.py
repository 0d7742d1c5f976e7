"""Shared bits of the OpenRosa tests: a small form, submission XML, Collect-like posts."""

from __future__ import annotations

import requests
from requests.auth import HTTPDigestAuth

from conftest import PASSWORD

OR_HEADERS = {"X-OpenRosa-Version": "1.0", "User-Agent": "org.odk.collect.android/v2025.2.0"}

HOUSEHOLD_MD = """
| survey   |
|          | type                          | name   | label        | media::image | parameters     |
|          | select_one_from_file unit.csv | unit   | Tổ dân phố   |              |                |
|          | integer                       | year   | Năm          |              |                |
|          | text                          | name   | Họ tên chủ hộ| logo.png     |                |
|          | image                         | photo  | Ảnh          |              | max-pixels=1024 |
|          | image                         | photo2 | Ảnh 2        |              | max-pixels=1024 |
| settings |
|          | form_id   | form_title     | version |
|          | household | Hộ gia đình    | {version} |
"""

PLAIN_MD = """
| survey   |
|          | type    | name | label |
|          | text    | unit | Unit  |
|          | integer | year | Năm   |
| settings |
|          | form_id | form_title | version |
|          | {form_id} | {title}  | 1 |
"""

UNIT_CSV = "name,label\nTDP1,Tổ dân phố 1\nTDP2,Tổ dân phố 2\n".encode()
LOGO = b"\x89PNG\r\n\x1a\n" + b"logo" * 50


def household_form(version: str = "1") -> str:
    return HOUSEHOLD_MD.replace("{version}", version)


def plain_form(form_id: str, title: str = "Plain") -> str:
    return PLAIN_MD.replace("{form_id}", form_id).replace("{title}", title)


def instance(
    instance_id: str,
    *,
    form_id: str = "household",
    version: str = "1",
    unit: str = "TDP1",
    name: str = "Nguyễn Văn An",
    photos: tuple[str, ...] = (),
    deprecated: str | None = None,
) -> bytes:
    photo_tags = "".join(
        f"<photo{'' if i == 0 else i + 1}>{p}</photo{'' if i == 0 else i + 1}>" for i, p in enumerate(photos)
    )
    dep = f"<deprecatedID>{deprecated}</deprecatedID>" if deprecated else ""
    return (
        f'<?xml version="1.0"?><data xmlns:jr="http://openrosa.org/javarosa" '
        f'xmlns:orx="http://openrosa.org/xforms" id="{form_id}" version="{version}">'
        f"<unit>{unit}</unit><year>2026</year><name>{name}</name>{photo_tags}"
        f"<meta><instanceID>{instance_id}</instanceID>{dep}</meta></data>"
    ).encode()


def digest(username: str, password: str = PASSWORD) -> HTTPDigestAuth:
    return HTTPDigestAuth(username, password)


def post(url: str, xml: bytes, files: dict[str, bytes] | None = None, auth=None, extra=None):
    """POST /submission as Collect does: xml_submission_file first, then one part per file
    whose part name and file name are both the file's name."""
    parts = [("xml_submission_file", ("submission.xml", xml, "text/xml"))]
    for name, content in (files or {}).items():
        parts.append((name, (name, content, "image/jpeg")))
    for name, value in (extra or {}).items():
        parts.append((name, (None, value)))
    return requests.post(
        f"{url}/submission?deviceID=collect%3Aabc123", files=parts, auth=auth, headers=OR_HEADERS, timeout=10
    )


def challenge(url: str) -> dict[str, str]:
    """The Digest challenge a request without credentials gets (nonce, opaque, realm...)."""
    resp = requests.get(url, headers=OR_HEADERS, timeout=10)
    assert resp.status_code == 401
    return parse_challenge(resp.headers["WWW-Authenticate"])


def parse_challenge(header: str) -> dict[str, str]:
    from requests.utils import parse_dict_header

    return parse_dict_header(header.split(" ", 1)[1])


def digest_header(
    username: str,
    method: str,
    uri: str,
    nonce: str,
    *,
    nc: int = 1,
    password: str = PASSWORD,
    opaque: str = "",
    realm: str = "kieumau",
    cnonce: str = "0a4f113b",
) -> str:
    """An Authorization header signed as Collect signs one (qop=auth, MD5)."""
    import hashlib

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()

    ha1, ha2, count = md5(f"{username}:{realm}:{password}"), md5(f"{method}:{uri}"), f"{nc:08x}"
    response = md5(f"{ha1}:{nonce}:{count}:{cnonce}:auth:{ha2}")
    return (
        f'Digest username="{username}", realm="{realm}", nonce="{nonce}", uri="{uri}", '
        f'qop=auth, nc={count}, cnonce="{cnonce}", response="{response}", opaque="{opaque}"'
    )
