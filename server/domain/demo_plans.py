# ruff: noqa: E501  (the demo's texts read best one per line)
"""The demo town's year between January and November (`kieumau demo`): each group's
households registered (ticked by its board), its plan with three focus criteria and their
roadmap (approved by the committee for every other group), a mid-year inspection round in
which volunteers survey a third of the households with the same form, and the committee's
inspection of the first group. Deterministic for a seed; a second run adds nothing."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator

from sqlalchemy.orm import Session

from ..formats.instance import fill_instance
from ..store import forms as forms_q
from ..store import plans as plans_q
from ..store import units as units_q
from ..store.plan_models import InspectionRound
from . import inspections, plans, rounds
from .demo import HOUSEHOLD_BAD, HOUSEHOLD_OK, Town, account

ROUND_TITLE = "Kiểm tra giữa năm"
FOCUS = (  # (kind, code, share, month, day, responsible, notes)
    ("household", "GD05", 0.95, 6, 30, "Chi hội Phụ nữ", "Vận động lắp bể lọc, đấu nối nước máy"),
    ("household", "GD07", 0.8, 9, 30, "Chi đoàn Thanh niên", "Phát túi phân loại rác, kiểm tra hằng tháng"),
    ("group", "TDP05", 1.0, 10, 31, "Tổ trưởng", "Hoàn thành chiếu sáng ngõ 3, ngõ 5"),
)


def registrations_and_plans(db: Session, town: Town, year: int, seed: int) -> int:
    """Registrations and plans of the groups that have no plan yet; returns how many got one."""
    rnd = random.Random(seed + year + 26)
    committee = account(db, "bcd")
    made = 0
    for i, (code, _name) in enumerate(town.units):
        unit = units_q.unit_by_code(db, code)
        if unit is None or plans_q.plan_of(db, year, unit.id) is not None:
            continue
        board = account(db, f"bvd{code[-2:]}")
        homes = sorted(plans_q.household_codes_of_unit(db, unit.id))
        ticked = [h for h in homes if rnd.random() < 0.9]
        plans.set_registered_households(db, board, year, code, ticked)
        targets = [
            {"kind": kind, "code": crit, "target_share": share, "target_date": f"{year}-{month:02d}-{day:02d}",
             "responsible": who, "notes": notes}
            for kind, crit, share, month, day, who, notes in FOCUS
        ]  # fmt: skip
        plans.save_plan(db, board, year, code, targets, note="Kế hoạch đăng ký đầu năm")
        if i % 2 == 0:
            plans.approve_plan(db, committee, year, code)
        made += 1
    db.flush()
    return made


def open_round(db: Session, year: int) -> InspectionRound | None:
    """The mid-year round, opened now; None when the year has one already (a second run)."""
    if plans_q.rounds_of_year(db, year):
        return None
    return rounds.open_round(
        db, account(db, "bcd"), year, ROUND_TITLE, "sample", "Khảo sát chọn mẫu 1/3 số hộ mỗi tổ"
    )


def close_round(db: Session, found: InspectionRound) -> None:
    rounds.close_round(db, account(db, "bcd"), found.id)


def round_surveys(db: Session, town: Town, year: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """(unit code, submission XML) of the mid-year sample: a third of each group's
    households, surveyed with the November form, clean water and waste sorting not yet
    where the roadmap wants them."""
    rnd = random.Random(seed + year + 6)
    form = forms_q.by_xml_id(db, "gia_dinh_kieu_mau")
    version = forms_q.current_version(db, form) if form else None
    if version is None:
        return
    space = uuid.UUID(int=seed)
    for h in town.homes:
        if rnd.random() > 0.33:
            continue
        answers: dict[str, object] = {
            "unit": h.unit, "year": year, "new_household": "no", "household": h.code,
            "hh_members": len(h.people) + 1, "so_bhyt": len(h.people) + 1, "so_tre_tuoi_hoc": 0,
            "so_lao_dong": 2, "so_co_viec": 2,
        }  # fmt: skip
        for key, good in HOUSEHOLD_OK.items():
            answers[key] = good if rnd.random() < 0.85 else HOUSEHOLD_BAD[key]
        answers["nuoc_sach"] = "yes" if rnd.random() < 0.7 else "no"
        answers["phan_loai_rac"] = "yes" if rnd.random() < 0.5 else "no"
        iid = f"uuid:{uuid.uuid5(space, f'{year}/mid/{h.code}')}"
        yield h.unit, fill_instance(version.xml, answers, iid)


def inspection(db: Session, town: Town, year: int, found: InspectionRound | None) -> int:
    """The committee's inspection of the first group, once."""
    code = town.units[0][0]
    unit = units_q.unit_by_code(db, code)
    if unit is None or plans_q.inspections_of(db, year, [unit.id]):
        return 0
    inspections.record(
        db, account(db, "bcd"), year, code,
        {
            "held_on": f"{year}-07-10", "place": f"Nhà văn hóa {town.units[0][1]}",
            "members": "Lê Thị Thu Hà – Phó Trưởng ban Thường trực\nNguyễn Văn Minh – Ủy viên\nTrần Thị Lan – Ủy viên",
            "findings": "Tổ đã triển khai kế hoạch, họp dân đăng ký thi đua đầy đủ.\n"
                        "Tỷ lệ hộ dùng nước sạch và phân loại rác tại nguồn còn thấp so với lộ trình.",
            "requests": "Vận động các hộ còn lại lắp bể lọc nước trước ngày 30/9.\n"
                        "Chi đoàn Thanh niên kiểm tra phân loại rác hằng tháng, báo cáo Ban chỉ đạo.",
        },
        found.id if found is not None else None,
    )  # fmt: skip
    return 1
