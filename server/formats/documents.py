"""The data of each official document, as plain dataclasses.

The domain layer fills these in; `pdf.py` renders them. Nothing here touches the database, so
the same values can come from a test, a CLI preview or the web view. `DocumentSettings` holds
what the committee fills in once a year (numbers, dates, signers, recipients); the defaults
describe the demo town Phong Sơn (Thanh Hóa) so a fresh install prints something sensible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .numbers import number

#: The three model titles of a residential group, by the `kind` used across the project: what
#: a document prints when its data names no other (domain/wording.py gives each unit kind's).
TITLES = {
    "household": "Gia đình kiểu mẫu",
    "citizen": "Công dân kiểu mẫu",
    "unit": "Tổ dân phố kiểu mẫu",
}

# A blank that survives HTML whitespace collapsing, for dates filled in by hand after printing.
_BLANK = "\u00a0" * 6


def vn_date(d: date | None, year: int | None = None) -> str:
    """Write a date the Decree 30 way: "ngày 05 tháng 3 năm 2026".

    Days below 10 and the months 1 and 2 take a leading zero (Decree 30, annex I); other
    months do not. Without a date, leave blanks to fill in by hand after printing.
    """
    if d is None:
        return f"ngày{_BLANK}tháng{_BLANK}năm {year or ''}".rstrip()
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def vn_number(value: float | int | None) -> str:
    """Format a score with the Vietnamese decimal comma: 85.5 → "85,5", 90.0 → "90"."""
    return number(value, "vi")


@dataclass(frozen=True)
class Signature:
    """A signature block: authority lines in capitals, then the signer's name in bold."""

    lines: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True)
class Issuance:
    """Number, date, signer and recipients of one document the committee issues."""

    number: str
    signature: Signature
    recipients: tuple[str, ...] = ()
    date: date | None = None


#: What the committee has not filled in yet: printed as is, so nobody signs a made-up number.
PLACEHOLDER = "……"


