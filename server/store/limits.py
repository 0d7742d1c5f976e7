"""The sizes of the columns a submission's values are copied into, read off the models, as
plain limits the domain checks before anything is written (domain/limits.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column

from .models import Attachment, Citizen, Household, Score, Submission


@dataclass(frozen=True)
class Limit:
    max_length: int | None  # characters, for a string column
    integer: bool  # an integer column: whole numbers up to INTEGER_MAX


def _limit(column: Column) -> Limit:
    return Limit(getattr(column.type, "length", None), column.type.python_type is int)


# Answers of campaign forms copied into columns: the unit onto the submission and its score,
# the household or citizen picked into the score's subject (results.subject_from), and what
# a door adds to the registry (registry.record_from_submission).
ANSWERS: dict[str, Limit] = {
    name: _limit(column)
    for name, column in {
        "unit": Submission.__table__.c.unit_code,
        "household": Score.__table__.c.subject,
        "citizen": Score.__table__.c.subject,
        "__entity_id": Household.__table__.c.code,
        "head_name": Household.__table__.c.head_name,
        "address": Household.__table__.c.address,
        "members": Household.__table__.c.members,
        "full_name": Citizen.__table__.c.full_name,
        "birth_year": Citizen.__table__.c.birth_year,
    }.items()
}
INSTANCE_ID = _limit(Submission.__table__.c.instance_id)
DEPRECATED_ID = _limit(Submission.__table__.c.deprecated_id)
ATTACHMENT_NAME = _limit(Attachment.__table__.c.name)
CONTENT_TYPE = _limit(Attachment.__table__.c.content_type)
