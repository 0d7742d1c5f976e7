"""Language of the pages: Vietnamese first, English when the `lang` cookie asks for it.
The source strings are Vietnamese; server/translations/en holds the English catalogue."""

from __future__ import annotations

from flask import Flask, request
from flask_babel import Babel, get_locale

from ..errors import AppError
from ..formats.numbers import number, percent

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
COOKIE = "lang"


def select_locale() -> str:
    """The cookie set by /lang/<code>; never the browser's Accept-Language, because an
    official's phone set to English should still open the campaign in Vietnamese."""
    chosen = request.cookies.get(COOKIE, DEFAULT)
    return chosen if chosen in LANGUAGES else DEFAULT


def language() -> str:
    locale = get_locale()
    return locale.language if locale is not None else DEFAULT


def unit_title(kind: str | None) -> str:
    """The title a unit of `kind` reaches, in the reader's language (domain/wording.py, with
    the workbooks' title::vi / title::en)."""
    from ..domain.unit_rules import wording_of  # pages only, after the app is set up
    from ..store import db

    words = wording_of(db.session(), kind)
    return words.title_en if language() == "en" and words.title_en else words.title


def citizen_title(kind: str | None) -> str:
    """The title a unit of `kind`'s people reach ("Công dân kiểu mẫu"; an agency's staff:
    "Cán bộ, công chức, viên chức kiểu mẫu"), in the reader's language."""
    from ..domain.unit_rules import wording_of
    from ..store import db

    words = wording_of(db.session(), kind)
    return words.citizen_title_en if language() == "en" else words.citizen_title


def message(exc: AppError) -> str:
    """An error's text in the reader's language (its msgid, or the catalogue's English)."""
    return exc.text_in(language())


def init_app(app: Flask) -> None:
    Babel(app, locale_selector=select_locale, default_locale=DEFAULT, default_timezone="Asia/Ho_Chi_Minh")
    app.jinja_env.globals["current_language"] = language
    app.jinja_env.globals["unit_title"] = unit_title
    app.jinja_env.globals["citizen_title"] = citizen_title
    # numbers in the reader's language: {{ 85.5 | num }} → 85,5; {{ 61.53 | percent }} → 61,5%
    app.jinja_env.filters["num"] = lambda value, decimals=2: number(value, language(), decimals)
    app.jinja_env.filters["percent"] = lambda value, decimals=1: percent(value, language(), decimals)
