"""The content of the six draft forms as tables: questions, choices, criteria, title rules.

Read by forms/build_forms.py, which writes the .xlsx workbooks. Criteria follow the national
framework (Decree 86/2023/NĐ-CP, "Gia đình văn hóa", "Tổ dân phố văn hóa") plus the stricter
"kiểu mẫu" items of the campaign plan; they are a DRAFT for the steering committee to review.
Each question is short and decidable at the door; its hint says what counts as met.
A case Decree 86/2023 Art. 6 excludes from recognition is a mandatory criterion worth 0
points: it cannot be outweighed by points elsewhere (forms/README.md compares the criteria
with the Decree).
"""

# fmt: off
# ruff: noqa: E501
# (tables read best one row per line, so the formatter and line-length rule are off here)
from __future__ import annotations

from dataclasses import dataclass, field, replace

VI, EN = "Tiếng Việt (vi)", "English (en)"
VERSION = "2026112701"  # yyyymmdd + 2-digit edit counter; must increase on every change
REVIEWED = "2026120702"  # the forms changed by the review against Decree 86/2023 and the agency forms
PLANS = "2026120703"  # the registration form lists the registering households (ho_dang_ky)
HISTORY = "2026120703"  # the household form: GD15 read from the recognition history, not asked
DRAFT_VI = " (dự thảo tiêu chí – BCĐ rà soát)"
NO_HINT = ("", "")


@dataclass(frozen=True)
class Q:
    type: str
    name: str
    label: tuple[str, str] = ("", "")
    hint: tuple[str, str] = NO_HINT
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    constraint_message: tuple[str, str] = NO_HINT
    choice_filter: str = ""
    calculation: str = ""
    appearance: str = ""
    parameters: str = ""
    save_to: str = ""


@dataclass(frozen=True)
class Form:
    form_id: str
    title: str
    survey: list[Q]
    choices: list[tuple[str, str, str, str]]
    scoring: list[tuple[str, str, str, str, str, str, float]] = field(default_factory=list)
    rule: list[tuple[str, object, str, str]] = field(default_factory=list)
    entities: tuple[str, str, str] | None = None
    instance_name: str = ""
    version: str = VERSION


def group(name: str, vi: str, en: str) -> Q:
    return Q("begin_group", f"nhom_{name}", (vi, en))  # prefixed: never the same name as a field


END = Q("end_group", "")


def yes_no(name: str, vi: str, en: str, met_vi: str, met_en: str) -> Q:
    """A required yes/no criterion question; the hint says which answer meets it."""
    return Q("select_one yesno", name, (vi, en), (met_vi, met_en), required=True)


def count(name: str, vi: str, en: str, hint: tuple[str, str], most: str, most_msg: tuple[str, str], **kw) -> Q:
    """A required whole-number question that cannot exceed ``most`` (e.g. the household size)."""
    msg = (f"Từ 0 đến {most_msg[0]}", f"From 0 up to {most_msg[1]}")
    return Q("integer", name, (vi, en), hint, True, constraint=f". >= 0 and . <= {most}", constraint_message=msg, **kw)


YES_NO = [("yesno", "yes", "Có", "Yes"), ("yesno", "no", "Không", "No")]
NONE_ALONE = (". = 'khong' or not(selected(., 'khong'))", ("'Chưa có' không chọn cùng mục khác", "'None' cannot be combined with other items"))


def header(*after: Q, save_unit: bool = False, unit_label: tuple[str, str] = ("Tổ dân phố / thôn / cơ quan", "Residential group / village / agency")) -> list[Q]:
    """unit and year open every form; the server relies on these two names."""
    return [
        Q("select_one_from_file units.csv", "unit", unit_label, required=True,
          save_to="unit" if save_unit else ""),
        Q("calculate", "year", calculation="format-date(today(), '%Y')"),
        *after,
    ]


def household_pick(*, allow_new: bool) -> list[Q]:
    """The household from the volunteer's list, filtered by unit (households.csv)."""
    pick = Q(
        "select_one_from_file households.csv",
        "household",
        ("Hộ gia đình (chủ hộ – địa chỉ)", "Household (head – address)"),
        ("Gõ vài chữ của tên chủ hộ để tìm.", "Type part of the head's name to search."),
        required=True,
        relevant="${new_household} = 'no'" if allow_new else "",
        choice_filter="unit=${unit}",
        appearance="autocomplete",
    )
    if not allow_new:
        hint = ("Hộ chưa có trong danh sách? Điền phiếu Gia đình kiểu mẫu cho hộ trước.", "Household not listed? Fill in the model family form for it first.")
        return [replace(pick, hint=hint)]
    new = "${new_household} = 'yes'"
    return [
        yes_no("new_household", "Hộ chưa có trong danh sách?", "Household not on the list?", "Chọn Có để nhập hộ mới.", "Choose Yes to enter a new household."),
        pick,
        Q("text", "head_name", ("Họ tên chủ hộ", "Head of household's full name"), required=True, relevant=new, save_to="head_name"),
        Q("text", "address", ("Địa chỉ (số nhà, ngõ, đường)", "Address (number, lane, street)"), required=True, relevant=new, save_to="address"),
        Q("integer", "members", ("Số nhân khẩu của hộ", "Number of household members"), required=True, relevant=new,
          constraint=". >= 1 and . <= 30", constraint_message=("Từ 1 đến 30 người", "From 1 to 30 people"), save_to="members"),
        Q("calculate", "hh_members", ("Số thành viên của hộ", "Household members"), calculation="if(${new_household} = 'yes', ${members}, instance('households')/root/item[name=${household}]/members)"),
    ]


# --------------------------------------------------------------------------- dang_ky_thi_dua

