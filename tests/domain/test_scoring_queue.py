"""Scoring after the 201 (domain/scoring_queue.py, jobs/scorer.py): a POST only stores; the scores arrive when
the server's scorer thread drains the queue, or when anything reads results first."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from campaign import CITIZEN, FORMS, GROUP, HOUSEHOLD
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from conftest import PASSWORD, add_unit, add_user
from formdata import instance_xml
from orhelpers import post
from pagehelpers import TOKEN
from server.domain import results
from server.jobs import scorer as scoring
from server.store import db
from server.store.filelock import FileLock
from server.store.models import Citizen, Household, Score, ScoringQueue, Submission, Unit, UnitResult


def _post(server, token: str, iid: str, **changes: str) -> None:
    answers = {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H1", **changes}
    xml = instance_xml(FORMS / "gia_dinh_kieu_mau.xlsx", answers, iid)
    assert post(f"{server.url}/key/{token}", xml).status_code == 201


def _sender(app, server):
    """send(form, answers, instance id): POST one instance of a bundled form, expecting 201."""

    def send(form: str, answers: dict, iid: str) -> None:
        xml = instance_xml(FORMS / f"{form}.xlsx", answers, iid)
        assert post(f"{server.url}/key/{app.config['TOKEN']}", xml).status_code == 201

    return send


def _state(app) -> tuple[int, int]:
    """(pending submissions, score rows)."""
    with app.app_context():
        session = db.session()
        return session.query(ScoringQueue).count(), session.query(Score).count()


def _break(app, instance_id: str) -> None:
    """Make a stored submission's answers unscorable, behind the server's back."""
    with app.app_context():
        session = db.session()
        sub = session.query(Submission).filter_by(instance_id=instance_id).one()
        sub.data = {"unit": ["TDP01"], "household": {"nested": "not an answer"}}
        session.commit()


def _drained_and_rebuilt(app) -> tuple[dict, dict]:
    """Every unit result's figures as the drains left them, and after a full rebuild."""
    with app.app_context():
        session = db.session()
        drained = {r.unit_id: r.figures for r in session.query(UnitResult)}
        results.rebuild(session, 2026)
        session.commit()
        return drained, {r.unit_id: r.figures for r in session.query(UnitResult)}


