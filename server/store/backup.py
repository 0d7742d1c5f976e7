"""The database side of `kieumau backup` / `kieumau restore` (server/backup.py): a consistent
snapshot of a database in use, the facts read from that same snapshot (schema revision, rows
per table, the attachments it references), and loading a snapshot into another database.

- SQLite: the online backup API copies the database in one step, inside one read transaction:
  in WAL mode the writers go on meanwhile and the copy is the database as of one commit.
- PostgreSQL: a REPEATABLE READ transaction exports its snapshot; pg_dump (custom format)
  dumps exactly that snapshot while the facts are read in the same transaction. pg_dump
  must be of the server's major version or newer (Debian: postgresql-client-NN)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import make_url

# tables whose rows make a database "in use" (a restore then needs --force)
DATA_TABLES = ("user", "form", "submission", "unit", "household")


class BackupError(Exception):
    """A refusal with its message, Vietnamese / English."""


@dataclass
class Facts:
    """What a snapshot holds, read inside it."""

    schema: str | None
    counts: dict[str, int] = field(default_factory=dict)
    attachments: set[str] = field(default_factory=set)  # sha256 of each referenced file in the folder
    held: dict[str, int] = field(default_factory=dict)  # referenced files held elsewhere: db, s3
    server_version: str = ""


def kind(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def sqlite_file(url: str) -> Path:
    path = make_url(url).database
    if not path or path == ":memory:":
        raise BackupError("Cơ sở dữ liệu SQLite không nằm trong tệp / the SQLite database is not a file")
    return Path(path)


def read_facts(conn: Connection) -> Facts:
    """Schema revision, rows per table and referenced attachments, on `conn`'s snapshot."""
    tables = sorted(inspect(conn).get_table_names())
    schema = None
    if "alembic_version" in tables:
        schema = conn.scalar(text("SELECT version_num FROM alembic_version"))
    counts = {t: conn.scalar(text(f'SELECT count(*) FROM "{t}"')) for t in tables if t != "alembic_version"}
    digests: set[str] = set()
    held: dict[str, int] = {}
    if "attachment" in tables:
        digests = set(conn.scalars(text("SELECT DISTINCT sha256 FROM attachment")))
    if "blob" in tables and digests:  # in the database (so in the dump) or the object store
        where = {r[0]: r[1] for r in conn.execute(text("SELECT sha256, location FROM blob"))}
        for digest in [d for d in digests if d in where]:
            digests.discard(digest)
            held[where[digest]] = held.get(where[digest], 0) + 1
    return Facts(schema, counts, digests, held)


# ---- taking a snapshot ------------------------------------------------------------------


def snapshot_sqlite(url: str, dest: Path) -> Facts:
    """Copy the live database to `dest` (journal mode DELETE: one self-contained file)."""
    source = sqlite3.connect(sqlite_file(url), timeout=30)
    target = sqlite3.connect(dest)
    try:
        source.execute("PRAGMA busy_timeout=30000")
        source.backup(target)  # pages=-1: the whole database in one step, one read transaction
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
        source.close()
    engine = create_engine(f"sqlite:///{dest}")
    try:
        with engine.connect() as conn:
            facts = read_facts(conn)
            facts.server_version = sqlite3.sqlite_version
    finally:
        engine.dispose()
    return facts


def snapshot_postgres(url: str, dest: Path) -> tuple[Facts, str]:
    """pg_dump of one snapshot into `dest`, and its facts. Returns them with pg_dump's
    version line."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.scalar(text("SELECT pg_export_snapshot()"))
                facts = read_facts(conn)
                facts.server_version = conn.scalar(text("SHOW server_version"))
                major = int(conn.scalar(text("SHOW server_version_num"))) // 10000
                tool = pg_tool("pg_dump", major)
                _run(
                    [
                        tool.path,
                        "--format=custom",
                        "--no-owner",
                        "--no-privileges",
                        f"--snapshot={snapshot}",
                        f"--file={dest}",
                        "--dbname",
                        _libpq(url),
                    ],
                    url,
                )
    finally:
        engine.dispose()
    return facts, tool.version


# ---- PostgreSQL client tools ------------------------------------------------------------


@dataclass
class Tool:
    path: str
    version: str
    major: int


def pg_tool(name: str, server_major: int) -> Tool:
    """pg_dump / pg_restore of the server's major version (Debian keeps each installed
    version under /usr/lib/postgresql/NN/bin), else the one on PATH if not older."""
    candidates = [f"/usr/lib/postgresql/{server_major}/bin/{name}", shutil.which(name)]
    found: Tool | None = None
    for path in filter(None, candidates):
        if os.access(path, os.X_OK):
            line = subprocess.run([path, "--version"], capture_output=True, text=True).stdout.strip()
            match = re.search(r"\)\s+(\d+)", line)  # "pg_dump (PostgreSQL) 15.20 (Debian ...)"
            if match:
                found = Tool(path, line, int(match.group(1)))
                if found.major >= server_major:
                    return found
    have = f" ({found.version})" if found else ""
    raise BackupError(
        f"Cần {name} phiên bản {server_major} trở lên{have}: cài postgresql-client-{server_major} / "
        f"{name} {server_major} or newer is needed{have}: install postgresql-client-{server_major}"
    )


def _libpq(url: str) -> str:
    """The SQLAlchemy URL as a libpq URI, without the password (passed in PGPASSWORD)."""
    return make_url(url).set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _run(args: list[str], url: str) -> None:
    env = {**os.environ}
    password = make_url(url).password
    if password:
        env["PGPASSWORD"] = str(password)
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{Path(args[0]).name} lỗi / failed: {done.stderr.strip()[-2000:]}")


# ---- the target of a restore ------------------------------------------------------------


@contextmanager
def _connect(url: str) -> Iterator[Connection]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def in_use(url: str) -> bool:
    """Whether the database holds data (a row in any of DATA_TABLES)."""
    if kind(url) == "sqlite" and not sqlite_file(url).exists():
        return False
    with _connect(url) as conn:
        tables = set(inspect(conn).get_table_names())
        return any(conn.scalar(text(f'SELECT 1 FROM "{t}" LIMIT 1')) for t in DATA_TABLES if t in tables)


def facts_of(url: str) -> Facts:
    with _connect(url) as conn:
        return read_facts(conn)


def server_major(url: str) -> int:
    with _connect(url) as conn:
        return int(conn.scalar(text("SHOW server_version_num"))) // 10000


def load_sqlite(snapshot: Path, url: str, progress: Callable[[int, int], None]) -> None:
    """Copy the snapshot into the target database file, page by page (the backup API
    replaces the whole content), then put the target in WAL mode as the server runs it."""
    target_path = sqlite_file(url)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    target = sqlite3.connect(target_path, timeout=30)
    try:
        source.backup(target, pages=4096, progress=lambda _status, left, total: progress(total - left, total))
        target.execute("PRAGMA journal_mode=WAL")
    finally:
        target.close()
        source.close()


def load_postgres(snapshot: Path, url: str, wipe: bool) -> str:
    """pg_restore the dump into the target database in one transaction; `wipe` first drops
    everything in its public schema. Returns pg_restore's version line."""
    major = server_major(url)
    tool = pg_tool("pg_restore", major)
    with _connect(url) as conn, conn.begin():
        if wipe:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    _run(
        [
            tool.path,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            _libpq(url),
            str(snapshot),
        ],
        url,
    )
    return tool.version
