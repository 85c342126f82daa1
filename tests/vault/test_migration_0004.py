"""A vault at revision 0002 with an afspraak upgrades to 0004 (through 0003) on real SQLCipher:
the afspraak keeps everything, has no kind and no evaluation yet, and can be evaluated."""

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

from kansencirkel.core.enums import ActionStatus
from kansencirkel.core.evaluation import Helped
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.models import Base
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


def _fill_0002(engine: sqlalchemy.Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
        conn.exec_driver_sql(
            "INSERT INTO children (id, given_name, family_name, school, school_group, status,"
            " opened_on) VALUES ('c', 'Kim', 'Jansen', '', '', 'actief', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO actions (id, child_id, what, start_on, status, evaluation, created_at)"
            " VALUES ('x', 'c', 'Oefenen', '2026-10-01', 'lopend', 'Eerste indruk',"
            " '2026-10-01 10:00:00.000000')"
        )
        conn.exec_driver_sql("INSERT INTO action_elements VALUES ('x', 'gezond')")


def test_a_0002_vault_upgrades_and_its_afspraak_can_be_evaluated(
    engine: sqlalchemy.Engine, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    _fill_0002(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()  # 0004 and what came after
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []
    repos = Repositories(engine, TEST_ACTOR)
    [a] = repos.children.case_file("c").actions
    assert (a.what, a.evaluation, a.elements, a.kind, a.evaluated) == (
        "Oefenen",
        "Eerste indruk",
        ("gezond",),
        None,
        None,
    )
    done = repos.actions.evaluate("x", ActionStatus.AFGEROND, Helped.DEELS, "Soms").value
    assert done.evaluated is not None and done.evaluated.helped is Helped.DEELS
    with pytest.raises(sqlalchemy.exc.IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE actions SET helped = 'misschien'")


def test_downgrade_to_0002_keeps_the_afspraak(
    engine: sqlalchemy.Engine, today_is: Callable[[date], date]
) -> None:
    today_is(DAY)
    _fill_0002(engine)
    upgrade_to_head(engine)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    assert current_revision(engine) == "0002"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT what FROM actions").scalar() == "Oefenen"
        assert conn.exec_driver_sql("SELECT count(*) FROM action_elements").scalar() == 1
