"""The layers, read from the source with `ast`: web/ is HTTP and reaches the database only
through domain/ (its store imports are the request's session and a few named types);
domain/ never imports Flask; neither runs a query itself nor imports from sqlalchemy
anything but type names. Each exception is listed here with the reason it is allowed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parent.parent / "server"

# What web/ may import from store/, each with why.
WEB_STORE_ALLOWED = {
    "server.store.db": "the request's session, connection and transaction (one per request)",
    "server.store.models.User": "type name: the signed-in user the views pass to domain/",
    "server.store.users.Caller": "type name: the OpenRosa caller (a plain row, not an ORM User)",
    "server.store.report_cache.CachedFile": "type name: a cached report file the view sends",
    "server.store.models.INTEGER_MAX": "the integer columns' largest value, bounding <int:> in URLs",
    "server.store.blob_store": "the app's attachment store (files, not database rows)",
    "server.store.blobs": "spools an upload's big parts to the data folder while it is read",
}

# What domain/ and web/ may import from sqlalchemy: type names for annotations only.
SQLALCHEMY_TYPES = {
    "Session": "the session a function reads or writes through, passed in by its caller",
    "Connection": "the connection a plain (non-ORM) query runs on, passed in by its caller",
    "Row": "a row a store query returned, read by name",
    "Engine": "the engine a background job opens its own connections from",
}

# domain/ modules allowed to import Flask (and open their own Session), each with why: none
# (background drivers live in server/jobs/).
DOMAIN_FLASK_ALLOWED: dict[str, str] = {}


def _module_of(path: Path) -> str:
    parts = path.relative_to(SERVER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, source: str) -> list[tuple[int, str, list[str]]]:
    """(line, absolute module, names imported from it; [] for `import module`)."""
    package = _module_of(path) if path.name == "__init__.py" else _module_of(path).rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module, [alias.name for alias in node.names]))
    return found


# Statements run only in store/: a session's or connection's query methods, and
# session.get(Model, id), are not called in domain/ or web/. Modules still doing so, with why:
QUERY_METHODS = {"query", "scalar", "scalars", "execute", "exec_driver_sql"}
QUERIES_ALLOWED: dict[str, str] = {}

# store/ names web/ may hold only as types (annotations, isinstance, TypeVar), never query with
WEB_TYPE_NAMES = {"User", "Caller", "CachedFile"}
TYPE_CALLS = {"TypeVar", "isinstance", "cast"}


def _used_beyond_types(tree: ast.AST, names: set[str]) -> list[tuple[int, str]]:
    """Uses of `names` other than as a type: called (Session()), read from (User.id), or
    handed to a call other than isinstance / TypeVar / cast (select(User))."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func.id if isinstance(node.func, ast.Name) else None
            if func in names:
                found.append((node.lineno, func))
            if func not in TYPE_CALLS:
                found.extend((a.lineno, a.id) for a in node.args if isinstance(a, ast.Name) and a.id in names)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in names:
            found.append((node.lineno, node.value.id))
    return found


def _queries(tree: ast.AST, models: set[str]) -> list[tuple[int, str]]:
    """Calls that run SQL here: x.query(...), x.execute(...), ..., and x.get(Model, id)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr, args = node.func.attr, node.args
            model_get = attr == "get" and args and isinstance(args[0], ast.Name) and args[0].id in models
            if attr in QUERY_METHODS or model_get:
                found.append((node.lineno, attr))
    return found


def violations(path: Path, source: str) -> list[str]:
    """What in this module's imports breaks the layering, one line each."""
    layer = path.relative_to(SERVER).parts[0]
    if layer not in ("web", "domain"):
        return []
    out = []
    type_names = set(SQLALCHEMY_TYPES) | (WEB_TYPE_NAMES if layer == "web" else set())
    if layer == "domain" and path.name in DOMAIN_FLASK_ALLOWED:
        type_names = set()
    for line, name in _used_beyond_types(ast.parse(source), type_names):
        out.append(f"{path.relative_to(SERVER.parent)}:{line}: {name} used beyond a type")
    imports = _imports(path, source)
    if path.name not in QUERIES_ALLOWED:
        models = {n for _l, m, names in imports if m.startswith("server.store.") for n in names}
        for line, method in _queries(ast.parse(source), models):
            out.append(f"{path.relative_to(SERVER.parent)}:{line}: query .{method}() outside store/")
    for line, module, names in imports:
        where = f"{path.relative_to(SERVER.parent)}:{line}"
        top = module.split(".")[0]
        if top == "sqlalchemy":
            bad = [n for n in names if n not in SQLALCHEMY_TYPES] if names else [module]
            out.extend(f"{where}: sqlalchemy {n}" for n in bad)
        elif top == "flask" and layer == "domain" and path.name not in DOMAIN_FLASK_ALLOWED:
            out.append(f"{where}: domain imports {module}")
        elif layer == "web" and (module == "server.store" or module.startswith("server.store.")):
            targets = [f"{module}.{n}" for n in names] if names else [module]
            out.extend(f"{where}: web imports {t}" for t in targets if t not in WEB_STORE_ALLOWED)
    return out


