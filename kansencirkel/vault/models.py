"""SQLAlchemy declarative models of the vault (DESIGN §5).

Repositories turn these rows into :mod:`kansencirkel.core.model` dataclasses; nothing above the
vault sees an ORM object. Enums are stored as their string values (checked by CHECK
constraints), dates as ISO text, moments as UTC. The audit table has no foreign keys on purpose:
its rows must survive the erasure of the records they name.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    AuditKind,
    ChildStatus,
    Consenter,
    MeetingKind,
    MeetingStatus,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.evaluation import Helped
from kansencirkel.core.pulse import PulseQuestion, PulseSide
from kansencirkel.vault.sealed import Sealed, SealedDate

UUID_LEN = 36


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC text and hands them back UTC-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the vault stores aware UTC moments only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def one_of(column: str, values: Iterable[str], *, nullable: bool = False) -> str:
    """SQL text of a CHECK that ``column`` holds one of ``values`` (stable enum strings)."""
    listed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {check}" if nullable else check


def _enum_check(column: str, enum: type[StrEnum], table: str, *, nullable: bool = False) -> Any:
    return CheckConstraint(
        one_of(column, (e.value for e in enum), nullable=nullable), name=f"ck_{table}_{column}"
    )


def _element_check(table: str) -> Any:
    return CheckConstraint(one_of("element_key", ELEMENT_KEYS), name=f"ck_{table}_element_key")


class Base(DeclarativeBase):
    metadata = MetaData()
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), str: Text()}


def _id() -> Mapped[str]:
    return mapped_column(String(UUID_LEN), primary_key=True)


def _child_fk() -> Mapped[str]:
    return mapped_column(String(UUID_LEN), ForeignKey("children.id", ondelete="CASCADE"))


class PersonRow(Base):
    __tablename__ = "persons"
    __table_args__ = (_enum_check("role", Role, "persons"),)

    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(Sealed("persons", "name"))
    role: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(Sealed("persons", "organisation"), default="")
    phone: Mapped[str] = mapped_column(Sealed("persons", "phone"), default="")
    email: Mapped[str] = mapped_column(Sealed("persons", "email"), default="")
    team_member_id: Mapped[str | None] = mapped_column(String(UUID_LEN), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ChildRow(Base):
    __tablename__ = "children"
    __table_args__ = (
        _enum_check("status", ChildStatus, "children"),
        CheckConstraint("length(trim(given_name)) > 0", name="ck_children_given_name"),
        Index("ix_children_status_name", "status", "family_name", "given_name"),
    )

    id: Mapped[str] = _id()
    given_name: Mapped[str] = mapped_column(Sealed("children", "given_name"))
    family_name: Mapped[str] = mapped_column(Sealed("children", "family_name"))
    date_of_birth: Mapped[date | None] = mapped_column(SealedDate("children", "date_of_birth"))
    school: Mapped[str] = mapped_column(Sealed("children", "school"), default="")
    school_group: Mapped[str] = mapped_column(Sealed("children", "school_group"), default="")
    status: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    regiehouder_id: Mapped[str | None] = mapped_column(
        String(UUID_LEN), ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class InvolvementRow(Base):
    __tablename__ = "involvements"
    __table_args__ = (_enum_check("role", Role, "involvements"),)

    child_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(
        String(UUID_LEN),
        ForeignKey("persons.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    )
    role: Mapped[str] = mapped_column(String(20))
    is_regiehouder: Mapped[bool] = mapped_column(default=False)
    remark: Mapped[str] = mapped_column(Sealed("involvements", "remark"), default="")


class AssessmentRow(Base):
    __tablename__ = "assessments"
    __table_args__ = (
        _enum_check("perspective", Perspective, "assessments"),
        _enum_check("given_by_role", Role, "assessments"),
        CheckConstraint("version >= 1", name="ck_assessments_version"),
        CheckConstraint("length(trim(goes_well)) > 0", name="ck_assessments_goes_well"),
        Index("ix_assessments_lineage_version", "lineage_id", "version", unique=True),
        Index("ix_assessments_child_date", "child_id", "assessed_on"),
        # Covers the children list's "latest reading per perspective" aggregate.
        Index("ix_assessments_current", "superseded_at", "child_id", "perspective", "assessed_on"),
    )

    id: Mapped[str] = _id()
    child_id: Mapped[str] = _child_fk()
    perspective: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[date]
    given_by: Mapped[str] = mapped_column(Sealed("assessments", "given_by"))
    given_by_role: Mapped[str] = mapped_column(String(20))
    goes_well: Mapped[str] = mapped_column(Sealed("assessments", "goes_well"))
    wishes: Mapped[str] = mapped_column(Sealed("assessments", "wishes"), default="")
    recorded_by: Mapped[str] = mapped_column(Sealed("assessments", "recorded_by"))
    recorded_at: Mapped[datetime]
    lineage_id: Mapped[str] = mapped_column(String(UUID_LEN))
    version: Mapped[int] = mapped_column(Integer, default=1)
    superseded_at: Mapped[datetime | None]
    correction_reason: Mapped[str] = mapped_column(
        Sealed("assessments", "correction_reason"), default=""
    )
    # Withdrawn (entered for the wrong child): kept for the history, out of everything else.
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str] = mapped_column(
        Sealed("assessments", "withdrawn_by"), default="", server_default=""
    )
    withdraw_reason: Mapped[str] = mapped_column(
        Sealed("assessments", "withdraw_reason"), default="", server_default=""
    )


class PerspectiveLatestRow(Base):
    """Date of each child's latest current reading per perspective, kept by SQL triggers.

    The children list needs this for 10,000 children at once; aggregating 400,000 assessments
    on every refresh was the slowest part of it (see LATEST_TRIGGERS).
    """

    __tablename__ = "perspective_latest"
    __table_args__ = ({"sqlite_with_rowid": False},)

    child_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    perspective: Mapped[str] = mapped_column(String(20), primary_key=True)
    assessed_on: Mapped[date]


class ElementScoreRow(Base):
    """Exactly eight per assessment; score NULL means 'weet niet / niet besproken'."""

    __tablename__ = "element_scores"
    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="ck_element_scores_score"),
        _element_check("element_scores"),
        # 8 rows per assessment, 3M+ rows in a big vault: store the key once.
        {"sqlite_with_rowid": False},
    )

    assessment_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    element_key: Mapped[str] = mapped_column(String(30), primary_key=True)
    score: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Sealed("element_scores", "note"), default="")
    # "Hier wil ik over praten", marked by the child or parent in samen invullen (0003).
    talk: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class MeetingRow(Base):
    __tablename__ = "meetings"
    __table_args__ = (
        _enum_check("kind", MeetingKind, "meetings"),
        _enum_check("status", MeetingStatus, "meetings"),
        Index("ix_meetings_child_held", "child_id", "held_on"),
        Index("ix_meetings_held_on", "held_on"),
        Index("ix_meetings_next_on", "next_on"),
    )

    id: Mapped[str] = _id()
    child_id: Mapped[str] = _child_fk()
    held_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Sealed("meetings", "summary"), default="")
    decisions: Mapped[str] = mapped_column(Sealed("meetings", "decisions"), default="")
    next_on: Mapped[date | None]
    # gepland: held_on is the date in the diary; gehouden: the overleg took place then.
    status: Mapped[str] = mapped_column(
        String(20), default=MeetingStatus.GEHOUDEN.value, server_default="gehouden"
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MeetingAttendeeRow(Base):
    __tablename__ = "meeting_attendees"

    meeting_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Sealed("meeting_attendees", "name"))


class ActionRow(Base):
    __tablename__ = "actions"
    __table_args__ = (
        _enum_check("status", ActionStatus, "actions"),
        CheckConstraint(
            "due_on IS NULL OR start_on IS NULL OR due_on >= start_on", name="ck_actions_dates"
        ),
        CheckConstraint("length(trim(what)) > 0", name="ck_actions_what"),
        _enum_check("helped", Helped, "actions", nullable=True),
        Index("ix_actions_child_status_due", "child_id", "status", "due_on"),
        Index("ix_actions_evaluated_on", "evaluated_on"),  # the "Wat werkt" view's period
    )

    id: Mapped[str] = _id()
    child_id: Mapped[str] = _child_fk()
    what: Mapped[str] = mapped_column(Sealed("actions", "what"))
    owner_id: Mapped[str | None] = mapped_column(
        String(UUID_LEN), ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    start_on: Mapped[date | None]
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))
    evaluation: Mapped[str] = mapped_column(Sealed("actions", "evaluation"), default="")
    meeting_id: Mapped[str | None] = mapped_column(
        String(UUID_LEN), ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    kind: Mapped[str | None] = mapped_column(String(40))  # a key of core.kinds
    helped: Mapped[str | None] = mapped_column(String(20))  # core.evaluation.Helped
    evaluated_on: Mapped[date | None]
    evaluation_readings: Mapped[str] = mapped_column(default="", server_default="")  # JSON
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MeetingPulseRow(Base):
    """How the cooperation went, one side's answers after one overleg (core.pulse)."""

    __tablename__ = "meeting_pulses"
    __table_args__ = (
        _enum_check("side", PulseSide, "meeting_pulses"),
        *(
            CheckConstraint(
                f"{q.value} IS NULL OR {q.value} BETWEEN 1 AND 5",
                name=f"ck_meeting_pulses_{q.value}",
            )
            for q in PulseQuestion
        ),
    )

    meeting_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    side: Mapped[str] = mapped_column(String(20), primary_key=True)
    right_people: Mapped[int | None] = mapped_column(Integer)
    right_people_note: Mapped[str] = mapped_column(
        Sealed("meeting_pulses", "right_people_note"), default=""
    )
    regie: Mapped[int | None] = mapped_column(Integer)
    regie_note: Mapped[str] = mapped_column(Sealed("meeting_pulses", "regie_note"), default="")
    next_steps: Mapped[int | None] = mapped_column(Integer)
    next_steps_note: Mapped[str] = mapped_column(
        Sealed("meeting_pulses", "next_steps_note"), default=""
    )
    created_at: Mapped[datetime]