def test_a_post_only_stores_and_the_api_drains_before_it_answers(town, live_server):
    _post(live_server, town.config["TOKEN"], "uuid:q1")
    assert _state(town) == (1, 0)  # stored, durable, not yet scored
    add_user(town, "bcd", "committee")
    auth = "Basic " + base64.b64encode(f"bcd:{PASSWORD}".encode()).decode()
    resp = requests.get(
        f"{live_server.url}/api/v1/years/2026/units/TDP01", headers={"Authorization": auth}, timeout=10
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["figures"]["households_surveyed"] == 1  # the read drained first
    assert _state(town) == (0, 1)


def test_the_scorer_thread_scores_without_any_reader(town, live_server):
    town.config["BACKGROUND_SCORING"] = True
    town.extensions["scorer"].idle = 0.5  # let the thread end soon after the test
    for i in range(5):
        _post(live_server, town.config["TOKEN"], f"uuid:t{i}")
    deadline = time.monotonic() + 10
    while _state(town) != (0, 5) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _state(town) == (0, 5)
    with town.app_context():
        counting = db.session().query(Score).filter_by(counts=True).all()
    assert len(counting) == 1  # the latest of the five supersedes the others
    scorer = town.extensions["scorer"]
    while scorer.thread is not None and time.monotonic() < deadline + 5:
        time.sleep(0.05)  # the idle thread ends: no drain of this test's overlaps the next one's setup
    assert scorer.thread is None


def test_the_background_scorer_steps_aside_while_another_process_drains(town, live_server):
    """One drain per data folder: another worker holding the lock (an flock of its own
    here) scores what is pending, so this one's scorer returns at once and looks later."""
    _post(live_server, town.config["TOKEN"], "uuid:aside")
    other_worker = FileLock(Path(town.config["DATA_DIR"]) / "scoring.lock")
    with other_worker.held() as mine:
        assert mine
        assert scoring.drain(town, background=True) is None
        assert _state(town) == (1, 0)
    assert scoring.drain(town, background=True) == 1
    assert _state(town) == (0, 1)


def test_the_scorer_waits_for_a_lull_but_no_longer_than_its_patience(town, live_server):
    """While submissions keep arriving (nudges closer together than `gather`) storing them
    comes first; the scorer drains once they pause, or when its patience runs out."""
    _post(live_server, town.config["TOKEN"], "uuid:lull")  # pending (the app's own scorer is off)
    scorer = scoring.Scorer(town, gather=0.3, idle=0.5, patience=30)

    def keep_nudging(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            scorer.nudge()
            time.sleep(0.02)

    keep_nudging(1.5)  # five times `gather`: a drain after one gather would have scored it
    assert _state(town) == (1, 0)
    deadline = time.monotonic() + 10
    while _state(town) != (0, 1) and time.monotonic() < deadline:  # the lull
        time.sleep(0.05)
    assert _state(town) == (0, 1)

    _post(live_server, town.config["TOKEN"], "uuid:lull2")
    scorer.patience = 0.9
    keep_nudging(3)  # a stream that never pauses is scored as it goes
    assert _state(town) == (0, 2)
    while scorer.thread is not None and time.monotonic() < deadline + 5:
        time.sleep(0.05)  # the idle thread ends before the next test


def test_a_submission_that_cannot_be_scored_does_not_block_the_others(town, live_server):
    _post(live_server, town.config["TOKEN"], "uuid:bad", hh_members="4")
    _post(live_server, town.config["TOKEN"], "uuid:good")
    _break(town, "uuid:bad")
    assert scoring.drain(town) == 2
    with town.app_context():
        scored = {s.submission_id for s in db.session().query(Score)}
        subs = {s.instance_id: s.id for s in db.session().query(Submission)}
    assert subs["uuid:good"] in scored and subs["uuid:bad"] not in scored
    assert _state(town)[0] == 0  # nothing left pending: reads are not held up by it


def test_a_failed_batch_after_the_years_first_submission_still_matches_a_rebuild(town, live_server):
    """The year's first submission sets up its results within the batch; the batch then
    fails on the next one and is rolled back, so the retry must not take the year's results
    as already there."""
    _post(live_server, town.config["TOKEN"], "uuid:first")
    _post(live_server, town.config["TOKEN"], "uuid:broken", household="TDP01-H2")
    _post(live_server, town.config["TOKEN"], "uuid:third", household="TDP01-H3")
    _break(town, "uuid:broken")
    assert scoring.drain(town) == 3
    drained, rebuilt = _drained_and_rebuilt(town)
    assert drained == rebuilt
    assert next(iter(drained.values()))["total"]["households_surveyed"] == 2


def test_one_batch_gives_the_figures_a_full_rebuild_gives(town, live_server):
    """Many submissions drained together (supersedes, an edit, two units, citizens, a group
    form, a year's first submission) end with every level's figures equal to a rebuild."""
    send = _sender(town, live_server)

    for i in range(6):
        unit = ("TDP01", "TDP02")[i % 2]
        send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}"}, f"uuid:b{i}")
        citizen = {**CITIZEN, "unit": unit, "household": f"{unit}-H{i}", "citizen": f"{unit}-C{i}"}
        send("cong_dan_kieu_mau", citizen, f"uuid:bc{i}")
    later = {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H0", "ho_ngheo": "yes"}
    send("gia_dinh_kieu_mau", later, "uuid:b0-later")  # supersedes b0: no longer model
    edit = {
        **HOUSEHOLD,
        "unit": "TDP02",
        "household": "TDP02-H1",
        "so_bhyt": "1",
        "meta/deprecatedID": "uuid:b1",
    }
    send("gia_dinh_kieu_mau", edit, "uuid:b1-edit")
    send("to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP01"}, "uuid:g1")
    assert scoring.drain(town) == 15
    batched, rebuilt = _drained_and_rebuilt(town)
    assert batched == rebuilt
    ps = next(f for f in batched.values() if f["total"]["groups"] == 2 and f["own"]["groups"] == 0)
    assert ps["total"]["households_surveyed"] == 6 and ps["total"]["model_households"] == 4
    assert ps["total"]["citizens_surveyed"] == 6 and ps["total"]["criteria"]["household"]["GD08"] == [5, 6]


def test_a_batch_for_a_year_with_results_gives_the_figures_a_rebuild_gives(town, live_server):
    """The drain's common case (new household and citizen submissions of a year that has
    results, done together in plain rows) mixed with what goes one by one (an edit, a group
    form, a household and a citizen added at the door): every level's figures, the counting
    scores and the registry equal a full rebuild's, and a later drain moves them again."""
    send = _sender(town, live_server)

    def figures_and_counting() -> tuple[dict, set]:
        with town.app_context():
            session = db.session()
            figures = {r.unit_id: (r.figures, r.title_reached) for r in session.query(UnitResult)}
            counting = {
                (s.kind, s.subject, s.submission_id) for s in session.query(Score).filter_by(counts=True)
            }
        return figures, counting

    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H9"}, "uuid:first")
    assert scoring.drain(town) == 1  # the year's first submission: the year now has results
    for i in range(6):
        unit = ("TDP01", "TDP02")[i % 2]
        send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}"}, f"uuid:n{i}")
        citizen = {**CITIZEN, "unit": unit, "household": f"{unit}-H{i}", "citizen": f"{unit}-C{i}"}
        send("cong_dan_kieu_mau", citizen, f"uuid:nc{i}")
    send(
        "gia_dinh_kieu_mau",
        {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H9", "ho_ngheo": "yes"},
        "uuid:n9",
    )
    send(
        "gia_dinh_kieu_mau",
        {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H0", "te_nan": "yes"},
        "uuid:n0b",
    )
    door = {
        **HOUSEHOLD, "unit": "TDP02", "new_household": "yes", "household": "", "head_name": "Lê Văn Bình",
        "address": "12 ngõ 3", "members": "3", "hh_members": "3", "so_bhyt": "3",
    }  # fmt: skip
    send("gia_dinh_kieu_mau", door, "uuid:door")
    new_citizen = {
        **CITIZEN, "unit": "TDP02", "household": "TDP02-H3", "new_citizen": "yes", "citizen": "",
        "full_name": "Lê Thị Hoa", "birth_year": "1990", "sex": "nu",
    }  # fmt: skip
    send("cong_dan_kieu_mau", new_citizen, "uuid:door-c")
    edit = {
        **HOUSEHOLD,
        "unit": "TDP02",
        "household": "TDP02-H1",
        "so_bhyt": "1",
        "meta/deprecatedID": "uuid:n1",
    }
    send("gia_dinh_kieu_mau", edit, "uuid:n1-edit")
    send("to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP01"}, "uuid:g1")
    assert scoring.drain(town) == 18
    drained, counting = figures_and_counting()
    with town.app_context():
        session = db.session()
        results.rebuild(session, 2026)
        session.commit()
    rebuilt, counting_rebuilt = figures_and_counting()
    assert drained == rebuilt
    assert counting == counting_rebuilt
    ps = next(f for f, _t in drained.values() if f["total"]["groups"] == 2 and f["own"]["groups"] == 0)
    assert ps["total"]["households_surveyed"] == 8  # H0..H5, H9 and the one added at the door
    assert ps["total"]["households_registry"] == 21 and ps["total"]["adults_registry"] == 21
    assert ps["total"]["citizens_surveyed"] == 7
    subjects = {s for _k, s, _i in counting}
    assert {"TDP01-H9", "TDP01-H0", "TDP02-H1"} <= subjects and len(subjects) == 16  # 8 + 7 + the group
    with town.app_context():
        h9 = db.session().query(Score).filter_by(subject="TDP01-H9", counts=True).one()
        h0 = db.session().query(Score).filter_by(subject="TDP01-H0", counts=True).one()
    assert not h9.title_reached and not h0.title_reached  # the later ones (ho_ngheo, te_nan) count

    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H9"}, "uuid:n9c")
    assert scoring.drain(town) == 1  # a lone submission moves the figures on its own
    moved, _c = figures_and_counting()
    with town.app_context():
        session = db.session()
        results.rebuild(session, 2026)
        session.commit()
    assert moved == figures_and_counting()[0] != drained


def test_a_unit_added_after_the_drains_began_is_scored_and_counted(town, live_server):
    """The drain remembers the units by code from one drain to the next (units are never
    moved or deleted); a unit added to the roster later is found at its first submission."""
    send = _sender(town, live_server)
    for i in range(2):  # the first sets up the year's results, the second goes the common way
        send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": f"TDP01-H{i}"}, f"uuid:u{i}")
        assert scoring.drain(town) == 1
    add_unit(town, "TDP03", "Tổ 3", parent="PS")
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP03", "household": "TDP03-H1"}, "uuid:u3")
    assert scoring.drain(town) == 1
    drained, rebuilt = _drained_and_rebuilt(town)
    assert drained == rebuilt
    with town.app_context():
        tdp03 = db.session().query(Unit).filter_by(code="TDP03").one().id
    assert drained[tdp03]["own"]["households_surveyed"] == 1


def test_a_drain_with_nothing_pending_does_not_wait_for_the_write_lock(town):
    """`kieumau demo` holds one long write transaction for the board reviews while the
    scorer wakes up with nothing left to do: it must not queue behind it (it waited 30 s,
    then failed with "database is locked")."""
    engine = town.extensions["engine"]
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL has no database-wide write lock")
    with engine.connect() as other, other.execution_options(sqlite_immediate=True).begin():
        started = time.monotonic()
        assert scoring.drain(town, background=True) == 0
        assert time.monotonic() - started < 5


def test_households_added_at_the_door_move_the_registry_without_reading_the_units_scores(town, live_server):
    """Catching up on households and citizens added at the door costs what the batch holds:
    the registry sizes move by what was added, as the scores do; no unit's counting scores
    are read again (that grew with the unit). A citizen counts in their household's unit,
    whatever unit the form named; the figures equal a full rebuild's."""
    send = _sender(town, live_server)
    for i in range(4):  # the year's first submission, then a unit with counting scores
        send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP02", "household": f"TDP02-H{i}"}, f"uuid:r{i}")
        scoring.drain(town)
    for i in range(3):
        door = {
            **HOUSEHOLD, "unit": "TDP02", "new_household": "yes", "household": "", "head_name": f"Hộ mới {i}",
            "address": f"{i} ngõ 3", "members": "3", "hh_members": "3", "so_bhyt": "3",
            "meta/entity/@id": f"HHDOOR{i}",
        }  # fmt: skip
        send("gia_dinh_kieu_mau", door, f"uuid:door{i}")
    of_new_household = {  # a citizen of a household added at the door in the same batch
        **CITIZEN, "unit": "TDP02", "household": "HHDOOR0", "new_citizen": "yes", "citizen": "",
        "full_name": "Lê Văn Cường", "birth_year": "1995", "sex": "nam",
    }  # fmt: skip
    send("cong_dan_kieu_mau", of_new_household, "uuid:door-c0")
    elsewhere = {
        **CITIZEN, "unit": "TDP01", "household": "TDP02-H3", "new_citizen": "yes", "citizen": "",
        "full_name": "Lê Thị Hoa", "birth_year": "1990", "sex": "nu",
    }  # fmt: skip
    send("cong_dan_kieu_mau", elsewhere, "uuid:door-c")
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()).lower())

    engine = town.extensions["engine"]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert scoring.drain(town) == 5
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    by_unit = [s for s in statements if "from score" in s and "score.unit_code =" in s]
    assert by_unit == []
    drained, rebuilt = _drained_and_rebuilt(town)
    assert drained == rebuilt
    with town.app_context():
        session = db.session()
        tdp02 = session.query(Unit).filter_by(code="TDP02").one().id
    assert drained[tdp02]["own"]["households_registry"] == 13
    assert drained[tdp02]["own"]["adults_registry"] == 12
    with town.app_context():
        household = db.session().query(Household).filter_by(code="HHDOOR0").one()
        assert [c.full_name for c in db.session().query(Citizen).filter_by(household_id=household.id)] == [
            "Lê Văn Cường"
        ]


