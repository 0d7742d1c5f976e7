"""Agencies (cơ quan, đơn vị) as units of their own kind: their own workbooks and title, their
staff assessed in one place only, their board kept to their own unit, and the refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import requests
from campaign import CITIZEN, FORMS, GROUP, figures
from openpyxl import load_workbook

from conftest import PASSWORD, add_unit, add_user
from formdata import instance_xml
from server.domain import forms as forms_domain
from server.domain import results
from server.domain.registry import import_roster
from server.domain.scoring_sheet import ScoringSheetError, read_scoring, survey_fields
from server.jobs import scorer
from server.store import db
from server.store.models import Submission

YEAR = 2026
STAFF = ("TDP01-C0", "TDP01-C1", "TDP01-C2")  # live in TDP01, work in CQ01
AGENCY = {
    "year": "2026", "ngay_hop": "2026-11-20", "hoan_thanh_nv": "yes", "dan_chu": "yes", "ky_luat": "no",
    "pccc": "yes", "van_hoa_cong_so": "yes", "khuon_vien": "yes", "so_hoat_dong": "4", "doan_the": "yes",
}  # fmt: skip
STAFF_ANSWERS = {
    "year": "2026", "hoan_thanh_nv": "yes", "van_hoa_cong_so": "yes", "ky_luat": "no", "te_nan": "no",
    "nghia_vu": "yes", "tao_hon": "no", "noi_cu_tru": "yes", "bhyt": "yes",
}  # fmt: skip


@pytest.fixture
def agencies(app):
    """Ward PS > TDP01 (10 households, one adult each; three of them work in CQ01), CQ01
    and CQ02 (agencies), with the six bundled workbooks."""
    add_unit(app, "PS", "Phường Phong Sơn", kind="ward")
    add_unit(app, "CQ01", "UBND phường Phong Sơn", parent="PS", kind="agency")
    add_unit(app, "CQ02", "Trường THCS Phong Sơn", parent="PS", kind="agency")
    rows = ["unit,unit_name,parent_unit,household,head_name,members,citizen,full_name,birth_year,workplace"]
    for i in range(10):
        work = "CQ01" if f"TDP01-C{i}" in STAFF else ""
        rows.append(f"TDP01,Tổ 1,PS,TDP01-H{i},Chủ hộ {i},4,TDP01-C{i},Công dân {i},1980,{work}")
    with app.app_context():
        import_roster(db.session(), "\n".join(rows).encode(), "roster.csv")
        for path in sorted(FORMS.glob("*.xlsx")):
            forms_domain.import_path(db.session(), path)
        db.session().commit()
    app.config["TOKEN"] = add_user(app, "admin1", "admin", token=True)
    add_user(app, "bvcq01", "board", ("CQ01",))
    add_user(app, "bvd01", "board", ("TDP01",))
    return app


def post(app, form: str, answers: dict, iid: str):
    xml = instance_xml(FORMS / f"{form}.xlsx", answers, iid)
    resp = app.test_client().post(
        f"/key/{app.config['TOKEN']}/submission",
        data={"xml_submission_file": (io.BytesIO(xml), "submission.xml", "text/xml")},
        content_type="multipart/form-data",
    )
    scorer.drain(app)
    return resp


def staff(app, code: str, iid: str, unit: str = "CQ01", **changes):
    return post(app, "can_bo_kieu_mau", {**STAFF_ANSWERS, "unit": unit, "citizen": code, **changes}, iid)


def resident(app, i: int, iid: str):
    answers = {**CITIZEN, "unit": "TDP01", "household": f"TDP01-H{i}", "citizen": f"TDP01-C{i}"}
    return post(app, "cong_dan_kieu_mau", answers, iid)


def test_a_citizen_working_in_an_agency_is_assessed_there_once(agencies):
    for i in range(10):
        if f"TDP01-C{i}" not in STAFF:
            assert resident(agencies, i, f"uuid:r{i}").status_code == 201
    for n, code in enumerate(STAFF):
        assert staff(agencies, code, f"uuid:s{n}").status_code == 201
    # the same person again where they live: refused, nothing stored
    again = resident(agencies, 0, "uuid:r0-again")
    assert again.status_code == 400
    assert "cán bộ của CQ01" in again.get_data(as_text=True)
    # someone not on the agency's staff list cannot be assessed by it, nor in another agency
    assert staff(agencies, "TDP01-C5", "uuid:not-staff").status_code == 400
    assert staff(agencies, "TDP01-C0", "uuid:wrong-agency", unit="CQ02").status_code == 400

    home, work, ward = figures(agencies, "TDP01"), figures(agencies, "CQ01"), figures(agencies, "PS")
    assert (home["own"]["adults_registry"], home["own"]["citizens_surveyed"]) == (7, 7)
    assert (work["own"]["adults_registry"], work["own"]["citizens_surveyed"]) == (3, 3)
    assert work["own"]["households_registry"] == 0
    # the ward counts every adult of its registry once, and every assessment once
    assert ward["total"]["adults_registry"] == 10 and ward["total"]["citizens_surveyed"] == 10
    assert ward["total"]["model_citizens"] == 10
    with agencies.app_context():  # a rebuild from scratch agrees with what the submissions moved
        results.rescore(db.session(), YEAR)
        db.session().commit()
    assert figures(agencies, "PS")["total"] == ward["total"]
    assert figures(agencies, "CQ01")["own"]["adults_registry"] == 3


def test_an_agency_reaches_the_title_its_workbook_names(agencies):
    for n, code in enumerate(STAFF):
        assert (
            staff(agencies, code, f"uuid:s{n}", **({"ky_luat": "yes"} if n == 2 else {})).status_code == 201
        )
    assert post(agencies, "co_quan_kieu_mau", {**AGENCY, "unit": "CQ01"}, "uuid:cq01").status_code == 201
    title = figures(agencies, "CQ01")["title"]
    # no household share: an agency has no households; 2 of 3 staff is below 70%
    assert [c["key"] for c in title["checks"]] == ["citizen_share", "group_criteria"]
    assert title["reached"] is False
    staff(agencies, "TDP01-C2", "uuid:s2-later")  # a later assessment supersedes
    assert figures(agencies, "CQ01")["title"]["reached"] is True


def test_each_unit_kind_takes_only_its_own_form(agencies):
    wrong = post(agencies, "to_dan_pho_kieu_mau", {**GROUP, "unit": "CQ01"}, "uuid:tdp-at-agency")
    assert wrong.status_code == 400
    assert "không dùng để đánh giá cơ quan, đơn vị" in wrong.get_data(as_text=True)
    assert (
        post(agencies, "co_quan_kieu_mau", {**AGENCY, "unit": "TDP01"}, "uuid:cq-at-tdp").status_code == 400
    )
    with agencies.app_context():  # nothing half-stored
        assert db.session().query(Submission).count() == 0


def test_an_agency_board_reads_its_own_staff_only(agencies, live_server):
    assert staff(agencies, "TDP01-C0", "uuid:s0").status_code == 201
    assert resident(agencies, 5, "uuid:r5").status_code == 201

    def get(path: str, user: str) -> requests.Response:
        return requests.get(f"{live_server.url}{path}", auth=(user, PASSWORD), timeout=30)

    mine = get(f"/api/v1/years/{YEAR}/units/CQ01/citizens", "bvcq01")
    assert mine.status_code == 200
    assert [c["code"] for c in mine.json()["citizens"]] == ["TDP01-C0"]
    for path in (
        f"/api/v1/years/{YEAR}/units/TDP01/citizens",
        f"/api/v1/years/{YEAR}/units/TDP01/households",
        f"/api/v1/years/{YEAR}/units/TDP01",
        f"/reports/{YEAR}/units/TDP01/citizens.csv",
        f"/api/v1/years/{YEAR}/proposals?unit=TDP01",
    ):
        assert get(path, "bvcq01").status_code == 403, path
    # the residential group's board does not see its resident's assessment at work
    theirs = get(f"/api/v1/years/{YEAR}/units/TDP01/citizens", "bvd01").json()["citizens"]
    assert [c["code"] for c in theirs] == ["TDP01-C5"]
    assert get(f"/api/v1/years/{YEAR}/units/CQ01/citizens", "bvd01").status_code == 403


def _edited(name: str, change) -> bytes:
    book = load_workbook(FORMS / name)
    change(book["scoring_rule"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _problems(name: str, change) -> str:
    with pytest.raises(ScoringSheetError) as raised:
        read_scoring(_edited(name, change), name, survey_fields(FORMS / name))
    return "\n".join(raised.value.problems)


def _drop(key: str):
    def change(sheet) -> None:
        for row in sheet.iter_rows():
            if row[0].value == key:
                for cell in row:
                    cell.value = None

    return change


def _set(key: str, value):
    def change(sheet) -> None:
        sheet.append([key, value])

    return change


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("co_quan_kieu_mau.xlsx", _drop("unit_kinds"), "missing key unit_kinds"),
        ("to_dan_pho_kieu_mau.xlsx", _drop("unit_kinds"), "thiếu unit_kinds"),
        ("co_quan_kieu_mau.xlsx", _set("household_share", 0.7), "an agency has no households"),
        ("gia_dinh_kieu_mau.xlsx", _set("unit_kinds", "agency"), "an agency has no households"),
        ("can_bo_kieu_mau.xlsx", _set("staff_assessed_at", "both"), "must be agency or residence"),
        ("gia_dinh_kieu_mau.xlsx", _set("staff_assessed_at", "agency"), "belongs to a citizen form"),
        ("co_quan_kieu_mau.xlsx", _set("unit_kinds", "ward"), "unit_kinds must list some of"),
    ],
)
def test_a_workbook_without_the_right_rule_keys_is_refused(name, change, message):
    assert message in _problems(name, change)


def test_the_refusal_reaches_the_importer(app):
    data = _edited("co_quan_kieu_mau.xlsx", _drop("unit_kinds"))
    with app.app_context(), pytest.raises(Exception, match="unit_kinds"):
        forms_domain.import_workbook(db.session(), data, "co_quan_kieu_mau.xlsx")


def test_the_bundled_agency_workbooks_name_their_titles():
    rules = {
        name: read_scoring(FORMS / f"{name}.xlsx", name, survey_fields(FORMS / f"{name}.xlsx")).rule
        for name in ("co_quan_kieu_mau", "can_bo_kieu_mau", "to_dan_pho_kieu_mau")
    }
    assert rules["co_quan_kieu_mau"].unit_kinds == ("agency",)
    assert rules["co_quan_kieu_mau"].title_vi == "Cơ quan, đơn vị kiểu mẫu"
    assert (
        rules["co_quan_kieu_mau"].household_share is None and rules["co_quan_kieu_mau"].citizen_share == 0.7
    )
    assert rules["can_bo_kieu_mau"].title_vi == "Cán bộ, công chức, viên chức kiểu mẫu"
    assert rules["can_bo_kieu_mau"].staff_assessed_at == "agency"
    assert rules["to_dan_pho_kieu_mau"].unit_kinds == ("residential_group", "village")
    assert Path(FORMS / "co_quan_kieu_mau.xlsx").exists()


def _pdf_text(content: bytes) -> str:
    import re
    import unicodedata

    import pdfplumber

    with pdfplumber.open(io.BytesIO(content)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def _approve(app, code: str) -> None:
    from datetime import date

    from server.domain import review
    from server.store import units as units_q
    from server.store import users as users_q

    with app.app_context():
        s = db.session()
        board, admin = users_q.by_username(s, "bvcq01"), users_q.by_username(s, "admin1")
        unit = units_q.unit_by_code(s, code)
        review.record_meeting(
            s, board, YEAR, code, meeting_date=f"{YEAR}-11-20", started_at="14:00", ended_at="15:30",
            place="Hội trường", chair="Lê Văn Thủ", secretary="Trần Thị Ký", present=20, invited=25,
        )  # fmt: skip
        for p in review.proposals(s, YEAR, unit):
            review.decide(s, board, YEAR, code, p.kind, p.subject, agree=True, votes_for=18, votes_total=20)
        review.submit(s, board, YEAR, code)
        review.record_posting(s, board, YEAR, code, f"{YEAR}-11-21")
        review.approve(s, admin, YEAR, code, self_assessment_checked=True, today=date(YEAR, 12, 5), note="ok")
        s.commit()


def test_an_agencys_documents_use_its_wording(agencies, live_server):
    for n, code in enumerate(STAFF):
        assert staff(agencies, code, f"uuid:s{n}").status_code == 201
    assert post(agencies, "co_quan_kieu_mau", {**AGENCY, "unit": "CQ01"}, "uuid:cq01").status_code == 201
    _approve(agencies, "CQ01")

    def pdf(path: str) -> str:
        resp = requests.get(f"{live_server.url}/reports/{YEAR}/{path}", auth=("admin1", PASSWORD), timeout=60)
        assert resp.status_code == 200, resp.text
        return _pdf_text(resp.content)

    decision = pdf("decision.pdf")
    assert "3 cán bộ, công chức, viên chức đạt danh hiệu “Cán bộ, công chức, viên chức kiểu mẫu”" in decision
    assert "1 cơ quan, đơn vị đạt danh hiệu “Cơ quan, đơn vị kiểu mẫu”" in decision
    article_1 = decision.split("Điều 1.")[1].split("Điều 2.")[0]  # the legal bases cite other titles
    assert "Tổ dân phố kiểu mẫu" not in article_1 and "Công dân kiểu mẫu" not in article_1
    assert "Tổ dân phố kiểu mẫu" not in decision.split("Điều 3.")[1]  # nor the annex
    assert "Tên cơ quan, đơn vị" in decision  # the annex's table of units
    request = pdf("units/CQ01/request.pdf")
    assert "“Cán bộ, công chức, viên chức kiểu mẫu” cho 3/3 cán bộ, công chức, viên chức" in request
    assert "Gia đình kiểu mẫu" not in request and "Danh hiệu “Cơ quan, đơn vị kiểu mẫu” cho UBND" in request
    minutes = pdf("units/CQ01/minutes.pdf")
    assert "3 cán bộ, công chức, viên chức đạt danh hiệu “Cán bộ, công chức, viên chức kiểu mẫu”" in minutes
    submission = pdf("submission.pdf")
    assert "danh hiệu “Cơ quan, đơn vị kiểu mẫu” cho 1 cơ quan, đơn vị" in submission
    certificates = pdf("certificates.pdf?kind=unit")  # the title is printed in capitals
    assert "“CƠ QUAN, ĐƠN VỊ KIỂU MẪU”" in certificates
    assert "“CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC KIỂU MẪU”" in pdf("certificates.pdf?kind=citizen")
    assert "Cán bộ, công chức, viên chức đề nghị công nhận" in pdf("units/CQ01/proposals.pdf")
