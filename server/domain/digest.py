"""The daily e-mail digest of what is due: each user may give an address; once a day (local
time, from DIGEST_HOUR) `kieumau serve`'s background process, or `kieumau reminders digest`,
sends each subscriber with something due the same list as their home page.

Once per user per day: a run claims a user's day in the database before sending (two runs,
on two processes or hosts, never both send it); a digest that cannot be sent (the mail
server down, refused) gives the day back, with the error, so the next run tries again."""

from __future__ import annotations

import smtplib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage

from sqlalchemy.orm import Session

from ..errors import Invalid
from ..formats import digest_mail
from ..store import followup as followup_q
from ..store.models import DigestSubscription
from ..store.users import Caller
from . import campaign_calendar as cal_rules
from . import followup


def subscribe(db: Session, user_id: int, email: str) -> str:
    """Record the user's address for the digest (empty: stop sending)."""
    email = (email or "").strip()
    if not email:
        followup_q.unsubscribe(db, user_id)
        return ""
    if len(email) > digest_mail.MAX_ADDRESS or not digest_mail.valid_address(email):
        raise Invalid(
            "digest.invalid_email",
            "Địa chỉ thư điện tử không hợp lệ (dạng ten@mien.vn, không dấu, không xuống dòng)",
        )
    followup_q.subscribe(db, user_id, email)
    return email


def waiting(db: Session, today: date) -> int:
    """Subscribers whose digest of `today` is not sent yet."""
    return len(followup_q.digests_due(db, today.isoformat()))


@dataclass
class RunResult:
    sent: int = 0
    nothing_due: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def smtp_factory(settings: Mapping) -> Callable[[], smtplib.SMTP]:
    """A function that opens the configured mail server's connection, signed in."""

    def connect() -> smtplib.SMTP:
        smtp = smtplib.SMTP(str(settings["SMTP_HOST"]), int(settings["SMTP_PORT"]), timeout=20)
        if settings.get("SMTP_STARTTLS"):
            smtp.starttls()
        if settings.get("SMTP_USER"):
            smtp.login(str(settings["SMTP_USER"]), str(settings["SMTP_PASSWORD"]))
        return smtp

    return connect


def compose(due: followup.Due, name: str, day: date, link: str) -> digest_mail.Digest:
    items = [
        digest_mail.DigestItem(f"{lag.unit.name} ({lag.unit.code})", [(r.vi, r.en) for r in lag.reasons])
        for lag in due.lagging
    ]
    upcoming = [(cal_rules.STEPS[s][1], cal_rules.STEPS[s][2], d) for s, d in due.upcoming]
    reminders = [
        (f"{r.unit_name} ({r.unit_code})", f"{r.sender}, {r.created_at:%d/%m/%Y}", r.message or "—")
        for r in due.reminders
    ]
    return digest_mail.Digest(name, day, items, due.lagging_total, upcoming, reminders, link)


BATCH = 100  # digests claimed together: one write before sending them, one after


def run(
    db: Session,
    settings: Mapping,
    today: date | None = None,
    *,
    connect: Callable[[], smtplib.SMTP] | None = None,
    progress: Callable[[int], None] | None = None,
) -> RunResult:
    """Send `today`'s digests not sent yet. Every unit's progress and the recent reminders
    are read once for all subscribers; the digests are then claimed and sent BATCH at a time
    (a run killed mid-batch leaves that batch's unsent ones for the next day)."""
    today = today or followup.local_today()
    day = today.isoformat()
    result = RunResult()
    subscribers = followup_q.digests_due(db, day)
    if not subscribers:
        return result
    cal, units, _sent = followup.progress(db, settings, today.year, today, None)
    recent = followup.recent_reminders(db)
    link = str(settings.get("PUBLIC_URL", "")).rstrip("/") + "/"
    sender = str(settings.get("SMTP_FROM") or "kieumau@localhost")
    ready: list[tuple[followup_q.DigestRow, EmailMessage]] = []
    for row in subscribers:
        user = Caller(row.user_id, row.username, row.role, True, "", "")
        due = followup.due_for(db, settings, user, today, shared=(cal, units, recent))
        if due.empty:
            result.nothing_due += 1
            _tick(progress)
            continue
        try:
            ready.append(
                (
                    row,
                    digest_mail.message(
                        compose(due, row.full_name or row.username, today, link), sender, row.email
                    ),
                )
            )
        except ValueError as exc:  # an address stored before it was checked
            _failed(result, row, f"ValueError: {exc}")
            followup_q.begin_write(db)
            followup_q.note_error(db, row.user_id, f"ValueError: {exc}")
            db.commit()
            _tick(progress)
    smtp = _Connection(connect or smtp_factory(settings))
    try:
        for start in range(0, len(ready), BATCH):
            if not _send_batch(db, day, ready[start : start + BATCH], smtp, result, progress):
                for _row, _mail in ready[start + BATCH :]:
                    _tick(progress)
                break  # the mail server is unreachable: the rest wait for the next run
    finally:
        smtp.close()
    return result


def _send_batch(
    db: Session,
    day: str,
    batch: list[tuple[followup_q.DigestRow, EmailMessage]],
    smtp: _Connection,
    result: RunResult,
    progress: Callable[[int], None] | None,
) -> bool:
    """Claim, send, record one batch. False when the mail server could not be reached."""
    followup_q.begin_write(db)
    claimed = followup_q.claim_digests(db, day, [row.user_id for row, _mail in batch])
    db.commit()
    sent, released, reachable = [], [], True
    for row, mail in batch:
        _tick(progress)
        if row.user_id not in claimed:
            continue  # another run took it
        if not reachable:
            released.append((row.user_id, row.last_sent_on, "not tried: the mail server was unreachable"))
            continue
        try:
            smtp.send(mail)
        except (OSError, smtplib.SMTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
            _failed(result, row, error)
            released.append((row.user_id, row.last_sent_on, error))
            reachable = not (smtp.never_opened or isinstance(exc, _GONE))
            smtp.reset_if_gone(exc)
            continue
        sent.append(row.user_id)
        result.sent += 1
    followup_q.begin_write(db)
    followup_q.release_digests(db, day, released)
    followup_q.digests_sent(db, sent)
    db.commit()
    return reachable


def _failed(result: RunResult, row: followup_q.DigestRow, error: str) -> None:
    result.failed += 1
    result.errors.append(f"{row.username}: {error}"[:600])


def _tick(progress: Callable[[int], None] | None) -> None:
    if progress:
        progress(1)


class _Connection:
    """One SMTP connection for a run, opened at the first message."""

    def __init__(self, connect: Callable[[], smtplib.SMTP]) -> None:
        self.connect = connect
        self.smtp: smtplib.SMTP | None = None
        self.never_opened = True

    def send(self, mail: EmailMessage) -> None:
        if self.smtp is None:
            self.smtp = self.connect()
            self.never_opened = False
        self.smtp.send_message(mail)

    def reset_if_gone(self, exc: Exception) -> None:
        if isinstance(exc, _GONE):
            self.close()

    def close(self) -> None:
        _close(self.smtp)
        self.smtp = None


_GONE = (OSError, smtplib.SMTPServerDisconnected)


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def subscription(db: Session, user_id: int) -> DigestSubscription | None:
    """The user's digest address, if they ever gave one (active or not)."""
    return followup_q.subscription(db, user_id)
