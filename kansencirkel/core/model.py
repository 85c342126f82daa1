"""Plain dataclasses that the vault returns and the UI, charts and reports consume.

Views never see a database session: a use case in :mod:`kansencirkel.vault` opens one, does its
work and returns these. They are frozen so a view cannot change data behind the vault's back.
IDs are UUID strings; dates are :class:`datetime.date`; moments are timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from kansencirkel.core.attention import next_meeting_dates, still_missing, upcoming_meeting
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

#: Perspectives are compared within this many months of the newest reading unless the vault
#: says otherwise (``core.window``; the vault setting ``compare_window_months``).
DEFAULT_COMPARE_MONTHS = 4


def age_on(date_of_birth: date | None, on: date) -> int | None:
    """Whole years on ``on``; None when the date of birth is not recorded."""
    if date_of_birth is None:
        return None
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


@dataclass(frozen=True, slots=True)
class TeamMember:
    """Someone who can unlock the vault (has a key slot)."""

    id: str
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Person:
    """Someone around a child: team members recur across children, parents belong to one."""

    id: str
    name: str
    role: Role
    organisation: str = ""
    phone: str = ""
    email: str = ""
    team_member_id: str | None = None
    version: int = 1  # counts up with every save; a save over a newer one is a conflict


@dataclass(frozen=True, slots=True)
class Involvement:
    """A person's part in one child's case ("korte lijnen")."""

    person: Person
    role: Role
    is_regiehouder: bool = False
    remark: str = ""


@dataclass(frozen=True, slots=True)
class Child:
    id: str
    given_name: str
    family_name: str
    date_of_birth: date | None
    school: str
    group: str
    status: ChildStatus
    opened_on: date
    closed_on: date | None = None
    regiehouder: Person | None = None
    retention_until: date | None = None
    version: int = 1  # counts up with every save; a save over a newer one is a conflict

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def initials(self) -> str:
        parts = [
            p
            for p in (self.given_name, self.family_name.split()[-1] if self.family_name else "")
            if p
        ]
        return "".join(p[0].upper() + "." for p in parts)

    def age(self, on: date) -> int | None:
        return age_on(self.date_of_birth, on)


@dataclass(frozen=True, slots=True)
class ChildSummary:
    """One row of the children list, with what needs attention (never a score)."""

    child: Child
    open_actions: int = 0
    overdue_actions: int = 0
    next_meeting: date | None = None
    meeting_due: bool = False
    missing_perspectives: tuple[Perspective, ...] = ()
    stale_perspectives: tuple[Perspective, ...] = ()
    last_assessment: date | None = None

    @property
    def needs_attention(self) -> bool:
        return bool(
            self.overdue_actions
            or self.meeting_due
            or self.missing_perspectives
            or self.stale_perspectives
        )


Scores = Mapping[str, int | None]


@dataclass(frozen=True, slots=True)
class Assessment:
    """One meting: eight scores (1–5 or None for 'weet niet') from one perspective on one date.

    Corrections are new versions: ``version`` counts up within ``lineage_id`` and
    ``superseded_at`` is set on the older one, which stays in the history. One entered for
    the wrong child is withdrawn (``withdrawn_at``, with who and why): it stays in the history
    but is left out of stars, topics, reports and the children list.
    """

    id: str
    child_id: str
    perspective: Perspective
    assessed_on: date
    given_by: str  # name of the person who gave the scores
    given_by_role: Role
    scores: Scores
    notes: Mapping[str, str]
    goes_well: str
    wishes: str
    recorded_by: str  # team member who typed it
    recorded_at: datetime
    lineage_id: str
    version: int = 1
    superseded_at: datetime | None = None
    correction_reason: str = ""
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""
    withdraw_reason: str = ""
    # Elements the child or parent marked "hier wil ik over praten" (samen invullen).
    talk: frozenset[str] = frozenset()

    @property
    def is_current(self) -> bool:
        return self.superseded_at is None

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def score(self, key: str) -> int | None:
        return self.scores.get(key)

    def known_count(self) -> int:
        return sum(1 for k in ELEMENT_KEYS if self.scores.get(k) is not None)


def reading_order(a: Assessment) -> tuple[date, datetime]:
    """Sort key for readings: by date, then by when typed (so the later entry of a day wins)."""
    return (a.assessed_on, a.recorded_at)


@dataclass(frozen=True, slots=True)
class AssessmentInput:
    """What the entry form hands the vault to save (a new assessment or a correction)."""

    child_id: str
    perspective: Perspective
    assessed_on: date
    given_by: str
    given_by_role: Role
    scores: Scores
    notes: Mapping[str, str] = field(default_factory=dict)
    goes_well: str = ""
    wishes: str = ""
    corrects_id: str | None = None  # id of the version this one replaces
    correction_reason: str = ""
    talk: frozenset[str] = frozenset()  # "hier wil ik over praten" elements
    samen: bool = False  # filled in by the child or parent themselves (samen invullen)


@dataclass(frozen=True, slots=True)
class Draft:
    """An assessment being typed, saved into the vault as the user types."""

    id: str
    child_id: str
    perspective: Perspective | None
    payload: Mapping[str, object]  # JSON-compatible form state
    updated_at: datetime
    author: str


# -- an afspraak's evaluation (the rules that fill it are in core.evaluation) ---------------


class Helped(StrEnum):
    """ "Heeft het geholpen?" — the team's answer, never computed from the scores."""

    JA = "ja"
    DEELS = "deels"
    NEE = "nee"
    WEET_NOG_NIET = "weet_nog_niet"


