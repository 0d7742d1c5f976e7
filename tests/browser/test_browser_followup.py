"""The follow-up in real headless Chromium at a phone's size (360x740), on `kieumau demo`'s
town: the committee moves the meetings' deadline to yesterday on the follow-up page, sees
TDP02 lagging (its meeting not held) with a link to act, sends it a reminder; the board of
TDP02 sees the reminder on its home page. No page may scroll sideways. Screenshots land in
test-output/followup-*.png. Skipped without /usr/bin/chromium."""

from __future__ import annotations

from datetime import timedelta

import demotown
from browserkit import expect, needs_chromium, phone, phone_shot
from demotown import PW, YEAR

from server.domain import followup

demo_town = demotown.demo_town  # the fixture

pytestmark = needs_chromium


def shot(page, name: str) -> None:
    phone_shot(page, f"followup-{name}")


def test_the_committee_reminds_a_lagging_group_and_its_board_sees_it(browser, demo_town, live_server):
    url = live_server.url
    with phone(browser, url, "bcd", PW) as page:
        page.goto(f"{url}/years/{YEAR}/followup")
        yesterday = followup.local_today() - timedelta(days=1)
        if yesterday.year == YEAR:
            page.get_by_label("Họp bình xét").fill(yesterday.isoformat())
        else:  # the demo's year is over: its deadlines have passed anyway
            page.get_by_label("Họp bình xét").fill(f"{YEAR}-12-10")
        page.get_by_role("button", name="Lưu lịch").click()
        expect(page.get_by_text(f"Đã lưu lịch của năm {YEAR}.")).to_be_visible()
        row = page.locator("#unit-TDP02")
        expect(row.get_by_text("Chưa họp bình xét")).to_be_visible()
        assert row.locator("li.reason-meeting a").get_attribute("href").endswith("/TDP02/review")
        for other in page.locator("ul.lagging input[type=checkbox]").all():
            if other.get_attribute("value") != "TDP02":
                other.uncheck()
        page.get_by_label("Lời nhắc (không bắt buộc, tối đa 1000 ký tự)").fill(
            "Đề nghị tổ họp bình xét trong tuần này và gửi kết quả về Ban chỉ đạo."
        )
        shot(page, "lagging")
        page.get_by_role("button", name="Gửi lời nhắc tới các đơn vị đã chọn").click()
        expect(page.get_by_text("Đã gửi lời nhắc tới 1 đơn vị.")).to_be_visible()

    with phone(browser, url, "bvd02", PW) as page:
        due = page.locator("section.due")
        expect(due.get_by_text("Đề nghị tổ họp bình xét trong tuần này")).to_be_visible()
        expect(due.get_by_text("Chưa họp bình xét").first).to_be_visible()
        shot(page, "board-home")
