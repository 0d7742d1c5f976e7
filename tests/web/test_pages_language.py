"""The pages speak the reader's language throughout: a title check explained from its figures
(no "model households" or "điểm / points" on a Vietnamese page), numbers with the Vietnamese
decimal comma (the English page with a point), unit kinds by name, and a download that does
not exist yet is an HTML page, not the API's JSON."""

from __future__ import annotations

import demotown
from demotown import YEAR, sign_in

from server.domain import results_view
from server.formats.numbers import number, percent
from server.store import db
from server.store import users as users_q

demo_town = demotown.demo_town


def _share_check(app) -> dict:
    with app.app_context():
        session = db.session()
        detail = results_view.unit_detail(session, users_q.by_username(session, "bcd"), YEAR, "TDP01")
    return next(c for c in detail["title_checks"] if c["key"] == "household_share")


def test_title_checks_and_numbers_in_vietnamese_then_english(demo_town, client):
    sign_in(client, "bcd")
    check = _share_check(demo_town)
    share = 100 * check["model"] / check["registry"]
    page = client.get(f"/years/{YEAR}/units/TDP01").text
    assert f"{check['model']}/{check['registry']} = {percent(share, 'vi')}, cần 70%" in page
    for english in ("model households", "model citizens", "điểm / points", "đạt / reached", "group criteria"):
        assert english not in page
    assert "điểm, " in page  # the group's own criteria, said in Vietnamese
    client.get("/lang/en")
    page = client.get(f"/years/{YEAR}/units/TDP01").text
    assert f"= {percent(share, 'en')}, needs 70%" in page
    assert "hộ kiểu mẫu" not in page and "cần" not in page


def test_decimals_use_the_readers_separator():
    assert (number(61.53), number(61.53, "en"), number(1234), number(1234, "en")) == (
        "61,53", "61.53", "1.234", "1,234",
    )  # fmt: skip
    assert percent(61.54) == "61,5%" and percent(61.54, "en") == "61.5%"


def test_unit_kind_is_named_and_a_missing_minutes_link_is_a_page(demo_town, client):
    sign_in(client, "bcd")
    town = client.get(f"/years/{YEAR}/units/PS").text
    assert "Phường" in town and ">ward<" not in town and ">town<" not in town
    minutes = f"/reports/{YEAR}/units/TDP02/minutes.pdf"  # TDP02 has not met
    browser = client.get(minutes, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.status_code == 404 and browser.mimetype == "text/html"
    assert "<!doctype html>" in browser.text.lower() and '"error"' not in browser.text
    script = client.get(minutes, headers={"Accept": "*/*"})
    assert script.status_code == 404 and script.json["error"]["status"] == 404
