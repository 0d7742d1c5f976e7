"""`kieumau backup` of a server taking submissions, and `kieumau restore` into a fresh data
folder and database: every submission acknowledged (201) before the backup began is on the
restored server, with its photo's bytes. Then the refusals: a damaged backup, a target that
holds data, a backup of a schema this version does not know; and an older one migrated."""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from conftest import PASSWORD, add_unit, add_user, publish
from orhelpers import UNIT_CSV, digest, household_form, instance, post
from server.cli import main
from server.store import migrate
from server.store.blob_store import BlobStore

ROOT = Path(__file__).resolve().parent.parent
KIEUMAU = str(Path(sys.executable).parent / "kieumau")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment(data: Path, database_url: str | None) -> dict:
    env = {**os.environ, "KIEUMAU_DATA": str(data)}
    for name in ("DATABASE_URL", "KIEUMAU_PUBLIC_URL", "KIEUMAU_SECRET_KEY"):
        env.pop(name, None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def serve(env: dict) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [KIEUMAU, "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines, deadline = [], time.time() + 60
    while time.time() < deadline and "kieumau: http://" not in (lines[-1] if lines else ""):
        lines.append(proc.stdout.readline())
        assert proc.poll() is None, "".join(lines) + proc.stdout.read()
    threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep the pipe drained
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(f"{url}/login", timeout=10)
            break
        except requests.RequestException:
            time.sleep(0.1)
    return proc, url


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(60)
    proc.stdout.close()  # once the drain thread has read to the end


def scored(database_url: str) -> None:
    """Wait until the server's scorer has scored every restored submission."""
    engine = create_engine(database_url)
    deadline = time.time() + 300
    with engine.connect() as conn:
        while conn.execute(text("SELECT count(*) FROM scoring_queue")).scalar():
            assert time.time() < deadline, "the restored submissions were never scored"
            conn.rollback()
            time.sleep(0.5)
    engine.dispose()


def photo() -> bytes:
    return b"\xff\xd8\xff\xe0" + secrets.token_bytes(20_000 + secrets.randbelow(60_000))


class Load:
    """Threads posting submissions with a photo, as phones do, until stopped; each 201 is
    recorded with the moment it arrived."""

    def __init__(self, url: str, threads: int = 6) -> None:
        self.url, self.acked, self.errors = url, [], []
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._phone, daemon=True) for _ in range(threads)]
        for t in self.threads:
            t.start()

    def _phone(self) -> None:
        auth = digest("lan")
        while not self.done.is_set():
            instance_id, content = f"uuid:{uuid.uuid4()}", photo()
            try:
                resp = post(
                    self.url, instance(instance_id, photos=("nha.jpg",)), {"nha.jpg": content}, auth=auth
                )
            except requests.ConnectionError:
                continue  # not acknowledged: Collect keeps it and sends it again
            arrived = time.monotonic()
            if resp.status_code == 201:
                with self.lock:
                    self.acked.append((arrived, instance_id, hashlib.md5(content).hexdigest()))
            else:
                self.errors.append(f"{resp.status_code} {resp.text[:200]}")

    def stop(self) -> None:
        self.done.set()
        for t in self.threads:
            t.join(30)


def signed_in(url: str, username: str) -> requests.Session:
    web = requests.Session()
    token = re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', web.get(f"{url}/login").text).group(1)
    resp = web.post(
        f"{url}/login",
        data={"csrf_token": token, "username": username, "password": PASSWORD},
        allow_redirects=False,
    )
    assert resp.status_code == 302, resp.text
    return web


def restore_target(database_url: str) -> str | None:
    """A fresh database for the restore: on PostgreSQL `<test database>_restore`, created
    empty; on SQLite none (the default file in the new data folder)."""
    if database_url.startswith("sqlite"):
        return None
    base, name = database_url.rsplit("/", 1)
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}_restore" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}_restore"'))
    admin.dispose()
    return f"{base}/{name}_restore"


