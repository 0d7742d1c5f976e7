"""Scores and unit results, kept up to date as submissions arrive.

Which submission counts, per campaign year and per household / citizen / group, is
counting.py's rule: an edit (meta/deprecatedID) replaces what it edits (the edited row is no
longer current); among the current ones the board has not rejected, the latest received
counts.

A change moves one subject's counting score; its unit's own figures change by that score's
contribution, and the difference is added to every ancestor — no level is recomputed
from scratch. `rescore` rebuilds a whole year (after a scoring sheet changed)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..store import forms as forms_q
from ..store import history as history_q
from ..store import results as results_q
from ..store import submissions as submissions_q
from ..store import units as units_q
from ..store.models import FormVersion, Score, Submission, Unit, UnitResult, session_of
from . import aggregation, counting, history, registry
from .aggregation import CountedScore
from .scoring import ScoreResult, ScoringSheet, judged, score
from .unit_rules import GroupRules, group_rules, group_rules_from, group_rules_of, kind_of, staff_at_agency
from .units import GROUP_UNIT_KINDS

__all__ = ["group_rules", "group_rules_from", "kind_of"]  # read here by incremental and rescore


GROUP_KINDS = ("group", "registration")


def form_kind(version: FormVersion) -> str | None:
    """What a form assesses, read from the field contract (forms/README.md)."""
    return kind_of(version.fields, bool(version.scoring))


def answers_of(sub: Submission) -> dict[str, str | None]:
    return answers_from(sub.data)


def answers_from(data: Mapping[str, Any] | None) -> dict[str, str | None]:
    """Stored answers as scoring reads them: the first of a repeated name, None for empty."""
    return {k: (v[0] if isinstance(v, list) and v else v) or None for k, v in (data or {}).items()}


def subject_of(kind: str, sub: Submission) -> str:
    return subject_from(kind, answers_of(sub), sub.instance_id, sub.unit_code)


def subject_from(kind: str, data: Mapping[str, str | None], instance_id: str, unit_code: str | None) -> str:
    """Who a submission is about: the household / citizen picked (or added at the door), or
    the unit for a group's own forms. `data` holds answers as answers_of gives them."""
    suffix = instance_id.removeprefix("uuid:")[:36]
    if kind == "household":
        if data.get("new_household") == "yes":
            return (data.get("__entity_id") or f"HH-{suffix}")[:64]
        return data.get("household") or f"HH-{suffix}"
    if kind == "citizen":
        if data.get("new_citizen") == "yes":
            return f"CD-{suffix}"
        return data.get("citizen") or f"CD-{suffix}"
    return unit_code or ""


def campaign_year(sub: Submission) -> int:
    return sub.year or (sub.received_at or datetime.now()).year


def score_row(sub: Submission, version: FormVersion, kind: str) -> Score:
    """A new Score for a submission (not yet counting)."""
    answers = answers_of(sub)
    result = score(_sheet(sub, version), answers, _history(sub, version, kind)) if version.scoring else None
    return Score(
        submission_id=sub.id,
        form_id=sub.form_id,
        year=campaign_year(sub),
        unit_code=sub.unit_code or "",
        kind=kind,
        subject=subject_of(kind, sub),
        points=result.points if result else 0.0,
        max_points=result.max_points if result else 0.0,
        title_reached=bool(result and result.title_reached),
        criteria=[
            {"code": c.code, "passed": c.passed, "points": c.points_awarded}
            for c in (result.criteria if result else [])
        ],
        received_at=sub.received_at,
    )


def explain(sub: Submission, version: FormVersion) -> dict[str, list[tuple[str, str | None]]]:
    """Criterion code -> the answers that decided it (decided_by), recomputed from the
    submission's answers by its version's sheet: what the pages show beside a stored score
    (the score keeps only met and points per criterion, see models.compact_criteria)."""
    if not version.scoring:
        return {}
    held = _history(sub, version, form_kind(version) or "")
    return {c.code: c.decided_by for c in score(_sheet(sub, version), answers_of(sub), held).criteria}


