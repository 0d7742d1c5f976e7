"""Pushing through the outbox against the real server: nothing lost, nothing twice, split
uploads, crashes between POSTs, refusals kept with the server's message, corrupt folders
skipped, a stopped server, a captive portal, exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from conftest import PASSWORD
from server.store import blob_store, db
from server.store.models import Attachment, Submission
from sync import Client, Outbox
from sync.cli import sync
from sync.push import Report, push, queue

A = b"\xff\xd8\xff" + b"A" * 14_997  # two 15 KB photos
B = b"\xff\xd8\xff" + b"B" * 14_997
NO_SLEEP = {"sleep": lambda _s: None}


def run(home, *args, input=None):
    return CliRunner().invoke(sync, ["--home", str(home), *args], input=input)


def login(home, url):
    result = run(home, "login", url, "--user", "vol", "--no-check", input=PASSWORD)
    assert result.exit_code == 0, result.output


def client(server):
    return Client(server.url, ("vol", PASSWORD))


def stored(app, instance_id):
    with app.app_context():
        session = db.session()
        sub = session.scalar(select(Submission).where(Submission.instance_id == instance_id))
        atts = session.scalars(select(Attachment).where(Attachment.submission_id == sub.id))
        return {a.name: blob_store.for_app(app).load(a.sha256) for a in atts}


def test_push_an_instances_folder_then_a_rerun_sends_nothing(server, home, collect_dir, rows, recorder):
    collect_dir("a1", {"photo.jpg": A[:3000], "photo2.jpg": B[:4000]})
    collect_dir("a2")
    collect_dir("a3", {"photo.jpg": B[:500]})
    login(home, server.url)
    result = run(home, "push", str(collect_dir.root))
    assert result.exit_code == 0, result.output
    assert "sent 3, already on the server 0, refused 0, skipped 0, left in the outbox 0" in result.output
    assert "sending" in result.stderr  # the progress bar goes to stderr
    assert rows() == {"uuid:a1": ["photo.jpg", "photo2.jpg"], "uuid:a2": [], "uuid:a3": ["photo.jpg"]}
    assert recorder.count("POST") == 3

    again = run(home, "push", str(collect_dir.root))
    assert again.exit_code == 0
    assert "sent 0, already on the server 3" in again.output
    assert recorder.count("POST") == 3
    assert len(rows()) == 3


def test_server_down_then_up_loses_nothing_and_sends_nothing_twice(server, home, collect_dir, rows):
    for i in range(4):
        collect_dir(f"d{i}", {"photo.jpg": A[: 1000 + i]})
    login(home, server.url)
    server.stop()
    down = run(home, "push", "--attempts", "1", str(collect_dir.root))
    assert down.exit_code == 3, down.output
    assert "left in the outbox 4" in down.output and "server unreachable" in down.output
    assert "queued 3, sending 0, failed 1, refused 0, sent 0" in run(home, "status").output

    server.start()
    up = run(home, "push")
    assert up.exit_code == 0, up.output
    assert "sent 4" in up.output
    assert rows() == {f"uuid:d{i}": ["photo.jpg"] for i in range(4)}
    assert run(home, "push", str(collect_dir.root)).exit_code == 0
    assert len(rows()) == 4


def test_server_stopping_in_the_middle_of_a_run(server, home, collect_dir, rows):
    for i in range(3):
        collect_dir(f"m{i}")
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    first = push(client(server), box, after_post=lambda item, names: server.stop(), **NO_SLEEP)
    assert [i.instance_id for i in first.sent] == ["uuid:m0"]
    assert len(first.left) == 2 and first.stopped.startswith("server unreachable")
    server.start()
    second = push(client(server), box, **NO_SLEEP)
    assert [i.instance_id for i in second.sent] == ["uuid:m1", "uuid:m2"] and second.ok
    assert sorted(rows()) == ["uuid:m0", "uuid:m1", "uuid:m2"]


def test_large_submission_is_split_by_the_servers_limit(app, server, home, collect_dir, recorder):
    app.config["MAX_CONTENT_LENGTH"] = 20_000
    collect_dir("big", {"photo.jpg": A, "photo2.jpg": B})
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    report = push(client(server), box, **NO_SLEEP)
    assert report.ok and len(report.sent) == 1
    posts = recorder.posts()
    assert len(posts) == 2
    assert all(b"<instanceID>uuid:big</instanceID>" in p for p in posts)  # full XML every time
    assert b"*isIncomplete*" in posts[0] and b"*isIncomplete*" not in posts[1]
    assert b'filename="photo.jpg"' in posts[0] and b'filename="photo2.jpg"' in posts[1]
    assert all(len(p) <= 20_000 for p in posts)
    assert stored(app, "uuid:big") == {"photo.jpg": A, "photo2.jpg": B}


def test_crash_between_posts_resumes_with_the_remaining_part(app, server, home, collect_dir, recorder, rows):
    app.config["MAX_CONTENT_LENGTH"] = 20_000
    collect_dir("crash", {"photo.jpg": A, "photo2.jpg": B})

    class PowerCut(Exception):
        pass

    def cut(item, names):
        raise PowerCut

    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    with pytest.raises(PowerCut):
        push(client(server), box, after_post=cut, **NO_SLEEP)
    box.close()
    assert rows() == {"uuid:crash": ["photo.jpg"]}

    box = Outbox(home)  # a new process after the reboot
    (item,) = box.pending()
    assert item.state == "sending" and item.accepted == ["photo.jpg"] and item.remaining == ["photo2.jpg"]
    report = push(client(server), box, **NO_SLEEP)
    assert report.ok and [i.instance_id for i in report.sent] == ["uuid:crash"]
    posts = recorder.posts()
    assert len(posts) == 2 and b"photo2.jpg" in posts[1] and b'filename="photo.jpg"' not in posts[1]
    assert stored(app, "uuid:crash") == {"photo.jpg": A, "photo2.jpg": B}
    assert list(box.spool_root.iterdir()) == []  # the spooled copy goes once it is sent


def test_crash_before_the_outbox_recorded_a_part_resends_it_harmlessly(app, server, home, collect_dir, rows):
    """The server committed part 1 but the laptop died before writing that down."""
    app.config["MAX_CONTENT_LENGTH"] = 20_000
    collect_dir("lost", {"photo.jpg": A, "photo2.jpg": B})
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    with pytest.raises(RuntimeError):
        push(client(server), box, after_post=lambda i, n: (_ for _ in ()).throw(RuntimeError()), **NO_SLEEP)
    box.close()
    with sqlite3.connect(home / "outbox.sqlite") as con:
        con.execute("UPDATE item SET accepted = '[]'")
    box = Outbox(home)
    assert push(client(server), box, **NO_SLEEP).ok
    assert rows() == {"uuid:lost": ["photo.jpg", "photo2.jpg"]}
    assert stored(app, "uuid:lost") == {"photo.jpg": A, "photo2.jpg": B}


def test_process_killed_between_posts_then_resumed(app, server, home, collect_dir, rows):
    """A real kill: the pushing process exits at once (no cleanup, no exception handlers)
    right after the first POST of a split submission was accepted."""
    app.config["MAX_CONTENT_LENGTH"] = 20_000
    collect_dir("killed", {"photo.jpg": A, "photo2.jpg": B})
    assert run(home, "push", "--queue-only", str(collect_dir.root)).exit_code == 0
    script = textwrap.dedent(
        f"""
        import os
        from sync import Client, Outbox
        from sync.push import push
        push(Client({server.url!r}, ("vol", {PASSWORD!r})), Outbox({str(home)!r}),
             after_post=lambda item, names: os._exit(9))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run([sys.executable, "-c", script], env=env, timeout=60)
    assert proc.returncode == 9
    assert rows() == {"uuid:killed": ["photo.jpg"]}
    assert "sending" in run(home, "status").output
    login(home, server.url)
    result = run(home, "push")
    assert result.exit_code == 0, result.output
    assert stored(app, "uuid:killed") == {"photo.jpg": A, "photo2.jpg": B}


