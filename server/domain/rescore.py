"""A whole year scored again and its unit results rebuilt, set-wise instead of per submission.

A province holds millions of submissions, and the per-submission path (ORM objects, one
query per subject, every Score loaded again per unit) takes hours there. This module keeps
the rules of results.py (which submission counts, what a unit's figures are) and changes
only how the work is done:

- the database hands over, per submission, just the answers the scoring sheet reads, as
  one JSON array text; equal texts score equally (a score is a pure function of those
  answers), so each distinct text is scored once per form version and reused -- a survey
  has a few thousand distinct answer patterns, not millions;
- Score rows are written in bulk (COPY on PostgreSQL), in the caller's transaction;
- the counting score of every subject is decided in the same pass, by counting.py's rule,
  and the board's rejections are read first and written back with the new rows;
- unit figures come from how many counting scores each unit has per outcome, never from
  reloading the scores.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from ..store import forms as forms_q
from ..store import results as results_q
from ..store import units as units_q
from ..store.models import FormVersion, UnitResult, compact_criteria
from ..store.results import ScoreRow
from . import aggregation, conditions, counting, history, results
from .aggregation import CountedScore
from .scoring import ScoringSheet, score
from .units import GROUP_UNIT_KINDS

# the answers that decide a subject (results.subject_from) and a registration's figures
SUBJECT_FIELDS = {
    "household": ("new_household", "__entity_id", "household"),
    "citizen": ("new_citizen", "citizen"),
}
REGISTRATION_FIELDS = ("so_ho_dang_ky", "so_cong_dan_dang_ky", "dang_ky_tdp")
PER_SUBJECT = ("household", "citizen")  # kinds counted per unit by outcome


@dataclass(frozen=True)
class Outcome:
    """One distinct scoring result of a form version: all a Score row and the figures need."""

    kind: str
    points: float
    max_points: float
    title_reached: bool
    criteria_json: str
    passes: tuple[tuple[str, bool], ...]
    answers: Mapping[str, str | None] = field(default_factory=dict)  # registrations only


def _norm(value: Any) -> str | None:
    """An answer as results.answers_of reads it: a list's first item, blank -> None."""
    return (value[0] if isinstance(value, list) and value else value) or None


def _outcome_of(
    sheet: ScoringSheet | None,
    answers: Mapping[str, str | None],
    kind: str,
    history: conditions.History | None = None,
) -> Outcome:
    result = score(sheet, answers, history) if sheet else None
    criteria = [[c.code, c.passed, c.points_awarded] for c in (result.criteria if result else [])]
    return Outcome(
        kind=kind,
        points=result.points if result else 0.0,
        max_points=result.max_points if result else 0.0,
        title_reached=bool(result and result.title_reached),
        # as the ORM writes it (models.Criteria; equal texts mean an unchanged score)
        criteria_json=json.dumps(criteria),
        passes=tuple((c.code, c.passed) for c in (result.criteria if result else [])),
        answers=dict(answers) if kind == "registration" else {},
    )


class Plan:
    """How one form version's submissions are read and scored (with its outcome cache)."""

    def __init__(self, version: FormVersion, kind: str) -> None:
        self.kind, self.form_id = kind, version.form_id
        self.sheet = ScoringSheet.from_dict(version.scoring) if version.scoring else None
        names: set[str] = set()
        for criterion in self.sheet.criteria if self.sheet else []:
            names |= conditions.fields(conditions.parse(criterion.condition_text))
        if kind == "registration":
            names |= set(REGISTRATION_FIELDS)
        self.answer_fields = tuple(sorted(names))
        self.subject_fields = SUBJECT_FIELDS.get(kind, ())
        # criteria reading the recognition history: outcomes then depend on the subject's too
        self.history_kind = history.history_kind(kind) if self.sheet and self.sheet.uses_history else None
        self.outcomes: dict[object, Outcome] = {}

    def outcome(self, raw: str | None, history: conditions.History | None = None) -> Outcome:
        """The outcome of a JSON array of answers (in answer_fields order) and, for a sheet
        that reads it, the subject's history: each distinct pair scored once."""
        key = raw if history is None else (raw, history.held)
        hit = self.outcomes.get(key)
        if hit is None:
            values = json.loads(raw) if raw else []
            answers = {k: _norm(v) for k, v in zip(self.answer_fields, values, strict=False)}
            hit = self.outcomes[key] = _outcome_of(self.sheet, answers, self.kind, history)
        return hit

    def subject(
        self, first: str | None, second: str | None, third: str | None, iid: str, unit: str | None
    ) -> str:
        """Who the submission is about, from the subject_fields answers (store.results.AnswerRow's
        who1, who2, who3): what results.subject_from gives, without a dict per submission
        (test_rescore checks)."""
        if self.kind == "household":  # new_household, __entity_id, household
            if first == "yes":
                return (second or f"HH-{iid.removeprefix('uuid:')[:36]}")[:64]
            return third or f"HH-{iid.removeprefix('uuid:')[:36]}"
        if self.kind == "citizen":  # new_citizen, citizen
            if first == "yes":
                return f"CD-{iid.removeprefix('uuid:')[:36]}"
            return second or f"CD-{iid.removeprefix('uuid:')[:36]}"
        return unit or ""


