"""Entering an assessment: keyboard only, blind by default, 'wat gaat goed' required,
corrections as new versions, drafts saved as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from tests.support.modals import Driver, press, press_enter
from tests.ui.child_fixtures import add_assessment, open_child, settle, tree_texts

ENTER = Qt.Key.Key_Return
SAVE_AS_UNKNOWN = press("Opslaan als 'weet niet'")


def type_scores(qtbot: Any, form: Any, scores: list[int | None], *, use_tab: bool) -> None:
    """Digits on each row; Tab twice (row → note → next row) or Enter to move on."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() in form.rows)
    for score in scores:
        row = QApplication.focusWidget()
        assert row in form.rows, "keyboard focus should be on an element row"
        QTest.keyClick(row, Qt.Key.Key_0 if score is None else Qt.Key(Qt.Key.Key_0 + score))
        if use_tab:
            QTest.keyClick(row, Qt.Key.Key_Tab)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        else:
            QTest.keyClick(row, ENTER)


def save_by_keyboard(qtbot: Any, form: Any) -> None:
    qtbot.waitUntil(form.isActiveWindow)
    QTest.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def enter_by_keyboard(
    qtbot: Any,
    page: Any,
    perspective: Perspective,
    scores: list[int | None],
    goes_well: str,
    *,
    use_tab: bool,
) -> Any:
    page.activateWindow()
    page.ui.enterButton.setFocus()
    QTest.keyClick(page.ui.enterButton, Qt.Key.Key_Space)
    form = page.entry.form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.ui.perspectiveCombo)
    combo = form.ui.perspectiveCombo
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(PERSPECTIVE_ORDER.index(perspective)):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert form.perspective() is perspective
    QTest.keyClick(combo, ENTER)  # Enter in the header jumps to the first element
    assert QApplication.focusWidget() is form.rows[0]
    type_scores(qtbot, form, scores, use_tab=use_tab)
    assert QApplication.focusWidget() is form.ui.goesWellEdit
    qtbot.keyClicks(form.ui.goesWellEdit, goes_well)
    QTest.keyClick(form.ui.goesWellEdit, ENTER)  # → wensen / hoop
    qtbot.keyClicks(form.ui.wishesEdit, "Meer rust")
    QTest.keyClick(form.ui.wishesEdit, ENTER)  # Enter in the last field saves
    settle(page.ops.runner)
    return form


def test_four_perspectives_by_keyboard_are_listed_in_metingen(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    plans = {
        Perspective.KIND: [4, 4, 3, 5, None, 4, 3, 4],
        Perspective.OUDERS: [3, 2, 3, 4, 4, None, 3, 3],
        Perspective.SCHOOL: [5, 4, 4, 3, 2, 3, 4, None],
        Perspective.ZORG: [None] * 8,  # all 'weet niet' is allowed
    }
    for i, (perspective, scores) in enumerate(plans.items()):
        form = enter_by_keyboard(
            qtbot, page, perspective, scores, f"Tekent graag {i}", use_tab=i % 2 == 0
        )
        assert not form.isVisible(), form.ui.errorLabel.text()
    settle(runner)
    saved = {a.perspective: a for a in vault.repos.assessments.for_child(child.id)}
    assert set(saved) == set(plans)
    for perspective, scores in plans.items():
        assert [saved[perspective].score(k) for k in ELEMENT_KEYS] == scores
    assert saved[Perspective.OUDERS].wishes == "Meer rust"
    assert saved[Perspective.KIND].goes_well == "Tekent graag 0"
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    rows = tree_texts(page.assessments_section.tree)
    assert sorted(r[1] for r in rows) == ["Kind", "Ouders", "School", "Zorg"]
    zorg = next(r for r in rows if r[1] == "Zorg")
    assert zorg[4:] == ["weet niet"] * 8  # unknown is words, never 0


def test_blind_until_revealed(qtbot, page, runner, vault, child):
    add_assessment(vault, child.id, Perspective.SCHOOL, 2, goes_well="Geheim van school")
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.OUDERS)

    def visible_text() -> str:
        return " ".join(w.text() for w in form.findChildren(QLabel))

    assert "School 2" not in visible_text()
    assert "Geheim van school" not in visible_text()
    assert not page.ui.tabs.isVisible()  # the star behind the form would give it away
    assert "verborgen" in page.ui.statusLabel.text()
    assert all(not r.ui.compareLabel.isVisible() for r in form.rows)
    qtbot.mouseClick(form.ui.revealButton, Qt.MouseButton.LeftButton)
    assert all("School 2" in r.ui.compareLabel.text() for r in form.rows)
    assert form.rows[0].ui.compareLabel.isVisible()
    qtbot.mouseClick(form.ui.revealButton, Qt.MouseButton.LeftButton)
    assert "School 2" not in visible_text()