DANG_KY = Form(
    "dang_ky_thi_dua",
    "Đăng ký thi đua danh hiệu kiểu mẫu" + DRAFT_VI,
    header(
        Q("select_one loai_don_vi", "loai_don_vi", ("Loại đơn vị", "Kind of unit"), required=True),
        count("so_ho", "Tổng số hộ của tổ / số hộ CBNV của cơ quan", "Total households in the unit", NO_HINT, "5000", ("5000", "5000")),
        count("so_ho_dang_ky", "Số hộ đăng ký Gia đình kiểu mẫu", "Households registering as model family", NO_HINT, "${so_ho}", ("tổng số hộ", "the total households")),
        Q("select_multiple_from_file households.csv", "ho_dang_ky", ("Các hộ đăng ký (chọn trong danh sách của tổ)", "Registering households (from the unit's list)"),
          ("Không bắt buộc. Danh sách này thay danh sách hộ đăng ký đã đánh dấu trên trang Kế hoạch.", "Optional. This list replaces the registering households ticked on the Plans page."),
          choice_filter="unit=${unit}", appearance="minimal"),
        count("so_cong_dan", "Tổng số công dân từ 18 tuổi", "Total citizens aged 18+", NO_HINT, "20000", ("20000", "20000")),
        count("so_cong_dan_dang_ky", "Số công dân đăng ký Công dân kiểu mẫu", "Citizens registering as model citizen", NO_HINT, "${so_cong_dan}", ("tổng số công dân", "the total citizens")),
        yes_no("dang_ky_tdp", "Đăng ký phấn đấu Tổ dân phố kiểu mẫu (hoặc Cơ quan kiểu mẫu)?", "Aiming for model residential group (or model agency)?", "", ""),
        Q("select_multiple nhom", "cam_ket", ("Nhóm tiêu chí đơn vị cam kết thực hiện trong năm", "Criterion groups the unit commits to this year"),
          ("Chọn tất cả nhóm đơn vị cam kết.", "Select every group the unit commits to."), required=True, relevant="${dang_ky_tdp} = 'yes'"),
        Q("text", "lo_trinh", ("Lộ trình, biện pháp chính (ngắn gọn)", "Roadmap and main measures (brief)"), appearance="multiline"),
        Q("text", "nguoi_dang_ky", ("Người đăng ký (tổ trưởng / thủ trưởng)", "Registered by (group leader / agency head)"), required=True),
    ),
    YES_NO + [
        ("loai_don_vi", "to_dan_pho", "Tổ dân phố / thôn", "Residential group / village"),
        ("loai_don_vi", "co_quan", "Cơ quan, đơn vị", "Agency, organisation"),
        ("nhom", "an_ninh", "An ninh, trật tự", "Security and order"),
        ("nhom", "moi_truong", "Môi trường, cảnh quan", "Environment and landscape"),
        ("nhom", "van_hoa", "Nhà văn hóa, hoạt động văn hóa", "Cultural house and activities"),
        ("nhom", "ha_tang", "Hạ tầng (đường, chiếu sáng, thoát nước)", "Infrastructure (roads, lighting, drainage)"),
        ("nhom", "doan_the", "Chi bộ, đoàn thể vững mạnh", "Strong Party cell and mass organisations"),
        ("nhom", "kinh_te", "Kinh tế, giảm nghèo", "Economy and poverty reduction"),
    ],
    instance_name="concat('Đăng ký ', ${unit}, ' ', ${year})",
    version=PLANS,
)

# --------------------------------------------------------------------------- gia_dinh_kieu_mau

MET_NO = ("Đạt khi: Không.", "Met when: No.")
MET_YES = ("Đạt khi: Có.", "Met when: Yes.")
HH = ("${hh_members}", ("số nhân khẩu của hộ", "the household's members"))

