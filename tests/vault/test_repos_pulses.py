"""The cooperation pulse after a held overleg: one per side, replaced when given again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kansencirkel.core.enums import AuditKind, MeetingKind
from kansencirkel.core.pulse import PulseAnswer, PulseQuestion, PulseSide
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories

DAY = date(2026, 11, 20)


def test_a_pulse_per_side_is_stored_replaced_and_counted_by_period(
    repos: Repositories, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    kid = repos.children.create("Kim", "Jansen").value.id
    held = repos.meetings.create(kid, date(2026, 11, 2), MeetingKind.KERNTEAM, ["Juf"]).value
    answers = {
        PulseQuestion.RIGHT_PEOPLE: PulseAnswer(4, "Iedereen was er."),
        PulseQuestion.REGIE: PulseAnswer(None, ""),
        PulseQuestion.NEXT_STEPS: PulseAnswer(5, "Helder."),
    }
    written = repos.pulses.give(held.id, PulseSide.ZORG, answers)
    assert written.changes.children == {kid}
    assert written.value.answers == answers and written.value.held_on == date(2026, 11, 2)
    again = {**answers, PulseQuestion.REGIE: PulseAnswer(2, "Onduidelijk wie belt.")}
    repos.pulses.give(held.id, PulseSide.ZORG, again)
    [only] = repos.pulses.for_meeting(held.id)
    assert only.answers[PulseQuestion.REGIE] == PulseAnswer(2, "Onduidelijk wie belt.")
    assert len(repos.pulses.held_between(date(2026, 8, 1), date(2027, 7, 31))) == 1
    assert repos.pulses.held_between(date(2025, 8, 1), date(2026, 7, 31)) == []
    changes = [e for e in repos.audit.entries() if e.record_type == "pulse"]
    assert changes[0].kind is AuditKind.CHANGE and changes[0].detail == "zorg"
    assert "belt" not in " ".join(e.detail for e in changes)

    planned = repos.meetings.plan(kid, date(2026, 12, 10), MeetingKind.KERNTEAM).value
    with pytest.raises(InputRejected):
        repos.pulses.give(planned.id, PulseSide.SCHOOL, answers)
    with pytest.raises(InputRejected):
        repos.pulses.give(held.id, PulseSide.SCHOOL, {PulseQuestion.REGIE: PulseAnswer(7)})
