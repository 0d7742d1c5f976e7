"""runtime.bulk_job: the process settings of a long rescore hold inside the block only (that
the rescore itself leaves them alone: tests/test_rescore.py)."""

from __future__ import annotations

import gc
import sys

import pytest

from server import runtime


@pytest.mark.parametrize("sqlite", [True, False])
def test_bulk_job_sets_and_restores_the_process_settings(sqlite):
    interval, enabled = sys.getswitchinterval(), gc.isenabled()
    with runtime.bulk_job(sqlite):
        assert not gc.isenabled()
        assert sys.getswitchinterval() == (runtime.BULK_SWITCH_INTERVAL if sqlite else interval)
    assert (sys.getswitchinterval(), gc.isenabled()) == (interval, enabled)


def test_restored_when_the_job_raises():
    interval, enabled = sys.getswitchinterval(), gc.isenabled()
    with pytest.raises(RuntimeError), runtime.bulk_job(True):
        raise RuntimeError("the rescore failed")
    assert (sys.getswitchinterval(), gc.isenabled()) == (interval, enabled)
