"""The outbox in a Vietnamese phone browser: a card names the chosen household by its head
and address, not only its code; with the phone online but the server unreachable the page
says so instead of "no network"."""

from __future__ import annotations

from browser import test_webforms as wf
from browser.test_webforms import PHONE, fill_form, open_app, open_form, outbox_card, shot
from browserkit import needs_chromium

pytestmark = needs_chromium
site = wf.site  # the fixture: a live server with the bundled forms, a roster and a volunteer


def test_card_names_the_household_and_unreachable_server_is_said(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_app(page, site.app_url)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30000)
    assert page.locator("#net").inner_text() == "Có mạng"
    site.stop()  # the phone stays online; the server is gone

    open_form(page, "gia_dinh_kieu_mau")
    fill_form(page, {"Hộ chưa có trong danh sách": "no", "Hộ gia đình": "Nguyễn Văn An – Số 1 ngõ 2"})
    page.locator("#formhost").get_by_role("button", name="Gửi").click()
    card = outbox_card(page, "pending")
    card.wait_for(timeout=15000)
    page.locator(".card .message").first.wait_for(timeout=15000)
    text = card.inner_text()
    assert "Hộ H001" in text and "Nguyễn Văn An – Số 1 ngõ 2" in text
    assert "không kết nối được máy chủ" in text and "không có mạng" not in text
    page.wait_for_function("() => document.getElementById('net').dataset.online === 'unreachable'")
    assert page.locator("#net").inner_text() == "Không kết nối được máy chủ"

    page.reload()  # from the service worker's copy
    page.wait_for_selector("body[data-ready=yes]", timeout=30000)
    assert page.locator("#net").inner_text() == "Không kết nối được máy chủ"
    assert "Nguyễn Văn An – Số 1 ngõ 2" in outbox_card(page, "pending").inner_text()
    shot(page, "outbox-unreachable")
    context.close()
