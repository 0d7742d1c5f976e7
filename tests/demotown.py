"""The town `kieumau demo` builds, for the results and review page tests: the fixture (as
tests/test_demo_api.py runs it), signing in through /login, and a counting submission."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import pagehelpers
from server.cli import main
from server.domain import demo
from server.store import db
from server.store.models import Score, Submission

YEAR = 2026
PW = demo.PASSWORD


@pytest.fixture
def demo_town(app, database_url, tmp_path, monkeypatch):
    """150 households in two groups; TDP01's list approved, TDP02 left unreviewed."""
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(main, ["demo", "--households", "150", "--seed", "5", "--year", str(YEAR)])
    assert result.exit_code == 0, result.output
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
