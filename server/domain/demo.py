"""A realistic synthetic town for trying the server: units, a registry with Vietnamese names
and addresses, volunteers and boards, a January registration per unit, November surveys sent
through the OpenRosa endpoint like phones would, and board reviews for part of the units.

Everything is deterministic for a seed, and instance IDs are derived from it, so running the
demo twice re-sends identical submissions (the server answers 201 and stores nothing new)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta

import requests
from sqlalchemy.orm import Session

from ..formats.instance import fill_instance
from ..store import forms as forms_q
from ..store import history as history_q
from ..store import units as units_q
from ..store import users as users_q
from ..store.models import Unit, User
from . import accounts, demo_agencies, registry, review, rewards, units

SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Mai Trịnh Đinh Lương".split()
)
MALE = (
    "Văn Đức Minh Quang Hữu Thành Công Xuân Ngọc".split(),
    "An Bình Cường Dũng Hùng Khánh Long Nam Phúc Sơn Tâm Tuấn Việt".split(),
)
FEMALE = (
    "Thị Thu Ngọc Thanh Minh Kim".split(),
    "Anh Dung Hà Hạnh Hoa Hương Lan Linh Mai Nga Nhung Oanh Phương Thảo Trang Yến".split(),
)
STREETS = ["đường Lê Lợi", "đường Trần Phú", "phố Bà Triệu", "ngõ Chợ", "đường Phong Sơn", "xóm Đồng Lớn"]
PASSWORD = "kieumau-demo"

HOUSEHOLD_OK = {
    "ho_ngheo": "no", "thu_nhap": "yes", "nha_o": "kien_co", "canh_quan": "vuon cong_ngo cay_xanh",
    "nuoc_sach": "yes", "nha_tieu": "yes", "phan_loai_rac": "yes", "bao_luc_gd": "no", "te_nan": "no",
    "nep_song": "yes", "phong_trao": "tu_thien khuyen_hoc sinh_hoat", "truy_cuu_hs": "no",
    "tron_nghia_vu": "no", "tao_hon": "no", "xu_phat_hc": "no",
}  # fmt: skip
HOUSEHOLD_BAD = {
    "ho_ngheo": "yes", "thu_nhap": "no", "nha_o": "tam", "canh_quan": "khong", "nuoc_sach": "no",
    "nha_tieu": "no", "phan_loai_rac": "no", "bao_luc_gd": "yes", "te_nan": "yes", "nep_song": "no",
    "phong_trao": "khong", "truy_cuu_hs": "no", "tron_nghia_vu": "yes", "tao_hon": "no", "xu_phat_hc": "yes",
}  # fmt: skip
CITIZEN_OK = {
    "vi_pham_pl": "no", "te_nan": "no", "vi_pham_gt": "no", "nghia_vu": "yes", "bhyt": "yes",
    "viec_lam": "co_viec", "hoat_dong": "doan_the hop_to", "nep_song": "yes", "moi_truong": "yes",
    "tao_hon": "no",
}  # fmt: skip
CITIZEN_BAD = {
    "vi_pham_pl": "yes", "te_nan": "yes", "vi_pham_gt": "yes", "nghia_vu": "no", "bhyt": "no",
    "viec_lam": "khong", "hoat_dong": "khong", "nep_song": "no", "moi_truong": "no", "tao_hon": "no",
}  # fmt: skip
GROUP_OK = {
    "antt_vu_viec": "no", "to_tu_quan": "yes", "don_thu": "no", "ty_le_phan_loai_rac": "85",
    "ha_tang": "duong_cung chieu_sang", "nha_van_hoa": "yes", "so_hoat_dong": "6", "so_nam_tdpvh": "4",
    "doan_the": "yes", "kinh_te_on_dinh": "yes", "huong_uoc": "yes", "tuong_tro": "yes",
}  # fmt: skip


@dataclass
class Person:
    code: str
    name: str
    birth_year: int
    sex: str


@dataclass
class Home:
    code: str
    unit: str
    address: str
    people: list[Person] = field(default_factory=list)


@dataclass
class Town:
    units: list[tuple[str, str]]  # (code, name) of the residential groups
    homes: list[Home]
    staff: dict[str, str] = field(default_factory=dict)  # citizen code -> agency (demo_agencies.py)


def make_town(households: int, seed: int) -> Town:
    """The synthetic registry: about 200 households per residential group, 2-4 adults each."""
    rnd = random.Random(seed)
    n_units = max(2, min(30, households // 200))
    unit_list = [(f"TDP{i:02d}", f"Tổ dân phố {i}") for i in range(1, n_units + 1)]
    homes = []
    for i in range(households):
        code, _name = unit_list[i % n_units]
        home = Home(f"{code}-H{i:05d}", code, f"Số {rnd.randint(1, 200)}, {rnd.choice(STREETS)}")
        family = rnd.choice(SURNAMES)
        for j in range(rnd.choice((2, 2, 3, 3, 4))):
            sex = "nam" if j % 2 == 0 else "nu"
            middles, givens = MALE if sex == "nam" else FEMALE
            surname = family if j != 1 else rnd.choice(SURNAMES)
            name = f"{surname} {rnd.choice(middles)} {rnd.choice(givens)}"
            year = rnd.randint(1945, 2000) if j < 2 else rnd.randint(1990, 2007)
            home.people.append(Person(f"{home.code}-C{j}", name, year, sex))
        homes.append(home)
    return Town(unit_list, homes, demo_agencies.staff_of(homes))


def roster_csv(town: Town, town_code: str) -> bytes:
    lines = [
        "unit,unit_name,parent_unit,household,head_name,address,members,citizen,full_name,birth_year,sex,"
        "workplace"
    ]
    names = dict(town.units)
    for h in town.homes:
        for p in h.people:
            lines.append(
                f'{h.unit},{names[h.unit]},{town_code},{h.code},{h.people[0].name},"{h.address}",'
                f"{len(h.people) + 1},{p.code},{p.name},{p.birth_year},{p.sex},{town.staff.get(p.code, '')}"
            )
    return "\n".join(lines).encode()


def setup(db: Session, town: Town, realm: str) -> dict[str, str]:
    """Units, registry and users in the data folder. Returns unit code -> volunteer token."""
    if units_q.unit_by_code(db, "PS") is None:
        units.add_unit(db, "PS", "Phường Phong Sơn", kind="ward")
    demo_agencies.add_units(db, "PS")
    registry.import_roster(db, roster_csv(town, "PS"), "demo-roster.csv")
    if users_q.by_username(db, "bcd") is None:
        committee = accounts.add_user(db, "bcd", "committee", PASSWORD, realm, full_name="Lê Thị Thu Hà")
        accounts.assign(db, committee, ["PS"])
    tokens = {}
    for code, name in town.units:
        num = code[-2:]
        for role, prefix in (("volunteer", "tnv"), ("board", "bvd")):
            username = f"{prefix}{num}"
            user = users_q.by_username(db, username)
            if user is None:
                label = f"{'Tình nguyện viên' if role == 'volunteer' else 'Ban vận động'} {name}"
                user = accounts.add_user(db, username, role, PASSWORD, realm, full_name=label)
                accounts.assign(db, user, [code])
            if role == "volunteer":  # a new token each run: only its digest is kept
                tokens[code] = accounts.new_token(user)
    tokens.update(demo_agencies.add_users(db, realm, PASSWORD))
    db.flush()
    return tokens


def account(db: Session, username: str) -> User:
    """One of the demo's accounts; setup() makes them all before any later step uses one."""
    user = users_q.by_username(db, username)
    if user is None:
        raise RuntimeError(f"the demo account {username} is missing; run setup() first")
    return user