def _history(sub: Submission, version: FormVersion, kind: str) -> history.History | None:
    """The subject's recognitions before the year, when the version's sheet reads them
    (one query: this path scores one submission; batches load theirs together)."""
    session = session_of(sub)
    whose = history.history_kind(kind)
    if whose is None or session is None or not _sheet(sub, version).uses_history:
        return None
    return history.history_of(session, whose, subject_of(kind, sub), campaign_year(sub))


def explain_many(db: Session, submission_ids: list[int]) -> dict[int, dict[str, list]]:
    """explain for many submissions at once (a unit's list): submission id -> code ->
    decided_by; equal answers are scored once."""
    out: dict[int, dict[str, list]] = {}
    sheets: dict[int, tuple[ScoringSheet | None, str | None]] = {}
    seen: dict[tuple, dict[str, list]] = {}
    rows = []
    for sid, version_id, data in results_q.answers_of_submissions(db, submission_ids):
        if version_id not in sheets:
            found = forms_q.version_by_id(db, version_id)
            sheet = ScoringSheet.from_dict(found.scoring) if found and found.scoring else None
            sheets[version_id] = (sheet, form_kind(found) if found else None)
        rows.append((sid, version_id, answers_from(data)))
    held = _histories_of(db, submission_ids, rows, sheets)
    for sid, version_id, answers in rows:
        sheet, _kind = sheets[version_id]
        if sheet is None:
            continue
        past = held.get(sid)
        key = (version_id, tuple(sorted(answers.items())), past)
        if key not in seen:
            seen[key] = {c.code: c.decided_by for c in score(sheet, answers, past).criteria}
        out[sid] = seen[key]
    return out


def _histories_of(
    db: Session, submission_ids: list[int], rows: list, sheets: dict
) -> dict[int, history.History]:
    """submission id -> its subject's history, for those scored by a sheet that reads it."""
    wanted = [sid for sid, vid, _a in rows if sheets[vid][0] is not None and sheets[vid][0].uses_history]
    if not wanted:
        return {}
    keys = {}
    for sid, (kind, subject, year) in history_q.score_subjects(db, wanted).items():
        whose = history.history_kind(kind)
        if whose is not None:
            keys[sid] = (whose, subject, year)
    found = history.histories(db, set(keys.values()))
    return {sid: found[key] for sid, key in keys.items()}


def _sheet(sub: Submission, version: FormVersion) -> ScoringSheet:
    """A version's sheet compiled once per session (a drain scores a batch with it); only
    for a version that has one."""
    if version.scoring is None:
        raise ValueError(f"form version {version.id} has no scoring sheet")
    cache = _session_info(sub).setdefault("sheets", {})
    key = (version.id, id(version.scoring))
    if key not in cache:
        cache[key] = ScoringSheet.from_dict(version.scoring)
    return cache[key]


def _session_info(obj: object) -> dict:
    session = session_of(obj)
    return session.info if session is not None else {}


def on_submission(
    db: Session, sub: Submission, version: FormVersion, edited: Submission | None = None
) -> Score | None:
    """Score a newly stored submission and move the results it changes. An edit that moved
    the subject (another household picked) also recounts the one it left."""
    if edited is not None:
        old = results_q.score_of_submission(db, edited.id)
        if old is not None:
            recount(db, old.year, old.kind, old.subject)
    kind = form_kind(version)
    if kind is None or not sub.unit_code:
        return None
    unit = _unit(db, sub.unit_code)
    if unit is None:
        return None
    row = score_row(sub, version, kind)
    db.add(row)
    db.flush()
    grew = registry.record_from_submission(db, kind, answers_of(sub), unit, row.subject)
    if not results_q.has_results(db, row.year):
        _pick_counting(db, row.year, kind, row.subject)
        rebuild(db, row.year)  # the year's first submission: every unit's registry enters
    else:
        recount(db, row.year, kind, row.subject)
        if grew:  # a household or citizen added at the door: the registry sizes changed
            db.flush()
            refresh_own(db, row.year, db.get_one(Unit, grew[0]))
    if kind == "registration" and row.counts:
        from .plans import register_from_form

        register_from_form(db, row.year, unit, answers_of(sub), sub.user_id)
    return row


