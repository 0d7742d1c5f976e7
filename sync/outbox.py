"""The offline outbox: submissions waiting for the server, kept on disk so that nothing is
lost when the network, the laptop or the power goes away at any moment.

Each instance is first copied into `<home>/spool/<key>/` (written to a temp folder, fsynced,
then renamed), so unplugging the USB stick after `push` is safe; only then is its row
inserted. SQLite runs in WAL mode with synchronous=FULL, and every state change is one short
transaction. A row holds the state (queued → sending → sent | refused | failed) and the
attachment names the server has already accepted, so after a crash between two POSTs of a
split submission the next `push` sends only the remaining files: the server takes the
identical XML again and merges attachments. Rows are keyed by (form id, instanceID), which
makes re-queuing the same folder a no-op once it is sent."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .instance import Instance

SCHEMA = """
CREATE TABLE IF NOT EXISTS item (
  id INTEGER PRIMARY KEY,
  form_id TEXT NOT NULL,
  instance_id TEXT NOT NULL,
  xml_sha256 TEXT NOT NULL,
  xml_name TEXT NOT NULL,
  files TEXT NOT NULL DEFAULT '[]',
  accepted TEXT NOT NULL DEFAULT '[]',
  state TEXT NOT NULL DEFAULT 'queued',
  attempts INTEGER NOT NULL DEFAULT 0,
  status INTEGER,
  message TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (form_id, instance_id)
);
"""
PENDING = ("queued", "sending", "failed")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Item:
    id: int
    form_id: str
    instance_id: str
    xml_sha256: str
    xml_name: str
    files: list[str]
    accepted: list[str]
    state: str
    attempts: int
    status: int | None
    message: str
    source: str
    updated_at: str
    spool: Path = field(default=Path())

    def instance(self) -> Instance:
        """The spooled copy, as client.submit() wants it."""
        return Instance(
            self.spool,
            self.spool / self.xml_name,
            self.form_id,
            "",
            self.instance_id,
            self.xml_sha256,
            [self.spool / n for n in self.files],
        )

    @property
    def remaining(self) -> list[str]:
        return [n for n in self.files if n not in set(self.accepted)]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Outbox:
    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.spool_root = self.home / "spool"
        self.spool_root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.db = sqlite3.connect(self.home / "outbox.sqlite", isolation_level=None, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        self._clean_spool()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- reading ----------------------------------------------------------------------

    def _item(self, row: sqlite3.Row) -> Item:
        d = dict(row)
        d["files"] = json.loads(d["files"])
        d["accepted"] = json.loads(d["accepted"])
        d.pop("added_at")
        return Item(**d, spool=self._spool_dir(d["form_id"], d["instance_id"]))

    def items(self, states: tuple[str, ...] | None = None) -> list[Item]:
        sql = "SELECT * FROM item"
        if states:
            sql += f" WHERE state IN ({','.join('?' * len(states))})"
        return [self._item(r) for r in self.db.execute(sql + " ORDER BY id", states or ())]

    def pending(self) -> list[Item]:
        """What `push` still has to send, oldest first; `sending` rows are crash leftovers."""
        return self.items(PENDING)

    def get(self, form_id: str, instance_id: str) -> Item | None:
        row = self.db.execute(
            "SELECT * FROM item WHERE form_id = ? AND instance_id = ?", (form_id, instance_id)
        ).fetchone()
        return self._item(row) if row else None

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT state, count(*) FROM item GROUP BY state").fetchall())

    # ---- writing ----------------------------------------------------------------------

    def _spool_dir(self, form_id: str, instance_id: str) -> Path:
        key = hashlib.sha256(f"{form_id}\0{instance_id}".encode()).hexdigest()[:32]
        return self.spool_root / key

    def _copy_in(self, inst: Instance) -> None:
        target = self._spool_dir(inst.form_id, inst.instance_id)
        tmp = target.with_name(f".tmp-{target.name}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(mode=0o700)
        for src in [inst.xml_path, *inst.files]:
            dest = tmp / src.name
            shutil.copyfile(src, dest)
            with open(dest, "rb+") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(tmp)
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
        _fsync_dir(self.spool_root)

    def add(self, inst: Instance) -> tuple[str, Item]:
        """Queue one instance. Returns (what happened, the row): `queued` (new), `requeued`
        (the folder changed: other XML or new attachment files), or the state it already
        had (`sent`, `refused`, `queued`...) when there is nothing new to send."""
        old = self.get(inst.form_id, inst.instance_id)
        names = [f.name for f in inst.files]
        if old is not None and old.xml_sha256 == inst.xml_sha256 and set(names) <= set(old.files):
            if old.state == "sent" or old.spool.is_dir():  # nothing new to send
                return old.state, old
        self._copy_in(inst)
        now = _now()
        if old is None:
            self.db.execute(
                "INSERT INTO item (form_id, instance_id, xml_sha256, xml_name, files, source,"
                " added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (inst.form_id, inst.instance_id, inst.xml_sha256, inst.xml_path.name, json.dumps(names),
                 str(inst.folder), now, now),
            )  # fmt: skip
            outcome = "queued"
        else:
            # same XML + more files: keep what was accepted, the server merges the rest;
            # other XML: start over and let the server decide (it refuses a changed XML)
            accepted = old.accepted if old.xml_sha256 == inst.xml_sha256 else []
            self.db.execute(
                "UPDATE item SET xml_sha256 = ?, xml_name = ?, files = ?, accepted = ?, state = 'queued',"
                " attempts = 0, status = NULL, message = '', source = ?, updated_at = ? WHERE id = ?",
                (inst.xml_sha256, inst.xml_path.name, json.dumps(names), json.dumps(accepted),
                 str(inst.folder), now, old.id),
            )  # fmt: skip
            outcome = "requeued"
        item = self.get(inst.form_id, inst.instance_id)
        assert item is not None
        return outcome, item

    def _set(self, item: Item, **values: object) -> None:
        values["updated_at"] = _now()
        cols = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(f"UPDATE item SET {cols} WHERE id = ?", (*values.values(), item.id))
        for k, v in values.items():
            if hasattr(item, k):
                setattr(item, k, v)

    def mark_sending(self, item: Item) -> None:
        self._set(item, state="sending", attempts=item.attempts + 1)

    def mark_part(self, item: Item, names: list[str]) -> None:
        """Record attachments the server just accepted (committed before the next POST)."""
        accepted = item.accepted + [n for n in names if n not in item.accepted]
        self.db.execute(
            "UPDATE item SET accepted = ?, updated_at = ? WHERE id = ?",
            (json.dumps(accepted), _now(), item.id),
        )
        item.accepted = accepted

    def mark_sent(self, item: Item, status: int, message: str) -> None:
        self._set(item, state="sent", status=status, message=message)
        shutil.rmtree(item.spool, ignore_errors=True)  # the server has it; keep only the row

    def mark_refused(self, item: Item, status: int, message: str) -> None:
        self._set(item, state="refused", status=status, message=message)

    def mark_failed(self, item: Item, message: str, status: int | None = None) -> None:
        self._set(item, state="failed", status=status, message=message)

    def requeue_refused(self) -> int:
        """Give refused rows another go (after the admin fixed the cause on the server)."""
        cur = self.db.execute(
            "UPDATE item SET state = 'queued', updated_at = ? WHERE state = 'refused'", (_now(),)
        )
        return cur.rowcount

    def _clean_spool(self) -> None:
        """Drop spool folders no pending row needs: temp copies cut short by a crash, and
        copies of rows that were marked sent just before a crash."""
        keep = {self._spool_dir(r["form_id"], r["instance_id"]).name for r in self.db.execute(
            "SELECT form_id, instance_id FROM item WHERE state != 'sent'")}  # fmt: skip
        for path in self.spool_root.iterdir():
            if path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)
