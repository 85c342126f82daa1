"""Destructive questions default to Annuleren: Enter or Esc on the real box changes nothing;
only the button that names the action does it. Driven on the real QMessageBox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kansencirkel.core import clock
from kansencirkel.core.enums import ChildStatus
from kansencirkel.ui.children_list import ChildrenList
from kansencirkel.ui.confirm import confirm_destructive
from kansencirkel.ui.vault_ops import VaultOps

Answer = Callable[[QMessageBox], None]
seen: list[tuple[str, str, list[str]]] = []


def answer_with(step: Answer) -> None:
    """Answer the next modal message box (it runs its own loop, so poll from a timer)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            default = box.defaultButton()
            seen.append(
                (
                    default.text() if default is not None else "",
                    box.escapeButton().text() if box.escapeButton() is not None else "",
                    sorted(b.text() for b in box.buttons()),
                )
            )
            step(box)

    timer.timeout.connect(poll)
    timer.start()
    answer_with.timer = timer  # type: ignore[attr-defined]  # keep it alive


def press(key: Qt.Key) -> Answer:
    return lambda box: QTest.keyClick(box, key)


def click(text: str) -> Answer:
    def step(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    return step


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_and_esc_choose_annuleren(qtbot: Any, key: Qt.Key) -> None:
    seen.clear()
    answer_with(press(key))
    assert not confirm_destructive(None, "Titel", "Weg ermee?", "&Verwijderen")
    assert seen == [("Annuleren", "Annuleren", ["&Verwijderen", "Annuleren"])]


def test_only_the_named_button_confirms(qtbot: Any) -> None:
    answer_with(click("&Verwijderen"))
    assert confirm_destructive(None, "Titel", "Weg ermee?", "&Verwijderen")


def test_closing_a_file_says_what_it_does_and_enter_keeps_it_open(
    qtbot: Any, team_vault: Any, ui_runner: Any
) -> None:
    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_children(team_vault.repos.children)
    sanne = next(s for s in view.model._all if s.child.given_name == "Sanne")
    assert view.select(sanne.child.id)
    assert view.ui.closeButton.text().replace("&", "") == "Dossier afsluiten"
    seen.clear()
    answer_with(press(Qt.Key.Key_Return))
    view.ui.closeButton.click()
    assert seen and seen[0][0] == "Annuleren"
    assert "Dossier afsluiten" in [b.replace("&", "") for b in seen[0][2]]
    ui_runner.wait_idle(10_000)
    children = team_vault.repos.children
    status = next(s for s in children.summaries(clock.today()) if s.child.id == sanne.child.id)
    assert status.child.status == ChildStatus.ACTIEF  # Enter did not close the file

    answer_with(click(next(b for b in seen[0][2] if b.replace("&", "") == "Dossier afsluiten")))
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.ui.closeButton.click()
    status = next(s for s in children.summaries(clock.today()) if s.child.id == sanne.child.id)
    assert status.child.status == ChildStatus.AFGESLOTEN


def test_close_button_names_the_case_file_in_english(
    qtbot: Any, team_vault: Any, ui_runner: Any
) -> None:
    from kansencirkel.ui.i18n import install_translators

    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_children(team_vault.repos.children)
    assert view.select(view.model._all[0].child.id)
    assert "niets gewist" in view.ui.closeButton.toolTip()
    install_translators("en")
    qtbot.waitUntil(lambda: view.ui.closeButton.text() == "Close &case file", timeout=5000)
    assert "Nothing is erased" in view.ui.closeButton.toolTip()
