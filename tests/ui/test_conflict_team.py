"""On a team store: another laptop saves the afspraak this app has open in its editor. The
page behind the editor reloads (the change arrives through the store's notifications), the
editor stays on the version it was opened on, and saving asks which version stays.

Real PostgreSQL (a fresh team store), two clients on it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kansencirkel.ui.child_page import ChildPage
from kansencirkel.ui.team_changes import TeamChanges
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.repos import Repositories
from tests.support.team_store import TeamStore
from tests.support.vaults import TEST_ACTOR
from tests.ui.child_fixtures import open_child, settle
from tests.ui.conflict_helpers import click, conflict_shown, save, table_rows


def test_a_save_over_another_laptops_newer_save_asks(
    qtbot: Any, ui_runner: Any, team_store: TeamStore, today_is: Any
) -> None:
    day = today_is(date(2026, 3, 2))
    here = Repositories(team_store.engine, TEST_ACTOR)
    elsewhere = Repositories(team_store.engine, TEST_ACTOR)  # the other laptop
    kid = here.children.create("Kim", "Jansen", opened_on=day).value.id
    afspraak = here.actions.create(kid, "Leesmaatje zoeken", ["erbij_horen"], None, day, None)
    ops = VaultOps(ui_runner)
    bridge = TeamChanges(ops, team_store.engine.url, team_store.team_id)
    bridge.start()
    page = ChildPage(here, ops)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    try:
        assert bridge.listener.wait_listening(5)
        open_child(page, ui_runner, kid)
        page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
        section = page.actions_section
        section.tree.setCurrentItem(section.tree.topLevelItem(0))
        click(qtbot, section.edit_button)
        dlg = section.dialog
        due = day + timedelta(days=14)
        with qtbot.waitSignal(page.loaded, timeout=10_000):  # the page reloads behind it
            elsewhere.actions.update(afspraak.value.id, due_on=due)
        assert dlg.isVisible() and dlg.action.version == 1
        dlg.ui.whatEdit.setPlainText("Leesmaatje in groep 6 zoeken")
        save(qtbot, dlg)
        conflict = conflict_shown(qtbot, page)
        assert ("Uiterlijk", "–", "16-03-2026") in table_rows(conflict)
        assert elsewhere.actions.for_child(kid)[0].what == "Leesmaatje zoeken"
        click(qtbot, conflict.mine_button)
        settle(ui_runner)
        (stored,) = elsewhere.actions.for_child(kid)
        assert (stored.what, stored.due_on, stored.version) == (
            "Leesmaatje in groep 6 zoeken",
            None,
            3,
        )
    finally:
        bridge.stop()
