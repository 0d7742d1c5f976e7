"""The recognition history: what the committee approves is kept per household, citizen and
unit and year; reopening the list removes it; the store's queries read it in bulk."""

from __future__ import annotations

import uuid
from datetime import date

import campaign
import pytest
import requests
from demotown import YEAR, demo_town, run_demo  # noqa: F401 - the fixture

from server.domain import accounts, demo, history, recognition_view, results, review
from server.domain.history_import import import_history
from server.formats.instance import fill_instance
from server.jobs import scorer
from server.store import db
from server.store import forms as forms_q
from server.store import history as history_q
from server.store import users as users_q
from server.store.models import Score


def api(url: str, path: str, user: str) -> requests.Response:
    return requests.get(f"{url}/api/v1{path}", auth=(user, demo.PASSWORD), timeout=60)


def test_approval_writes_the_history_and_reopening_removes_it(demo_town):  # noqa: F811
    with demo_town.app_context():
        s = db.session()
        bcd = users_q.by_username(s, "bcd")
        pairs = dict((u.code, r) for u, r in recognition_view.units(s, bcd, YEAR))
        approved = pairs["TDP01"]
        assert approved.approved and approved.lists["approved"]
        kept = history_q.of_unit_year(s, "TDP01", YEAR)
        people = {(r.kind, r.subject) for r in kept if r.kind != "unit"}
        assert people == {(c.kind, c.code) for c in approved.lists["approved"]}
        assert all(r.source == "approved" and r.title for r in kept)
        assert any(r.kind == "unit" for r in kept) == bool(approved.group.recognised)
        assert history_q.of_unit_year(s, "TDP02", YEAR) == []  # not approved: nothing kept
        household = next(c.code for c in approved.lists["approved"] if c.kind == "household")
        running = history_q.consecutive_years(s, "household", [household, "nobody"], YEAR + 1)
        assert running["nobody"] == 0
        before = history.history_of(s, "household", household, YEAR).consecutive()  # earlier years only
        assert (
            running[household]
            == before + 1
            == history.history_of(s, "household", household, YEAR + 1).consecutive()
        )

        review.reopen(s, bcd, YEAR, "TDP01", "Bình xét lại theo ý kiến của các hộ")
        assert history_q.of_unit_year(s, "TDP01", YEAR) == []
        review.approve(s, bcd, YEAR, "TDP01", self_assessment_checked=True, today=date(YEAR, 12, 20))
        assert len(history_q.of_unit_year(s, "TDP01", YEAR)) == len(kept)
        s.commit()


def test_streak_counts_years_running_up_to_the_year_before():
    assert history_q.streak([2023, 2024, 2025], 2026) == 3
    assert history_q.streak([2022, 2024, 2025], 2026) == 2
    assert history_q.streak([2023, 2024], 2026) == 0  # not recognised last year
    assert history_q.streak([], 2026) == 0


# ---- end to end: the three-year demo town, and a household recognised three years running


@pytest.fixture
def three_years(app, database_url, tmp_path, monkeypatch):
    """`kieumau demo --years 3`: 2024 and 2025 fully approved, 2026 as the one-year demo."""
    result = run_demo(monkeypatch, tmp_path / "data", database_url, years=3, households=100)
    assert f"{YEAR - 2}: " in result.output and f"{YEAR - 1}: " in result.output
    return app


def _post(url: str, token: str, xml: bytes) -> None:
    resp = requests.post(
        f"{url}/key/{token}/submission",
        files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
        headers={"X-OpenRosa-Version": "1.0"},
        timeout=60,
    )
    assert resp.status_code == 201, resp.text


