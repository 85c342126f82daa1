"""Locking: Ctrl+L and the idle timer clear every view, close the vault, show unlock."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from kansencirkel.ui.app import AppShell
from kansencirkel.ui.idle import IdleLock
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


def start_unlocked(qtbot: Any, info: MadeVault, runner: Any, settings: Any) -> tuple[AppShell, Any]:
    """The app shell on the vault, unlocked: (shell, its main window showing the list)."""
    shell = AppShell(info.path, runner, settings)
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.addWidget(window)
    return shell, window


def test_ctrl_l_locks_clears_views_and_closes_vault(
    qtbot: Any, team_vault_path: MadeVault, ui_runner: Any, app_settings: Any
) -> None:
    shell, window = start_unlocked(qtbot, team_vault_path, ui_runner, app_settings)
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
    qtbot: Any, team_vault_path: MadeVault, ui_runner: Any, app_settings: Any
) -> None:
    shell, window = start_unlocked(qtbot, team_vault_path, ui_runner, app_settings)
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
