"""Chart geometry computed on the server, so pages draw their charts as inline SVG or CSS
bars with no script: fast on a slow phone, readable without JavaScript, and printable."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta


def percent(part: float | None, whole: float | None) -> float:
    """0-100 for a bar's width; 0 when there is nothing to divide by."""
    if not whole or part is None:
        return 0.0
    return max(0.0, min(100.0, round(100 * part / whole, 1)))


def day_bars(counts: Counter[date], first: date, last: date, width: int = 300, height: int = 100) -> dict:
    """One bar per day from first to last: x, y, w, h in the SVG's own units (the SVG
    scales to the page), a tick every 5 days, the total and the busiest day."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    peak = max((counts.get(d, 0) for d in days), default=0)
    step = width / max(len(days), 1)
    bars = []
    for i, day in enumerate(days):
        n = counts.get(day, 0)
        h = round(height * n / peak, 1) if peak else 0
        bars.append({"day": day, "n": n, "x": round(i * step + step * 0.15, 1), "w": round(step * 0.7, 1),
                     "y": round(height - h, 1), "h": h})  # fmt: skip
    ticks = [b for b in bars if b["day"].day == 1 or b["day"].day % 5 == 0]
    busiest = max(bars, key=lambda b: b["n"]) if peak else None
    return {
        "bars": bars,
        "ticks": ticks,
        "peak": peak,
        "total": sum(b["n"] for b in bars),
        "busiest": busiest,
        "width": width,
        "height": height,
    }
