"""Publishing forms: an XLSForm workbook becomes an XForm version with pyxform. A workbook
with errors or warnings is refused and the version already in service stays."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path

from pyxform.errors import PyXFormError
from pyxform.xls2xform import convert
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..errors import Conflict, Invalid, NotFound
from ..formats.openrosa import XMLRejected, xform_info
from ..store import forms as forms_q
from ..store.forms import ListedForm
from ..store.models import Form, FormMedia, FormVersion
from . import scoring_sheet, unit_rules

WORKBOOK_SUFFIXES = {".xlsx", ".xls", ".md"}
MEDIA_SUFFIXES = {".csv", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".mp3", ".mp4", ".geojson"}
SAFE_NAME = re.compile(r"^[\w.\- ]{1,200}$", re.UNICODE)


@dataclass
class ImportResult:
    form_id: str
    version: str
    status: str  # "created", "new version", "unchanged"
    warnings: list[str]


def convert_workbook(content: bytes, name: str) -> tuple[bytes, list[str], bytes | None]:
    """pyxform conversion; returns the XForm bytes, the warnings and any itemsets.csv.
    Errors are raised as Invalid naming the workbook (pyxform names sheet and row)."""
    suffix = Path(name).suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES:
        raise Invalid("form.not_xlsform", "%(name)s: không phải tệp XLSForm", name=name)
    warnings: list[str] = []
    try:
        result = convert(xlsform=content, warnings=warnings, file_type=suffix)
    except PyXFormError as exc:
        raise Invalid(
            "form.xlsform_error", "%(name)s: lỗi biểu mẫu: %(error)s", name=name, error=exc
        ) from None
    except Exception as exc:  # pyxform raises plain errors on unreadable files
        raise Invalid(
            "form.workbook_unreadable", "%(name)s: không đọc được tệp: %(error)s", name=name, error=exc
        ) from None
    itemsets = result.itemsets.encode() if isinstance(result.itemsets, str) else result.itemsets
    return result.xform.encode(), warnings, itemsets


def import_workbook(
    db: Session,
    content: bytes,
    name: str,
    media: dict[str, bytes] | None = None,
    *,
    allow_warnings: bool = False,
) -> ImportResult:
    """Publish one workbook (and the media files given with it) as a form version."""
    xml, warnings, itemsets = convert_workbook(content, name)
    if warnings and not allow_warnings:
        listed = "; ".join(warnings)
        raise Invalid(
            "form.conversion_warnings",
            "%(name)s: cảnh báo khi chuyển đổi: %(warnings)s",
            name=name,
            warnings=listed,
        )
    try:
        info = xform_info(xml)
    except XMLRejected as exc:
        raise Invalid("form.invalid_xform", "%(name)s: %(problem)s", name=name, problem=exc) from None
    media = dict(media or {})
    if itemsets:
        media["itemsets.csv"] = itemsets
    scoring = read_scoring(content, name)

    form = forms_q.by_xml_id(db, info.form_id)
    if form is not None:
        existing = forms_q.version(db, form, info.version)
        if existing is not None:
            if existing.md5 == hashlib.md5(xml).hexdigest() and _same_media(db, existing, media):
                return ImportResult(info.form_id, info.version, "unchanged", warnings)
            raise Conflict(
                "form.version_conflict",
                "%(name)s: phiên bản %(version)r đã có với nội dung khác; hãy tăng version trong sheet "
                "settings",
                name=name,
                version=info.version,
            )
        status = "new version"
    else:
        form = Form(xml_form_id=info.form_id, title=info.title)
        db.add(form)
        db.flush()
        status = "created"
    fv = FormVersion(
        form_id=form.id,
        version=info.version,
        title=info.title,
        xml=xml,
        md5=hashlib.md5(xml).hexdigest(),
        workbook=content,
        workbook_name=Path(name).name,
        fields=info.fields,
        media=info.media,
        scoring=scoring,
    )
    db.add(fv)
    db.flush()
    for filename, data in media.items():
        db.add(_media_row(fv, filename, data))
    form.current_version_id = fv.id
    form.title = info.title
    db.flush()
    unit_rules.forget(db)
    return ImportResult(info.form_id, info.version, status, warnings)


def read_scoring(content: bytes, name: str) -> dict | None:
    """The workbook's `scoring` sheet, validated against the survey's fields; a bad sheet
    refuses the whole import with every problem named by sheet and row."""
    if not name.lower().endswith(".xlsx"):
        return None
    try:
        sheet = scoring_sheet.read_scoring(content, Path(name).name, scoring_sheet.survey_fields(content))
    except scoring_sheet.ScoringSheetError as exc:
        raise Invalid("file.rejected", "%(problems)s", problems=str(exc)) from None
    return sheet.to_dict() if sheet is not None else None


def import_path(db: Session, path: Path, **kw: bool) -> ImportResult:
    """Import a workbook file; media files named by the form and lying beside it (or in a
    `<name>-media` folder) are attached."""
    content = path.read_bytes()
    xml, _w, _i = convert_workbook(content, path.name)
    wanted = set(xform_info(xml).media)
    media: dict[str, bytes] = {}
    for folder in (path.parent, path.parent / f"{path.stem}-media"):
        for filename in wanted:
            candidate = folder / filename
            if candidate.is_file() and filename not in media:
                media[filename] = candidate.read_bytes()
    return import_workbook(db, content, path.name, media, **kw)


def workbook_paths(paths: list[Path]) -> list[Path]:
    """Expand folders into the workbooks they hold, in a stable order."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(c for c in p.iterdir() if c.suffix.lower() in {".xlsx", ".xls"}))
        elif p.exists():
            found.append(p)
        else:
            raise NotFound("form.file_not_found", "Không có tệp %(path)s", path=p)
    return [p for p in found if not p.name.startswith(("~$", "."))]