def test_corrupt_instance_is_reported_and_the_rest_are_sent(server, home, collect_dir, rows):
    collect_dir("ok1")
    bad = collect_dir("bad")
    (bad / f"{bad.name}.xml").write_bytes(b"<data id='household'><meta><instanceID>uuid:bad")
    collect_dir("ok2")
    login(home, server.url)
    result = run(home, "push", str(collect_dir.root))
    assert result.exit_code == 1
    assert "sent 2" in result.output and "skipped 1" in result.output
    assert f"skipped   {bad}" in result.output and "corrupt XML" in result.output
    assert sorted(rows()) == ["uuid:ok1", "uuid:ok2"]


def test_refusal_keeps_the_servers_message_and_is_not_retried(server, home, collect_dir, rows, recorder):
    collect_dir("mine")
    collect_dir("theirs", unit="TDP2")  # vol is assigned TDP1 only
    login(home, server.url)
    result = run(home, "push", str(collect_dir.root))
    assert result.exit_code == 1
    assert "sent 1" in result.output and "refused 1" in result.output
    assert "refused   household uuid:theirs (403)" in result.output
    assert "you are not assigned to unit TDP2" in result.output
    assert "you are not assigned to unit TDP2" in run(home, "status").output
    assert list(rows()) == ["uuid:mine"]
    posts = recorder.count("POST")

    again = run(home, "push", str(collect_dir.root))
    assert again.exit_code == 1 and "refused 1" in again.output
    assert recorder.count("POST") == posts  # refusals wait for a person
    assert run(home, "push").exit_code == 0  # nothing pending, nothing asked

    retried = run(home, "push", "--retry-refused")
    assert retried.exit_code == 1 and "not assigned" in retried.output
    assert recorder.count("POST") == posts + 1


