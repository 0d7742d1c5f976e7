"""The year's plans through the pages (web/plan_pages.py, web/round_pages.py), hostile
first: a board reaching for another unit's plan or households, too-long texts, bad shares
and dates, approving or recording inspections without the committee's role, opening a
round as a board; then the ordinary path, with the biên bản kiểm tra read back from its PDF."""

from __future__ import annotations

import subprocess

import pytest
from campaign import household
from sqlalchemy import select

from conftest import add_user
from pagehelpers import csrf, sign_in
from server.domain import rounds
from server.store import db
from server.store import users as users_q
from server.store.plan_models import Inspection, InspectionRound, PlanTarget, Registrant, UnitPlan

YEAR = 2026
PLAN = f"/plans/{YEAR}/TDP01"
GOOD = {"focus:household:GD05": "1", "share:household:GD05": "80", "date:household:GD05": "2026-06-30",
        "who:household:GD05": "Chi hội Phụ nữ", "notes:household:GD05": "Vận động lắp bể lọc"}  # fmt: skip


@pytest.fixture
def people(town):
    add_user(town, "bvd01", "board", ("TDP01",))
    add_user(town, "bvd02", "board", ("TDP02",))
    add_user(town, "bcd02", "committee", ("TDP02",))  # a committee member scoped to TDP02
    add_user(town, "bcd", "committee")  # the whole town
    return town


def _targets(app) -> list[tuple[str, float, str]]:
    with app.app_context():
        rows = db.session().execute(select(PlanTarget.code, PlanTarget.target_share, PlanTarget.target_date))
        return sorted(tuple(r) for r in rows)


def _plan_state(app) -> str | None:
    with app.app_context():
        return db.session().scalar(select(UnitPlan.state))


def test_a_board_cannot_reach_another_units_plan(people, client) -> None:
    sign_in(client, "bvd02")
    token = csrf(client, f"/plans/{YEAR}/TDP02")
    assert client.get(PLAN).status_code == 403
    assert client.post(PLAN, data={**GOOD, "csrf_token": token}).status_code == 403
    assert client.post(f"{PLAN}/households", data={"hh": "TDP01-H0", "csrf_token": token}).status_code == 403
    # its own unit, but a household of another unit
    resp = client.post(
        f"/plans/{YEAR}/TDP02/households", data={"hh": ["TDP02-H1", "TDP01-H0"], "csrf_token": token}
    )
    assert "Hộ không thuộc đơn vị TDP02: TDP01-H0" in client.get(resp.location).text
    assert _targets(people) == []
    with people.app_context():
        assert db.session().scalars(select(Registrant)).all() == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"who:household:GD05": "x" * 256}, "quá dài: 256 ký tự, tối đa 255"),
        ({"notes:household:GD05": "y" * 1001}, "quá dài: 1001 ký tự, tối đa 1000"),
        ({"note": "z" * 1001}, "quá dài: 1001 ký tự, tối đa 1000"),
        ({"share:household:GD05": "150"}, "Tỷ lệ mục tiêu không hợp lệ"),
        ({"share:household:GD05": "0"}, "Tỷ lệ mục tiêu không hợp lệ"),
        ({"share:household:GD05": "nan"}, "Tỷ lệ mục tiêu không hợp lệ"),
        ({"share:household:GD05": "bảy mươi"}, "Tỷ lệ mục tiêu không hợp lệ: bảy mươi"),
        ({"date:household:GD05": "2026-13-01"}, "Ngày không hợp lệ: 2026-13-01"),
        ({"date:household:GD05": "30/06/2026"}, "Ngày không hợp lệ"),
        ({"date:household:GD05": "2025-06-30"}, "phải trong năm 2026"),
        ({"focus:household:XX99": "1"}, "Không có tiêu chí XX99"),
    ],
)
def test_bad_plans_are_refused_whole(people, client, changes: dict, message: str) -> None:
    sign_in(client, "bvd01")
    token = csrf(client, PLAN)
    assert client.post(PLAN, data={**GOOD, "csrf_token": token}).status_code == 302
    before = _targets(people)
    extra = {"focus:citizen:CD01": "1", "share:citizen:CD01": "90", "date:citizen:CD01": "2026-09-30"}
    resp = client.post(PLAN, data={**GOOD, **extra, **changes, "csrf_token": token})
    assert resp.status_code == 400
    assert message in resp.text
    assert _targets(people) == before  # nothing half-stored


