"""The tables. Typed declarative models; every other module reaches the database through
the query functions beside this file."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, object_session, relationship

# the largest value of an Integer column (PostgreSQL's INTEGER; SQLite's is larger): ids and
# years in URLs, and answers copied into integer columns, are checked against it
INTEGER_MAX = 2**31 - 1


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def session_of(obj: object) -> Session | None:
    """The session a loaded row belongs to (None once detached): code handed only a row
    reads its neighbours, and the session's `info`, through it."""
    return object_session(obj)


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
    are kept, never the password; of the token URL only its SHA-256. `session_gen` is part
    of every page session's stamp: signing out raises it, which ends the user's sessions."""

    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    ha1: Mapped[str] = mapped_column(String(32), default="")
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    session_gen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
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
    # the big columns load only when read: submissions need the fields, not the bytes
    xml: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    md5: Mapped[str] = mapped_column(String(32))
    workbook: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
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
    # the inspection round it belongs to (plan_models.InspectionRound), set when it is scored
    round_id: Mapped[int | None] = mapped_column(Integer)


class ScoringQueue(Base):
    """A submission stored but not yet scored (server/domain/scoring_queue.py): a row of its
    own, so that scoring it deletes a few bytes instead of rewriting the submission's row
    (4.4 KB of XML and answers, written again through SQLite's log on every drain)."""

    __tablename__ = "scoring_queue"
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id"), primary_key=True, autoincrement=False
    )


