"""Fixtures for the sync client tests: the real server over HTTP, on a fixed port so it
can be stopped and started again, a request recorder around the WSGI app, folders laid
out as ODK Collect leaves them on a phone, and the server's rows read back from its DB."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select
from werkzeug.serving import make_server

from conftest import add_unit, add_user, publish
from orhelpers import LOGO, UNIT_CSV, household_form, instance
from server.store import db
from server.store import submissions as submissions_q
from server.store.models import Submission


class Recorder:
    """WSGI middleware: remembers (method, path, query, body) of every request."""

    def __init__(self, wsgi: Callable) -> None:
        self.wsgi = wsgi
        self.requests: list[tuple[str, str, str, bytes, dict]] = []
        self.fail_next: list[int] = []  # statuses to answer instead of the app, in order

    def __call__(self, environ: dict, start_response: Callable) -> object:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        headers = {k[5:]: v for k, v in environ.items() if k.startswith("HTTP_")}
        self.requests.append(
            (environ["REQUEST_METHOD"], environ["PATH_INFO"], environ.get("QUERY_STRING", ""), body, headers)
        )
        if self.fail_next:
            status = self.fail_next.pop(0)
            start_response(f"{status} Trouble", [("Content-Type", "text/plain")])
            return [b"trouble"]
        return self.wsgi(environ, start_response)

    def posts(self) -> list[bytes]:
        return [r[3] for r in self.requests if r[0] == "POST"]

    def count(self, method: str, prefix: str = "") -> int:
        return sum(1 for r in self.requests if r[0] == method and r[1].startswith(prefix))


class Server:
    """The app on 127.0.0.1:<fixed port>; stop() also cuts kept-alive connections, so a
    stopped server is really unreachable."""

    def __init__(self, app: Flask) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.app = app
        self.url = f"http://127.0.0.1:{self.port}"
        app.config["PUBLIC_URL"] = self.url
        self.srv = None
        self.socks: list[socket.socket] = []

    def start(self) -> Server:
        self.srv = make_server("127.0.0.1", self.port, self.app, threaded=True)
        original = self.srv.process_request

        def track(request: socket.socket, address: object) -> None:
            self.socks.append(request)
            original(request, address)

        self.srv.process_request = track
        self.thread = threading.Thread(target=self.srv.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.srv is None:
            return
        self.srv.shutdown()
        self.srv.server_close()
        for s in self.socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.socks.clear()
        self.thread.join(5)
        self.srv = None


@pytest.fixture
def recorder(app: Flask) -> Recorder:
    rec = Recorder(app.wsgi_app)
    app.wsgi_app = rec
    return rec


@pytest.fixture
def server(app: Flask, recorder: Recorder) -> Iterator[Server]:
    """The real server with units TDP1/TDP2, volunteer `vol` (TDP1 only) and the household
    form published with its media."""
    add_unit(app, "TDP1")
    add_unit(app, "TDP2")
    add_user(app, "vol", "volunteer", ("TDP1",))
    publish(app, household_form(), media={"unit.csv": UNIT_CSV, "logo.png": LOGO})
    srv = Server(app).start()
    yield srv
    srv.stop()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def photo(tag: bytes, size: int) -> bytes:
    return b"\xff\xd8\xff" + tag * (size - 3)


@pytest.fixture
def collect_dir(tmp_path: Path) -> Callable[..., Path]:
    """make(instance_id, photos={name: bytes}, unit=...) writes one instance folder the
    way Collect does, under tmp/instances/, and returns the folder."""
    root = tmp_path / "instances"

    def make(
        iid: str, photos: dict[str, bytes] | None = None, unit: str = "TDP1", name: str | None = None
    ) -> Path:
        photos = photos or {}
        folder = root / (
            name or f"household_2026-03-0{len(list(root.glob('*'))) if root.exists() else 0}_{iid}"
        )
        folder.mkdir(parents=True)
        (folder / f"{folder.name}.xml").write_bytes(instance(f"uuid:{iid}", unit=unit, photos=tuple(photos)))
        for fname, data in photos.items():
            (folder / fname).write_bytes(data)
        return folder

    make.root = root
    return make


def server_rows(app: Flask) -> dict[str, list[str]]:
    """instanceID -> sorted attachment names, straight from the server's database."""
    with app.app_context():
        session = db.session()
        subs = session.scalars(select(Submission).order_by(Submission.id)).all()
        return {s.instance_id: sorted(submissions_q.attachments(session, s)) for s in subs}


@pytest.fixture
def rows(app: Flask) -> Callable[[], dict[str, list[str]]]:
    return lambda: server_rows(app)


@contextmanager
def _serve(wsgi: Callable) -> Iterator[str]:
    srv = make_server("127.0.0.1", 0, wsgi, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.port}"
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


@pytest.fixture
def serve() -> Callable:
    """serve(wsgi_app) -> context manager yielding the URL of a throwaway HTTP server (for
    servers that are not ours: a captive portal, the future results endpoint...)."""
    return _serve


@pytest.fixture
def portal_url() -> Iterator[str]:
    """A hotel Wi-Fi login page: 200 with HTML for every method and path."""
    portal = Flask("portal")

    @portal.route("/", defaults={"path": ""}, methods=["GET", "HEAD", "POST"])
    @portal.route("/<path:path>", methods=["GET", "HEAD", "POST"])
    def page(path: str) -> str:
        return "<html><body>Please log in to the Wi-Fi</body></html>"

    with _serve(portal) as url:
        yield url
