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

#: The three model titles, by the `kind` used across the project.
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


@dataclass
class DocumentSettings:
    """What the committee fills in once per campaign; defaults are the demo town's."""

    year: int = 2026
    issuing_body: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "THỊ TRẤN PHONG SƠN")
    parent_body: str = ""  # cơ quan chủ quản, printed above the issuing body when set
    body_name: str = "Ủy ban nhân dân thị trấn Phong Sơn"
    short_body: str = "UBND THỊ TRẤN PHONG SƠN"  # above a unit's board on per-unit documents
    place: str = "Phong Sơn"
    locality: str = "thị trấn Phong Sơn"
    chairman_title: str = "CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ TRẤN PHONG SƠN"
    chairman: str = "Chủ tịch Ủy ban nhân dân thị trấn Phong Sơn"
    submission: Issuance = field(
        default_factory=lambda: Issuance(
            number="12/TTr-UBND",
            signature=Signature(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Lê Thị Thu Hà"),
            recipients=("Như trên;", "Chủ tịch UBND thị trấn (b/c);", "Lưu: VT, VHXH."),
        )
    )
    submission_to: tuple[str, ...] = (
        "Chủ tịch Ủy ban nhân dân thị trấn Phong Sơn",
        "Hội đồng Thi đua – Khen thưởng thị trấn Phong Sơn",
    )
    decision: Issuance = field(
        default_factory=lambda: Issuance(
            number="235/QĐ-UBND",
            # The decision is the chairman's, so the block has no "TM. ỦY BAN NHÂN DÂN".
            signature=Signature(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Lê Thị Thu Hà"),
            recipients=(
                "Như Điều 3;",
                "Thường trực Đảng ủy (b/c);",
                "Thường trực HĐND thị trấn (b/c);",
                "Ủy ban MTTQ Việt Nam thị trấn;",
                "Lưu: VT, VHXH.",
            ),
        )
    )
    legal_bases: tuple[str, ...] = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Quyết định số 09/2019/QĐ-UBND ngày 09 tháng 4 năm 2019 của Chủ tịch Ủy ban"
        " nhân dân tỉnh Thanh Hóa về tiêu chí “Công dân kiểu mẫu”, “Gia đình kiểu mẫu”,"
        " “Tổ dân phố kiểu mẫu”;",
        "Căn cứ Kế hoạch của Ủy ban nhân dân thị trấn Phong Sơn về xây dựng"
        " “Công dân kiểu mẫu”, “Gia đình kiểu mẫu”, “Tổ dân phố kiểu mẫu”;",
    )
    executors: str = (
        "Chánh Văn phòng HĐND và UBND thị trấn, công chức Văn hóa – Xã hội, Trưởng các tổ dân"
        " phố và các hộ gia đình, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành"
        " Quyết định này."
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


@dataclass
class UnitProposal:
    """One unit's section of a proposal list."""

    unit_name: str
    households: list[Person] = field(default_factory=list)
    citizens: list[Person] = field(default_factory=list)


@dataclass
class ProposalList:
    """Danh sách đề nghị công nhận: one unit (unit_name set) or the town, a section per unit."""

    year: int
    units: list[UnitProposal]
    unit_name: str | None = None
    date: date | None = None
    signature: Signature | None = None  # per-unit lists: the board's head

    @property
    def household_count(self) -> int:
        return sum(len(u.households) for u in self.units)

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


@dataclass
class UnitSummary:
    """Counts of one unit for the committee's submission."""

    unit_name: str
    households_surveyed: int
    model_households: int
    citizens_surveyed: int
    model_citizens: int
    unit_reached: bool = False


@dataclass
class CommitteeSubmission:
    """Tờ trình: the committee asks for recognition; `body` replaces the default wording."""

    year: int
    units: list[UnitSummary]
    body: list[str] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(u, name) for u in self.units)

    @property
    def units_reached(self) -> int:
        return sum(1 for u in self.units if u.unit_reached)


@dataclass
class Decision:
    """Quyết định công nhận with its annexed lists (grouped by `Person.unit_name`)."""

    year: int
    households: list[Person] = field(default_factory=list)
    citizens: list[Person] = field(default_factory=list)
    units: list[str] = field(default_factory=list)  # residential groups reaching the title
    draft: bool = False  # not every list is approved yet: printed as "DỰ THẢO"


@dataclass
class Certificates:
    """Giấy công nhận, one page per person; `kind` picks the title (see TITLES)."""

    year: int
    kind: str
    people: list[Person]


def group_by_unit(people: list[Person]) -> list[tuple[str, list[Person]]]:
    """Group people by unit, keeping the order the caller sorted them in."""
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(person.unit_name, []).append(person)
    return list(groups.items())
