"""The household registry: roster import (encodings, all-or-nothing, idempotent), the lists
each volunteer's phone gets, and households added at a door."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest
import requests
from lxml import etree
from openpyxl import Workbook

from conftest import add_unit, add_user
from formdata import instance_xml
from orhelpers import OR_HEADERS, digest, post
from server.domain import forms as forms_domain
from server.domain.registry import import_roster
from server.errors import Invalid
from server.jobs import scorer
from server.store import db
from server.store.models import Citizen, Household

FORMS = Path(__file__).resolve().parent.parent / "forms"
M = "{http://openrosa.org/xforms/xformsManifest}"

ROSTER = (
    "unit,unit_name,parent_unit,household,head_name,address,members,citizen,full_name,birth_year,sex\n"
    "TDP01,Tổ dân phố 1,PS,H001,Nguyễn Văn An,Số 1 ngõ 2,4,C001,Nguyễn Văn An,1970,nam\n"
    "TDP01,Tổ dân phố 1,PS,H001,Nguyễn Văn An,Số 1 ngõ 2,4,C002,Trần Thị Bình,1972,nữ\n"
    "TDP02,Tổ dân phố 2,PS,H002,Lê Văn Đức,Khu phố 3,3,C003,Lê Văn Đức,1980,nam\n"
)


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """What Excel writes as "CSV" on a Vietnamese Windows: letters with tone marks as a base
    letter plus a combining tone (cp1258 has no precomposed ổ, ặ, ...)."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
            out.append((base + "".join(p for p in parts if p in TONES)).encode("cp1258"))
    return b"".join(out)


def run_import(app, content: bytes, name: str = "roster.csv"):
    with app.app_context():
        try:
            report = import_roster(db.session(), content, name)
            db.session().commit()
            return report
        except Exception:
            db.session().rollback()
            raise


def counts(app):
    with app.app_context():
        return db.session().query(Household).count(), db.session().query(Citizen).count()


@pytest.fixture
def town(app):
    add_unit(app, "PS", "Thị trấn Phong Sơn")
    return app


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.replace(",", "\t").encode("utf-16"),
        lambda t: to_cp1258(t.replace(",", ";")),
    ],
    ids=["utf8", "utf8-bom", "utf16-tab", "cp1258-semicolon"],
)
def test_roster_import_in_excels_encodings(town, encode):
    report = run_import(town, encode(ROSTER))
    assert (report.units, report.households_created, report.citizens_created) == (2, 2, 3)
    with town.app_context():
        binh = db.session().query(Citizen).filter_by(code="C002").one()
        assert binh.full_name == "Trần Thị Bình" and binh.sex == "nu" and binh.birth_year == 1972


def test_roster_from_xlsx_and_same_file_twice_changes_nothing(town, tmp_path):
    wb = Workbook()
    for line in ROSTER.strip().split("\n"):
        wb.active.append(line.split(","))
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    first = run_import(town, path.read_bytes(), "roster.xlsx")
    assert first.changed and counts(town) == (2, 3)
    again = run_import(town, path.read_bytes(), "roster.xlsx")
    assert not again.changed and again.unchanged == 3 and counts(town) == (2, 3)


def test_bad_rows_are_listed_and_nothing_is_imported(town):
    bad = ROSTER + (
        "TDP09,,,H003,Ai đó,,2,,,,\n"  # row 5: unknown unit
        "TDP01,,,H004,Phạm Văn E,,hai,C005,Phạm Văn E,19x0,nam\n"  # row 6: numbers
        "TDP01,,,H001,,,,C001,Trùng mã,1970,nam\n"  # row 7: duplicate citizen code
        ",,,,,,,,,,\n"  # blank line: ignored
        "TDP01,,,H005,X,,1,C009,X,1990,other\n"  # row 9: sex
    )
    with pytest.raises(Invalid) as err:
        run_import(town, bad.encode())
    text = err.value.vi
    for row in ("row 5", "row 6", "row 7", "row 9"):
        assert row in text
    assert "TDP09" in text and "members" in text and "C001" in text
    assert counts(town) == (0, 0)


def test_missing_required_column_is_refused(town):
    with pytest.raises(Invalid) as err:
        run_import(town, b"unit,head_name\nTDP01,An\n")
    assert "household" in err.value.vi