def test_empty_goes_well_shows_one_sentence_and_keeps_scores(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.KIND)
    type_scores(qtbot, form, [5, 4, 3], use_tab=False)
    save_by_keyboard(qtbot, form)  # save
    settle(runner)
    assert form.isVisible()
    assert form.ui.errorLabel.isVisible()
    assert form.ui.errorLabel.text().startswith("Vul in wat er goed gaat")
    assert "Traceback" not in form.ui.errorLabel.text()
    assert [r.score() for r in form.rows[:3]] == [5, 4, 3]
    assert QApplication.focusWidget() is form.ui.goesWellEdit
    assert vault.repos.assessments.for_child(child.id) == []
    qtbot.keyClicks(form.ui.goesWellEdit, "Lacht veel")
    driver = Driver([(QMessageBox, SAVE_AS_UNKNOWN)])  # five rows were never filled in
    save_by_keyboard(qtbot, form)
    driver.stop()
    settle(runner)
    assert not form.isVisible()
    assert vault.repos.assessments.for_child(child.id)[0].score("actief") == 5


def test_correction_makes_version_two_and_keeps_history(qtbot, page, runner, vault, child):
    first = add_assessment(vault, child.id, Perspective.OUDERS, 3)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    tree = page.assessments_section.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.mouseClick(page.assessments_section.correct_button, Qt.MouseButton.LeftButton)
    form = page.entry.form
    qtbot.waitUntil(form.isActiveWindow)
    assert form.corrects.id == first.id and form.ui.correctionBox.isVisible()
    assert [r.score() for r in form.rows] == [3] * 8  # starts from the saved scores
    form.rows[4].setFocus()
    QTest.keyClick(form.rows[4], Qt.Key.Key_5)
    save_by_keyboard(qtbot, form)
    assert form.ui.errorLabel.text().startswith("Schrijf kort op waarom")
    qtbot.keyClicks(form.ui.reasonEdit, "Verkeerd overgenomen van papier")
    save_by_keyboard(qtbot, form)
    settle(runner)
    versions = vault.repos.assessments.versions(first.lineage_id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[1].score("veilig") == 5 and versions[0].score("veilig") == 3
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    top = tree.topLevelItem(0)
    assert top.text(3) == "2" and top.childCount() == 1
    assert top.child(0).text(3).startswith("1")
    tree.setCurrentItem(top)
    html = page.assessments_section.detail.toPlainText()
    assert "Versie 1" in html and "Verkeerd overgenomen van papier" in html


def test_draft_is_saved_after_a_second_and_offered_again(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.ZORG)
    type_scores(qtbot, form, [2, 3], use_tab=True)
    qtbot.keyClicks(form.ui.goesWellEdit, "Komt op tijd")
    assert vault.repos.drafts.for_child(child.id) == []  # debounced: nothing written yet
    qtbot.waitUntil(lambda: bool(vault.repos.drafts.for_child(child.id)), timeout=3000)
    drafts = vault.repos.drafts.for_child(child.id)
    assert len(drafts) == 1 and drafts[0].payload["goes_well"] == "Komt op tijd"
    QTest.keyClick(form.ui.goesWellEdit, Qt.Key.Key_Escape)  # closing keeps the draft
    settle(runner)
    assert not form.isVisible()
    assert page.ui.draftBanner.isVisible()
    assert "Er is een concept van" in page.ui.draftLabel.text()
    qtbot.mouseClick(page.ui.draftResumeButton, Qt.MouseButton.LeftButton)
    again = page.entry.form
    assert again is not form and again.perspective() is Perspective.ZORG
    assert [r.score() for r in again.rows[:2]] == [2, 3]
    assert again.ui.goesWellEdit.toPlainText() == "Komt op tijd"
    assert [r.answered() for r in again.rows] == [True] * 2 + [False] * 6
    driver = Driver([(QMessageBox, SAVE_AS_UNKNOWN)])
    save_by_keyboard(qtbot, again)
    driver.stop()
    settle(runner)
    assert vault.repos.drafts.for_child(child.id) == []  # saved: the draft is gone
    assert len(vault.repos.assessments.for_child(child.id)) == 1


def test_draft_offered_inside_the_form_can_be_thrown_away(qtbot, page, runner, vault, child):
    vault.repos.drafts.save(None, child.id, Perspective.KIND, {"goes_well": "Oud concept"})
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.KIND)
    assert form.ui.draftBanner.isVisible()
    qtbot.mouseClick(form.ui.draftDiscardButton, Qt.MouseButton.LeftButton)
    settle(runner)
    assert not form.ui.draftBanner.isVisible()
    assert form.ui.goesWellEdit.toPlainText() == ""
    assert vault.repos.drafts.for_child(child.id) == []


