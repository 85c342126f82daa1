""" "AVG-inzage maken…": choose a folder, write the inzage PDF and JSON off the GUI thread, then
say where the two files are.

The child's page calls :func:`make_inzage`; so does the retention screen ("AVG-kopie maken")
before an erasure. The work is :func:`kansencirkel.commands.inzage_files.write_inzage` (the
same as ``kansencirkel inzage``), run through the OperationRunner (the status bar says
"AVG-inzage wordt gemaakt…" meanwhile); it never overwrites a file
(a second inzage of the same day in the same folder gets the next free name) and logs the
export as EXPORT "inzage". The files are not encrypted, so the message that says where they
are says that too. Failures are one sentence (:func:`~kansencirkel.ui.errors.show_error`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kansencirkel.core import clock
from kansencirkel.ui.errors import show_error
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.saving_dialog import default_folder

if TYPE_CHECKING:
    from kansencirkel.commands.inzage_files import InzageFiles
    from kansencirkel.vault.repos import Repositories


class InzageFlow(QObject):
    """One run of "AVG-inzage maken…". ``finished`` carries the :class:`InzageFiles` once both
    are written; ``failed`` the exception after its sentence was shown. ``box`` is the last
    message shown (tests read it)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        repos: Repositories,
        runner: OperationRunner,
        child_id: str,
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.repos, self.runner, self.child_id = repos, runner, child_id
        self.files: InzageFiles | None = None
        self.box: QMessageBox | None = None

    def choose_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self.widget, self.tr("Map kiezen voor de AVG-inzage"), str(default_folder())
        )
        return Path(chosen) if chosen else None

    def start(self, folder: Path) -> None:
        from kansencirkel.commands.inzage_files import write_inzage

        repos, child_id, lang = self.repos, self.child_id, current_lang()
        self.runner.run(
            lambda: write_inzage(
                repos,
                child_id,
                folder,
                lang=lang,
                printed_at=clock.now().astimezone(),
                new_name=True,
            ),
            self._done,
            self._failed,
            busy_text=self.tr("AVG-inzage wordt gemaakt…"),
        )

    def _done(self, files: InzageFiles) -> None:
        self.files = files
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("AVG-inzage gemaakt"),
            self.tr(
                "De AVG-inzage is opgeslagen in deze map:\n%1\n\nDe twee bestanden:\n%2\n%3"
                "\n\nDeze bestanden zijn niet versleuteld en bevatten persoonsgegevens van "
                "een kind. Geef ze alleen aan wie erom vroeg, en verwijder ze daarna."
            )
            .replace("%1", str(files.pdf.parent))
            .replace("%2", files.pdf.name)
            .replace("%3", files.json.name),
            QMessageBox.StandardButton.Close,
            self.widget,
        )
        open_button = box.addButton(self.tr("PDF &openen"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pdf = files.pdf
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))))
        self.box = box
        box.open()
        self.finished.emit(files)

    def _failed(self, exc: BaseException) -> None:
        self.box = show_error(self.widget, exc, title=self.tr("AVG-inzage niet gemaakt"))
        self.failed.emit(exc)


def make_inzage(
    parent: QWidget,
    repos: Repositories,
    runner: OperationRunner,
    child_id: str,
    folder: Path | None = None,
) -> InzageFlow | None:
    """Ask for a folder (unless ``folder`` is given), then write the inzage of ``child_id``
    there in the background. Returns the running flow, or None when the user cancelled."""
    flow = InzageFlow(parent, repos, runner, child_id)
    chosen = folder or flow.choose_folder()
    if chosen is None:
        flow.deleteLater()
        return None
    flow.start(chosen)
    return flow
