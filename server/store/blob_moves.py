"""Moving attachments between the data folder, the database and the object store
(`kieumau blobs migrate`), and sweeping the database and the object store of files no
attachment refers to (`kieumau blobs sweep`; the folder's own sweep is blobs.sweep).

Migrating moves one file at a time, each in steps that leave it readable after any of
them, so the command can be killed and run again (it then moves what is left):
- to db or s3: write the bytes there, then commit the blob row saying so (a claim, or an
  update of the row under FOR UPDATE), then delete the old copy (folder file, chunks, or
  object). Killed before the commit: the row still names the old place, which still has
  the bytes; after it: an extra old copy, removed by the next run (or the sweep).
- to folder: put the file in place (durable rename), then delete the blob row under FOR
  UPDATE (readers fall back to the folder), then the object if it was in S3.
Everything is checked against its sha256 as it is read back."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from . import blobs, blobs_db
from .blob_store import BlobStore
from .blobs_s3 import ChunkReader


class Mismatch(ValueError):
    """Bytes read back that do not have the sha256 they are stored under."""


def _checked(sha256: str, pieces: Iterator[bytes]) -> Iterator[bytes]:
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
        yield piece
    if digest.hexdigest() != sha256:
        raise Mismatch(f"tệp {sha256} hỏng / file {sha256} does not match its name")


@dataclass
class Plan:
    """What a migration has to move: sha256 -> where it is now."""

    to: str
    todo: dict[str, str] = field(default_factory=dict)


def plan(store: BlobStore, to: str) -> Plan:
    """Everything not yet at `to`: folder files (in place, named by a sha256) with no row,
    and rows elsewhere."""
    with store.engine.connect() as conn:
        where = blobs_db.locations(conn)
    result = Plan(to)
    root = Path(store.data_dir) / "attachments"
    if to != "folder":
        for sha in blobs.listed(root) if root.is_dir() else []:
            result.todo[sha] = "folder" if sha not in where else "folder-copy"
    for sha, loc in sorted(where.items()):
        if loc != to:
            result.todo[sha] = loc
    return result


def migrate(store: BlobStore, todo: Plan, step: Callable[[str], None]) -> None:
    """Move every file of a plan (see the module's docstring); `step` is called per file."""
    for sha, source in todo.todo.items():
        _move(store, sha, source, todo.to)
        step(sha)


def _move(store: BlobStore, sha: str, source: str, to: str) -> None:
    folder_file = blobs.path_for(store.data_dir, sha)
    if source == "folder-copy":  # a row holds it elsewhere already: the file is an extra copy
        _drop_folder_copy(store, sha)
        return
    if to == "folder":
        _to_folder(store, sha, source)
        return
    with store.engine.begin() as conn:
        if source == "folder":
            size = folder_file.stat().st_size
            if blobs_db.claim(conn, sha, size, to) is None:
                _write(store, conn, sha, to, _checked(sha, _file(folder_file)))
        else:
            now = blobs_db.lock(conn, sha)
            if now is None or now == to:
                return  # removed by a sweep, or moved meanwhile
            _write(store, conn, sha, to, _checked(sha, store.open_at(now, sha)))
            blobs_db.set_location(conn, sha, to)
    # committed: the old copy is extra
    if source == "folder":
        _drop_folder_copy(store, sha)
    elif source == "s3":
        store.s3.delete(sha)


def _write(store: BlobStore, conn, sha: str, to: str, pieces: Iterator[bytes]) -> None:
    if to == "db":
        blobs_db.write(conn, sha, pieces)
    else:
        store.s3.put(sha, ChunkReader(pieces))  # type: ignore[arg-type]


def _to_folder(store: BlobStore, sha: str, source: str) -> None:
    target = blobs.path_for(store.data_dir, sha)
    if not target.exists():
        spool = blobs.Spool(store.data_dir)
        try:
            for piece in store.open_at(source, sha):
                spool.write(piece)
            if spool.finish() != sha:
                raise Mismatch(f"tệp {sha} hỏng / file {sha} does not match its name")
        except BaseException:
            spool.discard()
            raise
        blobs.publish(store.data_dir, spool.path, sha)
    with store.engine.begin() as conn:
        now = blobs_db.lock(conn, sha)
        if now is None:
            return
        blobs_db.delete(conn, sha)
    if now == "s3":
        store.s3.delete(sha)


def _drop_folder_copy(store: BlobStore, sha: str) -> None:
    with store.engine.connect() as conn:
        held = conn.execute(text("SELECT 1 FROM blob WHERE sha256 = :s"), {"s": sha}).first()
    if held is not None:  # never delete the only copy
        blobs.path_for(store.data_dir, sha).unlink(missing_ok=True)


def _file(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        yield from iter(lambda: fh.read(blobs_db.CHUNK), b"")


# ---- the sweep of the database and the object store ------------------------------------


@dataclass
class HeldSweep:
    removed: list[tuple[str, str]] = field(default_factory=list)  # (location, sha256)
    bytes_removed: int = 0


def sweep(store: BlobStore, min_age: float, dry_run: bool, step: Callable[[str], None]) -> HeldSweep:
    """Remove blob rows (and their chunks or objects) older than `min_age` seconds that no
    attachment refers to, each checked again under FOR UPDATE (a writer holds the row it
    reuses FOR KEY SHARE until its commit); then the objects of the bucket that no row
    places there (an upload whose transaction never committed, a migration's extra copy),
    claimed with a row of their own first so that a writer of the same file waits."""
    report = HeldSweep()
    with store.engine.connect() as conn:
        candidates = blobs_db.stale(conn, min_age)
    for sha, _loc, size in candidates:
        step(sha)
        with store.engine.begin() as conn:
            loc = blobs_db.lock(conn, sha)
            if loc is None or blobs_db.referenced(conn, sha):
                continue
            report.removed.append((loc, sha))
            report.bytes_removed += size
            if dry_run:
                continue
            if loc == "s3":
                store.s3.delete(sha)
            blobs_db.delete(conn, sha)
    if store.kind == "s3" or _has_s3(store):
        _sweep_objects(store, min_age, dry_run, step, report)
    return report


def _has_s3(store: BlobStore) -> bool:
    return bool(store.conf.get("S3_BUCKET"))


def _sweep_objects(
    store: BlobStore, min_age: float, dry_run: bool, step: Callable[[str], None], report: HeldSweep
) -> None:
    cutoff = datetime.now(UTC).timestamp() - min_age
    for obj in store.s3.listing():
        step(obj.sha256)
        if obj.modified.timestamp() > cutoff:
            continue
        with store.engine.begin() as conn:
            loc = blobs_db.lock(conn, obj.sha256)
            if loc == "s3":
                continue  # a row places it there: the first pass judged it
            if loc is None:
                # a row of our own, so that a writer of this very file waits for us
                if blobs_db.claim(conn, obj.sha256, obj.size, "s3") is not None:
                    continue  # a writer just made its row: its upload is in progress
            report.removed.append(("s3", obj.sha256))
            report.bytes_removed += obj.size
            if not dry_run:
                store.s3.delete(obj.sha256)
            if loc is None:
                blobs_db.delete(conn, obj.sha256)
