"""PURE: which submission counts for a household, citizen or group in a year — the one
definition that the three scoring paths (results.on_submission, one at a time;
incremental, a batch; rescore, a whole year) all apply.

Among a subject's submissions that are current (not replaced by an edit) and not rejected by
the board, the latest received counts; of two received at the same moment, the one with the
higher submission id (stored later)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")
# received_at as a datetime, or as fixed-width text (the set-wise rescore reads it so)
When = TypeVar("When", datetime, str)
Rank = tuple[datetime, int]  # (received_at, submission id): the larger is the later


def may_count(current: bool, rejected: bool) -> bool:
    return current and not rejected


def supersedes(received_at: When, submission_id: int, counting: tuple[When, int] | None) -> bool:
    """Whether a submission that may count takes the place of the one counting now."""
    return counting is None or (received_at, submission_id) > counting


def pick(candidates: Iterable[tuple[T, datetime, int, bool, bool]]) -> T | None:
    """The counting one of (item, received_at, submission id, current, rejected), or None."""
    best: tuple[Rank, T] | None = None
    for item, received_at, submission_id, current, rejected in candidates:
        if may_count(current, rejected) and supersedes(received_at, submission_id, best and best[0]):
            best = ((received_at, submission_id), item)
    return best[1] if best else None
