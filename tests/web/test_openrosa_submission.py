"""POST /submission over real HTTP: storage, attachments, split uploads, duplicates,
edits and every refusal, as ODK Collect sees them."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
import requests
from lxml import etree
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.pool import NullPool

from conftest import add_unit, add_user, publish
from orhelpers import OR_HEADERS, UNIT_CSV, digest, household_form, instance, post
from server.store import blob_store, blobs, db
from server.store.models import Attachment, Blob, ScoringQueue, Submission

PHOTO_A = b"\xff\xd8\xff" + b"A" * 3000
PHOTO_B = b"\xff\xd8\xff" + b"B" * 5000


@pytest.fixture
def srv(app, live_server):
    add_unit(app, "TOWN")
    add_unit(app, "TDP1", parent="TOWN")
    add_unit(app, "TDP2", parent="TOWN")
    add_user(app, "vol", "volunteer", ("TDP1",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV})
    return live_server


def message(resp) -> str:
    root = etree.fromstring(resp.content)
    return root.findtext("{http://openrosa.org/http/response}message")


def rows(app, instance_id=None):
    with app.app_context():
        q = select(Submission).order_by(Submission.id)
        if instance_id:
            q = q.where(Submission.instance_id == instance_id)
        return list(db.session().scalars(q))


def stored_files(app, sub_id):
    with app.app_context():
        atts = db.session().scalars(select(Attachment).where(Attachment.submission_id == sub_id))
        return {a.name: blob_store.for_app(app).load(a.sha256) for a in atts}


def test_head_and_get_submission_answer_204_with_size_limit(srv):
    for method in ("head", "get"):
        resp = requests.request(
            method, f"{srv.url}/submission?deviceID=x", auth=digest("vol"), headers=OR_HEADERS, timeout=10
        )
        assert resp.status_code == 204
        assert int(resp.headers["X-OpenRosa-Accept-Content-Length"]) > 10_000_000
        assert resp.headers["X-OpenRosa-Version"] == "1.0"


def test_submission_is_stored_byte_for_byte_with_attachments(app, srv):
    xml = instance("uuid:a1", photos=("a.jpg", "b.jpg"))
    resp = post(srv.url, xml, {"a.jpg": PHOTO_A, "b.jpg": PHOTO_B, "extra.txt": b"x"}, auth=digest("vol"))
    assert resp.status_code == 201, resp.text
    assert "text/xml" in resp.headers["Content-Type"]
    assert message(resp)
    [sub] = rows(app)
    assert sub.xml == xml and sub.unit_code == "TDP1" and sub.year == 2026
    assert sub.data["name"] == "Nguyễn Văn An"
    assert sub.device_id == "collect:abc123"
    assert stored_files(app, sub.id) == {"a.jpg": PHOTO_A, "b.jpg": PHOTO_B}
    if not blob_store.for_app(app).in_folder:  # PostgreSQL: in the database, under its hash
        with app.app_context():
            held = dict(db.session().execute(select(Blob.sha256, Blob.location)).all())
        assert held == {hashlib.sha256(p).hexdigest(): "db" for p in (PHOTO_A, PHOTO_B)}
        assert not (Path(app.config["DATA_DIR"]) / "attachments").exists() or not [
            p for p in (Path(app.config["DATA_DIR"]) / "attachments").rglob("*") if p.is_file()
        ]
        return
    on_disk = blobs.path_for(app.config["DATA_DIR"], hashlib.sha256(PHOTO_A).hexdigest())
    assert on_disk.read_bytes() == PHOTO_A  # stored under its hash, not the client's name
    kept = [p for p in on_disk.parent.parent.rglob("*") if p.is_file()]
    assert len(kept) == 2 and not [p for p in kept if p.name.startswith(".tmp-")]  # written once each


def test_split_submission_is_assembled(app, srv):
    xml = instance("uuid:split", photos=("a.jpg", "b.jpg"))
    first = post(srv.url, xml, {"a.jpg": PHOTO_A}, auth=digest("vol"), extra={"*isIncomplete*": "yes"})
    assert first.status_code == 201
    second = post(srv.url, xml, {"b.jpg": PHOTO_B}, auth=digest("vol"))
    assert second.status_code == 201
    [sub] = rows(app)
    assert stored_files(app, sub.id) == {"a.jpg": PHOTO_A, "b.jpg": PHOTO_B}


def test_identical_resend_succeeds_once_and_adds_missing_files(app, srv):
    xml = instance("uuid:dup", photos=("a.jpg",))
    assert post(srv.url, xml, auth=digest("vol")).status_code == 201
    assert post(srv.url, xml, {"a.jpg": PHOTO_A}, auth=digest("vol")).status_code == 201
    assert post(srv.url, xml, {"a.jpg": PHOTO_A}, auth=digest("vol")).status_code == 201
    [sub] = rows(app)
    assert stored_files(app, sub.id) == {"a.jpg": PHOTO_A}


def test_same_instance_id_with_other_xml_is_refused(app, srv):
    xml = instance("uuid:c1")
    assert post(srv.url, xml, auth=digest("vol")).status_code == 201
    other = instance("uuid:c1", name="Trần Thị Bình")
    resp = post(srv.url, other, auth=digest("vol"))
    assert resp.status_code == 409 and "instanceID" in message(resp)
    [sub] = rows(app)
    assert sub.xml == xml


def test_edit_keeps_earlier_version_and_carries_attachments(app, srv):
    assert post(srv.url, instance("uuid:v1", photos=("a.jpg",)), {"a.jpg": PHOTO_A}, auth=digest("vol")).ok
    edit = instance("uuid:v2", photos=("a.jpg",), name="Sửa tên", deprecated="uuid:v1")
    assert post(srv.url, edit, auth=digest("vol")).status_code == 201
    old, new = rows(app)
    assert (old.instance_id, old.current) == ("uuid:v1", False)
    assert (new.instance_id, new.current, new.deprecated_id) == ("uuid:v2", True, "uuid:v1")
    assert stored_files(app, new.id) == {"a.jpg": PHOTO_A}
    again = instance("uuid:v3", deprecated="uuid:v1")
    assert post(srv.url, again, auth=digest("vol")).status_code == 409
    unknown = instance("uuid:v4", deprecated="uuid:nope")
    assert post(srv.url, unknown, auth=digest("vol")).status_code == 404


def test_identical_resend_of_an_edited_instance_is_409_as_in_central(app, srv):
    original = instance("uuid:e1")
    assert post(srv.url, original, auth=digest("vol")).status_code == 201
    assert post(srv.url, instance("uuid:e2", name="Sửa", deprecated="uuid:e1"), auth=digest("vol")).ok
    resp = post(srv.url, original, auth=digest("vol"))  # a phone that never saw the edit resends
    assert resp.status_code == 409
    assert "replaced by an edit" in message(resp) and "đã được sửa" in message(resp)
    assert [(s.instance_id, s.current) for s in rows(app)] == [("uuid:e1", False), ("uuid:e2", True)]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<data id="household" version="1"><name>&lol2;</name><meta><instanceID>uuid:x</instanceID></meta></data>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<data id="household" version="1"><name>&xxe;</name><meta><instanceID>uuid:y</instanceID></meta></data>"""


