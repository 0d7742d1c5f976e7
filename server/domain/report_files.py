"""The downloadable files of a year: tables for CSV/XLSX, and PDFs/XLSX kept in the report
cache so that what did not change is not rebuilt.

Tables are (header, rows) with Vietnamese headers, because the committee opens them in
Excel; rows are plain values. The raw submissions are a generator over a streamed query, so
a town's export never sits in memory. PDF and XLSX files are cached under a hash of their
input (a data version from a few aggregate queries, settings, templates): an unchanged
unit's PDF is served from disk without building its data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session

from ..errors import NotFound
from ..formats import pdf
from ..formats.xlsx import Sheet, write_xlsx
from ..store import forms as forms_q
from ..store import report_cache, report_version
from ..store import reports as reports_q
from ..store.models import User
from . import results_view
from .access import unit_scope
from .dossier import load_settings

Table = tuple[list[str], Iterable[list[Any]]]
_YES = {True: "Đạt", False: "Không đạt", None: ""}
_CACHE_VERSION = "3"  # bump when the way a file is built changes without a template change


def scope_slug(db: Session, user: User) -> str:
    """A short name for what the user sees, so two scopes' files don't evict each other."""
    scope = unit_scope(db, user)
    if scope is None:
        return "all"
    return hashlib.sha1(",".join(sorted(scope)).encode()).hexdigest()[:10]


# ---- tables --------------------------------------------------------------------------------


def units_table(db: Session, user: User, year: int) -> Table:
    """One row per unit: the registry, the survey, and the model households and citizens at
    each stage of recognition, every share over the registry; the group title as
    recognition decides it (after the meeting); the rank among siblings, at the stage all of
    them have reached (named in the last column)."""
    header = [
        "Mã đơn vị", "Tên đơn vị", "Loại", "Cấp", "Số hộ (sổ)", "Hộ được đánh giá",
        "Gia đình kiểu mẫu (đề xuất theo điểm)", "Tỷ lệ hộ trên sổ (%)",
        "Công dân (sổ)", "Công dân được đánh giá", "Công dân kiểu mẫu (đề xuất theo điểm)",
        "Tỷ lệ công dân trên sổ (%)", "Danh hiệu của đơn vị", "Xếp hạng",
        "Hộ: Ban vận động đồng ý", "Hộ: BCĐ phê duyệt", "Công dân: Ban vận động đồng ý",
        "Công dân: BCĐ phê duyệt", "Giai đoạn bình xét", "Xếp hạng theo giai đoạn",
    ]  # fmt: skip
    rows = []
    for u in results_view.units(db, user, year):
        f, s = u["figures"], u["shares"]
        st = u["recognition"]["stages"]
        title = u.get("title_label") or _YES[u["title_reached"]]
        rows.append(
            [
                u["code"], u["name"], u["kind"], u["depth"], f["households_registry"],
                f["households_surveyed"], f["model_households"], _pct(s["model_household_share"]),
                f["adults_registry"], f["citizens_surveyed"], f["model_citizens"],
                _pct(s["model_citizen_share"]), title, u["rank"],
                st["agreed"]["households"], st["approved"]["households"],
                st["agreed"]["citizens"], st["approved"]["citizens"],
                u["recognition"].get("review_stage", ""), u["rank_stage"]["label"],
            ]
        )  # fmt: skip
    return header, rows


def _pct(share: float | None) -> float | None:
    return round(100 * share, 1) if share is not None else None


def subjects_table(db: Session, user: User, year: int, codes: Sequence[str], kind: str) -> Table:
    """One row per assessed household or citizen, a column per criterion (met or not).

    The columns come from one SQL query; the rows are a generator that reads one unit at a
    time, so a town's export holds one unit's scores in memory, not the town's."""
    for code in codes:
        results_view.scoped_unit(db, user, code)  # refuse before the download starts
    criteria = reports_q.criteria_codes(db, year, kind, list(codes))
    who = "Chủ hộ" if kind == "household" else "Họ và tên"
    header = [
        "Đơn vị",
        "Mã",
        who,
        "Địa chỉ",
        "Điểm",
        "Điểm tối đa",
        "Đạt danh hiệu",
        "Mới (chưa có trong sổ)",
        "Đăng ký thi đua đầu năm",
    ]

    def rows() -> Iterator[list]:
        for code in codes:
            for s in results_view.subjects(db, user, year, code, kind, why=False):
                met = {c["code"]: c["passed"] for c in s["criteria"]}
                yield (
                    [code, s["code"], s["name"], s["address"], s["points"], s["max_points"]]
                    + [_YES[s["title_reached"]], "x" if s["new_in_registry"] else ""]
                    + ["x" if s["registered"] else ""]
                    + [_YES[met.get(c)] for c in criteria]
                )

    return header + criteria, rows()


