"""The town `kieumau demo` builds, for the results and review page tests: `run_demo` and the
fixture, signing in through /login, and a counting submission."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import pagehelpers
from server.cli import main
from server.domain import demo, review
from server.store import db
from server.store import units as units_q
from server.store import users as users_q
from server.store.models import Household, Score, Submission

YEAR = 2026
PW = demo.PASSWORD


def run_demo(
    monkeypatch, data: Path, database_url: str, *, year: int = YEAR, years: int = 1, households: int = 150
) -> Result:
    """`kieumau demo --seed 5` as a person runs it, into the data folder `data` and the test's
    database; the test fails unless it succeeds."""
    monkeypatch.setenv("KIEUMAU_DATA", str(data))
    monkeypatch.setenv("DATABASE_URL", database_url)
    args = ["--households", str(households), "--seed", "5", "--year", str(year), "--years", str(years)]
    result = CliRunner().invoke(main, ["demo", *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def demo_town(app, database_url, tmp_path, monkeypatch):
    """150 households in two groups; TDP01's list approved, TDP02 left unreviewed."""
    run_demo(monkeypatch, tmp_path / "data", database_url)
    return app


def sign_in(client, username: str, password: str = PW) -> None:
    pagehelpers.sign_in(client, username, password)


def token(client, path: str) -> str:
    """The CSRF token of a page's forms (one per session)."""
    return pagehelpers.csrf(client, path)


def counting_submission(app, unit: str, kind: str = "household") -> Submission:
    with app.app_context():
        session = db.session()
        score = (
            session.query(Score).filter_by(unit_code=unit, kind=kind, counts=True).order_by(Score.id).first()
        )
        return session.get(Submission, score.submission_id)


def reject_until_below(app, code: str, year: int = YEAR) -> int:
    """The committee reopens the unit (if approved); its board refuses agreed households
    until the agreed share is one household below the rule's 70% of the registry; the
    committee approves again. Returns how many households stay agreed."""
    with app.app_context():
        s = db.session()
        user = lambda name: users_q.by_username(s, name)  # noqa: E731
        unit = units_q.unit_by_code(s, code)
        current = review.get_review(s, year, unit)
        if current is not None and current.state == "approved":
            review.reopen(s, user("bcd"), year, code, "Bình xét lại theo ý kiến của các hộ")
        board = user(f"bvd{code[-2:]}")
        registry = s.query(Household).filter_by(unit_id=unit.id).count()
        proposed = [p for p in review.proposals(s, year, unit) if p.kind == "household"]
        agreed = [p for p in proposed if p.decision is None or p.decision.agree]
        keep = -(-7 * registry // 10) - 1  # one below the threshold
        for p in agreed[keep:]:
            review.decide(s, board, year, code, p.kind, p.subject, agree=False, votes_for=5, votes_total=25,
                          reason="Chưa gương mẫu trong sinh hoạt tổ")  # fmt: skip
        review.agree_undecided(s, board, year, code, votes_for=20, votes_total=25)
        review.submit(s, board, year, code)
        if not review.get_review(s, year, unit).posted_from:
            review.record_posting(s, board, year, code, f"{year}-11-26")
        review.approve(s, user("bcd"), year, code, self_assessment_checked=True, today=date(year, 12, 20))
        s.commit()
        return min(keep, len(agreed))


def approve_all(app, code: str, year: int = YEAR) -> None:
    """The board agrees with every open proposal and closes its meeting; the committee approves."""
    with app.app_context():
        s = db.session()
        board = users_q.by_username(s, f"bv{code.lower()}" if code.startswith("CQ") else f"bvd{code[-2:]}")
        current = review.get_review(s, year, units_q.unit_by_code(s, code))
        if current is not None and current.state == "reviewed":  # met and posted: approve it
            review.approve(s, users_q.by_username(s, "bcd"), year, code, self_assessment_checked=True,
                           today=date(year, 12, 20))  # fmt: skip
            s.commit()
            return
        review.record_meeting(s, board, year, code, meeting_date=f"{year}-11-24", place="Nhà văn hóa",
                              chair="Tổ trưởng", secretary="Thư ký", present=30, invited=40)  # fmt: skip
        review.agree_undecided(s, board, year, code, votes_for=20, votes_total=25)
        review.submit(s, board, year, code)
        review.record_posting(s, board, year, code, f"{year}-11-25")
        review.approve(s, users_q.by_username(s, "bcd"), year, code, self_assessment_checked=True,
                       today=date(year, 12, 20))  # fmt: skip
        s.commit()
