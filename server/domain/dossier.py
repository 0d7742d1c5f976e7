"""The recognition dossier of a year: results and review data → the official documents.

Each builder returns a dataclass of `formats/documents.py`, limited to what the user may see
(`results_view` raises Forbidden/NotFound). Who is on a list follows the procedure in
`review.py`: before the committee approves a unit, the list is what scoring proposes minus
those the board voted down; once approved, only those the board agreed on (the rule of
`review.approved_list`). The decision is a draft ("DỰ THẢO") until every unit with proposals
is approved, because the committee must not sign a list its boards have not settled.

The settings the committee fills in (numbers, dates, signers) live per year in
`<DATA_DIR>/documents.json`: a file an administrator can also edit by hand, with the
defaults of `DocumentSettings` for anything left out.
"""

from __future__ import annotations

import json
import os
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from ..formats.documents import (
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
    Vote,
)
from ..store import reports as q
from ..store.models import User
from . import results_view
from . import review as review_domain
from .results_view import scoped_unit

SETTINGS_FILE = "documents.json"
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
        raise Invalid(f"Ngày không hợp lệ: {when}", f"invalid date {when!r} (YYYY-MM-DD)") from None
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


def _read_all(data_dir: str | Path) -> dict:
    path = Path(data_dir) / SETTINGS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def load_settings(data_dir: str | Path, year: int) -> DocumentSettings:
    return settings_from_dict(year, _read_all(data_dir).get(str(year), {}))


def update_settings(data_dir: str | Path, year: int, changes: dict) -> DocumentSettings:
    """Merge `changes` into the year's settings and save them (write, then rename)."""
    everything = _read_all(data_dir)
    merged = {**everything.get(str(year), {}), **changes}
    settings = settings_from_dict(year, merged)  # validates before anything is written
    everything[str(year)] = settings_to_dict(settings)
    path = Path(data_dir) / SETTINGS_FILE
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(everything, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return settings


# ---- who is on the lists ---------------------------------------------------------------


def _listed(item: dict, approved: bool) -> bool:
    return item["board_agrees"] is True if approved else item["board_agrees"] is not False


def _people(db: Session, unit: dict, kind: str, approved: bool) -> list[Person]:
    items = [p for p in unit["proposed"] if p["kind"] == kind and _listed(p, approved)]
    years = q.birth_years(db, [p["code"] for p in items]) if kind == "citizen" else {}
    return [
        Person(p["name"], p["address"], unit["name"], p["points"], birth_year=years.get(p["code"]))
        for p in items
    ]


def _sections(db: Session, user: User, year: int, code: str | None) -> list[dict]:
    """results_view.proposals of the leaf units (the town row has no proposals of its own)."""
    leaves = q.leaf_codes(db)
    return [u for u in results_view.proposals(db, user, year, code) if code or u["unit"] in leaves]


# ---- the documents -----------------------------------------------------------------------


def proposal_list(db: Session, user: User, year: int, code: str | None = None) -> ProposalList:
    """Danh sách đề nghị: one unit's (signed by its board's head) or the town's, by unit."""
    unit = scoped_unit(db, user, code) if code else None
    sections = []
    for u in _sections(db, user, year, code):
        approved = u["review_state"] == "approved"
        sections.append(
            UnitProposal(
                u["name"], _people(db, u, "household", approved), _people(db, u, "citizen", approved)
            )
        )
    if unit is None:
        return ProposalList(year, sections)
    review = review_domain.get_review(db, year, unit)
    return ProposalList(
        year,
        sections or [UnitProposal(unit.name)],
        unit_name=unit.name,
        date=_date(review.meeting_date) if review else None,
        signature=Signature(("TM. BAN VẬN ĐỘNG", "TRƯỞNG BAN"), review.chair) if review else None,
    )


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def meeting_minutes(db: Session, user: User, year: int, code: str) -> MeetingMinutes:
    """Biên bản họp bình xét, pre-filled from the meeting the board recorded and its votes."""
    unit = scoped_unit(db, user, code)
    review = review_domain.get_review(db, year, unit)
    held = _date(review.meeting_date) if review else None
    if review is None or held is None:
        raise NotFound(
            f"{unit.name} chưa ghi thông tin cuộc họp bình xét năm {year}",
            f"{unit.code} has not recorded its evaluation meeting for {year}",
        )
    votes: dict[str, list[Vote]] = {"household": [], "citizen": []}
    proposed = review_domain.proposals(db, year, unit)
    years = q.birth_years(db, [p.subject for p in proposed if p.kind == "citizen"])
    for p in proposed:
        person = Person(p.name, p.address, unit.name, p.points, birth_year=years.get(p.subject))
        d = p.decision
        if d is None:
            votes[p.kind].append(Vote(person, 0, 0, UNDECIDED))
        else:
            outcome = AGREED if d.agree else f"{REFUSED}: {d.reason}" if d.reason else REFUSED
            votes[p.kind].append(Vote(person, d.votes_for, d.votes_total, outcome))
    agreed = {k: sum(v.decision == AGREED for v in rows) for k, rows in votes.items()}
    refused = sum(v.decision.startswith(REFUSED) for rows in votes.values() for v in rows)
    conclusion = [
        f"Hội nghị thống nhất đề nghị công nhận {agreed['household']} hộ gia đình đạt danh hiệu"
        f" “Gia đình kiểu mẫu” và {agreed['citizen']} công dân đạt danh hiệu “Công dân kiểu mẫu”"
        f" năm {year}."
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
        started_at=held,
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
    )


def committee_submission(db: Session, user: User, year: int) -> CommitteeSubmission:
    """Tờ trình: the figures of every unit the committee reads, one row per leaf unit."""
    leaves = q.leaf_codes(db)
    rows = []
    for u in results_view.units(db, user, year):
        if u["code"] not in leaves:
            continue
        f = u["figures"]
        rows.append(
            UnitSummary(
                u["name"],
                f["households_surveyed"],
                f["model_households"],
                f["citizens_surveyed"],
                f["model_citizens"],
                bool(u["title_reached"]),
            )
        )
    return CommitteeSubmission(year, rows)


def decision(db: Session, user: User, year: int) -> Decision:
    """Quyết định công nhận with its annexed list; a draft until every unit is approved."""
    sections = _sections(db, user, year, None)
    draft = not sections or any(u["review_state"] != "approved" and u["proposed"] for u in sections)
    out = Decision(year, draft=draft)
    for u in sections:
        approved = u["review_state"] == "approved"
        out.households += _people(db, u, "household", approved)
        out.citizens += _people(db, u, "citizen", approved)
        if u["group_title_reached"]:
            out.units.append(u["name"])
    return out


def certificates(db: Session, user: User, year: int, kind: str, code: str | None = None) -> Certificates:
    """Giấy công nhận, one per recognised household or citizen: approved lists only, since a
    certificate cites the signed decision."""
    if kind not in ("household", "citizen"):
        raise Invalid("kind phải là household hoặc citizen", "kind must be household or citizen")
    if code:
        scoped_unit(db, user, code)
    people = []
    for u in _sections(db, user, year, code):
        if u["review_state"] == "approved":
            people += _people(db, u, kind, approved=True)
    if not people:
        raise NotFound("Chưa có danh sách được phê duyệt", "no approved list yet")
    return Certificates(year, kind, people)
