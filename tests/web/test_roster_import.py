"""Roster uploads over real HTTP: a file that is no roster is refused with a clear 400 (and
by the CLI with a message), nothing stored; a big roster is imported in the background —
the page answers while the import waits, shows its progress, refuses a second import, and
keeps all of it once it can write."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from conftest import PASSWORD, add_unit, add_user
from server.cli import main
from server.store.filelock import FileLock

TOKEN = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"')
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 40
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02\x9d\x81endstream"


def signed_in(url: str) -> requests.Session:
    web = requests.Session()
    token = TOKEN.search(web.get(f"{url}/login").text).group(1)
    resp = web.post(f"{url}/login", data={"csrf_token": token, "username": "quan", "password": PASSWORD},
                    allow_redirects=False)  # fmt: skip
    assert resp.status_code == 302, resp.text
    return web


def upload(web: requests.Session, url: str, content: bytes, name: str) -> requests.Response:
    token = TOKEN.search(web.get(f"{url}/admin/roster").text).group(1)
    return web.post(f"{url}/admin/roster", data={"csrf_token": token}, files={"roster": (name, content)},
                    allow_redirects=False, timeout=60)  # fmt: skip


def registry_counts(database_url: str) -> tuple[int, int]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        found = (
            conn.scalar(text("SELECT count(*) FROM household")),
            conn.scalar(text("SELECT count(*) FROM citizen")),
        )
    engine.dispose()
    return found


def roster(rows: int, bad_last: bool = False) -> bytes:
    lines = ["unit,unit_name,household,head_name,citizen,full_name,birth_year,sex"]
    for i in range(rows):
        lines.append(
            f"TDP{i % 20:02d},Tổ {i % 20},H{i // 3:06d},Chủ hộ {i // 3},C{i:07d},Nguyễn Văn {i},1980,nam"
        )
    if bad_last:
        lines.append("TDP01,,H999999,X,C9999999,Lê Thị X,19x0,nữ")
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def admin_site(app, live_server):
    add_unit(app, "PS", "Thị trấn Phong Sơn", kind="town")
    add_user(app, "quan", "admin")
    return live_server.url


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (PNG, "danh_sach.csv"),
        (PDF, "danh_sach.csv"),
        (PNG, "danh_sach.xlsx"),
        ("mã hộ\n".encode("utf-16-le"), "a.csv"),
    ],
    ids=["png-as-csv", "pdf-as-csv", "png-as-xlsx", "utf16-without-bom"],
)
def test_a_file_that_is_no_roster_gets_a_clear_400_and_nothing_is_stored(
    admin_site, database_url, tmp_path, monkeypatch, content, name
):
    web = signed_in(admin_site)
    resp = upload(web, admin_site, content, name)
    assert resp.status_code == 400, resp.status_code
    assert "Không nhận tệp này" in resp.text and "không phải danh sách CSV hay sổ Excel" in resp.text
    assert "data-import-state" not in resp.text  # no import was started
    assert registry_counts(database_url) == (0, 0)

    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    (tmp_path / name).write_bytes(content)
    done = CliRunner().invoke(main, ["roster", "import", str(tmp_path / name)], catch_exceptions=False)
    assert done.exit_code == 1 and "not a readable CSV list or Excel workbook" in done.output, done.output
    assert registry_counts(database_url) == (0, 0)


@contextmanager
def writers_held(database_url: str) -> Iterator[None]:
    """Keep every other writer of the registry waiting: on SQLite the server's own writer
    lock (the file lock its writers queue on), on PostgreSQL a lock on the household table."""
    if database_url.startswith("sqlite"):
        with FileLock(f"{database_url.split('///', 1)[1]}.writelock").held():
            yield
        return
    engine = create_engine(database_url)
    with engine.connect() as conn:
        conn.execute(text("LOCK TABLE household IN EXCLUSIVE MODE"))
        try:
            yield
        finally:
            conn.rollback()
    engine.dispose()


def _state(web: requests.Session, url: str) -> tuple[str, str]:
    page = web.get(f"{url}/admin/roster").text
    found = re.search(r'data-import-state="(\w+)"', page)
    return (found.group(1) if found else ""), page


def test_a_big_roster_imports_in_the_background_one_at_a_time_all_or_nothing(
    admin_site, database_url, tmp_path, monkeypatch
):
    web = signed_in(admin_site)
    with writers_held(database_url):
        resp = upload(web, admin_site, roster(30_000), "lon.csv")
        assert resp.status_code == 303, resp.status_code  # answered while the import waits
        state, page = _state(web, admin_site)
        assert state == "running" and "Đang nhập lon.csv" in page and 'http-equiv="refresh"' in page
        second = upload(web, admin_site, roster(10), "nho.csv")
        assert second.status_code == 409 and "Đang nhập một danh sách khác" in second.text
        monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))  # the server's data folder
        monkeypatch.setenv("DATABASE_URL", database_url)
        (tmp_path / "nho.csv").write_bytes(roster(10))
        cli = CliRunner().invoke(
            main, ["roster", "import", str(tmp_path / "nho.csv")], catch_exceptions=False
        )
        assert cli.exit_code == 1 and "another roster import is running" in cli.output, cli.output
    deadline = time.time() + 300
    while (state := _state(web, admin_site))[0] == "running":
        assert time.time() < deadline, "the import never ended"
        time.sleep(0.5)
    assert state[0] == "done" and "thêm 20 đơn vị, 10000 hộ, 30000 công dân" in state[1], state[1][-2000:]
    assert registry_counts(database_url) == (10_000, 30_000)

    bad = upload(web, admin_site, roster(3_000, bad_last=True), "loi.csv")
    assert bad.status_code == 303
    while (state := _state(web, admin_site))[0] == "running":
        time.sleep(0.2)
    assert state[0] == "refused" and "Không nhận tệp này" in state[1] and "birth_year" in state[1]
    assert registry_counts(database_url) == (10_000, 30_000)  # nothing of the refused file


def test_the_cli_shows_progress_and_imports(admin_site, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    path: Path = tmp_path / "roster.csv"
    path.write_bytes(roster(3_000))
    done = CliRunner().invoke(main, ["roster", "import", str(path)], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    assert "Ghi / writing" in done.output and "công dân / citizens +3000" in done.output
    assert registry_counts(database_url) == (1_000, 3_000)
