"""Main window and dialogs: fit 1280×720 without clipped widgets, keyboard reachable, accessible
names, demo banner, meeting mode on F5, high DPI and dark scheme smoke tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from kansencirkel.ui.agenda_dialog import AgendaExportDialog
from kansencirkel.ui.main_window import MainWindow
from kansencirkel.ui.vault_ops import VaultOps
from tests.support.qt import mnemonic_clashes, wait_until_laid_out
from tests.support.vaults import TEST_MEMBER, VaultFactory

ROOT = Path(__file__).resolve().parents[2]
SCREEN = QSize(1280, 720)
VAULT_MENU = {"nl": "&Kluis", "en": "&Vault"}  # the Kluis menu's title, as the user reads it


def clipped(root: QWidget) -> list[str]:
    """Visible widgets smaller than they need to show their content."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or (w.isWindow() and w is not root):
            continue
        if isinstance(w, QHeaderView | QProgressBar) or w.objectName().startswith("qt_"):
            continue  # scroll-area internals; the strength bar is a thin bar on purpose
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and not w.wordWrap()):
            need = w.sizeHint()
        else:
            need = w.minimumSizeHint()
        if not need.isValid():
            continue
        if w.width() + 1 < need.width() or w.height() + 1 < need.height():
            out.append(
                f"{type(w).__name__}:{w.objectName()} {w.size().toTuple()} < {need.toTuple()}"
            )
    return out


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs without an accessible name or a label buddy."""
    buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy()}
    out = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit | QComboBox) and w.isVisibleTo(root):
            if type(w.parent()).__name__ in ("QComboBox", "QSpinBox", "QAbstractSpinBox"):
                continue
            if not w.accessibleName() and id(w) not in buddies:
                out.append(w.objectName())
    return out


@pytest.fixture
def window(qtbot: Any, team_vault: Any, ui_runner: Any, app_settings: Any) -> Iterator[MainWindow]:
    win = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(win)
    win.resize(SCREEN)
    win.show()
    with qtbot.waitSignal(win.children_list.loaded, timeout=10000):
        win.attach(team_vault)
    yield win
    win.detach()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_main_window_fits_1280x720_without_clipping(
    window: MainWindow, qtbot: Any, lang: str
) -> None:
    from kansencirkel.ui.i18n import install_translators

    install_translators(lang)
    # The switch reaches the window through the event loop; then its layouts redo their work.
    qtbot.waitUntil(lambda: window.ui.menuVault.title() == VAULT_MENU[lang], timeout=5000)
    wait_until_laid_out(qtbot, window)
    assert window.minimumSize().width() <= SCREEN.width()
    assert window.size() == SCREEN
    assert clipped(window) == []
    assert unnamed_inputs(window) == []
    assert not window.ui.demoBanner.isVisible()
    assert TEST_MEMBER in window._actor_label.text()
    assert window._keyring_label.text().startswith(
        "Wachtwoordbeheer" if lang == "nl" else "Password manager"
    )


def test_every_menu_action_has_a_mnemonic_and_key_actions_have_shortcuts(
    window: MainWindow,
) -> None:
    ui = window.ui
    for menu in (ui.menuFile, ui.menuVault, ui.menuMeeting, ui.menuSettings, ui.menuHelp):
        assert "&" in menu.title()
        for action in menu.actions():
            assert action.isSeparator() or "&" in action.text(), action.text()
    assert ui.actionLock.shortcut().toString() == "Ctrl+L"
    assert ui.actionMeetingMode.shortcut().toString() == "F5"


def test_f5_opens_meeting_mode_with_todays_agenda(window: MainWindow, qtbot: Any) -> None:
    pytest.importorskip("kansencirkel.ui.meeting_mode")
    window.ui.actionMeetingMode.trigger()
    qtbot.waitUntil(lambda: window.meeting_window is not None, timeout=20000)
    meeting = window.meeting_window
    qtbot.addWidget(meeting)
    window.close_transient_windows()
    assert window.meeting_window is None


def test_print_agenda_opens_the_agenda_export_dialog(window: MainWindow) -> None:
    window.ui.actionPrintAgenda.trigger()
    dialog = window.findChild(AgendaExportDialog)
    assert dialog is not None and dialog.isVisible()
    window.close_transient_windows()


def test_demo_banner_always_visible_for_a_demo_vault(
    qtbot: Any, vault_factory: VaultFactory, ui_runner: Any, app_settings: Any
) -> None:
    vault = vault_factory("d", demo=True)
    win = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(win)
    win.show()
    win.attach(vault)
    assert win.ui.demoBanner.isVisible()
    assert win.ui.demoBanner.text() == "DEMO — fictieve gegevens"
    win.show_list()
    assert win.ui.demoBanner.isVisible()  # above the stack, on every page
    win.detach()
    vault.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "name",
    [
        "unlock",
        "first_run",
        "recovery",
        "settings",
        "team",
        "child",
        "passphrase",
        "new_recovery",
        "new_recovery_code_page",
    ],
)
def test_dialogs_fit_without_clipping(
    name: str,
    lang: str,
    qtbot: Any,
    team_vault: Any,
    ui_runner: Any,
    app_settings: Any,
    tmp_path: Path,
) -> None:
    from kansencirkel.ui.child_dialog import ChildDialog
    from kansencirkel.ui.first_run import FirstRunDialog
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.recovery_dialog import RecoveryDialog
    from kansencirkel.ui.settings_dialog import SettingsDialog
    from kansencirkel.ui.team_dialog import TeamDialog
    from kansencirkel.ui.unlock_dialog import UnlockDialog

    install_translators(lang)
    dialog: QWidget
    if name == "recovery":
        dialog = RecoveryDialog(team_vault.info.path, ui_runner)
    elif name == "passphrase":
        from kansencirkel.ui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(team_vault.keys, ui_runner)
    elif name == "unlock":
        dialog = UnlockDialog(team_vault.info.path, ui_runner, app_settings, demo=True)
    elif name == "first_run":
        dialog = FirstRunDialog(tmp_path / "n.kcv", ui_runner)
    elif name == "settings":
        dialog = SettingsDialog(
            app_settings, team_vault.repos.settings, team_vault.backup, VaultOps(ui_runner)
        )
    elif name == "team":
        dialog = TeamDialog(team_vault.keys, ui_runner)
    elif name.startswith("new_recovery"):
        from kansencirkel.ui.new_recovery_dialog import NewRecoveryDialog

        dialog = NewRecoveryDialog(team_vault.keys, "Team", ui_runner)
        if name.endswith("code_page"):
            dialog.ui.pages.setCurrentWidget(dialog.ui.codePage)
    else:
        dialog = ChildDialog(team_vault.repos.children, VaultOps(ui_runner), None, ["De Linde"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert ui_runner.wait_idle(10_000)  # what the dialog loads (members, settings) is shown
    wait_until_laid_out(qtbot, dialog)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height() - 40
    assert clipped(dialog) == []
    assert unnamed_inputs(dialog) == []
    assert mnemonic_clashes(dialog) == []


def test_dark_scheme_palette(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from kansencirkel.ui.style import apply_style

    before = qapp.palette()
    monkeypatch.setenv("KANSENCIRKEL_COLOR_SCHEME", "dark")
    try:
        apply_style(qapp)
        assert qapp.palette().window().color().lightness() < 80
        assert qapp.palette().windowText().color().lightness() > 200
    finally:
        monkeypatch.setenv("KANSENCIRKEL_COLOR_SCHEME", "light")
        apply_style(qapp)
        qapp.setPalette(before)


SMOKE = """
import sys
from PySide6.QtWidgets import QApplication
import kansencirkel.ui
from kansencirkel.ui.app import make_application
from kansencirkel.ui.main_window import MainWindow
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.ui.settings_store import AppSettings
app = make_application()
w = MainWindow(VaultOps(OperationRunner()), AppSettings())
w.resize(1280, 720)
w.show()
app.processEvents()
img = w.grab()
print(app.devicePixelRatio(), img.width(), img.height(), img.devicePixelRatio())
"""


@pytest.mark.slow
def test_high_dpi_scale_factor_2_smoke(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": "2",
        "PYTHONPATH": str(ROOT),
        "KANSENCIRKEL_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", SMOKE], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    ratio, width, height, pix_ratio = result.stdout.split()[-4:]
    assert float(ratio) == 2.0 and float(pix_ratio) == 2.0
    assert (int(width), int(height)) == (2560, 1440)


def test_saving_an_afspraak_refreshes_page_and_list_through_one_signal(
    qtbot: Any, window: MainWindow, team_vault: Any
) -> None:
    """No view tells another to reload: the write's Changes reach both subscribers."""
    from PySide6.QtWidgets import QDialogButtonBox

    model = window.children_list.model
    quiet = next(
        s
        for s in (model.summary_at(r) for r in range(model.rowCount()))
        if s and not s.open_actions
    )
    window.show_child(quiet.child.id)
    page = window.child_page
    assert page is not None
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
    qtbot.mouseClick(page.actions_section.add_button, Qt.MouseButton.LeftButton)
    dialog = page.actions_section.dialog
    qtbot.keyClicks(dialog.ui.whatEdit, "Samen lezen in de pauze")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def listed_on_page() -> bool:
        tree = page.actions_section.tree
        return any(
            tree.topLevelItem(i).text(0) == "Samen lezen in de pauze"
            for i in range(tree.topLevelItemCount())
        )

    def counted_in_list() -> bool:
        s = model.summary_at(model.row_of(quiet.child.id))
        return s is not None and s.open_actions == 1

    qtbot.waitUntil(listed_on_page, timeout=10000)
    qtbot.waitUntil(counted_in_list, timeout=10000)


