"""Loading earlier years' recognitions from a spreadsheet (`kieumau roster history`): the
rows a town has (CSV or XLSX, Vietnamese headers) are kept; a bad row, a too-long value or
a household the registry does not know refuses the whole file with each row's problem in
Vietnamese and English, and nothing is stored."""

from __future__ import annotations

import io

import campaign
import pytest
from click.testing import CliRunner
from openpyxl import Workbook
from sqlalchemy import func, select

from conftest import add_unit
from server.cli import main
from server.domain.history_import import import_and_rescore, import_history
from server.domain.registry import import_roster
from server.errors import Invalid
from server.store import db
from server.store import history as history_q
from server.store.models import Recognition, Score

ROSTER = (
    "unit,household,head_name,citizen,full_name,birth_year\n"
    "TDP01,H1,Nguyễn Văn An,C1,Nguyễn Văn An,1970\n"
    "TDP01,H2,Trần Thị Bình,C2,Trần Thị Bình,1975\n"
    "TDP02,H3,Lê Văn Cường,C3,Lê Văn Cường,1980\n"
)


@pytest.fixture
def registry(app):
    add_unit(app, "PS", "Phường Phong Sơn", kind="ward")
    add_unit(app, "TDP01", "Tổ dân phố 1", parent="PS")
    add_unit(app, "TDP02", "Tổ dân phố 2", parent="PS")
    with app.app_context():
        import_roster(db.session(), ROSTER.encode(), "roster.csv")
        db.session().commit()
    return app


def stored(app) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(Recognition))


def load(app, content: bytes, name: str = "lich-su.csv"):
    with app.app_context():
        s = db.session()
        try:
            report = import_history(s, content, name)
            s.commit()
            return report
        except Invalid:
            s.rollback()
            raise


def test_a_towns_earlier_recognitions_are_loaded_once(registry):
    content = (
        "Năm,Mã tổ,Mã hộ,Mã công dân,Danh hiệu\n"
        "2023,TDP01,H1,,Gia đình văn hóa\n"
        "2024,TDP01,H1,,Gia đình văn hóa\n"
        "2025,TDP01,H1,,\n"  # the campaign's title by default
        "2025,TDP01,,C2,\n"  # a citizen, its household left out
        "2025,TDP02,,,\n"  # the unit's own title
    ).encode()
    report = load(registry, content)
    assert (report.rows, report.added, report.households, report.citizens, report.units) == (5, 5, 3, 1, 1)
    assert report.years == (2023, 2024, 2025)
    with registry.app_context():
        s = db.session()
        h1 = history_q.years_of(s, "household", ["H1"])["H1"]
        assert [(r.year, r.title, r.source) for r in h1] == [
            (2023, "Gia đình văn hóa", "import"),
            (2024, "Gia đình văn hóa", "import"),
            (2025, "Gia đình kiểu mẫu", "import"),
        ]
        assert history_q.consecutive_years(s, "household", ["H1", "H2"], 2026) == {"H1": 3, "H2": 0}
        assert [r.kind for r in history_q.of_unit_year(s, "TDP02", 2025)] == ["unit"]
        assert history_q.of_year(s, 2025, ["TDP01"])[0].unit_code == "TDP01"
    again = load(registry, content)
    assert again.added == 0 and stored(registry) == 5  # the same file twice adds nothing


def test_an_excel_workbook_is_read_like_the_csv(registry):
    book = Workbook()
    sheet = book.active
    sheet.append(["NAM", "ma to", "MA_HO", "danh hieu"])
    sheet.append([2024, "TDP02", "H3", "Gia đình văn hóa"])
    sheet.append([2025.0, "TDP02", "H3", "Gia đình văn hóa"])
    data = io.BytesIO()
    book.save(data)
    assert load(registry, data.getvalue(), "lich-su.xlsx").added == 2


