"""A cheap fingerprint of everything a year's report files show, for the report cache.

Building a town dossier's data (thousands of proposals, names, birth years) only to hash it
took as long as serving the file, so "nothing changed" is decided from a few aggregate
queries instead. Each one reads an index or a small table and moves whenever a document
could change:

- counting scores (count, max id, sum of ids): a new submission scored, an edit or a
  rejection moving which score counts, a rescore (rows written anew);
- unit results (count, last update, sum of ids): every change of a unit's figures or title;
- review events (count, max id): every step of the procedure writes one (meeting details,
  each decision, submit, approve, reopen);
- the registry (households: count, max id, last update; citizens: count, max id): names,
  addresses, birth years. A roster import that changes a citizen also touches the
  household's `updated_at` (domain/registry.py), so that one column covers both;
- the unit tree (every row: it is small) and the forms' current versions (criterion labels).

`units` limits the scores, results, reviews and registry to those unit codes (a unit's own
files do not go stale when another unit changes); None is the whole tree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .models import Citizen, Form, FormVersion, Household, Review, ReviewEvent, Score, Unit, UnitResult


def _in_units(query: Select, column, units: list[str] | None) -> Select:
    return query if units is None else query.where(column.in_(units))


def _unit_ids(units: list[str]) -> Select:
    return select(Unit.id).where(Unit.code.in_(units))


def data_version(db: Session, year: int, units: Iterable[str] | None = None) -> str:
    """A short hash that changes whenever anything a report of `year` shows may have changed."""
    codes = sorted(units) if units is not None else None
    ids = _unit_ids(codes) if codes is not None else None
    parts: list[object] = [year, codes]
    scores = select(func.count(), func.max(Score.id), func.sum(Score.id)).where(
        Score.year == year, Score.counts.is_(True)
    )
    parts.append(tuple(db.execute(_in_units(scores, Score.unit_code, codes)).one()))
    results = select(func.count(), func.max(UnitResult.updated_at), func.sum(UnitResult.id)).where(
        UnitResult.year == year
    )
    if ids is not None:
        results = results.where(UnitResult.unit_id.in_(ids))
    parts.append(tuple(db.execute(results).one()))
    events = (
        select(func.count(), func.max(ReviewEvent.id))
        .join(Review, Review.id == ReviewEvent.review_id)
        .where(Review.year == year)
    )
    if ids is not None:
        events = events.where(Review.unit_id.in_(ids))
    parts.append(tuple(db.execute(events).one()))
    households = select(func.count(), func.max(Household.id), func.max(Household.updated_at))
    citizens = select(func.count(), func.max(Citizen.id)).join(Household)
    if ids is not None:
        households = households.where(Household.unit_id.in_(ids))
        citizens = citizens.where(Household.unit_id.in_(ids))
    parts.append(tuple(db.execute(households).one()))
    parts.append(tuple(db.execute(citizens).one()))
    parts.append(
        db.execute(select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id).order_by(Unit.id)).all()
    )
    parts.append(db.execute(select(Form.id, Form.current_version_id).order_by(Form.id)).all())
    parts.append(db.scalar(select(func.max(FormVersion.id))))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]