def test_a_vault_setting_refreshes_the_children_list_through_the_signal(
    qtbot: Any, window: MainWindow
) -> None:
    """The attention rules read vault settings: the list reloads after OK, unwired."""
    from PySide6.QtWidgets import QDialogButtonBox

    from kansencirkel.ui.settings_dialog import SettingsDialog

    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.vaultGroup.isEnabled, timeout=5000)  # vault values loaded
    dialog.ui.staleSpin.setValue(dialog.ui.staleSpin.value() + 1)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.children_list.loaded, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_alt_letter_does_one_thing_on_every_child_page_tab(
    qtbot: Any, window: MainWindow, lang: str
) -> None:
    """Alt+I opened Instellingen instead of "Meting invoeren"; tabs now switch with Alt+1…8
    and Ctrl+Tab from anywhere on the page."""
    from kansencirkel.ui.i18n import install_translators

    install_translators(lang)
    assert mnemonic_clashes(window) == []  # the children list
    first = window.children_list.model.summary_at(0)
    assert first is not None
    window.show_child(first.child.id)
    page = window.child_page
    assert page is not None
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    tabs = page.ui.tabs
    for i in range(tabs.count()):
        page.ui.enterButton.setFocus()
        qtbot.keyClick(
            page.ui.enterButton, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.AltModifier
        )
        qtbot.waitUntil(lambda i=i: tabs.currentIndex() == i)
        assert mnemonic_clashes(window) == [], tabs.tabText(i)
    qtbot.keyClick(page.ui.backButton, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 0)  # wraps around after the last tab
    install_translators("nl")


