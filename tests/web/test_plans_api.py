"""GET /api/v1/years/<y>/plans after `kieumau demo` (registrations, plans, a mid-year round,
an inspection): the results API's access rules, the roadmap measured by the round and by
the evaluation, the round kept out of every result, registered households flagged."""

from __future__ import annotations

import requests
from demotown import PW, YEAR, demo_town  # noqa: F401 - the fixture
from sqlalchemy import func, select

from server.store import db
from server.store.models import Score, Submission
from server.store.plan_models import Inspection, RoundScore


def api(url: str, path: str, user: str | None = "bcd") -> requests.Response:
    auth = (user, PW) if user else None
    return requests.get(f"{url}/api/v1/years/{YEAR}/{path}", auth=auth, timeout=60)


def test_plans_api_access_rules(demo_town, live_server):  # noqa: F811
    url = live_server.url
    units = api(url, "plans").json()["units"]
    assert [u["unit"] for u in units] == [
        "CQ01",
        "CQ02",
        "TDP01",
        "TDP02",
    ]  # the demo's agencies have no plan
    assert [u["unit"] for u in api(url, "plans", "bvd02").json()["units"]] == ["TDP02"]
    assert api(url, "plans", "tnv01").status_code == 403
    assert api(url, "plans", None).status_code == 401
    assert api(url, "plans?per_page=0").status_code == 400


def test_roadmap_measured_by_the_round_and_the_evaluation(demo_town, live_server):  # noqa: F811
    body = api(live_server.url, "plans").json()
    assert "pending" in body and "as_of" in body
    groups = [u for u in body["units"] if u["unit"].startswith("TDP")]  # the demo's agencies have no plan
    first = groups[0]
    assert first["plan_state"] == "approved" and groups[1]["plan_state"] == "draft"
    assert 0 < first["registered_households"] < 75
    water = next(c for c in first["focus_criteria"] if c["code"] == "GD05")
    assert water["target_share"] == 0.95 and water["target_date"] == f"{YEAR}-06-30"
    assert water["responsible"] == "Chi hội Phụ nữ"
    sources = [m["source"] for m in water["measures"]]
    assert sources == ["round", "evaluation"]
    assert water["status"] in ("met", "behind") and water["reason"]["vi"] and water["reason"]["en"]
    assert first["behind"] == sum(c["status"] == "behind" for c in first["focus_criteria"])


def test_the_round_counts_for_nothing(demo_town, live_server):  # noqa: F811
    with demo_town.app_context():
        session = db.session()
        in_round = session.scalar(select(func.count()).select_from(RoundScore))
        assert in_round > 0
        scored_in_round = session.scalar(
            select(func.count()).select_from(Score).join(Submission).where(Submission.round_id.is_not(None))
        )
        assert scored_in_round == 0
        counting = session.scalar(
            select(func.count()).select_from(Score).where(Score.kind == "household", Score.counts.is_(True))
        )
        assert session.scalar(select(func.count()).select_from(Inspection)) == 1
    units = {u["code"]: u for u in api(live_server.url, "units").json()["units"]}
    assert units["PS"]["figures"]["households_surveyed"] == counting  # the round's households are not in it


def test_registered_households_are_flagged(demo_town, live_server):  # noqa: F811
    rows = api(live_server.url, "units/TDP01/households?per_page=1000").json()["households"]
    flags = {r["registered"] for r in rows}
    assert flags == {True, False}  # the demo registers about 90%: the others are surveyed, and flagged
    proposals = api(live_server.url, "proposals?unit=TDP01").json()["units"][0]["proposed"]
    assert all("registered" in p for p in proposals)
    citizens = api(live_server.url, "units/TDP01/citizens?per_page=1000").json()["citizens"]
    registered_homes = {r["code"] for r in rows if r["registered"]}
    assert any(c["registered"] for c in citizens) and registered_homes
