"""The review procedure through the pages on `kieumau demo`'s town (TDP02 is left unreviewed,
TDP01 approved): the board records its meeting, decides every proposal, submits; the
committee approves; the board cannot change an approved list; the committee reopens it
with a reason; the audit trail on the page; rejecting a submission; CSRF refusals."""

from __future__ import annotations

import re
from datetime import date, timedelta

import demotown
from demotown import YEAR, counting_submission, sign_in, token

from server.domain import review
from server.store import db
from server.store import units as units_q
from server.store.models import Score

demo_town = demotown.demo_town  # the fixture, shared with the other page tests

REVIEW = f"/years/{YEAR}/units/TDP02/review"


def state(app, code: str = "TDP02") -> str:
    with app.app_context():
        session = db.session()
        found = review.get_review(session, YEAR, units_q.unit_by_code(session, code))
        return found.state if found else "open"


def proposals(app, code: str = "TDP02") -> list:
    with app.app_context():
        session = db.session()
        return review.proposals(session, YEAR, units_q.unit_by_code(session, code))


def test_board_reviews_committee_approves_and_reopens(demo_town, client):
    app = demo_town
    sign_in(client, "bvd02")
    page = client.get(REVIEW)
    assert page.status_code == 200 and "chưa bình xét" in page.text and "Gửi kết quả bình xét" in page.text
    assert "Phê duyệt danh sách" not in page.text
    held = date.today() - timedelta(days=20)
    meeting = {"meeting_date": held.isoformat(), "started_at": "19:30", "ended_at": "21:00",
               "place": "Nhà văn hóa", "chair": "Ông Tổ trưởng", "secretary": "Bà Thư ký",
               "present": "30", "invited": "40", "notes": ""}  # fmt: skip
    assert client.post(f"{REVIEW}/meeting", data=meeting).status_code == 400  # no CSRF token
    csrf = token(client, REVIEW)
    resp = client.post(f"{REVIEW}/meeting", data={**meeting, "present": "50", "csrf_token": csrf})
    assert "Số người dự không hợp lệ" in client.get(resp.location).text  # the domain's refusal, flashed
    resp = client.post(f"{REVIEW}/meeting", data={**meeting, "present": "19", "csrf_token": csrf})
    assert "chưa đủ số người dự theo quy định: cần ít nhất 20/40" in client.get(resp.location).text
    resp = client.post(f"{REVIEW}/meeting", data={**meeting, "ended_at": "19:00", "csrf_token": csrf})
    assert "Giờ kết thúc phải sau giờ bắt đầu" in client.get(resp.location).text
    client.post(f"{REVIEW}/meeting", data={**meeting, "csrf_token": csrf})
    assert 'value="Nhà văn hóa"' in client.get(REVIEW).text

    props = proposals(app)
    first, second, third = (f"{p.kind}:{p.subject}" for p in props[:3])
    rows = {
        "csrf_token": csrf,
        f"agree:{first}": "yes", f"for:{first}": "28", f"total:{first}": "30",
        f"agree:{second}": "no", f"for:{second}": "3", f"total:{second}": "30", f"reason:{second}": "",
        f"agree:{third}": "yes", f"for:{third}": "31", f"total:{third}": "30",
    }  # fmt: skip
    bad = client.post(f"{REVIEW}/decisions", data=rows)
    assert bad.status_code == 400
    assert "Cần ghi lý do khi không đồng ý" in bad.text and "Số phiếu không hợp lệ" in bad.text
    assert 'value="31"' in bad.text  # what was typed stays on screen
    one = {"csrf_token": csrf, f"agree:{third}": "yes", f"total:{third}": "30"}
    minority = client.post(f"{REVIEW}/decisions", data={**one, f"for:{third}": "15"})
    assert "chưa đạt trên 50% số phiếu" in minority.text  # half is not a majority
    crowd = client.post(f"{REVIEW}/decisions", data={**one, f"for:{third}": "31", f"total:{third}": "35"})
    assert "vượt quá số người dự họp (30)" in crowd.text
    huge = client.post(
        f"{REVIEW}/decisions", data={**one, f"for:{third}": str(2**31), f"total:{third}": str(2**31)}
    )
    assert huge.status_code == 400 and "Số phiếu từ 0 đến 100000" in huge.text  # not a 500 on PostgreSQL
    assert sum(p.decision is not None for p in proposals(app)) == 1  # the good row is kept
    rows.update({f"reason:{second}": "Chưa gương mẫu", f"for:{third}": "29"})
    ok = client.post(f"{REVIEW}/decisions", data=rows)
    assert ok.status_code == 302 and "Đã lưu 3 ý kiến" in client.get(ok.location).text

    early = client.post(f"{REVIEW}/submit", data={"csrf_token": csrf})
    assert "đề nghị chưa bình xét" in client.get(early.location).text and state(app) == "open"
    client.post(f"{REVIEW}/agree-rest", data={"csrf_token": csrf, "votes_for": "27", "votes_total": "30"})
    decided = proposals(app)
    assert all(p.decision is not None for p in decided)
    assert sum(not p.decision.agree for p in decided) == 1
    client.post(f"{REVIEW}/submit", data={"csrf_token": csrf})
    assert state(app) == "reviewed"
    assert client.post(f"/years/{YEAR}/units/TDP02/approve", data={"csrf_token": csrf}).status_code == 403

    committee = app.test_client()
    sign_in(committee, "bcd")
    listing = committee.get(f"/years/{YEAR}/approvals")
    # the group marks criteria as met: the list links to the unit's page to check each one
    assert (
        "đã bình xét, chờ phê duyệt" in listing.text
        and "tiêu chí tổ tự đánh giá và phê duyệt" in listing.text
    )
    ccsrf = token(committee, f"/years/{YEAR}/approvals")
    assert committee.post(f"/years/{YEAR}/units/TDP02/approve").status_code == 400  # no token
    check = {"csrf_token": ccsrf, "self_assessment": "y", "note": "Đã kiểm tra"}
    unposted = committee.post(f"/years/{YEAR}/units/TDP02/approve", data=check)
    assert (
        "chưa được niêm yết công khai" in committee.get(unposted.location).text and state(app) == "reviewed"
    )
    recent = client.post(
        f"{REVIEW}/posting",
        data={"csrf_token": csrf, "posted_from": (date.today() - timedelta(days=9)).isoformat()},
    )
    early = committee.post(f"/years/{YEAR}/units/TDP02/approve", data=check)
    assert "BCĐ phê duyệt từ ngày" in committee.get(early.location).text and state(app) == "reviewed"
    client.post(
        f"{REVIEW}/posting", data={"csrf_token": csrf, "posted_from": (held + timedelta(days=1)).isoformat()}
    )
    assert recent.status_code == 302 and "Danh sách niêm yết từ" in client.get(REVIEW).text
    unchecked = committee.post(f"/years/{YEAR}/units/TDP02/approve", data={"csrf_token": ccsrf})
    assert "kiểm tra bảng tự đánh giá" in committee.get(unchecked.location).text and state(app) == "reviewed"
    blanket = committee.post(f"/years/{YEAR}/units/TDP02/approve", data=check)
    assert "cho ý kiến về từng tiêu chí" in committee.get(blanket.location).text and state(app) == "reviewed"
    page = committee.get(REVIEW).text
    claimed = re.findall(r'name="check-([^"]+)" value="yes"', page)
    assert claimed and all(f'name="check-{c}" value="no"' in page for c in claimed)
    verdicts = {f"check-{c}": "yes" for c in claimed} | {f"check-{claimed[0]}": "no"}
    forged = committee.post(
        f"/years/{YEAR}/units/TDP02/approve", data={**check, **verdicts, "check-X9": "yes"}
    )
    assert "Tổ không tự đánh giá đạt tiêu chí: X9" in committee.get(forged.location).text
    assert state(app) == "reviewed"
    done = committee.post(f"/years/{YEAR}/units/TDP02/approve", data={**check, **verdicts})
    assert done.location == f"/years/{YEAR}/approvals#unit-TDP02" and state(app) == "approved"
    # one criterion not confirmed: the group is not recognised, its people are
    view = committee.get(f"/api/v1/years/{YEAR}/recognition?unit=TDP02").get_json()["units"][0]
    assert view["group_title"]["reached"] is False and view["group_title"]["recognised"] is False
    [own] = [c for c in view["group_title"]["checks"] if c["key"] == "group_criteria"]
    assert own["not_confirmed"] == [claimed[0]] and not own["passed"]
    assert view["stages"]["approved"]["households"] == view["stages"]["agreed"]["households"] > 0
    unit_page = committee.get(f"/years/{YEAR}/units/TDP02").text
    assert f"BCĐ không xác nhận tiêu chí: {claimed[0]}" in unit_page

    # an approved list: the board's page is read-only and its POSTs are refused
    locked = client.get(REVIEW)
    assert "Danh sách đã được phê duyệt" in locked.text and 'name="agree:' not in locked.text
    again = client.post(f"{REVIEW}/decisions", data={**rows, f"agree:{first}": "no", f"reason:{first}": "x"})
    assert "phải mở lại" in client.get(again.location).text
    assert [p.decision.agree for p in proposals(app)] == [p.decision.agree for p in decided]

    client.get("/lang/en")  # domain refusals in the reader's language
    resp = client.post(f"{REVIEW}/meeting", data={**meeting, "csrf_token": csrf})
    assert "the list is approved; reopen it with a reason" in client.get(resp.location).text

    no_reason = committee.post(
        f"/years/{YEAR}/units/TDP02/reopen", data={"csrf_token": ccsrf, "reason": "", "back": "review"}
    )
    assert "Cần ghi lý do mở lại" in committee.get(no_reason.location).text and state(app) == "approved"
    reopened = committee.post(
        f"/years/{YEAR}/units/TDP02/reopen",
        data={"csrf_token": ccsrf, "reason": "Sai sót hộ TDP02-H00001", "back": "review"},
    )
    assert reopened.location == REVIEW and state(app) == "reviewed"
    trail = committee.get(REVIEW).text
    for step in (
        "Ghi thông tin cuộc họp",
        "Hoàn tất bình xét",
        "Phê duyệt",
        "Mở lại",
        "Sai sót hộ TDP02-H00001",
    ):
        assert step in trail, step
    assert 'name="agree:' not in trail  # the committee reads the decisions, the board makes them
    assert 'name="agree:' in client.get(REVIEW).text  # reopened: the board may change them again


