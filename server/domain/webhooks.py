"""Webhooks: a town's own systems (a Zalo or Telegram bot, another database) hear of what
happens here as signed JSON POSTs.

An administrator registers an HTTPS URL, the events it wants and a shared secret. When an
event happens, a delivery per subscribed webhook is written in the same transaction as its
cause (`emit`), so it exists exactly when the cause was committed and survives a restart;
the dispatcher (server/jobs/webhooks.py) sends it after the commit, never in a phone's
request, and retries with backoff until the receiver answers 2xx.

Each POST carries:
- `X-Kieumau-Event`: the event name, also the body's `event` field;
- `X-Kieumau-Delivery`: the delivery's id, the same on every retry (receivers drop repeats:
  a dispatcher killed between the receiver's 2xx and recording it sends it once more);
- `X-Kieumau-Timestamp`: Unix seconds when this attempt was signed;
- `X-Kieumau-Signature`: `sha256=<hex>`, HMAC-SHA256 with the secret over
  `<timestamp>.<body>` (receivers check it and refuse old timestamps, so a captured request
  cannot be replayed later).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import time
from collections.abc import Iterable, Sized
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound, Text
from ..store import webhooks as webhooks_q
from ..store.models import Webhook, WebhookDelivery

EVENTS = ("submission.stored", "unit.result_changed", "review.stage_changed", "reminder.due")
MIN_SECRET = 16
MAX_ATTEMPTS = 12  # about a day and a half of backoff, then the delivery is marked failed
LEASE = timedelta(seconds=60)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_url(url: str, allow_http: bool = False) -> str:
    """An HTTPS URL with a host and no credentials in it. `allow_http` (the WEBHOOK_ALLOW_HTTP
    setting) also admits plain HTTP to a loopback address, for a receiver on the same machine."""
    url = url.strip()
    parts = urlsplit(url)
    loopback = _is_loopback(parts.hostname or "")
    if len(url) > 2000 or not parts.hostname or parts.username or parts.password:
        raise Invalid("webhook.invalid_url", "Địa chỉ webhook không hợp lệ")
    if parts.scheme != "https" and not (allow_http and parts.scheme == "http" and loopback):
        raise Invalid("webhook.https_required", "Webhook phải dùng HTTPS")
    return url


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def check_events(names: list[str]) -> list[str]:
    unknown = [n for n in names if n not in EVENTS]
    if unknown or not names:
        raise Invalid(
            "webhook.unknown_events",
            "Sự kiện không có: %(unknown)s; chọn trong %(events)s",
            unknown=", ".join(unknown) or Text("(trống)"),
            events=", ".join(EVENTS),
        )
    return list(dict.fromkeys(names))


def add(db: Session, url: str, events: list[str], secret: str, allow_http: bool = False) -> Webhook:
    if len(secret) < MIN_SECRET or len(secret) > 255:
        raise Invalid("webhook.invalid_secret", "Khóa bí mật cần %(least)s–255 ký tự", least=MIN_SECRET)
    return webhooks_q.add(db, check_url(url, allow_http), check_events(events), secret)


def remove(db: Session, hook_id: int) -> None:
    hook = webhooks_q.get(db, hook_id)
    if hook is None:
        raise NotFound("webhook.not_found", "Không có webhook số %(hook_id)s", hook_id=hook_id)
    webhooks_q.remove(db, hook)


def emit(db: Session, event: str, key: str, data: dict) -> int:
    """Queue `event` for every webhook that subscribed to it, in the caller's transaction.
    `key` names the cause (e.g. the submission's id): the same cause is queued once per
    webhook. Returns how many deliveries were queued."""
    return emit_many(db, event, [(key, data)])


def listening(db: Session) -> bool:
    """Whether any webhook could receive an event: a caller that emits several may build
    none of them when none does."""
    return webhooks_q.any_active(db)


def emit_many(db: Session, event: str, causes: Iterable[tuple[str, dict]]) -> int:
    """emit() for many causes of one event, reading the subscriptions once. `causes` is
    iterated only when a webhook subscribed (a generator costs nothing otherwise); an empty
    list reads nothing."""
    assert event in EVENTS, event
    if isinstance(causes, Sized) and not len(causes):
        return 0
    hooks = webhooks_q.subscribed(db, event)
    if not hooks:
        return 0
    causes = list(causes)
    queued = 0
    for hook in hooks:
        for key, data in causes:
            payload = {
                "event": event,
                "created_at": _utcnow().isoformat(timespec="seconds") + "Z",
                "data": data,
            }
            queued += webhooks_q.queue(db, hook, event, f"{event}:{key}", payload)
    return queued


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def body_of(delivery: WebhookDelivery) -> bytes:
    """The bytes sent: the payload with the delivery's id, the same on every retry."""
    return json.dumps({"id": delivery.id, **delivery.payload}, ensure_ascii=False, sort_keys=True).encode()


def backoff(attempts: int) -> timedelta:
    """10 s, 20 s, 40 s … doubling, at most 6 hours between tries."""
    return timedelta(seconds=min(10 * 2 ** max(attempts - 1, 0), 6 * 3600))


@dataclass
class Attempt:
    """What a delivery attempt needs, read before the transaction ends."""

    delivery_id: int
    url: str
    secret: str
    event: str
    body: bytes


def any_due(db: Session) -> bool:
    return bool(webhooks_q.due_ids(db, _utcnow(), 1))


def take_due(db: Session, limit: int = 20) -> list[Attempt]:
    """Hold the deliveries due now (each for LEASE) and return what sending them needs. The
    caller commits, then sends outside any transaction."""
    now = _utcnow()
    attempts = []
    for delivery_id in webhooks_q.due_ids(db, now, limit):
        if not webhooks_q.take(db, delivery_id, now, now + LEASE):
            continue
        delivery = webhooks_q.delivery(db, delivery_id)
        hook = webhooks_q.get(db, delivery.webhook_id) if delivery else None
        if delivery is None or hook is None:
            continue
        attempts.append(Attempt(delivery.id, hook.url, hook.secret, delivery.event, body_of(delivery)))
    return attempts


def record(db: Session, delivery_id: int, status: int | None, error: str = "") -> None:
    """Note an attempt's outcome: delivered on 2xx; otherwise the next try after the backoff,
    or failed after MAX_ATTEMPTS (kept in the log with its last status and error)."""
    delivery = webhooks_q.delivery(db, delivery_id)
    if delivery is None:
        return
    delivery.attempts += 1
    delivery.last_status = status
    delivery.last_error = error[:500]
    delivery.lease_until = None
    if status is not None and 200 <= status < 300:
        delivery.delivered_at = _utcnow()
        delivery.next_attempt_at = None
    elif delivery.attempts >= MAX_ATTEMPTS:
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = _utcnow() + backoff(delivery.attempts)


def headers(attempt: Attempt, now: float | None = None) -> dict[str, str]:
    stamp = int(now if now is not None else time.time())
    return {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "kieumau-webhooks/1",
        "X-Kieumau-Event": attempt.event,
        "X-Kieumau-Delivery": str(attempt.delivery_id),
        "X-Kieumau-Timestamp": str(stamp),
        "X-Kieumau-Signature": sign(attempt.secret, stamp, attempt.body),
    }


def state(delivery: WebhookDelivery) -> str:
    """delivered, waiting (for its next try), or failed (no more tries)."""
    if delivery.delivered_at is not None:
        return "delivered"
    return "waiting" if delivery.next_attempt_at is not None else "failed"


def all_hooks(db: Session) -> list[Webhook]:
    return webhooks_q.all_hooks(db)


def delivery_log(db: Session, limit: int) -> list[WebhookDelivery]:
    """The newest deliveries first, for the delivery log."""
    return webhooks_q.log(db, limit=limit)
