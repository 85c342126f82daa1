"""Overzicht: the current star per perspective, then what goes well, gespreksonderwerpen,
open afspraken and the next overleg. No total score, no traffic lights, no warnings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QWidget

from kansencirkel.core.enums import PERSPECTIVE_ORDER
from kansencirkel.core.topics import case_topics, topic_text
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


class OverviewSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.text.setMinimumWidth(380)
        row.addWidget(self.text, 2)

    def refresh(self) -> None:
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
        parts = ["<h3>" + tr("Wat gaat goed") + "</h3>"]
        good = [
            f"<p><b>{escape(perspective_name(p))}</b> ({fmt_date(latest[p].assessed_on)}): "
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
        topics = case_topics(case)
        parts.append("<h3>" + tr("Gespreksonderwerpen") + "</h3>")
        if topics:
            topic_items = "".join(f"<li>{escape(topic_text(t, lang()))}</li>" for t in topics)
            parts.append(f"<ul>{topic_items}</ul>")
        else:
            parts.append("<p>" + tr("Geen grote verschillen tussen de gezichtspunten.") + "</p>")
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