def demo_unit(db: Session, code: str) -> Unit:
    """One of the demo town's units; setup() adds them all before any later step uses one."""
    unit = units_q.unit_by_code(db, code)
    if unit is None:
        raise RuntimeError(f"the demo unit {code} is missing; run setup() first")
    return unit


def surveys(
    db: Session, town: Town, year: int, seed: int, cultured: dict[str, int] | None = None
) -> Iterator[tuple[str, bytes]]:
    """(unit code, submission XML) for January registrations and November surveys. Fills
    `cultured` with how many years running each surveyed household has been a «Gia đình văn
    hóa» up to last year (the town's earlier records: `cultured_history` stores them)."""
    rnd = random.Random(seed + year)
    xml = {}
    for form_id in ("dang_ky_thi_dua", "gia_dinh_kieu_mau", "cong_dan_kieu_mau", "to_dan_pho_kieu_mau"):
        form = forms_q.by_xml_id(db, form_id)
        version = forms_q.current_version(db, form) if form else None
        if version is None:
            raise RuntimeError(f"form {form_id} is not published; run 'kieumau forms import'")
        xml[form_id] = version.xml
    space = uuid.UUID(int=seed)

    def iid(*parts: object) -> str:
        return f"uuid:{uuid.uuid5(space, '/'.join(map(str, (year, *parts))))}"

    per_unit: dict[str, list[Home]] = {}
    for h in town.homes:
        per_unit.setdefault(h.unit, []).append(h)
    for i, (code, name) in enumerate(town.units):
        homes = per_unit.get(code, [])
        adults = sum(len(h.people) for h in homes)
        reg = {
            "unit": code, "year": year, "loai_don_vi": "to_dan_pho", "so_ho": len(homes),
            "so_ho_dang_ky": int(len(homes) * 0.9), "so_cong_dan": adults,
            "so_cong_dan_dang_ky": int(adults * 0.85), "dang_ky_tdp": "yes",
            "cam_ket": "an_ninh moi_truong van_hoa", "nguoi_dang_ky": f"Tổ trưởng {name}",
        }  # fmt: skip
        yield code, fill_instance(xml["dang_ky_thi_dua"], reg, iid("reg", code))
        quality = rnd.uniform(0.6, 0.92)  # share of exemplary households and citizens
        if i % 4 == 2:  # the group whose meeting refuses enough to lose its title (board_reviews)
            quality = 0.9
        for h in homes:
            if rnd.random() > 0.93:
                continue  # not surveyed yet
            members = len(h.people) + 1
            answers = {
                "unit": code,
                "year": year,
                "new_household": "no",
                "household": h.code,
                "hh_members": members,
            }
            exemplary = rnd.random() < quality
            for key, good in HOUSEHOLD_OK.items():
                answers[key] = good if exemplary or rnd.random() < 0.8 else HOUSEHOLD_BAD[key]
            kids = rnd.choice((0, 0, 1, 2))
            answers.update(
                so_bhyt=members if exemplary or rnd.random() < 0.8 else members - 1,
                so_tre_tuoi_hoc=kids, so_tre_di_hoc=kids, so_lao_dong=2, so_co_viec=2,
            )  # fmt: skip
            running = rnd.choice((3, 4, 5, 6)) if exemplary else rnd.choice((1, 2, 3, 5))
            if cultured is not None:
                cultured[h.code] = running
            if not kids:
                answers.pop("so_tre_di_hoc")
            yield code, fill_instance(xml["gia_dinh_kieu_mau"], answers, iid("hh", h.code))
            for p in h.people:
                if rnd.random() > 0.9:
                    continue
                c = {"unit": code, "year": year, "household": h.code, "new_citizen": "no", "citizen": p.code}
                exemplary = rnd.random() < quality + 0.05
                for key, good in CITIZEN_OK.items():
                    c[key] = good if exemplary or rnd.random() < 0.8 else CITIZEN_BAD[key]
                if p.code not in town.staff:  # staff are assessed at their agency
                    yield code, fill_instance(xml["cong_dan_kieu_mau"], c, iid("cd", p.code))
        group = {"unit": code, "year": year, "ngay_hop": f"{year}-11-20", **GROUP_OK}
        if rnd.random() < 0.3 and i % 4 != 2:
            group["nha_van_hoa"] = "no"
        yield code, fill_instance(xml["to_dan_pho_kieu_mau"], group, iid("tdp", code))
    yield from demo_agencies.surveys(db, town.staff, year, seed)


