"""F1 in samen invullen, pressed for real: the fill-in screen shows its own help, in the
filler's language, inside the full-screen window. The app's guide never opens (a window of
its own would leave the fill-in screen and lead to the rest of the app), nothing of the vault
shows, and F1 again, Enter or the big button go back to the question with the answer kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.samen import Filler, load_languages
from kansencirkel.core.samen_answers import SamenAnswers
from kansencirkel.ui.help_context import HelpKeyFilter
from kansencirkel.ui.help_window import HelpWindow
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.samen_window import SamenWindow
from kansencirkel.vault.vault import Vault
from tests.support.vaults import MadeVault
from tests.ui.child_fixtures import add_child


@pytest.fixture
def app_f1(qapp: QApplication) -> Iterator[HelpKeyFilter]:
    """The app-wide F1 filter, as the app installs it (removed again after the test)."""
    f1 = HelpKeyFilter()
    qapp.installEventFilter(f1)
    yield f1
    qapp.removeEventFilter(f1)


def _window(qtbot: Any, vault: Vault, ops: Any, lang: str, filler: Filler, **kw: Any) -> Any:
    child = add_child(vault)
    answers = SamenAnswers(child.id, filler, "Sanne", lang, **kw)
    window = SamenWindow(vault.repos, ops, answers, load_languages()[lang])

    def release(w: SamenWindow) -> None:
        w.clear()
        ops.runner.wait_idle(10_000)

    qtbot.addWidget(window, before_close_func=release)
    window.GUARD_MS = 0
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(window: SamenWindow) -> str:
    return " ".join(
        w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window) and w.text()
    )


def _guides() -> list[QWidget]:
    """The app's guide windows on screen (one closed before samen invullen may linger)."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()
    ]


@pytest.mark.parametrize("filler", [Filler.KIND, Filler.OUDER])
def test_real_f1_shows_the_fill_in_help_inside_the_fill_in_screen(
    qtbot: Any, vault: Vault, ui_ops: Any, app_f1: HelpKeyFilter, filler: Filler
) -> None:
    other = vault.repos.children.create("Daan", "Bakker").value
    window = _window(
        qtbot, vault, ui_ops, "en", filler, answers={"actief": 4}, step=1
    )  # English beside a Dutch app
    assert current_lang() == "nl" and window.current_key() == "actief"
    texts = window.texts
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)  # through the app's filter, as F1 is
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.help, timeout=2000)
    assert window.help.text.text() == texts.word(filler, "help")
    assert window.next_button.text() == texts.word(filler, "help_close")
    # Still the fill-in screen, full screen and on top: no guide, no other window.
    assert window.isVisible() and window.windowState() & Qt.WindowState.WindowFullScreen
    assert not _guides()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    shown = _shown(window)
    for text in (other.given_name, other.family_name, "Handleiding", "Kernteam", "Zorg"):
        assert text not in shown
    assert not window.back_button.isVisible()
    # F1 again (on the window itself) goes back to the same question, the answer kept.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.element, timeout=2000)
    assert window.current_key() == "actief" and window.element.choices.value() == 4
    assert window.answers.answers == {"actief": 4}
    # Enter on the big button goes back too; Esc from the help still locks.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.help, timeout=2000)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.element, timeout=2000)
    assert window.current_key() == "actief"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not _guides()


def test_f1_while_typing_keeps_the_text_and_opens_no_guide(
    qtbot: Any, vault: Vault, ui_ops: Any, app_f1: HelpKeyFilter
) -> None:
    window = _window(
        qtbot,
        vault,
        ui_ops,
        "nl",
        Filler.KIND,
        answers=dict.fromkeys(ELEMENT_KEYS, 3),
        step=len(ELEMENT_KEYS) + 1,
    )
    assert window.stack.currentWidget() is window.end
    qtbot.keyClicks(window.end.goes_well, "Tekenen")
    qtbot.keyClick(window.end.goes_well, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.help, timeout=2000)
    assert "F1" not in window.end.goes_well.toPlainText() and not _guides()
    window.next_button.click()  # "Terug naar de vragen"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.end, timeout=2000)
    assert window.end.goes_well.toPlainText() == "Tekenen"
    assert window.answers.goes_well == "Tekenen"


def test_f1_without_the_app_filter_is_the_windows_own(
    qtbot: Any, vault: Vault, ui_ops: Any
) -> None:
    """The window handles F1 itself too, so its help never depends on the app's filter."""
    window = _window(qtbot, vault, ui_ops, "nl", Filler.JONG)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.help, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=2000)
    assert window.step() == 0 and not _guides()


def test_real_f1_in_the_whole_app_stays_in_the_fill_in_screen(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any
) -> None:
    """Started from the child's page, with the app's own F1 filter (install_help_key): the
    guide stays closed, the main window hidden, and only the fill-in window shows."""
    from tests.ui.test_idle_lock import start_unlocked
    from tests.ui.test_samen_lock import _start_samen

    shell, window = start_unlocked(qtbot, team_vault_path, make_shell)
    samen = _start_samen(qtbot, window, team_vault_path.child_ids["Sanne"])
    samen.GUARD_MS = 0
    samen.next()
    qtbot.keyClick(samen.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: samen.stack.currentWidget() is samen.help, timeout=2000)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [samen]
    assert not window.isVisible() and not _guides()
    assert "Daan" not in _shown(samen) and "Noor" not in _shown(samen)
    qtbot.keyClick(samen, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: samen.current_key() == "actief", timeout=2000)
    assert samen.stack.currentWidget() is samen.element
    qtbot.keyClick(samen.focusWidget(), Qt.Key.Key_Escape)  # and out only through the lock
    qtbot.waitUntil(lambda: shell.vault is None, timeout=5000)
    assert window.samen_window is None and not _guides()
