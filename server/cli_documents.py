"""`kieumau documents show/set/export/import`: the document settings of a year (numbers,
dates, signers, recipients, issuing body) from a terminal, the same values as the web page,
stored in the database; `export`/`import` carry them as `documents.json` for editing by hand."""

from __future__ import annotations

import json
import sys

import click

from .cli import Ctx, fail, main, pass_ctx
from .domain import dossier
from .errors import Invalid
from .store import db

LIST_SEPARATOR = "|"
MAX_IMPORT_BYTES = 10_000_000


@main.group(help="Số, ngày, người ký, nơi nhận trên văn bản / the document settings of a year.")
def documents() -> None:
    pass


@documents.command("show", help="Print a year's document settings as JSON (defaults filled in).")
@click.argument("year", type=int)
@pass_ctx
def show(ctx: Ctx, year: int) -> None:
    with ctx.app.app_context():
        settings = dossier.load_settings(db.session(), year)
    click.echo(json.dumps(dossier.settings_to_dict(settings), ensure_ascii=False, indent=2))


def apply_assignment(current: dict, assignment: str) -> None:
    """KEY=VALUE with a dotted key into the settings dict; a list takes items split on '|'."""
    key, sep, value = assignment.partition("=")
    if not sep or not key:
        raise Invalid(
            "document.setting_not_key_value", "Cần KHÓA=GIÁ TRỊ: %(assignment)s", assignment=assignment
        )
    *parents, last = key.strip().split(".")
    node = current
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            raise Invalid("document.unknown_setting", "Không có mục %(key)s", key=key)
    if not isinstance(node, dict) or last not in node or isinstance(node[last], dict):
        raise Invalid("document.unknown_setting", "Không có mục %(key)s", key=key)
    if isinstance(node[last], list):
        node[last] = [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]
    elif last == "date":
        node[last] = value.strip() or None  # empty: a blank to fill in by hand
    else:
        node[last] = value.strip()


@documents.command(
    "set",
    help="Change settings of a year: KEY=VALUE ... with dotted keys as `show` prints them, e.g. "
    "decision.number=235/QĐ-UBND decision.date=2026-12-15 decision.signature.name='Lê Thị Thu Hà'. "
    "A list takes its items separated by '|': decision.recipients='Như Điều 3;|Lưu: VT.' "
    "A date is YYYY-MM-DD, or empty to leave a blank for a handwritten date.",
)
@click.argument("year", type=int)
@click.argument("assignments", nargs=-1, required=True)
@pass_ctx
def set_(ctx: Ctx, year: int, assignments: tuple[str, ...]) -> None:
    with ctx.app.app_context():
        session = db.session()
        current = dossier.settings_to_dict(dossier.load_settings(session, year))
        try:
            for assignment in assignments:
                apply_assignment(current, assignment)
            dossier.update_settings(session, year, current)
            session.commit()
        except Invalid as exc:
            session.rollback()
            fail(exc)
    click.echo(f"Đã lưu / saved: {len(assignments)} ({year})")


@documents.command(
    "export",
    help='Write every year\'s stored settings as documents.json ({"2026": {...}}) to FILE, or'
    " standard output; edit it by hand and bring it back with `import`.",
)
@click.argument("file", type=click.Path(dir_okay=False, writable=True), required=False)
@pass_ctx
def export(ctx: Ctx, file: str | None) -> None:
    with ctx.app.app_context():
        text = json.dumps(dossier.export_settings(db.session()), ensure_ascii=False, indent=2) + "\n"
    if file:
        with open(file, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


@documents.command(
    "import",
    help="Read documents.json (as `export` writes it; - for standard input): each year in it"
    " replaces that year's settings; all or nothing, checked before anything is stored.",
)
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@pass_ctx
def import_(ctx: Ctx, file: str) -> None:
    try:
        with open(file, "rb") if file != "-" else sys.stdin.buffer as fh:
            raw = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        fail(
            Invalid(
                "document.file_unreadable",
                "Không đọc được %(file)s: %(error)s",
                file=file,
                error=exc.strerror,
            )
        )
        return
    if len(raw) > MAX_IMPORT_BYTES:
        fail(Invalid("document.settings_too_large", "Tệp quá lớn (tối đa 10 MB)"))
    try:
        everything = json.loads(raw.decode("utf-8-sig"))
    except ValueError as exc:  # UnicodeDecodeError too
        fail(Invalid("document.settings_not_json", "Không phải JSON UTF-8: %(error)s", error=exc))
        return
    with ctx.app.app_context():
        session = db.session()
        try:
            years = dossier.import_settings(session, everything)
            session.commit()
        except Invalid as exc:
            session.rollback()
            fail(exc)
            return
    click.echo(f"Đã nhập / imported: {', '.join(map(str, years)) or '-'}")
