"""The built-in guide: a few short pages from ``resources/help/{nl,en}/*.md`` in a window.

Pages have the same file name (their topic) in both languages, so links between pages work
in either; the window shows the current app language and switches along with it. Keyboard:
the page list and the text take Tab, links open with Enter, Alt+← / Alt+→ go back and
forward, Esc closes. Plain QTextBrowser (Markdown), no web engine.

:func:`open_help` is the one way in (F1 and the Help menu, see :mod:`help_context`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kansencirkel.paths import resource
from kansencirkel.ui.i18n import current_lang

# The guide's pages in reading order; the file name (without .md) is the topic.
TOPICS: tuple[str, ...] = (
    "inhoud",
    "eerste-overleg",
    "meting-invoeren",
    "overlegmodus",
    "afdrukken-ouders",
    "privacy-herstelcode",
    "delen-en-bewaren",
)
INDEX = "inhoud"


def page_path(topic: str, lang: str) -> Path:
    return resource("help", lang, f"{topic}.md")


def page_title(path: Path) -> str:
    """A page's first heading (``# Title``)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that gives every page air: line spacing, room between paragraphs and
    headings in proportion to the text (Markdown has no style sheet)."""

    def doSetSource(
        self,
        name: QUrl | str,
        /,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        super().doSetSource(name, type)
        self.loosen()

    def loosen(self) -> None:
        base = self.font().pointSizeF()
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            cursor.setPosition(block.position())
            fmt = block.blockFormat()
            fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            level = fmt.headingLevel()
            fmt.setTopMargin({1: 0, 2: base * 1.2}.get(level, fmt.topMargin()))
            fmt.setBottomMargin(base * (0.8 if level else 0.5))
            cursor.setBlockFormat(fmt)
            if level:
                chars = QTextCharFormat()
                chars.setFontPointSize(base * (1.6 if level == 1 else 1.2))
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(chars)
            block = block.next()


class HelpWindow(QWidget):
    """The guide; :meth:`show_topic` opens a page in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._lang = current_lang()
        self.pages = QListWidget(self)
        self.pages.setObjectName("helpPages")
        self.pages.setSpacing(3)
        self.pages.setWordWrap(True)
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # the guide never leaves the computer
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        font = QFont(self.browser.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(20)
        self.back_button = QPushButton(self)
        self.forward_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.forward_button)
        row.addStretch(1)
        row.addWidget(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.resize(900, 620)

        self.pages.currentRowChanged.connect(self._row_chosen)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.browser.forward)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self._retranslate()
        self.setTabOrder(self.pages, self.browser)
        self.setTabOrder(self.browser, self.back_button)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Handleiding — Kansencirkel"))
        self.pages.setAccessibleName(self.tr("Onderwerpen van de handleiding"))
        self.browser.setAccessibleName(self.tr("Tekst van de handleiding"))
        self.back_button.setText(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Vorige pagina (Alt+←)"))
        self.forward_button.setText(self.tr("&Vooruit →"))
        self.forward_button.setToolTip(self.tr("Volgende pagina (Alt+→)"))
        self.close_button.setText(self.tr("&Sluiten"))
        self.close_button.setToolTip(self.tr("Handleiding sluiten (Esc)"))
        self.pages.blockSignals(True)
        self.pages.clear()
        for topic in TOPICS:
            item = QListWidgetItem(page_title(page_path(topic, self._lang)))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        self._mark_current()

    # -- pages --------------------------------------------------------------------------------

    def current_topic(self) -> str:
        return Path(self.browser.source().path()).stem or INDEX

    def show_topic(self, topic: str) -> None:
        """Open ``topic`` (the index for an unknown one) in the app's current language."""
        if topic not in TOPICS:
            topic = INDEX
        self._lang = current_lang()
        self.browser.setSource(
            QUrl.fromLocalFile(str(page_path(topic, self._lang))),
            QTextDocument.ResourceType.MarkdownResource,
        )

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(TOPICS) and TOPICS[row] != self.current_topic():
            self.show_topic(TOPICS[row])

    def _source_changed(self, url: QUrl) -> None:
        # Emitted before source() changes: the page is the one in ``url``.
        topic = Path(url.path()).stem
        self._mark_current(topic)
        if topic in TOPICS:
            self.browser.setAccessibleDescription(page_title(page_path(topic, self._lang)))

    def _mark_current(self, topic: str | None = None) -> None:
        topic = topic or self.current_topic()
        if topic in TOPICS:
            self.pages.blockSignals(True)
            self.pages.setCurrentRow(TOPICS.index(topic))
            self.pages.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()  # as a dialog does; the list and the text pass Esc up to here
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and current_lang() != self._lang:
            topic = self.current_topic()
            self._lang = current_lang()
            self._retranslate()
            self.browser.clearHistory()  # the history holds the other language's files
            self.show_topic(topic)
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


_window: HelpWindow | None = None


def _forget(_obj: object = None) -> None:
    global _window
    _window = None


def open_help(topic: str) -> HelpWindow:
    """Show the guide at ``topic``, reusing the open window.

    While a modal dialog is up (unlock, first run, a question box), the guide becomes that
    dialog's child window, else the modal dialog would block it."""
    global _window
    modal = QApplication.activeModalWidget()
    if _window is not None and modal is not None and _window.parentWidget() is not modal:
        _window.close()
        _window = None
    if _window is None:
        _window = HelpWindow(modal)
        _window.destroyed.connect(_forget)
    window = _window
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    window.browser.setFocus()
    return window


def help_window() -> HelpWindow | None:
    """The open guide, if any (tests)."""
    return _window
