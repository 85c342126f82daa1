"""What another client commits on the team store reaches this app's views through
``VaultOps.changed``, on the GUI thread, as a change from elsewhere."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QThread

from kansencirkel.core.changes import Changes
from kansencirkel.ui.team_changes import TeamChanges
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.repos import Repositories
from tests.support.team_store import TeamStore
from tests.support.vaults import TEST_ACTOR


def test_a_write_by_another_client_is_broadcast_on_the_gui_thread(
    qtbot: Any, ui_runner: Any, team_store: TeamStore, today_is: Any
) -> None:
    day = today_is(date(2026, 3, 2))
    ops = VaultOps(ui_runner)
    bridge = TeamChanges(ops, team_store.engine.url, team_store.team_id)
    threads: list[QThread] = []
    ops.changed.connect(lambda _: threads.append(QThread.currentThread()))
    bridge.start()
    try:
        assert bridge.listener.wait_listening(5)
        other_client = Repositories(team_store.engine, TEST_ACTOR)
        kid = ""

        def names_the_child(changes: Changes) -> bool:
            return kid in changes.children and changes.from_elsewhere

        with qtbot.waitSignal(ops.changed, timeout=5000, check_params_cb=names_the_child):
            kid = other_client.children.create("Kim", "Jansen", opened_on=day)
            kid = kid.value.id
        assert threads and all(t == ops.thread() for t in threads)
    finally:
        bridge.stop()
