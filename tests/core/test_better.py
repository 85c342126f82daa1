"""Wat is beter geworden: a rise of one point or more since the last overleg or an afspraak's
start, per perspective, in plain words; nothing when nothing rose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kansencirkel.core.better import improvement_text, improvements, previous_meeting
from kansencirkel.core.enums import MeetingKind, MeetingStatus
from kansencirkel.core.enums import Perspective as P
from kansencirkel.core.model import Meeting
from tests.charts.factories import action, assessment

TODAY = date(2026, 12, 1)
SEPT = date(2026, 9, 10)


def meeting(day: date, status: MeetingStatus = MeetingStatus.GEHOUDEN) -> Meeting:
    return Meeting(f"m{day}", "child-1", day, MeetingKind.KERNTEAM, (), status=status)


def test_previous_meeting_is_the_last_held_before_today() -> None:
    ms = [meeting(SEPT), meeting(TODAY), meeting(date(2026, 12, 20), MeetingStatus.GEPLAND)]
    assert previous_meeting(ms, TODAY) == SEPT
    assert previous_meeting([meeting(TODAY)], TODAY) is None


def test_a_rise_since_the_last_overleg_reads_in_plain_words() -> None:
    old = assessment(P.OUDERS, SEPT, (3, 3, 3, 3, 3, 2, 3, 3))
    new = assessment(P.OUDERS, date(2026, 11, 20), (3, 3, 3, 3, 2, 4, 3, 3))
    [item] = improvements([old, new], [meeting(SEPT)], [], TODAY)
    assert (item.perspective, item.element, item.before, item.after) == (P.OUDERS, "gezond", 2, 4)
    assert improvement_text(item, "nl", parents=True) == (
        "Thuis ziet u bij Gezond nu een 4, in september een 2."
    )
    assert improvement_text(item, "nl") == "Ouders zien bij Gezond nu een 4, in september een 2."
    assert improvement_text(item, "en", parents=True) == (
        "At home you now see a 4 for Healthy; in September it was a 2."
    )


def test_a_rise_since_an_afspraak_started_counts_on_its_elements_only() -> None:
    start = date(2026, 10, 1)
    before = assessment(P.SCHOOL, date(2025, 9, 30), (1, 3, 3, 3, 3, 2, 3, 3))
    after = assessment(P.SCHOOL, date(2026, 11, 2), (4, 3, 3, 3, 3, 3, 3, 3))
    act = action("Beweegplan", ["actief"], start)
    [item] = improvements([before, after], [], [act], TODAY)
    assert (item.element, item.rise, item.action_id) == ("actief", 3, act.id)
    assert "in september 2025 een 1" in improvement_text(item, "nl")


def test_nothing_rose_is_an_empty_list_and_unknown_is_never_a_rise() -> None:
    old = assessment(P.ZORG, SEPT, (3, None, 3, 3, 3, 3, 3, 3))
    new = assessment(P.ZORG, date(2026, 11, 1), (2, 5, 3, 3, 3, 3, 3, 3))
    assert improvements([old, new], [meeting(SEPT)], [], TODAY) == ()
    assert improvements([old], [meeting(SEPT)], [], TODAY) == ()


def test_only_the_perspectives_asked_for_and_no_totals() -> None:
    k_old = assessment(P.KIND, SEPT, (2, 2, 2, 2, 2, 2, 2, 2))
    k_new = assessment(P.KIND, date(2026, 11, 1), (3, 3, 2, 2, 2, 2, 2, 2))
    z_old = assessment(P.ZORG, SEPT, (2, 2, 2, 2, 2, 2, 2, 2))
    z_new = assessment(P.ZORG, date(2026, 11, 1), (2, 2, 2, 2, 2, 2, 2, 4))
    all_ = improvements([k_old, k_new, z_old, z_new], [meeting(SEPT)], [], TODAY)
    assert [(i.perspective, i.element) for i in all_] == [
        (P.KIND, "actief"),
        (P.KIND, "gerespecteerd"),
        (P.ZORG, "gekoesterd"),
    ]
    shared = improvements(
        [k_old, k_new, z_old, z_new], [meeting(SEPT)], [], TODAY, perspectives=[P.KIND]
    )
    assert {i.perspective for i in shared} == {P.KIND}
    assert improvement_text(shared[0], "nl", parents=True).startswith("Uw kind ziet bij Actief")


def test_a_superseded_reading_is_not_used() -> None:
    old = assessment(P.SCHOOL, SEPT, (3, 3, 3, 3, 3, 2, 3, 3))
    wrong = assessment(P.SCHOOL, date(2026, 11, 1), (3, 3, 3, 3, 3, 5, 3, 3), superseded=True)
    fixed = replace(wrong, id="fixed", version=2, superseded_at=None, scores=old.scores)
    assert improvements([old, wrong, fixed], [meeting(SEPT)], [], TODAY) == ()
