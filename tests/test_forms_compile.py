"""Every forms/*.xlsx converts cleanly, carries a valid scoring sheet, keeps the field-name
contract the server relies on, and scores representative submissions as expected."""

import pytest
from lxml import etree
from pyxform.xls2xform import convert

from formdata import FORMS_DIR, flat_answers, form_xml, instance_xml
from server.domain.conditions import History
from server.domain.scoring import group_title, score
from server.domain.scoring_sheet import read_scoring, survey_fields

NS = {"x": "http://www.w3.org/2002/xforms", "h": "http://www.w3.org/1999/xhtml"}
ENTITIES = "{http://www.opendatakit.org/xforms/entities}saveto"
FORM_IDS = [
    "dang_ky_thi_dua", "gia_dinh_kieu_mau", "cong_dan_kieu_mau", "to_dan_pho_kieu_mau", "co_quan_kieu_mau",
    "can_bo_kieu_mau",
]  # fmt: skip


def path(form_id):
    return FORMS_DIR / f"{form_id}.xlsx"


def xform(form_id):
    return etree.fromstring(form_xml(path(form_id)))


def _named(elements, attribute, name):
    matches = [e for e in elements if (e.get(attribute) or "").split("/")[-1] == name]
    assert len(matches) == 1, name
    return matches[0]


def bind(form_id, name):
    return _named(xform(form_id).iterfind(".//x:bind", NS), "nodeset", name)


def itemset(form_id, name):
    control = _named(xform(form_id).find("h:body", NS).iter(), "ref", name)
    return control.find("x:itemset", NS).get("nodeset")


def test_all_six_forms_are_there():
    assert sorted(p.stem for p in FORMS_DIR.glob("*.xlsx")) == sorted(FORM_IDS)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_converts_without_warnings(form_id):
    warnings: list[str] = []
    result = convert(xlsform=str(path(form_id)), warnings=warnings)
    assert warnings == []
    root = etree.fromstring(result.xform.encode())
    data = root.find(".//x:model/x:instance", NS)[0]
    assert data.get("id") == form_id  # file name == settings form_id
    assert data.get("version").isdigit() and len(data.get("version")) == 10
    title = root.find("h:head/h:title", NS).text
    assert "dự thảo" in title  # the draft status is visible to every user
    langs = [t.get("lang") for t in root.iterfind(".//x:itext/x:translation", NS)]
    assert langs[0] == "Tiếng Việt (vi)" and "English (en)" in langs
    assert root.find(".//x:itext/x:translation[@default='true()']", NS).get("lang") == "Tiếng Việt (vi)"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_unit_and_year(form_id):
    fields = survey_fields(path(form_id))
    assert fields["unit"] == "select_one_from_file units.csv"
    assert itemset(form_id, "unit") == "instance('units')/root/item"
    assert fields["year"] == "calculate"
    assert bind(form_id, "year").get("calculate") == "format-date(today(), '%Y')"


@pytest.mark.parametrize("form_id", ["gia_dinh_kieu_mau", "cong_dan_kieu_mau"])
def test_household_pick(form_id):
    assert survey_fields(path(form_id))["household"] == "select_one_from_file households.csv"
    assert itemset(form_id, "household") == "instance('households')/root/item[unit= /data/unit ]"
    assert bind(form_id, "household").get("required") == "true()"


def test_new_household_and_entity_properties_match_households_csv():
    fields = survey_fields(path("gia_dinh_kieu_mau"))
    assert fields["new_household"] == "select_one yesno"
    assert "new_household" in bind("gia_dinh_kieu_mau", "household").get("relevant")
    saved = {}
    for name in ("unit", "head_name", "address", "members"):
        assert "new_household" in (bind("gia_dinh_kieu_mau", name).get("relevant") or "new_household")
        saved[name] = bind("gia_dinh_kieu_mau", name).get(ENTITIES)
    # households.csv: name,label,__version,unit,head_name,address,members
    assert saved == {n: n for n in saved}
    entity = xform("gia_dinh_kieu_mau").find(".//x:meta/x:entity", NS)
    assert entity.get("dataset") == "households"
    assert fields["location"] == "geopoint" and fields["photo"] == "image"


