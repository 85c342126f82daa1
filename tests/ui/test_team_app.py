"""The desktop app on a team server: first screen's choice, team unlock, the children list,
the remembered profile, a wrong passphrase, the lost-connection banner, no backups, and what
is typed while the server is away (encrypted on the laptop until it is back).

Real PostgreSQL (the session's cluster, a fresh database per test), real Argon2id with
TEST_KDF; every role a test makes is dropped again."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kansencirkel import paths
from kansencirkel.core import clock
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.ui.team_unlock import StoreChoiceDialog, TeamUnlockDialog
from kansencirkel.vault import meta
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team import membership, roles
from kansencirkel.vault.team.profile import profile_to_json, read_profile
from kansencirkel.vault.team.store import ServerAddress
from kansencirkel.vault.team.team_vault import NO_BACKUP
from tests.team.pg_cluster import PgDatabase
from tests.ui.conflict_helpers import reopened_editor

PASSPHRASE = "lange zin voor het kernteam van De Linde"
TEAM_NAME = "Kernteam De Linde"


@dataclass
class Team:
    profile_path: Path
    login: str


@pytest.fixture
def team(pg_database: PgDatabase, tmp_path: Path) -> Iterator[Team]:
    """A team founded on a fresh database with one child, and its member's profile file."""
    cluster = pg_database.cluster
    admin = sqlalchemy.create_engine(pg_database.admin_url, pool_pre_ping=True)
    login = f"kc_gui_{uuid.uuid4().hex[:8]}"
    address = ServerAddress(cluster.host, cluster.port, pg_database.name, cluster.ca_file)
    team_id = ""
    try:
        founded = membership.found_team(
            admin, address, login=login, member_name="Juf Fictief", passphrase=PASSPHRASE,
            kdf=TEST_KDF, member_role=Role.LEERKRACHT,
        )  # fmt: skip
        team_id = founded.profile.team_id
        engine = membership.open_team(founded.profile, PASSPHRASE)
        try:
            actor = membership.member_of(engine, login)
            Repositories(engine, actor).children.create("Kim", "Jansen", opened_on=date(2026, 3, 2))
            meta.write_meta(engine, team_name=TEAM_NAME)
        finally:
            engine.dispose()
        path = tmp_path / "profiel" / "juf.kcteam"
        path.parent.mkdir()
        path.write_text(profile_to_json(founded.profile), encoding="utf-8")
        yield Team(path, login)
    finally:
        if cluster.postmaster_pid() is None:
            cluster.start()
        admin.dispose()  # its pooled connection may be from before a kill
        with admin.connect() as conn:
            for role in (login, roles.team_role(team_id) if team_id else ""):
                if not role:
                    continue
                conn.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %(r)s",
                    {"r": role},
                )
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
            conn.commit()
            left = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_roles WHERE rolname = %(r)s", {"r": login}
            ).scalar()
        admin.dispose()
        assert left == 0, "the test's login is still on the cluster"


def start_team_shell(team: Team, tmp_path: Path, make_shell: Any, app_settings: Any) -> Any:
    """The app as started on a laptop whose settings remember the team's profile."""
    app_settings.team_profile = team.profile_path
    shell = make_shell(tmp_path / "vault" / "team.kcv", kdf=TEST_KDF)
    shell.start()
    return shell


def unlock(qtbot: Any, shell: Any, passphrase: str = PASSPHRASE) -> TeamUnlockDialog:
    dialog = shell.dialog
    assert isinstance(dialog, TeamUnlockDialog)
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    return dialog


def open_team_window(qtbot: Any, shell: Any, ui_runner: Any) -> Any:
    unlock(qtbot, shell)
    qtbot.waitUntil(lambda: shell.main_window is not None and bool(shell.vault), timeout=20000)
    window = shell.main_window
    model = window.children_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    return window


