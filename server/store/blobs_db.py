"""Attachments held in PostgreSQL, as ODK Central holds its blobs by default, but in pieces.

Each file is one `blob` row (sha256, size, where it lives) and, when it lives in the
database, `blob_chunk` rows of at most CHUNK bytes each (sha256, seq, data bytea).

Why chunked bytea rather than one bytea per file (Central's `blobs.content`) or PostgreSQL
large objects:
- A bytea value is read and written whole: the server process and the client each hold the
  entire file while it passes. Pieces of 1 MiB keep both at about one piece whatever the
  size of the photo, and a download fetches piece after piece.
- Large objects stream too (lo_read/lo_write), but live outside the tables: deleting the
  row leaves the object behind unless lo_unlink is called (no foreign key, no cascade);
  pg_dump writes each as a separate entry (slow and memory-hungry with hundreds of
  thousands of photos before PostgreSQL 17); logical replication skips them; psycopg 3
  has no large-object API (only the server functions through SQL); and their rights are
  granted apart from the tables'.
- Chunk rows are ordinary rows: written in the same transaction as the submission that
  refers to them (so a 201 never precedes its photo's commit), removed with their blob row
  (ON DELETE CASCADE), dumped, restored and replicated with everything else. The column is
  STORAGE EXTERNAL: out of line, no attempt at compressing JPEGs.

Concurrency: a writer claims the blob row (insert, or lock an existing one FOR KEY SHARE)
in the transaction that records the attachment; the sweep deletes a blob only holding it
FOR UPDATE and after checking, in a later statement, that no attachment refers to it. So a
photo being committed and a sweep never leave a committed attachment without its bytes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine

CHUNK = 1 << 20

_CLAIM = text(
    "INSERT INTO blob (sha256, size, location, created_at)"
    " VALUES (:sha, :size, :loc, now() AT TIME ZONE 'utc') ON CONFLICT (sha256) DO NOTHING RETURNING sha256"
)
_LOCK_SHARED = text("SELECT location FROM blob WHERE sha256 = :sha FOR KEY SHARE")
_LOCK = text("SELECT location FROM blob WHERE sha256 = :sha FOR UPDATE")
_CHUNK_IN = text("INSERT INTO blob_chunk (sha256, seq, data) VALUES (:sha, :seq, :data)")
_CHUNK_OUT = text("SELECT data FROM blob_chunk WHERE sha256 = :sha AND seq = :seq")
_REFERENCED = text("SELECT EXISTS (SELECT 1 FROM attachment WHERE sha256 = :sha)")


def claim(conn: Connection, sha256: str, size: int, location: str) -> str | None:
    """In the writer's transaction: None if this transaction now owns a new blob row (so
    it must write the bytes), else where the existing blob lives, its row locked against
    a sweep until the transaction ends."""
    while True:
        if conn.execute(_CLAIM, {"sha": sha256, "size": size, "loc": location}).first() is not None:
            return None
        row = conn.execute(_LOCK_SHARED, {"sha": sha256}).first()
        if row is not None:
            return str(row[0])
        # deleted by a sweep between the two statements: claim it again


def lock(conn: Connection, sha256: str) -> str | None:
    """Where a blob lives, its row locked FOR UPDATE (None: no row)."""
    row = conn.execute(_LOCK, {"sha": sha256}).first()
    return None if row is None else str(row[0])


def write(conn: Connection, sha256: str, pieces: Iterable[bytes]) -> int:
    """Store a claimed blob's bytes as CHUNK-sized rows (the pieces may be any size);
    returns the bytes written."""
    seq, size, buffer = 0, 0, bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= CHUNK:
            conn.execute(_CHUNK_IN, {"sha": sha256, "seq": seq, "data": bytes(buffer[:CHUNK])})
            del buffer[:CHUNK]
            seq += 1
        size += len(piece)
    if buffer or seq == 0:
        conn.execute(_CHUNK_IN, {"sha": sha256, "seq": seq, "data": bytes(buffer)})
    return size


class Moved(OSError):
    """The blob's chunks went away while it was read (moved elsewhere, or removed)."""


def read(engine: Engine, sha256: str, offset: int = 0) -> Iterator[bytes]:
    """A blob's bytes from `offset`, a chunk at a time, each fetched on a connection taken
    from the pool and given back at once: a slow download holds no connection between
    chunks. A blob is immutable, so the chunks of separate statements fit together; if
    they vanish midway (a migration moved the blob), Moved says so."""
    with engine.connect() as conn:
        size = conn.execute(text("SELECT size FROM blob WHERE sha256 = :sha"), {"sha": sha256}).scalar()
    seq, skip = divmod(offset, CHUNK)
    sent = seq * CHUNK
    while True:
        with engine.connect() as conn:
            data = conn.execute(_CHUNK_OUT, {"sha": sha256, "seq": seq}).scalar()
        if data is None:
            break
        sent += len(data)
        if len(data) > skip:
            yield bytes(data[skip:])
        skip = 0
        seq += 1
    if size is None or sent != size:
        raise Moved(f"attachment {sha256}: {sent} of {size} bytes read from the database")


def referenced(conn: Connection, sha256: str) -> bool:
    return bool(conn.execute(_REFERENCED, {"sha": sha256}).scalar())


def set_location(conn: Connection, sha256: str, location: str) -> None:
    conn.execute(
        text("UPDATE blob SET location = :loc WHERE sha256 = :sha"), {"sha": sha256, "loc": location}
    )
    if location != "db":
        conn.execute(text("DELETE FROM blob_chunk WHERE sha256 = :sha"), {"sha": sha256})


def delete(conn: Connection, sha256: str) -> None:
    conn.execute(text("DELETE FROM blob WHERE sha256 = :sha"), {"sha": sha256})  # chunks cascade


def locations(conn: Connection) -> dict[str, str]:
    """sha256 -> location of every blob row."""
    return {row[0]: row[1] for row in conn.execute(text("SELECT sha256, location FROM blob"))}


def stale(conn: Connection, seconds: float) -> list[tuple[str, str, int]]:
    """(sha256, location, size) of the blob rows older than `seconds` that no attachment
    refers to (candidates for the sweep, which checks each again under its lock)."""
    rows = conn.execute(
        text(
            "SELECT b.sha256, b.location, b.size FROM blob b WHERE b.created_at <"
            " (now() AT TIME ZONE 'utc') - make_interval(secs => :s)"
            " AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = b.sha256) ORDER BY b.sha256"
        ),
        {"s": seconds},
    )
    return [(r[0], r[1], int(r[2])) for r in rows]
