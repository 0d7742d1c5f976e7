"""The survey month's chart counts: submissions per local day (Vietnam, UTC+7), counted by the
database (store.submissions.received_per_day), at the edges of the day and of the month."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from server.domain import submission_view
from server.store import db
from server.store import submissions as submissions_q
from server.store.models import Form, FormVersion, Submission


def test_submissions_are_counted_by_the_day_in_vietnam(app):
    # UTC times: 17:00 UTC is midnight in Vietnam
    arrivals = [
        (datetime(2026, 10, 31, 16, 59), "T1", True),  # 23:59 on 31 October: not November
        (datetime(2026, 10, 31, 17, 0), "T1", True),  # 00:00 on 1 November
        (datetime(2026, 11, 1, 0, 0, 0, 500), "T1", True),  # 07:00 on 1 November
        (datetime(2026, 11, 15, 3, 0), "T1", False),  # an edited one: not current
        (datetime(2026, 11, 15, 3, 0), "T2", True),  # another unit
        (datetime(2026, 11, 30, 16, 59, 59), "T1", True),  # 23:59:59 on 30 November
        (datetime(2026, 11, 30, 17, 0), "T1", True),  # 00:00 on 1 December: not November
    ]
    with app.app_context():
        s = db.session()
        form = Form(xml_form_id="f", title="f")
        s.add(form)
        s.flush()
        version = FormVersion(form_id=form.id, version="1", xml=b"", md5="0" * 32)
        s.add(version)
        s.flush()
        for i, (at, unit, current) in enumerate(arrivals):
            s.add(
                Submission(
                    form_id=form.id, form_version_id=version.id, instance_id=f"uuid:{i}", xml=b"",
                    xml_sha256="", unit_code=unit, year=2026, received_at=at, current=current,
                )
            )  # fmt: skip
        s.commit()
        november = submissions_q.received_per_day(s, 2026, {"T1"}, date(2026, 11, 1), date(2026, 11, 30))
        assert november == Counter({date(2026, 11, 1): 2, date(2026, 11, 30): 1})
        both = submissions_q.received_per_day(s, 2026, {"T1", "T2"}, date(2026, 11, 1), date(2026, 11, 30))
        assert both == november + Counter({date(2026, 11, 15): 1})
        nobody = submissions_q.received_per_day(s, 2026, set(), date(2026, 11, 1), date(2026, 11, 30))
        assert nobody == Counter()
        first, last, counts = submission_view.survey_month(s, 2026, {"T1"})
        assert (first, last, counts) == (date(2026, 11, 1), date(2026, 11, 30), november)
