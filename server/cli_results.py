"""`kieumau demo`, `kieumau rescore`, `kieumau results`, `kieumau proposals`."""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from datetime import date

import click
from flask import Flask
from sqlalchemy.orm import Session

from . import runtime
from .cli import Ctx, main, pass_ctx, prepare
from .domain import demo as demo_domain
from .domain import demo_plans, recognition_view, results, results_view
from .domain.recognition import STAGES
from .errors import AppError
from .jobs import scorer as scorer_job
from .store import db
from .store import forms as forms_q
from .store import users as users_q


@main.command(help="Build a synthetic town and submit its surveys through OpenRosa.")
@click.option("--households", default=600, show_default=True, type=click.IntRange(10, 200_000))
@click.option("--seed", default=1, show_default=True, type=int)
@click.option("--year", default=date.today().year, show_default="this year", type=int)
@click.option(
    "--years",
    default=1,
    show_default=True,
    type=click.IntRange(1, 10),
    help="Campaign years to build, ending with --year: the earlier ones complete (every list"
    " approved), so the recognition history has data.",
)
@click.option("--server", "server_url", help="Submit to this running server (same data folder).")
@pass_ctx
def demo(ctx: Ctx, households: int, seed: int, year: int, years: int, server_url: str | None) -> None:
    ctx.creates = True  # the demo town may be built in a new data folder
    app = ctx.app
    for line in prepare(app):
        click.echo(line)
    town = demo_domain.make_town(households, seed)
    with app.app_context():
        session = db.session()
        tokens = demo_domain.setup(session, town, app.config["REALM"])
        session.commit()
    done: list[_YearDone] = []
    for y in range(year - years + 1, year + 1):
        one = _demo_year(app, town, tokens, y, seed, server_url, final=y == year)
        done.append(one)
        if years > 1:
            click.echo(
                f"{y}: {one.added} phiếu mới / new submissions, {one.reviewed} tổ đã bình xét / reviewed"
            )
    added, reviewed = sum(d.added for d in done), sum(d.reviewed for d in done)
    reminded, rewarded = sum(d.reminded for d in done), sum(d.rewarded for d in done)
    errors = [e for d in done for e in d.errors]
    if not (added or reviewed or reminded or rewarded or errors or any(d.planned for d in done)):
        click.echo(
            f"Không có gì mới: thị trấn mẫu (seed {seed}, năm {year}) đã có trong thư mục dữ liệu"
            f" / nothing new: the demo town (seed {seed}, year {year}) is already in the data folder"
        )
        return
    click.echo(
        f"{len(town.units)} tổ / groups, {households} hộ / households, {added} phiếu mới / new submissions"
        f" (of {sum(d.items for d in done)}), {reviewed} tổ đã bình xét / groups reviewed,"
        f" {reminded} lời nhắc / reminders, {rewarded} đề nghị khen thưởng / rewards proposed."
        f" Mật khẩu / password:"
        f" {demo_domain.PASSWORD} (bcd = committee, bvdNN = boards, tnvNN = volunteers;"
        " agencies CQ01, CQ02: bvcq01, tnvcq01…)"
    )
    if errors:
        click.echo(f"{len(errors)} lỗi / errors, first: {errors[0]}", err=True)
        sys.exit(1)


@dataclass
class _YearDone:
    added: int  # new submissions
    planned: int  # plans and inspections written
    reviewed: int
    reminded: int
    rewarded: int
    items: int
    errors: list[str]


def _demo_year(
    app: Flask,
    town: demo_domain.Town,
    tokens: dict[str, str],
    year: int,
    seed: int,
    server_url: str | None,
    *,
    final: bool,
) -> _YearDone:
    """One campaign year of the demo: registrations and plans, a mid-year inspection round, the
    November surveys submitted and scored, and the reviews held (an earlier year's all
    approved). The households' earlier «Gia đình văn hóa» years are stored first, as the
    town's records; in the last year the groups that have not met are reminded and rewards
    are proposed."""
    with app.app_context():
        session = db.session()
        results.refresh_registry(session, year)
        cultured: dict[str, int] = {}
        items = list(demo_domain.surveys(session, town, year, seed, cultured))
        demo_domain.cultured_history(session, town, year, cultured, seed)
        session.commit()
        before = _stored(session)
        # January registrations and plans, then a mid-year inspection round (demo_plans.py)
        planned = demo_plans.registrations_and_plans(session, town, year, seed)
        mid_round = demo_plans.open_round(session, year)
        mid_items = list(demo_plans.round_surveys(session, town, year, seed))
        session.commit()
    server, base = None, server_url
    if base is None:
        import logging

        from werkzeug.serving import make_server

        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # URLs carry tokens: never log them

        server = make_server("127.0.0.1", 0, app, threaded=True)
        base = f"http://127.0.0.1:{server.port}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        errors = demo_domain.submit_all(base.rstrip("/"), tokens, mid_items, lambda _n: None)
        if mid_round is not None:  # closed before the November surveys arrive
            with app.app_context():
                demo_plans.close_round(db.session(), db.session().merge(mid_round))
                db.session().commit()
        label = f"Gửi phiếu / submitting {year}"
        with click.progressbar(length=len(items), label=label, file=sys.stderr) as bar:
            errors += demo_domain.submit_all(base.rstrip("/"), tokens, items, bar.update)
    finally:
        if server is not None:
            server.shutdown()
    with app.app_context():
        session = db.session()
        scorer_job.catch_up(session)
        reviewed = demo_domain.board_reviews(session, town, year, seed, finished=not final)
        planned += demo_plans.inspection(session, town, year, session.merge(mid_round) if mid_round else None)
        reminded = demo_domain.reminders(session, app.config, town, year) if final else 0
        rewarded = demo_domain.demo_rewards(session, year) if final else 0
        session.commit()
        added = _stored(session) - before
    return _YearDone(added, planned, reviewed, reminded, rewarded, len(items) + len(mid_items), errors)


