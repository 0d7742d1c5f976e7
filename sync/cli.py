"""`kieumau sync …` (also the standalone `kieumau-sync`): a thin shell over the library.
Parse arguments, call one function, print a summary. Exit status: 0 when everything asked
for is done; 1 when something needs a person (refused, unreadable folder, bad login,
download error); 3 when submissions are left in the outbox for a later `push`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import config as cfg
from .client import Client
from .errors import AuthError, RefusedError, SyncError, TLSError
from .forms import pull_forms
from .outbox import Outbox
from .push import Report, push, queue
from .results import download_results

EXIT_NEEDS_PERSON = 1
EXIT_LEFT = 3


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except SyncError as exc:
        click.echo(f"Lỗi / error: {exc}", err=True)
        sys.exit(EXIT_NEEDS_PERSON)


@click.group(help="OpenRosa client: offline outbox, bulk push of ODK Collect exports, results download.")
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=cfg.ENV,
    help=f"Where config, password and outbox live (default {cfg.DEFAULT_HOME}).",
)
@click.pass_context
def sync(ctx: click.Context, home: Path | None) -> None:
    ctx.obj = cfg.home_dir(home)


@sync.command(help="Save the server to use. URL is the server (or a token URL, then no --user).")
@click.argument("url")
@click.option("--user", help="User name; the password is prompted, or read from stdin if piped.")
@click.option(
    "--ca-bundle", type=click.Path(exists=True, dir_okay=False), help="CA file for a private server."
)
@click.option("--no-check", is_flag=True, help="Save without contacting the server.")
@click.pass_obj
def login(home: Path, url: str, user: str | None, ca_bundle: str | None, no_check: bool) -> None:
    if "@" in url.split("://", 1)[-1].split("/", 1)[0]:
        raise click.UsageError(
            "đặt tên người dùng vào --user, không vào URL / put the user name in --user, not in the URL"
        )
    password = None
    if user:
        stdin = sys.stdin
        if stdin.isatty():
            password = click.prompt("Password", hide_input=True)
        else:
            password = stdin.readline().rstrip("\r\n")
        if not password:
            raise click.UsageError("mật khẩu trống / empty password")
    old = cfg.load(home) if (home / "config.json").exists() else None
    conf = cfg.Config(url.rstrip("/"), user, old.device_id if old else "", ca_bundle or True)
    with _errors():
        if not no_check:
            client = Client(conf.url, (user, password) if user and password else None, verify=conf.verify)
            try:
                forms = client.form_list()
                client.probe()
                click.echo(f"OK: {len(forms)} form(s) at {cfg.masked(conf.url)}")
            except (AuthError, TLSError, RefusedError):
                raise  # the login itself is wrong: don't save it
            except SyncError as exc:
                click.echo(
                    "Cảnh báo: chưa kiểm tra được máy chủ, vẫn lưu / "
                    f"warning: could not check the server ({exc}); saved anyway",
                    err=True,
                )
        cfg.save(home, conf, password)
    click.echo(f"saved in {home}")


@sync.command("pull-forms", help="Download blank forms and their media into DIR (only what changed).")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def pull_forms_cmd(home: Path, directory: Path) -> None:
    with _errors():
        report = pull_forms(cfg.client_for(home), directory)
    click.echo(
        f"{report.forms} form(s): {len(report.downloaded)} file(s) downloaded, {report.unchanged} unchanged"
    )
    for line in report.errors:
        click.echo(f"Lỗi / error: {line}", err=True)
    sys.exit(EXIT_NEEDS_PERSON if report.errors else 0)


def _summary(report: Report, *, verbose: bool) -> None:
    click.echo(
        f"sent {len(report.sent)}, already on the server {report.already_sent}, "
        f"refused {len(report.refused)}, skipped {len(report.skipped)}, left in the outbox {len(report.left)}"
    )
    if verbose:
        for item in report.sent:
            click.echo(f"sent      {item.form_id} {item.instance_id}: {item.message}")
    for item in report.refused:
        click.echo(f"refused   {item.form_id} {item.instance_id} ({item.status}): {item.message}")
    for line in report.skipped:
        click.echo(f"skipped   {line}")
    if report.stopped:
        click.echo(f"stopped:  {report.stopped}")


@sync.command("push", help="Queue submission folders (or a Collect `instances` folder) and send the outbox.")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--queue-only", is_flag=True, help="Only copy into the outbox; send later.")
@click.option("--retry-refused", is_flag=True, help="Send refused submissions again.")
@click.option("--attempts", default=4, show_default=True, help="Tries per submission on transient errors.")
@click.option("-v", "--verbose", is_flag=True, help="List each sent submission with the server's message.")
@click.pass_obj
def push_cmd(home: Path, paths: tuple[Path, ...], queue_only: bool, retry_refused: bool, attempts: int,
             verbose: bool) -> None:  # fmt: skip
    report = Report()
    with Outbox(home) as outbox:
        queue(outbox, paths, report)
        if retry_refused:
            outbox.requeue_refused()
            report.refused.clear()
        if queue_only:
            click.echo(f"queued {report.queued}; {len(outbox.pending())} waiting in the outbox")
            sys.exit(EXIT_NEEDS_PERSON if report.skipped or report.refused else 0)
        try:
            client = cfg.client_for(home)
        except SyncError as exc:
            report.stopped = str(exc)
            report.left = outbox.pending()
        else:
            with (
                client,
                click.progressbar(length=len(outbox.pending()), label="sending", file=sys.stderr) as bar,
            ):
                push(client, outbox, report=report, attempts=attempts, progress=lambda _item: bar.update(1))
    _summary(report, verbose=verbose)
    if report.refused or report.skipped:
        sys.exit(EXIT_NEEDS_PERSON)
    sys.exit(EXIT_LEFT if report.left or report.stopped else 0)


@sync.command(help="What the outbox holds.")
@click.option("--all", "show_all", is_flag=True, help="Also list submissions already sent.")
@click.pass_obj
def status(home: Path, show_all: bool) -> None:
    if (home / "config.json").exists():
        conf = cfg.load(home)
        click.echo(f"server: {cfg.masked(conf.url)}" + (f" as {conf.user}" if conf.user else ""))
    with Outbox(home) as outbox:
        counts = outbox.counts()
        click.echo(
            ", ".join(f"{s} {counts.get(s, 0)}" for s in ("queued", "sending", "failed", "refused", "sent"))
        )
        for item in outbox.items():
            if item.state != "sent" or show_all:
                left = (
                    f" [{len(item.remaining)} file(s) to send]" if item.state in ("sending", "failed") else ""
                )
                note = f" ({item.status}) {item.message}" if item.message else ""
                click.echo(f"{item.state:8}  {item.form_id} {item.instance_id}{left}{note}")


@sync.command(help="Download a year's results, lists and dossiers into DIR for offline use.")
@click.argument("year", type=int)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def results(home: Path, year: int, directory: Path) -> None:
    with _errors():
        report = download_results(cfg.client_for(home), year, directory)
    click.echo(f"{len(report.downloaded)} file(s) downloaded, {len(report.unchanged)} unchanged")
    for line in report.errors:
        click.echo(f"Lỗi / error: {line}", err=True)
    sys.exit(0 if report.ok else EXIT_NEEDS_PERSON)
