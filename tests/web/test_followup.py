"""Follow-up through the pages and the API on the campaign town (TDP01 with 3 of its 10
households surveyed, TDP02 with none), with a calendar whose survey ended yesterday: the
lagging page and why, reminders (the committee's only, within its scope, all or nothing,
bounded), the board's home page, and the API's access rules."""

from __future__ import annotations

from datetime import date, timedelta

import demotown
import pytest
from campaign import household

from conftest import add_user
from pagehelpers import csrf, sign_in
from server.domain import followup
from server.store import db
from server.store import users as users_q
from server.store.models import Reminder

demo_town = demotown.demo_town  # the fixture, shared with the other page tests
YEAR = 2026
PAGE = f"/years/{YEAR}/followup"


def behind_schedule(app, year: int) -> None:
    """The year's survey started three weeks ago and ended yesterday, as did the meetings."""
    today = followup.local_today()
    steps = {
        "registration": today - timedelta(days=60),
        "survey_start": today - timedelta(days=21),
        "survey_end": today - timedelta(days=1),
        "meetings": today - timedelta(days=1),
        "dossier": today + timedelta(days=5),
    }
    with app.app_context():
        session = db.write_session()
        admin = users_q.by_username(session, "vol")
        followup.set_calendar(session, admin, app.config, year, {k: v.isoformat() for k, v in steps.items()})
        session.commit()


@pytest.fixture
def lagging_town(town):
    app = town
    for i in range(3):
        household(app, "TDP01", i, f"uuid:fu-h{i}")
    add_user(app, "bcd", "committee")
    add_user(app, "bcd01", "committee", ("TDP01",))
    add_user(app, "bvd01", "board", ("TDP01",))
    add_user(app, "bvd02", "board", ("TDP02",))
    add_user(app, "tnv01", "volunteer", ("TDP01",))
    for year in {YEAR, followup.local_today().year}:
        behind_schedule(app, year)
    return app


def reminders(app) -> list[tuple[str, str]]:
    with app.app_context():
        session = db.session()
        return [
            (r.unit_code, r.message)
            for r in followup.reminders_of(session, users_q.by_username(session, "vol"))
        ]


def test_the_committee_sees_who_lags_and_why_and_reminds_them(lagging_town, client):
    app = lagging_town
    sign_in(client, "bcd")
    page = client.get(PAGE)
    assert page.status_code == 200
    text = page.text
    assert "2 / 2 đơn vị chậm" in text
    assert "Mới khảo sát 3/10 hộ (30%)" in text and "Mới khảo sát 0/10 hộ (0%)" in text
    assert "Chưa họp bình xét" in text and "Chưa đăng ký thi đua" in text
    assert f'href="/years/{YEAR}/units/TDP02/households"' in text  # a link to act
    assert f'href="/years/{YEAR}/units/TDP01/review"' in text
    token = csrf(client, PAGE)
    resp = client.post(
        f"{PAGE}/remind", data={"csrf_token": token, "unit": ["TDP02"], "message": "Đề nghị tổ khẩn trương."}
    )
    assert resp.status_code == 302
    assert "Đã gửi lời nhắc tới 1 đơn vị." in client.get(resp.location).text
    assert reminders(app) == [("TDP02", "Đề nghị tổ khẩn trương.")]
    with app.app_context():
        stored = db.session().query(Reminder).one()
        assert [r["code"] for r in stored.reasons] == ["registration", "coverage", "meeting"]

    # the board of TDP02 sees it on its home page; TDP01's board does not
    board = app.test_client()
    sign_in(board, "bvd02")
    home = board.get("/").text
    assert "Lời nhắc của Ban chỉ đạo" in home and "Đề nghị tổ khẩn trương." in home
    assert "Mới khảo sát 0/10 hộ" in home and "TDP01" not in home
    other = app.test_client()
    sign_in(other, "bvd01")
    home = other.get("/").text
    assert "Đề nghị tổ khẩn trương." not in home and "Mới khảo sát 3/10 hộ" in home


