"""What a user's phone downloads for a form: the XForm and its media. Media are the files
attached at import plus the lists the server builds for that user from the registry."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from ..store import forms as forms_q
from ..store.models import Form, FormVersion, User
from ..store.users import Caller
from .access import may_fill
from .forms import is_listed

_DATASET = re.compile(rb'<entity[^>]*\bdataset="([\w.-]+)"')
CSV = "text/csv; charset=utf-8"
# filename -> builder(db, user) -> CSV bytes; filled by the registry module
GENERATED: dict[str, Callable[[Session, User], bytes]] = {}
# entity list name -> states(db, user, ids or None) -> [(entity id, deleted)]; the registry's
INTEGRITY: dict[str, Callable[[Session, User, list[str] | None], list[tuple[str, bool]]]] = {}
MAX_INTEGRITY_IDS = 20_000  # far more offline entities than one phone holds in a campaign


@dataclass
class MediaFile:
    filename: str
    content_type: str
    data: bytes
    entity_list: bool = False

    @property
    def md5(self) -> str:
        return hashlib.md5(self.data).hexdigest()


def entity_lists(version: FormVersion) -> set[str]:
    """CSV files that are ODK entity lists: the datasets the form creates or updates, so
    Collect keeps households registered offline selectable at the next door."""
    return {f"{name.decode()}.csv" for name in _DATASET.findall(version.xml)}


def media_files(db: Session, user: User, version: FormVersion) -> list[MediaFile]:
    """Every media file the form names that has content, in the form's order."""
    stored = forms_q.media(db, version)
    entities = entity_lists(version)
    files = []
    for name in version.media:
        if name in stored:
            m = stored[name]
            files.append(MediaFile(name, m.content_type, m.data))
        elif name in GENERATED:
            files.append(MediaFile(name, CSV, GENERATED[name](db, user), name in entities))
    for name, m in stored.items():  # e.g. itemsets.csv, not named by jr:// in the XML
        if name not in version.media:
            files.append(MediaFile(name, m.content_type, m.data))
    return files


def version_to_fill(
    db: Session, user: User | Caller, xml_form_id: str, wanted: str | None
) -> tuple[Form, FormVersion]:
    """The version of a listed form the user may fill: the one asked for (?version=), else
    the current one; NotFound otherwise, the same for a form that exists but is not theirs."""
    form = forms_q.by_xml_id(db, xml_form_id)
    if form is None or not is_listed(form.state) or not may_fill(user, form):
        raise NotFound("form.not_found", "Không có biểu mẫu %(form_id)s", form_id=xml_form_id)
    version = forms_q.version(db, form, wanted) if wanted is not None else forms_q.current_version(db, form)
    if version is None:
        raise NotFound("form.version_not_found", "Không có phiên bản %(version)r", version=wanted)
    return form, version


def media_file(db: Session, user: User, version: FormVersion, filename: str) -> MediaFile | None:
    stored = forms_q.media_file(db, version, filename)
    if stored is not None:
        return MediaFile(filename, stored.content_type, stored.data)
    if filename in version.media and filename in GENERATED:
        return MediaFile(filename, CSV, GENERATED[filename](db, user))
    return None


def entity_states(db: Session, user: User, dataset: str, ids: list[str] | None) -> list[tuple[str, bool]]:
    """Collect's integrity check of an entity list: which of the entities it created
    offline still belong in the list. Only for a list that a form the user may fill
    declares; anything else is unknown to the caller (404)."""
    filename = f"{dataset}.csv"
    usable = dataset in INTEGRITY and any(
        is_listed(form.state) and may_fill(user, form) and filename in entity_lists(version)
        for form, version in forms_q.listed_versions(db)
    )
    if not usable:
        raise NotFound(
            "form.entity_list_not_found", "Không có danh sách thực thể %(dataset)s", dataset=dataset
        )
    if ids is not None and len(ids) > MAX_INTEGRITY_IDS:
        raise Invalid("form.too_many_entities", "Hỏi quá %(most)s thực thể một lần", most=MAX_INTEGRITY_IDS)
    return INTEGRITY[dataset](db, user, ids)