def test_roles_on_the_review_pages_and_rejecting_a_submission(demo_town, client):
    app = demo_town
    sign_in(client, "bvd01")
    assert client.get(REVIEW).status_code == 403  # another unit's review
    assert (
        client.post(
            f"{REVIEW}/submit", data={"csrf_token": token(client, f"/years/{YEAR}/approvals")}
        ).status_code
        == 403
    )
    listing = client.get(f"/years/{YEAR}/approvals")
    assert "Tổ dân phố 1" in listing.text and "Tổ dân phố 2" not in listing.text
    assert "Phê duyệt danh sách" not in listing.text
    volunteer = app.test_client()
    sign_in(volunteer, "tnv02")
    assert (
        volunteer.get(REVIEW).status_code == 403
        and volunteer.get(f"/years/{YEAR}/approvals").status_code == 403
    )

    # TDP01's list is approved (by the demo): its board cannot reject a submission now
    approved_sub = counting_submission(app, "TDP01")
    csrf = token(client, f"/submissions/{approved_sub.id}")
    resp = client.post(
        f"/submissions/{approved_sub.id}/reject", data={"csrf_token": csrf, "reason": "Sai hộ"}
    )
    assert "phải mở lại trước khi loại phiếu" in client.get(resp.location).text

    board = app.test_client()
    sign_in(board, "bvd02")
    sub = counting_submission(app, "TDP02")
    with app.app_context():
        before = db.session().query(Score).filter_by(unit_code="TDP02", kind="household", counts=True).count()
    path = f"/submissions/{sub.id}/reject"
    assert board.post(path, data={"reason": "Sai hộ"}).status_code == 400  # no CSRF token
    assert client.post(path, data={"csrf_token": csrf, "reason": "x"}).status_code == 403  # not bvd01's unit
    committee = app.test_client()
    sign_in(committee, "bcd")
    assert (
        committee.post(
            path, data={"csrf_token": token(committee, f"/submissions/{sub.id}"), "reason": "x"}
        ).status_code
        == 403
    )
    bcsrf = token(board, f"/submissions/{sub.id}")
    empty = board.post(path, data={"csrf_token": bcsrf, "reason": ""})
    assert "Cần ghi lý do loại phiếu" in board.get(empty.location).text
    done = board.post(path, data={"csrf_token": bcsrf, "reason": "Điều tra nhầm hộ"})
    page = board.get(done.location).text
    assert "Đã loại phiếu" in page and "Điều tra nhầm hộ" in page and "Loại phiếu này" not in page
    with app.app_context():
        after = db.session().query(Score).filter_by(unit_code="TDP02", kind="household", counts=True).count()
    assert after == before - 1
    assert "Loại phiếu" in board.get(REVIEW).text  # the audit trail keeps the refusal