def test_a_board_may_not_send_reminders_nor_read_another_units(lagging_town, client):
    app = lagging_town
    with app.app_context():
        session = db.write_session()
        bcd = users_q.by_username(session, "bcd")
        followup.send_reminders(session, app.config, bcd, YEAR, ["TDP02"], "Riêng cho tổ 2.")
        session.commit()
    sign_in(client, "bvd01")
    page = client.get(PAGE)
    assert page.status_code == 200 and "TDP02" not in page.text  # its own unit only
    assert "Riêng cho tổ 2." not in page.text and "Riêng cho tổ 2." not in client.get("/").text
    assert "Gửi lời nhắc" not in page.text and "Lưu lịch" not in page.text
    token = csrf(client, PAGE)
    resp = client.post(f"{PAGE}/remind", data={"csrf_token": token, "unit": ["TDP01"], "message": "tự nhắc"})
    assert resp.status_code == 403
    resp = client.post(f"{PAGE}/calendar", data={"csrf_token": token, "survey_end": "2026-12-31"})
    assert resp.status_code == 403
    assert reminders(app) == [("TDP02", "Riêng cho tổ 2.")]  # nothing added
    lag = client.get(f"/api/v1/years/{YEAR}/lagging").get_json()
    assert [u["code"] for u in lag["lagging"]] == ["TDP01"] and lag["units_followed"] == 1
    # a volunteer gets neither the page nor the API
    vol = app.test_client()
    sign_in(vol, "tnv01")
    assert vol.get(PAGE).status_code == 403
    assert vol.get(f"/api/v1/years/{YEAR}/lagging").status_code == 403
    assert "Mới khảo sát 3/10 hộ" in vol.get("/").text  # but its home page says what is due


def test_reminders_are_all_or_nothing_within_scope_and_bounded(lagging_town, client):
    app = lagging_town
    sign_in(client, "bcd01")  # the committee member for TDP01 only
    assert "TDP02" not in client.get(PAGE).text
    token = csrf(client, PAGE)
    both = client.post(
        f"{PAGE}/remind", data={"csrf_token": token, "unit": ["TDP01", "TDP02"], "message": "x"}
    )
    assert both.status_code == 403 and "Bạn không phụ trách đơn vị TDP02" in both.text
    long = client.post(f"{PAGE}/remind", data={"csrf_token": token, "unit": ["TDP01"], "message": "á" * 1001})
    assert long.status_code == 400 and "Lời nhắc dài quá 1000 ký tự" in long.text
    assert "á" * 1001 in long.text  # what was typed stays on screen
    none = client.post(f"{PAGE}/remind", data={"csrf_token": token, "message": "x"})
    assert none.status_code == 400 and "Chọn ít nhất một đơn vị" in none.text
    unknown = client.post(f"{PAGE}/remind", data={"csrf_token": token, "unit": ["NOPE"], "message": "x"})
    assert unknown.status_code == 404
    town = client.post(f"{PAGE}/remind", data={"csrf_token": token, "unit": ["PS"], "message": "x"})
    assert town.status_code == 403  # not in its scope either
    assert (
        client.post(f"{PAGE}/remind", data={"unit": ["TDP01"], "message": "x"}).status_code == 400
    )  # no CSRF
    assert reminders(app) == []
    # a committee member for one unit does not move the town's calendar
    resp = client.post(f"{PAGE}/calendar", data={"csrf_token": token, "survey_end": "2026-12-31"})
    assert resp.status_code == 403


def test_the_calendar_is_the_committees_to_change(lagging_town, client):
    sign_in(client, "bcd")
    token = csrf(client, PAGE)
    bad = client.post(f"{PAGE}/calendar", data={"csrf_token": token, "survey_end": "31/12/2026"})
    assert bad.status_code == 400 and "Ngày không hợp lệ cho survey_end" in bad.text
    order = client.post(
        f"{PAGE}/calendar",
        data={"csrf_token": token, "survey_start": "2026-11-10", "survey_end": "2026-11-01"},
    )
    assert order.status_code == 400 and "Ngày kết thúc khảo sát phải sau ngày bắt đầu" in order.text
    later = (followup.local_today() + timedelta(days=40)).isoformat()
    ok = client.post(f"{PAGE}/calendar", data={"csrf_token": token, "survey_end": later, "meetings": later})
    assert ok.status_code == 302
    page = client.get(PAGE).text
    assert "Mới khảo sát 0/10 hộ" in page and "Mới khảo sát 3/10 hộ" not in page  # 30% of an expected 35%
    assert "Chưa họp bình xét" not in page and f'value="{later}"' in page
    reset = client.post(f"{PAGE}/calendar", data={"csrf_token": token, "survey_end": "", "meetings": ""})
    assert reset.status_code == 302
    assert client.get(PAGE).text.count("(đã đổi)") == 3  # registration, survey start, dossier
    same = client.post(f"{PAGE}/calendar", data={"csrf_token": token, "inspection": f"{YEAR}-07-31"})
    assert (
        same.status_code == 302 and client.get(PAGE).text.count("(đã đổi)") == 3
    )  # the default is no change


