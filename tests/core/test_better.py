"""Wat is beter geworden: a rise of one point or more since the last overleg or an afspraak's
start, per perspective, in plain words; nothing when nothing rose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kansencirkel.core.better import (
    better_lines,
    better_rest_text,
    improvement_text,
    improvements,
    previous_meeting,
)
from kansencirkel.core.enums import MeetingKind, MeetingStatus
from kansencirkel.core.enums import Perspective as P
from kansencirkel.core.model import Meeting
from kansencirkel.core.topics import SHOWN_TOPICS
from tests.charts.factories import action, assessment, case

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
    # the earlier reading lies outside the 4-month window: with today it shows its age
    assert item.before_older
    assert "in september 2025 (14 maanden geleden) een 1" in improvement_text(
        item, "nl", today=TODAY
    )


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
        (P.ZORG, "gekoesterd"),  # the largest rise first, then element and perspective order
        (P.KIND, "actief"),
        (P.KIND, "gerespecteerd"),
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


def test_a_rise_counts_only_when_its_later_reading_is_inside_the_window() -> None:
    """The topics' rule: within ``months`` of the newest reading. Zorg rose, but its later
    reading is 8 months older than the school's newest one: not compared, not shown."""
    z_old = assessment(P.ZORG, date(2025, 9, 1), (2, 2, 2, 2, 2, 2, 2, 2))
    z_new = assessment(P.ZORG, date(2026, 3, 1), (4, 2, 2, 2, 2, 2, 2, 2))
    s_old = assessment(P.SCHOOL, date(2025, 9, 1), (2, 2, 2, 2, 2, 2, 2, 2))
    s_new = assessment(P.SCHOOL, date(2026, 11, 1), (2, 4, 2, 2, 2, 2, 2, 2))
    readings = [z_old, z_new, s_old, s_new]
    found = improvements(readings, [meeting(date(2025, 10, 1))], [], TODAY, months=4)
    assert [(i.perspective, i.element) for i in found] == [(P.SCHOOL, "gerespecteerd")]
    assert found[0].before_older  # September 2025 is outside the window too
    wide = improvements(readings, [meeting(date(2025, 10, 1))], [], TODAY, months=15)
    assert {(i.perspective, i.element) for i in wide} == {
        (P.SCHOOL, "gerespecteerd"),
        (P.ZORG, "actief"),
    }
    assert not any(i.before_older for i in wide)
    assert "geleden" not in improvement_text(wide[0], "nl", today=TODAY)


def test_the_case_uses_the_vaults_window() -> None:
    z_old = assessment(P.ZORG, date(2025, 9, 1), (2, 2, 2, 2, 2, 2, 2, 2))
    z_new = assessment(P.ZORG, date(2026, 3, 1), (4, 2, 2, 2, 2, 2, 2, 2))
    s_new = assessment(P.SCHOOL, date(2026, 11, 1), (2, 2, 2, 2, 2, 2, 2, 2))
    base = replace(case([z_old, z_new, s_new]), meetings=(meeting(date(2025, 10, 1)),))
    assert better_lines(replace(base, compare_months=4), TODAY, "nl").items == ()
    assert len(better_lines(replace(base, compare_months=12), TODAY, "nl")) == 1


def test_a_busy_child_shows_a_handful_and_says_how_many_more() -> None:
    old = assessment(P.SCHOOL, SEPT, (1, 1, 1, 1, 1, 1, 1, 1))
    new = assessment(P.SCHOOL, date(2026, 11, 1), (2, 3, 4, 5, 2, 3, 4, 5))
    k_old = assessment(P.KIND, SEPT, (1, 1, 1, 1, 1, 1, 1, 1))
    k_new = assessment(P.KIND, date(2026, 11, 1), (2, 2, 1, 1, 1, 1, 1, 1))
    busy = replace(case([old, new, k_old, k_new]), meetings=(meeting(SEPT),))
    lines = better_lines(busy, TODAY, "nl")
    assert len(lines) == 10 and len(lines.shown) == SHOWN_TOPICS == 4 and lines.more == 6
    # largest rises first: the two rises of 4 points lead
    assert lines.shown[0] == "School ziet bij Erbij horen nu een 5, in september een 1."
    assert lines.shown[1] == "School ziet bij Gekoesterd nu een 5, in september een 1."
    assert better_rest_text(lines, "nl") == "En nog 6 dingen die beter werden."
    assert better_rest_text(lines, "en") == "And 6 more things that got better."
    one = better_lines(busy, TODAY, "nl", limit=9)
    assert better_rest_text(one, "nl") == "En nog 1 ding dat beter werd."
    assert better_rest_text(better_lines(case([old]), TODAY, "nl"), "nl") == ""