def _publish_bundled(app, *names):
    with app.app_context():
        for name in names:
            forms_domain.import_path(db.session(), FORMS / f"{name}.xlsx")
        db.session().commit()


def _manifest(url: str, user: str) -> dict[str, tuple[str, str]]:
    resp = requests.get(
        f"{url}/forms/gia_dinh_kieu_mau/manifest", auth=digest(user), headers=OR_HEADERS, timeout=10
    )
    assert resp.status_code == 200
    out = {}
    for f in etree.fromstring(resp.content).findall(f"{M}mediaFile"):
        out[f.findtext(f"{M}filename")] = (
            f.findtext(f"{M}hash"),
            f.findtext(f"{M}downloadUrl"),
            f.get("type"),
        )
    return out


def test_each_volunteer_gets_only_their_households_and_hash_follows_the_registry(town, live_server):
    run_import(town, ROSTER.encode())
    _publish_bundled(town, "gia_dinh_kieu_mau")
    add_user(town, "vol1", "volunteer", ("TDP01",))
    add_user(town, "vol2", "volunteer", ("TDP02",))
    files = _manifest(live_server.url, "vol1")
    assert {"units.csv", "households.csv"} <= set(files)
    md5, url, kind = files["households.csv"]
    assert kind == "entityList"  # ODK Entities: households registered offline stay selectable
    body = requests.get(url, auth=digest("vol1"), timeout=10).content
    assert md5 == "md5:" + hashlib.md5(body).hexdigest()
    lines = body.decode().splitlines()
    assert lines[0] == "name,label,__version,unit,head_name,address,members"
    assert lines[1:] == ["H001,Nguyễn Văn An – Số 1 ngõ 2,1,TDP01,Nguyễn Văn An,Số 1 ngõ 2,4"]
    units = requests.get(files["units.csv"][1], auth=digest("vol1"), timeout=10).text
    assert units.splitlines() == ["name,label", "TDP01,Tổ dân phố 1"]
    other = requests.get(
        _manifest(live_server.url, "vol2")["households.csv"][1], auth=digest("vol2"), timeout=10
    )
    assert "H002" in other.text and "H001" not in other.text
    changed = ROSTER.replace("Số 1 ngõ 2,4", "Số 1 ngõ 2,5")
    run_import(town, changed.encode())
    md5_after = _manifest(live_server.url, "vol1")["households.csv"][0]
    assert md5_after != md5
    assert ",2,TDP01," in requests.get(url, auth=digest("vol1"), timeout=10).text  # __version bumped


def test_household_added_at_a_door_joins_the_registry_flagged_new(town, live_server):
    run_import(town, ROSTER.encode())
    _publish_bundled(town, "gia_dinh_kieu_mau")
    add_user(town, "vol1", "volunteer", ("TDP01",))
    answers = {
        "unit": "TDP01", "year": "2026", "new_household": "yes", "head_name": "Hoàng Văn Mới",
        "address": "Ngõ 9", "members": "3", "hh_members": "3",
        "meta/entity/@id": "4f1c2b7e-0000-4000-8000-000000000001",
    }  # fmt: skip
    xml = instance_xml(FORMS / "gia_dinh_kieu_mau.xlsx", answers, "uuid:new-hh-1")
    assert post(live_server.url, xml, auth=digest("vol1")).status_code == 201
    scorer.drain(town)  # the registry grows when the submission is scored
    with town.app_context():
        hh = db.session().query(Household).filter_by(code="4f1c2b7e-0000-4000-8000-000000000001").one()
        assert hh.is_new and hh.head_name == "Hoàng Văn Mới" and hh.members == 3


def test_natural_vietnamese_headers_are_accepted(town):
    text = (
        "Đơn vị,Tên tổ dân phố,Đơn vị cấp trên,MA HO,Tên chủ hộ,Địa chỉ,Nhân khẩu,"
        "Công dân,HỌ VÀ TÊN,nam_sinh,Giới tính\n"
        "TDP01,Tổ dân phố 1,PS,H001,Nguyễn Văn An,Số 1 ngõ 2,4,C001,Nguyễn Văn An,1970,nam\n"
    )
    report = run_import(town, text.encode())
    assert report.households_created == 1 and report.citizens_created == 1
    with town.app_context():
        hh = db.session().query(Household).filter_by(code="H001").one()
        assert (hh.head_name, hh.members) == ("Nguyễn Văn An", 4)


