"""The main window: children list ↔ child page in a stack, menus, status bar, demo banner.

It shows one open vault at a time (:meth:`attach` / :meth:`detach`); locking itself is done
by the app shell (app.py), which calls :meth:`detach` to drop every view's data first.
Heavy modules (child page with matplotlib, reports with reportlab) are imported on first use
so the first window paints before they load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kansencirkel.core import clock
from kansencirkel.core.elements import catalog
from kansencirkel.core.snapshot import snapshot_notice
from kansencirkel.ui.children_list import ChildrenList
from kansencirkel.ui.errors import keyring_status_texts, show_error, show_message
from kansencirkel.ui.forms.ui_main_window import Ui_MainWindow
from kansencirkel.ui.handover_menu import HandoverMenu
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.menu_extras import MenuExtras
from kansencirkel.ui.place import MeetingPlace, Place
from kansencirkel.ui.retention_reminder import RetentionReminder
from kansencirkel.ui.settings_store import AppSettings
from kansencirkel.ui.spreadsheet_menu import SpreadsheetMenu
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.core.samen import SamenTexts
    from kansencirkel.core.samen_answers import SamenAnswers
    from kansencirkel.ui.child_page import ChildPage
    from kansencirkel.ui.meeting_mode import MeetingModeWindow
    from kansencirkel.ui.samen_window import SamenWindow
    from kansencirkel.vault.keyring_access import KeyringStatus
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault

BANNER_STYLE = (
    "background: #ffd84d; color: #1a1a1a; font-weight: 700; padding: 4px;"
    "border-bottom: 1px solid #8a6d00;"
)


def open_transient(dialog: QDialog) -> QDialog:
    """Open a window-modal dialog that deletes itself (and the data it shows) when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def screen_named(name: str) -> QScreen | None:
    """The connected screen called ``name`` (None when it is gone or the name is empty)."""
    for screen in QGuiApplication.screens():
        if name and screen.name() == name:
            return screen
    return None


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_changed = Signal()
    quit_requested = Signal()

    def __init__(self, ops: VaultOps, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._ops = ops
        self._runner = runner = ops.runner
        self._settings = settings
        self.vault: Vault | TeamVault | None = None
        self.child_page: ChildPage | None = None  # created on first use
        self.meeting_window: MeetingModeWindow | None = None
        self.samen_window: SamenWindow | None = None
        self.children_list = ChildrenList(ops, self.ui.listPage)
        self.ui.listPageLayout.addWidget(self.children_list)
        self.ui.demoBanner.setStyleSheet(BANNER_STYLE)
        self.ui.demoBanner.setVisible(False)
        self.connection_banner = QLabel(self.ui.central)
        self.connection_banner.setObjectName("connectionBanner")
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.connection_banner.setMargin(6)
        self.connection_banner.setStyleSheet(BANNER_STYLE)
        self.connection_banner.setVisible(False)
        self._connection_lost = False
        self.ui.centralLayout.insertWidget(1, self.connection_banner)
        self._actor_label = QLabel(self)
        self._actor_label.setAccessibleName(self.tr("Ingelogd teamlid"))
        self._keyring_label = QLabel(self)
        self._keyring_label.setAccessibleName(self.tr("Wachtwoordbeheer van het systeem"))
        self._keyring_label.setWordWrap(False)
        self.ui.statusbar.addWidget(self._actor_label)
        self.ui.statusbar.addPermanentWidget(self._keyring_label)
        runner.busy_changed.connect(self._on_busy)
        self._wire()
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _wire(self) -> None:
        ui = self.ui
        ui.actionNewChild.triggered.connect(self._new_child)
        ui.actionOpenChild.triggered.connect(self._open_selected)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionLock.triggered.connect(self.lock_requested)
        ui.actionTeam.triggered.connect(self._team)
        ui.actionPassphrase.triggered.connect(self._change_passphrase)
        ui.actionBackup.triggered.connect(self._backup)
        ui.actionMeetingMode.triggered.connect(self.open_meeting_mode)
        ui.actionPrintAgenda.triggered.connect(self._print_agenda)
        ui.actionWhatWorks.triggered.connect(self._what_works)
        ui.actionSettings.triggered.connect(self._open_settings)
        ui.actionAbout.triggered.connect(self._about)
        self.children_list.open_requested.connect(self.show_child)
        self.extras = MenuExtras(self, ui, lambda: self.vault, self._runner)  # recovery, help
        self.retention = RetentionReminder(self, ui, self._ops, self._settings, lambda: self.vault)
        self.handover_menu = HandoverMenu(self, ui, lambda: self.vault, self._ops)  # .kcx in
        self.spreadsheet = SpreadsheetMenu(self, ui, lambda: self.vault, self._ops)  # Bestand

    # -- vault ---------------------------------------------------------------------------

    def attach(self, vault: Vault | TeamVault) -> None:
        self.vault = vault
        info = vault.info
        self.setWindowTitle(self.tr("{team} — Kansencirkel").format(team=info.team_name))
        self._update_key_actions()  # first: it may give the form its own texts back
        self._update_banner()
        self._update_status()
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.children_list.set_children(vault.repos.children)
        self.children_list.ui.searchEdit.setFocus()
        self.retention.check()  # closed files past their bewaartermijn: a calm reminder

    def detach(self) -> None:
        """Drop all data from every view (on lock), then forget the vault."""
        self.close_transient_windows()
        if self.child_page is not None:
            self.child_page.clear()
            self.ui.stack.removeWidget(self.child_page)
            self.child_page.deleteLater()
            self.child_page = None
        self.children_list.set_children(None)
        self.retention.clear()
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.vault = None
        self.set_connection_lost(False)
        self._update_key_actions()
        self._actor_label.clear()
        self._keyring_label.clear()
        self.setWindowTitle("Kansencirkel")

    def place(self) -> Place:
        """Where the user is now (ids only), for :meth:`resume` after a lock."""
        page = self.child_page
        on_page = page is not None and self.ui.stack.currentWidget() is page
        meeting = self.meeting_window
        return Place(
            child_id=page.child_id if page is not None and on_page else None,
            tab=page.ui.tabs.currentIndex() if page is not None and on_page else 0,
            meeting=meeting.place() if meeting is not None and meeting.isVisible() else None,
        )

    def resume(self, place: Place) -> None:
        """Back to ``place`` after an unlock: the child page that was open, meeting mode."""
        if self.vault is None:
            return
        if place.child_id is not None:
            self.show_child(place.child_id)
            if self.child_page is not None:
                self.child_page.ui.tabs.setCurrentIndex(place.tab)
        if place.meeting is not None:
            self.show_meeting(place.meeting)

    def close_transient_windows(self) -> None:
        """Close dialogs, the meeting and samen windows: they may show a child's data."""
        self._close_meeting_window()
        self._close_samen_window()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                # Only reject: a visible box may be a QMessageBox.question() living on the
                # stack of a nested event loop; deleting it would crash. Dialogs opened with
                # open_transient() delete themselves when closed.
                dialog.reject()
            elif not isinstance(dialog, QMessageBox):
                dialog.deleteLater()

    def _update_status(self) -> None:
        vault = self.vault
        if vault is None:
            return
        actor = vault.actor
        role = catalog().role_name(actor.role, current_lang())
        self._actor_label.setText(
            self.tr("Ingelogd als {name} ({role})").format(name=actor.name, role=role)
        )
        # The keyring may be slow to answer (it is asked with a timeout): ask in the background.
        keys = vault.keys
        if keys is None:  # a team server: its members log in with a passphrase only
            self._keyring_label.setText(self.tr("Teamserver"))
            self._keyring_label.setToolTip("")
            return
        self._ops.read(
            lambda: keys.keyring_status, self._show_keyring, lambda _e: None, beside=True
        )

    def _show_keyring(self, status: KeyringStatus) -> None:
        if self.vault is None:
            return
        short, full = keyring_status_texts(status)
        self._keyring_label.setText(short)
        self._keyring_label.setToolTip(full)
        self._keyring_label.setAccessibleDescription(full)

    def _update_key_actions(self) -> None:
        """A team server's members are managed with ``kansencirkel team member …``: the
        team, passphrase and recovery code actions are off there, and say so."""
        team = self.vault is not None and self.vault.keys is None
        why = (
            self.tr(
                "Op een teamserver beheert de beheerder de leden en wachtwoordzinnen met "
                "'kansencirkel team member'."
            )
            if team
            else ""
        )
        for action in (
            self.ui.actionTeam,
            self.ui.actionPassphrase,
            self.ui.actionRecoveryCode,
        ):
            if team:
                action.setEnabled(False)
                action.setToolTip(why)
                action.setStatusTip(why)
            elif not action.isEnabled():  # back from a team server: the form's own texts
                action.setEnabled(True)
                self.ui.retranslateUi(self)

    def set_connection_lost(self, lost: bool) -> None:
        """The calm banner while the team server cannot be reached."""
        self._connection_lost = lost
        self.connection_banner.setText(
            self.tr(
                "De verbinding met de teamserver is weg; de app maakt hem vanzelf weer. Wat je "
                "typt blijft bewaard (een meting versleuteld op deze laptop); opslaan kan weer "
                "zodra de verbinding terug is."
            )
            if lost
            else ""
        )
        self.connection_banner.setVisible(lost)

    def _on_busy(self, text: str) -> None:
        if text:
            self.ui.statusbar.showMessage(text)
        else:
            self.ui.statusbar.clearMessage()

    # -- navigation ----------------------------------------------------------------------

    def show_child(self, child_id: str) -> None:
        if self.vault is None:
            return
        if self.child_page is None:
            from kansencirkel.ui.child_page import ChildPage

            self.child_page = ChildPage(self.vault.repos, self._ops, self.ui.stack)
            self.child_page.back_requested.connect(self.show_list)
            self.child_page.samen_requested.connect(self.open_samen)
            self.ui.stack.addWidget(self.child_page)
        self.child_page.show_child(child_id)
        self.ui.stack.setCurrentWidget(self.child_page)

    def show_list(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.children_list.ui.table.setFocus()

    def current_child_id(self) -> str | None:
        if self.child_page is not None and self.ui.stack.currentWidget() is self.child_page:
            return self.child_page.child_id or self.children_list.current_id()
        return self.children_list.current_id()

    def _new_child(self) -> None:
        self.show_list()
        self.children_list.add_child()

    def _open_selected(self) -> None:
        child_id = self.children_list.current_id()
        if child_id:
            self.show_child(child_id)

    # -- meeting -------------------------------------------------------------------------

    def open_meeting_mode(self) -> None:
        vault = self.vault
        if vault is None:
            return
        today = clock.today()
        current = self.current_child_id()

        def done(agenda: list[str]) -> None:
            ids = list(agenda) or ([current] if current else [])
            if not ids:
                show_message(
                    self,
                    self.tr(
                        "Er staan vandaag geen kinderen op de agenda; kies "
                        "eerst een kind in de lijst."
                    ),
                )
                return
            start = current if current in ids else ids[0]
            self.show_meeting(MeetingPlace(tuple(ids), start, False))

        meetings = vault.repos.meetings
        self._ops.read(lambda: meetings.agenda(today), done)

    def show_meeting(self, place: MeetingPlace) -> None:
        """Meeting mode full screen on ``place.screen`` (else this window's screen)."""
        vault = self.vault
        if vault is None:
            return
        from kansencirkel.ui.meeting_mode import MeetingModeWindow

        if self.meeting_window is not None:
            self._close_meeting_window()
        window = MeetingModeWindow(
            vault.repos.children,
            self._ops,
            list(place.child_ids),
            place.current_id,
            place.initials_only,
        )
        window.closed.connect(self._meeting_closed)
        window.lock_requested.connect(self.lock_requested)
        self.meeting_window = window
        screen = screen_named(place.screen) or self.screen()
        if screen is not None:
            window.setScreen(screen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()

    def _close_meeting_window(self) -> None:
        window, self.meeting_window = self.meeting_window, None
        if window is not None:
            window.clear()  # drops the loaded case files
            window.close()
            window.deleteLater()

    def _meeting_closed(self) -> None:
        if self.meeting_window is not None:
            self.meeting_window.deleteLater()
            self.meeting_window = None

    # -- samen invullen ------------------------------------------------------------------

    def open_samen(
        self, answers: SamenAnswers, texts: SamenTexts, draft_id: str | None = None
    ) -> SamenWindow | None:
        """Turn the laptop to the child or parent: this window hides (nothing of it may be
        reached) and the fill-in window covers the screen until the vault locks."""
        vault = self.vault
        if vault is None:
            return None
        from kansencirkel.ui.samen_window import SamenWindow

        self._close_samen_window()
        window = SamenWindow(vault.repos, self._ops, answers, texts, draft_id=draft_id)
        window.setWindowIcon(self.windowIcon())
        window.lock_requested.connect(self.lock_requested)
        self.samen_window = window
        screen = self.screen()
        if screen is not None:
            window.setScreen(screen)
            window.setGeometry(screen.geometry())  # also where no window manager acts on it
        self._close_others()
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        self.hide()
        return window

    def _close_others(self) -> None:
        """Nothing else of the app may be reached from samen invullen (Alt+Tab included):
        meeting mode, this window's dialogs and other windows such as the guide close."""
        self._close_meeting_window()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top is not self and top is not self.samen_window:
                top.close()

    def _close_samen_window(self) -> None:
        window, self.samen_window = self.samen_window, None
        if window is not None:
            window.clear()  # keeps the answers as a draft, then drops them
            window.deleteLater()

    def _print_agenda(self) -> None:
        if self.vault is None:
            return
        from kansencirkel.ui.agenda_dialog import AgendaExportDialog

        open_transient(AgendaExportDialog(self.vault.repos, self._runner, self))

    def _what_works(self) -> None:
        if self.vault is None:
            return
        from kansencirkel.ui.what_works_dialog import WhatWorksDialog

        info = self.vault.info
        dialog = WhatWorksDialog(
            self.vault.repos,
            self._runner,
            info.team_name,
            self,
            demo=bool(info.is_demo),
            ops=self._ops,
            snapshot_at=info.snapshot_at,
        )
        open_transient(dialog)

    # -- vault menu ----------------------------------------------------------------------

    def _team(self) -> None:
        if self.vault is None or self.vault.keys is None:  # a team server: see key actions
            return
        from kansencirkel.ui.team_dialog import TeamDialog

        open_transient(TeamDialog(self.vault.keys, self._runner, self))

    def _change_passphrase(self) -> None:
        if self.vault is None or self.vault.keys is None:  # a team server: see key actions
            return
        from kansencirkel.ui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.vault.keys, self._runner, self)
        dialog.accepted.connect(self._passphrase_changed)
        open_transient(dialog)

    def _passphrase_changed(self) -> None:
        self.ui.statusbar.showMessage(self.tr("Je nieuwe wachtwoord is opgeslagen."), 8000)

    def _backup(self) -> None:
        vault = self.vault
        if vault is None:
            return
        from kansencirkel.paths import default_backup_folder

        folder = self._settings.backup_folder or default_backup_folder()
        keep = self._settings.backup_keep

        def backup() -> object:
            folder.mkdir(parents=True, exist_ok=True)
            return vault.backup(folder, keep=keep)

        def done(path: object) -> None:
            self.ui.statusbar.showMessage(
                self.tr("Reservekopie gemaakt in {folder}").format(folder=folder), 8000
            )

        self._runner.run(
            backup,
            done,
            lambda exc: show_error(self, exc),
            busy_text=self.tr("Reservekopie maken…"),
        )

    def _open_settings(self) -> None:
        if self.vault is None:
            return
        from kansencirkel.ui.settings_dialog import SettingsDialog

        vault = self.vault
        dialog = SettingsDialog(self._settings, vault.repos.settings, vault.backup, self._ops, self)
        dialog.applied.connect(self.settings_changed)
        open_transient(dialog)

    def _about(self) -> None:
        from kansencirkel.ui.about_dialog import show_about

        show_about(self)

    def _update_banner(self) -> None:
        """The banner above everything: demo data, a team server's snapshot (read only)."""
        info = self.vault.info if self.vault is not None else None
        marks: list[str] = []
        if info is not None and info.is_demo:
            marks.append(QCoreApplication.translate("MainWindow", "DEMO \u2014 fictieve gegevens"))
        if info is not None and info.snapshot_at is not None:
            marks.append(snapshot_notice(info.snapshot_at, current_lang()))
        self.ui.demoBanner.setText("  ·  ".join(marks))
        self.ui.demoBanner.setVisible(bool(marks))

    # -- Qt events -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.set_connection_lost(self._connection_lost)
            if self.vault is not None:
                self._update_key_actions()
                self._update_banner()
                self.setWindowTitle(
                    self.tr("{team} — Kansencirkel").format(team=self.vault.info.team_name)
                )
                self._update_status()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self.quit_requested.emit()
        super().closeEvent(event)
