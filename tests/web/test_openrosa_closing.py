"""A form's life as ODK Collect sees it over HTTP: open → closing (no longer listed nor
downloadable, still accepting what phones hold) → closed (refusing with 409 and a message)."""

from __future__ import annotations

import pytest
import requests
from lxml import etree

from conftest import add_unit, add_user, publish
from orhelpers import OR_HEADERS, UNIT_CSV, digest, household_form, instance, post
from server.domain.forms import set_state
from server.errors import Invalid
from server.store import db

NS = {"f": "http://openrosa.org/xforms/xformsList", "r": "http://openrosa.org/http/response"}


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TDP1")
    add_user(app, "vol", "volunteer", ("TDP1",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    return live_server


def move(app, state: str) -> None:
    with app.app_context():
        set_state(db.session(), "household", state)
        db.session().commit()


def get(url: str) -> requests.Response:
    return requests.get(url, headers=OR_HEADERS, auth=digest("vol"), timeout=10)


def listed(srv) -> list[str]:
    root = etree.fromstring(get(f"{srv.url}/formList?deviceID=collect%3Ax").content)
    return [x.text for x in root.iter(f"{{{NS['f']}}}formID")]


def test_closing_form_is_hidden_but_still_accepts_submissions(app, srv):
    assert listed(srv) == ["household"]
    move(app, "closing")
    assert listed(srv) == []
    assert get(f"{srv.url}/forms/household.xml").status_code == 404
    assert get(f"{srv.url}/forms/household/manifest").status_code == 404
    assert get(f"{srv.url}/forms/household/media/unit.csv").status_code == 404
    resp = post(srv.url, instance("uuid:held-on-phone"), auth=digest("vol"))
    assert resp.status_code == 201, resp.text


def test_closed_form_refuses_with_a_message_collect_shows(app, srv):
    move(app, "closed")
    resp = post(srv.url, instance("uuid:too-late"), auth=digest("vol"))
    assert resp.status_code == 409
    text = etree.fromstring(resp.content).findtext("r:message", namespaces=NS)
    assert "đã đóng" in text and "no longer accepts submissions" in text
    move(app, "open")
    assert post(srv.url, instance("uuid:too-late"), auth=digest("vol")).status_code == 201
    assert listed(srv) == ["household"]


def test_unknown_state_is_refused(app, srv):
    with app.app_context(), pytest.raises(Invalid):
        set_state(db.session(), "household", "half-open")
