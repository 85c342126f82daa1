"""Reading in a spreadsheet (CSV): a preview of what will be added, then all or nothing.

The file is read and planned off the GUI thread (:func:`plan_file`): the plan against the
vault's children and the vault's own count of what it would add
(``Repositories.preview_plan``). Nothing is written until "Inlezen"; then the plan goes in
whole through ``Repositories.import_plan`` as one write of :class:`VaultOps`, whose
``changed`` signal refreshes the children list. A file with problems shows the refusal and
every problem, row and column, and cannot be read in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kansencirkel.core import clock
from kansencirkel.core.import_plan import ImportCounts, ImportPlan, PlannedChild
from kansencirkel.ui.children_model import format_date
from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_spreadsheet_import_dialog import Ui_SpreadsheetImportDialog
from kansencirkel.ui.i18n import counted, own_sentence
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories
    from kansencirkel.vault.validation import FileRejected


def plan_file(repos: Repositories, path: Path) -> tuple[ImportPlan, ImportCounts]:
    """Read ``path`` and plan it against the vault (read only; FileRejected with every
    problem). Runs in the background."""
    from kansencirkel.exchange.csv_import import plan_from_csv
    from kansencirkel.exchange.csv_text import MAX_BYTES

    with path.open("rb") as fh:  # a folder: IsADirectoryError
        raw = fh.read(MAX_BYTES + 1)
    plan_from_csv(raw)  # the file's own problems first: no vault read for a broken file
    known = [s.child for s in repos.children.summaries(clock.today())]
    plan = plan_from_csv(raw, known)
    return plan, repos.preview_plan(plan)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SpreadsheetImportDialog(QDialog):
    """The preview of ``path``; "Inlezen" writes it. ``imported`` carries what was added."""

    imported = Signal(object)  # ImportCounts
    planned = Signal()  # the preview (or the problem list) is shown
    template_requested = Signal()

    def __init__(
        self, repos: Repositories, ops: VaultOps, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SpreadsheetImportDialog()
        self.ui.setupUi(self)
        self.repos, self.ops, self.path = repos, ops, path
        self.plan: ImportPlan | None = None
        self.counts: ImportCounts | None = None
        self.problems: list[str] = []
        self._writing = False
        box = self.ui.buttonBox
        # Own buttons, not standard ones: a language change resets a standard button's text.
        self.import_button = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.import_button, self.cancel_button):
            button.setAutoDefault(False)
        self._retranslate_buttons()
        self.import_button.setEnabled(False)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ui.templateButton.clicked.connect(self.template_requested)
        self._setup_table(self.ui.newTable)
        self._setup_table(self.ui.matchedTable)
        self.ui.fileLabel.setText(self.tr("Bestand: %1").replace("%1", path.name))
        self.ui.fileLabel.setToolTip(str(path))
        self.ui.statusLabel.hide()
        self.ui.summaryLabel.setText(self.tr("Het bestand wordt gelezen…"))
        self.cancel_button.setFocus()
        ops.read(
            lambda: plan_file(repos, path),
            self._show_plan,
            self._refused,
            busy_text=self.tr("Spreadsheet lezen…"),
        )

    # -- the preview -----------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [
            self.tr("Naam"),
            self.tr("Geboortedatum"),
            self.tr("School"),
            self.tr("Groep"),
            self.tr("Metingen"),
        ]

    def _setup_table(self, table: QTableWidget) -> None:
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(self._headers())
        table.verticalHeader().setVisible(False)
        self._size_columns(table)

    @staticmethod
    def _size_columns(table: QTableWidget) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _fill(
        self, table: QTableWidget, children: Sequence[PlannedChild], per: Counter[int]
    ) -> None:
        assert self.plan is not None
        index = {id(c): i for i, c in enumerate(self.plan.children)}
        # Sized once after filling: sized to contents at every cell, 2,500 children take
        # minutes (each item makes the header measure the whole column again).
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setUpdatesEnabled(False)
        table.setRowCount(len(children))
        for row, child in enumerate(children):
            cells = (
                child.full_name,
                format_date(child.date_of_birth),
                child.school,
                child.group,
                str(per[index[id(child)]]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        self._size_columns(table)
        table.setUpdatesEnabled(True)

    def _show_plan(self, result: tuple[ImportPlan, ImportCounts]) -> None:
        self.plan, self.counts = result
        plan, counts = result
        per = Counter(a.child for a in plan.assessments)
        self._fill(self.ui.newTable, plan.new_children, per)
        self._fill(self.ui.matchedTable, plan.matched_children, per)
        self.ui.newLabel.setEnabled(bool(plan.new_children))
        self.ui.matchedLabel.setEnabled(bool(plan.matched_children))
        self.ui.stack.setCurrentWidget(self.ui.planPage)
        self.ui.summaryLabel.setText(self.summary(counts))
        self.ui.summaryLabel.show()
        nothing = counts.new_children == 0 and counts.assessments == 0
        self.import_button.setEnabled(not nothing)
        if nothing:
            set_inline_message(
                self.ui.statusLabel,
                self.tr("Alles uit dit bestand staat al in de kluis; er is niets in te lezen."),
                error=False,
            )
        chosen = self.import_button if not nothing else self.cancel_button
        chosen.setDefault(True)  # Enter: what the preview is for (Alt+I too)
        chosen.setFocus()
        self.planned.emit()

    def summary(self, counts: ImportCounts) -> str:
        """What "Inlezen" will add, in one or two sentences."""
        lines = [
            self.tr(
                "Nieuwe kinderen: %1. Kinderen die al in de kluis staan: %2. "
                "Metingen die erbij komen: %3."
            )
            .replace("%1", str(counts.new_children))
            .replace("%2", str(counts.matched_children))
            .replace("%3", str(counts.assessments))
        ]
        if counts.already_stored:
            lines.append(
                counted(
                    counts.already_stored,
                    self.tr(
                        "{n} meting uit dit bestand staat al precies zo in de kluis en wordt "
                        "overgeslagen."
                    ),
                    self.tr(
                        "{n} metingen uit dit bestand staan al precies zo in de kluis en "
                        "worden overgeslagen."
                    ),
                )
            )
        lines.append(self.tr("Er wordt niets opgeslagen tot je op Inlezen drukt."))
        return " ".join(lines)

    # -- a file with problems ------------------------------------------------------------------
    def _refused(self, exc: BaseException) -> None:
        from kansencirkel.vault.validation import FileRejected

        if isinstance(exc, FileRejected):
            self._show_problems(exc)
            return
        if isinstance(exc, IsADirectoryError):
            sentence = self.tr("%1 is een map; kies het bestand zelf.").replace(
                "%1", self.path.name
            )
        else:
            sentence = error_text(exc)
        self.ui.summaryLabel.hide()
        self.ui.stack.hide()
        set_inline_message(self.ui.statusLabel, sentence)
        self.cancel_button.setFocus()
        self.planned.emit()

    def _show_problems(self, exc: FileRejected) -> None:
        self.plan, self.counts = None, None
        self.import_button.setEnabled(False)
        self.problems = [p.message.text() for p in exc.problems]
        self.ui.problemsList.clear()
        for text in self.problems:
            self.ui.problemsList.addItem(QListWidgetItem(text))
        self.ui.problemsList.setCurrentRow(0)
        self.ui.problemsLabel.setText(
            counted(
                len(self.problems),
                self.tr("&Problemen in het bestand ({n}):", "one"),
                self.tr("&Problemen in het bestand ({n}):", "more"),
            )
        )
        self.ui.stack.setCurrentWidget(self.ui.problemsPage)
        self.ui.stack.show()
        self.ui.statusLabel.hide()
        set_inline_message(self.ui.summaryLabel, own_sentence(exc))  # the refusal, on top
        self.ui.problemsList.setFocus()
        self.planned.emit()

    # -- reading in ------------------------------------------------------------------------
    def accept(self) -> None:
        plan, repos = self.plan, self.repos
        if plan is None or self._writing or not self.import_button.isEnabled():
            return
        self._writing = True
        for button in (self.import_button, self.cancel_button, self.ui.templateButton):
            button.setEnabled(False)
        set_inline_message(self.ui.statusLabel, self.tr("Bezig met inlezen…"), error=False)
        self.ops.write(
            lambda: repos.import_plan(plan),
            self._written,
            self._write_failed,
            busy_text=self.tr("Spreadsheet inlezen…"),
        )

    def _written(self, counts: ImportCounts) -> None:
        self._writing = False
        self.imported.emit(counts)
        super().accept()

    def _write_failed(self, exc: BaseException) -> None:
        from kansencirkel.vault.validation import FileRejected

        self._writing = False
        self.cancel_button.setEnabled(True)
        self.ui.templateButton.setEnabled(True)
        if isinstance(exc, FileRejected):  # the vault changed since the preview
            self._show_problems(exc)
        else:
            set_inline_message(self.ui.statusLabel, error_text(exc))

    # -- while writing, the user cannot close it (the vault's lock still can) ----------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._writing and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._writing:
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate_buttons(self) -> None:
        self.import_button.setText(self.tr("&Inlezen"))
        self.cancel_button.setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_buttons()
            for table in (self.ui.newTable, self.ui.matchedTable):
                table.setHorizontalHeaderLabels(self._headers())
        super().changeEvent(event)
