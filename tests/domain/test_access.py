"""POST /submission asks the database whether a unit is in the caller's scope, in the same
query as its form (store.forms.intake_row, then access.may_submit_for); it must agree with
unit_scope, which the pages use, for every role and tree shape -- including unit ids that
are prefixes of each other (1 and 11)."""

from __future__ import annotations

import pytest

from conftest import add_unit, add_user, publish
from orhelpers import plain_form
from server.domain.access import may_submit_for, unit_scope
from server.store import db
from server.store import users as users_q
from server.store.forms import intake_row


@pytest.fixture
def tree(app):
    add_unit(app, "PROV", kind="province")
    for t in range(1, 4):
        add_unit(app, f"T{t}", parent="PROV", kind="town")
        for g in range(1, 5):
            add_unit(app, f"T{t}G{g}", parent=f"T{t}")
    add_user(app, "admin", "admin")
    add_user(app, "town1", "volunteer", ("T1",))
    add_user(app, "group", "board", ("T1G1",))
    add_user(app, "two", "volunteer", ("T2G3", "T3"))
    add_user(app, "nowhere", "volunteer")
    add_user(app, "committee", "committee")
    add_user(app, "town_committee", "committee", ("T2",))
    publish(app, plain_form("plain"))
    return app


def test_may_submit_for_agrees_with_unit_scope_for_every_user_and_unit(tree):
    with tree.app_context():
        session = db.session()
        codes = (
            ["PROV", "MISSING"]
            + [f"T{t}" for t in range(1, 4)]
            + [f"T{t}G{g}" for t in range(1, 4) for g in range(1, 5)]
        )
        seen = set()
        for name in ("admin", "town1", "group", "two", "nowhere", "committee", "town_committee"):
            user = users_q.by_username(session, name)
            scope = unit_scope(session, user)
            caller = users_q.caller_by_username(session.connection(), name)
            for code in codes:
                expected = scope is None or code in scope
                row = intake_row(session.connection(), "plain", "1", caller.id, code)
                assert may_submit_for(caller, row.inside, row.assigned) is expected, (name, code)
                seen.add((name, code, expected))
        # the table is not trivial: each kind of answer occurs
        assert ("town1", "T1G4", True) in seen and ("town1", "T2G1", False) in seen
        assert ("group", "T1", False) in seen and ("two", "T3G2", True) in seen
        assert ("two", "T2G4", False) in seen and ("nowhere", "T1G1", False) in seen
        assert ("committee", "T3G1", True) in seen and ("town_committee", "T1G1", False) in seen
