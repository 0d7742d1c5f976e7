"""The daily digest in `kieumau serve`'s background process: every EVERY seconds, once the
local time reaches DIGEST_HOUR, send the day's digests not sent yet (domain/digest.run is
idempotent per user per day, so a restart or a second host sends nothing twice; a digest
that failed is tried again at the next round). Nothing runs while SMTP_HOST is empty."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from flask import Flask

from ..domain import digest, followup
from ..store import db as store_db

_log = logging.getLogger(__name__)
EVERY = 15 * 60.0


def due_now(app: Flask, now: datetime | None = None) -> bool:
    """Whether digests are sent now: a mail server is set and the local hour has come."""
    if not app.config.get("SMTP_HOST"):
        return False
    local = (now or datetime.now(UTC)).replace(tzinfo=None) + followup.LOCAL_OFFSET
    return local.hour >= int(app.config.get("DIGEST_HOUR", 6))


def send(app: Flask) -> digest.RunResult | None:
    """One round: the day's digests still to send, or None when it is not the time."""
    if not due_now(app):
        return None
    with app.app_context():
        result = digest.run(store_db.session(), app.config)
    if result.failed:
        _log.warning(
            "digest: %s not sent, tried again next round: %s", result.failed, "; ".join(result.errors[:3])
        )
    return result


def run(
    app: Flask, alive: Callable[[], bool], every: float = EVERY, stop: threading.Event | None = None
) -> None:
    stop = stop or threading.Event()
    while alive() and not stop.is_set():
        try:
            send(app)
        except Exception:  # keep the schedule; the next round retries
            _log.exception("digest: the round failed, will retry")
        stop.wait(every)


def start(app: Flask, alive: Callable[[], bool] = lambda: True) -> tuple[threading.Thread, threading.Event]:
    """Run the schedule in a daemon thread of this process; set the event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run, args=(app, alive), kwargs={"stop": stop}, name="kieumau-digest", daemon=True
    )
    thread.start()
    return thread, stop