def _contribution(s: Score, sign: int) -> dict:
    """What one counting household or citizen score adds to (sign 1) or takes from (-1) its
    unit's own figures."""
    one = aggregation.empty_figures()
    aggregation.add_score(
        one, s.kind, s.title_reached, ((c["code"], bool(c["passed"])) for c in s.criteria), sign
    )
    return one


def _unit(db: Session, code: str) -> Unit | None:
    """Units looked up once per session: one submission moves the same unit several times."""
    cache = db.info.setdefault("units_by_code", {})
    if code not in cache:
        unit = units_q.unit_by_code(db, code)
        if unit is None:
            return None  # not cached: the unit may be created later in this session
        cache[code] = unit
    return cache[code]


def ancestor_ids(unit: Unit | Row) -> list[int]:
    """Nearest first, read off the materialized path (units are never moved or deleted)."""
    return [int(x) for x in reversed(unit.path.strip("/").split("/")) if x]


def _pick_counting(db: Session, year: int, kind: str, subject: str) -> tuple[Score | None, Score | None]:
    """Mark the one counting score of a subject; returns (previously counting, now counting)."""
    rows = results_q.scores_of_subject(db, year, kind, subject)
    winner = counting.pick((s, s.received_at, s.submission_id, current, s.rejected) for s, current in rows)
    before = next((s for s, _cur in rows if s.counts), None)
    for s, _cur in rows:
        s.counts = s is winner
    return before, winner


def recount(db: Session, year: int, kind: str, subject: str) -> None:
    """Pick the counting score of one subject and apply the change to the results."""
    before, winner = _pick_counting(db, year, kind, subject)
    if before is winner:
        return
    db.flush()
    for s, sign in ((before, -1), (winner, 1)):
        if s is not None:
            _apply(db, year, s, sign)


def reject(db: Session, score_row_: Score, reason: str) -> None:
    """The board refuses a submission (wrong household, bad data): it stops counting."""
    score_row_.rejected = True
    score_row_.reject_reason = reason[:500]
    recount(db, score_row_.year, score_row_.kind, score_row_.subject)


def _apply(db: Session, year: int, s: Score, sign: int) -> None:
    unit = _unit(db, s.unit_code)
    if unit is None:
        return
    result = results_q.result_for_update(db, year, unit.id)
    stored = result.figures.get("own")
    if s.kind in GROUP_KINDS:
        new_own = _own_figures(db, year, unit)
    else:
        new_own = aggregation.add_figures(stored or fresh_own(db, unit), _contribution(s, sign))
    _store_own(db, year, unit, result, stored or aggregation.empty_figures(), new_own)


def fresh_own(db: Session, unit: Unit | Row) -> dict:
    own = aggregation.empty_figures()
    own["households_registry"], own["adults_registry"] = results_q.registry_sizes(
        db, unit.id, staff_at_agency(db)
    )
    own["groups"] = int(unit.kind in GROUP_UNIT_KINDS)
    return own


def _own_figures(db: Session, year: int, unit: Unit) -> dict:
    """A unit's own figures from scratch: its counting scores and its registry."""
    households, adults = results_q.registry_sizes(db, unit.id, staff_at_agency(db))
    subs = {s.submission_id: s for s in results_q.counting_scores(db, year, unit.code)}
    regs = (
        submissions_q.submissions_by_id(db, set(subs))
        if any(s.kind == "registration" for s in subs.values())
        else {}
    )
    counted = [
        CountedScore(
            kind=s.kind,
            title_reached=s.title_reached,
            criteria=tuple((c["code"], bool(c["passed"])) for c in s.criteria),
            points=s.points,
            answers=answers_of(regs[s.submission_id]) if s.submission_id in regs else {},
        )
        for s in subs.values()
    ]
    own, _reached, _checks = aggregation.leaf_figures(counted, households, adults, None)
    own["groups"] = int(unit.kind in GROUP_UNIT_KINDS)
    return own


