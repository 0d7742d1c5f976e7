"""The `kieumau` command: parse arguments, call the domain, print the outcome. Exit codes:
0 done, 1 refused (bad input, conflict), 2 usage error (click)."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import click
from flask import Flask

from . import create_app, runfile, shared
from .config import SettingError
from .domain import accounts
from .domain import forms as forms_domain
from .errors import AppError
from .store import db, migrate
from .store import forms as forms_q
from .store import users as users_q


class Ctx:
    """Builds the app lazily so --help works without a data folder. Only the commands that
    set `creates` (serve, db upgrade, demo) may start a new data folder; the others refuse a folder
    without a database rather than leave an empty one wherever they were run."""

    def __init__(self, data: str | None) -> None:
        self.data = data
        self.creates = False
        self._app: Flask | None = None
        self._pid = os.getpid()

    @property
    def app(self) -> Flask:
        if self._app is None:
            if self.data:
                os.environ["KIEUMAU_DATA"] = self.data
            if not self.creates:
                _refuse_without_database(None)
            try:
                self._app = create_app()
            except SettingError as exc:  # a KIEUMAU_* variable that cannot be read: exit 1
                raise click.ClickException(str(exc)) from None
            if not self.creates:
                _refuse_without_database(self._app.config["DATABASE_URL"])
            migrate.upgrade(self._app.config["DATABASE_URL"])  # every command sees a current schema
            shared.ensure_secret_key(self._app)
            problem = shared.adopt_documents_file(self._app)
            if problem:
                click.echo(problem, err=True)
        return self._app

    def close(self) -> None:
        """The command is done: its database connections are closed now, not whenever the
        interpreter collects them (a test runs many commands in one process). Only in the
        process that opened them: a server's forked worker ends through here too."""
        if self._app is not None and os.getpid() == self._pid:
            self._app.extensions["engine"].dispose()


def _refuse_without_database(url: str | None) -> None:
    """Exit 1 when the data folder has no kieumau database (url None: before the settings
    are read, the default SQLite file of a folder that holds no config.py either)."""
    data = Path(os.environ.get("KIEUMAU_DATA") or "data").resolve()
    if url is None:
        custom = "DATABASE_URL" in os.environ or (data / "config.py").exists()
        missing = not custom and not (data / "kieumau.db").exists()
    elif url.startswith("sqlite:///"):
        missing = not Path(url.removeprefix("sqlite:///")).exists() or migrate.current(url) is None
    else:
        missing = migrate.current(url) is None
    if missing:
        fail(
            AppError(
                "server.no_data_folder",
                "%(data)s không phải thư mục dữ liệu kieumau (chưa có cơ sở dữ liệu): chạy lệnh ở nơi có "
                "dữ liệu, chỉ rõ --data, hoặc tạo mới bằng `kieumau db upgrade` hay `kieumau serve`",
                data=data,
            )
        )


pass_ctx = click.make_pass_decorator(Ctx)


def fail(exc: AppError) -> None:
    click.echo(f"Lỗi / Error: {exc.message}", err=True)
    sys.exit(1)


def read_password(confirm: bool = True) -> str:
    """Prompted on a terminal; read from the first line of stdin in scripts."""
    if sys.stdin.isatty():
        return click.prompt("Mật khẩu / Password", hide_input=True, confirmation_prompt=confirm)
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise click.UsageError("no password on stdin / không có mật khẩu trên stdin")
    return line


@click.group(help="kieumau — máy chủ biểu mẫu OpenRosa cho phong trào kiểu mẫu.")
@click.option("--data", envvar="KIEUMAU_DATA", help="Data folder (default ./data or KIEUMAU_DATA).")
@click.pass_context
def main(ctx: click.Context, data: str | None) -> None:
    ctx.obj = Ctx(data)
    ctx.call_on_close(ctx.obj.close)


# ---- serve and database -------------------------------------------------------------


def prepare(app: Flask) -> list[str]:
    """First start: migrate, import the bundled forms, create the first admin. Returns
    lines to print (the admin's password is shown once)."""
    lines = []
    migrate.upgrade(app.config["DATABASE_URL"])
    with migrate.one_host_at_a_time(app.config["DATABASE_URL"]), app.app_context():
        session = db.session()
        if not forms_q.all_forms(session):
            paths = forms_domain.workbook_paths([Path(app.config["FORMS_DIR"])])
            for path in paths:
                try:
                    r = forms_domain.import_path(session, path)
                    lines.append(f"Biểu mẫu / form {r.form_id} {r.version}: {r.status}")
                except AppError as exc:
                    session.rollback()
                    lines.append(f"! {exc.message}")
            session.commit()
        if users_q.count_users(session) == 0:
            password = secrets.token_urlsafe(12)
            accounts.add_user(session, "admin", "admin", password, app.config["REALM"])
            session.commit()
            lines.append(f"Quản trị đầu tiên / first admin: admin / {password}  (đổi ngay / change it)")
    lines.extend(_attachments_left_behind(app))
    app.extensions["engine"].dispose()
    return lines


def _attachments_left_behind(app: Flask) -> list[str]:
    """Attachments still in this host's data folder while new ones go to the database or
    the object store (an upgraded server): other hosts cannot read them until moved."""
    from .store import blob_moves, blob_store

    store = blob_store.for_app(app)
    if store.in_folder:
        return []
    left = sum(1 for source in blob_moves.plan(store, store.kind).todo.values() if source == "folder")
    if not left:
        return []
    command = f"`kieumau blobs migrate --to {store.kind}`"
    return [
        f"! {left} tệp đính kèm còn trong thư mục dữ liệu; chuyển bằng {command} / "
        f"{left} attachments are still in the data folder: move them with {command}"
    ]