def test_with_a_scorer_in_the_background_reads_wait_for_no_backlog_and_say_what_is_pending(town, live_server):
    """A page or API call reads the figures stored, whatever is pending: the API gives
    `pending` and `as_of` (the oldest pending submission's arrival), the pages say how
    many submissions are still being scored and as of when; nothing is scored by reading."""
    send = _sender(town, live_server)
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H1"}, "uuid:seen")
    assert scoring.drain(town) == 1
    town.config["BACKGROUND_SCORING"] = True
    town.extensions.pop("scorer")  # as under `kieumau serve`: the scorer is another process, busy
    for i in range(3):
        send(
            "gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": f"TDP01-H{i + 2}"}, f"uuid:p{i}"
        )
    with town.app_context():
        oldest = db.session().query(Submission).filter_by(instance_id="uuid:p0").one().received_at
    add_user(town, "bcd", "committee")
    auth = "Basic " + base64.b64encode(f"bcd:{PASSWORD}".encode()).decode()
    api = requests.get(
        f"{live_server.url}/api/v1/years/2026/units/TDP01", headers={"Authorization": auth}, timeout=10
    )
    assert api.status_code == 200, api.text
    body = api.json()
    assert body["figures"]["households_surveyed"] == 1  # what is stored, not what is pending
    assert body["pending"] == 3
    assert body["as_of"] == oldest.isoformat(timespec="seconds") + "Z"
    listed = requests.get(
        f"{live_server.url}/api/v1/years/2026/units", headers={"Authorization": auth}, timeout=10
    ).json()
    assert listed["pending"] == 3 and listed["as_of"] == body["as_of"]

    browser = requests.Session()
    token = TOKEN.search(browser.get(f"{live_server.url}/login", timeout=10).text).group(1)
    signed = browser.post(
        f"{live_server.url}/login",
        data={"csrf_token": token, "username": "bcd", "password": PASSWORD},
        timeout=10,
    )
    assert signed.status_code == 200, signed.status_code
    page = browser.get(f"{live_server.url}/years/2026", timeout=10)
    assert page.status_code == 200
    local = (oldest + timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")
    assert f"Số liệu lúc {local}" in page.text
    assert "3 bài gửi đang chờ chấm điểm" in page.text
    assert _state(town) == (3, 1)  # no read scored anything

    assert scoring.drain(town) == 3
    after = requests.get(
        f"{live_server.url}/api/v1/years/2026/units/TDP01", headers={"Authorization": auth}, timeout=10
    ).json()
    assert after["pending"] == 0 and after["figures"]["households_surveyed"] == 4
    page = browser.get(f"{live_server.url}/years/2026", timeout=10)
    assert "Số liệu lúc" in page.text and "đang chờ chấm điểm" not in page.text


def _figures_and_counting(app) -> tuple[dict, set]:
    """Every unit result's figures and the (submission, subject) of every counting score."""
    with app.app_context():
        session = db.session()
        figures = {r.unit_id: r.figures for r in session.query(UnitResult)}
        counting = {(s.submission_id, s.subject) for s in session.query(Score).filter_by(counts=True)}
        session.rollback()
        return figures, counting


def test_a_large_backlog_is_caught_up_by_a_rescore_while_submissions_keep_arriving(town, live_server):
    """A backlog at least CATCH_UP_BY_RESCORE strong and a sixteenth of its year is caught up
    by one rescore of the year. Households POSTed over HTTP while that rescore runs stay
    pending (on PostgreSQL they are stored before it commits) and are scored afterwards,
    each once; an edit and a group form in the backlog are left to the batches. In the end
    the figures, the counting scores and the registry equal a fresh full rescore's."""
    send = _sender(town, live_server)
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H0"}, "uuid:seed0")
    assert scoring.drain(town) == 1  # the year has results
    town.config["CATCH_UP_BY_RESCORE"] = 8
    for i in range(1, 8):  # roster households, one of them twice
        unit = ("TDP01", "TDP02")[i % 2]
        send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}"}, f"uuid:k{i}")
    send(
        "gia_dinh_kieu_mau",
        {**HOUSEHOLD, "unit": "TDP02", "household": "TDP02-H1", "so_bhyt": "1"},
        "uuid:k1b",
    )
    for i in range(3):  # added at the door, one with a citizen added at the door too
        door = {
            **HOUSEHOLD, "unit": "TDP02", "new_household": "yes", "household": "", "head_name": f"Hộ mới {i}",
            "address": f"{i} ngõ 3", "members": "3", "hh_members": "3", "meta/entity/@id": f"HHDOOR{i}",
        }  # fmt: skip
        send("gia_dinh_kieu_mau", door, f"uuid:door{i}")
    citizen = {
        **CITIZEN, "unit": "TDP02", "household": "HHDOOR0", "new_citizen": "yes", "citizen": "",
        "full_name": "Lê Văn Cường", "birth_year": "1995", "sex": "nam",
    }  # fmt: skip
    send("cong_dan_kieu_mau", citizen, "uuid:door-c0")
    edit = {
        **HOUSEHOLD,
        "unit": "TDP01",
        "household": "TDP01-H2",
        "meta/deprecatedID": "uuid:k2",
        "so_bhyt": "1",
    }
    send("gia_dinh_kieu_mau", edit, "uuid:k2-edit")
    send("to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP01"}, "uuid:g1")
    arrivals = [  # one new subject, one that the backlog holds too, one added at the door
        ({**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H9"}, "uuid:late0"),
        ({**HOUSEHOLD, "unit": "TDP02", "household": "TDP02-H3", "ho_ngheo": "yes"}, "uuid:late1"),
        (
            {**HOUSEHOLD, "unit": "TDP01", "new_household": "yes", "household": "", "head_name": "Hộ muộn",
             "members": "2", "hh_members": "2", "meta/entity/@id": "HHLATE"},
            "uuid:late2",
        ),
    ]  # fmt: skip
    engine = town.extensions["engine"]
    pg = engine.dialect.name == "postgresql"
    posting = threading.Thread(target=lambda: [send("gia_dinh_kieu_mau", a, iid) for a, iid in arrivals])
    rescoring = []

    def during_the_rescore(_conn, _cursor, statement, *_args) -> None:
        if not rescoring and statement.lstrip().upper().startswith("DELETE FROM UNIT_RESULT"):
            rescoring.append(time.monotonic())
            posting.start()
            if pg:  # nothing holds them up there: stored before the rescore commits
                posting.join(30)
                assert not posting.is_alive()

    event.listen(engine, "before_cursor_execute", during_the_rescore)
    try:
        scored = scoring.drain(town)
    finally:
        event.remove(engine, "before_cursor_execute", during_the_rescore)
    posting.join(30)
    assert rescoring, "the backlog was not caught up by a rescore"
    assert scored >= 14  # the backlog: 13 by the rescore, the edit and the group form after it
    scoring.drain(town)  # the arrivals (if the drain above did not see them already)
    assert _state(town)[0] == 0
    with town.app_context():
        session = db.session()
        per_submission = Counter(s.submission_id for s in session.query(Score))
        subs = session.query(Submission).filter(Submission.form_id.isnot(None)).all()
        assert all(per_submission[s.id] == 1 for s in subs)  # each scored once, none lost
        assert len(subs) == 18
        assert (
            session.query(Household)
            .filter(Household.code.in_(["HHDOOR0", "HHDOOR1", "HHDOOR2", "HHLATE"]))
            .count()
            == 4
        )
        assert session.query(Citizen).filter_by(full_name="Lê Văn Cường").count() == 1
        session.rollback()
    caught_up = _figures_and_counting(town)
    with town.app_context():
        results.rescore(db.session(), 2026)
        db.session().commit()
    assert caught_up == _figures_and_counting(town)
    ps = next(f for f in caught_up[0].values() if f["total"]["groups"] == 2 and f["own"]["groups"] == 0)
    assert ps["total"]["households_surveyed"] == 13  # 1 + 7 + 3 at the door + 2 arrivals (one a resend)


def test_a_backlog_is_read_with_only_the_answers_the_catch_up_needs_and_taken_once(town, live_server):
    """rescore_backlog reads the backlog without the stored answers whole: the database
    picks out DOOR_FIELDS (the answers read as from `data`, a missing one None); `take`
    marks the given submissions scored and returns those that were still pending."""
    from server.domain import scoring_queue
    from server.store import incremental as incremental_q

    send = _sender(town, live_server)
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H1"}, "uuid:b0")
    door = {
        **HOUSEHOLD, "unit": "TDP02", "new_household": "yes", "household": "", "head_name": "Hộ mới",
        "address": "1 ngõ 3", "members": "3", "hh_members": "3", "meta/entity/@id": "HHDOOR",
    }  # fmt: skip
    send("gia_dinh_kieu_mau", door, "uuid:b1")
    with town.app_context():
        session = db.session()
        conn = session.connection()
        rows = incremental_q.backlog_after(conn, 0, 10, scoring_queue.DOOR_FIELDS)
        assert len(rows) == 2 and "data" not in rows[0]._fields
        for row in rows:
            data = session.get(Submission, row.id).data
            got = dict(zip(scoring_queue.DOOR_FIELDS, json.loads(row.answers), strict=True))
            assert results.answers_from(got) == {
                k: v for k, v in results.answers_from(data).items() if k in scoring_queue.DOOR_FIELDS
            } | {k: None for k in scoring_queue.DOOR_FIELDS if k not in data}
        assert [json.loads(r.answers)[0] for r in rows] == ["no", "yes"]  # new_household
        later = incremental_q.backlog_after(conn, rows[0].id, 10, scoring_queue.DOOR_FIELDS)
        assert [r.id for r in later] == [rows[1].id]
        assert incremental_q.pending_per_year(conn) == {2026: 2}
        session.execute(update(Submission).where(Submission.id == rows[0].id).values(year=None))
        arrived = rows[0].received_at.year  # a submission without a year counts in the year it arrived
        assert incremental_q.pending_per_year(conn) == Counter({2026: 1}) + Counter({arrived: 1})
        assert incremental_q.take(conn, [rows[1].id, 10**9]) == {rows[1].id}
        assert incremental_q.take(conn, [rows[0].id, rows[1].id]) == {rows[0].id}
        assert incremental_q.backlog_after(conn, 0, 10, scoring_queue.DOOR_FIELDS) == []
        session.rollback()


def test_on_sqlite_a_backlog_met_while_submissions_arrive_goes_in_batches(town, live_server):
    """A rescore holds SQLite's write lock from its start to its end, and the phones' POSTs
    wait for it: a drain that finds submissions still arriving (`streaming`) scores even a
    large backlog batch by batch there; once they pause, the rescore is taken. PostgreSQL's
    POSTs never wait for a drain, so it takes the rescore either way. The figures are a full
    rebuild's in every case."""
    send = _sender(town, live_server)
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H0"}, "uuid:seed0")
    assert scoring.drain(town) == 1  # the year has results
    town.config["CATCH_UP_BY_RESCORE"] = 3
    engine = town.extensions["engine"]
    rescores = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("DELETE FROM UNIT_RESULT"):
            rescores.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        for i in range(1, 6):
            send(
                "gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP02", "household": f"TDP02-H{i}"}, f"uuid:s{i}"
            )
        assert scoring.drain(town, background=True, streaming=True) == 5
        streamed = len(rescores)
        for i in range(6, 11):
            send(
                "gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": f"TDP01-H{i}"}, f"uuid:s{i}"
            )
        assert scoring.drain(town, background=True, streaming=False) == 5
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert streamed == (1 if engine.dialect.name == "postgresql" else 0)
    assert len(rescores) == streamed + 1  # after the pause, a rescore on both
    assert _state(town)[0] == 0
    drained, rebuilt = _drained_and_rebuilt(town)
    assert drained == rebuilt


