"""Locking: Ctrl+L and the idle timer clear every view, close the vault, show unlock; the
unlock brings the user back where they were (the child page, meeting mode on the same child)."""

from __future__ import annotations

import time
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kansencirkel.ui.app import AppShell
from kansencirkel.ui.idle import IdleLock
from kansencirkel.ui.place import MeetingPlace
from kansencirkel.ui.unlock_dialog import UnlockDialog
from tests.support.vaults import TEST_PASSPHRASE, MadeVault


def unlock(qtbot: Any, shell: AppShell) -> Any:
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)  # owned by the shell, which deletes it
    qtbot.waitUntil(lambda: dialog.ui.memberCombo.count() > 0, timeout=20000)
    with qtbot.waitSignal(dialog.vault_opened, timeout=10000):
        dialog.ui.passphraseEdit.setText(TEST_PASSPHRASE)
        dialog.ui.unlockButton.click()
    window = shell.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.children_list.model.rowCount() == 3, timeout=10000)
    return window


def start_unlocked(qtbot: Any, info: MadeVault, make_shell: Any) -> tuple[AppShell, Any]:
    """The app shell on the vault, unlocked: (shell, its main window showing the list)."""
    shell = make_shell(info.path)
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.addWidget(window)
    return shell, window


def test_ctrl_l_locks_clears_views_and_closes_vault(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any
) -> None:
    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    vault = shell.vault
    assert vault is not None and vault.is_open
    window.activateWindow()
    window.ui.actionLock.trigger()  # the menu action carrying Ctrl+L
    assert window.ui.actionLock.shortcut().toString() == "Ctrl+L"
    assert not vault.is_open  # key dropped, connections closed
    assert shell.vault is None
    assert window.children_list.model.rowCount() == 0
    assert window.children_list.model.total() == 0
    assert not window.isVisible()
    assert isinstance(shell.dialog, UnlockDialog) and shell.dialog.isVisible()
    # Unlocking again shows the same data.
    unlock(qtbot, shell)
    assert window.isVisible()
    shell.quit()


def test_idle_timer_locks_and_clears_the_child_page(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any, ui_runner: Any
) -> None:
    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    window.show_child(team_vault_path.child_ids["Sanne"])
    assert window.ui.stack.currentWidget() is window.child_page
    ui_runner.wait_idle(10_000)
    shell.idle.set_timeout_ms(200)
    vault = shell.vault
    with qtbot.waitSignal(shell.idle.idle, timeout=3000):
        pass
    assert vault is not None and not vault.is_open
    assert window.children_list.model.rowCount() == 0
    assert window.child_page is None  # cleared, then deleted
    assert window.ui.stack.currentWidget() is window.ui.listPage
    assert isinstance(shell.dialog, UnlockDialog)
    shell.quit()


