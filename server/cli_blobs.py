"""`kieumau blobs sweep` and `kieumau blobs migrate`: attachment files no submission refers
to, and moving the stored files between the data folder, the database and the object store."""

from __future__ import annotations

import sys

import click

from .cli import Ctx, main, pass_ctx
from .config import ATTACHMENT_STORES, attachments_store
from .store import blob_moves, blob_store, blobs, db
from .store import submissions as submissions_q


@main.group(help="Attachment files: in the data folder, the database or an S3-compatible store.")
def blobs_cmd() -> None:
    pass


main.add_command(blobs_cmd, "blobs")


@blobs_cmd.command(
    "sweep",
    help="Remove attachment files no submission refers to (left by uploads refused or"
    " interrupted before this version, or by a crash), older than --min-age so an upload in"
    " progress keeps its files: in the data folder, and on PostgreSQL in the database and the"
    " S3 store too. A photo whose submission was committed but whose file was still staged is"
    " put in place. Safe on a live server.",
)
@click.option("--dry-run", is_flag=True, help="List what would be removed; change nothing.")
@click.option("--min-age", default=24.0, show_default=True, type=click.FloatRange(min=0.0), help="Hours.")
@pass_ctx
def blobs_sweep(ctx: Ctx, dry_run: bool, min_age: float) -> None:
    app = ctx.app
    store = blob_store.for_app(app)

    def referenced() -> set[str]:
        """What the data folder keeps: every file a submission refers to, also one held in
        the database too (`kieumau blobs migrate --to folder` may be making it the only
        copy; `migrate --to db` removes such extra copies)."""
        with app.app_context():
            return submissions_q.referenced_blobs(db.connection())

    with click.progressbar(length=0, label="Kiểm tra tệp / checking files", file=sys.stderr) as bar:
        report = blobs.sweep(
            app.config["DATA_DIR"], referenced, min_age * 3600, dry_run, progress=lambda _p: bar.update(1)
        )
        held = (
            blob_moves.sweep(store, min_age * 3600, dry_run, lambda _s: bar.update(1))
            if store.postgres
            else None
        )
    verb = "Sẽ xoá / would remove" if dry_run else "Đã xoá / removed"
    for path in report.removed:
        click.echo(f"{verb}: {path}")
    for path in report.restored:
        click.echo(f"{'Sẽ đặt lại / would restore' if dry_run else 'Đã đặt lại / restored'}: {path}")
    for location, sha in held.removed if held else []:
        click.echo(f"{verb}: {location}:{sha}")
    click.echo(
        f"{verb} {len(report.removed)} tệp / files, {report.bytes_removed} byte; "
        f"đặt lại / restored {len(report.restored)}; "
        f"giữ tệp mới hơn {min_age:g} giờ / kept as newer than {min_age:g} h: {report.kept_recent}"
    )
    if held is not None:
        click.echo(
            f"{verb} {len(held.removed)} tệp trong CSDL và kho S3 / files in the database and the S3 store,"
            f" {held.bytes_removed} byte"
        )


@blobs_cmd.command(
    "migrate",
    help="Move the attachments already stored to TO: folder (the data folder), db (PostgreSQL)"
    " or s3 (the S3-compatible store of the S3_* settings), from wherever each one is. Set"
    " ATTACHMENTS to the same place first, so new files go there too. One file at a time, each"
    " readable all along: safe on a live server, and safe to interrupt (Ctrl-C, a crash) and run"
    " again, which moves what is left. Every file is checked against its sha256 on the way.",
)
@click.option("--to", "to", required=True, type=click.Choice(ATTACHMENT_STORES), help="Where the files go.")
@pass_ctx
def blobs_migrate(ctx: Ctx, to: str) -> None:
    app = ctx.app
    store = blob_store.for_app(app)
    if not store.postgres:
        raise click.ClickException(
            "Với SQLite tệp đính kèm chỉ ở thư mục dữ liệu / with SQLite attachments stay in the data folder"
        )
    if to == "s3" and not app.config.get("S3_BUCKET"):
        raise click.ClickException("Cần đặt S3_BUCKET / S3_BUCKET is not set")
    if attachments_store(app.config) != to:
        click.echo(
            f"! ATTACHMENTS={store.kind}: tệp mới vẫn vào {store.kind} / new files still go to {store.kind}",
            err=True,
        )
    todo = blob_moves.plan(store, to)
    with click.progressbar(
        length=len(todo.todo), label=f"Chuyển tệp / moving files → {to}", file=sys.stderr, show_pos=True
    ) as bar:
        try:
            blob_moves.migrate(store, todo, lambda _s: bar.update(1))
        except blob_moves.Mismatch as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"Đã chuyển / moved {len(todo.todo)} tệp / files → {to}")