def test_every_accepted_header_is_listed_in_help_readme_and_the_admin_page():
    from click.testing import CliRunner

    from server.cli import main
    from server.formats.roster import COLUMNS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    templates = Path(__file__).resolve().parent.parent / "server/templates/admin"
    page, card = (templates / "roster.html").read_text(), (templates / "_import.html").read_text()
    help_text = " ".join(CliRunner().invoke(main, ["roster", "import", "--help"]).output.split())
    # the page renders COLUMNS itself, through the import card it shares with the history page
    assert "upload.roster, columns, required" in page and "columns.items()" in card
    for name, aliases in COLUMNS.items():
        row = f"| `{name}` | {', '.join(aliases[1:])} |"
        assert row in readme, row
        for alias in aliases[1:]:
            assert alias in help_text, alias


def _registry(session) -> tuple[set, set]:
    rows = session.query(Household).all()
    code_of = {h.id: h.code for h in rows}
    households = {(h.code, h.unit_id, h.head_name, h.address, h.members, h.is_new, h.version) for h in rows}
    citizens = {
        (c.code, code_of[c.household_id], c.full_name, c.birth_year, c.sex, c.is_new)
        for c in session.query(Citizen)
    }
    return households, citizens


def test_a_catch_ups_door_rows_enter_the_registry_as_a_batchs_do(town):
    """registry.record_door (rescore_backlog's, one statement per run of one kind, nothing
    looked up first) leaves the registry as record_many (a batch's) does with the same items,
    in order: a code already registered, or added earlier in the list, is skipped; a citizen
    joins a household registered or added before it (not one added after it), never an
    unknown one; answers are read alike (lists, blanks, numbers that are not)."""
    from server.domain import registry
    from server.store.models import Unit

    run_import(town, ROSTER.encode())
    with town.app_context():
        session = db.session()
        unit = session.query(Unit).filter_by(code="TDP01").one()
        unit_id = unit.id
        hh = {"new_household": "yes", "head_name": " Hộ mới ", "address": ["Ngõ 5"], "members": "x"}
        cit = {"new_citizen": "yes", "full_name": "Lê Thị Hoa", "birth_year": "1990", "sex": "Nữ"}
        items = [
            ("household", {**hh, "members": "5"}, unit, "HNEW1"),
            ("household", hh, unit, "H001"),  # on the roster already
            ("household", {**hh, "head_name": "again"}, unit, "HNEW1"),  # added just above
            ("citizen", {**cit, "household": "HNEW1"}, unit, "CD-1"),
            ("citizen", {**cit, "household": "H002", "birth_year": ""}, unit, "CD-2"),
            ("citizen", {**cit, "household": "NOWHERE"}, unit, "CD-3"),
            ("citizen", {**cit, "household": "HNEW2"}, unit, "CD-4"),  # before its household
            ("citizen", {**cit, "household": "H001"}, unit, "C001"),  # on the roster already
            ("household", hh, unit, "HNEW2"),
            ("household", {**hh, "new_household": "no"}, unit, "HNEW3"),
            ("citizen", {**cit, "new_citizen": ["yes"], "household": "HNEW2"}, unit, "CD-5"),
            ("household", hh, unit, ""),
        ]
        registry.record_many(session, items)
        session.flush()
        by_batch = _registry(session)
        session.rollback()
        registry.record_door(session, [(k, d, unit_id, s) for k, d, _u, s in items])
        session.flush()
        by_catch_up = _registry(session)
        session.rollback()
    assert by_catch_up == by_batch
    households, citizens = by_batch
    assert {h[0] for h in households if h[5]} == {"HNEW1", "HNEW2"}
    assert ("HNEW1", unit_id, "Hộ mới", "Ngõ 5", 5, True, 1) in households  # the first one counts
    assert {c[0] for c in citizens if c[5]} == {"CD-1", "CD-2", "CD-5"}
