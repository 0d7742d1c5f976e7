"""What a submission may hold so that every database stores it and the scorer can copy it:
the sizes are the columns' own (store/models.py), checked before anything is written.
SQLite would store a longer value and PostgreSQL refuse it with an error; both answer 400."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Column

from ..errors import Invalid
from ..formats.openrosa import ParsedSubmission
from ..store.models import INTEGER_MAX, Attachment, Citizen, Household, Score, Submission

# Answers of campaign forms copied into columns: the unit onto the submission and its score,
# the household or citizen picked into the score's subject (results.subject_from), and what
# a door adds to the registry (registry.record_from_submission).
ANSWER_COLUMNS: dict[str, Column] = {
    "unit": Submission.__table__.c.unit_code,
    "household": Score.__table__.c.subject,
    "citizen": Score.__table__.c.subject,
    "__entity_id": Household.__table__.c.code,
    "head_name": Household.__table__.c.head_name,
    "address": Household.__table__.c.address,
    "members": Household.__table__.c.members,
    "full_name": Citizen.__table__.c.full_name,
    "birth_year": Citizen.__table__.c.birth_year,
}
_INSTANCE_ID = Submission.__table__.c.instance_id
_DEPRECATED_ID = Submission.__table__.c.deprecated_id
_ATTACHMENT_NAME = Attachment.__table__.c.name
_CONTENT_TYPE = Attachment.__table__.c.content_type


def fits(column: Column, text: str) -> bool:
    """Whether `text` fits the column: a string column's length in characters; an integer
    column holds any text that is not a whole number (the scorer leaves it out), and whole
    numbers up to INTEGER_MAX."""
    length = getattr(column.type, "length", None)
    if length is not None:
        return len(text) <= length
    if column.type.python_type is int and text.isdigit():
        return len(text) <= 10 and text.isascii() and int(text) <= INTEGER_MAX
    return True


def check_submission(sub: ParsedSubmission, campaign: bool) -> None:
    """The ids, and for a campaign form (one with a `unit` field) the answers the scorer
    copies. Raises Invalid naming the field and its limit."""
    _check(("instanceID", "instanceID"), _INSTANCE_ID, [sub.instance_id])
    _check(("deprecatedID", "deprecatedID"), _DEPRECATED_ID, [sub.deprecated_id or ""])
    if campaign:
        for name, column in ANSWER_COLUMNS.items():
            _check((f"Câu trả lời {name}", f"answer {name}"), column, _texts(sub.data.get(name)))


def check_attachments(names: Iterable[str], content_types: Mapping[str, str]) -> None:
    """The attachment names the XML refers to, and the content types of the parts sent."""
    for name in names:
        _check((f"Tên tệp đính kèm {name}", f"attachment name {name}"), _ATTACHMENT_NAME, [name])
        if name in content_types:
            what = (f"Kiểu tệp (Content-Type) của {name}", f"content type of {name}")
            _check(what, _CONTENT_TYPE, [content_types[name]])


def _texts(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in values if v is not None]


def _check(what: tuple[str, str], column: Column, texts: list[str]) -> None:
    """Raise Invalid if a text does not fit; `what` names it in Vietnamese and English."""
    vi, en = what
    for text in texts:
        if fits(column, text):
            continue
        length = getattr(column.type, "length", None)
        if length is not None:
            raise Invalid(f"{vi} dài quá {length} ký tự", f"{en} is longer than {length} characters")
        raise Invalid(f"{vi} lớn quá {INTEGER_MAX}", f"{en} is larger than {INTEGER_MAX}")
