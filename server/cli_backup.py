"""`kieumau backup DEST` and `kieumau restore SRC` (server/backup.py does the work)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import backup as backup_ops
from . import config
from .cli import Ctx, main, pass_ctx
from .store.backup import BackupError


class ClickUi:
    def say(self, line: str) -> None:
        click.echo(line)

    @contextmanager
    def bar(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        with click.progressbar(length=max(total, 1), label=label, file=sys.stderr, show_pos=True) as bar:
            yield bar.update
            if not total:
                bar.update(1)


def _settings(ctx: Ctx) -> dict:
    os.umask(0o077)  # residents' personal data: what this command writes is the owner's alone
    if ctx.data:
        os.environ["KIEUMAU_DATA"] = ctx.data
    return config.load()


def _refuse(exc: BackupError) -> None:
    click.echo(f"Lỗi / Error: {exc}", err=True)
    sys.exit(1)


@main.command(
    help="Copy the data folder and database into DEST (a new or empty folder), consistently, "
    "while the server keeps taking submissions: the database (SQLite's online backup API, or "
    "pg_dump of one snapshot: pg_dump of the server's major version must be installed), the "
    "attachments that snapshot references (those held in PostgreSQL are in the dump; those in an "
    "S3 store are counted, and the bucket is backed up on its side; the generated secret key and "
    "the document settings are in the database), config.py and an earlier version's key and "
    "documents.json, with a manifest.json of versions, counts and checksums. "
    "Restore it with `kieumau restore DEST`."
)
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@pass_ctx
def backup(ctx: Ctx, dest: Path) -> None:
    try:
        manifest = backup_ops.take(_settings(ctx), dest, ClickUi())
    except BackupError as exc:
        _refuse(exc)
    for line in backup_ops.summary(manifest):
        click.echo(line)
    click.echo(f"Đã sao lưu / backed up to {dest}")


@main.command(
    help="Bring a backup made by `kieumau backup` back into the data folder (--data / "
    "KIEUMAU_DATA) and database (DATABASE_URL, or SQLite in the data folder) of the same kind "
    "as the backup's. Stop the server first. Every checksum is checked before anything is "
    "written; a backup of an older schema is migrated forward, one of a newer kieumau is "
    "refused. A data folder or database that already holds data is refused unless --force."
)
@click.argument("src", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite a data folder and database that hold data.")
@pass_ctx
def restore(ctx: Ctx, src: Path, force: bool) -> None:
    try:
        manifest = backup_ops.restore(_settings(ctx), src, force, ClickUi())
    except BackupError as exc:
        _refuse(exc)
    for line in backup_ops.summary(manifest):
        click.echo(line)
    click.echo(f"Đã khôi phục / restored from {src}")
