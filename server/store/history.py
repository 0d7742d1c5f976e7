"""Queries on the recognition history (table `recognition`): the titles each household,
citizen and unit held per year. Written when the committee approves a unit's list, removed
when it is reopened, and loaded from a town's earlier records by the history import.

Readers (scoring, the API, the year-end summary, rewards) take the history of many subjects
in one query (`years_of`, `consecutive_years`), never one query per subject."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, tuple_
from sqlalchemy.orm import Session

from .models import Citizen, Household, Recognition, Score, Unit, utcnow

CHUNK = 500  # subjects per IN list: well under SQLite's bound-parameter limit
# the scorers look subjects up by (kind, subject): the unique constraint's index serves them
KINDS = ("household", "citizen", "unit")


@dataclass(frozen=True)
class Recognised:
    """One title held by one subject in one year."""

    year: int
    kind: str  # household | citizen | unit
    subject: str  # household, citizen or unit code
    unit_code: str  # the unit it was recognised in
    title: str
    source: str = "approved"  # approved (by the committee in this app) | import


def _row(r: Recognition | tuple) -> Recognised:
    if isinstance(r, Recognition):
        return Recognised(r.year, r.kind, r.subject, r.unit_code, r.title, r.source)
    return Recognised(*r)


_COLS = (
    Recognition.year,
    Recognition.kind,
    Recognition.subject,
    Recognition.unit_code,
    Recognition.title,
    Recognition.source,
)


def add(db: Session, rows: Iterable[Recognised]) -> int:
    """Store these recognitions, skipping any (kind, subject, year, title) already kept;
    returns how many were new. Two inserts per chunk at most, whatever the count."""
    wanted = {(r.kind, r.subject, r.year, r.title): r for r in rows}
    if not wanted:
        return 0
    db.flush()
    keys = list(wanted)
    new = 0
    now = utcnow()
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        have = set(
            db.execute(
                select(Recognition.kind, Recognition.subject, Recognition.year, Recognition.title).where(
                    tuple_(Recognition.kind, Recognition.subject, Recognition.year, Recognition.title).in_(
                        chunk
                    )
                )
            ).all()
        )
        fresh = [wanted[k] for k in chunk if k not in have]
        if fresh:
            db.execute(
                insert(Recognition),
                [
                    {
                        "year": r.year,
                        "kind": r.kind,
                        "subject": r.subject,
                        "unit_code": r.unit_code,
                        "title": r.title,
                        "source": r.source,
                        "recorded_at": now,
                    }
                    for r in fresh
                ],
            )
            new += len(fresh)
    return new


def remove_unit_year(db: Session, unit_code: str, year: int, source: str = "approved") -> int:
    """Drop the unit's recognitions of the year that came from `source` (a reopened list);
    returns how many."""
    db.flush()
    result = db.execute(
        delete(Recognition).where(
            Recognition.unit_code == unit_code, Recognition.year == year, Recognition.source == source
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def of_unit_year(db: Session, unit_code: str, year: int) -> list[Recognised]:
    """The unit's recognitions of the year (its own title, its households and citizens)."""
    rows = db.execute(
        select(*_COLS)
        .where(Recognition.unit_code == unit_code, Recognition.year == year)
        .order_by(Recognition.kind, Recognition.subject, Recognition.title)
    )
    return [_row(tuple(r)) for r in rows]


def of_year(db: Session, year: int, unit_codes: Iterable[str] | None = None) -> list[Recognised]:
    """Every recognition of the year, in `unit_codes` (None: all), by unit, kind and subject."""
    query = select(*_COLS).where(Recognition.year == year)
    if unit_codes is not None:
        query = query.where(Recognition.unit_code.in_(sorted(set(unit_codes))))
    query = query.order_by(Recognition.unit_code, Recognition.kind, Recognition.subject, Recognition.title)
    return [_row(tuple(r)) for r in db.execute(query)]


def years_of(db: Session | Connection, kind: str, subjects: Iterable[str]) -> dict[str, list[Recognised]]:
    """subject -> its recognitions of every year (oldest first), for the subjects that have any."""
    wanted = sorted(set(subjects))
    out: dict[str, list[Recognised]] = {}
    # a rescore reads its next batch on this connection meanwhile: take its lock (store/results)
    lock = db.info.get("rescore_lock") or contextlib.nullcontext()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        with lock:
            rows = db.execute(
                select(*_COLS)
                .where(Recognition.kind == kind, Recognition.subject.in_(chunk))
                .order_by(Recognition.subject, Recognition.year, Recognition.title)
            ).all()
        for r in rows:
            rec = _row(tuple(r))
            out.setdefault(rec.subject, []).append(rec)
    return out


def streak(years: Iterable[int], before: int) -> int:
    """How many consecutive years, ending with `before - 1`, are among `years`."""
    held = set(years)
    n = 0
    while before - 1 - n in held:
        n += 1
    return n


def consecutive_years(
    db: Session | Connection, kind: str, subjects: Iterable[str], before: int
) -> dict[str, int]:
    """subject -> how many years running it held a title, up to the year before `before`
    (0 when not recognised in `before - 1`); one query per 500 subjects."""
    found = years_of(db, kind, subjects)
    return {s: streak((r.year for r in found.get(s, [])), before) for s in set(subjects)}


def years_with_history(db: Session) -> list[int]:
    """The years the history holds, oldest first."""
    return sorted(set(db.scalars(select(Recognition.year).distinct())))


def score_subjects(db: Session, submission_ids: list[int]) -> dict[int, tuple[str, str, int]]:
    """submission id -> (kind, subject, year) of its stored score, for those scored."""
    out: dict[int, tuple[str, str, int]] = {}
    for start in range(0, len(submission_ids), CHUNK):
        rows = db.execute(
            select(Score.submission_id, Score.kind, Score.subject, Score.year).where(
                Score.submission_id.in_(submission_ids[start : start + CHUNK])
            )
        )
        out.update({sid: (kind, subject, year) for sid, kind, subject, year in rows})
    return out


def citizen_homes(db: Session, codes: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Citizen code -> (household code, unit code), for the codes in the registry."""
    wanted = sorted(set(codes))
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), CHUNK):
        rows = db.execute(
            select(Citizen.code, Household.code, Unit.code)
            .join(Household, Citizen.household_id == Household.id)
            .join(Unit, Household.unit_id == Unit.id)
            .where(Citizen.code.in_(wanted[start : start + CHUNK]))
        )
        out.update({c: (h, u) for c, h, u in rows})
    return out