def test_only_the_committee_approves_and_a_change_asks_again(people, client) -> None:
    sign_in(client, "bvd01")
    token = csrf(client, PLAN)
    assert client.post(f"{PLAN}/approve", data={"csrf_token": token}).status_code == 403  # the board itself
    client.post(PLAN, data={**GOOD, "csrf_token": token})
    assert _targets(people) == [("GD05", 0.8, "2026-06-30")]
    assert "Phê duyệt kế hoạch" not in client.get(PLAN).text
    client.post("/logout", data={"csrf_token": token})

    other = people.test_client()
    sign_in(other, "bcd02")  # the committee, but of another unit
    assert other.post(f"{PLAN}/approve", data={"csrf_token": csrf(other, "/plans/2026")}).status_code == 403
    assert _plan_state(people) == "draft"

    committee = people.test_client()
    sign_in(committee, "bcd")
    page = committee.get(PLAN)
    assert "Phê duyệt kế hoạch" in page.text and "Lưu kế hoạch" not in page.text  # approves, does not edit
    assert committee.post(PLAN, data={**GOOD, "csrf_token": csrf(committee, PLAN)}).status_code == 403
    committee.post(f"{PLAN}/approve", data={"csrf_token": csrf(committee, PLAN)})
    assert _plan_state(people) == "approved"

    board = people.test_client()
    sign_in(board, "bvd01")
    board.post(PLAN, data={**GOOD, "share:household:GD05": "85", "csrf_token": csrf(board, PLAN)})
    assert _plan_state(people) == "draft"
    assert _targets(people) == [("GD05", 0.85, "2026-06-30")]


def test_board_ticks_its_households_and_they_are_flagged(people, client) -> None:
    sign_in(client, "bvd01")
    token = csrf(client, f"{PLAN}/households")
    resp = client.post(f"{PLAN}/households", data={"hh": ["TDP01-H0", "TDP01-H1"], "csrf_token": token})
    assert resp.status_code == 302
    assert "2/10 hộ đăng ký" in client.get(PLAN).text
    client.post(f"{PLAN}/households", data={"hh": ["TDP01-H1"], "csrf_token": token})
    with people.app_context():
        assert db.session().scalars(select(Registrant.subject)).all() == ["TDP01-H1"]


def test_rounds_and_inspections_are_the_committees(people, client) -> None:
    sign_in(client, "bvd01")
    token = csrf(client, PLAN)
    resp = client.post(f"/rounds/{YEAR}/open", data={"title": "X", "scope": "sample", "csrf_token": token})
    assert "Chỉ Ban chỉ đạo" in client.get(resp.location).text
    new = f"/inspections/{YEAR}/TDP01/new"
    assert client.get(new).status_code == 403
    assert (
        client.post(new, data={"held_on": "2026-06-15", "members": "A", "csrf_token": token}).status_code
        == 403
    )
    with people.app_context():
        assert db.session().scalars(select(InspectionRound)).all() == []
        assert db.session().scalars(select(Inspection)).all() == []

    committee = people.test_client()
    sign_in(committee, "bcd02")  # scoped to TDP02: not TDP01's inspector
    assert committee.get(new).status_code == 403
    committee = people.test_client()
    sign_in(committee, "bcd")
    token = csrf(committee, new)
    for bad, message in (
        ({"findings": "f" * 4001}, "quá dài: 4001 ký tự, tối đa 4000"),
        ({"held_on": "2026-02-30"}, "Ngày kiểm tra không hợp lệ"),
        ({"held_on": "2027-01-02"}, "phải trong năm 2026"),
        ({"members": ""}, "Ghi thành phần đoàn kiểm tra"),
    ):
        form = {
            "held_on": "2026-06-15",
            "members": "Nguyễn Văn An – Phó Trưởng ban",
            **bad,
            "csrf_token": token,
        }
        resp = committee.post(new, data=form)
        assert resp.status_code == 400 and message in resp.text
    with people.app_context():
        assert db.session().scalars(select(Inspection)).all() == []


