"""Draining the outbox: queue folders, then send what is pending through a Client.

Only transient trouble is retried (with exponential backoff, honouring Retry-After); a
refusal is kept with the server's message for a person to read; losing the connection or
the login stops the run early and leaves the rest queued, because every following item
would fail the same way. The report says what was sent, refused, skipped and left."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .client import Client
from .errors import InstanceError, NetworkError, NotOpenRosaError, RefusedError, SyncError
from .instance import find_instances
from .outbox import Item, Outbox

MAX_DELAY = 60.0


@dataclass
class Report:
    queued: int = 0  # new or changed instances put in the outbox by this run
    already_sent: int = 0  # found in the folders, sent by an earlier run: not sent again
    sent: list[Item] = field(default_factory=list)
    refused: list[Item] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # local folders that can't be sent
    left: list[Item] = field(default_factory=list)  # still pending after this run
    stopped: str = ""  # why the run ended early, if it did

    @property
    def ok(self) -> bool:
        """True only when everything this run was asked to send is on the server."""
        return not (self.refused or self.skipped or self.left or self.stopped)


def queue(outbox: Outbox, paths: Iterable[Path], report: Report) -> None:
    """Copy each instance under `paths` into the outbox. Folders that can't be read are
    listed in the report and skipped; earlier refusals of the same XML count as refused."""
    for path in paths:
        for found in find_instances(Path(path)):
            if isinstance(found, InstanceError):
                report.skipped.append(str(found))
                continue
            outcome, item = outbox.add(found)
            if outcome in ("queued", "requeued"):
                report.queued += 1
            elif outcome == "sent":
                report.already_sent += 1
            elif outcome == "refused":
                report.refused.append(item)


def _delay(attempt: int, backoff: float, exc: NetworkError) -> float:
    if exc.retry_after is not None:
        return min(exc.retry_after, MAX_DELAY)
    return min(backoff * 2**attempt, MAX_DELAY) * (0.5 + random.random() / 2)


def _send_one(
    client: Client,
    outbox: Outbox,
    item: Item,
    attempts: int,
    backoff: float,
    sleep: Callable[[float], None],
    after_post: Callable[[Item, list[str]], None] | None,
) -> None:
    """Send one item, retrying transient errors; raises the last error when out of tries."""

    def record(names: list[str]) -> None:
        outbox.mark_part(item, names)
        if after_post is not None:
            after_post(item, names)

    for attempt in range(attempts):
        outbox.mark_sending(item)
        try:
            result = client.submit(item.instance(), skip=item.accepted, on_post=record)
        except NetworkError as exc:
            if attempt == attempts - 1:
                raise
            sleep(_delay(attempt, backoff, exc))
            continue
        outbox.mark_sent(item, result.status, result.message)
        return


def push(
    client: Client,
    outbox: Outbox,
    *,
    report: Report | None = None,
    attempts: int = 4,
    backoff: float = 2.0,
    progress: Callable[[Item], None] | None = None,
    after_post: Callable[[Item, list[str]], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Report:
    """Send every pending item once. `after_post(item, names)` runs after each accepted POST
    has been recorded (tests use it to simulate a crash between POSTs)."""
    report = report or Report()
    for item in outbox.pending():
        if report.stopped:
            break
        try:
            _send_one(client, outbox, item, attempts, backoff, sleep, after_post)
            report.sent.append(item)
        except RefusedError as exc:
            outbox.mark_refused(item, exc.status, exc.message)
            report.refused.append(item)
        except NetworkError as exc:
            outbox.mark_failed(item, str(exc), exc.status)
            if exc.status is None or exc.status in (408, 429) or isinstance(exc, NotOpenRosaError):
                report.stopped = f"server unreachable: {exc}"
            # a 5xx for this one instance: the next one may still go through
        except SyncError as exc:  # AuthError, TLSError...: every other item would fail too
            outbox.mark_failed(item, str(exc))
            report.stopped = str(exc)
        except OSError as exc:  # the spooled copy is gone or unreadable: a person must look
            outbox.mark_failed(item, f"local copy unreadable: {exc.strerror} ({exc.filename})")
            report.skipped.append(f"{item.form_id} {item.instance_id}: {item.message}")
        if progress is not None:
            progress(item)
    report.left = outbox.pending()
    return report
