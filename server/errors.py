"""One error vocabulary for the whole server. Domain code raises these; each blueprint
renders them for its audience (OpenRosa XML, JSON, HTML). No Flask imports here.

AppError(status, message_vi, message_en)
 ├── Invalid        400  bad input (malformed XML, missing instanceID, bad workbook)
 ├── Unauthorized   401  no or wrong credentials
 ├── Forbidden      403  credentials fine, access not
 ├── NotFound       404  unknown form, version, user, unit
 ├── Conflict       409  same instanceID with other XML, closed form, same version
 └── TooLarge       413  body over the limit
"""

from __future__ import annotations


class AppError(Exception):
    status = 500

    def __init__(self, vi: str, en: str, *, status: int | None = None) -> None:
        super().__init__(f"{vi} / {en}")
        self.vi = vi
        self.en = en
        if status is not None:
            self.status = status

    @property
    def message(self) -> str:
        """Vietnamese first, English after, as every user-facing message (some messages,
        such as scoring-sheet problems, already carry both in one text)."""
        return f"{self.vi} / {self.en}" if self.en and self.en != self.vi else self.vi


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
