"""The app shell: QApplication, style, translators, first run vs unlock, lock and idle lock.

``run_app(vault_path, demo=False)`` is what ``kansencirkel`` without a sub-command calls.
One app per vault: a second instance on the same vault is refused with a clear sentence and
exit code 1 (an OS lock on ``<vault>.app.lock``, held for the app's lifetime, next to the
vault's own lock that is held only while unlocked).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kansencirkel.paths import default_vault_path, resource
from kansencirkel.ui.errors import close_open_messages, error_text, show_error, show_message
from kansencirkel.ui.i18n import install_translators
from kansencirkel.ui.idle import IdleLock
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.settings_store import AppSettings
from kansencirkel.ui.style import apply_style
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.ui.lock_cover import LockCover
    from kansencirkel.ui.main_window import MainWindow
    from kansencirkel.ui.place import Place
    from kansencirkel.ui.team_changes import TeamChanges
    from kansencirkel.vault.kdf import KdfParams
    from kansencirkel.vault.lock import VaultLock
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault

ENV_TEST_KDF = "KANSENCIRKEL_TEST_KDF"
ENV_STARTUP_PROBE = "KANSENCIRKEL_STARTUP_PROBE"  # tests/benchmarks: report first paint, quit
_T0 = time.perf_counter()


def kdf_from_env() -> KdfParams | None:
    """TEST_KDF when the test-only environment variable is set; else the production default."""
    if os.environ.get(ENV_TEST_KDF, "").strip() in ("", "0"):
        return None
    from kansencirkel.vault.kdf import TEST_KDF

    return TEST_KDF


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "kansencirkel.svg")))


def vault_exists(path: Path) -> bool:
    """A vault (perhaps damaged) is here; not for an unfinished creation, whose recovery code
    was never confirmed: the first run then starts again and replaces it."""
    from kansencirkel.vault.layout import State, state

    return state(path) is State.PRESENT


def fit_first_size(window: QWidget, wanted: QSize = QSize(1200, 700)) -> None:  # noqa: B008
    """The first start's window size, within the screen it opens on: a 1024×768 projector
    or a small laptop must show the buttons at the right and the bottom too."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(wanted)
        return
    room = screen.availableGeometry()
    window.resize(wanted.boundedTo(room.size()))
    window.move(room.topLeft())