GIA_DINH = Form(
    "gia_dinh_kieu_mau",
    "Gia đình kiểu mẫu – phiếu đánh giá hộ" + DRAFT_VI,
    header(
        *household_pick(allow_new=True),
        Q("geopoint", "location", ("Vị trí của hộ (không bắt buộc)", "Household location (optional)"), ("Đứng trước cổng nhà.", "Stand at the front gate.")),
        Q("image", "photo", ("Ảnh cổng, ngõ (không bắt buộc)", "Photo of gate and lane (optional)"), parameters="max-pixels=1024"),
        group("kinh_te", "Kinh tế", "Economy"),
        yes_no("ho_ngheo", "Hộ có trong danh sách hộ nghèo hoặc cận nghèo năm nay?", "Is the household on this year's poor or near-poor list?",
               "Đạt khi: Không. Xem danh sách của phường/xã.", "Met when: No. Check the ward/commune list."),
        yes_no("thu_nhap", "Thu nhập bình quân đầu người của hộ bằng hoặc cao hơn mức bình quân của địa phương?", "Is income per person at or above the local average?",
               "Đạt khi: Có. So với mức bình quân BCĐ công bố.", "Met when: Yes. Compare with the committee's published average."),
        Q("select_one nha_o", "nha_o", ("Nhà ở của hộ", "The household's housing"), ("Đạt khi: kiên cố hoặc bán kiên cố.", "Met when: solid or semi-solid."), required=True),
        END,
        group("moi_truong", "Môi trường, cảnh quan", "Environment and landscape"),
        Q("select_multiple canh_quan", "canh_quan", ("Những gì đã gọn gàng, sạch đẹp? (chọn tất cả)", "What is tidy and clean? (select all)"),
          ("Đạt khi có cả vườn, sân và cổng, ngõ.", "Met when both the garden/yard and the gate/lane are."), True, "", *NONE_ALONE),
        yes_no("nuoc_sach", "Hộ dùng nước sạch (nước máy hoặc giếng đã qua lọc)?", "Does the household use clean water (piped or filtered well)?", *MET_YES),
        yes_no("nha_tieu", "Có nhà tiêu hợp vệ sinh (tự hoại, bán tự hoại)?", "Is there a hygienic toilet (septic or semi-septic)?", *MET_YES),
        yes_no("phan_loai_rac", "Hộ phân loại rác tại nguồn (hữu cơ, tái chế riêng)?", "Does the household sort waste at source?", *MET_YES),
        END,
        group("suc_khoe", "Sức khỏe", "Health"),
        count("so_bhyt", "Số thành viên có thẻ BHYT còn hạn", "Members with a valid health insurance card",
              ("Đạt khi tất cả ${hh_members} người đều có thẻ.", "Met when all ${hh_members} members have one."), *HH),
        END,
        group("phap_luat", "Pháp luật, an ninh, nếp sống", "Law, safety, way of life"),
        yes_no("bao_luc_gd", "Trong năm, hộ có xảy ra bạo lực gia đình?", "Any domestic violence this year?", *MET_NO),
        yes_no("te_nan", "Trong năm, có thành viên vi phạm pháp luật hoặc mắc tệ nạn xã hội (ma túy, cờ bạc, trộm cắp)?",
               "Did any member break the law or fall into social evils (drugs, gambling, theft) this year?", *MET_NO),
        yes_no("nep_song", "Hộ tổ chức cưới, tang, lễ hội văn minh; không gây ồn ảnh hưởng hàng xóm?",
               "Civilised weddings, funerals and festivals; no noise nuisance?", *MET_YES),
        END,
        group("khong_xet", "Trường hợp không xét tặng (Nghị định 86/2023, Điều 6)", "Cases excluded from recognition (Decree 86/2023, Art. 6)"),
        yes_no("truy_cuu_hs", "Trong năm, có thành viên bị truy cứu trách nhiệm hình sự?", "Was any member prosecuted for a crime this year?", *MET_NO),
        yes_no("tron_nghia_vu", "Có thành viên không hoàn thành nghĩa vụ quân sự hoặc nghĩa vụ nộp thuế?",
               "Did any member fail military service or tax duties?", *MET_NO),
        yes_no("tao_hon", "Có thành viên bị xử phạt về tảo hôn, tổ chức tảo hôn, vi phạm quy định kết hôn, ly hôn hoặc chế độ một vợ một chồng?",
               "Was any member fined for child marriage, arranging one, or breaking the rules on marriage, divorce or monogamy?", *MET_NO),
        yes_no("xu_phat_hc", "Có thành viên bị xử phạt hành chính về trật tự công cộng, đánh bạc, tệ nạn xã hội, phòng cháy chữa cháy và cứu nạn cứu hộ, hoặc bạo lực gia đình?",
               "Was any member fined for public order, gambling, social evils, fire safety and rescue, or domestic violence?", *MET_NO),
        END,
        group("hoc_tap_lao_dong", "Học tập, việc làm", "Schooling and work"),
        count("so_tre_tuoi_hoc", "Số trẻ trong độ tuổi đi học (6–18 tuổi)", "School-age children (6–18)",
              ("Nhập 0 nếu không có.", "Enter 0 if none."), *HH),
        count("so_tre_di_hoc", "Trong đó, số trẻ đang đi học", "Of whom attending school", ("Đạt khi tất cả các em đều đi học.", "Met when all attend school."),
              "${so_tre_tuoi_hoc}", ("số trẻ trong độ tuổi đi học", "the school-age children"), relevant="${so_tre_tuoi_hoc} > 0"),
        count("so_lao_dong", "Số người trong độ tuổi lao động, có khả năng lao động", "Working-age members able to work",
              ("Từ 15 tuổi đến tuổi nghỉ hưu. Nhập 0 nếu không có.", "From 15 to retirement age. Enter 0 if none."), *HH),
        count("so_co_viec", "Trong đó, số người có việc làm hợp pháp", "Of whom in lawful work", ("Đạt khi tất cả đều có việc làm.", "Met when all have work."),
              "${so_lao_dong}", ("số người trong độ tuổi lao động", "the working-age members"), relevant="${so_lao_dong} > 0"),
        END,
        group("van_hoa", "Văn hóa, cộng đồng", "Culture and community"),
        Q("select_multiple phong_trao", "phong_trao", ("Hộ tham gia những phong trào nào trong năm?", "Which movements did the household join this year?"),
          ("Đạt khi từ 2 phong trào trở lên.", "Met with 2 or more."), True, "", *NONE_ALONE),
        # GD15 ("Gia đình văn hóa" 3 years running) is read from the recognition history, not asked
        END,
        Q("text", "ghi_chu", ("Ghi chú", "Notes"), appearance="multiline"),
        save_unit=True,
    ),
    YES_NO + [
        ("nha_o", "kien_co", "Kiên cố", "Solid"),
        ("nha_o", "ban_kien_co", "Bán kiên cố", "Semi-solid"),
        ("nha_o", "tam", "Nhà tạm, dột nát", "Makeshift or dilapidated"),
        ("canh_quan", "vuon", "Vườn, sân gọn gàng", "Garden and yard tidy"),
        ("canh_quan", "cong_ngo", "Cổng, tường rào, ngõ sạch đẹp", "Gate, fence and lane clean"),
        ("canh_quan", "cay_xanh", "Có cây xanh, hoa trước nhà", "Trees or flowers in front"),
        ("canh_quan", "khong", "Chưa có mục nào", "None yet"),
        ("phong_trao", "tu_thien", "Từ thiện, nhân đạo", "Charity"),
        ("phong_trao", "den_on", "Đền ơn đáp nghĩa", "Gratitude movement"),
        ("phong_trao", "khuyen_hoc", "Khuyến học, khuyến tài", "Study promotion"),
        ("phong_trao", "ve_sinh", "Tổng vệ sinh, bảo vệ môi trường", "Community clean-up"),
        ("phong_trao", "sinh_hoat", "Họp, sinh hoạt tổ dân phố", "Group meetings"),
        ("phong_trao", "khong", "Chưa tham gia", "None"),
    ],
    scoring=[
        ("GD01", "kinh_te", "Không là hộ nghèo, cận nghèo", "Not a poor or near-poor household", "${ho_ngheo} = 'no'", "yes", 10),
        ("GD02", "kinh_te", "Thu nhập bình quân ≥ mức bình quân địa phương", "Income per person ≥ local average", "${thu_nhap} = 'yes'", "yes", 10),
        ("GD03", "kinh_te", "Nhà ở kiên cố hoặc bán kiên cố", "Solid or semi-solid housing", "selected(${nha_o}, 'kien_co') or selected(${nha_o}, 'ban_kien_co')", "no", 5),
        ("GD04", "moi_truong", "Vườn, sân, cổng, ngõ gọn gàng, sạch đẹp", "Tidy garden, yard, gate and lane", "selected(${canh_quan}, 'vuon') and selected(${canh_quan}, 'cong_ngo')", "no", 5),
        ("GD05", "moi_truong", "Dùng nước sạch", "Uses clean water", "${nuoc_sach} = 'yes'", "yes", 5),
        ("GD06", "moi_truong", "Có nhà tiêu hợp vệ sinh", "Has a hygienic toilet", "${nha_tieu} = 'yes'", "yes", 5),
        ("GD07", "moi_truong", "Phân loại rác tại nguồn", "Sorts waste at source", "${phan_loai_rac} = 'yes'", "no", 5),
        ("GD08", "suc_khoe", "100% thành viên có thẻ BHYT", "Every member has health insurance", "${so_bhyt} >= ${hh_members}", "yes", 10),
        ("GD09", "phap_luat", "Không có bạo lực gia đình", "No domestic violence", "${bao_luc_gd} = 'no'", "yes", 10),
        ("GD10", "phap_luat", "Không vi phạm pháp luật, không tệ nạn xã hội", "No law breaking, no social evils", "${te_nan} = 'no'", "yes", 10),
        ("GD11", "phap_luat", "Nếp sống văn minh trong cưới, tang, lễ hội", "Civilised weddings, funerals and festivals", "${nep_song} = 'yes'", "no", 5),
        ("GD12", "hoc_tap_lao_dong", "Trẻ trong độ tuổi đi học đều đến trường", "School-age children attend school", "${so_tre_tuoi_hoc} = 0 or ${so_tre_di_hoc} >= ${so_tre_tuoi_hoc}", "yes", 5),
        ("GD13", "hoc_tap_lao_dong", "Người trong độ tuổi lao động có việc làm hợp pháp", "Working-age members have lawful work", "${so_lao_dong} = 0 or ${so_co_viec} >= ${so_lao_dong}", "no", 5),
        ("GD14", "van_hoa", "Tham gia từ 2 phong trào trở lên", "Joins 2 or more movements", "count-selected(${phong_trao}) >= 2 and not(selected(${phong_trao}, 'khong'))", "no", 5),
        ("GD15", "van_hoa", "«Gia đình văn hóa» 3 năm liền trở lên", "'Cultured family' 3 years running or more", "consecutive-years() >= 3", "yes", 5),
        ("GD16", "khong_xet", "Không có thành viên bị truy cứu trách nhiệm hình sự (NĐ 86/2023, Đ.6)", "No member prosecuted for a crime (Decree 86/2023, Art. 6)", "${truy_cuu_hs} = 'no'", "yes", 0),
        ("GD17", "khong_xet", "Mọi thành viên hoàn thành nghĩa vụ quân sự, nghĩa vụ nộp thuế (NĐ 86/2023, Đ.6)", "Every member did military service and paid taxes due (Decree 86/2023, Art. 6)", "${tron_nghia_vu} = 'no'", "yes", 0),
        ("GD18", "khong_xet", "Không tảo hôn, không vi phạm chế độ hôn nhân (NĐ 86/2023, Đ.6)", "No child marriage or marriage-law offence (Decree 86/2023, Art. 6)", "${tao_hon} = 'no'", "yes", 0),
        ("GD19", "khong_xet", "Không bị xử phạt về trật tự công cộng, đánh bạc, tệ nạn, PCCC, bạo lực gia đình (NĐ 86/2023, Đ.6)", "No fine for public order, gambling, social evils, fire safety, domestic violence (Decree 86/2023, Art. 6)", "${xu_phat_hc} = 'no'", "yes", 0),
    ],
    rule=[
        ("min_points", 90, "Điểm tối thiểu để đạt danh hiệu", "Minimum points for the title"),
        ("all_mandatory", "yes", "Phải đạt mọi tiêu chí bắt buộc", "Every mandatory criterion must be met"),
        ("unit_kinds", "residential_group, village", "Loại đơn vị có hộ gia đình được đánh giá", "Kinds of unit whose households are assessed"),
    ],
    entities=("households", "concat(${head_name}, ' – ', ${address})", "${new_household} = 'yes'"),
    instance_name="concat('Hộ ', if(${new_household} = 'yes', ${head_name}, ${household}))",
    version=HISTORY,
)