class ActionElementRow(Base):
    __tablename__ = "action_elements"
    __table_args__ = (_element_check("action_elements"),)

    action_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True
    )
    element_key: Mapped[str] = mapped_column(String(30), primary_key=True)


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (
        _enum_check("visibility", Visibility, "notes"),
        Index("ix_notes_child_written", "child_id", "written_on"),
    )

    id: Mapped[str] = _id()
    child_id: Mapped[str] = _child_fk()
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Sealed("notes", "text"))
    visibility: Mapped[str] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(Sealed("notes", "author"))
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Removed: kept for the audit trail and history, gone from screens and reports.
    removed_at: Mapped[datetime | None]
    removed_by: Mapped[str] = mapped_column(
        Sealed("notes", "removed_by"), default="", server_default=""
    )
    remove_reason: Mapped[str] = mapped_column(
        Sealed("notes", "remove_reason"), default="", server_default=""
    )


class NoteVersionRow(Base):
    """An earlier version of a note, written when an edit or reclassification replaced it."""

    __tablename__ = "note_versions"
    __table_args__ = (
        _enum_check("visibility", Visibility, "note_versions"),
        CheckConstraint("version >= 1", name="ck_note_versions_version"),
    )

    note_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Sealed("note_versions", "text"))
    elements: Mapped[str] = mapped_column(default="")  # element keys, comma-separated
    visibility: Mapped[str] = mapped_column(String(20))
    replaced_at: Mapped[datetime]
    replaced_by: Mapped[str] = mapped_column(Sealed("note_versions", "replaced_by"))
    reason: Mapped[str] = mapped_column(Sealed("note_versions", "reason"))


