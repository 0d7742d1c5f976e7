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


def year_bars(
    years: list[int], series: list[list[float | None]], width: int = 300, height: int = 120
) -> dict:
    """Grouped bars, one group per year and one bar per series (0-1 shares on a 0-100 %
    axis): x, y, w, h in the SVG's units, each bar's value in percent, gridlines at 25 %."""
    slot = width / max(len(years), 1)
    inner = slot * 0.7
    bar_w = inner / max(len(series), 1)
    groups = []
    for i, year in enumerate(years):
        left = i * slot + (slot - inner) / 2
        bars = []
        for j, values in enumerate(series):
            value = values[i]
            h = round(height * min(max(value or 0.0, 0.0), 1.0), 1)
            bars.append({"series": j, "value": None if value is None else round(100 * value, 1),
                         "x": round(left + j * bar_w, 1), "w": round(bar_w * 0.9, 1),
                         "y": round(height - h, 1), "h": h})  # fmt: skip
        groups.append({"year": year, "x": round(i * slot + slot / 2, 1), "bars": bars})
    grid = [{"y": round(height * (1 - p / 100), 1), "label": p} for p in (25, 50, 75, 100)]
    return {"groups": groups, "grid": grid, "width": width, "height": height}


def change_track(before: float | None, now: float | None, width: int = 100) -> dict:
    """A share and the one before it on a 0-100 % track (a "dumbbell"): the two points' x,
    and whether it rose, fell or stayed."""
    x_now = round(width * min(max(now or 0.0, 0.0), 1.0), 1)
    x_before = None if before is None else round(width * min(max(before, 0.0), 1.0), 1)
    trend = "same" if x_before is None or x_before == x_now else "up" if x_now > x_before else "down"
    return {"now": x_now, "before": x_before, "trend": trend, "width": width}
