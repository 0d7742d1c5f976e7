"""One submission as the pages show it (answers with the form's labels, photos, the
criteria met or not and the answers that decided them, its edits and the review steps
about its household or citizen), and the board's refusal of a submission. Like
results_view, every function checks the reader's role and unit scope itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..formats.xform_labels import Question, questions
from ..store import forms as forms_q
from ..store import recognition as recognition_q
from ..store import registry as registry_q
from ..store import results as results_q
from ..store import submissions as submissions_q
from ..store import units as units_q
from ..store import users as users_q
from ..store.models import Attachment, FormVersion, ReviewEvent, Submission, User
from . import results, review
from .access import unit_scope

READERS = ("admin", "committee", "board")
REJECTERS = ("admin", "board")
SKIP = {"instanceID", "instanceName", "deprecatedID", "label", "@create", "@id", "unit", "year"}
_LABELS: dict[tuple[str, str], list[Question]] = {}  # (form version md5, lang) -> questions


@dataclass
class Answer:
    name: str
    label: str
    section: str
    text: str  # the value as the reader should read it (choice labels)
    attachment: Attachment | None = None


@dataclass
class SubmissionPage:
    sub: Submission
    form_title: str
    version: str
    by: str
    answers: list[Answer]
    score: object | None  # Score
    criteria: list[dict]
    history: list[dict]
    events: list[ReviewEvent]
    decision: object | None  # ReviewDecision
    review_state: str
    subject_name: str = ""
    names: dict[int, str] = field(default_factory=dict)


def check_reader(db: Session, user: User, unit_code: str | None, roles: tuple[str, ...] = READERS) -> None:
    if user.role not in roles:
        raise Forbidden("auth.role_forbidden", "Vai trò của bạn không làm được việc này")
    scope = unit_scope(db, user)
    if scope is not None and (unit_code or "") not in scope:
        raise Forbidden("unit.not_yours", "Bạn không phụ trách đơn vị %(code)s", code=unit_code)


def get_submission(
    db: Session, user: User, submission_id: int, roles: tuple[str, ...] = READERS
) -> Submission:
    sub = submissions_q.by_id(db, submission_id)
    if sub is None:
        raise NotFound("submission.not_found", "Không có phiếu này")
    check_reader(db, user, sub.unit_code, roles)
    return sub


def _questions(version: FormVersion, lang: str) -> list[Question]:
    key = (version.md5, lang)
    if key not in _LABELS:
        _LABELS[key] = questions(version.xml, lang)
    return _LABELS[key]


def explainer(db: Session, lang: str) -> tuple[dict[str, str], dict[str, Question]]:
    """Criterion code -> label and field name -> question, from every form's current
    version: what lists of many submissions use to say why a criterion is not met."""
    criteria: dict[str, str] = {}
    fields: dict[str, Question] = {}
    for version in forms_q.current_versions(db):
        for c in (version.scoring or {}).get("criteria", []):
            criteria[c["code"]] = (
                (c.get("label_en") if lang == "en" else None) or c.get("label_vi") or c["code"]
            )
        for question in _questions(version, lang):
            fields.setdefault(question.name, question)
    return criteria, fields


def why(decided_by: list, fields: dict[str, Question]) -> list[tuple[str, str]]:
    """[(question label, answer as read)] for a criterion's deciding answers."""
    out = []
    for name, value in decided_by or []:
        question = fields.get(name)
        out.append((question.label if question and question.label else name, _show(value or "", question)))
    return out


def _show(value: str, question: Question | None) -> str:
    if question is None or not question.choices or not value:
        return value
    if question.kind == "select":
        return "; ".join(question.choices.get(v) or v for v in value.split())
    return question.choices.get(value) or value


def _answers(sub: Submission, version: FormVersion, files: dict[str, Attachment], lang: str) -> list[Answer]:
    data = results.answers_of(sub)
    known = _questions(version, lang)
    out = []
    for question in known:
        value = data.get(question.name)
        if value is None:
            continue
        attachment = files.get(value) if question.kind == "upload" else None
        out.append(
            Answer(question.name, question.label, question.section, _show(value, question), attachment)
        )
    named = {qn.name for qn in known}
    for name, value in data.items():  # calculations and anything the body does not show
        if value is not None and name not in named and name not in SKIP:
            out.append(Answer(name, name, "", value))
    return out


def _criteria(sub: Submission, score, version: FormVersion, lang: str, answers: list[Answer]) -> list[dict]:
    sheet = {c["code"]: c for c in (version.scoring or {}).get("criteria", [])}
    by_name = {a.name: a for a in answers}
    decided = results.explain(sub, version) if score is not None else {}
    out = []
    for c in score.criteria if score is not None else []:
        spec = sheet.get(c["code"], {})
        label = (spec.get("label_en") if lang == "en" else None) or spec.get("label_vi") or c["code"]
        why = [(by_name[n].label if n in by_name else n, by_name[n].text if n in by_name else v)
               for n, v in decided.get(c["code"]) or []]  # fmt: skip
        out.append(
            {
                "code": c["code"],
                "label": label,
                "passed": bool(c["passed"]),
                "points": c.get("points", 0),
                "max_points": spec.get("points"),
                "mandatory": bool(spec.get("mandatory")),
                "why": why,
            }
        )
    return out


