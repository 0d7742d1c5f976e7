"""The registration form's list of households (`ho_dang_ky`, dang_ky_thi_dua): the counting
registration of a unit makes them its registrants, as the board's ticks would; households of
another unit are left out; a registration that lists none keeps the ticks."""

from __future__ import annotations

from campaign import FORMS, send
from sqlalchemy import select

from server.domain import forms as forms_domain
from server.store import db
from server.store.plan_models import Registrant

REG = {"year": "2026", "loai_don_vi": "to_dan_pho", "so_ho": "10", "so_ho_dang_ky": "2", "so_cong_dan": "10",
       "so_cong_dan_dang_ky": "2", "dang_ky_tdp": "no", "nguoi_dang_ky": "Tổ trưởng"}  # fmt: skip


def _registered(app) -> list[tuple[str, str]]:
    with app.app_context():
        rows = db.session().execute(
            select(Registrant.subject, Registrant.source).order_by(Registrant.subject)
        )
        return [tuple(r) for r in rows]


def test_the_registration_form_lists_the_households(town) -> None:
    with town.app_context():
        forms_domain.import_path(db.session(), FORMS / "dang_ky_thi_dua.xlsx")
        db.session().commit()
    listed = "TDP01-H1 TDP01-H2 TDP02-H3"  # the last is another unit's
    send(town, "dang_ky_thi_dua", {**REG, "unit": "TDP01", "ho_dang_ky": listed}, "uuid:reg-1")
    assert _registered(town) == [("TDP01-H1", "form"), ("TDP01-H2", "form")]
    send(town, "dang_ky_thi_dua", {**REG, "unit": "TDP01"}, "uuid:reg-2")  # lists none: kept
    assert _registered(town) == [("TDP01-H1", "form"), ("TDP01-H2", "form")]
    send(town, "dang_ky_thi_dua", {**REG, "unit": "TDP01", "ho_dang_ky": "TDP01-H5"}, "uuid:reg-3")
    assert _registered(town) == [("TDP01-H5", "form")]
