"""The document settings page (numbers, dates, signers of the tờ trình and decision) through
the test client with CSRF on, per role, and `kieumau documents show/set/export/import`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import add_unit, add_user
from pagehelpers import csrf, sign_in
from server.cli import main
from server.domain import dossier
from server.store import db

PAGE = "/years/2026/documents"


@pytest.fixture
def town(app):
    add_unit(app, "PS", "Thị trấn Phong Sơn", kind="commune")
    add_unit(app, "TDP1", "Tổ dân phố 1", parent="PS")
    add_user(app, "quantri", "admin")
    add_user(app, "bcd", "committee")
    add_user(app, "bvd1", "board", ("TDP1",))
    add_user(app, "tnv1", "volunteer", ("TDP1",))
    return app


def _saved(app, year: int) -> dossier.DocumentSettings:
    with app.app_context():
        return dossier.load_settings(db.session(), year)


def _form(page: str) -> dict:
    """The fields of the page as the browser would post them back."""
    fields = dict(re.findall(r'<input[^>]*? name="(\w+)"[^>]*? value="([^"]*)"', page))
    fields.update(re.findall(r'<textarea[^>]*? name="(\w+)"[^>]*>\s*([^<]*)</textarea>', page))
    return fields


@pytest.mark.parametrize("username", ["quantri", "bcd"])
def test_admin_and_committee_edit_the_settings(town, client, username):
    sign_in(client, username)
    page = client.get(PAGE)
    assert page.status_code == 200 and "……/QĐ-UBND" in page.text  # the placeholders, filled in
    data = _form(page.text)
    assert data["decision_signer"] == "……" and "csrf_token" in data
    data.update(
        decision_number="77/QĐ-UBND",
        decision_date="2026-12-20",
        decision_recipients="Như Điều 3;\r\nLưu: VT.",
        place="Thọ Xuân",
        reward_decision_number="240/QĐ-UBND",
        reward_decision_signer="Lê Văn Nam",
    )
    resp = client.post(PAGE, data=data)
    assert resp.status_code == 302 and resp.location.endswith(PAGE)
    assert "Đã lưu thông tin văn bản năm 2026." in client.get(PAGE).text
    saved = _saved(town, 2026)
    assert (saved.decision.number, saved.decision.date.isoformat(), saved.place) == (
        "77/QĐ-UBND",
        "2026-12-20",
        "Thọ Xuân",
    )
    assert saved.decision.recipients == ("Như Điều 3;", "Lưu: VT.")
    assert (saved.reward_decision.number, saved.reward_decision.signature.name) == (
        "240/QĐ-UBND",
        "Lê Văn Nam",
    )
    assert saved.submission.number == "……/TTr-VHXH"  # what was not changed keeps its value
    assert saved.reward_submission.number == "……/TTr-VHXH"
    assert _saved(town, 2027).place == "Phong Sơn"


def test_without_the_csrf_token_nothing_is_saved(town, client):
    sign_in(client, "bcd")
    data = _form(client.get(PAGE).text)
    data.pop("csrf_token")
    data["decision_number"] = "1/QĐ-UBND"
    assert client.post(PAGE, data=data).status_code == 400
    assert _saved(town, 2026).decision.number == "……/QĐ-UBND"
    with town.app_context():
        assert dossier.export_settings(db.session()) == {}  # nothing stored


def test_a_bad_date_is_refused_on_the_page(town, client):
    sign_in(client, "quantri")
    data = _form(client.get(PAGE).text)
    data["submission_date"] = "20/12/2026"
    resp = client.post(PAGE, data=data)
    assert resp.status_code == 400 and 'aria-invalid="true"' in resp.text
    assert _saved(town, 2026).submission.date is None


@pytest.mark.parametrize("username", ["bvd1", "tnv1"])
def test_boards_and_volunteers_may_not(town, client, username):
    sign_in(client, username)
    assert client.get(PAGE).status_code == 403
    assert client.get("/documents/").status_code == 403
    token = csrf(client, "/password")
    assert client.post(PAGE, data={"csrf_token": token, "decision_number": "1/QĐ"}).status_code == 403
    assert _saved(town, 2026).decision.number == "……/QĐ-UBND"


def test_signed_out_goes_to_login(town, client):
    resp = client.get(PAGE)
    assert resp.status_code == 302 and "/login" in resp.location


def test_reached_from_the_admin_and_results_pages_in_both_languages(town, client):
    sign_in(client, "quantri")
    assert 'href="/documents/"' in client.get("/admin/").text
    latest = client.get("/documents/")
    assert latest.status_code == 302 and latest.location.endswith("/documents")
    client.get("/lang/en")
    page = client.get(PAGE)
    assert "Document settings for 2026" in page.text and "Decision number" in page.text
    assert 'href="/years/2026"' in page.text  # back to the results


def test_cli_show_and_set(town, tmp_path, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", town.config["DATA_DIR"])
    monkeypatch.setenv("DATABASE_URL", town.config["DATABASE_URL"])
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["documents", "set", "2026", "decision.number=9/QĐ-UBND", "decision.date=2026-12-01",
         "decision.recipients=Như Điều 3;|Lưu: VT.", "decision.signature.name=Trần Văn Bình"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = json.loads(runner.invoke(main, ["documents", "show", "2026"]).output)
    assert shown["decision"]["number"] == "9/QĐ-UBND" and shown["decision"]["date"] == "2026-12-01"
    assert shown["decision"]["recipients"] == ["Như Điều 3;", "Lưu: VT."]
    assert shown["decision"]["signature"] == {
        "lines": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "name": "Trần Văn Bình",
    }
    bad = runner.invoke(main, ["documents", "set", "2026", "decision.date=01/12/2026"])
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output
    assert runner.invoke(main, ["documents", "set", "2026", "nope=1"]).exit_code == 1
    assert "documents" in runner.invoke(main, ["--help"]).output
    assert "KEY=VALUE" in runner.invoke(main, ["documents", "set", "--help"]).output


def test_cli_export_edit_import(town, tmp_path, monkeypatch):
    """documents.json for editing by hand: exported from the database, edited, imported back;
    a file with a bad entry changes nothing (all or nothing), whatever it is."""
    monkeypatch.setenv("KIEUMAU_DATA", town.config["DATA_DIR"])
    monkeypatch.setenv("DATABASE_URL", town.config["DATABASE_URL"])
    runner = CliRunner()
    assert runner.invoke(main, ["documents", "set", "2026", "place=Thọ Xuân"]).exit_code == 0
    out = tmp_path / "documents.json"
    assert runner.invoke(main, ["documents", "export", str(out)]).exit_code == 0
    everything = json.loads(out.read_text(encoding="utf-8"))
    assert list(everything) == ["2026"] and everything["2026"]["place"] == "Thọ Xuân"
    everything["2026"]["decision"]["number"] = "12/QĐ-UBND"
    everything["2027"] = {"place": "Phong Sơn Mới"}
    out.write_text(json.dumps(everything, ensure_ascii=False), encoding="utf-8")
    done = runner.invoke(main, ["documents", "import", str(out)])
    assert done.exit_code == 0 and "2026, 2027" in done.output, done.output
    assert _saved(town, 2026).decision.number == "12/QĐ-UBND" and _saved(town, 2027).place == "Phong Sơn Mới"

    bad_files = {
        "a bad date": {"2026": {"place": "X"}, "2028": {"decision": {"date": "1/1/2028"}}},
        "not a year": {"2026": {"place": "X"}, "năm nay": {}},
        "not by year": ["2026"],
    }
    for why, content in bad_files.items():
        out.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        refused = runner.invoke(main, ["documents", "import", str(out)])
        assert refused.exit_code == 1 and "Lỗi / Error" in refused.output, why
    out.write_bytes(b"\xff\xfe not json")
    assert runner.invoke(main, ["documents", "import", str(out)]).exit_code == 1
    out.write_bytes(b" " * 10_000_001)
    too_big = runner.invoke(main, ["documents", "import", str(out)])
    assert too_big.exit_code == 1 and "10 MB" in too_big.output
    assert runner.invoke(main, ["documents", "import", str(tmp_path / "missing.json")]).exit_code == 1
    assert _saved(town, 2026).place == "Thọ Xuân" and _saved(town, 2028).place == "Phong Sơn"  # untouched


def test_an_earlier_versions_documents_json_is_adopted_once(town, monkeypatch):
    """A data folder from before the settings moved into the database: its documents.json is
    imported at the next command's start and renamed, so a later edit of it is not mistaken
    for one that counts; a database that already has settings keeps them."""
    data = Path(town.config["DATA_DIR"])
    (data / "documents.json").write_text(json.dumps({"2026": {"place": "Làng Cũ"}}), encoding="utf-8")
    monkeypatch.setenv("KIEUMAU_DATA", str(data))
    monkeypatch.setenv("DATABASE_URL", town.config["DATABASE_URL"])
    shown = CliRunner().invoke(main, ["documents", "show", "2026"])
    assert json.loads(shown.output)["place"] == "Làng Cũ"
    assert not (data / "documents.json").exists() and (data / "documents.json.imported").exists()
    (data / "documents.json").write_text(json.dumps({"2026": {"place": "Khác"}}), encoding="utf-8")
    again = CliRunner().invoke(main, ["documents", "show", "2026"])
    assert json.loads(again.output)["place"] == "Làng Cũ"


def test_a_broken_documents_json_of_an_earlier_version_is_left_and_said(town, monkeypatch):
    data = Path(town.config["DATA_DIR"])
    (data / "documents.json").write_text('{"2026": {"decision": {"date": "20/12/2026"}}}', encoding="utf-8")
    monkeypatch.setenv("KIEUMAU_DATA", str(data))
    monkeypatch.setenv("DATABASE_URL", town.config["DATABASE_URL"])
    shown = CliRunner().invoke(main, ["documents", "show", "2026"])
    assert shown.exit_code == 0 and "could not be imported" in shown.output
    assert (data / "documents.json").exists() and _saved(town, 2026).decision.date is None
    (data / "documents.json").write_bytes(b"\xff not json")
    assert CliRunner().invoke(main, ["documents", "show", "2026"]).exit_code == 0
