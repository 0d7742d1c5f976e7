"""Integers too big for the database in URLs and query strings: every <int:...> route and
paging parameter answers 404 or 400, never 500, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest

from conftest import add_unit, add_user, publish
from orhelpers import UNIT_CSV, household_form
from pagehelpers import csrf, sign_in

BIG = [2**31, 10**30]


VARIABLE = re.compile(r"<(?:(\w+)(?:\(([^)]*)\))?:)?(\w+)>")  # <converter(args):name> of a rule


def _int_rules(app) -> list:
    """The rules with an <int:...> part, read from their public pattern text."""
    rules = [r for r in app.url_map.iter_rules() if any(m[0] == "int" for m in VARIABLE.findall(r.rule))]
    assert len(rules) > 10  # the routes below are found, not an empty loop
    return rules


def _url(rule, big: int) -> str:
    """The rule's path with `big` for each int and a plausible value for the rest."""

    def value(match: re.Match) -> str:
        converter, args = match.group(1), match.group(2)
        if converter == "int":
            return str(big)
        if converter == "any":
            return args.split(",")[0].strip()
        return "TDP1"

    return VARIABLE.sub(value, rule.rule)


@pytest.fixture
def signed_in(app, client):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_user(app, "boss", "admin")
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    sign_in(client, "boss")
    return client


@pytest.mark.parametrize("big", BIG, ids=["2^31", "10^30"])
def test_every_int_route_answers_404_for_an_integer_the_database_cannot_hold(app, signed_in, big):
    token = csrf(signed_in, "/")
    seen = []
    for rule in _int_rules(app):
        url = _url(rule, big)
        assert "<" not in url, url
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = signed_in.open(url, method=method, data={"csrf_token": token})
            seen.append((method, url, resp.status_code))
    assert [s for s in seen if s[2] != 404] == []


def test_the_largest_int_is_still_routed(app, signed_in):
    """2^31 - 1 reaches the view (which finds nothing), so the bound is where it belongs."""
    resp = signed_in.get(f"/submissions/{2**31 - 1}")
    assert resp.status_code == 404
    assert signed_in.get("/years/2026").status_code == 200


@pytest.mark.parametrize(
    "query",
    [f"page={2**31}", f"per_page={2**63}", f"page={10**30}&per_page=5", "page=9" * 3000, "per_page=-1"],
    ids=["page-2^31", "per_page-2^63", "page-10^30", "page-huge-text", "negative"],
)
def test_paging_parameters_never_give_500(app, signed_in, query):
    for path in ("/api/v1/years/2026/units", "/years/2026/units/TDP1/households"):
        resp = signed_in.get(f"{path}?{query}")
        assert resp.status_code in (200, 400), (path, query, resp.status_code)
