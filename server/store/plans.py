"""Queries on registrants, unit plans and their targets, inspection rounds, the scores
surveyed in them, and inspections of units (plan_models.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, and_, delete, func, select, text, update
from sqlalchemy.orm import Session

from .models import Citizen, Form, FormVersion, Household, Submission, Unit, UnitResult
from .plan_models import Inspection, InspectionRound, PlanTarget, Registrant, RoundScore, UnitPlan

# ---------------------------------------------------------------- registrants


def registrants(db: Session, year: int, unit_id: int, kind: str) -> set[str]:
    """The codes of the unit's households (citizens) registered in `year`."""
    return set(
        db.scalars(
            select(Registrant.subject).where(
                Registrant.year == year, Registrant.unit_id == unit_id, Registrant.kind == kind
            )
        )
    )


def registered_among(db: Session, year: int, kind: str, subjects: Iterable[str]) -> set[str]:
    """Which of these households (citizens) are registered in `year`."""
    wanted, out = sorted(set(subjects)), set()
    for i in range(0, len(wanted), 500):
        out |= set(
            db.scalars(
                select(Registrant.subject).where(
                    Registrant.year == year,
                    Registrant.kind == kind,
                    Registrant.subject.in_(wanted[i : i + 500]),
                )
            )
        )
    return out


def registered_citizens(db: Session, year: int, codes: Iterable[str]) -> set[str]:
    """Which of these citizens are registered in `year`: themselves, or through their
    household (a household registers its members)."""
    wanted, out = sorted(set(codes)), set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        out |= registered_among(db, year, "citizen", chunk)
        out |= set(
            db.scalars(
                select(Citizen.code)
                .join(Household, Household.id == Citizen.household_id)
                .join(
                    Registrant,
                    and_(
                        Registrant.year == year,
                        Registrant.kind == "household",
                        Registrant.subject == Household.code,
                    ),
                )
                .where(Citizen.code.in_(chunk))
            )
        )
    return out


def replace_registrants(
    db: Session, year: int, unit_id: int, kind: str, subjects: set[str], source: str, user_id: int | None
) -> None:
    """Make `subjects` the unit's registrants of `kind` for the year: those no longer listed
    go, the new ones are added (a subject registered under another unit moves here)."""
    have = registrants(db, year, unit_id, kind)
    gone = have - subjects
    if gone:
        db.execute(
            delete(Registrant).where(
                Registrant.year == year,
                Registrant.unit_id == unit_id,
                Registrant.kind == kind,
                Registrant.subject.in_(sorted(gone)),
            )
        )
    new = sorted(subjects - have)
    if new:
        db.execute(
            delete(Registrant).where(
                Registrant.year == year, Registrant.kind == kind, Registrant.subject.in_(new)
            )
        )
        db.add_all(
            Registrant(year=year, kind=kind, subject=s, unit_id=unit_id, source=source, user_id=user_id)
            for s in new
        )
    db.flush()


def registrant_counts(db: Session, year: int) -> dict[tuple[int, str], int]:
    """(unit id, kind) -> how many registered in `year`."""
    rows = db.execute(
        select(Registrant.unit_id, Registrant.kind, func.count())
        .where(Registrant.year == year)
        .group_by(Registrant.unit_id, Registrant.kind)
    )
    return {(u, k): n for u, k, n in rows}


def households_of_unit(db: Session, unit_id: int) -> list[Household]:
    return list(db.scalars(select(Household).where(Household.unit_id == unit_id).order_by(Household.code)))


def household_codes_of_unit(db: Session, unit_id: int) -> set[str]:
    return set(db.scalars(select(Household.code).where(Household.unit_id == unit_id)))


# ---------------------------------------------------------------- plans


def plan_of(db: Session, year: int, unit_id: int) -> UnitPlan | None:
    return db.scalar(select(UnitPlan).where(UnitPlan.year == year, UnitPlan.unit_id == unit_id))


