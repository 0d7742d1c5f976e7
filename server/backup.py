"""`kieumau backup DEST` and `kieumau restore SRC`: a consistent copy of a running server and
bringing it back.

A backup is a folder:

    manifest.json       format, kieumau version, time, schema revision, database kind and
                        server version, rows per table, attachments (count, bytes), and the
                        sha256 of every other file; written last, so a folder without it is
                        not a backup
    database.sqlite     the SQLite database (online backup API), or
    database.pgdump     pg_dump's custom format of one snapshot
    attachments/ab/ab…  the files the snapshot references that are in the data folder,
                        named by their sha256 (on PostgreSQL they are usually in the
                        database instead, so in database.pgdump: blob_chunk rows)
    secret_key, documents.json, config.py   when the data folder has them (the generated
                        secret key and the document settings are rows of the database;
                        these files are an earlier version's, adopted at the next start)

Order matters: the database snapshot first, then the attachments it references. An
attachment is staged (durably) before the row that references it is committed and renamed
into place just after, and never changes, so each one the snapshot names is in place, or
in a moment, or still staged after a crash (blobs.copy_out looks there too). Files held
in the database are in the same snapshot as the rows that refer to them. Files held in an
S3-compatible store are not copied: the manifest counts them and the command says to back
up the bucket (versioning or replication), since the objects never change once written.

Restoring checks everything first (checksums, every attachment's bytes against its name,
the schema revision is one this version knows), loads the database, compares its rows per
table with the manifest, copies the files, then migrates the schema forward if the backup
is older. Nothing in the data folder or database is touched before the checks pass."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Protocol

from alembic.script import ScriptDirectory

from .store import backup as snap
from .store import blobs, migrate
from .store.backup import BackupError

FORMAT = 1
MANIFEST = "manifest.json"
ATTACHMENTS = "attachments"
DATABASE_FILES = {"sqlite": "database.sqlite", "postgresql": "database.pgdump"}
SIDE_FILES = ("secret_key", "documents.json", "config.py")  # copied as they are, when present


class Ui(Protocol):
    """What the command shows: a line, and a progress bar counting steps."""

    def say(self, line: str) -> None: ...

    def bar(self, label: str, total: int) -> AbstractContextManager[Callable[[int], None]]: ...


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _version() -> str:
    try:
        return metadata.version("kieumau")
    except metadata.PackageNotFoundError:
        return "unknown"


# ---- backup -------------------------------------------------------------------------------


def take(conf: dict, dest: Path, ui: Ui) -> dict:
    """Write a backup of the data folder and database of `conf` into `dest` (a new or empty
    folder). Returns the manifest. A failure removes what it wrote."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise BackupError(f"Thư mục đích đã có dữ liệu / the destination is not empty: {dest}")
    created = not dest.exists()
    dest.mkdir(parents=True, exist_ok=True)
    try:
        return _take(conf, dest, ui)
    except BaseException:
        if created:
            shutil.rmtree(dest, ignore_errors=True)
        else:
            for child in dest.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def _take(conf: dict, dest: Path, ui: Ui) -> dict:
    url, data_dir = conf["DATABASE_URL"], conf["DATA_DIR"]
    db_kind = snap.kind(url)
    db_file = dest / DATABASE_FILES[db_kind]
    ui.say(f"Cơ sở dữ liệu / database ({db_kind}) → {db_file.name}")
    tool = ""
    if db_kind == "sqlite":
        facts = snap.snapshot_sqlite(url, db_file)
    else:
        facts, tool = snap.snapshot_postgres(url, db_file)
    digests = sorted(facts.attachments)
    with ui.bar("Tệp đính kèm / attachments", len(digests)) as step:
        try:
            size = blobs.copy_out(data_dir, digests, dest / ATTACHMENTS, step)
        except (OSError, ValueError) as exc:
            raise BackupError(
                f"Tệp đính kèm hỏng hoặc thiếu / attachment missing or damaged: {exc}"
            ) from None
    if facts.held.get("db"):
        ui.say(f"Tệp đính kèm trong cơ sở dữ liệu / attachments in the database: {facts.held['db']}")
    if facts.held.get("s3"):
        ui.say(
            f"! {facts.held['s3']} tệp đính kèm ở kho S3 (bucket {conf.get('S3_BUCKET') or '?'}), không có"
            " trong bản sao: hãy sao lưu bucket (bật versioning hoặc replication) / "
            f"{facts.held['s3']} attachments are in the S3 store (bucket {conf.get('S3_BUCKET') or '?'}),"
            " not in this backup: back the bucket up (versioning or replication); objects never change"
        )
    files = {db_file.name: _sha256(db_file)}
    for name in SIDE_FILES:
        source = Path(data_dir) / name
        if source.is_file():
            shutil.copy2(source, dest / name)
            files[name] = _sha256(dest / name)
    if conf.get("SECRET_KEY"):  # unset, the generated key is a row of the database copied above
        ui.say(
            "! SECRET_KEY đặt trong cấu hình, không có trong bản sao / "
            "SECRET_KEY comes from the settings: not in the backup"
        )
    manifest = {
        "format": FORMAT,
        "kieumau": _version(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema": facts.schema,
        "database": {
            "kind": db_kind,
            "file": db_file.name,
            "server_version": facts.server_version,
            "tool": tool,
        },
        "counts": facts.counts,
        "attachments": {
            "folder": ATTACHMENTS,
            "count": len(digests),
            "bytes": size,
            "in_database": facts.held.get("db", 0),
            "in_object_store": facts.held.get("s3", 0),
        },
        "files": files,
    }
    _write_manifest(dest, manifest)
    return manifest


def _write_manifest(dest: Path, manifest: dict) -> None:
    """Every file made durable first, then the manifest (write, fsync, rename)."""
    for path in sorted(dest.rglob("*"), reverse=True):  # files before their folders
        fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    tmp = dest / f".{MANIFEST}.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, dest / MANIFEST)


# ---- restore ------------------------------------------------------------------------------


def read_manifest(src: Path) -> dict:
    path = src / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BackupError(
            f"Không phải bản sao lưu kieumau (thiếu hoặc hỏng {MANIFEST}) / "
            f"not a kieumau backup ({MANIFEST} missing or unreadable): {src}"
        ) from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Định dạng bản sao lưu lạ / unknown backup format: {manifest.get('format')!r}")
    return manifest


def verify(src: Path, manifest: dict, ui: Ui) -> list[str]:
    """Check every file of the backup against the manifest; returns the attachments' digests."""
    for name, digest in manifest["files"].items():
        path = src / name
        if not path.is_file() or _sha256(path) != digest:
            raise BackupError(f"Bản sao lưu hỏng: {name} / the backup is damaged: {name} (checksum)")
    folder = src / manifest["attachments"]["folder"]
    digests = blobs.listed(folder) if folder.is_dir() else []
    if len(digests) != manifest["attachments"]["count"]:
        raise BackupError(
            f"Bản sao lưu thiếu tệp đính kèm: có {len(digests)}, cần {manifest['attachments']['count']} / "
            f"attachments missing from the backup: {len(digests)} of {manifest['attachments']['count']}"
        )
    with ui.bar("Kiểm tra tệp đính kèm / checking attachments", len(digests)) as step:
        for digest in digests:
            if not blobs.check(folder, digest):
                raise BackupError(f"Tệp đính kèm hỏng / damaged attachment in the backup: {digest}")
            step(1)
    return digests


def check_schema(revision: str | None, url: str) -> bool:
    """Whether the backup's schema revision needs migrating forward; refuses one this
    version of kieumau does not know (a backup from a newer version)."""
    scripts = ScriptDirectory.from_config(migrate.alembic_config(url))
    head = scripts.get_current_head()
    known = {rev.revision for rev in scripts.walk_revisions()}
    if revision not in known:
        raise BackupError(
            f"Bản sao lưu có lược đồ {revision}, phiên bản kieumau này không biết (mới nhất: {head}); "
            f"cài phiên bản kieumau đã tạo bản sao lưu / the backup's schema {revision} is unknown to "
            f"this kieumau (newest: {head}): restore it with the version that made it, or newer"
        )
    return revision != head


def restore(conf: dict, src: Path, force: bool, ui: Ui) -> dict:
    """Bring the backup in `src` back into the data folder and database of `conf`."""
    url, data_dir = conf["DATABASE_URL"], Path(conf["DATA_DIR"])
    manifest = read_manifest(src)
    db_kind = manifest["database"]["kind"]
    if snap.kind(url) != db_kind:
        raise BackupError(
            f"Bản sao lưu là của {db_kind}, cơ sở dữ liệu đích là {snap.kind(url)}: đặt DATABASE_URL / "
            f"the backup is of {db_kind} and the target database is {snap.kind(url)}: set DATABASE_URL"
        )
    forward = check_schema(manifest["schema"], url)
    digests = verify(src, manifest, ui)
    if not force and (snap.in_use(url) or _folder_in_use(data_dir)):
        raise BackupError(
            "Thư mục dữ liệu hoặc cơ sở dữ liệu đích đã có dữ liệu; thêm --force để ghi đè / "
            f"the target data folder or database holds data; add --force to overwrite it ({data_dir})"
        )
    ui.say(f"Cơ sở dữ liệu / database ← {manifest['database']['file']}")
    snapshot = src / manifest["database"]["file"]
    if db_kind == "sqlite":
        with ui.bar("Cơ sở dữ liệu / database", 100) as step:
            _percent(step, lambda progress: snap.load_sqlite(snapshot, url, progress))
    else:
        snap.load_postgres(snapshot, url, wipe=True)
    found = snap.facts_of(url).counts
    if found != manifest["counts"]:
        wrong = sorted(
            t for t in set(found) | set(manifest["counts"]) if found.get(t) != manifest["counts"].get(t)
        )
        raise BackupError(f"Số dòng khác bản sao lưu / restored row counts differ from the backup: {wrong}")
    data_dir.mkdir(parents=True, exist_ok=True)
    with ui.bar("Tệp đính kèm / attachments", len(digests)) as step:
        blobs.copy_in(src / manifest["attachments"]["folder"], str(data_dir), digests, step)
    _restore_side_files(src, data_dir, manifest, ui)
    if forward:
        ui.say(f"Nâng lược đồ / migrating the schema forward from {manifest['schema']}")
        migrate.upgrade(url)
    return manifest


def _percent(step: Callable[[int], None], run: Callable[[Callable[[int, int], None]], None]) -> None:
    shown = 0

    def progress(done: int, total: int) -> None:
        nonlocal shown
        now = done * 100 // max(total, 1)
        step(now - shown)
        shown = now

    run(progress)
    step(100 - shown)


def _folder_in_use(data_dir: Path) -> bool:
    folder = data_dir / ATTACHMENTS
    return (data_dir / "documents.json").exists() or (folder.is_dir() and bool(blobs.listed(folder)))


def _restore_side_files(src: Path, data_dir: Path, manifest: dict, ui: Ui) -> None:
    """secret_key (0600) and documents.json as in the backup (a documents.json the backup
    lacks is removed: the restored campaign had none); config.py is left for the operator."""
    for name in ("secret_key", "documents.json"):
        target = data_dir / name
        if name in manifest["files"]:
            tmp = data_dir / f".{name}.restore"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write((src / name).read_bytes())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        elif name == "documents.json":
            target.unlink(missing_ok=True)
    if "config.py" in manifest["files"]:
        ui.say(
            f"! Cấu hình cũ ở / the backed-up settings are in {src / 'config.py'}: "
            f"compare with {data_dir / 'config.py'}"
        )


def summary(manifest: dict) -> Iterator[str]:
    counts = manifest["counts"]
    yield (
        f"{manifest['created_at']}  kieumau {manifest['kieumau']}  schema {manifest['schema']}  "
        f"{manifest['database']['kind']} {manifest['database']['server_version']}"
    )
    yield (
        f"phiếu / submissions {counts.get('submission', 0)}, tệp đính kèm / attachments "
        f"{manifest['attachments']['count']} ({manifest['attachments']['bytes'] / 1e6:.1f} MB)"
        f"{_held(manifest['attachments'])}, "
        f"người dùng / users {counts.get('user', 0)}, hộ / households {counts.get('household', 0)}"
    )


def _held(attachments: dict) -> str:
    db, s3 = attachments.get("in_database", 0), attachments.get("in_object_store", 0)
    return (f" + {db} trong CSDL / in the database" if db else "") + (f" + {s3} ở S3 / in S3" if s3 else "")
