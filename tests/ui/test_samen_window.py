"""Samen invullen driven by keyboard (a child of 6, of 13, a parent) on a real vault: one element
per screen, arrows + Enter, "hier wil ik over praten", the end questions, the stored meting and
their own star; double taps skip nothing; every way out asks for the lock; drafts survive."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QMenuBar, QWidget

from kansencirkel.core import clock
from kansencirkel.core.attention import months_before
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.samen import Filler, filler_for_child, load_languages
from kansencirkel.core.samen_answers import SamenAnswers, is_samen_payload
from kansencirkel.ui.samen_choices import FaceButton
from kansencirkel.ui.samen_window import SamenWindow
from kansencirkel.vault.vault import Vault
from tests.ui.child_fixtures import add_child


def _release(window: SamenWindow, ops: Any) -> None:
    """As the lock does: only clear() closes it; its last draft write lands before it goes."""
    window.clear()
    ops.runner.wait_idle(10_000)


def _window(
    qtbot: Any, vault: Vault, ops: Any, child_id: str, filler: Filler, giver: str, **kw: Any
) -> Any:
    answers = kw.pop("answers", None) or SamenAnswers(child_id, filler, giver, "nl")
    window = SamenWindow(vault.repos, ops, answers, load_languages()["nl"], **kw)
    qtbot.addWidget(window, before_close_func=lambda w: _release(w, ops))
    window.GUARD_MS = 0  # keyboard tests press faster than a double tap
    window.show()
    qtbot.waitExposed(window)
    return window


def _drive(qtbot: Any, window: SamenWindow, talk_on: str) -> None:
    """The whole flow by keyboard: Enter, then per element Right/Left and Enter."""
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # "Beginnen"
    for i, key in enumerate(ELEMENT_KEYS):
        assert window.current_key() == key
        assert not window.next_button.isEnabled()  # nothing chosen: no skipping
        focus = window.focusWidget()
        assert isinstance(focus, FaceButton)
        presses = 6 if key == "gezond" else i % 3 + 1  # 3, 4, 5, …; "weet ik niet" last
        for _ in range(presses):
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
        if key == talk_on:
            window.element.talk.setFocus()
            qtbot.keyClick(window.element.talk, Qt.Key.Key_Return)
            assert window.element.talk.isChecked()
            window.element.choices.focus_choice()
        elif key != "gezond":  # one on and back again
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.end
    assert not window.next_button.isEnabled()  # "wat gaat goed?" comes first
    qtbot.keyClicks(window.end.goes_well, "Tekenen en voetbal")
    qtbot.keyClick(window.end.goes_well, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), "Een hond")
    with qtbot.waitSignal(window.saved, timeout=10_000):
        window.next_button.setFocus()
        qtbot.keyClick(window.next_button, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("years", "giver"),
    [(6, "Sanne"), (13, "Sanne"), (None, "Mama de Vries")],
    ids=["child_6", "child_13", "parent"],
)
def test_the_whole_flow_by_keyboard(
    qtbot: Any, vault: Vault, ui_ops: Any, years: int | None, giver: str
) -> None:
    today = clock.today()
    if years is None:
        child = add_child(vault)
        filler = Filler.OUDER
    else:
        born = months_before(today, 12 * years) - timedelta(days=2)  # a leap day too
        child = add_child(vault, born=born)
        filler = filler_for_child(child.date_of_birth, today) or Filler.KIND
        assert filler is (Filler.JONG if years == 6 else Filler.KIND)
    window = _window(qtbot, vault, ui_ops, child.id, filler, giver)
    _drive(qtbot, window, talk_on="veilig")
    [stored] = vault.repos.children.case_file(window.answers.child_id).assessments
    assert stored.perspective is (Perspective.OUDERS if years is None else Perspective.KIND)
    assert stored.given_by == giver
    assert stored.given_by_role is (Role.OUDER if years is None else Role.KIND)
    assert stored.talk == {"veilig"}
    assert stored.scores == {
        "actief": 3,
        "gerespecteerd": 4,
        "verantwoordelijk": 5,
        "erbij_horen": 3,
        "veilig": 4,
        "gezond": None,  # "weet ik niet" is unknown, never 0
        "ontplooiing": 3,
        "gekoesterd": 4,
    }
    assert stored.goes_well == "Tekenen en voetbal" and stored.wishes == "Een hond"
    # The thank-you screen: what goes well, their own star, one button.
    assert window.stack.currentWidget() is window.thanks
    assert window.thanks.goes_well.toPlainText() == "Tekenen en voetbal"
    qtbot.waitUntil(lambda: window.thanks.chart.figure is not None, timeout=10_000)
    assert not window.back_button.isVisible()
    assert not vault.repos.drafts.for_child(stored.child_id)  # the draft became the meting
    assert not window.drafts.timer.isActive()  # and no new draft comes after it
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # "Klaar" locks


def test_young_children_get_bigger_faces_and_no_words(
    qtbot: Any, vault: Vault, ui_ops: Any
) -> None:
    child = add_child(vault)
    young = _window(qtbot, vault, ui_ops, child.id, Filler.JONG, "Sanne")
    parent = _window(qtbot, vault, ui_ops, child.id, Filler.OUDER, "Mama")
    face_young = young.element.choices.buttons[0].sizeHint()
    face_parent = parent.element.choices.buttons[0].sizeHint()
    assert face_young.width() > face_parent.width()
    assert not young.element.choices.buttons[0]._show_word
    for button in young.element.choices.buttons:  # 44 px is the least for a finger
        assert button.minimumSizeHint().width() >= 44 and button.sizeHint().height() >= 44


def test_a_double_tap_does_not_skip_an_element(qtbot: Any, vault: Vault, ui_ops: Any) -> None:
    child = add_child(vault)
    window = _window(qtbot, vault, ui_ops, child.id, Filler.KIND, "Sanne")
    window.GUARD_MS = SamenWindow.GUARD_MS
    window.answers.step = 0
    window._guard.restart()
    qtbot.waitUntil(lambda: window._guard.elapsed() >= window.GUARD_MS)
    window.next_button.click()
    assert window.current_key() == "actief"
    window.element.choices.buttons[3].click()
    qtbot.waitUntil(lambda: window._guard.elapsed() >= window.GUARD_MS)
    window.next_button.click()
    window.next_button.click()  # the second tap of a double tap
    window.element.choices.buttons[3].click()
    window.next_button.click()
    assert window.current_key() == "gerespecteerd"
    assert set(window.answers.answers) == {"actief", "gerespecteerd"}


def test_a_10000_character_answer_is_kept_whole(qtbot: Any, vault: Vault, ui_ops: Any) -> None:
    child = add_child(vault)
    answers = SamenAnswers(
        child.id,
        Filler.OUDER,
        "Papa de Vries",
        "nl",
        answers=dict.fromkeys(ELEMENT_KEYS, 4),
        step=len(ELEMENT_KEYS) + 1,
    )
    window = _window(qtbot, vault, ui_ops, child.id, Filler.OUDER, "", answers=answers)
    long = ("Zij helpt graag in de klas. " * 400)[:10_000]
    window.end.goes_well.setPlainText(long)
    with qtbot.waitSignal(window.saved, timeout=10_000):
        window.next_button.click()
    assert window.assessment is not None and window.assessment.goes_well == long


def test_every_way_out_asks_for_the_lock(qtbot: Any, vault: Vault, ui_ops: Any) -> None:
    child = add_child(vault)
    window = _window(qtbot, vault, ui_ops, child.id, Filler.KIND, "Sanne")
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        window.close()  # Alt+F4 and the window manager's close
    assert window.isVisible()  # not closed: only the lock closes it
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        window.close()  # offscreen has no window manager: Alt+F4 arrives as this close
    window.clear()
    assert not window.isVisible()


def test_nothing_else_of_the_app_is_reachable(qtbot: Any, vault: Vault, ui_ops: Any) -> None:
    child = add_child(vault)
    other = vault.repos.children.create("Daan", "Bakker").value
    window = _window(qtbot, vault, ui_ops, child.id, Filler.KIND, "Sanne")
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.findChildren(QMenuBar) and not window.findChildren(QShortcut)
    assert not window.actions()
    texts: list[str] = []
    for step in [*range(len(ELEMENT_KEYS) + 2), None]:  # None: the help F1 shows
        if step is None:
            window.show_own_help()
        else:
            window._go(step)
        for w in [window, *window.findChildren(QWidget)]:
            assert not w.actions()
            for attr in ("text", "toolTip", "accessibleName", "windowTitle", "toPlainText"):
                value = getattr(w, attr, None)
                if callable(value):
                    texts.append(str(value()))
    shown = " ".join(texts)
    for text in (other.given_name, other.family_name, "de Vries", "School", "Kernteam", "Zorg"):
        assert text not in shown
    # Real F1 (the app's filter included) is pressed in tests/ui/test_samen_help.py.


def test_answers_are_kept_as_a_draft_and_resumed(qtbot: Any, vault: Vault, ui_ops: Any) -> None:
    child = add_child(vault)
    window = _window(qtbot, vault, ui_ops, child.id, Filler.KIND, "Sanne")
    assert not window.drafts.timer.isActive()  # opened, nothing answered: no draft yet
    window.next()
    window.element.choices.buttons[4].click()
    window.element.talk.click()
    with qtbot.waitSignal(window.drafts.saved, timeout=5000):  # a second after the change
        window.next()
    [draft] = vault.repos.drafts.for_child(window.answers.child_id)
    assert is_samen_payload(draft.payload) and draft.perspective is Perspective.KIND
    window.clear()
    again = SamenAnswers.from_payload(draft.child_id, draft.payload)
    assert again.answers == {"actief": 5} and again.talk == {"actief"} and again.step == 2
    resumed = _window(
        qtbot, vault, ui_ops, child.id, Filler.KIND, "Sanne", answers=again, draft_id=draft.id
    )
    assert resumed.current_key() == "gerespecteerd"
    resumed.back()
    assert resumed.element.choices.value() == 5 and resumed.element.talk.isChecked()


def test_a_region_language_file_is_offered_and_laid_out_right_to_left(
    qtbot: Any, vault: Vault, ui_ops: Any, tmp_path: Any
) -> None:
    import json
    import shutil

    from kansencirkel.paths import resource
    from kansencirkel.ui.samen_start import SamenStartDialog

    for name in ("nl.json", "en.json"):
        shutil.copy(resource("samen") / name, tmp_path / name)
    data = json.loads((resource("samen") / "nl.json").read_text(encoding="utf-8"))
    data.update(language="ar", language_name="العربية", direction="rtl")
    data["words"]["kind"]["welcome"] = "مرحبا! هذه نجمتك."
    (tmp_path / "ar.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    languages = load_languages(tmp_path)
    child = add_child(vault)
    case = vault.repos.children.case_file(child.id)
    dialog = SamenStartDialog(case.child, (), vault.actor, languages, clock.today())
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Nederlands", "العربية", "English"]
    combo.setCurrentIndex(1)
    answers = dialog.answers()
    assert answers.lang == "ar" and dialog.texts().right_to_left
    window = SamenWindow(vault.repos, ui_ops, answers, dialog.texts())
    qtbot.addWidget(window, before_close_func=lambda w: _release(w, ui_ops))
    window.GUARD_MS = 0
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "مرحبا! هذه نجمتك." in [w.text() for w in window.welcome.findChildren(QLabel)]
    window.next()
    first, last = window.element.choices.buttons[0], window.element.choices.buttons[-1]
    assert first.mapToGlobal(first.rect().center()).x() > last.mapToGlobal(last.rect().center()).x()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left)  # forward in right-to-left
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left)
    assert window.element.choices.value() == 4
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
    assert window.element.choices.value() == 3
