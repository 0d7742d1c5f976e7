"""Reverse proxies (Caddy, nginx) in front of the server: their X-Forwarded-For, -Proto and
-Host name the real client, scheme and host, but only they may say so. From a peer listed
in TRUSTED_PROXIES the last hop of each header is believed (werkzeug's ProxyFix); from any
other peer the headers are removed before the app sees them, so the client address used by
the sign-in limit, the "local" Basic rule and the access log is the real one either way."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable

from werkzeug.middleware.proxy_fix import ProxyFix

from ..config import SettingError

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
FORWARDED = (
    "HTTP_FORWARDED", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT", "HTTP_X_FORWARDED_PREFIX", "HTTP_X_REAL_IP",
)  # fmt: skip


def networks(entries: Iterable[str]) -> list[Network]:
    """Parse addresses and CIDR networks ("127.0.0.1", "10.0.0.0/8"); a wrong one is an error
    naming it."""
    out = []
    for entry in entries:
        try:
            out.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            raise SettingError(
                f"TRUSTED_PROXIES: {entry!r} không phải địa chỉ IP hay mạng (CIDR) / "
                "is not an IP address or network (CIDR)"
            ) from None
    return out


def is_trusted(address: str | None, trusted: list[Network]) -> bool:
    if not trusted:  # the default: no address to parse at every request
        return False
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in net for net in trusted)


class TrustedProxies:
    """WSGI middleware: see the module."""

    def __init__(self, app: Callable, trusted: list[Network]) -> None:
        self.app, self.trusted = app, trusted
        self.fix = ProxyFix(app, x_for=1, x_proto=1, x_host=1)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if is_trusted(environ.get("REMOTE_ADDR"), self.trusted):
            return self.fix(environ, start_response)
        for name in FORWARDED:
            environ.pop(name, None)
        return self.app(environ, start_response)
