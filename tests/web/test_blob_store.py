"""Attachments held in PostgreSQL (the default there) and in an S3-compatible store (moto's
S3 server on 127.0.0.1), over real HTTP: stored once by content, streamed back, nothing
half-stored when an upload dies, names never paths, scope checked; `kieumau blobs sweep`
and `kieumau blobs migrate` (resumable) across the data folder, the database and the store."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import func, select, text

from conftest import PASSWORD, add_unit, add_user, publish
from orhelpers import OR_HEADERS, UNIT_CSV, digest, household_form, instance, post
from server.cli import main
from server.store import blob_store, db
from server.store.models import Attachment, Blob, BlobChunk, Submission

MB = 1 << 20
BUCKET = "kieumau-test"


def photo(tag: int, size: int = 64 * 1024) -> bytes:
    return b"\xff\xd8\xff\xe0" + tag.to_bytes(4, "big") * (size // 4)


@pytest.fixture(autouse=True)
def postgres_only(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL: SQLite keeps attachments in the data folder (test_submission_files.py)")


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 server in this process, listening on 127.0.0.1 (real HTTP, SigV4)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(app, s3_server):
    """A fresh bucket, and the app's settings pointing at it (still ATTACHMENTS=db)."""
    import boto3

    settings = {
        "S3_ENDPOINT_URL": s3_server,
        "S3_BUCKET": f"{BUCKET}-{uuid.uuid4().hex[:8]}",
        "S3_ACCESS_KEY": "kieumau",
        "S3_SECRET_KEY": "kieumau-secret",
        "S3_REGION": "us-east-1",
        "S3_PREFIX": "attachments/",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="kieumau",
        aws_secret_access_key="kieumau-secret",
    )
    client.create_bucket(Bucket=settings["S3_BUCKET"])
    app.config.update(settings)
    client.settings = settings
    return client


def objects(s3) -> dict[str, int]:
    listed = s3.list_objects_v2(Bucket=s3.settings["S3_BUCKET"]).get("Contents", [])
    return {o["Key"]: o["Size"] for o in listed}


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_unit(app, "TDP2", parent="TOWN")
    add_user(app, "vol", "volunteer", ("TDP1",))
    add_user(app, "board1", "board", ("TDP1",))
    add_user(app, "board2", "board", ("TDP2",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    return live_server


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


def held(app) -> dict[str, str]:
    with app.app_context():
        return {row[0]: row[1] for row in db.session().execute(select(Blob.sha256, Blob.location))}


def chunks(app) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(BlobChunk))


def folder_files(app) -> list[Path]:
    root = Path(app.config["DATA_DIR"]) / "attachments"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def submission_id(app, instance_id: str) -> int:
    with app.app_context():
        return db.session().scalar(select(Submission.id).where(Submission.instance_id == instance_id))


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def test_photos_are_held_in_postgresql_once_and_streamed_back(app, srv):
    small, big = photo(1), os.urandom(3 * MB + 5)  # the big one was spooled while read
    xml = instance("uuid:db1", photos=("a.jpg", "b.jpg"))
    assert post(srv.url, xml, {"a.jpg": small, "b.jpg": big}, auth=digest("vol")).status_code == 201
    again = instance("uuid:db2", photos=("c.jpg",))  # the same photo in another submission
    assert post(srv.url, again, {"c.jpg": small}, auth=digest("vol")).status_code == 201
    assert held(app) == {sha(small): "db", sha(big): "db"}
    assert chunks(app) == 1 + 4  # 1 MiB pieces
    assert folder_files(app) == []  # staged copies removed, nothing in the data folder

    web = signed_in(srv.url, "board1")
    got = web.get(f"{srv.url}/submissions/{submission_id(app, 'uuid:db1')}/files/b.jpg", stream=True)
    assert got.status_code == 200 and int(got.headers["Content-Length"]) == len(big)
    assert b"".join(got.iter_content(MB)) == big
    cached = web.get(
        f"{srv.url}/submissions/{submission_id(app, 'uuid:db1')}/files/a.jpg",
        headers={"If-None-Match": f'"{sha(small)}"'},
    )
    assert cached.status_code == 304 and not cached.content
    shown = web.get(f"{srv.url}/submissions/{submission_id(app, 'uuid:db2')}/files/c.jpg")
    assert shown.content == small and shown.headers["Content-Type"] == "image/jpeg"


def test_the_same_photos_sent_at_once_by_many_phones_are_stored_once(app, srv):
    first, second = os.urandom(2 * MB), photo(11)

    def send(i: int) -> int:
        names = {"a.jpg": first, "b.jpg": second} if i % 2 else {"a.jpg": second, "b.jpg": first}
        return post(
            srv.url, instance(f"uuid:same{i}", photos=("a.jpg", "b.jpg")), names, auth=digest("vol")
        ).status_code

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(send, range(8))) == [201] * 8
    assert held(app) == {sha(first): "db", sha(second): "db"} and chunks(app) == 3
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Attachment)) == 16


