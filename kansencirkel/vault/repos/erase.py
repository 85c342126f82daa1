"""Complete erasure of one child (end of the bewaartermijn, or a justified request).

Everything linked goes in one transaction, with SQLite's secure_delete on so freed cells and
pages are zeroed, followed by a VACUUM (every page written anew: a rebalance can leave stale
cell copies in a page's unallocated gap) and a WAL checkpoint so no old page lingers in the
-wal file. People
who belong only to this child (parents, or anyone not linked elsewhere and not a team member)
go too. The audit event names ids only.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from kansencirkel.core.enums import AuditKind
from kansencirkel.vault.models import (
    ActionElementRow,
    ActionRow,
    AssessmentRow,
    ChildRow,
    ConsentAudienceRow,
    ConsentPartRow,
    ConsentRow,
    DraftRow,
    ElementScoreRow,
    HandoverSeenRow,
    InvolvementRow,
    MeetingAttendeeRow,
    MeetingRow,
    NoteElementRow,
    NoteRow,
    NoteVersionRow,
    PersonRow,
    PerspectiveLatestRow,
)
from kansencirkel.vault.repos.base import RepoContext, get_or_404


def own_people(s: Session, child_id: str, regiehouder_id: str | None) -> list[str]:
    """Persons linked to this child and to no other child, who are not team members."""
    linked = set(
        s.scalars(select(InvolvementRow.person_id).where(InvolvementRow.child_id == child_id))
    )
    linked |= {
        p
        for p in s.scalars(select(ActionRow.owner_id).where(ActionRow.child_id == child_id))
        if p is not None
    }
    if regiehouder_id:
        linked.add(regiehouder_id)
    if not linked:
        return []
    elsewhere = set(
        s.scalars(
            select(InvolvementRow.person_id).where(
                InvolvementRow.person_id.in_(linked), InvolvementRow.child_id != child_id
            )
        )
    )
    elsewhere |= set(
        s.scalars(
            select(ActionRow.owner_id).where(
                ActionRow.owner_id.in_(linked), ActionRow.child_id != child_id
            )
        )
    )
    elsewhere |= set(
        s.scalars(
            select(ChildRow.regiehouder_id).where(
                ChildRow.regiehouder_id.in_(linked), ChildRow.id != child_id
            )
        )
    )
    members = set(
        s.scalars(
            select(PersonRow.id).where(
                PersonRow.id.in_(linked), PersonRow.team_member_id.is_not(None)
            )
        )
    )
    return sorted(linked - elsewhere - members)


def erase_child(ctx: RepoContext, child_id: str) -> None:
    with ctx.tx(secure_delete=True) as s:
        child = get_or_404(s, ChildRow, child_id, "Dit kind")
        people = own_people(s, child_id, child.regiehouder_id)
        assessments = select(AssessmentRow.id).where(AssessmentRow.child_id == child_id)
        actions = select(ActionRow.id).where(ActionRow.child_id == child_id)
        meetings = select(MeetingRow.id).where(MeetingRow.child_id == child_id)
        notes = select(NoteRow.id).where(NoteRow.child_id == child_id)
        consents = select(ConsentRow.id).where(ConsentRow.child_id == child_id)
        for stmt in (
            delete(ElementScoreRow).where(ElementScoreRow.assessment_id.in_(assessments)),
            delete(AssessmentRow).where(AssessmentRow.child_id == child_id),
            delete(PerspectiveLatestRow).where(PerspectiveLatestRow.child_id == child_id),
            delete(ActionElementRow).where(ActionElementRow.action_id.in_(actions)),
            delete(ActionRow).where(ActionRow.child_id == child_id),
            delete(MeetingAttendeeRow).where(MeetingAttendeeRow.meeting_id.in_(meetings)),
            delete(MeetingRow).where(MeetingRow.child_id == child_id),
            delete(NoteElementRow).where(NoteElementRow.note_id.in_(notes)),
            delete(NoteVersionRow).where(NoteVersionRow.note_id.in_(notes)),
            delete(NoteRow).where(NoteRow.child_id == child_id),
            delete(ConsentPartRow).where(ConsentPartRow.consent_id.in_(consents)),
            delete(ConsentAudienceRow).where(ConsentAudienceRow.consent_id.in_(consents)),
            delete(ConsentRow).where(ConsentRow.child_id == child_id),
            delete(DraftRow).where(DraftRow.child_id == child_id),
            delete(HandoverSeenRow).where(HandoverSeenRow.child_id == child_id),
            delete(InvolvementRow).where(InvolvementRow.child_id == child_id),
            delete(ChildRow).where(ChildRow.id == child_id),
            delete(PersonRow).where(
                PersonRow.id.in_(people),
                # a person still linked anywhere stays (defensive; own_people checked it)
                ~or_(
                    PersonRow.id.in_(select(InvolvementRow.person_id)),
                    PersonRow.id.in_(
                        select(ChildRow.regiehouder_id).where(ChildRow.regiehouder_id.is_not(None))
                    ),
                ),
            ),
        ):
            s.execute(stmt, execution_options={"synchronize_session": False})
        ctx.audit(s, AuditKind.ERASE, "child", child_id, child_id, f"persons:{len(people)}")
    ctx.checkpoint(vacuum=True)  # no copy of a moved cell left in any page's free gap