def test_bad_rows_refuse_the_whole_file_naming_each_row_in_both_languages(registry):
    long_code = "H" * 65
    content = (
        "year,unit,household,citizen,title\n"
        "2024,TDP01,H1,,Gia đình văn hóa\n"  # good, but the file is refused: nothing stored
        "20x4,TDP01,H1,,\n"  # row 3: a year that is no number
        "2024,TDP09,,,\n"  # row 4: an unknown unit
        "2024,TDP01,H404,,\n"  # row 5: a household the registry does not know
        "2024,TDP02,H1,,\n"  # row 6: a household of another unit
        f"2024,TDP01,{long_code},,\n"  # row 7: a code longer than the registry's
        f"2024,TDP01,H1,,{'Gia đình văn hóa ' * 10}\n"  # row 8: a title longer than 128 characters
        "2024,TDP01,,C3,\n"  # row 9: a citizen of another unit
        "2024,TDP01,H1,C2,\n"  # row 10: a citizen of another household
        "2024,TDP01,,C404,\n"  # row 11: an unknown citizen
        "1900,TDP01,H1,,\n"  # row 12: a year out of range
        "2999,TDP01,H1,,\n"  # row 13: a year not come yet
    ).encode()
    with pytest.raises(Invalid) as refused:
        load(registry, content)
    message = refused.value.vi
    for row, words in (
        (3, "năm không hợp lệ / year must be a whole number"),
        (4, "không có đơn vị / unknown unit TDP09"),
        (5, "không có hộ trong sổ / household H404 is not in the registry"),
        (6, "hộ H1 không thuộc đơn vị / is not in unit TDP02"),
        (7, "mã quá dài / household code longer than 64 characters"),
        (8, "danh hiệu quá dài / title longer than 128 characters"),
        (9, "công dân C3 không thuộc đơn vị / is not in unit TDP01"),
        (10, "công dân C2 không thuộc hộ / is not of household H1"),
        (11, "không có công dân trong sổ / citizen C404 is not in the registry"),
        (12, "dòng / row 12: năm không hợp lệ"),
        (13, "dòng / row 13: năm không hợp lệ"),
    ):
        assert f"dòng / row {row}: " in message and words in message, (row, message)
    assert "dòng / row 2:" not in message
    assert stored(registry) == 0


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        (b"", "trong.csv", "the file is empty"),
        (b"unit,household\nTDP01,H1\n", "thieu-cot.csv", "missing column(s): year"),
        (b"%PDF-1.7\n\x00\x01\x02\x9d\x81", "lich-su.pdf", "not a readable CSV list or Excel workbook"),
        (b"year,unit\n", "khong-dong.csv", "the file has no rows"),
    ],
)
def test_a_file_that_is_no_history_is_refused(registry, content, name, words):
    with pytest.raises(Invalid) as refused:
        load(registry, content, name)
    assert words in refused.value.message
    assert stored(registry) == 0


def test_the_cli_loads_a_file_and_refuses_a_bad_one(registry, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    good, bad = tmp_path / "lich-su.csv", tmp_path / "sai.csv"
    good.write_text("năm,mã tổ,mã hộ\n2024,TDP01,H1\n2025,TDP01,H1\n", encoding="utf-8-sig")
    bad.write_text("năm,mã tổ,mã hộ\n2025,TDP01,H9\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(main, ["roster", "history", str(good)], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    assert "2 dòng / rows, 2 mới / new (năm / years 2024, 2025)" in done.output
    refused = runner.invoke(main, ["roster", "history", str(bad)], catch_exceptions=False)
    assert refused.exit_code == 1
    assert "dòng / row 2: không có hộ trong sổ / household H9 is not in the registry" in refused.output
    assert stored(registry) == 2


def test_loading_a_year_scores_the_later_years_again(town):
    """TDP01-H1 was a «Gia đình văn hóa» 2023-2025 (the town fixture); surveyed for 2027 it
    misses GD15 (nothing known of 2026) until 2026 is loaded: 2027 is then scored again."""
    campaign.household(town, "TDP01", 1, "uuid:h1-2027", year="2027")

    def gd15() -> bool:
        with town.app_context():
            score = db.session().query(Score).filter_by(year=2027, subject="TDP01-H1", counts=True).one()
            return next(c["passed"] for c in score.criteria if c["code"] == "GD15")

    assert gd15() is False
    with town.app_context():
        s = db.session()
        report = import_and_rescore(s, b"year,unit,household\n2026,TDP01,TDP01-H1\n", "2026.csv")
        s.commit()
    assert report.added == 1 and report.rescored == (2027,)
    assert gd15() is True
