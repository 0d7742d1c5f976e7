"""The recognition history: what the committee approves is kept per household, citizen and
unit and year; reopening the list removes it; the store's queries read it in bulk."""

from __future__ import annotations

from datetime import date

from demotown import YEAR, demo_town  # noqa: F401 - the fixture

from server.domain import history, recognition_view, review
from server.store import db
from server.store import history as hq
from server.store import users as uq


def test_approval_writes_the_history_and_reopening_removes_it(demo_town):  # noqa: F811
    with demo_town.app_context():
        s = db.session()
        bcd = uq.by_username(s, "bcd")
        pairs = dict((u.code, r) for u, r in recognition_view.units(s, bcd, YEAR))
        approved = pairs["TDP01"]
        assert approved.approved and approved.lists["approved"]
        kept = hq.of_unit_year(s, "TDP01", YEAR)
        people = {(r.kind, r.subject) for r in kept if r.kind != "unit"}
        assert people == {(c.kind, c.code) for c in approved.lists["approved"]}
        assert all(r.source == "approved" and r.title for r in kept)
        assert any(r.kind == "unit" for r in kept) == bool(approved.group.recognised)
        assert hq.of_unit_year(s, "TDP02", YEAR) == []  # not approved: nothing kept
        household = next(c.code for c in approved.lists["approved"] if c.kind == "household")
        assert hq.consecutive_years(s, "household", [household, "nobody"], YEAR + 1) == {
            household: 1,
            "nobody": 0,
        }
        assert history.history_of(s, "household", household, YEAR + 1).consecutive() == 1
        assert history.history_of(s, "household", household, YEAR).consecutive() == 0  # only earlier years

        review.reopen(s, bcd, YEAR, "TDP01", "Bình xét lại theo ý kiến của các hộ")
        assert hq.of_unit_year(s, "TDP01", YEAR) == []
        review.approve(s, bcd, YEAR, "TDP01", self_assessment_checked=True, today=date(YEAR, 12, 20))
        assert len(hq.of_unit_year(s, "TDP01", YEAR)) == len(kept)
        s.commit()


def test_streak_counts_years_running_up_to_the_year_before():
    assert hq.streak([2023, 2024, 2025], 2026) == 3
    assert hq.streak([2022, 2024, 2025], 2026) == 2
    assert hq.streak([2023, 2024], 2026) == 0  # not recognised last year
    assert hq.streak([], 2026) == 0
