"""Receiving a submission as ODK Central does: nothing lost, nothing silently duplicated.

- same instanceID + byte-identical XML: a retry or the next part of a split upload; the
  attachments it carries are added, and the answer is 201 again;
- same instanceID + other XML: refused (409), nothing overwritten;
- meta/deprecatedID: an edit; a new row, the edited one stays, marked not current, and its
  attachments are carried forward by file name.
The caller commits before answering 201, so a 201 is always durable."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..formats.openrosa import ParsedSubmission, XMLRejected, parse_submission
from ..store import blobs
from ..store import forms as form_q
from ..store import submissions as q
from ..store.models import Attachment, Form, FormVersion, Submission, User
from .access import may_fill

FIELD_ROLES = ("admin", "board", "volunteer")


@dataclass
class Upload:
    """One POST: the XML part and the other parts by name (name -> (bytes, content type))."""

    xml: bytes
    files: dict[str, tuple[bytes, str]]
    device_id: str = ""
    user_agent: str = ""


@dataclass
class Receipt:
    submission: Submission
    created: bool
    missing: list[str]


@dataclass
class Checked:
    """A POST that passed every check that only reads (see check)."""

    upload: Upload
    sub: ParsedSubmission
    form: Form
    version: FormVersion
    binary: set[str]
    unit_code: str


def receive(
    db: Session, upload: Upload, user: User, data_dir: str, allowed_units: set[str] | None
) -> Receipt:
    """Store one POST of a submission. `allowed_units` is the set of unit codes the user may
    submit for (None = anywhere)."""
    return store(db, check(db, upload, user, allowed_units), user, data_dir)


def check(db: Session, upload: Upload, user: User, allowed_units: set[str] | None) -> Checked:
    """Parse the XML and check form, version, state and unit: reads only, so the server can
    do it before taking the write lock."""
    try:
        sub = parse_submission(upload.xml)
    except XMLRejected as exc:
        raise Invalid(exc.vi, exc.en) from None
    form, version = form_q.with_version(db, sub.form_id, sub.version)
    if form is None:
        raise NotFound(f"Không có biểu mẫu {sub.form_id}", f"unknown form {sub.form_id}")
    if not may_fill(user, form):
        raise Forbidden(
            f"Bạn không được gửi biểu mẫu {sub.form_id}", f"you may not submit form {sub.form_id}"
        )
    if version is None:
        raise NotFound(
            f"Biểu mẫu {sub.form_id} không có phiên bản {sub.version!r}",
            f"form {sub.form_id} has no version {sub.version!r}",
        )
    if form.state != "open":
        raise Conflict(
            f"Biểu mẫu {sub.form_id} đã đóng, không nhận bài gửi",
            f"form {sub.form_id} is closed and not accepting submissions",
        )
    binary = set(form_q.binary_fields(version))
    unit_code = _text(sub.data.get("unit"))
    if allowed_units is not None and unit_code and unit_code not in allowed_units:
        raise Forbidden(
            f"Bạn không được phân công đơn vị {unit_code}", f"you are not assigned to unit {unit_code}"
        )
    return Checked(upload, sub, form, version, binary, unit_code)


def save_files(checked: Checked, data_dir: str) -> None:
    """Write the attachments the XML names to the content-addressed store ahead of the
    transaction (each write is fsynced); storing them then finds them already there. A file
    whose transaction fails stays unreferenced, and is reused by the retry."""
    for name in checked.sub.files_for(checked.binary):
        if name in checked.upload.files:
            blobs.save(data_dir, checked.upload.files[name][0])


def store(db: Session, checked: Checked, user: User, data_dir: str) -> Receipt:
    """Store a checked POST (in the write transaction; the caller commits). A new row is
    pending: scoring_queue scores it after the answer."""
    upload, sub, form, version = checked.upload, checked.sub, checked.form, checked.version
    binary, unit_code = checked.binary, checked.unit_code
    digest = hashlib.sha256(upload.xml).hexdigest()

    existing = q.by_instance(db, form.id, sub.instance_id)
    if existing is not None:
        if existing.xml_sha256 != digest or existing.xml != upload.xml:
            raise Conflict(
                "Đã có bài gửi cùng instanceID với nội dung khác; hãy gửi lại đúng tệp XML cũ",
                "a submission with this instanceID exists with different XML;"
                " resubmit the identical xml_submission_file",
            )
        missing = _store_files(db, existing, upload, data_dir)
        return Receipt(existing, False, missing)

    previous = None
    if sub.deprecated_id:
        previous = q.by_instance(db, form.id, sub.deprecated_id)
        if previous is None:
            raise NotFound(
                f"Không có bài gửi được sửa {sub.deprecated_id}",
                f"the edited submission {sub.deprecated_id} is unknown",
            )
        if not previous.current:
            raise Conflict(
                f"Bài gửi {sub.deprecated_id} đã được sửa trước đó",
                f"submission {sub.deprecated_id} was already edited",
            )
        previous.current = False

    row = Submission(
        form_id=form.id,
        form_version_id=version.id,
        instance_id=sub.instance_id,
        deprecated_id=sub.deprecated_id,
        xml=upload.xml,
        xml_sha256=digest,
        data={} if sub.encrypted else sub.data,
        unit_code=unit_code or None,
        year=_year(sub.data.get("year")),
        expected_files=sub.files_for(binary),
        user_id=user.id,
        device_id=upload.device_id[:255],
        user_agent=upload.user_agent[:255],
        pending=True,
    )
    db.add(row)
    db.flush()
    if previous is not None:
        _carry_forward(db, previous, row)
    missing = _store_files(db, row, upload, data_dir)
    return Receipt(row, True, missing)  # scored later: scoring_queue


def _store_files(db: Session, sub: Submission, upload: Upload, data_dir: str) -> list[str]:
    """Keep only the parts the XML names; identical re-sends are no-ops. Returns the names
    still missing."""
    if not sub.expected_files:
        return []
    have = q.attachments(db, sub)
    for name in sub.expected_files:
        if name in upload.files and name not in have:
            content, ctype = upload.files[name]
            digest = blobs.save(data_dir, content)
            att = Attachment(
                submission_id=sub.id, name=name, sha256=digest, size=len(content), content_type=ctype
            )
            db.add(att)
            have[name] = att
    return [n for n in sub.expected_files if n not in have]


def _carry_forward(db: Session, old: Submission, new: Submission) -> None:
    for name, att in q.attachments(db, old).items():
        if name in new.expected_files:
            db.add(
                Attachment(
                    submission_id=new.id,
                    name=name,
                    sha256=att.sha256,
                    size=att.size,
                    content_type=att.content_type,
                )
            )
    db.flush()


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def _year(value: object) -> int | None:
    text = _text(value)
    return int(text) if text.isdigit() and len(text) == 4 else None
