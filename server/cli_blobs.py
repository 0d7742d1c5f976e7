"""`kieumau blobs sweep`: remove attachment files that no submission refers to."""

from __future__ import annotations

import sys

import click

from .cli import Ctx, main, pass_ctx
from .store import blobs, db
from .store import submissions as submission_q


@main.group(help="Attachment files in the data folder.")
def blobs_cmd() -> None:
    pass


main.add_command(blobs_cmd, "blobs")


@blobs_cmd.command(
    "sweep",
    help="Remove attachment files no submission refers to (left by uploads refused or"
    " interrupted before this version, or by a crash), older than --min-age so an upload in"
    " progress keeps its files. A photo whose submission was committed but whose file was"
    " still staged is put in place. Safe on a live server.",
)
@click.option("--dry-run", is_flag=True, help="List what would be removed; change nothing.")
@click.option("--min-age", default=24.0, show_default=True, type=click.FloatRange(min=0.0), help="Hours.")
@pass_ctx
def blobs_sweep(ctx: Ctx, dry_run: bool, min_age: float) -> None:
    app = ctx.app

    def referenced() -> set[str]:
        with app.app_context():
            return submission_q.referenced_blobs(db.connection())

    with click.progressbar(length=0, label="Kiểm tra tệp / checking files", file=sys.stderr) as bar:
        report = blobs.sweep(
            app.config["DATA_DIR"], referenced, min_age * 3600, dry_run, progress=lambda _p: bar.update(1)
        )
    verb = "Sẽ xoá / would remove" if dry_run else "Đã xoá / removed"
    for path in report.removed:
        click.echo(f"{verb}: {path}")
    for path in report.restored:
        click.echo(f"{'Sẽ đặt lại / would restore' if dry_run else 'Đã đặt lại / restored'}: {path}")
    click.echo(
        f"{verb} {len(report.removed)} tệp / files, {report.bytes_removed} byte; "
        f"đặt lại / restored {len(report.restored)}; "
        f"giữ tệp mới hơn {min_age:g} giờ / kept as newer than {min_age:g} h: {report.kept_recent}"
    )
