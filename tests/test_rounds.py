"""Inspection rounds (domain/rounds.py): the same forms, the same POST and scoring queue; a
submission received while a round is open is scored into the round and never moves the
results, proposals or rescore of the evaluation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from campaign import figures, household
from sqlalchemy import select

from server.domain import results, rounds
from server.errors import Conflict, Forbidden, Invalid
from server.store import db
from server.store import users as users_q
from server.store.models import Score, Submission
from server.store.plan_models import RoundScore


def _open(app, title: str = "Kiểm tra giữa năm") -> int:
    with app.app_context():
        found = rounds.open_round(db.session(), users_q.by_username(db.session(), "vol"), 2026, title)
        db.session().commit()
        return found.id


def _close(app, round_id: int) -> None:
    with app.app_context():
        rounds.close_round(db.session(), users_q.by_username(db.session(), "vol"), round_id)
        db.session().commit()


def test_round_submissions_stay_out_of_the_results(town) -> None:
    household(town, "TDP01", 0, "uuid:eval-0")  # the evaluation: counts
    before = figures(town, "TDP01")["own"]
    round_id = _open(town)
    household(town, "TDP01", 1, "uuid:round-1")
    household(town, "TDP01", 0, "uuid:round-0", nuoc_sach="no")  # the same household again, failing
    assert figures(town, "TDP01")["own"] == before  # nothing moved
    _close(town, round_id)
    household(town, "TDP01", 2, "uuid:eval-2")  # after the close: the evaluation again
    own = figures(town, "TDP01")["own"]
    assert own["households_surveyed"] == 2
    with town.app_context():
        session = db.session()
        in_round = session.scalars(select(RoundScore.subject).where(RoundScore.round_id == round_id)).all()
        assert sorted(in_round) == ["TDP01-H0", "TDP01-H1"]
        scored = session.scalars(select(Score.subject).where(Score.kind == "household")).all()
        assert sorted(scored) == ["TDP01-H0", "TDP01-H2"]
        marked = session.scalars(select(Submission.instance_id).where(Submission.round_id == round_id)).all()
        assert sorted(marked) == ["uuid:round-0", "uuid:round-1"]
        # a rescore of the year leaves the round's submissions out
        results.rescore(session, 2026)
        session.commit()
        assert sorted(session.scalars(select(Score.subject).where(Score.kind == "household"))) == [
            "TDP01-H0",
            "TDP01-H2",
        ]
    assert figures(town, "TDP01")["own"] == own


def test_an_edit_stays_where_what_it_edits_belongs(town) -> None:
    round_id = _open(town)
    household(town, "TDP01", 3, "uuid:r-3")
    _close(town, round_id)
    household(town, "TDP01", 3, "uuid:r-3b", **{"meta/deprecatedID": "uuid:r-3"})  # edited after the close
    with town.app_context():
        session = db.session()
        assert (
            session.scalar(select(Submission.round_id).where(Submission.instance_id == "uuid:r-3b"))
            == round_id
        )
        assert session.scalars(select(Score.id)).all() == []


def test_the_window_is_decided_by_the_stored_times() -> None:
    from datetime import datetime

    opened = datetime(2026, 6, 1, 8, 0)
    windows = [(1, 2026, opened, opened + timedelta(days=10)), (2, 2026, opened + timedelta(days=30), None)]
    assert rounds.in_window(windows, 2026, opened - timedelta(seconds=1)) is None
    assert rounds.in_window(windows, 2026, opened) == 1
    assert rounds.in_window(windows, 2026, opened + timedelta(days=10)) is None  # closed at that instant
    assert rounds.in_window(windows, 2026, opened + timedelta(days=40)) == 2
    assert rounds.in_window(windows, 2025, opened + timedelta(days=40)) is None  # another year's


def test_only_the_committee_opens_one_round_at_a_time(town) -> None:
    from conftest import add_user

    add_user(town, "bvd", "board", ("TDP01",))
    add_user(town, "bcd1", "committee", ("TDP01",))  # a committee member scoped to one group
    with town.app_context():
        session = db.session()
        for name in ("bvd", "bcd1"):
            with pytest.raises(Forbidden):
                rounds.open_round(session, users_q.by_username(session, name), 2026, "X")
        admin = users_q.by_username(session, "vol")
        with pytest.raises(Invalid):
            rounds.open_round(session, admin, 2026, "x" * 256)
        with pytest.raises(Invalid):
            rounds.open_round(session, admin, 2026, "X", scope="half")
        with pytest.raises(Invalid):
            rounds.open_round(session, admin, 99999, "X")
        rounds.open_round(session, admin, 2026, "X")
        with pytest.raises(Conflict):
            rounds.open_round(session, admin, 2026, "Y")


def test_a_rounds_figures_take_each_subjects_latest_current_score(town) -> None:
    from server.store import plans as plans_q

    round_id = _open(town)
    household(town, "TDP01", 4, "uuid:m-4", nuoc_sach="no")
    household(town, "TDP01", 4, "uuid:m-4b", nuoc_sach="yes")  # the same household again: this one
    household(town, "TDP01", 6, "uuid:m-6", nuoc_sach="no")
    # an edit that picks another household: H6 has no current submission left, H7 has this one
    household(town, "TDP01", 7, "uuid:m-6e", nuoc_sach="yes", **{"meta/deprecatedID": "uuid:m-6"})
    with town.app_context():
        tally = plans_q.round_tallies(db.session(), [round_id], None, ["GD05"])
        latest = (
            db.session()
            .scalars(
                select(RoundScore.subject).where(RoundScore.latest.is_(True)).order_by(RoundScore.subject)
            )
            .all()
        )
    assert latest == ["TDP01-H4", "TDP01-H7"]
    assert tally == {(round_id, "TDP01", "household"): {"GD05": [2, 2]}}


def test_every_units_round_counts_are_kept_until_a_score_is_added(town) -> None:
    from server.domain import plans
    from server.store import plans as plans_q

    round_id = _open(town)
    household(town, "TDP01", 1, "uuid:k-1", nuoc_sach="no")
    many = {"TDP01", "TDP02", "X1", "X2", "X3", "X4"}  # more than a few units: kept per process
    with town.app_context():
        first = plans._round_tallies(db.session(), [round_id], many, {"GD05"})
        assert first == plans_q.round_tallies(db.session(), [round_id], None, ["GD05"])
        assert first == {(round_id, "TDP01", "household"): {"GD05": [0, 1]}}
    household(town, "TDP02", 2, "uuid:k-2", nuoc_sach="yes")
    with town.app_context():
        again = plans._round_tallies(db.session(), [round_id], many, {"GD05"})
    assert again == {(round_id, "TDP01", "household"): {"GD05": [0, 1]},
                     (round_id, "TDP02", "household"): {"GD05": [1, 1]}}  # fmt: skip