class _FirstPaintProbe(QObject):
    """Writes {seconds, heavy modules loaded} at the first paint of a window, then quits."""

    def __init__(self, target: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._done = True
            QTimer.singleShot(0, lambda: self._report(watched))
        return False

    def _report(self, window: QWidget) -> None:
        heavy = sorted(m for m in ("matplotlib", "reportlab", "svglib") if m in sys.modules)
        self._target.write_text(
            json.dumps(
                {
                    "seconds_since_import": time.perf_counter() - _T0,
                    "window": type(window).__name__,
                    "title": window.windowTitle(),
                    "heavy_modules": heavy,
                }
            ),
            encoding="utf-8",
        )
        # Leave at once, so "process start → exit" times the first paint (a probe run never
        # has an open vault; background imports are not waited for).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def is_team(vault: object) -> bool:
    """The open store is a team server (a TeamVault), not a vault on this laptop."""
    return bool(getattr(vault, "is_team", False))


# -- the shell --------------------------------------------------------------------------------


class AppShell(QObject):
    """First run or unlock → main window; lock (Ctrl+L, idle) → views cleared → unlock.

    A lock remembers where the user was (:class:`~kansencirkel.ui.place.Place`: ids only) and
    the unlock brings them back there: the child page that was open, and meeting mode on the
    same child. A lock during meeting mode first puts a blank cover over its screen, so the
    room sees neither the child nor the desktop while the unlock dialog waits.
    """

    def __init__(
        self,
        vault_path: Path,
        runner: OperationRunner,
        settings: AppSettings,
        *,
        demo: bool = False,
        kdf: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.runner = runner
        self.ops = VaultOps(runner, self)
        self.settings = settings
        self.demo = demo
        self.kdf = kdf
        self.vault: Vault | TeamVault | None = None
        self.team_changes: TeamChanges | None = None  # while a team store is open
        self.main_window: MainWindow | None = None
        self.dialog: QWidget | None = None  # the first-run or unlock dialog while shown
        self.cover: LockCover | None = None  # over meeting mode's screen while locked
        self._place: Place | None = None  # where the user was when the vault locked
        self.idle = IdleLock(settings.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        from kansencirkel.ui.help_context import install_help_key

        install_help_key()  # F1 opens the guide in every window, the unlock dialog too

    def start(self) -> None:
        if self.settings.team_profile is not None:
            self.show_team_unlock()
        elif vault_exists(self.vault_path):
            self.show_unlock()
        else:
            self.show_choice()

    def show_choice(self) -> None:
        """No vault yet: on this laptop (the first-run dialog) or on a team server."""
        from kansencirkel.ui.team_unlock import StoreChoiceDialog

        dialog = StoreChoiceDialog()
        dialog.setWindowIcon(app_icon())
        dialog.laptop_chosen.connect(self._laptop_chosen)
        dialog.team_chosen.connect(self._team_chosen)
        dialog.rejected.connect(self._dialog_rejected)
        self.dialog = dialog
        dialog.show()

    def _laptop_chosen(self) -> None:
        self._drop_dialog()
        self.show_first_run()

    def _team_chosen(self, profile_path: Path) -> None:
        self.settings.team_profile = profile_path  # a path, no secret
        self._drop_dialog()
        self.show_team_unlock()

    def show_team_unlock(self) -> None:
        from kansencirkel.ui.team_unlock import TeamUnlockDialog

        path = self.settings.team_profile
        assert path is not None
        dialog = TeamUnlockDialog(
            path, self.runner, team_name=self.settings.team_name, parent=self.cover
        )
        dialog.setWindowIcon(app_icon())
        dialog.vault_opened.connect(self._unlocked)
        dialog.rejected.connect(self._dialog_rejected)
        dialog.other_profile_requested.connect(self._forget_team_profile)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_team_profile(self) -> None:
        self.settings.team_profile = None
        self.settings.team_name = ""
        self._drop_dialog()
        self.start()

    def _drop_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def show_first_run(self) -> None:
        from kansencirkel.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.vault_path, self.runner, kdf=self.kdf)
        dialog.setWindowIcon(app_icon())
        dialog.vault_created.connect(self._unlocked)
        dialog.rejected.connect(self._dialog_rejected)
        self.dialog = dialog
        dialog.show()

    def show_unlock(self) -> None:
        from kansencirkel.ui.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(
            self.vault_path, self.runner, self.settings, demo=self.demo, parent=self.cover
        )
        dialog.setWindowIcon(app_icon())
        dialog.vault_opened.connect(self._unlocked)
        dialog.rejected.connect(self._dialog_rejected)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _dialog_rejected(self) -> None:
        self.dialog = None
        if self.vault is None:
            self.quit()

    def _unlocked(self, vault: Vault | TeamVault) -> None:
        self.vault = vault
        vault.on_behalf_of = self.settings.on_behalf_of  # in every audit event from now on
        team = is_team(vault)
        if team:
            self.settings.team_name = vault.info.team_name  # shown at the next unlock
        else:
            self.settings.last_vault = self.vault_path
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        window = self.ensure_main_window()
        window.attach(vault)
        if team:
            self._listen(window, vault)
            self.push_local_drafts()  # typed while the server was away, before a crash or lock
        window.show()
        window.raise_()
        window.activateWindow()
        place, self._place = self._place, None
        if place is not None:
            window.resume(place)  # meeting mode comes up over the cover, then it goes
        self._release_cover()
        for notice in vault.notices:  # a key file repaired from its mirror, a full disk
            show_message(window, notice.text())
        self.idle.set_timeout_ms(self.settings.idle_minutes * 60_000)
        self.idle.start()
        # Unlock skipped the whole-file page check so the list shows at once; it runs now,
        # beside the views' reads. SQLCipher verifies every page it reads anyway.
        self.ops.read(vault.check_pages, lambda _ok: None, self._damage_found, beside=True)

    def _listen(self, window: MainWindow, vault: Vault | TeamVault) -> None:
        """Other members' changes reach the views; a lost server shows the banner."""
        from kansencirkel.ui.team_changes import TeamChanges

        changes = TeamChanges(self.ops, vault.engine.url, vault.info.vault_id, self)
        changes.connection_lost.connect(lambda: window.set_connection_lost(True))
        changes.connection_back.connect(lambda: window.set_connection_lost(False))
        changes.connection_back.connect(self.push_local_drafts)
        self.team_changes = changes
        changes.start()

    def push_local_drafts(self) -> None:
        """Drafts kept encrypted on this laptop while the team server was away go to it now
        and leave the laptop; the views hear of them like of any other write."""
        local = getattr(self.vault, "local_drafts", None)  # a laptop vault has none
        push = getattr(self.vault, "push_local_drafts", None)
        if local is None or push is None or not local.has_any():
            return
        self.ops.write(push, None, self._push_failed)

    def _push_failed(self, exc: BaseException) -> None:
        from kansencirkel.vault.errors import ServerLost

        if isinstance(exc, ServerLost):
            return  # away again: the banner says so, and they go at the next chance
        show_error(self.main_window, exc)  # the laptop's file is damaged: one sentence

    def _stop_listening(self) -> None:
        changes, self.team_changes = self.team_changes, None
        if changes is not None:
            changes.stop()  # before it goes: nothing heard is broadcast after this
            changes.deleteLater()

    def _damage_found(self, exc: BaseException) -> None:
        """A bad page: lock at once, so nothing more is written on top of it, then say why
        over the unlock dialog (locking closes every open message box first)."""
        self.lock()
        show_error(self.dialog, exc)

    def ensure_main_window(self) -> MainWindow:
        if self.main_window is None:
            from kansencirkel.ui.main_window import MainWindow

            window = MainWindow(self.ops, self.settings)
            window.setWindowIcon(app_icon())
            window.lock_requested.connect(self.lock)
            window.settings_changed.connect(self.apply_settings)
            window.quit_requested.connect(self.quit)
            if not self.settings.window_geometry:
                fit_first_size(window)
            self.main_window = window
        return self.main_window

    def apply_settings(self) -> None:
        install_translators(self.settings.language)
        self.idle.set_timeout_ms(self.settings.idle_minutes * 60_000)
        if self.vault is not None:
            self.vault.on_behalf_of = self.settings.on_behalf_of

    def lock(self) -> None:
        """Clear every view, close the vault (drops the key), show the unlock dialog."""
        if self.vault is None:
            return
        self.idle.stop()
        close_open_messages()
        window = self.main_window
        if window is not None:
            self._place = window.place()
            meeting, samen = window.meeting_window, window.samen_window
            if self._place.meeting is not None and meeting is not None:
                self._cover(meeting.screen())  # before meeting mode closes: no desktop shows
            elif samen is not None:
                self._cover(samen.screen())  # samen invullen: nothing of the app shows either
            window.detach()
            window.hide()
        team = self.vault is not None and is_team(self.vault)
        self._close_vault()
        if team and self.settings.team_profile is not None:
            self.show_team_unlock()
        else:
            self.show_unlock()

    def _cover(self, screen: QScreen | None) -> None:
        from kansencirkel.ui.lock_cover import LockCover

        self._release_cover()
        cover = LockCover(screen)
        cover.setWindowIcon(app_icon())
        cover.show()
        cover.raise_()
        self.cover = cover

    def _release_cover(self) -> None:
        cover, self.cover = self.cover, None
        if cover is not None:
            cover.release()

    def _close_vault(self) -> None:
        self._stop_listening()
        self.runner.shutdown()  # results of running jobs are dropped, then we wait for them
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()

    def quit(self) -> None:
        self.idle.stop()
        self._release_cover()
        from kansencirkel.ui.first_run import FirstRunDialog

        if isinstance(self.dialog, FirstRunDialog):  # quitting before the code was confirmed
            self.dialog.abandon()
        if self.main_window is not None and self.main_window.vault is not None:
            self.main_window.detach()
        self._close_vault()
        app = QApplication.instance()
        if app is not None:
            app.quit()


# -- entry point ------------------------------------------------------------------------------


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Kansencirkel")
    app.setOrganizationName("Kansencirkel")
    app.setApplicationDisplayName("Kansencirkel")
    app.setDesktopFileName("nl.kansencirkel.Kansencirkel")  # packaging/linux/*.desktop
    app.setWindowIcon(app_icon())
    apply_style(app)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda _s: apply_style(app))
    hints.accessibility().contrastPreferenceChanged.connect(lambda _c: apply_style(app))
    return app


def acquire_instance_lock(vault_path: Path) -> VaultLock:
    """Raises VaultInUse when another app already has this vault."""
    from kansencirkel.vault.lock import VaultLock

    vault_path.parent.mkdir(parents=True, exist_ok=True)
    lock = VaultLock(vault_path.with_name(vault_path.name + ".app"))
    lock.acquire()
    return lock


def run_app(vault_path: Path | None, *, demo: bool = False, lang: str | None = None) -> int:
    """``lang``: the language for this session (``--lang``, ``KANSENCIRKEL_LANG``) over the
    one saved in the settings, which it leaves as it is."""
    app = make_application()
    settings = AppSettings()
    install_translators(lang or settings.language)
    path = Path(vault_path or settings.last_vault or default_vault_path()).expanduser()
    probe_target = os.environ.get(ENV_STARTUP_PROBE)
    if probe_target:
        app.installEventFilter(_FirstPaintProbe(Path(probe_target), app))
    try:
        instance_lock = acquire_instance_lock(path)
    except Exception as exc:
        print(error_text(exc), file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Warning, "Kansencirkel", error_text(exc))
        box.setWindowIcon(app_icon())
        box.exec()
        return 1
    runner = OperationRunner(app, report_error=lambda exc: show_error(None, exc))
    shell = AppShell(path, runner, settings, demo=demo, kdf=kdf_from_env(), parent=app)
    app.setQuitOnLastWindowClosed(False)  # quitting is the shell's decision (dialogs come/go)
    try:
        shell.start()
        code = app.exec()
    finally:
        shell.quit()
        settings.sync()
        instance_lock.release()
    return int(code)
