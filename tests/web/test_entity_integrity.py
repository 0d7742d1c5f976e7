"""The households entity list's integrity check as ODK Collect makes it over HTTP: the
manifest's integrityUrl, `GET <integrityUrl>?id=a,b&deviceID=…`, the answer's shape, the
volunteer's scope, and ids the registry does not know."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from lxml import etree

from conftest import add_unit, add_user
from formdata import instance_xml
from orhelpers import OR_HEADERS, digest, post
from server.domain import forms as forms_domain
from server.domain.accounts import get_user, new_token
from server.domain.registry import import_roster
from server.jobs import scorer
from server.store import db

FORMS = Path(__file__).resolve().parents[2] / "forms"
M = "{http://openrosa.org/xforms/xformsManifest}"
ROSTER = (
    "unit,unit_name,parent_unit,household,head_name,address,members,citizen,full_name,birth_year,sex\n"
    "TDP01,Tổ dân phố 1,PS,H001,Nguyễn Văn An,Số 1,4,C001,Nguyễn Văn An,1970,nam\n"
    "TDP02,Tổ dân phố 2,PS,H002,Lê Văn Đức,Khu 3,3,C003,Lê Văn Đức,1980,nam\n"
)
OFFLINE = "4f1c2b7e-0000-4000-8000-00000000000a"  # a household registered at a door, offline


def roster(app, text: str) -> None:
    with app.app_context():
        import_roster(db.session(), text.encode(), "roster.csv")
        db.session().commit()


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "PS", "Thị trấn Phong Sơn")
    roster(app, ROSTER)
    with app.app_context():
        forms_domain.import_path(db.session(), FORMS / "gia_dinh_kieu_mau.xlsx")
        db.session().commit()
    add_user(app, "vol1", "volunteer", ("TDP01",))
    add_user(app, "vol2", "volunteer", ("TDP02",))
    return live_server


def get(url: str, user: str = "vol1") -> requests.Response:
    return requests.get(url, headers=OR_HEADERS, auth=digest(user), timeout=10)


def integrity_url(srv, user: str = "vol1") -> str:
    resp = get(f"{srv.url}/forms/gia_dinh_kieu_mau/manifest?deviceID=collect%3Ax", user)
    files = {f.findtext(f"{M}filename"): f for f in etree.fromstring(resp.content).findall(f"{M}mediaFile")}
    assert files["units.csv"].find(f"{M}integrityUrl") is None  # only entity lists have one
    households = files["households.csv"]
    assert households.get("type") == "entityList"
    return households.findtext(f"{M}integrityUrl")


def states(resp: requests.Response) -> dict[str, str]:
    assert resp.status_code == 200, resp.text
    assert "text/xml" in resp.headers["Content-Type"] and resp.headers["X-OpenRosa-Version"] == "1.0"
    root = etree.fromstring(resp.content)
    assert root.tag == "data" and [c.tag for c in root] == ["entities"]
    return {e.get("id"): e.findtext("deleted") for e in root.find("entities")}


def test_manifest_gives_the_integrity_url_and_it_answers_as_collect_parses(srv):
    url = integrity_url(srv)
    assert url == f"{srv.url}/datasets/households/integrity"
    asked = states(get(f"{url}?id=H001,{OFFLINE},H002&deviceID=collect%3Ax"))
    assert asked == {"H001": "false", "H002": "true"}  # unknown ids left out: the phone keeps them
    assert states(get(f"{url}?deviceID=collect%3Ax")) == {"H001": "false"}  # no ids: the whole list


def test_household_registered_offline_is_known_once_its_submission_is_scored(app, srv):
    url = integrity_url(srv)
    assert states(get(f"{url}?id={OFFLINE}")) == {}
    answers = {
        "unit": "TDP01", "year": "2026", "new_household": "yes", "head_name": "Hoàng Văn Mới",
        "address": "Ngõ 9", "members": "3", "hh_members": "3", "meta/entity/@id": OFFLINE,
    }  # fmt: skip
    xml = instance_xml(FORMS / "gia_dinh_kieu_mau.xlsx", answers, "uuid:offline-hh")
    assert post(srv.url, xml, auth=digest("vol1")).status_code == 201
    scorer.drain(app)
    assert states(get(f"{url}?id={OFFLINE}&deviceID=collect%3Ax")) == {OFFLINE: "false"}
    assert states(get(f"{url}?id={OFFLINE}", "vol2")) == {OFFLINE: "true"}  # not in vol2's units


def test_a_household_moved_out_of_the_volunteers_units_is_deleted_for_them(app, srv):
    url = integrity_url(srv)
    roster(app, ROSTER.replace("TDP01,Tổ dân phố 1,PS,H001", "TDP02,Tổ dân phố 2,PS,H001"))
    assert states(get(f"{url}?id=H001")) == {"H001": "true"}
    assert states(get(f"{url}?id=H001", "vol2")) == {"H001": "false"}


def test_token_url_and_hostile_requests(app, srv):
    with app.app_context():
        token = new_token(get_user(db.session(), "vol1"))
        db.session().commit()
    keyed = requests.get(
        f"{srv.url}/key/{token}/forms/gia_dinh_kieu_mau/manifest", headers=OR_HEADERS, timeout=10
    )
    url = (
        etree.fromstring(keyed.content).find(f"{M}mediaFile[@type='entityList']").findtext(f"{M}integrityUrl")
    )
    assert url == f"{srv.url}/key/{token}/datasets/households/integrity"
    assert states(requests.get(f"{url}?id=H001", headers=OR_HEADERS, timeout=10)) == {"H001": "false"}
    assert requests.get(f"{srv.url}/datasets/households/integrity", timeout=10).status_code == 401
    assert get(f"{srv.url}/datasets/members/integrity").status_code == 404  # not an entity list
    assert get(f"{srv.url}/datasets/nosuch/integrity").status_code == 404
    odd = states(get(f"{url.replace(f'/key/{token}', '')}?id=%22%3E%3Cx%3E,{'A' * 500},,H001"))
    assert odd == {"H001": "false"}
    too_many = get(f"{srv.url}/datasets/households/integrity?id=" + ",".join(f"x{i}" for i in range(20_001)))
    assert too_many.status_code in (400, 414)
    add_user(app, "chair", "committee")
    assert get(f"{srv.url}/datasets/households/integrity", "chair").status_code == 404  # fills no form
