"""How the cooperation went after an overleg: one pulse per side, never per person."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, MeetingStatus
from kansencirkel.core.i18n import N_
from kansencirkel.core.pulse import Pulse, PulseAnswer, PulseQuestion, PulseSide
from kansencirkel.vault.models import MeetingPulseRow, MeetingRow
from kansencirkel.vault.repos.base import RepoContext, get_or_404, reject
from kansencirkel.vault.upsert import insert_or_update
from kansencirkel.vault.validation import fields as f
from kansencirkel.vault.validation.fields import STRICT


def _pulse(row: MeetingPulseRow, meeting: MeetingRow) -> Pulse:
    answers = {
        q: PulseAnswer(getattr(row, q.value), getattr(row, f"{q.value}_note"))
        for q in PulseQuestion
    }
    return Pulse(
        f"{row.meeting_id}:{row.side}",
        row.meeting_id,
        meeting.child_id,
        meeting.held_on,
        PulseSide(row.side),
        answers,
    )


class PulsesRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def give(
        self, meeting_id: str, side: PulseSide, answers: Mapping[PulseQuestion, PulseAnswer]
    ) -> Written[Pulse]:
        """Store (or replace) one side's pulse after a held overleg."""
        side = PulseSide(side)
        values: dict[str, object] = {"meeting_id": meeting_id, "side": side.value}
        for q in PulseQuestion:
            answer = answers.get(q, PulseAnswer(None))
            if answer.score is not None and answer.score not in range(1, 6):
                raise reject(N_("Kies een antwoord van 1 tot en met 5, of weet niet."))
            f.text(STRICT, f"{q.value}_note", answer.sentence)
            values[q.value] = answer.score
            values[f"{q.value}_note"] = answer.sentence
        values["created_at"] = clock.now()
        keys = ("meeting_id", "side")
        with self._ctx.tx() as s:
            stmt = insert_or_update(
                s.connection(),
                MeetingPulseRow,
                values,
                keys=keys,
                update=[k for k in values if k not in keys],
            )
            meeting = get_or_404(s, MeetingRow, meeting_id, "Dit overleg")
            if meeting.status != MeetingStatus.GEHOUDEN.value:
                raise reject(N_("Een overleg krijgt een terugblik als het gehouden is."))
            s.execute(stmt)
            self._ctx.audit(s, AuditKind.CHANGE, "pulse", meeting_id, meeting.child_id, side.value)
            row = s.get(MeetingPulseRow, (meeting_id, side.value), populate_existing=True)
            assert row is not None
            return Written(_pulse(row, meeting), Changes.child(meeting.child_id, in_list=False))

    def for_meeting(self, meeting_id: str) -> list[Pulse]:
        with self._ctx.tx() as s:
            return [
                _pulse(r, m) for r, m in self._rows(s, MeetingPulseRow.meeting_id == meeting_id)
            ]

    def for_child(self, child_id: str) -> list[Pulse]:
        with self._ctx.tx() as s:
            return [_pulse(r, m) for r, m in self._rows(s, MeetingRow.child_id == child_id)]

    def held_between(self, start: date, end: date) -> list[Pulse]:
        """Every pulse after an overleg held from ``start`` to ``end`` (the "Wat werkt" view;
        one VIEW event without a child)."""
        with self._ctx.tx() as s:
            found = [
                _pulse(r, m)
                for r, m in self._rows(s, MeetingRow.held_on >= start, MeetingRow.held_on <= end)
            ]
            self._ctx.audit(s, AuditKind.VIEW, "pulse", detail="period")
            return found

    @staticmethod
    def _rows(s: Session, *where: object) -> list[tuple[MeetingPulseRow, MeetingRow]]:
        stmt = select(MeetingPulseRow, MeetingRow).join(
            MeetingRow, MeetingRow.id == MeetingPulseRow.meeting_id
        )
        return [(r, m) for r, m in s.execute(stmt.where(*where)).all()]  # type: ignore[arg-type]