@dataclass(frozen=True, slots=True)
class ReadingRef:
    """One reading an evaluation was based on: which version, on which day, which score."""

    assessment_id: str
    lineage_id: str
    version: int
    assessed_on: date
    score: int | None  # None: "weet niet"

    @staticmethod
    def of(a: Assessment, element: str) -> ReadingRef:
        return ReadingRef(a.id, a.lineage_id, a.version, a.assessed_on, a.score(element))


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    element: str
    perspective: Perspective
    before: ReadingRef | None
    after: ReadingRef | None  # None: "nog geen nieuwe meting"

    @property
    def rise(self) -> int | None:
        """After minus before when both are known; None otherwise."""
        if self.before is None or self.after is None:
            return None
        if self.before.score is None or self.after.score is None:
            return None
        return self.after.score - self.before.score


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The team's answer to "heeft het geholpen?", its sentence, and the readings it saw."""

    helped: Helped
    sentence: str
    evaluated_on: date
    readings: tuple[BeforeAfter, ...] = ()


@dataclass(frozen=True, slots=True)
class Action:
    """An afspraak: who does what, by when, for which element(s).

    ``evaluation`` is the team's sentence; ``evaluated`` the answer to "heeft het geholpen?"
    with the readings it was based on (None: not evaluated). ``kind`` is a key of the vault's
    list of kinds (``core.kinds``), or None.
    """

    id: str
    child_id: str
    what: str
    elements: tuple[str, ...]
    owner: Person | None
    start_on: date | None
    due_on: date | None
    status: ActionStatus
    evaluation: str = ""
    meeting_id: str | None = None
    kind: str | None = None
    evaluated: Evaluation | None = None
    version: int = 1  # counts up with every save; a save over a newer one is a conflict

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.due_on is not None and self.due_on < today


@dataclass(frozen=True, slots=True)
class Meeting:
    """An overleg about one child: planned (``held_on`` is the date in the diary; no attendees,
    summary or decisions yet) or held."""

    id: str
    child_id: str
    held_on: date
    kind: MeetingKind
    attendees: tuple[str, ...]
    summary: str = ""
    decisions: str = ""
    next_on: date | None = None
    status: MeetingStatus = MeetingStatus.GEHOUDEN
    version: int = 1  # counts up with every save; a save over a newer one is a conflict

    @property
    def is_planned(self) -> bool:
        return self.status is MeetingStatus.GEPLAND


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    child_id: str
    written_on: date
    text: str
    elements: tuple[str, ...]
    visibility: Visibility
    author: str
    version: int = 1  # counts up with every edit or change of visibility


