"""Queries the downloads need beyond the results read models: raw submissions of a form,
birth years for the citizen lists, the unit tree's leaves, criterion labels."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import func, literal_column, select, true
from sqlalchemy.orm import Session

from .models import Citizen, Form, FormVersion, InspectionRound, Score, Submission, Unit
from .results import current_scoring_sheets


def leaf_codes(db: Session) -> set[str]:
    """Units with no children: the residential groups and agencies, whatever the depth."""
    parents = select(Unit.parent_id).where(Unit.parent_id.is_not(None))
    return set(db.scalars(select(Unit.code).where(Unit.id.not_in(parents))))


def birth_years(db: Session, codes: Iterable[str]) -> dict[str, int | None]:
    wanted = list(set(codes))
    if not wanted:
        return {}
    rows = db.execute(select(Citizen.code, Citizen.birth_year).where(Citizen.code.in_(wanted)))
    return {code: year for code, year in rows}


def criterion_labels(db: Session) -> dict[str, str]:
    """Criterion code → its Vietnamese label, from every form's current scoring sheet."""
    labels: dict[str, str] = {}
    for sheet in current_scoring_sheets(db):
        for c in sheet.get("criteria", []):
            labels.setdefault(str(c.get("code", "")), str(c.get("label_vi", "")))
    return labels


def forms_with_submissions(db: Session, year: int) -> list[str]:
    """xml form ids that have current submissions in the year."""
    rows = db.scalars(
        select(Form.xml_form_id)
        .join(Submission, Submission.form_id == Form.id)
        .where(Submission.year == year, Submission.current.is_(True))
        .group_by(Form.xml_form_id)
        .order_by(Form.xml_form_id)
    )
    return list(rows)


def form_fields(db: Session, form: Form) -> dict[str, str]:
    """Field name → XForm type (int, decimal, string...) of every version, the current
    version's first and its type winning, in form order: a column for every answer any
    version could have sent."""
    versions = list(
        db.scalars(select(FormVersion).where(FormVersion.form_id == form.id).order_by(FormVersion.id))
    )
    versions.sort(key=lambda v: v.id != form.current_version_id)
    names: dict[str, str] = {}
    for v in versions:
        for name, kind in (v.fields or {}).items():
            names.setdefault(name, str(kind))
    return names


def current_submissions(db: Session, form_id: int, year: int, units: set[str] | None) -> Iterator[tuple]:
    """(instance id, unit code, received at, user agent, inspection round's title or "",
    answers) of the form's current submissions of a year, streamed in batches without the
    XML (a big town has tens of thousands); `units` limits them to those unit codes (None:
    all)."""
    query = (
        select(
            Submission.instance_id,
            Submission.unit_code,
            Submission.received_at,
            Submission.device_id,
            func.coalesce(InspectionRound.title, ""),
            Submission.data,
        )
        .outerjoin(InspectionRound, InspectionRound.id == Submission.round_id)
        .where(Submission.form_id == form_id, Submission.year == year, Submission.current.is_(True))
        .order_by(Submission.id)
        .execution_options(yield_per=1000)
    )
    if units is not None:
        query = query.where(Submission.unit_code.in_(sorted(units)))
    return iter(db.execute(query))


def count_current(db: Session, form: Form, year: int) -> int:
    return db.scalar(
        select(func.count())
        .select_from(Submission)
        .where(Submission.form_id == form.id, Submission.year == year, Submission.current.is_(True))
    )


def criteria_codes(db: Session, year: int, kind: str, units: Sequence[str]) -> list[str]:
    """Criterion codes in the counting scores of those units, in sheet order (their position
    in the scores' lists), read by the database's JSON functions: the export's columns are
    known before its rows stream, without parsing every score's criteria in Python."""
    if db.get_bind().dialect.name == "postgresql":
        elements = func.json_array_elements(Score.criteria)
        items = elements.table_valued("value", with_ordinality="n").render_derived()
        code, position = items.c.value.op("->>")(literal_column("0")), items.c.n  # [code, passed, points]
    else:
        items = func.json_each(Score.criteria).table_valued("key", "value")
        code, position = func.json_extract(items.c.value, "$[0]"), items.c.key
    rows = db.execute(
        select(code, func.min(position))
        .select_from(Score)
        .join(items, true())
        .where(Score.year == year, Score.kind == kind, Score.counts.is_(True), Score.unit_code.in_(units))
        .group_by(code)
        .order_by(func.min(position), code)
    )
    return [str(c) for c, _pos in rows if c is not None]
