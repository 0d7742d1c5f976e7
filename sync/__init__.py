"""kieumau-sync: an OpenRosa client for places without a reliable connection. It never
imports server/; it talks HTTP like ODK Collect, so it works with any OpenRosa 1.0 server."""

from __future__ import annotations

__version__ = "0.1.0"

from .client import Client, FormInfo, MediaFile, SubmitResult, plan_posts  # noqa: E402
from .errors import (  # noqa: E402
    AuthError,
    ConfigError,
    InstanceError,
    NetworkError,
    NotOpenRosaError,
    RefusedError,
    SyncError,
    TLSError,
)
from .instance import Instance, find_instances, read_instance  # noqa: E402
from .outbox import Item, Outbox  # noqa: E402

__all__ = [
    "AuthError",
    "Client",
    "ConfigError",
    "FormInfo",
    "Instance",
    "InstanceError",
    "Item",
    "MediaFile",
    "NetworkError",
    "NotOpenRosaError",
    "Outbox",
    "RefusedError",
    "SubmitResult",
    "SyncError",
    "TLSError",
    "find_instances",
    "plan_posts",
    "read_instance",
]
