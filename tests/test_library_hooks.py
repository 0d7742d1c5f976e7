"""Where the code reaches into a library past its documented API, this test names the place
and fails loudly when the installed version is not the one it was checked against: whoever
bumps the pin in pyproject.toml re-reads the place, then updates the version here."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# (distribution, version checked, where we rely on its internals, what to re-check)
HOOKS = [
    ("flask-limiter", "4.1.1", "server/web/pages.py",
     "Limiter._check_request_limit is removed from before_request so only /login is limited"),
    ("weasyprint", "70.0", "server/formats/pdf_lists.py",
     "a laid-out Page's _page_box, boxes.BlockContainerBox / TableBox, position_y and margin_height()"),
    ("requests", "2.34.2", "sync/auth.py",
     "requests.auth._basic_auth_str and HTTPDigestAuth._thread_local.pos (rewinding the body)"),
    ("sqlalchemy", "2.1.9", "server/store/fastpaths.py (DriverQuery)",
     "Compiled.string, .params, .binds and .positiontup, and bind_processor, run on the driver's cursor"),
]  # fmt: skip


def _pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    pins = {}
    for spec in specs:
        name, _, pinned = spec.partition("==")
        pins[name.split("[")[0].strip().lower()] = pinned.strip()
    return pins


@pytest.mark.parametrize(("dist", "checked", "where", "what"), HOOKS, ids=[h[0] for h in HOOKS])
def test_a_library_whose_internals_we_use_is_the_version_we_checked(dist, checked, where, what):
    assert _pins().get(dist) == checked, (
        f"pyproject pins {dist} {_pins().get(dist)}: re-check {where}: {what}"
    )
    assert version(dist) == checked, f"{dist} {version(dist)} is installed: re-check {where}: {what}"


def test_the_internals_are_still_there():
    import flask_limiter
    import requests.auth
    from sqlalchemy import select
    from sqlalchemy.dialects import postgresql, sqlite
    from weasyprint.formatting_structure import boxes

    assert callable(flask_limiter.Limiter._check_request_limit)
    assert callable(requests.auth._basic_auth_str)
    assert hasattr(requests.auth.HTTPDigestAuth("u", "p"), "_thread_local")
    assert issubclass(boxes.TableBox, boxes.BlockContainerBox) or boxes.TableBox
    assert callable(boxes.Box.margin_height)
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        compiled = select(1).compile(dialect=dialect)
        assert {"string", "params", "binds", "positiontup"} <= set(dir(compiled))


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_driver_query_reads_the_compiled_statement_as_it_expects(dialect):
    """What DriverQuery takes from SQLAlchemy's compiled form, without a database: the SQL
    text in the driver's paramstyle, the parameters in order (positional: SQLite's ?), each
    with its type's bind processor."""
    from sqlalchemy import JSON, bindparam, cast, select
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.types import Text

    from server.store.fastpaths import DriverQuery

    d = {"sqlite": sqlite, "postgresql": postgresql}[dialect].dialect()
    query = DriverQuery(
        select(cast(bindparam("data", type_=JSON), Text).label("t"), bindparam("n").label("n"))
    )
    sql, defaults, order, processors = query._compiled(d)
    if dialect == "sqlite":
        assert sql.count("?") == 2 and order == ("data", "n")
    else:
        assert "%(data)s" in sql and "%(n)s" in sql and order is None
    assert set(defaults) == {"data", "n"}
    assert set(processors) == {"data"} and processors["data"]({"a": 1}) is not None


def test_the_lock_file_holds_every_pin_of_pyproject():
    """requirements.lock (the whole tree with hashes, made by `uv pip compile`, see README)
    is remade whenever a pin changes: each pinned distribution is in it at the pinned version."""
    locked = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            name, _, rest = line.partition("==")
            locked[name.strip().lower().replace("_", "-")] = rest.split()[0].rstrip("\\").strip()
    pins = {name.replace("_", "-"): v for name, v in _pins().items()}
    assert {n: v for n, v in pins.items() if locked.get(n) != v} == {}