def test_rows_have_accessible_names_and_keys_move_the_choice(qtbot, page, runner, child):
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.SCHOOL)
    qtbot.waitUntil(form.isActiveWindow)
    row = form.rows[0]
    assert row.accessibleName() == "Actief: nog niet ingevuld"
    QTest.keyClick(row, Qt.Key.Key_3)
    assert row.accessibleName() == "Actief: Gaat redelijk"
    QTest.keyClick(row, Qt.Key.Key_Right)
    assert row.score() == 4
    QTest.keyClick(row, Qt.Key.Key_0)
    assert row.score() is None and row.answered()
    assert row.accessibleName().startswith("Actief: Weet niet")
    QTest.keyClick(row, Qt.Key.Key_Delete)
    assert not row.answered() and row.accessibleName() == "Actief: nog niet ingevuld"
    QTest.keyClick(row, Qt.Key.Key_Right)  # stepping from unanswered starts at 1
    assert row.score() == 1
    assert row.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert "Actief" in form.ui.helpTitle.text() and form.ui.promptsLabel.text()
    form.rows[5].setFocus()
    qtbot.waitUntil(lambda: form.ui.helpTitle.text() == "Gezond")


def test_a_draft_of_a_correction_goes_on_as_a_correction(qtbot, page, runner, vault, child):
    first = add_assessment(vault, child.id, Perspective.SCHOOL, 2)
    open_child(page, runner, child.id)
    form = page.entry.open_form(corrects=first)
    qtbot.waitUntil(form.isActiveWindow)
    QTest.keyClick(form.rows[0], Qt.Key.Key_4)
    qtbot.keyClicks(form.ui.reasonEdit, "Verkeerd overgetypt")
    qtbot.waitUntil(lambda: bool(vault.repos.drafts.for_child(child.id)), timeout=3000)
    form.reject()
    settle(runner)
    assert page.ui.tabs.isVisible() and page.ui.draftBanner.isVisible()
    qtbot.mouseClick(page.ui.draftResumeButton, Qt.MouseButton.LeftButton)
    again = page.entry.form
    assert again.corrects is not None and again.corrects.id == first.id
    assert again.rows[0].score() == 4 and again.ui.reasonEdit.text() == "Verkeerd overgetypt"
    save_by_keyboard(qtbot, again)
    settle(runner)
    assert [v.version for v in vault.repos.assessments.versions(first.lineage_id)] == [1, 2]
    assert vault.repos.drafts.for_child(child.id) == []