CULTURED = "Gia đình văn hóa"


def cultured_history(db: Session, town: Town, year: int, cultured: dict[str, int], seed: int = 0) -> int:
    """The ward's earlier «Gia đình văn hóa» lists, as a town loads them (history import):
    each surveyed household recognised the `cultured[code]` years before `year`, the others
    (not surveyed in November; a mid-year inspection may visit them) drawn apart, so the
    surveys' draws stay those of the one-year demo. Returns how many recognitions were new."""
    rnd = random.Random(seed * 7919 + year)
    running = dict(cultured)
    for h in town.homes:
        if h.code not in running:
            running[h.code] = rnd.choice((0, 1, 3, 4, 5))
    unit_of = {h.code: h.unit for h in town.homes}
    rows = [
        history_q.Recognised(year - 1 - n, "household", code, unit_of[code], CULTURED, "import")
        for code, years in sorted(running.items())
        for n in range(years)
    ]
    return history_q.add(db, rows)


def submit_all(
    base_url: str, tokens: dict[str, str], items: list[tuple[str, bytes]], progress: Callable[[int], None]
) -> list[str]:
    """POST every submission as Collect does (token URL, multipart). Returns the errors."""
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_maxsize=8))
    errors: list[str] = []

    def send(item: tuple[str, bytes]) -> None:
        unit, xml = item
        resp = session.post(
            f"{base_url}/key/{tokens[unit]}/submission?deviceID=kieumau-demo",
            files={"xml_submission_file": ("submission.xml", xml, "text/xml")},
            headers={"X-OpenRosa-Version": "1.0"},
            timeout=60,
        )
        if resp.status_code != 201:
            errors.append(f"{resp.status_code}: {resp.text[:200]}")
        progress(1)

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(send, items))
    return errors


