"""Queries on submissions and their attachments."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Attachment, Submission


def by_instance(db: Session, form_id: int, instance_id: str) -> Submission | None:
    return db.scalar(
        select(Submission).where(Submission.form_id == form_id, Submission.instance_id == instance_id)
    )


def attachments(db: Session, submission: Submission) -> dict[str, Attachment]:
    rows = db.scalars(select(Attachment).where(Attachment.submission_id == submission.id))
    return {a.name: a for a in rows}


def attachment(db: Session, submission_id: int, name: str) -> Attachment | None:
    return db.scalar(
        select(Attachment).where(Attachment.submission_id == submission_id, Attachment.name == name)
    )