class NoteElementRow(Base):
    __tablename__ = "note_elements"
    __table_args__ = (_element_check("note_elements"),)

    note_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    element_key: Mapped[str] = mapped_column(String(30), primary_key=True)


class ConsentRow(Base):
    __tablename__ = "consents"
    __table_args__ = (
        _enum_check("consenter", Consenter, "consents"),
        Index("ix_consents_child", "child_id", "given_on"),
    )

    id: Mapped[str] = _id()
    child_id: Mapped[str] = _child_fk()
    consenter: Mapped[str] = mapped_column(String(20))
    given_by: Mapped[str] = mapped_column(Sealed("consents", "given_by"))
    given_on: Mapped[date]
    expires_on: Mapped[date | None]
    withdrawn_on: Mapped[date | None]
    remark: Mapped[str] = mapped_column(Sealed("consents", "remark"), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ConsentPartRow(Base):
    __tablename__ = "consent_parts"

    consent_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[str] = mapped_column(String(30), primary_key=True)


class ConsentAudienceRow(Base):
    __tablename__ = "consent_audiences"
    __table_args__ = (_enum_check("audience", Audience, "consent_audiences"),)

    consent_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True
    )
    audience: Mapped[str] = mapped_column(String(20), primary_key=True)


class DraftRow(Base):
    __tablename__ = "drafts"
    __table_args__ = (
        _enum_check("perspective", Perspective, "drafts", nullable=True),
        Index("ix_drafts_child", "child_id", "updated_at"),
        Index("ix_drafts_author", "author_id", "updated_at"),
    )

    id: Mapped[str] = _id()
    child_id: Mapped[str] = _child_fk()
    perspective: Mapped[str | None] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Sealed("drafts", "payload"))  # JSON text
    author_id: Mapped[str] = mapped_column(String(UUID_LEN))
    author: Mapped[str] = mapped_column(Sealed("drafts", "author"))
    updated_at: Mapped[datetime]


