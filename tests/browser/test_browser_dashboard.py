"""The results and review pages in real headless Chromium at a phone's size (360x740), on
`kieumau demo`'s town: a board member records the evaluation meeting of TDP02 with
JavaScript off, then the committee opens the dashboard, drills down to one household's
submission and approves TDP02's list. No page may scroll sideways. Screenshots land in
test-output/dashboard-*.png for a person to look at. Skipped without /usr/bin/chromium."""

from __future__ import annotations

from datetime import date, timedelta

import demotown
from browserkit import expect, needs_chromium, phone, phone_shot
from demotown import PW, YEAR

demo_town = demotown.demo_town  # the fixture

pytestmark = needs_chromium


def shot(page, name: str) -> None:
    phone_shot(page, f"dashboard-{name}")


def test_board_reviews_then_committee_drills_down_and_approves(browser, demo_town, live_server):
    url = live_server.url

    # the board of TDP02, on a phone with JavaScript off: every step is a plain form
    with phone(browser, url, "bvd02", PW, javascript=False) as page:
        page.get_by_role("link", name="Bình xét", exact=True).click()
        assert page.get_by_text("Tổ dân phố 1").count() == 0
        page.get_by_role("link", name="Tổ dân phố 2").first.click()
        page.wait_for_url(f"{url}/years/{YEAR}/units/TDP02/review")
        shot(page, "01-board-review-open")
        held = date.today() - timedelta(days=20)
        page.get_by_label("Ngày họp").fill(held.isoformat())
        page.get_by_label("Địa điểm").fill("Nhà văn hóa tổ 2")
        page.get_by_label("Chủ trì").fill("Nguyễn Văn Tổ")
        page.get_by_label("Thư ký").fill("Trần Thị Ký")
        page.get_by_label("Số người dự").fill("32")
        page.get_by_label("Số người được mời").fill("40")
        page.get_by_role("button", name="Lưu thông tin cuộc họp").click()
        expect(page.get_by_text("Đã lưu thông tin cuộc họp.")).to_be_visible()

        first = page.locator("li.proposal").first
        first.get_by_label("Không đồng ý", exact=True).check()
        first.get_by_label("Phiếu đồng ý").fill("5")
        first.get_by_label("Tổng số phiếu", exact=True).fill("32")
        first.get_by_label("Lý do (bắt buộc khi không đồng ý)").fill("Chưa gương mẫu trong sinh hoạt tổ")
        shot(page, "02-board-one-row")
        page.get_by_role("button", name="Lưu ý kiến trang này").click()
        expect(page.get_by_text("Đã lưu 1 ý kiến bình xét.")).to_be_visible()
        page.get_by_label("Số phiếu đồng ý").fill("30")
        page.get_by_label("Tổng số phiếu", exact=True).first.fill("32")
        page.get_by_role("button", name="Đồng ý tất cả đề nghị còn lại").click()
        expect(page.get_by_text("Đã ghi đồng ý cho các đề nghị còn lại.")).to_be_visible()
        page.get_by_role("button", name="Gửi kết quả bình xét").click()
        expect(page.get_by_text("Đã hoàn tất bình xét")).to_be_visible()
        page.get_by_label("Ngày niêm yết").fill((held + timedelta(days=1)).isoformat())
        page.get_by_role("button", name="Ghi ngày niêm yết").click()
        expect(page.get_by_text("Đã ghi ngày niêm yết danh sách.")).to_be_visible()
        shot(page, "03-board-review-submitted")

    # the committee, with JavaScript on as most phones have it
    with phone(browser, url, "bcd", PW) as page:
        page.get_by_role("link", name="Kết quả", exact=True).click()
        page.wait_for_url(f"{url}/years/{YEAR}")
        assert page.locator("figure.chart svg rect").count() >= 1
        shot(page, "04-year")
        page.get_by_role("link", name="Tổ dân phố 1").first.click()
        page.wait_for_url(f"{url}/years/{YEAR}/units/TDP01")
        expect(page.get_by_role("heading", name="Tỷ lệ đạt từng tiêu chí: hộ gia đình")).to_be_visible()
        shot(page, "05-unit")
        page.get_by_role("link", name="hộ đã đánh giá").click()
        shot(page, "06-households")
        page.locator("ul.subjects > li a").first.click()
        expect(page.get_by_role("heading", name="Kết quả chấm")).to_be_visible()
        expect(page.get_by_role("heading", name="Lịch sử phiếu")).to_be_visible()
        shot(page, "07-submission")

        page.get_by_role("link", name="Bình xét", exact=True).click()
        page.wait_for_url(f"{url}/years/{YEAR}/approvals")
        shot(page, "08-approvals")
        # the group marks criteria as met: the committee checks each on the unit's page
        page.locator("#unit-TDP02").get_by_role("link", name="tiêu chí tổ tự đánh giá").click()
        form = page.locator("form#approve")
        confirms = form.get_by_label("Xác nhận đạt")
        assert confirms.count() > 0
        for i in range(confirms.count()):
            confirms.nth(i).check()
        form.get_by_label("BCĐ đã kiểm tra bảng tự đánh giá của tổ và biên bản họp").check()
        shot(page, "09-criteria-checked")
        form.get_by_role("button", name="Phê duyệt danh sách").click()
        expect(page.get_by_text("Đã phê duyệt danh sách của TDP02.")).to_be_visible()
        page.get_by_role("link", name="Bình xét", exact=True).click()
        expect(page.locator("#unit-TDP02").get_by_text("đã phê duyệt")).to_be_visible()
        shot(page, "09-approved")
        page.get_by_role("link", name="English").click()
        expect(page.get_by_role("heading", name=f"Review {YEAR}")).to_be_visible()
        shot(page, "10-approvals-english")
