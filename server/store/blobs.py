"""Attachment files on disk, content-addressed by sha256 under <data>/attachments. The
client's file name never becomes a path."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
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


# ---- backup and restore (server/backup.py) --------------------------------------------
# A backup takes the attachments through these two functions only, so a store keeping
# them elsewhere (in the database, say) changes them and nothing else.


def copy_out(data_dir: str, digests: list[str], dest: Path, step: Callable[[int], None]) -> int:
    """Copy the files of `digests` to the same layout under `dest`, checking each file's
    bytes against its name on the way. Returns the bytes copied; a missing or altered file
    raises FileNotFoundError / ValueError naming it."""
    total = 0
    for digest in digests:
        total += _copy_checked(path_for(data_dir, digest), dest / digest[:2] / digest, digest)
        step(1)
    return total


def copy_in(src: Path, data_dir: str, digests: list[str], step: Callable[[int], None]) -> None:
    """Put the files of `digests` from a backup's attachment folder into the data folder,
    durably, as save() does (a file already there has these bytes: it is named by them)."""
    for digest in digests:
        target = path_for(data_dir, digest)
        if not target.exists():
            _make_dirs(target.parent)
            tmp = target.with_name(f".tmp-{digest}")
            _copy_checked(src / digest[:2] / digest, tmp, digest, durable=True)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        step(1)


def listed(folder: Path) -> list[str]:
    """The digests of the files in an attachment folder laid out as path_for() does."""
    return sorted(p.name for p in folder.glob("??/*") if len(p.name) == 64 and p.parent.name == p.name[:2])


def check(folder: Path, digest: str) -> bool:
    """Whether the file named `digest` under `folder` has those bytes."""
    path = folder / digest[:2] / digest
    return path.is_file() and _sha256_of(path) == digest


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_checked(source: Path, target: Path, digest: str, durable: bool = False) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    hasher, size = hashlib.sha256(), 0
    with source.open("rb") as src, target.open("wb") as dst:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            hasher.update(chunk)
            dst.write(chunk)
            size += len(chunk)
        if durable:
            dst.flush()
            os.fsync(dst.fileno())
    if hasher.hexdigest() != digest:
        target.unlink()
        raise ValueError(f"attachment {digest} does not match its name")
    return size