REVIEW_STATES = {
    "open": "chưa bình xét/not reviewed",
    "reviewed": "đã bình xét, chờ phê duyệt/reviewed, awaiting approval",
    "approved": "đã phê duyệt/approved",
}


def _stored(session: Session) -> int:
    """Submissions stored in the data folder (current ones), to tell what a run added."""
    return sum(count for count, _last in forms_q.submission_stats(session).values())


@main.command(help="Score every submission of a year again (after a scoring sheet changed).")
@click.option("--year", required=True, type=int)
@pass_ctx
def rescore(ctx: Ctx, year: int) -> None:
    with ctx.app.app_context():
        session = db.session()
        scorer_job.catch_up(session)
        label = f"Chấm điểm lại / rescoring {year}"
        sqlite = session.get_bind().dialect.name == "sqlite"
        with click.progressbar(length=0, label=label, file=sys.stderr) as bar, runtime.bulk_job(sqlite):
            count = results.rescore(session, year, bar.update)
        session.commit()
    click.echo(f"{year}: {count} phiếu đã chấm / submissions scored")


def _reader(session, username: str | None):
    """The CLI reads as an admin unless --as names a user whose scope applies."""
    from .store.models import User

    if username:
        user = users_q.by_username(session, username)
        if user is None:
            raise click.UsageError(f"không có người dùng {username} / no user {username}")
        return user
    return User(username="cli", role="admin")


@main.command("results", help="A year's unit results: coverage, model households/citizens, titles.")
@click.argument("year", type=int)
@click.option("--as", "username", help="Show only what this user may see.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the API's shape).")
@pass_ctx
def results_cmd(ctx: Ctx, year: int, username: str | None, as_json: bool) -> None:
    with ctx.app.app_context():
        session = db.session()
        scorer_job.catch_up(session)
        rows = results_view.units(session, _reader(session, username), year)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    click.echo(
        "đơn vị/unit\tđã khảo sát/surveyed\thộ KM: đề xuất theo điểm › Ban vận động đồng ý › BCĐ phê duyệt"
        "\tcông dân KM: đề xuất › đồng ý › phê duyệt\tdanh hiệu của đơn vị/unit title\thạng/rank"
    )
    for r in rows:
        f, st = r["figures"], r["recognition"]["stages"]
        hh = " › ".join(_share(st[s]["households"], f["households_registry"]) for s in STAGES)
        cit = " › ".join(_share(st[s]["citizens"], f["adults_registry"]) for s in STAGES)
        title = r.get("title_label") or (
            f"{st['agreed']['groups']} tổ đạt (BVĐ) / {st['approved']['groups']} tổ được công nhận"
            if r["depth"] == 0 or f["groups"] > 1
            else "-"
        )
        surveyed = f"{f['households_surveyed']}/{f['households_registry']}"
        click.echo(
            f"{'  ' * r['depth']}{r['code']} {r['name']}\t{surveyed}\t{hh}\t{cit}\t{title}"
            f"\t{r['rank']}/{r['rank_of']} ({r['rank_stage']['label']})"
        )
    click.echo("Tỷ lệ trên tổng số hộ / công dân trong sổ theo dõi (shares over the registry).")


def _share(count: int, registry: int) -> str:
    return f"{count} ({100 * count / registry:.1f}%)".replace(".", ",") if registry else str(count)


@main.command(
    help="Recognition of a year at each stage (proposed › agreed › approved), as the dossier prints it."
)
@click.argument("year", type=int)
@click.option("--unit", help="One unit (or the units under it).")
@click.option("--as", "username", help="Show only what this user may see.")
@pass_ctx
def recognition(ctx: Ctx, year: int, unit: str | None, username: str | None) -> None:
    """Prints the JSON of GET /api/v1/years/<year>/recognition."""
    with ctx.app.app_context():
        session = db.session()
        scorer_job.catch_up(session)
        try:
            view = recognition_view.recognition_json(session, _reader(session, username), year, unit)
        except AppError as exc:
            click.echo(f"Lỗi / Error: {exc.message}", err=True)
            sys.exit(1)
    click.echo(json.dumps(view, ensure_ascii=False, indent=1))


@main.command(help="Households and citizens proposed for recognition, with the board's decisions.")
@click.argument("year", type=int)
@click.option("--unit", help="One unit's list.")
@click.option("--as", "username", help="Show only what this user may see.")
@pass_ctx
def proposals(ctx: Ctx, year: int, unit: str | None, username: str | None) -> None:
    with ctx.app.app_context():
        session = db.session()
        scorer_job.catch_up(session)
        try:
            units = results_view.proposals(session, _reader(session, username), year, unit)
        except AppError as exc:
            click.echo(f"Lỗi / Error: {exc.message}", err=True)
            sys.exit(1)
    for u in units:
        title = {True: "đạt/yes", False: "chưa/no", None: "-"}[u["group_title_reached"]]
        state = REVIEW_STATES.get(u["review_state"], u["review_state"])
        click.echo(f"{u['unit']} {u['name']} — bình xét/review: {state}; TDP kiểu mẫu: {title}")
        for p in u["proposed"]:
            board = {True: "đồng ý/agree", False: "không/disagree", None: "chưa/pending"}[p["board_agrees"]]
            click.echo(f"  {p['kind']}\t{p['code']}\t{p['name']}\t{p['points']:g}\t{board}")
