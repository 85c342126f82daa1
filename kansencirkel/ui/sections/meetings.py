"""Overleggen: meetings with who was there, summary, decisions, agreed actions, next date."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeWidgetItem, QWidget

from kansencirkel.core.model import Meeting
from kansencirkel.ui.sections.common import Section, button_bar, fmt_date, tr

_ID = Qt.ItemDataRole.UserRole


class MeetingsSection(Section):
    add_action_requested = Signal(str)  # meeting id: add an afspraak agreed in this overleg

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = self.button(QT_TR_NOOP("Nie&uw overleg…"))
        self.edit_button = self.button(QT_TR_NOOP("&Wijzigen…"))
        self.action_button = self.button(QT_TR_NOOP("&Afspraak bij dit overleg…"))
        self.layout_.addLayout(button_bar(self.add_button, self.edit_button, self.action_button))
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Datum"),
                QT_TR_NOOP("Soort"),
                QT_TR_NOOP("Aanwezig"),
                QT_TR_NOOP("Volgend overleg"),
            ],
            "meetingsTree",
        )
        self.detail = QTextBrowser()
        self.detail.setObjectName("meetingDetail")
        self.keep(self.detail.setAccessibleName, QT_TR_NOOP("Gekozen overleg"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        self.layout_.addWidget(split)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current()))
        self.action_button.clicked.connect(self._add_action)
        self.tree.itemActivated.connect(lambda *_: self.open_dialog(self.current()))
        self.tree.currentItemChanged.connect(self._selected)
        self._by_id: dict[str, Meeting] = {}
        self._selected()

    def refresh(self) -> None:
        from kansencirkel.ui.meeting_dialog import KIND_NAMES

        self.tree.clear()
        self.detail.clear()
        self._by_id = {}
        if self.data is not None:
            for m in sorted(self.data.case.meetings, key=lambda m: m.held_on, reverse=True):
                self._by_id[m.id] = m
                item = QTreeWidgetItem(
                    [
                        fmt_date(m.held_on),
                        tr(KIND_NAMES[m.kind]),
                        ", ".join(m.attendees),
                        fmt_date(m.next_on),
                    ]
                )
                item.setData(0, _ID, m.id)
                self.tree.addTopLevelItem(item)
            for i in range(4):
                self.tree.resizeColumnToContents(i)
        self._selected()

    def current(self) -> Meeting | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _selected(self) -> None:
        m = self.current()
        self.edit_button.setEnabled(m is not None)
        self.action_button.setEnabled(m is not None)
        self.add_button.setEnabled(self.data is not None)
        self.detail.setHtml(self.detail_html(m) if m is not None else "")

    def detail_html(self, m: Meeting) -> str:
        assert self.data is not None
        agreed = [a for a in self.data.case.actions if a.meeting_id == m.id]
        actions = (
            "".join(
                f"<li>{escape(a.what)} — {escape(a.owner.name if a.owner else '–')}, "
                f"{fmt_date(a.due_on)}</li>"
                for a in agreed
            )
            or "<li>" + tr("Geen afspraken vastgelegd bij dit overleg.") + "</li>"
        )
        return (
            f"<h3>{fmt_date(m.held_on)}</h3>"
            "<p><b>" + tr("Aanwezig") + f":</b> {escape(', '.join(m.attendees))}</p>"
            "<p><b>" + tr("Samenvatting") + f":</b> {escape(m.summary) or '–'}</p>"
            "<p><b>" + tr("Besluiten") + f":</b> {escape(m.decisions) or '–'}</p>"
            "<p><b>" + tr("Afspraken") + f":</b></p><ul>{actions}</ul>"
            "<p><b>" + tr("Volgend overleg") + f":</b> {fmt_date(m.next_on)}</p>"
        )

    def _add_action(self) -> None:
        m = self.current()
        if m is not None:
            self.add_action_requested.emit(m.id)

    def open_dialog(self, meeting: Meeting | None) -> Any:
        if self.data is None:
            return None
        from kansencirkel.ui.meeting_dialog import MeetingDialog

        names = [i.person.name for i in self.data.case.involvements]
        dlg = MeetingDialog(names, meeting, today=self.data.today, parent=self)
        dlg.accepted.connect(lambda: self._save(dlg.values(), meeting))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _save(self, v: dict[str, Any], meeting: Meeting | None) -> None:
        assert self.data is not None
        child_id = self.data.child_id
        if meeting is None:
            self.request(lambda repos: repos.meetings.create(child_id, **v))
        else:
            self.request(lambda repos: repos.meetings.update(meeting.id, **v))
