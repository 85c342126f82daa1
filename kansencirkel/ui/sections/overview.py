"""Overzicht: the current star per perspective, then what got better (left out when nothing
rose), what goes well, gespreksonderwerpen,
open afspraken and the next overleg. No total score, no traffic lights, no warnings."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QWidget

from kansencirkel.core.better import BETTER_HEADING, better_lines
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import gettext
from kansencirkel.core.model import CaseFile
from kansencirkel.core.talk import talk_requests, talk_text
from kansencirkel.core.topic_text import (
    differences_heading,
    fewer_text,
    more_text,
    movements_heading,
    older_text,
    topic_text,
)
from kansencirkel.core.topics import Handful, TopicList, case_topics
from kansencirkel.core.window import ReadingWindow, with_age
from kansencirkel.ui.sections.common import (
    ChildData,
    Section,
    element_names,
    fmt_date,
    lang,
    perspective_name,
    tr,
)
from kansencirkel.ui.star_view import StarView

#: Links in the text that show all topics of a kind, or the first handful again.
MORE_LINK = "kc:more-{}"
FEWER_LINK = "kc:fewer-{}"


class OverviewSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expanded: set[str] = set()  # "beter" / "verschil" / "beweging": showing all
        self._shown_child: str | None = None
        row = QHBoxLayout()
        self.layout_.addLayout(row)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.star = StarView(self)
        self.star.setObjectName("starView")
        self.star.setMinimumWidth(520)
        row.addWidget(self.star, 3)
        self.text = QTextBrowser(self)
        self.text.setObjectName("overviewText")
        self.text.setAccessibleName(tr("Overzicht"))
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        self.text.setMinimumWidth(380)
        row.addWidget(self.text, 2)

    def _link(self, url: QUrl) -> None:
        """'3 meer' shows the whole ranked list; 'minder tonen' the first handful again."""
        link = url.toString()
        for kind in ("beter", "verschil", "beweging"):
            if link == MORE_LINK.format(kind):
                self._expanded.add(kind)
            elif link == FEWER_LINK.format(kind):
                self._expanded.discard(kind)
        if self.data is not None:
            bar = self.text.verticalScrollBar()
            keep = bar.value()
            self.text.setHtml(self.html())
            bar.setValue(keep)

    def refresh(self) -> None:
        if self.data is None or (self._shown_child not in (None, self.data.child_id)):
            self._expanded.clear()  # another child (or none) starts with the short lists
        self._shown_child = None if self.data is None else self.data.child_id
        if self.data is None:
            self.text.clear()
            self.star.clear()
            return
        self.text.setHtml(self.html())
        # The star (matplotlib, ~0.1–0.2 s) is drawn right after the page has painted
        # its text, so opening a child shows something at once.
        data = self.data
        QTimer.singleShot(0, self, lambda: self._paint_star(data))

    def _paint_star(self, data: ChildData) -> None:
        if self.data is data:  # not cleared (lock) or replaced by another child meanwhile
            self.star.set_case(data.case, lang())

    def html(self) -> str:
        assert self.data is not None
        case, today = self.data.case, self.data.today
        latest = case.latest_by_perspective()
        parts = self._better_html(case, today)
        parts.append("<h3>" + tr("Wat gaat goed") + "</h3>")
        window = ReadingWindow.of(latest, case.compare_months)

        def when(p: Perspective) -> str:
            day = latest[p].assessed_on
            if window.is_older(p):  # outside the comparison window: say how old
                return escape(with_age(fmt_date(day), day, today, lang()))
            return fmt_date(day)

        good = [
            f"<p><b>{escape(perspective_name(p))}</b> ({when(p)}): "
            f"{escape(latest[p].goes_well)}</p>"
            for p in PERSPECTIVE_ORDER
            if p in latest and latest[p].goes_well
        ]
        parts += good or ["<p>" + tr("Nog geen metingen.") + "</p>"]
        wishes = [
            f"<li><b>{escape(perspective_name(p))}</b>: {escape(latest[p].wishes)}</li>"
            for p in PERSPECTIVE_ORDER
            if p in latest and latest[p].wishes
        ]
        if wishes:
            parts.append("<h3>" + tr("Wensen en hoop") + f"</h3><ul>{''.join(wishes)}</ul>")
        missing = [perspective_name(p) for p in PERSPECTIVE_ORDER[:4] if p not in latest]
        if latest and missing:
            parts.append(
                "<p><i>"
                + (tr("Nog geen meting van: %s.") % escape(", ".join(missing)))
                + "</i></p>"
            )
        parts += self._topics_html()
        parts.append("<h3>" + tr("Open afspraken") + "</h3>")
        open_actions = sorted(
            (a for a in case.actions if a.status.is_open),
            key=lambda a: (a.due_on is None, a.due_on),
        )
        if open_actions:
            items = []
            for a in open_actions:
                who = escape(a.owner.name) if a.owner else tr("nog niemand")
                due = tr("uiterlijk %s") % fmt_date(a.due_on) if a.due_on else tr("geen einddatum")
                late = " — <b>" + tr("over tijd") + "</b>" if a.is_overdue(today) else ""
                tags = f" ({escape(element_names(a.elements))})" if a.elements else ""
                items.append(f"<li>{escape(a.what)}{tags}: {who}, {due}{late}</li>")
            parts.append(f"<ul>{''.join(items)}</ul>")
        else:
            parts.append("<p>" + tr("Geen open afspraken.") + "</p>")
        nxt = case.next_meeting(today)
        parts.append("<h3>" + tr("Volgend overleg") + "</h3>")
        planned = fmt_date(nxt) if nxt else tr("Nog niet gepland.")  # not in an f-string: lupdate
        parts.append(f"<p>{planned}</p>")
        return "".join(parts)

    def _topics_html(self) -> list[str]:
        """Ranked, a handful of each kind with "n meer"; differences and movements apart;
        the readings left out of the comparison named with their age."""
        assert self.data is not None
        topics = case_topics(self.data.case)
        parts = ["<h3>" + tr("Gespreksonderwerpen") + "</h3>"]
        talk = talk_requests(self.data.case.latest_by_perspective())
        if talk:  # what the child or parents marked themselves comes first
            items = "".join(f"<li><b>{escape(talk_text(r, lang()))}</b></li>" for r in talk)
            parts.append(f"<ul>{items}</ul>")
        if not topics.differences:
            parts.append("<p>" + tr("Geen grote verschillen tussen de gezichtspunten.") + "</p>")
        else:
            parts.append(f"<p><b>{escape(differences_heading(lang()))}</b></p>")
            parts += self._topic_list(topics.differences, "verschil")
        if topics.movements:
            parts.append(f"<p><b>{escape(movements_heading(lang()))}</b></p>")
            parts += self._topic_list(topics.movements, "beweging")
        older = older_text(topics.window, self.data.today, lang())
        if older:
            parts.append(f"<p><i>{escape(older)}</i></p>")
        return parts

    def _better_html(self, case: CaseFile, today: date) -> list[str]:
        """ "Wat is beter geworden" first (a handful, then "n meer"), or nothing at all when
        nothing rose."""
        lines = better_lines(case, today, lang())
        if not lines:
            return []
        heading = f"<h3>{escape(gettext(BETTER_HEADING, lang=lang()))}</h3>"
        return [heading, *self._expandable(lines, "beter")]

    def _topic_list(self, topics: TopicList, kind: str) -> list[str]:
        texts = tuple(topic_text(t, lang()) for t in topics.items)
        return self._expandable(Handful(texts, topics.limit), kind)

    def _expandable(self, lines: Handful[str], kind: str) -> list[str]:
        """A handful of lines, then "n meer" (all of them) or "minder tonen"."""
        expanded = kind in self._expanded
        shown = lines.items if expanded else lines.shown
        items = "".join(f"<li>{escape(line)}</li>" for line in shown)
        parts = [f"<ul>{items}</ul>"]
        if lines.more and not expanded:
            link = MORE_LINK.format(kind)
            parts.append(f'<p><a href="{link}">{escape(more_text(lines.more, lang()))}</a></p>')
        elif lines.more:
            link = FEWER_LINK.format(kind)
            parts.append(f'<p><a href="{link}">{escape(fewer_text(lang()))}</a></p>')
        return parts
