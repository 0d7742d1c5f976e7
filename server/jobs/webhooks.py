"""The webhook dispatcher: sends the deliveries that domain/webhooks.emit queued, after the
commit that queued them. One runs in `kieumau serve`'s background process; any number may
run on several processes or hosts at once, as each delivery is held by one of them
(a lease in the database) while it is sent."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import requests
from flask import Flask

from ..domain import webhooks
from ..store import db as store_db

_log = logging.getLogger(__name__)
RESPONSE_LIMIT = 64 * 1024  # bytes of a receiver's answer read into the log, at most
TIMEOUT = (5, 10)  # connect, read: a slow receiver must not hold the others' deliveries


def send(app: Flask, http: requests.Session) -> int:
    """Send every delivery due now; returns how many were tried."""
    with app.app_context():
        if not webhooks.any_due(store_db.session()):  # a read: no write lock taken to find nothing
            return 0
        session = store_db.write_session()
        attempts = webhooks.take_due(session)
        session.commit()
    verify = app.config.get("WEBHOOK_CA_BUNDLE") or True
    for attempt in attempts:
        status, error = _post(http, attempt, verify)
        with app.app_context():
            session = store_db.write_session()
            webhooks.record(session, attempt.delivery_id, status, error)
            session.commit()
    return len(attempts)


def _post(http: requests.Session, attempt: webhooks.Attempt, verify: str | bool) -> tuple[int | None, str]:
    """POST one delivery. Redirects are not followed (a receiver cannot send the signed body
    elsewhere); the answer is read up to RESPONSE_LIMIT."""
    try:
        with http.post(
            attempt.url,
            data=attempt.body,
            headers=webhooks.headers(attempt),
            timeout=TIMEOUT,
            allow_redirects=False,
            verify=verify,
            stream=True,
        ) as response:
            text = response.raw.read(RESPONSE_LIMIT, decode_content=True).decode("utf-8", "replace")
            return response.status_code, "" if response.ok else text[:500]
    except requests.RequestException as exc:
        return None, f"{type(exc).__name__}: {exc}"[:500]


def run(
    app: Flask, alive: Callable[[], bool], every: float = 1.0, stop: threading.Event | None = None
) -> None:
    """Look for due deliveries every `every` seconds until `alive()` is false (or `stop` set)."""
    stop = stop or threading.Event()
    with requests.Session() as http:
        while alive() and not stop.is_set():
            try:
                if send(app, http):
                    continue  # more may be due at once
            except Exception:  # keep dispatching; the next round retries
                _log.exception("webhooks: sending failed, will retry")
            stop.wait(every)


def start(app: Flask, alive: Callable[[], bool] = lambda: True) -> tuple[threading.Thread, threading.Event]:
    """Run the dispatcher in a daemon thread of this process; set the event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run, args=(app, alive), kwargs={"stop": stop}, name="kieumau-webhooks", daemon=True
    )
    thread.start()
    return thread, stop