def title_by_rule(rules: GroupRules, unit: Unit | Row, own: dict) -> dict:
    """Whether a unit reaches its own title by the rule for its kind (read once by the
    caller: a drain or a rebuild judges many units by them), with the checks that decided it."""
    rule = rules.get(unit.kind)
    if (
        rule is None
        or unit.kind not in GROUP_UNIT_KINDS
        or not judged(rule, own.get("households_registry") or 0, own.get("adults_registry") or 0)
    ):
        return {"reached": None, "checks": []}
    group = own.get("groups_assessed") and own.get("group_points") is not None
    group_score = None
    if group:
        # the little of a group's ScoreResult that group_title reads
        group_score = ScoreResult([], own["group_points"], 0, [], own.get("group_title_reached", False))
    reached, checks = aggregation.group_title(
        rule,
        own["model_households"],
        own["households_registry"],
        own["model_citizens"],
        own["adults_registry"],
        group_score,
    )
    return {"reached": reached, "checks": [c.__dict__ for c in checks]}


def _store_own(db: Session, year: int, unit: Unit, result: UnitResult, old_own: dict, new_own: dict) -> None:
    """Store a unit's new own figures and move its and its ancestors' totals by the
    difference."""
    result.figures, result.title_reached, delta = moved_figures(
        group_rules_of(db), unit, result.figures, old_own, new_own
    )
    _add_to_totals(db, year, dict.fromkeys(ancestor_ids(unit), delta))


def moved_figures(
    rules: GroupRules, unit: Unit | Row, figures: Mapping, old_own: dict, new_own: dict
) -> tuple[dict, bool | None, dict]:
    """A unit result's figures after its own figures went from old_own to new_own: (the new
    figures, whether the unit reaches its title, the difference to add to every ancestor)."""
    title = title_by_rule(rules, unit, new_own)
    new_own["groups_reaching_title"] = int(bool(title["reached"]))
    old_total = figures.get("total") or aggregation.empty_figures()
    delta = aggregation.diff_figures(new_own, old_own)
    return (
        {"own": new_own, "total": aggregation.add_figures(old_total, delta), "title": title},
        title["reached"],
        delta,
    )


def _add_to_totals(db: Session, year: int, deltas: dict[int, dict]) -> None:
    """Add each delta to its unit's total (in id order: concurrent writers lock alike)."""
    for unit_id in sorted(deltas):
        up = results_q.result_for_update(db, year, unit_id)
        base = up.figures.get("total") or aggregation.empty_figures()
        figures = dict(up.figures)
        figures["total"] = aggregation.add_figures(base, deltas[unit_id])
        up.figures = figures


def refresh_registry(db: Session, year: int) -> None:
    """After a roster import the registry sizes changed: recompute the units' own figures."""
    for unit in units_q.all_units(db):
        refresh_own(db, year, unit)


def refresh_own(db: Session, year: int, unit: Unit) -> None:
    """Recompute one unit's own figures from scratch and pass the difference upwards."""
    result = results_q.result_for_update(db, year, unit.id)
    old_own = result.figures.get("own") or aggregation.empty_figures()
    _store_own(db, year, unit, result, old_own, _own_figures(db, year, unit))


def rescore(
    db: Session,
    year: int,
    progress: Callable[[int], None] | None = None,
    timings: dict[str, float] | None = None,
) -> int:
    """Score every submission of a year again with its form version's current sheet and
    rebuild the results, keeping the board's rejections. Returns the number of submissions
    scored. Set-wise (see rescore.py); `timings` collects seconds per phase."""
    from .rescore import rescore_year

    db.flush()
    return rescore_year(db, year, progress, timings)


def rebuild(db: Session, year: int) -> None:
    """Every unit's own figures from its counting scores, totals summed up the tree."""
    from .rescore import rebuild_year

    db.flush()
    rebuild_year(db, year)
