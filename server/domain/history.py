"""The recognition history: when the committee approves a unit's list, what `recognise`
says that unit recognised (its households, citizens and, for a residential group, its own
title) is kept for the year; reopening the list removes it. Criteria that look back over
the years (e.g. "Gia đình văn hóa 3 năm liền") read it through the condition language's
`consecutive-years()` (conditions.History), loaded per batch of submissions here."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..store import history as history_q
from ..store.models import Unit
from .conditions import History
from .unit_rules import wording_of


def record_approved(db: Session, year: int, unit: Unit) -> int:
    """Write the unit's approved recognitions of the year (replacing what an earlier
    approval wrote); returns how many rows it holds now."""
    from .recognition_view import recognise_units  # it reads results, which scores with this module

    history_q.remove_unit_year(db, unit.code, year)
    rows: list[history_q.Recognised] = []
    words = wording_of(db, unit.kind)  # the titles as the unit's kind names them
    for _unit, r in recognise_units(db, year, [unit]):
        for c in r.lists["approved"]:
            title = words.household_title if c.kind == "household" else words.citizen_title
            rows.append(history_q.Recognised(year, c.kind, c.code, unit.code, title))
        if r.group.recognised:
            rows.append(history_q.Recognised(year, "unit", unit.code, unit.code, words.title))
    history_q.add(db, rows)
    return len(rows)


def remove_approved(db: Session, year: int, unit: Unit) -> int:
    """A reopened list: the year's recognitions the approval wrote for the unit go."""
    return history_q.remove_unit_year(db, unit.code, year)


Key = tuple[str, str, int]  # (history kind, subject, scored year)
#: what a form assesses (results.form_kind) -> whose history its conditions read
HISTORY_KINDS = {"household": "household", "citizen": "citizen", "group": "unit"}


def history_kind(form_kind: str | None) -> str | None:
    """The history a form's conditions read: a household's, a citizen's, or for a group's
    own assessment its unit's (subject: the unit code); None for a registration."""
    return HISTORY_KINDS.get(form_kind or "")


def histories(db: Session | Connection, wanted: Iterable[Key]) -> dict[Key, History]:
    """(kind, subject, year) -> the subject's history as the conditions read it when scoring
    that year (only earlier years count): a batch's subjects in one query per kind and 500
    subjects. Subjects without any recognition get an empty history."""
    keys = set(wanted)
    out: dict[Key, History] = {}
    for kind in {k for k, _s, _y in keys}:
        found = history_q.years_of(db, kind, {s for k, s, _y in keys if k == kind})
        for k, subject, year in keys:
            if k == kind:
                held = tuple((r.year, r.title) for r in found.get(subject, ()) if r.year < year)
                out[(k, subject, year)] = History(year, held)
    return out


def history_of(db: Session | Connection, kind: str, subject: str, year: int) -> History:
    return histories(db, [(kind, subject, year)])[(kind, subject, year)]


def attach(db: Session, kind: str, entries: list[dict], year: int) -> None:
    """Put each household's or citizen's recognitions of every year into its API entry, in
    place: `history` (oldest first: year, title, unit, source) and `consecutive_years` (years
    running up to `year - 1`). One query per 500 entries."""
    found = history_q.years_of(db, kind, [e["code"] for e in entries])
    for e in entries:
        recs = found.get(e["code"], [])
        e["history"] = [
            {"year": r.year, "title": r.title, "unit": r.unit_code, "source": r.source} for r in recs
        ]
        e["consecutive_years"] = history_q.streak((r.year for r in recs), year)