def test_a_huge_photo_is_streamed_in_and_out(app, srv):
    huge = os.urandom(40 * MB)  # memory is measured in bench/blobs_memory.py, not here
    parts = [
        ("xml_submission_file", ("s.xml", instance("uuid:huge", photos=("h.jpg",)), "text/xml")),
        ("h.jpg", ("h.jpg", huge, "image/jpeg")),
    ]
    resp = requests.post(
        f"{srv.url}/submission", files=parts, auth=digest("vol"), headers=OR_HEADERS, timeout=120
    )
    assert resp.status_code == 201, resp.text
    assert held(app) == {sha(huge): "db"} and chunks(app) == 40
    web = signed_in(srv.url, "board1")
    got = web.get(
        f"{srv.url}/submissions/{submission_id(app, 'uuid:huge')}/files/h.jpg", stream=True, timeout=120
    )
    digest_ = hashlib.sha256()
    for piece in got.iter_content(MB):
        digest_.update(piece)
    assert got.status_code == 200 and digest_.hexdigest() == sha(huge)


def test_an_upload_killed_mid_photo_stores_nothing(app, srv):
    token = add_user(app, "tok", "volunteer", ("TDP1",), token=True)
    xml = instance("uuid:killed", photos=("a.jpg",))
    head = (
        b'--b\r\nContent-Disposition: form-data; name="xml_submission_file"; filename="s.xml"\r\n\r\n'
        + xml
        + b'\r\n--b\r\nContent-Disposition: form-data; name="a.jpg"; filename="a.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n"
    )
    import socket

    host, port = srv.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    sock.sendall(
        f"POST /key/{token}/submission HTTP/1.1\r\nHost: {host}\r\nX-OpenRosa-Version: 1.0\r\n"
        f"Content-Type: multipart/form-data; boundary=b\r\n"
        f"Content-Length: {len(head) + 8 * MB}\r\n\r\n".encode()
        + head
        + os.urandom(3 * MB)  # then the phone dies: the connection closes mid-photo
    )
    time.sleep(0.3)
    sock.close()
    deadline = time.monotonic() + 10
    while folder_files(app) and time.monotonic() < deadline:  # the server notices the close
        time.sleep(0.1)
    assert folder_files(app) == [] and held(app) == {} and chunks(app) == 0
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Submission)) == 0
    # the same phone's retry stores it whole
    whole = photo(7, 2 * MB)
    assert post(srv.url, xml, {"a.jpg": whole}, auth=digest("vol")).status_code == 201
    assert held(app) == {sha(whole): "db"}


def test_attachment_names_with_path_tricks_are_only_names(app, srv, tmp_path):
    names = ("../../evil.jpg", "..\\..\\evil2.jpg", "/etc/evil3.jpg")
    contents = {name: photo(i + 20) for i, name in enumerate(names)}
    xml = instance("uuid:tricks", photos=names[:2])  # the form has two photo fields
    assert post(srv.url, xml, {n: contents[n] for n in names[:2]}, auth=digest("vol")).status_code == 201
    third = instance("uuid:tricks3", photos=names[2:])
    assert post(srv.url, third, {names[2]: contents[names[2]]}, auth=digest("vol")).status_code == 201
    assert held(app) == {sha(c): "db" for c in contents.values()}
    assert not [p for p in tmp_path.rglob("evil*")]  # no file was named after the client
    with app.app_context():
        stored = set(db.session().scalars(select(Attachment.name)))
    assert stored == set(names)
    web = signed_in(srv.url, "board1")
    sid = submission_id(app, "uuid:tricks")
    backslashed = web.get(f"{srv.url}/submissions/{sid}/files/{requests.utils.quote(names[1], safe='')}")
    assert backslashed.status_code == 200 and backslashed.content == contents[names[1]]
    slashed = web.get(f"{srv.url}/submissions/{sid}/files/{requests.utils.quote(names[0], safe='')}")
    assert slashed.status_code == 404  # a name with a slash is never a path, nor a route


def test_another_units_photo_is_not_readable(app, srv):
    content = photo(3)
    assert (
        post(
            srv.url, instance("uuid:mine", photos=("a.jpg",)), {"a.jpg": content}, auth=digest("vol")
        ).status_code
        == 201
    )
    url = f"{srv.url}/submissions/{submission_id(app, 'uuid:mine')}/files/a.jpg"
    assert signed_in(srv.url, "board1").get(url).content == content
    other = signed_in(srv.url, "board2").get(url)
    assert other.status_code == 403 and content not in other.content
    assert requests.get(url, allow_redirects=False).status_code in (302, 401, 403)


