"""A vault at revision 0006 with a child, a person, an overleg, an afspraak and a toestemming
upgrades to 0007 on real SQLCipher: nothing is lost (the columns are added in place, no table
copy that would cascade), every record is at version 1, and the downgrade keeps them too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
from alembic import command

from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.schema import alembic_config, upgrade_to_head
from tests.support.vaults import TEST_ACTOR

_ROWS = {
    "persons": "INSERT INTO persons (id, name, role, organisation, phone, email) "
    "VALUES ('p', 'Mira', 'leerkracht', '', '', '')",
    "children": "INSERT INTO children (id, given_name, family_name, school, school_group, "
    "status, opened_on, regiehouder_id) VALUES ('c', 'Kim', 'Jansen', '', '', 'actief', "
    "'2026-01-01', 'p')",
    "meetings": "INSERT INTO meetings (id, child_id, held_on, kind, summary, decisions, status)"
    " VALUES ('m', 'c', '2026-02-01', 'kernteam', '', '', 'gehouden')",
    "actions": "INSERT INTO actions (id, child_id, what, owner_id, status, evaluation, "
    "meeting_id, created_at, evaluation_readings) VALUES ('a', 'c', 'Oefenen', 'p', 'lopend', "
    "'', 'm', '2026-02-01 10:00:00.000000', '')",
    "consents": "INSERT INTO consents (id, child_id, consenter, given_by, given_on, remark) "
    "VALUES ('t', 'c', 'ouders', 'Moeder', '2026-01-02', '')",
}


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    eng = make_engine(tmp_path / "v.kcv", os.urandom(32))
    yield eng
    eng.dispose()


def _counts(conn: sqlalchemy.Connection) -> dict[str, int]:
    tables = (*_ROWS, "involvements", "action_elements", "meeting_attendees")
    return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in tables}


def test_a_0006_vault_upgrades_with_every_record_at_version_1(engine: sqlalchemy.Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
        for sql in _ROWS.values():
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(
            "INSERT INTO involvements (child_id, person_id, role, "
            "is_regiehouder, remark) VALUES ('c', 'p', 'leerkracht', 1, '')"
        )
        conn.exec_driver_sql("INSERT INTO action_elements VALUES ('a', 'gezond')")
        conn.exec_driver_sql("INSERT INTO meeting_attendees VALUES ('m', 0, 'Mira')")
        before = _counts(conn)
    upgrade_to_head(engine)
    with engine.connect() as conn:
        assert _counts(conn) == before
        for table in _ROWS:
            assert conn.exec_driver_sql(f"SELECT version FROM {table}").scalar_one() == 1
    repos = Repositories(engine, TEST_ACTOR)
    case = repos.children.case_file("c")
    assert case.child.version == case.actions[0].version == case.meetings[0].version == 1
    assert case.consents[0].version == case.child.regiehouder.version == 1  # type: ignore[union-attr]
    assert case.actions[0].meeting_id == "m" and case.actions[0].owner is not None
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
        assert _counts(conn) == before
