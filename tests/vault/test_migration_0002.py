"""A vault made at revision 0001, with data in it, upgrades to 0002 (records a user can mend)
on real SQLCipher: nothing is lost, the schema matches the models, and the new rules hold."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kansencirkel.core.enums import MeetingStatus, Perspective, Visibility
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.models import AUDIT_TRIGGERS, LATEST_TRIGGERS, Base
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.schema import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from tests.support.vaults import TEST_ACTOR

DAY = date(2026, 11, 25)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    eng = make_engine(tmp_path / "v.kcv", os.urandom(32))
    yield eng
    eng.dispose()


def _fill_0001(engine: sqlalchemy.Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    assert current_revision(engine) == "0001"
    rows = [
        "INSERT INTO children (id, given_name, family_name, school, school_group, status,"
        " opened_on) VALUES ('c', 'Kim', 'Jansen', '', '', 'actief', '2026-01-01')",
        "INSERT INTO assessments (id, child_id, perspective, assessed_on, given_by,"
        " given_by_role, goes_well, wishes, recorded_by, recorded_at, lineage_id, version,"
        " correction_reason) VALUES ('a', 'c', 'kind', '2026-10-02', 'Kim', 'kind', 'lezen', '',"
        " 'x', '2026-10-02 10:00:00.000000', 'l', 1, '')",
        "INSERT INTO notes (id, child_id, written_on, text, visibility, author, created_at)"
        " VALUES ('n', 'c', '2026-10-03', 'Oude notitie', 'deelbaar', 'Juf',"
        " '2026-10-03 09:00:00.000000')",
        "INSERT INTO note_elements (note_id, element_key) VALUES ('n', 'veilig')",
        # held in the past, with its next date
        "INSERT INTO meetings (id, child_id, held_on, kind, summary, decisions, next_on)"
        " VALUES ('m1', 'c', '2026-10-01', 'kernteam', 'Goed', 'Door', '2026-12-20')",
        "INSERT INTO meeting_attendees (meeting_id, position, name) VALUES ('m1', 0, 'Juf')",
        "INSERT INTO actions (id, child_id, what, status, evaluation, meeting_id, created_at)"
        " VALUES ('x', 'c', 'Oefenen', 'lopend', '', 'm1', '2026-10-01 10:00:00.000000')",
        # dated after the upgrade: already in the diary, so planned
        "INSERT INTO meetings (id, child_id, held_on, kind, summary, decisions, next_on)"
        " VALUES ('m2', 'c', '2026-12-10', 'oudergesprek', '', '', NULL)",
    ]
    with engine.begin() as conn:
        for sql in rows:
            conn.exec_driver_sql(sql)


def test_a_0001_vault_with_data_upgrades_to_0002(
    engine: sqlalchemy.Engine, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    _fill_0001(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []
        triggers = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'").scalars()
        )
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert triggers == set(AUDIT_TRIGGERS) | set(LATEST_TRIGGERS)

    repos = Repositories(engine, TEST_ACTOR)
    case = repos.children.case_file("c", include_superseded=True)
    [note] = case.notes
    assert (note.text, note.version, note.elements, note.visibility) == (
        "Oude notitie",
        1,
        ("veilig",),
        Visibility.DEELBAAR,
    )
    assert case.note_versions == () and case.withdrawn == ()
    by_id = {m.id: m for m in case.meetings}
    assert by_id["m1"].status is MeetingStatus.GEHOUDEN and by_id["m1"].attendees == ("Juf",)
    assert by_id["m2"].status is MeetingStatus.GEPLAND
    assert [a.meeting_id for a in case.actions] == ["m1"]  # the afspraak kept its overleg
    assert case.next_meeting(DAY) == date(2026, 12, 10)
    [summary] = repos.children.summaries(DAY)
    assert summary.next_meeting == date(2026, 12, 10)
    assert summary.last_assessment == date(2026, 10, 2)

    # The new rules work on the upgraded vault: mending, and the list's triggers.
    repos.notes.reclassify("n", Visibility.INTERN, reason="Toch intern")
    assert [v.visibility for v in repos.notes.history("n")] == [Visibility.DEELBAAR]
    repos.assessments.withdraw("a", reason="Verkeerd kind")
    [summary] = repos.children.summaries(DAY)
    assert summary.last_assessment is None
    assert Perspective.KIND in summary.missing_perspectives
    repos.meetings.mark_held("m2", DAY, ["Juf"], "Gehouden")  # held early: fine
    assert repos.children.summaries(DAY)[0].next_meeting == date(2026, 12, 20)


def test_downgrade_to_0001_keeps_the_data(
    engine: sqlalchemy.Engine, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    _fill_0001(engine)
    upgrade_to_head(engine)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    assert current_revision(engine) == "0001"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM meetings").scalar() == 2
        assert conn.exec_driver_sql("SELECT count(*) FROM meeting_attendees").scalar() == 1
        assert conn.exec_driver_sql("SELECT text FROM notes").scalar() == "Oude notitie"
