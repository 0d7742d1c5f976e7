"""The pages in real headless Chromium at a phone's size (360x740): sign in, move through
the administration, create a user and see the QR code, upload a broken XLSForm, switch
language, sign out; and the same sign-in with JavaScript off. Screenshots land in
test-output/ for a person to look at. Skipped when /usr/bin/chromium is missing."""

from __future__ import annotations

import io

import openpyxl
import pytest
from browserkit import PHONE, needs_chromium, no_sideways_scroll, phone, shot, sign_in

from conftest import PASSWORD, add_unit, add_user

pytestmark = needs_chromium


@pytest.fixture
def site(app, live_server):
    add_unit(app, "PS", "Thị trấn Phong Sơn")
    for n in range(1, 4):
        add_unit(app, f"TDP{n}", f"Tổ dân phố số {n}", parent="PS")
    add_user(app, "quantri", "admin")
    add_user(app, "totruong1", "board", ("TDP1",))
    return live_server


def bad_workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in (["type", "name", "label"], ["text", "ho_ten", "Họ tên"], ["integer", "", "Tuổi"]):
        sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["thu", "1"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_admin_on_a_phone(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    url = site.url

    page.goto(url + "/login")
    shot(page, "01-login")
    no_sideways_scroll(page)
    page.keyboard.press("Tab")
    focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused == "solid"  # keyboard focus is visible

    sign_in(page, url, "quantri", PASSWORD)
    shot(page, "02-home")
    page.locator("details.usermenu summary").click()
    shot(page, "03-user-menu")
    page.locator("details.usermenu summary").click()

    page.get_by_role("link", name="Quản trị").click()
    shot(page, "04-admin-index")
    page.get_by_role("link", name="Đơn vị").first.click()
    page.get_by_label("Mã đơn vị").fill("CQ1")
    page.get_by_label("Tên đơn vị").fill("Trường Tiểu học Phong Sơn")
    page.get_by_label("Thuộc đơn vị").select_option("PS")
    page.get_by_label("Loại").select_option("agency")
    page.get_by_role("button", name="Thêm đơn vị").click()
    assert page.get_by_text("Đã thêm đơn vị CQ1").is_visible()
    shot(page, "05-units")
    no_sideways_scroll(page)

    page.get_by_role("link", name="Người dùng").first.click()
    page.get_by_label("Tên đăng nhập").fill("tinhnguyen2")
    page.get_by_label("Họ và tên").fill("Lê Thị Hoa")
    page.get_by_label("Vai trò").select_option("volunteer")
    page.get_by_label("Mật khẩu ban đầu").fill("mat-khau-dai-123")
    page.get_by_label("Tổ dân phố số 2 (TDP2)").check()
    shot(page, "06-new-user-form")
    page.get_by_role("button", name="Tạo người dùng").click()
    # the token is shown on the answer to this POST, and never again (only its digest is kept)
    page.get_by_role("heading", name="tinhnguyen2").wait_for()
    qr = page.locator("img.qr")
    qr.scroll_into_view_if_needed()
    assert page.evaluate("document.querySelector('img.qr').naturalWidth") > 100
    assert page.locator(".url code").inner_text().startswith(url + "/key/")
    shot(page, "07-user-qr")
    no_sideways_scroll(page)

    page.get_by_role("link", name="Biểu mẫu", exact=True).first.click()
    page.get_by_label("Tệp XLSForm (.xlsx)").set_input_files(
        files=[{"name": "thu.xlsx", "mimeType": "application/octet-stream", "buffer": bad_workbook()}]
    )
    page.get_by_role("button", name="Tải lên và đăng").click()
    assert page.get_by_role("heading", name="Không nhận tệp này").is_visible()
    assert page.locator("table.problems td").nth(1).inner_text() == "3"
    shot(page, "08-forms-error")
    no_sideways_scroll(page)

    page.get_by_role("link", name="English").click()
    assert page.get_by_role("heading", name="Forms", exact=True).is_visible()
    shot(page, "09-forms-english")
    page.get_by_role("link", name="Tiếng Việt").click()

    page.locator("details.usermenu summary").click()
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url(url + "/login")
    assert page.get_by_text("Đã đăng xuất.").is_visible()
    shot(page, "10-signed-out")
    page.goto(url + "/admin/users")
    assert page.url.startswith(url + "/login")
    context.close()


def test_board_without_javascript(browser, site):
    with phone(browser, site.url, "totruong1", PASSWORD, javascript=False) as page:
        assert (
            page.locator("ul.tree").get_by_text("Tổ dân phố số 1").is_visible()
        )  # its units (also in what is due)
        assert page.get_by_text("Tổ dân phố số 2").count() == 0
        assert page.get_by_role("link", name="Quản trị").count() == 0
        shot(page, "11-board-home-nojs")
        response = page.goto(site.url + "/admin/")
        assert response.status == 403
        shot(page, "12-board-403")
        page.goto(site.url + "/logout")
        page.get_by_role("button", name="Đăng xuất").last.click()
        page.wait_for_url(site.url + "/login")
