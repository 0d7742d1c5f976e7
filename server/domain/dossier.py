"""The recognition dossier of a year: results and review data → the official documents.

Each builder returns a dataclass of `formats/documents.py`, limited to what the user may see
(`results_view` raises Forbidden/NotFound). Who is on a list, every count and every group
title come from `recognition_view` (one `recognition.recognise` per unit), so the tờ trình,
its annexed list, the decision and its annex and the certificates hold the same people:
the units the committee approved, as approved. Units still under review are left out and
named in a note ("chưa hoàn tất bình xét"), and the documents stay "DỰ THẢO" until every
unit with proposals is approved: the committee must not sign a list its boards have not
settled.

The settings the committee fills in (numbers, dates, signers) live per year in the database
(every host reads the same), with the defaults of `DocumentSettings` for anything left out;
`kieumau documents export/import` writes and reads them as `documents.json`, for editing by
hand.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from ..formats.documents import (
    BoardRequest,
    Certificates,
    CommitteeSubmission,
    Decision,
    DocumentSettings,
    Issuance,
    MeetingMinutes,
    Person,
    ProposalList,
    Signature,
    UnitProposal,
    UnitSummary,
    UnitTitles,
    Vote,
)
from ..store import site
from ..store.models import User
from ..store.recognition import ProposedRow
from . import recognition_view
from . import review as review_domain
from .recognition import STAGE_LABELS, Candidate, TownRecognition, UnitRecognition
from .results_view import scoped_unit
from .unit_rules import wording_of

AGREED, REFUSED, UNDECIDED = "Đề nghị công nhận", "Không đề nghị", "Chưa biểu quyết"

# ---- settings ----------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if is_dataclass(value):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    return value


def _issuance(raw: dict, default: Issuance) -> Issuance:
    sig = raw.get("signature") or {}
    when = raw.get("date", default.date)
    try:
        when = date.fromisoformat(when) if isinstance(when, str) and when else (when or None)
    except ValueError:
        raise Invalid("input.invalid_date", "Ngày không hợp lệ: %(date)s (YYYY-MM-DD)", date=when) from None
    return Issuance(
        number=str(raw.get("number", default.number)),
        signature=Signature(
            tuple(str(x) for x in sig.get("lines", default.signature.lines)),
            str(sig.get("name", default.signature.name)),
        ),
        recipients=tuple(str(x) for x in raw.get("recipients", default.recipients)),
        date=when,
    )


def settings_from_dict(year: int, raw: dict) -> DocumentSettings:
    """Settings of a year: the defaults, overridden by what `raw` sets (unknown keys ignored)."""
    settings = DocumentSettings(year=year)
    for f in fields(settings):
        if f.name == "year" or f.name not in raw:
            continue
        current, value = getattr(settings, f.name), raw[f.name]
        if isinstance(current, Issuance):
            value = _issuance(value or {}, current)
        elif isinstance(current, tuple):
            value = tuple(str(v) for v in (value or ()))
        else:
            value = str(value or "")
        setattr(settings, f.name, value)
    return settings


def settings_to_dict(settings: DocumentSettings) -> dict:
    return {k: v for k, v in _jsonable(settings).items() if k != "year"}


def load_settings(db: Session, year: int) -> DocumentSettings:
    return settings_from_dict(year, site.document_settings(db, year))


def update_settings(db: Session, year: int, changes: dict) -> DocumentSettings:
    """Merge `changes` into the year's settings and store them, in the session's transaction
    (the caller commits); two editors at once on two hosts merge one after the other."""
    site.lock_document_settings(db, year)
    merged = {**site.document_settings(db, year), **changes}
    settings = settings_from_dict(year, merged)  # validates before anything is written
    site.put_document_settings(db, year, settings_to_dict(settings))
    return settings


def export_settings(db: Session) -> dict:
    """Every year's stored settings as `documents.json` holds them: {"2026": {...}, ...}."""
    return {str(year): raw for year, raw in site.all_document_settings(db).items()}


def import_settings(db: Session, everything: object) -> list[int]:
    """Store the years of a `documents.json` ({"2026": {...}}), each replacing what that year
    had; all or nothing: every year is checked before any is written. Returns the years."""
    if not isinstance(everything, dict):
        raise Invalid("document.settings_not_object", "Tệp phải là một đối tượng JSON theo năm")
    checked: dict[int, DocumentSettings] = {}
    for key, raw in everything.items():
        text = str(key).strip()
        if not text.isdigit() or not 1900 <= int(text) <= 2200 or not isinstance(raw, dict):
            raise Invalid("input.invalid_year", "Năm không hợp lệ: %(year)s", year=key)
        checked[int(text)] = settings_from_dict(int(text), raw)
    for year, settings in checked.items():
        site.put_document_settings(db, year, settings_to_dict(settings))
    return sorted(checked)


# ---- who is on the lists ---------------------------------------------------------------


