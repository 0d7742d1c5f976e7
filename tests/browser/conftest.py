"""Marks every test in this folder `browser`; the `browser` fixture is a plugin (browserkit.py)."""


def pytest_collection_modifyitems(items: list) -> None:
    """Every test in this folder drives Chromium: mark it `browser` (-m 'not browser' skips them)."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker("browser")