@dataclass
class DocumentSettings:
    """What the committee fills in once per campaign. Names of the demo town (Phong Sơn, a
    ward since 1 July 2025); numbers and signers stay visible placeholders ("……") until set."""

    year: int = 2026
    issuing_body: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "PHƯỜNG PHONG SƠN")
    parent_body: str = ""  # cơ quan chủ quản, printed above the issuing body when set
    body_name: str = "Ủy ban nhân dân phường Phong Sơn"
    short_body: str = "UBND PHƯỜNG PHONG SƠN"  # above a unit's board on per-unit documents
    place: str = "Phong Sơn"
    locality: str = "phường Phong Sơn"
    chairman_title: str = "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHONG SƠN"
    chairman: str = "Chủ tịch Ủy ban nhân dân phường Phong Sơn"
    # The body that prepares the tờ trình and sends it to the Chairman (the culture office, or
    # the steering committee's standing member): not the committee writing to its own chairman.
    submission_body: tuple[str, ...] = ("UBND PHƯỜNG PHONG SƠN", "PHÒNG VĂN HÓA – XÃ HỘI")
    submission_body_name: str = "Phòng Văn hóa – Xã hội phường Phong Sơn"
    submission: Issuance = field(
        default_factory=lambda: Issuance(
            number=f"{PLACEHOLDER}/TTr-VHXH",
            signature=Signature(("TRƯỞNG PHÒNG",), PLACEHOLDER),
            recipients=("Như trên;", "Lưu: VT, VHXH."),
        )
    )
    submission_to: tuple[str, ...] = ("Chủ tịch Ủy ban nhân dân phường Phong Sơn",)
    decision: Issuance = field(
        default_factory=lambda: Issuance(
            number=f"{PLACEHOLDER}/QĐ-UBND",
            # The decision is the chairman's, so the block has no "TM. ỦY BAN NHÂN DÂN".
            signature=Signature(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), PLACEHOLDER),
            recipients=(
                "Như Điều 3;",
                "Thường trực Đảng ủy (b/c);",
                "Thường trực HĐND phường (b/c);",
                "Ủy ban MTTQ Việt Nam phường;",
                "Lưu: VT, VHXH.",
            ),
        )
    )
    # the year-end report (báo cáo tổng kết), issued by the committee and signed for it
    report: Issuance = field(
        default_factory=lambda: Issuance(
            number=f"{PLACEHOLDER}/BC-UBND",
            signature=Signature(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), PLACEHOLDER),
            recipients=(
                "Thường trực Đảng ủy (b/c);",
                "Thường trực HĐND phường (b/c);",
                "Ủy ban MTTQ Việt Nam phường;",
                "Các tổ dân phố;",
                "Lưu: VT, VHXH.",
            ),
        )
    )
    legal_bases: tuple[str, ...] = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ quy định về"
        " khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”;"
        " “Thôn văn hóa”, “Tổ dân phố văn hóa”;",
        "Căn cứ Quyết định số 09/2019/QĐ-UBND ngày 09 tháng 4 năm 2019 của Chủ tịch Ủy ban"
        " nhân dân tỉnh Thanh Hóa về tiêu chí “Công dân kiểu mẫu”, “Gia đình kiểu mẫu”,"
        " “Tổ dân phố kiểu mẫu”;",
        "Căn cứ Kế hoạch của Ủy ban nhân dân phường Phong Sơn về xây dựng"
        " “Công dân kiểu mẫu”, “Gia đình kiểu mẫu”, “Tổ dân phố kiểu mẫu”;",
    )
    executors: str = (
        "Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa – Xã hội, Trưởng các tổ dân"
        " phố và các hộ gia đình, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành"
        " Quyết định này."
    )
    # Rewards (khen thưởng): the tờ trình proposing them and the Chairman's decision that
    # awards the giấy khen (Luật Thi đua, khen thưởng 2022, Art. 75; Decree 98/2023/NĐ-CP).
    reward_submission: Issuance = field(
        default_factory=lambda: Issuance(
            number=f"{PLACEHOLDER}/TTr-VHXH",
            signature=Signature(("TRƯỞNG PHÒNG",), PLACEHOLDER),
            recipients=("Như trên;", "Lưu: VT, VHXH."),
        )
    )
    reward_decision: Issuance = field(
        default_factory=lambda: Issuance(
            number=f"{PLACEHOLDER}/QĐ-UBND",
            signature=Signature(("CHỦ TỊCH",), PLACEHOLDER),
            recipients=("Như Điều 3;", "Ủy ban MTTQ Việt Nam phường;", "Lưu: VT, VHXH."),
        )
    )
    reward_legal_bases: tuple[str, ...] = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi"
        " tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
    )
    reward_executors: str = (
        "Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa – Xã hội, các tập thể, hộ"
        " gia đình và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
    )
    board_name: str = "Ban vận động"  # a unit's mobilization board, per-unit documents
    motto: str = "Độc lập – Tự do – Hạnh phúc"
    country: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@dataclass
class Person:
    """A household (by its head) or a citizen on a list."""

    name: str
    address: str = ""
    unit_name: str = ""
    points: float | None = None
    note: str = ""
    birth_year: int | None = None
    sex: str = ""  # as the registry writes it (nam / nu / nữ …), for Ông / Bà
    title: str = ""  # the title recognised (by its unit's kind), when not the kind's default
    noun: str = ""  # what a title group calls those holding it: "công dân", "cơ quan, đơn vị"…


@dataclass(frozen=True)
class UnitTitles:
    """How one unit's documents name its titles (from its kind: domain/wording.py)."""

    unit: str = TITLES["unit"]
    household: str = TITLES["household"]
    citizen: str = TITLES["citizen"]
    citizen_noun: str = "công dân"
    unit_noun: str = "tổ dân phố"
    has_households: bool = True  # an agency has none: its documents name its staff only

    def people(self) -> str:
        """The titles its people reach, quoted: “Gia đình kiểu mẫu”, “Công dân kiểu mẫu”."""
        names = [self.household] if self.has_households else []
        return ", ".join(f"“{t}”" for t in [*names, self.citizen])


def title_groups(
    people: list[Person], default: str, default_noun: str
) -> list[tuple[str, str, list[Person]]]:
    """(noun, title, people) per distinct title, in first-seen order: a decision or list names
    each title once ("… công dân đạt …", "… cán bộ, công chức, viên chức đạt …")."""
    groups: dict[str, tuple[str, str, list[Person]]] = {}
    for p in people:
        title = p.title or default
        groups.setdefault(title, (p.noun or default_noun, title, []))[2].append(p)
    return list(groups.values())


