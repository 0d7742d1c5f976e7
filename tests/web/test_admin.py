"""Administration pages through the test client with CSRF on: only admins get in, units
and users are created and changed, the Collect QR code is served to admins only, and
XLSForms are uploaded (bad ones named by sheet and row), closed, reopened, downloaded."""

from __future__ import annotations

import base64
import io
import re
import time

import openpyxl
import pytest
import requests

from conftest import add_unit, add_user
from pagehelpers import csrf, sign_in
from server.domain import accounts
from server.store import db
from server.store import forms as forms_q
from server.store import units as units_q
from server.store import users as users_q
from server.web.admin_files import problems

TOKEN = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"')
ADMIN_GETS = [
    "/admin/",
    "/admin/units",
    "/admin/users",
    "/admin/users/admin",
    "/admin/forms",
    "/admin/roster",
]
ADMIN_POSTS = [
    "/admin/units",
    "/admin/users",
    "/admin/users/vol1/token",
    "/admin/users/vol1/revoke",
    "/admin/users/vol1/units",
    "/admin/users/vol1/password",
    "/admin/forms",
    "/admin/forms/khao_sat/close",
    "/admin/roster",
]


def workbook(survey: list[list[str]], form_id: str = "khao_sat", version: str = "1") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title", "version"])
    settings.append([form_id, "Khảo sát thử", version])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD = [["type", "name", "label"], ["text", "unit", "Tổ"], ["integer", "year", "Năm"]]


@pytest.fixture
def town(app):
    add_unit(app, "TOWN", "Thị trấn Phong Sơn")
    add_unit(app, "TDP1", "Tổ dân phố 1", parent="TOWN")
    add_unit(app, "TDP2", "Tổ dân phố 2", parent="TOWN")
    add_user(app, "admin", "admin")
    add_user(app, "bcd", "committee")
    add_user(app, "board1", "board", ("TDP1",))
    add_user(app, "vol1", "volunteer", ("TDP1",), token=True)
    return app


@pytest.fixture
def admin(town):
    client = town.test_client()
    sign_in(client, "admin")
    return client


# ---- who gets in ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ADMIN_GETS)
def test_signed_out_goes_to_login(town, client, path):
    resp = client.get(path)
    assert resp.status_code == 302 and resp.location.startswith("/login?next=")


@pytest.mark.parametrize("username", ["bcd", "board1", "vol1"])
def test_non_admins_get_403_on_every_admin_page(town, client, username):
    sign_in(client, username)
    token = csrf(client, "/password")
    for path in ADMIN_GETS + ["/admin/forms/khao_sat/versions/1/workbook"]:
        resp = client.get(path)
        assert resp.status_code == 403, path
        assert "Chỉ quản trị viên" in resp.text
    for path in ADMIN_POSTS:
        assert client.post(path, data={"csrf_token": token, "code": "X", "name": "X"}).status_code == 403, (
            path
        )
    with town.app_context():
        assert units_q.unit_by_code(db.session(), "X") is None
        assert users_q.by_username(db.session(), "vol1").active


def test_403_page_follows_the_language(town, client):
    sign_in(client, "vol1")
    client.set_cookie("lang", "en")
    resp = client.get("/admin/")
    assert resp.status_code == 403 and "Only administrators may open this page" in resp.text


def test_admin_sees_every_admin_page(admin):
    for path in ADMIN_GETS:
        assert admin.get(path).status_code == 200, path
    assert 'href="/admin/"' in admin.get("/").text


@pytest.mark.parametrize("path", ADMIN_POSTS)
def test_every_admin_post_needs_the_csrf_token(town, admin, path):
    resp = admin.post(path, data={"code": "X", "name": "X", "password": "mat-khau-dai-123"})
    assert resp.status_code == 400
    with town.app_context():
        assert units_q.unit_by_code(db.session(), "X") is None
        assert users_q.by_username(db.session(), "vol1").active


# ---- units --------------------------------------------------------------------------