def test_the_year_through_the_pages(people, client, tmp_path) -> None:
    board = people.test_client()
    sign_in(board, "bvd01")
    board.post(PLAN, data={**GOOD, "csrf_token": csrf(board, PLAN)})
    sign_in(client, "bcd")
    token = csrf(client, f"/rounds/{YEAR}")
    client.post(
        f"/rounds/{YEAR}/open", data={"title": "Kiểm tra giữa năm", "scope": "sample", "csrf_token": token}
    )
    for i in range(4):
        household(people, "TDP01", i, f"uuid:mid-{i}", nuoc_sach="yes" if i == 0 else "no")  # 1/4 clean water
    page = client.get(f"/rounds/{YEAR}").text
    assert "Kiểm tra giữa năm" in page and "4 phiếu hộ" in page
    with people.app_context():
        round_id = db.session().scalar(select(InspectionRound.id))
        rounds.close_round(db.session(), users_q.by_username(db.session(), "bcd"), round_id)
        db.session().commit()
    compared = client.get(f"/rounds/{YEAR}").text  # the round against the roadmap: 25% where 80% was due
    assert "<strong>GD05</strong>" in compared and "mới đạt 25%, mục tiêu 80%" in compared
    household(people, "TDP01", 5, "uuid:nov-5", nuoc_sach="yes")  # after the round: the evaluation
    plan = client.get(PLAN).text
    assert "Kiểm tra giữa năm: 1/4" in plan and "25%" in plan and "Đánh giá cuối năm: 1/1" in plan

    new = f"/inspections/{YEAR}/TDP01/new"
    form = {"held_on": "2026-06-15", "place": "Nhà văn hóa tổ 1", "round_id": str(round_id),
            "members": "Nguyễn Văn An – Phó Trưởng ban\nTrần Thị Bình – Ủy viên",
            "findings": "Tổ đã lắp bể lọc cho 1/4 hộ được khảo sát.",
            "requests": "Hoàn thành vận động dùng nước sạch trước 30/6.",
            "csrf_token": csrf(client, new)}  # fmt: skip
    resp = client.post(new, data=form)
    assert resp.status_code == 302
    shown = client.get(resp.location).text
    assert "Tổ đã lắp bể lọc" in shown and "Chậm lộ trình" in shown
    assert board.get(resp.location).status_code == 200  # the board reads its unit's inspection
    outsider = people.test_client()
    sign_in(outsider, "bvd02")
    assert outsider.get(resp.location).status_code == 403
    assert outsider.get(resp.location + ".pdf").status_code == 403
    got = client.get(resp.location + ".pdf")
    assert got.status_code == 200 and got.mimetype == "application/pdf"
    path = tmp_path / "bb.pdf"
    path.write_bytes(got.data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN KIỂM TRA", "BAN CHỈ ĐẠO",
                     "Nguyễn Văn An", "GD05", "80% đến", "30/06/2026", "1/4 (25%)", "Chậm lộ",
                     "Hoàn thành vận động", "TRƯỞNG ĐOÀN KIỂM TRA"):  # fmt: skip
        assert expected in text, expected
    assert "Đánh giá cuối năm" not in text  # a June inspection knew nothing of November


def test_a_group_chooses_from_its_own_kind_of_sheets(people, client) -> None:
    from campaign import FORMS

    from server.domain import forms as forms_domain

    with people.app_context():
        forms_domain.import_path(db.session(), FORMS / "co_quan_kieu_mau.xlsx")  # agencies' criteria
        db.session().commit()
    sign_in(client, "bvd01")
    assert "CQ01" not in client.get(PLAN).text
    agency = {"focus:group:CQ01": "1", "share:group:CQ01": "100", "date:group:CQ01": "2026-10-31"}
    resp = client.post(PLAN, data={**GOOD, **agency, "csrf_token": csrf(client, PLAN)})
    assert resp.status_code == 400 and "Không có tiêu chí CQ01" in resp.text
    assert _targets(people) == []
