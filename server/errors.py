"""One error vocabulary for the whole server. Domain code raises these; each blueprint
renders them for its audience (OpenRosa XML, JSON, HTML). No Flask imports here.

AppError(code, text, **params)
 ├── Invalid        400  bad input (malformed XML, missing instanceID, bad workbook)
 ├── Unauthorized   401  no or wrong credentials
 ├── Forbidden      403  credentials fine, access not
 ├── NotFound       404  unknown form, version, user, unit
 ├── Conflict       409  same instanceID with other XML, closed form, same version
 └── TooLarge       413  body over the limit

`code` is stable and documented (docs/errors.md): dotted lowercase ASCII such as
`submission.instance_conflict`, for programs (the sync client, API scripts) to act on.
`text` is the Vietnamese message and a msgid of the Babel catalogue in server/translations,
whose en/ catalogue holds the English; `params` fill its %(name)s placeholders after
translation. The catalogue is read here directly, so the bilingual `message` works outside
a request too (CLI, the scorer, OpenRosa answers)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from babel.support import NullTranslations, Translations

CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
TRANSLATIONS = Path(__file__).parent / "translations"


@functools.cache
def catalogue(language: str) -> NullTranslations:
    """The compiled catalogue of `language` (the .mo is committed); Vietnamese is the source
    language, so it has none and every msgid stands for itself."""
    if language == "vi":
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS), [language], domain="messages")


class Text(str):
    """A msgid used as a parameter (a kind's name, "(trống)"): rendered in the language of
    the message it fills. Marked for extraction like the errors' own texts."""


def render(text: str, params: dict[str, object], language: str = "vi") -> str:
    """`text` (a msgid) in `language`, its placeholders filled. A text without params is
    never %-formatted, so a literal % in it needs no escaping. A parameter that is a Text,
    or a message itself (an AppError, an XMLRejected: anything with `text` and `params`),
    is rendered in the same language."""
    translated = catalogue(language).gettext(text) if language != "vi" else text
    if not params:
        return translated
    return translated % {name: _param(value, language) for name, value in params.items()}


def _param(value: object, language: str) -> object:
    if isinstance(value, Text):
        return render(value, {}, language)
    text, params = getattr(value, "text", None), getattr(value, "params", None)
    if isinstance(text, str) and isinstance(params, dict):
        return render(text, params, language)
    return value


class AppError(Exception):
    status = 500

    def __init__(self, code: str, text: str, /, *, status: int | None = None, **params: object) -> None:
        if not CODE.match(code):
            raise ValueError(f"error code {code!r} is not dotted lowercase ASCII")
        super().__init__(code, text)
        self.code = code
        self.text = text
        self.params = params
        if status is not None:
            self.status = status

    def __reduce__(self):  # keyword params survive pickling (the scorer's processes)
        return (_rebuild, (type(self), self.code, self.text, self.status, self.params))

    def __str__(self) -> str:
        return self.message

    def text_in(self, language: str) -> str:
        return render(self.text, self.params, language)

    @property
    def vi(self) -> str:
        return self.text_in("vi")

    @property
    def en(self) -> str:
        return self.text_in("en")

    @property
    def message(self) -> str:
        """Vietnamese first, English after, as every user-facing message (a text that is the
        same in both, such as a list of problems that are bilingual already, shows once)."""
        vi, en = self.vi, self.en
        return f"{vi} / {en}" if en and en != vi else vi


def _rebuild(cls: type[AppError], code: str, text: str, status: int, params: dict) -> AppError:
    exc = AppError.__new__(cls)
    AppError.__init__(exc, code, text, status=status, **params)
    return exc


class Invalid(AppError):
    status = 400


class Unauthorized(AppError):
    status = 401


class Forbidden(AppError):
    status = 403


class NotFound(AppError):
    status = 404


class Conflict(AppError):
    status = 409


class TooLarge(AppError):
    status = 413
