"""The web forms in a Vietnamese phone browser (Chromium, vi-VN, 390x844): decimals typed with
either sign, dates day first, the engine's own texts in Vietnamese, form titles wrapped between
words. Helpers and the `site` fixture come from test_webforms."""

from __future__ import annotations

import pytest
from browser import test_webforms as wf
from browser.test_webforms import (
    AGENCY_FORMS,
    BUNDLED,
    PHONE,
    fill_form,
    open_app,
    open_form,
    outbox_card,
    shot,
    submissions,
)
from browserkit import needs_chromium

site = wf.site  # the fixture: a live server with the bundled forms, a roster and a volunteer

pytestmark = needs_chromium
ENGLISH = ["Send", "Get location", "accuracy", "Try again", "Choose image", "question with error", "Latitude"]


def decimal_box(page):
    return page.locator("#formhost input[data-decimal=yes]").first


def type_decimal(page, text: str) -> str:
    box = decimal_box(page)
    box.scroll_into_view_if_needed()
    box.click()
    box.press("Control+a")
    box.press("Backspace")
    box.press_sequentially(text)
    box.press("Tab")
    return box.input_value()


def test_decimals_either_sign_and_dates_day_first(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    open_app(page, site.app_url)
    open_form(page, "to_dan_pho_kieu_mau")
    decimal_box(page).wait_for(state="attached", timeout=10000)
    assert decimal_box(page).get_attribute("inputmode") == "decimal"  # a keyboard with a sign
    assert type_decimal(page, "80,25") == "80,25"
    assert type_decimal(page, "75.5") == "75,5"  # was 755, refused as "Từ 0 đến 100"

    date = page.locator("#formhost .p-datepicker input").first
    date.click()
    page.locator(".p-datepicker-panel").wait_for()
    today = page.evaluate(
        "() => { const d = new Date(); return [d.getDate(), d.getMonth() + 1, d.getFullYear()] }"
    )
    assert "Hôm nay" in page.locator(".p-datepicker-panel").inner_text()  # PrimeVue's texts too
    page.locator(".p-datepicker-today-button").click()
    page.keyboard.press("Escape")
    assert date.input_value() == "{:02d}/{:02d}/{}".format(*today)
    date.fill("07/12/2026")  # 7 December, typed the Vietnamese way
    date.press("Tab")
    assert date.input_value() == "07/12/2026"
    shot(page, "vi-decimal-date", full_page=False)

    fill_form(page, {"Tổ dân phố / thôn / cơ quan": "TDP01"})
    page.locator("#formhost").get_by_role("button", name="Gửi").click()
    outbox_card(page, "sent").wait_for(timeout=20000)
    xml = submissions(app)[0].xml
    assert b"<ty_le_phan_loai_rac>75.5</ty_le_phan_loai_rac>" in xml
    assert b"<ngay_hop>2026-12-07</ngay_hop>" in xml
    context.close()


def test_engine_texts_in_vietnamese(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_app(page, site.app_url)
    open_form(page, "gia_dinh_kieu_mau")
    box = page.locator("#formhost")
    title = box.locator("h1").first
    assert title.evaluate("h => getComputedStyle(h).wordBreak") == "normal"  # no "phiế u"
    box.get_by_role("button", name="Gửi").click()
    box.get_by_text("câu hỏi có lỗi.").first.wait_for(timeout=10000)
    before = box.inner_text()
    assert "Câu hỏi này bắt buộc phải trả lời" in before and "Lấy vị trí" in before
    fill_form(page, {"Hộ chưa có trong danh sách": "no", "Hộ gia đình": "Nguyễn Văn An – Số 1 ngõ 2"})
    seen = box.inner_text()
    assert "Chọn ảnh" in seen and "Độ chính xác tốt" in seen and "Vĩ độ: 21.0285" in seen
    for english in ENGLISH:
        assert english not in before + seen, english
    shot(page, "vi-engine-texts")
    context.close()


def test_draft_kept_across_reload_and_resumed_offline(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_app(page, site.app_url)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30000)
    open_form(page, "dang_ky_thi_dua")
    page.locator("#formhost .question-container label.value-option").first.click()
    page.locator("#draft-state").get_by_text("Đã lưu nháp").wait_for(timeout=10000)  # no button pressed
    page.reload()  # the tab is gone with the half-filled form
    page.wait_for_selector("body[data-ready=yes]")
    assert page.locator("#drafts li.card").count() == 1

    context.set_offline(True)  # and the volunteer is out of coverage
    page.reload()
    page.wait_for_selector("body[data-ready=yes]")
    page.locator("#drafts li.card").get_by_role("button", name="Tiếp tục").click()
    page.locator("#formhost .form-initialization-status.ready").wait_for(state="attached", timeout=30000)
    assert page.locator("#formhost input[type=radio]:checked").count() >= 1  # the answer came back
    fill_form(page, {})
    page.locator("#formhost").get_by_role("button", name="Gửi").click()
    outbox_card(page, "pending").wait_for(timeout=15000)
    assert page.locator("#drafts li.card").count() == 0  # the draft became the submission
    context.set_offline(False)
    outbox_card(page, "sent").wait_for(timeout=20000)
    page.wait_for_timeout(1500)  # a late draft write would show up now
    assert page.locator("#drafts li.card").count() == 0
    assert len(submissions(app)) == 1
    context.close()


# What a volunteer picks in each bundled form (the rest: the first choice, 0 for numbers).
CHOICES = {
    "gia_dinh_kieu_mau": {"Hộ chưa có trong danh sách": "no", "Hộ gia đình": "Nguyễn Văn An – Số 1 ngõ 2"},
    "cong_dan_kieu_mau": {
        "Hộ gia đình": "Nguyễn Văn An – Số 1 ngõ 2",
        "chưa có trong danh sách thành viên": "no",
        "Công dân (họ tên": "C002",  # a list of radio buttons: the code
    },
    "dang_ky_thi_dua": {},
    "to_dan_pho_kieu_mau": {},
    "co_quan_kieu_mau": {},
    "can_bo_kieu_mau": {"Cán bộ, công chức, viên chức (họ tên": "Lê Thị Cúc"},  # a search box: the name
}


@pytest.mark.parametrize("form_id", BUNDLED)
def test_every_bundled_form_filled_in_vietnamese_and_sent(browser, site, app, form_id):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    open_app(page, site.agency_app_url if form_id in AGENCY_FORMS else site.app_url)
    open_form(page, form_id)
    if page.locator("#formhost input[data-decimal=yes]").count():
        assert type_decimal(page, "12.5") == "12,5"
    for date in page.locator("#formhost .p-datepicker input").all():
        date.fill("07/12/2026")
        date.press("Tab")
    fill_form(page, CHOICES[form_id], numbers={"Số nhân khẩu": "4", "BHYT": "4"})
    page.locator("#formhost").get_by_role("button", name="Gửi").click()
    outbox_card(page, "sent").wait_for(timeout=20000)
    rows = submissions(app)
    assert len(rows) == 1 and f'id="{form_id}"'.encode() in rows[0].xml
    context.close()
