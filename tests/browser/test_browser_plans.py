"""The plan pages in real headless Chromium at a phone's size (360x740), JavaScript off, on
`kieumau demo`'s town (registrations, plans, a mid-year round, an inspection of TDP01): the
board of TDP02 ticks its households and adds a focus criterion to its plan; the committee
sees the year's plans, approves TDP02's, reads the round and TDP01's inspection. No page may
scroll sideways. Screenshots land in test-output/plans-*.png. Skipped without Chromium."""

from __future__ import annotations

import demotown
from browserkit import needs_chromium, phone, phone_shot
from demotown import PW, YEAR

demo_town = demotown.demo_town  # the fixture

pytestmark = needs_chromium


def shot(page, name: str) -> None:
    phone_shot(page, f"plans-{name}")


def test_board_plans_and_committee_follows(browser, demo_town, live_server):
    url = live_server.url
    with phone(browser, url, "bvd02", PW, javascript=False) as page:
        page.get_by_role("link", name="Kế hoạch", exact=True).click()
        assert page.get_by_text("Tổ dân phố 1").count() == 0  # another unit's plan is not listed
        page.get_by_role("link", name="Tổ dân phố 2").click()
        page.wait_for_url(f"{url}/plans/{YEAR}/TDP02")
        shot(page, "01-board-plan")

        page.get_by_role("link", name="Chọn hộ đăng ký").click()
        boxes = page.locator("input[name=hh]")
        assert boxes.count() == 75
        first = boxes.first
        if first.is_checked():
            first.uncheck()
        else:
            first.check()
        shot(page, "02-board-households")
        page.get_by_role("button", name="Lưu danh sách đăng ký").click()
        page.wait_for_url(f"{url}/plans/{YEAR}/TDP02")
        assert page.get_by_text("hộ đăng ký Gia đình kiểu mẫu").count() == 1

        focus = page.locator("details.focus", has=page.locator("input[name='focus:citizen:CD05']"))
        focus.locator("summary").click()  # opens it
        focus.get_by_label("Tiêu chí trọng tâm").check()
        focus.get_by_label("Tỷ lệ cần đạt (%)").fill("100")
        focus.get_by_label("Hạn").fill(f"{YEAR}-08-31")
        focus.get_by_label("Người phụ trách").fill("Hội Người cao tuổi")
        shot(page, "03-board-plan-edit")
        page.get_by_role("button", name="Lưu kế hoạch").click()
        page.wait_for_url(f"{url}/plans/{YEAR}/TDP02")
        assert page.get_by_text("Đã lưu kế hoạch").count() == 1
        assert page.get_by_text("Hội Người cao tuổi").count() >= 1

    with phone(browser, url, "bcd", PW, javascript=False) as page:
        page.get_by_role("link", name="Kế hoạch", exact=True).click()
        page.wait_for_url(f"{url}/plans/{YEAR}")
        shot(page, "04-committee-year")
        page.get_by_role("link", name="Tổ dân phố 2").click()
        page.get_by_role("button", name="Phê duyệt kế hoạch").click()
        page.wait_for_url(f"{url}/plans/{YEAR}/TDP02")
        assert page.get_by_text("kế hoạch đã phê duyệt").count() == 1
        page.goto(f"{url}/plans/{YEAR}/TDP01")
        shot(page, "05-committee-plan-progress")
        page.get_by_role("link", name="Các đợt kiểm tra trong năm").count()  # on the year page
        page.goto(f"{url}/rounds/{YEAR}")
        assert page.get_by_text("Kiểm tra giữa năm").count() >= 1
        shot(page, "06-committee-rounds")
        page.goto(f"{url}/plans/{YEAR}/TDP01")
        page.get_by_role("link", name=f"Biên bản kiểm tra ngày {YEAR}-07-10").click()
        assert page.get_by_text("Tiến độ theo lộ trình").count() == 1
        shot(page, "07-committee-inspection")
        page.get_by_role("link", name="Ghi biên bản kiểm tra").count()
        page.goto(f"{url}/inspections/{YEAR}/TDP02/new")
        shot(page, "08-committee-new-inspection")
