"""The results pages through the test client on `kieumau demo`'s town: what each role sees and
may not see, the figures against results_view, the drill-down to one submission with its
labels, photo and edit history, the photo route's scope and content type, the survey
month's chart, and the English catalogue of these pages."""

from __future__ import annotations

import io
from datetime import timedelta

import demotown
from demotown import YEAR, counting_submission, sign_in

from pagehelpers import TOKEN
from server.domain import accounts, results_view
from server.formats.instance import fill_instance
from server.store import db
from server.store import forms as forms_q
from server.store import users as users_q
from server.store.models import Submission

demo_town = demotown.demo_town  # the fixture, shared with the other page tests

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"


def test_committee_sees_the_town_and_the_figures_match(demo_town, client):
    sign_in(client, "bcd")
    assert client.get("/years/").location == f"/years/{YEAR}"
    page = client.get(f"/years/{YEAR}")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    with demo_town.app_context():
        session = db.session()
        units = results_view.units(session, users_q.by_username(session, "bcd"), YEAR)
        detail = results_view.unit_detail(session, users_q.by_username(session, "bcd"), YEAR, "TDP01")
    for u in units:
        f = u["figures"]
        assert u["name"] in page.text
        assert f"{f['households_surveyed']}/{f['households_registry']}" in page.text
        shown = u["recognition"]["shown"]  # model citizens at the stage all its groups reached
        assert f"{shown['citizens']}/{f['adults_registry']}" in page.text
    assert page.text.count('class="unit-row"') == 5  # the ward, the demo's two agencies and two groups
    # the survey month's chart, drawn on the server: November, or (the demo was built in
    # another month) the month of the latest submission, with that month's count
    with demo_town.app_context():
        local = [
            s.received_at + timedelta(hours=7) for s in db.session().query(Submission).filter_by(current=True)
        ]
    month = 11 if any(at.month == 11 and at.year == YEAR for at in local) else max(local).month
    total = sum(
        1 for at in local if at.month == month and at.year == (YEAR if month == 11 else max(local).year)
    )
    assert "<svg" in page.text and f"Tháng {month}: {total} phiếu" in page.text
    assert f"/reports/{YEAR}/units.xlsx" in page.text  # town downloads for the committee
    assert "<script" not in page.text

    unit = client.get(f"/years/{YEAR}/units/TDP01")
    f = detail["figures"]
    assert unit.status_code == 200
    assert f"{detail['recognition']['shown']['households']}/{f['households_registry']}" in unit.text
    assert "Tỷ lệ gia đình kiểu mẫu" in unit.text  # the title's checks, explained
    passed, seen = f["criteria"]["household"]["GD01"]
    assert "GD01 · Không là hộ nghèo, cận nghèo" in unit.text and f"{passed}/{seen}" in unit.text
    assert f"/reports/{YEAR}/units/TDP01/minutes.pdf" in unit.text
    town = client.get(f"/years/{YEAR}/units/PS")
    assert "Các đơn vị trực thuộc" in town.text and "Hạng 1" in town.text and "Hạng 2" in town.text

    households = client.get(f"/years/{YEAR}/units/TDP01/households")
    assert households.text.count("/submissions/") == 25 and "Trang 1 / " in households.text
    assert client.get(f"/years/{YEAR}/units/TDP01/households?page=2").text.count("/submissions/") == 25
    missed = client.get(f"/years/{YEAR}/units/TDP01/citizens?only=missed")
    assert missed.text.count("✗ chưa đạt") == f["citizens_surveyed"] - f["model_citizens"]
    assert client.get(f"/years/{YEAR}/units/TDP01/things").status_code == 404
    assert client.get(f"/years/{YEAR}/units/NOPE").status_code == 404

    sub = counting_submission(demo_town, "TDP01")
    one = client.get(f"/submissions/{sub.id}")
    assert one.status_code == 200
    assert "Nhà ở của hộ" in one.text  # the question's label from the form's itext
    assert "Số thành viên của hộ" in one.text and "hh_members" not in one.text  # a calculate's label
    assert "Kết quả chấm" in one.text and "Lịch sử phiếu" in one.text
    assert "Loại phiếu này" not in one.text  # rejecting is the board's
    client.get("/lang/en")
    english = client.get(f"/submissions/{sub.id}")
    assert "The household&#39;s housing" in english.text and "Score" in english.text
    assert "Not a poor or near-poor household" in english.text


def test_each_role_sees_only_its_subtree(demo_town, client):
    sign_in(client, "bvd02")
    year = client.get(f"/years/{YEAR}")
    assert "Tổ dân phố 2" in year.text and "Tổ dân phố 1" not in year.text and "Thị trấn" not in year.text
    assert "units.xlsx" not in year.text  # town files are the committee's
    assert client.get(f"/years/{YEAR}/units/TDP02").status_code == 200
    other = counting_submission(demo_town, "TDP01")
    mine = counting_submission(demo_town, "TDP02")
    for path in (
        f"/years/{YEAR}/units/TDP01",
        f"/years/{YEAR}/units/PS",
        f"/years/{YEAR}/units/TDP01/households",
        f"/submissions/{other.id}",
        f"/submissions/{other.id}/files/x.jpg",
        f"/years/{YEAR}/units/TDP01/review",
    ):
        resp = client.get(path)
        assert resp.status_code == 403, path
        assert "Bạn không phụ trách" in resp.text or "Bạn không xem được" in resp.text
    page = client.get(f"/submissions/{mine.id}")
    assert page.status_code == 200 and "Loại phiếu này" in page.text

    volunteer = demo_town.test_client()
    sign_in(volunteer, "tnv01")
    for path in (f"/years/{YEAR}", f"/years/{YEAR}/units/TDP01", f"/submissions/{other.id}", "/reviews/"):
        assert volunteer.get(path).status_code == 403, path
    assert "Kết quả" not in volunteer.get("/").text.split("<main")[0]  # no nav link either
    stranger = demo_town.test_client()
    assert stranger.get(f"/years/{YEAR}").location.startswith("/login?next=")