@dataclass(frozen=True, slots=True)
class NoteVersion:
    """An earlier version of a note, kept when it was replaced: what it said, and who
    replaced it when and why."""

    note_id: str
    version: int
    written_on: date
    text: str
    elements: tuple[str, ...]
    visibility: Visibility
    replaced_at: datetime
    replaced_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class Consent:
    """Toestemming: who agreed that which parts may be shared with whom, and for how long.

    ``parts`` are perspective keys (``"zorg"``, ``"kind"`` …) plus ``"notes"`` and ``"actions"``.
    """

    id: str
    child_id: str
    consenter: Consenter
    given_by: str
    parts: tuple[str, ...]
    audiences: tuple[Audience, ...]
    given_on: date
    expires_on: date | None = None
    withdrawn_on: date | None = None
    remark: str = ""
    version: int = 1  # counts up with every save; a save over a newer one is a conflict

    def valid_on(self, day: date) -> bool:
        if self.given_on > day:
            return False
        if self.expires_on is not None and self.expires_on < day:
            return False
        return self.withdrawn_on is None or self.withdrawn_on > day


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit event: who did what to which record, never the content."""

    seq: int
    at: datetime
    actor: str
    kind: AuditKind
    record_type: str
    record_id: str | None
    child_id: str | None
    detail: str = ""  # a non-personal qualifier, e.g. report kind "ouders"
    #: On whose behalf (NEN 7513): the organisation the actor works for, or ``role:<role>``
    #: of whom a reading was typed in for (see core.behalf); "" for nobody but the actor.
    on_behalf_of: str = ""


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything about one child that a report or the child's page needs, in one read."""

    child: Child
    involvements: tuple[Involvement, ...]
    assessments: tuple[Assessment, ...]  # current versions, oldest first
    actions: tuple[Action, ...]
    meetings: tuple[Meeting, ...]
    notes: tuple[Note, ...]
    consents: tuple[Consent, ...]
    is_demo: bool = False
    superseded: tuple[Assessment, ...] = ()  # corrected versions, only when asked for
    withdrawn: tuple[Assessment, ...] = ()  # withdrawn readings, only when asked for
    note_versions: tuple[NoteVersion, ...] = ()  # earlier versions of notes, when asked for
    #: The vault's window for comparing perspectives (months back from the newest reading).
    compare_months: int = DEFAULT_COMPARE_MONTHS
    #: Read from a team server's snapshot taken at this moment (read only; marked on paper).
    snapshot_at: datetime | None = None

    def latest_by_perspective(self) -> dict[Perspective, Assessment]:
        latest: dict[Perspective, Assessment] = {}
        for a in self.assessments:
            if not a.is_current:
                continue
            cur = latest.get(a.perspective)
            if cur is None or reading_order(a) >= reading_order(cur):
                latest[a.perspective] = a
        return latest

    def missing_perspectives(self) -> tuple[Perspective, ...]:
        """ "Nog geen blik van", by the same rule as the children list (:func:`still_missing`)."""
        return still_missing(
            self.latest_by_perspective(), (i.role for i in self.involvements), self.child.status
        )

    def history(self, perspective: Perspective) -> list[Assessment]:
        return sorted(
            (a for a in self.assessments if a.is_current and a.perspective == perspective),
            key=reading_order,
        )

    def next_meeting(self, today: date) -> date | None:
        """ "Volgend overleg", the same rule as the children list and the agenda: the first
        planned date or held overleg's next date from today on."""
        return upcoming_meeting(
            (d for m in self.meetings for d in next_meeting_dates(m.status, m.held_on, m.next_on)),
            today,
        )
