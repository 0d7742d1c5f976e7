"""Unit kinds come from a fixed list: today's administrative units (xã, phường, đặc khu), the
group kinds, and "town" / "district" only for data from before 1 July 2025."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from server.cli import main
from server.domain.units import UNIT_KINDS, add_unit
from server.errors import Invalid
from server.store import db
from server.store import units as units_q


def test_domain_refuses_a_kind_outside_the_list(app):
    with app.app_context():
        s = db.session()
        with pytest.raises(Invalid) as refused:
            add_unit(s, "PS", "Phường Phong Sơn", kind="thi_tran<script>")
        assert "Loại đơn vị không hợp lệ" in refused.value.vi
        assert units_q.unit_by_code(s, "PS") is None
        add_unit(s, "PS", "Phường Phong Sơn", kind="ward")
        add_unit(s, "DK", "Đặc khu Cồn Cỏ", kind="special_zone")
        add_unit(s, "OLD", "Thị trấn cũ", kind="town")  # a legacy kind, for old data
    assert UNIT_KINDS[:3] == ("commune", "ward", "special_zone")


def test_cli_offers_the_fixed_list(app, tmp_path, monkeypatch, database_url):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()
    bad = runner.invoke(main, ["unit", "add", "PS", "Thị trấn Phong Sơn", "--kind", "thitran"])
    assert bad.exit_code == 2 and "ward" in bad.output
    assert "special_zone" in runner.invoke(main, ["unit", "add", "--help"]).output
    ok = runner.invoke(main, ["unit", "add", "PS", "Phường Phong Sơn", "--kind", "ward"])
    assert ok.exit_code == 0, ok.output
