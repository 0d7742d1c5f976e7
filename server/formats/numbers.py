"""Numbers as people read them: Vietnamese with the decimal comma and dot thousands
(85,5 · 1.234), English the other way round (85.5 · 1,234). One function for the pages,
the CSV/PDF documents and any other text a person reads."""

from __future__ import annotations

SEPARATORS = {"vi": (",", "."), "en": (".", ",")}  # (decimal, thousands)


def number(value: float | int | None, lang: str = "vi", decimals: int = 2) -> str:
    """`value` with at most `decimals` decimals, trailing zeros dropped; "" for None."""
    if value is None:
        return ""
    point, thousands = SEPARATORS.get(lang, SEPARATORS["vi"])
    text = f"{float(value):,.{decimals}f}" if decimals else f"{round(float(value)):,}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def percent(value: float | None, lang: str = "vi", decimals: int = 1) -> str:
    """A percentage already in 0-100: "61,5%" ("61.5%" in English); "" for None."""
    return "" if value is None else f"{number(value, lang, decimals)}%"
