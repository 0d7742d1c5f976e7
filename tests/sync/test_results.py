"""`results YEAR DIR` against the contract in sync/results.py. The server side of
/api/v1/years/<year>/files is not built yet (another issue), so these tests serve the
contract from a tiny Flask app defined here, on a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib

import pytest
from click.testing import CliRunner
from flask import Flask, Response, abort, jsonify, request

from sync import Client
from sync.cli import sync
from sync.results import download_results


class Reports:
    """The future server: a listing per year, files served with ETag = md5 and 304."""

    def __init__(self) -> None:
        self.files = {
            "summary.xlsx": b"PK workbook bytes",
            "units/TDP1.pdf": b"%PDF-1.7 TDP1",
            "units/TDP2.pdf": b"%PDF-1.7 TDP2",
        }
        self.hidden_md5: set[str] = set()
        self.extra: list[dict] = []
        self.gets: list[str] = []
        self.app = Flask("reports")
        self.app.add_url_rule("/api/v1/years/<int:year>/files", view_func=self.listing)
        self.app.add_url_rule("/reports/<path:name>", view_func=self.file)

    def listing(self, year: int) -> Response:
        if year != 2026:
            abort(404)
        assert request.args["deviceID"].startswith("kieumau-sync:")
        out = [
            {"name": n, "url": f"/reports/{n}", **({} if n in self.hidden_md5 else {"md5": _md5(b)})}
            for n, b in self.files.items()
        ]
        return jsonify(files=out + self.extra)

    def file(self, name: str) -> Response:
        self.gets.append(name)
        resp = Response(self.files[name], content_type="application/octet-stream")
        resp.set_etag(_md5(self.files[name]))
        return resp.make_conditional(request)


def _md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


@pytest.fixture
def reports(serve):
    rep = Reports()
    with serve(rep.app) as url:
        rep.url = url
        yield rep


def test_results_download_only_what_changed(reports, tmp_path):
    client = Client(reports.url)
    dest = tmp_path / "ket-qua-2026"
    first = download_results(client, 2026, dest)
    assert sorted(first.downloaded) == sorted(reports.files) and first.ok
    for name, data in reports.files.items():
        assert (dest / name).read_bytes() == data
    assert (dest / "files.json").exists()

    second = download_results(client, 2026, dest)
    assert second.downloaded == [] and len(second.unchanged) == 3
    assert len(reports.gets) == 3  # nothing fetched again

    reports.files["units/TDP2.pdf"] = b"%PDF-1.7 TDP2 corrected"
    (dest / "summary.xlsx").write_bytes(b"someone edited the local copy")
    third = download_results(client, 2026, dest)
    assert sorted(third.downloaded) == ["summary.xlsx", "units/TDP2.pdf"]
    assert (dest / "units/TDP2.pdf").read_bytes() == b"%PDF-1.7 TDP2 corrected"


def test_without_md5_the_etag_decides(reports, tmp_path):
    reports.hidden_md5 = set(reports.files)
    client = Client(reports.url)
    download_results(client, 2026, tmp_path)
    again = download_results(client, 2026, tmp_path)
    assert again.downloaded == [] and len(reports.gets) == 6  # asked, answered 304


def test_unsafe_names_are_refused(reports, tmp_path):
    reports.extra = [{"name": "../../evil.sh", "url": "/reports/summary.xlsx", "md5": "0" * 32}]
    report = download_results(Client(reports.url), 2026, tmp_path / "out")
    assert not report.ok and "unsafe file name" in report.errors[0]
    assert not (tmp_path / "evil.sh").exists()


def test_results_cli_and_exit_codes(reports, tmp_path):
    home = tmp_path / "home"
    runner = CliRunner()
    assert runner.invoke(sync, ["--home", str(home), "login", reports.url, "--no-check"]).exit_code == 0
    result = runner.invoke(sync, ["--home", str(home), "results", "2026", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "3 file(s) downloaded, 0 unchanged" in result.output
    again = runner.invoke(sync, ["--home", str(home), "results", "2026", str(tmp_path / "r")])
    assert "0 file(s) downloaded, 3 unchanged" in again.output
    missing = runner.invoke(sync, ["--home", str(home), "results", "1999", str(tmp_path / "r")])
    assert missing.exit_code == 1 and "(404)" in missing.output


def test_errors_are_bilingual_with_the_readmes_exit_codes(tmp_path):
    runner = CliRunner()
    home = str(tmp_path / "home")
    not_logged_in = runner.invoke(sync, ["--home", home, "results", "2026", str(tmp_path / "r")])
    assert not_logged_in.exit_code == 1
    assert "Lỗi / error:" in not_logged_in.output and "chưa có máy chủ" in not_logged_in.output
    assert "no server configured" in not_logged_in.output
    bad_url = runner.invoke(sync, ["--home", home, "login", "ftp://example.org"])
    assert (
        bad_url.exit_code == 1
        and "phải bắt đầu bằng http" in bad_url.output
        and "must start" in bad_url.output
    )
    usage = runner.invoke(sync, ["--home", home, "login", "https://lan@example.org"])
    assert usage.exit_code == 2 and "đặt tên người dùng" in usage.output
