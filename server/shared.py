"""What a second host needs comes from the settings or the database, never from one host's
data folder: the secret key that signs page sessions and Digest nonces, and the document
settings. Files an earlier version kept in the data folder are adopted once."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from flask import Flask

from .store import site

LEGACY_KEY_FILE = "secret_key"
LEGACY_DOCUMENTS_FILE = "documents.json"


def ensure_secret_key(app: Flask) -> str | None:
    """SECRET_KEY from the settings, else the one in the database, made there once by the
    first host that starts (the key an earlier version wrote into this data folder, when
    there is one, so its sessions stay valid). None while the schema has no table for it
    yet (before the first migration); the next call finds it."""
    if app.config.get("SECRET_KEY"):
        return app.config["SECRET_KEY"]
    engine = app.extensions["engine"]
    if not site.ready(engine):
        return None
    data = Path(app.config["DATA_DIR"])
    key = site.shared_value(engine, "secret_key", lambda: _legacy_key(data) or secrets.token_hex(32))
    app.config["SECRET_KEY"] = key
    return key


def _legacy_key(data: Path) -> str | None:
    path = data / LEGACY_KEY_FILE
    try:
        return path.read_text().strip() or None
    except FileNotFoundError:
        return None


def adopt_documents_file(app: Flask) -> str | None:
    """Import `<DATA_DIR>/documents.json` of an earlier version into the database when the
    database holds no document settings yet, then rename it `documents.json.imported` (so
    an edit to it is not mistaken for one that counts). A file that cannot be imported is
    left as it is; returns what to tell the administrator then, else None."""
    from .domain import dossier
    from .errors import AppError
    from .store import db

    path = Path(app.config["DATA_DIR"]) / LEGACY_DOCUMENTS_FILE
    if not path.is_file():
        return None
    with app.app_context():
        session = db.session()
        if site.has_document_settings(session):
            return None
        try:
            dossier.import_settings(session, json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, AppError) as exc:  # UnicodeDecodeError and JSON errors are ValueErrors
            session.rollback()
            why = exc.message if isinstance(exc, AppError) else str(exc)
            return (
                f"! {path} chưa nhập được vào cơ sở dữ liệu / could not be imported into the database"
                f" ({why}): sửa rồi / fix it, then `kieumau documents import {path}`"
            )
        session.commit()
    path.rename(path.with_name(LEGACY_DOCUMENTS_FILE + ".imported"))
    return None