class Attachment(Base):
    """A file of a submission, stored under its sha256 (server/store/blob_store.py), never
    under a name the client chose."""

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("submission_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Blob(Base):
    """An attachment's bytes held outside the data folder (server/store/blob_store.py): in
    blob_chunk rows (`location` db) or in the S3-compatible object store (s3), under its
    sha256. No row: the file is in the data folder."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    location: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class BlobChunk(Base):
    """One piece (at most blobs_db.CHUNK bytes) of a blob held in the database."""

    __tablename__ = "blob_chunk"
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Household(Base):
    """A household of the registry (imported roster, or added at a door: `is_new` until the
    board confirms it). `version` is the entity-list __version Collect compares."""

    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    head_name: Mapped[str] = mapped_column(String(255), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    members: Mapped[int] = mapped_column(Integer, default=0)
    is_new: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Citizen(Base):
    """An adult member of a registered household."""

    __tablename__ = "citizen"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(255))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(8), default="")
    is_new: Mapped[bool] = mapped_column(Boolean, default=False)
    # the agency (a unit of kind agency) where the citizen works, if any: its staff list
    workplace_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)


def compact_criteria(criteria: list) -> list[list]:
    """A score's criteria as stored: [[code, passed, points], ...] in sheet order. Which
    answers decided each one is not stored (it was most of a score's size): the pages
    recompute it from the submission (results.explain)."""
    return [
        [c["code"], c["passed"], c["points"]] if isinstance(c, dict) else list(c[:3]) for c in criteria or []
    ]


class Criteria(TypeDecorator):
    """Score.criteria: stored as compact_criteria, read as [{"code", "passed", "points"}]."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else compact_criteria(value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return [
            {"code": c["code"], "passed": c["passed"], "points": c["points"]}
            if isinstance(c, dict)
            else {"code": c[0], "passed": c[1], "points": c[2]}
            for c in value
        ]


class Score(Base):
    """The scoring of one submission against its form version's sheet. `counts` marks the
    one submission per (year, kind, subject) that the results use: the latest current one
    the board has not rejected (domain/results.py keeps it so)."""

    __tablename__ = "score"
    __table_args__ = (
        Index("ix_score_subject", "year", "kind", "subject"),
        Index("ix_score_unit", "year", "unit_code", "kind", "counts"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), unique=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("form.id"))
    year: Mapped[int] = mapped_column(Integer)
    unit_code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # household, citizen, group, registration
    subject: Mapped[str] = mapped_column(String(64))
    points: Mapped[float] = mapped_column(default=0.0)
    max_points: Mapped[float] = mapped_column(default=0.0)
    title_reached: Mapped[bool] = mapped_column(Boolean, default=False)
    criteria: Mapped[list] = mapped_column(Criteria, default=list)
    counts: Mapped[bool] = mapped_column(Boolean, default=False)
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)
    reject_reason: Mapped[str] = mapped_column(String(500), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class UnitResult(Base):
    """A unit's figures for a year (its own submissions, or its children's summed)."""

    __tablename__ = "unit_result"
    __table_args__ = (UniqueConstraint("year", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    figures: Mapped[dict] = mapped_column(JSON, default=dict)
    title_reached: Mapped[bool | None] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Review(Base):
    """A unit's evaluation meeting (bình xét) and the committee's approval of its list."""

    __tablename__ = "review"
    __table_args__ = (UniqueConstraint("year", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")  # open, reviewed, approved
    meeting_date: Mapped[str] = mapped_column(String(10), default="")
    place: Mapped[str] = mapped_column(String(255), default="")
    chair: Mapped[str] = mapped_column(String(255), default="")
    secretary: Mapped[str] = mapped_column(String(255), default="")
    present: Mapped[int] = mapped_column(Integer, default=0)
    invited: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(String(2000), default="")
    started_at: Mapped[str] = mapped_column(String(5), default="", server_default="")  # HH:MM
    ended_at: Mapped[str] = mapped_column(String(5), default="", server_default="")
    posted_from: Mapped[str] = mapped_column(String(10), default="", server_default="")  # YYYY-MM-DD
    posted_until: Mapped[str] = mapped_column(String(10), default="", server_default="")
    self_assessment_checked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    self_assessment_note: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # criterion code -> the committee confirms the group's "met" (False: it does not)
    self_assessment_checks: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")


class ReviewDecision(Base):
    """The board's decision on one proposed household or citizen, with the vote."""

    __tablename__ = "review_decision"
    __table_args__ = (UniqueConstraint("review_id", "kind", "subject"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(64))
    agree: Mapped[bool] = mapped_column(Boolean)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_total: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(500), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReviewEvent(Base):
    """Who did what to a review and when: the audit trail of the procedure."""

    __tablename__ = "review_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    reason: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Reward(Base):
    """A reward (giấy khen) the committee proposes for a year: a collective (`kind` unit,
    `subject` its code) or an individual (household / citizen, `subject` its registry code),
    with the reason printed on the documents. `unit_id`: the unit the subject belongs to."""

    __tablename__ = "reward"
    __table_args__ = (UniqueConstraint("year", "kind", "subject"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # unit | household | citizen
    subject: Mapped[str] = mapped_column(String(64))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    reason: Mapped[str] = mapped_column(String(500))
    basis: Mapped[str] = mapped_column(String(32), default="")  # the suggestion it came from
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Webhook(Base):
    """An HTTPS endpoint an administrator registered: it receives a signed JSON POST for each
    event it subscribed to. `secret` signs the bodies (HMAC-SHA256), so it is kept as given."""

    __tablename__ = "webhook"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    events: Mapped[list] = mapped_column(JSON, default=list)
    secret: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WebhookDelivery(Base):
    """One event for one webhook: written in the transaction that caused the event, sent after
    its commit by the dispatcher, retried with backoff, kept as the delivery log. `key` names
    the event's cause (e.g. the submission's id), so the same cause queues it once."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        UniqueConstraint("webhook_id", "key"),
        Index("ix_webhook_delivery_due", "next_attempt_at", postgresql_where=text("delivered_at IS NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhook.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(255))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, default=utcnow)
    # a dispatcher that takes a delivery holds it until then: several processes or hosts
    # send each delivery once
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(String(500), default="")


__all__ = [
    "Attachment",
    "Base",
    "Citizen",
    "Household",
    "Review",
    "ReviewDecision",
    "ReviewEvent",
    "Score",
    "UnitResult",
    "Form",
    "FormMedia",
    "FormVersion",
    "Submission",
    "Unit",
    "User",
    "UserUnit",
    "Webhook",
    "WebhookDelivery",
]


class DigestNonce(Base):
    """Each Digest nonce count (nc) used with a nonce, so a captured Authorization header
    cannot be sent again, to any worker process; rows go when the nonce expires. A set, not
    the highest count: a phone's requests may reach the server out of order."""

    __tablename__ = "digest_nonce"
    nonce: Mapped[str] = mapped_column(String(96), primary_key=True)
    nc: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class AuthFailure(Base):
    """Wrong-password counts per username ("user:NAME") and per client address
    ("addr:IP") in a fixed window ending at `until`, shared by every worker process."""

    __tablename__ = "auth_failure"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    until: Mapped[datetime] = mapped_column(DateTime, index=True)


class Recognition(Base):
    """A title a household, citizen or unit held in a year: written when the committee
    approves a unit's list (`source` "approved"), removed when the list is reopened; or
    loaded from the town's earlier records (`source` "import"). Subjects are codes (household,
    citizen or unit code), so a year's history outlives later changes to the registry."""

    __tablename__ = "recognition"
    __table_args__ = (
        UniqueConstraint("kind", "subject", "year", "title"),
        Index("ix_recognition_unit_year", "unit_code", "year"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # household | citizen | unit
    subject: Mapped[str] = mapped_column(String(64))
    unit_code: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(128))
    source: Mapped[str] = mapped_column(String(16), default="approved")  # approved | import
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


from .plan_models import (  # noqa: E402 - the tables of plans and inspections, on the same Base
    Inspection,
    InspectionRound,
    PlanTarget,
    Registrant,
    RoundScore,
    UnitPlan,
)

__all__ += ["Inspection", "InspectionRound", "PlanTarget", "Registrant", "RoundScore", "UnitPlan"]


class Reminder(Base):
    """A reminder the committee sent a lagging unit: its message, the reasons the follow-up
    page gave at the time, who sent it and when. The unit's board sees it on its home page."""

    __tablename__ = "reminder"
    __table_args__ = (Index("ix_reminder_unit", "unit_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    message: Mapped[str] = mapped_column(String(1000), default="")
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    sent_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DigestSubscription(Base):
    """A user's daily e-mail of what is due: the address, and the last local day a digest
    was sent (so a day's digest goes once, and one that failed is tried again next run)."""

    __tablename__ = "digest_subscription"
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_sent_on: Mapped[str] = mapped_column(String(10), default="", server_default="")  # YYYY-MM-DD
    last_error: Mapped[str] = mapped_column(String(500), default="", server_default="")


class CampaignCalendar(Base):
    """The committee's dates for one year's steps, where they differ from the settings'
    defaults (CALENDAR_*): {"survey_end": "2026-11-25", ...}."""

    __tablename__ = "campaign_calendar"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    dates: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SiteValue(Base):
    """Values every host of one installation must share, kept in its database: the secret
    key that signs page sessions and Digest nonces (when the settings give none), made
    once by whichever host starts first."""

    __tablename__ = "site_value"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(1024))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DocumentSettingsRow(Base):
    """A year's document settings (numbers, dates, signers...) as the JSON of
    dossier.settings_to_dict; anything left out takes DocumentSettings' default."""

    __tablename__ = "document_settings"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
