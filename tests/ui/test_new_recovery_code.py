"""Kluis → "Nieuwe herstelcode maken": passphrase first, the code shown once and checked, and
only then written; afterwards the old code fails and the new one opens the vault."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.main_window import MainWindow
from kansencirkel.ui.new_recovery_dialog import NewRecoveryDialog
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.errors import WrongRecoveryCode
from kansencirkel.vault.keyslots import last_group
from kansencirkel.vault.layout import keyfile_path as keys_path
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, MadeVault, VaultFactory


@pytest.fixture
def made(vault_factory: VaultFactory) -> MadeVault:
    return vault_factory.make("herstel")


@pytest.fixture
def window(qtbot: Any, made: MadeVault, ui_runner: Any, app_settings: Any) -> Iterator[MainWindow]:
    win = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.children_list.loaded, timeout=10000):
        win.attach(made.vault)
    yield win
    win.detach()


def open_dialog(qtbot: Any, window: MainWindow) -> NewRecoveryDialog:
    window.ui.actionRecoveryCode.trigger()
    qtbot.waitUntil(lambda: window.findChild(NewRecoveryDialog) is not None, timeout=5000)
    dialog = window.findChild(NewRecoveryDialog)
    assert isinstance(dialog, NewRecoveryDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def reach_code_page(qtbot: Any, dialog: NewRecoveryDialog) -> str:
    qtbot.keyClicks(dialog.ui.passEdit, TEST_PASSPHRASE)
    dialog.ui.nextButton.click()
    qtbot.waitUntil(dialog.on_code_page, timeout=10000)
    code = dialog.ui.codeLabel.text()
    assert len(code) >= 32
    return code


def recovery_kinds(vault: Vault) -> list[str]:
    return [
        e.record_type
        for e in vault.repos.audit.entries()
        if e.kind is AuditKind.KEY_CHANGE and e.record_type == "recovery"
    ]


def test_new_code_replaces_the_old_only_after_the_check(
    qtbot: Any, window: MainWindow, made: MadeVault
) -> None:
    vault = made.vault
    before = keys_path(made.path).read_bytes()
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    assert ui.cancelButton.isDefault() and not ui.nextButton.isDefault()  # safe default
    assert "werkt de oude herstelcode niet meer" in ui.askIntro.text()

    qtbot.keyClicks(ui.passEdit, "niet mijn wachtwoord")
    ui.nextButton.click()
    qtbot.waitUntil(lambda: "klopt niet" in ui.messageLabel.text(), timeout=10000)
    assert not dialog.on_code_page()

    ui.passEdit.clear()
    code = reach_code_page(qtbot, dialog)
    assert ui.passEdit.text() == ""  # not kept once used
    assert keys_path(made.path).read_bytes() == before  # shown, not yet written
    assert not ui.nextButton.isEnabled()
    dialog.reject()  # the user may still back out here; nothing is written
    qtbot.waitUntil(lambda: window.findChild(NewRecoveryDialog) is None)  # code gone with it
    assert keys_path(made.path).read_bytes() == before

    dialog = open_dialog(qtbot, window)
    code = reach_code_page(qtbot, dialog)
    ui = dialog.ui
    ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == code
    qtbot.keyClicks(ui.confirmEdit, last_group(code).lower())
    assert not ui.nextButton.isEnabled()  # the tick is needed too
    ui.writtenCheck.setChecked(True)
    assert ui.nextButton.isEnabled() and ui.nextButton.isDefault()
    qtbot.keyClick(ui.confirmEdit, Qt.Key.Key_Return)  # Enter confirms once checked
    qtbot.waitUntil(lambda: window.findChild(NewRecoveryDialog) is None, timeout=10000)
    assert "oude werkt niet meer" in window.ui.statusbar.currentMessage()
    assert QGuiApplication.clipboard().text() != code  # not left lying around
    assert recovery_kinds(vault) == ["recovery"]  # one KEY_CHANGE, without the code

    window.detach()
    vault.close()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery(made.path, made.recovery_code)
    again = Vault.open_with_recovery(made.path, code)
    assert again.opened_with_recovery
    again.close()
    Vault.open(made.path, made.member_id, made.passphrase).close()  # passphrases untouched


def test_cancel_before_commit_keeps_the_old_code(
    qtbot: Any, window: MainWindow, made: MadeVault
) -> None:
    before = keys_path(made.path).read_bytes()
    dialog = open_dialog(qtbot, window)
    code = reach_code_page(qtbot, dialog)
    dialog.ui.copyButton.click()
    qtbot.keyClicks(dialog.ui.confirmEdit, last_group(code))
    dialog.ui.writtenCheck.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(NewRecoveryDialog) is None, timeout=5000)
    assert QGuiApplication.clipboard().text() != code
    assert keys_path(made.path).read_bytes() == before
    assert recovery_kinds(made.vault) == []
    window.detach()
    made.vault.close()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery(made.path, code)
    Vault.open_with_recovery(made.path, made.recovery_code).close()


def test_menu_item_says_the_old_code_stops_working(window: MainWindow) -> None:
    action = window.ui.actionRecoveryCode
    assert action in window.ui.menuVault.actions()
    assert action.text().replace("&", "") == "Nieuwe herstelcode maken…"
    assert "oude werkt daarna niet meer" in action.toolTip()
