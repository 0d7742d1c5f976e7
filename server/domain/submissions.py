"""Receiving a submission as ODK Central does: nothing lost, nothing silently duplicated.

- same instanceID + byte-identical XML: a retry or the next part of a split upload; the
  attachments it carries are added, and the answer is 201 again;
- same instanceID + other XML: refused (409), nothing overwritten;
- meta/deprecatedID: an edit; a new row, the edited one stays, marked not current, and its
  attachments are carried forward by file name. Only someone who may submit for the edited
  row's unit may edit it, and of edits racing for one row exactly one wins (409 for the rest);
- a form with a `unit` field: a submission must name its unit (and the caller's scope).
The caller commits before answering 201, so a 201 is always durable."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..formats.openrosa import ParsedSubmission, XMLRejected, parse_submission
from ..store import blobs, db
from ..store import forms as forms_q
from ..store import submissions as submissions_q
from ..store.blob_store import BlobStore
from ..store.fastpaths import GroupCommit
from ..store.users import Caller
from . import limits, staff
from .access import may_edit, may_fill, may_submit_for
from .forms import accepts_submissions

FIELD_ROLES = ("admin", "board", "volunteer")


@dataclass
class UploadedFile:
    """A file part of a POST: a small one in memory (`data`), a bigger one already written
    to the staging folder while it was read (`staged`); staged files are private to the
    request (with the folder store, publish_files renames them into place)."""

    content_type: str
    size: int
    data: bytes | None = None
    staged: Path | None = None
    sha256: str = ""
    committed: bool = False  # a committed row refers to it: kept for `kieumau blobs sweep`

    def discard(self) -> None:
        if self.staged is not None and not self.committed:
            blobs.discard(self.staged)
            self.staged = None


@dataclass
class Upload:
    """One POST: the XML part and the other parts by name."""

    xml: bytes
    files: dict[str, UploadedFile]
    device_id: str = ""
    user_agent: str = ""

    def discard(self) -> None:
        """Delete what is still staged: a refused request leaves no file behind."""
        for part in self.files.values():
            part.discard()


@dataclass
class Receipt:
    submission_id: int
    created: bool
    missing: list[str]


@dataclass
class Checked:
    """A POST that passed every check that only reads (see check)."""

    upload: Upload
    sub: ParsedSubmission
    form_id: int
    version_id: int
    expected: list[str]  # the attachments its answers name
    unit_code: str
    edited_id: int | None = None  # the row an edit replaces (sub.deprecated_id)
    recorded: list[str] = field(default_factory=list)  # files `store` wrote rows for

    @property
    def writes_one_row(self) -> bool:
        """Storing it writes at most one row, in one statement (atomic on its own): it names
        no attachment and edits nothing."""
        return not self.expected and not self.sub.deprecated_id


class StoredMeanwhile(Exception):  # a condition, not a failure
    """Another request stored this instanceID while this one was storing it: running the
    POST again takes the identical-resend path."""


def receive(db: Session, upload: Upload, user: Caller, blob_store: BlobStore) -> Receipt:
    """Store one POST of a submission in the session's transaction (with the folder store
    its files are put in place before the caller commits: for scripts, not for the server's
    POST path)."""
    conn = db.connection()
    try:
        checked = check(conn, upload, user)
        stage_files(checked, blob_store)
        receipt = store(conn, checked, user.id, blob_store)
        publish_files(checked, blob_store)
        return receipt
    finally:
        upload.discard()


def receive_committed(
    upload: Upload, user: Caller, blob_store: BlobStore, group: GroupCommit | None
) -> Receipt:
    """The server's POST: check (reads only), then store and commit holding the write lock as
    briefly as possible — on SQLite in a transaction shared with the submissions arriving at
    the same moment (`group`), on PostgreSQL alone (the server groups commits). Two phones
    (or a retry racing its original) posting the same instanceID at once: the loser finds
    the row stored, and one more pass takes the identical-resend path. The files are staged
    before and put in place after the commit: a refused POST never touches the stored ones."""
    conn = db.connection()
    checked = check(conn, upload, user)
    stage_files(checked, blob_store)
    if group is not None:
        db.end_reads()  # SQLite: before waiting for the writer's turn

    def work(write: Connection) -> Receipt:
        return store(write, checked, user.id, blob_store)

    def attempt() -> Receipt:
        if group is not None:
            return group.run(work)
        if checked.writes_one_row and db.autocommits(conn):  # one statement: atomic alone
            return work(conn)
        with db.transaction() as write:
            return work(write)

    receipt = db.retrying(attempt, 3, also=(StoredMeanwhile,))
    publish_files(checked, blob_store)
    return receipt


def check(conn: Connection, upload: Upload, user: Caller) -> Checked:
    """Parse the XML and check form, version, state and the caller's scope for its unit, in
    one query: reads only, so the server can do it before taking the write lock."""
    try:
        sub = parse_submission(upload.xml)
    except XMLRejected as exc:
        raise Invalid(exc.code, exc.text, **exc.params) from None
    unit_code = _text(sub.data.get("unit"))
    row = forms_q.intake_row(conn, sub.form_id, sub.version, user.id, unit_code)
    if row is None:
        raise NotFound("form.not_found", "Không có biểu mẫu %(form_id)s", form_id=sub.form_id)
    if not may_fill(user, row):
        raise Forbidden(
            "form.submit_forbidden", "Bạn không được gửi biểu mẫu %(form_id)s", form_id=sub.form_id
        )
    if row.version_id is None:
        raise NotFound(
            "submission.unknown_version",
            "Biểu mẫu %(form_id)s không có phiên bản %(version)r",
            form_id=sub.form_id,
            version=sub.version,
        )
    if not accepts_submissions(row.state):
        raise Conflict(
            "form.closed", "Biểu mẫu %(form_id)s đã đóng, không nhận bài gửi nữa", form_id=sub.form_id
        )
    if unit_code and not may_submit_for(user, row.inside, row.assigned):
        raise Forbidden(
            "submission.unit_not_assigned",
            "Bạn không được phân công đơn vị %(unit_code)s",
            unit_code=unit_code,
        )
    fields = forms_q.intake_fields(conn, row.version_id, row.md5)
    if fields.has_unit and not unit_code:
        raise Invalid("submission.no_unit", "Bài gửi không ghi đơn vị (unit)")
    limits.check_submission(sub, fields.has_unit)
    if unit_code:
        staff.check_place(conn, fields, sub.data, unit_code, row.unit_kind)
    expected = sub.files_for(fields.binary)
    limits.check_attachments(expected, {n: f.content_type for n, f in upload.files.items() if n in expected})
    edited_id = _edited(conn, row.form_id, sub, user) if sub.deprecated_id else None
    return Checked(upload, sub, row.form_id, row.version_id, expected, unit_code, edited_id)


def _edited(conn: Connection, form_id: int, sub: ParsedSubmission, user: Caller) -> int:
    """The id of the submission an edit replaces, if the caller may edit it (an edit voids
    what it edits: only someone who may submit for its unit may)."""
    edited = submissions_q.edited_instance(conn, form_id, sub.deprecated_id or "", user.id)
    if edited is None:
        raise NotFound(
            "submission.edited_not_found",
            "Không có bài gửi được sửa %(deprecated_id)s",
            deprecated_id=sub.deprecated_id,
        )
    if not may_edit(user, edited.unit_code, edited.user_id, edited.inside, edited.assigned):
        unit = edited.unit_code or "?"
        raise Forbidden(
            "submission.edit_forbidden",
            "Bạn không được sửa bài gửi %(deprecated_id)s của đơn vị %(unit)s",
            deprecated_id=sub.deprecated_id,
            unit=unit,
        )
    return edited.id


def stage_files(checked: Checked, blob_store: BlobStore) -> None:
    """Folder store: write the attachments the XML names to the staging folder (each
    durably; big parts are there already), before the write lock is taken: `store` then
    only records them, and publish_files puts the recorded ones in place once committed.
    Database and object store: nothing (`store` writes the bytes in its transaction)."""
    for name in checked.expected:
        part = checked.upload.files.get(name)
        if part is not None:
            blob_store.stage(part)


def publish_files(checked: Checked, blob_store: BlobStore) -> None:
    """After the commit, folder store: rename the files `store` recorded into the
    content-addressed store; the others stay staged, for Upload.discard."""
    if not blob_store.keeps_staged:
        return  # stored in the committed transaction; Upload.discard removes the staged copies
    for name in checked.recorded:  # if one fails, the staged files stay for the sweep to place
        checked.upload.files[name].committed = True
    for name in checked.recorded:
        blob_store.publish(checked.upload.files[name])


def store(conn: Connection, checked: Checked, user_id: int, blob_store: BlobStore) -> Receipt:
    """Store a checked POST (in the write transaction; the caller commits). A new row is
    pending: scoring_queue scores it after the answer. Without attachments or an edit it
    writes at most one row, in one statement (see Checked.writes_one_row)."""
    upload, sub = checked.upload, checked.sub
    checked.recorded = []  # this attempt's (a retry runs store again)
    digest = hashlib.sha256(upload.xml).hexdigest()
    expected = checked.expected
    row = {
        "form_id": checked.form_id,
        "form_version_id": checked.version_id,
        "instance_id": sub.instance_id,
        "deprecated_id": sub.deprecated_id,
        "xml": upload.xml,
        "xml_sha256": digest,
        "data": {} if sub.encrypted else sub.data,
        "unit_code": checked.unit_code or None,
        "year": _year(sub.data.get("year")),
        "expected_files": expected,
        "user_id": user_id,
        "device_id": upload.device_id[:255],
        "user_agent": upload.user_agent[:255],
    }
    if not sub.deprecated_id:
        new_id = submissions_q.insert_submission(conn, **row)  # None: this instanceID is stored already
        if new_id is not None:
            return Receipt(new_id, True, _store_files(conn, new_id, expected, checked, blob_store, set()))

    existing = submissions_q.stored_instance(conn, checked.form_id, sub.instance_id)
    if existing is not None:
        if existing.xml_sha256 != digest or submissions_q.stored_xml(conn, existing.id) != upload.xml:
            raise Conflict(
                "submission.instance_conflict",
                "Đã có bài gửi cùng instanceID với nội dung khác; hãy gửi lại đúng tệp XML cũ",
            )
        if not existing.current:
            raise Conflict(
                "submission.replaced",
                "Bài gửi %(instance_id)s đã được sửa bằng một bài gửi sau; bản này không còn dùng",
                instance_id=sub.instance_id,
            )
        have = set(submissions_q.attachment_rows(conn, existing.id)) if existing.expected_files else set()
        missing = _store_files(conn, existing.id, existing.expected_files, checked, blob_store, have)
        return Receipt(existing.id, False, missing)

    edited_id = checked.edited_id
    assert edited_id is not None  # check() found it
    if not submissions_q.replace_current(conn, edited_id):
        if submissions_q.stored_instance(conn, checked.form_id, sub.instance_id) is not None:
            raise StoredMeanwhile(sub.instance_id)  # this very edit, stored since the lookup above
        raise Conflict(
            "submission.already_edited",
            "Bài gửi %(deprecated_id)s đã được sửa trước đó",
            deprecated_id=sub.deprecated_id,
        )
    new_id = submissions_q.insert_submission(conn, **row)
    if new_id is None:  # the edit arrived twice at once, and the other copy is stored
        raise StoredMeanwhile(sub.instance_id)
    # an edit keeps the files it does not send again
    carried = submissions_q.attachment_rows(conn, edited_id)
    kept = [row._asdict() for name, row in carried.items() if name in expected]
    submissions_q.insert_attachments(conn, [{**row, "submission_id": new_id} for row in kept])
    have = {row["name"] for row in kept}
    return Receipt(new_id, True, _store_files(conn, new_id, expected, checked, blob_store, have))


def _store_files(
    conn: Connection,
    submission_id: int,
    expected: list[str],
    checked: Checked,
    blob_store: BlobStore,
    have: set[str],
) -> list[str]:
    """Keep only the parts the XML names and the submission has not stored (`have`);
    identical re-sends are no-ops; their bytes go to the store in this transaction (db,
    s3). Returns the names still missing."""
    new: list[dict[str, object]] = []
    parts = []
    for name in expected:
        part = checked.upload.files.get(name)
        if part is not None and name not in have:
            parts.append(part)
            new.append(
                {
                    "submission_id": submission_id,
                    "name": name,
                    "sha256": part.sha256,
                    "size": part.size,
                    "content_type": part.content_type,
                }
            )
            checked.recorded.append(name)
            have.add(name)
    submissions_q.insert_attachments(conn, new)
    for part in sorted(parts, key=lambda p: p.sha256):  # one order: two writers never deadlock
        blob_store.record(conn, part)
    return [n for n in expected if n not in have]


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def _year(value: object) -> int | None:
    text = _text(value)
    return int(text) if text.isdigit() and len(text) == 4 else None
