"""The year-end summary over three years of `kieumau demo`: GET /api/v1/years/<y>/summary
counts what GET /api/v1/years/<y>/recognition approves, year by year; the báo cáo tổng kết
(/reports/<y>/summary.pdf), read back from the file, prints the JSON's totals, units and
title changes; the page shows them. A unit's title change follows from /recognition of its
two years, and a change to the year before changes the next year's report. Then the hostile cases:
boards and volunteers, a year without data, a year out of range, a committee member scoped
to one group."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
import pytest
import requests
from demotown import PW, approve_all, demo_town, reject_until_below, run_demo, sign_in  # noqa: F401 - a fixture

from conftest import PASSWORD, add_user
from server.formats.documents import vn_number

YEARS = (2025, 2026, 2027)


@pytest.fixture
def three_years(app, database_url, tmp_path, monkeypatch):
    """`kieumau demo --years 3`: 2025 and 2026 complete (every list approved), 2027 with
    TDP01 approved and TDP02 not reviewed."""
    run_demo(monkeypatch, tmp_path / "data", database_url, year=2027, years=3)
    return app


def get(url: str, path: str, user: str | None = "bcd", password: str = PW) -> requests.Response:
    return requests.get(f"{url}{path}", auth=(user, password) if user else None, timeout=300)


def ok(url: str, path: str) -> requests.Response:
    resp = get(url, path)
    assert resp.status_code == 200, (path, resp.text[:300])
    return resp


def pdf_text(content: bytes) -> str:
    with pdfplumber.open(io.BytesIO(content)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def share(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}".replace(".", ",")


def expected_change(before: dict | None, now: dict) -> str:
    """What the summary should say of a unit's title, from /recognition of the two years."""
    if now["group_title"]["reached"] is None:
        return ""
    proposed = now["stages"]["proposed"]
    if not now["in_documents"] and proposed["households"] + proposed["citizens"]:
        return "pending"
    had = bool(before and before["group_title"]["recognised"])
    has = now["group_title"]["recognised"]
    return {(True, True): "kept", (False, True): "gained", (True, False): "lost", (False, False): "none"}[
        had, has
    ]


def check_against_recognition(url: str, view: dict) -> None:
    """Every recognised count of the summary is the approved stage of /recognition that year,
    and each title change follows from /recognition of the year and the one before."""
    recs = {}
    for t in view["town"]:
        rec = recs[t["year"]] = ok(url, f"/api/v1/years/{t['year']}/recognition").json()
        approved = rec["town"]["stages"]["approved"]
        assert t["households"]["recognised"] == approved["households"]
        assert t["citizens"]["recognised"] == approved["citizens"]
        assert t["groups"]["recognised"] == approved["groups"]
        assert t["households"]["registry"] == rec["town"]["registry"]["households"]
        assert t["draft"] == rec["town"]["draft"]
        units = {u["code"]: u for u in rec["units"]}
        for u in view["units"]:
            point = next((p for p in u["years"] if p["year"] == t["year"]), None)
            if point is not None:
                assert (
                    point["households"]["recognised"] == units[u["code"]]["stages"]["approved"]["households"]
                )
                assert point["title"] == units[u["code"]]["group_title"]["recognised"]
    now = {u["code"]: u for u in recs[view["year"]]["units"]}
    before = {u["code"]: u for u in recs[view["previous_year"]]["units"]} if view["previous_year"] else {}
    for u in view["units"]:
        assert u["title_change"] == expected_change(before.get(u["code"]), now[u["code"]]), u["code"]
        listed = view["title_changes"].get(u["title_change"])
        assert listed is None or {"code": u["code"], "name": u["name"]} in listed


