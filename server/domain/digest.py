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

from sqlalchemy.orm import Session

from ..errors import Invalid
from ..formats import digest_mail
from ..store import followup as q
from ..store.users import Caller
from . import campaign_calendar as cal_rules
from . import followup


def subscribe(db: Session, user_id: int, email: str) -> str:
    """Record the user's address for the digest (empty: stop sending)."""
    email = (email or "").strip()
    if not email:
        q.unsubscribe(db, user_id)
        return ""
    if len(email) > digest_mail.MAX_ADDRESS or not digest_mail.valid_address(email):
        raise Invalid(
            "Địa chỉ thư điện tử không hợp lệ (dạng ten@mien.vn, không dấu, không xuống dòng)",
            "not a valid e-mail address (name@domain, no spaces or line breaks)",
        )
    q.subscribe(db, user_id, email)
    return email


def waiting(db: Session, today: date) -> int:
    """Subscribers whose digest of `today` is not sent yet."""
    return len(q.digests_due(db, today.isoformat()))


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


def run(
    db: Session,
    settings: Mapping,
    today: date | None = None,
    *,
    connect: Callable[[], smtplib.SMTP] | None = None,
    progress: Callable[[int], None] | None = None,
    commit: Callable[[], None] | None = None,
) -> RunResult:
    """Send `today`'s digests not sent yet. `commit` is called after each claim and outcome
    (the caller's session commits), so a crash never leaves a day claimed for long unsent."""
    today = today or followup.local_today()
    day = today.isoformat()
    commit = commit or db.commit
    result = RunResult()
    subscribers = q.digests_due(db, day)
    if not subscribers:
        return result
    cal, units, _sent = followup.progress(db, settings, today.year, today, None)
    link = str(settings.get("PUBLIC_URL", "")).rstrip("/") + "/"
    sender = str(settings.get("SMTP_FROM") or "kieumau@localhost")
    connect = connect or smtp_factory(settings)
    smtp: smtplib.SMTP | None = None
    try:
        for row in subscribers:
            if progress:
                progress(1)
            user = Caller(row.user_id, row.username, row.role, True, "", "")
            due = followup.due_for(db, settings, user, today, shared=(cal, units))
            if due.empty:
                result.nothing_due += 1
                continue
            q.begin_write(db)
            if not q.claim_digest(db, row.user_id, day, row.last_sent_on):
                continue  # another run sent it
            commit()
            try:
                mail = digest_mail.message(
                    compose(due, row.full_name or row.username, today, link), sender, row.email
                )
                if smtp is None:
                    smtp = connect()
                smtp.send_message(mail)
            except (OSError, smtplib.SMTPException, ValueError) as exc:
                error = f"{type(exc).__name__}: {exc}"[:500]
                q.begin_write(db)
                q.release_digest(db, row.user_id, day, row.last_sent_on, error)
                commit()
                result.failed += 1
                result.errors.append(f"{row.username}: {error}")
                if smtp is None and not isinstance(exc, ValueError) or isinstance(exc, _GONE):
                    # the mail server is unreachable: stop here, the rest wait for the next run
                    smtp = _close(smtp)
                    break
                continue
            q.begin_write(db)
            q.digest_sent(db, row.user_id)
            commit()
            result.sent += 1
    finally:
        _close(smtp)
    return result


_GONE = (OSError, smtplib.SMTPServerDisconnected)


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return None
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()
    return None
