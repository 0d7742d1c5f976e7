"""counting: which submission counts for a subject — one rule for the three scoring paths."""

from __future__ import annotations

from datetime import datetime

import pytest

from server.domain.counting import pick, supersedes

T0, T1 = datetime(2026, 11, 20, 8, 0), datetime(2026, 11, 20, 9, 0)


@pytest.mark.parametrize(
    "rows, winner",
    [
        ([("a", T0, 1, True, False), ("b", T1, 2, True, False)], "b"),  # the latest received
        ([("a", T1, 1, True, False), ("b", T0, 2, True, False)], "a"),  # received, not stored, order
        ([("a", T0, 1, True, False), ("b", T0, 2, True, False)], "b"),  # a tie: the higher id
        ([("a", T0, 1, True, False), ("b", T1, 2, False, False)], "a"),  # replaced by an edit
        ([("a", T0, 1, True, False), ("b", T1, 2, True, True)], "a"),  # rejected by the board
        ([("a", T0, 1, False, False), ("b", T1, 2, True, True)], None),
        ([], None),
    ],
)
def test_the_latest_current_not_rejected_counts(rows, winner):
    assert pick(rows) == winner
    assert pick(reversed(rows)) == winner  # whatever order the rows come in


def test_supersedes():
    assert supersedes(T0, 1, None)
    assert supersedes(T1, 1, (T0, 9)) and not supersedes(T0, 9, (T1, 1))
    assert supersedes(T0, 2, (T0, 1)) and not supersedes(T0, 1, (T0, 1))
