"""Attachment files on disk, content-addressed by sha256 under <data>/attachments. The
client's file name never becomes a path."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def path_for(data_dir: str, sha256: str) -> Path:
    return Path(data_dir) / "attachments" / sha256[:2] / sha256


def save(data_dir: str, content: bytes) -> str:
    """Write the bytes durably and return their sha256: the file is fsynced, renamed into
    place, and the folders that gained an entry are fsynced too -- the 201 that follows
    promises the photo survives a power cut, and a rename lives in its folder."""
    digest = hashlib.sha256(content).hexdigest()
    target = path_for(data_dir, digest)
    if target.exists():
        return digest
    _make_dirs(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return digest


def _make_dirs(path: Path) -> None:
    """Create `path` and its missing parents, each new folder made durable in its parent."""
    if path.is_dir():
        return
    _make_dirs(path.parent)
    path.mkdir(exist_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load(data_dir: str, sha256: str) -> bytes:
    return path_for(data_dir, sha256).read_bytes()
