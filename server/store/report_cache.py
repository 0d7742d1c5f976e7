"""Rendered report files kept in `<DATA_DIR>/cache/reports/`, keyed by a hash of their input.

A town dossier takes seconds to render, so a file is rebuilt only when what went into it
changed: the caller hashes a version of the data (store/report_version.py), the settings and
the templates, and an unchanged request is a directory lookup. The md5 of the bytes is part
of the file name, so the ETag and the sync listing need no second read. A build may return a
little metadata (e.g. whether the decision is a draft, for its file name), kept beside the
file. Each slot (one document for one scope) keeps only its newest file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class CachedFile:
    path: Path
    md5: str
    fresh: bool  # rendered by this call (False: served from the cache)
    meta: dict = field(default_factory=dict)  # what the build returned


def folder(data_dir: str | Path) -> Path:
    return Path(data_dir) / "cache" / "reports"


def input_key(parts: Iterable[str | bytes]) -> str:
    """A hash of everything that went into a file; parts are separated so ("ab", "c") and
    ("a", "bc") differ."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:32]


def get_or_build(
    data_dir: str | Path, slot: str, key: str, suffix: str, build: Callable[[IO[bytes]], dict | None]
) -> CachedFile:
    """The cached file for (slot, key), or `build` it: write to a temp file, then rename,
    so a reader never sees half a file and two workers rendering at once both succeed.
    `build` may return a JSON-able dict, written beside the file before it appears."""
    root = folder(data_dir)
    slot = _UNSAFE.sub("_", slot)
    for found in root.glob(f"{slot}.{key}.*{suffix}"):
        md5 = found.name[len(slot) + len(key) + 2 : -len(suffix)]
        return CachedFile(found, md5, fresh=False, meta=_read_meta(root / f"{slot}.{key}{_META}"))
    root.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".tmp-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            meta = build(fh) or {}
        md5 = _md5_of(Path(tmp))
        if meta:
            _write_meta(root / f"{slot}.{key}{_META}", meta)
        path = root / f"{slot}.{key}.{md5}{suffix}"
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    for old in (*root.glob(f"{slot}.*{suffix}"), *root.glob(f"{slot}.*{_META}")):
        if old != path and old.name != f"{slot}.{key}{_META}":
            old.unlink(missing_ok=True)
    return CachedFile(path, md5, fresh=True, meta=meta)


_META = ".meta.json"


def _read_meta(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_meta(path: Path, meta: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=_META)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False)
    os.replace(tmp, path)


def _md5_of(path: Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