def test_choose_team_server_then_unlock_shows_the_teams_child(
    team: Team, qtbot: Any, tmp_path: Path, ui_runner: Any, make_shell: Any, app_settings: Any
) -> None:
    shell = make_shell(tmp_path / "vault" / "team.kcv", kdf=TEST_KDF)
    shell.start()
    choice = shell.dialog
    assert isinstance(choice, StoreChoiceDialog)
    assert not choice.choose_profile(tmp_path / "nergens.kcteam")  # one sentence, stays
    assert choice.message.isVisible() and choice.message.text()
    assert choice.choose_profile(team.profile_path)
    assert app_settings.team_profile == team.profile_path
    dialog = shell.dialog
    assert isinstance(dialog, TeamUnlockDialog)
    assert team.login in dialog.team_label.text()
    window = open_team_window(qtbot, shell, ui_runner)
    model = window.children_list.model
    assert model.index(0, 0).data() == "Kim Jansen"
    assert TEAM_NAME in window.windowTitle()
    assert window._actor_label.text() == "Ingelogd als Juf Fictief (Leerkracht)"
    assert not window.ui.actionPassphrase.isEnabled()  # members: `kansencirkel team member`
    assert not window.ui.actionTeam.isEnabled() and not window.ui.actionRecoveryCode.isEnabled()
    assert "kansencirkel team member" in window.ui.actionTeam.toolTip()
    # The backup action gives its one sentence.
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: bool(visible_boxes(window)), timeout=10000)
    assert visible_boxes(window)[0].text() == NO_BACKUP
    visible_boxes(window)[0].close()
    shell.lock()
    assert shell.vault is None and shell.team_changes is None
    assert isinstance(shell.dialog, TeamUnlockDialog)  # the team unlock again, not the laptop's
    window = open_team_window(qtbot, shell, ui_runner)  # and it opens again, listening again
    assert shell.team_changes is not None and shell.team_changes.listener.wait_listening(10)
    app_settings.sync()
    assert PASSPHRASE not in app_settings.path.read_text(encoding="utf-8")


def visible_boxes(window: Any) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_restart_goes_to_team_unlock_and_a_wrong_passphrase_stays(
    team: Team, qtbot: Any, tmp_path: Path, ui_runner: Any, make_shell: Any, app_settings: Any
) -> None:
    app_settings.team_name = TEAM_NAME
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    dialog = unlock(qtbot, shell, "niet de goede zin voor dit team")
    assert TEAM_NAME in dialog.team_label.text()
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=20000)
    assert shell.dialog is dialog and dialog.isVisible() and shell.vault is None
    assert dialog.message.isVisible() and "wachtwoord" in dialog.message.text().lower()
    assert dialog.passphrase_edit.text() == ""
    # "Ander teamprofiel kiezen…" forgets it: the first screen's choice again.
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert isinstance(shell.dialog, StoreChoiceDialog)
    assert app_settings.team_profile is None


def test_enter_in_the_passphrase_field_opens_the_team_and_never_forgets_the_profile(
    team: Team, qtbot: Any, tmp_path: Path, ui_runner: Any, make_shell: Any, app_settings: Any
) -> None:
    """By keyboard: Enter on an empty field does nothing (it used to press "Ander
    teamprofiel kiezen…", the first button, and forget the profile); typed, it opens."""
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    dialog = shell.dialog
    assert isinstance(dialog, TeamUnlockDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.waitUntil(dialog.passphrase_edit.hasFocus, timeout=5000)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert shell.dialog is dialog and app_settings.team_profile == team.profile_path
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.vault is not None, timeout=20000)
    assert app_settings.team_profile == team.profile_path