def criteria_table(db: Session, user: User, year: int) -> Table:
    """Pass rate of every criterion per unit: which criteria hold the town back."""
    labels = reports_q.criterion_labels(db)
    header = [
        "Mã đơn vị",
        "Tên đơn vị",
        "Đối tượng",
        "Tiêu chí",
        "Nội dung",
        "Số đạt",
        "Số được đánh giá",
        "Tỷ lệ (%)",
    ]
    rows = []
    for u in results_view.units(db, user, year):
        for kind, label in (("household", "Hộ gia đình"), ("citizen", "Công dân")):
            for code, (passed, total) in sorted(u["figures"]["criteria"].get(kind, {}).items()):
                rate = round(100 * passed / total, 1) if total else None
                rows.append([u["code"], u["name"], label, code, labels.get(code, ""), passed, total, rate])
    return header, rows


TOWN_READERS = ("admin", "committee")  # the town's files; a unit's also for its board
SUBJECT_KINDS = ("household", "citizen")
REWARD_DOCUMENTS = ("submission", "decision", "certificates")  # /reports/<year>/rewards/<name>.pdf


@dataclass(frozen=True)
class Entry:
    """One file of a year the user may read: its name under the sync folder, its URL path
    under /reports/<year>/, and which file it is (`file`, with `args` after session, user
    and year, as web/reports.py makes it)."""

    name: str
    path: str
    file: str
    args: tuple[str, ...] = ()


def entries(db: Session, user: User, year: int) -> Iterator[Entry]:
    """The files of the year the user may read: the town's to administrators and the
    committee, each unit's in the user's scope to them and to the unit's board."""
    if user.role in TOWN_READERS:
        yield Entry("units.csv", "units.csv", "units_csv")
        yield Entry("units.xlsx", "units.xlsx", "units_xlsx")
        for form_id in reports_q.forms_with_submissions(db, year):
            path = f"submissions/{quote(form_id)}.csv"
            yield Entry(path, path, "submissions_csv", (form_id,))
        for name in ("proposals", "submission", "decision", "summary"):
            yield Entry(f"{name}.pdf", f"{name}.pdf", f"{name}_pdf")
        for kind in SUBJECT_KINDS:
            yield Entry(
                f"certificates-{kind}.pdf", f"certificates.pdf?kind={kind}", "certificates_pdf", (kind,)
            )
        for name in REWARD_DOCUMENTS:  # listed once the year has a reward proposed
            yield Entry(f"rewards/{name}.pdf", f"rewards/{name}.pdf", "reward_pdf", (name,))
        yield Entry("rewards/rewards.xlsx", "rewards/rewards.xlsx", "rewards_xlsx")
    for code in visible_leaves(db, user, year):
        base = f"units/{quote(code)}"
        for kind in SUBJECT_KINDS:
            yield Entry(f"{base}/{kind}s.csv", f"{base}/{kind}s.csv", "subjects_csv", (code, kind))
        yield Entry(f"{base}/proposals.pdf", f"{base}/proposals.pdf", "proposals_pdf", (code,))
        yield Entry(f"{base}/minutes.pdf", f"{base}/minutes.pdf", "minutes_pdf", (code,))
        if user.role == "board":
            for kind in SUBJECT_KINDS:
                url = f"certificates.pdf?kind={kind}&unit={quote(code)}"
                yield Entry(f"{base}/certificates-{kind}.pdf", url, "certificates_pdf", (kind, code))


def visible_leaves(db: Session, user: User, year: int) -> list[str]:
    leaves = reports_q.leaf_codes(db)
    return [u["code"] for u in results_view.units(db, user, year) if u["code"] in leaves]


