"""The set-wise rescore and rebuild (domain/rescore.py) against the incremental path: the same
scores, the same counting submission per subject, the same figures at every level, and the
board's rejections kept."""

from __future__ import annotations

import json

from campaign import FORMS, GROUP, citizen, figures, household, send

from server.domain import forms as forms_domain
from server.domain import history, results
from server.store import db
from server.store.models import Form, FormVersion, Score, Submission


def scores(app) -> dict[int, tuple]:
    with app.app_context():
        rows = db.session().query(Score).all()
        return {
            s.submission_id: (s.kind, s.subject, s.unit_code, s.points, s.max_points, s.title_reached,
                              json.dumps(s.criteria), s.counts, s.rejected, s.reject_reason, s.received_at)
            for s in rows
        }  # fmt: skip


def everything(app) -> dict:
    return {code: figures(app, code) for code in ("TDP01", "TDP02", "PS", "PROV")}


def a_year(town) -> None:
    """Registration, households, citizens and group assessments of two groups, with a
    resubmission, an edit and a household added at the door."""
    with town.app_context():
        forms_domain.import_path(db.session(), FORMS / "dang_ky_thi_dua.xlsx")
        db.session().commit()
    reg = {"year": "2026", "loai_don_vi": "to_dan_pho", "so_ho": "10", "so_ho_dang_ky": "9",
           "so_cong_dan": "10", "so_cong_dan_dang_ky": "8", "dang_ky_tdp": "yes"}  # fmt: skip
    send(town, "dang_ky_thi_dua", {**reg, "unit": "TDP01"}, "uuid:reg1")
    for i in range(6):
        household(town, "TDP01", i, f"uuid:a{i}", **({"ho_ngheo": "yes"} if i == 3 else {}))
        citizen(town, "TDP01", i, f"uuid:ac{i}", **({"vi_pham_pl": "yes"} if i == 2 else {}))
        household(town, "TDP02", i, f"uuid:b{i}", **({"so_bhyt": "1"} if i % 2 else {}))
    send(town, "to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP02"}, "uuid:g2")
    send(town, "to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP01", "nha_van_hoa": "no"}, "uuid:g1")
    household(town, "TDP01", 0, "uuid:a0-again", so_bhyt="1")  # supersedes a0
    household(town, "TDP02", 1, "uuid:b1-edit", **{"meta/deprecatedID": "uuid:b1"})  # an edit
    household(town, "TDP02", 9, "uuid:new", new_household="yes")  # added at the door


def rescore(app, **timings) -> dict:
    """A rescore committed; its phase timings and counters."""
    with app.app_context():
        results.rescore(db.session(), 2026, timings=timings)
        db.session().commit()
    return timings


def test_rescore_and_rebuild_match_the_incremental_figures(town):
    a_year(town)
    with town.app_context():
        session = db.session()
        rejected = session.query(Score).filter_by(counts=True, subject="TDP01-H4").one()
        results.reject(session, rejected, "sai hộ / wrong household")
        session.commit()
    incremental, before = everything(town), scores(town)
    assert incremental["TDP01"]["own"]["households_surveyed"] == 5  # H4 rejected, nothing else

    with town.app_context():
        assert results.rescore(db.session(), 2026, timings=(timings := {})) == len(before)
        db.session().commit()
    assert timings["rows_written"] == 0 and timings["counts_set"] == 0  # nothing changed
    assert everything(town) == incremental
    after = scores(town)
    assert {k: v[:6] + v[7:] for k, v in after.items()} == {k: v[:6] + v[7:] for k, v in before.items()}
    same_criteria = {k: json.loads(v[6]) for k, v in after.items()}
    assert same_criteria == {k: json.loads(v[6]) for k, v in before.items()}
    assert sum(v[8] for v in after.values()) == 1 and "sai hộ" in next(v[9] for v in after.values() if v[8])

    with town.app_context():
        results.rebuild(db.session(), 2026)
        db.session().commit()
    assert everything(town) == incremental
    household(town, "TDP01", 5, "uuid:a5-again", ho_ngheo="yes")  # incremental after a rescore
    assert (
        figures(town, "PROV")["total"]["model_households"]
        == incremental["PROV"]["total"]["model_households"] - 1
    )


