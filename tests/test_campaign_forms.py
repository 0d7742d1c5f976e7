"""The four bundled forms as a volunteer's phone uses them: listed, downloaded, and each
posted over OpenRosa (Digest, multipart) with answers built from the form's own instance —
one meeting every criterion, one missing a mandatory criterion — and scored on arrival."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from conftest import add_unit, add_user
from formdata import instance_xml
from orhelpers import OR_HEADERS, digest, post
from server.domain import forms as forms_domain
from server.domain import registry
from server.domain.history_import import import_history
from server.jobs import scorer
from server.store import db
from server.store.models import Score, Submission

FORMS = Path(__file__).resolve().parent.parent / "forms"
BASE = {"unit": "TDP01", "year": "2026"}
CASES = {
    "dang_ky_thi_dua": (
        {"loai_don_vi": "to_dan_pho", "so_ho": "120", "so_ho_dang_ky": "100", "so_cong_dan": "300",
         "so_cong_dan_dang_ky": "250", "dang_ky_tdp": "yes", "cam_ket": "an_ninh moi_truong",
         "nguoi_dang_ky": "Nguyễn Văn Tổ"},
        None, None,
    ),
    "gia_dinh_kieu_mau": (
        {"new_household": "no", "household": "H001", "hh_members": "4", "ho_ngheo": "no", "thu_nhap": "yes",
         "nha_o": "kien_co", "canh_quan": "vuon cong_ngo", "nuoc_sach": "yes", "nha_tieu": "yes",
         "phan_loai_rac": "yes", "so_bhyt": "4", "bao_luc_gd": "no", "te_nan": "no", "nep_song": "yes",
         "so_tre_tuoi_hoc": "0", "so_lao_dong": "2", "so_co_viec": "2", "phong_trao": "tu_thien sinh_hoat",
         "truy_cuu_hs": "no", "tron_nghia_vu": "no", "tao_hon": "no", "xu_phat_hc": "no"},
        {"so_bhyt": "3"}, "GD08",
    ),
    "cong_dan_kieu_mau": (
        {"household": "H001", "new_citizen": "no", "citizen": "C001", "vi_pham_pl": "no", "te_nan": "no",
         "vi_pham_gt": "no", "nghia_vu": "yes", "bhyt": "yes", "viec_lam": "co_viec",
         "hoat_dong": "doan_the hop_to", "nep_song": "yes", "moi_truong": "yes", "tao_hon": "no"},
        {"bhyt": "no"}, "CD05",
    ),
    "to_dan_pho_kieu_mau": (
        {"ngay_hop": "2026-11-20", "antt_vu_viec": "no", "to_tu_quan": "yes", "don_thu": "no",
         "ty_le_phan_loai_rac": "85", "ha_tang": "duong_cung chieu_sang", "nha_van_hoa": "yes",
         "so_hoat_dong": "6", "so_nam_tdpvh": "4", "doan_the": "yes",
         "kinh_te_on_dinh": "yes", "huong_uoc": "yes", "tuong_tro": "yes"},
        {"antt_vu_viec": "yes"}, "TDP01",
    ),
}  # fmt: skip


@pytest.fixture
def field(app, live_server):
    add_unit(app, "PS", "Thị trấn Phong Sơn", kind="town")
    add_unit(app, "TDP01", "Tổ dân phố 1", parent="PS")
    roster = "unit,household,head_name,address,members,citizen,full_name,birth_year\n"
    roster += "TDP01,H001,Nguyễn Văn An,Số 1,4,C001,Nguyễn Văn An,1970\n"
    with app.app_context():
        registry.import_roster(db.session(), roster.encode(), "roster.csv")
        past = "năm,mã tổ,mã hộ,danh hiệu\n" + "".join(
            f"{y},TDP01,H001,Gia đình văn hóa\n" for y in (2023, 2024, 2025)
        )
        import_history(db.session(), past.encode(), "lich-su.csv")  # GD15 reads it
        for path in sorted(FORMS.glob("*.xlsx")):
            forms_domain.import_path(db.session(), path)
        db.session().commit()
    add_user(app, "vol", "volunteer", ("TDP01",))
    return live_server


def test_the_four_forms_are_listed_and_download(field):
    listing = requests.get(f"{field.url}/formList", auth=digest("vol"), headers=OR_HEADERS, timeout=10)
    for form_id in CASES:
        assert f"<formID>{form_id}</formID>".encode() in listing.content
        xml = requests.get(f"{field.url}/forms/{form_id}.xml", auth=digest("vol"), timeout=10)
        assert xml.status_code == 200 and "dự thảo" in xml.content.decode()


@pytest.mark.parametrize("form_id", list(CASES))
def test_each_form_posts_and_scores(app, field, form_id):
    good, bad_changes, failed_code = CASES[form_id]
    path = FORMS / f"{form_id}.xlsx"
    ok = instance_xml(path, {**BASE, **good}, f"uuid:{form_id}-ok")
    assert post(field.url, ok, auth=digest("vol")).status_code == 201
    if bad_changes:
        bad = instance_xml(path, {**BASE, **good, **bad_changes}, f"uuid:{form_id}-bad")
        assert post(field.url, bad, auth=digest("vol")).status_code == 201
    scorer.drain(app)  # scored after the 201; readers drain the queue first
    with app.app_context():
        scores = {
            s.submission_id: s
            for s in db.session().query(Score).join(Submission, Submission.id == Score.submission_id)
        }
        subs = {s.instance_id: s.id for s in db.session().query(Submission)}
        first = scores[subs[f"uuid:{form_id}-ok"]]
        if failed_code is None:  # the January registration has no criteria
            assert first.kind == "registration" and first.max_points == 0
            return
        assert first.title_reached and first.points == first.max_points
        second = scores[subs[f"uuid:{form_id}-bad"]]
        assert not second.title_reached
        assert [c["code"] for c in second.criteria if not c["passed"]] == [failed_code]
        assert second.counts and not first.counts  # the later submission supersedes