def check_pdf(url: str, view: dict) -> str:
    """The PDF prints the JSON: the year's sentence, the years' table, each unit, the changes."""
    resp = ok(url, f"/reports/{view['year']}/summary.pdf")
    assert resp.headers["Content-Type"] == "application/pdf"
    text = pdf_text(resp.content)
    now, town = view["town"][-1], view["town"]
    hh, cit, groups = now["households"], now["citizens"], now["groups"]
    sentence = (
        f"{vn_number(hh['recognised'])} hộ gia đình được công nhận “Gia đình kiểu mẫu” ({share(hh['share'])}%"
    )
    assert f"có {sentence}" in text
    assert (
        f"{vn_number(cit['recognised'])} công dân được công nhận “Công dân kiểu mẫu” ({share(cit['share'])}%"
        in text
    )
    for k in view["kinds"]:  # each kind of unit in its own words: residential groups, agencies
        g = now["by_kind"][k["kind"]]["groups"]
        if g["judged"]:
            assert f"{g['recognised']}/{g['judged']} {k['noun_lower']} được công nhận “{k['title']}”" in text
            years = " ".join(str(t["by_kind"][k["kind"]]["groups"]["recognised"]) for t in town)
            assert f"{k['title']} được công nhận {years}" in text
    assert (
        sum(now["by_kind"][k["kind"]]["groups"]["recognised"] for k in view["kinds"]) == groups["recognised"]
    )
    row = lambda part, key: " ".join(vn_number(t[part][key]) for t in town)  # noqa: E731
    assert f"Gia đình kiểu mẫu được công nhận (hộ) {row('households', 'recognised')}" in text
    assert f"Công dân kiểu mẫu được công nhận (người) {row('citizens', 'recognised')}" in text
    assert f"Số hộ đăng ký thi đua {row('households', 'registered')}" in text
    assert f"Tổng cộng {vn_number(hh['recognised'])} {share(hh['share'])}" in text
    for i, u in enumerate(view["units"], start=1):
        cur = u["years"][-1]["households"]
        assert f"{i} {u['name']} {vn_number(cur['recognised'])} {share(cur['share'])}" in text
    for m in view["missed_criteria"]:
        assert (
            f"{m['code']}: " in text
            and f"{vn_number(m['missed'])} {vn_number(m['assessed'])} {share(m['rate'])}" in text
        )
    gained = ", ".join(u["name"] for u in view["title_changes"]["gained"]) or "không có"
    lost = ", ".join(u["name"] for u in view["title_changes"]["lost"]) or "không có"
    if view["previous_year"]:
        assert f"(năm {view['previous_year']} chưa đạt): {gained}." in text
        assert f"(năm {view['previous_year']} đã đạt): {lost}." in text
    else:
        assert (
            f"Năm {view['year']} là năm đầu có số liệu" in text and f"danh hiệu của đơn vị: {gained}." in text
        )
    assert ("DỰ THẢO" in text) == view["draft"]
    return text


def test_summary_counts_the_approved_recognition_and_the_pdf_prints_the_json(
    three_years, live_server, client
):
    url = live_server.url
    first = ok(url, "/api/v1/years/2025/summary").json()
    assert first["years"] == [2025] and first["previous_year"] is None and first["has_data"]
    check_against_recognition(url, first)
    check_pdf(url, first)
    view = ok(url, "/api/v1/years/2026/summary").json()
    assert view["years"] == [2025, 2026] and view["stage"] == "approved" and view["previous_year"] == 2025
    check_against_recognition(url, view)
    check_pdf(url, view)

    view = ok(url, "/api/v1/years/2027/summary").json()
    assert view["years"] == list(YEARS) and len(view["units"]) == 4  # two groups, two agencies
    check_against_recognition(url, view)
    # the demo leaves TDP02's list unreviewed: not counted, the report a draft
    pending = [u["code"] for u in view["title_changes"]["pending"]]
    assert pending == ["CQ01", "CQ02", "TDP02"] and view["draft"]  # the demo's agencies wait too
    before = ok(url, "/reports/2027/summary.pdf")
    assert "du thao" in before.headers["Content-Disposition"]

    # the committee approves TDP02's and the agencies' 2027 lists: counted now, no longer a draft
    for code in ("TDP02", "CQ01", "CQ02"):
        approve_all(three_years, code, year=2027)
    view = ok(url, "/api/v1/years/2027/summary").json()
    assert not view["draft"] and view["title_changes"]["pending"] == []
    check_against_recognition(url, view)
    check_pdf(url, view)
    after = ok(url, "/reports/2027/summary.pdf")
    assert after.headers["ETag"] != before.headers["ETag"]

    # TDP01's 2026 list reopened and cut below the threshold: 2027's report shows it
    kept = reject_until_below(three_years, "TDP01", year=2026)
    view = ok(url, "/api/v1/years/2027/summary").json()
    tdp01 = next(u for u in view["units"] if u["code"] == "TDP01")
    assert next(p for p in tdp01["years"] if p["year"] == 2026)["households"]["recognised"] == kept
    assert next(p for p in tdp01["years"] if p["year"] == 2026)["title"] is False
    check_against_recognition(url, view)
    check_pdf(url, view)
    assert ok(url, "/reports/2027/summary.pdf").headers["ETag"] != after.headers["ETag"]

    # the page shows the same figures, with the charts inline
    sign_in(client, "bcd")
    page = client.get("/years/2027/summary")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    now = view["town"][-1]
    assert f"<strong>{now['households']['recognised']}</strong>" in html
    for k in view["kinds"]:  # each kind of unit's title: the groups', the agencies'
        g = (now["by_kind"].get(k["kind"]) or {}).get("groups")
        if g and g["judged"]:
            assert f"<strong>{g['recognised']}/{g['judged']}</strong>" in html
    assert html.count("<svg") >= 1 + 2 * len(view["units"]) and "/reports/2027/summary.pdf" in html
    assert 'href="/years/2025/summary"' in html
    assert "summary.pdf" in client.get("/years/2027").get_data(as_text=True)  # linked from the results


