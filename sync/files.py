"""Downloading a file once: skip it when the local copy already has the expected md5,
write to a temp file and rename, so a half-downloaded file never replaces a good one."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePosixPath

from .client import Client
from .errors import SyncError


def md5_of(path: Path) -> str | None:
    if not path.is_file():
        return None
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def safe_path(root: Path, name: str) -> Path:
    """`root/name` for a server-chosen relative name; refuses absolute paths and `..` so a
    hostile listing can't write outside the folder."""
    rel = PurePosixPath(name.replace("\\", "/"))
    if not name or rel.is_absolute() or ".." in rel.parts or rel.parts[0].endswith(":"):
        raise SyncError(f"tên tệp không an toàn, bị từ chối / refusing unsafe file name {name!r}")
    return root.joinpath(*rel.parts)


def fetch(client: Client, url: str, dest: Path, md5: str | None = None) -> bool:
    """Make `dest` hold the file at `url`. Returns False when nothing had to be written (the
    local md5 matched, or the server answered 304 to our If-None-Match)."""
    local = md5_of(dest)
    if md5 and local == md5.lower():
        return False
    headers = {"If-None-Match": f'"{local}"'} if local else {}
    resp = client.request("GET", url, ok=(200, 304), stream=True, headers=headers)
    if resp.status_code == 304:
        return False
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    h = hashlib.md5()
    try:
        with open(tmp, "wb") as fh:
            for chunk in resp.iter_content(1 << 16):
                fh.write(chunk)
                h.update(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        if md5 and h.hexdigest() != md5.lower():
            raise SyncError(
                f"{dest.name}: tệp tải về không khớp md5 / "
                "downloaded bytes do not match the listed md5 (changed meanwhile?)"
            )
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
        resp.close()
    return True