def test_citizen_pick_and_new_citizen():
    fields = survey_fields(path("cong_dan_kieu_mau"))
    assert fields["citizen"] == "select_one_from_file members.csv"
    assert (
        itemset("cong_dan_kieu_mau", "citizen")
        == "instance('members')/root/item[household= /data/household ]"
    )
    for name in ("full_name", "birth_year", "sex"):
        assert bind("cong_dan_kieu_mau", name).get("relevant") == " /data/new_citizen  = 'yes'"


def test_school_questions_only_when_there_are_children():
    assert (
        bind("gia_dinh_kieu_mau", "so_tre_di_hoc").get("relevant")
        == " /data/nhom_hoc_tap_lao_dong/so_tre_tuoi_hoc  > 0"
    )
    assert "/data/hh_members" in bind("gia_dinh_kieu_mau", "so_bhyt").get("constraint")


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_scoring_sheet_is_valid(form_id):
    sheet = read_scoring(path(form_id), path(form_id).name, survey_fields(path(form_id)))
    if form_id == "dang_ky_thi_dua":
        assert sheet is None  # registration has no criteria and no scoring sheet
        return
    assert sheet.max_points == 100
    assert 0 < sheet.rule.min_points <= sheet.max_points
    if form_id == "to_dan_pho_kieu_mau":
        assert (sheet.rule.household_share, sheet.rule.citizen_share) == (0.7, 0.7)


# ------------------------------------------------------------------ scoring real submissions

HOUSEHOLD = {
    "unit": "TDP01", "year": "2026", "new_household": "no", "household": "H001", "hh_members": "4",
    "ho_ngheo": "no", "thu_nhap": "yes", "nha_o": "kien_co", "canh_quan": "vuon cong_ngo",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "so_bhyt": "4",
    "bao_luc_gd": "no", "te_nan": "no", "nep_song": "yes", "so_tre_tuoi_hoc": "2",
    "so_tre_di_hoc": "2", "so_lao_dong": "2", "so_co_viec": "2",
    "phong_trao": "tu_thien sinh_hoat",
    "truy_cuu_hs": "no", "tron_nghia_vu": "no", "tao_hon": "no", "xu_phat_hc": "no",
}  # fmt: skip
NEW_HOUSEHOLD = {
    **HOUSEHOLD, "new_household": "yes", "household": "", "head_name": "Lê Văn Bình",
    "address": "12 ngõ 3", "members": "3", "hh_members": "3", "so_bhyt": "3",
    "meta/entity/@id": "0b6e4c1e-3c5a-4d0e-9a43-1f1f6a4b2c11",
}  # fmt: skip
CITIZEN = {
    "unit": "TDP01", "year": "2026", "household": "H001", "new_citizen": "no", "citizen": "C001",
    "vi_pham_pl": "no", "te_nan": "no", "vi_pham_gt": "no", "nghia_vu": "yes", "bhyt": "yes",
    "viec_lam": "co_viec", "hoat_dong": "doan_the hop_to", "nep_song": "yes", "moi_truong": "yes",
    "tao_hon": "no",
}  # fmt: skip
GROUP = {
    "unit": "TDP01", "year": "2026", "ngay_hop": "2026-11-20", "antt_vu_viec": "no",
    "to_tu_quan": "yes", "don_thu": "no", "ty_le_phan_loai_rac": "85", "ha_tang": "duong_cung chieu_sang",
    "nha_van_hoa": "yes", "so_hoat_dong": "6", "so_nam_tdpvh": "4", "doan_the": "yes",
    "kinh_te_on_dinh": "yes", "huong_uoc": "yes", "tuong_tro": "yes",
}  # fmt: skip


