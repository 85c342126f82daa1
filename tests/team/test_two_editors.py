"""Two kernteam members edit at once on one team store (two clients: two engines, two
connection pools, each its own Repositories), on a real PostgreSQL server. No save is lost:
the later save based on the same version is an EditConflict holding both sides, and saving
again on theirs' version stores it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest
import sqlalchemy

from kansencirkel.core.enums import AuditKind, Visibility
from kansencirkel.core.model import Action
from kansencirkel.vault.errors import EditConflict
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.store import team_engine
from tests.support.team_store import TeamStore
from tests.support.vaults import TEST_ACTOR

DAY = date(2026, 10, 5)
DEADLINE = 60.0  # seconds: a condition not met by then fails the test


@pytest.fixture
def second_engine(team_store: TeamStore) -> Iterator[sqlalchemy.Engine]:
    """Another client of the same team (same login, its own engine and connections)."""
    engine = team_engine(team_store.engine.url, team_store.team_id, team_store.cipher)
    yield engine
    engine.dispose()


@pytest.fixture
def clients(
    team_store: TeamStore, second_engine: sqlalchemy.Engine
) -> tuple[Repositories, Repositories]:
    return Repositories(team_store.engine, TEST_ACTOR), Repositories(second_engine, TEST_ACTOR)


@pytest.fixture
def afspraak(clients: tuple[Repositories, Repositories]) -> Action:
    first, _ = clients
    kid = first.children.create("Kim", "Jansen", opened_on=date(2026, 9, 1)).value.id
    return first.actions.create(kid, "Plan", ["gezond"], None, DAY, None).value


def _read(repos: Repositories, act: Action) -> Action:
    return next(a for a in repos.actions.for_child(act.child_id) if a.id == act.id)


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the deadline")
        time.sleep(0.01)


def test_the_second_save_on_the_same_version_is_a_conflict_and_nothing_is_lost(
    clients: tuple[Repositories, Repositories], afspraak: Action
) -> None:
    anna, bram = clients
    seen_by_anna, seen_by_bram = _read(anna, afspraak), _read(bram, afspraak)
    assert seen_by_anna.version == seen_by_bram.version == 1

    stored = anna.actions.update(afspraak.id, what="Anna's plan", expected_version=1).value
    with pytest.raises(EditConflict) as caught:
        bram.actions.update(afspraak.id, what="Bram's plan", expected_version=1)

    conflict = caught.value
    assert conflict.mine == {"what": "Bram's plan"}  # Bram's change, still at hand
    assert conflict.theirs == stored and conflict.theirs.version == 2  # Anna's, as stored
    assert _read(bram, afspraak) == stored  # Anna's save stands

    kept = bram.actions.update(
        afspraak.id, **conflict.mine, expected_version=conflict.theirs.version
    ).value
    assert (kept.what, kept.version) == ("Bram's plan", 3)
    assert _read(anna, afspraak) == kept


def test_a_save_waits_for_the_other_clients_open_save_and_then_conflicts(
    team_store: TeamStore,
    clients: tuple[Repositories, Repositories],
    second_engine: sqlalchemy.Engine,
    afspraak: Action,
) -> None:
    """The version guard is one statement: while Anna's save is open, Bram's waits on the row
    and, once hers commits, matches no row (no read-then-write gap between two clients)."""
    _, bram = clients
    outcome: list[BaseException | Action] = []

    def bram_saves() -> None:
        try:
            outcome.append(bram.actions.update(afspraak.id, what="Bram", expected_version=1).value)
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    admin = sqlalchemy.create_engine(team_store.admin_url)
    try:
        with team_store.engine.begin() as anna:  # Anna's save, not yet committed
            anna.execute(
                sqlalchemy.text("UPDATE actions SET version = version + 1 WHERE id = :id"),
                {"id": afspraak.id},
            )
            worker = threading.Thread(target=bram_saves)
            worker.start()

            def bram_is_waiting() -> bool:
                with admin.connect() as conn:
                    return bool(
                        conn.execute(
                            sqlalchemy.text(
                                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type "
                                "= 'Lock' AND query LIKE :guard"
                            ),
                            {"guard": "UPDATE actions SET version%"},
                        ).scalar_one()
                    )

            _wait_for(lambda: bram_is_waiting() or bool(outcome))
            assert not outcome  # still waiting on Anna's row
        worker.join(DEADLINE)
    finally:
        admin.dispose()
    [result] = outcome
    assert isinstance(result, EditConflict)
    assert result.theirs.version == 2 and result.mine == {"what": "Bram"}
    assert _read(bram, afspraak).what == "Plan"


def test_two_clients_saving_twenty_times_each_lose_nothing(
    clients: tuple[Repositories, Repositories], afspraak: Action
) -> None:
    rounds = 20
    start = threading.Barrier(2, timeout=DEADLINE)
    landed: dict[str, list[Action]] = {"anna": [], "bram": []}
    conflicts = {"anna": 0, "bram": 0}
    errors: list[BaseException] = []

    def edit(name: str, repos: Repositories) -> None:
        try:
            start.wait()
            version = _read(repos, afspraak).version
            for i in range(rounds):
                text = f"{name} {i}"
                while True:
                    try:
                        saved = repos.actions.update(
                            afspraak.id, what=text, expected_version=version
                        ).value
                        break
                    except EditConflict as conflict:  # keep mine: again on theirs' version
                        conflicts[name] += 1
                        assert conflict.mine == {"what": text}
                        version = conflict.theirs.version
                landed[name].append(saved)
                version = saved.version
        except BaseException as exc:
            errors.append(exc)

    workers = [
        threading.Thread(target=edit, args=(name, repos))
        for name, repos in zip(landed, clients, strict=True)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(DEADLINE * 2)
    assert not errors, errors
    assert not any(w.is_alive() for w in workers)

    for name, saves in landed.items():  # every save of each client landed, in its order
        assert [a.what for a in saves] == [f"{name} {i}" for i in range(rounds)]
    versions = sorted(a.version for saves in landed.values() for a in saves)
    assert versions == list(range(2, 2 * rounds + 2))  # each save its own version
    final = _read(clients[0], afspraak)
    assert final.version == 2 * rounds + 1 == 41
    assert final.what in {"anna 19", "bram 19"}
    changes = [
        e
        for e in clients[0].audit.entries()
        if e.kind is AuditKind.CHANGE and e.record_id == afspraak.id
    ]
    assert len(changes) == 2 * rounds  # refused saves left no audit event
    assert clients[1].audit.verify_chain().ok


def test_two_clients_editing_one_note_keep_every_version_in_its_history(
    clients: tuple[Repositories, Repositories], afspraak: Action
) -> None:
    """A note's edit is a new version with the old one kept: under two clients each version
    number is taken once (the claim waits on the row), so no edit fails on a duplicate
    history row and every text either is the note now or stands in its history."""
    anna, _ = clients
    note = anna.notes.create(afspraak.child_id, DAY, "Begin", [], Visibility.INTERN).value
    rounds = 20
    start = threading.Barrier(2, timeout=DEADLINE)
    errors: list[BaseException] = []

    def edit(name: str, repos: Repositories) -> None:
        try:
            start.wait()
            for i in range(rounds):
                repos.notes.edit(note.id, reason=f"{name} vult aan", text=f"{name} {i}")
        except BaseException as exc:
            errors.append(exc)

    workers = [
        threading.Thread(target=edit, args=(name, repos))
        for name, repos in zip(("anna", "bram"), clients, strict=True)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(DEADLINE * 2)
    assert not errors, errors
    [now] = anna.notes.for_child(afspraak.child_id)
    history = anna.notes.history(note.id)
    assert now.version == 2 * rounds + 1
    assert [v.version for v in history] == list(range(1, 2 * rounds + 1))
    texts = [v.text for v in history[1:]] + [now.text]
    assert sorted(texts) == sorted(f"{n} {i}" for n in ("anna", "bram") for i in range(rounds))
