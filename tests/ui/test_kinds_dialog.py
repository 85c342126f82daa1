"""The vault's list of kinds, edited in its dialog (reached from the "Wat werkt" view with
Alt+B): add, rename, take out of use and back; every edit is stored, broadcast, and a kind out
of use is not offered for a new afspraak but stays on one that has it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import ActionStatus
from kansencirkel.ui.action_dialog import ActionDialog
from kansencirkel.ui.kinds_dialog import KindsDialog
from kansencirkel.ui.what_works_dialog import WhatWorksDialog


def _texts(dialog: KindsDialog) -> list[str]:
    lst = dialog.ui.kindsList
    return [lst.item(i).text() for i in range(lst.count())]


@pytest.fixture
def dialog(qtbot: Any, vault: Any, ui_ops: Any) -> KindsDialog:
    dlg = KindsDialog(vault.repos.settings, ui_ops)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.kinds is not None)
    return dlg


def test_add_rename_and_retire_are_stored_and_broadcast(
    qtbot: Any, dialog: KindsDialog, vault: Any, ui_ops: Any
) -> None:
    seen: list[Changes] = []
    ui_ops.changed.connect(seen.append)
    ui = dialog.ui
    # The first kind is current, its name ready to edit (whether or not the list has focus).
    assert _texts(dialog)[0] == "Gesprek met ouders"
    assert ui.kindsList.currentRow() == 0 and ui.nameEdit.text() == "Gesprek met ouders"
    assert ui.renameButton.isEnabled()
    ui.nameEdit.setText("Inzet buurtcoach")
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Inzet buurtcoach" in _texts(dialog))
    assert _texts(dialog)[-2:] == ["Inzet buurtcoach", "Anders"]
    assert dialog.current().key == "inzet_buurtcoach"  # the new kind is selected
    assert seen and seen[-1].settings
    ui.nameEdit.setText("Buurtcoach")
    qtbot.mouseClick(ui.renameButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Buurtcoach" in _texts(dialog))
    assert ui.retireButton.text() == "&Uit gebruik nemen"
    qtbot.mouseClick(ui.retireButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Buurtcoach (uit gebruik)" in _texts(dialog))
    assert ui.retireButton.text() == "&Weer in gebruik nemen"
    stored = vault.repos.settings.action_kinds()
    assert stored.get("inzet_buurtcoach").retired
    assert stored.label("inzet_buurtcoach") == "Buurtcoach"
    qtbot.mouseClick(ui.retireButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Buurtcoach" in _texts(dialog))
    assert not vault.repos.settings.action_kinds().get("inzet_buurtcoach").retired


def test_a_refused_name_says_why_and_changes_nothing(
    qtbot: Any, dialog: KindsDialog, vault: Any
) -> None:
    before = _texts(dialog)
    dialog.ui.nameEdit.setText("inzet cjg-coach")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible())
    assert "al in de lijst" in dialog.ui.errorLabel.text()
    assert _texts(dialog) == before and dialog.ui.addButton.isEnabled()


def test_a_retired_kind_is_not_offered_but_stays_on_its_afspraak(
    qtbot: Any, vault: Any, child: Any
) -> None:
    act = vault.repos.actions.create(
        child.id, "Plan", ["gezond"], None, None, None, ActionStatus.LOPEND, kind="cjg_coach"
    ).value
    vault.repos.settings.retire_kind("cjg_coach")
    kinds = vault.repos.settings.action_kinds()
    new = ActionDialog([], kinds=kinds)
    qtbot.addWidget(new)
    offered = [new.ui.kindCombo.itemData(i) for i in range(new.ui.kindCombo.count())]
    assert "cjg_coach" not in offered and "anders" in offered
    edit = ActionDialog([], action=act, kinds=kinds)
    qtbot.addWidget(edit)
    assert edit.ui.kindCombo.currentData() == "cjg_coach"
    assert edit.ui.kindCombo.currentText() == "Inzet CJG-coach"


def test_the_what_works_view_opens_it_with_alt_b_and_reloads_after_an_edit(
    qtbot: Any, vault: Any, ui_runner: Any, ui_ops: Any
) -> None:
    view = WhatWorksDialog(vault.repos, ui_runner, "Kernteam", ops=ui_ops)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.counts is not None)
    assert view.ui.kindsButton.text() == "Soorten afspraken &bewerken…"
    view.activateWindow()
    view.ui.kindsButton.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.findChild(KindsDialog) is not None)
    kinds = view.findChild(KindsDialog)
    qtbot.waitUntil(lambda: kinds.kinds is not None)
    loaded = view.counts
    kinds.ui.nameEdit.setText("Huiswerkklas")
    kinds.add()
    qtbot.waitUntil(lambda: view.counts is not loaded)  # the view read the list again
    assert "huiswerkklas" in view.kinds.keys
    kinds.close()
    alone = WhatWorksDialog(vault.repos, ui_runner, "Kernteam")  # no ops: no editing
    qtbot.addWidget(alone)
    assert alone.ui.kindsButton.isHidden()
