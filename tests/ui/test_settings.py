"""Settings: INI file under the config folder (never child data), vault retention, backup now,
language switch live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kansencirkel.core import i18n as core_i18n
from kansencirkel.core.retention import SETTING_KEY
from kansencirkel.paths import user_config_dir
from kansencirkel.ui import i18n
from kansencirkel.ui.settings_dialog import SettingsDialog
from kansencirkel.ui.settings_store import AppSettings, settings_path
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.errors import WrongRecoveryCode


def test_app_settings_are_an_ini_file_in_the_config_folder(tmp_path: Path) -> None:
    settings = AppSettings()
    assert settings.path == settings_path() == user_config_dir() / "kansencirkel.ini"
    assert settings.language == "nl" and settings.idle_minutes == 5
    settings.idle_minutes = 500  # clamped
    settings.language = "en"
    settings.last_vault = tmp_path / "x.kcv"
    settings.sync()
    text = settings.path.read_text(encoding="utf-8")
    assert "idle_minutes=120" in text and "language=en" in text
    assert AppSettings().last_vault == tmp_path / "x.kcv"


def test_settings_dialog_saves_app_and_vault_settings_and_backs_up(
    qtbot: Any, team_vault: Any, ui_runner: Any, app_settings: AppSettings, tmp_path: Path
) -> None:
    dialog = SettingsDialog(
        app_settings, team_vault.repos.settings, team_vault.backup, VaultOps(ui_runner)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ui.vaultGroup.isEnabled, timeout=10000)
    assert dialog.ui.retentionSpin.value() == 2
    folder = tmp_path / "kopieen"
    dialog.ui.folderEdit.setText(str(folder))
    dialog.ui.keepSpin.setValue(3)
    dialog.ui.backupNowButton.click()
    qtbot.waitUntil(lambda: dialog.ui.backupStatus.text().startswith("Gemaakt"), timeout=20000)
    assert len(list(folder.iterdir())) >= 1
    dialog.ui.idleSpin.setValue(7)
    dialog.ui.retentionSpin.setValue(5)
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        dialog.ui.buttonBox.accepted.emit()
    assert app_settings.idle_minutes == 7
    assert app_settings.backup_folder == folder and app_settings.backup_keep == 3
    assert team_vault.repos.settings.get(SETTING_KEY) == "5"
    ini = app_settings.path.read_text(encoding="utf-8")
    for name in ("Sanne", "Daan", "Kernteam De Linde"):
        assert name not in ini  # no child or team data in the INI file


def test_language_switch_applies_live(
    qtbot: Any, team_vault: Any, ui_runner: Any, app_settings: AppSettings
) -> None:
    from kansencirkel.ui.main_window import MainWindow

    window = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(window)
    window.attach(team_vault)
    assert window.ui.menuVault.title() == "&Kluis"

    def in_english() -> None:
        assert i18n.current_lang() == "en"
        assert window.ui.menuVault.title() == "&Vault"
        assert window.children_list.ui.addButton.text() == "&Add child…"

    i18n.install_translators("en")
    # LanguageChange events are delivered through the event loop; a timeout re-raises the
    # last failed assertion as its cause.
    qtbot.waitUntil(in_english, timeout=5000)
    assert core_i18n.current_lang() == "en"  # one current language, below Qt too
    assert i18n.own_sentence(WrongRecoveryCode()) == "The recovery code is not correct."
    i18n.install_translators("nl")
    qtbot.waitUntil(lambda: window.ui.menuVault.title() == "&Kluis", timeout=5000)
    assert core_i18n.current_lang() == "nl"
    window.detach()


def test_idle_minutes_suffix_follows_the_count(
    qtbot: Any, team_vault: Any, ui_runner: Any, app_settings: AppSettings
) -> None:
    dialog = SettingsDialog(
        app_settings, team_vault.repos.settings, team_vault.backup, VaultOps(ui_runner)
    )
    qtbot.addWidget(dialog)
    ui = dialog.ui
    spins = (ui.idleSpin, ui.keepSpin, ui.retentionSpin, ui.staleSpin)
    qtbot.waitUntil(ui.vaultGroup.isEnabled, timeout=10000)  # vault values loaded
    expected = {
        "nl": (
            ["1 minuut niets doen", "1 nieuwste kopie", "1 jaar na afsluiten",
             "1 maand (voor 'aandacht nodig')"],
            ["2 minuten niets doen", "2 nieuwste kopieën", "2 jaar na afsluiten",
             "2 maanden (voor 'aandacht nodig')"],
        ),
        "en": (
            ["1 minute of inactivity", "1 newest copy", "1 year after closing",
             "1 month (for 'needs attention')"],
            ["2 minutes of inactivity", "2 newest copies", "2 years after closing",
             "2 months (for 'needs attention')"],
        ),
    }  # fmt: skip
    try:
        for lang in ("nl", "en"):
            i18n.install_translators(lang)
            for n in (1, 2):
                for spin in spins:
                    spin.setValue(n)
                # the switch reaches the dialog through the event loop
                want = expected[lang][n - 1]
                qtbot.waitUntil(lambda want=want: [s.text() for s in spins] == want)
    finally:
        i18n.install_translators("nl")


def test_team_dialog_adds_and_removes_a_member(
    qtbot: Any, team_vault: Any, ui_runner: Any, monkeypatch: Any
) -> None:
    from kansencirkel.ui.team_dialog import TeamDialog
    from kansencirkel.vault.vault import Vault

    dialog = TeamDialog(team_vault.keys, ui_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.membersList.count() == 1 and "(jij)" in ui.membersList.item(0).text()
    ui.membersList.setCurrentRow(0)
    assert not ui.removeButton.isEnabled()  # you cannot remove yourself
    ui.nameEdit.setText("Jesse Coach")
    ui.passEdit.setText("kort")
    ui.repeatEdit.setText("kort")
    ui.addButton.click()
    assert "te kort" in ui.messageLabel.text()
    ui.passEdit.setText("jesse heeft een eigen zin")
    ui.repeatEdit.setText("jesse heeft een eigen zin")
    ui.addButton.click()
    qtbot.waitUntil(lambda: ui.membersList.count() == 2, timeout=10000)
    assert "toegevoegd" in ui.messageLabel.text()
    jesse = next(m for m in Vault.members(team_vault.info.path) if m.name == "Jesse Coach")
    row = next(i for i in range(2) if ui.membersList.item(i).text().startswith("Jesse"))
    ui.membersList.setCurrentRow(row)
    assert ui.removeButton.isEnabled()
    monkeypatch.setattr(
        "kansencirkel.ui.team_dialog.confirm_destructive", lambda *a, **k: True
    )  # the box itself: tests/ui/test_confirm.py
    ui.removeButton.click()
    qtbot.waitUntil(lambda: ui.membersList.count() == 1, timeout=10000)
    assert all(m.id != jesse.id for m in Vault.members(team_vault.info.path))


def test_change_own_passphrase(qtbot: Any, team_vault: Any, ui_runner: Any) -> None:
    from kansencirkel.ui.passphrase_dialog import PassphraseDialog
    from kansencirkel.vault.vault import Vault
    from tests.support.vaults import TEST_PASSPHRASE

    dialog = PassphraseDialog(team_vault.keys, ui_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.oldEdit.setText("dit is niet mijn wachtwoord")
    ui.newEdit.setText("een nieuwe lange zin voor mij")
    ui.repeatEdit.setText("een nieuwe lange zin voor mij")
    ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: ui.messageLabel.text() == "Het wachtwoord klopt niet.", timeout=10000)
    assert ui.newEdit.text() == "een nieuwe lange zin voor mij"  # only the wrong one cleared
    ui.oldEdit.setText(TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        ui.buttonBox.accepted.emit()
    path, member = team_vault.info.path, team_vault.actor.id
    team_vault.close()
    Vault.open(path, member, "een nieuwe lange zin voor mij").close()


def test_comparison_window_is_a_vault_setting(
    qtbot: Any, team_vault: Any, ui_runner: Any, app_settings: AppSettings
) -> None:
    from kansencirkel.core.window import COMPARE_MONTHS_KEY

    dialog = SettingsDialog(
        app_settings, team_vault.repos.settings, team_vault.backup, VaultOps(ui_runner)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ui.vaultGroup.isEnabled, timeout=10000)
    spin = dialog.ui.compareSpin
    assert spin.value() == 4 and (spin.minimum(), spin.maximum()) == (1, 24)
    assert spin.suffix() == " maanden van de nieuwste meting"
    spin.setValue(1)
    assert spin.suffix() == " maand van de nieuwste meting"
    spin.setValue(6)
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        dialog.ui.buttonBox.accepted.emit()
    assert team_vault.repos.settings.get(COMPARE_MONTHS_KEY) == "6"
    assert team_vault.repos.settings.compare_months() == 6


def test_on_whose_behalf_is_in_every_event_from_unlock_and_after_a_change(
    qtbot: Any, team_vault_path: Any, make_shell: Any, ui_runner: Any, app_settings: AppSettings
) -> None:
    """NEN 7513's "namens wie": what the user set on this computer is recorded with what
    they do from the unlock on, shown in the child's logboek, and a change applies at once."""
    from kansencirkel.core.enums import AuditKind
    from tests.ui.child_fixtures import tree_texts
    from tests.ui.test_idle_lock import start_unlocked

    app_settings.on_behalf_of = "OBS De Linde"
    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    sanne = team_vault_path.child_ids["Sanne"]
    repos = shell.vault.repos

    def views() -> list[str]:
        entries = repos.audit.entries(child_id=sanne)
        return [e.on_behalf_of for e in entries if e.kind is AuditKind.VIEW]

    window.show_child(sanne)
    qtbot.waitUntil(lambda: views() == ["OBS De Linde"], timeout=10000)
    page = window.child_page
    page.ui.tabs.setCurrentWidget(page.ui.logTab)
    qtbot.waitUntil(lambda: tree_texts(page.log_section.tree) != [], timeout=10000)
    assert [r[2] for r in tree_texts(page.log_section.tree) if r[3] == "Bekeken"] == [
        "OBS De Linde"
    ]

    dialog = SettingsDialog(
        app_settings, repos.settings, shell.vault.backup, VaultOps(ui_runner), window
    )
    qtbot.addWidget(dialog)
    dialog.applied.connect(shell.apply_settings)  # as the main window's settings_changed does
    assert dialog.ui.behalfEdit.text() == "OBS De Linde"
    dialog.ui.behalfEdit.setText("  CJG Noord ")
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        dialog.ui.buttonBox.accepted.emit()
    assert app_settings.on_behalf_of == "CJG Noord"
    window.show_child(team_vault_path.child_ids["Daan"])
    window.show_child(sanne)
    qtbot.waitUntil(lambda: views() == ["OBS De Linde", "CJG Noord"], timeout=10000)
    assert repos.audit.verify_chain().ok
    shell.quit()