def _history(db: Session, sub: Submission, score) -> list[dict]:
    """The edit chain and the other submissions about the same household or citizen."""
    rows = {s.id: s for s in submissions_q.edit_chain(db, sub)}
    scores = {}
    if score is not None:
        for s, _current in results_q.scores_of_subject(db, score.year, score.kind, score.subject):
            scores[s.submission_id] = s
        rows.update(submissions_q.submissions_by_id(db, set(scores) - set(rows)))
    chain = {s.instance_id for s in rows.values()}
    return [
        {
            "sub": s,
            "score": scores.get(s.id) or results_q.score_of_submission(db, s.id),
            "edit": bool(s.deprecated_id and s.deprecated_id in chain),
            "this": s.id == sub.id,
        }
        for s in sorted(rows.values(), key=lambda s: (s.received_at, s.id))
    ]


def submission_page(db: Session, user: User, submission_id: int, lang: str) -> SubmissionPage:
    sub = get_submission(db, user, submission_id)
    form, version = submissions_q.form_and_version(db, sub)
    answers = _answers(sub, version, submissions_q.attachments(db, sub), lang)
    score = results_q.score_of_submission(db, sub.id)
    unit = units_q.unit_by_code(db, sub.unit_code or "")
    rev = review.get_review(db, score.year, unit) if score is not None and unit is not None else None
    events = recognition_q.review_events(
        db, rev, f"{score.kind} {score.subject}" if score is not None else None
    )
    history = _history(db, sub, score)
    names = users_q.user_names(
        db, {e.user_id for e in events} | {h["sub"].user_id for h in history} | {sub.user_id}
    )
    return SubmissionPage(
        sub=sub,
        form_title=version.title or form.title,
        version=version.version,
        by=names.get(sub.user_id, "") if sub.user_id is not None else "",
        answers=answers,
        score=score,
        criteria=_criteria(sub, score, version, lang, answers),
        history=history,
        events=events,
        decision=recognition_q.decision_in(db, rev, score.kind, score.subject) if score is not None else None,
        review_state=rev.state if rev is not None else "open",
        subject_name=registry_q.subject_name(db, score.kind, score.subject) if score is not None else "",
        names=names,
    )


def attachment(db: Session, user: User, submission_id: int, name: str) -> Attachment:
    """A file of a submission the reader may see (same rule as the submission)."""
    sub = get_submission(db, user, submission_id)
    found = submissions_q.attachment(db, sub.id, name)
    if found is None:
        raise NotFound("submission.file_not_found", "Không có tệp này")
    return found


def reject(db: Session, user: User, submission_id: int, reason: str) -> Submission:
    """The board refuses a submission (wrong household, bad data): it stops counting and the
    subject's previous submission, if any, counts again. Not once the unit's list is
    approved: the committee reopens it first."""
    sub = get_submission(db, user, submission_id, REJECTERS)
    score = results_q.score_of_submission(db, sub.id)
    if score is None:
        raise Conflict("submission.not_scored", "Phiếu này không được chấm điểm")
    if score.rejected:
        raise Conflict("submission.already_rejected", "Phiếu này đã bị loại")
    if not reason.strip():
        raise Invalid("submission.reject_reason_required", "Cần ghi lý do loại phiếu")
    unit = review.unit_of(db, score.unit_code)
    rev = review.open_review(db, score.year, unit)
    if rev.state == "approved":
        raise Conflict(
            "submission.list_approved",
            "Danh sách của tổ đã được phê duyệt; Ban chỉ đạo phải mở lại trước khi loại phiếu",
        )
    results.reject(db, score, reason.strip())
    db.add(
        ReviewEvent(
            review_id=rev.id, action="reject", user_id=user.id,
            reason=f"{score.kind} {score.subject}: {reason.strip()}"[:500],
        )
    )  # fmt: skip
    return sub


def survey_month(db: Session, year: int, codes: set[str]) -> tuple[date, date, Mapping[date, int]]:
    """The first and last day of the month the year's survey ran, with the submissions of
    the units `codes` received per day in it: November, the month of the door-to-door
    survey; when none of the year's arrived in November (a survey run late, a demo built in
    another month), the month of the latest one, so the chart shows the data there is."""
    first = date(year, 11, 1)
    counts = submissions_q.received_per_day(db, year, codes, first, _month_end(first))
    if not counts:
        latest = submissions_q.latest_received_day(db, year, codes)
        if latest is not None and latest.replace(day=1) != first:
            first = latest.replace(day=1)
            counts = submissions_q.received_per_day(db, year, codes, first, _month_end(first))
    return first, _month_end(first), counts


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
