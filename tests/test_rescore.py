"""The set-wise rescore and rebuild (domain/rescore.py) against the incremental path: the same
scores, the same counting submission per subject, the same figures at every level, and the
board's rejections kept."""

from __future__ import annotations

import json

from test_results import FORMS, GROUP, citizen, figures, household, send, town  # noqa: F401

from server.domain import forms as forms_domain
from server.domain import results
from server.store import db
from server.store.models import Score


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


def test_rescore_and_rebuild_match_the_incremental_figures(town):  # noqa: F811
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
    with town.app_context():
        session = db.session()
        rejected = session.query(Score).filter_by(counts=True, subject="TDP01-H4").one()
        results.reject(session, rejected, "sai hộ / wrong household")
        session.commit()
    incremental, before = everything(town), scores(town)
    assert incremental["TDP01"]["own"]["households_surveyed"] == 5  # H4 rejected, nothing else

    with town.app_context():
        assert results.rescore(db.session(), 2026) == len(before)
        db.session().commit()
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
