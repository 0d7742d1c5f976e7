"""Inspection rounds: the committee's surveys during the year (e.g. the mid-year check),
kept apart from the November evaluation.

Why a round is a time window, decided when a submission is scored. Volunteers survey with
the same forms in ODK Collect (or the browser forms), and Collect submits an instance with
nothing the server could use to tell a round from the evaluation: the same form id and
version, the same fields, the campaign year computed on the phone. Asking volunteers to
switch forms, or to answer a "round" question, would mean a second set of workbooks to keep
in step with the criteria, or a question they can get wrong. What the server does know for
sure is when it received a submission, and the committee decides when a round is open. So:

- a household or citizen submission of a round's year received from the round's opening
  until its closing belongs to the round; an edit (deprecatedID) belongs where the
  submission it edits belongs, whenever it arrives;
- the submission is stored exactly as any other (the POST is unchanged) and scored by the
  same scoring queue with the same sheet; only then, instead of a Score that the results
  count, the outcome goes into a RoundScore kept with its round, and the submission is
  marked with the round (Submission.round_id), which `rescore` leaves out. Nothing that
  counts for recognition (results, proposals, reviews, documents) reads RoundScore;
- the rule depends only on stored times (received_at, opened_at, closed_at), so a
  submission still waiting in the queue when a round closes is judged by when it came.

One round is open at a time; while it is open the November evaluation of its year cannot
go on, so the committee closes it first (the page says so)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..store import plans as plans_q
from ..store import submissions as submissions_q
from ..store.models import INTEGER_MAX, User, utcnow
from ..store.plan_models import InspectionRound
from .access import acts_for_town
from .scoring import ScoreResult

ROUND_KINDS = ("household", "citizen")
SCOPES = ("sample", "all")
Window = tuple[int, int, datetime, datetime | None]  # id, year, opened_at, closed_at


def in_window(windows: Sequence[Window], year: int, received_at: datetime) -> int | None:
    """PURE: the round whose window holds a submission of `year` received at `received_at`."""
    for round_id, round_year, opened, closed in windows:
        if round_year == year and opened <= received_at and (closed is None or received_at < closed):
            return round_id
    return None


def round_of(db: Session, windows: Sequence[Window], row: Row, kind: str | None, year: int) -> int | None:
    """The round a stored submission (a row of store.incremental.peek_pending) belongs to."""
    if kind not in ROUND_KINDS or not row.unit_code:
        return None
    if row.deprecated_id:
        edited = submissions_q.by_instance(db, row.form_id, row.deprecated_id)
        return edited.round_id if edited is not None else None
    return in_window(windows, year, row.received_at)


def store_score(
    db: Session, round_id: int, row: Row, kind: str, subject: str, outcome: ScoreResult | None
) -> None:
    """Keep a round submission's outcome with its round, as its subject's latest, and mark
    the submission. An edit that moved to another subject hands the one it left back to
    that subject's previous submission."""
    plans_q.mark_round(db, row.id, round_id)
    if row.deprecated_id:
        edited = submissions_q.by_instance(db, row.form_id, row.deprecated_id)
        before = plans_q.round_score_of(db, edited.id) if edited is not None else None
        if before is not None and (before.kind, before.subject) != (kind, subject):
            db.flush()
            plans_q.relatest(db, before.round_id, before.kind, before.subject)
    plans_q.add_round_score(
        db,
        {
            "round_id": round_id,
            "submission_id": row.id,
            "unit_code": row.unit_code,
            "kind": kind,
            "subject": subject,
            "points": outcome.points if outcome else 0.0,
            "max_points": outcome.max_points if outcome else 0.0,
            "title_reached": bool(outcome and outcome.title_reached),
            "criteria": [
                {"code": c.code, "passed": c.passed, "points": c.points_awarded}
                for c in (outcome.criteria if outcome else [])
            ],
            "received_at": row.received_at,
        },
    )


def _committee(db: Session, user: User) -> None:
    if not acts_for_town(db, user):
        raise Forbidden("round.forbidden", "Chỉ Ban chỉ đạo (toàn thị trấn) mở, đóng đợt kiểm tra")


def open_round(
    db: Session, user: User, year: int, title: str, scope: str = "sample", note: str = ""
) -> InspectionRound:
    """Open a round now: from this moment the year's household and citizen submissions are its."""
    _committee(db, user)
    title, note, scope = str(title or "").strip(), str(note or "").strip(), str(scope or "")
    if not 2000 <= year <= min(2100, INTEGER_MAX):
        raise Invalid("input.invalid_year", "Năm không hợp lệ: %(year)s", year=year)
    if not title or len(title) > 255:
        raise Invalid("round.invalid_title", "Tên đợt kiểm tra: từ 1 đến 255 ký tự")
    if len(note) > 1000:
        raise Invalid("round.note_too_long", "Ghi chú quá dài (tối đa 1000 ký tự)")
    if scope not in SCOPES:
        raise Invalid("round.invalid_scope", "Phạm vi phải là 'sample' (chọn mẫu) hoặc 'all' (tất cả hộ)")
    if plans_q.open_rounds(db):
        raise Conflict("round.already_open", "Đang có một đợt kiểm tra chưa đóng")
    found = InspectionRound(
        year=year, title=title, scope=scope, note=note, opened_at=utcnow(), opened_by=user.id
    )
    db.add(found)
    db.flush()
    return found


def close_round(db: Session, user: User, round_id: int) -> InspectionRound:
    """Close a round now: later submissions count for the evaluation again."""
    _committee(db, user)
    found = plans_q.round_by_id(db, round_id)
    if found is None:
        raise NotFound("round.not_found", "Không có đợt kiểm tra %(round_id)s", round_id=round_id)
    if found.closed_at is not None:
        raise Conflict("round.closed", "Đợt kiểm tra đã đóng")
    found.closed_at = utcnow()
    return found


def rounds_of_year(db: Session, year: int) -> list[InspectionRound]:
    """The year's rounds, oldest first."""
    return plans_q.rounds_of_year(db, year)


def round_counts(db: Session, round_id: int) -> dict[tuple[str, str], int]:
    """(unit code, kind) -> submissions scored in the round."""
    return plans_q.round_counts(db, round_id)


def any_open(db: Session) -> bool:
    """Whether some round (of any year) is open now."""
    return any(r.closed_at is None for r in plans_q.open_rounds(db))
