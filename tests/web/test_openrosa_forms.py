"""formList, form download, manifest and media, as ODK Collect fetches them over HTTP."""

from __future__ import annotations

import hashlib
import re

import pytest
import requests
from lxml import etree

from conftest import LiveServer, add_unit, add_user, publish
from orhelpers import LOGO, OR_HEADERS, UNIT_CSV, digest, household_form, plain_form
from server import create_app
from server.errors import Conflict, Invalid

NS = {"f": "http://openrosa.org/xforms/xformsList", "m": "http://openrosa.org/xforms/xformsManifest"}


@pytest.fixture
def setup(app, live_server):
    add_unit(app, "TDP1")
    add_user(app, "vol", "volunteer", ("TDP1",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV, "logo.png": LOGO})
    publish(app, plain_form("plain", "Biểu mẫu đơn giản"))
    return live_server


def get(url: str, headers: dict | None = None):
    return requests.get(url, headers={**OR_HEADERS, **(headers or {})}, auth=digest("vol"), timeout=10)


def test_form_list_structure_and_hashes_match_downloaded_bytes(setup):
    resp = get(f"{setup.url}/formList?deviceID=collect%3Aabcdef")
    assert resp.status_code == 200
    assert "text/xml" in resp.headers["Content-Type"]
    assert resp.headers["X-OpenRosa-Version"] == "1.0"
    assert resp.headers["Date"]
    root = etree.fromstring(resp.content)
    assert etree.QName(root).localname == "xforms" and etree.QName(root).namespace == NS["f"]
    forms = {x.findtext("f:formID", namespaces=NS): x for x in root.findall("f:xform", NS)}
    assert set(forms) == {"household", "plain"}
    for x in forms.values():
        assert x.findtext("f:name", namespaces=NS)
        assert x.findtext("f:version", namespaces=NS) == "1"
        url = x.findtext("f:downloadUrl", namespaces=NS)
        assert url.startswith(setup.url + "/")
        body = get(url + "?deviceID=collect%3Aabcdef" if "?" not in url else url + "&deviceID=x")
        assert body.status_code == 200
        assert x.findtext("f:hash", namespaces=NS) == "md5:" + hashlib.md5(body.content).hexdigest()
    assert forms["household"].findtext("f:manifestUrl", namespaces=NS)
    assert forms["plain"].find("f:manifestUrl", NS) is None


def test_manifest_lists_media_with_md5_and_downloads_match(setup):
    resp = get(f"{setup.url}/forms/household/manifest?deviceID=collect%3Ax")
    assert resp.status_code == 200 and "text/xml" in resp.headers["Content-Type"]
    assert resp.headers["X-OpenRosa-Version"] == "1.0"
    files = etree.fromstring(resp.content).findall("m:mediaFile", NS)
    by_name = {f.findtext("m:filename", namespaces=NS): f for f in files}
    assert set(by_name) == {"unit.csv", "logo.png"}
    for name, expected in (("unit.csv", UNIT_CSV), ("logo.png", LOGO)):
        f = by_name[name]
        assert f.findtext("m:hash", namespaces=NS) == "md5:" + hashlib.md5(expected).hexdigest()
        media = get(f.findtext("m:downloadUrl", namespaces=NS) + "&deviceID=collect%3Ax")
        assert media.status_code == 200 and media.content == expected


def test_form_and_media_answer_304_to_if_none_match(setup):
    first = get(f"{setup.url}/forms/household.xml")
    etag = first.headers["ETag"]
    assert etag.strip('"') == hashlib.md5(first.content).hexdigest()
    again = get(f"{setup.url}/forms/household.xml", {"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    media = get(f"{setup.url}/forms/household/media/logo.png")
    assert (
        get(
            f"{setup.url}/forms/household/media/logo.png",
            {"If-None-Match": media.headers["ETag"]},
        ).status_code
        == 304
    )


def test_hash_stable_across_restart_and_changes_with_new_version(app, setup):
    h1 = get(f"{setup.url}/formList").content
    restarted = create_app(
        {k: app.config[k] for k in ("DATA_DIR", "DATABASE_URL", "PUBLIC_URL", "SECRET_KEY")}
    )
    with LiveServer(restarted) as again:  # a second server process's view of the same data
        listing = requests.get(f"{again.url}/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10)
    hashes = re.compile(rb"<hash>[^<]+</hash>")
    assert hashes.findall(listing.content) == hashes.findall(h1) and hashes.findall(h1)
    restarted.extensions["engine"].dispose()
    publish(app, household_form("2"), media={"unit.csv": UNIT_CSV, "logo.png": LOGO})
    h2 = get(f"{setup.url}/formList").content
    assert h1 != h2
    all_versions = etree.fromstring(get(f"{setup.url}/formList?listAllVersions=true").content)
    versions = [
        x.findtext("f:version", namespaces=NS)
        for x in all_versions.findall("f:xform", NS)
        if x.findtext("f:formID", namespaces=NS) == "household"
    ]
    assert versions == ["1", "2"]


def test_same_version_other_content_is_refused_and_old_stays(app, setup):
    changed = household_form().replace("Họ tên chủ hộ", "Tên chủ hộ")
    with pytest.raises(Conflict) as err:
        publish(app, changed, media={"unit.csv": UNIT_CSV, "logo.png": LOGO})
    assert "version" in err.value.en
    assert (
        publish(app, household_form(), media={"unit.csv": UNIT_CSV, "logo.png": LOGO}).status == "unchanged"
    )


def test_conversion_error_names_sheet_and_row_and_keeps_old_version(app, setup):
    broken = household_form("2").replace("| Năm          |", "| ${nosuch}    |")
    with pytest.raises(Invalid) as err:
        publish(app, broken, name="household.md")
    assert (
        "household.md" in err.value.en
        and "[row : 3]" in err.value.en
        and "'survey' sheet" in err.value.en
        and "nosuch" in err.value.en
    )
    bad_type = household_form("2").replace("| integer                       | year", "| integr | year")
    with pytest.raises(Invalid) as err:
        publish(app, bad_type, name="household.md")
    assert "household.md" in err.value.en and "integr" in err.value.en
    xml = get(f"{setup.url}/formList").content
    assert b"<version>1</version>" in xml


def test_closed_form_is_not_listed_and_reopens(app, setup, client):
    from server.domain.forms import set_state
    from server.store import db

    with app.app_context():
        set_state(db.session(), "plain", "closed")
        db.session().commit()
    assert b"<formID>plain</formID>" not in get(f"{setup.url}/formList").content
    assert get(f"{setup.url}/forms/plain.xml").status_code == 404
    with app.app_context():
        set_state(db.session(), "plain", "open")
        db.session().commit()
    assert b"<formID>plain</formID>" in get(f"{setup.url}/formList").content


def test_download_urls_keep_public_path_prefix(app, setup):
    app.config["PUBLIC_URL"] = "https://example.org/kieumau"
    root = etree.fromstring(get(f"{setup.url}/formList").content)
    urls = [u.text for u in root.iter(f"{{{NS['f']}}}downloadUrl")]
    assert urls and all(u.startswith("https://example.org/kieumau/forms/") for u in urls)


def test_committee_sees_no_forms_to_fill(app, setup):
    add_user(app, "chair", "committee")
    resp = requests.get(f"{setup.url}/formList", auth=digest("chair"), headers=OR_HEADERS, timeout=10)
    assert resp.status_code == 200
    assert b"<xform>" not in resp.content
