"""`kieumau documents show/set`: the document settings of a year (numbers, dates, signers,
recipients, issuing body) from a terminal, the same values as the web page and
`<DATA_DIR>/documents.json`."""

from __future__ import annotations

import json

import click

from .cli import Ctx, fail, main, pass_ctx
from .domain import dossier
from .errors import Invalid

LIST_SEPARATOR = "|"


@main.group(help="Số, ngày, người ký, nơi nhận trên văn bản / the document settings of a year.")
def documents() -> None:
    pass


@documents.command("show", help="Print a year's document settings as JSON (defaults filled in).")
@click.argument("year", type=int)
@pass_ctx
def show(ctx: Ctx, year: int) -> None:
    settings = dossier.load_settings(ctx.app.config["DATA_DIR"], year)
    click.echo(json.dumps(dossier.settings_to_dict(settings), ensure_ascii=False, indent=2))


def apply_assignment(current: dict, assignment: str) -> None:
    """KEY=VALUE with a dotted key into the settings dict; a list takes items split on '|'."""
    key, sep, value = assignment.partition("=")
    if not sep or not key:
        raise Invalid(f"Cần KHÓA=GIÁ TRỊ: {assignment}", f"expected KEY=VALUE: {assignment}")
    *parents, last = key.strip().split(".")
    node = current
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            raise Invalid(f"Không có mục {key}", f"unknown setting {key}")
    if not isinstance(node, dict) or last not in node or isinstance(node[last], dict):
        raise Invalid(f"Không có mục {key}", f"unknown setting {key}")
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
    data_dir = ctx.app.config["DATA_DIR"]
    current = dossier.settings_to_dict(dossier.load_settings(data_dir, year))
    try:
        for assignment in assignments:
            apply_assignment(current, assignment)
        dossier.update_settings(data_dir, year, current)
    except Invalid as exc:
        fail(exc)
    click.echo(f"Đã lưu / saved: {len(assignments)} ({year})")
