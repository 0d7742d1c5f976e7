"""The tables. Typed declarative models; every other module reaches the database through
the query functions beside this file."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Unit(Base):
    """A node of the unit tree (town, residential group, agency...). Any depth: `path`
    holds the ids from the root ("/1/4/9/") so a subtree is one LIKE query."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32), default="residential_group")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    path: Mapped[str] = mapped_column(String(512), default="/", index=True)


class User(Base):
    """A person who signs in. Only a strong hash (web) and the Digest HA1 (ODK Collect)
    are kept, never the password."""

    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    ha1: Mapped[str] = mapped_column(String(32), default="")
    token: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    units: Mapped[list[Unit]] = relationship(secondary="user_unit", lazy="selectin")


class UserUnit(Base):
    """The nodes a user's role applies to (their subtree)."""

    __tablename__ = "user_unit"
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)


class Form(Base):
    __tablename__ = "form"
    id: Mapped[int] = mapped_column(primary_key=True)
    xml_form_id: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    state: Mapped[str] = mapped_column(String(16), default="open")
    fill_roles: Mapped[list] = mapped_column(JSON, default=lambda: ["admin", "board", "volunteer"])
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # the version formList serves; a plain id (no FK) to avoid a form <-> version cycle
    current_version_id: Mapped[int | None] = mapped_column(Integer)


class FormVersion(Base):
    """One published version: the exact XForm bytes served (md5 = the formList hash), the
    workbook it came from, the fields and the scoring sheet read from it."""

    __tablename__ = "form_version"
    __table_args__ = (UniqueConstraint("form_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("form.id"), index=True)
    version: Mapped[str] = mapped_column(String(255), default="")
    title: Mapped[str] = mapped_column(String(255), default="")
    xml: Mapped[bytes] = mapped_column(LargeBinary)
    md5: Mapped[str] = mapped_column(String(32))
    workbook: Mapped[bytes | None] = mapped_column(LargeBinary)
    workbook_name: Mapped[str] = mapped_column(String(255), default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    media: Mapped[list] = mapped_column(JSON, default=list)
    scoring: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class FormMedia(Base):
    """A file attached to a form version (image, CSV) with its md5 for the manifest."""

    __tablename__ = "form_media"
    __table_args__ = (UniqueConstraint("form_version_id", "filename"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_version.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(128))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    md5: Mapped[str] = mapped_column(String(32))


class Submission(Base):
    """One received instance, its raw XML byte for byte. An edit (deprecatedID) is a new
    row; the one it replaces gets `current = False`."""

    __tablename__ = "submission"
    __table_args__ = (
        UniqueConstraint("form_id", "instance_id"),
        Index("ix_submission_year_unit", "year", "unit_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("form.id"))
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_version.id"))
    instance_id: Mapped[str] = mapped_column(String(255))
    deprecated_id: Mapped[str | None] = mapped_column(String(255))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    xml: Mapped[bytes] = mapped_column(LargeBinary)
    xml_sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON().with_variant(JSONB, "postgresql"), default=dict)
    unit_code: Mapped[str | None] = mapped_column(String(64))
    year: Mapped[int | None] = mapped_column(Integer)
    expected_files: Mapped[list] = mapped_column(JSON, default=list)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    device_id: Mapped[str] = mapped_column(String(255), default="")
    user_agent: Mapped[str] = mapped_column(String(255), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Attachment(Base):
    """A file of a submission, stored in the data folder under its sha256, never under a
    name the client chose."""

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("submission_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


__all__ = [
    "Attachment",
    "Base",
    "Form",
    "FormMedia",
    "FormVersion",
    "Submission",
    "Unit",
    "User",
    "UserUnit",
]
