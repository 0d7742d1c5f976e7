"""The data of the reward documents (khen thưởng), as plain dataclasses for `pdf.py`: the tờ
trình that proposes the rewards, the Chairman's decision with its annexed list, and the
certificates (giấy khen). One `Rewardee` per reward, so the three hold the same names."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Reward kinds in the order the documents list them, with their headings.
GROUPS = (
    ("unit", "Tập thể"),
    ("household", "Hộ gia đình"),
    ("citizen", "Cá nhân"),
)


@dataclass(frozen=True)
class Rewardee:
    """One reward: a collective (a unit) or an individual (a household by its head, a citizen)."""

    kind: str  # unit | household | citizen
    name: str
    unit_name: str
    reason: str
    address: str = ""
    birth_year: int | None = None
    sex: str = ""


@dataclass
class RewardList:
    """What the tờ trình, the decision and the certificates share: the rewards of a year the
    committee may still propose (their recognition is approved), in document order."""

    year: int
    rewards: list[Rewardee] = field(default_factory=list)
    draft: bool = False  # a recognition list not approved yet: printed as "DỰ THẢO"
    left_out: list[str] = field(default_factory=list)  # rewards whose recognition was reopened
    titles: list[str] = field(default_factory=list)  # the campaign's titles; empty: the default three

    @property
    def campaign(self) -> str:
        """The movement the rewards are for, as the documents name it."""
        names = self.titles or ["Công dân kiểu mẫu", "Gia đình kiểu mẫu", "Tổ dân phố kiểu mẫu"]
        return "phong trào xây dựng " + ", ".join(f"“{t}”" for t in names)

    def of(self, kind: str) -> list[Rewardee]:
        return [r for r in self.rewards if r.kind == kind]

    @property
    def collectives(self) -> int:
        return len(self.of("unit"))

    @property
    def individuals(self) -> int:
        return len(self.rewards) - self.collectives

    def groups(self) -> list[tuple[str, str, list[Rewardee]]]:
        """(kind, heading, rewards) for each kind that has any, in GROUPS order."""
        return [(kind, label, self.of(kind)) for kind, label in GROUPS if self.of(kind)]


class RewardSubmission(RewardList):
    """Tờ trình khen thưởng: the culture office proposes the rewards to the Chairman."""


class RewardDecision(RewardList):
    """Quyết định tặng Giấy khen with its annexed list."""


class RewardCertificates(RewardList):
    """Giấy khen, one page per reward."""