def _edit_with_photo(app, client, sub: Submission, photo: bytes, name: str) -> int:
    """Send an edit of `sub` with a photo through OpenRosa, as Collect would."""
    with app.app_context():
        session = db.session()
        xml = forms_q.current_version(session, forms_q.by_xml_id(session, "gia_dinh_kieu_mau")).xml
        volunteer = users_q.by_username(session, f"tnv{sub.unit_code[-2:]}")  # the unit's volunteer
        token = accounts.new_token(volunteer)
        session.commit()
    answers = {
        k: v for k, v in sub.data.items() if isinstance(v, str) and v and k not in ("instanceID", "label")
    }
    answers.update({"photo": name, "meta/deprecatedID": sub.instance_id})
    edited = fill_instance(xml, answers, sub.instance_id + "-sua")
    resp = client.post(
        f"/key/{token}/submission",
        data={
            "xml_submission_file": (io.BytesIO(edited), "submission.xml", "text/xml"),
            name: (io.BytesIO(photo), name, "image/jpeg"),
        },
        headers={"X-OpenRosa-Version": "1.0"},
    )
    assert resp.status_code == 201, resp.text
    with app.app_context():
        return db.session().query(Submission).filter_by(instance_id=sub.instance_id + "-sua").one().id


def test_photo_and_edit_history_on_the_submission_page(demo_town, client):
    first = counting_submission(demo_town, "TDP01")
    new_id = _edit_with_photo(demo_town, client, first, JPEG, "cong.jpg")
    sign_in(client, "bcd")
    page = client.get(f"/submissions/{new_id}")
    photo_url = f"/submissions/{new_id}/files/cong.jpg"
    assert f'src="{photo_url}"' in page.text and "sửa phiếu trước" in page.text
    assert f'href="/submissions/{first.id}"' in page.text  # the version it replaced
    old = client.get(f"/submissions/{first.id}")
    assert "Phiếu này đã được sửa" in old.text and f'href="/submissions/{new_id}"' in old.text
    photo = client.get(photo_url)
    assert photo.status_code == 200 and photo.data == JPEG and photo.mimetype == "image/jpeg"
    assert photo.headers["Cache-Control"].startswith("private")
    assert client.get(photo_url, headers={"If-None-Match": photo.headers["ETag"]}).status_code == 304
    assert client.get(f"/submissions/{new_id}/files/other.jpg").status_code == 404

    board2 = demo_town.test_client()
    sign_in(board2, "bvd02")
    assert board2.get(photo_url).status_code == 403
    board1 = demo_town.test_client()
    sign_in(board1, "bvd01")
    assert board1.get(photo_url).status_code == 200

    # a "photo" that is really HTML is never served as a page
    second = counting_submission(demo_town, "TDP02")
    trap_id = _edit_with_photo(
        demo_town, demo_town.test_client(), second, b"<script>alert(1)</script>", "x.jpg"
    )
    trap = client.get(f"/submissions/{trap_id}/files/x.jpg")
    assert trap.mimetype == "application/octet-stream" and trap.headers["Content-Disposition"] == "attachment"


def test_no_results_yet_is_said_plainly(app, client):
    from conftest import PASSWORD, add_unit, add_user

    add_unit(app, "PS", "Thị trấn")
    add_user(app, "bcd2", "committee")
    token = TOKEN.search(client.get("/login").text).group(1)
    client.post("/login", data={"csrf_token": token, "username": "bcd2", "password": PASSWORD})
    page = client.get("/years/")
    assert page.status_code == 200 and "Chưa có kết quả nào" in page.text
    empty = client.get("/years/2030")
    assert empty.status_code == 200


def test_every_results_and_review_string_has_an_english_translation():
    """As tests/web/test_pages.py checks for the other page modules."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
    from babel.messages.mofile import read_mo

    from conftest import ROOT

    server = ROOT / "server"
    modules = (
        "dashboard",
        "review_pages",
        "review_forms",
        "document_pages",
        "document_forms",
        "reward_pages",
        "reward_forms",
        "summary_pages",
    )
    sources = [(server / "web" / f"{m}.py", "python") for m in modules] + [
        (p, "jinja2")
        for folder in ("dashboard", "review")
        for p in (server / "templates" / folder).glob("*.html")
    ]
    keywords = {**DEFAULT_KEYWORDS, "_l": None}
    wanted = {
        msg for path, method in sources for _n, msg, _c, _x in extract_from_file(method, path, keywords)
    }
    assert len(wanted) > 100
    with (server / "translations/en/LC_MESSAGES/messages.mo").open("rb") as fh:
        translated = {m.id for m in read_mo(fh) if m.id and m.string}
    assert sorted(wanted - translated) == []
