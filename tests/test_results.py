"""Scores and unit results as submissions arrive over OpenRosa: which submission counts
(supersede, edit, reject), the residential group's threshold, roll-up over a three-level
tree, and the incremental figures matching a full rebuild."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import add_unit, add_user
from formdata import instance_xml
from server.domain import forms as forms_domain
from server.domain import results, scoring_queue
from server.domain.registry import import_roster
from server.store import db
from server.store import results as rq
from server.store import users as uq
from server.store.models import Score

FORMS = Path(__file__).resolve().parent.parent / "forms"
HOUSEHOLD = {
    "year": "2026", "new_household": "no", "hh_members": "4",
    "ho_ngheo": "no", "thu_nhap": "yes", "nha_o": "kien_co", "canh_quan": "vuon cong_ngo",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "so_bhyt": "4",
    "bao_luc_gd": "no", "te_nan": "no", "nep_song": "yes", "so_tre_tuoi_hoc": "0",
    "so_lao_dong": "2", "so_co_viec": "2", "phong_trao": "tu_thien sinh_hoat", "so_nam_gdvh": "5",
}  # fmt: skip
CITIZEN = {
    "year": "2026", "new_citizen": "no", "vi_pham_pl": "no", "te_nan": "no", "vi_pham_gt": "no",
    "nghia_vu": "yes", "bhyt": "yes", "viec_lam": "co_viec", "hoat_dong": "doan_the hop_to",
    "nep_song": "yes", "moi_truong": "yes",
}  # fmt: skip
GROUP = {
    "year": "2026", "ngay_hop": "2026-11-20", "antt_vu_viec": "no", "to_tu_quan": "yes", "don_thu": "no",
    "ty_le_phan_loai_rac": "85", "ha_tang": "duong_cung chieu_sang", "nha_van_hoa": "yes",
    "so_hoat_dong": "6", "so_nam_tdpvh": "4", "doan_the": "yes",
}  # fmt: skip


@pytest.fixture
def town(app):
    """Province PROV > town PS > groups TDP01, TDP02: 10 households with one adult each."""
    add_unit(app, "PROV", "Tỉnh Thanh Hóa", kind="province")
    add_unit(app, "PS", "Thị trấn Phong Sơn", parent="PROV", kind="town")
    rows = ["unit,unit_name,parent_unit,household,head_name,members,citizen,full_name,birth_year"]
    for unit in ("TDP01", "TDP02"):
        for i in range(10):
            rows.append(f"{unit},Tổ {unit[-1]},PS,{unit}-H{i},Chủ hộ {i},4,{unit}-C{i},Công dân {i},1980")
    with app.app_context():
        import_roster(db.session(), "\n".join(rows).encode(), "roster.csv")
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
    scoring_queue.drain(app)  # these tests read scores next, as every reader drains first
    return resp.status_code


def household(app, unit: str, i: int, iid: str, **changes) -> None:
    send(app, "gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}", **changes}, iid)


def citizen(app, unit: str, i: int, iid: str, **changes) -> None:
    answers = {**CITIZEN, "unit": unit, "household": f"{unit}-H{i}", "citizen": f"{unit}-C{i}", **changes}
    send(app, "cong_dan_kieu_mau", answers, iid)


def figures(app, code: str) -> dict:
    with app.app_context():
        unit = uq.unit_by_code(db.session(), code)
        return rq.results_of_year(db.session(), 2026)[unit.id].figures


def test_supersede_edit_and_reject_decide_what_counts(town):
    household(town, "TDP01", 0, "uuid:h0-a", ho_ngheo="yes")  # not model
    assert figures(town, "TDP01")["own"]["model_households"] == 0
    household(town, "TDP01", 0, "uuid:h0-b")  # later submission supersedes: model
    own = figures(town, "TDP01")["own"]
    assert (own["households_surveyed"], own["model_households"]) == (1, 1)
    household(town, "TDP01", 0, "uuid:h0-c", so_bhyt="3", **{"meta/deprecatedID": "uuid:h0-b"})  # edit
    own = figures(town, "TDP01")["own"]
    assert (own["households_surveyed"], own["model_households"]) == (1, 0)
    assert own["criteria"]["household"]["GD08"] == [0, 1]
    with town.app_context():
        edited = db.session().query(Score).filter_by(counts=True, kind="household").one()
        results.reject(db.session(), edited, "sai hộ / wrong household")
        db.session().commit()
    own = figures(town, "TDP01")["own"]  # back to the earlier current one: h0-a (not model)
    assert (own["households_surveyed"], own["model_households"]) == (1, 0)
    assert own["criteria"]["household"]["GD01"] == [0, 1]


@pytest.mark.parametrize("model, reached", [(7, True), (6, False)])
def test_group_title_at_exactly_the_threshold(town, model, reached):
    for i in range(10):
        household(town, "TDP01", i, f"uuid:h{i}", **({} if i < model else {"ho_ngheo": "yes"}))
        citizen(town, "TDP01", i, f"uuid:c{i}", **({} if i < 7 else {"vi_pham_pl": "yes"}))
    send(town, "to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP01"}, "uuid:g1")
    result = figures(town, "TDP01")
    assert result["own"]["model_households"] == model and result["own"]["model_citizens"] == 7
    assert result["title"]["reached"] is reached
    shares = {c["key"]: c["passed"] for c in result["title"]["checks"]}
    assert shares == {"household_share": reached, "citizen_share": True, "group_criteria": True}


def test_group_without_its_own_assessment_does_not_reach_title(town):
    for i in range(10):
        household(town, "TDP02", i, f"uuid:h{i}")
        citizen(town, "TDP02", i, f"uuid:c{i}")
    title = figures(town, "TDP02")["title"]
    assert title["reached"] is False
    assert [c["key"] for c in title["checks"] if not c["passed"]] == ["group_criteria"]


def test_roll_up_over_three_levels_matches_a_full_rebuild(town):
    for i in range(4):
        household(town, "TDP01", i, f"uuid:a{i}", **({"ho_ngheo": "yes"} if i == 3 else {}))
        citizen(town, "TDP01", i, f"uuid:ac{i}")
    for i in range(3):
        household(town, "TDP02", i, f"uuid:b{i}")
    send(town, "to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP02"}, "uuid:g2")
    household(town, "TDP01", 0, "uuid:a0-again", so_bhyt="1")  # supersedes a0
    incremental = {code: figures(town, code) for code in ("TDP01", "TDP02", "PS", "PROV")}
    for level in ("PS", "PROV"):
        total = incremental[level]["total"]
        assert total["households_registry"] == 20 and total["adults_registry"] == 20
        assert total["households_surveyed"] == 7 and total["model_households"] == 5
        assert total["citizens_surveyed"] == 4 and total["groups"] == 2 and total["groups_assessed"] == 1
        assert total["criteria"]["household"]["GD08"] == [6, 7]
    with town.app_context():
        results.rebuild(db.session(), 2026)
        db.session().commit()
    for code, before in incremental.items():
        after = figures(town, code)
        assert after["total"] == before["total"], code
        assert after["own"]["model_households"] == before["own"]["model_households"]


def test_rescore_rebuilds_the_year(town):
    for i in range(3):
        household(town, "TDP01", i, f"uuid:r{i}")
    before = figures(town, "PS")["total"]
    with town.app_context():
        assert results.rescore(db.session(), 2026) == 3
        db.session().commit()
    assert figures(town, "PS")["total"] == before
