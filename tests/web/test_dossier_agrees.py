"""The dossier agrees with itself and with GET /api/v1/years/<y>/recognition: after `kieumau
demo` and a board that refuses enough households to lose its group the title, the tờ trình,
its annexed list, the decision and its annex, the certificates, units.csv / units.xlsx and
the results page all show the JSON view's totals and names, read back from the files."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

import openpyxl
import pdfplumber
import requests
from demotown import PW, YEAR, approve_all, demo_town, reject_until_below, sign_in  # noqa: F401

from server.formats.documents import vn_number


def get(url: str, path: str) -> requests.Response:
    resp = requests.get(f"{url}{path}", auth=("bcd", PW), timeout=300)
    assert resp.status_code == 200, (path, resp.text[:300])
    return resp


def pdf_text(url: str, path: str) -> str:
    with pdfplumber.open(io.BytesIO(get(url, f"/reports/{YEAR}/{path}").content)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return unicodedata.normalize("NFC", text)


def flat(text: str) -> str:
    """Lines joined with spaces: a sentence may wrap anywhere."""
    return re.sub(r"\s+", " ", text)


def check_dossier(url: str) -> dict:
    view = get(url, f"/api/v1/years/{YEAR}/recognition").json()
    town, units = view["town"], view["units"]
    approved = town["stages"]["approved"]
    hh, cit, groups = approved["households"], approved["citizens"], approved["groups"]
    included = [u for u in units if u["code"] in town["included"]]
    names = {
        kind: [p["name"] for u in included for p in u["lists"]["approved"][kind]]
        for kind in ("households", "citizens")
    }
    assert len(names["households"]) == hh and len(names["citizens"]) == cit
    pending = [p["name"] for p in town["pending"]]

    # the demo's agencies (CQ…): their staff and their own title are named by their kind
    agencies = [u for u in included if u["code"].startswith("CQ")]
    staff = sum(len(u["lists"]["approved"]["citizens"]) for u in agencies)
    agency_titles = sum(bool(u["group_title"]["recognised"]) for u in agencies)
    submission = flat(pdf_text(url, "submission.pdf"))
    assert f"“Gia đình kiểu mẫu” cho {vn_number(hh)} hộ gia đình" in submission
    assert f"“Công dân kiểu mẫu” cho {vn_number(cit - staff)} công dân" in submission
    assert f"“Tổ dân phố kiểu mẫu” cho {groups - agency_titles} tổ dân phố" in submission
    if agencies:
        assert f"“Cán bộ, công chức, viên chức kiểu mẫu” cho {vn_number(staff)} cán bộ" in submission
        assert f"“Cơ quan, đơn vị kiểu mẫu” cho {agency_titles} cơ quan, đơn vị" in submission
    registry_hh = sum(u["registry"]["households"] for u in included)
    share = f"{100 * hh / registry_hh:.1f}".replace(".", ",")
    assert f"Tổng cộng {vn_number(registry_hh)} {vn_number(hh)} {share}" in submission  # over the registry

    annexed = pdf_text(url, "proposals.pdf")
    assert f"Tổng số đề nghị: {vn_number(hh)} hộ gia đình" in flat(annexed)
    assert f"{vn_number(cit - staff)} công dân" in flat(annexed)
    decision = pdf_text(url, "decision.pdf")
    assert f"{vn_number(hh)} hộ gia đình đạt danh hiệu" in flat(decision)
    assert f"{vn_number(cit - staff)} công dân đạt danh hiệu" in flat(decision)
    if agencies:
        assert f"{vn_number(staff)} cán bộ, công chức, viên chức đạt danh hiệu" in flat(decision)
    for text in (annexed, decision):
        for name in names["households"] + names["citizens"]:
            assert name in text
        assert ("DỰ THẢO" in text) == town["draft"]
        for unit_name in pending:  # named in the note, with no section of its own
            assert unit_name in flat(text).split("chưa đưa vào danh sách:")[1]
            assert f". {unit_name} (" not in text
    assert ("DỰ THẢO" in submission) == town["draft"]

    certificates = flat(pdf_text(url, "certificates.pdf?kind=household")).upper()
    assert certificates.count("“GIA ĐÌNH KIỂU MẪU”") == hh
    assert certificates.count("GIA ĐÌNH ÔNG:") == hh  # the demo's heads are men, by the registry
    certificates = flat(pdf_text(url, "certificates.pdf?kind=citizen")).upper()
    assert certificates.count("“CÔNG DÂN KIỂU MẪU”") == cit - staff
    assert certificates.count("“CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC KIỂU MẪU”") == staff

    rows = list(csv.reader(io.StringIO(get(url, f"/reports/{YEAR}/units.csv").content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(get(url, f"/reports/{YEAR}/units.xlsx").content))["Đơn vị"]
    xlsx = [[("" if c is None else str(c)) for c in r] for r in sheet.iter_rows(values_only=True)]
    for table in (rows, xlsx):
        col = {h: i for i, h in enumerate(table[0])}
        by_code = {r[0]: r for r in table[1:]}
        for u in units:
            row = by_code[u["code"]]
            assert row[col["Danh hiệu của đơn vị"]] == u["group_title"]["label"]  # a group's or an agency's
            assert int(row[col["Hộ: BCĐ phê duyệt"]]) == u["stages"]["approved"]["households"]
            assert int(row[col["Công dân: Ban vận động đồng ý"]]) == u["stages"]["agreed"]["citizens"]
    return view


def test_dossier_matches_the_json_view_after_board_rejections(demo_town, live_server, client):  # noqa: F811
    url = live_server.url
    kept = reject_until_below(demo_town, "TDP01")
    view = check_dossier(url)
    tdp01 = next(u for u in view["units"] if u["code"] == "TDP01")
    assert tdp01["stages"]["approved"]["households"] == kept
    assert tdp01["group_title"]["reached"] is False and view["town"]["stages"]["approved"]["groups"] == 0
    pending = [p["code"] for p in view["town"]["pending"]]
    assert view["town"]["draft"] and pending == ["CQ01", "CQ02", "TDP02"]  # the demo's agencies too
    # the pages say the same: the group is not recognised
    api_unit = get(url, f"/api/v1/years/{YEAR}/units/TDP01").json()
    assert api_unit["title_reached"] is False
    sign_in(client, "bcd")
    page = client.get(f"/years/{YEAR}/units/TDP01").get_data(as_text=True)
    assert "chưa đạt" in page and "Ban vận động đồng ý" in page
    # the results list shows each unit's model households at the stage all its groups have
    # reached, and ranks the two groups at theirs: TDP02 has not met, so both at "proposed"
    shown = check_results_page(url, client, view)
    assert shown["TDP01"]["stage"] == "approved" and shown["TDP01"]["households"] == kept
    assert shown["TDP02"]["stage"] == "proposed"
    assert {shown[c]["rank_stage"]["stage"] for c in ("TDP01", "TDP02")} == {"proposed"}

    approve_all(demo_town, "TDP02")
    approve_all(demo_town, "CQ01")  # the demo's agencies: the first waited for the committee
    approve_all(demo_town, "CQ02")
    view = check_dossier(url)
    assert not view["town"]["draft"] and view["town"]["pending"] == []
    assert view["town"]["included"] == ["CQ01", "CQ02", "TDP01", "TDP02"]
    shown = check_results_page(url, client, view)
    town_code = next(c for c in shown if c not in ("TDP01", "TDP02", "CQ01", "CQ02"))
    assert shown[town_code]["stage"] == "approved"
    assert shown[town_code]["households"] == view["town"]["stages"]["approved"]["households"]
    assert shown["TDP01"]["rank_stage"]["stage"] == "approved"


def check_results_page(url: str, client, view: dict) -> dict:
    """The units API and the results page show each unit's model households and citizens at
    its common stage, with the recognition view's counts, and say which stage. Returns
    code -> the stage shown, with counts and the rank's stage."""
    by_code = {u["code"]: u for u in view["units"]}
    units = get(url, f"/api/v1/years/{YEAR}/units").json()["units"]
    page = flat(re.sub(r"<[^>]+>", " ", client.get(f"/years/{YEAR}").get_data(as_text=True)))
    out = {}
    for u in units:
        shown = u["recognition"]["shown"]
        stage = u["recognition"]["stages"][shown["stage"]]
        assert (shown["households"], shown["citizens"]) == (stage["households"], stage["citizens"])
        if u["code"] in by_code:  # a group: the recognition view's own counts at that stage
            own = by_code[u["code"]]["stages"][shown["stage"]]
            assert (shown["households"], shown["citizens"]) == (own["households"], own["citizens"])
        label = {
            "proposed": "đề xuất theo điểm",
            "agreed": "Ban vận động đồng ý",
            "approved": "BCĐ phê duyệt",
        }
        registry = u["figures"]["households_registry"]
        expect = f"Gia đình kiểu mẫu · {label[shown['stage']]} {shown['households']}/{registry}"
        assert expect in page
        out[u["code"]] = {**shown, "rank_stage": u["rank_stage"]}
    return out