def quoted(titles: list[str]) -> str:
    """“A”, “B” without repeats, in order."""
    return ", ".join(f"“{t}”" for t in dict.fromkeys(titles))


@dataclass
class UnitProposal:
    """One unit's section of a proposal list."""

    unit_name: str
    households: list[Person] = field(default_factory=list)
    citizens: list[Person] = field(default_factory=list)
    titles: UnitTitles = field(default_factory=UnitTitles)


@dataclass
class ProposalList:
    """Danh sách đề nghị công nhận: one unit (unit_name set) or the town, a section per unit."""

    year: int
    units: list[UnitProposal]
    unit_name: str | None = None
    date: date | None = None
    signature: Signature | None = None  # per-unit lists: the board's head
    stage: str = ""  # which stage the list shows (đề xuất theo điểm, Ban vận động đồng ý, BCĐ phê duyệt)
    pending: list[str] = field(default_factory=list)  # units left out: "chưa hoàn tất bình xét"
    draft: bool = False

    @property
    def household_count(self) -> int:
        return sum(len(u.households) for u in self.units)

    @property
    def has_households(self) -> bool:
        return any(u.titles.has_households for u in self.units)

    @property
    def titles(self) -> str:
        """The titles proposed, quoted, for the list's heading."""
        names = [TITLES["household"]] if self.has_households else []
        return quoted([*names, *(u.titles.citizen for u in self.units)] or [TITLES["household"]])

    @property
    def citizen_groups(self) -> list[tuple[str, str, int]]:
        """(noun, title, how many) per citizen title on the list."""
        out: dict[str, list] = {}
        for u in self.units:
            out.setdefault(u.titles.citizen, [u.titles.citizen_noun, u.titles.citizen, 0])[2] += len(
                u.citizens
            )
        return [tuple(v) for v in out.values()] or [("công dân", TITLES["citizen"], 0)]  # type: ignore[misc]

    @property
    def citizen_count(self) -> int:
        return sum(len(u.citizens) for u in self.units)


@dataclass
class Vote:
    """One line of the evaluation meeting's table."""

    person: Person
    agree: int
    total: int
    decision: str = "Đề nghị công nhận"


@dataclass
class MeetingMinutes:
    """Biên bản họp bình xét of one unit."""

    year: int
    unit_name: str
    started_at: datetime | date  # a date alone: the time is left blank to fill in by hand
    place: str
    chair: str
    secretary: str
    present: int
    total: int
    chair_role: str = "Trưởng Ban vận động"
    secretary_role: str = ""
    attendees: str = ""  # thành phần: who was invited
    content: list[str] = field(default_factory=list)
    households: list[Vote] = field(default_factory=list)
    citizens: list[Vote] = field(default_factory=list)
    conclusion: list[str] = field(default_factory=list)
    ended_at: datetime | None = None
    titles: UnitTitles = field(default_factory=UnitTitles)


@dataclass
class BoardRequest:
    """Giấy đề nghị: the board's written request to the committee, beside its minutes and list
    (Decree 86/2023/NĐ-CP, Art. 7): what its meeting agreed, over the registry."""

    year: int
    unit_name: str
    households: int
    citizens: int
    households_registry: int
    adults_registry: int
    group_reached: bool | None  # None: not a residential group
    meeting_date: date | None
    posted_from: date | None = None
    posted_until: date | None = None
    signature: Signature | None = None
    date: date | None = None
    titles: UnitTitles = field(default_factory=UnitTitles)


@dataclass
class UnitSummary:
    """Counts of one unit for the committee's submission: the registry (the base of every
    share) and those recognised (approved by the committee)."""

    unit_name: str
    households_registry: int
    model_households: int
    adults_registry: int
    model_citizens: int
    unit_reached: bool = False
    titles: UnitTitles = field(default_factory=UnitTitles)