def test_rescore_writes_what_changed_and_repairs_the_rest(town):
    a_year(town)
    incremental, before = everything(town), scores(town)
    with town.app_context():  # from nothing: every score inserted
        db.session().query(Score).delete()
        db.session().commit()
    assert rescore(town)["rows_written"] == len(before)
    assert scores(town) == before and everything(town) == incremental

    with town.app_context():
        session = db.session()
        results.reject(session, session.query(Score).filter_by(counts=True, subject="TDP02-H2").one(), "sai")
        form = session.query(Form).filter_by(xml_form_id="gia_dinh_kieu_mau").one()
        version = session.get(FormVersion, form.current_version_id)
        sheet = dict(version.scoring)
        sheet["criteria"] = [dict(c) for c in sheet["criteria"]]
        sheet["criteria"][0]["points"] += 5  # the sheet changes: every household score does
        sheet["criteria"][1]["condition_text"] = "${ho_ngheo} = 'no' and ${thu_nhap} = 'yes'"
        version.scoring = sheet
        by_iid = {s.instance_id: s.id for s in session.query(Submission)}
        citizen_rows = session.query(Score).filter_by(kind="citizen").order_by(Score.id).all()
        citizen_rows[0].points = 99.0  # damaged: rewritten
        session.delete(citizen_rows[1])  # lost: inserted again
        superseded = session.query(Score).filter_by(submission_id=by_iid["uuid:a0"]).one()
        superseded.counts = True  # wrong flags: set right (a0's with the rewrite)
        for iid in ("uuid:ac3", "uuid:g1"):
            session.query(Score).filter_by(submission_id=by_iid[iid]).one().counts = False
        households = session.query(Score).filter_by(kind="household").count()
        session.commit()
    timings = rescore(town)
    # ac3 and g1 flags, and a0: rewritten as counting, then superseded in the same pass
    assert timings["rows_written"] == households + 2 and timings["counts_set"] == 3
    after = scores(town)
    with town.app_context():
        session = db.session()
        for sub in session.query(Submission):
            version = session.get(FormVersion, sub.form_version_id)
            fresh = results.score_row(sub, version, results.form_kind(version))
            assert after[sub.id][:6] == (fresh.kind, fresh.subject, fresh.unit_code, fresh.points,
                                         fresh.max_points, fresh.title_reached)  # fmt: skip
            assert json.loads(after[sub.id][6]) == json.loads(json.dumps(fresh.criteria))
    counting = {k for k, v in after.items() if v[7]}
    assert counting == {k for k, v in before.items() if v[7]} - {by_iid["uuid:b2"]}
    assert after[by_iid["uuid:b2"]][8:10] == (True, "sai")
    figures_now = everything(town)
    with town.app_context():
        results.rebuild(db.session(), 2026)
        db.session().commit()
    assert everything(town) == figures_now
    surveyed = incremental["TDP02"]["own"]["households_surveyed"]
    assert figures_now["TDP02"]["own"]["households_surveyed"] == surveyed - 1
    assert rescore(town)["rows_written"] == 0  # again: nothing left to change
    assert scores(town) == after


def test_plan_subject_is_results_subject_from():
    from server.domain.rescore import SUBJECT_FIELDS, Plan

    for kind, fields in SUBJECT_FIELDS.items():
        plan = Plan.__new__(Plan)
        plan.kind = kind
        for values in [(None, None, None), ("yes", None, None), ("yes", "E-1", "H1"), ("no", "C1", "H1"),
                       ("yes", "x" * 80, None), (None, None, "H2"), ("no", None, None)]:  # fmt: skip
            data = dict(zip(fields, values, strict=False))
            for iid in ("uuid:0f3c", "plain-id"):
                want = results.subject_from(kind, data, iid, "TDP01")
                assert plan.subject(*(values + (None,) * 3)[:3], iid, "TDP01") == want


