"""Edits (meta/deprecatedID) over real HTTP: who may edit what, and one winner when edits of
one submission race, on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from lxml import etree
from sqlalchemy import select

from conftest import add_unit, add_user, publish
from orhelpers import UNIT_CSV, digest, household_form, instance, post
from server.store import db
from server.store.models import Submission

NO_UNIT_MD = """
| survey   |
|          | type    | name | label |
|          | integer | year | Năm   |
| settings |
|          | form_id | form_title | version |
|          | survey  | Survey     | 1       |
"""


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_unit(app, "TDP2", parent="TOWN")
    add_user(app, "vol", "volunteer", ("TDP1",))
    add_user(app, "vol1b", "volunteer", ("TDP1",))
    add_user(app, "vol2", "volunteer", ("TDP2",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    return live_server


def message(resp) -> str:
    return etree.fromstring(resp.content).findtext("{http://openrosa.org/http/response}message")


def current(app) -> dict[str, bool]:
    with app.app_context():
        return {s.instance_id: s.current for s in db.session().scalars(select(Submission))}


def test_an_edit_of_another_units_submission_is_refused(app, srv):
    assert post(srv.url, instance("uuid:theirs", unit="TDP2"), auth=digest("vol2")).status_code == 201
    hijack = instance("uuid:hijack", unit="TDP1", deprecated="uuid:theirs")
    resp = post(srv.url, hijack, auth=digest("vol"))
    assert resp.status_code == 403
    assert "TDP2" in message(resp) and " / " in message(resp)
    assert current(app) == {"uuid:theirs": True}


def test_a_colleague_of_the_same_unit_may_edit(app, srv):
    assert post(srv.url, instance("uuid:ours"), auth=digest("vol")).status_code == 201
    edit = instance("uuid:ours-2", name="Sửa tên", deprecated="uuid:ours")
    assert post(srv.url, edit, auth=digest("vol1b")).status_code == 201
    assert current(app) == {"uuid:ours": False, "uuid:ours-2": True}


def test_an_edit_moving_a_submission_into_the_callers_unit_is_refused(app, srv):
    """The edit's own unit is the caller's; the edited one's is not."""
    assert post(srv.url, instance("uuid:t2", unit="TDP2"), auth=digest("vol2")).status_code == 201
    resp = post(srv.url, instance("uuid:t2-edit", unit="TDP2", deprecated="uuid:t2"), auth=digest("vol"))
    assert resp.status_code == 403
    assert current(app) == {"uuid:t2": True}


@pytest.mark.parametrize("unit", ["", "   "], ids=["empty", "blank"])
def test_a_household_submission_without_a_unit_is_refused(app, srv, unit):
    resp = post(srv.url, instance("uuid:nounit", unit=unit), auth=digest("vol"))
    assert resp.status_code == 400
    assert "unit" in message(resp) and " / " in message(resp)
    assert current(app) == {}


def test_an_edit_without_a_unit_cannot_void_a_submission(app, srv):
    assert post(srv.url, instance("uuid:keep", unit="TDP2"), auth=digest("vol2")).status_code == 201
    resp = post(srv.url, instance("uuid:void", unit="", deprecated="uuid:keep"), auth=digest("vol"))
    assert resp.status_code in (400, 403)
    assert current(app) == {"uuid:keep": True}


def test_a_form_without_a_unit_field_takes_submissions_and_edits_by_their_sender(app, srv):
    """No unit to scope by: the sender (or an admin) may edit, nobody else."""
    publish(app, NO_UNIT_MD)
    xml = (
        b'<data id="survey" version="1"><year>2026</year><meta><instanceID>uuid:s1</instanceID></meta></data>'
    )
    assert post(srv.url, xml, auth=digest("vol2")).status_code == 201
    edit = xml.replace(b"uuid:s1</instanceID>", b"uuid:s2</instanceID><deprecatedID>uuid:s1</deprecatedID>")
    assert post(srv.url, edit, auth=digest("vol")).status_code == 403
    assert post(srv.url, edit, auth=digest("vol2")).status_code == 201
    assert current(app) == {"uuid:s1": False, "uuid:s2": True}


ROUNDS = 12
RIVALS = 4  # distinct edits of one submission, each sent twice at once


def test_concurrent_edits_of_one_submission_have_exactly_one_winner(app, srv):
    """Each round: 4 different edits of the same submission, each posted twice, all at
    once. Exactly one edit stays current; its two copies get 201 (a resend), the other
    six get 409, on both databases."""
    with ThreadPoolExecutor(RIVALS * 2) as pool:
        for r in range(ROUNDS):
            assert post(srv.url, instance(f"uuid:r{r}"), auth=digest("vol")).status_code == 201
            edits = [
                instance(f"uuid:r{r}-e{i}", name=f"Sửa {i}", deprecated=f"uuid:r{r}") for i in range(RIVALS)
            ]
            bodies = [xml for xml in edits for _copy in range(2)]
            answers = list(pool.map(lambda xml: post(srv.url, xml, auth=digest("vol")).status_code, bodies))
            now = current(app)
            winners = [i for i in range(RIVALS) if now.get(f"uuid:r{r}-e{i}")]
            assert len(winners) == 1, (r, answers, now)
            won = winners[0]
            assert answers[won * 2 : won * 2 + 2] == [201, 201], (r, answers)
            assert sorted(answers) == [201, 201] + [409] * (2 * RIVALS - 2), (r, answers)
            assert now[f"uuid:r{r}"] is False
            stored = [k for k in now if k.startswith(f"uuid:r{r}-")]
            assert stored == [f"uuid:r{r}-e{won}"]  # the losers left no row
