"""Volgend overleg on the kernteam overview: what is still to come, and last time's report
labelled as such (never today's overleg shown as the next one)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from kansencirkel.core.enums import MeetingKind, MeetingStatus
from kansencirkel.core.model import Meeting
from kansencirkel.reports import render_child_report
from kansencirkel.reports.casedata import last_held, next_planned
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case


def _meeting(mid: str, days: int, *, planned: bool = False, next_in: int | None = None,
             kind: MeetingKind = MeetingKind.KERNTEAM) -> Meeting:  # fmt: skip
    return Meeting(
        mid,
        "c-1",
        TODAY + timedelta(days=days),
        kind,
        () if planned else ("Đặng Thị Hương",),
        "" if planned else f"Samenvatting {mid}.",
        "" if planned else f"Besluit {mid}.",
        None if next_in is None else TODAY + timedelta(days=next_in),
        MeetingStatus.GEPLAND if planned else MeetingStatus.GEHOUDEN,
    )


def _tail(meetings: tuple[Meeting, ...]) -> str:
    case = replace(make_case(), meetings=meetings)
    pdf = render_child_report(case, "kernteam", printed_by="X", today=TODAY)
    text = pdfcheck.text(pdf)
    return text[text.rindex("Volgend overleg") :]


def test_an_overleg_held_today_is_the_last_one_not_the_next() -> None:
    case = replace(
        make_case(), meetings=(_meeting("m-1", -30, next_in=0), _meeting("m-2", 0, next_in=0))
    )
    assert next_planned(case, TODAY) is None
    held = last_held(case, TODAY)
    assert held is not None and held.id == "m-2"
    tail = _tail(case.meetings)
    assert "Er is nog geen datum gepland." in tail
    assert "Verslag van het laatste overleg (16 maart 2026)" in tail
    assert "Samenvatting m-2." in tail and "Besluit m-2." in tail
    assert "m-1." not in tail


def test_the_earliest_planned_overleg_from_today_is_next_with_its_kind() -> None:
    meetings = (
        _meeting("m-1", -30, next_in=28),
        _meeting("m-2", 10, planned=True, kind=MeetingKind.OUDERGESPREK),
        _meeting("m-3", -3, planned=True),  # planned in the past, never held: not next
    )
    case = replace(make_case(), meetings=meetings)
    found = next_planned(case, TODAY)
    assert found is not None and found[0] == TODAY + timedelta(days=10)
    tail = _tail(meetings)
    assert "Oudergesprek · 26 maart 2026" in tail
    assert "Verslag van het laatste overleg (14 februari 2026)" in tail


def test_a_planned_overleg_today_is_still_to_come() -> None:
    found = next_planned(replace(make_case(), meetings=(_meeting("m-1", 0, planned=True),)), TODAY)
    assert found is not None and found[0] == TODAY


def test_no_meetings_at_all_says_so_without_a_report() -> None:
    tail = _tail(())
    assert "Er is nog geen datum gepland." in tail
    assert "Verslag van het laatste overleg" not in tail
