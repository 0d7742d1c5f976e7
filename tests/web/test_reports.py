"""Downloads after `kieumau demo`, over real HTTP, read back: CSV (BOM, Vietnamese), XLSX
(openpyxl), PDFs (pdfplumber text); access rules; the report cache and ETags; the files
listing and the sync client's `results` download against it."""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
import uuid
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import openpyxl
import pdfplumber
import pytest
import requests
from click.testing import CliRunner
from demotown import run_demo
from sqlalchemy import select

from conftest import PASSWORD, add_unit, add_user, publish
from orhelpers import digest, post
from server.domain import accounts, demo, dossier, review
from server.domain.history_import import import_history
from server.domain.registry import import_roster
from server.errors import Invalid
from server.formats.documents import vn_number
from server.formats.instance import fill_instance
from server.store import db
from server.store import forms as forms_q
from server.store import users as users_q
from server.store.models import Household, Score, Unit
from server.store.report_cache import folder
from server.store.report_version import data_version
from sync.client import Client
from sync.results import download_results

YEAR = 2026
PW = demo.PASSWORD
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.fixture
def demo_town(app, database_url, tmp_path, monkeypatch):
    run_demo(monkeypatch, tmp_path / "demo-data", database_url)


def get(url: str, path: str, user: str | None = "bcd", **kw) -> requests.Response:
    auth = (user, PW) if user else None
    return requests.get(f"{url}{path}", auth=auth, timeout=300, **kw)


def report(url: str, path: str, user: str | None = "bcd", **kw) -> requests.Response:
    return get(url, f"/reports/{YEAR}/{path}", user, **kw)


def api(url: str, path: str, user: str = "bcd") -> dict:
    resp = get(url, f"/api/v1/years/{YEAR}/{path}", user)
    assert resp.status_code == 200, resp.text
    return resp.json()


def pdf_text(resp: requests.Response, png: str | None = None) -> str:
    assert resp.status_code == 200, resp.text
    assert resp.headers["Content-Type"] == "application/pdf" and resp.content.startswith(b"%PDF")
    if png:
        import pypdfium2

        OUTPUT.mkdir(exist_ok=True)
        pypdfium2.PdfDocument(resp.content)[0].render(scale=1).to_pil().save(OUTPUT / f"reports-{png}.png")
    with pdfplumber.open(io.BytesIO(resp.content)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return unicodedata.normalize("NFC", text)


def csv_rows(resp: requests.Response) -> list[list[str]]:
    assert resp.status_code == 200, resp.text
    assert resp.content.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))))