# A form's life, as in ODK Central: `open` is listed and accepts submissions; `closing` is
# no longer listed or downloadable but still accepts what phones hold; `closed` refuses both.
STATES = ("open", "closing", "closed")


def accepts_submissions(state: str) -> bool:
    """Whether POST /submission takes a submission of a form in this state."""
    return state in ("open", "closing")


def is_listed(state: str) -> bool:
    """Whether formList, the form download and the browser forms offer it."""
    return state == "open"


def set_state(db: Session, xml_form_id: str, state: str) -> Form:
    if state not in STATES:
        raise Invalid("form.invalid_state", "Trạng thái không hợp lệ: %(state)r", state=state)
    form = forms_q.by_xml_id(db, xml_form_id)
    if form is None:
        raise NotFound("form.not_found", "Không có biểu mẫu %(form_id)s", form_id=xml_form_id)
    form.state = state
    return form


@dataclass
class FormRow:
    """One form as the admin page and the API list it: its versions (oldest first) and the
    number and time of its submissions (within a scope of units, or all)."""

    form: Form
    versions: list[FormVersion]
    submissions: int
    last_submission_at: object  # a datetime, or None before the first


def form_rows(db: Session, unit_codes: set[str] | None = None) -> list[FormRow]:
    stats = forms_q.submission_stats(db, unit_codes)
    return [
        FormRow(form, forms_q.versions(db, form), *stats.get(form.id, (0, None)))
        for form in forms_q.all_forms(db)
    ]


def current_version(db: Session, form: Form) -> FormVersion | None:
    return forms_q.current_version(db, form)


def listed_versions(db: Session) -> list[tuple[Form, FormVersion]]:
    """Open forms with their current version, sorted by title."""
    return forms_q.listed_versions(db)


def form_list_rows(conn: Connection, all_versions: bool) -> list[ListedForm]:
    """What formList lists (current versions, or every version), as plain rows."""
    return forms_q.form_list_rows(conn, all_versions)


def stored_workbook(db: Session, xml_form_id: str, version_id: int) -> FormVersion:
    """A version of the form whose uploaded workbook is kept, or NotFound."""
    found = forms_q.by_xml_id(db, xml_form_id)
    fv = forms_q.version_by_id(db, version_id)
    if found is None or fv is None or fv.form_id != found.id or not fv.workbook:
        raise NotFound("form.workbook_not_stored", "Không có tệp gốc của phiên bản này")
    return fv


def _media_row(fv: FormVersion, filename: str, data: bytes) -> FormMedia:
    if not SAFE_NAME.match(filename) or filename.startswith("."):
        raise Invalid("form.invalid_file_name", "Tên tệp không hợp lệ: %(filename)r", filename=filename)
    ctype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return FormMedia(
        form_version_id=fv.id,
        filename=filename,
        content_type=ctype,
        data=data,
        md5=hashlib.md5(data).hexdigest(),
    )


def _same_media(db: Session, fv: FormVersion, media: dict[str, bytes]) -> bool:
    have = {name: m.md5 for name, m in forms_q.media(db, fv).items()}
    return have == {name: hashlib.md5(d).hexdigest() for name, d in media.items()}
