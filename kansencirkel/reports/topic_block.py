"""Gespreksonderwerpen and older readings on paper, shared by the kernteam, parent and
agenda documents.

Paper cannot expand, so a ranked list prints its first handful and then one line naming the
rest ("En nog 2 onderwerpen: Gezond, Veilig."). A reading outside the comparison window is
printed lighter (grey, italic) with its age wherever it appears: table heads, cells, stars.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Assessment
from kansencirkel.core.talk import talk_requests, talk_text
from kansencirkel.core.topic_text import older_text, rest_text, topic_text
from kansencirkel.core.topics import TopicList
from kansencirkel.core.window import ReadingWindow, ago_text
from kansencirkel.reports.common import esc, para
from kansencirkel.reports.styles import Styles
from kansencirkel.reports.texts import short_date

#: Text colour of an older reading's column (on white: 5.7:1, still readable).
OLDER_INK = "#666666"


def topic_lines(topics: TopicList, s: Styles, lang: Lang) -> list[Flowable]:
    """The shown topics as bullets, then the rest named in one line."""
    out: list[Flowable] = [
        Paragraph("• " + esc(topic_text(tp, lang)), s.body) for tp in topics.shown
    ]
    if topics.more:
        out.append(para(rest_text(topics, lang), s.body))
    return out


def talk_lines(latest: Mapping[Perspective, Assessment], s: Styles, lang: Lang) -> list[Flowable]:
    """What the child or parents marked "hier wil ik over praten": shown before any topic."""
    return [Paragraph("• " + esc(talk_text(r, lang)), s.body) for r in talk_requests(latest)]


def older_note(window: ReadingWindow, today: date, s: Styles, lang: Lang) -> list[Flowable]:
    text = older_text(window, today, lang)
    return [para(text, s.small)] if text else []


def column_head(name: str, a: Assessment, older: bool, today: date, lang: Lang, size: float) -> str:
    """Paragraph markup for a score column's head: name, date and, when older, its age."""
    head = f"{esc(name)}<br/><font size='{size:g}'>{esc(short_date(a.assessed_on, lang))}</font>"
    if older:
        age = esc(ago_text(a.assessed_on, today, lang))
        head = (
            f"<font color='{OLDER_INK}'>{head}<br/><font size='{size:g}'><i>{age}</i></font></font>"
        )
    return head


def cell_markup(text: str, older: bool) -> str:
    """A score cell; an older reading's is grey and italic."""
    return f"<font color='{OLDER_INK}'><i>{esc(text)}</i></font>" if older else esc(text)
