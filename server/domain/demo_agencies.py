"""The demo town's two agencies (`kieumau demo`): the ward's People's Committee and a
secondary school, units of kind agency with their own workbooks. Some of the town's adults
work in them (the roster's `workplace`): they live in a residential group's household and
are assessed once, at their agency, with the staff workbook; each agency assesses itself
with its own. The first agency's board meets and posts its list, which waits for the
committee; the second has not met yet. Deterministic for a seed; a second run adds nothing."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..formats.instance import fill_instance
from ..store import forms as forms_q
from ..store import units as units_q
from ..store import users as users_q
from . import accounts, review, units

AGENCIES = (("CQ01", "UBND phường"), ("CQ02", "Trường THCS"))
EVERY = 25  # the first adult of one household in EVERY works in an agency
STAFF_OK = {
    "hoan_thanh_nv": "yes", "van_hoa_cong_so": "yes", "ky_luat": "no", "te_nan": "no", "nghia_vu": "yes",
    "tao_hon": "no", "noi_cu_tru": "yes", "bhyt": "yes",
}  # fmt: skip
STAFF_BAD = {**STAFF_OK, "hoan_thanh_nv": "no", "ky_luat": "yes"}
AGENCY_OK = {
    "hoan_thanh_nv": "yes", "dan_chu": "yes", "ky_luat": "no", "pccc": "yes", "van_hoa_cong_so": "yes",
    "khuon_vien": "yes", "so_hoat_dong": "5", "doan_the": "yes",
}  # fmt: skip


def staff_of(homes: list) -> dict[str, str]:
    """citizen code -> agency code: the first adult of every EVERY-th household (by its
    place in the town), the agencies taking turns."""
    out = {}
    for i, home in enumerate(homes):
        if i % EVERY == 3 and home.people:
            out[home.people[0].code] = AGENCIES[(i // EVERY) % len(AGENCIES)][0]
    return out


def add_units(db: Session, parent: str) -> None:
    """The agencies under the ward, before the roster names them as workplaces."""
    for code, name in AGENCIES:
        if units_q.unit_by_code(db, code) is None:
            units.add_unit(db, code, name, kind="agency", parent_code=parent)


def add_users(db: Session, realm: str, password: str) -> dict[str, str]:
    """A volunteer and a board account per agency (tnvcq01, bvcq01…); agency code -> the
    volunteer's new token."""
    tokens = {}
    for code, name in AGENCIES:
        for role, prefix, label in (
            ("volunteer", "tnv", "Tình nguyện viên"),
            ("board", "bv", "Ban vận động"),
        ):
            username = f"{prefix}{code.lower()}"
            user = users_q.by_username(db, username)
            if user is None:
                user = accounts.add_user(db, username, role, password, realm, full_name=f"{label} {name}")
                accounts.assign(db, user, [code])
            if role == "volunteer":
                tokens[code] = accounts.new_token(user)
    return tokens


def surveys(db: Session, staff: dict[str, str], year: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """(agency code, submission XML): each agency's registration, its staff's assessments
    and its own."""
    rnd = random.Random(seed + year + 11)
    xml = {}
    for form_id in ("dang_ky_thi_dua", "co_quan_kieu_mau", "can_bo_kieu_mau"):
        form = forms_q.by_xml_id(db, form_id)
        version = forms_q.current_version(db, form) if form else None
        if version is None:
            return  # a data folder whose forms predate the agency workbooks: no agencies
        xml[form_id] = version.xml
    space = uuid.UUID(int=seed)

    def iid(*parts: object) -> str:
        return f"uuid:{uuid.uuid5(space, '/'.join(map(str, (year, 'agency', *parts))))}"

    for code, name in AGENCIES:
        people = sorted(c for c, work in staff.items() if work == code)
        reg = {
            "unit": code, "year": year, "loai_don_vi": "co_quan", "so_ho": 0, "so_ho_dang_ky": 0,
            "so_cong_dan": len(people), "so_cong_dan_dang_ky": len(people), "dang_ky_tdp": "yes",
            "cam_ket": "an_ninh van_hoa doan_the", "nguoi_dang_ky": f"Thủ trưởng {name}",
        }  # fmt: skip
        yield code, fill_instance(xml["dang_ky_thi_dua"], reg, iid("reg", code))
        for citizen in people:
            good = rnd.random() < 0.9
            answers = {"unit": code, "year": year, "citizen": citizen, **(STAFF_OK if good else STAFF_BAD)}
            yield code, fill_instance(xml["can_bo_kieu_mau"], answers, iid("cb", citizen))
        own = {"unit": code, "year": year, "ngay_hop": f"{year}-11-18", **AGENCY_OK}
        yield code, fill_instance(xml["co_quan_kieu_mau"], own, iid("cq", code))


def board_reviews(db: Session, year: int) -> int:
    """The first agency's meeting, agreeing on its staff, its list posted and waiting for the
    committee; the second agency has not met. Returns the meetings held now."""
    code, name = AGENCIES[0]
    unit = units_q.unit_by_code(db, code)
    current = review.get_review(db, year, unit) if unit else None
    if unit is None or (current is not None and current.state != "open"):
        return 0
    board = users_q.by_username(db, f"bv{code.lower()}")
    if board is None:  # the demo's agency board account: made with the agency
        return 0
    day = f"{year}-11-18"
    review.record_meeting(
        db, board, year, code, meeting_date=day, started_at="14:00", ended_at="15:30",
        place=f"Hội trường {name}", chair=f"Thủ trưởng {name}", secretary=f"Chánh văn phòng {name}",
        present=18, invited=20,
    )  # fmt: skip
    for p in review.proposals(db, year, unit):
        review.decide(db, board, year, code, p.kind, p.subject, agree=True, votes_for=17, votes_total=18)
    review.submit(db, board, year, code)
    review.record_posting(db, board, year, code, (date.fromisoformat(day) + timedelta(days=1)).isoformat())
    return 1
