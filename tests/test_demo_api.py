"""After `kieumau demo`: every unit's results and proposals through the API (with its access
rules) and the CLI; the review procedure's transitions and refusals."""

from __future__ import annotations

import json
from datetime import date

import pytest
import requests
from click.testing import CliRunner
from demotown import run_demo

from server.cli import main
from server.domain import demo, review
from server.errors import Conflict, Forbidden, Invalid
from server.store import db
from server.store import units as units_q
from server.store import users as users_q
from server.store.models import ReviewEvent

YEAR = 2026
PW = demo.PASSWORD


@pytest.fixture
def demo_town(app, database_url, tmp_path, monkeypatch):
    result = run_demo(monkeypatch, tmp_path / "demo-data", database_url)
    assert "2 tổ / groups" in result.output

    def cli(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return cli


def api(url: str, path: str, user: str, password: str = PW):
    return requests.get(f"{url}/api/v1{path}", auth=(user, password), timeout=10)


def test_demo_results_readable_through_api_with_access_rules(demo_town, live_server):
    url = live_server.url
    years = api(url, "/years", "bcd").json()
    assert years["years"] == [YEAR] and years["pending"] == 0 and years["as_of"].endswith("Z")
    units = api(url, f"/years/{YEAR}/units", "bcd").json()
    codes = ["PS", "CQ01", "CQ02", "TDP01", "TDP02"]  # the demo's two agencies and two groups
    assert units["total"] == 5 and [u["code"] for u in units["units"]] == codes
    town = units["units"][0]
    groups = units["units"][3:]
    below = units["units"][1:]
    assert town["figures"]["households_registry"] == 150
    assert town["figures"]["households_surveyed"] == sum(g["figures"]["households_surveyed"] for g in groups)
    assert town["figures"]["model_citizens"] == sum(g["figures"]["model_citizens"] for g in below)
    assert sorted(g["rank"] for g in groups) == [1, 2]  # groups rank among groups, agencies apart
    assert all(g["title_reached"] in (True, False) and g["title_checks"] for g in groups)
    page = api(url, f"/years/{YEAR}/units?page=3&per_page=2", "bcd").json()
    assert [u["code"] for u in page["units"]] == ["TDP02"] and page["total"] == 5
    detail = api(url, f"/years/{YEAR}/units/PS", "bcd").json()
    assert [c["code"] for c in detail["children"]] == codes[1:]
    households = api(url, f"/years/{YEAR}/units/TDP01/households?per_page=5", "bcd").json()
    first = households["households"][0]
    assert first["name"] and first["criteria"][0]["code"] == "GD01" and "decided_by" in first["criteria"][0]
    citizens = api(url, f"/years/{YEAR}/units/TDP01/citizens", "bcd").json()
    assert citizens["total"] > 50
    props = api(url, f"/years/{YEAR}/proposals?unit=TDP01", "bcd").json()["units"][0]
    assert props["review_state"] in ("reviewed", "approved") and props["proposed"]
    # a board sees its own unit only; volunteers read nothing; strangers are asked to sign in
    board = api(url, f"/years/{YEAR}/units", "bvd02").json()
    assert [u["code"] for u in board["units"]] == ["TDP02"]
    assert api(url, f"/years/{YEAR}/units/TDP01", "bvd02").status_code == 403
    assert api(url, f"/years/{YEAR}/units/TDP01/households", "bvd02").status_code == 403
    assert api(url, f"/years/{YEAR}/units", "tnv01").status_code == 403
    assert requests.get(f"{url}/api/v1/years", timeout=10).status_code == 401
    assert api(url, f"/years/{YEAR}/units?page=0", "bcd").status_code == 400


def test_demo_results_through_the_cli(demo_town):
    table = demo_town("results", str(YEAR)).output
    assert "PS Phường Phong Sơn" in table and "  TDP01 Tổ dân phố 1" in table
    rows = json.loads(demo_town("results", str(YEAR), "--json", "--as", "bvd01").output)
    assert [r["code"] for r in rows] == ["TDP01"]
    listing = demo_town("proposals", str(YEAR), "--unit", "TDP01").output
    assert "TDP01 Tổ dân phố 1" in listing and "household" in listing and "citizen" in listing
    assert "bình xét/review: đã" in listing  # the review's state in words, Vietnamese first
    assert demo_town("rescore", "--year", str(YEAR)).exit_code == 0
    after = json.loads(demo_town("results", str(YEAR), "--json", "--as", "bvd01").output)
    assert after[0]["figures"] == rows[0]["figures"]  # rescoring with the same sheets changes nothing


def test_review_transitions_and_refusals(demo_town, app):
    with app.app_context():
        session = db.session()
        user = lambda name: users_q.by_username(session, name)  # noqa: E731
        # TDP02 (index 1) was left unreviewed by the demo
        props = review.proposals(session, YEAR, units_q.unit_by_code(session, "TDP02"))
        assert props and all(p.decision is None for p in props)
        with pytest.raises(Forbidden):
            review.decide(session, user("bvd01"), YEAR, "TDP02", props[0].kind, props[0].subject,
                          agree=True, votes_for=10, votes_total=12)  # fmt: skip
        with pytest.raises(Forbidden):
            review.approve(session, user("bvd02"), YEAR, "TDP02")
        with pytest.raises(Conflict):
            review.approve(session, user("bcd"), YEAR, "TDP02")  # the board has not reviewed
        with pytest.raises(Invalid):
            review.decide(session, user("bvd02"), YEAR, "TDP02", props[0].kind, props[0].subject,
                          agree=False, votes_for=3, votes_total=12, reason=" ")  # fmt: skip
        with pytest.raises(Conflict):
            review.submit(session, user("bvd02"), YEAR, "TDP02")  # undecided proposals remain
        with pytest.raises(Conflict):  # a decision is taken at a recorded meeting
            review.decide(session, user("bvd02"), YEAR, "TDP02", props[0].kind, props[0].subject,
                          agree=True, votes_for=28, votes_total=30)  # fmt: skip
        with pytest.raises(Invalid):  # no quorum: fewer than half of those invited
            review.record_meeting(session, user("bvd02"), YEAR, "TDP02", meeting_date="2026-11-20",
                                  present=19, invited=40)  # fmt: skip
        review.record_meeting(session, user("bvd02"), YEAR, "TDP02", meeting_date="2026-11-20",
                              started_at="19:30", ended_at="21:00",
                              present=30, invited=40, chair="Tổ trưởng", secretary="Thư ký")  # fmt: skip
        first = props[0]
        for agree, votes_for, votes_total in ((True, 15, 30), (False, 16, 30), (True, 31, 31)):
            with pytest.raises(Invalid):  # half is no majority; a majority is agreement; 31 > 30 present
                review.decide(session, user("bvd02"), YEAR, "TDP02", first.kind, first.subject, agree=agree,
                              votes_for=votes_for, votes_total=votes_total, reason="Lý do")  # fmt: skip
        for p in props:
            review.decide(session, user("bvd02"), YEAR, "TDP02", p.kind, p.subject, agree=True,
                          votes_for=28, votes_total=30)  # fmt: skip
        with pytest.raises(Invalid):  # attendance may not fall below the votes recorded
            review.record_meeting(session, user("bvd02"), YEAR, "TDP02", meeting_date="2026-11-20",
                                  present=25, invited=40)  # fmt: skip
        review.submit(session, user("bvd02"), YEAR, "TDP02")
        with pytest.raises(Conflict):  # not posted yet
            review.approve(session, user("bcd"), YEAR, "TDP02", self_assessment_checked=True)
        with pytest.raises(Invalid):
            review.record_posting(session, user("bvd02"), YEAR, "TDP02", "2026-11-19")  # before the meeting
        review.record_posting(session, user("bvd02"), YEAR, "TDP02", "2026-11-21")
        with pytest.raises(Conflict):  # the 10 days of posting are not over
            review.approve(session, user("bcd"), YEAR, "TDP02", self_assessment_checked=True,
                           today=date(2026, 11, 30))  # fmt: skip
        with pytest.raises(Invalid):  # the committee checks the group's self-assessment
            review.approve(session, user("bcd"), YEAR, "TDP02", today=date(2026, 12, 1))
        review.approve(session, user("bcd"), YEAR, "TDP02", self_assessment_checked=True,
                       today=date(2026, 12, 1))  # fmt: skip
        unit = units_q.unit_by_code(session, "TDP02")
        assert len(review.approved_list(session, YEAR, unit)) == len(props)
        with pytest.raises(Conflict):  # an approved list changes only by reopening it
            review.decide(session, user("bvd02"), YEAR, "TDP02", props[0].kind, props[0].subject,
                          agree=False, votes_for=1, votes_total=30, reason="Sai sót")  # fmt: skip
        with pytest.raises(Invalid):
            review.reopen(session, user("bcd"), YEAR, "TDP02", "")
        with pytest.raises(Forbidden):
            review.reopen(session, user("bvd02"), YEAR, "TDP02", "lý do")
        review.reopen(session, user("bcd"), YEAR, "TDP02", "Phát hiện sai sót hộ TDP02-H00001")
        review.decide(session, user("bvd02"), YEAR, "TDP02", props[0].kind, props[0].subject,
                      agree=False, votes_for=1, votes_total=30, reason="Sai sót")  # fmt: skip
        session.commit()
        rid = review.get_review(session, YEAR, unit).id
        actions = [
            e.action for e in session.query(ReviewEvent).filter_by(review_id=rid).order_by(ReviewEvent.id)
        ]
        assert actions[0] == "meeting" and actions[-3:] == ["approve", "reopen", "decide"]
        assert all(e.user_id for e in session.query(ReviewEvent).filter_by(review_id=rid))


def test_demo_run_again_says_nothing_new(demo_town):
    again = demo_town("demo", "--households", "150", "--seed", "5", "--year", str(YEAR))
    assert again.exit_code == 0
    assert "nothing new" in again.output and "Không có gì mới" in again.output
    assert "groups reviewed" not in again.output


def test_a_board_member_sees_the_real_rank_of_their_unit(demo_town):
    town = {r["code"]: r for r in json.loads(demo_town("results", str(YEAR), "--json").output)}
    assert sorted(town[c]["rank"] for c in ("TDP01", "TDP02")) == [1, 2]
    for board, code in (("bvd01", "TDP01"), ("bvd02", "TDP02")):
        [mine] = json.loads(demo_town("results", str(YEAR), "--json", "--as", board).output)
        assert mine["code"] == code and mine["rank"] == town[code]["rank"]
        table = demo_town("results", str(YEAR), "--as", board).output
        assert f"\t{town[code]['rank']}/2 ({town[code]['rank_stage']['label']})" in table.splitlines()[1]
