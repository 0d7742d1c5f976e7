"""The `browser` fixture for every browser test (Debian's Chromium through Playwright)."""

from browserkit import browser  # noqa: F401
