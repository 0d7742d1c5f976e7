"""The arithmetic of a scoring batch, in plain rows and dicts, shared by the batch done under
the write lock and the batch planned before it (incremental.py): the batch's score rows,
which score counts for each subject, and how each moved unit's figures and its ancestors'
totals change. Nothing here reads or writes the database."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from . import aggregation, counting, results
from .scoring import ScoreResult, ScoringSheet, score

if TYPE_CHECKING:
    from ..store.incremental import Record

Scored = dict[int, tuple[dict, ScoreResult | None]]  # submission id -> (answers, outcome)
Moved = dict[int, tuple[dict, bool | None]]  # unit id -> (figures, title reached)


class Version(NamedTuple):
    kind: str | None
    sheet: ScoringSheet | None


@lru_cache(maxsize=256)
def version_of(fields_text: str | None, scoring_text: str | None) -> Version:
    """What a form version's stored JSON says, compiled once per distinct text."""
    fields = json.loads(fields_text) if fields_text else None
    scoring = json.loads(scoring_text) if scoring_text else None
    return Version(
        results.kind_of(fields, bool(scoring)), ScoringSheet.from_dict(scoring) if scoring else None
    )


NewScores = dict[tuple[int, str, str], list[dict]]  # (year, kind, subject) -> its new score rows


def new_scores(
    items: list[tuple[Record, Version, int]], scored: Scored, units: dict[str, Record], held: dict
) -> tuple[NewScores, list[tuple[dict, dict, Record]]]:
    """The score rows of these submissions (scored by score_rows, or now with their `held`
    histories), by subject; and (score, answers, unit) of those that may add a household or
    citizen at the door."""
    new_rows: NewScores = {}
    door: list[tuple[dict, dict, Record]] = []
    for row, version, year in items:
        unit = units.get(row.unit_code)
        kind = version.kind
        if unit is None or kind is None:  # (incremental sends households and citizens only)
            continue
        if row.id in scored:
            answers, outcome = scored[row.id]
        else:
            answers = results.answers_from(row.data)
            outcome = score(version.sheet, answers, held.get(row.id)) if version.sheet else None
        new = {
            "submission_id": row.id,
            "form_id": row.form_id,
            "year": year,
            "unit_code": row.unit_code,
            "kind": kind,
            "subject": results.subject_from(kind, answers, row.instance_id, row.unit_code),
            "points": outcome.points if outcome else 0.0,
            "max_points": outcome.max_points if outcome else 0.0,
            "title_reached": bool(outcome and outcome.title_reached),
            "criteria": [[c.code, c.passed, c.points_awarded] for c in outcome.criteria] if outcome else [],
            "counts": False,
            "rejected": False,
            "reject_reason": "",
            "received_at": row.received_at,
        }
        new_rows.setdefault((year, kind, new["subject"]), []).append(new)
        if answers.get("new_household") == "yes" or answers.get("new_citizen") == "yes":
            door.append((new, answers, unit))
    return new_rows, door


Deltas = dict[tuple[int, str], dict]  # (year, unit code) -> the change to the unit's own figures


def winners(new_rows: NewScores, counting_now: dict[tuple, Record]) -> tuple[Deltas, list[int]]:
    """Which score counts for each subject now, marked in `new_rows` in place: (each unit's
    figures delta by (year, unit code), the ids of the counting scores they displace). New
    submissions are current and not rejected, so each subject's winner (counting.pick) is
    among its counting score and its new ones."""
    deltas: Deltas = {}
    displaced = []
    for key, news in new_rows.items():
        before = counting_now.get(key)
        # (the new score's dict, or the counting one's row; the winner is read by key or attribute)
        candidates: list[tuple[Any, datetime, int, bool, bool]] = [
            (s, s["received_at"], s["submission_id"], True, False) for s in news
        ]
        if before is not None:
            candidates.append((before, before.received_at, before.submission_id, True, False))
        winner = counting.pick(candidates)
        if winner is None or winner is before:
            continue
        winner["counts"] = True
        count(
            deltas,
            winner["year"],
            winner["unit_code"],
            key[1],
            winner["title_reached"],
            winner["criteria"],
            1,
        )
        if before is not None:
            displaced.append(before.id)
            crit = [(c["code"], c["passed"]) for c in before.criteria]
            count(deltas, before.year, before.unit_code, key[1], before.title_reached, crit, -1)
    return deltas, displaced


def count(deltas: dict, year: int, unit_code: str, kind: str, reached: bool, criteria, sign: int) -> None:
    delta = deltas.setdefault((year, unit_code), aggregation.empty_figures())
    aggregation.add_score(delta, kind, reached, ((c[0], bool(c[1])) for c in criteria), sign)


def wanted(own_deltas: dict[Record, dict]) -> set[int]:
    """The units whose result rows a batch moves: those with a delta of their own and their
    ancestors."""
    return {u.id for u in own_deltas} | {a for unit in own_deltas for a in results.ancestor_ids(unit)}


def moved(
    own_deltas: dict[Record, dict],
    sizes: dict[int, dict[str, int]],
    rules: results.GroupRules,
    stored: dict[int, Record],
    fresh_own: Callable[[Record], dict],
) -> Moved:
    """Each moved unit's new (figures, title reached): its own delta, and the registry `sizes`
    added to it at the door, added to its `stored` figures, and the difference to every
    ancestor's total. A unit without stored figures starts from `fresh_own` (its registry as
    it is now, the additions included)."""
    figures = {unit_id: dict(r.figures or {}) for unit_id, r in stored.items()}
    reached = {unit_id: r.title_reached for unit_id, r in stored.items()}
    upward: dict[int, dict] = {}
    for unit in sorted(own_deltas, key=lambda u: u.id):
        before = figures.get(unit.id, {})
        old_own = before.get("own")
        if old_own is None:
            new_own = aggregation.add_figures(fresh_own(unit), own_deltas[unit])
        else:
            delta = {**own_deltas[unit]}
            for key, n in sizes.get(unit.id, {}).items():
                delta[key] = delta.get(key, 0) + n
            new_own = aggregation.add_figures(old_own, delta)
        figures[unit.id], reached[unit.id], delta = results.moved_figures(
            rules, unit, before, old_own or aggregation.empty_figures(), new_own
        )
        for parent_id in results.ancestor_ids(unit):
            aggregation.add_into(upward.setdefault(parent_id, aggregation.empty_figures()), delta)
    for unit_id, delta in upward.items():
        mine = figures.setdefault(unit_id, {})
        mine["total"] = aggregation.add_figures(mine.get("total") or aggregation.empty_figures(), delta)
        reached.setdefault(unit_id, None)
    return {u: (figures[u], reached[u]) for u in figures}
