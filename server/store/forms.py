"""Queries on forms, versions and their media."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Connection, Row, Select, String, bindparam, cast, func, select
from sqlalchemy.orm import Session, defer

from .fastpaths import DriverQuery
from .models import Citizen, Form, FormMedia, FormVersion, Household, Submission, Unit
from .users import SCOPE_COLUMNS


def by_xml_id(db: Session, xml_form_id: str) -> Form | None:
    return db.scalar(select(Form).where(Form.xml_form_id == xml_form_id))


_INTAKE = DriverQuery(
    select(
        Form.id.label("form_id"),
        Form.state,
        cast(Form.fill_roles, String).label("fill_roles"),
        FormVersion.id.label("version_id"),
        FormVersion.md5,
        *SCOPE_COLUMNS,
        select(Unit.kind).where(Unit.code == bindparam("code")).scalar_subquery().label("unit_kind"),
    )
    .outerjoin(FormVersion, (FormVersion.form_id == Form.id) & (FormVersion.version == bindparam("version")))
    .where(Form.xml_form_id == bindparam("form"))
)
_FIELDS = select(FormVersion.fields, FormVersion.scoring).where(FormVersion.id == bindparam("id"))
_HOME, _WORK = Unit.__table__.alias("home"), Unit.__table__.alias("work")
_PLACES = (
    select(_HOME.c.code, _WORK.c.code)
    .select_from(Citizen)
    .join(Household, Citizen.household_id == Household.id)
    .join(_HOME, _HOME.c.id == Household.unit_id)
    .outerjoin(_WORK, _WORK.c.id == Citizen.workplace_id)
    .where(Citizen.code == bindparam("code"))
)


def intake_row(conn: Connection, xml_form_id: str, version: str, user_id: int, unit_code: str) -> Row | None:
    """What a POST /submission checks of its form, version and unit, in one plain query:
    form_id, state, fill_roles, version_id and md5 (None when the form has no such version),
    and `inside` and `assigned` of the user's scope for `unit_code` (users.SCOPE_COLUMNS)."""
    row = _INTAKE.first(conn, form=xml_form_id, version=version, user_id=user_id, code=unit_code)
    return None if row is None else row._replace(fill_roles=_roles(row.fill_roles))


class IntakeFields(NamedTuple):
    """What a POST needs of its version's fields: the file (binary) fields, whether the
    form has a `unit` field (a campaign form: its submissions must name a unit), whether it
    assesses a citizen, and the unit kinds its scoring_rule names (empty: any)."""

    binary: frozenset[str]
    has_unit: bool
    citizen: bool = False
    unit_kinds: frozenset[str] = frozenset()


_INTAKE_FIELDS: dict[tuple[int, str], IntakeFields] = {}


def intake_fields(conn: Connection, version_id: int, md5: str) -> IntakeFields:
    """A version's IntakeFields, read once per process: a version's XForm never changes
    without its md5 changing, and every POST of it needs them."""
    key = (version_id, md5)
    if key not in _INTAKE_FIELDS:
        row = conn.execute(_FIELDS, {"id": version_id}).first()
        fields, scoring = (row[0] or {}, row[1] or {}) if row else ({}, {})
        binary = frozenset(name for name, kind in fields.items() if kind == "binary")
        kinds = frozenset((scoring.get("rule") or {}).get("unit_kinds") or ())
        _INTAKE_FIELDS[key] = IntakeFields(binary, "unit" in fields, "citizen" in fields, kinds)
    return _INTAKE_FIELDS[key]


def citizen_places(conn: Connection, code: str) -> tuple[str, str | None] | None:
    """(the unit of the citizen's household, the agency they work in or None), or None for
    a code the registry does not know."""
    row = conn.execute(_PLACES, {"code": code}).first()
    return None if row is None else (row[0], row[1])


def all_forms(db: Session) -> list[Form]:
    return list(db.scalars(select(Form).order_by(Form.xml_form_id)))


def version(db: Session, form: Form, version: str) -> FormVersion | None:
    return db.scalar(
        select(FormVersion).where(FormVersion.form_id == form.id, FormVersion.version == version)
    )


