"""Fixtures: a real database (SQLite file, or PostgreSQL when KIEUMAU_TEST_DATABASE_URL is
set), a fresh app per test, and a live server on 127.0.0.1 for HTTP tests. No mocks."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from werkzeug.serving import make_server

from server import create_app
from server.domain import accounts, units
from server.domain import forms as forms_domain
from server.store import db, migrate
from server.store.models import Base

ROOT = Path(__file__).resolve().parent.parent
# fixtures other test modules share: the campaign town, and the browser (Debian's Chromium)
pytest_plugins = ["campaign", "browserkit"]
PASSWORD = "mat-khau-123"


def _postgres_url(base: str, worker: str) -> str:
    """One database per xdist worker so parallel runs don't share rows; named after the base
    database, so two checkouts testing against different base databases never meet."""
    if worker == "master":
        return base
    name = f"kieumau_{base.rsplit('/', 1)[1]}_{worker}"
    admin = create_engine(base.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> str:
    # xdist's worker name, or "master" in one process (also with -p no:xdist)
    worker_id = getattr(request.config, "workerinput", {}).get("workerid", "master")
    base = os.environ.get("KIEUMAU_TEST_DATABASE_URL")
    if base:
        url = _postgres_url(base, worker_id)
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    migrate.upgrade(url)
    return url


def _empty_tables(app: Flask) -> None:
    """Every table emptied. On PostgreSQL a process a previous test started (a server's
    scorer or background jobs, still finishing) may hold a table TRUNCATE waits for, and
    PostgreSQL may end the wait as a deadlock: then it is tried again."""
    engine = app.extensions["engine"]
    for attempt in range(5):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
                    conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
                else:
                    for table in reversed(Base.metadata.sorted_tables):
                        conn.execute(table.delete())
            return
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(1)


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            "DATA_DIR": str(tmp_path / "data"),
            "DATABASE_URL": database_url,
            "PUBLIC_URL": "http://testserver",
            "SECRET_KEY": "test-secret",
            "TESTING": True,
            # results are brought up to date when read; no thread outlives its test
            "BACKGROUND_SCORING": False,
        }
    )
    _empty_tables(app)
    yield app
    app.extensions["engine"].dispose()


@pytest.fixture
def client(app: Flask):
    return app.test_client()


class LiveServer:
    def __init__(self, app: Flask) -> None:
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.port}"
        app.config["PUBLIC_URL"] = self.url
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(5)
        self.server.server_close()

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


@pytest.fixture
def live_server(app: Flask) -> Iterator[LiveServer]:
    server = LiveServer(app)
    yield server
    server.stop()


# ---- helpers tests share -----------------------------------------------------------


def add_unit(
    app: Flask, code: str, name: str | None = None, parent: str | None = None, kind: str = "residential_group"
) -> None:
    with app.app_context():
        units.add_unit(db.session(), code, name or code, parent_code=parent, kind=kind)
        db.session().commit()


def add_user(
    app: Flask, username: str, role: str = "volunteer", unit_codes: tuple[str, ...] = (), token: bool = False
) -> str | None:
    """Create a user with PASSWORD; returns the token when asked for one."""
    with app.app_context():
        session = db.session()
        user = accounts.add_user(session, username, role, PASSWORD, app.config["REALM"])
        accounts.assign(session, user, list(unit_codes))
        tok = accounts.new_token(user) if token else None
        session.commit()
        return tok


def publish(app: Flask, markdown: str, name: str = "form.md", media: dict[str, bytes] | None = None):
    """Publish an inline markdown XLSForm (pyxform reads markdown tables)."""
    with app.app_context():
        session = db.session()
        result = forms_domain.import_workbook(session, markdown.encode(), name, media)
        session.commit()
        return result
