"""The team store on a real PostgreSQL server: what the server (and its backups) can see,
what one team can do to another through raw SQL, and the audit log's append-only rule."""

from __future__ import annotations

import os
import subprocess

import psycopg
import pytest
import sqlalchemy

from kansencirkel.core import clock
from kansencirkel.core.model import CaseFile
from kansencirkel.demo.children import generate_case_files
from kansencirkel.vault.repos import Repositories
from tests.support.team_store import TeamStore, TeamStores
from tests.support.vaults import TEST_ACTOR


def _fill(store: TeamStore, n: int = 6) -> list[CaseFile]:
    cases = list(generate_case_files(n, seed=15, today=clock.today()))
    Repositories(store.engine, TEST_ACTOR).bulk_import(cases)
    return cases


def _secrets_of(cases: list[CaseFile]) -> set[str]:
    """Names, contact lines and free texts that must never reach the server in the clear."""
    found: set[str] = set()
    for case in cases:
        found |= {case.child.given_name, case.child.family_name}
        if case.child.date_of_birth is not None:
            found.add(case.child.date_of_birth.isoformat())
        for inv in case.involvements:
            found |= {inv.person.name, inv.person.phone, inv.person.email}
        for a in case.assessments:
            found |= {a.goes_well, a.wishes, *(n for n in a.notes.values())}
        found |= {n.text for n in case.notes}
        found |= {m.summary for m in case.meetings} | {act.what for act in case.actions}
    return {s for s in found if s and len(s) >= 4}


def test_a_dump_of_a_filled_team_store_holds_no_name_or_free_text(
    team_stores: TeamStores, team_store: TeamStore
) -> None:
    cases = _fill(team_store)
    cluster = team_stores.cluster
    dump = subprocess.run(
        [
            str(cluster.bindir / "pg_dump"),
            "--no-owner",
            "-d",
            cluster.conninfo(team_store.database),
        ],
        env={**os.environ, "PGPASSWORD": cluster.admin_password},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert "kc1:" in dump  # the sealed fields are there, as ciphertext
    secrets = _secrets_of(cases)
    assert len(secrets) > 50
    leaked = sorted(s for s in secrets if s in dump)
    assert leaked == []
    # while the member reads every one of them back
    back = Repositories(team_store.engine, TEST_ACTOR).children.summaries(clock.today())
    assert {s.child.family_name for s in back} == {c.child.family_name for c in cases}


def test_scores_dates_and_statuses_stay_queryable_on_the_server(team_store: TeamStore) -> None:
    cases = _fill(team_store, 3)
    scored = sum(
        1 for c in cases for a in c.assessments for v in a.scores.values() if v is not None
    )
    with sqlalchemy.create_engine(team_store.admin_url).connect() as conn:
        count = conn.exec_driver_sql(
            "SELECT count(*) FROM element_scores WHERE score BETWEEN 1 AND 5"
        ).scalar()
        names = conn.exec_driver_sql("SELECT given_name FROM children").scalars().all()
    assert count == scored
    assert names and all(n.startswith("kc1:") for n in names)


def _raw(store: TeamStore, team_id: str | None = None) -> psycopg.Connection[tuple[object, ...]]:
    """A member's own raw SQL connection, naming ``team_id`` (default: their own team)."""
    url = store.engine.url
    conn = psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=store.login,
        password=store.password,
        sslmode="verify-full",
        sslrootcert=url.query["sslrootcert"],
    )
    conn.execute("SELECT set_config('kansencirkel.team', %s, false)", (team_id or store.team_id,))
    return conn


def test_a_member_of_one_team_cannot_read_or_change_another_teams_rows(
    team_stores: TeamStores, team_store: TeamStore
) -> None:
    _fill(team_store, 2)
    other = team_stores.add_team(team_store)  # a second team on the same server and database
    with _raw(other) as conn:
        assert conn.execute("SELECT count(*) FROM children").fetchone() == (0,)
    # naming the first team's id does not help: the login is not a member of it
    with _raw(other, team_store.team_id) as conn:
        assert conn.execute("SELECT count(*) FROM children").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM audit_events").fetchone() == (0,)
        assert conn.execute("UPDATE children SET status = 'afgesloten'").rowcount == 0
        assert conn.execute("DELETE FROM assessments").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO settings (team_id, key, value) VALUES (%s, 'x', 'y')",
                (team_store.team_id,),
            )
    with _raw(team_store) as conn:  # the first team still sees all of its own
        assert conn.execute("SELECT count(*) FROM children").fetchone() == (2,)


def test_the_audit_log_on_the_server_only_grows(team_store: TeamStore) -> None:
    _fill(team_store, 1)
    with _raw(team_store) as conn:
        assert conn.execute("SELECT count(*) FROM audit_events").fetchone()[0] > 0  # type: ignore[index]
        for sql in ("UPDATE audit_events SET detail = ''", "DELETE FROM audit_events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
            conn.rollback()
            conn.execute("SELECT set_config('kansencirkel.team', %s, false)", (team_store.team_id,))
    # not even the server's administrator changes it without the trigger refusing
    with sqlalchemy.create_engine(team_store.admin_url).connect() as conn:
        for sql in ("UPDATE audit_events SET detail = ''", "DELETE FROM audit_events"):
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
                conn.exec_driver_sql(sql)
            conn.rollback()


def test_readings_saved_at_once_by_several_apps_all_land(team_store: TeamStore) -> None:
    """Four apps save readings of one child and perspective at the same moment: none is
    refused, and the children list's latest date is the newest of them."""
    import threading
    from datetime import timedelta

    from kansencirkel.core.elements import ELEMENT_KEYS
    from kansencirkel.core.enums import Perspective, Role
    from kansencirkel.core.model import AssessmentInput
    from kansencirkel.vault.team.store import team_engine

    child = Repositories(team_store.engine, TEST_ACTOR).children.create("Sanne", "Fictief").value
    start = threading.Barrier(4)
    errors: list[BaseException] = []
    days = [clock.today() - timedelta(days=d) for d in range(40)]

    def app(k: int) -> None:
        engine = team_engine(team_store.engine.url, team_store.team_id, team_store.cipher)
        repos = Repositories(engine, TEST_ACTOR)
        start.wait(timeout=30)
        try:
            for day in days[k::4]:
                scores = dict.fromkeys(ELEMENT_KEYS, 3)
                repos.assessments.save(
                    AssessmentInput(
                        child.id,
                        Perspective.SCHOOL,
                        day,
                        "Juf",
                        Role.LEERKRACHT,
                        scores,
                        goes_well="Goed",
                    )
                )
        except BaseException as exc:
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=app, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    repos = Repositories(team_store.engine, TEST_ACTOR)
    assert len(repos.children.case_file(child.id).assessments) == 40
    (summary,) = repos.children.summaries(clock.today())
    assert summary.last_assessment == max(days)


def test_a_save_while_the_server_is_down_is_not_reported_as_saved(
    team_stores: TeamStores, team_store: TeamStore
) -> None:
    from kansencirkel.vault.errors import ServerLost
    from kansencirkel.vault.repos.base import SERVER_LOST

    repos = Repositories(team_store.engine, TEST_ACTOR)
    kept = repos.children.create("Sanne", "Fictief").value
    team_stores.cluster.kill()
    with pytest.raises(ServerLost) as caught:  # its own kind: "server away", not a fault
        repos.children.create("Noor", "Fictief")
    assert caught.value.message.msgid == SERVER_LOST
    team_stores.cluster.start()
    names = {s.child.given_name for s in repos.children.summaries(clock.today())}
    assert names == {kept.given_name}  # what was confirmed is there, nothing else
