"""Attachment files on disk, content-addressed by sha256 under <data>/attachments. The
client's file name never becomes a path.

A POST's files are first written to the staging folder (<data>/attachments/.staging, big
parts already while the body is read: Spool), each private to its request; only once the
submission is committed are they renamed into place (publish). A refused request deletes
its own staged files (discard) and never touches the shared files. `sweep` removes what no
submission refers to, and finishes a rename a crash interrupted."""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

STAGING = ".staging"
SWEEP_LOCK = "attachments.lock"  # in the data folder, beside attachments/


def path_for(data_dir: str, sha256: str) -> Path:
    return Path(data_dir) / "attachments" / sha256[:2] / sha256


def staging_dir(data_dir: str) -> Path:
    return Path(data_dir) / "attachments" / STAGING


class Spool:
    """A file being received, written to the staging folder and hashed as it streams."""

    def __init__(self, data_dir: str) -> None:
        folder = staging_dir(data_dir)
        _make_dirs(folder)
        fd, name = tempfile.mkstemp(dir=folder, prefix="up-")
        self.path = Path(name)
        self.file = os.fdopen(fd, "wb")
        self.hash = hashlib.sha256()
        self.size = 0

    def write(self, chunk: bytes | bytearray) -> None:
        self.file.write(chunk)
        self.hash.update(chunk)
        self.size += len(chunk)

    def finish(self) -> str:
        """Close the file (durable: fsynced) and return its sha256."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        return self.hash.hexdigest()

    def discard(self) -> None:
        if not self.file.closed:
            self.file.close()
        self.path.unlink(missing_ok=True)


def stage(data_dir: str, content: bytes) -> Path:
    """Write bytes durably to a new file of the staging folder; returns its path."""
    spool = Spool(data_dir)
    try:
        spool.write(content)
        spool.finish()
    except BaseException:
        spool.discard()
        raise
    return spool.path


def publish(data_dir: str, staged: Path, sha256: str) -> None:
    """Rename a staged file into place, durably (the folder is fsynced: a rename lives in
    its folder), after its submission is committed. Replaces a file of the same hash (same
    bytes) rather than trusting it, so a sweep running at this moment cannot leave the
    committed row without its file (see sweep)."""
    target = path_for(data_dir, sha256)
    with _sweep_lock(data_dir, fcntl.LOCK_SH):
        _make_dirs(target.parent)
        os.replace(staged, target)
    _fsync_dir(target.parent)


def stored(data_dir: str, sha256: str) -> bool:
    return path_for(data_dir, sha256).exists()


def ensure(data_dir: str, content: bytes, sha256: str) -> None:
    """After its submission is committed: put in place a file that was already stored when
    the request staged its files (so it staged none), unless a sweep removed it since."""
    with _sweep_lock(data_dir, fcntl.LOCK_SH):
        if path_for(data_dir, sha256).exists():
            return
    publish(data_dir, stage(data_dir, content), sha256)


def discard(staged: Path) -> None:
    staged.unlink(missing_ok=True)


def load(data_dir: str, sha256: str) -> bytes:
    return path_for(data_dir, sha256).read_bytes()


@dataclass
class SweepReport:
    removed: list[Path] = field(default_factory=list)
    bytes_removed: int = 0
    restored: list[Path] = field(default_factory=list)  # staged files a committed row refers to
    kept_recent: int = 0


def sweep(
    data_dir: str,
    referenced: Callable[[], set[str]],
    min_age: float,
    dry_run: bool = False,
    progress: Callable[[Path], None] | None = None,
) -> SweepReport:
    """Remove the files older than `min_age` seconds that no attachment row refers to (the
    sha256 set `referenced` reads), in place and in staging; a staged file a row refers to
    whose final file is missing (a crash between commit and rename) is put in place.
    Younger files may belong to an upload in progress and are kept. Runs holding the sweep
    lock exclusively, with `referenced` read under it: a publish waits, and one that ran
    before committed its row first, so the set read here includes it."""
    report = SweepReport()
    root = Path(data_dir) / "attachments"
    if not root.is_dir():
        return report
    with _sweep_lock(data_dir, fcntl.LOCK_EX):
        refs = referenced()
        cutoff = time.time() - min_age
        for path in _files(root):
            if progress is not None:
                progress(path)
            stat = path.stat()
            if stat.st_mtime > cutoff:
                report.kept_recent += 1
                continue
            staged = path.parent.name == STAGING
            sha = _sha256_of(path) if staged else path.name
            if sha in refs and not (staged and path_for(data_dir, sha).exists()):
                if staged:  # the committed row's file never reached its place
                    report.restored.append(path)
                    if not dry_run:
                        _make_dirs(path_for(data_dir, sha).parent)
                        os.replace(path, path_for(data_dir, sha))
                continue
            report.removed.append(path)
            report.bytes_removed += stat.st_size
            if not dry_run:
                path.unlink(missing_ok=True)
    return report


def _files(root: Path) -> Iterator[Path]:
    for folder in sorted(root.iterdir()):
        if folder.is_dir():
            yield from sorted(p for p in folder.iterdir() if p.is_file())


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def _sweep_lock(data_dir: str, mode: int) -> Iterator[None]:
    """Shared by publishes, exclusive for a sweep; across the server's processes (flock)."""
    fd = os.open(Path(data_dir) / SWEEP_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, mode)
        yield
    finally:
        os.close(fd)


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


# ---- backup and restore (server/backup.py) --------------------------------------------
# A backup takes the attachments through these two functions only, so a store keeping
# them elsewhere (in the database, say) changes them and nothing else.


def copy_out(
    data_dir: str, digests: list[str], dest: Path, step: Callable[[int], None], wait: float = 30.0
) -> int:
    """Copy the files of `digests` to the same layout under `dest`, checking each file's
    bytes against its name on the way. Returns the bytes copied; a missing or altered file
    raises FileNotFoundError / ValueError naming it. Holds the sweep lock shared, so no
    sweep removes a file meanwhile; publishes go on."""
    total = 0
    with _sweep_lock(data_dir, fcntl.LOCK_SH):
        for digest in digests:
            source = _committed_file(data_dir, digest, wait)
            total += _copy_checked(source, dest / digest[:2] / digest, digest)
            step(1)
    return total


def _committed_file(data_dir: str, digest: str, wait: float) -> Path:
    """The file of a committed row: in place, or about to be (publish renames it just after
    the commit, so it may be missing for an instant), or still staged after a crash between
    the commit and the rename (sweep puts such a file in place)."""
    target = path_for(data_dir, digest)
    deadline = time.monotonic() + wait
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if target.exists():
        return target
    staging = staging_dir(data_dir)
    for staged in sorted(staging.iterdir()) if staging.is_dir() else ():
        if staged.is_file() and _sha256_of(staged) == digest:
            return staged
    raise FileNotFoundError(f"attachment {digest} is not in {target.parent}")


def copy_in(src: Path, data_dir: str, digests: list[str], step: Callable[[int], None]) -> None:
    """Put the files of `digests` from a backup's attachment folder into the data folder,
    durably, as publish() does (a file already there has these bytes: it is named by them)."""
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
