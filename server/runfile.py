"""The running server's record in its data folder: one `kieumau serve` per data folder (a
lock held for the server's whole life, by its processes) and the address it serves, so the
commands that print links for phones (`user token`, `user qr`) print that address rather
than a default the phones cannot reach."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from pathlib import Path

from .config import SETTINGS
from .errors import Conflict, Invalid

LOCK = "server.lock"
RECORD = "server.json"
LOCAL = re.compile(r"//(127\.|localhost\b|\[::1\])")


def claim(data_dir: str) -> int:
    """Take the data folder's server lock, or refuse when another server holds it. The
    returned descriptor stays open (and inherited by the workers) while the server runs."""
    fd = os.open(Path(data_dir) / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        other = running(data_dir) or {}
        where = f"pid {other.get('pid', '?')}, {other.get('url', '?')}"
        raise Conflict(
            "server.already_running",
            "Đã có một máy chủ kieumau chạy trên thư mục dữ liệu %(data_dir)s (%(where)s); dừng nó trước",
            data_dir=data_dir,
            where=where,
        ) from None
    return fd


def record(data_dir: str, url: str) -> None:
    """Write the address the server gives the phones (after claim)."""
    path = Path(data_dir) / RECORD
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), "url": url}))
    tmp.replace(path)


def running(data_dir: str) -> dict | None:
    """The record of the server running on this data folder, or None when none runs."""
    path = Path(data_dir) / LOCK
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        with contextlib.suppress(OSError, ValueError):
            return json.loads((Path(data_dir) / RECORD).read_text())
        return {}
    finally:
        os.close(fd)  # also drops the shared lock when it was taken
    return None


def phones_url(conf: dict) -> str:
    """The base URL to give phones: PUBLIC_URL when it is set, else the address of the server
    running on this data folder; refused when neither is known."""
    if conf["PUBLIC_URL"] != SETTINGS["PUBLIC_URL"][0]:
        return conf["PUBLIC_URL"]
    url = (running(conf["DATA_DIR"]) or {}).get("url")
    if not url:
        raise Invalid(
            "server.public_url_unknown",
            "Chưa biết địa chỉ máy chủ mà điện thoại dùng: đặt KIEUMAU_PUBLIC_URL (ví dụ "
            "http://192.168.1.10:8080) hoặc chạy `kieumau serve` trước",
        )
    return str(url)


def is_local(url: str) -> bool:
    """Whether the URL only works on the server's own machine (a phone cannot reach it)."""
    return LOCAL.search(url) is not None