# --------------------------------------------------------------------------- cong_dan_kieu_mau

NEW_CITIZEN = "${new_citizen} = 'yes'"

CONG_DAN = Form(
    "cong_dan_kieu_mau",
    "Công dân kiểu mẫu – phiếu đánh giá công dân" + DRAFT_VI,
    header(
        *household_pick(allow_new=False),
        yes_no("new_citizen", "Người này chưa có trong danh sách thành viên của hộ?", "Person not on the household's member list?",
               "Chọn Có để nhập người mới.", "Choose Yes to enter a new person."),
        Q("select_one_from_file members.csv", "citizen", ("Công dân (họ tên, năm sinh)", "Citizen (name, birth year)"), required=True,
          relevant="${new_citizen} = 'no'", choice_filter="household=${household}"),
        Q("text", "full_name", ("Họ và tên", "Full name"), required=True, relevant=NEW_CITIZEN),
        Q("integer", "birth_year", ("Năm sinh", "Year of birth"), ("Chỉ đánh giá công dân từ 18 tuổi.", "Only citizens aged 18 or over are assessed."),
          True, NEW_CITIZEN, ". >= 1900 and . <= ${year} - 18", ("Phải từ 18 tuổi trở lên", "Must be 18 or older")),
        Q("select_one sex", "sex", ("Giới tính", "Sex"), required=True, relevant=NEW_CITIZEN),
        group("phap_luat", "Chấp hành pháp luật", "Obeying the law"),
        yes_no("vi_pham_pl", "Trong năm, người này có bị xử lý vi phạm pháp luật (hành chính hoặc hình sự)?", "Sanctioned for breaking the law this year?", *MET_NO),
        yes_no("te_nan", "Có mắc tệ nạn xã hội (ma túy, cờ bạc, say rượu gây rối)?", "Any social evils (drugs, gambling, drunken disorder)?", *MET_NO),
        yes_no("vi_pham_gt", "Trong năm, có bị xử phạt vi phạm luật giao thông?", "Fined for a traffic offence this year?", *MET_NO),
        yes_no("nghia_vu", "Thực hiện đầy đủ nghĩa vụ công dân (thuế, nghĩa vụ quân sự, khai báo cư trú)?", "Fulfils civic duties (taxes, military service, residence registration)?", *MET_YES),
        yes_no("tao_hon", "Có bị xử phạt về tảo hôn, tổ chức tảo hôn, vi phạm chế độ hôn nhân một vợ một chồng?",
               "Fined for child marriage, arranging one, or breaking monogamy?", *MET_NO),
        END,
        group("suc_khoe_viec_lam", "Sức khỏe, việc làm", "Health and work"),
        yes_no("bhyt", "Có thẻ BHYT còn hạn?", "Has a valid health insurance card?", *MET_YES),
        Q("select_one viec_lam", "viec_lam", ("Việc làm, học tập hiện nay", "Current work or study"),
          ("Đạt khi có việc làm, đang học, hoặc đã nghỉ hưu / cao tuổi.", "Met when working, studying, or retired / elderly."), required=True),
        END,
        group("cong_dong", "Cộng đồng, nếp sống", "Community and way of life"),
        Q("select_multiple hoat_dong", "hoat_dong", ("Tham gia những hoạt động nào trong năm?", "Which activities did the person join this year?"),
          ("Đạt khi từ 2 hoạt động trở lên.", "Met with 2 or more."), True, "", *NONE_ALONE),
        yes_no("nep_song", "Ứng xử văn minh; cưới, tang, lễ hội tiết kiệm; không gây ồn?", "Civil behaviour; thrifty weddings, funerals, festivals; no noise nuisance?", *MET_YES),
        yes_no("moi_truong", "Giữ vệ sinh chung, không xả rác, nước thải ra đường?", "Keeps public places clean, no litter or waste water in the street?", *MET_YES),
        END,
    ),
    YES_NO + [
        ("sex", "nam", "Nam", "Male"),
        ("sex", "nu", "Nữ", "Female"),
        ("viec_lam", "co_viec", "Có việc làm, thu nhập hợp pháp", "Lawful work and income"),
        ("viec_lam", "di_hoc", "Đang đi học", "Studying"),
        ("viec_lam", "huu_tri", "Nghỉ hưu, cao tuổi hoặc mất sức lao động", "Retired, elderly or unable to work"),
        ("viec_lam", "khong", "Trong tuổi lao động nhưng không có việc làm", "Working age but without work"),
        ("hoat_dong", "doan_the", "Sinh hoạt đoàn thể (Phụ nữ, Đoàn TN, CCB, NCT…)", "Mass organisation (women, youth, veterans, elderly…)"),
        ("hoat_dong", "hop_to", "Dự họp tổ dân phố", "Attends group meetings"),
        ("hoat_dong", "ve_sinh", "Tham gia tổng vệ sinh", "Community clean-up"),
        ("hoat_dong", "tu_thien", "Đóng góp từ thiện, nhân đạo", "Charity"),
        ("hoat_dong", "khong", "Chưa tham gia", "None"),
    ],
    scoring=[
        ("CD01", "phap_luat", "Không vi phạm pháp luật", "No law breaking", "${vi_pham_pl} = 'no'", "yes", 15),
        ("CD02", "phap_luat", "Không mắc tệ nạn xã hội", "No social evils", "${te_nan} = 'no'", "yes", 15),
        ("CD03", "phap_luat", "Chấp hành luật giao thông", "Obeys traffic law", "${vi_pham_gt} = 'no'", "no", 10),
        ("CD04", "phap_luat", "Thực hiện đầy đủ nghĩa vụ công dân (thuế, quân sự; NĐ 86/2023, Đ.6)", "Fulfils civic duties (tax, military service; Decree 86/2023, Art. 6)", "${nghia_vu} = 'yes'", "yes", 10),
        ("CD05", "suc_khoe_viec_lam", "Có thẻ BHYT", "Has health insurance", "${bhyt} = 'yes'", "yes", 10),
        ("CD06", "suc_khoe_viec_lam", "Có việc làm hợp pháp hoặc đang học", "Lawful work or study", "${viec_lam} != 'khong'", "yes", 15),
        ("CD07", "cong_dong", "Tham gia từ 2 hoạt động cộng đồng trở lên", "Joins 2 or more community activities", "count-selected(${hoat_dong}) >= 2 and not(selected(${hoat_dong}, 'khong'))", "no", 10),
        ("CD08", "cong_dong", "Nếp sống văn minh", "Civilised way of life", "${nep_song} = 'yes'", "no", 10),
        ("CD09", "cong_dong", "Giữ gìn vệ sinh môi trường", "Keeps the environment clean", "${moi_truong} = 'yes'", "no", 5),
        ("CD10", "phap_luat", "Không tảo hôn, không vi phạm chế độ hôn nhân (NĐ 86/2023, Đ.6)", "No child marriage or monogamy offence (Decree 86/2023, Art. 6)", "${tao_hon} = 'no'", "yes", 0),
    ],
    rule=[
        ("min_points", 85, "Điểm tối thiểu để đạt danh hiệu", "Minimum points for the title"),
        ("all_mandatory", "yes", "Phải đạt mọi tiêu chí bắt buộc", "Every mandatory criterion must be met"),
        ("unit_kinds", "residential_group, village", "Công dân được đánh giá tại tổ dân phố, thôn nơi cư trú", "Citizens are assessed in the residential group or village where they live"),
    ],
    instance_name="concat('Công dân ', if(${new_citizen} = 'yes', ${full_name}, ${citizen}))",
    version=REVIEWED,
)

