"""Samen invullen in the whole app: started from the child's page, every way out (Esc, Alt+F4 /
the window manager's close, the idle timer) ends in the lock behind a blank cover, never in
the children list; the half-finished answers come back as a draft only the team member resumes."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from kansencirkel.core.samen_answers import is_samen_payload
from kansencirkel.ui.lock_cover import LockCover
from kansencirkel.ui.samen_start import SamenStartDialog
from kansencirkel.ui.samen_window import SamenWindow
from kansencirkel.ui.unlock_dialog import UnlockDialog
from tests.support.vaults import MadeVault
from tests.ui.test_idle_lock import _shown_texts, start_unlocked, unlock


def _start_samen(qtbot: Any, window: Any, child_id: str) -> SamenWindow:
    from kansencirkel.ui.help_window import open_help

    guide = open_help("eerste-overleg")  # open before: it must not stay reachable (Alt+Tab)
    window.show_child(child_id)
    page = window.child_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.ui.samenButton.isEnabled()
    page.ui.samenButton.click()
    dialog = page.findChild(SamenStartDialog)
    assert isinstance(dialog, SamenStartDialog) and dialog.isVisible()
    dialog.ui.buttonBox.accepted.emit()  # "Beginnen" with the child chosen
    samen = window.samen_window
    assert isinstance(samen, SamenWindow) and samen.isVisible()
    assert not window.isVisible()  # nothing of the app stays reachable behind it
    assert not guide.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [samen]
    return samen


def _answer_one(qtbot: Any, samen: SamenWindow) -> None:
    samen.GUARD_MS = 0
    samen.next()
    samen.element.choices.buttons[3].click()
    with qtbot.waitSignal(samen.drafts.saved, timeout=5000):
        samen.next()


@pytest.mark.parametrize("way", ["escape", "close", "idle"])
def test_every_way_out_locks_and_the_draft_waits_for_the_team_member(
    qtbot: Any, team_vault_path: MadeVault, ui_runner: Any, make_shell: Any, way: str
) -> None:
    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    sanne = team_vault_path.child_ids["Sanne"]
    samen = _start_samen(qtbot, window, sanne)
    assert samen.answers.giver == "Sanne" and samen.answers.child_id == sanne
    _answer_one(qtbot, samen)
    if way == "escape":
        qtbot.keyClick(samen.focusWidget(), Qt.Key.Key_Escape)
    elif way == "close":
        samen.close()  # Alt+F4 / the window manager's close
    else:
        ui_runner.wait_idle(10_000)
        shell.idle.set_timeout_ms(200)
        with qtbot.waitSignal(shell.idle.idle, timeout=3000):
            pass
    qtbot.waitUntil(lambda: shell.vault is None, timeout=5000)
    cover = shell.cover
    assert isinstance(cover, LockCover) and cover.isVisible()
    assert isinstance(shell.dialog, UnlockDialog) and shell.dialog.isVisible()
    # The window that held the child's answers is gone, not merely hidden (its deferred
    # delete may already have run inside the wait above, so ask shiboken, not the object).
    assert window.samen_window is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(samen)
    assert not window.isVisible()
    shown = " ".join(_shown_texts())
    for text in ("Sanne", "de Vries", "Daan", "Noor", "Hoi"):
        assert text not in shown
    # Back only with the passphrase: to Sanne's page, never the list; the draft is offered there.
    unlock(qtbot, shell)
    assert shell.cover is None
    page = window.child_page
    assert page is not None and window.ui.stack.currentWidget() is page
    qtbot.waitUntil(
        lambda: page.data is not None and page.ui.draftBanner.isVisible(), timeout=10_000
    )
    [draft] = page.data.drafts
    assert is_samen_payload(draft.payload)
    page.ui.draftResumeButton.click()
    again = window.samen_window
    assert isinstance(again, SamenWindow) and again.isVisible()
    assert again.current_key() == "gerespecteerd" and again.answers.answers == {"actief": 4}
    with qtbot.waitSignal(again.lock_requested, timeout=2000):
        qtbot.keyClick(again.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shell.vault is None, timeout=5000)
    shell.quit()
    QApplication.processEvents()


def test_the_start_dialog_offers_the_child_and_its_parents_by_name(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any
) -> None:
    from kansencirkel.core.enums import Role
    from kansencirkel.core.samen import Filler

    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    noor = team_vault_path.child_ids["Noor"]
    vault = shell.vault
    assert vault is not None
    parent = vault.repos.people.create("Fatima El Amrani", Role.OUDER).value
    vault.repos.people.involve(noor, parent.id, Role.OUDER)
    window.show_child(noor)
    page = window.child_page
    qtbot.waitUntil(
        lambda: page.data is not None and bool(page.data.case.involvements), timeout=10_000
    )
    dialog = page.entry.start_samen()
    assert isinstance(dialog, SamenStartDialog)
    combo = dialog.ui.whoCombo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0].startswith("Noor") and any("Fatima El Amrani" in n for n in names)
    assert vault.actor.name in dialog.ui.besideLabel.text()
    # Noor's date of birth is not recorded: for the child the age band is asked.
    assert page.data.case.child.date_of_birth is None
    assert not dialog.ui.ageCombo.isHidden()
    dialog.ui.ageCombo.setCurrentIndex(dialog.ui.ageCombo.findData(Filler.JONG))
    assert dialog.filler() is Filler.JONG
    combo.setCurrentIndex(next(i for i, n in enumerate(names) if "Fatima" in n))
    assert dialog.filler() is Filler.OUDER and dialog.ui.ageCombo.isHidden()
    assert dialog.answers().giver == "Fatima El Amrani"
    dialog.reject()
    shell.quit()