def test_lost_server_shows_the_banner_and_it_goes_when_back(
    team: Team,
    pg_database: PgDatabase,
    qtbot: Any,
    tmp_path: Path,
    ui_runner: Any,
    make_shell: Any,
    app_settings: Any,
) -> None:
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    window = open_team_window(qtbot, shell, ui_runner)
    assert shell.team_changes is not None
    assert shell.team_changes.listener.wait_listening(10)
    assert ui_runner.wait_idle(10_000)  # the reads of the unlock are done before the kill
    # Another client of the same team adds a child: the list shows it without a reload.
    profile = read_profile(team.profile_path)
    other = membership.open_team(profile, PASSPHRASE)
    try:
        actor = membership.member_of(other, profile.login)
        Repositories(other, actor).children.create("Lot", "de Boer", opened_on=date(2026, 3, 2))
    finally:
        other.dispose()
    model = window.children_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    assert ui_runner.wait_idle(10_000)
    banner = window.connection_banner
    assert not banner.isVisible()
    cluster = pg_database.cluster
    cluster.kill()
    try:
        qtbot.waitUntil(banner.isVisible, timeout=30000)
        assert "verbinding met de teamserver is weg" in banner.text()
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=60000)
    assert ui_runner.wait_idle(10_000)  # the reload after coming back reads the list again
    assert window.children_list.model.rowCount() == 2
    assert stray_boxes() == []  # the banner said it; no box on top of it


def stray_boxes() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.mark.parametrize("what", ["untrusted", "unreachable"])
def test_an_untrusted_or_unreachable_server_is_one_sentence_in_the_dialog(
    team: Team,
    pg_database: PgDatabase,
    what: str,
    qtbot: Any,
    tmp_path: Path,
    make_shell: Any,
    app_settings: Any,
) -> None:
    cluster = pg_database.cluster
    good = read_profile(team.profile_path)
    address = good.address
    if what == "untrusted":  # a CA that is not the team's: no connection is made
        address = replace(address, ca_file=cluster.other_ca_file())
        expected = membership.SERVER_NOT_TRUSTED
    else:
        address = replace(address, port=free_port())
        expected = membership.SERVER_UNREACHABLE
    path = tmp_path / "ander.kcteam"
    path.write_text(profile_to_json(replace(good, address=address)), encoding="utf-8")
    app_settings.team_profile = path
    shell = make_shell(tmp_path / "vault" / "team.kcv", kdf=TEST_KDF)
    shell.start()
    dialog = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20000)
    assert dialog.message.text() == expected
    assert shell.vault is None and shell.dialog is dialog and dialog.failures == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_what_is_typed_while_the_server_is_away_waits_encrypted_and_then_reaches_it(
    team: Team,
    pg_database: PgDatabase,
    qtbot: Any,
    tmp_path: Path,
    ui_runner: Any,
    make_shell: Any,
    app_settings: Any,
) -> None:
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    window = open_team_window(qtbot, shell, ui_runner)
    assert shell.team_changes is not None and shell.team_changes.listener.wait_listening(10)
    vault = shell.vault
    (summary,) = vault.repos.children.summaries(clock.today())
    child_id = summary.child.id
    window.show_child(child_id)
    assert ui_runner.wait_idle(10_000)
    form = window.child_page.entry.open_form(Perspective.KIND)
    qtbot.keyClicks(form.ui.goesWellEdit, "Zwemdiploma")
    qtbot.waitUntil(lambda: bool(vault.repos.drafts.for_child(child_id)), timeout=10000)
    (online,) = vault.repos.drafts.for_child(child_id)
    assert ui_runner.wait_idle(10_000)
    local = vault.local_drafts
    assert not local.has_any()
    cluster = pg_database.cluster
    cluster.kill()
    try:
        qtbot.keyClicks(form.ui.goesWellEdit, " en fietsen")
        status = form.ui.draftStatusLabel
        qtbot.waitUntil(lambda: "versleuteld op deze laptop" in status.text(), timeout=20000)
        raw = local.path.read_bytes()
        assert b"fietsen" not in raw and b"Zwemdiploma" not in raw  # never in the clear
        assert Path(paths.user_data_dir()) in local.path.parents  # the app's data folder
        QTest.keyClick(form.ui.goesWellEdit, Qt.Key.Key_Escape)  # closing the form keeps it
        assert ui_runner.wait_idle(10_000)
        shell.quit()  # and closing the app, with the server still away
        (waiting,) = local.all()
        assert waiting.id == online.id and waiting.payload["goes_well"] == "Zwemdiploma en fietsen"
    finally:
        cluster.start()
    # The app again, the server back: the unlock brings the draft to the server.
    shell = make_shell(tmp_path / "vault" / "team.kcv", kdf=TEST_KDF)
    shell.start()
    window = open_team_window(qtbot, shell, ui_runner)
    qtbot.waitUntil(lambda: not local.path.exists(), timeout=20000)
    assert ui_runner.wait_idle(10_000)
    (there,) = shell.vault.repos.drafts.for_child(child_id)
    assert there.id == online.id and there.payload["goes_well"] == "Zwemdiploma en fietsen"
    window.show_child(child_id)
    assert ui_runner.wait_idle(10_000)
    page = window.child_page
    assert page.ui.draftBanner.isVisible()  # offered like any draft
    qtbot.mouseClick(page.ui.draftResumeButton, Qt.MouseButton.LeftButton)
    assert page.entry.form.ui.goesWellEdit.toPlainText() == "Zwemdiploma en fietsen"