def version_by_id(db: Session, version_id: int) -> FormVersion | None:
    return db.get(FormVersion, version_id)


def current_version(db: Session, form: Form) -> FormVersion | None:
    return db.get(FormVersion, form.current_version_id) if form.current_version_id else None


def versions(db: Session, form: Form) -> list[FormVersion]:
    return list(
        db.scalars(select(FormVersion).where(FormVersion.form_id == form.id).order_by(FormVersion.id))
    )


def listed_versions(db: Session, all_versions: bool = False) -> list[tuple[Form, FormVersion]]:
    """Open forms with their current version (or every version), sorted by title."""
    join_on = FormVersion.form_id == Form.id if all_versions else FormVersion.id == Form.current_version_id
    rows = db.execute(
        select(Form, FormVersion)
        .options(defer(FormVersion.fields), defer(FormVersion.scoring))  # JSON the lists never read
        .join(FormVersion, join_on)
        .where(Form.state == "open")
        .order_by(Form.title, Form.xml_form_id, FormVersion.id)
    )
    return [(f, v) for f, v in rows]


class ListedForm(NamedTuple):
    """One formList entry as read: what the list prints and who may fill the form."""

    xml_form_id: str
    fill_roles: tuple[str, ...]
    title: str
    version: str
    md5: str
    has_media: bool


def _form_list_statement(all_versions: bool) -> Select:
    join_on = FormVersion.form_id == Form.id if all_versions else FormVersion.id == Form.current_version_id
    return (
        select(
            Form.xml_form_id,
            cast(Form.fill_roles, String),  # the JSON text: parsed once per distinct set of roles
            FormVersion.title,
            FormVersion.version,
            FormVersion.md5,
            func.json_array_length(FormVersion.media) > 0,  # SQLite and PostgreSQL alike
        )
        .join(FormVersion, join_on)
        .where(Form.state == "open")
        .order_by(Form.title, Form.xml_form_id, FormVersion.id)
    )


_FORM_LIST = {flag: _form_list_statement(flag) for flag in (False, True)}


@lru_cache(maxsize=64)
def _roles(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def form_list_rows(conn: Connection, all_versions: bool = False) -> list[ListedForm]:
    """listed_versions with only what formList prints, as plain tuples: Collect asks for
    it often, and ORM objects or JSON parsed for every form were most of its cost."""
    return [
        ListedForm(form_id, _roles(roles), title, version, md5, bool(has_media))
        for form_id, roles, title, version, md5, has_media in conn.execute(_FORM_LIST[all_versions])
    ]


def media(db: Session, form_version: FormVersion) -> dict[str, FormMedia]:
    rows = db.scalars(select(FormMedia).where(FormMedia.form_version_id == form_version.id))
    return {m.filename: m for m in rows}


def media_file(db: Session, form_version: FormVersion, filename: str) -> FormMedia | None:
    return db.scalar(
        select(FormMedia).where(FormMedia.form_version_id == form_version.id, FormMedia.filename == filename)
    )


def submission_stats(db: Session, unit_codes: set[str] | None = None) -> dict[int, tuple[int, object]]:
    """form id -> (current submissions, time of the last one); only those of `unit_codes`
    when given (None: the whole town)."""
    query = select(Submission.form_id, func.count(), func.max(Submission.received_at)).where(
        Submission.current.is_(True)
    )
    if unit_codes is not None:
        query = query.where(Submission.unit_code.in_(sorted(unit_codes)))
    rows = db.execute(query.group_by(Submission.form_id))
    return {form_id: (count, last) for form_id, count, last in rows}


def all_versions(db: Session) -> list[FormVersion]:
    """Every version of every form (a few per form)."""
    return list(db.scalars(select(FormVersion).order_by(FormVersion.id)))


def current_versions(db: Session) -> list[FormVersion]:
    """Every form's current version (open or closed): the labels results are shown with."""
    return list(db.scalars(select(FormVersion).join(Form, Form.current_version_id == FormVersion.id)))
