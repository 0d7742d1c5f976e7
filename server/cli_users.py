"""`kieumau user ...` and `kieumau unit ...`: accounts, scopes, tokens, QR codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import runfile, runtime
from .cli import Ctx, fail, main, pass_ctx, read_password
from .domain import accounts
from .domain.history_import import COLUMNS as HISTORY_COLUMNS
from .domain.units import UNIT_KINDS
from .errors import AppError, Invalid
from .formats.roster import column_help
from .store import db
from .store import users as users_q


@main.group(help="Users: add, list, passwd, token, qr, revoke, assign.")
def user() -> None:
    pass


def _run(ctx: Ctx, action):
    """Run one action in a transaction; AppError -> message and exit 1."""
    app = ctx.app
    with app.app_context():
        session = db.session()
        try:
            result = action(session, app.config)
            session.commit()
            return result
        except AppError as exc:
            session.rollback()
            fail(exc)


@user.command("add", help="Create a user; the password is prompted (or read from stdin).")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(accounts.ROLES))
@click.option("--unit", "units", multiple=True, help="Unit code the role applies to (repeatable).")
@click.option("--name", "full_name", default="", help="Full name shown on documents.")
@pass_ctx
def user_add(ctx: Ctx, username: str, role: str, units: tuple[str, ...], full_name: str) -> None:
    password = read_password()

    def action(session, conf):
        u = accounts.add_user(session, username, role, password, conf["REALM"], full_name=full_name)
        accounts.assign(session, u, list(units))

    _run(ctx, action)
    click.echo(f"{username}: {role} {' '.join(units)}".rstrip())


@user.command("list", help="Users with role, units and whether a token is set.")
@pass_ctx
def user_list(ctx: Ctx) -> None:
    for u in _run(ctx, lambda s, c: users_q.all_users(s)):
        units = ",".join(x.code for x in u.units) or "-"
        state = "active" if u.active else "revoked"
        click.echo(f"{u.username}\t{u.role}\t{units}\t{state}\ttoken={'yes' if u.token_hash else 'no'}")


@user.command("passwd", help="Set a new password (prompted or from stdin); reactivates the user.")
@click.argument("username")
@pass_ctx
def user_passwd(ctx: Ctx, username: str) -> None:
    password = read_password()

    def action(session, conf):
        u = accounts.get_user(session, username)
        accounts.set_password(u, password, conf["REALM"])
        u.active = True

    _run(ctx, action)
    click.echo(f"{username}: password changed")


def _phones_url(conf: dict) -> str:
    """The server address the phones get (runfile.phones_url), with the admin page's warning
    when only this machine can reach it."""
    url = runfile.phones_url(conf)
    if runfile.is_local(url):
        click.echo(
            f"! {url} chỉ dùng được trên chính máy này, điện thoại không kết nối được: đặt"
            f" KIEUMAU_PUBLIC_URL / {url} works only on this machine, phones cannot reach it:"
            " set KIEUMAU_PUBLIC_URL",
            err=True,
        )
    return url


TOKEN_ONCE = (
    "Only a digest of the token is stored, so its URL is shown once, when it is made; a user"
    " who has a token gets a new one only with --new (the old URL and QR code stop working)."
)


def _issue_token(session, username: str, new: bool) -> str:  # Session
    u = accounts.get_user(session, username)
    if u.token_hash and not new:
        raise Invalid(
            "user.token_exists",
            "%(username)s đã có mã truy cập; máy chủ chỉ giữ bản băm nên không in lại được. Dùng "
            "--new để tạo mã mới (mã cũ và mã QR cũ thôi dùng được)",
            username=username,
        )
    return accounts.new_token(u)


@user.command("token", help="Make the user's token and print its URL. " + TOKEN_ONCE)
@click.argument("username")
@click.option("--new", is_flag=True, help="Replace the user's token (the old URL stops working).")
@pass_ctx
def user_token(ctx: Ctx, username: str, new: bool) -> None:
    def action(session, conf):
        return accounts.token_url(_phones_url(conf), _issue_token(session, username, new))

    click.echo(_run(ctx, action))


@user.command(
    "qr", help="Make the user's token and write the ODK Collect settings QR code (PNG). " + TOKEN_ONCE
)
@click.argument("username")
@click.option("--out", type=click.Path(path_type=Path), help="PNG file (default USER-collect.png).")
@click.option("--new", is_flag=True, help="Replace the user's token (the old URL stops working).")
@pass_ctx
def user_qr(ctx: Ctx, username: str, out: Path | None, new: bool) -> None:
    def action(session, conf):
        token = _issue_token(session, username, new)
        u = accounts.get_user(session, username)
        return accounts.qr_png(accounts.collect_settings(_phones_url(conf), u, token))

    png = _run(ctx, action)
    target = out or Path(f"{username}-collect.png")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # a credential
    with os.fdopen(fd, "wb") as fh:
        fh.write(png)
    click.echo(str(target))


@user.command("revoke", help="Revoke the user's token and password.")
@click.argument("username")
@pass_ctx
def user_revoke(ctx: Ctx, username: str) -> None:
    _run(ctx, lambda s, c: accounts.revoke(accounts.get_user(s, username)))
    click.echo(f"{username}: revoked")


@user.command("assign", help="Set the units a user's role applies to.")
@click.argument("username")
@click.argument("units", nargs=-1, required=True)
@pass_ctx
def user_assign(ctx: Ctx, username: str, units: tuple[str, ...]) -> None:
    _run(ctx, lambda s, c: accounts.assign(s, accounts.get_user(s, username), list(units)))
    click.echo(f"{username}: {' '.join(units)}")


@main.group(help="The unit tree (commune, residential groups, villages, agencies...).")
def unit() -> None:
    pass


@unit.command("add", help="Add a unit under an optional parent.")
@click.argument("code")
@click.argument("name")
@click.option("--parent", help="Parent unit code.")
@click.option(
    "--kind",
    default="residential_group",
    show_default=True,
    type=click.Choice(UNIT_KINDS),
    help="ward, commune, special_zone: today's units; town, district: data from before 1 July 2025.",
)
@pass_ctx
def unit_add(ctx: Ctx, code: str, name: str, parent: str | None, kind: str) -> None:
    from .domain.units import add_unit

    _run(ctx, lambda s, c: add_unit(s, code, name, kind=kind, parent_code=parent))
    click.echo(f"{code}: {name}")


@main.group(help="The household registry: import a roster (CSV or XLSX).")
def roster() -> None:
    pass


@roster.command(
    "import",
    help="Import a roster (CSV in UTF-8, UTF-16 or Windows-1258, or XLSX): one row per adult (or"
    " per household). Columns unit and household are required; the others are unit_name,"
    " parent_unit, head_name, address, members, citizen, full_name, birth_year, sex, workplace (the"
    " code of the agency where the citizen works). Vietnamese"
    " headers are accepted, in any case, with or without accents: "
    + column_help()
    + ". All or nothing: any bad row refuses the file. Importing the same file twice changes nothing."
    " Shows its progress; refused while another import (here or from the admin page) runs.",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
def roster_import(ctx: Ctx, file: Path) -> None:
    from .jobs import roster as roster_job

    app = ctx.app
    show = _Progress()
    try:
        held = roster_job.claim(app)
        report = roster_job.run(app, held, file.read_bytes(), file.name, "kieumau roster import", show)
    except AppError as exc:
        show.close()
        fail(exc)
    show.close()
    click.echo(
        f"{file.name}: đơn vị / units +{report.units}; hộ / households +{report.households_created} "
        f"~{report.households_updated}; công dân / citizens +{report.citizens_created} "
        f"~{report.citizens_updated}; không đổi / unchanged {report.unchanged}"
    )


@roster.command(
    "history",
    help="Load earlier years' recognitions (CSV or XLSX), so criteria that read the history"
    " (consecutive-years()) have it: one row per recognition with year and unit; household for a"
    " household's title, citizen for a citizen's, neither for the unit's own; title optional"
    " (default: the campaign's title). Vietnamese headers accepted: "
    + column_help(HISTORY_COLUMNS)
    + ". All or nothing; the same file twice adds nothing. Later years already scored are"
    " scored again.",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
def roster_history(ctx: Ctx, file: Path) -> None:
    from .domain.history_import import import_and_rescore

    def load(s, _config):  # the later years' rescore is a bulk job in this process of its own
        with runtime.bulk_job(s.get_bind().dialect.name == "sqlite"):
            return import_and_rescore(s, file.read_bytes(), file.name)

    report = _run(ctx, load)
    years = ", ".join(str(y) for y in report.years)
    click.echo(
        f"{file.name}: {report.rows} dòng / rows, {report.added} mới / new (năm / years {years});"
        f" hộ / households {report.households}, công dân / citizens {report.citizens},"
        f" đơn vị / units {report.units}"
        + (f"; chấm lại / rescored {', '.join(map(str, report.rescored))}" if report.rescored else "")
    )


class _Progress:
    """A line per phase of the import, and a progress bar (on stderr) while it writes."""

    LABELS = {"read": "Đọc tệp / reading", "check": "Kiểm tra / checking", "write": "Ghi / writing"}

    def __init__(self) -> None:
        self.phase = ""
        self.bar = None
        self.shown = 0

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase != self.phase:
            self.close()
            self.phase = phase
            if phase == "write" and total:
                label = self.LABELS[phase]
                self.bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
                self.bar.__enter__()
            else:
                rows = f" {total} dòng / rows" if total else ""
                click.echo(f"{self.LABELS.get(phase, phase)}{rows}", err=True)
        if self.bar is not None:
            self.bar.update(done - self.shown)
            self.shown = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar, self.shown = None, 0