def _planned_batch(app):
    """The pending batch as the scorer prepares it before taking the write lock."""
    from server.domain import scoring_queue

    with app.extensions["engine"].connect() as conn:
        return scoring_queue.prepare(conn, 50)


def _store(app, batch) -> int:
    """Store a prepared batch as the scorer does, under the write lock."""
    from server.domain import scoring_queue

    with app.app_context(), db.write_lock(), app.extensions["engine"].connect() as conn:
        session = Session(bind=conn, expire_on_commit=False)
        count = scoring_queue.drain_batch(session, batch)
        session.commit()
        session.close()
        return count


def _plain_batch(send, tag: str, ho_ngheo: str = "no") -> None:
    for i in range(4):
        unit = ("TDP01", "TDP02")[i % 2]
        answers = {**HOUSEHOLD, "unit": unit, "household": f"{unit}-H{i}", "ho_ngheo": ho_ngheo}
        send("gia_dinh_kieu_mau", answers, f"uuid:{tag}{i}")
        citizen = {**CITIZEN, "unit": unit, "household": f"{unit}-H{i}", "citizen": f"{unit}-C{i}"}
        send("cong_dan_kieu_mau", citizen, f"uuid:{tag}c{i}")


def test_on_sqlite_a_plain_batch_is_worked_out_before_the_write_lock(town, live_server):
    """New households and citizens of a year with results: prepare works the whole batch out
    in its read snapshot; stored under the lock it gives the figures a rebuild gives, and
    a second batch that supersedes them moves the figures again."""
    if not town.config["DATABASE_URL"].startswith("sqlite"):
        pytest.skip("PostgreSQL's POSTs never wait for the drain's lock: nothing is planned there")
    send = _sender(town, live_server)
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H9"}, "uuid:first")
    _plain_batch(send, "a")
    assert scoring.drain(town) == 9  # the year's results exist from here on
    _plain_batch(send, "b", ho_ngheo="yes")  # every household again, now poor: no longer model
    batch = _planned_batch(town)
    assert batch.plan is not None and batch.plan.ids == {r.id for r in batch.rows} and len(batch.rows) == 8
    assert len(batch.plan.displaced) == 8  # each subject's earlier counting score
    assert _store(town, batch) == 8
    assert _state(town)[0] == 0
    drained, rebuilt = _drained_and_rebuilt(town)
    assert drained == rebuilt
    ps = next(f for f in drained.values() if f["total"]["groups"] == 2 and f["own"]["groups"] == 0)
    assert ps["total"]["households_surveyed"] == 5 and ps["total"]["model_households"] == 1  # H9 only


