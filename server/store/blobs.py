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
    """Write the bytes durably (fsync, then atomic rename) and return their sha256."""
    digest = hashlib.sha256(content).hexdigest()
    target = path_for(data_dir, digest)
    if target.exists():
        return digest
    target.parent.mkdir(parents=True, exist_ok=True)
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
    return digest


def load(data_dir: str, sha256: str) -> bytes:
    return path_for(data_dir, sha256).read_bytes()
