"""Notities: a timeline of observations, each intern or deelbaar, with element tags.

A selected note can be edited (a new version), made intern or deelbaar, or removed; each asks
for a reason, which stays in the note's history ("Geschiedenis…").
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from kansencirkel.core.changes import Written
from kansencirkel.core.enums import Visibility
from kansencirkel.core.model import Note
from kansencirkel.ui.sections.common import (
    Section,
    button_bar,
    element_names,
    fmt_date,
    fmt_moment,
    tr,
    wrap_column,
)
from kansencirkel.ui.versioned_save import VersionedEdit, unversioned

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ID = Qt.ItemDataRole.UserRole


def visibility_name(v: Visibility) -> str:
    return tr("Deelbaar") if v is Visibility.DEELBAAR else tr("Intern")


class NotesSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = self.button(QT_TR_NOOP("Notitie toevoe&gen…"), "addNoteButton")
        self.edit_button = self.button(QT_TR_NOOP("B&ewerken…"), "editNoteButton")
        self.visibility_button = self.button(
            QT_TR_NOOP("&Zichtbaarheid wijzigen…"), "noteVisibilityButton"
        )
        self.remove_button = self.button(QT_TR_NOOP("Ver&wijderen…"), "removeNoteButton")
        self.history_button = self.button(QT_TR_NOOP("Ges&chiedenis…"), "noteHistoryButton")
        self.layout_.addLayout(
            button_bar(
                self.add_button,
                self.edit_button,
                self.visibility_button,
                self.remove_button,
                self.history_button,
            )
        )
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Datum"),
                QT_TR_NOOP("Zichtbaar"),
                QT_TR_NOOP("Ontwikkelgebied"),
                QT_TR_NOOP("Notitie"),
                QT_TR_NOOP("Door"),
            ],
            "notesTree",
        )
        wrap_column(self.tree, 3)
        self.layout_.addWidget(self.tree)
        self._by_id: dict[str, Note] = {}
        self.add_button.clicked.connect(lambda: self.open_dialog())
        self.edit_button.clicked.connect(lambda: self.open_edit(self.current()))
        self.visibility_button.clicked.connect(lambda: self.open_reclassify(self.current()))
        self.remove_button.clicked.connect(lambda: self.open_remove(self.current()))
        self.history_button.clicked.connect(lambda: self.open_history(self.current()))
        self.tree.currentItemChanged.connect(self._selected)
        self._selected()

    def refresh(self) -> None:
        self.tree.clear()
        self._by_id = {}
        self.add_button.setEnabled(self.data is not None)
        if self.data is None:
            self._selected()
            return
        notes = sorted(self.data.case.notes, key=lambda n: n.written_on, reverse=True)
        for n in notes:
            self._by_id[n.id] = n
            text = n.text if n.version == 1 else f"{n.text} " + tr("(bewerkt)")
            item = QTreeWidgetItem(
                [
                    fmt_date(n.written_on),
                    visibility_name(n.visibility),
                    element_names(n.elements),
                    text,
                    n.author,
                ]
            )
            item.setData(0, _ID, n.id)
            item.setToolTip(3, n.text)
            self.tree.addTopLevelItem(item)
        for i in (0, 1, 2):
            self.tree.resizeColumnToContents(i)
        self.tree.setColumnWidth(3, 520)
        self._selected()

    def current(self) -> Note | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _selected(self) -> None:
        n = self.current()
        for b in (self.edit_button, self.visibility_button, self.remove_button):
            b.setEnabled(n is not None)
        self.history_button.setEnabled(n is not None and n.version > 1)

    def _show(self, dlg: QDialog) -> QDialog:
        self.dialog = dlg
        dlg.open()
        return dlg

    def open_dialog(self, typed: dict[str, Any] | None = None, message: str = "") -> Any:
        """A new notitie; ``typed``: what was typed before a save that failed (the server
        away, say), shown again with ``message``: a typed note is never lost."""
        if self.data is None:
            return None
        from kansencirkel.ui.note_dialog import NoteDialog

        dlg = NoteDialog(today=self.data.today, parent=self)
        if typed is not None:
            dlg.set_values(typed, message=message)
        child_id = self.data.child_id

        def save() -> None:
            v = dlg.values()
            again = self.reopener(lambda sentence: self.open_dialog(typed=v, message=sentence))
            self.request(unversioned(lambda repos: repos.notes.create(child_id, **v), again))

        dlg.accepted.connect(save)
        return self._show(dlg)

    def open_edit(
        self,
        note: Note | None,
        typed: dict[str, Any] | None = None,
        *,
        reason: str = "",
        message: str = "",
    ) -> Any:
        """Edit a notitie (a new version); after a failed save, as :meth:`open_dialog`."""
        if self.data is None or note is None:
            return None
        from kansencirkel.ui.note_dialog import NoteDialog

        dlg = NoteDialog(today=self.data.today, note=note, parent=self)
        if typed is not None:
            dlg.set_values(typed, reason, message)

        def save() -> None:
            v, why = dlg.values(), dlg.reason()
            again = self.reopener(
                lambda sentence: self.open_edit(note, v, reason=why, message=sentence)
            )

            def job(
                repos: Repositories, version: int | None, taken: Mapping[str, Any]
            ) -> Written[Note]:
                fields = {**v, **taken}  # taken: kept as a colleague stored them meanwhile
                return repos.notes.edit(note.id, reason=why, expected_version=version, **fields)

            self.request(VersionedEdit(job, note.version, again, per_field=True))

        dlg.accepted.connect(save)
        return self._show(dlg)

    def open_reclassify(self, note: Note | None) -> Any:
        if note is None:
            return None
        from kansencirkel.ui.reason_dialog import ReasonDialog

        if note.visibility is Visibility.DEELBAAR:
            to = Visibility.INTERN
            prompt = self.tr(
                "De notitie wordt intern: alleen het team ziet haar nog, en ze staat niet "
                "meer in het overzicht voor ouders."
            )
        else:
            to = Visibility.DEELBAAR
            prompt = self.tr(
                "De notitie wordt deelbaar: ze mag in het overzicht voor ouders staan "
                "(als er toestemming is)."
            )
        dlg = ReasonDialog(
            self.tr("Zichtbaarheid wijzigen"),
            prompt,
            self.tr("Maak intern") if to is Visibility.INTERN else self.tr("Maak deelbaar"),
            self,
            subject=self._which(note),
        )

        def job(
            repos: Repositories, version: int | None, taken: Mapping[str, Any]
        ) -> Written[Note]:
            """The note as it was shown, made ``to``: when a colleague changed it meanwhile,
            the conflict shows what (a text now shared that was never read here, say)."""
            fields = {
                "written_on": note.written_on,
                "text": note.text,
                "elements": note.elements,
                "visibility": to,
                **taken,
            }
            return repos.notes.edit(
                note.id, reason=dlg.reason(), expected_version=version, **fields
            )

        dlg.accepted.connect(lambda: self.request(VersionedEdit(job, note.version, per_field=True)))
        return self._show(dlg)

    def _which(self, note: Note) -> str:
        """'Notitie van 18-07-2026: “Leerkracht merkt dat …”' (the first words)."""
        words = note.text.split()
        excerpt = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
        return (
            self.tr("Notitie van %1: “%2”")
            .replace("%1", fmt_date(note.written_on))
            .replace("%2", excerpt)
        )

    def open_remove(self, note: Note | None) -> Any:
        if note is None:
            return None
        from kansencirkel.ui.reason_dialog import ReasonDialog

        dlg = ReasonDialog(
            self.tr("Notitie verwijderen"),
            self.tr(
                "De notitie verdwijnt uit het dossier en uit de overzichten. In het logboek "
                "blijft staan wie haar verwijderde, wanneer."
            ),
            self.tr("&Verwijderen"),
            self,
            subject=self._which(note),
        )
        dlg.accepted.connect(
            lambda: self.request(lambda repos: repos.notes.remove(note.id, reason=dlg.reason()))
        )
        return self._show(dlg)

    def open_history(self, note: Note | None) -> Any:
        if self.data is None or note is None:
            return None
        from kansencirkel.ui.history_dialog import HistoryDialog

        older = [v for v in self.data.case.note_versions if v.note_id == note.id]
        dlg = HistoryDialog(self.tr("Geschiedenis van de notitie"), history_html(note, older), self)
        return self._show(dlg)


def history_html(note: Note, older: list[Any]) -> str:
    """The note as it is now, then each earlier version with who replaced it, when and why."""
    now = (
        "<h3>" + (tr("Versie %d") % note.version) + " — " + tr("huidig") + "</h3>"
        f"<p>{fmt_date(note.written_on)} · {escape(visibility_name(note.visibility))}</p>"
        f"<p>{escape(note.text)}</p>"
    )
    lines = []
    for v in sorted(older, key=lambda v: v.version, reverse=True):
        lines.append(
            "<h4>" + (tr("Versie %d") % v.version) + "</h4>"
            f"<p>{fmt_date(v.written_on)} · {escape(visibility_name(v.visibility))}"
            f" · {escape(element_names(v.elements))}</p>"
            f"<p>{escape(v.text)}</p>"
            "<p><i>"
            + tr("Vervangen op %s door %s") % (fmt_moment(v.replaced_at), escape(v.replaced_by))
            + f" — {escape(v.reason)}</i></p>"
        )
    return now + "".join(lines)
