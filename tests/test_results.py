"""Scores and unit results as submissions arrive over OpenRosa: which submission counts
(supersede, edit, reject), the residential group's threshold, roll-up over a three-level
tree, and the incremental figures matching a full rebuild."""

from __future__ import annotations

import pytest
from campaign import GROUP, citizen, figures, household, send

from server.domain import results
from server.store import db
from server.store.models import Score


def test_supersede_edit_and_reject_decide_what_counts(town):
    household(town, "TDP01", 0, "uuid:h0-a", ho_ngheo="yes")  # not model
    assert figures(town, "TDP01")["own"]["model_households"] == 0
    household(town, "TDP01", 0, "uuid:h0-b")  # later submission supersedes: model
    own = figures(town, "TDP01")["own"]
    assert (own["households_surveyed"], own["model_households"]) == (1, 1)
    household(town, "TDP01", 0, "uuid:h0-c", so_bhyt="3", **{"meta/deprecatedID": "uuid:h0-b"})  # edit
    own = figures(town, "TDP01")["own"]
    assert (own["households_surveyed"], own["model_households"]) == (1, 0)
    assert own["criteria"]["household"]["GD08"] == [0, 1]
    with town.app_context():
        edited = db.session().query(Score).filter_by(counts=True, kind="household").one()
        results.reject(db.session(), edited, "sai hộ / wrong household")
        db.session().commit()
    own = figures(town, "TDP01")["own"]  # back to the earlier current one: h0-a (not model)
    assert (own["households_surveyed"], own["model_households"]) == (1, 0)
    assert own["criteria"]["household"]["GD01"] == [0, 1]


@pytest.mark.parametrize("model, reached", [(7, True), (6, False)])
def test_group_title_at_exactly_the_threshold(town, model, reached):
    for i in range(10):
        household(town, "TDP01", i, f"uuid:h{i}", **({} if i < model else {"ho_ngheo": "yes"}))
        citizen(town, "TDP01", i, f"uuid:c{i}", **({} if i < 7 else {"vi_pham_pl": "yes"}))
    send(town, "to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP01"}, "uuid:g1")
    result = figures(town, "TDP01")
    assert result["own"]["model_households"] == model and result["own"]["model_citizens"] == 7
    assert result["title"]["reached"] is reached
    shares = {c["key"]: c["passed"] for c in result["title"]["checks"]}
    assert shares == {"household_share": reached, "citizen_share": True, "group_criteria": True}


def test_group_without_its_own_assessment_does_not_reach_title(town):
    for i in range(10):
        household(town, "TDP02", i, f"uuid:h{i}")
        citizen(town, "TDP02", i, f"uuid:c{i}")
    title = figures(town, "TDP02")["title"]
    assert title["reached"] is False
    assert [c["key"] for c in title["checks"] if not c["passed"]] == ["group_criteria"]


def test_roll_up_over_three_levels_matches_a_full_rebuild(town):
    for i in range(4):
        household(town, "TDP01", i, f"uuid:a{i}", **({"ho_ngheo": "yes"} if i == 3 else {}))
        citizen(town, "TDP01", i, f"uuid:ac{i}")
    for i in range(3):
        household(town, "TDP02", i, f"uuid:b{i}")
    send(town, "to_dan_pho_kieu_mau", {**GROUP, "unit": "TDP02"}, "uuid:g2")
    household(town, "TDP01", 0, "uuid:a0-again", so_bhyt="1")  # supersedes a0
    incremental = {code: figures(town, code) for code in ("TDP01", "TDP02", "PS", "PROV")}
    for level in ("PS", "PROV"):
        total = incremental[level]["total"]
        assert total["households_registry"] == 20 and total["adults_registry"] == 20
        assert total["households_surveyed"] == 7 and total["model_households"] == 5
        assert total["citizens_surveyed"] == 4 and total["groups"] == 2 and total["groups_assessed"] == 1
        assert total["criteria"]["household"]["GD08"] == [6, 7]
    with town.app_context():
        results.rebuild(db.session(), 2026)
        db.session().commit()
    for code, before in incremental.items():
        after = figures(town, code)
        assert after["total"] == before["total"], code
        assert after["own"]["model_households"] == before["own"]["model_households"]


def test_rescore_rebuilds_the_year(town):
    for i in range(3):
        household(town, "TDP01", i, f"uuid:r{i}")
    before = figures(town, "PS")["total"]
    with town.app_context():
        assert results.rescore(db.session(), 2026) == 3
        db.session().commit()
    assert figures(town, "PS")["total"] == before