def test_when_the_connection_is_back_the_laptops_draft_goes_to_the_server_at_once(
    team: Team,
    pg_database: PgDatabase,
    qtbot: Any,
    tmp_path: Path,
    ui_runner: Any,
    make_shell: Any,
    app_settings: Any,
) -> None:
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    window = open_team_window(qtbot, shell, ui_runner)
    assert shell.team_changes is not None and shell.team_changes.listener.wait_listening(10)
    vault = shell.vault
    (summary,) = vault.repos.children.summaries(clock.today())
    child_id = summary.child.id
    window.show_child(child_id)
    assert ui_runner.wait_idle(10_000)
    form = window.child_page.entry.open_form(Perspective.OUDERS)
    status, local = form.ui.draftStatusLabel, vault.local_drafts
    cluster = pg_database.cluster
    cluster.kill()
    try:
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=30000)
        qtbot.keyClicks(form.ui.goesWellEdit, "Leest graag voor")  # never on the server yet
        qtbot.waitUntil(lambda: "versleuteld op deze laptop" in status.text(), timeout=20000)
        (waiting,) = local.all()
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: not local.path.exists(), timeout=60000)  # no keystroke needed
    qtbot.waitUntil(lambda: "teamserver" in status.text() and "laptop" not in status.text())
    assert ui_runner.wait_idle(10_000)
    (there,) = vault.repos.drafts.for_child(child_id)
    assert there.id == waiting.id and there.payload["goes_well"] == "Leest graag voor"
    qtbot.keyClicks(form.ui.goesWellEdit, " aan haar broertje")  # and goes on in that draft
    qtbot.waitUntil(lambda: "Concept bewaard om" in status.text(), timeout=10000)
    (there,) = vault.repos.drafts.for_child(child_id)
    assert there.id == waiting.id and there.payload["goes_well"].endswith("broertje")
    assert not local.has_any()


def test_a_note_saved_while_the_server_is_away_comes_back_with_its_text(
    team: Team,
    pg_database: PgDatabase,
    qtbot: Any,
    tmp_path: Path,
    ui_runner: Any,
    make_shell: Any,
    app_settings: Any,
) -> None:
    """A typed note is never lost: the save is not confirmed, one sentence says so, and the
    note's editor opens again with the text; once the server is back it saves."""
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    window = open_team_window(qtbot, shell, ui_runner)
    vault = shell.vault
    (summary,) = vault.repos.children.summaries(clock.today())
    window.show_child(summary.child.id)
    assert ui_runner.wait_idle(10_000)
    page = window.child_page
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    section = page.notes_section
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    first = section.dialog
    qtbot.waitUntil(first.isVisible)
    text = "Vertelde vol trots over het schoolreisje"
    qtbot.keyClicks(first.ui.textEdit, text)
    cluster = pg_database.cluster
    cluster.kill()
    try:
        first.accept()
        again = reopened_editor(qtbot, section, first, timeout=20000)
        assert again.ui.textEdit.toPlainText() == text
        assert "niet bevestigd" in again.ui.errorLabel.text()
    finally:
        cluster.start()
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=30000)
    again.accept()
    qtbot.waitUntil(
        lambda: [n.text for n in vault.repos.notes.for_child(summary.child.id)] == [text],
        timeout=20000,
    )
    shell.quit()
