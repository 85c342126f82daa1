"""F1 anywhere opens the guide at the page for where the user is.

The page is found from the focused widget (else the active window) upwards: the first
window or view in :data:`CONTEXT_TOPICS` decides. Keyed by class name, so the views need not
know about the guide (and nothing here imports them). One application-wide event filter
catches F1 in every window; in the main window the Help menu's F1 shortcut comes first and
asks the same question (:func:`show_help_for`). A window marked ``noHelp`` (samen invullen)
never gets the guide: F1 there calls its own ``show_own_help()`` when it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kansencirkel.ui.help_window import INDEX, HelpWindow, open_help

#: Window or view class → guide page. The nearest match from the focus upwards wins.
CONTEXT_TOPICS: dict[str, str] = {
    "ChildrenList": "eerste-overleg",
    "ChildPage": "eerste-overleg",
    "ChildDialog": "eerste-overleg",
    "MeetingDialog": "eerste-overleg",
    "ActionDialog": "eerste-overleg",
    "PersonDialog": "eerste-overleg",
    "AgendaExportDialog": "eerste-overleg",
    "AssessmentForm": "meting-invoeren",
    "SpreadsheetImportDialog": "meting-invoeren",
    "MeetingModeWindow": "overlegmodus",
    "ExportDialog": "afdrukken-ouders",
    "ConsentDialog": "afdrukken-ouders",
    "FirstRunDialog": "privacy-herstelcode",
    "UnlockDialog": "privacy-herstelcode",
    "RecoveryDialog": "privacy-herstelcode",
    "NewRecoveryDialog": "privacy-herstelcode",
    "PassphraseDialog": "privacy-herstelcode",
    "TeamDialog": "privacy-herstelcode",
    "SettingsDialog": "privacy-herstelcode",
    "ShareDialog": "delen-en-bewaren",
    "HandoverImportDialog": "delen-en-bewaren",
    "RetentionDialog": "delen-en-bewaren",
    "EraseConfirmDialog": "delen-en-bewaren",
}


def topic_for(widget: QWidget | None) -> str:
    """The guide page for ``widget``'s place in the app (the index when none fits)."""
    while widget is not None:
        for cls in type(widget).__mro__:
            topic = CONTEXT_TOPICS.get(cls.__name__)
            if topic is not None:
                return topic
        widget = widget.parentWidget()
    return INDEX


def where_the_user_is() -> QWidget | None:
    return QApplication.focusWidget() or QApplication.activeWindow()


def show_help_for(widget: QWidget | None = None) -> HelpWindow:
    """Open the guide for ``widget`` (default: the focused widget)."""
    return open_help(topic_for(widget if widget is not None else where_the_user_is()))


class HelpKeyFilter(QObject):
    """F1 without modifiers, in any window but the guide itself, opens the guide."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_F1 or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        target = where_the_user_is()
        if target is not None and isinstance(target.window(), HelpWindow):
            return True  # already in the guide
        for w in (watched, target):  # the window the key went to first, then the focus
            if isinstance(w, QWidget) and w.window().property("noHelp"):
                # Samen invullen: nothing else of the app may be reached there, so no guide
                # (a window of its own would leave the full-screen fill-in screen); the
                # window shows its own help, in the filler's language.
                own = getattr(w.window(), "show_own_help", None)
                if callable(own):
                    own()
                return True
        show_help_for(target)
        return True


_filter: HelpKeyFilter | None = None


def install_help_key(app: QApplication | None = None) -> None:
    """Make F1 open the guide in every window of ``app`` (idempotent)."""
    global _filter
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or _filter is not None:
        return
    _filter = HelpKeyFilter(app)
    app.installEventFilter(_filter)