class HandoverSeenRow(Base):
    """A state of a record this vault sent or received in a hand-over: its fingerprint
    (SHA-256 of the content), never the content (``vault.repos.handover_merge``)."""

    __tablename__ = "handover_seen"

    child_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    record: Mapped[str] = mapped_column(String(80), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str]


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str]


class AuditEventRow(Base):
    """Append-only (triggers in the migration), hash-chained (see :mod:`.audit`)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        _enum_check("kind", AuditKind, "audit_events"),
        Index("ix_audit_events_child", "child_id", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(Sealed("audit_events", "actor"))
    kind: Mapped[str] = mapped_column(String(20))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    child_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    detail: Mapped[str] = mapped_column(Sealed("audit_events", "detail"), default="")
    #: On whose behalf (0009); NULL when the actor acted for themself. Only a non-empty
    #: value enters the hash, so the chains of events before 0009 verify unchanged.
    on_behalf_of: Mapped[str | None] = mapped_column(Sealed("audit_events", "on_behalf_of"))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


#: Audit triggers created by the initial migration (and by tests that recreate them).
AUDIT_TRIGGERS: dict[str, str] = {
    "audit_events_no_update": (
        "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    ),
    "audit_events_no_delete": (
        "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    ),
}

_RECOMPUTE = (
    "DELETE FROM perspective_latest WHERE child_id = {r}.child_id"
    " AND perspective = {r}.perspective; "
    "INSERT INTO perspective_latest (child_id, perspective, assessed_on)"
    " SELECT child_id, perspective, max(assessed_on) FROM assessments"
    " WHERE child_id = {r}.child_id AND perspective = {r}.perspective"
    " AND superseded_at IS NULL AND withdrawn_at IS NULL GROUP BY child_id, perspective; "
)

#: Keep perspective_latest in step with assessments (created by the initial migration).
LATEST_TRIGGERS: dict[str, str] = {
    "assessments_latest_insert": (
        "CREATE TRIGGER assessments_latest_insert AFTER INSERT ON assessments"
        " WHEN NEW.superseded_at IS NULL AND NEW.withdrawn_at IS NULL BEGIN"
        " INSERT INTO perspective_latest (child_id, perspective, assessed_on)"
        " VALUES (NEW.child_id, NEW.perspective, NEW.assessed_on)"
        " ON CONFLICT (child_id, perspective) DO UPDATE"
        " SET assessed_on = max(assessed_on, excluded.assessed_on); END"
    ),
    "assessments_latest_update": (
        "CREATE TRIGGER assessments_latest_update AFTER UPDATE OF"
        " child_id, perspective, assessed_on, superseded_at, withdrawn_at ON assessments BEGIN "
        + _RECOMPUTE.format(r="OLD")
        + _RECOMPUTE.format(r="NEW")
        + "END"
    ),
    "assessments_latest_delete": (
        "CREATE TRIGGER assessments_latest_delete AFTER DELETE ON assessments BEGIN "
        + _RECOMPUTE.format(r="OLD")
        + "END"
    ),
}
