"""HTTP compression over real HTTP as ODK Collect asks for it (Accept-Encoding: gzip) and as
browsers do (br): form XML, formList, manifests, CSV media and JSON travel compressed; the md5
hashes and ETags stay those of the uncompressed bytes; HEAD, POST /submission and binary files
are not touched; a client that accepts no encoding gets plain bytes."""

from __future__ import annotations

import gzip
import hashlib

import brotli
import pytest
import requests
from lxml import etree

from conftest import add_unit, add_user, publish
from orhelpers import LOGO, OR_HEADERS, digest, household_form, instance, plain_form, post

NS = {"f": "http://openrosa.org/xforms/xformsList", "m": "http://openrosa.org/xforms/xformsManifest"}
UNITS = ("name,label\n" + "".join(f"TDP{i},Tổ dân phố {i} – thôn Đông\n" for i in range(200))).encode()


@pytest.fixture
def site(app, live_server):
    add_unit(app, "TDP1")
    add_user(app, "vol", "volunteer", ("TDP1",))
    publish(app, household_form(), media={"unit.csv": UNITS, "logo.png": LOGO})
    for i in range(3):  # a formList worth compressing
        publish(app, plain_form(f"plain{i}", f"Biểu mẫu đơn giản {i}"), name=f"plain{i}.md")
    return live_server


def raw_get(url: str, encoding: str | None, method: str = "GET") -> tuple[requests.Response, bytes]:
    """The bytes on the wire, not decoded by requests."""
    headers = {**OR_HEADERS, "Accept-Encoding": encoding or "identity"}
    resp = requests.request(method, url, headers=headers, auth=digest("vol"), timeout=10, stream=True)
    return resp, resp.raw.read(decode_content=False)


def test_collect_gets_gzip_and_the_hashes_still_match(site):
    resp, wire = raw_get(f"{site.url}/formList", "gzip")
    assert resp.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in resp.headers["Vary"]
    forms = etree.fromstring(gzip.decompress(wire)).findall("f:xform", NS)
    form = next(f for f in forms if f.findtext("f:formID", namespaces=NS) == "household")
    xml_resp, xml_wire = raw_get(form.findtext("f:downloadUrl", namespaces=NS), "gzip")
    assert xml_resp.headers["Content-Encoding"] == "gzip"
    xml = gzip.decompress(xml_wire)
    assert len(xml_wire) < len(xml)
    md5 = hashlib.md5(xml).hexdigest()
    assert form.findtext("f:hash", namespaces=NS) == f"md5:{md5}"
    assert xml_resp.headers["ETag"] == f'"{md5}"'  # the uncompressed bytes' hash

    man_resp, man_wire = raw_get(form.findtext("f:manifestUrl", namespaces=NS), "gzip")
    assert man_resp.headers["Content-Encoding"] == "gzip"
    media = {
        m.findtext("m:filename", namespaces=NS): m
        for m in etree.fromstring(gzip.decompress(man_wire)).findall("m:mediaFile", NS)
    }
    csv_resp, csv_wire = raw_get(media["unit.csv"].findtext("m:downloadUrl", namespaces=NS), "gzip")
    assert csv_resp.headers["Content-Encoding"] == "gzip" and len(csv_wire) < len(UNITS) // 3
    assert gzip.decompress(csv_wire) == UNITS
    assert media["unit.csv"].findtext("m:hash", namespaces=NS) == "md5:" + hashlib.md5(UNITS).hexdigest()
    png_resp, png_wire = raw_get(media["logo.png"].findtext("m:downloadUrl", namespaces=NS), "gzip")
    assert "Content-Encoding" not in png_resp.headers and png_wire == LOGO  # binary: untouched


def test_browsers_get_brotli_and_plain_clients_plain_bytes(site):
    resp, wire = raw_get(f"{site.url}/forms/household/media/unit.csv", "gzip, deflate, br")
    assert resp.headers["Content-Encoding"] == "br" and brotli.decompress(wire) == UNITS
    resp, wire = raw_get(f"{site.url}/forms/household/media/unit.csv", None)
    assert "Content-Encoding" not in resp.headers and wire == UNITS
    resp, wire = raw_get(f"{site.url}/forms/household/media/unit.csv", "gzip;q=0, br;q=0")
    assert "Content-Encoding" not in resp.headers and wire == UNITS


def test_head_and_submission_are_not_compressed(site):
    resp, wire = raw_get(f"{site.url}/forms/household.xml", "gzip", method="HEAD")
    assert "Content-Encoding" not in resp.headers and wire == b""
    answer = post(
        site.url,
        instance("uuid:5d9f6a1e-0000-4000-8000-000000000001"),
        auth=digest("vol"),
    )
    assert answer.status_code == 201
    assert "Content-Encoding" not in answer.headers
