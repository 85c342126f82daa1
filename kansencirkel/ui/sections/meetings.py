"""Overleggen: planned ones (a date in the diary) and held ones (who was there, summary,
decisions, agreed actions, next date). A planned overleg is marked held when it took place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeWidgetItem, QWidget

from kansencirkel.core.changes import Written
from kansencirkel.core.model import Meeting
from kansencirkel.ui.dialog_helpers import show_error_label
from kansencirkel.ui.meeting_dialog import HELD, KIND_NAMES, MARK_HELD, PLAN
from kansencirkel.ui.sections.common import Section, button_bar, fmt_date, tr
from kansencirkel.ui.versioned_save import VersionedEdit, unversioned

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ID = Qt.ItemDataRole.UserRole


class MeetingsSection(Section):
    add_action_requested = Signal(str)  # meeting id: add an afspraak agreed in this overleg

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_button = self.button(QT_TR_NOOP("Overleg &plannen…"), "planMeetingButton")
        self.add_button = self.button(QT_TR_NOOP("Overleg &vastleggen…"), "recordMeetingButton")
        self.held_button = self.button(QT_TR_NOOP("Markeren als &gehouden…"), "markHeldButton")
        self.edit_button = self.button(QT_TR_NOOP("&Wijzigen…"))
        self.action_button = self.button(QT_TR_NOOP("&Afspraak bij dit overleg…"))
        self.pulse_button = self.button(QT_TR_NOOP("Terugblik &samenwerking…"), "pulseButton")
        self.layout_.addLayout(
            button_bar(
                self.plan_button,
                self.add_button,
                self.held_button,
                self.edit_button,
                self.action_button,
                self.pulse_button,
            )
        )
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Datum"),
                QT_TR_NOOP("Soort"),
                QT_TR_NOOP("Aanwezig"),
                QT_TR_NOOP("Volgend overleg"),
                QT_TR_NOOP("Status"),
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
        self.plan_button.clicked.connect(lambda: self.open_dialog(None, PLAN))
        self.held_button.clicked.connect(lambda: self.open_dialog(self.current(), MARK_HELD))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current()))
        self.action_button.clicked.connect(self._add_action)
        self.pulse_button.clicked.connect(self.open_pulse)
        self.tree.itemActivated.connect(lambda *_: self.open_dialog(self.current()))
        self.tree.currentItemChanged.connect(self._selected)
        self._by_id: dict[str, Meeting] = {}
        self._selected()

    def refresh(self) -> None:
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
                        status_name(m),
                    ]
                )
                item.setData(0, _ID, m.id)
                self.tree.addTopLevelItem(item)
            for i in range(5):
                self.tree.resizeColumnToContents(i)
        self._selected()

    def current(self) -> Meeting | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _selected(self) -> None:
        m = self.current()
        self.edit_button.setEnabled(m is not None)
        self.action_button.setEnabled(m is not None)
        self.held_button.setEnabled(m is not None and m.is_planned)
        self.pulse_button.setEnabled(m is not None and not m.is_planned)
        self.add_button.setEnabled(self.data is not None)
        self.plan_button.setEnabled(self.data is not None)
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
        if m.is_planned:
            return (
                f"<h3>{fmt_date(m.held_on)} — {escape(status_name(m))}</h3>"
                f"<p>{escape(tr(KIND_NAMES[m.kind]))}</p>"
                "<p>"
                + tr("Markeer het als gehouden als het overleg heeft plaatsgevonden.")
                + "</p>"
                "<p><b>" + tr("Afspraken") + f":</b></p><ul>{actions}</ul>"
            )
        return (
            f"<h3>{fmt_date(m.held_on)}</h3>"
            "<p><b>" + tr("Aanwezig") + f":</b> {escape(', '.join(m.attendees))}</p>"
            "<p><b>" + tr("Samenvatting") + f":</b> {escape(m.summary) or '–'}</p>"
            "<p><b>" + tr("Besluiten") + f":</b> {escape(m.decisions) or '–'}</p>"
            "<p><b>" + tr("Afspraken") + f":</b></p><ul>{actions}</ul>"
            "<p><b>"
            + tr("Volgend overleg")
            + f":</b> {fmt_date(m.next_on)}</p>"
            + self._pulse_html(m)
        )

    def _pulse_html(self, m: Meeting) -> str:
        """Which sides looked back on the cooperation (their answers stay in the dialog)."""
        assert self.data is not None
        from kansencirkel.ui.pulse_dialog import SIDE_LABELS

        sides = [tr(SIDE_LABELS[p.side]) for p in self.data.pulses if p.meeting_id == m.id]
        if not sides:
            return ""
        return "<p><b>" + tr("Terugblik samenwerking") + f":</b> {escape(', '.join(sides))}</p>"

    def open_pulse(self) -> Any:
        """Hoe ging de samenwerking? — for a held overleg, one side at a time."""
        m = self.current()
        if self.data is None or m is None or m.is_planned:
            return None
        from kansencirkel.ui.pulse_dialog import PulseDialog

        given = [p for p in self.data.pulses if p.meeting_id == m.id]
        dlg = PulseDialog(given, parent=self)
        meeting_id = m.id
        dlg.accepted.connect(
            lambda: self.request(
                lambda repos: repos.pulses.give(meeting_id, dlg.side(), dlg.answers())
            )
        )
        self.dialog = dlg
        dlg.open()
        return dlg

    def _add_action(self) -> None:
        m = self.current()
        if m is not None:
            self.add_action_requested.emit(m.id)

    def open_dialog(
        self,
        meeting: Meeting | None,
        mode: str = HELD,
        *,
        typed: dict[str, Any] | None = None,
        message: str = "",
    ) -> Any:
        """``mode``: record a held overleg (or edit ``meeting``), plan one, or mark held.
        ``typed``: what was typed before a save that failed (then ``message`` says why)."""
        if self.data is None or (mode == MARK_HELD and (meeting is None or not meeting.is_planned)):
            return None
        from kansencirkel.ui.meeting_dialog import MeetingDialog

        if meeting is not None and meeting.is_planned and mode == HELD:
            mode = PLAN  # editing a planned overleg: its date and kind
        names = [i.person.name for i in self.data.case.involvements]
        dlg = MeetingDialog(names, meeting, today=self.data.today, mode=mode, parent=self)
        if typed is not None:
            dlg.set_values(typed)
        if message:
            show_error_label(dlg.ui.errorLabel, message)
        dlg.accepted.connect(lambda: self._save(dlg.values(), meeting, mode))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _save(self, v: dict[str, Any], meeting: Meeting | None, mode: str) -> None:
        assert self.data is not None
        child_id = self.data.child_id

        def open_again(sentence: str) -> object:
            return self.open_dialog(meeting, mode, typed=v, message=sentence)

        reopen = self.reopener(open_again)
        if meeting is None:
            self.request(unversioned(self._create_job(child_id, v, mode), reopen))
            return
        meeting_id = meeting.id

        def job(
            repos: Repositories, version: int | None, taken: Mapping[str, Any]
        ) -> Written[Meeting]:
            values = {**v, **taken}
            if mode == MARK_HELD:
                return repos.meetings.mark_held(meeting_id, expected_version=version, **values)
            return repos.meetings.update(meeting_id, expected_version=version, **values)

        self.request(VersionedEdit(job, meeting.version, reopen, per_field=True))

    @staticmethod
    def _create_job(
        child_id: str, v: dict[str, Any], mode: str
    ) -> Callable[[Repositories], Written[Meeting]]:
        if mode == PLAN:
            return lambda repos: repos.meetings.plan(child_id, **v)
        return lambda repos: repos.meetings.create(child_id, **v)


def status_name(m: Meeting) -> str:
    return tr("Gepland") if m.is_planned else tr("Gehouden")