def targets_of(db: Session, plan_ids: Iterable[int]) -> dict[int, list[PlanTarget]]:
    """plan id -> its targets, in (kind, code) order."""
    ids = sorted(set(plan_ids))
    out: dict[int, list[PlanTarget]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        for t in db.scalars(
            select(PlanTarget)
            .where(PlanTarget.plan_id.in_(ids[i : i + 500]))
            .order_by(PlanTarget.plan_id, PlanTarget.kind, PlanTarget.code)
        ):
            out[t.plan_id].append(t)
    return out


def replace_targets(db: Session, plan: UnitPlan, targets: list[dict]) -> None:
    db.execute(delete(PlanTarget).where(PlanTarget.plan_id == plan.id))
    db.add_all(PlanTarget(plan_id=plan.id, **t) for t in targets)
    db.flush()


def plans_of_year(db: Session, year: int, unit_codes: set[str] | None) -> list[tuple[Unit, UnitPlan | None]]:
    """Every unit (of `unit_codes`, None = all) with its plan for the year, if any, in code order."""
    query = (
        select(Unit, UnitPlan)
        .outerjoin(UnitPlan, and_(UnitPlan.unit_id == Unit.id, UnitPlan.year == year))
        .order_by(Unit.code)
    )
    if unit_codes is not None:
        query = query.where(Unit.code.in_(sorted(unit_codes)))
    return [(u, p) for u, p in db.execute(query)]


def current_sheets(db: Session) -> list[tuple[str, dict, dict]]:
    """(xml_form_id, fields, scoring) of every form's current version that has a scoring sheet."""
    rows = db.execute(
        select(Form.xml_form_id, FormVersion.fields, FormVersion.scoring)
        .join(FormVersion, Form.current_version_id == FormVersion.id)
        .where(FormVersion.scoring.is_not(None))
        .order_by(Form.xml_form_id)
    )
    return [(f, fields or {}, scoring) for f, fields, scoring in rows if scoring]


def own_figures(db: Session, year: int, unit_ids: Iterable[int]) -> dict[int, dict]:
    """unit id -> its own figures of the year's evaluation (UnitResult), where it has some."""
    ids = sorted(set(unit_ids))
    out: dict[int, dict] = {}
    for i in range(0, len(ids), 500):
        for unit_id, figures in db.execute(
            select(UnitResult.unit_id, UnitResult.figures).where(
                UnitResult.year == year, UnitResult.unit_id.in_(ids[i : i + 500])
            )
        ):
            out[unit_id] = (figures or {}).get("own") or {}
    return out


# ---------------------------------------------------------------- inspection rounds


def rounds_of_year(db: Session, year: int) -> list[InspectionRound]:
    return list(
        db.scalars(
            select(InspectionRound).where(InspectionRound.year == year).order_by(InspectionRound.opened_at)
        )
    )


def open_rounds(db: Session) -> list[InspectionRound]:
    return list(db.scalars(select(InspectionRound).where(InspectionRound.closed_at.is_(None))))


def round_windows(conn: Connection | Session) -> list[tuple[int, int, datetime, datetime | None]]:
    """(id, year, opened_at, closed_at) of every round: a handful, read once per drain."""
    rows = conn.execute(
        select(InspectionRound.id, InspectionRound.year, InspectionRound.opened_at, InspectionRound.closed_at)
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def round_of_submission(db: Session, submission_id: int) -> int | None:
    return db.scalar(select(Submission.round_id).where(Submission.id == submission_id))


def mark_round(db: Session, submission_id: int, round_id: int) -> None:
    db.execute(Submission.__table__.update().where(Submission.id == submission_id).values(round_id=round_id))


def add_round_score(db: Session, row: dict) -> None:
    """Store a round score as its subject's latest (scores arrive in submission order)."""
    db.execute(delete(RoundScore).where(RoundScore.submission_id == row["submission_id"]))
    db.execute(
        update(RoundScore)
        .where(
            RoundScore.round_id == row["round_id"],
            RoundScore.kind == row["kind"],
            RoundScore.subject == row["subject"],
            RoundScore.latest.is_(True),
        )
        .values(latest=False)
    )
    db.add(RoundScore(**row, latest=True))
    db.flush()


def round_score_of(db: Session, submission_id: int) -> RoundScore | None:
    return db.scalar(select(RoundScore).where(RoundScore.submission_id == submission_id))


def relatest(db: Session, round_id: int, kind: str, subject: str) -> None:
    """The subject's latest score again: the highest id among its current submissions (after
    an edit moved a submission to another subject)."""
    scores = select(RoundScore.id).join(Submission, Submission.id == RoundScore.submission_id)
    mine = (RoundScore.round_id == round_id, RoundScore.kind == kind, RoundScore.subject == subject)
    best = db.scalar(
        scores.where(*mine, Submission.current.is_(True)).order_by(RoundScore.id.desc()).limit(1)
    )
    db.execute(update(RoundScore).where(*mine).values(latest=RoundScore.id == best if best else False))


def round_tallies(
    db: Session, round_ids: Iterable[int], unit_codes: set[str] | None, codes: Iterable[str]
) -> dict[tuple[int, str, str], dict[str, list[int]]]:
    """(round id, unit code, kind) -> criterion code -> [passed, seen], for these criterion
    codes, over the latest current submission of each subject surveyed in the round (its
    `latest` score). Counted by the database: a round of
    every household of a province is hundreds of thousands of rows. A criterion is found in
    the stored text as models.Criteria writes it (json.dumps: `["GD05", true, 5]`), which is
    an order of magnitude quicker than unpacking the JSON (bench/plans.py)."""
    ids, wanted = sorted(set(round_ids)), sorted(set(codes))
    if not ids or not wanted or (unit_codes is not None and not unit_codes):
        return {}
    pg = db.get_bind().dialect.name == "postgresql"
    find = "strpos(CAST(rs.criteria AS text), :{})" if pg else "instr(rs.criteria, :{})"
    params: dict[str, object] = {f"r{k}": v for k, v in enumerate(ids)}
    sums = []
    for k, code in enumerate(wanted):
        params[f"p{k}"] = f"[{json.dumps(code)}, true"
        params[f"s{k}"] = f"[{json.dumps(code)},"
        sums += [f"SUM(CASE WHEN {find.format(f'p{k}')} > 0 THEN 1 ELSE 0 END)",
                 f"SUM(CASE WHEN {find.format(f's{k}')} > 0 THEN 1 ELSE 0 END)"]  # fmt: skip
    scope = ""
    if unit_codes is not None:
        params.update({f"u{k}": v for k, v in enumerate(sorted(unit_codes))})
        scope = " AND rs.unit_code IN (" + ", ".join(f":u{k}" for k in range(len(unit_codes))) + ")"
    in_rounds = ", ".join(f":r{k}" for k in range(len(ids)))
    sql = text(
        f"SELECT rs.round_id, rs.unit_code, rs.kind, {', '.join(sums)} FROM round_score rs "
        f"WHERE rs.round_id IN ({in_rounds}) AND rs.latest{scope} GROUP BY rs.round_id, rs.unit_code, rs.kind"
    )
    out: dict[tuple[int, str, str], dict[str, list[int]]] = {}
    for row in db.execute(sql, params):
        per = out.setdefault((row[0], row[1], row[2]), {})
        for k, code in enumerate(wanted):
            passed, seen = int(row[3 + 2 * k] or 0), int(row[4 + 2 * k] or 0)
            if seen:
                per[code] = [passed, seen]
    return out


def newest_round_score(db: Session) -> int | None:
    """The highest round score id: it moves whenever a round's figures may have (a score is
    only ever added, and `latest` changes only as one is), so it keys what is computed from them."""
    return db.scalar(select(func.max(RoundScore.id)))


def round_counts(db: Session, round_id: int) -> dict[tuple[str, str], int]:
    """(unit code, kind) -> submissions scored in the round."""
    rows = db.execute(
        select(RoundScore.unit_code, RoundScore.kind, func.count())
        .where(RoundScore.round_id == round_id)
        .group_by(RoundScore.unit_code, RoundScore.kind)
    )
    return {(u, k): n for u, k, n in rows}


# ---------------------------------------------------------------- inspections


def inspections_of(db: Session, year: int, unit_ids: Iterable[int] | None = None) -> list[Inspection]:
    query = select(Inspection).where(Inspection.year == year)
    if unit_ids is not None:
        query = query.where(Inspection.unit_id.in_(sorted(set(unit_ids))))
    return list(db.scalars(query.order_by(Inspection.held_on.desc(), Inspection.id.desc())))


def inspection_by_id(db: Session, inspection_id: int) -> Inspection | None:
    return db.get(Inspection, inspection_id)


def round_by_id(db: Session, round_id: int) -> InspectionRound | None:
    return db.get(InspectionRound, round_id)
