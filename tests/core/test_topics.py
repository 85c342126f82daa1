"""Gespreksonderwerpen: differences between perspectives and movement within one."""

from __future__ import annotations

from datetime import date

from kansencirkel.core.enums import Perspective as P
from kansencirkel.core.topics import (
    TopicKind,
    case_topics,
    conversation_topics,
    highlight_elements,
    movement_topics,
    no_topics_text,
    topic_text,
)
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
    topics = case_topics(c)
    assert [(t.kind, t.element) for t in topics] == [
        (TopicKind.VERSCHIL, "veilig"),
        (TopicKind.BEWEGING, "veilig"),
        (TopicKind.BEWEGING, "gezond"),
    ]
    texts = [topic_text(t, lang) for t in topics for lang in ("nl", "en")]
    texts += [no_topics_text("nl"), no_topics_text("en")]
    for text in texts:
        assert not any(word in text.lower() for word in FORBIDDEN), text
