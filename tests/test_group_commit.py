"""fastpaths.GroupCommit (SQLite): submissions arriving together share one transaction, each in its
own savepoint, so one that fails undoes only its own writes."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import insert, select

from server.store.models import Unit


def test_a_failing_job_undoes_only_its_own_writes(app):
    group = app.extensions.get("group_commit")
    if group is None:
        pytest.skip("PostgreSQL groups commits itself")
    first_running, release = threading.Event(), threading.Event()

    def add(code: str, fail: bool = False, wait: bool = False):
        def work(conn):
            if wait:
                first_running.set()
                release.wait(5)
            conn.execute(insert(Unit).values(code=code, name=code, kind="residential_group", path="/"))
            if fail:
                raise ValueError(code)
            return code

        return work

    outcomes: dict[str, object] = {}

    def run(code: str, **kw: bool) -> None:
        try:
            outcomes[code] = group.run(add(code, **kw))
        except ValueError as exc:
            outcomes[code] = exc

    leader = threading.Thread(target=run, args=("A",), kwargs={"wait": True})
    leader.start()
    first_running.wait(5)  # A holds the group: B, C and D queue and are committed together
    others = [threading.Thread(target=run, args=(c,), kwargs={"fail": c == "C"}) for c in "BCD"]
    for t in others:
        t.start()
    deadline = time.monotonic() + 5
    while len(group.queue) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(group.queue) == 3
    release.set()
    for t in (leader, *others):
        t.join(10)
    assert outcomes["A"] == "A" and outcomes["B"] == "B" and outcomes["D"] == "D"
    assert isinstance(outcomes["C"], ValueError)
    with app.extensions["engine"].connect() as conn:
        codes = set(conn.scalars(select(Unit.code)))
    assert codes == {"A", "B", "D"}