def test_help_menu_opens_the_about_dialog_with_the_licences(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog

    from kansencirkel.ui.about_dialog import AboutDialog
    from tests.support.modals import Driver

    seen: list[AboutDialog] = []

    def look_and_close(dialog: Any) -> None:
        seen.append(dialog)
        dialog.reject()

    driver = Driver([(AboutDialog, look_and_close)])
    window.ui.actionAbout.trigger()  # Help → Over Kansencirkel (modal until closed)
    driver.stop()
    (about,) = seen
    assert isinstance(about, QDialog) and about.ui.componentsTree.topLevelItemCount() > 5
    assert "totaalscore" in about.ui.titleLabel.text()


def test_the_first_start_fits_the_window_on_a_small_screen(
    qtbot: Any, ui_runner: Any, app_settings: Any
) -> None:
    """Without a saved size (first start, no window manager to help) the window is at most
    the screen: on a 1024×768 projector the buttons at the right stayed off screen."""
    from kansencirkel.ui.app import fit_first_size

    win = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    assert room.width() < 1200 or room.height() < 700  # the offscreen screen is the small one
    fit_first_size(win)
    win.show()
    assert win.geometry().width() <= room.width() and win.geometry().height() <= room.height()
    assert win.size() == QSize(1200, 700).boundedTo(room.size())
    assert room.contains(win.geometry().topLeft())
