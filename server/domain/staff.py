"""Where a submission may assess: a form only units of the kinds its workbook names, and a
citizen in one place only. An agency's staff member lives in a residential group's household
and works in the agency; the citizen form for agencies says where they are assessed
(`staff_assessed_at`), and a submission elsewhere is refused before anything is stored, so
no one is counted twice."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection

from ..errors import Invalid
from ..store import forms as forms_q
from .unit_rules import staff_at_agency_now
from .wording import wording


def check_place(
    conn: Connection,
    fields: forms_q.IntakeFields,
    data: Mapping[str, object],
    unit_code: str,
    unit_kind: str | None,
) -> None:
    """Raise Invalid when the form does not assess units of this kind, or the citizen it
    names is assessed elsewhere."""
    if fields.unit_kinds and unit_kind is not None and unit_kind not in fields.unit_kinds:
        noun = wording(unit_kind).noun_lower if unit_kind in ("agency", "village") else "đơn vị này"
        raise Invalid(
            "staff.wrong_form",
            "Biểu mẫu này không dùng để đánh giá %(noun)s (%(unit_code)s, loại %(kind)s); dùng biểu mẫu"
            " dành cho %(noun)s",
            noun=noun,
            unit_code=unit_code,
            kind=unit_kind,
        )
    if not fields.citizen or _first(data.get("new_citizen")) == "yes":
        return
    code = _first(data.get("citizen"))
    places = forms_q.citizen_places(conn, code) if code else None
    if places is None:
        return
    _home, workplace = places
    if unit_kind == "agency" and workplace != unit_code:
        raise Invalid(
            "staff.not_on_list",
            "Công dân %(code)s không có trong danh sách cán bộ của %(unit_code)s",
            code=code,
            unit_code=unit_code,
        )
    if workplace and workplace != unit_code and staff_at_agency_now(conn):
        raise Invalid(
            "staff.assessed_elsewhere",
            "Công dân %(code)s là cán bộ của %(workplace)s, được đánh giá tại %(workplace)s, không "
            "đánh giá lại ở %(unit_code)s",
            code=code,
            workplace=workplace,
            unit_code=unit_code,
        )


def _first(value: object) -> str:
    """An answer as text (the first of a repeated name)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()
