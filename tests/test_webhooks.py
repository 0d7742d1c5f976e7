"""Webhooks as a town's bot would see them: a real HTTPS receiver on 127.0.0.1 (its
certificate from a test CA the server is told to trust), deliveries queued in the
transaction of their cause, signed, sent after the commit, retried with backoff, never
redirected, and each sent once across a restart and across two dispatchers."""

from __future__ import annotations

import hashlib
import hmac
import json
import ssl
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
import trustme
from click.testing import CliRunner
from flask import Flask

from conftest import add_unit, add_user
from pagehelpers import csrf, sign_in
from server import create_app
from server.cli import main
from server.domain import review, webhooks
from server.errors import Invalid
from server.jobs import webhooks as dispatcher
from server.store import db
from server.store import users as users_q
from server.store import webhooks as webhooks_q

SECRET = "s3cret-of-the-town-bot"


class Receiver:
    """An HTTPS server that records what it receives; `answers` is the status to give per
    request in turn (then 200)."""

    def __init__(self, ca: trustme.CA) -> None:
        self.received: list[dict] = []
        self.answers: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.answers.pop(0) if receiver.answers else 200
                receiver.received.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body, "status": status}
                )
                self.send_response(status)
                if status in (301, 302, 307, 308):
                    self.send_header("Location", f"https://127.0.0.1:{self.server.server_port}/elsewhere")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(context)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def bodies(self, path: str = "/hook") -> list[dict]:
        return [json.loads(r["body"]) for r in self.received if r["path"] == path]


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def receiver(ca: trustme.CA) -> Iterator[Receiver]:
    r = Receiver(ca)
    yield r
    r.server.shutdown()
    r.server.server_close()


@pytest.fixture
def hooked(app: Flask, ca: trustme.CA, tmp_path) -> Flask:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    app.config["WEBHOOK_CA_BUNDLE"] = str(bundle)
    return app


def _register(app: Flask, url: str, events: list[str]) -> int:
    with app.app_context():
        session = db.write_session()
        hook = webhooks.add(session, url, events, SECRET)
        session.commit()
        return hook.id


def _emit(app: Flask, event: str, key: str, data: dict) -> int:
    with app.app_context():
        session = db.write_session()
        queued = webhooks.emit(session, event, key, data)
        session.commit()
        return queued


def _send(app: Flask) -> int:
    with requests.Session() as http:
        return dispatcher.send(app, http)


def _make_due_now(app: Flask) -> None:
    with app.app_context():
        session = db.write_session()
        for d in webhooks_q.log(session):
            if d.next_attempt_at is not None:
                d.next_attempt_at -= timedelta(days=1)
        session.commit()


def test_signature_is_hmac_sha256_over_timestamp_dot_body() -> None:
    body = b'{"event": "submission.stored"}'
    expected = hmac.new(SECRET.encode(), b"1700000000." + body, hashlib.sha256).hexdigest()
    assert webhooks.sign(SECRET, 1700000000, body) == f"sha256={expected}"


@pytest.mark.parametrize(
    "url",
    [
        "http://bot.example.vn/hook",  # plain HTTP
        "https://user:pw@bot.example.vn/hook",  # credentials in the URL
        "https:///nohost",
        "ftp://bot.example.vn/",
        "https://bot.example.vn/" + "x" * 2000,
    ],
)
def test_a_webhook_url_that_is_not_plain_https_is_refused(app: Flask, url: str) -> None:
    with app.app_context(), pytest.raises(Invalid):
        webhooks.add(db.session(), url, ["submission.stored"], SECRET)


def test_unknown_events_and_short_secrets_are_refused(app: Flask) -> None:
    with app.app_context():
        with pytest.raises(Invalid, match="unknown events"):
            webhooks.add(db.session(), "https://bot.example.vn/h", ["submission.deleted"], SECRET)
        with pytest.raises(Invalid, match="secret"):
            webhooks.add(db.session(), "https://bot.example.vn/h", ["submission.stored"], "short")