@pytest.mark.parametrize(
    "xml, status",
    [
        (b"<data id='household' version='1'><unit>TDP1</unit>", 400),
        (BILLION_LAUGHS, 400),
        (EXTERNAL, 400),
        (b"<data id='household' version='1'><unit>TDP1</unit><meta/></data>", 400),
        (b"<data version='1'><meta><instanceID>uuid:q</instanceID></meta></data>", 400),
        (instance("uuid:e1", form_id="nosuchform"), 404),
        (instance("uuid:e2", version="99"), 404),
        (instance("uuid:e3", unit="TDP2"), 403),
    ],
    ids=[
        "malformed",
        "billion-laughs",
        "external-entity",
        "no-instance-id",
        "no-form-id",
        "unknown-form",
        "unknown-version",
        "unit-not-assigned",
    ],
)
def test_refusals_carry_an_openrosa_message(app, srv, xml, status):
    resp = post(srv.url, xml, auth=digest("vol"))
    assert resp.status_code == status
    assert "text/xml" in resp.headers["Content-Type"]
    text = message(resp)
    assert text and " / " in text  # Vietnamese / English
    assert "root:" not in resp.text
    assert rows(app) == []


def test_missing_xml_part_is_400(srv):
    resp = requests.post(
        f"{srv.url}/submission",
        files={"a.jpg": ("a.jpg", b"x")},
        auth=digest("vol"),
        headers=OR_HEADERS,
        timeout=10,
    )
    assert resp.status_code == 400 and message(resp)


