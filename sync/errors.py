"""What can go wrong when talking to a server, sorted by what the caller should do next.
The outbox only needs one question answered: retry later, or keep it for a person to read?

SyncError                      anything the client raises on purpose
 ├── ConfigError               not logged in, bad server URL, unreadable config
 ├── InstanceError             a local submission folder is unusable (corrupt XML, no XML)
 ├── TLSError                  certificate verification failed: fix the setup, don't retry
 ├── AuthError                 401 or a revoked token: stop the run, ask for a new login
 ├── RefusedError(status, msg, code)
 │                             4xx: the server said no (403, 404, 409, 413...); kept, not retried
 └── NetworkError(status)      connection error, timeout, 408, 429, 5xx: retry with backoff
      └── NotOpenRosaError     a 200/204 answer to a POST or a non-OpenRosa list: a captive
                               portal or proxy is answering, so the network is not really up
"""

from __future__ import annotations


class SyncError(Exception):
    """Base class; `str(exc)` is a message fit for the person at the keyboard."""


class ConfigError(SyncError):
    pass


class InstanceError(SyncError):
    pass


class TLSError(SyncError):
    pass


class AuthError(SyncError):
    pass


class RefusedError(SyncError):
    """The server understood and refused. `message` is the OpenRosaResponse <message> text
    (or a reason phrase when the body had none), kept so the user can act on it; `code` is
    the server's stable error code (kieumau's docs/errors.md), None when it sent none."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(f"bị từ chối / refused ({status}): {message}")
        self.status = status
        self.message = message
        self.code = code


class NetworkError(SyncError):
    """Transient: the same request may well succeed later. `status` is None when no HTTP
    answer came back at all (server down, no route, timeout)."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class NotOpenRosaError(NetworkError):
    pass