def submissions_table(
    db: Session, user: User, year: int, form_id: str
) -> tuple[list[str], Callable[[Session], Iterator[list]]]:
    """Raw answers, one row per current submission (an edit replaces what it edits), the
    inspection rounds' ones too, named in the round column (empty: the evaluation's).

    The rows come from `rows(session)`, a generator over a streamed query: the caller gives
    it a session that lives as long as the download (Flask tears the request's session
    down before a streamed body is sent)."""
    form = forms_q.by_xml_id(db, form_id)
    if form is None:
        raise NotFound("form.not_found", "Không có biểu mẫu %(form_id)s", form_id=form_id)
    types = reports_q.form_fields(db, form)
    names = [n for n in types if n not in _OWN_COLUMNS]
    header = ["instanceID", "Đơn vị", "Thời điểm nhận", "Thiết bị", "Đợt kiểm tra", *map(_column_name, names)]
    form_pk, scope = form.id, unit_scope(db, user)

    def rows(session: Session) -> Iterator[list]:
        for instance_id, unit_code, received_at, device, round_title, data in reports_q.current_submissions(
            session, form_pk, year, scope
        ):
            answers = [_cell((data or {}).get(n), types[n]) for n in names]
            received = received_at.isoformat(timespec="seconds")
            yield [instance_id, unit_code or "", received, device, round_title, *answers]

    return header, rows


_OWN_COLUMNS = {"instanceID"}  # the first column already


def _column_name(field: str) -> str:
    """A field's CSV column: its name, the ODK entity's attributes (meta/entity/@create,
    @id...) as entity_create, entity_id, so no header starts like a formula."""
    return f"entity_{field[1:]}" if field.startswith("@") else field


_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_NUMERIC_TYPES = {"int", "integer", "decimal"}


def _cell(value: object, xform_type: str = "") -> object:
    """An answer for the CSV: a number for a numeric field (so -5 stays a number once the
    CSV writer neutralises text that starts like a formula), text otherwise."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    text = str(value)
    if xform_type in _NUMERIC_TYPES and _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    return text


# ---- cached files --------------------------------------------------------------------------


def _key(db: Session, kind: str, year: int, units: set[str] | None, *extra: str) -> str:
    """What a cached file depends on: the data version of its units, the year's document
    settings, the templates, and how it is built. No document data is built for it."""
    version = report_version.data_version(db, year, units)
    return report_cache.input_key([kind, _CACHE_VERSION, version, *extra])


def units_workbook(db: Session, user: User, year: int, data_dir: str | Path) -> report_cache.CachedFile:
    """units.xlsx: units, households, citizens, criteria pass rates; rebuilt only on change."""
    key = _key(db, "xlsx", year, unit_scope(db, user))

    def build(fh) -> None:
        leaves = visible_leaves(db, user, year)
        sheets = [
            Sheet("Đơn vị", *units_table(db, user, year)),
            Sheet("Hộ gia đình", *subjects_table(db, user, year, leaves, "household")),
            Sheet("Công dân", *subjects_table(db, user, year, leaves, "citizen")),
            Sheet("Tỷ lệ đạt tiêu chí", *criteria_table(db, user, year)),
        ]
        write_xlsx(sheets, fh)

    return report_cache.get_or_build(data_dir, f"{year}-units-{scope_slug(db, user)}", key, ".xlsx", build)


def _templates_stamp() -> str:
    """Names, sizes and mtimes of the templates, stylesheet and fonts a PDF depends on, and
    of pdf_lists.py, the long lists' layout in code."""
    files = sorted((pdf.TEMPLATES_DIR / "reports").glob("*")) + [pdf.STYLESHEET, pdf.UA_STYLESHEET]
    files.append(Path(pdf.__file__).with_name("pdf_lists.py"))  # not imported: ReportLab loads slowly
    files += sorted((pdf.STATIC_DIR / "fonts").glob("*"))
    return ";".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files if p.is_file())


def pdf_file(
    db: Session,
    data_dir: str | Path,
    year: int,
    slot: str,
    kind: str,
    units: set[str] | None,
    make: Callable[[], Any],
    meta: Callable[[Any], dict] | None = None,
    other_years: Sequence[int] = (),
    also: Sequence[str] = (),
) -> report_cache.CachedFile:
    """The PDF of one document of `units` (None: all), rendered only when their data, the
    year's settings or the templates changed; `make()` builds its data only then. `meta`
    picks what the caller needs of the data on a cache hit too (e.g. the draft flag).
    `other_years`: the years before it that the document also prints (the summary); `also`:
    fingerprints of anything else it prints that the data version does not cover."""
    settings = load_settings(db, year)
    earlier = [report_version.data_version(db, y, units) for y in other_years if y != year]
    key = _key(db, kind, year, units, slot, repr(settings), _templates_stamp(), *earlier, *also)

    def build(fh) -> dict | None:
        data = make()
        fh.write(pdf.render_pdf(kind, data, settings))
        return meta(data) if meta else None

    return report_cache.get_or_build(data_dir, f"{year}-{slot}", key, ".pdf", build)