def titles_of(db: Session, kind: str | None) -> UnitTitles:
    """How a unit of `kind`'s documents name its titles: domain/wording.py, one definition."""
    w = wording_of(db, kind)
    return UnitTitles(
        unit=w.title,
        household=w.household_title,
        citizen=w.citizen_title,
        citizen_noun=w.citizen_noun,
        unit_noun=w.noun_lower,
        has_households=kind != "agency",
    )


def _person(c: Candidate, unit_name: str, titles: UnitTitles | None = None) -> Person:
    r: ProposedRow = c.person  # type: ignore[assignment]
    person = Person(r.name, r.address, unit_name, r.points, birth_year=r.birth_year, sex=r.sex)
    if titles is not None and c.kind == "citizen":
        person.title, person.noun = titles.citizen, titles.citizen_noun
    elif titles is not None and c.kind == "household":
        person.title, person.noun = titles.household, "hộ gia đình"
    return person


def _people(r: UnitRecognition, stage: str, kind: str, titles: UnitTitles | None = None) -> list[Person]:
    return [_person(c, r.name, titles) for c in r.lists[stage] if c.kind == kind]


def _board_list(r: UnitRecognition) -> list[Candidate]:
    """A unit's own list (the board's request): those its meeting has not refused; once the
    meeting closed, exactly the agreed ones."""
    return [c for c in r.lists["proposed"] if c.agree is not False]


def _pending(town: TownRecognition) -> list[str]:
    return [u.name for u in town.pending]


# ---- the documents -----------------------------------------------------------------------


def proposal_list(db: Session, user: User, year: int, code: str | None = None) -> ProposalList:
    """Danh sách đề nghị. The town's (annexed to the tờ trình) holds the units the committee
    approved, as approved; a unit's (its board's request) holds what its meeting agreed,
    or, before the meeting closes, the proposals not refused so far."""
    if code is None:
        town = recognition_view.town(db, user, year)
        sections = []
        for u in town.included:
            t = titles_of(db, u.kind)
            sections.append(
                UnitProposal(
                    u.name, _people(u, "approved", "household"), _people(u, "approved", "citizen"), t
                )
            )
        return ProposalList(
            year, sections, stage=STAGE_LABELS["approved"], pending=_pending(town), draft=town.draft
        )
    unit = scoped_unit(db, user, code)
    pairs = recognition_view.units(db, user, year, code)
    r = next((rec for u, rec in pairs if u.id == unit.id), None)
    listed = _board_list(r) if r is not None else []
    section = UnitProposal(
        unit.name,
        [_person(c, unit.name) for c in listed if c.kind == "household"],
        [_person(c, unit.name) for c in listed if c.kind == "citizen"],
        titles_of(db, unit.kind),
    )
    review = review_domain.get_review(db, year, unit)
    closed = r is not None and r.meeting_closed
    return ProposalList(
        year,
        [section],
        unit_name=unit.name,
        date=_date(review.meeting_date) if review else None,
        signature=Signature(("TM. BAN VẬN ĐỘNG", "TRƯỞNG BAN"), review.chair) if review else None,
        stage=STAGE_LABELS["agreed"] if closed else f"{STAGE_LABELS['proposed']} (chưa hoàn tất bình xét)",
        draft=not closed,
    )


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _at(day: date, hhmm: str) -> datetime | None:
    try:
        return datetime.combine(day, time.fromisoformat(hhmm)) if hhmm else None
    except ValueError:
        return None


def meeting_minutes(db: Session, user: User, year: int, code: str) -> MeetingMinutes:
    """Biên bản họp bình xét, pre-filled from the meeting the board recorded and its votes."""
    unit = scoped_unit(db, user, code)
    review = review_domain.get_review(db, year, unit)
    held = _date(review.meeting_date) if review else None
    if review is None or held is None:
        raise NotFound(
            "document.meeting_not_recorded",
            "%(name)s (%(code)s) chưa ghi thông tin cuộc họp bình xét năm %(year)s",
            name=unit.name,
            code=unit.code,
            year=year,
        )
    votes: dict[str, list[Vote]] = {"household": [], "citizen": []}
    proposed = review_domain.proposals(db, year, unit)
    for p in proposed:
        person = Person(p.name, p.address, unit.name, p.points, birth_year=p.birth_year, sex=p.sex)
        d = p.decision
        if d is None:
            votes[p.kind].append(Vote(person, 0, 0, UNDECIDED))
        else:
            outcome = AGREED if d.agree else f"{REFUSED}: {d.reason}" if d.reason else REFUSED
            votes[p.kind].append(Vote(person, d.votes_for, d.votes_total, outcome))
    agreed = {k: sum(v.decision == AGREED for v in rows) for k, rows in votes.items()}
    refused = sum(v.decision.startswith(REFUSED) for rows in votes.values() for v in rows)
    t = titles_of(db, unit.kind)
    households = (
        f"{agreed['household']} hộ gia đình đạt danh hiệu “{t.household}” và " if t.has_households else ""
    )
    conclusion = [
        f"Hội nghị thống nhất đề nghị công nhận {households}{agreed['citizen']} {t.citizen_noun}"
        f" đạt danh hiệu “{t.citizen}” năm {year}."
    ]
    if refused:
        conclusion.append(f"Không đề nghị công nhận {refused} trường hợp, lý do ghi tại bảng trên.")
    content = [line for line in review.notes.splitlines() if line.strip()] or [
        "Trưởng Ban vận động thông qua tiêu chí và kết quả kiểm tra, đánh giá các hộ gia đình,"
        " công dân trong tổ; hội nghị thảo luận, bình xét từng trường hợp."
    ]
    return MeetingMinutes(
        year=year,
        unit_name=unit.name,
        started_at=_at(held, review.started_at) or held,
        ended_at=_at(held, review.ended_at),
        place=review.place or "……",
        chair=review.chair,
        secretary=review.secretary,
        present=review.present,
        total=review.invited,
        attendees="Ban vận động, Ban công tác Mặt trận, đại diện các hộ gia đình trong tổ.",
        content=content,
        households=votes["household"],
        citizens=votes["citizen"],
        conclusion=conclusion,
        titles=t,
    )


