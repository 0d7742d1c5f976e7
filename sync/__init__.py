"""kieumau-sync: an OpenRosa client for places without a reliable connection. It never
imports server/; it talks HTTP like ODK Collect, so it works with any OpenRosa 1.0 server."""

from __future__ import annotations

__version__ = "0.1.0"

from .client import Client, FormInfo, MediaFile, SubmitResult, plan_posts
from .errors import (
    AuthError,
    ConfigError,
    InstanceError,
    NetworkError,
    NotOpenRosaError,
    RefusedError,
    SyncError,
    TLSError,
)
from .instance import Instance, find_instances, read_instance
from .outbox import Item, Outbox

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
