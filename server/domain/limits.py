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
    _check(("instanceID", "instanceID"), limits_q.INSTANCE_ID, [sub.instance_id])
    _check(("deprecatedID", "deprecatedID"), limits_q.DEPRECATED_ID, [sub.deprecated_id or ""])
    if campaign:
        for name, limit in limits_q.ANSWERS.items():
            _check((f"Câu trả lời {name}", f"answer {name}"), limit, _texts(sub.data.get(name)))


def check_attachments(names: Iterable[str], content_types: Mapping[str, str]) -> None:
    """The attachment names the XML refers to, and the content types of the parts sent."""
    for name in names:
        _check((f"Tên tệp đính kèm {name}", f"attachment name {name}"), limits_q.ATTACHMENT_NAME, [name])
        if name in content_types:
            what = (f"Kiểu tệp (Content-Type) của {name}", f"content type of {name}")
            _check(what, limits_q.CONTENT_TYPE, [content_types[name]])


def _texts(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in values if v is not None]


def _check(what: tuple[str, str], limit: Limit, texts: list[str]) -> None:
    """Raise Invalid if a text does not fit; `what` names it in Vietnamese and English."""
    vi, en = what
    for text in texts:
        if fits(limit, text):
            continue
        length = limit.max_length
        if length is not None:
            raise Invalid(f"{vi} dài quá {length} ký tự", f"{en} is longer than {length} characters")
        raise Invalid(f"{vi} lớn quá {INTEGER_MAX}", f"{en} is larger than {INTEGER_MAX}")