def test_transient_errors_are_retried_with_backoff(server, home, collect_dir, recorder, rows):
    collect_dir("flaky")
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    recorder.fail_next = [503, 502, 503, 503]  # HEAD 5xx is ignored as Collect does; the POST counts
    waits = []
    report = push(client(server), box, sleep=waits.append, backoff=2.0)
    assert report.ok and len(waits) == 2
    assert 1.0 <= waits[0] <= 2.0 and 2.0 <= waits[1] <= 4.0
    assert list(rows()) == ["uuid:flaky"]


def test_a_server_error_on_one_instance_does_not_stop_the_others(server, home, collect_dir, recorder, rows):
    collect_dir("s1")
    collect_dir("s2")
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    recorder.fail_next = [500, 500]  # the HEAD and the POST of the first try of s1
    report = push(client(server), box, attempts=1, **NO_SLEEP)
    assert [i.instance_id for i in report.sent] == ["uuid:s2"]
    assert [i.instance_id for i in report.left] == ["uuid:s1"] and not report.stopped
    assert box.get("household", "uuid:s1").state == "failed"
    assert push(client(server), box, **NO_SLEEP).ok
    assert sorted(rows()) == ["uuid:s1", "uuid:s2"]


def test_a_captive_portal_stops_the_run_and_keeps_everything(portal_url, home, collect_dir):
    collect_dir("p1")
    collect_dir("p2")
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    report = push(Client(portal_url, ("vol", "pw")), box, attempts=1, **NO_SLEEP)
    assert report.sent == [] and len(report.left) == 2 and report.stopped