def _plans(db: Session, year: int) -> dict[int, Plan]:
    plans = {}
    for version in forms_q.all_versions(db):  # a few per form: cheaper than finding the year's
        kind = results.form_kind(version)
        if kind is not None:
            plans[version.id] = Plan(version, kind)
    return plans


class _Clock:
    """Adds the seconds spent per phase into `timings` (when given)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings, self.last = timings, time.perf_counter()

    def __call__(self, phase: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[phase] = self.timings.get(phase, 0.0) + now - self.last
        self.last = now


SAME, FLIP, WRITTEN = 0, 1, 2  # a stored score left as is, only its `counts` to set, rewritten


class Counting(NamedTuple):
    """The submission that counts for a subject so far in the stream (the latest decides)."""

    received: str
    submission_id: int
    unit: str
    outcome: Outcome
    state: int  # SAME, FLIP or WRITTEN: what happens to its stored score


# built from a tuple without a Python call (a Counting per counting submission of the year)
_counting = partial(tuple.__new__, Counting)
# a submission of a batch with the plan of its form version and its outcome: a plain tuple
# (one per submission of the year), unpacked by name where it is read
Scored = tuple[tuple, "Plan", Outcome]


@dataclass
class _Pass:
    """What one rescore carries from batch to batch."""

    year: int
    plans: dict[int, Plan]
    prints: dict[int, object] = field(default_factory=dict)  # id(outcome) -> its fingerprint
    best: dict[str, dict[str, Counting]] = field(
        default_factory=lambda: {kind: {} for kind in ("household", "citizen", "group", "registration")}
    )
    flips: dict[int, bool] = field(
        default_factory=dict
    )  # submission id -> counts, scores otherwise unchanged
    losers: list[int] = field(default_factory=list)  # rewritten as counting, superseded later in the stream
    gone: list[int] = field(default_factory=list)  # stored scores of submissions that no longer get one
    scored: int = 0
    written: int = 0


def rescore_year(
    db: Session,
    year: int,
    progress: Callable[[int], None] | None = None,
    timings: dict[str, float] | None = None,
) -> int:
    """results.rescore: returns the number of submissions scored. A long rescore runs
    inside runtime.bulk_job, set by its entry point (the CLI, serve's scorer process, the
    benchmark)."""
    clock = _Clock(timings)
    results_q.tune_for_bulk(db)
    results_q.clear_results(db, year)
    run = _Pass(year, _plans(db, year))
    clock("clear")
    fields = {vid: (plan.answer_fields, plan.subject_fields) for vid, plan in run.plans.items()}
    for batch in results_q.answer_batches(db, year, fields):
        clock("read")
        scored = _score_batch(db, batch, run)
        _fingerprint_new(db, scored, run.prints)
        new_rows, changed_rows = _decide(scored, run)
        clock("score")
        results_q.insert_scores(db, new_rows)
        results_q.update_scores(db, changed_rows)
        run.written += len(new_rows) + len(changed_rows)
        run.scored += len(scored)
        if progress:
            progress(len(batch))
        clock("write")
    results_q.apply_updates(db)
    results_q.delete_scores(db, run.gone)
    clock("write")
    results_q.set_counts(db, run.losers + [sid for sid, c in run.flips.items() if not c], False)
    results_q.set_counts(db, [sid for sid, c in run.flips.items() if c], True)
    clock("counts")
    if timings is not None:
        timings["rows_written"] = run.written
        timings["counts_set"] = len(run.losers) + len(run.flips)
    write_results(db, year, *_figures_of(run.best))
    clock("results")
    return run.scored


def _score_batch(db: Session, batch: list[tuple], run: _Pass) -> list[Scored]:
    """The batch's submissions that get a score, with their outcomes; a stored score of one
    that no longer gets one (no plan, no unit) is marked gone."""
    plans, year = run.plans, run.year
    held = _batch_history(db, batch, plans, year)
    scored = []
    for row in batch:
        # the driver's tuple, unpacked once by store.results.AnswerRow's names
        (sid, vid, unit, iid, _received, _current, answers, who1, who2, who3, stored, _old_subject,
         _old_print, _old_counts, _rejection) = row  # fmt: skip
        plan = plans.get(vid)
        if plan is None or not unit:
            if stored is not None:
                run.gone.append(sid)
            continue
        past = None
        if plan.history_kind is not None:
            past = held.get((plan.history_kind, plan.subject(who1, who2, who3, iid, unit), year))
        scored.append((row, plan, plan.outcome(answers, past)))
    return scored


def _fingerprint_new(db: Session, scored: list[Scored], prints: dict[int, object]) -> None:
    """Add the fingerprints (as a stored score's) of the outcomes not seen before."""
    new = {id(o): o for _row, _plan, o in scored if id(o) not in prints}
    if new:
        keys = [(o.kind, o.title_reached, o.points, o.max_points, o.criteria_json) for o in new.values()]
        prints.update(zip(new, results_q.fingerprints(db, keys), strict=True))


def _decide(scored: list[Scored], run: _Pass) -> tuple[list[ScoreRow], list[ScoreRow]]:
    """Which submission counts per subject (counting.py's rule, in stream order) and what
    happens to each stored score: (new rows, rows to rewrite); unchanged scores whose
    `counts` changes go to run.flips, rewritten ones superseded later to run.losers."""
    new_rows: list[ScoreRow] = []
    changed_rows: list[ScoreRow] = []
    prints, year, best, flips = run.prints, run.year, run.best, run.flips
    for row, plan, outcome in scored:
        # unpacked once by AnswerRow's names (see _score_batch, which kept only rows with a unit)
        (sid, _v, unit, iid, received, current, _a, who1, who2, who3, stored, old_subject, old_print,
         old_counts, rejection) = row  # fmt: skip
        subject = plan.subject(who1, who2, who3, iid, unit)
        mine = best[plan.kind]
        before = mine.get(subject)
        counts = counting.may_count(current, rejection is not None) and counting.supersedes(
            received, sid, (before.received, before.submission_id) if before else None
        )
        if stored == 2 and old_subject == subject and old_print == prints[id(outcome)]:
            state = SAME
            if old_counts != counts:
                flips[sid], state = counts, FLIP
        else:
            state = WRITTEN
            (new_rows if stored is None else changed_rows).append(
                ScoreRow(sid, plan.form_id, year, unit, plan.kind, subject, outcome.points,
                         outcome.max_points, outcome.title_reached, outcome.criteria_json, counts,
                         rejection is not None, rejection or "", received)
            )  # fmt: skip
        if counts:
            if before is not None:
                _supersede(before, run)
            mine[subject] = _counting((received, sid, unit, outcome, state))
    return new_rows, changed_rows


def _supersede(before: Counting, run: _Pass) -> None:
    """The submission that counted for a subject stops counting: a later one does."""
    if before.state == FLIP:
        del run.flips[before.submission_id]  # stored as not counting already
    elif before.state == WRITTEN:
        run.losers.append(before.submission_id)
    else:
        run.flips[before.submission_id] = False


def _figures_of(best: dict[str, dict[str, Counting]]) -> tuple[Counter, dict[str, list[CountedScore]]]:
    """write_results' input from the counting submissions: households and citizens counted
    per (unit, kind, title reached, criteria passed); groups and registrations one by one."""
    tally: Counter = Counter()
    singles: dict[str, list[CountedScore]] = {}
    for kind, subjects in best.items():
        if kind in PER_SUBJECT:
            # counted per (unit, outcome object): cheap to hash, few distinct
            per_outcome = Counter((unit, id(o)) for _at, _sid, unit, o, _state in subjects.values())
            outcomes = {id(o): o for _at, _sid, _unit, o, _state in subjects.values()}
            for (unit, oid), n in per_outcome.items():
                o = outcomes[oid]
                tally[(unit, kind, o.title_reached, o.passes)] += n
        else:
            for c in subjects.values():
                o = c.outcome
                singles.setdefault(c.unit, []).append(
                    CountedScore(kind, o.title_reached, o.passes, o.points, o.answers)
                )
    return tally, singles


def _batch_history(db: Session, batch: list[tuple], plans: dict[int, Plan], year: int) -> dict:
    """The history of the batch's subjects scored by a sheet that reads it: one query per kind."""
    reading = {vid: (plan.history_kind, plan) for vid, plan in plans.items() if plan.history_kind is not None}
    if not reading:
        return {}
    wanted = set()
    for row in batch:
        (_sid, vid, unit, iid, _received, _current, _answers, who1, who2, who3, _stored, _old_subject,
         _old_print, _old_counts, _rejection) = row  # fmt: skip
        found = reading.get(vid)
        if found is not None and unit:
            whose, plan = found
            wanted.add((whose, plan.subject(who1, who2, who3, iid, unit), year))
    return history.histories(db, wanted) if wanted else {}


def rebuild_year(db: Session, year: int) -> None:
    """results.rebuild: the figures from the counting scores, grouped by outcome in SQL."""
    tally: Counter = Counter()
    for unit, kind, reached, criteria, n in results_q.counting_tally(db, year):
        passes = tuple((c[0], bool(c[1])) for c in compact_criteria(json.loads(criteria or "[]")))
        tally[(unit, kind, bool(reached), passes)] += n
    singles: dict[str, list[CountedScore]] = {}
    for s, data in results_q.counting_unit_scores(db, year):
        answers = {k: _norm(v) for k, v in (data or {}).items()}
        criteria = tuple((c["code"], bool(c["passed"])) for c in s.criteria)
        singles.setdefault(s.unit_code, []).append(
            CountedScore(s.kind, s.title_reached, criteria, s.points, answers)
        )
    write_results(db, year, tally, singles)


def write_results(db: Session, year: int, tally: Counter, singles: dict[str, list[CountedScore]]) -> None:
    """Every unit's own figures (its registry, its outcome counts, its group and registration
    scores), its title, and the totals summed up the tree, stored in UnitResult."""
    units = units_q.all_units(db)
    sizes = results_q.registry_sizes_by_unit(db, results.staff_at_agency(db))
    per_unit: dict[str, list[tuple]] = {}
    for (unit, kind, reached, passes), n in tally.items():
        per_unit.setdefault(unit, []).append((kind, reached, passes, n))
    rules = results.group_rules(db)
    own, titles = {}, {}
    for u in units:
        households, adults = sizes.get(u.id, (0, 0))
        fig, _r, _c = aggregation.leaf_figures(singles.get(u.code, []), households, adults, None)
        for kind, reached, passes, n in per_unit.get(u.code, []):
            aggregation.add_score(fig, kind, reached, passes, n)
        fig["groups"] = int(u.kind in GROUP_UNIT_KINDS)
        titles[u.id] = results.title_by_rule(rules, u, fig)
        fig["groups_reaching_title"] = int(bool(titles[u.id]["reached"]))
        own[u.id] = fig
    totals = {u.id: aggregation.sum_figures([own[u.id]]) for u in units}
    for u in sorted(units, key=lambda x: -x.path.count("/")):
        if u.parent_id is not None and u.parent_id in totals:
            totals[u.parent_id] = aggregation.sum_figures([totals[u.parent_id], totals[u.id]])
    stored = results_q.results_for_update(db, year)
    for u in units:
        row = stored.get(u.id)
        if row is None:
            row = UnitResult(year=year, unit_id=u.id)
            db.add(row)
        row.figures = {"own": own[u.id], "total": totals[u.id], "title": titles[u.id]}
        row.title_reached = titles[u.id]["reached"]
    db.flush()
