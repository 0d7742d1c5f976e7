"""Where attachments live, chosen by the ATTACHMENTS setting, and the one way in and out.

- folder: files in the data folder (server/store/blobs.py); the only choice on SQLite.
- db: chunked bytea rows in PostgreSQL (server/store/blobs_db.py); the default there, so
  every host on one database reads every photo.
- s3: an S3-compatible object store (server/store/blobs_s3.py), with a `blob` row per file
  in PostgreSQL that coordinates writers, the sweep and `kieumau blobs migrate`.

Whatever the setting, a file is found by its sha256: a `blob` row says where it is (db or
s3); without one it is in the data folder. Files written before a change of setting so stay
readable, and `kieumau blobs migrate` (server/store/blob_moves.py) moves them one by one.

Writing, for db and s3: the bytes are stored inside the transaction that records the
attachment (record), the blob row claimed there; the 201 follows its commit. For s3 the
object is uploaded (durably) while that transaction holds the row, before the commit. For
the folder, files are staged before and renamed into place after the commit (blobs.py)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from flask import Flask
from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine

from ..config import attachments_store
from . import blobs, blobs_db
from .blobs_s3 import S3

PIECE = 1 << 20


class Part(Protocol):
    """A file of a POST: in memory (`data`) or staged on disk (`staged`)."""

    sha256: str
    size: int
    data: bytes | None
    staged: Path | None


def pieces(part: Part) -> Iterator[bytes]:
    if part.data is not None:
        yield part.data
        return
    assert part.staged is not None
    with part.staged.open("rb") as fh:
        yield from iter(lambda: fh.read(PIECE), b"")


def _file_of(part: Part) -> io.BufferedIOBase | io.BytesIO:
    if part.data is not None:
        return io.BytesIO(part.data)
    assert part.staged is not None
    return part.staged.open("rb")


class BlobStore:
    def __init__(self, kind: str, data_dir: str, engine: Engine, conf: dict) -> None:
        self.kind = kind
        self.data_dir = data_dir
        self.engine = engine
        self.conf = conf
        self.postgres = engine.dialect.name == "postgresql"
        self._s3: S3 | None = None

    @property
    def s3(self) -> S3:
        if self._s3 is None:
            self._s3 = S3(self.conf)
        return self._s3

    @property
    def in_folder(self) -> bool:
        return self.kind == "folder"

    # ---- writing (domain/submissions.py) ------------------------------------------------

    def stage(self, part: Part) -> None:
        """Before the write transaction: the folder stages an in-memory part durably."""
        if self.in_folder and part.staged is None and part.data is not None:
            if not blobs.stored(self.data_dir, part.sha256):  # a stored one is checked at publish
                part.staged = blobs.stage(self.data_dir, part.data)

    def record(self, conn: Connection, part: Part) -> None:
        """In the transaction that records the attachment: store its bytes (db, s3)."""
        if self.in_folder:
            return
        if blobs_db.claim(conn, part.sha256, part.size, self.kind) is not None:
            return  # stored already (here or elsewhere), and held against a sweep until the commit
        if self.kind == "db":
            blobs_db.write(conn, part.sha256, pieces(part))
        else:
            with _file_of(part) as source:
                self.s3.put(part.sha256, source)

    def publish(self, part: Part) -> None:
        """After the commit: the folder renames the staged file into place."""
        if not self.in_folder:
            return
        if part.staged is not None:
            blobs.publish(self.data_dir, part.staged, part.sha256)
            part.staged = None
        elif part.data is not None:
            blobs.ensure(self.data_dir, part.data, part.sha256)

    @property
    def keeps_staged(self) -> bool:
        """Whether a recorded part's staged file becomes the stored file (folder only)."""
        return self.in_folder

    # ---- reading ----------------------------------------------------------------------

    def location(self, sha256: str) -> str:
        if not self.postgres:
            return "folder"
        with self.engine.connect() as conn:
            found = conn.execute(text("SELECT location FROM blob WHERE sha256 = :s"), {"s": sha256}).scalar()
        return str(found) if found else "folder"

    def open(self, sha256: str) -> Iterator[bytes]:
        """The bytes of a stored file, in pieces (FileNotFoundError if it is nowhere). A
        file moved out of the database while it is read (`kieumau blobs migrate`) is read on
        from its new place, from the same offset."""
        where = self.location(sha256)
        first = self.open_at(where, sha256)  # a missing file raises here, not mid-answer
        return first if where != "db" else self._resuming(sha256, first)

    def _resuming(self, sha256: str, pieces: Iterator[bytes]) -> Iterator[bytes]:
        sent = 0
        for _attempt in range(3):
            try:
                for piece in pieces:
                    sent += len(piece)
                    yield piece
                return
            except blobs_db.Moved:
                pieces = self.open_at(self.location(sha256), sha256, sent)
        raise OSError(f"attachment {sha256} kept moving while it was read")

    def open_at(self, where: str, sha256: str, offset: int = 0) -> Iterator[bytes]:
        if where == "db":
            return blobs_db.read(self.engine, sha256, offset)
        if where == "s3":
            return self.s3.read(sha256, offset)
        path = blobs.path_for(self.data_dir, sha256)
        fh = path.open("rb")  # raises now, not at the first piece
        fh.seek(offset)
        return _file_pieces(fh)

    def load(self, sha256: str) -> bytes:
        """A whole file in memory (small files, tests)."""
        return b"".join(self.open(sha256))


def _file_pieces(fh: io.BufferedReader) -> Iterator[bytes]:
    with fh:
        yield from iter(lambda: fh.read(PIECE), b"")


def for_app(app: Flask) -> BlobStore:
    """The app's store, made again if a setting changed (tests switch it)."""
    key = (
        attachments_store(app.config),
        app.config["DATA_DIR"],
        app.config.get("S3_BUCKET"),
        app.config.get("S3_ENDPOINT_URL"),
    )
    cached = app.extensions.get("blob_store")
    if cached is None or cached[0] != key:
        store = BlobStore(key[0], app.config["DATA_DIR"], app.extensions["engine"], app.config)
        app.extensions["blob_store"] = (key, store)
        return store
    return cached[1]
