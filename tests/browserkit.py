"""Shared by the browser tests: Debian's Chromium driven by Playwright (never a downloaded
browser), the flags this closed network needs, a phone-sized context and the screenshot folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
SHOTS = ROOT / "test-output"
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


def sign_in(page, url: str, username: str, password: str) -> None:
    """Sign in through the login page a fresh context is sent to, as a person does."""
    page.goto(url + "/")
    assert page.url.startswith(url + "/login")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(url + "/")


@contextmanager
def phone(browser, url: str, username: str, password: str, *, javascript: bool = True) -> Iterator:
    """A page in a phone-sized context (360x740) signed in as `username`; the context is
    closed at the end, whether the test passed or not."""
    context = browser.new_context(java_script_enabled=javascript, **PHONE)
    try:
        page = context.new_page()
        sign_in(page, url, username, password)
        yield page
    finally:
        context.close()


def shot(page, name: str) -> None:
    """A full-page screenshot in test-output/<name>.png, for a person to look at."""
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["viewport"]["width"], f"page is {width}px wide on a 360px phone"


def phone_shot(page, name: str) -> None:
    """The screenshot, and the check that the page fits the phone's width."""
    shot(page, name)
    no_sideways_scroll(page)


def expect(locator):
    """Playwright's expect, which waits for the page a click loads (imported when called:
    collecting the suite needs no Playwright)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)