def test_a_refusal_from_the_vault_is_one_sentence_and_keeps_the_input(
    qtbot, page, runner, vault, child
):
    from dataclasses import replace

    from kansencirkel.core.model import AssessmentInput

    first = add_assessment(vault, child.id, Perspective.ZORG, 3)
    open_child(page, runner, child.id)
    form = page.entry.open_form(corrects=first)
    qtbot.waitUntil(form.isActiveWindow)
    # Meanwhile a colleague corrects the same meting: this version is no longer current.
    vault.repos.assessments.save(
        replace(
            AssessmentInput(
                child.id,
                first.perspective,
                first.assessed_on,
                first.given_by,
                first.given_by_role,
                dict(first.scores),
                {},
                first.goes_well,
            ),
            corrects_id=first.id,
            correction_reason="Collega",
        )
    )
    QTest.keyClick(form.rows[2], Qt.Key.Key_1)
    qtbot.keyClicks(form.ui.reasonEdit, "Typfout")
    save_by_keyboard(qtbot, form)
    settle(runner)
    assert form.isVisible()
    assert form.ui.errorLabel.text() == (
        "Deze versie is al gecorrigeerd; corrigeer de nieuwste versie."
    )
    assert form.rows[2].score() == 1 and form.ui.saveButton.isEnabled()


def test_rows_start_unanswered_and_saving_them_asks_once(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.OUDERS)
    qtbot.waitUntil(form.isActiveWindow)
    assert not any(r.answered() for r in form.rows)
    assert not any(b.isChecked() for r in form.rows for b in r._buttons.values())
    type_scores(qtbot, form, [4, 3, 5, None], use_tab=False)  # the fourth: 'weet niet'
    qtbot.keyClicks(form.ui.goesWellEdit, "Helpt zijn zusje")
    driver = Driver([(QMessageBox, press_enter)])  # Enter: the safe answer, back to the form
    save_by_keyboard(qtbot, form)
    driver.stop()
    assert driver.seen == ["4 gebieden zijn nog niet ingevuld: opslaan als 'weet niet'?"]
    assert form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.rows[4])  # the first open row
    assert vault.repos.assessments.for_child(child.id) == []
    type_scores(qtbot, form, [2, 2, 2], use_tab=False)
    driver = Driver([(QMessageBox, SAVE_AS_UNKNOWN)])
    save_by_keyboard(qtbot, form)
    driver.stop()
    assert driver.seen == ["1 gebied is nog niet ingevuld: opslaan als 'weet niet'?"]
    settle(runner)
    assert not form.isVisible()
    (saved,) = vault.repos.assessments.for_child(child.id)
    assert [saved.score(k) for k in ELEMENT_KEYS] == [4, 3, 5, None, 2, 2, 2, None]


def test_all_rows_answered_saves_without_a_question(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.KIND)
    type_scores(qtbot, form, [None] * 8, use_tab=True)
    qtbot.keyClicks(form.ui.goesWellEdit, "Vertelt graag")
    save_by_keyboard(qtbot, form)  # a question here would block this call
    settle(runner)
    assert not form.isVisible()
    (saved,) = vault.repos.assessments.for_child(child.id)
    assert saved.known_count() == 0


def test_a_draft_keeps_unanswered_apart_from_weet_niet(qtbot, page, runner, vault, child):
    open_child(page, runner, child.id)
    form = page.entry.open_form(Perspective.SCHOOL)
    type_scores(qtbot, form, [None, 3], use_tab=False)
    qtbot.waitUntil(lambda: bool(vault.repos.drafts.for_child(child.id)), timeout=3000)
    form.reject()
    settle(runner)
    (draft,) = vault.repos.drafts.for_child(child.id)
    again = page.entry.open_form(resume=draft)
    qtbot.waitUntil(again.isActiveWindow)
    assert [(r.answered(), r.score()) for r in again.rows[:3]] == [
        (True, None),
        (True, 3),
        (False, None),
    ]


def test_an_older_draft_without_answered_rows_treats_empty_as_unanswered(
    qtbot, page, runner, vault, child
):
    old = {"v": 1, "perspective": "kind", "scores": {"actief": 4, "veilig": None}}
    draft = vault.repos.drafts.save(None, child.id, Perspective.KIND, old).value
    open_child(page, runner, child.id)
    form = page.entry.open_form(resume=draft)
    qtbot.waitUntil(form.isActiveWindow)
    assert [r.key for r in form.rows if r.answered()] == ["actief"]
