"""The campaign town many tests share, as a pytest plugin (registered in conftest.py): the
`town` fixture (a province, a town, two groups of ten households, the bundled forms and an
admin with a token URL) and the helpers that send its surveys over OpenRosa."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import add_unit, add_user
from formdata import instance_xml
from server.domain import forms as forms_domain
from server.domain.history_import import import_history
from server.domain.registry import import_roster
from server.jobs import scorer
from server.store import db
from server.store import results as results_q
from server.store import units as units_q

FORMS = Path(__file__).resolve().parent.parent / "forms"
HOUSEHOLD = {
    "year": "2026", "new_household": "no", "hh_members": "4",
    "ho_ngheo": "no", "thu_nhap": "yes", "nha_o": "kien_co", "canh_quan": "vuon cong_ngo",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "so_bhyt": "4",
    "bao_luc_gd": "no", "te_nan": "no", "nep_song": "yes", "so_tre_tuoi_hoc": "0",
    "so_lao_dong": "2", "so_co_viec": "2", "phong_trao": "tu_thien sinh_hoat",
    "truy_cuu_hs": "no", "tron_nghia_vu": "no", "tao_hon": "no", "xu_phat_hc": "no",
}  # fmt: skip
CITIZEN = {
    "year": "2026", "new_citizen": "no", "vi_pham_pl": "no", "te_nan": "no", "vi_pham_gt": "no",
    "nghia_vu": "yes", "bhyt": "yes", "viec_lam": "co_viec", "hoat_dong": "doan_the hop_to",
    "nep_song": "yes", "moi_truong": "yes", "tao_hon": "no",
}  # fmt: skip
GROUP = {
    "year": "2026", "ngay_hop": "2026-11-20", "antt_vu_viec": "no", "to_tu_quan": "yes", "don_thu": "no",
    "ty_le_phan_loai_rac": "85", "ha_tang": "duong_cung chieu_sang", "nha_van_hoa": "yes",
    "so_hoat_dong": "6", "so_nam_tdpvh": "4", "doan_the": "yes",
    "kinh_te_on_dinh": "yes", "huong_uoc": "yes", "tuong_tro": "yes",
}  # fmt: skip


@pytest.fixture
def town(app):
    """Province PROV > town PS > groups TDP01, TDP02: 10 households with one adult each,
    every household recognised «Gia đình văn hóa» in 2023-2025 (the history criterion GD15
    reads, so a 2026 survey can reach the title)."""
    add_unit(app, "PROV", "Tỉnh Thanh Hóa", kind="province")
    add_unit(app, "PS", "Thị trấn Phong Sơn", parent="PROV", kind="town")
    rows = ["unit,unit_name,parent_unit,household,head_name,members,citizen,full_name,birth_year"]
    for unit in ("TDP01", "TDP02"):
        for i in range(10):
            rows.append(f"{unit},Tổ {unit[-1]},PS,{unit}-H{i},Chủ hộ {i},4,{unit}-C{i},Công dân {i},1980")
    with app.app_context():
        import_roster(db.session(), "\n".join(rows).encode(), "roster.csv")
        past = ["year,unit,household,title"]
        for year in (2023, 2024, 2025):
            past += [f"{year},{u},{u}-H{i},Gia đình văn hóa" for u in ("TDP01", "TDP02") for i in range(10)]
        import_history(db.session(), "\n".join(past).encode(), "history.csv")
        for name in ("gia_dinh_kieu_mau", "cong_dan_kieu_mau", "to_dan_pho_kieu_mau"):
            forms_domain.import_path(db.session(), FORMS / f"{name}.xlsx")
        db.session().commit()
    token = add_user(app, "vol", "admin", token=True)
    app.config["TOKEN"] = token
    return app


def send(app, form: str, answers: dict, instance_id: str) -> int:
    xml = instance_xml(FORMS / f"{form}.xlsx", answers, instance_id)
    resp = app.test_client().post(
        f"/key/{app.config['TOKEN']}/submission",
        data={"xml_submission_file": (io.BytesIO(xml), "submission.xml", "text/xml")},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 201, resp.data
    scorer.drain(app)  # these tests read scores next, as every reader drains first
    return resp.status_code


def household(app, unit: str, i: int, iid: str, **changes) -> None:
    send(app, "gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}", **changes}, iid)


def citizen(app, unit: str, i: int, iid: str, **changes) -> None:
    answers = {**CITIZEN, "unit": unit, "household": f"{unit}-H{i}", "citizen": f"{unit}-C{i}", **changes}
    send(app, "cong_dan_kieu_mau", answers, iid)


def figures(app, code: str) -> dict:
    with app.app_context():
        unit = units_q.unit_by_code(db.session(), code)
        return results_q.results_of_year(db.session(), 2026)[unit.id].figures
