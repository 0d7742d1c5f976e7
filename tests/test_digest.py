"""The daily e-mail digest against a real SMTP server (aiosmtpd) on 127.0.0.1: what each
user receives, once a day; a mail server that is down loses nothing (the next run sends);
an address or a name that tries to add headers adds none; the CLI with its progress bar."""

from __future__ import annotations

import email
import socket
from datetime import timedelta
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from campaign import household
from click.testing import CliRunner

from conftest import add_user
from server.cli import main
from server.domain import digest, followup
from server.store import db
from server.store import users as users_q
from server.store.models import DigestSubscription, User


class Mailbox:
    """aiosmtpd's handler: keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd's hook
        message = email.message_from_bytes(envelope.content, policy=default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for rcpts, m in self.messages if address in rcpts]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_port() -> int:
    return free_port()


def start_smtp(port: int) -> tuple[Controller, Mailbox]:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, box


@pytest.fixture
def mail_town(town, smtp_port):
    """The campaign town behind its calendar, with three subscribers and a reminder to TDP02."""
    app = town
    app.config.update(SMTP_HOST="127.0.0.1", SMTP_PORT=smtp_port, SMTP_FROM="bcd@phongson.example.vn")
    household(app, "TDP01", 0, "uuid:dg-h0")
    add_user(app, "bcd", "committee")
    add_user(app, "bvd01", "board", ("TDP01",))
    add_user(app, "bvd02", "board", ("TDP02",))
    today = followup.local_today()
    with app.app_context():
        s = db.write_session()
        admin = users_q.by_username(s, "vol")
        steps = {"survey_start": today - timedelta(days=10), "survey_end": today - timedelta(days=1)}
        followup.set_calendar(s, admin, app.config, today.year, {k: v.isoformat() for k, v in steps.items()})
        for name in ("bcd", "bvd01", "bvd02"):
            digest.subscribe(s, users_q.by_username(s, name).id, f"{name}@example.vn")
        followup.send_reminders(
            s, app.config, users_q.by_username(s, "bcd"), today.year, ["TDP02"], "Họp tổ gấp."
        )
        s.commit()
    return app


def run(app, today=None) -> digest.RunResult:
    with app.app_context():
        return digest.run(db.session(), app.config, today)


def subscription(app, name: str) -> DigestSubscription:
    with app.app_context():
        s = db.session()
        return s.get(DigestSubscription, users_q.by_username(s, name).id)


def test_each_subscriber_gets_what_is_due_once_a_day(mail_town, smtp_port):
    controller, box = start_smtp(smtp_port)
    try:
        result = run(mail_town)
        assert (result.sent, result.failed) == (3, 0)
        (board,) = box.to("bvd02@example.vn")
        assert board["Subject"] == f"Việc cần làm {followup.local_today():%d/%m/%Y} — kieumau"
        assert board["From"] == "bcd@phongson.example.vn" and board["Auto-Submitted"] == "auto-generated"
        text = board.get_content()
        assert "Họp tổ gấp." in text and "Mới khảo sát 0/10 hộ" in text and "TDP01" not in text
        assert "http://testserver/" in text
        (other,) = box.to("bvd01@example.vn")
        assert "Mới khảo sát 1/10 hộ" in other.get_content() and "Họp tổ gấp." not in other.get_content()
        (committee,) = box.to("bcd@example.vn")
        assert "Đơn vị chậm tiến độ (2)" in committee.get_content()
        # the same day again: nothing; the next day: again
        assert run(mail_town).sent == 0 and len(box.messages) == 3
        assert run(mail_town, followup.local_today() + timedelta(days=1)).sent == 3
    finally:
        controller.stop()


def test_a_mail_server_that_is_down_loses_nothing(mail_town, smtp_port):
    result = run(mail_town)  # nothing listens on the port yet
    assert result.sent == 0 and result.failed == 1 and "ConnectionRefusedError" in result.errors[0]
    assert subscription(mail_town, "bvd02").last_sent_on == ""  # the day is given back
    assert "ConnectionRefusedError" in subscription(mail_town, "bcd").last_error
    controller, box = start_smtp(smtp_port)
    try:
        assert run(mail_town).sent == 3  # the next run sends all of them
        assert sorted(r[0] for r, _m in box.messages) == [
            "bcd@example.vn",
            "bvd01@example.vn",
            "bvd02@example.vn",
        ]
        assert subscription(mail_town, "bcd").last_error == ""
    finally:
        controller.stop()


def test_no_header_can_be_added_through_an_address_or_a_name(mail_town, smtp_port):
    with mail_town.app_context():
        s = db.write_session()
        bvd01 = users_q.by_username(s, "bvd01")
        s.get(
            DigestSubscription, bvd01.id
        ).email = "bvd01@example.vn\r\nBcc: everyone@example.vn"  # past the page
        s.get(User, users_q.by_username(s, "bvd02").id).full_name = "Tổ trưởng\r\nBcc: everyone@example.vn"
        s.commit()
    controller, box = start_smtp(smtp_port)
    try:
        result = run(mail_town)
        assert (result.sent, result.failed) == (2, 1) and "ValueError" in result.errors[0]
        assert all(rcpts != ["everyone@example.vn"] for rcpts, _m in box.messages)
        (board,) = box.to("bvd02@example.vn")
        assert board["Bcc"] is None and "Chào Tổ trưởng Bcc: everyone@example.vn," in board.get_content()
        assert subscription(mail_town, "bvd01").last_sent_on == ""  # tried again once its address is fixed
    finally:
        controller.stop()


def test_the_cli_sends_the_digest_with_a_progress_bar(mail_town, smtp_port, database_url, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", mail_town.config["DATA_DIR"])
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("KIEUMAU_SMTP_PORT", str(smtp_port))
    help_text = CliRunner().invoke(main, ["reminders", "digest", "--help"])
    assert help_text.exit_code == 0 and "progress" in help_text.output
    unset = CliRunner().invoke(main, ["reminders", "digest"])
    assert unset.exit_code == 1 and "SMTP_HOST" in unset.output
    monkeypatch.setenv("KIEUMAU_SMTP_HOST", "127.0.0.1")
    down = CliRunner().invoke(main, ["reminders", "digest"])
    assert down.exit_code == 1 and "failed 1 (tried again next run)" in down.output
    controller, box = start_smtp(smtp_port)
    try:
        result = CliRunner().invoke(main, ["reminders", "digest"])
        assert result.exit_code == 0, result.output
        assert "sent 3" in result.output and "Gửi thư / sending" in result.output and len(box.messages) == 3
    finally:
        controller.stop()
    lagging = CliRunner().invoke(
        main, ["reminders", "lagging", str(followup.local_today().year), "--as", "bvd02"]
    )
    assert lagging.exit_code == 0 and "TDP02" in lagging.output and "TDP01" not in lagging.output
    cal = CliRunner().invoke(
        main, ["reminders", "calendar", str(followup.local_today().year), "meetings=12/10"]
    )
    assert cal.exit_code == 1 and "not a date for meetings" in cal.output


def test_the_background_schedule_sends_from_the_digest_hour(mail_town, smtp_port):
    from datetime import UTC, datetime

    from server.jobs import digest as digest_job

    mail_town.config["DIGEST_HOUR"] = 6
    assert not digest_job.due_now(mail_town, datetime(2026, 12, 7, 22, 59, tzinfo=UTC))  # 05:59 in Vietnam
    assert digest_job.due_now(mail_town, datetime(2026, 12, 7, 23, 0, tzinfo=UTC))  # 06:00
    mail_town.config["DIGEST_HOUR"] = 0  # any time of the day, for this test
    controller, box = start_smtp(smtp_port)
    try:
        assert digest_job.send(mail_town).sent == 3 and digest_job.send(mail_town).sent == 0
        assert len(box.messages) == 3
    finally:
        controller.stop()
    mail_town.config["SMTP_HOST"] = ""
    assert digest_job.send(mail_town) is None  # no mail server: nothing runs
