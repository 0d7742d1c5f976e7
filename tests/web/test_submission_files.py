"""Attachment files on disk: a refused POST leaves none behind (409s, 403s, 400s, cut-off
bodies), big parts are spooled to the data folder and still stored byte for byte, and
`kieumau blobs sweep` removes the files no submission refers to."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import select

from conftest import add_unit, add_user, publish
from orhelpers import OR_HEADERS, UNIT_CSV, digest, household_form, instance, post
from server.cli import main
from server.store import blobs, db
from server.store.models import Attachment

MB = 1024 * 1024


def photo(tag: int, size: int = MB) -> bytes:
    return b"\xff\xd8\xff" + tag.to_bytes(4, "big") * (size // 4)


@pytest.fixture(autouse=True)
def in_folder(app):
    """These check the data-folder store, on both databases (tests/web/test_blob_store.py
    checks the database and the object store)."""
    app.config["ATTACHMENTS"] = "folder"


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_unit(app, "TDP2", parent="TOWN")
    add_user(app, "vol", "volunteer", ("TDP1",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    return live_server


def files_on_disk(app) -> list[Path]:
    """Every file under the attachments folder, staging included."""
    root = Path(app.config["DATA_DIR"]) / "attachments"
    return (
        sorted(p for p in root.rglob("*") if p.is_file() and p.name != blobs.SWEEP_LOCK)
        if root.exists()
        else []
    )


def referenced(app) -> set[str]:
    with app.app_context():
        return set(db.session().scalars(select(Attachment.sha256)))


def test_five_refused_resends_with_photos_leave_no_file(app, srv):
    good = photo(0)
    assert post(srv.url, instance("uuid:f1", photos=("a.jpg",)), {"a.jpg": good}, auth=digest("vol")).ok
    for i in range(1, 6):
        other = instance("uuid:f1", name=f"Khác {i}", photos=("a.jpg",))
        assert post(srv.url, other, {"a.jpg": photo(i)}, auth=digest("vol")).status_code == 409
    assert files_on_disk(app) == [blobs.path_for(app.config["DATA_DIR"], hashlib.sha256(good).hexdigest())]


def test_a_refused_edit_with_a_photo_leaves_no_file(app, srv):
    assert post(srv.url, instance("uuid:e0"), auth=digest("vol")).status_code == 201
    assert post(srv.url, instance("uuid:e1", deprecated="uuid:e0"), auth=digest("vol")).status_code == 201
    late = instance("uuid:e2", deprecated="uuid:e0", photos=("a.jpg",))
    assert post(srv.url, late, {"a.jpg": photo(7)}, auth=digest("vol")).status_code == 409
    assert files_on_disk(app) == []


@pytest.mark.parametrize(
    "xml, status",
    [
        (instance("uuid:x403", unit="TDP2", photos=("a.jpg",)), 403),
        (instance("uuid:" + "x" * 300, photos=("a.jpg",)), 400),
        (instance("uuid:x404", version="9", photos=("a.jpg",)), 404),
    ],
    ids=["forbidden-unit", "too-long-id", "unknown-version"],
)
def test_refusals_before_storing_leave_no_file(app, srv, xml, status):
    big = photo(9, 3 * MB)  # spooled to disk while the body is read
    assert post(srv.url, xml, {"a.jpg": big}, auth=digest("vol")).status_code == status
    assert files_on_disk(app) == []


def test_a_body_cut_off_inside_a_big_photo_leaves_no_file(app, srv):
    token = add_user(app, "tok", "volunteer", ("TDP1",), token=True)
    xml = instance("uuid:cut", photos=("a.jpg",))
    head = (
        b'--b\r\nContent-Disposition: form-data; name="xml_submission_file"; filename="s.xml"\r\n\r\n'
        + xml
        + b'\r\n--b\r\nContent-Disposition: form-data; name="a.jpg"; filename="a.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n"
    )
    chunks = iter([head, *[b"z" * MB] * 4])  # no closing boundary
    headers = {**OR_HEADERS, "Content-Type": "multipart/form-data; boundary=b"}
    resp = requests.post(f"{srv.url}/key/{token}/submission", data=chunks, headers=headers, timeout=30)
    assert resp.status_code == 400
    assert files_on_disk(app) == []


def test_a_big_photo_is_spooled_and_stored_byte_for_byte(app, srv):
    big = os.urandom(12 * MB)
    xml = instance("uuid:big", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": big}, auth=digest("vol")).status_code == 201
    sha = hashlib.sha256(big).hexdigest()
    assert referenced(app) == {sha}
    assert files_on_disk(app) == [blobs.path_for(app.config["DATA_DIR"], sha)]
    assert blobs.load(app.config["DATA_DIR"], sha) == big
    # a resend of the same photo stores nothing more and leaves nothing behind
    assert post(srv.url, xml, {"a.jpg": big}, auth=digest("vol")).status_code == 201
    assert files_on_disk(app) == [blobs.path_for(app.config["DATA_DIR"], sha)]


# ---- the sweep of files left by earlier versions ------------------------------------------


@pytest.fixture
def cli(app, database_url, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", app.config["DATA_DIR"])
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("KIEUMAU_ATTACHMENTS", "folder")
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def _leave(app, content: bytes, age_hours: float, staged: bool = False) -> Path:
    """A file as an earlier refused upload (or a crash mid-upload) left it."""
    data_dir = app.config["DATA_DIR"]
    sha = hashlib.sha256(content).hexdigest()
    path = (blobs.staging_dir(data_dir) / f"up-{sha[:8]}") if staged else blobs.path_for(data_dir, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    old = time.time() - age_hours * 3600
    os.utime(path, (old, old))
    return path


def test_sweep_removes_old_orphans_and_keeps_what_is_referenced_or_recent(app, srv, cli):
    kept = photo(1)
    assert post(srv.url, instance("uuid:s1", photos=("a.jpg",)), {"a.jpg": kept}, auth=digest("vol")).ok
    kept_path = blobs.path_for(app.config["DATA_DIR"], hashlib.sha256(kept).hexdigest())
    os.utime(kept_path, (time.time() - 48 * 3600,) * 2)  # old, but referenced
    orphan = _leave(app, photo(2), age_hours=30)
    stale_staged = _leave(app, photo(3), age_hours=30, staged=True)
    recent = _leave(app, photo(4), age_hours=0)  # may belong to an upload in progress
    before = files_on_disk(app)

    dry = cli("blobs", "sweep", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "2" in dry.output and str(orphan.name) in dry.output
    assert files_on_disk(app) == before

    done = cli("blobs", "sweep")
    assert done.exit_code == 0, done.output
    assert not orphan.exists() and not stale_staged.exists()
    assert kept_path.exists() and recent.exists()
    assert blobs.load(app.config["DATA_DIR"], hashlib.sha256(kept).hexdigest()) == kept


def test_sweep_puts_a_staged_file_that_a_submission_refers_to_in_place(app, srv, cli):
    """A crash between the commit and the rename: the row refers to the photo, which is
    still in the staging folder. The sweep finishes the rename instead of deleting it."""
    content = photo(5)
    xml = instance("uuid:crash", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": content}, auth=digest("vol")).status_code == 201
    final = blobs.path_for(app.config["DATA_DIR"], hashlib.sha256(content).hexdigest())
    staged = _leave(app, content, age_hours=2, staged=True)
    final.unlink()
    assert cli("blobs", "sweep", "--min-age", "1").exit_code == 0
    assert final.read_bytes() == content and not staged.exists()


def test_sweep_has_help(cli):
    out = cli("blobs", "sweep", "--help").output
    assert "--dry-run" in out and "--min-age" in out


def test_a_photo_whose_file_is_already_there_is_kept_by_the_sweep(app, srv, cli):
    """A file an earlier refused upload left is the very photo a new submission sends: the
    new one is stored referring to it, and a sweep then keeps it."""
    content = photo(6)
    left = _leave(app, content, age_hours=30)
    xml = instance("uuid:same-photo", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": content}, auth=digest("vol")).status_code == 201
    assert cli("blobs", "sweep", "--min-age", "0").exit_code == 0
    assert left.read_bytes() == content
    assert files_on_disk(app) == [left]


def test_a_photo_committed_but_not_put_in_place_stays_staged_for_the_sweep(app, srv, cli):
    """Putting the file in place fails after the commit (here its folder's name is taken by
    a file): the answer is an error, and the staged copy is kept, not deleted, so the sweep
    puts it in place once the disk is fixed."""
    content = photo(8)
    sha = hashlib.sha256(content).hexdigest()
    final = blobs.path_for(app.config["DATA_DIR"], sha)
    final.parent.parent.mkdir(parents=True, exist_ok=True)
    final.parent.write_bytes(b"in the way")
    xml = instance("uuid:blocked", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": content}, auth=digest("vol")).status_code == 500
    assert sha in referenced(app)
    [staged] = list(blobs.staging_dir(app.config["DATA_DIR"]).iterdir())
    final.parent.unlink()
    assert cli("blobs", "sweep", "--min-age", "0").exit_code == 0
    assert final.read_bytes() == content and not staged.exists()


def test_migrate_refuses_to_leave_the_folder_on_sqlite(app, cli, database_url):
    if database_url.startswith("postgresql"):
        pytest.skip("SQLite only (tests/web/test_blob_store.py migrates on PostgreSQL)")
    done = cli("blobs", "migrate", "--to", "db")
    assert done.exit_code == 1 and "SQLite" in done.output
    assert "--to [folder|db|s3]" in cli("blobs", "migrate", "--help").output
