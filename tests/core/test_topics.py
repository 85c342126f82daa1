"""Gespreksonderwerpen: differences between perspectives and movement within one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective as P
from kansencirkel.core.topic_text import (
    more_text,
    no_topics_text,
    older_text,
    rest_text,
    topic_text,
)
from kansencirkel.core.topics import (
    TopicKind,
    TopicList,
    case_topics,
    conversation_topics,
    highlight_elements,
    movement_topics,
    topics_for,
)
from kansencirkel.core.window import ReadingWindow
from tests.charts.factories import assessment, case

D1, D2, D3 = date(2026, 3, 3), date(2026, 6, 9), date(2026, 10, 13)
FORBIDDEN = ("risico", "alarm", "waarschuw", "signaal", "risk", "warning", "alert", "signal")


def test_difference_of_two_is_a_topic_with_who_sees_what() -> None:
    latest = {
        P.OUDERS: assessment(P.OUDERS, D1, (3, 3, 3, 3, 4, 3, 3, 3)),
        P.SCHOOL: assessment(P.SCHOOL, D1, (3, 3, 3, 3, 2, 3, 3, 3)),
    }
    [topic] = conversation_topics(latest)
    assert topic.element == "veilig"
    assert topic.kind is TopicKind.VERSCHIL
    assert (topic.low, topic.high, topic.difference) == (2, 4, 2)
    assert topic.low_perspectives == (P.SCHOOL,)
    assert topic.high_perspectives == (P.OUDERS,)
    assert topic_text(topic) == "Veilig: school ziet 2, ouders zien 4 — bespreek wat ieder ziet"
    assert topic_text(topic, "en").startswith("Safe: school sees 2, parents see 4")


def test_one_point_apart_is_no_topic_and_order_follows_nji() -> None:
    latest = {
        P.KIND: assessment(P.KIND, D1, (5, 3, 3, 3, 3, 1, 3, 3)),
        P.ZORG: assessment(P.ZORG, D1, (2, 4, 3, 3, 3, 4, 3, 2)),
    }
    topics = conversation_topics(latest)
    assert [t.element for t in topics] == ["actief", "gezond"]
    assert highlight_elements(topics) == {"actief", "gezond"}


def test_unknown_never_counts() -> None:
    latest = {
        P.KIND: assessment(P.KIND, D1, (None, 1, None, None, None, None, None, None)),
        P.OUDERS: assessment(P.OUDERS, D1, (5, None, None, None, None, None, None, None)),
    }
    assert conversation_topics(latest) == []


def test_one_perspective_only_or_all_unknown_or_empty_gives_no_topic() -> None:
    only = {P.SCHOOL: assessment(P.SCHOOL, D1, (1, 5, 1, 5, 1, 5, 1, 5))}
    assert conversation_topics(only) == []
    unknown = {p: assessment(p, D1, (None,) * 8) for p in (P.KIND, P.OUDERS, P.SCHOOL)}
    assert conversation_topics(unknown) == []
    assert conversation_topics({}) == []
    assert movement_topics({}) == []


def test_ties_list_every_perspective_at_each_end() -> None:
    latest = {
        P.KIND: assessment(P.KIND, D1, (4, 3, 3, 3, 3, 3, 3, 3)),
        P.OUDERS: assessment(P.OUDERS, D1, (4, 3, 3, 3, 3, 3, 3, 3)),
        P.SCHOOL: assessment(P.SCHOOL, D1, (2, 3, 3, 3, 3, 3, 3, 3)),
        P.ZORG: assessment(P.ZORG, D1, (2, 3, 3, 3, 3, 3, 3, 3)),
        P.KERNTEAM: assessment(P.KERNTEAM, D1, (3, 3, 3, 3, 3, 3, 3, 3)),
    }
    [topic] = conversation_topics(latest)
    assert topic.low_perspectives == (P.SCHOOL, P.ZORG)
    assert topic.high_perspectives == (P.KIND, P.OUDERS)
    assert topic.perspectives == (P.KIND, P.OUDERS, P.SCHOOL, P.ZORG)
    assert topic_text(topic) == (
        "Actief: school en zorg zien 2, het kind en ouders zien 4 — bespreek wat ieder ziet"
    )


def test_kernteam_joint_score_counts_like_any_perspective() -> None:
    latest = {
        P.KERNTEAM: assessment(P.KERNTEAM, D1, (1, 3, 3, 3, 3, 3, 3, 3)),
        P.KIND: assessment(P.KIND, D1, (3, 3, 3, 3, 3, 3, 3, 3)),
    }
    [topic] = conversation_topics(latest)
    assert topic.low_perspectives == (P.KERNTEAM,)
    assert topic_text(topic).startswith("Actief: het kernteam ziet 1, het kind ziet 3")


def test_movement_compares_latest_with_previous_reading_of_same_perspective() -> None:
    history = {
        P.OUDERS: [
            assessment(P.OUDERS, D1, (1, 1, 1, 1, 1, 1, 1, 1)),  # too old to matter
            assessment(P.OUDERS, D2, (3, 3, 3, 3, 3, 2, 3, 3)),
            assessment(P.OUDERS, D3, (3, 3, 3, 3, 3, 4, 4, 1)),
        ],
        P.SCHOOL: [assessment(P.SCHOOL, D3, (5, 5, 5, 5, 5, 5, 5, 5))],  # one reading only
    }
    topics = movement_topics(history)
    assert [(t.element, t.before, t.after) for t in topics] == [
        ("gezond", 2, 4),
        ("gekoesterd", 3, 1),
    ]
    assert all(t.kind is TopicKind.BEWEGING and t.perspectives == (P.OUDERS,) for t in topics)
    assert topics[0].since == D2 and topics[0].on == D3
    assert topic_text(topics[0]) == (
        "Gezond: ouders zien een verschil van 2 punten sinds 9 juni (van 2 naar 4) "
        "— bespreek wat er veranderd is"
    )
    assert "since 9 June" in topic_text(topics[0], "en")


def test_movement_skips_unknown_and_superseded_and_sorts_unsorted_input() -> None:
    history = {
        P.KIND: [
            assessment(P.KIND, D3, (5, None, 5, 5, 5, 5, 5, 5)),
            assessment(P.KIND, D2, (1, 1, 5, 5, 5, 5, 5, 5), superseded=True),
            assessment(P.KIND, D1, (3, 1, 5, 5, 5, 5, 5, 3)),
        ]
    }
    topics = movement_topics(history)
    assert [(t.element, t.before, t.after, t.since) for t in topics] == [
        ("actief", 3, 5, D1),
        ("gekoesterd", 3, 5, D1),
    ]
    # Across a year boundary the date keeps its year.
    other = {
        P.ZORG: [
            assessment(P.ZORG, date(2025, 12, 1), (1,) * 8),
            assessment(P.ZORG, date(2026, 1, 5), (3,) * 8),
        ]
    }
    assert "sinds 1 december 2025" in topic_text(movement_topics(other)[0])


def test_case_topics_and_wording_is_never_a_warning() -> None:
    c = case(
        [
            assessment(P.OUDERS, D2, (3, 3, 3, 3, 3, 2, 3, 3)),
            assessment(P.OUDERS, D3, (3, 3, 3, 3, 5, 4, 3, 3)),
            assessment(P.SCHOOL, D3, (3, 3, 3, 3, 2, 4, 3, 3)),
        ]
    )
    found = case_topics(c)
    topics = [*found.differences.topics, *found.movements.topics]
    assert [(t.kind, t.element) for t in topics] == [
        (TopicKind.VERSCHIL, "veilig"),
        (TopicKind.BEWEGING, "veilig"),
        (TopicKind.BEWEGING, "gezond"),
    ]
    texts = [topic_text(t, lang) for t in topics for lang in ("nl", "en")]
    texts += [no_topics_text("nl"), no_topics_text("en")]
    for text in texts:
        assert not any(word in text.lower() for word in FORBIDDEN), text


# --- the window, ranking and the handful -------------------------------------------------

NOW = date(2026, 10, 13)


def test_only_readings_within_the_window_of_the_newest_are_compared() -> None:
    latest = {
        P.KIND: assessment(P.KIND, NOW, (3, 3, 3, 3, 3, 3, 3, 3)),
        P.SCHOOL: assessment(P.SCHOOL, date(2026, 6, 13), (1, 3, 3, 3, 3, 3, 3, 3)),  # 4 months
        P.ZORG: assessment(P.ZORG, date(2025, 12, 9), (3, 5, 5, 5, 5, 5, 5, 5)),  # 10 months
    }
    [topic] = conversation_topics(latest)  # default window: 4 months
    assert topic.element == "actief" and topic.perspectives == (P.KIND, P.SCHOOL)
    window = ReadingWindow.of(latest)
    assert window.since == date(2026, 6, 13) and list(window.older) == [P.ZORG]
    assert older_text(window, NOW) == (
        "Niet vergeleken, want meer dan 4 maanden ouder dan de nieuwste meting: "
        "zorg, 10 maanden geleden."
    )
    assert older_text(window, NOW, "en") == (
        "Not compared, as more than 4 months older than the newest reading: care, 10 months ago."
    )
    # A wider window brings care back in; a window of 1 month leaves the school out too.
    assert {t.element for t in conversation_topics(latest, months=12)} == set(ELEMENT_KEYS)
    assert conversation_topics(latest, months=1) == []
    assert older_text(ReadingWindow.of({}), NOW) == ""


def test_topics_are_ranked_largest_difference_first_then_nji_order() -> None:
    latest = {
        P.OUDERS: assessment(P.OUDERS, NOW, (3, 1, 3, 5, 3, 1, 4, 3)),
        P.SCHOOL: assessment(P.SCHOOL, NOW, (1, 5, 3, 2, 3, 4, 1, 3)),
    }
    topics = conversation_topics(latest)
    assert [(t.element, t.difference) for t in topics] == [
        ("gerespecteerd", 4),
        ("erbij_horen", 3),
        ("gezond", 3),
        ("ontplooiing", 3),
        ("actief", 2),
    ]
    found = topics_for(latest, {}, limit=3)
    assert [t.element for t in found.differences.shown] == [
        "gerespecteerd",
        "erbij_horen",
        "gezond",
    ]
    assert found.differences.more == 2 and len(found.differences) == 5
    assert more_text(found.differences.more) == "2 meer"
    assert more_text(1, "en") == "1 more"
    assert rest_text(found.differences) == "En nog 2 onderwerpen: Ontplooiing, Actief."
    assert rest_text(TopicList(topics[:2], limit=1), "en") == "And 1 more topic: Included."
    assert found.elements() == {t.element for t in topics}


def test_movements_stay_separate_and_skip_perspectives_outside_the_window() -> None:
    c = case(
        [
            assessment(P.OUDERS, date(2026, 6, 1), (1, 3, 3, 3, 3, 3, 3, 3)),
            assessment(P.OUDERS, NOW, (4, 3, 3, 3, 3, 3, 1, 3)),
            assessment(P.ZORG, date(2025, 1, 1), (1, 1, 1, 1, 1, 1, 1, 1)),
            assessment(P.ZORG, date(2025, 6, 1), (5, 5, 5, 5, 5, 5, 5, 5)),  # old news
        ]
    )
    found = case_topics(c)
    assert found.differences.topics == ()  # zorg is too old to compare with ouders
    assert [(t.element, t.difference) for t in found.movements.topics] == [
        ("actief", 3),
        ("ontplooiing", 2),
    ]
    assert all(t.kind is TopicKind.BEWEGING for t in found.movements.topics)
    assert list(found.window.older) == [P.ZORG]


def test_case_uses_the_vaults_window() -> None:
    rows = [
        assessment(P.KIND, NOW, (1, 3, 3, 3, 3, 3, 3, 3)),
        assessment(P.SCHOOL, date(2026, 3, 1), (4, 3, 3, 3, 3, 3, 3, 3)),
    ]
    assert not case_topics(case(rows)).differences
    wide = replace(case(rows), compare_months=12)
    assert [t.element for t in case_topics(wide).differences.topics] == ["actief"]


SCORE = st.one_of(st.none(), st.integers(1, 5))
READING = st.tuples(st.integers(0, 500), st.tuples(*[SCORE] * 8))


@settings(max_examples=150, deadline=None)
@given(
    readings=st.dictionaries(st.sampled_from(list(P)), READING, max_size=5),
    months=st.integers(1, 24),
    limit=st.integers(1, 6),
)
def test_ranking_window_and_limit_hold_for_any_readings(
    readings: dict[P, tuple[int, tuple[int | None, ...]]], months: int, limit: int
) -> None:
    latest = {
        p: assessment(p, date(2025, 1, 1) + timedelta(days=d), values)
        for p, (d, values) in readings.items()
    }
    window = ReadingWindow.of(latest, months)
    found = topics_for(latest, {}, months=months, limit=limit)
    topics = found.differences.topics
    assert set(window.current) | set(window.older) == set(latest)
    for t in topics:
        assert t.difference >= 2
        assert set(t.perspectives) <= set(window.current)  # never an older reading
    keys = [(-t.difference, ELEMENT_KEYS.index(t.element)) for t in topics]
    assert keys == sorted(keys) and len({t.element for t in topics}) == len(topics)
    assert len(found.differences.shown) == min(limit, len(topics))
    assert found.differences.more == max(0, len(topics) - limit)
    # Same elements as comparing the window's readings directly, with no window at all.
    direct = conversation_topics(dict(window.current), months=10_000)
    assert [t.element for t in topics] == [t.element for t in direct]