@pytest.mark.parametrize(
    ("form_id", "answers", "points", "failed", "reached"),
    [
        ("gia_dinh_kieu_mau", HOUSEHOLD, 100, [], True),
        ("gia_dinh_kieu_mau", NEW_HOUSEHOLD, 100, [], True),
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "so_bhyt": "3"}, 90, ["GD08"], False),
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "ho_ngheo": "yes"}, 90, ["GD01"], False),
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "phan_loai_rac": "no", "nep_song": "no"}, 90, [], True),
        (
            "gia_dinh_kieu_mau",
            {**HOUSEHOLD, "phan_loai_rac": "no", "nep_song": "no", "nha_o": "tam"},
            85,
            [],
            False,
        ),
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "so_tre_tuoi_hoc": "0", "so_tre_di_hoc": ""}, 100, [], True),
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "so_tre_di_hoc": "1"}, 95, ["GD12"], False),
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "phong_trao": "khong"}, 95, [], True),
        # GD15 reads the history: recognised 2024 and 2025 only (@years: years running to 2025)
        ("gia_dinh_kieu_mau", {**HOUSEHOLD, "@years": "2"}, 95, ["GD15"], False),
        ("cong_dan_kieu_mau", CITIZEN, 100, [], True),
        ("cong_dan_kieu_mau", {**CITIZEN, "viec_lam": "khong"}, 85, ["CD06"], False),
        ("cong_dan_kieu_mau", {**CITIZEN, "vi_pham_gt": "yes", "moi_truong": "no"}, 85, [], True),
        ("cong_dan_kieu_mau", {**CITIZEN, "vi_pham_gt": "yes", "nep_song": "no"}, 80, [], False),
        ("cong_dan_kieu_mau", {**CITIZEN, "hoat_dong": "doan_the"}, 90, [], True),
        ("to_dan_pho_kieu_mau", GROUP, 100, [], True),
        ("to_dan_pho_kieu_mau", {**GROUP, "antt_vu_viec": "yes"}, 85, ["TDP01"], False),
        ("to_dan_pho_kieu_mau", {**GROUP, "to_tu_quan": "no", "so_hoat_dong": "3"}, 80, [], True),
        (
            "to_dan_pho_kieu_mau",
            {**GROUP, "ty_le_phan_loai_rac": "79.5", "so_hoat_dong": "3", "don_thu": "yes"},
            70,
            [],
            False,
        ),
        ("to_dan_pho_kieu_mau", {**GROUP, "ty_le_phan_loai_rac": "80"}, 100, [], True),
    ],
)
def test_scores_a_submission_built_from_the_form(form_id, answers, points, failed, reached):
    answers = dict(answers)
    running = int(answers.pop("@years", 5))  # "Gia đình văn hóa" years running up to 2025
    history = History(2026, tuple((2025 - n, "Gia đình văn hóa") for n in range(running)))
    xml = instance_xml(path(form_id), answers, "uuid:test-1")
    sheet = read_scoring(path(form_id), path(form_id).name, survey_fields(path(form_id)))
    result = score(sheet, flat_answers(xml), history)
    assert (result.points, result.mandatory_failed, result.title_reached) == (points, failed, reached)


def test_group_title_with_the_forms_rule():
    sheet = read_scoring(
        path("to_dan_pho_kieu_mau"), "to_dan_pho_kieu_mau.xlsx", survey_fields(path("to_dan_pho_kieu_mau"))
    )
    group = score(sheet, GROUP)
    assert group_title(sheet.rule, 70, 100, 140, 200, group)[0] is True
    assert group_title(sheet.rule, 69, 100, 140, 200, group)[0] is False


def test_instance_xml_is_a_collect_style_submission():
    xml = instance_xml(path("gia_dinh_kieu_mau"), NEW_HOUSEHOLD, "uuid:abc")
    root = etree.fromstring(xml)
    assert xml.startswith(b"<?xml")
    assert (root.tag, root.get("id"), root.get("version")) == ("data", "gia_dinh_kieu_mau", "2026120703")
    assert root.findtext("meta/instanceID") == "uuid:abc"
    assert root.findtext("nhom_suc_khoe/so_bhyt") == "3"  # fields inside groups are found by name
    assert root.find("meta/entity").get("id") == NEW_HOUSEHOLD["meta/entity/@id"]
    with pytest.raises(KeyError):
        instance_xml(path("gia_dinh_kieu_mau"), {"so_bhyt_typo": "1"}, "uuid:x")
    dang_ky = instance_xml(path("dang_ky_thi_dua"), {"unit": "TDP01", "so_ho": "120"}, "uuid:d")
    assert flat_answers(dang_ky)["so_ho"] == "120"
