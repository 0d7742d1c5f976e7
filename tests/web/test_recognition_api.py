"""GET /api/v1/years/<y>/recognition after `kieumau demo`: the stages per unit and for the
town, the access rules of the results API, and a group that loses its title at its meeting."""

from __future__ import annotations

import requests
from demotown import PW, YEAR, demo_town, reject_until_below  # noqa: F401 - the fixture


def api(url: str, path: str, user: str | None = "bcd") -> requests.Response:
    auth = (user, PW) if user else None
    return requests.get(f"{url}/api/v1/years/{YEAR}/{path}", auth=auth, timeout=60)


def test_recognition_view_access_rules(demo_town, live_server):  # noqa: F811
    url = live_server.url
    assert [u["code"] for u in api(url, "recognition").json()["units"]] == ["CQ01", "CQ02", "TDP01", "TDP02"]
    board = api(url, "recognition", "bvd02").json()
    assert [u["code"] for u in board["units"]] == ["TDP02"]
    assert api(url, "recognition?unit=TDP01", "bvd02").status_code == 403
    assert api(url, "recognition?unit=NOPE").status_code == 404
    assert api(url, "recognition", "tnv01").status_code == 403
    assert api(url, "recognition", None).status_code == 401


def test_recognition_view_stages_add_up(demo_town, live_server):  # noqa: F811
    view = api(live_server.url, "recognition").json()
    town, units = view["town"], view["units"]
    assert town["base"] == "registry" and all(u["base"] == "registry" for u in units)
    for stage in ("proposed", "agreed", "approved"):
        for kind in ("households", "citizens"):
            assert town["stages"][stage][kind] == sum(u["stages"][stage][kind] for u in units)
    for u in units:
        approved = u["stages"]["approved"]
        assert len(u["lists"]["approved"]["households"]) == approved["households"]
        assert len(u["lists"]["approved"]["citizens"]) == approved["citizens"]
        if u["registry"]["households"]:  # an agency has none
            share = approved["households"] / u["registry"]["households"]
            assert approved["household_share"] == round(share, 4)
    # the demo approves TDP01 and leaves TDP02 unreviewed
    by_code = {u["code"]: u for u in units}
    assert by_code["TDP01"]["review_state"] == "approved" and by_code["TDP01"]["in_documents"]
    assert by_code["TDP02"]["stages"]["approved"]["households"] == 0
    assert by_code["TDP02"]["group_title"]["provisional"] is True
    # the demo's first agency waits for the committee, the second has not met
    assert town["included"] == ["TDP01"] and [p["code"] for p in town["pending"]] == ["CQ01", "CQ02", "TDP02"]
    assert town["draft"] is True


def test_group_below_threshold_after_meeting_is_not_recognised(demo_town, live_server):  # noqa: F811
    url = live_server.url
    kept = reject_until_below(demo_town, "TDP01")
    unit = next(u for u in api(url, "recognition").json()["units"] if u["code"] == "TDP01")
    assert unit["stages"]["approved"]["households"] == kept
    assert unit["group_title"]["reached"] is False and unit["group_title"]["recognised"] is False
    assert not next(c for c in unit["group_title"]["checks"] if c["key"] == "household_share")["passed"]


def test_results_figures_agree_with_the_lists_and_a_board_sees_what_the_committee_sees(
    demo_town,  # noqa: F811
    live_server,
):
    """The results pages and API count the proposals (one grouped query, no names) and read
    only the units a reader's rows need; the recognition view lists them by name. After the
    board refuses some (agree True, False and None all present), both agree per unit and
    stage, and a board member's row (figures, rank, title) is the committee's row."""
    url = live_server.url
    reject_until_below(demo_town, "TDP01")
    named = {u["code"]: u for u in api(url, "recognition").json()["units"]}
    counted = {u["code"]: u for u in api(url, "units").json()["units"]}
    tdp01, tdp02 = named["TDP01"]["stages"], named["TDP02"]["stages"]
    assert tdp01["proposed"]["households"] > tdp01["agreed"]["households"]  # some refused
    assert tdp02["proposed"]["households"] > 0  # undecided: nobody voted yet
    for code, unit in named.items():
        for stage in ("proposed", "agreed", "approved"):
            for kind in ("households", "citizens"):
                assert counted[code]["recognition"]["stages"][stage][kind] == unit["stages"][stage][kind], (
                    code,
                    stage,
                    kind,
                )
        assert counted[code]["recognition"]["review_state"] == unit["review_state"]
    for board, code in (("bvd01", "TDP01"), ("bvd02", "TDP02")):
        [mine] = api(url, "units", board).json()["units"]
        assert mine["code"] == code
        for key in ("recognition", "rank", "rank_of", "rank_stage", "title_reached", "title_label"):
            assert mine.get(key) == counted[code].get(key), (board, key)
