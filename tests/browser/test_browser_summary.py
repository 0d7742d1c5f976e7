"""The year-end summary page in real headless Chromium, on two years of `kieumau demo`: at a
phone's size (360x740) nothing scrolls sideways and the charts are drawn (inline SVG, no
script needed), and on a desktop. Screenshots land in test-output/summary-*.png, with the
first page of the báo cáo tổng kết (pdftoppm) beside them, for a person to look at."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import requests
from browserkit import SHOTS, needs_chromium, no_sideways_scroll, phone, sign_in
from demotown import PW, run_demo

pytestmark = needs_chromium


@pytest.fixture
def two_years(app, database_url, tmp_path, monkeypatch):
    run_demo(monkeypatch, tmp_path / "data", database_url, year=2026, years=2)
    return app


def test_summary_page_on_a_phone_and_a_desktop(browser, two_years, live_server):
    url = live_server.url
    SHOTS.mkdir(exist_ok=True)
    with phone(browser, url, "bcd", PW, javascript=False) as page:
        page.goto(f"{url}/years/2026")
        page.get_by_role("link", name="Tổng kết năm 2026", exact=False).click()
        page.wait_for_url(f"{url}/years/2026/summary")
        assert page.get_by_role("heading", name="Tổng kết năm 2026").is_visible()
        assert page.locator("figure.chart.years rect").count() == 4  # two years, two series
        units = page.locator("ul.trend > li").count()
        assert units >= 2 and page.locator("svg.track").count() == 2 * units  # households and citizens
        page.screenshot(path=str(SHOTS / "summary-phone.png"), full_page=True)
        no_sideways_scroll(page)

    desktop = browser.new_context(viewport={"width": 1280, "height": 900})
    page = desktop.new_page()
    sign_in(page, url, "bcd", PW)
    page.goto(f"{url}/years/2026/summary")
    page.screenshot(path=str(SHOTS / "summary-desktop.png"), full_page=True)
    desktop.close()

    pdf = requests.get(f"{url}/reports/2026/summary.pdf", auth=("bcd", PW), timeout=120)
    assert pdf.status_code == 200
    (SHOTS / "summary.pdf").write_bytes(pdf.content)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
             str(SHOTS / "summary.pdf"), str(SHOTS / "summary-pdf-1")],
            check=True,
        )  # fmt: skip