@pytest.mark.parametrize(
    "body, content_type",
    [
        (
            b'--b\r\nContent-Disposition: form-data; name="xml_submission_file"\r\n\r\n<data',
            "multipart/form-data; boundary=b",
        ),
        (b"<data/>", "text/xml"),
    ],
    ids=["cut-off-multipart", "not-multipart"],
)
def test_a_body_that_is_not_whole_multipart_is_400(app, srv, body, content_type):
    headers = {**OR_HEADERS, "Content-Type": content_type}
    resp = requests.post(f"{srv.url}/submission", data=body, auth=digest("vol"), headers=headers, timeout=10)
    assert resp.status_code == 400 and " / " in message(resp)
    assert rows(app) == []


def test_closed_form_refuses_submissions(app, srv):
    from server.domain.forms import set_state

    with app.app_context():
        set_state(db.session(), "household", "closed")
        db.session().commit()
    resp = post(srv.url, instance("uuid:closed"), auth=digest("vol"))
    assert resp.status_code == 409 and "closed" in message(resp)


def test_old_version_keeps_accepting_after_new_version(app, srv):
    publish(app, household_form("2"), media={"unit.csv": UNIT_CSV})
    assert post(srv.url, instance("uuid:old", version="1"), auth=digest("vol")).status_code == 201
    assert post(srv.url, instance("uuid:new", version="2"), auth=digest("vol")).status_code == 201


def test_body_over_limit_is_413(app, srv):
    app.config["MAX_CONTENT_LENGTH"] = 20_000
    resp = post(
        srv.url, instance("uuid:big", photos=("a.jpg",)), {"a.jpg": b"x" * 50_000}, auth=digest("vol")
    )
    assert resp.status_code == 413 and message(resp)
    assert rows(app) == []


def test_chunked_body_over_limit_is_413(app, srv):
    """No Content-Length to refuse up front: the limit holds while the parts are read."""
    app.config["MAX_CONTENT_LENGTH"] = 20_000
    token = add_user(app, "tok", "volunteer", ("TDP1",), token=True)  # no 401 first: a stream is sent once
    head = b'--b\r\nContent-Disposition: form-data; name="a.jpg"; filename="a.jpg"\r\n\r\n'
    chunks = iter([head, *[b"x" * 10_000] * 5, b"\r\n--b--\r\n"])
    headers = {**OR_HEADERS, "Content-Type": "multipart/form-data; boundary=b"}
    resp = requests.post(f"{srv.url}/key/{token}/submission", data=chunks, headers=headers, timeout=10)
    assert resp.status_code == 413 and message(resp)
    assert rows(app) == []


@pytest.mark.parametrize("photos", [("a.jpg",), ()], ids=["with-photo", "one-statement"])
def test_concurrent_identical_posts_store_one_submission(app, srv, photos):
    """A retry racing its original, eight at once: with a photo the rows are written in a
    transaction, without one in a single statement (on PostgreSQL, autocommit)."""
    from concurrent.futures import ThreadPoolExecutor

    xml = instance("uuid:race", photos=photos)
    files = {"a.jpg": PHOTO_A} if photos else None
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: post(srv.url, xml, files, auth=digest("vol")), range(8)))
    assert [r.status_code for r in results] == [201] * 8
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Submission)) == 1
        assert db.session().scalar(select(func.count()).select_from(Attachment)) == len(photos)


def test_concurrent_identical_edits_store_one_edit(app, srv):
    from concurrent.futures import ThreadPoolExecutor

    assert post(srv.url, instance("uuid:orig", photos=("a.jpg",)), {"a.jpg": PHOTO_A}, auth=digest("vol")).ok
    edit = instance("uuid:edit", photos=("a.jpg",), name="Sửa tên", deprecated="uuid:orig")
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: post(srv.url, edit, auth=digest("vol")), range(8)))
    assert [r.status_code for r in results] == [201] * 8
    old, new = rows(app)
    assert (old.instance_id, old.current) == ("uuid:orig", False)
    assert (new.instance_id, new.current) == ("uuid:edit", True)
    assert stored_files(app, new.id) == {"a.jpg": PHOTO_A}


