"""The access log's line: one per request, with nothing secret in it. The path's token
(/key/<token>/...) and query values named like a secret are masked; no header is logged,
so Authorization and Cookie never are. The client is REMOTE_ADDR as the app saw it: the
real client's behind a trusted proxy (web/proxies.py)."""

from __future__ import annotations

import re
import time

TOKEN_PATH = re.compile(r"(/key/)[^/?]+")
SECRET_QUERY = re.compile(r"(?i)((?:^|&)[^=&]*(?:token|key|pass|secret|nonce|auth|sig)[^=&]*=)[^&]*")
MASK = "***"


def masked_target(path: str, query: str = "") -> str:
    """The request's path and query as logged: secrets masked, control characters escaped
    (a %0A in a URL cannot start a forged log line)."""
    target = TOKEN_PATH.sub(rf"\g<1>{MASK}", path)
    if query:
        target += "?" + SECRET_QUERY.sub(rf"\g<1>{MASK}", query)
    text = target.encode("latin-1", "replace").decode("utf-8", "backslashreplace")
    if text.isprintable() and '"' not in text and "\\" not in text:  # nearly always: nothing to escape
        return text
    return "".join(c if c.isprintable() and c not in '"\\' else f"\\x{ord(c):02x}" for c in text)


def access_line(environ: dict, status: int, sent: int, started: float) -> str:
    """`client "METHOD target" status bytes duration`, `started` from time.perf_counter()."""
    target = masked_target(environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""))
    method = masked_target(environ.get("REQUEST_METHOD", "-"))
    took = (time.perf_counter() - started) * 1000
    return f'{environ.get("REMOTE_ADDR", "-")} "{method} {target}" {status} {sent} {took:.1f}ms'