def _sources(layer: str) -> list[Path]:
    return sorted((SERVER / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["web", "domain"])
def test_layer_imports(layer: str) -> None:
    found = [v for path in _sources(layer) for v in violations(path, path.read_text())]
    assert found == []


def test_allowed_exceptions_are_still_needed() -> None:
    """An exception nobody uses any more is taken off the list, so the list stays true."""
    web_targets = set()
    for path in _sources("web"):
        for _line, module, names in _imports(path, path.read_text()):
            web_targets.update([f"{module}.{n}" for n in names] if names else [module])
    assert sorted(set(WEB_STORE_ALLOWED) - web_targets) == []
    for name in QUERIES_ALLOWED:
        path = SERVER / "domain" / name
        tree = ast.parse(path.read_text())
        assert _queries(tree, {"FormVersion", "Unit"}), (
            f"domain/{name} runs no query now: take it off QUERIES_ALLOWED"
        )
    for name in DOMAIN_FLASK_ALLOWED:
        modules = {
            m.split(".")[0]
            for _l, m, _n in _imports(SERVER / "domain" / name, (SERVER / "domain" / name).read_text())
        }
        assert "flask" in modules, f"domain/{name} no longer imports Flask: take it off DOMAIN_FLASK_ALLOWED"


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        ("web/x.py", "from ..store import users as users_q\n", ["web imports server.store.users"]),
        ("web/x.py", "from ..store.models import Unit\n", ["web imports server.store.models.Unit"]),
        ("web/x.py", "import server.store.forms\n", ["web imports server.store.forms"]),
        ("web/x.py", "from ..store import db\nfrom ..store.models import User\n", []),
        ("web/x.py", "from sqlalchemy import select\n", ["sqlalchemy select"]),
        (
            "domain/x.py",
            "from sqlalchemy.orm import Session, object_session\n",
            ["sqlalchemy object_session"],
        ),
        ("domain/x.py", "import sqlalchemy\n", ["sqlalchemy sqlalchemy"]),
        ("domain/x.py", "from flask import current_app\n", ["domain imports flask"]),
        ("domain/x.py", "from ..store import units as units_q\n", []),
        ("formats/x.py", "from sqlalchemy import select\n", []),
        ("web/x.py", "from ..store.models import User\nx = select(User)\n", ["User used beyond a type"]),
        (
            "domain/x.py",
            "from ..store.models import Unit\nu = db.get(Unit, 1)\n",
            ["query .get() outside store/"],
        ),
        ("domain/x.py", "rows = db.execute(text('select 1'))\n", ["query .execute() outside store/"]),
        ("domain/x.py", "units = db.query(Unit).all()\n", ["query .query() outside store/"]),
        ("web/x.py", "lang = request.cookies.get(COOKIE, DEFAULT)\n", []),
        ("web/x.py", "from ..store.models import User\nx = User.username\n", ["User used beyond a type"]),
        (
            "domain/x.py",
            "from sqlalchemy.orm import Session\ns = Session(bind=e)\n",
            ["Session used beyond a type"],
        ),
        ("web/x.py", "from ..store.models import User\nU = TypeVar('U', User, int)\n", []),
        ("domain/x.py", "from sqlalchemy.orm import Session\ndef f(s: Session) -> None: ...\n", []),
    ],
)
def test_the_check_catches(where: str, source: str, expected: list[str]) -> None:
    found = violations(SERVER / where, source)
    assert [v.split(": ", 1)[1] for v in found] == expected
