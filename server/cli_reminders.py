"""`kieumau reminders …`: the follow-up from a terminal — the lagging units of a year, the
year's calendar, and the daily e-mail digest (which `kieumau serve` also sends by itself
from DIGEST_HOUR; running it by hand, or from cron, sends nothing twice in a day)."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from .cli import Ctx, fail, main, pass_ctx
from .domain import digest, followup
from .errors import AppError, Invalid, NotFound
from .store import db
from .store import users as users_q


@main.group(help="Đôn đốc, nhắc việc / follow-up: lagging units, calendar, e-mail digests.")
def reminders_group() -> None:
    pass


main.add_command(reminders_group, "reminders")


def _day(text: str | None) -> date:
    if not text:
        return followup.local_today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"{text!r}: YYYY-MM-DD") from None


@reminders_group.command(
    "digest", help="Send today's e-mail digests not sent yet (SMTP_* settings), with progress."
)
@click.option("--date", "day", help="The day to send for (YYYY-MM-DD; default: today, Vietnam time).")
@pass_ctx
def digest_cmd(ctx: Ctx, day: str | None) -> None:
    today = _day(day)
    app = ctx.app
    if not app.config.get("SMTP_HOST"):
        fail(Invalid("reminder.no_smtp", "Chưa cài đặt SMTP_HOST: không gửi được thư"))
    with app.app_context():
        session = db.session()
        total = digest.waiting(session, today)
        with click.progressbar(
            length=max(total, 1), label="Gửi thư / sending", file=sys.stderr, show_pos=True
        ) as bar:
            result = digest.run(session, app.config, today, progress=bar.update)
    click.echo(
        f"sent {result.sent}, nothing due {result.nothing_due}, failed {result.failed} (tried again next run)"
    )
    for error in result.errors[:20]:
        click.echo(f"  {error}", err=True)
    if result.failed:
        sys.exit(1)


@reminders_group.command("lagging", help="The units behind a year's calendar, and why.")
@click.argument("year", type=int)
@click.option("--as", "username", help="As this user sees it (default: the whole town).")
@click.option("--date", "day", help="As on this day (YYYY-MM-DD; default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@pass_ctx
def lagging_cmd(ctx: Ctx, year: int, username: str | None, day: str | None, as_json: bool) -> None:
    from .store.users import Caller

    with ctx.app.app_context():
        session = db.session()
        user = Caller(0, "cli", "admin", True, "", "")
        if username:
            found = users_q.by_username(session, username)
            if found is None:
                fail(NotFound("user.not_found", "Không có người dùng %(username)s", username=username))
            user = found
        try:
            fu = followup.follow_up(session, ctx.app.config, user, year, _day(day))
        except AppError as exc:
            fail(exc)
    if as_json:
        click.echo(json.dumps(followup.as_json(fu), ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(fu.lagging)} / {fu.units} units lagging on {fu.today.isoformat()}")
    click.echo(f"expected coverage {fu.expected:.0%}")
    for lag in fu.lagging:
        click.echo(f"{lag.unit.code}  {lag.unit.name}")
        for reason in lag.reasons:
            click.echo(f"    - {reason.vi} / {reason.en}")


@reminders_group.command(
    "calendar", help="Show a year's calendar, or change steps: STEP=YYYY-MM-DD (empty: default)."
)
@click.argument("year", type=int)
@click.argument("changes", nargs=-1)
@pass_ctx
def calendar_cmd(ctx: Ctx, year: int, changes: tuple[str, ...]) -> None:
    from .store.users import Caller

    with ctx.app.app_context():
        session = db.write_session() if changes else db.session()
        try:
            if changes:
                pairs = dict(c.split("=", 1) if "=" in c else (c, "") for c in changes)
                cal = followup.set_calendar(
                    session, Caller(0, "cli", "admin", True, "", ""), ctx.app.config, year, pairs
                )
                session.commit()
            else:
                cal = followup.calendar(session, ctx.app.config, year)
        except AppError as exc:
            fail(exc)
    for step, day in cal.dates.items():
        mark = " (changed)" if step in cal.changed else ""
        click.echo(f"{step:13} {day.isoformat()}{mark}")