@pytest.fixture
def site(app):
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    add_unit(app, "TDP1")
    add_user(app, "lan", "volunteer", ("TDP1",))
    add_user(app, "quan", "admin")
    app.extensions["engine"].dispose()
    return app


def test_backup_under_load_restores_every_acknowledged_submission_with_its_photo(
    site, database_url, tmp_path
):
    env = environment(tmp_path / "data", database_url)
    proc, url = serve(env)
    try:
        load = Load(url)
        while len(load.acked) < 20:  # the phones are going
            time.sleep(0.05)
        began = time.monotonic()
        made = subprocess.run(
            [KIEUMAU, "backup", str(tmp_path / "backup")], env=env, capture_output=True, text=True
        )
        ended = time.monotonic()
        time.sleep(0.5)
        load.stop()
    finally:
        stop(proc)
    assert made.returncode == 0, made.stderr
    assert not load.errors, load.errors[:3]
    before = {iid: md5 for arrived, iid, md5 in load.acked if arrived < began}
    during = [iid for arrived, iid, _ in load.acked if began <= arrived < ended]
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    held = manifest["attachments"]["count"] + manifest["attachments"]["in_database"]  # PostgreSQL: the latter
    assert manifest["counts"]["submission"] >= len(before) and held >= len(before)

    target_url = restore_target(database_url)
    target_env = environment(tmp_path / "restored", target_url)
    done = subprocess.run(
        [KIEUMAU, "restore", str(tmp_path / "backup")], env=target_env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    key = text("SELECT value FROM site_value WHERE name = 'secret_key'")
    restored_url = target_url or f"sqlite:///{tmp_path / 'restored' / 'kieumau.db'}"
    engine = create_engine(restored_url)
    with engine.connect() as conn:
        ids = dict(conn.execute(text("SELECT instance_id, id FROM submission")).all())
        restored_key = conn.scalar(key)
    engine.dispose()
    engine = create_engine(database_url)
    with engine.connect() as conn:  # the generated key is in the database: sessions survive
        assert restored_key and restored_key == conn.scalar(key)
    engine.dispose()
    assert set(before) <= set(ids), f"lost: {sorted(set(before) - set(ids))[:5]}"
    proc, url = serve(target_env)
    try:
        web = signed_in(url, "quan")
        for iid, sub_id in ids.items():  # every restored submission has its photo, byte for byte
            got = web.get(f"{url}/submissions/{sub_id}/files/nha.jpg")
            assert got.status_code == 200, (iid, got.status_code)
            if iid in before:
                assert hashlib.md5(got.content).hexdigest() == before[iid], iid
        scored(restored_url)  # the restored queue drained: the posts below wait on no batch
        again = post(url, instance(next(iter(before)), name="khác"), auth=digest("lan"))
        assert again.status_code == 409  # the restored server knows the instanceID
        fresh = post(url, instance("uuid:after-restore"), auth=digest("lan"))
        assert fresh.status_code == 201, fresh.text
    finally:
        stop(proc)
    print(f"acknowledged before the backup {len(before)}, during it {len(during)}, restored {len(ids)}")


@pytest.fixture
def cli(site, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("KIEUMAU_SECRET_KEY", raising=False)
    runner = CliRunner()

    def run(*args: str, data: Path | None = None, url: str | None = None):
        if data is not None:
            monkeypatch.setenv("KIEUMAU_DATA", str(data))
            if url:
                monkeypatch.setenv("DATABASE_URL", url)
            else:
                monkeypatch.delenv("DATABASE_URL", raising=False)
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run


def _with_a_photo(site, live_url: str) -> bytes:
    content = photo()
    resp = post(live_url, instance("uuid:one", photos=("nha.jpg",)), {"nha.jpg": content}, auth=digest("lan"))
    assert resp.status_code == 201, resp.text
    return content


def test_restore_checks_the_backup_and_the_target_before_writing(
    site, cli, database_url, live_server, tmp_path, monkeypatch
):
    site.config["ATTACHMENTS"] = "folder"  # the files of the data folder (both databases)
    monkeypatch.setenv("KIEUMAU_ATTACHMENTS", "folder")
    content = _with_a_photo(site, live_server.url)
    made = cli("backup", str(tmp_path / "b"))
    assert made.exit_code == 0, made.output
    assert cli("backup", str(tmp_path / "b")).exit_code == 1  # not over a backup
    target = restore_target(database_url)

    sha = hashlib.sha256(content).hexdigest()
    stored = tmp_path / "b" / "attachments" / sha[:2] / sha
    stored.write_bytes(content[:-1] + bytes([content[-1] ^ 0xFF]))  # the last byte changed, whatever it was
    damaged = cli("restore", str(tmp_path / "b"), data=tmp_path / "r", url=target)
    assert damaged.exit_code == 1 and "damaged attachment" in damaged.output, damaged.output
    assert not (tmp_path / "r" / "attachments").exists()
    stored.write_bytes(content)

    in_use = cli("restore", str(tmp_path / "b"), data=tmp_path / "data", url=database_url)
    assert in_use.exit_code == 1 and "--force" in in_use.output
    assert cli("restore", str(tmp_path / "b"), data=tmp_path / "r", url=target).exit_code == 0
    again = cli("restore", str(tmp_path / "b"), data=tmp_path / "r", url=target)
    assert again.exit_code == 1 and "holds data" in again.output
    forced = cli("restore", "--force", str(tmp_path / "b"), data=tmp_path / "r", url=target)
    assert forced.exit_code == 0, forced.output
    assert (tmp_path / "r" / "attachments" / sha[:2] / sha).read_bytes() == content

    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    (tmp_path / "b" / "manifest.json").write_text(json.dumps({**manifest, "schema": "0999_later"}))
    newer = cli("restore", str(tmp_path / "b"), data=tmp_path / "r2", url=restore_target(database_url))
    assert newer.exit_code == 1 and "0999_later" in newer.output and "unknown" in newer.output
    assert cli("restore", str(tmp_path / "nothing-here"), data=tmp_path / "r3").exit_code == 2
    (tmp_path / "empty").mkdir()
    assert "not a kieumau backup" in cli("restore", str(tmp_path / "empty"), data=tmp_path / "r3").output


def test_photos_held_in_postgresql_are_in_the_dump_and_come_back(
    site, cli, database_url, live_server, tmp_path
):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL: SQLite keeps attachments in the data folder")
    content = _with_a_photo(site, live_server.url)
    made = cli("backup", str(tmp_path / "b"))
    assert made.exit_code == 0, made.output
    assert "in the database: 1" in made.output
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    assert manifest["attachments"]["count"] == 0 and manifest["attachments"]["in_database"] == 1
    assert not (tmp_path / "b" / "attachments").exists()
    target = restore_target(database_url)
    done = cli("restore", str(tmp_path / "b"), data=tmp_path / "r", url=target)
    assert done.exit_code == 0, done.output
    engine = create_engine(target)
    try:
        restored = BlobStore("db", str(tmp_path / "r"), engine, {})
        assert restored.load(hashlib.sha256(content).hexdigest()) == content
    finally:
        engine.dispose()


def test_a_backup_of_an_older_schema_is_migrated_forward(cli, tmp_path):
    old = f"sqlite:///{tmp_path / 'old' / 'kieumau.db'}"
    (tmp_path / "old").mkdir()
    migrate.upgrade(old, "0003")
    made = cli("backup", str(tmp_path / "b"), data=tmp_path / "old", url=old)
    assert made.exit_code == 0, made.output
    assert json.loads((tmp_path / "b" / "manifest.json").read_text())["schema"] == "0003"
    done = cli("restore", str(tmp_path / "b"), data=tmp_path / "new")
    assert done.exit_code == 0, done.output
    assert "forward" in done.output
    new = f"sqlite:///{tmp_path / 'new' / 'kieumau.db'}"
    head = ScriptDirectory.from_config(migrate.alembic_config(new)).get_current_head()
    assert head != "0003" and migrate.current(new) == head