@main.command(
    help="Start the server on the data folder, setting it up first. gunicorn runs the processes;"
    " in each, an asyncio front reads whole requests (with time limits and a cap of connections"
    " per address) before handing them to the threads. Each request is logged on standard error"
    " (client, method, path with tokens masked, status, bytes, milliseconds)."
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int, help="Processes.")
@click.option("--threads", default=16, show_default=True, type=int, help="Threads per process.")
@click.option("--access-log/--no-access-log", default=True, show_default=True, help="One line per request.")
@pass_ctx
def serve(ctx: Ctx, host: str, port: int, workers: int, threads: int, access_log: bool) -> None:
    from .config import SETTINGS
    from .serve import run

    ctx.creates = True
    app = ctx.app
    try:
        runfile.claim(app.config["DATA_DIR"])  # held until the server stops
    except AppError as exc:
        fail(exc)
    for line in prepare(app):
        click.echo(line)
    if app.config["PUBLIC_URL"] == SETTINGS["PUBLIC_URL"][0]:  # not set: the address served here
        wildcard = host in ("0.0.0.0", "::", "")
        app.config["PUBLIC_URL"] = f"http://{'127.0.0.1' if wildcard else host}:{port}"
        if wildcard:
            click.echo(
                "! Điện thoại cần địa chỉ của máy này: đặt KIEUMAU_PUBLIC_URL, ví dụ "
                f"http://192.168.1.10:{port} / phones need this machine's address: set KIEUMAU_PUBLIC_URL",
                err=True,
            )
    runfile.record(app.config["DATA_DIR"], app.config["PUBLIC_URL"])
    click.echo(f"kieumau: {app.config['PUBLIC_URL']}  (dữ liệu / data: {app.config['DATA_DIR']})")
    run(app, host, port, workers, threads, access_log)


@main.group(help="Database schema.")
def db_cmd() -> None:
    pass


main.add_command(db_cmd, "db")


@db_cmd.command("upgrade", help="Apply migrations (safe on a live data folder).")
@pass_ctx
def db_upgrade(ctx: Ctx) -> None:
    ctx.creates = True
    url = ctx.app.config["DATABASE_URL"]
    migrate.upgrade(url)
    click.echo(f"schema: {migrate.current(url)}")


# ---- forms --------------------------------------------------------------------------


@main.group(help="XLSForm workbooks: import, list, close, open.")
def forms() -> None:
    pass


@forms.command("import", help="Import workbooks (default: the bundled forms/ folder).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_ctx
def forms_import(ctx: Ctx, paths: tuple[Path, ...]) -> None:
    app = ctx.app
    failed = 0
    with app.app_context():
        session = db.session()
        try:
            found = forms_domain.workbook_paths(list(paths) or [Path(app.config["FORMS_DIR"])])
        except AppError as exc:
            fail(exc)
        for path in found:
            try:
                r = forms_domain.import_path(session, path)
                session.commit()
                click.echo(f"{path.name}: {r.form_id} {r.version} — {r.status}")
            except AppError as exc:
                session.rollback()
                failed += 1
                click.echo(f"{exc.message}", err=True)
    sys.exit(1 if failed else 0)


@forms.command("list", help="Forms with their current version and state.")
@pass_ctx
def forms_list(ctx: Ctx) -> None:
    with ctx.app.app_context():
        session = db.session()
        for form in forms_q.all_forms(session):
            v = forms_q.current_version(session, form)
            click.echo(f"{form.xml_form_id}\t{v.version if v else '-'}\t{form.state}\t{form.title}")


def _set_state(ctx: Ctx, form_id: str, state: str) -> None:
    with ctx.app.app_context():
        session = db.session()
        try:
            forms_domain.set_state(session, form_id, state)
        except AppError as exc:
            fail(exc)
        session.commit()
        click.echo(f"{form_id}: {state}")


@forms.command(
    "close",
    help="Close a form in two steps, as ODK Central does. Without --final the form becomes"
    " 'closing': phones no longer see or download it, but the submissions they still hold are"
    " accepted. With --final it becomes 'closed' and refuses submissions too (409).",
)
@click.argument("form_id")
@click.option("--final", is_flag=True, help="Refuse submissions as well (state 'closed').")
@pass_ctx
def forms_close(ctx: Ctx, form_id: str, final: bool) -> None:
    _set_state(ctx, form_id, "closed" if final else "closing")
    if not final:
        click.echo(
            "Điện thoại không còn tải biểu mẫu này nhưng vẫn gửi được bài đang giữ; khi xong, chạy"
            f" `kieumau forms close {form_id} --final`. / Phones no longer download it but can still"
            f" send what they hold; when they are done, run `kieumau forms close {form_id} --final`."
        )


@forms.command("open", help="Reopen a closing or closed form.")
@click.argument("form_id")
@pass_ctx
def forms_open(ctx: Ctx, form_id: str) -> None:
    _set_state(ctx, form_id, "open")


from sync.cli import sync as _sync_group  # noqa: E402  (the client is its own package)

from . import (  # noqa: E402,F401  (register their commands)
    cli_backup,
    cli_blobs,
    cli_documents,
    cli_reminders,
    cli_results,
    cli_users,
    cli_webhooks,
)

main.add_command(_sync_group, "sync")