# --------------------------------------------------------------------------- to_dan_pho_kieu_mau

TO_DAN_PHO = Form(
    "to_dan_pho_kieu_mau",
    "Tổ dân phố kiểu mẫu – Ban vận động tự đánh giá" + DRAFT_VI,
    header(
        Q("date", "ngay_hop", ("Ngày họp bình xét", "Date of the evaluation meeting"), required=True),
        group("an_ninh", "An ninh, trật tự", "Security and order"),
        yes_no("antt_vu_viec", "Trong năm, địa bàn có vụ việc nghiêm trọng về an ninh, trật tự (trọng án, tụ điểm ma túy, cờ bạc)?",
               "Any serious security incident this year (major crime, drug or gambling den)?", *MET_NO),
        yes_no("to_tu_quan", "Có tổ an ninh tự quản, tổ PCCC hoạt động thường xuyên?", "Is there an active self-managed security and fire team?", *MET_YES),
        yes_no("don_thu", "Có đơn thư khiếu nại, tố cáo vượt cấp, kéo dài?", "Any complaints escalated past the local level or dragging on?", *MET_NO),
        END,
        group("moi_truong", "Môi trường", "Environment"),
        Q("decimal", "ty_le_phan_loai_rac", ("Tỷ lệ hộ phân loại rác tại nguồn (%)", "Share of households sorting waste at source (%)"),
          ("Đạt khi từ 80% trở lên.", "Met at 80% or more."), True, "", ". >= 0 and . <= 100", ("Từ 0 đến 100", "From 0 to 100")),
        END,
        group("ha_tang", "Hạ tầng", "Infrastructure"),
        Q("select_multiple ha_tang", "ha_tang", ("Hạ tầng ngõ xóm đã có (chọn tất cả)", "Lane infrastructure in place (select all)"),
          ("Đạt khi đường đã cứng hóa và có đèn chiếu sáng.", "Met when lanes are paved and lit."), True, "", *NONE_ALONE),
        END,
        group("van_hoa", "Nhà văn hóa, hoạt động văn hóa", "Cultural house and activities"),
        yes_no("nha_van_hoa", "Nhà văn hóa có đủ thiết bị tối thiểu và được sử dụng thường xuyên?", "Is the cultural house equipped and in regular use?", *MET_YES),
        count("so_hoat_dong", "Số buổi hoạt động văn hóa, văn nghệ, thể thao trong năm", "Cultural, arts and sports events held this year",
              ("Đạt khi từ 4 buổi trở lên.", "Met with 4 or more."), "366", ("366", "366")),
        count("so_nam_tdpvh", "Số năm liên tục gần nhất tổ được công nhận «Tổ dân phố văn hóa»", "Consecutive recent years recognised as 'Cultured residential group'",
              ("Đạt khi từ 3 năm trở lên.", "Met with 3 or more."), "50", ("50", "50")),
        END,
        group("doan_the", "Chi bộ, đoàn thể", "Party cell and mass organisations"),
        yes_no("doan_the", "Chi bộ và các đoàn thể của tổ được xếp loại hoàn thành tốt nhiệm vụ trở lên?", "Party cell and mass organisations rated 'good' or better?", *MET_YES),
        END,
        group("khung_86", "Tiêu chuẩn khung (Nghị định 86/2023, Phụ lục II)", "Framework standards (Decree 86/2023, Annex II)"),
        yes_no("kinh_te_on_dinh", "Đời sống kinh tế của tổ ổn định, phát triển: tỷ lệ hộ nghèo giảm (hoặc không còn hộ nghèo) so với năm trước?",
               "Is the group's economy stable and growing: fewer poor households than last year (or none)?", *MET_YES),
        yes_no("huong_uoc", "Quy ước, hương ước của cộng đồng được thực hiện; hòa giải kịp thời mâu thuẫn, tranh chấp tại cơ sở?",
               "Is the community covenant kept, and are disputes mediated in time?", *MET_YES),
        yes_no("tuong_tro", "Tổ có hoạt động đoàn kết, tương trợ, giúp đỡ hộ khó khăn, gia đình chính sách trong năm?",
               "Did the group help households in need and families of war veterans this year?", *MET_YES),
        END,
        Q("text", "ghi_chu", ("Ghi chú", "Notes"), appearance="multiline"),
    ),
    YES_NO + [
        ("ha_tang", "duong_cung", "Đường, ngõ được cứng hóa", "Lanes paved"),
        ("ha_tang", "chieu_sang", "Có đèn chiếu sáng ngõ xóm", "Lanes lit"),
        ("ha_tang", "thoat_nuoc", "Có rãnh thoát nước có nắp", "Covered drains"),
        ("ha_tang", "khong", "Chưa có", "None yet"),
    ],
    scoring=[
        ("TDP01", "an_ninh", "Không có vụ việc nghiêm trọng về ANTT", "No serious security incident", "${antt_vu_viec} = 'no'", "yes", 15),
        ("TDP02", "an_ninh", "Tổ an ninh tự quản, PCCC hoạt động thường xuyên", "Active security and fire team", "${to_tu_quan} = 'yes'", "no", 10),
        ("TDP03", "an_ninh", "Không có đơn thư vượt cấp, kéo dài", "No escalated or lingering complaints", "${don_thu} = 'no'", "no", 10),
        ("TDP04", "moi_truong", "≥ 80% hộ phân loại rác tại nguồn", "≥ 80% of households sort waste", "${ty_le_phan_loai_rac} >= 80", "no", 10),
        ("TDP05", "ha_tang", "Đường ngõ cứng hóa và có chiếu sáng", "Lanes paved and lit", "selected(${ha_tang}, 'duong_cung') and selected(${ha_tang}, 'chieu_sang')", "no", 10),
        ("TDP06", "van_hoa", "Nhà văn hóa đủ thiết bị, sử dụng thường xuyên", "Cultural house equipped and used", "${nha_van_hoa} = 'yes'", "yes", 10),
        ("TDP07", "van_hoa", "Từ 4 buổi hoạt động văn hóa, thể thao/năm", "4 or more cultural or sports events a year", "${so_hoat_dong} >= 4", "no", 10),
        ("TDP08", "van_hoa", "«Tổ dân phố văn hóa» 3 năm liền trở lên", "'Cultured residential group' 3 years running", "${so_nam_tdpvh} >= 3", "no", 15),
        ("TDP09", "doan_the", "Chi bộ, đoàn thể hoàn thành tốt nhiệm vụ trở lên", "Party cell and organisations rated good or better", "${doan_the} = 'yes'", "yes", 10),
        ("TDP10", "khung_86", "Đời sống kinh tế ổn định, hộ nghèo giảm (NĐ 86/2023, PL II)", "Stable economy, fewer poor households (Decree 86/2023, Annex II)", "${kinh_te_on_dinh} = 'yes'", "yes", 0),
        ("TDP11", "khung_86", "Thực hiện quy ước, hương ước; hòa giải ở cơ sở (NĐ 86/2023, PL II)", "Community covenant kept; disputes mediated (Decree 86/2023, Annex II)", "${huong_uoc} = 'yes'", "yes", 0),
        ("TDP12", "khung_86", "Đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng (NĐ 86/2023, PL II)", "Solidarity and mutual help (Decree 86/2023, Annex II)", "${tuong_tro} = 'yes'", "yes", 0),
    ],
    rule=[
        ("unit_kinds", "residential_group, village", "Loại đơn vị mà phiếu này đánh giá", "Kinds of unit this form assesses"),
        ("min_points", 80, "Điểm tối thiểu của tiêu chí cấp tổ", "Minimum points of the group-level criteria"),
        ("all_mandatory", "yes", "Phải đạt mọi tiêu chí bắt buộc cấp tổ", "Every mandatory group criterion must be met"),
        ("household_share", 0.7, "Tỷ lệ hộ đạt Gia đình kiểu mẫu / tổng số hộ trong sổ (0.7 = 70%)", "Share of model households among the registry (0.7 = 70%)"),
        ("citizen_share", 0.7, "Tỷ lệ công dân đạt Công dân kiểu mẫu / tổng số công dân ≥ 18 tuổi", "Share of model citizens among registered adults"),
    ],
    instance_name="concat('Tổ ', ${unit}, ' ', ${year})",
    version=REVIEWED,
)

