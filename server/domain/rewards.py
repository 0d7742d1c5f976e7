"""Rewards (khen thưởng, giấy khen) of a year: the committee proposes them for outstanding
collectives and individuals, each with a reason, and the app prints the tờ trình, the draft
decision with its annexed list, and the certificates.

One rule: only what the committee has recognised may be rewarded — a collective (a unit)
whose recognition list is at the stage "BCĐ phê duyệt", a household or citizen on such a
list — read from `recognition_view` like every recognition document. A collective need not
have reached its own title: the committee may reward a group for its progress or coverage,
and the suggestions say which it is. A reward whose recognition is reopened afterwards stays
stored but is left out of the documents and named in the JSON (`left_out`) until the list
is approved again. The JSON view (`rewards_json`), the page and the three documents read
`reward_view`, so they hold the same names and totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound, Text
from ..formats.reward_documents import (
    GROUPS,
    RewardCertificates,
    RewardDecision,
    Rewardee,
    RewardList,
    RewardSubmission,
)
from ..store import history as history_q
from ..store import results as results_q
from ..store import rewards as rewards_q
from ..store import units as units_q
from ..store.models import Reward, Unit, User
from ..store.recognition import ProposedRow
from . import recognition_view, unit_rules
from .access import unit_scope
from .dossier import titles_of
from .recognition import TownRecognition, UnitRecognition
from .reward_suggestions import BASES, PersonFigures, Suggestion, UnitFigures, suggest

KINDS = tuple(kind for kind, _label in GROUPS)
KIND_LABELS = {"unit": Text("tập thể"), "household": Text("hộ gia đình"), "citizen": Text("công dân")}
PROPOSERS = ("committee", "admin")
MAX_REASON = 500
_ORDER = {kind: i for i, kind in enumerate(KINDS)}


@dataclass
class RewardView:
    """The year's rewards as the user may see them, and the figures' suggestions."""

    year: int
    rewards: list[tuple[Reward, Rewardee]] = field(default_factory=list)  # in the documents
    left_out: list[tuple[Reward, str]] = field(default_factory=list)  # recognition reopened
    suggestions: list[Suggestion] = field(default_factory=list)  # not yet chosen
    draft: bool = True
    pending: list[str] = field(default_factory=list)  # units whose lists are not approved yet
    titles: list[str] = field(default_factory=list)  # the campaign's titles, by the units' kinds


def _recognised(pairs: list[tuple[Unit, UnitRecognition]]) -> dict[tuple[str, str], Rewardee]:
    """(kind, subject) → the rewardee, for everything the committee recognised."""
    out: dict[tuple[str, str], Rewardee] = {}
    for unit, r in pairs:
        if r.approved:
            out[("unit", unit.code)] = Rewardee("unit", unit.name, unit.name, "")
        for c in r.lists["approved"]:
            p: ProposedRow = c.person  # type: ignore[assignment]
            out[(c.kind, c.code)] = Rewardee(c.kind, p.name, unit.name, "", p.address, p.birth_year, p.sex)
    return out


def _figures(db: Session, year: int, pairs: list[tuple[Unit, UnitRecognition]]) -> list[UnitFigures]:
    """Each unit's figures; last year's share from the recognition history (approved in the
    app or imported), over this year's registry, for the units it holds last year."""
    results = results_q.results_of_year(db, year)
    last_year: dict[str, int] = {}
    for rec in history_q.of_year(db, year - 1, [unit.code for unit, _r in pairs]):
        last_year[rec.unit_code] = last_year.get(rec.unit_code, 0) + (rec.kind == "household")
    out = []
    for unit, r in pairs:
        result = results.get(unit.id)
        own = (result.figures.get("own") if result is not None else None) or {}
        surveyed = int(own.get("households_surveyed") or 0)
        held = last_year.get(unit.code)
        last = held / r.households_registry if held is not None and r.households_registry else None
        out.append(
            UnitFigures(
                unit.code, unit.name, r.approved, r.households_registry, surveyed,
                r.counts["approved"].households, last,
            )
        )  # fmt: skip
    return out


def _titles(db: Session, pairs: list[tuple[Unit, UnitRecognition]]) -> list[str]:
    """The titles of the campaign as the documents name it, by the kinds of the units seen
    (a town with agencies adds theirs): citizens', households', then the units' own."""
    out: list[str] = []
    for kind in dict.fromkeys(unit.kind for unit, _r in pairs):
        t = titles_of(db, kind)
        out += [t.citizen, *([t.household] if t.has_households else []), t.unit]
    return list(dict.fromkeys(out))


