"""Children: the list with what needs attention, one child's file, and its life cycle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, ChildStatus
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import CaseFile, Child, ChildSummary
from kansencirkel.core.retention import RetentionDue
from kansencirkel.vault.meta import SNAPSHOT_AT, SNAPSHOT_OF, flag_value, snapshot_moment
from kansencirkel.vault.models import (
    ChildRow,
    InvolvementRow,
    MetaRow,
    PersonRow,
)
from kansencirkel.vault.repos.actions import load_actions
from kansencirkel.vault.repos.assessments import load_assessments
from kansencirkel.vault.repos.base import RepoContext, changed_fields, get_or_404, new_id, reject
from kansencirkel.vault.repos.consents import load_consents
from kansencirkel.vault.repos.convert import (
    child_from_row,
    load_child,
    retention_years,
)
from kansencirkel.vault.repos.erase import erase_child
from kansencirkel.vault.repos.meetings import load_meetings
from kansencirkel.vault.repos.notes import load_note_versions, load_notes
from kansencirkel.vault.repos.people import load_involvements, mark_regiehouder
from kansencirkel.vault.repos.retention import retention_due
from kansencirkel.vault.repos.settings import read_compare_months
from kansencirkel.vault.repos.summaries import child_summaries, first_screen
from kansencirkel.vault.repos.versions import claim
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT

_FIELDS = ("given_name", "family_name", "school", "group", "date_of_birth", "opened_on")


class ChildrenRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def count(self) -> int:
        with self._ctx.tx() as s:
            return int(s.scalar(select(func.count()).select_from(ChildRow)) or 0)

    def get(self, child_id: str) -> Child:
        with self._ctx.tx() as s:
            child = load_child(s, get_or_404(s, ChildRow, child_id, "Dit kind"))
            self._ctx.audit(s, AuditKind.VIEW, "child", child_id, child_id)
            return child

    def case_file(self, child_id: str, *, include_superseded: bool = False) -> CaseFile:
        """Everything about one child in one read (one VIEW event); ``include_superseded``
        adds the history: corrected-away versions of assessments (``CaseFile.superseded``),
        withdrawn ones (``withdrawn``) and earlier versions of notes (``note_versions``)."""
        with self._ctx.tx() as s:
            child = load_child(s, get_or_404(s, ChildRow, child_id, "Dit kind"))
            wanted = ("is_demo", SNAPSHOT_OF, SNAPSHOT_AT)
            rows = s.execute(select(MetaRow.key, MetaRow.value).where(MetaRow.key.in_(wanted)))
            values = {str(k): str(v) for k, v in rows}
            readings = load_assessments(s, child_id, include_superseded, include_superseded)
            current = [a for a in readings if a.is_current]
            case = CaseFile(
                child=child,
                involvements=tuple(load_involvements(s, child_id)),
                assessments=tuple(a for a in current if not a.is_withdrawn),
                superseded=tuple(a for a in readings if not a.is_current),
                withdrawn=tuple(a for a in current if a.is_withdrawn),
                note_versions=tuple(load_note_versions(s, child_id)) if include_superseded else (),
                actions=tuple(load_actions(s, child_id)),
                meetings=tuple(load_meetings(s, child_id)),
                notes=tuple(load_notes(s, child_id)),
                consents=tuple(load_consents(s, child_id)),
                is_demo=flag_value(values.get("is_demo")),
                compare_months=read_compare_months(s),
                snapshot_at=snapshot_moment(values),
            )
            self._ctx.audit(s, AuditKind.VIEW, "case_file", child_id, child_id)
            return case

    def retention_due(self, today: date | None = None) -> list[RetentionDue]:
        """Closed files past the vault's bewaartermijn on ``today`` (default: the clock's)."""
        with self._ctx.tx() as s:
            return retention_due(s, today or clock.today())

    def summaries(self, today: date) -> list[ChildSummary]:
        """The children list with what needs attention: a handful of aggregate queries."""
        with self._ctx.tx() as s:
            return child_summaries(s, today)

    def first_screen(
        self, today: date, n: int, status: ChildStatus | None = ChildStatus.ACTIEF
    ) -> list[ChildSummary]:
        """The first ``n`` rows of :meth:`summaries` in name order (of ``status`` children):
        painted at once after unlock while the whole list is read."""
        with self._ctx.tx() as s:
            return first_screen(s, today, n, status)

    # --- writes --------------------------------------------------------------------------

    def create(
        self,
        given_name: str,
        family_name: str,
        school: str = "",
        group: str = "",
        date_of_birth: date | None = None,
        opened_on: date | None = None,
    ) -> Written[Child]:
        opened_on = opened_on or clock.today()
        rules.child(
            STRICT,
            given_name=given_name,
            family_name=family_name,
            school=school,
            group=group,
            date_of_birth=date_of_birth,
            opened_on=opened_on,
        )
        row = ChildRow(
            id=new_id(),
            given_name=given_name.strip(),
            family_name=family_name.strip(),
            date_of_birth=date_of_birth,
            school=school,
            school_group=group,
            status=ChildStatus.ACTIEF.value,
            opened_on=opened_on,
            closed_on=None,
            regiehouder_id=None,
        )
        with self._ctx.tx() as s:
            s.add(row)
            s.flush()
            self._ctx.audit(s, AuditKind.CREATE, "child", row.id, row.id)
            return Written(child_from_row(row, None, retention_years(s)), Changes.child(row.id))

    def update(
        self, child_id: str, *, expected_version: int | None = None, **fields: object
    ) -> Written[Child]:
        """Change the child's details. ``expected_version``: the version the edit was based
        on; when the child has a newer one, EditConflict (nothing written). So for every save
        below."""
        if set(fields) - set(_FIELDS):
            raise reject(N_("Dit gegeven van een kind bestaat niet."))
        with self._ctx.tx() as s:
            row = self._claim(s, child_id, expected_version, fields)
            record: dict[str, object] = {
                "given_name": row.given_name,
                "family_name": row.family_name,
                "school": row.school,
                "group": row.school_group,
                "date_of_birth": row.date_of_birth,
                "opened_on": row.opened_on,
                **fields,
            }
            rules.child(STRICT, **record)  # the child as it will be, as a whole
            if row.closed_on is not None:
                rules.closing(STRICT, opened_on=record["opened_on"], closed_on=row.closed_on)
            for key, value in fields.items():
                if key in ("given_name", "family_name"):
                    value = str(value).strip()
                setattr(row, "school_group" if key == "group" else key, value)
            self._ctx.audit(
                s, AuditKind.CHANGE, "child", child_id, child_id, changed_fields(fields)
            )
            return Written(load_child(s, row), Changes.child(child_id))

    def close(
        self, child_id: str, on: date, *, expected_version: int | None = None
    ) -> Written[Child]:
        with self._ctx.tx() as s:
            row = self._claim(s, child_id, expected_version, {"on": on})
            rules.closing(STRICT, opened_on=row.opened_on, closed_on=on)
            row.status, row.closed_on = ChildStatus.AFGESLOTEN.value, on
            self._ctx.audit(s, AuditKind.CHANGE, "child", child_id, child_id, "close")
            return Written(load_child(s, row), Changes.child(child_id))

    def reopen(self, child_id: str, *, expected_version: int | None = None) -> Written[Child]:
        with self._ctx.tx() as s:
            row = self._claim(s, child_id, expected_version, {})
            row.status, row.closed_on = ChildStatus.ACTIEF.value, None
            self._ctx.audit(s, AuditKind.CHANGE, "child", child_id, child_id, "reopen")
            return Written(load_child(s, row), Changes.child(child_id))

    def set_regiehouder(
        self, child_id: str, person_id: str | None, *, expected_version: int | None = None
    ) -> Written[Child]:
        """Make ``person_id`` the regiehouder (involving them if needed), or clear it."""
        with self._ctx.tx() as s:
            row = self._claim(s, child_id, expected_version, {"person_id": person_id})
            if person_id is not None:
                person = get_or_404(s, PersonRow, person_id, "Deze persoon")
                if s.get(InvolvementRow, (child_id, person_id)) is None:
                    s.add(
                        InvolvementRow(
                            child_id=child_id,
                            person_id=person_id,
                            role=person.role,
                            is_regiehouder=True,
                            remark="",
                        )
                    )
                    s.flush()
            mark_regiehouder(s, row, person_id)
            self._ctx.audit(s, AuditKind.CHANGE, "child", child_id, child_id, "regiehouder")
            return Written(load_child(s, row), Changes.child(child_id))

    @staticmethod
    def _claim(
        s: Session, child_id: str, expected: int | None, mine: dict[str, object]
    ) -> ChildRow:
        row = get_or_404(s, ChildRow, child_id, "Dit kind")
        return claim(s, row, "Dit kind", expected, mine=mine, theirs=lambda r: load_child(s, r))

    def erase(self, child_id: str) -> Changes:
        """Complete erasure of the child and everything linked, logged with ids only."""
        erase_child(self._ctx, child_id)
        return Changes.child(child_id)