def _shown_texts() -> list[str]:
    """The texts of every window on screen (labels, buttons, fields, titles)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    out = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QLabel | QAbstractButton | QLineEdit):
                out.append(w.text())
            out.append(w.toolTip())
    return out


def test_idle_lock_during_meeting_mode_covers_the_screen_and_comes_back(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any, ui_runner: Any
) -> None:
    from kansencirkel.ui.lock_cover import LockCover
    from kansencirkel.ui.meeting_mode import MeetingModeWindow

    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    sanne, daan = team_vault_path.child_ids["Sanne"], team_vault_path.child_ids["Daan"]
    window.show_child(sanne)
    window.show_meeting(MeetingPlace((sanne, daan), sanne, False))
    meeting = window.meeting_window
    assert isinstance(meeting, MeetingModeWindow)
    qtbot.keyClick(meeting, Qt.Key.Key_Right)  # to Daan, then initials on
    qtbot.keyClick(meeting, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: meeting.ui.nameLabel.text() == "D.B.", timeout=10_000)
    ui_runner.wait_idle(10_000)
    shell.idle.set_timeout_ms(200)
    with qtbot.waitSignal(shell.idle.idle, timeout=3000):
        pass
    # Locked: a blank cover on meeting mode's screen, the unlock dialog on it, nothing else.
    cover = shell.cover
    assert isinstance(cover, LockCover) and cover.isVisible()
    assert cover.windowState() & Qt.WindowState.WindowFullScreen
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert dialog.parentWidget() is cover
    light = QColor("#F2F2F2")  # the cover's own text colour must not reach the dialog
    assert dialog.ui.memberLabel.palette().color(QPalette.ColorRole.WindowText) != light
    assert window.meeting_window is None  # and the window with the case files is deleted:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(meeting)
    assert not window.isVisible() and shell.vault is None
    shown = " ".join(_shown_texts())
    for text in ("Daan", "Bakker", "D.B.", "Sanne", "Maatje", "Gesprek met ouders", "Iris"):
        assert text not in shown
    # Unlock: meeting mode again, on the same child, initials still on; the cover is gone.
    unlock(qtbot, shell)
    again = window.meeting_window
    assert isinstance(again, MeetingModeWindow) and again.isVisible()
    assert again.current_id() == daan and again.initials_only()
    qtbot.waitUntil(lambda: again.ui.nameLabel.text() == "D.B.", timeout=10_000)
    assert shell.cover is None and not (shiboken6.isValid(cover) and cover.isVisible())
    assert window.child_page is not None and window.child_page.child_id == sanne  # below it
    with qtbot.waitSignal(again.closed, timeout=2000):
        qtbot.keyClick(again, Qt.Key.Key_Escape)  # the meeting ends when the user ends it
    assert window.ui.stack.currentWidget() is window.child_page
    shell.quit()


def test_unlock_returns_to_the_child_page_that_was_open(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any
) -> None:
    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    noor = team_vault_path.child_ids["Noor"]
    window.show_child(noor)
    page = window.child_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
    window.ui.actionLock.trigger()
    assert window.child_page is None and shell.cover is None  # no meeting: no cover
    unlock(qtbot, shell)
    page = window.child_page
    assert page is not None and window.ui.stack.currentWidget() is page
    assert page.child_id == noor
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.ui.nameLabel.text() == "Noor El Amrani"
    assert page.ui.tabs.currentWidget() is page.ui.actionsTab
    # From the list, an unlock goes back to the list.
    window.show_list()
    window.ui.actionLock.trigger()
    unlock(qtbot, shell)
    assert window.ui.stack.currentWidget() is window.ui.listPage
    shell.quit()


def test_user_input_postpones_the_idle_lock(qtbot: Any) -> None:
    """Typing for longer than the idle time, a key every 100 ms, keeps the vault open; the lock
    comes a full idle time after the last key.

    This proves that something does *not* happen (no lock while typing) without a fixed
    wait: the keys are typed by a timer on the event loop and the test waits for the lock
    itself. Without the postponement the lock would come 400 ms after the start, before the
    last key (typed after 600 ms at the earliest), and the order checks below would fail.
    """
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    idle_s, keys = 0.4, 6
    idle = IdleLock(int(idle_s * 1000), edit)  # both owned by the edit, so they go
    fired: list[float] = []
    idle.idle.connect(lambda: fired.append(time.monotonic()))
    typed: list[float] = []

    def type_a() -> None:
        QTest.keyClick(edit, Qt.Key.Key_A)
        typed.append(time.monotonic())
        if len(typed) == keys:
            typist.stop()

    typist = QTimer(edit)  # with it even after a failed assertion
    typist.setInterval(100)  # a quarter of the idle time: a busy machine has slack
    typist.timeout.connect(type_a)
    idle.start()
    started = time.monotonic()
    typist.start()
    qtbot.waitUntil(lambda: len(typed) == keys and bool(fired), timeout=5000)
    assert edit.text() == "a" * keys  # every key reached the app
    assert typed[-1] - started > idle_s  # the typing outlasted one idle time...
    assert fired[0] > typed[-1], "locked while the user was typing"  # ...the lock waited
    assert fired[0] - typed[-1] >= idle_s * 0.9  # then a full idle time (coarse timers)
    assert len(fired) == 1 and not idle.is_active()


SCREEN_LOCK_SCRIPT = """
import os, sys, subprocess
import kansencirkel.ui
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kansencirkel.ui.idle import IdleLock
from kansencirkel.ui.place import MeetingPlace
idle = IdleLock(60_000)
idle.idle.connect(lambda: (print("LOCKED"), app.quit()))
idle.start()
print("sources", idle.session.sources)
QTimer.singleShot(300, lambda: subprocess.run(["dbus-send", "--session", "--type=signal",
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
    "boolean:true"], check=True))
QTimer.singleShot(10_000, app.quit)
app.exec()
"""


def test_desktop_screen_lock_signal_locks_the_vault(tmp_path: Any) -> None:
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    if not (shutil.which("dbus-run-session") and shutil.which("dbus-send")):
        pytest.skip("no D-Bus session tools")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", SCREEN_LOCK_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "org.freedesktop.ScreenSaver" in result.stdout, result.stderr
    assert "LOCKED" in result.stdout, result.stderr