def _people(db: Session, year: int, pairs: list[tuple[Unit, UnitRecognition]]) -> list[PersonFigures]:
    """The approved households and citizens, with how many years running they hold a title
    (this year and, from the history, the years just before) and those years' titles."""
    approved = [(unit, c) for unit, r in pairs for c in r.lists["approved"]]
    held = {
        kind: history_q.years_of(db, kind, [c.code for _u, c in approved if c.kind == kind])
        for kind in ("household", "citizen")
    }
    out = []
    for unit, c in approved:
        p: ProposedRow = c.person  # type: ignore[assignment]
        history = [h for h in held[c.kind].get(c.code, []) if h.year < year]
        before = history_q.streak((h.year for h in history), year)
        titles = tuple(dict.fromkeys(h.title for h in history if h.year >= year - before))
        t = titles_of(db, unit.kind)
        title = t.household if c.kind == "household" else t.citizen
        figures = PersonFigures(
            c.kind, c.code, p.name, unit.code, unit.name, p.points, 1 + before, titles, title
        )
        out.append(figures)
    return out


def reward_view(db: Session, user: User, year: int) -> RewardView:
    """The rewards of the units the user may see, in document order (collectives, households,
    citizens; by unit, then as proposed), and what the figures suggest beside them."""
    pairs = recognition_view.units(db, user, year)
    visible = {unit.code for unit, _r in pairs}
    recognised = _recognised(pairs)
    town = TownRecognition([r for _u, r in pairs])
    view = RewardView(year, draft=town.draft, pending=[u.name for u in town.pending])
    view.titles = _titles(db, pairs)
    stored = [(reward, code) for reward, code in rewards_q.rewards_of_year(db, year) if code in visible]
    stored.sort(key=lambda rc: (_ORDER.get(rc[0].kind, 9), rc[1], rc[0].id))
    for reward, code in stored:
        found = recognised.get((reward.kind, reward.subject))
        if found is None:
            view.left_out.append((reward, code))
        else:
            view.rewards.append((reward, Rewardee(**{**found.__dict__, "reason": reward.reason})))
    chosen = {(reward.kind, reward.subject) for reward, _code in stored}
    view.suggestions = [
        s
        for s in suggest(_figures(db, year, pairs), _people(db, year, pairs), year)
        if (s.kind, s.subject) not in chosen
    ]
    return view


# ---- writes --------------------------------------------------------------------------------


def _check_proposer(db: Session, user: User, unit: Unit) -> None:
    if user.role not in PROPOSERS:
        raise Forbidden("reward.forbidden", "Chỉ Ban chỉ đạo đề nghị khen thưởng")
    scope = unit_scope(db, user)
    if scope is not None and unit.code not in scope:
        raise Forbidden("unit.not_yours", "Bạn không phụ trách đơn vị %(code)s", code=unit.code)


def check_reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise Invalid("reward.reason_required", "Cần ghi thành tích (lý do khen thưởng)")
    if len(text) > MAX_REASON:
        raise Invalid(
            "reward.reason_too_long",
            "Lý do khen thưởng dài quá %(most)s ký tự (%(length)s)",
            most=MAX_REASON,
            length=len(text),
        )
    return text


def propose(
    db: Session, user: User, year: int, kind: str, subject: str, reason: str, basis: str = ""
) -> Reward:
    """Propose a reward for a recognised collective (`kind` unit, `subject` its code) or
    individual (household / citizen, by registry code). Refused: another unit's subject
    (Forbidden), a subject whose recognition the committee has not approved, a missing or
    too long reason (Invalid), a second reward for the same subject (Conflict)."""
    if kind not in KINDS:
        raise Invalid("reward.invalid_kind", "Loại khen thưởng phải là unit, household hoặc citizen")
    subject = (subject or "").strip()
    unit = rewards_q.unit_of_subject(db, kind, subject, unit_rules.staff_at_agency(db)) if subject else None
    if unit is None:
        raise NotFound(
            "reward.subject_not_found",
            "Không có %(kind)s mã “%(subject)s”",
            kind=KIND_LABELS[kind],
            subject=subject,
        )
    _check_proposer(db, user, unit)
    text = check_reason(reason)
    pairs = recognition_view.units(db, user, year, unit.code)
    if (kind, subject) not in _recognised(pairs):
        if kind == "unit":
            raise Invalid(
                "reward.unit_not_recognised",
                "Không thể khen thưởng %(name)s (%(subject)s): danh sách công nhận của đơn vị năm %(year)s"
                " chưa được Ban chỉ đạo phê duyệt",
                name=unit.name,
                subject=subject,
                year=year,
            )
        raise Invalid(
            "reward.not_recognised",
            "Không thể khen thưởng %(kind)s %(subject)s: danh hiệu năm %(year)s chưa được"
            " Ban chỉ đạo phê duyệt",
            kind=KIND_LABELS[kind],
            subject=subject,
            year=year,
        )
    if rewards_q.reward_of(db, year, kind, subject) is not None:
        raise Conflict(
            "reward.already_proposed",
            "Đã có %(kind)s %(subject)s trong danh sách khen thưởng năm %(year)s",
            kind=KIND_LABELS[kind],
            subject=subject,
            year=year,
        )
    reward = Reward(
        year=year, kind=kind, subject=subject, unit_id=unit.id, reason=text,
        basis=basis if basis in BASES else "", user_id=user.id,
    )  # fmt: skip
    db.add(reward)
    db.flush()
    return reward


