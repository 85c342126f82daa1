""" "Over Kansencirkel": the version, what ships under which licence, and SECURITY.md.

The list of components is not typed here: :mod:`kansencirkel.licences` reads it from the
installed distributions' metadata (in the bundle, the copies the PyInstaller spec puts there),
the same list ``kansencirkel licences`` prints. ``show_about(parent)`` is what the Help menu
calls.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from kansencirkel.licences import Component, app_version, components
from kansencirkel.paths import project_document, resource
from kansencirkel.ui.forms.ui_about_dialog import Ui_AboutDialog

# The file with the full security text, shown in the dialog.
SECURITY_FILE = "SECURITY.md"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.components: list[Component] = components()
        icon = QIcon(str(resource("icons", "kansencirkel.svg")))
        self.ui.iconLabel.setPixmap(icon.pixmap(64, 64))
        self.ui.titleLabel.setText(
            "<h2>Kansencirkel</h2><p>"
            + escape(self.tr("Versie {version}").format(version=app_version()))
            + "<br/>"
            + escape(self.tr("Vrije software onder de MIT-licentie."))
            + "</p><p>"
            + escape(
                self.tr(
                    "De acht ontwikkelgebieden van een kind, samen bekeken door school, ouders,"
                    " zorg en het kind zelf. Geen risico-instrument: er is geen totaalscore en"
                    " geen stoplicht. Alle gegevens staan versleuteld in de kluis op deze"
                    " computer."
                )
            )
            + "</p>"
        )
        self._fill_components()
        self._fill_security()
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Sluiten"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.componentsTree.currentItemChanged.connect(self._show_licence)
        first = self.ui.componentsTree.topLevelItem(0)
        if first is not None:
            self.ui.componentsTree.setCurrentItem(first)

    def _fill_components(self) -> None:
        tree = self.ui.componentsTree
        for index, c in enumerate(self.components):
            item = QTreeWidgetItem([c.name, c.version, c.licence, c.part_of])
            item.setData(0, 256, index)  # Qt.ItemDataRole.UserRole
            item.setToolTip(0, c.summary)
            item.setToolTip(2, c.licence)  # a long licence line (reportlab's) is cut
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 300)
        header.setStretchLastSection(True)

    def _show_licence(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.ui.licenceText.clear()
            return
        c = self.components[int(item.data(0, 256))]
        if not c.texts:
            self.ui.licenceText.setPlainText(
                self.tr("{name} levert geen licentietekst mee; de licentie is: {licence}").format(
                    name=c.name, licence=c.licence
                )
            )
            return
        self.ui.licenceText.setPlainText(
            "\n\n".join(f"==== {t.name} ====\n\n{t.text.strip()}" for t in c.texts)
        )

    def _fill_security(self) -> None:
        path = project_document(SECURITY_FILE)
        if path is None:
            self.ui.securityLink.setText(
                self.tr(
                    "Deze installatie heeft geen kopie van {file}; die staat bij de broncode "
                    "van Kansencirkel."
                ).format(file=SECURITY_FILE)
            )
            self.ui.securityText.hide()
            return
        url = QUrl.fromLocalFile(str(path)).toString()
        self.ui.securityLink.setText(
            escape(self.tr("Hoe Kansencirkel de gegevens beschermt, uit {file}:")).format(
                file=SECURITY_FILE
            )
            + f' <a href="{escape(url)}">{escape(str(path))}</a>'
        )
        self.ui.securityText.setMarkdown(path.read_text(encoding="utf-8"))


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog (modal to ``parent``) and return it once it is closed."""
    dialog = AboutDialog(parent)
    dialog.exec()
    return dialog