# ---- the S3-compatible object store ----------------------------------------------------


def test_photos_go_to_the_object_store_and_back(app, srv, s3):
    app.config["ATTACHMENTS"] = "s3"
    small, big = photo(4), os.urandom(9 * MB)  # multipart upload past 8 MB
    xml = instance("uuid:s3", photos=("a.jpg", "b.jpg"))
    assert post(srv.url, xml, {"a.jpg": small, "b.jpg": big}, auth=digest("vol")).status_code == 201
    assert held(app) == {sha(small): "s3", sha(big): "s3"} and chunks(app) == 0
    assert objects(s3) == {
        f"attachments/{sha(small)[:2]}/{sha(small)}": len(small),
        f"attachments/{sha(big)[:2]}/{sha(big)}": len(big),
    }
    assert folder_files(app) == []
    web = signed_in(srv.url, "board1")
    got = web.get(f"{srv.url}/submissions/{submission_id(app, 'uuid:s3')}/files/b.jpg")
    assert got.status_code == 200 and got.content == big
    # a refused resend (other XML, same instanceID) uploads nothing and records nothing
    other = instance("uuid:s3", name="khác", photos=("a.jpg",))
    assert post(srv.url, other, {"a.jpg": photo(5)}, auth=digest("vol")).status_code == 409
    assert len(objects(s3)) == 2 and len(held(app)) == 2


@pytest.fixture
def cli(app, database_url, monkeypatch):
    monkeypatch.setenv("KIEUMAU_DATA", app.config["DATA_DIR"])
    monkeypatch.setenv("DATABASE_URL", database_url)
    for name in ("S3_ENDPOINT_URL", "S3_BUCKET", "S3_ACCESS_KEY", "S3_SECRET_KEY"):
        if app.config.get(name):
            monkeypatch.setenv(f"KIEUMAU_{name}", app.config[name])
    runner = CliRunner()

    def run(*args: str, store: str = "db"):
        monkeypatch.setenv("KIEUMAU_ATTACHMENTS", store)
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run


def test_sweep_removes_what_no_submission_refers_to_in_the_database_and_the_store(app, srv, s3, cli):
    kept = photo(8)
    assert (
        post(
            srv.url, instance("uuid:kept", photos=("a.jpg",)), {"a.jpg": kept}, auth=digest("vol")
        ).status_code
        == 201
    )
    orphan_row, orphan_object = photo(9), photo(10)
    store = blob_store.for_app(app)
    with app.extensions["engine"].begin() as conn:  # what a crash or an old version could leave
        conn.execute(
            text("INSERT INTO blob VALUES (:s, :n, 'db', now() - interval '2 days')"),
            {"s": sha(orphan_row), "n": len(orphan_row)},
        )
        conn.execute(
            text("INSERT INTO blob_chunk VALUES (:s, 0, :d)"), {"s": sha(orphan_row), "d": orphan_row}
        )
    s3.put_object(Bucket=s3.settings["S3_BUCKET"], Key=store.s3.key(sha(orphan_object)), Body=orphan_object)
    assert cli("blobs", "sweep").exit_code == 0  # 24 h: the new object stays
    assert sha(orphan_row) not in held(app) and len(objects(s3)) == 1
    dry = cli("blobs", "sweep", "--min-age", "0", "--dry-run")
    assert f"s3:{sha(orphan_object)}" in dry.output and len(objects(s3)) == 1
    assert cli("blobs", "sweep", "--min-age", "0").exit_code == 0
    assert objects(s3) == {} and held(app) == {sha(kept): "db"}
    assert blob_store.for_app(app).load(sha(kept)) == kept


def test_migrate_moves_every_photo_between_folder_database_and_store(app, srv, s3, cli):
    app.config["ATTACHMENTS"] = "folder"
    contents = [photo(30 + i, (i + 1) * 700 * 1024) for i in range(3)]
    for i, content in enumerate(contents):
        xml = instance(f"uuid:m{i}", photos=("a.jpg",))
        assert post(srv.url, xml, {"a.jpg": content}, auth=digest("vol")).status_code == 201
    assert len(folder_files(app)) == 3 and held(app) == {}
    web = signed_in(srv.url, "board1")

    def readable() -> None:
        for i, content in enumerate(contents):
            got = web.get(f"{srv.url}/submissions/{submission_id(app, f'uuid:m{i}')}/files/a.jpg")
            assert got.status_code == 200 and got.content == content

    help_text = cli("blobs", "migrate", "--help").output
    assert "resum" in help_text or "run again" in help_text
    for to in ("db", "s3", "folder", "s3", "db"):
        app.config["ATTACHMENTS"] = to
        done = cli("blobs", "migrate", "--to", to, store=to)
        assert done.exit_code == 0, done.output
        assert "3" in done.output
        where = {
            "folder": {},
            "db": dict.fromkeys(map(sha, contents), "db"),
            "s3": dict.fromkeys(map(sha, contents), "s3"),
        }
        assert held(app) == where[to], to
        assert (len(folder_files(app)) == 3) == (to == "folder"), to
        assert (len(objects(s3)) == 3) == (to == "s3"), to
        assert (chunks(app) > 0) == (to == "db"), to
        readable()
    assert cli("blobs", "migrate", "--to", "db").output.strip().endswith("0 tệp / files → db")