def test_committee_downloads_read_back(demo_town, live_server):
    url = live_server.url
    units = api(url, "units")["units"]
    figures = {u["code"]: u["figures"] for u in units}

    rows = csv_rows(report(url, "units.csv"))
    assert rows[0][:2] == ["Mã đơn vị", "Tên đơn vị"]
    assert [r[0] for r in rows[1:]] == ["PS", "CQ01", "CQ02", "TDP01", "TDP02"]  # the demo's agencies too
    assert rows[1][1] == "Phường Phong Sơn" and int(rows[1][5]) == figures["PS"]["households_surveyed"]

    households = api(url, "units/TDP01/households?per_page=1000")
    rows = csv_rows(report(url, "units/TDP01/households.csv"))
    assert len(rows) - 1 == households["total"]
    assert [r[2] for r in rows[1:]] == [h["name"] for h in households["households"]]  # diacritics round-trip
    registered = rows[0].index("Đăng ký thi đua đầu năm")  # registered at the year's start, or not
    assert [r[registered] == "x" for r in rows[1:]] == [h["registered"] for h in households["households"]]
    assert {r[registered] for r in rows[1:]} == {"x", ""}  # the demo registers most households, not all
    assert "GD01" in rows[0]
    citizens = csv_rows(report(url, "units/TDP01/citizens.csv"))
    assert len(citizens) - 1 == figures["TDP01"]["citizens_surveyed"]

    resp = report(url, "units.xlsx")
    assert resp.status_code == 200 and "filename*=UTF-8''K%E1%BA%BFt" in resp.headers["Content-Disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(resp.content))
    assert wb.sheetnames == ["Đơn vị", "Hộ gia đình", "Công dân", "Tỷ lệ đạt tiêu chí"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2" and ws["A1"].font.bold
    assert wb["Đơn vị"].max_row - 1 == len(units)
    assert wb["Hộ gia đình"].max_row - 1 == figures["PS"]["households_surveyed"]
    assert wb["Công dân"].max_row - 1 == figures["PS"]["citizens_surveyed"]
    names = {c.value for c in wb["Hộ gia đình"]["C"][1:]}
    assert households["households"][0]["name"] in names
    rates = list(wb["Tỷ lệ đạt tiêu chí"].iter_rows(min_row=2, values_only=True))
    assert any(r[0] == "TDP01" and r[3] == "GD01" and r[4] for r in rates)  # with the criterion's label

    raw = csv_rows(report(url, "submissions/gia_dinh_kieu_mau.csv"))
    assert raw[0][:2] == ["instanceID", "Đơn vị"] and "household" in raw[0]
    in_round = raw[0].index("Đợt kiểm tra")  # the demo's mid-year round is named; November's are not
    assert sum(not r[in_round] for r in raw[1:]) == figures["PS"]["households_surveyed"]
    assert {r[in_round] for r in raw[1:]} - {""}  # the round's submissions are kept too
    assert report(url, "submissions/no_such_form.csv").status_code == 404

    proposals = {u["unit"]: u for u in api(url, "proposals")["units"]}
    agreed = [p for p in proposals["TDP01"]["proposed"] if p["kind"] == "household" and p["board_agrees"]]
    text = pdf_text(report(url, "proposals.pdf"), "town-proposals")
    assert NATION in text and "Độc lập – Tự do – Hạnh phúc" in text and "DANH SÁCH" in text
    assert agreed[0]["name"] in text and "Tổ dân phố 2" in text
    # the town's list and the decision's annex hold the approved units only (recognition_view)
    listed = [p for u in proposals.values() if u["review_state"] == "approved" for p in u["proposed"]]
    listed = [p for p in listed if p["board_agrees"] is True]
    households = vn_number(sum(p["kind"] == "household" for p in listed))
    assert f"Tổng số đề nghị: {households} hộ gia đình" in text
    assert all(p["name"] in text for p in listed)  # every row of the pages pdf_lists draws
    assert "chưa hoàn tất bình xét" in text and "Tổ dân phố 2" in text  # named in the note

    text = pdf_text(report(url, "units/TDP01/proposals.pdf"), "unit-proposals")
    assert "Tổ dân phố 1" in text and agreed[-1]["name"] in text and "Tổ dân phố 2" not in text
    text = pdf_text(report(url, "units/TDP01/minutes.pdf"), "minutes")
    assert "BIÊN BẢN" in text and "Thư ký Tổ dân phố 1" in text and agreed[0]["name"] in text
    assert report(url, "units/TDP02/minutes.pdf").status_code == 404  # no meeting recorded there

    text = pdf_text(report(url, "submission.pdf"), "submission")
    assert "TỜ TRÌNH" in text and "Tổ dân phố 2" in text and "TTr-VHXH" in text
    # TDP02 is not approved yet: the decision is a draft, left out of its annex and named in a note
    resp = report(url, "decision.pdf")
    text = pdf_text(resp, "decision")
    assert "DỰ THẢO" in text and "QUYẾT ĐỊNH" in text and agreed[0]["name"] in text
    assert f"{households} hộ gia đình đạt danh hiệu" in text and all(p["name"] in text for p in listed)
    assert "d%E1%BB%B1%20th%E1%BA%A3o" in resp.headers["Content-Disposition"]
    assert 'filename="Quyet dinh cong nhan 2026 (du thao).pdf"' in resp.headers["Content-Disposition"]

    text = pdf_text(report(url, "certificates.pdf"), "certificates")
    assert "GIẤY CÔNG NHẬN" in text and text.upper().count("GIA ĐÌNH KIỂU MẪU") == len(agreed)
    assert all(p["name"] in text for p in agreed)
    assert "CÔNG DÂN KIỂU MẪU" in pdf_text(report(url, "certificates.pdf?kind=citizen&unit=TDP01")).upper()


def test_access_rules(demo_town, live_server):
    url = live_server.url
    assert csv_rows(report(url, "units/TDP01/households.csv", "bvd01"))
    assert "Tổ dân phố 1" in pdf_text(report(url, "units/TDP01/proposals.pdf", "bvd01"))
    assert report(url, "certificates.pdf?unit=TDP01", "bvd01").status_code == 200
    for path in ("units/TDP02/households.csv", "units/TDP02/proposals.pdf", "units/TDP02/minutes.pdf",
                 "certificates.pdf?unit=TDP02", "units.csv", "units.xlsx", "proposals.pdf",
                 "decision.pdf", "submission.pdf", "submissions/gia_dinh_kieu_mau.csv"):  # fmt: skip
        resp = report(url, path, "bvd01")
        assert resp.status_code == 403, path
        assert resp.json()["error"]["vi"]
    assert report(url, "units/TDP01/proposals.pdf", "tnv01").status_code == 403
    assert report(url, "units.csv", "tnv01").status_code == 403
    resp = report(url, "units.csv", None)
    assert resp.status_code == 401 and "Digest" in resp.headers["WWW-Authenticate"]
    assert report(url, "units.csv", "bcd", headers={}).status_code == 200
    assert get(url, f"/api/v1/years/{YEAR}/files", "tnv01").status_code == 403
    assert get(url, "/api/v1/years/1999/files").status_code == 404


def _new_household_submission(app, url: str) -> str:
    """Survey a TDP02 household the demo skipped, as an exemplary one (a «Gia đình văn hóa» five
    years running); returns its head."""
    with app.app_context():
        s = db.session()
        surveyed = select(Score.subject).where(Score.year == YEAR, Score.kind == "household")
        home = s.scalars(
            select(Household).where(Household.code.like("TDP02-%"), Household.code.not_in(surveyed))
        ).first()
        form = forms_q.by_xml_id(s, "gia_dinh_kieu_mau")
        xml = forms_q.current_version(s, form).xml
        token = accounts.new_token(users_q.by_username(s, "tnv02"))
        s.commit()
        answers = {"unit": "TDP02", "year": YEAR, "new_household": "no", "household": home.code}
        answers.update(demo.HOUSEHOLD_OK, hh_members=home.members, so_bhyt=home.members)
        answers.update(so_tre_tuoi_hoc=0, so_lao_dong=2, so_co_viec=2)
        head = home.head_name
        past = "".join(f"{y},TDP02,{home.code},Gia đình văn hóa\n" for y in range(YEAR - 5, YEAR))
        import_history(s, f"year,unit,household,title\n{past}".encode(), "history.csv")  # GD15 reads it
        s.commit()
    instance = fill_instance(xml, answers, f"uuid:{uuid.uuid4()}")
    resp = requests.post(
        f"{url}/key/{token}/submission",
        files={"xml_submission_file": ("submission.xml", instance, "text/xml")},
        headers={"X-OpenRosa-Version": "1.0"},
        timeout=300,
    )
    assert resp.status_code == 201, resp.text
    return head


def test_pdf_cache_and_etags(demo_town, live_server, app):
    url = live_server.url
    first = report(url, "units/TDP02/proposals.pdf")
    etag = first.headers["ETag"]
    assert etag == f'"{hashlib.md5(first.content).hexdigest()}"'
    cached = list(folder(app.config["DATA_DIR"]).glob(f"{YEAR}-proposals-TDP02.*.pdf"))
    assert len(cached) == 1 and cached[0].read_bytes() == first.content
    second = report(url, "units/TDP02/proposals.pdf")
    assert second.headers["ETag"] == etag and second.content == first.content
    assert report(url, "units/TDP02/proposals.pdf", headers={"If-None-Match": etag}).status_code == 304
    xlsx = report(url, "units.xlsx")
    assert report(url, "units.xlsx").headers["ETag"] == xlsx.headers["ETag"]

    # the committee fills in the decision's number and date: the cached PDF is rebuilt
    decision = report(url, "decision.pdf")
    with app.app_context():
        dossier.update_settings(
            db.session(), YEAR, {"decision": {"number": "77/QĐ-UBND", "date": "2026-12-20"}}
        )
        db.session().commit()
    changed = report(url, "decision.pdf")
    assert changed.headers["ETag"] != decision.headers["ETag"]
    again = report(url, "decision.pdf")  # from the cache: still named a draft
    assert again.headers["ETag"] == changed.headers["ETag"]
    assert "(du thao)" in again.headers["Content-Disposition"]
    assert "Số: 77/QĐ-UBND" in pdf_text(changed) and "ngày 20 tháng 12 năm 2026" in pdf_text(changed)

    # the board of TDP02 refuses one proposal: its list changes; the town's does not (TDP02 is not
    # approved, so it holds TDP01 only), nor does TDP01's
    town, unit01 = report(url, "proposals.pdf"), report(url, "units/TDP01/proposals.pdf")
    listed = report(url, "units/TDP02/proposals.pdf")  # new settings: rendered again
    etag = listed.headers["ETag"]
    cached = list(folder(app.config["DATA_DIR"]).glob(f"{YEAR}-proposals-TDP02.*.pdf"))
    stamp = cached[0].stat().st_mtime_ns
    assert report(url, "units/TDP02/proposals.pdf").headers["ETag"] == etag
    assert cached[0].stat().st_mtime_ns == stamp  # served, not rendered again
    proposed = next(
        p for p in api(url, "proposals?unit=TDP02")["units"][0]["proposed"] if p["board_agrees"] is None
    )
    with app.app_context():
        s = db.session()
        review.record_meeting(s, users_q.by_username(s, "bvd02"), YEAR, "TDP02", meeting_date=f"{YEAR}-11-20",
                              present=30, invited=40, chair="Tổ trưởng", secretary="Thư ký")  # fmt: skip
        review.decide(s, users_q.by_username(s, "bvd02"), YEAR, "TDP02", proposed["kind"], proposed["code"],
                      agree=False, votes_for=1, votes_total=9, reason="Chưa đủ điều kiện")  # fmt: skip
        s.commit()
    refused = report(url, "units/TDP02/proposals.pdf")
    assert refused.headers["ETag"] != etag  # the head may be listed as a citizen too: count
    assert pdf_text(refused).count(proposed["name"]) == pdf_text(listed).count(proposed["name"]) - 1
    assert report(url, "proposals.pdf").headers["ETag"] == town.headers["ETag"]
    assert report(url, "units/TDP01/proposals.pdf").headers["ETag"] == unit01.headers["ETag"]
    etag = refused.headers["ETag"]

    head = _new_household_submission(app, url)
    third = report(url, "units/TDP02/proposals.pdf")
    assert third.headers["ETag"] != etag and head in pdf_text(third)
    assert len(list(folder(app.config["DATA_DIR"]).glob(f"{YEAR}-proposals-TDP02.*.pdf"))) == 1
    assert report(url, "units.xlsx").headers["ETag"] != xlsx.headers["ETag"]


def test_files_listing_matches_downloads_and_syncs(demo_town, live_server, tmp_path):
    url = live_server.url
    files = api(url, "files")["files"]
    names = [f["name"] for f in files]
    expected = ["units.csv", "units.xlsx", "proposals.pdf", "submission.pdf", "decision.pdf",
                "certificates-household.pdf", "submissions/gia_dinh_kieu_mau.csv",
                "units/TDP01/households.csv", "units/TDP01/minutes.pdf",
                "units/TDP02/proposals.pdf", "rewards/submission.pdf", "rewards/decision.pdf",
                "rewards/certificates.pdf", "rewards/rewards.xlsx"]  # fmt: skip
    assert set(expected) <= set(names)
    assert "units/TDP02/minutes.pdf" not in names  # not held yet
    for f in files:
        assert f["url"].startswith(f"{url}/reports/{YEAR}/")
        resp = requests.get(f["url"], auth=("bcd", PW), timeout=300)
        assert resp.status_code == 200 and hashlib.md5(resp.content).hexdigest() == f["md5"], f["name"]

    board = api(url, "files", "bvd01")["files"]
    assert {f["name"] for f in board} == {
        "units/TDP01/households.csv", "units/TDP01/citizens.csv", "units/TDP01/proposals.pdf",
        "units/TDP01/minutes.pdf", "units/TDP01/certificates-household.pdf",
        "units/TDP01/certificates-citizen.pdf",
    }  # fmt: skip

    with Client(url, ("bcd", PW)) as client:
        first = download_results(client, YEAR, tmp_path / "results")
        assert first.ok and sorted(first.downloaded) == sorted(names)
        again = download_results(client, YEAR, tmp_path / "results")
        assert again.ok and again.downloaded == [] and len(again.unchanged) == len(names)
    assert (tmp_path / "results" / "units" / "TDP01" / "proposals.pdf").read_bytes().startswith(b"%PDF")


def test_sync_results_through_a_token_url(demo_town, app, live_server, tmp_path):
    from server.domain.accounts import get_user, new_token, revoke
    from sync.cli import sync

    with app.app_context():
        token = new_token(get_user(db.session(), "bcd"))
        db.session().commit()
    keyed = f"{live_server.url}/key/{token}"
    files = requests.get(f"{keyed}/api/v1/years/{YEAR}/files", timeout=300).json()["files"]
    assert files and all(f["url"].startswith(f"{keyed}/reports/{YEAR}/") for f in files)
    assert requests.get(f"{keyed}/api/v1/years", timeout=30).json()
    home, runner = tmp_path / "home", CliRunner()
    assert runner.invoke(sync, ["--home", str(home), "login", keyed]).exit_code == 0
    result = runner.invoke(sync, ["--home", str(home), "results", str(YEAR), str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert f"{len(files)} file(s) downloaded" in result.output
    assert (tmp_path / "r" / "units.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with app.app_context():
        revoke(get_user(db.session(), "bcd"))
        db.session().commit()
    assert requests.get(f"{keyed}/api/v1/years", timeout=30).status_code == 403
    assert requests.get(f"{keyed}/reports/{YEAR}/units.csv", timeout=30).status_code == 403


def test_document_settings_per_year(app):
    with app.app_context():
        s = db.session()
        assert dossier.load_settings(s, 2027).decision.number == "……/QĐ-UBND"  # placeholders until set
        dossier.update_settings(s, 2027, {"place": "Thọ Xuân", "decision": {"number": "9/QĐ-UBND"}})
        dossier.update_settings(s, 2027, {"submission": {"date": "2027-12-01"}})
        s.commit()
        got = dossier.load_settings(s, 2027)
        assert (got.place, got.decision.number, got.submission.date.isoformat()) == (
            "Thọ Xuân",
            "9/QĐ-UBND",
            "2027-12-01",
        )
        assert got.decision.signature.name == "……" and got.year == 2027
        assert dossier.load_settings(s, 2026).place == "Phong Sơn"  # other years untouched
        with pytest.raises(Invalid):
            dossier.update_settings(s, 2027, {"decision": {"date": "20/12/2027"}})
        s.rollback()
        assert dossier.load_settings(s, 2027).decision.number == "9/QĐ-UBND"  # nothing written


def test_data_version_moves_with_what_documents_show(app):
    """The report cache's key: the registry (a renamed citizen), the unit tree, scoped."""
    rows = [
        "TDP01,Tổ 1,PS,H1,Lê Văn A,Số 1,2,C1,Lê Văn A,1970,nam",
        "TDP02,Tổ 2,PS,H2,Trần Thị B,Số 2,2,C2,Trần Thị B,1980,nữ",
    ]
    add_unit(app, "PS", "Thị trấn", kind="town")
    with app.app_context():
        s = db.session()
        import_roster(s, ("unit,unit_name,parent_unit,household,head_name,address,members,citizen,full_name,"
                          "birth_year,sex\n" + "\n".join(rows)).encode(), "roster.csv")  # fmt: skip
        s.commit()
        town, one, two = (data_version(s, YEAR, u) for u in (None, {"TDP01"}, {"TDP02"}))
        assert data_version(s, YEAR, None) == town  # stable
        import_roster(s, ("unit,household,citizen,full_name,birth_year\n"
                          "TDP02,H2,C2,Trần Thị Bích,1980").encode(), "roster.csv")  # fmt: skip
        s.commit()
        assert data_version(s, YEAR, {"TDP02"}) != two and data_version(s, YEAR, None) != town
        assert data_version(s, YEAR, {"TDP01"}) == one  # another unit's change
        two = data_version(s, YEAR, {"TDP02"})
        import_roster(s, ("unit,household,citizen,full_name,birth_year\n"
                          "TDP02,H2,C2,Trần Thị Bích,1981").encode(), "roster.csv")  # fmt: skip
        s.commit()
        assert data_version(s, YEAR, {"TDP02"}) != two
        s.scalar(select(Unit).where(Unit.code == "TDP01")).name = "Tổ dân phố số 1"
        s.commit()
        assert data_version(s, YEAR, {"TDP01"}) != one


FORMULA_MD = """
| survey   |
|          | type    | name  | label      |
|          | text    | unit  | Unit       |
|          | integer | year  | Năm        |
|          | text    | note  | Ghi chú    |
|          | integer | delta | Chênh lệch |
| settings |
|          | form_id | form_title | version |
|          | formula | Formula    | 1       |
"""


def test_csv_cells_that_start_like_formulas_are_inert(app, live_server):
    """Text answers starting with = + - @ tab CR get an apostrophe; a numeric answer -5 does not."""
    add_unit(app, "TDP1")
    add_user(app, "tnv", "volunteer", ("TDP1",))
    add_user(app, "quantri", "admin")
    publish(app, FORMULA_MD)
    notes = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "-5", "ổn", "a=b"]
    for i, note in enumerate(notes):
        text = xml_escape(note)
        xml = (
            f'<?xml version="1.0"?><data id="formula" version="1"><unit>TDP1</unit><year>{YEAR}</year>'
            f"<note>{text}</note><delta>-5</delta><meta><instanceID>uuid:f{i}</instanceID></meta></data>"
        ).encode()
        assert post(live_server.url, xml, auth=digest("tnv")).status_code == 201
    resp = requests.get(f"{live_server.url}/reports/{YEAR}/submissions/formula.csv",
                        auth=("quantri", PASSWORD), timeout=60)  # fmt: skip
    rows = csv_rows(resp)
    note, delta = rows[0].index("note"), rows[0].index("delta")
    assert [r[note] for r in rows[1:]] == [
        "'" + n if n[0] in "=+-@" else n for n in notes
    ]  # read back: the text is all there, behind the apostrophe
    assert {r[delta] for r in rows[1:]} == {"-5"}  # a number in a numeric column stays a number


def test_submissions_csv_has_one_instance_id_plain_headers_and_one_charset(app, live_server):
    from formdata import instance_xml

    forms = Path(__file__).resolve().parents[2] / "forms"
    add_unit(app, "TDP1")
    add_user(app, "tnv", "volunteer", ("TDP1",))
    add_user(app, "quantri", "admin")
    with app.app_context():
        import_roster(db.session(), b"unit,household,head_name\nTDP1,H1,An\n", "roster.csv")
        from server.domain import forms as forms_domain

        forms_domain.import_path(db.session(), forms / "gia_dinh_kieu_mau.xlsx")
        db.session().commit()
    answers = {"unit": "TDP1", "year": str(YEAR), "new_household": "no", "household": "H1"}
    xml = instance_xml(forms / "gia_dinh_kieu_mau.xlsx", answers, "uuid:csv-1")
    assert post(live_server.url, xml, auth=digest("tnv")).status_code == 201
    resp = requests.get(f"{live_server.url}/reports/{YEAR}/submissions/gia_dinh_kieu_mau.csv",
                        auth=("quantri", PASSWORD), timeout=60)  # fmt: skip
    assert resp.headers["Content-Type"] == "text/csv; charset=utf-8"
    header, row = csv_rows(resp)
    assert header.count("instanceID") == 1 and row[0] == "uuid:csv-1"
    assert not [h for h in header if h.startswith(("'", "@"))]
    assert "entity_create" in header and "household" in header
    units_url = f"{live_server.url}/reports/{YEAR}/units.csv"
    units = requests.get(units_url, auth=("quantri", PASSWORD), timeout=30)
    assert units.headers["Content-Type"] == "text/csv; charset=utf-8"
