"""`kieumau webhooks add/list/remove/log/send`: the endpoints that hear of events, from a
terminal (the same as the page Quản trị → Webhooks)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import requests

from .cli import Ctx, fail, main, pass_ctx
from .domain import webhooks
from .errors import AppError
from .jobs import webhooks as dispatcher
from .store import db
from .store import webhooks as webhooks_q


@main.group(help="Webhook: báo sự kiện sang hệ thống khác / signed JSON POSTs on events.")
def webhooks_group() -> None:
    pass


main.add_command(webhooks_group, "webhooks")


@webhooks_group.command(
    "add",
    help="Register an HTTPS URL for some events: "
    + ", ".join(webhooks.EVENTS)
    + ". The secret (16+ characters) is read from a file, never from the command line.",
)
@click.argument("url")
@click.option("--events", required=True, help="Comma-separated event names.")
@click.option(
    "--secret-file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="File whose first line is the shared secret the signatures use.",
)
@pass_ctx
def add(ctx: Ctx, url: str, events: str, secret_file: Path) -> None:
    secret = (
        secret_file.read_text(encoding="utf-8").splitlines()[0].strip() if secret_file.stat().st_size else ""
    )
    names = [e.strip() for e in events.split(",") if e.strip()]
    with ctx.app.app_context():
        session = db.write_session()
        try:
            hook = webhooks.add(session, url, names, secret, bool(ctx.app.config["WEBHOOK_ALLOW_HTTP"]))
            session.commit()
        except AppError as exc:
            fail(exc)
        click.echo(f"webhook {hook.id}: {hook.url} ({', '.join(hook.events)})")


@webhooks_group.command("list", help="The registered webhooks with their deliveries' counts.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def list_(ctx: Ctx, as_json: bool) -> None:
    with ctx.app.app_context():
        session = db.session()
        rows = []
        for hook in webhooks_q.all_hooks(session):
            states = [webhooks.state(d) for d in webhooks_q.log(session, hook.id, limit=10_000)]
            counts = {s: states.count(s) for s in ("delivered", "waiting", "failed")}
            rows.append({"id": hook.id, "url": hook.url, "events": hook.events, **counts})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("Chưa có webhook / no webhooks")
    for r in rows:
        click.echo(
            f"{r['id']:>4}  {r['url']}  [{', '.join(r['events'])}]  "
            f"đã gửi/delivered {r['delivered']}, chờ/waiting {r['waiting']}, lỗi/failed {r['failed']}"
        )


@webhooks_group.command("remove", help="Stop a webhook and drop its delivery log.")
@click.argument("hook_id", type=click.IntRange(1, 2**31 - 1))
@pass_ctx
def remove(ctx: Ctx, hook_id: int) -> None:
    with ctx.app.app_context():
        session = db.write_session()
        try:
            webhooks.remove(session, hook_id)
            session.commit()
        except AppError as exc:
            fail(exc)
    click.echo(f"webhook {hook_id}: removed")


@webhooks_group.command("log", help="The newest deliveries: event, state, attempts, last answer.")
@click.option("--id", "hook_id", type=click.IntRange(1, 2**31 - 1), help="Only this webhook's.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@pass_ctx
def log(ctx: Ctx, hook_id: int | None, limit: int) -> None:
    with ctx.app.app_context():
        for d in webhooks_q.log(db.session(), hook_id, limit):
            answer = d.last_status if d.last_status is not None else "-"
            click.echo(
                f"{d.id:>6}  {d.created_at:%Y-%m-%d %H:%M:%S}  {d.event:<22} {webhooks.state(d):<9} "
                f"tries {d.attempts}  answer {answer}  {d.last_error[:80]}"
            )


@webhooks_group.command(
    "send", help="Send the deliveries due now and exit (the server does this every second)."
)
@pass_ctx
def send(ctx: Ctx) -> None:
    with requests.Session() as http:
        tried = dispatcher.send(ctx.app, http)
    click.echo(f"tried {tried}")