def test_rescore_on_a_connection_only_its_thread_may_use(town):
    """A plain SQLite engine (check_same_thread): the batches are read one after the other."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    a_year(town)
    incremental, before = everything(town), scores(town)
    engine = create_engine(town.config["DATABASE_URL"])
    with Session(engine) as session:
        session.query(Score).delete()
        assert results.rescore(session, 2026, timings=(timings := {})) == len(before)
        session.commit()
    engine.dispose()
    assert timings["rows_written"] == len(before)
    assert scores(town) == before and everything(town) == incremental


def test_stored_criteria_are_compact_and_the_pages_recompute_why(town):
    """A score stores [code, passed, points] per criterion; the answers that decided each
    (shown on the subjects list, its API and the submission page) are what the scoring
    functions give for the submission's answers, for the incremental and the rescore path."""
    from sqlalchemy import text

    from server.domain import results_view, submission_view
    from server.domain.scoring import ScoringSheet, score
    from server.store.models import User

    a_year(town)
    for path in ("incremental", "rescore"):
        if path == "rescore":
            with town.app_context():
                db.session().query(Score).delete()
                db.session().commit()
            rescore(town)
        with town.app_context():
            session = db.session()
            raw = dict(session.execute(text("SELECT submission_id, criteria FROM score")).all())
            admin = session.query(User).filter_by(username="vol").one()  # an admin
            shown = {}
            for kind in ("household", "citizen"):
                for code in ("TDP01", "TDP02"):
                    for row in results_view.subjects(session, admin, 2026, code, kind):
                        shown[row["submission_id"]] = row["criteria"]
            assert len(shown) > 10
            for sub in session.query(Submission):
                version = session.get(FormVersion, sub.form_version_id)
                if not version.scoring:
                    continue
                kind = results.form_kind(version) or ""
                past = history.history_of(session, kind, results.subject_of(kind, sub), 2026)
                want = score(ScoringSheet.from_dict(version.scoring), results.answers_of(sub), past).criteria
                stored = raw[sub.id] if isinstance(raw[sub.id], list) else json.loads(raw[sub.id])
                assert stored == [[c.code, c.passed, c.points_awarded] for c in want]
                assert results.explain(sub, version) == {c.code: c.decided_by for c in want}
                if sub.id in shown:
                    assert shown[sub.id] == [
                        {
                            "code": c.code,
                            "passed": c.passed,
                            "points": c.points_awarded,
                            "decided_by": c.decided_by,
                        }
                        for c in want
                    ]
                    page = submission_view.submission_page(session, admin, sub.id, "vi")
                    assert [len(c["why"]) for c in page.criteria] == [len(c.decided_by) for c in want]
                    assert any(c["why"] for c in page.criteria)


def test_a_rescore_leaves_the_process_settings_to_its_entry_point(town):
    """The thread switch interval and the garbage collector belong to the entry point
    (runtime.bulk_job: the CLI): a rescore called from a request changes neither."""
    import gc
    import sys

    household(town, "TDP01", 0, "uuid:s0")
    before = (sys.getswitchinterval(), gc.isenabled())
    seen: list[tuple[float, bool]] = []
    with town.app_context():
        results.rescore(db.session(), 2026, lambda _n: seen.append((sys.getswitchinterval(), gc.isenabled())))
    assert seen == [before]
    assert (sys.getswitchinterval(), gc.isenabled()) == before


def test_answer_batches_rows_have_answer_rows_shape(town):
    """The rescore unpacks answer_batches' plain tuples by AnswerRow's names: each row has its
    fields, in its order."""
    from server.domain.rescore import _plans
    from server.store.results import AnswerRow, answer_batches

    a_year(town)
    with town.app_context():
        session = db.session()
        plans = _plans(session, 2026)
        fields = {vid: (plan.answer_fields, plan.subject_fields) for vid, plan in plans.items()}
        rows = [AnswerRow._make(r) for batch in answer_batches(session, 2026, fields) for r in batch]
        subs = {s.id: s for s in session.query(Submission)}
    assert rows and {len(r) for r in rows} == {len(AnswerRow._fields)}
    for row in rows:
        sub = subs[row.id]
        assert (row.form_version_id, row.unit_code, row.instance_id) == (
            sub.form_version_id, sub.unit_code, sub.instance_id,
        )  # fmt: skip
        assert str(sub.received_at).startswith(row.received_at[:19])
        assert row.stored == 2 and row.old_counts in (0, 1, True, False)  # scored on arrival
    household_rows = [r for r in rows if plans[r.form_version_id].kind == "household"]
    assert {r.who3 for r in household_rows} >= {"TDP01-H1", "TDP02-H2"}  # the household picked
