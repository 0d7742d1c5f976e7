"""The recognition procedure, as the campaign runs it:
1. scoring proposes the households, citizens and groups that reach a title;
2. the residential group's board holds its evaluation meeting (bình xét) and records, per
   proposed household or citizen, agree / not agree with the vote and a reason;
3. the town committee approves the unit's list; an approved list changes only by reopening
   it with a reason.
Every step is written to review_event with who and when. A board member acts only on the
units in their scope; committee members and admins approve."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..store import recognition as recognition_q
from ..store import results as results_q
from ..store import units as units_q
from ..store import users as users_q
from ..store.models import Review, ReviewDecision, ReviewEvent, Unit, User
from . import history, webhooks
from .access import unit_scope
from .meeting_rules import ProcedureRules, needed_present, posting_ends, quorum_reached, vote_problem

RULES = ProcedureRules()


@dataclass(frozen=True)
class BoardDecision:
    agree: bool
    votes_for: int
    votes_total: int
    reason: str


@dataclass
class Proposed:
    kind: str  # household or citizen
    subject: str
    name: str
    address: str
    points: float
    decision: BoardDecision | None
    birth_year: int | None = None
    sex: str = ""


def get_review(db: Session, year: int, unit: Unit) -> Review | None:
    return recognition_q.review_of(db, year, unit.id)


def open_review(db: Session, year: int, unit: Unit) -> Review:
    """The unit's review of the year, created (open) when it has none yet."""
    review = recognition_q.review_of(db, year, unit.id)
    if review is None:
        review = Review(year=year, unit_id=unit.id)
        db.add(review)
        db.flush()
    return review


def proposals(db: Session, year: int, unit: Unit) -> list[Proposed]:
    """The households and citizens that scoring proposes for a unit (households first), with
    the board's decision on each when it has one."""
    db.flush()  # decisions added in this session count
    return [
        Proposed(r.kind, r.code, r.name, r.address, r.points, _decision(r), r.birth_year, r.sex)
        for r in recognition_q.proposed_rows(db, year, [unit.code])
    ]


def _decision(r: recognition_q.ProposedRow) -> BoardDecision | None:
    if r.agree is None:
        return None
    return BoardDecision(r.agree, r.votes_for or 0, r.votes_total or 0, r.reason)


def _check_scope(db: Session, user: User, unit: Unit, roles: tuple[str, ...]) -> None:
    if user.role not in roles:
        raise Forbidden("auth.role_forbidden", "Vai trò của bạn không làm được việc này")
    scope = unit_scope(db, user)
    if scope is not None and unit.code not in scope:
        raise Forbidden("unit.not_yours", "Bạn không phụ trách đơn vị %(code)s", code=unit.code)


# actions that move a review to another stage: each is announced to webhooks
STAGE_ACTIONS = ("submit", "approve", "reopen")


def _event(db: Session, review: Review, action: str, user: User, reason: str = "") -> None:
    event = ReviewEvent(review_id=review.id, action=action, user_id=user.id, reason=reason[:500])
    db.add(event)
    if action in STAGE_ACTIONS:
        db.flush()  # the event's id names the cause of the webhook delivery
        unit = units_q.by_id(db, review.unit_id)
        data = {
            "year": review.year,
            "unit": unit.code if unit else None,
            "stage": review.state,
            "action": action,
            "by": user.username,
            "reason": reason,
        }
        webhooks.emit(db, "review.stage_changed", f"review-event:{event.id}", data)


def unit_of(db: Session, code: str) -> Unit:
    """The unit by code (NotFound if there is none)."""
    unit = units_q.unit_by_code(db, code)
    if unit is None:
        raise NotFound("unit.not_found", "Không có đơn vị %(code)s", code=code)
    return unit


def record_meeting(
    db: Session, user: User, year: int, unit_code: str, *, rules: ProcedureRules = RULES, **meeting: object
) -> Review:
    """The board's meeting (Mẫu 03): date (YYYY-MM-DD), start and end (HH:MM), place, chair,
    secretary, present, invited, notes. Attendance must make the quorum, and may not fall
    below the votes already recorded."""
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = open_review(db, year, unit)
    _not_approved(review)
    present, invited = _count_of(meeting.get("present")), _count_of(meeting.get("invited"))
    if present < 0 or invited < 0 or present > invited:
        raise Invalid("review.invalid_attendance", "Số người dự không hợp lệ")
    if not quorum_reached(present, invited, rules):
        need = needed_present(invited, rules) if invited else 1
        raise Invalid(
            "review.no_quorum",
            "Cuộc họp chưa đủ số người dự theo quy định: cần ít nhất %(need)s/%(invited)s người được mời",
            need=need,
            invited=invited,
        )
    cast = recognition_q.most_votes(db, review.id)
    if cast > present:
        raise Invalid(
            "review.attendance_below_votes",
            "Đã ghi %(votes)s phiếu cho một trường hợp, nhiều hơn số người dự (%(present)s)",
            votes=cast,
            present=present,
        )
    started, ended = (_time(meeting.get(k)) for k in ("started_at", "ended_at"))
    if started and ended and ended <= started:
        raise Invalid("review.meeting_ends_before_start", "Giờ kết thúc phải sau giờ bắt đầu")
    for key in ("meeting_date", "place", "chair", "secretary", "notes"):
        if key in meeting:
            setattr(review, key, str(meeting[key] or "")[:2000])
    review.started_at, review.ended_at = started, ended
    review.present, review.invited = present, invited
    _event(db, review, "meeting", user)
    return review


