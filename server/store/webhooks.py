"""Queries on webhooks and their deliveries (the event outbox and delivery log)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, or_, select, update
from sqlalchemy.orm import Session

from .models import Webhook, WebhookDelivery


def add(db: Session, url: str, events: list[str], secret: str) -> Webhook:
    hook = Webhook(url=url, events=events, secret=secret, active=True)
    db.add(hook)
    db.flush()
    return hook


def get(db: Session, hook_id: int) -> Webhook | None:
    return db.get(Webhook, hook_id)


def all_hooks(db: Session) -> list[Webhook]:
    return list(db.scalars(select(Webhook).order_by(Webhook.id)))


def remove(db: Session, hook: Webhook) -> None:
    db.delete(hook)


_ANY_ACTIVE = select(exists().where(Webhook.active))


def any_active(db: Session) -> bool:
    """Whether any webhook is active: one lookup, run on the session's connection."""
    return bool(db.connection().scalar(_ANY_ACTIVE))


def subscribed(db: Session, event: str) -> list[Webhook]:
    """The active webhooks that asked for `event` (a handful: filtered here, not in SQL, as
    the JSON list is read alike on both databases)."""
    return [h for h in db.scalars(select(Webhook).where(Webhook.active)) if event in h.events]


def queue(db: Session, hook: Webhook, event: str, key: str, payload: dict) -> bool:
    """Queue one delivery unless the same cause already queued it (same webhook and key);
    True when queued. Events are emitted by one drain or request at a time per cause."""
    if db.scalar(
        select(WebhookDelivery.id).where(WebhookDelivery.webhook_id == hook.id, WebhookDelivery.key == key)
    ):
        return False
    db.add(WebhookDelivery(webhook_id=hook.id, event=event, key=key, payload=payload, last_error=""))
    db.flush()
    return True


def due_ids(db: Session, now: datetime, limit: int) -> list[int]:
    """Deliveries to try now: not delivered, due, not held by another dispatcher."""
    return list(
        db.scalars(
            select(WebhookDelivery.id)
            .where(
                WebhookDelivery.delivered_at.is_(None),
                WebhookDelivery.next_attempt_at.is_not(None),
                WebhookDelivery.next_attempt_at <= now,
                or_(WebhookDelivery.lease_until.is_(None), WebhookDelivery.lease_until < now),
            )
            .order_by(WebhookDelivery.id)
            .limit(limit)
        )
    )


def take(db: Session, delivery_id: int, now: datetime, until: datetime) -> bool:
    """Hold a delivery until `until`; False if another dispatcher holds it or it was sent.
    One conditional UPDATE, so two processes or hosts never both take it."""
    taken = db.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.id == delivery_id,
            WebhookDelivery.delivered_at.is_(None),
            or_(WebhookDelivery.lease_until.is_(None), WebhookDelivery.lease_until < now),
        )
        .values(lease_until=until)
    )
    return taken.rowcount == 1


def delivery(db: Session, delivery_id: int) -> WebhookDelivery | None:
    return db.get(WebhookDelivery, delivery_id)


def log(db: Session, hook_id: int | None = None, limit: int = 100) -> list[WebhookDelivery]:
    """The newest deliveries first, for the delivery log."""
    query = select(WebhookDelivery).order_by(WebhookDelivery.id.desc()).limit(limit)
    if hook_id is not None:
        query = query.where(WebhookDelivery.webhook_id == hook_id)
    return list(db.scalars(query))