def test_add_units_and_see_the_tree(town, admin):
    token = csrf(admin, "/admin/units")
    resp = admin.post(
        "/admin/units",
        data={"csrf_token": token, "code": "TDP1A", "name": "Nhóm 1A", "kind": "other", "parent": "TDP1"},
    )
    assert resp.status_code == 302
    page = admin.get("/admin/units").text
    assert "Đã thêm đơn vị TDP1A" in page
    codes = re.findall(r'<span class="code">(\w+)</span>', page)
    assert codes == ["TOWN", "TDP1", "TDP1A", "TDP2"]  # children under their parent
    assert "--depth: 2" in page
    with town.app_context():
        assert units_q.unit_by_code(db.session(), "TDP1A").path.count("/") == 3


def test_duplicate_unit_is_refused_with_a_message(town, admin):
    token = csrf(admin, "/admin/units")
    resp = admin.post("/admin/units", data={"csrf_token": token, "code": "TDP1", "name": "Lại", "parent": ""})
    assert resp.status_code == 200 and "Đã có đơn vị TDP1" in resp.text


def test_unknown_parent_is_a_form_error(admin):
    token = csrf(admin, "/admin/units")
    resp = admin.post("/admin/units", data={"csrf_token": token, "code": "Z", "name": "Z", "parent": "NOPE"})
    assert resp.status_code == 200 and "Lựa chọn không hợp lệ" in resp.text


# ---- users --------------------------------------------------------------------------


def create_user(client, **fields):
    token = csrf(client, "/admin/users")
    data = {"csrf_token": token, "role": "volunteer", "password": "mat-khau-dai-123", **fields}
    return client.post("/admin/users", data=data)


def test_create_user_with_units_and_token_shows_the_qr_once(town, admin, live_server):
    resp = create_user(admin, username="tnv2", full_name="Trần Thị Bình", units=["TDP2"], token="y")
    assert resp.status_code == 200  # the token is on this answer, and only here
    page = resp.text
    assert "Đã tạo người dùng tnv2" in page and "chỉ hiện một lần" in page
    qr = re.search(r'<img class="qr" src="data:image/png;base64,([^"]+)"', page)
    assert base64.b64decode(qr.group(1)).startswith(b"\x89PNG\r\n\x1a\n")
    url = re.search(r"<code>(http[^<]+/key/([^<]+))</code>", page)
    with town.app_context():
        user = users_q.by_username(db.session(), "tnv2")
        assert [u.code for u in user.units] == ["TDP2"] and user.full_name == "Trần Thị Bình"
        assert user.token_hash == accounts.token_digest(url.group(2)) != url.group(2)
    assert url.group(1).startswith(f"{live_server.url}/key/")
    assert requests.get(url.group(1) + "/formList", timeout=10).status_code == 200
    later = admin.get("/admin/users/tnv2").text
    assert url.group(2) not in later and "data:image/png" not in later
    assert "Đã có mã truy cập" in later
    assert "tnv2" in admin.get("/admin/users").text


def test_create_user_refusals_are_shown(admin):
    assert "Đã có người dùng vol1" in create_user(admin, username="vol1").text
    bad = create_user(admin, username="có dấu")
    assert "Tên đăng nhập chỉ gồm chữ, số" in bad.text
    short = create_user(admin, username="ok", password="ngan")
    assert short.status_code == 200 and "Cần ít nhất 8 ký tự" in short.text
    assert create_user(admin, username="ok2", role="king").status_code == 200


def test_user_without_token_and_unknown_user_404(town, admin):
    create_user(admin, username="notoken")
    assert "Chưa có mã truy cập" in admin.get("/admin/users/notoken").text
    missing = admin.get("/admin/users/ai-do")
    assert missing.status_code == 404 and "Không có người dùng ai-do" in missing.text


