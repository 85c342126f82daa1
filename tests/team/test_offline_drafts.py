"""Drafts while the team server is away, on a real PostgreSQL server: a save with the server
gone lands on the laptop, the next one after it is back brings it to the server under the same
id, and a newer draft on the server is kept beside the laptop's, not overwritten."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kansencirkel.core.enums import Perspective
from kansencirkel.vault.errors import ServerLost
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.keyring_cipher import KeyRing
from kansencirkel.vault.team.local_drafts import LocalDrafts, LocalDraftsUnreadable, drafts_path
from kansencirkel.vault.team.offline_drafts import (
    discard_draft,
    drafts_for_child,
    push_local,
    save_draft,
)
from tests.support.team_store import TeamStore, TeamStores
from tests.support.vaults import TEST_ACTOR


def _local(store: TeamStore, folder: Path) -> LocalDrafts:
    path = drafts_path(store.team_id, store.login, folder)
    return LocalDrafts(KeyRing.new(store.team_id), store.login, TEST_ACTOR.name, path=path)


def test_a_draft_saved_while_the_server_is_away_reaches_it_under_the_same_id(
    team_stores: TeamStores, team_store: TeamStore, tmp_path: Path
) -> None:
    repos = Repositories(team_store.engine, TEST_ACTOR)
    child = repos.children.create("Sanne", "Fictief").value
    local = _local(team_store, tmp_path)
    first = save_draft(repos.drafts, local, None, child.id, Perspective.KIND, {"t": "begin"})
    assert not first.value.on_laptop and not local.has_any()
    team_stores.cluster.kill()
    try:
        away = save_draft(
            repos.drafts, local, first.value.draft.id, child.id, Perspective.KIND, {"t": "verder"}
        )
        assert away.value.on_laptop and away.value.draft.id == first.value.draft.id
        assert not away.changes  # the server's drafts did not change
        new = save_draft(repos.drafts, local, None, child.id, Perspective.OUDERS, {"t": "nieuw"})
        assert new.value.on_laptop
        with pytest.raises(ServerLost):
            push_local(local, repos.drafts)
        assert len(local.all()) == 2  # nothing lost by the failed push
    finally:
        team_stores.cluster.start()
    assert {d.payload["t"] for d in drafts_for_child(repos.drafts, local, child.id)} == {
        "verder",
        "nieuw",
    }
    back = save_draft(
        repos.drafts, local, first.value.draft.id, child.id, Perspective.KIND, {"t": "terug"}
    )
    assert not back.value.on_laptop and back.value.draft.id == first.value.draft.id
    assert child.id in back.changes.drafts
    assert not local.has_any()
    on_server = {d.id: d.payload["t"] for d in repos.drafts.for_child(child.id)}
    assert on_server == {first.value.draft.id: "terug", new.value.draft.id: "nieuw"}


def test_a_newer_draft_on_the_server_is_kept_beside_the_laptops(
    team_store: TeamStore, tmp_path: Path
) -> None:
    repos = Repositories(team_store.engine, TEST_ACTOR)
    child = repos.children.create("Daan", "Fictief").value
    local = _local(team_store, tmp_path)
    theirs = repos.drafts.save(None, child.id, Perspective.KIND, {"t": "andere laptop"}).value
    # The laptop's copy of that draft was typed before the other laptop's last save.
    local.put(
        theirs.id,
        child.id,
        Perspective.KIND,
        {"t": "deze laptop"},
        updated_at=theirs.updated_at - timedelta(minutes=5),
    )
    pushed = push_local(local, repos.drafts)
    mine = pushed.value[theirs.id]
    assert mine.id != theirs.id and local.moved == {theirs.id: mine.id}
    on_server = {d.id: d.payload["t"] for d in repos.drafts.for_child(child.id)}
    assert on_server == {theirs.id: "andere laptop", mine.id: "deze laptop"}
    assert not local.has_any()
    # An open form still naming the old id goes on in its new draft, not in theirs.
    again = save_draft(repos.drafts, local, theirs.id, child.id, Perspective.KIND, {"t": "meer"})
    assert again.value.draft.id == mine.id
    assert repos.drafts.get(theirs.id).payload == {"t": "andere laptop"}


def test_throwing_away_a_draft_that_only_waits_on_the_laptop_works_offline(
    team_stores: TeamStores, team_store: TeamStore, tmp_path: Path
) -> None:
    repos = Repositories(team_store.engine, TEST_ACTOR)
    child = repos.children.create("Lot", "Fictief").value
    local = _local(team_store, tmp_path)
    team_stores.cluster.kill()
    try:
        kept = save_draft(repos.drafts, local, None, child.id, None, {"t": "weg ermee"})
        discard_draft(repos.drafts, local, kept.value.draft)
        assert not local.has_any()
    finally:
        team_stores.cluster.start()
    assert repos.drafts.for_child(child.id) == []


def test_a_damaged_laptop_file_stops_no_draft_while_the_server_is_there(
    team_stores: TeamStores, team_store: TeamStore, tmp_path: Path
) -> None:
    repos = Repositories(team_store.engine, TEST_ACTOR)
    child = repos.children.create("Mees", "Fictief").value
    local = _local(team_store, tmp_path)
    local.path.parent.mkdir(parents=True, exist_ok=True)
    local.path.write_bytes(b"kapot")
    saved = save_draft(repos.drafts, local, None, child.id, None, {"t": "gewoon door"})
    assert not saved.value.on_laptop
    assert drafts_for_child(repos.drafts, local, child.id)[0].payload == {"t": "gewoon door"}
    discard_draft(repos.drafts, local, saved.value.draft)
    team_stores.cluster.kill()
    try:
        with pytest.raises(LocalDraftsUnreadable):  # one sentence, and the file stays
            save_draft(repos.drafts, local, None, child.id, None, {"t": "offline"})
    finally:
        team_stores.cluster.start()
    assert local.path.read_bytes() == b"kapot"