def test_migrate_killed_midway_resumes_and_loses_nothing(app, srv, database_url, tmp_path):
    app.config["ATTACHMENTS"] = "folder"
    contents = [os.urandom(300 * 1024) for _ in range(40)]
    for i, content in enumerate(contents):
        assert (
            post(
                srv.url, instance(f"uuid:k{i}", photos=("a.jpg",)), {"a.jpg": content}, auth=digest("vol")
            ).status_code
            == 201
        )
    env = {
        **os.environ,
        "KIEUMAU_DATA": app.config["DATA_DIR"],
        "DATABASE_URL": database_url,
        "KIEUMAU_ATTACHMENTS": "db",
    }
    kieumau = [str(Path(sys.executable).parent / "kieumau")]
    proc = subprocess.Popen(
        [*kieumau, "blobs", "migrate", "--to", "db"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while len(held(app)) < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)  # no chance to clean up
    proc.wait()
    moved = len(held(app))
    assert 0 < moved, "the migration never started"
    store = blob_store.for_app(app)
    for content in contents:  # readable at once, wherever each one is now
        assert store.load(sha(content)) == content
    again = subprocess.run(
        [*kieumau, "blobs", "migrate", "--to", "db"], env=env, capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert held(app) == dict.fromkeys(map(sha, contents), "db")
    assert folder_files(app) == []
    for content in contents:
        assert store.load(sha(content)) == content
    print(f"killed after {moved} of {len(contents)} files; the second run moved the rest")


def test_backup_counts_photos_in_the_object_store_and_says_to_back_up_the_bucket(app, srv, s3, cli, tmp_path):
    app.config["ATTACHMENTS"] = "s3"
    content = photo(12)
    xml = instance("uuid:b-s3", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": content}, auth=digest("vol")).status_code == 201
    made = cli("backup", str(tmp_path / "b"), store="s3")
    assert made.exit_code == 0, made.output
    assert "in the S3 store" in made.output and "versioning" in made.output
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    assert manifest["attachments"]["in_object_store"] == 1 and manifest["attachments"]["count"] == 0


@pytest.mark.parametrize("to", ["s3", "folder"])
def test_a_download_in_progress_reads_on_when_the_photo_is_moved(app, srv, s3, cli, to):
    big = os.urandom(3 * MB + 7)
    xml = instance("uuid:moving", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": big}, auth=digest("vol")).status_code == 201
    reading = blob_store.for_app(app).open(sha(big))
    first = next(reading)  # the first 1 MiB sent, the rest still in the database
    app.config["ATTACHMENTS"] = to
    assert cli("blobs", "migrate", "--to", to, store=to).exit_code == 0
    assert chunks(app) == 0  # gone from the database meanwhile
    assert first + b"".join(reading) == big  # read on from the new place, from the same offset


def test_refused_posts_leave_nothing_in_the_database(app, srv):
    good = photo(13)
    assert (
        post(srv.url, instance("uuid:r1", photos=("a.jpg",)), {"a.jpg": good}, auth=digest("vol")).status_code
        == 201
    )
    big = os.urandom(2 * MB)  # spooled while read, then refused
    refused = {
        "another unit": (instance("uuid:r2", unit="TDP2", photos=("a.jpg",)), 403),
        "same instanceID, other XML": (instance("uuid:r1", name="khác", photos=("a.jpg",)), 409),
        "unknown version": (instance("uuid:r3", version="9", photos=("a.jpg",)), 404),
    }
    for what, (xml, status) in refused.items():
        assert post(srv.url, xml, {"a.jpg": big}, auth=digest("vol")).status_code == status, what
    assert held(app) == {sha(good): "db"} and chunks(app) == 1
    assert folder_files(app) == []


def test_serve_says_when_photos_are_left_in_the_data_folder(app, srv):
    from server.cli import prepare

    app.config["ATTACHMENTS"] = "folder"
    content = photo(14)
    xml = instance("uuid:old", photos=("a.jpg",))
    assert post(srv.url, xml, {"a.jpg": content}, auth=digest("vol")).status_code == 201
    assert not [line for line in prepare(app) if "data folder" in line]
    app.config["ATTACHMENTS"] = "db"  # the upgraded server
    [line] = [line for line in prepare(app) if "data folder" in line]
    assert "1 attachments" in line and "kieumau blobs migrate --to db" in line
