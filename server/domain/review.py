"""The recognition procedure, as the campaign runs it:
1. scoring proposes the households, citizens and groups that reach a title;
2. the residential group's board holds its evaluation meeting (bình xét) and records, per
   proposed household or citizen, agree / not agree with the vote and a reason;
3. the town committee approves the unit's list; an approved list changes only by reopening
   it with a reason.
Every step is written to review_event with who and when. A board member acts only on the
units in their scope; committee members and admins approve."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..store import users as unit_q
from ..store.models import Citizen, Household, Review, ReviewDecision, ReviewEvent, Score, Unit, User
from . import webhooks
from .access import unit_scope


@dataclass
class Proposed:
    kind: str  # household or citizen
    subject: str
    name: str
    address: str
    points: float
    decision: ReviewDecision | None


def get_review(db: Session, year: int, unit: Unit, *, create: bool = False) -> Review | None:
    review = db.scalar(select(Review).where(Review.year == year, Review.unit_id == unit.id))
    if review is None and create:
        review = Review(year=year, unit_id=unit.id)
        db.add(review)
        db.flush()
    return review


def proposals(db: Session, year: int, unit: Unit) -> list[Proposed]:
    """The households and citizens that scoring proposes for a unit, with the board's
    decision on each when it has one."""
    review = get_review(db, year, unit)
    decisions = {}
    if review is not None:
        decisions = {
            (d.kind, d.subject): d
            for d in db.scalars(select(ReviewDecision).where(ReviewDecision.review_id == review.id))
        }
    # Columns, not ORM objects: the town's dossier reads every unit's proposals, and loading
    # each Score (with its criteria JSON) and the unit's whole registry as objects cost seconds.
    scores = db.execute(
        select(Score.kind, Score.subject, Score.points)
        .where(Score.year == year, Score.unit_code == unit.code, Score.counts.is_(True))
        .where(Score.title_reached.is_(True), Score.kind.in_(("household", "citizen")))
        .order_by(Score.kind.desc(), Score.subject)
    ).all()
    households = {
        code: (name, address)
        for code, name, address in db.execute(
            select(Household.code, Household.head_name, Household.address).where(Household.unit_id == unit.id)
        )
    }
    citizens = {
        code: (name, address)
        for code, name, address in db.execute(
            select(Citizen.code, Citizen.full_name, Household.address)
            .join(Household, Household.id == Citizen.household_id)
            .where(Household.unit_id == unit.id)
        )
    }
    out = []
    for kind, subject, points in scores:
        found = (households if kind == "household" else citizens).get(subject)
        name, address = found if found else (subject, "")
        out.append(Proposed(kind, subject, name, address, points, decisions.get((kind, subject))))
    return out


def _check_scope(db: Session, user: User, unit: Unit, roles: tuple[str, ...]) -> None:
    if user.role not in roles:
        raise Forbidden("Vai trò của bạn không làm được việc này", "your role may not do this")
    scope = unit_scope(db, user)
    if scope is not None and unit.code not in scope:
        raise Forbidden(f"Bạn không phụ trách đơn vị {unit.code}", f"unit {unit.code} is not yours")


# actions that move a review to another stage: each is announced to webhooks
STAGE_ACTIONS = ("submit", "approve", "reopen")


def _event(db: Session, review: Review, action: str, user: User, reason: str = "") -> None:
    event = ReviewEvent(review_id=review.id, action=action, user_id=user.id, reason=reason[:500])
    db.add(event)
    if action in STAGE_ACTIONS:
        db.flush()  # the event's id names the cause of the webhook delivery
        unit = db.get(Unit, review.unit_id)
        data = {
            "year": review.year,
            "unit": unit.code if unit else None,
            "stage": review.state,
            "action": action,
            "by": user.username,
            "reason": reason,
        }
        webhooks.emit(db, "review.stage_changed", f"review-event:{event.id}", data)


def _unit(db: Session, code: str) -> Unit:
    unit = unit_q.unit_by_code(db, code)
    if unit is None:
        raise NotFound(f"Không có đơn vị {code}", f"no unit {code}")
    return unit


def record_meeting(db: Session, user: User, year: int, unit_code: str, **meeting: object) -> Review:
    """The board's meeting details: date (YYYY-MM-DD), place, chair, secretary, present, invited."""
    unit = _unit(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = get_review(db, year, unit, create=True)
    _not_approved(review)
    present, invited = int(meeting.get("present") or 0), int(meeting.get("invited") or 0)
    if present < 0 or invited < 0 or present > invited:
        raise Invalid("Số người dự không hợp lệ", "attendance: present must be between 0 and invited")
    for key in ("meeting_date", "place", "chair", "secretary", "notes"):
        if key in meeting:
            setattr(review, key, str(meeting[key] or "")[:2000])
    review.present, review.invited = present, invited
    _event(db, review, "meeting", user)
    return review


def decide(
    db: Session,
    user: User,
    year: int,
    unit_code: str,
    kind: str,
    subject: str,
    *,
    agree: bool,
    votes_for: int,
    votes_total: int,
    reason: str = "",
) -> ReviewDecision:
    """The board's decision on one proposed household or citizen."""
    unit = _unit(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = get_review(db, year, unit, create=True)
    _not_approved(review)
    if not any(p.kind == kind and p.subject == subject for p in proposals(db, year, unit)):
        raise NotFound(f"{subject} không có trong danh sách đề nghị", f"{subject} is not proposed")
    if not 0 <= votes_for <= votes_total:
        raise Invalid("Số phiếu không hợp lệ", "votes: 0 <= for <= total")
    if not agree and not reason.strip():
        raise Invalid("Cần ghi lý do khi không đồng ý", "a reason is required to disagree")
    decision = db.scalar(
        select(ReviewDecision).where(
            ReviewDecision.review_id == review.id,
            ReviewDecision.kind == kind,
            ReviewDecision.subject == subject,
        )
    )
    if decision is None:
        decision = ReviewDecision(review_id=review.id, kind=kind, subject=subject, agree=agree)
        db.add(decision)
    decision.agree, decision.votes_for, decision.votes_total = agree, votes_for, votes_total
    decision.reason, decision.user_id = reason[:500], user.id
    _event(db, review, "decide", user, f"{kind} {subject}: {'agree' if agree else 'disagree'}")
    return decision


def agree_undecided(
    db: Session, user: User, year: int, unit_code: str, *, votes_for: int, votes_total: int
) -> int:
    """The meeting agrees, by one vote, with every proposal it has not decided yet; returns
    how many. One pass over the proposals: calling decide() per row would reload them all
    for each of a group's hundreds of households and citizens."""
    unit = _unit(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = get_review(db, year, unit, create=True)
    _not_approved(review)
    if not 0 <= votes_for <= votes_total:
        raise Invalid("Số phiếu không hợp lệ", "votes: 0 <= for <= total")
    count = 0
    for p in proposals(db, year, unit):
        if p.decision is None:
            db.add(ReviewDecision(review_id=review.id, kind=p.kind, subject=p.subject, agree=True,
                                  votes_for=votes_for, votes_total=votes_total, user_id=user.id))  # fmt: skip
            _event(db, review, "decide", user, f"{p.kind} {p.subject}: agree")
            count += 1
    return count


def submit(db: Session, user: User, year: int, unit_code: str) -> Review:
    """The board closes its meeting: every proposal has a decision."""
    unit = _unit(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = get_review(db, year, unit, create=True)
    _not_approved(review)
    undecided = [p.subject for p in proposals(db, year, unit) if p.decision is None]
    if undecided:
        raise Conflict(
            f"Còn {len(undecided)} đề nghị chưa bình xét", f"{len(undecided)} proposal(s) still undecided"
        )
    review.state = "reviewed"
    _event(db, review, "submit", user)
    return review


def approve(db: Session, user: User, year: int, unit_code: str) -> Review:
    """The committee approves the unit's list as the board decided it."""
    unit = _unit(db, unit_code)
    _check_scope(db, user, unit, ("committee", "admin"))
    review = get_review(db, year, unit)
    if review is None or review.state != "reviewed":
        raise Conflict("Ban vận động chưa hoàn tất bình xét", "the board has not finished its review")
    review.state = "approved"
    _event(db, review, "approve", user)
    return review


def reopen(db: Session, user: User, year: int, unit_code: str, reason: str) -> Review:
    """Only way to change an approved list; the reason is kept."""
    unit = _unit(db, unit_code)
    _check_scope(db, user, unit, ("committee", "admin"))
    review = get_review(db, year, unit)
    if review is None or review.state != "approved":
        raise Conflict("Danh sách chưa được phê duyệt", "the list is not approved")
    if not reason.strip():
        raise Invalid("Cần ghi lý do mở lại", "a reason is required to reopen")
    review.state = "reviewed"
    _event(db, review, "reopen", user, reason)
    return review


def approved_list(db: Session, year: int, unit: Unit) -> list[Proposed]:
    """The recognised households and citizens: approved and agreed by the board."""
    review = get_review(db, year, unit)
    if review is None or review.state != "approved":
        return []
    return [p for p in proposals(db, year, unit) if p.decision is not None and p.decision.agree]


def _not_approved(review: Review) -> None:
    if review.state == "approved":
        raise Conflict(
            "Danh sách đã được phê duyệt; phải mở lại (có lý do) trước khi sửa",
            "the list is approved; reopen it with a reason before changing it",
        )