def withdraw(db: Session, user: User, year: int, reward_id: int) -> None:
    reward = rewards_q.reward_by_id(db, year, reward_id)
    if reward is None:
        raise NotFound(
            "reward.not_found", "Không có đề nghị khen thưởng số %(reward_id)s", reward_id=reward_id
        )
    unit = units_q.by_id(db, reward.unit_id)
    assert unit is not None
    _check_proposer(db, user, unit)
    db.delete(reward)
    db.flush()


# ---- outputs -------------------------------------------------------------------------------


def _document(cls: type[RewardList], db: Session, user: User, year: int) -> RewardList:
    view = reward_view(db, user, year)
    if not view.rewards:
        raise NotFound("reward.none_for_year", "Chưa có đề nghị khen thưởng năm %(year)s", year=year)
    left_out = [f"{KIND_LABELS[r.kind]} {r.subject} ({code})" for r, code in view.left_out]
    rewardees = [rewardee for _r, rewardee in view.rewards]
    return cls(year, rewardees, draft=view.draft, left_out=left_out, titles=view.titles)


def submission(db: Session, user: User, year: int) -> RewardList:
    """Tờ trình khen thưởng."""
    return _document(RewardSubmission, db, user, year)


def decision(db: Session, user: User, year: int) -> RewardList:
    """Dự thảo quyết định tặng giấy khen, with its annexed list."""
    return _document(RewardDecision, db, user, year)


def certificates(db: Session, user: User, year: int) -> RewardList:
    """Giấy khen, one per reward."""
    return _document(RewardCertificates, db, user, year)


def rewards_table(db: Session, user: User, year: int) -> tuple[list[str], list[list]]:
    """The rewards as rows for the committee's spreadsheet: the documents' rows, in their order."""
    header = ["STT", "Loại", "Mã", "Tên tập thể / Họ và tên", "Đơn vị", "Địa chỉ", "Năm sinh", "Thành tích"]
    header.append("Căn cứ gợi ý")
    view = reward_view(db, user, year)
    rows = [
        [i, KIND_LABELS[r.kind], r.subject, w.name, w.unit_name, w.address, w.birth_year, r.reason,
         BASES.get(r.basis, "")]
        for i, (r, w) in enumerate(view.rewards, 1)
    ]  # fmt: skip
    return header, rows


def rewards_json(db: Session, user: User, year: int) -> dict:
    """GET /api/v1/years/<y>/rewards: what the documents print, and the suggestions."""
    view = reward_view(db, user, year)
    counts = {kind: sum(1 for _r, w in view.rewards if w.kind == kind) for kind in KINDS}
    return {
        "year": year,
        "draft": view.draft,
        "pending_units": view.pending,
        "totals": {
            "collectives": counts["unit"],
            "households": counts["household"],
            "citizens": counts["citizen"],
            "individuals": counts["household"] + counts["citizen"],
            "all": len(view.rewards),
        },
        "rewards": [
            {
                "id": r.id,
                "kind": r.kind,
                "subject": r.subject,
                "name": w.name,
                "unit_name": w.unit_name,
                "address": w.address,
                "birth_year": w.birth_year,
                "reason": r.reason,
                "basis": r.basis,
                "basis_label": BASES.get(r.basis, ""),
            }
            for r, w in view.rewards
        ],
        "left_out": [
            {"id": r.id, "kind": r.kind, "subject": r.subject, "unit": code, "reason": r.reason}
            for r, code in view.left_out
        ],
        "suggestions": [{**s.__dict__, "basis_label": BASES[s.basis]} for s in view.suggestions],
    }
