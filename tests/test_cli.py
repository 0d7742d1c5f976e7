"""The `kieumau` command as an admin scripts it: exit codes, stdin passwords, forms import,
tokens and QR codes; and migrations from an empty database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from server.cli import main
from server.store import migrate
from server.store.models import Base

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(app, database_url, tmp_path, monkeypatch):
    """Run the CLI on the test database (emptied by the app fixture)."""
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return run


def test_help_lists_every_command(cli):
    out = cli("--help").output
    for name in ("serve", "db", "forms", "user", "unit"):
        assert name in out
    assert "--role" in cli("user", "add", "--help").output


def test_user_add_reads_password_from_stdin_and_refuses_bad_input(cli):
    assert cli("unit", "add", "TDP1", "Tổ dân phố 1").exit_code == 0
    ok = cli("user", "add", "lan", "--role", "volunteer", "--unit", "TDP1", input="mat-khau-123\n")
    assert ok.exit_code == 0, ok.output
    dup = cli("user", "add", "lan", "--role", "volunteer", input="mat-khau-123\n")
    assert dup.exit_code == 1 and "already exists" in dup.output
    short = cli("user", "add", "minh", "--role", "volunteer", input="123\n")
    assert short.exit_code == 1 and "8+" in short.output
    bad_role = cli("user", "add", "x", "--role", "king", input="mat-khau-123\n")
    assert bad_role.exit_code == 2
    unknown_unit = cli("user", "add", "y", "--role", "board", "--unit", "NOPE", input="mat-khau-123\n")
    assert unknown_unit.exit_code == 1 and "NOPE" in unknown_unit.output
    listing = cli("user", "list").output
    assert "lan\tvolunteer\tTDP1\tactive" in listing and "minh" not in listing and "\ny\t" not in listing


def test_token_qr_revoke(cli, tmp_path, monkeypatch):
    cli("user", "add", "lan", "--role", "volunteer", input="mat-khau-123\n")
    monkeypatch.setenv("KIEUMAU_PUBLIC_URL", "https://kieumau.example.vn/phongson/")
    first = cli("user", "token", "lan").output.strip()
    assert first.startswith("https://kieumau.example.vn/phongson/key/")
    again = cli("user", "token", "lan")  # only its digest is stored: not shown again
    assert again.exit_code == 1 and "--new" in again.output and first not in again.output
    second = cli("user", "token", "lan", "--new").output.strip()
    assert second.startswith("https://kieumau.example.vn/phongson/key/") and second != first
    png = tmp_path / "lan.png"
    assert cli("user", "qr", "lan", "--new", "--out", str(png)).exit_code == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    assert cli("user", "revoke", "lan").exit_code == 0
    assert "revoked\ttoken=no" in cli("user", "list").output
    assert cli("user", "passwd", "nobody", input="mat-khau-123\n").exit_code == 1


def test_token_and_qr_give_the_running_servers_address_or_refuse(cli, tmp_path, monkeypatch):
    from server import runfile

    monkeypatch.delenv("KIEUMAU_PUBLIC_URL", raising=False)
    cli("user", "add", "lan", "--role", "volunteer", input="mat-khau-123\n")
    for args in (("user", "token", "lan"), ("user", "qr", "lan", "--out", str(tmp_path / "q.png"))):
        refused = cli(*args)
        assert refused.exit_code == 1 and "KIEUMAU_PUBLIC_URL" in refused.output
        assert "chưa biết địa chỉ" in refused.output.lower() and "unknown" in refused.output
    assert not (tmp_path / "q.png").exists()
    data = str(tmp_path / "cli-data")
    fd = runfile.claim(data)  # what `kieumau serve --host 192.168.1.10 --port 9090` records
    try:
        runfile.record(data, "http://192.168.1.10:9090")
        assert cli("user", "token", "lan").output.strip().startswith("http://192.168.1.10:9090/key/")
        assert cli("user", "qr", "lan", "--new", "--out", str(tmp_path / "q.png")).exit_code == 0
        runfile.record(data, "http://127.0.0.1:8080")
        local = cli("user", "token", "lan", "--new")
        assert local.output.startswith("! http://127.0.0.1:8080") and "phones cannot reach it" in local.output
    finally:
        os.close(fd)
    assert cli("user", "token", "lan", "--new").exit_code == 1  # the server stopped: unknown again


def test_commands_outside_a_data_folder_refuse_and_create_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIEUMAU_DATA", raising=False)
    runner = CliRunner()
    for args in (
        ["user", "list"],
        ["forms", "list"],
        ["results", "2026"],
        ["--data", "elsewhere", "user", "list"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert "not a kieumau data folder" in result.output and "không phải thư mục dữ liệu" in result.output
    assert list(tmp_path.iterdir()) == []
    assert runner.invoke(main, ["--data", "fresh", "db", "upgrade"]).exit_code == 0
    assert (tmp_path / "fresh" / "kieumau.db").exists()
    assert runner.invoke(main, ["--data", "fresh", "user", "list"]).exit_code == 0


def test_forms_import_list_close_open(cli):
    result = cli("forms", "import", str(ROOT / "tests" / "data" / "plain.md"))
    assert result.exit_code == 0, result.output
    assert "plain_cli 1 — created" in result.output
    assert "unchanged" in cli("forms", "import", str(ROOT / "tests" / "data" / "plain.md")).output
    assert "plain_cli\t1\topen" in cli("forms", "list").output
    closing = cli("forms", "close", "plain_cli")
    assert closing.exit_code == 0 and "--final" in closing.output
    assert "plain_cli\t1\tclosing" in cli("forms", "list").output
    assert cli("forms", "close", "plain_cli", "--final").exit_code == 0
    assert "plain_cli\t1\tclosed" in cli("forms", "list").output
    assert cli("forms", "open", "plain_cli").exit_code == 0
    assert cli("forms", "close", "nope").exit_code == 1
    missing = cli("forms", "import", "/no/such/file.xlsx")
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_forms_import_reports_pyxform_errors_with_row(cli, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text(
        "| survey |\n|  | type | name | label |\n|  | text | a | ${nope} |\n"
        "| settings |\n|  | form_id | version |\n|  | bad | 1 |\n"
    )
    result = cli("forms", "import", str(bad))
    assert result.exit_code == 1
    assert "bad.md" in result.output and "[row : 2]" in result.output


def test_migrations_build_the_whole_schema_from_empty(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    migrate.upgrade(url)
    assert migrate.current(url) is not None
    engine = create_engine(url)
    assert set(inspect(engine).get_table_names()) >= set(Base.metadata.tables)
    engine.dispose()
    migrate.upgrade(url)  # idempotent on a live database


def test_readme_connect_collect_example_runs_and_stays_apart_from_the_demo(cli, tmp_path, monkeypatch):
    import re
    import shlex

    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Connect ODK Collect\n\n```bash\n(.*?)```", readme, re.S).group(1)
    monkeypatch.setenv("KIEUMAU_PUBLIC_URL", "http://192.168.1.10:8080")
    monkeypatch.chdir(tmp_path)
    codes = []
    for line in block.splitlines():
        args = shlex.split(line, comments=True)
        assert args[0] == ".venv/bin/kieumau"
        result = cli(*args[1:], input="mat-khau-123\n")
        assert result.exit_code == 0, (line, result.output)
        if args[1:3] == ["unit", "add"]:
            codes.append(args[3])
    assert codes and not {"PS"} & set(codes) and not [c for c in codes if re.fullmatch(r"TDP\d+", c)]
    assert (tmp_path / "lan.png").read_bytes().startswith(b"\x89PNG")
    assert cli("unit", "add", "X", "x", "--kind", "thitran").exit_code == 2  # not in the fixed list
    assert cli("unit", "add", "Y", "y", "--kind", "town").exit_code == 0  # thị trấn: legacy, for old data