@dataclass
class CommitteeSubmission:
    """Tờ trình: the committee asks for recognition; `body` replaces the default wording."""

    year: int
    units: list[UnitSummary]
    body: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # units left out: "chưa hoàn tất bình xét"
    draft: bool = False

    def total(self, name: str) -> int:
        return sum(getattr(u, name) for u in self.units)

    @property
    def units_reached(self) -> int:
        return sum(1 for u in self.units if u.unit_reached)

    @property
    def titles(self) -> str:
        """Every title the submission asks for, quoted, in the order of its sentences."""
        names = (
            [TITLES["household"]]
            if any(u.titles.has_households for u in self.units) or not self.units
            else []
        )
        citizens = [u.titles.citizen for u in self.units] or [TITLES["citizen"]]
        units = [u.titles.unit for u in self.units] or [TITLES["unit"]]
        return quoted([*names, *citizens, *units])

    def groups(self, part: str) -> list[tuple[str, str, int]]:
        """(noun, title, how many) per title: part "citizen" (recognised people) or "unit"
        (units reaching their own title)."""
        out: dict[str, list] = {}
        for u in self.units:
            if part == "citizen":
                entry = out.setdefault(u.titles.citizen, [u.titles.citizen_noun, u.titles.citizen, 0])
                entry[2] += u.model_citizens
            else:
                entry = out.setdefault(u.titles.unit, [u.titles.unit_noun, u.titles.unit, 0])
                entry[2] += int(u.unit_reached)
        return [tuple(v) for v in out.values()]  # type: ignore[misc]


@dataclass
class Decision:
    """Quyết định công nhận with its annexed lists (grouped by `Person.unit_name`)."""

    year: int
    households: list[Person] = field(default_factory=list)
    citizens: list[Person] = field(default_factory=list)
    units: list[str] = field(default_factory=list)  # units reaching their own title
    unit_people: list[Person] = field(default_factory=list)  # the same, with their title and noun

    def unit_groups(self) -> list[tuple[str, str, list[Person]]]:
        """(noun, title, units) per unit title: "tổ dân phố" then "cơ quan, đơn vị"…"""
        people = self.unit_people or [Person(name) for name in self.units]
        return title_groups(people, TITLES["unit"], "tổ dân phố")

    def citizen_groups(self) -> list[tuple[str, str, list[Person]]]:
        return title_groups(self.citizens, TITLES["citizen"], "công dân")

    @property
    def titles(self) -> str:
        """The titles the decision recognises, quoted (units, households, then citizens)."""
        names = [t for _n, t, _p in self.unit_groups()] if self.units else []
        names += [TITLES["household"]] if self.households else []
        names += [t for _n, t, _p in self.citizen_groups()]
        return quoted(names or [TITLES["household"]])

    draft: bool = False  # not every list is approved yet: printed as "DỰ THẢO"
    pending: list[str] = field(default_factory=list)  # units left out: "chưa hoàn tất bình xét"


@dataclass
class Certificates:
    """Giấy công nhận, one page per person; `kind` picks the title (see TITLES)."""

    year: int
    kind: str
    people: list[Person]


@dataclass
class YearReport:
    """Báo cáo tổng kết: the year's summary exactly as GET /api/v1/years/<y>/summary gives
    it (a JSON-ready dict: domain/summary_view.summary_json), so the report prints the API's
    figures and no others."""

    year: int
    summary: dict
    draft: bool = False  # some unit's list is not approved yet: printed as "DỰ THẢO"


def group_by_unit(people: list[Person]) -> list[tuple[str, list[Person]]]:
    """Group people by unit, keeping the order the caller sorted them in."""
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(person.unit_name, []).append(person)
    return list(groups.items())


@dataclass
class InspectionRecord:
    """Biên bản kiểm tra: the committee's inspection of a unit during the year, with the
    progress of the unit's focus criteria against their roadmap as it stood that day."""

    year: int
    unit_name: str
    held_on: date
    place: str
    members: list[str]
    findings: list[str]  # paragraphs
    requests: list[str]
    # (criterion, target share and date, latest measure, status) per focus criterion
    progress: list[tuple[str, str, str, str]] = field(default_factory=list)
    number: str = f"{PLACEHOLDER}/BB-BCĐ"
    leader: str = ""  # who signs for the inspecting team: its first member