def test_vietnamese_attachment_name_is_kept(app, srv):
    xml = instance("uuid:vn", photos=("ảnh-nhà.jpg",))
    assert post(srv.url, xml, {"ảnh-nhà.jpg": PHOTO_A}, auth=digest("vol")).status_code == 201
    [sub] = rows(app)
    assert stored_files(app, sub.id) == {"ảnh-nhà.jpg": PHOTO_A}


def test_concurrent_posts_with_conflicts_among_them_store_every_good_one(app, srv):
    """16 phones at once (on SQLite they share transactions: fastpaths.GroupCommit): a conflicting
    resend among them is refused with 409 and undoes nothing of the others."""
    from concurrent.futures import ThreadPoolExecutor

    assert post(srv.url, instance("uuid:taken"), auth=digest("vol")).status_code == 201
    bodies = [instance(f"uuid:many-{i}") for i in range(12)]
    bodies += [instance("uuid:taken", name=f"Người khác {i}") for i in range(4)]
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda xml: post(srv.url, xml, auth=digest("vol")).status_code, bodies))
    assert answers == [201] * 12 + [409] * 4
    stored = {s.instance_id for s in rows(app)}
    assert stored == {"uuid:taken"} | {f"uuid:many-{i}" for i in range(12)}
    with app.app_context():  # stored now, scored by the queue
        queued = set(db.session().scalars(select(ScoringQueue.submission_id)))
    assert queued == {s.id for s in rows(app)}


def _drop_database_connections(app) -> None:
    """What a restarted PostgreSQL does to the server's pooled connections."""
    engine = create_engine(app.config["DATABASE_URL"], poolclass=NullPool)  # not one of the pool's
    with engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    engine.dispose()


def test_a_phone_request_holds_one_pooled_connection_at_a_time(app, srv):
    """Sign-in, lists and the POST read on a connection taken without an ORM session, and
    form downloads, manifests and multi-row writes use the session: never both at once, so
    the pool serves one connection per request thread."""
    engine, held, most = app.extensions["engine"], [0], [0]

    def checkout(*_args) -> None:
        held[0] += 1
        most[0] = max(most[0], held[0])

    def checkin(*_args) -> None:
        held[0] -= 1

    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)
    try:
        for path in (
            "formList",
            "forms/household.xml",
            "forms/household/manifest",
            "forms/household/media/unit.csv",
        ):
            assert requests.get(f"{srv.url}/{path}", auth=digest("vol"), headers=OR_HEADERS, timeout=10).ok
        assert requests.head(f"{srv.url}/submission", auth=digest("vol"), headers=OR_HEADERS, timeout=10).ok
        xml = instance("uuid:one-conn", photos=("a.jpg",))
        for _ in range(2):  # stored with its photo (a multi-row write), then an identical resend
            assert post(srv.url, xml, {"a.jpg": PHOTO_A}, auth=digest("vol")).status_code == 201
        assert post(srv.url, instance("uuid:one-conn-2"), auth=digest("vol")).status_code == 201
    finally:
        event.remove(engine, "checkout", checkout)
        event.remove(engine, "checkin", checkin)
    assert most[0] == 1


def test_pooled_connections_the_database_dropped_are_replaced(app, srv):
    """No ping before every request (a round trip each): a connection idle for
    IDLE_PING_SECONDS is pinged, and a dead one replaced, before the request uses it. One
    that dies while hot fails one request, and is dropped."""
    if app.extensions["engine"].dialect.name != "postgresql":
        pytest.skip("PostgreSQL: SQLite has no connection to lose")
    assert post(srv.url, instance("uuid:before"), auth=digest("vol")).status_code == 201
    _drop_database_connections(app)
    time.sleep(db.IDLE_PING_SECONDS + 0.5)
    assert post(srv.url, instance("uuid:after-idle"), auth=digest("vol")).status_code == 201

    _drop_database_connections(app)
    first = post(srv.url, instance("uuid:at-once"), auth=digest("vol"))
    assert first.status_code in (201, 500)  # 500 if it drew the dead connection
    assert post(srv.url, instance("uuid:at-once"), auth=digest("vol")).status_code == 201
    assert {s.instance_id for s in rows(app)} == {"uuid:before", "uuid:after-idle", "uuid:at-once"}