def _count_of(value: object) -> int:
    """A head count from a form or a caller: a whole number, 0 when not given."""
    try:
        return int(str(value or 0))
    except ValueError:
        raise Invalid("review.attendance_not_number", "Số người dự phải là số nguyên") from None


_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _time(value: object) -> str:
    text = str(value or "").strip()
    if text and not _TIME.fullmatch(text):
        raise Invalid("review.invalid_time", "Giờ không hợp lệ: %(time)s (HH:MM)", time=text[:20])
    return text


def _check_votes(
    review: Review, agree: bool, votes_for: int, votes_total: int, rules: ProcedureRules
) -> None:
    """A decision is recorded only at a meeting with its attendance, and its votes give its outcome."""
    if not review.present:
        raise Conflict("review.meeting_not_recorded", "Chưa ghi thông tin cuộc họp bình xét (số người dự)")
    problem = vote_problem(agree, votes_for, votes_total, review.present, rules)
    share = f"{float(rules.agree_share) * 100:g}%"
    if problem == "attendance":
        raise Invalid(
            "review.votes_exceed_attendance",
            "Tổng số phiếu (%(votes_total)s) vượt quá số người dự họp (%(present)s)",
            votes_total=votes_total,
            present=review.present,
        )
    if problem == "outcome" and agree:
        raise Invalid(
            "review.votes_not_enough",
            "Số phiếu đồng ý (%(votes_for)s/%(votes_total)s) chưa đạt trên %(share)s số phiếu: không "
            "thể ghi là đồng ý",
            votes_for=votes_for,
            votes_total=votes_total,
            share=share,
        )
    if problem == "outcome":
        raise Invalid(
            "review.votes_agreed",
            "Số phiếu đồng ý (%(votes_for)s/%(votes_total)s) đã trên %(share)s số phiếu: kết quả là đồng ý",
            votes_for=votes_for,
            votes_total=votes_total,
            share=share,
        )


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
    rules: ProcedureRules = RULES,
) -> ReviewDecision:
    """The board's decision on one proposed household or citizen, by the meeting's vote."""
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = open_review(db, year, unit)
    _not_approved(review)
    if not any(p.kind == kind and p.subject == subject for p in proposals(db, year, unit)):
        raise NotFound("review.not_proposed", "%(subject)s không có trong danh sách đề nghị", subject=subject)
    if not 0 <= votes_for <= votes_total:
        raise Invalid("review.invalid_votes", "Số phiếu không hợp lệ")
    if not agree and not reason.strip():
        raise Invalid("review.reason_required", "Cần ghi lý do khi không đồng ý")
    _check_votes(review, agree, votes_for, votes_total, rules)
    decision = recognition_q.decision_of(db, review.id, kind, subject)
    if decision is None:
        decision = ReviewDecision(review_id=review.id, kind=kind, subject=subject, agree=agree)
        db.add(decision)
    decision.agree, decision.votes_for, decision.votes_total = agree, votes_for, votes_total
    decision.reason, decision.user_id = reason[:500], user.id
    _event(db, review, "decide", user, f"{kind} {subject}: {'agree' if agree else 'disagree'}")
    return decision


def agree_undecided(
    db: Session,
    user: User,
    year: int,
    unit_code: str,
    *,
    votes_for: int,
    votes_total: int,
    rules: ProcedureRules = RULES,
) -> int:
    """The meeting agrees, by one vote, with every proposal it has not decided yet; returns
    how many. One pass over the proposals: calling decide() per row would reload them all
    for each of a group's hundreds of households and citizens."""
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = open_review(db, year, unit)
    _not_approved(review)
    if not 0 <= votes_for <= votes_total:
        raise Invalid("review.invalid_votes", "Số phiếu không hợp lệ")
    _check_votes(review, True, votes_for, votes_total, rules)
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
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = open_review(db, year, unit)
    _not_approved(review)
    if not review.present:
        raise Conflict("review.meeting_not_recorded", "Chưa ghi thông tin cuộc họp bình xét (số người dự)")
    undecided = [p.subject for p in proposals(db, year, unit) if p.decision is None]
    if undecided:
        raise Conflict(
            "review.proposals_undecided", "Còn %(count)s đề nghị chưa bình xét", count=len(undecided)
        )
    review.state = "reviewed"
    _event(db, review, "submit", user)
    return review