def test_assign_units_new_token_reset_password_revoke(town, admin):
    page = "/admin/users/vol1"
    with town.app_context():
        old_token = users_q.by_username(db.session(), "vol1").token_hash
    token = csrf(admin, page)
    admin.post(page + "/units", data={"csrf_token": token, "units": ["TDP1", "TDP2"]})
    made = admin.post(page + "/token", data={"csrf_token": token})
    assert made.status_code == 200 and "data:image/png;base64," in made.text
    admin.post(page + "/password", data={"csrf_token": token, "password": "mat-khau-moi-789"})
    with town.app_context():
        user = users_q.by_username(db.session(), "vol1")
        assert sorted(u.code for u in user.units) == ["TDP1", "TDP2"]
        assert user.token_hash and user.token_hash != old_token
        assert accounts.check_password(user, "mat-khau-moi-789")
        assert user.ha1 == accounts.ha1("vol1", town.config["REALM"], "mat-khau-moi-789")
    short = admin.post(page + "/password", data={"csrf_token": token, "password": "x"}, follow_redirects=True)
    assert "Cần ít nhất 8 ký tự" in short.text
    admin.post(page + "/revoke", data={"csrf_token": token})
    with town.app_context():
        user = users_q.by_username(db.session(), "vol1")
        assert not user.active and user.token_hash is None
    assert "Tài khoản đã bị thu hồi" in admin.get(page).text
    assert admin.get(page + "/qr.png").status_code == 404


def test_admin_cannot_revoke_themselves(town, admin):
    token = csrf(admin, "/admin/users/admin")
    admin.post("/admin/users/admin/revoke", data={"csrf_token": token})
    assert admin.get("/").status_code == 200


def test_revoked_users_session_ends(town, admin):
    vol = town.test_client()
    sign_in(vol, "vol1")
    token = csrf(admin, "/admin/users/vol1")
    admin.post("/admin/users/vol1/revoke", data={"csrf_token": token})
    assert vol.get("/").status_code == 302


# ---- forms --------------------------------------------------------------------------


def upload(client, content: bytes, name: str = "khao_sat.xlsx", media=()):
    token = csrf(client, "/admin/forms")
    data = {"csrf_token": token, "workbook": (io.BytesIO(content), name)}
    if media:
        data["media"] = [(io.BytesIO(body), filename) for filename, body in media]
    return client.post("/admin/forms", data=data, content_type="multipart/form-data")


def test_upload_list_close_reopen_download(town, admin):
    content = workbook(GOOD)
    resp = upload(admin, content, media=[("logo.png", b"\x89PNG....")])
    assert resp.status_code == 302
    page = admin.get("/admin/forms").text
    assert "Đã đăng khao_sat, phiên bản 1" in page
    assert "Khảo sát thử" in page and "đang mở" in page and "0 bản gửi" in page
    resp = upload(admin, workbook(GOOD + [["text", "note2", "Ghi chú"]], version="2"))
    assert resp.status_code == 302
    assert "Phiên bản (2)" in admin.get("/admin/forms").text
    with town.app_context():
        form = forms_q.by_xml_id(db.session(), "khao_sat")
        first = forms_q.versions(db.session(), form)[0]
    download = admin.get(f"/admin/forms/khao_sat/versions/{first.id}/workbook")
    assert download.status_code == 200 and download.data == content
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert "khao_sat.xlsx" in download.headers["Content-Disposition"]
    assert admin.get(f"/admin/forms/other/versions/{first.id}/workbook").status_code == 404

    token = csrf(admin, "/admin/forms")
    admin.post("/admin/forms/khao_sat/closing", data={"csrf_token": token})
    page = admin.get("/admin/forms").text
    assert "đang đóng" in page and "Đóng hẳn" in page
    with town.app_context():
        assert forms_q.by_xml_id(db.session(), "khao_sat").state == "closing"
    admin.post("/admin/forms/khao_sat/close", data={"csrf_token": token})
    assert "đã đóng" in admin.get("/admin/forms").text
    with town.app_context():
        assert forms_q.by_xml_id(db.session(), "khao_sat").state == "closed"
    admin.post("/admin/forms/khao_sat/open", data={"csrf_token": token})
    with town.app_context():
        assert forms_q.by_xml_id(db.session(), "khao_sat").state == "open"


