"""Change notices on a real PostgreSQL team store: what one client commits reaches another
client's listener (naming only the children it touched), nothing uncommitted and nothing of
another team does, a bulk import stays a bounded number of notices, and a listener that
lost its server says so and comes back."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date

import psycopg
import pytest
from psycopg import sql

from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import MeetingKind, Perspective, Role, Visibility
from kansencirkel.core.model import AssessmentInput
from kansencirkel.core.pulse import PulseAnswer, PulseQuestion, PulseSide
from kansencirkel.demo.children import generate_case_files
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.notices import (
    RELOAD_EVERYTHING,
    ChangeListener,
    channel_of,
    conninfo_of,
)
from tests.support.team_store import TeamStore, TeamStores
from tests.support.vaults import TEST_ACTOR
from tests.team.pg_cluster import PgCluster
from tests.team.pg_procs import free_port

DEADLINE_S = 5.0
DAY = date(2026, 3, 2)
PAYLOAD = re.compile(r"(child|drafts):[0-9a-f-]{36}|people|settings|team")


@pytest.fixture(autouse=True)
def _fixed_day(today_is: Callable[[date], date]) -> None:
    today_is(DAY)


class Heard:
    """What a listener delivered, with a way to wait for it (no fixed sleeps)."""

    def __init__(self) -> None:
        self.changes: list[tuple[float, Changes]] = []
        self.events: list[str] = []
        self._cond = threading.Condition()

    def on_changes(self, changes: Changes) -> None:
        with self._cond:
            self.changes.append((time.monotonic(), changes))
            self._cond.notify_all()

    def on_event(self, name: str) -> Callable[[], None]:
        def record() -> None:
            with self._cond:
                self.events.append(name)
                self._cond.notify_all()

        return record

    def wait(self, until: Callable[[], bool], timeout: float = DEADLINE_S) -> None:
        with self._cond:
            assert self._cond.wait_for(until, timeout), (self.changes, self.events)

    def children(self) -> set[str]:
        with self._cond:
            return {c for _, ch in self.changes for c in ch.children}

    def arrival_of(self, child_id: str) -> float:
        self.wait(lambda: child_id in self.children())
        return next(t for t, ch in self.changes if child_id in ch.children)

    def clear(self) -> None:
        with self._cond:
            self.changes.clear()


@pytest.fixture
def listen() -> Iterator[Callable[[TeamStore], Heard]]:
    started: list[ChangeListener] = []

    def start(store: TeamStore) -> Heard:
        heard = Heard()
        listener = ChangeListener(
            store.engine.url,
            store.team_id,
            heard.on_changes,
            on_lost=heard.on_event("lost"),
            on_back=heard.on_event("back"),
        )
        started.append(listener)
        listener.start()
        assert listener.wait_listening(DEADLINE_S)
        return heard

    yield start
    for listener in started:
        listener.stop()


def _assessment(child_id: str) -> AssessmentInput:
    scores = {"actief": 4, "veilig": None, "gezond": 2}
    return AssessmentInput(
        child_id, Perspective.OUDERS, DAY, "Mama", Role.OUDER, scores, goes_well="Speelt buiten"
    )


def test_each_kind_of_write_reaches_the_other_client_naming_only_its_child(
    team_store: TeamStore,
    listen: Callable[[TeamStore], Heard],
    record_property: Callable[[str, object], None],
) -> None:
    a = Repositories(team_store.engine, TEST_ACTOR)
    heard = listen(team_store)
    other = a.children.create("Noor", "Visser", opened_on=DAY).value.id
    heard.arrival_of(other)
    kid = ""
    note = ""

    def create_child() -> str:
        return a.children.create("Kim", "Jansen", opened_on=DAY).value.id

    def assess() -> None:
        a.assessments.save(_assessment(kid))

    def afspraak() -> None:
        a.actions.create(kid, "Oudergesprek plannen", ["veilig"], None, DAY, DAY)

    def write_note() -> None:
        nonlocal note
        note = a.notes.create(kid, DAY, "Eerste versie", ["actief"], Visibility.INTERN).value.id

    def edit_note() -> None:
        a.notes.edit(note, reason="Aangevuld", text="Tweede versie")

    latencies = []
    for write in (create_child, assess, afspraak, write_note, edit_note):
        heard.clear()
        began = time.monotonic()  # the commit's moment is inside the call: count it all
        result = write()
        kid = result if isinstance(result, str) else kid
        latencies.append(heard.arrival_of(kid) - began)
        assert heard.children() == {kid}
        assert all(ch.from_elsewhere and ch.child_list for _, ch in heard.changes)
    shown = [round(s * 1000, 1) for s in latencies]
    record_property("write_to_heard_ms", shown)
    print(f"\nfrom the start of each write until heard (ms): {shown}")


def test_an_uncommitted_change_sends_nothing(
    team_store: TeamStore, listen: Callable[[TeamStore], Heard]
) -> None:
    a = Repositories(team_store.engine, TEST_ACTOR)
    kid = a.children.create("Kim", "Jansen", opened_on=DAY).value.id
    marker = a.children.create("Noor", "Visser", opened_on=DAY).value.id
    heard = listen(team_store)
    with team_store.engine.connect() as conn:
        open_tx = conn.begin()
        conn.exec_driver_sql("UPDATE children SET school = school WHERE id = %(id)s", {"id": kid})
        a.children.update(marker, school="De Regenboog")  # committed beside the open one
        heard.arrival_of(marker)
        open_tx.rollback()
    after = a.children.create("Sem", "Bakker", opened_on=DAY).value.id
    heard.arrival_of(after)  # notices come in commit order: the rolled back one never will
    assert heard.children() == {marker, after}


def test_another_team_on_the_same_server_hears_nothing_of_ours(
    team_stores: TeamStores, team_store: TeamStore, listen: Callable[[TeamStore], Heard]
) -> None:
    theirs = team_stores.add_team(team_store)
    ours_heard, theirs_heard = listen(team_store), listen(theirs)
    ours = Repositories(team_store.engine, TEST_ACTOR)
    kid = ours.children.create("Kim", "Jansen", opened_on=DAY).value.id
    ours.people.create("Sanne", Role.CJG_COACH)
    ours.settings.set("kc_test", "ja")
    ours_heard.arrival_of(kid)
    their_repos = Repositories(theirs.engine, TEST_ACTOR)
    marker = their_repos.children.create("Noor", "Visser", opened_on=DAY).value.id
    theirs_heard.arrival_of(marker)
    assert theirs_heard.children() == {marker}
    assert not any(ch.people or ch.settings for _, ch in theirs_heard.changes)
    assert marker not in ours_heard.children()


def test_a_bulk_import_sends_one_notice_per_child_and_no_content(
    team_store: TeamStore, record_property: Callable[[str, object], None]
) -> None:
    cases = list(generate_case_files(200, seed=15, today=DAY))
    with psycopg.connect(conninfo_of(team_store.engine.url), autocommit=True) as raw:
        raw.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel_of(team_store.team_id))))
        a = Repositories(team_store.engine, TEST_ACTOR)
        a.bulk_import(cases)
        marker = a.children.create("Noor", "Visser", opened_on=DAY).value.id
        payloads: list[str] = []
        deadline = time.monotonic() + DEADLINE_S * 4
        while f"child:{marker}" not in payloads:
            assert time.monotonic() < deadline, len(payloads)
            payloads += [n.payload for n in raw.notifies(timeout=1)]
    bulk = payloads[: payloads.index(f"child:{marker}")]
    record_property("bulk_notices", len(bulk))
    print(f"\nbulk import of 200 children: {len(bulk)} notices")
    assert all(PAYLOAD.fullmatch(p) for p in payloads), set(payloads)
    assert {p[6:] for p in bulk if p.startswith("child:")} == {c.child.id for c in cases}
    assert len(bulk) <= len(cases) + 3  # one per child, a few kinds; never one per row


PARENTS = {
    "element_scores": ("assessment_id", "assessments"),
    "meeting_attendees": ("meeting_id", "meetings"),
    "meeting_pulses": ("meeting_id", "meetings"),
    "action_elements": ("action_id", "actions"),
    "note_versions": ("note_id", "notes"),
    "note_elements": ("note_id", "notes"),
    "consent_parts": ("consent_id", "consents"),
    "consent_audiences": ("consent_id", "consents"),
}


def test_rows_without_a_child_id_name_the_child_of_their_parent(
    team_store: TeamStore, listen: Callable[[TeamStore], Heard]
) -> None:
    cases = list(generate_case_files(12, seed=15, today=DAY))
    a = Repositories(team_store.engine, TEST_ACTOR)
    a.bulk_import(cases)
    kid = cases[0].child.id  # a pulse and a note's earlier version: the generator makes none
    held = a.meetings.create(kid, DAY, MeetingKind.KERNTEAM, ["Juf"]).value.id
    a.pulses.give(held, PulseSide.ZORG, {PulseQuestion.REGIE: PulseAnswer(4, "")})
    note = a.notes.create(kid, DAY, "Eerste versie", ["actief"], Visibility.INTERN).value.id
    a.notes.edit(note, reason="Aangevuld", text="Tweede versie")
    heard = listen(team_store)
    tried = set()
    for table, (fk, parent) in PARENTS.items():
        with team_store.engine.begin() as conn:  # as the member: row-level security applies
            kid = conn.exec_driver_sql(
                f"SELECT p.child_id FROM {table} c JOIN {parent} p ON p.id = c.{fk} LIMIT 1"
            ).scalar()
            if kid is None:
                continue
            conn.exec_driver_sql(
                f"UPDATE {table} SET {fk} = {fk} WHERE {fk} IN "
                f"(SELECT id FROM {parent} WHERE child_id = %(kid)s)",
                {"kid": kid},
            )
        heard.arrival_of(kid)
        assert heard.children() == {kid}, table
        heard.clear()
        tried.add(table)
    assert tried == set(PARENTS)


def test_deletes_and_people_are_heard(
    team_store: TeamStore, listen: Callable[[TeamStore], Heard]
) -> None:
    a = Repositories(team_store.engine, TEST_ACTOR)
    kid = a.children.create("Kim", "Jansen", opened_on=DAY).value.id
    act = a.actions.create(kid, "Oudergesprek plannen", ["veilig"], None, DAY, DAY).value.id
    heard = listen(team_store)
    a.actions.delete(act)
    heard.arrival_of(kid)
    heard.clear()
    a.people.create("Sanne", Role.CJG_COACH)
    heard.wait(lambda: any(ch.people and ch.from_elsewhere for _, ch in heard.changes))
    assert heard.children() == set()


def test_a_lost_server_is_reported_and_heard_again_after_it_returns(
    pg_cluster: PgCluster, team_store: TeamStore, listen: Callable[[TeamStore], Heard]
) -> None:
    heard = listen(team_store)
    pg_cluster.kill()
    heard.wait(lambda: heard.events == ["lost"])
    pg_cluster.start()
    heard.wait(lambda: heard.events == ["lost", "back"], timeout=30)
    heard.wait(lambda: any(ch == RELOAD_EVERYTHING for _, ch in heard.changes))
    a = Repositories(team_store.engine, TEST_ACTOR)
    kid = a.children.create("Kim", "Jansen", opened_on=DAY).value.id
    heard.arrival_of(kid)


def test_stop_ends_the_listener_at_once_listening_or_waiting_to_retry(
    team_stores: TeamStores, team_store: TeamStore
) -> None:
    listening = ChangeListener(team_store.engine.url, team_store.team_id, lambda _: None)
    lost = threading.Event()
    unreachable = team_store.engine.url.set(port=free_port())
    retrying = ChangeListener(unreachable, team_store.team_id, lambda _: None, on_lost=lost.set)
    listening.start()
    retrying.start()
    assert listening.wait_listening(DEADLINE_S) and lost.wait(DEADLINE_S)
    for listener in (listening, retrying):
        began = time.monotonic()
        listener.stop()
        assert not listener.running and time.monotonic() - began < 1.0
