"""What a submission may hold so that every database stores it and the scorer can copy it:
the sizes are the columns' own (store/models.py), checked before anything is written.
SQLite would store a longer value and PostgreSQL refuse it with an error; both answer 400."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import Invalid
from ..formats.openrosa import ParsedSubmission
from ..store import limits as limits_q
from ..store.limits import Limit
from ..store.models import INTEGER_MAX


def fits(limit: Limit, text: str) -> bool:
    """Whether `text` fits the column: a string column's length in characters; an integer
    column holds any text that is not a whole number (the scorer leaves it out), and whole
    numbers up to INTEGER_MAX."""
    if limit.max_length is not None:
        return len(text) <= limit.max_length
    if limit.integer and text.isdigit():
        return len(text) <= 10 and text.isascii() and int(text) <= INTEGER_MAX
    return True


def check_submission(sub: ParsedSubmission, campaign: bool) -> None:
    """The ids, and for a campaign form (one with a `unit` field) the answers the scorer
    copies. Raises Invalid naming the field and its limit."""
    if not fits(limits_q.INSTANCE_ID, sub.instance_id):
        most = limits_q.INSTANCE_ID.max_length
        raise Invalid("submission.instance_id_too_long", "instanceID dài quá %(most)s ký tự", most=most)
    if not fits(limits_q.DEPRECATED_ID, sub.deprecated_id or ""):
        most = limits_q.DEPRECATED_ID.max_length
        raise Invalid("submission.deprecated_id_too_long", "deprecatedID dài quá %(most)s ký tự", most=most)
    if not campaign:
        return
    for name, limit in limits_q.ANSWERS.items():
        for text in _texts(sub.data.get(name)):
            if fits(limit, text):
                continue
            if limit.max_length is not None:
                raise Invalid(
                    "submission.answer_too_long",
                    "Câu trả lời %(field)s dài quá %(most)s ký tự",
                    field=name,
                    most=limit.max_length,
                )
            raise Invalid(
                "submission.answer_too_large",
                "Câu trả lời %(field)s lớn quá %(most)s",
                field=name,
                most=INTEGER_MAX,
            )


def check_attachments(names: Iterable[str], content_types: Mapping[str, str]) -> None:
    """The attachment names the XML refers to, and the content types of the parts sent."""
    for name in names:
        if not fits(limits_q.ATTACHMENT_NAME, name):
            raise Invalid(
                "submission.attachment_name_too_long",
                "Tên tệp đính kèm %(name)s dài quá %(most)s ký tự",
                name=name,
                most=limits_q.ATTACHMENT_NAME.max_length,
            )
        if name in content_types and not fits(limits_q.CONTENT_TYPE, content_types[name]):
            raise Invalid(
                "submission.content_type_too_long",
                "Kiểu tệp (Content-Type) của %(name)s dài quá %(most)s ký tự",
                name=name,
                most=limits_q.CONTENT_TYPE.max_length,
            )


def _texts(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in values if v is not None]