def test_adding_a_missing_attachment_later_sends_only_that_file(app, server, home, collect_dir, recorder):
    folder = collect_dir("late", {"photo.jpg": A[:2000]})
    (folder / f"{folder.name}.xml").write_bytes(
        (folder / f"{folder.name}.xml")
        .read_bytes()
        .replace(b"</photo>", b"</photo><photo2>photo2.jpg</photo2>")
    )
    login(home, server.url)
    assert run(home, "push", str(folder)).exit_code == 0
    assert stored(app, "uuid:late") == {"photo.jpg": A[:2000]}
    (folder / "photo2.jpg").write_bytes(B[:3000])  # the rest of the copy from the phone
    result = run(home, "push", str(folder))
    assert result.exit_code == 0 and "sent 1" in result.output
    assert b'filename="photo.jpg"' not in recorder.posts()[-1]
    assert stored(app, "uuid:late") == {"photo.jpg": A[:2000], "photo2.jpg": B[:3000]}


def test_queue_copies_the_folder_so_the_usb_stick_can_go(server, home, collect_dir, rows):
    import shutil

    collect_dir("usb", {"photo.jpg": A[:100]})
    assert run(home, "push", "--queue-only", str(collect_dir.root)).exit_code == 0
    shutil.rmtree(collect_dir.root)
    login(home, server.url)
    assert run(home, "push").exit_code == 0
    assert rows() == {"uuid:usb": ["photo.jpg"]}


def test_push_without_login_keeps_the_queue(home, collect_dir):
    collect_dir("nologin")
    result = run(home, "push", str(collect_dir.root))
    assert result.exit_code == 3
    assert "kieumau sync login" in result.output and "left in the outbox 1" in result.output


def test_wrong_password_stops_the_run(server, home, collect_dir, rows):
    collect_dir("w1")
    collect_dir("w2")
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    report = push(Client(server.url, ("vol", "nope")), box, **NO_SLEEP)
    assert "wrong user name or password" in report.stopped and len(report.left) == 2
    assert rows() == {}


def test_instance_folder_layouts(tmp_path):
    from sync import InstanceError, find_instances, read_instance

    single = tmp_path / "one"
    single.mkdir()
    (single / "x.xml").write_bytes(b'<data id="f"><meta><instanceID>uuid:1</instanceID></meta></data>')
    (single / ".hidden").write_bytes(b"x")
    (single / "a.jpg").write_bytes(b"x")
    inst = read_instance(single)
    assert (inst.form_id, inst.instance_id, [f.name for f in inst.files]) == ("f", "uuid:1", ["a.jpg"])
    enc = tmp_path / "enc"
    enc.mkdir()
    (enc / "submission.xml").write_bytes(
        b'<data id="f" encrypted="yes"><meta><instanceID>uuid:2</instanceID></meta></data>'
    )
    (enc / "a.jpg.enc").write_bytes(b"x")
    (enc / "a.jpg").write_bytes(b"plain copy must not leave")
    assert [f.name for f in read_instance(enc).files] == ["a.jpg.enc"]
    hostile = tmp_path / "all" / "h"
    hostile.mkdir(parents=True)
    (hostile / "h.xml").write_bytes(b'<!DOCTYPE d [<!ENTITY e "x">]><data id="f">&e;</data>')
    (found,) = find_instances(Path(tmp_path / "all"))
    assert isinstance(found, InstanceError) and "DTD" in str(found)


def test_a_lost_spool_copy_is_reported_and_the_rest_are_sent(server, home, collect_dir, rows):
    import shutil

    collect_dir("gone")
    collect_dir("here")
    box = Outbox(home)
    queue(box, [collect_dir.root], Report())
    shutil.rmtree(box.get("household", "uuid:gone").spool)
    report = push(client(server), box, **NO_SLEEP)
    assert [i.instance_id for i in report.sent] == ["uuid:here"]
    assert "uuid:gone: local copy unreadable" in report.skipped[0] and not report.ok
    assert list(rows()) == ["uuid:here"]
    queue(box, [collect_dir.root], Report())  # queuing the folder again restores the copy
    assert push(client(server), box, **NO_SLEEP).ok
    assert sorted(rows()) == ["uuid:gone", "uuid:here"]