def test_who_may_read_it_and_years_without_data(demo_town, live_server, client):  # noqa: F811
    url = live_server.url
    add_user(demo_town, "bcd01", "committee", ("TDP01",))
    for path in ("/api/v1/years/2026/summary", "/reports/2026/summary.pdf"):
        for user in ("bvd01", "tnv01"):
            resp = get(url, path, user)
            assert resp.status_code == 403, (path, user)
            assert resp.json()["error"]["vi"] and resp.json()["error"]["en"]
        assert get(url, path, None).status_code == 401
    for user in ("bvd01", "tnv01"):
        other = demo_town.test_client()
        sign_in(other, user)
        assert other.get("/years/2026/summary").status_code == 403
        assert other.get("/summary/").status_code == 403
    assert client.get("/years/2026/summary").status_code == 302  # signed out: to the login page

    # a committee member of one group reads that group's summary only
    scoped = get(url, "/api/v1/years/2026/summary", "bcd01", PASSWORD).json()
    town = get(url, "/api/v1/years/2026/summary").json()
    assert [u["code"] for u in scoped["units"]] == ["TDP01"] and len(town["units"]) == 4  # and two agencies
    tdp01 = next(u for u in town["units"] if u["code"] == "TDP01")["years"][-1]
    assert scoped["town"][-1]["households"] == tdp01["households"]

    # a year with no data: a clear answer, not a crash; the years before it are kept
    for year, before in ((2024, []), (2030, [2026])):
        view = get(url, f"/api/v1/years/{year}/summary").json()
        assert not view["has_data"] and view["years"] == before and view["units"] == []
        resp = get(url, f"/reports/{year}/summary.pdf")
        assert resp.status_code == 404 and f"Chưa có kết quả năm {year}" in resp.json()["error"]["vi"]
    sign_in(client, "bcd")
    page = client.get("/years/2024/summary").get_data(as_text=True)
    assert "Chưa có số liệu năm 2024." in page and 'href="/years/2026/summary"' in page
    assert client.get("/summary/").headers["Location"].endswith("/years/2026/summary")

    # out of range: 404 with the reason, in both languages
    for year in (1999, 2101, 99999):
        for path in (f"/api/v1/years/{year}/summary", f"/reports/{year}/summary.pdf"):
            resp = get(url, path)
            assert resp.status_code == 404, path
            assert (
                "ngoài phạm vi" in resp.json()["error"]["vi"] and "out of range" in resp.json()["error"]["en"]
            )
        page = client.get(f"/years/{year}/summary")
        assert page.status_code == 404 and "ngoài phạm vi" in page.get_data(as_text=True)
    assert get(url, f"/api/v1/years/{2**31}/summary").status_code == 404
    assert client.get(f"/years/{2**31}/summary").status_code == 404