def test_a_household_recognised_three_years_running_meets_gd15_without_being_asked(three_years, live_server):
    app, url, nxt = three_years, live_server.url, YEAR + 1
    with app.app_context():
        s = db.session()
        # each earlier year: every group met and was approved; the last year as the one-year demo
        assert {r.unit_code for r in history_q.of_year(s, YEAR - 2)} == {"TDP01", "TDP02"}
        assert {r.unit_code for r in history_q.of_year(s, YEAR - 1)} == {"TDP01", "TDP02"}
        assert {r.unit_code for r in history_q.of_year(s, YEAR) if r.source == "approved"} == {"TDP01"}
        approved = {
            y: {
                r.subject for r in history_q.of_year(s, y) if r.kind == "household" and r.source == "approved"
            }
            for y in (YEAR - 2, YEAR - 1, YEAR)
        }
        three = sorted(approved[YEAR - 2] & approved[YEAR - 1] & approved[YEAR])
        not_last = sorted(h for h in approved[YEAR - 1] - approved[YEAR] if h.startswith("TDP02"))
        assert three and not_last
        xml = forms_q.current_version(s, forms_q.by_xml_id(s, "gia_dinh_kieu_mau")).xml
        tokens = {
            code: accounts.new_token(users_q.by_username(s, f"tnv{code[-2:]}")) for code in ("TDP01", "TDP02")
        }
        s.commit()
    assert b"so_nam_gdvh" not in xml  # the history question is no longer asked
    for code, unit in ((three[0], "TDP01"), (not_last[0], "TDP02")):
        answers = {"unit": unit, "year": nxt, "new_household": "no", "household": code, "hh_members": 3}
        answers.update(demo.HOUSEHOLD_OK, so_bhyt=3, so_tre_tuoi_hoc=0, so_lao_dong=2, so_co_viec=2)
        _post(url, tokens[unit], fill_instance(xml, answers, f"uuid:{uuid.uuid4()}"))
    with app.app_context():
        scorer.catch_up(db.session())
        scores = {s.subject: s for s in db.session().query(Score).filter_by(year=nxt, kind="household")}
    met = {c["code"]: c["passed"] for c in scores[three[0]].criteria}
    assert met["GD15"] is True and scores[three[0]].title_reached
    missed = {c["code"]: c["passed"] for c in scores[not_last[0]].criteria}
    assert missed["GD15"] is False and not scores[not_last[0]].title_reached  # mandatory

    # the API entry: the household's recognitions across the years, and why GD15 was met
    entries = api(url, f"/years/{nxt}/units/TDP01/households", "bcd").json()["households"]
    entry = next(e for e in entries if e["code"] == three[0])
    kept = [(h["year"], h["title"], h["source"]) for h in entry["history"] if h["source"] == "approved"]
    assert kept == [(y, "Gia đình kiểu mẫu", "approved") for y in (YEAR - 2, YEAR - 1, YEAR)]
    assert entry["consecutive_years"] >= 3
    gd15 = next(c for c in entry["criteria"] if c["code"] == "GD15")
    assert gd15["passed"] and gd15["decided_by"] == [["lich_su_cong_nhan", str(entry["consecutive_years"])]]
    citizens = api(url, f"/years/{YEAR}/units/TDP01/citizens", "bvd01").json()["citizens"]
    assert any(h["year"] == YEAR - 1 for c in citizens for h in c["history"])

    # a board asking for another unit's households (with their recognition years) is refused
    for user, unit in (("bvd01", "TDP02"), ("bvd02", "TDP01")):
        refused = api(url, f"/years/{nxt}/units/{unit}/households", user)
        assert refused.status_code == 403 and refused.json()["error"]["en"], refused.text
        assert "history" not in refused.text


# ---- a group's consecutive years, and the edit, rescore and page paths


def _sheet_reads_history(app, form_id: str, code: str) -> None:
    """The committee rewrites criterion `code` of the form as `consecutive-years() >= 3`."""
    with app.app_context():
        s = db.session()
        version = forms_q.current_version(s, forms_q.by_xml_id(s, form_id))
        sheet = dict(version.scoring)
        sheet["criteria"] = [
            {**c, "condition_text": "consecutive-years() >= 3"} if c["code"] == code else c
            for c in sheet["criteria"]
        ]
        version.scoring = sheet
        s.commit()


def _criterion(app, kind: str, subject: str, code: str) -> bool:
    with app.app_context():
        score = db.session().query(Score).filter_by(year=2026, kind=kind, subject=subject, counts=True).one()
        return next(c["passed"] for c in score.criteria if c["code"] == code)


def test_a_groups_consecutive_years_and_every_scoring_path_read_the_history(town):
    """TDP01 was a «Tổ dân phố văn hóa» 2023-2025, TDP02 only 2025: a group criterion reading
    the unit's history passes for the first only; an edit, a rescore and the pages' reasons
    agree; the households' history (town fixture: 2023-2025) holds through an edit too."""
    _sheet_reads_history(town, "to_dan_pho_kieu_mau", "TDP08")
    rows = "year,unit,title\n" + "".join(f"{y},TDP01,Tổ dân phố văn hóa\n" for y in (2023, 2024, 2025))
    with town.app_context():
        import_history(db.session(), (rows + "2025,TDP02,Tổ dân phố văn hóa\n").encode(), "to.csv")
        db.session().commit()
    for unit in ("TDP01", "TDP02"):
        campaign.send(town, "to_dan_pho_kieu_mau", {**campaign.GROUP, "unit": unit}, f"uuid:g-{unit}")
    campaign.household(town, "TDP01", 1, "uuid:h1")
    campaign.household(town, "TDP01", 1, "uuid:h1-edit", **{"meta/deprecatedID": "uuid:h1"})
    assert _criterion(town, "group", "TDP01", "TDP08") is True
    assert _criterion(town, "group", "TDP02", "TDP08") is False
    assert _criterion(town, "household", "TDP01-H1", "GD15") is True  # the edit read it too
    with town.app_context():
        results.rescore(db.session(), 2026)
        db.session().commit()
    assert _criterion(town, "group", "TDP01", "TDP08") is True
    assert _criterion(town, "group", "TDP02", "TDP08") is False
    assert _criterion(town, "household", "TDP01-H1", "GD15") is True
    with town.app_context():
        s = db.session()
        score = s.query(Score).filter_by(year=2026, kind="household", subject="TDP01-H1", counts=True).one()
        why = results.explain_many(s, [score.submission_id])[score.submission_id]
        assert why["GD15"] == [("lich_su_cong_nhan", "3")]