def test_the_api_lists_the_lagging_units_for_the_committee(lagging_town, client):
    sign_in(client, "bcd")
    body = client.get(f"/api/v1/years/{YEAR}/lagging").get_json()
    assert body["units_followed"] == 2 and body["expected_coverage"] == 1.0
    first, second = body["lagging"]
    assert (first["code"], first["surveyed_households"], first["registry_households"]) == ("TDP02", 0, 10)
    assert [r["code"] for r in second["reasons"]] == ["registration", "coverage", "meeting"]
    assert second["reasons"][1]["deadline"] == (followup.local_today() - timedelta(days=1)).isoformat()
    assert "pending" in body and body["calendar"]["survey_end"]
    assert client.get("/api/v1/years/2026/lagging?x=1").status_code == 200
    anonymous = lagging_town.test_client()
    assert anonymous.get(f"/api/v1/years/{YEAR}/lagging").status_code == 401


def test_a_focus_criterion_behind_its_roadmap_is_a_reason(lagging_town, client):
    from server.domain import plans

    app = lagging_town
    household(app, "TDP01", 3, "uuid:fu-h3", nuoc_sach="no")  # 3 of 4 use clean water
    with app.app_context():
        session = db.write_session()
        board = users_q.by_username(session, "bvd01")
        target = {"kind": "household", "code": "GD05", "target_share": 1, "target_date": f"{YEAR}-06-30"}
        plans.save_plan(session, board, YEAR, "TDP01", [target])
        session.commit()
    sign_in(client, "bcd")
    page = client.get(PAGE).text
    assert "Tiêu chí “Dùng nước sạch” chậm lộ trình: Quá hạn 2026-06-30: mới đạt 75%, mục tiêu 100%" in page
    lag = client.get(f"/api/v1/years/{YEAR}/lagging").get_json()
    (tdp01,) = [u for u in lag["lagging"] if u["code"] == "TDP01"]
    assert [r["code"] for r in tdp01["reasons"]] == ["registration", "coverage", "roadmap", "meeting"]
    assert f'href="/plans/{YEAR}/TDP01"' in page
    assert tdp01["reasons"][2]["en"].startswith("Dùng nước sạch: behind its roadmap, past 2026-06-30: 75%")


def test_a_digest_address_is_a_plain_address(lagging_town, client):
    sign_in(client, "bvd02")
    token = csrf(client, "/reminders/email")
    for bad in ("bvd02@example.vn\r\nBcc: all@example.vn", "bvd02@example.vn\nSubject: x", "a b@c.vn",
                "x" * 250 + "@example.vn", "Tổ trưởng <bvd02@example.vn>"):  # fmt: skip
        resp = client.post("/reminders/email", data={"csrf_token": token, "email": bad})
        assert resp.status_code == 400 and "Địa chỉ thư điện tử không hợp lệ" in resp.text, bad
    ok = client.post("/reminders/email", data={"csrf_token": token, "email": "bvd02@example.vn"})
    assert ok.status_code == 302
    assert 'value="bvd02@example.vn"' in client.get("/reminders/email").text
    off = client.post("/reminders/email", data={"csrf_token": token, "email": ""})
    assert off.status_code == 302 and 'value=""' in client.get("/reminders/email").text


def test_the_follow_up_page_with_nothing_lagging(app, client):
    add_user(app, "bcd", "committee")
    sign_in(client, "bcd")
    page = client.get(f"/years/{date.today().year}/followup")
    assert page.status_code == 200 and "Không có đơn vị nào chậm tiến độ." in page.text
    assert client.get("/followup").status_code == 302


def test_the_demo_town_reminds_the_groups_that_have_not_met(demo_town, client):
    demotown.sign_in(client, "bvd02")  # TDP02 is left unreviewed by the demo
    home = client.get("/").text
    assert "Lời nhắc của Ban chỉ đạo" in home and "Đề nghị Ban vận động tổ chức họp bình xét" in home
    assert "Chưa họp bình xét (hạn 10/12/2026)" in home  # the reasons as on the day it was sent
    committee = demo_town.test_client()
    demotown.sign_in(committee, "bcd")
    page = committee.get(f"/years/{demotown.YEAR}/followup").text
    assert "Lời nhắc đã gửi" in page and "TDP02" in page