# --------------------------------------------------------------------------- co_quan_kieu_mau

AGENCY = ("Cơ quan, đơn vị", "Agency")

CO_QUAN = Form(
    "co_quan_kieu_mau",
    "Cơ quan, đơn vị kiểu mẫu – Ban vận động cơ quan tự đánh giá" + DRAFT_VI,
    header(
        Q("date", "ngay_hop", ("Ngày họp bình xét", "Date of the evaluation meeting"), required=True),
        group("nhiem_vu", "Thực hiện nhiệm vụ", "Work"),
        yes_no("hoan_thanh_nv", "Cơ quan được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm?", "Is the agency rated 'good' or better for the year?", *MET_YES),
        yes_no("dan_chu", "Thực hiện quy chế dân chủ ở cơ sở, công khai tài chính; không có đơn thư vượt cấp, kéo dài?",
               "Grassroots democracy rules and open finances kept; no escalated or lingering complaints?", *MET_YES),
        END,
        group("phap_luat", "Chấp hành pháp luật, an toàn", "Law and safety"),
        yes_no("ky_luat", "Trong năm, có cán bộ, công chức, viên chức bị kỷ luật hoặc truy cứu trách nhiệm hình sự?",
               "Was any staff member disciplined or prosecuted for a crime this year?", *MET_NO),
        yes_no("pccc", "Cơ quan bảo đảm an ninh trật tự, phòng cháy chữa cháy (không bị xử phạt trong năm)?",
               "Does the agency keep order and fire safety (no fine this year)?", *MET_YES),
        END,
        group("van_hoa", "Văn hóa công sở, môi trường", "Workplace culture and environment"),
        yes_no("van_hoa_cong_so", "Thực hiện quy tắc ứng xử, văn hóa công sở; không hút thuốc lá, không uống rượu bia trong giờ làm việc?",
               "Code of conduct and workplace culture kept; no smoking or drinking at work?", *MET_YES),
        yes_no("khuon_vien", "Khuôn viên xanh, sạch, đẹp; phân loại rác tại nguồn?", "Grounds green and clean; waste sorted at source?", *MET_YES),
        count("so_hoat_dong", "Số hoạt động văn hóa, thể thao, từ thiện của cơ quan trong năm", "Cultural, sports and charity activities held this year",
              ("Đạt khi từ 3 hoạt động trở lên.", "Met with 3 or more."), "366", ("366", "366")),
        END,
        group("doan_the", "Tổ chức đảng, đoàn thể", "Party cell and mass organisations"),
        yes_no("doan_the", "Chi bộ, công đoàn, đoàn thanh niên xếp loại hoàn thành tốt nhiệm vụ trở lên?", "Party cell, trade union and youth union rated 'good' or better?", *MET_YES),
        END,
        Q("text", "ghi_chu", ("Ghi chú", "Notes"), appearance="multiline"),
        unit_label=AGENCY,
    ),
    YES_NO,
    scoring=[
        ("CQ01", "nhiem_vu", "Hoàn thành tốt nhiệm vụ trở lên", "Rated good or better", "${hoan_thanh_nv} = 'yes'", "yes", 20),
        ("CQ02", "nhiem_vu", "Thực hiện dân chủ cơ sở, không có đơn thư vượt cấp", "Grassroots democracy, no escalated complaints", "${dan_chu} = 'yes'", "no", 15),
        ("CQ03", "phap_luat", "Không có cán bộ bị kỷ luật, truy cứu hình sự", "No staff disciplined or prosecuted", "${ky_luat} = 'no'", "yes", 15),
        ("CQ04", "phap_luat", "Bảo đảm an ninh trật tự, phòng cháy chữa cháy", "Order and fire safety kept", "${pccc} = 'yes'", "yes", 10),
        ("CQ05", "van_hoa", "Thực hiện văn hóa công sở", "Workplace culture kept", "${van_hoa_cong_so} = 'yes'", "no", 15),
        ("CQ06", "van_hoa", "Khuôn viên xanh, sạch, đẹp; phân loại rác", "Green, clean grounds; waste sorted", "${khuon_vien} = 'yes'", "no", 10),
        ("CQ07", "van_hoa", "Từ 3 hoạt động văn hóa, thể thao, từ thiện/năm", "3 or more cultural, sports or charity activities", "${so_hoat_dong} >= 3", "no", 5),
        ("CQ08", "doan_the", "Tổ chức đảng, đoàn thể hoàn thành tốt nhiệm vụ", "Party cell and organisations rated good or better", "${doan_the} = 'yes'", "yes", 10),
    ],
    rule=[
        ("unit_kinds", "agency", "Phiếu này đánh giá cơ quan, đơn vị", "This form assesses agencies"),
        ("title::vi", "Cơ quan, đơn vị kiểu mẫu", "Tên danh hiệu trên văn bản", "The title as documents print it"),
        ("title::en", "Model agency", "", ""),
        ("min_points", 80, "Điểm tối thiểu của tiêu chí cấp cơ quan", "Minimum points of the agency's own criteria"),
        ("all_mandatory", "yes", "Phải đạt mọi tiêu chí bắt buộc", "Every mandatory criterion must be met"),
        ("citizen_share", 0.7, "Tỷ lệ cán bộ đạt danh hiệu / tổng số cán bộ trong danh sách (không có household_share: cơ quan không có hộ)",
         "Share of staff reaching their title among the staff list (no household_share: an agency has no households)"),
    ],
    instance_name="concat('Cơ quan ', ${unit}, ' ', ${year})",
    version=REVIEWED,
)