def test_a_planned_batch_is_worked_out_again_if_its_units_moved_before_the_lock(town, live_server):
    """Between the plan and the write lock a roster import adds a household to TDP01's registry
    and moves its figures: the plan is not stored as it was, and the figures still equal a
    rebuild's (the new registry size included)."""
    if not town.config["DATABASE_URL"].startswith("sqlite"):
        pytest.skip("PostgreSQL's POSTs never wait for the drain's lock: nothing is planned there")
    send = _sender(town, live_server)
    send("gia_dinh_kieu_mau", {**HOUSEHOLD, "unit": "TDP01", "household": "TDP01-H9"}, "uuid:first")
    assert scoring.drain(town) == 1
    _plain_batch(send, "a")
    batch = _planned_batch(town)
    assert batch.plan is not None
    with town.app_context():
        session = db.session()
        tdp01 = session.query(Unit).filter_by(code="TDP01").one()
        before = session.query(UnitResult).filter_by(unit_id=tdp01.id).one().figures["own"]
        session.add(Household(code="TDP01-NEW", unit_id=tdp01.id, head_name="Hộ mới nhập"))
        results.refresh_registry(session, 2026)
        session.commit()
    assert _store(town, batch) == 8
    drained, rebuilt = _drained_and_rebuilt(town)
    assert drained == rebuilt
    with town.app_context():
        own = db.session().query(UnitResult).filter_by(unit_id=tdp01.id).one().figures["own"]
    assert own["households_registry"] == before["households_registry"] + 1
    assert own["households_surveyed"] == before["households_surveyed"] + 2
