"""What does not fit the database's columns is refused before the 201 with a clear 400, the
same on SQLite (which would store it) and PostgreSQL (which would fail with 500): ids,
attachment names and the answers the scorer copies into sized columns."""

from __future__ import annotations

import pytest
from lxml import etree
from sqlalchemy import func, select

from conftest import add_unit, add_user, publish
from orhelpers import UNIT_CSV, digest, post
from server.store import db
from server.store.models import INTEGER_MAX, Attachment, Submission

SURVEY_MD = """
| survey   |
|          | type                          | name          | label      | parameters      |
|          | select_one_from_file unit.csv | unit          | Tổ dân phố |
|          | integer                       | year          | Năm        |
|          | text                          | household     | Hộ         |
|          | text                          | new_household | Hộ mới     |
|          | text                          | head_name     | Chủ hộ     |
|          | text                          | address       | Địa chỉ    |
|          | integer                       | members       | Số người   |
|          | text                          | citizen       | Công dân   |
|          | text                          | full_name     | Họ tên     |
|          | integer                       | birth_year    | Năm sinh   |
|          | image                         | photo         | Ảnh        | max-pixels=1024 |
| settings |
|          | form_id | form_title | version |
|          | survey  | Khảo sát   | 1       |
"""
PHOTO = b"\xff\xd8\xff" + b"P" * 2000


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_user(app, "boss", "admin")  # may submit for any unit code: nothing but the size stops it
    publish(app, SURVEY_MD, media={"unit.csv": UNIT_CSV})
    return live_server


def xml(instance_id: str = "uuid:ok", deprecated: str | None = None, **answers: str) -> bytes:
    values = {"unit": "TDP1", "year": "2026", "household": "HH-1", "head_name": "Lê Văn Hộ", **answers}
    body = "".join(f"<{k}>{v}</{k}>" for k, v in values.items())
    dep = f"<deprecatedID>{deprecated}</deprecatedID>" if deprecated else ""
    return (
        f'<?xml version="1.0"?><data id="survey" version="1">{body}'
        f"<meta><instanceID>{instance_id}</instanceID>{dep}</meta></data>"
    ).encode()


def message(resp) -> str:
    return etree.fromstring(resp.content).findtext("{http://openrosa.org/http/response}message")


def stored(app) -> tuple[int, int]:
    with app.app_context():
        session = db.session()
        return (
            session.scalar(select(func.count()).select_from(Submission)),
            session.scalar(select(func.count()).select_from(Attachment)),
        )


def attachment_files(app) -> list:
    from pathlib import Path

    root = Path(app.config["DATA_DIR"]) / "attachments"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


LONG_NAME = "ả" * 252 + ".jpg"  # 256 characters
CASES = {
    "instanceID": (xml("uuid:" + "x" * 251), None, "instanceID"),
    "deprecatedID": (xml("uuid:e", deprecated="uuid:" + "y" * 251), None, "deprecatedID"),
    "unit": (xml(unit="U" * 65), None, "unit"),
    "household": (xml(household="H" * 65), None, "household"),
    "citizen": (xml(citizen="C" * 65), None, "citizen"),
    "head_name": (xml(head_name="Tên" * 86), None, "head_name"),
    "address": (xml(address="Số " * 86), None, "address"),
    "full_name": (xml(full_name="Nguyễn " * 37), None, "full_name"),
    "members": (xml(members=str(INTEGER_MAX + 1)), None, "members"),
    "birth_year": (xml(birth_year="9" * 40), None, "birth_year"),
    "attachment-name": (xml(photo=LONG_NAME), {LONG_NAME: PHOTO}, "ảả"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_what_does_not_fit_its_column_is_a_clear_400(app, srv, case):
    body, files, named = CASES[case]
    resp = post(srv.url, body, files, auth=digest("boss"))
    assert resp.status_code == 400, (resp.status_code, resp.text[:300])
    text = message(resp)
    assert named in text and " / " in text, text
    assert stored(app) == (0, 0)
    assert attachment_files(app) == []


def test_a_content_type_longer_than_its_column_is_a_clear_400(app, srv):
    import requests

    from orhelpers import OR_HEADERS

    parts = [
        ("xml_submission_file", ("submission.xml", xml(photo="a.jpg"), "text/xml")),
        ("a.jpg", ("a.jpg", PHOTO, "image/" + "j" * 200)),
    ]
    resp = requests.post(
        f"{srv.url}/submission", files=parts, auth=digest("boss"), headers=OR_HEADERS, timeout=10
    )
    assert resp.status_code == 400 and "a.jpg" in message(resp)
    assert stored(app) == (0, 0)


def test_values_at_the_limits_are_stored_on_both_databases(app, srv):
    name = "ả" * 251 + ".jpg"  # 255 characters
    body = xml(
        "uuid:" + "x" * 250,
        unit="TDP1",
        household="H" * 64,
        head_name="T" * 255,
        members=str(INTEGER_MAX),
        birth_year="1990",
        photo=name,
    )
    resp = post(srv.url, body, {name: PHOTO}, auth=digest("boss"))
    assert resp.status_code == 201, resp.text
    assert stored(app) == (1, 1)
