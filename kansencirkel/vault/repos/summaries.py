"""The children list: every child with what needs attention, in a handful of queries.

Five aggregate queries (children, open actions, meetings, latest reading per perspective,
care involvement) whatever the number of children; no query per child. The latest reading per
perspective comes from ``perspective_latest``, kept by SQL triggers (see models).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, case, func, select
from sqlalchemy.orm import Session

from kansencirkel.core.attention import (
    CARE_ROLES,
    MEETING_DUE_DAYS_KEY,
    STALE_MONTHS_KEY,
    AttentionRules,
    meeting_due,
    months_before,
    read_before,
    still_missing,
    upcoming_meeting,
)
from kansencirkel.core.enums import ActionStatus, ChildStatus, MeetingStatus, Perspective
from kansencirkel.core.model import Child, ChildSummary
from kansencirkel.core.name_order import name_key
from kansencirkel.core.retention import retention_end
from kansencirkel.vault.models import (
    ActionRow,
    ChildRow,
    InvolvementRow,
    MeetingRow,
    PersonRow,
    PerspectiveLatestRow,
    SettingRow,
)
from kansencirkel.vault.repos.convert import person_from_row, retention_years

_Sel = TypeVar("_Sel", bound=Select[*tuple[Any, ...]])
_OPEN = [s.value for s in ActionStatus if s.is_open]
# Plain dict lookups: Enum(value) calls were a fifth of the list's time at 10,000 children.
_PERSPECTIVES = {p.value: p for p in Perspective}
_STATUSES = {s.value: s for s in ChildStatus}


def _int_setting(session: Session, key: str, default: int) -> int:
    value = session.scalar(select(SettingRow.value).where(SettingRow.key == key))
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def attention_rules(session: Session) -> AttentionRules:
    base = AttentionRules()
    return AttentionRules(
        meeting_due_within_days=_int_setting(
            session, MEETING_DUE_DAYS_KEY, base.meeting_due_within_days
        ),
        stale_after_months=_int_setting(session, STALE_MONTHS_KEY, base.stale_after_months),
    )


def _on_or_after(column: Any, today: date) -> ColumnElement[date | None]:
    return case((column >= today, column), else_=None)


def first_screen(s: Session, today: date, n: int, status: ChildStatus | None) -> list[ChildSummary]:
    """The first ``n`` rows of the list sorted by name (only ``status`` children, if given):
    what the window shows right after unlock, while the whole list is read.

    Only the names of all children are read here; the rest is read for these ``n``.
    """
    c = ChildRow.__table__.c
    light = select(c.id, c.family_name, c.given_name)
    if status is not None:
        light = light.where(c.status == status.value)
    named = s.connection().execute(light).all()
    # The children list's own order (see child_summaries), then by name: ties keep it.
    named = sorted(named, key=lambda r: (r.family_name, r.given_name, r.id))
    picked = sorted(named, key=lambda r: name_key(r.family_name, r.given_name))[:n]
    order = {r.id: i for i, r in enumerate(picked)}
    return sorted(child_summaries(s, today, only=order), key=lambda x: order[x.child.id])


def _scoped(stmt: _Sel, column: Any, only: Collection[str] | None) -> _Sel:
    return stmt if only is None else stmt.where(column.in_(list(only)))


def child_summaries(
    s: Session, today: date, only: Collection[str] | None = None
) -> list[ChildSummary]:
    """Every child's summary, or those of the ``only`` ids."""
    years = retention_years(s)
    rules = attention_rules(s)
    c, p = ChildRow.__table__.c, PersonRow.__table__.c
    # Core execution on the session's connection: the ORM's row loading cost a third of the
    # list's time at 10,000 children, and none of these rows becomes an ORM object. Each
    # result is fetched at once (.all()): iterating a result fetches row by row, which cost
    # a sixth of the list's time.
    conn = s.connection()
    children = conn.execute(_scoped(select(ChildRow.__table__), c.id, only)).all()
    # The regiehouders on their own: a few persons recur across thousands of children, and
    # on a team server each of their fields is opened once here, not once per child.
    people = {
        r.id: person_from_row(r)
        for r in conn.execute(
            select(PersonRow.__table__).where(
                p.id.in_(_scoped(select(c.regiehouder_id), c.id, only).scalar_subquery())
            )
        ).all()
    }
    actions = {
        cid: (int(n), int(late or 0))
        for cid, n, late in conn.execute(
            _scoped(
                select(
                    ActionRow.child_id,
                    func.count(),
                    func.sum((ActionRow.due_on < today).cast(Integer)),
                )
                .where(ActionRow.status.in_(_OPEN))
                .group_by(ActionRow.child_id),
                ActionRow.child_id,
                only,
            ),
        ).all()
    }
    # "Volgend overleg" by the rule of core.attention.next_meeting_dates: a planned overleg's
    # own date, a held one's next date.
    planned = MeetingRow.status == MeetingStatus.GEPLAND.value
    put_forward = case((planned, MeetingRow.held_on), else_=MeetingRow.next_on)
    meetings = {
        r.child_id: r
        for r in conn.execute(
            _scoped(
                select(
                    MeetingRow.child_id,
                    func.max(case((planned, None), else_=MeetingRow.held_on)).label("last_held"),
                    func.max(put_forward).label("last_planned"),
                    func.min(_on_or_after(put_forward, today)).label("upcoming"),
                ).group_by(MeetingRow.child_id),
                MeetingRow.child_id,
                only,
            )
        ).all()
    }
    latest: dict[str, dict[Perspective, date]] = defaultdict(dict)
    for cid, persp, last in conn.execute(
        _scoped(
            select(
                PerspectiveLatestRow.child_id,
                PerspectiveLatestRow.perspective,
                PerspectiveLatestRow.assessed_on,
            ),
            PerspectiveLatestRow.child_id,
            only,
        ),
    ).all():
        latest[cid][_PERSPECTIVES[persp]] = last
    with_care = set(
        conn.scalars(
            _scoped(
                select(InvolvementRow.child_id)
                .where(InvolvementRow.role.in_([r.value for r in CARE_ROLES]))
                .distinct(),
                InvolvementRow.child_id,
                only,
            )
        ).all()
    )
    stale_limit = months_before(today, rules.stale_after_months)
    result: list[ChildSummary] = []
    for row in children:
        child = Child(
            id=row.id,
            given_name=row.given_name,
            family_name=row.family_name,
            date_of_birth=row.date_of_birth,
            school=row.school,
            group=row.school_group,
            status=_STATUSES[row.status],
            opened_on=row.opened_on,
            closed_on=row.closed_on,
            regiehouder=people.get(row.regiehouder_id),
            retention_until=retention_end(row.closed_on, years),
            version=row.version,
        )
        open_n, late_n = actions.get(row.id, (0, 0))
        m = meetings.get(row.id)
        upcoming = upcoming_meeting((m.upcoming,), today) if m else None
        seen = latest.get(row.id, {})
        active = child.status is ChildStatus.ACTIEF
        due = (
            active
            and m is not None
            and meeting_due(
                upcoming, m.last_planned, m.last_held, today, rules.meeting_due_within_days
            )
        )
        result.append(
            ChildSummary(
                child=child,
                open_actions=open_n,
                overdue_actions=late_n,
                next_meeting=upcoming,
                meeting_due=due,
                missing_perspectives=still_missing(
                    seen, CARE_ROLES if row.id in with_care else (), child.status
                ),
                stale_perspectives=read_before(seen, stale_limit) if active else (),
                last_assessment=max(seen.values()) if seen else None,
            )
        )
    # Sorted here, not in SQL: on a team server the names are ciphertext there.
    result.sort(key=lambda x: (x.child.family_name, x.child.given_name, x.child.id))
    return result
