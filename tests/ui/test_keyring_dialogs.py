"""Proof 5, "Keyring, real and failing" (the dialogs): while the keyring hangs for 60 s the
unlock and first-run dialogs are shown, take input and keep painting; within 5 s the user can
use the passphrase or is told, naming the keyring backend, why only the recovery code helps."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kansencirkel.core.i18n import Message
from kansencirkel.ui.first_run import FirstRunDialog, last_group
from kansencirkel.ui.unlock_dialog import UnlockDialog
from kansencirkel.vault import keyring_access, unlock
from kansencirkel.vault.kdf import TEST_KDF
from tests.support.keyrings import (
    HangingKeyring,
    KeyringA,
    KeyringB,
    LosingKeyring,
    keyring_backend,
)
from tests.support.vaults import TEST_PASSPHRASE, MadeVault, make_vault

WITHIN_S = 5.0
STRONG = "fiets regen tafel zonnebloem"


class GapMeter:
    """Ticks every 20 ms on the GUI thread; ``longest`` is the longest time between ticks, so
    a blocked event loop shows up as a long gap."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def vault_made_with(tmp_path: Path, backend: Any) -> MadeVault:
    with keyring_backend(backend):
        made = make_vault(tmp_path / "team.kcv")
        made.vault.close()
    return made


def unlock_dialog(qtbot: Any, made: MadeVault, runner: Any, settings: Any) -> UnlockDialog:
    dialog = UnlockDialog(made.path, runner, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.members_loaded, timeout=10_000):
        dialog.show()
    return dialog


def answered_within(qtbot: Any, start: Callable[[], object], done: Callable[[], bool]) -> float:
    """Start, wait (at most 5 s) until done, and return how long it took; fails when the GUI
    thread was blocked for more than half a second meanwhile."""
    meter = GapMeter()
    t0 = time.monotonic()
    start()
    qtbot.waitUntil(done, timeout=int(WITHIN_S * 1000))
    elapsed = time.monotonic() - t0
    assert meter.stop() < 0.5, "the dialog stopped painting while the keyring hung"
    return elapsed


def text(msgid: str, **values: object) -> str:
    return Message(msgid, values).text("nl")  # type: ignore[arg-type]


def test_unlock_takes_input_while_the_keyring_hangs_and_names_it_within_5_s(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    made = vault_made_with(tmp_path, KeyringA())
    with keyring_backend(HangingKeyring()) as hanging:
        dialog = unlock_dialog(qtbot, made, ui_runner, app_settings)
        ui = dialog.ui
        qtbot.waitUntil(lambda: hanging.calls >= 1)  # the status probe hangs in the keyring
        assert not ui.keyringLabel.isVisible()
        qtbot.keyClicks(ui.passphraseEdit, TEST_PASSPHRASE)
        assert ui.passphraseEdit.text() == TEST_PASSPHRASE  # typing works during the hang
        assert ui.unlockButton.isEnabled()
        elapsed = answered_within(
            qtbot,
            lambda: qtbot.mouseClick(ui.unlockButton, Qt.MouseButton.LeftButton),
            lambda: bool(ui.messageLabel.text()) and ui.passphraseEdit.isEnabled(),
        )
        assert elapsed < WITHIN_S
        assert ui.messageLabel.text() == text(unlock.SECRET_SILENT, backend="HangingService")
        assert dialog.vault is None and dialog.failures == 0  # not a wrong passphrase
        assert dialog.focusWidget() is ui.forgotButton  # the recovery code is what helps now
        qtbot.waitUntil(ui.keyringLabel.isVisible, timeout=int(WITHIN_S * 1000))
        assert ui.keyringLabel.text() == text(
            keyring_access.KEYRING_SILENT, backend="HangingService"
        )
        assert ui_runner.wait_idle(10_000)


def test_passphrase_only_vault_opens_while_the_keyring_hangs(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    made = make_vault(tmp_path / "team.kcv")  # the suite's default: no keyring, hardened slot
    made.vault.close()
    with keyring_backend(HangingKeyring()):
        dialog = unlock_dialog(qtbot, made, ui_runner, app_settings)
        ui = dialog.ui
        qtbot.keyClicks(ui.passphraseEdit, TEST_PASSPHRASE)
        opened: list[object] = []
        dialog.vault_opened.connect(opened.append)
        elapsed = answered_within(
            qtbot,
            lambda: qtbot.keyClick(ui.passphraseEdit, Qt.Key.Key_Return),
            lambda: bool(opened),
        )
        assert elapsed < WITHIN_S
        assert dialog.vault is not None
        dialog.vault.close()
        assert ui_runner.wait_idle(10_000)


def test_first_run_creates_a_passphrase_only_vault_while_the_keyring_hangs(
    qtbot: Any, tmp_path: Path, ui_runner: Any
) -> None:
    with keyring_backend(HangingKeyring()):
        dialog = FirstRunDialog(tmp_path / "nieuw.kcv", ui_runner, kdf=TEST_KDF)
        qtbot.addWidget(dialog)
        dialog.show()
        ui = dialog.ui
        for edit, value in (
            (ui.teamEdit, "Kernteam Het Anker"),
            (ui.memberEdit, "Mila Testers"),
            (ui.passEdit, STRONG),
            (ui.repeatEdit, STRONG),
        ):
            qtbot.keyClicks(edit, value)
            assert edit.text() == value
        elapsed = answered_within(
            qtbot,
            lambda: qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton),
            lambda: ui.pages.currentWidget() is ui.codePage,
        )
        assert elapsed < WITHIN_S
        qtbot.keyClicks(ui.confirmEdit, last_group(ui.codeLabel.text()))  # code confirmed
        ui.writtenCheck.setChecked(True)
        with qtbot.waitSignal(dialog.vault_created, timeout=10_000):
            qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
        vault = dialog.vault
        assert vault is not None
        slot = vault.keys.keyfile.member_slot(vault.actor.id)
        assert slot is not None and slot.hardened and slot.device_secret is None
        vault.close()
        assert ui_runner.wait_idle(10_000)


def test_lost_entry_asks_for_the_recovery_code_saying_why(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    losing = LosingKeyring()
    made = vault_made_with(tmp_path, losing)
    losing.lose()
    with keyring_backend(losing):
        dialog = unlock_dialog(qtbot, made, ui_runner, app_settings)
        ui = dialog.ui
        ui.passphraseEdit.setText(TEST_PASSPHRASE)
        ui.unlockButton.click()
        qtbot.waitUntil(lambda: bool(ui.messageLabel.text()), timeout=int(WITHIN_S * 1000))
        assert ui.messageLabel.text() == text(unlock.SECRET_LOST, backend="LosingService")
        assert "herstelcode" in ui.messageLabel.text()
        assert dialog.focusWidget() is ui.forgotButton
        assert ui_runner.wait_idle(10_000)


def test_changed_backend_is_named_in_the_unlock_dialog(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    made = vault_made_with(tmp_path, KeyringA())
    with keyring_backend(KeyringB()):
        dialog = unlock_dialog(qtbot, made, ui_runner, app_settings)
        ui = dialog.ui
        ui.passphraseEdit.setText(TEST_PASSPHRASE)
        ui.unlockButton.click()
        qtbot.waitUntil(lambda: bool(ui.messageLabel.text()), timeout=int(WITHIN_S * 1000))
        assert ui.messageLabel.text() == text(
            unlock.SECRET_BACKEND_CHANGED, expected="KeyringA", backend="KeyringB"
        )
        assert QApplication.activeModalWidget() is None  # a sentence in the dialog, no box
        assert ui_runner.wait_idle(10_000)