def board_reviews(db: Session, town: Town, year: int, seed: int, *, finished: bool = False) -> int:
    """The December procedure in every state: of each four groups, the first meets and is
    approved, the second has not met, the third's board refuses many (enough, in the demo
    town, to lose the group its title) and is approved, the fourth has met and posted its
    list but waits for the committee. Meetings are in November (Decree 86/2023: before the
    25th), lists posted the next day; the committee approves on 5 December of the year.
    A `finished` (earlier) year: every group met and was approved."""
    rnd = random.Random(seed + 7 + (year if finished else 0))
    admin = account(db, "bcd")
    done = 0
    for i, (code, name) in enumerate(town.units):
        if i % 4 == 1 and not finished:
            continue
        board = account(db, f"bvd{code[-2:]}")
        unit = demo_unit(db, code)
        current = review.get_review(db, year, unit)
        if current is not None and current.state != "open":
            continue
        day = f"{year}-11-{10 + i % 14:02d}"
        review.record_meeting(
            db, board, year, code, meeting_date=day, started_at="19:30", ended_at="21:15",
            place=f"Nhà văn hóa {name}", chair=f"Tổ trưởng {name}", secretary=f"Thư ký {name}",
            present=rnd.randint(30, 40), invited=45,
        )  # fmt: skip
        agree_rate = 0.75 if i % 4 == 2 else 0.97
        for p in review.proposals(db, year, unit):
            agree = rnd.random() < agree_rate
            review.decide(
                db, board, year, code, p.kind, p.subject, agree=agree,
                votes_for=rnd.randint(20, 28) if agree else rnd.randint(3, 10), votes_total=28,
                reason="" if agree else rnd.choice(REFUSALS),
            )  # fmt: skip
        review.submit(db, board, year, code)
        review.record_posting(
            db, board, year, code, (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        )
        if i % 4 != 3 or finished:
            review.approve(
                db, admin, year, code, self_assessment_checked=True, today=date(year, 12, 5),
                note="Đã kiểm tra bảng tự đánh giá và biên bản họp của tổ",
            )  # fmt: skip
        done += 1
    return done + demo_agencies.board_reviews(db, year)


def reminders(db: Session, settings: Mapping, town: Town, year: int) -> int:
    """The committee reminds the groups that had not met by the meetings' deadline (one of
    each four), as on 12 December; once per group and year."""
    from . import followup

    admin = account(db, "bcd")
    sent = {r.unit_code for r in followup.reminders_of(db, admin, limit=10_000) if r.year == year}
    late = [code for i, (code, _name) in enumerate(town.units) if i % 4 == 1 and code not in sent]
    if not late:
        return 0
    message = "Đề nghị Ban vận động tổ chức họp bình xét và gửi kết quả về Ban chỉ đạo trước ngày 20/12."
    return followup.send_reminders(db, settings, admin, year, late, message, today=date(year, 12, 12))


def demo_rewards(db: Session, year: int) -> int:
    """The committee proposes rewards from the figures' suggestions: every suggested
    collective, and the first suggested household and citizen; nothing when the year has
    rewards already (a second run stores nothing new). Returns how many it proposed."""
    committee = account(db, "bcd")
    view = rewards.reward_view(db, committee, year)
    if view.rewards or view.left_out:
        return 0
    chosen = [s for s in view.suggestions if s.kind == "unit"]
    for kind in ("household", "citizen"):
        chosen += [s for s in view.suggestions if s.kind == kind][:1]
    for s in chosen:
        rewards.propose(db, committee, year, s.kind, s.subject, s.reason, s.basis)
    return len(chosen)


REFUSALS = (
    "Chưa gương mẫu tham gia sinh hoạt tổ dân phố",
    "Chưa hoàn thành vệ sinh môi trường, phân loại rác tại nguồn",
    "Còn thành viên chưa tham gia bảo hiểm y tế",
)