def board_request(db: Session, user: User, year: int, code: str) -> BoardRequest:
    """Giấy đề nghị of one unit's board: what its meeting agreed, over the registry."""
    unit = scoped_unit(db, user, code)
    review = review_domain.get_review(db, year, unit)
    held = _date(review.meeting_date) if review else None
    pairs = recognition_view.units(db, user, year, code)
    r = next((rec for u, rec in pairs if u.id == unit.id), None)
    if review is None or held is None or r is None or not r.meeting_closed:
        raise NotFound(
            "document.meeting_not_closed",
            "%(name)s (%(code)s) chưa hoàn tất bình xét năm %(year)s",
            name=unit.name,
            code=unit.code,
            year=year,
        )
    agreed = r.counts["agreed"]
    return BoardRequest(
        year=year,
        unit_name=unit.name,
        households=agreed.households,
        citizens=agreed.citizens,
        households_registry=r.households_registry,
        adults_registry=r.adults_registry,
        group_reached=r.group.reached,
        meeting_date=held,
        posted_from=_date(review.posted_from),
        posted_until=_date(review.posted_until),
        signature=Signature(("TM. BAN VẬN ĐỘNG", "TRƯỞNG BAN"), review.chair) if review.chair else None,
        date=_date(review.posted_until) or held,
        titles=titles_of(db, unit.kind),
    )


def committee_submission(db: Session, user: User, year: int) -> CommitteeSubmission:
    """Tờ trình: one row per unit the committee approved, its recognised households and
    citizens over the registry; the units still under review are named in a note."""
    town = recognition_view.town(db, user, year)
    rows = [
        UnitSummary(
            u.name,
            u.households_registry,
            u.counts["approved"].households,
            u.adults_registry,
            u.counts["approved"].citizens,
            u.group.recognised,
            titles_of(db, u.kind),
        )
        for u in town.included
    ]
    return CommitteeSubmission(year, rows, pending=_pending(town), draft=town.draft)


def decision(db: Session, user: User, year: int) -> Decision:
    """Quyết định công nhận with its annexed list: the approved units only; a draft while any
    unit with proposals is not approved."""
    town = recognition_view.town(db, user, year)
    out = Decision(year, draft=town.draft, pending=_pending(town))
    for u in town.included:
        t = titles_of(db, u.kind)
        out.households += _people(u, "approved", "household", t)
        out.citizens += _people(u, "approved", "citizen", t)
        if u.group.recognised:
            out.units.append(u.name)
            out.unit_people.append(Person(u.name, unit_name=u.name, title=t.unit, noun=t.unit_noun))
    return out


def certificates(db: Session, user: User, year: int, kind: str, code: str | None = None) -> Certificates:
    """Giấy công nhận, one per recognised household, citizen or residential group (`kind`
    unit): approved lists only, since a certificate cites the signed decision."""
    if kind not in ("household", "citizen", "unit"):
        raise Invalid("document.invalid_kind", "kind phải là household, citizen hoặc unit")
    town = recognition_view.town(db, user, year, code)
    if kind == "unit":  # a unit recognised with its own title ("Tổ dân phố kiểu mẫu"…)
        people = [
            Person(u.name, "", u.name, title=titles_of(db, u.kind).unit)
            for u in town.included
            if u.group.recognised
        ]
    else:
        people = [p for u in town.included for p in _people(u, "approved", kind, titles_of(db, u.kind))]
    if not people:
        raise NotFound("document.no_approved_list", "Chưa có danh sách được phê duyệt")
    return Certificates(year, kind, people)