def test_an_event_reaches_the_receiver_signed_once(hooked: Flask, receiver: Receiver) -> None:
    _register(hooked, receiver.url, ["submission.stored"])
    other = _register(hooked, receiver.url.replace("/hook", "/other"), ["review.stage_changed"])
    assert _emit(hooked, "submission.stored", "41", {"instance_id": "uuid:a", "unit": "TDP01"}) == 1
    assert (
        _emit(hooked, "submission.stored", "41", {"instance_id": "uuid:a", "unit": "TDP01"}) == 0
    )  # same cause
    assert _send(hooked) == 1
    assert _send(hooked) == 0
    [got] = receiver.received
    headers, body = got["headers"], got["body"]
    stamp = headers["X-Kieumau-Timestamp"]
    expected = hmac.new(SECRET.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    assert headers["X-Kieumau-Signature"] == f"sha256={expected}"
    assert abs(int(stamp) - time.time()) < 60
    payload = json.loads(body)
    assert payload["event"] == headers["X-Kieumau-Event"] == "submission.stored"
    assert payload["data"] == {"instance_id": "uuid:a", "unit": "TDP01"}
    assert str(payload["id"]) == headers["X-Kieumau-Delivery"]
    with hooked.app_context():
        assert [webhooks.state(d) for d in webhooks_q.log(db.session())] == ["delivered"]
        assert webhooks_q.log(db.session(), other) == []  # not subscribed: nothing queued


def test_events_of_many_causes_are_built_only_when_a_webhook_listens(app: Flask) -> None:
    """emit_many reads its causes (a generator: a catch-up's thousands of submissions) only
    when a webhook subscribed to the event, and then queues each once."""
    built: list[str] = []

    def causes() -> Iterator[tuple[str, dict]]:
        for key in ("1", "2"):
            built.append(key)
            yield key, {"submission_id": int(key)}

    with app.app_context():
        session = db.write_session()
        assert webhooks.emit_many(session, "submission.stored", causes()) == 0
        assert built == []
        webhooks.add(session, "https://hooks.example.org/other", ["review.stage_changed"], SECRET)
        assert webhooks.emit_many(session, "submission.stored", causes()) == 0
        assert built == []
        webhooks.add(session, "https://hooks.example.org/hook", ["submission.stored"], SECRET)
        assert webhooks.emit_many(session, "submission.stored", causes()) == 2
        assert built == ["1", "2"]
        assert webhooks.emit_many(session, "submission.stored", causes()) == 0  # the same causes
        session.rollback()


def test_a_failing_receiver_is_retried_with_backoff_and_the_same_delivery_id(
    hooked: Flask, receiver: Receiver
) -> None:
    _register(hooked, receiver.url, ["unit.result_changed"])
    receiver.answers = [500, 503]
    _emit(hooked, "unit.result_changed", "TDP01:2026:7", {"unit": "TDP01"})
    assert _send(hooked) == 1
    assert _send(hooked) == 0  # not due yet: backing off
    with hooked.app_context():
        [d] = webhooks_q.log(db.session())
        assert (webhooks.state(d), d.attempts, d.last_status) == ("waiting", 1, 500)
        assert d.next_attempt_at is not None
    _make_due_now(hooked)
    assert _send(hooked) == 1
    _make_due_now(hooked)
    assert _send(hooked) == 1
    ids = {r["headers"]["X-Kieumau-Delivery"] for r in receiver.received}
    assert len(receiver.received) == 3 and len(ids) == 1
    with hooked.app_context():
        [d] = webhooks_q.log(db.session())
        assert (webhooks.state(d), d.attempts, d.last_status) == ("delivered", 3, 200)


def test_a_redirect_is_not_followed(hooked: Flask, receiver: Receiver) -> None:
    _register(hooked, receiver.url, ["reminder.due"])
    receiver.answers = [302]
    _emit(hooked, "reminder.due", "TDP01:2026-11-30", {"unit": "TDP01"})
    _send(hooked)
    assert [r["path"] for r in receiver.received] == ["/hook"]  # the signed body went nowhere else
    with hooked.app_context():
        [d] = webhooks_q.log(db.session())
        assert webhooks.state(d) == "waiting" and d.last_status == 302


def test_an_untrusted_certificate_is_refused(app: Flask, receiver: Receiver) -> None:
    _register(app, receiver.url, ["submission.stored"])  # no WEBHOOK_CA_BUNDLE: the test CA is unknown
    _emit(app, "submission.stored", "7", {})
    _send(app)
    assert receiver.received == []
    with app.app_context():
        [d] = webhooks_q.log(db.session())
        assert d.last_status is None and "SSLError" in d.last_error


def test_queued_deliveries_survive_a_restart_and_two_dispatchers_send_each_once(
    hooked: Flask, receiver: Receiver, database_url: str, tmp_path
) -> None:
    _register(hooked, receiver.url, ["submission.stored"])
    for n in range(30):
        _emit(hooked, "submission.stored", str(n), {"n": n})
    hooked.extensions["engine"].dispose()  # the server stops before sending anything
    restarted = [
        create_app(
            {
                "DATA_DIR": str(tmp_path / f"host{i}"),
                "DATABASE_URL": database_url,
                "SECRET_KEY": "test-secret",
                "TESTING": True,
                "BACKGROUND_SCORING": False,
                "WEBHOOK_CA_BUNDLE": hooked.config["WEBHOOK_CA_BUNDLE"],
            }
        )
        for i in range(2)
    ]
    threads = [dispatcher.start(a) for a in restarted]
    deadline = time.time() + 60
    while len(receiver.received) < 30 and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(1.5)  # a second chance for a duplicate to arrive
    for _thread, stop in threads:
        stop.set()
    for thread, _stop in threads:
        thread.join(15)
    numbers = sorted(b["data"]["n"] for b in receiver.bodies())
    assert numbers == list(range(30))
    for a in restarted:
        a.extensions["engine"].dispose()


def test_the_cli_adds_lists_and_removes(app: Flask, database_url: str, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n")
    run = CliRunner().invoke
    added = run(
        main,
        [
            "webhooks",
            "add",
            "https://bot.example.vn/kieumau",
            "--events",
            "submission.stored,review.stage_changed",
            "--secret-file",
            str(secret),
        ],
    )
    assert added.exit_code == 0, added.output
    listed = run(main, ["webhooks", "list", "--json"])
    [hook] = json.loads(listed.output)
    assert hook["url"] == "https://bot.example.vn/kieumau"
    assert hook["events"] == ["submission.stored", "review.stage_changed"]
    refused = run(
        main,
        [
            "webhooks",
            "add",
            "http://bot.example.vn/",
            "--events",
            "submission.stored",
            "--secret-file",
            str(secret),
        ],
    )
    assert refused.exit_code == 1 and "HTTPS" in refused.output
    assert run(main, ["webhooks", "remove", str(hook["id"])]).exit_code == 0
    assert json.loads(run(main, ["webhooks", "list", "--json"]).output) == []
    assert run(main, ["webhooks", "remove", str(hook["id"])]).exit_code == 1


@pytest.mark.parametrize(("text", "allowed"), [("off", False), ("No", False), ("on", True)])
def test_the_cli_reads_webhook_allow_http_from_the_environment_as_people_type_it(
    app: Flask, database_url: str, tmp_path, monkeypatch, text: str, allowed: bool
) -> None:
    """KIEUMAU_WEBHOOK_ALLOW_HTTP=off or No keeps a plain http:// receiver on this machine
    out of `kieumau webhooks add`; on lets it in."""
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "cli-data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("KIEUMAU_WEBHOOK_ALLOW_HTTP", text)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    args = ["webhooks", "add", "http://127.0.0.1:9/hook", "--events", "submission.stored", "--secret-file"]
    added = CliRunner().invoke(main, [*args, str(secret)])
    assert added.exit_code == (0 if allowed else 1), added.output
    assert ("HTTPS" in added.output) is not allowed


def test_the_admin_page_registers_lists_logs_and_removes(hooked: Flask, receiver: Receiver) -> None:
    add_user(hooked, "admin", role="admin")
    add_user(hooked, "bcd", role="committee")
    client = hooked.test_client()
    sign_in(client, "admin")
    token = csrf(client, "/admin/webhooks")
    form = {
        "csrf_token": token,
        "url": "http://bot.example.vn/h",
        "events": ["submission.stored"],
        "secret": SECRET,
    }
    refused = client.post("/admin/webhooks", data=form)
    assert refused.status_code == 200 and "HTTPS" in refused.text
    added = client.post("/admin/webhooks", data={**form, "url": receiver.url}, follow_redirects=True)
    assert added.status_code == 200 and receiver.url in added.text
    _emit(hooked, "submission.stored", "1", {"n": 1})
    _send(hooked)
    page = client.get("/admin/webhooks")
    assert "submission.stored" in page.text and "đã gửi" in page.text and "HTTP 200" in page.text
    with hooked.app_context():
        [hook] = webhooks_q.all_hooks(db.session())
    gone = client.post(f"/admin/webhooks/{hook.id}/remove", data={"csrf_token": token}, follow_redirects=True)
    assert "Chưa có webhook nào" in gone.text
    committee = hooked.test_client()
    sign_in(committee, "bcd")
    assert committee.get("/admin/webhooks").status_code == 403


@pytest.mark.slow
def test_kieumau_serve_delivers_scored_submissions_once_across_a_restart(
    receiver: Receiver, ca: trustme.CA, tmp_path, monkeypatch
) -> None:
    """The production server: a submission's events wait while the receiver is down, the
    server is stopped and started again, and each event then arrives once, signed."""
    import re

    from requests.auth import HTTPDigestAuth
    from test_serve import ROOT, free_port, start, stop

    from formdata import instance_xml
    from orhelpers import post

    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("KIEUMAU_WEBHOOK_CA_BUNDLE", str(bundle))
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    port = free_port()
    proc, output = start(tmp_path, port)
    try:
        password = re.search(r"first admin: admin / (\S+)", output).group(1)
        secret = tmp_path / "secret"
        secret.write_text(SECRET)
        added = CliRunner().invoke(
            main,
            ["webhooks", "add", receiver.url, "--events", "submission.stored,unit.result_changed",
             "--secret-file", str(secret)],
        )  # fmt: skip
        assert added.exit_code == 0, added.output
        receiver.answers = [503] * 100  # the receiver is down
        xml = instance_xml(
            ROOT / "forms" / "gia_dinh_kieu_mau.xlsx",
            {"unit": "TDP1", "year": "2026", "household": "H1"},
            "uuid:wh-1",
        )
        assert (
            post(f"http://127.0.0.1:{port}", xml, auth=HTTPDigestAuth("admin", password)).status_code == 201
        )
        deadline = time.time() + 30
        while len(receiver.received) < 2 and time.time() < deadline:
            time.sleep(0.2)
        assert {r["status"] for r in receiver.received} == {503}
    finally:
        stop(proc)
    receiver.answers = []  # back up
    proc, _output = start(tmp_path, port)
    try:
        deadline = time.time() + 60
        while len([r for r in receiver.received if r["status"] == 200]) < 2 and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # room for a duplicate to show
    finally:
        stop(proc)
    accepted = [r for r in receiver.received if r["status"] == 200]
    assert sorted(r["headers"]["X-Kieumau-Event"] for r in accepted) == [
        "submission.stored",
        "unit.result_changed",
    ]
    for r in accepted:
        stamp = r["headers"]["X-Kieumau-Timestamp"].encode()
        mac = hmac.new(SECRET.encode(), stamp + b"." + r["body"], hashlib.sha256).hexdigest()
        assert r["headers"]["X-Kieumau-Signature"] == f"sha256={mac}"
    stored = next(
        json.loads(r["body"]) for r in accepted if r["headers"]["X-Kieumau-Event"] == "submission.stored"
    )
    assert stored["data"]["instance_id"] == "uuid:wh-1" and stored["data"]["unit"] == "TDP1"


def test_a_review_stage_change_is_announced(hooked: Flask, receiver: Receiver) -> None:

    add_unit(hooked, "TDP1", "Tổ dân phố 1")
    add_user(hooked, "bantdp1", role="board", unit_codes=("TDP1",))
    add_user(hooked, "bcd", role="committee")
    _register(hooked, receiver.url, ["review.stage_changed"])
    with hooked.app_context():
        session = db.write_session()
        board = users_q.by_username(session, "bantdp1")
        review.record_meeting(session, board, 2026, "TDP1", meeting_date="2026-11-20", present=30, invited=40)
        review.submit(session, board, 2026, "TDP1")
        review.record_posting(session, board, 2026, "TDP1", "2026-11-21")
        committee = users_q.by_username(session, "bcd")
        review.approve(
            session, committee, 2026, "TDP1", self_assessment_checked=True, today=date(2026, 12, 20)
        )
        session.commit()
    assert _send(hooked) == 2
    stages = [(b["data"]["unit"], b["data"]["stage"], b["data"]["by"]) for b in receiver.bodies()]
    assert sorted(stages) == [("TDP1", "approved", "bcd"), ("TDP1", "reviewed", "bantdp1")]


def test_a_reminder_is_announced(hooked: Flask, receiver: Receiver) -> None:
    from server.domain import followup

    add_unit(hooked, "TDP1", "Tổ dân phố 1")
    add_user(hooked, "bcd", role="committee")
    _register(hooked, receiver.url, ["reminder.due"])
    with hooked.app_context():
        session = db.write_session()
        committee = users_q.by_username(session, "bcd")
        followup.send_reminders(
            session, hooked.config, committee, 2026, ["TDP1"], "Họp bình xét trước 10/12."
        )
        session.commit()
    assert _send(hooked) == 1 and _send(hooked) == 0
    (body,) = receiver.bodies()
    assert body["event"] == "reminder.due"
    assert (body["data"]["unit"], body["data"]["message"], body["data"]["by"]) == (
        "TDP1",
        "Họp bình xét trước 10/12.",
        "bcd",
    )