def record_posting(
    db: Session, user: User, year: int, unit_code: str, posted_from: str, *, rules: ProcedureRules = RULES
) -> Review:
    """The list the meeting agreed is posted publicly (bảng tin của tổ) from `posted_from`
    (YYYY-MM-DD) for the set period, for the residents' comments (Decree 86/2023, Art. 7)."""
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("board", "admin"))
    review = get_review(db, year, unit)
    if review is None or review.state != "reviewed":
        raise Conflict("review.board_not_finished", "Ban vận động chưa hoàn tất bình xét")
    start = _day(posted_from)
    if review.meeting_date and start.isoformat() < review.meeting_date:
        raise Invalid("review.posting_before_meeting", "Ngày niêm yết phải từ ngày họp bình xét")
    review.posted_from = start.isoformat()
    review.posted_until = (posting_ends(start, rules) - timedelta(days=1)).isoformat()
    _event(db, review, "post", user, f"{review.posted_from}..{review.posted_until}")
    return review


def _day(text: str) -> date:
    try:
        return date.fromisoformat(str(text or "").strip())
    except ValueError:
        raise Invalid(
            "input.invalid_date", "Ngày không hợp lệ: %(date)s (YYYY-MM-DD)", date=str(text)[:20]
        ) from None


def approve(
    db: Session,
    user: User,
    year: int,
    unit_code: str,
    *,
    self_assessment_checked: bool = False,
    criteria_checks: Mapping[str, bool] | None = None,
    note: str = "",
    today: date | None = None,
    rules: ProcedureRules = RULES,
) -> Review:
    """The committee approves the unit's list as the board decided it: after the posting
    period, and once it has checked the group's self-assessment and the minutes
    (`self_assessment_checked`) and given a verdict on each criterion the group marks as met
    (`criteria_checks`: code -> confirmed; None confirms them all). A criterion the committee
    does not confirm fails the group's own assessment, so the group is not recognised; its
    households and citizens are. The verdicts are recorded."""
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("committee", "admin"))
    review = get_review(db, year, unit)
    if review is None or review.state != "reviewed":
        raise Conflict("review.board_not_finished", "Ban vận động chưa hoàn tất bình xét")
    if not review.posted_from:
        raise Conflict("review.list_not_posted", "Danh sách chưa được niêm yết công khai")
    first = posting_ends(date.fromisoformat(review.posted_from), rules)
    if (today or date.today()) < first:
        raise Conflict(
            "review.posting_not_over",
            "Danh sách niêm yết đến hết ngày %(posted_until)s; BCĐ phê duyệt từ ngày %(first)s",
            posted_until=review.posted_until,
            first=first.isoformat(),
        )
    if not self_assessment_checked:
        raise Invalid(
            "review.self_assessment_unchecked", "BCĐ cần xác nhận đã kiểm tra bảng tự đánh giá của tổ"
        )
    claimed = claimed_criteria(db, year, unit)
    checks = {code: True for code in claimed} if criteria_checks is None else dict(criteria_checks)
    unchecked = [code for code in claimed if code not in checks]
    if unchecked:
        raise Invalid(
            "review.verdict_missing",
            "BCĐ cần cho ý kiến về từng tiêu chí tổ tự đánh giá đạt: %(criteria)s",
            criteria=", ".join(unchecked),
        )
    unknown = sorted(set(checks) - set(claimed))
    if unknown:
        raise Invalid(
            "review.criterion_not_claimed",
            "Tổ không tự đánh giá đạt tiêu chí: %(criteria)s",
            criteria=", ".join(unknown)[:200],
        )
    review.self_assessment_checked, review.self_assessment_note = True, note[:500]
    review.self_assessment_checks = {code: bool(checks[code]) for code in claimed}
    review.state = "approved"
    history.record_approved(db, year, unit)  # the year's recognitions join the history
    _event(db, review, "approve", user, note)
    return review


def claimed_criteria(db: Session, year: int, unit: Unit) -> list[str]:
    """The criteria the group's own assessment (its latest counting one) marks as met."""
    result = results_q.result_of(db, year, unit.id)
    own = (result.figures.get("own") if result is not None else None) or {}
    return sorted(code for code, passed in (own.get("group_criteria") or {}).items() if passed)


def reopen(db: Session, user: User, year: int, unit_code: str, reason: str) -> Review:
    """Only way to change an approved list; the reason is kept."""
    unit = unit_of(db, unit_code)
    _check_scope(db, user, unit, ("committee", "admin"))
    review = get_review(db, year, unit)
    if review is None or review.state != "approved":
        raise Conflict("review.list_not_approved", "Danh sách chưa được phê duyệt")
    if not reason.strip():
        raise Invalid("review.reopen_reason_required", "Cần ghi lý do mở lại")
    review.state = "reviewed"
    history.remove_approved(db, year, unit)
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
            "review.list_approved", "Danh sách đã được phê duyệt; phải mở lại (có lý do) trước khi sửa"
        )


def review_events(db: Session, review: Review | None) -> list[ReviewEvent]:
    """A review's audit trail, oldest first."""
    return recognition_q.review_events(db, review)


def user_names(db: Session, ids: set[int | None]) -> dict[int, str]:
    """id -> full name (or username), for showing who did what."""
    return users_q.user_names(db, ids)
