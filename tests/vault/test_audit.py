"""The audit log is append-only, hash-chained, ordered, carries the actor, never content."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy
from sqlalchemy.exc import DBAPIError

from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput, TeamMember
from kansencirkel.vault.audit import GENESIS_HASH, canonical, chain_hash
from kansencirkel.vault.models import AUDIT_TRIGGERS
from kansencirkel.vault.repos import Repositories

ACTOR = TeamMember("m-1", "Fatima IB'er", Role.IB)


@pytest.fixture
def repos(engine: sqlalchemy.Engine) -> Repositories:
    r = Repositories(engine, ACTOR)
    child = r.children.create("Łucja", "Kowalska").value
    r.children.get(child.id)
    r.children.update(child.id, school="De Linde")
    return r


def test_update_and_delete_of_audit_rows_are_refused(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    for sql in (
        "UPDATE audit_events SET actor = 'iemand anders' WHERE seq = 1",
        "DELETE FROM audit_events WHERE seq = 1",
        "DELETE FROM audit_events",
    ):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert repos.audit.verify_chain().ok


def test_events_are_ordered_and_carry_the_actor(repos: Repositories) -> None:
    entries = repos.audit.entries()
    assert [e.seq for e in entries] == [1, 2, 3]
    assert [(e.kind, e.record_type) for e in entries] == [
        (AuditKind.CREATE, "child"),
        (AuditKind.VIEW, "child"),
        (AuditKind.CHANGE, "child"),
    ]
    assert {e.actor for e in entries} == {"Fatima IB'er"}
    assert entries[2].detail == "fields:school"  # the field's name, never its value
    assert [e.seq for e in repos.audit.entries(limit=2)] == [2, 3]
    assert all(e.at.tzinfo is not None for e in entries)


def test_audit_rows_never_hold_content(engine: sqlalchemy.Engine, repos: Repositories) -> None:
    child_id = repos.audit.entries()[0].child_id
    assert child_id is not None
    repos.assessments.save(
        AssessmentInput(
            child_id,
            Perspective.KIND,
            date(2026, 1, 5),
            "Łucja",
            Role.KIND,
            {"actief": 4},
            goes_well="Tekenen met Zoë",
        )
    )
    repos.children.case_file(child_id)
    with engine.connect() as conn:
        dump = " ".join(
            str(v) for row in conn.exec_driver_sql("SELECT * FROM audit_events") for v in row
        )
    for secret in ("Łucja", "Kowalska", "De Linde", "Tekenen", "Zoë"):
        assert secret not in dump


def test_verify_chain_on_an_intact_log(repos: Repositories) -> None:
    report = repos.audit.verify_chain()
    assert (report.ok, report.checked, report.first_bad_seq) == (True, 3, None)


def _drop_triggers(conn: sqlalchemy.Connection) -> None:
    for name in AUDIT_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")


def test_a_row_changed_at_file_level_breaks_the_chain_there(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    with engine.begin() as conn:
        _drop_triggers(conn)
        conn.exec_driver_sql("UPDATE audit_events SET kind = 'export' WHERE seq = 2")
        for sql in AUDIT_TRIGGERS.values():
            conn.exec_driver_sql(sql)
    report = repos.audit.verify_chain()
    assert (report.ok, report.first_bad_seq, report.checked) == (False, 2, 1)


def test_a_deleted_row_breaks_the_chain(engine: sqlalchemy.Engine, repos: Repositories) -> None:
    with engine.begin() as conn:
        _drop_triggers(conn)
        conn.exec_driver_sql("DELETE FROM audit_events WHERE seq = 2")
    assert repos.audit.verify_chain().first_bad_seq == 3


def test_an_inserted_row_with_a_wrong_prev_hash_breaks_the_chain(
    engine: sqlalchemy.Engine, repos: Repositories
) -> None:
    at = repos.audit.entries()[-1].at
    fields = (4, at, "Fatima IB'er", "view", "child", None, None, "")
    wrong_prev = GENESIS_HASH
    forged = chain_hash(wrong_prev, canonical(*fields))  # self-consistent, wrong link
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_events (seq, at, actor, kind, record_type, record_id, child_id,"
            " detail, prev_hash, hash) VALUES (4, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at.replace(tzinfo=None).isoformat(" "), *fields[2:], wrong_prev, forged),
        )
    report = repos.audit.verify_chain()
    assert (report.ok, report.first_bad_seq) == (False, 4)
    # and the chain does not silently continue from the forged row
    repos.audit.record(AuditKind.EXPORT, "report", detail="ouders")
    assert repos.audit.verify_chain().first_bad_seq == 4


def test_record_from_outside_the_repositories(repos: Repositories) -> None:
    repos.audit.record(AuditKind.PRINT, "report", "r-1", None, "kernteam")
    last = repos.audit.entries()[-1]
    assert (last.kind, last.record_type, last.record_id, last.detail) == (
        AuditKind.PRINT,
        "report",
        "r-1",
        "kernteam",
    )
    assert repos.audit.verify_chain().ok


def test_many_events_at_once_chain_as_one_by_one(repos: Repositories) -> None:
    from kansencirkel.vault.audit import append_event, append_events

    with repos.engine.begin() as conn:
        append_event(conn, actor="A", kind=AuditKind.VIEW, record_type="child")
        count = append_events(
            conn,
            actor="A",
            events=[
                (AuditKind.CREATE, "child", f"id-{i}", f"id-{i}", "csv:1" * (i + 1) * 50)
                for i in range(3)
            ],
        )
        assert append_events(conn, actor="A", events=[]) == 0
    assert count == 3
    entries = repos.audit.entries()
    assert len(entries) >= 4
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert max(len(e.detail) for e in entries) == 200  # cut as append_event cuts
    assert repos.audit.verify_chain().ok