def test_bad_xlsform_shows_the_row_and_keeps_the_old_version(town, admin):
    assert upload(admin, workbook(GOOD)).status_code == 302
    bad = workbook([["type", "name", "label"], ["text", "unit", "Tổ"], ["integer", "", "Tuổi"]], version="2")
    resp = upload(admin, bad)
    assert resp.status_code == 400 and "Không nhận tệp này" in resp.text
    cells = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>", resp.text)
    assert len(cells) == 1
    _sheet, row, text = cells[0]
    assert row == "3" and "Question or group with no name" in text
    with town.app_context():
        form = forms_q.by_xml_id(db.session(), "khao_sat")
        assert forms_q.current_version(db.session(), form).version == "1"


def test_same_version_with_other_content_is_a_conflict(town, admin):
    upload(admin, workbook(GOOD))
    resp = upload(admin, workbook(GOOD + [["text", "x", "X"]]))
    assert resp.status_code == 400 and "hãy tăng version" in resp.text


def test_upload_needs_a_workbook_file(admin):
    resp = upload(admin, b"hello", name="notes.txt")
    assert resp.status_code == 400 and "Chỉ nhận tệp .xlsx hoặc .xls" in resp.text


@pytest.mark.parametrize(
    ("text", "sheet", "row"),
    [
        ("a.xlsx: lỗi biểu mẫu: [row : 3] Question or group with no name.", "", "3"),
        ("a.xlsx: form error: [row : 7] On the 'choices' sheet, the 'name' column is empty", "choices", "7"),
        ("a.xlsx, sheet scoring, row 5: mã tiêu chí bị trùng / duplicate code", "scoring", "5"),
        ("a.xlsx: không đọc được tệp", "", ""),
    ],
)
def test_problems_pull_out_sheet_and_row(text, sheet, row):
    [found] = problems(text)
    assert (found.sheet, found.row, found.text) == (sheet, row, text)


def test_problems_split_one_per_line():
    text = "a.xlsx, sheet scoring, row 2: x / x\na.xlsx, sheet rules, row 4: y / y"
    assert [(p.sheet, p.row) for p in problems(text)] == [("scoring", "2"), ("rules", "4")]


# ---- roster -------------------------------------------------------------------------

ROSTER = (
    "mã tổ,mã hộ,chủ hộ,mã công dân,họ tên,năm sinh,giới tính\n"
    "TDP1,H001,Nguyễn Văn An,C001,Nguyễn Văn An,1970,nam\n"
    "TDP1,H001,Nguyễn Văn An,C002,Lê Thị Bình,1972,nữ\n"
)


def send_roster(client, content: bytes, name: str = "danh_sach.csv"):
    token = csrf(client, "/admin/roster")
    data = {"csrf_token": token, "roster": (io.BytesIO(content), name)}
    return client.post("/admin/roster", data=data, content_type="multipart/form-data")


def roster_page(client) -> str:
    """The roster page once the import sent last has ended (it runs in the background)."""
    for _ in range(600):
        page = client.get("/admin/roster").text
        if 'data-import-state="running"' not in page:
            return page
        time.sleep(0.1)
    raise AssertionError("the import never ended")


def test_roster_import_reports_counts_and_refuses_bad_rows(town, admin):
    resp = send_roster(admin, ROSTER.encode())
    assert resp.status_code == 303
    page = roster_page(admin)
    assert "thêm 0 đơn vị, 1 hộ, 2 công dân" in page
    bad = send_roster(admin, (ROSTER + "KHONGCO,H002,Trần Văn C,C003,Trần Văn C,1980,nam\n").encode())
    assert bad.status_code == 303
    page = roster_page(admin)
    assert 'data-import-state="refused"' in page and "Không nhận tệp này" in page
    cells = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>", page)
    assert [row for _s, row, _t in cells] == ["4"] and "KHONGCO" in cells[0][2]
    again = send_roster(admin, ROSTER.encode())
    assert again.status_code == 303
    assert "2 dòng không đổi" in roster_page(admin)
    assert send_roster(admin, b"x", name="list.pdf").status_code == 400