# --------------------------------------------------------------------------- can_bo_kieu_mau

CAN_BO = Form(
    "can_bo_kieu_mau",
    "Cán bộ, công chức, viên chức kiểu mẫu – phiếu đánh giá" + DRAFT_VI,
    header(
        Q("select_one_from_file members.csv", "citizen", ("Cán bộ, công chức, viên chức (họ tên, năm sinh)", "Staff member (name, birth year)"),
          ("Danh sách cán bộ của cơ quan trong sổ theo dõi.", "The agency's staff in the registry."), required=True,
          choice_filter="unit=${unit}", appearance="autocomplete"),
        group("nhiem_vu", "Thực hiện nhiệm vụ", "Work"),
        yes_no("hoan_thanh_nv", "Được xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm?", "Rated 'good' or better for the year?", *MET_YES),
        yes_no("van_hoa_cong_so", "Chấp hành quy tắc ứng xử, văn hóa công sở, giờ giấc làm việc?", "Keeps the code of conduct, workplace culture and working hours?", *MET_YES),
        END,
        group("phap_luat", "Chấp hành pháp luật", "Obeying the law"),
        yes_no("ky_luat", "Trong năm, có bị kỷ luật hoặc xử lý vi phạm pháp luật?", "Disciplined or sanctioned for breaking the law this year?", *MET_NO),
        yes_no("te_nan", "Có mắc tệ nạn xã hội (ma túy, cờ bạc, say rượu gây rối)?", "Any social evils (drugs, gambling, drunken disorder)?", *MET_NO),
        yes_no("nghia_vu", "Thực hiện đầy đủ nghĩa vụ công dân (thuế, nghĩa vụ quân sự, khai báo cư trú)?", "Fulfils civic duties (taxes, military service, residence registration)?", *MET_YES),
        yes_no("tao_hon", "Có bị xử phạt về tảo hôn, tổ chức tảo hôn, vi phạm chế độ hôn nhân một vợ một chồng?",
               "Fined for child marriage, arranging one, or breaking monogamy?", *MET_NO),
        END,
        group("cong_dong", "Nơi cư trú, cộng đồng", "Where they live"),
        yes_no("noi_cu_tru", "Gương mẫu tham gia sinh hoạt, hoạt động ở tổ dân phố, thôn nơi cư trú?", "Takes part in the life of the residential group where they live?", *MET_YES),
        yes_no("bhyt", "Có thẻ BHYT còn hạn?", "Has a valid health insurance card?", *MET_YES),
        END,
        unit_label=AGENCY,
    ),
    YES_NO,
    scoring=[
        ("CB01", "nhiem_vu", "Hoàn thành tốt nhiệm vụ trở lên", "Rated good or better", "${hoan_thanh_nv} = 'yes'", "yes", 25),
        ("CB02", "nhiem_vu", "Chấp hành văn hóa công sở", "Keeps workplace culture", "${van_hoa_cong_so} = 'yes'", "no", 15),
        ("CB03", "phap_luat", "Không bị kỷ luật, không vi phạm pháp luật", "Not disciplined, no law breaking", "${ky_luat} = 'no'", "yes", 20),
        ("CB04", "phap_luat", "Không mắc tệ nạn xã hội", "No social evils", "${te_nan} = 'no'", "yes", 10),
        ("CB05", "phap_luat", "Thực hiện đầy đủ nghĩa vụ công dân (thuế, quân sự; NĐ 86/2023, Đ.6)", "Fulfils civic duties (tax, military service; Decree 86/2023, Art. 6)", "${nghia_vu} = 'yes'", "yes", 10),
        ("CB06", "phap_luat", "Không tảo hôn, không vi phạm chế độ hôn nhân (NĐ 86/2023, Đ.6)", "No child marriage or monogamy offence (Decree 86/2023, Art. 6)", "${tao_hon} = 'no'", "yes", 0),
        ("CB07", "cong_dong", "Gương mẫu ở nơi cư trú", "Exemplary where they live", "${noi_cu_tru} = 'yes'", "no", 10),
        ("CB08", "cong_dong", "Có thẻ BHYT", "Has health insurance", "${bhyt} = 'yes'", "no", 10),
    ],
    rule=[
        ("unit_kinds", "agency", "Cán bộ được đánh giá tại cơ quan, đơn vị", "Staff are assessed at their agency"),
        ("staff_assessed_at", "agency", "agency: cán bộ được đánh giá một lần, tại cơ quan (không đánh giá lại ở nơi cư trú); residence: tại tổ dân phố nơi cư trú",
         "agency: staff are assessed once, at their agency (not again where they live); residence: in their residential group"),
        ("title::vi", "Cán bộ, công chức, viên chức kiểu mẫu", "Tên danh hiệu trên văn bản", "The title as documents print it"),
        ("title::en", "Model civil servant", "", ""),
        ("min_points", 85, "Điểm tối thiểu để đạt danh hiệu", "Minimum points for the title"),
        ("all_mandatory", "yes", "Phải đạt mọi tiêu chí bắt buộc", "Every mandatory criterion must be met"),
    ],
    instance_name="concat('Cán bộ ', ${citizen})",
    version=REVIEWED,
)

FORMS = [DANG_KY, GIA_DINH, CONG_DAN, TO_DAN_PHO, CO_QUAN, CAN_BO]
